#!/usr/bin/env bash
# What auditing every hoster once an hour costs the chain, measured through the real
# runtime (runtime/tests/audit_capacity.rs): for 1, 100 and 10,000 contracts a hoster,
# the share of the blocks' weight and length that 10,000 hosters' audits take in an
# hour. Ends with one line `AUDIT_CAPACITY_RESULT <json>`:
#   { "sizes": [{ "hosters", "contracts_per_hoster", "weight_share", "length_share",
#                 "proofs_per_hour", ... }, ...], "transfer": null }
# ("transfer", the proof-against-transfer throughput on a --dev node, is not measured
# yet: null.)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
SKIP_WASM_BUILD=1 cargo test --locked -p datdot-runtime --features runtime-benchmarks \
	--test audit_capacity -- --ignored --nocapture 2>&1 | tee "$out"
sizes="$(sed -n 's/^AUDIT_CAPACITY_SIZES //p' "$out")"
[[ -n "$sizes" ]] || { echo "audit-capacity: no figures (the test failed)" >&2; exit 1; }
echo "AUDIT_CAPACITY_RESULT {\"sizes\":$sizes,\"transfer\":null}"
