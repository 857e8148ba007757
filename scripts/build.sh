#!/usr/bin/env bash
# Builds the node (and with it the runtime's Wasm) in the shared dev profile, with the
# one feature set that the tests use too (DATDOT_FEATURES in scripts/lib.sh).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
step "cargo build -p datdot-node --features $DATDOT_FEATURES"
cargo build --locked -p datdot-node --features "$DATDOT_FEATURES" "$@"
step_done
