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
pub mod rule;
#[cfg(test)]
mod tests;
pub mod weights;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use datdot_primitives::{traits::RatingSource, Role};
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use sp_runtime::Perbill;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Who may change the decay.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Blocks per decay period until governance sets another.
		#[pallet::constant]
		type DefaultDecayPeriod: Get<BlockNumberFor<Self>>;

		/// Share of evidence kept per period until governance sets another.
		#[pallet::constant]
		type DefaultDecay: Get<Perbill>;

		/// Who may rate whom (the jobs pallet: a client, once per completed job).
		type Ratings: RatingSource<Self::AccountId>;

		/// Weight information for the calls.
		type WeightInfo: WeightInfo;
	}

	/// Evidence for one account in one role.
	#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug, Default)]
	pub struct Evidence<BlockNumber> {
		/// Successes, in thousandths.
		pub alpha: u64,
		/// Failures, in thousandths.
		pub beta: u64,
		/// When the evidence was last decayed.
		pub updated: BlockNumber,
	}

	#[pallet::type_value]
	pub fn DefaultPeriod<T: Config>() -> BlockNumberFor<T> {
		T::DefaultDecayPeriod::get()
	}

	#[pallet::type_value]
	pub fn DefaultKeep<T: Config>() -> Perbill {
		T::DefaultDecay::get()
	}

	/// Evidence by account and role.
	#[pallet::storage]
	pub type Scores<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		Role,
		Evidence<BlockNumberFor<T>>,
	>;

	/// Blocks per decay period.
	#[pallet::storage]
	pub type DecayPeriod<T: Config> =
		StorageValue<_, BlockNumberFor<T>, ValueQuery, DefaultPeriod<T>>;

	/// Share of evidence kept per period.
	#[pallet::storage]
	pub type Decay<T: Config> = StorageValue<_, Perbill, ValueQuery, DefaultKeep<T>>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An outcome changed a score.
		ReputationChanged {
			/// The account.
			who: T::AccountId,
			/// The role.
			role: Role,
			/// The new score, 0–1000.
			score: u32,
		},
		/// A client rated the worker of a job.
		Rated {
			/// The job.
			job: u64,
			/// The worker.
			worker: T::AccountId,
			/// 1 to 5.
			stars: u8,
		},
		/// The decay changed.
		DecaySet {
			/// Blocks per period.
			period: BlockNumberFor<T>,
			/// Share kept per period.
			decay: Perbill,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// A decay period of zero blocks.
		ZeroPeriod,
		/// Ratings are 1 to 5 stars.
		BadStars,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(
				T::DefaultDecayPeriod::get() > 0u32.into(),
				"a decay period must last at least a block"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Sets how fast evidence fades: `decay` of it is kept every `period` blocks.
		#[pallet::call_index(0)]
		pub fn set_decay(
			origin: OriginFor<T>,
			period: BlockNumberFor<T>,
			decay: Perbill,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(period > 0u32.into(), Error::<T>::ZeroPeriod);
			DecayPeriod::<T>::put(period);
			Decay::<T>::put(decay);
			Self::deposit_event(Event::DecaySet { period, decay });
			Ok(())
		}

		/// The client of a completed job rates its worker, once: 5 stars count as two
		/// successes, 4 as one, 3 as nothing, 2 as one failure, 1 as two.
		#[pallet::call_index(1)]
		pub fn rate(origin: OriginFor<T>, job: u64, stars: u8) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!((1..=5).contains(&stars), Error::<T>::BadStars);
			let worker = T::Ratings::take_rating(job, &who)?;
			Self::do_rate(&worker, stars);
			Self::deposit_event(Event::Rated { job, worker, stars });
			Ok(())
		}
	}
}
