//! Benchmarks (frame-benchmarking v2), each at its worst case: proofs of full segments
//! of the largest chunks (the deepest segment tree) over a deep tree, challenges of hostings in different plans, faults that
//! repair.
use super::*;
use alloc::{vec, vec::Vec};
use datdot_primitives::{
	merkle,
	traits::{HostingInspect, HostingObserver},
	OcwPublic,
};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, Get},
	weights::Weight,
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

/// The segment proof of `piece` of `set` (every chunk of it is the same).
fn proof_of<T: Config>(set: &Set, piece: &Piece) -> SegmentProof {
	let path = merkle::proof(&set.leaves, piece.index).expect("index");
	SegmentProof::of(&chunk::<T>(), T::MaxChunkSize::get(), piece.segment, path).expect("segment")
}

/// The hoster's signed response to challenge `id` with `proofs`.
fn signed<T: Config>(
	id: ChallengeId,
	key: &OcwPublic,
	proofs: Vec<SegmentProof>,
) -> (Response<T>, <OcwPublic as RuntimeAppPublic>::Signature) {
	let challenge = Challenges::<T>::get(id).expect("open");
	let response = Response {
		challenge: id,
		asked: challenge.digest(),
		proofs: BoundedVec::truncate_from(proofs),
		signer: key.clone(),
	};
	let signature = datdot_primitives::signing::sign::<T>(key, &response).expect("in the keystore");
	(response, signature)
}

/// Hoster 0 keeps `p` hostings of `set`, each in its own plan, each with `faults`
/// faults, and holds a `ddot` key; its periodic challenge asks `p` pieces, one of each
/// hosting (the worst case: a ledger entry and a plan per piece). Returns the challenge
/// and the key.
fn audit_of_p_hostings<T: Config>(set: &Set, p: u32, faults: u32) -> (ChallengeId, OcwPublic) {
	let mut contracts = Vec::new();
	let mut hoster = None;
	for _ in 0..p {
		let (contract, h) = hosting::<T>(set, 0);
		Ledger::<T>::mutate(contract, &h, |e| {
			if let Some(e) = e {
				e.faults = faults;
			}
		});
		contracts.push(contract);
		hoster = Some(h);
	}
	let hoster = hoster.expect("p > 0");
	let key = OcwPublic::generate_pair(None);
	T::BenchmarkHelper::set_ocw_key(&hoster, key.clone());
	Parameters::<T>::mutate(|params| params.indexes = p);
	// Pieces deep in the data set (the longest paths), one per hosting.
	let pieces: Vec<Piece> = contracts
		.iter()
		.map(|contract| {
			let chunk_size = T::Hosting::hosting(*contract, &hoster).expect("kept").chunk_size;
			Piece {
				contract: *contract,
				index: LEAVES - 1,
				segment: merkle::segments(chunk_size) - 1,
			}
		})
		.collect();
	let mut audit = Audited::<T>::get(&hoster).expect("audited");
	let id = Pallet::<T>::open(&hoster, BoundedVec::truncate_from(pieces), false).expect("opens");
	audit.open = Some(id);
	Audited::<T>::insert(&hoster, audit);
	(id, key)
}

/// An open extra challenge of `p` chunks of a fresh hosting, and the hoster's signed
/// answer.
fn answered<T: Config>(
	p: u32,
) -> (Response<T>, <OcwPublic as RuntimeAppPublic>::Signature, ChallengeId) {
	let set = data_set::<T>();
	let (contract, hoster) = hosting::<T>(&set, 0);
	let key = OcwPublic::generate_pair(None);
	T::BenchmarkHelper::set_ocw_key(&hoster, key.clone());
	Parameters::<T>::mutate(|params| params.indexes = p);
	let id = Pallet::<T>::challenge(contract, &hoster).expect("a hosting");
	let challenge = Challenges::<T>::get(id).expect("open");
	let proofs = challenge.pieces.iter().map(|piece| proof_of::<T>(&set, piece)).collect();
	let (response, signature) = signed::<T>(id, &key, proofs);
	(response, signature, id)
}

/// Moves to the next block, so an outcome proves at least one block.
fn next_block<T: Config>() {
	let now = frame_system::Pallet::<T>::block_number();
	frame_system::Pallet::<T>::set_block_number(now.saturating_add(1u32.into()));
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A periodic audit's `p` pieces, each of its own hosting, all proven: the outcome
	/// recorded, each hosting's faults cleared, reputation recorded. (Payment comes
	/// later, from `settle`.)
	#[benchmark]
	fn response(p: Linear<1, { T::MaxIndexes::get() }>) {
		let set = data_set::<T>();
		let (id, key) = audit_of_p_hostings::<T>(&set, p, 1);
		let challenge = Challenges::<T>::get(id).expect("open");
		let proofs = challenge.pieces.iter().map(|piece| proof_of::<T>(&set, piece)).collect();
		let (answer, signature) = signed::<T>(id, &key, proofs);
		next_block::<T>();
		#[extrinsic_call]
		response(RawOrigin::Authorized, answer, signature);
		assert!(Challenges::<T>::get(id).is_none());
		assert_eq!(Audited::<T>::get(&challenge.hoster).map(|a| a.audits.proven > 0), Some(true));
	}

	/// A periodic audit's `p` pieces, each of its own hosting, all wrong: each hosting
	/// settled, slashed and, at its last fault, repaired.
	#[benchmark]
	fn response_wrong(p: Linear<1, { T::MaxIndexes::get() }>) {
		let set = data_set::<T>();
		let max = Parameters::<T>::get().max_faults;
		let (id, key) = audit_of_p_hostings::<T>(&set, p, max - 1);
		let challenge = Challenges::<T>::get(id).expect("open");
		// Each hosting is owed an earlier proven interval, settled before the fault.
		let hoster = challenge.hoster.clone();
		next_block::<T>();
		Audited::<T>::mutate(&hoster, |a| {
			if let Some(a) = a {
				let now = frame_system::Pallet::<T>::block_number();
				a.audits.record(Pallet::<T>::block_u64(now), true);
			}
		});
		let wrong = SegmentProof { segment: BoundedVec::new(), siblings: BoundedVec::new() };
		let (answer, signature) = signed::<T>(id, &key, vec![wrong; p as usize]);
		next_block::<T>();
		#[extrinsic_call]
		response(RawOrigin::Authorized, answer, signature);
		assert!(Ledger::<T>::iter_prefix_values(0u64).next().is_none() || p > 0);
		assert_eq!(Slots::<T>::get(&hoster), None, "every hosting repaired");
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

	/// `n` hosters due at one block, each audited: `MaxIndexes` pieces drawn through its
	/// size tree (each draw a full descent of the tree and a hosting and plan read), a
	/// challenge opened, the hoster rescheduled.
	#[benchmark]
	fn on_initialize_challenge(n: Linear<0, { T::MaxChallengesPerBlock::get() }>) {
		let set = data_set::<T>();
		Parameters::<T>::mutate(|params| params.indexes = T::MaxIndexes::get());
		let at: BlockNumberFor<T> = frame_system::Pallet::<T>::block_number() + 5u32.into();
		let mut due = Vec::new();
		for i in 0..n {
			let (_, hoster) = hosting::<T>(&set, i);
			Audited::<T>::mutate(&hoster, |a| {
				if let Some(a) = a {
					a.due = at;
				}
			});
			due.push(hoster);
		}
		// All of them due at `at` (their first hosting spread them over the period).
		let _ = Due::<T>::clear(u32::MAX, None);
		Due::<T>::insert(at, BoundedVec::truncate_from(due));
		frame_system::Pallet::<T>::set_block_number(at);
		#[block]
		{
			Pallet::<T>::challenge_due(at);
		}
		assert_eq!(NextChallengeId::<T>::get(), n as u64);
	}

	/// `n` extra challenges unanswered at their deadline, each the last fault before
	/// repair, each hosting settled first for an earlier proven interval (a block counts
	/// at most `MaxFaultsPerBlock`; the rest wait in the overdue line).
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
			Audited::<T>::mutate(&hoster, |a| {
				if let Some(a) = a {
					a.audits.record(Pallet::<T>::block_u64(now) + 1, true);
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

	/// `n` periodic audits of `MaxIndexes` pieces each unanswered at their deadline,
	/// each the last miss before eviction.
	#[benchmark]
	fn on_initialize_missed(
		n: Linear<0, { T::MaxFaultsPerBlock::get().min(T::MaxChallengesPerBlock::get()) }>,
	) {
		let set = data_set::<T>();
		let now = frame_system::Pallet::<T>::block_number();
		let max = Parameters::<T>::get().max_faults;
		Parameters::<T>::mutate(|params| params.indexes = T::MaxIndexes::get());
		for i in 0..n {
			let (_, hoster) = hosting::<T>(&set, i);
			let mut audit = Audited::<T>::get(&hoster).expect("audited");
			audit.faults = max - 1;
			Pallet::<T>::open_audit(&hoster, &mut audit).expect("opens");
			Audited::<T>::insert(&hoster, audit);
		}
		let window = Parameters::<T>::get().window;
		let deadline = ProofClock::<T>::get().saturating_add(window);
		let at = now.saturating_add(window);
		frame_system::Pallet::<T>::set_block_number(at);
		ProofClock::<T>::put(deadline);
		#[block]
		{
			Pallet::<T>::expire(at, Some(deadline));
		}
		assert_eq!(Evicting::<T>::iter().count() as u32, n);
	}

	/// One hosting settled: its hoster's audits proved time since its mark; the escrow
	/// pays it.
	#[benchmark]
	fn settle() {
		let set = data_set::<T>();
		let (contract, hoster) = hosting::<T>(&set, 0);
		next_block::<T>();
		let now = frame_system::Pallet::<T>::block_number();
		Audited::<T>::mutate(&hoster, |a| {
			if let Some(a) = a {
				a.audits.record(Pallet::<T>::block_u64(now), true);
			}
		});
		#[block]
		{
			Pallet::<T>::settle_entry(contract, &hoster);
		}
		assert!(Earned::<T>::contains_key(&hoster));
	}

	/// One hosting of an evicted hoster: settled, its open extra challenge closed, its
	/// slot freed (the slot whose removal touches the most tree nodes), and repaired.
	#[benchmark]
	fn evict_one() {
		let set = data_set::<T>();
		let (contract, hoster) = hosting::<T>(&set, 0);
		Pallet::<T>::challenge(contract, &hoster).expect("a hosting");
		next_block::<T>();
		let now = frame_system::Pallet::<T>::block_number();
		Audited::<T>::mutate(&hoster, |a| {
			if let Some(a) = a {
				a.audits.record(Pallet::<T>::block_u64(now), true);
			}
		});
		Evicting::<T>::insert(&hoster, ());
		#[block]
		{
			Pallet::<T>::evict(Weight::MAX);
		}
		assert!(Ledger::<T>::get(contract, &hoster).is_none());
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder::build(), crate::mock::Test);
}
