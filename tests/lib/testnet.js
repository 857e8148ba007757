// A localhost testnet of five datdot nodes on the `local` chain, each with its own
// keys: Alice (sponsor, authority), Bob (attestor, authority), Charlie (attestor),
// Dave (hoster) and Eve (hoster). Used by scripts/testnet.js and the testnet e2e test.
//
// Each node gets its `ddot` key the way an operator would add it (`datdot-node key
// insert`); the authorities also get their BABE and GRANDPA keys (`--alice`, `--bob`).
// Node 0 has a fixed network key, so the others find it as their boot node.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { Keyring, cryptoWaitReady, nodeBinaryPath, signAndWait, startNode } from './node.js';

/** The nodes, in order; a node's RPC port is the base port plus its index. */
export const TESTNET_NODES = [
  { name: 'alice', seed: '//Alice', role: 'sponsor', authority: '--alice' },
  { name: 'bob', seed: '//Bob', role: 'attestor', authority: '--bob' },
  { name: 'charlie', seed: '//Charlie', role: 'attestor' },
  { name: 'dave', seed: '//Dave', role: 'hoster' },
  { name: 'eve', seed: '//Eve', role: 'hoster' }
];

/** The RPC port the `local` preset's profiles name for node 0. */
export const PRESET_BASE_PORT = 9944;

const nodeKey = (i) => (i + 1).toString(16).padStart(64, '0');

function peerId (bin, dir, i) {
  const file = path.join(dir, `node-key-${i}`);
  fs.writeFileSync(file, nodeKey(i));
  return execFileSync(bin, ['key', 'inspect-node-key', '--file', file]).toString().trim();
}

/**
 * Starts the testnet in `dir` (kept between runs unless `fresh`).
 * @returns {Promise<{nodes: Array<{name, seed, role, api, wsUrl, rpcPort, stop, kill, restart}>, stop: () => Promise<void>}>}
 */
export async function startTestnet ({ dir, rpcBasePort = PRESET_BASE_PORT, p2pBasePort = 30333, fresh = false, log = () => {} }) {
  const bin = nodeBinaryPath();
  if (fresh) fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const boot = `/ip4/127.0.0.1/tcp/${p2pBasePort}/p2p/${peerId(bin, dir, 0)}`;
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });

  const launch = async (spec, i) => {
    const base = path.join(dir, spec.name);
    // The operator's step: put the node's ddot key into its keystore.
    execFileSync(bin, ['key', 'insert', '--chain', 'local', '--base-path', base,
      '--key-type', 'ddot', '--scheme', 'sr25519', '--suri', spec.seed]);
    const args = ['--name', spec.name, '--node-key', nodeKey(i), '--offchain-worker', 'always'];
    if (spec.authority) args.push(spec.authority);
    if (i > 0) args.push('--bootnodes', boot);
    const node = await startNode({
      name: `testnet-${spec.name}`,
      chainArgs: ['--chain', 'local', '--base-path', base],
      rpcPort: rpcBasePort + i,
      p2pPort: p2pBasePort + i,
      args
    });
    log(`${spec.name.padEnd(8)} ${spec.role.padEnd(9)} ${node.wsUrl}  log ${node.logFile}`);
    return node;
  };

  const nodes = [];
  for (const [i, spec] of TESTNET_NODES.entries()) {
    const entry = { ...spec, index: i, pair: keyring.addFromUri(spec.seed) };
    Object.assign(entry, await launch(spec, i));
    /** Starts this node again on the same ports and data (after `stop` or `kill`). */
    entry.restart = async () => Object.assign(entry, await launch(spec, i));
    nodes.push(entry);
  }

  // The preset's profiles name ports 9944…; on other ports each participant points
  // its profile at its own node, as an operator changing its endpoint would.
  if (rpcBasePort !== PRESET_BASE_PORT) {
    const api = nodes[0].api;
    await Promise.all(nodes.map((n) => signAndWait(api,
      api.tx.accounts.update(null, null, `http://127.0.0.1:${n.rpcPort}`, null), n.pair)));
  }

  return {
    nodes,
    stop: async () => { for (const n of nodes) await n.stop(); }
  };
}

/**
 * Starts one more node on a running testnet (started by `startTestnet` with the same
 * `dir` and `p2pBasePort`), as an operator joining would: its own ports and data, node 0
 * as boot node, its `ddot` key put in with `datdot-node key insert`. The account still
 * has to create its profile and register its role (the node's worker finds it then).
 * @returns {Promise<{name, seed, pair, api, wsUrl, rpcPort, p2pPort, stop, kill, restart}>}
 */
export async function joinTestnet ({ dir, p2pBasePort = 30333, name, seed, rpcPort, p2pPort, log = () => {} }) {
  const bin = nodeBinaryPath();
  const boot = `/ip4/127.0.0.1/tcp/${p2pBasePort}/p2p/${peerId(bin, dir, 0)}`;
  await cryptoWaitReady();
  const pair = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri(seed);
  const base = path.join(dir, name);
  const launch = async () => {
    execFileSync(bin, ['key', 'insert', '--chain', 'local', '--base-path', base,
      '--key-type', 'ddot', '--scheme', 'sr25519', '--suri', seed]);
    const node = await startNode({
      name: `testnet-${name}`,
      chainArgs: ['--chain', 'local', '--base-path', base],
      rpcPort,
      p2pPort,
      args: ['--name', name, '--offchain-worker', 'always', '--bootnodes', boot]
    });
    log(`${name.padEnd(8)} joining   ${node.wsUrl}  log ${node.logFile}`);
    return node;
  };
  const entry = { name, seed, pair };
  Object.assign(entry, await launch());
  /** Starts this node again on the same ports and data (after `stop` or `kill`). */
  entry.restart = async () => Object.assign(entry, await launch());
  return entry;
}
