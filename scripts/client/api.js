// What the client tells @polkadot/api about this chain beyond its metadata, and how it
// prints amounts and errors.
//
// - `AuthorizeCall` (frame_system's transaction extension for fee-less authorized
//   calls such as proofs and reports) adds nothing to a signed transaction's payload.
// - The node's own RPC methods (node/src/rpc): `datdot_account`, `datdot_roles`,
//   `datdot_plan`, `datdot_hoster` and `datdot_plans` answer JSON; `datdot_chunk` answers
//   a chunk frame; `datdot_dataPlane` the port of the node's data plane.

export const API_OPTIONS = {
  // With the extension and the datdot_* methods declared, what is left of @polkadot/api's
  // start-up notices is a list of the node's standard JSON-RPC v2 methods it does not
  // wrap, which reads like an error to a user and tells them nothing.
  noInitWarn: true,
  signedExtensions: {
    AuthorizeCall: { extrinsic: {}, payload: {} }
  },
  rpc: {
    datdot: {
      account: {
        description: 'An account\'s profile: keys, endpoint, region, deposit',
        params: [{ name: 'who', type: 'AccountId' }, { name: 'at', type: 'BlockHash', isOptional: true }],
        type: 'Json'
      },
      roles: {
        description: 'An account\'s roles with their status, stake, resources and duties',
        params: [{ name: 'who', type: 'AccountId' }, { name: 'at', type: 'BlockHash', isOptional: true }],
        type: 'Json'
      },
      plan: {
        description: 'A live plan with its contracts, hosters, proofs and escrow',
        params: [{ name: 'id', type: 'u64' }, { name: 'at', type: 'BlockHash', isOptional: true }],
        type: 'Json'
      },
      hoster: {
        description: 'A hoster\'s contracts, open challenges, last proofs and reputation',
        params: [{ name: 'who', type: 'AccountId' }, { name: 'at', type: 'BlockHash', isOptional: true }],
        type: 'Json'
      },
      plans: {
        description: 'The ids of the live plans a sponsor pays for',
        params: [{ name: 'sponsor', type: 'AccountId' }, { name: 'at', type: 'BlockHash', isOptional: true }],
        type: 'Json'
      },
      chunk: {
        description: 'The frame of chunk `index` of the data set `root` this node\'s hoster stores',
        params: [{ name: 'root', type: 'H256' }, { name: 'index', type: 'u32' }],
        type: 'Option<Bytes>'
      },
      dataPlane: {
        description: 'The port of this node\'s data plane (chunks as raw bytes over HTTP), if it serves one',
        params: [],
        type: 'Option<u16>'
      }
    }
  }
};

/** A dispatch error as `section.Name: what it means`, from the chain's metadata. */
export function describeError (registry, err) {
  if (err?.isModule) {
    const m = registry.findMetaError(err.asModule);
    return `${m.section}.${m.name}: ${m.docs.join(' ').trim() || 'no description'}`;
  }
  return err?.toString() ?? 'unknown error';
}

/** `value` (plancks: a BN, bigint, number or string) in the chain's unit, e.g. `0.0228 DAT`. */
export function formatDat (api, value) {
  const decimals = api?.registry?.chainDecimals?.[0] ?? 12;
  const unit = api?.registry?.chainTokens?.[0] ?? 'DAT';
  return formatUnits(BigInt(value.toString()), decimals, unit);
}

/** `plancks` with `decimals` decimals: thousands grouped, trailing zeros dropped. */
export function formatUnits (plancks, decimals, unit) {
  const negative = plancks < 0n;
  const abs = negative ? -plancks : plancks;
  const base = 10n ** BigInt(decimals);
  const whole = (abs / base).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = (abs % base).toString().padStart(decimals, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''} ${unit}`;
}
