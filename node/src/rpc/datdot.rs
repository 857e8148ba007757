//! `datdot_*` RPC methods: read datdot state through the `DatdotApi` runtime API, in
//! JSON that a client can use without the runtime's type registry.
use datdot_primitives::{
	api::{
		ContractInfo, DatdotApi as DatdotRuntimeApi, HosterInfo, PlanInfo, PlanState, ProfileView,
		RoleView,
	},
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
use sp_core::crypto::Ss58Codec;
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

/// An open challenge.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ChallengeJson {
	/// Challenge id.
	pub id: u64,
	/// Chunks asked for.
	pub indexes: Vec<u32>,
	/// Proof-clock reading by which it must be answered.
	pub deadline: BlockNumber,
}

/// One hoster's part in a contract.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct HostingJson {
	/// The hoster (SS58).
	pub hoster: String,
	/// Whether its setup was confirmed.
	pub confirmed: bool,
	/// Paid for proven time (or closed unpaid by a fault) up to this block.
	pub settled_until: Option<BlockNumber>,
	/// Faults in a row.
	pub faults: u32,
	/// The block of its next periodic challenge (once confirmed).
	pub next_challenge: Option<BlockNumber>,
	/// Its open challenge.
	pub challenge: Option<ChallengeJson>,
}

/// A contract and its hosters.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ContractJson {
	/// Contract id.
	pub id: u64,
	/// Its plan.
	pub plan: u64,
	/// Data set index in the plan.
	pub dataset: u32,
	/// First chunk.
	pub start: u32,
	/// One past the last chunk.
	pub end: u32,
	/// Bytes on each hoster.
	pub bytes: u64,
	/// Whether hosters are still being matched.
	pub matching: bool,
	/// Its hosters.
	pub hostings: Vec<HostingJson>,
}

impl From<ContractInfo<AccountId, BlockNumber>> for ContractJson {
	fn from(c: ContractInfo<AccountId, BlockNumber>) -> Self {
		ContractJson {
			id: c.id,
			plan: c.plan,
			dataset: c.dataset,
			start: c.start,
			end: c.end,
			bytes: c.bytes,
			matching: c.matching,
			hostings: c
				.hostings
				.into_iter()
				.map(|h| HostingJson {
					hoster: h.hoster.to_ss58check(),
					confirmed: h.confirmed,
					settled_until: h.settled_until,
					faults: h.faults,
					next_challenge: h.next_challenge,
					challenge: h.challenge.map(|ch| ChallengeJson {
						id: ch.id,
						indexes: ch.indexes,
						deadline: ch.deadline,
					}),
				})
				.collect(),
		}
	}
}

/// A data set of a plan.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct DatasetJson {
	/// Merkle root, hex.
	pub root: String,
	/// Chunks.
	pub chunks: u32,
	/// Largest chunk, bytes.
	pub chunk_size: u32,
	/// Source URL.
	pub source: String,
}

/// A plan with its contracts.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct PlanJson {
	/// Plan id.
	pub id: u64,
	/// Sponsor (SS58).
	pub sponsor: String,
	/// `Queued`, `Active` or `Paused`.
	pub state: String,
	/// The block its pause began, when paused.
	pub paused_since: Option<BlockNumber>,
	/// First block of hosting.
	pub start: BlockNumber,
	/// Last block of hosting.
	pub end: BlockNumber,
	/// Hosters per contract.
	pub replication: u32,
	/// Price per chunk per block, plancks.
	pub price: String,
	/// What its escrow still holds, plancks.
	pub held: String,
	/// Blocks spent in pauses that ended.
	pub paused_blocks: BlockNumber,
	/// Its data sets.
	pub datasets: Vec<DatasetJson>,
	/// Its contracts.
	pub contracts: Vec<ContractJson>,
}

impl From<PlanInfo<AccountId, Balance, BlockNumber>> for PlanJson {
	fn from(p: PlanInfo<AccountId, Balance, BlockNumber>) -> Self {
		let (state, paused_since) = match p.state {
			PlanState::Queued => ("Queued", None),
			PlanState::Active => ("Active", None),
			PlanState::Paused(since) => ("Paused", Some(since)),
		};
		PlanJson {
			id: p.id,
			sponsor: p.sponsor.to_ss58check(),
			state: state.into(),
			paused_since,
			start: p.start,
			end: p.end,
			replication: p.replication,
			price: p.price.to_string(),
			held: p.held.to_string(),
			paused_blocks: p.paused_blocks,
			datasets: p
				.datasets
				.into_iter()
				.map(|d| DatasetJson {
					root: hex0x(&d.root),
					chunks: d.chunks,
					chunk_size: d.chunk_size,
					source: String::from_utf8_lossy(&d.source).into_owned(),
				})
				.collect(),
			contracts: p.contracts.into_iter().map(Into::into).collect(),
		}
	}
}

/// A hoster's duties and standing.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct HosterJson {
	/// The hoster (SS58).
	pub who: String,
	/// Its reputation as a hoster now, 0..=1000 (500 neutral).
	pub reputation: u32,
	/// What it was paid for proven time, in total (plancks, a decimal string).
	pub earned: String,
	/// The contracts it keeps.
	pub contracts: Vec<ContractJson>,
}

impl From<HosterInfo<AccountId, Balance, BlockNumber>> for HosterJson {
	fn from(h: HosterInfo<AccountId, Balance, BlockNumber>) -> Self {
		HosterJson {
			who: h.who.to_ss58check(),
			reputation: h.reputation,
			earned: h.earned.to_string(),
			contracts: h.contracts.into_iter().map(Into::into).collect(),
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

	/// A live plan with its contracts, hosters, proofs and escrow, or `null`.
	#[method(name = "datdot_plan")]
	fn plan(&self, id: u64, at: Option<BlockHash>) -> RpcResult<Option<PlanJson>>;

	/// A hoster's contracts, open challenges, last proofs and reputation.
	#[method(name = "datdot_hoster")]
	fn hoster(&self, who: AccountId, at: Option<BlockHash>) -> RpcResult<HosterJson>;

	/// The ids of the live plans `sponsor` pays for.
	#[method(name = "datdot_plans")]
	fn plans(&self, sponsor: AccountId, at: Option<BlockHash>) -> RpcResult<Vec<u64>>;
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

	fn plan(&self, id: u64, at: Option<<Block as BlockT>::Hash>) -> RpcResult<Option<PlanJson>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let plan = self.client.runtime_api().plan(at, id).map_err(runtime_error)?;
		Ok(plan.map(Into::into))
	}

	fn hoster(&self, who: AccountId, at: Option<<Block as BlockT>::Hash>) -> RpcResult<HosterJson> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let hoster = self.client.runtime_api().hoster(at, who).map_err(runtime_error)?;
		Ok(hoster.into())
	}

	fn plans(
		&self,
		sponsor: AccountId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<u64>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		self.client.runtime_api().plans(at, sponsor).map_err(runtime_error)
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

	#[test]
	fn plan_json_shows_state_money_and_hostings() {
		use datdot_primitives::api::{ChallengeInfo, DatasetInfo, HostingInfo};
		let alice = sp_keyring::Sr25519Keyring::Alice.to_account_id();
		let bob = sp_keyring::Sr25519Keyring::Bob.to_account_id();
		let json = PlanJson::from(PlanInfo {
			id: 3,
			sponsor: alice.clone(),
			state: PlanState::Paused(40),
			start: 10,
			end: 610,
			replication: 2,
			price: 1_000_000u128,
			held: u128::MAX,
			paused_blocks: 5,
			datasets: vec![DatasetInfo {
				root: [0xcd; 32],
				chunks: 19,
				chunk_size: 16_384,
				source: b"http://127.0.0.1:8090/data".to_vec(),
			}],
			contracts: vec![ContractInfo {
				id: 7,
				plan: 3,
				dataset: 0,
				start: 0,
				end: 19,
				bytes: 19 * 16_384,
				matching: false,
				hostings: vec![HostingInfo {
					hoster: bob.clone(),
					confirmed: true,
					settled_until: Some(55),
					faults: 1,
					next_challenge: Some(75),
					challenge: Some(ChallengeInfo { id: 9, indexes: vec![4], deadline: 60 }),
				}],
			}],
		});
		let v = serde_json::to_value(&json).unwrap();
		assert_eq!(v["sponsor"], alice.to_ss58check());
		assert_eq!(v["state"], "Paused");
		assert_eq!(v["pausedSince"], 40);
		assert_eq!(v["held"], u128::MAX.to_string(), "balances are decimal strings");
		assert_eq!(v["datasets"][0]["root"], format!("0x{}", "cd".repeat(32)));
		assert_eq!(v["datasets"][0]["chunkSize"], 16_384);
		let h = &v["contracts"][0]["hostings"][0];
		assert_eq!(h["hoster"], bob.to_ss58check());
		assert_eq!(h["settledUntil"], 55);
		assert_eq!(h["nextChallenge"], 75);
		assert_eq!(h["challenge"]["indexes"][0], 4);
		let hoster = serde_json::to_value(HosterJson::from(HosterInfo {
			who: bob,
			reputation: 512,
			earned: 7_000_000_000_000,
			contracts: vec![],
		}))
		.unwrap();
		assert_eq!(hoster["reputation"], 512);
		assert_eq!(hoster["earned"], "7000000000000");
	}
}
