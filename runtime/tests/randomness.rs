//! The chain's randomness (`configs::BlockVrfRandomness`) is the current block's BABE
//! VRF pre-output: an author cannot grind it by choosing what its blocks hold (with the
//! old collective flip, every change to a block's contents changed its hash and so the
//! next draws), and no transaction sender knows it when sending (it is in the block the
//! transaction lands in, not in one already published).
use codec::Encode;
use datdot_runtime::{
	configs::BlockVrfRandomness, genesis_config_presets, Executive, Header, Runtime, RuntimeCall,
	System, UncheckedExtrinsic, SLOT_DURATION,
};
use frame_support::traits::Randomness;
use sp_core::H256;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	generic::{Digest, DigestItem},
	traits::{Hash, Header as _},
};

/// The `local` testnet's genesis: Alice and Bob are its BABE authorities, 0 and 1.
fn genesis() -> sp_io::TestExternalities {
	let storage = datdot_runtime::testing::genesis_storage(genesis_config_presets::LOCAL);
	sp_io::TestExternalities::new(storage)
}

/// The digest `author` writes for its secondary claim of `slot` (`local`'s BABE
/// authorities: Alice 0, Bob 1).
fn babe_digest(author: Sr25519Keyring, slot: u64) -> Digest {
	let authority_index = if author == Sr25519Keyring::Bob { 1 } else { 0 };
	datdot_runtime::testing::babe_digest(author, authority_index, slot)
}

/// Starts the block after `parent` at the slot of its number, authored by `author`,
/// with its timestamp inherent applied.
fn start_block(parent: H256, author: Sr25519Keyring) {
	let number = System::block_number() + 1;
	let digest = babe_digest(author, number as u64);
	Executive::initialize_block(&Header::new(
		number,
		Default::default(),
		Default::default(),
		parent,
		digest,
	));
	let now = number as u64 * SLOT_DURATION;
	let set = RuntimeCall::Timestamp(pallet_timestamp::Call::set { now });
	Executive::apply_extrinsic(UncheckedExtrinsic::new_bare(set)).unwrap().unwrap();
}

/// The draw for `subject` in block 3, when block 2's author put `contents` in its block
/// (any content changes a block's hash; extra digest items are the simplest here).
fn next_draw(contents: &[&[u8]], subject: &[u8]) -> (H256, H256) {
	genesis().execute_with(|| {
		start_block(H256::repeat_byte(1), Sr25519Keyring::Alice);
		let first = Executive::finalize_block();
		start_block(first.hash(), Sr25519Keyring::Alice);
		for content in contents {
			System::deposit_log(DigestItem::Other(content.to_vec()));
		}
		let second = Executive::finalize_block();
		start_block(second.hash(), Sr25519Keyring::Alice);
		(BlockVrfRandomness::random(subject).0, second.hash())
	})
}

#[test]
fn the_parent_author_cannot_grind_the_draw_by_its_block_contents() {
	let (draw, hash) = next_draw(&[], b"datdot/challenge");
	let (other_draw, other_hash) = next_draw(&[b"grind 1", b"grind 2"], b"datdot/challenge");
	assert_ne!(hash, other_hash, "the blocks differ");
	assert_eq!(draw, other_draw, "the draw does not depend on what the parent holds");
	// Draws of different subjects differ.
	let (draw_b, _) = next_draw(&[], b"datdot/round");
	assert_ne!(draw, draw_b);
}

#[test]
fn each_block_draws_from_its_own_vrf_pre_output() {
	genesis().execute_with(|| {
		let mut parent = H256::repeat_byte(1);
		let mut draws = Vec::new();
		for _ in 0..4 {
			start_block(parent, Sr25519Keyring::Alice);
			let digest = pallet_babe::Initialized::<Runtime>::get().flatten().unwrap();
			let pre_output = digest.vrf_signature().unwrap().pre_output.encode();
			let (draw, known_since) = BlockVrfRandomness::random(b"s");
			assert_eq!(known_since, System::block_number(), "public with this block");
			let expected = <Runtime as frame_system::Config>::Hashing::hash(
				&[&b"s"[..], &pre_output[..]].concat(),
			);
			assert_eq!(draw, expected);
			draws.push(draw);
			parent = Executive::finalize_block().hash();
		}
		draws.dedup();
		assert_eq!(draws.len(), 4, "a fresh draw every block");
		// Outside block execution (an off-chain worker, after `on_finalize`) there is no
		// pre-digest: the draw falls back to the last block's VRF output.
		let vrf = pallet_babe::AuthorVrfRandomness::<Runtime>::get().unwrap();
		let expected =
			<Runtime as frame_system::Config>::Hashing::hash(&[&b"s"[..], &vrf[..]].concat());
		assert_eq!(BlockVrfRandomness::random(b"s").0, expected);
	});
}

#[test]
fn a_sender_cannot_know_the_draw_its_transaction_causes() {
	// Block 2's draws do not follow from anything published before it: after the same
	// block 1, the two authorities' claims of block 2 give different draws, so a sender
	// (not the author) who sees block 1 cannot compute them.
	let draw = |author: Sr25519Keyring| {
		genesis().execute_with(|| {
			start_block(H256::repeat_byte(1), Sr25519Keyring::Alice);
			let first = Executive::finalize_block();
			start_block(first.hash(), author);
			let draw = BlockVrfRandomness::random(b"datdot/challenge").0;
			// BABE's own check of the VRF signature (a debug assertion) passes.
			Executive::finalize_block();
			draw
		})
	};
	assert_ne!(draw(Sr25519Keyring::Alice), draw(Sr25519Keyring::Bob));
}
