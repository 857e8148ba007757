use crate::{mock::*, *};
use codec::{Decode, Encode};
use datdot_primitives::{
	frames, merkle,
	traits::{HostingObserver, Outcome},
	OcwPublic, OCW_KEY_TYPE,
};
use frame_support::{assert_noop, assert_ok, traits::Hooks, BoundedVec};
use sp_core::offchain::{testing, OffchainDbExt, OffchainWorkerExt, TransactionPoolExt};
use sp_runtime::{
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	DispatchError, Perbill, RuntimeAppPublic,
};
use std::sync::Arc;

type Signature = <OcwPublic as RuntimeAppPublic>::Signature;

/// Runs blocks to `n`: each block's idle time (the settlement sweep) at its end, and
/// the next block's start.
fn run_to(n: u64) {
	while System::block_number() < n {
		end_block();
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Proofs::on_initialize(next);
	}
}

/// The current block's idle time: the settlement sweep, with all the weight it wants.
fn end_block() {
	Proofs::on_idle(System::block_number(), Weight::MAX);
}

/// What the settlements paid `who` so far, from the events.
fn paid_to(who: AccountId) -> u64 {
	System::events()
		.iter()
		.filter_map(|e| match &e.event {
			RuntimeEvent::Proofs(Event::Paid { hoster, paid, .. }) if *hoster == who => Some(*paid),
			_ => None,
		})
		.sum()
}

/// Moves the hoster's next audit far out, for tests of extra challenges alone.
fn postpone_audit() {
	let mut audit = Audited::<Test>::get(HOSTER).expect("audited");
	Due::<Test>::mutate(audit.due, |l| l.retain(|h| *h != HOSTER));
	audit.due = 10_000;
	Due::<Test>::mutate(10_000, |l| l.try_push(HOSTER).unwrap());
	Audited::<Test>::insert(HOSTER, audit);
}

/// The hoster keeps contract 0 (confirmed at block 1) and holds a `ddot` key.
fn setup() -> OcwPublic {
	let data = chunks();
	add_hosting(0, HOSTER, root_of(&data), data.len() as u32);
	let key = OcwPublic::generate_pair(None);
	world(|w| w.keys.insert(key.clone(), HOSTER));
	<Proofs as HostingObserver<AccountId>>::confirmed(0, &HOSTER);
	key
}

/// Runs blocks until a challenge is open; returns it.
fn first_challenge() -> (ChallengeId, Challenge<Test>) {
	for _ in 0..40 {
		if let Some((id, c)) = Challenges::<Test>::iter().next() {
			return (id, c);
		}
		run_to(System::block_number() + 1);
	}
	panic!("no challenge within a period");
}

/// What challenge `c` asks: its chunks, each with the segment of it to prove (every
/// mocked hosting keeps the same data set unless a test says otherwise).
fn pieces(c: &Challenge<Test>) -> Vec<(u32, u32)> {
	c.pieces.iter().map(|p| (p.index, p.segment)).collect()
}

/// Segment proofs of the mocked data set's `pieces` (chunk, segment).
fn proofs_for(pieces: &[(u32, u32)]) -> BoundedVec<SegmentProof, ConstU32<4>> {
	let data = chunks();
	let leaves: Vec<[u8; 32]> = data.iter().map(|c| merkle::chunk_leaf(c, CHUNK_SIZE)).collect();
	BoundedVec::truncate_from(
		pieces
			.iter()
			.map(|(i, j)| {
				let path = merkle::proof(&leaves, *i).unwrap();
				SegmentProof::of(&data[*i as usize], CHUNK_SIZE, *j, path).unwrap()
			})
			.collect(),
	)
}

use frame_support::traits::ConstU32;

fn signed(
	key: &OcwPublic,
	challenge: ChallengeId,
	pieces: &[(u32, u32)],
) -> (Response<Test>, Signature) {
	// What the open challenge under this id asks (none open: nothing).
	let asked = Challenges::<Test>::get(challenge).map(|c| c.digest()).unwrap_or_default();
	let response = Response { challenge, asked, proofs: proofs_for(pieces), signer: key.clone() };
	let signature = datdot_primitives::signing::sign::<Test>(key, &response).unwrap();
	(response, signature)
}

fn respond(response: Response<Test>, signature: Signature) -> DispatchResult {
	Proofs::response(frame_system::RawOrigin::Authorized.into(), response, signature)
		.map(|_| ())
		.map_err(|e| e.error)
}

use sp_runtime::DispatchResult;

fn check() {
	Proofs::do_try_state().expect("invariants hold");
}

/// Runs `test`, then checks the pallet's invariants.
fn build_and_execute(test: impl FnOnce()) {
	ExtBuilder::build().execute_with(|| {
		test();
		check();
	})
}

#[test]
fn a_hoster_is_audited_within_a_period_and_again_each_period() {
	build_and_execute(|| {
		setup();
		let (id, c) = first_challenge();
		let opened = System::block_number();
		assert!(opened <= 1 + 20, "within the first period");
		assert_eq!((c.hoster, c.pieces.len(), c.requested), (HOSTER, 2, false));
		assert!(c.pieces.iter().all(|p| p.contract == 0 && p.index < 10));
		assert_eq!(c.deadline, opened + 3);
		System::assert_has_event(
			Event::ProvideProofOfStorage {
				challenge: id,
				hoster: HOSTER,
				pieces: c.pieces.clone(),
				deadline: c.deadline,
			}
			.into(),
		);
		assert_eq!(Audited::<Test>::get(HOSTER).unwrap().open, Some(id));
		// The next one is due exactly a period later.
		assert!(Due::<Test>::get(opened + 20).contains(&HOSTER));
		check();
	});
}

#[test]
fn a_valid_response_pays_the_proven_period_once() {
	build_and_execute(|| {
		let key = setup();
		let (id, c) = first_challenge();
		let now = System::block_number();
		let (response, signature) = signed(&key, id, &pieces(&c));
		assert_ok!(Proofs::authorize_response(&response, &signature).map(|_| ()));
		assert_ok!(respond(response.clone(), signature.clone()));
		System::assert_last_event(Event::ProofAccepted { challenge: id, hoster: HOSTER }.into());
		assert!(world(|w| w.payouts.is_empty()), "the response itself pays nothing");
		// Settled at the block's end: price × 10 chunks × blocks since the hosting was
		// confirmed at block 1.
		end_block();
		let paid = (PRICE as u64) * 10 * (now - 1);
		assert_eq!(world(|w| w.payouts.clone()), vec![(HOSTER, paid)]);
		System::assert_last_event(
			Event::Paid { contract: 0, hoster: HOSTER, blocks: now - 1, paid }.into(),
		);
		assert_eq!(Earned::<Test>::get(HOSTER), paid, "the hoster's earnings on chain");
		let entry = Ledger::<Test>::get(0, HOSTER).unwrap();
		assert_eq!((entry.paid_until, entry.faults, entry.open), (now, 0, None));
		// Settling again pays nothing more.
		end_block();
		assert_eq!(world(|w| w.payouts.len()), 1);
		assert!(world(|w| w.outcomes.contains(&(HOSTER, Outcome::Success(1)))));
		// Twice: the challenge is closed; the pool and the runtime refuse it, unpaid.
		assert!(Proofs::authorize_response(&response, &signature).is_err());
		assert_noop!(respond(response, signature), Error::<Test>::ChallengeNotFound);
		end_block();
		assert_eq!(Earned::<Test>::get(HOSTER), paid);
		// Its deadline passing is no fault.
		run_to(c.deadline + 1);
		assert!(world(|w| w.slashes.is_empty()));
		check();
	});
}

#[test]
fn a_wrong_proof_is_a_fault() {
	build_and_execute(|| {
		let key = setup();
		let (id, c) = first_challenge();
		// Proofs of other chunks than those asked for.
		let wrong: Vec<(u32, u32)> = pieces(&c).iter().map(|(i, j)| ((i + 1) % 10, *j)).collect();
		let (response, signature) = signed(&key, id, &wrong);
		assert_ok!(respond(response, signature));
		System::assert_last_event(
			Event::Fault { challenge: id, hoster: HOSTER, contract: 0, faults: 1 }.into(),
		);
		end_block();
		assert!(world(|w| w.payouts.is_empty()), "the audited time is not paid");
		assert_eq!(Audited::<Test>::get(HOSTER).unwrap().audits.proven, 0);
		assert_eq!(world(|w| w.slashes.clone()), vec![(HOSTER, Perbill::zero())]);
		check();
	});
}

#[test]
fn the_right_chunk_with_another_segment_is_a_fault() {
	build_and_execute(|| {
		let key = setup();
		let (id, c) = first_challenge();
		// Every asked chunk, but a segment of it other than the one asked for: a hoster
		// cannot keep one segment per chunk and pick which it proves.
		let wrong: Vec<(u32, u32)> = pieces(&c).iter().map(|(i, j)| (*i, (j + 1) % 3)).collect();
		let (response, signature) = signed(&key, id, &wrong);
		assert_ok!(respond(response, signature));
		System::assert_last_event(
			Event::Fault { challenge: id, hoster: HOSTER, contract: 0, faults: 1 }.into(),
		);
		check();
	});
}

#[test]
fn a_proof_carries_one_segment_whatever_the_chunk_size() {
	build_and_execute(|| {
		let key = setup();
		let (id, c) = first_challenge();
		assert!(c.pieces.iter().all(|p| p.segment < merkle::segments(CHUNK_SIZE)));
		let (response, _) = signed(&key, id, &pieces(&c));
		for proof in response.proofs.iter() {
			assert!(proof.segment.len() <= merkle::SEGMENT_SIZE as usize);
			// Two levels of segments (3 in a chunk) and four of chunks (10).
			assert!(proof.siblings.len() <= 2 + 4);
		}
		// At most a segment and its path per asked chunk, not a chunk.
		use codec::MaxEncodedLen;
		let bound = SegmentProof::max_encoded_len() * c.pieces.len() + 200;
		assert!(response.encoded_size() <= bound);
		assert!(SegmentProof::max_encoded_len() < 2_300, "1 KiB and 38 hashes");
	});
}

#[test]
fn an_answer_worked_out_on_another_fork_is_refused_not_faulted() {
	build_and_execute(|| {
		let key = setup();
		let (id, c) = first_challenge();
		// On another fork the block that opened challenge `id` drew other chunks: the
		// hoster's worker answered those. Here that answer is stale, not wrong.
		let other_fork: Vec<(u32, u32)> =
			pieces(&c).iter().map(|(i, j)| ((i + 1) % 10, *j)).collect();
		let mut asked_there = c.clone();
		for (piece, (i, _)) in asked_there.pieces.iter_mut().zip(other_fork.iter()) {
			piece.index = *i;
		}
		let (mut response, _) = signed(&key, id, &other_fork);
		response.asked = asked_there.digest();
		let signature = datdot_primitives::signing::sign::<Test>(&key, &response).unwrap();
		assert_eq!(
			Proofs::authorize_response(&response, &signature).map(|_| ()),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Stale))
		);
		assert_noop!(respond(response, signature), Error::<Test>::WrongChallenge);
		assert!(Challenges::<Test>::contains_key(id), "still open for the right answer");
		assert!(world(|w| w.slashes.is_empty()));
		// The right answer is taken.
		let (response, signature) = signed(&key, id, &pieces(&c));
		assert_ok!(respond(response, signature));
		assert!(System::events()
			.iter()
			.any(|e| matches!(e.event, RuntimeEvent::Proofs(Event::ProofAccepted { .. }))));
		check();
	});
}

#[test]
fn missed_audits_escalate_and_the_hosters_hostings_are_repaired() {
	build_and_execute(|| {
		setup();
		while world(|w| w.repaired.is_empty()) {
			run_to(System::block_number() + 1);
			assert!(System::block_number() < 200, "three periods suffice");
		}
		let missed: Vec<u32> = System::events()
			.iter()
			.filter_map(|e| match e.event {
				RuntimeEvent::Proofs(Event::AuditMissed { faults, .. }) => Some(faults),
				_ => None,
			})
			.collect();
		assert_eq!(missed, vec![1, 2, 3]);
		assert_eq!(
			world(|w| w.slashes.clone()),
			vec![
				(HOSTER, Perbill::zero()),
				(HOSTER, Perbill::from_percent(5)),
				(HOSTER, Perbill::from_percent(15))
			]
		);
		assert_eq!(world(|w| w.repaired.clone()), vec![(0, HOSTER)]);
		assert!(Ledger::<Test>::get(0, HOSTER).is_none(), "no longer challenged");
		assert!(!Evicting::<Test>::contains_key(HOSTER), "evicted");
		let before = NextChallengeId::<Test>::get();
		run_to(System::block_number() + 60);
		assert_eq!(NextChallengeId::<Test>::get(), before, "no challenge of a hoster of nothing");
		assert!(Audited::<Test>::get(HOSTER).is_none(), "no longer audited");
		check();
	});
}

#[test]
fn late_foreign_and_forged_responses_are_refused() {
	build_and_execute(|| {
		let key = setup();
		let (id, c) = first_challenge();
		// Signed by a key of another account.
		let other = OcwPublic::generate_pair(None);
		world(|w| w.keys.insert(other.clone(), 21));
		let (response, signature) = signed(&other, id, &pieces(&c));
		assert_noop!(respond(response, signature), Error::<Test>::NotChallenged);
		// A signature over something else.
		let (response, _) = signed(&key, id, &pieces(&c));
		let forged = key.sign(&b"something else".to_vec()).unwrap();
		assert_noop!(respond(response, forged), Error::<Test>::BadSignature);
		// After the deadline the challenge is a fault and the response is stale.
		let (response, signature) = signed(&key, id, &pieces(&c));
		System::set_block_number(c.deadline);
		ProofClock::<Test>::put(c.deadline);
		assert_noop!(respond(response.clone(), signature.clone()), Error::<Test>::TooLate);
		Proofs::expire(c.deadline, Some(c.deadline));
		assert_noop!(respond(response, signature), Error::<Test>::ChallengeNotFound);
		check();
	});
}

#[test]
fn anyone_paying_the_fee_may_request_an_extra_challenge() {
	build_and_execute(|| {
		setup();
		assert_noop!(
			Proofs::request(RuntimeOrigin::signed(SPONSOR), 7, HOSTER),
			Error::<Test>::NoSuchHosting
		);
		assert_noop!(
			Proofs::request(RuntimeOrigin::signed(55), 0, HOSTER),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(Proofs::request(RuntimeOrigin::signed(SPONSOR), 0, HOSTER));
		assert_eq!(Balances::free_balance(SPONSOR), 990);
		assert_eq!(Balances::free_balance(999), 11);
		assert_eq!(Challenges::<Test>::iter().count(), 1);
		check();
	});
}

#[test]
fn request_fails_cleanly_when_ids_or_deadlines_run_out() {
	build_and_execute(|| {
		setup();
		NextChallengeId::<Test>::put(u64::MAX);
		assert_noop!(
			Proofs::request(RuntimeOrigin::signed(SPONSOR), 0, HOSTER),
			Error::<Test>::Overflow
		);
		NextChallengeId::<Test>::put(0);
		// Every block a deadline could go to is full: the fee is not taken either.
		let window = Parameters::<Test>::get().window;
		for b in 0..40 {
			Deadlines::<Test>::insert(
				1 + window + b,
				BoundedVec::<ChallengeId, ConstU32<4>>::truncate_from(vec![0; 4]),
			);
		}
		assert_noop!(
			Proofs::request(RuntimeOrigin::signed(SPONSOR), 0, HOSTER),
			Error::<Test>::TooManyChallenges
		);
		let _ = Deadlines::<Test>::clear(u32::MAX, None);
	});
}

#[test]
fn set_params_checks_its_bounds() {
	build_and_execute(|| {
		let mut p = Parameters::<Test>::get();
		assert_noop!(
			Proofs::set_params(RuntimeOrigin::signed(1), p.clone()),
			DispatchError::BadOrigin
		);
		p.indexes = 5;
		assert_noop!(
			Proofs::set_params(RuntimeOrigin::root(), p.clone()),
			Error::<Test>::BadParams
		);
		p.indexes = 4;
		p.period = 100;
		assert_ok!(Proofs::set_params(RuntimeOrigin::root(), p.clone()));
		assert_eq!(Parameters::<Test>::get(), p);
	});
}

#[test]
fn the_worker_answers_from_stored_frames_once_and_resends_only_if_still_open() {
	let mut ext = ExtBuilder::build();
	let (offchain, _) = testing::TestOffchainExt::new();
	let (pool, pool_state) = testing::TestTransactionPoolExt::new();
	ext.register_extension(OffchainDbExt::new(offchain.clone()));
	ext.register_extension(OffchainWorkerExt::new(offchain));
	ext.register_extension(TransactionPoolExt::new(pool));
	let keystore = sp_keystore::testing::MemoryKeystore::new();
	let public =
		sp_keystore::Keystore::sr25519_generate_new(&keystore, OCW_KEY_TYPE, None).unwrap();
	ext.register_extension(sp_keystore::KeystoreExt(Arc::new(keystore)));
	ext.execute_with(|| {
		let data = chunks();
		let root = root_of(&data);
		add_hosting(0, HOSTER, root, 10);
		world(|w| w.keys.insert(OcwPublic::from(public), HOSTER));
		<Proofs as HostingObserver<AccountId>>::confirmed(0, &HOSTER);
		// The hosting worker stored every frame.
		let leaves: Vec<[u8; 32]> =
			data.iter().map(|c| merkle::chunk_leaf(c, CHUNK_SIZE)).collect();
		for (i, chunk) in data.iter().enumerate() {
			let frame = frames::encode(chunk, &merkle::proof(&leaves, i as u32).unwrap());
			assert!(datdot_primitives::chunk_store::put(&root, i as u32, &frame, u64::MAX));
		}
		let (id, c) = first_challenge();
		let now = System::block_number();
		ocw::run::<Test>(now);
		ocw::run::<Test>(now);
		assert_eq!(pool_state.read().transactions.len(), 1, "one response, not two");
		let xt = UncheckedExtrinsic::decode(&mut &pool_state.read().transactions[0][..]).unwrap();
		let RuntimeCall::Proofs(Call::response { response, signature }) = xt.function else {
			panic!("a response")
		};
		assert_eq!(response.challenge, id);
		assert_eq!(response.proofs.len(), c.pieces.len());
		assert_ok!(respond(response, signature));
		System::assert_last_event(Event::ProofAccepted { challenge: id, hoster: HOSTER }.into());
		end_block();
		assert_eq!(paid_to(HOSTER), (PRICE as u64) * 10 * (now - 1));
		// Answered: a restarted worker finds nothing more to send.
		ocw::run::<Test>(now + ocw::RESEND_AFTER as u64);
		assert_eq!(pool_state.read().transactions.len(), 1);
		check();
	});
}

/// Sets plan 0 paused (from `since`) or running, keeping its paused-blocks total as the
/// plans pallet does: `finished` blocks of ended pauses plus the current one.
fn set_paused(running: bool, paused_blocks: u64) {
	world(|w| {
		let p = w.plans.get_mut(&0).unwrap();
		p.running = running;
		p.paused_blocks = paused_blocks;
	});
}

/// Runs to block `n`, keeping plan 0's paused total growing while it is paused.
fn run_paused_to(n: u64, pause_started: u64, before: u64) {
	while System::block_number() < n {
		end_block();
		let next = System::block_number() + 1;
		System::set_block_number(next);
		set_paused(false, before + (next - pause_started));
		Proofs::on_initialize(next);
	}
}

/// Answers the first open challenge, and returns it and what the block's settlement
/// paid the hoster.
fn answer_first_open(key: &OcwPublic) -> (ChallengeId, u64) {
	let (id, c) = first_challenge();
	let (response, signature) = signed(key, id, &pieces(&c));
	let before = paid_to(HOSTER);
	assert_ok!(respond(response, signature));
	assert!(System::events().iter().any(|e| matches!(e.event,
		RuntimeEvent::Proofs(Event::ProofAccepted { challenge, .. }) if challenge == id)));
	end_block();
	(id, paid_to(HOSTER) - before)
}

#[test]
fn a_fault_closes_the_unproven_time_unpaid() {
	build_and_execute(|| {
		let key = setup();
		// The first challenge goes unanswered: a fault at its deadline.
		let (_, c) = first_challenge();
		run_to(c.deadline);
		let fault_at = c.deadline;
		let audit = Audited::<Test>::get(HOSTER).unwrap();
		assert_eq!((audit.audits.count, audit.audits.proven, audit.faults), (1, 0, 1));
		end_block();
		assert!(world(|w| w.payouts.is_empty()));
		assert!(!Earned::<Test>::contains_key(HOSTER), "nothing earned, no entry");
		// The next proof pays only the time since the fault.
		let (_, paid) = answer_first_open(&key);
		assert_eq!(Earned::<Test>::get(HOSTER), paid, "earnings: the proven time only");
		let now = System::block_number();
		assert_eq!(paid, (PRICE as u64) * 10 * (now - fault_at));
		check();
	});
}

#[test]
fn a_failed_payout_leaves_the_proven_time_owed() {
	build_and_execute(|| {
		let key = setup();
		world(|w| w.pay_fails = true);
		let (_, paid) = answer_first_open(&key);
		assert_eq!(paid, 0);
		let entry = Ledger::<Test>::get(0, HOSTER).unwrap();
		assert_eq!((entry.paid_until, entry.mark.count), (1, 0), "not advanced past confirmation");
		world(|w| w.pay_fails = false);
		// Everything since confirmation is paid, once, by the next proof at the latest.
		answer_first_open(&key);
		assert_eq!(paid_to(HOSTER), (PRICE as u64) * 10 * (System::block_number() - 1));
		check();
	});
}

#[test]
fn a_paused_plan_is_neither_challenged_nor_paid_for_its_pause() {
	build_and_execute(|| {
		let key = setup();
		let (_, paid_first) = answer_first_open(&key);
		let proven_at = System::block_number();
		assert!(paid_first > 0);
		// Paused for three periods (the mock period is 20 blocks): no challenge opens,
		// the hoster's audits included (all it keeps is paused).
		let pause_at = System::block_number();
		set_paused(false, 0);
		let next_id = NextChallengeId::<Test>::get();
		run_paused_to(pause_at + 60, pause_at, 0);
		assert_eq!(NextChallengeId::<Test>::get(), next_id, "no challenge while paused");
		assert_noop!(
			Proofs::request(RuntimeOrigin::signed(SPONSOR), 0, HOSTER),
			Error::<Test>::PlanNotRunning
		);
		// Resumed: challenged again within a period, and paid for running time only.
		let paused = System::block_number() - pause_at;
		set_paused(true, paused);
		let (_, paid) = answer_first_open(&key);
		let now = System::block_number();
		assert!(now <= pause_at + paused + 21, "challenged within a period of the resume");
		assert_eq!(paid, (PRICE as u64) * 10 * (now - proven_at - paused));
		check();
	});
}

#[test]
fn a_challenge_open_when_the_plan_pauses_closes_without_a_fault() {
	build_and_execute(|| {
		setup();
		let (id, c) = first_challenge();
		let pause_at = System::block_number();
		set_paused(false, 0);
		run_paused_to(c.deadline, pause_at, 0);
		System::assert_has_event(Event::ChallengeClosed { challenge: id, hoster: HOSTER }.into());
		assert!(world(|w| w.slashes.is_empty() && w.outcomes.is_empty()));
		assert_eq!(Audited::<Test>::get(HOSTER).unwrap().faults, 0);
		check();
	});
}

/// A hoster keeps hostings of two plans; one is paused: the other's data is still
/// audited, and only the running one is asked for.
#[test]
fn a_paused_plans_hostings_are_not_drawn_while_the_hosters_others_are() {
	build_and_execute(|| {
		let key = setup();
		let data = chunks();
		add_hosting(1, HOSTER, root_of(&data), 10);
		world(|w| {
			let mut other = w.plans[&0].clone();
			other.escrow = 1;
			w.plans.insert(1, other);
			w.escrows.insert(1, 1_000_000);
			w.hostings.get_mut(&(1, HOSTER)).unwrap().plan = 1;
		});
		<Proofs as HostingObserver<AccountId>>::confirmed(1, &HOSTER);
		world(|w| w.plans.get_mut(&1).unwrap().running = false);
		for _ in 0..3 {
			let (id, c) = first_challenge();
			assert!(c.pieces.iter().all(|p| p.contract == 0), "only the running plan's");
			let (response, signature) = signed(&key, id, &pieces(&c));
			assert_ok!(respond(response, signature));
			run_to(System::block_number() + 1);
		}
		check();
	});
}

#[test]
fn an_ended_hosting_leaves_no_challenge_schedule_or_fault() {
	build_and_execute(|| {
		setup();
		let (id, c) = first_challenge();
		world(|w| w.hostings.clear());
		<Proofs as HostingObserver<AccountId>>::ended(0, &HOSTER);
		assert!(Ledger::<Test>::get(0, HOSTER).is_none());
		assert_eq!(Proofs::holding(&HOSTER), 0);
		// The audit asked for its pieces: closed at its deadline without a fault.
		run_to(c.deadline);
		System::assert_has_event(Event::ChallengeClosed { challenge: id, hoster: HOSTER }.into());
		run_to(c.deadline + 40);
		assert!(world(|w| w.slashes.is_empty() && w.outcomes.is_empty()));
		assert_eq!(NextChallengeId::<Test>::get(), id + 1, "never challenged again");
		assert!(Audited::<Test>::get(HOSTER).is_none(), "a hoster of nothing is not audited");
		assert_eq!(Due::<Test>::iter_values().map(|l| l.len()).sum::<usize>(), 0);
		check();
	});
}

#[test]
fn a_proof_worth_more_than_the_escrow_pays_what_is_left_and_ends_the_plan() {
	build_and_execute(|| {
		let key = setup();
		world(|w| w.escrows.insert(0, 7));
		let (_, paid) = answer_first_open(&key);
		assert_eq!(paid, 7, "never more than the escrow holds");
		assert_eq!(world(|w| (w.spent.clone(), w.escrows[&0])), (vec![0], 0));
		assert!(Ledger::<Test>::get(0, HOSTER).is_none(), "the plan's hostings ended");
		check();
	});
}

#[test]
fn one_open_extra_challenge_per_hosting_beside_the_hosters_audit() {
	build_and_execute(|| {
		setup();
		assert_ok!(Proofs::request(RuntimeOrigin::signed(SPONSOR), 0, HOSTER));
		assert_noop!(
			Proofs::request(RuntimeOrigin::signed(SPONSOR), 0, HOSTER),
			Error::<Test>::AlreadyChallenged
		);
		let (id, extra) = Challenges::<Test>::iter().next().unwrap();
		assert!(extra.requested && extra.pieces.iter().all(|p| p.contract == 0));
		assert_eq!(Ledger::<Test>::get(0, HOSTER).unwrap().open, Some(id));
		// The hoster's audit opens on its own schedule meanwhile.
		postpone_audit();
		Audited::<Test>::mutate(HOSTER, |a| a.as_mut().unwrap().due = 10_000);
		check();
	});
}

#[test]
fn while_the_breaker_pauses_responses_nobody_is_faulted_or_challenged() {
	build_and_execute(|| {
		setup();
		let (id, c) = first_challenge();
		CallsPaused::set(true);
		run_to(c.deadline + 60);
		System::assert_has_event(Event::ChallengeClosed { challenge: id, hoster: HOSTER }.into());
		assert!(world(|w| w.slashes.is_empty() && w.outcomes.is_empty()));
		assert_eq!(NextChallengeId::<Test>::get(), id + 1, "no challenge while paused");
		CallsPaused::set(false);
		run_to(System::block_number() + 21);
		assert_eq!(NextChallengeId::<Test>::get(), id + 2, "challenged again after the pause");
		check();
	});
}

/// Lets the hoster's open challenge run past its deadline unanswered.
fn let_open_challenge_lapse() {
	let deadline = Challenges::<Test>::iter().next().expect("an open challenge").1.deadline;
	run_to(deadline);
	assert_eq!(Challenges::<Test>::iter().count(), 0);
}

/// The attack: during a one-minute outage, anyone paying the fee requests challenge
/// after challenge, each unanswered. Each used to be a fault (a slash of the whole
/// stake's step, and after three a repair). Within a period only the first counts.
#[test]
fn extra_challenges_during_one_outage_count_once() {
	build_and_execute(|| {
		setup();
		postpone_audit();
		for _ in 0..3 {
			assert_ok!(Proofs::request(RuntimeOrigin::signed(SPONSOR), 0, HOSTER));
			let_open_challenge_lapse();
		}
		let events = System::events();
		let count = |f: fn(&RuntimeEvent) -> bool| events.iter().filter(|e| f(&e.event)).count();
		assert_eq!(count(|e| matches!(e, RuntimeEvent::Proofs(Event::Fault { .. }))), 1);
		assert_eq!(count(|e| matches!(e, RuntimeEvent::Proofs(Event::RepeatFault { .. }))), 2);
		assert_eq!(world(|w| w.slashes.len()), 1);
		assert!(world(|w| w.repaired.is_empty()), "one fault does not repair");
		let entry = Ledger::<Test>::get(0, HOSTER).unwrap();
		assert_eq!(entry.faults, 1);
		assert_eq!(entry.paid_until, System::block_number(), "the outage is still unpaid");
		// A period after the counted fault, a failure counts again.
		run_to(entry.last_fault.unwrap() + 20);
		if Challenges::<Test>::iter().next().is_none() {
			assert_ok!(Proofs::request(RuntimeOrigin::signed(SPONSOR), 0, HOSTER));
		}
		let_open_challenge_lapse();
		assert_eq!(Ledger::<Test>::get(0, HOSTER).unwrap().faults, 2);
		check();
	});
}

/// A fault slashes the step's share of the stake times the contract's share of the
/// storage the hoster declared: one small contract missed does not cost the whole
/// stake's step, and a hoster of many contracts is not slashed whole for one outage.
#[test]
fn a_fault_slashes_in_proportion_to_what_the_contract_put_at_risk() {
	build_and_execute(|| {
		setup();
		let bytes = world(|w| {
			let h = &w.hostings[&(0, HOSTER)];
			(h.end - h.start) as u64 * h.chunk_size as u64
		});
		world(|w| w.declared.insert(HOSTER, bytes * 10));
		postpone_audit();
		// A second fault in a row: the 5% step, of a tenth of the stake.
		Ledger::<Test>::mutate(0, HOSTER, |e| e.as_mut().unwrap().faults = 1);
		assert_ok!(Proofs::request(RuntimeOrigin::signed(SPONSOR), 0, HOSTER));
		let_open_challenge_lapse();
		assert_eq!(world(|w| w.slashes.clone()), vec![(HOSTER, Perbill::from_parts(5_000_000))]);
		check();
	});
}

/// The hoster keeps contracts `0..n`, each challenged now, all with one deadline.
fn challenged_at_once(n: u64) -> (Vec<ChallengeId>, u64) {
	let data = chunks();
	for contract in 0..n {
		add_hosting(contract, HOSTER, root_of(&data), data.len() as u32);
		<Proofs as HostingObserver<AccountId>>::confirmed(contract, &HOSTER);
	}
	postpone_audit();
	let ids: Vec<ChallengeId> = (0..n).map(|c| Proofs::challenge(c, &HOSTER).unwrap()).collect();
	let deadline = Challenges::<Test>::get(ids[0]).unwrap().deadline;
	assert!(ids.iter().all(|id| Challenges::<Test>::get(id).unwrap().deadline == deadline));
	(ids, deadline)
}

#[test]
fn a_block_counts_its_most_faults_and_the_rest_wait_in_line_as_of_their_deadline() {
	build_and_execute(|| {
		MaxFaultsPerBlock::set(1);
		let (ids, deadline) = challenged_at_once(3);
		let faults = || {
			System::events()
				.iter()
				.filter_map(|e| match e.event {
					RuntimeEvent::Proofs(Event::Fault { challenge, .. }) => Some(challenge),
					_ => None,
				})
				.collect::<Vec<_>>()
		};
		// The deadline's block counts one fault; the other two wait in line.
		run_to(deadline);
		assert_eq!(faults(), vec![ids[0]]);
		assert_eq!(OverdueLine::<Test>::get(), (0, 1));
		assert_eq!(
			Overdue::<Test>::get(0).unwrap(),
			(deadline, BoundedVec::truncate_from(ids[1..].to_vec()))
		);
		check();
		// Waiting in line still holds the hosting's challenge: no second one, and the
		// answer comes too late.
		assert_noop!(
			Proofs::request(RuntimeOrigin::signed(SPONSOR), 1, HOSTER),
			Error::<Test>::AlreadyChallenged
		);
		// A hosting that ends while in line is not faulted.
		world(|w| w.hostings.remove(&(2, HOSTER)));
		<Proofs as HostingObserver<AccountId>>::ended(2, &HOSTER);
		check();
		// The next block counts the next one, as of its deadline, and the line empties
		// (the ended hosting's place is skipped).
		run_to(deadline + 1);
		assert_eq!(faults(), vec![ids[0], ids[1]]);
		let entry = Ledger::<Test>::get(1, HOSTER).unwrap();
		assert_eq!(
			(entry.faults, entry.last_fault, entry.paid_until),
			(1, Some(deadline), deadline)
		);
		assert!(entry.open.is_none());
		run_to(deadline + 2);
		assert_eq!(faults(), vec![ids[0], ids[1]]);
		assert_eq!(OverdueLine::<Test>::get(), (1, 1));
		assert_eq!(Overdue::<Test>::iter().count(), 0);
		check();
	});
}

#[test]
fn expire_never_counts_more_faults_than_a_block_allows() {
	use crate::weights::WeightInfo;
	build_and_execute(|| {
		MaxFaultsPerBlock::set(2);
		let (_, deadline) = challenged_at_once(4);
		run_to(deadline - 1);
		System::set_block_number(deadline);
		ProofClock::<Test>::put(deadline);
		let used = Proofs::expire(deadline, Some(deadline));
		assert!(used.all_lte(Proofs::max_expire_weight()));
		assert!(used.all_gte(<() as WeightInfo>::on_initialize_fault(2)));
		assert_eq!(world(|w| w.slashes.len()), 2);
		assert_eq!(Overdue::<Test>::get(0).unwrap().1.len(), 2);
		check();
	});
}

/// Ends the current block with its normal class used to `weight` of its weight limit
/// and `length` of its length limit, and starts the next block.
fn end_block_used(weight: Perbill, length: Perbill) {
	use frame_support::{dispatch::DispatchClass, traits::Get};
	let now = System::block_number();
	let limits: frame_system::limits::BlockWeights =
		<Test as frame_system::Config>::BlockWeights::get();
	let max = limits.get(DispatchClass::Normal).max_total.unwrap();
	let length_limits: frame_system::limits::BlockLength =
		<Test as frame_system::Config>::BlockLength::get();
	let max_len = *length_limits.max.get(DispatchClass::Normal);
	frame_system::BlockWeight::<Test>::kill();
	System::register_extra_weight_unchecked(
		Weight::from_parts(weight.mul_floor(max.ref_time()), weight.mul_floor(max.proof_size())),
		DispatchClass::Normal,
	);
	frame_system::BlockSize::<Test>::put(length.mul_floor(max_len));
	Proofs::on_finalize(now);
	frame_system::BlockWeight::<Test>::kill();
	frame_system::BlockSize::<Test>::kill();
	System::set_block_number(now + 1);
	Proofs::on_initialize(now + 1);
}

use frame_support::weights::Weight;

/// Faults and missed audits so far.
fn faults() -> usize {
	System::events()
		.iter()
		.filter(|e| {
			matches!(e.event, RuntimeEvent::Proofs(Event::Fault { .. } | Event::AuditMissed { .. }))
		})
		.count()
}

/// The chain's own congestion never eats into a hoster's window: after each block with
/// no room left for a response the proof clock stands still, so a challenge whose
/// answer could not be included is still open when the blocks have room again.
#[test]
fn full_blocks_hold_the_proof_clock_so_congestion_is_never_a_fault() {
	build_and_execute(|| {
		let key = setup();
		let (id, c) = first_challenge();
		let clock = ProofClock::<Test>::get();
		assert_eq!(clock, System::block_number(), "no congestion yet: the clock reads the block");
		// Twice the window of blocks, full by weight and then by length: nothing lapses.
		let window = c.deadline - clock;
		for i in 0..2 * window {
			let (w, l) = if i % 2 == 0 {
				(Perbill::one(), Perbill::zero())
			} else {
				(Perbill::zero(), Perbill::one())
			};
			end_block_used(w, l);
			System::assert_has_event(Event::ClockHeld { clock }.into());
		}
		assert_eq!(ProofClock::<Test>::get(), clock);
		// The clock fell behind the blocks by one for each full block.
		assert_eq!(System::block_number() - ProofClock::<Test>::get(), 2 * window);
		assert!(System::block_number() > c.deadline, "past the deadline in blocks");
		assert!(Challenges::<Test>::contains_key(id));
		assert_eq!(faults(), 0);
		check();
		// A block with room, but not enough for one more response, is full too.
		let (room, _) = Proofs::response_room();
		let limits: frame_system::limits::BlockWeights =
			<<Test as frame_system::Config>::BlockWeights as frame_support::traits::Get<_>>::get();
		let max = limits.get(frame_support::dispatch::DispatchClass::Normal).max_total.unwrap();
		let almost = Perbill::from_rational(max.ref_time() - room.ref_time() / 2, max.ref_time());
		end_block_used(almost, Perbill::zero());
		assert_eq!(ProofClock::<Test>::get(), clock);
		// A busy block with room for a response moves the clock on.
		end_block_used(Perbill::from_percent(90), Perbill::from_percent(90));
		assert_eq!(ProofClock::<Test>::get(), clock + 1);
		// The answer, once it gets in, is accepted and paid for the time since the last
		// settlement.
		let (response, signature) = signed(&key, id, &pieces(&c));
		assert_ok!(Proofs::authorize_response(&response, &signature).map(|_| ()));
		assert_ok!(respond(response, signature));
		assert!(matches!(
			System::events().last().map(|e| &e.event),
			Some(RuntimeEvent::Proofs(Event::ProofAccepted { .. }))
		));
		assert!(world(|w| w.slashes.is_empty()));
		check();
	});
}

/// The window still ends: uncongested blocks move the clock, and a hoster that does not
/// answer within `window` of them is faulted, as of the block its deadline passed in.
#[test]
fn a_window_of_free_blocks_unanswered_is_a_fault_despite_congestion_before() {
	build_and_execute(|| {
		setup();
		let (id, c) = first_challenge();
		end_block_used(Perbill::one(), Perbill::zero());
		end_block_used(Perbill::one(), Perbill::zero());
		let mut blocks = 0;
		while Challenges::<Test>::contains_key(id) {
			end_block_used(Perbill::from_percent(50), Perbill::zero());
			blocks += 1;
		}
		assert_eq!(ProofClock::<Test>::get(), c.deadline);
		let opened_clock = c.deadline - 3;
		assert_eq!(blocks, c.deadline - opened_clock, "the whole window, in free blocks");
		assert_eq!(faults(), 1);
		let audit = Audited::<Test>::get(HOSTER).unwrap();
		assert_eq!(audit.last_fault, Some(System::block_number()));
		assert_eq!(audit.audits.last, System::block_number());
		// The answer now comes too late.
		check();
	});
}

#[test]
fn a_hosters_size_tree_holds_its_confirmed_hostings_and_draws_every_byte() {
	use datdot_primitives::traits::HostingObserver;
	build_and_execute(|| {
		let root = root_of(&chunks());
		let observe = |contract: u64, confirmed: bool| {
			if confirmed {
				<Proofs as HostingObserver<AccountId>>::confirmed(contract, &HOSTER)
			} else {
				<Proofs as HostingObserver<AccountId>>::ended(contract, &HOSTER)
			}
		};
		let bytes = 10 * CHUNK_SIZE as u64;
		for contract in 0..3 {
			add_hosting(contract, HOSTER, root, 10);
			observe(contract, true);
		}
		assert_eq!(Proofs::holding(&HOSTER), 3 * bytes);
		// Every byte belongs to the hosting of its slot, in order.
		for (target, contract) in [(0, 0), (bytes - 1, 0), (bytes, 1), (3 * bytes - 1, 2)] {
			assert_eq!(Proofs::holding_at(&HOSTER, target), Some((contract, target % bytes)));
		}
		assert_eq!(Proofs::holding_at(&HOSTER, 3 * bytes), None);
		check();
		// Contract 1 ends: its slot is freed, and contract 3 takes it.
		observe(1, false);
		assert_eq!(Proofs::holding(&HOSTER), 2 * bytes);
		assert_eq!(Proofs::holding_at(&HOSTER, bytes), Some((2, 0)));
		check();
		add_hosting(3, HOSTER, root, 10);
		observe(3, true);
		assert_eq!(Ledger::<Test>::get(3, HOSTER).and_then(|e| e.slot), Some(1));
		assert_eq!(Slots::<Test>::get(HOSTER), Some(SlotBook { next: 3, free: 0 }));
		// Confirmed again (a repair back onto it): one slot still, the same bytes.
		observe(3, true);
		assert_eq!(Proofs::holding(&HOSTER), 3 * bytes);
		check();
		// All end: nothing is left of the tree.
		for contract in [0, 2, 3] {
			observe(contract, false);
		}
		assert_eq!(Proofs::holding(&HOSTER), 0);
		assert_eq!(Slots::<Test>::get(HOSTER), None);
		assert_eq!(SizeNodes::<Test>::iter_prefix(HOSTER).count(), 0);
		assert_eq!(FreeSlots::<Test>::iter_prefix(HOSTER).count(), 0);
	});
}

#[test]
fn pieces_are_drawn_in_proportion_to_each_hostings_bytes() {
	use datdot_primitives::traits::HostingObserver;
	build_and_execute(|| {
		// Two hostings of 5 and 15 chunks of data sets of their own.
		for (contract, leaves) in [(0u64, 5u32), (1, 15)] {
			add_hosting(contract, HOSTER, [contract as u8; 32], leaves);
			<Proofs as HostingObserver<AccountId>>::confirmed(contract, &HOSTER);
		}
		let pieces = Proofs::draw_pieces(&HOSTER, &[7; 32], 4_000);
		assert_eq!(pieces.len(), 4_000);
		let small = pieces.iter().filter(|(c, _, _)| *c == 0).count();
		assert!((900..=1_100).contains(&small), "a quarter of the bytes, {small} of 4,000 draws");
		let segments = datdot_primitives::merkle::segments(CHUNK_SIZE);
		for (contract, index, segment) in &pieces {
			assert!(*index < if *contract == 0 { 5 } else { 15 });
			assert!(*segment < segments);
		}
		// Every chunk of both is drawn at some point.
		for (contract, leaves) in [(0u64, 5u32), (1, 15)] {
			for index in 0..leaves {
				assert!(pieces.iter().any(|(c, i, _)| *c == contract && *i == index));
			}
		}
		assert!(Proofs::draw_pieces(&99, &[7; 32], 4).is_empty(), "a hoster holding nothing");
	});
}

#[test]
fn wrong_pieces_names_the_contracts_whose_piece_did_not_verify() {
	use datdot_primitives::traits::HostingObserver;
	build_and_execute(|| {
		let root = root_of(&chunks());
		for contract in [0u64, 1, 2] {
			add_hosting(contract, HOSTER, root, 10);
			<Proofs as HostingObserver<AccountId>>::confirmed(contract, &HOSTER);
		}
		let piece = |contract, index, segment| Piece { contract, index, segment };
		let pieces = [piece(0, 3, 1), piece(1, 9, 2), piece(2, 0, 0)];
		let proofs = proofs_for(&[(3, 1), (9, 2), (0, 0)]);
		assert_eq!(Proofs::wrong_pieces(&HOSTER, &pieces, &proofs), (vec![], 3), "all proven");
		// Contract 1's piece answered with another segment: only it is wrong.
		let swapped = proofs_for(&[(3, 1), (9, 1), (0, 0)]);
		assert_eq!(Proofs::wrong_pieces(&HOSTER, &pieces, &swapped), (vec![1], 3));
		// Too few proofs: every contract asked is wrong, each named once.
		let pieces_twice = [piece(0, 3, 1), piece(0, 4, 0), piece(2, 0, 0)];
		assert_eq!(Proofs::wrong_pieces(&HOSTER, &pieces_twice, &proofs[..2]), (vec![0, 2], 3));
		// Pieces of hostings the hoster does not keep (they ended) are skipped: hoster 99
		// keeps none of these.
		assert_eq!(Proofs::wrong_pieces(&99, &pieces, &proofs), (vec![], 0));
		// A hosting that ended meanwhile is not held against the hoster.
		<Proofs as HostingObserver<AccountId>>::ended(1, &HOSTER);
		world(|w| w.hostings.remove(&(1, HOSTER)));
		assert_eq!(Proofs::wrong_pieces(&HOSTER, &pieces, &swapped), (vec![], 2));
	});
}

/// The hoster keeps contracts `0..n` of the mocked data set, all confirmed at block 1.
fn keeps(n: u64) -> OcwPublic {
	let key = setup();
	let data = chunks();
	for contract in 1..n {
		add_hosting(contract, HOSTER, root_of(&data), data.len() as u32);
		<Proofs as HostingObserver<AccountId>>::confirmed(contract, &HOSTER);
	}
	key
}

/// Paid events per contract, from the events.
fn paid_per_contract() -> std::collections::BTreeMap<u64, u64> {
	let mut paid = std::collections::BTreeMap::new();
	for e in System::events() {
		if let RuntimeEvent::Proofs(Event::Paid { contract, paid: p, .. }) = e.event {
			*paid.entry(contract).or_insert(0) += p;
		}
	}
	paid
}

/// However many hostings a hoster keeps, it gets one challenge a period of `indexes`
/// pieces, and one accepted response proves them all: each is paid for the period.
#[test]
fn one_challenge_a_period_proves_all_a_hoster_keeps() {
	build_and_execute(|| {
		let key = keeps(50);
		let first = NextChallengeId::<Test>::get();
		let (id, c) = first_challenge();
		assert_eq!(c.pieces.len(), 2, "k pieces, not one challenge per hosting");
		let (response, signature) = signed(&key, id, &pieces(&c));
		assert_ok!(respond(response, signature));
		let proven_at = System::block_number();
		end_block();
		let paid = paid_per_contract();
		assert_eq!(paid.len(), 50, "every hosting paid");
		assert!(paid.values().all(|p| *p == (PRICE as u64) * 10 * (proven_at - 1)));
		// A period later: one more challenge, not 50.
		run_to(proven_at + 20);
		assert_eq!(NextChallengeId::<Test>::get(), first + 2);
		check();
	});
}

/// A wrong piece faults its hosting only; none of the hoster's hostings is paid for
/// the interval that response ended, and all are for the next one proven.
#[test]
fn a_wrong_piece_faults_its_hosting_and_leaves_the_interval_unpaid_for_all() {
	build_and_execute(|| {
		let key = keeps(3);
		// Contract 1 keeps another data set: answering it with the common one is wrong.
		world(|w| w.hostings.get_mut(&(1, HOSTER)).unwrap().root = [9; 32]);
		let mut wrong_once = false;
		while !wrong_once {
			let (id, c) = first_challenge();
			let (response, signature) = signed(&key, id, &pieces(&c));
			assert_ok!(respond(response, signature));
			if c.pieces.iter().any(|p| p.contract == 1) {
				wrong_once = true;
				let faulted: Vec<u64> = System::events()
					.iter()
					.filter_map(|e| match e.event {
						RuntimeEvent::Proofs(Event::Fault { challenge, contract, .. })
							if challenge == id =>
						{
							Some(contract)
						}
						_ => None,
					})
					.collect();
				assert_eq!(faulted, vec![1]);
				end_block();
				assert!(paid_per_contract().is_empty(), "the interval is not paid to anyone");
				assert_eq!(Ledger::<Test>::get(1, HOSTER).unwrap().faults, 1);
			} else {
				// Proven before contract 1 was asked: not part of this test.
				end_block();
				world(|w| w.payouts.clear());
				System::reset_events();
			}
			run_to(System::block_number() + 1);
			assert!(System::block_number() < 2_000);
		}
		check();
	});
}

/// A hoster that misses `max_faults` audits in a row has all its hostings repaired,
/// with idle weight, as many a block as it allows, each first paid for what was proven.
#[test]
fn an_evicted_hosters_hostings_are_repaired_with_idle_weight() {
	use crate::weights::WeightInfo;
	use frame_support::traits::Get;
	build_and_execute(|| {
		let key = keeps(5);
		answer_first_open(&key);
		let proven = paid_per_contract();
		// Proven once, paid at the sweep; then silent.
		assert_eq!(proven.len(), 5);
		while !Evicting::<Test>::contains_key(HOSTER) {
			run_to(System::block_number() + 1);
			assert!(System::block_number() < 300);
		}
		assert!(world(|w| w.repaired.is_empty()), "nothing repaired in the hooks");
		let db: frame_support::weights::RuntimeDbWeight =
			<Test as frame_system::Config>::DbWeight::get();
		let two = db.reads_writes(2, 2) + <() as WeightInfo>::evict_one() * 2;
		let now = System::block_number();
		assert!(Proofs::on_idle(now, two).all_lte(two));
		assert_eq!(world(|w| w.repaired.len()), 2, "as many as the idle weight allows");
		check();
		Proofs::on_idle(now, two);
		assert_eq!(world(|w| w.repaired.len()), 4);
		end_block();
		assert_eq!(world(|w| w.repaired.len()), 5);
		assert!(!Evicting::<Test>::contains_key(HOSTER));
		assert_eq!(paid_per_contract(), proven, "nothing paid for the missed audits");
		check();
	});
}

/// The sweep settles as many hostings as its weight allows and goes on where it
/// stopped; a hosting that ends is settled then.
#[test]
fn the_sweep_is_bounded_and_resumes_and_an_ending_hosting_is_settled() {
	build_and_execute(|| {
		let key = keeps(4);
		let (id, c) = first_challenge();
		let (response, signature) = signed(&key, id, &pieces(&c));
		assert_ok!(respond(response, signature));
		use frame_support::traits::Get;
		let db: frame_support::weights::RuntimeDbWeight =
			<Test as frame_system::Config>::DbWeight::get();
		let one = db.reads_writes(1, 1) + Proofs::settle_weight() + db.reads(2);
		let now = System::block_number();
		assert!(Proofs::on_idle(now, one).all_lte(one));
		assert_eq!(paid_per_contract().len(), 1, "one settled");
		Proofs::on_idle(now, one);
		assert_eq!(paid_per_contract().len(), 2, "the next one, not the first again");
		// Contract 3 ends before the sweep reaches it: paid as it ends.
		let third = Ledger::<Test>::iter_keys()
			.map(|(c, _)| c)
			.find(|c| !paid_per_contract().contains_key(c))
			.unwrap();
		<Proofs as HostingObserver<AccountId>>::ended(third, &HOSTER);
		world(|w| w.hostings.remove(&(third, HOSTER)));
		assert!(paid_per_contract().contains_key(&third));
		end_block();
		let paid = paid_per_contract();
		assert_eq!(paid.len(), 4);
		assert!(paid.values().all(|p| *p == (PRICE as u64) * 10 * (now - 1)), "each once");
		check();
	});
}
