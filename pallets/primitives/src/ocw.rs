//! What every datdot off-chain worker does: find the node's `ddot` keys and the
//! accounts behind them, and send a submission at most once per resend interval
//! (restart-safe: the mark lives in the node's persistent off-chain storage).
use crate::{traits::ProfileProvider, OcwPublic};
use alloc::{format, string::String, vec::Vec};
use sp_runtime::{
	offchain::{
		http,
		storage::{StorageRetrievalError, StorageValueRef},
		Duration,
	},
	RuntimeAppPublic,
};

/// The node's `ddot` keys with the accounts whose profiles carry them.
pub fn local_identities<AccountId, P: ProfileProvider<AccountId>>() -> Vec<(OcwPublic, AccountId)> {
	OcwPublic::all()
		.into_iter()
		.filter_map(|key| P::owner_of_ocw_key(&key).map(|who| (key, who)))
		.collect()
}

/// Whether the submission marked `mark` may be sent at block `now`: it was not sent in
/// the last `resend_after` blocks. If so, records `now` as its sending block.
pub fn may_send(mark: &[u8], now: u32, resend_after: u32) -> bool {
	StorageValueRef::persistent(mark)
		.mutate(|last: Result<Option<u32>, StorageRetrievalError>| match last {
			Ok(Some(at)) if now.saturating_sub(at) < resend_after => Err(()),
			_ => Ok(now),
		})
		.is_ok()
}

/// Most bytes a worker reads of any answer: a frame of the largest chunk (64 KiB) with
/// its proof, hex-encoded inside JSON, fits with room to spare. A peer that sends more
/// is not read further.
pub const MAX_RESPONSE_BYTES: usize = 512 * 1024;

/// `GET url`: the body of a `200` answer, whole by the deadline `timeout_ms` from now
/// and at most [`MAX_RESPONSE_BYTES`].
pub fn http_get(url: &str, timeout_ms: u64) -> Option<Vec<u8>> {
	let deadline = sp_io::offchain::timestamp().add(Duration::from_millis(timeout_ms));
	let pending = http::Request::get(url).deadline(deadline).send().ok()?;
	let response = pending.try_wait(deadline).ok()?.ok()?;
	if response.code != 200 {
		return None;
	}
	read_body(&response, deadline)
}

/// The body of `response`, if it all arrives by `deadline` and is at most
/// [`MAX_RESPONSE_BYTES`]: a body that trickles or never ends costs the worker the
/// deadline, not its run.
fn read_body(
	response: &http::Response,
	deadline: sp_runtime::offchain::Timestamp,
) -> Option<Vec<u8>> {
	let mut body = response.body();
	body.deadline(deadline);
	let bytes: Vec<u8> = body.by_ref().take(MAX_RESPONSE_BYTES + 1).collect();
	(body.error().is_none() && bytes.len() <= MAX_RESPONSE_BYTES).then_some(bytes)
}

/// Asks a hoster's node at `endpoint` for the chunk frame `index` of the data set
/// `root`, over JSON-RPC (`datdot_chunk`), within `timeout_ms`.
pub fn fetch_chunk(
	endpoint: &[u8],
	root: &[u8; 32],
	index: u32,
	timeout_ms: u64,
) -> Option<Vec<u8>> {
	let url = core::str::from_utf8(endpoint).ok()?;
	let body = format!(
		r#"{{"jsonrpc":"2.0","id":1,"method":"datdot_chunk","params":["0x{}",{}]}}"#,
		hex(root),
		index
	);
	let deadline = sp_io::offchain::timestamp().add(Duration::from_millis(timeout_ms));
	let pending = http::Request::post(url, alloc::vec![body.into_bytes()])
		.add_header("Content-Type", "application/json")
		.deadline(deadline)
		.send()
		.ok()?;
	let response = pending.try_wait(deadline).ok()?.ok()?;
	if response.code != 200 {
		return None;
	}
	result_hex(&read_body(&response, deadline)?)
}

/// `bytes` as lowercase hex digits, without a prefix.
pub fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The bytes of `"result":"0x…"` in a JSON-RPC response from a datdot node. Read as
/// bytes, never as text: any input, however malformed, gives `None`, never a panic.
pub fn result_hex(json: &[u8]) -> Option<Vec<u8>> {
	const KEY: &[u8] = b"\"result\":\"0x";
	let at = json.windows(KEY.len()).position(|w| w == KEY)? + KEY.len();
	let rest = json.get(at..)?;
	let digits = rest.get(..rest.iter().position(|b| *b == b'"')?)?;
	if digits.len() % 2 != 0 {
		return None;
	}
	digits.chunks_exact(2).map(|p| Some((nibble(p[0])? << 4) | nibble(p[1])?)).collect()
}

/// The value of one hex digit.
fn nibble(b: u8) -> Option<u8> {
	match b {
		b'0'..=b'9' => Some(b - b'0'),
		b'a'..=b'f' => Some(b - b'a' + 10),
		b'A'..=b'F' => Some(b - b'A' + 10),
		_ => None,
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn rpc_results_are_read_back() {
		assert_eq!(
			result_hex(br#"{"jsonrpc":"2.0","result":"0x0aff","id":1}"#),
			Some(vec![10, 255])
		);
		assert_eq!(result_hex(br#"{"jsonrpc":"2.0","result":null,"id":1}"#), None);
		assert_eq!(hex(&[10, 255]), "0aff");
	}

	#[test]
	fn hostile_answers_give_nothing_and_never_panic() {
		// A multi-byte character where a hex digit belongs (it once split a `str` in the
		// middle of a character and aborted the whole worker run).
		assert_eq!(result_hex("{\"result\":\"0x0é\"}".as_bytes()), None);
		assert_eq!(result_hex("{\"result\":\"0xé0\"}".as_bytes()), None);
		assert_eq!(result_hex(br#"{"result":"0xzz"}"#), None);
		assert_eq!(result_hex(br#"{"result":"0x0"}"#), None);
		assert_eq!(result_hex(br#"{"result":"0x"#), None);
		assert_eq!(result_hex(b"\xff\xfe\"result\":\"0x00\""), Some(vec![0]));
		assert_eq!(result_hex(br#"{"result":"0xAbCd"}"#), Some(vec![0xab, 0xcd]));
		// Every prefix of a valid answer, and every byte in every place, is handled.
		let good = br#"{"jsonrpc":"2.0","result":"0x0aff","id":1}"#;
		for n in 0..=good.len() {
			let _ = result_hex(&good[..n]);
			for b in [0u8, b'"', 0xc3, 0xff] {
				let mut bad = good.to_vec();
				if n < bad.len() {
					bad[n] = b;
				}
				let _ = result_hex(&bad);
			}
		}
	}
}
