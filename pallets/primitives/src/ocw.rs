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
	get(url, timeout_ms, MAX_RESPONSE_BYTES).ok().flatten()
}

/// A peer sent no answer by the deadline: nothing listens, or it is too slow.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct NoAnswer;

/// `GET url`: `Err` if no answer came by the deadline `timeout_ms` from now (nothing
/// listens, or it is too slow); `Ok(None)` for an answer other than a `200` whose body
/// arrives whole by the deadline and is at most `cap` bytes.
fn get(url: &str, timeout_ms: u64, cap: usize) -> Result<Option<Vec<u8>>, NoAnswer> {
	let deadline = sp_io::offchain::timestamp().add(Duration::from_millis(timeout_ms));
	let pending = http::Request::get(url).deadline(deadline).send().map_err(|_| NoAnswer)?;
	let response = pending.try_wait(deadline).map_err(|_| NoAnswer)?.map_err(|_| NoAnswer)?;
	if response.code != 200 {
		return Ok(None);
	}
	Ok(read_body(&response, deadline, cap))
}

/// The body of `response`, if it all arrives by `deadline` and is at most `cap` bytes:
/// a body that trickles or never ends costs the worker the deadline, not its run.
fn read_body(
	response: &http::Response,
	deadline: sp_runtime::offchain::Timestamp,
	cap: usize,
) -> Option<Vec<u8>> {
	let mut body = response.body();
	body.deadline(deadline);
	let bytes: Vec<u8> = body.by_ref().take(cap.saturating_add(1)).collect();
	(body.error().is_none() && bytes.len() <= cap).then_some(bytes)
}

/// POSTs the JSON-RPC call `method(params)` to `endpoint`: the whole answer, read as
/// [`http_get`] reads one, or `None`.
fn rpc(endpoint: &[u8], method: &str, params: &str, timeout_ms: u64) -> Option<Vec<u8>> {
	let url = core::str::from_utf8(endpoint).ok()?;
	let body = format!(r#"{{"jsonrpc":"2.0","id":1,"method":"{method}","params":[{params}]}}"#);
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
	read_body(&response, deadline, MAX_RESPONSE_BYTES)
}

/// Asks a hoster's node at `endpoint` for the chunk frame `index` of the data set
/// `root`, over JSON-RPC (`datdot_chunk`), within `timeout_ms`.
pub fn fetch_chunk(
	endpoint: &[u8],
	root: &[u8; 32],
	index: u32,
	timeout_ms: u64,
) -> Option<Vec<u8>> {
	let params = format!(r#""0x{}",{}"#, hex(root), index);
	result_hex(&rpc(endpoint, "datdot_chunk", &params, timeout_ms)?)
}

/// Asks the hoster's node at RPC `endpoint` where its data plane listens
/// (`datdot_dataPlane`): `Some(Some(base))` with the base URL (`http://host:port/`, the
/// endpoint's host), `Some(None)` if the node serves none, `None` if it did not answer
/// (or answered anything else).
pub fn data_plane(endpoint: &[u8], timeout_ms: u64) -> Option<Option<String>> {
	let port = result_port(&rpc(endpoint, "datdot_dataPlane", "", timeout_ms)?)?;
	Some(match port {
		Some(port) => Some(plane_base(endpoint, port)?),
		None => None,
	})
}

/// The data plane's base URL for a node whose RPC is at `endpoint`: plain HTTP to the
/// same host, on `port`. `None` for an endpoint whose host is not a plain name or
/// address (no user part, no characters a URL would read otherwise).
pub fn plane_base(endpoint: &[u8], port: u16) -> Option<String> {
	let url = core::str::from_utf8(endpoint).ok()?;
	let rest = ["http://", "https://", "ws://", "wss://"]
		.iter()
		.find_map(|scheme| url.strip_prefix(scheme))?;
	let authority = rest.split(['/', '?', '#']).next()?;
	let host = if authority.starts_with('[') {
		&authority[..=authority.find(']')?]
	} else {
		authority.split(':').next()?
	};
	let plain =
		|c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '[' | ']' | ':');
	if host.is_empty() || !host.chars().all(plain) {
		return None;
	}
	Some(format!("http://{host}:{port}/"))
}

/// The port in `"result":<port>` of a JSON-RPC answer (`Some(None)` for `null`), read
/// as bytes: malformed input gives `None`, never a panic.
pub fn result_port(json: &[u8]) -> Option<Option<u16>> {
	const KEY: &[u8] = b"\"result\":";
	let at = json.windows(KEY.len()).position(|w| w == KEY)? + KEY.len();
	let rest = json.get(at..)?;
	let rest = rest.get(rest.iter().position(|b| *b != b' ')?..)?;
	if rest.starts_with(b"null") {
		return Some(None);
	}
	let digits = rest.get(..rest.iter().position(|b| !b.is_ascii_digit())?)?;
	if digits.is_empty() || digits.len() > 5 {
		return None;
	}
	let port = digits.iter().fold(0u32, |n, d| n * 10 + (d - b'0') as u32);
	(1..=u16::MAX as u32).contains(&port).then_some(Some(port as u16))
}

/// Frame `index` of the data set `root` from the data plane at `base`: `Err` if the
/// data plane did not answer in time, `Ok(None)` if it answered without the frame.
pub fn fetch_plane_chunk(
	base: &str,
	root: &[u8; 32],
	index: u32,
	timeout_ms: u64,
) -> Result<Option<Vec<u8>>, NoAnswer> {
	get(&format!("{base}chunk/0x{}/{index}", hex(root)), timeout_ms, MAX_RESPONSE_BYTES)
}

/// Up to `count` frames from chunk `from` on, from the data plane at `base`, in order
/// (fewer when the hoster stores fewer in a row; none if it answered without any): the
/// answer is read up to `count` frames of chunks of at most `chunk_size` bytes, not
/// further. Each is still to be verified by the caller. `Err` if the data plane did
/// not answer in time.
pub fn fetch_plane_range(
	base: &str,
	root: &[u8; 32],
	from: u32,
	count: u32,
	chunk_size: u32,
	timeout_ms: u64,
) -> Result<Vec<Vec<u8>>, NoAnswer> {
	let url = format!("{base}chunks/0x{}?from={from}&count={count}", hex(root));
	let cap = crate::frames::max_len(chunk_size).saturating_mul(count as usize);
	let body = get(&url, timeout_ms, cap)?.unwrap_or_default();
	Ok(crate::frames::split(&body).into_iter().take(count as usize).map(|f| f.to_vec()).collect())
}

/// Blocks a hoster node's answer to `datdot_dataPlane` is used before it is asked again.
pub const PLANE_TTL: u32 = 20;

fn plane_key(endpoint: &[u8]) -> Vec<u8> {
	let mut k = b"datdot/plane/".to_vec();
	k.extend_from_slice(&sp_io::hashing::blake2_256(endpoint));
	k
}

/// Where the hoster node at RPC `endpoint` serves its data plane (`Some(None)`: it
/// serves none), from its answer of the last [`PLANE_TTL`] blocks (kept in the node's
/// persistent off-chain storage), else asked now within `timeout_ms`; `None` if it did
/// not answer.
pub fn data_plane_cached(endpoint: &[u8], now: u32, timeout_ms: u64) -> Option<Option<String>> {
	let key = plane_key(endpoint);
	let cached = StorageValueRef::persistent(&key);
	if let Ok(Some((at, plane))) = cached.get::<(u32, Option<Vec<u8>>)>() {
		if now.saturating_sub(at) < PLANE_TTL {
			return Some(plane.and_then(|p| String::from_utf8(p).ok()));
		}
	}
	let plane = data_plane(endpoint, timeout_ms)?;
	cached.set(&(now, plane.as_ref().map(|p| p.as_bytes().to_vec())));
	Some(plane)
}

/// Notes that the data plane of the node at `endpoint` did not answer: for
/// [`PLANE_TTL`] blocks it is taken to serve none and JSON-RPC serves instead, so a data
/// plane behind a firewall costs one request's time per period, not one per chunk.
pub fn plane_failed(endpoint: &[u8], now: u32) {
	StorageValueRef::persistent(&plane_key(endpoint)).set(&(now, Option::<Vec<u8>>::None));
}

/// Frame `index` of the data set `root` from the hoster node at RPC `endpoint`: over its
/// data plane, else (it serves none, or its data plane did not answer) over JSON-RPC
/// (`datdot_chunk`). Each request takes at most `timeout()`, asked before it is sent.
/// The outer `None` when `timeout()` says no time is left; the inner one when the
/// hoster did not serve the frame. Nothing is verified here.
pub fn hoster_chunk(
	endpoint: &[u8],
	root: &[u8; 32],
	index: u32,
	now: u32,
	timeout: impl Fn() -> Option<u64>,
) -> Option<Option<Vec<u8>>> {
	if let Some(base) = data_plane_cached(endpoint, now, timeout()?).flatten() {
		match fetch_plane_chunk(&base, root, index, timeout()?) {
			// It answered, with the frame or without: its RPC reads the same files.
			Ok(frame) => return Some(frame),
			Err(NoAnswer) => plane_failed(endpoint, now),
		}
	}
	Some(fetch_chunk(endpoint, root, index, timeout()?))
}

/// Up to `count` frames from chunk `from` on (chunks of at most `chunk_size` bytes) from
/// the hoster node at RPC `endpoint`: a range over its data plane, else (it serves none,
/// or its data plane did not answer) chunk `from` alone over JSON-RPC. Empty if it
/// served none or no time is left (`timeout()`, as for [`hoster_chunk`]). Nothing is
/// verified here.
pub fn hoster_range(
	endpoint: &[u8],
	root: &[u8; 32],
	from: u32,
	count: u32,
	chunk_size: u32,
	now: u32,
	timeout: impl Fn() -> Option<u64>,
) -> Vec<Vec<u8>> {
	let Some(t) = timeout() else { return Vec::new() };
	if let Some(base) = data_plane_cached(endpoint, now, t).flatten() {
		let Some(t) = timeout() else { return Vec::new() };
		match fetch_plane_range(&base, root, from, count, chunk_size, t) {
			Ok(frames) => return frames,
			Err(NoAnswer) => plane_failed(endpoint, now),
		}
	}
	timeout().and_then(|t| fetch_chunk(endpoint, root, from, t)).into_iter().collect()
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
	fn a_data_plane_is_found_on_the_endpoints_host() {
		assert_eq!(result_port(br#"{"jsonrpc":"2.0","result":30333,"id":1}"#), Some(Some(30333)));
		assert_eq!(result_port(br#"{"jsonrpc":"2.0","result": 8080}"#), Some(Some(8080)));
		assert_eq!(result_port(br#"{"jsonrpc":"2.0","result":null,"id":1}"#), Some(None));
		for bad in [
			&br#"{"result":0}"#[..],
			br#"{"result":65536}"#,
			br#"{"result":123456}"#,
			br#"{"result":"80"}"#,
			br#"{"result":80"#,
			br#"{"error":{"code":1}}"#,
			b"\xff\"result\":\xff",
		] {
			assert_eq!(result_port(bad), None, "{:?}", core::str::from_utf8(bad));
		}
		let base = |e: &str| plane_base(e.as_bytes(), 30333);
		assert_eq!(base("http://127.0.0.1:9944"), Some("http://127.0.0.1:30333/".into()));
		assert_eq!(base("https://node.example:443/rpc"), Some("http://node.example:30333/".into()));
		assert_eq!(base("ws://[::1]:9944"), Some("http://[::1]:30333/".into()));
		assert_eq!(base("http://hoster21"), Some("http://hoster21:30333/".into()));
		for bad in ["", "ftp://x", "http://", "http://user@evil:1", "http://a b", "http://[::1"] {
			assert_eq!(base(bad), None, "{bad}");
		}
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
