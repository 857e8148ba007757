// End-to-end tests of a plan's lifecycle on one `datdot-node --dev --tmp`: pause and
// resume (no challenge and no payout while paused, paid for running time only after),
// and a plan whose budget runs out ending by itself. Money is reconciled from the
// events: every payout against price × chunks × proven running blocks, and the whole
// escrow against the budget.

import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { TMP_DIR, devKeyring, freePorts, signAndWait, recordEvents, startNode, untilBlock, waitForBlocks, client } from '../lib/node.js';

const STEP_TIMEOUT = 10 * 60_000;

describe('a plan\'s lifecycle on a --dev node', { timeout: 30 * 60_000 }, () => {
  let node, api, keys, plan, file;
  /** The small-budget plan: its id, its record when subscribed, its budget. */
  let spent, spentPlan, budget;
  /** Block numbers at which events happened, recorded from every new block. */
  const seen = [];
  let stopEvents;

  before(async () => {
    node = await startNode({ name: 'lifecycle' });
    api = node.api;
    console.log(`# datdot-node at ${node.wsUrl}, log: ${node.logFile}`);
    keys = await devKeyring();
    await waitForBlocks(api, 1);
    stopEvents = await recordEvents(api, ['plans', 'hosting', 'proofsOfStorage', 'escrow'], seen);
    // The dev hosters serve their chunks from this node's RPC port.
    const endpoint = `http://127.0.0.1:${new URL(node.wsUrl).port}`;
    await Promise.all([keys.bob, keys.eve, keys.ferdie].map((h) =>
      signAndWait(api, api.tx.accounts.update(null, null, endpoint, null), h)));
    // Every hosting is due for a proof every 4 blocks.
    const params = (await api.query.proofsOfStorage.parameters()).toJSON();
    await signAndWait(api, api.tx.sudo.sudo(api.tx.proofsOfStorage.setParams({ ...params, period: 4 })), keys.alice);
    fs.mkdirSync(TMP_DIR, { recursive: true });
    file = path.join(TMP_DIR, `lifecycle-${process.pid}.bin`);
    fs.writeFileSync(file, crypto.randomBytes(100_000));
  });

  after(async () => {
    if (stopEvents) stopEvents();
    if (node) await node.stop();
    if (file) fs.rmSync(file, { force: true });
  });

  it('a published plan is confirmed and every hosting proven', { timeout: STEP_TIMEOUT }, async () => {
    const [port] = await freePorts(1);
    const run = await client([
      'publish', file, '--ws', node.wsUrl, '--serve', `127.0.0.1:${port}`,
      '--chunk-size', '16384', '--replication', '2', '--blocks', '400'
    ]);
    assert.equal(run.code, 0, run.out);
    plan = Number(/plan ([0-9]+) subscribed/.exec(run.out)[1]);
    const ids = (await api.query.hosting.planContracts(plan)).map((x) => x.toNumber());
    const hostings = [];
    for (const id of ids) {
      for (const [h] of (await api.query.hosting.contracts(id)).unwrap().hosters) hostings.push(`${id}/${h}`);
    }
    const proven = () => {
      const challenges = new Map(seen.filter((e) => e.name === 'proofsOfStorage.ProvideProofOfStorage')
        .map((e) => [Number(e.data[0]), `${e.data[2]}/${e.data[1]}`]));
      return new Set(seen.filter((e) => e.name === 'proofsOfStorage.ProofAccepted')
        .map((e) => challenges.get(Number(e.data[0]))).filter(Boolean));
    };
    await untilBlock(api, () => hostings.every((h) => proven().has(h)),
      { timeoutMs: 40 * 6_000, what: 'every hosting proven' });
  });

  it('a plan with a small budget is published (it drains while the next step runs)', { timeout: STEP_TIMEOUT }, async () => {
    // One 16 KiB chunk kept twice for 60 blocks at 50 µDAT a block: a budget of 6 mDAT,
    // of which the attestor fees (1 mDAT per accepted match or setup report: 4) take 4,
    // so the hosters' proofs exhaust the rest long before the end block.
    const small = path.join(TMP_DIR, `budget-${process.pid}.bin`);
    fs.writeFileSync(small, crypto.randomBytes(16_384));
    const [port] = await freePorts(1);
    const run = await client([
      'publish', small, '--ws', node.wsUrl, '--serve', `127.0.0.1:${port}`,
      '--chunk-size', '16384', '--replication', '2', '--blocks', '60', '--price', '50000000'
    ]);
    fs.rmSync(small, { force: true });
    assert.equal(run.code, 0, run.out);
    spent = Number(/plan ([0-9]+) subscribed/.exec(run.out)[1]);
    spentPlan = (await api.query.plans.plans(spent)).unwrap();
    budget = seen.find((e) => e.name === 'plans.PlanSubscribed' && Number(e.data[0]) === spent).data[2];
  });

  it('pause: no challenge and no payout while paused; resume: challenged, proven and paid for running time only', { timeout: STEP_TIMEOUT }, async () => {
    const ids = (await api.query.hosting.planContracts(plan)).map((x) => x.toNumber());
    const p = (await api.query.plans.plans(plan)).unwrap();
    const price = p.terms.price.toBigInt();
    const chunksOf = new Map();
    for (const id of ids) {
      const c = (await api.query.hosting.contracts(id)).unwrap();
      chunksOf.set(id, BigInt(c.end.toNumber() - c.start.toNumber()));
    }
    const challengeOf = () => new Map(seen.filter((e) => e.name === 'proofsOfStorage.ProvideProofOfStorage')
      .map((e) => [Number(e.data[0]), { contract: Number(e.data[2]), hoster: e.data[1] }]));
    const ours = (e) => ids.includes(challengeOf().get(Number(e.data[0]))?.contract);
    const blockOf = async (hash) => (await api.rpc.chain.getHeader(hash)).number.toNumber();

    const paused = await signAndWait(api, api.tx.plans.pause(plan), keys.alice);
    const pausedAt = await blockOf(paused.blockHash);
    // Three periods paused: nothing of this plan is challenged, and nothing it pays
    // after the challenges open at the pause were answered or closed.
    await untilBlock(api, async () => (await api.rpc.chain.getHeader()).number.toNumber() >= pausedAt + 12,
      { timeoutMs: 20 * 6_000, what: '12 blocks paused' });
    const opened = seen.filter((e) => e.name === 'proofsOfStorage.ProvideProofOfStorage' &&
      ids.includes(Number(e.data[2])) && e.block > pausedAt);
    assert.deepEqual(opened, [], 'no challenge while paused');
    const lateWindow = (await api.query.proofsOfStorage.parameters()).window.toNumber();
    const paidWhilePaused = seen.filter((e) => e.name === 'proofsOfStorage.ProofAccepted' && ours(e) &&
      e.block > pausedAt + lateWindow);
    assert.deepEqual(paidWhilePaused, [], 'no payout while paused');
    assert.equal(seen.filter((e) => e.name === 'proofsOfStorage.Fault').length, 0, 'nobody faulted for the pause');

    const resumed = await signAndWait(api, api.tx.plans.resume(plan), keys.alice);
    const resumedAt = await blockOf(resumed.blockHash);
    const pause = resumedAt - pausedAt;
    const hostings = [];
    for (const id of ids) {
      for (const [h] of (await api.query.hosting.contracts(id)).unwrap().hosters) hostings.push({ contract: id, hoster: h.toString() });
    }
    const provenAfter = (h) => seen.find((e) => e.name === 'proofsOfStorage.ProofAccepted' && e.block > resumedAt &&
      e.data[1] === h.hoster && challengeOf().get(Number(e.data[0]))?.contract === h.contract);
    await untilBlock(api, () => hostings.every(provenAfter), { timeoutMs: 30 * 6_000, what: 'every hosting proven after the resume' });
    // Reconcile from the events: each payout is price × chunks × the blocks since the
    // hosting was last settled, less the paused blocks in between; the escrow's Paid
    // event (amount + fee) is that gross amount.
    for (const h of hostings) {
      const proof = provenAfter(h);
      const settled = seen.filter((e) => (e.name === 'proofsOfStorage.ProofAccepted' || e.name === 'proofsOfStorage.Fault') &&
        e.block < proof.block && (e.data[1] === h.hoster) && challengeOf().get(Number(e.data[0]))?.contract === h.contract);
      const last = settled.at(-1);
      assert.ok(last, `hosting ${h.contract}/${h.hoster} was settled before the pause`);
      const pausedSince = Math.max(0, resumedAt - Math.max(pausedAt, last.block));
      const blocks = BigInt(proof.block - last.block - pausedSince);
      const paid = seen.find((e) => e.name === 'escrow.Paid' && e.block === proof.block && e.data[1] === h.hoster &&
        BigInt(e.data[2]) === BigInt(proof.data[2]));
      assert.ok(paid, `an escrow payout for the proof in block ${proof.block}`);
      const gross = BigInt(paid.data[2]) + BigInt(paid.data[3]);
      assert.equal(gross, price * chunksOf.get(h.contract) * blocks,
        `hosting ${h.contract}/${h.hoster}: paid for ${blocks} running blocks (${proof.block} − ${last.block} − ${pausedSince} paused)`);
    }
    console.log(`# figures: paused ${pause} blocks: 0 challenges, 0 payouts; after resume every hosting proven within ` +
      `${Math.max(...hostings.map((h) => provenAfter(h).block)) - resumedAt} blocks, paid for running time only`);
  });

  it('a plan whose budget runs out ends by itself, never paying more than it held', { timeout: STEP_TIMEOUT }, async () => {
    const p = spentPlan;
    const escrow = p.escrow.toNumber();
    const ended = () => seen.find((e) => e.name === 'plans.EndPlan' && Number(e.data[0]) === spent);
    await untilBlock(api, ended, { timeoutMs: 40 * 6_000, what: 'the plan ends with its budget spent' });
    const end = ended();
    assert.equal(end.data[1], 'BudgetSpent', JSON.stringify(end.data));
    assert.ok(end.block < p.terms.end.toNumber(), 'before its end block');
    // Every payout out of the escrow, hosters' and attestors', adds up to no more than
    // the budget; the refund is what is left.
    const out = seen.filter((e) => e.name === 'escrow.Paid' && Number(e.data[0]) === escrow)
      .reduce((sum, e) => sum + BigInt(e.data[2]) + BigInt(e.data[3]), 0n);
    assert.equal(out + BigInt(end.data[2]), BigInt(budget), `paid ${out} + refunded ${end.data[2]} = budget ${budget}`);
    assert.ok((await api.query.escrow.escrows(escrow)).isNone, 'the escrow is closed');
    const endHosting = seen.filter((e) => e.name === 'hosting.EndHosting' && Number(e.data[0]) === spent);
    assert.ok(endHosting.length >= 1 && endHosting.every((e) => e.block === end.block), 'EndHosting with EndPlan');
    assert.equal(seen.filter((e) => e.name === 'proofsOfStorage.Fault').length, 0, 'nobody faulted');
    console.log(`# figures: a ${budget}-planck plan ended BudgetSpent at #${end.block} (end block ${p.terms.end.toNumber()}), ` +
      `paid ${out}, refunded ${end.data[2]}`);
  });
});
