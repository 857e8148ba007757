//! Scheduling challenges, checking responses, paying proven periods and handling faults.
use super::*;
use alloc::vec::Vec;
use codec::Encode;
use datdot_primitives::{
	audit, merkle, random,
	schedule::first_with_room,
	traits::{
		EscrowManager, HostingInspect, HostingObserver, HostingView, Outcome, PlanInspect,
		PlanView, ProfileProvider, ProviderStakes, ReputationSink,
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
	Perbill, RuntimeAppPublic, SaturatedConversion,
};

/// Priority of responses: above ordinary transfers, so proofs keep pace.
const RESPONSE_PRIORITY: u64 = 1 << 20;
/// How many blocks past the wanted one a schedule entry may move when that block is full.
const SCHEDULE_SEARCH: u32 = 32;

/// The size tree of one hoster, in [`SizeNodes`].
struct HosterTree<'a, T: Config>(&'a T::AccountId);

impl<T: Config> audit::Nodes for HosterTree<'_, T> {
	fn node(&self, i: u32) -> u64 {
		SizeNodes::<T>::get(self.0, i)
	}
	fn set_node(&mut self, i: u32, sum: u64) {
		if sum == 0 {
			SizeNodes::<T>::remove(self.0, i);
		} else {
			SizeNodes::<T>::insert(self.0, i, sum);
		}
	}
}

/// Every hoster's size tree has [`HOLDING_SLOTS`] slots.
pub(crate) const TREE: audit::SizeTree = audit::SizeTree { capacity: HOLDING_SLOTS };

impl<T: Config> Pallet<T> {
	/// Gives `contract` a slot in `hoster`'s size tree holding `bytes`: a freed one if
	/// any, else the next; `None` when all [`HOLDING_SLOTS`] are in use.
	pub(crate) fn take_slot(
		hoster: &T::AccountId,
		contract: ContractId,
		bytes: u64,
	) -> Option<u32> {
		let mut book = Slots::<T>::get(hoster).unwrap_or_default();
		let slot = if book.free > 0 {
			book.free -= 1;
			FreeSlots::<T>::take(hoster, book.free)?
		} else if book.next < HOLDING_SLOTS {
			book.next += 1;
			book.next - 1
		} else {
			return None;
		};
		Slots::<T>::insert(hoster, book);
		SlotContract::<T>::insert(hoster, slot, contract);
		TREE.add(&mut HosterTree::<T>(hoster), slot, bytes);
		Some(slot)
	}

	/// Frees `entry`'s slot in `hoster`'s size tree; the hoster's book goes when every
	/// slot it was handed is free again.
	pub(crate) fn free_slot(hoster: &T::AccountId, entry: &LedgerEntry<BlockNumberFor<T>>) {
		let Some(slot) = entry.slot else { return };
		TREE.remove(&mut HosterTree::<T>(hoster), slot, entry.bytes);
		SlotContract::<T>::remove(hoster, slot);
		let mut book = Slots::<T>::get(hoster).unwrap_or_default();
		if book.free + 1 == book.next {
			// The last one in use: the hoster holds none.
			let _ = FreeSlots::<T>::clear_prefix(hoster, book.free, None);
			Slots::<T>::remove(hoster);
		} else {
			FreeSlots::<T>::insert(hoster, book.free, slot);
			book.free += 1;
			Slots::<T>::insert(hoster, book);
		}
	}

	/// The hosting of `slot` in `hoster`'s size tree that holds byte `target` of all it
	/// keeps, and the byte's place in it.
	pub fn holding_at(hoster: &T::AccountId, target: u64) -> Option<(ContractId, u64)> {
		let (slot, place) = TREE.find(&HosterTree::<T>(hoster), target)?;
		Some((SlotContract::<T>::get(hoster, slot)?, place))
	}

	/// `k` pieces of all that `hoster` keeps, drawn from `seed` with every byte equally
	/// likely, whatever the number and sizes of its hostings: for each, the hosting
	/// (contract), the chunk and the 1 KiB segment holding the drawn byte. O(k · log
	/// slots) reads.
	pub fn draw_pieces(
		hoster: &T::AccountId,
		seed: &[u8; 32],
		k: u32,
	) -> Vec<(ContractId, u32, u32)> {
		let total = Self::holding(hoster);
		if total == 0 {
			return Vec::new();
		}
		(0..k)
			.filter_map(|i| {
				let (contract, place) = Self::holding_at(hoster, random::below(seed, i, total))?;
				let hosting = T::Hosting::hosting(contract, hoster)?;
				let chunk_size = hosting.chunk_size.max(1) as u64;
				let index = hosting.start.saturating_add((place / chunk_size) as u32);
				let segment = (place % chunk_size / merkle::SEGMENT_SIZE as u64) as u32;
				Some((contract, index, segment))
			})
			.collect()
	}

	/// The contracts among `pieces` (contract, chunk, segment) of `hoster`'s hostings
	/// whose piece `proofs` (one each, in order) does not prove against the contract's
	/// root; every one of them if the counts differ. A piece of a hosting that ended
	/// meanwhile is not held against the hoster (the caller decides what a response
	/// whose every piece was skipped proves). O(k · path) work, whatever the number of
	/// its hostings.
	pub fn wrong_pieces(
		hoster: &T::AccountId,
		pieces: &[(ContractId, u32, u32)],
		proofs: &[SegmentProof],
	) -> Vec<ContractId> {
		let mut wrong: Vec<ContractId> = Vec::new();
		for (k, (contract, index, segment)) in pieces.iter().enumerate() {
			let Some(hosting) = T::Hosting::hosting(*contract, hoster) else { continue };
			let proven = proofs.len() == pieces.len()
				&& merkle::verify_segment(
					&hosting.root,
					&proofs[k].segment,
					*segment,
					*index,
					hosting.leaves,
					hosting.chunk_size,
					&proofs[k].siblings,
				);
			if !proven && !wrong.contains(contract) {
				wrong.push(*contract);
			}
		}
		wrong
	}

	/// The bytes `hoster`'s confirmed hostings hold, from its size tree.
	pub fn holding(hoster: &T::AccountId) -> u64 {
		TREE.total(&HosterTree::<T>(hoster))
	}

	/// Removes the ledger entry of `contract`'s hosting by `hoster`: its schedule entry
	/// and its slot in the size tree go with it.
	fn forget(contract: ContractId, hoster: &T::AccountId, entry: &LedgerEntry<BlockNumberFor<T>>) {
		Self::unschedule_due(entry.due, contract, hoster);
		Self::free_slot(hoster, entry);
		Ledger::<T>::remove(contract, hoster);
	}

	/// Puts the hosting in `Due` at `at` or the first later block with room, and returns
	/// that block.
	fn schedule_due(
		at: BlockNumberFor<T>,
		contract: ContractId,
		hoster: &T::AccountId,
	) -> BlockNumberFor<T> {
		first_with_room(at, SCHEDULE_SEARCH, |b| {
			Due::<T>::try_mutate(b, |list| list.try_push((contract, hoster.clone()))).is_ok()
		})
		.unwrap_or_else(|| {
			log::warn!(target: "runtime::proofs", "no room to schedule contract {} near {:?}", contract, at);
			at
		})
	}

	fn unschedule_due(at: BlockNumberFor<T>, contract: ContractId, hoster: &T::AccountId) {
		Due::<T>::mutate_exists(at, |list| {
			if let Some(l) = list {
				l.retain(|(c, h)| !(*c == contract && h == hoster));
				if l.is_empty() {
					*list = None;
				}
			}
		});
	}

	fn unschedule_deadline(at: BlockNumberFor<T>, id: ChallengeId) {
		Deadlines::<T>::mutate_exists(at, |list| {
			if let Some(l) = list {
				l.retain(|x| *x != id);
				if l.is_empty() {
					*list = None;
				}
			}
		});
	}

	/// Opens a challenge of `hoster`'s copy of `contract`, with chunk indexes drawn from
	/// the chain's randomness and a deadline `window` readings ahead on the proof clock,
	/// and records it as the hosting's open one.
	pub(crate) fn open_challenge(
		contract: ContractId,
		hoster: &T::AccountId,
		hosting: &HostingView,
		entry: &mut LedgerEntry<BlockNumberFor<T>>,
		requested: bool,
	) -> Result<ChallengeId, Error<T>> {
		ensure!(entry.open.is_none(), Error::<T>::AlreadyChallenged);
		let params = Parameters::<T>::get();
		let id = NextChallengeId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let clock = ProofClock::<T>::get();
		let deadline = first_with_room(clock.saturating_add(params.window), SCHEDULE_SEARCH, |b| {
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
		let segments = BoundedVec::truncate_from(random::segment_indexes(
			&seed,
			indexes.len() as u32,
			merkle::segments(hosting.chunk_size),
		));
		NextChallengeId::<T>::put(next);
		entry.open = Some(id);
		Challenges::<T>::insert(
			id,
			Challenge {
				hoster: hoster.clone(),
				contract,
				indexes: indexes.clone(),
				segments: segments.clone(),
				deadline,
				requested,
			},
		);
		Self::deposit_event(Event::ProvideProofOfStorage {
			challenge: id,
			hoster: hoster.clone(),
			contract,
			indexes,
			segments,
			deadline,
		});
		Ok(id)
	}

	/// Challenges the hostings due at `now` whose plan runs (a paused plan's hostings are
	/// not challenged) and schedules each one period later.
	pub(crate) fn challenge_due(now: BlockNumberFor<T>) -> Weight {
		let due = Due::<T>::take(now);
		let n = due.len() as u32;
		let period = Parameters::<T>::get().period;
		for (contract, hoster) in due {
			let Some(mut entry) = Ledger::<T>::get(contract, &hoster) else {
				continue; // ended since
			};
			if entry.due != now {
				continue; // a stale entry: the hosting is scheduled elsewhere
			}
			let Some(hosting) = T::Hosting::hosting(contract, &hoster) else {
				// Its `Due` entry was this one, taken already.
				Self::free_slot(&hoster, &entry);
				Ledger::<T>::remove(contract, &hoster);
				continue;
			};
			// While the breaker pauses `response`, no challenge opens that could not be
			// answered.
			let running =
				!T::CallsPaused::get() && T::Plans::plan(hosting.plan).is_some_and(|p| p.running);
			// A hosting with an open challenge (an extra one) is answering it already.
			if running && entry.open.is_none() {
				if let Err(e) = Self::open_challenge(contract, &hoster, &hosting, &mut entry, false)
				{
					log::warn!(target: "runtime::proofs", "challenge of {} delayed: {:?}", contract, e);
					entry.due =
						Self::schedule_due(now.saturating_add(1u32.into()), contract, &hoster);
					Ledger::<T>::insert(contract, &hoster, entry);
					continue;
				}
			}
			entry.due = Self::schedule_due(now.saturating_add(period), contract, &hoster);
			Ledger::<T>::insert(contract, &hoster, entry);
		}
		T::WeightInfo::on_initialize_challenge(n)
	}

	/// Unanswered challenges whose deadline passed are faults, unless the hosting ended
	/// or its plan is paused: at most `MaxFaultsPerBlock` a block, those waiting in
	/// `Overdue` first; the rest of this block's join the line. The ids looked at are
	/// bounded too: up to `MaxFaultsPerBlock` from the line (some may have closed
	/// meanwhile), and the deadlines at `clock`, the proof clock's new reading (none
	/// when the clock stood still).
	pub(crate) fn expire(now: BlockNumberFor<T>, clock: Option<BlockNumberFor<T>>) -> Weight {
		let mut faults_left = T::MaxFaultsPerBlock::get();
		let mut looks_left = T::MaxFaultsPerBlock::get();
		let (mut first, mut next) = OverdueLine::<T>::get();
		let line_at_start = (first, next);
		let (mut reads, mut writes) = (1u64, 0u64);
		// The line, oldest first.
		while first < next && faults_left > 0 && looks_left > 0 {
			reads += 1;
			let (lapsed, slot) = Overdue::<T>::get(first).unwrap_or_default();
			let mut looked = 0;
			for id in slot.iter() {
				if faults_left == 0 || looks_left == 0 {
					break;
				}
				looked += 1;
				looks_left -= 1;
				if let Some(challenge) = Challenges::<T>::take(id) {
					Self::unanswered(*id, &challenge, lapsed);
					faults_left -= 1;
				}
			}
			writes += 1;
			if looked == slot.len() {
				Overdue::<T>::remove(first);
				first = first.saturating_add(1);
			} else {
				let rest = BoundedVec::truncate_from(slot[looked..].to_vec());
				Overdue::<T>::insert(first, (lapsed, rest));
			}
		}
		// The deadlines the clock reached: counted now while the line is empty and
		// faults are left, else in line (only those still unanswered).
		let due = clock.map(Deadlines::<T>::take).unwrap_or_default();
		let mut late: BoundedVec<ChallengeId, T::MaxChallengesPerBlock> = BoundedVec::new();
		for id in due.iter() {
			if first == next && faults_left > 0 {
				if let Some(challenge) = Challenges::<T>::take(id) {
					Self::unanswered(*id, &challenge, now);
					faults_left -= 1;
				}
			} else if Challenges::<T>::contains_key(id) {
				// `due` is bounded as `late` is: the push cannot fail.
				let _ = late.try_push(*id);
			}
		}
		if !late.is_empty() {
			Overdue::<T>::insert(next, (now, late));
			next = next.saturating_add(1);
			writes += 1;
		}
		if (first, next) != line_at_start {
			OverdueLine::<T>::put((first, next));
			writes += 1;
		}
		let faults = T::MaxFaultsPerBlock::get() - faults_left;
		let looked = (T::MaxFaultsPerBlock::get() - looks_left) as u64 + due.len() as u64;
		T::WeightInfo::on_initialize_fault(faults).saturating_add(
			T::DbWeight::get()
				.reads_writes(reads.saturating_add(looked), writes.saturating_add(looked)),
		)
	}

	/// Moves the proof clock on by one at the start of block `now`, unless the block
	/// before was congested; returns the new reading, or `None` if the clock stood still.
	pub(crate) fn tick(now: BlockNumberFor<T>) -> Option<BlockNumberFor<T>> {
		if LastCongested::<T>::get().is_some_and(|at| at.saturating_add(1u32.into()) == now) {
			Self::deposit_event(Event::ClockHeld { clock: ProofClock::<T>::get() });
			return None;
		}
		let clock = ProofClock::<T>::mutate(|c| {
			*c = c.saturating_add(1u32.into());
			*c
		});
		Some(clock)
	}

	/// What [`Self::tick`] and [`Self::note_congestion`] (at the block's end) take.
	pub(crate) fn tick_weight() -> Weight {
		// Tick: the last congested block and the clock. The end: the block's weight and
		// length, the parameters, and the last congested block when it is.
		T::DbWeight::get().reads_writes(2, 1).saturating_add(T::DbWeight::get().reads_writes(3, 1))
	}

	/// What `response` with `proofs` proofs weighs: the benchmarked weight, plus the
	/// read and write of the hoster's `Earned` entry, which `weights.rs` predates (the
	/// re-run of `scripts/benchmark.sh pallet_proofs` on this change's machine measured
	/// every call of the pallet 1.5–5× slower than the file, `set_params` included, so
	/// it was not taken as is; see the README's figures).
	pub fn response_weight(proofs: u32) -> Weight {
		T::WeightInfo::response(proofs).saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}

	/// The most a response weighs, by weight and by length, with the current `indexes`:
	/// a block with less room than this left in its normal class is congested.
	pub fn response_room() -> (Weight, u32) {
		let indexes = Parameters::<T>::get().indexes;
		// The call's fields beside the proofs: challenge id, digest, signer, signature,
		// the proofs' length prefix; and the extrinsic's envelope (length, version,
		// extensions, call index), generously.
		const FIXED: u32 = 8 + 32 + 32 + 64 + 5 + 64;
		let proof = SegmentProof::max_encoded_len() as u32;
		let len = proof.saturating_mul(indexes).saturating_add(FIXED);
		let base = T::BlockWeights::get().get(DispatchClass::Normal).base_extrinsic;
		let weight = Self::response_weight(indexes)
			.saturating_add(T::WeightInfo::authorize_response(indexes))
			.saturating_add(base)
			.saturating_add(Weight::from_parts(0, len as u64));
		(weight, len)
	}

	/// At the end of a block: whether one more response would still have fitted, in the
	/// normal class's weight and in the block's length. If not, the proof clock stands
	/// still at the next block's start (StorageHub's challenge ticker stops on full
	/// blocks the same way), so no hoster loses a block of its window to congestion.
	pub(crate) fn note_congestion() {
		let (weight, len) = Self::response_room();
		let limits = T::BlockWeights::get();
		let normal_max = limits.get(DispatchClass::Normal).max_total.unwrap_or(limits.max_block);
		let used = *frame_system::Pallet::<T>::block_weight().get(DispatchClass::Normal);
		let length_max = *T::BlockLength::get().max.get(DispatchClass::Normal);
		let length_used = frame_system::Pallet::<T>::block_size();
		let full = used.saturating_add(weight).any_gt(normal_max)
			|| length_used.saturating_add(len) > length_max;
		if full {
			LastCongested::<T>::put(frame_system::Pallet::<T>::block_number());
		}
	}

	/// The most weight [`Self::expire`] and the proof clock take: `MaxFaultsPerBlock`
	/// faults, every id it may look at read and written, and a place in line per id it
	/// looks at there.
	pub fn max_expire_weight() -> Weight {
		let faults = T::MaxFaultsPerBlock::get() as u64;
		let looked = faults + T::MaxChallengesPerBlock::get() as u64;
		let slots = faults + 3;
		T::WeightInfo::on_initialize_fault(T::MaxFaultsPerBlock::get())
			.saturating_add(T::DbWeight::get().reads_writes(looked + slots, looked + slots))
			.saturating_add(Self::tick_weight())
	}

	/// A challenge's deadline passed without an answer, in block `now`: counted as of
	/// then, however long it waited in line.
	fn unanswered(id: ChallengeId, challenge: &Challenge<T>, now: BlockNumberFor<T>) {
		let Some(mut entry) = Ledger::<T>::get(challenge.contract, &challenge.hoster) else {
			return; // the hosting ended meanwhile
		};
		entry.open = None;
		let hosting = T::Hosting::hosting(challenge.contract, &challenge.hoster);
		let plan = hosting.as_ref().and_then(|h| T::Plans::plan(h.plan));
		match (hosting, plan) {
			(Some(hosting), Some(plan)) if plan.running && !T::CallsPaused::get() => {
				Self::fault(id, challenge, entry, &hosting, &plan, now)
			}
			(_, Some(_)) => {
				// Paused meanwhile (by the sponsor, or the breaker refused every answer):
				// the hoster did nothing wrong. The paused time is not paid; the time
				// before it is settled by the next proof.
				Ledger::<T>::insert(challenge.contract, &challenge.hoster, entry);
				Self::closed(id, challenge);
			}
			(_, None) => {
				Self::forget(challenge.contract, &challenge.hoster, &entry);
				Self::closed(id, challenge);
			}
		}
	}

	fn closed(id: ChallengeId, challenge: &Challenge<T>) {
		Self::deposit_event(Event::ChallengeClosed {
			challenge: id,
			hoster: challenge.hoster.clone(),
			contract: challenge.contract,
		});
	}

	/// A wrong, late or missing proof: the time since the last settlement is closed
	/// unpaid (it was not proven). It is a fault, unless it answers an extra challenge
	/// within a period of the last counted fault (the same outage, counted once):
	/// reputation down, the stake slashed by the step of this fault in proportion to
	/// what the contract put at risk, and after `max_faults` in a row the hosting
	/// repaired elsewhere.
	fn fault(
		id: ChallengeId,
		challenge: &Challenge<T>,
		mut entry: LedgerEntry<BlockNumberFor<T>>,
		hosting: &HostingView,
		plan: &PlanView<T::AccountId>,
		now: BlockNumberFor<T>,
	) {
		let params = Parameters::<T>::get();
		entry.paid_until = now;
		entry.paused_mark = plan.paused_blocks;
		entry.open = None;
		let counted_lately =
			entry.last_fault.is_some_and(|at| now < at.saturating_add(params.period));
		if challenge.requested && counted_lately {
			Ledger::<T>::insert(challenge.contract, &challenge.hoster, entry);
			Self::deposit_event(Event::RepeatFault {
				challenge: id,
				hoster: challenge.hoster.clone(),
				contract: challenge.contract,
			});
			return;
		}
		let faults = entry.faults.saturating_add(1);
		let step = (faults as usize).saturating_sub(1).min(params.slashes.len() - 1);
		let slash = params.slashes[step] * Self::at_risk(&challenge.hoster, hosting);
		T::Stakes::slash(&challenge.hoster, Role::Hoster, slash);
		T::Reputation::record(&challenge.hoster, Role::Hoster, Outcome::Failure(2));
		Self::deposit_event(Event::Fault {
			challenge: id,
			hoster: challenge.hoster.clone(),
			contract: challenge.contract,
			faults,
		});
		entry.faults = faults;
		entry.last_fault = Some(now);
		if faults >= params.max_faults {
			Self::forget(challenge.contract, &challenge.hoster, &entry);
			T::Hosting::repair(challenge.contract, &challenge.hoster);
		} else {
			Ledger::<T>::insert(challenge.contract, &challenge.hoster, entry);
		}
	}

	/// The share of `hoster`'s stake a fault of `hosting` puts at risk: the contract's
	/// bytes over the storage the hoster declared (the whole stake if it declared less).
	pub(crate) fn at_risk(hoster: &T::AccountId, hosting: &HostingView) -> Perbill {
		let chunks = hosting.end.saturating_sub(hosting.start) as u64;
		let bytes = chunks.saturating_mul(hosting.chunk_size as u64);
		let declared = T::Stakes::resources(hoster, Role::Hoster).map_or(0, |r| r.storage);
		Perbill::from_rational(bytes, declared.max(bytes).max(1))
	}

	pub(crate) fn do_request(
		who: T::AccountId,
		contract: ContractId,
		hoster: T::AccountId,
	) -> DispatchResult {
		let mut entry = Ledger::<T>::get(contract, &hoster).ok_or(Error::<T>::NoSuchHosting)?;
		ensure!(entry.open.is_none(), Error::<T>::AlreadyChallenged);
		let hosting = T::Hosting::hosting(contract, &hoster).ok_or(Error::<T>::NoSuchHosting)?;
		ensure!(
			T::Plans::plan(hosting.plan).is_some_and(|p| p.running),
			Error::<T>::PlanNotRunning
		);
		let fee = Parameters::<T>::get().request_fee;
		if !fee.is_zero() {
			T::Currency::transfer(&who, &T::Treasury::get(), fee, Preservation::Preserve)
				.map_err(|_| Error::<T>::InsufficientBalance)?;
		}
		Self::open_challenge(contract, &hoster, &hosting, &mut entry, true)?;
		Ledger::<T>::insert(contract, &hoster, entry);
		Ok(())
	}

	/// Opens a challenge of a hosting on the ledger, as `request` does without its fee
	/// and checks (for the benchmarks and tests).
	#[cfg(any(feature = "runtime-benchmarks", test))]
	pub(crate) fn challenge(
		contract: ContractId,
		hoster: &T::AccountId,
	) -> Result<ChallengeId, Error<T>> {
		let mut entry = Ledger::<T>::get(contract, hoster).ok_or(Error::<T>::NoSuchHosting)?;
		let hosting = T::Hosting::hosting(contract, hoster).ok_or(Error::<T>::NoSuchHosting)?;
		let id = Self::open_challenge(contract, hoster, &hosting, &mut entry, true)?;
		Ledger::<T>::insert(contract, hoster, entry);
		Ok(id)
	}

	/// The hoster whose key signed `response`, if the signature verifies and the key is
	/// the challenged hoster's.
	pub(crate) fn check_response(
		response: &Response<T>,
		signature: &<OcwPublic as RuntimeAppPublic>::Signature,
	) -> Result<T::AccountId, Error<T>> {
		// The cheap lookups first: a response can carry up to `MaxIndexes` chunks, and
		// only one for an open challenge of the signer's account is worth verifying.
		let who =
			T::Profiles::owner_of_ocw_key(&response.signer).ok_or(Error::<T>::NotChallenged)?;
		let challenge =
			Challenges::<T>::get(response.challenge).ok_or(Error::<T>::ChallengeNotFound)?;
		ensure!(challenge.hoster == who, Error::<T>::NotChallenged);
		ensure!(response.asked == challenge.digest(), Error::<T>::WrongChallenge);
		ensure!(ProofClock::<T>::get() < challenge.deadline, Error::<T>::TooLate);
		ensure!(
			datdot_primitives::signing::verifies::<T>(&response.signer, response, signature),
			Error::<T>::BadSignature
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
				Error::<T>::ChallengeNotFound
				| Error::<T>::TooLate
				| Error::<T>::WrongChallenge => InvalidTransaction::Stale,
				_ => InvalidTransaction::BadSigner,
			})
		})?;
		// The clock advances at most a block at a time: this many blocks at least.
		let deadline =
			Challenges::<T>::get(response.challenge).map(|c| c.deadline).unwrap_or_default();
		let clock = ProofClock::<T>::get();
		let longevity: u64 = deadline.saturating_sub(clock).saturated_into();
		let valid = ValidTransaction::with_tag_prefix("DatdotProof")
			.priority(RESPONSE_PRIORITY)
			.and_provides((response.challenge, who))
			.longevity(longevity.max(1))
			.propagate(true)
			.build()?;
		Ok((valid, Weight::zero()))
	}

	/// Verifies every proof against the data set's root; pays the time proven since the
	/// hosting was last settled (paused time excluded, never more than the escrow
	/// holds), or records a fault. The challenge closes either way: it is answered once.
	pub(crate) fn do_response(hoster: T::AccountId, response: Response<T>) -> DispatchResult {
		let challenge =
			Challenges::<T>::take(response.challenge).ok_or(Error::<T>::ChallengeNotFound)?;
		Self::unschedule_deadline(challenge.deadline, response.challenge);
		let Some(mut entry) = Ledger::<T>::get(challenge.contract, &hoster) else {
			return Ok(()); // the hosting ended since: nothing to prove any more
		};
		entry.open = None;
		let now = frame_system::Pallet::<T>::block_number();
		let hosting = T::Hosting::hosting(challenge.contract, &hoster);
		let plan = hosting.as_ref().and_then(|h| T::Plans::plan(h.plan));
		let (Some(hosting), Some(plan)) = (hosting, plan) else {
			Self::forget(challenge.contract, &hoster, &entry);
			Self::closed(response.challenge, &challenge);
			return Ok(());
		};
		let asked = challenge.indexes.iter().zip(challenge.segments.iter());
		let valid = response.proofs.len() == challenge.indexes.len()
			&& asked.zip(response.proofs.iter()).all(|((index, segment), proof)| {
				merkle::verify_segment(
					&hosting.root,
					&proof.segment,
					*segment,
					*index,
					hosting.leaves,
					hosting.chunk_size,
					&proof.siblings,
				)
			});
		if !valid {
			Self::fault(response.challenge, &challenge, entry, &hosting, &plan, now);
			return Ok(());
		}
		let elapsed: u64 = now.saturating_sub(entry.paid_until).unique_saturated_into();
		let paused = plan.paused_blocks.saturating_sub(entry.paused_mark);
		let blocks = elapsed.saturating_sub(paused) as u128;
		let chunks = hosting.end.saturating_sub(hosting.start) as u128;
		let owed: BalanceOf<T> =
			plan.price.saturating_mul(chunks).saturating_mul(blocks).saturated_into();
		let held = T::Escrow::balance(plan.escrow).unwrap_or_else(Zero::zero);
		let amount = owed.min(held);
		let mut paid = Zero::zero();
		let settled = if amount.is_zero() {
			true
		} else {
			match T::Escrow::pay(plan.escrow, &hoster, amount) {
				Ok(net) => {
					paid = net;
					if !net.is_zero() {
						Earned::<T>::mutate(&hoster, |total| *total = total.saturating_add(net));
					}
					true
				}
				Err(e) => {
					// Not settled: the proven time stays owed, and the next proof pays it.
					log::warn!(target: "runtime::proofs", "plan {} cannot pay: {:?}", hosting.plan, e);
					false
				}
			}
		};
		if settled {
			entry.paid_until = now;
			entry.paused_mark = plan.paused_blocks;
		}
		entry.faults = 0;
		Ledger::<T>::insert(challenge.contract, &hoster, entry);
		T::Reputation::record(&hoster, Role::Hoster, Outcome::Success(1));
		Self::deposit_event(Event::ProofAccepted { challenge: response.challenge, hoster, paid });
		if settled && owed > held {
			// What was proven is more than is left: the plan cannot go on.
			T::Plans::budget_spent(hosting.plan);
		}
		Ok(())
	}

	/// Invariants: the proof clock is not ahead of the blocks; every open challenge is
	/// either ahead of the clock with its deadline listed, or past it and in the overdue
	/// line, and is the open one of a hosting on the ledger; every ledger entry is in
	/// `Due` exactly once, at the block it names, and `Due` lists nothing else; no entry
	/// has more faults than allowed; no hoster's earnings entry is zero.
	#[cfg(any(feature = "try-runtime", feature = "std", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let (first, next) = OverdueLine::<T>::get();
		ensure!(first <= next, "the overdue line runs backwards");
		let now = frame_system::Pallet::<T>::block_number();
		let clock = ProofClock::<T>::get();
		ensure!(clock <= now, "the proof clock runs ahead of the blocks");
		ensure!(
			LastCongested::<T>::get().is_none_or(|at| at <= now),
			"a congested block in the future"
		);
		let mut overdue = alloc::collections::btree_set::BTreeSet::new();
		for (place, (lapsed, ids)) in Overdue::<T>::iter() {
			ensure!((first..next).contains(&place), "overdue challenges outside the line");
			ensure!(!ids.is_empty(), "an empty place in the overdue line");
			ensure!(lapsed <= now, "overdue challenges lapsed in a future block");
			overdue.extend(ids);
		}
		for (id, c) in Challenges::<T>::iter() {
			ensure!(id < NextChallengeId::<T>::get(), "a challenge id not yet issued");
			if overdue.contains(&id) {
				ensure!(c.deadline <= clock, "a challenge in line before its deadline");
			} else {
				ensure!(c.deadline > clock, "a challenge past its deadline, not in line");
				ensure!(
					Deadlines::<T>::get(c.deadline).contains(&id),
					"a challenge without deadline"
				);
			}
			ensure!(
				Ledger::<T>::get(c.contract, &c.hoster).is_some_and(|e| e.open == Some(id)),
				"an open challenge that is not its hosting's open one"
			);
		}
		let max = Parameters::<T>::get().max_faults;
		let mut entries = 0usize;
		for (contract, hoster, entry) in Ledger::<T>::iter() {
			entries += 1;
			ensure!(entry.faults < max, "a hosting past its fault limit was not repaired");
			let listed = Due::<T>::get(entry.due)
				.iter()
				.filter(|(c, h)| *c == contract && *h == hoster)
				.count();
			ensure!(listed == 1, "a hosting is not in Due exactly once, at its block");
			if let Some(id) = entry.open {
				ensure!(Challenges::<T>::contains_key(id), "a hosting's open challenge is closed");
			}
		}
		Self::check_size_trees()?;
		let scheduled: usize = Due::<T>::iter_values().map(|l| l.len()).sum();
		ensure!(scheduled == entries, "Due lists a hosting that is not on the ledger");
		ensure!(Earned::<T>::iter_values().all(|e| !e.is_zero()), "an earnings entry of zero");
		Ok(())
	}
}

impl<T: Config> Pallet<T> {
	/// Invariants of the size trees: each used slot names a ledger entry that names the
	/// slot back, and a hoster's tree holds each of its hostings' bytes at its slot;
	/// every entry with a slot is listed; the free slots are the handed-out ones not in
	/// use, each once.
	#[cfg(any(feature = "try-runtime", feature = "std", test))]
	fn check_size_trees() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};
		let mut slots: BTreeMap<T::AccountId, BTreeMap<u32, u64>> = BTreeMap::new();
		for (contract, hoster, entry) in Ledger::<T>::iter() {
			if let Some(slot) = entry.slot {
				ensure!(
					SlotContract::<T>::get(&hoster, slot) == Some(contract),
					"a hosting's slot names another contract"
				);
				slots.entry(hoster).or_default().insert(slot, entry.bytes);
			}
		}
		let used: usize = slots.values().map(|s| s.len()).sum();
		ensure!(SlotContract::<T>::iter().count() == used, "a slot in use without its hosting");
		for (hoster, book) in Slots::<T>::iter() {
			let mine = slots.remove(&hoster).unwrap_or_default();
			ensure!(!mine.is_empty(), "a slot book of a hoster that holds nothing");
			let free: BTreeSet<u32> =
				(0..book.free).filter_map(|i| FreeSlots::<T>::get(&hoster, i)).collect();
			ensure!(free.len() == book.free as usize, "a free slot listed twice or missing");
			ensure!(
				free.len() + mine.len() == book.next as usize
					&& free.iter().chain(mine.keys()).all(|s| *s < book.next)
					&& free.iter().all(|s| !mine.contains_key(s)),
				"slots handed out are neither free nor in use"
			);
			let tree = HosterTree::<T>(&hoster);
			let mut sum = 0u64;
			for slot in 0..book.next {
				let bytes = mine.get(&slot).copied().unwrap_or(0);
				let prefix = TREE.prefix(&tree, slot + 1);
				sum += bytes;
				ensure!(prefix == sum, "a size tree does not hold its hostings' bytes");
			}
			ensure!(TREE.total(&tree) == sum, "a size tree holds bytes past its last slot");
		}
		ensure!(slots.is_empty(), "a hoster with slots in use but no slot book");
		Ok(())
	}
}

impl<T: Config> datdot_primitives::traits::Congestion<BlockNumberFor<T>> for Pallet<T> {
	fn congested_since(since: BlockNumberFor<T>) -> bool {
		LastCongested::<T>::get().is_some_and(|at| at >= since)
	}
}

impl<T: Config> HostingObserver<T::AccountId> for Pallet<T> {
	/// A hosting was confirmed: it is paid from now on, and challenged within a period
	/// (at a random block of it, so challenges spread over the blocks).
	fn confirmed(contract: u64, hoster: &T::AccountId) {
		let now = frame_system::Pallet::<T>::block_number();
		if let Some(old) = Ledger::<T>::get(contract, hoster) {
			Self::forget(contract, hoster, &old);
		}
		let hosting = T::Hosting::hosting(contract, hoster);
		let paused_mark = hosting
			.as_ref()
			.and_then(|h| T::Plans::plan(h.plan))
			.map(|p| p.paused_blocks)
			.unwrap_or_default();
		let bytes = hosting.as_ref().map_or(0, |h| {
			(h.end.saturating_sub(h.start) as u64).saturating_mul(h.chunk_size as u64)
		});
		let slot = Self::take_slot(hoster, contract, bytes);
		if slot.is_none() {
			log::warn!(target: "runtime::proofs", "{:?} holds {} hostings: contract {} is not drawn from", hoster, HOLDING_SLOTS, contract);
		}
		let period: u32 = Parameters::<T>::get().period.unique_saturated_into();
		let offset = random::offset_in_period(&(b"datdot/due", contract, hoster, now), period);
		let due = Self::schedule_due(now.saturating_add(offset.into()), contract, hoster);
		Ledger::<T>::insert(
			contract,
			hoster,
			LedgerEntry {
				paid_until: now,
				paused_mark,
				faults: 0,
				last_fault: None,
				due,
				open: None,
				slot,
				bytes,
			},
		);
	}

	/// A challenge open for the hosting.
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_worst_to_end(contract: u64, hoster: &T::AccountId) {
		let Some(hosting) = T::Hosting::hosting(contract, hoster) else { return };
		let Some(mut entry) = Ledger::<T>::get(contract, hoster) else { return };
		if Self::open_challenge(contract, hoster, &hosting, &mut entry, false).is_ok() {
			Ledger::<T>::insert(contract, hoster, entry);
		}
	}

	/// The hosting ended: its open challenge closes without a fault, and its schedule
	/// entry and size-tree slot go. Time since the last proof is not paid: it was not
	/// proven.
	fn ended(contract: u64, hoster: &T::AccountId) {
		let Some(entry) = Ledger::<T>::get(contract, hoster) else { return };
		Self::forget(contract, hoster, &entry);
		if let Some(id) = entry.open {
			if let Some(challenge) = Challenges::<T>::take(id) {
				Self::unschedule_deadline(challenge.deadline, id);
				Self::closed(id, &challenge);
			}
		}
	}
}
