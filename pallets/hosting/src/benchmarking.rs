//! Benchmarks (frame-benchmarking v2), each at its worst case: the report that
//! reaches the threshold and starts every hoster, the setup report that fails and
//! opens a repair round, and timeouts that re-run every round they close.
use super::*;
use alloc::vec::Vec;
use datdot_primitives::{
	traits::{PlanId, PlanInspect, PlanLifecycle, RoleProvider},
	OcwPublic, Role,
};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, Get},
	weights::Weight,
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::{traits::Hash, RuntimeAppPublic};

type Signature = <OcwPublic as RuntimeAppPublic>::Signature;

/// A funded account, registered in `role` if given.
fn funded<T: Config>(name: &'static str, index: u32, role: Option<Role>) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	T::BenchmarkHelper::fund(&who);
	if let Some(role) = role {
		T::Roles::ensure_role(&who, role);
	}
	who
}

/// Attestors drawn for the open rounds, each with a fresh key in the keystore.
struct Keys<T: Config>(Vec<(T::AccountId, OcwPublic)>);

impl<T: Config> Keys<T> {
	fn of(&self, who: &T::AccountId) -> OcwPublic {
		self.0.iter().find(|(a, _)| a == who).map(|(_, k)| k.clone()).expect("keyed when drawn")
	}
}

/// A running plan of `contracts` contracts wanting `replication` hosters each, cut and
/// with a round open per contract. Every attestor drawn gets a key to sign with.
fn open_plan<T: Config>(contracts: u32, replication: u8) -> Keys<T> {
	for i in 0..T::AttestorsPerMatch::get() {
		funded::<T>("attestor", i, Some(Role::Attestor));
	}
	// As many hosters as a round has candidates, all eligible: checking a report
	// against the rank rule is at its dearest.
	hosters::<T>(T::MatchCandidates::get());
	let sponsor = funded::<T>("sponsor", 0, None);
	let chunks = contracts * T::ChunksPerContract::get();
	let plan = T::BenchmarkHelper::running_plan(&sponsor, chunks, replication);
	let reserve = Pallet::<T>::fee_reserve_of(&[(0, 0, chunks)], replication);
	Pallet::<T>::plan_due(plan, reserve).expect("enough attestors to open the rounds");
	assert_eq!(OpenRounds::<T>::get().len() as u32, contracts);
	let mut keys = Keys::<T>(Vec::new());
	for id in OpenRounds::<T>::get() {
		for a in Rounds::<T>::get(id).expect("open").attestors {
			if !keys.0.iter().any(|(k, _)| *k == a) {
				let key = OcwPublic::generate_pair(None);
				T::BenchmarkHelper::set_ocw_key(&a, key.clone());
				keys.0.push((a, key));
			}
		}
	}
	keys
}

/// A running plan of `contracts` contracts wanting `MaxHosters` each, not cut yet, with
/// attestors to draw; and the fee reserve it starts with.
fn running_plan_with_attestors<T: Config>(contracts: u32) -> (PlanId, u128) {
	for i in 0..T::AttestorsPerMatch::get() {
		funded::<T>("attestor", i, Some(Role::Attestor));
	}
	let sponsor = funded::<T>("sponsor", 0, None);
	let chunks = contracts * T::ChunksPerContract::get();
	let plan = T::BenchmarkHelper::running_plan(&sponsor, chunks, max_replication::<T>());
	(plan, Pallet::<T>::fee_reserve_of(&[(0, 0, chunks)], max_replication::<T>()))
}

/// Opens rounds of plans of one hoster each, as many per plan as its share allows,
/// until `MaxOpenRounds` are open.
fn fill_open_rounds<T: Config>() {
	let per_plan = T::MaxRoundsPerPlan::get().min(T::MaxContractsPerPlan::get());
	let mut i = 0;
	loop {
		let open = OpenRounds::<T>::get().len() as u32;
		if open >= T::MaxOpenRounds::get() {
			break;
		}
		let contracts = per_plan.min(T::MaxOpenRounds::get() - open);
		let sponsor = funded::<T>("filler", i, None);
		let chunks = contracts * T::ChunksPerContract::get();
		let plan = T::BenchmarkHelper::running_plan(&sponsor, chunks, 1);
		let reserve = Pallet::<T>::fee_reserve_of(&[(0, 0, chunks)], 1);
		Pallet::<T>::plan_due(plan, reserve).expect("attestors to open the rounds");
		i += 1;
	}
}

/// The match the rank rule gives for `round` now (what honest attestors report).
fn rule_of<T: Config>(round_id: RoundId) -> BoundedVec<T::AccountId, T::MaxHosters> {
	let round = Rounds::<T>::get(round_id).expect("open");
	let contract = Contracts::<T>::get(round.contract).expect("cut");
	let plan = T::Plans::plan(contract.plan).expect("running");
	BoundedVec::truncate_from(Pallet::<T>::by_rule(round_id, &round, &contract, &plan))
}

/// `n` registered hosters with room for anything.
fn hosters<T: Config>(n: u32) -> BoundedVec<T::AccountId, T::MaxHosters> {
	BoundedVec::truncate_from(
		(0..n).map(|i| funded::<T>("hoster", i, Some(Role::Hoster))).collect(),
	)
}

fn signed_match<T: Config>(
	round: RoundId,
	hosters: BoundedVec<T::AccountId, T::MaxHosters>,
	key: OcwPublic,
) -> (MatchReportOf<T>, Signature) {
	let report = MatchReport { round, hosters, signer: key.clone() };
	let signature =
		datdot_primitives::signing::sign::<T>(&key, &report).expect("the key is in the keystore");
	(report, signature)
}

/// Sends the reports of all drawn attestors but the last needed, so that one more
/// identical report applies the match. Returns the round's last needed attestor.
fn reports_below_threshold<T: Config>(
	keys: &Keys<T>,
	round_id: RoundId,
	hosters: &BoundedVec<T::AccountId, T::MaxHosters>,
) -> Result<T::AccountId, BenchmarkError> {
	let round = Rounds::<T>::get(round_id).ok_or(BenchmarkError::Stop("no round"))?;
	let needed = T::MatchThreshold::get() as usize;
	for a in round.attestors.iter().take(needed - 1) {
		let (report, _) = signed_match::<T>(round_id, hosters.clone(), keys.of(a));
		Pallet::<T>::do_report_match(a.clone(), report)?;
	}
	round.attestors.get(needed - 1).cloned().ok_or(BenchmarkError::Stop("too few drawn"))
}

/// Matches every open round by the rank rule; every hoster then awaits its setup check.
fn match_all<T: Config>(keys: &Keys<T>) -> Result<(), BenchmarkError> {
	for round_id in OpenRounds::<T>::get() {
		let hosters = rule_of::<T>(round_id);
		let last = reports_below_threshold::<T>(keys, round_id, &hosters)?;
		let (report, _) = signed_match::<T>(round_id, hosters, keys.of(&last));
		Pallet::<T>::do_report_match(last, report)?;
	}
	Ok(())
}

/// A matched plan whose first hoster's setup awaits its last check (every other
/// checker said `ok`): that checker's signed report of it (`ok` or not), the one that
/// decides.
fn setup_to_report<T: Config>(
	ok: bool,
) -> Result<(SetupReportOf<T>, <OcwPublic as RuntimeAppPublic>::Signature), BenchmarkError> {
	let keys = open_plan::<T>(1, max_replication::<T>());
	let round = Rounds::<T>::get(OpenRounds::<T>::get()[0]).expect("open");
	match_all::<T>(&keys)?;
	let hoster = Contracts::<T>::get(round.contract).expect("cut").hosters[0].0.clone();
	let check =
		PendingSetups::<T>::get(round.contract, &hoster).ok_or(BenchmarkError::Stop("no setup"))?;
	let report = |checker: &T::AccountId, ok: bool| SetupReport {
		contract: round.contract,
		hoster: hoster.clone(),
		deadline: check.deadline,
		verdict: if ok { SetupVerdict::Serves } else { SetupVerdict::Fails },
		signer: keys.of(checker),
	};
	let (last, others) = check.checkers.split_last().ok_or(BenchmarkError::Stop("no checker"))?;
	for (checker, _) in others {
		Pallet::<T>::do_setup_report(checker.clone(), report(checker, true))?;
	}
	// A blaming report counts only once the hoster had its time to fetch.
	if !ok && frame_system::Pallet::<T>::block_number() < check.fail_after {
		frame_system::Pallet::<T>::set_block_number(check.fail_after);
	}
	let decisive = report(&last.0, ok);
	let signature = datdot_primitives::signing::sign::<T>(&keys.of(&last.0), &decisive)
		.expect("in the keystore");
	Ok((decisive, signature))
}

fn max_replication<T: Config>() -> u8 {
	T::MaxHosters::get().min(u8::MAX as u32) as u8
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// The report that reaches the threshold: every hoster re-checked, reserved and
	/// given a setup check, the agreeing attestors paid.
	#[benchmark]
	fn report_match() -> Result<(), BenchmarkError> {
		let replication = max_replication::<T>();
		let keys = open_plan::<T>(1, replication);
		let round_id = OpenRounds::<T>::get()[0];
		let round = Rounds::<T>::get(round_id).ok_or(BenchmarkError::Stop("no round"))?;
		let hosters = rule_of::<T>(round_id);
		assert_eq!(hosters.len(), replication as usize);
		let last = reports_below_threshold::<T>(&keys, round_id, &hosters)?;
		let (report, signature) = signed_match::<T>(round_id, hosters, keys.of(&last));

		#[extrinsic_call]
		_(RawOrigin::Authorized, report, signature);

		assert!(Rounds::<T>::get(round_id).is_none());
		let contract = Contracts::<T>::get(round.contract).expect("cut");
		assert_eq!(contract.hosters.len(), replication as usize);
		Ok(())
	}

	/// The last checker disagrees with the others: the hosting is handed over (the hoster
	/// released) and a repair round drawn.
	#[benchmark]
	fn setup_report() -> Result<(), BenchmarkError> {
		let (report, signature) = setup_to_report::<T>(false)?;
		let (contract, hoster) = (report.contract, report.hoster.clone());

		#[extrinsic_call]
		_(RawOrigin::Authorized, report, signature);

		assert!(!PendingSetups::<T>::contains_key(contract, &hoster));
		assert!(Contracts::<T>::get(contract).expect("cut").round.is_some());
		Ok(())
	}

	/// A confirmed setup: the hosting is handed to the observers (proofs of storage and
	/// performance benchmarks schedule it) and the attestor is paid.
	#[benchmark]
	fn setup_report_confirmed() -> Result<(), BenchmarkError> {
		let (report, signature) = setup_to_report::<T>(true)?;
		let (contract, hoster) = (report.contract, report.hoster.clone());

		#[extrinsic_call]
		setup_report(RawOrigin::Authorized, report, signature);

		let contract = Contracts::<T>::get(contract).expect("cut");
		assert!(contract.hosters.iter().any(|(h, ok)| *h == hoster && *ok));
		Ok(())
	}

	#[benchmark]
	fn set_attestor_fee() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let fee: BalanceOf<T> = 7u32.into();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, fee);
		assert_eq!(AttestorFee::<T>::get(), fee);
		Ok(())
	}

	/// The transaction pool's check of a report (signature, round, selection, replay).
	#[benchmark]
	fn authorize_report() -> Result<(), BenchmarkError> {
		let keys = open_plan::<T>(1, max_replication::<T>());
		let round_id = OpenRounds::<T>::get()[0];
		let round = Rounds::<T>::get(round_id).expect("open");
		let hosters = rule_of::<T>(round_id);
		let (report, signature) =
			signed_match::<T>(round_id, hosters, keys.of(&round.attestors[0]));
		#[block]
		{
			Pallet::<T>::authorize_match(&report, &signature)
				.map_err(|_| BenchmarkError::Stop("not authorized"))?;
		}
		Ok(())
	}

	/// `n` rounds time out with one report each (below the threshold): their silent
	/// attestors marked down, each re-run at once (the costlier path; a round nobody
	/// answered only schedules a retry).
	/// The sweep reads every open round (`MaxOpenRounds` of them, from as many plans
	/// as their share needs) to find the due ones.
	#[benchmark]
	fn expire_rounds(
		n: Linear<1, { T::MaxTimeoutsPerBlock::get() }>,
	) -> Result<(), BenchmarkError> {
		open_plan::<T>(n, 1);
		for id in OpenRounds::<T>::get() {
			let round = Rounds::<T>::get(id).expect("open");
			RoundReports::<T>::insert(id, &round.attestors[0], T::Hash::default());
		}
		let first = OpenRounds::<T>::get()[0];
		let deadline = Rounds::<T>::get(first).expect("open").deadline;
		// The other open rounds are due a block later.
		let opened = frame_system::Pallet::<T>::block_number();
		frame_system::Pallet::<T>::set_block_number(opened + 1u32.into());
		fill_open_rounds::<T>();
		let filler = OpenRounds::<T>::get().len() as u32 - n;
		frame_system::Pallet::<T>::set_block_number(deadline);
		#[block]
		{
			Pallet::<T>::expire_rounds(deadline);
		}
		let open = OpenRounds::<T>::get();
		assert_eq!(open.len() as u32, T::MaxOpenRounds::get());
		let rerun = open.iter().filter(|id| **id >= (n + filler) as RoundId).count() as u32;
		assert_eq!(rerun, n, "every due round re-run");
		Ok(())
	}

	/// A plan of `c` contracts starts: each is cut and gets a round (attestors drawn)
	/// until the plan's share of rounds is taken; the rest are scheduled for a retry.
	#[benchmark]
	fn plan_due(c: Linear<1, { T::MaxContractsPerPlan::get() }>) -> Result<(), BenchmarkError> {
		let (plan, reserve) = running_plan_with_attestors::<T>(c);
		#[block]
		{
			<Pallet<T> as PlanLifecycle>::plan_due(plan, reserve)?;
		}
		assert_eq!(PlanContracts::<T>::get(plan).len() as u32, c);
		let rounds = c.min(T::MaxRoundsPerPlan::get()).min(T::MaxOpenRounds::get());
		assert_eq!(OpenRounds::<T>::get().len() as u32, rounds);
		Ok(())
	}

	/// An ended plan of `c` contracts, each with a round open (as many as the plan's
	/// share allows) and no hoster, is released: the contracts' part of releasing a plan.
	#[benchmark]
	fn end_contracts(
		c: Linear<1, { T::MaxContractsPerPlan::get() }>,
	) -> Result<(), BenchmarkError> {
		let (plan, reserve) = running_plan_with_attestors::<T>(c);
		// A round for each contract the plan's share allows; the rest wait for a retry.
		Pallet::<T>::plan_due(plan, reserve)?;
		// Every drawn attestor has reported, each differently: the tallies are full.
		for id in OpenRounds::<T>::get() {
			for (i, a) in Rounds::<T>::get(id).expect("open").attestors.into_iter().enumerate() {
				let hash = T::Hashing::hash_of(&(id, i as u32));
				RoundReports::<T>::insert(id, &a, hash);
				ReportTally::<T>::insert(id, hash, 1);
			}
		}
		assert_eq!(PlanContracts::<T>::get(plan).len() as u32, c);
		<Pallet<T> as PlanLifecycle>::plan_ended(plan);
		#[block]
		{
			Pallet::<T>::release_ended(Weight::MAX);
		}
		assert!(!PlanContracts::<T>::contains_key(plan));
		assert!(OpenRounds::<T>::get().is_empty());
		Ok(())
	}

	/// An ended plan whose `n` hostings (up to `MaxHosters` per contract, on as few
	/// contracts as that allows) are all confirmed, each with a challenge open, is
	/// released: the hostings' part of releasing a plan.
	#[benchmark]
	fn end_hostings(
		n: Linear<1, { T::MaxContractsPerPlan::get() * T::MaxHosters::get() }>,
	) -> Result<(), BenchmarkError> {
		let sponsor = funded::<T>("sponsor", 0, None);
		let per_contract = T::MaxHosters::get();
		let chunks = n.div_ceil(per_contract) * T::ChunksPerContract::get();
		let plan = T::BenchmarkHelper::running_plan(&sponsor, chunks, max_replication::<T>());
		let hosters = hosters::<T>(per_contract);
		let hosted = Pallet::<T>::benchmark_hosted(plan, &hosters, n);
		assert_eq!(hosted, n);
		<Pallet<T> as PlanLifecycle>::plan_ended(plan);
		#[block]
		{
			Pallet::<T>::release_ended(Weight::MAX);
		}
		assert!(!PlanContracts::<T>::contains_key(plan));
		assert!(hosters.iter().all(|h| HosterContracts::<T>::iter_key_prefix(h).next().is_none()));
		Ok(())
	}

	/// `n` setups nobody confirmed: each hoster released and a repair round drawn.
	#[benchmark]
	fn expire_setups(
		n: Linear<1, { T::MaxTimeoutsPerBlock::get() }>,
	) -> Result<(), BenchmarkError> {
		let keys = open_plan::<T>(n, 1);
		match_all::<T>(&keys)?;
		let deadline: BlockNumberFor<T> =
			frame_system::Pallet::<T>::block_number() + T::SetupTimeout::get();
		assert_eq!(SetupDeadlines::<T>::get(deadline).len() as u32, n);
		frame_system::Pallet::<T>::set_block_number(deadline);
		#[block]
		{
			Pallet::<T>::expire_setups(deadline);
		}
		assert_eq!(PendingSetups::<T>::iter().count(), 0);
		assert_eq!(OpenRounds::<T>::get().len() as u32, n);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::bench_ext(), crate::mock::Test);
}
