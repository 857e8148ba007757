use crate::{impls::median, mock::*, *};
use codec::Decode;
use datdot_primitives::{
	frames, merkle,
	traits::{HostingObserver, Outcome},
	OcwPublic, OCW_KEY_TYPE,
};
use frame_support::{assert_noop, assert_ok, traits::Hooks, BoundedVec};
use sp_core::offchain::{testing, OffchainDbExt, OffchainWorkerExt, TransactionPoolExt};
use sp_runtime::{
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	DispatchError, DispatchResult, RuntimeAppPublic,
};
use std::sync::Arc;

type Signature = <OcwPublic as RuntimeAppPublic>::Signature;

fn run_to(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Benchmarks::on_initialize(next);
	}
}

/// Keys for the three available attestors.
fn attestor_keys() -> Vec<OcwPublic> {
	ATTESTORS
		.iter()
		.map(|a| {
			let key = OcwPublic::generate_pair(None);
			world(|w| w.keys.insert(key.clone(), *a));
			key
		})
		.collect()
}

fn key_of(who: AccountId, keys: &[OcwPublic]) -> OcwPublic {
	keys[ATTESTORS.iter().position(|a| *a == who).expect("an attestor")].clone()
}

fn signed(key: &OcwPublic, benchmark: BenchmarkId, rating: Rating) -> (Report, Signature) {
	// What the open benchmark under this id asks (none open: nothing).
	let asked = OpenBenchmarks::<Test>::get(benchmark).map(|b| b.digest()).unwrap_or_default();
	let report = Report { benchmark, asked, rating, signer: key.clone() };
	let signature =
		datdot_primitives::signing::sign::<Test>(key, &report).expect("in the keystore");
	(report, signature)
}

fn respond(report: Report, signature: Signature) -> DispatchResult {
	Benchmarks::response(frame_system::RawOrigin::Authorized.into(), report, signature)
}

fn rate(keys: &[OcwPublic], who: AccountId, id: BenchmarkId, rating: Rating) -> DispatchResult {
	let (report, signature) = signed(&key_of(who, keys), id, rating);
	respond(report, signature)
}

fn rating(latency_ms: u32, bandwidth: u64) -> Rating {
	Rating { latency_ms, bandwidth }
}

/// Opens a requested benchmark of hoster 20's contract 0; returns it.
fn requested() -> (BenchmarkId, Benchmark<Test>) {
	assert_ok!(Benchmarks::request(RuntimeOrigin::signed(SPONSOR), 0, HOSTER));
	OpenBenchmarks::<Test>::iter().next().expect("open")
}

fn outcomes_of(who: AccountId) -> Vec<Outcome> {
	world(|w| w.outcomes.iter().filter(|(a, ..)| *a == who).map(|(.., o)| *o).collect())
}

#[test]
fn median_takes_the_middle_and_the_first_of_two_middles() {
	assert_eq!(median::<u32>(vec![]), None);
	assert_eq!(median(vec![7]), Some(7));
	assert_eq!(median(vec![30, 10, 20]), Some(20));
	assert_eq!(median(vec![40, 10, 30, 20]), Some(20));
}

#[test]
fn every_confirmed_hosting_is_benchmarked_each_period_by_available_attestors() {
	ExtBuilder::run(|| {
		add_hosting(0, HOSTER, 0, 0);
		<Benchmarks as HostingObserver<AccountId>>::confirmed(0, &HOSTER);
		let period = Parameters::<Test>::get().period;
		let mut opened = vec![];
		for _ in 0..(2 * period + 2) {
			run_to(System::block_number() + 1);
			if let Some((id, b)) = OpenBenchmarks::<Test>::iter().next() {
				if !opened.iter().any(|(i, _)| *i == id) {
					opened.push((id, System::block_number()));
					let mut named = b.attestors.to_vec();
					named.sort();
					assert_eq!(named, ATTESTORS.to_vec(), "the three available attestors");
					assert_eq!(b.indexes.len(), 2);
					assert!(b.indexes.iter().all(|i| *i < 10));
					System::assert_has_event(
						Event::ProvidePerformanceBenchmark {
							benchmark: id,
							hoster: HOSTER,
							contract: 0,
							attestors: b.attestors.clone(),
							indexes: b.indexes.clone(),
							deadline: b.deadline,
						}
						.into(),
					);
				}
			}
		}
		assert_eq!(opened.len(), 2, "one benchmark per period");
		assert_eq!(opened[1].1 - opened[0].1, period);
		// Nobody answered: each lapsed at its deadline and cost the attestors.
		System::assert_has_event(Event::BenchmarkLapsed { benchmark: opened[0].0 }.into());
		assert!(outcomes_of(HOSTER).is_empty(), "no rating, nothing recorded for the hoster");
		assert!(outcomes_of(ATTESTORS[0]).contains(&Outcome::Failure(1)));
		// The hosting ends: no benchmark after the one scheduled.
		world(|w| w.hostings.clear());
		let next = NextBenchmarkId::<Test>::get();
		run_to(System::block_number() + 2 * period);
		assert_eq!(NextBenchmarkId::<Test>::get(), next);
		assert_eq!(Due::<Test>::iter().count(), 0, "not scheduled again");
	});
}

#[test]
fn the_median_rating_meets_the_plan_and_raises_reputation() {
	ExtBuilder::run(|| {
		add_hosting(0, HOSTER, 1_000, 100);
		let keys = attestor_keys();
		let (id, b) = requested();
		let treasury = Balances::free_balance(Treasury::get());
		assert_eq!(treasury, 1 + Parameters::<Test>::get().request_fee);
		let [a, c, d] = [b.attestors[0], b.attestors[1], b.attestors[2]];
		assert_ok!(rate(&keys, a, id, rating(10, 5_000)));
		System::assert_last_event(
			Event::Rated { benchmark: id, attestor: a, rating: rating(10, 5_000) }.into(),
		);
		assert_ok!(rate(&keys, c, id, rating(50, 1_000)));
		assert!(OpenBenchmarks::<Test>::contains_key(id), "open until the last rating");
		// The third could not fetch: whatever it claims, it counts as unreachable.
		assert_ok!(rate(&keys, d, id, rating(u32::MAX, 9_999)));
		let median = rating(50, 1_000);
		System::assert_last_event(
			Event::PerformanceMeasured {
				benchmark: id,
				hoster: HOSTER,
				contract: 0,
				median,
				ratings: 3,
				meets: true,
			}
			.into(),
		);
		assert!(!OpenBenchmarks::<Test>::contains_key(id), "closed by the last rating");
		assert!(!OpenFor::<Test>::contains_key(0, HOSTER));
		assert!(!Deadlines::<Test>::get(b.deadline).contains(&id));
		assert_eq!(outcomes_of(HOSTER), vec![Outcome::Success(1)]);
		for attestor in ATTESTORS {
			assert_eq!(outcomes_of(attestor), vec![Outcome::Success(1)]);
		}
		assert_eq!(
			LastMeasured::<Test>::get(HOSTER),
			Some(Measurement { at: 1, contract: 0, median, meets: true })
		);
		// A second rating, and a late one, change nothing.
		assert_noop!(rate(&keys, a, id, rating(1, 1)), Error::<Test>::BenchmarkNotFound);
	});
}

#[test]
fn a_hoster_below_the_plan_or_unreachable_loses_reputation() {
	ExtBuilder::run(|| {
		add_hosting(0, HOSTER, 2_000, 100);
		let keys = attestor_keys();
		// Too slow for the plan's bandwidth.
		let (id, b) = requested();
		for who in b.attestors.iter() {
			assert_ok!(rate(&keys, *who, id, rating(20, 1_500)));
		}
		System::assert_last_event(
			Event::PerformanceMeasured {
				benchmark: id,
				hoster: HOSTER,
				contract: 0,
				median: rating(20, 1_500),
				ratings: 3,
				meets: false,
			}
			.into(),
		);
		// Most attestors could not fetch at all.
		let (id, b) = requested();
		assert_ok!(rate(&keys, b.attestors[0], id, rating(5, 1_000_000)));
		assert_ok!(rate(&keys, b.attestors[1], id, Rating::UNREACHABLE));
		assert_ok!(rate(&keys, b.attestors[2], id, Rating::UNREACHABLE));
		System::assert_last_event(
			Event::PerformanceMeasured {
				benchmark: id,
				hoster: HOSTER,
				contract: 0,
				median: Rating::UNREACHABLE,
				ratings: 3,
				meets: false,
			}
			.into(),
		);
		assert_eq!(outcomes_of(HOSTER), vec![Outcome::Failure(1), Outcome::Failure(1)]);
	});
}

#[test]
fn at_the_deadline_the_ratings_received_count_and_silent_attestors_lose() {
	ExtBuilder::run(|| {
		let (keys, id, b, answering) = rated_by_one();
		run_to(b.deadline - 1);
		assert!(OpenBenchmarks::<Test>::contains_key(id), "open until its deadline");
		run_to(b.deadline);
		System::assert_last_event(
			Event::PerformanceMeasured {
				benchmark: id,
				hoster: HOSTER,
				contract: 0,
				median: rating(30, 4_000),
				ratings: 1,
				meets: true,
			}
			.into(),
		);
		for who in b.attestors.iter() {
			let expected =
				if *who == answering { Outcome::Success(1) } else { Outcome::Failure(1) };
			assert_eq!(outcomes_of(*who), vec![expected]);
		}
		// Late: the benchmark closed.
		assert_noop!(
			rate(&keys, b.attestors[0], id, rating(1, 1)),
			Error::<Test>::BenchmarkNotFound
		);
	});
}

#[test]
fn ratings_are_refused_from_the_wrong_signer_twice_or_forged() {
	ExtBuilder::run(|| {
		add_hosting(0, HOSTER, 0, 0);
		let keys = attestor_keys();
		// Attestor 13 is signed off: never named; its key rates nothing.
		let signed_off = OcwPublic::generate_pair(None);
		world(|w| w.keys.insert(signed_off.clone(), PAUSED));
		let (id, b) = requested();
		assert!(!b.attestors.contains(&PAUSED));
		let (report, signature) = signed(&signed_off, id, rating(1, 1));
		assert_noop!(respond(report, signature), Error::<Test>::NotNamed);
		let stranger = OcwPublic::generate_pair(None);
		let (report, signature) = signed(&stranger, id, rating(1, 1));
		assert_noop!(respond(report, signature), Error::<Test>::NotNamed);
		// Signed by one attestor, claiming another's key.
		let (mut report, signature) = signed(&keys[0], id, rating(1, 1));
		report.signer = keys[1].clone();
		assert_noop!(respond(report, signature), Error::<Test>::BadSignature);
		let (report, signature) = signed(&keys[0], id + 1, rating(1, 1));
		assert_noop!(respond(report, signature), Error::<Test>::BenchmarkNotFound);
		// Measured on another fork, where the block that opened benchmark `id` named
		// another hoster: stale here, never counted for this hoster.
		let named = b.attestors[0];
		let mut elsewhere = b.clone();
		elsewhere.hoster = HOSTER + 1;
		let (mut report, _) = signed(&key_of(named, &keys), id, rating(1, 1));
		report.asked = elsewhere.digest();
		let signature =
			datdot_primitives::signing::sign::<Test>(&key_of(named, &keys), &report).unwrap();
		assert_eq!(
			Benchmarks::authorize_response(&report, &signature).map(|_| ()),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Stale))
		);
		assert_noop!(respond(report, signature), Error::<Test>::WrongBenchmark);
		assert_ok!(rate(&keys, ATTESTORS[0], id, rating(1, 1)));
		assert_noop!(rate(&keys, ATTESTORS[0], id, rating(1, 1)), Error::<Test>::AlreadyRated);
		// The pool turns the same refusals away before they reach a block.
		let (report, signature) = signed(&keys[0], id, rating(1, 1));
		assert_eq!(
			Benchmarks::authorize_response(&report, &signature).map(|_| ()),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Stale))
		);
		let (report, signature) = signed(&stranger, id, rating(1, 1));
		assert_eq!(
			Benchmarks::authorize_response(&report, &signature).map(|_| ()),
			Err(TransactionValidityError::Invalid(InvalidTransaction::BadSigner))
		);
		let (report, signature) = signed(&keys[1], id, rating(1, 1));
		assert!(Benchmarks::authorize_response(&report, &signature).is_ok());
		// Only the runtime may dispatch a response.
		assert_noop!(
			Benchmarks::response(RuntimeOrigin::signed(ATTESTORS[1]), report, signature),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn request_checks_the_hosting_the_fee_and_the_attestors() {
	ExtBuilder::run(|| {
		assert_noop!(
			Benchmarks::request(RuntimeOrigin::signed(SPONSOR), 0, HOSTER),
			Error::<Test>::NoSuchHosting
		);
		add_hosting(0, HOSTER, 0, 0);
		assert_noop!(
			Benchmarks::request(RuntimeOrigin::signed(77), 0, HOSTER),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(Benchmarks::request(RuntimeOrigin::signed(SPONSOR), 0, HOSTER));
		assert_noop!(
			Benchmarks::request(RuntimeOrigin::signed(SPONSOR), 0, HOSTER),
			Error::<Test>::AlreadyOpen
		);
		// A hoster that is the only available attestor cannot be measured.
		add_hosting(1, ATTESTORS[0], 0, 0);
		world(|w| w.attestors.retain(|(a, _)| *a == ATTESTORS[0] || *a == PAUSED));
		assert_noop!(
			Benchmarks::request(RuntimeOrigin::signed(SPONSOR), 1, ATTESTORS[0]),
			Error::<Test>::NoAttestors
		);
	});
}

#[test]
fn request_fails_cleanly_when_ids_or_deadlines_run_out() {
	ExtBuilder::run(|| {
		add_hosting(0, HOSTER, 0, 0);
		NextBenchmarkId::<Test>::put(u64::MAX);
		assert_noop!(
			Benchmarks::request(RuntimeOrigin::signed(SPONSOR), 0, HOSTER),
			Error::<Test>::Overflow
		);
		NextBenchmarkId::<Test>::put(0);
		// Every block a deadline could go to is full.
		let window = Parameters::<Test>::get().window;
		for b in 0..40 {
			Deadlines::<Test>::insert(
				1 + window + b,
				BoundedVec::<BenchmarkId, ConstU32<4>>::truncate_from(vec![0; 4]),
			);
		}
		assert_noop!(
			Benchmarks::request(RuntimeOrigin::signed(SPONSOR), 0, HOSTER),
			Error::<Test>::TooManyBenchmarks
		);
		let _ = Deadlines::<Test>::clear(u32::MAX, None);
	});
}

use frame_support::traits::ConstU32;

#[test]
fn set_params_checks_origin_and_range() {
	ExtBuilder::run(|| {
		let mut p = Parameters::<Test>::get();
		p.attestors = 5;
		p.samples = 4;
		assert_noop!(
			Benchmarks::set_params(RuntimeOrigin::signed(SPONSOR), p.clone()),
			DispatchError::BadOrigin
		);
		for bad in [
			Params { attestors: 0, ..p.clone() },
			Params { attestors: 6, ..p.clone() },
			Params { samples: 0, ..p.clone() },
			Params { samples: 5, ..p.clone() },
			Params { period: 0, ..p.clone() },
			Params { window: 0, ..p.clone() },
		] {
			assert_noop!(
				Benchmarks::set_params(RuntimeOrigin::root(), bad),
				Error::<Test>::BadParams
			);
		}
		assert_ok!(Benchmarks::set_params(RuntimeOrigin::root(), p.clone()));
		System::assert_last_event(Event::ParamsSet { params: p.clone() }.into());
		assert_eq!(Parameters::<Test>::get(), p);
	});
}

/// The hoster's node answering `datdot_chunk` for `indexes` with `frame_of(index)`.
fn fetches(
	root: &[u8; 32],
	indexes: &[u32],
	frame_of: impl Fn(u32) -> Vec<u8>,
) -> Vec<testing::PendingRequest> {
	let hex = |b: &[u8]| b.iter().map(|b| format!("{b:02x}")).collect::<String>();
	indexes
		.iter()
		.map(|i| testing::PendingRequest {
			method: "POST".into(),
			uri: String::from_utf8(ENDPOINT.to_vec()).unwrap(),
			headers: vec![("Content-Type".into(), "application/json".into())],
			body: format!(
				r#"{{"jsonrpc":"2.0","id":1,"method":"datdot_chunk","params":["0x{}",{i}]}}"#,
				hex(root)
			)
			.into_bytes(),
			response: Some(
				format!(r#"{{"jsonrpc":"2.0","result":"0x{}","id":1}}"#, hex(&frame_of(*i)))
					.into_bytes(),
			),
			sent: true,
			..Default::default()
		})
		.collect()
}

#[test]
fn the_worker_times_verified_chunks_and_rates_once_across_restarts() {
	let mut ext = ExtBuilder::build();
	let (offchain, state) = testing::TestOffchainExt::new();
	let (pool, pool_state) = testing::TestTransactionPoolExt::new();
	ext.register_extension(OffchainDbExt::new(offchain.clone()));
	ext.register_extension(OffchainWorkerExt::new(offchain));
	ext.register_extension(TransactionPoolExt::new(pool));
	let keystore = sp_keystore::testing::MemoryKeystore::new();
	let public =
		sp_keystore::Keystore::sr25519_generate_new(&keystore, OCW_KEY_TYPE, None).unwrap();
	ext.register_extension(sp_keystore::KeystoreExt(Arc::new(keystore)));
	ext.execute_with(|| {
		add_hosting(0, HOSTER, 0, 0);
		let data = chunks();
		let root = root_of(&data);
		let leaves: Vec<[u8; 32]> = data.iter().map(|c| merkle::leaf_hash(c)).collect();
		let frame_of =
			|i: u32| frames::encode(&data[i as usize], &merkle::proof(&leaves, i).unwrap());
		// This node holds attestor 11's key.
		world(|w| w.keys.insert(OcwPublic::from(public), ATTESTORS[1]));
		let (id, b) = requested();
		// The hoster's node serves no data plane (it says so once, and the answer is
		// kept): the chunks come over JSON-RPC.
		state.write().expect_request(testing::PendingRequest {
			method: "POST".into(),
			uri: String::from_utf8(ENDPOINT.to_vec()).unwrap(),
			headers: vec![("Content-Type".into(), "application/json".into())],
			body: br#"{"jsonrpc":"2.0","id":1,"method":"datdot_dataPlane","params":[]}"#.to_vec(),
			response: Some(br#"{"jsonrpc":"2.0","result":null,"id":1}"#.to_vec()),
			sent: true,
			..Default::default()
		});
		for request in fetches(&root, &b.indexes, frame_of) {
			state.write().expect_request(request);
		}
		ocw::run::<Test>(1);
		// Run again, as a restarted node would: nothing new is sent (and nothing fetched:
		// an unexpected request would fail the test).
		ocw::run::<Test>(1);
		assert_eq!(pool_state.read().transactions.len(), 1, "one rating, not two");
		let xt = UncheckedExtrinsic::decode(&mut &pool_state.read().transactions[0][..]).unwrap();
		let RuntimeCall::Benchmarks(Call::response { report, signature }) = xt.function else {
			panic!("a response")
		};
		assert_eq!(report.benchmark, id);
		let bytes: u64 = b.indexes.iter().map(|i| frame_of(*i).len() as u64).sum();
		// The test clock stands still: the fetch counts as 1 ms.
		assert_eq!(report.rating, rating(0, bytes * 1_000));
		assert_ok!(respond(report, signature));
		// Rated: a later run sends nothing more.
		ocw::run::<Test>(1 + ocw::RESEND_AFTER as u64);
		assert_eq!(pool_state.read().transactions.len(), 1);

		// A hoster that serves a wrong chunk is rated unreachable.
		add_hosting(1, HOSTER + 1, 0, 0);
		assert_ok!(Benchmarks::request(RuntimeOrigin::signed(SPONSOR), 1, HOSTER + 1));
		let (id, b) = OpenBenchmarks::<Test>::iter().find(|(_, b)| b.contract == 1).unwrap();
		assert!(b.attestors.contains(&ATTESTORS[1]));
		for request in fetches(&root, &b.indexes[..1], |i| frame_of((i + 1) % 10)) {
			state.write().expect_request(request);
		}
		ocw::run::<Test>(2);
		let xt = UncheckedExtrinsic::decode(&mut &pool_state.read().transactions[1][..]).unwrap();
		let RuntimeCall::Benchmarks(Call::response { report, .. }) = xt.function else {
			panic!("a response")
		};
		assert_eq!((report.benchmark, report.rating), (id, Rating::UNREACHABLE));
		Benchmarks::do_try_state().expect("invariants hold");
	});
}

#[test]
fn a_paused_plan_is_not_benchmarked_and_is_again_once_resumed() {
	ExtBuilder::run(|| {
		add_hosting(0, HOSTER, 0, 0);
		<Benchmarks as HostingObserver<AccountId>>::confirmed(0, &HOSTER);
		world(|w| w.plans.get_mut(&0).unwrap().running = false);
		let period = Parameters::<Test>::get().period;
		run_to(System::block_number() + 2 * period + 1);
		assert_eq!(NextBenchmarkId::<Test>::get(), 0, "no benchmark while paused");
		assert_eq!(Scheduled::<Test>::iter().count(), 1, "still scheduled");
		world(|w| w.plans.get_mut(&0).unwrap().running = true);
		run_to(System::block_number() + period);
		assert_eq!(NextBenchmarkId::<Test>::get(), 1, "benchmarked within a period of the resume");
	});
}

#[test]
fn an_ended_hosting_closes_its_benchmark_with_no_effect_on_anyone() {
	ExtBuilder::run(|| {
		let keys = attestor_keys();
		add_hosting(0, HOSTER, 0, 0);
		<Benchmarks as HostingObserver<AccountId>>::confirmed(0, &HOSTER);
		let (id, b) = requested();
		assert_ok!(rate(&keys, b.attestors[0], id, rating(10, 1_000_000)));
		world(|w| w.hostings.clear());
		<Benchmarks as HostingObserver<AccountId>>::ended(0, &HOSTER);
		System::assert_last_event(Event::BenchmarkClosed { benchmark: id }.into());
		assert!(OpenBenchmarks::<Test>::get(id).is_none());
		assert!(OpenFor::<Test>::get(0, HOSTER).is_none());
		assert_eq!(Scheduled::<Test>::iter().count(), 0);
		assert_eq!(Due::<Test>::iter_values().map(|l| l.len()).sum::<usize>(), 0);
		run_to(b.deadline + 1);
		assert!(world(|w| w.outcomes.is_empty()), "no reputation moved for anyone");
		assert_eq!(
			rate(&keys, b.attestors[1], id, rating(10, 1_000_000)),
			Err(Error::<Test>::BenchmarkNotFound.into())
		);
	});
}

/// A full block in the benchmark's window may have crowded the missing ratings out:
/// the ratings received count, and the attestors that sent none are not counted silent.
#[test]
fn a_full_block_in_the_window_excuses_the_missing_ratings() {
	ExtBuilder::run(|| {
		let (_, id, b, answering) = rated_by_one();
		LastCongested::set(Some(b.deadline - 1));
		run_to(b.deadline);
		assert!(!OpenBenchmarks::<Test>::contains_key(id));
		for who in b.attestors.iter() {
			let expected = if *who == answering { vec![Outcome::Success(1)] } else { vec![] };
			assert_eq!(outcomes_of(*who), expected);
		}
		assert_eq!(outcomes_of(HOSTER), vec![Outcome::Success(1)], "the hoster is measured");
	});
}

/// A requested benchmark of the hoster's contract 0, rated by one of its attestors
/// (30 ms, 4,000 B/s): the keys, the benchmark and that attestor.
fn rated_by_one() -> (Vec<OcwPublic>, BenchmarkId, Benchmark<Test>, AccountId) {
	add_hosting(0, HOSTER, 0, 0);
	let keys = attestor_keys();
	let (id, b) = requested();
	let answering = b.attestors[1];
	assert_ok!(rate(&keys, answering, id, rating(30, 4_000)));
	(keys, id, b, answering)
}
