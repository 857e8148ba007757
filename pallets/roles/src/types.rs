//! A role registration.
use codec::{Decode, Encode, MaxEncodedLen};
use datdot_primitives::{ProviderStatus, RoleForm};
use scale_info::TypeInfo;

/// One account's registration in one role.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Registration<Balance, BlockNumber> {
	/// What the account declared.
	pub form: RoleForm,
	/// Stake held for the role (zero for a sponsor).
	pub stake: Balance,
	/// Whether it takes new work.
	pub status: ProviderStatus,
	/// Declared storage reserved by open duties, in bytes.
	pub used_storage: u64,
	/// Open duties (contracts, rounds, jobs).
	pub duties: u32,
	/// Block of registration.
	pub since: BlockNumber,
	/// Position in `RoleMembers`.
	pub index: u32,
}

impl<Balance, BlockNumber> Registration<Balance, BlockNumber> {
	/// Declared storage not reserved by duties.
	pub fn free_storage(&self) -> u64 {
		self.form.resources.storage.saturating_sub(self.used_storage)
	}
}
