//! The datdot runtime fuzzer: random sequences of calls from random origins, through
//! the real runtime (`Executive`, its transaction extensions and every pallet's hooks),
//! with the invariants of every pallet and across pallets checked after each block.
//!
//! It plays every part: sponsors, hosters, attestors and workers send signed
//! transactions; the off-chain workers' fee-less reports (matches, setup checks, proof
//! responses, performance ratings) are built from the chain's state and signed with the
//! participants' `ddot` keys, honestly most of the time and wrongly some of the time;
//! and raw random bytes decoded as calls cover what the generators do not name.
//!
//! Deterministic for a seed. After every block it checks: no panic, the block's weight
//! within the limit, no call using more weight after dispatch than it declared (each
//! call is also dispatched once in a rolled-back storage transaction to read its own
//! post-dispatch weight, which FRAME would otherwise clamp unseen), and
//! `datdot_runtime::invariants::check()`. On a break it prints the
//! seed and the calls of the block that broke, and exits non-zero.
//!
//! Usage: `datdot-fuzz [--calls N] [--seed S] [--verbose]`
use codec::{DecodeLimit, Encode};
use datdot_primitives::{merkle, traits::HostingInspect, OcwPublic, Role, OCW_KEY_TYPE};
use datdot_runtime::{
	genesis_config_presets, invariants, Balance, Executive, Header, Runtime, RuntimeCall,
	SignedPayload, System, TxExtension, UncheckedExtrinsic, SLOT_DURATION, UNIT,
};
use frame_support::{dispatch::GetDispatchInfo, traits::Get, BoundedVec};
use frame_system::offchain::CreateAuthorizedTransaction;
use sp_core::{Pair, H256};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	generic::Era,
	traits::{Hash as _, Header as _},
	AccountId32, MultiAddress, MultiSignature,
};
use std::collections::BTreeMap;

/// The participants: the dev accounts (funded, some registered at genesis) and two
/// accounts nobody funded.
const KEYS: [Sr25519Keyring; 8] = [
	Sr25519Keyring::Alice,
	Sr25519Keyring::Bob,
	Sr25519Keyring::Charlie,
	Sr25519Keyring::Dave,
	Sr25519Keyring::Eve,
	Sr25519Keyring::Ferdie,
	Sr25519Keyring::One,
	Sr25519Keyring::Two,
];

/// The pallets the raw-bytes calls are drawn from (their indexes in the runtime).
const FUZZED_PALLETS: [u8; 11] = [4, 7, 10, 11, 12, 13, 14, 15, 16, 17, 18];

/// A small, fast, seedable generator (splitmix64): the fuzzer needs only determinism.
struct Rng(u64);

impl Rng {
	fn next(&mut self) -> u64 {
		self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
		let mut z = self.0;
		z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
		z ^ (z >> 31)
	}
	fn below(&mut self, n: u64) -> u64 {
		if n == 0 {
			0
		} else {
			self.next() % n
		}
	}
	/// True with probability `per_mille`/1000.
	fn chance(&mut self, per_mille: u64) -> bool {
		self.below(1000) < per_mille
	}
	fn key(&mut self) -> Sr25519Keyring {
		KEYS[self.below(KEYS.len() as u64) as usize]
	}
	/// Bytes that decode into plausible values: mostly zeros and small numbers.
	fn bytes(&mut self, len: usize) -> Vec<u8> {
		(0..len)
			.map(|_| match self.below(10) {
				0..=4 => 0,
				5..=7 => self.below(8) as u8,
				_ => self.next() as u8,
			})
			.collect()
	}
}

/// What one block did, for the report of a break.
#[derive(Default)]
struct BlockLog {
	number: u32,
	calls: Vec<String>,
	/// Calls whose own post-dispatch weight exceeded what they declared.
	overweight: Vec<String>,
}

struct Fuzzer {
	rng: Rng,
	parent: H256,
	/// The chunks of every data set the fuzzer published, by root.
	datasets: BTreeMap<[u8; 32], Vec<Vec<u8>>>,
	calls: u64,
	blocks: u64,
	verbose: bool,
	log: BlockLog,
	/// How often each event was emitted: what the run reached.
	seen: BTreeMap<String, u64>,
}

/// `Pallet::Variant` of an event, from its debug form `Pallet(Variant { .. })`.
fn event_name(event: &datdot_runtime::RuntimeEvent) -> String {
	let text = format!("{event:?}");
	let mut parts = text.split(['(', ' ', '{', ')']);
	let pallet = parts.next().unwrap_or_default();
	let variant = parts.find(|p| !p.is_empty()).unwrap_or_default();
	format!("{pallet}::{}", variant.trim_start_matches("Event::"))
}

fn account(k: Sr25519Keyring) -> AccountId32 {
	k.to_account_id()
}

/// Test externalities holding the `development` preset's genesis, with every
/// participant's `ddot` key in a keystore.
fn genesis() -> sp_io::TestExternalities {
	let storage = datdot_runtime::testing::genesis_storage(genesis_config_presets::DEVELOPMENT);
	let mut ext = sp_io::TestExternalities::new(storage);
	let keystore = sp_keystore::testing::MemoryKeystore::new();
	for k in KEYS {
		sp_keystore::Keystore::sr25519_generate_new(&keystore, OCW_KEY_TYPE, Some(&k.to_seed()))
			.expect("a dev key");
	}
	ext.register_extension(sp_keystore::KeystoreExt::new(keystore));
	ext
}

impl Fuzzer {
	fn describe(&mut self, what: String) {
		if self.verbose {
			eprintln!("  #{} {}", self.log.number, what);
		}
		self.log.calls.push(what);
	}

	fn begin_block(&mut self) {
		let number = System::block_number() + 1;
		let header = Header::new(
			number,
			Default::default(),
			Default::default(),
			self.parent,
			// Alice, the dev chain's one BABE authority, authors every block.
			datdot_runtime::testing::babe_digest(Sr25519Keyring::Alice, 0, number as u64),
		);
		self.log = BlockLog { number, ..Default::default() };
		Executive::initialize_block(&header);
		let now = number as u64 * SLOT_DURATION;
		let set = RuntimeCall::Timestamp(pallet_timestamp::Call::set { now });
		Executive::apply_extrinsic(UncheckedExtrinsic::new_bare(set))
			.expect("the timestamp inherent applies")
			.expect("the timestamp inherent dispatches");
	}

	fn end_block(&mut self) -> Result<(), String> {
		let limits = <Runtime as frame_system::Config>::BlockWeights::get();
		if self.rng.chance(250) {
			// A block the transactions filled: nothing is left for `on_idle`, so what it
			// would do (releasing ended plans) waits, and the invariants must hold
			// meanwhile.
			let spare = limits
				.max_block
				.saturating_sub(frame_system::BlockWeight::<Runtime>::get().total());
			System::register_extra_weight_unchecked(
				spare,
				frame_support::dispatch::DispatchClass::Mandatory,
			);
			self.describe("a full block: no spare weight".into());
		} else if self.rng.chance(125) {
			// A block full of transactions: its normal class has no room left for a
			// report or a proof response, so the proof clock stands still after it and
			// no attestor is counted silent for a duty whose window it falls in.
			use frame_support::dispatch::DispatchClass;
			let used = frame_system::BlockWeight::<Runtime>::get();
			let normal = limits.get(DispatchClass::Normal).max_total.unwrap_or(limits.max_block);
			let spare = normal
				.saturating_sub(*used.get(DispatchClass::Normal))
				.min(limits.max_block.saturating_sub(used.total()));
			System::register_extra_weight_unchecked(spare, DispatchClass::Normal);
			self.describe("a block full of transactions: no room for a response".into());
		}
		let header = Executive::finalize_block();
		// Read after finalising: it counts the `on_idle` work too (the next block resets it).
		let weight = frame_system::BlockWeight::<Runtime>::get();
		self.parent = header.hash();
		for record in System::events() {
			*self.seen.entry(event_name(&record.event)).or_default() += 1;
		}
		self.blocks += 1;
		if let Some(call) = self.log.overweight.first() {
			return Err(format!("a call used more weight than it declared: {call}"));
		}
		let total = weight.total();
		if total.any_gt(limits.max_block) {
			return Err(format!("block weight {total:?} exceeds the limit {:?}", limits.max_block));
		}
		// Work carried over to later blocks, so the report shows the invariants were
		// checked while it waited.
		let (first, next) = pallet_hosting::ReleaseLine::<Runtime>::get();
		if first < next {
			*self.seen.entry("(state) ended plans waiting for release".into()).or_default() += 1;
		}
		let (first, next) = pallet_proofs::OverdueLine::<Runtime>::get();
		if first < next {
			*self.seen.entry("(state) missed deadlines waiting in line".into()).or_default() += 1;
		}
		invariants::check().map_err(|e| format!("invariant broken: {e:?}"))
	}

	/// Dispatches `call` from `origin` inside a storage transaction that is rolled back,
	/// and records it if the weight it reports after dispatch exceeds the weight it
	/// declared: FRAME clamps the charge to the declared weight, so a call whose
	/// declaration under-counts its work would otherwise go unseen.
	fn check_weight(&mut self, origin: frame_system::RawOrigin<AccountId32>, call: &RuntimeCall) {
		use sp_runtime::traits::Dispatchable;
		let declared = call.get_dispatch_info().call_weight;
		let outcome = frame_support::storage::with_transaction(|| {
			let result = call.clone().dispatch(origin.into());
			sp_runtime::TransactionOutcome::Rollback(Ok::<_, sp_runtime::DispatchError>(result))
		});
		let actual = match outcome {
			Ok(Ok(post)) => post.actual_weight,
			Ok(Err(e)) => e.post_info.actual_weight,
			Err(_) => None,
		};
		if let Some(actual) = actual.filter(|a| a.any_gt(declared)) {
			self.log.overweight.push(format!("{call:?}: used {actual:?}, declared {declared:?}"));
		}
	}

	/// Applies `call` signed by `who`, as a wallet would send it.
	fn signed(&mut self, who: Sr25519Keyring, call: RuntimeCall) {
		self.check_weight(frame_system::RawOrigin::Signed(account(who)), &call);
		let from = account(who);
		let nonce = System::account_nonce(&from);
		let ext: TxExtension = (
			frame_system::AuthorizeCall::<Runtime>::new(),
			frame_system::CheckNonZeroSender::<Runtime>::new(),
			frame_system::CheckSpecVersion::<Runtime>::new(),
			frame_system::CheckTxVersion::<Runtime>::new(),
			frame_system::CheckGenesis::<Runtime>::new(),
			frame_system::CheckEra::<Runtime>::from(Era::Immortal),
			frame_system::CheckNonce::<Runtime>::from(nonce),
			frame_system::CheckWeight::<Runtime>::new(),
			pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0),
			frame_system::WeightReclaim::<Runtime>::new(),
		);
		let Ok(payload) = SignedPayload::new(call.clone(), ext.clone()) else { return };
		let signature = payload.using_encoded(|p| who.pair().sign(p));
		let xt = UncheckedExtrinsic::new_signed(
			call.clone(),
			MultiAddress::Id(from),
			MultiSignature::Sr25519(signature),
			ext,
		);
		let outcome = Executive::apply_extrinsic(xt);
		self.calls += 1;
		self.describe(format!("{who:?}: {call:?} -> {outcome:?}"));
	}

	/// Applies a fee-less authorized call, as an off-chain worker sends it.
	fn authorized(&mut self, call: RuntimeCall) {
		self.check_weight(frame_system::RawOrigin::Authorized, &call);
		let xt =
			<Runtime as CreateAuthorizedTransaction<RuntimeCall>>::create_authorized_transaction(
				call.clone(),
			);
		let outcome = Executive::apply_extrinsic(xt);
		self.calls += 1;
		let name = call.get_dispatch_info().call_weight;
		self.describe(format!("worker: {call:?} (weight {name:?}) -> {outcome:?}"));
	}

	fn ocw_key(who: &AccountId32) -> Option<OcwPublic> {
		pallet_accounts_ocw_key(who)
	}

	// ---- sponsors -------------------------------------------------------------------

	fn subscribe(&mut self) {
		// Alice half the time (a sponsor from genesis), anyone the rest: sponsors rotate,
		// so a long run does not just sit at one sponsor's plan limit.
		let who = if self.rng.chance(500) { Sr25519Keyring::Alice } else { self.rng.key() };
		// One plan in four spans several contracts (`ChunksPerContract` chunks each), so
		// plans whose end is released over several blocks occur (cheap per chunk, not to
		// drain sponsors).
		let big = self.rng.chance(250);
		let per_contract: u32 = <Runtime as pallet_hosting::Config>::ChunksPerContract::get();
		let chunks = if big {
			per_contract + 1 + self.rng.below(2 * per_contract as u64) as u32
		} else {
			1 + self.rng.below(12) as u32
		};
		// Small plans' chunks now and then span several 1 KiB segments, so proofs walk
		// segment trees (with a promoted node when the size is not a power of two).
		let size = if !big && self.rng.chance(300) {
			1024 + self.rng.below(4 * 1024) as usize
		} else {
			16 + self.rng.below(48) as usize
		};
		let data: Vec<Vec<u8>> = (0..chunks)
			.map(|i| {
				let mut c: Vec<u8> = (0..size).map(|_| self.rng.next() as u8).collect();
				if i == chunks - 1 {
					c.truncate(1 + self.rng.below(size as u64) as usize);
				}
				c
			})
			.collect();
		let root = merkle::root(data.iter().map(|c| c.as_slice()), size as u32).expect("chunks");
		self.datasets.insert(root, data);
		let now = System::block_number();
		let start = now + self.rng.below(4) as u32;
		let (from, to) = if self.rng.chance(800) {
			(0, chunks)
		} else {
			let a = self.rng.below(chunks as u64) as u32;
			(a, a + 1 + self.rng.below((chunks - a) as u64) as u32)
		};
		let terms = pallet_plans::PlanTerms {
			datasets: BoundedVec::truncate_from(vec![pallet_plans::Dataset {
				root,
				chunks,
				chunk_size: size as u32,
				source: BoundedVec::truncate_from(b"http://127.0.0.1:9944/fuzz".to_vec()),
				feed: None,
			}]),
			ranges: BoundedVec::truncate_from(vec![pallet_plans::ChunkRange {
				dataset: 0,
				start: from,
				end: to,
			}]),
			replication: 1 + self.rng.below(3) as u8,
			regions: BoundedVec::new(),
			start,
			end: start + 5 + self.rng.below(300) as u32,
			price: 1 + self.rng.below(if big { 16 } else { 1_000_000 }) as Balance,
			min_reputation: if self.rng.chance(900) { 0 } else { self.rng.below(1200) as u32 },
			performance: Default::default(),
		};
		self.signed(who, RuntimeCall::Plans(pallet_plans::Call::subscribe { terms }));
	}

	/// A live plan and its sponsor's key (a stranger's, sometimes).
	fn some_plan(&mut self) -> Option<(u64, Sr25519Keyring)> {
		let plans: Vec<(u64, AccountId32)> =
			pallet_plans::Plans::<Runtime>::iter().map(|(id, p)| (id, p.sponsor)).collect();
		if plans.is_empty() {
			return None;
		}
		let (id, sponsor) = plans[self.rng.below(plans.len() as u64) as usize].clone();
		let key = KEYS.iter().copied().find(|k| account(*k) == sponsor)?;
		Some((id, if self.rng.chance(900) { key } else { self.rng.key() }))
	}

	fn manage_plan(&mut self) {
		let Some((plan, who)) = self.some_plan() else { return self.subscribe() };
		let call = match self.rng.below(10) {
			0..=2 => pallet_plans::Call::pause { plan },
			3..=5 => pallet_plans::Call::resume { plan },
			6 => pallet_plans::Call::unsubscribe { plan },
			_ => pallet_plans::Call::update {
				plan,
				changes: pallet_plans::PlanChanges {
					ranges: None,
					replication: self.rng.chance(200).then(|| 1 + self.rng.below(3) as u8),
					end: self
						.rng
						.chance(700)
						.then(|| System::block_number() + 1 + self.rng.below(300) as u32),
					price: self.rng.chance(200).then(|| 1 + self.rng.below(1_000_000) as Balance),
				},
			},
		};
		self.signed(who, RuntimeCall::Plans(call));
	}

	// ---- the off-chain workers ------------------------------------------------------

	/// Attestors report matches for the open rounds: the honest rank most of the time.
	fn report_matches(&mut self) {
		for round_id in pallet_hosting::OpenRounds::<Runtime>::get() {
			let Some(round) = pallet_hosting::Rounds::<Runtime>::get(round_id) else { continue };
			for attestor in round.attestors.iter() {
				if pallet_hosting::RoundReports::<Runtime>::contains_key(round_id, attestor)
					|| !self.rng.chance(600)
				{
					continue;
				}
				let Some(key) = Self::ocw_key(attestor) else { continue };
				let Some(contract) = pallet_hosting::Contracts::<Runtime>::get(round.contract)
				else {
					continue;
				};
				let Some(plan) =
					<datdot_runtime::Plans as datdot_primitives::traits::PlanInspect<
						AccountId32,
					>>::plan(contract.plan)
				else {
					continue;
				};
				// The rank rule over the round's candidates, as the workers compute it; now
				// and then any eligible hosters instead (refused: `NotByRule`), or junk.
				let hosters: Vec<AccountId32> = if self.rng.chance(850) {
					pallet_hosting::Pallet::<Runtime>::by_rule(round_id, &round, &contract, &plan)
				} else if self.rng.chance(500) {
					let eligible = pallet_roles::RoleMembers::<Runtime>::iter_prefix(Role::Hoster)
						.map(|(_, h)| h)
						.filter(|h| {
							pallet_hosting::Pallet::<Runtime>::eligible(&plan, &contract, h)
						});
					let mut seed = round.seed;
					seed[0] ^= 1;
					pallet_hosting::rules::select(&seed, eligible, round.wanted as usize)
				} else {
					(0..self.rng.below(3)).map(|_| account(self.rng.key())).collect()
				};
				let report = pallet_hosting::MatchReport {
					round: round_id,
					hosters: BoundedVec::truncate_from(hosters),
					signer: key.clone(),
				};
				let Some(signature) = datdot_primitives::signing::sign::<Runtime>(&key, &report)
				else {
					continue;
				};
				self.authorized(RuntimeCall::Hosting(pallet_hosting::Call::report_match {
					report,
					signature,
				}));
			}
		}
	}

	/// The assigned attestors check pending setups: most succeed, some fail.
	fn check_setups(&mut self) {
		let pending: Vec<_> = pallet_hosting::PendingSetups::<Runtime>::iter().collect();
		let awaited = pending.into_iter().flat_map(|(contract, hoster, check)| {
			let deadline = check.deadline;
			check
				.checkers
				.into_iter()
				.filter(|(_, verdict)| verdict.is_none())
				.map(move |(checker, _)| (contract, hoster.clone(), checker, deadline))
		});
		for (contract, hoster, checker, deadline) in awaited.collect::<Vec<_>>() {
			if !self.rng.chance(500) {
				continue;
			}
			let Some(key) = Self::ocw_key(&checker) else { continue };
			let report = pallet_hosting::SetupReport {
				contract,
				hoster,
				deadline,
				// Most serve; some fail; a few find the source oversized.
				verdict: match self.rng.below(1000) {
					0..=879 => pallet_hosting::SetupVerdict::Serves,
					880..=959 => pallet_hosting::SetupVerdict::Fails,
					960..=979 => pallet_hosting::SetupVerdict::SourceOversized,
					_ => pallet_hosting::SetupVerdict::SourceUnavailable,
				},
				signer: key.clone(),
			};
			let Some(signature) = datdot_primitives::signing::sign::<Runtime>(&key, &report) else {
				continue;
			};
			self.authorized(RuntimeCall::Hosting(pallet_hosting::Call::setup_report {
				report,
				signature,
			}));
		}
	}

	/// Hosters answer their challenges: correct proofs mostly, wrong ones sometimes,
	/// and some challenges go unanswered (an offline hoster).
	fn answer_challenges(&mut self) {
		let open: Vec<_> = pallet_proofs::Challenges::<Runtime>::iter().collect();
		for (id, challenge) in open {
			if !self.rng.chance(700) {
				continue;
			}
			let Some(key) = Self::ocw_key(&challenge.hoster) else { continue };
			let lie = self.rng.chance(100);
			let mut proofs = Vec::new();
			for piece in challenge.pieces.iter() {
				let hosting = <datdot_runtime::Hosting as HostingInspect<AccountId32>>::hosting(
					piece.contract,
					&challenge.hoster,
				);
				let data = hosting.as_ref().and_then(|h| self.datasets.get(&h.root).cloned());
				let (Some(hosting), Some(data)) = (hosting, data) else {
					// A hosting that ended: the chain does not hold its piece against it.
					proofs.push(pallet_proofs::SegmentProof {
						segment: BoundedVec::new(),
						siblings: BoundedVec::new(),
					});
					continue;
				};
				let (i, j) = (piece.index, piece.segment);
				let size = hosting.chunk_size;
				let leaves: Vec<[u8; 32]> =
					data.iter().map(|c| merkle::chunk_leaf(c, size)).collect();
				let path = merkle::proof(&leaves, i).unwrap_or_default();
				let mut proof = pallet_proofs::SegmentProof::of(&data[i as usize], size, j, path)
					.unwrap_or_else(|| pallet_proofs::SegmentProof {
						segment: BoundedVec::new(),
						siblings: BoundedVec::new(),
					});
				if lie {
					// A flipped byte, or a byte where the short last chunk has none.
					let mut segment = proof.segment.into_inner();
					match segment.first_mut() {
						Some(b) => *b ^= 1,
						None => segment.push(0),
					}
					proof.segment = BoundedVec::truncate_from(segment);
				}
				proofs.push(proof);
			}
			// Now and then an answer worked out on another fork, where the same id asked
			// other chunks: refused as stale, never a fault.
			let mut asked = challenge.digest();
			if self.rng.chance(50) {
				asked[0] ^= 1;
			}
			let response = pallet_proofs::Response {
				challenge: id,
				asked,
				proofs: BoundedVec::truncate_from(proofs),
				signer: key.clone(),
			};
			let Some(signature) = datdot_primitives::signing::sign::<Runtime>(&key, &response)
			else {
				continue;
			};
			self.authorized(RuntimeCall::ProofsOfStorage(pallet_proofs::Call::response {
				response,
				signature,
			}));
		}
	}

	/// Named attestors rate open benchmarks.
	fn rate_benchmarks(&mut self) {
		let open: Vec<_> = pallet_benchmarks::OpenBenchmarks::<Runtime>::iter().collect();
		for (id, benchmark) in open {
			for attestor in benchmark.attestors.iter() {
				if benchmark.ratings.iter().any(|(a, _)| a == attestor) || !self.rng.chance(500) {
					continue;
				}
				let Some(key) = Self::ocw_key(attestor) else { continue };
				let report = pallet_benchmarks::Report {
					benchmark: id,
					asked: benchmark.digest(),
					rating: pallet_benchmarks::Rating {
						latency_ms: self.rng.below(2_000) as u32,
						bandwidth: self.rng.below(100_000_000),
					},
					signer: key.clone(),
				};
				let Some(signature) = datdot_primitives::signing::sign::<Runtime>(&key, &report)
				else {
					continue;
				};
				self.authorized(RuntimeCall::Benchmarks(pallet_benchmarks::Call::response {
					report,
					signature,
				}));
			}
		}
	}

	/// Replays a worker call that was already applied or is stale: it must be refused.
	fn replay(&mut self) {
		if let Some((id, challenge)) = pallet_proofs::Challenges::<Runtime>::iter().next() {
			let Some(key) = Self::ocw_key(&challenge.hoster) else { return };
			let response = pallet_proofs::Response {
				challenge: id + 1 + self.rng.below(3),
				asked: challenge.digest(),
				proofs: BoundedVec::new(),
				signer: key.clone(),
			};
			let Some(signature) = datdot_primitives::signing::sign::<Runtime>(&key, &response)
			else {
				return;
			};
			self.authorized(RuntimeCall::ProofsOfStorage(pallet_proofs::Call::response {
				response,
				signature,
			}));
		}
	}

	// ---- everything else --------------------------------------------------------------

	/// Random bytes decoded as a call of one of the datdot pallets (or Balances).
	fn raw_call(&mut self) -> Option<RuntimeCall> {
		let mut bytes = vec![
			FUZZED_PALLETS[self.rng.below(FUZZED_PALLETS.len() as u64) as usize],
			self.rng.below(9) as u8,
		];
		let len = self.rng.below(160) as usize;
		bytes.extend(self.rng.bytes(len));
		RuntimeCall::decode_with_depth_limit(8, &mut &bytes[..]).ok()
	}

	fn random_signed(&mut self) {
		if let Some(call) = self.raw_call() {
			let who = self.rng.key();
			self.signed(who, call);
		}
	}

	/// Governance: the circuit breaker pausing or resuming a pallet, or a random datdot
	/// call dispatched as root, through sudo.
	fn admin(&mut self) {
		let call = if self.rng.chance(400) {
			// A pause is an incident that governance ends with its next breaker call: one
			// pallet at a time, so a run does not spend most of its calls with a pallet
			// paused that a lucky draw never resumed.
			let names: [&[u8]; 4] = [b"ProofsOfStorage", b"Hosting", b"Benchmarks", b"Plans"];
			Some(RuntimeCall::CircuitBreaker(
				match pallet_breaker::Paused::<Runtime>::iter_keys().next() {
					Some(pallet) => pallet_breaker::Call::resume { pallet },
					None => pallet_breaker::Call::pause {
						pallet: BoundedVec::truncate_from(
							names[self.rng.below(4) as usize].to_vec(),
						),
					},
				},
			))
		} else {
			self.raw_call()
		};
		if let Some(call) = call {
			let sudo = RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) });
			self.signed(Sr25519Keyring::Alice, sudo);
		}
	}

	fn transfer(&mut self) {
		let from = self.rng.key();
		let to = account(self.rng.key());
		let value = match self.rng.below(3) {
			0 => self.rng.below(1_000) as Balance,
			1 => self.rng.below(10 * UNIT as u64) as Balance,
			_ => self.rng.below(u64::MAX) as Balance * 1_000,
		};
		self.signed(
			from,
			RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: MultiAddress::Id(to),
				value,
			}),
		);
	}

	fn register(&mut self) {
		let who = self.rng.key();
		let role =
			[Role::Sponsor, Role::Hoster, Role::Attestor, Role::Worker][self.rng.below(4) as usize];
		let call = if self.rng.chance(700) {
			pallet_roles::Call::register {
				role,
				form: datdot_primitives::RoleForm {
					resources: datdot_primitives::Resources {
						storage: self.rng.below(1 << 20),
						bandwidth: self.rng.below(1 << 20),
						cpu: self.rng.below(4000) as u32,
						ram: self.rng.below(1 << 30),
					},
					regions: BoundedVec::new(),
					timetable: BoundedVec::new(),
				},
				// Sponsors stake nothing (a stake is refused): mostly so, so that sponsors
				// who left come back and plans keep being subscribed.
				stake: if role == Role::Sponsor && self.rng.chance(900) {
					0
				} else {
					(self.rng.below(300) as Balance) * UNIT
				},
			}
		} else {
			pallet_roles::Call::unregister { role }
		};
		self.signed(who, RuntimeCall::Roles(call));
	}

	/// A provider changes its status (a hoster signing off hands its contracts over) or
	/// its declared resources (sometimes below what it uses).
	fn provider_status(&mut self) {
		let who = self.rng.key();
		let role = [Role::Hoster, Role::Attestor, Role::Worker][self.rng.below(3) as usize];
		let call = if self.rng.chance(700) {
			let status = [
				datdot_primitives::ProviderStatus::Available,
				datdot_primitives::ProviderStatus::AtCapacity,
				datdot_primitives::ProviderStatus::SignedOff,
			][self.rng.below(3) as usize];
			pallet_roles::Call::set_status { role, status }
		} else {
			let used = pallet_roles::Registrations::<Runtime>::get(account(who), role)
				.map_or(0, |r| r.used_storage);
			pallet_roles::Call::update_form {
				role,
				form: datdot_primitives::RoleForm {
					resources: datdot_primitives::Resources {
						storage: used
							.saturating_add(self.rng.below(1 << 20))
							.saturating_sub(if self.rng.chance(200) { 1 } else { 0 }),
						bandwidth: 1 + self.rng.below(1 << 20),
						cpu: 1 + self.rng.below(4000) as u32,
						ram: 1 + self.rng.below(1 << 30),
					},
					regions: BoundedVec::new(),
					timetable: BoundedVec::new(),
				},
			}
		};
		self.signed(who, RuntimeCall::Roles(call));
	}

	/// The compute-job market: clients post, workers claim and submit, clients accept,
	/// dispute or cancel, and governance rules on disputes.
	fn jobs(&mut self) {
		let jobs: Vec<(u64, AccountId32, pallet_jobs::JobStatus<AccountId32, u32>)> =
			pallet_jobs::Jobs::<Runtime>::iter().map(|(id, j)| (id, j.client, j.status)).collect();
		let worker = self.rng.key();
		if jobs.is_empty() || self.rng.chance(250) {
			let client = self.rng.key();
			let requirements = pallet_jobs::Requirements {
				min_reputation: if self.rng.chance(900) { 0 } else { self.rng.below(1000) as u32 },
				resources: Default::default(),
				deadline: System::block_number() + 1 + self.rng.below(400) as u32,
			};
			// Mostly at least the market's minimum (10 mDAT); now and then dust, refused.
			let payment = if self.rng.chance(950) {
				(1 + self.rng.below(1_000) as Balance) * UNIT / 100
			} else {
				self.rng.below(UNIT as u64 / 100) as Balance
			};
			let call = pallet_jobs::Call::post {
				spec_hash: [self.rng.next() as u8; 32],
				input_hash: [self.rng.next() as u8; 32],
				requirements,
				payment,
			};
			return self.signed(client, RuntimeCall::Jobs(call));
		}
		let (job, client, status) = jobs[self.rng.below(jobs.len() as u64) as usize].clone();
		let client = KEYS.iter().copied().find(|k| account(*k) == client).unwrap_or(worker);
		use pallet_jobs::JobStatus;
		match status {
			JobStatus::Posted if self.rng.chance(150) => {
				self.signed(client, RuntimeCall::Jobs(pallet_jobs::Call::cancel { job }))
			}
			JobStatus::Posted => {
				self.signed(worker, RuntimeCall::Jobs(pallet_jobs::Call::claim { job }))
			}
			JobStatus::Claimed { worker: w, .. } => {
				let w = KEYS.iter().copied().find(|k| account(*k) == w).unwrap_or(worker);
				let call = pallet_jobs::Call::submit_result {
					job,
					result_hash: [7; 32],
					proof: self.rng.chance(500).then_some([8; 32]),
				};
				self.signed(w, RuntimeCall::Jobs(call))
			}
			JobStatus::Submitted { .. } => {
				let call = if self.rng.chance(700) {
					pallet_jobs::Call::accept { job }
				} else {
					pallet_jobs::Call::dispute { job }
				};
				self.signed(client, RuntimeCall::Jobs(call))
			}
			JobStatus::Disputed { .. } => {
				let Some(escrow) = pallet_jobs::Jobs::<Runtime>::get(job).map(|j| j.escrow) else {
					return;
				};
				let share = sp_runtime::Perbill::from_percent(self.rng.below(101) as u32);
				let call = RuntimeCall::Escrow(datdot_runtime::EscrowCall::resolve {
					id: escrow,
					payee_share: share,
				});
				let sudo = RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) });
				self.signed(Sr25519Keyring::Alice, sudo)
			}
		}
	}

	/// One call, of a kind drawn by weight.
	fn step(&mut self) {
		match self.rng.below(100) {
			0..=9 => self.subscribe(),
			10..=21 => self.manage_plan(),
			22..=31 => self.report_matches(),
			32..=41 => self.check_setups(),
			42..=55 => self.answer_challenges(),
			56..=62 => self.rate_benchmarks(),
			63..=64 => self.replay(),
			65..=69 => self.transfer(),
			70..=72 => self.register(),
			73..=74 => self.provider_status(),
			75..=76 => self.admin(),
			77..=83 => self.jobs(),
			_ => self.random_signed(),
		}
	}
}

/// The `ddot` key of `who`'s profile.
fn pallet_accounts_ocw_key(who: &AccountId32) -> Option<OcwPublic> {
	<datdot_runtime::Accounts as datdot_primitives::traits::ProfileProvider<AccountId32>>::ocw_key_of(who)
}

struct Args {
	calls: u64,
	seed: u64,
	verbose: bool,
}

fn parse_args() -> Result<Args, String> {
	let mut args = Args { calls: 10_000, seed: 0, verbose: false };
	let mut it = std::env::args().skip(1);
	while let Some(a) = it.next() {
		let mut value = |name: &str| -> Result<u64, String> {
			it.next().and_then(|v| v.parse().ok()).ok_or_else(|| format!("{name} needs a number"))
		};
		match a.as_str() {
			"--calls" => args.calls = value("--calls")?,
			"--seed" => args.seed = value("--seed")?,
			"--verbose" => args.verbose = true,
			"-h" | "--help" => {
				return Err("usage: datdot-fuzz [--calls N] [--seed S] [--verbose]".into())
			}
			other => return Err(format!("unknown argument {other}; try --help")),
		}
	}
	Ok(args)
}

fn main() {
	let args = match parse_args() {
		Ok(a) => a,
		Err(e) => {
			eprintln!("{e}");
			std::process::exit(2);
		}
	};
	let started = std::time::Instant::now();
	let mut ext = genesis();
	let mut breaks = 0u64;
	let mut f = Fuzzer {
		rng: Rng(args.seed),
		parent: sp_runtime::traits::BlakeTwo256::hash(b"genesis"),
		datasets: BTreeMap::new(),
		calls: 0,
		blocks: 0,
		verbose: args.verbose,
		log: BlockLog::default(),
		seen: BTreeMap::new(),
	};
	if let Err(e) = ext.execute_with(invariants::check) {
		eprintln!("fuzz: genesis breaks an invariant: {e:?}");
		breaks += 1;
	}
	while breaks == 0 && f.calls < args.calls {
		// One block per `execute_with`, its changes committed after it: the overlay
		// stays one block deep, so a block costs the same at the millionth call as at
		// the first.
		let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
			ext.execute_with(|| {
				f.begin_block();
				// Some blocks are empty, so deadlines and periods pass.
				let n = if f.rng.chance(300) { 0 } else { 1 + f.rng.below(12) };
				for _ in 0..n {
					f.step();
				}
				f.end_block()
			})
		}));
		let failure = match result {
			Ok(Ok(())) => None,
			Ok(Err(e)) => Some(e),
			Err(panic) => Some(format!(
				"panic: {}",
				panic
					.downcast_ref::<String>()
					.cloned()
					.or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
					.unwrap_or_default()
			)),
		};
		if let Some(e) = failure {
			breaks += 1;
			eprintln!("fuzz: seed {} broke at block {}: {e}", args.seed, f.log.number);
			eprintln!("fuzz: the calls of that block:");
			for c in &f.log.calls {
				eprintln!("  {c}");
			}
			break;
		}
		ext.commit_all().expect("the block's changes commit");
		if f.blocks.is_multiple_of(1000) {
			// Forget the chunks of data sets no live plan holds any more, so memory stays
			// flat over a long run.
			let live: std::collections::BTreeSet<[u8; 32]> = ext.execute_with(|| {
				pallet_plans::Plans::<Runtime>::iter_values()
					.flat_map(|p| p.terms.datasets.into_iter().map(|d| d.root))
					.collect()
			});
			f.datasets.retain(|root, _| live.contains(root));
		}
		if f.blocks.is_multiple_of(1000) && !args.verbose {
			eprintln!("fuzz: {} calls, {} blocks, {:.1?}", f.calls, f.blocks, started.elapsed());
		}
	}
	let reached: Vec<String> = f
		.seen
		.iter()
		.filter(|(name, _)| {
			[
				"Plans::",
				"Hosting::",
				"ProofsOfStorage::",
				"Benchmarks::",
				"Jobs::",
				"Roles::",
				"(state)",
			]
			.iter()
			.any(|p| name.starts_with(p))
		})
		.map(|(name, n)| format!("{name} {n}"))
		.collect();
	eprintln!("fuzz: events reached: {}", reached.join(", "));
	let (calls, blocks) = (f.calls, f.blocks);
	eprintln!("fuzz: seed {} took {:.1?}", args.seed, started.elapsed());
	println!("fuzz: {calls} calls, {blocks} blocks, {breaks} invariant breaks");
	if breaks > 0 {
		std::process::exit(1);
	}
}
