// End-to-end test of the job market on a `datdot-node --dev --tmp`, through the client
// (scripts/datdot job …) and @polkadot/api: post → claim → submit → accept → rate;
// a dispute split by the arbiter; a partial receipt signed by both; the circuit breaker.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { bnToU8a, stringToU8a, u8aConcat } from '@polkadot/util';

import { ocwKeyProof } from '../../scripts/client/keys.js';
import { devKeyring, findEvents, eventField, signAndWait, startNode, waitForBlocks, client } from '../lib/node.js';

const STEP = 5 * 60_000;
const DAT = 10n ** 12n;

describe('compute jobs on a --dev node', { timeout: 20 * 60_000 }, () => {
  let node, api, keys, buyer, worker;
  const free = async (who) => (await api.query.system.account(who.address)).data.free.toBigInt();
  const job = (args, who) => client(['job', ...args, '--ws', node.wsUrl, '--suri', who]);
  const BUYER = '//e2e/jobs/client';
  const WORKER = '//e2e/jobs/worker';

  /** Posts a job through the client and returns its id. */
  async function post (payment = 10n * DAT) {
    const run = await job(['post', '--spec', `0x${'11'.repeat(32)}`, '--input', `0x${'22'.repeat(32)}`,
      '--payment', String(payment), '--blocks', '200', '--cpu', '500'], BUYER);
    assert.equal(run.code, 0, run.out);
    return Number(/job ([0-9]+) posted/.exec(run.out)[1]);
  }

  /** Posted, then claimed by the worker once the early window has passed. */
  async function claimed () {
    const id = await post();
    const early = (await api.query.jobs.parameters()).earlyWindow.toNumber();
    await waitForBlocks(api, early);
    const run = await job(['claim', String(id)], WORKER);
    assert.equal(run.code, 0, run.out);
    return id;
  }

  async function submitted () {
    const id = await claimed();
    const run = await job(['submit', String(id), `0x${'33'.repeat(32)}`], WORKER);
    assert.equal(run.code, 0, run.out);
    return id;
  }

  before(async () => {
    node = await startNode({ name: 'jobs' });
    api = node.api;
    keys = await devKeyring();
    buyer = keys.keyring.addFromUri(BUYER);
    worker = keys.keyring.addFromUri(WORKER);
    await waitForBlocks(api, 1);
    const nonce = (await api.rpc.system.accountNextIndex(keys.alice.address)).toNumber();
    await Promise.all([buyer, worker].map((who, i) => signAndWait(api,
      api.tx.balances.transferKeepAlive(who.address, 1_000n * DAT), keys.alice, { options: { nonce: nonce + i } })));
    await signAndWait(api, api.tx.accounts.create(worker.publicKey, ocwKeyProof(api, worker), new Uint8Array(32), 'http://127.0.0.1:1', 'u33db'), worker);
    const form = { resources: { storage: 0, bandwidth: 0, cpu: 4000, ram: 8n << 30n }, regions: [], timetable: [] };
    await signAndWait(api, api.tx.roles.register('Worker', form, 100n * DAT), worker);
  });

  after(async () => { if (node) await node.stop(); });

  it('the metadata has the Jobs, Escrow.resolve and Reputation.rate calls', () => {
    for (const call of ['post', 'claim', 'submitResult', 'accept', 'dispute', 'cancel', 'completeWithReceipt']) {
      assert.equal(typeof api.tx.jobs[call], 'function', `jobs.${call}`);
    }
    assert.equal(typeof api.tx.escrow.resolve, 'function');
    assert.equal(typeof api.tx.reputation.rate, 'function');
    assert.equal(typeof api.tx.circuitBreaker.pause, 'function');
  });

  it('post → claim → submit → accept pays the worker once; the client rates once', { timeout: STEP }, async () => {
    const id = await submitted();
    const before = await free(worker);
    const run = await job(['accept', String(id)], BUYER);
    assert.equal(run.code, 0, run.out);
    const fee = 10n * DAT / 100n;
    assert.equal(await free(worker) - before, 10n * DAT - fee, 'payment minus the 1% protocol fee');
    assert.ok((await api.query.jobs.jobs(id)).isNone, 'settled jobs leave storage');
    const again = await job(['accept', String(id)], BUYER);
    assert.equal(again.code, 1);
    assert.match(again.out, /jobs\.JobNotFound/);
    const rate = await job(['rate', String(id), '5'], BUYER);
    assert.equal(rate.code, 0, rate.out);
    const twice = await job(['rate', String(id), '5'], BUYER);
    assert.equal(twice.code, 1, 'rated once only');
    const bad = await job(['rate', String(id), '9'], BUYER);
    assert.match(bad.out, /1 to 5 stars/);
  });

  it('a dispute is split by the arbiter; the losing disputer\'s bond goes to the treasury', { timeout: STEP }, async () => {
    const id = await submitted();
    const escrow = (await api.query.jobs.jobs(id)).unwrap().escrow.toNumber();
    const run = await job(['dispute', String(id)], BUYER);
    assert.equal(run.code, 0, run.out);
    const buyerBefore = await free(buyer);
    const { events } = await signAndWait(api, api.tx.sudo.sudo(api.tx.escrow.resolve(escrow, 700_000_000)), keys.alice);
    const resolved = findEvents(events, 'escrow', 'DisputeResolved')[0];
    assert.ok(resolved, 'DisputeResolved');
    assert.equal(eventField(resolved, 'refunded').toBigInt(), 3n * DAT, '30% back to the client');
    assert.equal(eventField(resolved, 'bondSlashed').toBigInt(), DAT, 'the bond of the client, who got less than half');
    const completed = findEvents(events, 'jobs', 'JobCompleted')[0];
    assert.equal(eventField(completed, 'how').toString(), 'Resolved');
    assert.equal(await free(buyer) - buyerBefore, 3n * DAT, 'the refund; the bond is gone');
  });

  it('a partial receipt signed by both pays pro rata at once', { timeout: STEP }, async () => {
    const id = await claimed();
    const genesis = (await api.rpc.chain.getBlockHash(0)).toU8a();
    const message = u8aConcat(stringToU8a('datdot/receipt'), genesis,
      bnToU8a(id, { bitLength: 64 }), bnToU8a(1, { bitLength: 32 }), bnToU8a(4, { bitLength: 32 }));
    const receipt = { checkpoint: 1, checkpoints: 4 };
    const before = await free(worker);
    const tx = api.tx.jobs.completeWithReceipt(id, receipt, buyer.sign(message), worker.sign(message));
    const { events } = await signAndWait(api, tx, worker);
    const completed = findEvents(events, 'jobs', 'JobCompleted')[0];
    assert.equal(eventField(completed, 'refunded').toBigInt(), 75n * DAT / 10n);
    const fee = findEvents(events, 'transactionPayment', 'TransactionFeePaid')[0];
    const paid = eventField(completed, 'paid').toBigInt();
    assert.equal(paid, 25n * DAT / 10n - 25n * DAT / 1000n, 'a quarter, minus the 1% fee');
    assert.equal(await free(worker) - before, paid - eventField(fee, 'actualFee').toBigInt());
    // A forged receipt (the worker signing for the client) is refused.
    const other = await claimed();
    const forged = api.tx.jobs.completeWithReceipt(other, receipt, worker.sign(message), worker.sign(message));
    await assert.rejects(signAndWait(api, forged, worker), /jobs\.BadSignature/);
  });

  it('the circuit breaker pauses and resumes the Jobs pallet', { timeout: STEP }, async () => {
    const { events } = await signAndWait(api, api.tx.sudo.sudo(api.tx.circuitBreaker.pause('Jobs')), keys.alice);
    assert.equal(findEvents(events, 'circuitBreaker', 'PalletPaused').length, 1);
    const next = (await api.query.jobs.nextJobId()).toNumber();
    await assert.rejects(
      signAndWait(api, api.tx.jobs.post(`0x${'11'.repeat(32)}`, `0x${'22'.repeat(32)}`,
        { minReputation: 0, resources: { storage: 0, bandwidth: 0, cpu: 0, ram: 0 }, deadline: 10_000 }, DAT), buyer),
      /system\.CallFiltered/);
    assert.equal((await api.query.jobs.nextJobId()).toNumber(), next, 'nothing posted');
    await signAndWait(api, api.tx.sudo.sudo(api.tx.circuitBreaker.resume('Jobs')), keys.alice);
    const id = await post();
    const run = await job(['cancel', String(id)], BUYER);
    assert.equal(run.code, 0, run.out);
    assert.match(run.out, /JobCancelled/);
  });

  it('bad input gets a clear error', { timeout: STEP }, async () => {
    const missing = await job(['claim', '999'], WORKER);
    assert.equal(missing.code, 1);
    assert.match(missing.out, /jobs\.JobNotFound/);
    const noFile = await job(['post', '--spec', '/no/such/file', '--input', `0x${'22'.repeat(32)}`, '--payment', '1', '--blocks', '10'], BUYER);
    assert.equal(noFile.code, 1);
    assert.match(noFile.out, /cannot read/);
  });
});
