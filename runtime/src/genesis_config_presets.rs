//! Genesis presets: `development` (one node, Alice) and `local` (a localhost testnet of
//! five nodes, Alice and Bob authorities). The chain specs of the node are built from
//! these.
use crate::{
	AccountId, AccountsConfig, BalancesConfig, BenchmarksConfig, ProofsOfStorageConfig,
	RolesConfig, RuntimeGenesisConfig, SudoConfig, UNIT,
};
use alloc::{vec, vec::Vec};
use datdot_primitives::{Geohash, OcwPublic, Resources, Role, RoleForm};
use frame_support::build_struct_json_patch;
use pallet_accounts::GenesisProfile;
use serde_json::Value;
use sp_consensus_babe::AuthorityId as BabeId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// The id of the single-node development preset (`--dev`).
pub const DEVELOPMENT: &str = sp_genesis_builder::DEV_RUNTIME_PRESET;
/// The id of the localhost testnet preset (`--chain local`).
pub const LOCAL: &str = "local";

/// What every endowed dev account starts with: one million DAT.
pub const ENDOWMENT: crate::Balance = 1_000_000 * UNIT;

/// Where the dev accounts' nodes serve data: the `--dev` node's own RPC, on its default
/// port (a `--dev` node on another `--rpc-port` builds its genesis with
/// [`development_genesis_serving_at`] its own port).
pub const DEV_ENDPOINT: &str = "http://127.0.0.1:9944";

/// The dev network's participants: Bob, Charlie and Dave attest; Eve, Ferdie and Bob
/// host (10 GiB each); Alice sponsors. Each uses its sr25519 dev key as its `ddot`
/// key, which the `--dev` node puts into its keystore, so one node does all the work.
fn dev_participants(endpoint: &str) -> Participants {
	use Sr25519Keyring::*;
	let profiles = [Alice, Bob, Charlie, Dave, Eve, Ferdie]
		.into_iter()
		.map(|k| profile(k, endpoint.into()))
		.collect();
	let mut roles = vec![(Alice.to_account_id(), Role::Sponsor, RoleForm::default())];
	for k in [Bob, Charlie, Dave] {
		roles.push((k.to_account_id(), Role::Attestor, provider(0)));
	}
	for k in [Eve, Ferdie, Bob] {
		roles.push((k.to_account_id(), Role::Hoster, provider(10 << 30)));
	}
	(profiles, roles)
}

/// The RPC port of the `index`th node of the localhost testnet (`scripts/testnet.sh`).
pub const TESTNET_BASE_PORT: u16 = 9944;

/// The localhost testnet's participants, one node each: Alice sponsors (node 0), Bob
/// (node 1) and Charlie (node 2) attest, Dave (node 3) and Eve (node 4) host 10 GiB.
/// Each profile's endpoint is its own node's RPC port; Ferdie is funded and free to
/// join.
fn local_participants() -> Participants {
	use Sr25519Keyring::*;
	let nodes = [Alice, Bob, Charlie, Dave, Eve];
	let profiles = nodes
		.iter()
		.enumerate()
		.map(|(i, k)| {
			let endpoint = alloc::format!("http://127.0.0.1:{}", TESTNET_BASE_PORT + i as u16);
			profile(*k, endpoint.into_bytes())
		})
		.collect();
	let roles = vec![
		(Alice.to_account_id(), Role::Sponsor, RoleForm::default()),
		(Bob.to_account_id(), Role::Attestor, provider(0)),
		(Charlie.to_account_id(), Role::Attestor, provider(0)),
		(Dave.to_account_id(), Role::Hoster, provider(10 << 30)),
		(Eve.to_account_id(), Role::Hoster, provider(10 << 30)),
	];
	(profiles, roles)
}

/// Genesis profiles (account, `ddot` key, endpoint, region) and role registrations.
type Participants = (Vec<GenesisProfile<AccountId>>, Vec<(AccountId, Role, RoleForm)>);

/// A profile whose `ddot` key is the account's sr25519 dev key.
fn profile(k: Sr25519Keyring, endpoint: Vec<u8>) -> GenesisProfile<AccountId> {
	(k.to_account_id(), OcwPublic::from(k.public()), endpoint, b"u33db".to_vec())
}

/// A provider's form: `storage` bytes in region u33.
fn provider(storage: u64) -> RoleForm {
	RoleForm {
		resources: Resources { storage, bandwidth: 10_000_000, cpu: 1_000, ram: 1 << 30 },
		regions: vec![Geohash::truncate_from(b"u33".to_vec())].try_into().expect("one region"),
		timetable: Default::default(),
	}
}

fn testnet_genesis(
	initial_authorities: Vec<(BabeId, GrandpaId)>,
	endowed_accounts: Vec<AccountId>,
	root: AccountId,
	(profiles, registrations): Participants,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed_accounts
				.iter()
				.cloned()
				.map(|k| (k, ENDOWMENT))
				// The treasury exists from genesis, so fees below the existential
				// deposit can be paid into it.
				.chain([(crate::configs::TreasuryAccount::get(), crate::EXISTENTIAL_DEPOSIT)])
				.collect::<Vec<_>>(),
		},
		babe: pallet_babe::GenesisConfig {
			authorities: initial_authorities.iter().map(|x| (x.0.clone(), 1)).collect::<Vec<_>>(),
			epoch_config: crate::BABE_GENESIS_EPOCH_CONFIG,
		},
		grandpa: pallet_grandpa::GenesisConfig {
			authorities: initial_authorities.iter().map(|x| (x.1.clone(), 1)).collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: Some(root) },
		accounts: AccountsConfig { profiles },
		roles: RolesConfig { registrations },
		// Dev and test networks prove every hosting each 20 blocks (2 minutes).
		proofs_of_storage: ProofsOfStorageConfig { period: 20, window: 5 },
		// ... and benchmark each one's performance every 50 blocks (5 minutes).
		benchmarks: BenchmarksConfig { period: 50, window: 5 },
	})
}

fn authority(k: (Sr25519Keyring, Ed25519Keyring)) -> (BabeId, GrandpaId) {
	(k.0.public().into(), k.1.public().into())
}

/// One node: Alice authors, finalises and is sudo.
pub fn development_config_genesis() -> Value {
	development_genesis_serving_at(DEV_ENDPOINT)
}

/// [`development_config_genesis`] with the dev participants' profiles serving at
/// `endpoint` (the `--dev` node's RPC).
pub fn development_genesis_serving_at(endpoint: &str) -> Value {
	testnet_genesis(
		vec![authority((Sr25519Keyring::Alice, Ed25519Keyring::Alice))],
		Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect(),
		Sr25519Keyring::Alice.to_account_id(),
		dev_participants(endpoint),
	)
}

/// A localhost testnet: Alice and Bob author and finalise; Alice is sudo.
pub fn local_config_genesis() -> Value {
	testnet_genesis(
		vec![
			authority((Sr25519Keyring::Alice, Ed25519Keyring::Alice)),
			authority((Sr25519Keyring::Bob, Ed25519Keyring::Bob)),
		],
		Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect(),
		Sr25519Keyring::Alice.to_account_id(),
		local_participants(),
	)
}

/// The preset with the given id, as JSON.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEVELOPMENT => development_config_genesis(),
		LOCAL => local_config_genesis(),
		_ => return None,
	};
	Some(
		serde_json::to_string(&patch)
			.expect("serialization to json is expected to work. qed.")
			.into_bytes(),
	)
}

/// The ids of the presets.
pub fn preset_names() -> Vec<PresetId> {
	vec![PresetId::from(DEVELOPMENT), PresetId::from(LOCAL)]
}
