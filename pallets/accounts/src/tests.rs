use crate::{mock::*, Error, Event, HoldReason, OcwKeyOwner, ProfileDeposit, Profiles};
use datdot_primitives::{traits::Obligation, OcwPublic, OcwSignature};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use sp_runtime::DispatchError;

/// The keystore's key of `seed` (the same key for the same seed).
fn key(seed: u8) -> OcwPublic {
	use sp_runtime::RuntimeAppPublic;
	OcwPublic::generate_pair(Some(format!("//key{seed}").into_bytes()))
}

/// Key `seed`'s proof that `who` may name it.
fn proof(who: AccountId, seed: u8) -> OcwSignature {
	use sp_runtime::RuntimeAppPublic;
	key(seed).sign(&datdot_primitives::signing::key_ownership::<Test>(&who)).unwrap()
}

fn create(who: AccountId, seed: u8) -> frame_support::dispatch::DispatchResult {
	Accounts::create(
		RuntimeOrigin::signed(who),
		key(seed),
		proof(who, seed),
		[seed; 32],
		b"http://127.0.0.1:9944".to_vec(),
		b"u33db".to_vec(),
	)
}

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::ProfileDeposit.into(), &who)
}

#[test]
fn create_holds_deposit_and_indexes_key() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(create(ALICE, 1));
		let p = Profiles::<Test>::get(ALICE).unwrap();
		assert_eq!(p.endpoint.to_vec(), b"http://127.0.0.1:9944".to_vec());
		assert_eq!(p.region.to_vec(), b"u33db".to_vec());
		assert_eq!(p.deposit, DEPOSIT);
		assert_eq!(held(ALICE), DEPOSIT);
		assert_eq!(Balances::balance(&ALICE), 10_000 - DEPOSIT);
		assert_eq!(OcwKeyOwner::<Test>::get(key(1)), Some(ALICE));
		System::assert_last_event(Event::AccountCreated { who: ALICE, deposit: DEPOSIT }.into());
	});
}

#[test]
fn create_refuses_bad_input() {
	ExtBuilder::default().build_and_execute(|| {
		let long = [b"http://".to_vec(), vec![b'a'; 122]].concat();
		assert_eq!(long.len(), 129);
		let bad = |endpoint: &[u8], region: &[u8]| {
			Accounts::create(
				RuntimeOrigin::signed(ALICE),
				key(1),
				proof(ALICE, 1),
				[0; 32],
				endpoint.to_vec(),
				region.to_vec(),
			)
		};
		assert_noop!(bad(&long, b"u33"), Error::<Test>::EndpointTooLong);
		assert_noop!(bad(b"ftp://x.org", b"u33"), Error::<Test>::InvalidEndpoint);
		assert_noop!(bad(b"http://", b"u33"), Error::<Test>::InvalidEndpoint);
		assert_noop!(bad(b"http://a b", b"u33"), Error::<Test>::InvalidEndpoint);
		assert_noop!(bad(b"http://a.b", b"u33dbu33dbu33"), Error::<Test>::RegionTooLong);
		assert_noop!(bad(b"http://a.b", b"aaa"), Error::<Test>::InvalidRegion);
		assert_noop!(bad(b"http://a.b", b""), Error::<Test>::InvalidRegion);
		// The longest endpoint that fits is accepted.
		let max = [b"http://".to_vec(), vec![b'a'; 121]].concat();
		assert_ok!(bad(&max, b"u33"));
	});
}

#[test]
fn create_twice_fails() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(create(ALICE, 1));
		assert_noop!(create(ALICE, 2), Error::<Test>::AlreadyExists);
	});
}

#[test]
fn ocw_keys_are_unique() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(create(ALICE, 1));
		assert_noop!(create(BOB, 1), Error::<Test>::OcwKeyInUse);
		assert_ok!(create(BOB, 2));
		assert_noop!(
			Accounts::update(
				RuntimeOrigin::signed(BOB),
				Some((key(1), proof(BOB, 1))),
				None,
				None,
				None
			),
			Error::<Test>::OcwKeyInUse
		);
	});
}

#[test]
fn create_without_funds_fails() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(create(DAVE, 4), Error::<Test>::InsufficientBalance);
	});
}

#[test]
fn update_changes_only_given_fields() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(create(ALICE, 1));
		assert_ok!(Accounts::update(
			RuntimeOrigin::signed(ALICE),
			None,
			None,
			Some(b"https://datdot.example/node".to_vec()),
			None
		));
		let p = Profiles::<Test>::get(ALICE).unwrap();
		assert_eq!(p.endpoint.to_vec(), b"https://datdot.example/node".to_vec());
		assert_eq!(p.region.to_vec(), b"u33db".to_vec());
		assert_eq!(p.ocw_key, key(1));
		System::assert_last_event(Event::AccountUpdated { who: ALICE }.into());

		assert_ok!(Accounts::update(
			RuntimeOrigin::signed(ALICE),
			Some((key(9), proof(ALICE, 9))),
			None,
			None,
			None
		));
		assert_eq!(OcwKeyOwner::<Test>::get(key(9)), Some(ALICE));
		assert_eq!(OcwKeyOwner::<Test>::get(key(1)), None);
	});
}

#[test]
fn update_refuses_bad_input() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Accounts::update(RuntimeOrigin::signed(ALICE), None, Some([1; 32]), None, None),
			Error::<Test>::NotFound
		);
		assert_ok!(create(ALICE, 1));
		assert_noop!(
			Accounts::update(RuntimeOrigin::signed(ALICE), None, None, None, None),
			Error::<Test>::NothingToUpdate
		);
		// A bad field refuses the whole update, even with a valid field beside it.
		assert_noop!(
			Accounts::update(
				RuntimeOrigin::signed(ALICE),
				None,
				Some([7; 32]),
				Some(vec![b'h'; 300]),
				None
			),
			Error::<Test>::EndpointTooLong
		);
		assert_noop!(
			Accounts::update(RuntimeOrigin::signed(ALICE), None, None, Some(b"x".to_vec()), None),
			Error::<Test>::InvalidEndpoint
		);
		assert_noop!(
			Accounts::update(RuntimeOrigin::signed(ALICE), None, None, None, Some(vec![b'u'; 13])),
			Error::<Test>::RegionTooLong
		);
		assert_noop!(
			Accounts::update(RuntimeOrigin::signed(ALICE), None, None, None, Some(b"ai".to_vec())),
			Error::<Test>::InvalidRegion
		);
	});
}

#[test]
fn delete_releases_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(create(ALICE, 1));
		assert_ok!(Accounts::delete(RuntimeOrigin::signed(ALICE)));
		assert!(!Profiles::<Test>::contains_key(ALICE));
		assert_eq!(OcwKeyOwner::<Test>::get(key(1)), None);
		assert_eq!(held(ALICE), 0);
		assert_eq!(Balances::balance(&ALICE), 10_000);
		System::assert_last_event(Event::AccountDeleted { who: ALICE, deposit: DEPOSIT }.into());
	});
}

#[test]
fn delete_refused_while_obligations_remain() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Accounts::delete(RuntimeOrigin::signed(ALICE)), Error::<Test>::NotFound);
		assert_ok!(create(ALICE, 1));
		for (obligation, error) in [
			(Obligation::Role, Error::<Test>::RoleHeld),
			(Obligation::Plan, Error::<Test>::PlanHeld),
			(Obligation::Contract, Error::<Test>::ContractHeld),
			(Obligation::Job, Error::<Test>::JobHeld),
		] {
			OBLIGATION.with(|o| o.set(Some(obligation)));
			assert_noop!(Accounts::delete(RuntimeOrigin::signed(ALICE)), error);
		}
		OBLIGATION.with(|o| o.set(None));
		assert_ok!(Accounts::delete(RuntimeOrigin::signed(ALICE)));
	});
}

#[test]
fn deposit_change_applies_to_new_profiles_only() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(create(ALICE, 1));
		assert_noop!(
			Accounts::set_profile_deposit(RuntimeOrigin::signed(ALICE), 5),
			DispatchError::BadOrigin
		);
		assert_ok!(Accounts::set_profile_deposit(RuntimeOrigin::root(), 250));
		System::assert_last_event(Event::ProfileDepositSet { amount: 250 }.into());
		assert_eq!(ProfileDeposit::<Test>::get(), 250);
		assert_ok!(create(BOB, 2));
		assert_eq!(held(BOB), 250);
		// Alice's older, smaller deposit is released exactly.
		assert_ok!(Accounts::delete(RuntimeOrigin::signed(ALICE)));
		assert_eq!(Balances::balance(&ALICE), 10_000);
	});
}

#[test]
fn unsigned_origins_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Accounts::delete(RuntimeOrigin::none()), DispatchError::BadOrigin);
		assert_noop!(
			Accounts::create(
				RuntimeOrigin::root(),
				key(1),
				proof(ALICE, 1),
				[0; 32],
				vec![],
				vec![]
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn the_deposit_may_take_all_but_the_existential_deposit() {
	ExtBuilder::default().with_balance(5, DEPOSIT + 1).build_and_execute(|| {
		assert_ok!(create(5, 5));
		assert_eq!(Balances::balance(&5), 1);
	});
}

/// The attack: Bob saw Alice's `ddot` key (it is public: in her node's reports) and
/// names it in his profile before she creates hers, so her reports would count as his,
/// or she could not register at all. Naming a key takes its signature over the account
/// and the chain.
#[test]
fn nobody_names_a_key_it_does_not_hold() {
	ExtBuilder::default().build_and_execute(|| {
		// Alice's proof, replayed by Bob.
		assert_noop!(
			Accounts::create(
				RuntimeOrigin::signed(BOB),
				key(1),
				proof(ALICE, 1),
				[0; 32],
				b"http://bob".to_vec(),
				b"u33".to_vec()
			),
			Error::<Test>::BadKeyProof
		);
		// Bob's own key signing for him does not make Alice's key his.
		assert_noop!(
			Accounts::create(
				RuntimeOrigin::signed(BOB),
				key(1),
				proof(BOB, 2),
				[0; 32],
				b"http://bob".to_vec(),
				b"u33".to_vec()
			),
			Error::<Test>::BadKeyProof
		);
		// A proof made for another chain (another genesis hash) is refused here.
		let other_chain = proof(ALICE, 1);
		frame_system::BlockHash::<Test>::insert(0, sp_core::H256::repeat_byte(7));
		assert_noop!(
			Accounts::create(
				RuntimeOrigin::signed(ALICE),
				key(1),
				other_chain,
				[0; 32],
				b"http://alice".to_vec(),
				b"u33".to_vec()
			),
			Error::<Test>::BadKeyProof
		);
		assert_ok!(create(ALICE, 1));
		assert_ok!(create(BOB, 2));
		// An update to a key the caller does not hold is refused too.
		assert_noop!(
			Accounts::update(
				RuntimeOrigin::signed(BOB),
				Some((key(3), proof(ALICE, 3))),
				None,
				None,
				None
			),
			Error::<Test>::BadKeyProof
		);
	});
}
