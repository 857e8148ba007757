//! How many contracts the chain can audit per hour: a benchmark over the generated
//! weights of `ProofsOfStorage` (run `scripts/audit-capacity.sh` to see the figures).
//!
//! One audit of a contract is a challenge opened in `on_initialize`, plus the hoster's
//! `response` with one proof: the pool's `authorize` check, the call, and the base
//! cost of any extrinsic. The budget is 25 % of a block's compute; the block's length
//! bounds it too, though a proof carries a 1 KiB segment whatever the chunk size.
use datdot_runtime::{configs::RuntimeBlockWeights, Runtime, HOURS};
use frame_support::weights::constants::ExtrinsicBaseWeight;
use pallet_proofs::WeightInfo;

type Proofs = pallet_proofs::weights::SubstrateWeight<Runtime>;

#[test]
fn contracts_audited_per_hour() {
	let block = RuntimeBlockWeights::get().max_block.ref_time();
	let budget = block / 4;
	let per_challenge = Proofs::on_initialize_challenge(1).ref_time()
		- Proofs::on_initialize_challenge(0).ref_time();
	let response = pallet_proofs::Pallet::<Runtime>::response_weight;
	let per_proof = response(1).ref_time()
		+ Proofs::authorize_response(1).ref_time()
		+ ExtrinsicBaseWeight::get().ref_time();
	let extra_proof = response(2).ref_time() - response(1).ref_time();
	let per_audit = per_challenge + per_proof;
	let audits_per_block = budget / per_audit;
	let per_hour = audits_per_block * HOURS as u64;
	println!(
		"block compute: {} ms; 25 % budget: {} ms",
		block / 1_000_000_000,
		budget / 1_000_000_000
	);
	println!(
		"one audit: challenge {} µs + response with one proof {} µs (each further proof +{} µs)",
		per_challenge / 1_000_000,
		per_proof / 1_000_000,
		extra_proof / 1_000_000
	);
	println!(
		"audits per block at 25 %: {audits_per_block}; contracts audited per hour: {per_hour}"
	);
	let length = 5 * 1024 * 1024 / 4;
	for chunk in [4 * 1024u64, 16 * 1024, 64 * 1024] {
		// A response carries a 1 KiB segment whatever the chunk size, its path in the
		// chunk's segment tree and a 16-level path over chunks, and ids, key and
		// signature (~200 bytes).
		let segment_depth = (chunk / 1024).ilog2() as u64;
		let per_response = 1024 + (segment_depth + 16) * 32 + 200;
		let by_length = length / per_response * HOURS as u64;
		println!(
			"  with {} KiB chunks, 25 % of the block length carries {} responses ({} bytes each): {} contracts per hour",
			chunk / 1024,
			length / per_response,
			per_response,
			by_length
		);
	}
	assert!(per_hour >= 100_000, "the goal: 100k contracts proven each hour, got {per_hour}");
}
