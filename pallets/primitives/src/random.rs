//! Deterministic draws from a 32-byte seed, shared by the pallets that pick chunks or
//! blocks at random (proofs of storage, performance benchmarks).
use alloc::vec::Vec;
use codec::Encode;

/// The first four bytes of `h` as a number.
fn word(h: &[u8; 32]) -> u32 {
	u32::from_le_bytes([h[0], h[1], h[2], h[3]])
}

/// Up to `wanted` chunk indexes in `start..end` (at most one per chunk of the range),
/// the `i`th from `BLAKE2b-256(seed ‖ i)`. Repeats are possible, as with independent
/// draws.
pub fn chunk_indexes(seed: &[u8; 32], wanted: u32, start: u32, end: u32) -> Vec<u32> {
	let span = end.saturating_sub(start).max(1);
	(0..wanted.min(span))
		.map(|i| start + word(&sp_crypto_hashing::blake2_256(&(seed, i).encode())) % span)
		.collect()
}

/// A block offset in `1..=period` from the hash of `subject`: spreads periodic work
/// (challenges, benchmarks) over the blocks of a period.
pub fn offset_in_period(subject: &impl Encode, period: u32) -> u32 {
	1 + word(&sp_crypto_hashing::blake2_256(&subject.encode())) % period.max(1)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn indexes_stay_in_range_and_follow_the_seed() {
		let a = chunk_indexes(&[1; 32], 8, 100, 110);
		assert_eq!(a.len(), 8);
		assert!(a.iter().all(|i| (100..110).contains(i)));
		assert_eq!(a, chunk_indexes(&[1; 32], 8, 100, 110));
		assert_ne!(a, chunk_indexes(&[2; 32], 8, 100, 110));
		assert_eq!(chunk_indexes(&[1; 32], 8, 5, 7).len(), 2, "at most one per chunk");
	}

	#[test]
	fn offsets_fall_in_the_period() {
		for n in 0..100u32 {
			assert!((1..=20).contains(&offset_in_period(&n, 20)));
		}
		assert_eq!(offset_in_period(&7u32, 0), 1);
	}
}
