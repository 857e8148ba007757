#!/usr/bin/env bash
# Sets up, builds and runs a five-node localhost testnet on the `local` chain, every
# node with its own keys: Alice (sponsor, authority) on ws://127.0.0.1:9944, Bob
# (attestor, authority) on 9945, Charlie (attestor) on 9946, Dave and Eve (hosters) on
# 9947 and 9948. State is kept in ~/.local/share/datdot-testnet (--fresh wipes it).
#   scripts/testnet.sh [--fresh] [--dir DIR] [--rpc-port 9944] [--p2p-port 30333]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
"$REPO_ROOT/scripts/setup.sh"
"$REPO_ROOT/scripts/build.sh"
exec node scripts/testnet.js "$@"
