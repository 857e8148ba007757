//! The datdot Merkle format ([`datdot_merkle`], the code the runtime verifies proofs
//! with) as a WebAssembly module for the JavaScript client (`scripts/client/merkle.js`).
//!
//! A 64 KiB chunk's leaf hashes its 64 segments and the tree over them: 127 BLAKE2b
//! calls, which cost JavaScript (or a hash function called from it, one call per hash)
//! more in calls than in bytes. Here a chunk is hashed, or a frame verified, in one
//! call, so a client verifies downloads and hashes files to publish at the speed of the
//! hash.
//!
//! The interface is plain exports over one buffer in the module's memory, no bindings:
//! the caller writes its input at [`io`] (at most [`IO_BYTES`]), calls, and reads the
//! result back from the start of the buffer.
//! - [`chunk_leaf`]: the buffer holds a chunk; its leaf (32 bytes) is written back.
//! - [`verify`]: the buffer holds a data set's root (32 bytes), then the sibling hashes
//!   (32 bytes each), then the chunk; returns 1 if the chunk is chunk `index` of the
//!   data set, else 0.
//! - [`node_hash`]: the buffer holds two hashes; their parent is written back.
//!
//! Every call starts with an empty heap ([`Arena`]): nothing outlives a call.
#![cfg_attr(target_arch = "wasm32", no_std)]

extern crate alloc;

use datdot_merkle::{self as merkle, Hash256};

/// The largest input: a root, the deepest path and the largest chunk (64 KiB).
pub const IO_BYTES: usize = 32 + 32 * merkle::MAX_DEPTH + MAX_CHUNK;
/// The largest chunk the module takes: the SPEC's largest.
pub const MAX_CHUNK: usize = 64 * 1024;

/// The input and output buffer.
struct Io(core::cell::UnsafeCell<[u8; IO_BYTES]>);
// SAFETY: a WebAssembly instance runs one call at a time; on the host only the tests
// use it, one at a time (see `tests`).
unsafe impl Sync for Io {}
static IO: Io = Io(core::cell::UnsafeCell::new([0; IO_BYTES]));

fn buffer() -> &'static mut [u8; IO_BYTES] {
	// SAFETY: one call at a time (see `Io`), and no reference outlives a call.
	unsafe { &mut *IO.0.get() }
}

/// Where the caller writes its input (and reads the output).
#[no_mangle]
pub extern "C" fn io() -> *mut u8 {
	buffer().as_mut_ptr()
}

/// The size of the buffer at [`io`].
#[no_mangle]
pub extern "C" fn io_bytes() -> u32 {
	IO_BYTES as u32
}

/// The leaf of the chunk of `len` bytes in the buffer, in a data set of chunks of at
/// most `chunk_size` bytes, written to the buffer's first 32 bytes. Returns 0 (and
/// writes nothing) if `len` is more than the buffer holds.
#[no_mangle]
pub extern "C" fn chunk_leaf(len: u32, chunk_size: u32) -> u32 {
	arena::reset();
	let io = buffer();
	let Some(chunk) = io.get(..len as usize) else { return 0 };
	let leaf = merkle::chunk_leaf(chunk, chunk_size);
	io[..32].copy_from_slice(&leaf);
	1
}

/// Whether the chunk in the buffer is chunk `index` of `count` chunks of at most
/// `chunk_size` bytes under the root, by the siblings (`datdot_merkle::verify`): the
/// buffer holds the root, then `siblings` hashes, then the chunk of `len` bytes. 1 if
/// so; 0 if not, or if the input is more than the buffer holds. (Whether the chunk is
/// longer than `chunk_size` is the caller's to check, as `frames::check` does.)
#[no_mangle]
pub extern "C" fn verify(len: u32, siblings: u32, index: u32, count: u32, chunk_size: u32) -> u32 {
	arena::reset();
	if siblings as usize > merkle::MAX_DEPTH {
		return 0;
	}
	let io = buffer();
	let at = 32 + 32 * siblings as usize;
	let Some(chunk) = io.get(at..at + len as usize) else { return 0 };
	let mut root = [0u8; 32];
	root.copy_from_slice(&io[..32]);
	let path: alloc::vec::Vec<Hash256> = io[32..at]
		.chunks_exact(32)
		.map(|s| {
			let mut h = [0u8; 32];
			h.copy_from_slice(s);
			h
		})
		.collect();
	merkle::verify(&root, chunk, chunk_size, index, count, &path) as u32
}

/// The parent of the two hashes in the buffer's first 64 bytes, written to its first 32.
#[no_mangle]
pub extern "C" fn node_hash() {
	let io = buffer();
	let (mut left, mut right) = ([0u8; 32], [0u8; 32]);
	left.copy_from_slice(&io[..32]);
	right.copy_from_slice(&io[32..64]);
	io[..32].copy_from_slice(&merkle::node_hash(&left, &right));
}

/// The heap: a bump allocator over a fixed arena, emptied at the start of each call
/// (a chunk's hashing needs about 70 KiB). In WebAssembly only; the host has its own.
#[cfg(target_arch = "wasm32")]
mod arena {
	use core::{
		alloc::{GlobalAlloc, Layout},
		cell::UnsafeCell,
		sync::atomic::{AtomicUsize, Ordering},
	};

	const ARENA_BYTES: usize = 1 << 20;

	pub struct Arena {
		memory: UnsafeCell<[u8; ARENA_BYTES]>,
		used: AtomicUsize,
	}
	// SAFETY: one call at a time (single-threaded WebAssembly).
	unsafe impl Sync for Arena {}

	#[global_allocator]
	static ARENA: Arena =
		Arena { memory: UnsafeCell::new([0; ARENA_BYTES]), used: AtomicUsize::new(0) };

	unsafe impl GlobalAlloc for Arena {
		unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
			let base = self.memory.get() as usize;
			let start = (base + self.used.load(Ordering::Relaxed)).next_multiple_of(layout.align());
			let end = start + layout.size();
			if end > base + ARENA_BYTES {
				return core::ptr::null_mut(); // out of memory: the call traps
			}
			self.used.store(end - base, Ordering::Relaxed);
			start as *mut u8
		}
		unsafe fn dealloc(&self, _: *mut u8, _: Layout) {}
	}

	/// Empties the heap: called first by every export that allocates.
	pub fn reset() {
		ARENA.used.store(0, Ordering::Relaxed);
	}

	#[panic_handler]
	fn panic(_: &core::panic::PanicInfo) -> ! {
		core::arch::wasm32::unreachable()
	}
}

#[cfg(not(target_arch = "wasm32"))]
mod arena {
	pub fn reset() {}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn hex(s: &str) -> alloc::vec::Vec<u8> {
		let s = s.trim_start_matches("0x");
		(0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
	}

	/// The exports against the committed vectors (one test: they share the buffer).
	#[test]
	fn the_exports_match_the_committed_vectors() {
		let json = include_str!("../../../primitives/test-vectors/merkle.json");
		let v: serde_json::Value = serde_json::from_str(json).unwrap();
		for case in v["cases"].as_array().unwrap() {
			let size = case["chunk_size"].as_u64().unwrap() as u32;
			let chunks: alloc::vec::Vec<_> = case["chunks"]
				.as_array()
				.unwrap()
				.iter()
				.map(|c| hex(c.as_str().unwrap()))
				.collect();
			let count = chunks.len() as u32;
			let root = hex(case["root"].as_str().unwrap());
			for p in case["proofs"].as_array().unwrap() {
				let index = p["index"].as_u64().unwrap() as u32;
				let chunk = &chunks[index as usize];
				let path: alloc::vec::Vec<u8> = p["siblings"]
					.as_array()
					.unwrap()
					.iter()
					.flat_map(|s| hex(s.as_str().unwrap()))
					.collect();
				let siblings = (path.len() / 32) as u32;
				let load = |chunk: &[u8]| {
					let io = buffer();
					io[..32].copy_from_slice(&root);
					io[32..32 + path.len()].copy_from_slice(&path);
					io[32 + path.len()..32 + path.len() + chunk.len()].copy_from_slice(chunk);
				};
				let len = chunk.len() as u32;
				load(chunk);
				assert_eq!(verify(len, siblings, index, count, size), 1, "{}", case["name"]);
				let mut forged = chunk.clone();
				match forged.first_mut() {
					Some(b) => *b ^= 1,
					None => forged.push(0),
				}
				load(&forged);
				assert_eq!(verify(forged.len() as u32, siblings, index, count, size), 0);
				load(chunk);
				if count > 1 {
					assert_eq!(verify(len, siblings, (index + 1) % count, count, size), 0);
				}
				if siblings > 0 {
					assert_eq!(verify(len, siblings - 1, index, count, size), 0);
				}
				buffer()[..chunk.len()].copy_from_slice(chunk);
				assert_eq!(chunk_leaf(len, size), 1);
				assert_eq!(buffer()[..32], merkle::chunk_leaf(chunk, size));
			}
		}
		// Inputs larger than the buffer are refused, not read past it.
		assert_eq!(chunk_leaf(IO_BYTES as u32 + 1, 1024), 0);
		assert_eq!(verify(MAX_CHUNK as u32 + 1, 32, 0, 1, u32::MAX), 0);
		assert_eq!(verify(1, 33, 0, 1, 1024), 0);
		buffer()[..64].copy_from_slice(&[[1u8; 32], [2u8; 32]].concat());
		node_hash();
		assert_eq!(buffer()[..32], merkle::node_hash(&[1; 32], &[2; 32]));
	}
}
