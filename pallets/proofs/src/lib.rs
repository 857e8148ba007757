#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod impls;
#[cfg(test)]
mod mock;
pub mod ocw;
#[cfg(test)]
mod tests;
pub mod weights;

/// What the benchmarks need from the pallets around this one.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Gives `who` enough to stake and pay fees.
	fn fund(who: &AccountId);
	/// A confirmed hosting by `hoster` (made a hoster) of a data set of `leaves` chunks
	/// of `chunk_size` bytes under `root`, in a running plan with a large budget.
	/// Returns the contract.
	fn confirmed_hosting(hoster: &AccountId, root: [u8; 32], leaves: u32, chunk_size: u32) -> u64;
	/// Makes `key` the off-chain worker key of `who`'s profile.
	fn set_ocw_key(who: &AccountId, key: datdot_primitives::OcwPublic);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use datdot_primitives::{
		audit::{Audits, Mark},
		merkle,
		traits::{
			EscrowManager, HostingInspect, PlanId, PlanInspect, ProfileProvider, ProviderStakes,
			ReputationSink,
		},
		OcwPublic,
	};
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, Mutate},
			Randomness,
		},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::Perbill;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	/// Deepest Merkle path a proof may carry (2^32 chunks).
	pub const MAX_PATH: u32 = 32;

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config:
		frame_system::Config<RuntimeEvent: From<Event<Self>>>
		+ frame_system::offchain::CreateAuthorizedTransaction<Call<Self>>
	{
		/// The currency: extra challenges are paid in it.
		type Currency: Mutate<Self::AccountId>;

		/// The hostings to prove, and their repair.
		type Hosting: HostingInspect<Self::AccountId>;

		/// The plans: their escrow pays proven periods.
		type Plans: PlanInspect<Self::AccountId>;

		/// Pays hosters out of a plan's escrow.
		type Escrow: EscrowManager<Self::AccountId, BalanceOf<Self>>;

		/// Hosters' reputation.
		type Reputation: ReputationSink<Self::AccountId>;

		/// Hosters' stakes, slashed on faults.
		type Stakes: ProviderStakes<Self::AccountId>;

		/// Whose `ddot` key signs a response.
		type Profiles: ProfileProvider<Self::AccountId>;

		/// Where the chunk indexes of a challenge come from.
		type Randomness: Randomness<Self::Hash, BlockNumberFor<Self>>;

		/// Who may change the parameters.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Where the fee of an extra challenge goes.
		#[pallet::constant]
		type Treasury: Get<Self::AccountId>;

		/// The parameters until governance sets others.
		#[pallet::constant]
		type DefaultParams: Get<ParamsOf<Self>>;

		/// Most chunks one challenge asks for (and one response proves).
		#[pallet::constant]
		type MaxIndexes: Get<u32>;

		/// Largest chunk of a data set, bytes: its segment tree is at most
		/// `merkle::MAX_SEGMENT_DEPTH` deep.
		#[pallet::constant]
		type MaxChunkSize: Get<u32>;

		/// Most hosters audited in one block (each a challenge of `indexes` pieces drawn
		/// through its size tree), and most challenge deadlines in one block.
		#[pallet::constant]
		type MaxChallengesPerBlock: Get<u32>;

		/// Most missed deadlines counted as faults in one block (each slashes, records
		/// reputation and may repair); the rest wait in `Overdue`, counted in the order
		/// they fell due, as of their deadline, over the next blocks.
		#[pallet::constant]
		type MaxFaultsPerBlock: Get<u32>;

		/// Whether the circuit breaker pauses this pallet's calls: while it does, the
		/// hooks apply no fault, slash or reputation loss that those calls could have
		/// prevented.
		type CallsPaused: Get<bool>;

		/// Weight information for the calls and hooks.
		type WeightInfo: WeightInfo;

		/// Sets up the rest of the runtime for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Identifies a challenge.
	pub type ChallengeId = u64;
	/// Identifies a contract (as the hosting pallet numbers them).
	pub type ContractId = u64;

	/// The proof parameters, in storage so governance can change them.
	#[derive(
		Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
	)]
	pub struct Params<Balance, BlockNumber> {
		/// Every hosting is challenged at least once per period.
		pub period: BlockNumber,
		/// Blocks a hoster has to answer a challenge.
		pub window: BlockNumber,
		/// Chunks asked for per challenge (at most `MaxIndexes`).
		pub indexes: u32,
		/// Faults in a row after which the hosting is repaired onto another hoster.
		pub max_faults: u32,
		/// Share of the stake slashed at the 1st, 2nd and 3rd-or-later fault in a row.
		pub slashes: [Perbill; 3],
		/// What an extra challenge (`request`) costs.
		pub request_fee: Balance,
	}

	/// Most sibling hashes in a segment proof: the segment's path in its chunk's tree,
	/// then the chunk's.
	pub const MAX_SEGMENT_PATH: u32 = MAX_PATH + merkle::MAX_SEGMENT_DEPTH as u32;

	/// A 1 KiB segment of a chunk with its Merkle path: one proof, the same size
	/// whatever the chunk size.
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
	pub struct SegmentProof {
		/// The segment asked for (empty past the end of a short last chunk).
		pub segment: BoundedVec<u8, ConstU32<{ merkle::SEGMENT_SIZE }>>,
		/// Sibling hashes from the segment up to the data set's root: its path in its
		/// chunk's tree, then the chunk's (the format of SPEC §3).
		pub siblings: BoundedVec<[u8; 32], ConstU32<MAX_SEGMENT_PATH>>,
	}

	impl SegmentProof {
		/// The proof of segment `segment` of `chunk` (of a data set of `chunk_size`
		/// chunks) whose chunk's path to the data set's root is `chunk_path`: the
		/// segment's path in the chunk's tree, then the chunk's. `None` when the chunk
		/// has no such segment or the paths are longer than a proof holds.
		pub fn of(
			chunk: &[u8],
			chunk_size: u32,
			segment: u32,
			chunk_path: alloc::vec::Vec<[u8; 32]>,
		) -> Option<Self> {
			let mut siblings = merkle::segment_proof(chunk, chunk_size, segment)?;
			siblings.extend(chunk_path);
			Some(SegmentProof {
				segment: BoundedVec::try_from(merkle::segment(chunk, segment).to_vec()).ok()?,
				siblings: BoundedVec::try_from(siblings).ok()?,
			})
		}
	}

	/// One piece a challenge asks for: a 1 KiB segment of a chunk of a contract's data.
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
	pub struct Piece {
		/// The contract (hosting) the piece is of.
		pub contract: ContractId,
		/// The chunk (its index in the data set).
		pub index: u32,
		/// The segment of the chunk.
		pub segment: u32,
	}

	/// An open challenge.
	#[derive(
		Encode,
		Decode,
		MaxEncodedLen,
		TypeInfo,
		CloneNoBound,
		PartialEqNoBound,
		EqNoBound,
		DebugNoBound,
	)]
	#[scale_info(skip_type_params(T))]
	pub struct Challenge<T: Config> {
		/// The hoster challenged.
		pub hoster: T::AccountId,
		/// The pieces to prove. A periodic challenge draws them across everything the
		/// hoster keeps, every byte equally likely; an extra one (`request`) from one
		/// contract.
		pub pieces: BoundedVec<Piece, T::MaxIndexes>,
		/// Unanswered when the proof clock ([`ProofClock`]) reaches this reading, it is a
		/// fault. The clock advances one a block, except after a block that had no room
		/// left for a response: the chain's own congestion never eats into the window.
		pub deadline: BlockNumberFor<T>,
		/// Paid for by someone (`request`) for one contract, not the hoster's periodic
		/// audit: its failure counts only if the hosting has no counted fault in the last
		/// period.
		pub requested: bool,
	}
	impl<T: Config> Challenge<T> {
		/// A digest of what the challenge asks: the hoster and the pieces.
		pub fn digest(&self) -> [u8; 32] {
			sp_io::hashing::blake2_256(&(&self.hoster, &self.pieces).encode())
		}

		/// The contract an extra challenge is of (all its pieces are).
		pub fn contract(&self) -> Option<ContractId> {
			self.pieces.first().map(|p| p.contract)
		}
	}

	/// A hoster's answer, signed with its `ddot` key.
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
	#[scale_info(skip_type_params(T))]
	pub struct Response<T: Config> {
		/// The challenge answered.
		pub challenge: ChallengeId,
		/// What it asked (`Challenge::digest`: hoster and pieces). Blocks on
		/// two forks can open the same challenge id asking different chunks; an answer
		/// worked out on one fork is refused as stale on the other (`WrongChallenge`),
		/// not taken as a wrong proof.
		pub asked: [u8; 32],
		/// One proof per piece asked, in order.
		pub proofs: BoundedVec<SegmentProof, T::MaxIndexes>,
		/// The hoster's `ddot` key, which signed the response.
		pub signer: OcwPublic,
	}

	#[pallet::type_value]
	pub fn DefaultParamsValue<T: Config>() -> ParamsOf<T> {
		T::DefaultParams::get()
	}

	/// The parameters.
	#[pallet::storage]
	pub type Parameters<T: Config> =
		StorageValue<_, ParamsOf<T>, ValueQuery, DefaultParamsValue<T>>;

	/// Open challenges.
	#[pallet::storage]
	pub type Challenges<T: Config> = StorageMap<_, Twox64Concat, ChallengeId, Challenge<T>>;

	/// The id the next challenge gets.
	#[pallet::storage]
	pub type NextChallengeId<T: Config> = StorageValue<_, ChallengeId, ValueQuery>;

	/// Hosters due for their next audit, by block: each audited hoster is in here once,
	/// at most one period ahead.
	#[pallet::storage]
	pub type Due<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<T::AccountId, T::MaxChallengesPerBlock>,
		ValueQuery,
	>;

	/// What the pallet keeps per hoster that holds confirmed hostings: its audit
	/// outcomes, the block of its next audit, its open periodic challenge and its missed
	/// audits in a row.
	#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug, Default)]
	pub struct HosterAudit<BlockNumber> {
		/// Its audit outcomes: what every one of its hostings is paid from.
		pub audits: Audits,
		/// The block of its one entry in `Due`.
		pub due: BlockNumber,
		/// Its open periodic challenge.
		pub open: Option<ChallengeId>,
		/// Periodic challenges missed in a row.
		pub faults: u32,
		/// The block of the last missed one.
		pub last_fault: Option<BlockNumber>,
	}

	/// Each audited hoster's [`HosterAudit`]: present while it holds a confirmed
	/// hosting, or has an open periodic challenge.
	#[pallet::storage]
	pub type Audited<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, HosterAudit<BlockNumberFor<T>>>;

	/// The open challenges of each hoster (its periodic one and the extra ones): what
	/// its off-chain worker reads.
	#[pallet::storage]
	pub type OpenByHoster<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, ChallengeId, ()>;

	/// Hosters that missed `max_faults` audits in a row: their hostings are being
	/// repaired onto other hosters, a bounded number a block.
	#[pallet::storage]
	pub type Evicting<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, ()>;

	/// Where the settlement sweep (`on_idle`) goes on in the ledger: the last key it
	/// visited.
	#[pallet::storage]
	pub type SweepCursor<T: Config> = StorageValue<_, BoundedVec<u8, ConstU32<256>>, OptionQuery>;

	/// Challenge deadlines by reading of the proof clock.
	#[pallet::storage]
	pub type Deadlines<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<ChallengeId, T::MaxChallengesPerBlock>,
		ValueQuery,
	>;

	/// Challenges whose deadline passed unanswered when the block had counted its
	/// `MaxFaultsPerBlock` faults already, by place in line (each place one block's
	/// leftovers, with the block their deadline passed in). Each still holds its
	/// hosting's open challenge, so the hosting gets no new one until its fault is
	/// counted; answers are refused (their deadline passed).
	#[pallet::storage]
	pub type Overdue<T: Config> = StorageMap<
		_,
		Twox64Concat,
		u64,
		(BlockNumberFor<T>, BoundedVec<ChallengeId, T::MaxChallengesPerBlock>),
	>;

	/// The first place in `Overdue` still to count, and the next place to fill.
	#[pallet::storage]
	pub type OverdueLine<T: Config> = StorageValue<_, (u64, u64), ValueQuery>;

	/// The proof clock, which challenge deadlines are read on: it advances by one at the
	/// start of each block, unless the block before was congested (it had no room left
	/// for one more response, by weight or by length, in the normal class). A hoster's
	/// window is thus `window` blocks in which its answer could have been included; a
	/// hoster is never faulted because the chain was full. Equal to the block number
	/// while no block has been congested.
	#[pallet::storage]
	pub type ProofClock<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// The last block that was congested: if it is the block before, the proof clock
	/// stands still at this block's start. Other pallets read it too
	/// ([`datdot_primitives::traits::Congestion`]): a duty whose window saw a congested
	/// block punishes no silence.
	#[pallet::storage]
	pub type LastCongested<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	/// What the pallet keeps per confirmed hosting.
	#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug, Default)]
	pub struct LedgerEntry<BlockNumber> {
		/// The plan paying for it.
		pub plan: PlanId,
		/// Its chunks: what the plan's price is per.
		pub chunks: u32,
		/// Settled up to this block: paid for the time its hoster's audits proved, or
		/// closed unpaid by a fault.
		pub paid_until: BlockNumber,
		/// Where its pay goes on from in its hoster's audit outcomes.
		pub mark: Mark,
		/// The plan's paused-blocks total (`PlanView::paused_blocks`) when it was last
		/// settled: the paused time since is subtracted from what the next settlement
		/// pays.
		pub paused_mark: u64,
		/// Paused blocks not subtracted yet (there was less proven time to subtract them
		/// from): the next settlements subtract them first.
		pub shortfall: u64,
		/// Faults of this hosting (wrong pieces, failed extra challenges) since a piece
		/// of it was last proven.
		pub faults: u32,
		/// The block of the last counted fault: a failed extra challenge within a period
		/// of it closes the time unpaid but is neither counted nor slashed again, so
		/// extra challenges during one outage cost the hoster one fault.
		pub last_fault: Option<BlockNumber>,
		/// The hosting's open extra challenge: at most one at a time.
		pub open: Option<ChallengeId>,
		/// Its slot in the hoster's size tree ([`SizeNodes`]), if it got one.
		pub slot: Option<u32>,
		/// Its bytes (chunks × chunk size), as counted in that tree.
		pub bytes: u64,
	}

	/// Most hostings one hoster's size tree holds (slots `0..HOLDING_SLOTS`).
	pub const HOLDING_SLOTS: u32 = 1 << 16;

	/// Per hoster, a Fenwick tree over the bytes of its confirmed hostings, a slot each
	/// (`datdot_primitives::audit::SizeTree`, nodes `1..=HOLDING_SLOTS`, absent when
	/// zero): drawing a chunk of all it keeps with every byte equally likely, in
	/// O(log slots) reads.
	#[pallet::storage]
	pub type SizeNodes<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, u32, u64, ValueQuery>;

	/// The hosting (contract) in each used slot of a hoster's size tree.
	#[pallet::storage]
	pub type SlotContract<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, u32, ContractId>;

	/// Per hoster: slots handed out so far (`0..next`) and how many of them are free
	/// (listed in [`FreeSlots`] at `0..free`).
	#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug, Default)]
	pub struct SlotBook {
		/// The next slot never handed out.
		pub next: u32,
		/// Freed slots waiting to be handed out again.
		pub free: u32,
	}

	/// Each hoster's [`SlotBook`]; absent while it holds no slot.
	#[pallet::storage]
	pub type Slots<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, SlotBook>;

	/// A hoster's freed slots, a stack: `(hoster, i)` for `i` in `0..free`.
	#[pallet::storage]
	pub type FreeSlots<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, u32, u32>;

	/// Per confirmed hosting (contract, hoster): how far it is paid, its faults, its
	/// slot in the size tree and its open extra challenge. Removed when the hosting
	/// ends.
	#[pallet::storage]
	pub type Ledger<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ContractId,
		Blake2_128Concat,
		T::AccountId,
		LedgerEntry<BlockNumberFor<T>>,
	>;

	/// What each hoster was paid for proven time, in total since it first was (after the
	/// protocol fee): its earnings, on chain for its operator. Only added to, by each
	/// settlement that pays; an account that was never paid has no entry.
	#[pallet::storage]
	pub type Earned<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, BalanceOf<T>, ValueQuery>;

	/// Genesis: a shorter challenge period and window for dev and test networks (zero
	/// keeps the default).
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Blocks between challenges of a hosting.
		pub period: BlockNumberFor<T>,
		/// Blocks to answer a challenge.
		pub window: BlockNumberFor<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			Parameters::<T>::mutate(|p| {
				if !self.period.is_zero() {
					p.period = self.period;
				}
				if !self.window.is_zero() {
					p.window = self.window;
				}
			});
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Provide a proof of storage: `hoster` must prove `pieces` by `deadline` (SPEC
		/// provide-proof-of-storage). A periodic challenge draws them across all the
		/// hoster keeps; an extra one (`request`) from one contract.
		ProvideProofOfStorage {
			/// The challenge.
			challenge: ChallengeId,
			/// The hoster.
			hoster: T::AccountId,
			/// The pieces to prove: contract, chunk and segment each.
			pieces: BoundedVec<Piece, T::MaxIndexes>,
			/// Unanswered when the proof clock (`ProofClock`) reaches this reading, it is
			/// a fault: `window` uncongested blocks from now.
			deadline: BlockNumberFor<T>,
		},
		/// Every proof verified. A periodic challenge's proves all the hoster keeps
		/// since its last audit: its hostings are paid for that time when they are next
		/// settled (`Paid`).
		ProofAccepted {
			/// The challenge.
			challenge: ChallengeId,
			/// The hoster.
			hoster: T::AccountId,
		},
		/// A hosting was settled: paid for the proven time since it last was, paused
		/// time excluded, never more than its plan's escrow holds.
		Paid {
			/// The contract.
			contract: ContractId,
			/// The hoster.
			hoster: T::AccountId,
			/// The blocks paid for.
			blocks: u64,
			/// What the hoster received (after the protocol fee).
			paid: BalanceOf<T>,
		},
		/// A challenge closed unanswered without a fault: its hostings ended, or the
		/// breaker paused responses, before the deadline.
		ChallengeClosed {
			/// The challenge.
			challenge: ChallengeId,
			/// The hoster.
			hoster: T::AccountId,
		},
		/// A hoster missed its periodic audit: none of its hostings is paid for the time
		/// since its last audit, its reputation goes down and its stake is slashed by
		/// the step's share times the share of its declared storage its hostings hold.
		/// After `max_faults` in a row, all its hostings are repaired onto others.
		AuditMissed {
			/// The challenge.
			challenge: ChallengeId,
			/// The hoster.
			hoster: T::AccountId,
			/// Audits missed in a row, this one included.
			faults: u32,
		},
		/// A wrong piece of a hosting, or a failed extra challenge of it: reputation down
		/// and part of the stake slashed (the step's share of the stake, times the
		/// contract's share of the hoster's declared storage).
		Fault {
			/// The challenge.
			challenge: ChallengeId,
			/// The hoster.
			hoster: T::AccountId,
			/// The contract.
			contract: ContractId,
			/// Faults of the hosting since a piece of it was last proven, this one
			/// included.
			faults: u32,
		},
		/// An extra challenge failed within a period of the hosting's last counted fault:
		/// the time since the last settlement is closed unpaid, but the fault is not
		/// counted or slashed again.
		RepeatFault {
			/// The challenge.
			challenge: ChallengeId,
			/// The hoster.
			hoster: T::AccountId,
			/// The contract.
			contract: ContractId,
		},
		/// The block before this one had no room left for a response: the proof clock
		/// stood still, so every open challenge has one more block to be answered in.
		ClockHeld {
			/// The proof clock's reading, unchanged.
			clock: BlockNumberFor<T>,
		},
		/// The parameters changed.
		ParamsSet {
			/// The new parameters.
			params: ParamsOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No open challenge has this id.
		ChallengeNotFound,
		/// The signature does not verify.
		BadSignature,
		/// The signing key is not the challenged hoster's.
		NotChallenged,
		/// The challenge's deadline (a reading of the proof clock) has passed.
		TooLate,
		/// `hoster` does not keep `contract` (or its setup is not confirmed).
		NoSuchHosting,
		/// This block's challenges are full; try the next.
		TooManyChallenges,
		/// The parameters are out of range.
		BadParams,
		/// The caller cannot pay the fee of an extra challenge.
		InsufficientBalance,
		/// The hosting has an open challenge already; wait for its answer or deadline.
		AlreadyChallenged,
		/// The plan is paused (or not running): its hostings are not challenged.
		PlanNotRunning,
		/// A counter would overflow.
		Overflow,
		/// The response answers another challenge than the one open under its id (it
		/// was worked out on another fork): nothing happens, the hoster answers again.
		WrongChallenge,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let clock = Self::tick(now);
			Self::expire(now, clock)
				.saturating_add(Self::challenge_due(now))
				.saturating_add(Self::tick_weight())
		}

		/// Evictions first, then the settlement sweep, with what the block left.
		fn on_idle(_now: BlockNumberFor<T>, remaining: Weight) -> Weight {
			let evicted = Self::evict(remaining);
			evicted.saturating_add(Self::sweep(remaining.saturating_sub(evicted)))
		}

		fn on_finalize(_now: BlockNumberFor<T>) {
			Self::note_congestion();
		}

		fn offchain_worker(now: BlockNumberFor<T>) {
			ocw::run::<T>(now);
		}

		fn integrity_test() {
			assert!(T::MaxIndexes::get() > 0 && T::MaxChallengesPerBlock::get() > 0);
			assert!(T::MaxFaultsPerBlock::get() > 0, "missed deadlines must be counted");
			let p = T::DefaultParams::get();
			assert!(p.indexes > 0 && p.indexes <= T::MaxIndexes::get(), "indexes in range");
			assert!(
				merkle::segments(T::MaxChunkSize::get()) <= 1 << merkle::MAX_SEGMENT_DEPTH,
				"a chunk's segment path fits a proof"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Asks for an extra challenge of `hoster`'s copy of `contract` (SPEC
		/// `proof_of_storage_request`); the caller pays `request_fee` to the treasury.
		#[pallet::call_index(0)]
		pub fn request(
			origin: OriginFor<T>,
			contract: ContractId,
			hoster: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_request(who, contract, hoster)
		}

		/// A hoster's proofs for a challenge (SPEC `proof_of_storage_response`), sent by
		/// its off-chain worker without fees. Weight grows with the number of proofs, not
		/// with the number of the hoster's hostings; an accepted one is refunded down to
		/// its own path's weight.
		#[pallet::call_index(1)]
		#[pallet::authorize(|_source, response, signature| {
			Pallet::<T>::authorize_response(response, signature)
		})]
		#[pallet::weight_of_authorize(T::WeightInfo::authorize_response(response.proofs.len() as u32))]
		#[pallet::weight(Pallet::<T>::response_weight(response.proofs.len() as u32))]
		pub fn response(
			origin: OriginFor<T>,
			response: Response<T>,
			signature: <OcwPublic as sp_runtime::RuntimeAppPublic>::Signature,
		) -> DispatchResultWithPostInfo {
			frame_system::ensure_authorized(origin)?;
			let hoster = Self::check_response(&response, &signature)?;
			Self::do_response(hoster, response)
		}

		/// Sets the parameters.
		#[pallet::call_index(2)]
		pub fn set_params(origin: OriginFor<T>, params: ParamsOf<T>) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(
				params.indexes > 0
					&& params.indexes <= T::MaxIndexes::get()
					&& params.max_faults > 0
					&& !params.period.is_zero()
					&& !params.window.is_zero(),
				Error::<T>::BadParams
			);
			Parameters::<T>::put(&params);
			Self::deposit_event(Event::ParamsSet { params });
			Ok(())
		}
	}

	/// The balance type of the currency.
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
	/// The parameters for `T`.
	pub type ParamsOf<T> = Params<BalanceOf<T>, BlockNumberFor<T>>;
	use sp_runtime::traits::Zero;
}
