//! What the `DatdotApi` runtime API answers about plans and hosters, read across the
//! Plans, Hosting, ProofsOfStorage, Escrow and Reputation pallets. Off-chain reads for
//! the node's RPC: nothing here runs in a block.
use super::*;
use alloc::vec::Vec;
use datdot_primitives::{
	api::{ChallengeInfo, ContractInfo, DatasetInfo, HosterInfo, HostingInfo, PlanInfo, PlanState},
	traits::{EscrowManager, PlanId, ReputationOf},
	Role,
};

/// A contract with each hoster's setup, last settlement, faults, next audit and open
/// challenge of it.
fn contract(id: u64) -> Option<ContractInfo<AccountId, BlockNumber>> {
	let c = pallet_hosting::Contracts::<Runtime>::get(id)?;
	let hostings = c
		.hosters
		.iter()
		.map(|(hoster, confirmed)| {
			let ledger = pallet_proofs::Ledger::<Runtime>::get(id, hoster);
			let audit = ledger.as_ref().and(pallet_proofs::Audited::<Runtime>::get(hoster));
			// Its open extra challenge, else its hoster's open audit if that asks for a
			// piece of it.
			let challenge = ledger
				.as_ref()
				.and_then(|l| l.open)
				.or(audit.as_ref().and_then(|a| a.open))
				.and_then(|open| Some((open, pallet_proofs::Challenges::<Runtime>::get(open)?)))
				.map(|(open, ch)| ChallengeInfo {
					id: open,
					indexes: ch
						.pieces
						.iter()
						.filter(|p| p.contract == id)
						.map(|p| p.index)
						.collect(),
					deadline: ch.deadline,
				})
				.filter(|c| !c.indexes.is_empty());
			HostingInfo {
				hoster: hoster.clone(),
				confirmed: *confirmed,
				settled_until: ledger.as_ref().map(|l| l.paid_until),
				faults: ledger.as_ref().map(|l| l.faults).unwrap_or_default(),
				next_challenge: audit.map(|a| a.due),
				challenge,
			}
		})
		.collect();
	Some(ContractInfo {
		id,
		plan: c.plan,
		dataset: c.dataset,
		start: c.start,
		end: c.end,
		bytes: c.bytes,
		matching: matches!(c.status, pallet_hosting::ContractStatus::Matching),
		hostings,
	})
}

/// A live plan, its escrow and its contracts.
pub fn plan(id: PlanId) -> Option<PlanInfo<AccountId, Balance, BlockNumber>> {
	let p = pallet_plans::Plans::<Runtime>::get(id)?;
	let state = match p.status {
		pallet_plans::PlanStatus::Queued => PlanState::Queued,
		pallet_plans::PlanStatus::Active => PlanState::Active,
		pallet_plans::PlanStatus::Paused(since) => PlanState::Paused(since),
	};
	let held = <Escrow as EscrowManager<AccountId, Balance>>::balance(p.escrow).unwrap_or(0);
	Some(PlanInfo {
		id,
		sponsor: p.sponsor,
		state,
		start: p.terms.start,
		end: p.terms.end,
		replication: p.terms.replication as u32,
		price: p.terms.price,
		held,
		paused_blocks: p.paused,
		datasets: p
			.terms
			.datasets
			.iter()
			.map(|d| DatasetInfo {
				root: d.root,
				chunks: d.chunks,
				chunk_size: d.chunk_size,
				source: d.source.to_vec(),
			})
			.collect(),
		contracts: pallet_hosting::PlanContracts::<Runtime>::get(id)
			.iter()
			.filter_map(|c| contract(*c))
			.collect(),
	})
}

/// A hoster's contracts (bounded by the storage it declared), earnings and reputation.
pub fn hoster(who: AccountId) -> HosterInfo<AccountId, Balance, BlockNumber> {
	let contracts = pallet_hosting::HosterContracts::<Runtime>::iter_key_prefix(&who)
		.filter_map(contract)
		.collect();
	let reputation = <Reputation as ReputationOf<AccountId>>::reputation(&who, Role::Hoster);
	let earned = pallet_proofs::Earned::<Runtime>::get(&who);
	HosterInfo { who, reputation, earned, contracts }
}

/// The live plans `sponsor` pays for, by id. There is no index by sponsor: this reads
/// every live plan, which an RPC call may (it is not part of any block).
pub fn plans(sponsor: AccountId) -> Vec<PlanId> {
	let mut ids: Vec<PlanId> = pallet_plans::Plans::<Runtime>::iter()
		.filter(|(_, p)| p.sponsor == sponsor)
		.map(|(id, _)| id)
		.collect();
	ids.sort_unstable();
	ids
}
