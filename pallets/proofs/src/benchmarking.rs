//! Benchmarks (frame-benchmarking v2), each at its worst case: proofs of full segments
//! of the largest chunks (the deepest segment tree) over a deep tree, challenges of hostings in different plans, faults that
//! repair.
use super::*;
use alloc::{vec, vec::Vec};
use datdot_primitives::{merkle, traits::HostingObserver, OcwPublic};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::{traits::Saturating, RuntimeAppPublic};

/// Leaves of the benchmark data set: a tree 16 levels deep.
const LEAVES: u32 = 1 << 16;

/// The largest chunk, the same at every leaf (only the leaf hashes matter for the tree).
fn chunk<T: Config>() -> Vec<u8> {
	vec![7u8; T::MaxChunkSize::get() as usize]
}

struct Set {
	root: [u8; 32],
	leaves: Vec<[u8; 32]>,
}

fn data_set<T: Config>() -> Set {
	let leaf = merkle::chunk_leaf(&chunk::<T>(), T::MaxChunkSize::get());
	let leaves = vec![leaf; LEAVES as usize];
	let root = merkle::root_of_leaves(&leaves).expect("leaves");
	Set { root, leaves }
}

/// A confirmed hosting of `set` by the `index`th hoster, on the ledger.
fn hosting<T: Config>(set: &Set, index: u32) -> (ContractId, T::AccountId) {
	let hoster: T::AccountId = account("hoster", index, 0);
	T::BenchmarkHelper::fund(&hoster);
	let contract =
		T::BenchmarkHelper::confirmed_hosting(&hoster, set.root, LEAVES, T::MaxChunkSize::get());
	<Pallet<T> as HostingObserver<T::AccountId>>::confirmed(contract, &hoster);
	(contract, hoster)
}

/// An open challenge of `p` chunks of a fresh hosting, and the hoster's signed answer.
fn answered<T: Config>(
	p: u32,
) -> (Response<T>, <OcwPublic as RuntimeAppPublic>::Signature, ChallengeId) {
	let set = data_set::<T>();
	let (contract, hoster) = hosting::<T>(&set, 0);
	let key = OcwPublic::generate_pair(None);
	T::BenchmarkHelper::set_ocw_key(&hoster, key.clone());
	Parameters::<T>::mutate(|params| params.indexes = p);
	let now = frame_system::Pallet::<T>::block_number();
	let id = Pallet::<T>::challenge(contract, &hoster).expect("a hosting");
	let challenge = Challenges::<T>::get(id).expect("open");
	let data = chunk::<T>();
	let proofs: Vec<SegmentProof> = challenge
		.indexes
		.iter()
		.zip(challenge.segments.iter())
		.map(|(i, j)| {
			let mut path =
				merkle::segment_proof(&data, T::MaxChunkSize::get(), *j).expect("segment");
			path.extend(merkle::proof(&set.leaves, *i).expect("index"));
			SegmentProof {
				segment: BoundedVec::truncate_from(merkle::segment(&data, *j).to_vec()),
				siblings: BoundedVec::truncate_from(path),
			}
		})
		.collect();
	let response = Response {
		challenge: id,
		asked: challenge.digest(),
		proofs: BoundedVec::truncate_from(proofs),
		signer: key.clone(),
	};
	let signature =
		datdot_primitives::signing::sign::<T>(&key, &response).expect("in the keystore");
	// A period has passed since the hosting was confirmed: the proof pays it.
	frame_system::Pallet::<T>::set_block_number(now.saturating_add(1u32.into()));
	(response, signature, id)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// `p` proofs verified, the period paid, reputation recorded.
	#[benchmark]
	fn response(p: Linear<1, { T::MaxIndexes::get() }>) {
		let (answer, signature, id) = answered::<T>(p);
		#[extrinsic_call]
		_(RawOrigin::Authorized, answer, signature);
		assert!(Challenges::<T>::get(id).is_none());
	}

	/// The pool's check of a response of `p` proofs: the signature covers the chunks.
	#[benchmark]
	fn authorize_response(p: Linear<1, { T::MaxIndexes::get() }>) -> Result<(), BenchmarkError> {
		let (answer, signature, _) = answered::<T>(p);
		#[block]
		{
			Pallet::<T>::authorize_response(&answer, &signature)
				.map_err(|_| BenchmarkError::Stop("not authorized"))?;
		}
		Ok(())
	}

	#[benchmark]
	fn request() {
		let set = data_set::<T>();
		let (contract, hoster) = hosting::<T>(&set, 0);
		let caller: T::AccountId = account("caller", 0, 0);
		T::BenchmarkHelper::fund(&caller);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), contract, hoster);
		assert_eq!(NextChallengeId::<T>::get(), 1);
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

	/// `n` hostings due at one block, each in its own plan: challenged and rescheduled.
	#[benchmark]
	fn on_initialize_challenge(n: Linear<0, { T::MaxChallengesPerBlock::get() }>) {
		let set = data_set::<T>();
		let at: BlockNumberFor<T> = frame_system::Pallet::<T>::block_number() + 5u32.into();
		let mut due = Vec::new();
		for i in 0..n {
			due.push(hosting::<T>(&set, i));
		}
		// All of them due at `at` (confirmation spread them over the period).
		let _ = Due::<T>::clear(u32::MAX, None);
		for (contract, hoster) in &due {
			Ledger::<T>::mutate(contract, hoster, |e| {
				if let Some(e) = e {
					e.due = at;
				}
			});
		}
		Due::<T>::insert(at, BoundedVec::truncate_from(due));
		frame_system::Pallet::<T>::set_block_number(at);
		#[block]
		{
			Pallet::<T>::challenge_due(at);
		}
		assert_eq!(NextChallengeId::<T>::get(), n as u64);
	}

	/// `n` challenges unanswered at their deadline, each the last fault before repair
	/// (a block counts at most `MaxFaultsPerBlock`; the rest wait in the overdue line).
	#[benchmark]
	fn on_initialize_fault(
		n: Linear<0, { T::MaxFaultsPerBlock::get().min(T::MaxChallengesPerBlock::get()) }>,
	) {
		let set = data_set::<T>();
		let now = frame_system::Pallet::<T>::block_number();
		let max = Parameters::<T>::get().max_faults;
		for i in 0..n {
			let (contract, hoster) = hosting::<T>(&set, i);
			Ledger::<T>::mutate(contract, &hoster, |e| {
				if let Some(e) = e {
					e.faults = max - 1;
				}
			});
			Pallet::<T>::challenge(contract, &hoster).expect("a hosting");
		}
		let window = Parameters::<T>::get().window;
		let deadline = ProofClock::<T>::get().saturating_add(window);
		assert_eq!(Deadlines::<T>::get(deadline).len() as u32, n);
		let at = now.saturating_add(window);
		frame_system::Pallet::<T>::set_block_number(at);
		ProofClock::<T>::put(deadline);
		#[block]
		{
			Pallet::<T>::expire(at, Some(deadline));
		}
		assert_eq!(Challenges::<T>::iter().count(), 0);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder::build(), crate::mock::Test);
}
