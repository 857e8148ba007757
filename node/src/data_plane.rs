//! The data plane: a hoster's chunks as raw bytes over plain HTTP/1.1 (keep-alive),
//! read from the node's chunk files ([`crate::chunk_files`]), where the hoster's
//! off-chain worker put each chunk frame after verifying it against its data set's root.
//!
//! - `GET /chunk/<root>/<index>`: one frame (`u32 LE length ‖ chunk ‖ u8 count ‖
//!   siblings`, the README's format), or 404 if this node does not store it.
//! - `GET /chunks/<root>?from=<index>&count=<n>`: the frames of chunks `from`,
//!   `from + 1`, … back to back, at most `n` (≤ [`MAX_RANGE`]) of them, stopping
//!   before the first chunk not stored (404 if that is the first). Frames delimit
//!   themselves, so a client reads them one by one as they stream in; the header
//!   `x-datdot-chunks` says how many the body holds.
//!
//! `<root>` is the data set's Merkle root in hex (`0x` optional). Nothing is trusted
//! here: clients verify every frame against the root on chain. Against hostile
//! peers: at most [`MAX_CONNECTIONS`] connections at once (others are closed at
//! once), request heads of at most [`MAX_HEAD`] bytes read within
//! [`HEAD_TIMEOUT`], only `GET` and `HEAD`, and a range's frames read from storage one
//! at a time as the peer takes them, so a connection holds one chunk in memory.
use datdot_primitives::chunk_store::FrameStore;
use futures::StreamExt;
use http_body_util::{combinators::BoxBody, BodyExt, Full, StreamBody};
use hyper::{
	body::{Bytes, Frame, Incoming},
	header, Method, Request, Response, StatusCode,
};
use hyper_util::rt::{TokioIo, TokioTimer};
use std::{convert::Infallible, net::SocketAddr, sync::Arc, time::Duration};
use tokio::sync::Semaphore;

/// Most chunks one range request returns (16 MiB of 64 KiB chunks).
pub const MAX_RANGE: u32 = 256;
/// Most connections served at once.
pub const MAX_CONNECTIONS: usize = 128;
/// Largest request head (request line and headers), bytes.
pub const MAX_HEAD: usize = 16 * 1024;
/// Time a peer has to send a request's head.
pub const HEAD_TIMEOUT: Duration = Duration::from_secs(10);

type Body = BoxBody<Bytes, Infallible>;

/// The node's chunk frames, shared by the data plane, `datdot_chunk` and the workers.
pub type Frames = Arc<dyn FrameStore>;

fn text(status: StatusCode, message: &str) -> Response<Body> {
	let mut res = Response::new(Full::new(Bytes::from(format!("{message}\n"))).boxed());
	*res.status_mut() = status;
	res.headers_mut().insert(header::CONTENT_TYPE, header::HeaderValue::from_static("text/plain"));
	res
}

fn bytes(status: StatusCode, body: Body, chunks: u32) -> Response<Body> {
	let mut res = Response::new(body);
	*res.status_mut() = status;
	let headers = res.headers_mut();
	headers
		.insert(header::CONTENT_TYPE, header::HeaderValue::from_static("application/octet-stream"));
	headers.insert("x-datdot-chunks", chunks.into());
	res
}

fn parse_root(hex: &str) -> Option<[u8; 32]> {
	let hex = hex.strip_prefix("0x").unwrap_or(hex);
	let raw = sp_core::bytes::from_hex(hex).ok()?;
	raw.try_into().ok()
}

/// The query parameter `name` as a number.
fn query_u32(query: Option<&str>, name: &str) -> Option<u32> {
	query?.split('&').find_map(|pair| {
		let (k, v) = pair.split_once('=')?;
		(k == name).then(|| v.parse().ok()).flatten()
	})
}

/// Answers one request.
pub fn answer(
	storage: &Frames,
	method: &Method,
	path: &str,
	query: Option<&str>,
) -> Response<Body> {
	if method != Method::GET && method != Method::HEAD {
		return text(StatusCode::METHOD_NOT_ALLOWED, "only GET and HEAD");
	}
	let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
	match parts.as_slice() {
		["chunk", root, index] => {
			let (Some(root), Ok(index)) = (parse_root(root), index.parse::<u32>()) else {
				return text(StatusCode::BAD_REQUEST, "want /chunk/<32-byte hex root>/<index>");
			};
			match storage.get(&root, index) {
				Some(f) => bytes(StatusCode::OK, Full::new(Bytes::from(f)).boxed(), 1),
				None => text(StatusCode::NOT_FOUND, "chunk not stored here"),
			}
		}
		["chunks", root] => {
			let root = parse_root(root);
			let from = query_u32(query, "from");
			let count = query_u32(query, "count").unwrap_or(MAX_RANGE);
			let (Some(root), Some(from)) = (root, from) else {
				return text(
					StatusCode::BAD_REQUEST,
					"want /chunks/<32-byte hex root>?from=<index>&count=<n>",
				);
			};
			if count == 0 || count > MAX_RANGE {
				return text(StatusCode::BAD_REQUEST, &format!("count must be 1 to {MAX_RANGE}"));
			}
			// How many are stored, without reading their bytes twice: the first is read
			// now, the rest (their files looked up, not read) as the peer takes them; the
			// count in the header is of those present now (a chunk is deleted only when
			// its hosting ends).
			let Some(first) = storage.get(&root, from) else {
				return text(StatusCode::NOT_FOUND, "chunk not stored here");
			};
			let end = from.saturating_add(count);
			let mut present = 1;
			for index in from.saturating_add(1)..end {
				if !storage.has(&root, index) {
					break;
				}
				present += 1;
			}
			let storage = storage.clone();
			// A lazy iterator: each frame is read when the peer is ready for it.
			let rest = futures::stream::iter(
				(from.saturating_add(1)..from.saturating_add(present))
					.map_while(move |index| storage.get(&root, index))
					.map(|f| Ok::<_, Infallible>(Frame::data(Bytes::from(f)))),
			);
			let first = futures::stream::once(async move { Ok(Frame::data(Bytes::from(first))) });
			let body = BodyExt::boxed(StreamBody::new(first.chain(rest)));
			bytes(StatusCode::OK, body, present)
		}
		_ => text(
			StatusCode::NOT_FOUND,
			"datdot data plane: GET /chunk/<root>/<index> or /chunks/<root>?from=&count=",
		),
	}
}

/// Binds the data plane's listener (port 0: any free port), so the address is known
/// before the node starts.
pub fn bind(addr: SocketAddr) -> std::io::Result<std::net::TcpListener> {
	let listener = std::net::TcpListener::bind(addr)?;
	listener.set_nonblocking(true)?;
	Ok(listener)
}

/// Serves the chunks in `storage` on `listener` until the node stops.
pub async fn serve(listener: std::net::TcpListener, storage: Frames) {
	let listener = match tokio::net::TcpListener::from_std(listener) {
		Ok(l) => l,
		Err(e) => {
			log::error!(target: "datdot", "data plane: {e}");
			return;
		}
	};
	let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
	loop {
		let (stream, _) = match listener.accept().await {
			Ok(c) => c,
			Err(e) => {
				// Out of file descriptors and the like: wait, then take connections again.
				log::debug!(target: "datdot", "data plane accept: {e}");
				tokio::time::sleep(Duration::from_millis(100)).await;
				continue;
			}
		};
		// Full: the connection is closed at once, the ones being served go on.
		let Ok(slot) = slots.clone().try_acquire_owned() else { continue };
		let _ = stream.set_nodelay(true);
		let storage = storage.clone();
		tokio::spawn(async move {
			let service = hyper::service::service_fn(move |req: Request<Incoming>| {
				let res = answer(&storage, req.method(), req.uri().path(), req.uri().query());
				async move { Ok::<_, Infallible>(res) }
			});
			let conn = hyper::server::conn::http1::Builder::new()
				.timer(TokioTimer::new())
				.header_read_timeout(HEAD_TIMEOUT)
				.max_buf_size(MAX_HEAD)
				.keep_alive(true)
				.serve_connection(TokioIo::new(stream), service);
			if let Err(e) = conn.await {
				log::debug!(target: "datdot", "data plane connection: {e}");
			}
			drop(slot);
		});
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use datdot_primitives::chunk_store::MemoryFrameStore;

	const ROOT: [u8; 32] = [7; 32];

	fn store(storage: &Frames, index: u32, frame: &[u8]) {
		assert!(storage.put(&ROOT, index, frame, u64::MAX));
	}

	fn frames() -> Frames {
		Arc::new(MemoryFrameStore::default())
	}

	fn body(res: Response<Body>) -> Vec<u8> {
		futures::executor::block_on(res.into_body().collect()).unwrap().to_bytes().to_vec()
	}

	fn get(storage: &Frames, path: &str, query: Option<&str>) -> Response<Body> {
		answer(storage, &Method::GET, path, query)
	}

	#[test]
	fn serves_one_chunk_and_ranges_up_to_the_first_gap() {
		let storage = frames();
		for i in [0u32, 1, 2, 4] {
			store(&storage, i, &[i as u8; 3]);
		}
		let root = format!("0x{}", sp_core::hexdisplay::HexDisplay::from(&ROOT));
		let one = get(&storage, &format!("/chunk/{root}/1"), None);
		assert_eq!(one.status(), StatusCode::OK);
		assert_eq!(body(one), vec![1; 3]);
		assert_eq!(get(&storage, &format!("/chunk/{root}/3"), None).status(), 404);

		let range = get(&storage, &format!("/chunks/{root}"), Some("from=0&count=10"));
		assert_eq!(range.status(), StatusCode::OK);
		assert_eq!(range.headers()["x-datdot-chunks"], "3");
		assert_eq!(body(range), [vec![0; 3], vec![1; 3], vec![2; 3]].concat());
		let tail = get(&storage, &format!("/chunks/{}", &root[2..]), Some("count=1&from=4"));
		assert_eq!(body(tail), vec![4; 3]);
		assert_eq!(get(&storage, &format!("/chunks/{root}"), Some("from=3")).status(), 404);
	}

	#[test]
	fn refuses_bad_requests_with_a_message() {
		let storage = frames();
		let root = format!("{}", sp_core::hexdisplay::HexDisplay::from(&ROOT));
		for (path, query, status) in [
			(format!("/chunk/{root}/x"), None, 400),
			("/chunk/0x1234/0".to_string(), None, 400),
			(format!("/chunks/{root}"), None, 400),
			(format!("/chunks/{root}"), Some("from=0&count=0"), 400),
			(format!("/chunks/{root}"), Some("from=0&count=257"), 400),
			("/".to_string(), None, 404),
			(format!("/chunk/{root}/0/extra"), None, 404),
		] {
			let res = get(&storage, &path, query);
			assert_eq!(res.status(), status, "{path} {query:?}");
			assert!(!body(res).is_empty(), "a message says why");
		}
		let post = answer(&storage, &Method::POST, &format!("/chunk/{root}/0"), None);
		assert_eq!(post.status(), StatusCode::METHOD_NOT_ALLOWED);
	}
}
