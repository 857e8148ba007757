//! The logic behind the calls and the timeout hook.
use super::*;
use codec::Encode;
use datdot_primitives::{
	traits::{
		AccountObligations, DisputeManager, DisputeOutcome, EscrowId, EscrowManager, Obligation,
		Outcome, ProviderStakes, RatingSource, ReputationOf, ReputationSink, RoleProvider,
	},
	Role,
};
use frame_support::{ensure, pallet_prelude::*, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::sr25519;
use sp_runtime::{
	traits::{One, Saturating, Zero},
	Perbill,
};

/// How many blocks past the wanted one a timeout may move when that block is full.
const SCHEDULE_SEARCH: u32 = 16;

impl<T: Config> Pallet<T> {
	/// Whether `params` can run the market: a zero challenge window would accept every
	/// result before the client could look, a zero claim period would lapse every claim
	/// (and slash its worker) at once, a zero minimum payment would let anyone fill the
	/// schedule for free.
	pub(crate) fn params_in_range(params: &ParamsOf<T>) -> bool {
		let max = T::MaxJobDuration::get();
		!params.min_payment.is_zero()
			&& !params.challenge_window.is_zero()
			&& params.challenge_window <= max
			&& !params.claim_period.is_zero()
			&& params.claim_period <= max
			&& params.early_window <= max
			&& params.high_reputation <= 1000
	}

	fn job(id: JobId) -> Result<JobOf<T>, Error<T>> {
		Jobs::<T>::get(id).ok_or(Error::<T>::JobNotFound)
	}

	/// Puts `(job, kind)` in the first block from `at` with room for its kind (see
	/// `Timeout::places`); returns that block.
	fn schedule(
		job: JobId,
		kind: Timeout,
		at: BlockNumberFor<T>,
	) -> Result<BlockNumberFor<T>, Error<T>> {
		let places = kind.places(T::MaxTimeoutsPerBlock::get());
		datdot_primitives::schedule::first_with_room(at, SCHEDULE_SEARCH, |block| {
			Timeouts::<T>::try_mutate(block, |list| {
				let taken = list.iter().filter(|(_, k)| *k == kind).count() as u32;
				if taken >= places {
					return Err(());
				}
				list.try_push((job, kind)).map_err(|_| ())
			})
			.is_ok()
		})
		.ok_or(Error::<T>::ScheduleFull)
	}

	pub(crate) fn do_post(
		client: T::AccountId,
		spec_hash: [u8; 32],
		input_hash: [u8; 32],
		requirements: Requirements<BlockNumberFor<T>>,
		payment: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(payment >= Parameters::<T>::get().min_payment, Error::<T>::PaymentTooLow);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			requirements.deadline > now
				&& requirements.deadline <= now.saturating_add(T::MaxJobDuration::get()),
			Error::<T>::BadDeadline
		);
		let id = NextJobId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		// Schedule first: it can fail on room, and a failed call must hold nothing.
		Self::schedule(id, Timeout::Deadline, requirements.deadline)?;
		let escrow =
			T::Escrow::open(&client, payment).map_err(|_| Error::<T>::InsufficientBalance)?;
		NextJobId::<T>::put(next);
		let deadline = requirements.deadline;
		Jobs::<T>::insert(
			id,
			Job {
				client: client.clone(),
				spec_hash,
				input_hash,
				requirements,
				payment,
				escrow,
				status: JobStatus::Posted,
				failed: BoundedVec::new(),
				posted: now,
			},
		);
		Self::deposit_event(Event::JobPosted { job: id, client, payment, deadline });
		Ok(())
	}

	pub(crate) fn do_claim(worker: T::AccountId, id: JobId) -> DispatchResult {
		let mut job = Self::job(id)?;
		ensure!(job.status == JobStatus::Posted, Error::<T>::WrongStatus);
		ensure!(worker != job.client, Error::<T>::OwnJob);
		ensure!(!job.failed.contains(&worker), Error::<T>::AlreadyFailed);
		ensure!(T::Roles::is_active(&worker, Role::Worker), Error::<T>::NotAWorker);
		ensure!(
			T::Roles::duties(&worker, Role::Worker) < T::MaxClaimsPerWorker::get(),
			Error::<T>::TooManyClaims
		);
		let reputation = T::Reputation::reputation(&worker, Role::Worker);
		ensure!(reputation >= job.requirements.min_reputation, Error::<T>::ReputationTooLow);
		let params = Parameters::<T>::get();
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			reputation >= params.high_reputation
				|| now >= job.posted.saturating_add(params.early_window),
			Error::<T>::TooEarly
		);
		let offered = T::Stakes::resources(&worker, Role::Worker).unwrap_or_default();
		let needed = &job.requirements.resources;
		ensure!(
			offered.storage >= needed.storage
				&& offered.bandwidth >= needed.bandwidth
				&& offered.cpu >= needed.cpu
				&& offered.ram >= needed.ram,
			Error::<T>::NotEnoughResources
		);
		ensure!(now < job.requirements.deadline, Error::<T>::DeadlinePassed);
		let mut until = now.saturating_add(params.claim_period);
		if until < job.requirements.deadline {
			// The claim lapses at the block that had room for its timeout.
			until = Self::schedule(id, Timeout::Claim, until)?;
		}
		// A claim running to the deadline is handled by the deadline.
		let until = until.min(job.requirements.deadline);
		T::Roles::reserve(&worker, Role::Worker, 0).map_err(|_| Error::<T>::NotAWorker)?;
		job.status = JobStatus::Claimed { worker: worker.clone(), until };
		Jobs::<T>::insert(id, job);
		Self::deposit_event(Event::JobClaimed { job: id, worker, until });
		Ok(())
	}

	pub(crate) fn do_submit(
		who: T::AccountId,
		id: JobId,
		result: [u8; 32],
		proof: Option<[u8; 32]>,
	) -> DispatchResult {
		let mut job = Self::job(id)?;
		let JobStatus::Claimed { worker, until } = &job.status else {
			return Err(Error::<T>::WrongStatus.into());
		};
		ensure!(*worker == who, Error::<T>::NotWorker);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now < *until, Error::<T>::DeadlinePassed);
		let window = Parameters::<T>::get().challenge_window;
		let accept_at = Self::schedule(id, Timeout::Accept, now.saturating_add(window))?;
		job.status = JobStatus::Submitted { worker: who.clone(), result, proof, accept_at };
		Jobs::<T>::insert(id, job);
		Self::deposit_event(Event::ResultSubmitted { job: id, worker: who, result, accept_at });
		Ok(())
	}

	pub(crate) fn do_accept(who: T::AccountId, id: JobId) -> DispatchResult {
		let job = Self::job(id)?;
		ensure!(job.client == who, Error::<T>::NotClient);
		let JobStatus::Submitted { worker, .. } = job.status.clone() else {
			return Err(Error::<T>::WrongStatus.into());
		};
		Self::settle(id, job, worker, Perbill::one(), Completion::Accepted)
	}

	pub(crate) fn do_dispute(who: T::AccountId, id: JobId) -> DispatchResult {
		let mut job = Self::job(id)?;
		ensure!(job.client == who, Error::<T>::NotClient);
		let JobStatus::Submitted { worker, result, accept_at, .. } = job.status.clone() else {
			return Err(Error::<T>::WrongStatus.into());
		};
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now < accept_at, Error::<T>::WindowClosed);
		let bond = Parameters::<T>::get().dispute_bond;
		T::Escrow::open_dispute(job.escrow, &who, &worker, bond)
			.map_err(|_| Error::<T>::InsufficientBalance)?;
		Disputed::<T>::insert(job.escrow, id);
		job.status = JobStatus::Disputed { worker, result };
		Jobs::<T>::insert(id, job);
		Self::deposit_event(Event::JobDisputed { job: id, bond });
		Ok(())
	}

	pub(crate) fn do_cancel(who: T::AccountId, id: JobId) -> DispatchResult {
		let job = Self::job(id)?;
		ensure!(job.client == who, Error::<T>::NotClient);
		ensure!(job.status == JobStatus::Posted, Error::<T>::WrongStatus);
		let refunded = T::Escrow::refund(job.escrow)?;
		Jobs::<T>::remove(id);
		Self::deposit_event(Event::JobCancelled { job: id, refunded });
		Ok(())
	}

	pub(crate) fn do_complete_with_receipt(
		who: T::AccountId,
		id: JobId,
		receipt: Receipt,
		client_signature: sr25519::Signature,
		worker_signature: sr25519::Signature,
	) -> DispatchResult {
		let job = Self::job(id)?;
		let worker = match &job.status {
			JobStatus::Claimed { worker, .. } | JobStatus::Submitted { worker, .. } => {
				worker.clone()
			}
			_ => return Err(Error::<T>::WrongStatus.into()),
		};
		ensure!(who == job.client || who == worker, Error::<T>::NotWorker);
		ensure!(
			receipt.checkpoints > 0 && receipt.checkpoint <= receipt.checkpoints,
			Error::<T>::BadReceipt
		);
		let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		let message = Receipt::message(&genesis, id, &receipt);
		ensure!(
			Self::signed_by(&message, &client_signature, &job.client)
				&& Self::signed_by(&message, &worker_signature, &worker),
			Error::<T>::BadSignature
		);
		Self::settle(id, job, worker, receipt.share(), Completion::Receipt)
	}

	/// Whether `signature` over `message` verifies under `who`'s sr25519 account key.
	fn signed_by(message: &[u8], signature: &sr25519::Signature, who: &T::AccountId) -> bool {
		let Ok(raw) = <[u8; 32]>::decode(&mut &who.encode()[..]) else { return false };
		sp_io::crypto::sr25519_verify(signature, message, &sr25519::Public::from_raw(raw))
	}

	/// Pays `share` of the payment to `worker`, refunds the rest to the client and ends
	/// the job. Nothing is paid twice: the escrow closes and the job leaves storage.
	fn settle(
		id: JobId,
		job: JobOf<T>,
		worker: T::AccountId,
		share: Perbill,
		how: Completion,
	) -> DispatchResult {
		let amount = share * job.payment;
		let paid = if amount.is_zero() {
			Zero::zero()
		} else {
			T::Escrow::pay(job.escrow, &worker, amount)?
		};
		let refunded = T::Escrow::refund(job.escrow)?;
		Self::finish(id, &job, &worker, share);
		Self::deposit_event(Event::JobCompleted { job: id, worker, paid, refunded, how });
		Ok(())
	}

	/// Bookkeeping of a job that ended with `worker` earning `share`: its duty ends, its
	/// reputation follows the outcome and the client may rate it.
	fn finish(id: JobId, job: &JobOf<T>, worker: &T::AccountId, share: Perbill) {
		Jobs::<T>::remove(id);
		T::Roles::release(worker, Role::Worker, 0);
		let outcome = if share == Perbill::one() {
			Outcome::Success(2)
		} else if share >= Perbill::from_percent(50) {
			Outcome::Success(1)
		} else {
			Outcome::Failure(1)
		};
		T::Reputation::record(worker, Role::Worker, outcome);
		// The client may rate a worker it paid, for `RatingWindow` blocks. A right whose
		// lapse finds no place in the schedule is not given: nothing stays forever.
		if !share.is_zero() {
			let lapses =
				frame_system::Pallet::<T>::block_number().saturating_add(T::RatingWindow::get());
			if Self::schedule(id, Timeout::Rating, lapses).is_ok() {
				Unrated::<T>::insert(id, (job.client.clone(), worker.clone()));
			}
		}
	}

	/// Handles the timeouts due at `now`: lapsed claims, deadlines and closed windows.
	pub(crate) fn handle_timeouts(now: BlockNumberFor<T>) -> Weight {
		let due = Timeouts::<T>::take(now);
		let n = due.len() as u32;
		// While the breaker refuses the pallet's calls, the worker cannot submit and the
		// client cannot dispute: a timeout still waited on moves on a block at a time
		// instead of lapsing, expiring or accepting, and once more at the first block after
		// the pause, so each side has a whole block to act. (Only if no block near has
		// room does it apply now.)
		let paused = T::CallsPaused::get();
		let was_paused = PausedLastBlock::<T>::get();
		if paused != was_paused {
			PausedLastBlock::<T>::put(paused);
		}
		for (id, kind) in due {
			if kind == Timeout::Rating {
				Unrated::<T>::remove(id);
				continue;
			}
			let Some(job) = Jobs::<T>::get(id) else { continue };
			if (paused || was_paused) && Self::postpone(id, kind, &job, now) {
				continue;
			}
			let result = match (kind, job.status.clone()) {
				(Timeout::Accept, JobStatus::Submitted { worker, accept_at, .. })
					if accept_at == now =>
				{
					Self::settle(id, job, worker, Perbill::one(), Completion::AutoAccepted)
				}
				(Timeout::Claim, JobStatus::Claimed { worker, until }) if until == now => {
					Self::lapse(id, job, worker)
				}
				(Timeout::Deadline, JobStatus::Posted) => Self::expire(id, job, None),
				(Timeout::Deadline, JobStatus::Claimed { worker, .. }) => {
					Self::expire(id, job, Some(worker))
				}
				// Moved on since it was scheduled: nothing to do.
				_ => Ok(()),
			};
			if let Err(e) = result {
				frame_support::defensive!("a job timeout failed", e);
			}
		}
		T::WeightInfo::on_initialize(n).saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}

	/// Moves `job`'s timeout `kind`, due at `now`, to the first later block with room,
	/// if the job still waits on it. Returns whether it moved.
	fn postpone(id: JobId, kind: Timeout, job: &JobOf<T>, now: BlockNumberFor<T>) -> bool {
		let waits = match (&kind, &job.status) {
			(Timeout::Accept, JobStatus::Submitted { accept_at, .. }) => *accept_at == now,
			(Timeout::Claim, JobStatus::Claimed { until, .. }) => *until == now,
			(Timeout::Deadline, JobStatus::Posted | JobStatus::Claimed { .. }) => true,
			_ => false,
		};
		if !waits {
			return false;
		}
		let Ok(at) = Self::schedule(id, kind, now.saturating_add(One::one())) else {
			return false;
		};
		let mut job = job.clone();
		match &mut job.status {
			JobStatus::Submitted { accept_at, .. } if kind == Timeout::Accept => *accept_at = at,
			JobStatus::Claimed { until, .. } if kind == Timeout::Claim || *until == now => {
				*until = at
			}
			_ => {}
		}
		Jobs::<T>::insert(id, job);
		Self::deposit_event(Event::TimeoutPostponed { job: id, until: at });
		true
	}

	/// A claim lapsed: the worker is penalised and barred from the job, which reopens.
	fn lapse(id: JobId, mut job: JobOf<T>, worker: T::AccountId) -> DispatchResult {
		Self::penalise(&worker);
		// A full list of failures leaves the job unclaimable by others but still
		// refundable at its deadline.
		let _ = job.failed.try_push(worker.clone());
		job.status = JobStatus::Posted;
		Jobs::<T>::insert(id, job);
		Self::deposit_event(Event::ClaimLapsed { job: id, worker });
		Ok(())
	}

	/// The deadline passed without a result: the client gets the payment back and a
	/// worker that held the claim is penalised.
	fn expire(id: JobId, job: JobOf<T>, worker: Option<T::AccountId>) -> DispatchResult {
		let refunded = T::Escrow::refund(job.escrow)?;
		Jobs::<T>::remove(id);
		if let Some(worker) = worker {
			Self::penalise(&worker);
			Self::deposit_event(Event::ClaimLapsed { job: id, worker });
		}
		Self::deposit_event(Event::JobExpired { job: id, refunded });
		Ok(())
	}

	fn penalise(worker: &T::AccountId) {
		T::Roles::release(worker, Role::Worker, 0);
		T::Reputation::record(worker, Role::Worker, Outcome::Failure(3));
		T::Stakes::slash(worker, Role::Worker, Parameters::<T>::get().slash);
	}

	/// Invariants: every live job's escrow is open and holds its payment (nothing was
	/// paid out of a live job); a disputed job is listed under its escrow; every job
	/// waiting on a timeout has one scheduled.
	#[cfg(any(feature = "try-runtime", feature = "std", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		// One pass over the schedule: what is scheduled where, and the shares.
		let max = T::MaxTimeoutsPerBlock::get();
		let mut accepting = alloc::collections::BTreeSet::new();
		let mut deadlines = alloc::collections::BTreeSet::new();
		let mut lapsing = alloc::collections::BTreeSet::new();
		for (block, list) in Timeouts::<T>::iter() {
			for kind in [Timeout::Deadline, Timeout::Rating] {
				let taken = list.iter().filter(|(_, k)| *k == kind).count() as u32;
				ensure!(taken <= kind.places(max), "a kind of timeout beyond its share");
			}
			for (id, kind) in list {
				match kind {
					Timeout::Deadline => deadlines.insert(id),
					Timeout::Rating => lapsing.insert(id),
					Timeout::Accept => accepting.insert((id, block)),
					Timeout::Claim => false,
				};
			}
		}
		for (id, job) in Jobs::<T>::iter() {
			ensure!(id < NextJobId::<T>::get(), "a job id not yet issued");
			ensure!(
				T::Escrow::balance(job.escrow) == Some(job.payment),
				"a live job's escrow does not hold its payment"
			);
			match &job.status {
				JobStatus::Disputed { .. } => ensure!(
					Disputed::<T>::get(job.escrow) == Some(id),
					"a disputed job is not listed under its escrow"
				),
				JobStatus::Submitted { accept_at, .. } => ensure!(
					accepting.contains(&(id, *accept_at)),
					"a submitted job without its acceptance scheduled"
				),
				JobStatus::Posted | JobStatus::Claimed { .. } => {
					ensure!(deadlines.contains(&id), "a job without its deadline scheduled")
				}
			}
		}
		for (escrow, id) in Disputed::<T>::iter() {
			let job = Jobs::<T>::get(id).ok_or("a dispute for no job")?;
			ensure!(job.escrow == escrow, "a dispute listed under the wrong escrow");
		}
		for id in Unrated::<T>::iter_keys() {
			ensure!(lapsing.contains(&id), "a rating right that never lapses");
		}
		Ok(())
	}
}

impl<T: Config> DisputeOutcome<BalanceOf<T>> for Pallet<T> {
	/// The arbiter settled the dispute over `escrow`: the escrow already paid and
	/// refunded; the job ends with the worker's share deciding its reputation.
	fn resolved(
		escrow: EscrowId,
		payee_share: Perbill,
		paid: BalanceOf<T>,
		refunded: BalanceOf<T>,
	) {
		let Some(id) = Disputed::<T>::take(escrow) else { return };
		let Some(job) = Jobs::<T>::get(id) else { return };
		if let JobStatus::Disputed { worker, .. } = &job.status {
			let worker = worker.clone();
			Self::finish(id, &job, &worker, payee_share);
			Self::deposit_event(Event::JobCompleted {
				job: id,
				worker,
				paid,
				refunded,
				how: Completion::Resolved,
			});
		}
	}

	fn weight() -> Weight {
		// `finish` is a part of what `accept` does.
		T::WeightInfo::accept()
	}
}

impl<T: Config> RatingSource<T::AccountId> for Pallet<T> {
	fn take_rating(job: u64, client: &T::AccountId) -> Result<T::AccountId, DispatchError> {
		Unrated::<T>::try_mutate_exists(job, |entry| {
			let (c, worker) = entry.take().ok_or(Error::<T>::JobNotFound)?;
			ensure!(&c == client, Error::<T>::NotClient);
			Ok(worker)
		})
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn make_ratable(job: u64, client: &T::AccountId, worker: &T::AccountId) {
		Unrated::<T>::insert(job, (client.clone(), worker.clone()));
	}
}

impl<T: Config> AccountObligations<T::AccountId> for Pallet<T> {
	fn obligation(who: &T::AccountId) -> Option<Obligation> {
		(T::Roles::duties(who, Role::Worker) > 0).then_some(Obligation::Job)
	}
}
