#!/usr/bin/env bash
# How long a node's off-chain workers take per block while the chain holds 1,000,
# 10,000 and 100,000 other hosters' contracts (each with an open challenge, setup
# check and benchmark), against reading all of them as the workers once did; and how
# long an attestor drawn for every round that may be open at once takes to report in
# all of them among 1,000 and 10,000 active hosters (runtime/tests/worker_duties.rs).
# Prints `WORKER_SCALE_RESULT <json>` and, last, `ATTESTOR_SCALE_RESULT <json>`.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
SKIP_WASM_BUILD=1 cargo test --locked -p datdot-runtime --features "$DATDOT_FEATURES" \
	--test worker_duties -- --ignored --nocapture --test-threads=1 2>&1 |
	grep -v '^test \|^running\|^$' | sed -n '/contracts on chain/,$p' | grep -v '^successes\|^failures\|^test result\|^ok$'
