//! The off-chain workers of attestors and hosters.
//!
//! Every block the node runs [`run`] with the state of that block. It finds the node's
//! `ddot` keys, the accounts whose profiles carry them, and does their duties:
//!
//! - **attestor, matching**: for each open round that drew it and that it has not
//!   answered, compute the match with [`Pallet::by_rule`] (the rank rule over the
//!   round's candidates) and send `report_match`;
//! - **attestor, setup checks**: for each setup it must check, fetch random chunks from
//!   the hoster's endpoint, verify them against the root and send `setup_report`;
//! - **hoster**: for each contract it hosts and has not stored, fetch every chunk from
//!   the plan's source (or, if the source fails, from a confirmed hoster of the
//!   contract: how a replacement reseeds after a repair), verify it, and keep it in
//!   the node's chunk files ([`datdot_primitives::chunk_store`]), from which the node's
//!   data plane and `datdot_chunk` RPC serve it; delete the data of ended contracts.
//!
//! Restart safety (reference 002): every duty is keyed in the node's persistent
//! off-chain storage — a report sent for round `r` is remembered with the block it was
//! sent at and is only re-sent after [`RESEND_AFTER`] blocks if the chain still lacks
//! it; a contract's chunks are marked stored only after all of them verified. A node
//! killed half-way starts the duty again and the chain rejects any duplicate harmlessly
//! (the pool deduplicates by tag, the runtime by `RoundReports`).
//!
//! Chunks travel as chunk frames (`datdot_primitives::frames`): from the plan's source
//! at `GET {source}/{index}`, and from a hoster's node over its data plane (raw frames
//! over HTTP, a range of them per request when a hoster reseeds), found by asking the
//! endpoint of its profile `datdot_dataPlane` (the answer is kept for
//! [`datdot_primitives::ocw::PLANE_TTL`] blocks). A node that serves no data plane, or
//! whose data plane does not answer, is asked over JSON-RPC, `datdot_chunk(root,
//! index)`, one chunk per request.
use super::*;
use alloc::{format, string::String, vec::Vec};
use codec::Encode;
use datdot_primitives::{
	chunk_store, frames,
	traits::{PlanInspect, ProfileProvider, ProviderStakes, RoleProvider},
	OcwPublic, Role,
};
use frame_support::BoundedVec;
use frame_system::{offchain::SubmitTransaction, pallet_prelude::BlockNumberFor};
use sp_runtime::offchain::storage::StorageValueRef;

/// Blocks after which an unanswered report is sent again.
pub const RESEND_AFTER: u32 = 5;
/// How long one HTTP request may take.
const HTTP_TIMEOUT_MS: u64 = 5_000;
/// Chunks an attestor samples from a new hoster: random ones, and the contract's last.
pub const SETUP_SAMPLES: u32 = 3;
/// Chunks a hoster fetches per block, so one block's worker stays short.
pub const FETCH_PER_BLOCK: u32 = 256;
/// Wall-clock time one block's hosting worker may spend fetching, over all its duties:
/// sources and hosters that answer slowly or trickle cost at most this, whatever the
/// number of contracts that name them, so workers of later blocks do not pile up.
pub const RUN_BUDGET_MS: u64 = 3_000;
/// Blocks a source that failed to serve a verified chunk is left alone; meanwhile the
/// hoster fetches from confirmed hosters only.
pub const SOURCE_BACKOFF_BLOCKS: u32 = 3;
/// Most chunks one range request to a hoster's data plane asks for (its own limit).
pub const PLANE_RANGE: u32 = 256;

/// The time left of this run's [`RUN_BUDGET_MS`], capped at one request's timeout.
pub(crate) struct RunBudget(sp_runtime::offchain::Timestamp);

impl RunBudget {
	pub(crate) fn start() -> Self {
		Self(
			sp_io::offchain::timestamp()
				.add(sp_runtime::offchain::Duration::from_millis(RUN_BUDGET_MS)),
		)
	}
	/// Milliseconds the next request may take; `None` once the budget is spent.
	pub(crate) fn next_timeout(&self) -> Option<u64> {
		let left = self.0.diff(&sp_io::offchain::timestamp()).millis();
		(self.0 > sp_io::offchain::timestamp() && left > 0).then_some(left.min(HTTP_TIMEOUT_MS))
	}
}

fn source_key(source: &[u8]) -> Vec<u8> {
	let mut k = b"datdot/source-down/".to_vec();
	k.extend_from_slice(&sp_io::hashing::blake2_256(source));
	k
}

/// Whether `source` failed within the last [`SOURCE_BACKOFF_BLOCKS`] blocks.
fn source_resting(source: &[u8], now: u32) -> bool {
	matches!(
		StorageValueRef::persistent(&source_key(source)).get::<u32>(),
		Ok(Some(at)) if now.saturating_sub(at) < SOURCE_BACKOFF_BLOCKS
	)
}

fn marker(kind: &str, id: u64, who: &impl Encode) -> Vec<u8> {
	let mut k = format!("datdot/{kind}/{id}/").into_bytes();
	k.extend_from_slice(&who.encode());
	k
}

/// The node's `ddot` keys with the accounts whose profiles carry them.
fn local_identities<T: Config>() -> Vec<(OcwPublic, T::AccountId)> {
	datdot_primitives::ocw::local_identities::<T::AccountId, T::Profiles>()
}

/// The off-chain worker's entry point (see the module docs).
pub fn run<T: Config>(now: BlockNumberFor<T>) {
	let identities = local_identities::<T>();
	if identities.is_empty() {
		return;
	}
	let budget = RunBudget::start();
	for (key, who) in &identities {
		if T::Roles::has_role(who, Role::Attestor) {
			attest_rounds::<T>(now, key, who);
			check_setups::<T>(now, key, who, &budget);
		}
		if T::Roles::has_role(who, Role::Hoster) {
			store_contracts::<T>(now, who, &budget);
		}
	}
	forget_ended::<T>();
}

/// Sends `call` as an authorized transaction unless it was sent less than
/// [`RESEND_AFTER`] blocks ago (recorded under `key`).
fn send_once<T: Config>(key: &[u8], now: BlockNumberFor<T>, call: Call<T>) {
	let now: u32 = sp_runtime::SaturatedConversion::saturated_into(now);
	if datdot_primitives::ocw::may_send(key, now, RESEND_AFTER) {
		let xt = T::create_authorized_transaction(call.into());
		if SubmitTransaction::<T, Call<T>>::submit_transaction(xt).is_err() {
			log::debug!(target: "datdot::ocw", "report not accepted by the pool (duplicate or stale)");
		}
	}
}

fn attest_rounds<T: Config>(now: BlockNumberFor<T>, key: &OcwPublic, who: &T::AccountId) {
	for round_id in OpenRounds::<T>::get() {
		let Some(round) = Rounds::<T>::get(round_id) else { continue };
		if !round.attestors.contains(who) || RoundReports::<T>::contains_key(round_id, who) {
			continue;
		}
		let Some(contract) = Contracts::<T>::get(round.contract) else { continue };
		let Some(plan) = T::Plans::plan(contract.plan) else { continue };
		// Only the round's candidates: the work is bounded by `MatchCandidates`, not by
		// the number of hosters on chain.
		let hosters = Pallet::<T>::by_rule(round_id, &round, &contract, &plan);
		if hosters.is_empty() {
			continue;
		}
		let report = MatchReport {
			round: round_id,
			hosters: BoundedVec::truncate_from(hosters),
			signer: key.clone(),
		};
		let Some(signature) = datdot_primitives::signing::sign::<T>(key, &report) else {
			continue;
		};
		send_once::<T>(
			&marker("match", round_id, who),
			now,
			Call::report_match { report, signature },
		);
	}
}

fn check_setups<T: Config>(
	now: BlockNumberFor<T>,
	key: &OcwPublic,
	who: &T::AccountId,
	budget: &RunBudget,
) {
	let now_u32: u32 = sp_runtime::SaturatedConversion::saturated_into(now);
	// Only the checks this attestor owes, from the index by checker: the work grows
	// with its own duties, not with every pending setup on chain.
	for (contract_id, hoster) in CheckerSetups::<T>::iter_key_prefix(who) {
		let Some(check) = PendingSetups::<T>::get(contract_id, &hoster) else { continue };
		if !check.awaits(who) {
			continue;
		}
		let (deadline, fail_after) = (check.deadline, check.fail_after);
		let Some(contract) = Contracts::<T>::get(contract_id) else { continue };
		let Some(plan) = T::Plans::plan(contract.plan) else { continue };
		let Some(dataset) = plan.datasets.get(contract.dataset as usize) else { continue };
		let Some(endpoint) = T::Profiles::endpoint_of(&hoster) else { continue };
		let span = contract.end.saturating_sub(contract.start).max(1);
		let seed = sp_io::offchain::random_seed();
		let mut verdict = SetupVerdict::Serves;
		for i in 0..SETUP_SAMPLES as usize {
			let word = [seed[4 * i], seed[4 * i + 1], seed[4 * i + 2], seed[4 * i + 3]];
			// Random chunks, and last the contract's last one: an honest hoster fetches
			// in order, so a setup is not confirmed while it is still fetching (a 256 MiB
			// contract takes many blocks) and a download right after finds it all.
			let index = if i + 1 == SETUP_SAMPLES as usize {
				contract.end.saturating_sub(1).max(contract.start)
			} else {
				contract.start + (u32::from_le_bytes(word) % span)
			};
			let check = |frame: &Vec<u8>| {
				frames::check(frame, &dataset.root, index, dataset.chunks, dataset.chunk_size)
			};
			// Out of time this block: check again at the next (the report waits).
			let Some(served) = fetch_from_hoster(&endpoint, &dataset.root, index, now_u32, budget)
			else {
				return;
			};
			if served.is_some_and(|f| check(&f) == frames::FrameCheck::Valid) {
				continue;
			}
			// The hoster did not serve it: whose fault? A source serving the chunk with a
			// valid path but longer than the plan declares makes it nobody's to keep; a
			// source that does not serve it (while no confirmed hoster holds it) left
			// the hoster nothing to fetch.
			let Some(timeout) = budget.next_timeout() else { return };
			let source = String::from_utf8_lossy(&dataset.source).into_owned();
			let from_source = http_get(&format!("{source}/{index}"), timeout).map(|f| check(&f));
			let held = contract.hosters.iter().any(|(h, confirmed)| *confirmed && *h != hoster);
			verdict = match from_source {
				Some(frames::FrameCheck::Oversized) => SetupVerdict::SourceOversized,
				Some(frames::FrameCheck::Valid) => SetupVerdict::Fails,
				_ if held => SetupVerdict::Fails,
				_ => SetupVerdict::SourceUnavailable,
			};
			break;
		}
		// Wait until the hoster had a chance to fetch; an early `Fails` would punish a
		// hoster still within its setup window, an early `SourceUnavailable` give up on a
		// source that is slow, not gone.
		if matches!(verdict, SetupVerdict::Fails | SetupVerdict::SourceUnavailable)
			&& now < fail_after
		{
			continue;
		}
		let report = SetupReport {
			contract: contract_id,
			hoster: hoster.clone(),
			deadline,
			verdict,
			signer: key.clone(),
		};
		let Some(signature) = datdot_primitives::signing::sign::<T>(key, &report) else {
			continue;
		};
		send_once::<T>(
			&marker("setup", contract_id, &(&hoster, who)),
			now,
			Call::setup_report { report, signature },
		);
	}
}

fn store_contracts<T: Config>(now: BlockNumberFor<T>, who: &T::AccountId, run: &RunBudget) {
	let now: u32 = sp_runtime::SaturatedConversion::saturated_into(now);
	let mut budget = FETCH_PER_BLOCK;
	// The node keeps no more than the hoster declared it offers.
	let capacity = T::Stakes::resources(who, Role::Hoster).map_or(0, |r| r.storage);
	// The hoster's own contracts not stored yet, from the index (the worker's work grows
	// with its own duties, not with every contract on chain), in the order the chain
	// queued their setups (`fail_after`): each is fetched before its checks may blame the
	// hoster, however many came at once.
	let mut todo: Vec<(BlockNumberFor<T>, ContractId)> = HosterContracts::<T>::iter_key_prefix(who)
		.filter(|id| {
			!matches!(
				StorageValueRef::persistent(&marker("stored", *id, who)).get::<bool>(),
				Ok(Some(true))
			)
		})
		.map(|id| (PendingSetups::<T>::get(id, who).map(|c| c.fail_after).unwrap_or_default(), id))
		.collect();
	todo.sort();
	for (_, contract_id) in todo {
		if budget == 0 {
			return;
		}
		let Some(contract) = Contracts::<T>::get(contract_id) else { continue };
		let done_key = marker("stored", contract_id, who);
		let done = StorageValueRef::persistent(&done_key);
		// Where the last run stopped: the chunks before it were verified as they were
		// stored, so a contract of thousands of chunks is not read again every block.
		let progress_key = marker("next", contract_id, who);
		let mut progress = StorageValueRef::persistent(&progress_key);
		let from =
			progress.get::<u32>().ok().flatten().unwrap_or(contract.start).max(contract.start);
		let Some(plan) = T::Plans::plan(contract.plan) else { continue };
		let Some(dataset) = plan.datasets.get(contract.dataset as usize) else { continue };
		let source = String::from_utf8_lossy(&dataset.source).into_owned();
		let mut complete = true;
		let mut next = from;
		let mut ahead = Ahead::default();
		for index in from..contract.end {
			// Each chunk costs a unit of the block's budget, fetched or found: one stored
			// already (by a contract over the same data set) is verified again, not trusted.
			if budget == 0 || run.next_timeout().is_none() {
				complete = false;
				break;
			}
			budget -= 1;
			if let Some(frame) = chunk_store::get(&dataset.root, index) {
				if frames::verifies(
					&frame,
					&dataset.root,
					index,
					dataset.chunks,
					dataset.chunk_size,
				) {
					next = index + 1;
					continue;
				}
			}
			let verified = |frame: &Vec<u8>| {
				frames::verifies(frame, &dataset.root, index, dataset.chunks, dataset.chunk_size)
			};
			// From the plan's source, unless it failed lately; failing that (the source
			// is gone, as after a repair), from a hoster that kept the contract and was
			// confirmed. Every request within what is left of the run's time.
			let from_source = if source_resting(&dataset.source, now) {
				None
			} else {
				let frame = run
					.next_timeout()
					.and_then(|t| http_get(&format!("{source}/{index}"), t))
					.filter(verified);
				if frame.is_none() {
					StorageValueRef::persistent(&source_key(&dataset.source)).set(&now);
				}
				frame
			};
			let frame = from_source.or_else(|| {
				if let Some(frame) = ahead.take(index).filter(verified) {
					return Some(frame);
				}
				// A range from the first confirmed hoster that serves chunk `index`
				// verified: the rest of it is used as the next chunks come up (each
				// verified then), up to what this run may still fetch.
				let want = budget.saturating_add(1).min(contract.end - index).min(PLANE_RANGE);
				contract
					.hosters
					.iter()
					.filter(|(h, confirmed)| *confirmed && h != who)
					.filter_map(|(h, _)| T::Profiles::endpoint_of(h))
					.find_map(|endpoint| {
						ahead.fill(
							index,
							fetch_range_from_hoster(&endpoint, dataset, index, want, now, run),
						);
						ahead.take(index).filter(verified)
					})
			});
			match frame {
				Some(frame) if chunk_store::put(&dataset.root, index, &frame, capacity) => {}
				Some(_) => {
					log::warn!(target: "datdot::ocw", "chunk {index} of contract {contract_id}: the node's chunk store is full (declared storage {capacity} bytes) or cannot write");
					complete = false;
					break;
				}
				None => {
					log::warn!(target: "datdot::ocw", "chunk {index} of contract {contract_id}: no source or hoster served it verified");
					complete = false;
					break;
				}
			}
			next = index + 1;
		}
		if complete {
			done.set(&true);
			progress.clear();
			remember_contract(contract_id, dataset.root, contract.start, contract.end);
		} else if next > from {
			progress.set(&next);
		}
	}
}

/// Contracts this node stores: so ended ones can be deleted.
const STORED_INDEX: &[u8] = b"datdot/stored-contracts";
/// The stored contracts: (contract, data set root, first chunk, one past the last).
pub type StoredContracts = Vec<(ContractId, [u8; 32], u32, u32)>;

fn remember_contract(id: ContractId, root: [u8; 32], start: u32, end: u32) {
	let index = StorageValueRef::persistent(STORED_INDEX);
	let _ = index.mutate(|list: Result<Option<StoredContracts>, _>| {
		let mut list = list.ok().flatten().unwrap_or_default();
		if !list.iter().any(|(c, ..)| *c == id) {
			list.push((id, root, start, end));
		}
		Ok::<_, ()>(list)
	});
}

/// Deletes the chunks of contracts that ended (`EndHosting`) or moved away (`RepairHosting`).
fn forget_ended<T: Config>() {
	let index = StorageValueRef::persistent(STORED_INDEX);
	let Ok(Some(list)) = index.get::<StoredContracts>() else { return };
	let locals: Vec<T::AccountId> = local_identities::<T>().into_iter().map(|(_, w)| w).collect();
	let (keep, gone): (Vec<_>, Vec<_>) = list.into_iter().partition(|(id, ..)| {
		Contracts::<T>::get(id).is_some_and(|c| c.hosters.iter().any(|(h, _)| locals.contains(h)))
	});
	for (root, i) in unneeded_chunks(&keep, &gone) {
		chunk_store::remove(&root, i);
	}
	for (id, ..) in &gone {
		for who in &locals {
			StorageValueRef::persistent(&marker("stored", *id, who)).clear();
			StorageValueRef::persistent(&marker("next", *id, who)).clear();
		}
	}
	if !gone.is_empty() {
		index.set(&keep);
	}
}

/// The chunks of the `gone` contracts that no `kept` contract covers: two contracts
/// (of one plan or of two plans) over the same data set share the stored chunks, and
/// ending one must not delete what the other still proves and serves.
pub fn unneeded_chunks(kept: &StoredContracts, gone: &StoredContracts) -> Vec<([u8; 32], u32)> {
	let mut out = alloc::collections::BTreeSet::new();
	for (_, root, start, end) in gone {
		// The kept contracts over the same data set, checked per chunk: a handful each.
		let same: Vec<(u32, u32)> =
			kept.iter().filter(|(_, r, ..)| r == root).map(|(_, _, s, e)| (*s, *e)).collect();
		for i in *start..*end {
			if !same.iter().any(|(s, e)| *s <= i && i < *e) {
				out.insert((*root, i));
			}
		}
	}
	out.into_iter().collect()
}

fn http_get(url: &str, timeout_ms: u64) -> Option<Vec<u8>> {
	datdot_primitives::ocw::http_get(url, timeout_ms)
}

/// Frame `index` of the data set `root` from the hoster node at `endpoint` (see
/// [`datdot_primitives::ocw::hoster_chunk`]), within the run's time.
fn fetch_from_hoster(
	endpoint: &[u8],
	root: &[u8; 32],
	index: u32,
	now: u32,
	run: &RunBudget,
) -> Option<Option<Vec<u8>>> {
	datdot_primitives::ocw::hoster_chunk(endpoint, root, index, now, || run.next_timeout())
}

/// Up to `count` frames from chunk `from` on, from the hoster node at `endpoint` (see
/// [`datdot_primitives::ocw::hoster_range`]), within the run's time.
fn fetch_range_from_hoster(
	endpoint: &[u8],
	dataset: &datdot_primitives::traits::DatasetView,
	from: u32,
	count: u32,
	now: u32,
	run: &RunBudget,
) -> Vec<Vec<u8>> {
	let (root, size) = (&dataset.root, dataset.chunk_size);
	datdot_primitives::ocw::hoster_range(endpoint, root, from, count, size, now, || {
		run.next_timeout()
	})
}

/// Frames fetched ahead in a range, for the chunks after the one asked for: used in
/// order, each verified when its turn comes; dropped at the first that is not next.
#[derive(Default)]
struct Ahead {
	/// The chunk index of the next frame (the last in `frames`).
	next: u32,
	/// Frames of chunks `next`, `next + 1`, … (reversed: the next one last).
	frames: Vec<Vec<u8>>,
}

impl Ahead {
	fn fill(&mut self, from: u32, mut frames: Vec<Vec<u8>>) {
		frames.reverse();
		*self = Self { next: from, frames };
	}

	fn take(&mut self, index: u32) -> Option<Vec<u8>> {
		if self.next != index {
			self.frames.clear();
			return None;
		}
		self.next = self.next.saturating_add(1);
		self.frames.pop()
	}
}
