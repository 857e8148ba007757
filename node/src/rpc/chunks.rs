//! `datdot_chunk`: serves the chunks this node's hoster stores, with their Merkle
//! proofs, from the node's off-chain storage (where the hoster's off-chain worker put
//! them after verifying each against the data set's root).
use codec::Decode;
use datdot_primitives::frames;
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use sp_core::{offchain::OffchainStorage, Bytes, H256};

/// The chunk-serving method.
#[rpc(server)]
pub trait ChunksApi {
	/// The chunk frame (`u32 LE length ‖ chunk ‖ u8 count ‖ siblings`, see the README)
	/// of chunk `index` of the data set with Merkle root `root`, or `null` if this node
	/// does not store it.
	#[method(name = "datdot_chunk")]
	fn chunk(&self, root: H256, index: u32) -> RpcResult<Option<Bytes>>;
}

/// Serves chunks out of a node's off-chain storage.
pub struct Chunks<S> {
	storage: S,
}

impl<S> Chunks<S> {
	/// Reads through `storage` (the backend's off-chain storage).
	pub fn new(storage: S) -> Self {
		Self { storage }
	}
}

impl<S: OffchainStorage + 'static> ChunksApiServer for Chunks<S> {
	fn chunk(&self, root: H256, index: u32) -> RpcResult<Option<Bytes>> {
		let key = frames::chunk_key(&root.0, index);
		// The worker stores values SCALE-encoded (`StorageValueRef::set`).
		Ok(self
			.storage
			.get(sp_core::offchain::STORAGE_PREFIX, &key)
			.and_then(|raw| Vec::<u8>::decode(&mut &raw[..]).ok())
			.map(Bytes))
	}
}
