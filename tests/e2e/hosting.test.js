// End-to-end test of the storage flow on one `datdot-node --dev --tmp`, driven through
// the client a user runs (scripts/datdot.js): publish → attestors match → hosters fetch,
// verify and store → attestors confirm → download verified from the hosters → end.
//
// The dev preset makes Bob, Charlie and Dave attestors and Bob, Eve and Ferdie hosters,
// and the --dev node holds their ddot keys, so one node plays every part.

import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { u8aToHex } from '@polkadot/util';

import { TMP_DIR, devKeyring, freePorts, rpcSend, signAndWait, startNode, waitForBlocks, client } from '../lib/node.js';

const STEP_TIMEOUT = 10 * 60_000;

/** Resolves once `predicate()` holds, checking at every new block. */
function untilBlock (api, predicate, { timeoutMs = 120_000, what = 'condition' } = {}) {
  return new Promise((resolve, reject) => {
    let unsub = null;
    let done = false;
    const timer = setTimeout(() => finish(reject, new Error(`${what}: not reached in ${timeoutMs} ms`)), timeoutMs);
    const finish = (fn, v) => { if (done) return; done = true; clearTimeout(timer); if (unsub) unsub(); fn(v); };
    api.rpc.chain.subscribeNewHeads(() => {
      Promise.resolve(predicate()).then((ok) => { if (ok) finish(resolve, ok); }, (e) => finish(reject, e));
    }).then((u) => { if (done) u(); else unsub = u; });
  });
}

describe('publish, store and download on a --dev node', { timeout: 30 * 60_000 }, () => {
  let node, api, keys;
  let plan, root, file, bytes;
  /** Block numbers at which hosting events happened, recorded from every new block. */
  const seen = [];
  let unsubEvents;
  let stopping = false;

  before(async () => {
    node = await startNode({ name: 'hosting' });
    api = node.api;
    console.log(`# datdot-node at ${node.wsUrl}, log: ${node.logFile}`);
    keys = await devKeyring();
    await waitForBlocks(api, 1);
    unsubEvents = await api.rpc.chain.subscribeNewHeads(async (header) => {
      let events;
      try {
        events = await (await api.at(header.hash)).query.system.events();
      } catch (e) {
        // A head that arrived as the node was being stopped: nothing left to record.
        if (stopping) return;
        throw e;
      }
      for (const { event } of events) {
        if (['plans', 'hosting', 'proofsOfStorage', 'benchmarks', 'reputation', 'escrow'].includes(event.section)) {
          seen.push({ block: header.number.toNumber(), name: `${event.section}.${event.method}`, data: event.data.toJSON() });
        }
      }
    });
    // The dev hosters serve their chunks from this node; point their profiles at its
    // RPC port (the preset says 9944, the test node listens on a free port).
    const endpoint = `http://127.0.0.1:${new URL(node.wsUrl).port}`;
    await Promise.all([keys.bob, keys.eve, keys.ferdie].map((h) =>
      signAndWait(api, api.tx.accounts.update(null, null, endpoint, null), h)));
    fs.mkdirSync(TMP_DIR, { recursive: true });
    file = path.join(TMP_DIR, `publish-${process.pid}.bin`);
    bytes = crypto.randomBytes(300_000);
    fs.writeFileSync(file, bytes);
  });

  after(async () => {
    stopping = true;
    if (unsubEvents) unsubEvents();
    if (node) await node.stop();
    for (const f of [file, `${file}.out`, `${file}.out2`]) if (f) fs.rmSync(f, { force: true });
  });

  it('the metadata has the Plans and Hosting calls and events', () => {
    for (const call of ['subscribe', 'update', 'pause', 'resume', 'unsubscribe']) {
      assert.equal(typeof api.tx.plans[call], 'function', `plans.${call}`);
    }
    for (const call of ['reportMatch', 'setupReport', 'setAttestorFee']) {
      assert.equal(typeof api.tx.hosting[call], 'function', `hosting.${call}`);
    }
    for (const call of ['request', 'response']) {
      assert.equal(typeof api.tx.proofsOfStorage[call], 'function', `proofsOfStorage.${call}`);
    }
    for (const call of ['request', 'response']) {
      assert.equal(typeof api.tx.benchmarks[call], 'function', `benchmarks.${call}`);
    }
    for (const [section, names] of [['hosting', ['StartHosting', 'RepairHosting', 'EndHosting']], ['plans', ['PausePlan', 'ResumePlan', 'EndPlan']], ['proofsOfStorage', ['ProvideProofOfStorage']], ['benchmarks', ['ProvidePerformanceBenchmark', 'PerformanceMeasured']]]) {
      for (const name of names) assert.ok(api.events[section][name], `${section}.${name} event`);
    }
  });

  it('bad input gets a clear error and changes nothing', { timeout: STEP_TIMEOUT }, async () => {
    const missing = await client(['publish', path.join(TMP_DIR, 'no-such-file'), '--ws', node.wsUrl]);
    assert.equal(missing.code, 1);
    assert.match(missing.out, /cannot read/);
    const noPlan = await client(['status', '999', '--ws', node.wsUrl]);
    assert.equal(noPlan.code, 1);
    assert.match(noPlan.out, /no live plan 999/);
    const badOpt = await client(['publish', file, '--replication', 'two']);
    assert.equal(badOpt.code, 1);
    assert.match(badOpt.out, /--replication must be a positive integer/);
    assert.equal((await api.query.plans.nextPlanId()).toNumber(), 0, 'no plan was created');
  });

  it('publish: matched, fetched, stored and confirmed on 2 hosters', { timeout: STEP_TIMEOUT }, async () => {
    const [port] = await freePorts(1);
    const started = Date.now();
    const run = await client([
      'publish', file, '--ws', node.wsUrl, '--serve', `127.0.0.1:${port}`,
      '--chunk-size', '16384', '--replication', '2', '--blocks', '300'
    ]);
    assert.equal(run.code, 0, run.out);
    const m = /plan ([0-9]+) subscribed/.exec(run.out);
    assert.ok(m, run.out);
    plan = Number(m[1]);
    const p = (await api.query.plans.plans(plan)).unwrap();
    root = p.terms.datasets[0].root.toU8a();
    const ids = (await api.query.hosting.planContracts(plan)).map((x) => x.toNumber());
    assert.ok(ids.length >= 1);
    for (const id of ids) {
      const c = (await api.query.hosting.contracts(id)).unwrap();
      assert.equal(c.hosters.length, 2, `contract ${id} has 2 hosters`);
      assert.ok(c.hosters.every(([, ok]) => ok.isTrue), `contract ${id}: every setup confirmed`);
      assert.ok(c.hosters.every(([h]) => h.toString() !== keys.alice.address), 'the sponsor never hosts');
    }
    const at = (name) => seen.find((e) => e.name === name && Number(e.data.plan ?? e.data[0]) === plan)?.block;
    const subscribed = at('plans.PlanSubscribed');
    const start = seen.find((e) => e.name === 'hosting.StartHosting')?.block;
    const confirmed = seen.filter((e) => e.name === 'hosting.HostingConfirmed').map((e) => e.block);
    assert.ok(subscribed && start && confirmed.length >= 2 * ids.length, JSON.stringify(seen));
    console.log(`# figures: ${bytes.length} bytes published in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
      `subscribe #${subscribed} → StartHosting #${start} (${start - subscribed} blocks) → ` +
      `all confirmed #${Math.max(...confirmed)} (${Math.max(...confirmed) - subscribed} blocks)`);
  });

  it('status shows the contracts and their confirmed hosters', { timeout: STEP_TIMEOUT }, async () => {
    const run = await client(['status', String(plan), '--ws', node.wsUrl]);
    assert.equal(run.code, 0, run.out);
    assert.match(run.out, new RegExp(`plan ${plan}: Active`));
    assert.equal((run.out.match(/✓/g) || []).length >= 2, true, run.out);
  });

  it('download returns the file bit-identical, every chunk verified', { timeout: STEP_TIMEOUT }, async () => {
    const started = Date.now();
    const run = await client(['download', String(plan), `${file}.out`, '--ws', node.wsUrl]);
    assert.equal(run.code, 0, run.out);
    assert.ok(fs.readFileSync(`${file}.out`).equals(bytes), 'downloaded bytes equal the published file');
    console.log(`# figures: downloaded ${bytes.length} bytes in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('download moves to another hoster when one is unreachable', { timeout: STEP_TIMEOUT }, async () => {
    const c = (await api.query.hosting.contracts((await api.query.hosting.planContracts(plan))[0])).unwrap();
    const first = c.hosters[0][0].toString();
    const signer = [keys.bob, keys.eve, keys.ferdie].find((k) => k.address === first);
    const [deadPort] = await freePorts(1);
    await signAndWait(api, api.tx.accounts.update(null, null, `http://127.0.0.1:${deadPort}`, null), signer);
    const run = await client(['download', String(plan), `${file}.out2`, '--ws', node.wsUrl]);
    assert.equal(run.code, 0, run.out);
    assert.match(run.out, /trying the next hoster/);
    assert.ok(fs.readFileSync(`${file}.out2`).equals(bytes), 'the file still downloads bit-identical');
  });

  it('each hoster is challenged, proves its chunks and is paid from the plan\'s escrow', { timeout: STEP_TIMEOUT }, async () => {
    const period = (await api.query.proofsOfStorage.parameters()).period.toNumber();
    const ids = (await api.query.hosting.planContracts(plan)).map((x) => x.toNumber());
    const hostings = [];
    for (const id of ids) {
      for (const [h] of (await api.query.hosting.contracts(id)).unwrap().hosters) hostings.push(`${id}/${h}`);
    }
    const proven = () => {
      const challenges = new Map(seen.filter((e) => e.name === 'proofsOfStorage.ProvideProofOfStorage')
        .map((e) => [Number(e.data[0]), `${e.data[2]}/${e.data[1]}`]));
      const accepted = seen.filter((e) => e.name === 'proofsOfStorage.ProofAccepted');
      return new Set(accepted.map((e) => challenges.get(Number(e.data[0]))).filter(Boolean));
    };
    await untilBlock(api, () => hostings.every((h) => proven().has(h)),
      { timeoutMs: (period + 15) * 6_000 + 60_000, what: 'every hosting proven' });
    const paid = seen.filter((e) => e.name === 'proofsOfStorage.ProofAccepted').map((e) => BigInt(e.data[2]));
    assert.ok(paid.every((p) => p > 0n), `every accepted proof paid something: ${paid}`);
    assert.equal(seen.filter((e) => e.name === 'proofsOfStorage.Fault').length, 0, 'no faults');
    const first = seen.find((e) => e.name === 'proofsOfStorage.ProvideProofOfStorage');
    const done = seen.find((e) => e.name === 'proofsOfStorage.ProofAccepted' && e.data[0] === first.data[0]);
    console.log(`# figures: challenge #${first.block} → proof verified and paid #${done.block} (${done.block - first.block} blocks)`);
  });

  it('performance benchmarks: attestors time each hoster, the median moves its reputation', { timeout: STEP_TIMEOUT }, async () => {
    // The first hoster's endpoint was pointed at a dead port above: it cannot serve.
    const contract = (await api.query.hosting.planContracts(plan))[0].toNumber();
    const c = (await api.query.hosting.contracts(contract)).unwrap();
    const [dead, live] = c.hosters.map(([h]) => h.toString());
    const measured = (hoster) => seen.find((e) => e.name === 'benchmarks.PerformanceMeasured' &&
      e.data[1] === hoster && Number(e.data[2]) === contract && e.block >= requestedAt);
    const fee = (await api.query.benchmarks.parameters()).requestFee.toBigInt();
    let requestedAt = 0;
    for (const hoster of [dead, live]) {
      // A periodic benchmark may already be open; otherwise the sponsor asks for one.
      if ((await api.query.benchmarks.openFor(contract, hoster)).isNone) {
        const { events, blockHash } = await signAndWait(api, api.tx.benchmarks.request(contract, hoster), keys.alice);
        const paid = events.filter(({ event }) => api.events.balances.Transfer.is(event) &&
          event.data[0].toString() === keys.alice.address && event.data[2].toBigInt() === fee);
        assert.equal(paid.length, 1, 'the request fee went to the treasury');
        requestedAt = requestedAt || (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
      } else {
        requestedAt = requestedAt || (await api.rpc.chain.getHeader()).number.toNumber();
      }
    }
    assert.ok(fee > 0n);
    await untilBlock(api, () => measured(dead) && measured(live),
      { timeoutMs: 20 * 6_000, what: 'both hosters measured' });
    const sorted = [...seen].sort((a, b) => a.block - b.block);
    for (const [hoster, meets] of [[dead, false], [live, true]]) {
      const m = measured(hoster);
      assert.equal(m.data[5], meets, `${hoster} meets the plan: ${meets} (${JSON.stringify(m.data)})`);
      assert.ok(m.data[4] >= 1, 'at least one rating');
      const open = seen.find((e) => e.name === 'benchmarks.ProvidePerformanceBenchmark' && e.data[0] === m.data[0]);
      const named = open.data[3];
      assert.ok(!named.includes(hoster), 'a hoster never measures itself');
      const rated = seen.filter((e) => e.name === 'benchmarks.Rated' && e.data[0] === m.data[0]).map((e) => e.data[1]);
      assert.equal(new Set(rated).size, rated.length, 'one rating per attestor');
      assert.ok(rated.every((a) => named.includes(a)), 'only named attestors rate');
      if (meets) {
        assert.ok(m.data[3].bandwidth > 0 && m.data[3].latencyMs < 5_000, JSON.stringify(m.data[3]));
      } else {
        assert.equal(m.data[3].latencyMs, 4294967295, 'the median says unreachable');
      }
      // The hoster's reputation moved with the outcome: its score changed in the
      // closing block, just before the result.
      const at = sorted.indexOf(m);
      const changes = sorted.slice(0, at).filter((e) => e.name === 'reputation.ReputationChanged' &&
        e.data[0] === hoster && e.data[1] === 'Hoster');
      const [before, after] = changes.slice(-2).map((e) => e.data[2]);
      assert.equal(changes.at(-1).block, m.block, 'reputation recorded when the benchmark closed');
      if (meets) assert.ok(after > before, `score up: ${before} → ${after}`);
      else assert.ok(after < before, `score down: ${before} → ${after}`);
      const last = (await api.query.benchmarks.lastMeasured(hoster)).unwrap();
      assert.equal(last.meets.isTrue, meets);
      console.log(`# figures: benchmark of ${meets ? 'a serving' : 'an unreachable'} hoster: ` +
        `opened #${open.block} → measured #${m.block} (${m.block - open.block} blocks), ` +
        `${m.data[4]} ratings, median ${JSON.stringify(m.data[3])}`);
    }
  });

  it('pause: no challenge and no payout while paused; resume: challenged, proven and paid for running time only', { timeout: STEP_TIMEOUT }, async () => {
    // Shorter periods for this step: every hosting is due every 4 blocks.
    const params = (await api.query.proofsOfStorage.parameters()).toJSON();
    await signAndWait(api, api.tx.sudo.sudo(api.tx.proofsOfStorage.setParams({ ...params, period: 4 })), keys.alice);
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

  it('end: EndHosting, the budget left refunded, the hosters delete the data', { timeout: STEP_TIMEOUT }, async () => {
    const p = (await api.query.plans.plans(plan)).unwrap();
    const escrow = p.escrow.toNumber();
    const left = (await api.query.escrow.escrows(escrow)).unwrap().amount.toBigInt();
    const run = await client(['end', String(plan), '--ws', node.wsUrl]);
    assert.equal(run.code, 0, run.out);
    assert.match(run.out, /refunded/);
    assert.ok((await api.query.plans.plans(plan)).isNone, 'the plan is gone');
    assert.ok((await api.query.escrow.escrows(escrow)).isNone, 'its escrow is closed');
    assert.ok(left > 0n);
    await untilBlock(api, () => seen.some((e) => e.name === 'hosting.EndHosting'), { what: 'EndHosting' });
    assert.equal((await api.query.hosting.planContracts(plan)).length, 0);
    // The hosters' workers delete the chunks within a block or two.
    await untilBlock(api, async () => (await rpcSend(api, 'datdot_chunk', [u8aToHex(root), 0])) === null,
      { what: 'chunk 0 deleted' });
  });
  it('a plan whose budget runs out ends by itself, never paying more than it held', { timeout: STEP_TIMEOUT }, async () => {
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
    const spent = Number(/plan ([0-9]+) subscribed/.exec(run.out)[1]);
    const p = (await api.query.plans.plans(spent)).unwrap();
    const escrow = p.escrow.toNumber();
    const budget = seen.find((e) => e.name === 'plans.PlanSubscribed' && Number(e.data[0]) === spent).data[2];
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
