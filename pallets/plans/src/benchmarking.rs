//! Benchmarks (frame-benchmarking v2), at the worst case of every bound: every data
//! set slot used and signed, every range slot used, a full queue.
use super::*;
use alloc::vec;
use datdot_primitives::{
	traits::{PlanId, RoleProvider},
	Geohash, Role, MAX_FORM_REGIONS, MAX_GEOHASH_LEN,
};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, Get},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::traits::Saturating;

fn sponsor<T: Config>(name: &'static str, index: u32) -> T::AccountId
where
	T::Currency: Mutate<T::AccountId>,
{
	let who: T::AccountId = account(name, index, 0);
	T::Currency::set_balance(
		&who,
		BalanceOf::<T>::from(u32::MAX).saturating_mul(1_000_000u32.into()),
	);
	T::Roles::ensure_role(&who, Role::Sponsor);
	who
}

/// The largest terms: every data set signed (ed25519 checks are the dear part).
fn terms<T: Config>(end: u32) -> TermsOf<T> {
	let key = sp_io::crypto::ed25519_generate(sp_core::crypto::KeyTypeId(*b"bnch"), None);
	let datasets: alloc::vec::Vec<DatasetOf<T>> = (0..T::MaxDatasets::get())
		.map(|i| {
			let root = [i as u8; 32];
			let chunks = 1_000u32;
			let signature = sp_io::crypto::ed25519_sign(
				sp_core::crypto::KeyTypeId(*b"bnch"),
				&key,
				&FeedSignature::message(&root, chunks),
			)
			.expect("key just generated");
			let mut source = b"http://".to_vec();
			source.resize(T::MaxUrlLen::get() as usize, b'a');
			Dataset {
				root,
				chunks,
				chunk_size: T::MaxChunkSize::get(),
				source: BoundedVec::truncate_from(source),
				feed: Some(FeedSignature { key: key.0, signature: signature.0 }),
			}
		})
		.collect();
	let ranges: alloc::vec::Vec<ChunkRange> = (0..T::MaxRanges::get())
		.map(|i| ChunkRange { dataset: i % T::MaxDatasets::get(), start: 0, end: 1 })
		.collect();
	PlanTerms {
		datasets: BoundedVec::truncate_from(datasets),
		ranges: BoundedVec::truncate_from(ranges),
		replication: T::MaxReplication::get(),
		regions: BoundedVec::truncate_from(vec![
			Geohash::truncate_from(vec![
				b'u';
				MAX_GEOHASH_LEN
					as usize
			]);
			MAX_FORM_REGIONS as usize
		]),
		start: 2u32.into(),
		end: end.into(),
		price: 1u32.into(),
		min_reputation: 0,
		performance: Performance::default(),
	}
}

/// Fills the queue up to one short of its bound, each plan ending at its own block.
fn fill_queue<T: Config>(leave_free: u32) -> T::AccountId
where
	T::Currency: Mutate<T::AccountId>,
{
	let mut last = sponsor::<T>("filler", 0);
	let per_sponsor = T::MaxPlansPerSponsor::get();
	for i in 0..T::MaxQueue::get().saturating_sub(leave_free) {
		if i % per_sponsor == 0 {
			last = sponsor::<T>("filler", i / per_sponsor + 1);
		}
		Pallet::<T>::do_subscribe(last.clone(), terms::<T>(1_000 + i)).expect("room left");
	}
	last
}

fn subscribed<T: Config>() -> (T::AccountId, PlanId)
where
	T::Currency: Mutate<T::AccountId>,
{
	let who = sponsor::<T>("caller", 0);
	Pallet::<T>::do_subscribe(who.clone(), terms::<T>(100)).expect("funded sponsor");
	(who, NextPlanId::<T>::get() - 1)
}

#[benchmarks(where T::Currency: Mutate<T::AccountId>)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn subscribe() {
		fill_queue::<T>(1);
		let who = sponsor::<T>("caller", 0);
		let t = terms::<T>(100);
		#[extrinsic_call]
		_(RawOrigin::Signed(who), t);
		assert_eq!(Queue::<T>::get().len() as u32, T::MaxQueue::get());
	}

	#[benchmark]
	fn update() {
		fill_queue::<T>(1);
		let (who, plan) = subscribed::<T>();
		let changes = PlanChanges {
			ranges: Some(terms::<T>(100).ranges),
			replication: Some(1),
			end: Some(200u32.into()),
			price: Some(2u32.into()),
		};
		#[extrinsic_call]
		_(RawOrigin::Signed(who), plan, changes);
		assert_eq!(Plans::<T>::get(plan).map(|p| p.terms.replication), Some(1));
	}

	#[benchmark]
	fn pause() {
		let (who, plan) = subscribed::<T>();
		Plans::<T>::mutate(plan, |p| p.as_mut().map(|p| p.status = PlanStatus::Active));
		#[extrinsic_call]
		_(RawOrigin::Signed(who), plan);
		assert!(matches!(Plans::<T>::get(plan).map(|p| p.status), Some(PlanStatus::Paused(_))));
	}

	#[benchmark]
	fn resume() {
		let (who, plan) = subscribed::<T>();
		Plans::<T>::mutate(plan, |p| {
			p.as_mut().map(|p| p.status = PlanStatus::Paused(1u32.into()))
		});
		#[extrinsic_call]
		_(RawOrigin::Signed(who), plan);
		assert_eq!(Plans::<T>::get(plan).map(|p| p.status), Some(PlanStatus::Active));
	}

	#[benchmark]
	fn unsubscribe() {
		fill_queue::<T>(1);
		let (who, plan) = subscribed::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(who), plan);
		assert!(Plans::<T>::get(plan).is_none());
	}

	#[benchmark]
	fn on_initialize_start(n: Linear<0, { T::MaxStartsPerBlock::get() }>) {
		fill_queue::<T>(0);
		let now: BlockNumberFor<T> = 2u32.into();
		// Let only `n` of the queued plans be due.
		Queue::<T>::mutate(|q| {
			for (i, e) in q.iter_mut().enumerate() {
				if i as u32 >= n {
					e.start = 1_000u32.into();
				}
			}
		});
		#[block]
		{
			Pallet::<T>::start_due(now);
		}
		assert_eq!(Queue::<T>::get().len() as u32, T::MaxQueue::get() - n);
	}

	#[benchmark]
	fn on_initialize_end(n: Linear<0, { T::MaxEndsPerBlock::get() }>) {
		let end: BlockNumberFor<T> = 100u32.into();
		// The hosting side's work is measured by its own benchmark and charged on top.
		for i in 0..n {
			let t = PlanTerms { replication: 1, ..terms::<T>(100) };
			Pallet::<T>::do_subscribe(sponsor::<T>("ender", i), t).expect("funded");
		}
		#[block]
		{
			Pallet::<T>::end_due(end);
		}
		assert!(Endings::<T>::get(end).is_empty());
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
