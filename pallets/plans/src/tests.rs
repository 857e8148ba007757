use crate::{
	mock::*, ChangesOf, ChunkRange, Dataset, DatasetOf, EndReason, Endings, Error, Event,
	FeedSignature, NextPlanId, Performance, PlanChanges, PlanCount, PlanStatus, PlanTerms,
	Plans as PlanStore, Queue, TermsOf,
};
use datdot_primitives::{merkle, traits::EscrowManager, Geohash};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
	BoundedVec,
};
use sp_core::Pair;
use sp_runtime::DispatchError;

fn dataset(chunks: u32) -> DatasetOf<Test> {
	let data: Vec<Vec<u8>> = (0..chunks).map(|i| vec![i as u8; 4]).collect();
	Dataset {
		root: merkle::root(data.iter().map(|c| c.as_slice()), 4).unwrap(),
		chunks,
		chunk_size: 4,
		source: BoundedVec::truncate_from(b"http://127.0.0.1:8000/data".to_vec()),
		feed: None,
	}
}

fn range(dataset: u32, start: u32, end: u32) -> ChunkRange {
	ChunkRange { dataset, start, end }
}

/// 10 chunks, hosted twice, blocks 5..15, price 3: budget 10·2·10·3 = 600.
fn terms() -> TermsOf<Test> {
	PlanTerms {
		datasets: BoundedVec::truncate_from(vec![dataset(10)]),
		ranges: BoundedVec::truncate_from(vec![range(0, 0, 10)]),
		replication: 2,
		regions: BoundedVec::truncate_from(vec![Geohash::truncate_from(b"u33".to_vec())]),
		start: 5,
		end: 15,
		price: 3,
		min_reputation: 400,
		performance: Performance::default(),
	}
}

fn subscribe(who: AccountId, t: TermsOf<Test>) -> frame_support::dispatch::DispatchResult {
	Plans::subscribe(RuntimeOrigin::signed(who), t)
}

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&pallet_escrow::HoldReason::Funds.into(), &who)
}

fn no_changes() -> ChangesOf<Test> {
	PlanChanges { ranges: None, replication: None, end: None, price: None }
}

#[test]
fn subscribe_holds_the_full_budget_and_queues() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(subscribe(ALICE, terms()));
		System::assert_last_event(
			Event::PlanSubscribed { plan: 0, sponsor: ALICE, budget: 600, fees: 0 }.into(),
		);
		assert_eq!(held(ALICE), 600);
		let p = PlanStore::<Test>::get(0).unwrap();
		assert_eq!(p.status, PlanStatus::Queued);
		assert_eq!(Escrow::balance(p.escrow), Some(600));
		assert_eq!(Queue::<Test>::get().len(), 1);
		assert_eq!(Endings::<Test>::get(15).to_vec(), vec![0]);
		assert_eq!(PlanCount::<Test>::get(ALICE), 1);
	});
}

#[test]
fn subscribe_checks_the_terms() {
	ExtBuilder::default().build_and_execute(|| {
		let with = |f: &dyn Fn(&mut TermsOf<Test>)| {
			let mut t = terms();
			f(&mut t);
			t
		};
		assert_noop!(subscribe(EVE, terms()), Error::<Test>::NotASponsor);
		assert_noop!(subscribe(ALICE, with(&|t| t.datasets.clear())), Error::<Test>::NoDatasets);
		assert_noop!(
			subscribe(ALICE, with(&|t| t.datasets[0].chunks = 0)),
			Error::<Test>::EmptyDataset
		);
		assert_noop!(
			subscribe(ALICE, with(&|t| t.datasets[0].chunk_size = 256 * 1024 + 1)),
			Error::<Test>::ChunkTooLarge
		);
		assert_noop!(
			subscribe(
				ALICE,
				with(&|t| t.datasets[0].source = BoundedVec::truncate_from(b"ftp://x".to_vec()))
			),
			Error::<Test>::InvalidSource
		);
		assert_noop!(subscribe(ALICE, with(&|t| t.ranges.clear())), Error::<Test>::NoRanges);
		assert_noop!(
			subscribe(ALICE, with(&|t| t.ranges[0] = range(0, 5, 11))),
			Error::<Test>::RangeOutOfBounds
		);
		assert_noop!(
			subscribe(ALICE, with(&|t| t.ranges[0] = range(1, 0, 1))),
			Error::<Test>::RangeOutOfBounds
		);
		assert_noop!(
			subscribe(ALICE, with(&|t| t.replication = 0)),
			Error::<Test>::InvalidReplication
		);
		assert_noop!(
			subscribe(ALICE, with(&|t| t.replication = 6)),
			Error::<Test>::InvalidReplication
		);
		assert_noop!(
			subscribe(ALICE, with(&|t| t.regions[0] = Geohash::truncate_from(b"ai".to_vec()))),
			Error::<Test>::InvalidRegion
		);
		assert_noop!(subscribe(ALICE, with(&|t| t.end = t.start)), Error::<Test>::InvalidPeriod);
		assert_noop!(subscribe(ALICE, with(&|t| t.price = 0)), Error::<Test>::ZeroPrice);
		assert_noop!(
			subscribe(ALICE, with(&|t| t.min_reputation = 1001)),
			Error::<Test>::InvalidReputation
		);
		assert_noop!(
			subscribe(ALICE, with(&|t| t.price = u64::MAX)),
			Error::<Test>::BudgetOverflow
		);
		assert_noop!(subscribe(DAVE, terms()), Error::<Test>::InsufficientBalance);
	});
}

#[test]
fn feed_signatures_are_verified() {
	ExtBuilder::default().build_and_execute(|| {
		let pair = sp_core::ed25519::Pair::from_seed(&[7; 32]);
		let mut t = terms();
		let d = &t.datasets[0];
		let sig = pair.sign(&FeedSignature::message(&d.root, d.chunks));
		t.datasets[0].feed = Some(FeedSignature { key: pair.public().0, signature: sig.0 });
		let mut forged = t.clone();
		forged.datasets[0].chunks = 9;
		forged.ranges[0] = range(0, 0, 9);
		assert_noop!(subscribe(ALICE, forged), Error::<Test>::BadFeedSignature);
		assert_ok!(subscribe(ALICE, t));
	});
}

#[test]
fn capacity_limits_are_named() {
	ExtBuilder::default().build_and_execute(|| {
		let ending = |end| {
			let mut t = terms();
			t.end = end;
			t
		};
		for end in [15, 16, 17] {
			assert_ok!(subscribe(ALICE, ending(end)));
		}
		assert_noop!(subscribe(ALICE, ending(18)), Error::<Test>::TooManyPlans);
		// Two plans end at block 15 at most.
		assert_ok!(subscribe(BOB, ending(15)));
		// Four queued plans fill the queue.
		assert_noop!(subscribe(BOB, ending(18)), Error::<Test>::QueueFull);
		assert_ok!(Plans::unsubscribe(RuntimeOrigin::signed(ALICE), 1));
		assert_noop!(subscribe(BOB, ending(15)), Error::<Test>::EndBlockFull);
	});
}

#[test]
fn queue_orders_by_price_then_age() {
	ExtBuilder::default().build_and_execute(|| {
		let priced = |price, end| {
			let mut t = terms();
			t.price = price;
			t.end = end;
			t
		};
		assert_ok!(subscribe(ALICE, priced(1, 20))); // 0
		assert_ok!(subscribe(BOB, priced(5, 21))); // 1
		System::set_block_number(2);
		assert_ok!(subscribe(ALICE, priced(5, 22))); // 2
		assert_ok!(subscribe(BOB, priced(2, 23))); // 3
		let order: Vec<_> = Queue::<Test>::get().iter().map(|e| e.plan).collect();
		assert_eq!(order, vec![1, 2, 3, 0]);
		// Two start per block, best first.
		run_to_block(5);
		assert_eq!(lifecycle(), vec![("due", 1), ("due", 2)]);
		assert_eq!(PlanStore::<Test>::get(1).unwrap().status, PlanStatus::Active);
		assert_eq!(PlanStore::<Test>::get(0).unwrap().status, PlanStatus::Queued);
		run_to_block(6);
		assert_eq!(lifecycle()[2..], [("due", 3), ("due", 0)]);
		assert!(Queue::<Test>::get().is_empty());
	});
}

#[test]
fn a_plan_ends_at_its_end_block_and_refunds() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(subscribe(ALICE, terms()));
		let escrow = PlanStore::<Test>::get(0).unwrap().escrow;
		// Hosting spends part of the budget.
		assert_ok!(Escrow::pay(escrow, &BOB, 100));
		run_to_block(15);
		System::assert_last_event(
			Event::EndPlan { plan: 0, reason: EndReason::Expired, refund: 500 }.into(),
		);
		assert_eq!(lifecycle(), vec![("due", 0), ("ended", 0)]);
		assert!(PlanStore::<Test>::get(0).is_none());
		assert_eq!(held(ALICE), 0);
		assert_eq!(Balances::balance(&ALICE), 1_000_000 - 100);
		assert_eq!(PlanCount::<Test>::get(ALICE), 0);
	});
}

#[test]
fn pause_and_resume() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(subscribe(ALICE, terms()));
		assert_noop!(Plans::pause(RuntimeOrigin::signed(ALICE), 0), Error::<Test>::NotActive);
		run_to_block(5);
		assert_noop!(Plans::pause(RuntimeOrigin::signed(BOB), 0), Error::<Test>::NotSponsor);
		assert_noop!(Plans::pause(RuntimeOrigin::signed(ALICE), 9), Error::<Test>::PlanNotFound);
		assert_noop!(Plans::resume(RuntimeOrigin::signed(ALICE), 0), Error::<Test>::NotPaused);
		assert_ok!(Plans::pause(RuntimeOrigin::signed(ALICE), 0));
		System::assert_last_event(Event::PausePlan { plan: 0 }.into());
		assert_eq!(PlanStore::<Test>::get(0).unwrap().status, PlanStatus::Paused(5));
		assert_noop!(Plans::pause(RuntimeOrigin::signed(ALICE), 0), Error::<Test>::NotActive);
		assert_ok!(Plans::resume(RuntimeOrigin::signed(ALICE), 0));
		System::assert_last_event(Event::ResumePlan { plan: 0 }.into());
		assert_eq!(PlanStore::<Test>::get(0).unwrap().status, PlanStatus::Active);
	});
}

#[test]
fn unsubscribe_ends_hosting_and_refunds_everything_left() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(subscribe(ALICE, terms()));
		assert_noop!(Plans::unsubscribe(RuntimeOrigin::signed(BOB), 0), Error::<Test>::NotSponsor);
		assert_ok!(Plans::unsubscribe(RuntimeOrigin::signed(ALICE), 0));
		System::assert_last_event(
			Event::EndPlan { plan: 0, reason: EndReason::Unsubscribed, refund: 600 }.into(),
		);
		// It never started: nothing is hosted, so the hosting side has nothing to end.
		assert_eq!(lifecycle(), vec![]);
		assert!(Queue::<Test>::get().is_empty());
		assert!(Endings::<Test>::get(15).is_empty());
		assert_eq!(Balances::balance(&ALICE), 1_000_000);
		assert_noop!(
			Plans::unsubscribe(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::PlanNotFound
		);
	});
}

#[test]
fn update_adjusts_the_budget_both_ways() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(subscribe(ALICE, terms()));
		assert_noop!(
			Plans::update(RuntimeOrigin::signed(ALICE), 0, no_changes()),
			Error::<Test>::NothingToUpdate
		);
		// Double the replication: 1200 needed.
		let mut c = no_changes();
		c.replication = Some(4);
		assert_ok!(Plans::update(RuntimeOrigin::signed(ALICE), 0, c));
		System::assert_last_event(Event::PlanUpdated { plan: 0, budget: 1200 }.into());
		assert_eq!(held(ALICE), 1200);
		assert_eq!(Endings::<Test>::get(15).to_vec(), vec![0]);
		// Half the range and a later end: 5·4·15·3 = 900.
		let mut c = no_changes();
		c.ranges = Some(BoundedVec::truncate_from(vec![range(0, 0, 5)]));
		c.end = Some(20);
		assert_ok!(Plans::update(RuntimeOrigin::signed(ALICE), 0, c));
		assert_eq!(held(ALICE), 900);
		assert!(Endings::<Test>::get(15).is_empty());
		assert_eq!(Endings::<Test>::get(20).to_vec(), vec![0]);
		// A price change re-sorts the queue.
		assert_ok!(subscribe(BOB, terms()));
		let mut c = no_changes();
		c.price = Some(1);
		assert_ok!(Plans::update(RuntimeOrigin::signed(ALICE), 0, c));
		let order: Vec<_> = Queue::<Test>::get().iter().map(|e| e.plan).collect();
		assert_eq!(order, vec![1, 0]);
	});
}

#[test]
fn update_refuses_bad_changes_and_changes_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(subscribe(DAVE, {
			let mut t = terms();
			t.price = 1;
			t.replication = 1;
			t.ranges[0] = range(0, 0, 5);
			t
		}));
		let mut c = no_changes();
		c.replication = Some(0);
		assert_noop!(
			Plans::update(RuntimeOrigin::signed(DAVE), 0, c),
			Error::<Test>::InvalidReplication
		);
		let mut c = no_changes();
		c.replication = Some(5);
		assert_noop!(
			Plans::update(RuntimeOrigin::signed(DAVE), 0, c),
			Error::<Test>::InsufficientBalance
		);
		let mut c = no_changes();
		c.end = Some(1);
		assert_noop!(
			Plans::update(RuntimeOrigin::signed(DAVE), 0, c),
			Error::<Test>::InvalidPeriod
		);
		let mut c = no_changes();
		c.price = Some(2);
		assert_noop!(Plans::update(RuntimeOrigin::signed(ALICE), 0, c), Error::<Test>::NotSponsor);
	});
}

#[test]
fn ending_charges_the_same_whatever_the_plan_size() {
	use crate::weights::WeightInfo;
	use frame_support::weights::Weight;
	ExtBuilder::default().build_and_execute(|| {
		// Plan 0 (1 contract × 2 hosters) starts; plan 1 (2 contracts × 3) too.
		assert_ok!(subscribe(ALICE, terms()));
		let two_contracts = PlanTerms {
			datasets: BoundedVec::truncate_from(vec![dataset(150)]),
			ranges: BoundedVec::truncate_from(vec![range(0, 0, 150)]),
			replication: 3,
			..terms()
		};
		assert_ok!(subscribe(BOB, two_contracts));
		// The start charges the hosting side's work per contract (1 each in the mock).
		assert_eq!(
			Plans::start_due(5),
			<() as WeightInfo>::on_initialize_start(2) + Weight::from_parts(1 + 2, 0)
		);
		// Ending at block 15 charges the hosting side's fixed cost (7 in the mock) per
		// plan: it releases the hostings over the next blocks, outside the hooks.
		assert_eq!(
			Plans::end_due(15),
			<() as WeightInfo>::on_initialize_end(2) + Weight::from_parts(7 + 7, 0)
		);
		assert!(PlanStore::<Test>::iter().next().is_none());
		assert_eq!(lifecycle(), vec![("due", 0), ("due", 1), ("ended", 0), ("ended", 1)]);
		// Unsubscribing a started plan charges the same; a queued plan tells the
		// hosting side nothing.
		assert_ok!(subscribe(ALICE, terms()));
		assert_ok!(subscribe(ALICE, PlanTerms { start: 14, ..terms() }));
		run_to_block(5);
		let call = crate::Call::<Test>::unsubscribe { plan: 2 };
		let info = frame_support::dispatch::GetDispatchInfo::get_dispatch_info(&call);
		assert_eq!(info.call_weight, <() as WeightInfo>::unsubscribe() + Weight::from_parts(7, 0));
		assert_ok!(Plans::unsubscribe(RuntimeOrigin::signed(ALICE), 2));
		assert_ok!(Plans::unsubscribe(RuntimeOrigin::signed(ALICE), 3));
		assert_eq!(lifecycle().last(), Some(&("ended", 2)));
	});
}

#[test]
fn a_spent_budget_with_no_end_block_near_waits_for_the_next_payment() {
	use datdot_primitives::traits::PlanInspect;
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(subscribe(ALICE, PlanTerms { end: 100, ..terms() }));
		// Every one of the next 32 blocks ends its most plans already.
		for b in 2..40u64 {
			crate::Endings::<Test>::insert(
				b,
				BoundedVec::truncate_from(vec![1_000 + b, 2_000 + b]),
			);
		}
		<Plans as PlanInspect<AccountId>>::budget_spent(0);
		// Not ended in the caller's call, not marked: it keeps its end for now.
		assert_eq!(PlanStore::<Test>::get(0).unwrap().terms.end, 100);
		assert!(crate::Spent::<Test>::get(0).is_none());
		assert_eq!(lifecycle(), vec![]);
		// Room comes: the next payment that finds the budget spent moves its end there.
		crate::Endings::<Test>::remove(20);
		<Plans as PlanInspect<AccountId>>::budget_spent(0);
		assert_eq!(PlanStore::<Test>::get(0).unwrap().terms.end, 20);
		assert!(crate::Spent::<Test>::get(0).is_some());
		for b in 2..40u64 {
			crate::Endings::<Test>::mutate(b, |e| e.retain(|p| *p < 1_000));
		}
	});
}

#[test]
fn end_for_budget_ends_with_its_reason() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(subscribe(ALICE, terms()));
		assert_ok!(Plans::end_for_budget(0));
		System::assert_last_event(
			Event::EndPlan { plan: 0, reason: EndReason::BudgetSpent, refund: 600 }.into(),
		);
		assert_noop!(Plans::end_for_budget(0), Error::<Test>::PlanNotFound);
	});
}

#[test]
fn a_spent_budget_ends_the_plan_at_the_next_block_with_its_reason() {
	use datdot_primitives::traits::PlanInspect;
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(subscribe(ALICE, terms()));
		run_to_block(6);
		<Plans as PlanInspect<AccountId>>::budget_spent(0);
		// Told twice (two proofs in one block): still one ending.
		<Plans as PlanInspect<AccountId>>::budget_spent(0);
		assert_eq!(PlanStore::<Test>::get(0).unwrap().terms.end, 7);
		assert_eq!(Endings::<Test>::get(7).to_vec(), vec![0]);
		assert!(Endings::<Test>::get(15).is_empty());
		assert_noop!(
			Plans::update(
				RuntimeOrigin::signed(ALICE),
				0,
				PlanChanges { end: Some(14), ..no_changes() }
			),
			Error::<Test>::BudgetExhausted
		);
		run_to_block(7);
		System::assert_last_event(
			Event::EndPlan { plan: 0, reason: EndReason::BudgetSpent, refund: 600 }.into(),
		);
		assert!(crate::Spent::<Test>::get(0).is_none());
		assert_eq!(lifecycle(), vec![("due", 0), ("ended", 0)]);
	});
}

#[test]
fn a_sponsor_with_plans_owes_the_network() {
	use datdot_primitives::traits::{AccountObligations, Obligation};
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Plans::obligation(&ALICE), None);
		assert_ok!(subscribe(ALICE, terms()));
		assert_eq!(Plans::obligation(&ALICE), Some(Obligation::Plan));
	});
}

#[test]
fn unsigned_origins_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Plans::subscribe(RuntimeOrigin::none(), terms()), DispatchError::BadOrigin);
		assert_noop!(Plans::unsubscribe(RuntimeOrigin::root(), 0), DispatchError::BadOrigin);
	});
}

#[test]
fn a_budget_that_exactly_fits_is_accepted() {
	// 600 for the budget, 1 to stay above the existential deposit.
	ExtBuilder::default().with_balance(7, 601).build_and_execute(|| {
		assert_ok!(subscribe(7, terms()));
		assert_eq!(held(7), 600);
		assert_eq!(Balances::balance(&7), 1);
	});
	ExtBuilder::default().with_balance(8, 600).build_and_execute(|| {
		assert_noop!(subscribe(8, terms()), Error::<Test>::InsufficientBalance);
	});
}

#[test]
fn plan_ids_cannot_overflow() {
	ExtBuilder::default().build_and_execute(|| {
		NextPlanId::<Test>::put(u64::MAX);
		assert_noop!(subscribe(ALICE, terms()), Error::<Test>::Overflow);
	});
}

#[test]
fn a_plan_with_more_contracts_than_one_plan_holds_is_refused_holding_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		let mut t = terms();
		t.datasets = BoundedVec::truncate_from(vec![dataset(MOCK_MAX_CHUNKS + 1)]);
		t.ranges = BoundedVec::truncate_from(vec![range(0, 0, MOCK_MAX_CHUNKS + 1)]);
		assert_noop!(subscribe(ALICE, t), Error::<Test>::TooManyContracts);
		assert_eq!(held(ALICE), 0);
		// Nor can an update of a queued plan grow it past the limit.
		let mut t = terms();
		t.datasets = BoundedVec::truncate_from(vec![dataset(MOCK_MAX_CHUNKS + 1)]);
		t.ranges = BoundedVec::truncate_from(vec![range(0, 0, 10)]);
		assert_ok!(subscribe(ALICE, t));
		let mut c = no_changes();
		c.ranges = Some(BoundedVec::truncate_from(vec![range(0, 0, MOCK_MAX_CHUNKS + 1)]));
		assert_noop!(
			Plans::update(RuntimeOrigin::signed(ALICE), 0, c),
			Error::<Test>::TooManyContracts
		);
	});
}

#[test]
fn a_started_plan_keeps_its_price_and_its_ranges_and_moves_its_end_forward_only() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(subscribe(ALICE, terms()));
		run_to_block(8);
		for c in [
			PlanChanges { price: Some(1), ..no_changes() },
			// Ranges may be added to, never cut.
			PlanChanges {
				ranges: Some(BoundedVec::truncate_from(vec![range(0, 0, 5)])),
				..no_changes()
			},
			PlanChanges {
				ranges: Some(BoundedVec::truncate_from(vec![range(0, 5, 10), range(0, 0, 5)])),
				..no_changes()
			},
		] {
			assert_noop!(
				Plans::update(RuntimeOrigin::signed(ALICE), 0, c),
				Error::<Test>::FixedWhileHosted
			);
		}
		// Five more blocks: 10·2·5·3 = 300 more held; what was earned since block 5
		// stays held.
		assert_ok!(Plans::update(
			RuntimeOrigin::signed(ALICE),
			0,
			PlanChanges { end: Some(20), ..no_changes() }
		));
		assert_eq!(held(ALICE), 900);
		// Back to block 12: only the future from now is refunded (8 blocks fewer).
		assert_ok!(Plans::update(
			RuntimeOrigin::signed(ALICE),
			0,
			PlanChanges { end: Some(12), ..no_changes() }
		));
		assert_eq!(held(ALICE), 900 - 10 * 2 * 8 * 3);
	});
}

#[test]
fn pauses_add_up_and_the_current_one_counts_as_it_goes() {
	use datdot_primitives::traits::PlanInspect;
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(subscribe(ALICE, terms()));
		run_to_block(5);
		assert_eq!(<Plans as PlanInspect<AccountId>>::plan(0).unwrap().paused_blocks, 0);
		assert_ok!(Plans::pause(RuntimeOrigin::signed(ALICE), 0));
		run_to_block(8);
		let view = <Plans as PlanInspect<AccountId>>::plan(0).unwrap();
		assert!(!view.running);
		assert_eq!(view.paused_blocks, 3);
		assert_ok!(Plans::resume(RuntimeOrigin::signed(ALICE), 0));
		run_to_block(10);
		assert_ok!(Plans::pause(RuntimeOrigin::signed(ALICE), 0));
		run_to_block(11);
		assert_ok!(Plans::resume(RuntimeOrigin::signed(ALICE), 0));
		let view = <Plans as PlanInspect<AccountId>>::plan(0).unwrap();
		assert!(view.running);
		assert_eq!(view.paused_blocks, 4);
		assert_eq!(PlanStore::<Test>::get(0).unwrap().paused, 4);
	});
}

#[test]
fn the_budget_holds_the_attestors_fees_beside_the_hosters_pay() {
	ExtBuilder::default().build_and_execute(|| {
		FeePerHoster::set(40);
		assert_ok!(subscribe(ALICE, terms()));
		// 600 for the hosters (10 chunks × 2 × 10 blocks × 3) and 40 per hoster for fees.
		System::assert_last_event(
			Event::PlanSubscribed { plan: 0, sponsor: ALICE, budget: 680, fees: 80 }.into(),
		);
		assert_eq!(held(ALICE), 680);
		// Queued: a replication change moves the fee reserve with the hosters' pay.
		let changes = PlanChanges { replication: Some(3), ..no_changes() };
		assert_ok!(Plans::update(RuntimeOrigin::signed(ALICE), 0, changes));
		assert_eq!(held(ALICE), 900 + 120);
		assert_eq!(PlanStore::<Test>::get(0).unwrap().fees, 120);
		// The hosting side is handed the reserve when the plan starts.
		run_to_block(5);
		assert_eq!(FEES_DUE.with(|f| f.borrow().clone()), vec![120]);
		// Started: moving the end moves the hosters' pay only.
		let changes = PlanChanges { end: Some(20), ..no_changes() };
		assert_ok!(Plans::update(RuntimeOrigin::signed(ALICE), 0, changes));
		assert_eq!(held(ALICE), 10 * 3 * 15 * 3 + 120);
	});
}

#[test]
fn a_started_plan_grows_and_shrinks_its_hosting_and_the_budget_follows_from_now() {
	ExtBuilder::default().build_and_execute(|| {
		FeePerHoster::set(10);
		let mut t = terms();
		t.datasets = BoundedVec::truncate_from(vec![dataset(20)]);
		assert_ok!(subscribe(ALICE, t));
		// 600 for the hosters, 20 for fees.
		assert_eq!(held(ALICE), 620);
		run_to_block(10);
		// Replication 2 → 3 at block 10: 10 chunks × 1 hoster × 5 blocks × 3 = 150 more,
		// and the fee reserve of the third hoster (10).
		let changes = PlanChanges { replication: Some(3), ..no_changes() };
		assert_ok!(Plans::update(RuntimeOrigin::signed(ALICE), 0, changes));
		assert_eq!(held(ALICE), 620 + 150 + 10);
		assert_eq!(lifecycle(), vec![("due", 0), ("updated", 0)]);
		assert_eq!(UPDATES.with(|u| u.borrow().clone()), vec![(0, 10)]);
		// New ranges appended: 10 more chunks × 3 hosters × 5 blocks × 3 = 450.
		let changes = PlanChanges {
			ranges: Some(BoundedVec::truncate_from(vec![range(0, 0, 10), range(0, 10, 20)])),
			..no_changes()
		};
		assert_ok!(Plans::update(RuntimeOrigin::signed(ALICE), 0, changes));
		assert_eq!(held(ALICE), 780 + 450);
		// Back to replication 1: the two dropped hosters' future is refunded
		// (20 chunks × 2 × 5 × 3 = 600); the fee reserve stays for the rest of the plan.
		let changes = PlanChanges { replication: Some(1), ..no_changes() };
		assert_ok!(Plans::update(RuntimeOrigin::signed(ALICE), 0, changes));
		assert_eq!(held(ALICE), 1230 - 600);
		assert_eq!(lifecycle().len(), 4);
		// An end move alone leaves the hosting as it is.
		let changes = PlanChanges { end: Some(16), ..no_changes() };
		assert_ok!(Plans::update(RuntimeOrigin::signed(ALICE), 0, changes));
		assert_eq!(lifecycle().len(), 4);
	});
}

#[test]
fn a_plan_may_not_start_further_ahead_than_the_queue_holds() {
	ExtBuilder::default().build_and_execute(|| {
		// Now is block 1; plans may start up to 100 blocks ahead. Far-off starts could
		// otherwise hold the queue's places for as long as they like.
		let mut t = terms();
		t.start = 102;
		t.end = 110;
		assert_noop!(subscribe(ALICE, t.clone()), Error::<Test>::StartTooFar);
		t.start = 101;
		assert_ok!(subscribe(ALICE, t));
	});
}
