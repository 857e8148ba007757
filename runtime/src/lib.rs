//! The datdot chain runtime.
//!
//! Pallet indices are explicit and never reused: clients (polkadot.js, the
//! `scripts/` client, attestor and hoster nodes) decode calls and events by them.
#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime!`-style macros expand to deep recursion.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

use alloc::vec::Vec;

pub mod apis;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod configs;
pub mod genesis_config_presets;
#[cfg(feature = "std")]
pub mod invariants;
/// Block authoring outside a node, for the fuzzer and the tests.
#[cfg(feature = "std")]
pub mod testing;
mod views;

use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::{runtime_version, RuntimeVersion};

pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
pub use pallet_escrow::Call as EscrowCall;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Opaque types, so the node can handle blocks and extrinsics without knowing the
/// runtime's concrete types.
pub mod opaque {
	use super::*;
	use sp_runtime::traits::Hash as HashT;

	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block identifier type.
	pub type BlockId = generic::BlockId<Block>;
	/// Opaque block hash type.
	pub type Hash = <BlakeTwo256 as HashT>::Output;
}

impl_opaque_keys! {
	/// The keys a node holds: consensus (BABE, GRANDPA) and the datdot off-chain
	/// worker key, with which attestors and hosters sign their reports.
	pub struct SessionKeys {
		/// Block authoring, and the VRF whose outputs are the chain's randomness.
		pub babe: Babe,
		/// Finality.
		pub grandpa: Grandpa,
		/// datdot off-chain worker (key type `ddot`).
		pub ddot: datdot_primitives::OcwKey,
	}
}

/// The runtime version.
#[runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("datdot"),
	impl_name: alloc::borrow::Cow::Borrowed("datdot-node"),
	authoring_version: 1,
	spec_version: 100,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

mod block_times {
	/// Target block time. BABE's slots have this length, and every slot has an author
	/// (a primary one by VRF lottery, or else the secondary one the slot names).
	pub const MILLI_SECS_PER_BLOCK: u64 = 6000;
	/// The slot duration: fixed at genesis, changing it later stalls block production.
	pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;
	/// BABE's epoch: one hour of slots. The authorities never change (there is no
	/// session pallet), so an epoch only fixes the randomness of the slot lottery.
	/// Fixed at genesis like the slot duration.
	pub const EPOCH_DURATION_IN_SLOTS: u64 = 60 * 60 * 1000 / SLOT_DURATION;
}
pub use block_times::*;

/// BABE's lottery: an authority wins a slot as primary author with probability
/// 1 - (1 - 1/4)^(its share of the authority weight). Every other slot goes to the
/// secondary author it names, who also signs a VRF output, so every block carries one
/// (the chain's randomness is drawn from it, see `configs::BlockVrfRandomness`).
pub const BABE_GENESIS_EPOCH_CONFIG: sp_consensus_babe::BabeEpochConfiguration =
	sp_consensus_babe::BabeEpochConfiguration {
		c: (1, 4),
		allowed_slots: sp_consensus_babe::AllowedSlots::PrimaryAndSecondaryVRFSlots,
	};

/// Blocks per minute, hour and day.
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
/// Blocks per hour.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Blocks per day.
pub const DAYS: BlockNumber = HOURS * 24;

/// The token has 12 decimals: one DAT is 10^12 plancks.
pub const UNIT: Balance = 1_000_000_000_000;
/// 10^-3 DAT.
pub const MILLI_UNIT: Balance = 1_000_000_000;
/// 10^-6 DAT.
pub const MICRO_UNIT: Balance = 1_000_000;

/// Below this an account is reaped.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// Transaction signature.
pub type Signature = MultiSignature;
/// Account id: the public key of the signature scheme.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// Balance of an account.
pub type Balance = u128;
/// Index of a transaction of an account.
pub type Nonce = u32;
/// Hash type.
pub type Hash = sp_core::H256;
/// Block number.
pub type BlockNumber = u32;
/// The address format for describing accounts.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header type.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block type.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
/// A block with justifications.
pub type SignedBlock = generic::SignedBlock<Block>;
/// Block id.
pub type BlockId = generic::BlockId<Block>;

/// The transaction extensions every signed transaction carries.
pub type TxExtension = (
	// Admits the fee-less reports of attestors' off-chain workers that a pallet's
	// `#[pallet::authorize]` accepts; a no-op for every other transaction.
	frame_system::AuthorizeCall<Runtime>,
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// Unchecked extrinsic type.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// The payload being signed in transactions.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Migrations of the runtime besides those declared in the pallets.
#[allow(unused_parens)]
type Migrations = ();

/// Dispatches to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	#[runtime::pallet_index(2)]
	pub type Babe = pallet_babe;

	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;

	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;

	#[runtime::pallet_index(5)]
	pub type TransactionPayment = pallet_transaction_payment;

	#[runtime::pallet_index(6)]
	pub type Sudo = pallet_sudo;

	#[runtime::pallet_index(7)]
	pub type CircuitBreaker = pallet_breaker;

	#[runtime::pallet_index(10)]
	pub type Accounts = pallet_accounts;

	#[runtime::pallet_index(11)]
	pub type Roles = pallet_roles;

	#[runtime::pallet_index(12)]
	pub type Escrow = pallet_escrow;

	#[runtime::pallet_index(13)]
	pub type Reputation = pallet_reputation;

	#[runtime::pallet_index(14)]
	pub type Plans = pallet_plans;

	// Hooks, the off-chain workers' among them, run in the order of these indexes:
	// proofs of storage come before hosting, so a hoster's off-chain worker answers its
	// challenges before it spends its time fetching from sources and hosters nobody
	// vouches for (a slow or hostile peer can delay the hosting duties, never the
	// proofs).
	#[runtime::pallet_index(15)]
	pub type ProofsOfStorage = pallet_proofs;

	#[runtime::pallet_index(16)]
	pub type Jobs = pallet_jobs;

	#[runtime::pallet_index(17)]
	pub type Hosting = pallet_hosting;

	#[runtime::pallet_index(18)]
	pub type Benchmarks = pallet_benchmarks;
}
