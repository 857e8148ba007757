// The client as a newcomer meets it, without a node: paths mean what the caller typed,
// a runtime error is one line (no usage text), a bad command line shows the usage, a
// missing `npm ci` is a hint, and amounts print in DAT.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { formatUnits } from '../../scripts/client/api.js';
import { freePorts } from '../lib/node.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function run (cmd, args, cwd) {
  return new Promise((resolve, reject) => {
    const proc = spawn(cmd, args, { cwd });
    let out = '';
    proc.stdout.on('data', (d) => { out += d; });
    proc.stderr.on('data', (d) => { out += d; });
    proc.once('error', reject);
    proc.once('exit', (code) => resolve({ code, out }));
  });
}

test('scripts/datdot reads files relative to the caller and prints a runtime error as one line', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datdot-cli-'));
  fs.writeFileSync(path.join(dir, 'here.bin'), 'some bytes');
  const [closed] = await freePorts(1); // nothing listens there
  const ws = `ws://127.0.0.1:${closed}`;
  const found = await run('bash', [path.join(ROOT, 'scripts/datdot'), 'publish', 'here.bin', '--ws', ws], dir);
  assert.equal(found.code, 1, found.out);
  assert.match(found.out, /here\.bin: 10 bytes in 1 chunks/, 'read from the caller\'s directory');
  assert.match(found.out, /cannot reach the node/);
  assert.doesNotMatch(found.out, /usage:/, 'a runtime error is not a usage error');
  const missing = await run('bash', [path.join(ROOT, 'scripts/datdot'), 'publish', 'nowhere.bin', '--ws', ws], dir);
  assert.equal(missing.code, 1);
  assert.match(missing.out, /cannot read nowhere\.bin/);
  const bad = await run('bash', [path.join(ROOT, 'scripts/datdot'), 'publish', 'here.bin', '--replication', 'two'], dir);
  assert.equal(bad.code, 1);
  assert.match(bad.out, /--replication must be a positive integer\nusage:/, 'a bad command line shows the usage');
  const port = await run('bash', [path.join(ROOT, 'scripts/datdot'), 'publish', 'here.bin', '--serve', '8090'], dir);
  assert.match(port.out, /--serve must be HOST:PORT/);
  fs.rmSync(dir, { recursive: true });
});

test('without node_modules the client says to run npm ci', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datdot-bare-'));
  fs.cpSync(path.join(ROOT, 'scripts'), path.join(dir, 'scripts'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  const r = await run(process.execPath, [path.join(dir, 'scripts/datdot.js'), 'status', '0'], dir);
  assert.equal(r.code, 1, r.out);
  assert.equal(r.out.trim().split('\n').length, 1, r.out);
  assert.match(r.out, /run `npm ci` in /);
  fs.rmSync(dir, { recursive: true });
});

test('amounts print in DAT with the unit', () => {
  assert.equal(formatUnits(22_800_000_000n, 12, 'DAT'), '0.0228 DAT');
  assert.equal(formatUnits(1_234_567_000_000_000_000n, 12, 'DAT'), '1,234,567 DAT');
  assert.equal(formatUnits(1_500_000_000_001n, 12, 'DAT'), '1.500000000001 DAT');
  assert.equal(formatUnits(0n, 12, 'DAT'), '0 DAT');
  assert.equal(formatUnits(-5_000_000_000_000n, 12, 'DAT'), '-5 DAT');
});

test('datdot ui serves the page and its bundle, names a busy port in one line and refuses a bad one', async () => {
  const bad = await run('bash', [path.join(ROOT, 'scripts/datdot'), 'ui', '--port', 'eighty'], ROOT);
  assert.equal(bad.code, 1, bad.out);
  assert.match(bad.out, /not a port: eighty/);
  const proc = spawn('bash', [path.join(ROOT, 'scripts/datdot'), 'ui', '--port', '0', '--ws', 'ws://127.0.0.1:1']);
  try {
    const url = await new Promise((resolve, reject) => {
      let out = '';
      proc.stdout.on('data', (d) => { out += d; const m = /datdot ui: (http:\/\/\S+)/.exec(out); if (m) resolve(m[1]); });
      proc.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    assert.deepEqual(await (await fetch(`${url}config.json`)).json(), { ws: 'ws://127.0.0.1:1' });
    const page = await fetch(url);
    assert.match(await page.text(), /<script type="module" src="app.js">/);
    const app = await fetch(`${url}app.js`);
    assert.equal(app.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.ok((await app.arrayBuffer()).byteLength > 100_000, 'the bundle holds @polkadot/api');
    assert.equal((await fetch(`${url}../../etc/passwd`)).status, 404);
    assert.equal((await fetch(url, { method: 'POST' })).status, 405);
    const busy = await run('bash', [path.join(ROOT, 'scripts/datdot'), 'ui', '--port', new URL(url).port], ROOT);
    assert.equal(busy.code, 1, busy.out);
    assert.match(busy.out, /port \d+ is in use; choose another with --port N/);
    assert.doesNotMatch(busy.out, /usage:|\n\s+at /, 'one line, no usage text or stack');
  } finally {
    proc.kill();
  }
});
