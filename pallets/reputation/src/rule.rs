//! The reputation arithmetic, free of storage so the runtime, benchmarks and tools
//! share it (see the crate docs for the rule).
use sp_runtime::Perbill;

/// Evidence units per unit of outcome weight.
pub const UNIT: u64 = 1000;
/// The score of no evidence.
pub const NEUTRAL: u32 = 500;
/// The highest score.
pub const MAX_SCORE: u32 = 1000;
/// Past this many periods the evidence is treated as fully decayed (`decay^64` is
/// negligible for any decay below 90%, and bounding it bounds the work).
pub const MAX_DECAY_STEPS: u32 = 64;

/// `value · decay^periods`, computed in at most [`MAX_DECAY_STEPS`] steps.
pub fn decayed(value: u64, decay: Perbill, periods: u32) -> u64 {
	if periods >= MAX_DECAY_STEPS {
		return if decay == Perbill::one() { value } else { 0 };
	}
	(0..periods).fold(value, |v, _| decay * v)
}

/// The score of `(alpha, beta)` evidence: `1000 · (α + 1000) / (α + β + 2000)`.
pub fn score(alpha: u64, beta: u64) -> u32 {
	let num = (alpha as u128 + UNIT as u128) * MAX_SCORE as u128;
	let den = alpha as u128 + beta as u128 + 2 * UNIT as u128;
	(num / den) as u32
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn no_evidence_is_neutral() {
		assert_eq!(score(0, 0), NEUTRAL);
	}

	#[test]
	fn evidence_moves_the_score_and_stays_in_range() {
		assert_eq!(score(UNIT, 0), 666);
		assert_eq!(score(0, UNIT), 333);
		assert_eq!(score(10 * UNIT, 0), 916);
		assert!(score(u64::MAX, 0) <= MAX_SCORE);
		assert!(score(0, u64::MAX) < 1);
	}

	#[test]
	fn decay_fades_evidence() {
		let half = Perbill::from_percent(50);
		assert_eq!(decayed(1000, half, 0), 1000);
		assert_eq!(decayed(1000, half, 1), 500);
		assert_eq!(decayed(1000, half, 3), 125);
		assert_eq!(decayed(1000, half, 1000), 0);
		assert_eq!(decayed(1000, Perbill::one(), 1000), 1000);
	}
}
