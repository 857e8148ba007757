//! The datdot Merkle format, implemented once for the runtime, the node and clients.
//!
//! - Binary tree over the chunks of a data set, hashed with BLAKE2b-256.
//! - Leaf: `H(0x00 ‖ chunk)`; inner node: `H(0x01 ‖ left ‖ right)`. The prefixes keep a
//!   leaf from ever being mistaken for an inner node (second-preimage safety).
//! - A level with an odd number of nodes promotes its last node unchanged to the next
//!   level (no duplication, so no two different chunk lists share a root).
//! - A proof for chunk `i` of `n` is the list of sibling hashes from the leaf upwards,
//!   skipping the levels where the node was promoted. `(i, n)` fix the path.
//!
//! Test vectors: `test-vectors/merkle.json` beside this crate; clients check themselves
//! against it (the JavaScript client in `scripts/` does).
use alloc::vec::Vec;

/// A BLAKE2b-256 hash.
pub type Hash256 = [u8; 32];

/// The deepest tree: `u32` chunk indexes.
pub const MAX_DEPTH: usize = 32;

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

/// The root over chunks; `None` for no chunks.
pub fn root<'a>(chunks: impl IntoIterator<Item = &'a [u8]>) -> Option<Hash256> {
	let leaves: Vec<Hash256> = chunks.into_iter().map(leaf_hash).collect();
	root_of_leaves(&leaves)
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

/// Whether `chunk` is chunk `index` of `leaf_count` under `root`, by `siblings`.
pub fn verify(
	root: &Hash256,
	chunk: &[u8],
	index: u32,
	leaf_count: u32,
	siblings: &[Hash256],
) -> bool {
	verify_leaf(root, leaf_hash(chunk), index, leaf_count, siblings)
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
	let (mut i, mut n) = (index as u64, leaf_count as u64);
	let mut hash = leaf;
	let mut next = siblings.iter();
	while n > 1 {
		let promoted = i % 2 == 0 && i == n - 1;
		if !promoted {
			let Some(sibling) = next.next() else { return false };
			hash = if i % 2 == 0 { node_hash(&hash, sibling) } else { node_hash(sibling, &hash) };
		}
		i /= 2;
		n = n.div_ceil(2);
	}
	next.next().is_none() && &hash == root
}

#[cfg(test)]
mod tests {
	use super::*;

	fn chunks(n: usize) -> Vec<Vec<u8>> {
		(0..n).map(|i| alloc::format!("chunk {i}").into_bytes()).collect()
	}

	#[test]
	fn single_chunk_root_is_its_leaf() {
		assert_eq!(root([&b"only"[..]]), Some(leaf_hash(b"only")));
		assert_eq!(proof(&[leaf_hash(b"only")], 0), Some(vec![]));
		assert!(verify(&leaf_hash(b"only"), b"only", 0, 1, &[]));
		assert_eq!(root(core::iter::empty::<&[u8]>()), None);
	}

	#[test]
	fn three_chunks_promote_the_last() {
		let c = chunks(3);
		let l: Vec<_> = c.iter().map(|c| leaf_hash(c)).collect();
		let expected = node_hash(&node_hash(&l[0], &l[1]), &l[2]);
		assert_eq!(root(c.iter().map(|c| c.as_slice())), Some(expected));
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
				assert!(verify(&r, chunk, i as u32, n as u32, &p), "n={n} i={i}");
				assert!(!verify(&r, b"forged", i as u32, n as u32, &p));
				if n > 1 {
					let other = (i + 1) % n;
					assert!(
						!verify(&r, &c[i], other as u32, n as u32, &p),
						"wrong index n={n} i={i}"
					);
					assert!(!verify(&r, &c[i], i as u32, n as u32, &p[..p.len() - 1]));
					let mut longer = p.clone();
					longer.push([0; 32]);
					assert!(!verify(&r, chunk, i as u32, n as u32, &longer));
				}
				assert!(!verify(&r, chunk, i as u32 + n as u32, n as u32, &p));
			}
			assert_eq!(proof(&leaves, n as u32), None);
		}
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
		let json = include_str!("../test-vectors/merkle.json");
		let v: serde_json::Value = serde_json::from_str(json).unwrap();
		for case in v["cases"].as_array().unwrap() {
			let chunks: Vec<Vec<u8>> = case["chunks"]
				.as_array()
				.unwrap()
				.iter()
				.map(|h| hex(h.as_str().unwrap()))
				.collect();
			let leaves: Vec<_> = chunks.iter().map(|c| leaf_hash(c)).collect();
			let r = root_of_leaves(&leaves).unwrap();
			assert_eq!(alloc::format!("0x{}", to_hex(&r)), case["root"].as_str().unwrap());
			for p in case["proofs"].as_array().unwrap() {
				let index = p["index"].as_u64().unwrap() as u32;
				let siblings: Vec<Hash256> = p["siblings"]
					.as_array()
					.unwrap()
					.iter()
					.map(|h| hex(h.as_str().unwrap()).try_into().unwrap())
					.collect();
				assert_eq!(proof(&leaves, index).unwrap(), siblings);
				assert!(verify(&r, &chunks[index as usize], index, chunks.len() as u32, &siblings));
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
