#!/usr/bin/env bash
# Prints every block hook's worst-case weight at the largest state the bounds allow,
# against the hooks' 25 % share of the block, from the generated weights
# (runtime/tests/hook_budget.rs); the last line is `HOOK_BUDGET_RESULT <json>`.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
SKIP_WASM_BUILD=1 cargo test --locked -p datdot-runtime --features "$DATDOT_FEATURES" \
	--test hook_budget -- --nocapture 2>&1 | grep -v '^test \|^running\|^$' | sed -n '/block compute/,$p'
