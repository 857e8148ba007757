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
#[cfg(test)]
mod tests;
pub mod weights;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use datdot_primitives::traits::EscrowId;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Inspect, Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	/// Basis points in one whole.
	pub const MAX_BPS: u16 = 10_000;

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The currency escrows are held in.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Mutate<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Who may set the protocol fee.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Where protocol fees go.
		#[pallet::constant]
		type Treasury: Get<Self::AccountId>;

		/// The protocol fee until governance sets another, in basis points.
		#[pallet::constant]
		type DefaultProtocolFee: Get<u16>;

		/// Weight information for the calls.
		type WeightInfo: WeightInfo;
	}

	/// A reason for this pallet holding funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Funds committed to an escrow.
		#[codec(index = 0)]
		Funds,
	}

	/// An open escrow.
	#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
	pub struct Escrow<AccountId, Balance> {
		/// Whose funds are held.
		pub payer: AccountId,
		/// What is left to pay out.
		pub amount: Balance,
	}

	#[pallet::type_value]
	pub fn DefaultFee<T: Config>() -> u16 {
		T::DefaultProtocolFee::get()
	}

	/// Open escrows.
	#[pallet::storage]
	pub type Escrows<T: Config> =
		StorageMap<_, Twox64Concat, EscrowId, Escrow<T::AccountId, BalanceOf<T>>>;

	/// The id the next escrow gets.
	#[pallet::storage]
	pub type NextEscrowId<T: Config> = StorageValue<_, EscrowId, ValueQuery>;

	/// The protocol fee taken from every payment, in basis points.
	#[pallet::storage]
	pub type ProtocolFee<T: Config> = StorageValue<_, u16, ValueQuery, DefaultFee<T>>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Funds were put in escrow.
		Opened {
			/// The escrow.
			id: EscrowId,
			/// Whose funds are held.
			payer: T::AccountId,
			/// How much.
			amount: BalanceOf<T>,
		},
		/// An escrow grew.
		ToppedUp {
			/// The escrow.
			id: EscrowId,
			/// Who added.
			funder: T::AccountId,
			/// How much.
			amount: BalanceOf<T>,
		},
		/// A payment left an escrow.
		Paid {
			/// The escrow.
			id: EscrowId,
			/// Who was paid.
			payee: T::AccountId,
			/// What the payee received.
			amount: BalanceOf<T>,
			/// What the treasury received.
			fee: BalanceOf<T>,
		},
		/// What was left went back to the payer; the escrow is closed.
		Refunded {
			/// The escrow.
			id: EscrowId,
			/// The payer.
			payer: T::AccountId,
			/// How much.
			amount: BalanceOf<T>,
		},
		/// The protocol fee changed.
		ProtocolFeeSet {
			/// The new fee, in basis points.
			bps: u16,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No open escrow has this id.
		EscrowNotFound,
		/// The escrow holds less than the payment.
		InsufficientEscrow,
		/// The payer cannot cover the amount.
		InsufficientBalance,
		/// Nothing to hold or pay.
		ZeroAmount,
		/// A fee above 10,000 basis points.
		FeeTooHigh,
		/// The escrow counter would overflow.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::DefaultProtocolFee::get() <= MAX_BPS, "fee above 100%");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Adds `amount` of the caller's funds to escrow `id`.
		#[pallet::call_index(0)]
		pub fn top_up(origin: OriginFor<T>, id: EscrowId, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_top_up(id, &who, amount)
		}

		/// Sets the protocol fee, in basis points (at most 10,000).
		#[pallet::call_index(1)]
		pub fn set_protocol_fee(origin: OriginFor<T>, bps: u16) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(bps <= MAX_BPS, Error::<T>::FeeTooHigh);
			ProtocolFee::<T>::put(bps);
			Self::deposit_event(Event::ProtocolFeeSet { bps });
			Ok(())
		}
	}

	/// The balance type of the currency.
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
}
