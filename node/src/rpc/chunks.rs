//! `datdot_chunk` (and `datdot_dataPlane`, where the faster data plane listens): serves
//! the chunks this node's hoster stores, with their Merkle proofs, from the node's chunk
//! files (where the hoster's off-chain worker put them after verifying each against the
//! data set's root).
use crate::data_plane::Frames;
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use sp_core::{Bytes, H256};

/// The chunk-serving method.
#[rpc(server)]
pub trait ChunksApi {
	/// The chunk frame (`u32 LE length ‖ chunk ‖ u8 count ‖ siblings`, see the README)
	/// of chunk `index` of the data set with Merkle root `root`, or `null` if this node
	/// does not store it.
	#[method(name = "datdot_chunk")]
	fn chunk(&self, root: H256, index: u32) -> RpcResult<Option<Bytes>>;

	/// The port of this node's data plane (raw chunk bytes over HTTP on the same host:
	/// `GET /chunk/<root>/<index>`, `GET /chunks/<root>?from=&count=`), or `null` if
	/// it serves none.
	#[method(name = "datdot_dataPlane")]
	fn data_plane(&self) -> RpcResult<Option<u16>>;
}

/// Serves chunks out of a node's chunk files.
pub struct Chunks {
	frames: Frames,
	data_port: Option<u16>,
}

impl Chunks {
	/// Reads through `frames` (the node's chunk files); `data_port` is the data plane's.
	pub fn new(frames: Frames, data_port: Option<u16>) -> Self {
		Self { frames, data_port }
	}
}

impl ChunksApiServer for Chunks {
	fn chunk(&self, root: H256, index: u32) -> RpcResult<Option<Bytes>> {
		Ok(self.frames.get(&root.0, index).map(Bytes))
	}

	fn data_plane(&self) -> RpcResult<Option<u16>> {
		Ok(self.data_port)
	}
}
