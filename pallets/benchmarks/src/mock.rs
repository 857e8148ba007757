//! A test runtime: the real pallet and Balances, with in-memory mocks of the hostings,
//! plans, roles, profiles and reputation it talks to through traits.
use crate as pallet_benchmarks;
use core::cell::RefCell;
use datdot_primitives::{
	merkle,
	traits::{
		DatasetView, HostingInspect, HostingView, Outcome, PlanId, PlanInspect, PlanView,
		ProfileProvider, ReputationSink, RoleProvider,
	},
	OcwPublic, ProviderStatus, Role,
};
use frame_support::{derive_impl, parameter_types, traits::ConstU32};
use frame_system::EnsureRoot;
use sp_core::H256;
use sp_runtime::{BuildStorage, DispatchResult};
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
		Benchmarks: pallet_benchmarks,
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

impl frame_system::offchain::CreateTransactionBase<pallet_benchmarks::Call<Test>> for Test {
	type Extrinsic = UncheckedExtrinsic;
	type RuntimeCall = RuntimeCall;
}

impl frame_system::offchain::CreateTransaction<pallet_benchmarks::Call<Test>> for Test {
	type Extension = TxExtension;
	fn create_transaction(call: RuntimeCall, extension: TxExtension) -> UncheckedExtrinsic {
		UncheckedExtrinsic::new_transaction(call, extension)
	}
}

impl frame_system::offchain::CreateAuthorizedTransaction<pallet_benchmarks::Call<Test>> for Test {
	fn create_extension() -> TxExtension {
		(frame_system::AuthorizeCall::new(),)
	}
}

/// The world the benchmarks pallet sees through its traits.
#[derive(Default)]
pub struct World {
	/// (contract, hoster) → hosting
	pub hostings: BTreeMap<(u64, AccountId), HostingView>,
	pub plans: BTreeMap<PlanId, PlanView<AccountId>>,
	/// Attestors, in member order, with their status.
	pub attestors: Vec<(AccountId, ProviderStatus)>,
	pub outcomes: Vec<(AccountId, Role, Outcome)>,
	pub keys: BTreeMap<OcwPublic, AccountId>,
	pub endpoints: BTreeMap<AccountId, Vec<u8>>,
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
		world(|w| w.hostings.get(&(contract, *hoster)).cloned())
	}
	fn repair(contract: u64, hoster: &AccountId) {
		world(|w| w.hostings.remove(&(contract, *hoster)));
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
	fn budget_spent(plan: PlanId) {
		world(|w| {
			w.plans.remove(&plan);
		});
	}
}

pub struct MockRoles;
impl RoleProvider<AccountId> for MockRoles {
	fn has_role(who: &AccountId, role: Role) -> bool {
		Self::status(who, role).is_some()
	}
	fn status(who: &AccountId, role: Role) -> Option<ProviderStatus> {
		if role != Role::Attestor {
			return None;
		}
		world(|w| w.attestors.iter().find(|(a, _)| a == who).map(|(_, s)| *s))
	}
	fn free_storage(_: &AccountId, _: Role) -> u64 {
		0
	}
	fn serves_region(_: &AccountId, _: Role, _: &[u8]) -> bool {
		true
	}
	fn reserve(_: &AccountId, _: Role, _: u64) -> DispatchResult {
		Ok(())
	}
	fn release(_: &AccountId, _: Role, _: u64) {}
	fn duties(_: &AccountId, _: Role) -> u32 {
		0
	}
	fn member_count(role: Role) -> u32 {
		if role != Role::Attestor {
			return 0;
		}
		world(|w| w.attestors.len() as u32)
	}
	fn member(role: Role, index: u32) -> Option<AccountId> {
		if role != Role::Attestor {
			return None;
		}
		world(|w| w.attestors.get(index as usize).map(|(a, _)| *a))
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn ensure_role(who: &AccountId, role: Role) {
		if role == Role::Attestor && !Self::has_role(who, role) {
			world(|w| w.attestors.push((*who, ProviderStatus::Available)));
		}
	}
}

pub struct MockReputation;
impl ReputationSink<AccountId> for MockReputation {
	fn record(who: &AccountId, role: Role, outcome: Outcome) {
		world(|w| w.outcomes.push((*who, role, outcome)));
	}
}

pub struct MockProfiles;
impl ProfileProvider<AccountId> for MockProfiles {
	fn has_profile(who: &AccountId) -> bool {
		world(|w| w.keys.values().any(|a| a == who) || w.endpoints.contains_key(who))
	}
	fn owner_of_ocw_key(key: &OcwPublic) -> Option<AccountId> {
		world(|w| w.keys.get(key).copied())
	}
	fn ocw_key_of(who: &AccountId) -> Option<OcwPublic> {
		world(|w| w.keys.iter().find(|(_, a)| *a == who).map(|(k, _)| k.clone()))
	}
	fn endpoint_of(who: &AccountId) -> Option<Vec<u8>> {
		world(|w| w.endpoints.get(who).cloned())
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
	pub const DefaultParams: pallet_benchmarks::ParamsOf<Test> = pallet_benchmarks::Params {
		period: 30,
		window: 4,
		attestors: 3,
		samples: 2,
		request_fee: 10,
	};
}

impl pallet_benchmarks::Config for Test {
	type Currency = Balances;
	type Hosting = MockHosting;
	type Plans = MockPlans;
	type Roles = MockRoles;
	type Profiles = MockProfiles;
	type Reputation = MockReputation;
	type Randomness = MockRandomness;
	type AdminOrigin = EnsureRoot<AccountId>;
	type Treasury = Treasury;
	type DefaultParams = DefaultParams;
	type MaxAttestors = ConstU32<5>;
	type MaxSamples = ConstU32<4>;
	type MaxPerBlock = ConstU32<4>;
	type CallsPaused = CallsPaused;
	type Congestion = MockCongestion;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBenchmarkHelper;
}

/// The data set every mocked hosting keeps: 10 chunks of 100 bytes.
pub fn chunks() -> Vec<Vec<u8>> {
	(0..10u8).map(|i| vec![i; 100]).collect()
}

pub fn root_of(chunks: &[Vec<u8>]) -> [u8; 32] {
	merkle::root(chunks.iter().map(|c| c.as_slice()), 100).expect("chunks")
}

pub const SPONSOR: AccountId = 1;
pub const HOSTER: AccountId = 20;
/// Attestors 10, 11, 12 (available) and 13 (signed off).
pub const ATTESTORS: [AccountId; 3] = [10, 11, 12];
pub const PAUSED: AccountId = 13;
pub const ENDPOINT: &[u8] = b"http://hoster.test/rpc";

/// Plan 0 requires `min_bandwidth` and `max_latency_ms`; hoster 20 keeps contract
/// `contract` of it, served at [`ENDPOINT`].
pub fn add_hosting(contract: u64, hoster: AccountId, min_bandwidth: u64, max_latency_ms: u32) {
	let chunks = chunks();
	let root = root_of(&chunks);
	let leaves = chunks.len() as u32;
	world(|w| {
		w.plans.insert(
			0,
			PlanView {
				sponsor: SPONSOR,
				replication: 2,
				regions: vec![],
				min_reputation: 0,
				ranges: vec![(0, 0, leaves)],
				datasets: vec![DatasetView {
					root,
					chunks: leaves,
					chunk_size: 100,
					source: b"http://127.0.0.1/data".to_vec(),
				}],
				escrow: 0,
				running: true,
				paused_blocks: 0,
				price: 1,
				min_bandwidth,
				max_latency_ms,
			},
		);
		w.hostings.insert(
			(contract, hoster),
			HostingView {
				plan: 0,
				root,
				leaves,
				chunk_size: 100,
				start: 0,
				end: leaves,
				running: true,
			},
		);
		w.endpoints.insert(hoster, ENDPOINT.to_vec());
	})
}

#[cfg(feature = "runtime-benchmarks")]
pub struct MockBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_benchmarks::BenchmarkHelper<AccountId> for MockBenchmarkHelper {
	fn fund(who: &AccountId) {
		use frame_support::traits::fungible::Mutate;
		Balances::set_balance(who, 1 << 40);
	}
	fn confirmed_hosting(hoster: &AccountId) -> u64 {
		let contract = world(|w| w.hostings.len() as u64);
		add_hosting(contract, *hoster, 0, 0);
		contract
	}
	fn make_attestor(who: &AccountId, key: OcwPublic) {
		<MockRoles as RoleProvider<AccountId>>::ensure_role(who, Role::Attestor);
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
		WORLD.with(|w| {
			let mut w = w.borrow_mut();
			*w = World::default();
			w.attestors = ATTESTORS
				.iter()
				.map(|a| (*a, ProviderStatus::Available))
				.chain([(PAUSED, ProviderStatus::SignedOff)])
				.collect();
		});
		let mut ext = sp_io::TestExternalities::new(t);
		ext.register_extension(sp_keystore::KeystoreExt::new(
			sp_keystore::testing::MemoryKeystore::new(),
		));
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn run(test: impl FnOnce()) {
		Self::build().execute_with(|| {
			test();
			Benchmarks::do_try_state().expect("invariants hold");
		})
	}
}

frame_support::parameter_types! {
	/// Whether the test pauses the pallet's calls (as the circuit breaker would).
	pub static CallsPaused: bool = false;
	/// The last full block, as the proofs pallet would have recorded it.
	pub static LastCongested: Option<u64> = None;
}

/// Reads [`LastCongested`], as the proofs pallet's record of full blocks.
pub struct MockCongestion;
impl datdot_primitives::traits::Congestion<u64> for MockCongestion {
	fn congested_since(since: u64) -> bool {
		LastCongested::get().is_some_and(|at| at >= since)
	}
}
