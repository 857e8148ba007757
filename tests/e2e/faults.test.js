// Fault test on the multi-node `local` testnet (tests/lib/testnet.js): Ferdie joins as a
// third hoster on a sixth node, Alice publishes a file that two of the three hosters
// store, then
//  - one of them is killed with SIGKILL: its audits go unanswered (missed audits,
//    slashed 0 %, 5 %, 15 % of its hostings' share of the stake), the third evicts it:
//    the contract is repaired onto the third hoster (never back onto the one that lost
//    it), which
//    reseeds from the surviving hoster (the publisher's source is gone by then), and the
//    file still downloads bit-identical from the survivor and from the replacement;
//  - Charlie's attestor node is killed and restarted while its report of the repair
//    round sits in its pool: the round completes, each attestor reported once, no
//    report failed in a block;
//  - afterwards the money adds up: total issuance, every escrow, the sponsor's hold,
//    the treasury, the hosters' balances and stakes, against the events in between.
//
// The `local` testnets share their genesis and node keys: run one at a time on a host.
//
// Every wait is on chain events (finalized blocks of node 0, gathered from the start)
// or on storage, with a timeout that names what did not happen.

import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';

import { stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';

import { ocwKeyProof } from '../../scripts/client/keys.js';
import { TMP_DIR, client, freePortRange, freePorts, killAllNodes, rpcSend, signAndWait } from '../lib/node.js';
import { joinTestnet, startTestnet } from '../lib/testnet.js';

const SIZE = 1024 * 1024; // 16 chunks of 64 KiB: one contract
const CHUNK = 65536;
const PRICE = 100_000_000n; // plancks per chunk per hoster per block
const PERIOD = 3; // proof period and answer window, in blocks, for this test
const WINDOW = 3;
const UNIT = 10n ** 12n;
const STEP_TIMEOUT = 10 * 60_000;

/** The treasury: PalletId(*b"dd/trsry").into_account_truncating(). */
const TREASURY = u8aConcat(stringToU8a('modl'), stringToU8a('dd/trsry'), new Uint8Array(20));

const secs = (ms) => (ms / 1000).toFixed(1);

/**
 * Every event of every finalized block of `api`'s chain from block 1 on, in order, each
 * block exactly once (gaps between finality notifications are filled by number).
 */
function eventLog (api) {
  const records = [];
  const listeners = new Set();
  const times = new Map(); // block → when this log saw it finalized
  let last = 0;
  let failure = null;
  let queue = Promise.resolve();
  let unsub = null;
  let closed = false;
  api.rpc.chain.subscribeFinalizedHeads((header) => {
    const n = header.number.toNumber();
    queue = queue.then(async () => {
      for (let b = last + 1; b <= n && !closed; b++) {
        const hash = await api.rpc.chain.getBlockHash(b);
        const events = await api.query.system.events.at(hash);
        events.forEach((r, i) => records.push({
          block: b,
          hash: hash.toHex(),
          index: i,
          extrinsic: r.phase.isApplyExtrinsic ? r.phase.asApplyExtrinsic.toNumber() : null,
          section: r.event.section,
          method: r.event.method,
          data: r.event.data
        }));
        times.set(b, Date.now());
        last = b;
      }
      for (const l of listeners) l();
    }).catch((e) => { failure = e; for (const l of listeners) l(); });
  }).then((u) => { if (closed) u(); else unsub = u; }, (e) => { failure = e; });

  return {
    records,
    times,
    get last () { return last; },
    /** Events `section.method` (optionally passing `pred`) in blocks `from`…`to`. */
    find (section, method, pred = () => true, { from = 0, to = Infinity } = {}) {
      return records.filter((r) => r.section === section && r.method === method &&
        r.block >= from && r.block <= to && pred(r.data, r));
    },
    /** Resolves with `check()`'s first truthy value, re-checked on every finalized block. */
    waitFor (what, check, timeoutMs) {
      return new Promise((resolve, reject) => {
        const started = Date.now();
        const done = (fn, v) => { listeners.delete(test); clearTimeout(timer); fn(v); };
        const test = () => {
          if (failure) return done(reject, new Error(`${what}: the event log failed: ${failure.message}`));
          let v;
          try { v = check(); } catch (e) { return done(reject, e); }
          if (v) done(resolve, v);
        };
        const timer = setTimeout(() => done(reject, new Error(
          `${what}: not seen within ${secs(Date.now() - started)} s (finalized up to block ${last})`)), timeoutMs);
        listeners.add(test);
        test();
      });
    },
    close () { closed = true; if (unsub) unsub(); }
  };
}

/** Resolves with `check(events, blockNumber)`'s first truthy value on a new best block of `api`. */
function onBestBlock (api, what, check, timeoutMs) {
  return new Promise((resolve, reject) => {
    let unsub = null;
    let settled = false;
    const done = (fn, v) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (unsub) unsub();
      fn(v);
    };
    const timer = setTimeout(() => done(reject, new Error(`${what}: not seen within ${timeoutMs} ms`)), timeoutMs);
    timer.unref(); // a wait left behind by a failed step does not hold the process
    api.rpc.chain.subscribeNewHeads(async (header) => {
      try {
        const events = await api.query.system.events.at(header.hash);
        const v = check(events.map((r) => r.event), header.number.toNumber());
        if (v) done(resolve, v);
      } catch (e) { done(reject, e); }
    }).then((u) => { if (settled) u(); else unsub = u; }, (e) => done(reject, e));
  });
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
function listening (port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (ok) => { socket.destroy(); resolve(ok); };
    socket.setTimeout(2000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const big = (x) => BigInt(x.toString());
const sum = (xs) => xs.reduce((a, b) => a + b, 0n);

describe('faults on the testnet: a hoster killed, an attestor restarted, the money adds up', { timeout: 30 * 60_000 }, () => {
  let testnet, ferdie, dir, file, bytes, log, plan, contract, escrowId;
  let hosters; // address → node entry of every hoster (Dave, Eve, Ferdie)
  let killed, survivor, replacement; // node entries
  let snapshot; // { block, hash, state }
  let killBlock, killTime;
  let repair; // { block, round } of the first repair
  let restart; // what happened to Charlie's node
  const figures = [];
  const api0 = () => testnet.nodes[0].api;
  const byName = (name) => name === 'ferdie' ? ferdie : testnet.nodes.find((n) => n.name === name);

  before(async () => {
    dir = path.join(TMP_DIR, `faults-${process.pid}`);
    const rpcBasePort = await freePortRange(5);
    const p2pBasePort = await freePortRange(5);
    try {
      testnet = await startTestnet({ dir, rpcBasePort, p2pBasePort, fresh: true, log: (l) => console.log(`# ${l}`) });
      log = eventLog(api0());
      const [rpcPort, p2pPort] = await freePorts(2);
      ferdie = await joinTestnet({ dir, p2pBasePort, name: 'ferdie', seed: '//Ferdie', rpcPort, p2pPort, log: (l) => console.log(`# ${l}`) });
    } catch (e) {
      killAllNodes(); // a testnet started half-way has no handle to stop it by
      throw e;
    }
    file = path.join(TMP_DIR, `faults-${process.pid}.bin`);
    bytes = crypto.randomBytes(SIZE);
    fs.writeFileSync(file, bytes);
  });

  after(async () => {
    if (log) log.close();
    if (ferdie) await ferdie.stop();
    if (testnet) await testnet.stop();
    killAllNodes();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    if (file) for (const f of [file, `${file}.survivor`, `${file}.replacement`]) fs.rmSync(f, { force: true });
    if (figures.length) console.log(figures.map((f) => `# figures: ${f}`).join('\n'));
  });

  it('Ferdie joins as a third hoster on a sixth node', { timeout: STEP_TIMEOUT }, async () => {
    const api = ferdie.api;
    const me = ferdie.pair;
    const best = (await api0().rpc.chain.getHeader()).number.toNumber();
    await onBestBlock(api, 'the sixth node in step with node 0', (_, n) => n >= best, 180_000);
    await signAndWait(api, api.tx.accounts.create(me.publicKey, ocwKeyProof(api, me), new Uint8Array(32), `http://127.0.0.1:${ferdie.rpcPort}`, 'u33db'), me);
    const form = { resources: { storage: 10n << 30n, bandwidth: 10_000_000, cpu: 1000, ram: 1n << 30n }, regions: ['u33'], timetable: [] };
    await signAndWait(api, api.tx.roles.register('Hoster', form, 100n * UNIT), me);
    assert.ok((await api0().query.roles.registrations(me.address, 'Hoster')).isSome, 'node 0 sees Ferdie as a hoster');
    assert.ok((await api.rpc.system.health()).peers.toNumber() >= 1, 'the sixth node has peers');
    hosters = new Map(['dave', 'eve', 'ferdie'].map((n) => [byName(n).pair.address, { name: n, pair: byName(n).pair, node: byName(n) }]));
  });

  it(`sudo shortens the proof period to ${PERIOD} blocks, window ${WINDOW}`, { timeout: STEP_TIMEOUT }, async () => {
    const api = api0();
    const current = (await api.query.proofsOfStorage.parameters()).toJSON();
    const params = { ...current, period: PERIOD, window: WINDOW };
    const { events } = await signAndWait(api, api.tx.sudo.sudo(api.tx.proofsOfStorage.setParams(params)), testnet.nodes[0].pair);
    const sudid = events.find(({ event }) => api.events.sudo.Sudid.is(event));
    assert.ok(sudid && sudid.event.data.sudoResult.isOk, `sudo succeeded: ${sudid?.event.data.sudoResult}`);
    const now = (await api.query.proofsOfStorage.parameters()).toJSON();
    assert.equal(now.period, PERIOD);
    assert.equal(now.window, WINDOW);
    assert.equal(now.maxFaults, 3, 'three faults in a row repair');
  });

  it('Alice publishes 1 MiB on node 0; two of the three hosters store and confirm it', { timeout: STEP_TIMEOUT }, async () => {
    const [port] = await freePorts(1);
    const started = Date.now();
    const run = await client(['publish', file, '--ws', testnet.nodes[0].wsUrl, '--suri', '//Alice',
      '--serve', `127.0.0.1:${port}`, '--chunk-size', String(CHUNK), '--replication', '2', '--blocks', '600',
      '--price', String(PRICE)]);
    assert.equal(run.code, 0, run.out);
    figures.push(`published ${SIZE} bytes (2 of 3 hosters) in ${secs(Date.now() - started)} s`);
    plan = Number(/plan ([0-9]+) subscribed/.exec(run.out)[1]);
    const api = api0();
    const ids = (await api.query.hosting.planContracts(plan)).map((x) => x.toNumber());
    assert.equal(ids.length, 1, 'one contract');
    [contract] = ids;
    escrowId = (await api.query.plans.plans(plan)).unwrap().escrow.toNumber();
    const c = (await api.query.hosting.contracts(contract)).unwrap();
    const chosen = c.hosters.map(([h]) => h.toString());
    assert.equal(chosen.length, 2, 'two hosters');
    assert.ok(c.hosters.every(([, ok]) => ok.isTrue), 'both confirmed');
    assert.ok(chosen.every((h) => hosters.has(h)), 'the hosters are among Dave, Eve and Ferdie');
    // The one to kill: the first named (no hoster's node is an authority).
    killed = hosters.get(chosen[0]);
    survivor = hosters.get(chosen[1]);
    console.log(`# plan ${plan}, contract ${contract}, escrow ${escrowId}: hosted by ${killed.name} and ${survivor.name}; ${killed.name} will be killed`);
    // The publisher stopped serving: from now on only the hosters have the data.
    assert.equal(await listening(port), false, 'the publisher\'s source is gone');
    await log.waitFor('both HostingConfirmed finalized', () =>
      chosen.every((h) => log.find('hosting', 'HostingConfirmed', (d) => d.contract.toNumber() === contract && d.hoster.toString() === h).length), 120_000);
  });

  it('the money is snapshotted at a finalized block', { timeout: STEP_TIMEOUT }, async () => {
    const api = api0();
    const last = Math.max(...(await Promise.all([0, 1].map(async (i) => (await testnet.nodes[i].api.rpc.chain.getHeader()).number.toNumber()))));
    await log.waitFor('the setup finalized', () => log.last >= last, 120_000);
    const block = log.last;
    const hash = await api.rpc.chain.getBlockHash(block);
    snapshot = { block, hash, state: await moneyState(api, hash) };
  });

  /** Everything the money checks compare, read at block `hash`. */
  async function moneyState (api, hash) {
    const at = await api.at(hash);
    const accounts = [...hosters.keys(), ...testnet.nodes.map((n) => n.pair.address), u8aToHex(TREASURY)];
    const state = { issuance: big(await at.query.balances.totalIssuance()), escrows: new Map(), accounts: new Map(), escrowHolds: new Map(), stakes: new Map(), earned: new Map() };
    for (const [key, e] of await at.query.escrow.escrows.entries()) {
      state.escrows.set(key.args[0].toNumber(), { payer: e.unwrap().payer.toString(), amount: big(e.unwrap().amount) });
    }
    for (const a of accounts) {
      const info = await at.query.system.account(a);
      const id = api.createType('AccountId', a).toString();
      state.accounts.set(id, { free: big(info.data.free), reserved: big(info.data.reserved) });
      const holds = await at.query.balances.holds(a);
      state.escrowHolds.set(id, sum(holds.filter((h) => h.id.isEscrow && h.id.asEscrow.isFunds).map((h) => big(h.amount))));
      const reg = await at.query.roles.registrations(a, 'Hoster');
      if (reg.isSome) state.stakes.set(id, big(reg.unwrap().stake));
      state.earned.set(id, big(await at.query.proofsOfStorage.earned(a)));
    }
    return state;
  }

  it('kill -9 of a hoster\'s node: three missed audits, then RepairHosting', { timeout: STEP_TIMEOUT }, async () => {
    const api = api0();
    const who = killed.pair.address;
    // Charlie's node is restarted while the repair round is open: started now, so the
    // round's first block is not missed (see the next step).
    restart = restartAttestorInRepairRound(who);
    restart.catch(() => {}); // awaited in the next step
    const bests = await Promise.all([0, 1].map(async (i) => (await testnet.nodes[i].api.rpc.chain.getHeader()).number.toNumber()));
    killBlock = Math.max(...bests);
    killTime = Date.now();
    await killed.node.kill();
    console.log(`# killed ${killed.name}'s node (SIGKILL) at block ${killBlock}`);
    const faults = [];
    for (const n of [1, 2, 3]) {
      const [f] = await log.waitFor(`missed audit ${n} of ${killed.name}`, () => {
        const found = log.find('proofsOfStorage', 'AuditMissed', (d) => d.hoster.toString() === who && d.faults.toNumber() === n, { from: killBlock });
        return found.length ? found : null;
      }, 180_000);
      faults.push(f);
      console.log(`# missed audit ${n} of ${killed.name} in block ${f.block} (challenge ${f.data.challenge})`);
    }
    const [r] = await log.waitFor('RepairHosting', () => {
      const found = log.find('hosting', 'RepairHosting', (d) => d.contract.toNumber() === contract && d.failed.toString() === who, { from: killBlock });
      return found.length ? found : null;
    }, 60_000);
    assert.equal(r.block, faults[2].block, 'the third missed audit repairs (evicts) in its block');
    assert.equal(r.data.plan.toNumber(), plan);
    const [round] = log.find('hosting', 'MatchingRoundOpened', (d) => d.contract.toNumber() === contract, { from: r.block, to: r.block });
    assert.ok(round, 'a matching round opens for a replacement in the same block');
    repair = { block: r.block, round: round.data.round.toNumber() };
    const c = (await api.query.hosting.contracts.at(r.hash, contract)).unwrap();
    assert.deepEqual(c.hosters.map(([h]) => h.toString()), [survivor.pair.address], `${killed.name} is off the contract`);
    figures.push(`kill at block ${killBlock} → missed audits in blocks ${faults.map((f) => f.block).join(', ')} → RepairHosting in block ${r.block}: ` +
      `${r.block - killBlock} blocks, ${secs(log.times.get(r.block) - killTime)} s until finalized`);
  });

  /**
   * Once node 0's best block opens the repair round, waits until Charlie's node has its
   * report of that round in its pool (or on chain), then kills the node (SIGKILL) and
   * starts it again on the same data.
   */
  async function restartAttestorInRepairRound (failed) {
    const api = api0();
    const charlie = byName('charlie');
    const round = await onBestBlock(api, 'the repair round on node 0', (events) => {
      const rep = events.find((e) => api.events.hosting.RepairHosting.is(e) && e.data.contract.toNumber() === contract && e.data.failed.toString() === failed);
      const open = events.find((e) => api.events.hosting.MatchingRoundOpened.is(e) && e.data.contract.toNumber() === contract);
      return rep && open ? open.data.round.toNumber() : null;
    }, 300_000);
    const started = Date.now();
    let inPool = false;
    let onChain = false;
    while (Date.now() - started < 20_000) { // poll interval below, not a synchronisation sleep
      onChain = (await api.query.hosting.roundReports(round, charlie.pair.address)).isSome;
      if (onChain) break;
      const pending = await charlie.api.rpc.author.pendingExtrinsics();
      inPool = pending.some((x) => x.method.section === 'hosting' && x.method.method === 'reportMatch' && x.method.args[0].round.toNumber() === round);
      if (inPool) break;
      await delay(50);
    }
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    await charlie.kill();
    const down = Date.now();
    await charlie.restart();
    const downMs = Date.now() - down;
    console.log(`# Charlie's node killed at block ${best} (its report of round ${round}: ${inPool ? 'in its pool' : onChain ? 'already on chain' : 'not seen yet'}), back after ${secs(downMs)} s`);
    return { round, inPool, onChain, block: best, downMs };
  }

  it('Charlie\'s node restarted mid-round: the round completes, each attestor reported once', { timeout: STEP_TIMEOUT }, async () => {
    const r = await restart;
    restart = r;
    assert.equal(r.round, repair.round, 'the restart was in the repair round');
    figures.push(`Charlie's node killed at block ${r.block} with its report ${r.inPool ? 'in its pool' : r.onChain ? 'already on chain' : 'not yet sent'}, back (RPC ready) after ${secs(r.downMs)} s`);
    const attestors = testnet.nodes.filter((n) => n.role === 'attestor').map((n) => n.pair.address);
    const reports = await log.waitFor(`both reports of round ${r.round}`, () => {
      const found = log.find('hosting', 'MatchReported', (d) => d.round.toNumber() === r.round);
      return found.length >= 2 ? found : null;
    }, 180_000);
    assert.deepEqual(reports.map((e) => e.data.attestor.toString()).sort(), [...attestors].sort(), 'Bob and Charlie reported once each');
    const closing = reports[reports.length - 1].block;
    const started = log.find('hosting', 'StartHosting', (d) => d.contract.toNumber() === contract, { from: closing, to: closing });
    assert.equal(started.length, 1, `round ${r.round} applied: StartHosting in block ${closing}`);
    assert.deepEqual(started[0].data.attestors.map(String).sort(), [...attestors].sort(), 'both attestors agreed');
    assert.equal(log.find('hosting', 'RoundExpired', (d) => d.round.toNumber() === r.round).length, 0, 'the round did not expire');
    // Charlie's node is back in step with the chain.
    const charlie = byName('charlie');
    const h0 = (await api0().rpc.chain.getHeader()).number.toNumber();
    await onBestBlock(charlie.api, 'Charlie\'s node catching up', (_, n) => n >= h0, 120_000);
    const charlieAt = reports.find((e) => e.data.attestor.toString() === charlie.pair.address).block;
    console.log(`# round ${r.round}: reports ${reports.map((e) => `${e.data.attestor.toString() === charlie.pair.address ? 'charlie' : 'bob'} in block ${e.block}`).join(', ')}, applied in block ${closing}`);
    figures.push(`repair round ${r.round}: opened in block ${repair.block}, Charlie's node killed at best block ${r.block}, Charlie's report in block ${charlieAt}, round applied in block ${closing}`);
  });

  it('the replacement reseeds from the survivor and is confirmed', { timeout: STEP_TIMEOUT }, async () => {
    const who = killed.pair.address;
    // The killed hoster still holds the role, but a contract never goes back to a
    // hoster repaired off it: the first repair round picks the spare.
    const done = await log.waitFor('a replacement confirmed', () => {
      const starts = log.find('hosting', 'StartHosting', (d) => d.contract.toNumber() === contract, { from: repair.block });
      for (const s of starts) {
        const fresh = s.data.hosters.map(String).filter((h) => h !== who && h !== survivor.pair.address);
        for (const h of fresh) {
          const [conf] = log.find('hosting', 'HostingConfirmed', (d) => d.contract.toNumber() === contract && d.hoster.toString() === h, { from: s.block });
          if (conf) return { start: s, confirmed: conf, hoster: h };
        }
      }
      return null;
    }, 5 * 60_000);
    replacement = hosters.get(done.hoster);
    const bounces = log.find('hosting', 'StartHosting', (d) => d.contract.toNumber() === contract && d.hosters.map(String).includes(who), { from: repair.block });
    const repairs = log.find('hosting', 'RepairHosting', (d) => d.contract.toNumber() === contract, { from: repair.block });
    assert.equal(bounces.length, 0, `${killed.name} is never matched to the contract it lost`);
    assert.equal(repairs.length, 1, 'one repair');
    assert.ok(repairs.every((r) => r.data.failed.toString() === who), `only ${killed.name} was repaired`);
    const c = (await api0().query.hosting.contracts.at(done.confirmed.hash, contract)).unwrap();
    assert.deepEqual(new Set(c.hosters.map(([h]) => h.toString())), new Set([survivor.pair.address, replacement.pair.address]), 'survivor and replacement host the contract');
    assert.ok(c.hosters.every(([, ok]) => ok.isTrue), 'both confirmed');
    // The replacement's node has the data; neither the publisher nor the killed hoster
    // could have served it, so it came from the survivor.
    const root = (await api0().query.plans.plans(plan)).unwrap().terms.datasets[0].root.toHex();
    assert.ok(await rpcSend(replacement.node.api, 'datdot_chunk', [root, 0]), `${replacement.name}'s node serves chunk 0`);
    console.log(`# ${replacement.name} replaces ${killed.name}: StartHosting in block ${done.start.block}, confirmed in block ${done.confirmed.block}`);
    figures.push(`RepairHosting (block ${repair.block}) → ${replacement.name} started in block ${done.start.block} → confirmed in block ${done.confirmed.block}: ` +
      `${done.confirmed.block - killBlock} blocks, ${secs(log.times.get(done.confirmed.block) - killTime)} s after the kill until finalized`);
  });

  it('the replacement proves its copy and is paid', { timeout: STEP_TIMEOUT }, async () => {
    const who = replacement.pair.address;
    const [p] = await log.waitFor(`a ProofAccepted of ${replacement.name}`, () => {
      const found = log.find('proofsOfStorage', 'ProofAccepted', (d) => d.hoster.toString() === who, { from: repair.block });
      return found.length ? found : null;
    }, 180_000);
    const [paid] = await log.waitFor(`a settlement of ${replacement.name}'s hosting`, () => {
      const found = log.find('proofsOfStorage', 'Paid', (d) => d.hoster.toString() === who && d.contract.toNumber() === contract, { from: p.block });
      return found.length ? found : null;
    }, 120_000);
    assert.ok(big(paid.data.paid) > 0n, 'paid for the proven blocks');
  });

  for (const which of ['survivor', 'replacement']) {
    it(`downloads bit-identical from the ${which} alone`, { timeout: STEP_TIMEOUT }, async () => {
      const hoster = which === 'survivor' ? survivor : replacement;
      const out = `${file}.${which}`;
      const started = Date.now();
      const run = await client(['download', String(plan), out, '--ws', testnet.nodes[1].wsUrl, '--hoster', hoster.pair.address]);
      assert.equal(run.code, 0, run.out);
      assert.ok(fs.readFileSync(out).equals(bytes), `the file from ${hoster.name} equals the published one`);
      figures.push(`downloaded ${SIZE} bytes from the ${which} (${hoster.name}) in ${secs(Date.now() - started)} s`);
    });
  }

  it('the survivor\'s node killed and restarted inside a period keeps its contract, is proven again and paid for proven time only', { timeout: STEP_TIMEOUT }, async () => {
    const who = survivor.pair.address;
    // (The survivor keeps this one contract, so its proofs are this contract's.)
    const proofs = (from) => log.find('proofsOfStorage', 'ProofAccepted', (d) => d.hoster.toString() === who, { from });
    // Right after one of its proofs, so the restart falls inside a period.
    const from = log.last + 1;
    const [fresh] = await log.waitFor(`a fresh proof of ${survivor.name}`, () => { const f = proofs(from); return f.length ? f : null; }, 120_000);
    const down = Date.now();
    await survivor.node.kill();
    await survivor.node.restart();
    const downMs = Date.now() - down;
    const back = (await api0().rpc.chain.getHeader()).number.toNumber();
    console.log(`# ${survivor.name}'s node killed after its proof in block ${fresh.block}, back after ${secs(downMs)} s (best block ${back})`);
    const [next] = await log.waitFor(`a proof of ${survivor.name} after the restart`, () => { const f = proofs(back + 1); return f.length ? f : null; }, 180_000);
    assert.equal(log.find('hosting', 'RepairHosting', (d) => d.failed.toString() === who, { from: fresh.block }).length, 0, `${survivor.name} was not repaired off`);
    const c = (await api0().query.hosting.contracts(contract)).unwrap();
    assert.ok(c.hosters.some(([h, ok]) => h.toString() === who && ok.isTrue), `${survivor.name} still keeps the contract`);
    // Its hosting is paid for the blocks since its hoster's last audit outcome (a proof,
    // or a miss, which leaves the time before it unpaid), at price × chunks.
    const outcomes = ['ProofAccepted', 'AuditMissed', 'ChallengeClosed']
      .flatMap((m) => log.find('proofsOfStorage', m, (d) => d.hoster.toString() === who, { to: next.block - 1 }));
    const last = Math.max(...outcomes.map((e) => e.block));
    const [settled] = await log.waitFor(`the settlement of ${survivor.name}'s proof in block ${next.block}`, () => {
      const found = log.find('proofsOfStorage', 'Paid', (d) => d.hoster.toString() === who && d.contract.toNumber() === contract, { from: next.block });
      return found.length ? found : null;
    }, 120_000);
    assert.equal(big(settled.data.blocks), BigInt(next.block - last), `settled for blocks ${last}..${next.block} only`);
    const [paid] = log.find('escrow', 'Paid', (d) => d.payee.toString() === who && big(d.amount) === big(settled.data.paid), { from: settled.block, to: settled.block });
    assert.ok(paid, `the escrow paid the settlement in block ${settled.block}`);
    const chunks = BigInt(c.end.toNumber() - c.start.toNumber());
    assert.equal(big(paid.data.amount) + big(paid.data.fee), PRICE * chunks * BigInt(next.block - last),
      `paid for blocks ${last}..${next.block} only`);
    const faults = ['Fault', 'AuditMissed'].flatMap((m) => log.find('proofsOfStorage', m, (d) => d.hoster.toString() === who, { from: fresh.block }));
    figures.push(`${survivor.name}'s node killed and restarted in ${secs(downMs)} s: proven again in block ${next.block}, ` +
      `paid for ${next.block - last} blocks, ${faults.length} fault(s), contract kept`);
  });

  it('no challenge was paid twice; the killed hoster was paid for nothing after its kill', { timeout: STEP_TIMEOUT }, async () => {
    const opened = log.find('proofsOfStorage', 'ProvideProofOfStorage');
    const accepted = log.find('proofsOfStorage', 'ProofAccepted');
    const faults = log.find('proofsOfStorage', 'AuditMissed').concat(log.find('proofsOfStorage', 'Fault'));
    const ids = opened.map((e) => e.data.challenge.toNumber());
    assert.equal(new Set(ids).size, ids.length, 'each challenge opened once');
    const outcomes = [...accepted, ...faults].map((e) => e.data.challenge.toNumber());
    assert.equal(new Set(outcomes).size, outcomes.length, 'each challenge accepted or faulted at most once');
    for (const e of [...accepted, ...faults]) {
      const o = opened.find((x) => x.data.challenge.eq(e.data.challenge));
      assert.ok(o, `challenge ${e.data.challenge} was opened`);
      assert.equal(o.data.hoster.toString(), e.data.hoster.toString(), `challenge ${e.data.challenge}: the challenged hoster`);
    }
    const who = killed.pair.address;
    const late = opened.filter((e) => e.data.hoster.toString() === who && e.block > killBlock);
    assert.ok(late.length >= 1, 'the killed hoster was challenged after its kill');
    for (const c of late) {
      const id = c.data.challenge.toNumber();
      assert.ok(!accepted.some((e) => e.data.challenge.toNumber() === id), `challenge ${id} after the kill was not accepted`);
    }
    assert.ok(!log.find('proofsOfStorage', 'ProofAccepted', (d) => d.hoster.toString() === who, { from: killBlock + 2 }).length,
      `no ProofAccepted of ${killed.name} from two blocks after the kill on`);
  });

  it('no report or proof failed in a block; no attestor reported twice in a round', { timeout: STEP_TIMEOUT }, async () => {
    const api = api0();
    for (const f of log.find('system', 'ExtrinsicFailed')) {
      const block = await api.rpc.chain.getBlock(f.hash);
      const call = block.block.extrinsics[f.extrinsic].method;
      assert.ok(!['hosting', 'proofsOfStorage'].includes(call.section),
        `${call.section}.${call.method} failed in block ${f.block}: ${JSON.stringify(f.data.toHuman())}`);
    }
    const seen = new Set();
    for (const e of log.find('hosting', 'MatchReported')) {
      const key = `${e.data.round}/${e.data.attestor}`;
      assert.ok(!seen.has(key), `attestor ${e.data.attestor} reported twice in round ${e.data.round}`);
      seen.add(key);
    }
    // Each setup was confirmed or repaired once per start.
    for (const s of log.find('hosting', 'StartHosting')) {
      for (const h of s.data.hosters.map(String)) {
        const next = log.find('hosting', 'StartHosting', (d) => d.contract.eq(s.data.contract) && d.hosters.map(String).includes(h), { from: s.block + 1 })[0];
        const to = next ? next.block - 1 : Infinity;
        const confirmed = log.find('hosting', 'HostingConfirmed', (d) => d.contract.eq(s.data.contract) && d.hoster.toString() === h, { from: s.block, to });
        assert.ok(confirmed.length <= 1, `${h} confirmed ${confirmed.length} times on contract ${s.data.contract}`);
      }
    }
  });

  it('the money adds up: issuance, escrows, holds, treasury, hosters\' balances and stakes', { timeout: STEP_TIMEOUT }, async () => {
    const api = api0();
    const end = log.last;
    const hash = await api.rpc.chain.getBlockHash(end);
    const after = await moneyState(api, hash);
    const before = snapshot.state;
    const within = { from: snapshot.block + 1, to: end };
    const ev = (section, method, pred) => log.find(section, method, pred, within);
    const amounts = (xs, f) => sum(xs.map((e) => big(e.data[f])));

    // Total issuance: slashes and fees move money, only transaction fees (burned)
    // and explicit mints or burns change the total.
    const fees = amounts(ev('transactionPayment', 'TransactionFeePaid'), 'actualFee');
    const minted = amounts(ev('balances', 'Minted'), 'amount') + amounts(ev('balances', 'Issued'), 'amount');
    const burned = amounts(ev('balances', 'Burned'), 'amount') + amounts(ev('balances', 'DustLost'), 'amount') + amounts(ev('balances', 'Rescinded'), 'amount');
    assert.equal(after.issuance - before.issuance, minted - burned - fees,
      `total issuance ${before.issuance} → ${after.issuance}: minted ${minted}, burned ${burned}, fees ${fees}`);

    // Every escrow: what left it is what its events say, and what is left is held.
    for (const [id, b] of before.escrows) {
      const a = after.escrows.get(id) || { amount: 0n };
      const paid = ev('escrow', 'Paid', (d) => d.id.toNumber() === id);
      const out = amounts(paid, 'amount') + amounts(paid, 'fee') +
        amounts(ev('escrow', 'Refunded', (d) => d.id.toNumber() === id), 'amount') -
        amounts(ev('escrow', 'ToppedUp', (d) => d.id.toNumber() === id), 'amount');
      assert.equal(b.amount - a.amount, out, `escrow ${id}: ${b.amount} → ${a.amount}, events say ${out} left it`);
    }
    const planPaid = ev('escrow', 'Paid', (d) => d.id.toNumber() === escrowId);
    assert.ok(planPaid.length > 0, 'the plan paid out');
    for (const [payer, held] of after.escrowHolds) {
      const owed = sum([...after.escrows.values()].filter((e) => e.payer === payer).map((e) => e.amount));
      assert.equal(held, owed, `${payer}: the escrow hold equals the escrows it pays`);
    }

    // Each settlement (`Paid`) paid exactly its escrow payment (net of the protocol fee),
    // at price × chunks × the blocks it settled.
    const settlements = ev('proofsOfStorage', 'Paid');
    assert.ok(settlements.length > 0, 'hostings were settled');
    for (const p of settlements) {
      if (big(p.data.paid) === 0n) continue;
      const matching = log.find('escrow', 'Paid', (d) => d.payee.eq(p.data.hoster) && big(d.amount) === big(p.data.paid), { from: p.block, to: p.block });
      assert.ok(matching.length >= 1, `the settlement of ${p.data.contract} in block ${p.block}: an escrow payment of ${p.data.paid}`);
      if (p.data.contract.toNumber() === contract) {
        const c = (await api.query.hosting.contracts.at(await api.rpc.chain.getBlockHash(p.block - 1), contract));
        const chunks = c.isSome ? BigInt(c.unwrap().end.toNumber() - c.unwrap().start.toNumber()) : null;
        if (chunks !== null) {
          assert.equal(big(matching[0].data.amount) + big(matching[0].data.fee), PRICE * chunks * big(p.data.blocks),
            `the settlement of ${p.data.contract} in block ${p.block}: price × chunks × ${p.data.blocks} blocks`);
        }
      }
    }
    const fee = big(await api.query.escrow.protocolFee());
    for (const p of planPaid) {
      const gross = big(p.data.amount) + big(p.data.fee);
      const want = gross * fee / 10_000n;
      assert.ok(big(p.data.fee) - want <= 1n && want - big(p.data.fee) <= 1n, `the protocol fee ${p.data.fee} is ${fee} bps of ${gross}`);
    }

    // Hosters: paid what their proofs say; the killed one lost exactly its slashes.
    const slashes = (await api.query.proofsOfStorage.parameters()).slashes.map((s) => big(s));
    for (const [id, b] of before.stakes) {
      const a = after.stakes.get(id);
      const slashed = amounts(ev('roles', 'Slashed', (d) => d.who.toString() === id), 'amount');
      assert.equal(b - a, slashed, `${hosters.get(id).name}: stake ${b} → ${a}, slashed ${slashed}`);
      const got = amounts(ev('escrow', 'Paid', (d) => d.payee.toString() === id), 'amount');
      assert.equal(got, amounts(ev('proofsOfStorage', 'Paid', (d) => d.hoster.toString() === id), 'paid'),
        `${hosters.get(id).name}: escrow payments equal its settlements`);
      assert.equal(after.earned.get(id) - before.earned.get(id), got,
        `${hosters.get(id).name}: its earnings on chain (proofsOfStorage.earned) grew by what it was paid`);
      const ab = after.accounts.get(id);
      const bb = before.accounts.get(id);
      assert.equal((ab.free + ab.reserved) - (bb.free + bb.reserved), got - slashed,
        `${hosters.get(id).name}: balance changed by what it was paid minus what it was slashed`);
      if (id !== killed.pair.address) assert.equal(slashed, 0n, `${hosters.get(id).name} was not slashed`);
    }
    // Each missed audit slashes its step's share of the stake times the share of the
    // storage the hoster declared that its hostings hold, here this one contract
    // (Perbill arithmetic as the runtime does it).
    const killedSlashes = ev('roles', 'Slashed', (d) => d.who.toString() === killed.pair.address).map((e) => big(e.data.amount));
    const BILLION = 1_000_000_000n;
    const reg = (await api.query.roles.registrations(killed.pair.address, 'Hoster')).unwrap();
    const declared = big(reg.form.resources.storage);
    let stake = before.stakes.get(killed.pair.address);
    const expected = [];
    const contractBytes = big((await api.query.hosting.contracts(contract)).unwrap().bytes);
    assert.equal(ev('proofsOfStorage', 'Fault', (d) => d.hoster.toString() === killed.pair.address).length, 0, 'no wrong proof');
    for (const f of ev('proofsOfStorage', 'AuditMissed', (d) => d.hoster.toString() === killed.pair.address)) {
      const bytes = contractBytes;
      const risk = bytes * BILLION / (declared > bytes ? declared : bytes);
      const step = slashes[Math.min(f.data.faults.toNumber(), slashes.length) - 1];
      const share = step * risk / BILLION;
      const product = stake * share;
      const x = product / BILLION + (2n * (product % BILLION) > BILLION ? 1n : 0n);
      if (x) expected.push(x);
      stake -= x;
    }
    assert.deepEqual(killedSlashes, expected, `the missed audits slash ${slashes.map((s) => Number(s) / 1e7 + ' %').join(', ')} of the contract's share of the stake`);

    // The treasury got the protocol fees and the slashes, nothing else.
    const treasury = api.createType('AccountId', TREASURY).toString();
    const tb = before.accounts.get(treasury);
    const ta = after.accounts.get(treasury);
    const allFees = amounts(ev('escrow', 'Paid'), 'fee');
    const allSlashes = amounts(ev('roles', 'Slashed'), 'amount');
    assert.equal((ta.free + ta.reserved) - (tb.free + tb.reserved), allFees + allSlashes,
      `treasury: +${allFees} fees +${allSlashes} slashes`);
    figures.push(`money over blocks ${snapshot.block + 1}…${end}: escrow ${escrowId} paid ${amounts(planPaid, 'amount')} + ${amounts(planPaid, 'fee')} fee in ${planPaid.length} payments; ` +
      `slashed ${allSlashes}; issuance unchanged by ${after.issuance - before.issuance}`);
  });
});
