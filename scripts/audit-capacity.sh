#!/usr/bin/env bash
# Prints how many contracts the chain can audit per hour at 25 % of its block budget,
# from the generated weights of ProofsOfStorage (runtime/tests/audit_capacity.rs).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
SKIP_WASM_BUILD=1 cargo test --locked -p datdot-runtime --test audit_capacity -- --nocapture
