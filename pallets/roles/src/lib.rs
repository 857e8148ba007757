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
	use datdot_primitives::{traits::ProfileProvider, ProviderStatus, Role, RoleForm};
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
		/// The currency stakes are held in.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Who may change the minimum stakes.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Where slashed stake goes.
		#[pallet::constant]
		type Treasury: Get<Self::AccountId>;

		/// Account profiles: a role needs one (its endpoint and keys).
		type Profiles: ProfileProvider<Self::AccountId>;

		/// Minimum stake of a provider role until governance sets another.
		#[pallet::constant]
		type DefaultMinStake: Get<BalanceOf<Self>>;

		/// Most members one role may have; bounds the member index that random
		/// selection draws from.
		#[pallet::constant]
		type MaxMembersPerRole: Get<u32>;

		/// Told when a provider's status changes (a signed-off hoster's contracts are
		/// handed over to others, so it can leave).
		type StatusObserver: datdot_primitives::traits::ProviderStatusObserver<Self::AccountId>;

		/// Weight information for the calls.
		type WeightInfo: WeightInfo;
	}

	/// A reason for this pallet holding funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The stake bonded by a provider role.
		#[codec(index = 0)]
		Stake,
	}

	/// Registrations by account and role.
	#[pallet::storage]
	pub type Registrations<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, Role, RegistrationOf<T>>;

	/// The members of each role by dense index `0..MemberCount(role)`.
	#[pallet::storage]
	pub type RoleMembers<T: Config> =
		StorageDoubleMap<_, Twox64Concat, Role, Twox64Concat, u32, T::AccountId>;

	/// How many accounts hold each role.
	#[pallet::storage]
	pub type MemberCount<T: Config> = StorageMap<_, Twox64Concat, Role, u32, ValueQuery>;

	/// Minimum stake per provider role, set by governance (`DefaultMinStake` if unset).
	#[pallet::storage]
	pub type MinStake<T: Config> = StorageMap<_, Twox64Concat, Role, BalanceOf<T>, OptionQuery>;

	/// Roles registered at genesis (dev and test networks), each bonding the minimum
	/// stake like any other registration.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// `(account, role, form)`.
		pub registrations: alloc::vec::Vec<(T::AccountId, Role, RoleForm)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (who, role, form) in &self.registrations {
				Pallet::<T>::do_register(
					who.clone(),
					*role,
					form.clone(),
					Pallet::<T>::min_stake(*role),
				)
				.expect("genesis registrations have profiles and funds");
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An account took on a role.
		RoleRegistered {
			/// The account.
			who: T::AccountId,
			/// The role.
			role: Role,
			/// Stake held.
			stake: BalanceOf<T>,
		},
		/// An account left a role.
		RoleUnregistered {
			/// The account.
			who: T::AccountId,
			/// The role.
			role: Role,
			/// Stake released.
			stake: BalanceOf<T>,
		},
		/// A provider changed whether it takes new work.
		StatusChanged {
			/// The account.
			who: T::AccountId,
			/// The role.
			role: Role,
			/// The new status.
			status: ProviderStatus,
		},
		/// Part of a provider's stake was slashed to the treasury.
		Slashed {
			/// The provider.
			who: T::AccountId,
			/// The role.
			role: Role,
			/// What was taken.
			amount: BalanceOf<T>,
		},
		/// A provider changed the resources, regions or timetable it offers.
		FormUpdated {
			/// The account.
			who: T::AccountId,
			/// The role.
			role: Role,
		},
		/// The minimum stake of a role changed.
		MinStakeSet {
			/// The role.
			role: Role,
			/// The new minimum.
			amount: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account already holds this role.
		AlreadyRegistered,
		/// The account does not hold this role.
		NotRegistered,
		/// The account has no profile (create one with `Accounts::create` first).
		NoProfile,
		/// The stake is below the role's minimum.
		StakeTooLow,
		/// A sponsor bonds no stake.
		StakeNotAllowed,
		/// The free balance cannot cover the stake.
		InsufficientBalance,
		/// A provider must offer some resources.
		NoResources,
		/// A declared region is not a geohash.
		InvalidRegion,
		/// An availability window is empty or outside the day.
		InvalidTimetable,
		/// The role still has open duties; sign off and wait for them to be repaired.
		DutiesOpen,
		/// Only provider roles (Hoster, Attestor, Worker) have a status or a stake.
		NotAProvider,
		/// The status is already the requested one.
		StatusUnchanged,
		/// The role has `MaxMembersPerRole` members already.
		TooManyMembers,
		/// The provider is not available for new work.
		NotAvailable,
		/// The provider has not enough free declared storage.
		CapacityExceeded,
		/// The declared storage is below what the provider's contracts use now.
		BelowUsedStorage,
		/// A counter would overflow.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxMembersPerRole::get() > 0, "a role must admit members");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Takes on `role` with the declared `form`, bonding `stake` for a provider role.
		#[pallet::call_index(0)]
		pub fn register(
			origin: OriginFor<T>,
			role: Role,
			form: RoleForm,
			stake: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register(who, role, form, stake)
		}

		/// Leaves `role` and releases its stake; refused while duties are open.
		#[pallet::call_index(1)]
		pub fn unregister(origin: OriginFor<T>, role: Role) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unregister(who, role)
		}

		/// Tells the network whether the provider takes new work.
		#[pallet::call_index(2)]
		pub fn set_status(
			origin: OriginFor<T>,
			role: Role,
			status: ProviderStatus,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_status(who, role, status)
		}

		/// Changes the resources, regions and timetable `role` was registered with. The
		/// declared storage may go down to what the provider's contracts use, never below.
		/// (Weighed as `register`, which reads and writes the same registration and
		/// does more besides.)
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::register())]
		pub fn update_form(origin: OriginFor<T>, role: Role, form: RoleForm) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_form(who, role, form)
		}

		/// Sets the minimum stake of a provider role; applies to new registrations.
		#[pallet::call_index(3)]
		pub fn set_min_stake(
			origin: OriginFor<T>,
			role: Role,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(role.is_provider(), Error::<T>::NotAProvider);
			MinStake::<T>::insert(role, amount);
			Self::deposit_event(Event::MinStakeSet { role, amount });
			Ok(())
		}
	}

	/// The balance type of the currency.
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
	/// A registration as stored for `T`.
	pub type RegistrationOf<T> = Registration<BalanceOf<T>, BlockNumberFor<T>>;
}
