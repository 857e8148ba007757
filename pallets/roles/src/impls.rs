//! The logic behind the calls, and the traits this pallet implements for others.
use super::*;
use alloc::vec::Vec;
use datdot_primitives::{
	api::RoleView,
	traits::{
		AccountObligations, Obligation, ProfileProvider, ProviderStakes, ProviderStatusObserver,
		RoleProvider,
	},
	FormError, ProviderStatus, Role, RoleForm,
};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Zero;

impl<T: Config> From<FormError> for Error<T> {
	fn from(e: FormError) -> Self {
		match e {
			FormError::NoResources => Error::<T>::NoResources,
			FormError::InvalidRegion => Error::<T>::InvalidRegion,
			FormError::InvalidTimetable => Error::<T>::InvalidTimetable,
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The minimum stake of `role` now.
	pub fn min_stake(role: Role) -> BalanceOf<T> {
		if !role.is_provider() {
			return Zero::zero();
		}
		MinStake::<T>::get(role).unwrap_or_else(T::DefaultMinStake::get)
	}

	pub(crate) fn do_register(
		who: T::AccountId,
		role: Role,
		form: RoleForm,
		stake: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(T::Profiles::has_profile(&who), Error::<T>::NoProfile);
		ensure!(!Registrations::<T>::contains_key(&who, role), Error::<T>::AlreadyRegistered);
		form.validate(role).map_err(Error::<T>::from)?;
		if role.is_provider() {
			ensure!(stake >= Self::min_stake(role), Error::<T>::StakeTooLow);
		} else {
			ensure!(stake.is_zero(), Error::<T>::StakeNotAllowed);
		}
		// Providers are indexed (and their number bounded) so they can be drawn at
		// random; sponsors are never drawn, so they take no place in any index and no
		// number of them keeps another sponsor out.
		let index = if role.is_provider() { MemberCount::<T>::get(role) } else { 0 };
		ensure!(
			!role.is_provider() || index < T::MaxMembersPerRole::get(),
			Error::<T>::TooManyMembers
		);
		let count = index.checked_add(1).ok_or(Error::<T>::Overflow)?;

		if !stake.is_zero() {
			T::Currency::hold(&HoldReason::Stake.into(), &who, stake)
				.map_err(|_| Error::<T>::InsufficientBalance)?;
		}
		if role.is_provider() {
			RoleMembers::<T>::insert(role, index, &who);
			MemberCount::<T>::insert(role, count);
		}
		Registrations::<T>::insert(
			&who,
			role,
			Registration {
				form,
				stake,
				status: ProviderStatus::Available,
				used_storage: 0,
				duties: 0,
				since: frame_system::Pallet::<T>::block_number(),
				index,
			},
		);
		Self::deposit_event(Event::RoleRegistered { who, role, stake });
		Ok(())
	}

	pub(crate) fn do_unregister(who: T::AccountId, role: Role) -> DispatchResult {
		let reg = Registrations::<T>::get(&who, role).ok_or(Error::<T>::NotRegistered)?;
		ensure!(reg.duties == 0, Error::<T>::DutiesOpen);

		let released = if reg.stake.is_zero() {
			Zero::zero()
		} else {
			T::Currency::release(&HoldReason::Stake.into(), &who, reg.stake, Precision::BestEffort)?
		};
		if role.is_provider() {
			Self::remove_member(role, reg.index);
		}
		Registrations::<T>::remove(&who, role);
		Self::deposit_event(Event::RoleUnregistered { who, role, stake: released });
		Ok(())
	}

	/// Swap-removes index `index` of `role`'s members, keeping indexes dense.
	fn remove_member(role: Role, index: u32) {
		let last = MemberCount::<T>::get(role).saturating_sub(1);
		if index != last {
			if let Some(moved) = RoleMembers::<T>::take(role, last) {
				RoleMembers::<T>::insert(role, index, &moved);
				Registrations::<T>::mutate(&moved, role, |r| {
					if let Some(r) = r {
						r.index = index;
					}
				});
			}
		} else {
			RoleMembers::<T>::remove(role, index);
		}
		MemberCount::<T>::insert(role, last);
	}

	pub(crate) fn do_set_status(
		who: T::AccountId,
		role: Role,
		status: ProviderStatus,
	) -> DispatchResult {
		ensure!(role.is_provider(), Error::<T>::NotAProvider);
		Registrations::<T>::try_mutate(&who, role, |reg| {
			let reg = reg.as_mut().ok_or(Error::<T>::NotRegistered)?;
			ensure!(reg.status != status, Error::<T>::StatusUnchanged);
			reg.status = status;
			Ok::<_, DispatchError>(())
		})?;
		T::StatusObserver::status_changed(&who, role, status);
		Self::deposit_event(Event::StatusChanged { who, role, status });
		Ok(())
	}

	pub(crate) fn do_update_form(who: T::AccountId, role: Role, form: RoleForm) -> DispatchResult {
		form.validate(role).map_err(Error::<T>::from)?;
		Registrations::<T>::try_mutate(&who, role, |reg| {
			let reg = reg.as_mut().ok_or(Error::<T>::NotRegistered)?;
			ensure!(form.resources.storage >= reg.used_storage, Error::<T>::BelowUsedStorage);
			reg.form = form;
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::FormUpdated { who, role });
		Ok(())
	}

	/// Every role `who` holds, in the runtime API's shape.
	pub fn roles_view(who: &T::AccountId) -> Vec<RoleView<BalanceOf<T>, BlockNumberFor<T>>> {
		Role::ALL
			.iter()
			.filter_map(|role| {
				Registrations::<T>::get(who, role).map(|r| RoleView {
					role: *role,
					status: r.status,
					stake: r.stake,
					resources: r.form.resources,
					regions: r.form.regions.iter().map(|g| g.to_vec()).collect(),
					timetable: r.form.timetable.to_vec(),
					used_storage: r.used_storage,
					duties: r.duties,
					since: r.since,
				})
			})
			.collect()
	}

	/// Invariants: stakes held match registrations, the member index is exact, no
	/// provider over-uses its declared storage.
	#[cfg(any(feature = "try-runtime", feature = "std", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use frame_support::traits::fungible::InspectHold;
		use sp_runtime::traits::Saturating;
		let mut stakes: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut counts: BTreeMap<Role, u32> = BTreeMap::new();
		for (who, role, reg) in Registrations::<T>::iter() {
			ensure!(
				!role.is_provider()
					|| RoleMembers::<T>::get(role, reg.index).as_ref() == Some(&who),
				"member index does not point back to the registration"
			);
			ensure!(
				reg.used_storage <= reg.form.resources.storage,
				"a provider uses more storage than it declared"
			);
			if !role.is_provider() {
				ensure!(reg.stake.is_zero() && reg.duties == 0, "a sponsor has stake or duties");
			}
			if role.is_provider() {
				*counts.entry(role).or_default() += 1;
			}
			let s = stakes.entry(who).or_insert_with(Zero::zero);
			*s = s.saturating_add(reg.stake);
		}
		for role in Role::ALL {
			let count = counts.get(&role).copied().unwrap_or_default();
			ensure!(MemberCount::<T>::get(role) == count, "MemberCount differs from registrations");
			ensure!(
				RoleMembers::<T>::iter_prefix(role).count() as u32 == count,
				"member index has stale entries"
			);
		}
		for (who, stake) in stakes {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::Stake.into(), &who) == stake,
				"stake held differs from the sum of registrations"
			);
		}
		Ok(())
	}
}

impl<T: Config> RoleProvider<T::AccountId> for Pallet<T> {
	fn has_role(who: &T::AccountId, role: Role) -> bool {
		Registrations::<T>::contains_key(who, role)
	}

	fn status(who: &T::AccountId, role: Role) -> Option<ProviderStatus> {
		Registrations::<T>::get(who, role).map(|r| r.status)
	}

	fn free_storage(who: &T::AccountId, role: Role) -> u64 {
		Registrations::<T>::get(who, role).map(|r| r.free_storage()).unwrap_or_default()
	}

	fn serves_region(who: &T::AccountId, role: Role, region: &[u8]) -> bool {
		Registrations::<T>::get(who, role).is_some_and(|r| r.form.serves_region(region))
	}

	fn reserve(who: &T::AccountId, role: Role, bytes: u64) -> DispatchResult {
		Registrations::<T>::try_mutate(who, role, |reg| {
			let reg = reg.as_mut().ok_or(Error::<T>::NotRegistered)?;
			ensure!(reg.status == ProviderStatus::Available, Error::<T>::NotAvailable);
			ensure!(reg.free_storage() >= bytes, Error::<T>::CapacityExceeded);
			reg.duties = reg.duties.checked_add(1).ok_or(Error::<T>::Overflow)?;
			reg.used_storage = reg.used_storage.saturating_add(bytes);
			Ok(())
		})
	}

	fn release(who: &T::AccountId, role: Role, bytes: u64) {
		Registrations::<T>::mutate(who, role, |reg| match reg {
			Some(reg) => {
				if reg.duties == 0 || reg.used_storage < bytes {
					frame_support::defensive!("released more than was reserved");
				}
				reg.duties = reg.duties.saturating_sub(1);
				reg.used_storage = reg.used_storage.saturating_sub(bytes);
			}
			None => {
				frame_support::defensive!("release for an unregistered provider");
			}
		})
	}

	fn duties(who: &T::AccountId, role: Role) -> u32 {
		Registrations::<T>::get(who, role).map(|r| r.duties).unwrap_or_default()
	}

	fn member_count(role: Role) -> u32 {
		MemberCount::<T>::get(role)
	}

	fn member(role: Role, index: u32) -> Option<T::AccountId> {
		RoleMembers::<T>::get(role, index)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn ensure_role(who: &T::AccountId, role: Role) {
		if Registrations::<T>::contains_key(who, role) {
			return;
		}
		T::Profiles::ensure_profile(who);
		let form = RoleForm {
			resources: datdot_primitives::Resources {
				storage: u64::MAX / 2,
				bandwidth: 1,
				cpu: 1,
				ram: 1,
			},
			..Default::default()
		};
		// Benchmarks fund their accounts; a provider bonds the minimum.
		let stake = Self::min_stake(role);
		Self::do_register(who.clone(), role, form, stake).expect("benchmark account is funded");
	}
}

impl<T: Config> AccountObligations<T::AccountId> for Pallet<T> {
	fn obligation(who: &T::AccountId) -> Option<Obligation> {
		Registrations::<T>::iter_prefix(who).next().map(|_| Obligation::Role)
	}
}

impl<T: Config> ProviderStakes<T::AccountId> for Pallet<T> {
	fn resources(who: &T::AccountId, role: Role) -> Option<datdot_primitives::Resources> {
		Registrations::<T>::get(who, role).map(|r| r.form.resources)
	}

	fn slash(who: &T::AccountId, role: Role, fraction: sp_runtime::Perbill) {
		use frame_support::traits::tokens::{Fortitude, Restriction};
		use sp_runtime::traits::Saturating;
		let Some(mut reg) = Registrations::<T>::get(who, role) else { return };
		let amount = fraction * reg.stake;
		if amount.is_zero() {
			return;
		}
		match T::Currency::transfer_on_hold(
			&HoldReason::Stake.into(),
			who,
			&T::Treasury::get(),
			amount,
			Precision::BestEffort,
			Restriction::Free,
			Fortitude::Force,
		) {
			Ok(taken) => {
				reg.stake = reg.stake.saturating_sub(taken);
				Registrations::<T>::insert(who, role, reg);
				Self::deposit_event(Event::Slashed { who: who.clone(), role, amount: taken });
			}
			Err(e) => {
				frame_support::defensive!("a stake could not be slashed", e);
			}
		}
	}
}
