// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

/* eslint-disable sort-keys */

export default {
  /**
   * Lookup3: frame_system::AccountInfo<Nonce, pallet_balances::types::AccountData<Balance>>
   **/
  FrameSystemAccountInfo: {
    nonce: 'u32',
    consumers: 'u32',
    providers: 'u32',
    sufficients: 'u32',
    data: 'PalletBalancesAccountData'
  },
  /**
   * Lookup5: pallet_balances::types::AccountData<Balance>
   **/
  PalletBalancesAccountData: {
    free: 'u128',
    reserved: 'u128',
    frozen: 'u128',
    flags: 'u128'
  },
  /**
   * Lookup9: frame_support::dispatch::PerDispatchClass<sp_weights::weight_v2::Weight>
   **/
  FrameSupportDispatchPerDispatchClassWeight: {
    normal: 'SpWeightsWeightV2Weight',
    operational: 'SpWeightsWeightV2Weight',
    mandatory: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup10: sp_weights::weight_v2::Weight
   **/
  SpWeightsWeightV2Weight: {
    refTime: 'Compact<u64>',
    proofSize: 'Compact<u64>'
  },
  /**
   * Lookup15: sp_runtime::generic::digest::Digest
   **/
  SpRuntimeDigest: {
    logs: 'Vec<SpRuntimeDigestDigestItem>'
  },
  /**
   * Lookup17: sp_runtime::generic::digest::DigestItem
   **/
  SpRuntimeDigestDigestItem: {
    _enum: {
      Other: 'Bytes',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      Consensus: '([u8;4],Bytes)',
      Seal: '([u8;4],Bytes)',
      PreRuntime: '([u8;4],Bytes)',
      __Unused7: 'Null',
      RuntimeEnvironmentUpdated: 'Null'
    }
  },
  /**
   * Lookup20: frame_system::EventRecord<datdot_runtime::RuntimeEvent, primitive_types::H256>
   **/
  FrameSystemEventRecord: {
    phase: 'FrameSystemPhase',
    event: 'Event',
    topics: 'Vec<H256>'
  },
  /**
   * Lookup22: frame_system::pallet::Event<T>
   **/
  FrameSystemEvent: {
    _enum: {
      ExtrinsicSuccess: {
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      ExtrinsicFailed: {
        dispatchError: 'SpRuntimeDispatchError',
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      CodeUpdated: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      NewAccount: {
        account: 'AccountId32',
      },
      KilledAccount: {
        account: 'AccountId32',
      },
      Remarked: {
        _alias: {
          hash_: 'hash',
        },
        sender: 'AccountId32',
        hash_: 'H256',
      },
      UpgradeAuthorized: {
        codeHash: 'H256',
        checkVersion: 'bool',
      },
      RejectedInvalidAuthorizedUpgrade: {
        codeHash: 'H256',
        error: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup23: frame_system::DispatchEventInfo
   **/
  FrameSystemDispatchEventInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup24: frame_support::dispatch::DispatchClass
   **/
  FrameSupportDispatchDispatchClass: {
    _enum: ['Normal', 'Operational', 'Mandatory']
  },
  /**
   * Lookup25: frame_support::dispatch::Pays
   **/
  FrameSupportDispatchPays: {
    _enum: ['Yes', 'No']
  },
  /**
   * Lookup26: sp_runtime::DispatchError
   **/
  SpRuntimeDispatchError: {
    _enum: {
      Other: 'Null',
      CannotLookup: 'Null',
      BadOrigin: 'Null',
      Module: 'SpRuntimeModuleError',
      ConsumerRemaining: 'Null',
      NoProviders: 'Null',
      TooManyConsumers: 'Null',
      Token: 'SpRuntimeTokenError',
      Arithmetic: 'SpArithmeticArithmeticError',
      Transactional: 'SpRuntimeTransactionalError',
      Exhausted: 'Null',
      Corruption: 'Null',
      Unavailable: 'Null',
      RootNotAllowed: 'Null',
      Trie: 'SpRuntimeProvingTrieTrieError'
    }
  },
  /**
   * Lookup27: sp_runtime::ModuleError
   **/
  SpRuntimeModuleError: {
    index: 'u8',
    error: '[u8;4]'
  },
  /**
   * Lookup28: sp_runtime::TokenError
   **/
  SpRuntimeTokenError: {
    _enum: ['FundsUnavailable', 'OnlyProvider', 'BelowMinimum', 'CannotCreate', 'UnknownAsset', 'Frozen', 'Unsupported', 'CannotCreateHold', 'NotExpendable', 'Blocked']
  },
  /**
   * Lookup29: sp_arithmetic::ArithmeticError
   **/
  SpArithmeticArithmeticError: {
    _enum: ['Underflow', 'Overflow', 'DivisionByZero']
  },
  /**
   * Lookup30: sp_runtime::TransactionalError
   **/
  SpRuntimeTransactionalError: {
    _enum: ['LimitReached', 'NoLayer']
  },
  /**
   * Lookup31: sp_runtime::proving_trie::TrieError
   **/
  SpRuntimeProvingTrieTrieError: {
    _enum: ['InvalidStateRoot', 'IncompleteDatabase', 'ValueAtIncompleteKey', 'DecoderError', 'InvalidHash', 'DuplicateKey', 'ExtraneousNode', 'ExtraneousValue', 'ExtraneousHashReference', 'InvalidChildReference', 'ValueMismatch', 'IncompleteProof', 'RootMismatch', 'DecodeError']
  },
  /**
   * Lookup32: pallet_grandpa::pallet::Event
   **/
  PalletGrandpaEvent: {
    _enum: {
      NewAuthorities: {
        authoritySet: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
      },
      Paused: 'Null',
      Resumed: 'Null'
    }
  },
  /**
   * Lookup35: sp_consensus_grandpa::app::Public
   **/
  SpConsensusGrandpaAppPublic: '[u8;32]',
  /**
   * Lookup36: pallet_balances::pallet::Event<T, I>
   **/
  PalletBalancesEvent: {
    _enum: {
      Endowed: {
        account: 'AccountId32',
        freeBalance: 'u128',
      },
      DustLost: {
        account: 'AccountId32',
        amount: 'u128',
      },
      Transfer: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
      },
      BalanceSet: {
        who: 'AccountId32',
        free: 'u128',
      },
      Reserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unreserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      ReserveRepatriated: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
        destinationStatus: 'FrameSupportTokensMiscBalanceStatus',
      },
      Deposit: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Withdraw: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Slashed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Minted: {
        who: 'AccountId32',
        amount: 'u128',
      },
      MintedCredit: {
        amount: 'u128',
      },
      Burned: {
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedDebt: {
        amount: 'u128',
      },
      Suspended: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Restored: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Upgraded: {
        who: 'AccountId32',
      },
      Issued: {
        amount: 'u128',
      },
      Rescinded: {
        amount: 'u128',
      },
      Locked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unlocked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Frozen: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Thawed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      TotalIssuanceForced: {
        _alias: {
          new_: 'new',
        },
        old: 'u128',
        new_: 'u128',
      },
      Held: {
        reason: 'DatdotRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedHeld: {
        reason: 'DatdotRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      TransferOnHold: {
        reason: 'DatdotRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        amount: 'u128',
      },
      TransferAndHold: {
        reason: 'DatdotRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        transferred: 'u128',
      },
      Released: {
        reason: 'DatdotRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      Unexpected: 'PalletBalancesUnexpectedKind'
    }
  },
  /**
   * Lookup37: frame_support::traits::tokens::misc::BalanceStatus
   **/
  FrameSupportTokensMiscBalanceStatus: {
    _enum: ['Free', 'Reserved']
  },
  /**
   * Lookup38: datdot_runtime::RuntimeHoldReason
   **/
  DatdotRuntimeRuntimeHoldReason: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      Accounts: 'PalletAccountsHoldReason',
      Roles: 'PalletRolesHoldReason',
      Escrow: 'PalletEscrowHoldReason'
    }
  },
  /**
   * Lookup39: pallet_accounts::pallet::HoldReason
   **/
  PalletAccountsHoldReason: {
    _enum: ['ProfileDeposit']
  },
  /**
   * Lookup40: pallet_roles::pallet::HoldReason
   **/
  PalletRolesHoldReason: {
    _enum: ['Stake']
  },
  /**
   * Lookup41: pallet_escrow::pallet::HoldReason
   **/
  PalletEscrowHoldReason: {
    _enum: ['Funds', 'DisputeBond']
  },
  /**
   * Lookup42: pallet_balances::pallet::UnexpectedKind
   **/
  PalletBalancesUnexpectedKind: {
    _enum: ['BalanceUpdated', 'FailedToMutateAccount']
  },
  /**
   * Lookup43: pallet_transaction_payment::pallet::Event<T>
   **/
  PalletTransactionPaymentEvent: {
    _enum: {
      TransactionFeePaid: {
        who: 'AccountId32',
        actualFee: 'u128',
        tip: 'u128'
      }
    }
  },
  /**
   * Lookup44: pallet_sudo::pallet::Event<T>
   **/
  PalletSudoEvent: {
    _enum: {
      Sudid: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>',
      },
      KeyChanged: {
        _alias: {
          new_: 'new',
        },
        old: 'Option<AccountId32>',
        new_: 'AccountId32',
      },
      KeyRemoved: 'Null',
      SudoAsDone: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>'
      }
    }
  },
  /**
   * Lookup48: pallet_breaker::pallet::Event<T>
   **/
  PalletBreakerEvent: {
    _enum: {
      PalletPaused: {
        pallet: 'Bytes',
      },
      PalletResumed: {
        pallet: 'Bytes'
      }
    }
  },
  /**
   * Lookup50: pallet_accounts::pallet::Event<T>
   **/
  PalletAccountsEvent: {
    _enum: {
      AccountCreated: {
        who: 'AccountId32',
        deposit: 'u128',
      },
      AccountUpdated: {
        who: 'AccountId32',
      },
      AccountDeleted: {
        who: 'AccountId32',
        deposit: 'u128',
      },
      ProfileDepositSet: {
        amount: 'u128'
      }
    }
  },
  /**
   * Lookup51: pallet_roles::pallet::Event<T>
   **/
  PalletRolesEvent: {
    _enum: {
      RoleRegistered: {
        who: 'AccountId32',
        role: 'DatdotPrimitivesRole',
        stake: 'u128',
      },
      RoleUnregistered: {
        who: 'AccountId32',
        role: 'DatdotPrimitivesRole',
        stake: 'u128',
      },
      StatusChanged: {
        who: 'AccountId32',
        role: 'DatdotPrimitivesRole',
        status: 'DatdotPrimitivesProviderStatus',
      },
      Slashed: {
        who: 'AccountId32',
        role: 'DatdotPrimitivesRole',
        amount: 'u128',
      },
      FormUpdated: {
        who: 'AccountId32',
        role: 'DatdotPrimitivesRole',
      },
      MinStakeSet: {
        role: 'DatdotPrimitivesRole',
        amount: 'u128'
      }
    }
  },
  /**
   * Lookup52: datdot_primitives::types::Role
   **/
  DatdotPrimitivesRole: {
    _enum: ['Sponsor', 'Hoster', 'Attestor', 'Worker']
  },
  /**
   * Lookup53: datdot_primitives::types::ProviderStatus
   **/
  DatdotPrimitivesProviderStatus: {
    _enum: ['Available', 'AtCapacity', 'SignedOff']
  },
  /**
   * Lookup54: pallet_escrow::pallet::Event<T>
   **/
  PalletEscrowEvent: {
    _enum: {
      Opened: {
        id: 'u64',
        payer: 'AccountId32',
        amount: 'u128',
      },
      ToppedUp: {
        id: 'u64',
        funder: 'AccountId32',
        amount: 'u128',
      },
      Paid: {
        id: 'u64',
        payee: 'AccountId32',
        amount: 'u128',
        fee: 'u128',
      },
      Refunded: {
        id: 'u64',
        payer: 'AccountId32',
        amount: 'u128',
      },
      DisputeOpened: {
        id: 'u64',
        disputer: 'AccountId32',
        payee: 'AccountId32',
        bond: 'u128',
      },
      DisputeResolved: {
        id: 'u64',
        payeeShare: 'Perbill',
        paid: 'u128',
        refunded: 'u128',
        bondSlashed: 'u128',
      },
      ProtocolFeeSet: {
        bps: 'u16'
      }
    }
  },
  /**
   * Lookup57: pallet_reputation::pallet::Event<T>
   **/
  PalletReputationEvent: {
    _enum: {
      ReputationChanged: {
        who: 'AccountId32',
        role: 'DatdotPrimitivesRole',
        score: 'u32',
      },
      Rated: {
        job: 'u64',
        worker: 'AccountId32',
        stars: 'u8',
      },
      DecaySet: {
        period: 'u32',
        decay: 'Perbill'
      }
    }
  },
  /**
   * Lookup58: pallet_plans::pallet::Event<T>
   **/
  PalletPlansEvent: {
    _enum: {
      PlanSubscribed: {
        plan: 'u64',
        sponsor: 'AccountId32',
        budget: 'u128',
        fees: 'u128',
      },
      PlanStarted: {
        plan: 'u64',
      },
      PlanUpdated: {
        plan: 'u64',
        budget: 'u128',
      },
      PausePlan: {
        plan: 'u64',
      },
      ResumePlan: {
        plan: 'u64',
      },
      EndPlan: {
        plan: 'u64',
        reason: 'PalletPlansEndReason',
        refund: 'u128'
      }
    }
  },
  /**
   * Lookup59: pallet_plans::types::EndReason
   **/
  PalletPlansEndReason: {
    _enum: ['Unsubscribed', 'Expired', 'BudgetSpent']
  },
  /**
   * Lookup60: pallet_proofs::pallet::Event<T>
   **/
  PalletProofsEvent: {
    _enum: {
      ProvideProofOfStorage: {
        challenge: 'u64',
        hoster: 'AccountId32',
        pieces: 'Vec<PalletProofsPiece>',
        deadline: 'u32',
      },
      ProofAccepted: {
        challenge: 'u64',
        hoster: 'AccountId32',
      },
      Paid: {
        contract: 'u64',
        hoster: 'AccountId32',
        blocks: 'u64',
        paid: 'u128',
      },
      ChallengeClosed: {
        challenge: 'u64',
        hoster: 'AccountId32',
      },
      AuditMissed: {
        challenge: 'u64',
        hoster: 'AccountId32',
        faults: 'u32',
      },
      Fault: {
        challenge: 'u64',
        hoster: 'AccountId32',
        contract: 'u64',
        faults: 'u32',
      },
      RepeatFault: {
        challenge: 'u64',
        hoster: 'AccountId32',
        contract: 'u64',
      },
      ClockHeld: {
        clock: 'u32',
      },
      ParamsSet: {
        params: 'PalletProofsParams'
      }
    }
  },
  /**
   * Lookup62: pallet_proofs::pallet::Piece
   **/
  PalletProofsPiece: {
    contract: 'u64',
    index: 'u32',
    segment: 'u32'
  },
  /**
   * Lookup64: pallet_proofs::pallet::Params<Balance, BlockNumber>
   **/
  PalletProofsParams: {
    period: 'u32',
    window: 'u32',
    indexes: 'u32',
    maxFaults: 'u32',
    slashes: '[Perbill;3]',
    requestFee: 'u128'
  },
  /**
   * Lookup66: pallet_jobs::pallet::Event<T>
   **/
  PalletJobsEvent: {
    _enum: {
      JobPosted: {
        job: 'u64',
        client: 'AccountId32',
        payment: 'u128',
        deadline: 'u32',
      },
      JobClaimed: {
        job: 'u64',
        worker: 'AccountId32',
        until: 'u32',
      },
      ResultSubmitted: {
        job: 'u64',
        worker: 'AccountId32',
        result: '[u8;32]',
        acceptAt: 'u32',
      },
      JobCompleted: {
        job: 'u64',
        worker: 'AccountId32',
        paid: 'u128',
        refunded: 'u128',
        how: 'PalletJobsCompletion',
      },
      JobDisputed: {
        job: 'u64',
        bond: 'u128',
      },
      JobCancelled: {
        job: 'u64',
        refunded: 'u128',
      },
      ClaimLapsed: {
        job: 'u64',
        worker: 'AccountId32',
      },
      TimeoutPostponed: {
        job: 'u64',
        until: 'u32',
      },
      JobExpired: {
        job: 'u64',
        refunded: 'u128',
      },
      ParamsSet: {
        params: 'PalletJobsParams'
      }
    }
  },
  /**
   * Lookup67: pallet_jobs::pallet::Completion
   **/
  PalletJobsCompletion: {
    _enum: ['Accepted', 'AutoAccepted', 'Receipt', 'Resolved']
  },
  /**
   * Lookup68: pallet_jobs::types::Params<Balance, BlockNumber>
   **/
  PalletJobsParams: {
    minPayment: 'u128',
    challengeWindow: 'u32',
    claimPeriod: 'u32',
    disputeBond: 'u128',
    slash: 'Perbill',
    highReputation: 'u32',
    earlyWindow: 'u32'
  },
  /**
   * Lookup69: pallet_hosting::pallet::Event<T>
   **/
  PalletHostingEvent: {
    _enum: {
      MatchingRoundOpened: {
        round: 'u64',
        contract: 'u64',
        attestors: 'Vec<AccountId32>',
        seed: '[u8;32]',
        deadline: 'u32',
      },
      MatchReported: {
        round: 'u64',
        attestor: 'AccountId32',
      },
      StartHosting: {
        plan: 'u64',
        contract: 'u64',
        hosters: 'Vec<AccountId32>',
        attestors: 'Vec<AccountId32>',
      },
      SetupUndecided: {
        contract: 'u64',
        hoster: 'AccountId32',
      },
      HostingConfirmed: {
        contract: 'u64',
        hoster: 'AccountId32',
      },
      RepairHosting: {
        plan: 'u64',
        contract: 'u64',
        failed: 'AccountId32',
      },
      EndHosting: {
        plan: 'u64',
        contract: 'u64',
        hosters: 'Vec<AccountId32>',
      },
      RoundExpired: {
        round: 'u64',
        contract: 'u64',
      },
      MatchingDeferred: {
        contract: 'u64',
        retryAt: 'u32',
      },
      MatchingStopped: {
        plan: 'u64',
        contract: 'u64',
      },
      SourceOversized: {
        plan: 'u64',
        contract: 'u64',
        hoster: 'AccountId32',
      },
      SourceUnavailable: {
        plan: 'u64',
        contract: 'u64',
        hoster: 'AccountId32',
      },
      AttestorSilent: {
        attestor: 'AccountId32',
      },
      HosterLeft: {
        hoster: 'AccountId32',
      },
      AttestorFeeSet: {
        fee: 'u128'
      }
    }
  },
  /**
   * Lookup73: pallet_benchmarks::pallet::Event<T>
   **/
  PalletBenchmarksEvent: {
    _enum: {
      ProvidePerformanceBenchmark: {
        benchmark: 'u64',
        hoster: 'AccountId32',
        contract: 'u64',
        attestors: 'Vec<AccountId32>',
        indexes: 'Vec<u32>',
        deadline: 'u32',
      },
      Rated: {
        benchmark: 'u64',
        attestor: 'AccountId32',
        rating: 'PalletBenchmarksRating',
      },
      PerformanceMeasured: {
        benchmark: 'u64',
        hoster: 'AccountId32',
        contract: 'u64',
        median: 'PalletBenchmarksRating',
        ratings: 'u32',
        meets: 'bool',
      },
      BenchmarkLapsed: {
        benchmark: 'u64',
      },
      BenchmarkClosed: {
        benchmark: 'u64',
      },
      ParamsSet: {
        params: 'PalletBenchmarksParams'
      }
    }
  },
  /**
   * Lookup76: pallet_benchmarks::pallet::Rating
   **/
  PalletBenchmarksRating: {
    latencyMs: 'u32',
    bandwidth: 'u64'
  },
  /**
   * Lookup77: pallet_benchmarks::pallet::Params<Balance, BlockNumber>
   **/
  PalletBenchmarksParams: {
    period: 'u32',
    window: 'u32',
    attestors: 'u32',
    samples: 'u32',
    requestFee: 'u128'
  },
  /**
   * Lookup78: frame_system::Phase
   **/
  FrameSystemPhase: {
    _enum: {
      ApplyExtrinsic: 'u32',
      Finalization: 'Null',
      Initialization: 'Null'
    }
  },
  /**
   * Lookup82: frame_system::LastRuntimeUpgradeInfo
   **/
  FrameSystemLastRuntimeUpgradeInfo: {
    specVersion: 'Compact<u32>',
    specName: 'Text'
  },
  /**
   * Lookup86: frame_system::CodeUpgradeAuthorization<T>
   **/
  FrameSystemCodeUpgradeAuthorization: {
    codeHash: 'H256',
    checkVersion: 'bool'
  },
  /**
   * Lookup87: frame_system::pallet::Call<T>
   **/
  FrameSystemCall: {
    _enum: {
      remark: {
        remark: 'Bytes',
      },
      set_heap_pages: {
        pages: 'u64',
      },
      set_code: {
        code: 'Bytes',
      },
      set_code_without_checks: {
        code: 'Bytes',
      },
      set_storage: {
        items: 'Vec<(Bytes,Bytes)>',
      },
      kill_storage: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'Vec<Bytes>',
      },
      kill_prefix: {
        prefix: 'Bytes',
        subkeys: 'u32',
      },
      remark_with_event: {
        remark: 'Bytes',
      },
      __Unused8: 'Null',
      authorize_upgrade: {
        codeHash: 'H256',
      },
      authorize_upgrade_without_checks: {
        codeHash: 'H256',
      },
      apply_authorized_upgrade: {
        code: 'Bytes'
      }
    }
  },
  /**
   * Lookup91: frame_system::limits::BlockWeights
   **/
  FrameSystemLimitsBlockWeights: {
    baseBlock: 'SpWeightsWeightV2Weight',
    maxBlock: 'SpWeightsWeightV2Weight',
    perClass: 'FrameSupportDispatchPerDispatchClassWeightsPerClass'
  },
  /**
   * Lookup92: frame_support::dispatch::PerDispatchClass<frame_system::limits::WeightsPerClass>
   **/
  FrameSupportDispatchPerDispatchClassWeightsPerClass: {
    normal: 'FrameSystemLimitsWeightsPerClass',
    operational: 'FrameSystemLimitsWeightsPerClass',
    mandatory: 'FrameSystemLimitsWeightsPerClass'
  },
  /**
   * Lookup93: frame_system::limits::WeightsPerClass
   **/
  FrameSystemLimitsWeightsPerClass: {
    baseExtrinsic: 'SpWeightsWeightV2Weight',
    maxExtrinsic: 'Option<SpWeightsWeightV2Weight>',
    maxTotal: 'Option<SpWeightsWeightV2Weight>',
    reserved: 'Option<SpWeightsWeightV2Weight>'
  },
  /**
   * Lookup95: frame_system::limits::BlockLength
   **/
  FrameSystemLimitsBlockLength: {
    max: 'FrameSupportDispatchPerDispatchClassU32',
    maxHeaderSize: 'Option<u32>'
  },
  /**
   * Lookup96: frame_support::dispatch::PerDispatchClass<T>
   **/
  FrameSupportDispatchPerDispatchClassU32: {
    normal: 'u32',
    operational: 'u32',
    mandatory: 'u32'
  },
  /**
   * Lookup98: sp_weights::RuntimeDbWeight
   **/
  SpWeightsRuntimeDbWeight: {
    read: 'u64',
    write: 'u64'
  },
  /**
   * Lookup99: sp_version::RuntimeVersion
   **/
  SpVersionRuntimeVersion: {
    specName: 'Text',
    implName: 'Text',
    authoringVersion: 'u32',
    specVersion: 'u32',
    implVersion: 'u32',
    apis: 'Vec<([u8;8],u32)>',
    transactionVersion: 'u32',
    systemVersion: 'u8'
  },
  /**
   * Lookup104: frame_system::pallet::Error<T>
   **/
  FrameSystemError: {
    _enum: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized']
  },
  /**
   * Lookup105: pallet_timestamp::pallet::Call<T>
   **/
  PalletTimestampCall: {
    _enum: {
      set: {
        now: 'Compact<u64>'
      }
    }
  },
  /**
   * Lookup108: sp_consensus_babe::app::Public
   **/
  SpConsensusBabeAppPublic: '[u8;32]',
  /**
   * Lookup111: sp_consensus_babe::digests::NextConfigDescriptor
   **/
  SpConsensusBabeDigestsNextConfigDescriptor: {
    _enum: {
      __Unused0: 'Null',
      V1: {
        c: '(u64,u64)',
        allowedSlots: 'SpConsensusBabeAllowedSlots'
      }
    }
  },
  /**
   * Lookup113: sp_consensus_babe::AllowedSlots
   **/
  SpConsensusBabeAllowedSlots: {
    _enum: ['PrimarySlots', 'PrimaryAndSecondaryPlainSlots', 'PrimaryAndSecondaryVRFSlots']
  },
  /**
   * Lookup117: sp_consensus_babe::digests::PreDigest
   **/
  SpConsensusBabeDigestsPreDigest: {
    _enum: {
      __Unused0: 'Null',
      Primary: 'SpConsensusBabeDigestsPrimaryPreDigest',
      SecondaryPlain: 'SpConsensusBabeDigestsSecondaryPlainPreDigest',
      SecondaryVRF: 'SpConsensusBabeDigestsSecondaryVRFPreDigest'
    }
  },
  /**
   * Lookup118: sp_consensus_babe::digests::PrimaryPreDigest
   **/
  SpConsensusBabeDigestsPrimaryPreDigest: {
    authorityIndex: 'u32',
    slot: 'u64',
    vrfSignature: 'SpCoreSr25519VrfVrfSignature'
  },
  /**
   * Lookup119: sp_core::sr25519::vrf::VrfSignature
   **/
  SpCoreSr25519VrfVrfSignature: {
    preOutput: '[u8;32]',
    proof: '[u8;64]'
  },
  /**
   * Lookup121: sp_consensus_babe::digests::SecondaryPlainPreDigest
   **/
  SpConsensusBabeDigestsSecondaryPlainPreDigest: {
    authorityIndex: 'u32',
    slot: 'u64'
  },
  /**
   * Lookup122: sp_consensus_babe::digests::SecondaryVRFPreDigest
   **/
  SpConsensusBabeDigestsSecondaryVRFPreDigest: {
    authorityIndex: 'u32',
    slot: 'u64',
    vrfSignature: 'SpCoreSr25519VrfVrfSignature'
  },
  /**
   * Lookup124: sp_consensus_babe::BabeEpochConfiguration
   **/
  SpConsensusBabeBabeEpochConfiguration: {
    c: '(u64,u64)',
    allowedSlots: 'SpConsensusBabeAllowedSlots'
  },
  /**
   * Lookup128: pallet_babe::pallet::Call<T>
   **/
  PalletBabeCall: {
    _enum: {
      report_equivocation: {
        equivocationProof: 'SpConsensusSlotsEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      report_equivocation_unsigned: {
        equivocationProof: 'SpConsensusSlotsEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      plan_config_change: {
        config: 'SpConsensusBabeDigestsNextConfigDescriptor'
      }
    }
  },
  /**
   * Lookup129: sp_consensus_slots::EquivocationProof<sp_runtime::generic::header::Header<Number, Hash>, sp_consensus_babe::app::Public>
   **/
  SpConsensusSlotsEquivocationProof: {
    offender: 'SpConsensusBabeAppPublic',
    slot: 'u64',
    firstHeader: 'SpRuntimeHeader',
    secondHeader: 'SpRuntimeHeader'
  },
  /**
   * Lookup130: sp_runtime::generic::header::Header<Number, Hash>
   **/
  SpRuntimeHeader: {
    parentHash: 'H256',
    number: 'Compact<u32>',
    stateRoot: 'H256',
    extrinsicsRoot: 'H256',
    digest: 'SpRuntimeDigest'
  },
  /**
   * Lookup131: sp_core::Void
   **/
  SpCoreVoid: 'Null',
  /**
   * Lookup132: pallet_babe::pallet::Error<T>
   **/
  PalletBabeError: {
    _enum: ['InvalidEquivocationProof', 'InvalidKeyOwnershipProof', 'DuplicateOffenceReport', 'InvalidConfiguration']
  },
  /**
   * Lookup133: pallet_grandpa::StoredState<N>
   **/
  PalletGrandpaStoredState: {
    _enum: {
      Live: 'Null',
      PendingPause: {
        scheduledAt: 'u32',
        delay: 'u32',
      },
      Paused: 'Null',
      PendingResume: {
        scheduledAt: 'u32',
        delay: 'u32'
      }
    }
  },
  /**
   * Lookup134: pallet_grandpa::StoredPendingChange<N, Limit>
   **/
  PalletGrandpaStoredPendingChange: {
    scheduledAt: 'u32',
    delay: 'u32',
    nextAuthorities: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
    forced: 'Option<u32>'
  },
  /**
   * Lookup136: pallet_grandpa::pallet::Call<T>
   **/
  PalletGrandpaCall: {
    _enum: {
      report_equivocation: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      report_equivocation_unsigned: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      note_stalled: {
        delay: 'u32',
        bestFinalizedBlockNumber: 'u32'
      }
    }
  },
  /**
   * Lookup137: sp_consensus_grandpa::EquivocationProof<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocationProof: {
    setId: 'u64',
    equivocation: 'SpConsensusGrandpaEquivocation'
  },
  /**
   * Lookup138: sp_consensus_grandpa::Equivocation<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocation: {
    _enum: {
      Prevote: 'FinalityGrandpaEquivocationPrevote',
      Precommit: 'FinalityGrandpaEquivocationPrecommit'
    }
  },
  /**
   * Lookup139: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Prevote<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrevote: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup140: finality_grandpa::Prevote<primitive_types::H256, N>
   **/
  FinalityGrandpaPrevote: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup141: sp_consensus_grandpa::app::Signature
   **/
  SpConsensusGrandpaAppSignature: '[u8;64]',
  /**
   * Lookup143: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Precommit<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrecommit: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup144: finality_grandpa::Precommit<primitive_types::H256, N>
   **/
  FinalityGrandpaPrecommit: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup146: pallet_grandpa::pallet::Error<T>
   **/
  PalletGrandpaError: {
    _enum: ['PauseFailed', 'ResumeFailed', 'ChangePending', 'TooSoon', 'InvalidKeyOwnershipProof', 'InvalidEquivocationProof', 'DuplicateOffenceReport']
  },
  /**
   * Lookup148: pallet_balances::types::BalanceLock<Balance>
   **/
  PalletBalancesBalanceLock: {
    id: '[u8;8]',
    amount: 'u128',
    reasons: 'PalletBalancesReasons'
  },
  /**
   * Lookup149: pallet_balances::types::Reasons
   **/
  PalletBalancesReasons: {
    _enum: ['Fee', 'Misc', 'All']
  },
  /**
   * Lookup152: pallet_balances::types::ReserveData<ReserveIdentifier, Balance>
   **/
  PalletBalancesReserveData: {
    id: '[u8;8]',
    amount: 'u128'
  },
  /**
   * Lookup155: frame_support::traits::tokens::misc::IdAmount<datdot_runtime::RuntimeHoldReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeHoldReason: {
    id: 'DatdotRuntimeRuntimeHoldReason',
    amount: 'u128'
  },
  /**
   * Lookup158: frame_support::traits::tokens::misc::IdAmount<datdot_runtime::RuntimeFreezeReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeFreezeReason: {
    id: 'DatdotRuntimeRuntimeFreezeReason',
    amount: 'u128'
  },
  /**
   * Lookup159: datdot_runtime::RuntimeFreezeReason
   **/
  DatdotRuntimeRuntimeFreezeReason: 'Null',
  /**
   * Lookup161: pallet_balances::pallet::Call<T, I>
   **/
  PalletBalancesCall: {
    _enum: {
      transfer_allow_death: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      __Unused1: 'Null',
      force_transfer: {
        source: 'MultiAddress',
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_keep_alive: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_all: {
        dest: 'MultiAddress',
        keepAlive: 'bool',
      },
      force_unreserve: {
        who: 'MultiAddress',
        amount: 'u128',
      },
      upgrade_accounts: {
        who: 'Vec<AccountId32>',
      },
      __Unused7: 'Null',
      force_set_balance: {
        who: 'MultiAddress',
        newFree: 'Compact<u128>',
      },
      force_adjust_total_issuance: {
        direction: 'PalletBalancesAdjustmentDirection',
        delta: 'Compact<u128>',
      },
      burn: {
        value: 'Compact<u128>',
        keepAlive: 'bool'
      }
    }
  },
  /**
   * Lookup166: pallet_balances::types::AdjustmentDirection
   **/
  PalletBalancesAdjustmentDirection: {
    _enum: ['Increase', 'Decrease']
  },
  /**
   * Lookup167: pallet_balances::pallet::Error<T, I>
   **/
  PalletBalancesError: {
    _enum: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero']
  },
  /**
   * Lookup169: pallet_transaction_payment::Releases
   **/
  PalletTransactionPaymentReleases: {
    _enum: ['V1Ancient', 'V2']
  },
  /**
   * Lookup170: frame_support::traits::storage::NoDrop<frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>>
   **/
  FrameSupportStorageNoDrop: 'FrameSupportTokensFungibleImbalance',
  /**
   * Lookup171: frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>
   **/
  FrameSupportTokensFungibleImbalance: {
    amount: 'u128'
  },
  /**
   * Lookup172: pallet_sudo::pallet::Call<T>
   **/
  PalletSudoCall: {
    _enum: {
      sudo: {
        call: 'Call',
      },
      sudo_unchecked_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      set_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      sudo_as: {
        who: 'MultiAddress',
        call: 'Call',
      },
      remove_key: 'Null'
    }
  },
  /**
   * Lookup174: pallet_breaker::pallet::Call<T>
   **/
  PalletBreakerCall: {
    _enum: {
      pause: {
        pallet: 'Bytes',
      },
      resume: {
        pallet: 'Bytes'
      }
    }
  },
  /**
   * Lookup175: pallet_accounts::pallet::Call<T>
   **/
  PalletAccountsCall: {
    _enum: {
      create: {
        ocwKey: 'DatdotPrimitivesCryptoPublic',
        ocwProof: 'DatdotPrimitivesCryptoSignature',
        transportKey: '[u8;32]',
        endpoint: 'Bytes',
        region: 'Bytes',
      },
      update: {
        ocwKey: 'Option<(DatdotPrimitivesCryptoPublic,DatdotPrimitivesCryptoSignature)>',
        transportKey: 'Option<[u8;32]>',
        endpoint: 'Option<Bytes>',
        region: 'Option<Bytes>',
      },
      delete: 'Null',
      set_profile_deposit: {
        amount: 'u128'
      }
    }
  },
  /**
   * Lookup176: datdot_primitives::crypto::Public
   **/
  DatdotPrimitivesCryptoPublic: '[u8;32]',
  /**
   * Lookup177: datdot_primitives::crypto::Signature
   **/
  DatdotPrimitivesCryptoSignature: '[u8;64]',
  /**
   * Lookup181: pallet_roles::pallet::Call<T>
   **/
  PalletRolesCall: {
    _enum: {
      register: {
        role: 'DatdotPrimitivesRole',
        form: 'DatdotPrimitivesRoleForm',
        stake: 'u128',
      },
      unregister: {
        role: 'DatdotPrimitivesRole',
      },
      set_status: {
        role: 'DatdotPrimitivesRole',
        status: 'DatdotPrimitivesProviderStatus',
      },
      set_min_stake: {
        role: 'DatdotPrimitivesRole',
        amount: 'u128',
      },
      update_form: {
        role: 'DatdotPrimitivesRole',
        form: 'DatdotPrimitivesRoleForm'
      }
    }
  },
  /**
   * Lookup182: datdot_primitives::types::RoleForm
   **/
  DatdotPrimitivesRoleForm: {
    resources: 'DatdotPrimitivesResources',
    regions: 'Vec<Bytes>',
    timetable: 'Vec<DatdotPrimitivesTimeWindow>'
  },
  /**
   * Lookup183: datdot_primitives::types::Resources
   **/
  DatdotPrimitivesResources: {
    storage: 'u64',
    bandwidth: 'u64',
    cpu: 'u32',
    ram: 'u64'
  },
  /**
   * Lookup188: datdot_primitives::types::TimeWindow
   **/
  DatdotPrimitivesTimeWindow: {
    days: 'u8',
    start: 'u16',
    end: 'u16'
  },
  /**
   * Lookup190: pallet_escrow::pallet::Call<T>
   **/
  PalletEscrowCall: {
    _enum: {
      top_up: {
        id: 'u64',
        amount: 'u128',
      },
      set_protocol_fee: {
        bps: 'u16',
      },
      resolve: {
        id: 'u64',
        payeeShare: 'Perbill'
      }
    }
  },
  /**
   * Lookup191: pallet_reputation::pallet::Call<T>
   **/
  PalletReputationCall: {
    _enum: {
      set_decay: {
        period: 'u32',
        decay: 'Perbill',
      },
      rate: {
        job: 'u64',
        stars: 'u8'
      }
    }
  },
  /**
   * Lookup192: pallet_plans::pallet::Call<T>
   **/
  PalletPlansCall: {
    _enum: {
      subscribe: {
        terms: 'PalletPlansPlanTerms',
      },
      update: {
        plan: 'u64',
        changes: 'PalletPlansPlanChanges',
      },
      pause: {
        plan: 'u64',
      },
      resume: {
        plan: 'u64',
      },
      unsubscribe: {
        plan: 'u64'
      }
    }
  },
  /**
   * Lookup193: pallet_plans::types::PlanTerms<Balance, BlockNumber, MaxDatasets, MaxRanges, MaxUrl>
   **/
  PalletPlansPlanTerms: {
    datasets: 'Vec<PalletPlansDataset>',
    ranges: 'Vec<PalletPlansChunkRange>',
    replication: 'u8',
    regions: 'Vec<Bytes>',
    start: 'u32',
    end: 'u32',
    price: 'u128',
    minReputation: 'u32',
    performance: 'PalletPlansPerformance'
  },
  /**
   * Lookup195: pallet_plans::types::Dataset<MaxUrl>
   **/
  PalletPlansDataset: {
    root: '[u8;32]',
    chunks: 'u32',
    chunkSize: 'u32',
    source: 'Bytes',
    feed: 'Option<PalletPlansFeedSignature>'
  },
  /**
   * Lookup198: pallet_plans::types::FeedSignature
   **/
  PalletPlansFeedSignature: {
    key: '[u8;32]',
    signature: '[u8;64]'
  },
  /**
   * Lookup201: pallet_plans::types::ChunkRange
   **/
  PalletPlansChunkRange: {
    dataset: 'u32',
    start: 'u32',
    end: 'u32'
  },
  /**
   * Lookup203: pallet_plans::types::Performance
   **/
  PalletPlansPerformance: {
    minBandwidth: 'u64',
    maxLatencyMs: 'u32'
  },
  /**
   * Lookup204: pallet_plans::types::PlanChanges<Balance, BlockNumber, MaxRanges>
   **/
  PalletPlansPlanChanges: {
    ranges: 'Option<Vec<PalletPlansChunkRange>>',
    replication: 'Option<u8>',
    end: 'Option<u32>',
    price: 'Option<u128>'
  },
  /**
   * Lookup208: pallet_proofs::pallet::Call<T>
   **/
  PalletProofsCall: {
    _enum: {
      request: {
        contract: 'u64',
        hoster: 'AccountId32',
      },
      response: {
        response: 'PalletProofsResponse',
        signature: 'DatdotPrimitivesCryptoSignature',
      },
      set_params: {
        params: 'PalletProofsParams'
      }
    }
  },
  /**
   * Lookup209: pallet_proofs::pallet::Response<T>
   **/
  PalletProofsResponse: {
    challenge: 'u64',
    asked: '[u8;32]',
    proofs: 'Vec<PalletProofsSegmentProof>',
    signer: 'DatdotPrimitivesCryptoPublic'
  },
  /**
   * Lookup211: pallet_proofs::pallet::SegmentProof
   **/
  PalletProofsSegmentProof: {
    segment: 'Bytes',
    siblings: 'Vec<[u8;32]>'
  },
  /**
   * Lookup215: pallet_jobs::pallet::Call<T>
   **/
  PalletJobsCall: {
    _enum: {
      post: {
        specHash: '[u8;32]',
        inputHash: '[u8;32]',
        requirements: 'PalletJobsRequirements',
        payment: 'u128',
      },
      claim: {
        job: 'u64',
      },
      submit_result: {
        job: 'u64',
        resultHash: '[u8;32]',
        proof: 'Option<[u8;32]>',
      },
      accept: {
        job: 'u64',
      },
      dispute: {
        job: 'u64',
      },
      cancel: {
        job: 'u64',
      },
      complete_with_receipt: {
        job: 'u64',
        receipt: 'PalletJobsReceipt',
        clientSignature: '[u8;64]',
        workerSignature: '[u8;64]',
      },
      set_params: {
        params: 'PalletJobsParams'
      }
    }
  },
  /**
   * Lookup216: pallet_jobs::types::Requirements<BlockNumber>
   **/
  PalletJobsRequirements: {
    minReputation: 'u32',
    resources: 'DatdotPrimitivesResources',
    deadline: 'u32'
  },
  /**
   * Lookup217: pallet_jobs::types::Receipt
   **/
  PalletJobsReceipt: {
    checkpoint: 'u32',
    checkpoints: 'u32'
  },
  /**
   * Lookup218: pallet_hosting::pallet::Call<T>
   **/
  PalletHostingCall: {
    _enum: {
      report_match: {
        report: 'PalletHostingMatchReport',
        signature: 'DatdotPrimitivesCryptoSignature',
      },
      setup_report: {
        report: 'PalletHostingSetupReport',
        signature: 'DatdotPrimitivesCryptoSignature',
      },
      set_attestor_fee: {
        fee: 'u128'
      }
    }
  },
  /**
   * Lookup219: pallet_hosting::types::MatchReport<sp_core::crypto::AccountId32, MaxHosters>
   **/
  PalletHostingMatchReport: {
    round: 'u64',
    hosters: 'Vec<AccountId32>',
    signer: 'DatdotPrimitivesCryptoPublic'
  },
  /**
   * Lookup220: pallet_hosting::types::SetupReport<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletHostingSetupReport: {
    contract: 'u64',
    hoster: 'AccountId32',
    deadline: 'u32',
    verdict: 'PalletHostingSetupVerdict',
    signer: 'DatdotPrimitivesCryptoPublic'
  },
  /**
   * Lookup221: pallet_hosting::types::SetupVerdict
   **/
  PalletHostingSetupVerdict: {
    _enum: ['Serves', 'Fails', 'SourceOversized', 'SourceUnavailable']
  },
  /**
   * Lookup222: pallet_benchmarks::pallet::Call<T>
   **/
  PalletBenchmarksCall: {
    _enum: {
      request: {
        contract: 'u64',
        hoster: 'AccountId32',
      },
      response: {
        report: 'PalletBenchmarksReport',
        signature: 'DatdotPrimitivesCryptoSignature',
      },
      set_params: {
        params: 'PalletBenchmarksParams'
      }
    }
  },
  /**
   * Lookup223: pallet_benchmarks::pallet::Report
   **/
  PalletBenchmarksReport: {
    benchmark: 'u64',
    asked: '[u8;32]',
    rating: 'PalletBenchmarksRating',
    signer: 'DatdotPrimitivesCryptoPublic'
  },
  /**
   * Lookup224: pallet_sudo::pallet::Error<T>
   **/
  PalletSudoError: {
    _enum: ['RequireSudo']
  },
  /**
   * Lookup225: pallet_breaker::pallet::Error<T>
   **/
  PalletBreakerError: {
    _enum: ['UnknownPallet', 'Unpausable', 'AlreadyPaused', 'NotPaused']
  },
  /**
   * Lookup226: pallet_accounts::types::Profile<Balance, MaxEndpointLen>
   **/
  PalletAccountsProfile: {
    ocwKey: 'DatdotPrimitivesCryptoPublic',
    transportKey: '[u8;32]',
    endpoint: 'Bytes',
    region: 'Bytes',
    deposit: 'u128'
  },
  /**
   * Lookup228: pallet_accounts::pallet::Error<T>
   **/
  PalletAccountsError: {
    _enum: ['AlreadyExists', 'NotFound', 'EndpointTooLong', 'InvalidEndpoint', 'RegionTooLong', 'InvalidRegion', 'OcwKeyInUse', 'BadKeyProof', 'NothingToUpdate', 'InsufficientBalance', 'RoleHeld', 'PlanHeld', 'ContractHeld', 'JobHeld']
  },
  /**
   * Lookup230: pallet_roles::types::Registration<Balance, BlockNumber>
   **/
  PalletRolesRegistration: {
    form: 'DatdotPrimitivesRoleForm',
    stake: 'u128',
    status: 'DatdotPrimitivesProviderStatus',
    usedStorage: 'u64',
    duties: 'u32',
    since: 'u32',
    index: 'u32'
  },
  /**
   * Lookup232: pallet_roles::pallet::Error<T>
   **/
  PalletRolesError: {
    _enum: ['AlreadyRegistered', 'NotRegistered', 'NoProfile', 'StakeTooLow', 'StakeNotAllowed', 'InsufficientBalance', 'NoResources', 'InvalidRegion', 'InvalidTimetable', 'DutiesOpen', 'NotAProvider', 'StatusUnchanged', 'TooManyMembers', 'NotAvailable', 'CapacityExceeded', 'BelowUsedStorage', 'Overflow']
  },
  /**
   * Lookup233: pallet_escrow::pallet::Escrow<sp_core::crypto::AccountId32, Balance>
   **/
  PalletEscrowEscrow: {
    payer: 'AccountId32',
    amount: 'u128'
  },
  /**
   * Lookup234: pallet_escrow::pallet::Dispute<sp_core::crypto::AccountId32, Balance>
   **/
  PalletEscrowDispute: {
    payee: 'AccountId32',
    disputer: 'AccountId32',
    bond: 'u128'
  },
  /**
   * Lookup235: pallet_escrow::pallet::Error<T>
   **/
  PalletEscrowError: {
    _enum: ['EscrowNotFound', 'InsufficientEscrow', 'InsufficientBalance', 'ZeroAmount', 'FeeTooHigh', 'Overflow', 'NoDispute', 'InDispute', 'NotAParty']
  },
  /**
   * Lookup236: pallet_reputation::pallet::Evidence<BlockNumber>
   **/
  PalletReputationEvidence: {
    alpha: 'u64',
    beta: 'u64',
    updated: 'u32'
  },
  /**
   * Lookup237: pallet_reputation::pallet::Error<T>
   **/
  PalletReputationError: {
    _enum: ['ZeroPeriod', 'BadStars']
  },
  /**
   * Lookup238: pallet_plans::types::Plan<sp_core::crypto::AccountId32, Balance, BlockNumber, MaxDatasets, MaxRanges, MaxUrl>
   **/
  PalletPlansPlan: {
    sponsor: 'AccountId32',
    terms: 'PalletPlansPlanTerms',
    escrow: 'u64',
    status: 'PalletPlansPlanStatus',
    created: 'u32',
    paused: 'u32',
    fees: 'u128'
  },
  /**
   * Lookup239: pallet_plans::types::PlanStatus<BlockNumber>
   **/
  PalletPlansPlanStatus: {
    _enum: {
      Queued: 'Null',
      Active: 'Null',
      Paused: 'u32'
    }
  },
  /**
   * Lookup241: pallet_plans::types::QueueEntry<Balance, BlockNumber>
   **/
  PalletPlansQueueEntry: {
    plan: 'u64',
    price: 'u128',
    created: 'u32',
    start: 'u32'
  },
  /**
   * Lookup245: pallet_plans::pallet::Error<T>
   **/
  PalletPlansError: {
    _enum: ['PlanNotFound', 'NotSponsor', 'NotASponsor', 'NoDatasets', 'EmptyDataset', 'ChunkTooLarge', 'InvalidSource', 'BadFeedSignature', 'NoRanges', 'RangeOutOfBounds', 'InvalidReplication', 'InvalidRegion', 'InvalidPeriod', 'StartTooFar', 'ZeroPrice', 'InvalidReputation', 'BudgetOverflow', 'InsufficientBalance', 'QueueFull', 'EndBlockFull', 'TooManyPlans', 'NotActive', 'NotPaused', 'NothingToUpdate', 'FixedWhileHosted', 'TooManyContracts', 'BudgetExhausted', 'Overflow']
  },
  /**
   * Lookup246: pallet_proofs::pallet::Challenge<T>
   **/
  PalletProofsChallenge: {
    hoster: 'AccountId32',
    pieces: 'Vec<PalletProofsPiece>',
    deadline: 'u32',
    requested: 'bool'
  },
  /**
   * Lookup248: pallet_proofs::pallet::HosterAudit<BlockNumber>
   **/
  PalletProofsHosterAudit: {
    audits: 'DatdotPrimitivesAuditAudits',
    due: 'u32',
    open: 'Option<u64>',
    faults: 'u32',
    lastFault: 'Option<u32>'
  },
  /**
   * Lookup249: datdot_primitives::audit::Audits
   **/
  DatdotPrimitivesAuditAudits: {
    count: 'u32',
    last: 'u64',
    proven: 'u64',
    recent: 'u64'
  },
  /**
   * Lookup255: pallet_proofs::pallet::SlotBook
   **/
  PalletProofsSlotBook: {
    next: 'u32',
    free: 'u32'
  },
  /**
   * Lookup257: pallet_proofs::pallet::LedgerEntry<BlockNumber>
   **/
  PalletProofsLedgerEntry: {
    plan: 'u64',
    chunks: 'u32',
    paidUntil: 'u32',
    mark: 'DatdotPrimitivesAuditMark',
    pausedMark: 'u64',
    shortfall: 'u64',
    faults: 'u32',
    lastFault: 'Option<u32>',
    open: 'Option<u64>',
    slot: 'Option<u32>',
    bytes: 'u64'
  },
  /**
   * Lookup258: datdot_primitives::audit::Mark
   **/
  DatdotPrimitivesAuditMark: {
    count: 'u32',
    proven: 'u64',
    offset: 'u64'
  },
  /**
   * Lookup259: pallet_proofs::pallet::Error<T>
   **/
  PalletProofsError: {
    _enum: ['ChallengeNotFound', 'BadSignature', 'NotChallenged', 'TooLate', 'NoSuchHosting', 'TooManyChallenges', 'BadParams', 'InsufficientBalance', 'AlreadyChallenged', 'PlanNotRunning', 'Overflow', 'WrongChallenge']
  },
  /**
   * Lookup260: pallet_jobs::types::Job<sp_core::crypto::AccountId32, Balance, BlockNumber, MaxFailed>
   **/
  PalletJobsJob: {
    client: 'AccountId32',
    specHash: '[u8;32]',
    inputHash: '[u8;32]',
    requirements: 'PalletJobsRequirements',
    payment: 'u128',
    escrow: 'u64',
    status: 'PalletJobsJobStatus',
    failed: 'Vec<AccountId32>',
    posted: 'u32'
  },
  /**
   * Lookup261: pallet_jobs::types::JobStatus<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletJobsJobStatus: {
    _enum: {
      Posted: 'Null',
      Claimed: {
        worker: 'AccountId32',
        until: 'u32',
      },
      Submitted: {
        worker: 'AccountId32',
        result: '[u8;32]',
        proof: 'Option<[u8;32]>',
        acceptAt: 'u32',
      },
      Disputed: {
        worker: 'AccountId32',
        result: '[u8;32]'
      }
    }
  },
  /**
   * Lookup265: pallet_jobs::types::Timeout
   **/
  PalletJobsTimeout: {
    _enum: ['Deadline', 'Claim', 'Accept', 'Rating']
  },
  /**
   * Lookup268: pallet_jobs::pallet::Error<T>
   **/
  PalletJobsError: {
    _enum: ['JobNotFound', 'NotClient', 'NotWorker', 'WrongStatus', 'PaymentTooLow', 'TooManyClaims', 'BadDeadline', 'NotAWorker', 'ReputationTooLow', 'NotEnoughResources', 'AlreadyFailed', 'OwnJob', 'TooEarly', 'DeadlinePassed', 'WindowClosed', 'BadSignature', 'BadReceipt', 'ScheduleFull', 'InsufficientBalance', 'BadParams', 'Overflow']
  },
  /**
   * Lookup269: pallet_hosting::types::Contract<sp_core::crypto::AccountId32, BlockNumber, MaxHosters>
   **/
  PalletHostingContract: {
    plan: 'u64',
    dataset: 'u32',
    start: 'u32',
    end: 'u32',
    bytes: 'u64',
    hosters: 'Vec<(AccountId32,bool)>',
    status: 'PalletHostingContractStatus',
    round: 'Option<u64>',
    since: 'u32',
    failed: 'Vec<AccountId32>',
    unanswered: 'u32'
  },
  /**
   * Lookup273: pallet_hosting::types::ContractStatus
   **/
  PalletHostingContractStatus: {
    _enum: ['Matching', 'Hosted']
  },
  /**
   * Lookup275: pallet_hosting::types::Round<sp_core::crypto::AccountId32, BlockNumber, MaxAttestors>
   **/
  PalletHostingRound: {
    contract: 'u64',
    seed: '[u8;32]',
    wanted: 'u32',
    attestors: 'Vec<AccountId32>',
    deadline: 'u32'
  },
  /**
   * Lookup279: pallet_hosting::types::SetupCheck<sp_core::crypto::AccountId32, BlockNumber, MaxCheckers>
   **/
  PalletHostingSetupCheck: {
    checkers: 'Vec<(AccountId32,Option<PalletHostingSetupVerdict>)>',
    deadline: 'u32',
    failAfter: 'u32'
  },
  /**
   * Lookup288: pallet_hosting::pallet::Error<T>
   **/
  PalletHostingError: {
    _enum: ['ContractNotFound', 'RoundNotFound', 'BadSignature', 'UnknownKey', 'NotSelected', 'AlreadyReported', 'MalformedReport', 'NotByRule', 'NoPendingSetup', 'WrongSetup', 'TooManyContracts', 'TooManyRounds', 'NotEnoughAttestors', 'PlanNotRunning', 'Overflow', 'TooEarly']
  },
  /**
   * Lookup289: pallet_benchmarks::pallet::Benchmark<T>
   **/
  PalletBenchmarksBenchmark: {
    hoster: 'AccountId32',
    contract: 'u64',
    attestors: 'Vec<AccountId32>',
    indexes: 'Vec<u32>',
    ratings: 'Vec<(AccountId32,PalletBenchmarksRating)>',
    deadline: 'u32'
  },
  /**
   * Lookup295: pallet_benchmarks::pallet::Measurement<BlockNumber>
   **/
  PalletBenchmarksMeasurement: {
    at: 'u32',
    contract: 'u64',
    median: 'PalletBenchmarksRating',
    meets: 'bool'
  },
  /**
   * Lookup296: pallet_benchmarks::pallet::Error<T>
   **/
  PalletBenchmarksError: {
    _enum: ['BenchmarkNotFound', 'BadSignature', 'NotNamed', 'AlreadyRated', 'NoSuchHosting', 'AlreadyOpen', 'NoAttestors', 'TooManyBenchmarks', 'BadParams', 'InsufficientBalance', 'Overflow', 'WrongBenchmark']
  },
  /**
   * Lookup298: sp_runtime::MultiSignature
   **/
  SpRuntimeMultiSignature: {
    _enum: {
      Ed25519: '[u8;64]',
      Sr25519: '[u8;64]',
      Ecdsa: '[u8;65]',
      Eth: '[u8;65]'
    }
  },
  /**
   * Lookup301: frame_system::extensions::authorize_call::AuthorizeCall<T>
   **/
  FrameSystemExtensionsAuthorizeCall: 'Null',
  /**
   * Lookup302: frame_system::extensions::check_non_zero_sender::CheckNonZeroSender<T>
   **/
  FrameSystemExtensionsCheckNonZeroSender: 'Null',
  /**
   * Lookup303: frame_system::extensions::check_spec_version::CheckSpecVersion<T>
   **/
  FrameSystemExtensionsCheckSpecVersion: 'Null',
  /**
   * Lookup304: frame_system::extensions::check_tx_version::CheckTxVersion<T>
   **/
  FrameSystemExtensionsCheckTxVersion: 'Null',
  /**
   * Lookup305: frame_system::extensions::check_genesis::CheckGenesis<T>
   **/
  FrameSystemExtensionsCheckGenesis: 'Null',
  /**
   * Lookup308: frame_system::extensions::check_nonce::CheckNonce<T>
   **/
  FrameSystemExtensionsCheckNonce: 'Compact<u32>',
  /**
   * Lookup309: frame_system::extensions::check_weight::CheckWeight<T>
   **/
  FrameSystemExtensionsCheckWeight: 'Null',
  /**
   * Lookup310: pallet_transaction_payment::ChargeTransactionPayment<T>
   **/
  PalletTransactionPaymentChargeTransactionPayment: 'Compact<u128>',
  /**
   * Lookup311: frame_system::extensions::weight_reclaim::WeightReclaim<T>
   **/
  FrameSystemExtensionsWeightReclaim: 'Null',
  /**
   * Lookup312: datdot_runtime::Runtime
   **/
  DatdotRuntimeRuntime: 'Null'
};
