// Cutting a data-plane response into frames: whole frames only, in order, and a frame
// cut short at the end (a connection that dropped) is left out, not misread.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { encodeFrame, decodeFrame } from '../../scripts/client/frames.js';
import { splitFrames } from '../../scripts/client/hosters.js';

test('splitFrames cuts back-to-back frames apart and drops a cut-short tail', () => {
  const a = encodeFrame(Uint8Array.of(1, 2, 3), [new Uint8Array(32).fill(9)]);
  const b = encodeFrame(new Uint8Array(0), []);
  const c = encodeFrame(new Uint8Array(70000).fill(5), [new Uint8Array(32), new Uint8Array(32).fill(1)]);
  const all = new Uint8Array([...a, ...b, ...c]);
  const frames = splitFrames(all);
  assert.equal(frames.length, 3);
  assert.deepEqual(decodeFrame(frames[0]).chunk, Uint8Array.of(1, 2, 3));
  assert.equal(decodeFrame(frames[1]).chunk.length, 0);
  assert.equal(decodeFrame(frames[2]).siblings.length, 2);
  for (const cut of [all.length - 1, all.length - 32, a.length + b.length + 4, a.length + 2]) {
    const got = splitFrames(all.subarray(0, cut));
    assert.ok(got.length < 3, `cut at ${cut}`);
    assert.ok(got.every((f, i) => f.length === frames[i].length), 'the whole frames before the cut only');
  }
  assert.deepEqual(splitFrames(new Uint8Array(0)), []);
});
