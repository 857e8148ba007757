#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod impls;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use datdot_primitives::traits::{EscrowManager, PlanId, PlanLifecycle, RoleProvider};
	use frame_support::{pallet_prelude::*, traits::fungible::Inspect};
	use frame_system::pallet_prelude::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The currency budgets are paid in.
		type Currency: Inspect<Self::AccountId>;

		/// Holds budgets.
		type Escrow: EscrowManager<Self::AccountId, BalanceOf<Self>>;

		/// Who is a sponsor.
		type Roles: RoleProvider<Self::AccountId>;

		/// The hosting side: cuts contracts when a plan is due, ends hostings when it ends.
		type Lifecycle: PlanLifecycle;

		/// Most data sets in one plan.
		#[pallet::constant]
		type MaxDatasets: Get<u32>;

		/// Most chunk ranges in one plan.
		#[pallet::constant]
		type MaxRanges: Get<u32>;

		/// Longest source URL, bytes.
		#[pallet::constant]
		type MaxUrlLen: Get<u32>;

		/// Largest chunk, bytes: a chunk travels in a proof transaction, so it must fit
		/// comfortably in a block.
		#[pallet::constant]
		type MaxChunkSize: Get<u32>;

		/// Most hosters per contract.
		#[pallet::constant]
		type MaxReplication: Get<u8>;

		/// Most plans waiting in the queue; bounds the queue's storage and the work of
		/// reading it each block.
		#[pallet::constant]
		type MaxQueue: Get<u32>;

		/// Most plans one sponsor may have live.
		#[pallet::constant]
		type MaxPlansPerSponsor: Get<u32>;

		/// How far ahead of now a plan may start: the queue holds only plans due within
		/// this many blocks, so plans with far-off starts cannot hold its `MaxQueue` places
		/// for long (each place held also holds a budget and is bounded per sponsor).
		#[pallet::constant]
		type MaxStartDelay: Get<BlockNumberFor<Self>>;

		/// Most plans started in one block.
		#[pallet::constant]
		type MaxStartsPerBlock: Get<u32>;

		/// Most plans ending at one block: bounds the end-of-plan work per block (the
		/// hosting side ends a plan at a cost that does not grow with its size).
		#[pallet::constant]
		type MaxEndsPerBlock: Get<u32>;

		/// Weight information for the calls and hooks.
		type WeightInfo: WeightInfo;
	}

	/// Live plans.
	#[pallet::storage]
	pub type Plans<T: Config> = StorageMap<_, Twox64Concat, PlanId, PlanOf<T>>;

	/// The id the next plan gets.
	#[pallet::storage]
	pub type NextPlanId<T: Config> = StorageValue<_, PlanId, ValueQuery>;

	/// Plans waiting for their start, in priority order (price down, then age up).
	#[pallet::storage]
	pub type Queue<T: Config> = StorageValue<
		_,
		BoundedVec<QueueEntry<BalanceOf<T>, BlockNumberFor<T>>, T::MaxQueue>,
		ValueQuery,
	>;

	/// Plans to end at each block.
	#[pallet::storage]
	pub type Endings<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<PlanId, T::MaxEndsPerBlock>,
		ValueQuery,
	>;

	/// Plans whose budget is spent: each ends at the next block with room in `Endings`
	/// (its end moved there), with `EndReason::BudgetSpent`. Ending is deferred so that
	/// the call that found the budget spent (a fee-less proof response) does not carry
	/// the cost of ending a whole plan; `on_initialize` does, with its own weight.
	#[pallet::storage]
	pub type Spent<T: Config> = StorageMap<_, Twox64Concat, PlanId, ()>;

	/// Live plans per sponsor.
	#[pallet::storage]
	pub type PlanCount<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A plan was ordered and its budget held; it waits in the queue for its start.
		PlanSubscribed {
			/// The plan.
			plan: PlanId,
			/// Who pays.
			sponsor: T::AccountId,
			/// The budget held.
			budget: BalanceOf<T>,
			/// Of which held for the attestors' fees.
			fees: BalanceOf<T>,
		},
		/// The plan's start came: its hosting is being set up.
		PlanStarted {
			/// The plan.
			plan: PlanId,
		},
		/// A plan's terms changed and its budget was adjusted.
		PlanUpdated {
			/// The plan.
			plan: PlanId,
			/// The budget now held for the rest of the plan.
			budget: BalanceOf<T>,
		},
		/// Pause the plan: its hostings are neither paid nor challenged.
		PausePlan {
			/// The plan.
			plan: PlanId,
		},
		/// Resume the plan.
		ResumePlan {
			/// The plan.
			plan: PlanId,
		},
		/// End the plan: its hosters stop and delete the data; what is left of the
		/// budget went back to the sponsor.
		EndPlan {
			/// The plan.
			plan: PlanId,
			/// Why.
			reason: EndReason,
			/// What went back to the sponsor.
			refund: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No live plan has this id.
		PlanNotFound,
		/// Only the plan's sponsor may do this.
		NotSponsor,
		/// The caller does not hold the Sponsor role.
		NotASponsor,
		/// A plan needs at least one data set.
		NoDatasets,
		/// A data set has no chunks or a zero chunk size.
		EmptyDataset,
		/// A chunk size above `MaxChunkSize`.
		ChunkTooLarge,
		/// A source URL that is not `http://` or `https://`.
		InvalidSource,
		/// The feed signature does not verify over the root and chunk count.
		BadFeedSignature,
		/// A plan needs at least one non-empty range.
		NoRanges,
		/// A range names a data set the plan does not have, or chunks past its end.
		RangeOutOfBounds,
		/// Replication must be between 1 and `MaxReplication`.
		InvalidReplication,
		/// A region is not a geohash.
		InvalidRegion,
		/// The end must come after the start, and after now.
		InvalidPeriod,
		/// The start lies more than `MaxStartDelay` blocks ahead; subscribe closer to it.
		StartTooFar,
		/// A price of zero.
		ZeroPrice,
		/// A minimum reputation above 1000.
		InvalidReputation,
		/// The budget does not fit in a balance.
		BudgetOverflow,
		/// The sponsor cannot cover the budget.
		InsufficientBalance,
		/// The queue is full; try again later.
		QueueFull,
		/// `MaxEndsPerBlock` plans end at that block already; pick another end.
		EndBlockFull,
		/// The sponsor has `MaxPlansPerSponsor` live plans.
		TooManyPlans,
		/// The plan is not being hosted (queued or paused).
		NotActive,
		/// The plan is not paused.
		NotPaused,
		/// An update that changes nothing.
		NothingToUpdate,
		/// A started plan's price is fixed (its hosters are paid at it), and its ranges
		/// may only grow: the new list must begin with the old one.
		FixedWhileHosted,
		/// The ranges cut into more contracts than one plan may hold.
		TooManyContracts,
		/// The plan's budget is spent; it ends at the next block.
		BudgetExhausted,
		/// A counter would overflow.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::start_due(now).saturating_add(Self::end_due(now))
		}

		fn integrity_test() {
			assert!(T::MaxDatasets::get() > 0 && T::MaxRanges::get() > 0, "plans need room");
			assert!(T::MaxReplication::get() > 0, "a contract needs a hoster");
			assert!(T::MaxStartsPerBlock::get() > 0, "queued plans must start");
			assert!(T::MaxEndsPerBlock::get() > 0, "plans must be able to end");
			assert!(T::MaxChunkSize::get() <= 4 * 1024 * 1024, "chunks must fit in a block");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Orders a plan: holds its budget and queues it for its start.
		#[pallet::call_index(0)]
		pub fn subscribe(origin: OriginFor<T>, terms: TermsOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_subscribe(who, terms)
		}

		/// Changes ranges, replication, end or price; the budget follows. A started
		/// plan keeps its price and may only add ranges; its hosting follows the new
		/// ranges and replication at once (the weight charged covers the most hosting
		/// work, and what was not used is refunded).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update().saturating_add(T::Lifecycle::max_update_weight()))]
		pub fn update(
			origin: OriginFor<T>,
			plan: PlanId,
			changes: ChangesOf<T>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let hosting = Self::do_update(who, plan, changes)?;
			Ok(Some(T::WeightInfo::update().saturating_add(hosting)).into())
		}

		/// Pauses an active plan.
		#[pallet::call_index(2)]
		pub fn pause(origin: OriginFor<T>, plan: PlanId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_pause(who, plan)
		}

		/// Resumes a paused plan.
		#[pallet::call_index(3)]
		pub fn resume(origin: OriginFor<T>, plan: PlanId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_resume(who, plan)
		}

		/// Ends a plan now and refunds what is left of its budget; its hostings end
		/// (`EndHosting`) in this block or, for a large plan in a busy block, the next.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::unsubscribe().saturating_add(T::Lifecycle::end_weight()))]
		pub fn unsubscribe(origin: OriginFor<T>, plan: PlanId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unsubscribe(who, plan).map(|_| ())
		}
	}

	/// The balance type of the currency.
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
	/// A data set as stored for `T`.
	pub type DatasetOf<T> = Dataset<<T as Config>::MaxUrlLen>;
	/// Plan terms for `T`.
	pub type TermsOf<T> = PlanTerms<
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxDatasets,
		<T as Config>::MaxRanges,
		<T as Config>::MaxUrlLen,
	>;
	/// Plan changes for `T`.
	pub type ChangesOf<T> = PlanChanges<BalanceOf<T>, BlockNumberFor<T>, <T as Config>::MaxRanges>;
	/// A plan as stored for `T`.
	pub type PlanOf<T> = Plan<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxDatasets,
		<T as Config>::MaxRanges,
		<T as Config>::MaxUrlLen,
	>;
}
