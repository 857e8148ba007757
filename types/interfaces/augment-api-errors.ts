// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/errors';

import type { ApiTypes, AugmentedError } from '@polkadot/api-base/types';

export type __AugmentedError<ApiType extends ApiTypes> = AugmentedError<ApiType>;

declare module '@polkadot/api-base/types/errors' {
  interface AugmentedErrors<ApiType extends ApiTypes> {
    accounts: {
      /**
       * The account already has a profile.
       **/
      AlreadyExists: AugmentedError<ApiType>;
      /**
       * The off-chain worker key's proof of possession does not verify for this
       * account on this chain.
       **/
      BadKeyProof: AugmentedError<ApiType>;
      /**
       * The account still hosts or attests a contract.
       **/
      ContractHeld: AugmentedError<ApiType>;
      /**
       * The endpoint is longer than `MaxEndpointLen`.
       **/
      EndpointTooLong: AugmentedError<ApiType>;
      /**
       * The free balance cannot cover the profile deposit.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The endpoint is not an `http://` or `https://` URL of printable ASCII.
       **/
      InvalidEndpoint: AugmentedError<ApiType>;
      /**
       * The region is not a geohash.
       **/
      InvalidRegion: AugmentedError<ApiType>;
      /**
       * The account still takes part in a job.
       **/
      JobHeld: AugmentedError<ApiType>;
      /**
       * The account has no profile.
       **/
      NotFound: AugmentedError<ApiType>;
      /**
       * An update that changes nothing.
       **/
      NothingToUpdate: AugmentedError<ApiType>;
      /**
       * Another account's profile already uses this off-chain worker key.
       **/
      OcwKeyInUse: AugmentedError<ApiType>;
      /**
       * The account still sponsors a plan.
       **/
      PlanHeld: AugmentedError<ApiType>;
      /**
       * The region is longer than a geohash can be (12).
       **/
      RegionTooLong: AugmentedError<ApiType>;
      /**
       * The account still holds a role.
       **/
      RoleHeld: AugmentedError<ApiType>;
    };
    babe: {
      /**
       * A given equivocation report is valid but already previously reported.
       **/
      DuplicateOffenceReport: AugmentedError<ApiType>;
      /**
       * Submitted configuration is invalid.
       **/
      InvalidConfiguration: AugmentedError<ApiType>;
      /**
       * An equivocation proof provided as part of an equivocation report is invalid.
       **/
      InvalidEquivocationProof: AugmentedError<ApiType>;
      /**
       * A key ownership proof provided as part of an equivocation report is invalid.
       **/
      InvalidKeyOwnershipProof: AugmentedError<ApiType>;
    };
    balances: {
      /**
       * Beneficiary account must pre-exist.
       **/
      DeadAccount: AugmentedError<ApiType>;
      /**
       * The delta cannot be zero.
       **/
      DeltaZero: AugmentedError<ApiType>;
      /**
       * Value too low to create account due to existential deposit.
       **/
      ExistentialDeposit: AugmentedError<ApiType>;
      /**
       * A vesting schedule already exists for this account.
       **/
      ExistingVestingSchedule: AugmentedError<ApiType>;
      /**
       * Transfer/payment would kill account.
       **/
      Expendability: AugmentedError<ApiType>;
      /**
       * Balance too low to send value.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The issuance cannot be modified since it is already deactivated.
       **/
      IssuanceDeactivated: AugmentedError<ApiType>;
      /**
       * Account liquidity restrictions prevent withdrawal.
       **/
      LiquidityRestrictions: AugmentedError<ApiType>;
      /**
       * Number of freezes exceed `MaxFreezes`.
       **/
      TooManyFreezes: AugmentedError<ApiType>;
      /**
       * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
       **/
      TooManyHolds: AugmentedError<ApiType>;
      /**
       * Number of named reserves exceed `MaxReserves`.
       **/
      TooManyReserves: AugmentedError<ApiType>;
      /**
       * Vesting balance too high to send value.
       **/
      VestingBalance: AugmentedError<ApiType>;
    };
    benchmarks: {
      /**
       * This hosting is being benchmarked already.
       **/
      AlreadyOpen: AugmentedError<ApiType>;
      /**
       * This attestor already rated this benchmark.
       **/
      AlreadyRated: AugmentedError<ApiType>;
      /**
       * The parameters are out of range.
       **/
      BadParams: AugmentedError<ApiType>;
      /**
       * The signature does not verify.
       **/
      BadSignature: AugmentedError<ApiType>;
      /**
       * No open benchmark has this id (it closed at its deadline or with its last
       * rating, or never existed).
       **/
      BenchmarkNotFound: AugmentedError<ApiType>;
      /**
       * The caller cannot pay the fee of a requested benchmark.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * No attestor other than the hoster is active.
       **/
      NoAttestors: AugmentedError<ApiType>;
      /**
       * `hoster` does not keep `contract` (or its setup is not confirmed).
       **/
      NoSuchHosting: AugmentedError<ApiType>;
      /**
       * The signing key is not one of the named attestors'.
       **/
      NotNamed: AugmentedError<ApiType>;
      /**
       * A counter would overflow.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * This block's benchmarks are full; try the next.
       **/
      TooManyBenchmarks: AugmentedError<ApiType>;
      /**
       * The report rates another benchmark than the one open under its id (it was
       * measured on another fork): nothing happens.
       **/
      WrongBenchmark: AugmentedError<ApiType>;
    };
    circuitBreaker: {
      /**
       * The pallet is paused already.
       **/
      AlreadyPaused: AugmentedError<ApiType>;
      /**
       * The pallet is not paused.
       **/
      NotPaused: AugmentedError<ApiType>;
      /**
       * No pallet of the runtime has this name.
       **/
      UnknownPallet: AugmentedError<ApiType>;
      /**
       * This pallet cannot be paused.
       **/
      Unpausable: AugmentedError<ApiType>;
    };
    escrow: {
      /**
       * No open escrow has this id.
       **/
      EscrowNotFound: AugmentedError<ApiType>;
      /**
       * A fee above 10,000 basis points.
       **/
      FeeTooHigh: AugmentedError<ApiType>;
      /**
       * The escrow is in dispute: only the arbiter's ruling pays it out.
       **/
      InDispute: AugmentedError<ApiType>;
      /**
       * The payer cannot cover the amount.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The escrow holds less than the payment.
       **/
      InsufficientEscrow: AugmentedError<ApiType>;
      /**
       * The escrow is not in dispute.
       **/
      NoDispute: AugmentedError<ApiType>;
      /**
       * The disputer is neither the payer nor the payee.
       **/
      NotAParty: AugmentedError<ApiType>;
      /**
       * The escrow counter would overflow.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * Nothing to hold or pay.
       **/
      ZeroAmount: AugmentedError<ApiType>;
    };
    grandpa: {
      /**
       * Attempt to signal GRANDPA change with one already pending.
       **/
      ChangePending: AugmentedError<ApiType>;
      /**
       * A given equivocation report is valid but already previously reported.
       **/
      DuplicateOffenceReport: AugmentedError<ApiType>;
      /**
       * An equivocation proof provided as part of an equivocation report is invalid.
       **/
      InvalidEquivocationProof: AugmentedError<ApiType>;
      /**
       * A key ownership proof provided as part of an equivocation report is invalid.
       **/
      InvalidKeyOwnershipProof: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA pause when the authority set isn't live
       * (either paused or already pending pause).
       **/
      PauseFailed: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA resume when the authority set isn't paused
       * (either live or already pending resume).
       **/
      ResumeFailed: AugmentedError<ApiType>;
      /**
       * Cannot signal forced change so soon after last.
       **/
      TooSoon: AugmentedError<ApiType>;
    };
    hosting: {
      /**
       * The reporter already reported in this round.
       **/
      AlreadyReported: AugmentedError<ApiType>;
      /**
       * The signature does not verify.
       **/
      BadSignature: AugmentedError<ApiType>;
      /**
       * No such contract.
       **/
      ContractNotFound: AugmentedError<ApiType>;
      /**
       * The report names a different number of hosters than wanted, or duplicates.
       **/
      MalformedReport: AugmentedError<ApiType>;
      /**
       * No setup of this hoster is awaiting this attestor's check.
       **/
      NoPendingSetup: AugmentedError<ApiType>;
      /**
       * The report does not name the first eligible of the round's candidates by the
       * rank rule (`RoundCandidates`, ranked by `rules::rank` with the round's seed).
       **/
      NotByRule: AugmentedError<ApiType>;
      /**
       * Too few attestors are registered to draw a round.
       **/
      NotEnoughAttestors: AugmentedError<ApiType>;
      /**
       * The reporter was not drawn for this round.
       **/
      NotSelected: AugmentedError<ApiType>;
      /**
       * A counter would overflow.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The plan is not running.
       **/
      PlanNotRunning: AugmentedError<ApiType>;
      /**
       * No such open round.
       **/
      RoundNotFound: AugmentedError<ApiType>;
      /**
       * A setup report that blames the hoster or the source before the hoster had
       * its time to fetch (`SetupCheck::fail_after`).
       **/
      TooEarly: AugmentedError<ApiType>;
      /**
       * The plan has more contracts than `MaxContractsPerPlan`.
       **/
      TooManyContracts: AugmentedError<ApiType>;
      /**
       * `MaxOpenRounds` rounds are open.
       **/
      TooManyRounds: AugmentedError<ApiType>;
      /**
       * The signing key belongs to no profile.
       **/
      UnknownKey: AugmentedError<ApiType>;
      /**
       * The setup report answers another setup of this hoster (its deadline differs).
       **/
      WrongSetup: AugmentedError<ApiType>;
    };
    jobs: {
      /**
       * This worker already failed this job.
       **/
      AlreadyFailed: AugmentedError<ApiType>;
      /**
       * The deadline is not ahead, or further than `MaxJobDuration`.
       **/
      BadDeadline: AugmentedError<ApiType>;
      /**
       * Zero windows, windows longer than `MaxJobDuration`, or a reputation above 1000.
       **/
      BadParams: AugmentedError<ApiType>;
      /**
       * A receipt must count at least one part, and no more done than there are.
       **/
      BadReceipt: AugmentedError<ApiType>;
      /**
       * A receipt signature does not verify.
       **/
      BadSignature: AugmentedError<ApiType>;
      /**
       * The deadline has passed.
       **/
      DeadlinePassed: AugmentedError<ApiType>;
      /**
       * The payer cannot cover the payment or the bond.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * No live job has this id.
       **/
      JobNotFound: AugmentedError<ApiType>;
      /**
       * The caller is not an active worker.
       **/
      NotAWorker: AugmentedError<ApiType>;
      /**
       * Only the job's client may do this.
       **/
      NotClient: AugmentedError<ApiType>;
      /**
       * The worker declares fewer resources than the job needs.
       **/
      NotEnoughResources: AugmentedError<ApiType>;
      /**
       * Only the job's worker may do this.
       **/
      NotWorker: AugmentedError<ApiType>;
      /**
       * A counter would overflow.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The client cannot work its own job.
       **/
      OwnJob: AugmentedError<ApiType>;
      /**
       * The payment is below the market's `min_payment`.
       **/
      PaymentTooLow: AugmentedError<ApiType>;
      /**
       * The worker's reputation is below the job's minimum.
       **/
      ReputationTooLow: AugmentedError<ApiType>;
      /**
       * No block near the wanted one has room for another timeout.
       **/
      ScheduleFull: AugmentedError<ApiType>;
      /**
       * Only workers of high reputation may claim this early.
       **/
      TooEarly: AugmentedError<ApiType>;
      /**
       * The worker already holds `MaxClaimsPerWorker` jobs.
       **/
      TooManyClaims: AugmentedError<ApiType>;
      /**
       * The challenge window has closed.
       **/
      WindowClosed: AugmentedError<ApiType>;
      /**
       * The job is not in the state this needs.
       **/
      WrongStatus: AugmentedError<ApiType>;
    };
    plans: {
      /**
       * The feed signature does not verify over the root and chunk count.
       **/
      BadFeedSignature: AugmentedError<ApiType>;
      /**
       * The plan's budget is spent; it ends at the next block.
       **/
      BudgetExhausted: AugmentedError<ApiType>;
      /**
       * The budget does not fit in a balance.
       **/
      BudgetOverflow: AugmentedError<ApiType>;
      /**
       * A chunk size above `MaxChunkSize`.
       **/
      ChunkTooLarge: AugmentedError<ApiType>;
      /**
       * A data set has no chunks or a zero chunk size.
       **/
      EmptyDataset: AugmentedError<ApiType>;
      /**
       * `MaxEndsPerBlock` plans end at that block already; pick another end.
       **/
      EndBlockFull: AugmentedError<ApiType>;
      /**
       * A started plan's price is fixed (its hosters are paid at it), and its ranges
       * may only grow: the new list must begin with the old one.
       **/
      FixedWhileHosted: AugmentedError<ApiType>;
      /**
       * The sponsor cannot cover the budget.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The end must come after the start, and after now.
       **/
      InvalidPeriod: AugmentedError<ApiType>;
      /**
       * A region is not a geohash.
       **/
      InvalidRegion: AugmentedError<ApiType>;
      /**
       * Replication must be between 1 and `MaxReplication`.
       **/
      InvalidReplication: AugmentedError<ApiType>;
      /**
       * A minimum reputation above 1000.
       **/
      InvalidReputation: AugmentedError<ApiType>;
      /**
       * A source URL that is not `http://` or `https://`.
       **/
      InvalidSource: AugmentedError<ApiType>;
      /**
       * A plan needs at least one data set.
       **/
      NoDatasets: AugmentedError<ApiType>;
      /**
       * A plan needs at least one non-empty range.
       **/
      NoRanges: AugmentedError<ApiType>;
      /**
       * The plan is not being hosted (queued or paused).
       **/
      NotActive: AugmentedError<ApiType>;
      /**
       * The caller does not hold the Sponsor role.
       **/
      NotASponsor: AugmentedError<ApiType>;
      /**
       * An update that changes nothing.
       **/
      NothingToUpdate: AugmentedError<ApiType>;
      /**
       * The plan is not paused.
       **/
      NotPaused: AugmentedError<ApiType>;
      /**
       * Only the plan's sponsor may do this.
       **/
      NotSponsor: AugmentedError<ApiType>;
      /**
       * A counter would overflow.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * No live plan has this id.
       **/
      PlanNotFound: AugmentedError<ApiType>;
      /**
       * The queue is full; try again later.
       **/
      QueueFull: AugmentedError<ApiType>;
      /**
       * A range names a data set the plan does not have, or chunks past its end.
       **/
      RangeOutOfBounds: AugmentedError<ApiType>;
      /**
       * The start lies more than `MaxStartDelay` blocks ahead; subscribe closer to it.
       **/
      StartTooFar: AugmentedError<ApiType>;
      /**
       * The ranges cut into more contracts than one plan may hold.
       **/
      TooManyContracts: AugmentedError<ApiType>;
      /**
       * The sponsor has `MaxPlansPerSponsor` live plans.
       **/
      TooManyPlans: AugmentedError<ApiType>;
      /**
       * A price of zero.
       **/
      ZeroPrice: AugmentedError<ApiType>;
    };
    proofsOfStorage: {
      /**
       * The hosting has an open challenge already; wait for its answer or deadline.
       **/
      AlreadyChallenged: AugmentedError<ApiType>;
      /**
       * The parameters are out of range.
       **/
      BadParams: AugmentedError<ApiType>;
      /**
       * The signature does not verify.
       **/
      BadSignature: AugmentedError<ApiType>;
      /**
       * No open challenge has this id.
       **/
      ChallengeNotFound: AugmentedError<ApiType>;
      /**
       * The caller cannot pay the fee of an extra challenge.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * `hoster` does not keep `contract` (or its setup is not confirmed).
       **/
      NoSuchHosting: AugmentedError<ApiType>;
      /**
       * The signing key is not the challenged hoster's.
       **/
      NotChallenged: AugmentedError<ApiType>;
      /**
       * A counter would overflow.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The plan is paused (or not running): its hostings are not challenged.
       **/
      PlanNotRunning: AugmentedError<ApiType>;
      /**
       * The challenge's deadline (a reading of the proof clock) has passed.
       **/
      TooLate: AugmentedError<ApiType>;
      /**
       * This block's challenges are full; try the next.
       **/
      TooManyChallenges: AugmentedError<ApiType>;
      /**
       * The response answers another challenge than the one open under its id (it
       * was worked out on another fork): nothing happens, the hoster answers again.
       **/
      WrongChallenge: AugmentedError<ApiType>;
    };
    reputation: {
      /**
       * Ratings are 1 to 5 stars.
       **/
      BadStars: AugmentedError<ApiType>;
      /**
       * A decay period of zero blocks.
       **/
      ZeroPeriod: AugmentedError<ApiType>;
    };
    roles: {
      /**
       * The account already holds this role.
       **/
      AlreadyRegistered: AugmentedError<ApiType>;
      /**
       * The declared storage is below what the provider's contracts use now.
       **/
      BelowUsedStorage: AugmentedError<ApiType>;
      /**
       * The provider has not enough free declared storage.
       **/
      CapacityExceeded: AugmentedError<ApiType>;
      /**
       * The role still has open duties; sign off and wait for them to be repaired.
       **/
      DutiesOpen: AugmentedError<ApiType>;
      /**
       * The free balance cannot cover the stake.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * A declared region is not a geohash.
       **/
      InvalidRegion: AugmentedError<ApiType>;
      /**
       * An availability window is empty or outside the day.
       **/
      InvalidTimetable: AugmentedError<ApiType>;
      /**
       * The account has no profile (create one with `Accounts::create` first).
       **/
      NoProfile: AugmentedError<ApiType>;
      /**
       * A provider must offer some resources.
       **/
      NoResources: AugmentedError<ApiType>;
      /**
       * Only provider roles (Hoster, Attestor, Worker) have a status or a stake.
       **/
      NotAProvider: AugmentedError<ApiType>;
      /**
       * The provider is not available for new work.
       **/
      NotAvailable: AugmentedError<ApiType>;
      /**
       * The account does not hold this role.
       **/
      NotRegistered: AugmentedError<ApiType>;
      /**
       * A counter would overflow.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * A sponsor bonds no stake.
       **/
      StakeNotAllowed: AugmentedError<ApiType>;
      /**
       * The stake is below the role's minimum.
       **/
      StakeTooLow: AugmentedError<ApiType>;
      /**
       * The status is already the requested one.
       **/
      StatusUnchanged: AugmentedError<ApiType>;
      /**
       * The role has `MaxMembersPerRole` members already.
       **/
      TooManyMembers: AugmentedError<ApiType>;
    };
    sudo: {
      /**
       * Sender must be the Sudo account.
       **/
      RequireSudo: AugmentedError<ApiType>;
    };
    system: {
      /**
       * The origin filter prevent the call to be dispatched.
       **/
      CallFiltered: AugmentedError<ApiType>;
      /**
       * Failed to extract the runtime version from the new runtime.
       * 
       * Either calling `Core_version` or decoding `RuntimeVersion` failed.
       **/
      FailedToExtractRuntimeVersion: AugmentedError<ApiType>;
      /**
       * The name of specification does not match between the current runtime
       * and the new runtime.
       **/
      InvalidSpecName: AugmentedError<ApiType>;
      /**
       * A multi-block migration is ongoing and prevents the current code from being replaced.
       **/
      MultiBlockMigrationsOngoing: AugmentedError<ApiType>;
      /**
       * Suicide called when the account has non-default composite data.
       **/
      NonDefaultComposite: AugmentedError<ApiType>;
      /**
       * There is a non-zero reference count preventing the account from being purged.
       **/
      NonZeroRefCount: AugmentedError<ApiType>;
      /**
       * No upgrade authorized.
       **/
      NothingAuthorized: AugmentedError<ApiType>;
      /**
       * The specification version is not allowed to decrease between the current runtime
       * and the new runtime.
       **/
      SpecVersionNeedsToIncrease: AugmentedError<ApiType>;
      /**
       * The submitted code is not authorized.
       **/
      Unauthorized: AugmentedError<ApiType>;
    };
  } // AugmentedErrors
} // declare module
