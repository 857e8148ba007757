#!/usr/bin/env bash
# The runtime fuzzer: random call sequences from random origins through the real
# runtime, every pallet's invariants and the cross-pallet ones checked after each block.
#   scripts/fuzz.sh [--calls N] [--seed S] [--verbose]
# Deterministic for a seed; the last line is `fuzz: <calls> calls, <blocks> blocks,
# <breaks> invariant breaks`, and it exits non-zero on a break, printing the seed and
# the calls of the block that broke.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
cargo build --locked -q -p datdot-fuzz --features "$DATDOT_FEATURES"
exec "$CARGO_TARGET_DIR/debug/datdot-fuzz" "$@"
