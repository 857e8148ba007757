//! Where a hoster's node keeps the chunk frames it hosts: files under the node's base
//! path (the node's `ChunkFiles`), reached from the off-chain workers through the
//! `chunk_store` host functions. A frame is addressed by its data set's Merkle root and
//! its index: content-addressed, so two contracts over the same data set share it.
//!
//! Outside a node (tests, tools) the store is whatever [`FrameStoreExt`] the
//! externalities carry ([`MemoryFrameStore`] in the pallets' tests); without one, a
//! worker stores nothing and finds nothing.
use alloc::vec::Vec;
#[cfg(feature = "std")]
use sp_externalities::ExternalitiesExt;
use sp_runtime_interface::{
	pass_by::{AllocateAndReturnByCodec, PassFatPointerAndRead},
	runtime_interface,
};

/// The node's side of the store.
#[cfg(feature = "std")]
pub trait FrameStore: Send + Sync {
	/// Keeps `frame` as chunk `index` of the data set `root`, replacing what was there,
	/// unless the store would then hold more than `capacity` bytes; whether it did.
	fn put(&self, root: &[u8; 32], index: u32, frame: &[u8], capacity: u64) -> bool;
	/// The frame of chunk `index` of `root`, if kept.
	fn get(&self, root: &[u8; 32], index: u32) -> Option<Vec<u8>>;
	/// Whether chunk `index` of `root` is kept, without reading it.
	fn has(&self, root: &[u8; 32], index: u32) -> bool {
		self.get(root, index).is_some()
	}
	/// Deletes the frame of chunk `index` of `root`, if kept.
	fn remove(&self, root: &[u8; 32], index: u32);
	/// Bytes kept.
	fn used(&self) -> u64;
}

#[cfg(feature = "std")]
sp_externalities::decl_extension! {
	/// The frame store the off-chain workers' `chunk_store` calls use.
	pub struct FrameStoreExt(std::sync::Arc<dyn FrameStore>);
}

/// A frame store in memory, for tests.
#[cfg(feature = "std")]
#[derive(Default)]
pub struct MemoryFrameStore(std::sync::Mutex<Frames>);

/// Frames by data set root and chunk index.
#[cfg(feature = "std")]
type Frames = std::collections::BTreeMap<([u8; 32], u32), Vec<u8>>;

#[cfg(feature = "std")]
impl FrameStore for MemoryFrameStore {
	fn put(&self, root: &[u8; 32], index: u32, frame: &[u8], capacity: u64) -> bool {
		let mut m = self.0.lock().expect("not poisoned");
		let old = m.get(&(*root, index)).map_or(0, |f| f.len() as u64);
		let used: u64 = m.values().map(|f| f.len() as u64).sum();
		if used - old + frame.len() as u64 > capacity {
			return false;
		}
		m.insert((*root, index), frame.to_vec());
		true
	}
	fn get(&self, root: &[u8; 32], index: u32) -> Option<Vec<u8>> {
		self.0.lock().expect("not poisoned").get(&(*root, index)).cloned()
	}
	fn remove(&self, root: &[u8; 32], index: u32) {
		self.0.lock().expect("not poisoned").remove(&(*root, index));
	}
	fn used(&self) -> u64 {
		self.0.lock().expect("not poisoned").values().map(|f| f.len() as u64).sum()
	}
}

#[cfg(feature = "std")]
fn root_of(root: &[u8]) -> Option<[u8; 32]> {
	root.try_into().ok()
}

/// The off-chain workers' access to the node's frame store.
#[runtime_interface]
pub trait ChunkStore {
	/// Keeps `frame` as chunk `index` of the data set `root` (32 bytes) if the store then
	/// holds at most `capacity` bytes; whether it did (false without a store).
	fn put(
		&mut self,
		root: PassFatPointerAndRead<&[u8]>,
		index: u32,
		frame: PassFatPointerAndRead<&[u8]>,
		capacity: u64,
	) -> bool {
		match (self.extension::<FrameStoreExt>(), root_of(root)) {
			(Some(store), Some(root)) => store.0.put(&root, index, frame, capacity),
			_ => false,
		}
	}

	/// The frame of chunk `index` of the data set `root`, if kept.
	fn get(
		&mut self,
		root: PassFatPointerAndRead<&[u8]>,
		index: u32,
	) -> AllocateAndReturnByCodec<Option<Vec<u8>>> {
		match (self.extension::<FrameStoreExt>(), root_of(root)) {
			(Some(store), Some(root)) => store.0.get(&root, index),
			_ => None,
		}
	}

	/// Deletes the frame of chunk `index` of the data set `root`.
	fn remove(&mut self, root: PassFatPointerAndRead<&[u8]>, index: u32) {
		if let (Some(store), Some(root)) = (self.extension::<FrameStoreExt>(), root_of(root)) {
			store.0.remove(&root, index)
		}
	}
}

#[cfg(feature = "std")]
pub use self::chunk_store::HostFunctions;
pub use self::chunk_store::{get, put, remove};
