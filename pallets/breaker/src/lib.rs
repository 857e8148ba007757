#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod tests;
pub mod weights;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{CallMetadata, Contains, GetCallMetadata, PalletsInfoAccess},
	};
	use frame_system::pallet_prelude::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	/// Longest pallet name.
	pub const MAX_NAME_LEN: u32 = 32;
	/// A pallet's name as in the metadata.
	pub type PalletName = BoundedVec<u8, ConstU32<MAX_NAME_LEN>>;

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Who may pause and resume.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The runtime's pallets, to refuse names that are none of them.
		type Pallets: PalletsInfoAccess;

		/// Pallets that cannot be paused.
		type Unpausable: Contains<PalletName>;

		/// Weight information for the calls.
		type WeightInfo: WeightInfo;
	}

	/// Paused pallets.
	#[pallet::storage]
	pub type Paused<T: Config> = StorageMap<_, Blake2_128Concat, PalletName, (), OptionQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Every call of the pallet is refused until it is resumed.
		PalletPaused {
			/// The pallet.
			pallet: PalletName,
		},
		/// The pallet's calls work again.
		PalletResumed {
			/// The pallet.
			pallet: PalletName,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No pallet of the runtime has this name.
		UnknownPallet,
		/// This pallet cannot be paused.
		Unpausable,
		/// The pallet is paused already.
		AlreadyPaused,
		/// The pallet is not paused.
		NotPaused,
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Refuses every call of `pallet` from now on.
		#[pallet::call_index(0)]
		pub fn pause(origin: OriginFor<T>, pallet: PalletName) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(Self::is_pallet(&pallet), Error::<T>::UnknownPallet);
			ensure!(!T::Unpausable::contains(&pallet), Error::<T>::Unpausable);
			ensure!(!Paused::<T>::contains_key(&pallet), Error::<T>::AlreadyPaused);
			Paused::<T>::insert(&pallet, ());
			Self::deposit_event(Event::PalletPaused { pallet });
			Ok(())
		}

		/// Lets `pallet`'s calls through again.
		#[pallet::call_index(1)]
		pub fn resume(origin: OriginFor<T>, pallet: PalletName) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(Paused::<T>::take(&pallet).is_some(), Error::<T>::NotPaused);
			Self::deposit_event(Event::PalletResumed { pallet });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		fn is_pallet(name: &[u8]) -> bool {
			T::Pallets::infos().iter().any(|info| info.name.as_bytes() == name)
		}

		/// Whether `pallet`'s calls are refused.
		pub fn is_paused(pallet: &str) -> bool {
			PalletName::try_from(pallet.as_bytes().to_vec()).is_ok_and(Paused::<T>::contains_key)
		}
	}

	/// The runtime's `BaseCallFilter`: lets through every call of a pallet not paused.
	impl<T: Config, Call: GetCallMetadata> Contains<Call> for Pallet<T> {
		fn contains(call: &Call) -> bool {
			let CallMetadata { pallet_name, .. } = call.get_call_metadata();
			!Self::is_paused(pallet_name)
		}
	}
}
