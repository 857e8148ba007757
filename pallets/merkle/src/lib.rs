//! The datdot Merkle format, implemented once for the runtime, the node and clients.
//!
//! - Binary tree over the chunks of a data set, hashed with BLAKE2b-256.
//! - Leaf: `H(0x00 ‖ piece)`; inner node: `H(0x01 ‖ left ‖ right)`. The prefixes keep a
//!   leaf from ever being mistaken for an inner node (second-preimage safety).
//! - A level with an odd number of nodes promotes its last node unchanged to the next
//!   level (no duplication, so no two different chunk lists share a root).
//! - A chunk is itself a tree of [`SEGMENT_SIZE`]-byte segments: a data set whose chunks
//!   are at most `chunk_size` bytes cuts each chunk into `S = ⌈chunk_size / 1024⌉`
//!   segments (at least one), those past the chunk's end empty, and the chunk's leaf in
//!   the data set's tree is the root of the tree over its `S` segment leaves
//!   ([`chunk_leaf`]). With chunks of at most 1 KiB, `S = 1` and a chunk's leaf is
//!   `H(0x00 ‖ chunk)`. The shape is fixed by the declared chunk size, which the chain
//!   knows, so a proof cannot pick which segment it proves.
//! - A proof for chunk `i` of `n` is the list of sibling hashes from the leaf upwards,
//!   skipping the levels where the node was promoted. `(i, n)` fix the path. A proof for
//!   segment `j` of chunk `i` is the segment's siblings in its chunk's tree (`(j, S)` fix
//!   that path) followed by the chunk's: a 1 KiB piece and `log₂ S + log₂ n` hashes,
//!   whatever the chunk size.
//!
//! Test vectors: `pallets/primitives/test-vectors/merkle.json`; clients check
//! themselves against it (the JavaScript client in `scripts/` does).
//!
//! This crate needs nothing but BLAKE2b (`sp-crypto-hashing`, pure Rust): the runtime
//! and the node use it through `datdot_primitives::merkle`, and the JavaScript client
//! runs the same code compiled to WebAssembly (`wasm/`, `datdot-merkle-wasm`).
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;

/// A BLAKE2b-256 hash.
pub type Hash256 = [u8; 32];

/// The deepest tree: `u32` chunk indexes.
pub const MAX_DEPTH: usize = 32;

/// The bytes of one segment, the piece a proof of storage carries.
pub const SEGMENT_SIZE: u32 = 1024;

/// The deepest segment tree: chunks of up to `2^MAX_SEGMENT_DEPTH` segments, 64 KiB (the
/// SPEC's largest chunk).
pub const MAX_SEGMENT_DEPTH: usize = 6;

/// Hash of a leaf: `H(0x00 ‖ chunk)`.
pub fn leaf_hash(chunk: &[u8]) -> Hash256 {
	let mut data = Vec::with_capacity(1 + chunk.len());
	data.push(0x00);
	data.extend_from_slice(chunk);
	sp_crypto_hashing::blake2_256(&data)
}

/// Hash of an inner node: `H(0x01 ‖ left ‖ right)`.
pub fn node_hash(left: &Hash256, right: &Hash256) -> Hash256 {
	let mut data = [0u8; 65];
	data[0] = 0x01;
	data[1..33].copy_from_slice(left);
	data[33..].copy_from_slice(right);
	sp_crypto_hashing::blake2_256(&data)
}

/// The next level up: pairs hashed, an odd last node promoted.
fn parent_level(level: &[Hash256]) -> Vec<Hash256> {
	level
		.chunks(2)
		.map(|pair| match pair {
			[l, r] => node_hash(l, r),
			[only] => *only,
			_ => unreachable!("chunks(2) yields one or two items"),
		})
		.collect()
}

/// The root over leaf hashes; `None` for no leaves.
pub fn root_of_leaves(leaves: &[Hash256]) -> Option<Hash256> {
	if leaves.is_empty() {
		return None;
	}
	let mut level = leaves.to_vec();
	while level.len() > 1 {
		level = parent_level(&level);
	}
	level.first().copied()
}

/// Segments per chunk in a data set of chunks of at most `chunk_size` bytes.
pub fn segments(chunk_size: u32) -> u32 {
	chunk_size.div_ceil(SEGMENT_SIZE).max(1)
}

/// Segment `j` of `chunk`: its bytes `1024·j ..`, at most 1 KiB, empty past the end.
pub fn segment(chunk: &[u8], j: u32) -> &[u8] {
	let start = (j as usize).saturating_mul(SEGMENT_SIZE as usize).min(chunk.len());
	let end = start.saturating_add(SEGMENT_SIZE as usize).min(chunk.len());
	&chunk[start..end]
}

/// The leaves of `chunk`'s segment tree: `segments(chunk_size)` of them, or more for a
/// chunk longer than `chunk_size` (such a chunk breaks its data set's terms; its leaf
/// still covers every byte of it, so it is never mistaken for a shorter one).
pub fn segment_leaves(chunk: &[u8], chunk_size: u32) -> Vec<Hash256> {
	let count = segments(chunk_size).max((chunk.len() as u32).div_ceil(SEGMENT_SIZE));
	(0..count).map(|j| leaf_hash(segment(chunk, j))).collect()
}

/// A chunk's leaf in its data set's tree: the root of its segment tree.
pub fn chunk_leaf(chunk: &[u8], chunk_size: u32) -> Hash256 {
	if segments(chunk_size) == 1 && chunk.len() <= SEGMENT_SIZE as usize {
		return leaf_hash(chunk);
	}
	let leaves = segment_leaves(chunk, chunk_size);
	root_of_leaves(&leaves).unwrap_or_else(|| leaf_hash(&[]))
}

/// The root over the chunks of a data set of chunks of at most `chunk_size` bytes;
/// `None` for no chunks.
pub fn root<'a>(chunks: impl IntoIterator<Item = &'a [u8]>, chunk_size: u32) -> Option<Hash256> {
	let leaves: Vec<Hash256> = chunks.into_iter().map(|c| chunk_leaf(c, chunk_size)).collect();
	root_of_leaves(&leaves)
}

/// The siblings proving segment `j` within `chunk` (the first part of a segment proof;
/// the chunk's own proof follows). `None` if `j` is not one of its segments.
pub fn segment_proof(chunk: &[u8], chunk_size: u32, j: u32) -> Option<Vec<Hash256>> {
	proof(&segment_leaves(chunk, chunk_size), j)
}

/// The proof (siblings, leaf upwards) for leaf `index`; `None` if out of range.
pub fn proof(leaves: &[Hash256], index: u32) -> Option<Vec<Hash256>> {
	let mut i = index as usize;
	if i >= leaves.len() {
		return None;
	}
	let mut siblings = Vec::new();
	let mut level = leaves.to_vec();
	while level.len() > 1 {
		let sibling = i ^ 1;
		if sibling < level.len() {
			siblings.push(level[sibling]);
		}
		level = parent_level(&level);
		i /= 2;
	}
	Some(siblings)
}

/// Whether `chunk` is chunk `index` of `leaf_count` chunks of at most `chunk_size`
/// bytes under `root`, by `siblings`.
pub fn verify(
	root: &Hash256,
	chunk: &[u8],
	chunk_size: u32,
	index: u32,
	leaf_count: u32,
	siblings: &[Hash256],
) -> bool {
	verify_leaf(root, chunk_leaf(chunk, chunk_size), index, leaf_count, siblings)
}

/// Whether `piece` is segment `j` of chunk `index` of `leaf_count` chunks of at most
/// `chunk_size` bytes under `root`, by `siblings` (the segment's path in its chunk's
/// tree, then the chunk's path).
pub fn verify_segment(
	root: &Hash256,
	piece: &[u8],
	j: u32,
	index: u32,
	leaf_count: u32,
	chunk_size: u32,
	siblings: &[Hash256],
) -> bool {
	let count = segments(chunk_size);
	if piece.len() > SEGMENT_SIZE as usize || j >= count {
		return false;
	}
	let mut next = siblings.iter();
	let Some(leaf) = fold(leaf_hash(piece), j, count, &mut next, MAX_SEGMENT_DEPTH) else {
		return false;
	};
	verify_leaf(root, leaf, index, leaf_count, next.as_slice())
}

/// Walks `hash` (node `i` of a level of `n`) up to its tree's root, taking siblings from
/// `next` where it is not promoted; `None` if they run out or the path is deeper than
/// `max_depth`.
fn fold<'a>(
	mut hash: Hash256,
	index: u32,
	count: u32,
	next: &mut impl Iterator<Item = &'a Hash256>,
	max_depth: usize,
) -> Option<Hash256> {
	let (mut i, mut n) = (index as u64, count as u64);
	let mut depth = 0;
	while n > 1 {
		let promoted = i % 2 == 0 && i == n - 1;
		if !promoted {
			depth += 1;
			if depth > max_depth {
				return None;
			}
			let sibling = next.next()?;
			hash = if i % 2 == 0 { node_hash(&hash, sibling) } else { node_hash(sibling, &hash) };
		}
		i /= 2;
		n = n.div_ceil(2);
	}
	Some(hash)
}

/// [`verify`] for a leaf hash already computed.
pub fn verify_leaf(
	root: &Hash256,
	leaf: Hash256,
	index: u32,
	leaf_count: u32,
	siblings: &[Hash256],
) -> bool {
	if index >= leaf_count || siblings.len() > MAX_DEPTH {
		return false;
	}
	let mut next = siblings.iter();
	fold(leaf, index, leaf_count, &mut next, MAX_DEPTH)
		.is_some_and(|hash| next.next().is_none() && &hash == root)
}

#[cfg(test)]
mod tests {
	use super::*;

	/// Chunks of at most 1 KiB: one segment each, the leaf is the chunk's hash.
	const SMALL: u32 = 1024;

	fn chunks(n: usize) -> Vec<Vec<u8>> {
		(0..n).map(|i| alloc::format!("chunk {i}").into_bytes()).collect()
	}

	#[test]
	fn single_chunk_root_is_its_leaf() {
		assert_eq!(root([&b"only"[..]], SMALL), Some(leaf_hash(b"only")));
		assert_eq!(proof(&[leaf_hash(b"only")], 0), Some(vec![]));
		assert!(verify(&leaf_hash(b"only"), b"only", SMALL, 0, 1, &[]));
		assert_eq!(root(core::iter::empty::<&[u8]>(), SMALL), None);
	}

	#[test]
	fn three_chunks_promote_the_last() {
		let c = chunks(3);
		let l: Vec<_> = c.iter().map(|c| leaf_hash(c)).collect();
		let expected = node_hash(&node_hash(&l[0], &l[1]), &l[2]);
		assert_eq!(root(c.iter().map(|c| c.as_slice()), SMALL), Some(expected));
		assert_eq!(proof(&l, 2), Some(vec![node_hash(&l[0], &l[1])]));
		assert_eq!(proof(&l, 0), Some(vec![l[1], l[2]]));
	}

	#[test]
	fn every_proof_verifies_and_tampering_fails() {
		for n in 1..=33usize {
			let c = chunks(n);
			let leaves: Vec<_> = c.iter().map(|c| leaf_hash(c)).collect();
			let r = root_of_leaves(&leaves).unwrap();
			for (i, chunk) in c.iter().enumerate() {
				let p = proof(&leaves, i as u32).unwrap();
				assert!(verify(&r, chunk, SMALL, i as u32, n as u32, &p), "n={n} i={i}");
				assert!(!verify(&r, b"forged", SMALL, i as u32, n as u32, &p));
				if n > 1 {
					let other = (i + 1) % n;
					assert!(
						!verify(&r, &c[i], SMALL, other as u32, n as u32, &p),
						"wrong index n={n} i={i}"
					);
					assert!(!verify(&r, &c[i], SMALL, i as u32, n as u32, &p[..p.len() - 1]));
					let mut longer = p.clone();
					longer.push([0; 32]);
					assert!(!verify(&r, chunk, SMALL, i as u32, n as u32, &longer));
				}
				assert!(!verify(&r, chunk, SMALL, i as u32 + n as u32, n as u32, &p));
			}
			assert_eq!(proof(&leaves, n as u32), None);
		}
	}

	#[test]
	fn a_chunk_is_a_tree_of_its_segments() {
		// 4 KiB chunks: 4 segments; a 1.5 KiB last chunk has two empty ones.
		let size = 4 * SEGMENT_SIZE;
		let full: Vec<u8> = (0..size).map(|i| (i % 251) as u8).collect();
		let short: Vec<u8> = full[..1536].to_vec();
		let seg = |c: &[u8], j: usize| {
			leaf_hash(c.get(j * 1024..((j + 1) * 1024).min(c.len())).unwrap_or(&[]))
		};
		let tree = |c: &[u8]| {
			node_hash(&node_hash(&seg(c, 0), &seg(c, 1)), &node_hash(&seg(c, 2), &seg(c, 3)))
		};
		assert_eq!(chunk_leaf(&full, size), tree(&full));
		assert_eq!(chunk_leaf(&short, size), tree(&short));
		assert_eq!(seg(&short, 3), leaf_hash(&[]));
		// The same bytes in a data set of 1 KiB chunks have another leaf: the shape comes
		// from the declared chunk size.
		assert_ne!(chunk_leaf(&short, 1024), chunk_leaf(&short, size));
		// A chunk longer than declared still commits to every byte.
		let mut long = full.clone();
		long.push(7);
		assert_ne!(chunk_leaf(&long, size), chunk_leaf(&full, size));
		assert_eq!(segments(0), 1);
		assert_eq!(segments(1), 1);
		assert_eq!(segments(1025), 2);
		assert_eq!(segments(64 * 1024), 64);
	}

	#[test]
	fn every_segment_proof_verifies_and_tampering_fails() {
		// Segment trees of 1, 3 (a promoted segment) and 4 segments; data sets of 1–5 chunks.
		for size in [1000u32, 3 * 1024 - 100, 4 * 1024] {
			for n in 1..=5u32 {
				let c: Vec<Vec<u8>> = (0..n)
					.map(|i| {
						let len = if i + 1 == n { size / 2 + 1 } else { size };
						(0..len).map(|b| (b as u8) ^ (i as u8)).collect()
					})
					.collect();
				let leaves: Vec<_> = c.iter().map(|x| chunk_leaf(x, size)).collect();
				let r = root_of_leaves(&leaves).unwrap();
				assert_eq!(root(c.iter().map(|x| x.as_slice()), size), Some(r));
				for (i, chunk) in c.iter().enumerate() {
					let i = i as u32;
					let path = proof(&leaves, i).unwrap();
					assert!(verify(&r, chunk, size, i, n, &path));
					for j in 0..segments(size) {
						let mut p = segment_proof(chunk, size, j).unwrap();
						p.extend_from_slice(&path);
						let piece = segment(chunk, j);
						assert!(
							verify_segment(&r, piece, j, i, n, size, &p),
							"size={size} n={n} i={i} j={j}"
						);
						assert!(!verify_segment(&r, b"forged", j, i, n, size, &p));
						if !p.is_empty() {
							assert!(!verify_segment(&r, piece, j, i, n, size, &p[..p.len() - 1]));
						}
						let mut longer = p.clone();
						longer.push([0; 32]);
						assert!(!verify_segment(&r, piece, j, i, n, size, &longer));
						if segments(size) > 1 {
							let other = (j + 1) % segments(size);
							if segment(chunk, other) != piece {
								assert!(!verify_segment(&r, piece, other, i, n, size, &p));
							}
						}
						if n > 1 {
							assert!(!verify_segment(&r, piece, j, (i + 1) % n, n, size, &p));
						}
						assert!(!verify_segment(&r, piece, segments(size), i, n, size, &p));
					}
					assert_eq!(segment_proof(chunk, size, segments(size)), None);
				}
			}
		}
		// A piece longer than a segment never verifies.
		let big = alloc::vec![1u8; 2048];
		let r = root([big.as_slice()], 2048).unwrap();
		let p = segment_proof(&big, 2048, 0).unwrap();
		assert!(verify_segment(&r, &big[..1024], 0, 0, 1, 2048, &p));
		assert!(!verify_segment(&r, &big, 0, 0, 1, 2048, &p));
	}

	#[test]
	fn a_leaf_is_not_a_node() {
		// The prefixes make H(0x00‖x) and H(0x01‖l‖r) different even for x = l‖r.
		let (a, b) = (leaf_hash(b"a"), leaf_hash(b"b"));
		let mut concat = a.to_vec();
		concat.extend_from_slice(&b);
		assert_ne!(leaf_hash(&concat), node_hash(&a, &b));
	}

	/// The committed vectors, which every other implementation checks against.
	#[test]
	fn matches_committed_test_vectors() {
		let json = include_str!("../../primitives/test-vectors/merkle.json");
		let v: serde_json::Value = serde_json::from_str(json).unwrap();
		for case in v["cases"].as_array().unwrap() {
			let chunks: Vec<Vec<u8>> = case["chunks"]
				.as_array()
				.unwrap()
				.iter()
				.map(|h| hex(h.as_str().unwrap()))
				.collect();
			let size = case["chunk_size"].as_u64().unwrap() as u32;
			let leaves: Vec<_> = chunks.iter().map(|c| chunk_leaf(c, size)).collect();
			let r = root_of_leaves(&leaves).unwrap();
			assert_eq!(alloc::format!("0x{}", to_hex(&r)), case["root"].as_str().unwrap());
			let hashes = |v: &serde_json::Value| -> Vec<Hash256> {
				v.as_array()
					.unwrap()
					.iter()
					.map(|h| hex(h.as_str().unwrap()).try_into().unwrap())
					.collect()
			};
			let n = chunks.len() as u32;
			for p in case["proofs"].as_array().unwrap() {
				let index = p["index"].as_u64().unwrap() as u32;
				let siblings = hashes(&p["siblings"]);
				assert_eq!(proof(&leaves, index).unwrap(), siblings);
				assert!(verify(&r, &chunks[index as usize], size, index, n, &siblings));
			}
			for p in case["segment_proofs"].as_array().unwrap() {
				let (index, j) =
					(p["index"].as_u64().unwrap() as u32, p["segment"].as_u64().unwrap() as u32);
				let piece = hex(p["piece"].as_str().unwrap());
				let siblings = hashes(&p["siblings"]);
				assert_eq!(segment(&chunks[index as usize], j), &piece[..]);
				let mut mine = segment_proof(&chunks[index as usize], size, j).unwrap();
				mine.extend(proof(&leaves, index).unwrap());
				assert_eq!(mine, siblings);
				assert!(verify_segment(&r, &piece, j, index, n, size, &siblings));
			}
		}
	}

	fn hex(s: &str) -> Vec<u8> {
		let s = s.trim_start_matches("0x");
		(0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
	}

	fn to_hex(b: &[u8]) -> alloc::string::String {
		b.iter().map(|x| alloc::format!("{x:02x}")).collect()
	}
}
