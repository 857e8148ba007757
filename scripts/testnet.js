#!/usr/bin/env node
// Runs the five-node localhost testnet (tests/lib/testnet.js) until Ctrl-C.
//   scripts/testnet.sh [--fresh] [--dir DIR] [--rpc-port 9944] [--p2p-port 30333]
import os from 'node:os';
import path from 'node:path';

import { startTestnet } from '../tests/lib/testnet.js';

const opts = { dir: path.join(os.homedir(), '.local', 'share', 'datdot-testnet'), rpcBasePort: 9944, p2pBasePort: 30333, fresh: false };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const value = () => {
    if (i + 1 >= argv.length) fail(`${argv[i]} needs a value`);
    return argv[++i];
  };
  switch (argv[i]) {
    case '--fresh': opts.fresh = true; break;
    case '--dir': opts.dir = path.resolve(value()); break;
    case '--rpc-port': opts.rpcBasePort = port(value()); break;
    case '--p2p-port': opts.p2pBasePort = port(value()); break;
    default: fail(`unknown option ${argv[i]}`);
  }
}

function fail (message) {
  console.error(`testnet: ${message}\nusage: scripts/testnet.sh [--fresh] [--dir DIR] [--rpc-port 9944] [--p2p-port 30333]`);
  process.exit(1);
}

function port (s) {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1 || n > 65530) fail(`not a port: ${s}`);
  return n;
}

console.log(`[testnet] starting five nodes in ${opts.dir}`);
const net = await startTestnet({ ...opts, log: (line) => console.log(`[testnet] ${line}`) }).catch((e) => fail(e.message));
console.log('[testnet] running; publish with: scripts/datdot publish <file> (Alice on node 0). Ctrl-C stops.');
const shutdown = async () => {
  console.log('[testnet] stopping');
  await net.stop();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
await new Promise(() => {});
