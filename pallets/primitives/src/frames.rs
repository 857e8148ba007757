//! Chunk frames: how a chunk travels with its Merkle proof between a source, a hoster
//! and an attestor, and how a hoster's node keeps it ([`crate::chunk_store`]).
//!
//! A frame is `u32 LE chunk length ‖ chunk ‖ u8 sibling count ‖ 32-byte siblings`
//! (siblings as [`crate::merkle::proof`] lists them). A data source serves the frame
//! of chunk `i` at `GET {source}/{i}`; a hoster's node serves its hex as the result of
//! the JSON-RPC method `datdot_chunk(root, i)`.
use crate::merkle;
use alloc::vec::Vec;

/// Encodes a frame.
pub fn encode(chunk: &[u8], siblings: &[[u8; 32]]) -> Vec<u8> {
	let mut out = Vec::with_capacity(5 + chunk.len() + 32 * siblings.len());
	out.extend_from_slice(&(chunk.len() as u32).to_le_bytes());
	out.extend_from_slice(chunk);
	out.push(siblings.len() as u8);
	for s in siblings {
		out.extend_from_slice(s);
	}
	out
}

/// Decodes a frame into the chunk and its siblings; `None` if malformed.
pub fn decode(frame: &[u8]) -> Option<(Vec<u8>, Vec<[u8; 32]>)> {
	let len = u32::from_le_bytes(frame.get(0..4)?.try_into().ok()?) as usize;
	let end = 4usize.checked_add(len)?;
	let chunk = frame.get(4..end)?.to_vec();
	let count = *frame.get(end)? as usize;
	let rest = frame.get(end + 1..)?;
	if rest.len() != 32 * count {
		return None;
	}
	let siblings = rest
		.chunks_exact(32)
		.map(|s| {
			let mut h = [0u8; 32];
			h.copy_from_slice(s);
			h
		})
		.collect();
	Some((chunk, siblings))
}

/// What a frame says about chunk `index` of a data set.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FrameCheck {
	/// The chunk is part of the data set and no longer than declared.
	Valid,
	/// The chunk is part of the data set (its path leads to the root) but longer than
	/// the declared chunk size: the data set itself breaks its plan's terms, which is
	/// the sponsor's doing, not the server's.
	Oversized,
	/// Malformed, or not the data set's chunk `index`.
	Invalid,
}

/// Checks `frame` as chunk `index` of `count` chunks of `chunk_size` bytes under `root`.
pub fn check(frame: &[u8], root: &[u8; 32], index: u32, count: u32, chunk_size: u32) -> FrameCheck {
	match decode(frame) {
		Some((chunk, siblings))
			if merkle::verify(root, &chunk, chunk_size, index, count, &siblings) =>
		{
			if chunk.len() <= chunk_size as usize {
				FrameCheck::Valid
			} else {
				FrameCheck::Oversized
			}
		}
		_ => FrameCheck::Invalid,
	}
}

/// Whether `frame` carries chunk `index` of `count` chunks under `root`, no longer than
/// the data set's declared `chunk_size`: a chunk longer than declared could not be put
/// in a proof and would escape the hosters' capacity accounting, so it is never kept.
pub fn verifies(frame: &[u8], root: &[u8; 32], index: u32, count: u32, chunk_size: u32) -> bool {
	check(frame, root, index, count, chunk_size) == FrameCheck::Valid
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn frames_round_trip_and_verify() {
		let chunks: Vec<Vec<u8>> = (0..5u8).map(|i| alloc::vec![i; 16]).collect();
		let leaves: Vec<_> = chunks.iter().map(|c| merkle::leaf_hash(c)).collect();
		let root = merkle::root_of_leaves(&leaves).unwrap();
		for (i, c) in chunks.iter().enumerate() {
			let siblings = merkle::proof(&leaves, i as u32).unwrap();
			let frame = encode(c, &siblings);
			assert_eq!(decode(&frame), Some((c.clone(), siblings)));
			assert!(verifies(&frame, &root, i as u32, 5, 16));
			assert!(!verifies(&frame, &root, i as u32, 5, 15), "longer than declared");
			assert_eq!(check(&frame, &root, i as u32, 5, 15), FrameCheck::Oversized);
			assert_eq!(check(&frame, &root, i as u32, 5, 16), FrameCheck::Valid);
			assert_eq!(
				check(&frame, &root, (i as u32 + 1) % 5, 5, 15),
				FrameCheck::Invalid,
				"oversized only when the path holds"
			);
			assert!(!verifies(&frame, &root, (i as u32 + 1) % 5, 5, 16));
			let mut bad = frame.clone();
			bad[5] ^= 1;
			assert!(!verifies(&bad, &root, i as u32, 5, 16));
			assert!(decode(&frame[..frame.len() - 1]).is_none());
		}
		assert!(decode(&[1, 0, 0]).is_none());
		assert!(decode(&[255, 255, 255, 255, 0]).is_none());
	}
}
