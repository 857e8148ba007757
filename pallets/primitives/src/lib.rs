//! Shared vocabulary of the datdot chain.
//!
//! Everything more than one pallet (or the node, or a client) needs lives here once:
//! the off-chain worker key type, the domain types that cross pallet boundaries
//! ([`Role`], [`RoleForm`], [`ProviderStatus`], [`Geohash`]), the glue traits through
//! which pallets talk ([`traits`]), and the runtime API the node's RPC reads ([`api`]).
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod api;
pub mod audit;
pub mod chunk_store;
pub mod frames;
/// The Merkle format (its own crate, so the JavaScript client can run it as WebAssembly).
pub use datdot_merkle as merkle;
pub mod ocw;
pub mod random;
pub mod schedule;
pub mod signing;
pub mod traits;
mod types;

pub use types::*;

/// The key type of the off-chain worker key: attestors and hosters sign their
/// reports with it, and the node finds it in its keystore under this id.
pub const OCW_KEY_TYPE: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"ddot");

/// The off-chain worker application key (sr25519, key type `ddot`).
pub mod crypto {
	use super::OCW_KEY_TYPE;
	use sp_application_crypto::sr25519;
	sp_application_crypto::app_crypto!(sr25519, OCW_KEY_TYPE);
}

/// Public part of the off-chain worker key, as stored in an account profile.
pub type OcwPublic = crypto::Public;

/// A signature by the off-chain worker key.
pub type OcwSignature = crypto::Signature;

/// Binds the off-chain worker key into the runtime's session keys, so that
/// `author_rotateKeys` and `--dev` generate it along with the consensus keys.
pub struct OcwKey;

impl sp_runtime::BoundToRuntimeAppPublic for OcwKey {
	type Public = crypto::Public;
}
