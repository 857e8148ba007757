// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/storage';

import type { ApiTypes, AugmentedQuery, QueryableStorageEntry } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { AnyNumber, ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, H256, Perbill } from '@polkadot/types/interfaces/runtime';
import type { DatdotPrimitivesCryptoPublic, DatdotPrimitivesRole, FrameSupportDispatchPerDispatchClassWeight, FrameSupportTokensFungibleImbalance, FrameSupportTokensMiscIdAmountRuntimeFreezeReason, FrameSupportTokensMiscIdAmountRuntimeHoldReason, FrameSystemAccountInfo, FrameSystemCodeUpgradeAuthorization, FrameSystemEventRecord, FrameSystemLastRuntimeUpgradeInfo, FrameSystemPhase, PalletAccountsProfile, PalletBalancesAccountData, PalletBalancesBalanceLock, PalletBalancesReserveData, PalletBenchmarksBenchmark, PalletBenchmarksMeasurement, PalletBenchmarksParams, PalletEscrowDispute, PalletEscrowEscrow, PalletGrandpaStoredPendingChange, PalletGrandpaStoredState, PalletHostingContract, PalletHostingRound, PalletHostingSetupCheck, PalletJobsJob, PalletJobsParams, PalletJobsTimeout, PalletPlansPlan, PalletPlansQueueEntry, PalletProofsChallenge, PalletProofsHosterAudit, PalletProofsLedgerEntry, PalletProofsParams, PalletProofsSlotBook, PalletReputationEvidence, PalletRolesRegistration, PalletTransactionPaymentReleases, SpConsensusBabeAppPublic, SpConsensusBabeBabeEpochConfiguration, SpConsensusBabeDigestsNextConfigDescriptor, SpConsensusBabeDigestsPreDigest, SpConsensusGrandpaAppPublic, SpRuntimeDigest, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';
import type { Observable } from '@polkadot/types/types';

export type __AugmentedQuery<ApiType extends ApiTypes> = AugmentedQuery<ApiType, () => unknown>;
export type __QueryableStorageEntry<ApiType extends ApiTypes> = QueryableStorageEntry<ApiType>;

declare module '@polkadot/api-base/types/storage' {
  interface AugmentedQueries<ApiType extends ApiTypes> {
    accounts: {
      /**
       * Reverse index: which account a given off-chain worker key belongs to. Lets the
       * runtime tell whose report an OCW signature is, and keeps keys unique.
       **/
      ocwKeyOwner: AugmentedQuery<ApiType, (arg: DatdotPrimitivesCryptoPublic | string | Uint8Array) => Observable<Option<AccountId32>>, [DatdotPrimitivesCryptoPublic]>;
      /**
       * Deposit held for each new profile.
       **/
      profileDeposit: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * Profiles by account.
       **/
      profiles: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletAccountsProfile>>, [AccountId32]>;
    };
    babe: {
      /**
       * Current epoch authorities.
       **/
      authorities: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[SpConsensusBabeAppPublic, u64]>>>, []>;
      /**
       * This field should always be populated during block processing unless
       * secondary plain slots are enabled (which don't contain a VRF output).
       * 
       * It is set in `on_finalize`, before it will contain the value from the last block.
       **/
      authorVrfRandomness: AugmentedQuery<ApiType, () => Observable<Option<U8aFixed>>, []>;
      /**
       * Current slot number.
       **/
      currentSlot: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The configuration for the current epoch. Should never be `None` as it is initialized in
       * genesis.
       **/
      epochConfig: AugmentedQuery<ApiType, () => Observable<Option<SpConsensusBabeBabeEpochConfiguration>>, []>;
      /**
       * Current epoch index.
       **/
      epochIndex: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The block numbers when the last and current epoch have started, respectively `N-1` and
       * `N`.
       * NOTE: We track this is in order to annotate the block number when a given pool of
       * entropy was fixed (i.e. it was known to chain observers). Since epochs are defined in
       * slots, which may be skipped, the block numbers may not line up with the slot numbers.
       **/
      epochStart: AugmentedQuery<ApiType, () => Observable<ITuple<[u32, u32]>>, []>;
      /**
       * The slot at which the first epoch actually started. This is 0
       * until the first block of the chain.
       **/
      genesisSlot: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * Temporary value (cleared at block finalization) which is `Some`
       * if per-block initialization has already been called for current block.
       **/
      initialized: AugmentedQuery<ApiType, () => Observable<Option<Option<SpConsensusBabeDigestsPreDigest>>>, []>;
      /**
       * How late the current block is compared to its parent.
       * 
       * This entry is populated as part of block execution and is cleaned up
       * on block finalization. Querying this storage entry outside of block
       * execution context should always yield zero.
       **/
      lateness: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Next epoch authorities.
       **/
      nextAuthorities: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[SpConsensusBabeAppPublic, u64]>>>, []>;
      /**
       * The configuration for the next epoch, `None` if the config will not change
       * (you can fallback to `EpochConfig` instead in that case).
       **/
      nextEpochConfig: AugmentedQuery<ApiType, () => Observable<Option<SpConsensusBabeBabeEpochConfiguration>>, []>;
      /**
       * Next epoch randomness.
       **/
      nextRandomness: AugmentedQuery<ApiType, () => Observable<U8aFixed>, []>;
      /**
       * Pending epoch configuration change that will be applied when the next epoch is enacted.
       **/
      pendingEpochConfigChange: AugmentedQuery<ApiType, () => Observable<Option<SpConsensusBabeDigestsNextConfigDescriptor>>, []>;
      /**
       * The epoch randomness for the *current* epoch.
       * 
       * # Security
       * 
       * This MUST NOT be used for gambling, as it can be influenced by a
       * malicious validator in the short term. It MAY be used in many
       * cryptographic protocols, however, so long as one remembers that this
       * (like everything else on-chain) it is public. For example, it can be
       * used where a number is needed that cannot have been chosen by an
       * adversary, for purposes such as public-coin zero-knowledge proofs.
       **/
      randomness: AugmentedQuery<ApiType, () => Observable<U8aFixed>, []>;
      /**
       * Randomness under construction.
       * 
       * We make a trade-off between storage accesses and list length.
       * We store the under-construction randomness in segments of up to
       * `UNDER_CONSTRUCTION_SEGMENT_LENGTH`.
       * 
       * Once a segment reaches this length, we begin the next one.
       * We reset all segments and return to `0` at the beginning of every
       * epoch.
       **/
      segmentIndex: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * A list of the last 100 skipped epochs and the corresponding session index
       * when the epoch was skipped.
       * 
       * This is only used for validating equivocation proofs. An equivocation proof
       * must contains a key-ownership proof for a given session, therefore we need a
       * way to tie together sessions and epoch indices, i.e. we need to validate that
       * a validator was the owner of a given key on a given session, and what the
       * active epoch index was during that session.
       **/
      skippedEpochs: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[u64, u32]>>>, []>;
      /**
       * TWOX-NOTE: `SegmentIndex` is an increasing integer, so this is okay.
       **/
      underConstruction: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Vec<U8aFixed>>, [u32]>;
    };
    balances: {
      /**
       * The Balances pallet example of storing the balance of an account.
       * 
       * # Example
       * 
       * ```nocompile
       * impl pallet_balances::Config for Runtime {
       * type AccountStore = StorageMapShim<Self::Account<Runtime>, frame_system::Provider<Runtime>, AccountId, Self::AccountData<Balance>>
       * }
       * ```
       * 
       * You can also store the balance of an account in the `System` pallet.
       * 
       * # Example
       * 
       * ```nocompile
       * impl pallet_balances::Config for Runtime {
       * type AccountStore = System
       * }
       * ```
       * 
       * But this comes with tradeoffs, storing account balances in the system pallet stores
       * `frame_system` data alongside the account data contrary to storing account balances in the
       * `Balances` pallet, which uses a `StorageMap` to store balances data only.
       * NOTE: This is only used in the case that this pallet is used to store balances.
       **/
      account: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<PalletBalancesAccountData>, [AccountId32]>;
      /**
       * Freeze locks on account balances.
       **/
      freezes: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<FrameSupportTokensMiscIdAmountRuntimeFreezeReason>>, [AccountId32]>;
      /**
       * Holds on account balances.
       **/
      holds: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<FrameSupportTokensMiscIdAmountRuntimeHoldReason>>, [AccountId32]>;
      /**
       * The total units of outstanding deactivated balance in the system.
       * 
       * This is not guaranteed to be less than or equal to [`TotalIssuance`]. Total issuance may be
       * reduced independently of this value, including while a reversible imbalance is outstanding.
       * Active issuance is therefore derived using saturating subtraction.
       **/
      inactiveIssuance: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * Any liquidity locks on some account balances.
       * NOTE: Should only be accessed when setting, changing and freeing a lock.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      locks: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<PalletBalancesBalanceLock>>, [AccountId32]>;
      /**
       * Named reserves on some account balances.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      reserves: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<PalletBalancesReserveData>>, [AccountId32]>;
      /**
       * The total units issued in the system.
       **/
      totalIssuance: AugmentedQuery<ApiType, () => Observable<u128>, []>;
    };
    benchmarks: {
      /**
       * The open benchmarks each attestor is named in and has not rated yet: what its
       * off-chain worker reads, instead of every open benchmark on chain.
       **/
      attestorBenchmarks: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: u64 | AnyNumber | Uint8Array) => Observable<Option<Null>>, [AccountId32, u64]>;
      /**
       * Benchmark deadlines by block.
       **/
      deadlines: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Vec<u64>>, [u32]>;
      /**
       * Hostings due for their periodic benchmark, by block.
       **/
      due: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u64, AccountId32]>>>, [u32]>;
      /**
       * Each hoster's last measured performance.
       **/
      lastMeasured: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletBenchmarksMeasurement>>, [AccountId32]>;
      /**
       * The id the next benchmark gets.
       **/
      nextBenchmarkId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * Open benchmarks.
       **/
      openBenchmarks: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletBenchmarksBenchmark>>, [u64]>;
      /**
       * The open benchmark of a hosting (contract, hoster): one at a time.
       **/
      openFor: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<u64>>, [u64, AccountId32]>;
      /**
       * The parameters.
       **/
      parameters: AugmentedQuery<ApiType, () => Observable<PalletBenchmarksParams>, []>;
      /**
       * The block of each benchmarked hosting's one entry in `Due`; removed when the
       * hosting ends.
       **/
      scheduled: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<u32>>, [u64, AccountId32]>;
    };
    circuitBreaker: {
      /**
       * Paused pallets.
       **/
      paused: AugmentedQuery<ApiType, (arg: Bytes | string | Uint8Array) => Observable<Option<Null>>, [Bytes]>;
    };
    escrow: {
      /**
       * Open disputes, by escrow.
       **/
      disputes: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletEscrowDispute>>, [u64]>;
      /**
       * Open escrows.
       **/
      escrows: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletEscrowEscrow>>, [u64]>;
      /**
       * The id the next escrow gets.
       **/
      nextEscrowId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The protocol fee taken from every payment, in basis points.
       **/
      protocolFee: AugmentedQuery<ApiType, () => Observable<u16>, []>;
    };
    grandpa: {
      /**
       * The current list of authorities.
       **/
      authorities: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>>, []>;
      /**
       * The number of changes (both in terms of keys and underlying economic responsibilities)
       * in the "set" of Grandpa validators from genesis.
       **/
      currentSetId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * next block number where we can force a change.
       **/
      nextForced: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Pending change: (signaled at, scheduled change).
       **/
      pendingChange: AugmentedQuery<ApiType, () => Observable<Option<PalletGrandpaStoredPendingChange>>, []>;
      /**
       * A mapping from grandpa set ID to the index of the *most recent* session for which its
       * members were responsible.
       * 
       * This is only used for validating equivocation proofs. An equivocation proof must
       * contains a key-ownership proof for a given session, therefore we need a way to tie
       * together sessions and GRANDPA set ids, i.e. we need to validate that a validator
       * was the owner of a given key on a given session, and what the active set ID was
       * during that session.
       * 
       * TWOX-NOTE: `SetId` is not under user control.
       **/
      setIdSession: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<u32>>, [u64]>;
      /**
       * `true` if we are currently stalled.
       **/
      stalled: AugmentedQuery<ApiType, () => Observable<Option<ITuple<[u32, u32]>>>, []>;
      /**
       * State of the current authority set.
       **/
      state: AugmentedQuery<ApiType, () => Observable<PalletGrandpaStoredState>, []>;
    };
    hosting: {
      /**
       * What an attestor earns per accepted report.
       **/
      attestorFee: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * The setup checks each attestor still owes, as (contract, hoster): what its
       * off-chain worker reads, instead of every pending setup on chain. An entry exists
       * exactly while the attestor is a checker of that pending setup and has not
       * reported.
       **/
      checkerSetups: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: ITuple<[u64, AccountId32]> | [u64 | AnyNumber | Uint8Array, AccountId32 | string | Uint8Array]) => Observable<Option<Null>>, [AccountId32, ITuple<[u64, AccountId32]>]>;
      /**
       * Contracts.
       **/
      contracts: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletHostingContract>>, [u64]>;
      /**
       * What is left, per started plan, of the part of its budget held for attestors'
       * fees. Fees are paid out of it only, so they never take what the hosters are paid;
       * once it is spent, further reports of the plan earn reputation but no fee.
       **/
      feesLeft: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<u128>, [u64]>;
      /**
       * Per hoster, the block by which it is counted to have fetched every setup given to
       * it so far (at `SetupFetchRate`): a new setup's fetching starts there, or now if
       * that is later. Written when a setup opens; an entry in the past means no backlog.
       **/
      fetchQueueEnd: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<u32>>, [AccountId32]>;
      /**
       * The contracts each hoster is on (confirmed or still setting up): what a hoster's
       * exit hands over, without scanning every contract.
       **/
      hosterContracts: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: u64 | AnyNumber | Uint8Array) => Observable<Option<Null>>, [AccountId32, u64]>;
      /**
       * Hosters that signed off and still hold contracts: `on_initialize` hands up to
       * `MaxTimeoutsPerBlock` of their contracts a block over to other hosters. Only
       * registered hosters (each with a stake) can be here.
       **/
      leaving: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<Null>>, [AccountId32]>;
      /**
       * The id the next contract gets.
       **/
      nextContractId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The id the next round gets.
       **/
      nextRoundId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The open rounds, oldest first: what the off-chain workers scan and the timeouts walk.
       **/
      openRounds: AugmentedQuery<ApiType, () => Observable<Vec<u64>>, []>;
      /**
       * Setups awaiting their attestors' checks: (contract, hoster) → the checkers,
       * their verdicts so far and the deadline.
       **/
      pendingSetups: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<PalletHostingSetupCheck>>, [u64, AccountId32]>;
      /**
       * The contracts of each running plan.
       **/
      planContracts: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Vec<u64>>, [u64]>;
      /**
       * Open rounds per plan, held to `MaxRoundsPerPlan`.
       **/
      planRounds: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<u32>, [u64]>;
      /**
       * The first place in `Releasing` still to release, and the next place to fill.
       **/
      releaseLine: AugmentedQuery<ApiType, () => Observable<ITuple<[u64, u64]>>, []>;
      /**
       * Ended plans whose contracts are still to be released, by their place in line:
       * ending a plan only queues it here, so what a block's hooks end does not grow with
       * the plans' sizes. `on_idle` releases them oldest first with the block's spare
       * weight, and `on_initialize` at least one contract a block, so the line always
       * moves. Until then an ended plan's hostings are neither matched, checked,
       * challenged nor paid (its plan is gone), and their hosters' capacity stays held.
       **/
      releasing: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<u64>>, [u64]>;
      /**
       * Identical reports per round: report hash → count.
       **/
      reportTally: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: H256 | string | Uint8Array) => Observable<u32>, [u64, H256]>;
      /**
       * Contracts whose matching is tried again at a block (`RetryDelay` after a round
       * found nobody or could not open), at most `MaxTimeoutsPerBlock` a block: each
       * retry opens a round, so the bound keeps the sweep's cost within its share (a
       * retry goes to the first of the next 32 blocks with room).
       **/
      retries: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Vec<u64>>, [u32]>;
      /**
       * The hosters drawn for each open round, among which the rank rule picks (apart from
       * `Rounds`, which the per-block sweep reads: only reports and workers read these).
       **/
      roundCandidates: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Vec<AccountId32>>, [u64]>;
      /**
       * The report each attestor sent in a round (its hash), so none counts twice.
       **/
      roundReports: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<H256>>, [u64, AccountId32]>;
      /**
       * Open matching rounds.
       **/
      rounds: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletHostingRound>>, [u64]>;
      /**
       * Setup deadlines by block, for the timeout sweep.
       **/
      setupDeadlines: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u64, AccountId32]>>>, [u32]>;
    };
    jobs: {
      /**
       * Disputed jobs by the escrow in dispute, until the arbiter settles.
       **/
      disputed: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<u64>>, [u64]>;
      /**
       * Live jobs.
       **/
      jobs: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletJobsJob>>, [u64]>;
      /**
       * The id the next job gets.
       **/
      nextJobId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The market's parameters.
       **/
      parameters: AugmentedQuery<ApiType, () => Observable<PalletJobsParams>, []>;
      /**
       * Whether the breaker paused the pallet at the last block's timeouts: the first
       * block after a pause still postpones them, so a worker or client whose call the
       * breaker refused has a whole block to send it.
       **/
      pausedLastBlock: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * Timeouts by block: deadlines, lapsing claims, closing challenge windows and
       * lapsing rating rights, each kind within its share of a block
       * (`Timeout::places`). Entries of jobs that moved on are skipped when their block
       * comes.
       **/
      timeouts: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u64, PalletJobsTimeout]>>>, [u32]>;
      /**
       * Completed jobs whose client has not rated the worker yet: job → (client, worker).
       * Each right lapses `RatingWindow` blocks after the job ended (a `Rating` timeout).
       **/
      unrated: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<ITuple<[AccountId32, AccountId32]>>>, [u64]>;
    };
    plans: {
      /**
       * Plans to end at each block.
       **/
      endings: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Vec<u64>>, [u32]>;
      /**
       * The id the next plan gets.
       **/
      nextPlanId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * Live plans per sponsor.
       **/
      planCount: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<u32>, [AccountId32]>;
      /**
       * Live plans.
       **/
      plans: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletPlansPlan>>, [u64]>;
      /**
       * Plans waiting for their start, in priority order (price down, then age up).
       **/
      queue: AugmentedQuery<ApiType, () => Observable<Vec<PalletPlansQueueEntry>>, []>;
      /**
       * Plans whose budget is spent: each ends at the next block with room in `Endings`
       * (its end moved there), with `EndReason::BudgetSpent`. Ending is deferred so that
       * the call that found the budget spent (a fee-less proof response) does not carry
       * the cost of ending a whole plan; `on_initialize` does, with its own weight.
       **/
      spent: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<Null>>, [u64]>;
    };
    proofsOfStorage: {
      /**
       * Each audited hoster's [`HosterAudit`]: present while it holds a confirmed
       * hosting, or has an open periodic challenge.
       **/
      audited: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletProofsHosterAudit>>, [AccountId32]>;
      /**
       * Open challenges.
       **/
      challenges: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletProofsChallenge>>, [u64]>;
      /**
       * Challenge deadlines by reading of the proof clock.
       **/
      deadlines: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Vec<u64>>, [u32]>;
      /**
       * Hosters due for their next audit, by block: each audited hoster is in here once,
       * at most one period ahead.
       **/
      due: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Vec<AccountId32>>, [u32]>;
      /**
       * What each hoster was paid for proven time, in total since it first was (after the
       * protocol fee): its earnings, on chain for its operator. Only added to, by each
       * settlement that pays; an account that was never paid has no entry.
       **/
      earned: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<u128>, [AccountId32]>;
      /**
       * Hosters that missed `max_faults` audits in a row: their hostings are being
       * repaired onto other hosters, a bounded number a block.
       **/
      evicting: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<Null>>, [AccountId32]>;
      /**
       * A hoster's freed slots, a stack: `(hoster, i)` for `i` in `0..free`.
       **/
      freeSlots: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Option<u32>>, [AccountId32, u32]>;
      /**
       * The last block that was congested: if it is the block before, the proof clock
       * stands still at this block's start. Other pallets read it too
       * ([`datdot_primitives::traits::Congestion`]): a duty whose window saw a congested
       * block punishes no silence.
       **/
      lastCongested: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Per confirmed hosting (contract, hoster): how far it is paid, its faults, its
       * slot in the size tree and its open extra challenge. Removed when the hosting
       * ends.
       **/
      ledger: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<PalletProofsLedgerEntry>>, [u64, AccountId32]>;
      /**
       * The id the next challenge gets.
       **/
      nextChallengeId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The open challenges of each hoster (its periodic one and the extra ones): what
       * its off-chain worker reads.
       **/
      openByHoster: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: u64 | AnyNumber | Uint8Array) => Observable<Option<Null>>, [AccountId32, u64]>;
      /**
       * Challenges whose deadline passed unanswered when the block had counted its
       * `MaxFaultsPerBlock` faults already, by place in line (each place one block's
       * leftovers, with the block their deadline passed in). Each still holds its
       * hosting's open challenge, so the hosting gets no new one until its fault is
       * counted; answers are refused (their deadline passed).
       **/
      overdue: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<ITuple<[u32, Vec<u64>]>>>, [u64]>;
      /**
       * The first place in `Overdue` still to count, and the next place to fill.
       **/
      overdueLine: AugmentedQuery<ApiType, () => Observable<ITuple<[u64, u64]>>, []>;
      /**
       * The parameters.
       **/
      parameters: AugmentedQuery<ApiType, () => Observable<PalletProofsParams>, []>;
      /**
       * The proof clock, which challenge deadlines are read on: it advances by one at the
       * start of each block, unless the block before was congested (it had no room left
       * for one more response, by weight or by length, in the normal class). A hoster's
       * window is thus `window` blocks in which its answer could have been included; a
       * hoster is never faulted because the chain was full. Equal to the block number
       * while no block has been congested.
       **/
      proofClock: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Per hoster, a Fenwick tree over the bytes of its confirmed hostings, a slot each
       * (`datdot_primitives::audit::SizeTree`, nodes `1..=HOLDING_SLOTS`, absent when
       * zero): drawing a chunk of all it keeps with every byte equally likely, in
       * O(log slots) reads.
       **/
      sizeNodes: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<u64>, [AccountId32, u32]>;
      /**
       * The hosting (contract) in each used slot of a hoster's size tree.
       **/
      slotContract: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Option<u64>>, [AccountId32, u32]>;
      /**
       * Each hoster's [`SlotBook`]; absent while it holds no slot.
       **/
      slots: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletProofsSlotBook>>, [AccountId32]>;
      /**
       * Where the settlement sweep (`on_idle`) goes on in the ledger: the last key it
       * visited.
       **/
      sweepCursor: AugmentedQuery<ApiType, () => Observable<Option<Bytes>>, []>;
    };
    reputation: {
      /**
       * Share of evidence kept per period.
       **/
      decay: AugmentedQuery<ApiType, () => Observable<Perbill>, []>;
      /**
       * Blocks per decay period.
       **/
      decayPeriod: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Evidence by account and role.
       **/
      scores: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: DatdotPrimitivesRole | 'Sponsor' | 'Hoster' | 'Attestor' | 'Worker' | number | Uint8Array) => Observable<Option<PalletReputationEvidence>>, [AccountId32, DatdotPrimitivesRole]>;
    };
    roles: {
      /**
       * How many accounts hold each role.
       **/
      memberCount: AugmentedQuery<ApiType, (arg: DatdotPrimitivesRole | 'Sponsor' | 'Hoster' | 'Attestor' | 'Worker' | number | Uint8Array) => Observable<u32>, [DatdotPrimitivesRole]>;
      /**
       * Minimum stake per provider role, set by governance (`DefaultMinStake` if unset).
       **/
      minStake: AugmentedQuery<ApiType, (arg: DatdotPrimitivesRole | 'Sponsor' | 'Hoster' | 'Attestor' | 'Worker' | number | Uint8Array) => Observable<Option<u128>>, [DatdotPrimitivesRole]>;
      /**
       * Registrations by account and role.
       **/
      registrations: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: DatdotPrimitivesRole | 'Sponsor' | 'Hoster' | 'Attestor' | 'Worker' | number | Uint8Array) => Observable<Option<PalletRolesRegistration>>, [AccountId32, DatdotPrimitivesRole]>;
      /**
       * The members of each role by dense index `0..MemberCount(role)`.
       **/
      roleMembers: AugmentedQuery<ApiType, (arg1: DatdotPrimitivesRole | 'Sponsor' | 'Hoster' | 'Attestor' | 'Worker' | number | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Option<AccountId32>>, [DatdotPrimitivesRole, u32]>;
    };
    sudo: {
      /**
       * The `AccountId` of the sudo key.
       **/
      key: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    system: {
      /**
       * The full account information for a particular account ID.
       **/
      account: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<FrameSystemAccountInfo>, [AccountId32]>;
      /**
       * `Some` if a code upgrade has been authorized.
       **/
      authorizedUpgrade: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemCodeUpgradeAuthorization>>, []>;
      /**
       * Map of block numbers to block hashes.
       **/
      blockHash: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<H256>, [u32]>;
      /**
       * Total size (in bytes) of the current block.
       * 
       * Tracks the size of the header and all extrinsics.
       **/
      blockSize: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Number of blocks till the pending code upgrade is applied.
       **/
      blocksTillUpgrade: AugmentedQuery<ApiType, () => Observable<Option<u8>>, []>;
      /**
       * The current weight for the block.
       **/
      blockWeight: AugmentedQuery<ApiType, () => Observable<FrameSupportDispatchPerDispatchClassWeight>, []>;
      /**
       * Digest of the current block, also part of the block header.
       **/
      digest: AugmentedQuery<ApiType, () => Observable<SpRuntimeDigest>, []>;
      /**
       * The number of events in the `Events<T>` list.
       **/
      eventCount: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Events deposited for the current block.
       * 
       * NOTE: The item is unbound and should therefore never be read on chain.
       * It could otherwise inflate the PoV size of a block.
       * 
       * Events have a large in-memory size. Box the events to not go out-of-memory
       * just in case someone still reads them from within the runtime.
       **/
      events: AugmentedQuery<ApiType, () => Observable<Vec<FrameSystemEventRecord>>, []>;
      /**
       * Mapping between a topic (represented by T::Hash) and a vector of indexes
       * of events in the `<Events<T>>` list.
       * 
       * All topic vectors have deterministic storage locations depending on the topic. This
       * allows light-clients to leverage the changes trie storage tracking mechanism and
       * in case of changes fetch the list of events of interest.
       * 
       * The value has the type `(BlockNumberFor<T>, EventIndex)` because if we used only just
       * the `EventIndex` then in case if the topic has the same contents on the next block
       * no notification will be triggered thus the event might be lost.
       **/
      eventTopics: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Vec<ITuple<[u32, u32]>>>, [H256]>;
      /**
       * The execution phase of the block.
       **/
      executionPhase: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemPhase>>, []>;
      /**
       * Total extrinsics count for the current block.
       **/
      extrinsicCount: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Extrinsics data for the current block (maps an extrinsic's index to its data).
       **/
      extrinsicData: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Bytes>, [u32]>;
      /**
       * The weight reclaimed for the extrinsic.
       * 
       * This information is available until the end of the extrinsic execution.
       * More precisely this information is removed in `note_applied_extrinsic`.
       * 
       * Logic doing some post dispatch weight reduction must update this storage to avoid duplicate
       * reduction.
       **/
      extrinsicWeightReclaimed: AugmentedQuery<ApiType, () => Observable<SpWeightsWeightV2Weight>, []>;
      /**
       * Whether all inherents have been applied.
       **/
      inherentsApplied: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * Stores the `spec_version` and `spec_name` of when the last runtime upgrade happened.
       **/
      lastRuntimeUpgrade: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemLastRuntimeUpgradeInfo>>, []>;
      /**
       * The current block number being processed. Set by `execute_block`.
       **/
      number: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Hash of the previous block.
       **/
      parentHash: AugmentedQuery<ApiType, () => Observable<H256>, []>;
      /**
       * True if we have upgraded so that AccountInfo contains three types of `RefCount`. False
       * (default) if not.
       **/
      upgradedToTripleRefCount: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * True if we have upgraded so that `type RefCount` is `u32`. False (default) if not.
       **/
      upgradedToU32RefCount: AugmentedQuery<ApiType, () => Observable<bool>, []>;
    };
    timestamp: {
      /**
       * Whether the timestamp has been updated in this block.
       * 
       * This value is updated to `true` upon successful submission of a timestamp by a node.
       * It is then checked at the end of each block execution in the `on_finalize` hook.
       **/
      didUpdate: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * The current time for the current block.
       **/
      now: AugmentedQuery<ApiType, () => Observable<u64>, []>;
    };
    transactionPayment: {
      nextFeeMultiplier: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      storageVersion: AugmentedQuery<ApiType, () => Observable<PalletTransactionPaymentReleases>, []>;
      /**
       * The `OnChargeTransaction` stores the withdrawn tx fee here.
       * 
       * Use `withdraw_txfee` and `remaining_txfee` to access from outside the crate.
       **/
      txPaymentCredit: AugmentedQuery<ApiType, () => Observable<Option<FrameSupportTokensFungibleImbalance>>, []>;
    };
  } // AugmentedQueries
} // declare module
