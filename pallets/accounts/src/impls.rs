//! The logic behind the calls, and the traits this pallet implements for others.
use super::*;
use alloc::vec::Vec;
use datdot_primitives::{
	api::ProfileView,
	traits::{AccountObligations, Obligation, ProfileProvider},
	OcwPublic,
};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};

fn endpoint_error<T: Config>(e: FieldError) -> Error<T> {
	match e {
		FieldError::TooLong => Error::<T>::EndpointTooLong,
		FieldError::Invalid => Error::<T>::InvalidEndpoint,
	}
}

fn region_error<T: Config>(e: FieldError) -> Error<T> {
	match e {
		FieldError::TooLong => Error::<T>::RegionTooLong,
		FieldError::Invalid => Error::<T>::InvalidRegion,
	}
}

impl<T: Config> Pallet<T> {
	/// Whether `proof` is `key`'s signature over `who`'s key-ownership message.
	pub(crate) fn check_key_ownership(
		who: &T::AccountId,
		key: &OcwPublic,
		proof: &datdot_primitives::OcwSignature,
	) -> DispatchResult {
		use sp_runtime::RuntimeAppPublic;
		let message = datdot_primitives::signing::key_ownership::<T>(who);
		ensure!(key.verify(&message, proof), Error::<T>::BadKeyProof);
		Ok(())
	}

	pub(crate) fn do_create(
		who: T::AccountId,
		ocw_key: OcwPublic,
		transport_key: [u8; 32],
		endpoint: Vec<u8>,
		region: Vec<u8>,
	) -> DispatchResult {
		ensure!(!Profiles::<T>::contains_key(&who), Error::<T>::AlreadyExists);
		let endpoint =
			parse_endpoint::<T::MaxEndpointLen>(endpoint).map_err(endpoint_error::<T>)?;
		let region = parse_region(region).map_err(region_error::<T>)?;
		ensure!(!OcwKeyOwner::<T>::contains_key(&ocw_key), Error::<T>::OcwKeyInUse);

		let deposit = ProfileDeposit::<T>::get();
		T::Currency::hold(&HoldReason::ProfileDeposit.into(), &who, deposit)
			.map_err(|_| Error::<T>::InsufficientBalance)?;

		OcwKeyOwner::<T>::insert(&ocw_key, &who);
		Profiles::<T>::insert(&who, Profile { ocw_key, transport_key, endpoint, region, deposit });
		Self::deposit_event(Event::AccountCreated { who, deposit });
		Ok(())
	}

	pub(crate) fn do_update(
		who: T::AccountId,
		ocw_key: Option<OcwPublic>,
		transport_key: Option<[u8; 32]>,
		endpoint: Option<Vec<u8>>,
		region: Option<Vec<u8>>,
	) -> DispatchResult {
		ensure!(
			ocw_key.is_some() || transport_key.is_some() || endpoint.is_some() || region.is_some(),
			Error::<T>::NothingToUpdate
		);
		let mut profile = Profiles::<T>::get(&who).ok_or(Error::<T>::NotFound)?;
		// Validate everything before writing anything: a failed update changes nothing.
		if let Some(raw) = endpoint {
			profile.endpoint =
				parse_endpoint::<T::MaxEndpointLen>(raw).map_err(endpoint_error::<T>)?;
		}
		if let Some(raw) = region {
			profile.region = parse_region(raw).map_err(region_error::<T>)?;
		}
		if let Some(key) = transport_key {
			profile.transport_key = key;
		}
		if let Some(key) = ocw_key {
			if key != profile.ocw_key {
				ensure!(!OcwKeyOwner::<T>::contains_key(&key), Error::<T>::OcwKeyInUse);
				OcwKeyOwner::<T>::remove(&profile.ocw_key);
				OcwKeyOwner::<T>::insert(&key, &who);
				profile.ocw_key = key;
			}
		}
		Profiles::<T>::insert(&who, profile);
		Self::deposit_event(Event::AccountUpdated { who });
		Ok(())
	}

	pub(crate) fn do_delete(who: T::AccountId) -> DispatchResult {
		let profile = Profiles::<T>::get(&who).ok_or(Error::<T>::NotFound)?;
		if let Some(obligation) = T::Obligations::obligation(&who) {
			return Err(match obligation {
				Obligation::Role => Error::<T>::RoleHeld,
				Obligation::Plan => Error::<T>::PlanHeld,
				Obligation::Contract => Error::<T>::ContractHeld,
				Obligation::Job => Error::<T>::JobHeld,
			}
			.into());
		}
		let released = T::Currency::release(
			&HoldReason::ProfileDeposit.into(),
			&who,
			profile.deposit,
			Precision::BestEffort,
		)?;
		if released != profile.deposit {
			frame_support::defensive!("profile deposit was not fully held");
		}
		OcwKeyOwner::<T>::remove(&profile.ocw_key);
		Profiles::<T>::remove(&who);
		Self::deposit_event(Event::AccountDeleted { who, deposit: released });
		Ok(())
	}

	/// The profile of `who` in the runtime API's shape.
	pub fn profile_view(who: &T::AccountId) -> Option<ProfileView<BalanceOf<T>>> {
		Profiles::<T>::get(who).map(|p| ProfileView {
			ocw_key: p.ocw_key.into_inner().0,
			transport_key: p.transport_key,
			endpoint: p.endpoint.into_inner(),
			region: p.region.into_inner(),
			deposit: p.deposit,
		})
	}

	/// Invariants: the key index is exactly the profiles' keys, and each recorded
	/// deposit is what is held.
	#[cfg(any(feature = "try-runtime", feature = "std", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use frame_support::traits::fungible::InspectHold;
		let mut profiles = 0u32;
		for (who, profile) in Profiles::<T>::iter() {
			profiles += 1;
			ensure!(
				OcwKeyOwner::<T>::get(&profile.ocw_key).as_ref() == Some(&who),
				"profile's OCW key does not map back to it"
			);
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::ProfileDeposit.into(), &who)
					== profile.deposit,
				"held profile deposit differs from the recorded deposit"
			);
		}
		ensure!(
			OcwKeyOwner::<T>::iter_keys().count() as u32 == profiles,
			"OCW key index has entries without a profile"
		);
		Ok(())
	}
}

impl<T: Config> ProfileProvider<T::AccountId> for Pallet<T> {
	fn has_profile(who: &T::AccountId) -> bool {
		Profiles::<T>::contains_key(who)
	}

	fn owner_of_ocw_key(key: &OcwPublic) -> Option<T::AccountId> {
		OcwKeyOwner::<T>::get(key)
	}

	fn ocw_key_of(who: &T::AccountId) -> Option<OcwPublic> {
		Profiles::<T>::get(who).map(|p| p.ocw_key)
	}

	fn endpoint_of(who: &T::AccountId) -> Option<Vec<u8>> {
		Profiles::<T>::get(who).map(|p| p.endpoint.into_inner())
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn ensure_profile(who: &T::AccountId) {
		use codec::Encode;
		if Profiles::<T>::contains_key(who) {
			return;
		}
		// A key derived from the account keeps keys unique; no deposit is taken, which
		// the invariants allow (held == recorded == 0).
		let raw = sp_io::hashing::blake2_256(&who.encode());
		let ocw_key = OcwPublic::from(sp_core::sr25519::Public::from_raw(raw));
		OcwKeyOwner::<T>::insert(&ocw_key, who);
		Profiles::<T>::insert(
			who,
			Profile {
				ocw_key,
				transport_key: raw,
				endpoint: BoundedVec::truncate_from(b"http://127.0.0.1:9944".to_vec()),
				region: datdot_primitives::Geohash::truncate_from(b"u33db".to_vec()),
				deposit: Default::default(),
			},
		);
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> Pallet<T> {
	/// Makes `key` the off-chain worker key of `who`'s profile (created if missing), so
	/// other pallets' benchmarks can sign reports with a key in the benchmark keystore.
	pub fn benchmark_set_ocw_key(who: &T::AccountId, key: OcwPublic) {
		<Self as ProfileProvider<T::AccountId>>::ensure_profile(who);
		Profiles::<T>::mutate(who, |p| {
			if let Some(p) = p {
				OcwKeyOwner::<T>::remove(&p.ocw_key);
				p.ocw_key = key.clone();
			}
		});
		OcwKeyOwner::<T>::insert(&key, who);
	}
}
