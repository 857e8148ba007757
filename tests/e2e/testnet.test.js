// End-to-end test on the five-node localhost testnet (tests/lib/testnet.js): a file
// published by Alice on node 0 is matched by the attestors on nodes 1 and 2, stored by
// the hosters on nodes 3 and 4, and downloads bit-identical from each hoster.

import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { u8aToHex } from '@polkadot/util';

import { TMP_DIR, freePortRange, freePorts, rpcSend, signAndWait, client } from '../lib/node.js';
import { startTestnet } from '../lib/testnet.js';
import { ocwKeyProof } from '../../scripts/client/keys.js';

const STEP_TIMEOUT = 15 * 60_000;
const SIZE = 10 * 1024 * 1024;

/** Resolves once every node has imported block `n`, checked on each node's new heads. */
function allAtBlock (nodes, n, timeoutMs = 180_000) {
  return Promise.all(nodes.map((node) => new Promise((resolve, reject) => {
    let unsub;
    const timer = setTimeout(() => reject(new Error(`${node.name} did not reach block ${n}`)), timeoutMs);
    node.api.rpc.chain.subscribeNewHeads((h) => {
      if (h.number.toNumber() >= n) { clearTimeout(timer); if (unsub) unsub(); else setImmediate(() => unsub && unsub()); resolve(); }
    }).then((u) => { unsub = u; });
  })));
}

describe('a five-node testnet: publish on one node, store on the others', { timeout: 45 * 60_000 }, () => {
  let net, dir, file, bytes, plan, root;
  const byName = (name) => net.nodes.find((n) => n.name === name);

  before(async () => {
    dir = path.join(TMP_DIR, `testnet-${process.pid}`);
    const rpcBasePort = await freePortRange(5);
    const p2pBasePort = await freePortRange(5);
    net = await startTestnet({ dir, rpcBasePort, p2pBasePort, fresh: true, log: (l) => console.log(`# ${l}`) });
    const best = (await net.nodes[0].api.rpc.chain.getHeader()).number.toNumber();
    await allAtBlock(net.nodes, best + 2);
    file = path.join(TMP_DIR, `testnet-${process.pid}.bin`);
    bytes = crypto.randomBytes(SIZE);
    fs.writeFileSync(file, bytes);
  });

  after(async () => {
    if (net) await net.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    for (const f of [file, `${file}.dave`, `${file}.eve`]) if (f) fs.rmSync(f, { force: true });
  });

  it('every node has peers and the same chain', async () => {
    for (const n of net.nodes) {
      const health = await n.api.rpc.system.health();
      assert.ok(health.peers.toNumber() >= 1, `${n.name} has peers`);
      assert.equal((await n.api.rpc.system.chain()).toString(), (await net.nodes[0].api.rpc.system.chain()).toString());
    }
  });

  it('Alice publishes 10 MiB on node 0; the hosters on nodes 3 and 4 store it', { timeout: STEP_TIMEOUT }, async () => {
    const [port] = await freePorts(1);
    const started = Date.now();
    const run = await client(['publish', file, '--ws', byName('alice').wsUrl, '--suri', '//Alice',
      '--serve', `127.0.0.1:${port}`, '--chunk-size', '65536', '--replication', '2', '--blocks', '400']);
    assert.equal(run.code, 0, run.out);
    plan = Number(/plan ([0-9]+) subscribed/.exec(run.out)[1]);
    console.log(`# figures: published ${SIZE} bytes on the testnet in ${((Date.now() - started) / 1000).toFixed(1)} s (subscribe → every hosting confirmed)`);
    const api = byName('charlie').api;
    root = (await api.query.plans.plans(plan)).unwrap().terms.datasets[0].root.toU8a();
    const hosterSet = new Set([byName('dave').pair.address, byName('eve').pair.address]);
    for (const id of await api.query.hosting.planContracts(plan)) {
      const c = (await api.query.hosting.contracts(id)).unwrap();
      assert.deepEqual(new Set(c.hosters.map(([h]) => h.toString())), hosterSet, `contract ${id}: Dave and Eve`);
      assert.ok(c.hosters.every(([, ok]) => ok.isTrue), `contract ${id}: both setups confirmed`);
    }
  });

  it('the chunks live on the hosters\' nodes, not on the sponsor\'s', async () => {
    for (const name of ['dave', 'eve']) {
      assert.ok(await rpcSend(byName(name).api, 'datdot_chunk', [u8aToHex(root), 0]), `${name}'s node serves chunk 0`);
    }
    assert.equal(await rpcSend(byName('alice').api, 'datdot_chunk', [u8aToHex(root), 0]), null);
  });

  for (const hoster of ['dave', 'eve']) {
    it(`downloads bit-identical from ${hoster} alone`, { timeout: STEP_TIMEOUT }, async () => {
      const started = Date.now();
      const out = `${file}.${hoster}`;
      const run = await client(['download', String(plan), out, '--ws', byName('charlie').wsUrl,
        '--hoster', byName(hoster).pair.address]);
      assert.equal(run.code, 0, run.out);
      assert.ok(fs.readFileSync(out).equals(bytes), `the file from ${hoster} equals the published one`);
      console.log(`# figures: downloaded ${SIZE} bytes from ${hoster} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });
  }

  it('a job posted on node 0 is claimed, done and paid through node 3 (client and worker apart)', { timeout: STEP_TIMEOUT }, async () => {
    const workerNode = byName('dave');
    const api = workerNode.api;
    const { Keyring } = await import('@polkadot/api');
    const worker = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri('//Ferdie');
    await signAndWait(api, api.tx.accounts.create(worker.publicKey, ocwKeyProof(api, worker), new Uint8Array(32), workerNode.wsUrl.replace('ws', 'http'), 'u33db'), worker);
    const form = { resources: { storage: 0, bandwidth: 0, cpu: 4000, ram: 8n << 30n }, regions: [], timetable: [] };
    await signAndWait(api, api.tx.roles.register('Worker', form, 100n * 10n ** 12n), worker);
    const posted = await client(['job', 'post', '--spec', `0x${'11'.repeat(32)}`, '--input', `0x${'22'.repeat(32)}`,
      '--payment', String(10n ** 13n), '--blocks', '300', '--ws', byName('alice').wsUrl, '--suri', '//Alice']);
    assert.equal(posted.code, 0, posted.out);
    const id = /job ([0-9]+) posted/.exec(posted.out)[1];
    const early = (await api.query.jobs.parameters()).earlyWindow.toNumber();
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    await allAtBlock([workerNode], best + early);
    for (const step of [['claim', id], ['submit', id, `0x${'33'.repeat(32)}`]]) {
      const run = await client(['job', ...step, '--ws', workerNode.wsUrl, '--suri', '//Ferdie']);
      assert.equal(run.code, 0, run.out);
    }
    const before = (await api.query.system.account(worker.address)).data.free.toBigInt();
    const accepted = await client(['job', 'accept', id, '--ws', byName('alice').wsUrl, '--suri', '//Alice']);
    assert.equal(accepted.code, 0, accepted.out);
    await new Promise((resolve, reject) => {
      let unsub;
      const timer = setTimeout(() => reject(new Error('the payment never reached node 3')), 120_000);
      api.query.system.account(worker.address, (a) => {
        if (a.data.free.toBigInt() - before === 10n ** 13n - 10n ** 11n) { clearTimeout(timer); if (unsub) unsub(); resolve(); }
      }).then((u) => { unsub = u; });
    });
  });

  it('Alice ends the plan; the hosters delete the data', { timeout: STEP_TIMEOUT }, async () => {
    const run = await client(['end', String(plan), '--ws', byName('bob').wsUrl, '--suri', '//Alice']);
    assert.equal(run.code, 0, run.out);
    for (const name of ['dave', 'eve']) {
      const api = byName(name).api;
      await new Promise((resolve, reject) => {
        let unsub;
        const timer = setTimeout(() => reject(new Error(`${name} kept the data`)), 120_000);
        api.rpc.chain.subscribeNewHeads(async () => {
          if ((await rpcSend(api, 'datdot_chunk', [u8aToHex(root), 0])) === null) {
            clearTimeout(timer); if (unsub) unsub(); resolve();
          }
        }).then((u) => { unsub = u; });
      });
    }
  });
});
