// The off-chain worker (`ddot`) key's proof of possession, as `Accounts::create` and
// `Accounts::update` want it: the key's sr25519 signature over
// "datdot/ocw-key" ‖ genesis hash ‖ account id (each raw bytes), so nobody can name a
// key it does not hold, and a proof made for one chain is refused by another.
import { stringToU8a, u8aConcat } from '@polkadot/util';
import { decodeAddress } from '@polkadot/util-crypto';

/** The message `key` signs to let `account` (an address) name it on the chain of `api`. */
export function keyOwnershipMessage (api, account) {
  return u8aConcat(stringToU8a('datdot/ocw-key'), api.genesisHash.toU8a(), decodeAddress(account));
}

/** `keyPair`'s proof that `account` (default: the key's own account) may name it. */
export function ocwKeyProof (api, keyPair, account = keyPair.address) {
  return keyPair.sign(keyOwnershipMessage(api, account));
}
