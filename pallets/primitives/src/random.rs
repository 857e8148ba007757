//! Deterministic draws from a 32-byte seed, shared by the pallets that pick chunks or
//! blocks at random (proofs of storage, performance benchmarks).
use alloc::vec::Vec;
use codec::Encode;

/// The first four bytes of `h` as a number.
fn word(h: &[u8; 32]) -> u32 {
	u32::from_le_bytes([h[0], h[1], h[2], h[3]])
}

/// The `i`th number in `0..n` from `seed` (0 when `n` is 0): 128 bits of
/// `BLAKE2b-256(b"below" ‖ seed ‖ i)` reduced mod `n`, a bias below 2^-64 for any `n`.
pub fn below(seed: &[u8; 32], i: u32, n: u64) -> u64 {
	if n == 0 {
		return 0;
	}
	let h = sp_crypto_hashing::blake2_256(&(b"below", seed, i).encode());
	let mut wide = [0u8; 16];
	wide.copy_from_slice(&h[..16]);
	(u128::from_le_bytes(wide) % n as u128) as u64
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

/// For each of `count` asked chunks, one of its `segments` segments, uniformly: with the
/// chunk drawn uniformly too, every segment of the hosting is equally likely.
pub fn segment_indexes(seed: &[u8; 32], count: u32, segments: u32) -> Vec<u32> {
	let segments = segments.max(1);
	(0..count)
		.map(|i| word(&sp_crypto_hashing::blake2_256(&(b"segment", seed, i).encode())) % segments)
		.collect()
}

/// Members drawn independently at random: up to `count` distinct indexes in
/// `0..population` that `accept` takes, the `n`th try at `BLAKE2b-256(seed ‖ n)`. Every
/// member is equally likely on every try, so a block of members registered one after
/// another is no likelier to be drawn together than any other set (a window of
/// consecutive indexes would hand `k` Sybils in a row a whole committee with
/// probability about `k/N`, not `(k/N)^count`).
///
/// The work is bounded by what is drawn, never by the population: at most
/// `DRAW_TRIES_PER_MEMBER × count + DRAW_TRIES_PER_MEMBER` tries, each checking the
/// earlier tries. When too few members are acceptable to be found that way, the draw
/// returns fewer than `count`.
pub fn draw_members(
	seed: &[u8; 32],
	population: u32,
	count: u32,
	accept: impl FnMut(u32) -> bool,
) -> Vec<u32> {
	let tries = count.saturating_add(1).saturating_mul(DRAW_TRIES_PER_MEMBER);
	draw_members_within(seed, population, count, tries, accept)
}

/// [`draw_members`] with at most `tries` tries.
pub fn draw_members_within(
	seed: &[u8; 32],
	population: u32,
	count: u32,
	tries: u32,
	mut accept: impl FnMut(u32) -> bool,
) -> Vec<u32> {
	let mut picked: Vec<u32> = Vec::new();
	if population == 0 || count == 0 {
		return picked;
	}
	let mut tried: Vec<u32> = Vec::new();
	for n in 0..tries {
		if picked.len() as u32 >= count || tried.len() as u32 >= population {
			break;
		}
		let index = word(&sp_crypto_hashing::blake2_256(&(seed, n).encode())) % population;
		if tried.contains(&index) {
			continue;
		}
		tried.push(index);
		if accept(index) {
			picked.push(index);
		}
	}
	picked
}

/// Tries per wanted member in [`draw_members`]: with half the population acceptable,
/// 16 tries miss a member with probability 2⁻¹⁶.
pub const DRAW_TRIES_PER_MEMBER: u32 = 16;

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
	fn members_are_drawn_distinct_acceptable_and_bounded() {
		for population in 1..40u32 {
			for count in 0..5u32 {
				let d = draw_members(&[population as u8; 32], population, count, |i| i % 3 != 0);
				assert!(d.len() as u32 <= count);
				assert!(d.iter().all(|i| *i < population && i % 3 != 0));
				let mut sorted = d.clone();
				sorted.sort();
				sorted.dedup();
				assert_eq!(sorted.len(), d.len(), "distinct");
			}
		}
		// With enough acceptable members, the draw is full.
		assert_eq!(draw_members(&[9; 32], 10_000, 3, |_| true).len(), 3);
		// Its cost follows what is drawn: a population of millions is asked a bounded
		// number of times.
		let mut asked = 0;
		let d = draw_members(&[9; 32], 5_000_000, 3, |_| {
			asked += 1;
			false
		});
		assert!(d.is_empty());
		assert!(asked <= 4 * DRAW_TRIES_PER_MEMBER);
		assert!(draw_members(&[0; 32], 0, 3, |_| true).is_empty());
	}

	#[test]
	fn a_row_of_members_is_not_drawn_together_more_than_by_chance() {
		// 1,000 members, 30 in a row (indexes 500..530): how often do they hold two of
		// three seats? By chance about 3 · (0.03)² ≈ 0.26 %; a window of consecutive
		// indexes would give them ~3 %.
		let mut captured = 0;
		for s in 0..10_000u32 {
			let seed = sp_crypto_hashing::blake2_256(&s.encode());
			let d = draw_members(&seed, 1_000, 3, |_| true);
			if d.iter().filter(|i| (500..530).contains(*i)).count() >= 2 {
				captured += 1;
			}
		}
		assert!(captured < 60, "captured {captured} of 10,000 committees");
	}

	#[test]
	fn offsets_fall_in_the_period() {
		for n in 0..100u32 {
			assert!((1..=20).contains(&offset_in_period(&n, 20)));
		}
		assert_eq!(offset_in_period(&7u32, 0), 1);
	}
}
