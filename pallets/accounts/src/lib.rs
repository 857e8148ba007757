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
	use alloc::vec::Vec;
	use datdot_primitives::{traits::AccountObligations, OcwPublic, OcwSignature};
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Inspect, MutateHold},
	};
	use frame_system::pallet_prelude::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The currency the profile deposit is held in.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Who may change the profile deposit.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// What an account still owes the network (roles, plans, contracts, jobs);
		/// `delete` is refused while anything is owed.
		type Obligations: AccountObligations<Self::AccountId>;

		/// Longest endpoint URL, in bytes. Bounds the profile's storage.
		#[pallet::constant]
		type MaxEndpointLen: Get<u32>;

		/// The profile deposit until governance sets another.
		#[pallet::constant]
		type DefaultProfileDeposit: Get<BalanceOf<Self>>;

		/// Weight information for the calls.
		type WeightInfo: WeightInfo;
	}

	/// A reason for this pallet holding funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The storage deposit of an account profile.
		#[codec(index = 0)]
		ProfileDeposit,
	}

	#[pallet::type_value]
	pub fn DefaultDeposit<T: Config>() -> BalanceOf<T> {
		T::DefaultProfileDeposit::get()
	}

	/// Profiles by account.
	#[pallet::storage]
	pub type Profiles<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, ProfileOf<T>>;

	/// Reverse index: which account a given off-chain worker key belongs to. Lets the
	/// runtime tell whose report an OCW signature is, and keeps keys unique.
	#[pallet::storage]
	pub type OcwKeyOwner<T: Config> = StorageMap<_, Blake2_128Concat, OcwPublic, T::AccountId>;

	/// Deposit held for each new profile.
	#[pallet::storage]
	pub type ProfileDeposit<T: Config> =
		StorageValue<_, BalanceOf<T>, ValueQuery, DefaultDeposit<T>>;

	/// Profiles created at genesis (dev and test networks): account, OCW key, endpoint,
	/// region. Each holds the deposit like any other profile.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// `(account, ocw key, endpoint, region)`.
		pub profiles: Vec<GenesisProfile<T::AccountId>>,
	}

	/// A profile at genesis: `(account, ocw key, endpoint, region)`.
	pub type GenesisProfile<AccountId> = (AccountId, OcwPublic, Vec<u8>, Vec<u8>);

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (who, key, endpoint, region) in &self.profiles {
				Pallet::<T>::do_create(
					who.clone(),
					key.clone(),
					[0; 32],
					endpoint.clone(),
					region.clone(),
				)
				.expect("genesis profiles are valid and funded");
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A profile was created and its deposit held.
		AccountCreated {
			/// The account.
			who: T::AccountId,
			/// Deposit held.
			deposit: BalanceOf<T>,
		},
		/// A profile was changed.
		AccountUpdated {
			/// The account.
			who: T::AccountId,
		},
		/// A profile was removed and its deposit released.
		AccountDeleted {
			/// The account.
			who: T::AccountId,
			/// Deposit released.
			deposit: BalanceOf<T>,
		},
		/// The deposit for new profiles changed.
		ProfileDepositSet {
			/// The new deposit.
			amount: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account already has a profile.
		AlreadyExists,
		/// The account has no profile.
		NotFound,
		/// The endpoint is longer than `MaxEndpointLen`.
		EndpointTooLong,
		/// The endpoint is not an `http://` or `https://` URL of printable ASCII.
		InvalidEndpoint,
		/// The region is longer than a geohash can be (12).
		RegionTooLong,
		/// The region is not a geohash.
		InvalidRegion,
		/// Another account's profile already uses this off-chain worker key.
		OcwKeyInUse,
		/// The off-chain worker key's proof of possession does not verify for this
		/// account on this chain.
		BadKeyProof,
		/// An update that changes nothing.
		NothingToUpdate,
		/// The free balance cannot cover the profile deposit.
		InsufficientBalance,
		/// The account still holds a role.
		RoleHeld,
		/// The account still sponsors a plan.
		PlanHeld,
		/// The account still hosts or attests a contract.
		ContractHeld,
		/// The account still takes part in a job.
		JobHeld,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			// An endpoint must at least fit "https://a.b".
			assert!(T::MaxEndpointLen::get() >= 16, "MaxEndpointLen too small for a URL");
			assert!(T::MaxEndpointLen::get() <= 1024, "MaxEndpointLen bloats every profile");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Creates the caller's profile and holds the profile deposit. `ocw_proof` is
		/// the `ocw_key`'s signature over `"datdot/ocw-key" ‖ genesis hash ‖ caller`
		/// (`datdot_primitives::signing::key_ownership`): nobody can name a key it does
		/// not hold (and so claim another's key before its owner does).
		#[pallet::call_index(0)]
		pub fn create(
			origin: OriginFor<T>,
			ocw_key: OcwPublic,
			ocw_proof: OcwSignature,
			transport_key: [u8; 32],
			endpoint: Vec<u8>,
			region: Vec<u8>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::check_key_ownership(&who, &ocw_key, &ocw_proof)?;
			Self::do_create(who, ocw_key, transport_key, endpoint, region)
		}

		/// Changes any subset of the caller's profile fields; `None` keeps a field. A new
		/// off-chain worker key comes with its proof of possession, as in `create`.
		#[pallet::call_index(1)]
		pub fn update(
			origin: OriginFor<T>,
			ocw_key: Option<(OcwPublic, OcwSignature)>,
			transport_key: Option<[u8; 32]>,
			endpoint: Option<Vec<u8>>,
			region: Option<Vec<u8>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let ocw_key = match ocw_key {
				Some((key, proof)) => {
					Self::check_key_ownership(&who, &key, &proof)?;
					Some(key)
				}
				None => None,
			};
			Self::do_update(who, ocw_key, transport_key, endpoint, region)
		}

		/// Removes the caller's profile and releases its deposit; refused while the
		/// account still owes the network something.
		#[pallet::call_index(2)]
		pub fn delete(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_delete(who)
		}

		/// Sets the deposit held for new profiles.
		#[pallet::call_index(3)]
		pub fn set_profile_deposit(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ProfileDeposit::<T>::put(amount);
			Self::deposit_event(Event::ProfileDepositSet { amount });
			Ok(())
		}
	}

	/// The balance type of the currency.
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
	/// A profile as stored for `T`.
	pub type ProfileOf<T> = Profile<BalanceOf<T>, <T as Config>::MaxEndpointLen>;
}
