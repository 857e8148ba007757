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
	use datdot_primitives::traits::{DisputeOutcome, EscrowId};
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Inspect, Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::Perbill;

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

		/// Who settles disputes (`resolve`).
		type Arbiter: EnsureOrigin<Self::RuntimeOrigin>;

		/// Told when a dispute is settled (the jobs pallet ends the job).
		type OnResolved: DisputeOutcome<BalanceOf<Self>>;

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
		/// A disputer's bond.
		#[codec(index = 1)]
		DisputeBond,
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

	/// An open dispute over an escrow.
	#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
	pub struct Dispute<AccountId, Balance> {
		/// Who would be paid.
		pub payee: AccountId,
		/// Who disputes (the payer or the payee), holding the bond.
		pub disputer: AccountId,
		/// The disputer's bond.
		pub bond: Balance,
	}

	/// Open disputes, by escrow.
	#[pallet::storage]
	pub type Disputes<T: Config> =
		StorageMap<_, Twox64Concat, EscrowId, Dispute<T::AccountId, BalanceOf<T>>>;

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
		/// An escrow is in dispute until the arbiter rules.
		DisputeOpened {
			/// The escrow.
			id: EscrowId,
			/// Who disputes.
			disputer: T::AccountId,
			/// Who would be paid.
			payee: T::AccountId,
			/// The disputer's bond.
			bond: BalanceOf<T>,
		},
		/// The arbiter split the escrow; it is closed.
		DisputeResolved {
			/// The escrow.
			id: EscrowId,
			/// The payee's share.
			payee_share: Perbill,
			/// What the payee received (after the fee).
			paid: BalanceOf<T>,
			/// What went back to the payer.
			refunded: BalanceOf<T>,
			/// The bond taken from the disputer, who lost (zero if it won).
			bond_slashed: BalanceOf<T>,
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
		/// The escrow is not in dispute.
		NoDispute,
		/// The escrow is in dispute: only the arbiter's ruling pays it out.
		InDispute,
		/// The disputer is neither the payer nor the payee.
		NotAParty,
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

		/// The arbiter's ruling on a disputed escrow: `payee_share` of it is paid to the
		/// payee, the rest refunded to the payer, and the escrow closes. The disputer's
		/// bond goes to the treasury if the ruling gives its side less than half, and
		/// back to it otherwise.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::resolve().saturating_add(T::OnResolved::weight()))]
		pub fn resolve(origin: OriginFor<T>, id: EscrowId, payee_share: Perbill) -> DispatchResult {
			T::Arbiter::ensure_origin(origin)?;
			Self::do_resolve(id, payee_share)
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
