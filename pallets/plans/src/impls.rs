//! The logic behind the calls and hooks.
use super::*;
use datdot_primitives::{
	is_http_url, is_valid_geohash,
	traits::{
		AccountObligations, DatasetView, EscrowManager, Obligation, PlanId, PlanInspect,
		PlanLifecycle, PlanView, RoleProvider,
	},
	Role,
};
use frame_support::{ensure, pallet_prelude::*};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{Saturating, UniqueSaturatedInto, Zero};

impl<T: Config> Pallet<T> {
	/// The budget of hosting `chunks` chunks `replication` times for `blocks` blocks.
	pub fn budget(
		price: BalanceOf<T>,
		chunks: u64,
		replication: u8,
		blocks: BlockNumberFor<T>,
	) -> Result<BalanceOf<T>, Error<T>> {
		let blocks: u128 = blocks.unique_saturated_into();
		let units = (chunks as u128)
			.checked_mul(replication as u128)
			.and_then(|u| u.checked_mul(blocks))
			.ok_or(Error::<T>::BudgetOverflow)?;
		let units: BalanceOf<T> = units.try_into().map_err(|_| Error::<T>::BudgetOverflow)?;
		price.checked_mul(&units).ok_or(Error::<T>::BudgetOverflow)
	}

	/// The budget `plan` needs from `now` to its end.
	fn remaining_budget(
		terms: &TermsOf<T>,
		now: BlockNumberFor<T>,
	) -> Result<BalanceOf<T>, Error<T>> {
		let from = now.max(terms.start);
		Self::budget(
			terms.price,
			chunk_count(&terms.ranges),
			terms.replication,
			terms.end.saturating_sub(from),
		)
	}

	/// `terms`' chunk ranges as the hosting side takes them: (data set, start, end).
	fn range_tuples(terms: &TermsOf<T>) -> alloc::vec::Vec<(u32, u32, u32)> {
		terms.ranges.iter().map(|r| (r.dataset, r.start, r.end)).collect()
	}

	/// What `terms` must hold for the attestors' fees.
	fn fee_reserve(terms: &TermsOf<T>) -> Result<BalanceOf<T>, Error<T>> {
		T::Lifecycle::fee_reserve(&Self::range_tuples(terms), terms.replication)
			.try_into()
			.map_err(|_| Error::<T>::BudgetOverflow)
	}

	fn validate_ranges(terms: &TermsOf<T>) -> DispatchResult {
		ensure!(terms.ranges.iter().any(|r| !r.is_empty()), Error::<T>::NoRanges);
		for r in terms.ranges.iter() {
			let dataset =
				terms.datasets.get(r.dataset as usize).ok_or(Error::<T>::RangeOutOfBounds)?;
			ensure!(r.start < r.end && r.end <= dataset.chunks, Error::<T>::RangeOutOfBounds);
		}
		Ok(())
	}

	fn validate_terms(terms: &TermsOf<T>, now: BlockNumberFor<T>) -> DispatchResult {
		ensure!(!terms.datasets.is_empty(), Error::<T>::NoDatasets);
		for d in terms.datasets.iter() {
			ensure!(d.chunks > 0 && d.chunk_size > 0, Error::<T>::EmptyDataset);
			ensure!(d.chunk_size <= T::MaxChunkSize::get(), Error::<T>::ChunkTooLarge);
			ensure!(is_http_url(&d.source), Error::<T>::InvalidSource);
			if let Some(feed) = &d.feed {
				let message = FeedSignature::message(&d.root, d.chunks);
				let signature = sp_core::ed25519::Signature::from_raw(feed.signature);
				let key = sp_core::ed25519::Public::from_raw(feed.key);
				ensure!(
					sp_io::crypto::ed25519_verify(&signature, &message, &key),
					Error::<T>::BadFeedSignature
				);
			}
		}
		Self::validate_ranges(terms)?;
		Self::contracts(terms)?;
		ensure!(
			terms.replication >= 1 && terms.replication <= T::MaxReplication::get(),
			Error::<T>::InvalidReplication
		);
		ensure!(terms.regions.iter().all(|r| is_valid_geohash(r)), Error::<T>::InvalidRegion);
		ensure!(terms.end > terms.start && terms.end > now, Error::<T>::InvalidPeriod);
		ensure!(
			terms.start <= now.saturating_add(T::MaxStartDelay::get()),
			Error::<T>::StartTooFar
		);
		ensure!(!terms.price.is_zero(), Error::<T>::ZeroPrice);
		ensure!(terms.min_reputation <= 1000, Error::<T>::InvalidReputation);
		Ok(())
	}

	/// Inserts `entry` at its priority: higher price first, then older, then lower id.
	fn enqueue(entry: QueueEntry<BalanceOf<T>, BlockNumberFor<T>>) -> DispatchResult {
		Queue::<T>::try_mutate(|queue| {
			let at =
				queue.iter().position(|e| entry.priority_cmp(e).is_lt()).unwrap_or(queue.len());
			queue.try_insert(at, entry).map_err(|_| Error::<T>::QueueFull.into())
		})
	}

	/// How many contracts `terms` cut into.
	fn contracts(terms: &TermsOf<T>) -> Result<u32, DispatchError> {
		T::Lifecycle::check_ranges(&Self::range_tuples(terms))
			.map_err(|_| Error::<T>::TooManyContracts.into())
	}

	/// Schedules `plan` to end at `at`, if that block has room for another plan.
	fn schedule_end(plan: PlanId, at: BlockNumberFor<T>) -> DispatchResult {
		Endings::<T>::try_mutate(at, |ends| {
			ends.try_push(plan).map_err(|_| Error::<T>::EndBlockFull.into())
		})
	}

	fn unschedule_end(plan: PlanId, at: BlockNumberFor<T>) {
		Endings::<T>::mutate_exists(at, |ids| {
			if let Some(list) = ids {
				list.retain(|id| *id != plan);
				if list.is_empty() {
					*ids = None;
				}
			}
		});
	}

	pub(crate) fn do_subscribe(who: T::AccountId, terms: TermsOf<T>) -> DispatchResult {
		ensure!(T::Roles::has_role(&who, Role::Sponsor), Error::<T>::NotASponsor);
		let now = frame_system::Pallet::<T>::block_number();
		Self::validate_terms(&terms, now)?;
		let count = PlanCount::<T>::get(&who);
		ensure!(count < T::MaxPlansPerSponsor::get(), Error::<T>::TooManyPlans);
		let fees = Self::fee_reserve(&terms)?;
		let budget = Self::remaining_budget(&terms, now)?
			.checked_add(&fees)
			.ok_or(Error::<T>::BudgetOverflow)?;
		let plan = NextPlanId::<T>::get();
		let next = plan.checked_add(1).ok_or(Error::<T>::Overflow)?;

		// Queue and schedule first: they can fail on capacity, and a failed call
		// must hold nothing.
		Self::enqueue(QueueEntry { plan, price: terms.price, created: now, start: terms.start })?;
		Self::schedule_end(plan, terms.end)?;
		let escrow = T::Escrow::open(&who, budget).map_err(|_| Error::<T>::InsufficientBalance)?;

		NextPlanId::<T>::put(next);
		PlanCount::<T>::insert(&who, count.saturating_add(1));
		Plans::<T>::insert(
			plan,
			Plan {
				sponsor: who.clone(),
				terms,
				escrow,
				status: PlanStatus::Queued,
				created: now,
				paused: Zero::zero(),
				fees,
			},
		);
		Self::deposit_event(Event::PlanSubscribed { plan, sponsor: who, budget, fees });
		Ok(())
	}

	fn sponsored(who: &T::AccountId, plan: PlanId) -> Result<PlanOf<T>, DispatchError> {
		let p = Plans::<T>::get(plan).ok_or(Error::<T>::PlanNotFound)?;
		ensure!(&p.sponsor == who, Error::<T>::NotSponsor);
		Ok(p)
	}

	/// Applies `changes`; returns the weight the hosting side used to follow them.
	pub(crate) fn do_update(
		who: T::AccountId,
		plan: PlanId,
		changes: ChangesOf<T>,
	) -> Result<Weight, DispatchError> {
		ensure!(
			changes.ranges.is_some()
				|| changes.replication.is_some()
				|| changes.end.is_some()
				|| changes.price.is_some(),
			Error::<T>::NothingToUpdate
		);
		let mut p = Self::sponsored(&who, plan)?;
		ensure!(!Spent::<T>::contains_key(plan), Error::<T>::BudgetExhausted);
		let now = frame_system::Pallet::<T>::block_number();
		// Hosters of a started plan are paid for proven time at its price, so the price
		// stays and no update changes what was earned. Its contracts were cut from its
		// ranges, so ranges may only be added. Replication and the end may move; the
		// budget follows from the update block on.
		let started = p.status != PlanStatus::Queued;
		if started {
			ensure!(changes.price.is_none(), Error::<T>::FixedWhileHosted);
			if let Some(ranges) = &changes.ranges {
				ensure!(ranges.starts_with(&p.terms.ranges[..]), Error::<T>::FixedWhileHosted);
			}
		}
		let hosting_changed = changes.ranges.as_ref().is_some_and(|r| *r != p.terms.ranges)
			|| changes.replication.is_some_and(|r| r != p.terms.replication);
		let old_terms = p.terms.clone();
		let old_end = p.terms.end;
		let old_budget = Self::remaining_budget(&p.terms, now)?.saturating_add(p.fees);
		if let Some(ranges) = changes.ranges {
			p.terms.ranges = ranges;
		}
		if let Some(replication) = changes.replication {
			p.terms.replication = replication;
		}
		if let Some(end) = changes.end {
			p.terms.end = end;
		}
		if let Some(price) = changes.price {
			p.terms.price = price;
		}
		Self::validate_terms(&p.terms, now)?;
		// Ranges and replication may have changed: so has what the fees need. A started
		// plan has paid some already, so it adds what the new hosters' placements need.
		let mut fee_top_up = Zero::zero();
		if started {
			fee_top_up =
				Self::fee_reserve(&p.terms)?.saturating_sub(Self::fee_reserve(&old_terms)?);
			p.fees = p.fees.saturating_add(fee_top_up);
		} else {
			p.fees = Self::fee_reserve(&p.terms)?;
		}
		let budget = Self::remaining_budget(&p.terms, now)?
			.checked_add(&p.fees)
			.ok_or(Error::<T>::BudgetOverflow)?;
		if p.terms.end != old_end {
			// Out of the old block first; a failed call undoes both.
			Self::unschedule_end(plan, old_end);
			Self::schedule_end(plan, p.terms.end)?;
		}
		// The escrow holds what the old terms need from now on plus what hosters earned
		// and were not paid yet; only the difference of the two futures moves, so the
		// unpaid earnings stay held.
		if budget > old_budget {
			T::Escrow::top_up(p.escrow, &who, budget.saturating_sub(old_budget))
				.map_err(|_| Error::<T>::InsufficientBalance)?;
		} else if old_budget > budget {
			T::Escrow::refund_part(p.escrow, old_budget.saturating_sub(budget))?;
		}
		if p.status == PlanStatus::Queued {
			Queue::<T>::mutate(|q| {
				if let Some(e) = q.iter_mut().find(|e| e.plan == plan) {
					e.price = p.terms.price;
				}
				// Re-sort: a price change moves the plan in the queue.
				q.sort_by(|a, b| a.priority_cmp(b));
			});
		}
		Plans::<T>::insert(plan, p);
		let hosting = if started && hosting_changed {
			T::Lifecycle::plan_updated(plan, fee_top_up.unique_saturated_into())?
		} else {
			Weight::zero()
		};
		Self::deposit_event(Event::PlanUpdated { plan, budget });
		Ok(hosting)
	}

	pub(crate) fn do_pause(who: T::AccountId, plan: PlanId) -> DispatchResult {
		let mut p = Self::sponsored(&who, plan)?;
		ensure!(p.status == PlanStatus::Active, Error::<T>::NotActive);
		p.status = PlanStatus::Paused(frame_system::Pallet::<T>::block_number());
		Plans::<T>::insert(plan, p);
		Self::deposit_event(Event::PausePlan { plan });
		Ok(())
	}

	pub(crate) fn do_resume(who: T::AccountId, plan: PlanId) -> DispatchResult {
		let mut p = Self::sponsored(&who, plan)?;
		let PlanStatus::Paused(since) = p.status else {
			return Err(Error::<T>::NotPaused.into());
		};
		let now = frame_system::Pallet::<T>::block_number();
		p.paused = p.paused.saturating_add(now.saturating_sub(since));
		p.status = PlanStatus::Active;
		Plans::<T>::insert(plan, p);
		Self::deposit_event(Event::ResumePlan { plan });
		Ok(())
	}

	/// Ends `plan` for its sponsor; returns the weight the hosting side took.
	pub(crate) fn do_unsubscribe(who: T::AccountId, plan: PlanId) -> Result<Weight, DispatchError> {
		let p = Self::sponsored(&who, plan)?;
		Self::unschedule_end(plan, p.terms.end);
		Self::end_plan(plan, p, EndReason::Unsubscribed)
	}

	/// Ends `plan`: hosting ended (its hostings released now or over the next blocks,
	/// as the hosting side can), the rest of the budget refunded, the plan removed.
	/// Returns the weight the hosting side took to end it.
	fn end_plan(plan: PlanId, p: PlanOf<T>, reason: EndReason) -> Result<Weight, DispatchError> {
		let started = p.status != PlanStatus::Queued;
		let weight = if started {
			T::Lifecycle::plan_ended(plan);
			T::Lifecycle::end_weight()
		} else {
			Queue::<T>::mutate(|q| q.retain(|e| e.plan != plan));
			Weight::zero()
		};
		Spent::<T>::remove(plan);
		let refund = T::Escrow::refund(p.escrow)?;
		PlanCount::<T>::mutate(&p.sponsor, |c| *c = c.saturating_sub(1));
		Plans::<T>::remove(plan);
		Self::deposit_event(Event::EndPlan { plan, reason, refund });
		Ok(weight)
	}

	/// Starts up to `MaxStartsPerBlock` queued plans whose start has come, in priority order.
	pub(crate) fn start_due(now: BlockNumberFor<T>) -> Weight {
		let mut queue = Queue::<T>::get();
		let mut started = 0u32;
		let mut hosting = Weight::zero();
		let mut i = 0;
		while i < queue.len() && started < T::MaxStartsPerBlock::get() {
			if queue[i].start > now {
				i += 1;
				continue;
			}
			let entry = queue.remove(i);
			started += 1;
			let started_plan = Plans::<T>::mutate(entry.plan, |p| {
				p.as_mut().map(|p| {
					p.status = PlanStatus::Active;
					(p.fees, Self::contracts(&p.terms).unwrap_or_default())
				})
			});
			let (fees, contracts) = started_plan.unwrap_or_default();
			hosting = hosting.saturating_add(T::Lifecycle::start_weight(contracts));
			let fees = fees.unique_saturated_into();
			if let Err(e) = T::Lifecycle::plan_due(entry.plan, fees) {
				log::warn!(target: "runtime::plans", "plan {} could not be set up: {:?}", entry.plan, e);
			}
			Self::deposit_event(Event::PlanStarted { plan: entry.plan });
		}
		if started > 0 {
			Queue::<T>::put(queue);
		}
		T::WeightInfo::on_initialize_start(started).saturating_add(hosting)
	}

	/// Ends the plans scheduled to end at `now`.
	pub(crate) fn end_due(now: BlockNumberFor<T>) -> Weight {
		let due = Endings::<T>::take(now);
		let ended = due.len() as u32;
		let mut hosting = Weight::zero();
		for plan in due {
			if let Some(p) = Plans::<T>::get(plan) {
				let reason = if Spent::<T>::contains_key(plan) {
					EndReason::BudgetSpent
				} else {
					EndReason::Expired
				};
				match Self::end_plan(plan, p, reason) {
					Ok(w) => hosting = hosting.saturating_add(w),
					Err(e) => {
						frame_support::defensive!("a plan could not end", e);
					}
				}
			}
		}
		T::WeightInfo::on_initialize_end(ended).saturating_add(hosting)
	}

	/// Ends `plan` because its budget is spent, now (tests and tools; the chain moves
	/// a spent plan's end instead, see [`PlanInspect::budget_spent`]).
	pub fn end_for_budget(plan: PlanId) -> Result<Weight, DispatchError> {
		let p = Plans::<T>::get(plan).ok_or(Error::<T>::PlanNotFound)?;
		Self::unschedule_end(plan, p.terms.end);
		Self::end_plan(plan, p, EndReason::BudgetSpent)
	}

	/// A running plan for other pallets' benchmarks: `sponsor` (funded, made a sponsor)
	/// subscribes one data set of `chunks` chunks kept by `replication` hosters at
	/// `price`, and the plan is started without asking the hosting side, which the
	/// benchmark drives itself.
	#[cfg(feature = "runtime-benchmarks")]
	pub fn benchmark_running_plan(
		sponsor: &T::AccountId,
		chunks: u32,
		replication: u8,
		price: BalanceOf<T>,
	) -> PlanId {
		Self::benchmark_plan(sponsor, [1; 32], chunks, chunks, 16 * 1024, replication, price)
	}

	/// [`Self::benchmark_running_plan`] of a data set with root `root` and chunks of
	/// `chunk_size` bytes. The data set may be larger than one plan can host (the
	/// proofs benchmarks prove against a 65,536-leaf tree); the plan hosts its first
	/// chunks only, at most 1,024 (16 contracts of 64), which every runtime here serves.
	#[cfg(feature = "runtime-benchmarks")]
	pub fn benchmark_plan_of(
		sponsor: &T::AccountId,
		root: [u8; 32],
		chunks: u32,
		chunk_size: u32,
		replication: u8,
		price: BalanceOf<T>,
	) -> PlanId {
		let hosted = chunks.min(1_024);
		Self::benchmark_plan(sponsor, root, chunks, hosted, chunk_size, replication, price)
	}

	/// A running plan of a data set of `chunks` chunks, hosting its first `hosted`.
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_plan(
		sponsor: &T::AccountId,
		root: [u8; 32],
		chunks: u32,
		hosted: u32,
		chunk_size: u32,
		replication: u8,
		price: BalanceOf<T>,
	) -> PlanId {
		T::Roles::ensure_role(sponsor, Role::Sponsor);
		let now = frame_system::Pallet::<T>::block_number();
		let terms = PlanTerms {
			datasets: BoundedVec::truncate_from(alloc::vec![Dataset {
				root,
				chunks,
				chunk_size,
				source: BoundedVec::truncate_from(b"http://127.0.0.1:9944/data".to_vec()),
				feed: None,
			}]),
			ranges: BoundedVec::truncate_from(alloc::vec![ChunkRange {
				dataset: 0,
				start: 0,
				end: hosted
			}]),
			replication,
			regions: BoundedVec::new(),
			start: now,
			// Each plan ends at its own block, so many fit the bounded end schedule.
			end: now.saturating_add(1_000u32.into()).saturating_add(
				sp_runtime::SaturatedConversion::saturated_into::<u32>(NextPlanId::<T>::get())
					.into(),
			),
			price,
			min_reputation: 0,
			performance: Performance::default(),
		};
		let plan = NextPlanId::<T>::get();
		Self::do_subscribe(sponsor.clone(), terms).expect("the benchmark sponsor is funded");
		Queue::<T>::mutate(|q| q.retain(|e| e.plan != plan));
		Plans::<T>::mutate(plan, |p| {
			if let Some(p) = p {
				p.status = PlanStatus::Active;
			}
		});
		plan
	}

	/// Invariants: queue ⇔ queued plans, in order; one ending per plan; escrows open;
	/// per-sponsor counts exact.
	#[cfg(any(feature = "try-runtime", feature = "std", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		let queue = Queue::<T>::get();
		for pair in queue.windows(2) {
			ensure!(pair[0].priority_cmp(&pair[1]).is_lt(), "queue out of priority order");
		}
		let mut counts: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		let mut queued = 0usize;
		for (id, p) in Plans::<T>::iter() {
			*counts.entry(p.sponsor.clone()).or_default() += 1;
			ensure!(T::Escrow::balance(p.escrow).is_some(), "a live plan without an open escrow");
			let in_queue = queue.iter().filter(|e| e.plan == id).count();
			if p.status == PlanStatus::Queued {
				queued += 1;
				ensure!(in_queue == 1, "a queued plan is not in the queue exactly once");
			} else {
				ensure!(in_queue == 0, "a started plan is still queued");
			}
			Self::contracts(&p.terms).map_err(|_| "a live plan's ranges do not cut")?;
			let endings = Endings::<T>::get(p.terms.end).iter().filter(|x| **x == id).count();
			ensure!(endings == 1, "a plan is not scheduled to end exactly once");
		}
		ensure!(queue.len() == queued, "the queue has entries without a queued plan");
		for (id, ()) in Spent::<T>::iter() {
			ensure!(Plans::<T>::contains_key(id), "a spent budget of no live plan");
		}
		let scheduled: usize = Endings::<T>::iter_values().map(|v| v.len()).sum();
		ensure!(scheduled == counts.values().sum::<u32>() as usize, "stale endings");
		for (sponsor, count) in counts {
			ensure!(PlanCount::<T>::get(&sponsor) == count, "PlanCount differs from the plans");
		}
		Ok(())
	}
}

impl<T: Config> PlanInspect<T::AccountId> for Pallet<T> {
	fn plan(plan: PlanId) -> Option<PlanView<T::AccountId>> {
		let now = frame_system::Pallet::<T>::block_number();
		Plans::<T>::get(plan).map(|p| PlanView {
			sponsor: p.sponsor,
			replication: p.terms.replication,
			regions: p.terms.regions.iter().map(|r| r.to_vec()).collect(),
			min_reputation: p.terms.min_reputation,
			ranges: Self::range_tuples(&p.terms),
			datasets: p
				.terms
				.datasets
				.iter()
				.map(|d| DatasetView {
					root: d.root,
					chunks: d.chunks,
					chunk_size: d.chunk_size,
					source: d.source.to_vec(),
				})
				.collect(),
			escrow: p.escrow,
			running: p.status == PlanStatus::Active,
			paused_blocks: match p.status {
				PlanStatus::Paused(since) => p.paused.saturating_add(now.saturating_sub(since)),
				_ => p.paused,
			}
			.unique_saturated_into(),
			price: sp_runtime::SaturatedConversion::saturated_into(p.terms.price),
			min_bandwidth: p.terms.performance.min_bandwidth,
			max_latency_ms: p.terms.performance.max_latency_ms,
		})
	}

	/// Moves the plan's end to the next block with room (of the next 32), where
	/// `on_initialize` ends it with `EndReason::BudgetSpent`; if none has room, a later
	/// call tries again.
	fn budget_spent(plan: PlanId) {
		if Spent::<T>::contains_key(plan) {
			return;
		}
		let Some(mut p) = Plans::<T>::get(plan) else { return };
		let next = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());
		let moved = datdot_primitives::schedule::first_with_room(next, 32, |b| {
			b >= p.terms.end || Self::schedule_end(plan, b).is_ok()
		});
		match moved {
			Some(end) if end < p.terms.end => {
				Self::unschedule_end(plan, p.terms.end);
				p.terms.end = end;
				Plans::<T>::insert(plan, p);
				Spent::<T>::insert(plan, ());
			}
			// It ends sooner anyway, at its own end block.
			Some(_) => {
				Spent::<T>::insert(plan, ());
			}
			// No block near has room: it is not marked, so the next payment that finds
			// the budget spent tries again. Ending it here would put the cost of ending
			// a whole plan on that payment's (fee-less) call; the plan pays nobody
			// meanwhile, as nothing is left to pay with.
			None => {
				log::debug!(target: "runtime::plans", "no end block near for spent plan {}", plan);
			}
		}
	}
}

impl<T: Config> AccountObligations<T::AccountId> for Pallet<T> {
	fn obligation(who: &T::AccountId) -> Option<Obligation> {
		(PlanCount::<T>::get(who) > 0).then_some(Obligation::Plan)
	}
}
