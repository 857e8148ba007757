//! The runtime API behind the node's `datdot_*` RPC methods.
use crate::{traits::PlanId, ProviderStatus, Resources, Role, TimeWindow};
use alloc::vec::Vec;
use codec::{Decode, Encode};
use scale_info::TypeInfo;

/// An account profile as the RPC shows it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct ProfileView<Balance> {
	/// Off-chain worker public key (sr25519).
	pub ocw_key: [u8; 32],
	/// Noise/transport public key.
	pub transport_key: [u8; 32],
	/// Where the account's node serves data.
	pub endpoint: Vec<u8>,
	/// Geohash.
	pub region: Vec<u8>,
	/// Storage deposit held for the profile.
	pub deposit: Balance,
}

/// One role registration as the RPC shows it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct RoleView<Balance, BlockNumber> {
	/// The role.
	pub role: Role,
	/// Whether it takes new work.
	pub status: ProviderStatus,
	/// Stake held for the role.
	pub stake: Balance,
	/// Declared resources.
	pub resources: Resources,
	/// Declared regions (geohashes).
	pub regions: Vec<Vec<u8>>,
	/// Declared availability.
	pub timetable: Vec<TimeWindow>,
	/// Storage reserved by duties, in bytes.
	pub used_storage: u64,
	/// Open duties.
	pub duties: u32,
	/// Block of registration.
	pub since: BlockNumber,
}

/// Where a plan is in its life.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub enum PlanState<BlockNumber> {
	/// Waiting for its start block (or for room to start).
	Queued,
	/// Being hosted.
	Active,
	/// Paused by its sponsor since the block.
	Paused(BlockNumber),
}

/// One data set of a plan.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct DatasetInfo {
	/// Merkle root.
	pub root: [u8; 32],
	/// Chunks in the data set.
	pub chunks: u32,
	/// Largest chunk, bytes.
	pub chunk_size: u32,
	/// Where hosters fetch it from.
	pub source: Vec<u8>,
}

/// An open challenge.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct ChallengeInfo<BlockNumber> {
	/// The challenge id.
	pub id: u64,
	/// The chunks asked for.
	pub indexes: Vec<u32>,
	/// The proof-clock reading by which it must be answered.
	pub deadline: BlockNumber,
}

/// One hoster's part in a contract.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct HostingInfo<AccountId, BlockNumber> {
	/// The hoster.
	pub hoster: AccountId,
	/// Whether an attestor confirmed its setup (it is proven and paid from then on).
	pub confirmed: bool,
	/// Paid for proven time, or closed unpaid by a fault, up to this block (the block
	/// of the last audit of its hoster it was settled for, or of its last fault; its
	/// confirmation before either).
	pub settled_until: Option<BlockNumber>,
	/// Faults of it since a piece of it was last proven.
	pub faults: u32,
	/// The block of its hoster's next periodic audit, which covers it (once confirmed).
	pub next_challenge: Option<BlockNumber>,
	/// An open challenge that asks for chunks of it: its extra one, or its hoster's
	/// audit (`indexes`: the chunks of it asked for).
	pub challenge: Option<ChallengeInfo<BlockNumber>>,
}

/// A contract: a range of one data set and its hosters.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct ContractInfo<AccountId, BlockNumber> {
	/// The contract id.
	pub id: u64,
	/// Its plan.
	pub plan: PlanId,
	/// The data set (index in the plan).
	pub dataset: u32,
	/// First chunk.
	pub start: u32,
	/// One past the last chunk.
	pub end: u32,
	/// Bytes it takes on each hoster.
	pub bytes: u64,
	/// Whether attestors are still matching hosters to it.
	pub matching: bool,
	/// Its hosters.
	pub hostings: Vec<HostingInfo<AccountId, BlockNumber>>,
}

/// A plan with its contracts, as a sponsor follows it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct PlanInfo<AccountId, Balance, BlockNumber> {
	/// The plan id.
	pub id: PlanId,
	/// Who pays.
	pub sponsor: AccountId,
	/// Where it is in its life.
	pub state: PlanState<BlockNumber>,
	/// First block of hosting.
	pub start: BlockNumber,
	/// Last block of hosting.
	pub end: BlockNumber,
	/// Hosters per contract.
	pub replication: u32,
	/// Price per chunk per block.
	pub price: Balance,
	/// What its escrow still holds for the hosters and the attestors.
	pub held: Balance,
	/// Blocks spent in pauses that ended.
	pub paused_blocks: BlockNumber,
	/// Its data sets.
	pub datasets: Vec<DatasetInfo>,
	/// Its contracts.
	pub contracts: Vec<ContractInfo<AccountId, BlockNumber>>,
}

/// A hoster's duties and standing, as its operator follows them.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct HosterInfo<AccountId, Balance, BlockNumber> {
	/// The hoster.
	pub who: AccountId,
	/// Its hoster reputation now (decayed to this block), 0..=1000 (500 neutral).
	pub reputation: u32,
	/// What it was paid for proven time, in total (after the protocol fee).
	pub earned: Balance,
	/// The contracts it keeps.
	pub contracts: Vec<ContractInfo<AccountId, BlockNumber>>,
}

sp_api::decl_runtime_apis! {
	/// Read access to datdot state for the node's RPC and off-chain tooling.
	pub trait DatdotApi<AccountId, Balance, BlockNumber> where
		AccountId: codec::Codec,
		Balance: codec::Codec,
		BlockNumber: codec::Codec,
	{
		/// `who`'s profile, if any.
		fn account(who: AccountId) -> Option<ProfileView<Balance>>;
		/// Every role `who` holds.
		fn roles(who: AccountId) -> Vec<RoleView<Balance, BlockNumber>>;
		/// A live plan with its contracts, hosters, proofs and escrow.
		fn plan(id: PlanId) -> Option<PlanInfo<AccountId, Balance, BlockNumber>>;
		/// A hoster's contracts, open challenges, last proofs, earnings and reputation.
		fn hoster(who: AccountId) -> HosterInfo<AccountId, Balance, BlockNumber>;
		/// The live plans `sponsor` pays for, oldest first.
		fn plans(sponsor: AccountId) -> Vec<PlanId>;
	}
}
