//! The pure rules of hosting, shared by the runtime (which re-checks every report),
//! the attestors' off-chain workers (which compute the match) and the benchmarks.
//!
//! # Cutting a plan into contracts
//! Each chunk range `start..end` of a plan is cut into contracts of at most
//! `chunks_per_contract` chunks: `start..start+k`, `start+k..start+2k`, …, in range
//! order. A contract is the unit that hosters store, prove and are paid for.
//!
//! # The matching rule
//! Given a round's `seed` (32 bytes from the chain's randomness and the round id) and
//! the eligible hosters, every attestor ranks each hoster by
//! `BLAKE2b-256(seed ‖ SCALE(account))`, ascending (ties — impossible in practice —
//! broken by the account's encoding), and takes the first `replication`. Eligible
//! means: holds the Hoster role and is `Available`, has free declared storage for the
//! contract, serves the plan's region, has reputation ≥ the plan's minimum, is not
//! the plan's sponsor, and is not already hosting the contract. Because the rule is
//! deterministic, honest attestors submit identical reports, and the runtime applies
//! a report once `MatchThreshold` identical ones arrive.
use alloc::vec::Vec;
use codec::Encode;

/// A contract's chunk range within data set `dataset`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Cut {
	/// Index of the data set in the plan.
	pub dataset: u32,
	/// First chunk.
	pub start: u32,
	/// One past the last chunk.
	pub end: u32,
}

/// Cuts `ranges` (`(dataset, start, end)`) into contracts of at most `per_contract`
/// chunks. Empty ranges produce nothing.
pub fn cut(ranges: impl IntoIterator<Item = (u32, u32, u32)>, per_contract: u32) -> Vec<Cut> {
	let per_contract = per_contract.max(1);
	let mut out = Vec::new();
	for (dataset, start, end) in ranges {
		let mut at = start;
		while at < end {
			let stop = at.saturating_add(per_contract).min(end);
			out.push(Cut { dataset, start: at, end: stop });
			at = stop;
		}
	}
	out
}

/// How many contracts [`cut`] makes of `ranges`, without making them: O(ranges), so a
/// plan of billions of chunks costs nothing to refuse.
pub fn contract_count(ranges: impl IntoIterator<Item = (u32, u32, u32)>, per_contract: u32) -> u64 {
	let per_contract = per_contract.max(1) as u64;
	ranges
		.into_iter()
		.map(|(_, start, end)| (end.saturating_sub(start) as u64).div_ceil(per_contract))
		.sum()
}

/// The rank of `who` in a round with `seed`: lower is chosen first.
pub fn rank<AccountId: Encode>(seed: &[u8; 32], who: &AccountId) -> [u8; 32] {
	let mut data = seed.to_vec();
	who.using_encoded(|b| data.extend_from_slice(b));
	sp_crypto_hashing::blake2_256(&data)
}

/// The first `count` of `candidates` by [`rank`]; duplicates count once.
pub fn select<AccountId: Encode + Clone + Ord>(
	seed: &[u8; 32],
	candidates: impl IntoIterator<Item = AccountId>,
	count: usize,
) -> Vec<AccountId> {
	let mut ranked: Vec<([u8; 32], AccountId)> =
		candidates.into_iter().map(|a| (rank(seed, &a), a)).collect();
	ranked.sort();
	ranked.dedup_by(|a, b| a.1 == b.1);
	ranked.into_iter().take(count).map(|(_, a)| a).collect()
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn contract_count_matches_cut() {
		for ranges in [
			alloc::vec![(0, 0, 10)],
			alloc::vec![(0, 0, 8), (1, 3, 3), (1, 5, 17)],
			alloc::vec![(0, 7, 8), (0, 0, 1)],
		] {
			for per in [1, 3, 4, 64] {
				assert_eq!(
					contract_count(ranges.iter().copied(), per),
					cut(ranges.iter().copied(), per).len() as u64
				);
			}
		}
		assert_eq!(contract_count([(0, 0, u32::MAX)], 64), (u32::MAX as u64).div_ceil(64));
	}

	#[test]
	fn ranges_are_cut_in_order() {
		let cuts = cut([(0, 0, 10), (1, 5, 7), (0, 3, 3)], 4);
		assert_eq!(
			cuts,
			vec![
				Cut { dataset: 0, start: 0, end: 4 },
				Cut { dataset: 0, start: 4, end: 8 },
				Cut { dataset: 0, start: 8, end: 10 },
				Cut { dataset: 1, start: 5, end: 7 },
			]
		);
		assert_eq!(cut([(0, 0, 3)], 0).len(), 3);
	}

	#[test]
	fn selection_is_deterministic_and_seed_dependent() {
		let candidates: Vec<u64> = (1..=20).collect();
		let a = select(&[1; 32], candidates.clone(), 3);
		let b = select(&[1; 32], candidates.iter().rev().cloned(), 3);
		assert_eq!(a, b, "the order of candidates does not matter");
		assert_eq!(a.len(), 3);
		let c = select(&[2; 32], candidates.clone(), 3);
		assert_ne!(a, c, "another seed, another match");
		assert_eq!(select(&[1; 32], vec![5u64, 5, 5], 3), vec![5]);
	}
}
