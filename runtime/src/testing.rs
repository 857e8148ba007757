//! What a block's author writes, for the code that builds blocks without a node: the
//! runtime fuzzer and the runtime's tests; and the genesis state they start from.
use crate::{Runtime, System};
use codec::Encode;
use frame_support::traits::Hooks;
use sp_consensus_babe::digests::{PreDigest, SecondaryPlainPreDigest, SecondaryVRFPreDigest};
use sp_core::crypto::VrfSecret;
use sp_keyring::Sr25519Keyring;
use sp_runtime::generic::{Digest, DigestItem};

/// The BABE pre-digest `author` (BABE authority number `authority_index`) writes for
/// its secondary claim of `slot` in the next block: a VRF signature over the epoch's
/// randomness, the slot and the epoch index, as a node signs it. The epoch values are
/// those the block will have after BABE's initialisation (an epoch may change at it),
/// read in a rolled-back dry run of it; a node knows them from the epoch announcement.
pub fn babe_digest(author: Sr25519Keyring, authority_index: u32, slot: u64) -> Digest {
	let slot = sp_consensus_babe::Slot::from(slot);
	let item = |pre: PreDigest| Digest {
		logs: vec![DigestItem::PreRuntime(sp_consensus_babe::BABE_ENGINE_ID, pre.encode())],
	};
	let plain = item(PreDigest::SecondaryPlain(SecondaryPlainPreDigest { authority_index, slot }));
	let number = System::block_number() + 1;
	let (randomness, epoch) = frame_support::storage::with_transaction(|| {
		System::initialize(&number, &Default::default(), &plain);
		pallet_babe::Pallet::<Runtime>::on_initialize(number);
		let epoch =
			(pallet_babe::Randomness::<Runtime>::get(), pallet_babe::EpochIndex::<Runtime>::get());
		sp_runtime::TransactionOutcome::Rollback(Ok::<_, sp_runtime::DispatchError>(epoch))
	})
	.expect("the dry run returns the epoch");
	let sign_data = sp_consensus_babe::make_vrf_sign_data(&randomness, slot, epoch);
	let vrf_signature = author.pair().vrf_sign(&sign_data);
	item(PreDigest::SecondaryVRF(SecondaryVRFPreDigest { authority_index, slot, vrf_signature }))
}

/// The genesis storage of the named preset (`genesis_config_presets::DEVELOPMENT`,
/// `LOCAL`): the preset merged into the default config, objects key by key (the
/// genesis builder's rule).
pub fn genesis_storage(preset: &str) -> sp_runtime::Storage {
	fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
		match (base, patch) {
			(serde_json::Value::Object(b), serde_json::Value::Object(p)) => {
				for (k, v) in p {
					merge(b.entry(k).or_insert(serde_json::Value::Null), v);
				}
			}
			(b, p) => *b = p,
		}
	}
	let patch = crate::genesis_config_presets::get_preset(&preset.into()).expect("a preset");
	let mut config =
		serde_json::to_value(crate::RuntimeGenesisConfig::default()).expect("serialises");
	merge(&mut config, serde_json::from_slice(&patch).expect("the preset is JSON"));
	let config: crate::RuntimeGenesisConfig =
		serde_json::from_value(config).expect("a genesis config");
	sp_runtime::BuildStorage::build_storage(&config).expect("genesis builds")
}
