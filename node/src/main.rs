//! The datdot chain node.
#![warn(missing_docs)]
// `sc_cli::Error` and `sc_service::Error` are large by design; boxing them here would
// only move the allocation, as the node template notes too.
#![allow(clippy::result_large_err)]

mod chain_spec;
mod chunk_files;
mod cli;
mod command;
mod data_plane;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
