//! Contracts, matching rounds and the reports attestors send.
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use datdot_primitives::{
	traits::{EscrowId, PlanId},
	OcwPublic,
};
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;

/// Identifies a contract.
pub type ContractId = u64;
/// Identifies a matching round.
pub type RoundId = u64;

/// Where a contract is in its life.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum ContractStatus {
	/// Attestors are matching hosters to it.
	Matching,
	/// Hosters were matched and are fetching the data; attestors check them.
	Hosted,
}

/// A fixed set of chunks of one data set, kept by `replication` hosters.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxHosters))]
pub struct Contract<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxHosters: Get<u32>,
> {
	/// The plan it belongs to.
	pub plan: PlanId,
	/// Index of the data set in the plan.
	pub dataset: u32,
	/// First chunk.
	pub start: u32,
	/// One past the last chunk.
	pub end: u32,
	/// Bytes the contract takes on a hoster (chunks × chunk size).
	pub bytes: u64,
	/// Hosters keeping it, with whether an attestor confirmed their setup.
	pub hosters: BoundedVec<(AccountId, bool), MaxHosters>,
	/// Where it is in its life.
	pub status: ContractStatus,
	/// The open matching round, if any.
	pub round: Option<RoundId>,
	/// When the hosters were last matched.
	pub since: BlockNumber,
	/// Hosters repaired off this contract (the latest `MaxHosters`): never matched to it
	/// again, so a repair cannot hand the data back to the hoster that lost it.
	pub failed: BoundedVec<AccountId, MaxHosters>,
	/// Matching rounds in a row that nobody answered (no attestor found an eligible
	/// hoster). Each doubles the wait before the next try; at `MaxUnansweredRounds`
	/// matching stops (`MatchingStopped`) until the sponsor updates the plan.
	pub unanswered: u32,
}

/// A matching round: chosen attestors compute the match for a contract.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxAttestors))]
pub struct Round<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxAttestors: Get<u32>,
> {
	/// The contract being matched.
	pub contract: ContractId,
	/// Seed of the ranking (from the chain's randomness and the round id).
	pub seed: [u8; 32],
	/// How many hosters are wanted.
	pub wanted: u32,
	/// The attestors chosen for the round.
	pub attestors: BoundedVec<AccountId, MaxAttestors>,
	/// The round closes unapplied at this block and is re-run with fresh attestors.
	pub deadline: BlockNumber,
}

/// An attestor's match for a round, signed with its off-chain worker key.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxHosters))]
pub struct MatchReport<AccountId: Clone + PartialEq + Eq + core::fmt::Debug, MaxHosters: Get<u32>> {
	/// The round.
	pub round: RoundId,
	/// The hosters, in rank order.
	pub hosters: BoundedVec<AccountId, MaxHosters>,
	/// The attestor's off-chain worker key, which signed the report.
	pub signer: OcwPublic,
}

/// An attestor's check of one hoster's setup, signed with its off-chain worker key.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct SetupReport<AccountId, BlockNumber> {
	/// The contract.
	pub contract: ContractId,
	/// The hoster checked.
	pub hoster: AccountId,
	/// The deadline of the setup checked (as `PendingSetups` holds it): the report
	/// answers that setup only, never a later one of the same hoster and contract.
	pub deadline: BlockNumber,
	/// What the checker found.
	pub verdict: SetupVerdict,
	/// The attestor's off-chain worker key, which signed the report.
	pub signer: OcwPublic,
}

/// An attestor's finding on one hoster's setup.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum SetupVerdict {
	/// Every sampled chunk came back from the hoster and verified.
	Serves,
	/// A sampled chunk did not come back verified, and the plan's source serves it as
	/// declared: the hoster's fault.
	Fails,
	/// A sampled chunk did not come back verified because the plan's source serves it
	/// longer than the plan declares (with a valid path to the root): no hoster can keep
	/// it, and the fault is the sponsor's.
	SourceOversized,
	/// A sampled chunk did not come back verified, and the plan's source does not serve
	/// it either (no answer in time, or bytes that do not verify), while no confirmed
	/// hoster of the contract holds it: the hoster could not have fetched it, and the
	/// fault is the sponsor's.
	SourceUnavailable,
}

/// The attestors checking one new hoster's setup, each with its verdict once it
/// reported, and the deadline for all of them.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxCheckers))]
pub struct SetupCheck<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxCheckers: Get<u32>,
> {
	/// The checkers (distinct agreeing attestors of the match), with their verdicts.
	pub checkers: BoundedVec<(AccountId, Option<SetupVerdict>), MaxCheckers>,
	/// Unsettled by this block, the checks end without a verdict.
	pub deadline: BlockNumber,
	/// Before this block no checker may find the hoster or the source at fault
	/// (`Fails`, `SourceUnavailable`): the time the hoster's backlog takes to fetch at
	/// `SetupFetchRate`, plus half the `SetupTimeout`.
	pub fail_after: BlockNumber,
}

impl<
		AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
		BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
		MaxCheckers: Get<u32>,
	> SetupCheck<AccountId, BlockNumber, MaxCheckers>
{
	/// Whether `who` checks this setup and has not reported yet.
	pub fn awaits(&self, who: &AccountId) -> bool {
		self.checkers.iter().any(|(c, verdict)| c == who && verdict.is_none())
	}
}

/// The escrow paying a plan's attestors, as recorded when its contracts were cut.
pub type PlanEscrow = EscrowId;
