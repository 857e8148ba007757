#!/usr/bin/env bash
# What auditing every hoster once an hour costs the chain.
#
# 1. Through the real runtime (runtime/tests/audit_capacity.rs): for 1, 100 and 10,000
#    contracts a hoster, the share of the blocks' weight and length that 10,000
#    hosters' audits take in an hour.
# 2. On a `--dev` node: a chain whose genesis holds AUDIT_FLOOD_HOSTERS (default 1,500)
#    hosters with an open audit each (the same test writes it, with every response),
#    flooded with the responses by scripts/bench-tps, then a fresh node of the same
#    chain and flags flooded with `balances.transfer_keep_alive` by the same script:
#    the responses included per second against the transfers.
#
# Needs `npm ci` (scripts/setup.sh). Ends with one line `AUDIT_CAPACITY_RESULT <json>`:
#   { "sizes": [{ "hosters", "contracts_per_hoster", "weight_share", "length_share",
#                 "proofs_per_hour", ... }, ...],
#     "transfer": { "proof_tps", "transfer_tps", "ratio", ... } }
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
[[ -d node_modules/@polkadot/api ]] || fail "node_modules missing: run scripts/setup.sh first"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
runtime_test() {
	SKIP_WASM_BUILD=1 cargo test --locked -p datdot-runtime --features runtime-benchmarks \
		--test audit_capacity -- --ignored --exact --nocapture "$@"
}

step "the audits through the runtime"
runtime_test auditing_every_hoster_each_hour_fits_a_quarter_of_the_blocks 2>&1 | tee "$work/sizes.log"
sed -n 's/^AUDIT_CAPACITY_SIZES //p' "$work/sizes.log" >"$work/sizes.json"
[[ -s "$work/sizes.json" ]] || fail "audit-capacity: no figures (the test failed)"
step_done

step "the proof flood's chain"
cargo build --locked -p datdot-node --features "$DATDOT_FEATURES"
"$DATDOT_NODE" export-chain-spec --chain dev --raw --output "$work/dev.json"
node scripts/audit-flood.cjs code "$work/dev.json" "$work/code.hex"
AUDIT_FLOOD_DIR="$work" runtime_test flood_chain 2>&1 | tee "$work/flood.log"
genesis="$(node scripts/audit-flood.cjs spec "$work/dev.json" "$work/state.json" "$work/flood.json")"
step_done

# The same node flags for both runs. The pool holds the whole flood (37 MB of
# responses, 12,000 transfers). The single-state pool: under the transfer flood the
# default fork-aware pool dropped accepted transfers (27 % to 78 % of
# them, never included) in 3 of 9 runs here, with or without a higher --pool-limit.
node_args=(--node-arg="--chain=$work/flood.json" --node-arg=--pool-type=single-state
	--node-arg=--pool-kbytes=131072 --node-arg=--pool-limit=65536)
step "the responses flooded into a --dev node"
scripts/bench-tps --spawn "${node_args[@]}" --raw "$work/responses.hex" --genesis "$genesis" \
	--quiet 2>&1 | tee "$work/proofs.log"
step_done
step "transfer_keep_alive flooded into a --dev node of the same chain"
# 12,000 transfers: five blocks, so that the half-full first and last weigh less.
scripts/bench-tps --spawn "${node_args[@]}" --senders 200 --quiet 2>&1 | tee "$work/transfers.log"
step_done

node scripts/audit-flood.cjs result "$work/sizes.json" "$work/proofs.log" "$work/transfers.log"
