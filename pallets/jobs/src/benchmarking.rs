//! Benchmarks (frame-benchmarking v2), each at its worst case: settlements pay, refund
//! and record reputation; the timeout hook penalises a worker per job.
use super::*;
use codec::Decode;
use datdot_primitives::{traits::RoleProvider, Role};
use frame_benchmarking::v2::*;
use frame_support::traits::{EnsureOrigin, Get, Hooks};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_core::{crypto::KeyTypeId, sr25519};
use sp_runtime::traits::Saturating;

const KEY: KeyTypeId = KeyTypeId(*b"jobs");

/// A funded account whose id is an sr25519 key in the benchmark keystore.
fn keyed<T: Config>() -> (T::AccountId, sr25519::Public) {
	let public = sp_io::crypto::sr25519_generate(KEY, None);
	let who = T::AccountId::decode(&mut &public.0[..]).expect("32-byte account ids");
	T::BenchmarkHelper::fund(&who);
	(who, public)
}

fn worker<T: Config>() -> (T::AccountId, sr25519::Public) {
	let (who, public) = keyed::<T>();
	T::Roles::ensure_role(&who, Role::Worker);
	(who, public)
}

/// A payment the market takes whatever its minimum (the runtime's is 10 mDAT).
fn payment<T: Config>() -> BalanceOf<T> {
	Parameters::<T>::get().min_payment.saturating_mul(100u32.into())
}

fn post_job<T: Config>(client: &T::AccountId) -> JobId {
	let id = NextJobId::<T>::get();
	let now = frame_system::Pallet::<T>::block_number();
	let requirements = Requirements {
		min_reputation: 0,
		resources: Default::default(),
		deadline: now.saturating_add(T::MaxJobDuration::get()),
	};
	Pallet::<T>::do_post(client.clone(), [1; 32], [2; 32], requirements, payment::<T>())
		.expect("funded client");
	id
}

/// A posted job claimed by a fresh worker, past the early window.
fn claimed<T: Config>(client: &T::AccountId) -> (JobId, T::AccountId, sr25519::Public) {
	let id = post_job::<T>(client);
	let params = Parameters::<T>::get();
	let now = frame_system::Pallet::<T>::block_number();
	frame_system::Pallet::<T>::set_block_number(now.saturating_add(params.early_window));
	let (w, public) = worker::<T>();
	Pallet::<T>::do_claim(w.clone(), id).expect("eligible worker");
	(id, w, public)
}

fn submitted<T: Config>(client: &T::AccountId) -> (JobId, T::AccountId) {
	let (id, w, _) = claimed::<T>(client);
	Pallet::<T>::do_submit(w.clone(), id, [9; 32], Some([8; 32])).expect("claimed");
	(id, w)
}

/// Fills block `at`'s timeouts but one, so a call's own entry is the last to fit (with
/// workers' entries, which leave every kind its share).
fn crowd<T: Config>(at: BlockNumberFor<T>) {
	Timeouts::<T>::mutate(at, |list| {
		while (list.len() as u32) + 1 < T::MaxTimeoutsPerBlock::get() {
			let _ = list.try_push((JobId::MAX, Timeout::Claim));
		}
	});
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn post() {
		let (client, _) = keyed::<T>();
		let now = frame_system::Pallet::<T>::block_number();
		let deadline = now.saturating_add(T::MaxJobDuration::get());
		crowd::<T>(deadline);
		let requirements =
			Requirements { min_reputation: 0, resources: Default::default(), deadline };
		#[extrinsic_call]
		_(RawOrigin::Signed(client), [1; 32], [2; 32], requirements, payment::<T>());
		assert_eq!(NextJobId::<T>::get(), 1);
	}

	#[benchmark]
	fn claim() {
		let (client, _) = keyed::<T>();
		let id = post_job::<T>(&client);
		let params = Parameters::<T>::get();
		let now = frame_system::Pallet::<T>::block_number().saturating_add(params.early_window);
		frame_system::Pallet::<T>::set_block_number(now);
		crowd::<T>(now.saturating_add(params.claim_period));
		let (w, _) = worker::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(w), id);
		assert!(matches!(Jobs::<T>::get(id).map(|j| j.status), Some(JobStatus::Claimed { .. })));
	}

	#[benchmark]
	fn submit_result() {
		let (client, _) = keyed::<T>();
		let (id, w, _) = claimed::<T>(&client);
		let now = frame_system::Pallet::<T>::block_number();
		crowd::<T>(now.saturating_add(Parameters::<T>::get().challenge_window));
		#[extrinsic_call]
		_(RawOrigin::Signed(w), id, [9; 32], Some([8; 32]));
		assert!(matches!(Jobs::<T>::get(id).map(|j| j.status), Some(JobStatus::Submitted { .. })));
	}

	#[benchmark]
	fn accept() {
		let (client, _) = keyed::<T>();
		let (id, _) = submitted::<T>(&client);
		#[extrinsic_call]
		_(RawOrigin::Signed(client), id);
		assert!(Jobs::<T>::get(id).is_none());
	}

	#[benchmark]
	fn dispute() {
		let (client, _) = keyed::<T>();
		let (id, _) = submitted::<T>(&client);
		#[extrinsic_call]
		_(RawOrigin::Signed(client), id);
		assert!(matches!(Jobs::<T>::get(id).map(|j| j.status), Some(JobStatus::Disputed { .. })));
	}

	#[benchmark]
	fn cancel() {
		let (client, _) = keyed::<T>();
		let id = post_job::<T>(&client);
		#[extrinsic_call]
		_(RawOrigin::Signed(client), id);
		assert!(Jobs::<T>::get(id).is_none());
	}

	/// A partial receipt: two signatures checked, a payment and a refund.
	#[benchmark]
	fn complete_with_receipt() {
		let (client, client_key) = keyed::<T>();
		let (id, w, worker_key) = claimed::<T>(&client);
		let receipt = Receipt { checkpoint: 1, checkpoints: 2 };
		let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::from(0u32));
		let message = Receipt::message(&genesis, id, &receipt);
		let sign = |key| sp_io::crypto::sr25519_sign(KEY, key, &message).expect("in keystore");
		let (client_signature, worker_signature) = (sign(&client_key), sign(&worker_key));
		#[extrinsic_call]
		_(RawOrigin::Signed(w), id, receipt, client_signature, worker_signature);
		assert!(Jobs::<T>::get(id).is_none());
	}

	#[benchmark]
	fn set_params() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let params = T::DefaultParams::get();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, params.clone());
		assert_eq!(Parameters::<T>::get(), params);
		Ok(())
	}

	/// `n` claimed jobs reach their deadline: each refunded, its worker penalised.
	#[benchmark]
	fn on_initialize(n: Linear<0, { T::MaxTimeoutsPerBlock::get() }>) {
		let (client, _) = keyed::<T>();
		let start = frame_system::Pallet::<T>::block_number();
		let deadline = start.saturating_add(T::MaxJobDuration::get());
		let mut ids = alloc::vec::Vec::new();
		for _ in 0..n {
			frame_system::Pallet::<T>::set_block_number(start);
			ids.push(claimed::<T>(&client).0);
		}
		// Deadlines take half a block when scheduled; the worst case has a whole block
		// of them.
		let mut due = Timeouts::<T>::take(deadline);
		for later in 1..=n {
			for entry in Timeouts::<T>::take(deadline.saturating_add(later.into())) {
				if entry.1 == Timeout::Deadline {
					due.try_push(entry).expect("n places");
				}
			}
		}
		Timeouts::<T>::insert(deadline, due);
		frame_system::Pallet::<T>::set_block_number(deadline);
		assert_eq!(Timeouts::<T>::get(deadline).len() as u32, n);
		#[block]
		{
			Pallet::<T>::on_initialize(deadline);
		}
		assert!(ids.iter().all(|id| Jobs::<T>::get(id).is_none()));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
