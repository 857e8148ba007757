//! Chunk frames: how a chunk travels with its Merkle proof between a source, a hoster
//! and an attestor, and how a hoster's node keeps it ([`crate::chunk_store`]).
//!
//! A frame is `u32 LE chunk length ‖ chunk ‖ u8 sibling count ‖ 32-byte siblings`
//! (siblings as [`crate::merkle::proof`] lists them). A data source serves the frame
//! of chunk `i` at `GET {source}/{i}`; a hoster's node serves it raw on its data plane
//! (`GET /chunk/<root>/<i>`, and ranges of frames back to back, [`split`] cuts them
//! apart) and its hex as the result of the JSON-RPC method `datdot_chunk(root, i)`.
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

/// The longest frame of a chunk of at most `chunk_size` bytes: its length, the chunk, the
/// sibling count and a path of the deepest tree a proof may carry.
pub fn max_len(chunk_size: u32) -> usize {
	5 + chunk_size as usize + 32 * merkle::MAX_DEPTH
}

/// Cuts frames sent back to back (a hoster's range answer) apart, in order; stops at
/// the first one that is cut short. Each is checked by the caller like any frame.
pub fn split(mut buf: &[u8]) -> Vec<&[u8]> {
	let mut out = Vec::new();
	while let Some(len) = buf.get(0..4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])) {
		let Some(count_at) = 4usize.checked_add(len as usize) else { break };
		let Some(count) = buf.get(count_at) else { break };
		let end = count_at + 1 + 32 * *count as usize;
		let Some(frame) = buf.get(..end) else { break };
		out.push(frame);
		buf = &buf[end..];
	}
	out
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

	#[test]
	fn frames_sent_back_to_back_are_cut_apart_and_a_short_tail_is_dropped() {
		let chunks: Vec<Vec<u8>> = (0..3u8).map(|i| alloc::vec![i; 16 + i as usize]).collect();
		let leaves: Vec<_> = chunks.iter().map(|c| merkle::leaf_hash(c)).collect();
		let framed: Vec<Vec<u8>> = (0..3u32)
			.map(|i| encode(&chunks[i as usize], &merkle::proof(&leaves, i).unwrap()))
			.collect();
		let all = framed.concat();
		assert_eq!(split(&all), framed.iter().map(|f| &f[..]).collect::<Vec<_>>());
		for cut in 0..all.len() {
			let whole = split(&all[..cut]);
			assert!(whole.len() <= 3 && whole.iter().zip(&framed).all(|(a, b)| *a == &b[..]));
		}
		assert!(split(&[255, 255, 255, 255, 0, 0]).is_empty(), "a length past the end");
		assert!(split(&[]).is_empty());
		assert!(framed.iter().all(|f| f.len() <= max_len(18)));
	}
}
