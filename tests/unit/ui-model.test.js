// The web page's model (ui/model.js): what it makes of events and of the node's views.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { Metadata, TypeRegistry } from '@polkadot/types';

import { describeError } from '../../scripts/client/api.js';
import { endedRows, formatBytes, History, hostingRows, planState, relative } from '../../ui/model.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ev = (section, method, data) => ({ section, method, data });

test('history: a hoster\'s proofs cover its hostings, payouts are per hosting, whichever block is read first', () => {
  const h = new History();
  h.apply(10, [ev('proofsOfStorage', 'ProvideProofOfStorage', { challenge: 4, hoster: 'eve', pieces: [{ contract: 7, index: 1, segment: 0 }, { contract: 8, index: 0, segment: 2 }] })]);
  h.apply(12, [ev('proofsOfStorage', 'ProofAccepted', { challenge: 4, hoster: 'eve' })]);
  assert.deepEqual(h.challenges.get(4).contracts, [7, 8]);
  // Read out of order: a later proof before an earlier block.
  h.apply(31, [ev('proofsOfStorage', 'ProofAccepted', { challenge: 5, hoster: 'eve' }),
    ev('proofsOfStorage', 'Paid', { contract: 7, hoster: 'eve', blocks: 19, paid: 32 })]);
  h.apply(13, [ev('proofsOfStorage', 'Paid', { contract: 7, hoster: 'eve', blocks: 2, paid: '0x10' })]);
  assert.equal(h.lastProofOf(7, 'eve'), 31);
  assert.equal(h.lastProofOf(9, 'eve'), 31, 'an audit covers every hosting of the hoster');
  assert.equal(h.lastProofOf(7, 'bob'), null);
  assert.equal(h.paidFor([7]), 48n, 'hex and number amounts add up');
  assert.equal(h.paidFor([8]), 0n);
  assert.equal(h.apply(13, [ev('proofsOfStorage', 'Paid', { contract: 7, hoster: 'eve', blocks: 1, paid: 16 })]), false, 'a block is taken once');
  assert.equal(h.paidFor([7]), 48n);
  assert.deepEqual([h.from, h.to], [10, 31]);
});

test('history: an account\'s payouts, faults, missed audits and slashes, newest first', () => {
  const h = new History();
  h.apply(5, [ev('proofsOfStorage', 'ProvideProofOfStorage', { challenge: 1, hoster: 'bob', pieces: [{ contract: 2, index: 0, segment: 0 }] })]);
  h.apply(6, [ev('proofsOfStorage', 'ProofAccepted', { challenge: 1, hoster: 'bob' }),
    ev('proofsOfStorage', 'Paid', { contract: 2, hoster: 'bob', blocks: 5, paid: 100 })]);
  h.apply(9, [ev('proofsOfStorage', 'Fault', { challenge: 2, hoster: 'bob', contract: 2, faults: 1 }),
    ev('roles', 'Slashed', { who: 'bob', role: 'Hoster', amount: '1000000000000000000000' }),
    ev('roles', 'Slashed', { who: 'eve', role: 'Hoster', amount: 1 }),
    ev('balances', 'Transfer', { from: 'bob', to: 'eve', amount: 5 })]);
  h.apply(11, [ev('proofsOfStorage', 'AuditMissed', { challenge: 3, hoster: 'bob', faults: 1 })]);
  const rows = h.ofAccount('bob');
  assert.deepEqual(rows.map((r) => [r.block, r.kind]), [[11, 'missed audit'], [9, 'fault'], [9, 'slash (Hoster)'], [6, 'payout']]);
  assert.equal(rows.find((r) => r.kind.startsWith('slash')).amount, 10n ** 21n, 'amounts beyond 2^53 stay exact');
  assert.equal(rows.find((r) => r.kind === 'payout').amount, 100n);
});

test('history: proofs per hour over a trailing window', () => {
  const h = new History();
  for (let b = 1; b <= 10; b++) h.apply(b, b % 2 ? [ev('proofsOfStorage', 'ProofAccepted', { challenge: b, hoster: 'x' })] : []);
  // 5 proofs in 10 blocks; 600 blocks an hour.
  assert.deepEqual(h.proofRate(10, 5, 600), [[5, 360], [10, 300]]);
  assert.deepEqual(h.proofRate(2, 10, 600), [[10, 300]]);
  assert.deepEqual(new History().proofRate(10, 1, 600), []);
});

test('hosting rows: matching, setting up, confirmed, faulted, repaired and ended', () => {
  const h = new History();
  h.apply(20, [ev('hosting', 'RepairHosting', { plan: 1, contract: 3, failed: 'bob' })]);
  h.apply(25, [ev('hosting', 'HostingConfirmed', { contract: 3, hoster: 'ferdie' })]);
  h.apply(26, [ev('hosting', 'HostingConfirmed', { contract: 4, hoster: 'eve' })]);
  h.apply(40, [ev('hosting', 'EndHosting', { plan: 1, contract: 9, hosters: ['eve', 'ferdie'] })]);
  const c = { id: 3, matching: true, hostings: [
    { hoster: 'eve', confirmed: true, faults: 0, challenge: null },
    { hoster: 'ferdie', confirmed: true, faults: 0, challenge: null },
    { hoster: 'dave', confirmed: false, faults: 0, challenge: null },
    { hoster: 'charlie', confirmed: true, faults: 2, challenge: null }] };
  assert.deepEqual(hostingRows(c, 5, h).map((r) => r.state), ['confirmed', 'repaired', 'setting up', 'faulted', 'matching']);
  assert.deepEqual(hostingRows({ ...c, matching: false }, 5, h).length, 4, 'no matching row once matched');
  assert.deepEqual(endedRows(1, h).map((r) => [r.contract, r.hoster, r.state]), [[9, 'eve', 'ended'], [9, 'ferdie', 'ended']]);
  assert.deepEqual(endedRows(2, h), []);
});

test('words and numbers for people', () => {
  assert.equal(planState({ state: 'Paused', pausedSince: 12 }), 'paused since #12');
  assert.equal(planState({ state: 'Active' }), 'active');
  assert.equal(formatBytes(300_000), '293.0 KiB');
  assert.equal(formatBytes(10 * 2 ** 30), '10.0 GiB');
  assert.equal(formatBytes(512), '512 B');
  assert.equal(relative(15, 10), 'in 5 blocks');
  assert.equal(relative(9, 10), '1 block ago');
  assert.equal(relative(null, 10), '—');
});

test('a failed call reads as the module error\'s name and text from the metadata', () => {
  const registry = new TypeRegistry();
  const hex = JSON.parse(fs.readFileSync(path.join(ROOT, 'types', 'metadata.json'), 'utf8')).result;
  registry.setMetadata(new Metadata(registry, hex));
  const plans = registry.metadata.pallets.find((p) => p.name.toString() === 'Plans');
  const variants = registry.lookup.getSiType(plans.errors.unwrap().type).def.asVariant.variants;
  const notActive = variants.find((v) => v.name.toString() === 'NotActive');
  const err = registry.createType('DispatchError', { Module: { index: plans.index, error: [notActive.index.toNumber(), 0, 0, 0] } });
  assert.match(describeError(registry, err), /^plans\.NotActive: \S.+/);
  assert.equal(describeError(registry, registry.createType('DispatchError', { BadOrigin: null })), 'BadOrigin');
});
