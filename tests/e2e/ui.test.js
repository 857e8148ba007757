// The web page (`scripts/datdot ui`) in a real browser: Debian's Chromium driven by
// Playwright against a real `--dev` node. A file is published with the CLI; the page
// shows the plan confirmed and proven, pauses and resumes it, shows a failed call's
// module error, and shows the same balances, reputation and hosters as the chain at the
// block it names. Screenshots go to tests/output/ (on failure: ui-failure-*.png).

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { chromium } from 'playwright-core';

import { TESTS_DIR, TMP_DIR, client, devKeyring, freePorts, rpcSend, startNode } from '../lib/node.js';

const STEP_TIMEOUT = 6 * 60_000;
const OUT = path.join(TESTS_DIR, 'output');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CLI = path.resolve(TESTS_DIR, '..', 'scripts', 'datdot.js');

/** Starts `datdot ui` as a user would; resolves with the page's URL and the process. */
function startUi (ws) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [CLI, 'ui', '--ws', ws, '--port', '0']);
    let out = '';
    const timer = setTimeout(() => reject(new Error(`datdot ui did not start in 60 s: ${out}`)), 60_000);
    const seen = (d) => {
      out += d;
      const m = /datdot ui: (http:\/\/\S+)/.exec(out);
      if (m) { clearTimeout(timer); resolve({ url: m[1], proc }); }
    };
    proc.stdout.on('data', seen);
    proc.stderr.on('data', seen);
    proc.once('exit', (code) => { clearTimeout(timer); reject(new Error(`datdot ui exited (${code}): ${out}`)); });
  });
}

describe('the web page in Chromium against a --dev node', { timeout: 30 * 60_000 }, () => {
  let node, api, keys, ui, browser, page, plan, file;
  const pageErrors = [];

  before(async () => {
    assert.ok(fs.existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}: run scripts/setup.sh (apt-get install chromium) or set CHROMIUM`);
    fs.mkdirSync(OUT, { recursive: true });
    node = await startNode({ name: 'ui' });
    api = node.api;
    keys = await devKeyring();
    console.log(`# datdot-node at ${node.wsUrl}, log: ${node.logFile}`);
    ui = await startUi(node.wsUrl);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    fs.mkdirSync(TMP_DIR, { recursive: true });
    file = path.join(TMP_DIR, `ui-${process.pid}.bin`);
    fs.writeFileSync(file, crypto.randomBytes(200_000));
  });


  after(async () => {
    if (browser) await browser.close();
    if (ui) ui.proc.kill();
    if (node) await node.stop();
    if (file) fs.rmSync(file, { force: true });
  });

  /** A step that leaves a screenshot of the page when it fails. */
  const step = (name, fn) => it(name, { timeout: STEP_TIMEOUT }, async () => {
    try {
      await fn();
    } catch (e) {
      await page?.screenshot({ path: path.join(OUT, `ui-failure-${name.replace(/\W+/g, '-').slice(0, 60)}.png`), fullPage: true }).catch(() => {});
      throw e;
    }
  });

  /** What the page shows now, read in one go (one draw), with the block it was read at. */
  const shown = () => page.evaluate((id) => {
    const card = document.querySelector(`[data-plan="${id}"]`);
    const plancks = (sel, root = document) => root?.querySelector(sel)?.dataset.plancks ?? null;
    return {
      block: Number(document.querySelector('#block').dataset.block),
      free: plancks('[data-field=free]'),
      reserved: plancks('[data-field=reserved]'),
      held: plancks('[data-field=held]', card),
      paid: plancks('[data-field=paid]', card),
      paidFrom: Number(card?.querySelector('[data-field=paid]')?.dataset.from),
      state: card?.querySelector('[data-field=state]')?.textContent ?? null
    };
  }, plan);

  step('says so when the node cannot be reached', async () => {
    const [closed] = await freePorts(1);
    await page.goto(`${ui.url}?ws=ws://127.0.0.1:${closed}`);
    const status = await page.waitForSelector('#status[data-state=unreachable]', { timeout: 30_000 });
    assert.match(await status.textContent(), new RegExp(`cannot reach the node at ws://127\\.0\\.0\\.1:${closed}`));
  });

  step('shows a published plan reach confirmed, then a proof', async () => {
    const [port] = await freePorts(1);
    const run = await client(['publish', file, '--ws', node.wsUrl, '--serve', `127.0.0.1:${port}`, '--chunk-size', '16384', '--replication', '2', '--blocks', '400']);
    assert.equal(run.code, 0, run.out);
    plan = Number(/plan ([0-9]+) subscribed/.exec(run.out)[1]);
    await page.goto(ui.url);
    await page.waitForSelector(`[data-plan="${plan}"][data-summary="confirmed"]`, { timeout: 120_000 });
    const cell = await page.waitForSelector(`[data-plan="${plan}"] td[data-field=last-proof]:not([data-block=""])`, { timeout: 240_000 });
    const proven = Number(await cell.getAttribute('data-block'));
    const hoster = await cell.evaluate((td) => td.closest('tr').dataset.hoster);
    // The chain has that proof: a ProofAccepted for the hoster in the block the page names.
    const events = await (await api.at(await api.rpc.chain.getBlockHash(proven))).query.system.events();
    assert.ok(events.some(({ event }) => api.events.proofsOfStorage.ProofAccepted.is(event) && event.data.hoster.toString() === hoster),
      `ProofAccepted of ${hoster} in block #${proven}`);
    await page.screenshot({ path: path.join(OUT, 'ui-sponsor.png'), fullPage: true });
  });

  step('shows the chain\'s balances, escrow and payouts at the block it names', async () => {
    const s = await shown();
    assert.ok(s.block > 0 && s.held !== null && s.paid !== null, JSON.stringify(s));
    const hash = await api.rpc.chain.getBlockHash(s.block);
    const at = await api.at(hash);
    const acct = await at.query.system.account(keys.alice.address);
    assert.equal(s.free, acct.data.free.toString(), 'free balance');
    assert.equal(s.reserved, acct.data.reserved.toString(), 'reserved balance');
    assert.equal(s.held, (await rpcSend(api, 'datdot_plan', [plan, hash.toHex()])).held, 'escrow held');
    // Paid: every settlement (`Paid`) of this plan's contracts from the first block the
    // page read to the block shown, summed from the chain's own events.
    const contracts = new Set((await at.query.hosting.planContracts(plan)).map((c) => c.toNumber()));
    let paid = 0n;
    for (let n = s.paidFrom; n <= s.block; n++) {
      const events = await (await api.at(await api.rpc.chain.getBlockHash(n))).query.system.events();
      for (const { event } of events) {
        if (api.events.proofsOfStorage.Paid.is(event) && contracts.has(event.data.contract.toNumber())) paid += event.data.paid.toBigInt();
      }
    }
    assert.ok(paid > 0n, 'proven time was paid');
    assert.equal(s.paid, paid.toString(), 'paid to hosters');
  });

  step('pauses and resumes the plan from the page', async () => {
    await page.click(`[data-plan="${plan}"] button[data-action=pause]`);
    await page.waitForSelector('#notice[data-kind=ok]', { timeout: 60_000 });
    await page.waitForFunction((id) => /paused since #\d+/.test(document.querySelector(`[data-plan="${id}"] [data-field=state]`)?.textContent), plan, { timeout: 60_000 });
    assert.ok((await api.query.plans.plans(plan)).unwrap().status.isPaused, 'paused on chain');
    await page.click(`[data-plan="${plan}"] button[data-action=resume]`);
    await page.waitForFunction((id) => document.querySelector(`[data-plan="${id}"] [data-field=state]`)?.textContent === 'active', plan, { timeout: 60_000 });
    assert.ok((await api.query.plans.plans(plan)).unwrap().status.isActive, 'active on chain');
    assert.match(await page.textContent('#notice'), /resume plan \d+: done/);
  });

  step('shows a failed call as its module error', async () => {
    // Alice pauses the plan from elsewhere (another tab, the CLI) while the page still
    // offers Pause: the page's own pause then fails on chain with plans.NotActive. When
    // the page redraws before the click lands, resume and try again.
    for (let attempt = 1; ; attempt++) {
      await page.waitForSelector(`[data-plan="${plan}"] button[data-action=pause]:not([disabled])`, { timeout: 60_000 });
      await new Promise((resolve, reject) => api.tx.plans.pause(plan).signAndSend(keys.alice, ({ status }) => {
        if (status.isReady || status.isInBlock) resolve();
      }).catch(reject));
      const clicked = await page.click(`[data-plan="${plan}"] button[data-action=pause]:not([disabled])`, { timeout: 1_000 }).then(() => true, () => false);
      if (clicked) break;
      assert.ok(attempt < 5, 'the page kept redrawing before the click');
      await page.click(`[data-plan="${plan}"] button[data-action=resume]`);
    }
    const error = await page.waitForSelector('#notice[data-kind=error]', { timeout: 60_000 });
    assert.match(await error.textContent(), /pause plan \d+ failed: plans\.NotActive: \S+/);
    await page.click(`[data-plan="${plan}"] button[data-action=resume]`);
    await page.waitForFunction((id) => document.querySelector(`[data-plan="${id}"] [data-field=state]`)?.textContent === 'active', plan, { timeout: 60_000 });
  });

  step('signs through a polkadot.js extension', async () => {
    // A stand-in for the extension, injected as the real one injects itself
    // (window.injectedWeb3): it shares Alice's account and signs each payload in this
    // process, as the extension signs in its own; the page only sees the protocol.
    const signed = [];
    await page.exposeFunction('datdotTestSign', (payload) => {
      signed.push(payload.method);
      const p = api.registry.createType('ExtrinsicPayload', payload, { version: payload.version });
      return p.sign(keys.alice).signature;
    });
    await page.evaluate((address) => {
      window.injectedWeb3 = {
        'polkadot-js': {
          version: 'test',
          enable: async () => ({
            accounts: { get: async () => [{ address, name: 'Alice', type: 'sr25519' }], subscribe: (cb) => { cb([{ address, name: 'Alice', type: 'sr25519' }]); return () => {}; } },
            signer: { signPayload: async (payload) => ({ id: 1, signature: await window.datdotTestSign(payload) }) }
          })
        }
      };
    }, keys.alice.address);
    await page.click('#extension');
    await page.waitForFunction(() => /1 account\(s\) from the extension/.test(document.querySelector('#notice').textContent), null, { timeout: 30_000 });
    assert.match(await page.$eval('#account', (s) => s.selectedOptions[0].textContent), /Alice \(polkadot-js\)/);
    assert.equal(await page.$$eval('#account option', (o) => o.filter((x) => x.textContent.startsWith('Alice (dev)')).length), 0, 'the extension signs for Alice now');
    await page.click(`[data-plan="${plan}"] button[data-action=pause]`);
    await page.waitForFunction((id) => /paused since #\d+/.test(document.querySelector(`[data-plan="${id}"] [data-field=state]`)?.textContent), plan, { timeout: 60_000 });
    assert.ok((await api.query.plans.plans(plan)).unwrap().status.isPaused, 'paused on chain');
    await page.click(`[data-plan="${plan}"] button[data-action=resume]`);
    await page.waitForFunction((id) => document.querySelector(`[data-plan="${id}"] [data-field=state]`)?.textContent === 'active', plan, { timeout: 60_000 });
    assert.equal(signed.length, 2, 'the extension signed both calls');
  });

  step('shows a hoster its duties and reputation, and the network its hosters', async () => {
    // A hoster whose proof the page showed, so it has a payout.
    const hoster = await page.$eval(`[data-plan="${plan}"] td[data-field=last-proof]:not([data-block=""])`, (td) => td.closest('tr').dataset.hoster);
    await page.selectOption('#account', hoster);
    await page.click('nav button[data-tab=operator]');
    await page.waitForSelector(`[data-operator="${hoster}"] tr[data-role=Hoster]`, { timeout: 30_000 });
    await page.waitForSelector('svg[data-plot=reputation]', { timeout: 30_000 });
    const { block, reputation, earned } = await page.evaluate(() => ({
      block: Number(document.querySelector('#block').dataset.block),
      reputation: document.querySelector('[data-field=reputation]').textContent,
      earned: document.querySelector('[data-field=earned-total]').dataset.plancks
    }));
    const at = (await api.rpc.chain.getBlockHash(block)).toHex();
    const view = await rpcSend(api, 'datdot_hoster', [hoster, at]);
    assert.equal(reputation, `reputation ${view.reputation}/1000`);
    // What it earned in all: the chain's total at the block the page names, paid by
    // the proof the page showed.
    assert.equal(earned, view.earned);
    assert.equal(BigInt(earned), (await (await api.at(at)).query.proofsOfStorage.earned(hoster)).toBigInt());
    assert.ok(BigInt(earned) > 0n, 'its proof paid');
    assert.ok(view.contracts.some((c) => c.plan === plan));
    assert.ok(await page.$(`tr[data-contract][data-state=confirmed]`), 'its hosting of the plan is a duty');
    await page.waitForSelector('tr[data-kind=payout]', { timeout: 30_000 });
    await page.screenshot({ path: path.join(OUT, 'ui-operator.png'), fullPage: true });

    await page.click('nav button[data-tab=network]');
    await page.waitForSelector('[data-network] svg[data-plot=proofs]', { timeout: 30_000 });
    const rows = await page.$$eval('[data-network] tr[data-hoster]', (trs) => trs.map((tr) => tr.dataset.hoster));
    const count = (await api.query.roles.memberCount('Hoster')).toNumber();
    assert.equal(rows.length, count, 'every hoster listed');
    assert.ok(rows.includes(hoster));
    await page.screenshot({ path: path.join(OUT, 'ui-network.png'), fullPage: true });
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
  });
});
