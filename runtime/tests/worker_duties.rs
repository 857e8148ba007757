//! A node's off-chain workers read their own duties, not the network's: how long one
//! block's worker run takes on a node whose keys (Bob, an attestor and hoster, and
//! Eve, a hoster) have no duty among N other hosters' contracts, each with an open
//! challenge, a pending setup check and an open benchmark owed by other attestors; and
//! how long Bob's worker takes when he is drawn for every round that may be open at
//! once, among 1,000 or 10,000 active hosters. Run by `scripts/worker-scale.sh`; prints
//! the figures and the lines `WORKER_SCALE_RESULT <json>` and `ATTESTOR_SCALE_RESULT
//! <json>`.
//!
//! The state lives in the test externalities' in-memory overlay, so the figures are
//! lower bounds of a node's (whose database reads cost more); what they show is how
//! the worker's time grows with N.
use datdot_primitives::OCW_KEY_TYPE;
use datdot_runtime::{genesis_config_presets, AccountId, Runtime};
use frame_support::BoundedVec;
use sp_core::offchain::{testing, OffchainDbExt, OffchainWorkerExt, TransactionPoolExt};
use sp_keyring::Sr25519Keyring;
use std::{sync::Arc, time::Instant};

/// The development chain's genesis, with off-chain extensions and a keystore holding
/// Bob's and Eve's `ddot` keys (their profiles name their dev keys).
fn node() -> sp_io::TestExternalities {
	let storage = datdot_runtime::testing::genesis_storage(genesis_config_presets::DEVELOPMENT);
	let mut ext = sp_io::TestExternalities::new(storage);
	let (offchain, _) = testing::TestOffchainExt::new();
	let (pool, _) = testing::TestTransactionPoolExt::new();
	ext.register_extension(OffchainDbExt::new(offchain.clone()));
	ext.register_extension(OffchainWorkerExt::new(offchain));
	ext.register_extension(TransactionPoolExt::new(pool));
	let keystore = sp_keystore::testing::MemoryKeystore::new();
	for k in [Sr25519Keyring::Bob, Sr25519Keyring::Eve] {
		sp_keystore::Keystore::sr25519_generate_new(&keystore, OCW_KEY_TYPE, Some(&k.to_seed()))
			.unwrap();
	}
	ext.register_extension(sp_keystore::KeystoreExt(Arc::new(keystore)));
	ext
}

fn account(tag: u8, i: u32) -> AccountId {
	let mut raw = [tag; 32];
	raw[..4].copy_from_slice(&i.to_le_bytes());
	AccountId::from(raw)
}

/// `n` contracts of other hosters, each with an open challenge, a setup check owed by
/// another attestor and an open benchmark rated by other attestors.
fn fill(n: u32) {
	for i in 0..n {
		let (contract, hoster, attestor) = (i as u64, account(1, i), account(2, i));
		pallet_hosting::HosterContracts::<Runtime>::insert(&hoster, contract, ());
		pallet_proofs::Challenges::<Runtime>::insert(
			contract,
			pallet_proofs::Challenge {
				hoster: hoster.clone(),
				pieces: BoundedVec::truncate_from(vec![pallet_proofs::Piece {
					contract,
					index: 0,
					segment: 0,
				}]),
				deadline: 1_000,
				requested: false,
			},
		);
		pallet_proofs::OpenByHoster::<Runtime>::insert(&hoster, contract, ());
		pallet_proofs::Audited::<Runtime>::insert(
			&hoster,
			pallet_proofs::HosterAudit { open: Some(contract), ..Default::default() },
		);
		pallet_proofs::Ledger::<Runtime>::insert(
			contract,
			&hoster,
			pallet_proofs::LedgerEntry::default(),
		);
		pallet_hosting::PendingSetups::<Runtime>::insert(
			contract,
			&hoster,
			pallet_hosting::SetupCheck {
				checkers: BoundedVec::truncate_from(vec![(attestor.clone(), None)]),
				deadline: 1_000,
				fail_after: 1 + <Runtime as pallet_hosting::Config>::SetupTimeout::get() / 2,
			},
		);
		pallet_hosting::CheckerSetups::<Runtime>::insert(&attestor, (contract, hoster.clone()), ());
		pallet_benchmarks::OpenBenchmarks::<Runtime>::insert(
			contract,
			pallet_benchmarks::Benchmark {
				hoster: hoster.clone(),
				contract,
				attestors: BoundedVec::truncate_from(vec![attestor.clone()]),
				indexes: BoundedVec::truncate_from(vec![0]),
				ratings: BoundedVec::new(),
				deadline: 1_000,
			},
		);
		pallet_benchmarks::AttestorBenchmarks::<Runtime>::insert(&attestor, contract, ());
	}
}

/// Milliseconds `f` takes, the least of `runs` runs.
fn millis(runs: u32, mut f: impl FnMut()) -> f64 {
	(0..runs)
		.map(|_| {
			let started = Instant::now();
			f();
			started.elapsed().as_secs_f64() * 1_000.0
		})
		.fold(f64::MAX, f64::min)
}

#[test]
#[ignore = "a measurement, run by scripts/worker-scale.sh"]
fn a_workers_time_does_not_grow_with_the_network() {
	let mut rows = Vec::new();
	for n in [1_000u32, 10_000, 100_000] {
		let (workers, scan) = node().execute_with(|| {
			fill(n);
			let workers = millis(5, || {
				pallet_proofs::ocw::run::<Runtime>(10);
				pallet_hosting::ocw::run::<Runtime>(10);
				pallet_benchmarks::ocw::run::<Runtime>(10);
			});
			// What the workers read before the indexes: every open challenge, pending
			// setup and open benchmark on chain, each decoded.
			let scan = millis(1, || {
				let c = pallet_proofs::Challenges::<Runtime>::iter().count();
				let s = pallet_hosting::PendingSetups::<Runtime>::iter().count();
				let b = pallet_benchmarks::OpenBenchmarks::<Runtime>::iter().count();
				assert_eq!((c, s, b), (n as usize, n as usize, n as usize));
			});
			(workers, scan)
		});
		println!(
			"{n:>7} contracts on chain: the node's workers {workers:.3} ms a block; \
			 reading every challenge, setup and benchmark (the old scan) {scan:.1} ms"
		);
		rows.push(format!(r#"{{"contracts":{n},"workers_ms":{workers:.3},"scan_ms":{scan:.1}}}"#));
	}
	println!("WORKER_SCALE_RESULT {{\"sizes\":[{}]}}", rows.join(","));
}

/// The worst case of matching for one attestor: Bob drawn for every round that may be
/// open at once (`MaxOpenRounds`), each ranking its `MatchCandidates` candidates drawn
/// from the active hosters, `hosters` of them in all (the genesis ones included; at
/// most `MaxMembersPerRole`). Returns the worker's time for the block that reports in
/// all of them, the time ranking every hoster in every round would take, and the
/// reports sent.
#[cfg(feature = "runtime-benchmarks")]
fn attest_every_round(hosters: u32) -> (f64, f64, usize) {
	use datdot_primitives::traits::RoleProvider;
	use frame_support::traits::Get;
	type Cfg = <Runtime as pallet_hosting::Config>::MaxOpenRounds;
	type Candidates = <Runtime as pallet_hosting::Config>::MatchCandidates;
	let (pool, pool_state) = testing::TestTransactionPoolExt::new();
	let mut ext = node();
	ext.register_extension(TransactionPoolExt::new(pool));
	ext.execute_with(|| {
		let genesis = pallet_roles::MemberCount::<Runtime>::get(datdot_primitives::Role::Hoster);
		let all: Vec<AccountId> = (0..hosters - genesis).map(|i| account(3, i)).collect();
		for h in all.iter() {
			<datdot_runtime::configs::ProofsBenchmarkHelper as pallet_proofs::BenchmarkHelper<
				AccountId,
			>>::fund(h);
			datdot_runtime::Roles::ensure_role(h, datdot_primitives::Role::Hoster);
		}
		let sponsor = account(4, 0);
		<datdot_runtime::configs::ProofsBenchmarkHelper as pallet_proofs::BenchmarkHelper<
			AccountId,
		>>::fund(&sponsor);
		let plan = datdot_runtime::Plans::benchmark_plan_of(&sponsor, [7; 32], 1_024, 1_024, 2, 1);
		let bob: AccountId = Sr25519Keyring::Bob.to_account_id();
		let rounds = Cfg::get();
		let mut open = Vec::new();
		for r in 0..rounds {
			let id = 1_000_000 + r as u64;
			pallet_hosting::Contracts::<Runtime>::insert(
				id,
				pallet_hosting::Contract {
					plan,
					dataset: 0,
					start: r * 4,
					end: r * 4 + 4,
					bytes: 4 * 1_024,
					hosters: BoundedVec::new(),
					status: pallet_hosting::ContractStatus::Matching,
					round: Some(id),
					since: 1,
					failed: BoundedVec::new(),
					unanswered: 0,
				},
			);
			let seed = sp_io::hashing::blake2_256(&id.to_le_bytes());
			pallet_hosting::Rounds::<Runtime>::insert(
				id,
				pallet_hosting::Round {
					contract: id,
					seed,
					wanted: 2,
					attestors: BoundedVec::truncate_from(vec![bob.clone()]),
					deadline: 1_000,
				},
			);
			// The round's candidates: a random draw from every active hoster.
			let drawn = (0..Candidates::get())
				.map(|k| {
					let pick = sp_io::hashing::blake2_256(&codec::Encode::encode(&(seed, k)));
					all[u32::from_le_bytes(pick[..4].try_into().unwrap()) as usize % all.len()]
						.clone()
				})
				.collect::<Vec<_>>();
			pallet_hosting::RoundCandidates::<Runtime>::insert(
				id,
				BoundedVec::truncate_from(drawn),
			);
			open.push(id);
		}
		pallet_hosting::OpenRounds::<Runtime>::put(BoundedVec::truncate_from(open.clone()));
		assert_eq!(
			pallet_roles::MemberCount::<Runtime>::get(datdot_primitives::Role::Hoster),
			hosters
		);
		let worker = millis(1, || pallet_hosting::ocw::run::<Runtime>(10));
		let sent = pool_state.read().transactions.len();
		// Ranking every active hoster in every round instead of the round's candidates.
		let all_ranked = millis(1, || {
			for id in open.iter() {
				let seed = pallet_hosting::Rounds::<Runtime>::get(id).unwrap().seed;
				let chosen = pallet_hosting::rules::select(&seed, all.iter().cloned(), 2);
				assert_eq!(chosen.len(), 2);
			}
		});
		(worker, all_ranked, sent)
	})
}

#[cfg(feature = "runtime-benchmarks")]
#[test]
#[ignore = "a measurement, run by scripts/worker-scale.sh"]
fn an_attestor_in_every_open_round_reports_within_a_block() {
	let rounds = <<Runtime as pallet_hosting::Config>::MaxOpenRounds as frame_support::traits::Get<u32>>::get();
	let mut rows = Vec::new();
	let most = <<Runtime as pallet_roles::Config>::MaxMembersPerRole as frame_support::traits::Get<u32>>::get();
	for hosters in [1_000u32, most] {
		let (worker, all_ranked, sent) = attest_every_round(hosters);
		assert_eq!(sent, rounds as usize, "one match report per round");
		println!(
			"{hosters:>7} active hosters: an attestor drawn for all {rounds} open rounds \
			 reports in all of them in {worker:.1} ms (one block: 6,000 ms); ranking every \
			 hoster in every round instead would take {all_ranked:.0} ms"
		);
		rows.push(format!(
			r#"{{"hosters":{hosters},"rounds":{rounds},"reports":{sent},"worker_ms":{worker:.1},"rank_all_ms":{all_ranked:.0}}}"#
		));
	}
	println!("ATTESTOR_SCALE_RESULT {{\"sizes\":[{}]}}", rows.join(","));
}
