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

/// What the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Gives `who` enough to stake, pay and bond.
	fn fund(who: &AccountId);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use datdot_primitives::traits::{
		DisputeManager, EscrowManager, ProviderStakes, ReputationOf, ReputationSink, RoleProvider,
	};
	use frame_support::{pallet_prelude::*, traits::fungible::Inspect};
	use frame_system::pallet_prelude::*;
	use sp_core::sr25519;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The currency payments are made in.
		type Currency: Inspect<Self::AccountId>;

		/// Holds payments and dispute bonds.
		type Escrow: EscrowManager<Self::AccountId, BalanceOf<Self>>
			+ DisputeManager<Self::AccountId, BalanceOf<Self>>;

		/// Who is a worker, and its duties.
		type Roles: RoleProvider<Self::AccountId>;

		/// Workers' declared resources and stakes.
		type Stakes: ProviderStakes<Self::AccountId>;

		/// Reputation read (claims) and written (outcomes).
		type Reputation: ReputationOf<Self::AccountId> + ReputationSink<Self::AccountId>;

		/// Who may change the market's parameters.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The parameters until governance sets others.
		#[pallet::constant]
		type DefaultParams: Get<ParamsOf<Self>>;

		/// Most workers remembered as having failed one job.
		#[pallet::constant]
		type MaxFailed: Get<u32>;

		/// Most timeouts handled in one block.
		#[pallet::constant]
		type MaxTimeoutsPerBlock: Get<u32>;

		/// Most jobs one worker may hold (claimed, submitted or disputed) at once.
		#[pallet::constant]
		type MaxClaimsPerWorker: Get<u32>;

		/// Blocks a client has to rate the worker of a completed job; the right then
		/// lapses and leaves storage.
		#[pallet::constant]
		type RatingWindow: Get<BlockNumberFor<Self>>;

		/// How far a job's deadline may lie ahead, in blocks.
		#[pallet::constant]
		type MaxJobDuration: Get<BlockNumberFor<Self>>;

		/// Whether the circuit breaker pauses this pallet's calls: while it does, no claim
		/// lapses, no deadline expires and no challenge window closes, since the worker
		/// could not submit and the client could not dispute; each waits for a block after
		/// the pause.
		type CallsPaused: Get<bool>;

		/// Weight information for the calls and hooks.
		type WeightInfo: WeightInfo;

		/// Funds accounts for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	#[pallet::type_value]
	pub fn DefaultParamsValue<T: Config>() -> ParamsOf<T> {
		T::DefaultParams::get()
	}

	/// Whether the breaker paused the pallet at the last block's timeouts: the first
	/// block after a pause still postpones them, so a worker or client whose call the
	/// breaker refused has a whole block to send it.
	#[pallet::storage]
	pub type PausedLastBlock<T: Config> = StorageValue<_, bool, ValueQuery>;

	/// Live jobs.
	#[pallet::storage]
	pub type Jobs<T: Config> = StorageMap<_, Twox64Concat, JobId, JobOf<T>>;

	/// The id the next job gets.
	#[pallet::storage]
	pub type NextJobId<T: Config> = StorageValue<_, JobId, ValueQuery>;

	/// Timeouts by block: deadlines, lapsing claims, closing challenge windows and
	/// lapsing rating rights, each kind within its share of a block
	/// (`Timeout::places`). Entries of jobs that moved on are skipped when their block
	/// comes.
	#[pallet::storage]
	pub type Timeouts<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<(JobId, Timeout), T::MaxTimeoutsPerBlock>,
		ValueQuery,
	>;

	/// Disputed jobs by the escrow in dispute, until the arbiter settles.
	#[pallet::storage]
	pub type Disputed<T: Config> = StorageMap<_, Twox64Concat, EscrowId, JobId>;

	/// Completed jobs whose client has not rated the worker yet: job → (client, worker).
	/// Each right lapses `RatingWindow` blocks after the job ended (a `Rating` timeout).
	#[pallet::storage]
	pub type Unrated<T: Config> = StorageMap<_, Twox64Concat, JobId, (T::AccountId, T::AccountId)>;

	/// The market's parameters.
	#[pallet::storage]
	pub type Parameters<T: Config> =
		StorageValue<_, ParamsOf<T>, ValueQuery, DefaultParamsValue<T>>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A job was posted and its payment held.
		JobPosted {
			/// The job.
			job: JobId,
			/// Who pays.
			client: T::AccountId,
			/// The payment.
			payment: BalanceOf<T>,
			/// Its deadline.
			deadline: BlockNumberFor<T>,
		},
		/// A worker claimed a job.
		JobClaimed {
			/// The job.
			job: JobId,
			/// The worker.
			worker: T::AccountId,
			/// It must submit by this block.
			until: BlockNumberFor<T>,
		},
		/// A worker submitted a result.
		ResultSubmitted {
			/// The job.
			job: JobId,
			/// The worker.
			worker: T::AccountId,
			/// Hash of the result.
			result: [u8; 32],
			/// Accepted automatically at this block unless disputed.
			accept_at: BlockNumberFor<T>,
		},
		/// A job was paid out and ended.
		JobCompleted {
			/// The job.
			job: JobId,
			/// The worker.
			worker: T::AccountId,
			/// What the worker received (after the protocol fee).
			paid: BalanceOf<T>,
			/// What went back to the client.
			refunded: BalanceOf<T>,
			/// How it ended.
			how: Completion,
		},
		/// The client disputed a result and put up a bond.
		JobDisputed {
			/// The job.
			job: JobId,
			/// The bond.
			bond: BalanceOf<T>,
		},
		/// The client cancelled an unclaimed job; the payment went back.
		JobCancelled {
			/// The job.
			job: JobId,
			/// What went back.
			refunded: BalanceOf<T>,
		},
		/// A worker's claim lapsed: it loses reputation and stake; the job reopens.
		ClaimLapsed {
			/// The job.
			job: JobId,
			/// The worker.
			worker: T::AccountId,
		},
		/// The circuit breaker pauses the pallet: a timeout due now (a claim's lapse, the
		/// deadline or the end of the challenge window) moved to a block after the pause.
		TimeoutPostponed {
			/// The job.
			job: JobId,
			/// The block it is due now.
			until: BlockNumberFor<T>,
		},
		/// The deadline passed without a result; the payment went back.
		JobExpired {
			/// The job.
			job: JobId,
			/// What went back.
			refunded: BalanceOf<T>,
		},
		/// The parameters changed.
		ParamsSet {
			/// The new parameters.
			params: ParamsOf<T>,
		},
	}

	/// How a job was completed.
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
	pub enum Completion {
		/// The client accepted the result.
		Accepted,
		/// The challenge window closed without a dispute.
		AutoAccepted,
		/// A receipt signed by both settled it (pro rata if partial).
		Receipt,
		/// The arbiter settled the dispute.
		Resolved,
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No live job has this id.
		JobNotFound,
		/// Only the job's client may do this.
		NotClient,
		/// Only the job's worker may do this.
		NotWorker,
		/// The job is not in the state this needs.
		WrongStatus,
		/// The payment is below the market's `min_payment`.
		PaymentTooLow,
		/// The worker already holds `MaxClaimsPerWorker` jobs.
		TooManyClaims,
		/// The deadline is not ahead, or further than `MaxJobDuration`.
		BadDeadline,
		/// The caller is not an active worker.
		NotAWorker,
		/// The worker's reputation is below the job's minimum.
		ReputationTooLow,
		/// The worker declares fewer resources than the job needs.
		NotEnoughResources,
		/// This worker already failed this job.
		AlreadyFailed,
		/// The client cannot work its own job.
		OwnJob,
		/// Only workers of high reputation may claim this early.
		TooEarly,
		/// The deadline has passed.
		DeadlinePassed,
		/// The challenge window has closed.
		WindowClosed,
		/// A receipt signature does not verify.
		BadSignature,
		/// A receipt must count at least one part, and no more done than there are.
		BadReceipt,
		/// No block near the wanted one has room for another timeout.
		ScheduleFull,
		/// The payer cannot cover the payment or the bond.
		InsufficientBalance,
		/// Zero windows, windows longer than `MaxJobDuration`, or a reputation above 1000.
		BadParams,
		/// A counter would overflow.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::handle_timeouts(now)
		}

		fn integrity_test() {
			assert!(
				T::MaxTimeoutsPerBlock::get() >= 4,
				"every kind of timeout needs a place in a block"
			);
			assert!(T::MaxClaimsPerWorker::get() > 0, "workers must be able to claim");
			assert!(Self::params_in_range(&T::DefaultParams::get()), "default params in range");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Posts a job and holds `payment` in escrow until it is settled.
		#[pallet::call_index(0)]
		pub fn post(
			origin: OriginFor<T>,
			spec_hash: [u8; 32],
			input_hash: [u8; 32],
			requirements: Requirements<BlockNumberFor<T>>,
			payment: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_post(who, spec_hash, input_hash, requirements, payment)
		}

		/// Takes a job: an active worker meeting its requirements that has not failed it
		/// and holds fewer than `MaxClaimsPerWorker` jobs.
		#[pallet::call_index(1)]
		pub fn claim(origin: OriginFor<T>, job: JobId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim(who, job)
		}

		/// The worker's result (and optionally a proof), before its claim lapses.
		#[pallet::call_index(2)]
		pub fn submit_result(
			origin: OriginFor<T>,
			job: JobId,
			result_hash: [u8; 32],
			proof: Option<[u8; 32]>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_submit(who, job, result_hash, proof)
		}

		/// The client accepts the result: the worker is paid.
		#[pallet::call_index(3)]
		pub fn accept(origin: OriginFor<T>, job: JobId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept(who, job)
		}

		/// The client disputes the result within the challenge window, with a bond.
		#[pallet::call_index(4)]
		pub fn dispute(origin: OriginFor<T>, job: JobId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_dispute(who, job)
		}

		/// The client cancels a job nobody claimed: the payment goes back.
		#[pallet::call_index(5)]
		pub fn cancel(origin: OriginFor<T>, job: JobId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel(who, job)
		}

		/// Settles a claimed or submitted job at once with a receipt signed (sr25519) by
		/// both client and worker; a partial receipt pays the worker pro rata and
		/// refunds the rest. Either party may send it.
		#[pallet::call_index(6)]
		pub fn complete_with_receipt(
			origin: OriginFor<T>,
			job: JobId,
			receipt: Receipt,
			client_signature: sr25519::Signature,
			worker_signature: sr25519::Signature,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_complete_with_receipt(who, job, receipt, client_signature, worker_signature)
		}

		/// Sets the market's parameters.
		#[pallet::call_index(7)]
		pub fn set_params(origin: OriginFor<T>, params: ParamsOf<T>) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(Self::params_in_range(&params), Error::<T>::BadParams);
			Parameters::<T>::put(&params);
			Self::deposit_event(Event::ParamsSet { params });
			Ok(())
		}
	}

	/// The balance type of the currency.
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
	/// A job as stored for `T`.
	pub type JobOf<T> = Job<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxFailed,
	>;
	/// The parameters for `T`.
	pub type ParamsOf<T> = Params<BalanceOf<T>, BlockNumberFor<T>>;
	pub use datdot_primitives::traits::EscrowId;
}
