//! Benchmarks (frame-benchmarking v2).
use super::*;
use datdot_primitives::traits::{DisputeManager, EscrowManager};
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::{Inspect, Mutate};
use frame_support::traits::EnsureOrigin;
use frame_system::RawOrigin;
use sp_runtime::traits::Saturating;

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	T::Currency::set_balance(
		&who,
		T::Currency::minimum_balance().saturating_mul(1_000_000u32.into()),
	);
	who
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn top_up() {
		// A third party funding: transfer to the payer and hold, the dearer path.
		let payer = funded::<T>("payer", 0);
		let funder = funded::<T>("funder", 1);
		let amount = T::Currency::minimum_balance().saturating_mul(10u32.into());
		let id = Pallet::<T>::open(&payer, amount).expect("funded");
		#[extrinsic_call]
		_(RawOrigin::Signed(funder), id, amount);
		assert_eq!(Pallet::<T>::balance(id), Some(amount.saturating_mul(2u32.into())));
	}

	/// A ruling that pays, refunds and takes the losing disputer's bond.
	#[benchmark]
	fn resolve() -> Result<(), BenchmarkError> {
		let origin = T::Arbiter::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let payer = funded::<T>("payer", 0);
		let payee = funded::<T>("payee", 1);
		let amount = T::Currency::minimum_balance().saturating_mul(10u32.into());
		let id = Pallet::<T>::open(&payer, amount).expect("funded");
		Pallet::<T>::open_dispute(id, &payer, &payee, amount).expect("funded");
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, sp_runtime::Perbill::from_percent(70));
		assert!(Pallet::<T>::balance(id).is_none());
		Ok(())
	}

	#[benchmark]
	fn set_protocol_fee() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 250);
		assert_eq!(ProtocolFee::<T>::get(), 250);
		Ok(())
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
