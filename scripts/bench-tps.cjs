#!/usr/bin/env node
// Throughput probe for a datdot node.
//
//   scripts/bench-tps [--ws ws://127.0.0.1:9944 | --spawn] [--senders 100] [--per-sender 60]
//                     [--concurrency 200] [--stall-blocks 5] [--timeout 900] [--node-arg <arg> ...]
//                     [--raw FILE [--genesis HASH]]
//
// 1. derives N sender accounts //Alice//bench//<i> and funds them from //Alice
//    (balances.transferKeepAlive, sequential nonces, waits until all are included);
// 2. pre-signs M immortal balances.transferKeepAlive per sender with explicit nonces;
// 3. floods them through author_submitExtrinsic (bounded concurrency), recording
//    accepted / rejected (+ reason);
//    (with --raw FILE, steps 1 and 2 are skipped: the flood is FILE's pre-encoded
//    extrinsics, one hex string a line, e.g. the proof responses written by
//    runtime/tests/audit_capacity.rs; --genesis checks first that the node's chain is
//    the one they were signed for);
// 4. follows new blocks and counts, per block, how many of the accepted hashes it
//    contains, until all are included, or no progress for K blocks, or timeout;
// 5. reports per-block counts, sustained tx/s, inclusion ratio, and every
//    accepted-but-not-included transaction. Last line: `BENCH_TPS_RESULT {json}`.
//
// Modules are resolved from the repository's node_modules (scripts/setup.sh installs them).
// Exit code: 0, unless the node cannot be reached / started (2) or bad usage (64).

'use strict';

const path = require('node:path');
const { pathToFileURL } = require('node:url');

const REPO = path.resolve(__dirname, '..');
const LIB = path.join(REPO, 'tests', 'lib', 'node.js');

const USAGE = `usage: scripts/bench-tps [--ws URL | --spawn] [--senders N] [--per-sender M]
                         [--concurrency C] [--stall-blocks K] [--timeout SECONDS]
                         [--amount PLANCK] [--node-arg ARG ...] [--quiet]
                         [--raw FILE [--genesis HASH]]
  --ws URL           node to probe (default ws://127.0.0.1:9944)
  --spawn            start a private 'datdot-node --dev --tmp' (tests/lib/node.js) instead
  --senders N        number of sender accounts //Alice//bench//<i> (default 100)
  --per-sender M     transfers pre-signed per sender (default 60)
  --concurrency C    submissions in flight (default 200)
  --stall-blocks K   stop after K blocks without a new inclusion (default 5)
  --timeout S        overall timeout of the inclusion phase in seconds (default 900)
  --amount P         amount per transfer in planck (default: existential deposit)
  --node-arg ARG     extra argument for the spawned node (repeatable)
  --quiet            do not print one line per block
  --raw FILE         flood FILE's pre-encoded extrinsics (one hex string a line) instead
                     of transfers: no funding, no signing
  --genesis HASH     with --raw: stop unless the node's genesis hash is HASH`;

function parseArgs (argv) {
  const o = {
    ws: 'ws://127.0.0.1:9944', spawn: false, senders: 100, perSender: 60, concurrency: 200,
    stallBlocks: 5, timeoutSec: 900, amount: null, nodeArgs: [], quiet: false, raw: null, genesis: null
  };
  const num = (name, v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} expects a non-negative integer, got ${v}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const val = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) throw new Error(`${flag} needs a value`);
      return argv[++i];
    };
    switch (flag) {
      case '--ws': o.ws = val(); break;
      case '--spawn': o.spawn = true; break;
      case '--senders': case '-n': o.senders = num(flag, val()); break;
      case '--per-sender': case '-m': o.perSender = num(flag, val()); break;
      case '--concurrency': o.concurrency = Math.max(1, num(flag, val())); break;
      case '--stall-blocks': o.stallBlocks = Math.max(1, num(flag, val())); break;
      case '--timeout': o.timeoutSec = num(flag, val()); break;
      case '--amount': o.amount = BigInt(val()); break;
      case '--node-arg': o.nodeArgs.push(val()); break;
      case '--quiet': o.quiet = true; break;
      case '--raw': o.raw = val(); break;
      case '--genesis': o.genesis = val(); break;
      case '-h': case '--help': console.log(USAGE); process.exit(0); break;
      default: throw new Error(`unknown argument ${a}`);
    }
  }
  if (o.senders < 1 || o.perSender < 1) throw new Error('--senders and --per-sender must be >= 1');
  if (o.genesis && !o.raw) throw new Error('--genesis goes with --raw');
  return o;
}

const log = (...a) => console.log('[bench-tps]', ...a);

/** Run `fn` over `items` with at most `limit` promises in flight. */
async function pool (items, limit, fn) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** The hash of an extrinsic given as the hex string of its bytes. */
function hexHash (api, hex) {
  return api.registry.hash(Buffer.from(hex.slice(2), 'hex')).toHex();
}

function rpcErrorReason (e) {
  const msg = (e && (e.message || String(e))) || 'unknown error';
  // polkadot.js formats RPC errors as "1010: Invalid Transaction: ..." – keep the first line.
  return msg.split('\n')[0];
}

/**
 * Follow the chain (new best heads, filling gaps by number) and count, per block,
 * how many tracked extrinsic hashes it contains.
 */
class InclusionTracker {
  constructor (api, { quiet = false, label = 'block', rpcSend } = {}) {
    this.api = api;
    this.rpcSend = rpcSend;
    this.quiet = quiet;
    this.label = label;
    this.pending = new Map(); // hash -> kind ('fund' | 'flood')
    this.included = new Map(); // hash -> { block, ok }
    this.blocks = []; // { number, hash, count, ok, failed, timestamp, arrival, extrinsics }
    this.lastProcessed = null;
    this.listeners = new Set();
    this.queue = Promise.resolve();
    this.unsub = null;
    this.error = null;
    this.failureSamples = [];
    this.eventCounts = {}; // 'section.method' -> count, over the tracked extrinsics' events
  }

  track (hash, kind) {
    if (!this.included.has(hash)) this.pending.set(hash, kind);
  }

  async start () {
    const head = await this.api.rpc.chain.getHeader();
    this.lastProcessed = head.number.toNumber();
    this.unsub = await this.api.rpc.chain.subscribeNewHeads((header) => {
      const target = header.number.toNumber();
      const arrival = Date.now();
      this.queue = this.queue.then(() => this.#catchUp(target, arrival)).catch((e) => {
        this.error = e;
        log(`error while processing blocks: ${e.message}`);
      });
    });
  }

  stop () { if (this.unsub) { this.unsub(); this.unsub = null; } }

  onBlock (fn) { this.listeners.add(fn); return () => this.listeners.delete(fn); }

  async #catchUp (target, arrival) {
    while (this.lastProcessed < target) {
      const n = this.lastProcessed + 1;
      const hash = await this.api.rpc.chain.getBlockHash(n);
      await this.#process(n, hash.toHex(), arrival);
      this.lastProcessed = n;
    }
  }

  async #process (number, hash, arrival) {
    const api = this.api;
    const [signedBlock, raw, apiAt] = await Promise.all([
      api.rpc.chain.getBlock(hash), this.rpcSend(api, 'chain_getBlock', [hash]), api.at(hash)
    ]);
    const exts = signedBlock.block.extrinsics;
    // Hashes of the extrinsics' bytes as the node sent them (the client's types may
    // encode a general transaction again differently).
    const hashes = raw.block.extrinsics.map((x) => hexHash(api, x));
    let timestamp = null;
    const tsIdx = exts.findIndex((x) => x.method.section === 'timestamp' && x.method.method === 'set');
    if (tsIdx !== -1) timestamp = Number(exts[tsIdx].method.args[0].toString());
    else timestamp = Number((await apiAt.query.timestamp.now()).toString());

    const ours = [];
    const byKind = {}; // kind -> { count, ok, failed }
    hashes.forEach((h, i) => {
      const kind = this.pending.get(h);
      if (kind !== undefined) {
        ours.push([h, i, kind]);
        byKind[kind] = byKind[kind] || { count: 0, ok: 0, failed: 0 };
        byKind[kind].count++;
      }
    });
    let ok = 0;
    let failed = 0;
    if (ours.length) {
      const events = await apiAt.query.system.events();
      const outcome = new Map(); // extrinsic index -> { ok, error }
      const ourIndexes = new Set(ours.map(([, i]) => i));
      for (const { phase, event } of events) {
        if (!phase.isApplyExtrinsic) continue;
        const idx = phase.asApplyExtrinsic.toNumber();
        if (ourIndexes.has(idx)) {
          const name = `${event.section}.${event.method}`;
          this.eventCounts[name] = (this.eventCounts[name] || 0) + 1;
        }
        if (api.events.system.ExtrinsicSuccess.is(event)) outcome.set(idx, { ok: true });
        else if (api.events.system.ExtrinsicFailed.is(event)) {
          const de = event.data[0];
          let reason = de.toString();
          if (de.isModule) {
            const m = api.registry.findMetaError(de.asModule);
            reason = `${m.section}.${m.name}`;
          }
          outcome.set(idx, { ok: false, reason });
        }
      }
      for (const [h, i, kind] of ours) {
        const o = outcome.get(i) || { ok: false, reason: 'no ExtrinsicSuccess/ExtrinsicFailed event' };
        if (o.ok) { ok++; byKind[kind].ok++; } else {
          byKind[kind].failed++;
          failed++;
          if (this.failureSamples.length < 10) this.failureSamples.push({ hash: h, block: number, reason: o.reason });
        }
        this.pending.delete(h);
        this.included.set(h, { block: number, ok: o.ok, kind });
      }
    }
    const rec = { number, hash, count: ours.length, byKind, ok, failed, timestamp, arrival, extrinsics: exts.length };
    this.blocks.push(rec);
    const prev = this.blocks.length > 1 ? this.blocks[this.blocks.length - 2] : null;
    rec.blockTimeMs = prev ? timestamp - prev.timestamp : null;
    if (!this.quiet) {
      log(`${this.label} #${number} ${hash.slice(0, 10)}… ours=${ours.length} (ok ${ok}, failed ${failed}) ` +
        `extrinsics=${exts.length} pending=${this.pending.size} ts=${new Date(timestamp).toISOString()}` +
        (rec.blockTimeMs !== null ? ` Δ=${rec.blockTimeMs}ms` : ''));
    }
    for (const fn of this.listeners) fn(rec);
  }

  /**
   * Resolve when nothing is pending, or after `stallBlocks` consecutive blocks without
   * a new inclusion (counting only blocks for which `armed()` is true), or on timeout.
   */
  waitDone ({ stallBlocks, timeoutMs, armed = () => true }) {
    return new Promise((resolve) => {
      let stall = 0;
      let timer = null;
      let off = null;
      const finish = (reason) => { clearTimeout(timer); if (off) off(); resolve(reason); };
      if (this.pending.size === 0 && armed()) return finish('all-included');
      timer = setTimeout(() => finish('timeout'), timeoutMs);
      off = this.onBlock((rec) => {
        if (!armed()) return;
        if (this.pending.size === 0) return finish('all-included');
        stall = rec.count > 0 ? 0 : stall + 1;
        if (stall >= stallBlocks) finish(`no-progress-for-${stallBlocks}-blocks`);
      });
    });
  }
}

async function main () {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`[bench-tps] ${e.message}\n${USAGE}`);
    process.exit(64);
  }

  let lib;
  try {
    lib = await import(pathToFileURL(LIB).href);
  } catch (e) {
    console.error(`[bench-tps] cannot load ${LIB} (did you run scripts/setup.sh?): ${e.message}`);
    process.exit(2);
  }
  const { connectApi, startNode, Keyring, cryptoWaitReady, rpcSend } = lib;

  // ---- connect ----------------------------------------------------------------
  let node = null;
  let api;
  try {
    if (opts.spawn) {
      log('spawning a --dev --tmp node ...');
      node = await startNode({ name: 'bench-tps', args: opts.nodeArgs });
      api = node.api;
      log(`node up at ${node.wsUrl} (pid ${node.pid}), log: ${node.logFile}`);
    } else {
      log(`connecting to ${opts.ws} ...`);
      api = await connectApi(opts.ws, { timeoutMs: 15_000 });
    }
  } catch (e) {
    console.error(`[bench-tps] NODE UNREACHABLE: ${e.message}`);
    console.log('BENCH_TPS_RESULT ' + JSON.stringify({ ok: false, error: 'node unreachable', detail: e.message.split('\n')[0] }));
    process.exit(2);
  }

  const cleanup = async () => {
    try { if (node) await node.stop(); else await api.disconnect(); } catch {}
  };

  try {
    const result = await run(api, opts, { Keyring, cryptoWaitReady, rpcSend });
    console.log('BENCH_TPS_RESULT ' + JSON.stringify(result));
  } catch (e) {
    console.error(`[bench-tps] probe failed: ${e.stack || e.message}`);
    if (node) console.error(`[bench-tps] node log: ${node.logFile}`);
    console.log('BENCH_TPS_RESULT ' + JSON.stringify({ ok: false, error: e.message.split('\n')[0] }));
  } finally {
    await cleanup();
  }
  process.exit(0);
}

/** The pre-encoded extrinsics of `file`, one hex string a line, as flood items. */
function rawItems (api, file) {
  const lines = require('node:fs').readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  if (!lines.length) throw new Error(`${file} holds no extrinsic`);
  return lines.map((hex, i) => {
    if (!/^0x([0-9a-fA-F]{2})*$/.test(hex)) throw new Error(`${file}:${i + 1} is not a hex string of whole bytes`);
    return { tx: hex, hash: hexHash(api, hex), sender: null, nonce: null, bytes: (hex.length - 2) / 2 };
  });
}

async function run (api, opts, { Keyring, cryptoWaitReady, rpcSend }) {
  await cryptoWaitReady();
  const [chain, nodeName, nodeVersion] = await Promise.all([
    api.rpc.system.chain(), api.rpc.system.name(), api.rpc.system.version()
  ]);
  log(`chain "${chain}", node ${nodeName} ${nodeVersion}, runtime ${api.runtimeVersion.specName} v${api.runtimeVersion.specVersion}`);

  if (opts.genesis) {
    const genesis = (await api.rpc.chain.getBlockHash(0)).toHex();
    if (genesis !== opts.genesis) throw new Error(`the node's genesis is ${genesis}, the extrinsics were signed for ${opts.genesis}`);
  }
  if (opts.raw) {
    // The runtime keeps the genesis hash (which signatures may cover) from block 1 on.
    await new Promise((resolve, reject) => {
      let unsub = null;
      let done = false;
      api.rpc.chain.subscribeNewHeads((h) => {
        if (!done && h.number.toNumber() >= 1) { done = true; if (unsub) unsub(); resolve(); }
      }).then((u) => { unsub = u; if (done) u(); }, reject);
    });
  }
  const keyring = new Keyring({ type: 'sr25519', ss58Format: api.registry.chainSS58 ?? 42 });
  const alice = keyring.addFromUri('//Alice');
  const sink = keyring.addFromUri('//Alice//bench//sink');
  const senders = Array.from({ length: opts.senders }, (_, i) => keyring.addFromUri(`//Alice//bench//${i}`));

  const ed = api.consts.balances.existentialDeposit.toBigInt();
  const amount = opts.amount ?? (ed > 0n ? ed : 1n);
  const probe = api.tx.balances.transferKeepAlive(sink.address, amount);
  const fee = (await probe.paymentInfo(senders[0])).partialFee.toBigInt();
  // Each sender needs M * (amount + fee) plus a safety margin, and must stay above ED.
  const needed = BigInt(opts.perSender) * (amount + fee * 2n) + ed * 10n + fee * 10n;
  log(`ED=${ed} amount=${amount} est.fee=${fee} funding per sender=${needed}`);

  const tracker = new InclusionTracker(api, { quiet: opts.quiet, rpcSend });
  await tracker.start();

  // ---- 1. fund the senders -----------------------------------------------------
  const balances = await api.query.system.account.multi(senders.map((s) => s.address));
  const toFund = opts.raw ? [] : senders.filter((s, i) => balances[i].data.free.toBigInt() < needed);
  if (toFund.length) {
    tracker.label = 'funding block';
    let nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
    const fundTxs = [];
    for (const s of toFund) {
      fundTxs.push(await api.tx.balances.transferKeepAlive(s.address, needed).signAsync(alice, { nonce: nonce++, era: 0 }));
    }
    const fundRejected = [];
    for (const tx of fundTxs) tracker.track(tx.hash.toHex(), 'fund');
    const fundFailuresBefore = tracker.failureSamples.length;
    await pool(fundTxs, opts.concurrency, async (tx) => {
      try {
        await api.rpc.author.submitExtrinsic(tx);
      } catch (e) {
        tracker.pending.delete(tx.hash.toHex());
        fundRejected.push(rpcErrorReason(e));
      }
    });
    if (fundRejected.length) throw new Error(`${fundRejected.length} funding transfers rejected, e.g. ${fundRejected[0]}`);
    log(`submitted ${fundTxs.length} funding transfers from Alice; waiting for inclusion ...`);
    const why = await tracker.waitDone({ stallBlocks: opts.stallBlocks, timeoutMs: 300_000 });
    if (tracker.pending.size) throw new Error(`funding not complete (${why}): ${tracker.pending.size} transfers not included`);
    if (tracker.failureSamples.length > fundFailuresBefore) throw new Error(`funding transfers failed: ${JSON.stringify(tracker.failureSamples)}`);
    const after = await api.query.system.account.multi(senders.map((s) => s.address));
    const poor = senders.filter((s, i) => after[i].data.free.toBigInt() < needed);
    if (poor.length) throw new Error(`${poor.length} senders still underfunded after funding, e.g. ${poor[0].address}`);
    log(`funded ${toFund.length} senders`);
  } else {
    log('all senders already funded');
  }

  // ---- 2. pre-sign -------------------------------------------------------------
  tracker.label = 'block';
  const t0 = Date.now();
  const nonces = await Promise.all(senders.map((s) => api.rpc.system.accountNextIndex(s.address)));
  // j-major order: nonce k of every sender before nonce k+1 of any, so that submissions are
  // (mostly) immediately ready rather than queued as "future".
  const txs = opts.raw ? rawItems(api, opts.raw) : [];
  for (let j = 0; !opts.raw && j < opts.perSender; j++) {
    for (let i = 0; i < senders.length; i++) {
      const nonce = nonces[i].toNumber() + j;
      const tx = await api.tx.balances.transferKeepAlive(sink.address, amount)
        .signAsync(senders[i], { nonce, era: 0, tip: 0 });
      txs.push({ tx, hash: tx.hash.toHex(), sender: i, nonce });
    }
  }
  if (opts.raw) log(`read ${txs.length} extrinsics (${txs.reduce((a, t) => a + t.bytes, 0)} bytes) from ${opts.raw}`);
  else log(`pre-signed ${txs.length} transfers (${senders.length} senders x ${opts.perSender}) in ${Date.now() - t0} ms`);

  // ---- 3. flood -----------------------------------------------------------------
  const accepted = [];
  const rejected = [];
  let floodDone = false;
  const fStart = Date.now();
  tracker.failureSamples = [];
  tracker.eventCounts = {};
  for (const t of txs) tracker.track(t.hash, 'flood'); // track before submitting: a fast block may include it early
  await pool(txs, opts.concurrency, async (t) => {
    try {
      // A pre-encoded extrinsic goes to the node as it is, not through the client's types.
      const h = opts.raw ? String(await rpcSend(api, 'author_submitExtrinsic', [t.tx])) : (await api.rpc.author.submitExtrinsic(t.tx)).toHex();
      if (h !== t.hash) log(`warning: node returned hash ${h} for ${t.hash}`);
      accepted.push(t);
    } catch (e) {
      rejected.push({ ...t, reason: rpcErrorReason(e) });
      tracker.pending.delete(t.hash);
    }
  });
  floodDone = true;
  const floodMs = Date.now() - fStart;
  log(`flood: ${accepted.length} accepted, ${rejected.length} rejected in ${floodMs} ms ` +
    `(${(txs.length / (floodMs / 1000)).toFixed(1)} submissions/s)`);
  const rejectReasons = {};
  for (const r of rejected) rejectReasons[r.reason] = (rejectReasons[r.reason] || 0) + 1;
  for (const [reason, n] of Object.entries(rejectReasons)) log(`  rejected x${n}: ${reason}`);

  // ---- 4. wait for inclusion --------------------------------------------------------
  const endReason = await tracker.waitDone({
    stallBlocks: opts.stallBlocks, timeoutMs: opts.timeoutSec * 1000, armed: () => floodDone
  });
  await tracker.queue; // let an in-progress block finish
  tracker.stop();

  // ---- 5. report ------------------------------------------------------------------
  const acceptedSet = new Set(accepted.map((t) => t.hash));
  const includedOurs = [...tracker.included.entries()].filter(([h]) => acceptedSet.has(h));
  const included = includedOurs.length;
  const includedOk = includedOurs.filter(([, v]) => v.ok).length;
  const includedFailed = included - includedOk;
  const notIncluded = accepted.filter((t) => !tracker.included.has(t.hash));

  const flood = (b) => b.byKind.flood || { count: 0, ok: 0, failed: 0 };
  const blocksWithOurs = tracker.blocks.filter((b) => flood(b).count > 0);
  const floodBlocks = tracker.blocks.filter((b) => blocksWithOurs.length && b.number >= blocksWithOurs[0].number &&
    b.number <= blocksWithOurs[blocksWithOurs.length - 1].number);
  const first = blocksWithOurs[0];
  const last = blocksWithOurs[blocksWithOurs.length - 1];
  const spanMs = first && last ? last.timestamp - first.timestamp : 0;
  const spanWallMs = first && last ? last.arrival - first.arrival : 0;
  const blockTimes = floodBlocks.map((b) => b.blockTimeMs).filter((x) => x !== null && x > 0);
  const avgBlockMs = blockTimes.length ? blockTimes.reduce((a, b) => a + b, 0) / blockTimes.length : null;
  // N inclusion blocks cover N slots (the first block's transactions were collected
  // during its own slot), so the rate divides by the span plus one slot.
  const slotMs = avgBlockMs ||
    (api.consts.babe?.expectedBlockTime?.toNumber?.() || (api.consts.timestamp?.minimumPeriod?.toNumber?.() ?? 0) * 2 || 6000);
  const sustainedTps = included > 0 ? included / ((spanMs + slotMs) / 1000) : null;
  const peak = blocksWithOurs.reduce((m, b) => Math.max(m, flood(b).count), 0);

  console.log('');
  log('per-block inclusion (block number, our txs, total extrinsics, block time):');
  for (const b of floodBlocks) {
    log(`  #${b.number}: ${flood(b).count} tx (ok ${flood(b).ok}, failed ${flood(b).failed}), ${b.extrinsics} extrinsics, ` +
      `Δt=${b.blockTimeMs ?? '?'} ms, ts=${new Date(b.timestamp).toISOString()}`);
  }
  log(`submitted ${txs.length}: accepted ${accepted.length}, rejected ${rejected.length}`);
  log(`included ${included}/${accepted.length} accepted (${accepted.length ? (100 * included / accepted.length).toFixed(2) : '0.00'}%)` +
    ` in ${blocksWithOurs.length} blocks; ${includedOk} succeeded, ${includedFailed} failed at dispatch`);
  if (includedFailed) log(`  dispatch failures (sample): ${JSON.stringify(tracker.failureSamples)}`);
  log(`sustained throughput: ${sustainedTps === null ? 'n/a' : sustainedTps.toFixed(2) + ' tx/s'}` +
    ` over ${((spanMs + slotMs) / 1000).toFixed(1)} s = ${blocksWithOurs.length} slots (first #${first?.number ?? '-'} .. last #${last?.number ?? '-'})`);
  log(`peak ${peak} tx in one block; ` +
    `avg block time ${avgBlockMs ? avgBlockMs.toFixed(0) : '?'} ms (peak block = ${(peak / (slotMs / 1000)).toFixed(2)} tx/s)`);
  let poolPending = null;
  if (notIncluded.length) {
    try {
      const pend = await api.rpc.author.pendingExtrinsics();
      const pendSet = new Set(pend.map((x) => x.hash.toHex()));
      poolPending = notIncluded.filter((t) => pendSet.has(t.hash)).length;
    } catch (e) {
      log(`(could not read author_pendingExtrinsics: ${e.message})`);
    }
    log(`NOT INCLUDED: ${notIncluded.length} accepted transactions were never included (stop reason: ${endReason}); ` +
      `${poolPending ?? '?'} of them are still in the node's pool`);
    for (const t of notIncluded.slice(0, 10)) {
      log(`  not included: ${t.hash}` + (opts.raw ? '' : ` sender=${senders[t.sender].address} nonce=${t.nonce}`));
    }
  } else {
    log(`all accepted transactions were included (stop reason: ${endReason})`);
  }

  return {
    ok: true,
    chain: chain.toString(),
    node: `${nodeName} ${nodeVersion}`,
    senders: opts.raw ? null : senders.length,
    perSender: opts.raw ? null : opts.perSender,
    raw: opts.raw,
    bytes: txs.reduce((a, t) => a + (t.bytes ?? t.tx.encodedLength), 0),
    events: tracker.eventCounts,
    submitted: txs.length,
    accepted: accepted.length,
    rejected: rejected.length,
    rejectReasons,
    included,
    includedOk,
    includedFailed,
    includedShare: accepted.length ? included / accepted.length : 0,
    notIncluded: notIncluded.length,
    notIncludedStillInPool: poolPending,
    notIncludedSample: notIncluded.slice(0, 5).map((t) => ({ hash: t.hash, sender: t.sender === null ? null : senders[t.sender].address, nonce: t.nonce })),
    blocks: blocksWithOurs.length,
    firstBlock: first?.number ?? null,
    lastBlock: last?.number ?? null,
    perBlock: floodBlocks.map((b) => ({ number: b.number, count: flood(b).count, blockTimeMs: b.blockTimeMs, timestamp: b.timestamp })),
    spanMs,
    spanWallMs,
    sustainedTps: sustainedTps === null ? null : Number(sustainedTps.toFixed(2)),
    peakBlockTxs: peak,
    peakBlockTps: Number((peak / (slotMs / 1000)).toFixed(2)),
    avgBlockTimeMs: avgBlockMs === null ? null : Math.round(avgBlockMs),
    floodMs,
    stopReason: endReason
  };
}

main().catch((e) => {
  console.error(`[bench-tps] fatal: ${e.stack || e.message}`);
  process.exit(0);
});
