use crate::{mock::*, ocw, rules, *};
use codec::{Decode, Encode};
use datdot_primitives::{
	traits::{Outcome, PlanLifecycle, RoleProvider},
	OcwPublic, ProviderStatus, Role, OCW_KEY_TYPE,
};
use frame_support::{assert_noop, assert_ok, traits::Hooks, weights::Weight, BoundedVec};
use sp_core::offchain::{testing, OffchainDbExt, OffchainWorkerExt, TransactionPoolExt};
use sp_keystore::{testing::MemoryKeystore, Keystore, KeystoreExt};
use sp_runtime::{
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	DispatchResult, RuntimeAppPublic,
};
use std::sync::Arc;

type Signature = <OcwPublic as RuntimeAppPublic>::Signature;

/// Externalities with a keystore holding a `ddot` key for each attestor.
fn ext_with_keys(builder: ExtBuilder) -> (sp_io::TestExternalities, Vec<OcwPublic>) {
	let keystore = MemoryKeystore::new();
	let keys: Vec<OcwPublic> = ATTESTORS
		.iter()
		.map(|a| {
			let public = keystore
				.sr25519_generate_new(OCW_KEY_TYPE, Some(&format!("//attestor{a}")))
				.unwrap();
			OcwPublic::from(public)
		})
		.collect();
	let mut ext = builder.build();
	ext.register_extension(KeystoreExt::new(keystore));
	for (a, k) in ATTESTORS.iter().zip(&keys) {
		world(|w| w.keys.insert(k.clone(), *a));
	}
	(ext, keys)
}

fn with_keys(test: impl FnOnce(&[OcwPublic])) {
	with_keys_in(ExtBuilder::default(), test)
}

/// Runs `test` with keys in `builder`'s world, then checks the pallet's invariants.
fn with_keys_in(builder: ExtBuilder, test: impl FnOnce(&[OcwPublic])) {
	let (mut ext, keys) = ext_with_keys(builder);
	ext.execute_with(|| {
		test(&keys);
		Hosting::do_try_state().expect("hosting invariants hold after the test");
	});
}

fn key_of(keys: &[OcwPublic], attestor: AccountId) -> OcwPublic {
	keys[ATTESTORS.iter().position(|a| *a == attestor).unwrap()].clone()
}

fn report(
	round: RoundId,
	hosters: &[AccountId],
	key: &OcwPublic,
) -> (MatchReportOf<Test>, Signature) {
	let report = MatchReport {
		round,
		hosters: BoundedVec::truncate_from(hosters.to_vec()),
		signer: key.clone(),
	};
	let signature = datdot_primitives::signing::sign::<Test>(key, &report).unwrap();
	(report, signature)
}

fn authorized() -> RuntimeOrigin {
	frame_system::RawOrigin::Authorized.into()
}

/// The match honest attestors compute for `round`: the rank rule over the eligible
/// hosters (the mock has fewer hosters than `MatchCandidates`, so every one of them is
/// a candidate), the same as the runtime's own [`Hosting::by_rule`].
fn honest_match(round: RoundId) -> Vec<AccountId> {
	let r = Rounds::<Test>::get(round).unwrap();
	let c = Contracts::<Test>::get(r.contract).unwrap();
	let plan = plan_view();
	let eligible = HOSTERS.iter().copied().filter(|h| Hosting::eligible(&plan, &c, h));
	let by_hand = rules::select(&r.seed, eligible, r.wanted as usize);
	assert_eq!(by_hand, Hosting::by_rule(round, &r, &c, &plan));
	by_hand
}

fn send_match(
	keys: &[OcwPublic],
	round: RoundId,
	attestor: AccountId,
	hosters: &[AccountId],
) -> DispatchResult {
	let (r, s) = report(round, hosters, &key_of(keys, attestor));
	Hosting::report_match(authorized(), r, s)
}

#[test]
fn a_due_plan_is_cut_into_contracts_with_a_round_each() {
	with_keys(|_| {
		assert_ok!(Hosting::plan_due(0, 1_000));
		// 10 chunks, 4 per contract: 0..4, 4..8, 8..10.
		let cuts: Vec<_> = (0..3)
			.map(|i| {
				let c = Contracts::<Test>::get(i).unwrap();
				(c.start, c.end, c.bytes, c.status)
			})
			.collect();
		assert_eq!(
			cuts,
			vec![
				(0, 4, 400, ContractStatus::Matching),
				(4, 8, 400, ContractStatus::Matching),
				(8, 10, 200, ContractStatus::Matching),
			]
		);
		assert_eq!(PlanContracts::<Test>::get(0).to_vec(), vec![0, 1, 2]);
		assert_eq!(OpenRounds::<Test>::get().to_vec(), vec![0, 1, 2]);
		let round = Rounds::<Test>::get(0).unwrap();
		assert_eq!(round.wanted, 2);
		let mut drawn = round.attestors.to_vec();
		drawn.sort();
		assert_eq!(drawn, ATTESTORS.to_vec());
	});
}

#[test]
fn identical_reports_start_hosting_and_pay_the_attestors() {
	with_keys(|keys| {
		assert_ok!(Hosting::plan_due(0, 1_000));
		let hosters = honest_match(0);
		assert_eq!(hosters.len(), 2);
		// The agreeing attestors are listed in the order they were drawn.
		let agreeing: Vec<AccountId> = Rounds::<Test>::get(0)
			.unwrap()
			.attestors
			.into_iter()
			.filter(|a| *a == 10 || *a == 11)
			.collect();
		assert_ok!(send_match(keys, 0, 10, &hosters));
		assert!(Contracts::<Test>::get(0).unwrap().hosters.is_empty(), "one report is not enough");
		assert_ok!(send_match(keys, 0, 11, &hosters));
		let c = Contracts::<Test>::get(0).unwrap();
		assert_eq!(c.hosters.iter().map(|(h, _)| *h).collect::<Vec<_>>(), hosters);
		assert_eq!(c.status, ContractStatus::Hosted);
		assert_eq!(c.round, None);
		assert!(Rounds::<Test>::get(0).is_none());
		System::assert_has_event(
			Event::StartHosting {
				plan: 0,
				contract: 0,
				hosters: BoundedVec::truncate_from(hosters.clone()),
				attestors: BoundedVec::truncate_from(agreeing.clone()),
			}
			.into(),
		);
		for h in &hosters {
			assert_eq!(MockRoles::free_storage(h, Role::Hoster), 600);
			assert!(PendingSetups::<Test>::contains_key(0, h));
		}
		let payouts = world(|w| w.payouts.clone());
		// The fee (5) once per hoster placed (2), out of the plan's fee reserve.
		let expected: Vec<_> = agreeing.iter().map(|a| (0, *a, 10)).collect();
		assert_eq!(payouts, expected);
		assert_eq!(FeesLeft::<Test>::get(0), 1_000 - 20);
		// A late third report finds the round closed.
		assert_noop!(send_match(keys, 0, 12, &hosters), Error::<Test>::RoundNotFound);
	});
}

#[test]
fn reports_are_checked() {
	with_keys(|keys| {
		assert_ok!(Hosting::plan_due(0, 1_000));
		let hosters = honest_match(0);
		// Not drawn: remove attestor 12 from the round (and the duty it held).
		Rounds::<Test>::mutate(0, |r| r.as_mut().unwrap().attestors.retain(|a| *a != 12));
		<MockRoles as RoleProvider<AccountId>>::release(&12, Role::Attestor, 0);
		assert_noop!(send_match(keys, 0, 12, &hosters), Error::<Test>::NotSelected);
		// A signature over something else.
		let (r, _) = report(0, &hosters, &key_of(keys, 10));
		let (_, other) = report(0, &[20], &key_of(keys, 10));
		assert_noop!(
			Hosting::report_match(authorized(), r.clone(), other),
			Error::<Test>::BadSignature
		);
		// A key in no profile.
		world(|w| w.keys.remove(&key_of(keys, 11)));
		assert_noop!(send_match(keys, 0, 11, &hosters), Error::<Test>::UnknownKey);
		// Duplicated hosters; more than wanted.
		assert_noop!(send_match(keys, 0, 10, &[20, 20]), Error::<Test>::MalformedReport);
		assert_noop!(send_match(keys, 0, 10, &[20, 21, 22]), Error::<Test>::MalformedReport);
		// Twice.
		assert_ok!(send_match(keys, 0, 10, &hosters));
		assert_noop!(send_match(keys, 0, 10, &hosters), Error::<Test>::AlreadyReported);
		// Without authorization.
		let (r, s) = report(0, &hosters, &key_of(keys, 10));
		assert_noop!(
			Hosting::report_match(RuntimeOrigin::signed(10), r, s),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn the_pool_admits_only_fresh_reports_from_drawn_attestors() {
	with_keys(|keys| {
		assert_ok!(Hosting::plan_due(0, 1_000));
		let hosters = honest_match(0);
		let (r, s) = report(0, &hosters, &key_of(keys, 10));
		let valid = Hosting::authorize_match(&r, &s).unwrap().0;
		assert_eq!(valid.provides, vec![("DatdotMatch", (0u64, 10u64)).encode()]);
		assert_ok!(send_match(keys, 0, 10, &hosters));
		assert!(Hosting::authorize_match(&r, &s).is_err(), "a report that arrives twice");
		let (late, ls) = report(7, &hosters, &key_of(keys, 11));
		assert!(Hosting::authorize_match(&late, &ls).is_err(), "a report for no open round");
		let (_, bad) = report(0, &[21], &key_of(keys, 11));
		let (r11, _) = report(0, &hosters, &key_of(keys, 11));
		assert!(Hosting::authorize_match(&r11, &bad).is_err(), "a bad signature");
	});
}

#[test]
fn two_colluding_attestors_cannot_place_hosters_of_their_choosing() {
	with_keys(|keys| {
		assert_ok!(Hosting::plan_due(0, 1_000));
		let rule = honest_match(0);
		// Two of the three drawn attestors agree on eligible hosters the rule did not
		// pick: each report is refused, and nothing is stored or tallied.
		let chosen: Vec<AccountId> =
			HOSTERS.iter().copied().filter(|h| !rule.contains(h)).take(2).collect();
		let c = Contracts::<Test>::get(0).unwrap();
		assert!(chosen.iter().all(|h| Hosting::eligible(&plan_view(), &c, h)));
		assert_noop!(send_match(keys, 0, 10, &chosen), Error::<Test>::NotByRule);
		assert_noop!(send_match(keys, 0, 11, &chosen), Error::<Test>::NotByRule);
		// The pool refuses them first, as stale (what a report worked out on another
		// fork, where the round drew another seed, also is): they take no block space.
		let (r, sig) = report(0, &chosen, &key_of(keys, 10));
		assert_eq!(
			Hosting::authorize_match(&r, &sig).map(|_| ()),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Stale))
		);
		// Nor can they swap in one hoster, or reorder the rule's.
		let mut swapped = rule.clone();
		swapped[1] = chosen[0];
		assert_noop!(send_match(keys, 0, 10, &swapped), Error::<Test>::NotByRule);
		let reversed: Vec<AccountId> = rule.iter().rev().copied().collect();
		assert_noop!(send_match(keys, 0, 11, &reversed), Error::<Test>::NotByRule);
		// The honest attestor alone is below the threshold: the round expires, the two
		// that never sent an accepted report are marked silent, and nobody was placed.
		assert_ok!(send_match(keys, 0, 12, &rule));
		assert!(Contracts::<Test>::get(0).unwrap().hosters.is_empty());
		System::set_block_number(11);
		Hosting::on_initialize(11);
		System::assert_has_event(Event::RoundExpired { round: 0, contract: 0 }.into());
		assert!(Contracts::<Test>::get(0).unwrap().hosters.is_empty());
		assert_eq!(
			(attestor_failures(10), attestor_failures(11), attestor_failures(12)),
			(1, 1, 0)
		);
		let one_percent = sp_runtime::Perbill::from_percent(1);
		let mut slashes = world(|w| w.slashes.clone());
		slashes.sort();
		assert_eq!(
			slashes,
			vec![(10, Role::Attestor, one_percent), (11, Role::Attestor, one_percent)]
		);
		System::assert_has_event(Event::AttestorSilent { attestor: 10 }.into());
		// The re-run round has its own candidates and seed; the rule still decides.
		let next = Contracts::<Test>::get(0).unwrap().round.expect("re-run");
		assert!(RoundCandidates::<Test>::contains_key(next));
		assert!(!RoundCandidates::<Test>::contains_key(0));
	});
}

#[test]
fn a_drawn_attestor_holds_rounds_and_setup_checks_as_duties_until_done() {
	with_keys(|keys| {
		let duties = |a| <MockRoles as RoleProvider<AccountId>>::duties(&a, Role::Attestor);
		assert_ok!(Hosting::plan_due(0, 1_000));
		// Three rounds drew all three attestors: none may leave the role now.
		assert_eq!((duties(10), duties(11), duties(12)), (3, 3, 3));
		let rule = honest_match(0);
		assert_ok!(send_match(keys, 0, 10, &rule));
		assert_ok!(send_match(keys, 0, 11, &rule));
		// Round 0 applied and closed (matched in full); the two agreeing attestors now
		// check both hosters' setups, each check a duty.
		assert!(Rounds::<Test>::get(0).is_none());
		assert_eq!((duties(10), duties(11), duties(12)), (4, 4, 2));
		// A checker that reported is done with that check.
		assert_ok!(check_by(keys, rule[0], 10, true));
		assert_eq!((duties(10), duties(11), duties(12)), (3, 4, 2));
		end_plan(0, Weight::MAX);
		assert_eq!((duties(10), duties(11), duties(12)), (0, 0, 0));
	});
}

#[test]
fn a_setup_check_needs_checkers_that_can_take_the_duty() {
	with_keys(|keys| {
		let duties = |a| <MockRoles as RoleProvider<AccountId>>::duties(&a, Role::Attestor);
		assert_ok!(Hosting::plan_due(0, 1_000));
		let rule = honest_match(0);
		// Attestor 11 signs off after it was drawn: it still answers its round, but
		// takes no new duty, so the agreeing pair has one checker, and one alone does
		// not decide a setup: nobody is placed, nothing is held, matching goes on.
		world(|w| w.roles.get_mut(&(11, Role::Attestor)).unwrap().0 = ProviderStatus::SignedOff);
		assert_ok!(send_match(keys, 0, 10, &rule));
		assert_ok!(send_match(keys, 0, 11, &rule));
		assert!(Rounds::<Test>::get(0).is_none());
		assert!(PendingSetups::<Test>::iter().next().is_none());
		assert!(Contracts::<Test>::get(0).unwrap().hosters.is_empty());
		assert!(rule.iter().all(|h| MockRoles::duties(h, Role::Hoster) == 0));
		// Their duties are rounds only: 11 its other two, 10 those and any new one.
		let rounds_of = |a| {
			OpenRounds::<Test>::get()
				.iter()
				.filter(|r| Rounds::<Test>::get(*r).unwrap().attestors.contains(&a))
				.count() as u32
		};
		assert_eq!((duties(10), duties(11)), (rounds_of(10), 2));
		let c = Contracts::<Test>::get(0).unwrap();
		assert!(
			c.round.is_some() || Retries::<Test>::iter_values().any(|l| l.contains(&0)),
			"the contract is matched again"
		);
	});
}

#[test]
fn rounds_nobody_can_answer_are_rerun_later() {
	with_keys(|keys| {
		assert_ok!(Hosting::plan_due(0, 1_000));
		let rule = honest_match(0);
		assert_ok!(send_match(keys, 0, 10, &rule));
		System::set_block_number(11);
		Hosting::on_initialize(11);
		// Rounds 1 and 2 nobody answered (no eligible hoster, as far as anyone could
		// tell): nobody is blamed and their contracts wait a retry.
		for contract in [1, 2] {
			System::assert_has_event(Event::MatchingDeferred { contract, retry_at: 26 }.into());
			assert!(Contracts::<Test>::get(contract).unwrap().round.is_none());
		}
		// At the retry, both get a round again.
		System::set_block_number(26);
		Hosting::on_initialize(26);
		assert!(Contracts::<Test>::get(1).unwrap().round.is_some());
		assert!(Contracts::<Test>::get(2).unwrap().round.is_some());
	});
}

#[test]
fn each_report_is_checked_against_the_state_it_arrives_in() {
	with_keys(|keys| {
		assert_ok!(Hosting::plan_due(0, 1_000));
		let rule = honest_match(0);
		assert_ok!(send_match(keys, 0, 10, &rule));
		// The rule's first hoster fills up before the second report lands: that report,
		// computed before, no longer follows the rule and is refused; one computed now
		// names another hoster. The sponsor is never eligible.
		world(|w| w.roles.get_mut(&(rule[0], Role::Hoster)).unwrap().2 = 1_000);
		assert_noop!(send_match(keys, 0, 11, &rule), Error::<Test>::NotByRule);
		let now = honest_match(0);
		assert!(!now.contains(&rule[0]));
		assert_ok!(send_match(keys, 0, 11, &now));
		assert_ok!(send_match(keys, 0, 12, &now));
		let c = Contracts::<Test>::get(0).unwrap();
		assert_eq!(c.hosters.iter().map(|(h, _)| *h).collect::<Vec<_>>(), now);
	});
}

/// Ends `plan` as the plans pallet does (the hosting side told, the plan gone), then
/// gives the release `spare` weight, as the block's `on_idle` would.
fn end_plan(plan: datdot_primitives::traits::PlanId, spare: Weight) {
	Hosting::plan_ended(plan);
	world(|w| w.plans.remove(&plan));
	Hosting::on_idle(System::block_number(), spare);
}

fn hosted(keys: &[OcwPublic]) -> Vec<AccountId> {
	assert_ok!(Hosting::plan_due(0, 1_000));
	let hosters = honest_match(0);
	assert_ok!(send_match(keys, 0, 10, &hosters));
	assert_ok!(send_match(keys, 0, 11, &hosters));
	hosters
}

/// `checker`'s verdict on `hoster`'s setup of contract 0: serves or fails.
fn check_by(keys: &[OcwPublic], hoster: AccountId, checker: AccountId, ok: bool) -> DispatchResult {
	let verdict = if ok { SetupVerdict::Serves } else { SetupVerdict::Fails };
	check_with(keys, hoster, checker, verdict)
}

/// `checker`'s `verdict` on `hoster`'s setup of contract 0.
fn check_with(
	keys: &[OcwPublic],
	hoster: AccountId,
	checker: AccountId,
	verdict: SetupVerdict,
) -> DispatchResult {
	let (deadline, fail_after) =
		PendingSetups::<Test>::get(0, hoster).map_or((0, 0), |c| (c.deadline, c.fail_after));
	// An honest checker blames nobody before the hoster had its time to fetch.
	if matches!(verdict, SetupVerdict::Fails | SetupVerdict::SourceUnavailable)
		&& System::block_number() < fail_after
	{
		System::set_block_number(fail_after);
	}
	let key = key_of(keys, checker);
	let report = SetupReport { contract: 0, hoster, deadline, verdict, signer: key.clone() };
	let signature = datdot_primitives::signing::sign::<Test>(&key, &report).unwrap();
	Hosting::setup_report(authorized(), report, signature)
}

/// The checkers of `hoster`'s setup of contract 0.
fn checkers(hoster: AccountId) -> Vec<AccountId> {
	PendingSetups::<Test>::get(0, hoster).unwrap().checkers.iter().map(|(c, _)| *c).collect()
}

/// Every checker of `hoster`'s setup gives the same verdict.
fn setup(keys: &[OcwPublic], hoster: AccountId, ok: bool) -> DispatchResult {
	for checker in checkers(hoster) {
		check_by(keys, hoster, checker, ok)?;
	}
	Ok(())
}

/// Whether `h` lost reputation as a hoster.
fn hoster_failed(h: AccountId) -> bool {
	world(|w| {
		w.outcomes
			.iter()
			.any(|(a, r, o)| *a == h && *r == Role::Hoster && *o == Outcome::Failure(1))
	})
}

/// The attack: a plan whose source serves chunks longer than it declares (with valid
/// paths to the root) had every hoster placed on it faulted by both checkers in turn,
/// where the fault is the sponsor's. Now the checkers say so, the hoster is released
/// without fault, and the contract's matching stops.
#[test]
fn an_oversized_source_releases_the_hoster_without_fault_and_stops_matching() {
	with_keys(|keys| {
		let hosters = hosted(keys);
		let h = hosters[0];
		let [first, second] = checkers(h)[..] else { panic!("two checkers") };
		assert_ok!(check_with(keys, h, first, SetupVerdict::SourceOversized));
		assert_ok!(check_with(keys, h, second, SetupVerdict::SourceOversized));
		System::assert_has_event(Event::SourceOversized { plan: 0, contract: 0, hoster: h }.into());
		System::assert_has_event(Event::MatchingStopped { plan: 0, contract: 0 }.into());
		let c = Contracts::<Test>::get(0).unwrap();
		assert!(!c.hosters.iter().any(|(x, _)| *x == h), "released");
		assert!(!c.failed.contains(&h), "not a failure of the hoster");
		assert!(c.round.is_none(), "no round for a contract nobody can keep");
		assert!(!HosterContracts::<Test>::contains_key(h, 0));
		assert!(!hoster_failed(h), "no fault of the hoster's");
		// The other hoster's setup, checked the same way, ends the same way: nobody is
		// placed on the contract again, and no round opens for it.
		let other = hosters[1];
		for checker in checkers(other) {
			assert_ok!(check_with(keys, other, checker, SetupVerdict::SourceOversized));
		}
		run_blocks(2_000);
		let c = Contracts::<Test>::get(0).unwrap();
		assert!(c.hosters.is_empty() && c.round.is_none());
	});
}

#[test]
fn an_unavailable_source_releases_the_hoster_without_fault_and_stops_matching() {
	with_keys(|keys| {
		let hosters = hosted(keys);
		let h = hosters[0];
		for checker in checkers(h) {
			assert_ok!(check_with(keys, h, checker, SetupVerdict::SourceUnavailable));
		}
		System::assert_has_event(
			Event::SourceUnavailable { plan: 0, contract: 0, hoster: h }.into(),
		);
		System::assert_has_event(Event::MatchingStopped { plan: 0, contract: 0 }.into());
		let c = Contracts::<Test>::get(0).unwrap();
		assert!(!c.hosters.iter().any(|(x, _)| *x == h), "released");
		assert!(!c.failed.contains(&h), "not a failure of the hoster");
		assert!(!hoster_failed(h), "no fault of the hoster's");
		assert_eq!(MockRoles::duties(&h, Role::Hoster), 0);
	});
}

/// One checker blaming the source and one the hoster cannot decide: a hand-over
/// without fault, as for any split.
#[test]
fn a_split_on_the_source_hands_over_without_fault() {
	with_keys(|keys| {
		let hosters = hosted(keys);
		let h = hosters[0];
		let [first, second] = checkers(h)[..] else { panic!("two checkers") };
		assert_ok!(check_with(keys, h, first, SetupVerdict::SourceOversized));
		assert_ok!(check_with(keys, h, second, SetupVerdict::Fails));
		System::assert_has_event(Event::SetupUndecided { contract: 0, hoster: h }.into());
		assert!(!hoster_failed(h), "no fault of the hoster's");
	});
}

#[test]
fn a_confirmed_setup_is_recorded() {
	with_keys(|keys| {
		let hosters = hosted(keys);
		assert_ok!(setup(keys, hosters[0], true));
		System::assert_last_event(
			Event::HostingConfirmed { contract: 0, hoster: hosters[0] }.into(),
		);
		assert!(Contracts::<Test>::get(0).unwrap().hosters.contains(&(hosters[0], true)));
		assert!(!PendingSetups::<Test>::contains_key(0, hosters[0]));
		assert_noop!(setup_again(keys, hosters[0]), Error::<Test>::NoPendingSetup);
	});
}

fn setup_again(keys: &[OcwPublic], hoster: AccountId) -> DispatchResult {
	let key = keys[0].clone();
	let deadline = PendingSetups::<Test>::get(0, hoster).map_or(0, |c| c.deadline);
	let report = SetupReport {
		contract: 0,
		hoster,
		deadline,
		verdict: SetupVerdict::Serves,
		signer: key.clone(),
	};
	let signature = datdot_primitives::signing::sign::<Test>(&key, &report).unwrap();
	Hosting::setup_report(authorized(), report, signature)
}

#[test]
fn a_failed_setup_is_repaired() {
	with_keys(|keys| {
		let hosters = hosted(keys);
		assert_ok!(setup(keys, hosters[1], false));
		System::assert_has_event(
			Event::RepairHosting { plan: 0, contract: 0, failed: hosters[1] }.into(),
		);
		let c = Contracts::<Test>::get(0).unwrap();
		assert_eq!(c.hosters.len(), 1);
		assert_eq!(MockRoles::free_storage(&hosters[1], Role::Hoster), 1_000);
		assert!(world(|w| w.outcomes.contains(&(hosters[1], Role::Hoster, Outcome::Failure(1)))));
		assert!(c.round.is_some(), "a replacement is being matched");
		// The proofs and benchmarks pallets are told the hosting ended.
		assert!(world(|w| w.observed.contains(&("ended", 0, hosters[1]))));
		// The failed hoster is never matched to this contract again, even when free.
		assert_eq!(c.failed.to_vec(), vec![hosters[1]]);
		let plan =
			<MockPlans as datdot_primitives::traits::PlanInspect<AccountId>>::plan(0).unwrap();
		assert!(!Hosting::eligible(&plan, &c, &hosters[1]));
		let others: Vec<AccountId> =
			HOSTERS.iter().copied().filter(|h| !hosters.contains(h)).collect();
		assert!(others.iter().all(|h| Hosting::eligible(&plan, &c, h)));
	});
}

/// Setups given to a hoster at once queue behind each other at `SetupFetchRate`: each
/// gets the time its backlog takes to fetch before anyone may blame the hoster, and a
/// report that blames it earlier is refused, in the pool and in the block.
#[test]
fn a_hosters_setups_queue_behind_its_backlog_and_nobody_blames_it_before_its_time() {
	SetupFetchRate::set(2);
	with_keys(|keys| {
		let hosters = hosted(keys);
		let h = hosters[0];
		let c = Contracts::<Test>::get(0).unwrap();
		let blocks = (c.end - c.start) as u64 / 2; // at 2 chunks a block
		let half = SetupTimeout::get() / 2;
		let first = PendingSetups::<Test>::get(0, h).unwrap();
		assert_eq!(FetchQueueEnd::<Test>::get(h), Some(1 + blocks));
		assert_eq!(first.fail_after, 1 + blocks + half);
		assert_eq!(first.deadline, 1 + blocks + SetupTimeout::get());
		// A second setup, given in the same block, starts where the first one's ends.
		assert!(Hosting::expect_setup(7, 6, &h, &[12], 1));
		let second = PendingSetups::<Test>::get(7, h).unwrap();
		assert_eq!(FetchQueueEnd::<Test>::get(h), Some(1 + blocks + 3));
		assert_eq!(second.fail_after, 1 + blocks + 3 + half);
		// Blaming the hoster (or the source) before `fail_after` is refused; a checker
		// may find it serving at any time.
		let checker = checkers(h)[0];
		let key = key_of(keys, checker);
		for verdict in [SetupVerdict::Fails, SetupVerdict::SourceUnavailable] {
			let report = SetupReport {
				contract: 0,
				hoster: h,
				deadline: first.deadline,
				verdict,
				signer: key.clone(),
			};
			let signature = datdot_primitives::signing::sign::<Test>(&key, &report).unwrap();
			assert_eq!(
				Hosting::authorize_setup(&report, &signature).unwrap_err(),
				TransactionValidityError::Invalid(InvalidTransaction::Future)
			);
			assert_noop!(
				Hosting::setup_report(authorized(), report, signature),
				Error::<Test>::TooEarly
			);
		}
		System::set_block_number(first.fail_after);
		assert_ok!(check_by(keys, h, checker, false));
		// Once the queue has run out, a new setup counts from its own block.
		System::set_block_number(100);
		assert!(Hosting::expect_setup(8, 4, &h, &[12], 100));
		assert_eq!(PendingSetups::<Test>::get(8, h).unwrap().fail_after, 100 + 2 + half);
	});
	SetupFetchRate::set(u32::MAX);
}

#[test]
fn an_unconfirmed_setup_times_out_into_a_repair() {
	with_keys(|keys| {
		let hosters = hosted(keys);
		assert_ok!(setup(keys, hosters[0], true));
		System::set_block_number(21);
		Hosting::on_initialize(21);
		System::assert_has_event(
			Event::RepairHosting { plan: 0, contract: 0, failed: hosters[1] }.into(),
		);
		assert!(Contracts::<Test>::get(0).unwrap().hosters.contains(&(hosters[0], true)));
	});
}

#[test]
fn an_ended_plan_ends_every_hosting() {
	with_keys(|keys| {
		let hosters = hosted(keys);
		end_plan(0, Weight::MAX);
		for h in &hosters {
			assert!(world(|w| w.observed.contains(&("ended", 0, *h))), "observers told");
		}
		System::assert_has_event(
			Event::EndHosting {
				plan: 0,
				contract: 0,
				hosters: BoundedVec::truncate_from(hosters.clone()),
			}
			.into(),
		);
		assert!(Contracts::<Test>::iter().next().is_none());
		assert!(OpenRounds::<Test>::get().is_empty());
		for h in hosters {
			assert_eq!(MockRoles::free_storage(&h, Role::Hoster), 1_000);
			assert_eq!(MockRoles::duties(&h, Role::Hoster), 0);
		}
	});
}

#[test]
fn an_ended_plan_is_released_over_blocks_and_nothing_of_it_runs_meanwhile() {
	with_keys(|keys| {
		// Contract 0 placed (its setups half checked); contracts 1 and 2 in rounds, one
		// of which an attestor answered.
		let hosters = hosted(keys);
		let c = checkers(hosters[0]);
		assert_ok!(check_by(keys, hosters[0], c[0], true));
		let round = Contracts::<Test>::get(1).unwrap().round.unwrap();
		let drawn = Rounds::<Test>::get(round).unwrap().attestors[0];
		assert_ok!(send_match(keys, round, drawn, &honest_match(round)));
		let round_deadline = Rounds::<Test>::get(round).unwrap().deadline;
		let setup_deadline = PendingSetups::<Test>::get(0, hosters[0]).unwrap().deadline;
		System::reset_events();

		// Ending queues the plan and releases nothing yet.
		end_plan(0, Weight::zero());
		assert_eq!(PlanContracts::<Test>::get(0).len(), 3);
		assert_eq!(ReleaseLine::<Test>::get(), (0, 1));
		Hosting::do_try_state().unwrap();
		// Its reports are refused from now on.
		assert_noop!(check_by(keys, hosters[0], c[1], true), Error::<Test>::PlanNotRunning);

		// Its round and its setup check pass their deadlines before their release:
		// nobody is blamed, nothing is repaired or re-run, the hosting ends.
		System::set_block_number(round_deadline);
		Hosting::expire_rounds(round_deadline);
		System::set_block_number(setup_deadline);
		Hosting::expire_setups(setup_deadline);
		let events: Vec<_> = System::events().into_iter().map(|r| r.event).collect();
		let hosting_events = || {
			events.iter().filter_map(|e| match e {
				RuntimeEvent::Hosting(e) => Some(e.clone()),
				_ => None,
			})
		};
		assert!(!hosting_events().any(|e| matches!(
			e,
			Event::AttestorSilent { .. }
				| Event::RepairHosting { .. }
				| Event::MatchingDeferred { .. }
				| Event::MatchingRoundOpened { .. }
				| Event::SetupUndecided { .. }
		)));
		assert!(hosting_events().any(|e| e
			== Event::EndHosting {
				plan: 0,
				contract: 0,
				hosters: BoundedVec::truncate_from(vec![hosters[0]])
			}));
		assert!(!hoster_failed(hosters[0]));
		Hosting::do_try_state().unwrap();

		// Each block's `on_initialize` releases at least one contract; spare weight for
		// one step releases one more; the rest goes when there is room.
		Hosting::on_initialize(System::block_number());
		assert_eq!(PlanContracts::<Test>::get(0).len(), 2);
		let step = Hosting::least_release_weight();
		assert_eq!(Hosting::on_idle(System::block_number(), step), step);
		assert_eq!(PlanContracts::<Test>::get(0).len(), 1);
		Hosting::do_try_state().unwrap();
		let less = step - Weight::from_parts(1, 0);
		assert!(Hosting::on_idle(System::block_number(), less).all_lte(less));
		assert_eq!(PlanContracts::<Test>::get(0).len(), 1);
		Hosting::on_idle(System::block_number(), Weight::MAX);
		assert!(!PlanContracts::<Test>::contains_key(0));
		assert!(Contracts::<Test>::iter().next().is_none());
		assert!(OpenRounds::<Test>::get().is_empty());
		assert_eq!(ReleaseLine::<Test>::get(), (1, 1));
		for a in ATTESTORS {
			assert_eq!(MockRoles::duties(&a, Role::Attestor), 0);
		}
		for h in hosters {
			assert_eq!(MockRoles::duties(&h, Role::Hoster), 0);
			assert_eq!(MockRoles::free_storage(&h, Role::Hoster), 1_000);
		}
		// An empty line costs a read.
		let read = <<Test as frame_system::Config>::DbWeight as frame_support::traits::Get<
			frame_support::weights::RuntimeDbWeight,
		>>::get()
		.reads(1);
		assert_eq!(Hosting::on_idle(System::block_number(), Weight::MAX), read);
	});
}

#[test]
fn too_few_attestors_leave_the_contract_waiting() {
	let (mut ext, _) = ext_with_keys(ExtBuilder::default());
	ext.execute_with(|| {
		world(|w| w.members.insert(Role::Attestor, vec![10]));
		assert_ok!(Hosting::plan_due(0, 1_000));
		assert!(OpenRounds::<Test>::get().is_empty());
		assert_eq!(Contracts::<Test>::get(0).unwrap().status, ContractStatus::Matching);
	});
}

#[test]
fn the_attestor_fee_is_governed() {
	with_keys(|_| {
		assert_noop!(
			Hosting::set_attestor_fee(RuntimeOrigin::signed(1), 9),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_ok!(Hosting::set_attestor_fee(RuntimeOrigin::root(), 9));
		System::assert_last_event(Event::AttestorFeeSet { fee: 9 }.into());
		assert_eq!(AttestorFee::<Test>::get(), 9);
	});
}

// ---- off-chain worker --------------------------------------------------------------

fn ocw_ext(
) -> (sp_io::TestExternalities, Arc<parking_lot::RwLock<testing::PoolState>>, Vec<OcwPublic>) {
	let (mut ext, keys) = ext_with_keys(ExtBuilder::default());
	let (offchain, _state) = testing::TestOffchainExt::new();
	let (pool, pool_state) = testing::TestTransactionPoolExt::new();
	ext.register_extension(OffchainDbExt::new(offchain.clone()));
	ext.register_extension(OffchainWorkerExt::new(offchain));
	ext.register_extension(TransactionPoolExt::new(pool));
	(ext, pool_state, keys)
}

fn submitted(pool: &Arc<parking_lot::RwLock<testing::PoolState>>) -> Vec<RuntimeCall> {
	pool.read()
		.transactions
		.iter()
		.map(|tx| UncheckedExtrinsic::decode(&mut &tx[..]).unwrap().function)
		.collect()
}

#[test]
fn the_attestor_worker_reports_the_honest_match_once() {
	let (mut ext, pool, _keys) = ocw_ext();
	ext.execute_with(|| {
		assert_ok!(Hosting::plan_due(0, 1_000));
		ocw::run::<Test>(1);
		let calls = submitted(&pool);
		// Each of the 3 local attestor keys answers each of the 3 rounds.
		assert_eq!(calls.len(), 9);
		for call in &calls {
			let RuntimeCall::Hosting(Call::report_match { report, signature }) = call else {
				panic!("unexpected call {call:?}");
			};
			assert_eq!(report.hosters.to_vec(), honest_match(report.round));
			assert!(datdot_primitives::signing::verifies::<Test>(
				&report.signer,
				&report,
				signature
			));
		}
		// Restarted or re-run in the next block: nothing is sent twice.
		ocw::run::<Test>(2);
		assert_eq!(submitted(&pool).len(), 9);
		// Unanswered for RESEND_AFTER blocks (the pool dropped it): sent again.
		ocw::run::<Test>(1 + ocw::RESEND_AFTER as u64);
		assert_eq!(submitted(&pool).len(), 18);
	});
}

#[test]
fn too_few_hosters_host_what_they_can_and_matching_goes_on() {
	with_keys_in(ExtBuilder::default().with_hosters(&[20]), |keys| {
		assert_ok!(Hosting::plan_due(0, 1_000));
		assert_eq!(honest_match(0), vec![20]);
		assert_ok!(send_match(keys, 0, 10, &[20]));
		assert_ok!(send_match(keys, 0, 11, &[20]));
		let c = Contracts::<Test>::get(0).unwrap();
		assert_eq!(c.hosters.to_vec(), vec![(20, false)]);
		let next = c.round.expect("still one hoster short");
		assert_eq!(Rounds::<Test>::get(next).unwrap().wanted, 1);
	});
}

#[test]
fn a_replacement_hoster_reseeds_from_a_confirmed_hoster_when_the_source_is_gone() {
	use datdot_primitives::{frames, merkle};
	// A real data set of 10 chunks; hoster 21 kept contract 0 (chunks 0..4) and was
	// confirmed; 20, whose key the node holds, replaces a failed hoster.
	let (mut ext, state, root, chunks) = hoster_node_ext(100, &[(21, true), (20, false)]);
	let leaves: Vec<[u8; 32]> = chunks.iter().map(|c| merkle::leaf_hash(c)).collect();
	ext.execute_with(|| {
		world(|w| w.endpoints.insert(21, b"http://hoster21:9944".to_vec()));
		let root_hex: String = root.iter().map(|b| format!("{b:02x}")).collect();
		for i in 0..4u32 {
			// The source fails once; then it rests, and the rest comes from the hoster,
			// whose node serves no data plane (it says so once; the answer is kept).
			if i == 0 {
				state.write().expect_request(testing::PendingRequest {
					method: "GET".into(),
					uri: format!("http://127.0.0.1:8000/data/{i}"),
					response: Some(b"gone".to_vec()),
					sent: true,
					response_headers: vec![],
					..Default::default()
				});
				state.write().expect_request(rpc_call(
					"http://hoster21:9944",
					"datdot_dataPlane",
					"",
					"null",
				));
			}
			let frame = frames::encode(&chunks[i as usize], &merkle::proof(&leaves, i).unwrap());
			let frame_hex: String = frame.iter().map(|b| format!("{b:02x}")).collect();
			state.write().expect_request(testing::PendingRequest {
				method: "POST".into(),
				uri: "http://hoster21:9944".into(),
				headers: vec![("Content-Type".into(), "application/json".into())],
				body: format!(
					r#"{{"jsonrpc":"2.0","id":1,"method":"datdot_chunk","params":["0x{root_hex}",{i}]}}"#
				)
				.into_bytes(),
				response: Some(
					format!(r#"{{"jsonrpc":"2.0","result":"0x{frame_hex}","id":1}}"#).into_bytes(),
				),
				sent: true,
				..Default::default()
			});
		}
		ocw::run::<Test>(2);
		for i in 0..4u32 {
			let frame = datdot_primitives::chunk_store::get(&root, i).expect("stored");
			assert!(frames::verifies(&frame, &root, i, 10, 100), "chunk {i} verified and kept");
		}
	});
}

/// A replacement hoster reseeds from a confirmed hoster's data plane, a range of
/// frames per request: the frames it gets ahead are verified one by one as their turn
/// comes, and a frame that does not verify is fetched again, not kept.
#[test]
fn a_replacement_hoster_reseeds_over_the_data_plane_a_range_at_a_time() {
	use datdot_primitives::{frames, merkle};
	let (mut ext, state, root, chunks) = hoster_node_ext(100, &[(21, true), (20, false)]);
	let leaves: Vec<[u8; 32]> = chunks.iter().map(|c| merkle::leaf_hash(c)).collect();
	let frame = |i: u32| frames::encode(&chunks[i as usize], &merkle::proof(&leaves, i).unwrap());
	let root_hex: String = root.iter().map(|b| format!("{b:02x}")).collect();
	let range = |from: u32, count: u32| {
		format!("http://hoster21:30333/chunks/0x{root_hex}?from={from}&count={count}")
	};
	let mut lying = frame(1);
	lying[10] ^= 1;
	for request in [
		get_call("http://127.0.0.1:8000/data/0".into(), b"gone".to_vec()),
		rpc_call("http://hoster21:9944", "datdot_dataPlane", "", "30333"),
		// The contract's 4 chunks asked at once; the hoster sends chunk 0 and a chunk 1
		// that does not verify (and stops, as a hoster missing chunk 2 would).
		get_call(range(0, 4), [frame(0), lying].concat()),
		// Chunk 1 again, with what follows: all of it, and a frame too many.
		get_call(range(1, 3), [frame(1), frame(2), frame(3), frame(4)].concat()),
	] {
		state.write().expect_request(request);
	}
	ext.execute_with(|| {
		world(|w| w.endpoints.insert(21, b"http://hoster21:9944".to_vec()));
		ocw::run::<Test>(2);
		for i in 0..4u32 {
			let kept = datdot_primitives::chunk_store::get(&root, i).expect("stored");
			assert_eq!(kept, frame(i), "chunk {i} verified and kept");
		}
		assert!(!stored(&root, 4), "nothing past the contract");
	});
}

/// An attestor samples a new hoster's chunks over the hoster's data plane, asks where
/// it listens once per [`ocw::PLANE_TTL`] blocks, and finds the hoster serving.
#[test]
fn a_checker_samples_over_the_data_plane_and_asks_where_it_is_once_a_while() {
	use datdot_primitives::{frames, merkle};
	let (mut ext, state, root, chunks) = node_ext(100, &[(21, false)], 10);
	let (pool, pool_state) = testing::TestTransactionPoolExt::new();
	ext.register_extension(TransactionPoolExt::new(pool));
	let leaves: Vec<[u8; 32]> = chunks.iter().map(|c| merkle::leaf_hash(c)).collect();
	let root_hex: String = root.iter().map(|b| format!("{b:02x}")).collect();
	let sample = |i: u32| {
		get_call(
			format!("http://hoster21:30333/chunk/0x{root_hex}/{i}"),
			frames::encode(&chunks[i as usize], &merkle::proof(&leaves, i).unwrap()),
		)
	};
	// The test's random seed samples chunk 0 twice, then the contract's last (3).
	let samples = || [sample(0), sample(0), sample(3)];
	let ask = || rpc_call("http://hoster21:9944", "datdot_dataPlane", "", "30333");
	let mut run = |now: u64| {
		ext.execute_with(|| {
			world(|w| w.endpoints.insert(21, b"http://hoster21:9944".to_vec()));
			owe_setup_check(300, 200);
			ocw::run::<Test>(now);
		})
	};
	for request in core::iter::once(ask()).chain(samples()) {
		state.write().expect_request(request);
	}
	run(2);
	let verdicts = || {
		submitted(&pool_state)
			.into_iter()
			.filter_map(|call| match call {
				RuntimeCall::Hosting(Call::setup_report { report, .. }) => Some(report.verdict),
				_ => None,
			})
			.collect::<Vec<_>>()
	};
	assert_eq!(verdicts(), vec![SetupVerdict::Serves]);
	// The next block (the report not in yet): the same samples, the address kept.
	for request in samples() {
		state.write().expect_request(request);
	}
	run(3);
	// Past the address's time to live: asked again.
	for request in core::iter::once(ask()).chain(samples()) {
		state.write().expect_request(request);
	}
	run(2 + datdot_primitives::ocw::PLANE_TTL as u64);
	// (Every expected request was made, in this order: the test externalities check.)
}

#[test]
fn a_plan_is_served_only_if_it_cuts_into_few_enough_contracts() {
	use datdot_primitives::traits::PlanLifecycle;
	// The mock cuts 4 chunks per contract, 8 contracts per plan at most.
	assert_ok!(<Hosting as PlanLifecycle>::check_ranges(&[(0, 0, 32)]));
	assert_ok!(<Hosting as PlanLifecycle>::check_ranges(&[(0, 0, 16), (1, 0, 16)]));
	assert_eq!(
		<Hosting as PlanLifecycle>::check_ranges(&[(0, 0, 33)]),
		Err(Error::<Test>::TooManyContracts.into())
	);
	assert_eq!(
		<Hosting as PlanLifecycle>::check_ranges(&[(0, 0, 16), (1, 0, 13), (2, 0, 1)]),
		Err(Error::<Test>::TooManyContracts.into())
	);
	// A range of billions of chunks is refused without cutting it.
	assert_eq!(
		<Hosting as PlanLifecycle>::check_ranges(&[(0, 0, u32::MAX)]),
		Err(Error::<Test>::TooManyContracts.into())
	);
}

#[test]
fn while_the_breaker_pauses_reports_no_setup_is_repaired_and_no_attestor_loses() {
	with_keys(|keys| {
		let hosters = hosted(keys);
		CallsPaused::set(true);
		let run_to = |n: u64| {
			while System::block_number() < n {
				let next = System::block_number() + 1;
				System::set_block_number(next);
				Hosting::on_initialize(next);
			}
		};
		run_to(40);
		assert!(
			!System::events()
				.iter()
				.any(|e| matches!(e.event, RuntimeEvent::Hosting(Event::RepairHosting { .. }))),
			"no repair while reports are refused"
		);
		assert!(world(|w| !w.outcomes.iter().any(|(_, _, o)| matches!(o, Outcome::Failure(_)))));
		let pending = PendingSetups::<Test>::iter().count();
		assert_eq!(pending, hosters.len(), "both setups still wait");
		CallsPaused::set(false);
		let (_, _, check) = PendingSetups::<Test>::iter().next().unwrap();
		let deadline = check.deadline;
		run_to(deadline);
		System::assert_has_event(
			Event::RepairHosting { plan: 0, contract: 0, failed: hosters[0] }.into(),
		);
	});
	CallsPaused::set(false);
}

#[test]
fn ending_a_contract_keeps_the_chunks_another_live_contract_needs() {
	let (r, other) = ([7u8; 32], [9u8; 32]);
	// Contract 1 ended; contract 2 keeps chunks 2..6 of the same data set.
	let kept = vec![(2, r, 2, 6), (3, other, 0, 4)];
	let gone = vec![(1, r, 0, 4), (4, other, 4, 6)];
	assert_eq!(ocw::unneeded_chunks(&kept, &gone), vec![(r, 0), (r, 1), (other, 4), (other, 5)]);
	// Two ended contracts over the same chunks delete each chunk once.
	let gone = vec![(1, r, 0, 2), (5, r, 0, 2)];
	assert_eq!(ocw::unneeded_chunks(&Vec::new(), &gone), vec![(r, 0), (r, 1)]);
}

#[test]
fn two_repairs_of_one_contract_leave_one_round_for_both_places() {
	with_keys(|keys| {
		let hosters = hosted(keys);
		assert_ok!(setup(keys, hosters[0], false));
		let first = Contracts::<Test>::get(0).unwrap().round.expect("a repair round");
		assert_eq!(Rounds::<Test>::get(first).unwrap().wanted, 1);
		assert_ok!(setup(keys, hosters[1], false));
		let c = Contracts::<Test>::get(0).unwrap();
		let round = c.round.expect("a repair round");
		assert_ne!(round, first, "the round for one place was replaced");
		assert!(Rounds::<Test>::get(first).is_none());
		assert_eq!(Rounds::<Test>::get(round).unwrap().wanted, 2);
		assert_eq!(OpenRounds::<Test>::get().iter().filter(|r| **r == first).count(), 0);
	});
}

#[test]
fn the_fee_reserve_counts_every_placement_and_fees_stop_when_it_is_spent() {
	with_keys(|keys| {
		// 3 contracts × 2 hosters × 2 placements × (3 attestors + 2 setup checkers) × 5.
		assert_eq!(Hosting::fee_reserve_of(&[(0, 0, 10)], 2), 3 * 2 * 2 * 5 * 5);
		// A reserve of 25: the match pays 2 attestors 10 each, the first hoster's first
		// setup check 5, and its second check finds it spent, as do the second's.
		assert_ok!(Hosting::plan_due(0, 25));
		let hosters = honest_match(0);
		assert_ok!(send_match(keys, 0, 10, &hosters));
		assert_ok!(send_match(keys, 0, 11, &hosters));
		assert_ok!(setup(keys, hosters[0], true));
		assert_eq!(FeesLeft::<Test>::get(0), 0);
		let paid = world(|w| w.payouts.len());
		assert_ok!(setup(keys, hosters[1], true));
		assert_eq!(world(|w| w.payouts.len()), paid, "no fee beyond the reserve");
		assert_eq!(world(|w| w.escrows[&0]), 1_000 - 25, "the hosters' part is untouched");
		end_plan(0, Weight::zero());
		assert!(!FeesLeft::<Test>::contains_key(0));
	});
}

#[test]
fn an_empty_report_is_refused_and_one_that_places_nobody_earns_no_fee() {
	with_keys(|keys| {
		assert_ok!(Hosting::plan_due(0, 1_000));
		assert_noop!(send_match(keys, 0, 10, &[]), Error::<Test>::MalformedReport);
		// Hoster 99 is not registered, so not a candidate: refused.
		assert_noop!(send_match(keys, 0, 10, &[99]), Error::<Test>::NotByRule);
		// A match that places nobody (no setup deadline has room) pays no fee.
		let wanted = System::block_number() + SetupTimeout::get();
		for b in wanted..wanted + 32 {
			SetupDeadlines::<Test>::mutate(b, |l| while l.try_push((99, 99)).is_ok() {});
		}
		let hosters = honest_match(0);
		assert_ok!(send_match(keys, 0, 10, &hosters));
		assert_ok!(send_match(keys, 0, 11, &hosters));
		assert!(Contracts::<Test>::get(0).unwrap().hosters.is_empty());
		assert!(world(|w| w.payouts.is_empty()));
		for b in wanted..wanted + 32 {
			SetupDeadlines::<Test>::remove(b);
		}
	});
}

/// Sets `who`'s hoster status in the mock registry and tells the pallet, as the roles
/// pallet's `set_status` does.
fn set_hoster_status(who: AccountId, status: ProviderStatus) {
	world(|w| w.roles.get_mut(&(who, Role::Hoster)).unwrap().0 = status);
	<Hosting as datdot_primitives::traits::ProviderStatusObserver<AccountId>>::status_changed(
		&who,
		Role::Hoster,
		status,
	);
}

#[test]
fn a_signed_off_hoster_hands_its_contracts_over_without_a_fault_and_may_leave() {
	with_keys(|keys| {
		let hosters = hosted(keys);
		let leaver = hosters[0];
		assert_ok!(setup(keys, leaver, true));
		assert!(HosterContracts::<Test>::contains_key(leaver, 0));
		set_hoster_status(leaver, ProviderStatus::SignedOff);
		assert!(Leaving::<Test>::contains_key(leaver));
		Hosting::on_initialize(System::block_number());
		// Handed over: released, a round for a replacement, nothing held against it.
		System::assert_has_event(
			Event::RepairHosting { plan: 0, contract: 0, failed: leaver }.into(),
		);
		System::assert_has_event(Event::HosterLeft { hoster: leaver }.into());
		assert!(!Leaving::<Test>::contains_key(leaver));
		assert_eq!(MockRoles::duties(&leaver, Role::Hoster), 0);
		assert!(!HosterContracts::<Test>::contains_key(leaver, 0));
		let c = Contracts::<Test>::get(0).unwrap();
		assert!(!c.hosters.iter().any(|(h, _)| *h == leaver));
		assert!(c.round.is_some(), "a replacement is being matched");
		assert!(
			!world(|w| w
				.outcomes
				.iter()
				.any(|(h, _, o)| *h == leaver && matches!(o, Outcome::Failure(_)))),
			"leaving in order is no fault"
		);
		// The other hoster keeps its contract.
		assert!(HosterContracts::<Test>::contains_key(hosters[1], 0));
	});
}

#[test]
fn a_hoster_that_takes_work_again_keeps_what_it_holds() {
	with_keys(|keys| {
		let hosters = hosted(keys);
		set_hoster_status(hosters[0], ProviderStatus::SignedOff);
		set_hoster_status(hosters[0], ProviderStatus::Available);
		Hosting::on_initialize(System::block_number());
		assert!(HosterContracts::<Test>::contains_key(hosters[0], 0));
		assert!(Contracts::<Test>::get(0).unwrap().hosters.iter().any(|(h, _)| *h == hosters[0]));
	});
}

#[test]
fn a_started_plan_that_grows_gets_contracts_and_hosters_and_one_that_shrinks_ends_hostings() {
	with_keys(|keys| {
		let hosters = hosted(keys);
		assert_ok!(setup(keys, hosters[0], true));
		let fees = FeesLeft::<Test>::get(0);
		// Replication 2 → 3 and chunks 10..14 added.
		world(|w| {
			let plan = w.plans.get_mut(&0).unwrap();
			plan.replication = 3;
			plan.datasets[0].chunks = 20;
			plan.ranges = vec![(0, 0, 10), (0, 10, 14)];
		});
		assert_ok!(Hosting::plan_updated(0, 40));
		assert_eq!(FeesLeft::<Test>::get(0), fees + 40);
		assert_eq!(PlanContracts::<Test>::get(0).to_vec(), vec![0, 1, 2, 3]);
		let c3 = Contracts::<Test>::get(3).unwrap();
		assert_eq!((c3.start, c3.end), (10, 14));
		// Every contract has a round for what it misses: one hoster for contract 0,
		// three for the others.
		for (id, wanted) in [(0, 1), (1, 3), (2, 3), (3, 3)] {
			let round = Contracts::<Test>::get(id).unwrap().round.expect("a round");
			assert_eq!(Rounds::<Test>::get(round).unwrap().wanted, wanted);
		}
		// Back to one hoster: contract 0's round closes, and the hoster still setting
		// up goes (EndHosting), its capacity released.
		world(|w| w.plans.get_mut(&0).unwrap().replication = 1);
		assert_ok!(Hosting::plan_updated(0, 0));
		System::assert_has_event(
			Event::EndHosting {
				plan: 0,
				contract: 0,
				hosters: BoundedVec::truncate_from(vec![hosters[1]]),
			}
			.into(),
		);
		let c0 = Contracts::<Test>::get(0).unwrap();
		assert_eq!(c0.hosters.to_vec(), vec![(hosters[0], true)]);
		assert_eq!(c0.round, None);
		assert_eq!(MockRoles::free_storage(&hosters[1], Role::Hoster), 1_000);
		assert!(!HosterContracts::<Test>::contains_key(hosters[1], 0));
		assert!(!PendingSetups::<Test>::contains_key(0, hosters[1]));
		// The rounds of the empty contracts now look for one hoster.
		let round = Contracts::<Test>::get(1).unwrap().round.unwrap();
		assert_eq!(Rounds::<Test>::get(round).unwrap().wanted, 1);
	});
}

/// The offchain test state that answers a worker's requests.
type OffchainState = Arc<parking_lot::RwLock<testing::OffchainState>>;

/// A hoster's node (it holds hoster 20's key) where contract 0 (chunks 0..4) of plan 0
/// is kept by `hosters`, over a data set of ten chunks of `chunk_len` bytes (the plan
/// declares 100-byte chunks). Returns the externalities, the offchain state that
/// answers the worker's requests, the data set's root and its chunks.
fn hoster_node_ext(
	chunk_len: usize,
	hosters: &[(AccountId, bool)],
) -> (sp_io::TestExternalities, OffchainState, [u8; 32], Vec<Vec<u8>>) {
	node_ext(chunk_len, hosters, 20)
}

/// A node whose one `ddot` key belongs to `local`, beside contract 0 (chunks 0..4 of a
/// 10-chunk data set of `chunk_len`-byte chunks, declared as 100 bytes) kept by
/// `hosters`.
fn node_ext(
	chunk_len: usize,
	hosters: &[(AccountId, bool)],
	local: AccountId,
) -> (sp_io::TestExternalities, OffchainState, [u8; 32], Vec<Vec<u8>>) {
	use datdot_primitives::merkle;
	let (mut ext, _keys) = ext_with_keys(ExtBuilder::default());
	let (offchain, state) = testing::TestOffchainExt::new();
	ext.register_extension(OffchainDbExt::new(offchain.clone()));
	ext.register_extension(OffchainWorkerExt::new(offchain));
	let keystore = MemoryKeystore::new();
	let key = OcwPublic::from(keystore.sr25519_generate_new(OCW_KEY_TYPE, None).unwrap());
	ext.register_extension(KeystoreExt::new(keystore));
	let chunks: Vec<Vec<u8>> = (0..10u8).map(|i| vec![i; chunk_len]).collect();
	let leaves: Vec<[u8; 32]> = chunks.iter().map(|c| merkle::leaf_hash(c)).collect();
	let root = merkle::root_of_leaves(&leaves).unwrap();
	ext.execute_with(|| {
		world(|w| {
			w.plans.get_mut(&0).unwrap().datasets[0].root = root;
			w.keys.insert(key.clone(), local);
		});
		Contracts::<Test>::insert(
			0,
			Contract {
				plan: 0,
				dataset: 0,
				start: 0,
				end: 4,
				bytes: 400,
				hosters: BoundedVec::truncate_from(hosters.to_vec()),
				status: ContractStatus::Hosted,
				round: None,
				since: 1,
				failed: BoundedVec::new(),
				unanswered: 0,
			},
		);
		PlanContracts::<Test>::insert(0, BoundedVec::truncate_from(vec![0]));
		for (h, _) in hosters {
			HosterContracts::<Test>::insert(h, 0, ());
		}
	});
	(ext, state, root, chunks)
}

fn stored(root: &[u8; 32], index: u32) -> bool {
	datdot_primitives::chunk_store::get(root, index).is_some()
}

/// Hoster 21's setup of contract 0 awaits the checks of attestors 10 and 11, as the
/// chain keeps it: the check, and the checks each checker owes, indexed by checker.
fn owe_setup_check(deadline: u64, fail_after: u64) {
	PendingSetups::<Test>::insert(
		0,
		21,
		SetupCheck {
			checkers: BoundedVec::truncate_from(vec![(10, None), (11, None)]),
			deadline,
			fail_after,
		},
	);
	CheckerSetups::<Test>::insert(10, (0, 21), ());
	CheckerSetups::<Test>::insert(11, (0, 21), ());
}

/// A JSON-RPC call the worker makes to the node at `uri`, and the node's `result`.
fn rpc_call(uri: &str, method: &str, params: &str, result: &str) -> testing::PendingRequest {
	testing::PendingRequest {
		method: "POST".into(),
		uri: uri.into(),
		headers: vec![("Content-Type".into(), "application/json".into())],
		body: format!(r#"{{"jsonrpc":"2.0","id":1,"method":"{method}","params":[{params}]}}"#)
			.into_bytes(),
		response: Some(format!(r#"{{"jsonrpc":"2.0","result":{result},"id":1}}"#).into_bytes()),
		sent: true,
		..Default::default()
	}
}

/// A `GET uri` the worker makes, and the answer's body.
fn get_call(uri: String, body: Vec<u8>) -> testing::PendingRequest {
	testing::PendingRequest {
		method: "GET".into(),
		uri,
		response: Some(body),
		sent: true,
		..Default::default()
	}
}

#[test]
fn the_hoster_worker_keeps_no_more_than_the_storage_the_hoster_declared() {
	use datdot_primitives::{frames, merkle};
	// Hoster 20 declared 500 bytes; each frame of this data set is 233 (100-byte chunk,
	// 4 siblings): two fit, the third would not, so it is not stored and the contract
	// stays unfinished (its setup check will not pass).
	let (mut ext, state, root, chunks) = hoster_node_ext(100, &[(20, false)]);
	let leaves: Vec<[u8; 32]> = chunks.iter().map(|c| merkle::leaf_hash(c)).collect();
	for i in 0..3u32 {
		state.write().expect_request(testing::PendingRequest {
			method: "GET".into(),
			uri: format!("http://127.0.0.1:8000/data/{i}"),
			response: Some(frames::encode(
				&chunks[i as usize],
				&merkle::proof(&leaves, i).unwrap(),
			)),
			sent: true,
			..Default::default()
		});
	}
	ext.execute_with(|| {
		world(|w| w.roles.get_mut(&(20, Role::Hoster)).unwrap().1 = 500);
		ocw::run::<Test>(2);
		assert!(stored(&root, 0) && stored(&root, 1), "what fits is kept");
		assert!(!stored(&root, 2), "nothing past the declared storage");
		let mut key = b"datdot/stored/0/".to_vec();
		key.extend_from_slice(&20u64.encode());
		assert_eq!(
			sp_io::offchain::local_storage_get(sp_core::offchain::StorageKind::PERSISTENT, &key),
			None,
			"the contract is not marked stored"
		);
	});
}

#[test]
fn a_chunk_longer_than_the_plan_declares_is_never_stored() {
	use datdot_primitives::{frames, merkle};
	// The source serves real frames of 200-byte chunks for a plan declaring 100: they
	// verify against the root, but could never be put in a proof.
	let (mut ext, state, root, chunks) = hoster_node_ext(200, &[(20, false)]);
	let leaves: Vec<[u8; 32]> = chunks.iter().map(|c| merkle::leaf_hash(c)).collect();
	state.write().expect_request(testing::PendingRequest {
		method: "GET".into(),
		uri: "http://127.0.0.1:8000/data/0".into(),
		response: Some(frames::encode(&chunks[0], &merkle::proof(&leaves, 0).unwrap())),
		sent: true,
		..Default::default()
	});
	ext.execute_with(|| {
		ocw::run::<Test>(2);
		assert!(!stored(&root, 0), "an oversized chunk is not kept");
	});
}

/// A hoster's worker goes on with a contract where its last run stopped: the chunks
/// before were verified as they were stored and are not read again (a contract of
/// thousands of chunks would otherwise be hashed again every block), and a contract
/// stored whole is marked done.
#[test]
fn the_hoster_worker_resumes_a_contract_where_it_stopped() {
	use datdot_primitives::{frames, merkle};
	let (mut ext, state, root, chunks) = hoster_node_ext(100, &[(20, false)]);
	let leaves: Vec<[u8; 32]> = chunks.iter().map(|c| merkle::leaf_hash(c)).collect();
	let serve = |i: u32, ok: bool| testing::PendingRequest {
		method: "GET".into(),
		uri: format!("http://127.0.0.1:8000/data/{i}"),
		response: Some(if ok {
			frames::encode(&chunks[i as usize], &merkle::proof(&leaves, i).unwrap())
		} else {
			b"gone".to_vec()
		}),
		sent: true,
		..Default::default()
	};
	let local = |kind: &str| {
		let mut key = format!("datdot/{kind}/0/").into_bytes();
		key.extend_from_slice(&20u64.encode());
		sp_io::offchain::local_storage_get(sp_core::offchain::StorageKind::PERSISTENT, &key)
	};
	// Chunks 0 and 1 come; the source fails on chunk 2 and nobody else holds it.
	for (i, ok) in [(0, true), (1, true), (2, false)] {
		state.write().expect_request(serve(i, ok));
	}
	ext.execute_with(|| {
		ocw::run::<Test>(2);
		assert!(stored(&root, 0) && stored(&root, 1) && !stored(&root, 2));
		assert_eq!(local("next"), Some(2u32.encode()), "the run's progress is kept");
		// Chunk 0 goes missing: a worker reading the prefix again would fetch it anew
		// (and the test externalities would panic on that unexpected request).
		datdot_primitives::chunk_store::remove(&root, 0);
	});
	// Once the source has rested, only chunks 2 and 3 are asked for.
	for i in [2, 3] {
		state.write().expect_request(serve(i, true));
	}
	ext.execute_with(|| {
		ocw::run::<Test>(2 + ocw::SOURCE_BACKOFF_BLOCKS as u64);
		assert!(stored(&root, 2) && stored(&root, 3));
		assert_eq!(local("stored"), Some(true.encode()), "the contract is stored whole");
		assert_eq!(local("next"), None, "and its progress forgotten");
	});
}

/// An attestor whose sampled chunk the hoster does not serve asks the plan's source:
/// `source_frame` is what the source answers for chunk 0. Returns the verdict the
/// attestor's worker sent at block `now`, if it sent one.
fn checker_verdict(
	chunk_len: usize,
	source_frame: bool,
	now: u64,
	held: bool,
) -> Option<SetupVerdict> {
	use datdot_primitives::{frames, merkle};
	let hosters: &[(AccountId, bool)] =
		if held { &[(21, false), (22, true)] } else { &[(21, false)] };
	let (mut ext, state, root, chunks) = node_ext(chunk_len, hosters, 10);
	let root_hex: String = root.iter().map(|b| format!("{b:02x}")).collect();
	let (pool, pool_state) = testing::TestTransactionPoolExt::new();
	ext.register_extension(TransactionPoolExt::new(pool));
	let leaves: Vec<[u8; 32]> = chunks.iter().map(|c| merkle::leaf_hash(c)).collect();
	// The hoster's node serves no data plane, and answers with an error; the test's
	// random seed samples chunk 0.
	state.write().expect_request(rpc_call("http://hoster21:9944", "datdot_dataPlane", "", "null"));
	state.write().expect_request(testing::PendingRequest {
		method: "POST".into(),
		uri: "http://hoster21:9944".into(),
		headers: vec![("Content-Type".into(), "application/json".into())],
		body: format!(
			r#"{{"jsonrpc":"2.0","id":1,"method":"datdot_chunk","params":["0x{root_hex}",0]}}"#
		)
		.into_bytes(),
		response: Some(br#"{"jsonrpc":"2.0","error":{"code":1,"message":"no"},"id":1}"#.to_vec()),
		sent: true,
		..Default::default()
	});
	let frame = frames::encode(&chunks[0], &merkle::proof(&leaves, 0).unwrap());
	state.write().expect_request(testing::PendingRequest {
		method: "GET".into(),
		uri: "http://127.0.0.1:8000/data/0".into(),
		response: Some(if source_frame { frame } else { b"gone".to_vec() }),
		sent: true,
		..Default::default()
	});
	ext.execute_with(|| {
		world(|w| w.endpoints.insert(21, b"http://hoster21:9944".to_vec()));
		// As a setup opened at block 1 (the contract's `since`) with no backlog.
		owe_setup_check(30, 1 + SetupTimeout::get() / 2);
		ocw::run::<Test>(now);
		submitted(&pool_state).into_iter().find_map(|call| match call {
			RuntimeCall::Hosting(Call::setup_report { report, .. }) => Some(report.verdict),
			_ => None,
		})
	})
}

#[test]
fn a_checker_blames_an_oversized_source_not_the_hoster() {
	// The source serves chunk 0 at 200 bytes, with a valid path, for a plan declaring
	// 100: the sponsor's fault, reported at once.
	assert_eq!(checker_verdict(200, true, 2, false), Some(SetupVerdict::SourceOversized));
	// A source serving it as declared: the hoster's fault, but only once the hoster had
	// half its setup window to fetch.
	assert_eq!(checker_verdict(100, true, 2, false), None);
	let late = 1 + SetupTimeout::get() / 2;
	assert_eq!(checker_verdict(100, true, late, false), Some(SetupVerdict::Fails));
	// A source that is gone (or serves bytes that do not verify) left the hoster
	// nothing to fetch: the sponsor's fault, once the hoster had its half window...
	assert_eq!(checker_verdict(100, false, 2, false), None);
	assert_eq!(checker_verdict(100, false, late, false), Some(SetupVerdict::SourceUnavailable));
	// ...unless a confirmed hoster of the contract held the data to fetch from.
	assert_eq!(checker_verdict(100, false, late, true), Some(SetupVerdict::Fails));
}

/// A source that fails (here: answers junk) is left alone for a few blocks: a source
/// that trickles or hangs costs each hoster one request's time, not one per chunk and
/// block, and the hoster keeps fetching from confirmed hosters meanwhile.
#[test]
fn a_failing_source_rests_for_a_few_blocks() {
	let (mut ext, state, _root, _chunks) = hoster_node_ext(100, &[(20, false)]);
	let source_get = |i: u32| testing::PendingRequest {
		method: "GET".into(),
		uri: format!("http://127.0.0.1:8000/data/{i}"),
		response: Some(b"junk".to_vec()),
		sent: true,
		..Default::default()
	};
	// One request (the test externalities panic on a request nobody expected, and on
	// an expected one never made)...
	state.write().expect_request(source_get(0));
	ext.execute_with(|| ocw::run::<Test>(2));
	// ...then the source rests: the next blocks ask nobody (no other hoster is
	// confirmed to ask instead).
	ext.execute_with(|| ocw::run::<Test>(3));
	ext.execute_with(|| ocw::run::<Test>(2 + ocw::SOURCE_BACKOFF_BLOCKS as u64 - 1));
	// Then it is tried again.
	state.write().expect_request(source_get(0));
	ext.execute_with(|| ocw::run::<Test>(2 + ocw::SOURCE_BACKOFF_BLOCKS as u64));
}

/// A run's time budget counts down with the node's clock and ends: every fetch of the
/// hosting worker asks it first and takes at most what is left (the test
/// externalities' HTTP answers take no time, so the clock is moved instead).
#[test]
fn the_run_budget_counts_down_and_ends() {
	let (mut ext, state, _root, _chunks) = hoster_node_ext(100, &[(20, false)]);
	ext.execute_with(|| {
		// A budget that started RUN_BUDGET_MS ago has nothing left.
		state.write().timestamp = sp_core::offchain::Timestamp::from_unix_millis(0);
		let budget = ocw::RunBudget::start();
		state.write().timestamp =
			sp_core::offchain::Timestamp::from_unix_millis(ocw::RUN_BUDGET_MS);
		assert_eq!(budget.next_timeout(), None);
		state.write().timestamp = sp_core::offchain::Timestamp::from_unix_millis(1_000);
		assert_eq!(budget.next_timeout(), Some(ocw::RUN_BUDGET_MS - 1_000));
	});
	assert!(state.read().requests.is_empty());
}

#[test]
fn an_answer_past_the_byte_cap_is_not_read() {
	use datdot_primitives::ocw::{http_get, MAX_RESPONSE_BYTES};
	let (offchain, state) = testing::TestOffchainExt::new();
	let mut ext = sp_io::TestExternalities::default();
	ext.register_extension(OffchainWorkerExt::new(offchain));
	for (len, read) in [(MAX_RESPONSE_BYTES, true), (MAX_RESPONSE_BYTES + 1, false)] {
		state.write().expect_request(testing::PendingRequest {
			method: "GET".into(),
			uri: "http://source/0".into(),
			response: Some(vec![7u8; len]),
			sent: true,
			..Default::default()
		});
		ext.execute_with(|| {
			assert_eq!(http_get("http://source/0", 1_000).map(|b| b.len()), read.then_some(len));
		});
	}
}

#[test]
fn one_plan_holds_no_more_than_its_share_of_rounds() {
	with_keys(|_| {
		// Eight contracts; a plan's share is four rounds at once.
		world(|w| {
			let plan = w.plans.get_mut(&0).unwrap();
			plan.datasets[0].chunks = 32;
			plan.ranges = vec![(0, 0, 32)];
		});
		assert_ok!(Hosting::plan_due(0, 1_000));
		assert_eq!(OpenRounds::<Test>::get().len(), 4);
		assert_eq!(PlanRounds::<Test>::get(0), 4);
		// The rest wait for a retry, leaving rounds for other plans and repairs.
		let deferred: Vec<_> = System::events()
			.into_iter()
			.filter_map(|r| match r.event {
				RuntimeEvent::Hosting(Event::MatchingDeferred { contract, .. }) => Some(contract),
				_ => None,
			})
			.collect();
		assert_eq!(deferred, vec![4, 5, 6, 7]);
		// A round that closes frees its place.
		let first = OpenRounds::<Test>::get()[0];
		System::set_block_number(Rounds::<Test>::get(first).unwrap().deadline);
		Hosting::on_initialize(System::block_number());
		assert!(PlanRounds::<Test>::get(0) <= 4);
		end_plan(0, Weight::MAX);
		assert_eq!(PlanRounds::<Test>::get(0), 0);
		assert!(OpenRounds::<Test>::get().is_empty());
	});
}

/// A setup whose deadline finds no room in the schedule is never placed: before, the
/// hoster was placed with a deadline no sweep would see, and its capacity stayed
/// reserved forever.
#[test]
fn a_match_without_room_for_setup_deadlines_places_nobody_and_is_retried() {
	with_keys(|keys| {
		assert_ok!(Hosting::plan_due(0, 1_000));
		let wanted = System::block_number() + SetupTimeout::get();
		for b in wanted..wanted + 32 {
			SetupDeadlines::<Test>::mutate(b, |l| while l.try_push((99, 99)).is_ok() {});
		}
		let hosters = honest_match(0);
		assert_ok!(send_match(keys, 0, 10, &hosters));
		assert_ok!(send_match(keys, 0, 11, &hosters));
		let c = Contracts::<Test>::get(0).unwrap();
		assert!(c.hosters.is_empty(), "nobody placed");
		assert_eq!(PendingSetups::<Test>::iter().count(), 0);
		for h in &hosters {
			assert_eq!(<MockRoles as RoleProvider<AccountId>>::duties(h, Role::Hoster), 0);
		}
		// The contract is still short, so it waits for another round.
		assert!(c.round.is_some() || Retries::<Test>::iter_values().flatten().any(|id| id == 0));
	});
}

fn run_blocks(to: u64) {
	while System::block_number() < to {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Hosting::on_initialize(next);
	}
}

/// The attack: a plan no hoster can take (its minimum reputation above every hoster's)
/// used to cost a round every `RetryDelay` blocks forever, and enough of them filled
/// `OpenRounds`. Now each unanswered round doubles the wait, and after
/// `MaxUnansweredRounds` the contract's matching stops, until the sponsor updates the
/// plan.
#[test]
fn an_unmatchable_plan_stops_matching_and_an_update_tries_again() {
	with_keys(|_| {
		world(|w| w.plans.get_mut(&0).unwrap().min_reputation = 10_000);
		assert_ok!(Hosting::plan_due(0, 1_000));
		// Rounds at 1, 26 (15 blocks after the first expired at 11) and 66 (30 after the
		// second): the third expires unanswered at 76 and matching stops.
		run_blocks(76);
		let stopped = |s: &[frame_system::EventRecord<RuntimeEvent, _>]| {
			s.iter()
				.filter(|e| {
					matches!(e.event, RuntimeEvent::Hosting(Event::MatchingStopped { plan: 0, .. }))
				})
				.count()
		};
		assert_eq!(stopped(&System::events()), 3, "every contract stopped");
		assert!(OpenRounds::<Test>::get().is_empty());
		assert_eq!(Retries::<Test>::iter().count(), 0);
		let rounds = NextRoundId::<Test>::get();
		assert_eq!(rounds, 9, "three rounds per contract");
		run_blocks(2_000);
		assert_eq!(NextRoundId::<Test>::get(), rounds, "no round after the stop");
		// The sponsor lowers the bar: the update tries every short contract again.
		world(|w| w.plans.get_mut(&0).unwrap().min_reputation = 0);
		assert_ok!(Hosting::plan_updated(0, 0));
		assert_eq!(OpenRounds::<Test>::get().len(), 3);
		assert!(Contracts::<Test>::iter_values().all(|c| c.unanswered == 0));
	});
}

/// Replays: a report signed for another chain (another genesis hash: a testnet, a
/// fork) is refused here, and a setup report answers one setup only, never a later
/// setup of the same hoster and contract.
#[test]
fn reports_are_bound_to_the_chain_and_to_their_setup() {
	with_keys(|keys| {
		assert_ok!(Hosting::plan_due(0, 1_000));
		let hosters = honest_match(0);
		let (r, s) = report(0, &hosters, &key_of(keys, 10));
		let genesis = frame_system::BlockHash::<Test>::get(0);
		frame_system::BlockHash::<Test>::insert(0, sp_core::H256::repeat_byte(7));
		assert_noop!(
			Hosting::report_match(authorized(), r.clone(), s.clone()),
			Error::<Test>::BadSignature
		);
		assert!(Hosting::authorize_match(&r, &s).is_err(), "nor does it enter the pool");
		frame_system::BlockHash::<Test>::insert(0, genesis);
		assert_ok!(Hosting::report_match(authorized(), r, s));
		assert_ok!(send_match(keys, 0, 11, &hosters));
		// A report for the setup with another deadline (an earlier placement).
		let hoster = hosters[0];
		let check = PendingSetups::<Test>::get(0, hoster).unwrap();
		let (checker, deadline) = (check.checkers[0].0, check.deadline);
		let key = key_of(keys, checker);
		let stale = SetupReport {
			contract: 0,
			hoster,
			deadline: deadline - 1,
			verdict: SetupVerdict::Fails,
			signer: key.clone(),
		};
		let signature = datdot_primitives::signing::sign::<Test>(&key, &stale).unwrap();
		assert!(Hosting::authorize_setup(&stale, &signature).is_err());
		assert_noop!(
			Hosting::setup_report(authorized(), stale, signature),
			Error::<Test>::WrongSetup
		);
		assert_ok!(setup(keys, hoster, true));
	});
}

/// One checker alone used to decide a setup: confirm a hoster that stores nothing (in
/// collusion), or fault an honest one. Now every checker must agree; a split hands the
/// hosting over without a fault, and nobody is paid twice or reports twice.
#[test]
fn one_checker_alone_can_neither_confirm_nor_fault_a_hoster() {
	with_keys(|keys| {
		let hosters = hosted(keys);
		let hoster = hosters[0];
		let pair = checkers(hoster);
		assert_eq!(pair.len(), 2, "two of the agreeing attestors check");
		assert_ne!(pair[0], pair[1]);
		assert_ok!(check_by(keys, hoster, pair[0], true));
		assert!(Contracts::<Test>::get(0).unwrap().hosters.contains(&(hoster, false)), "not yet");
		assert_noop!(check_by(keys, hoster, pair[0], true), Error::<Test>::AlreadyReported);
		let outsider = ATTESTORS.iter().copied().find(|a| !pair.contains(a)).unwrap();
		assert_noop!(check_by(keys, hoster, outsider, true), Error::<Test>::NotSelected);
		assert_ok!(check_by(keys, hoster, pair[1], false));
		System::assert_has_event(Event::SetupUndecided { contract: 0, hoster }.into());
		System::assert_has_event(
			Event::RepairHosting { plan: 0, contract: 0, failed: hoster }.into(),
		);
		assert!(
			!world(|w| w
				.outcomes
				.iter()
				.any(|(h, _, o)| *h == hoster && matches!(o, Outcome::Failure(_)))),
			"no fault of the hoster's"
		);
		// The other hoster: both checkers agree it serves the contract.
		assert_ok!(setup(keys, hosters[1], true));
		System::assert_has_event(
			Event::HostingConfirmed { contract: 0, hoster: hosters[1] }.into(),
		);
	});
}

/// A checker that stays silent is penalised at the deadline; the hoster is not (the
/// checks that came were too few to decide).
#[test]
fn a_silent_checker_loses_reputation_and_the_hoster_is_handed_over_without_fault() {
	with_keys(|keys| {
		let (hoster, pair, deadline) = one_checker_silent(keys);
		System::set_block_number(deadline);
		Hosting::on_initialize(deadline);
		System::assert_has_event(Event::SetupUndecided { contract: 0, hoster }.into());
		assert_eq!(attestor_failures(pair[1]), 1, "the silent checker");
		assert_eq!(attestor_failures(pair[0]), 0, "the one that answered");
		assert!(!world(|w| w
			.outcomes
			.iter()
			.any(|(h, _, o)| *h == hoster && matches!(o, Outcome::Failure(_)))));
		assert!(!PendingSetups::<Test>::contains_key(0, hoster));
	});
}

/// A full block in a round's window may have crowded the silent attestors' reports out:
/// the round expires and is re-run, but nobody is counted silent or slashed.
#[test]
fn a_full_block_in_a_rounds_window_excuses_its_silent_attestors() {
	with_keys(|keys| {
		assert_ok!(Hosting::plan_due(0, 1_000));
		let rule = honest_match(0);
		assert_ok!(send_match(keys, 0, 12, &rule));
		let deadline = Rounds::<Test>::get(0).unwrap().deadline;
		// The full block was before the round opened: it excuses nothing.
		LastCongested::set(Some(deadline - RoundTimeout::get() - 1));
		assert!(!<MockCongestion as datdot_primitives::traits::Congestion<u64>>::congested_since(
			deadline - RoundTimeout::get()
		));
		// It was in the window.
		LastCongested::set(Some(deadline - 1));
		System::set_block_number(deadline);
		Hosting::on_initialize(deadline);
		System::assert_has_event(Event::RoundExpired { round: 0, contract: 0 }.into());
		assert!(world(|w| w.slashes.is_empty()), "no silence slash");
		assert!(!world(|w| w
			.outcomes
			.iter()
			.any(|(_, r, o)| *r == Role::Attestor && matches!(o, Outcome::Failure(_)))));
		assert!(Contracts::<Test>::get(0).unwrap().round.is_some(), "re-run");
	});
}

/// A full block in a setup check's window may have crowded a report out: the check
/// waits a block at a time, unpunished, until a whole window had room; then a checker
/// still silent is counted so.
#[test]
fn a_full_block_in_a_setup_checks_window_postpones_it_instead_of_a_silence() {
	with_keys(|keys| {
		let (hoster, pair, deadline) = one_checker_silent(keys);
		LastCongested::set(Some(deadline - 1));
		let mut at = deadline;
		while PendingSetups::<Test>::contains_key(0, hoster) {
			System::set_block_number(at);
			Hosting::on_initialize(at);
			if PendingSetups::<Test>::contains_key(0, hoster) {
				assert!(world(|w| w.slashes.is_empty()), "nobody slashed while it waits");
			}
			at += 1;
			assert!(at < deadline + 100, "the check ends once a window had room");
		}
		// Closed at the first deadline whose whole window came after the full block.
		assert_eq!(at - 1, deadline + SetupTimeout::get());
		System::assert_has_event(Event::SetupUndecided { contract: 0, hoster }.into());
		assert_eq!((attestor_failures(pair[1]), attestor_failures(pair[0])), (1, 0));
	});
}

/// How many reputation failures `who` got as an attestor.
fn attestor_failures(who: AccountId) -> usize {
	world(|w| {
		w.outcomes
			.iter()
			.filter(|(a, r, o)| {
				*a == who && *r == Role::Attestor && matches!(o, Outcome::Failure(_))
			})
			.count()
	})
}

/// Contract 0 hosted by two hosters; the first one's setup checked by only the first of
/// its two checkers, the second one confirmed. Returns the first hoster, its checkers
/// and its check's deadline.
fn one_checker_silent(keys: &[OcwPublic]) -> (AccountId, Vec<AccountId>, u64) {
	let hosters = hosted(keys);
	let hoster = hosters[0];
	let pair = checkers(hoster);
	let deadline = PendingSetups::<Test>::get(0, hoster).unwrap().deadline;
	assert_ok!(check_by(keys, hoster, pair[0], true));
	assert_ok!(setup(keys, hosters[1], true));
	(hoster, pair, deadline)
}
