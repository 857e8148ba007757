//! Opening benchmarks, checking ratings, and combining them into reputation.
use super::*;
use alloc::vec::Vec;
use codec::Encode;
use datdot_primitives::traits::Congestion as _;
use datdot_primitives::{
	random,
	schedule::first_with_room,
	traits::{
		HostingInspect, HostingObserver, Outcome, PlanInspect, ProfileProvider, ReputationSink,
		RoleProvider,
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

/// Priority of ratings: above ordinary transfers, like proofs.
const RATING_PRIORITY: u64 = 1 << 19;
/// How many blocks past the wanted one a schedule entry may move when that block is full.
const SCHEDULE_SEARCH: u32 = 32;

/// The middle of `values` once sorted; of the two middles of an even count, the first
/// (with the better-first orders used here, a hoster gets the benefit of the doubt
/// when the attestors split evenly).
pub fn median<V: Ord + Copy>(mut values: Vec<V>) -> Option<V> {
	values.sort_unstable();
	values.get(values.len().checked_sub(1)? / 2).copied()
}

impl<T: Config> Pallet<T> {
	pub(crate) fn params_in_range(params: &ParamsOf<T>) -> bool {
		params.attestors > 0
			&& params.attestors <= T::MaxAttestors::get()
			&& params.samples > 0
			&& params.samples <= T::MaxSamples::get()
			&& !params.period.is_zero()
			&& !params.window.is_zero()
	}

	/// Puts the hosting in `Due` at `at` or the first later block with room.
	fn schedule_due(at: BlockNumberFor<T>, contract: ContractId, hoster: &T::AccountId) {
		let placed = first_with_room(at, SCHEDULE_SEARCH, |b| {
			Due::<T>::try_mutate(b, |list| list.try_push((contract, hoster.clone()))).is_ok()
		});
		match placed {
			Some(block) => Scheduled::<T>::insert(contract, hoster, block),
			None => {
				Scheduled::<T>::remove(contract, hoster);
				log::warn!(target: "runtime::benchmarks", "no room to schedule contract {} near {:?}", contract, at);
			}
		}
	}

	fn unschedule_due(contract: ContractId, hoster: &T::AccountId) {
		let Some(at) = Scheduled::<T>::take(contract, hoster) else { return };
		Due::<T>::mutate_exists(at, |list| {
			if let Some(l) = list {
				l.retain(|(c, h)| !(*c == contract && h == hoster));
				if l.is_empty() {
					*list = None;
				}
			}
		});
	}

	/// Up to `wanted` distinct active attestors other than `hoster`, drawn from `seed`.
	fn draw_attestors(seed: &[u8; 32], hoster: &T::AccountId, wanted: u32) -> Vec<T::AccountId> {
		// Each drawn independently (not a window of consecutive indexes, which attestors
		// registered in a row would capture together), with bounded tries.
		let members = T::Roles::member_count(Role::Attestor);
		let mut named: Vec<T::AccountId> = Vec::new();
		datdot_primitives::random::draw_members(seed, members, wanted, |i| match T::Roles::member(
			Role::Attestor,
			i,
		) {
			Some(who) if &who != hoster && T::Roles::is_active(&who, Role::Attestor) => {
				named.push(who);
				true
			}
			_ => false,
		});
		named
	}

	/// Opens a benchmark of `hoster`'s service of `contract`: names attestors and the
	/// chunks they fetch, from the chain's randomness.
	pub(crate) fn open_benchmark(
		contract: ContractId,
		hoster: &T::AccountId,
		now: BlockNumberFor<T>,
	) -> Result<BenchmarkId, Error<T>> {
		let hosting = T::Hosting::hosting(contract, hoster).ok_or(Error::<T>::NoSuchHosting)?;
		ensure!(!OpenFor::<T>::contains_key(contract, hoster), Error::<T>::AlreadyOpen);
		let params = Parameters::<T>::get();
		let id = NextBenchmarkId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let (random, _) = T::Randomness::random(&(b"datdot/benchmark", id).encode());
		let seed = sp_io::hashing::blake2_256(&(random, id, contract, hoster).encode());
		let attestors = Self::draw_attestors(&seed, hoster, params.attestors);
		ensure!(!attestors.is_empty(), Error::<T>::NoAttestors);
		let deadline = first_with_room(now.saturating_add(params.window), SCHEDULE_SEARCH, |b| {
			Deadlines::<T>::try_mutate(b, |list| list.try_push(id)).is_ok()
		})
		.ok_or(Error::<T>::TooManyBenchmarks)?;
		let wanted = params.samples.min(T::MaxSamples::get());
		let indexes = BoundedVec::truncate_from(random::chunk_indexes(
			&seed,
			wanted,
			hosting.start,
			hosting.end,
		));
		let attestors = BoundedVec::truncate_from(attestors);
		NextBenchmarkId::<T>::put(next);
		OpenFor::<T>::insert(contract, hoster, id);
		for attestor in attestors.iter() {
			AttestorBenchmarks::<T>::insert(attestor, id, ());
		}
		OpenBenchmarks::<T>::insert(
			id,
			Benchmark {
				hoster: hoster.clone(),
				contract,
				attestors: attestors.clone(),
				indexes: indexes.clone(),
				ratings: BoundedVec::new(),
				deadline,
			},
		);
		Self::deposit_event(Event::ProvidePerformanceBenchmark {
			benchmark: id,
			hoster: hoster.clone(),
			contract,
			attestors,
			indexes,
			deadline,
		});
		Ok(id)
	}

	/// Opens the benchmarks due at `now`, and schedules each hosting one period later
	/// while it lasts.
	pub(crate) fn open_due(now: BlockNumberFor<T>) -> Weight {
		let due = Due::<T>::take(now);
		let n = due.len() as u32;
		let period = Parameters::<T>::get().period;
		for (contract, hoster) in due {
			if Scheduled::<T>::get(contract, &hoster) != Some(now) {
				continue; // the hosting ended since
			}
			let Some(hosting) = T::Hosting::hosting(contract, &hoster) else {
				Scheduled::<T>::remove(contract, &hoster);
				continue;
			};
			// A paused plan's hostings are not benchmarked; they stay scheduled.
			// Nor while the breaker pauses `response`: no attestor could answer.
			if !T::CallsPaused::get() && T::Plans::plan(hosting.plan).is_some_and(|p| p.running) {
				if let Err(e) = Self::open_benchmark(contract, &hoster, now) {
					log::debug!(target: "runtime::benchmarks", "benchmark of {} skipped: {:?}", contract, e)
				}
			}
			Self::schedule_due(now.saturating_add(period), contract, &hoster);
		}
		T::WeightInfo::on_initialize_open(n)
	}

	/// Closes the benchmarks whose deadline is `now`, with the ratings they got.
	pub(crate) fn expire(now: BlockNumberFor<T>) -> Weight {
		let due = Deadlines::<T>::take(now);
		let n = due.len() as u32;
		// Every benchmark closing now had the window that ends now: a full block in it
		// may have crowded a rating out, and then no one is silent.
		let crowded = !due.is_empty()
			&& T::Congestion::congested_since(now.saturating_sub(Parameters::<T>::get().window));
		for id in due {
			if let Some(benchmark) = OpenBenchmarks::<T>::take(id) {
				Self::unindex(id, &benchmark);
				if T::CallsPaused::get() {
					// The breaker refused the ratings: nobody's reputation moves.
					OpenFor::<T>::remove(benchmark.contract, &benchmark.hoster);
					Self::deposit_event(Event::BenchmarkClosed { benchmark: id });
				} else {
					Self::close(id, benchmark, now, crowded);
				}
			}
		}
		// And the parameters and the record of full blocks, read once.
		T::WeightInfo::on_initialize_close(n).saturating_add(T::DbWeight::get().reads(2))
	}

	/// Combines the ratings (median of latency and of bandwidth) into the hoster's
	/// reputation and checks them against the plan; attestors that answered gain
	/// reputation, those that did not lose it (unless `crowded`: a block of the window
	/// was full).
	fn close(id: BenchmarkId, benchmark: Benchmark<T>, now: BlockNumberFor<T>, crowded: bool) {
		OpenFor::<T>::remove(benchmark.contract, &benchmark.hoster);
		for attestor in benchmark.attestors.iter() {
			let answered = benchmark.ratings.iter().any(|(a, _)| a == attestor);
			if answered {
				T::Reputation::record(attestor, Role::Attestor, Outcome::Success(1));
			} else if !crowded {
				T::Reputation::record(attestor, Role::Attestor, Outcome::Failure(1));
			}
		}
		let (Some(latency_ms), Some(bandwidth)) = (
			median(benchmark.ratings.iter().map(|(_, r)| r.latency_ms).collect()),
			// Better first: latency ascending, bandwidth descending.
			median(
				benchmark.ratings.iter().map(|(_, r)| core::cmp::Reverse(r.bandwidth)).collect(),
			)
			.map(|r| r.0),
		) else {
			Self::deposit_event(Event::BenchmarkLapsed { benchmark: id });
			return;
		};
		let median = Rating { latency_ms, bandwidth };
		let plan = T::Hosting::hosting(benchmark.contract, &benchmark.hoster)
			.and_then(|h| T::Plans::plan(h.plan));
		let (min_bandwidth, max_latency_ms) =
			plan.map(|p| (p.min_bandwidth, p.max_latency_ms)).unwrap_or_default();
		let meets = median.served()
			&& bandwidth >= min_bandwidth
			&& (max_latency_ms == 0 || latency_ms <= max_latency_ms);
		let outcome = if meets { Outcome::Success(1) } else { Outcome::Failure(1) };
		T::Reputation::record(&benchmark.hoster, Role::Hoster, outcome);
		LastMeasured::<T>::insert(
			&benchmark.hoster,
			Measurement { at: now, contract: benchmark.contract, median, meets },
		);
		Self::deposit_event(Event::PerformanceMeasured {
			benchmark: id,
			hoster: benchmark.hoster,
			contract: benchmark.contract,
			median,
			ratings: benchmark.ratings.len() as u32,
			meets,
		});
	}

	pub(crate) fn do_request(
		who: T::AccountId,
		contract: ContractId,
		hoster: T::AccountId,
	) -> DispatchResult {
		ensure!(T::Hosting::hosting(contract, &hoster).is_some(), Error::<T>::NoSuchHosting);
		ensure!(!OpenFor::<T>::contains_key(contract, &hoster), Error::<T>::AlreadyOpen);
		let fee = Parameters::<T>::get().request_fee;
		if !fee.is_zero() {
			T::Currency::transfer(&who, &T::Treasury::get(), fee, Preservation::Preserve)
				.map_err(|_| Error::<T>::InsufficientBalance)?;
		}
		let now = frame_system::Pallet::<T>::block_number();
		Self::open_benchmark(contract, &hoster, now)?;
		Ok(())
	}

	/// The attestor whose key signed `report`, if the signature verifies, the benchmark
	/// is open, and the key is that of a named attestor that has not rated yet.
	pub(crate) fn check_report(
		report: &Report,
		signature: &<OcwPublic as RuntimeAppPublic>::Signature,
	) -> Result<T::AccountId, Error<T>> {
		ensure!(
			datdot_primitives::signing::verifies::<T>(&report.signer, report, signature),
			Error::<T>::BadSignature
		);
		let who = T::Profiles::owner_of_ocw_key(&report.signer).ok_or(Error::<T>::NotNamed)?;
		let benchmark =
			OpenBenchmarks::<T>::get(report.benchmark).ok_or(Error::<T>::BenchmarkNotFound)?;
		ensure!(report.asked == benchmark.digest(), Error::<T>::WrongBenchmark);
		ensure!(benchmark.attestors.contains(&who), Error::<T>::NotNamed);
		ensure!(!benchmark.ratings.iter().any(|(a, _)| a == &who), Error::<T>::AlreadyRated);
		// No deadline check: a benchmark closes in `on_initialize` of its deadline block,
		// before any transaction of that block, so an open one is still in time.
		Ok(who)
	}

	/// Pool check of a report: a valid signature of a named attestor that has not rated
	/// an open benchmark. Duplicates share a `provides` tag, so one enters the pool.
	pub(crate) fn authorize_response(
		report: &Report,
		signature: &<OcwPublic as RuntimeAppPublic>::Signature,
	) -> Result<(ValidTransaction, Weight), TransactionValidityError> {
		let who = Self::check_report(report, signature).map_err(|e| {
			TransactionValidityError::Invalid(match e {
				Error::<T>::BadSignature => InvalidTransaction::BadProof,
				Error::<T>::BenchmarkNotFound
				| Error::<T>::AlreadyRated
				| Error::<T>::WrongBenchmark => InvalidTransaction::Stale,
				_ => InvalidTransaction::BadSigner,
			})
		})?;
		let deadline =
			OpenBenchmarks::<T>::get(report.benchmark).map(|b| b.deadline).unwrap_or_default();
		let now = frame_system::Pallet::<T>::block_number();
		let longevity: u64 = deadline.saturating_sub(now).saturated_into();
		let valid = ValidTransaction::with_tag_prefix("DatdotBenchmark")
			.priority(RATING_PRIORITY)
			.and_provides((report.benchmark, who))
			.longevity(longevity.max(1))
			.propagate(true)
			.build()?;
		Ok((valid, Weight::zero()))
	}

	/// Records the rating; the last named attestor's rating closes the benchmark.
	pub(crate) fn do_response(attestor: T::AccountId, report: Report) -> DispatchResult {
		let mut benchmark =
			OpenBenchmarks::<T>::get(report.benchmark).ok_or(Error::<T>::BenchmarkNotFound)?;
		// An unreachable hoster has no latency or bandwidth: normalise what was sent.
		let rating = if report.rating.served() { report.rating } else { Rating::UNREACHABLE };
		benchmark
			.ratings
			.try_push((attestor.clone(), rating))
			.map_err(|_| Error::<T>::AlreadyRated)?;
		AttestorBenchmarks::<T>::remove(&attestor, report.benchmark);
		Self::deposit_event(Event::Rated { benchmark: report.benchmark, attestor, rating });
		if benchmark.ratings.len() == benchmark.attestors.len() {
			OpenBenchmarks::<T>::remove(report.benchmark);
			Deadlines::<T>::mutate(benchmark.deadline, |list| {
				list.retain(|id| *id != report.benchmark)
			});
			let now = frame_system::Pallet::<T>::block_number();
			// Every attestor rated: none is silent.
			Self::close(report.benchmark, benchmark, now, false);
		} else {
			OpenBenchmarks::<T>::insert(report.benchmark, benchmark);
		}
		Ok(())
	}

	/// Takes a closed benchmark's attestors that did not rate it out of the index by
	/// attestor.
	fn unindex(id: BenchmarkId, benchmark: &Benchmark<T>) {
		for attestor in benchmark.attestors.iter() {
			if !benchmark.ratings.iter().any(|(a, _)| a == attestor) {
				AttestorBenchmarks::<T>::remove(attestor, id);
			}
		}
	}

	/// Invariants: every open benchmark has its deadline listed and is the open one of
	/// its hosting; its ratings come from distinct named attestors, fewer than all; the
	/// index by attestor holds exactly the named attestors that have not rated.
	#[cfg(any(feature = "try-runtime", feature = "std", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut owed = 0usize;
		for (id, b) in OpenBenchmarks::<T>::iter() {
			for a in b.attestors.iter() {
				if !b.ratings.iter().any(|(rater, _)| rater == a) {
					owed += 1;
					ensure!(
						AttestorBenchmarks::<T>::contains_key(a, id),
						"a rating owed missing from the index by attestor"
					);
				}
			}
		}
		ensure!(
			AttestorBenchmarks::<T>::iter_keys().count() == owed,
			"an index entry of a rating nobody owes"
		);
		for (id, b) in OpenBenchmarks::<T>::iter() {
			ensure!(id < NextBenchmarkId::<T>::get(), "a benchmark id not yet issued");
			ensure!(Deadlines::<T>::get(b.deadline).contains(&id), "a benchmark without deadline");
			ensure!(OpenFor::<T>::get(b.contract, &b.hoster) == Some(id), "OpenFor differs");
			ensure!(b.ratings.len() < b.attestors.len(), "a complete benchmark left open");
			for (i, (a, _)) in b.ratings.iter().enumerate() {
				ensure!(b.attestors.contains(a), "a rating from an attestor not named");
				ensure!(
					!b.ratings.iter().skip(i + 1).any(|(other, _)| other == a),
					"two ratings from one attestor"
				);
			}
		}
		let mut scheduled = 0usize;
		for (contract, hoster, at) in Scheduled::<T>::iter() {
			scheduled += 1;
			let listed =
				Due::<T>::get(at).iter().filter(|(c, h)| *c == contract && *h == hoster).count();
			ensure!(listed == 1, "a benchmarked hosting is not in Due exactly once, at its block");
		}
		let due: usize = Due::<T>::iter_values().map(|l| l.len()).sum();
		ensure!(due == scheduled, "Due lists a hosting that is not scheduled");
		for (contract, hoster, id) in OpenFor::<T>::iter() {
			ensure!(
				OpenBenchmarks::<T>::get(id)
					.is_some_and(|b| b.contract == contract && b.hoster == hoster),
				"OpenFor names a closed benchmark"
			);
		}
		Ok(())
	}
}

impl<T: Config> HostingObserver<T::AccountId> for Pallet<T> {
	/// A hosting was confirmed: it is benchmarked within a period (at a random block of
	/// it, so benchmarks spread over the blocks) and every period after.
	fn confirmed(contract: u64, hoster: &T::AccountId) {
		let now = frame_system::Pallet::<T>::block_number();
		Self::unschedule_due(contract, hoster);
		let period: u32 = Parameters::<T>::get().period.unique_saturated_into();
		let offset =
			random::offset_in_period(&(b"datdot/bench-due", contract, hoster, now), period);
		Self::schedule_due(now.saturating_add(offset.into()), contract, hoster);
	}

	/// The hosting ended: its open benchmark closes with no effect on anyone's
	/// reputation, and its schedule entry goes.
	fn ended(contract: u64, hoster: &T::AccountId) {
		Self::unschedule_due(contract, hoster);
		let Some(id) = OpenFor::<T>::take(contract, hoster) else { return };
		if let Some(benchmark) = OpenBenchmarks::<T>::take(id) {
			Self::unindex(id, &benchmark);
			Deadlines::<T>::mutate_exists(benchmark.deadline, |list| {
				if let Some(l) = list {
					l.retain(|x| *x != id);
					if l.is_empty() {
						*list = None;
					}
				}
			});
		}
		Self::deposit_event(Event::BenchmarkClosed { benchmark: id });
	}
}
