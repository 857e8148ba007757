// End-to-end tests of a plan's lifecycle on one `datdot-node --dev --tmp`: pause and
// resume (no challenge and no payout while paused, paid for running time only after),
// an update of a running plan (more replication: new hosters matched), a hoster's
// orderly exit, and a short plan's books closing at its end. Money is reconciled from
// the events: every payout against price × chunks × proven running blocks, the top-up
// against the added hoster's future, and the whole escrow against the budget.

import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { TMP_DIR, devKeyring, freePorts, signAndWait, recordEvents, startNode, untilBlock, waitForBlocks, client } from '../lib/node.js';

const STEP_TIMEOUT = 10 * 60_000;

describe('a plan\'s lifecycle on a --dev node', { timeout: 30 * 60_000 }, () => {
  let node, api, keys, plan, file;
  /** The short plan: its id, its record when subscribed, its budget. */
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
    // The dev hosters serve their chunks from this node's RPC port (a `--dev` node's
    // genesis points their profiles at it).
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
    // Each hoster's audit proves all it keeps; each hosting is then paid (`Paid`) for the
    // proven time.
    const paid = () => new Set(seen.filter((e) => e.name === 'proofsOfStorage.Paid').map((e) => `${e.data[0]}/${e.data[1]}`));
    await untilBlock(api, () => hostings.every((h) => paid().has(h)),
      { timeoutMs: 40 * 6_000, what: 'every hosting proven and paid' });
  });

  it('a short plan is published (it runs out while the next steps run)', { timeout: STEP_TIMEOUT }, async () => {
    // One 16 KiB chunk kept twice for 45 blocks at 50 µDAT a block: 4.5 mDAT for the
    // hosters, and a fee reserve for every placement beside it. It ends after the
    // update and exit steps below.
    const small = path.join(TMP_DIR, `budget-${process.pid}.bin`);
    fs.writeFileSync(small, crypto.randomBytes(16_384));
    const [port] = await freePorts(1);
    const run = await client([
      'publish', small, '--ws', node.wsUrl, '--serve', `127.0.0.1:${port}`,
      '--chunk-size', '16384', '--replication', '2', '--blocks', '45', '--price', '50000000'
    ]);
    fs.rmSync(small, { force: true });
    assert.equal(run.code, 0, run.out);
    spent = Number(/plan ([0-9]+) subscribed/.exec(run.out)[1]);
    spentPlan = (await api.query.plans.plans(spent)).unwrap();
    budget = seen.find((e) => e.name === 'plans.PlanSubscribed' && Number(e.data[0]) === spent).data[2];
    // The fee reserve: 1 contract × 2 hosters × 2 placements × (attestors + setup checkers) × fee.
    const fee = (await api.query.hosting.attestorFee()).toBigInt();
    const perPlacement = BigInt(api.consts.hosting.attestorsPerMatch.toNumber() + api.consts.hosting.setupCheckers.toNumber());
    assert.equal(spentPlan.fees.toBigInt(), 1n * 2n * 2n * perPlacement * fee, 'the fee reserve counted in the budget');
    assert.equal(BigInt(budget), 50_000_000n * 1n * 2n * BigInt(spentPlan.terms.end.toNumber() - spentPlan.terms.start.toNumber()) + spentPlan.fees.toBigInt());
  });

  it('pause: nothing of the plan asked for or paid while paused; resume: audited and paid for running time only', { timeout: STEP_TIMEOUT }, async () => {
    const ids = (await api.query.hosting.planContracts(plan)).map((x) => x.toNumber());
    const p = (await api.query.plans.plans(plan)).unwrap();
    const price = p.terms.price.toBigInt();
    const chunksOf = new Map();
    for (const id of ids) {
      const c = (await api.query.hosting.contracts(id)).unwrap();
      chunksOf.set(id, BigInt(c.end.toNumber() - c.start.toNumber()));
    }
    const asks = (e) => e.data[2].some((piece) => ids.includes(Number(piece.contract)));
    const blockOf = async (hash) => (await api.rpc.chain.getHeader(hash)).number.toNumber();

    const paused = await signAndWait(api, api.tx.plans.pause(plan), keys.alice);
    const pausedAt = await blockOf(paused.blockHash);
    // Three periods paused: no audit asks for this plan's data (the hosters' audits go
    // on over their other data), and nothing is paid for the paused blocks.
    await untilBlock(api, async () => (await api.rpc.chain.getHeader()).number.toNumber() >= pausedAt + 12,
      { timeoutMs: 20 * 6_000, what: '12 blocks paused' });
    const opened = seen.filter((e) => e.name === 'proofsOfStorage.ProvideProofOfStorage' && e.block > pausedAt && asks(e));
    assert.deepEqual(opened, [], 'nothing of the plan asked for while paused');
    const audited = seen.filter((e) => e.name === 'proofsOfStorage.ProofAccepted' && e.block > pausedAt);
    assert.equal(seen.filter((e) => ['proofsOfStorage.Fault', 'proofsOfStorage.AuditMissed'].includes(e.name)).length, 0,
      'nobody faulted for the pause');

    const resumed = await signAndWait(api, api.tx.plans.resume(plan), keys.alice);
    const resumedAt = await blockOf(resumed.blockHash);
    const pause = resumedAt - pausedAt;
    const hostings = [];
    for (const id of ids) {
      for (const [h] of (await api.query.hosting.contracts(id)).unwrap().hosters) hostings.push({ contract: id, hoster: h.toString() });
    }
    const settlements = (h) => seen.filter((e) => e.name === 'proofsOfStorage.Paid' && Number(e.data[0]) === h.contract && e.data[1] === h.hoster);
    const paidAfter = (h) => settlements(h).find((e) => e.block > resumedAt + 1);
    await untilBlock(api, () => hostings.every(paidAfter), { timeoutMs: 30 * 6_000, what: 'every hosting paid after the resume' });
    // Reconcile from the events: with every audit of its hoster proven, a hosting's
    // settlements add up to the blocks from its confirmation to the audit it was last
    // settled for (its ledger's `paidUntil`), less the paused blocks, and each one's
    // escrow payout (amount + fee) is price × chunks × its blocks.
    for (const h of hostings) {
      const last = paidAfter(h);
      const confirmed = seen.filter((e) => e.name === 'hosting.HostingConfirmed' && Number(e.data[0]) === h.contract && e.data[1] === h.hoster).at(-1);
      assert.ok(confirmed, `hosting ${h.contract}/${h.hoster} confirmed`);
      const upTo = settlements(h).filter((e) => e.block <= last.block);
      const blocks = upTo.reduce((sum, e) => sum + BigInt(e.data[2]), 0n);
      const ledger = (await (await api.at(await api.rpc.chain.getBlockHash(last.block))).query.proofsOfStorage.ledger(h.contract, h.hoster)).unwrap();
      const settledTo = ledger.paidUntil.toNumber();
      assert.equal(blocks, BigInt(settledTo - confirmed.block - pause),
        `hosting ${h.contract}/${h.hoster}: paid for ${blocks} blocks = #${settledTo} − confirmed #${confirmed.block} − ${pause} paused`);
      for (const e of upTo) {
        const payout = seen.find((x) => x.name === 'escrow.Paid' && x.block === e.block && x.data[1] === h.hoster && BigInt(x.data[2]) === BigInt(e.data[3]));
        assert.ok(payout, `an escrow payout for the settlement in block ${e.block}`);
        assert.equal(BigInt(payout.data[2]) + BigInt(payout.data[3]), price * chunksOf.get(h.contract) * BigInt(e.data[2]),
          `settlement in block ${e.block}: price × chunks × ${e.data[2]} blocks`);
      }
    }
    console.log(`# figures: paused ${pause} blocks: 0 pieces of the plan asked for (${audited.length} audits of the hosters' other data), ` +
      `after resume every hosting paid within ${Math.max(...hostings.map((h) => paidAfter(h).block)) - resumedAt} blocks, for running time only`);
  });

  it('update: replication 2 → 3 matches a third hoster per contract; the budget moves by its future and its fees', { timeout: STEP_TIMEOUT }, async () => {
    const p = (await api.query.plans.plans(plan)).unwrap();
    const ids = (await api.query.hosting.planContracts(plan)).map((x) => x.toNumber());
    const chunks = await Promise.all(ids.map(async (id) => {
      const c = (await api.query.hosting.contracts(id)).unwrap();
      return BigInt(c.end.toNumber() - c.start.toNumber());
    }));
    const updated = await signAndWait(api, api.tx.plans.update(plan, { ranges: null, replication: 3, end: null, price: null }), keys.alice);
    const at = (await api.rpc.chain.getHeader(updated.blockHash)).number.toNumber();
    // Escrow moved by exactly the third hoster's pay from the update block to the end,
    // plus the fee reserve of its placements (2 per contract, each paying every drawn
    // attestor and every setup checker).
    const fee = (await api.query.hosting.attestorFee()).toBigInt();
    const perPlacement = BigInt(api.consts.hosting.attestorsPerMatch.toNumber() + api.consts.hosting.setupCheckers.toNumber());
    const future = p.terms.price.toBigInt() * chunks.reduce((a, b) => a + b, 0n) * BigInt(p.terms.end.toNumber() - at);
    const feesAdded = BigInt(ids.length) * 2n * perPlacement * fee;
    const topUp = updated.events.map((r) => r.event).find((e) => e.section === 'escrow' && e.method === 'ToppedUp');
    assert.ok(topUp, 'the escrow was topped up');
    assert.equal(topUp.data[2].toBigInt(), future + feesAdded, `${future} for the third hoster + ${feesAdded} fees`);
    const after = (await api.query.plans.plans(plan)).unwrap();
    assert.equal(after.fees.toBigInt(), p.fees.toBigInt() + feesAdded);
    // Each contract gets a third hoster, matched by a round and confirmed.
    const confirmed = async () => {
      for (const id of ids) {
        const c = (await api.query.hosting.contracts(id)).unwrap();
        if (c.hosters.length !== 3 || !c.hosters.every(([, ok]) => ok.isTrue)) return false;
      }
      return true;
    };
    await untilBlock(api, confirmed, { timeoutMs: 30 * 6_000, what: 'three confirmed hosters per contract' });
    const started = seen.filter((e) => e.name === 'hosting.StartHosting' && Number(e.data[0]) === plan && e.block > at);
    assert.equal(started.length, ids.length, 'one new StartHosting per contract');
    console.log(`# figures: replication 2 → 3 at #${at}: topped up ${future} + ${feesAdded} fees; ` +
      `${ids.length} contract(s) confirmed with 3 hosters by #${Math.max(...started.map((e) => e.block))}`);
  });

  it('an orderly exit: a signed-off hoster\'s contracts are handed over without a fault, then it unregisters with its whole stake', { timeout: STEP_TIMEOUT }, async () => {
    const leaver = keys.ferdie;
    const who = leaver.address;
    const before = (await api.query.roles.registrations(who, 'Hoster')).unwrap();
    assert.ok(before.duties.toNumber() > 0, 'Ferdie hosts something');
    await assert.rejects(signAndWait(api, api.tx.roles.unregister('Hoster'), leaver), /roles\.DutiesOpen/);
    const signed = await signAndWait(api, api.tx.roles.setStatus('Hoster', 'SignedOff'), leaver);
    const at = (await api.rpc.chain.getHeader(signed.blockHash)).number.toNumber();
    const left = () => seen.find((e) => e.name === 'hosting.HosterLeft' && e.data[0] === who && e.block >= at);
    await untilBlock(api, left, { timeoutMs: 10 * 6_000, what: 'HosterLeft' });
    const handed = seen.filter((e) => e.name === 'hosting.RepairHosting' && e.data[2] === who && e.block >= at);
    assert.equal(handed.length, before.duties.toNumber(), 'every contract handed over');
    assert.equal(seen.filter((e) => ['proofsOfStorage.Fault', 'proofsOfStorage.AuditMissed'].includes(e.name) && e.data[1] === who).length, 0, 'no fault');
    const reg = (await api.query.roles.registrations(who, 'Hoster')).unwrap();
    assert.equal(reg.duties.toNumber(), 0);
    assert.equal(reg.usedStorage.toNumber(), 0);
    const out = await signAndWait(api, api.tx.roles.unregister('Hoster'), leaver);
    const unregistered = out.events.map((r) => r.event).find((e) => e.section === 'roles' && e.method === 'RoleUnregistered');
    assert.equal(unregistered.data[2].toBigInt(), reg.stake.toBigInt(), 'the whole stake released');
    console.log(`# figures: signed off at #${at}, ${handed.length} contract(s) handed over, left at #${left().block}, stake ${reg.stake.toBigInt()} released`);
  });

  it('a short plan\'s books close exactly at its end: fees from their reserve, the hosters never beyond their part', { timeout: STEP_TIMEOUT }, async () => {
    const p = spentPlan;
    const escrow = p.escrow.toNumber();
    const ended = () => seen.find((e) => e.name === 'plans.EndPlan' && Number(e.data[0]) === spent);
    await untilBlock(api, ended, { timeoutMs: 80 * 6_000, what: 'the short plan ends' });
    const end = ended();
    assert.equal(end.data[1], 'Expired', JSON.stringify(end.data));
    assert.equal(end.block, p.terms.end.toNumber(), 'at its end block');
    // Split what the escrow paid: a payout with a settlement (`Paid`) of the same hoster
    // and amount in its block paid a hoster; every other one paid an attestor's fee.
    const paid = seen.filter((e) => e.name === 'escrow.Paid' && Number(e.data[0]) === escrow);
    const settled = seen.filter((e) => e.name === 'proofsOfStorage.Paid');
    let hosters = 0n; let fees = 0n;
    for (const e of paid) {
      const gross = BigInt(e.data[2]) + BigInt(e.data[3]);
      const settlement = settled.find((x) => x.block === e.block && x.data[1] === e.data[1] && BigInt(x.data[3]) === BigInt(e.data[2]));
      if (settlement) hosters += gross; else fees += gross;
    }
    const feeReserve = p.fees.toBigInt();
    assert.ok(fees <= feeReserve, `fees ${fees} within their reserve ${feeReserve}`);
    assert.ok(hosters <= BigInt(budget) - feeReserve, `hosters paid ${hosters} within their part ${BigInt(budget) - feeReserve}`);
    assert.equal(hosters + fees + BigInt(end.data[2]), BigInt(budget), `paid ${hosters} + ${fees} fees + refunded ${end.data[2]} = budget ${budget}`);
    assert.ok((await api.query.escrow.escrows(escrow)).isNone, 'the escrow is closed');
    const endHosting = seen.filter((e) => e.name === 'hosting.EndHosting' && Number(e.data[0]) === spent);
    assert.ok(endHosting.length >= 1 && endHosting.every((e) => e.block === end.block), 'EndHosting with EndPlan');
    const faults = seen.filter((e) => ['proofsOfStorage.Fault', 'proofsOfStorage.AuditMissed'].includes(e.name));
    assert.equal(faults.length, 0, `nobody faulted: ${JSON.stringify(faults)}; hosting and proofs events: ` +
      JSON.stringify(seen.filter((e) => e.name.startsWith('hosting.') || e.name.startsWith('proofsOfStorage.'))
        .map((e) => [e.block, e.name, e.data])));
    console.log(`# figures: a ${budget}-planck plan ended at its end block #${end.block}: hosters ${hosters}, ` +
      `fees ${fees} of ${feeReserve} reserved, refunded ${end.data[2]}`);
  });
});
