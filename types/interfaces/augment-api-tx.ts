// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/submittable';

import type { ApiTypes, AugmentedSubmittable, SubmittableExtrinsic, SubmittableExtrinsicFunction } from '@polkadot/api-base/types';
import type { Bytes, Compact, Option, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { AnyNumber, IMethod, ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H256, MultiAddress, Perbill } from '@polkadot/types/interfaces/runtime';
import type { DatdotPrimitivesCryptoPublic, DatdotPrimitivesCryptoSignature, DatdotPrimitivesProviderStatus, DatdotPrimitivesRole, DatdotPrimitivesRoleForm, PalletBalancesAdjustmentDirection, PalletBenchmarksParams, PalletBenchmarksReport, PalletHostingMatchReport, PalletHostingSetupReport, PalletJobsParams, PalletJobsReceipt, PalletJobsRequirements, PalletPlansPlanChanges, PalletPlansPlanTerms, PalletProofsParams, PalletProofsResponse, SpConsensusBabeDigestsNextConfigDescriptor, SpConsensusGrandpaEquivocationProof, SpConsensusSlotsEquivocationProof, SpCoreVoid, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedSubmittable = AugmentedSubmittable<() => unknown>;
export type __SubmittableExtrinsic<ApiType extends ApiTypes> = SubmittableExtrinsic<ApiType>;
export type __SubmittableExtrinsicFunction<ApiType extends ApiTypes> = SubmittableExtrinsicFunction<ApiType>;

declare module '@polkadot/api-base/types/submittable' {
  interface AugmentedSubmittables<ApiType extends ApiTypes> {
    accounts: {
      /**
       * Creates the caller's profile and holds the profile deposit. `ocw_proof` is
       * the `ocw_key`'s signature over `"datdot/ocw-key" ‖ genesis hash ‖ caller`
       * (`datdot_primitives::signing::key_ownership`): nobody can name a key it does
       * not hold (and so claim another's key before its owner does).
       **/
      create: AugmentedSubmittable<(ocwKey: DatdotPrimitivesCryptoPublic | string | Uint8Array, ocwProof: DatdotPrimitivesCryptoSignature | string | Uint8Array, transportKey: U8aFixed | string | Uint8Array, endpoint: Bytes | string | Uint8Array, region: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [DatdotPrimitivesCryptoPublic, DatdotPrimitivesCryptoSignature, U8aFixed, Bytes, Bytes]>;
      /**
       * Removes the caller's profile and releases its deposit; refused while the
       * account still owes the network something.
       **/
      delete: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Sets the deposit held for new profiles.
       **/
      setProfileDeposit: AugmentedSubmittable<(amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u128]>;
      /**
       * Changes any subset of the caller's profile fields; `None` keeps a field. A new
       * off-chain worker key comes with its proof of possession, as in `create`.
       **/
      update: AugmentedSubmittable<(ocwKey: Option<ITuple<[DatdotPrimitivesCryptoPublic, DatdotPrimitivesCryptoSignature]>> | null | Uint8Array | ITuple<[DatdotPrimitivesCryptoPublic, DatdotPrimitivesCryptoSignature]> | [DatdotPrimitivesCryptoPublic | string | Uint8Array, DatdotPrimitivesCryptoSignature | string | Uint8Array], transportKey: Option<U8aFixed> | null | Uint8Array | U8aFixed | string, endpoint: Option<Bytes> | null | Uint8Array | Bytes | string, region: Option<Bytes> | null | Uint8Array | Bytes | string) => SubmittableExtrinsic<ApiType>, [Option<ITuple<[DatdotPrimitivesCryptoPublic, DatdotPrimitivesCryptoSignature]>>, Option<U8aFixed>, Option<Bytes>, Option<Bytes>]>;
    };
    babe: {
      /**
       * Plan an epoch config change. The epoch config change is recorded and will be enacted on
       * the next call to `enact_epoch_change`. The config will be activated one epoch after.
       * Multiple calls to this method will replace any existing planned config change that had
       * not been enacted yet.
       **/
      planConfigChange: AugmentedSubmittable<(config: SpConsensusBabeDigestsNextConfigDescriptor | { V1: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [SpConsensusBabeDigestsNextConfigDescriptor]>;
      /**
       * Report authority equivocation/misbehavior. This method will verify
       * the equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence will
       * be reported.
       **/
      reportEquivocation: AugmentedSubmittable<(equivocationProof: SpConsensusSlotsEquivocationProof | { offender?: any; slot?: any; firstHeader?: any; secondHeader?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusSlotsEquivocationProof, SpCoreVoid]>;
      /**
       * Report authority equivocation/misbehavior. This method will verify
       * the equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence will
       * be reported.
       * This extrinsic must be called unsigned and it is expected that only
       * block authors will call it (validated in `ValidateUnsigned`), as such
       * if the block author is defined it will be defined as the equivocation
       * reporter.
       **/
      reportEquivocationUnsigned: AugmentedSubmittable<(equivocationProof: SpConsensusSlotsEquivocationProof | { offender?: any; slot?: any; firstHeader?: any; secondHeader?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusSlotsEquivocationProof, SpCoreVoid]>;
    };
    balances: {
      /**
       * Burn the specified liquid free balance from the origin account.
       * 
       * If the origin's account ends up below the existential deposit as a result
       * of the burn and `keep_alive` is false, the account will be reaped.
       * 
       * Unlike sending funds to a _burn_ address, which merely makes the funds inaccessible,
       * this `burn` operation will reduce total issuance by the amount _burned_.
       **/
      burn: AugmentedSubmittable<(value: Compact<u128> | AnyNumber | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u128>, bool]>;
      /**
       * Adjust the total issuance in a saturating way.
       * 
       * Can only be called by root and always needs a positive `delta`.
       * 
       * # Example
       **/
      forceAdjustTotalIssuance: AugmentedSubmittable<(direction: PalletBalancesAdjustmentDirection | 'Increase' | 'Decrease' | number | Uint8Array, delta: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletBalancesAdjustmentDirection, Compact<u128>]>;
      /**
       * Set the regular balance of a given account.
       * 
       * The dispatch origin for this call is `root`.
       **/
      forceSetBalance: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, newFree: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Exactly as `transfer_allow_death`, except the origin must be root and the source account
       * may be specified.
       **/
      forceTransfer: AugmentedSubmittable<(source: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress, Compact<u128>]>;
      /**
       * Unreserve some balance from a user by force.
       * 
       * Can only be called by ROOT.
       **/
      forceUnreserve: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, u128]>;
      /**
       * Transfer the entire transferable balance from the caller account.
       * 
       * NOTE: This function only attempts to transfer _transferable_ balances. This means that
       * any locked, reserved, or existential deposits (when `keep_alive` is `true`), will not be
       * transferred by this function. To ensure that this function results in a killed account,
       * you might need to prepare the account by removing any reference counters, storage
       * deposits, etc...
       * 
       * The dispatch origin of this call must be Signed.
       * 
       * - `dest`: The recipient of the transfer.
       * - `keep_alive`: A boolean to determine if the `transfer_all` operation should send all
       * of the funds the account has, causing the sender account to be killed (false), or
       * transfer everything except at least the existential deposit, which will guarantee to
       * keep the sender account alive (true).
       **/
      transferAll: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, bool]>;
      /**
       * Transfer some liquid free balance to another account.
       * 
       * `transfer_allow_death` will set the `FreeBalance` of the sender and receiver.
       * If the sender's account is below the existential deposit as a result
       * of the transfer, the account will be reaped.
       * 
       * The dispatch origin for this call must be `Signed` by the transactor.
       **/
      transferAllowDeath: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Same as the [`transfer_allow_death`] call, but with a check that the transfer will not
       * kill the origin account.
       * 
       * 99% of the time you want [`transfer_allow_death`] instead.
       * 
       * [`transfer_allow_death`]: struct.Pallet.html#method.transfer
       **/
      transferKeepAlive: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Upgrade a specified account.
       * 
       * - `origin`: Must be `Signed`.
       * - `who`: The account to be upgraded.
       * 
       * This will waive the transaction fee if at least all but 10% of the accounts needed to
       * be upgraded. (We let some not have to be upgraded just in order to allow for the
       * possibility of churn).
       **/
      upgradeAccounts: AugmentedSubmittable<(who: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
    };
    benchmarks: {
      /**
       * Asks for a benchmark of `hoster`'s service of `contract` (SPEC
       * `performance_benchmark_request`); the caller pays `request_fee` to the
       * treasury. One benchmark of a hosting is open at a time.
       **/
      request: AugmentedSubmittable<(contract: u64 | AnyNumber | Uint8Array, hoster: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, AccountId32]>;
      /**
       * A named attestor's rating (SPEC `performance_benchmark_response`), sent by its
       * off-chain worker without fees. The last rating closes the benchmark.
       **/
      response: AugmentedSubmittable<(report: PalletBenchmarksReport | { benchmark?: any; asked?: any; rating?: any; signer?: any } | string | Uint8Array, signature: DatdotPrimitivesCryptoSignature | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletBenchmarksReport, DatdotPrimitivesCryptoSignature]>;
      /**
       * Sets the parameters.
       **/
      setParams: AugmentedSubmittable<(params: PalletBenchmarksParams | { period?: any; window?: any; attestors?: any; samples?: any; requestFee?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletBenchmarksParams]>;
    };
    circuitBreaker: {
      /**
       * Refuses every call of `pallet` from now on.
       **/
      pause: AugmentedSubmittable<(pallet: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Lets `pallet`'s calls through again.
       **/
      resume: AugmentedSubmittable<(pallet: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
    };
    escrow: {
      /**
       * The arbiter's ruling on a disputed escrow: `payee_share` of it is paid to the
       * payee, the rest refunded to the payer, and the escrow closes. The disputer's
       * bond goes to the treasury if the ruling gives its side less than half, and
       * back to it otherwise.
       **/
      resolve: AugmentedSubmittable<(id: u64 | AnyNumber | Uint8Array, payeeShare: Perbill | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, Perbill]>;
      /**
       * Sets the protocol fee, in basis points (at most 10,000).
       **/
      setProtocolFee: AugmentedSubmittable<(bps: u16 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16]>;
      /**
       * Adds `amount` of the caller's funds to escrow `id`.
       **/
      topUp: AugmentedSubmittable<(id: u64 | AnyNumber | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u128]>;
    };
    grandpa: {
      /**
       * Note that the current authority set of the GRANDPA finality gadget has stalled.
       * 
       * This will trigger a forced authority set change at the beginning of the next session, to
       * be enacted `delay` blocks after that. The `delay` should be high enough to safely assume
       * that the block signalling the forced change will not be re-orged e.g. 1000 blocks.
       * The block production rate (which may be slowed down because of finality lagging) should
       * be taken into account when choosing the `delay`. The GRANDPA voters based on the new
       * authority will start voting on top of `best_finalized_block_number` for new finalized
       * blocks. `best_finalized_block_number` should be the highest of the latest finalized
       * block of all validators of the new authority set.
       * 
       * Only callable by root.
       **/
      noteStalled: AugmentedSubmittable<(delay: u32 | AnyNumber | Uint8Array, bestFinalizedBlockNumber: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       **/
      reportEquivocation: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpCoreVoid]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       * 
       * This extrinsic must be called unsigned and it is expected that only
       * block authors will call it (validated in `ValidateUnsigned`), as such
       * if the block author is defined it will be defined as the equivocation
       * reporter.
       **/
      reportEquivocationUnsigned: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpCoreVoid]>;
    };
    hosting: {
      /**
       * An attestor's match for a round, sent by its off-chain worker without fees.
       * Valid only from an attestor drawn for the open round, once.
       **/
      reportMatch: AugmentedSubmittable<(report: PalletHostingMatchReport | { round?: any; hosters?: any; signer?: any } | string | Uint8Array, signature: DatdotPrimitivesCryptoSignature | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletHostingMatchReport, DatdotPrimitivesCryptoSignature]>;
      /**
       * Sets the fee an attestor earns per accepted report.
       **/
      setAttestorFee: AugmentedSubmittable<(fee: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u128]>;
      /**
       * An attestor's check of a new hoster's setup (SPEC `hosting_setup_report`):
       * a failed or missing setup is repaired onto another hoster.
       **/
      setupReport: AugmentedSubmittable<(report: PalletHostingSetupReport | { contract?: any; hoster?: any; deadline?: any; verdict?: any; signer?: any } | string | Uint8Array, signature: DatdotPrimitivesCryptoSignature | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletHostingSetupReport, DatdotPrimitivesCryptoSignature]>;
    };
    jobs: {
      /**
       * The client accepts the result: the worker is paid.
       **/
      accept: AugmentedSubmittable<(job: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * The client cancels a job nobody claimed: the payment goes back.
       **/
      cancel: AugmentedSubmittable<(job: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Takes a job: an active worker meeting its requirements that has not failed it
       * and holds fewer than `MaxClaimsPerWorker` jobs.
       **/
      claim: AugmentedSubmittable<(job: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Settles a claimed or submitted job at once with a receipt signed (sr25519) by
       * both client and worker; a partial receipt pays the worker pro rata and
       * refunds the rest. Either party may send it.
       **/
      completeWithReceipt: AugmentedSubmittable<(job: u64 | AnyNumber | Uint8Array, receipt: PalletJobsReceipt | { checkpoint?: any; checkpoints?: any } | string | Uint8Array, clientSignature: U8aFixed | string | Uint8Array, workerSignature: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, PalletJobsReceipt, U8aFixed, U8aFixed]>;
      /**
       * The client disputes the result within the challenge window, with a bond.
       **/
      dispute: AugmentedSubmittable<(job: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Posts a job and holds `payment` in escrow until it is settled.
       **/
      post: AugmentedSubmittable<(specHash: U8aFixed | string | Uint8Array, inputHash: U8aFixed | string | Uint8Array, requirements: PalletJobsRequirements | { minReputation?: any; resources?: any; deadline?: any } | string | Uint8Array, payment: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed, U8aFixed, PalletJobsRequirements, u128]>;
      /**
       * Sets the market's parameters.
       **/
      setParams: AugmentedSubmittable<(params: PalletJobsParams | { minPayment?: any; challengeWindow?: any; claimPeriod?: any; disputeBond?: any; slash?: any; highReputation?: any; earlyWindow?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletJobsParams]>;
      /**
       * The worker's result (and optionally a proof), before its claim lapses.
       **/
      submitResult: AugmentedSubmittable<(job: u64 | AnyNumber | Uint8Array, resultHash: U8aFixed | string | Uint8Array, proof: Option<U8aFixed> | null | Uint8Array | U8aFixed | string) => SubmittableExtrinsic<ApiType>, [u64, U8aFixed, Option<U8aFixed>]>;
    };
    plans: {
      /**
       * Pauses an active plan.
       **/
      pause: AugmentedSubmittable<(plan: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Resumes a paused plan.
       **/
      resume: AugmentedSubmittable<(plan: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Orders a plan: holds its budget and queues it for its start.
       **/
      subscribe: AugmentedSubmittable<(terms: PalletPlansPlanTerms | { datasets?: any; ranges?: any; replication?: any; regions?: any; start?: any; end?: any; price?: any; minReputation?: any; performance?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletPlansPlanTerms]>;
      /**
       * Ends a plan now and refunds what is left of its budget; its hostings end
       * (`EndHosting`) in this block or, for a large plan in a busy block, the next.
       **/
      unsubscribe: AugmentedSubmittable<(plan: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Changes ranges, replication, end or price; the budget follows. A started
       * plan keeps its price and may only add ranges; its hosting follows the new
       * ranges and replication at once (the weight charged covers the most hosting
       * work, and what was not used is refunded).
       **/
      update: AugmentedSubmittable<(plan: u64 | AnyNumber | Uint8Array, changes: PalletPlansPlanChanges | { ranges?: any; replication?: any; end?: any; price?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, PalletPlansPlanChanges]>;
    };
    proofsOfStorage: {
      /**
       * Asks for an extra challenge of `hoster`'s copy of `contract` (SPEC
       * `proof_of_storage_request`); the caller pays `request_fee` to the treasury.
       **/
      request: AugmentedSubmittable<(contract: u64 | AnyNumber | Uint8Array, hoster: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, AccountId32]>;
      /**
       * A hoster's proofs for a challenge (SPEC `proof_of_storage_response`), sent by
       * its off-chain worker without fees. Weight grows with the number of proofs, not
       * with the number of the hoster's hostings; an accepted one is refunded down to
       * its own path's weight.
       **/
      response: AugmentedSubmittable<(response: PalletProofsResponse | { challenge?: any; asked?: any; proofs?: any; signer?: any } | string | Uint8Array, signature: DatdotPrimitivesCryptoSignature | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletProofsResponse, DatdotPrimitivesCryptoSignature]>;
      /**
       * Sets the parameters.
       **/
      setParams: AugmentedSubmittable<(params: PalletProofsParams | { period?: any; window?: any; indexes?: any; maxFaults?: any; slashes?: any; requestFee?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletProofsParams]>;
    };
    reputation: {
      /**
       * The client of a completed job rates its worker, once: 5 stars count as two
       * successes, 4 as one, 3 as nothing, 2 as one failure, 1 as two.
       **/
      rate: AugmentedSubmittable<(job: u64 | AnyNumber | Uint8Array, stars: u8 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u8]>;
      /**
       * Sets how fast evidence fades: `decay` of it is kept every `period` blocks.
       **/
      setDecay: AugmentedSubmittable<(period: u32 | AnyNumber | Uint8Array, decay: Perbill | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, Perbill]>;
    };
    roles: {
      /**
       * Takes on `role` with the declared `form`, bonding `stake` for a provider role.
       **/
      register: AugmentedSubmittable<(role: DatdotPrimitivesRole | 'Sponsor' | 'Hoster' | 'Attestor' | 'Worker' | number | Uint8Array, form: DatdotPrimitivesRoleForm | { resources?: any; regions?: any; timetable?: any } | string | Uint8Array, stake: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [DatdotPrimitivesRole, DatdotPrimitivesRoleForm, u128]>;
      /**
       * Sets the minimum stake of a provider role; applies to new registrations.
       **/
      setMinStake: AugmentedSubmittable<(role: DatdotPrimitivesRole | 'Sponsor' | 'Hoster' | 'Attestor' | 'Worker' | number | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [DatdotPrimitivesRole, u128]>;
      /**
       * Tells the network whether the provider takes new work.
       **/
      setStatus: AugmentedSubmittable<(role: DatdotPrimitivesRole | 'Sponsor' | 'Hoster' | 'Attestor' | 'Worker' | number | Uint8Array, status: DatdotPrimitivesProviderStatus | 'Available' | 'AtCapacity' | 'SignedOff' | number | Uint8Array) => SubmittableExtrinsic<ApiType>, [DatdotPrimitivesRole, DatdotPrimitivesProviderStatus]>;
      /**
       * Leaves `role` and releases its stake; refused while duties are open.
       **/
      unregister: AugmentedSubmittable<(role: DatdotPrimitivesRole | 'Sponsor' | 'Hoster' | 'Attestor' | 'Worker' | number | Uint8Array) => SubmittableExtrinsic<ApiType>, [DatdotPrimitivesRole]>;
      /**
       * Changes the resources, regions and timetable `role` was registered with. The
       * declared storage may go down to what the provider's contracts use, never below.
       * (Weighed as `register`, which reads and writes the same registration and
       * does more besides.)
       **/
      updateForm: AugmentedSubmittable<(role: DatdotPrimitivesRole | 'Sponsor' | 'Hoster' | 'Attestor' | 'Worker' | number | Uint8Array, form: DatdotPrimitivesRoleForm | { resources?: any; regions?: any; timetable?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [DatdotPrimitivesRole, DatdotPrimitivesRoleForm]>;
    };
    sudo: {
      /**
       * Permanently removes the sudo key.
       * 
       * **This cannot be un-done.**
       **/
      removeKey: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Authenticates the current sudo key and sets the given AccountId (`new`) as the new sudo
       * key.
       **/
      setKey: AugmentedSubmittable<(updated: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       **/
      sudo: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Signed` origin from
       * a given account.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoAs: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       * This function does not check the weight of the call, and instead allows the
       * Sudo user to specify the weight of the call.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoUncheckedWeight: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array, weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, SpWeightsWeightV2Weight]>;
    };
    system: {
      /**
       * Provide the preimage (runtime binary) `code` for an upgrade that has been authorized.
       * 
       * If the authorization required a version check, this call will ensure the spec name
       * remains unchanged and that the spec version has increased.
       * 
       * Depending on the runtime's `OnSetCode` configuration, this function may directly apply
       * the new `code` in the same block or attempt to schedule the upgrade.
       * 
       * All origins are allowed.
       **/
      applyAuthorizedUpgrade: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgrade: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * WARNING: This authorizes an upgrade that will take place without any safety checks, for
       * example that the spec name remains the same and that the version number increases. Not
       * recommended for normal use. Use `authorize_upgrade` instead.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgradeWithoutChecks: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Kill all storage items with a key that starts with the given prefix.
       * 
       * **NOTE:** We rely on the Root origin to provide us the number of subkeys under
       * the prefix we are removing to accurately calculate the weight of this function.
       **/
      killPrefix: AugmentedSubmittable<(prefix: Bytes | string | Uint8Array, subkeys: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, u32]>;
      /**
       * Kill some items from storage.
       **/
      killStorage: AugmentedSubmittable<(keys: Vec<Bytes> | (Bytes | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Bytes>]>;
      /**
       * Make some on-chain remark.
       * 
       * Can be executed by every `origin`.
       **/
      remark: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Make some on-chain remark and emit event.
       **/
      remarkWithEvent: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code.
       **/
      setCode: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code without doing any checks of the given `code`.
       * 
       * Note that runtime upgrades will not run if this is called with a not-increasing spec
       * version!
       **/
      setCodeWithoutChecks: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the number of pages in the WebAssembly environment's heap.
       **/
      setHeapPages: AugmentedSubmittable<(pages: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Set some items of storage.
       **/
      setStorage: AugmentedSubmittable<(items: Vec<ITuple<[Bytes, Bytes]>> | ([Bytes | string | Uint8Array, Bytes | string | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [Vec<ITuple<[Bytes, Bytes]>>]>;
    };
    timestamp: {
      /**
       * Set the current time.
       * 
       * This call should be invoked exactly once per block. It will panic at the finalization
       * phase, if this call hasn't been invoked by that time.
       * 
       * The timestamp should be greater than the previous one by the amount specified by
       * [`Config::MinimumPeriod`].
       * 
       * The dispatch origin for this call must be _None_.
       * 
       * This dispatch class is _Mandatory_ to ensure it gets executed in the block. Be aware
       * that changing the complexity of this call could result exhausting the resources in a
       * block to execute any other calls.
       * 
       * ## Complexity
       * - `O(1)` (Note that implementations of `OnTimestampSet` must also be `O(1)`)
       * - 1 storage read and 1 storage mutation (codec `O(1)` because of `DidUpdate::take` in
       * `on_finalize`)
       * - 1 event handler `on_timestamp_set`. Must be `O(1)`.
       **/
      set: AugmentedSubmittable<(now: Compact<u64> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u64>]>;
    };
  } // AugmentedSubmittables
} // declare module
