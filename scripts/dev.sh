#!/usr/bin/env bash
# Sets up, builds and starts a single-node development chain.
#   RPC/WebSocket: ws://127.0.0.1:9944 (polkadot.js apps: Development → Local Node)
# Extra arguments go to the node, e.g. `scripts/dev.sh --base-path /tmp/datdot` to keep state.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
"$REPO_ROOT/scripts/setup.sh"
"$REPO_ROOT/scripts/build.sh"
echo
echo "Starting the dev chain: ws://127.0.0.1:9944  (Ctrl-C stops it)"
exec "$DATDOT_NODE" --dev --rpc-cors all "$@"
