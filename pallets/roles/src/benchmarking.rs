//! Benchmarks (frame-benchmarking v2), at the worst case of every input bound.
use super::*;
use alloc::vec;
use datdot_primitives::{
	traits::ProfileProvider, Geohash, ProviderStatus, Resources, Role, RoleForm, TimeWindow,
	MAX_FORM_REGIONS, MAX_GEOHASH_LEN, MAX_TIMETABLE_WINDOWS,
};
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::{Inspect, Mutate};
use frame_support::traits::EnsureOrigin;
use frame_system::RawOrigin;
use sp_runtime::traits::Saturating;

/// The largest form: every region and window slot used.
fn full_form() -> RoleForm {
	RoleForm {
		resources: Resources { storage: u64::MAX / 2, bandwidth: 1, cpu: 1, ram: 1 },
		regions: vec![
			Geohash::truncate_from(vec![b'u'; MAX_GEOHASH_LEN as usize]);
			MAX_FORM_REGIONS as usize
		]
		.try_into()
		.expect("exactly the bound"),
		timetable: vec![
			TimeWindow { days: 0x7f, start: 0, end: 1440 };
			MAX_TIMETABLE_WINDOWS as usize
		]
		.try_into()
		.expect("exactly the bound"),
	}
}

fn provider<T: Config>(name: &'static str, index: u32) -> T::AccountId
where
	T::Currency: Mutate<T::AccountId>,
{
	let who: T::AccountId = account(name, index, 0);
	let amount = Pallet::<T>::min_stake(Role::Hoster).saturating_mul(10u32.into())
		+ T::Currency::minimum_balance().saturating_mul(100u32.into());
	T::Currency::set_balance(&who, amount);
	T::Profiles::ensure_profile(&who);
	who
}

fn registered<T: Config>(name: &'static str, index: u32) -> T::AccountId
where
	T::Currency: Mutate<T::AccountId>,
{
	let who = provider::<T>(name, index);
	Pallet::<T>::do_register(
		who.clone(),
		Role::Hoster,
		full_form(),
		Pallet::<T>::min_stake(Role::Hoster),
	)
	.expect("funded and with a profile");
	who
}

#[benchmarks(where T::Currency: Mutate<T::AccountId>)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register() {
		let who = provider::<T>("caller", 0);
		let stake = Pallet::<T>::min_stake(Role::Hoster);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), Role::Hoster, full_form(), stake);
		assert!(Registrations::<T>::contains_key(&who, Role::Hoster));
	}

	#[benchmark]
	fn unregister() {
		// Removing a member that is not the last moves the last into its place: the
		// worst case. (The chain may have members from genesis, so read the index.)
		let who = registered::<T>("caller", 0);
		let other = registered::<T>("other", 1);
		let index = Registrations::<T>::get(&who, Role::Hoster).expect("registered").index;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), Role::Hoster);
		assert!(!Registrations::<T>::contains_key(&who, Role::Hoster));
		assert_eq!(RoleMembers::<T>::get(Role::Hoster, index), Some(other));
	}

	#[benchmark]
	fn set_status() {
		let who = registered::<T>("caller", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), Role::Hoster, ProviderStatus::SignedOff);
		assert_eq!(
			Registrations::<T>::get(&who, Role::Hoster).map(|r| r.status),
			Some(ProviderStatus::SignedOff)
		);
	}

	#[benchmark]
	fn update_form() {
		let who = registered::<T>("caller", 0);
		let mut form = full_form();
		form.resources.storage = 1 << 40;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), Role::Hoster, form.clone());
		assert_eq!(Registrations::<T>::get(&who, Role::Hoster).map(|r| r.form), Some(form));
	}

	#[benchmark]
	fn set_min_stake() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let amount: BalanceOf<T> = 7u32.into();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Role::Worker, amount);
		assert_eq!(MinStake::<T>::get(Role::Worker), Some(amount));
		Ok(())
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
