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
