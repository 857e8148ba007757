//! A test runtime with System and the breaker, which filters the calls.
use crate::{self as pallet_breaker, *};
use frame_support::{
	assert_noop, assert_ok, derive_impl,
	traits::{Contains, EnsureOrigin},
};
use frame_system::EnsureRoot;
use sp_runtime::{traits::Dispatchable, BuildStorage, DispatchError};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Breaker: pallet_breaker,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type BaseCallFilter = Breaker;
}

/// Only System is vital in this test runtime.
pub struct OnlySystem;
impl Contains<PalletName> for OnlySystem {
	fn contains(name: &PalletName) -> bool {
		name.as_slice() == b"System"
	}
}

impl Config for Test {
	type AdminOrigin = EnsureRoot<u64>;
	type Pallets = AllPalletsWithSystem;
	type Unpausable = OnlySystem;
	type WeightInfo = ();
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

fn name(s: &str) -> PalletName {
	PalletName::truncate_from(s.as_bytes().to_vec())
}

fn remark() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: vec![] })
}

fn resume_call() -> RuntimeCall {
	RuntimeCall::Breaker(Call::resume { pallet: name("Breaker") })
}

#[test]
fn pausing_refuses_the_pallets_calls_and_resuming_allows_them() {
	new_test_ext().execute_with(|| {
		assert!(<Breaker as Contains<RuntimeCall>>::contains(&resume_call()));
		assert_ok!(Breaker::pause(RuntimeOrigin::root(), name("Breaker")));
		System::assert_last_event(Event::PalletPaused { pallet: name("Breaker") }.into());
		assert!(!<Breaker as Contains<RuntimeCall>>::contains(&resume_call()));
		assert!(<Breaker as Contains<RuntimeCall>>::contains(&remark()), "other pallets run");
		// A signed call of the paused pallet fails with CallFiltered and changes nothing.
		let err = resume_call().dispatch(RuntimeOrigin::signed(1)).unwrap_err();
		assert_eq!(err.error, frame_system::Error::<Test>::CallFiltered.into());
		assert!(Paused::<Test>::contains_key(name("Breaker")));
		assert_ok!(remark().dispatch(RuntimeOrigin::signed(1)));
		// Root is never filtered: governance can always resume.
		assert_ok!(resume_call().dispatch(RuntimeOrigin::root()));
		System::assert_last_event(Event::PalletResumed { pallet: name("Breaker") }.into());
		assert!(<Breaker as Contains<RuntimeCall>>::contains(&resume_call()));
	});
}

#[test]
fn bad_input_is_refused_with_a_named_error() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Breaker::pause(RuntimeOrigin::signed(1), name("Breaker")),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Breaker::pause(RuntimeOrigin::root(), name("Jbos")),
			Error::<Test>::UnknownPallet
		);
		assert_noop!(
			Breaker::pause(RuntimeOrigin::root(), name("System")),
			Error::<Test>::Unpausable
		);
		assert_noop!(
			Breaker::resume(RuntimeOrigin::root(), name("Breaker")),
			Error::<Test>::NotPaused
		);
		assert_ok!(Breaker::pause(RuntimeOrigin::root(), name("Breaker")));
		assert_noop!(
			Breaker::pause(RuntimeOrigin::root(), name("Breaker")),
			Error::<Test>::AlreadyPaused
		);
		assert!(<Test as Config>::AdminOrigin::try_origin(RuntimeOrigin::root()).is_ok());
	});
}
