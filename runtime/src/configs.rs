//! Pallet configurations.
use super::*;
use frame_support::PalletId;
use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstU128, ConstU32, ConstU64, ConstU8, VariantCountOf},
	weights::{
		constants::{ParityDbWeight, WEIGHT_REF_TIME_PER_SECOND},
		ConstantMultiplier, IdentityFee, Weight,
	},
};
use frame_system::{
	limits::{BlockLength, BlockWeights},
	EnsureRoot,
};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_runtime::{
	traits::{AccountIdConversion, One},
	Perbill,
};

const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

parameter_types! {
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: RuntimeVersion = VERSION;
	/// Two seconds of compute in a six second block.
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::with_sensible_defaults(
		Weight::from_parts(2u64 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX),
		NORMAL_DISPATCH_RATIO,
	);
	/// 5 MiB blocks, of which normal transactions may fill 75%.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(5 * 1024 * 1024)
		.modify_max_length_for_class(DispatchClass::Normal, |m| *m = NORMAL_DISPATCH_RATIO * *m)
		.build();
	pub const SS58Prefix: u8 = 42;
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	/// The circuit breaker refuses the calls of paused pallets.
	type BaseCallFilter = CircuitBreaker;
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	/// The node stores its state in ParityDb.
	type DbWeight = ParityDbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
}

parameter_types! {
	pub const EpochDuration: u64 = EPOCH_DURATION_IN_SLOTS;
	pub const ExpectedBlockTime: u64 = MILLI_SECS_PER_BLOCK;
}

impl pallet_babe::Config for Runtime {
	type EpochDuration = EpochDuration;
	type ExpectedBlockTime = ExpectedBlockTime;
	/// The genesis authorities author forever; sudo is the only way to change them
	/// (there is no staking or session pallet).
	type EpochChangeTrigger = pallet_babe::SameAuthoritiesForever;
	type DisabledValidators = ();
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<32>;
	type MaxNominators = ConstU32<0>;
	/// Without a session pallet there is no key ownership to prove, so equivocation
	/// reports are not taken (as for GRANDPA).
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

/// The chain's randomness, for drawing attestors, challenges and benchmarks: the VRF
/// pre-output in the current block's BABE pre-digest, hashed with the subject of the
/// draw.
///
/// Every block has one (the slot's author signs a VRF over the epoch's randomness,
/// the slot and the epoch index, as primary or secondary author; nodes verify it when
/// they import the block). Nobody can choose it: it is fixed by the author's key and
/// the slot, so an author cannot grind it by what it puts in its block (as with block
/// hashes). Nobody but the author knows it before the block is published, so a
/// transaction cannot be timed to a draw it knows: the draws it causes (a paid
/// challenge, a benchmark, a repair's matching round) use the block it lands in. The
/// author knows it early (as soon as the epoch's randomness is), and what it can do with
/// that is to leave transactions out of its block or to withhold the block, giving up
/// the slot. The README's security model spells out what that allows.
///
/// Outside block execution (off-chain workers, benchmarks, tests without a pre-digest)
/// it falls back to the parent block's VRF output, then to the epoch's randomness.
pub struct BlockVrfRandomness;
impl frame_support::traits::Randomness<Hash, BlockNumber> for BlockVrfRandomness {
	fn random(subject: &[u8]) -> (Hash, BlockNumber) {
		use codec::Encode;
		use sp_runtime::traits::Hash as _;
		let vrf = pallet_babe::Initialized::<Runtime>::get().flatten().and_then(|digest| {
			digest.vrf_signature().map(|signature| signature.pre_output.encode())
		});
		if let Some(vrf) = vrf {
			let hash = <Runtime as frame_system::Config>::Hashing::hash(&[subject, &vrf].concat());
			return (hash, System::block_number());
		}
		match pallet_babe::ParentBlockRandomness::<Runtime>::random(subject) {
			(Some(random), known_since) => (random, known_since),
			(None, _) => pallet_babe::RandomnessFromOneEpochAgo::<Runtime>::random(subject),
		}
	}
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<32>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = Babe;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = ();
}

impl pallet_balances::Config for Runtime {
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ();
	type ReserveIdentifier = [u8; 8];
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type WeightInfo = pallet_balances::weights::SubstrateWeight<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

parameter_types! {
	pub FeeMultiplier: Multiplier = Multiplier::one();
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type OperationalFeeMultiplier = ConstU8<5>;
	/// One planck per picosecond of weight.
	type WeightToFee = IdentityFee<Balance>;
	/// A micro-DAT per byte: size costs, so oversized arguments are not free to send.
	type LengthToFee = ConstantMultiplier<Balance, ConstU128<MICRO_UNIT>>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// One DAT held per profile until governance changes it.
	pub const DefaultProfileDeposit: Balance = UNIT;
	/// A provider role bonds at least 100 DAT until governance changes it.
	pub const DefaultMinStake: Balance = 100 * UNIT;
}

impl pallet_accounts::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AdminOrigin = EnsureRoot<AccountId>;
	type Obligations = (Roles, Plans, Hosting, Jobs);
	type MaxEndpointLen = ConstU32<128>;
	type DefaultProfileDeposit = DefaultProfileDeposit;
	type WeightInfo = pallet_accounts::weights::SubstrateWeight<Runtime>;
}

impl pallet_roles::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AdminOrigin = EnsureRoot<AccountId>;
	type Treasury = TreasuryAccount;
	type Profiles = Accounts;
	type DefaultMinStake = DefaultMinStake;
	type MaxMembersPerRole = ConstU32<10_000>;
	type StatusObserver = Hosting;
	type WeightInfo = pallet_roles::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// Protocol fees accumulate in this keyless account, spent only by governance.
	pub TreasuryAccount: AccountId = PalletId(*b"dd/trsry").into_account_truncating();
	/// 1% of every escrow payment until governance changes it.
	pub const DefaultProtocolFee: u16 = 100;
}

impl pallet_escrow::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AdminOrigin = EnsureRoot<AccountId>;
	type Arbiter = EnsureRoot<AccountId>;
	type OnResolved = Jobs;
	type Treasury = TreasuryAccount;
	type DefaultProtocolFee = DefaultProtocolFee;
	type WeightInfo = pallet_escrow::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// Evidence fades by a tenth every day until governance changes it.
	pub const ReputationDecayPeriod: BlockNumber = DAYS;
	pub const ReputationDecay: Perbill = Perbill::from_percent(90);
}

impl pallet_reputation::Config for Runtime {
	type AdminOrigin = EnsureRoot<AccountId>;
	type DefaultDecayPeriod = ReputationDecayPeriod;
	type DefaultDecay = ReputationDecay;
	type Ratings = Jobs;
	type WeightInfo = pallet_reputation::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// The job market's parameters until governance changes them (`Jobs::set_params`).
	pub JobParams: pallet_jobs::ParamsOf<Runtime> = pallet_jobs::Params {
		min_payment: 10 * MILLI_UNIT,
		challenge_window: 5 * MINUTES,
		claim_period: HOURS,
		dispute_bond: UNIT,
		slash: Perbill::from_percent(10),
		high_reputation: 800,
		early_window: 3,
	};
}

impl pallet_jobs::Config for Runtime {
	type Currency = Balances;
	type Escrow = Escrow;
	type Roles = Roles;
	type Stakes = Roles;
	type Reputation = Reputation;
	type AdminOrigin = EnsureRoot<AccountId>;
	type DefaultParams = JobParams;
	type MaxFailed = ConstU32<16>;
	type MaxTimeoutsPerBlock = ConstU32<64>;
	type MaxClaimsPerWorker = ConstU32<8>;
	type RatingWindow = ConstU32<{ 7 * DAYS }>;
	type MaxJobDuration = ConstU32<{ 30 * DAYS }>;
	type CallsPaused = BreakerPaused<Jobs>;
	type WeightInfo = pallet_jobs::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = FundBenchmarkAccount;
}

/// Whether the circuit breaker pauses pallet `P`'s calls.
pub struct BreakerPaused<P>(core::marker::PhantomData<P>);
impl<P: frame_support::traits::PalletInfoAccess> frame_support::traits::Get<bool>
	for BreakerPaused<P>
{
	fn get() -> bool {
		CircuitBreaker::is_paused(P::name())
	}
}

/// Funds accounts for the jobs benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct FundBenchmarkAccount;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_jobs::BenchmarkHelper<AccountId> for FundBenchmarkAccount {
	fn fund(who: &AccountId) {
		use frame_support::traits::fungible::Mutate;
		Balances::set_balance(who, 1_000_000 * UNIT);
	}
}

parameter_types! {
	/// Proofs of storage until governance changes them (`ProofsOfStorage::set_params`):
	/// every hoster audited hourly over all it keeps, 16 pieces an audit (a hoster that
	/// dropped 10 % of its data is caught with probability 1 − 0.9^16 = 81 % an hour, one
	/// that dropped 1 % with 15 % an hour and 98 % a day), CESS-like escalating slashes.
	pub ProofParams: pallet_proofs::ParamsOf<Runtime> = pallet_proofs::Params {
		period: HOURS,
		window: 10,
		indexes: 16,
		max_faults: 3,
		slashes: [Perbill::zero(), Perbill::from_percent(5), Perbill::from_percent(15)],
		request_fee: 10 * MILLI_UNIT,
	};
}

impl pallet_proofs::Config for Runtime {
	type Currency = Balances;
	type Hosting = Hosting;
	type Plans = Plans;
	type Escrow = Escrow;
	type Reputation = Reputation;
	type Stakes = Roles;
	type Profiles = Accounts;
	type Randomness = BlockVrfRandomness;
	type AdminOrigin = EnsureRoot<AccountId>;
	type Treasury = TreasuryAccount;
	type DefaultParams = ProofParams;
	type MaxIndexes = ConstU32<16>;
	type MaxChunkSize = ConstU32<{ 64 * 1024 }>;
	// 20 hosters audited a block: 12,000 an hour, with the hooks within their share
	// (runtime/tests/hook_budget.rs).
	type MaxChallengesPerBlock = ConstU32<20>;
	// A mass outage's missed deadlines are counted over several blocks, so the hooks
	// stay within their share (see runtime/tests/hook_budget.rs).
	type MaxFaultsPerBlock = ConstU32<4>;
	type CallsPaused = BreakerPaused<ProofsOfStorage>;
	type WeightInfo = pallet_proofs::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ProofsBenchmarkHelper;
}

/// Sets up hostings for the proofs benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct ProofsBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_proofs::BenchmarkHelper<AccountId> for ProofsBenchmarkHelper {
	fn fund(who: &AccountId) {
		use frame_support::traits::fungible::Mutate;
		Balances::set_balance(who, 1_000_000 * UNIT);
	}
	fn confirmed_hosting(hoster: &AccountId, root: [u8; 32], leaves: u32, chunk_size: u32) -> u64 {
		use datdot_primitives::traits::RoleProvider;
		use sp_runtime::traits::{BlakeTwo256, Hash};
		let sponsor = AccountId::from(BlakeTwo256::hash_of(&(b"datdot/sponsor", hoster)).0);
		Self::fund(&sponsor);
		Self::fund(hoster);
		Roles::ensure_role(hoster, datdot_primitives::Role::Hoster);
		let plan = Plans::benchmark_plan_of(&sponsor, root, leaves, chunk_size, 1, MILLI_UNIT);
		Hosting::benchmark_confirmed(plan, hoster)
	}
	fn set_ocw_key(who: &AccountId, key: datdot_primitives::OcwPublic) {
		Accounts::benchmark_set_ocw_key(who, key)
	}
}

parameter_types! {
	/// Performance benchmarks until governance changes them (`Benchmarks::set_params`):
	/// every hosting measured daily by three attestors, two chunks each.
	pub BenchmarkParams: pallet_benchmarks::ParamsOf<Runtime> = pallet_benchmarks::Params {
		period: DAYS,
		window: 10,
		attestors: 3,
		samples: 2,
		request_fee: 10 * MILLI_UNIT,
	};
}

impl pallet_benchmarks::Config for Runtime {
	type Currency = Balances;
	type Hosting = Hosting;
	type Plans = Plans;
	type Roles = Roles;
	type Profiles = Accounts;
	type Reputation = Reputation;
	type Randomness = BlockVrfRandomness;
	type AdminOrigin = EnsureRoot<AccountId>;
	type Treasury = TreasuryAccount;
	type DefaultParams = BenchmarkParams;
	type MaxAttestors = ConstU32<8>;
	type MaxSamples = ConstU32<8>;
	type MaxPerBlock = ConstU32<32>;
	type CallsPaused = BreakerPaused<Benchmarks>;
	type Congestion = ProofsOfStorage;
	type WeightInfo = pallet_benchmarks::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = PerformanceBenchmarkHelper;
}

/// Sets up hostings and attestors for the `Benchmarks` pallet's benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct PerformanceBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_benchmarks::BenchmarkHelper<AccountId> for PerformanceBenchmarkHelper {
	fn fund(who: &AccountId) {
		<ProofsBenchmarkHelper as pallet_proofs::BenchmarkHelper<AccountId>>::fund(who)
	}
	fn confirmed_hosting(hoster: &AccountId) -> u64 {
		use pallet_proofs::BenchmarkHelper;
		ProofsBenchmarkHelper::confirmed_hosting(hoster, [7; 32], 1 << 16, 64 * 1024)
	}
	fn make_attestor(who: &AccountId, key: datdot_primitives::OcwPublic) {
		use datdot_primitives::traits::RoleProvider;
		<ProofsBenchmarkHelper as pallet_proofs::BenchmarkHelper<AccountId>>::fund(who);
		Roles::ensure_role(who, datdot_primitives::Role::Attestor);
		Accounts::benchmark_set_ocw_key(who, key)
	}
}

/// Pallets the chain cannot run without: the circuit breaker never pauses them.
pub struct Unpausable;
impl frame_support::traits::Contains<pallet_breaker::PalletName> for Unpausable {
	fn contains(name: &pallet_breaker::PalletName) -> bool {
		[&b"System"[..], b"Timestamp", b"Babe", b"Grandpa", b"Sudo", b"CircuitBreaker"]
			.contains(&name.as_slice())
	}
}

impl pallet_breaker::Config for Runtime {
	type AdminOrigin = EnsureRoot<AccountId>;
	type Pallets = AllPalletsWithSystem;
	type Unpausable = Unpausable;
	type WeightInfo = pallet_breaker::weights::SubstrateWeight<Runtime>;
}

impl pallet_plans::Config for Runtime {
	type Currency = Balances;
	type Escrow = Escrow;
	type Roles = Roles;
	type Lifecycle = Hosting;
	type MaxDatasets = ConstU32<16>;
	type MaxRanges = ConstU32<32>;
	type MaxUrlLen = ConstU32<256>;
	type MaxChunkSize = ConstU32<{ 64 * 1024 }>;
	type MaxReplication = ConstU8<8>;
	type MaxQueue = ConstU32<256>;
	type MaxPlansPerSponsor = ConstU32<64>;
	type MaxStartDelay = ConstU32<{ DAYS }>;
	// One plan of the most contracts opens up to 64 rounds, a quarter of what may be
	// open at once: starting more per block would not match them sooner.
	type MaxStartsPerBlock = ConstU32<1>;
	type MaxEndsPerBlock = ConstU32<8>;
	type WeightInfo = pallet_plans::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// Rounds and setups get a minute of blocks.
	pub const RoundTimeout: BlockNumber = 10;
	pub const SetupTimeout: BlockNumber = 20;
	/// A milli-DAT per accepted report until governance changes it.
	pub const DefaultAttestorFee: Balance = MILLI_UNIT;
	/// A thousandth of its stake per duty an attestor leaves unanswered.
	pub const SilenceSlash: Perbill = Perbill::from_parts(1_000_000);
}

impl pallet_hosting::Config for Runtime {
	type Currency = Balances;
	type Plans = Plans;
	type Roles = Roles;
	type Profiles = Accounts;
	type Reputation = Reputation;
	type Stakes = Roles;
	type SilenceSlash = SilenceSlash;
	type Escrow = Escrow;
	type Randomness = BlockVrfRandomness;
	// 256 MiB of 64 KiB chunks: a plan of 64 contracts holds 16 GiB.
	type ChunksPerContract = ConstU32<4096>;
	type MaxContractsPerPlan = ConstU32<64>;
	type MaxHosters = ConstU32<8>;
	type AttestorsPerMatch = ConstU32<3>;
	// Four per hoster a contract can want: a report is checked against 32 hosters.
	type MatchCandidates = ConstU32<32>;
	type MatchThreshold = ConstU32<2>;
	type SetupCheckers = ConstU32<2>;
	type RoundTimeout = RoundTimeout;
	// Two round timeouts: a contract nobody could match waits 2 minutes between tries.
	type RetryDelay = ConstU32<20>;
	type MaxUnansweredRounds = ConstU32<8>;
	type SetupTimeout = SetupTimeout;
	// 4 MiB of 64 KiB chunks a block (0.7 MB/s): a 256 MiB contract gets 64 blocks
	// (6.4 minutes) to fetch beyond the setup timeout, queued behind the hoster's backlog.
	type SetupFetchRate = ConstU32<64>;
	type MaxOpenRounds = ConstU32<256>;
	type MaxRoundsPerPlan = ConstU32<32>;
	type MaxTimeoutsPerBlock = ConstU32<16>;
	type DefaultAttestorFee = DefaultAttestorFee;
	type AdminOrigin = EnsureRoot<AccountId>;
	type CallsPaused = BreakerPaused<Hosting>;
	type Congestion = ProofsOfStorage;
	type WeightInfo = pallet_hosting::weights::SubstrateWeight<Runtime>;
	type Observer = (ProofsOfStorage, Benchmarks);
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = HostingBenchmarkHelper;
}

/// Sets up plans, balances and profiles for the hosting benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct HostingBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_hosting::BenchmarkHelper<AccountId> for HostingBenchmarkHelper {
	fn fund(who: &AccountId) {
		use frame_support::traits::fungible::Mutate;
		Balances::set_balance(who, 1_000_000 * UNIT);
	}
	fn running_plan(sponsor: &AccountId, chunks: u32, replication: u8) -> u64 {
		Plans::benchmark_running_plan(sponsor, chunks, replication, MILLI_UNIT)
	}
	fn set_ocw_key(who: &AccountId, key: datdot_primitives::OcwPublic) {
		Accounts::benchmark_set_ocw_key(who, key)
	}
}

impl<C> frame_system::offchain::CreateTransactionBase<C> for Runtime
where
	RuntimeCall: From<C>,
{
	type Extrinsic = UncheckedExtrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<C> frame_system::offchain::CreateTransaction<C> for Runtime
where
	RuntimeCall: From<C>,
{
	type Extension = TxExtension;

	fn create_transaction(call: RuntimeCall, extension: TxExtension) -> UncheckedExtrinsic {
		UncheckedExtrinsic::new_transaction(call, extension)
	}
}

impl<C> frame_system::offchain::CreateAuthorizedTransaction<C> for Runtime
where
	RuntimeCall: From<C>,
{
	/// An authorized call pays no fee and uses no nonce: every check but
	/// `AuthorizeCall` passes through for a transaction without a signer.
	fn create_extension() -> TxExtension {
		(
			frame_system::AuthorizeCall::<Runtime>::new(),
			frame_system::CheckNonZeroSender::<Runtime>::new(),
			frame_system::CheckSpecVersion::<Runtime>::new(),
			frame_system::CheckTxVersion::<Runtime>::new(),
			frame_system::CheckGenesis::<Runtime>::new(),
			frame_system::CheckEra::<Runtime>::from(sp_runtime::generic::Era::Immortal),
			frame_system::CheckNonce::<Runtime>::from(0),
			frame_system::CheckWeight::<Runtime>::new(),
			pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0),
			frame_system::WeightReclaim::<Runtime>::new(),
		)
	}
}
