// Verifying a range of frames and writing the chunks into place (the download's work,
// scripts/client/verifier.js), in this thread and in the worker threads: only chunks
// that verify at their own index are written, and the first that does not stops it.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

import { cryptoWaitReady } from '@polkadot/util-crypto';

import { encodeFrame } from '../../scripts/client/frames.js';
import { chunk, chunkLeaf, hashReady, levels, proof, rootOfLeaves } from '../../scripts/client/merkle.js';
import { Verifiers, verifyInto } from '../../scripts/client/verifier.js';

const SIZE = 4096;
const data = Uint8Array.from({ length: 10 * SIZE - 100 }, (_, i) => (i * 7 + (i >> 12)) & 255);
const chunks = chunk(data, SIZE);
const joined = (frames) => new Uint8Array(frames.flatMap((f) => [...f]));

/** The data set's frames and root, an empty output file, and `job(from, max)`: the
 * verifier's job for chunks `from` on into that file. */
async function setup () {
  await Promise.all([cryptoWaitReady(), hashReady()]);
  const lv = levels(chunks.map((c) => chunkLeaf(c, SIZE)));
  const frames = chunks.map((c, i) => encodeFrame(c, proof(lv, i)));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'verifier-')), 'out.part');
  fs.writeFileSync(file, '');
  const root = rootOfLeaves(lv[0]);
  const fd = fs.openSync(file, 'r+');
  const job = (from, max) => ({ root, from, max, count: chunks.length, chunkSize: SIZE, fd });
  return { frames, file, fd, job };
}

for (const where of ['this thread', 'worker threads']) {
  test(`verifies a range and writes each chunk at its place (${where})`, async () => {
    const { frames, file, fd, job } = await setup();
    const pool = where === 'worker threads' ? new Verifiers(2) : null;
    const run = (body, job) => pool ? pool.run(body, job) : verifyInto(body, job);
    try {
      // Chunks 2–5 in one body (the last chunk, 9, is short), then the rest.
      assert.deepEqual(await run(joined(frames.slice(2, 6)), job(2, 4)), { frames: 4, verified: 4, bytes: 4 * SIZE, lied: false });
      assert.deepEqual(await run(joined([...frames.slice(6), frames[0]]), job(6, 4)), { frames: 4, verified: 4, bytes: 3 * SIZE + SIZE - 100, lied: false },
        'a frame past `max` is not looked at');
      // A body whose second frame is another chunk's: the first is written, then it stops.
      const lying = await run(joined([frames[0], frames[0], frames[1]]), job(0, 3));
      assert.deepEqual(lying, { frames: 3, verified: 1, bytes: SIZE, lied: true });
      assert.deepEqual(await run(joined([frames[1]]).subarray(0, 100), job(1, 1)), { frames: 0, verified: 0, bytes: 0, lied: false },
        'a frame cut short is no frame');
      assert.deepEqual(await run(joined([frames[1]]), job(1, 1)), { frames: 1, verified: 1, bytes: SIZE, lied: false });
      fs.closeSync(fd);
      assert.deepEqual(new Uint8Array(fs.readFileSync(file)), data, 'the file is the data set, byte for byte');
    } finally {
      await pool?.close();
    }
  });
}

test('a verifier thread that stops fails its jobs in flight, and this thread verifies the rest', async () => {
  const { frames, file, fd, job } = await setup();
  const pool = new Verifiers(1);
  try {
    const inFlight = pool.run(joined(frames.slice(0, 5)), job(0, 5));
    await pool.workers[0].terminate();
    await assert.rejects(inFlight, /stopped/);
    assert.deepEqual(await pool.run(joined(frames), job(0, 10)), { frames: 10, verified: 10, bytes: 10 * SIZE - 100, lied: false });
    fs.closeSync(fd);
    assert.deepEqual(new Uint8Array(fs.readFileSync(file)), data);
  } finally {
    await pool.close();
  }
});

test('when one thread stops, the jobs of the others fail too, and their late answers are dropped', async () => {
  const { frames, fd, job } = await setup();
  const pool = new Verifiers(2);
  try {
    const first = pool.run(joined(frames.slice(0, 5)), job(0, 5));
    const second = pool.run(joined(frames.slice(5)), job(5, 5));
    const answered = once(pool.workers[1], 'message');
    await pool.workers[0].terminate();
    await assert.rejects(first, /stopped/);
    await assert.rejects(second, /stopped/);
    await answered; // the second thread's answer, to a job that failed: no crash
  } finally {
    fs.closeSync(fd);
    await pool.close();
  }
});
