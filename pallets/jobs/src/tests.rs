use crate::{
	mock::*, Completion, Config, Error, Event, JobId, JobOf, JobStatus, NextJobId, Parameters,
	Params, Receipt, Requirements, Timeouts,
};
use datdot_primitives::traits::{Outcome, RatingSource};
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::InspectHold, Hooks},
};
use sp_core::Pair;
use sp_runtime::{DispatchError, Perbill};

const PAYMENT: Balance = 1_000;

fn origin(name: &str) -> RuntimeOrigin {
	RuntimeOrigin::signed(account(name))
}

fn requirements(deadline: u64) -> Requirements<u64> {
	Requirements {
		min_reputation: 400,
		resources: Resources { cpu: 1000, ..Default::default() },
		deadline,
	}
}

use datdot_primitives::Resources;

fn post() -> JobId {
	let id = NextJobId::<Test>::get();
	assert_ok!(Jobs::post(origin("client"), [1; 32], [2; 32], requirements(100), PAYMENT));
	id
}

fn job(id: JobId) -> Option<JobOf<Test>> {
	crate::Jobs::<Test>::get(id)
}

fn run_to(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Jobs::on_initialize(next);
	}
}

fn free(name: &str) -> Balance {
	Balances::free_balance(account(name))
}

fn held(name: &str) -> Balance {
	Balances::total_balance_on_hold(&account(name))
}

/// Claims at the first block any worker may (after the early window).
fn claimed(worker: &str) -> JobId {
	let id = post();
	run_to(System::block_number() + 2);
	assert_ok!(Jobs::claim(origin(worker), id));
	id
}

fn submitted(worker: &str) -> JobId {
	let id = claimed(worker);
	assert_ok!(Jobs::submit_result(origin(worker), id, [9; 32], Some([8; 32])));
	id
}

fn sign(name: &str, job: JobId, receipt: &Receipt) -> sp_core::sr25519::Signature {
	let genesis = System::block_hash(0);
	pair(name).sign(&Receipt::message(&genesis, job, receipt))
}

#[test]
fn post_holds_the_payment_and_cancel_returns_it() {
	ExtBuilder::default().build_and_execute(|| {
		let id = post();
		assert_eq!(held("client"), PAYMENT);
		System::assert_last_event(
			Event::JobPosted {
				job: id,
				client: account("client"),
				payment: PAYMENT,
				deadline: 100,
			}
			.into(),
		);
		assert_noop!(Jobs::cancel(origin("worker"), id), Error::<Test>::NotClient);
		assert_ok!(Jobs::cancel(origin("client"), id));
		assert_eq!((held("client"), free("client")), (0, FUNDS));
		assert!(job(id).is_none());
		assert_noop!(Jobs::cancel(origin("client"), id), Error::<Test>::JobNotFound);
	});
}

#[test]
fn bad_posts_are_refused_and_hold_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		let reqs = requirements(100);
		for dust in [0, 9] {
			assert_noop!(
				Jobs::post(origin("client"), [1; 32], [2; 32], reqs.clone(), dust),
				Error::<Test>::PaymentTooLow
			);
		}
		assert_noop!(
			Jobs::post(origin("client"), [1; 32], [2; 32], requirements(1), PAYMENT),
			Error::<Test>::BadDeadline
		);
		assert_noop!(
			Jobs::post(origin("client"), [1; 32], [2; 32], requirements(5_000), PAYMENT),
			Error::<Test>::BadDeadline
		);
		assert_noop!(
			Jobs::post(origin("client"), [1; 32], [2; 32], reqs.clone(), FUNDS * 2),
			Error::<Test>::InsufficientBalance
		);
		// Job ids run out: refused, nothing held.
		crate::NextJobId::<Test>::put(u64::MAX);
		assert_noop!(
			Jobs::post(origin("client"), [1; 32], [2; 32], reqs, PAYMENT),
			Error::<Test>::Overflow
		);
		crate::NextJobId::<Test>::put(0);
		assert_eq!(held("client"), 0);
	});
}

#[test]
fn claims_are_gated() {
	ExtBuilder::default().build_and_execute(|| {
		let id = post();
		// Not a worker / own job / too early for average reputation.
		assert_noop!(Jobs::claim(origin("stranger"), id), Error::<Test>::NotAWorker);
		register_worker(&account("client"), big());
		assert_noop!(Jobs::claim(origin("client"), id), Error::<Test>::OwnJob);
		assert_noop!(Jobs::claim(origin("worker"), id), Error::<Test>::TooEarly);
		// The bonus: a worker of high reputation may claim at once.
		world(|w| w.reputation.insert(account("worker2"), 900));
		let early = post();
		assert_ok!(Jobs::claim(origin("worker2"), early));
		run_to(3);
		// Reputation and resources.
		world(|w| w.reputation.insert(account("worker"), 300));
		assert_noop!(Jobs::claim(origin("worker"), id), Error::<Test>::ReputationTooLow);
		world(|w| w.reputation.insert(account("worker"), 500));
		register_worker(&account("worker"), Resources { cpu: 10, ..Default::default() });
		assert_noop!(Jobs::claim(origin("worker"), id), Error::<Test>::NotEnoughResources);
		register_worker(&account("worker"), big());
		assert_ok!(Jobs::claim(origin("worker"), id));
		assert_noop!(Jobs::claim(origin("worker2"), id), Error::<Test>::WrongStatus);
		assert_noop!(Jobs::cancel(origin("client"), id), Error::<Test>::WrongStatus);
		assert_eq!(world(|w| w.roles[&(account("worker"), Role::Worker)].2), 1, "a duty");
	});
}

use datdot_primitives::Role;

#[test]
fn accept_pays_the_worker_exactly_once() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submitted("worker");
		assert_noop!(Jobs::accept(origin("worker"), id), Error::<Test>::NotClient);
		let before = free("worker");
		let treasury = free("treasury");
		assert_ok!(Jobs::accept(origin("client"), id));
		// 1% protocol fee to the treasury, the rest to the worker; nothing held.
		assert_eq!(free("worker") - before, 990);
		assert_eq!(free("treasury") - treasury, 10);
		assert_eq!((held("client"), free("client")), (0, FUNDS - PAYMENT));
		System::assert_last_event(
			Event::JobCompleted {
				job: id,
				worker: account("worker"),
				paid: 990,
				refunded: 0,
				how: Completion::Accepted,
			}
			.into(),
		);
		// Paid once: the job, its escrow and its timeouts are spent.
		assert_noop!(Jobs::accept(origin("client"), id), Error::<Test>::JobNotFound);
		run_to(20);
		assert_eq!(free("worker") - before, 990, "the auto-accept did not pay again");
		assert_eq!(world(|w| w.outcomes.clone()), vec![(account("worker"), Outcome::Success(2))]);
	});
}

#[test]
fn results_are_accepted_automatically_after_the_window() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submitted("worker");
		let Some(JobOf::<Test> { status: JobStatus::Submitted { accept_at, .. }, .. }) = job(id)
		else {
			panic!("submitted")
		};
		run_to(accept_at - 1);
		assert!(job(id).is_some());
		let before = free("worker");
		run_to(accept_at);
		assert_eq!(free("worker") - before, 990);
		System::assert_has_event(
			Event::JobCompleted {
				job: id,
				worker: account("worker"),
				paid: 990,
				refunded: 0,
				how: Completion::AutoAccepted,
			}
			.into(),
		);
		assert_noop!(Jobs::dispute(origin("client"), id), Error::<Test>::JobNotFound);
	});
}

#[test]
fn submit_only_by_the_worker_before_its_claim_lapses() {
	ExtBuilder::default().build_and_execute(|| {
		let id = claimed("worker");
		assert_noop!(
			Jobs::submit_result(origin("worker2"), id, [9; 32], None),
			Error::<Test>::NotWorker
		);
		run_to(System::block_number() + 10);
		// The claim lapsed: penalised, barred, and the job is open again.
		assert_eq!(job(id).unwrap().status, JobStatus::Posted);
		assert_eq!(
			world(|w| w.slashes.clone()),
			vec![(account("worker"), Perbill::from_percent(10))]
		);
		assert!(world(|w| w.outcomes.contains(&(account("worker"), Outcome::Failure(3)))));
		assert_noop!(Jobs::claim(origin("worker"), id), Error::<Test>::AlreadyFailed);
		assert_noop!(
			Jobs::submit_result(origin("worker"), id, [9; 32], None),
			Error::<Test>::WrongStatus
		);
		assert_ok!(Jobs::claim(origin("worker2"), id));
	});
}

#[test]
fn the_deadline_refunds_the_client_and_penalises_a_claiming_worker() {
	ExtBuilder::default().build_and_execute(|| {
		// Unclaimed: refund only.
		let open = post();
		run_to(95);
		let claimed = {
			let id = NextJobId::<Test>::get();
			assert_ok!(Jobs::post(origin("client"), [1; 32], [2; 32], requirements(100), PAYMENT));
			run_to(97);
			assert_ok!(Jobs::claim(origin("worker"), id));
			id
		};
		run_to(100);
		assert!(job(open).is_none() && job(claimed).is_none());
		assert_eq!((held("client"), free("client")), (0, FUNDS));
		System::assert_has_event(Event::JobExpired { job: open, refunded: PAYMENT }.into());
		System::assert_has_event(Event::JobExpired { job: claimed, refunded: PAYMENT }.into());
		assert_eq!(world(|w| w.slashes.len()), 1);
		assert_eq!(world(|w| w.roles[&(account("worker"), Role::Worker)].2), 0, "duty ended");
	});
}

#[test]
fn a_dispute_is_split_by_the_arbiter_and_the_losing_bond_slashed() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submitted("worker");
		let escrow = job(id).unwrap().escrow;
		assert_noop!(Jobs::dispute(origin("worker"), id), Error::<Test>::NotClient);
		assert_ok!(Jobs::dispute(origin("client"), id));
		assert_eq!(held("client"), PAYMENT + 50, "payment and bond held");
		assert_noop!(Jobs::accept(origin("client"), id), Error::<Test>::WrongStatus);
		// The window passing changes nothing while the arbiter decides.
		run_to(30);
		assert!(job(id).is_some());
		assert_noop!(
			Escrow::resolve(origin("client"), escrow, Perbill::from_percent(70)),
			DispatchError::BadOrigin
		);
		let worker = free("worker");
		let treasury = free("treasury");
		assert_ok!(Escrow::resolve(RuntimeOrigin::root(), escrow, Perbill::from_percent(70)));
		// 70% to the worker (minus 1%), 30% back to the client; the client, who
		// disputed and got less than half, loses the bond to the treasury.
		assert_eq!(free("worker") - worker, 693);
		assert_eq!(free("treasury") - treasury, 7 + 50);
		assert_eq!((held("client"), free("client")), (0, FUNDS - 700 - 50));
		assert!(job(id).is_none());
		System::assert_has_event(
			Event::JobCompleted {
				job: id,
				worker: account("worker"),
				paid: 693,
				refunded: 300,
				how: Completion::Resolved,
			}
			.into(),
		);
		// Settled once: a second ruling finds no dispute.
		assert_noop!(
			Escrow::resolve(RuntimeOrigin::root(), escrow, Perbill::from_percent(70)),
			pallet_escrow::Error::<Test>::NoDispute
		);
	});
}

#[test]
fn a_dispute_the_client_wins_returns_its_bond() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submitted("worker");
		let escrow = job(id).unwrap().escrow;
		assert_ok!(Jobs::dispute(origin("client"), id));
		assert_ok!(Escrow::resolve(RuntimeOrigin::root(), escrow, Perbill::from_percent(20)));
		assert_eq!((held("client"), free("client")), (0, FUNDS - 200));
		assert!(world(|w| w.outcomes.contains(&(account("worker"), Outcome::Failure(1)))));
	});
}

#[test]
fn disputes_only_within_the_window() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submitted("worker");
		let accept_at = match job(id).unwrap().status {
			JobStatus::Submitted { accept_at, .. } => accept_at,
			_ => unreachable!(),
		};
		System::set_block_number(accept_at);
		assert_noop!(Jobs::dispute(origin("client"), id), Error::<Test>::WindowClosed);
	});
}

#[test]
fn a_receipt_signed_by_both_settles_at_once() {
	ExtBuilder::default().build_and_execute(|| {
		let id = claimed("worker");
		let full = Receipt { checkpoint: 4, checkpoints: 4 };
		let (c, w) = (sign("client", id, &full), sign("worker", id, &full));
		// A forged or swapped signature is refused.
		assert_noop!(
			Jobs::complete_with_receipt(origin("worker"), id, full, w, w),
			Error::<Test>::BadSignature
		);
		assert_noop!(
			Jobs::complete_with_receipt(origin("stranger"), id, full, c, w),
			Error::<Test>::NotWorker
		);
		let before = free("worker");
		assert_ok!(Jobs::complete_with_receipt(origin("worker"), id, full, c, w));
		assert_eq!(free("worker") - before, 990);
		// No replay: the job settled and is gone.
		assert_noop!(
			Jobs::complete_with_receipt(origin("worker"), id, full, c, w),
			Error::<Test>::JobNotFound
		);
	});
}

#[test]
fn a_partial_receipt_pays_pro_rata() {
	ExtBuilder::default().build_and_execute(|| {
		let id = claimed("worker");
		let part = Receipt { checkpoint: 3, checkpoints: 4 };
		let (c, w) = (sign("client", id, &part), sign("worker", id, &part));
		// A receipt for another job does not verify for this one.
		let other = claimed("worker2");
		assert_noop!(
			Jobs::complete_with_receipt(origin("worker2"), other, part, c, w),
			Error::<Test>::BadSignature
		);
		let bad = Receipt { checkpoint: 5, checkpoints: 4 };
		assert_noop!(
			Jobs::complete_with_receipt(origin("client"), id, bad, c, w),
			Error::<Test>::BadReceipt
		);
		let before = free("worker");
		assert_ok!(Jobs::complete_with_receipt(origin("client"), id, part, c, w));
		assert_eq!(free("worker") - before, 743, "750 minus the 1% fee (rounded up)");
		System::assert_has_event(
			Event::JobCompleted {
				job: id,
				worker: account("worker"),
				paid: 743,
				refunded: 250,
				how: Completion::Receipt,
			}
			.into(),
		);
	});
}

#[test]
fn the_client_rates_once_per_completed_job() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submitted("worker");
		assert!(<Jobs as RatingSource<_>>::take_rating(id, &account("client")).is_err());
		assert_ok!(Jobs::accept(origin("client"), id));
		assert_eq!(
			<Jobs as RatingSource<_>>::take_rating(id, &account("worker")),
			Err(Error::<Test>::NotClient.into())
		);
		assert_eq!(
			<Jobs as RatingSource<_>>::take_rating(id, &account("client")),
			Ok(account("worker"))
		);
		assert!(<Jobs as RatingSource<_>>::take_rating(id, &account("client")).is_err());
	});
}

#[test]
fn set_params_is_for_the_admin() {
	ExtBuilder::default().build_and_execute(|| {
		let mut params = Parameters::<Test>::get();
		params.dispute_bond = 7;
		assert_noop!(Jobs::set_params(origin("client"), params.clone()), DispatchError::BadOrigin);
		assert_ok!(Jobs::set_params(RuntimeOrigin::root(), params.clone()));
		assert_eq!(Parameters::<Test>::get(), params);
	});
}

#[test]
fn set_params_refuses_zero_and_oversized_windows() {
	ExtBuilder::default().build_and_execute(|| {
		use frame_support::traits::Get;
		let good = Parameters::<Test>::get();
		let max: u64 = <Test as Config>::MaxJobDuration::get();
		for bad in [
			Params { min_payment: 0, ..good.clone() },
			Params { challenge_window: 0, ..good.clone() },
			Params { claim_period: 0, ..good.clone() },
			Params { challenge_window: max + 1, ..good.clone() },
			Params { claim_period: max + 1, ..good.clone() },
			Params { early_window: max + 1, ..good.clone() },
			Params { high_reputation: 1001, ..good.clone() },
		] {
			assert_noop!(Jobs::set_params(RuntimeOrigin::root(), bad), Error::<Test>::BadParams);
		}
	});
}

#[test]
fn a_full_timeout_block_moves_to_the_next() {
	ExtBuilder::default().build_and_execute(|| {
		// Deadlines take at most half of a block's 8 places.
		for _ in 0..9 {
			post();
		}
		assert_eq!(Timeouts::<Test>::get(100).len(), 4);
		assert_eq!(Timeouts::<Test>::get(101).len(), 4);
		assert_eq!(Timeouts::<Test>::get(102).len(), 1);
		run_to(102);
		assert_eq!(job(8), None);
		assert_eq!(held("client"), 0);
	});
}

#[test]
fn no_claim_after_the_deadline_and_no_post_when_the_schedule_is_full() {
	ExtBuilder::default().build_and_execute(|| {
		let id = post();
		// The deadline block itself: the claim is refused (the hook expires it next).
		System::set_block_number(100);
		assert_noop!(Jobs::claim(origin("worker"), id), Error::<Test>::DeadlinePassed);
		System::set_block_number(1);
		// 16 blocks of 4 deadlines each from block 100 on are all the room there is.
		for _ in 1..(16 * 4) {
			assert_ok!(Jobs::post(origin("client"), [1; 32], [2; 32], requirements(100), 10));
		}
		assert_noop!(
			Jobs::post(origin("client"), [1; 32], [2; 32], requirements(100), 10),
			Error::<Test>::ScheduleFull
		);
	});
}

/// The attack: the cheapest jobs fill every block near 100 with deadlines, so a worker
/// whose claim lapses there, or whose result's challenge window closes there, could
/// neither claim nor submit, and would lapse and be slashed. Deadlines take half a
/// block only: the worker claims, submits and is paid.
#[test]
fn a_flood_of_cheap_deadlines_leaves_workers_their_timeouts() {
	ExtBuilder::default().build_and_execute(|| {
		let honest = NextJobId::<Test>::get();
		assert_ok!(Jobs::post(origin("client"), [1; 32], [2; 32], requirements(300), PAYMENT));
		assert_ok!(Jobs::post(origin("stranger"), [1; 32], [2; 32], requirements(100), 10));
		while Jobs::post(origin("stranger"), [1; 32], [2; 32], requirements(100), 10).is_ok() {}
		assert_eq!(Timeouts::<Test>::get(105).len(), 4, "the flood fills the deadlines' half");
		// The claim lapses at 90 + 10 = 100, inside the flood.
		run_to(90);
		assert_ok!(Jobs::claim(origin("worker"), honest));
		assert!(matches!(job(honest).unwrap().status, JobStatus::Claimed { until: 100, .. }));
		// The challenge window closes at 95 + 5 = 100, inside the flood.
		run_to(95);
		assert_ok!(Jobs::submit_result(origin("worker"), honest, [9; 32], None));
		let before = free("worker");
		run_to(100);
		assert_eq!(free("worker") - before, PAYMENT - PAYMENT / 100, "paid, less the fee");
		assert_eq!(world(|w| w.slashes.len()), 0, "nobody slashed");
	});
}

#[test]
fn a_worker_holds_at_most_max_claims_per_worker_jobs() {
	ExtBuilder::default().build_and_execute(|| {
		let ids: Vec<JobId> = (0..3).map(|_| post()).collect();
		run_to(3);
		assert_ok!(Jobs::claim(origin("worker"), ids[0]));
		assert_ok!(Jobs::claim(origin("worker"), ids[1]));
		assert_noop!(Jobs::claim(origin("worker"), ids[2]), Error::<Test>::TooManyClaims);
		// A settled job frees its place.
		assert_ok!(Jobs::submit_result(origin("worker"), ids[0], [9; 32], None));
		assert_ok!(Jobs::accept(origin("client"), ids[0]));
		assert_ok!(Jobs::claim(origin("worker"), ids[2]));
	});
}

/// `Unrated` no longer grows forever: a right the client does not use lapses after
/// `RatingWindow` blocks.
#[test]
fn a_rating_right_lapses_after_the_rating_window() {
	ExtBuilder::default().build_and_execute(|| {
		let rated = submitted("worker");
		let unused = submitted("worker2");
		assert_ok!(Jobs::accept(origin("client"), rated));
		assert_ok!(Jobs::accept(origin("client"), unused));
		let ended = System::block_number();
		assert!(crate::Unrated::<Test>::contains_key(unused));
		assert_ok!(<Jobs as RatingSource<AccountId>>::take_rating(rated, &account("client")));
		run_to(ended + 49);
		assert!(crate::Unrated::<Test>::contains_key(unused), "still inside the window");
		run_to(ended + 50);
		assert!(!crate::Unrated::<Test>::contains_key(unused));
		assert_noop!(
			<Jobs as RatingSource<AccountId>>::take_rating(unused, &account("client")),
			Error::<Test>::JobNotFound
		);
	});
}

#[test]
fn a_paused_pallet_lapses_no_claim_and_closes_no_window() {
	ExtBuilder::default().build_and_execute(|| {
		let id = claimed("worker");
		let JobStatus::Claimed { until, .. } = job(id).unwrap().status else { panic!() };
		// The breaker pauses Jobs over the claim's end: the worker could not submit, so
		// the claim does not lapse and nobody is slashed.
		CallsPaused::set(true);
		run_to(until + 3);
		assert!(world(|w| w.slashes.is_empty()));
		let JobStatus::Claimed { until: moved, .. } = job(id).unwrap().status else {
			panic!("the claim is still held")
		};
		assert_eq!(moved, until + 4);
		System::assert_last_event(Event::TimeoutPostponed { job: id, until: moved }.into());
		CallsPaused::set(false);
		assert_ok!(Jobs::submit_result(origin("worker"), id, [9; 32], None));
		let JobStatus::Submitted { accept_at, .. } = job(id).unwrap().status else { panic!() };
		// Paused again over the challenge window: the client could not dispute, so the
		// result is not accepted for it.
		let before = free("worker");
		CallsPaused::set(true);
		run_to(accept_at + 2);
		assert!(matches!(job(id).unwrap().status, JobStatus::Submitted { .. }));
		assert_eq!(free("worker"), before, "nothing paid while the client could not dispute");
		CallsPaused::set(false);
		assert_ok!(Jobs::dispute(origin("client"), id));
	});
}

#[test]
fn a_paused_pallet_expires_no_job_until_it_resumes() {
	ExtBuilder::default().build_and_execute(|| {
		let id = claimed("worker");
		CallsPaused::set(true);
		run_to(105);
		assert!(job(id).is_some(), "the deadline waits for the pause to end");
		assert!(world(|w| w.slashes.is_empty()));
		CallsPaused::set(false);
		// The first block after the pause still waits, so the worker can submit in it.
		run_to(106);
		assert!(job(id).is_some());
		assert_ok!(Jobs::submit_result(origin("worker"), id, [9; 32], None));
		run_to(108);
		assert!(matches!(job(id).unwrap().status, JobStatus::Submitted { .. }));
		assert!(world(|w| w.slashes.is_empty()));
	});
}
