#!/usr/bin/env bash
# Download speed side by side (one hoster, all hosters, a static HTTP server): see
# scripts/bench-download.js. Needs a built node (scripts/build.sh) and `npm ci`.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
[[ -d node_modules/@polkadot/api ]] || fail "node_modules missing: run scripts/setup.sh first"
exec node scripts/bench-download.js "$@"
