//! What auditing every hoster once a period costs the chain, measured through the real
//! runtime: `hosters` hosters each keeping `contracts` confirmed hostings (1 MiB data
//! sets of 64 KiB chunks, the client's default) are all due at one block; the
//! `ProofsOfStorage` hook opens one challenge per hoster, each hoster's signed,
//! fee-less `response` passes the pool's validation and is applied as an extrinsic, and
//! the settlement sweep (`on_idle`) then pays every hosting what the audits proved. The
//! weight is what the runtime accounts (the hook's, each response's in
//! `frame_system::BlockWeight` after its refund and with the extrinsic's base, the
//! sweep's), the length each response's encoded extrinsic. Each contract is a 64 MiB
//! data set of 1,024 chunks of 64 KiB (the client's default chunk size), so a hoster of
//! 10,000 contracts keeps 625 GiB.
//!
//! Run by `scripts/audit-capacity.sh`, which prints the figures and the line
//! `AUDIT_CAPACITY_RESULT <json>`. The goal: 10,000 hosters audited every hour within
//! 25 % of the blocks' weight and of their length, at 1, 100 and 10,000 contracts per
//! hoster alike.
//!
//! A whole network of 10,000 hosters × 10,000 contracts (10^8 hostings) does not fit
//! in a test's memory: each size measures `sample` hosters with their full
//! `contracts` in state, and the hour's figures scale the measured per-hoster weight
//! and length to 10,000 hosters (one audit per hoster per hour).
#![cfg(feature = "runtime-benchmarks")]

use datdot_primitives::{merkle, traits::HostingObserver, OcwPublic, OCW_KEY_TYPE};
use datdot_runtime::{
	configs::ProofsBenchmarkHelper, genesis_config_presets, AccountId, Executive, Runtime,
	RuntimeCall, System, HOURS,
};
use frame_support::{
	dispatch::DispatchClass,
	traits::{Get, Hooks},
	BoundedVec,
};
use frame_system::offchain::CreateAuthorizedTransaction;
use pallet_proofs::BenchmarkHelper;
use sp_runtime::transaction_validity::TransactionSource;
use std::sync::Arc;

type Proofs = pallet_proofs::Pallet<Runtime>;

/// The client's default chunk size.
const CHUNK: u32 = 64 * 1024;
/// Chunks per data set (and contract): 64 MiB.
const CHUNKS: u32 = 1_024;
/// Hosters audited each hour, the goal's.
const NETWORK: u64 = 10_000;

fn account(tag: u8, i: u32) -> AccountId {
	let mut raw = [tag; 32];
	raw[..4].copy_from_slice(&i.to_le_bytes());
	AccountId::from(raw)
}

/// The data set every hosting keeps (its chunks differ, so paths are real), with its
/// chunks' leaves and its root.
struct DataSet {
	chunks: Vec<Vec<u8>>,
	leaves: Vec<[u8; 32]>,
	root: [u8; 32],
}

impl DataSet {
	fn new() -> Self {
		let chunks: Vec<Vec<u8>> =
			(0..CHUNKS).map(|i| (0..CHUNK).map(|j| (i * 31 + j * 7) as u8).collect()).collect();
		let leaves: Vec<[u8; 32]> = chunks.iter().map(|c| merkle::chunk_leaf(c, CHUNK)).collect();
		let root = merkle::root_of_leaves(&leaves).expect("leaves");
		DataSet { chunks, leaves, root }
	}
}

/// The dev chain's genesis state, with a keystore holding `count` hosters' `ddot` keys
/// (from fixed seeds), and those keys.
fn externalities(count: u32) -> (sp_io::TestExternalities, Vec<OcwPublic>) {
	let storage = datdot_runtime::testing::genesis_storage(genesis_config_presets::DEVELOPMENT);
	let mut ext = sp_io::TestExternalities::new(storage);
	let keystore = sp_keystore::testing::MemoryKeystore::new();
	let keys = (0..count)
		.map(|i| {
			let seed = format!("//datdot//hoster//{i}");
			sp_keystore::Keystore::sr25519_generate_new(&keystore, OCW_KEY_TYPE, Some(&seed))
				.expect("a key")
				.into()
		})
		.collect();
	ext.register_extension(sp_keystore::KeystoreExt(Arc::new(keystore)));
	(ext, keys)
}

/// Puts `hosters` in `Due` at `at`, as their next audit.
fn due_at(at: u32, hosters: &[AccountId]) {
	pallet_proofs::Due::<Runtime>::insert(at, BoundedVec::truncate_from(hosters.to_vec()));
	for hoster in hosters {
		pallet_proofs::Audited::<Runtime>::mutate(hoster, |a| {
			a.as_mut().expect("audited").due = at
		});
	}
}

/// How many of this block's events are `ProofsOfStorage` events that `which` picks.
fn proofs_events(which: fn(&pallet_proofs::Event<Runtime>) -> bool) -> usize {
	System::events()
		.iter()
		.filter(|e| match &e.event {
			datdot_runtime::RuntimeEvent::ProofsOfStorage(event) => which(event),
			_ => false,
		})
		.count()
}

struct Measured {
	hosters: u32,
	contracts: u32,
	/// The hook's weight in a block with no audit.
	base: u64,
	/// Per hoster audited: what its audit adds to the hook's weight, and the response's
	/// weight as the block counts it (after refund, with the extrinsic's base).
	hook: u64,
	response: u64,
	/// Per hosting settled by the sweep.
	settle: u64,
	/// Per response, bytes.
	length: u64,
	/// Per hoster, the microseconds the hook's audit and the response (pool check and
	/// dispatch) took here, natively in a test build: only to compare sizes.
	native: f64,
	pieces: usize,
}

/// Makes each of `hosters` (with its `ddot` key) a hoster of `contracts` confirmed
/// hostings of one plan of the data set whose root is `root`.
fn fill(hosters: &[AccountId], keys: &[OcwPublic], contracts: u32, root: [u8; 32]) {
	for (i, hoster) in hosters.iter().enumerate() {
		ProofsBenchmarkHelper::fund(hoster);
		<datdot_runtime::Roles as datdot_primitives::traits::RoleProvider<AccountId>>::ensure_role(
			hoster,
			datdot_primitives::Role::Hoster,
		);
		ProofsBenchmarkHelper::set_ocw_key(hoster, keys[i].clone());
		let sponsor = account(6, i as u32);
		ProofsBenchmarkHelper::fund(&sponsor);
		let plan = datdot_runtime::Plans::benchmark_plan_of(&sponsor, root, CHUNKS, CHUNK, 1, 1);
		for _ in 0..contracts {
			let contract = datdot_runtime::Hosting::benchmark_confirmed(plan, hoster);
			<Proofs as HostingObserver<AccountId>>::confirmed(contract, hoster);
		}
		assert_eq!(Proofs::holding(hoster), contracts as u64 * CHUNKS as u64 * CHUNK as u64);
	}
}

/// The hoster's signed, fee-less answer to its open challenge `id`, as its off-chain
/// worker would send it (the chain's genesis hash, which the signature covers, is the
/// state's `BlockHash(0)`).
fn answer(
	id: pallet_proofs::ChallengeId,
	challenge: &pallet_proofs::Challenge<Runtime>,
	set: &DataSet,
) -> datdot_runtime::UncheckedExtrinsic {
	let proofs = challenge
		.pieces
		.iter()
		.map(|p| {
			let path = merkle::proof(&set.leaves, p.index).expect("chunk");
			pallet_proofs::SegmentProof::of(&set.chunks[p.index as usize], CHUNK, p.segment, path)
				.expect("segment")
		})
		.collect();
	let key =
		pallet_accounts::Profiles::<Runtime>::get(&challenge.hoster).expect("a profile").ocw_key;
	let answer = pallet_proofs::Response {
		challenge: id,
		asked: challenge.digest(),
		proofs: BoundedVec::truncate_from(proofs),
		signer: key.clone(),
	};
	let signature = datdot_primitives::signing::sign::<Runtime>(&key, &answer).expect("signs");
	let call =
		RuntimeCall::ProofsOfStorage(pallet_proofs::Call::response { response: answer, signature });
	<Runtime as CreateAuthorizedTransaction<RuntimeCall>>::create_authorized_transaction(call)
}

fn measure(sample: u32, contracts: u32) -> Measured {
	let (mut ext, keys) = externalities(sample);
	ext.execute_with(|| {
		let set = DataSet::new();
		let hosters: Vec<AccountId> = (0..sample).map(|i| account(5, i)).collect();
		fill(&hosters, &keys, contracts, set.root);
		// A period later, every sampled hoster is due at the same block.
		let at = System::block_number() + 600;
		let _ = pallet_proofs::Due::<Runtime>::clear(u32::MAX, None);
		due_at(at, &hosters);
		// The hook's cost in a block with nobody due (the clock, the deadlines), then in
		// the block where they all are: the difference is what the audits add.
		System::set_block_number(at - 1);
		pallet_proofs::ProofClock::<Runtime>::put(at - 2);
		let base = Proofs::on_initialize(at - 1).ref_time();
		System::set_block_number(at);
		frame_system::BlockWeight::<Runtime>::kill();
		frame_system::BlockSize::<Runtime>::kill();
		System::reset_events();
		let started = std::time::Instant::now();
		let hook = Proofs::on_initialize(at).ref_time() - base;
		let open: Vec<_> = pallet_proofs::Challenges::<Runtime>::iter().collect();
		assert_eq!(open.len(), sample as usize, "one challenge per hoster");
		let parent = System::parent_hash();
		let (mut response, mut length, mut pieces) = (0u64, 0u64, 0usize);
		for (id, challenge) in open {
			pieces = challenge.pieces.len();
			let xt = answer(id, &challenge, &set);
			length += codec::Encode::encoded_size(&xt) as u64;
			Executive::validate_transaction(TransactionSource::External, xt.clone(), parent)
				.expect("the pool takes it");
			let before = *frame_system::BlockWeight::<Runtime>::get().get(DispatchClass::Normal);
			Executive::apply_extrinsic(xt).expect("applies").expect("dispatches");
			let after = *frame_system::BlockWeight::<Runtime>::get().get(DispatchClass::Normal);
			response += after.ref_time() - before.ref_time();
		}
		let native = started.elapsed().as_secs_f64() * 1e6 / sample as f64;
		let accepted = proofs_events(|e| matches!(e, pallet_proofs::Event::ProofAccepted { .. }));
		assert_eq!(accepted, sample as usize, "every audit proven");
		// The sweep settles every hosting the audits proved, a quarter of a block at a
		// time at most, over as many blocks' idle time as it takes.
		let idle = <Runtime as frame_system::Config>::BlockWeights::get().max_block;
		let paid = || proofs_events(|e| matches!(e, pallet_proofs::Event::Paid { .. }));
		let mut settle = 0u64;
		let mut idle_passes = 0;
		while paid() < (sample * contracts) as usize {
			let before = paid();
			settle += Proofs::on_idle(at, idle).ref_time();
			// Each call goes on where the last stopped; two in a row that settle nothing
			// would mean it does not.
			idle_passes = if paid() > before { 0 } else { idle_passes + 1 };
			assert!(idle_passes < 2, "the sweep settles every hosting the audits proved");
		}
		Measured {
			base,
			hosters: sample,
			contracts,
			hook: hook / sample as u64,
			response: response / sample as u64,
			settle: settle / (sample * contracts) as u64,
			length: length / sample as u64,
			native,
			pieces,
		}
	})
}

#[test]
#[ignore = "a measurement, run by scripts/audit-capacity.sh"]
fn auditing_every_hoster_each_hour_fits_a_quarter_of_the_blocks() {
	let weights = <Runtime as frame_system::Config>::BlockWeights::get();
	let max_weight = weights.max_block.ref_time() as f64;
	let max_length = *<Runtime as frame_system::Config>::BlockLength::get()
		.max
		.get(DispatchClass::Normal) as f64;
	let blocks = HOURS as f64;
	let mut rows = Vec::new();
	// At most `MaxChallengesPerBlock` hosters are audited in one block.
	for (sample, contracts) in [(20u32, 1u32), (20, 100), (2, 10_000)] {
		let m = measure(sample, contracts);
		// One audit per hoster per hour, the hour's audits of 10,000 hosters against the
		// hour's blocks. Settling is the sweep's, in idle weight (at most a quarter of a
		// block): shown apart, as how often it reaches every hosting.
		// Every block pays the hook's base whether or not it audits anyone.
		let audit = (m.hook + m.response) as f64;
		let weight_share =
			(audit * NETWORK as f64 + m.base as f64 * blocks) / (blocks * max_weight);
		let length_share = (m.length * NETWORK) as f64 / (blocks * max_length);
		let settle_share =
			m.settle as f64 * NETWORK as f64 * contracts as f64 / (blocks * max_weight);
		let settle_hours = (settle_share / 0.25).max(1.0);
		let bytes = NETWORK as f64 * contracts as f64 * (CHUNKS * CHUNK) as f64;
		println!(
			"{:>6} contracts a hoster ({} hosters measured, {} pieces an audit): the hook {:.0} µs a \
			 block and {:.0} µs an audit, \
			 response {:.0} µs and {} bytes; 10,000 hosters an hour: {:.2} % of the blocks' \
			 weight, {:.2} % of their length, {:.1} TiB audited; settling a hosting {:.0} µs: \
			 the sweep reaches every hosting every {:.1} h; an audit took {:.0} µs here",
			m.contracts,
			m.hosters,
			m.pieces,
			m.base as f64 / 1e6,
			m.hook as f64 / 1e6,
			m.response as f64 / 1e6,
			m.length,
			weight_share * 100.0,
			length_share * 100.0,
			bytes / (1u64 << 40) as f64,
			m.settle as f64 / 1e6,
			settle_hours,
			m.native,
		);
		assert!(weight_share <= 0.25, "weight share {weight_share}");
		assert!(length_share <= 0.25, "length share {length_share}");
		rows.push(format!(
			r#"{{"hosters":{NETWORK},"contracts_per_hoster":{contracts},"weight_share":{weight_share:.5},"length_share":{length_share:.5},"proofs_per_hour":{NETWORK},"measured_hosters":{sample},"pieces":{},"settle_hours":{settle_hours:.2},"bytes_audited":{bytes:.0},"native_us":{:.0}}}"#,
			m.pieces,
			m.native
		));
	}
	println!("AUDIT_CAPACITY_SIZES [{}]", rows.join(","));
}

/// The chain of the proof flood (`scripts/audit-capacity.sh`'s `--dev` node run):
/// `AUDIT_FLOOD_HOSTERS` hosters (default 1,500), each keeping one 64 MiB data set of
/// 64 KiB chunks, are audited by the hook over the first blocks, so that every one has
/// an open challenge at genesis; period and window are widened so that none falls due
/// or expires while the flood lasts. Reads the node's runtime code from
/// `$AUDIT_FLOOD_DIR/code.hex` (the dev chain spec's `:code`) and writes there
/// `state.json` (`{ "genesis", "top" }`: the genesis block's hash and the raw genesis
/// storage, code included) and `responses.hex` (each hoster's answer, one encoded
/// extrinsic a line, signed for that genesis), each answer checked by the pool's
/// validation first.
#[test]
#[ignore = "writes the proof flood's chain, run by scripts/audit-capacity.sh"]
fn flood_chain() {
	use sp_runtime::traits::{Hash as _, Header as _};
	let dir = std::path::PathBuf::from(std::env::var("AUDIT_FLOOD_DIR").expect("AUDIT_FLOOD_DIR"));
	let count: u32 = std::env::var("AUDIT_FLOOD_HOSTERS")
		.map(|v| v.parse().expect("AUDIT_FLOOD_HOSTERS is a number"))
		.unwrap_or(1_500);
	let code = std::fs::read_to_string(dir.join("code.hex")).expect("code.hex");
	let code = sp_core::bytes::from_hex(code.trim()).expect("code.hex is hex");
	let (mut ext, keys) = externalities(count);
	ext.execute_with(|| {
		let genesis_number = System::block_number();
		let set = DataSet::new();
		pallet_proofs::Parameters::<Runtime>::mutate(|p| {
			p.period = 1_000_000;
			p.window = 1_000_000;
		});
		let hosters: Vec<AccountId> = (0..count).map(|i| account(5, i)).collect();
		fill(&hosters, &keys, 1, set.root);
		// The hook opens at most `MaxChallengesPerBlock` audits a block: one block's
		// worth of hosters due at each block from 1.
		let _ = pallet_proofs::Due::<Runtime>::clear(u32::MAX, None);
		let per: u32 = <Runtime as pallet_proofs::Config>::MaxChallengesPerBlock::get();
		let mut last = 0;
		for (i, due) in hosters.chunks(per as usize).enumerate() {
			last = i as u32 + 1;
			due_at(last, due);
		}
		for now in 1..=last {
			System::set_block_number(now);
			Proofs::on_initialize(now);
		}
		let open: Vec<_> = pallet_proofs::Challenges::<Runtime>::iter().collect();
		assert_eq!(open.len(), count as usize, "every hoster has its audit open");
		// What a block leaves behind is not genesis state; block 1 comes next.
		System::reset_events();
		System::set_block_number(genesis_number);
		pallet_proofs::LastCongested::<Runtime>::kill();
		sp_io::storage::set(sp_core::storage::well_known_keys::CODE, &code);
		let state_root = sp_io::storage::root(sp_runtime::StateVersion::V1);
		let state_root = sp_core::H256::from_slice(&state_root);
		let extrinsics_root =
			sp_runtime::traits::BlakeTwo256::trie_root(Vec::new(), sp_runtime::StateVersion::V1);
		let genesis = datdot_runtime::Header::new(
			0,
			extrinsics_root,
			state_root,
			Default::default(),
			Default::default(),
		)
		.hash();
		let mut top = Vec::new();
		let mut key = Vec::new();
		while let Some(next) = sp_io::storage::next_key(&key) {
			let value = sp_io::storage::get(&next).expect("a value under its key");
			top.push(format!(
				"\"{}\":\"{}\"",
				sp_core::bytes::to_hex(&next, false),
				sp_core::bytes::to_hex(&value, false)
			));
			key = next;
		}
		std::fs::write(
			dir.join("state.json"),
			format!(
				"{{\"genesis\":\"{}\",\"top\":{{{}}}}}",
				sp_core::bytes::to_hex(genesis.as_bytes(), false),
				top.join(",")
			),
		)
		.expect("writes state.json");
		// On the node, the genesis hash is `BlockHash(0)` from block 1 on: the answers
		// are signed for it, and must pass the pool's checks there.
		System::set_block_number(genesis_number + 1);
		frame_system::BlockHash::<Runtime>::insert(genesis_number, genesis);
		let parent = genesis;
		let mut lines = String::new();
		for (id, challenge) in open {
			let xt = answer(id, &challenge, &set);
			Executive::validate_transaction(TransactionSource::External, xt.clone(), parent)
				.expect("the pool takes it");
			lines.push_str(&sp_core::bytes::to_hex(&codec::Encode::encode(&xt), false));
			lines.push('\n');
		}
		std::fs::write(dir.join("responses.hex"), lines).expect("writes responses.hex");
		println!(
			"AUDIT_FLOOD {count} hosters with an open audit at genesis {genesis:?}: answers in {}",
			dir.display()
		);
	});
}
