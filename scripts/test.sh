#!/usr/bin/env bash
# Sets up and runs every check and test: format, the node build, unit and benchmark
# tests, a short runtime fuzz run, lints, and the end-to-end tests against a real node.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
total_start=$(date +%s)

"$REPO_ROOT/scripts/setup.sh"

step "cargo fmt --check"
cargo fmt --all -- --check
step_done

"$REPO_ROOT/scripts/build.sh"

step "cargo test (unit, integration and benchmark tests; try_state after each)"
cargo test --locked --workspace --features "$DATDOT_FEATURES"
step_done

step "runtime fuzzer, a short fixed run (scripts/fuzz.sh; the README records a long one)"
# Seed 3: its walk reaches the proofs paths (audits, misses, faults, settlements,
# repairs); seed 1's starves the market after a few plans (see the README).
"$REPO_ROOT/scripts/fuzz.sh" --calls "${FUZZ_CALLS:-10000}" --seed "${FUZZ_SEED:-3}"
step_done

step "cargo clippy -D warnings"
cargo clippy --locked --workspace --all-targets --features "$DATDOT_FEATURES" -- -D warnings
step_done

step "client unit tests and end-to-end tests (tests/, a real --dev node over RPC)"
npm test
step_done

printf '\nall checks passed in %ss\n' "$(($(date +%s) - total_start))"
