//! Benchmarks (frame-benchmarking v2).
use super::*;
use frame_benchmarking::v2::*;
use frame_support::traits::{Contains, EnsureOrigin, PalletsInfoAccess};

/// The longest-named pallet that may be paused (names are hashed into the key).
fn pausable<T: Config>() -> Result<PalletName, BenchmarkError> {
	T::Pallets::infos()
		.into_iter()
		.filter_map(|info| PalletName::try_from(info.name.as_bytes().to_vec()).ok())
		.filter(|name| !T::Unpausable::contains(name))
		.max_by_key(|name| name.len())
		.ok_or(BenchmarkError::Stop("no pausable pallet"))
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn pause() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let pallet = pausable::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, pallet.clone());
		assert!(Paused::<T>::contains_key(pallet));
		Ok(())
	}

	#[benchmark]
	fn resume() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let pallet = pausable::<T>()?;
		Paused::<T>::insert(&pallet, ());
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, pallet.clone());
		assert!(!Paused::<T>::contains_key(pallet));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::tests::new_test_ext(), crate::tests::Test);
}
