//! `datdot_*` RPC methods: read datdot state through the `DatdotApi` runtime API, in
//! JSON that a client can use without the runtime's type registry.
use datdot_primitives::{
	api::{DatdotApi as DatdotRuntimeApi, ProfileView, RoleView},
	ProviderStatus, Resources, Role, TimeWindow,
};
use datdot_runtime::{opaque::Block, AccountId, Balance, BlockNumber};
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::error::{ErrorObject, ErrorObjectOwned},
};
use serde::Serialize;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;
use std::sync::Arc;

/// Error code of a failed runtime API call.
const RUNTIME_ERROR: i32 = 1;

/// An account profile.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct AccountJson {
	/// Off-chain worker public key, hex.
	pub ocw_key: String,
	/// Transport public key, hex.
	pub transport_key: String,
	/// Endpoint URL.
	pub endpoint: String,
	/// Region geohash.
	pub region: String,
	/// Deposit held, in plancks (a decimal string: it may exceed 2^53).
	pub deposit: String,
}

impl From<ProfileView<Balance>> for AccountJson {
	fn from(p: ProfileView<Balance>) -> Self {
		AccountJson {
			ocw_key: hex0x(&p.ocw_key),
			transport_key: hex0x(&p.transport_key),
			endpoint: String::from_utf8_lossy(&p.endpoint).into_owned(),
			region: String::from_utf8_lossy(&p.region).into_owned(),
			deposit: p.deposit.to_string(),
		}
	}
}

/// One role an account holds.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RoleJson {
	/// The role.
	pub role: Role,
	/// Whether it takes new work.
	pub status: ProviderStatus,
	/// Stake held, in plancks.
	pub stake: String,
	/// Declared resources.
	pub resources: Resources,
	/// Declared regions.
	pub regions: Vec<String>,
	/// Declared availability.
	pub timetable: Vec<TimeWindow>,
	/// Storage reserved by duties, bytes.
	pub used_storage: u64,
	/// Open duties.
	pub duties: u32,
	/// Block of registration.
	pub since: BlockNumber,
}

impl From<RoleView<Balance, BlockNumber>> for RoleJson {
	fn from(r: RoleView<Balance, BlockNumber>) -> Self {
		RoleJson {
			role: r.role,
			status: r.status,
			stake: r.stake.to_string(),
			resources: r.resources,
			regions: r.regions.iter().map(|g| String::from_utf8_lossy(g).into_owned()).collect(),
			timetable: r.timetable,
			used_storage: r.used_storage,
			duties: r.duties,
			since: r.since,
		}
	}
}

fn hex0x(bytes: &[u8]) -> String {
	let mut s = String::with_capacity(2 + bytes.len() * 2);
	s.push_str("0x");
	for b in bytes {
		s.push_str(&format!("{b:02x}"));
	}
	s
}

/// The `datdot_*` methods.
#[rpc(server)]
pub trait DatdotApi<BlockHash> {
	/// The profile of `who` (SS58 address), or `null`.
	#[method(name = "datdot_account")]
	fn account(&self, who: AccountId, at: Option<BlockHash>) -> RpcResult<Option<AccountJson>>;

	/// The roles `who` holds.
	#[method(name = "datdot_roles")]
	fn roles(&self, who: AccountId, at: Option<BlockHash>) -> RpcResult<Vec<RoleJson>>;
}

/// Serves the `datdot_*` methods from a client.
pub struct Datdot<C> {
	client: Arc<C>,
}

impl<C> Datdot<C> {
	/// A handler reading through `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

fn runtime_error(e: impl std::fmt::Display) -> ErrorObjectOwned {
	ErrorObject::owned(RUNTIME_ERROR, "runtime API call failed", Some(e.to_string()))
}

impl<C> DatdotApiServer<<Block as BlockT>::Hash> for Datdot<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: DatdotRuntimeApi<Block, AccountId, Balance, BlockNumber>,
{
	fn account(
		&self,
		who: AccountId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<AccountJson>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let profile = self.client.runtime_api().account(at, who).map_err(runtime_error)?;
		Ok(profile.map(Into::into))
	}

	fn roles(
		&self,
		who: AccountId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<RoleJson>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let roles = self.client.runtime_api().roles(at, who).map_err(runtime_error)?;
		Ok(roles.into_iter().map(Into::into).collect())
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn profile_json_is_readable() {
		let json = AccountJson::from(ProfileView {
			ocw_key: [0xab; 32],
			transport_key: [1; 32],
			endpoint: b"http://127.0.0.1:9944".to_vec(),
			region: b"u33db".to_vec(),
			deposit: 1_000_000_000_000u128,
		});
		let v = serde_json::to_value(&json).unwrap();
		assert_eq!(v["ocwKey"], format!("0x{}", "ab".repeat(32)));
		assert_eq!(v["endpoint"], "http://127.0.0.1:9944");
		assert_eq!(v["region"], "u33db");
		assert_eq!(v["deposit"], "1000000000000");
	}

	#[test]
	fn role_json_names_the_role() {
		let json = RoleJson::from(RoleView {
			role: Role::Hoster,
			status: ProviderStatus::AtCapacity,
			stake: 5u128,
			resources: Resources { storage: 10, ..Default::default() },
			regions: vec![b"u33".to_vec()],
			timetable: vec![],
			used_storage: 3,
			duties: 1,
			since: 7,
		});
		let v = serde_json::to_value(&json).unwrap();
		assert_eq!(v["role"], "Hoster");
		assert_eq!(v["status"], "AtCapacity");
		assert_eq!(v["regions"][0], "u33");
		assert_eq!(v["usedStorage"], 3);
	}
}
