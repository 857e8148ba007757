// Helpers for the end-to-end tests and scripts: start/stop a `datdot-node --dev`
// process, connect @polkadot/api to it, submit transactions and wait for blocks.
//
// No fixed sleeps are used for synchronisation: readiness is detected by polling
// the RPC endpoint in a retry loop, and transaction / block progress is observed
// through subscriptions.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';

// Re-exported so that scripts living outside tests/ (scripts/bench-tps.js) use the
// very same module instances that this file uses.
export { ApiPromise, WsProvider, Keyring, cryptoWaitReady };

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const TESTS_DIR = path.resolve(HERE, '..');
export const TMP_DIR = path.join(TESTS_DIR, '.tmp');

const DEFAULT_READY_TIMEOUT_MS = Number(process.env.DATDOT_NODE_READY_TIMEOUT_MS || 180_000);
const POLL_INTERVAL_MS = 250;
const STOP_TIMEOUT_MS = 10_000;

/** Path of the node binary: $DATDOT_NODE or ${CARGO_TARGET_DIR:-$HOME/.cache/datdot-target}/debug/datdot-node */
export function nodeBinaryPath () {
  if (process.env.DATDOT_NODE) return path.resolve(process.env.DATDOT_NODE);
  const targetDir = process.env.CARGO_TARGET_DIR || path.join(os.homedir(), '.cache', 'datdot-target');
  return path.join(targetDir, 'debug', 'datdot-node');
}

// Ports are picked below Linux's ephemeral range (32768–60999 by default): a port the
// kernel hands out, or one inside that range, can be taken as the local port of some
// outgoing connection between the check and the node's bind — then the node quietly
// listens elsewhere (seen once: a testnet node's RPC on a random port, its test waiting
// 180 s on the one it asked for).
const PORT_LOW = 10_000;
const PORT_HIGH = 32_000;

/** Whether `port` can be bound on 127.0.0.1 now. */
function bindable (port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** `n` distinct TCP ports free on 127.0.0.1, outside the ephemeral range. */
export async function freePorts (n) {
  const ports = new Set();
  for (let attempt = 0; ports.size < n; attempt++) {
    if (attempt > 1000) throw new Error(`no ${n} free ports found`);
    const port = PORT_LOW + Math.floor(Math.random() * (PORT_HIGH - PORT_LOW));
    if (!ports.has(port) && await bindable(port)) ports.add(port);
  }
  return [...ports];
}

/** A base port `b` such that `b … b + n - 1` are all free on 127.0.0.1 (and below the
 * ephemeral range). */
export async function freePortRange (n) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = PORT_LOW + Math.floor(Math.random() * (PORT_HIGH - PORT_LOW - n));
    let ok = true;
    for (let p = base; p < base + n && ok; p++) ok = await bindable(p);
    if (ok) return base;
  }
  throw new Error(`no ${n} consecutive free ports found`);
}

/** Resolve true when something accepts TCP connections on host:port. */
function tcpProbe (host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => { socket.removeAllListeners(); socket.destroy(); resolve(ok); };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function tailFile (file, maxBytes = 4000) {
  try {
    const buf = fs.readFileSync(file);
    return buf.subarray(Math.max(0, buf.length - maxBytes)).toString('utf8');
  } catch (e) {
    return `<could not read ${file}: ${e.message}>`;
  }
}

/** One attempt to create an ApiPromise over WebSocket; rejects if the connection fails. */
async function tryConnect (wsUrl, attemptTimeoutMs) {
  // autoConnectMs = false: no background reconnect loop for a failed attempt.
  const provider = new WsProvider(wsUrl, false, {}, attemptTimeoutMs);
  let timer;
  try {
    await new Promise((resolve, reject) => {
      const offs = [];
      const finish = (fn, arg) => { offs.forEach((off) => off()); clearTimeout(timer); fn(arg); };
      offs.push(provider.on('connected', () => finish(resolve)));
      offs.push(provider.on('error', (e) => finish(reject, e instanceof Error ? e : new Error(String(e?.message || e)))));
      offs.push(provider.on('disconnected', () => finish(reject, new Error('disconnected'))));
      timer = setTimeout(() => finish(reject, new Error('connect timeout')), attemptTimeoutMs);
      provider.connect().catch((e) => finish(reject, e));
    });
    const api = await ApiPromise.create({ provider, throwOnConnect: true, noInitWarn: true });
    await api.isReadyOrError;
    return api;
  } catch (e) {
    await provider.disconnect().catch(() => {});
    throw e;
  }
}

/**
 * Connect to an already running node, retrying until `deadline` (ms since epoch).
 * `isAlive()` lets the caller abort early (e.g. the child process exited).
 */
export async function connectApi (wsUrl, { timeoutMs = DEFAULT_READY_TIMEOUT_MS, isAlive = () => true, describe = () => '' } = {}) {
  const deadline = Date.now() + timeoutMs;
  const { hostname, port } = new URL(wsUrl);
  let lastError = new Error('no attempt made');
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`node process exited before its RPC became ready${describe()}`);
    // Cheap TCP probe first, so that we do not spam WebSocket connection errors.
    if (await tcpProbe(hostname, Number(port))) {
      try {
        return await tryConnect(wsUrl, Math.min(30_000, Math.max(1000, deadline - Date.now())));
      } catch (e) {
        lastError = e;
      }
    } else {
      lastError = new Error(`nothing listening on ${hostname}:${port}`);
    }
    await delay(POLL_INTERVAL_MS); // poll interval of the retry loop, not a synchronisation sleep
  }
  throw new Error(`RPC at ${wsUrl} not ready after ${timeoutMs} ms (last error: ${lastError.message})${describe()}`);
}

const liveChildren = new Set();
let exitHookInstalled = false;
function installExitHook () {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', (code) => {
    for (const child of liveChildren) {
      try { child.proc.kill('SIGKILL'); } catch {}
      if (code !== 0) process.stderr.write(`[datdot-node] process exited with code ${code}; node log: ${child.logFile}\n`);
    }
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => {
      for (const child of liveChildren) { try { child.proc.kill('SIGKILL'); } catch {} }
      process.exit(128 + (os.constants.signals[sig] || 0));
    });
  }
}

/**
 * SIGKILLs every node process this process started that is still running: a last
 * resort for a setup that failed half-way and left nodes without handles.
 */
export function killAllNodes () {
  for (const child of liveChildren) {
    try { child.proc.kill('SIGKILL'); } catch {}
  }
}

/**
 * Start `datdot-node --dev --tmp` (or the chain `chainArgs` name) on free ports (or
 * the given ones) and connect an ApiPromise to it.
 * @param {object} [opts]
 * @param {string[]} [opts.args] extra command line arguments
 * @param {string[]} [opts.chainArgs] which chain and database, `--dev --tmp` by default
 * @param {number} [opts.rpcPort] @param {number} [opts.p2pPort] free ports if not given
 * @param {number} [opts.readyTimeoutMs]
 * @param {string} [opts.name] used in the log file name
 * @returns {Promise<{api: ApiPromise, wsUrl: string, logFile: string, pid: number, stop: () => Promise<void>, kill: () => Promise<void>}>}
 */
export async function startNode ({
  args = [], chainArgs = ['--dev', '--tmp'], rpcPort, p2pPort,
  readyTimeoutMs = DEFAULT_READY_TIMEOUT_MS, name = 'node'
} = {}) {
  const bin = nodeBinaryPath();
  if (!fs.existsSync(bin)) {
    throw new Error(
      `datdot-node binary not found at ${bin}. Build it first (cargo build -p datdot-node), ` +
      'or point DATDOT_NODE (or CARGO_TARGET_DIR) at it.'
    );
  }
  fs.mkdirSync(TMP_DIR, { recursive: true });
  if (!rpcPort || !p2pPort) [rpcPort, p2pPort] = await freePorts(2);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const logFile = path.join(TMP_DIR, `${name}-${stamp}-${process.pid}-${rpcPort}.log`);
  const logFd = fs.openSync(logFile, 'a');
  const fullArgs = [
    ...chainArgs,
    '--rpc-port', String(rpcPort),
    '--port', String(p2pPort),
    '--no-prometheus', '--no-telemetry',
    '--rpc-cors', 'all',
    ...args
  ];
  fs.writeSync(logFd, `$ ${bin} ${fullArgs.join(' ')}\n`);
  const proc = spawn(bin, fullArgs, { stdio: ['ignore', logFd, logFd] });
  fs.closeSync(logFd); // the child keeps its own copy of the descriptor
  const child = { proc, logFile, exited: false, exitInfo: null };
  liveChildren.add(child);
  installExitHook();
  const exitPromise = new Promise((resolve) => {
    proc.once('exit', (code, signal) => {
      child.exited = true;
      child.exitInfo = { code, signal };
      liveChildren.delete(child);
      resolve(child.exitInfo);
    });
  });
  proc.once('error', (e) => { child.exited = true; child.exitInfo = { error: e }; liveChildren.delete(child); });

  const wsUrl = `ws://127.0.0.1:${rpcPort}`;
  const describe = () =>
    `\n  exit: ${JSON.stringify(child.exitInfo)}\n  node log: ${logFile}\n  --- log tail ---\n${tailFile(logFile)}`;

  const killAndWait = async () => {
    if (child.exited) return;
    proc.kill('SIGTERM');
    let timer;
    const killed = await Promise.race([
      exitPromise.then(() => true),
      new Promise((resolve) => { timer = setTimeout(() => resolve(false), STOP_TIMEOUT_MS); })
    ]);
    clearTimeout(timer);
    if (!killed && !child.exited) {
      proc.kill('SIGKILL');
      await exitPromise;
    }
  };

  let api;
  try {
    api = await connectApi(wsUrl, { timeoutMs: readyTimeoutMs, isAlive: () => !child.exited, describe });
  } catch (e) {
    await killAndWait();
    e.logFile = logFile;
    throw e;
  }

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try { await api.disconnect(); } catch {}
    await killAndWait();
  };
  /** Ends the process at once (SIGKILL), as a crash would. */
  const kill = async () => {
    stopped = true;
    try { await api.disconnect(); } catch {}
    if (!child.exited) { proc.kill('SIGKILL'); await exitPromise; }
  };
  return { api, wsUrl, rpcPort, p2pPort, logFile, pid: proc.pid, stop, kill, exited: exitPromise };
}

/** Dev keyring (sr25519, ss58 42) with //Alice ... //Ferdie. */
export async function devKeyring () {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const names = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];
  const pairs = {};
  for (const n of names) pairs[n.toLowerCase()] = keyring.addFromUri(`//${n}`);
  return { keyring, ...pairs };
}

/** Turn a DispatchError into an Error: module errors become "<section>.<name>". */
export function dispatchErrorToError (api, dispatchError) {
  let err;
  if (dispatchError.isModule) {
    const meta = api.registry.findMetaError(dispatchError.asModule);
    err = new Error(`${meta.section}.${meta.name}`);
    err.section = meta.section;
    err.name = meta.name;
    err.docs = meta.docs;
  } else {
    // e.g. BadOrigin, Token(FundsUnavailable), Arithmetic(Underflow) -> "Token.FundsUnavailable"
    const inner = dispatchError.value ? dispatchError.value.toString() : ''; // '' for Null (BadOrigin)
    err = new Error(inner && !inner.startsWith('{') ? `${dispatchError.type}.${inner}` : dispatchError.toString());
    err.section = 'dispatch';
    err.name = dispatchError.type;
  }
  err.dispatchError = dispatchError;
  return err;
}

/**
 * signAndSend `tx` with `signer` and wait until it is in a block.
 *
 * Resolves with `{ events, blockHash, dispatchError: null, txHash }` on success.
 * Rejects:
 *  - with an Error whose message is "<section>.<name>" (and `.section`, `.name`,
 *    `.events`, `.blockHash`, `.dispatchError`) when the extrinsic was included but
 *    failed with a dispatch error;
 *  - with the pool's reason when the transaction is rejected / invalid / dropped /
 *    usurped, or when it is not included within `timeoutMs`.
 */
export function signAndWait (api, tx, signer, { timeoutMs = 120_000, options = {} } = {}) {
  return new Promise((resolve, reject) => {
    let unsub = null;
    let settled = false;
    const finish = (fn, value) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (unsub) { try { unsub(); } catch {} }
      fn(value);
    };
    const label = `${tx.method.section}.${tx.method.method}`;
    const timer = setTimeout(
      () => finish(reject, new Error(`${label}: not included in a block within ${timeoutMs} ms`)),
      timeoutMs
    );
    tx.signAndSend(signer, { nonce: -1, ...options }, (result) => {
      const { status, events, dispatchError } = result;
      if (status.isInBlock) {
        const blockHash = status.asInBlock.toHex();
        if (dispatchError) {
          const err = dispatchErrorToError(api, dispatchError);
          err.events = events;
          err.blockHash = blockHash;
          err.txHash = tx.hash.toHex();
          finish(reject, err);
        } else {
          finish(resolve, { events, blockHash, dispatchError: null, txHash: tx.hash.toHex() });
        }
      } else if (status.isInvalid || status.isDropped || status.isUsurped) {
        const err = new Error(`${label}: transaction ${status.type}${status.isUsurped ? ` by ${status.asUsurped.toHex()}` : ''}`);
        err.status = status.type;
        finish(reject, err);
      }
    }).then((u) => {
      if (settled) { try { u(); } catch {} } else { unsub = u; }
    }, (e) => {
      // Rejected on submission, e.g. "1010: Invalid Transaction: Inability to pay some fees"
      const err = new Error(`${label}: rejected by the pool: ${e?.message || e}`);
      err.cause = e;
      finish(reject, err);
    });
  });
}

/** Resolve with the header once `n` new blocks (on top of the current best) have been imported. */
export function waitForBlocks (api, n = 1, { timeoutMs = 60_000 + n * 30_000 } = {}) {
  return new Promise((resolve, reject) => {
    let start = null;
    let unsub = null;
    let settled = false;
    const finish = (fn, v) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (unsub) unsub();
      fn(v);
    };
    const timer = setTimeout(() => finish(reject, new Error(`waitForBlocks(${n}): timed out after ${timeoutMs} ms`)), timeoutMs);
    api.rpc.chain.subscribeNewHeads((header) => {
      const num = header.number.toNumber();
      if (start === null) start = num;
      if (num - start >= n) finish(resolve, header);
    }).then((u) => { if (settled) u(); else unsub = u; }, (e) => finish(reject, e));
  });
}

/** Find events `section.method` in a list of EventRecords (case-insensitive on section/method). */
export function findEvents (events, section, method) {
  return events
    .map((r) => r.event ?? r)
    .filter((e) => e.section.toLowerCase() === section.toLowerCase() && e.method.toLowerCase() === method.toLowerCase());
}

/** Read a (named) field of an event's data, tolerating casing differences. */
export function eventField (event, field) {
  const names = event.data.names || (event.meta?.fields || []).map((f) => f.name.isSome ? f.name.unwrap().toString() : null);
  const norm = (s) => String(s).replace(/_/g, '').toLowerCase();
  const idx = (names || []).findIndex((n) => n !== null && norm(n) === norm(field));
  if (idx === -1) {
    throw new Error(`event ${event.section}.${event.method} has no field "${field}" (fields: ${JSON.stringify(names)})`);
  }
  return event.data[idx];
}

/**
 * Call a raw JSON-RPC method that @polkadot/api does not decorate (e.g. `datdot_account`).
 * ApiPromise has no public `provider` property; the connected provider lives on its RpcCore.
 */
export function rpcSend (api, method, params = []) {
  const provider = api._rpcCore?.provider;
  if (!provider) throw new Error('cannot find the provider of this ApiPromise');
  return provider.send(method, params);
}

const CLIENT = path.resolve(TESTS_DIR, '..', 'scripts', 'datdot.js');

/** Runs the client (scripts/datdot.js) as a user would; resolves with its exit code and output. */
export function client (args) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [CLIENT, ...args], { cwd: path.resolve(TESTS_DIR, '..') });
    let out = '';
    proc.stdout.on('data', (d) => { out += d; });
    proc.stderr.on('data', (d) => { out += d; });
    proc.once('error', reject);
    proc.once('exit', (code) => resolve({ code, out }));
  });
}

/** Resolves once `predicate()` holds, checking at every new block. */
export function untilBlock (api, predicate, { timeoutMs = 120_000, what = 'condition' } = {}) {
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

/**
 * Records every event of `sections` into `seen` as `{ block, name, data }`, from every
 * new block. Returns `stop()`, which ends the recording; a head still in flight when
 * the node stops is dropped instead of failing the test.
 */
export async function recordEvents (api, sections, seen) {
  let stopping = false;
  const unsub = await api.rpc.chain.subscribeNewHeads(async (header) => {
    let events;
    try {
      events = await (await api.at(header.hash)).query.system.events();
    } catch (e) {
      if (stopping) return;
      throw e;
    }
    for (const { event } of events) {
      if (sections.includes(event.section)) {
        seen.push({ block: header.number.toNumber(), name: `${event.section}.${event.method}`, data: event.data.toJSON() });
      }
    }
  });
  return () => { stopping = true; unsub(); };
}
