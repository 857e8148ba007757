//! The attestor's off-chain worker: for each open benchmark that names an attestor
//! whose `ddot` key this node holds, fetch the chosen chunks from the hoster's node
//! (over its data plane, found through the endpoint of its profile; over `datdot_chunk`
//! where it serves none: [`datdot_primitives::ocw::hoster_chunk`]), verify them against
//! the data set's root, time them, and send the rating as `Benchmarks::response`.
//!
//! Restart safety: a rating sent for benchmark `b` is remembered (persistent off-chain
//! storage) with the block it was sent at and re-sent only after [`RESEND_AFTER`]
//! blocks if the chain still lacks it; the pool admits one rating per attestor and
//! benchmark, and the runtime refuses a second rating or one after the deadline, so a
//! duplicate or late rating is rejected harmlessly.
use super::*;
use alloc::format;
use codec::Encode;
use datdot_primitives::{
	frames,
	traits::{HostingInspect, ProfileProvider},
	OcwPublic,
};
use frame_system::{offchain::SubmitTransaction, pallet_prelude::BlockNumberFor};

/// Blocks after which an unanswered rating is sent again.
pub const RESEND_AFTER: u32 = 3;
/// How long one chunk fetch may take; slower counts as not served.
pub const FETCH_TIMEOUT_MS: u64 = 5_000;

/// The worker's entry point.
pub fn run<T: Config>(now: BlockNumberFor<T>) {
	let keys = datdot_primitives::ocw::local_identities::<T::AccountId, T::Profiles>();
	if keys.is_empty() {
		return;
	}
	// Only the benchmarks each local attestor owes a rating, from the index by
	// attestor: the work grows with this node's duties, not with the network.
	for (key, who) in keys.iter() {
		for id in AttestorBenchmarks::<T>::iter_key_prefix(who) {
			let Some(benchmark) = OpenBenchmarks::<T>::get(id) else { continue };
			if !benchmark.attestors.contains(who) || benchmark.ratings.iter().any(|(a, _)| a == who)
			{
				continue;
			}
			let mark = format!("datdot/bench/{id}/{}", datdot_primitives::ocw::hex(&who.encode()));
			let block: u32 = sp_runtime::SaturatedConversion::saturated_into(now);
			if !datdot_primitives::ocw::may_send(mark.as_bytes(), block, RESEND_AFTER) {
				continue;
			}
			let rating = measure::<T>(&benchmark, block);
			let asked = benchmark.digest();
			send::<T>(Report { benchmark: id, asked, rating, signer: key.clone() }, key);
		}
	}
}

/// Fetches every chunk of `benchmark` from the hoster's node and times it (the time
/// to learn where its data plane listens, block `now`, not counted). Any chunk
/// missing, late or not matching the root makes the rating unreachable.
pub fn measure<T: Config>(benchmark: &Benchmark<T>, now: u32) -> Rating {
	let Some(hosting) = T::Hosting::hosting(benchmark.contract, &benchmark.hoster) else {
		return Rating::UNREACHABLE;
	};
	let Some(endpoint) = T::Profiles::endpoint_of(&benchmark.hoster) else {
		return Rating::UNREACHABLE;
	};
	let _ = datdot_primitives::ocw::data_plane_cached(&endpoint, now, FETCH_TIMEOUT_MS);
	let started = sp_io::offchain::timestamp();
	let mut bytes: u64 = 0;
	for index in benchmark.indexes.iter() {
		let frame =
			datdot_primitives::ocw::hoster_chunk(&endpoint, &hosting.root, *index, now, || {
				Some(FETCH_TIMEOUT_MS)
			})
			.flatten();
		match frame {
			Some(frame)
				if frames::verifies(
					&frame,
					&hosting.root,
					*index,
					hosting.leaves,
					hosting.chunk_size,
				) =>
			{
				bytes = bytes.saturating_add(frame.len() as u64)
			}
			_ => return Rating::UNREACHABLE,
		}
	}
	let elapsed = sp_io::offchain::timestamp().diff(&started).millis().max(1);
	let samples = (benchmark.indexes.len() as u64).max(1);
	Rating {
		latency_ms: (elapsed / samples).min(u32::MAX as u64 - 1) as u32,
		bandwidth: bytes.saturating_mul(1_000) / elapsed,
	}
}

fn send<T: Config>(report: Report, key: &OcwPublic) {
	let id = report.benchmark;
	let Some(signature) = datdot_primitives::signing::sign::<T>(key, &report) else {
		return;
	};
	let call = Call::<T>::response { report, signature };
	let xt = T::create_authorized_transaction(call.into());
	if SubmitTransaction::<T, Call<T>>::submit_transaction(xt).is_err() {
		log::debug!(target: "datdot::ocw", "rating {} not accepted by the pool (duplicate or stale)", id);
	}
}
