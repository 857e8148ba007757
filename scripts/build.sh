#!/usr/bin/env bash
# Builds the node (and with it the runtime's Wasm) in the shared dev profile, with the
# one feature set that the tests use too (DATDOT_FEATURES in scripts/lib.sh); then the
# client's WebAssembly module of the Merkle code (pallets/merkle/wasm), which
# scripts/datdot uses to verify downloads and hash files to publish.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
step "cargo build -p datdot-node --features $DATDOT_FEATURES"
cargo build --locked -p datdot-node --features "$DATDOT_FEATURES" "$@"
step_done
step "cargo build -p datdot-merkle-wasm --target wasm32v1-none --profile client-wasm"
cargo build --locked -p datdot-merkle-wasm --target wasm32v1-none --profile client-wasm
step_done
