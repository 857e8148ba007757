#!/usr/bin/env bash
# The five-node testnet under zombienet (testnet/zombienet.toml, native provider).
#   scripts/zombienet.sh spawn [DIR]   # runs the network until Ctrl-C (state in DIR)
#   scripts/zombienet.sh test          # spawns it, checks testnet/zombienet.zndsl, stops
# zombienet (@zombienet/cli, pinned in testnet/package.json, ~225 MB) is installed into
# testnet/node_modules on first use; it is not part of `npm ci` or scripts/test.sh.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
"$REPO_ROOT/scripts/setup.sh"
"$REPO_ROOT/scripts/build.sh"
if [[ ! -x testnet/node_modules/.bin/zombienet ]] || [[ testnet/package-lock.json -nt testnet/node_modules/.package-lock.json ]]; then
	step "npm ci in testnet/ (zombienet)"
	(cd testnet && npm ci --no-audit --no-fund --loglevel=error)
	step_done
fi
export DATDOT_NODE
cd testnet
case "${1:-spawn}" in
spawn) exec node_modules/.bin/zombienet spawn --provider native -d "${2:-$(mktemp -d -t datdot-zombienet-XXXX)}" -f zombienet.toml ;;
test) exec node_modules/.bin/zombienet test --provider native zombienet.zndsl ;;
*) fail "usage: scripts/zombienet.sh [spawn [DIR] | test]" ;;
esac
