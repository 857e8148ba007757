//! The logic behind the calls, the hooks and the plans' lifecycle.
use super::*;
use alloc::vec::Vec;
use codec::Encode;
use datdot_primitives::traits::Congestion as _;
use datdot_primitives::{
	traits::{
		AccountObligations, EscrowId, EscrowManager, Obligation, Outcome, PlanId, PlanInspect,
		PlanLifecycle, PlanView, ProfileProvider, ReputationOf, ReputationSink, RoleProvider,
	},
	OcwPublic, ProviderStatus, Role,
};
use frame_support::{ensure, pallet_prelude::*, traits::Randomness, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{Hash, Saturating, Zero},
	transaction_validity::{InvalidTransaction, TransactionValidityError, ValidTransaction},
	RuntimeAppPublic,
};

/// Priority of attestors' reports: above ordinary transfers, so matching keeps pace.
const REPORT_PRIORITY: u64 = 1 << 20;

/// Placements per wanted hoster that a plan's fee reserve pays for: the first, and one
/// replacement after a repair.
pub const FUNDED_PLACEMENTS: u32 = 2;

impl<T: Config> Pallet<T> {
	// ---- reports: authorization (pool) and dispatch ------------------------------------

	/// The account whose profile holds `signer`, if `signature` over `payload` verifies.
	pub(crate) fn check_signed(
		payload: &impl Encode,
		signer: &OcwPublic,
		signature: &<OcwPublic as RuntimeAppPublic>::Signature,
	) -> Result<T::AccountId, Error<T>> {
		// The signature covers the report with its signer field, so a report cannot be
		// replayed under another key.
		ensure!(
			datdot_primitives::signing::verifies::<T>(signer, payload, signature),
			Error::<T>::BadSignature
		);
		T::Profiles::owner_of_ocw_key(signer).ok_or(Error::<T>::UnknownKey)
	}

	fn invalid(e: Error<T>) -> TransactionValidityError {
		let code = match e {
			Error::<T>::BadSignature => InvalidTransaction::BadProof,
			Error::<T>::AlreadyReported => InvalidTransaction::Stale,
			Error::<T>::MalformedReport => InvalidTransaction::Call,
			Error::<T>::RoundNotFound
			| Error::<T>::NoPendingSetup
			| Error::<T>::WrongSetup
			| Error::<T>::NotByRule
			| Error::<T>::ContractNotFound
			| Error::<T>::PlanNotRunning => InvalidTransaction::Stale,
			Error::<T>::TooEarly => InvalidTransaction::Future,
			_ => InvalidTransaction::BadSigner,
		};
		TransactionValidityError::Invalid(code)
	}

	/// Pool check of a match report: signed by a drawn attestor of an open round that has
	/// not reported yet, naming the hosters the rank rule gives on the pool's state. A
	/// report worked out on another fork (where the round drew another seed) or before
	/// a candidate's eligibility changed is refused as stale, so it never takes block
	/// space; the worker sends a fresh one. Duplicates share a `provides` tag, so only
	/// one enters the pool.
	pub(crate) fn authorize_match(
		report: &MatchReportOf<T>,
		signature: &<OcwPublic as RuntimeAppPublic>::Signature,
	) -> Result<(ValidTransaction, Weight), TransactionValidityError> {
		ensure!(!report.hosters.is_empty(), Self::invalid(Error::MalformedReport));
		let attestor =
			Self::check_signed(report, &report.signer, signature).map_err(Self::invalid)?;
		let round = Self::check_match(&attestor, report).map_err(Self::invalid)?;
		let now = frame_system::Pallet::<T>::block_number();
		let longevity: u64 =
			sp_runtime::SaturatedConversion::saturated_into(round.deadline.saturating_sub(now));
		let valid = ValidTransaction::with_tag_prefix("DatdotMatch")
			.priority(REPORT_PRIORITY)
			.and_provides((report.round, attestor))
			.longevity(longevity.max(1))
			.propagate(true)
			.build()?;
		Ok((valid, Weight::zero()))
	}

	/// A match report's checks, in the pool and at dispatch alike: an open round that
	/// drew `attestor`, its first report, well formed, and naming exactly the first
	/// eligible candidates by rank, now. Returns the round.
	fn check_match(
		attestor: &T::AccountId,
		report: &MatchReportOf<T>,
	) -> Result<RoundOf<T>, Error<T>> {
		let round = Rounds::<T>::get(report.round).ok_or(Error::<T>::RoundNotFound)?;
		ensure!(round.attestors.contains(attestor), Error::<T>::NotSelected);
		ensure!(
			!RoundReports::<T>::contains_key(report.round, attestor),
			Error::<T>::AlreadyReported
		);
		let mut distinct = report.hosters.to_vec();
		distinct.sort();
		distinct.dedup();
		// An honest attestor that finds no eligible hoster sends nothing: an empty report
		// is never one, and would only earn reputation for no work.
		ensure!(
			!report.hosters.is_empty()
				&& distinct.len() == report.hosters.len()
				&& report.hosters.len() as u32 <= round.wanted,
			Error::<T>::MalformedReport
		);
		// The rank rule, checked: the hosters must be the first eligible candidates by
		// rank, now. Two attestors agreeing cannot place anyone else.
		let contract = Contracts::<T>::get(round.contract).ok_or(Error::<T>::ContractNotFound)?;
		let plan = T::Plans::plan(contract.plan).ok_or(Error::<T>::PlanNotRunning)?;
		ensure!(
			report.hosters[..] == Self::by_rule(report.round, &round, &contract, &plan)[..],
			Error::<T>::NotByRule
		);
		Ok(round)
	}

	/// Whether `verdict` may be reported now: one blaming the hoster or the source only
	/// from the setup's `fail_after` on, when the hoster had its time to fetch.
	pub(crate) fn in_time(verdict: &SetupVerdict, check: &SetupCheckOf<T>) -> bool {
		!matches!(verdict, SetupVerdict::Fails | SetupVerdict::SourceUnavailable)
			|| frame_system::Pallet::<T>::block_number() >= check.fail_after
	}

	/// Pool check of a setup report: signed by a checker of that setup that has not
	/// reported yet, and not blaming anyone before the hoster had its time to fetch.
	/// Each checker's report has its own `provides` tag.
	pub(crate) fn authorize_setup(
		report: &SetupReportOf<T>,
		signature: &<OcwPublic as RuntimeAppPublic>::Signature,
	) -> Result<(ValidTransaction, Weight), TransactionValidityError> {
		let attestor =
			Self::check_signed(report, &report.signer, signature).map_err(Self::invalid)?;
		let check = PendingSetups::<T>::get(report.contract, &report.hoster)
			.ok_or(Self::invalid(Error::NoPendingSetup))?;
		ensure!(check.awaits(&attestor), Self::invalid(Error::NotSelected));
		ensure!(report.deadline == check.deadline, Self::invalid(Error::WrongSetup));
		ensure!(Self::in_time(&report.verdict, &check), Self::invalid(Error::TooEarly));
		let deadline = check.deadline;
		let now = frame_system::Pallet::<T>::block_number();
		let longevity: u64 =
			sp_runtime::SaturatedConversion::saturated_into(deadline.saturating_sub(now));
		let valid = ValidTransaction::with_tag_prefix("DatdotSetup")
			.priority(REPORT_PRIORITY)
			.and_provides((report.contract, report.hoster.clone(), attestor))
			.longevity(longevity.max(1))
			.propagate(true)
			.build()?;
		Ok((valid, Weight::zero()))
	}

	pub(crate) fn do_report_match(
		attestor: T::AccountId,
		report: MatchReportOf<T>,
	) -> DispatchResult {
		let round = Self::check_match(&attestor, &report)?;
		let hash = T::Hashing::hash_of(&report.hosters);
		RoundReports::<T>::insert(report.round, &attestor, hash);
		let count = ReportTally::<T>::mutate(report.round, hash, |c| {
			*c = c.saturating_add(1);
			*c
		});
		Self::deposit_event(Event::MatchReported { round: report.round, attestor });
		if count >= T::MatchThreshold::get() {
			Self::apply_match(report.round, round, hash, report.hosters);
		}
		Ok(())
	}

	/// Applies the agreed match: re-checks each hoster, reserves its capacity, pays the
	/// agreeing attestors and emits `StartHosting`. A hoster that no longer qualifies
	/// is skipped; if the contract is still short, a new round looks for the rest.
	fn apply_match(
		round_id: RoundId,
		round: RoundOf<T>,
		hash: T::Hash,
		hosters: BoundedVec<T::AccountId, T::MaxHosters>,
	) {
		let agreeing: Vec<T::AccountId> = round
			.attestors
			.iter()
			.filter(|a| RoundReports::<T>::get(round_id, a) == Some(hash))
			.cloned()
			.collect();
		Self::close_round(round_id);
		let Some(mut contract) = Contracts::<T>::get(round.contract) else { return };
		contract.round = None;
		contract.unanswered = 0;
		let Some(plan) = T::Plans::plan(contract.plan) else { return };
		let now = frame_system::Pallet::<T>::block_number();
		let mut started: Vec<T::AccountId> = Vec::new();
		for hoster in hosters {
			if !Self::eligible(&plan, &contract, &hoster) {
				continue;
			}
			if T::Roles::reserve(&hoster, Role::Hoster, contract.bytes).is_err() {
				continue;
			}
			if contract.hosters.try_push((hoster.clone(), false)).is_err() {
				T::Roles::release(&hoster, Role::Hoster, contract.bytes);
				continue;
			}
			// A setup that no sweep would ever see could hold the hoster's capacity
			// forever: without room for its deadline, the hoster is not placed (the
			// contract stays short and is retried).
			let chunks = contract.end.saturating_sub(contract.start);
			if !Self::expect_setup(round.contract, chunks, &hoster, &agreeing, now) {
				contract.hosters.pop();
				T::Roles::release(&hoster, Role::Hoster, contract.bytes);
				continue;
			}
			HosterContracts::<T>::insert(&hoster, round.contract, ());
			started.push(hoster);
		}
		contract.status = ContractStatus::Hosted;
		contract.since = now;
		let short = (plan.replication as usize).saturating_sub(contract.hosters.len());
		Contracts::<T>::insert(round.contract, &contract);
		// An agreeing attestor earns the fee once per hoster its report placed: a report
		// that placed nobody earns nothing, and the plan's reserve covers every placement.
		let fee = AttestorFee::<T>::get().saturating_mul((started.len() as u32).into());
		for attestor in &agreeing {
			Self::pay_fee(contract.plan, plan.escrow, attestor, fee);
			T::Reputation::record(attestor, Role::Attestor, Outcome::Success(1));
		}
		if !started.is_empty() {
			Self::deposit_event(Event::StartHosting {
				plan: contract.plan,
				contract: round.contract,
				hosters: BoundedVec::truncate_from(started),
				attestors: BoundedVec::truncate_from(agreeing),
			});
		}
		if short > 0 {
			Self::open_or_retry(round.contract);
		}
	}

	/// Assigns `SetupCheckers` of the agreeing attestors (starting at one picked by the
	/// contract and hoster; only those that can take a duty now) to check the setup of
	/// `chunks` chunks. The hoster's fetching of them is queued behind its backlog
	/// (`FetchQueueEnd`) at `SetupFetchRate`; no checker may blame it until half a
	/// `SetupTimeout` after that, and the deadline is in the first block with room from a
	/// whole `SetupTimeout` after it. Each checker
	/// holds the check as a duty (`Roles`) until it reports or the check closes, so it
	/// cannot leave its role meanwhile. Returns whether it found the checkers and a
	/// deadline (nothing is stored or held if not).
	pub(crate) fn expect_setup(
		contract: ContractId,
		chunks: u32,
		hoster: &T::AccountId,
		attestors: &[T::AccountId],
		now: BlockNumberFor<T>,
	) -> bool {
		if attestors.is_empty() {
			return false;
		}
		let seed = T::Hashing::hash_of(&(contract, hoster)).encode();
		let pick = seed.first().copied().unwrap_or(0) as usize;
		let wanted_checkers = (T::SetupCheckers::get() as usize).min(attestors.len());
		let mut checkers: Vec<(T::AccountId, Option<SetupVerdict>)> = Vec::new();
		for i in 0..attestors.len() {
			if checkers.len() == wanted_checkers {
				break;
			}
			let a = &attestors[(pick + i) % attestors.len()];
			if T::Roles::reserve(a, Role::Attestor, 0).is_ok() {
				checkers.push((a.clone(), None));
			}
		}
		let release = |checkers: &[(T::AccountId, Option<SetupVerdict>)]| {
			for (c, _) in checkers {
				T::Roles::release(c, Role::Attestor, 0);
			}
		};
		if checkers.len() < wanted_checkers {
			release(&checkers);
			return false;
		}
		// The blocks its backlog and this setup take beyond the first half of the window
		// (which covers a block's worth).
		let queue_from = FetchQueueEnd::<T>::get(hoster).filter(|end| *end > now).unwrap_or(now);
		let fetched_by =
			queue_from.saturating_add((chunks / T::SetupFetchRate::get().max(1)).into());
		let fail_after = fetched_by.saturating_add(T::SetupTimeout::get() / 2u32.into());
		let wanted = fetched_by.saturating_add(T::SetupTimeout::get());
		let Some(deadline) = Self::schedule_setup(contract, hoster, wanted) else {
			log::warn!(target: "runtime::hosting", "setup deadline lists full from {:?}", wanted);
			release(&checkers);
			return false;
		};
		for (checker, _) in &checkers {
			CheckerSetups::<T>::insert(checker, (contract, hoster.clone()), ());
		}
		FetchQueueEnd::<T>::insert(hoster, fetched_by);
		let check =
			SetupCheck { checkers: BoundedVec::truncate_from(checkers), deadline, fail_after };
		PendingSetups::<T>::insert(contract, hoster, check);
		true
	}

	/// Puts `hoster`'s setup of `contract` in the sweep at the first block from `from`
	/// with room (of the next 32), and returns that block. A setup always has a
	/// deadline the sweep sees, so it never holds the hoster's capacity forever.
	fn schedule_setup(
		contract: ContractId,
		hoster: &T::AccountId,
		from: BlockNumberFor<T>,
	) -> Option<BlockNumberFor<T>> {
		datdot_primitives::schedule::first_with_room(from, 32, |b| {
			SetupDeadlines::<T>::try_mutate(b, |l| l.try_push((contract, hoster.clone()))).is_ok()
		})
	}

	/// Records a checker's verdict (it earns its fee). When every checker has reported:
	/// all say it serves the contract — `HostingConfirmed`; all say it does not — a
	/// repair, the hoster's fault; they disagree — `SetupUndecided`, a hand-over
	/// without fault (nobody can tell which checker is wrong, and one checker alone
	/// can neither confirm a hoster nor fault it).
	pub(crate) fn do_setup_report(
		attestor: T::AccountId,
		report: SetupReportOf<T>,
	) -> DispatchResult {
		let mut check = PendingSetups::<T>::get(report.contract, &report.hoster)
			.ok_or(Error::<T>::NoPendingSetup)?;
		let in_time = Self::in_time(&report.verdict, &check);
		let slot = check
			.checkers
			.iter_mut()
			.find(|(c, _)| *c == attestor)
			.ok_or(Error::<T>::NotSelected)?;
		ensure!(slot.1.is_none(), Error::<T>::AlreadyReported);
		ensure!(report.deadline == check.deadline, Error::<T>::WrongSetup);
		ensure!(in_time, Error::<T>::TooEarly);
		let contract = Contracts::<T>::get(report.contract).ok_or(Error::<T>::ContractNotFound)?;
		let plan = T::Plans::plan(contract.plan).ok_or(Error::<T>::PlanNotRunning)?;
		slot.1 = Some(report.verdict);
		// Its duty is done.
		T::Roles::release(&attestor, Role::Attestor, 0);
		CheckerSetups::<T>::remove(&attestor, (report.contract, report.hoster.clone()));
		Self::pay_fee(contract.plan, plan.escrow, &attestor, AttestorFee::<T>::get());
		T::Reputation::record(&attestor, Role::Attestor, Outcome::Success(1));
		let verdicts: Vec<Option<SetupVerdict>> = check.checkers.iter().map(|(_, v)| *v).collect();
		if verdicts.iter().any(Option::is_none) {
			PendingSetups::<T>::insert(report.contract, &report.hoster, check);
			return Ok(());
		}
		PendingSetups::<T>::remove(report.contract, &report.hoster);
		let all = |v: SetupVerdict| verdicts.iter().all(|x| *x == Some(v));
		if all(SetupVerdict::Serves) {
			Self::confirm(report.contract, contract, &report.hoster);
		} else if all(SetupVerdict::Fails) {
			Self::repair(report.contract, &report.hoster);
		} else if all(SetupVerdict::SourceOversized) {
			Self::source_at_fault(report.contract, &report.hoster, SetupVerdict::SourceOversized);
		} else if all(SetupVerdict::SourceUnavailable) {
			Self::source_at_fault(report.contract, &report.hoster, SetupVerdict::SourceUnavailable);
		} else {
			Self::deposit_event(Event::SetupUndecided {
				contract: report.contract,
				hoster: report.hoster.clone(),
			});
			Self::replace(report.contract, &report.hoster, false);
		}
		Ok(())
	}

	/// Takes `hoster` off `contract`'s hosters (not stored yet) and out of the index, so
	/// a hand-over never loops on it; the contract, if `hoster` was on it.
	fn take_off(contract_id: ContractId, hoster: &T::AccountId) -> Option<ContractOf<T>> {
		HosterContracts::<T>::remove(hoster, contract_id);
		let mut contract = Contracts::<T>::get(contract_id)?;
		let before = contract.hosters.len();
		contract.hosters.retain(|(h, _)| h != hoster);
		(contract.hosters.len() < before).then_some(contract)
	}

	/// Every checker found the fault the sponsor's (`verdict`): the plan's source serves
	/// a chunk of `contract` longer than the plan declares, or does not serve it at all
	/// while no confirmed hoster holds it. No hoster could keep it, so the hoster is
	/// released without fault (`SourceOversized` / `SourceUnavailable`) and the
	/// contract's matching stops (`MatchingStopped`) instead of placing hoster after
	/// hoster to fail the same way. An update of the plan (after the sponsor fixed its
	/// data or its source) tries again.
	fn source_at_fault(contract_id: ContractId, hoster: &T::AccountId, verdict: SetupVerdict) {
		let Some(mut contract) = Self::take_off(contract_id, hoster) else { return };
		Self::release_hosting(contract_id, hoster, contract.bytes);
		if let Some(round) = contract.round.take() {
			Self::close_round(round);
		}
		contract.unanswered = T::MaxUnansweredRounds::get();
		let plan = contract.plan;
		Contracts::<T>::insert(contract_id, contract);
		let hoster = hoster.clone();
		Self::deposit_event(if verdict == SetupVerdict::SourceOversized {
			Event::SourceOversized { plan, contract: contract_id, hoster }
		} else {
			Event::SourceUnavailable { plan, contract: contract_id, hoster }
		});
		Self::deposit_event(Event::MatchingStopped { plan, contract: contract_id });
	}

	/// Every checker confirmed `hoster`'s setup of `contract`.
	fn confirm(contract_id: ContractId, mut contract: ContractOf<T>, hoster: &T::AccountId) {
		if let Some(slot) = contract.hosters.iter_mut().find(|(h, _)| h == hoster) {
			slot.1 = true;
		}
		Contracts::<T>::insert(contract_id, contract);
		T::Reputation::record(hoster, Role::Hoster, Outcome::Success(1));
		<T::Observer as datdot_primitives::traits::HostingObserver<T::AccountId>>::confirmed(
			contract_id,
			hoster,
		);
		Self::deposit_event(Event::HostingConfirmed {
			contract: contract_id,
			hoster: hoster.clone(),
		});
	}

	/// What a plan with these ranges and replication holds for attestors' fees: every
	/// placement (`FUNDED_PLACEMENTS` per wanted hoster) paid to every drawn attestor
	/// and to every setup checker, at today's fee.
	pub fn fee_reserve_of(ranges: &[(u32, u32, u32)], replication: u8) -> u128 {
		use sp_runtime::SaturatedConversion;
		let contracts = rules::contract_count(ranges.iter().copied(), T::ChunksPerContract::get());
		let fee: u128 = AttestorFee::<T>::get().saturated_into();
		(contracts as u128)
			.saturating_mul(replication as u128)
			.saturating_mul(FUNDED_PLACEMENTS as u128)
			.saturating_mul(T::AttestorsPerMatch::get() as u128 + T::SetupCheckers::get() as u128)
			.saturating_mul(fee)
	}

	/// Pays `attestor` up to `amount` from `plan`'s fee reserve in its escrow.
	fn pay_fee(plan: PlanId, escrow: EscrowId, attestor: &T::AccountId, amount: BalanceOf<T>) {
		let left = FeesLeft::<T>::get(plan);
		let pay = amount.min(left);
		if pay.is_zero() {
			return;
		}
		match T::Escrow::pay(escrow, attestor, pay) {
			Ok(_) => FeesLeft::<T>::insert(plan, left.saturating_sub(pay)),
			Err(e) => {
				log::warn!(target: "runtime::hosting", "plan {} cannot pay a fee: {:?}", plan, e)
			}
		}
	}

	/// Replaces `failed` on `contract`: releases its capacity, records the failure,
	/// emits `RepairHosting` and opens a round for a replacement.
	pub fn repair(contract_id: ContractId, failed: &T::AccountId) {
		Self::replace(contract_id, failed, true)
	}

	/// Replaces `hoster` on `contract` as [`Self::repair`] does; `fault` says whether
	/// the hoster failed (its reputation falls) or left in order (it does not).
	/// A hosting of an ended plan is not replaced: it ends (`EndHosting`) as its plan's
	/// other hostings do when their release comes.
	fn replace(contract_id: ContractId, failed: &T::AccountId, fault: bool) {
		let Some(mut contract) = Self::take_off(contract_id, failed) else { return };
		if Self::is_ending(contract.plan) {
			let (plan, bytes) = (contract.plan, contract.bytes);
			Contracts::<T>::insert(contract_id, contract);
			Self::release_hosters(plan, contract_id, bytes, alloc::vec![failed.clone()]);
			return;
		}
		if contract.failed.is_full() {
			contract.failed.remove(0);
		}
		let _ = contract.failed.try_push(failed.clone());
		Self::release_hosting(contract_id, failed, contract.bytes);
		if fault {
			T::Reputation::record(failed, Role::Hoster, Outcome::Failure(1));
		}
		let plan = contract.plan;
		Contracts::<T>::insert(contract_id, contract);
		Self::deposit_event(Event::RepairHosting {
			plan,
			contract: contract_id,
			failed: failed.clone(),
		});
		Self::open_or_retry(contract_id);
	}

	// ---- eligibility and rounds ----------------------------------------------------------

	/// Whether `hoster` may take `contract` of `plan` (the README's eligibility rule).
	pub fn eligible(
		plan: &PlanView<T::AccountId>,
		contract: &ContractOf<T>,
		hoster: &T::AccountId,
	) -> bool {
		hoster != &plan.sponsor
			&& T::Roles::is_active(hoster, Role::Hoster)
			&& T::Roles::free_storage(hoster, Role::Hoster) >= contract.bytes
			&& (plan.regions.is_empty()
				|| plan.regions.iter().any(|r| T::Roles::serves_region(hoster, Role::Hoster, r)))
			&& T::Reputation::reputation(hoster, Role::Hoster) >= plan.min_reputation
			&& !contract.hosters.iter().any(|(h, _)| h == hoster)
			&& !contract.failed.contains(hoster)
	}

	/// The match the rank rule gives for `round` now: the first `wanted` of its
	/// candidates that are eligible, by rank. What an honest attestor reports, and what
	/// the runtime accepts.
	pub fn by_rule(
		round_id: RoundId,
		round: &RoundOf<T>,
		contract: &ContractOf<T>,
		plan: &PlanView<T::AccountId>,
	) -> Vec<T::AccountId> {
		let candidates = RoundCandidates::<T>::get(round_id)
			.into_iter()
			.filter(|h| Self::eligible(plan, contract, h));
		rules::select(&round.seed, candidates, round.wanted as usize)
	}

	/// Draws attestors and hoster candidates for `contract` and opens a round.
	pub(crate) fn open_round(contract_id: ContractId) -> DispatchResult {
		let mut contract = Contracts::<T>::get(contract_id).ok_or(Error::<T>::ContractNotFound)?;
		let plan = T::Plans::plan(contract.plan).ok_or(Error::<T>::PlanNotRunning)?;
		let wanted = (plan.replication as u32).saturating_sub(contract.hosters.len() as u32);
		if wanted == 0 {
			return Ok(());
		}
		if let Some(old) = contract.round.take() {
			// A round for fewer hosters is still open (a second hoster was repaired off
			// before it applied): it is replaced by one for all that are missing.
			Self::close_round(old);
			Contracts::<T>::insert(contract_id, &contract);
		}
		ensure!(
			PlanRounds::<T>::get(contract.plan) < T::MaxRoundsPerPlan::get(),
			Error::<T>::TooManyRounds
		);
		let id = NextRoundId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let (random, _) = T::Randomness::random(&(b"datdot/round", id).encode());
		let seed: [u8; 32] = sp_io::hashing::blake2_256(&(random, id, contract_id).encode());
		// Independent draws, as many as the round needs (bounded tries, whatever the
		// number of attestors), skipping the sponsor and inactive attestors.
		let population = T::Roles::member_count(Role::Attestor);
		let mut attestors: Vec<T::AccountId> = Vec::new();
		datdot_primitives::random::draw_members(
			&seed,
			population,
			T::AttestorsPerMatch::get(),
			|i| match T::Roles::member(Role::Attestor, i) {
				Some(a) if a != plan.sponsor && T::Roles::is_active(&a, Role::Attestor) => {
					attestors.push(a);
					true
				}
				_ => false,
			},
		);
		ensure!(attestors.len() as u32 >= T::MatchThreshold::get(), Error::<T>::NotEnoughAttestors);
		let attestors: BoundedVec<T::AccountId, T::AttestorsPerMatch> =
			BoundedVec::truncate_from(attestors);
		// The candidates: active hosters drawn the same way, from a seed of their own, in
		// at most two tries per candidate. Who is eligible is decided when a report
		// arrives, against the state then.
		// A population no larger than that is taken whole.
		let candidate_seed = sp_io::hashing::blake2_256(&(b"datdot/candidates", seed).encode());
		let hosters = T::Roles::member_count(Role::Hoster);
		let most = T::MatchCandidates::get();
		let mut candidates: Vec<T::AccountId> = Vec::new();
		let mut take = |i: u32| match T::Roles::member(Role::Hoster, i) {
			Some(h) if T::Roles::is_active(&h, Role::Hoster) => {
				candidates.push(h);
				true
			}
			_ => false,
		};
		if hosters <= most {
			(0..hosters).for_each(|i| {
				take(i);
			});
		} else {
			datdot_primitives::random::draw_members_within(
				&candidate_seed,
				hosters,
				most,
				most.saturating_mul(2),
				take,
			);
		}
		OpenRounds::<T>::try_mutate(|open| open.try_push(id))
			.map_err(|_| Error::<T>::TooManyRounds)?;
		// The round is a duty of each drawn attestor until it closes: an attestor cannot
		// leave the role with a round open, so its silence can still be slashed. (Drawn
		// as active, so the reservation holds.)
		for a in attestors.iter() {
			if T::Roles::reserve(a, Role::Attestor, 0).is_err() {
				frame_support::defensive!("a drawn attestor is not active");
			}
		}
		let deadline =
			frame_system::Pallet::<T>::block_number().saturating_add(T::RoundTimeout::get());
		NextRoundId::<T>::put(next);
		PlanRounds::<T>::mutate(contract.plan, |n| *n = n.saturating_add(1));
		Rounds::<T>::insert(
			id,
			Round { contract: contract_id, seed, wanted, attestors: attestors.clone(), deadline },
		);
		RoundCandidates::<T>::insert(
			id,
			BoundedVec::<_, T::MatchCandidates>::truncate_from(candidates),
		);
		contract.round = Some(id);
		contract.status =
			if contract.hosters.is_empty() { ContractStatus::Matching } else { contract.status };
		Contracts::<T>::insert(contract_id, contract);
		Self::deposit_event(Event::MatchingRoundOpened {
			round: id,
			contract: contract_id,
			attestors,
			seed,
			deadline,
		});
		Ok(())
	}

	/// Opens a round for `contract`, or schedules a retry if none can open now.
	pub(crate) fn open_or_retry(contract: ContractId) {
		match Self::open_round(contract) {
			Ok(()) => {}
			// The contract or its plan ended: nothing to match.
			Err(e) if e == Error::<T>::ContractNotFound.into() => {}
			Err(e) if e == Error::<T>::PlanNotRunning.into() => {}
			Err(e) => {
				log::debug!(target: "runtime::hosting", "no round for {} now: {:?}", contract, e);
				Self::retry_later(contract);
			}
		}
	}

	/// Schedules `contract`'s matching `RetryDelay` blocks from now, doubled for every
	/// unanswered round in a row after the first (or the first later block with room).
	/// A contract nobody answered `MaxUnansweredRounds` times in a row, or with no room
	/// for its retry, stops matching instead (`MatchingStopped`): it neither waits
	/// unseen nor costs rounds.
	fn retry_later(contract_id: ContractId) {
		let Some(mut contract) = Contracts::<T>::get(contract_id) else { return };
		let max = T::MaxUnansweredRounds::get();
		let placed = (contract.unanswered < max)
			.then(|| {
				let delay = T::RetryDelay::get()
					.saturating_mul((1u32 << contract.unanswered.saturating_sub(1).min(16)).into());
				let wanted = frame_system::Pallet::<T>::block_number().saturating_add(delay);
				datdot_primitives::schedule::first_with_room(wanted, 32, |b| {
					Retries::<T>::try_mutate(b, |l| l.try_push(contract_id)).is_ok()
				})
			})
			.flatten();
		match placed {
			Some(retry_at) => {
				Self::deposit_event(Event::MatchingDeferred { contract: contract_id, retry_at })
			}
			None => {
				contract.unanswered = max;
				let plan = contract.plan;
				Contracts::<T>::insert(contract_id, contract);
				Self::deposit_event(Event::MatchingStopped { plan, contract: contract_id });
			}
		}
	}

	/// Tries again the matching of the contracts whose retry is due.
	pub(crate) fn retry_due(now: BlockNumberFor<T>) -> Weight {
		let due = Retries::<T>::take(now);
		let n = due.len() as u32;
		for contract in due {
			if Contracts::<T>::get(contract).is_some_and(|c| c.round.is_none()) {
				Self::open_or_retry(contract);
			}
		}
		// Each retry is a round opened, as in the expiry sweep.
		T::WeightInfo::expire_rounds(n)
	}

	fn close_round(id: RoundId) {
		let Some(round) = Rounds::<T>::take(id) else { return };
		for a in round.attestors.iter() {
			T::Roles::release(a, Role::Attestor, 0);
		}
		if let Some(plan) = Contracts::<T>::get(round.contract).map(|c| c.plan) {
			PlanRounds::<T>::mutate_exists(plan, |n| {
				*n = n.and_then(|n| n.checked_sub(1)).filter(|n| *n > 0);
			});
		}
		OpenRounds::<T>::mutate(|open| open.retain(|r| *r != id));
		RoundCandidates::<T>::remove(id);
		let _ = RoundReports::<T>::clear_prefix(id, u32::MAX, None);
		let _ = ReportTally::<T>::clear_prefix(id, u32::MAX, None);
	}

	/// Closes rounds past their deadline (bounded) and re-runs them with fresh attestors.
	/// An attestor left a duty unanswered that it could have answered: its reputation
	/// falls and `SilenceSlash` of its stake goes.
	fn silent(attestor: &T::AccountId) {
		use datdot_primitives::traits::ProviderStakes;
		T::Reputation::record(attestor, Role::Attestor, Outcome::Failure(1));
		T::Stakes::slash(attestor, Role::Attestor, T::SilenceSlash::get());
		Self::deposit_event(Event::AttestorSilent { attestor: attestor.clone() });
	}

	pub(crate) fn expire_rounds(now: BlockNumberFor<T>) -> Weight {
		let due: Vec<RoundId> = OpenRounds::<T>::get()
			.iter()
			.filter(|id| Rounds::<T>::get(*id).is_some_and(|r| r.deadline <= now))
			.take(T::MaxTimeoutsPerBlock::get() as usize)
			.copied()
			.collect();
		let n = due.len() as u32;
		for id in due {
			if let Some(round) = Rounds::<T>::get(id) {
				// Drawn attestors that stayed silent lose a little reputation when another
				// one answered (a match was there to report) and the breaker did not
				// refuse their reports. When nobody answered, there was most likely no
				// eligible hoster: nobody is blamed and the contract waits.
				let answered = RoundReports::<T>::iter_prefix(id).next().is_some();
				// A round of an ended plan had nothing left to match: it just closes.
				let ended = Self::contract_ended(round.contract);
				// A full block in the round's window may have crowded a report out.
				let opened = round.deadline.saturating_sub(T::RoundTimeout::get());
				let crowded = T::Congestion::congested_since(opened);
				let excused = T::CallsPaused::get() || !answered || ended || crowded;
				for a in round.attestors.iter() {
					if !excused && !RoundReports::<T>::contains_key(id, a) {
						Self::silent(a);
					}
				}
				Self::close_round(id);
				Contracts::<T>::mutate(round.contract, |c| {
					if let Some(c) = c {
						c.round = None;
						c.unanswered = if answered { 0 } else { c.unanswered.saturating_add(1) };
					}
				});
				Self::deposit_event(Event::RoundExpired { round: id, contract: round.contract });
				if ended {
					continue;
				}
				if answered {
					Self::open_or_retry(round.contract);
				} else {
					Self::retry_later(round.contract);
				}
			}
		}
		// And the record of full blocks, read per round.
		T::WeightInfo::expire_rounds(n).saturating_add(T::DbWeight::get().reads(n as u64))
	}

	/// Moves a pending setup's deadline to the first block after `now` with room.
	fn postpone_setup(
		contract: ContractId,
		hoster: &T::AccountId,
		mut check: SetupCheckOf<T>,
		now: BlockNumberFor<T>,
	) {
		match Self::schedule_setup(contract, hoster, now.saturating_add(1u32.into())) {
			Some(deadline) => {
				check.deadline = deadline;
				PendingSetups::<T>::insert(contract, hoster, check)
			}
			// No block near has room: rather than wait unseen (holding the hoster's
			// capacity forever), the hosting is handed over now, as no fault of the
			// hoster's.
			None => Self::replace(contract, hoster, false),
		}
	}

	/// Ends the setup checks still open at their deadline (none while the breaker
	/// pauses the pallet, or while a block of the last `SetupTimeout` was full: the
	/// reports could not be sent). A checker that stayed silent
	/// loses reputation (an honest one always reports, either way, by then); the
	/// hosting is handed over without a fault of the hoster's (`SetupUndecided`): the
	/// checkers that did answer were too few to decide.
	pub(crate) fn expire_setups(now: BlockNumberFor<T>) -> Weight {
		let due = SetupDeadlines::<T>::take(now);
		let n = due.len() as u32;
		let paused = T::CallsPaused::get();
		// Every check closing now had the window that ends now: a full block in it may
		// have crowded a report out, and then, as in a pause, the hoster and its checkers
		// get another block, until a whole window had room.
		let crowded = !due.is_empty()
			&& T::Congestion::congested_since(now.saturating_sub(T::SetupTimeout::get()));
		for (contract, hoster) in due {
			let Some(check) = PendingSetups::<T>::get(contract, &hoster) else { continue };
			if check.deadline != now {
				continue; // moved since
			}
			if paused || crowded {
				// The breaker refuses the setup reports, or blocks were full: the hoster
				// and its checkers wait, unpunished.
				Self::postpone_setup(contract, &hoster, check, now);
				continue;
			}
			if Self::contract_ended(contract) {
				// Its plan ended meanwhile: the reports were refused, nobody is to blame,
				// and the hosting ends.
				Self::replace(contract, &hoster, false);
				continue;
			}
			for (checker, verdict) in check.checkers.iter() {
				if verdict.is_none() {
					Self::silent(checker);
				}
			}
			Self::deposit_event(Event::SetupUndecided { contract, hoster: hoster.clone() });
			Self::replace(contract, &hoster, false);
		}
		// And the record of full blocks, read once.
		T::WeightInfo::expire_setups(n).saturating_add(T::DbWeight::get().reads(1))
	}

	/// Hands up to `MaxTimeoutsPerBlock` contracts of signed-off hosters over to other
	/// hosters (`RepairHosting`, with no reputation loss: leaving in order is no fault).
	/// A hoster with nothing left gets `HosterLeft` and may unregister. Each hand-over
	/// is a repair, weighed as the setup expiry's repairs.
	pub(crate) fn hand_over_exits() -> Weight {
		let budget = T::MaxTimeoutsPerBlock::get();
		let mut done = 0u32;
		let mut reads = 1u64;
		while done < budget {
			let Some(hoster) = Leaving::<T>::iter_keys().next() else { break };
			reads = reads.saturating_add(1);
			let contracts: Vec<ContractId> = HosterContracts::<T>::iter_key_prefix(&hoster)
				.take((budget - done) as usize)
				.collect();
			if contracts.is_empty() {
				Leaving::<T>::remove(&hoster);
				Self::deposit_event(Event::HosterLeft { hoster });
				continue;
			}
			for contract in contracts {
				Self::replace(contract, &hoster, false);
				done += 1;
			}
		}
		T::WeightInfo::expire_setups(done)
			.saturating_add(T::DbWeight::get().reads_writes(reads, reads))
	}

	/// Invariants: every open round is listed once and points at a contract that names
	/// it; tallies never exceed the attestors; every hoster's reservation is counted.
	#[cfg(any(feature = "try-runtime", feature = "std", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let open = OpenRounds::<T>::get();
		let mut drawn: alloc::collections::btree_map::BTreeMap<T::AccountId, u32> =
			Default::default();
		ensure!(open.len() == Rounds::<T>::iter().count(), "OpenRounds differs from Rounds");
		for id in open.iter() {
			let round = Rounds::<T>::get(id).ok_or("an open round without a record")?;
			let contract = Contracts::<T>::get(round.contract).ok_or("a round for no contract")?;
			ensure!(contract.round == Some(*id), "a contract does not name its open round");
			let reports = RoundReports::<T>::iter_prefix(id).count() as u32;
			ensure!(reports <= round.attestors.len() as u32, "more reports than attestors");
			ensure!(RoundCandidates::<T>::contains_key(id), "an open round without candidates");
			for a in round.attestors.iter() {
				*drawn.entry(a.clone()).or_default() += 1;
			}
		}
		// Ended plans waiting for their release, each once, none of them live.
		let (first, next) = ReleaseLine::<T>::get();
		ensure!(first <= next, "the release line runs backwards");
		let mut releasing = alloc::collections::btree_set::BTreeSet::new();
		for (place, plan) in Releasing::<T>::iter() {
			ensure!((first..next).contains(&place), "a release outside the line");
			ensure!(releasing.insert(plan), "a plan queued for release twice");
			ensure!(T::Plans::plan(plan).is_none(), "a live plan queued for release");
			ensure!(!FeesLeft::<T>::contains_key(plan), "an ended plan's fee reserve");
		}
		let mut rounds_of: alloc::collections::btree_map::BTreeMap<PlanId, u32> =
			Default::default();
		for id in open.iter() {
			if let Some(c) = Rounds::<T>::get(id).and_then(|r| Contracts::<T>::get(r.contract)) {
				// An ended plan's rounds are no longer counted; they close with its
				// release, or at their deadline.
				if !releasing.contains(&c.plan) {
					*rounds_of.entry(c.plan).or_default() += 1;
				}
			}
		}
		for (plan, n) in PlanRounds::<T>::iter() {
			ensure!(rounds_of.remove(&plan) == Some(n), "PlanRounds differs from the open rounds");
			ensure!(n <= T::MaxRoundsPerPlan::get(), "a plan holds more than its share of rounds");
		}
		ensure!(rounds_of.is_empty(), "open rounds of a plan not counted");
		ensure!(
			RoundCandidates::<T>::iter_keys().all(|id| open.contains(&id)),
			"candidates of a closed round"
		);
		// An attestor's duties are exactly the open rounds that drew it and the setup
		// checks awaiting its report.
		for check in PendingSetups::<T>::iter_values() {
			for (checker, verdict) in check.checkers.iter() {
				if verdict.is_none() {
					*drawn.entry(checker.clone()).or_default() += 1;
				}
			}
		}
		for i in 0..T::Roles::member_count(Role::Attestor) {
			if let Some(a) = T::Roles::member(Role::Attestor, i) {
				let rounds = drawn.remove(&a).unwrap_or_default();
				ensure!(
					T::Roles::duties(&a, Role::Attestor) == rounds,
					"an attestor's duties differ from its open rounds and pending checks"
				);
			}
		}
		ensure!(drawn.is_empty(), "a round drew an attestor that is not one");
		for plan in FeesLeft::<T>::iter_keys() {
			ensure!(PlanContracts::<T>::contains_key(plan), "a fee reserve of no started plan");
		}
		let retrying: Vec<ContractId> = Retries::<T>::iter_values().flatten().collect();
		for (id, c) in Contracts::<T>::iter() {
			ensure!(PlanContracts::<T>::get(c.plan).contains(&id), "a contract outside its plan");
			ensure!(
				T::Plans::plan(c.plan).is_some() || releasing.contains(&c.plan),
				"a contract of an ended plan not queued for release"
			);
			let short =
				T::Plans::plan(c.plan).is_some_and(|p| c.hosters.len() < p.replication as usize);
			let stopped = c.unanswered >= T::MaxUnansweredRounds::get();
			ensure!(
				!short || c.round.is_some() || retrying.contains(&id) || stopped,
				"a contract short of hosters has neither a round, a retry nor a stop"
			);
			let mut hosters: Vec<_> = c.hosters.iter().map(|(h, _)| h.clone()).collect();
			hosters.sort();
			hosters.dedup();
			ensure!(hosters.len() == c.hosters.len(), "a hoster listed twice on a contract");
			ensure!(
				!c.failed.iter().any(|f| hosters.contains(f)),
				"a contract went back to a hoster repaired off it"
			);
			for h in hosters.iter() {
				ensure!(
					HosterContracts::<T>::contains_key(h, id),
					"a hosting missing from the index"
				);
			}
		}
		for (hoster, id, ()) in HosterContracts::<T>::iter() {
			ensure!(
				Contracts::<T>::get(id)
					.is_some_and(|c| c.hosters.iter().any(|(h, _)| *h == hoster)),
				"an index entry of no hosting"
			);
		}
		// The index by checker holds exactly the checks awaiting a report.
		let mut owed = 0usize;
		for (contract, hoster, check) in PendingSetups::<T>::iter() {
			for (checker, verdict) in check.checkers.iter() {
				if verdict.is_none() {
					owed += 1;
					ensure!(
						CheckerSetups::<T>::contains_key(checker, (contract, hoster.clone())),
						"a check owed missing from the index by checker"
					);
				}
			}
		}
		ensure!(
			CheckerSetups::<T>::iter_keys().count() == owed,
			"an index entry of a check nobody owes"
		);
		for (contract, hoster, check) in PendingSetups::<T>::iter() {
			ensure!(!check.checkers.is_empty(), "a setup nobody checks");
			ensure!(
				check.checkers.iter().any(|(_, v)| v.is_none()),
				"a setup every checker decided is still pending"
			);
			ensure!(check.fail_after <= check.deadline, "a setup that may not fail before it ends");
			let fetched_by = check.fail_after.saturating_sub(T::SetupTimeout::get() / 2u32.into());
			ensure!(
				FetchQueueEnd::<T>::get(&hoster).is_some_and(|end| end >= fetched_by),
				"a setup queued past its hoster's fetch queue"
			);
			ensure!(
				SetupDeadlines::<T>::get(check.deadline).contains(&(contract, hoster)),
				"a pending setup no sweep will see"
			);
		}
		for hoster in Leaving::<T>::iter_keys() {
			// Signed off, or already gone (it held nothing, so it could unregister before
			// the next block's hand-over noticed).
			ensure!(
				matches!(
					T::Roles::status(&hoster, Role::Hoster),
					Some(ProviderStatus::SignedOff) | None
				),
				"a leaving hoster that did not sign off"
			);
		}
		Ok(())
	}
}

impl<T: Config> PlanLifecycle for Pallet<T> {
	/// A plan is served if its ranges cut into at most `MaxContractsPerPlan` contracts.
	fn check_ranges(ranges: &[(u32, u32, u32)]) -> Result<u32, DispatchError> {
		let count = rules::contract_count(ranges.iter().copied(), T::ChunksPerContract::get());
		ensure!(count <= T::MaxContractsPerPlan::get() as u64, Error::<T>::TooManyContracts);
		Ok(count as u32)
	}

	/// Measured: cutting the contracts and opening a round for each (or scheduling its
	/// retry when the plan's share of rounds is taken).
	fn start_weight(contracts: u32) -> Weight {
		T::WeightInfo::plan_due(contracts.min(T::MaxContractsPerPlan::get()))
	}

	/// Ending only queues the plan's contracts for release (`Releasing`): a few reads
	/// and writes, whatever the plan's size.
	fn end_weight() -> Weight {
		T::DbWeight::get().reads_writes(1, 4)
	}

	fn fee_reserve(ranges: &[(u32, u32, u32)], replication: u8) -> u128 {
		Self::fee_reserve_of(ranges, replication)
	}

	/// Cuts the plan into contracts and opens a matching round for each.
	fn plan_due(plan_id: PlanId, fee_reserve: u128) -> DispatchResult {
		let ids = Self::cut_contracts(plan_id)?;
		FeesLeft::<T>::insert(
			plan_id,
			sp_runtime::SaturatedConversion::saturated_into::<BalanceOf<T>>(fee_reserve),
		);
		for id in ids {
			Self::open_or_retry(id);
		}
		Ok(())
	}

	fn plan_updated(plan_id: PlanId, fee_top_up: u128) -> Result<Weight, DispatchError> {
		let plan = T::Plans::plan(plan_id).ok_or(Error::<T>::PlanNotRunning)?;
		let before = PlanContracts::<T>::get(plan_id).len();
		let ids = Self::cut_contracts(plan_id)?;
		let top_up: BalanceOf<T> = sp_runtime::SaturatedConversion::saturated_into(fee_top_up);
		FeesLeft::<T>::mutate(plan_id, |left| *left = left.saturating_add(top_up));
		let want = plan.replication as usize;
		let (mut opened, mut ended) = (0u32, 0u32);
		for id in ids {
			let Some(mut contract) = Contracts::<T>::get(id) else { continue };
			if contract.hosters.len() < want {
				// Short (a new contract, or more replication): a round for the missing
				// hosters replaces any open one for fewer. A contract whose matching
				// stopped is tried afresh.
				if contract.unanswered > 0 {
					contract.unanswered = 0;
					Contracts::<T>::insert(id, &contract);
				}
				Self::open_or_retry(id);
				opened += 1;
				continue;
			}
			if let Some(round) = contract.round.take() {
				// Nothing missing any more: a round still looking closes unapplied.
				Self::close_round(round);
				Contracts::<T>::insert(id, &contract);
			}
			let excess = contract.hosters.len() - want;
			if excess == 0 {
				continue;
			}
			// Fewer hosters wanted: those still setting up go first, then the latest.
			let mut dropped: Vec<T::AccountId> = contract
				.hosters
				.iter()
				.rev()
				.filter(|(_, confirmed)| !confirmed)
				.map(|(h, _)| h.clone())
				.take(excess)
				.collect();
			for (h, _) in contract.hosters.iter().rev() {
				if dropped.len() >= excess {
					break;
				}
				if !dropped.contains(h) {
					dropped.push(h.clone());
				}
			}
			contract.hosters.retain(|(h, _)| !dropped.contains(h));
			Contracts::<T>::insert(id, &contract);
			for hoster in &dropped {
				Self::release_hosting(id, hoster, contract.bytes);
			}
			ended = ended.saturating_add(dropped.len() as u32);
			Self::deposit_event(Event::EndHosting {
				plan: plan_id,
				contract: id,
				hosters: BoundedVec::truncate_from(dropped),
			});
		}
		let cut = PlanContracts::<T>::get(plan_id).len().saturating_sub(before) as u64;
		Ok(T::WeightInfo::expire_rounds(opened)
			.saturating_add(T::WeightInfo::expire_setups(ended))
			.saturating_add(T::DbWeight::get().reads_writes(2, cut.saturating_add(2))))
	}

	fn max_update_weight() -> Weight {
		let contracts = T::MaxContractsPerPlan::get();
		T::WeightInfo::expire_rounds(contracts)
			.saturating_add(T::WeightInfo::expire_setups(
				contracts.saturating_mul(T::MaxHosters::get()),
			))
			.saturating_add(T::DbWeight::get().reads_writes(2, contracts as u64 + 2))
	}

	/// Ends the plan's matching and fees now, and queues its contracts for release
	/// (`Releasing`): their hosters are released over this and the next blocks.
	fn plan_ended(plan: PlanId) {
		FeesLeft::<T>::remove(plan);
		PlanRounds::<T>::remove(plan);
		let (first, next) = ReleaseLine::<T>::get();
		Releasing::<T>::insert(next, plan);
		ReleaseLine::<T>::put((first, next.saturating_add(1)));
	}
}

impl<T: Config> Pallet<T> {
	/// Cuts `plan`'s ranges into contracts, creating those not cut yet (all of them at
	/// the plan's start; the new ranges' after an update). Returns all its contracts.
	fn cut_contracts(plan_id: PlanId) -> Result<Vec<ContractId>, DispatchError> {
		let plan = T::Plans::plan(plan_id).ok_or(Error::<T>::PlanNotRunning)?;
		<Self as PlanLifecycle>::check_ranges(&plan.ranges)?;
		let cuts = rules::cut(plan.ranges.iter().copied(), T::ChunksPerContract::get());
		ensure!(cuts.len() as u32 <= T::MaxContractsPerPlan::get(), Error::<T>::TooManyContracts);
		let mut ids: Vec<ContractId> = PlanContracts::<T>::get(plan_id).to_vec();
		// Ranges only grow, and each is cut on its own: the first cuts are the contracts
		// the plan has.
		let new = cuts.len().saturating_sub(ids.len());
		let first = NextContractId::<T>::get();
		let next = first.checked_add(new as u64).ok_or(Error::<T>::Overflow)?;
		NextContractId::<T>::put(next);
		let now = frame_system::Pallet::<T>::block_number();
		for (i, cut) in cuts.into_iter().skip(ids.len()).enumerate() {
			let id = first + i as u64;
			let chunk_size =
				plan.datasets.get(cut.dataset as usize).map(|d| d.chunk_size).unwrap_or_default();
			Contracts::<T>::insert(
				id,
				Contract {
					plan: plan_id,
					dataset: cut.dataset,
					start: cut.start,
					end: cut.end,
					bytes: (cut.end - cut.start) as u64 * chunk_size as u64,
					hosters: BoundedVec::new(),
					status: ContractStatus::Matching,
					round: None,
					since: now,
					failed: BoundedVec::new(),
					unanswered: 0,
				},
			);
			ids.push(id);
		}
		PlanContracts::<T>::insert(plan_id, BoundedVec::truncate_from(ids.clone()));
		Ok(ids)
	}

	/// Ends `hoster`'s hosting of `contract` (already taken off its list): no pending
	/// setup, out of the index, its capacity released, the proofs and benchmarks told.
	fn release_hosting(contract: ContractId, hoster: &T::AccountId, bytes: u64) {
		if let Some(check) = PendingSetups::<T>::take(contract, hoster) {
			// The checkers that had not reported are free of the check.
			for (checker, verdict) in check.checkers.iter() {
				if verdict.is_none() {
					T::Roles::release(checker, Role::Attestor, 0);
					CheckerSetups::<T>::remove(checker, (contract, hoster.clone()));
				}
			}
		}
		HosterContracts::<T>::remove(hoster, contract);
		T::Roles::release(hoster, Role::Hoster, bytes);
		<T::Observer as datdot_primitives::traits::HostingObserver<T::AccountId>>::ended(
			contract, hoster,
		);
	}
}

impl<T: Config> Pallet<T> {
	/// The most one step of [`Self::release_ended`] takes: one contract of the most
	/// hosters released (measured as ending a plan's contracts and hostings), plus the
	/// line's bookkeeping.
	pub fn release_step_weight() -> Weight {
		let per = |w: fn(u32) -> Weight, n: u32| w(n).saturating_sub(w(0));
		per(T::WeightInfo::end_contracts, 1)
			.saturating_add(per(T::WeightInfo::end_hostings, T::MaxHosters::get()))
			.saturating_add(T::DbWeight::get().reads_writes(3, 3))
	}

	/// What a block's `on_initialize` gives the release: one step, so the line moves
	/// however full the blocks are.
	pub fn least_release_weight() -> Weight {
		T::DbWeight::get().reads_writes(3, 3).saturating_add(Self::release_step_weight())
	}

	/// Releases ended plans' contracts, oldest plan first, one contract at a time while
	/// one more step fits in `limit`: its round closed, every hoster released and told
	/// (`EndHosting`). Returns the weight used, at most `limit`.
	pub(crate) fn release_ended(limit: Weight) -> Weight {
		let db = T::DbWeight::get();
		let step = Self::release_step_weight();
		// Each plan visited: its place and contract list read, both removed at the end.
		let per_plan = db.reads_writes(2, 2);
		if db.reads(1).any_gt(limit) {
			return Weight::zero();
		}
		let (mut first, next) = ReleaseLine::<T>::get();
		if first == next {
			return db.reads(1);
		}
		// The line read, and written if it moved.
		let mut used = db.reads_writes(1, 1);
		let start = first;
		'plans: while first < next {
			if used.saturating_add(per_plan).saturating_add(step).any_gt(limit) {
				break;
			}
			used = used.saturating_add(per_plan);
			let Some(plan) = Releasing::<T>::get(first) else {
				first = first.saturating_add(1);
				continue;
			};
			let mut ids = PlanContracts::<T>::get(plan);
			while let Some(id) = ids.last().copied() {
				if used.saturating_add(step).any_gt(limit) {
					PlanContracts::<T>::insert(plan, ids);
					break 'plans;
				}
				ids.pop();
				Self::release_contract(plan, id);
				used = used.saturating_add(step);
			}
			PlanContracts::<T>::remove(plan);
			Releasing::<T>::remove(first);
			first = first.saturating_add(1);
		}
		if first != start {
			ReleaseLine::<T>::put((first, next));
		}
		used
	}

	/// Ends every hosting of an ended plan's contract: `EndHosting`, capacity released,
	/// its round closed.
	fn release_contract(plan: PlanId, id: ContractId) {
		let Some(contract) = Contracts::<T>::take(id) else { return };
		if let Some(round) = contract.round {
			Self::close_round(round);
		}
		let hosters = contract.hosters.into_iter().map(|(hoster, _)| hoster).collect();
		Self::release_hosters(plan, id, contract.bytes, hosters);
	}

	/// Ends `hosters`' hostings of contract `id` (of ended `plan`, `bytes` each), with
	/// one `EndHosting`.
	fn release_hosters(plan: PlanId, id: ContractId, bytes: u64, hosters: Vec<T::AccountId>) {
		for hoster in &hosters {
			Self::release_hosting(id, hoster, bytes);
		}
		Self::deposit_event(Event::EndHosting {
			plan,
			contract: id,
			hosters: BoundedVec::truncate_from(hosters),
		});
	}

	/// Whether contract `id` is gone or its plan ended (waiting for release): its
	/// rounds and setup checks expire blaming nobody.
	fn contract_ended(id: ContractId) -> bool {
		Contracts::<T>::get(id).is_none_or(|c| Self::is_ending(c.plan))
	}

	/// Whether `plan` ended and its contracts wait in `Releasing`: nothing of them is
	/// done any more but their release.
	fn is_ending(plan: PlanId) -> bool {
		T::Plans::plan(plan).is_none()
	}
}

impl<T: Config> datdot_primitives::traits::ProviderStatusObserver<T::AccountId> for Pallet<T> {
	/// A hoster that signs off has its contracts handed over to others (over the next
	/// blocks); one that takes work again keeps what it still holds.
	fn status_changed(who: &T::AccountId, role: Role, status: ProviderStatus) {
		if role != Role::Hoster {
			return;
		}
		if status == ProviderStatus::SignedOff {
			Leaving::<T>::insert(who, ());
		} else {
			Leaving::<T>::remove(who);
		}
	}
}

impl<T: Config> AccountObligations<T::AccountId> for Pallet<T> {
	fn obligation(who: &T::AccountId) -> Option<Obligation> {
		(T::Roles::duties(who, Role::Hoster) > 0).then_some(Obligation::Contract)
	}
}

impl<T: Config> datdot_primitives::traits::HostingInspect<T::AccountId> for Pallet<T> {
	fn hosting(
		contract: u64,
		hoster: &T::AccountId,
	) -> Option<datdot_primitives::traits::HostingView> {
		let c = Contracts::<T>::get(contract)?;
		if !c.hosters.iter().any(|(h, confirmed)| h == hoster && *confirmed) {
			return None;
		}
		let plan = T::Plans::plan(c.plan)?;
		let dataset = plan.datasets.get(c.dataset as usize)?;
		Some(datdot_primitives::traits::HostingView {
			plan: c.plan,
			root: dataset.root,
			leaves: dataset.chunks,
			chunk_size: dataset.chunk_size,
			start: c.start,
			end: c.end,
			running: plan.running,
		})
	}

	fn repair(contract: u64, hoster: &T::AccountId) {
		Self::repair(contract, hoster)
	}

	fn contracts_of(hoster: &T::AccountId) -> Vec<u64> {
		HosterContracts::<T>::iter_key_prefix(hoster).collect()
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> Pallet<T> {
	/// Cuts `plan`'s contracts and gives them `hostings` hostings, all of `hosters` to
	/// each contract in turn (as a match and its setup checks leave them: capacity
	/// reserved, indexed per hoster, observed as confirmed), each as costly to end as
	/// it can be. Returns how many it placed.
	pub fn benchmark_hosted(plan: PlanId, hosters: &[T::AccountId], hostings: u32) -> u32 {
		let ids = Self::cut_contracts(plan).expect("a live plan that cuts");
		let now = frame_system::Pallet::<T>::block_number();
		let mut placed = 0u32;
		for id in &ids {
			let mut contract = Contracts::<T>::get(id).expect("just cut");
			let here: Vec<T::AccountId> =
				hosters.iter().take((hostings - placed) as usize).cloned().collect();
			for hoster in &here {
				T::Roles::reserve(hoster, Role::Hoster, contract.bytes)
					.expect("a registered hoster with room");
				contract.hosters.try_push((hoster.clone(), true)).expect("at most MaxHosters");
				HosterContracts::<T>::insert(hoster, id, ());
			}
			contract.status = ContractStatus::Hosted;
			contract.since = now;
			Contracts::<T>::insert(id, &contract);
			for hoster in &here {
				use datdot_primitives::traits::HostingObserver;
				<T::Observer as HostingObserver<T::AccountId>>::confirmed(*id, hoster);
				<T::Observer as HostingObserver<T::AccountId>>::benchmark_worst_to_end(*id, hoster);
			}
			placed += here.len() as u32;
		}
		placed
	}

	/// A contract of `plan` kept by `hoster` with its setup confirmed, for other
	/// pallets' benchmarks.
	pub fn benchmark_confirmed(plan: PlanId, hoster: &T::AccountId) -> ContractId {
		let view = T::Plans::plan(plan).expect("a live plan");
		let id = NextContractId::<T>::get();
		NextContractId::<T>::put(id + 1);
		let end = view.datasets[0].chunks.min(T::ChunksPerContract::get());
		let bytes = end as u64 * view.datasets[0].chunk_size as u64;
		T::Roles::reserve(hoster, Role::Hoster, bytes).expect("a registered hoster with room");
		Contracts::<T>::insert(
			id,
			Contract {
				plan,
				dataset: 0,
				start: 0,
				end,
				bytes,
				hosters: BoundedVec::truncate_from(alloc::vec![(hoster.clone(), true)]),
				status: ContractStatus::Hosted,
				round: None,
				since: frame_system::Pallet::<T>::block_number(),
				failed: BoundedVec::new(),
				unanswered: 0,
			},
		);
		PlanContracts::<T>::mutate(plan, |ids| {
			let _ = ids.try_push(id);
		});
		HosterContracts::<T>::insert(hoster, id, ());
		id
	}
}
