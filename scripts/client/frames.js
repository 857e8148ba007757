// Chunk frames (pallets/primitives/src/frames.rs): u32 LE chunk length ‖ chunk ‖
// u8 sibling count ‖ 32-byte siblings.
import { verify } from './merkle.js';

export function encodeFrame (chunk, siblings) {
  const out = new Uint8Array(4 + chunk.length + 1 + 32 * siblings.length);
  new DataView(out.buffer).setUint32(0, chunk.length, true);
  out.set(chunk, 4);
  out[4 + chunk.length] = siblings.length;
  siblings.forEach((s, i) => out.set(s, 5 + chunk.length + 32 * i));
  return out;
}

export function decodeFrame (frame) {
  if (frame.length < 5) return null;
  const len = new DataView(frame.buffer, frame.byteOffset, frame.byteLength).getUint32(0, true);
  if (frame.length < 5 + len) return null;
  const chunk = frame.subarray(4, 4 + len);
  const count = frame[4 + len];
  const rest = frame.subarray(5 + len);
  if (rest.length !== 32 * count) return null;
  const siblings = Array.from({ length: count }, (_, i) => rest.subarray(32 * i, 32 * i + 32));
  return { chunk, siblings };
}

/** The chunk in `frame` if it is chunk `index` of `count` chunks of at most
 * `chunkSize` bytes under `root`, else null. */
export function verifiedChunk (frame, root, index, count, chunkSize) {
  const f = decodeFrame(frame);
  return f && f.chunk.length <= chunkSize && verify(root, f.chunk, chunkSize, index, count, f.siblings) ? f.chunk : null;
}
