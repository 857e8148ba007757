//! A test runtime for the hosting pallet: the real pallet, and in-memory mocks of the
//! plans, roles, profiles, reputation and escrow it talks to through traits.
use crate as pallet_hosting;
use core::cell::RefCell;
use datdot_primitives::{
	traits::{
		DatasetView, EscrowId, EscrowManager, Outcome, PlanId, PlanInspect, PlanView,
		ProfileProvider, ReputationOf, ReputationSink, RoleProvider,
	},
	OcwPublic, ProviderStatus, Role,
};
use frame_support::{derive_impl, parameter_types, traits::ConstU32};
use frame_system::EnsureRoot;
use sp_core::H256;
use sp_runtime::{BuildStorage, DispatchError, DispatchResult};
use std::collections::BTreeMap;

pub type AccountId = u64;
pub type Balance = u64;

/// Extrinsics of the mock carry `AuthorizeCall`, as the runtime's do.
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
		Hosting: pallet_hosting,
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

impl frame_system::offchain::CreateTransactionBase<pallet_hosting::Call<Test>> for Test {
	type Extrinsic = UncheckedExtrinsic;
	type RuntimeCall = RuntimeCall;
}

impl frame_system::offchain::CreateTransaction<pallet_hosting::Call<Test>> for Test {
	type Extension = TxExtension;
	fn create_transaction(call: RuntimeCall, extension: TxExtension) -> UncheckedExtrinsic {
		UncheckedExtrinsic::new_transaction(call, extension)
	}
}

impl frame_system::offchain::CreateAuthorizedTransaction<pallet_hosting::Call<Test>> for Test {
	fn create_extension() -> TxExtension {
		(frame_system::AuthorizeCall::new(),)
	}
}

/// (status, declared storage, used storage, duties, regions)
pub type MockRegistration = (ProviderStatus, u64, u64, u32, Vec<Vec<u8>>);

/// The world the hosting pallet sees through its traits.
#[derive(Default)]
pub struct World {
	pub plans: BTreeMap<PlanId, PlanView<AccountId>>,
	pub roles: BTreeMap<(AccountId, Role), MockRegistration>,
	pub members: BTreeMap<Role, Vec<AccountId>>,
	pub keys: BTreeMap<OcwPublic, AccountId>,
	pub endpoints: BTreeMap<AccountId, Vec<u8>>,
	pub reputation: BTreeMap<(AccountId, Role), u32>,
	pub outcomes: Vec<(AccountId, Role, Outcome)>,
	pub escrows: BTreeMap<EscrowId, Balance>,
	pub payouts: Vec<(EscrowId, AccountId, Balance)>,
	/// What the observers were told: ("confirmed" | "ended", contract, hoster).
	pub observed: Vec<(&'static str, u64, AccountId)>,
	/// Stakes slashed: (who, role, fraction).
	pub slashes: Vec<(AccountId, Role, sp_runtime::Perbill)>,
}

/// Records slashes.
pub struct MockStakes;
impl datdot_primitives::traits::ProviderStakes<AccountId> for MockStakes {
	fn resources(who: &AccountId, role: Role) -> Option<datdot_primitives::Resources> {
		world(|w| w.roles.get(&(*who, role)).map(|r| r.1))
			.map(|storage| datdot_primitives::Resources { storage, ..Default::default() })
	}
	fn slash(who: &AccountId, role: Role, fraction: sp_runtime::Perbill) {
		world(|w| w.slashes.push((*who, role, fraction)));
	}
}

/// Records what the hosting pallet tells its observers (the proofs and benchmarks
/// pallets in the runtime).
pub struct MockObserver;
impl datdot_primitives::traits::HostingObserver<AccountId> for MockObserver {
	fn confirmed(contract: u64, hoster: &AccountId) {
		world(|w| w.observed.push(("confirmed", contract, *hoster)));
	}
	fn ended(contract: u64, hoster: &AccountId) {
		world(|w| w.observed.push(("ended", contract, *hoster)));
	}
}

thread_local! {
	pub static WORLD: RefCell<World> = RefCell::new(World::default());
}

pub fn world<R>(f: impl FnOnce(&mut World) -> R) -> R {
	WORLD.with(|w| f(&mut w.borrow_mut()))
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
		world(|w| w.roles.contains_key(&(*who, role)))
	}
	fn status(who: &AccountId, role: Role) -> Option<ProviderStatus> {
		world(|w| w.roles.get(&(*who, role)).map(|r| r.0))
	}
	fn free_storage(who: &AccountId, role: Role) -> u64 {
		world(|w| w.roles.get(&(*who, role)).map(|r| r.1.saturating_sub(r.2)).unwrap_or(0))
	}
	fn serves_region(who: &AccountId, role: Role, region: &[u8]) -> bool {
		world(|w| {
			w.roles.get(&(*who, role)).is_some_and(|r| {
				r.4.is_empty() || r.4.iter().any(|g| region.starts_with(g) || g.starts_with(region))
			})
		})
	}
	fn reserve(who: &AccountId, role: Role, bytes: u64) -> DispatchResult {
		world(|w| {
			let r = w.roles.get_mut(&(*who, role)).ok_or(DispatchError::Other("not registered"))?;
			if r.0 != ProviderStatus::Available || r.1.saturating_sub(r.2) < bytes {
				return Err(DispatchError::Other("no room"));
			}
			r.2 += bytes;
			r.3 += 1;
			Ok(())
		})
	}
	fn release(who: &AccountId, role: Role, bytes: u64) {
		world(|w| {
			if let Some(r) = w.roles.get_mut(&(*who, role)) {
				r.2 = r.2.saturating_sub(bytes);
				r.3 = r.3.saturating_sub(1);
			}
		})
	}
	fn duties(who: &AccountId, role: Role) -> u32 {
		world(|w| w.roles.get(&(*who, role)).map(|r| r.3).unwrap_or(0))
	}
	fn member_count(role: Role) -> u32 {
		world(|w| w.members.get(&role).map(|m| m.len() as u32).unwrap_or(0))
	}
	fn member(role: Role, index: u32) -> Option<AccountId> {
		world(|w| w.members.get(&role).and_then(|m| m.get(index as usize).copied()))
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn ensure_role(who: &AccountId, role: Role) {
		if !Self::has_role(who, role) {
			register(*who, role, u64::MAX / 2);
		}
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
	fn endpoint_of(who: &AccountId) -> Option<Vec<u8>> {
		world(|w| w.endpoints.get(who).cloned())
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn ensure_profile(_: &AccountId) {}
}

pub struct MockReputation;
impl ReputationSink<AccountId> for MockReputation {
	fn record(who: &AccountId, role: Role, outcome: Outcome) {
		world(|w| w.outcomes.push((*who, role, outcome)));
	}
}
impl ReputationOf<AccountId> for MockReputation {
	fn reputation(who: &AccountId, role: Role) -> u32 {
		world(|w| w.reputation.get(&(*who, role)).copied().unwrap_or(500))
	}
}

pub struct MockEscrow;
impl EscrowManager<AccountId, Balance> for MockEscrow {
	fn open(_: &AccountId, amount: Balance) -> Result<EscrowId, DispatchError> {
		world(|w| {
			let id = w.escrows.len() as EscrowId;
			w.escrows.insert(id, amount);
			Ok(id)
		})
	}
	fn top_up(id: EscrowId, _: &AccountId, amount: Balance) -> DispatchResult {
		world(|w| {
			*w.escrows.get_mut(&id).ok_or(DispatchError::Other("no escrow"))? += amount;
			Ok(())
		})
	}
	fn pay(id: EscrowId, payee: &AccountId, amount: Balance) -> Result<Balance, DispatchError> {
		world(|w| {
			let left = w.escrows.get_mut(&id).ok_or(DispatchError::Other("no escrow"))?;
			if *left < amount {
				return Err(DispatchError::Other("escrow too small"));
			}
			*left -= amount;
			w.payouts.push((id, *payee, amount));
			Ok(amount)
		})
	}
	fn refund(id: EscrowId) -> Result<Balance, DispatchError> {
		world(|w| w.escrows.remove(&id).ok_or(DispatchError::Other("no escrow")))
	}
	fn refund_part(id: EscrowId, amount: Balance) -> DispatchResult {
		world(|w| {
			let left = w.escrows.get_mut(&id).ok_or(DispatchError::Other("no escrow"))?;
			*left = left.checked_sub(amount).ok_or(DispatchError::Other("escrow too small"))?;
			Ok(())
		})
	}
	fn balance(id: EscrowId) -> Option<Balance> {
		world(|w| w.escrows.get(&id).copied())
	}
}

/// Seeds follow the block number: deterministic tests, different per block.
pub struct MockRandomness;
impl frame_support::traits::Randomness<H256, u64> for MockRandomness {
	fn random(subject: &[u8]) -> (H256, u64) {
		let block = System::block_number();
		(H256::from(sp_io::hashing::blake2_256(&(subject, block).encode_to_vec())), block)
	}
}

trait EncodeToVec {
	fn encode_to_vec(&self) -> Vec<u8>;
}
impl<T: codec::Encode> EncodeToVec for T {
	fn encode_to_vec(&self) -> Vec<u8> {
		self.encode()
	}
}

parameter_types! {
	pub const RoundTimeout: u64 = 10;
	pub const SetupTimeout: u64 = 20;
	pub const Fee: Balance = 5;
	pub const SilenceSlash: sp_runtime::Perbill = sp_runtime::Perbill::from_percent(1);
}

impl pallet_hosting::Config for Test {
	type Currency = Balances;
	type Plans = MockPlans;
	type Roles = MockRoles;
	type Profiles = MockProfiles;
	type Reputation = MockReputation;
	type Stakes = MockStakes;
	type SilenceSlash = SilenceSlash;
	type Escrow = MockEscrow;
	type Randomness = MockRandomness;
	type ChunksPerContract = ConstU32<4>;
	type MaxContractsPerPlan = ConstU32<8>;
	type MaxHosters = ConstU32<5>;
	type AttestorsPerMatch = ConstU32<3>;
	type MatchCandidates = ConstU32<8>;
	type MatchThreshold = ConstU32<2>;
	type SetupCheckers = ConstU32<2>;
	type RoundTimeout = RoundTimeout;
	type RetryDelay = frame_support::traits::ConstU64<15>;
	type MaxUnansweredRounds = ConstU32<3>;
	type SetupTimeout = SetupTimeout;
	type SetupFetchRate = SetupFetchRate;
	type MaxOpenRounds = ConstU32<16>;
	type MaxRoundsPerPlan = ConstU32<4>;
	type MaxTimeoutsPerBlock = ConstU32<4>;
	type DefaultAttestorFee = Fee;
	type AdminOrigin = EnsureRoot<AccountId>;
	type CallsPaused = CallsPaused;
	type Congestion = MockCongestion;
	type WeightInfo = ();
	type Observer = MockObserver;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBenchmarkHelper;
}

/// Sets up the mocked world for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_hosting::BenchmarkHelper<AccountId> for MockBenchmarkHelper {
	fn fund(_who: &AccountId) {}
	fn running_plan(sponsor: &AccountId, chunks: u32, replication: u8) -> PlanId {
		world(|w| {
			let id = w.plans.keys().max().map_or(0, |m| m + 1);
			let escrow = w.escrows.keys().max().map_or(0, |m| m + 1);
			w.escrows.insert(escrow, Balance::MAX / 2);
			let mut plan = plan_view();
			plan.sponsor = *sponsor;
			plan.replication = replication;
			plan.min_reputation = 0;
			plan.ranges = vec![(0, 0, chunks)];
			plan.datasets[0].chunks = chunks;
			plan.escrow = escrow;
			w.plans.insert(id, plan);
			id
		})
	}
	fn set_ocw_key(who: &AccountId, key: OcwPublic) {
		world(|w| {
			w.keys.retain(|_, a| a != who);
			w.keys.insert(key, *who);
		})
	}
}

/// Externalities for the benchmarks: the default world and a keystore to sign with.
#[cfg(feature = "runtime-benchmarks")]
pub fn bench_ext() -> sp_io::TestExternalities {
	let mut ext = ExtBuilder::default().build();
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext
}

/// Registers `who` in `role` with `storage` bytes, anywhere.
pub fn register(who: AccountId, role: Role, storage: u64) {
	world(|w| {
		w.roles.insert((who, role), (ProviderStatus::Available, storage, 0, 0, vec![]));
		w.members.entry(role).or_default().push(who);
	});
}

pub const SPONSOR: AccountId = 1;
/// Attestors 10, 11, 12; hosters 20..=24.
pub const ATTESTORS: [AccountId; 3] = [10, 11, 12];
pub const HOSTERS: [AccountId; 5] = [20, 21, 22, 23, 24];

/// A running plan 0: 10 chunks of 100 bytes, replication 2, escrow 0 holding 1000.
pub fn plan_view() -> PlanView<AccountId> {
	PlanView {
		sponsor: SPONSOR,
		replication: 2,
		regions: vec![],
		min_reputation: 400,
		ranges: vec![(0, 0, 10)],
		datasets: vec![DatasetView {
			root: [7; 32],
			chunks: 10,
			chunk_size: 100,
			source: b"http://127.0.0.1:8000/data".to_vec(),
		}],
		escrow: 0,
		running: true,
		paused_blocks: 0,
		price: 1,
		min_bandwidth: 0,
		max_latency_ms: 0,
	}
}

/// Builds test externalities: attestors and hosters registered, plan 0 running.
pub struct ExtBuilder {
	hosters: Vec<AccountId>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { hosters: HOSTERS.to_vec() }
	}
}

impl ExtBuilder {
	/// Registers only these hosters.
	pub fn with_hosters(mut self, hosters: &[AccountId]) -> Self {
		self.hosters = hosters.to_vec();
		self
	}

	pub fn build(self) -> sp_io::TestExternalities {
		let t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut ext = sp_io::TestExternalities::new(t);
		// The node's chunk files, in memory.
		ext.register_extension(datdot_primitives::chunk_store::FrameStoreExt(std::sync::Arc::new(
			datdot_primitives::chunk_store::MemoryFrameStore::default(),
		)));
		WORLD.with(|w| *w.borrow_mut() = World::default());
		for a in ATTESTORS {
			register(a, Role::Attestor, 0);
		}
		for h in &self.hosters {
			register(*h, Role::Hoster, 1_000);
		}
		world(|w| {
			w.plans.insert(0, plan_view());
			w.escrows.insert(0, 1_000);
		});
		ext.execute_with(|| System::set_block_number(1));
		ext
	}
}

frame_support::parameter_types! {
	/// Whether the test pauses the pallet's calls (as the circuit breaker would).
	pub static CallsPaused: bool = false;
	/// Chunks a hoster is counted to fetch a block: by default so many that a setup's
	/// window is the bare `SetupTimeout`; tests of the fetch queue lower it.
	pub static SetupFetchRate: u32 = u32::MAX;
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
