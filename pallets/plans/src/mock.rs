//! A test runtime: System, Balances, the real Escrow pallet, this pallet, and mocks
//! for the roles registry and the hosting side.
use crate as pallet_plans;
use core::cell::RefCell;
use datdot_primitives::{
	traits::{PlanId, PlanLifecycle, RoleProvider},
	ProviderStatus, Role,
};
use frame_support::{derive_impl, parameter_types, traits::ConstU32};
use frame_system::EnsureRoot;
use sp_runtime::{BuildStorage, DispatchResult};

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;
pub type Balance = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Escrow: pallet_escrow,
		Plans: pallet_plans,
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
	type ExistentialDeposit = frame_support::traits::ConstU64<1>;
	type RuntimeHoldReason = RuntimeHoldReason;
}

parameter_types! {
	/// The fee reserve the hosting mock asks per hoster a plan wants (0 unless a test sets it).
	pub static FeePerHoster: u128 = 0;
	pub const Treasury: AccountId = TREASURY;
	pub const NoFee: u16 = 0;
}

impl pallet_escrow::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AdminOrigin = EnsureRoot<AccountId>;
	type Arbiter = EnsureRoot<AccountId>;
	type OnResolved = ();
	type Treasury = Treasury;
	type DefaultProtocolFee = NoFee;
	type WeightInfo = ();
}

thread_local! {
	/// What the hosting mock was told, in order.
	pub static LIFECYCLE: RefCell<Vec<(&'static str, PlanId)>> = const { RefCell::new(Vec::new()) };
	/// The updates of started plans the hosting mock was told of, with their fee top-ups.
	pub static UPDATES: RefCell<Vec<(PlanId, u128)>> = const { RefCell::new(Vec::new()) };
	/// The fee reserves the hosting mock was handed with each plan's start.
	pub static FEES_DUE: RefCell<Vec<u128>> = const { RefCell::new(Vec::new()) };
}

/// Records the lifecycle calls the plans pallet makes.
pub struct MockHosting;
/// The mock hosting side serves plans of at most this many chunks.
pub const MOCK_MAX_CHUNKS: u32 = 1_000;

impl PlanLifecycle for MockHosting {
	/// A contract per 100 chunks (or part).
	fn check_ranges(ranges: &[(u32, u32, u32)]) -> Result<u32, sp_runtime::DispatchError> {
		let chunks: u64 = ranges.iter().map(|(_, s, e)| e.saturating_sub(*s) as u64).sum();
		frame_support::ensure!(
			chunks <= MOCK_MAX_CHUNKS as u64,
			sp_runtime::DispatchError::Other("too many contracts")
		);
		Ok(chunks.div_ceil(100) as u32)
	}
	/// Seven units of ref time, whatever the plan, so tests can read what ends were
	/// charged.
	fn end_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::from_parts(7, 0)
	}
	fn start_weight(contracts: u32) -> frame_support::weights::Weight {
		frame_support::weights::Weight::from_parts(contracts as u64, 0)
	}
	fn fee_reserve(_ranges: &[(u32, u32, u32)], replication: u8) -> u128 {
		FeePerHoster::get() * replication as u128
	}
	fn plan_due(plan: PlanId, fee_reserve: u128) -> DispatchResult {
		FEES_DUE.with(|f| f.borrow_mut().push(fee_reserve));
		LIFECYCLE.with(|l| l.borrow_mut().push(("due", plan)));
		Ok(())
	}
	fn plan_updated(
		plan: PlanId,
		fee_top_up: u128,
	) -> Result<frame_support::weights::Weight, sp_runtime::DispatchError> {
		UPDATES.with(|u| u.borrow_mut().push((plan, fee_top_up)));
		LIFECYCLE.with(|l| l.borrow_mut().push(("updated", plan)));
		Ok(frame_support::weights::Weight::zero())
	}
	fn plan_ended(plan: PlanId) {
		LIFECYCLE.with(|l| l.borrow_mut().push(("ended", plan)));
	}
}

/// Taken from the mock's log.
pub fn lifecycle() -> Vec<(&'static str, PlanId)> {
	LIFECYCLE.with(|l| l.borrow().clone())
}

thread_local! {
	/// Sponsors registered by benchmarks, besides the accounts below 10.
	pub static SPONSORS: RefCell<Vec<AccountId>> = const { RefCell::new(Vec::new()) };
}

/// Every account below 10 is a sponsor, and whoever benchmarks register.
pub struct MockRoles;
impl RoleProvider<AccountId> for MockRoles {
	fn has_role(who: &AccountId, role: Role) -> bool {
		role == Role::Sponsor && (*who < 10 || SPONSORS.with(|s| s.borrow().contains(who)))
	}
	fn status(who: &AccountId, role: Role) -> Option<ProviderStatus> {
		Self::has_role(who, role).then_some(ProviderStatus::Available)
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
	fn member_count(_: Role) -> u32 {
		0
	}
	fn member(_: Role, _: u32) -> Option<AccountId> {
		None
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn ensure_role(who: &AccountId, _: Role) {
		SPONSORS.with(|s| s.borrow_mut().push(*who));
	}
}

impl pallet_plans::Config for Test {
	type Currency = Balances;
	type Escrow = Escrow;
	type Roles = MockRoles;
	type Lifecycle = MockHosting;
	type MaxDatasets = ConstU32<4>;
	type MaxRanges = ConstU32<8>;
	type MaxUrlLen = ConstU32<128>;
	type MaxChunkSize = ConstU32<{ 256 * 1024 }>;
	type MaxReplication = frame_support::traits::ConstU8<5>;
	type MaxQueue = ConstU32<4>;
	type MaxPlansPerSponsor = ConstU32<3>;
	type MaxStartDelay = frame_support::traits::ConstU64<100>;
	type MaxStartsPerBlock = ConstU32<2>;
	type MaxEndsPerBlock = ConstU32<2>;
	type WeightInfo = ();
}

pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
/// Funded, but too poor for most budgets.
pub const DAVE: AccountId = 4;
/// Funded, not a sponsor.
pub const EVE: AccountId = 50;
pub const TREASURY: AccountId = 100;

/// Builds test externalities.
pub struct ExtBuilder {
	balances: Vec<(AccountId, Balance)>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self {
			balances: vec![
				(ALICE, 1_000_000),
				(BOB, 1_000_000),
				(DAVE, 100),
				(EVE, 1_000_000),
				(TREASURY, 1),
			],
		}
	}
}

impl ExtBuilder {
	/// Also funds `who` with `amount` at genesis.
	pub fn with_balance(mut self, who: AccountId, amount: Balance) -> Self {
		self.balances.push((who, amount));
		self
	}

	/// Storage with funded accounts at block 1.
	pub fn build(self) -> sp_io::TestExternalities {
		let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> { balances: self.balances, ..Default::default() }
			.assimilate_storage(&mut t)
			.unwrap();
		let mut ext = sp_io::TestExternalities::new(t);
		// Benchmarks sign feed roots with a generated ed25519 key.
		ext.register_extension(sp_keystore::KeystoreExt::new(
			sp_keystore::testing::MemoryKeystore::new(),
		));
		ext.execute_with(|| System::set_block_number(1));
		LIFECYCLE.with(|l| l.borrow_mut().clear());
		ext
	}

	/// Runs `test`, then checks the invariants of this pallet and of the escrow.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Plans::do_try_state().expect("plans invariants hold after the test");
			Escrow::do_try_state().expect("escrow invariants hold after the test");
		})
	}
}

/// Advances to block `n`, running `on_initialize` of the plans pallet on the way.
pub fn run_to_block(n: u64) {
	use frame_support::traits::Hooks;
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Plans::on_initialize(next);
	}
}
