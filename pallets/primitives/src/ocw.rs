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

/// `GET url`: the body of a `200` answer within `timeout_ms`.
pub fn http_get(url: &str, timeout_ms: u64) -> Option<Vec<u8>> {
	let deadline = sp_io::offchain::timestamp().add(Duration::from_millis(timeout_ms));
	let pending = http::Request::get(url).deadline(deadline).send().ok()?;
	let response = pending.try_wait(deadline).ok()?.ok()?;
	(response.code == 200).then(|| response.body().collect())
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
	let text: Vec<u8> = response.body().collect();
	result_hex(&text)
}

/// `bytes` as lowercase hex digits, without a prefix.
pub fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The bytes of `"result":"0x…"` in a JSON-RPC response from a datdot node.
pub fn result_hex(json: &[u8]) -> Option<Vec<u8>> {
	let text = core::str::from_utf8(json).ok()?;
	let at = text.find("\"result\":\"0x")? + "\"result\":\"0x".len();
	let end = at + text[at..].find('"')?;
	let digits = &text[at..end];
	if digits.len() % 2 != 0 {
		return None;
	}
	(0..digits.len()).step_by(2).map(|i| u8::from_str_radix(&digits[i..i + 2], 16).ok()).collect()
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
}
