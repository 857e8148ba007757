use crate::{mock::*, rule, Decay, DecayPeriod, Error, Event, Scores};
use datdot_primitives::{
	traits::{Outcome, ReputationOf, ReputationSink},
	Role,
};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::{DispatchError, Perbill};

#[test]
fn newcomers_are_neutral() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Reputation::reputation(&1, Role::Hoster), rule::NEUTRAL);
	});
}

#[test]
fn outcomes_move_the_score_per_role() {
	ExtBuilder::default().build_and_execute(|| {
		Reputation::record(&1, Role::Hoster, Outcome::Success(1));
		System::assert_last_event(
			Event::ReputationChanged { who: 1, role: Role::Hoster, score: 666 }.into(),
		);
		assert_eq!(Reputation::reputation(&1, Role::Hoster), 666);
		assert_eq!(Reputation::reputation(&1, Role::Worker), rule::NEUTRAL);
		Reputation::record(&1, Role::Hoster, Outcome::Failure(2));
		// alpha 1000, beta 2000: 1000·2000/5000
		assert_eq!(Reputation::reputation(&1, Role::Hoster), 400);
	});
}

#[test]
fn evidence_decays_toward_neutral() {
	ExtBuilder::default().build_and_execute(|| {
		Reputation::record(&1, Role::Attestor, Outcome::Failure(4));
		let low = Reputation::reputation(&1, Role::Attestor);
		assert_eq!(low, 1000 * 1000 / 6000);
		// One period (10 blocks) at 50%: beta 4000 → 2000.
		System::set_block_number(11);
		assert_eq!(Reputation::reputation(&1, Role::Attestor), 250);
		// Reading does not write.
		assert_eq!(Scores::<Test>::get(1, Role::Attestor).unwrap().beta, 4000);
		System::set_block_number(1_000);
		assert_eq!(Reputation::reputation(&1, Role::Attestor), rule::NEUTRAL);
		// A record applies the decay before adding.
		Reputation::record(&1, Role::Attestor, Outcome::Success(1));
		let e = Scores::<Test>::get(1, Role::Attestor).unwrap();
		assert_eq!((e.alpha, e.beta), (1000, 0));
	});
}

#[test]
fn decay_is_governed() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Reputation::set_decay(RuntimeOrigin::signed(1), 5, Perbill::one()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Reputation::set_decay(RuntimeOrigin::root(), 0, Perbill::one()),
			Error::<Test>::ZeroPeriod
		);
		assert_ok!(Reputation::set_decay(RuntimeOrigin::root(), 5, Perbill::one()));
		System::assert_last_event(Event::DecaySet { period: 5, decay: Perbill::one() }.into());
		assert_eq!(DecayPeriod::<Test>::get(), 5);
		assert_eq!(Decay::<Test>::get(), Perbill::one());
		Reputation::record(&2, Role::Worker, Outcome::Success(1));
		System::set_block_number(10_000);
		assert_eq!(Reputation::reputation(&2, Role::Worker), 666);
	});
}

#[test]
fn evidence_is_dated_when_recorded() {
	ExtBuilder::default().at_block(100).build_and_execute(|| {
		Reputation::record(&3, Role::Worker, Outcome::Failure(1));
		assert_eq!(Scores::<Test>::get(3, Role::Worker).unwrap().updated, 100);
		System::set_block_number(109);
		assert_eq!(Reputation::reputation(&3, Role::Worker), 333);
		System::set_block_number(110);
		assert_eq!(Reputation::reputation(&3, Role::Worker), 400);
	});
}

#[test]
fn a_client_rates_a_worker_once_per_job() {
	ExtBuilder::default().build().execute_with(|| {
		RATABLE.with(|r| r.borrow_mut().insert(7, (1, 2)));
		assert_noop!(Reputation::rate(RuntimeOrigin::signed(1), 7, 6), Error::<Test>::BadStars);
		assert_noop!(Reputation::rate(RuntimeOrigin::signed(1), 7, 0), Error::<Test>::BadStars);
		assert_noop!(
			Reputation::rate(RuntimeOrigin::signed(3), 7, 5),
			sp_runtime::DispatchError::Other("not ratable")
		);
		let before = <Reputation as datdot_primitives::traits::ReputationOf<u64>>::reputation(
			&2,
			datdot_primitives::Role::Worker,
		);
		assert_ok!(Reputation::rate(RuntimeOrigin::signed(1), 7, 5));
		System::assert_last_event(Event::Rated { job: 7, worker: 2, stars: 5 }.into());
		let after = <Reputation as datdot_primitives::traits::ReputationOf<u64>>::reputation(
			&2,
			datdot_primitives::Role::Worker,
		);
		assert!(after > before, "five stars raise the score");
		assert_noop!(
			Reputation::rate(RuntimeOrigin::signed(1), 7, 5),
			sp_runtime::DispatchError::Other("not ratable")
		);
		Reputation::do_try_state().unwrap();
	});
}
