# Shared by the scripts: where cargo builds, and a timer for the figures in the README.
# shellcheck shell=bash
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# One persistent target dir outside the checkout: a fresh clone builds warm.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/datdot-target}"
export PATH="$HOME/.cargo/bin:$PATH"
# The node binary every script and test uses (dev profile, dependencies optimised).
export DATDOT_NODE="${DATDOT_NODE:-$CARGO_TARGET_DIR/debug/datdot-node}"

step_start=0
step() {
	step_start=$(date +%s)
	printf '\n==> %s\n' "$*"
}
step_done() {
	printf '    done in %ss\n' "$(($(date +%s) - step_start))"
}
fail() {
	printf 'error: %s\n' "$*" >&2
	exit 1
}

# One feature set for every build and test, so FRAME is compiled once: the runtime
# (and with it every pallet) has its benchmarks compiled in, so `cargo test` runs the
# benchmark tests beside the unit tests and the node serves the Benchmark runtime API.
# The node's `benchmark` subcommand (frame-benchmarking-cli, ~170 more crates) is the
# node's own `runtime-benchmarks` feature, built only by scripts/benchmark.sh.
export DATDOT_FEATURES="datdot-runtime/runtime-benchmarks"
