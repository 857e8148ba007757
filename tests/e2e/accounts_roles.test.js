// End-to-end test of the Accounts and Roles pallets (and the datdot_* RPC) against a
// freshly started `datdot-node --dev --tmp`.
//
// Run: npm test (at the repository root)    (binary: $DATDOT_NODE or $CARGO_TARGET_DIR/debug/datdot-node)

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';

import { hexToU8a, isHex, u8aToHex, u8aToString } from '@polkadot/util';

import { ocwKeyProof } from '../../scripts/client/keys.js';
import { devKeyring, eventField, findEvents, rpcSend, signAndWait, startNode, waitForBlocks } from '../lib/node.js';

const STEP_TIMEOUT = 180_000;

// --- small helpers ----------------------------------------------------------------

/** Bytes-like codec (Bytes / BoundedVec<u8> / hex string) -> utf8 string. */
function bytesToString (value) {
  if (typeof value === 'string') return isHex(value) ? u8aToString(hexToU8a(value)) : value;
  if (value && typeof value.toU8a === 'function') {
    // Bytes.toU8a(true) strips the compact length prefix.
    return u8aToString(value.toU8a(true));
  }
  throw new Error(`not a bytes value: ${value}`);
}

const norm = (s) => String(s).replace(/[_\s]/g, '').toLowerCase();

/** Does a hold id (RuntimeHoldReason) equal { <pallet>: <reason> }? Case-insensitive. */
function holdIdIs (id, pallet, reason) {
  const json = id.toJSON();
  if (json === null || typeof json !== 'object') return false;
  const keys = Object.keys(json);
  if (keys.length !== 1) return false;
  const inner = json[keys[0]];
  const innerName = typeof inner === 'string' ? inner : (inner && typeof inner === 'object' ? Object.keys(inner)[0] : String(inner));
  return norm(keys[0]) === norm(pallet) && norm(innerName) === norm(reason);
}

async function holdsOf (api, who, at) {
  const q = at ? await api.at(at) : api;
  const holds = await q.query.balances.holds(who);
  return holds.map((h) => ({ id: h.id, amount: h.amount.toBigInt(), json: h.id.toJSON() }));
}

function findHold (holds, pallet, reason) {
  return holds.filter((h) => holdIdIs(h.id, pallet, reason));
}

async function accountData (api, who, at) {
  const q = at ? await api.at(at) : api;
  const { data } = await q.query.system.account(who);
  return { free: data.free.toBigInt(), reserved: data.reserved.toBigInt() };
}

async function parentOf (api, blockHash) {
  const header = await api.rpc.chain.getHeader(blockHash);
  return header.parentHash.toHex();
}

/** Fee actually paid by the extrinsic, from transactionPayment.TransactionFeePaid. */
function feePaid (events, who) {
  const fees = findEvents(events, 'transactionPayment', 'TransactionFeePaid');
  assert.equal(fees.length, 1, 'exactly one TransactionFeePaid event for the extrinsic');
  assert.equal(eventField(fees[0], 'who').toString(), who);
  // actual_fee already includes the tip.
  return eventField(fees[0], 'actualFee').toBigInt();
}

/** Assert that `promise` (a signAndWait) fails with module error `section.name`. */
async function expectModuleError (promise, expected) {
  let err;
  try {
    await promise;
  } catch (e) {
    err = e;
  }
  assert.ok(err, `expected the extrinsic to fail with ${expected}, but it succeeded`);
  assert.equal(err.message, expected, `expected ${expected}, got: ${err.message}`);
  const [section, name] = expected.split('.');
  assert.equal(err.section, section);
  assert.equal(err.name, name);
  assert.ok(err.blockHash, 'the failing extrinsic was included in a block');
  return err;
}

/**
 * The minimum stake of `role` as the runtime applies it. `roles.minStake(role)` is an
 * OptionQuery storage map (None = unset), falling back to the `roles.defaultMinStake`
 * constant, exactly as `Pallet::min_stake` does.
 */
async function effectiveMinStake (api, role) {
  const v = await api.query.roles.minStake(role);
  if (typeof v.isSome === 'boolean') {
    if (v.isSome) return v.unwrap().toBigInt();
    const def = api.consts.roles?.defaultMinStake;
    assert.ok(def, 'roles.minStake(role) is None and there is no roles.defaultMinStake constant');
    return def.toBigInt();
  }
  return v.toBigInt();
}

function roleEntries (rpcRoles) {
  assert.ok(Array.isArray(rpcRoles), `datdot_roles returns an array, got ${JSON.stringify(rpcRoles)}`);
  return rpcRoles.filter((r) => r && norm(r.role) === 'hoster');
}

// --- the test ---------------------------------------------------------------------

describe('accounts + roles on a --dev node', { timeout: 30 * 60_000 }, () => {
  let node;
  let api;
  let bob, charlie;

  const ENDPOINT_1 = 'http://127.0.0.1:9944';
  const ENDPOINT_2 = 'https://bob.datdot.example:443/hoster';
  const REGION = 'u33db';
  const TRANSPORT_KEY = '0x' + '11'.repeat(32);

  // Values carried from one step to the next.
  let profileDeposit; // bigint, from AccountCreated
  let minStake; // bigint
  let hosterForm;

  before(async () => {
    node = await startNode({ name: 'accounts_roles' });
    api = node.api;
    console.log(`# datdot-node started at ${node.wsUrl}, log: ${node.logFile}`);
    // Fresh accounts: the dev accounts already have profiles and roles at genesis.
    const { keyring, alice } = await devKeyring();
    bob = keyring.addFromUri('//e2e/accounts/bob');
    charlie = keyring.addFromUri('//e2e/accounts/charlie');
    // Block production must be running before we submit anything.
    await waitForBlocks(api, 1);
    const nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
    const fund = 1_000n * 10n ** 12n;
    await Promise.all([bob, charlie].map((who, i) => signAndWait(
      api, api.tx.balances.transferKeepAlive(who.address, fund), alice, { options: { nonce: nonce + i } }
    )));
    hosterForm = {
      resources: { storage: 10_000_000_000n, bandwidth: 100_000_000n, cpu: 4, ram: 8_000_000_000n },
      regions: [REGION],
      timetable: [{ days: 31, start: 0, end: 1440 }, { days: 96, start: 600, end: 1200 }]
    };
  });

  after(async () => {
    if (node) await node.stop();
  });

  it('exposes the expected metadata and chain properties', async () => {
    for (const call of ['create', 'update', 'delete']) {
      assert.equal(typeof api.tx.accounts?.[call], 'function', `api.tx.accounts.${call} exists`);
    }
    for (const call of ['register', 'unregister', 'setStatus']) {
      assert.equal(typeof api.tx.roles?.[call], 'function', `api.tx.roles.${call} exists`);
    }
    for (const item of ['profiles', 'profileDeposit']) {
      assert.equal(typeof api.query.accounts?.[item], 'function', `api.query.accounts.${item} exists`);
    }
    for (const item of ['registrations', 'minStake']) {
      assert.equal(typeof api.query.roles?.[item], 'function', `api.query.roles.${item} exists`);
    }
    assert.equal(typeof api.query.balances.holds, 'function', 'balances.holds exists');

    assert.equal(api.registry.chainSS58, 42);
    assert.deepEqual(api.registry.chainDecimals, [12]);
    assert.deepEqual(api.registry.chainTokens, ['DAT']);
    const props = await api.rpc.system.properties();
    assert.equal(props.tokenSymbol.unwrap()[0].toString(), 'DAT');
    assert.equal(props.tokenDecimals.unwrap()[0].toNumber(), 12);
    assert.equal(props.ss58Format.unwrap().toNumber(), 42);
  });

  it('the TypeScript types in types/ were generated from this runtime\'s metadata', async () => {
    const committed = JSON.parse(fs.readFileSync(new URL('../../types/metadata.json', import.meta.url), 'utf8')).result;
    const live = await rpcSend(api, 'state_getMetadata', []);
    assert.ok(committed === live, 'types/metadata.json is not this runtime\'s metadata: run scripts/typegen.sh');
  });

  it('Bob creates an account profile (deposit held)', { timeout: STEP_TIMEOUT }, async () => {
    const expectedDeposit = (await api.query.accounts.profileDeposit()).toBigInt();
    assert.ok(expectedDeposit > 0n, 'profile deposit is positive');
    assert.equal((await api.query.accounts.profiles(bob.address)).isNone, true, 'no profile yet');
    // Naming a key takes the key's own proof for this account: Charlie's key with its
    // proof for Charlie, or Bob's key signing for Charlie, is refused.
    await expectModuleError(
      signAndWait(api, api.tx.accounts.create(charlie.publicKey, ocwKeyProof(api, charlie), TRANSPORT_KEY, ENDPOINT_1, REGION), bob),
      'accounts.BadKeyProof'
    );
    await expectModuleError(
      signAndWait(api, api.tx.accounts.create(bob.publicKey, ocwKeyProof(api, bob, charlie.address), TRANSPORT_KEY, ENDPOINT_1, REGION), bob),
      'accounts.BadKeyProof'
    );
    assert.equal((await api.query.accounts.profiles(bob.address)).isNone, true, 'still no profile');
    const before = await accountData(api, bob.address);

    const { events, blockHash } = await signAndWait(
      api, api.tx.accounts.create(bob.publicKey, ocwKeyProof(api, bob), TRANSPORT_KEY, ENDPOINT_1, REGION), bob
    );
    const created = findEvents(events, 'accounts', 'AccountCreated');
    assert.equal(created.length, 1, 'one AccountCreated event');
    assert.equal(eventField(created[0], 'who').toString(), bob.address);
    profileDeposit = eventField(created[0], 'deposit').toBigInt();
    assert.equal(profileDeposit, expectedDeposit, 'event deposit = accounts.profileDeposit');

    const profileOpt = await api.query.accounts.profiles(bob.address);
    assert.equal(profileOpt.isSome, true, 'profile stored');
    const profile = profileOpt.unwrap();
    assert.equal(profile.ocwKey.toHex(), u8aToHex(bob.publicKey));
    assert.equal(profile.transportKey.toHex(), TRANSPORT_KEY);
    assert.equal(bytesToString(profile.endpoint), ENDPOINT_1);
    assert.equal(bytesToString(profile.region), REGION);
    assert.equal(profile.deposit.toBigInt(), profileDeposit);

    const holds = await holdsOf(api, bob.address);
    const deposits = findHold(holds, 'Accounts', 'ProfileDeposit');
    assert.equal(deposits.length, 1, `one Accounts/ProfileDeposit hold; holds = ${JSON.stringify(holds.map((h) => h.json))}`);
    assert.equal(deposits[0].amount, profileDeposit);

    const after = await accountData(api, bob.address, blockHash);
    assert.equal(after.reserved - before.reserved, profileDeposit, 'reserved balance grew by the deposit');
    const fee = feePaid(events, bob.address);
    assert.equal(before.free - after.free, profileDeposit + fee, 'free balance reduced by deposit + fee');
  });

  it('datdot_account RPC returns the profile', async () => {
    const res = await rpcSend(api, 'datdot_account', [bob.address]);
    assert.ok(res && typeof res === 'object', `datdot_account returns an object, got ${JSON.stringify(res)}`);
    assert.equal(res.endpoint, ENDPOINT_1);
    assert.equal(res.region, REGION);
    assert.equal(String(res.ocwKey).toLowerCase(), u8aToHex(bob.publicKey));
    assert.equal(String(res.transportKey).toLowerCase(), TRANSPORT_KEY);
    assert.equal(BigInt(res.deposit), profileDeposit);
    const none = await rpcSend(api, 'datdot_account', [charlie.address]);
    assert.equal(none, null, 'datdot_account is null for an account without profile');
  });

  it('Bob updates his endpoint', { timeout: STEP_TIMEOUT }, async () => {
    const { events } = await signAndWait(api, api.tx.accounts.update(null, null, ENDPOINT_2, null), bob);
    const updated = findEvents(events, 'accounts', 'AccountUpdated');
    assert.equal(updated.length, 1, 'one AccountUpdated event');
    assert.equal(eventField(updated[0], 'who').toString(), bob.address);
    const profile = (await api.query.accounts.profiles(bob.address)).unwrap();
    assert.equal(bytesToString(profile.endpoint), ENDPOINT_2);
    assert.equal(bytesToString(profile.region), REGION, 'region unchanged');
    assert.equal(profile.ocwKey.toHex(), u8aToHex(bob.publicKey), 'ocw key unchanged');
    assert.equal(profile.deposit.toBigInt(), profileDeposit, 'deposit unchanged');
    const res = await rpcSend(api, 'datdot_account', [bob.address]);
    assert.equal(res.endpoint, ENDPOINT_2);
  });

  it('rejects an oversize endpoint (300 bytes): EndpointTooLong, nothing but the fee charged', { timeout: STEP_TIMEOUT }, async () => {
    const big = 'http://' + 'a'.repeat(293);
    assert.equal(Buffer.byteLength(big), 300);
    const profileBefore = (await api.query.accounts.profiles(bob.address)).toHex();
    const holdsBefore = await holdsOf(api, bob.address);

    const err = await expectModuleError(
      signAndWait(api, api.tx.accounts.update(null, null, big, null), bob),
      'accounts.EndpointTooLong'
    );
    const parent = await parentOf(api, err.blockHash);
    const before = await accountData(api, bob.address, parent);
    const after = await accountData(api, bob.address, err.blockHash);
    const fee = feePaid(err.events, bob.address);
    assert.ok(fee > 0n, 'a fee was charged');
    assert.equal(before.free - after.free, fee, 'free balance reduced by exactly the fee');
    assert.equal(after.reserved, before.reserved, 'reserved unchanged');
    assert.equal((await api.query.accounts.profiles(bob.address)).toHex(), profileBefore, 'profile unchanged');
    const holdsAfter = await holdsOf(api, bob.address);
    assert.deepEqual(holdsAfter.map((h) => [h.json, h.amount]), holdsBefore.map((h) => [h.json, h.amount]), 'holds unchanged');
  });

  it('rejects a non-http endpoint (InvalidEndpoint) and an empty update (NothingToUpdate)', { timeout: STEP_TIMEOUT }, async () => {
    const profileBefore = (await api.query.accounts.profiles(bob.address)).toHex();
    await expectModuleError(
      signAndWait(api, api.tx.accounts.update(null, null, 'ftp://example.com', null), bob),
      'accounts.InvalidEndpoint'
    );
    await expectModuleError(
      signAndWait(api, api.tx.accounts.update(null, null, null, null), bob),
      'accounts.NothingToUpdate'
    );
    assert.equal((await api.query.accounts.profiles(bob.address)).toHex(), profileBefore, 'profile unchanged');
  });

  it('Bob registers as Hoster with the minimum stake (stake held)', { timeout: STEP_TIMEOUT }, async () => {
    minStake = await effectiveMinStake(api, 'Hoster');
    assert.ok(minStake > 0n, `min Hoster stake is positive (got ${minStake})`);
    assert.equal((await api.query.roles.registrations(bob.address, 'Hoster')).isNone, true, 'not registered yet');

    const { events } = await signAndWait(api, api.tx.roles.register('Hoster', hosterForm, minStake), bob);
    const reg = findEvents(events, 'roles', 'RoleRegistered');
    assert.equal(reg.length, 1, 'one RoleRegistered event');
    assert.equal(eventField(reg[0], 'who').toString(), bob.address);
    assert.equal(eventField(reg[0], 'role').toString(), 'Hoster');
    assert.equal(eventField(reg[0], 'stake').toBigInt(), minStake);

    assert.equal((await api.query.roles.registrations(bob.address, 'Hoster')).isSome, true, 'registration stored');
    const holds = await holdsOf(api, bob.address);
    const stakes = findHold(holds, 'Roles', 'Stake');
    assert.equal(stakes.length, 1, `one Roles/Stake hold; holds = ${JSON.stringify(holds.map((h) => h.json))}`);
    assert.equal(stakes[0].amount, minStake);
    assert.equal(findHold(holds, 'Accounts', 'ProfileDeposit')[0]?.amount, profileDeposit, 'profile deposit still held');
  });

  it('datdot_roles RPC lists the Hoster registration', async () => {
    const res = await rpcSend(api, 'datdot_roles', [bob.address]);
    const hosters = roleEntries(res);
    assert.equal(hosters.length, 1, `one Hoster entry in ${JSON.stringify(res)}`);
    assert.equal(hosters[0].role, 'Hoster');
    assert.equal(norm(hosters[0].status), 'available');
    assert.equal(BigInt(hosters[0].stake), minStake);
  });

  it('registering twice as Hoster fails with AlreadyRegistered and changes nothing', { timeout: STEP_TIMEOUT }, async () => {
    const regBefore = (await api.query.roles.registrations(bob.address, 'Hoster')).toHex();
    const holdsBefore = await holdsOf(api, bob.address);
    const err = await expectModuleError(
      signAndWait(api, api.tx.roles.register('Hoster', hosterForm, minStake), bob),
      'roles.AlreadyRegistered'
    );
    assert.equal((await api.query.roles.registrations(bob.address, 'Hoster')).toHex(), regBefore, 'registration unchanged');
    const holdsAfter = await holdsOf(api, bob.address);
    assert.deepEqual(holdsAfter.map((h) => [h.json, h.amount]), holdsBefore.map((h) => [h.json, h.amount]), 'holds unchanged');
    const parent = await parentOf(api, err.blockHash);
    const before = await accountData(api, bob.address, parent);
    const after = await accountData(api, bob.address, err.blockHash);
    assert.equal(before.free - after.free, feePaid(err.events, bob.address), 'only the fee was charged');
  });

  it('registering with a stake below the minimum fails with StakeTooLow (Charlie)', { timeout: STEP_TIMEOUT }, async () => {
    await expectModuleError(
      signAndWait(api, api.tx.roles.register('Hoster', hosterForm, minStake), charlie),
      'roles.NoProfile'
    );
    const { events } = await signAndWait(
      api,
      api.tx.accounts.create(charlie.publicKey, ocwKeyProof(api, charlie), '0x' + '22'.repeat(32), 'https://charlie.example', 'gcpvj'),
      charlie
    );
    assert.equal(findEvents(events, 'accounts', 'AccountCreated').length, 1, 'Charlie profile created');
    await expectModuleError(
      signAndWait(api, api.tx.roles.register('Hoster', hosterForm, minStake - 1n), charlie),
      'roles.StakeTooLow'
    );
    assert.equal((await api.query.roles.registrations(charlie.address, 'Hoster')).isNone, true, 'Charlie not registered');
    assert.equal(findHold(await holdsOf(api, charlie.address), 'Roles', 'Stake').length, 0, 'no stake held for Charlie');
  });

  it('deleting the profile while a role is held fails with RoleHeld', { timeout: STEP_TIMEOUT }, async () => {
    const profileBefore = (await api.query.accounts.profiles(bob.address)).toHex();
    const holdsBefore = await holdsOf(api, bob.address);
    await expectModuleError(signAndWait(api, api.tx.accounts.delete(), bob), 'accounts.RoleHeld');
    assert.equal((await api.query.accounts.profiles(bob.address)).toHex(), profileBefore, 'profile unchanged');
    const holdsAfter = await holdsOf(api, bob.address);
    assert.deepEqual(holdsAfter.map((h) => [h.json, h.amount]), holdsBefore.map((h) => [h.json, h.amount]), 'holds unchanged');
  });

  it('set_status(Hoster, AtCapacity) emits StatusChanged', { timeout: STEP_TIMEOUT }, async () => {
    const { events } = await signAndWait(api, api.tx.roles.setStatus('Hoster', 'AtCapacity'), bob);
    const changed = findEvents(events, 'roles', 'StatusChanged');
    assert.equal(changed.length, 1, 'one StatusChanged event');
    assert.equal(eventField(changed[0], 'who').toString(), bob.address);
    assert.equal(eventField(changed[0], 'role').toString(), 'Hoster');
    assert.equal(eventField(changed[0], 'status').toString(), 'AtCapacity');
    const res = await rpcSend(api, 'datdot_roles', [bob.address]);
    const hosters = roleEntries(res);
    assert.equal(hosters.length, 1);
    assert.equal(norm(hosters[0].status), 'atcapacity', `status in ${JSON.stringify(hosters[0])}`);
    // Setting the same status again is refused.
    await expectModuleError(signAndWait(api, api.tx.roles.setStatus('Hoster', 'AtCapacity'), bob), 'roles.StatusUnchanged');
  });

  it('Bob unregisters: RoleUnregistered, stake released', { timeout: STEP_TIMEOUT }, async () => {
    const { events } = await signAndWait(api, api.tx.roles.unregister('Hoster'), bob);
    const unreg = findEvents(events, 'roles', 'RoleUnregistered');
    assert.equal(unreg.length, 1, 'one RoleUnregistered event');
    assert.equal(eventField(unreg[0], 'who').toString(), bob.address);
    assert.equal(eventField(unreg[0], 'role').toString(), 'Hoster');
    assert.equal(eventField(unreg[0], 'stake').toBigInt(), minStake);
    assert.equal((await api.query.roles.registrations(bob.address, 'Hoster')).isNone, true, 'registration removed');
    const holds = await holdsOf(api, bob.address);
    assert.equal(findHold(holds, 'Roles', 'Stake').length, 0, `stake hold gone; holds = ${JSON.stringify(holds.map((h) => h.json))}`);
    assert.equal(findHold(holds, 'Accounts', 'ProfileDeposit')[0]?.amount, profileDeposit, 'profile deposit still held');
    const res = await rpcSend(api, 'datdot_roles', [bob.address]);
    assert.equal(roleEntries(res).length, 0, `no Hoster entry after unregister: ${JSON.stringify(res)}`);
  });

  it('Bob deletes his profile: AccountDeleted, deposit returned, no holds left', { timeout: STEP_TIMEOUT }, async () => {
    const { events, blockHash } = await signAndWait(api, api.tx.accounts.delete(), bob);
    const deleted = findEvents(events, 'accounts', 'AccountDeleted');
    assert.equal(deleted.length, 1, 'one AccountDeleted event');
    assert.equal(eventField(deleted[0], 'who').toString(), bob.address);
    assert.equal(eventField(deleted[0], 'deposit').toBigInt(), profileDeposit);

    assert.equal((await api.query.accounts.profiles(bob.address)).isNone, true, 'profile gone');
    const holds = await holdsOf(api, bob.address);
    assert.equal(holds.length, 0, `no holds left; holds = ${JSON.stringify(holds.map((h) => h.json))}`);

    const parent = await parentOf(api, blockHash);
    const before = await accountData(api, bob.address, parent);
    const after = await accountData(api, bob.address, blockHash);
    assert.equal(after.reserved, 0n, 'reserved balance back to 0');
    assert.equal(after.free - before.free, profileDeposit - feePaid(events, bob.address), 'deposit returned (minus fee)');

    assert.equal(await rpcSend(api, 'datdot_account', [bob.address]), null, 'datdot_account is null after deletion');
    // ...but the profile is still visible at the parent block through the `at` parameter.
    const atParent = await rpcSend(api, 'datdot_account', [bob.address, parent]);
    assert.equal(atParent?.endpoint, ENDPOINT_2, 'datdot_account(at=parent) still returns the profile');
  });
});
