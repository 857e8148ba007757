//! Builds the runtime to Wasm (`wasm32v1-none`) and exposes it as `WASM_BINARY`.
fn main() {
	#[cfg(feature = "std")]
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}
