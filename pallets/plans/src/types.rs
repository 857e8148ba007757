//! Plans and the pieces they are made of.
// The codec derives restate the generic bounds in where-clauses; the bounds on the
// parameters are what the `*NoBound` derives need.
#![allow(clippy::multiple_bound_locations)]
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use datdot_primitives::{traits::EscrowId, Geohash, MAX_FORM_REGIONS};
use frame_support::{
	traits::{ConstU32, Get},
	BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;

/// A feed's ed25519 public key and its signature over `root ‖ chunks (u32 LE)`.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct FeedSignature {
	/// The feed's ed25519 public key.
	pub key: [u8; 32],
	/// Signature over `root ‖ chunks`.
	pub signature: [u8; 64],
}

impl FeedSignature {
	/// The message a feed signs for a data set.
	pub fn message(root: &[u8; 32], chunks: u32) -> [u8; 36] {
		let mut m = [0u8; 36];
		m[..32].copy_from_slice(root);
		m[32..].copy_from_slice(&chunks.to_le_bytes());
		m
	}
}

/// A data set: its Merkle root and shape, and where hosters fetch it.
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
#[scale_info(skip_type_params(MaxUrl))]
pub struct Dataset<MaxUrl: Get<u32>> {
	/// Merkle root over the chunks (datdot format).
	pub root: [u8; 32],
	/// Number of chunks.
	pub chunks: u32,
	/// Bytes per chunk (the last chunk may be shorter).
	pub chunk_size: u32,
	/// URL hosters fetch chunks from: `GET {source}/{index}`.
	pub source: BoundedVec<u8, MaxUrl>,
	/// Optional feed key and signature over the root.
	pub feed: Option<FeedSignature>,
}

/// Chunks `start..end` of data set number `dataset` of the plan.
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
pub struct ChunkRange {
	/// Index of the data set in the plan.
	pub dataset: u32,
	/// First chunk.
	pub start: u32,
	/// One past the last chunk.
	pub end: u32,
}

impl ChunkRange {
	/// Number of chunks in the range.
	pub fn len(&self) -> u32 {
		self.end.saturating_sub(self.start)
	}

	/// Whether the range holds no chunk.
	pub fn is_empty(&self) -> bool {
		self.len() == 0
	}
}

/// What hosters must deliver.
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
	Default,
)]
pub struct Performance {
	/// Minimum download bandwidth from a hoster, bytes per second (0: any).
	pub min_bandwidth: u64,
	/// Maximum time to first byte, milliseconds (0: any).
	pub max_latency_ms: u32,
}

/// What a sponsor orders.
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
#[scale_info(skip_type_params(MaxDatasets, MaxRanges, MaxUrl))]
pub struct PlanTerms<
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxDatasets: Get<u32>,
	MaxRanges: Get<u32>,
	MaxUrl: Get<u32>,
> {
	/// The data sets.
	pub datasets: BoundedVec<Dataset<MaxUrl>, MaxDatasets>,
	/// Which chunks to host.
	pub ranges: BoundedVec<ChunkRange, MaxRanges>,
	/// Hosters per contract.
	pub replication: u8,
	/// Where the hosters must be (geohashes); empty means anywhere.
	pub regions: BoundedVec<Geohash, ConstU32<MAX_FORM_REGIONS>>,
	/// First block of hosting.
	pub start: BlockNumber,
	/// Block at which the plan ends.
	pub end: BlockNumber,
	/// Price per chunk per block, per hoster.
	pub price: Balance,
	/// Minimum hoster reputation, 0–1000.
	pub min_reputation: u32,
	/// Performance the hosters must deliver.
	pub performance: Performance,
}

/// Changes a sponsor can make to a live plan; `None` keeps a term.
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
#[scale_info(skip_type_params(MaxRanges))]
pub struct PlanChanges<
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxRanges: Get<u32>,
> {
	/// New ranges.
	pub ranges: Option<BoundedVec<ChunkRange, MaxRanges>>,
	/// New replication.
	pub replication: Option<u8>,
	/// New end block.
	pub end: Option<BlockNumber>,
	/// New price.
	pub price: Option<Balance>,
}

/// Where a plan is in its life.
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
pub enum PlanStatus<BlockNumber> {
	/// Waiting in the queue for its start.
	Queued,
	/// Being hosted.
	Active,
	/// Paused by the sponsor since the block.
	Paused(BlockNumber),
}

/// Why a plan ended.
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
pub enum EndReason {
	/// The sponsor unsubscribed.
	Unsubscribed,
	/// The end block came.
	Expired,
	/// The budget ran out.
	BudgetSpent,
}

/// A live plan.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxDatasets, MaxRanges, MaxUrl))]
pub struct Plan<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxDatasets: Get<u32>,
	MaxRanges: Get<u32>,
	MaxUrl: Get<u32>,
> {
	/// Who pays.
	pub sponsor: AccountId,
	/// What was ordered.
	pub terms: PlanTerms<Balance, BlockNumber, MaxDatasets, MaxRanges, MaxUrl>,
	/// Where the budget is held.
	pub escrow: EscrowId,
	/// Where it is in its life.
	pub status: PlanStatus<BlockNumber>,
	/// Block of subscription (the queue's tie-breaker).
	pub created: BlockNumber,
	/// Blocks spent in pauses that ended (a pause still going on is in `status`): the
	/// hosters are not paid for them.
	pub paused: BlockNumber,
	/// The part of the budget held for the attestors' fees (matching and setup checks);
	/// the rest pays the hosters.
	pub fees: Balance,
}

/// A queued plan, with what the queue orders by.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct QueueEntry<Balance, BlockNumber> {
	/// The plan.
	pub plan: datdot_primitives::traits::PlanId,
	/// Its price: higher first.
	pub price: Balance,
	/// Its subscription block: older first.
	pub created: BlockNumber,
	/// Its start block: not started before.
	pub start: BlockNumber,
}

impl<Balance: Ord, BlockNumber: Ord> QueueEntry<Balance, BlockNumber> {
	/// The queue's order: higher price first, then older, then lower id. `Less` means
	/// `self` starts before `other`.
	pub fn priority_cmp(&self, other: &Self) -> core::cmp::Ordering {
		other
			.price
			.cmp(&self.price)
			.then_with(|| (&self.created, self.plan).cmp(&(&other.created, other.plan)))
	}
}

/// Chunks in `ranges`, summed.
pub fn chunk_count(ranges: &[ChunkRange]) -> u64 {
	ranges.iter().map(|r| r.len() as u64).sum()
}
