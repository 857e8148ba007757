#!/usr/bin/env node
// Download speed, side by side on one machine in one run: a data set published on a
// fresh `--dev` node is downloaded (every chunk verified) from one hoster and from all
// hosters of the plan (replication 3: each of the dev node's three hosters keeps it all)
// with the client, and the same file from a plain static HTTP
// server (Python's http.server). Prints MB/s for each and the ratio of the one-hoster
// download to the static server, ending with one line
//   BENCH_DOWNLOAD_RESULT {"bytes","one_hoster_mbps","all_hosters_mbps","static_mbps","ratio",...}
// after it has waited for every hosting of the plan to be proven (an accepted proof
// after its confirmation).
//
//   scripts/bench-download.sh [--bytes N] [--testnet]
//     --bytes N    default 1 GiB: 4 contracts of 4,096 chunks of 64 KiB
//     --testnet    on the five-node localhost testnet (tests/lib/testnet.js: Alice
//                  publishes on node 0, the hosters Dave and Eve each run their own
//                  node; replication 2) instead of one `--dev` node
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { TMP_DIR, client, freePortRange, freePorts, rpcSend, startNode, untilBlock } from '../tests/lib/node.js';
import { startTestnet } from '../tests/lib/testnet.js';

const CHUNK = 65536;
const arg = process.argv.indexOf('--bytes');
const BYTES = arg > 0 ? Number(process.argv[arg + 1]) : 1024 * 1024 * 1024;
if (!Number.isInteger(BYTES) || BYTES <= 0) throw new Error('--bytes must be a positive integer');
const TESTNET = process.argv.includes('--testnet');

const log = (...a) => console.log('[bench-download]', ...a);
const lastJson = (out) => JSON.parse(out.trim().split('\n').pop());
const sha = (file) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function staticMbps (dir, name, out) {
  const [port] = await freePorts(1);
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], { stdio: 'ignore' });
  try {
    const url = `http://127.0.0.1:${port}/${name}`;
    for (let i = 0; ; i++) { // until it listens
      try { await fetch(url, { method: 'HEAD' }); break; } catch (e) { if (i > 50) throw e; await new Promise((r) => setTimeout(r, 100)); }
    }
    const started = Date.now();
    const res = await fetch(url);
    const fd = fs.openSync(out, 'w');
    let bytes = 0;
    for await (const part of res.body) { fs.writeSync(fd, part); bytes += part.length; }
    fs.closeSync(fd);
    return bytes / 1e6 / ((Date.now() - started) / 1000);
  } finally {
    server.kill();
  }
}

// One `--dev` node (its three dev hosters keep every chunk: replication 3), or the
// testnet (two hosters on nodes of their own: replication 2), published to on node 0.
let node;
let replication = 3;
let where = '--dev node';
if (TESTNET) {
  const [rpcBasePort, p2pBasePort] = [await freePortRange(5), await freePortRange(5)];
  const net = await startTestnet({ dir: path.join(TMP_DIR, `bench-testnet-${process.pid}`), rpcBasePort, p2pBasePort, fresh: true });
  node = { api: net.nodes[0].api, wsUrl: net.nodes[0].wsUrl, stop: net.stop };
  replication = 2;
  where = 'five-node testnet';
} else {
  node = await startNode({ name: 'bench-download' });
}
try {
  fs.mkdirSync(TMP_DIR, { recursive: true });
  const name = `bench-${process.pid}.bin`;
  const file = path.join(TMP_DIR, name);
  const fd = fs.openSync(file, 'w');
  for (let left = BYTES; left > 0; left -= 8 << 20) fs.writeSync(fd, crypto.randomBytes(Math.min(left, 8 << 20)));
  fs.closeSync(fd);
  const digest = sha(file);
  log(`${BYTES} bytes in ${Math.ceil(BYTES / CHUNK)} chunks of ${CHUNK}; ${where}, publishing on ${node.wsUrl}`);

  const t0 = Date.now();
  const pub = await client(['publish', file, '--ws', node.wsUrl, '--chunk-size', String(CHUNK), '--replication', String(replication),
    '--blocks', '5000', '--timeout', '600', '--json']);
  if (pub.code !== 0) throw new Error(`publish failed: ${pub.out}`);
  const { plan } = lastJson(pub.out);
  const publishSeconds = (Date.now() - t0) / 1000;
  const view = await rpcSend(node.api, 'datdot_plan', [plan]);
  const confirmedAt = (await node.api.rpc.chain.getHeader()).number.toNumber();
  const confirmedIn = confirmedAt - view.start;
  // A hoster fetches at most FETCH_PER_BLOCK (256) chunks a block: the blocks the
  // busiest hoster needs to fetch its share.
  const perHoster = new Map();
  for (const c of view.contracts) for (const h of c.hostings) perHoster.set(h.hoster, (perHoster.get(h.hoster) ?? 0) + c.end - c.start);
  const fetchBlocks = Math.ceil(Math.max(...perHoster.values()) / 256);
  log(`published and every hosting confirmed in ${publishSeconds.toFixed(1)} s (plan ${plan}): ${confirmedIn} blocks from the plan's start; the busiest hoster's fetch needs ${fetchBlocks}`);

  const hoster = view.contracts[0].hostings[0].hoster;
  const down = async (out, extra) => {
    const run = await client(['download', String(plan), out, '--ws', node.wsUrl, '--json', ...extra]);
    if (run.code !== 0) throw new Error(`download failed: ${run.out}`);
    if (sha(out) !== digest) throw new Error(`${out} differs from the published file`);
    const r = lastJson(run.out);
    fs.rmSync(out);
    return r.mbps;
  };
  const one = await down(path.join(TMP_DIR, `${name}.one`), ['--hoster', hoster]);
  log(`one hoster (${hoster}): ${one.toFixed(2)} MB/s`);
  const all = await down(path.join(TMP_DIR, `${name}.all`), []);
  log(`all hosters: ${all.toFixed(2)} MB/s`);
  const staticOut = path.join(TMP_DIR, `${name}.static`);
  const stat = await staticMbps(TMP_DIR, name, staticOut);
  if (sha(staticOut) !== digest) throw new Error('the static copy differs');
  fs.rmSync(staticOut);
  fs.rmSync(file);
  log(`static http.server: ${stat.toFixed(2)} MB/s`);
  // Proven too: every hosting settled for an audit of its hoster after it was confirmed
  // (a missed audit would also move `settledUntil`, but counts in the hoster's
  // `faults`; a wrong piece in the hosting's).
  const hostings = view.contracts.reduce((n, c) => n + c.hostings.length, 0);
  const proven = async () => {
    const now = await rpcSend(node.api, 'datdot_plan', [plan]);
    const all = now.contracts.flatMap((c) => c.hostings);
    if (all.some((h) => h.faults > 0)) throw new Error(`a hosting of plan ${plan} faulted: ${JSON.stringify(all)}`);
    for (const h of new Set(all.map((x) => x.hoster))) {
      const audit = await node.api.query.proofsOfStorage.audited(h);
      if (audit.isSome && audit.unwrap().faults.toNumber() > 0) throw new Error(`${h} missed an audit`);
    }
    return all.length === hostings && all.every((h) => h.settledUntil > confirmedAt);
  };
  await untilBlock(node.api, proven, { timeoutMs: 600_000, what: `every hosting of plan ${plan} proven` });
  const provenIn = (await node.api.rpc.chain.getHeader()).number.toNumber() - confirmedAt;
  log(`every one of the ${hostings} hostings proven (an accepted audit of its hoster, settled) within ${provenIn} blocks of the last confirmation`);
  const ratio = one / stat;
  log(`one hoster / static = ${ratio.toFixed(4)} (goal ≥ 0.5)`);
  console.log('BENCH_DOWNLOAD_RESULT ' + JSON.stringify({
    bytes: BYTES,
    one_hoster_mbps: one,
    all_hosters_mbps: all,
    static_mbps: stat,
    ratio,
    publish_seconds: publishSeconds,
    network: TESTNET ? 'testnet' : 'dev',
    confirmed_after_blocks: confirmedIn,
    fetch_blocks: fetchBlocks,
    proven_after_blocks: provenIn
  }));
} finally {
  await node.stop();
}
