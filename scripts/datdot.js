#!/usr/bin/env node
// The datdot client (commands: scripts/client/cli.js). This entry point only turns a
// missing `npm ci` into a one-line hint instead of a stack trace.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

try {
  await import('./client/cli.js');
} catch (e) {
  if (e?.code === 'ERR_MODULE_NOT_FOUND' && /@polkadot\//.test(e.message)) {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    console.error(`datdot: the client's packages are not installed; run \`npm ci\` in ${root} first`);
    process.exit(1);
  }
  throw e;
}
