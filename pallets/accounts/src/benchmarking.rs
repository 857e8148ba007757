//! Benchmarks (frame-benchmarking v2), at the worst case of every input bound.
use super::*;
use alloc::{vec, vec::Vec};
use datdot_primitives::{OcwPublic, MAX_GEOHASH_LEN};
use frame_benchmarking::v2::*;
use frame_support::traits::EnsureOrigin;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	Get,
};
use frame_system::RawOrigin;
use sp_runtime::traits::Saturating;

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId
where
	T::Currency: Mutate<T::AccountId>,
{
	let who: T::AccountId = account(name, index, 0);
	let amount = ProfileDeposit::<T>::get().saturating_mul(100u32.into())
		+ T::Currency::minimum_balance().saturating_mul(100u32.into());
	T::Currency::set_balance(&who, amount);
	who
}

fn key(seed: u8) -> OcwPublic {
	OcwPublic::from(sp_core::sr25519::Public::from_raw([seed; 32]))
}

/// A fresh key in the keystore, with its proof of possession for `who`.
fn owned_key<T: Config>(who: &T::AccountId) -> (OcwPublic, datdot_primitives::OcwSignature) {
	use sp_runtime::RuntimeAppPublic;
	let key = OcwPublic::generate_pair(None);
	let proof = key
		.sign(&datdot_primitives::signing::key_ownership::<T>(who))
		.expect("the key is in the keystore");
	(key, proof)
}

/// The longest valid endpoint: `http://` followed by host characters.
fn endpoint<T: Config>(fill: u8) -> Vec<u8> {
	let mut e = b"http://".to_vec();
	e.resize(T::MaxEndpointLen::get() as usize, fill);
	e
}

fn region() -> Vec<u8> {
	vec![b'u'; MAX_GEOHASH_LEN as usize]
}

#[benchmarks(where T::Currency: Mutate<T::AccountId>)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create() {
		let who = funded::<T>("caller", 0);
		let (key, proof) = owned_key::<T>(&who);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), key, proof, [2; 32], endpoint::<T>(b'a'), region());
		assert!(Profiles::<T>::contains_key(&who));
	}

	#[benchmark]
	fn update() {
		let who = funded::<T>("caller", 0);
		Pallet::<T>::do_create(who.clone(), key(1), [2; 32], endpoint::<T>(b'a'), region())
			.unwrap();
		let (new_key, proof) = owned_key::<T>(&who);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(who.clone()),
			Some((new_key.clone(), proof)),
			Some([4; 32]),
			Some(endpoint::<T>(b'b')),
			Some(region()),
		);
		assert_eq!(OcwKeyOwner::<T>::get(new_key), Some(who));
	}

	#[benchmark]
	fn delete() {
		let who = funded::<T>("caller", 0);
		Pallet::<T>::do_create(who.clone(), key(1), [2; 32], endpoint::<T>(b'a'), region())
			.unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!Profiles::<T>::contains_key(&who));
	}

	#[benchmark]
	fn set_profile_deposit() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let amount: BalanceOf<T> = 7u32.into();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, amount);
		assert_eq!(ProfileDeposit::<T>::get(), amount);
		Ok(())
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
