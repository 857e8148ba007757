// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/events';

import type { ApiTypes, AugmentedEvent } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, H256, Perbill } from '@polkadot/types/interfaces/runtime';
import type { DatdotPrimitivesProviderStatus, DatdotPrimitivesRole, DatdotRuntimeRuntimeHoldReason, FrameSupportTokensMiscBalanceStatus, FrameSystemDispatchEventInfo, PalletBalancesUnexpectedKind, PalletBenchmarksParams, PalletBenchmarksRating, PalletJobsCompletion, PalletJobsParams, PalletPlansEndReason, PalletProofsParams, PalletProofsPiece, SpConsensusGrandpaAppPublic, SpRuntimeDispatchError } from '@polkadot/types/lookup';

export type __AugmentedEvent<ApiType extends ApiTypes> = AugmentedEvent<ApiType>;

declare module '@polkadot/api-base/types/events' {
  interface AugmentedEvents<ApiType extends ApiTypes> {
    accounts: {
      /**
       * A profile was created and its deposit held.
       **/
      AccountCreated: AugmentedEvent<ApiType, [who: AccountId32, deposit: u128], { who: AccountId32, deposit: u128 }>;
      /**
       * A profile was removed and its deposit released.
       **/
      AccountDeleted: AugmentedEvent<ApiType, [who: AccountId32, deposit: u128], { who: AccountId32, deposit: u128 }>;
      /**
       * A profile was changed.
       **/
      AccountUpdated: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * The deposit for new profiles changed.
       **/
      ProfileDepositSet: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
    };
    balances: {
      /**
       * A balance was set by root.
       **/
      BalanceSet: AugmentedEvent<ApiType, [who: AccountId32, free: u128], { who: AccountId32, free: u128 }>;
      /**
       * Some amount was burned from an account.
       **/
      Burned: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some debt has been dropped from the Total Issuance.
       **/
      BurnedDebt: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Held balance was burned from an account.
       **/
      BurnedHeld: AugmentedEvent<ApiType, [reason: DatdotRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: DatdotRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Some amount was deposited (e.g. for transaction fees).
       **/
      Deposit: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was removed whose balance was non-zero but below ExistentialDeposit,
       * resulting in an outright loss.
       **/
      DustLost: AugmentedEvent<ApiType, [account: AccountId32, amount: u128], { account: AccountId32, amount: u128 }>;
      /**
       * An account was created with some free balance.
       **/
      Endowed: AugmentedEvent<ApiType, [account: AccountId32, freeBalance: u128], { account: AccountId32, freeBalance: u128 }>;
      /**
       * Some balance was frozen.
       **/
      Frozen: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was placed on hold.
       **/
      Held: AugmentedEvent<ApiType, [reason: DatdotRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: DatdotRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was increased by `amount`, creating a credit to be balanced.
       **/
      Issued: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was locked.
       **/
      Locked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was minted into an account.
       **/
      Minted: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some credit was balanced and added to the TotalIssuance.
       **/
      MintedCredit: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was released from hold.
       **/
      Released: AugmentedEvent<ApiType, [reason: DatdotRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: DatdotRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was decreased by `amount`, creating a debt to be balanced.
       **/
      Rescinded: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was reserved (moved from free to reserved).
       **/
      Reserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was moved from the reserve of the first account to the second account.
       * Final argument indicates the destination balance type.
       **/
      ReserveRepatriated: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus], { from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus }>;
      /**
       * Some amount was restored into an account.
       **/
      Restored: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was removed from the account (e.g. for misbehavior).
       **/
      Slashed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was suspended from an account (it can be restored later).
       **/
      Suspended: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was thawed.
       **/
      Thawed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * The `TotalIssuance` was forcefully changed.
       **/
      TotalIssuanceForced: AugmentedEvent<ApiType, [old: u128, new_: u128], { old: u128, new_: u128 }>;
      /**
       * Transfer succeeded.
       **/
      Transfer: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128], { from: AccountId32, to: AccountId32, amount: u128 }>;
      /**
       * The `transferred` balance is placed on hold at the `dest` account.
       **/
      TransferAndHold: AugmentedEvent<ApiType, [reason: DatdotRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128], { reason: DatdotRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128 }>;
      /**
       * A transfer of `amount` on hold from `source` to `dest` was initiated.
       **/
      TransferOnHold: AugmentedEvent<ApiType, [reason: DatdotRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128], { reason: DatdotRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128 }>;
      /**
       * An unexpected/defensive event was triggered.
       **/
      Unexpected: AugmentedEvent<ApiType, [PalletBalancesUnexpectedKind]>;
      /**
       * Some balance was unlocked.
       **/
      Unlocked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was unreserved (moved from reserved to free).
       **/
      Unreserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was upgraded.
       **/
      Upgraded: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Some amount was withdrawn from the account (e.g. for transaction fees).
       **/
      Withdraw: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
    };
    benchmarks: {
      /**
       * The benchmark closed early because its hosting ended: nothing is recorded for
       * the hoster or the attestors.
       **/
      BenchmarkClosed: AugmentedEvent<ApiType, [benchmark: u64], { benchmark: u64 }>;
      /**
       * The benchmark closed without any rating: nothing is recorded for the hoster.
       **/
      BenchmarkLapsed: AugmentedEvent<ApiType, [benchmark: u64], { benchmark: u64 }>;
      /**
       * The parameters changed.
       **/
      ParamsSet: AugmentedEvent<ApiType, [params: PalletBenchmarksParams], { params: PalletBenchmarksParams }>;
      /**
       * The benchmark closed: the median of `ratings` ratings went into the hoster's
       * reputation; `meets` tells whether it met the plan's requirements.
       **/
      PerformanceMeasured: AugmentedEvent<ApiType, [benchmark: u64, hoster: AccountId32, contract: u64, median: PalletBenchmarksRating, ratings: u32, meets: bool], { benchmark: u64, hoster: AccountId32, contract: u64, median: PalletBenchmarksRating, ratings: u32, meets: bool }>;
      /**
       * Provide a performance benchmark: `attestors` fetch the chunks `indexes` of
       * `contract` from `hoster`'s endpoint, time them and answer by `deadline` (SPEC
       * provide-performance-benchmark).
       **/
      ProvidePerformanceBenchmark: AugmentedEvent<ApiType, [benchmark: u64, hoster: AccountId32, contract: u64, attestors: Vec<AccountId32>, indexes: Vec<u32>, deadline: u32], { benchmark: u64, hoster: AccountId32, contract: u64, attestors: Vec<AccountId32>, indexes: Vec<u32>, deadline: u32 }>;
      /**
       * An attestor's rating arrived.
       **/
      Rated: AugmentedEvent<ApiType, [benchmark: u64, attestor: AccountId32, rating: PalletBenchmarksRating], { benchmark: u64, attestor: AccountId32, rating: PalletBenchmarksRating }>;
    };
    circuitBreaker: {
      /**
       * Every call of the pallet is refused until it is resumed.
       **/
      PalletPaused: AugmentedEvent<ApiType, [pallet: Bytes], { pallet: Bytes }>;
      /**
       * The pallet's calls work again.
       **/
      PalletResumed: AugmentedEvent<ApiType, [pallet: Bytes], { pallet: Bytes }>;
    };
    escrow: {
      /**
       * An escrow is in dispute until the arbiter rules.
       **/
      DisputeOpened: AugmentedEvent<ApiType, [id: u64, disputer: AccountId32, payee: AccountId32, bond: u128], { id: u64, disputer: AccountId32, payee: AccountId32, bond: u128 }>;
      /**
       * The arbiter split the escrow; it is closed.
       **/
      DisputeResolved: AugmentedEvent<ApiType, [id: u64, payeeShare: Perbill, paid: u128, refunded: u128, bondSlashed: u128], { id: u64, payeeShare: Perbill, paid: u128, refunded: u128, bondSlashed: u128 }>;
      /**
       * Funds were put in escrow.
       **/
      Opened: AugmentedEvent<ApiType, [id: u64, payer: AccountId32, amount: u128], { id: u64, payer: AccountId32, amount: u128 }>;
      /**
       * A payment left an escrow.
       **/
      Paid: AugmentedEvent<ApiType, [id: u64, payee: AccountId32, amount: u128, fee: u128], { id: u64, payee: AccountId32, amount: u128, fee: u128 }>;
      /**
       * The protocol fee changed.
       **/
      ProtocolFeeSet: AugmentedEvent<ApiType, [bps: u16], { bps: u16 }>;
      /**
       * What was left went back to the payer; the escrow is closed.
       **/
      Refunded: AugmentedEvent<ApiType, [id: u64, payer: AccountId32, amount: u128], { id: u64, payer: AccountId32, amount: u128 }>;
      /**
       * An escrow grew.
       **/
      ToppedUp: AugmentedEvent<ApiType, [id: u64, funder: AccountId32, amount: u128], { id: u64, funder: AccountId32, amount: u128 }>;
    };
    grandpa: {
      /**
       * New authority set has been applied.
       **/
      NewAuthorities: AugmentedEvent<ApiType, [authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>], { authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>> }>;
      /**
       * Current authority set has been paused.
       **/
      Paused: AugmentedEvent<ApiType, []>;
      /**
       * Current authority set has been resumed.
       **/
      Resumed: AugmentedEvent<ApiType, []>;
    };
    hosting: {
      /**
       * The attestor fee changed.
       **/
      AttestorFeeSet: AugmentedEvent<ApiType, [fee: u128], { fee: u128 }>;
      /**
       * A drawn attestor left a round or a setup check unanswered that it could have
       * answered: its reputation fell and `SilenceSlash` of its stake went.
       **/
      AttestorSilent: AugmentedEvent<ApiType, [attestor: AccountId32], { attestor: AccountId32 }>;
      /**
       * End hosting: the hosters stop serving the contract and delete its data.
       **/
      EndHosting: AugmentedEvent<ApiType, [plan: u64, contract: u64, hosters: Vec<AccountId32>], { plan: u64, contract: u64, hosters: Vec<AccountId32> }>;
      /**
       * A hoster that signed off holds no contract any more: it may unregister.
       **/
      HosterLeft: AugmentedEvent<ApiType, [hoster: AccountId32], { hoster: AccountId32 }>;
      /**
       * Every checking attestor confirmed that a hoster serves the contract.
       **/
      HostingConfirmed: AugmentedEvent<ApiType, [contract: u64, hoster: AccountId32], { contract: u64, hoster: AccountId32 }>;
      /**
       * No hoster could be matched to the contract now (no attestor found an eligible
       * one, or no round could open): matching is tried again at `retry_at`.
       **/
      MatchingDeferred: AugmentedEvent<ApiType, [contract: u64, retryAt: u32], { contract: u64, retryAt: u32 }>;
      /**
       * Attestors were drawn to match hosters to a contract.
       **/
      MatchingRoundOpened: AugmentedEvent<ApiType, [round: u64, contract: u64, attestors: Vec<AccountId32>, seed: U8aFixed, deadline: u32], { round: u64, contract: u64, attestors: Vec<AccountId32>, seed: U8aFixed, deadline: u32 }>;
      /**
       * Nobody answered `MaxUnansweredRounds` rounds in a row for the contract (or no
       * block near had room for its retry): its matching stops. Its share of the
       * budget is not spent; a plan update that still wants hosters for it tries again.
       **/
      MatchingStopped: AugmentedEvent<ApiType, [plan: u64, contract: u64], { plan: u64, contract: u64 }>;
      /**
       * An attestor's match was counted.
       **/
      MatchReported: AugmentedEvent<ApiType, [round: u64, attestor: AccountId32], { round: u64, attestor: AccountId32 }>;
      /**
       * Repair hosting: `failed` no longer keeps the contract and a new matching
       * round looks for a replacement.
       **/
      RepairHosting: AugmentedEvent<ApiType, [plan: u64, contract: u64, failed: AccountId32], { plan: u64, contract: u64, failed: AccountId32 }>;
      /**
       * A round closed without enough identical reports; it is re-run.
       **/
      RoundExpired: AugmentedEvent<ApiType, [round: u64, contract: u64], { round: u64, contract: u64 }>;
      /**
       * A setup's checkers disagreed, or not all of them reported by the deadline: the
       * hosting is handed over to another hoster without a fault of the hoster's
       * (`RepairHosting` follows); a checker that stayed silent loses reputation.
       **/
      SetupUndecided: AugmentedEvent<ApiType, [contract: u64, hoster: AccountId32], { contract: u64, hoster: AccountId32 }>;
      /**
       * The setup checkers found the plan's source serving a chunk of the contract
       * longer than the plan declares: the hoster was released without fault, and
       * the contract's matching stopped (the data breaks the plan's terms).
       **/
      SourceOversized: AugmentedEvent<ApiType, [plan: u64, contract: u64, hoster: AccountId32], { plan: u64, contract: u64, hoster: AccountId32 }>;
      /**
       * The setup checkers found that neither the hoster nor the plan's source serves a
       * chunk of the contract, and no confirmed hoster held it: the hoster could not
       * have fetched it, so it was released without fault, and the contract's matching
       * stopped until the sponsor updates the plan (its source fixed).
       **/
      SourceUnavailable: AugmentedEvent<ApiType, [plan: u64, contract: u64, hoster: AccountId32], { plan: u64, contract: u64, hoster: AccountId32 }>;
      /**
       * Start hosting: the hosters fetch the contract's chunks, verify and serve them.
       **/
      StartHosting: AugmentedEvent<ApiType, [plan: u64, contract: u64, hosters: Vec<AccountId32>, attestors: Vec<AccountId32>], { plan: u64, contract: u64, hosters: Vec<AccountId32>, attestors: Vec<AccountId32> }>;
    };
    jobs: {
      /**
       * A worker's claim lapsed: it loses reputation and stake; the job reopens.
       **/
      ClaimLapsed: AugmentedEvent<ApiType, [job: u64, worker: AccountId32], { job: u64, worker: AccountId32 }>;
      /**
       * The client cancelled an unclaimed job; the payment went back.
       **/
      JobCancelled: AugmentedEvent<ApiType, [job: u64, refunded: u128], { job: u64, refunded: u128 }>;
      /**
       * A worker claimed a job.
       **/
      JobClaimed: AugmentedEvent<ApiType, [job: u64, worker: AccountId32, until: u32], { job: u64, worker: AccountId32, until: u32 }>;
      /**
       * A job was paid out and ended.
       **/
      JobCompleted: AugmentedEvent<ApiType, [job: u64, worker: AccountId32, paid: u128, refunded: u128, how: PalletJobsCompletion], { job: u64, worker: AccountId32, paid: u128, refunded: u128, how: PalletJobsCompletion }>;
      /**
       * The client disputed a result and put up a bond.
       **/
      JobDisputed: AugmentedEvent<ApiType, [job: u64, bond: u128], { job: u64, bond: u128 }>;
      /**
       * The deadline passed without a result; the payment went back.
       **/
      JobExpired: AugmentedEvent<ApiType, [job: u64, refunded: u128], { job: u64, refunded: u128 }>;
      /**
       * A job was posted and its payment held.
       **/
      JobPosted: AugmentedEvent<ApiType, [job: u64, client: AccountId32, payment: u128, deadline: u32], { job: u64, client: AccountId32, payment: u128, deadline: u32 }>;
      /**
       * The parameters changed.
       **/
      ParamsSet: AugmentedEvent<ApiType, [params: PalletJobsParams], { params: PalletJobsParams }>;
      /**
       * A worker submitted a result.
       **/
      ResultSubmitted: AugmentedEvent<ApiType, [job: u64, worker: AccountId32, result: U8aFixed, acceptAt: u32], { job: u64, worker: AccountId32, result: U8aFixed, acceptAt: u32 }>;
      /**
       * The circuit breaker pauses the pallet: a timeout due now (a claim's lapse, the
       * deadline or the end of the challenge window) moved to a block after the pause.
       **/
      TimeoutPostponed: AugmentedEvent<ApiType, [job: u64, until: u32], { job: u64, until: u32 }>;
    };
    plans: {
      /**
       * End the plan: its hosters stop and delete the data; what is left of the
       * budget went back to the sponsor.
       **/
      EndPlan: AugmentedEvent<ApiType, [plan: u64, reason: PalletPlansEndReason, refund: u128], { plan: u64, reason: PalletPlansEndReason, refund: u128 }>;
      /**
       * Pause the plan: its hostings are neither paid nor challenged.
       **/
      PausePlan: AugmentedEvent<ApiType, [plan: u64], { plan: u64 }>;
      /**
       * The plan's start came: its hosting is being set up.
       **/
      PlanStarted: AugmentedEvent<ApiType, [plan: u64], { plan: u64 }>;
      /**
       * A plan was ordered and its budget held; it waits in the queue for its start.
       **/
      PlanSubscribed: AugmentedEvent<ApiType, [plan: u64, sponsor: AccountId32, budget: u128, fees: u128], { plan: u64, sponsor: AccountId32, budget: u128, fees: u128 }>;
      /**
       * A plan's terms changed and its budget was adjusted.
       **/
      PlanUpdated: AugmentedEvent<ApiType, [plan: u64, budget: u128], { plan: u64, budget: u128 }>;
      /**
       * Resume the plan.
       **/
      ResumePlan: AugmentedEvent<ApiType, [plan: u64], { plan: u64 }>;
    };
    proofsOfStorage: {
      /**
       * A hoster missed its periodic audit: none of its hostings is paid for the time
       * since its last audit, its reputation goes down and its stake is slashed by
       * the step's share times the share of its declared storage its hostings hold.
       * After `max_faults` in a row, all its hostings are repaired onto others.
       **/
      AuditMissed: AugmentedEvent<ApiType, [challenge: u64, hoster: AccountId32, faults: u32], { challenge: u64, hoster: AccountId32, faults: u32 }>;
      /**
       * A challenge closed unanswered without a fault: its hostings ended, or the
       * breaker paused responses, before the deadline.
       **/
      ChallengeClosed: AugmentedEvent<ApiType, [challenge: u64, hoster: AccountId32], { challenge: u64, hoster: AccountId32 }>;
      /**
       * The block before this one had no room left for a response: the proof clock
       * stood still, so every open challenge has one more block to be answered in.
       **/
      ClockHeld: AugmentedEvent<ApiType, [clock: u32], { clock: u32 }>;
      /**
       * A wrong piece of a hosting, or a failed extra challenge of it: reputation down
       * and part of the stake slashed (the step's share of the stake, times the
       * contract's share of the hoster's declared storage).
       **/
      Fault: AugmentedEvent<ApiType, [challenge: u64, hoster: AccountId32, contract: u64, faults: u32], { challenge: u64, hoster: AccountId32, contract: u64, faults: u32 }>;
      /**
       * A hosting was settled: paid for the proven time since it last was, paused
       * time excluded, never more than its plan's escrow holds.
       **/
      Paid: AugmentedEvent<ApiType, [contract: u64, hoster: AccountId32, blocks: u64, paid: u128], { contract: u64, hoster: AccountId32, blocks: u64, paid: u128 }>;
      /**
       * The parameters changed.
       **/
      ParamsSet: AugmentedEvent<ApiType, [params: PalletProofsParams], { params: PalletProofsParams }>;
      /**
       * Every proof verified. A periodic challenge's proves all the hoster keeps
       * since its last audit: its hostings are paid for that time when they are next
       * settled (`Paid`).
       **/
      ProofAccepted: AugmentedEvent<ApiType, [challenge: u64, hoster: AccountId32], { challenge: u64, hoster: AccountId32 }>;
      /**
       * Provide a proof of storage: `hoster` must prove `pieces` by `deadline` (SPEC
       * provide-proof-of-storage). A periodic challenge draws them across all the
       * hoster keeps; an extra one (`request`) from one contract.
       **/
      ProvideProofOfStorage: AugmentedEvent<ApiType, [challenge: u64, hoster: AccountId32, pieces: Vec<PalletProofsPiece>, deadline: u32], { challenge: u64, hoster: AccountId32, pieces: Vec<PalletProofsPiece>, deadline: u32 }>;
      /**
       * An extra challenge failed within a period of the hosting's last counted fault:
       * the time since the last settlement is closed unpaid, but the fault is not
       * counted or slashed again.
       **/
      RepeatFault: AugmentedEvent<ApiType, [challenge: u64, hoster: AccountId32, contract: u64], { challenge: u64, hoster: AccountId32, contract: u64 }>;
    };
    reputation: {
      /**
       * The decay changed.
       **/
      DecaySet: AugmentedEvent<ApiType, [period: u32, decay: Perbill], { period: u32, decay: Perbill }>;
      /**
       * A client rated the worker of a job.
       **/
      Rated: AugmentedEvent<ApiType, [job: u64, worker: AccountId32, stars: u8], { job: u64, worker: AccountId32, stars: u8 }>;
      /**
       * An outcome changed a score.
       **/
      ReputationChanged: AugmentedEvent<ApiType, [who: AccountId32, role: DatdotPrimitivesRole, score: u32], { who: AccountId32, role: DatdotPrimitivesRole, score: u32 }>;
    };
    roles: {
      /**
       * A provider changed the resources, regions or timetable it offers.
       **/
      FormUpdated: AugmentedEvent<ApiType, [who: AccountId32, role: DatdotPrimitivesRole], { who: AccountId32, role: DatdotPrimitivesRole }>;
      /**
       * The minimum stake of a role changed.
       **/
      MinStakeSet: AugmentedEvent<ApiType, [role: DatdotPrimitivesRole, amount: u128], { role: DatdotPrimitivesRole, amount: u128 }>;
      /**
       * An account took on a role.
       **/
      RoleRegistered: AugmentedEvent<ApiType, [who: AccountId32, role: DatdotPrimitivesRole, stake: u128], { who: AccountId32, role: DatdotPrimitivesRole, stake: u128 }>;
      /**
       * An account left a role.
       **/
      RoleUnregistered: AugmentedEvent<ApiType, [who: AccountId32, role: DatdotPrimitivesRole, stake: u128], { who: AccountId32, role: DatdotPrimitivesRole, stake: u128 }>;
      /**
       * Part of a provider's stake was slashed to the treasury.
       **/
      Slashed: AugmentedEvent<ApiType, [who: AccountId32, role: DatdotPrimitivesRole, amount: u128], { who: AccountId32, role: DatdotPrimitivesRole, amount: u128 }>;
      /**
       * A provider changed whether it takes new work.
       **/
      StatusChanged: AugmentedEvent<ApiType, [who: AccountId32, role: DatdotPrimitivesRole, status: DatdotPrimitivesProviderStatus], { who: AccountId32, role: DatdotPrimitivesRole, status: DatdotPrimitivesProviderStatus }>;
    };
    sudo: {
      /**
       * The sudo key has been updated.
       **/
      KeyChanged: AugmentedEvent<ApiType, [old: Option<AccountId32>, new_: AccountId32], { old: Option<AccountId32>, new_: AccountId32 }>;
      /**
       * The key was permanently removed.
       **/
      KeyRemoved: AugmentedEvent<ApiType, []>;
      /**
       * A sudo call just took place.
       **/
      Sudid: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A [sudo_as](Pallet::sudo_as) call just took place.
       **/
      SudoAsDone: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
    };
    system: {
      /**
       * `:code` was updated to the code with the given hash.
       **/
      CodeUpdated: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * An extrinsic failed.
       **/
      ExtrinsicFailed: AugmentedEvent<ApiType, [dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo], { dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An extrinsic completed successfully.
       **/
      ExtrinsicSuccess: AugmentedEvent<ApiType, [dispatchInfo: FrameSystemDispatchEventInfo], { dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An account was reaped.
       **/
      KilledAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * A new account was created.
       **/
      NewAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * An invalid authorized upgrade was rejected while trying to apply it.
       **/
      RejectedInvalidAuthorizedUpgrade: AugmentedEvent<ApiType, [codeHash: H256, error: SpRuntimeDispatchError], { codeHash: H256, error: SpRuntimeDispatchError }>;
      /**
       * On on-chain remark happened.
       **/
      Remarked: AugmentedEvent<ApiType, [sender: AccountId32, hash_: H256], { sender: AccountId32, hash_: H256 }>;
      /**
       * An upgrade was authorized.
       **/
      UpgradeAuthorized: AugmentedEvent<ApiType, [codeHash: H256, checkVersion: bool], { codeHash: H256, checkVersion: bool }>;
    };
    transactionPayment: {
      /**
       * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
       * has been paid by `who`.
       **/
      TransactionFeePaid: AugmentedEvent<ApiType, [who: AccountId32, actualFee: u128, tip: u128], { who: AccountId32, actualFee: u128, tip: u128 }>;
    };
  } // AugmentedEvents
} // declare module
