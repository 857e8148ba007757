//! A test runtime: System and this pallet.
use crate as pallet_reputation;
use frame_support::{derive_impl, parameter_types};
use frame_system::EnsureRoot;
use sp_runtime::{BuildStorage, Perbill};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Reputation: pallet_reputation,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

parameter_types! {
	pub const DefaultDecayPeriod: u64 = 10;
	pub const DefaultDecay: Perbill = Perbill::from_percent(50);
}

impl pallet_reputation::Config for Test {
	type AdminOrigin = EnsureRoot<u64>;
	type DefaultDecayPeriod = DefaultDecayPeriod;
	type DefaultDecay = DefaultDecay;
	type Ratings = MockRatings;
	type WeightInfo = ();
}

thread_local! {
	/// Ratable jobs: job → (client, worker).
	pub static RATABLE: core::cell::RefCell<std::collections::BTreeMap<u64, (u64, u64)>> =
		Default::default();
}

/// Lets a client rate a job's worker once.
pub struct MockRatings;
impl datdot_primitives::traits::RatingSource<u64> for MockRatings {
	fn take_rating(job: u64, client: &u64) -> Result<u64, sp_runtime::DispatchError> {
		RATABLE.with(|r| {
			let mut r = r.borrow_mut();
			match r.get(&job) {
				Some((c, w)) if c == client => {
					let w = *w;
					r.remove(&job);
					Ok(w)
				}
				_ => Err(sp_runtime::DispatchError::Other("not ratable")),
			}
		})
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn make_ratable(job: u64, client: &u64, worker: &u64) {
		RATABLE.with(|r| r.borrow_mut().insert(job, (*client, *worker)));
	}
}

/// Builds test externalities.
pub struct ExtBuilder {
	block: u64,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { block: 1 }
	}
}

impl ExtBuilder {
	/// Starts the test at block `block` instead of 1.
	pub fn at_block(mut self, block: u64) -> Self {
		self.block = block;
		self
	}

	/// Empty storage at the chosen block.
	pub fn build(self) -> sp_io::TestExternalities {
		let t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut ext = sp_io::TestExternalities::new(t);
		ext.execute_with(|| System::set_block_number(self.block));
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Reputation::do_try_state().expect("try_state invariants hold after the test");
		})
	}
}
