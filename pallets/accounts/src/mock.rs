//! A test runtime: System, Balances, this pallet, and a switchable obligation.
use crate as pallet_accounts;
use core::cell::Cell;
use datdot_primitives::traits::{AccountObligations, Obligation};
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
		Accounts: pallet_accounts,
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

thread_local! {
	/// What the obligation mock reports for every account.
	pub static OBLIGATION: Cell<Option<Obligation>> = const { Cell::new(None) };
}

/// Reports whatever the test set in [`OBLIGATION`].
pub struct MockObligations;
impl AccountObligations<AccountId> for MockObligations {
	fn obligation(_: &AccountId) -> Option<Obligation> {
		OBLIGATION.with(|o| o.get())
	}
}

parameter_types! {
	pub const DefaultProfileDeposit: Balance = DEPOSIT;
}

/// The profile deposit in tests.
pub const DEPOSIT: Balance = 100;

impl pallet_accounts::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AdminOrigin = EnsureRoot<AccountId>;
	type Obligations = MockObligations;
	type MaxEndpointLen = ConstU32<128>;
	type DefaultProfileDeposit = DefaultProfileDeposit;
	type WeightInfo = ();
}

/// Alice, Bob: funded; DAVE: only enough for fees, not the deposit.
pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const DAVE: AccountId = 4;

/// Builds test externalities.
pub struct ExtBuilder {
	balances: Vec<(AccountId, Balance)>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { balances: vec![(ALICE, 10_000), (BOB, 10_000), (DAVE, 50)] }
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
		ext.register_extension(sp_keystore::KeystoreExt::new(
			sp_keystore::testing::MemoryKeystore::new(),
		));
		ext.execute_with(|| System::set_block_number(1));
		OBLIGATION.with(|o| o.set(None));
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Accounts::do_try_state().expect("try_state invariants hold after the test");
		})
	}
}
