// The datdot Merkle format, for clients (the runtime's copy is pallets/merkle, which
// the client also runs as WebAssembly where it is built: `hashReady` below; both check
// themselves against pallets/primitives/test-vectors/merkle.json).
//
// Binary tree, BLAKE2b-256; leaf = H(0x00 ‖ piece); node = H(0x01 ‖ left ‖ right);
// an odd last node is promoted unchanged; a proof lists the sibling hashes from
// the leaf upwards, skipping the levels where the node was promoted. A chunk's
// leaf is the root of the tree over its S = max(1, ⌈chunkSize / 1024⌉) segments
// of 1 KiB (those past its end empty); a segment proof is the segment's siblings
// in its chunk's tree followed by the chunk's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { blake2AsU8a } from '@polkadot/util-crypto';

const concat = (...parts) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
};

const equal = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

const LEAF = Uint8Array.of(0);
const NODE = Uint8Array.of(1);

/** Where scripts/build.sh puts the WebAssembly build of the runtime's Merkle code
 * (`pallets/merkle/wasm`); `DATDOT_MERKLE_WASM` names another file. */
export const MERKLE_WASM = process.env.DATDOT_MERKLE_WASM ?? path.join(
  process.env.CARGO_TARGET_DIR || path.join(os.homedir(), '.cache', 'datdot-target'),
  'wasm32v1-none', 'client-wasm', 'datdot_merkle_wasm.wasm');

// A 64 KiB chunk's leaf hashes its 64 segments and the tree over them: 127 BLAKE2b
// calls, each of which costs more to call from JavaScript than to hash. The module
// (`pallets/merkle/wasm`: the runtime's own Merkle code) hashes a chunk, or verifies a
// frame, in one call; until `hashReady()` has loaded it, or where it is not built,
// polkadot.js's BLAKE2b does the same work hash by hash. Both are checked against the
// committed vectors (tests/unit/merkle.test.js).
let wasm = null;

/** Loads the module (see above); resolves whether it is in use. `{ fast: false }`
 * goes back to polkadot.js's hash. */
export async function hashReady ({ fast = true, file = MERKLE_WASM } = {}) {
  if (!fast) wasm = null;
  else if (!wasm) {
    try {
      const { instance } = await WebAssembly.instantiate(await fs.promises.readFile(file));
      const e = instance.exports;
      wasm = { e, io: new Uint8Array(e.memory.buffer, e.io(), e.io_bytes()) };
    } catch {
      wasm = null;
    }
  }
  return wasm !== null;
}

/** H(0x00 ‖ chunk) */
export const leafHash = (chunk) => blake2AsU8a(concat(LEAF, chunk), 256);

/** H(0x01 ‖ left ‖ right) */
export function nodeHash (left, right) {
  if (!wasm) return blake2AsU8a(concat(NODE, left, right), 256);
  wasm.io.set(left, 0);
  wasm.io.set(right, 32);
  wasm.e.node_hash();
  return wasm.io.slice(0, 32);
}

function parentLevel (level) {
  const up = [];
  for (let i = 0; i < level.length; i += 2) {
    up.push(i + 1 < level.length ? nodeHash(level[i], level[i + 1]) : level[i]);
  }
  return up;
}

export const SEGMENT_SIZE = 1024;

/** Segments per chunk in a data set of chunks of at most `chunkSize` bytes. */
export const segments = (chunkSize) => Math.max(1, Math.ceil(chunkSize / SEGMENT_SIZE));

/** Segment `j` of `chunk` (empty past its end). */
export const segment = (chunk, j) => chunk.subarray(Math.min(j * SEGMENT_SIZE, chunk.length), Math.min((j + 1) * SEGMENT_SIZE, chunk.length));

/** The leaves of `chunk`'s segment tree (more than S for a chunk longer than declared). */
export function segmentLeaves (chunk, chunkSize) {
  const count = Math.max(segments(chunkSize), Math.ceil(chunk.length / SEGMENT_SIZE));
  return Array.from({ length: count }, (_, j) => leafHash(segment(chunk, j)));
}

/** A chunk's leaf in its data set's tree: the root of its segment tree. */
export function chunkLeaf (chunk, chunkSize) {
  if (wasm && chunk.length <= wasm.io.length) {
    wasm.io.set(chunk, 0);
    if (wasm.e.chunk_leaf(chunk.length, chunkSize)) return wasm.io.slice(0, 32);
  }
  return rootOfLeaves(segmentLeaves(chunk, chunkSize));
}

/** The siblings proving segment `j` within `chunk` (the chunk's own proof follows). */
export const segmentProof = (chunk, chunkSize, j) => proof(levels(segmentLeaves(chunk, chunkSize)), j);

/** Every level of the tree over `leaves`, leaves first, root last. */
export function levels (leaves) {
  if (leaves.length === 0) throw new Error('a Merkle tree needs at least one chunk');
  const out = [leaves];
  while (out[out.length - 1].length > 1) out.push(parentLevel(out[out.length - 1]));
  return out;
}

/** The root over `chunks` (Uint8Arrays) of at most `chunkSize` bytes. */
export const root = (chunks, chunkSize) => rootOfLeaves(chunks.map((c) => chunkLeaf(c, chunkSize)));

/** The root over leaf hashes. */
export function rootOfLeaves (leaves) {
  const lv = levels(leaves);
  return lv[lv.length - 1][0];
}

/** The siblings proving leaf `index`, from precomputed `levels`. */
export function proof (lv, index) {
  if (index < 0 || index >= lv[0].length) throw new Error(`chunk ${index} out of range`);
  const siblings = [];
  let i = index;
  for (const level of lv.slice(0, -1)) {
    const s = i ^ 1;
    if (s < level.length) siblings.push(level[s]);
    i = Math.floor(i / 2);
  }
  return siblings;
}

/** Walks `hash` (node `index` of a level of `count`) up to the root, taking siblings
 * from `sibs` at `at.next`; null if they run out. */
function fold (hash, index, count, sibs, at) {
  let i = index;
  let n = count;
  while (n > 1) {
    const promoted = i % 2 === 0 && i === n - 1;
    if (!promoted) {
      const sibling = sibs[at.next++];
      if (!sibling) return null;
      hash = i % 2 === 0 ? nodeHash(hash, sibling) : nodeHash(sibling, hash);
    }
    i = Math.floor(i / 2);
    n = Math.ceil(n / 2);
  }
  return hash;
}

/** Whether `leaf` is leaf `index` of `leafCount` under `rootHash`, by `siblings`. */
export function verifyLeaf (rootHash, leaf, index, leafCount, siblings) {
  if (!(index >= 0 && index < leafCount) || siblings.length > 32) return false;
  const at = { next: 0 };
  const hash = fold(leaf, index, leafCount, siblings, at);
  return hash !== null && at.next === siblings.length && equal(hash, rootHash);
}

/** Whether `chunk` is chunk `index` of `leafCount` chunks of at most `chunkSize` bytes
 * under `rootHash`, by `siblings`. */
export function verify (rootHash, chunk, chunkSize, index, leafCount, siblings) {
  if (!(Number.isInteger(index) && index >= 0 && index < leafCount)) return false;
  const at = 32 + 32 * siblings.length;
  if (wasm && siblings.length <= 32 && at + chunk.length <= wasm.io.length) {
    wasm.io.set(rootHash, 0);
    siblings.forEach((s, k) => wasm.io.set(s, 32 + 32 * k));
    wasm.io.set(chunk, at);
    return wasm.e.verify(chunk.length, siblings.length, index, leafCount, chunkSize) === 1;
  }
  return verifyLeaf(rootHash, chunkLeaf(chunk, chunkSize), index, leafCount, siblings);
}

/** Whether `piece` is segment `j` of chunk `index` of `leafCount` chunks of at most
 * `chunkSize` bytes under `rootHash`, by `siblings` (segment path, then chunk path). */
export function verifySegment (rootHash, piece, j, index, leafCount, chunkSize, siblings) {
  const count = segments(chunkSize);
  if (piece.length > SEGMENT_SIZE || !(j >= 0 && j < count)) return false;
  const at = { next: 0 };
  const leaf = fold(leafHash(piece), j, count, siblings, at);
  return leaf !== null && verifyLeaf(rootHash, leaf, index, leafCount, siblings.slice(at.next));
}

/** Cuts `data` into chunks of `chunkSize` bytes (the last may be shorter). */
export function chunk (data, chunkSize) {
  if (!(chunkSize > 0)) throw new Error('chunk size must be positive');
  if (data.length === 0) throw new Error('cannot publish an empty file');
  const chunks = [];
  for (let at = 0; at < data.length; at += chunkSize) chunks.push(data.subarray(at, at + chunkSize));
  return chunks;
}
