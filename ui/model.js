// What the page makes of the chain's answers and events: no DOM and no network, so
// tests/unit/ui-model.test.js can check it. The page feeds `History` every block's
// events (the recent past once at load, then each new block) and asks it what
// happened to a plan, a hosting or an account; everything else it shows comes from the
// node's `datdot_*` RPC methods, read at one block.

/** The events the page follows, as `section.method`. */
export const FOLLOWED = new Set([
  'proofsOfStorage.ProvideProofOfStorage',
  'proofsOfStorage.ProofAccepted',
  'proofsOfStorage.Paid',
  'proofsOfStorage.Fault',
  'proofsOfStorage.RepeatFault',
  'proofsOfStorage.AuditMissed',
  'roles.Slashed',
  'hosting.HostingConfirmed',
  'hosting.RepairHosting',
  'hosting.EndHosting'
]);

const key = (contract, hoster) => `${contract}/${hoster}`;

/** An amount as a bigint, from a number, a decimal or a 0x-hex string. */
export function plancks (value) {
  return BigInt(value ?? 0);
}

/**
 * What the page saw happen, block by block: challenges, proofs and payouts, faults,
 * missed audits, slashes, repairs and ends. `from` is the first block it holds; a block
 * is taken once. A hoster's periodic challenge (an audit) asks for pieces across all it
 * keeps and its accepted proof covers every hosting it keeps; hostings are paid
 * separately (`Paid`), for the time such proofs covered.
 */
export class History {
  constructor () {
    this.from = null;
    this.to = null;
    this.blocks = new Set();
    this.challenges = new Map(); // challenge id → { contracts, hoster, block }
    this.proofs = []; // { block, challenge, hoster }
    this.payouts = []; // { block, contract, hoster, paid }
    this.lastProof = new Map(); // hoster → block
    this.faults = []; // { block, challenge, contract (null: a missed audit), hoster, faults, kind }
    this.slashes = []; // { block, who, role, amount }
    this.confirmed = new Map(); // contract/hoster → block
    this.repairs = []; // { block, plan, contract, failed }
    this.ended = []; // { block, plan, contract, hosters }
  }

  /** Takes block `block`'s events: `[{ section, method, data: { field: json } }]`. */
  apply (block, events) {
    if (this.blocks.has(block)) return false;
    this.blocks.add(block);
    this.from = this.from === null ? block : Math.min(this.from, block);
    this.to = this.to === null ? block : Math.max(this.to, block);
    for (const { section, method, data } of events) {
      const name = `${section}.${method}`;
      if (!FOLLOWED.has(name)) continue;
      switch (name) {
        case 'proofsOfStorage.ProvideProofOfStorage': {
          const contracts = [...new Set((data.pieces ?? []).map((p) => Number(p.contract)))];
          this.challenges.set(Number(data.challenge), { contracts, hoster: data.hoster, block });
          break;
        }
        case 'proofsOfStorage.ProofAccepted':
          this.proofs.push({ block, challenge: Number(data.challenge), hoster: data.hoster });
          this.lastProof.set(data.hoster, Math.max(block, this.lastProof.get(data.hoster) ?? block));
          break;
        case 'proofsOfStorage.Paid':
          this.payouts.push({ block, contract: Number(data.contract), hoster: data.hoster, paid: plancks(data.paid) });
          break;
        case 'proofsOfStorage.Fault':
        case 'proofsOfStorage.RepeatFault':
          this.faults.push({ block, challenge: Number(data.challenge), contract: Number(data.contract), hoster: data.hoster, faults: data.faults ?? null, kind: method === 'RepeatFault' ? 'repeat fault' : 'fault' });
          break;
        case 'proofsOfStorage.AuditMissed':
          this.faults.push({ block, challenge: Number(data.challenge), contract: null, hoster: data.hoster, faults: data.faults ?? null, kind: 'missed audit' });
          break;
        case 'roles.Slashed':
          this.slashes.push({ block, who: data.who, role: data.role, amount: plancks(data.amount) });
          break;
        case 'hosting.HostingConfirmed':
          this.confirmed.set(key(Number(data.contract), data.hoster), block);
          break;
        case 'hosting.RepairHosting':
          this.repairs.push({ block, plan: Number(data.plan), contract: Number(data.contract), failed: data.failed });
          break;
        case 'hosting.EndHosting':
          this.ended.push({ block, plan: Number(data.plan), contract: Number(data.contract), hosters: data.hosters ?? [] });
          break;
      }
    }
    return true;
  }

  /**
   * The block of the last accepted proof of `hoster` seen, or null: its audits cover
   * every hosting it keeps, `contract`'s among them.
   */
  lastProofOf (contract, hoster) {
    return this.lastProof.get(hoster) ?? null;
  }

  /** Whether `hoster` took over `contract` in a repair the page saw. */
  isRepair (contract, hoster) {
    const confirmed = this.confirmed.get(key(contract, hoster));
    return confirmed !== undefined && this.repairs.some((r) => r.contract === contract && r.block <= confirmed && r.failed !== hoster);
  }

  /** What the hosters of `contracts` (ids) were paid, in plancks, since `from`. */
  paidFor (contracts) {
    const ids = new Set(contracts);
    return this.payouts.filter((p) => ids.has(p.contract)).reduce((sum, p) => sum + p.paid, 0n);
  }

  /** `who`'s payouts, faults and slashes seen, newest first. */
  ofAccount (who) {
    const rows = [
      ...this.payouts.filter((p) => p.hoster === who).map((p) => ({ block: p.block, kind: 'payout', contract: p.contract, amount: p.paid })),
      ...this.faults.filter((f) => f.hoster === who).map((f) => ({ block: f.block, kind: f.kind, contract: f.contract, amount: null })),
      ...this.slashes.filter((s) => s.who === who).map((s) => ({ block: s.block, kind: `slash (${s.role})`, contract: null, amount: s.amount }))
    ];
    return rows.sort((a, b) => b.block - a.block);
  }

  /**
   * Accepted proofs per hour, as `[[block, rate]]` every `step` blocks over the blocks
   * seen: each the proofs of the `window` blocks up to it (fewer at the start), scaled
   * to an hour of `blocksPerHour` blocks.
   */
  proofRate (window, step, blocksPerHour) {
    if (this.from === null) return [];
    const out = [];
    for (let end = this.to; end >= this.from; end -= step) {
      const start = Math.max(this.from, end - window + 1);
      const n = this.proofs.filter((p) => p.block >= start && p.block <= end).length;
      out.push([end, (n / (end - start + 1)) * blocksPerHour]);
    }
    return out.reverse();
  }
}

/**
 * The rows of a contract's table: one per hosting, with its state, and one per hoster
 * still to be found while it is matching. States: `matching`, `setting up`, `confirmed`,
 * `faulted` (faults in a row), `repaired` (took over from a hoster that failed), `ended`.
 */
export function hostingRows (contract, replication, history) {
  const rows = contract.hostings.map((h) => {
    let state = 'confirmed';
    if (!h.confirmed) state = 'setting up';
    else if (h.faults > 0) state = 'faulted';
    else if (history?.isRepair(contract.id, h.hoster)) state = 'repaired';
    return { ...h, state, lastProof: history?.lastProofOf(contract.id, h.hoster) ?? null };
  });
  if (contract.matching) {
    for (let i = rows.length; i < replication; i++) rows.push({ hoster: null, state: 'matching', confirmed: false, faults: 0, challenge: null, lastProof: null });
  }
  return rows;
}

/** The hostings of `plan` that ended (EndHosting seen), as rows of state `ended`. */
export function endedRows (plan, history) {
  return (history?.ended ?? []).filter((e) => e.plan === plan).flatMap((e) =>
    e.hosters.map((hoster) => ({ contract: e.contract, hoster, state: 'ended', block: e.block })));
}

/** A plan's state word for people: `active`, `queued`, `paused since #N`. */
export function planState (plan) {
  if (plan.state === 'Paused') return `paused since #${plan.pausedSince}`;
  return plan.state.toLowerCase();
}

/** `n` bytes in B, KiB, MiB or GiB. */
export function formatBytes (n) {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = Number(n);
  let u = 0;
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u++; }
  return `${u ? v.toFixed(v < 10 ? 2 : 1) : v} ${units[u]}`;
}

/** `address` shortened for a table: `5Grw…utQY`. */
export function short (address) {
  return address && address.length > 12 ? `${address.slice(0, 4)}…${address.slice(-4)}` : String(address ?? '—');
}

/** Blocks from `now` to `block` for people: `in 5 blocks`, `3 blocks ago`, `now`. */
export function relative (block, now) {
  if (block === null || block === undefined) return '—';
  const d = block - now;
  if (d === 0) return 'now';
  const n = Math.abs(d);
  return d > 0 ? `in ${n} block${n === 1 ? '' : 's'}` : `${n} block${n === 1 ? '' : 's'} ago`;
}
