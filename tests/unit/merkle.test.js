// The JavaScript Merkle implementation against the committed test vectors (which a
// Python implementation wrote and the Rust one checks too), plus tampering cases.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { hexToU8a, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';

import { MERKLE_WASM, chunk, chunkLeaf, hashReady, leafHash, levels, proof, root, segment, segmentProof, segments, verify, verifySegment } from '../../scripts/client/merkle.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const VECTORS = path.resolve(HERE, '../../pallets/primitives/test-vectors/merkle.json');

// Both implementations against the vectors: the runtime's Merkle code built as
// WebAssembly (by scripts/build.sh, which scripts/test.sh runs first), which the client
// loads, and the JavaScript one over polkadot.js's BLAKE2b, its fallback.
for (const fast of [true, false]) test(`matches the committed test vectors (${fast ? `WebAssembly, ${MERKLE_WASM}` : 'JavaScript'})`, async () => {
  await cryptoWaitReady();
  assert.equal(await hashReady({ fast }), fast, fast ? `${MERKLE_WASM} loads (build it with scripts/build.sh)` : 'the fallback');
  const { cases } = JSON.parse(fs.readFileSync(VECTORS, 'utf8'));
  assert.ok(cases.length >= 5);
  assert.ok(cases.some((c) => segments(c.chunk_size) > 1), 'vectors with segment trees');
  for (const c of cases) {
    const chunks = c.chunks.map((h) => hexToU8a(h));
    const size = c.chunk_size;
    assert.equal(u8aToHex(root(chunks, size)), c.root, c.name);
    const lv = levels(chunks.map((x) => chunkLeaf(x, size)));
    for (const p of c.proofs) {
      const mine = proof(lv, p.index).map((s) => u8aToHex(s));
      assert.deepEqual(mine, p.siblings, `${c.name}: proof of ${p.index}`);
      assert.ok(verify(hexToU8a(c.root), chunks[p.index], size, p.index, chunks.length, p.siblings.map((s) => hexToU8a(s))));
    }
    for (const p of c.segment_proofs) {
      assert.equal(u8aToHex(segment(chunks[p.index], p.segment)), p.piece, `${c.name}: segment ${p.index}/${p.segment}`);
      const mine = [...segmentProof(chunks[p.index], size, p.segment), ...proof(lv, p.index)].map((s) => u8aToHex(s));
      assert.deepEqual(mine, p.siblings, `${c.name}: proof of segment ${p.index}/${p.segment}`);
      const sibs = p.siblings.map((s) => hexToU8a(s));
      assert.ok(verifySegment(hexToU8a(c.root), hexToU8a(p.piece), p.segment, p.index, chunks.length, size, sibs));
      assert.ok(!verifySegment(hexToU8a(c.root), new TextEncoder().encode('forged'), p.segment, p.index, chunks.length, size, sibs));
      if (sibs.length) assert.ok(!verifySegment(hexToU8a(c.root), hexToU8a(p.piece), p.segment, p.index, chunks.length, size, sibs.slice(0, -1)));
    }
  }
});

test('tampered chunks, indexes and proofs fail (WebAssembly)', async () => {
  await cryptoWaitReady();
  assert.ok(await hashReady(), `${MERKLE_WASM} loads`);
  for (let n = 1; n <= 17; n++) {
    const chunks = Array.from({ length: n }, (_, i) => new TextEncoder().encode(`chunk ${i}`));
    const lv = levels(chunks.map(leafHash));
    const r = lv[lv.length - 1][0];
    for (let i = 0; i < n; i++) {
      const p = proof(lv, i);
      assert.ok(verify(r, chunks[i], 1024, i, n, p));
      assert.ok(!verify(r, new TextEncoder().encode('forged'), 1024, i, n, p));
      assert.ok(!verify(r, chunks[i], 1024, i + n, n, p));
      if (n > 1) {
        assert.ok(!verify(r, chunks[i], 1024, (i + 1) % n, n, p));
        assert.ok(!verify(r, chunks[i], 1024, i, n, p.slice(0, -1)));
        assert.ok(!verify(r, chunks[i], 1024, i, n, [...p, new Uint8Array(32)]));
      }
    }
  }
});

test('chunking keeps every byte, in order', () => {
  const data = new Uint8Array(1000).map((_, i) => i % 251);
  const parts = chunk(data, 64);
  assert.equal(parts.length, 16);
  assert.equal(parts[15].length, 1000 - 15 * 64);
  assert.deepEqual(Uint8Array.from(parts.flatMap((p) => [...p])), data);
  assert.throws(() => chunk(new Uint8Array(0), 64), /empty/);
  assert.throws(() => chunk(data, 0), /positive/);
});

test('every segment of 4 KiB chunks proves, at its own place only', async () => {
  await cryptoWaitReady();
  const size = 4096;
  const chunks = [new Uint8Array(4096).map((_, i) => i % 251), new Uint8Array(1500).fill(9)];
  const lv = levels(chunks.map((c) => chunkLeaf(c, size)));
  const r = lv[lv.length - 1][0];
  chunks.forEach((c, i) => {
    for (let j = 0; j < segments(size); j++) {
      const p = [...segmentProof(c, size, j), ...proof(lv, i)];
      assert.ok(verifySegment(r, segment(c, j), j, i, 2, size, p), `${i}/${j}`);
      assert.ok(!verifySegment(r, segment(c, j), (j + 1) % 4, i, 2, size, p) || segment(c, j).length === segment(c, (j + 1) % 4).length && segment(c, j).every((x, k) => x === segment(c, (j + 1) % 4)[k]));
      assert.ok(!verifySegment(r, segment(c, j), j, 1 - i, 2, size, p));
      assert.ok(!verifySegment(r, c, j, i, 2, size, p) || c.length <= 1024);
    }
  });
});

test('chunk frames round-trip and verify (WebAssembly)', async () => {
  await cryptoWaitReady();
  assert.ok(await hashReady(), `${MERKLE_WASM} loads`);
  const { encodeFrame, decodeFrame, verifiedChunk } = await import('../../scripts/client/frames.js');
  const chunks = Array.from({ length: 5 }, (_, i) => new Uint8Array(16).fill(i));
  const lv = levels(chunks.map(leafHash));
  const r = lv[lv.length - 1][0];
  chunks.forEach((c, i) => {
    const frame = encodeFrame(c, proof(lv, i));
    assert.deepEqual(decodeFrame(frame).chunk, c);
    assert.deepEqual(verifiedChunk(frame, r, i, 5, 16), c);
    assert.equal(verifiedChunk(frame, r, i, 5, 15), null, 'longer than declared');
    assert.equal(verifiedChunk(frame, r, (i + 1) % 5, 5, 16), null);
    const bad = frame.slice();
    bad[5] ^= 1;
    assert.equal(verifiedChunk(bad, r, i, 5, 16), null);
    assert.equal(decodeFrame(frame.subarray(0, frame.length - 1)), null);
  });
});

test('a missing module leaves the JavaScript implementation in use', async () => {
  await hashReady({ fast: false });
  assert.equal(await hashReady({ file: path.join(HERE, 'no-such.wasm') }), false);
  await cryptoWaitReady();
  const chunks = [new Uint8Array(3000).fill(1), new Uint8Array(10).fill(2)];
  const lv = levels(chunks.map((c) => chunkLeaf(c, 4096)));
  assert.ok(verify(lv[lv.length - 1][0], chunks[1], 4096, 1, 2, proof(lv, 1)));
});
