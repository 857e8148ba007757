// The datdot Merkle format, for clients (the runtime's copy is
// pallets/primitives/src/merkle.rs; both check themselves against
// pallets/primitives/test-vectors/merkle.json).
//
// Binary tree, BLAKE2b-256; leaf = H(0x00 ‖ chunk); node = H(0x01 ‖ left ‖ right);
// an odd last node is promoted unchanged; a proof lists the sibling hashes from
// the leaf upwards, skipping the levels where the node was promoted.
import { blake2AsU8a } from '@polkadot/util-crypto';

const concat = (...parts) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
};

const equal = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

/** H(0x00 ‖ chunk) */
export const leafHash = (chunk) => blake2AsU8a(concat(Uint8Array.of(0), chunk), 256);

/** H(0x01 ‖ left ‖ right) */
export const nodeHash = (left, right) => blake2AsU8a(concat(Uint8Array.of(1), left, right), 256);

function parentLevel (level) {
  const up = [];
  for (let i = 0; i < level.length; i += 2) {
    up.push(i + 1 < level.length ? nodeHash(level[i], level[i + 1]) : level[i]);
  }
  return up;
}

/** Every level of the tree over `leaves`, leaves first, root last. */
export function levels (leaves) {
  if (leaves.length === 0) throw new Error('a Merkle tree needs at least one chunk');
  const out = [leaves];
  while (out[out.length - 1].length > 1) out.push(parentLevel(out[out.length - 1]));
  return out;
}

/** The root over `chunks` (Uint8Arrays). */
export const root = (chunks) => rootOfLeaves(chunks.map(leafHash));

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

/** Whether `chunk` is chunk `index` of `leafCount` under `rootHash`, by `siblings`. */
export function verify (rootHash, chunk, index, leafCount, siblings) {
  if (!(index >= 0 && index < leafCount) || siblings.length > 32) return false;
  let hash = leafHash(chunk);
  let i = index;
  let n = leafCount;
  let next = 0;
  while (n > 1) {
    const promoted = i % 2 === 0 && i === n - 1;
    if (!promoted) {
      const sibling = siblings[next++];
      if (!sibling) return false;
      hash = i % 2 === 0 ? nodeHash(hash, sibling) : nodeHash(sibling, hash);
    }
    i = Math.floor(i / 2);
    n = Math.ceil(n / 2);
  }
  return next === siblings.length && equal(hash, rootHash);
}

/** Cuts `data` into chunks of `chunkSize` bytes (the last may be shorter). */
export function chunk (data, chunkSize) {
  if (!(chunkSize > 0)) throw new Error('chunk size must be positive');
  if (data.length === 0) throw new Error('cannot publish an empty file');
  const chunks = [];
  for (let at = 0; at < data.length; at += chunkSize) chunks.push(data.subarray(at, at + chunkSize));
  return chunks;
}
