// Fetching chunks from hosters: over a hoster node's data plane (raw frames over HTTP,
// a range of chunks per request) when it serves one, else one chunk per
// `datdot_chunk` JSON-RPC call. Nothing fetched is trusted: callers verify each frame
// against the data set's root.
import { hexToU8a, u8aToHex } from '@polkadot/util';

/** Time one request may take, ms. */
const TIMEOUT_MS = 30_000;

async function rpcCall (endpoint, method, params) {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    signal: AbortSignal.timeout(TIMEOUT_MS)
  });
  const body = await res.json();
  if (body.error) throw new Error(body.error.message);
  return body.result;
}

/** The frame of chunk `index` under `root` from the hoster's RPC `endpoint`. */
export async function fetchFrame (endpoint, root, index) {
  const frame = await rpcCall(endpoint, 'datdot_chunk', [u8aToHex(root), index]);
  if (!frame) throw new Error('chunk not stored');
  return hexToU8a(frame);
}

/** The base URL of the data plane of the node at RPC `endpoint` (same host, the port
 * `datdot_dataPlane` names), or null if it serves none or cannot be asked. */
export async function dataPlaneUrl (endpoint) {
  try {
    const port = await rpcCall(endpoint, 'datdot_dataPlane', []);
    if (!port) return null;
    const url = new URL(endpoint);
    url.protocol = 'http:';
    url.port = String(port);
    url.pathname = '/';
    return url.toString();
  } catch {
    return null; // an older node, or a method not exposed: the RPC path still works
  }
}

/** Cuts back-to-back frames (u32 LE length ‖ chunk ‖ u8 count ‖ 32 × count) apart;
 * stops at a frame that is cut short. */
export function splitFrames (buf) {
  const frames = [];
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let at = 0;
  while (at + 5 <= buf.length) {
    const len = view.getUint32(at, true);
    if (at + 5 + len > buf.length) break;
    const end = at + 5 + len + 32 * buf[at + 4 + len];
    if (end > buf.length) break;
    frames.push(buf.subarray(at, end));
    at = end;
  }
  return frames;
}

/** The body of a range request to the data plane at `base`: up to `count` frames
 * from chunk `from` on (fewer when the hoster stores fewer in a row), back to back
 * (`splitFrames` cuts them apart). */
export async function fetchRange (base, root, from, count) {
  const url = new URL(`chunks/${u8aToHex(root)}?from=${from}&count=${count}`, base);
  const res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (!res.ok) throw new Error(`data plane: ${res.status} ${(await res.text()).trim()}`);
  return new Uint8Array(await res.arrayBuffer());
}
