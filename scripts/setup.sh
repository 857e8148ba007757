#!/usr/bin/env bash
# Installs what building and testing datdot chain needs; safe to run again.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

need_apt=()
command -v protoc >/dev/null 2>&1 || need_apt+=(protobuf-compiler) # litep2p's build needs it
command -v cc >/dev/null 2>&1 || need_apt+=(build-essential)
command -v node >/dev/null 2>&1 || need_apt+=(nodejs)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
command -v git >/dev/null 2>&1 || need_apt+=(git)
# The web page's browser test (tests/e2e/ui.test.js) drives Debian's Chromium.
[ -n "${CHROMIUM:-}" ] || command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
if ((${#need_apt[@]})); then
	step "apt-get install ${need_apt[*]}"
	SUDO=""
	[ "$(id -u)" -eq 0 ] || SUDO="sudo"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
	step_done
fi

if ! command -v rustup >/dev/null 2>&1; then
	echo "error: rustup is not installed; install Rust with rustup first (https://rustup.rs)" >&2
	exit 1
fi
# rust-toolchain.toml pins the exact toolchain, the wasm32v1-none target and rust-src;
# these make sure they are present (rustup installs nothing that is already there).
toolchain="$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)"
step "rust toolchain $toolchain (rust-toolchain.toml)"
if ! out="$(rustup toolchain install "$toolchain" --profile minimal 2>&1)"; then
	echo "$out" | tail -n 1 >&2
	fail "cannot install Rust $toolchain; install it with 'rustup toolchain install $toolchain', or change 'channel' in rust-toolchain.toml to a version this machine has ('rustup toolchain list') and rerun"
fi
for target in wasm32v1-none; do
	if ! out="$(rustup target add --toolchain "$toolchain" "$target" 2>&1)"; then
		echo "$out" | tail -n 1 >&2
		fail "the $target target of Rust $toolchain cannot be installed here; pin rust-toolchain.toml to a version whose $target your rustup mirror serves (1.95.0 is known to work) and rerun scripts/setup.sh"
	fi
done
if ! out="$(rustup component add --toolchain "$toolchain" rust-src rustfmt clippy 2>&1)"; then
	echo "$out" | tail -n 1 >&2
	fail "the rust-src, rustfmt or clippy component of Rust $toolchain cannot be installed here; pin rust-toolchain.toml to a version your rustup mirror serves them for and rerun scripts/setup.sh"
fi
step_done

step "npm ci (client and end-to-end tests)"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund --loglevel=error
fi
step_done
