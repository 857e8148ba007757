// The datdot web page (served by `scripts/datdot ui`): a sponsor's plans, an operator's
// duties and the network, read from a node over its WebSocket with @polkadot/api and
// refreshed at every new block. Everything on screen at one time is read at one block
// (shown in the header); what happened before (proofs, payouts, faults, slashes) comes
// from the events of the blocks the page has seen, starting `HISTORY` blocks back.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { web3Accounts, web3Enable, web3FromAddress } from '@polkadot/extension-dapp';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady, decodeAddress } from '@polkadot/util-crypto';

import { API_OPTIONS, describeError, formatDat } from '../scripts/client/api.js';
import { endedRows, formatBytes, History, hostingRows, planState, relative, short } from './model.js';
import { barPlot, escapeHtml as esc, linePlot } from './plot.js';

const DEV_NAMES = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];
/** Blocks of events read back when the page opens. */
const HISTORY = Number(new URLSearchParams(location.search).get('history') ?? 300);
/** Hosters the network view lists (the first by index). */
const MAX_HOSTERS = 100;
/** Reputation samples read back when an account is chosen. */
const SAMPLES = 24;

const $ = (sel) => document.querySelector(sel);
const state = {
  ws: null,
  api: null,
  provider: null,
  dev: false,
  tab: 'sponsor',
  account: null, // { address, name, pair?, injected? }
  accounts: [],
  head: null, // { number, hash }
  applied: null, // last block whose events are in history
  history: new History(),
  reputation: new Map(), // address → Map(block → score)
  view: null,
  refreshing: null,
  again: false
};

// ---------------------------------------------------------------------------------
// Status line and notices.

function setStatus (kind, text) {
  const el = $('#status');
  el.dataset.state = kind;
  el.textContent = text;
}

/** Shows a notice: `kind` is `info`, `ok` or `error`. */
function notice (text, kind = 'info') {
  const el = $('#notice');
  el.dataset.kind = kind;
  el.textContent = text;
  el.hidden = !text;
}


// ---------------------------------------------------------------------------------
// Connecting and following blocks.

async function connect () {
  const params = new URLSearchParams(location.search);
  let ws = params.get('ws');
  if (!ws) ws = (await (await fetch('config.json')).json()).ws;
  state.ws = ws;
  $('#node').textContent = ws;
  setStatus('connecting', `connecting to ${ws}…`);
  await cryptoWaitReady();
  const provider = new WsProvider(ws, 2500);
  state.provider = provider;
  let reached = false;
  const down = () => setStatus('unreachable', `${reached ? 'lost' : 'cannot reach'} the node at ${ws}; retrying every 2.5 s`);
  provider.on('error', down);
  provider.on('disconnected', down);
  provider.on('connected', () => {
    reached = true;
    if (state.api) setStatus('connected', `connected to ${ws}`);
  });
  const api = await ApiPromise.create({ provider, ...API_OPTIONS, throwOnConnect: false });
  state.api = api;
  const chainType = await api.rpc.system.chainType();
  state.dev = chainType.isDevelopment || chainType.isLocal;
  const ms = Number(api.consts.babe?.expectedBlockTime?.toString() ?? 6000);
  state.blocksPerHour = Math.round(3_600_000 / ms);
  state.params = (await api.query.proofsOfStorage.parameters()).toJSON();
  setStatus('connected', `connected to ${ws} (${(await api.rpc.system.chain()).toString()})`);
  await setupAccounts();
  await api.rpc.chain.subscribeNewHeads((header) => {
    state.head = { number: header.number.toNumber(), hash: header.hash.toHex() };
    refresh();
  });
}

const rpc = (method, params) => state.provider.send(method, params);

/** Reads the events of every block after the last one read, up to `to`. */
async function catchUp (to) {
  const api = state.api;
  let from = state.applied === null ? Math.max(1, to - HISTORY + 1) : state.applied + 1;
  while (from <= to) {
    const batch = [];
    for (let n = from; n <= Math.min(to, from + 31); n++) batch.push(n);
    const read = await Promise.all(batch.map(async (n) => {
      const hash = await api.rpc.chain.getBlockHash(n);
      return [n, await (await api.at(hash)).query.system.events()];
    }));
    for (const [n, events] of read) state.history.apply(n, events.map(plainEvent));
    state.applied = batch[batch.length - 1];
    from = state.applied + 1;
  }
}

/** An event as `{ section, method, data: { field: json } }`. */
function plainEvent ({ event }) {
  const data = {};
  const names = event.data.names ?? [];
  event.data.forEach((value, i) => { data[names[i] ?? i] = value.toJSON(); });
  return { section: event.section, method: event.method, data };
}

/** Reads what the current tab shows at the head and draws it; one refresh at a time. */
async function refresh () {
  if (state.refreshing) { state.again = true; return; }
  state.refreshing = (async () => {
    do {
      state.again = false;
      const head = state.head;
      try {
        await catchUp(head.number);
        state.view = await read(head);
        draw();
      } catch (e) {
        notice(`reading block #${head.number} failed: ${e.message}`, 'error');
      }
    } while (state.again);
  })();
  await state.refreshing;
  state.refreshing = null;
}

// ---------------------------------------------------------------------------------
// Accounts and signing.

async function setupAccounts () {
  const api = state.api;
  if (state.dev) {
    const keyring = new Keyring({ type: 'sr25519', ss58Format: api.registry.chainSS58 });
    state.accounts = DEV_NAMES.map((name) => {
      const pair = keyring.addFromUri(`//${name}`);
      return { address: pair.address, name: `${name} (dev)`, pair };
    });
    state.account = state.accounts[0];
  }
  fillAccounts();
}

function fillAccounts () {
  const sel = $('#account');
  sel.innerHTML = state.accounts.map((a) => `<option value="${esc(a.address)}">${esc(a.name)} — ${esc(short(a.address))}</option>`).join('') +
    (state.account && !state.accounts.includes(state.account) ? `<option value="${esc(state.account.address)}">${esc(short(state.account.address))} (view only)</option>` : '');
  if (state.account) sel.value = state.account.address;
  sel.disabled = !sel.options.length;
}

async function useExtension () {
  try {
    const found = await web3Enable('datdot chain');
    if (!found.length) return notice('no polkadot.js extension answered (none installed, or access refused)', 'error');
    const accounts = await web3Accounts({ ss58Format: state.api.registry.chainSS58 });
    if (!accounts.length) return notice('the extension shares no account with this page', 'error');
    // The extension's accounts replace dev accounts of the same address: it signs for them.
    const injected = new Set(accounts.map((a) => a.address));
    state.accounts = [...state.accounts.filter((a) => a.pair && !injected.has(a.address)), ...accounts.map((a) => ({ address: a.address, name: `${a.meta.name ?? 'account'} (${a.meta.source})`, injected: true }))];
    state.account = state.accounts.find((a) => a.injected);
    fillAccounts();
    notice(`${accounts.length} account(s) from the extension`, 'ok');
    refresh();
  } catch (e) {
    notice(`extension: ${e.message}`, 'error');
  }
}

function viewAddress (text) {
  try {
    decodeAddress(text);
  } catch {
    return notice(`not an address: ${text}`, 'error');
  }
  const known = state.accounts.find((a) => a.address === text);
  state.account = known ?? { address: text, name: short(text) };
  fillAccounts();
  notice('');
  refresh();
}

/** Signs and sends `tx` as the chosen account; resolves once it is in a block. */
async function submit (label, tx) {
  const api = state.api;
  const acct = state.account;
  if (!acct || (!acct.pair && !acct.injected)) return notice(`${label}: this address is view-only; choose a dev account or connect the extension`, 'error');
  notice(`${label}: signing and sending…`);
  try {
    // The next nonce after this account's transactions in the pool too (the node's
    // system_accountNextIndex), so a call made before an earlier one is in a block is not
    // refused as its replacement.
    const nonce = await api.rpc.system.accountNextIndex(acct.address);
    const options = acct.pair ? { nonce } : { nonce, signer: (await web3FromAddress(acct.address)).signer };
    const block = await new Promise((resolve, reject) => {
      let unsub = null;
      tx.signAndSend(acct.pair ?? acct.address, options, ({ status, dispatchError }) => {
        if (dispatchError) reject(new Error(describeError(api.registry, dispatchError)));
        else if (status.isInBlock) resolve(status.asInBlock.toHex());
        else if (status.isInvalid || status.isDropped || status.isUsurped) reject(new Error(`transaction ${status.type}`));
        else return;
        unsub?.();
      }).then((u) => { unsub = u; }, reject);
    });
    notice(`${label}: done (in block ${block.slice(0, 10)}…)`, 'ok');
  } catch (e) {
    notice(`${label} failed: ${e.message}`, 'error');
  }
  refresh();
}

// ---------------------------------------------------------------------------------
// Reading a view at one block.

async function read (head) {
  const api = state.api;
  const at = await api.at(head.hash);
  const who = state.account?.address ?? null;
  const view = { head, clock: (await at.query.proofsOfStorage.proofClock()).toNumber(), who, tab: state.tab };
  if (who) {
    const acct = await at.query.system.account(who);
    view.balance = { free: acct.data.free.toString(), reserved: acct.data.reserved.toString() };
  }
  const people = new Map(); // address → { region, reputation }
  const person = async (address) => {
    if (!people.has(address)) {
      const [profile, hoster] = await Promise.all([rpc('datdot_account', [address, head.hash]), rpc('datdot_hoster', [address, head.hash])]);
      people.set(address, { region: profile?.region ?? '', reputation: hoster.reputation });
    }
    return people.get(address);
  };
  if (state.tab === 'sponsor' && who) {
    const ids = await rpc('datdot_plans', [who, head.hash]);
    view.plans = await Promise.all(ids.map((id) => rpc('datdot_plan', [id, head.hash])));
    for (const p of view.plans) for (const c of p.contracts) for (const h of c.hostings) await person(h.hoster);
  } else if (state.tab === 'operator' && who) {
    [view.roles, view.hoster] = await Promise.all([rpc('datdot_roles', [who, head.hash]), rpc('datdot_hoster', [who, head.hash])]);
    const samples = reputationOf(who);
    samples.set(head.number, view.hoster.reputation);
    if (samples.size === 1) sampleReputation(who, head.number); // the past, in the background
  } else if (state.tab === 'network') {
    const count = (await at.query.roles.memberCount('Hoster')).toNumber();
    const addresses = [];
    for (let i = 0; i < Math.min(count, MAX_HOSTERS); i++) {
      const a = await at.query.roles.roleMembers('Hoster', i);
      if (a.isSome) addresses.push(a.unwrap().toString());
    }
    view.hosterCount = count;
    view.attestorCount = (await at.query.roles.memberCount('Attestor')).toNumber();
    view.hosters = await Promise.all(addresses.map(async (address) => {
      const roles = await rpc('datdot_roles', [address, head.hash]);
      const role = roles.find((r) => r.role === 'Hoster');
      return { address, ...(await person(address)), status: role?.status ?? '—', storage: role?.resources.storage ?? 0, used: role?.usedStorage ?? 0 };
    }));
  }
  view.people = people;
  return view;
}

function reputationOf (who) {
  if (!state.reputation.has(who)) state.reputation.set(who, new Map());
  return state.reputation.get(who);
}

/** Reads `who`'s hoster reputation at up to `SAMPLES` earlier blocks (state kept by the node). */
async function sampleReputation (who, now) {
  const samples = reputationOf(who);
  const from = Math.max(1, now - HISTORY);
  const step = Math.max(1, Math.floor((now - from) / SAMPLES));
  for (let n = from; n < now; n += step) {
    try {
      const hash = (await state.api.rpc.chain.getBlockHash(n)).toHex();
      samples.set(n, (await rpc('datdot_hoster', [who, hash])).reputation);
    } catch { /* state of that block pruned: skip it */ }
  }
  if (state.view?.who === who && state.tab === 'operator') draw();
}

// ---------------------------------------------------------------------------------
// Drawing.

const dat = (v) => esc(formatDat(state.api, v));
/** A block for a table cell: `#N (in 3 blocks)`, or `—`. */
const when = (block, now) => (block === null || block === undefined ? '—' : `#${block} (${relative(block, now)})`);
const money = (field, v, attrs = '') => `<span data-field="${field}" data-plancks="${esc(v)}" ${attrs}>${dat(v)}</span>`;

function draw () {
  const v = state.view;
  if (!v) return;
  $('#block').innerHTML = `block <b data-field="block">#${v.head.number}</b> · proof clock ${v.clock}`;
  $('#block').dataset.block = v.head.number;
  $('#balance').innerHTML = v.balance
    ? `free ${money('free', v.balance.free)} · reserved ${money('reserved', v.balance.reserved)}`
    : '';
  document.querySelectorAll('nav button').forEach((b) => b.classList.toggle('on', b.dataset.tab === state.tab));
  const body = !v.who && v.tab !== 'network'
    ? `<p class="empty">Choose an account: ${state.dev ? 'a dev account above, ' : ''}the polkadot.js extension, or an address to view.</p>`
    : v.tab === 'sponsor' ? sponsorView(v) : v.tab === 'operator' ? operatorView(v) : networkView(v);
  $('#content').innerHTML = body;
}

function sponsorView (v) {
  if (!v.plans?.length) return '<p class="empty" data-field="no-plans">This account pays for no live plan. Publish a file with <code>scripts/datdot publish FILE</code>.</p>';
  return v.plans.map((p) => planCard(p, v)).join('');
}

function planCard (p, v) {
  const h = state.history;
  const bytes = p.contracts.reduce((s, c) => s + c.bytes, 0);
  const ids = [...p.contracts.map((c) => c.id), ...h.ended.filter((e) => e.plan === p.id).map((e) => e.contract)];
  const mine = state.account?.address === p.sponsor && (state.account.pair || state.account.injected);
  const paused = p.state === 'Paused';
  const rows = p.contracts.flatMap((c) => hostingRows(c, p.replication, h).map((r) => ({ c, r })));
  const ended = endedRows(p.id, h);
  const confirmed = rows.filter(({ r }) => r.state === 'confirmed' || r.state === 'repaired').length;
  const summary = rows.length && confirmed === rows.length ? 'confirmed' : rows.some(({ r }) => r.state === 'faulted') ? 'faulted' : rows.some(({ r }) => r.state === 'matching') ? 'matching' : 'setting up';
  return `<section class="card" data-plan="${p.id}" data-summary="${summary}">
  <h3>Plan ${p.id} <span class="pill" data-field="state">${esc(planState(p))}</span> <span class="pill ${summary}" data-field="summary">${summary}: ${confirmed}/${rows.length} hostings</span></h3>
  <dl>
    <dt>hosting</dt><dd>blocks #${p.start}–#${p.end} (${relative(p.end, v.head.number).replace('in ', '')} left)${p.pausedBlocks ? `, ${p.pausedBlocks} blocks paused` : ''}</dd>
    <dt>data</dt><dd>${p.datasets.length} data set(s), ${esc(formatBytes(bytes))} in ${p.contracts.length} contract(s), ${p.replication} hosters each</dd>
    <dt>price</dt><dd>${dat(p.price)} per chunk per block</dd>
    <dt>held</dt><dd>${money('held', p.held)} in escrow</dd>
    <dt>paid</dt><dd>${money('paid', h.paidFor(ids).toString(), `data-from="${h.from}"`)} to hosters for proofs since block #${h.from ?? '—'}</dd>
  </dl>
  <div class="actions">
    ${paused ? `<button data-action="resume" data-id="${p.id}" ${mine ? '' : 'disabled'}>Resume</button>` : `<button data-action="pause" data-id="${p.id}" ${mine && p.state === 'Active' ? '' : 'disabled'}>Pause</button>`}
    <button data-action="unsubscribe" data-id="${p.id}" ${mine ? '' : 'disabled'}>Unsubscribe (end plan)</button>
  </div>
  <table class="datasets"><tr><th>data set</th><th>root</th><th>chunks</th><th>chunk size</th><th>source</th></tr>
  ${p.datasets.map((d, i) => `<tr><td>${i}</td><td><code>${esc(d.root.slice(0, 18))}…</code></td><td>${d.chunks}</td><td>${esc(formatBytes(d.chunkSize))}</td><td>${esc(d.source)}</td></tr>`).join('')}</table>
  <table class="hostings"><tr><th>contract</th><th>chunks</th><th>hoster</th><th>region</th><th>reputation</th><th>state</th><th>last proof</th><th>next challenge</th><th>open challenge</th></tr>
  ${rows.map(({ c, r }) => hostingRow(c, r, v)).join('')}
  ${ended.map((e) => `<tr data-contract="${e.contract}" data-hoster="${esc(e.hoster)}" data-state="ended"><td>${e.contract}</td><td></td><td title="${esc(e.hoster)}">${esc(short(e.hoster))}</td><td></td><td></td><td><span class="pill ended">ended</span></td><td colspan="3">at #${e.block}</td></tr>`).join('')}
  </table>
</section>`;
}

function hostingRow (c, r, v) {
  const who = r.hoster ? v.people.get(r.hoster) : null;
  const open = r.challenge
    ? `#${r.challenge.id}: ${r.challenge.indexes.length} chunk(s), answer ${Math.max(0, r.challenge.deadline - v.clock)} block(s) left`
    : '—';
  return `<tr data-contract="${c.id}" data-hoster="${esc(r.hoster ?? '')}" data-state="${esc(r.state)}">
    <td>${c.id}</td><td>${c.start}–${c.end - 1}</td><td title="${esc(r.hoster ?? '')}">${r.hoster ? esc(short(r.hoster)) : '(being matched)'}</td>
    <td>${esc(who?.region || '—')}</td><td>${who ? `${who.reputation}/1000` : '—'}</td>
    <td><span class="pill ${esc(r.state.replace(' ', '-'))}">${esc(r.state)}</span>${r.faults ? ` ${r.faults} fault(s) in a row` : ''}</td>
    <td data-field="last-proof" data-block="${r.lastProof ?? ''}">${when(r.lastProof, v.head.number)}</td>
    <td>${when(r.nextChallenge, v.head.number)}</td>
    <td>${esc(open)}</td></tr>`;
}

function operatorView (v) {
  const h = state.history;
  const roles = v.roles ?? [];
  const hoster = v.hoster;
  const events = h.ofAccount(v.who);
  const earned = events.filter((e) => e.kind === 'payout').reduce((s, e) => s + e.amount, 0n);
  const slashed = events.filter((e) => e.kind.startsWith('slash')).reduce((s, e) => s + e.amount, 0n);
  // This hoster's rows of its contracts, with their state as the sponsor view has it.
  const duties = hoster.contracts.flatMap((c) => hostingRows({ ...c, matching: false, hostings: c.hostings.filter((x) => x.hoster === v.who) }, 0, h).map((r) => ({ c, r })));
  const samples = [...reputationOf(v.who).entries()].sort((a, b) => a[0] - b[0]);
  return `<section class="card" data-operator="${esc(v.who)}">
  <h3>Roles of ${esc(short(v.who))}</h3>
  ${roles.length ? `<table><tr><th>role</th><th>status</th><th>stake</th><th>storage used / declared</th><th>open duties</th><th>regions</th><th>since</th></tr>
  ${roles.map((r) => `<tr data-role="${esc(r.role)}"><td>${esc(r.role)}</td><td>${esc(r.status)}</td><td>${dat(r.stake)}</td><td>${esc(formatBytes(r.usedStorage))} / ${esc(formatBytes(r.resources.storage))}</td><td>${r.duties}</td><td>${esc(r.regions.join(', ') || '—')}</td><td>#${r.since}</td></tr>`).join('')}</table>` : '<p class="empty">No provider role. Register one (SPEC: <code>roles.register</code>) to host or attest.</p>'}
  </section>
  <section class="card">
  <h3>Hoster duties <span class="pill" data-field="reputation">reputation ${hoster.reputation}/1000</span> <span class="pill">earned in all ${money('earned-total', hoster.earned)}</span></h3>
  ${duties.length ? `<table class="hostings"><tr><th>contract</th><th>plan</th><th>data</th><th>state</th><th>last proof</th><th>next challenge</th><th>open challenge (deadline)</th></tr>
  ${duties.map(({ c, r }) => `<tr data-contract="${c.id}" data-state="${esc(r.state)}"><td>${c.id}</td><td>${c.plan}</td><td>${esc(formatBytes(c.bytes))}</td>
    <td>${esc(r.state)}${r.faults ? ` (${r.faults} in a row)` : ''}</td>
    <td>${when(r.lastProof, v.head.number)}</td>
    <td>${when(r.nextChallenge, v.head.number)}</td>
    <td data-field="challenge">${r.challenge ? `#${r.challenge.id}, chunks ${esc(r.challenge.indexes.join(', '))}: clock ${r.challenge.deadline} (${Math.max(0, r.challenge.deadline - v.clock)} block(s) left)` : '—'}</td></tr>`).join('')}</table>` : '<p class="empty">No hosting duties.</p>'}
  <h4>Reputation as a hoster</h4>
  ${linePlot(samples, { yMin: 0, yMax: 1000, yLabel: 'reputation', id: 'reputation' })}
  </section>
  <section class="card">
  <h3>Payouts, faults and slashes since block #${h.from ?? '—'}</h3>
  <p>earned ${money('earned', earned.toString())} · slashed ${money('slashed', slashed.toString())} · ${events.filter((e) => e.kind.includes('fault') || e.kind === 'missed audit').length} fault(s) and missed audit(s)</p>
  ${events.length ? `<table><tr><th>block</th><th>what</th><th>contract</th><th>amount</th></tr>${events.slice(0, 50).map((e) => `<tr data-kind="${esc(e.kind)}"><td>#${e.block}</td><td>${esc(e.kind)}</td><td>${e.contract ?? '—'}</td><td>${e.amount !== null ? dat(e.amount) : '—'}</td></tr>`).join('')}</table>` : '<p class="empty">Nothing yet.</p>'}
  </section>`;
}

function networkView (v) {
  const h = state.history;
  const window = Math.max(1, Number(state.params.period));
  const step = Math.max(1, Math.ceil(((h.to ?? 0) - (h.from ?? 0) + 1) / 60));
  const rate = h.proofRate(window, step, state.blocksPerHour);
  const declared = v.hosters.reduce((s, x) => s + x.storage, 0);
  const used = v.hosters.reduce((s, x) => s + x.used, 0);
  return `<section class="card" data-network>
  <h3>Network at block #${v.head.number}</h3>
  <p>${v.hosterCount} hoster(s), ${v.attestorCount} attestor(s) · storage used <span data-field="used">${esc(formatBytes(used))}</span> of ${esc(formatBytes(declared))} declared${v.hosterCount > v.hosters.length ? ` (first ${v.hosters.length} hosters)` : ''} · ${state.params.period} blocks between a hoster's audits (each covers all it keeps)</p>
  <table><tr><th>hoster</th><th>region</th><th>status</th><th>reputation</th><th>storage used / declared</th></tr>
  ${v.hosters.map((x) => `<tr data-hoster="${esc(x.address)}"><td title="${esc(x.address)}">${esc(short(x.address))}</td><td>${esc(x.region || '—')}</td><td>${esc(x.status)}</td><td>${x.reputation}/1000</td><td>${esc(formatBytes(x.used))} / ${esc(formatBytes(x.storage))}</td></tr>`).join('')}</table>
  <h4>Proofs accepted per hour (over the ${window} blocks up to each point, since #${h.from ?? '—'})</h4>
  ${linePlot(rate, { yLabel: 'proofs per hour', id: 'proofs' })}
  <h4>Capacity used per hoster</h4>
  ${barPlot(v.hosters.map((x) => ({ label: short(x.address), value: x.used, max: x.storage })), { id: 'capacity', text: (b) => `${formatBytes(b.value)} of ${formatBytes(b.max)}` })}
  </section>`;
}

// ---------------------------------------------------------------------------------
// Wiring.

document.addEventListener('click', (e) => {
  const tab = e.target.closest('nav button');
  if (tab) {
    state.tab = tab.dataset.tab;
    state.view = state.view && { ...state.view, tab: state.tab };
    if (state.head) refresh();
    return;
  }
  const act = e.target.closest('button[data-action]');
  if (!act || !state.api) return;
  const id = Number(act.dataset.id);
  const calls = { pause: 'pause', resume: 'resume', unsubscribe: 'unsubscribe' };
  const call = calls[act.dataset.action];
  if (call === 'unsubscribe' && !confirm(`End plan ${id}? Its hosters delete the data and the rest of the budget is refunded.`)) return;
  act.disabled = true;
  submit(`${call} plan ${id}`, state.api.tx.plans[call](id));
});
$('#account').addEventListener('change', (e) => {
  state.account = state.accounts.find((a) => a.address === e.target.value) ?? state.account;
  refresh();
});
$('#extension').addEventListener('click', useExtension);
$('#view').addEventListener('submit', (e) => {
  e.preventDefault();
  viewAddress($('#address').value.trim());
});

connect().catch((e) => setStatus('unreachable', `cannot use the node at ${state.ws}: ${e.message}`));
