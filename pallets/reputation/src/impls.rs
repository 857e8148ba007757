//! Recording and reading scores.
use super::*;
use datdot_primitives::{
	traits::{Outcome, ReputationOf, ReputationSink},
	Role,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{Saturating, UniqueSaturatedInto, Zero};

impl<T: Config> Pallet<T> {
	/// `evidence` decayed up to `now`.
	pub fn decay_to(
		evidence: &Evidence<BlockNumberFor<T>>,
		now: BlockNumberFor<T>,
	) -> Evidence<BlockNumberFor<T>> {
		let period = DecayPeriod::<T>::get();
		if period.is_zero() {
			return evidence.clone();
		}
		let elapsed = now.saturating_sub(evidence.updated);
		let periods: u32 = (elapsed / period).unique_saturated_into();
		let decay = Decay::<T>::get();
		Evidence {
			alpha: rule::decayed(evidence.alpha, decay, periods),
			beta: rule::decayed(evidence.beta, decay, periods),
			// Keep the remainder of a started period for the next reading.
			updated: evidence.updated.saturating_add(period.saturating_mul(periods.into())),
		}
	}

	/// Records a client's rating of a worker (see `rate`).
	pub(crate) fn do_rate(worker: &T::AccountId, stars: u8) {
		let outcome = match stars {
			5 => Some(Outcome::Success(2)),
			4 => Some(Outcome::Success(1)),
			2 => Some(Outcome::Failure(1)),
			1 => Some(Outcome::Failure(2)),
			_ => None,
		};
		if let Some(outcome) = outcome {
			<Self as ReputationSink<T::AccountId>>::record(worker, Role::Worker, outcome);
		}
	}

	/// Invariant: no evidence is dated in the future.
	#[cfg(any(feature = "try-runtime", feature = "std", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		for (_, _, e) in Scores::<T>::iter() {
			frame_support::ensure!(e.updated <= now, "evidence dated in the future");
		}
		Ok(())
	}
}

impl<T: Config> ReputationSink<T::AccountId> for Pallet<T> {
	fn record(who: &T::AccountId, role: Role, outcome: Outcome) {
		let now = frame_system::Pallet::<T>::block_number();
		let mut e = Scores::<T>::get(who, role)
			.map(|e| Self::decay_to(&e, now))
			.unwrap_or(Evidence { alpha: 0, beta: 0, updated: now });
		match outcome {
			Outcome::Success(w) => {
				e.alpha = e.alpha.saturating_add(rule::UNIT.saturating_mul(w.into()))
			}
			Outcome::Failure(w) => {
				e.beta = e.beta.saturating_add(rule::UNIT.saturating_mul(w.into()))
			}
		}
		let score = rule::score(e.alpha, e.beta);
		Scores::<T>::insert(who, role, e);
		Self::deposit_event(Event::ReputationChanged { who: who.clone(), role, score });
	}
}

impl<T: Config> ReputationOf<T::AccountId> for Pallet<T> {
	fn reputation(who: &T::AccountId, role: Role) -> u32 {
		let now = frame_system::Pallet::<T>::block_number();
		Scores::<T>::get(who, role)
			.map(|e| {
				let e = Self::decay_to(&e, now);
				rule::score(e.alpha, e.beta)
			})
			.unwrap_or(rule::NEUTRAL)
	}
}
