//! Benchmarks (frame-benchmarking v2). Work in progress on issue 3: the report,
//! setup and timeout benchmarks follow with the runtime wiring.
use super::*;
use frame_benchmarking::v2::*;
use frame_support::traits::EnsureOrigin;

#[benchmarks]
mod benchmarks {
	use super::*;

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
}
