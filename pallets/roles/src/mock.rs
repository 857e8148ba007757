//! A test runtime: System, Balances, this pallet, and a profile registry mock.
use crate as pallet_roles;
use datdot_primitives::{traits::ProfileProvider, OcwPublic};
use frame_support::{derive_impl, parameter_types, traits::ConstU32};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;
pub type Balance = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Roles: pallet_roles,
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

/// Every account but [`NO_PROFILE`] has a profile.
pub struct MockProfiles;
impl ProfileProvider<AccountId> for MockProfiles {
	fn has_profile(who: &AccountId) -> bool {
		*who != NO_PROFILE
	}
	fn owner_of_ocw_key(_: &OcwPublic) -> Option<AccountId> {
		None
	}
	fn ocw_key_of(_: &AccountId) -> Option<OcwPublic> {
		None
	}
	fn endpoint_of(_: &AccountId) -> Option<Vec<u8>> {
		None
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn ensure_profile(_: &AccountId) {}
}

parameter_types! {
	pub const DefaultMinStake: Balance = MIN_STAKE;
}

/// The default minimum stake in tests.
pub const MIN_STAKE: Balance = 500;

frame_support::parameter_types! {
	pub const RolesTreasury: AccountId = 999;
}

impl pallet_roles::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AdminOrigin = EnsureRoot<AccountId>;
	type Profiles = MockProfiles;
	type DefaultMinStake = DefaultMinStake;
	type Treasury = RolesTreasury;
	type MaxMembersPerRole = ConstU32<3>;
	type StatusObserver = ();
	type WeightInfo = ();
}

pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
/// Funded, but without enough for a stake.
pub const DAVE: AccountId = 4;
pub const EVE: AccountId = 5;
/// Funded, without a profile.
pub const NO_PROFILE: AccountId = 99;

/// Builds test externalities.
pub struct ExtBuilder {
	balances: Vec<(AccountId, Balance)>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self {
			balances: vec![
				(ALICE, 10_000),
				(BOB, 10_000),
				(CHARLIE, 10_000),
				(DAVE, 100),
				(EVE, 10_000),
				(NO_PROFILE, 10_000),
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

	/// Storage with funded accounts.
	pub fn build(self) -> sp_io::TestExternalities {
		let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> { balances: self.balances, ..Default::default() }
			.assimilate_storage(&mut t)
			.unwrap();
		let mut ext = sp_io::TestExternalities::new(t);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Roles::do_try_state().expect("try_state invariants hold after the test");
		})
	}
}
