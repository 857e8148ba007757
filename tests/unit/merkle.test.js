// The JavaScript Merkle implementation against the committed test vectors (which a
// Python implementation wrote and the Rust one checks too), plus tampering cases.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { hexToU8a, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';

import { chunk, leafHash, levels, proof, root, verify } from '../../scripts/client/merkle.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const VECTORS = path.resolve(HERE, '../../pallets/primitives/test-vectors/merkle.json');

test('matches the committed test vectors', async () => {
  await cryptoWaitReady();
  const { cases } = JSON.parse(fs.readFileSync(VECTORS, 'utf8'));
  assert.ok(cases.length >= 5);
  for (const c of cases) {
    const chunks = c.chunks.map((h) => hexToU8a(h));
    assert.equal(u8aToHex(root(chunks)), c.root, c.name);
    const lv = levels(chunks.map(leafHash));
    for (const p of c.proofs) {
      const mine = proof(lv, p.index).map((s) => u8aToHex(s));
      assert.deepEqual(mine, p.siblings, `${c.name}: proof of ${p.index}`);
      assert.ok(verify(hexToU8a(c.root), chunks[p.index], p.index, chunks.length, p.siblings.map((s) => hexToU8a(s))));
    }
  }
});

test('tampered chunks, indexes and proofs fail', async () => {
  await cryptoWaitReady();
  for (let n = 1; n <= 17; n++) {
    const chunks = Array.from({ length: n }, (_, i) => new TextEncoder().encode(`chunk ${i}`));
    const lv = levels(chunks.map(leafHash));
    const r = lv[lv.length - 1][0];
    for (let i = 0; i < n; i++) {
      const p = proof(lv, i);
      assert.ok(verify(r, chunks[i], i, n, p));
      assert.ok(!verify(r, new TextEncoder().encode('forged'), i, n, p));
      assert.ok(!verify(r, chunks[i], i + n, n, p));
      if (n > 1) {
        assert.ok(!verify(r, chunks[i], (i + 1) % n, n, p));
        assert.ok(!verify(r, chunks[i], i, n, p.slice(0, -1)));
        assert.ok(!verify(r, chunks[i], i, n, [...p, new Uint8Array(32)]));
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

test('chunk frames round-trip and verify', async () => {
  await cryptoWaitReady();
  const { encodeFrame, decodeFrame, verifiedChunk } = await import('../../scripts/client/frames.js');
  const chunks = Array.from({ length: 5 }, (_, i) => new Uint8Array(16).fill(i));
  const lv = levels(chunks.map(leafHash));
  const r = lv[lv.length - 1][0];
  chunks.forEach((c, i) => {
    const frame = encodeFrame(c, proof(lv, i));
    assert.deepEqual(decodeFrame(frame).chunk, c);
    assert.deepEqual(verifiedChunk(frame, r, i, 5), c);
    assert.equal(verifiedChunk(frame, r, (i + 1) % 5, 5), null);
    const bad = frame.slice();
    bad[5] ^= 1;
    assert.equal(verifiedChunk(bad, r, i, 5), null);
    assert.equal(decodeFrame(frame.subarray(0, frame.length - 1)), null);
  });
});
