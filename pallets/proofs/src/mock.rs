//! A test runtime: the real pallet and Balances, with in-memory mocks of the hostings,
//! plans, escrow, reputation, stakes and profiles it talks to through traits.
use crate as pallet_proofs;
use core::cell::RefCell;
use datdot_primitives::{
	merkle,
	traits::{
		DatasetView, EscrowId, EscrowManager, HostingInspect, HostingView, Outcome, PlanId,
		PlanInspect, PlanView, ProfileProvider, ProviderStakes, ReputationSink,
	},
	OcwPublic, Resources, Role,
};
use frame_support::{derive_impl, parameter_types, traits::ConstU32};
use frame_system::EnsureRoot;
use sp_core::H256;
use sp_runtime::{BuildStorage, DispatchError, DispatchResult, Perbill};
use std::collections::BTreeMap;

pub type AccountId = u64;
pub type Balance = u64;

pub type TxExtension = (frame_system::AuthorizeCall<Test>,);
pub type UncheckedExtrinsic =
	sp_runtime::generic::UncheckedExtrinsic<AccountId, RuntimeCall, (), TxExtension>;
type Block = sp_runtime::generic::Block<
	sp_runtime::generic::Header<u64, sp_runtime::traits::BlakeTwo256>,
	UncheckedExtrinsic,
>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Proofs: pallet_proofs,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type Balance = Balance;
}

impl frame_system::offchain::CreateTransactionBase<pallet_proofs::Call<Test>> for Test {
	type Extrinsic = UncheckedExtrinsic;
	type RuntimeCall = RuntimeCall;
}

impl frame_system::offchain::CreateTransaction<pallet_proofs::Call<Test>> for Test {
	type Extension = TxExtension;
	fn create_transaction(call: RuntimeCall, extension: TxExtension) -> UncheckedExtrinsic {
		UncheckedExtrinsic::new_transaction(call, extension)
	}
}

impl frame_system::offchain::CreateAuthorizedTransaction<pallet_proofs::Call<Test>> for Test {
	fn create_extension() -> TxExtension {
		(frame_system::AuthorizeCall::new(),)
	}
}

/// The world the proofs pallet sees through its traits.
#[derive(Default)]
pub struct World {
	/// (contract, hoster) → hosting
	pub hostings: BTreeMap<(u64, AccountId), HostingView>,
	pub plans: BTreeMap<PlanId, PlanView<AccountId>>,
	pub escrows: BTreeMap<EscrowId, Balance>,
	pub payouts: Vec<(AccountId, Balance)>,
	pub outcomes: Vec<(AccountId, Outcome)>,
	pub slashes: Vec<(AccountId, Perbill)>,
	pub repaired: Vec<(u64, AccountId)>,
	/// Plans told their budget is spent.
	pub spent: Vec<PlanId>,
	/// Every payout fails (as a broken escrow would).
	pub pay_fails: bool,
	pub keys: BTreeMap<OcwPublic, AccountId>,
	/// Storage hosters declared, in bytes (none: the whole stake is at risk).
	pub declared: BTreeMap<AccountId, u64>,
}

thread_local! {
	pub static WORLD: RefCell<World> = RefCell::new(World::default());
}

pub fn world<R>(f: impl FnOnce(&mut World) -> R) -> R {
	WORLD.with(|w| f(&mut w.borrow_mut()))
}

pub struct MockHosting;
impl HostingInspect<AccountId> for MockHosting {
	fn hosting(contract: u64, hoster: &AccountId) -> Option<HostingView> {
		world(|w| {
			let mut view = w.hostings.get(&(contract, *hoster)).cloned()?;
			// As the hosting pallet does: the plan's state at the time of the read.
			view.running = w.plans.get(&view.plan).is_some_and(|p| p.running);
			Some(view)
		})
	}
	fn repair(contract: u64, hoster: &AccountId) {
		world(|w| {
			w.hostings.remove(&(contract, *hoster));
			w.repaired.push((contract, *hoster));
		});
		// As the hosting pallet does: the hosting ended for the observers.
		<Proofs as datdot_primitives::traits::HostingObserver<AccountId>>::ended(contract, hoster);
	}
	fn contracts_of(hoster: &AccountId) -> Vec<u64> {
		world(|w| w.hostings.keys().filter(|(_, h)| h == hoster).map(|(c, _)| *c).collect())
	}
}

pub struct MockPlans;
impl PlanInspect<AccountId> for MockPlans {
	fn plan(plan: PlanId) -> Option<PlanView<AccountId>> {
		world(|w| w.plans.get(&plan).cloned())
	}
	/// As the plans pallet does: the plan ends, and with it every hosting of it.
	fn budget_spent(plan: PlanId) {
		let ended: Vec<(u64, AccountId)> = world(|w| {
			w.spent.push(plan);
			w.plans.remove(&plan);
			let ended =
				w.hostings.iter().filter(|(_, h)| h.plan == plan).map(|(k, _)| *k).collect();
			w.hostings.retain(|_, h| h.plan != plan);
			ended
		});
		for (contract, hoster) in ended {
			<Proofs as datdot_primitives::traits::HostingObserver<AccountId>>::ended(
				contract, &hoster,
			);
		}
	}
}

pub struct MockEscrow;
impl EscrowManager<AccountId, Balance> for MockEscrow {
	fn open(_: &AccountId, _: Balance) -> Result<EscrowId, DispatchError> {
		Err(DispatchError::Other("unused"))
	}
	fn top_up(_: EscrowId, _: &AccountId, _: Balance) -> DispatchResult {
		Ok(())
	}
	fn pay(id: EscrowId, payee: &AccountId, amount: Balance) -> Result<Balance, DispatchError> {
		world(|w| {
			if w.pay_fails {
				return Err(DispatchError::Other("payouts fail"));
			}
			let left = w.escrows.get_mut(&id).ok_or(DispatchError::Other("no escrow"))?;
			*left = left.checked_sub(amount).ok_or(DispatchError::Other("escrow too small"))?;
			w.payouts.push((*payee, amount));
			Ok(amount)
		})
	}
	fn refund(id: EscrowId) -> Result<Balance, DispatchError> {
		world(|w| w.escrows.remove(&id).ok_or(DispatchError::Other("no escrow")))
	}
	fn refund_part(_: EscrowId, _: Balance) -> DispatchResult {
		Ok(())
	}
	fn balance(id: EscrowId) -> Option<Balance> {
		world(|w| w.escrows.get(&id).copied())
	}
}

pub struct MockReputation;
impl ReputationSink<AccountId> for MockReputation {
	fn record(who: &AccountId, _: Role, outcome: Outcome) {
		world(|w| w.outcomes.push((*who, outcome)));
	}
}

pub struct MockStakes;
impl ProviderStakes<AccountId> for MockStakes {
	fn resources(who: &AccountId, _: Role) -> Option<Resources> {
		world(|w| w.declared.get(who).map(|&storage| Resources { storage, ..Default::default() }))
	}
	fn slash(who: &AccountId, _: Role, fraction: Perbill) {
		world(|w| w.slashes.push((*who, fraction)));
	}
}

pub struct MockProfiles;
impl ProfileProvider<AccountId> for MockProfiles {
	fn has_profile(who: &AccountId) -> bool {
		world(|w| w.keys.values().any(|a| a == who))
	}
	fn owner_of_ocw_key(key: &OcwPublic) -> Option<AccountId> {
		world(|w| w.keys.get(key).copied())
	}
	fn ocw_key_of(who: &AccountId) -> Option<OcwPublic> {
		world(|w| w.keys.iter().find(|(_, a)| *a == who).map(|(k, _)| k.clone()))
	}
	fn endpoint_of(_: &AccountId) -> Option<Vec<u8>> {
		None
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn ensure_profile(_: &AccountId) {}
}

/// Seeds follow the block number.
pub struct MockRandomness;
impl frame_support::traits::Randomness<H256, u64> for MockRandomness {
	fn random(subject: &[u8]) -> (H256, u64) {
		let block = System::block_number();
		(H256::from(sp_io::hashing::blake2_256(&codec::Encode::encode(&(subject, block)))), block)
	}
}

parameter_types! {
	pub const Treasury: AccountId = 999;
	pub const DefaultParams: pallet_proofs::ParamsOf<Test> = pallet_proofs::Params {
		period: 20,
		window: 3,
		indexes: 2,
		max_faults: 3,
		slashes: [Perbill::zero(), Perbill::from_percent(5), Perbill::from_percent(15)],
		request_fee: 10,
	};
}

impl pallet_proofs::Config for Test {
	type Currency = Balances;
	type Hosting = MockHosting;
	type Plans = MockPlans;
	type Escrow = MockEscrow;
	type Reputation = MockReputation;
	type Stakes = MockStakes;
	type Profiles = MockProfiles;
	type Randomness = MockRandomness;
	type AdminOrigin = EnsureRoot<AccountId>;
	type Treasury = Treasury;
	type DefaultParams = DefaultParams;
	type MaxIndexes = ConstU32<4>;
	type MaxChunkSize = ConstU32<{ 4 * 1024 }>;
	type MaxChallengesPerBlock = ConstU32<4>;
	type MaxFaultsPerBlock = MaxFaultsPerBlock;
	type CallsPaused = CallsPaused;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBenchmarkHelper;
}

/// The mocked data set's chunk size: 3 segments, the last one partly filled, so the
/// segment trees have a promoted node.
pub const CHUNK_SIZE: u32 = 2 * 1024 + 100;

/// The data set every mocked hosting keeps: 10 chunks, the last one short.
pub fn chunks() -> Vec<Vec<u8>> {
	(0..10u8)
		.map(|i| {
			let len = if i == 9 { 1500 } else { CHUNK_SIZE as usize };
			// Every segment different, so proving one in another's place fails.
			(0..len).map(|b| (b % 251) as u8 ^ i).collect()
		})
		.collect()
}

pub fn root_of(chunks: &[Vec<u8>]) -> [u8; 32] {
	merkle::root(chunks.iter().map(|c| c.as_slice()), CHUNK_SIZE).expect("chunks")
}

pub const HOSTER: AccountId = 20;
pub const SPONSOR: AccountId = 1;
/// Price per chunk per block; contract 0 covers chunks 0..10.
pub const PRICE: u128 = 2;

/// Adds a running plan 0 (escrow 0) and hoster 20's hosting of contract 0.
pub fn add_hosting(contract: u64, hoster: AccountId, root: [u8; 32], leaves: u32) {
	world(|w| {
		w.plans.entry(0).or_insert(PlanView {
			sponsor: SPONSOR,
			replication: 2,
			regions: vec![],
			min_reputation: 0,
			ranges: vec![(0, 0, leaves)],
			datasets: vec![DatasetView {
				root,
				chunks: leaves,
				chunk_size: CHUNK_SIZE,
				source: b"http://127.0.0.1/data".to_vec(),
			}],
			escrow: 0,
			running: true,
			paused_blocks: 0,
			price: PRICE,
			min_bandwidth: 0,
			max_latency_ms: 0,
		});
		w.escrows.entry(0).or_insert(Balance::MAX / 4);
		w.hostings.insert(
			(contract, hoster),
			HostingView {
				plan: 0,
				root,
				leaves,
				chunk_size: CHUNK_SIZE,
				start: 0,
				end: leaves,
				running: true,
			},
		);
	})
}

#[cfg(feature = "runtime-benchmarks")]
pub struct MockBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_proofs::BenchmarkHelper<AccountId> for MockBenchmarkHelper {
	fn fund(who: &AccountId) {
		use frame_support::traits::fungible::Mutate;
		Balances::set_balance(who, 1 << 40);
	}
	fn confirmed_hosting(hoster: &AccountId, root: [u8; 32], leaves: u32, chunk_size: u32) -> u64 {
		let contract = world(|w| w.hostings.len() as u64);
		add_hosting(contract, *hoster, root, leaves);
		world(|w| w.hostings.get_mut(&(contract, *hoster)).unwrap().chunk_size = chunk_size);
		contract
	}
	fn set_ocw_key(who: &AccountId, key: OcwPublic) {
		world(|w| {
			w.keys.retain(|_, a| a != who);
			w.keys.insert(key, *who);
		})
	}
}

pub struct ExtBuilder;

impl ExtBuilder {
	pub fn build() -> sp_io::TestExternalities {
		let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> {
			balances: vec![(SPONSOR, 1_000), (Treasury::get(), 1)],
			..Default::default()
		}
		.assimilate_storage(&mut t)
		.unwrap();
		WORLD.with(|w| *w.borrow_mut() = World::default());
		let mut ext = sp_io::TestExternalities::new(t);
		ext.register_extension(sp_keystore::KeystoreExt::new(
			sp_keystore::testing::MemoryKeystore::new(),
		));
		// The node's chunk files, in memory.
		ext.register_extension(datdot_primitives::chunk_store::FrameStoreExt(std::sync::Arc::new(
			datdot_primitives::chunk_store::MemoryFrameStore::default(),
		)));
		// Block 1 has started (its hooks are not run): the proof clock read 1 then.
		ext.execute_with(|| {
			System::set_block_number(1);
			pallet_proofs::ProofClock::<Test>::put(1);
		});
		ext
	}
}

frame_support::parameter_types! {
	/// Whether the test pauses the pallet's calls (as the circuit breaker would).
	pub static CallsPaused: bool = false;
	/// Faults counted per block (tests lower it to see the rest wait in line).
	pub static MaxFaultsPerBlock: u32 = 4;
}
