#!/usr/bin/env bash
# Regenerates every pallet's weights.rs with the node's `benchmark pallet` command.
# Builds the node with `--features runtime-benchmarks` (a second feature set: a long
# build, so it is not part of scripts/test.sh, which only runs the benchmarks once
# each against the mocks).
#   scripts/benchmark.sh                  # all datdot pallets
#   scripts/benchmark.sh pallet_roles     # one pallet
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
STEPS="${STEPS:-50}"
REPEAT="${REPEAT:-20}"

step "cargo build -p datdot-node --features runtime-benchmarks"
cargo build --locked -p datdot-node --features runtime-benchmarks
step_done

pallets=("$@")
if ((${#pallets[@]} == 0)); then
	pallets=(pallet_accounts pallet_roles pallet_escrow pallet_reputation pallet_plans pallet_hosting pallet_jobs pallet_breaker pallet_proofs pallet_benchmarks)
fi
for pallet in "${pallets[@]}"; do
	dir="pallets/${pallet#pallet_}"
	steps="$STEPS" repeat="$REPEAT"
	# The plans benchmarks set up a full queue of 256 plans with 16 signed data sets
	# each (~4 s a run); their components are small (0..=4, 0..=16), so fewer samples
	# cover them.
	# The proofs benchmarks build a 65,536-chunk Merkle tree and up to 256 hostings per
	# run (the performance benchmarks up to 64 plans); 10 samples of each component are
	# plenty for their linear weights.
	if [[ "$pallet" == pallet_proofs || "$pallet" == pallet_benchmarks ]]; then
		steps=$((STEPS < 10 ? STEPS : 10)) repeat=$((REPEAT < 10 ? REPEAT : 10))
	fi
	if [[ "$pallet" == pallet_plans ]]; then
		steps=$((STEPS < 5 ? STEPS : 5)) repeat=$((REPEAT < 5 ? REPEAT : 5))
	fi
	step "benchmark $pallet -> $dir/src/weights.rs (steps $steps, repeat $repeat)"
	"$CARGO_TARGET_DIR/debug/datdot-node" benchmark pallet \
		--chain dev \
		--pallet "$pallet" \
		--extrinsic '*' \
		--steps "$steps" \
		--repeat "$repeat" \
		--wasm-execution compiled \
		--heap-pages 4096 \
		--template scripts/frame-weight-template.hbs \
		--output "$dir/src/weights.rs"
	step_done
done
