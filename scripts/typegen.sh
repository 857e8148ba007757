#!/usr/bin/env bash
# TypeScript types for the chain's pallets, generated from its metadata with
# @polkadot/typegen: starts a fresh `--dev` node, saves its metadata to
# types/metadata.json and writes types/interfaces/ (augment-api-*.ts), so that with
# `import './types/interfaces/augment-api'` an editor knows `api.tx.plans.subscribe`,
# `api.query.hosting.contracts`, `api.events.proofsOfStorage.Fault`, ... and their
# argument types. Run it after changing a pallet's calls, storage, events, errors or
# docs: an end-to-end test fails while the committed metadata differs from the node's.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
[[ -d node_modules/@polkadot/typegen ]] || fail "node_modules missing: run scripts/setup.sh first"
"$REPO_ROOT/scripts/build.sh"
node scripts/typegen.js
