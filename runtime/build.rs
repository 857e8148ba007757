//! Builds the runtime to Wasm (`wasm32v1-none`) and exposes it as `WASM_BINARY`.
fn main() {
	#[cfg(feature = "std")]
	{
		// The Wasm is built in a nested workspace under the target dir. Point it at our
		// Cargo.lock (the target dir may live outside the checkout, where the builder
		// cannot find it), so the Wasm uses exactly the pinned versions. Set here, not
		// globally: other crates' Wasm builds (in the benchmarking tools) must not see it.
		std::env::set_var(
			"WASM_BUILD_WORKSPACE_HINT",
			std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".."),
		);
		substrate_wasm_builder::WasmBuilder::build_using_defaults();
	}
}
