#!/usr/bin/env bash
# Builds the node (and with it the runtime's Wasm) in the shared dev profile.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
step "cargo build -p datdot-node"
cargo build --locked -p datdot-node "$@"
step_done
