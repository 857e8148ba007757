#!/usr/bin/env node
// The proof flood's plumbing for scripts/audit-capacity.sh:
//
//   audit-flood.cjs code DEV_SPEC CODE_HEX
//       writes the runtime code (`:code`) of the raw dev chain spec DEV_SPEC to CODE_HEX;
//   audit-flood.cjs spec DEV_SPEC STATE FLOOD_SPEC
//       writes FLOOD_SPEC: DEV_SPEC with its genesis storage replaced by STATE's (the
//       `state.json` of runtime/tests/audit_capacity.rs `flood_chain`); prints the
//       genesis hash STATE gives;
//   audit-flood.cjs result SIZES PROOFS TRANSFERS
//       reads the BENCH_TPS_RESULT lines of the two scripts/bench-tps runs (the proof
//       responses, the transfers), checks that every response was included and
//       accepted, and prints the line `AUDIT_CAPACITY_RESULT <json>` with SIZES (the
//       runtime's figures, a JSON array).
'use strict';

const fs = require('node:fs');

const CODE_KEY = '0x3a636f6465'; // b":code"

function fail (msg) {
  console.error(`[audit-flood] ${msg}`);
  process.exit(1);
}

function readJson (file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`cannot read ${file}: ${e.message}`);
  }
}

/** The last `BENCH_TPS_RESULT` of a bench-tps log. */
function benchResult (file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.startsWith('BENCH_TPS_RESULT '));
  if (!lines.length) fail(`${file} has no BENCH_TPS_RESULT line`);
  const r = JSON.parse(lines[lines.length - 1].slice('BENCH_TPS_RESULT '.length));
  if (!r.ok) fail(`${file}: the run failed: ${r.error}`);
  return r;
}

const [cmd, ...args] = process.argv.slice(2);
switch (cmd) {
  case 'code': {
    const [devSpec, out] = args;
    const code = readJson(devSpec).genesis?.raw?.top?.[CODE_KEY];
    if (!code) fail(`${devSpec} is not a raw chain spec with a runtime`);
    fs.writeFileSync(out, code);
    break;
  }
  case 'spec': {
    const [devSpec, stateFile, out] = args;
    const spec = readJson(devSpec);
    const state = readJson(stateFile);
    if (!state.top?.[CODE_KEY]) fail(`${stateFile} holds no runtime code`);
    spec.name = 'datdot proof flood';
    spec.genesis.raw.top = state.top;
    fs.writeFileSync(out, JSON.stringify(spec));
    console.log(state.genesis);
    break;
  }
  case 'result': {
    const [sizesFile, proofsLog, transfersLog] = args;
    const sizes = readJson(sizesFile);
    const proofs = benchResult(proofsLog);
    const transfers = benchResult(transfersLog);
    const accepted = proofs.events['proofsOfStorage.ProofAccepted'] || 0;
    if (proofs.rejected || proofs.included !== proofs.submitted || proofs.includedFailed || accepted !== proofs.submitted) {
      fail(`not every response was included and accepted: ${proofs.submitted} sent, ${proofs.rejected} rejected, ` +
        `${proofs.included} included, ${proofs.includedFailed} failed, ${accepted} ProofAccepted`);
    }
    if (transfers.rejected || transfers.included !== transfers.submitted || transfers.includedFailed) {
      fail(`not every transfer was included: ${transfers.submitted} sent, ${transfers.included} included`);
    }
    const transfer = {
      proof_tps: proofs.sustainedTps,
      transfer_tps: transfers.sustainedTps,
      ratio: Number((proofs.sustainedTps / transfers.sustainedTps).toFixed(4)),
      // Full blocks only (the sustained rates count the half-full first and last).
      full_block_ratio: Number((proofs.peakBlockTxs / transfers.peakBlockTxs).toFixed(4)),
      responses: proofs.submitted,
      response_bytes: Math.round(proofs.bytes / proofs.submitted),
      responses_per_block: proofs.peakBlockTxs,
      transfers: transfers.submitted,
      transfers_per_block: transfers.peakBlockTxs
    };
    console.log(`AUDIT_CAPACITY_RESULT ${JSON.stringify({ sizes, transfer })}`);
    break;
  }
  default:
    fail('usage: audit-flood.cjs code DEV_SPEC CODE_HEX | spec DEV_SPEC STATE FLOOD_SPEC | result SIZES PROOFS TRANSFERS');
}
