//! Every block hook's weight at the largest state the bounds allow, against the block:
//! a benchmark over the generated weights (run `scripts/hook-budget.sh` to see the
//! figures).
//!
//! Hooks run as mandatory work before any extrinsic, and normal extrinsics may fill
//! 75 % of the block, so all hooks together must fit in the other 25 %: the test
//! fails if, each at its worst in the same block, they would not. Each hook's worst
//! case is its measured weight at its bounds: every per-block schedule full,
//! `MaxOpenRounds` open rounds swept, the most plans starting (each of the most
//! contracts) and ending, the most missed deadlines counted as faults. Work that
//! would not fit is carried over, not done at once: an ended plan's hostings are
//! released by `on_idle` from the block's spare weight (and one contract a block in
//! `on_initialize`, counted here), and missed deadlines beyond the block's faults wait
//! in line. The weights were measured through the real pallets
//! (`scripts/benchmark.sh`), so the population the hooks draw from (up to
//! `MaxMembersPerRole`, 10,000) enters only through the draws they make, which are
//! independent and bounded in number.
use datdot_primitives::traits::PlanLifecycle;
use datdot_runtime::{configs::RuntimeBlockWeights, Runtime};
use frame_support::{traits::Get, weights::Weight};

type HostingW = pallet_hosting::weights::SubstrateWeight<Runtime>;
type PlansW = pallet_plans::weights::SubstrateWeight<Runtime>;
type ProofsW = pallet_proofs::weights::SubstrateWeight<Runtime>;
type BenchW = pallet_benchmarks::weights::SubstrateWeight<Runtime>;
type JobsW = pallet_jobs::weights::SubstrateWeight<Runtime>;
type Hosting = pallet_hosting::Pallet<Runtime>;

fn hooks() -> Vec<(&'static str, Weight)> {
	use pallet_benchmarks::WeightInfo as _;
	use pallet_hosting::WeightInfo as _;
	use pallet_jobs::WeightInfo as _;
	use pallet_plans::WeightInfo as _;
	use pallet_proofs::WeightInfo as _;
	let starts: u32 = <Runtime as pallet_plans::Config>::MaxStartsPerBlock::get();
	let ends: u32 = <Runtime as pallet_plans::Config>::MaxEndsPerBlock::get();
	let most_contracts: u32 = <Runtime as pallet_hosting::Config>::MaxContractsPerPlan::get();
	let hosting_timeouts: u32 = <Runtime as pallet_hosting::Config>::MaxTimeoutsPerBlock::get();
	// A block's retries list holds up to `MaxTimeoutsPerBlock` contracts; each opens a
	// round, as a round expiry re-runs one.
	let retries = hosting_timeouts;
	let challenges: u32 = <Runtime as pallet_proofs::Config>::MaxChallengesPerBlock::get();
	let benchmarks: u32 = <Runtime as pallet_benchmarks::Config>::MaxPerBlock::get();
	let job_timeouts: u32 = <Runtime as pallet_jobs::Config>::MaxTimeoutsPerBlock::get();
	vec![
		(
			"Plans: start (most plans, each of the most contracts)",
			PlansW::on_initialize_start(starts).saturating_add(
				<Hosting as PlanLifecycle>::start_weight(most_contracts)
					.saturating_mul(starts as u64),
			),
		),
		(
			"Plans: end (most plans; their hostings queued for release)",
			PlansW::on_initialize_end(ends).saturating_add(
				<Hosting as PlanLifecycle>::end_weight().saturating_mul(ends as u64),
			),
		),
		(
			"Hosting: rounds, setups, retries, hand-overs, a release",
			HostingW::expire_rounds(hosting_timeouts)
				.saturating_add(HostingW::expire_setups(hosting_timeouts))
				.saturating_add(HostingW::expire_rounds(retries))
				// The hand-over sweep: as many replacements as timeouts, and a read and
				// a write per hoster it visits.
				.saturating_add(HostingW::expire_setups(hosting_timeouts))
				.saturating_add(
					<Runtime as frame_system::Config>::DbWeight::get()
						.reads_writes(hosting_timeouts as u64 + 1, hosting_timeouts as u64 + 1),
				)
				// At least one ended plan's contract released a block; the rest of the
				// release runs in `on_idle`, on what the block leaves over.
				.saturating_add(Hosting::least_release_weight())
				// The record of full blocks, read per round closed and once for the setup
				// checks (the setup expiry is counted twice above).
				.saturating_add(
					<Runtime as frame_system::Config>::DbWeight::get()
						.reads(hosting_timeouts as u64 + 2),
				),
		),
		(
			"ProofsOfStorage: challenges, missed deadlines (the most faults counted)",
			ProofsW::on_initialize_challenge(challenges)
				.saturating_add(pallet_proofs::Pallet::<Runtime>::max_expire_weight()),
		),
		(
			"Benchmarks: opened and closed",
			BenchW::on_initialize_open(benchmarks)
				.saturating_add(BenchW::on_initialize_close(benchmarks))
				// The parameters and the record of full blocks, read once.
				.saturating_add(<Runtime as frame_system::Config>::DbWeight::get().reads(2)),
		),
		("Jobs: timeouts", JobsW::on_initialize(job_timeouts)),
	]
}

#[test]
fn every_hook_at_its_worst_fits_in_the_block() {
	let block = RuntimeBlockWeights::get().max_block;
	let share = block.ref_time() / 4;
	let ms = |w: u64| w as f64 / 1e9;
	println!(
		"block compute {:.0} ms; hooks' share (25 %) {:.0} ms",
		ms(block.ref_time()),
		ms(share)
	);
	let mut total = Weight::zero();
	for (hook, weight) in hooks() {
		println!(
			"  {hook:<55} {:>8.1} ms  {:>5.2} % of the block",
			ms(weight.ref_time()),
			weight.ref_time() as f64 * 100.0 / block.ref_time() as f64
		);
		total = total.saturating_add(weight);
	}
	println!(
		"  {:<55} {:>8.1} ms  {:>5.2} % of the block",
		"all hooks, every one at its worst in the same block",
		ms(total.ref_time()),
		total.ref_time() as f64 * 100.0 / block.ref_time() as f64
	);
	let result = serde_json::json!({
		"block_ms": ms(block.ref_time()),
		"share_ms": ms(share),
		"hooks_ms": ms(total.ref_time()),
		"within_share": total.ref_time() <= share,
		"hooks": hooks().iter().map(|(n, w)| (n.to_string(), ms(w.ref_time()))).collect::<std::collections::BTreeMap<_, _>>(),
	});
	if total.ref_time() > share {
		println!(
			"  over the hooks' 25 % share by {:.0} ms: normal transactions would get less than \
			 75 % of such a block",
			ms(total.ref_time() - share)
		);
	}
	println!("HOOK_BUDGET_RESULT {result}");
	assert!(
		total.ref_time() <= share,
		"all hooks at their worst take {:.0} ms, more than their share of the block ({:.0} ms)",
		ms(total.ref_time()),
		ms(share)
	);
}
