//! A test runtime: System, Balances, the real Escrow pallet (payments, fees, disputes)
//! and this pallet, with in-memory mocks of the roles registry and reputation.
use crate as pallet_jobs;
use core::cell::RefCell;
use datdot_primitives::{
	traits::{Outcome, ProviderStakes, ReputationOf, ReputationSink, RoleProvider},
	ProviderStatus, Resources, Role,
};
use frame_support::{derive_impl, parameter_types, traits::ConstU32};
use frame_system::EnsureRoot;
use sp_core::{sr25519, Pair};
use sp_runtime::{
	traits::{IdentifyAccount, IdentityLookup, Verify},
	BuildStorage, DispatchResult, MultiSignature, Perbill,
};
use std::collections::BTreeMap;

pub type AccountId = <<MultiSignature as Verify>::Signer as IdentifyAccount>::AccountId;
pub type Balance = u64;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Escrow: pallet_escrow,
		Jobs: pallet_jobs,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = IdentityLookup<AccountId>;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type Balance = Balance;
	type ExistentialDeposit = frame_support::traits::ConstU64<1>;
	type RuntimeHoldReason = RuntimeHoldReason;
}

parameter_types! {
	/// Whether the circuit breaker pauses the pallet, as the tests set it.
	pub static CallsPaused: bool = false;
	pub TreasuryAccount: AccountId = account("treasury");
	/// 1% protocol fee, so the tests see it taken.
	pub const Fee: u16 = 100;
	pub const DefaultParams: pallet_jobs::ParamsOf<Test> = pallet_jobs::Params {
		min_payment: 10,
		challenge_window: 5,
		claim_period: 10,
		dispute_bond: 50,
		slash: Perbill::from_percent(10),
		high_reputation: 800,
		early_window: 2,
	};
}

impl pallet_escrow::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AdminOrigin = EnsureRoot<AccountId>;
	type Arbiter = EnsureRoot<AccountId>;
	type Treasury = TreasuryAccount;
	type DefaultProtocolFee = Fee;
	type OnResolved = Jobs;
	type WeightInfo = ();
}

impl pallet_jobs::Config for Test {
	type Currency = Balances;
	type Escrow = Escrow;
	type Roles = MockRoles;
	type Stakes = MockRoles;
	type Reputation = MockReputation;
	type AdminOrigin = EnsureRoot<AccountId>;
	type DefaultParams = DefaultParams;
	type MaxFailed = ConstU32<4>;
	type MaxTimeoutsPerBlock = ConstU32<8>;
	type MaxClaimsPerWorker = ConstU32<2>;
	type RatingWindow = frame_support::traits::ConstU64<50>;
	type MaxJobDuration = frame_support::traits::ConstU64<1000>;
	type CallsPaused = CallsPaused;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Funder;
}

/// Funds benchmark accounts.
#[cfg(feature = "runtime-benchmarks")]
pub struct Funder;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_jobs::BenchmarkHelper<AccountId> for Funder {
	fn fund(who: &AccountId) {
		use frame_support::traits::fungible::Mutate;
		Balances::set_balance(who, u64::MAX / 4);
	}
}

/// The registry and reputation the pallet sees through its traits.
#[derive(Default)]
pub struct World {
	/// (who, role) → (status, resources, duties)
	pub roles: BTreeMap<(AccountId, Role), (ProviderStatus, Resources, u32)>,
	pub reputation: BTreeMap<AccountId, u32>,
	pub outcomes: Vec<(AccountId, Outcome)>,
	pub slashes: Vec<(AccountId, Perbill)>,
}

thread_local! {
	pub static WORLD: RefCell<World> = RefCell::new(World::default());
}

pub fn world<R>(f: impl FnOnce(&mut World) -> R) -> R {
	WORLD.with(|w| f(&mut w.borrow_mut()))
}

pub struct MockRoles;
impl RoleProvider<AccountId> for MockRoles {
	fn has_role(who: &AccountId, role: Role) -> bool {
		world(|w| w.roles.contains_key(&(who.clone(), role)))
	}
	fn status(who: &AccountId, role: Role) -> Option<ProviderStatus> {
		world(|w| w.roles.get(&(who.clone(), role)).map(|r| r.0))
	}
	fn free_storage(_: &AccountId, _: Role) -> u64 {
		0
	}
	fn serves_region(_: &AccountId, _: Role, _: &[u8]) -> bool {
		true
	}
	fn reserve(who: &AccountId, role: Role, _: u64) -> DispatchResult {
		world(|w| {
			let r = w.roles.get_mut(&(who.clone(), role)).ok_or("not registered")?;
			r.2 += 1;
			Ok(())
		})
	}
	fn release(who: &AccountId, role: Role, _: u64) {
		world(|w| {
			if let Some(r) = w.roles.get_mut(&(who.clone(), role)) {
				r.2 = r.2.saturating_sub(1);
			}
		})
	}
	fn duties(who: &AccountId, role: Role) -> u32 {
		world(|w| w.roles.get(&(who.clone(), role)).map(|r| r.2).unwrap_or(0))
	}
	fn member_count(_: Role) -> u32 {
		0
	}
	fn member(_: Role, _: u32) -> Option<AccountId> {
		None
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn ensure_role(who: &AccountId, role: Role) {
		if !Self::has_role(who, role) {
			register_worker(who, big());
		}
	}
}

impl ProviderStakes<AccountId> for MockRoles {
	fn resources(who: &AccountId, role: Role) -> Option<Resources> {
		world(|w| w.roles.get(&(who.clone(), role)).map(|r| r.1))
	}
	fn slash(who: &AccountId, _: Role, fraction: Perbill) {
		world(|w| w.slashes.push((who.clone(), fraction)));
	}
}

pub struct MockReputation;
impl ReputationOf<AccountId> for MockReputation {
	fn reputation(who: &AccountId, _: Role) -> u32 {
		world(|w| w.reputation.get(who).copied().unwrap_or(500))
	}
}
impl ReputationSink<AccountId> for MockReputation {
	fn record(who: &AccountId, _: Role, outcome: Outcome) {
		world(|w| w.outcomes.push((who.clone(), outcome)));
	}
}

/// The sr25519 pair of a test account.
pub fn pair(name: &str) -> sr25519::Pair {
	sr25519::Pair::from_string(&format!("//{name}"), None).expect("valid uri")
}

/// The account of `name`: its sr25519 public key.
pub fn account(name: &str) -> AccountId {
	AccountId::from(pair(name).public())
}

pub fn big() -> Resources {
	Resources { storage: 1 << 40, bandwidth: 1 << 30, cpu: 64_000, ram: 1 << 40 }
}

/// Registers `who` as an available worker offering `resources`.
pub fn register_worker(who: &AccountId, resources: Resources) {
	world(|w| {
		w.roles.insert((who.clone(), Role::Worker), (ProviderStatus::Available, resources, 0));
	});
}

pub const FUNDS: Balance = 100_000;

pub struct ExtBuilder {
	workers: Vec<&'static str>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { workers: vec!["worker", "worker2"] }
	}
}

impl ExtBuilder {
	pub fn build(self) -> sp_io::TestExternalities {
		let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> {
			balances: ["client", "worker", "worker2", "treasury", "stranger"]
				.into_iter()
				.map(|n| (account(n), FUNDS))
				.collect(),
			..Default::default()
		}
		.assimilate_storage(&mut t)
		.unwrap();
		WORLD.with(|w| *w.borrow_mut() = World::default());
		for name in self.workers {
			register_worker(&account(name), big());
		}
		let mut ext = sp_io::TestExternalities::new(t);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Builds, runs `test`, then checks every pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Jobs::do_try_state().expect("jobs invariants hold");
			Escrow::do_try_state().expect("escrow invariants hold");
		})
	}
}

#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut ext = ExtBuilder::default().build();
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext
}
