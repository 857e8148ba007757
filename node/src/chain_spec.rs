//! Chain specifications: `dev` (one node) and `local` (localhost testnet), both built
//! from the runtime's genesis presets.
use datdot_runtime::{genesis_config_presets, WASM_BINARY};
use sc_service::ChainType;

/// The chain spec type of this node.
pub type ChainSpec = sc_service::GenericChainSpec;

/// Token symbol, decimals and address format, shown by polkadot.js.
fn properties() -> sc_service::Properties {
	let mut p = sc_service::Properties::new();
	p.insert("tokenSymbol".into(), "DAT".into());
	p.insert("tokenDecimals".into(), 12.into());
	p.insert("ss58Format".into(), 42.into());
	p
}

fn wasm() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| {
		"the runtime Wasm was not built (was SKIP_WASM_BUILD set when building the node?)"
			.to_string()
	})
}

/// One node: Alice authors and holds every dev key. The dev participants' profiles
/// point at this node's RPC: on `rpc_port` when it is not the default 9944, so a dev
/// node on another port still serves its hosters' chunks where the chain says.
pub fn development_chain_spec(rpc_port: Option<u16>) -> Result<ChainSpec, String> {
	let builder = ChainSpec::builder(wasm()?, None)
		.with_name("datdot development")
		.with_id("datdot_dev")
		.with_chain_type(ChainType::Development)
		.with_properties(properties());
	Ok(match rpc_port {
		Some(port) if port != 9944 => builder.with_genesis_config_patch(
			genesis_config_presets::development_genesis_serving_at(&format!(
				"http://127.0.0.1:{port}"
			)),
		),
		_ => builder.with_genesis_config_preset_name(genesis_config_presets::DEVELOPMENT),
	}
	.build())
}

/// A localhost testnet of several nodes (Alice and Bob author).
pub fn local_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("datdot local testnet")
		.with_id("datdot_local")
		.with_chain_type(ChainType::Local)
		.with_genesis_config_preset_name(genesis_config_presets::LOCAL)
		.with_properties(properties())
		.build())
}
