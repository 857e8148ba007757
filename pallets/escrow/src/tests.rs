use crate::{mock::*, Error, Escrows, Event, HoldReason, NextEscrowId, ProtocolFee};
use datdot_primitives::traits::EscrowManager;
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use sp_runtime::DispatchError;

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::Funds.into(), &who)
}

#[test]
fn open_holds_the_payers_funds() {
	ExtBuilder::default().build_and_execute(|| {
		let id = Escrow::open(&ALICE, 1_000).unwrap();
		assert_eq!(id, 0);
		assert_eq!(held(ALICE), 1_000);
		assert_eq!(Balances::balance(&ALICE), 9_000);
		assert_eq!(Escrow::balance(id), Some(1_000));
		System::assert_last_event(Event::Opened { id, payer: ALICE, amount: 1_000 }.into());
		assert_eq!(Escrow::open(&ALICE, 1).unwrap(), 1);
	});
}

#[test]
fn open_refuses_what_cannot_be_held() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Escrow::open(&CHARLIE, 100), Error::<Test>::InsufficientBalance);
		assert_noop!(Escrow::open(&ALICE, 0), Error::<Test>::ZeroAmount);
	});
}

#[test]
fn pay_splits_payee_and_fee() {
	ExtBuilder::default().build_and_execute(|| {
		let id = Escrow::open(&ALICE, 1_000).unwrap();
		assert_eq!(Escrow::pay(id, &BOB, 500), Ok(495));
		System::assert_last_event(Event::Paid { id, payee: BOB, amount: 495, fee: 5 }.into());
		assert_eq!(Balances::balance(&BOB), 10_495);
		assert_eq!(Balances::balance(&TREASURY), 1 + 5);
		assert_eq!(held(ALICE), 500);
		assert_eq!(Escrow::balance(id), Some(500));
	});
}

#[test]
fn a_payment_is_never_taken_twice() {
	ExtBuilder::default().build_and_execute(|| {
		let id = Escrow::open(&ALICE, 1_000).unwrap();
		assert_ok!(Escrow::pay(id, &BOB, 1_000));
		assert_noop!(Escrow::pay(id, &BOB, 1), Error::<Test>::InsufficientEscrow);
		assert_eq!(Escrow::refund(id), Ok(0));
		assert_noop!(Escrow::pay(id, &BOB, 1), Error::<Test>::EscrowNotFound);
		assert_noop!(Escrow::refund(id), Error::<Test>::EscrowNotFound);
		assert_eq!(
			Balances::balance(&ALICE) + Balances::balance(&BOB) + Balances::balance(&TREASURY),
			20_001
		);
	});
}

#[test]
fn pay_more_than_left_changes_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		let id = Escrow::open(&ALICE, 100).unwrap();
		assert_noop!(Escrow::pay(id, &BOB, 101), Error::<Test>::InsufficientEscrow);
		assert_noop!(Escrow::pay(id, &BOB, 0), Error::<Test>::ZeroAmount);
		assert_noop!(Escrow::pay(7, &BOB, 1), Error::<Test>::EscrowNotFound);
	});
}

#[test]
fn refund_returns_the_rest_and_closes() {
	ExtBuilder::default().build_and_execute(|| {
		let id = Escrow::open(&ALICE, 1_000).unwrap();
		assert_ok!(Escrow::pay(id, &BOB, 400));
		assert_eq!(Escrow::refund(id), Ok(600));
		System::assert_last_event(Event::Refunded { id, payer: ALICE, amount: 600 }.into());
		assert_eq!(held(ALICE), 0);
		assert!(!Escrows::<Test>::contains_key(id));
		assert_eq!(Balances::balance(&ALICE), 10_000 - 400);
	});
}

#[test]
fn anyone_can_top_up() {
	ExtBuilder::default().build_and_execute(|| {
		let id = Escrow::open(&ALICE, 100).unwrap();
		assert_ok!(Escrow::top_up(RuntimeOrigin::signed(BOB), id, 50));
		System::assert_last_event(Event::ToppedUp { id, funder: BOB, amount: 50 }.into());
		assert_ok!(Escrow::top_up(RuntimeOrigin::signed(ALICE), id, 25));
		assert_eq!(Escrow::balance(id), Some(175));
		assert_eq!(held(ALICE), 175);
		assert_eq!(Balances::balance(&BOB), 9_950);
		assert_noop!(
			Escrow::top_up(RuntimeOrigin::signed(CHARLIE), id, 50),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			Escrow::top_up(RuntimeOrigin::signed(BOB), 9, 5),
			Error::<Test>::EscrowNotFound
		);
		assert_noop!(Escrow::top_up(RuntimeOrigin::signed(BOB), id, 0), Error::<Test>::ZeroAmount);
		assert_noop!(Escrow::top_up(RuntimeOrigin::none(), id, 5), DispatchError::BadOrigin);
	});
}

#[test]
fn protocol_fee_is_governed_and_bounded() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Escrow::set_protocol_fee(RuntimeOrigin::signed(ALICE), 1),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Escrow::set_protocol_fee(RuntimeOrigin::root(), 10_001),
			Error::<Test>::FeeTooHigh
		);
		assert_ok!(Escrow::set_protocol_fee(RuntimeOrigin::root(), 1_000));
		System::assert_last_event(Event::ProtocolFeeSet { bps: 1_000 }.into());
		assert_eq!(ProtocolFee::<Test>::get(), 1_000);
		let id = Escrow::open(&ALICE, 1_000).unwrap();
		assert_eq!(Escrow::pay(id, &BOB, 1_000), Ok(900));
		assert_ok!(Escrow::set_protocol_fee(RuntimeOrigin::root(), 0));
		let id = Escrow::open(&ALICE, 10).unwrap();
		assert_eq!(Escrow::pay(id, &BOB, 10), Ok(10));
	});
}

#[test]
fn partial_refund_keeps_the_escrow_open() {
	ExtBuilder::default().build_and_execute(|| {
		let id = Escrow::open(&ALICE, 1_000).unwrap();
		assert_ok!(Escrow::refund_part(id, 300));
		System::assert_last_event(Event::Refunded { id, payer: ALICE, amount: 300 }.into());
		assert_eq!(Escrow::balance(id), Some(700));
		assert_eq!(held(ALICE), 700);
		assert_noop!(Escrow::refund_part(id, 701), Error::<Test>::InsufficientEscrow);
		assert_noop!(Escrow::refund_part(id, 0), Error::<Test>::ZeroAmount);
		assert_noop!(Escrow::refund_part(9, 1), Error::<Test>::EscrowNotFound);
	});
}

#[test]
fn payments_create_the_payees_account() {
	ExtBuilder::default().with_balance(7, 500).build_and_execute(|| {
		let id = Escrow::open(&7, 400).unwrap();
		assert_eq!(Escrow::pay(id, &42, 200), Ok(198));
		assert_eq!(Balances::balance(&42), 198);
	});
}

#[test]
fn escrow_ids_cannot_overflow() {
	ExtBuilder::default().build_and_execute(|| {
		NextEscrowId::<Test>::put(u64::MAX);
		assert_noop!(Escrow::open(&ALICE, 10), Error::<Test>::Overflow);
	});
}

#[test]
fn a_disputed_escrow_pays_only_by_ruling_and_is_ruled_once() {
	use datdot_primitives::traits::DisputeManager;
	use sp_runtime::Perbill;
	ExtBuilder::default().build_and_execute(|| {
		let id = Escrow::open(&ALICE, 1_000).unwrap();
		assert_noop!(Escrow::open_dispute(id, &CHARLIE, &BOB, 10), Error::<Test>::NotAParty);
		assert_noop!(Escrow::open_dispute(9, &ALICE, &BOB, 10), Error::<Test>::EscrowNotFound);
		assert_ok!(Escrow::open_dispute(id, &BOB, &BOB, 100));
		assert_eq!(Balances::balance_on_hold(&HoldReason::DisputeBond.into(), &BOB), 100);
		assert_noop!(Escrow::open_dispute(id, &ALICE, &BOB, 10), Error::<Test>::InDispute);
		// While in dispute, nothing leaves the escrow but by the arbiter's ruling.
		assert_noop!(Escrow::pay(id, &BOB, 1), Error::<Test>::InDispute);
		assert_noop!(Escrow::refund(id), Error::<Test>::InDispute);
		assert_noop!(
			Escrow::resolve(RuntimeOrigin::signed(ALICE), id, Perbill::from_percent(50)),
			DispatchError::BadOrigin
		);
		// The payee disputed and is given 40 %: it lost, its bond goes to the treasury.
		assert_ok!(Escrow::resolve(RuntimeOrigin::root(), id, Perbill::from_percent(40)));
		System::assert_last_event(
			Event::DisputeResolved {
				id,
				payee_share: Perbill::from_percent(40),
				paid: 396,
				refunded: 600,
				bond_slashed: 100,
			}
			.into(),
		);
		assert_eq!(Balances::balance(&TREASURY), 1 + 4 + 100);
		assert_eq!(Balances::balance(&BOB), 10_000 - 100 + 396);
		assert_eq!(held(ALICE), 0);
		assert_noop!(
			Escrow::resolve(RuntimeOrigin::root(), id, Perbill::from_percent(40)),
			Error::<Test>::NoDispute
		);
	});
}
