//! Benchmarks (frame-benchmarking v2), each at its worst case: the most attestors named,
//! the most chunks, the last rating closing a benchmark, full blocks of openings and
//! closings.
use super::*;
use alloc::vec::Vec;
use datdot_primitives::OcwPublic;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::{traits::Saturating, RuntimeAppPublic};

/// `MaxAttestors` attestors with `ddot` keys, and the benchmark parameters at their
/// largest.
fn attestors<T: Config>() -> Vec<(T::AccountId, OcwPublic)> {
	Parameters::<T>::mutate(|p| {
		p.attestors = T::MaxAttestors::get();
		p.samples = T::MaxSamples::get();
	});
	(0..T::MaxAttestors::get())
		.map(|i| {
			let who: T::AccountId = account("attestor", i, 0);
			let key = OcwPublic::generate_pair(None);
			T::BenchmarkHelper::make_attestor(&who, key.clone());
			(who, key)
		})
		.collect()
}

/// A confirmed hosting by the `index`th hoster.
fn hosting<T: Config>(index: u32) -> (ContractId, T::AccountId) {
	let hoster: T::AccountId = account("hoster", index, 0);
	T::BenchmarkHelper::fund(&hoster);
	let contract = T::BenchmarkHelper::confirmed_hosting(&hoster);
	(contract, hoster)
}

/// An open benchmark that every named attestor but the last has rated; the last one's
/// signed report.
fn all_but_one_rated<T: Config>(
	index: u32,
	keys: &[(T::AccountId, OcwPublic)],
) -> (BenchmarkId, Report, <OcwPublic as RuntimeAppPublic>::Signature) {
	let (contract, hoster) = hosting::<T>(index);
	let now = frame_system::Pallet::<T>::block_number();
	let id = Pallet::<T>::open_benchmark(contract, &hoster, now).expect("a hosting");
	let mut benchmark = OpenBenchmarks::<T>::get(id).expect("open");
	assert_eq!(benchmark.attestors.len() as u32, T::MaxAttestors::get());
	let last = benchmark.attestors.len() - 1;
	let ratings: Vec<(T::AccountId, Rating)> = benchmark.attestors[..last]
		.iter()
		.enumerate()
		.map(|(i, a)| (a.clone(), Rating { latency_ms: 10 + i as u32, bandwidth: 1_000_000 }))
		.collect();
	for (rater, _) in ratings.iter() {
		AttestorBenchmarks::<T>::remove(rater, id);
	}
	benchmark.ratings = BoundedVec::truncate_from(ratings);
	let last = benchmark.attestors[last].clone();
	OpenBenchmarks::<T>::insert(id, benchmark);
	// The chain may have attestors of its own (genesis): give the last one a key here.
	let key = match keys.iter().find(|(a, _)| *a == last) {
		Some((_, key)) => key.clone(),
		None => {
			let key = OcwPublic::generate_pair(None);
			T::BenchmarkHelper::make_attestor(&last, key.clone());
			key
		}
	};
	let rep = Report {
		benchmark: id,
		asked: OpenBenchmarks::<T>::get(id).expect("open").digest(),
		rating: Rating { latency_ms: 12, bandwidth: 900_000 },
		signer: key.clone(),
	};
	let sig = datdot_primitives::signing::sign::<T>(&key, &rep).expect("in the keystore");
	(id, rep, sig)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A paid request naming the most attestors and chunks.
	#[benchmark]
	fn request() {
		attestors::<T>();
		let (contract, hoster) = hosting::<T>(0);
		let caller: T::AccountId = whitelisted_caller();
		T::BenchmarkHelper::fund(&caller);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), contract, hoster.clone());

		assert!(OpenFor::<T>::contains_key(contract, &hoster));
	}

	/// The last rating: it closes the benchmark (medians, plan check, reputation of the
	/// hoster and of every attestor).
	#[benchmark]
	fn response() {
		let keys = attestors::<T>();
		let (id, rep, sig) = all_but_one_rated::<T>(0, &keys);

		#[extrinsic_call]
		_(RawOrigin::Authorized, rep, sig);

		assert!(!OpenBenchmarks::<T>::contains_key(id));
	}

	/// The pool check of a rating: a signature and the benchmark read.
	#[benchmark]
	fn authorize_response() -> Result<(), BenchmarkError> {
		let keys = attestors::<T>();
		let (_, rep, sig) = all_but_one_rated::<T>(0, &keys);

		#[block]
		{
			Pallet::<T>::authorize_response(&rep, &sig)
				.map_err(|_| BenchmarkError::Stop("not authorized"))?;
		}
		Ok(())
	}

	#[benchmark]
	fn set_params() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let mut params = Parameters::<T>::get();
		params.attestors = T::MaxAttestors::get();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, params.clone());

		assert_eq!(Parameters::<T>::get(), params);
		Ok(())
	}

	/// `n` hostings due in one block: each gets a benchmark and its next date.
	#[benchmark]
	fn on_initialize_open(n: Linear<1, { T::MaxPerBlock::get() }>) {
		attestors::<T>();
		let now = frame_system::Pallet::<T>::block_number();
		let at = now.saturating_add(1u32.into());
		for i in 0..n {
			let (contract, hoster) = hosting::<T>(i);
			Scheduled::<T>::insert(contract, &hoster, at);
			Due::<T>::mutate(at, |list| list.try_push((contract, hoster)).expect("room"));
		}

		#[block]
		{
			Pallet::<T>::open_due(at);
		}

		assert_eq!(NextBenchmarkId::<T>::get(), n as u64);
	}

	/// `n` benchmarks closing at their deadline, each rated by all attestors but one.
	#[benchmark]
	fn on_initialize_close(n: Linear<1, { T::MaxPerBlock::get() }>) {
		let keys = attestors::<T>();
		let mut deadline: BlockNumberFor<T> = 0u32.into();
		for i in 0..n {
			let (id, ..) = all_but_one_rated::<T>(i, &keys);
			deadline = OpenBenchmarks::<T>::get(id).expect("open").deadline;
		}
		// Every benchmark fits the first deadline block (the window is the same).
		assert_eq!(Deadlines::<T>::get(deadline).len() as u32, n);

		#[block]
		{
			Pallet::<T>::expire(deadline);
		}

		assert_eq!(OpenBenchmarks::<T>::iter().count(), 0);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder::build(), crate::mock::Test);
}
