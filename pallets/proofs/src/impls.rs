//! Scheduling challenges, checking responses, paying proven periods and handling faults.
use super::*;
use alloc::vec::Vec;
use codec::Encode;
use datdot_primitives::{
	audit, merkle, random,
	schedule::first_with_room,
	traits::{
		EscrowManager, HostingInspect, HostingObserver, HostingView, Outcome, PlanId, PlanInspect,
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

/// Most hostings of an evicted hoster repaired in one block's idle time.
pub const EVICT_PER_BLOCK: u32 = 64;

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

	/// Up to `k` pieces of all that `hoster` keeps for running plans, drawn from `seed`
	/// with every byte equally likely, whatever the number and sizes of its hostings:
	/// for each, the hosting (contract), the chunk and the 1 KiB segment holding the
	/// drawn byte. A draw that lands in a paused plan's hosting (not challenged while
	/// paused) is drawn again, 2k draws at most. O(k · log slots) reads.
	pub fn draw_pieces(
		hoster: &T::AccountId,
		seed: &[u8; 32],
		k: u32,
	) -> Vec<(ContractId, u32, u32)> {
		let total = Self::holding(hoster);
		if total == 0 {
			return Vec::new();
		}
		let mut pieces = Vec::new();
		for i in 0..k.saturating_mul(2) {
			if pieces.len() as u32 == k {
				break;
			}
			let Some((contract, place)) = Self::holding_at(hoster, random::below(seed, i, total))
			else {
				continue;
			};
			let Some(hosting) = Self::live(contract, hoster) else { continue };
			let chunk_size = hosting.chunk_size.max(1) as u64;
			let index = hosting.start.saturating_add((place / chunk_size) as u32);
			let segment = (place % chunk_size / merkle::SEGMENT_SIZE as u64) as u32;
			pieces.push((contract, index, segment));
		}
		pieces
	}

	/// `hoster`'s hosting of `contract`, if it keeps it and its plan runs: what a
	/// challenge may ask for and hold against it.
	pub fn live(contract: ContractId, hoster: &T::AccountId) -> Option<HostingView> {
		T::Hosting::hosting(contract, hoster).filter(|h| h.running)
	}

	/// The contracts among `pieces` of `hoster`'s hostings whose piece `proofs` (one
	/// each, in order) does not prove against the contract's root (every one of them if
	/// the counts differ), and how many pieces were of hostings it still keeps. A piece
	/// of a hosting that ended meanwhile is not held against the hoster; one of a plan
	/// paused since the draw still is (the hoster keeps a paused plan's data). O(k ·
	/// path) work, whatever the number of its hostings.
	pub fn wrong_pieces(
		hoster: &T::AccountId,
		pieces: &[Piece],
		proofs: &[SegmentProof],
	) -> (Vec<ContractId>, u32) {
		let mut wrong: Vec<ContractId> = Vec::new();
		let mut held = 0;
		for (k, piece) in pieces.iter().enumerate() {
			let Some(hosting) = T::Hosting::hosting(piece.contract, hoster) else { continue };
			held += 1;
			let proven = proofs.len() == pieces.len()
				&& merkle::verify_segment(
					&hosting.root,
					&proofs[k].segment,
					piece.segment,
					piece.index,
					hosting.leaves,
					hosting.chunk_size,
					&proofs[k].siblings,
				);
			if !proven && !wrong.contains(&piece.contract) {
				wrong.push(piece.contract);
			}
		}
		(wrong, held)
	}

	/// The bytes `hoster`'s confirmed hostings hold, from its size tree.
	pub fn holding(hoster: &T::AccountId) -> u64 {
		TREE.total(&HosterTree::<T>(hoster))
	}

	/// Removes the ledger entry of `contract`'s hosting by `hoster`, its slot in the
	/// size tree, and its open extra challenge (closed without a fault).
	fn forget(contract: ContractId, hoster: &T::AccountId, entry: &LedgerEntry<BlockNumberFor<T>>) {
		Self::close_open(entry, hoster);
		Self::free_slot(hoster, entry);
		Ledger::<T>::remove(contract, hoster);
	}

	/// Settles the ledger entry of `contract`'s hosting by `hoster` for what its hoster's
	/// audits proved, then removes it ([`Self::forget`]); ends the plan if its escrow
	/// could not pay.
	fn retire(contract: ContractId, hoster: &T::AccountId) {
		let Some(mut entry) = Ledger::<T>::get(contract, hoster) else { return };
		let spent = Self::settle_in_place(contract, hoster, &mut entry);
		Self::forget(contract, hoster, &entry);
		if let Some(plan) = spent {
			Self::spent(plan);
		}
	}

	/// Puts `hoster` in `Due` at `at` or the first later block with room, and returns
	/// that block.
	fn schedule_due(at: BlockNumberFor<T>, hoster: &T::AccountId) -> BlockNumberFor<T> {
		first_with_room(at, SCHEDULE_SEARCH, |b| {
			Due::<T>::try_mutate(b, |list| list.try_push(hoster.clone())).is_ok()
		})
		.unwrap_or_else(|| {
			log::warn!(target: "runtime::proofs", "no room to schedule {:?} near {:?}", hoster, at);
			at
		})
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

	/// Opens a challenge of `hoster` asking for `pieces`, with a deadline `window`
	/// readings ahead on the proof clock; returns its id.
	pub(crate) fn open(
		hoster: &T::AccountId,
		pieces: BoundedVec<Piece, T::MaxIndexes>,
		requested: bool,
	) -> Result<ChallengeId, Error<T>> {
		let params = Parameters::<T>::get();
		let id = NextChallengeId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let clock = ProofClock::<T>::get();
		let deadline = first_with_room(clock.saturating_add(params.window), SCHEDULE_SEARCH, |b| {
			Deadlines::<T>::try_mutate(b, |list| list.try_push(id)).is_ok()
		})
		.ok_or(Error::<T>::TooManyChallenges)?;
		NextChallengeId::<T>::put(next);
		OpenByHoster::<T>::insert(hoster, id, ());
		Challenges::<T>::insert(
			id,
			Challenge { hoster: hoster.clone(), pieces: pieces.clone(), deadline, requested },
		);
		Self::deposit_event(Event::ProvideProofOfStorage {
			challenge: id,
			hoster: hoster.clone(),
			pieces,
			deadline,
		});
		Ok(id)
	}

	/// The seed of challenge `id`, from the chain's randomness.
	fn seed(id: ChallengeId, salt: impl Encode) -> [u8; 32] {
		let (random, _) = T::Randomness::random(&(b"datdot/challenge", id).encode());
		sp_io::hashing::blake2_256(&(random, id, salt).encode())
	}

	/// Opens an extra challenge of `hoster`'s copy of `contract`: `indexes` chunks of it,
	/// a segment of each, and records it as the hosting's open one.
	pub(crate) fn open_challenge(
		contract: ContractId,
		hoster: &T::AccountId,
		hosting: &HostingView,
		entry: &mut LedgerEntry<BlockNumberFor<T>>,
	) -> Result<ChallengeId, Error<T>> {
		ensure!(entry.open.is_none(), Error::<T>::AlreadyChallenged);
		let id = NextChallengeId::<T>::get();
		let seed = Self::seed(id, (contract, hoster));
		let wanted = Parameters::<T>::get().indexes.min(T::MaxIndexes::get());
		let indexes = random::chunk_indexes(&seed, wanted, hosting.start, hosting.end);
		let segments = random::segment_indexes(
			&seed,
			indexes.len() as u32,
			merkle::segments(hosting.chunk_size),
		);
		let pieces = indexes.into_iter().zip(segments).map(|(index, segment)| Piece {
			contract,
			index,
			segment,
		});
		let id = Self::open(hoster, BoundedVec::truncate_from(pieces.collect()), true)?;
		entry.open = Some(id);
		Ok(id)
	}

	/// Opens `hoster`'s periodic challenge: `indexes` pieces drawn across all it keeps,
	/// every byte equally likely.
	pub(crate) fn open_audit(
		hoster: &T::AccountId,
		audit: &mut HosterAudit<BlockNumberFor<T>>,
	) -> Result<(), Error<T>> {
		let id = NextChallengeId::<T>::get();
		let seed = Self::seed(id, hoster);
		let wanted = Parameters::<T>::get().indexes.min(T::MaxIndexes::get());
		let pieces: Vec<Piece> = Self::draw_pieces(hoster, &seed, wanted)
			.into_iter()
			.map(|(contract, index, segment)| Piece { contract, index, segment })
			.collect();
		if pieces.is_empty() {
			// All it keeps is paused: nothing to ask this period.
			return Ok(());
		}
		audit.open = Some(Self::open(hoster, BoundedVec::truncate_from(pieces), false)?);
		Ok(())
	}

	/// Audits the hosters due at `now` (all each keeps, in one challenge) and schedules
	/// each one period later. A hoster that holds nothing any more and has no open
	/// challenge is no longer audited; one being evicted is not challenged.
	pub(crate) fn challenge_due(now: BlockNumberFor<T>) -> Weight {
		let due = Due::<T>::take(now);
		let n = due.len() as u32;
		let period = Parameters::<T>::get().period;
		for hoster in due {
			let Some(mut audit) = Audited::<T>::get(&hoster) else { continue };
			if audit.due != now {
				continue; // a stale entry: the hoster is scheduled elsewhere
			}
			let holds = Slots::<T>::contains_key(&hoster);
			if !holds && audit.open.is_none() {
				Audited::<T>::remove(&hoster);
				continue;
			}
			// While the breaker pauses `response`, no challenge opens that could not be
			// answered.
			if holds
				&& audit.open.is_none()
				&& !T::CallsPaused::get()
				&& !Evicting::<T>::contains_key(&hoster)
			{
				if let Err(e) = Self::open_audit(&hoster, &mut audit) {
					log::warn!(target: "runtime::proofs", "audit of {:?} delayed: {:?}", hoster, e);
					audit.due = Self::schedule_due(now.saturating_add(1u32.into()), &hoster);
					Audited::<T>::insert(&hoster, audit);
					continue;
				}
			}
			audit.due = Self::schedule_due(now.saturating_add(period), &hoster);
			Audited::<T>::insert(&hoster, audit);
		}
		T::WeightInfo::on_initialize_challenge(n)
	}

	/// Unanswered challenges whose deadline passed are faults, unless the breaker
	/// paused responses: at most `MaxFaultsPerBlock` a block, those waiting in
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
		Self::faults_weight(faults).saturating_add(
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

	/// What `n` faults counted at deadlines take at most: each an extra challenge's
	/// fault or a missed audit, whichever weighs more.
	pub(crate) fn faults_weight(n: u32) -> Weight {
		T::WeightInfo::on_initialize_fault(n).max(T::WeightInfo::on_initialize_missed(n))
	}

	/// What [`Self::tick`] and [`Self::note_congestion`] (at the block's end) take.
	pub(crate) fn tick_weight() -> Weight {
		// Tick: the last congested block and the clock. The end: the block's weight and
		// length, the parameters, and the last congested block when it is.
		T::DbWeight::get().reads_writes(2, 1).saturating_add(T::DbWeight::get().reads_writes(3, 1))
	}

	/// What `response` with `proofs` proofs may weigh: its worst case, every piece wrong
	/// and each of its own hosting, repaired. An accepted one is charged only
	/// [`WeightInfo::response`] (the rest is refunded).
	pub fn response_weight(proofs: u32) -> Weight {
		T::WeightInfo::response(proofs).max(T::WeightInfo::response_wrong(proofs))
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
	/// looks at there. (Evictions and settlements run in idle weight.)
	pub fn max_expire_weight() -> Weight {
		let faults = T::MaxFaultsPerBlock::get() as u64;
		let looked = faults + T::MaxChallengesPerBlock::get() as u64;
		let slots = faults + 3;
		Self::faults_weight(T::MaxFaultsPerBlock::get())
			.saturating_add(T::DbWeight::get().reads_writes(looked + slots, looked + slots))
			.saturating_add(Self::tick_weight())
	}

	/// A challenge's deadline passed without an answer, in block `now`: counted as of
	/// then, however long it waited in line.
	fn unanswered(id: ChallengeId, challenge: &Challenge<T>, now: BlockNumberFor<T>) {
		let hoster = &challenge.hoster;
		OpenByHoster::<T>::remove(hoster, id);
		if challenge.requested {
			let Some(contract) = challenge.contract() else { return };
			let Some(mut entry) = Ledger::<T>::get(contract, hoster) else {
				return; // the hosting ended meanwhile
			};
			entry.open = None;
			if T::CallsPaused::get() || Self::live(contract, hoster).is_none() {
				// The breaker refused every answer, or the plan was paused since: the
				// hoster did nothing wrong.
				Ledger::<T>::insert(contract, hoster, entry);
				Self::closed(id, hoster);
				return;
			}
			Self::fault(id, contract, hoster, entry, true, now);
			return;
		}
		let Some(mut audit) = Audited::<T>::get(hoster) else { return };
		audit.open = None;
		// Nothing was proven since the last audit, whatever the reason.
		audit.audits.record(Self::block_u64(now), false);
		let held = challenge.pieces.iter().filter(|p| Self::live(p.contract, hoster).is_some());
		if T::CallsPaused::get() || held.count() == 0 {
			// The breaker refused every answer, or every piece asked for is of a hosting
			// that ended or was paused since: the hoster did nothing wrong.
			Audited::<T>::insert(hoster, audit);
			Self::closed(id, hoster);
			return;
		}
		let params = Parameters::<T>::get();
		let faults = audit.faults.saturating_add(1);
		audit.faults = faults;
		audit.last_fault = Some(now);
		let slash = Self::step(&params, faults) * Self::at_risk(hoster, Self::holding(hoster));
		T::Stakes::slash(hoster, Role::Hoster, slash);
		T::Reputation::record(hoster, Role::Hoster, Outcome::Failure(2));
		if faults >= params.max_faults {
			Evicting::<T>::insert(hoster, ());
		}
		Audited::<T>::insert(hoster, audit);
		Self::deposit_event(Event::AuditMissed { challenge: id, hoster: hoster.clone(), faults });
	}

	fn closed(id: ChallengeId, hoster: &T::AccountId) {
		Self::deposit_event(Event::ChallengeClosed { challenge: id, hoster: hoster.clone() });
	}

	/// A block number as the audit outcomes count them.
	pub(crate) fn block_u64(n: BlockNumberFor<T>) -> u64 {
		n.unique_saturated_into()
	}

	/// A wrong piece of `contract`'s hosting by `hoster`, or a failed extra challenge
	/// of it, in block `now`. What its hoster's audits proved before is paid, and the
	/// time since is closed unpaid. It is a fault, unless it is a failed extra challenge
	/// within a period of the last counted fault (the same outage, counted once):
	/// reputation down, the stake slashed by the step of this fault in proportion to
	/// what the contract put at risk, and after `max_faults` the hosting repaired
	/// elsewhere.
	fn fault(
		id: ChallengeId,
		contract: ContractId,
		hoster: &T::AccountId,
		mut entry: LedgerEntry<BlockNumberFor<T>>,
		requested: bool,
		now: BlockNumberFor<T>,
	) {
		let params = Parameters::<T>::get();
		let audits = Audited::<T>::get(hoster).map(|a| a.audits).unwrap_or_default();
		let mut spent = None;
		if let Some(plan) = T::Plans::plan(entry.plan) {
			spent = Self::settle(contract, hoster, &mut entry, &audits, &plan);
			entry.paused_mark = plan.paused_blocks;
		}
		entry.mark = audits.mark(Self::block_u64(now));
		entry.shortfall = 0;
		entry.paid_until = now;
		let counted_lately =
			entry.last_fault.is_some_and(|at| now < at.saturating_add(params.period));
		if requested && counted_lately {
			Ledger::<T>::insert(contract, hoster, entry);
			Self::deposit_event(Event::RepeatFault {
				challenge: id,
				hoster: hoster.clone(),
				contract,
			});
		} else {
			Self::count_fault(id, contract, hoster, entry, now);
		}
		if let Some(plan) = spent {
			Self::spent(plan);
		}
	}

	/// Counts a fault of `contract`'s hosting by `hoster`: slash, reputation, and the
	/// repair after `max_faults`.
	fn count_fault(
		id: ChallengeId,
		contract: ContractId,
		hoster: &T::AccountId,
		mut entry: LedgerEntry<BlockNumberFor<T>>,
		now: BlockNumberFor<T>,
	) {
		let params = Parameters::<T>::get();
		let faults = entry.faults.saturating_add(1);
		let slash = Self::step(&params, faults) * Self::at_risk(hoster, entry.bytes);
		T::Stakes::slash(hoster, Role::Hoster, slash);
		T::Reputation::record(hoster, Role::Hoster, Outcome::Failure(2));
		Self::deposit_event(Event::Fault {
			challenge: id,
			hoster: hoster.clone(),
			contract,
			faults,
		});
		entry.faults = faults;
		entry.last_fault = Some(now);
		if faults >= params.max_faults {
			Self::forget(contract, hoster, &entry);
			T::Hosting::repair(contract, hoster);
		} else {
			Ledger::<T>::insert(contract, hoster, entry);
		}
	}

	/// Closes the hosting's open extra challenge, if any, without a fault.
	fn close_open(entry: &LedgerEntry<BlockNumberFor<T>>, hoster: &T::AccountId) {
		if let Some(id) = entry.open {
			if let Some(challenge) = Challenges::<T>::take(id) {
				Self::unschedule_deadline(challenge.deadline, id);
				OpenByHoster::<T>::remove(hoster, id);
				Self::closed(id, hoster);
			}
		}
	}

	/// Pays `contract`'s hosting by `hoster` for the time its hoster's `audits` proved
	/// since it was last settled, up to the last outcome: the plan's price per chunk and
	/// block, the plan's paused blocks since excluded (those left over, when more than
	/// the proven time, excluded from the next), never more than the escrow holds. If
	/// the escrow refuses, nothing changes: the time stays owed. O(1), however many
	/// audits passed. A hosting without a slot in the size tree is never drawn from, so
	/// never paid. Returns the plan if the proven time was worth more than its escrow
	/// held: the caller then stores the entry and ends the plan ([`Self::spent`]).
	#[must_use]
	pub(crate) fn settle(
		contract: ContractId,
		hoster: &T::AccountId,
		entry: &mut LedgerEntry<BlockNumberFor<T>>,
		audits: &audit::Audits,
		plan: &PlanView<T::AccountId>,
	) -> Option<PlanId> {
		if entry.slot.is_none() || audits.count == entry.mark.count {
			return None;
		}
		let (owed, next) = audits.settle(&entry.mark);
		let paused =
			plan.paused_blocks.saturating_sub(entry.paused_mark).saturating_add(entry.shortfall);
		let blocks = owed.saturating_sub(paused);
		let cost: BalanceOf<T> = plan
			.price
			.saturating_mul(entry.chunks as u128)
			.saturating_mul(blocks as u128)
			.saturated_into();
		let held = T::Escrow::balance(plan.escrow).unwrap_or_else(Zero::zero);
		let amount = cost.min(held);
		let mut paid = Zero::zero();
		if !amount.is_zero() {
			match T::Escrow::pay(plan.escrow, hoster, amount) {
				Ok(net) => paid = net,
				Err(e) => {
					log::warn!(target: "runtime::proofs", "plan {} cannot pay: {:?}", entry.plan, e);
					return None;
				}
			}
		}
		if !paid.is_zero() {
			Earned::<T>::mutate(hoster, |total| *total = total.saturating_add(paid));
		}
		entry.mark = next;
		entry.paused_mark = plan.paused_blocks;
		entry.shortfall = paused.saturating_sub(owed);
		entry.paid_until = audits.last.saturated_into();
		if blocks > 0 {
			Self::deposit_event(Event::Paid { contract, hoster: hoster.clone(), blocks, paid });
		}
		// What was proven is more than is left: the plan cannot go on.
		(cost > held).then_some(entry.plan)
	}

	/// Ends `plan`, whose escrow could not pay what its hostings proved.
	fn spent(plan: PlanId) {
		T::Plans::budget_spent(plan);
	}

	/// [`Self::settle`] with its hoster's audits and its plan as they are now; `entry`
	/// is not stored.
	fn settle_in_place(
		contract: ContractId,
		hoster: &T::AccountId,
		entry: &mut LedgerEntry<BlockNumberFor<T>>,
	) -> Option<PlanId> {
		let audit = Audited::<T>::get(hoster)?;
		let plan = T::Plans::plan(entry.plan)?;
		Self::settle(contract, hoster, entry, &audit.audits, &plan)
	}

	/// Settles the ledger entry of `contract`'s hosting by `hoster` and stores it: what
	/// the sweep does for one hosting, with its reads (the `settle` benchmark).
	pub(crate) fn settle_entry(contract: ContractId, hoster: &T::AccountId) {
		let Some(entry) = Ledger::<T>::get(contract, hoster) else { return };
		let Some(audit) = Audited::<T>::get(hoster) else { return };
		Self::settle_and_store(contract, hoster, entry, &audit.audits);
	}

	/// [`Self::settle`]s `entry` with `audits` and stores it; ends the plan if its escrow
	/// could not pay. Nothing happens if the plan is gone.
	fn settle_and_store(
		contract: ContractId,
		hoster: &T::AccountId,
		mut entry: LedgerEntry<BlockNumberFor<T>>,
		audits: &audit::Audits,
	) {
		let Some(plan) = T::Plans::plan(entry.plan) else { return };
		let spent = Self::settle(contract, hoster, &mut entry, audits, &plan);
		Ledger::<T>::insert(contract, hoster, entry);
		if let Some(plan) = spent {
			Self::spent(plan);
		}
	}

	/// What settling one hosting may take. Its benchmark reads the ledger entry and the
	/// hoster's audits too; the sweep counts those two reads again as the visit, which
	/// over-counts a settled hosting by two reads (on the safe side).
	pub fn settle_weight() -> Weight {
		T::WeightInfo::settle()
	}

	/// Settles hostings with idle weight: the ledger in key order from where the last
	/// sweep stopped, each one whose hoster had an audit since it was last settled, as
	/// many as `remaining` allows (at most a quarter of a block). Every hosting is
	/// settled when it ends or is repaired anyway: the sweep only makes the pay come
	/// sooner.
	pub(crate) fn sweep(remaining: Weight) -> Weight {
		let quarter = T::BlockWeights::get().max_block / 4;
		let limit = remaining.min(quarter);
		let db = T::DbWeight::get();
		let visit = db.reads(2);
		let step = Self::settle_weight();
		// The cursor read and written.
		let mut used = db.reads_writes(1, 1);
		if used.saturating_add(step).any_gt(limit) {
			return Weight::zero();
		}
		let cursor = SweepCursor::<T>::get();
		// Started at the ledger's beginning: the end of the ledger ends this sweep.
		let mut wrapped = cursor.is_none();
		let mut iter = match cursor {
			Some(key) => Ledger::<T>::iter_from(key.into_inner()),
			None => Ledger::<T>::iter(),
		};
		let mut exhausted = false;
		while used.saturating_add(step).all_lte(limit) {
			let Some((contract, hoster, entry)) = iter.next() else {
				if wrapped {
					exhausted = true;
					break;
				}
				wrapped = true;
				iter = Ledger::<T>::iter();
				continue;
			};
			used = used.saturating_add(visit);
			let Some(audit) = Audited::<T>::get(&hoster) else { continue };
			if entry.slot.is_none() || audit.audits.count == entry.mark.count {
				continue;
			}
			used = used.saturating_add(step);
			Self::settle_and_store(contract, &hoster, entry, &audit.audits);
		}
		if exhausted {
			SweepCursor::<T>::kill();
		} else {
			let key = BoundedVec::try_from(iter.last_raw_key().to_vec()).ok();
			SweepCursor::<T>::set(key);
		}
		used
	}

	/// Repairs the hostings of the first hoster being evicted (it missed `max_faults`
	/// audits in a row) with idle weight: as many as `limit` allows, at most
	/// [`EVICT_PER_BLOCK`] a block, each settled first for what its audits proved
	/// before. (A hoster being evicted is not audited meanwhile.)
	pub(crate) fn evict(limit: Weight) -> Weight {
		let db = T::DbWeight::get();
		let overhead = db.reads_writes(2, 2);
		let each = T::WeightInfo::evict_one();
		if overhead.saturating_add(each).any_gt(limit) {
			return Weight::zero();
		}
		let Some(hoster) = Evicting::<T>::iter_keys().next() else { return db.reads(1) };
		let room = limit.saturating_sub(overhead);
		let fit = (room.ref_time() / each.ref_time().max(1))
			.min(room.proof_size() / each.proof_size().max(1));
		let budget = (fit as u32).min(EVICT_PER_BLOCK);
		let slots: Vec<(u32, ContractId)> =
			SlotContract::<T>::iter_prefix(&hoster).take(budget as usize).collect();
		for (_, contract) in slots.iter() {
			Self::retire(*contract, &hoster);
			T::Hosting::repair(*contract, &hoster);
		}
		if (slots.len() as u32) < budget {
			Evicting::<T>::remove(&hoster);
			Audited::<T>::mutate(&hoster, |audit| {
				if let Some(a) = audit {
					a.faults = 0;
				}
			});
		}
		overhead.saturating_add(each.saturating_mul(slots.len() as u64))
	}

	/// The step of the stake slashed at the `faults`th fault in a row (the last step
	/// from then on).
	fn step(params: &ParamsOf<T>, faults: u32) -> Perbill {
		params.slashes[(faults as usize).saturating_sub(1).min(params.slashes.len() - 1)]
	}

	/// The share of `hoster`'s stake a fault of a hosting of `bytes` puts at risk: its
	/// bytes over the storage the hoster declared (the whole stake if it declared less).
	pub(crate) fn at_risk(hoster: &T::AccountId, bytes: u64) -> Perbill {
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
		Self::open_challenge(contract, &hoster, &hosting, &mut entry)?;
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
		let id = Self::open_challenge(contract, hoster, &hosting, &mut entry)?;
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

	/// Verifies every proof, each against its contract's root, and closes the challenge
	/// (it is answered once). A periodic challenge's outcome is recorded for the hoster
	/// as a whole: proven, every hosting it keeps is owed the time since its last audit
	/// (paid when next settled); not proven, none is, and each hosting whose piece was
	/// wrong has a fault. An extra challenge's outcome concerns its one hosting. O(k)
	/// work for k pieces, whatever the number of the hoster's hostings.
	pub(crate) fn do_response(
		hoster: T::AccountId,
		response: Response<T>,
	) -> DispatchResultWithPostInfo {
		let n = response.proofs.len() as u32;
		let accepted = Some(T::WeightInfo::response(n)).into();
		let id = response.challenge;
		let challenge = Challenges::<T>::take(id).ok_or(Error::<T>::ChallengeNotFound)?;
		Self::unschedule_deadline(challenge.deadline, id);
		OpenByHoster::<T>::remove(&hoster, id);
		let now = frame_system::Pallet::<T>::block_number();
		let (wrong, held) = Self::wrong_pieces(&hoster, &challenge.pieces, &response.proofs);
		if challenge.requested {
			let Some(contract) = challenge.contract() else { return Ok(accepted) };
			let Some(mut entry) = Ledger::<T>::get(contract, &hoster) else {
				return Ok(accepted); // the hosting ended since: nothing to prove any more
			};
			entry.open = None;
			if held == 0 {
				Ledger::<T>::insert(contract, &hoster, entry);
				Self::closed(id, &hoster);
			} else if !wrong.is_empty() {
				Self::fault(id, contract, &hoster, entry, true, now);
				return Ok(().into());
			} else {
				entry.faults = 0;
				Ledger::<T>::insert(contract, &hoster, entry);
				T::Reputation::record(&hoster, Role::Hoster, Outcome::Success(1));
				Self::deposit_event(Event::ProofAccepted { challenge: id, hoster });
			}
			return Ok(accepted);
		}
		let Some(mut audit) = Audited::<T>::get(&hoster) else { return Ok(accepted) };
		audit.open = None;
		let proven = held > 0 && wrong.is_empty();
		audit.audits.record(Self::block_u64(now), proven);
		if proven {
			audit.faults = 0;
		}
		Audited::<T>::insert(&hoster, audit);
		if held == 0 {
			// Every piece asked for was of a hosting that ended: nothing proven, nothing
			// wrong.
			Self::closed(id, &hoster);
		} else if proven {
			// A hosting whose piece was just proven has no faults in a row any more.
			for piece in challenge.pieces.iter() {
				Ledger::<T>::mutate(piece.contract, &hoster, |entry| {
					if let Some(e) = entry.as_mut().filter(|e| e.faults > 0) {
						e.faults = 0;
					}
				});
			}
			T::Reputation::record(&hoster, Role::Hoster, Outcome::Success(1));
			Self::deposit_event(Event::ProofAccepted { challenge: id, hoster });
		} else {
			for contract in wrong {
				if let Some(entry) = Ledger::<T>::get(contract, &hoster) {
					Self::fault(id, contract, &hoster, entry, false, now);
				}
			}
			return Ok(().into());
		}
		Ok(accepted)
	}

	/// Invariants: the proof clock is not ahead of the blocks; every open challenge is
	/// either ahead of the clock with its deadline listed, or past it and in the overdue
	/// line, is listed under its hoster, and is the open one of its hoster's audit (a
	/// periodic one) or of a hosting on the ledger (an extra one); every audited hoster
	/// is in `Due` exactly once, at the block it names, and `Due` lists nothing else;
	/// every hoster with a confirmed hosting is audited; no hosting's mark is ahead of
	/// its hoster's audits; no entry has more faults than allowed, nor a hoster more
	/// missed audits unless it is being evicted; no hoster's earnings entry is zero.
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
		let mut open = 0usize;
		for (id, c) in Challenges::<T>::iter() {
			open += 1;
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
			ensure!(OpenByHoster::<T>::contains_key(&c.hoster, id), "a challenge not listed");
			if c.requested {
				let contract = c.contract().ok_or("an extra challenge of nothing")?;
				ensure!(
					c.pieces.iter().all(|p| p.contract == contract),
					"an extra challenge of several contracts"
				);
				ensure!(
					Ledger::<T>::get(contract, &c.hoster).is_some_and(|e| e.open == Some(id)),
					"an extra challenge that is not its hosting's open one"
				);
			} else {
				ensure!(
					Audited::<T>::get(&c.hoster).is_some_and(|a| a.open == Some(id)),
					"a periodic challenge that is not its hoster's open one"
				);
			}
		}
		ensure!(OpenByHoster::<T>::iter().count() == open, "a closed challenge still listed");
		let params = Parameters::<T>::get();
		for (_, hoster, entry) in Ledger::<T>::iter() {
			ensure!(entry.faults < params.max_faults, "a hosting past its fault limit");
			if let Some(id) = entry.open {
				ensure!(Challenges::<T>::contains_key(id), "a hosting's open challenge is closed");
			}
			if entry.slot.is_some() {
				let audit = Audited::<T>::get(&hoster).ok_or("a hoster holding, not audited")?;
				ensure!(
					entry.mark.count <= audit.audits.count,
					"a hosting's mark ahead of its hoster's audits"
				);
			}
		}
		let mut audited = 0usize;
		for (hoster, audit) in Audited::<T>::iter() {
			audited += 1;
			let listed = Due::<T>::get(audit.due).iter().filter(|h| **h == hoster).count();
			ensure!(listed == 1, "a hoster is not in Due exactly once, at its block");
			ensure!(
				audit.faults < params.max_faults || Evicting::<T>::contains_key(&hoster),
				"a hoster past its fault limit is not being evicted"
			);
			if let Some(id) = audit.open {
				ensure!(Challenges::<T>::contains_key(id), "a hoster's open audit is closed");
			}
		}
		for hoster in Evicting::<T>::iter_keys() {
			ensure!(Audited::<T>::contains_key(&hoster), "evicting a hoster not audited");
		}
		Self::check_size_trees()?;
		let scheduled: usize = Due::<T>::iter_values().map(|l| l.len()).sum();
		ensure!(scheduled == audited, "Due lists a hoster that is not audited");
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
	/// A hosting was confirmed: it takes a slot in its hoster's size tree, so its data is
	/// drawn from, and is paid from now on for the time its hoster's audits prove. A
	/// hoster's first hosting makes it audited, within a period (at a random block of
	/// it, so audits spread over the blocks).
	fn confirmed(contract: u64, hoster: &T::AccountId) {
		let now = frame_system::Pallet::<T>::block_number();
		// Confirmed again (its setup checked anew): what was proven before is paid.
		Self::retire(contract, hoster);
		let Some(hosting) = T::Hosting::hosting(contract, hoster) else { return };
		let paused_mark = T::Plans::plan(hosting.plan).map(|p| p.paused_blocks).unwrap_or_default();
		let chunks = hosting.end.saturating_sub(hosting.start);
		let bytes = (chunks as u64).saturating_mul(hosting.chunk_size as u64);
		let slot = Self::take_slot(hoster, contract, bytes);
		if slot.is_none() {
			log::warn!(target: "runtime::proofs", "{:?} holds {} hostings: contract {} is not drawn from, nor paid", hoster, HOLDING_SLOTS, contract);
		}
		let audit = Audited::<T>::get(hoster).unwrap_or_else(|| {
			let period: u32 = Parameters::<T>::get().period.unique_saturated_into();
			let offset = random::offset_in_period(&(b"datdot/due", hoster, now), period);
			let due = Self::schedule_due(now.saturating_add(offset.into()), hoster);
			let audit = HosterAudit { due, ..Default::default() };
			Audited::<T>::insert(hoster, &audit);
			audit
		});
		Ledger::<T>::insert(
			contract,
			hoster,
			LedgerEntry {
				plan: hosting.plan,
				chunks,
				paid_until: now,
				mark: audit.audits.mark(Self::block_u64(now)),
				paused_mark,
				shortfall: 0,
				faults: 0,
				last_fault: None,
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
		if Self::open_challenge(contract, hoster, &hosting, &mut entry).is_ok() {
			Ledger::<T>::insert(contract, hoster, entry);
		}
	}

	/// The hosting ended: it is paid for what its hoster's audits proved up to the last
	/// one (the time since was not proven), its open extra challenge closes without a
	/// fault, and its size-tree slot goes.
	fn ended(contract: u64, hoster: &T::AccountId) {
		Self::retire(contract, hoster);
	}
}
