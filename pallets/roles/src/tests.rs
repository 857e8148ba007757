use crate::{mock::*, Error, Event, HoldReason, MemberCount, MinStake, Registrations, RoleMembers};
use datdot_primitives::{
	traits::{AccountObligations, Obligation, RoleProvider},
	Geohash, ProviderStatus, Resources, Role, RoleForm, TimeWindow,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use sp_runtime::DispatchError;

fn form(storage: u64) -> RoleForm {
	RoleForm {
		resources: Resources { storage, bandwidth: 1_000_000, cpu: 2000, ram: 1 << 30 },
		regions: vec![Geohash::truncate_from(b"u33".to_vec())].try_into().unwrap(),
		timetable: vec![TimeWindow { days: 0b0011111, start: 480, end: 1080 }].try_into().unwrap(),
	}
}

fn register(who: AccountId, role: Role) -> frame_support::dispatch::DispatchResult {
	let stake = if role.is_provider() { MIN_STAKE } else { 0 };
	Roles::register(RuntimeOrigin::signed(who), role, form(1000), stake)
}

fn stake_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::Stake.into(), &who)
}

#[test]
fn register_provider_holds_stake() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(register(ALICE, Role::Hoster));
		let reg = Registrations::<Test>::get(ALICE, Role::Hoster).unwrap();
		assert_eq!(reg.stake, MIN_STAKE);
		assert_eq!(reg.status, ProviderStatus::Available);
		assert_eq!(reg.form, form(1000));
		assert_eq!(stake_held(ALICE), MIN_STAKE);
		assert_eq!(Balances::balance(&ALICE), 10_000 - MIN_STAKE);
		assert_eq!(RoleMembers::<Test>::get(Role::Hoster, 0), Some(ALICE));
		assert_eq!(MemberCount::<Test>::get(Role::Hoster), 1);
		System::assert_last_event(
			Event::RoleRegistered { who: ALICE, role: Role::Hoster, stake: MIN_STAKE }.into(),
		);
	});
}

#[test]
fn an_account_can_hold_several_roles() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(register(ALICE, Role::Hoster));
		assert_ok!(register(ALICE, Role::Attestor));
		assert_ok!(register(ALICE, Role::Sponsor));
		assert_eq!(stake_held(ALICE), 2 * MIN_STAKE);
		assert_eq!(Roles::roles_view(&ALICE).len(), 3);
	});
}

#[test]
fn sponsor_bonds_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Roles::register(RuntimeOrigin::signed(ALICE), Role::Sponsor, RoleForm::default(), 1),
			Error::<Test>::StakeNotAllowed
		);
		assert_ok!(Roles::register(
			RuntimeOrigin::signed(ALICE),
			Role::Sponsor,
			RoleForm::default(),
			0
		));
		assert_eq!(stake_held(ALICE), 0);
	});
}

#[test]
fn register_refuses_bad_input() {
	ExtBuilder::default().build_and_execute(|| {
		let reg = |who, form, stake| {
			Roles::register(RuntimeOrigin::signed(who), Role::Hoster, form, stake)
		};
		assert_noop!(reg(NO_PROFILE, form(1), MIN_STAKE), Error::<Test>::NoProfile);
		assert_noop!(reg(ALICE, form(1), MIN_STAKE - 1), Error::<Test>::StakeTooLow);
		assert_noop!(reg(DAVE, form(1), MIN_STAKE), Error::<Test>::InsufficientBalance);
		assert_noop!(reg(ALICE, RoleForm::default(), MIN_STAKE), Error::<Test>::NoResources);
		let mut bad_region = form(1);
		bad_region.regions = vec![Geohash::truncate_from(b"ai".to_vec())].try_into().unwrap();
		assert_noop!(reg(ALICE, bad_region, MIN_STAKE), Error::<Test>::InvalidRegion);
		let mut bad_window = form(1);
		bad_window.timetable =
			vec![TimeWindow { days: 1, start: 600, end: 500 }].try_into().unwrap();
		assert_noop!(reg(ALICE, bad_window, MIN_STAKE), Error::<Test>::InvalidTimetable);
		assert_ok!(reg(ALICE, form(1), MIN_STAKE));
		assert_noop!(reg(ALICE, form(1), MIN_STAKE), Error::<Test>::AlreadyRegistered);
	});
}

#[test]
fn members_are_bounded() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(register(ALICE, Role::Worker));
		assert_ok!(register(BOB, Role::Worker));
		assert_ok!(register(CHARLIE, Role::Worker));
		assert_noop!(register(EVE, Role::Worker), Error::<Test>::TooManyMembers);
	});
}

#[test]
fn min_stake_is_governed() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Roles::set_min_stake(RuntimeOrigin::signed(ALICE), Role::Hoster, 1),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Roles::set_min_stake(RuntimeOrigin::root(), Role::Sponsor, 1),
			Error::<Test>::NotAProvider
		);
		assert_ok!(Roles::set_min_stake(RuntimeOrigin::root(), Role::Hoster, 900));
		System::assert_last_event(Event::MinStakeSet { role: Role::Hoster, amount: 900 }.into());
		assert_eq!(MinStake::<Test>::get(Role::Hoster), Some(900));
		assert_eq!(Roles::min_stake(Role::Attestor), MIN_STAKE);
		assert_noop!(register(ALICE, Role::Hoster), Error::<Test>::StakeTooLow);
		assert_ok!(Roles::register(RuntimeOrigin::signed(ALICE), Role::Hoster, form(1), 900));
	});
}

#[test]
fn status_tells_whether_new_work_is_taken() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Roles::set_status(
				RuntimeOrigin::signed(ALICE),
				Role::Hoster,
				ProviderStatus::AtCapacity
			),
			Error::<Test>::NotRegistered
		);
		assert_ok!(register(ALICE, Role::Hoster));
		assert_ok!(register(ALICE, Role::Sponsor));
		assert!(Roles::is_active(&ALICE, Role::Hoster));
		assert_noop!(
			Roles::set_status(
				RuntimeOrigin::signed(ALICE),
				Role::Hoster,
				ProviderStatus::Available
			),
			Error::<Test>::StatusUnchanged
		);
		assert_noop!(
			Roles::set_status(
				RuntimeOrigin::signed(ALICE),
				Role::Sponsor,
				ProviderStatus::SignedOff
			),
			Error::<Test>::NotAProvider
		);
		for status in [ProviderStatus::AtCapacity, ProviderStatus::SignedOff] {
			assert_ok!(Roles::set_status(RuntimeOrigin::signed(ALICE), Role::Hoster, status));
			System::assert_last_event(
				Event::StatusChanged { who: ALICE, role: Role::Hoster, status }.into(),
			);
			assert!(!Roles::is_active(&ALICE, Role::Hoster));
			assert_noop!(Roles::reserve(&ALICE, Role::Hoster, 1), Error::<Test>::NotAvailable);
		}
		assert_ok!(Roles::set_status(
			RuntimeOrigin::signed(ALICE),
			Role::Hoster,
			ProviderStatus::Available
		));
		assert!(Roles::is_active(&ALICE, Role::Hoster));
	});
}

#[test]
fn duties_reserve_and_release_capacity() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Roles::reserve(&ALICE, Role::Hoster, 1), Error::<Test>::NotRegistered);
		assert_ok!(register(ALICE, Role::Hoster));
		assert_eq!(Roles::free_storage(&ALICE, Role::Hoster), 1000);
		assert_ok!(Roles::reserve(&ALICE, Role::Hoster, 600));
		assert_noop!(Roles::reserve(&ALICE, Role::Hoster, 401), Error::<Test>::CapacityExceeded);
		assert_ok!(Roles::reserve(&ALICE, Role::Hoster, 400));
		assert_eq!(Roles::free_storage(&ALICE, Role::Hoster), 0);
		assert_eq!(Roles::duties(&ALICE, Role::Hoster), 2);
		Roles::release(&ALICE, Role::Hoster, 600);
		assert_eq!(Roles::free_storage(&ALICE, Role::Hoster), 600);
		assert_eq!(Roles::duties(&ALICE, Role::Hoster), 1);
		assert!(Roles::serves_region(&ALICE, Role::Hoster, b"u33db"));
		assert!(!Roles::serves_region(&ALICE, Role::Hoster, b"9q8"));
	});
}

#[test]
fn unregister_refused_while_duties_open() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Roles::unregister(RuntimeOrigin::signed(ALICE), Role::Hoster),
			Error::<Test>::NotRegistered
		);
		assert_ok!(register(ALICE, Role::Hoster));
		assert_ok!(Roles::reserve(&ALICE, Role::Hoster, 10));
		assert_noop!(
			Roles::unregister(RuntimeOrigin::signed(ALICE), Role::Hoster),
			Error::<Test>::DutiesOpen
		);
		Roles::release(&ALICE, Role::Hoster, 10);
		assert_ok!(Roles::unregister(RuntimeOrigin::signed(ALICE), Role::Hoster));
		assert_eq!(stake_held(ALICE), 0);
		assert_eq!(Balances::balance(&ALICE), 10_000);
		System::assert_last_event(
			Event::RoleUnregistered { who: ALICE, role: Role::Hoster, stake: MIN_STAKE }.into(),
		);
	});
}

#[test]
fn unregister_keeps_member_index_dense() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(register(ALICE, Role::Attestor));
		assert_ok!(register(BOB, Role::Attestor));
		assert_ok!(register(CHARLIE, Role::Attestor));
		assert_ok!(Roles::unregister(RuntimeOrigin::signed(ALICE), Role::Attestor));
		assert_eq!(Roles::member_count(Role::Attestor), 2);
		assert_eq!(Roles::member(Role::Attestor, 0), Some(CHARLIE));
		assert_eq!(Roles::member(Role::Attestor, 1), Some(BOB));
		assert_eq!(Roles::member(Role::Attestor, 2), None);
		assert_eq!(Registrations::<Test>::get(CHARLIE, Role::Attestor).unwrap().index, 0);
		// The freed slot admits a new member.
		assert_ok!(register(EVE, Role::Attestor));
	});
}

#[test]
fn a_held_role_is_an_obligation() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Roles::obligation(&ALICE), None);
		assert_ok!(register(ALICE, Role::Sponsor));
		assert_eq!(Roles::obligation(&ALICE), Some(Obligation::Role));
		assert_ok!(Roles::unregister(RuntimeOrigin::signed(ALICE), Role::Sponsor));
		assert_eq!(Roles::obligation(&ALICE), None);
	});
}

#[test]
fn unsigned_origins_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Roles::register(RuntimeOrigin::none(), Role::Sponsor, RoleForm::default(), 0),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Roles::unregister(RuntimeOrigin::root(), Role::Sponsor),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn the_stake_may_take_all_but_the_existential_deposit() {
	ExtBuilder::default().with_balance(6, MIN_STAKE + 1).build_and_execute(|| {
		assert_ok!(register(6, Role::Hoster));
		assert_eq!(Balances::balance(&6), 1);
		assert_eq!(stake_held(6), MIN_STAKE);
	});
}

#[test]
fn duty_counters_cannot_overflow() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(register(ALICE, Role::Hoster));
		Registrations::<Test>::mutate(ALICE, Role::Hoster, |r| {
			r.as_mut().unwrap().duties = u32::MAX
		});
		assert_noop!(Roles::reserve(&ALICE, Role::Hoster, 1), Error::<Test>::Overflow);
		Registrations::<Test>::mutate(ALICE, Role::Hoster, |r| r.as_mut().unwrap().duties = 0);
	});
}

#[test]
fn a_provider_lowers_its_storage_down_to_what_it_uses() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(register(ALICE, Role::Hoster));
		assert_ok!(Roles::reserve(&ALICE, Role::Hoster, 600));
		assert_noop!(
			Roles::update_form(RuntimeOrigin::signed(ALICE), Role::Hoster, form(599)),
			Error::<Test>::BelowUsedStorage
		);
		assert_ok!(Roles::update_form(RuntimeOrigin::signed(ALICE), Role::Hoster, form(600)));
		System::assert_last_event(Event::FormUpdated { who: ALICE, role: Role::Hoster }.into());
		assert_eq!(Roles::free_storage(&ALICE, Role::Hoster), 0);
		// Raising it again gives room for new contracts.
		assert_ok!(Roles::update_form(RuntimeOrigin::signed(ALICE), Role::Hoster, form(5_000)));
		assert_eq!(Roles::free_storage(&ALICE, Role::Hoster), 4_400);
		let mut bad = form(5_000);
		bad.resources = Resources::default();
		assert_noop!(
			Roles::update_form(RuntimeOrigin::signed(ALICE), Role::Hoster, bad),
			Error::<Test>::NoResources
		);
		assert_noop!(
			Roles::update_form(RuntimeOrigin::signed(BOB), Role::Hoster, form(5_000)),
			Error::<Test>::NotRegistered
		);
	});
}

#[test]
fn sponsors_take_no_place_among_the_members_drawn_from() {
	ExtBuilder::default().build_and_execute(|| {
		// The member bound (3 here) is for providers, who are drawn at random; any
		// number of sponsors register, and none fills a provider's place.
		for who in [ALICE, BOB, CHARLIE, EVE] {
			assert_ok!(register(who, Role::Sponsor));
		}
		assert_eq!(MemberCount::<Test>::get(Role::Sponsor), 0);
		assert_eq!(RoleMembers::<Test>::iter_prefix(Role::Sponsor).count(), 0);
		assert_ok!(Roles::unregister(RuntimeOrigin::signed(BOB), Role::Sponsor));
		assert!(Roles::has_role(&ALICE, Role::Sponsor));
	});
}
