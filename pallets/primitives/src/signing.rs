//! What `ddot` signatures cover.
//!
//! An off-chain worker key signs match and setup reports, proof responses and
//! benchmark ratings. Each signature covers, besides the payload, a domain tag, the
//! chain's genesis hash and the runtime's spec name and version: a report signed for
//! one chain (a testnet, a fork) or one runtime is refused by another, instead of being
//! replayed there. The account that names a key in its profile proves it holds the key
//! by a signature over the account and the genesis hash ([`key_ownership`]).
use crate::{OcwPublic, OcwSignature};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{traits::Zero, RuntimeAppPublic};

/// The genesis block's hash (kept by `frame_system` for good).
fn genesis<T: frame_system::Config>() -> T::Hash {
	frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero())
}

/// The bytes a `ddot` key signs for `payload` on this chain and runtime.
pub fn message<T: frame_system::Config>(payload: &impl Encode) -> Vec<u8> {
	let version = <T as frame_system::Config>::Version::get();
	(*b"datdot/ddot", genesis::<T>(), &version.spec_name, version.spec_version, payload).encode()
}

/// `key`'s signature over `payload` on this chain and runtime ([`message`]), if the
/// keystore holds the key.
pub fn sign<T: frame_system::Config>(
	key: &OcwPublic,
	payload: &impl Encode,
) -> Option<OcwSignature> {
	key.sign(&message::<T>(payload))
}

/// Whether `signature` is `key`'s over `payload` on this chain and runtime.
pub fn verifies<T: frame_system::Config>(
	key: &OcwPublic,
	payload: &impl Encode,
	signature: &OcwSignature,
) -> bool {
	key.verify(&message::<T>(payload), signature)
}

/// The bytes a `ddot` key signs to show that `account` may name it in its profile:
/// `"datdot/ocw-key"`, then the genesis hash, then the account, each as raw bytes.
pub fn key_ownership<T: frame_system::Config>(account: &T::AccountId) -> Vec<u8> {
	(*b"datdot/ocw-key", genesis::<T>(), account).encode()
}
