//! Benchmarks (frame-benchmarking v2).
use super::*;
use frame_benchmarking::v2::*;
use frame_support::traits::EnsureOrigin;
use sp_runtime::Perbill;

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A five-star rating: the right taken, the score updated.
	#[benchmark]
	fn rate() {
		use datdot_primitives::traits::RatingSource;
		let client: T::AccountId = account("client", 0, 0);
		let worker: T::AccountId = account("worker", 0, 0);
		T::Ratings::make_ratable(7, &client, &worker);
		#[extrinsic_call]
		_(frame_system::RawOrigin::Signed(client), 7, 5);
		assert!(Scores::<T>::contains_key(&worker, datdot_primitives::Role::Worker));
	}

	#[benchmark]
	fn set_decay() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 10u32.into(), Perbill::from_percent(90));
		assert_eq!(Decay::<T>::get(), Perbill::from_percent(90));
		Ok(())
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
