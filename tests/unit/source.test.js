// The streaming source publish and serve read files through: the same root as the
// in-memory Merkle code, frames that verify, read from the file on demand.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

import { cryptoWaitReady } from '@polkadot/util-crypto';

import { verifiedChunk } from '../../scripts/client/frames.js';
import { chunk, root } from '../../scripts/client/merkle.js';
import { FileSource } from '../../scripts/client/source.js';

test('a file hashed in a stream has the root of its chunks, and each frame verifies', async () => {
  await cryptoWaitReady();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datdot-source-'));
  const file = path.join(dir, 'data.bin');
  const data = crypto.randomBytes(100_000);
  fs.writeFileSync(file, data);
  for (const size of [4096, 65536, 1000]) {
    const source = await FileSource.open(file, size);
    const chunks = chunk(new Uint8Array(data), size);
    assert.equal(source.count, chunks.length);
    assert.deepEqual(source.root, root(chunks, size));
    for (const i of [0, 1, chunks.length - 1]) {
      const frame = await source.frame(i);
      assert.deepEqual(verifiedChunk(frame, source.root, i, source.count, size), chunks[i], `chunk ${i} of ${size}`);
    }
    assert.equal(await source.frame(source.count), null);
    assert.equal(await source.frame(-1), null);
    await source.close();
  }
  fs.writeFileSync(path.join(dir, 'empty.bin'), '');
  await assert.rejects(FileSource.open(path.join(dir, 'empty.bin'), 4096), /empty/);
  fs.rmSync(dir, { recursive: true });
});
