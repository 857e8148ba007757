// End-to-end test of the storage flow on one `datdot-node --dev --tmp`, driven through
// the client a user runs (scripts/datdot.js): publish → attestors match → hosters fetch,
// verify and store → attestors confirm → download verified from the hosters → end.
//
// The dev preset makes Bob, Charlie and Dave attestors and Bob, Eve and Ferdie hosters,
// and the --dev node holds their ddot keys, so one node plays every part.

import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { bnToU8a, hexToU8a, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';

import { verifiedChunk } from '../../scripts/client/frames.js';
import { splitFrames } from '../../scripts/client/hosters.js';
import { TMP_DIR, devKeyring, freePorts, rpcSend, signAndWait, recordEvents, startNode, untilBlock, waitForBlocks, client } from '../lib/node.js';

const STEP_TIMEOUT = 10 * 60_000;

describe('publish, store and download on a --dev node', { timeout: 30 * 60_000 }, () => {
  let node, api, keys;
  let plan, root, file, bytes, baseDir;
  /** Block numbers at which hosting events happened, recorded from every new block. */
  const seen = [];
  let stopEvents;

  before(async () => {
    // A base path of its own (not --tmp), so the test can look at the hosters' chunk files.
    fs.mkdirSync(TMP_DIR, { recursive: true });
    baseDir = fs.mkdtempSync(path.join(TMP_DIR, 'hosting-base-'));
    node = await startNode({ name: 'hosting', chainArgs: ['--dev', '--base-path', baseDir] });
    api = node.api;
    console.log(`# datdot-node at ${node.wsUrl}, log: ${node.logFile}`);
    keys = await devKeyring();
    await waitForBlocks(api, 1);
    stopEvents = await recordEvents(api, ['plans', 'hosting', 'proofsOfStorage', 'benchmarks', 'reputation'], seen);
    // The dev hosters serve their chunks from this node, which listens on a free port:
    // a `--dev` node's genesis points their profiles at its own `--rpc-port`.
    const endpoint = `http://127.0.0.1:${new URL(node.wsUrl).port}`;
    for (const h of [keys.bob, keys.eve, keys.ferdie]) {
      assert.equal((await rpcSend(api, 'datdot_account', [h.address])).endpoint, endpoint, 'the dev profile serves at this node');
    }
    fs.mkdirSync(TMP_DIR, { recursive: true });
    file = path.join(TMP_DIR, `publish-${process.pid}.bin`);
    bytes = crypto.randomBytes(300_000);
    fs.writeFileSync(file, bytes);
  });

  after(async () => {
    if (stopEvents) stopEvents();
    if (node) await node.stop();
    for (const f of [file, `${file}.out`, `${file}.out2`]) if (f) fs.rmSync(f, { force: true });
    if (baseDir) fs.rmSync(baseDir, { recursive: true, force: true });
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
    assert.match(run.out, /budget [0-9,]+(\.[0-9]+)? DAT held in escrow/, 'amounts in DAT');
    assert.doesNotMatch(run.out, /Unknown signed extensions|RPC methods not decorated|API\/INIT/, 'no polkadot.js warnings');
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

  it('every round is drawn from its block\'s BABE VRF output', { timeout: STEP_TIMEOUT }, async () => {
    // The chain's randomness (`BlockVrfRandomness`): BLAKE2-256 of the subject and the
    // VRF pre-output in the block's BABE pre-digest, which its author signed and the
    // node verified on import. Recompute each round's seed from the block header.
    const u64 = (n) => bnToU8a(BigInt(n), { bitLength: 64, isLe: true });
    const opened = seen.filter((e) => e.name === 'hosting.MatchingRoundOpened');
    assert.ok(opened.length >= 1, JSON.stringify(seen));
    const vrfs = new Set();
    for (const { block, data } of opened) {
      const [round, contract, , expected] = data;
      const header = await api.rpc.chain.getHeader(await api.rpc.chain.getBlockHash(block));
      const pre = header.digest.logs.find((log) => log.isPreRuntime && log.asPreRuntime[0].toString() === 'BABE');
      assert.ok(pre, `block #${block} has a BABE pre-digest`);
      const digest = api.createType('RawBabePreDigest', pre.asPreRuntime[1]);
      assert.ok(digest.isPrimary || digest.isSecondaryVRF, `block #${block} is claimed with a VRF (${digest.type})`);
      const vrf = (digest.isPrimary ? digest.asPrimary : digest.asSecondaryVRF).vrfOutput.toU8a();
      vrfs.add(u8aToHex(vrf));
      const subject = u8aConcat(stringToU8a('datdot/round'), u64(round));
      const random = blake2AsU8a(u8aConcat(subject, vrf), 256);
      const seed = blake2AsU8a(u8aConcat(random, u64(round), u64(contract)), 256);
      assert.equal(u8aToHex(seed), expected, `round ${round}'s seed`);
    }
    const blocks = new Set(opened.map((e) => e.block));
    assert.equal(vrfs.size, blocks.size, 'each block has its own VRF output');
  });

  it('status, ls and hoster read the datdot_plan / datdot_plans / datdot_hoster RPC', { timeout: STEP_TIMEOUT }, async () => {
    // The runtime API's view agrees with the pallets' storage, read at the same block.
    const at = (await api.rpc.chain.getBlockHash()).toHex();
    const state = await api.at(at);
    const view = await rpcSend(api, 'datdot_plan', [plan, at]);
    const p = (await state.query.plans.plans(plan)).unwrap();
    assert.equal(view.sponsor, keys.alice.address);
    assert.equal(view.state, 'Active');
    assert.equal(view.datasets[0].root, u8aToHex(root));
    assert.equal(BigInt(view.held), (await state.query.escrow.escrows(p.escrow.toNumber())).unwrap().amount.toBigInt());
    const ids = (await state.query.hosting.planContracts(plan)).map((x) => x.toNumber());
    assert.deepEqual(view.contracts.map((c) => c.id), ids);
    for (const c of view.contracts) {
      const stored = (await state.query.hosting.contracts(c.id)).unwrap();
      assert.deepEqual(c.hostings.map((h) => [h.hoster, h.confirmed]), stored.hosters.map(([h, ok]) => [h.toString(), ok.isTrue]));
      for (const h of c.hostings) {
        const ledger = (await state.query.proofsOfStorage.ledger(c.id, h.hoster)).unwrap();
        assert.equal(h.settledUntil, ledger.paidUntil.toNumber(), 'settled as the ledger says');
      }
    }
    assert.equal(await rpcSend(api, 'datdot_plan', [999]), null);
    assert.deepEqual(await rpcSend(api, 'datdot_plans', [keys.alice.address]), [plan]);
    const someHoster = view.contracts[0].hostings[0].hoster;
    const hv = await rpcSend(api, 'datdot_hoster', [someHoster, at]);
    assert.ok(hv.contracts.some((c) => c.id === view.contracts[0].id));
    assert.ok(hv.reputation >= 0 && hv.reputation <= 1000);
    assert.equal(BigInt(hv.earned), (await state.query.proofsOfStorage.earned(someHoster)).toBigInt(), 'earned: Proofs::Earned');

    const run = await client(['status', String(plan), '--ws', node.wsUrl]);
    assert.equal(run.code, 0, run.out);
    assert.match(run.out, new RegExp(`plan ${plan}: Active`));
    assert.match(run.out, /escrow holds [0-9,.]+ DAT/);
    assert.equal((run.out.match(/✓ confirmed/g) || []).length >= 2, true, run.out);
    assert.match(run.out, /settled to #[0-9]+/);
    const list = await client(['ls', '--ws', node.wsUrl]);
    assert.equal(list.code, 0, list.out);
    assert.match(list.out, new RegExp(`plan ${plan}: Active, blocks [0-9]+\\.\\.[0-9]+, ${ids.length} contracts, ${2 * ids.length}/${2 * ids.length} hostings confirmed`));
    const op = await client(['hoster', someHoster, '--ws', node.wsUrl]);
    assert.equal(op.code, 0, op.out);
    assert.match(op.out, new RegExp(`contract ${view.contracts[0].id} of plan ${plan}`));
    assert.match(op.out, /reputation [0-9]+\/1000, earned [0-9,.]+ DAT in all/);
  });

  it('download returns the file bit-identical, every chunk verified', { timeout: STEP_TIMEOUT }, async () => {
    const started = Date.now();
    const run = await client(['download', String(plan), `${file}.out`, '--ws', node.wsUrl]);
    assert.equal(run.code, 0, run.out);
    assert.ok(fs.readFileSync(`${file}.out`).equals(bytes), 'downloaded bytes equal the published file');
    assert.match(run.out, /hosters, [1-9][0-9]* over their data plane\)/, 'fetched over the data plane');
    console.log(`# figures: downloaded ${bytes.length} bytes in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('the data plane serves raw frames that verify, in ranges, and refuses bad requests with a reason', { timeout: STEP_TIMEOUT }, async () => {
    const port = await rpcSend(api, 'datdot_dataPlane', []);
    assert.ok(Number.isInteger(port) && port > 0, `a port: ${port}`);
    const base = `http://127.0.0.1:${port}`;
    const ds = (await rpcSend(api, 'datdot_plan', [plan])).datasets[0];
    const res = await fetch(`${base}/chunks/${ds.root}?from=0&count=${ds.chunks}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('x-datdot-chunks'), String(ds.chunks));
    const frames = splitFrames(new Uint8Array(await res.arrayBuffer()));
    assert.equal(frames.length, ds.chunks, 'one whole frame per chunk');
    const chunks = frames.map((f, i) => verifiedChunk(f, hexToU8a(ds.root), i, ds.chunks, ds.chunkSize));
    assert.ok(chunks.every(Boolean), 'every frame verifies against the root on chain');
    assert.ok(Buffer.concat(chunks).equals(bytes), 'the frames hold the file');
    const one = await fetch(`${base}/chunk/${ds.root}/1`);
    assert.ok(Buffer.from(await one.arrayBuffer()).equals(Buffer.from(frames[1])), 'one chunk alone is the same frame');
    const missing = await fetch(`${base}/chunk/${ds.root}/${ds.chunks}`);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /not stored/);
    const tooMany = await fetch(`${base}/chunks/${ds.root}?from=0&count=100000`);
    assert.equal(tooMany.status, 400);
    assert.match(await tooMany.text(), /count must be 1 to [0-9]+/);
  });

  it('download resumes where it stopped and speaks JSON with --json', { timeout: STEP_TIMEOUT }, async () => {
    // A download that stopped after its first 5 chunks (16 KiB each), as it leaves them.
    const out = `${file}.resumed`;
    const ds = (await rpcSend(api, 'datdot_plan', [plan])).datasets[0];
    fs.writeFileSync(`${out}.part`, bytes.subarray(0, 5 * ds.chunkSize));
    fs.writeFileSync(`${out}.part.json`, JSON.stringify({ root: ds.root, chunkSize: ds.chunkSize, count: ds.chunks, done: [0, 1, 2, 3, 4] }));
    const run = await client(['download', String(plan), out, '--ws', node.wsUrl, '--json']);
    assert.equal(run.code, 0, run.out);
    const lines = run.out.trim().split('\n');
    assert.equal(lines.length, 1, `one JSON line: ${run.out}`);
    const summary = JSON.parse(lines[0]);
    assert.equal(summary.bytes, bytes.length);
    assert.equal(summary.fetched, bytes.length - 5 * ds.chunkSize, 'the 5 chunks kept were not fetched again');
    assert.ok(fs.readFileSync(out).equals(bytes), 'the resumed file is bit-identical');
    assert.ok(!fs.existsSync(`${out}.part`) && !fs.existsSync(`${out}.part.json`), 'no leftovers');
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

  it('each hoster is audited once a period over all it keeps; each hosting is paid from the plan\'s escrow', { timeout: STEP_TIMEOUT }, async () => {
    const period = (await api.query.proofsOfStorage.parameters()).period.toNumber();
    const ids = (await api.query.hosting.planContracts(plan)).map((x) => x.toNumber());
    const hostings = [];
    for (const id of ids) {
      for (const [h] of (await api.query.hosting.contracts(id)).unwrap().hosters) hostings.push(`${id}/${h}`);
    }
    const hosters = new Set(hostings.map((h) => h.split('/')[1]));
    const paid = () => new Set(seen.filter((e) => e.name === 'proofsOfStorage.Paid').map((e) => `${e.data[0]}/${e.data[1]}`));
    await untilBlock(api, () => hostings.every((h) => paid().has(h)),
      { timeoutMs: (period + 15) * 6_000 + 60_000, what: 'every hosting proven and paid' });
    const accepted = seen.filter((e) => e.name === 'proofsOfStorage.ProofAccepted');
    for (const h of hosters) assert.ok(accepted.some((e) => e.data[1] === h), `${h}'s audit accepted`);
    const amounts = seen.filter((e) => e.name === 'proofsOfStorage.Paid').map((e) => BigInt(e.data[3]));
    assert.ok(amounts.every((p) => p > 0n), `every settlement paid something: ${amounts}`);
    assert.equal(seen.filter((e) => ['proofsOfStorage.Fault', 'proofsOfStorage.AuditMissed'].includes(e.name)).length, 0, 'no faults');
    // One audit per hoster, however many hostings it keeps: each asks for pieces of
    // everything the hoster keeps, each piece of one of its hostings.
    const audits = seen.filter((e) => e.name === 'proofsOfStorage.ProvideProofOfStorage');
    for (const a of audits) {
      assert.ok(a.data[2].length >= 1, 'an audit asks for pieces');
      for (const piece of a.data[2]) {
        const c = (await api.query.hosting.contracts(piece.contract)).unwrap();
        assert.ok(c.hosters.some(([h]) => h.toString() === a.data[1]), `piece of contract ${piece.contract}, kept by ${a.data[1]}`);
      }
    }
    const first = audits[0];
    const done = accepted.find((e) => e.data[0] === first.data[0]);
    const settled = seen.find((e) => e.name === 'proofsOfStorage.Paid' && e.data[1] === first.data[1] && e.block >= done.block);
    console.log(`# figures: ${hostings.length} hostings of ${hosters.size} hosters; audit #${first.block} (${first.data[2].length} pieces) → ` +
      `proof verified #${done.block} (${done.block - first.block} blocks) → settled #${settled.block}`);
  });

  it('a source that trickles forever: the workers give up on it, nobody is faulted, proofs go on', { timeout: STEP_TIMEOUT }, async () => {
    // A hostile source: it answers every request with 200 and then one byte every
    // 100 ms, never ending the body. The hoster's worker and the setup checkers fetch
    // from it with a deadline each, so none of them hangs: the checkers find the
    // source serving nothing while no confirmed hoster holds the data, the hoster is
    // released without fault (SourceUnavailable), and the first plan's proofs are
    // answered all along (a missed one would be a proofsOfStorage.Fault).
    let requests = 0;
    const sockets = new Set();
    const server = http.createServer((req, res) => {
      requests += 1;
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      const timer = setInterval(() => res.write(Buffer.from([0x2a])), 100);
      res.on('close', () => clearInterval(timer));
    });
    server.on('connection', (socket) => { sockets.add(socket); socket.on('close', () => sockets.delete(socket)); });
    const [port] = await freePorts(1);
    await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      const from = seen.length;
      const now = (await api.rpc.chain.getHeader()).number.toNumber();
      const terms = {
        datasets: [{ root: crypto.randomBytes(32), chunks: 4, chunkSize: 16384, source: `http://127.0.0.1:${port}/data`, feed: null }],
        ranges: [{ dataset: 0, start: 0, end: 4 }],
        replication: 1,
        regions: [],
        start: now + 2,
        end: now + 302,
        price: 1_000_000,
        minReputation: 0,
        performance: { minBandwidth: 0, maxLatencyMs: 0 }
      };
      const { events, blockHash } = await signAndWait(api, api.tx.plans.subscribe(terms), keys.alice);
      const hostile = events.find(({ event }) => api.events.plans.PlanSubscribed.is(event)).event.data.plan.toNumber();
      const subscribed = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
      const released = () => seen.slice(from).find((e) => e.name === 'hosting.SourceUnavailable' && Number(e.data[0]) === hostile);
      await untilBlock(api, () => released(), { timeoutMs: 8 * 60_000, what: 'SourceUnavailable for the trickling source' });
      const during = seen.slice(from);
      const start = during.find((e) => e.name === 'hosting.StartHosting' && Number(e.data[0]) === hostile);
      assert.ok(start, 'a hoster was placed on the hostile plan');
      assert.ok(requests > 0, 'the workers did fetch from the source');
      assert.ok(during.some((e) => e.name === 'hosting.MatchingStopped'), 'the contract\'s matching stopped');
      assert.deepEqual(during.filter((e) => ['proofsOfStorage.Fault', 'proofsOfStorage.AuditMissed'].includes(e.name)), [], 'no proof missed meanwhile');
      assert.deepEqual(during.filter((e) => e.name === 'hosting.RepairHosting' || e.name === 'hosting.AttestorSilent'), [],
        'nobody faulted: no repair, no silent attestor');
      // Every challenge that closed meanwhile was answered.
      const opened = during.filter((e) => e.name === 'proofsOfStorage.ProvideProofOfStorage').map((e) => Number(e.data[0]));
      const accepted = new Set(during.filter((e) => e.name === 'proofsOfStorage.ProofAccepted').map((e) => Number(e.data[0])));
      const closed = new Set(during.filter((e) => e.name === 'proofsOfStorage.ChallengeClosed').map((e) => Number(e.data[0])));
      for (const id of opened.filter((c) => closed.has(c))) assert.ok(accepted.has(id), `challenge ${id} answered`);
      console.log(`# figures: trickling source: subscribed #${subscribed} → StartHosting #${start.block} → ` +
        `SourceUnavailable #${released().block} (${released().block - subscribed} blocks), ${requests} requests to it; ` +
        `${accepted.size} proofs accepted meanwhile`);
    } finally {
      server.close();
      for (const socket of sockets) socket.destroy();
    }
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
      let requested = null;
      if ((await api.query.benchmarks.openFor(contract, hoster)).isNone) {
        // The periodic one may still open between the check and the request, which
        // is then refused (AlreadyOpen) and costs nothing: that one is measured.
        requested = await signAndWait(api, api.tx.benchmarks.request(contract, hoster), keys.alice)
          .catch((e) => { if (e.name === 'AlreadyOpen') return null; throw e; });
      }
      if (requested) {
        const { events, blockHash } = requested;
        const paid = events.filter(({ event }) => api.events.balances.Transfer.is(event) &&
          event.data[0].toString() === keys.alice.address && event.data[2].toBigInt() === fee);
        assert.equal(paid.length, 1, 'the request fee went to the treasury');
        const at = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
        requestedAt = Math.min(requestedAt || at, at);
      } else {
        // The open one: measured from the block it opened in.
        const open = [...seen].reverse().find((e) => e.name === 'benchmarks.ProvidePerformanceBenchmark' &&
          e.data[1] === hoster && Number(e.data[2]) === contract);
        const at = open ? open.block : (await api.rpc.chain.getHeader()).number.toNumber();
        requestedAt = Math.min(requestedAt || at, at);
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

  it('full blocks hold the proof clock: a challenge crowded out of them is answered after, nobody faulted, the books balance', { timeout: STEP_TIMEOUT }, async () => {
    const window = (await api.query.proofsOfStorage.parameters()).window.toNumber();
    const [contract] = (await api.query.hosting.planContracts(plan)).map((x) => x.toNumber());
    const hosters = (await api.query.hosting.contracts(contract)).unwrap().hosters.map(([h]) => h.toString());
    // A hosting with no open challenge, to ask an extra one of.
    let hoster;
    await untilBlock(api, async () => {
      for (const h of hosters) {
        const entry = await api.query.proofsOfStorage.ledger(contract, h);
        if (entry.isSome && entry.unwrap().open.isNone) { hoster = h; return true; }
      }
      return false;
    }, { what: 'a hosting with no open challenge' });
    const request = api.tx.proofsOfStorage.request(contract, hoster);
    const requestWeight = (await request.paymentInfo(keys.charlie)).weight.refTime.toBigInt();
    // Each full block: two sudo calls declaring together all of the normal class's
    // weight (one extrinsic may take at most `maxExtrinsic` of it) but the request's and
    // 0.3 ms. With their tip they go first, the request still fits beside them, and
    // what is left is less than a response weighs (about 2 ms). Sudo's calls are
    // fee-free, but the tip is paid: the flood costs real money.
    const normal = api.consts.system.blockWeights.perClass.normal;
    const maxTotal = normal.maxTotal.unwrap().refTime.toBigInt();
    const maxExtrinsic = normal.maxExtrinsic.unwrap().refTime.toBigInt();
    const base = normal.baseExtrinsic.refTime.toBigInt();
    const flood = (refTime) => api.tx.sudo.sudoUncheckedWeight(api.tx.system.remark('0x00'), { refTime, proofSize: 0 });
    const probe = 1_000_000_000n;
    const extension = (await flood(probe).paymentInfo(keys.alice)).weight.refTime.toBigInt() - probe;
    const perTx = extension + base;
    const big = maxExtrinsic - extension;
    const rest = maxTotal - big - 2n * perTx - (requestWeight + base) - 300_000_000n;
    assert.ok(rest > 0n, `room for a second flooding call: ${rest}`);
    const full = window + 4;
    const nonce = (await api.rpc.system.accountNextIndex(keys.alice.address)).toNumber();
    const from = (await api.rpc.chain.getHeader()).number.toNumber();
    const at = async (n) => api.at(await api.rpc.chain.getBlockHash(n));
    const clockAt = async (n) => (await (await at(n)).query.proofsOfStorage.proofClock()).toNumber();
    for (let i = 0; i < full; i++) {
      for (const [k, refTime] of [[0, big], [1, rest]]) {
        const tx = flood(refTime);
        await tx.signAsync(keys.alice, { nonce: nonce + 2 * i + k, tip: 10n ** 12n });
        await tx.send();
      }
    }
    const { events, blockHash } = await signAndWait(api, request, keys.charlie);
    const opened = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
    const id = events.map((r) => r.event).find((e) => e.section === 'proofsOfStorage' && e.method === 'ProvideProofOfStorage').data[0].toNumber();
    const outcome = () => seen.find((e) => ['proofsOfStorage.ProofAccepted', 'proofsOfStorage.Fault'].includes(e.name) && e.data[0] === id);
    await untilBlock(api, outcome, { timeoutMs: (full + window + 10) * 6_000 + 60_000, what: `challenge ${id} answered` });
    const done = outcome();
    assert.equal(done.name, 'proofsOfStorage.ProofAccepted', `challenge ${id} accepted, not faulted`);
    // The answer got in more than a window of blocks after the challenge: on a block
    // count it would have been a fault. The clock stood still after each full block.
    const held = seen.filter((e) => e.name === 'proofsOfStorage.ClockHeld' && e.block > from);
    assert.ok(done.block - opened > window, `answered ${done.block - opened} blocks after the challenge, the window is ${window}`);
    assert.ok(held.length >= full - 1, `the clock stood still after the full blocks: ${held.length} of ${full}`);
    const heldBy = held.filter((e) => e.block <= done.block).length;
    assert.equal(await clockAt(done.block), await clockAt(from) + (done.block - from) - heldBy,
      'the clock moved one a block except after the full ones');
    assert.equal(seen.filter((e) => ['proofsOfStorage.Fault', 'proofsOfStorage.AuditMissed'].includes(e.name) && e.block > from).length, 0, 'no faults');
    // The flood is over before the next step (its sudo key's nonce moved past it).
    await untilBlock(api, async () => (await api.query.system.account(keys.alice.address)).nonce.toNumber() >= nonce + 2 * full,
      { what: 'the flood included' });
    // The money of the window, from its events: fees are burned (the issuance fell by
    // exactly what they came to), the request fee and the protocol fees went to the
    // treasury, the requester paid its fee and the request fee, every settlement's
    // payout left an escrow to its hoster, and nobody was slashed.
    const end = (await api.rpc.chain.getHeader()).number.toNumber();
    const inWindow = [];
    for (let n = from + 1; n <= end; n++) {
      for (const { event } of await (await at(n)).query.system.events()) inWindow.push({ block: n, event });
    }
    const of = (section, method, pred = () => true) => inWindow.filter(({ event: e }) => e.section === section && e.method === method && pred(e.data));
    const total = (list, field) => list.reduce((sum, { event: e }) => sum + e.data[field].toBigInt(), 0n);
    assert.equal(of('roles', 'Slashed').length, 0, 'nobody slashed in the window');
    const fees = total(of('transactionPayment', 'TransactionFeePaid'), 'actualFee');
    const issuance = async (n) => (await (await at(n)).query.balances.totalIssuance()).toBigInt();
    assert.equal(await issuance(from) - await issuance(end), fees, 'the issuance fell by the fees paid');
    const free = async (n, who) => (await (await at(n)).query.system.account(who)).data.free.toBigInt();
    const treasury = api.consts.proofsOfStorage.treasury.toString();
    const requestFee = (await api.query.proofsOfStorage.parameters()).requestFee.toBigInt();
    const protocol = total(of('escrow', 'Paid'), 'fee');
    assert.equal(await free(end, treasury) - await free(from, treasury), requestFee + protocol,
      'the treasury got the request fee and the protocol fees');
    const charlie = keys.charlie.address;
    const charliePaid = total(of('transactionPayment', 'TransactionFeePaid', (d) => d.who.toString() === charlie), 'actualFee');
    const charlieGot = total(of('escrow', 'Paid', (d) => d.payee.toString() === charlie), 'amount');
    assert.equal(await free(from, charlie) - await free(end, charlie), requestFee + charliePaid - charlieGot,
      'the requester paid the request fee and its transaction fee');
    for (const { block, event: e } of of('proofsOfStorage', 'Paid')) {
      const payout = of('escrow', 'Paid', (d) => d.payee.eq(e.data.hoster) && d.amount.eq(e.data.paid)).filter((x) => x.block === block);
      assert.ok(payout.length >= 1, `the settlement of ${e.data.contract} in block ${block} left an escrow to its hoster`);
    }
    console.log(`# figures: ${full} full blocks from #${from + 1}: challenge ${id} opened #${opened}, ` +
      `answered #${done.block} (${done.block - opened} blocks, window ${window}), clock held ${held.length} times, no faults; ` +
      `fees burned ${fees} planck (tips of the flood included), request fee ${requestFee}`);
  });

  it('pause, resume and update from the client', { timeout: STEP_TIMEOUT }, async () => {
    const paused = await client(['pause', String(plan), '--ws', node.wsUrl]);
    assert.equal(paused.code, 0, paused.out);
    assert.match(paused.out, new RegExp(`plan ${plan}: PausePlan`));
    assert.equal((await rpcSend(api, 'datdot_plan', [plan])).state, 'Paused');
    const again = await client(['pause', String(plan), '--ws', node.wsUrl]);
    assert.equal(again.code, 1);
    assert.match(again.out, /plans\.[A-Za-z]+/, 'the chain\'s error, by name');
    assert.doesNotMatch(again.out, /usage:/);
    const resumed = await client(['resume', String(plan), '--ws', node.wsUrl]);
    assert.equal(resumed.code, 0, resumed.out);
    assert.match(resumed.out, new RegExp(`plan ${plan}: ResumePlan`));
    const view = await rpcSend(api, 'datdot_plan', [plan]);
    assert.equal(view.state, 'Active');
    assert.ok(view.pausedBlocks >= 1, 'the pause is on the books');
    const updated = await client(['update', String(plan), '--end', String(view.end + 10), '--ws', node.wsUrl]);
    assert.equal(updated.code, 0, updated.out);
    assert.match(updated.out, /updated \(PlanUpdated\); the budget held for the rest is [0-9,.]+ DAT/);
    assert.equal((await rpcSend(api, 'datdot_plan', [plan])).end, view.end + 10);
    const nothing = await client(['update', String(plan), '--ws', node.wsUrl]);
    assert.equal(nothing.code, 1);
    assert.match(nothing.out, /update needs --end, --replication or --price\nusage:/);
  });

  /** The directory of the hosters' chunk files of the published data set. */
  const chunkDir = () => path.join(baseDir, 'chains', 'datdot_dev', 'chunks', u8aToHex(root).slice(2));

  it('the hosters keep the chunks as files under the node\'s base path, one per chunk, as served', { timeout: STEP_TIMEOUT }, async () => {
    const count = Math.ceil(bytes.length / 16384);
    const files = fs.readdirSync(chunkDir()).sort((a, b) => a - b);
    assert.deepEqual(files, Array.from({ length: count }, (_, i) => String(i)), 'one file per chunk, named by index');
    for (const i of [0, count - 1]) {
      const served = hexToU8a(await rpcSend(api, 'datdot_chunk', [u8aToHex(root), i]));
      assert.ok(Buffer.from(served).equals(fs.readFileSync(path.join(chunkDir(), String(i)))), `chunk ${i}: the file is the frame served`);
      assert.ok(verifiedChunk(served, root, i, count, 16384), `chunk ${i} verifies`);
    }
  });

  it('end: EndHosting, the budget left refunded, the hosters delete the data', { timeout: STEP_TIMEOUT }, async () => {
    const p = (await api.query.plans.plans(plan)).unwrap();
    const escrow = p.escrow.toNumber();
    const left = (await api.query.escrow.escrows(escrow)).unwrap().amount.toBigInt();
    const contracts = (await api.query.hosting.planContracts(plan)).length;
    const run = await client(['end', String(plan), '--ws', node.wsUrl]);
    assert.equal(run.code, 0, run.out);
    assert.match(run.out, /ended \(EndPlan\); [0-9,.]+ DAT refunded/);
    assert.equal((run.out.match(/EndHosting: contract/g) || []).length, contracts, run.out);
    assert.ok((await api.query.plans.plans(plan)).isNone, 'the plan is gone');
    assert.ok((await api.query.escrow.escrows(escrow)).isNone, 'its escrow is closed');
    assert.ok(left > 0n);
    await untilBlock(api, () => seen.some((e) => e.name === 'hosting.EndHosting'), { what: 'EndHosting' });
    assert.equal((await api.query.hosting.planContracts(plan)).length, 0);
    // The hosters' workers delete the chunks within a block or two.
    await untilBlock(api, async () => (await rpcSend(api, 'datdot_chunk', [u8aToHex(root), 0])) === null,
      { what: 'chunk 0 deleted' });
    await untilBlock(api, () => !fs.existsSync(chunkDir()), { what: 'the data set\'s chunk files deleted' });
  });

  it('publish gives up after --timeout blocks; serve resumes it from the file until it is hosted', { timeout: STEP_TIMEOUT }, async () => {
    // Setups take more than one block: with --timeout 1 the client stops first.
    const run = await client(['publish', file, '--ws', node.wsUrl, '--chunk-size', '16384', '--timeout', '1']);
    assert.equal(run.code, 1, run.out);
    const m = /plan ([0-9]+) was not hosted within 1 blocks \(.*\); it stays subscribed/.exec(run.out);
    assert.ok(m, run.out);
    assert.match(run.out, /serving at http:\/\/127\.0\.0\.1:[1-9][0-9]*\/data/, 'a free port, not a fixed one');
    assert.doesNotMatch(run.out, /usage:/);
    const left = Number(m[1]);
    assert.ok((await api.query.plans.plans(left)).isSome, 'the plan is still there');
    // Serving it again from the same file (at the source URL on chain) finishes it.
    const served = await client(['serve', String(left), file, '--ws', node.wsUrl, '--timeout', '40']);
    assert.equal(served.code, 0, served.out);
    assert.match(served.out, new RegExp(`serving .* for plan ${left} at http://127\\.0\\.0\\.1:[0-9]+/data`));
    assert.match(served.out, new RegExp(`plan ${left}: every contract is hosted and confirmed`));
    const view = await rpcSend(api, 'datdot_plan', [left]);
    assert.ok(view.contracts.length > 0 && view.contracts.every((c) => c.hostings.length === 2 && c.hostings.every((h) => h.confirmed)),
      JSON.stringify(view.contracts));
    const other = path.join(TMP_DIR, `other-${process.pid}.bin`);
    fs.writeFileSync(other, crypto.randomBytes(1000));
    const wrong = await client(['serve', String(left), other, '--ws', node.wsUrl]);
    assert.equal(wrong.code, 1, wrong.out);
    assert.match(wrong.out, new RegExp(`is not plan ${left}'s data set`));
    const ended = await client(['end', String(left), '--ws', node.wsUrl]);
    assert.equal(ended.code, 0, ended.out);
    assert.ok((await api.query.plans.plans(left)).isNone);
  });
});
