//! Builds the runtime to Wasm (`wasm32v1-none`) and exposes it as `WASM_BINARY`.
fn main() {
	#[cfg(feature = "std")]
	{
		// The Wasm is built in a nested workspace under the target dir. Point it at our
		// Cargo.lock (the target dir may live outside the checkout, where the builder
		// cannot find it), so the Wasm uses exactly the pinned versions. Set here, not
		// globally: other crates' Wasm builds (in the benchmarking tools) must not see it.
		// Read at run time: cargo reuses a compiled build script across checkouts at other
		// paths (a CI clone shares the target dir), so a path fixed when it was compiled
		// (`env!`) can name a checkout that is gone.
		let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it");
		std::env::set_var(
			"WASM_BUILD_WORKSPACE_HINT",
			std::path::Path::new(&manifest_dir).join(".."),
		);
		substrate_wasm_builder::WasmBuilder::build_using_defaults();
	}
}
