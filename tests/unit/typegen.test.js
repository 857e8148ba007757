// The generated TypeScript types (scripts/typegen.sh): they are what @polkadot/typegen
// makes of the committed metadata, and with them `tsc` types the chain's calls, storage
// and events (types/check.ts, whose `@ts-expect-error` lines must be errors). That the
// committed metadata is the runtime's is checked against a live node in
// tests/e2e/accounts_roles.test.js.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('types/interfaces is what typegen makes of types/metadata.json', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'datdot-typegen-'));
  const run = spawnSync(process.execPath, ['scripts/typegen.js', '--offline', '--out', out], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const committed = fs.readdirSync(path.join(ROOT, 'types/interfaces')).sort();
  assert.deepEqual(fs.readdirSync(out).sort(), committed);
  for (const f of committed) {
    assert.ok(fs.readFileSync(path.join(out, f)).equals(fs.readFileSync(path.join(ROOT, 'types/interfaces', f))),
      `types/interfaces/${f} is stale: run scripts/typegen.sh`);
  }
  fs.rmSync(out, { recursive: true });
});

test('with the generated augmentation, tsc types api.tx, api.query and api.events', () => {
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', 'types'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
});
