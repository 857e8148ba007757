// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/types/lookup';

import type { Bytes, Compact, Enum, Null, Option, Result, Struct, Text, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H256, MultiAddress, Perbill } from '@polkadot/types/interfaces/runtime';
import type { Event } from '@polkadot/types/interfaces/system';

declare module '@polkadot/types/lookup' {
  /** @name FrameSystemAccountInfo (3) */
  interface FrameSystemAccountInfo extends Struct {
    readonly nonce: u32;
    readonly consumers: u32;
    readonly providers: u32;
    readonly sufficients: u32;
    readonly data: PalletBalancesAccountData;
  }

  /** @name PalletBalancesAccountData (5) */
  interface PalletBalancesAccountData extends Struct {
    readonly free: u128;
    readonly reserved: u128;
    readonly frozen: u128;
    readonly flags: u128;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeight (9) */
  interface FrameSupportDispatchPerDispatchClassWeight extends Struct {
    readonly normal: SpWeightsWeightV2Weight;
    readonly operational: SpWeightsWeightV2Weight;
    readonly mandatory: SpWeightsWeightV2Weight;
  }

  /** @name SpWeightsWeightV2Weight (10) */
  interface SpWeightsWeightV2Weight extends Struct {
    readonly refTime: Compact<u64>;
    readonly proofSize: Compact<u64>;
  }

  /** @name SpRuntimeDigest (15) */
  interface SpRuntimeDigest extends Struct {
    readonly logs: Vec<SpRuntimeDigestDigestItem>;
  }

  /** @name SpRuntimeDigestDigestItem (17) */
  interface SpRuntimeDigestDigestItem extends Enum {
    readonly isOther: boolean;
    readonly asOther: Bytes;
    readonly isConsensus: boolean;
    readonly asConsensus: ITuple<[U8aFixed, Bytes]>;
    readonly isSeal: boolean;
    readonly asSeal: ITuple<[U8aFixed, Bytes]>;
    readonly isPreRuntime: boolean;
    readonly asPreRuntime: ITuple<[U8aFixed, Bytes]>;
    readonly isRuntimeEnvironmentUpdated: boolean;
    readonly type: 'Other' | 'Consensus' | 'Seal' | 'PreRuntime' | 'RuntimeEnvironmentUpdated';
  }

  /** @name FrameSystemEventRecord (20) */
  interface FrameSystemEventRecord extends Struct {
    readonly phase: FrameSystemPhase;
    readonly event: Event;
    readonly topics: Vec<H256>;
  }

  /** @name FrameSystemEvent (22) */
  interface FrameSystemEvent extends Enum {
    readonly isExtrinsicSuccess: boolean;
    readonly asExtrinsicSuccess: {
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isExtrinsicFailed: boolean;
    readonly asExtrinsicFailed: {
      readonly dispatchError: SpRuntimeDispatchError;
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isCodeUpdated: boolean;
    readonly asCodeUpdated: {
      readonly hash_: H256;
    } & Struct;
    readonly isNewAccount: boolean;
    readonly asNewAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isKilledAccount: boolean;
    readonly asKilledAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isRemarked: boolean;
    readonly asRemarked: {
      readonly sender: AccountId32;
      readonly hash_: H256;
    } & Struct;
    readonly isUpgradeAuthorized: boolean;
    readonly asUpgradeAuthorized: {
      readonly codeHash: H256;
      readonly checkVersion: bool;
    } & Struct;
    readonly isRejectedInvalidAuthorizedUpgrade: boolean;
    readonly asRejectedInvalidAuthorizedUpgrade: {
      readonly codeHash: H256;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'ExtrinsicSuccess' | 'ExtrinsicFailed' | 'CodeUpdated' | 'NewAccount' | 'KilledAccount' | 'Remarked' | 'UpgradeAuthorized' | 'RejectedInvalidAuthorizedUpgrade';
  }

  /** @name FrameSystemDispatchEventInfo (23) */
  interface FrameSystemDispatchEventInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly paysFee: FrameSupportDispatchPays;
  }

  /** @name FrameSupportDispatchDispatchClass (24) */
  interface FrameSupportDispatchDispatchClass extends Enum {
    readonly isNormal: boolean;
    readonly isOperational: boolean;
    readonly isMandatory: boolean;
    readonly type: 'Normal' | 'Operational' | 'Mandatory';
  }

  /** @name FrameSupportDispatchPays (25) */
  interface FrameSupportDispatchPays extends Enum {
    readonly isYes: boolean;
    readonly isNo: boolean;
    readonly type: 'Yes' | 'No';
  }

  /** @name SpRuntimeDispatchError (26) */
  interface SpRuntimeDispatchError extends Enum {
    readonly isOther: boolean;
    readonly isCannotLookup: boolean;
    readonly isBadOrigin: boolean;
    readonly isModule: boolean;
    readonly asModule: SpRuntimeModuleError;
    readonly isConsumerRemaining: boolean;
    readonly isNoProviders: boolean;
    readonly isTooManyConsumers: boolean;
    readonly isToken: boolean;
    readonly asToken: SpRuntimeTokenError;
    readonly isArithmetic: boolean;
    readonly asArithmetic: SpArithmeticArithmeticError;
    readonly isTransactional: boolean;
    readonly asTransactional: SpRuntimeTransactionalError;
    readonly isExhausted: boolean;
    readonly isCorruption: boolean;
    readonly isUnavailable: boolean;
    readonly isRootNotAllowed: boolean;
    readonly isTrie: boolean;
    readonly asTrie: SpRuntimeProvingTrieTrieError;
    readonly type: 'Other' | 'CannotLookup' | 'BadOrigin' | 'Module' | 'ConsumerRemaining' | 'NoProviders' | 'TooManyConsumers' | 'Token' | 'Arithmetic' | 'Transactional' | 'Exhausted' | 'Corruption' | 'Unavailable' | 'RootNotAllowed' | 'Trie';
  }

  /** @name SpRuntimeModuleError (27) */
  interface SpRuntimeModuleError extends Struct {
    readonly index: u8;
    readonly error: U8aFixed;
  }

  /** @name SpRuntimeTokenError (28) */
  interface SpRuntimeTokenError extends Enum {
    readonly isFundsUnavailable: boolean;
    readonly isOnlyProvider: boolean;
    readonly isBelowMinimum: boolean;
    readonly isCannotCreate: boolean;
    readonly isUnknownAsset: boolean;
    readonly isFrozen: boolean;
    readonly isUnsupported: boolean;
    readonly isCannotCreateHold: boolean;
    readonly isNotExpendable: boolean;
    readonly isBlocked: boolean;
    readonly type: 'FundsUnavailable' | 'OnlyProvider' | 'BelowMinimum' | 'CannotCreate' | 'UnknownAsset' | 'Frozen' | 'Unsupported' | 'CannotCreateHold' | 'NotExpendable' | 'Blocked';
  }

  /** @name SpArithmeticArithmeticError (29) */
  interface SpArithmeticArithmeticError extends Enum {
    readonly isUnderflow: boolean;
    readonly isOverflow: boolean;
    readonly isDivisionByZero: boolean;
    readonly type: 'Underflow' | 'Overflow' | 'DivisionByZero';
  }

  /** @name SpRuntimeTransactionalError (30) */
  interface SpRuntimeTransactionalError extends Enum {
    readonly isLimitReached: boolean;
    readonly isNoLayer: boolean;
    readonly type: 'LimitReached' | 'NoLayer';
  }

  /** @name SpRuntimeProvingTrieTrieError (31) */
  interface SpRuntimeProvingTrieTrieError extends Enum {
    readonly isInvalidStateRoot: boolean;
    readonly isIncompleteDatabase: boolean;
    readonly isValueAtIncompleteKey: boolean;
    readonly isDecoderError: boolean;
    readonly isInvalidHash: boolean;
    readonly isDuplicateKey: boolean;
    readonly isExtraneousNode: boolean;
    readonly isExtraneousValue: boolean;
    readonly isExtraneousHashReference: boolean;
    readonly isInvalidChildReference: boolean;
    readonly isValueMismatch: boolean;
    readonly isIncompleteProof: boolean;
    readonly isRootMismatch: boolean;
    readonly isDecodeError: boolean;
    readonly type: 'InvalidStateRoot' | 'IncompleteDatabase' | 'ValueAtIncompleteKey' | 'DecoderError' | 'InvalidHash' | 'DuplicateKey' | 'ExtraneousNode' | 'ExtraneousValue' | 'ExtraneousHashReference' | 'InvalidChildReference' | 'ValueMismatch' | 'IncompleteProof' | 'RootMismatch' | 'DecodeError';
  }

  /** @name PalletGrandpaEvent (32) */
  interface PalletGrandpaEvent extends Enum {
    readonly isNewAuthorities: boolean;
    readonly asNewAuthorities: {
      readonly authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    } & Struct;
    readonly isPaused: boolean;
    readonly isResumed: boolean;
    readonly type: 'NewAuthorities' | 'Paused' | 'Resumed';
  }

  /** @name SpConsensusGrandpaAppPublic (35) */
  interface SpConsensusGrandpaAppPublic extends U8aFixed {}

  /** @name PalletBalancesEvent (36) */
  interface PalletBalancesEvent extends Enum {
    readonly isEndowed: boolean;
    readonly asEndowed: {
      readonly account: AccountId32;
      readonly freeBalance: u128;
    } & Struct;
    readonly isDustLost: boolean;
    readonly asDustLost: {
      readonly account: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransfer: boolean;
    readonly asTransfer: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBalanceSet: boolean;
    readonly asBalanceSet: {
      readonly who: AccountId32;
      readonly free: u128;
    } & Struct;
    readonly isReserved: boolean;
    readonly asReserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnreserved: boolean;
    readonly asUnreserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isReserveRepatriated: boolean;
    readonly asReserveRepatriated: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
      readonly destinationStatus: FrameSupportTokensMiscBalanceStatus;
    } & Struct;
    readonly isDeposit: boolean;
    readonly asDeposit: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isWithdraw: boolean;
    readonly asWithdraw: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isSlashed: boolean;
    readonly asSlashed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMinted: boolean;
    readonly asMinted: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMintedCredit: boolean;
    readonly asMintedCredit: {
      readonly amount: u128;
    } & Struct;
    readonly isBurned: boolean;
    readonly asBurned: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedDebt: boolean;
    readonly asBurnedDebt: {
      readonly amount: u128;
    } & Struct;
    readonly isSuspended: boolean;
    readonly asSuspended: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isRestored: boolean;
    readonly asRestored: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUpgraded: boolean;
    readonly asUpgraded: {
      readonly who: AccountId32;
    } & Struct;
    readonly isIssued: boolean;
    readonly asIssued: {
      readonly amount: u128;
    } & Struct;
    readonly isRescinded: boolean;
    readonly asRescinded: {
      readonly amount: u128;
    } & Struct;
    readonly isLocked: boolean;
    readonly asLocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnlocked: boolean;
    readonly asUnlocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isFrozen: boolean;
    readonly asFrozen: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isThawed: boolean;
    readonly asThawed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTotalIssuanceForced: boolean;
    readonly asTotalIssuanceForced: {
      readonly old: u128;
      readonly new_: u128;
    } & Struct;
    readonly isHeld: boolean;
    readonly asHeld: {
      readonly reason: DatdotRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedHeld: boolean;
    readonly asBurnedHeld: {
      readonly reason: DatdotRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferOnHold: boolean;
    readonly asTransferOnHold: {
      readonly reason: DatdotRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferAndHold: boolean;
    readonly asTransferAndHold: {
      readonly reason: DatdotRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly transferred: u128;
    } & Struct;
    readonly isReleased: boolean;
    readonly asReleased: {
      readonly reason: DatdotRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnexpected: boolean;
    readonly asUnexpected: PalletBalancesUnexpectedKind;
    readonly type: 'Endowed' | 'DustLost' | 'Transfer' | 'BalanceSet' | 'Reserved' | 'Unreserved' | 'ReserveRepatriated' | 'Deposit' | 'Withdraw' | 'Slashed' | 'Minted' | 'MintedCredit' | 'Burned' | 'BurnedDebt' | 'Suspended' | 'Restored' | 'Upgraded' | 'Issued' | 'Rescinded' | 'Locked' | 'Unlocked' | 'Frozen' | 'Thawed' | 'TotalIssuanceForced' | 'Held' | 'BurnedHeld' | 'TransferOnHold' | 'TransferAndHold' | 'Released' | 'Unexpected';
  }

  /** @name FrameSupportTokensMiscBalanceStatus (37) */
  interface FrameSupportTokensMiscBalanceStatus extends Enum {
    readonly isFree: boolean;
    readonly isReserved: boolean;
    readonly type: 'Free' | 'Reserved';
  }

  /** @name DatdotRuntimeRuntimeHoldReason (38) */
  interface DatdotRuntimeRuntimeHoldReason extends Enum {
    readonly isAccounts: boolean;
    readonly asAccounts: PalletAccountsHoldReason;
    readonly isRoles: boolean;
    readonly asRoles: PalletRolesHoldReason;
    readonly isEscrow: boolean;
    readonly asEscrow: PalletEscrowHoldReason;
    readonly type: 'Accounts' | 'Roles' | 'Escrow';
  }

  /** @name PalletAccountsHoldReason (39) */
  interface PalletAccountsHoldReason extends Enum {
    readonly isProfileDeposit: boolean;
    readonly type: 'ProfileDeposit';
  }

  /** @name PalletRolesHoldReason (40) */
  interface PalletRolesHoldReason extends Enum {
    readonly isStake: boolean;
    readonly type: 'Stake';
  }

  /** @name PalletEscrowHoldReason (41) */
  interface PalletEscrowHoldReason extends Enum {
    readonly isFunds: boolean;
    readonly isDisputeBond: boolean;
    readonly type: 'Funds' | 'DisputeBond';
  }

  /** @name PalletBalancesUnexpectedKind (42) */
  interface PalletBalancesUnexpectedKind extends Enum {
    readonly isBalanceUpdated: boolean;
    readonly isFailedToMutateAccount: boolean;
    readonly type: 'BalanceUpdated' | 'FailedToMutateAccount';
  }

  /** @name PalletTransactionPaymentEvent (43) */
  interface PalletTransactionPaymentEvent extends Enum {
    readonly isTransactionFeePaid: boolean;
    readonly asTransactionFeePaid: {
      readonly who: AccountId32;
      readonly actualFee: u128;
      readonly tip: u128;
    } & Struct;
    readonly type: 'TransactionFeePaid';
  }

  /** @name PalletSudoEvent (44) */
  interface PalletSudoEvent extends Enum {
    readonly isSudid: boolean;
    readonly asSudid: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isKeyChanged: boolean;
    readonly asKeyChanged: {
      readonly old: Option<AccountId32>;
      readonly new_: AccountId32;
    } & Struct;
    readonly isKeyRemoved: boolean;
    readonly isSudoAsDone: boolean;
    readonly asSudoAsDone: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly type: 'Sudid' | 'KeyChanged' | 'KeyRemoved' | 'SudoAsDone';
  }

  /** @name PalletBreakerEvent (48) */
  interface PalletBreakerEvent extends Enum {
    readonly isPalletPaused: boolean;
    readonly asPalletPaused: {
      readonly pallet: Bytes;
    } & Struct;
    readonly isPalletResumed: boolean;
    readonly asPalletResumed: {
      readonly pallet: Bytes;
    } & Struct;
    readonly type: 'PalletPaused' | 'PalletResumed';
  }

  /** @name PalletAccountsEvent (50) */
  interface PalletAccountsEvent extends Enum {
    readonly isAccountCreated: boolean;
    readonly asAccountCreated: {
      readonly who: AccountId32;
      readonly deposit: u128;
    } & Struct;
    readonly isAccountUpdated: boolean;
    readonly asAccountUpdated: {
      readonly who: AccountId32;
    } & Struct;
    readonly isAccountDeleted: boolean;
    readonly asAccountDeleted: {
      readonly who: AccountId32;
      readonly deposit: u128;
    } & Struct;
    readonly isProfileDepositSet: boolean;
    readonly asProfileDepositSet: {
      readonly amount: u128;
    } & Struct;
    readonly type: 'AccountCreated' | 'AccountUpdated' | 'AccountDeleted' | 'ProfileDepositSet';
  }

  /** @name PalletRolesEvent (51) */
  interface PalletRolesEvent extends Enum {
    readonly isRoleRegistered: boolean;
    readonly asRoleRegistered: {
      readonly who: AccountId32;
      readonly role: DatdotPrimitivesRole;
      readonly stake: u128;
    } & Struct;
    readonly isRoleUnregistered: boolean;
    readonly asRoleUnregistered: {
      readonly who: AccountId32;
      readonly role: DatdotPrimitivesRole;
      readonly stake: u128;
    } & Struct;
    readonly isStatusChanged: boolean;
    readonly asStatusChanged: {
      readonly who: AccountId32;
      readonly role: DatdotPrimitivesRole;
      readonly status: DatdotPrimitivesProviderStatus;
    } & Struct;
    readonly isSlashed: boolean;
    readonly asSlashed: {
      readonly who: AccountId32;
      readonly role: DatdotPrimitivesRole;
      readonly amount: u128;
    } & Struct;
    readonly isFormUpdated: boolean;
    readonly asFormUpdated: {
      readonly who: AccountId32;
      readonly role: DatdotPrimitivesRole;
    } & Struct;
    readonly isMinStakeSet: boolean;
    readonly asMinStakeSet: {
      readonly role: DatdotPrimitivesRole;
      readonly amount: u128;
    } & Struct;
    readonly type: 'RoleRegistered' | 'RoleUnregistered' | 'StatusChanged' | 'Slashed' | 'FormUpdated' | 'MinStakeSet';
  }

  /** @name DatdotPrimitivesRole (52) */
  interface DatdotPrimitivesRole extends Enum {
    readonly isSponsor: boolean;
    readonly isHoster: boolean;
    readonly isAttestor: boolean;
    readonly isWorker: boolean;
    readonly type: 'Sponsor' | 'Hoster' | 'Attestor' | 'Worker';
  }

  /** @name DatdotPrimitivesProviderStatus (53) */
  interface DatdotPrimitivesProviderStatus extends Enum {
    readonly isAvailable: boolean;
    readonly isAtCapacity: boolean;
    readonly isSignedOff: boolean;
    readonly type: 'Available' | 'AtCapacity' | 'SignedOff';
  }

  /** @name PalletEscrowEvent (54) */
  interface PalletEscrowEvent extends Enum {
    readonly isOpened: boolean;
    readonly asOpened: {
      readonly id: u64;
      readonly payer: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isToppedUp: boolean;
    readonly asToppedUp: {
      readonly id: u64;
      readonly funder: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isPaid: boolean;
    readonly asPaid: {
      readonly id: u64;
      readonly payee: AccountId32;
      readonly amount: u128;
      readonly fee: u128;
    } & Struct;
    readonly isRefunded: boolean;
    readonly asRefunded: {
      readonly id: u64;
      readonly payer: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isDisputeOpened: boolean;
    readonly asDisputeOpened: {
      readonly id: u64;
      readonly disputer: AccountId32;
      readonly payee: AccountId32;
      readonly bond: u128;
    } & Struct;
    readonly isDisputeResolved: boolean;
    readonly asDisputeResolved: {
      readonly id: u64;
      readonly payeeShare: Perbill;
      readonly paid: u128;
      readonly refunded: u128;
      readonly bondSlashed: u128;
    } & Struct;
    readonly isProtocolFeeSet: boolean;
    readonly asProtocolFeeSet: {
      readonly bps: u16;
    } & Struct;
    readonly type: 'Opened' | 'ToppedUp' | 'Paid' | 'Refunded' | 'DisputeOpened' | 'DisputeResolved' | 'ProtocolFeeSet';
  }

  /** @name PalletReputationEvent (57) */
  interface PalletReputationEvent extends Enum {
    readonly isReputationChanged: boolean;
    readonly asReputationChanged: {
      readonly who: AccountId32;
      readonly role: DatdotPrimitivesRole;
      readonly score: u32;
    } & Struct;
    readonly isRated: boolean;
    readonly asRated: {
      readonly job: u64;
      readonly worker: AccountId32;
      readonly stars: u8;
    } & Struct;
    readonly isDecaySet: boolean;
    readonly asDecaySet: {
      readonly period: u32;
      readonly decay: Perbill;
    } & Struct;
    readonly type: 'ReputationChanged' | 'Rated' | 'DecaySet';
  }

  /** @name PalletPlansEvent (58) */
  interface PalletPlansEvent extends Enum {
    readonly isPlanSubscribed: boolean;
    readonly asPlanSubscribed: {
      readonly plan: u64;
      readonly sponsor: AccountId32;
      readonly budget: u128;
      readonly fees: u128;
    } & Struct;
    readonly isPlanStarted: boolean;
    readonly asPlanStarted: {
      readonly plan: u64;
    } & Struct;
    readonly isPlanUpdated: boolean;
    readonly asPlanUpdated: {
      readonly plan: u64;
      readonly budget: u128;
    } & Struct;
    readonly isPausePlan: boolean;
    readonly asPausePlan: {
      readonly plan: u64;
    } & Struct;
    readonly isResumePlan: boolean;
    readonly asResumePlan: {
      readonly plan: u64;
    } & Struct;
    readonly isEndPlan: boolean;
    readonly asEndPlan: {
      readonly plan: u64;
      readonly reason: PalletPlansEndReason;
      readonly refund: u128;
    } & Struct;
    readonly type: 'PlanSubscribed' | 'PlanStarted' | 'PlanUpdated' | 'PausePlan' | 'ResumePlan' | 'EndPlan';
  }

  /** @name PalletPlansEndReason (59) */
  interface PalletPlansEndReason extends Enum {
    readonly isUnsubscribed: boolean;
    readonly isExpired: boolean;
    readonly isBudgetSpent: boolean;
    readonly type: 'Unsubscribed' | 'Expired' | 'BudgetSpent';
  }

  /** @name PalletProofsEvent (60) */
  interface PalletProofsEvent extends Enum {
    readonly isProvideProofOfStorage: boolean;
    readonly asProvideProofOfStorage: {
      readonly challenge: u64;
      readonly hoster: AccountId32;
      readonly pieces: Vec<PalletProofsPiece>;
      readonly deadline: u32;
    } & Struct;
    readonly isProofAccepted: boolean;
    readonly asProofAccepted: {
      readonly challenge: u64;
      readonly hoster: AccountId32;
    } & Struct;
    readonly isPaid: boolean;
    readonly asPaid: {
      readonly contract: u64;
      readonly hoster: AccountId32;
      readonly blocks: u64;
      readonly paid: u128;
    } & Struct;
    readonly isChallengeClosed: boolean;
    readonly asChallengeClosed: {
      readonly challenge: u64;
      readonly hoster: AccountId32;
    } & Struct;
    readonly isAuditMissed: boolean;
    readonly asAuditMissed: {
      readonly challenge: u64;
      readonly hoster: AccountId32;
      readonly faults: u32;
    } & Struct;
    readonly isFault: boolean;
    readonly asFault: {
      readonly challenge: u64;
      readonly hoster: AccountId32;
      readonly contract: u64;
      readonly faults: u32;
    } & Struct;
    readonly isRepeatFault: boolean;
    readonly asRepeatFault: {
      readonly challenge: u64;
      readonly hoster: AccountId32;
      readonly contract: u64;
    } & Struct;
    readonly isClockHeld: boolean;
    readonly asClockHeld: {
      readonly clock: u32;
    } & Struct;
    readonly isParamsSet: boolean;
    readonly asParamsSet: {
      readonly params: PalletProofsParams;
    } & Struct;
    readonly type: 'ProvideProofOfStorage' | 'ProofAccepted' | 'Paid' | 'ChallengeClosed' | 'AuditMissed' | 'Fault' | 'RepeatFault' | 'ClockHeld' | 'ParamsSet';
  }

  /** @name PalletProofsPiece (62) */
  interface PalletProofsPiece extends Struct {
    readonly contract: u64;
    readonly index: u32;
    readonly segment: u32;
  }

  /** @name PalletProofsParams (64) */
  interface PalletProofsParams extends Struct {
    readonly period: u32;
    readonly window: u32;
    readonly indexes: u32;
    readonly maxFaults: u32;
    readonly slashes: Vec<Perbill>;
    readonly requestFee: u128;
  }

  /** @name PalletJobsEvent (66) */
  interface PalletJobsEvent extends Enum {
    readonly isJobPosted: boolean;
    readonly asJobPosted: {
      readonly job: u64;
      readonly client: AccountId32;
      readonly payment: u128;
      readonly deadline: u32;
    } & Struct;
    readonly isJobClaimed: boolean;
    readonly asJobClaimed: {
      readonly job: u64;
      readonly worker: AccountId32;
      readonly until: u32;
    } & Struct;
    readonly isResultSubmitted: boolean;
    readonly asResultSubmitted: {
      readonly job: u64;
      readonly worker: AccountId32;
      readonly result: U8aFixed;
      readonly acceptAt: u32;
    } & Struct;
    readonly isJobCompleted: boolean;
    readonly asJobCompleted: {
      readonly job: u64;
      readonly worker: AccountId32;
      readonly paid: u128;
      readonly refunded: u128;
      readonly how: PalletJobsCompletion;
    } & Struct;
    readonly isJobDisputed: boolean;
    readonly asJobDisputed: {
      readonly job: u64;
      readonly bond: u128;
    } & Struct;
    readonly isJobCancelled: boolean;
    readonly asJobCancelled: {
      readonly job: u64;
      readonly refunded: u128;
    } & Struct;
    readonly isClaimLapsed: boolean;
    readonly asClaimLapsed: {
      readonly job: u64;
      readonly worker: AccountId32;
    } & Struct;
    readonly isTimeoutPostponed: boolean;
    readonly asTimeoutPostponed: {
      readonly job: u64;
      readonly until: u32;
    } & Struct;
    readonly isJobExpired: boolean;
    readonly asJobExpired: {
      readonly job: u64;
      readonly refunded: u128;
    } & Struct;
    readonly isParamsSet: boolean;
    readonly asParamsSet: {
      readonly params: PalletJobsParams;
    } & Struct;
    readonly type: 'JobPosted' | 'JobClaimed' | 'ResultSubmitted' | 'JobCompleted' | 'JobDisputed' | 'JobCancelled' | 'ClaimLapsed' | 'TimeoutPostponed' | 'JobExpired' | 'ParamsSet';
  }

  /** @name PalletJobsCompletion (67) */
  interface PalletJobsCompletion extends Enum {
    readonly isAccepted: boolean;
    readonly isAutoAccepted: boolean;
    readonly isReceipt: boolean;
    readonly isResolved: boolean;
    readonly type: 'Accepted' | 'AutoAccepted' | 'Receipt' | 'Resolved';
  }

  /** @name PalletJobsParams (68) */
  interface PalletJobsParams extends Struct {
    readonly minPayment: u128;
    readonly challengeWindow: u32;
    readonly claimPeriod: u32;
    readonly disputeBond: u128;
    readonly slash: Perbill;
    readonly highReputation: u32;
    readonly earlyWindow: u32;
  }

  /** @name PalletHostingEvent (69) */
  interface PalletHostingEvent extends Enum {
    readonly isMatchingRoundOpened: boolean;
    readonly asMatchingRoundOpened: {
      readonly round: u64;
      readonly contract: u64;
      readonly attestors: Vec<AccountId32>;
      readonly seed: U8aFixed;
      readonly deadline: u32;
    } & Struct;
    readonly isMatchReported: boolean;
    readonly asMatchReported: {
      readonly round: u64;
      readonly attestor: AccountId32;
    } & Struct;
    readonly isStartHosting: boolean;
    readonly asStartHosting: {
      readonly plan: u64;
      readonly contract: u64;
      readonly hosters: Vec<AccountId32>;
      readonly attestors: Vec<AccountId32>;
    } & Struct;
    readonly isSetupUndecided: boolean;
    readonly asSetupUndecided: {
      readonly contract: u64;
      readonly hoster: AccountId32;
    } & Struct;
    readonly isHostingConfirmed: boolean;
    readonly asHostingConfirmed: {
      readonly contract: u64;
      readonly hoster: AccountId32;
    } & Struct;
    readonly isRepairHosting: boolean;
    readonly asRepairHosting: {
      readonly plan: u64;
      readonly contract: u64;
      readonly failed: AccountId32;
    } & Struct;
    readonly isEndHosting: boolean;
    readonly asEndHosting: {
      readonly plan: u64;
      readonly contract: u64;
      readonly hosters: Vec<AccountId32>;
    } & Struct;
    readonly isRoundExpired: boolean;
    readonly asRoundExpired: {
      readonly round: u64;
      readonly contract: u64;
    } & Struct;
    readonly isMatchingDeferred: boolean;
    readonly asMatchingDeferred: {
      readonly contract: u64;
      readonly retryAt: u32;
    } & Struct;
    readonly isMatchingStopped: boolean;
    readonly asMatchingStopped: {
      readonly plan: u64;
      readonly contract: u64;
    } & Struct;
    readonly isSourceOversized: boolean;
    readonly asSourceOversized: {
      readonly plan: u64;
      readonly contract: u64;
      readonly hoster: AccountId32;
    } & Struct;
    readonly isSourceUnavailable: boolean;
    readonly asSourceUnavailable: {
      readonly plan: u64;
      readonly contract: u64;
      readonly hoster: AccountId32;
    } & Struct;
    readonly isAttestorSilent: boolean;
    readonly asAttestorSilent: {
      readonly attestor: AccountId32;
    } & Struct;
    readonly isHosterLeft: boolean;
    readonly asHosterLeft: {
      readonly hoster: AccountId32;
    } & Struct;
    readonly isAttestorFeeSet: boolean;
    readonly asAttestorFeeSet: {
      readonly fee: u128;
    } & Struct;
    readonly type: 'MatchingRoundOpened' | 'MatchReported' | 'StartHosting' | 'SetupUndecided' | 'HostingConfirmed' | 'RepairHosting' | 'EndHosting' | 'RoundExpired' | 'MatchingDeferred' | 'MatchingStopped' | 'SourceOversized' | 'SourceUnavailable' | 'AttestorSilent' | 'HosterLeft' | 'AttestorFeeSet';
  }

  /** @name PalletBenchmarksEvent (73) */
  interface PalletBenchmarksEvent extends Enum {
    readonly isProvidePerformanceBenchmark: boolean;
    readonly asProvidePerformanceBenchmark: {
      readonly benchmark: u64;
      readonly hoster: AccountId32;
      readonly contract: u64;
      readonly attestors: Vec<AccountId32>;
      readonly indexes: Vec<u32>;
      readonly deadline: u32;
    } & Struct;
    readonly isRated: boolean;
    readonly asRated: {
      readonly benchmark: u64;
      readonly attestor: AccountId32;
      readonly rating: PalletBenchmarksRating;
    } & Struct;
    readonly isPerformanceMeasured: boolean;
    readonly asPerformanceMeasured: {
      readonly benchmark: u64;
      readonly hoster: AccountId32;
      readonly contract: u64;
      readonly median: PalletBenchmarksRating;
      readonly ratings: u32;
      readonly meets: bool;
    } & Struct;
    readonly isBenchmarkLapsed: boolean;
    readonly asBenchmarkLapsed: {
      readonly benchmark: u64;
    } & Struct;
    readonly isBenchmarkClosed: boolean;
    readonly asBenchmarkClosed: {
      readonly benchmark: u64;
    } & Struct;
    readonly isParamsSet: boolean;
    readonly asParamsSet: {
      readonly params: PalletBenchmarksParams;
    } & Struct;
    readonly type: 'ProvidePerformanceBenchmark' | 'Rated' | 'PerformanceMeasured' | 'BenchmarkLapsed' | 'BenchmarkClosed' | 'ParamsSet';
  }

  /** @name PalletBenchmarksRating (76) */
  interface PalletBenchmarksRating extends Struct {
    readonly latencyMs: u32;
    readonly bandwidth: u64;
  }

  /** @name PalletBenchmarksParams (77) */
  interface PalletBenchmarksParams extends Struct {
    readonly period: u32;
    readonly window: u32;
    readonly attestors: u32;
    readonly samples: u32;
    readonly requestFee: u128;
  }

  /** @name FrameSystemPhase (78) */
  interface FrameSystemPhase extends Enum {
    readonly isApplyExtrinsic: boolean;
    readonly asApplyExtrinsic: u32;
    readonly isFinalization: boolean;
    readonly isInitialization: boolean;
    readonly type: 'ApplyExtrinsic' | 'Finalization' | 'Initialization';
  }

  /** @name FrameSystemLastRuntimeUpgradeInfo (82) */
  interface FrameSystemLastRuntimeUpgradeInfo extends Struct {
    readonly specVersion: Compact<u32>;
    readonly specName: Text;
  }

  /** @name FrameSystemCodeUpgradeAuthorization (86) */
  interface FrameSystemCodeUpgradeAuthorization extends Struct {
    readonly codeHash: H256;
    readonly checkVersion: bool;
  }

  /** @name FrameSystemCall (87) */
  interface FrameSystemCall extends Enum {
    readonly isRemark: boolean;
    readonly asRemark: {
      readonly remark: Bytes;
    } & Struct;
    readonly isSetHeapPages: boolean;
    readonly asSetHeapPages: {
      readonly pages: u64;
    } & Struct;
    readonly isSetCode: boolean;
    readonly asSetCode: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetCodeWithoutChecks: boolean;
    readonly asSetCodeWithoutChecks: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetStorage: boolean;
    readonly asSetStorage: {
      readonly items: Vec<ITuple<[Bytes, Bytes]>>;
    } & Struct;
    readonly isKillStorage: boolean;
    readonly asKillStorage: {
      readonly keys_: Vec<Bytes>;
    } & Struct;
    readonly isKillPrefix: boolean;
    readonly asKillPrefix: {
      readonly prefix: Bytes;
      readonly subkeys: u32;
    } & Struct;
    readonly isRemarkWithEvent: boolean;
    readonly asRemarkWithEvent: {
      readonly remark: Bytes;
    } & Struct;
    readonly isAuthorizeUpgrade: boolean;
    readonly asAuthorizeUpgrade: {
      readonly codeHash: H256;
    } & Struct;
    readonly isAuthorizeUpgradeWithoutChecks: boolean;
    readonly asAuthorizeUpgradeWithoutChecks: {
      readonly codeHash: H256;
    } & Struct;
    readonly isApplyAuthorizedUpgrade: boolean;
    readonly asApplyAuthorizedUpgrade: {
      readonly code: Bytes;
    } & Struct;
    readonly type: 'Remark' | 'SetHeapPages' | 'SetCode' | 'SetCodeWithoutChecks' | 'SetStorage' | 'KillStorage' | 'KillPrefix' | 'RemarkWithEvent' | 'AuthorizeUpgrade' | 'AuthorizeUpgradeWithoutChecks' | 'ApplyAuthorizedUpgrade';
  }

  /** @name FrameSystemLimitsBlockWeights (91) */
  interface FrameSystemLimitsBlockWeights extends Struct {
    readonly baseBlock: SpWeightsWeightV2Weight;
    readonly maxBlock: SpWeightsWeightV2Weight;
    readonly perClass: FrameSupportDispatchPerDispatchClassWeightsPerClass;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeightsPerClass (92) */
  interface FrameSupportDispatchPerDispatchClassWeightsPerClass extends Struct {
    readonly normal: FrameSystemLimitsWeightsPerClass;
    readonly operational: FrameSystemLimitsWeightsPerClass;
    readonly mandatory: FrameSystemLimitsWeightsPerClass;
  }

  /** @name FrameSystemLimitsWeightsPerClass (93) */
  interface FrameSystemLimitsWeightsPerClass extends Struct {
    readonly baseExtrinsic: SpWeightsWeightV2Weight;
    readonly maxExtrinsic: Option<SpWeightsWeightV2Weight>;
    readonly maxTotal: Option<SpWeightsWeightV2Weight>;
    readonly reserved: Option<SpWeightsWeightV2Weight>;
  }

  /** @name FrameSystemLimitsBlockLength (95) */
  interface FrameSystemLimitsBlockLength extends Struct {
    readonly max: FrameSupportDispatchPerDispatchClassU32;
    readonly maxHeaderSize: Option<u32>;
  }

  /** @name FrameSupportDispatchPerDispatchClassU32 (96) */
  interface FrameSupportDispatchPerDispatchClassU32 extends Struct {
    readonly normal: u32;
    readonly operational: u32;
    readonly mandatory: u32;
  }

  /** @name SpWeightsRuntimeDbWeight (98) */
  interface SpWeightsRuntimeDbWeight extends Struct {
    readonly read: u64;
    readonly write: u64;
  }

  /** @name SpVersionRuntimeVersion (99) */
  interface SpVersionRuntimeVersion extends Struct {
    readonly specName: Text;
    readonly implName: Text;
    readonly authoringVersion: u32;
    readonly specVersion: u32;
    readonly implVersion: u32;
    readonly apis: Vec<ITuple<[U8aFixed, u32]>>;
    readonly transactionVersion: u32;
    readonly systemVersion: u8;
  }

  /** @name FrameSystemError (104) */
  interface FrameSystemError extends Enum {
    readonly isInvalidSpecName: boolean;
    readonly isSpecVersionNeedsToIncrease: boolean;
    readonly isFailedToExtractRuntimeVersion: boolean;
    readonly isNonDefaultComposite: boolean;
    readonly isNonZeroRefCount: boolean;
    readonly isCallFiltered: boolean;
    readonly isMultiBlockMigrationsOngoing: boolean;
    readonly isNothingAuthorized: boolean;
    readonly isUnauthorized: boolean;
    readonly type: 'InvalidSpecName' | 'SpecVersionNeedsToIncrease' | 'FailedToExtractRuntimeVersion' | 'NonDefaultComposite' | 'NonZeroRefCount' | 'CallFiltered' | 'MultiBlockMigrationsOngoing' | 'NothingAuthorized' | 'Unauthorized';
  }

  /** @name PalletTimestampCall (105) */
  interface PalletTimestampCall extends Enum {
    readonly isSet: boolean;
    readonly asSet: {
      readonly now: Compact<u64>;
    } & Struct;
    readonly type: 'Set';
  }

  /** @name SpConsensusBabeAppPublic (108) */
  interface SpConsensusBabeAppPublic extends U8aFixed {}

  /** @name SpConsensusBabeDigestsNextConfigDescriptor (111) */
  interface SpConsensusBabeDigestsNextConfigDescriptor extends Enum {
    readonly isV1: boolean;
    readonly asV1: {
      readonly c: ITuple<[u64, u64]>;
      readonly allowedSlots: SpConsensusBabeAllowedSlots;
    } & Struct;
    readonly type: 'V1';
  }

  /** @name SpConsensusBabeAllowedSlots (113) */
  interface SpConsensusBabeAllowedSlots extends Enum {
    readonly isPrimarySlots: boolean;
    readonly isPrimaryAndSecondaryPlainSlots: boolean;
    readonly isPrimaryAndSecondaryVRFSlots: boolean;
    readonly type: 'PrimarySlots' | 'PrimaryAndSecondaryPlainSlots' | 'PrimaryAndSecondaryVRFSlots';
  }

  /** @name SpConsensusBabeDigestsPreDigest (117) */
  interface SpConsensusBabeDigestsPreDigest extends Enum {
    readonly isPrimary: boolean;
    readonly asPrimary: SpConsensusBabeDigestsPrimaryPreDigest;
    readonly isSecondaryPlain: boolean;
    readonly asSecondaryPlain: SpConsensusBabeDigestsSecondaryPlainPreDigest;
    readonly isSecondaryVRF: boolean;
    readonly asSecondaryVRF: SpConsensusBabeDigestsSecondaryVRFPreDigest;
    readonly type: 'Primary' | 'SecondaryPlain' | 'SecondaryVRF';
  }

  /** @name SpConsensusBabeDigestsPrimaryPreDigest (118) */
  interface SpConsensusBabeDigestsPrimaryPreDigest extends Struct {
    readonly authorityIndex: u32;
    readonly slot: u64;
    readonly vrfSignature: SpCoreSr25519VrfVrfSignature;
  }

  /** @name SpCoreSr25519VrfVrfSignature (119) */
  interface SpCoreSr25519VrfVrfSignature extends Struct {
    readonly preOutput: U8aFixed;
    readonly proof: U8aFixed;
  }

  /** @name SpConsensusBabeDigestsSecondaryPlainPreDigest (121) */
  interface SpConsensusBabeDigestsSecondaryPlainPreDigest extends Struct {
    readonly authorityIndex: u32;
    readonly slot: u64;
  }

  /** @name SpConsensusBabeDigestsSecondaryVRFPreDigest (122) */
  interface SpConsensusBabeDigestsSecondaryVRFPreDigest extends Struct {
    readonly authorityIndex: u32;
    readonly slot: u64;
    readonly vrfSignature: SpCoreSr25519VrfVrfSignature;
  }

  /** @name SpConsensusBabeBabeEpochConfiguration (124) */
  interface SpConsensusBabeBabeEpochConfiguration extends Struct {
    readonly c: ITuple<[u64, u64]>;
    readonly allowedSlots: SpConsensusBabeAllowedSlots;
  }

  /** @name PalletBabeCall (128) */
  interface PalletBabeCall extends Enum {
    readonly isReportEquivocation: boolean;
    readonly asReportEquivocation: {
      readonly equivocationProof: SpConsensusSlotsEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isReportEquivocationUnsigned: boolean;
    readonly asReportEquivocationUnsigned: {
      readonly equivocationProof: SpConsensusSlotsEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isPlanConfigChange: boolean;
    readonly asPlanConfigChange: {
      readonly config: SpConsensusBabeDigestsNextConfigDescriptor;
    } & Struct;
    readonly type: 'ReportEquivocation' | 'ReportEquivocationUnsigned' | 'PlanConfigChange';
  }

  /** @name SpConsensusSlotsEquivocationProof (129) */
  interface SpConsensusSlotsEquivocationProof extends Struct {
    readonly offender: SpConsensusBabeAppPublic;
    readonly slot: u64;
    readonly firstHeader: SpRuntimeHeader;
    readonly secondHeader: SpRuntimeHeader;
  }

  /** @name SpRuntimeHeader (130) */
  interface SpRuntimeHeader extends Struct {
    readonly parentHash: H256;
    readonly number: Compact<u32>;
    readonly stateRoot: H256;
    readonly extrinsicsRoot: H256;
    readonly digest: SpRuntimeDigest;
  }

  /** @name SpCoreVoid (131) */
  type SpCoreVoid = Null;

  /** @name PalletBabeError (132) */
  interface PalletBabeError extends Enum {
    readonly isInvalidEquivocationProof: boolean;
    readonly isInvalidKeyOwnershipProof: boolean;
    readonly isDuplicateOffenceReport: boolean;
    readonly isInvalidConfiguration: boolean;
    readonly type: 'InvalidEquivocationProof' | 'InvalidKeyOwnershipProof' | 'DuplicateOffenceReport' | 'InvalidConfiguration';
  }

  /** @name PalletGrandpaStoredState (133) */
  interface PalletGrandpaStoredState extends Enum {
    readonly isLive: boolean;
    readonly isPendingPause: boolean;
    readonly asPendingPause: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly isPaused: boolean;
    readonly isPendingResume: boolean;
    readonly asPendingResume: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly type: 'Live' | 'PendingPause' | 'Paused' | 'PendingResume';
  }

  /** @name PalletGrandpaStoredPendingChange (134) */
  interface PalletGrandpaStoredPendingChange extends Struct {
    readonly scheduledAt: u32;
    readonly delay: u32;
    readonly nextAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    readonly forced: Option<u32>;
  }

  /** @name PalletGrandpaCall (136) */
  interface PalletGrandpaCall extends Enum {
    readonly isReportEquivocation: boolean;
    readonly asReportEquivocation: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isReportEquivocationUnsigned: boolean;
    readonly asReportEquivocationUnsigned: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isNoteStalled: boolean;
    readonly asNoteStalled: {
      readonly delay: u32;
      readonly bestFinalizedBlockNumber: u32;
    } & Struct;
    readonly type: 'ReportEquivocation' | 'ReportEquivocationUnsigned' | 'NoteStalled';
  }

  /** @name SpConsensusGrandpaEquivocationProof (137) */
  interface SpConsensusGrandpaEquivocationProof extends Struct {
    readonly setId: u64;
    readonly equivocation: SpConsensusGrandpaEquivocation;
  }

  /** @name SpConsensusGrandpaEquivocation (138) */
  interface SpConsensusGrandpaEquivocation extends Enum {
    readonly isPrevote: boolean;
    readonly asPrevote: FinalityGrandpaEquivocationPrevote;
    readonly isPrecommit: boolean;
    readonly asPrecommit: FinalityGrandpaEquivocationPrecommit;
    readonly type: 'Prevote' | 'Precommit';
  }

  /** @name FinalityGrandpaEquivocationPrevote (139) */
  interface FinalityGrandpaEquivocationPrevote extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
  }

  /** @name FinalityGrandpaPrevote (140) */
  interface FinalityGrandpaPrevote extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpConsensusGrandpaAppSignature (141) */
  interface SpConsensusGrandpaAppSignature extends U8aFixed {}

  /** @name FinalityGrandpaEquivocationPrecommit (143) */
  interface FinalityGrandpaEquivocationPrecommit extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
  }

  /** @name FinalityGrandpaPrecommit (144) */
  interface FinalityGrandpaPrecommit extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name PalletGrandpaError (146) */
  interface PalletGrandpaError extends Enum {
    readonly isPauseFailed: boolean;
    readonly isResumeFailed: boolean;
    readonly isChangePending: boolean;
    readonly isTooSoon: boolean;
    readonly isInvalidKeyOwnershipProof: boolean;
    readonly isInvalidEquivocationProof: boolean;
    readonly isDuplicateOffenceReport: boolean;
    readonly type: 'PauseFailed' | 'ResumeFailed' | 'ChangePending' | 'TooSoon' | 'InvalidKeyOwnershipProof' | 'InvalidEquivocationProof' | 'DuplicateOffenceReport';
  }

  /** @name PalletBalancesBalanceLock (148) */
  interface PalletBalancesBalanceLock extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
    readonly reasons: PalletBalancesReasons;
  }

  /** @name PalletBalancesReasons (149) */
  interface PalletBalancesReasons extends Enum {
    readonly isFee: boolean;
    readonly isMisc: boolean;
    readonly isAll: boolean;
    readonly type: 'Fee' | 'Misc' | 'All';
  }

  /** @name PalletBalancesReserveData (152) */
  interface PalletBalancesReserveData extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeHoldReason (155) */
  interface FrameSupportTokensMiscIdAmountRuntimeHoldReason extends Struct {
    readonly id: DatdotRuntimeRuntimeHoldReason;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeFreezeReason (158) */
  interface FrameSupportTokensMiscIdAmountRuntimeFreezeReason extends Struct {
    readonly id: DatdotRuntimeRuntimeFreezeReason;
    readonly amount: u128;
  }

  /** @name DatdotRuntimeRuntimeFreezeReason (159) */
  type DatdotRuntimeRuntimeFreezeReason = Null;

  /** @name PalletBalancesCall (161) */
  interface PalletBalancesCall extends Enum {
    readonly isTransferAllowDeath: boolean;
    readonly asTransferAllowDeath: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isForceTransfer: boolean;
    readonly asForceTransfer: {
      readonly source: MultiAddress;
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferKeepAlive: boolean;
    readonly asTransferKeepAlive: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferAll: boolean;
    readonly asTransferAll: {
      readonly dest: MultiAddress;
      readonly keepAlive: bool;
    } & Struct;
    readonly isForceUnreserve: boolean;
    readonly asForceUnreserve: {
      readonly who: MultiAddress;
      readonly amount: u128;
    } & Struct;
    readonly isUpgradeAccounts: boolean;
    readonly asUpgradeAccounts: {
      readonly who: Vec<AccountId32>;
    } & Struct;
    readonly isForceSetBalance: boolean;
    readonly asForceSetBalance: {
      readonly who: MultiAddress;
      readonly newFree: Compact<u128>;
    } & Struct;
    readonly isForceAdjustTotalIssuance: boolean;
    readonly asForceAdjustTotalIssuance: {
      readonly direction: PalletBalancesAdjustmentDirection;
      readonly delta: Compact<u128>;
    } & Struct;
    readonly isBurn: boolean;
    readonly asBurn: {
      readonly value: Compact<u128>;
      readonly keepAlive: bool;
    } & Struct;
    readonly type: 'TransferAllowDeath' | 'ForceTransfer' | 'TransferKeepAlive' | 'TransferAll' | 'ForceUnreserve' | 'UpgradeAccounts' | 'ForceSetBalance' | 'ForceAdjustTotalIssuance' | 'Burn';
  }

  /** @name PalletBalancesAdjustmentDirection (166) */
  interface PalletBalancesAdjustmentDirection extends Enum {
    readonly isIncrease: boolean;
    readonly isDecrease: boolean;
    readonly type: 'Increase' | 'Decrease';
  }

  /** @name PalletBalancesError (167) */
  interface PalletBalancesError extends Enum {
    readonly isVestingBalance: boolean;
    readonly isLiquidityRestrictions: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isExistentialDeposit: boolean;
    readonly isExpendability: boolean;
    readonly isExistingVestingSchedule: boolean;
    readonly isDeadAccount: boolean;
    readonly isTooManyReserves: boolean;
    readonly isTooManyHolds: boolean;
    readonly isTooManyFreezes: boolean;
    readonly isIssuanceDeactivated: boolean;
    readonly isDeltaZero: boolean;
    readonly type: 'VestingBalance' | 'LiquidityRestrictions' | 'InsufficientBalance' | 'ExistentialDeposit' | 'Expendability' | 'ExistingVestingSchedule' | 'DeadAccount' | 'TooManyReserves' | 'TooManyHolds' | 'TooManyFreezes' | 'IssuanceDeactivated' | 'DeltaZero';
  }

  /** @name PalletTransactionPaymentReleases (169) */
  interface PalletTransactionPaymentReleases extends Enum {
    readonly isV1Ancient: boolean;
    readonly isV2: boolean;
    readonly type: 'V1Ancient' | 'V2';
  }

  /** @name FrameSupportStorageNoDrop (170) */
  interface FrameSupportStorageNoDrop extends FrameSupportTokensFungibleImbalance {}

  /** @name FrameSupportTokensFungibleImbalance (171) */
  interface FrameSupportTokensFungibleImbalance extends Struct {
    readonly amount: u128;
  }

  /** @name PalletSudoCall (172) */
  interface PalletSudoCall extends Enum {
    readonly isSudo: boolean;
    readonly asSudo: {
      readonly call: Call;
    } & Struct;
    readonly isSudoUncheckedWeight: boolean;
    readonly asSudoUncheckedWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isSetKey: boolean;
    readonly asSetKey: {
      readonly new_: MultiAddress;
    } & Struct;
    readonly isSudoAs: boolean;
    readonly asSudoAs: {
      readonly who: MultiAddress;
      readonly call: Call;
    } & Struct;
    readonly isRemoveKey: boolean;
    readonly type: 'Sudo' | 'SudoUncheckedWeight' | 'SetKey' | 'SudoAs' | 'RemoveKey';
  }

  /** @name PalletBreakerCall (174) */
  interface PalletBreakerCall extends Enum {
    readonly isPause: boolean;
    readonly asPause: {
      readonly pallet: Bytes;
    } & Struct;
    readonly isResume: boolean;
    readonly asResume: {
      readonly pallet: Bytes;
    } & Struct;
    readonly type: 'Pause' | 'Resume';
  }

  /** @name PalletAccountsCall (175) */
  interface PalletAccountsCall extends Enum {
    readonly isCreate: boolean;
    readonly asCreate: {
      readonly ocwKey: DatdotPrimitivesCryptoPublic;
      readonly ocwProof: DatdotPrimitivesCryptoSignature;
      readonly transportKey: U8aFixed;
      readonly endpoint: Bytes;
      readonly region: Bytes;
    } & Struct;
    readonly isUpdate: boolean;
    readonly asUpdate: {
      readonly ocwKey: Option<ITuple<[DatdotPrimitivesCryptoPublic, DatdotPrimitivesCryptoSignature]>>;
      readonly transportKey: Option<U8aFixed>;
      readonly endpoint: Option<Bytes>;
      readonly region: Option<Bytes>;
    } & Struct;
    readonly isDelete: boolean;
    readonly isSetProfileDeposit: boolean;
    readonly asSetProfileDeposit: {
      readonly amount: u128;
    } & Struct;
    readonly type: 'Create' | 'Update' | 'Delete' | 'SetProfileDeposit';
  }

  /** @name DatdotPrimitivesCryptoPublic (176) */
  interface DatdotPrimitivesCryptoPublic extends U8aFixed {}

  /** @name DatdotPrimitivesCryptoSignature (177) */
  interface DatdotPrimitivesCryptoSignature extends U8aFixed {}

  /** @name PalletRolesCall (181) */
  interface PalletRolesCall extends Enum {
    readonly isRegister: boolean;
    readonly asRegister: {
      readonly role: DatdotPrimitivesRole;
      readonly form: DatdotPrimitivesRoleForm;
      readonly stake: u128;
    } & Struct;
    readonly isUnregister: boolean;
    readonly asUnregister: {
      readonly role: DatdotPrimitivesRole;
    } & Struct;
    readonly isSetStatus: boolean;
    readonly asSetStatus: {
      readonly role: DatdotPrimitivesRole;
      readonly status: DatdotPrimitivesProviderStatus;
    } & Struct;
    readonly isSetMinStake: boolean;
    readonly asSetMinStake: {
      readonly role: DatdotPrimitivesRole;
      readonly amount: u128;
    } & Struct;
    readonly isUpdateForm: boolean;
    readonly asUpdateForm: {
      readonly role: DatdotPrimitivesRole;
      readonly form: DatdotPrimitivesRoleForm;
    } & Struct;
    readonly type: 'Register' | 'Unregister' | 'SetStatus' | 'SetMinStake' | 'UpdateForm';
  }

  /** @name DatdotPrimitivesRoleForm (182) */
  interface DatdotPrimitivesRoleForm extends Struct {
    readonly resources: DatdotPrimitivesResources;
    readonly regions: Vec<Bytes>;
    readonly timetable: Vec<DatdotPrimitivesTimeWindow>;
  }

  /** @name DatdotPrimitivesResources (183) */
  interface DatdotPrimitivesResources extends Struct {
    readonly storage: u64;
    readonly bandwidth: u64;
    readonly cpu: u32;
    readonly ram: u64;
  }

  /** @name DatdotPrimitivesTimeWindow (188) */
  interface DatdotPrimitivesTimeWindow extends Struct {
    readonly days: u8;
    readonly start: u16;
    readonly end: u16;
  }

  /** @name PalletEscrowCall (190) */
  interface PalletEscrowCall extends Enum {
    readonly isTopUp: boolean;
    readonly asTopUp: {
      readonly id: u64;
      readonly amount: u128;
    } & Struct;
    readonly isSetProtocolFee: boolean;
    readonly asSetProtocolFee: {
      readonly bps: u16;
    } & Struct;
    readonly isResolve: boolean;
    readonly asResolve: {
      readonly id: u64;
      readonly payeeShare: Perbill;
    } & Struct;
    readonly type: 'TopUp' | 'SetProtocolFee' | 'Resolve';
  }

  /** @name PalletReputationCall (191) */
  interface PalletReputationCall extends Enum {
    readonly isSetDecay: boolean;
    readonly asSetDecay: {
      readonly period: u32;
      readonly decay: Perbill;
    } & Struct;
    readonly isRate: boolean;
    readonly asRate: {
      readonly job: u64;
      readonly stars: u8;
    } & Struct;
    readonly type: 'SetDecay' | 'Rate';
  }

  /** @name PalletPlansCall (192) */
  interface PalletPlansCall extends Enum {
    readonly isSubscribe: boolean;
    readonly asSubscribe: {
      readonly terms: PalletPlansPlanTerms;
    } & Struct;
    readonly isUpdate: boolean;
    readonly asUpdate: {
      readonly plan: u64;
      readonly changes: PalletPlansPlanChanges;
    } & Struct;
    readonly isPause: boolean;
    readonly asPause: {
      readonly plan: u64;
    } & Struct;
    readonly isResume: boolean;
    readonly asResume: {
      readonly plan: u64;
    } & Struct;
    readonly isUnsubscribe: boolean;
    readonly asUnsubscribe: {
      readonly plan: u64;
    } & Struct;
    readonly type: 'Subscribe' | 'Update' | 'Pause' | 'Resume' | 'Unsubscribe';
  }

  /** @name PalletPlansPlanTerms (193) */
  interface PalletPlansPlanTerms extends Struct {
    readonly datasets: Vec<PalletPlansDataset>;
    readonly ranges: Vec<PalletPlansChunkRange>;
    readonly replication: u8;
    readonly regions: Vec<Bytes>;
    readonly start: u32;
    readonly end: u32;
    readonly price: u128;
    readonly minReputation: u32;
    readonly performance: PalletPlansPerformance;
  }

  /** @name PalletPlansDataset (195) */
  interface PalletPlansDataset extends Struct {
    readonly root: U8aFixed;
    readonly chunks: u32;
    readonly chunkSize: u32;
    readonly source: Bytes;
    readonly feed: Option<PalletPlansFeedSignature>;
  }

  /** @name PalletPlansFeedSignature (198) */
  interface PalletPlansFeedSignature extends Struct {
    readonly key: U8aFixed;
    readonly signature: U8aFixed;
  }

  /** @name PalletPlansChunkRange (201) */
  interface PalletPlansChunkRange extends Struct {
    readonly dataset: u32;
    readonly start: u32;
    readonly end: u32;
  }

  /** @name PalletPlansPerformance (203) */
  interface PalletPlansPerformance extends Struct {
    readonly minBandwidth: u64;
    readonly maxLatencyMs: u32;
  }

  /** @name PalletPlansPlanChanges (204) */
  interface PalletPlansPlanChanges extends Struct {
    readonly ranges: Option<Vec<PalletPlansChunkRange>>;
    readonly replication: Option<u8>;
    readonly end: Option<u32>;
    readonly price: Option<u128>;
  }

  /** @name PalletProofsCall (208) */
  interface PalletProofsCall extends Enum {
    readonly isRequest: boolean;
    readonly asRequest: {
      readonly contract: u64;
      readonly hoster: AccountId32;
    } & Struct;
    readonly isResponse: boolean;
    readonly asResponse: {
      readonly response: PalletProofsResponse;
      readonly signature: DatdotPrimitivesCryptoSignature;
    } & Struct;
    readonly isSetParams: boolean;
    readonly asSetParams: {
      readonly params: PalletProofsParams;
    } & Struct;
    readonly type: 'Request' | 'Response' | 'SetParams';
  }

  /** @name PalletProofsResponse (209) */
  interface PalletProofsResponse extends Struct {
    readonly challenge: u64;
    readonly asked: U8aFixed;
    readonly proofs: Vec<PalletProofsSegmentProof>;
    readonly signer: DatdotPrimitivesCryptoPublic;
  }

  /** @name PalletProofsSegmentProof (211) */
  interface PalletProofsSegmentProof extends Struct {
    readonly segment: Bytes;
    readonly siblings: Vec<U8aFixed>;
  }

  /** @name PalletJobsCall (215) */
  interface PalletJobsCall extends Enum {
    readonly isPost: boolean;
    readonly asPost: {
      readonly specHash: U8aFixed;
      readonly inputHash: U8aFixed;
      readonly requirements: PalletJobsRequirements;
      readonly payment: u128;
    } & Struct;
    readonly isClaim: boolean;
    readonly asClaim: {
      readonly job: u64;
    } & Struct;
    readonly isSubmitResult: boolean;
    readonly asSubmitResult: {
      readonly job: u64;
      readonly resultHash: U8aFixed;
      readonly proof: Option<U8aFixed>;
    } & Struct;
    readonly isAccept: boolean;
    readonly asAccept: {
      readonly job: u64;
    } & Struct;
    readonly isDispute: boolean;
    readonly asDispute: {
      readonly job: u64;
    } & Struct;
    readonly isCancel: boolean;
    readonly asCancel: {
      readonly job: u64;
    } & Struct;
    readonly isCompleteWithReceipt: boolean;
    readonly asCompleteWithReceipt: {
      readonly job: u64;
      readonly receipt: PalletJobsReceipt;
      readonly clientSignature: U8aFixed;
      readonly workerSignature: U8aFixed;
    } & Struct;
    readonly isSetParams: boolean;
    readonly asSetParams: {
      readonly params: PalletJobsParams;
    } & Struct;
    readonly type: 'Post' | 'Claim' | 'SubmitResult' | 'Accept' | 'Dispute' | 'Cancel' | 'CompleteWithReceipt' | 'SetParams';
  }

  /** @name PalletJobsRequirements (216) */
  interface PalletJobsRequirements extends Struct {
    readonly minReputation: u32;
    readonly resources: DatdotPrimitivesResources;
    readonly deadline: u32;
  }

  /** @name PalletJobsReceipt (217) */
  interface PalletJobsReceipt extends Struct {
    readonly checkpoint: u32;
    readonly checkpoints: u32;
  }

  /** @name PalletHostingCall (218) */
  interface PalletHostingCall extends Enum {
    readonly isReportMatch: boolean;
    readonly asReportMatch: {
      readonly report: PalletHostingMatchReport;
      readonly signature: DatdotPrimitivesCryptoSignature;
    } & Struct;
    readonly isSetupReport: boolean;
    readonly asSetupReport: {
      readonly report: PalletHostingSetupReport;
      readonly signature: DatdotPrimitivesCryptoSignature;
    } & Struct;
    readonly isSetAttestorFee: boolean;
    readonly asSetAttestorFee: {
      readonly fee: u128;
    } & Struct;
    readonly type: 'ReportMatch' | 'SetupReport' | 'SetAttestorFee';
  }

  /** @name PalletHostingMatchReport (219) */
  interface PalletHostingMatchReport extends Struct {
    readonly round: u64;
    readonly hosters: Vec<AccountId32>;
    readonly signer: DatdotPrimitivesCryptoPublic;
  }

  /** @name PalletHostingSetupReport (220) */
  interface PalletHostingSetupReport extends Struct {
    readonly contract: u64;
    readonly hoster: AccountId32;
    readonly deadline: u32;
    readonly verdict: PalletHostingSetupVerdict;
    readonly signer: DatdotPrimitivesCryptoPublic;
  }

  /** @name PalletHostingSetupVerdict (221) */
  interface PalletHostingSetupVerdict extends Enum {
    readonly isServes: boolean;
    readonly isFails: boolean;
    readonly isSourceOversized: boolean;
    readonly isSourceUnavailable: boolean;
    readonly type: 'Serves' | 'Fails' | 'SourceOversized' | 'SourceUnavailable';
  }

  /** @name PalletBenchmarksCall (222) */
  interface PalletBenchmarksCall extends Enum {
    readonly isRequest: boolean;
    readonly asRequest: {
      readonly contract: u64;
      readonly hoster: AccountId32;
    } & Struct;
    readonly isResponse: boolean;
    readonly asResponse: {
      readonly report: PalletBenchmarksReport;
      readonly signature: DatdotPrimitivesCryptoSignature;
    } & Struct;
    readonly isSetParams: boolean;
    readonly asSetParams: {
      readonly params: PalletBenchmarksParams;
    } & Struct;
    readonly type: 'Request' | 'Response' | 'SetParams';
  }

  /** @name PalletBenchmarksReport (223) */
  interface PalletBenchmarksReport extends Struct {
    readonly benchmark: u64;
    readonly asked: U8aFixed;
    readonly rating: PalletBenchmarksRating;
    readonly signer: DatdotPrimitivesCryptoPublic;
  }

  /** @name PalletSudoError (224) */
  interface PalletSudoError extends Enum {
    readonly isRequireSudo: boolean;
    readonly type: 'RequireSudo';
  }

  /** @name PalletBreakerError (225) */
  interface PalletBreakerError extends Enum {
    readonly isUnknownPallet: boolean;
    readonly isUnpausable: boolean;
    readonly isAlreadyPaused: boolean;
    readonly isNotPaused: boolean;
    readonly type: 'UnknownPallet' | 'Unpausable' | 'AlreadyPaused' | 'NotPaused';
  }

  /** @name PalletAccountsProfile (226) */
  interface PalletAccountsProfile extends Struct {
    readonly ocwKey: DatdotPrimitivesCryptoPublic;
    readonly transportKey: U8aFixed;
    readonly endpoint: Bytes;
    readonly region: Bytes;
    readonly deposit: u128;
  }

  /** @name PalletAccountsError (228) */
  interface PalletAccountsError extends Enum {
    readonly isAlreadyExists: boolean;
    readonly isNotFound: boolean;
    readonly isEndpointTooLong: boolean;
    readonly isInvalidEndpoint: boolean;
    readonly isRegionTooLong: boolean;
    readonly isInvalidRegion: boolean;
    readonly isOcwKeyInUse: boolean;
    readonly isBadKeyProof: boolean;
    readonly isNothingToUpdate: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isRoleHeld: boolean;
    readonly isPlanHeld: boolean;
    readonly isContractHeld: boolean;
    readonly isJobHeld: boolean;
    readonly type: 'AlreadyExists' | 'NotFound' | 'EndpointTooLong' | 'InvalidEndpoint' | 'RegionTooLong' | 'InvalidRegion' | 'OcwKeyInUse' | 'BadKeyProof' | 'NothingToUpdate' | 'InsufficientBalance' | 'RoleHeld' | 'PlanHeld' | 'ContractHeld' | 'JobHeld';
  }

  /** @name PalletRolesRegistration (230) */
  interface PalletRolesRegistration extends Struct {
    readonly form: DatdotPrimitivesRoleForm;
    readonly stake: u128;
    readonly status: DatdotPrimitivesProviderStatus;
    readonly usedStorage: u64;
    readonly duties: u32;
    readonly since: u32;
    readonly index: u32;
  }

  /** @name PalletRolesError (232) */
  interface PalletRolesError extends Enum {
    readonly isAlreadyRegistered: boolean;
    readonly isNotRegistered: boolean;
    readonly isNoProfile: boolean;
    readonly isStakeTooLow: boolean;
    readonly isStakeNotAllowed: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isNoResources: boolean;
    readonly isInvalidRegion: boolean;
    readonly isInvalidTimetable: boolean;
    readonly isDutiesOpen: boolean;
    readonly isNotAProvider: boolean;
    readonly isStatusUnchanged: boolean;
    readonly isTooManyMembers: boolean;
    readonly isNotAvailable: boolean;
    readonly isCapacityExceeded: boolean;
    readonly isBelowUsedStorage: boolean;
    readonly isOverflow: boolean;
    readonly type: 'AlreadyRegistered' | 'NotRegistered' | 'NoProfile' | 'StakeTooLow' | 'StakeNotAllowed' | 'InsufficientBalance' | 'NoResources' | 'InvalidRegion' | 'InvalidTimetable' | 'DutiesOpen' | 'NotAProvider' | 'StatusUnchanged' | 'TooManyMembers' | 'NotAvailable' | 'CapacityExceeded' | 'BelowUsedStorage' | 'Overflow';
  }

  /** @name PalletEscrowEscrow (233) */
  interface PalletEscrowEscrow extends Struct {
    readonly payer: AccountId32;
    readonly amount: u128;
  }

  /** @name PalletEscrowDispute (234) */
  interface PalletEscrowDispute extends Struct {
    readonly payee: AccountId32;
    readonly disputer: AccountId32;
    readonly bond: u128;
  }

  /** @name PalletEscrowError (235) */
  interface PalletEscrowError extends Enum {
    readonly isEscrowNotFound: boolean;
    readonly isInsufficientEscrow: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isZeroAmount: boolean;
    readonly isFeeTooHigh: boolean;
    readonly isOverflow: boolean;
    readonly isNoDispute: boolean;
    readonly isInDispute: boolean;
    readonly isNotAParty: boolean;
    readonly type: 'EscrowNotFound' | 'InsufficientEscrow' | 'InsufficientBalance' | 'ZeroAmount' | 'FeeTooHigh' | 'Overflow' | 'NoDispute' | 'InDispute' | 'NotAParty';
  }

  /** @name PalletReputationEvidence (236) */
  interface PalletReputationEvidence extends Struct {
    readonly alpha: u64;
    readonly beta: u64;
    readonly updated: u32;
  }

  /** @name PalletReputationError (237) */
  interface PalletReputationError extends Enum {
    readonly isZeroPeriod: boolean;
    readonly isBadStars: boolean;
    readonly type: 'ZeroPeriod' | 'BadStars';
  }

  /** @name PalletPlansPlan (238) */
  interface PalletPlansPlan extends Struct {
    readonly sponsor: AccountId32;
    readonly terms: PalletPlansPlanTerms;
    readonly escrow: u64;
    readonly status: PalletPlansPlanStatus;
    readonly created: u32;
    readonly paused: u32;
    readonly fees: u128;
  }

  /** @name PalletPlansPlanStatus (239) */
  interface PalletPlansPlanStatus extends Enum {
    readonly isQueued: boolean;
    readonly isActive: boolean;
    readonly isPaused: boolean;
    readonly asPaused: u32;
    readonly type: 'Queued' | 'Active' | 'Paused';
  }

  /** @name PalletPlansQueueEntry (241) */
  interface PalletPlansQueueEntry extends Struct {
    readonly plan: u64;
    readonly price: u128;
    readonly created: u32;
    readonly start: u32;
  }

  /** @name PalletPlansError (245) */
  interface PalletPlansError extends Enum {
    readonly isPlanNotFound: boolean;
    readonly isNotSponsor: boolean;
    readonly isNotASponsor: boolean;
    readonly isNoDatasets: boolean;
    readonly isEmptyDataset: boolean;
    readonly isChunkTooLarge: boolean;
    readonly isInvalidSource: boolean;
    readonly isBadFeedSignature: boolean;
    readonly isNoRanges: boolean;
    readonly isRangeOutOfBounds: boolean;
    readonly isInvalidReplication: boolean;
    readonly isInvalidRegion: boolean;
    readonly isInvalidPeriod: boolean;
    readonly isStartTooFar: boolean;
    readonly isZeroPrice: boolean;
    readonly isInvalidReputation: boolean;
    readonly isBudgetOverflow: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isQueueFull: boolean;
    readonly isEndBlockFull: boolean;
    readonly isTooManyPlans: boolean;
    readonly isNotActive: boolean;
    readonly isNotPaused: boolean;
    readonly isNothingToUpdate: boolean;
    readonly isFixedWhileHosted: boolean;
    readonly isTooManyContracts: boolean;
    readonly isBudgetExhausted: boolean;
    readonly isOverflow: boolean;
    readonly type: 'PlanNotFound' | 'NotSponsor' | 'NotASponsor' | 'NoDatasets' | 'EmptyDataset' | 'ChunkTooLarge' | 'InvalidSource' | 'BadFeedSignature' | 'NoRanges' | 'RangeOutOfBounds' | 'InvalidReplication' | 'InvalidRegion' | 'InvalidPeriod' | 'StartTooFar' | 'ZeroPrice' | 'InvalidReputation' | 'BudgetOverflow' | 'InsufficientBalance' | 'QueueFull' | 'EndBlockFull' | 'TooManyPlans' | 'NotActive' | 'NotPaused' | 'NothingToUpdate' | 'FixedWhileHosted' | 'TooManyContracts' | 'BudgetExhausted' | 'Overflow';
  }

  /** @name PalletProofsChallenge (246) */
  interface PalletProofsChallenge extends Struct {
    readonly hoster: AccountId32;
    readonly pieces: Vec<PalletProofsPiece>;
    readonly deadline: u32;
    readonly requested: bool;
  }

  /** @name PalletProofsHosterAudit (248) */
  interface PalletProofsHosterAudit extends Struct {
    readonly audits: DatdotPrimitivesAuditAudits;
    readonly due: u32;
    readonly open: Option<u64>;
    readonly faults: u32;
    readonly lastFault: Option<u32>;
  }

  /** @name DatdotPrimitivesAuditAudits (249) */
  interface DatdotPrimitivesAuditAudits extends Struct {
    readonly count: u32;
    readonly last: u64;
    readonly proven: u64;
    readonly recent: u64;
  }

  /** @name PalletProofsSlotBook (255) */
  interface PalletProofsSlotBook extends Struct {
    readonly next: u32;
    readonly free: u32;
  }

  /** @name PalletProofsLedgerEntry (257) */
  interface PalletProofsLedgerEntry extends Struct {
    readonly plan: u64;
    readonly chunks: u32;
    readonly paidUntil: u32;
    readonly mark: DatdotPrimitivesAuditMark;
    readonly pausedMark: u64;
    readonly shortfall: u64;
    readonly faults: u32;
    readonly lastFault: Option<u32>;
    readonly open: Option<u64>;
    readonly slot: Option<u32>;
    readonly bytes: u64;
  }

  /** @name DatdotPrimitivesAuditMark (258) */
  interface DatdotPrimitivesAuditMark extends Struct {
    readonly count: u32;
    readonly proven: u64;
    readonly offset: u64;
  }

  /** @name PalletProofsError (259) */
  interface PalletProofsError extends Enum {
    readonly isChallengeNotFound: boolean;
    readonly isBadSignature: boolean;
    readonly isNotChallenged: boolean;
    readonly isTooLate: boolean;
    readonly isNoSuchHosting: boolean;
    readonly isTooManyChallenges: boolean;
    readonly isBadParams: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isAlreadyChallenged: boolean;
    readonly isPlanNotRunning: boolean;
    readonly isOverflow: boolean;
    readonly isWrongChallenge: boolean;
    readonly type: 'ChallengeNotFound' | 'BadSignature' | 'NotChallenged' | 'TooLate' | 'NoSuchHosting' | 'TooManyChallenges' | 'BadParams' | 'InsufficientBalance' | 'AlreadyChallenged' | 'PlanNotRunning' | 'Overflow' | 'WrongChallenge';
  }

  /** @name PalletJobsJob (260) */
  interface PalletJobsJob extends Struct {
    readonly client: AccountId32;
    readonly specHash: U8aFixed;
    readonly inputHash: U8aFixed;
    readonly requirements: PalletJobsRequirements;
    readonly payment: u128;
    readonly escrow: u64;
    readonly status: PalletJobsJobStatus;
    readonly failed: Vec<AccountId32>;
    readonly posted: u32;
  }

  /** @name PalletJobsJobStatus (261) */
  interface PalletJobsJobStatus extends Enum {
    readonly isPosted: boolean;
    readonly isClaimed: boolean;
    readonly asClaimed: {
      readonly worker: AccountId32;
      readonly until: u32;
    } & Struct;
    readonly isSubmitted: boolean;
    readonly asSubmitted: {
      readonly worker: AccountId32;
      readonly result: U8aFixed;
      readonly proof: Option<U8aFixed>;
      readonly acceptAt: u32;
    } & Struct;
    readonly isDisputed: boolean;
    readonly asDisputed: {
      readonly worker: AccountId32;
      readonly result: U8aFixed;
    } & Struct;
    readonly type: 'Posted' | 'Claimed' | 'Submitted' | 'Disputed';
  }

  /** @name PalletJobsTimeout (265) */
  interface PalletJobsTimeout extends Enum {
    readonly isDeadline: boolean;
    readonly isClaim: boolean;
    readonly isAccept: boolean;
    readonly isRating: boolean;
    readonly type: 'Deadline' | 'Claim' | 'Accept' | 'Rating';
  }

  /** @name PalletJobsError (268) */
  interface PalletJobsError extends Enum {
    readonly isJobNotFound: boolean;
    readonly isNotClient: boolean;
    readonly isNotWorker: boolean;
    readonly isWrongStatus: boolean;
    readonly isPaymentTooLow: boolean;
    readonly isTooManyClaims: boolean;
    readonly isBadDeadline: boolean;
    readonly isNotAWorker: boolean;
    readonly isReputationTooLow: boolean;
    readonly isNotEnoughResources: boolean;
    readonly isAlreadyFailed: boolean;
    readonly isOwnJob: boolean;
    readonly isTooEarly: boolean;
    readonly isDeadlinePassed: boolean;
    readonly isWindowClosed: boolean;
    readonly isBadSignature: boolean;
    readonly isBadReceipt: boolean;
    readonly isScheduleFull: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isBadParams: boolean;
    readonly isOverflow: boolean;
    readonly type: 'JobNotFound' | 'NotClient' | 'NotWorker' | 'WrongStatus' | 'PaymentTooLow' | 'TooManyClaims' | 'BadDeadline' | 'NotAWorker' | 'ReputationTooLow' | 'NotEnoughResources' | 'AlreadyFailed' | 'OwnJob' | 'TooEarly' | 'DeadlinePassed' | 'WindowClosed' | 'BadSignature' | 'BadReceipt' | 'ScheduleFull' | 'InsufficientBalance' | 'BadParams' | 'Overflow';
  }

  /** @name PalletHostingContract (269) */
  interface PalletHostingContract extends Struct {
    readonly plan: u64;
    readonly dataset: u32;
    readonly start: u32;
    readonly end: u32;
    readonly bytes: u64;
    readonly hosters: Vec<ITuple<[AccountId32, bool]>>;
    readonly status: PalletHostingContractStatus;
    readonly round: Option<u64>;
    readonly since: u32;
    readonly failed: Vec<AccountId32>;
    readonly unanswered: u32;
  }

  /** @name PalletHostingContractStatus (273) */
  interface PalletHostingContractStatus extends Enum {
    readonly isMatching: boolean;
    readonly isHosted: boolean;
    readonly type: 'Matching' | 'Hosted';
  }

  /** @name PalletHostingRound (275) */
  interface PalletHostingRound extends Struct {
    readonly contract: u64;
    readonly seed: U8aFixed;
    readonly wanted: u32;
    readonly attestors: Vec<AccountId32>;
    readonly deadline: u32;
  }

  /** @name PalletHostingSetupCheck (279) */
  interface PalletHostingSetupCheck extends Struct {
    readonly checkers: Vec<ITuple<[AccountId32, Option<PalletHostingSetupVerdict>]>>;
    readonly deadline: u32;
    readonly failAfter: u32;
  }

  /** @name PalletHostingError (288) */
  interface PalletHostingError extends Enum {
    readonly isContractNotFound: boolean;
    readonly isRoundNotFound: boolean;
    readonly isBadSignature: boolean;
    readonly isUnknownKey: boolean;
    readonly isNotSelected: boolean;
    readonly isAlreadyReported: boolean;
    readonly isMalformedReport: boolean;
    readonly isNotByRule: boolean;
    readonly isNoPendingSetup: boolean;
    readonly isWrongSetup: boolean;
    readonly isTooManyContracts: boolean;
    readonly isTooManyRounds: boolean;
    readonly isNotEnoughAttestors: boolean;
    readonly isPlanNotRunning: boolean;
    readonly isOverflow: boolean;
    readonly isTooEarly: boolean;
    readonly type: 'ContractNotFound' | 'RoundNotFound' | 'BadSignature' | 'UnknownKey' | 'NotSelected' | 'AlreadyReported' | 'MalformedReport' | 'NotByRule' | 'NoPendingSetup' | 'WrongSetup' | 'TooManyContracts' | 'TooManyRounds' | 'NotEnoughAttestors' | 'PlanNotRunning' | 'Overflow' | 'TooEarly';
  }

  /** @name PalletBenchmarksBenchmark (289) */
  interface PalletBenchmarksBenchmark extends Struct {
    readonly hoster: AccountId32;
    readonly contract: u64;
    readonly attestors: Vec<AccountId32>;
    readonly indexes: Vec<u32>;
    readonly ratings: Vec<ITuple<[AccountId32, PalletBenchmarksRating]>>;
    readonly deadline: u32;
  }

  /** @name PalletBenchmarksMeasurement (295) */
  interface PalletBenchmarksMeasurement extends Struct {
    readonly at: u32;
    readonly contract: u64;
    readonly median: PalletBenchmarksRating;
    readonly meets: bool;
  }

  /** @name PalletBenchmarksError (296) */
  interface PalletBenchmarksError extends Enum {
    readonly isBenchmarkNotFound: boolean;
    readonly isBadSignature: boolean;
    readonly isNotNamed: boolean;
    readonly isAlreadyRated: boolean;
    readonly isNoSuchHosting: boolean;
    readonly isAlreadyOpen: boolean;
    readonly isNoAttestors: boolean;
    readonly isTooManyBenchmarks: boolean;
    readonly isBadParams: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isOverflow: boolean;
    readonly isWrongBenchmark: boolean;
    readonly type: 'BenchmarkNotFound' | 'BadSignature' | 'NotNamed' | 'AlreadyRated' | 'NoSuchHosting' | 'AlreadyOpen' | 'NoAttestors' | 'TooManyBenchmarks' | 'BadParams' | 'InsufficientBalance' | 'Overflow' | 'WrongBenchmark';
  }

  /** @name SpRuntimeMultiSignature (298) */
  interface SpRuntimeMultiSignature extends Enum {
    readonly isEd25519: boolean;
    readonly asEd25519: U8aFixed;
    readonly isSr25519: boolean;
    readonly asSr25519: U8aFixed;
    readonly isEcdsa: boolean;
    readonly asEcdsa: U8aFixed;
    readonly isEth: boolean;
    readonly asEth: U8aFixed;
    readonly type: 'Ed25519' | 'Sr25519' | 'Ecdsa' | 'Eth';
  }

  /** @name FrameSystemExtensionsAuthorizeCall (301) */
  type FrameSystemExtensionsAuthorizeCall = Null;

  /** @name FrameSystemExtensionsCheckNonZeroSender (302) */
  type FrameSystemExtensionsCheckNonZeroSender = Null;

  /** @name FrameSystemExtensionsCheckSpecVersion (303) */
  type FrameSystemExtensionsCheckSpecVersion = Null;

  /** @name FrameSystemExtensionsCheckTxVersion (304) */
  type FrameSystemExtensionsCheckTxVersion = Null;

  /** @name FrameSystemExtensionsCheckGenesis (305) */
  type FrameSystemExtensionsCheckGenesis = Null;

  /** @name FrameSystemExtensionsCheckNonce (308) */
  interface FrameSystemExtensionsCheckNonce extends Compact<u32> {}

  /** @name FrameSystemExtensionsCheckWeight (309) */
  type FrameSystemExtensionsCheckWeight = Null;

  /** @name PalletTransactionPaymentChargeTransactionPayment (310) */
  interface PalletTransactionPaymentChargeTransactionPayment extends Compact<u128> {}

  /** @name FrameSystemExtensionsWeightReclaim (311) */
  type FrameSystemExtensionsWeightReclaim = Null;

  /** @name DatdotRuntimeRuntime (312) */
  type DatdotRuntimeRuntime = Null;

} // declare module
