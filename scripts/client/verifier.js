// Verifying downloaded chunks and writing them into place, off the main thread: the
// main thread receives the hosters' bytes while worker threads hash (a 64 KiB chunk's
// leaf is 127 BLAKE2b calls, most of a download's CPU time) and write. The same
// function runs in the main thread for chunks fetched one at a time over JSON-RPC, and
// for every range once a worker thread has stopped.
import fs from 'node:fs';
import os from 'node:os';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

import { cryptoWaitReady } from '@polkadot/util-crypto';

import { verifiedChunk } from './frames.js';
import { splitFrames } from './hosters.js';
import { hashReady } from './merkle.js';

/**
 * Verifies the back-to-back frames in `body` as chunks `from`, `from + 1`, … (at most
 * `max` of them) of `count` chunks of at most `chunkSize` bytes under `root`, and
 * writes each that verifies into `fd` at its place (chunk × chunkSize). Stops at the
 * first frame that does not verify.
 * @returns {{ frames: number, verified: number, bytes: number, lied: boolean }} the
 * whole frames in `body` (up to `max`), how many verified and were written (the first
 * ones), their bytes, and whether one did not verify.
 */
export function verifyInto (body, { root, from, max, count, chunkSize, fd }) {
  const frames = splitFrames(body).slice(0, max);
  let bytes = 0;
  for (let k = 0; k < frames.length; k++) {
    const chunk = verifiedChunk(frames[k], root, from + k, count, chunkSize);
    if (!chunk) return { frames: frames.length, verified: k, bytes, lied: true };
    fs.writeSync(fd, chunk, 0, chunk.length, (from + k) * chunkSize);
    bytes += chunk.length;
  }
  return { frames: frames.length, verified: frames.length, bytes, lied: false };
}

/** Worker threads running `verifyInto`, jobs handed out in turn. */
export class Verifiers {
  /** `size` threads: by default one per core but the one receiving, at most 4. */
  constructor (size = Math.max(1, Math.min(4, os.availableParallelism() - 1))) {
    this.jobs = new Map();
    this.broken = false;
    this.next = 0;
    this.turn = 0;
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL(import.meta.url));
      worker.unref();
      worker.on('message', ({ id, result, error }) => {
        const job = this.jobs.get(id);
        if (!job) return; // failed already, when another thread stopped
        this.jobs.delete(id);
        if (error) job.reject(new Error(error));
        else job.resolve(result);
      });
      worker.on('error', (e) => this.broke(e));
      worker.on('exit', () => this.broke(new Error('a verifier thread stopped')));
      return worker;
    });
  }

  /** A thread failed: the jobs in flight fail (their ranges are asked for again), and
   * from now on this thread verifies. */
  broke (e) {
    this.broken = true;
    for (const job of this.jobs.values()) job.reject(e);
    this.jobs.clear();
  }

  /** `verifyInto(body, job)` in the next worker; `body`'s buffer moves there. */
  async run (body, job) {
    if (this.broken) return verifyInto(body, job);
    const id = this.next++;
    const worker = this.workers[this.turn++ % this.workers.length];
    if (body.byteOffset !== 0 || body.byteLength !== body.buffer.byteLength) body = body.slice();
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      worker.postMessage({ id, body, job }, [body.buffer]);
    });
  }

  async close () {
    this.broken = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

if (!isMainThread) {
  // Messages wait in the port's queue until the listener is added.
  await Promise.all([cryptoWaitReady(), hashReady()]);
  parentPort.on('message', ({ id, body, job }) => {
    try {
      parentPort.postMessage({ id, result: verifyInto(body, job) });
    } catch (e) {
      parentPort.postMessage({ id, error: e.message });
    }
  });
}
