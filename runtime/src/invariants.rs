//! Invariants across pallets, checked by the runtime fuzzer (`scripts/fuzz.sh`) after
//! every block, on top of each pallet's own `do_try_state`. Each one is a rule of the
//! books or of the hosting lifecycle that no single pallet can see whole.
use super::*;
use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};
use frame_support::ensure;
use sp_runtime::TryRuntimeError;

/// Every pallet's own invariants, then the cross-pallet ones.
pub fn check() -> Result<(), TryRuntimeError> {
	Accounts::do_try_state()?;
	Roles::do_try_state()?;
	Escrow::do_try_state()?;
	Reputation::do_try_state()?;
	Plans::do_try_state()?;
	Hosting::do_try_state()?;
	Jobs::do_try_state()?;
	ProofsOfStorage::do_try_state()?;
	Benchmarks::do_try_state()?;
	cross_pallet()
}

/// The invariants that span pallets.
pub fn cross_pallet() -> Result<(), TryRuntimeError> {
	// Money: the issuance is exactly what the accounts hold (free plus held), so no
	// pallet created or destroyed balance outside the currency's own mint and burn.
	let mut held_and_free: Balance = 0;
	for (_, info) in frame_system::Account::<Runtime>::iter() {
		held_and_free = held_and_free
			.checked_add(info.data.free)
			.and_then(|s| s.checked_add(info.data.reserved))
			.ok_or("balances overflow")?;
	}
	ensure!(
		held_and_free == Balances::total_issuance(),
		"total issuance differs from the sum of the accounts"
	);

	// Every open escrow belongs to a live plan or a live job; every live plan's and
	// job's escrow is open.
	let mut owned: BTreeSet<u64> = BTreeSet::new();
	for (_, plan) in pallet_plans::Plans::<Runtime>::iter() {
		ensure!(owned.insert(plan.escrow), "two plans share an escrow");
	}
	for (_, job) in pallet_jobs::Jobs::<Runtime>::iter() {
		ensure!(owned.insert(job.escrow), "a job shares an escrow");
	}
	for (id, _) in pallet_escrow::Escrows::<Runtime>::iter() {
		ensure!(owned.contains(&id), "an open escrow of no live plan or job");
	}
	for id in owned {
		ensure!(
			pallet_escrow::Escrows::<Runtime>::contains_key(id),
			"a live owner's escrow closed"
		);
	}

	// Hosting ↔ proofs ↔ benchmarks: every confirmed hosting of a live plan is on the
	// proofs ledger (with its one schedule entry, which the proofs pallet checks) and
	// scheduled for benchmarks; nothing but confirmed hostings is; nothing is paid past
	// now. An ended plan's contracts wait for their release, and what the proofs and
	// benchmarks pallets held for them may have gone already.
	let now = System::block_number();
	let releasing: BTreeSet<u64> = pallet_hosting::Releasing::<Runtime>::iter_values().collect();
	let mut confirmed: BTreeSet<(u64, AccountId)> = BTreeSet::new();
	let mut observed: BTreeSet<(u64, AccountId)> = BTreeSet::new();
	let mut used: BTreeMap<AccountId, u64> = BTreeMap::new();
	for (id, contract) in pallet_hosting::Contracts::<Runtime>::iter() {
		let live = pallet_plans::Plans::<Runtime>::contains_key(contract.plan);
		ensure!(
			live || releasing.contains(&contract.plan),
			"a contract of a plan that ended, not queued for release"
		);
		for (hoster, is_confirmed) in contract.hosters.iter() {
			*used.entry(hoster.clone()).or_default() += contract.bytes;
			if *is_confirmed {
				confirmed.insert((id, hoster.clone()));
				if live {
					observed.insert((id, hoster.clone()));
				}
			}
		}
	}
	for (contract, hoster) in observed.iter() {
		ensure!(
			pallet_proofs::Ledger::<Runtime>::contains_key(contract, hoster),
			"a confirmed hosting is not on the proofs ledger"
		);
		ensure!(
			pallet_benchmarks::Scheduled::<Runtime>::contains_key(contract, hoster),
			"a confirmed hosting is not scheduled for benchmarks"
		);
	}
	for (contract, hoster, entry) in pallet_proofs::Ledger::<Runtime>::iter() {
		ensure!(confirmed.contains(&(contract, hoster)), "a ledger entry of no confirmed hosting");
		ensure!(entry.paid_until <= now, "a hosting paid for blocks still to come");
	}
	for (contract, hoster, _) in pallet_benchmarks::Scheduled::<Runtime>::iter() {
		ensure!(
			confirmed.contains(&(contract, hoster)),
			"a benchmark schedule of no confirmed hosting"
		);
	}

	// A hoster's used capacity is the sum of the contracts it is on.
	for (who, role, registration) in pallet_roles::Registrations::<Runtime>::iter() {
		if role == datdot_primitives::Role::Hoster {
			let sum = used.remove(&who).unwrap_or_default();
			ensure!(
				registration.used_storage == sum,
				"a hoster's used storage differs from its contracts"
			);
		}
	}
	ensure!(used.is_empty(), "a contract lists an account that is not a hoster");

	// A started plan has its contracts, and a fee reserve no larger than the part of
	// its budget held for fees, which its escrow still holds: fees never took the
	// hosters' pay, and the hosters' pay never took the fees.
	for (id, plan) in pallet_plans::Plans::<Runtime>::iter() {
		if plan.status != pallet_plans::PlanStatus::Queued {
			ensure!(
				!pallet_hosting::PlanContracts::<Runtime>::get(id).is_empty(),
				"a started plan without contracts"
			);
			let left = pallet_hosting::FeesLeft::<Runtime>::get(id);
			ensure!(left <= plan.fees, "a fee reserve above what the plan held for fees");
			if !pallet_plans::Spent::<Runtime>::contains_key(id) {
				let escrow = pallet_escrow::Escrows::<Runtime>::get(plan.escrow)
					.map(|e| e.amount)
					.unwrap_or_default();
				ensure!(escrow >= left, "a plan's escrow holds less than its fee reserve");
			}
		}
	}
	Ok(())
}
