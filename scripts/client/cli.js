// The datdot client's commands (run through scripts/datdot or scripts/datdot.js):
// publish a file as a plan, follow it, download it back from the hosters (verifying
// every chunk), end it.
//
//   datdot publish <file> [--chunk-size N] [--replication N] [--blocks N]
//                         [--price PLANCKS] [--region GEOHASH] [--serve HOST:PORT] [--timeout BLOCKS]
//   datdot serve <plan> <file> [--timeout BLOCKS]
//   datdot status <plan>
//   datdot ls [--sponsor ADDRESS]
//   datdot hoster <address>
//   datdot pause|resume <plan>
//   datdot update <plan> [--end BLOCK] [--replication N] [--price PLANCKS]
//   datdot download <plan> <out-file> [--hoster ADDRESS]
//   datdot end <plan>
//   datdot ui [--port 8080]                 (the web page, for the node at --ws)
//   datdot job post|claim|submit|accept|dispute|cancel|rate|status …   (see jobs.js)
//
// Common options: --ws ws://127.0.0.1:9944 (the node), --suri //Alice (the sponsor's key).
// Files are read and written relative to the directory the client is run from.
import fs from 'node:fs';
import http from 'node:http';

import { ApiPromise, Keyring, WsProvider } from '@polkadot/api';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';

import { API_OPTIONS, describeError, formatDat } from './api.js';
import { dataPlaneUrl, fetchFrame, fetchRange } from './hosters.js';
import { JOB_USAGE, jobCommand } from './jobs.js';
import { ocwKeyProof } from './keys.js';
import { hashReady } from './merkle.js';
import { FileSource } from './source.js';
import { Verifiers, verifyInto } from './verifier.js';
import { serveUi } from './ui.js';

const USAGE = `usage:
  datdot publish <file> [--chunk-size 65536] [--replication 2] [--blocks 600] [--price 1000000]
                        [--region u33] [--serve 127.0.0.1:0 (any free port)] [--timeout 100 (blocks)]
  datdot serve <plan> <file> [--timeout 100]             (serve a publish that stopped, until hosted)
  datdot status <plan>                                   (contracts, hosters, proofs, escrow)
  datdot ls [--sponsor ADDRESS]                          (your plans; the signer's by default)
  datdot hoster <address>                                (a hoster's contracts, challenges, reputation)
  datdot pause|resume <plan>
  datdot update <plan> [--end BLOCK] [--replication N] [--price PLANCKS]
  datdot download <plan> <out-file> [--hoster ADDRESS]   (only from that hoster)
  datdot end <plan>
  datdot ui [--port 8080]                                (the web page for the node at --ws; 0: any free port)
${JOB_USAGE}
options: --ws ws://127.0.0.1:9944  --suri //Alice  --json (publish, download: no progress, one JSON line)`;

/** A mistake the user can fix: printed as one line, without a stack trace. */
class UserError extends Error {}
/** A command line the client cannot parse: printed with the usage text. */
class UsageError extends UserError {}

function parseArgs (argv) {
  const opts = { ws: 'ws://127.0.0.1:9944', suri: '//Alice', chunkSize: 65536, replication: 2, blocks: 600, price: '1000000', region: null, serve: '127.0.0.1:0', hoster: null, timeout: 100, sponsor: null, end: null, port: '8080', given: new Set() };
  const rest = [];
  const names = { '--ws': 'ws', '--suri': 'suri', '--chunk-size': 'chunkSize', '--replication': 'replication', '--blocks': 'blocks', '--price': 'price', '--region': 'region', '--serve': 'serve', '--hoster': 'hoster', '--timeout': 'timeout', '--sponsor': 'sponsor', '--end': 'end', '--port': 'port' };
  for (let i = 0; i < argv.length; i++) {
    const name = names[argv[i]];
    if (argv[i] === '--json') {
      opts.json = true;
    } else if (name) {
      if (i + 1 >= argv.length) throw new UsageError(`${argv[i]} needs a value`);
      opts[name] = argv[++i];
      opts.given.add(name);
    } else if (argv[i].startsWith('--')) {
      throw new UsageError(`unknown option ${argv[i]}`);
    } else {
      rest.push(argv[i]);
    }
  }
  for (const [k, flag] of [['chunkSize', 'chunk-size'], ['replication', 'replication'], ['blocks', 'blocks'], ['timeout', 'timeout'], ['end', 'end']]) {
    if (opts[k] === null) continue;
    opts[k] = Number(opts[k]);
    if (!Number.isInteger(opts[k]) || opts[k] <= 0) throw new UsageError(`--${flag} must be a positive integer`);
  }
  if (!/^[0-9]+$/.test(String(opts.price))) throw new UsageError('--price must be a whole number of plancks');
  if (!/^[^:\s]+:[0-9]+$/.test(opts.serve)) throw new UsageError('--serve must be HOST:PORT (port 0: any free port)');
  return { opts, rest };
}

/** Progress for people; `--json` turns it off for scripts, which read the one JSON line. */
let quiet = false;
const say = (...a) => { if (!quiet) console.log('[datdot]', ...a); };

async function connect (opts, { needs = 'hosting' } = {}) {
  const provider = new WsProvider(opts.ws, 1000);
  const api = await ApiPromise.create({ provider, throwOnConnect: true, ...API_OPTIONS }).catch((e) => {
    throw new UserError(`cannot reach the node at ${opts.ws}: ${e.message}`);
  });
  if (needs === 'hosting' && (!api.tx.plans || !api.tx.hosting)) throw new UserError('this chain has no Plans/Hosting pallets');
  await Promise.all([cryptoWaitReady(), hashReady()]);
  const signer = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri(opts.suri);
  return { api, provider, signer };
}

/** Sends `tx`, resolves with the events once it is in a block; a module error rejects with its name. */
function send (api, tx, signer) {
  return new Promise((resolve, reject) => {
    tx.signAndSend(signer, ({ status, events, dispatchError }) => {
      if (dispatchError) reject(new UserError(describeError(api.registry, dispatchError)));
      else if (status.isInBlock) resolve(events);
      else if (status.isInvalid || status.isDropped || status.isUsurped) reject(new UserError(`transaction ${status.type}`));
    }).catch((e) => reject(new UserError(e.message)));
  });
}

/** Makes sure `signer` has a profile and the Sponsor role. */
async function ensureSponsor (api, signer, endpoint, region) {
  const who = signer.address;
  if ((await api.query.accounts.profiles(who)).isNone) {
    say('creating your account profile …');
    await send(api, api.tx.accounts.create(signer.publicKey, ocwKeyProof(api, signer), new Uint8Array(32), endpoint, region || 'u'), signer);
  }
  if ((await api.query.roles.registrations(who, 'Sponsor')).isNone) {
    say('registering you as a sponsor …');
    const form = { resources: { storage: 0, bandwidth: 0, cpu: 0, ram: 0 }, regions: [], timetable: [] };
    await send(api, api.tx.roles.register('Sponsor', form, 0), signer);
  }
}

/** Serves the frames of `source` (a FileSource) at http://host:port/data/<index>. */
function serveFrames (source, hostPort) {
  const [host, port] = hostPort.split(':');
  const server = http.createServer((req, res) => {
    const m = /^\/data\/([0-9]+)$/.exec(req.url || '');
    source.frame(m ? Number(m[1]) : -1).then((frame) => {
      if (!frame) res.writeHead(404).end();
      else res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(frame);
    }, () => res.writeHead(500).end());
  });
  return new Promise((resolve, reject) => {
    server.once('error', (e) => reject(new UserError(`cannot serve on ${hostPort}: ${e.message}`)));
    server.listen(Number(port), host, () => {
      const at = `${host}:${server.address().port}`;
      resolve({ server, at, url: `http://${at}/data` });
    });
  });
}

/** Opens and hashes `file` as a data set of `chunkSize`-byte chunks, showing progress. */
async function openSource (file, chunkSize) {
  await Promise.all([cryptoWaitReady(), hashReady()]);
  const started = Date.now();
  const source = await FileSource.open(file, chunkSize, (done, size) =>
    say(`  hashing ${file}: ${(100 * done / size).toFixed(0)} % (${(done / 1e6 / ((Date.now() - started) / 1000)).toFixed(0)} MB/s)`)
  ).catch((e) => { throw new UserError(`cannot read ${file}: ${e.message}`); });
  return source;
}

async function publish (opts, file) {
  if (!file) throw new UsageError('publish needs a file');
  const source = await openSource(file, opts.chunkSize);
  const { root, count } = source;
  const { server, at, url } = await serveFrames(source, opts.serve);
  say(`${file}: ${source.size} bytes in ${count} chunks, root ${u8aToHex(root)}; serving at ${url}`);
  const { api, signer } = await connect(opts);
  try {
    await ensureSponsor(api, signer, `http://${at}`, opts.region);
    const now = (await api.rpc.chain.getHeader()).number.toNumber();
    const terms = {
      datasets: [{ root, chunks: count, chunkSize: opts.chunkSize, source: url, feed: null }],
      ranges: [{ dataset: 0, start: 0, end: count }],
      replication: opts.replication,
      regions: opts.region ? [opts.region] : [],
      start: now + 2,
      end: now + 2 + opts.blocks,
      price: opts.price,
      minReputation: 0,
      performance: { minBandwidth: 0, maxLatencyMs: 0 }
    };
    const events = await send(api, api.tx.plans.subscribe(terms), signer);
    const sub = events.find(({ event }) => api.events.plans.PlanSubscribed.is(event));
    const plan = sub.event.data.plan.toNumber();
    say(`plan ${plan} subscribed; budget ${formatDat(api, sub.event.data.budget)} held in escrow`);
    await followSetup(api, plan, opts.replication, opts.timeout);
    say(`plan ${plan}: every contract is hosted and confirmed; the hosters serve the data now`);
    if (opts.json) console.log(JSON.stringify({ plan, root: u8aToHex(root), chunks: count, bytes: source.size, source: url }));
    return plan;
  } finally {
    server.close();
    await source.close();
    await api.disconnect();
  }
}

/** Serves `file` again as the source of `plan` (a publish that stopped early) until
 * every contract of the plan is hosted. */
async function serve (opts, plan, file) {
  if (plan === undefined || !file) throw new UsageError('serve needs a plan id and the file it publishes');
  const { api, provider } = await connect(opts);
  let source = null;
  let server = null;
  try {
    const p = await planView(provider, plan);
    const ds = p.datasets[0];
    source = await openSource(file, ds.chunkSize);
    if (u8aToHex(source.root) !== ds.root || source.count !== ds.chunks) {
      throw new UserError(`${file} is not plan ${plan}'s data set: its root is ${u8aToHex(source.root)} ` +
        `(${source.count} chunks of ${ds.chunkSize} bytes), the plan's ${ds.root} (${ds.chunks} chunks)`);
    }
    const m = /^http:\/\/([^/:]+):([0-9]+)\/data$/.exec(ds.source);
    if (!m) throw new UserError(`plan ${plan}'s source ${ds.source} is not one this client serves (http://HOST:PORT/data)`);
    ({ server } = await serveFrames(source, `${m[1]}:${m[2]}`));
    say(`serving ${file} for plan ${plan} at ${ds.source}`);
    await followSetup(api, plan, p.replication, opts.timeout);
    say(`plan ${plan}: every contract is hosted and confirmed; the hosters serve the data now`);
  } finally {
    if (server) server.close();
    if (source) await source.close();
    await api.disconnect();
  }
}

/** Waits, showing progress, until every contract of `plan` has `replication` confirmed
 * hosters; gives up after `timeout` blocks (the plan stays subscribed). */
async function followSetup (api, plan, replication, timeout) {
  const from = (await api.rpc.chain.getHeader()).number.toNumber();
  let last = '';
  return new Promise((resolve, reject) => {
    let unsub = null;
    let heads = null;
    const stop = () => { unsub && unsub(); heads && heads(); };
    api.rpc.chain.subscribeNewHeads((header) => {
      if (header.number.toNumber() - from < timeout) return;
      stop();
      reject(new UserError(`plan ${plan} was not hosted within ${timeout} blocks (${last || 'no contract yet'}); ` +
        `it stays subscribed: serve it again until it is with \`datdot serve ${plan} <file>\`, ` +
        `follow it with \`datdot status ${plan}\`, or end it with \`datdot end ${plan}\``));
    }).then((u) => { heads = u; });
    const check = async () => {
      const ids = (await api.query.hosting.planContracts(plan)).map((x) => x.toNumber());
      if (!ids.length) return false;
      let confirmed = 0;
      for (const id of ids) {
        const c = await api.query.hosting.contracts(id);
        if (c.isSome) confirmed += c.unwrap().hosters.filter(([, ok]) => ok.isTrue).length;
      }
      last = `${confirmed}/${ids.length * replication} hostings confirmed across ${ids.length} contracts`;
      say(`  ${last}`);
      return confirmed >= ids.length * replication;
    };
    api.query.system.events((events) => {
      const relevant = events.some(({ event }) => event.section === 'hosting' || event.section === 'plans');
      if (!relevant) return;
      for (const { event } of events) {
        if (api.events.plans.EndPlan.is(event) && event.data.plan.toNumber() === plan) {
          stop();
          reject(new UserError(`plan ${plan} ended before it was hosted`));
        }
      }
      check().then((done) => { if (done) { stop(); resolve(); } }, reject);
    }).then((u) => { unsub = u; });
  });
}

/** The plan as the node's `datdot_plan` RPC shows it (`DatdotApi` runtime API), read as
 * plain JSON from the provider. */
async function planView (provider, plan) {
  const p = await provider.send('datdot_plan', [plan]);
  if (!p) throw new UserError(`no live plan ${plan}`);
  return p;
}

/** One line per hoster of a contract: setup, last settlement, faults, open challenge. */
function hostingLines (c) {
  if (!c.hostings.length) return ['    no hosters yet'];
  return c.hostings.map((h) => {
    const parts = [h.confirmed ? '✓ confirmed' : '(setting up)'];
    if (h.settledUntil !== null) parts.push(`settled to #${h.settledUntil}`);
    parts.push(`${h.faults} faults in a row`);
    if (h.challenge) parts.push(`challenge ${h.challenge.id} open (chunks ${h.challenge.indexes.join(', ')}; deadline ${h.challenge.deadline} on the proof clock)`);
    return `    ${h.hoster}: ${parts.join(', ')}`;
  });
}

async function status (opts, plan) {
  if (plan === undefined) throw new UsageError('status needs a plan id');
  const { api, provider } = await connect(opts);
  try {
    const p = await planView(provider, plan);
    const state = p.state === 'Paused' ? `Paused since #${p.pausedSince}` : p.state;
    say(`plan ${plan}: ${state}, sponsor ${p.sponsor}, blocks ${p.start}..${p.end}, replication ${p.replication}`);
    say(`  escrow holds ${formatDat(api, p.held)}; price ${formatDat(api, p.price)} per chunk per block; ${p.pausedBlocks} blocks paused`);
    for (const c of p.contracts) {
      say(`  contract ${c.id}: chunks ${c.start}..${c.end} (${c.bytes} bytes), ${c.matching ? 'matching' : 'hosted'}`);
      for (const line of hostingLines(c)) say(line);
    }
  } finally {
    await api.disconnect();
  }
}

async function ls (opts) {
  const { api, provider, signer } = await connect(opts);
  try {
    const sponsor = opts.sponsor || signer.address;
    const ids = await provider.send('datdot_plans', [sponsor]);
    say(`${sponsor}: ${ids.length} live plans`);
    for (const id of ids) {
      const p = await provider.send('datdot_plan', [id]);
      if (!p) continue; // ended since
      const confirmed = p.contracts.reduce((n, c) => n + c.hostings.filter((h) => h.confirmed).length, 0);
      say(`  plan ${id}: ${p.state}, blocks ${p.start}..${p.end}, ${p.contracts.length} contracts, ` +
        `${confirmed}/${p.contracts.length * p.replication} hostings confirmed, escrow holds ${formatDat(api, p.held)}`);
    }
  } finally {
    await api.disconnect();
  }
}

async function hoster (opts, who) {
  if (!who) throw new UsageError('hoster needs an address');
  const { api, provider } = await connect(opts);
  try {
    const h = await provider.send('datdot_hoster', [who]);
    say(`hoster ${h.who}: reputation ${h.reputation}/1000, earned ${formatDat(api, h.earned)} in all, ${h.contracts.length} contracts`);
    for (const c of h.contracts) {
      say(`  contract ${c.id} of plan ${c.plan}: chunks ${c.start}..${c.end} (${c.bytes} bytes)`);
      for (const line of hostingLines({ hostings: c.hostings.filter((x) => x.hoster === h.who) })) say(line);
    }
  } finally {
    await api.disconnect();
  }
}

/** `pause`, `resume` or `update` a plan and print the chain's event. */
async function change (opts, command, plan) {
  if (plan === undefined) throw new UsageError(`${command} needs a plan id`);
  const { api, signer } = await connect(opts);
  try {
    let tx;
    if (command === 'update') {
      const given = (name) => (opts.given.has(name) ? opts[name] : null);
      const changes = { ranges: null, replication: given('replication'), end: given('end'), price: given('price') };
      if (Object.values(changes).every((v) => v === null)) throw new UsageError('update needs --end, --replication or --price');
      tx = api.tx.plans.update(plan, changes);
    } else tx = api.tx.plans[command](plan);
    const events = await send(api, tx, signer);
    for (const { event } of events.filter(({ event }) => event.section === 'plans')) {
      if (event.method === 'PlanUpdated') say(`plan ${plan} updated (PlanUpdated); the budget held for the rest is ${formatDat(api, event.data.budget)}`);
      else say(`plan ${plan}: ${event.method}`);
    }
  } finally {
    await api.disconnect();
  }
}

/** Requests in flight per hoster. */
const PER_HOSTER = 4;
/** Chunks asked for in one data-plane request (2 MiB of 64 KiB chunks: smaller bodies
 * came in faster than 4 MiB ones, 160–190 against 140–150 MB/s from one hoster). */
const RANGE = 32;
/** Times a hoster is asked for a run when its requests fail (not when it lies). */
const TRIES = 3;
/** A chunk that did not verify against the root: its hoster is not asked again. */
class Unverified extends Error {}

/** `bytes` over `seconds` as MB/s. */
const mbps = (bytes, seconds) => bytes / 1e6 / Math.max(seconds, 1e-3);

/**
 * Fetches every chunk of `plan` into `out`: in parallel from every hoster of each
 * contract, in runs of up to `RANGE` chunks (each run from the next hoster in turn,
 * the rest of it from the others if that hoster fails or lies), over the hosters'
 * data planes where they serve one, each chunk verified against the root before it is
 * written into `out.part` at its place.
 * What verified is listed in `out.part.json`, so a download that stopped resumes; the
 * file gets its name only when every chunk verified.
 */
async function download (opts, plan, out) {
  if (plan === undefined || !out) throw new UsageError('download needs a plan id and an output file');
  const { api, provider } = await connect(opts);
  try {
    const p = await planView(provider, plan);
    const ds = p.datasets[0];
    const root = hexToU8a(ds.root);
    const { chunks: count, chunkSize } = ds;
    const servers = Array.from({ length: count }, () => []);
    const endpoints = new Map();
    for (const c of p.contracts) {
      const hosters = c.hostings.map((h) => h.hoster).filter((h) => !opts.hoster || h === opts.hoster);
      if (!hosters.length) throw new UserError(opts.hoster ? `${opts.hoster} does not host contract ${c.id}` : `nobody hosts contract ${c.id}`);
      for (let i = c.start; i < c.end; i++) servers[i] = hosters;
      for (const h of hosters) {
        if (!endpoints.has(h)) endpoints.set(h, (await provider.send('datdot_account', [h]))?.endpoint ?? null);
      }
    }
    const missing = servers.findIndex((x) => !x.length);
    if (missing >= 0) throw new UserError(`chunk ${missing} is not hosted by any contract`);

    const part = `${out}.part`;
    const stateFile = `${out}.part.json`;
    let done = new Set();
    try {
      const s = JSON.parse(fs.readFileSync(stateFile, 'utf8'));
      if (s.root === ds.root && s.chunkSize === chunkSize && s.count === count && fs.existsSync(part)) done = new Set(s.done);
    } catch { /* nothing to resume */ }
    if (!done.size) fs.writeFileSync(part, '');
    else say(`resuming ${out}: ${done.size}/${count} chunks already verified`);
    const fd = fs.openSync(part, 'r+');
    const save = () => fs.writeFileSync(stateFile, JSON.stringify({ root: ds.root, chunkSize, count, done: [...done] }));
    const queue = [...Array(count).keys()].filter((i) => !done.has(i));
    const total = (count - 1) * chunkSize; // about: the last chunk may be shorter
    const started = Date.now();
    let bytes = 0;
    let shown = Date.now();
    let failure = null;
    const progress = (final) => {
      if (opts.json || !process.stderr.isTTY) return;
      const secs = (Date.now() - started) / 1000;
      const rate = mbps(bytes, secs);
      const left = Math.max(0, total - (done.size * chunkSize)) / 1e6;
      process.stderr.write(`\r[datdot] ${done.size}/${count} chunks, ${(bytes / 1e6).toFixed(1)} MB at ${rate.toFixed(1)} MB/s` +
        (final ? '\n' : `, about ${rate > 0 ? Math.ceil(left / rate) : '?'} s left   `));
    };
    const planes = new Map();
    for (const [hoster, endpoint] of endpoints) planes.set(hoster, endpoint && await dataPlaneUrl(endpoint));
    const verifiers = [...planes.values()].some(Boolean) ? new Verifiers() : null;
    // One hoster's share of a run: over its data plane, a range request at a time (it
    // answers fewer frames when it stores fewer in a row; they are verified and written
    // by a worker thread while this one receives), else chunk by chunk over RPC.
    // Whatever it verifiably served is written; the rest of the run is left in `pending`.
    const fromHoster = async (hoster, pending) => {
      const endpoint = endpoints.get(hoster);
      if (!endpoint) throw new Error('no endpoint on chain');
      const plane = planes.get(hoster);
      while (pending.length) {
        const from = pending[0];
        const job = { root, from, max: pending.length, count, chunkSize, fd };
        const r = plane
          ? await verifiers.run(await fetchRange(plane, root, from, pending.length), job)
          : verifyInto(await fetchFrame(endpoint, root, from), { ...job, max: 1 });
        if (!r.frames) throw new Error('sent no whole frame');
        for (const i of pending.splice(0, r.verified)) done.add(i);
        bytes += r.bytes;
        if (r.lied) throw new Unverified(`chunk ${pending[0]} did not verify`);
      }
    };
    // A hoster that lies (a chunk that does not verify) is left at once; one whose
    // request failed (a dropped connection, a timeout) is asked again, up to TRIES times,
    // before the rest of the run moves on.
    const fetchRun = async ({ from, length }, turn) => {
      const hosters = servers[from];
      const pending = Array.from({ length }, (_, k) => from + k);
      let last = null;
      for (let k = 0; k < hosters.length && pending.length; k++) {
        const hoster = hosters[(turn + k) % hosters.length];
        for (let attempt = 1; attempt <= TRIES && pending.length; attempt++) {
          try {
            await fromHoster(hoster, pending);
          } catch (e) {
            last = `${hoster}: ${e.cause?.message ?? e.message}`;
            const lied = e instanceof Unverified;
            const next = lied || attempt === TRIES ? 'trying the next hoster' : 'asking again';
            say(`  chunk ${pending[0]} from ${hoster}: ${e.message}; ${next}`);
            if (lied) break;
            await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
          }
        }
      }
      if (pending.length) throw new UserError(`no hoster served a valid chunk ${pending[0]} (last: ${last})`);
    };
    // Runs: consecutive missing chunks of one contract (the same hosters), at most RANGE.
    const runs = [];
    for (const i of queue) {
      const last = runs[runs.length - 1];
      if (last && last.from + last.length === i && last.length < RANGE && servers[last.from] === servers[i]) last.length++;
      else runs.push({ from: i, length: 1 });
    }
    let next = 0;
    const lanes = Math.min(runs.length, PER_HOSTER * Math.max(1, [...endpoints.values()].filter(Boolean).length));
    await Promise.all(Array.from({ length: lanes }, async () => {
      while (next < runs.length && !failure) {
        const turn = next++;
        try { await fetchRun(runs[turn], turn); } catch (e) { failure = e; }
        if (Date.now() - shown > 1000) { shown = Date.now(); save(); progress(false); }
      }
    }));
    await verifiers?.close();
    fs.closeSync(fd);
    save();
    if (failure) {
      throw new UserError(`${failure.message}; ${done.size}/${count} verified chunks are kept in ${part}: run the same download again to resume`);
    }
    progress(true);
    fs.renameSync(part, out);
    fs.rmSync(stateFile, { force: true });
    const secs = (Date.now() - started) / 1000;
    const size = fs.statSync(out).size;
    if (opts.json) {
      console.log(JSON.stringify({ plan, file: out, bytes: size, chunks: count, fetched: bytes, seconds: secs, mbps: mbps(bytes, secs), hosters: [...endpoints.keys()], dataPlanes: [...planes.values()].filter(Boolean).length }));
    } else {
      const fast = [...planes.values()].filter(Boolean).length;
      say(`wrote ${out}: ${size} bytes, every chunk verified against root ${ds.root} (${mbps(bytes, secs).toFixed(1)} MB/s from ${endpoints.size} hosters, ${fast} over their data plane)`);
    }
  } finally {
    await api.disconnect();
  }
}

async function end (opts, plan) {
  if (plan === undefined) throw new UserError('end needs a plan id');
  const { api, signer } = await connect(opts);
  try {
    const contracts = (await api.query.hosting.planContracts(plan)).length;
    const ended = (events) => events.filter(({ event }) => api.events.hosting.EndHosting.is(event) && event.data.plan.toNumber() === plan);
    const events = await send(api, api.tx.plans.unsubscribe(plan), signer);
    const e = events.find(({ event }) => api.events.plans.EndPlan.is(event));
    say(`plan ${plan} ended (EndPlan); ${formatDat(api, e.event.data.refund)} refunded`);
    // Its hostings end with it, released over the next blocks when there are many.
    const seen = new Set();
    const report = (list) => list.forEach(({ event }) => {
      const contract = event.data.contract.toNumber();
      if (seen.has(contract)) return;
      seen.add(contract);
      say(`  EndHosting: contract ${contract}, hosters ${event.data.hosters.map((h) => h.toString()).join(', ') || 'none'}`);
    });
    report(ended(events));
    await untilContractsGone(api, plan, report, ended);
    say(`plan ${plan}: ${seen.size} of ${contracts} contracts ended; their hosters delete the data`);
  } finally {
    await api.disconnect();
  }
}

/** Reports EndHosting events (by `report`) until `plan` has no contracts left, for at most 20 blocks. */
function untilContractsGone (api, plan, report, ended) {
  return new Promise((resolve) => {
    let unsub = null;
    let blocks = 0;
    api.query.system.events(async (events) => {
      report(ended(events));
      if ((await api.query.hosting.planContracts(plan)).length === 0 || ++blocks > 20) {
        unsub && unsub();
        resolve();
      }
    }).then((u) => { unsub = u; });
  });
}

/** Serves the web page for the node at `--ws` until interrupted. */
async function ui (opts) {
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`not a port: ${opts.port}`);
  let served;
  try {
    served = await serveUi({ ws: opts.ws, port });
  } catch (e) {
    if (e.code === 'EADDRINUSE') throw new UserError(`port ${port} is in use; choose another with --port N (0: any free port)`);
    throw e;
  }
  console.log(`datdot ui: ${served.url} (node ${opts.ws}; page bundle ${(served.bytes / 1e6).toFixed(1)} MB); Ctrl-C stops it`);
  await new Promise((resolve) => {
    for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, resolve);
  });
  served.server.close();
}

async function job (argv) {
  // The job commands take their own options; --ws and --suri are common.
  const common = [];
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--ws' || argv[i] === '--suri') common.push(argv[i], argv[++i]);
    else rest.push(argv[i]);
  }
  const { opts } = parseArgs(common);
  const { api, signer } = await connect(opts, { needs: 'jobs' });
  try {
    return await jobCommand({ api, signer, send, say, UserError, formatDat }, rest);
  } finally {
    await api.disconnect();
  }
}

async function main () {
  const [command, ...argv] = process.argv.slice(2);
  if (command === 'job') return job(argv);
  const { opts, rest } = parseArgs(argv);
  quiet = Boolean(opts.json);
  const plan = rest[0] === undefined ? undefined : Number(rest[0]);
  if (plan !== undefined && !['publish', 'hoster'].includes(command) && !Number.isInteger(plan)) throw new UsageError(`not a plan id: ${rest[0]}`);
  switch (command) {
    case 'publish': return publish(opts, rest[0]);
    case 'status': return status(opts, plan);
    case 'ls': return ls(opts);
    case 'serve': return serve(opts, plan, rest[1]);
    case 'hoster': return hoster(opts, rest[0]);
    case 'pause':
    case 'resume':
    case 'update': return change(opts, command, plan);
    case 'download': return download(opts, plan, rest[1]);
    case 'end': return end(opts, plan);
    case 'ui': return ui(opts);
    default: throw new UsageError(command ? `unknown command ${command}` : 'no command');
  }
}

main().then(() => process.exit(0), (e) => {
  if (e instanceof UsageError) {
    console.error(`datdot: ${e.message}\n${USAGE}`);
    process.exit(1);
  }
  if (e instanceof UserError) {
    console.error(`datdot: ${e.message}`);
    process.exit(1);
  }
  console.error(e);
  process.exit(2);
});
