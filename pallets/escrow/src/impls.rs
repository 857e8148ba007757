//! The escrow logic, behind the `EscrowManager` trait and the calls.
use super::*;
use datdot_primitives::traits::{DisputeManager, DisputeOutcome, EscrowId, EscrowManager};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Preservation, Restriction},
	},
};
use sp_runtime::{
	traits::{Saturating, Zero},
	Perbill, Permill,
};

impl<T: Config> Pallet<T> {
	/// The fee on a payment of `amount` at the current rate.
	pub fn fee_on(amount: BalanceOf<T>) -> BalanceOf<T> {
		let bps = ProtocolFee::<T>::get().min(MAX_BPS) as u32;
		Permill::from_parts(bps * 100) * amount
	}

	pub(crate) fn do_top_up(
		id: EscrowId,
		funder: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut escrow = Escrows::<T>::get(id).ok_or(Error::<T>::EscrowNotFound)?;
		if funder == &escrow.payer {
			T::Currency::hold(&HoldReason::Funds.into(), funder, amount)
				.map_err(|_| Error::<T>::InsufficientBalance)?;
		} else {
			T::Currency::transfer_and_hold(
				&HoldReason::Funds.into(),
				funder,
				&escrow.payer,
				amount,
				Precision::Exact,
				Preservation::Preserve,
				Fortitude::Polite,
			)
			.map_err(|_| Error::<T>::InsufficientBalance)?;
		}
		escrow.amount = escrow.amount.saturating_add(amount);
		Escrows::<T>::insert(id, escrow);
		Self::deposit_event(Event::ToppedUp { id, funder: funder.clone(), amount });
		Ok(())
	}

	pub(crate) fn do_resolve(id: EscrowId, payee_share: Perbill) -> DispatchResult {
		let dispute = Disputes::<T>::take(id).ok_or(Error::<T>::NoDispute)?;
		let escrow = Escrows::<T>::get(id).ok_or(Error::<T>::EscrowNotFound)?;
		let to_payee = payee_share * escrow.amount;
		let paid = if to_payee.is_zero() {
			Zero::zero()
		} else {
			<Self as EscrowManager<_, _>>::pay(id, &dispute.payee, to_payee)?
		};
		let refunded = <Self as EscrowManager<_, _>>::refund(id)?;
		let half = Perbill::from_percent(50);
		let lost =
			if dispute.disputer == escrow.payer { payee_share > half } else { payee_share < half };
		let reason = HoldReason::DisputeBond.into();
		let bond_slashed = if dispute.bond.is_zero() {
			Zero::zero()
		} else if lost {
			T::Currency::transfer_on_hold(
				&reason,
				&dispute.disputer,
				&T::Treasury::get(),
				dispute.bond,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Force,
			)?
		} else {
			T::Currency::release(&reason, &dispute.disputer, dispute.bond, Precision::Exact)?;
			Zero::zero()
		};
		Self::deposit_event(Event::DisputeResolved {
			id,
			payee_share,
			paid,
			refunded,
			bond_slashed,
		});
		T::OnResolved::resolved(id, payee_share, paid, refunded);
		Ok(())
	}

	/// Invariant: each payer's held funds equal what its open escrows have left.
	#[cfg(any(feature = "try-runtime", feature = "std", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use frame_support::traits::fungible::InspectHold;
		let mut per_payer: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (id, escrow) in Escrows::<T>::iter() {
			ensure!(id < NextEscrowId::<T>::get(), "escrow id not yet issued");
			let sum = per_payer.entry(escrow.payer).or_insert_with(Zero::zero);
			*sum = sum.saturating_add(escrow.amount);
		}
		for (payer, sum) in per_payer {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::Funds.into(), &payer) == sum,
				"held escrow funds differ from the open escrows"
			);
		}
		let mut bonds: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (id, dispute) in Disputes::<T>::iter() {
			ensure!(Escrows::<T>::contains_key(id), "a dispute over no open escrow");
			let sum = bonds.entry(dispute.disputer).or_insert_with(Zero::zero);
			*sum = sum.saturating_add(dispute.bond);
		}
		for (disputer, sum) in bonds {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::DisputeBond.into(), &disputer) == sum,
				"held bonds differ from the open disputes"
			);
		}
		Ok(())
	}
}

impl<T: Config> EscrowManager<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn open(payer: &T::AccountId, amount: BalanceOf<T>) -> Result<EscrowId, DispatchError> {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let id = NextEscrowId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		T::Currency::hold(&HoldReason::Funds.into(), payer, amount)
			.map_err(|_| Error::<T>::InsufficientBalance)?;
		NextEscrowId::<T>::put(next);
		Escrows::<T>::insert(id, Escrow { payer: payer.clone(), amount });
		Self::deposit_event(Event::Opened { id, payer: payer.clone(), amount });
		Ok(id)
	}

	fn top_up(id: EscrowId, funder: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		Self::do_top_up(id, funder, amount)
	}

	fn pay(
		id: EscrowId,
		payee: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(!Disputes::<T>::contains_key(id), Error::<T>::InDispute);
		let mut escrow = Escrows::<T>::get(id).ok_or(Error::<T>::EscrowNotFound)?;
		ensure!(escrow.amount >= amount, Error::<T>::InsufficientEscrow);
		let fee = Self::fee_on(amount);
		let net = amount.saturating_sub(fee);
		let reason = HoldReason::Funds.into();
		// Both legs must succeed or neither: the storage layer rolls back a failed call.
		frame_support::storage::with_storage_layer(|| -> DispatchResult {
			if !net.is_zero() {
				T::Currency::transfer_on_hold(
					&reason,
					&escrow.payer,
					payee,
					net,
					Precision::Exact,
					Restriction::Free,
					Fortitude::Polite,
				)?;
			}
			if !fee.is_zero() {
				T::Currency::transfer_on_hold(
					&reason,
					&escrow.payer,
					&T::Treasury::get(),
					fee,
					Precision::Exact,
					Restriction::Free,
					Fortitude::Polite,
				)?;
			}
			Ok(())
		})?;
		escrow.amount = escrow.amount.saturating_sub(amount);
		Escrows::<T>::insert(id, escrow);
		Self::deposit_event(Event::Paid { id, payee: payee.clone(), amount: net, fee });
		Ok(net)
	}

	fn refund(id: EscrowId) -> Result<BalanceOf<T>, DispatchError> {
		ensure!(!Disputes::<T>::contains_key(id), Error::<T>::InDispute);
		let escrow = Escrows::<T>::take(id).ok_or(Error::<T>::EscrowNotFound)?;
		let released = if escrow.amount.is_zero() {
			Zero::zero()
		} else {
			T::Currency::release(
				&HoldReason::Funds.into(),
				&escrow.payer,
				escrow.amount,
				Precision::Exact,
			)?
		};
		Self::deposit_event(Event::Refunded { id, payer: escrow.payer, amount: released });
		Ok(released)
	}

	fn refund_part(id: EscrowId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut escrow = Escrows::<T>::get(id).ok_or(Error::<T>::EscrowNotFound)?;
		ensure!(escrow.amount >= amount, Error::<T>::InsufficientEscrow);
		T::Currency::release(&HoldReason::Funds.into(), &escrow.payer, amount, Precision::Exact)?;
		escrow.amount = escrow.amount.saturating_sub(amount);
		let payer = escrow.payer.clone();
		Escrows::<T>::insert(id, escrow);
		Self::deposit_event(Event::Refunded { id, payer, amount });
		Ok(())
	}

	fn balance(id: EscrowId) -> Option<BalanceOf<T>> {
		Escrows::<T>::get(id).map(|e| e.amount)
	}
}

impl<T: Config> DisputeManager<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn open_dispute(
		id: EscrowId,
		disputer: &T::AccountId,
		payee: &T::AccountId,
		bond: BalanceOf<T>,
	) -> DispatchResult {
		let escrow = Escrows::<T>::get(id).ok_or(Error::<T>::EscrowNotFound)?;
		ensure!(!Disputes::<T>::contains_key(id), Error::<T>::InDispute);
		ensure!(disputer == &escrow.payer || disputer == payee, Error::<T>::NotAParty);
		if !bond.is_zero() {
			T::Currency::hold(&HoldReason::DisputeBond.into(), disputer, bond)
				.map_err(|_| Error::<T>::InsufficientBalance)?;
		}
		Disputes::<T>::insert(
			id,
			Dispute { payee: payee.clone(), disputer: disputer.clone(), bond },
		);
		Self::deposit_event(Event::DisputeOpened {
			id,
			disputer: disputer.clone(),
			payee: payee.clone(),
			bond,
		});
		Ok(())
	}
}
