//! The runtime API behind the node's `datdot_*` RPC methods.
use crate::{ProviderStatus, Resources, Role, TimeWindow};
use alloc::vec::Vec;
use codec::{Decode, Encode};
use scale_info::TypeInfo;

/// An account profile as the RPC shows it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct ProfileView<Balance> {
	/// Off-chain worker public key (sr25519).
	pub ocw_key: [u8; 32],
	/// Noise/transport public key.
	pub transport_key: [u8; 32],
	/// Where the account's node serves data.
	pub endpoint: Vec<u8>,
	/// Geohash.
	pub region: Vec<u8>,
	/// Storage deposit held for the profile.
	pub deposit: Balance,
}

/// One role registration as the RPC shows it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct RoleView<Balance, BlockNumber> {
	/// The role.
	pub role: Role,
	/// Whether it takes new work.
	pub status: ProviderStatus,
	/// Stake held for the role.
	pub stake: Balance,
	/// Declared resources.
	pub resources: Resources,
	/// Declared regions (geohashes).
	pub regions: Vec<Vec<u8>>,
	/// Declared availability.
	pub timetable: Vec<TimeWindow>,
	/// Storage reserved by duties, in bytes.
	pub used_storage: u64,
	/// Open duties.
	pub duties: u32,
	/// Block of registration.
	pub since: BlockNumber,
}

sp_api::decl_runtime_apis! {
	/// Read access to datdot state for the node's RPC and off-chain tooling.
	pub trait DatdotApi<AccountId, Balance, BlockNumber> where
		AccountId: codec::Codec,
		Balance: codec::Codec,
		BlockNumber: codec::Codec,
	{
		/// `who`'s profile, if any.
		fn account(who: AccountId) -> Option<ProfileView<Balance>>;
		/// Every role `who` holds.
		fn roles(who: AccountId) -> Vec<RoleView<Balance, BlockNumber>>;
	}
}
