//! Jobs, their requirements and status, receipts and the market's parameters.
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use datdot_primitives::{traits::EscrowId, Resources};
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_runtime::Perbill;

/// Identifies a job.
pub type JobId = u64;

/// What a worker must bring to claim a job.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	PartialEq,
	Eq,
	Debug,
	Default,
)]
pub struct Requirements<BlockNumber> {
	/// Minimum worker reputation (0–1000).
	pub min_reputation: u32,
	/// Resources the worker's registration must declare at least.
	pub resources: Resources,
	/// The result must be submitted by this block, or the job expires.
	pub deadline: BlockNumber,
}

/// Where a job is in its life. A job that ends (paid, cancelled, expired, resolved)
/// leaves storage.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum JobStatus<AccountId, BlockNumber> {
	/// Waiting for a worker.
	Posted,
	/// A worker took it; it must submit by `until`, or it fails and the job reopens.
	Claimed {
		/// The worker.
		worker: AccountId,
		/// Its claim lapses at this block.
		until: BlockNumber,
	},
	/// A result is in; the client accepts or disputes it before `accept_at`, when it is
	/// accepted automatically.
	Submitted {
		/// The worker.
		worker: AccountId,
		/// Hash of the result.
		result: [u8; 32],
		/// Hash of a proof of the computation, if the worker gave one.
		proof: Option<[u8; 32]>,
		/// The challenge window closes here.
		accept_at: BlockNumber,
	},
	/// The client disputed the result; the arbiter settles it (`Escrow::resolve`).
	Disputed {
		/// The worker.
		worker: AccountId,
		/// Hash of the disputed result.
		result: [u8; 32],
	},
}

/// A compute job and its escrowed payment.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxFailed))]
pub struct Job<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxFailed: Get<u32>,
> {
	/// Who pays.
	pub client: AccountId,
	/// Hash of the job's specification (program, container, parameters).
	pub spec_hash: [u8; 32],
	/// Hash of its input.
	pub input_hash: [u8; 32],
	/// What a worker must bring.
	pub requirements: Requirements<BlockNumber>,
	/// The payment, held in `escrow`.
	pub payment: Balance,
	/// The escrow holding the payment.
	pub escrow: EscrowId,
	/// Where it is in its life.
	pub status: JobStatus<AccountId, BlockNumber>,
	/// Workers whose claim lapsed: they may not claim this job again.
	pub failed: BoundedVec<AccountId, MaxFailed>,
	/// When it was posted.
	pub posted: BlockNumber,
}

/// What both parties sign to settle a job at once: `checkpoint` of `checkpoints` parts
/// are done (all of them for a full receipt; fewer for a partial one, paid pro rata).
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
pub struct Receipt {
	/// Parts done (the last checkpoint the client signed).
	pub checkpoint: u32,
	/// Parts in the whole job.
	pub checkpoints: u32,
}

impl Receipt {
	/// The bytes both parties sign: a domain tag, the chain's genesis hash (no replay on
	/// another chain), the job (no replay on another job; a job settles once) and the
	/// receipt.
	pub fn message<Hash: Encode>(
		genesis: &Hash,
		job: JobId,
		receipt: &Receipt,
	) -> alloc::vec::Vec<u8> {
		(b"datdot/receipt", genesis, job, receipt).encode()
	}

	/// The share of the payment this receipt pays the worker.
	pub fn share(&self) -> Perbill {
		Perbill::from_rational(self.checkpoint, self.checkpoints)
	}
}

/// Parameters of the market, in storage so governance can change them.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Params<Balance, BlockNumber> {
	/// The least a job may pay: every posted job holds a place in the timeout schedule
	/// until its deadline, so a place must cost more than dust.
	pub min_payment: Balance,
	/// Blocks the client has to accept or dispute a result before it is accepted.
	pub challenge_window: BlockNumber,
	/// Blocks a worker has from its claim to submit (capped by the job's deadline).
	pub claim_period: BlockNumber,
	/// The bond a disputer puts up; slashed if the arbiter rules against it.
	pub dispute_bond: Balance,
	/// The share of a worker's stake slashed when its claim lapses.
	pub slash: Perbill,
	/// Workers with at least this reputation may claim as soon as a job is posted;
	/// others wait `early_window` blocks (the bonus for high reputation).
	pub high_reputation: u32,
	/// See `high_reputation`.
	pub early_window: BlockNumber,
}

/// Why an entry sits in the timeout schedule.
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
pub enum Timeout {
	/// The job's deadline.
	Deadline,
	/// A claim's submission period.
	Claim,
	/// The challenge window of a submitted result.
	Accept,
	/// The end of the client's right to rate the worker of a completed job.
	Rating,
}

impl Timeout {
	/// How many of a block's `max` places entries of this kind may take. Deadlines are
	/// set by anyone who posts and rating rights follow every completed job, so neither
	/// may crowd out the timeouts a worker's claim and submission need (a worker that
	/// cannot submit lapses and is slashed): deadlines take at most half a block,
	/// rating rights a quarter, and claims and challenge windows whatever is left.
	pub fn places(self, max: u32) -> u32 {
		match self {
			Timeout::Deadline => max / 2,
			Timeout::Rating => max / 4,
			Timeout::Claim | Timeout::Accept => max,
		}
	}
}
