// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/consts';

import type { ApiTypes, AugmentedConst } from '@polkadot/api-base/types';
import type { u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { AccountId32, Perbill } from '@polkadot/types/interfaces/runtime';
import type { FrameSystemLimitsBlockLength, FrameSystemLimitsBlockWeights, PalletBenchmarksParams, PalletJobsParams, PalletProofsParams, SpVersionRuntimeVersion, SpWeightsRuntimeDbWeight } from '@polkadot/types/lookup';

export type __AugmentedConst<ApiType extends ApiTypes> = AugmentedConst<ApiType>;

declare module '@polkadot/api-base/types/consts' {
  interface AugmentedConsts<ApiType extends ApiTypes> {
    accounts: {
      /**
       * The profile deposit until governance sets another.
       **/
      defaultProfileDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Longest endpoint URL, in bytes. Bounds the profile's storage.
       **/
      maxEndpointLen: u32 & AugmentedConst<ApiType>;
    };
    babe: {
      /**
       * The amount of time, in slots, that each epoch should last.
       * NOTE: Currently it is not possible to change the epoch duration after
       * the chain has started. Attempting to do so will brick block production.
       **/
      epochDuration: u64 & AugmentedConst<ApiType>;
      /**
       * The expected average block time at which BABE should be creating
       * blocks. Since BABE is probabilistic it is not trivial to figure out
       * what the expected average block time should be based on the slot
       * duration and the security parameter `c` (where `1 - c` represents
       * the probability of a slot being empty).
       **/
      expectedBlockTime: u64 & AugmentedConst<ApiType>;
      /**
       * Max number of authorities allowed
       **/
      maxAuthorities: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of nominators for each validator.
       **/
      maxNominators: u32 & AugmentedConst<ApiType>;
    };
    balances: {
      /**
       * The minimum amount required to keep an account open. MUST BE GREATER THAN ZERO!
       * 
       * If you *really* need it to be zero, you can enable the feature `insecure_zero_ed` for
       * this pallet. However, you do so at your own risk: this will open up a major DoS vector.
       * In case you have multiple sources of provider references, you may also get unexpected
       * behaviour if you set this to zero.
       * 
       * Bottom line: Do yourself a favour and make it at least one!
       **/
      existentialDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The maximum number of individual freeze locks that can exist on an account at any time.
       **/
      maxFreezes: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of locks that should exist on an account.
       * Not strictly enforced, but used for weight estimation.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxLocks: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of named reserves that can exist on an account.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxReserves: u32 & AugmentedConst<ApiType>;
    };
    benchmarks: {
      /**
       * The parameters until governance sets others.
       **/
      defaultParams: PalletBenchmarksParams & AugmentedConst<ApiType>;
      /**
       * Most attestors one benchmark names.
       **/
      maxAttestors: u32 & AugmentedConst<ApiType>;
      /**
       * Most benchmarks opened (and most deadlines handled) in one block.
       **/
      maxPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Most chunks one benchmark times.
       **/
      maxSamples: u32 & AugmentedConst<ApiType>;
      /**
       * Where the fee of a requested benchmark goes.
       **/
      treasury: AccountId32 & AugmentedConst<ApiType>;
    };
    escrow: {
      /**
       * The protocol fee until governance sets another, in basis points.
       **/
      defaultProtocolFee: u16 & AugmentedConst<ApiType>;
      /**
       * Where protocol fees go.
       **/
      treasury: AccountId32 & AugmentedConst<ApiType>;
    };
    grandpa: {
      /**
       * Max Authorities in use
       **/
      maxAuthorities: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of nominators for each validator.
       **/
      maxNominators: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of entries to keep in the set id to session index mapping.
       * 
       * Since the `SetIdSession` map is only used for validating equivocations this
       * value should relate to the bonding duration of whatever staking system is
       * being used (if any). If equivocation handling is not enabled then this value
       * can be zero.
       **/
      maxSetIdSessionEntries: u64 & AugmentedConst<ApiType>;
    };
    hosting: {
      /**
       * Attestors drawn per matching round.
       **/
      attestorsPerMatch: u32 & AugmentedConst<ApiType>;
      /**
       * Chunks per contract.
       **/
      chunksPerContract: u32 & AugmentedConst<ApiType>;
      /**
       * The fee an attestor earns per accepted report until governance sets another.
       **/
      defaultAttestorFee: u128 & AugmentedConst<ApiType>;
      /**
       * Hosters the chain draws for a matching round (active ones, independently, with
       * at most twice as many tries): the candidates among which the rank rule picks.
       * A report must name exactly the first eligible candidates by rank, which the
       * runtime checks at a cost bounded by this number, so attestors cannot choose.
       **/
      matchCandidates: u32 & AugmentedConst<ApiType>;
      /**
       * Identical reports that apply a match.
       **/
      matchThreshold: u32 & AugmentedConst<ApiType>;
      /**
       * Most contracts one plan is cut into; bounds the work of starting a plan.
       **/
      maxContractsPerPlan: u32 & AugmentedConst<ApiType>;
      /**
       * Most hosters per contract (at least the plans' `MaxReplication`).
       **/
      maxHosters: u32 & AugmentedConst<ApiType>;
      /**
       * Most rounds open at once; bounds the per-block scan and the OCW's work.
       **/
      maxOpenRounds: u32 & AugmentedConst<ApiType>;
      /**
       * Most rounds one plan may have open at once: its share of `MaxOpenRounds`, so a
       * few plans (unmatchable ones included) cannot take every round and leave other
       * plans' contracts and repairs unmatched. A contract over the share waits for a
       * retry (`MatchingDeferred`).
       **/
      maxRoundsPerPlan: u32 & AugmentedConst<ApiType>;
      /**
       * Most timed-out rounds or setups handled in one block.
       **/
      maxTimeoutsPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Rounds in a row nobody answers before a contract's matching stops: a plan no
       * hoster can take (say, a minimum reputation above every hoster's) stops
       * costing rounds. The wait before each retry doubles meanwhile.
       **/
      maxUnansweredRounds: u32 & AugmentedConst<ApiType>;
      /**
       * Blocks a contract waits before matching is tried again when a round found no
       * hoster (no attestor reported) or could not open: an unmatchable plan costs the
       * chain one round per this many blocks, not one per `RoundTimeout`.
       **/
      retryDelay: u32 & AugmentedConst<ApiType>;
      /**
       * Blocks a round stays open before it is re-run with fresh attestors.
       **/
      roundTimeout: u32 & AugmentedConst<ApiType>;
      /**
       * Attestors that check each new hoster's setup (at most `MatchThreshold`, so
       * the agreeing attestors of a match always suffice): a setup is confirmed, or
       * repaired as the hoster's fault, only when all of them agree.
       **/
      setupCheckers: u32 & AugmentedConst<ApiType>;
      /**
       * Chunks a hoster is counted to fetch per block when a setup's window is set: a
       * new setup's window (and the time before which no checker may blame the hoster)
       * is pushed back by its backlog — this setup's chunks and those of the setups it
       * was given before and is still due to fetch — at this rate. Big contracts and
       * many at once thus never fault an honest hoster for the time fetching takes.
       **/
      setupFetchRate: u32 & AugmentedConst<ApiType>;
      /**
       * Blocks a hoster has to fetch its data before an unconfirmed setup is repaired,
       * beyond the time its backlog takes at `SetupFetchRate`.
       **/
      setupTimeout: u32 & AugmentedConst<ApiType>;
      /**
       * What an attestor loses of its stake for each duty it left unanswered that it
       * could have answered: a round another drawn attestor answered, or a setup check
       * whose deadline passed (never while the breaker refused reports).
       **/
      silenceSlash: Perbill & AugmentedConst<ApiType>;
    };
    jobs: {
      /**
       * The parameters until governance sets others.
       **/
      defaultParams: PalletJobsParams & AugmentedConst<ApiType>;
      /**
       * Most jobs one worker may hold (claimed, submitted or disputed) at once.
       **/
      maxClaimsPerWorker: u32 & AugmentedConst<ApiType>;
      /**
       * Most workers remembered as having failed one job.
       **/
      maxFailed: u32 & AugmentedConst<ApiType>;
      /**
       * How far a job's deadline may lie ahead, in blocks.
       **/
      maxJobDuration: u32 & AugmentedConst<ApiType>;
      /**
       * Most timeouts handled in one block.
       **/
      maxTimeoutsPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Blocks a client has to rate the worker of a completed job; the right then
       * lapses and leaves storage.
       **/
      ratingWindow: u32 & AugmentedConst<ApiType>;
    };
    plans: {
      /**
       * Largest chunk, bytes: a chunk travels in a proof transaction, so it must fit
       * comfortably in a block.
       **/
      maxChunkSize: u32 & AugmentedConst<ApiType>;
      /**
       * Most data sets in one plan.
       **/
      maxDatasets: u32 & AugmentedConst<ApiType>;
      /**
       * Most plans ending at one block: bounds the end-of-plan work per block (the
       * hosting side ends a plan at a cost that does not grow with its size).
       **/
      maxEndsPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Most plans one sponsor may have live.
       **/
      maxPlansPerSponsor: u32 & AugmentedConst<ApiType>;
      /**
       * Most plans waiting in the queue; bounds the queue's storage and the work of
       * reading it each block.
       **/
      maxQueue: u32 & AugmentedConst<ApiType>;
      /**
       * Most chunk ranges in one plan.
       **/
      maxRanges: u32 & AugmentedConst<ApiType>;
      /**
       * Most hosters per contract.
       **/
      maxReplication: u8 & AugmentedConst<ApiType>;
      /**
       * How far ahead of now a plan may start: the queue holds only plans due within
       * this many blocks, so plans with far-off starts cannot hold its `MaxQueue` places
       * for long (each place held also holds a budget and is bounded per sponsor).
       **/
      maxStartDelay: u32 & AugmentedConst<ApiType>;
      /**
       * Most plans started in one block.
       **/
      maxStartsPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Longest source URL, bytes.
       **/
      maxUrlLen: u32 & AugmentedConst<ApiType>;
    };
    proofsOfStorage: {
      /**
       * The parameters until governance sets others.
       **/
      defaultParams: PalletProofsParams & AugmentedConst<ApiType>;
      /**
       * Most hosters audited in one block (each a challenge of `indexes` pieces drawn
       * through its size tree), and most challenge deadlines in one block.
       **/
      maxChallengesPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Largest chunk of a data set, bytes: its segment tree is at most
       * `merkle::MAX_SEGMENT_DEPTH` deep.
       **/
      maxChunkSize: u32 & AugmentedConst<ApiType>;
      /**
       * Most missed deadlines counted as faults in one block (each slashes, records
       * reputation and may repair); the rest wait in `Overdue`, counted in the order
       * they fell due, as of their deadline, over the next blocks.
       **/
      maxFaultsPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Most chunks one challenge asks for (and one response proves).
       **/
      maxIndexes: u32 & AugmentedConst<ApiType>;
      /**
       * Where the fee of an extra challenge goes.
       **/
      treasury: AccountId32 & AugmentedConst<ApiType>;
    };
    reputation: {
      /**
       * Share of evidence kept per period until governance sets another.
       **/
      defaultDecay: Perbill & AugmentedConst<ApiType>;
      /**
       * Blocks per decay period until governance sets another.
       **/
      defaultDecayPeriod: u32 & AugmentedConst<ApiType>;
    };
    roles: {
      /**
       * Minimum stake of a provider role until governance sets another.
       **/
      defaultMinStake: u128 & AugmentedConst<ApiType>;
      /**
       * Most members one role may have; bounds the member index that random
       * selection draws from.
       **/
      maxMembersPerRole: u32 & AugmentedConst<ApiType>;
      /**
       * Where slashed stake goes.
       **/
      treasury: AccountId32 & AugmentedConst<ApiType>;
    };
    system: {
      /**
       * Maximum number of block number to block hash mappings to keep (oldest pruned first).
       **/
      blockHashCount: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum length of a block (in bytes).
       **/
      blockLength: FrameSystemLimitsBlockLength & AugmentedConst<ApiType>;
      /**
       * Block & extrinsics weights: base values and limits.
       **/
      blockWeights: FrameSystemLimitsBlockWeights & AugmentedConst<ApiType>;
      /**
       * The weight of runtime database operations the runtime can invoke.
       **/
      dbWeight: SpWeightsRuntimeDbWeight & AugmentedConst<ApiType>;
      /**
       * The designated SS58 prefix of this chain.
       * 
       * This replaces the "ss58Format" property declared in the chain spec. Reason is
       * that the runtime should know about the prefix in order to make use of it as
       * an identifier of the chain.
       **/
      ss58Prefix: u16 & AugmentedConst<ApiType>;
      /**
       * Get the chain's in-code version.
       **/
      version: SpVersionRuntimeVersion & AugmentedConst<ApiType>;
    };
    timestamp: {
      /**
       * The minimum period between blocks.
       * 
       * Be aware that this is different to the *expected* period that the block production
       * apparatus provides. Your chosen consensus system will generally work with this to
       * determine a sensible block time. For example, in the Aura pallet it will be double this
       * period on default settings.
       **/
      minimumPeriod: u64 & AugmentedConst<ApiType>;
    };
    transactionPayment: {
      /**
       * A fee multiplier for `Operational` extrinsics to compute "virtual tip" to boost their
       * `priority`
       * 
       * This value is multiplied by the `final_fee` to obtain a "virtual tip" that is later
       * added to a tip component in regular `priority` calculations.
       * It means that a `Normal` transaction can front-run a similarly-sized `Operational`
       * extrinsic (with no tip), by including a tip value greater than the virtual tip.
       * 
       * ```rust,ignore
       * // For `Normal`
       * let priority = priority_calc(tip);
       * 
       * // For `Operational`
       * let virtual_tip = (inclusion_fee + tip) * OperationalFeeMultiplier;
       * let priority = priority_calc(tip + virtual_tip);
       * ```
       * 
       * Note that since we use `final_fee` the multiplier applies also to the regular `tip`
       * sent with the transaction. So, not only does the transaction get a priority bump based
       * on the `inclusion_fee`, but we also amplify the impact of tips applied to `Operational`
       * transactions.
       **/
      operationalFeeMultiplier: u8 & AugmentedConst<ApiType>;
    };
  } // AugmentedConsts
} // declare module
