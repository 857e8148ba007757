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
# rust-toolchain.toml names the channel, the wasm32v1-none target and rust-src;
# these make sure they are present (rustup installs nothing that is already there).
step "rust toolchain (rust-toolchain.toml)"
# Installs the channel rust-toolchain.toml names if it is missing (rustup >= 1.28),
# falling back to the older implicit install on first use.
rustup toolchain install >/dev/null 2>&1 || rustup show active-toolchain >/dev/null
rustup target add wasm32v1-none >/dev/null 2>&1 || rustup target add wasm32v1-none
rustup component add rust-src rustfmt clippy >/dev/null 2>&1 || rustup component add rust-src rustfmt clippy
step_done

step "npm ci (client and end-to-end tests)"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund --loglevel=error
fi
step_done
