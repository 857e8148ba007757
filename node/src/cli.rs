//! Command line.

/// Subcommands besides running the node.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management tools: generate a key, insert the `ddot` key into the keystore, ...
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Export the chain specification.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Benchmarks: `benchmark pallet`, `block`, `machine`, `storage`. Only in a node
	/// built with `--features runtime-benchmarks` (scripts/benchmark.sh builds one).
	#[cfg(feature = "runtime-benchmarks")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),

	/// Database meta columns information.
	ChainInfo(sc_cli::ChainInfoCmd),
}

/// The node's command line.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	/// A subcommand; none runs the node.
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// Options of the node itself.
	#[clap(flatten)]
	pub run: sc_cli::RunCmd,

	/// Options of the data plane, which serves the chunks this node's hoster stores.
	#[clap(flatten)]
	pub data: DataPlaneParams,
}

/// Where the data plane listens: plain HTTP, raw chunk bytes (see the README).
#[derive(Debug, Clone, clap::Args)]
pub struct DataPlaneParams {
	/// Port of the data plane (HTTP: `GET /chunk/<root>/<index>`, `GET
	/// /chunks/<root>?from=&count=`). 0, the default, takes any free port; clients find
	/// it through the `datdot_dataPlane` RPC method.
	#[arg(long, value_name = "PORT", default_value_t = 0)]
	pub data_port: u16,

	/// Listen on all interfaces, not only on localhost: for a hoster that serves other
	/// machines.
	#[arg(long)]
	pub data_external: bool,

	/// Serve no data plane (the `datdot_chunk` RPC method still serves chunks).
	#[arg(long, conflicts_with_all = ["data_port", "data_external"])]
	pub no_data_plane: bool,
}

impl DataPlaneParams {
	/// The address to listen on, if any.
	pub fn listen_addr(&self) -> Option<std::net::SocketAddr> {
		if self.no_data_plane {
			return None;
		}
		let ip: std::net::IpAddr = if self.data_external {
			std::net::Ipv4Addr::UNSPECIFIED.into()
		} else {
			std::net::Ipv4Addr::LOCALHOST.into()
		};
		Some((ip, self.data_port).into())
	}
}
