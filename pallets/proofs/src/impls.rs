//! Scheduling challenges, checking responses, paying proven periods and handling faults.
use super::*;
use codec::Encode;
use datdot_primitives::{
	merkle, random,
	schedule::first_with_room,
	traits::{
		EscrowManager, HostingInspect, HostingObserver, Outcome, PlanInspect, ProfileProvider,
		ProviderStakes, ReputationSink,
	},
	OcwPublic, Role,
};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::Mutate, tokens::Preservation, Randomness},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{Saturating, UniqueSaturatedInto, Zero},
	transaction_validity::{InvalidTransaction, TransactionValidityError, ValidTransaction},
	RuntimeAppPublic, SaturatedConversion,
};

/// Priority of responses: above ordinary transfers, so proofs keep pace.
const RESPONSE_PRIORITY: u64 = 1 << 20;
/// How many blocks past the wanted one a schedule entry may move when that block is full.
const SCHEDULE_SEARCH: u32 = 32;

impl<T: Config> Pallet<T> {
	fn schedule_due(at: BlockNumberFor<T>, contract: ContractId, hoster: &T::AccountId) {
		let placed = first_with_room(at, SCHEDULE_SEARCH, |b| {
			Due::<T>::try_mutate(b, |list| list.try_push((contract, hoster.clone()))).is_ok()
		});
		if placed.is_none() {
			log::warn!(target: "runtime::proofs", "no room to schedule contract {} near {:?}", contract, at);
		}
	}

	/// Opens a challenge of `hoster`'s copy of `contract`, with chunk indexes drawn from
	/// the chain's randomness.
	pub(crate) fn open_challenge(
		contract: ContractId,
		hoster: &T::AccountId,
		now: BlockNumberFor<T>,
	) -> Result<ChallengeId, Error<T>> {
		let hosting = T::Hosting::hosting(contract, hoster).ok_or(Error::<T>::NoSuchHosting)?;
		let params = Parameters::<T>::get();
		let id = NextChallengeId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deadline = first_with_room(now.saturating_add(params.window), SCHEDULE_SEARCH, |b| {
			Deadlines::<T>::try_mutate(b, |list| list.try_push(id)).is_ok()
		})
		.ok_or(Error::<T>::TooManyChallenges)?;
		let (random, _) = T::Randomness::random(&(b"datdot/challenge", id).encode());
		let seed = sp_io::hashing::blake2_256(&(random, id, contract, hoster).encode());
		let wanted = params.indexes.min(T::MaxIndexes::get());
		let indexes = BoundedVec::truncate_from(random::chunk_indexes(
			&seed,
			wanted,
			hosting.start,
			hosting.end,
		));
		NextChallengeId::<T>::put(next);
		Challenges::<T>::insert(
			id,
			Challenge { hoster: hoster.clone(), contract, indexes: indexes.clone(), deadline },
		);
		Self::deposit_event(Event::ProvideProofOfStorage {
			challenge: id,
			hoster: hoster.clone(),
			contract,
			indexes,
			deadline,
		});
		Ok(id)
	}

	/// Challenges the hostings due at `now` and schedules each one period later.
	pub(crate) fn challenge_due(now: BlockNumberFor<T>) -> Weight {
		let due = Due::<T>::take(now);
		let n = due.len() as u32;
		let period = Parameters::<T>::get().period;
		for (contract, hoster) in due {
			if !Ledger::<T>::contains_key(contract, &hoster) {
				continue; // ended since
			}
			match Self::open_challenge(contract, &hoster, now) {
				Ok(_) => Self::schedule_due(now.saturating_add(period), contract, &hoster),
				Err(Error::<T>::NoSuchHosting) => Ledger::<T>::remove(contract, &hoster),
				Err(e) => {
					log::warn!(target: "runtime::proofs", "challenge of {} delayed: {:?}", contract, e);
					Self::schedule_due(now.saturating_add(1u32.into()), contract, &hoster);
				}
			}
		}
		T::WeightInfo::on_initialize_challenge(n)
	}

	/// Unanswered challenges whose deadline passed are faults.
	pub(crate) fn expire(now: BlockNumberFor<T>) -> Weight {
		let due = Deadlines::<T>::take(now);
		let n = due.len() as u32;
		for id in due {
			if let Some(challenge) = Challenges::<T>::take(id) {
				Self::fault(id, &challenge);
			}
		}
		T::WeightInfo::on_initialize_fault(n)
	}

	/// A wrong, late or missing proof: reputation down, the stake slashed by the step of
	/// this fault, and after `max_faults` in a row the hosting repaired elsewhere.
	fn fault(id: ChallengeId, challenge: &Challenge<T>) {
		let Some((paid_until, faults)) = Ledger::<T>::get(challenge.contract, &challenge.hoster)
		else {
			return; // the hosting ended meanwhile
		};
		let params = Parameters::<T>::get();
		let faults = faults.saturating_add(1);
		let step = (faults as usize).saturating_sub(1).min(params.slashes.len() - 1);
		T::Stakes::slash(&challenge.hoster, Role::Hoster, params.slashes[step]);
		T::Reputation::record(&challenge.hoster, Role::Hoster, Outcome::Failure(2));
		Self::deposit_event(Event::Fault {
			challenge: id,
			hoster: challenge.hoster.clone(),
			contract: challenge.contract,
			faults,
		});
		if faults >= params.max_faults {
			Ledger::<T>::remove(challenge.contract, &challenge.hoster);
			T::Hosting::repair(challenge.contract, &challenge.hoster);
		} else {
			Ledger::<T>::insert(challenge.contract, &challenge.hoster, (paid_until, faults));
		}
	}

	pub(crate) fn do_request(
		who: T::AccountId,
		contract: ContractId,
		hoster: T::AccountId,
	) -> DispatchResult {
		ensure!(Ledger::<T>::contains_key(contract, &hoster), Error::<T>::NoSuchHosting);
		let fee = Parameters::<T>::get().request_fee;
		if !fee.is_zero() {
			T::Currency::transfer(&who, &T::Treasury::get(), fee, Preservation::Preserve)
				.map_err(|_| Error::<T>::InsufficientBalance)?;
		}
		let now = frame_system::Pallet::<T>::block_number();
		Self::open_challenge(contract, &hoster, now)?;
		Ok(())
	}

	/// The hoster whose key signed `response`, if the signature verifies and the key is
	/// the challenged hoster's.
	pub(crate) fn check_response(
		response: &Response<T>,
		signature: &<OcwPublic as RuntimeAppPublic>::Signature,
	) -> Result<T::AccountId, Error<T>> {
		ensure!(response.signer.verify(&response.encode(), signature), Error::<T>::BadSignature);
		let who =
			T::Profiles::owner_of_ocw_key(&response.signer).ok_or(Error::<T>::NotChallenged)?;
		let challenge =
			Challenges::<T>::get(response.challenge).ok_or(Error::<T>::ChallengeNotFound)?;
		ensure!(challenge.hoster == who, Error::<T>::NotChallenged);
		ensure!(
			frame_system::Pallet::<T>::block_number() <= challenge.deadline,
			Error::<T>::TooLate
		);
		Ok(who)
	}

	/// Pool check of a response: a valid signature of the challenged hoster on an open
	/// challenge. Duplicates share a `provides` tag, so one enters the pool.
	pub(crate) fn authorize_response(
		response: &Response<T>,
		signature: &<OcwPublic as RuntimeAppPublic>::Signature,
	) -> Result<(ValidTransaction, Weight), TransactionValidityError> {
		let who = Self::check_response(response, signature).map_err(|e| {
			TransactionValidityError::Invalid(match e {
				Error::<T>::BadSignature => InvalidTransaction::BadProof,
				Error::<T>::ChallengeNotFound | Error::<T>::TooLate => InvalidTransaction::Stale,
				_ => InvalidTransaction::BadSigner,
			})
		})?;
		let deadline =
			Challenges::<T>::get(response.challenge).map(|c| c.deadline).unwrap_or_default();
		let now = frame_system::Pallet::<T>::block_number();
		let longevity: u64 = deadline.saturating_sub(now).saturated_into();
		let valid = ValidTransaction::with_tag_prefix("DatdotProof")
			.priority(RESPONSE_PRIORITY)
			.and_provides((response.challenge, who))
			.longevity(longevity.max(1))
			.propagate(true)
			.build()?;
		Ok((valid, Weight::zero()))
	}

	/// Verifies every proof against the data set's root; pays the period proven, or
	/// records a fault. The challenge closes either way: it is answered once.
	pub(crate) fn do_response(hoster: T::AccountId, response: Response<T>) -> DispatchResult {
		let challenge =
			Challenges::<T>::take(response.challenge).ok_or(Error::<T>::ChallengeNotFound)?;
		let Some(hosting) = T::Hosting::hosting(challenge.contract, &hoster) else {
			// The hosting ended since: nothing to prove any more.
			return Ok(());
		};
		let valid = response.proofs.len() == challenge.indexes.len()
			&& challenge.indexes.iter().zip(response.proofs.iter()).all(|(index, proof)| {
				merkle::verify(&hosting.root, &proof.chunk, *index, hosting.leaves, &proof.siblings)
			});
		if !valid {
			Self::fault(response.challenge, &challenge);
			return Ok(());
		}
		let now = frame_system::Pallet::<T>::block_number();
		let (paid_until, _) = Ledger::<T>::get(challenge.contract, &hoster).unwrap_or((now, 0));
		let mut paid = Zero::zero();
		if let Some(plan) = T::Plans::plan(hosting.plan) {
			let blocks: u128 = now.saturating_sub(paid_until).unique_saturated_into();
			let chunks = hosting.end.saturating_sub(hosting.start) as u128;
			let amount: BalanceOf<T> =
				plan.price.saturating_mul(chunks).saturating_mul(blocks).saturated_into();
			if !amount.is_zero() {
				match T::Escrow::pay(plan.escrow, &hoster, amount) {
					Ok(net) => paid = net,
					Err(e) => {
						log::warn!(target: "runtime::proofs", "plan {} cannot pay: {:?}", hosting.plan, e)
					}
				}
			}
		}
		Ledger::<T>::insert(challenge.contract, &hoster, (now, 0));
		T::Reputation::record(&hoster, Role::Hoster, Outcome::Success(1));
		Self::deposit_event(Event::ProofAccepted { challenge: response.challenge, hoster, paid });
		Ok(())
	}

	/// Invariants: every open challenge has its deadline listed and is of a hosting on
	/// the ledger or one that ended; no ledger entry has more faults than allowed.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		for (id, c) in Challenges::<T>::iter() {
			ensure!(id < NextChallengeId::<T>::get(), "a challenge id not yet issued");
			ensure!(Deadlines::<T>::get(c.deadline).contains(&id), "a challenge without deadline");
		}
		let max = Parameters::<T>::get().max_faults;
		for (_, _, (_, faults)) in Ledger::<T>::iter() {
			ensure!(faults < max, "a hosting past its fault limit was not repaired");
		}
		Ok(())
	}
}

impl<T: Config> HostingObserver<T::AccountId> for Pallet<T> {
	/// A hosting was confirmed: it is paid from now on, and challenged within a period
	/// (at a random block of it, so challenges spread over the blocks).
	fn confirmed(contract: u64, hoster: &T::AccountId) {
		let now = frame_system::Pallet::<T>::block_number();
		Ledger::<T>::insert(contract, hoster, (now, 0));
		let period: u32 = Parameters::<T>::get().period.unique_saturated_into();
		let offset = random::offset_in_period(&(b"datdot/due", contract, hoster, now), period);
		Self::schedule_due(now.saturating_add(offset.into()), contract, hoster);
	}
}
