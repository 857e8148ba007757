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
	/// Gives `who` enough to pay fees.
	fn fund(who: &AccountId);
	/// A confirmed hosting by `hoster` (made a hoster) in a running plan. Returns the
	/// contract.
	fn confirmed_hosting(hoster: &AccountId) -> u64;
	/// Makes `who` an active attestor whose profile carries the `ddot` key `key`.
	fn make_attestor(who: &AccountId, key: datdot_primitives::OcwPublic);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use datdot_primitives::{
		traits::{HostingInspect, PlanInspect, ProfileProvider, ReputationSink, RoleProvider},
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

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config:
		frame_system::Config<RuntimeEvent: From<Event<Self>>>
		+ frame_system::offchain::CreateAuthorizedTransaction<Call<Self>>
	{
		/// The currency: requested benchmarks are paid in it.
		type Currency: Mutate<Self::AccountId>;

		/// The hostings to measure.
		type Hosting: HostingInspect<Self::AccountId>;

		/// The plans: their performance requirements.
		type Plans: PlanInspect<Self::AccountId>;

		/// Who is an attestor.
		type Roles: RoleProvider<Self::AccountId>;

		/// Attestors' `ddot` keys and hosters' endpoints.
		type Profiles: ProfileProvider<Self::AccountId>;

		/// Hosters' and attestors' reputation.
		type Reputation: ReputationSink<Self::AccountId>;

		/// Where the attestors and chunks of a benchmark are drawn from.
		type Randomness: Randomness<Self::Hash, BlockNumberFor<Self>>;

		/// Who may change the parameters.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Where the fee of a requested benchmark goes.
		#[pallet::constant]
		type Treasury: Get<Self::AccountId>;

		/// The parameters until governance sets others.
		#[pallet::constant]
		type DefaultParams: Get<ParamsOf<Self>>;

		/// Most attestors one benchmark names.
		#[pallet::constant]
		type MaxAttestors: Get<u32>;

		/// Most chunks one benchmark times.
		#[pallet::constant]
		type MaxSamples: Get<u32>;

		/// Most benchmarks opened (and most deadlines handled) in one block.
		#[pallet::constant]
		type MaxPerBlock: Get<u32>;

		/// Whether the circuit breaker pauses this pallet's calls: while it does, the
		/// hooks apply no fault, slash or reputation loss that those calls could have
		/// prevented.
		type CallsPaused: Get<bool>;

		/// Whether blocks were full lately (`ProofsOfStorage`): an attestor whose report
		/// may have been crowded out of a full block in its window is not counted silent.
		type Congestion: datdot_primitives::traits::Congestion<BlockNumberFor<Self>>;

		/// Weight information for the calls and hooks.
		type WeightInfo: WeightInfo;

		/// Sets up the rest of the runtime for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Identifies a benchmark.
	pub type BenchmarkId = u64;
	/// Identifies a contract (as the hosting pallet numbers them).
	pub type ContractId = u64;

	/// The benchmark parameters, in storage so governance can change them.
	#[derive(
		Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
	)]
	pub struct Params<Balance, BlockNumber> {
		/// Every hosting is benchmarked once per period.
		pub period: BlockNumber,
		/// Blocks the attestors have to answer.
		pub window: BlockNumber,
		/// Attestors named per benchmark (at most `MaxAttestors`).
		pub attestors: u32,
		/// Chunks each attestor fetches and times (at most `MaxSamples`).
		pub samples: u32,
		/// What a requested benchmark costs.
		pub request_fee: Balance,
	}

	/// What one attestor measured. A chunk it could not fetch, or that did not verify
	/// against the data set's root, makes the whole rating [`Rating::UNREACHABLE`].
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
	pub struct Rating {
		/// Mean time to fetch one chunk, milliseconds.
		pub latency_ms: u32,
		/// Bytes fetched per second.
		pub bandwidth: u64,
	}

	impl Rating {
		/// The hoster did not serve the chunks (or served wrong ones).
		pub const UNREACHABLE: Rating = Rating { latency_ms: u32::MAX, bandwidth: 0 };

		/// Whether the hoster served the chunks.
		pub fn served(&self) -> bool {
			self.latency_ms != u32::MAX
		}
	}

	/// An attestor's answer, signed with its `ddot` key.
	#[derive(
		Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
	)]
	pub struct Report {
		/// The benchmark answered.
		pub benchmark: BenchmarkId,
		/// What it asked (`Benchmark::digest`: hoster, contract and chunks). Blocks on
		/// two forks can open the same benchmark id for different hosters; a rating
		/// measured on one fork is refused as stale on the other (`WrongBenchmark`),
		/// never counted for a hoster it did not measure.
		pub asked: [u8; 32],
		/// What the attestor measured.
		pub rating: Rating,
		/// The attestor's `ddot` key, which signed the report.
		pub signer: OcwPublic,
	}

	/// An open benchmark.
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
	pub struct Benchmark<T: Config> {
		/// The hoster measured.
		pub hoster: T::AccountId,
		/// The contract whose chunks are fetched.
		pub contract: ContractId,
		/// The attestors named to measure.
		pub attestors: BoundedVec<T::AccountId, T::MaxAttestors>,
		/// The chunks (indexes in the data set) to fetch.
		pub indexes: BoundedVec<u32, T::MaxSamples>,
		/// The ratings received so far, one per named attestor at most.
		pub ratings: BoundedVec<(T::AccountId, Rating), T::MaxAttestors>,
		/// Closes at this block with the ratings received.
		pub deadline: BlockNumberFor<T>,
	}
	impl<T: Config> Benchmark<T> {
		/// A digest of what the benchmark asks: the hoster, the contract and the chunks.
		pub fn digest(&self) -> [u8; 32] {
			sp_io::hashing::blake2_256(&(&self.hoster, self.contract, &self.indexes).encode())
		}
	}

	/// A hoster's last measured performance.
	#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
	pub struct Measurement<BlockNumber> {
		/// When the benchmark closed.
		pub at: BlockNumber,
		/// The contract measured.
		pub contract: ContractId,
		/// The median of the ratings.
		pub median: Rating,
		/// Whether it met the plan's performance requirements.
		pub meets: bool,
	}

	#[pallet::type_value]
	pub fn DefaultParamsValue<T: Config>() -> ParamsOf<T> {
		T::DefaultParams::get()
	}

	/// The parameters.
	#[pallet::storage]
	pub type Parameters<T: Config> =
		StorageValue<_, ParamsOf<T>, ValueQuery, DefaultParamsValue<T>>;

	/// Open benchmarks.
	#[pallet::storage]
	pub type OpenBenchmarks<T: Config> = StorageMap<_, Twox64Concat, BenchmarkId, Benchmark<T>>;

	/// The open benchmarks each attestor is named in and has not rated yet: what its
	/// off-chain worker reads, instead of every open benchmark on chain.
	#[pallet::storage]
	pub type AttestorBenchmarks<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, BenchmarkId, ()>;

	/// The open benchmark of a hosting (contract, hoster): one at a time.
	#[pallet::storage]
	pub type OpenFor<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ContractId, Blake2_128Concat, T::AccountId, BenchmarkId>;

	/// The id the next benchmark gets.
	#[pallet::storage]
	pub type NextBenchmarkId<T: Config> = StorageValue<_, BenchmarkId, ValueQuery>;

	/// Hostings due for their periodic benchmark, by block.
	#[pallet::storage]
	pub type Due<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<(ContractId, T::AccountId), T::MaxPerBlock>,
		ValueQuery,
	>;

	/// The block of each benchmarked hosting's one entry in `Due`; removed when the
	/// hosting ends.
	#[pallet::storage]
	pub type Scheduled<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ContractId,
		Blake2_128Concat,
		T::AccountId,
		BlockNumberFor<T>,
	>;

	/// Benchmark deadlines by block.
	#[pallet::storage]
	pub type Deadlines<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<BenchmarkId, T::MaxPerBlock>,
		ValueQuery,
	>;

	/// Each hoster's last measured performance.
	#[pallet::storage]
	pub type LastMeasured<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Measurement<BlockNumberFor<T>>>;

	/// Genesis: a shorter period and window for dev and test networks (zero keeps the
	/// default).
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Blocks between benchmarks of a hosting.
		pub period: BlockNumberFor<T>,
		/// Blocks to answer a benchmark.
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
		/// Provide a performance benchmark: `attestors` fetch the chunks `indexes` of
		/// `contract` from `hoster`'s endpoint, time them and answer by `deadline` (SPEC
		/// provide-performance-benchmark).
		ProvidePerformanceBenchmark {
			/// The benchmark.
			benchmark: BenchmarkId,
			/// The hoster measured.
			hoster: T::AccountId,
			/// The contract.
			contract: ContractId,
			/// The attestors named.
			attestors: BoundedVec<T::AccountId, T::MaxAttestors>,
			/// The chunks to fetch.
			indexes: BoundedVec<u32, T::MaxSamples>,
			/// The last block to answer in.
			deadline: BlockNumberFor<T>,
		},
		/// An attestor's rating arrived.
		Rated {
			/// The benchmark.
			benchmark: BenchmarkId,
			/// The attestor.
			attestor: T::AccountId,
			/// What it measured.
			rating: Rating,
		},
		/// The benchmark closed: the median of `ratings` ratings went into the hoster's
		/// reputation; `meets` tells whether it met the plan's requirements.
		PerformanceMeasured {
			/// The benchmark.
			benchmark: BenchmarkId,
			/// The hoster.
			hoster: T::AccountId,
			/// The contract.
			contract: ContractId,
			/// The median rating.
			median: Rating,
			/// How many attestors answered.
			ratings: u32,
			/// Whether the plan's minimum bandwidth and maximum latency were met.
			meets: bool,
		},
		/// The benchmark closed without any rating: nothing is recorded for the hoster.
		BenchmarkLapsed {
			/// The benchmark.
			benchmark: BenchmarkId,
		},
		/// The benchmark closed early because its hosting ended: nothing is recorded for
		/// the hoster or the attestors.
		BenchmarkClosed {
			/// The benchmark.
			benchmark: BenchmarkId,
		},
		/// The parameters changed.
		ParamsSet {
			/// The new parameters.
			params: ParamsOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No open benchmark has this id (it closed at its deadline or with its last
		/// rating, or never existed).
		BenchmarkNotFound,
		/// The signature does not verify.
		BadSignature,
		/// The signing key is not one of the named attestors'.
		NotNamed,
		/// This attestor already rated this benchmark.
		AlreadyRated,
		/// `hoster` does not keep `contract` (or its setup is not confirmed).
		NoSuchHosting,
		/// This hosting is being benchmarked already.
		AlreadyOpen,
		/// No attestor other than the hoster is active.
		NoAttestors,
		/// This block's benchmarks are full; try the next.
		TooManyBenchmarks,
		/// The parameters are out of range.
		BadParams,
		/// The caller cannot pay the fee of a requested benchmark.
		InsufficientBalance,
		/// A counter would overflow.
		Overflow,
		/// The report rates another benchmark than the one open under its id (it was
		/// measured on another fork): nothing happens.
		WrongBenchmark,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::expire(now).saturating_add(Self::open_due(now))
		}

		fn offchain_worker(now: BlockNumberFor<T>) {
			ocw::run::<T>(now);
		}

		fn integrity_test() {
			assert!(T::MaxAttestors::get() > 0 && T::MaxSamples::get() > 0);
			assert!(T::MaxPerBlock::get() > 0);
			assert!(Pallet::<T>::params_in_range(&T::DefaultParams::get()), "defaults in range");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Asks for a benchmark of `hoster`'s service of `contract` (SPEC
		/// `performance_benchmark_request`); the caller pays `request_fee` to the
		/// treasury. One benchmark of a hosting is open at a time.
		#[pallet::call_index(0)]
		pub fn request(
			origin: OriginFor<T>,
			contract: ContractId,
			hoster: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_request(who, contract, hoster)
		}

		/// A named attestor's rating (SPEC `performance_benchmark_response`), sent by its
		/// off-chain worker without fees. The last rating closes the benchmark.
		#[pallet::call_index(1)]
		#[pallet::authorize(|_source, report, signature| {
			Pallet::<T>::authorize_response(report, signature)
		})]
		#[pallet::weight_of_authorize(T::WeightInfo::authorize_response())]
		pub fn response(
			origin: OriginFor<T>,
			report: Report,
			signature: <OcwPublic as sp_runtime::RuntimeAppPublic>::Signature,
		) -> DispatchResult {
			frame_system::ensure_authorized(origin)?;
			let attestor = Self::check_report(&report, &signature)?;
			Self::do_response(attestor, report)
		}

		/// Sets the parameters.
		#[pallet::call_index(2)]
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
	/// The parameters for `T`.
	pub type ParamsOf<T> = Params<BalanceOf<T>, BlockNumberFor<T>>;
	use sp_runtime::traits::Zero;
}
