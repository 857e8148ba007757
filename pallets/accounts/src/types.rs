//! The profile and the validation of its fields.
use codec::{Decode, Encode, MaxEncodedLen};
use datdot_primitives::{is_http_url, is_valid_geohash, Geohash, OcwPublic, MAX_GEOHASH_LEN};
use frame_support::{traits::Get, BoundedVec};
use scale_info::TypeInfo;

/// What the network needs to know to reach an account.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[scale_info(skip_type_params(MaxEndpointLen))]
pub struct Profile<Balance, MaxEndpointLen: Get<u32>> {
	/// The off-chain worker key (sr25519, key type `ddot`).
	pub ocw_key: OcwPublic,
	/// Noise/transport public key.
	pub transport_key: [u8; 32],
	/// Where the account's node serves data (`http://` or `https://`).
	pub endpoint: BoundedVec<u8, MaxEndpointLen>,
	/// Where the node is, as a geohash.
	pub region: Geohash,
	/// The deposit held for this profile.
	pub deposit: Balance,
}

/// Why an endpoint or region was refused.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FieldError {
	/// Longer than its bound.
	TooLong,
	/// Not of the required form.
	Invalid,
}

/// Checks and bounds an endpoint: an `http://` or `https://` URL with a host, of
/// printable ASCII without spaces, at most `Max` bytes.
pub fn parse_endpoint<Max: Get<u32>>(
	raw: alloc::vec::Vec<u8>,
) -> Result<BoundedVec<u8, Max>, FieldError> {
	if raw.len() > Max::get() as usize {
		return Err(FieldError::TooLong);
	}
	if !is_http_url(&raw) {
		return Err(FieldError::Invalid);
	}
	BoundedVec::try_from(raw).map_err(|_| FieldError::TooLong)
}

/// Checks and bounds a region: a geohash of 1 to 12 characters.
pub fn parse_region(raw: alloc::vec::Vec<u8>) -> Result<Geohash, FieldError> {
	if raw.len() > MAX_GEOHASH_LEN as usize {
		return Err(FieldError::TooLong);
	}
	if !is_valid_geohash(&raw) {
		return Err(FieldError::Invalid);
	}
	Geohash::try_from(raw).map_err(|_| FieldError::TooLong)
}
