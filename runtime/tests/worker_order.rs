//! The off-chain workers' duties run in the runtime's pallet order: a hoster's proofs
//! of storage must not wait behind its fetches from sources and other hosters, which
//! a hostile peer can slow down to each fetch's deadline.
use datdot_runtime::AllPalletsWithSystem;
use frame_support::traits::PalletsInfoAccess;

#[test]
fn proofs_of_storage_run_before_the_hosting_and_benchmark_workers() {
	let names: Vec<&str> = AllPalletsWithSystem::infos().iter().map(|p| p.name).collect();
	let at = |name: &str| names.iter().position(|n| *n == name).expect(name);
	assert!(at("ProofsOfStorage") < at("Hosting"), "hook order: {names:?}");
	assert!(at("ProofsOfStorage") < at("Benchmarks"), "hook order: {names:?}");
}
