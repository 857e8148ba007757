//! The hoster's off-chain worker: answers the challenges of the hosters whose `ddot`
//! keys this node holds, from the chunk frames the hosting worker stored.
//!
//! Restart safety: a response sent for challenge `c` is remembered (persistent
//! off-chain storage) with the block it was sent at and re-sent only after
//! [`RESEND_AFTER`] blocks if the challenge is still open; the pool admits one
//! response per challenge and the runtime closes a challenge at its first answer, so a
//! duplicate or late response is rejected harmlessly.
use super::*;
use alloc::{format, vec::Vec};
use datdot_primitives::{chunk_store, frames, traits::HostingInspect, OcwPublic};
use frame_support::BoundedVec;
use frame_system::{offchain::SubmitTransaction, pallet_prelude::BlockNumberFor};

/// Blocks after which an unanswered challenge is answered again: every block. An answer
/// included on a fork that loses is gone from the winning chain, and the window leaves
/// no time to spare; while the first copy still waits in the pool, the pool refuses the
/// second (one response per challenge), so sending again costs nothing.
pub const RESEND_AFTER: u32 = 1;

/// The worker's entry point.
pub fn run<T: Config>(now: BlockNumberFor<T>) {
	let keys = datdot_primitives::ocw::local_identities::<T::AccountId, T::Profiles>();
	if keys.is_empty() {
		return;
	}
	// Each local hoster's open challenges, from the index by hoster: its periodic audit
	// and any extra ones. The work grows with this node's duties, not with every
	// challenge on chain, nor with the number of its hostings.
	for (key, who) in keys.iter() {
		for id in OpenByHoster::<T>::iter_key_prefix(who) {
			let Some(challenge) = Challenges::<T>::get(id) else { continue };
			if let Some(response) = build::<T>(id, &challenge, key.clone()) {
				send_once::<T>(id, now, response, key);
			}
		}
	}
}

/// The response to `challenge` from this node's stored frames, if it holds every piece
/// of a hosting it still keeps (a piece of a hosting that ended gets an empty proof:
/// the chain does not hold it against the hoster).
pub fn build<T: Config>(
	id: ChallengeId,
	challenge: &Challenge<T>,
	signer: OcwPublic,
) -> Option<Response<T>> {
	let mut proofs = Vec::new();
	for piece in challenge.pieces.iter() {
		let Some(hosting) = T::Hosting::hosting(piece.contract, &challenge.hoster) else {
			proofs.push(SegmentProof { segment: BoundedVec::new(), siblings: BoundedVec::new() });
			continue;
		};
		let frame = chunk_store::get(&hosting.root, piece.index);
		let Some((chunk, siblings)) = frame.as_deref().and_then(frames::decode) else {
			log::warn!(target: "datdot::ocw", "challenge {}: chunk {} of contract {} not stored here", id, piece.index, piece.contract);
			return None;
		};
		// The chunk's path is the frame's.
		proofs.push(SegmentProof::of(&chunk, hosting.chunk_size, piece.segment, siblings)?);
	}
	Some(Response {
		challenge: id,
		asked: challenge.digest(),
		proofs: BoundedVec::try_from(proofs).ok()?,
		signer,
	})
}

fn send_once<T: Config>(
	id: ChallengeId,
	now: BlockNumberFor<T>,
	response: Response<T>,
	key: &OcwPublic,
) {
	let now: u32 = sp_runtime::SaturatedConversion::saturated_into(now);
	if !datdot_primitives::ocw::may_send(format!("datdot/proof/{id}").as_bytes(), now, RESEND_AFTER)
	{
		return;
	}
	let Some(signature) = datdot_primitives::signing::sign::<T>(key, &response) else {
		return;
	};
	let call = Call::<T>::response { response, signature };
	let xt = T::create_authorized_transaction(call.into());
	if SubmitTransaction::<T, Call<T>>::submit_transaction(xt).is_err() {
		log::debug!(target: "datdot::ocw", "proof {} not accepted by the pool (duplicate or stale)", id);
	}
}
