//! The hoster's chunk frames as files under the node's base path:
//! `<base>/chains/<chain>/chunks/<root hex>/<index>`, one file per frame, addressed by
//! the data set's Merkle root and the chunk's index. The off-chain workers write and
//! delete them through the `chunk_store` host functions ([`FrameStoreExt`]); the data
//! plane and `datdot_chunk` read them. The store never holds more than the capacity the
//! worker passes (the hoster's declared storage).
use datdot_primitives::chunk_store::FrameStore;
use sp_core::hexdisplay::HexDisplay;
use std::{
	fs, io,
	path::{Path, PathBuf},
	sync::Mutex,
};

/// Frames as files in one directory tree.
pub struct ChunkFiles {
	dir: PathBuf,
	/// Bytes kept; the lock also orders writers, so the capacity check holds.
	used: Mutex<u64>,
}

impl ChunkFiles {
	/// Opens (creating it if needed) the store in `dir`, counting what it holds.
	pub fn open(dir: impl Into<PathBuf>) -> io::Result<Self> {
		let dir = dir.into();
		fs::create_dir_all(&dir)?;
		let mut used = 0u64;
		for set in fs::read_dir(&dir)? {
			let set = set?;
			if !set.file_type()?.is_dir() {
				continue;
			}
			for file in fs::read_dir(set.path())? {
				let file = file?;
				let name = file.file_name();
				let name = name.to_string_lossy();
				if name.ends_with(".tmp") {
					// A write that a crash cut short: never renamed into place.
					let _ = fs::remove_file(file.path());
				} else if file.file_type()?.is_file() {
					used += file.metadata()?.len();
				}
			}
		}
		Ok(ChunkFiles { dir, used: Mutex::new(used) })
	}

	fn set_dir(&self, root: &[u8; 32]) -> PathBuf {
		self.dir.join(hex(root))
	}

	fn path(&self, root: &[u8; 32], index: u32) -> PathBuf {
		self.set_dir(root).join(index.to_string())
	}

	fn len_of(path: &Path) -> u64 {
		fs::metadata(path).map_or(0, |m| m.len())
	}

	fn write(&self, root: &[u8; 32], index: u32, frame: &[u8], capacity: u64) -> io::Result<bool> {
		let mut used = self.used.lock().expect("not poisoned");
		let path = self.path(root, index);
		let old = Self::len_of(&path);
		let after = used.saturating_sub(old).saturating_add(frame.len() as u64);
		if after > capacity {
			return Ok(false);
		}
		fs::create_dir_all(self.set_dir(root))?;
		// Written aside, then renamed into place: a reader never sees half a frame.
		let tmp = path.with_extension("tmp");
		fs::write(&tmp, frame)?;
		fs::rename(&tmp, &path)?;
		*used = after;
		Ok(true)
	}
}

impl FrameStore for ChunkFiles {
	fn put(&self, root: &[u8; 32], index: u32, frame: &[u8], capacity: u64) -> bool {
		self.write(root, index, frame, capacity).unwrap_or_else(|e| {
			log::warn!(target: "datdot::chunks", "cannot write chunk {index} of 0x{}: {e}", hex(root));
			false
		})
	}

	fn get(&self, root: &[u8; 32], index: u32) -> Option<Vec<u8>> {
		fs::read(self.path(root, index)).ok()
	}

	fn has(&self, root: &[u8; 32], index: u32) -> bool {
		self.path(root, index).is_file()
	}

	fn remove(&self, root: &[u8; 32], index: u32) {
		let mut used = self.used.lock().expect("not poisoned");
		let path = self.path(root, index);
		let len = Self::len_of(&path);
		if fs::remove_file(&path).is_ok() {
			*used = used.saturating_sub(len);
		}
		// The data set's directory goes with its last frame (fails while it has others).
		let _ = fs::remove_dir(self.set_dir(root));
	}

	fn used(&self) -> u64 {
		*self.used.lock().expect("not poisoned")
	}
}

/// Lower-case hex without `0x`: a data set's directory name.
fn hex(bytes: &[u8]) -> String {
	HexDisplay::from(&bytes).to_string()
}

#[cfg(test)]
mod tests {
	use super::*;

	fn temp() -> PathBuf {
		std::env::temp_dir().join(format!(
			"datdot-chunks-{}-{}",
			std::process::id(),
			std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos()
		))
	}

	#[test]
	fn frames_are_files_by_root_and_index_within_the_capacity() {
		let dir = temp();
		let store = ChunkFiles::open(&dir).unwrap();
		let root = [7u8; 32];
		assert!(store.put(&root, 0, &[1; 100], 250));
		assert!(store.put(&root, 1, &[2; 100], 250));
		assert!(!store.put(&root, 2, &[3; 100], 250), "over the capacity");
		assert!(store.put(&root, 1, &[4; 150], 250), "a replacement counts once");
		assert_eq!(store.used(), 250);
		assert_eq!(store.get(&root, 1), Some(vec![4; 150]));
		assert_eq!(store.get(&root, 2), None);
		let file = dir.join(hex(&root)).join("0");
		assert_eq!(fs::read(&file).unwrap(), vec![1; 100], "one file per frame");
		// A crash left a temporary file: reopening drops it and counts the rest.
		fs::write(dir.join(hex(&root)).join("9.tmp"), [0; 10]).unwrap();
		let store = ChunkFiles::open(&dir).unwrap();
		assert_eq!(store.used(), 250);
		assert!(!dir.join(hex(&root)).join("9.tmp").exists());
		store.remove(&root, 0);
		assert_eq!(store.used(), 150);
		assert!(dir.join(hex(&root)).exists(), "the data set still has a frame");
		store.remove(&root, 1);
		store.remove(&root, 1);
		assert_eq!(store.used(), 0);
		assert!(!dir.join(hex(&root)).exists(), "an emptied data set's directory goes");
		fs::remove_dir_all(&dir).unwrap();
	}
}
