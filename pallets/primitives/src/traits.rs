//! Glue traits: how pallets ask each other questions without reaching into each
//! other's storage (see `frame_pallet_coupling` in the polkadot-sdk docs). A pallet's
//! `Config` names the trait; the runtime wires the implementing pallet in.
use crate::{ProviderStatus, Role};
use sp_runtime::DispatchResult;

/// Something an account still owes the network, which keeps its profile alive.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Obligation {
	/// It holds a role.
	Role,
	/// It sponsors a plan.
	Plan,
	/// It hosts or attests a contract.
	Contract,
	/// It takes part in a compute job.
	Job,
}

/// Answers "does this account still owe the network something?". Implemented by each
/// pallet that creates obligations; tuples ask each member in turn.
pub trait AccountObligations<AccountId> {
	/// The first obligation found for `who`, if any.
	fn obligation(who: &AccountId) -> Option<Obligation>;
}

impl<AccountId> AccountObligations<AccountId> for () {
	fn obligation(_: &AccountId) -> Option<Obligation> {
		None
	}
}

macro_rules! impl_obligations_for_tuple {
	($($t:ident),+) => {
		impl<AccountId, $($t: AccountObligations<AccountId>),+> AccountObligations<AccountId> for ($($t,)+) {
			fn obligation(who: &AccountId) -> Option<Obligation> {
				None$(.or_else(|| $t::obligation(who)))+
			}
		}
	};
}
impl_obligations_for_tuple!(A);
impl_obligations_for_tuple!(A, B);
impl_obligations_for_tuple!(A, B, C);
impl_obligations_for_tuple!(A, B, C, D);
impl_obligations_for_tuple!(A, B, C, D, E);

/// Read access to account profiles.
pub trait ProfileProvider<AccountId> {
	/// Whether `who` has a profile.
	fn has_profile(who: &AccountId) -> bool;
	/// The account whose profile carries this off-chain worker key, if any.
	fn owner_of_ocw_key(key: &crate::OcwPublic) -> Option<AccountId>;
	/// The off-chain worker key in `who`'s profile.
	fn ocw_key_of(who: &AccountId) -> Option<crate::OcwPublic>;
	/// The endpoint URL in `who`'s profile (where its node serves data).
	fn endpoint_of(who: &AccountId) -> Option<alloc::vec::Vec<u8>>;
	/// Gives `who` a profile if it has none, so benchmarks of other pallets can set up.
	#[cfg(feature = "runtime-benchmarks")]
	fn ensure_profile(who: &AccountId);
}

/// What later pallets ask of the roles pallet: is this provider active, has it room,
/// and bookkeeping of the duties (contracts, jobs, rounds) it takes on.
pub trait RoleProvider<AccountId> {
	/// Whether `who` holds `role` at all (whatever its status).
	fn has_role(who: &AccountId, role: Role) -> bool;
	/// `who`'s status in `role`, if registered.
	fn status(who: &AccountId, role: Role) -> Option<ProviderStatus>;
	/// Whether `who` holds `role` and takes new work.
	fn is_active(who: &AccountId, role: Role) -> bool {
		Self::status(who, role) == Some(ProviderStatus::Available)
	}
	/// Declared storage not yet reserved, in bytes (0 if not registered).
	fn free_storage(who: &AccountId, role: Role) -> u64;
	/// Whether `who`'s form in `role` serves `region` (geohash prefix rule).
	fn serves_region(who: &AccountId, role: Role, region: &[u8]) -> bool;
	/// Takes on one duty using `bytes` of storage. Fails unless `who` is active in
	/// `role` and has the room; on failure nothing changes.
	fn reserve(who: &AccountId, role: Role, bytes: u64) -> DispatchResult;
	/// Ends one duty taken with [`Self::reserve`], freeing `bytes`. Saturates: a
	/// release never underflows.
	fn release(who: &AccountId, role: Role, bytes: u64);
	/// Open duties of `who` in `role`.
	fn duties(who: &AccountId, role: Role) -> u32;
	/// How many accounts hold `role`.
	fn member_count(role: Role) -> u32;
	/// The member of `role` at dense index `index` (`0..member_count(role)`), for
	/// drawing members at random.
	fn member(role: Role, index: u32) -> Option<AccountId>;
	/// Registers `who` in `role` if it is not, so benchmarks of other pallets can set up.
	#[cfg(feature = "runtime-benchmarks")]
	fn ensure_role(who: &AccountId, role: Role);
}

/// Told when a provider changes whether it takes work. Implemented by the hosting
/// pallet, which hands a signed-off hoster's contracts over to other hosters.
pub trait ProviderStatusObserver<AccountId> {
	/// `who`'s status in `role` is now `status`.
	fn status_changed(who: &AccountId, role: Role, status: ProviderStatus);
}

impl<AccountId> ProviderStatusObserver<AccountId> for () {
	fn status_changed(_: &AccountId, _: Role, _: ProviderStatus) {}
}

/// Identifies an escrow.
pub type EscrowId = u64;

/// Money held for a purpose (a plan's budget, a job's payment) and paid out as work is
/// proven. Implemented by the escrow pallet.
pub trait EscrowManager<AccountId, Balance> {
	/// Holds `amount` from `payer` in a new escrow.
	fn open(payer: &AccountId, amount: Balance) -> Result<EscrowId, sp_runtime::DispatchError>;
	/// Adds `amount` from `funder` to an open escrow.
	fn top_up(id: EscrowId, funder: &AccountId, amount: Balance) -> DispatchResult;
	/// Pays `amount` out of escrow `id` to `payee`; the protocol fee goes to the treasury.
	/// Returns what the payee received. Fails, changing nothing, if the escrow holds less.
	fn pay(
		id: EscrowId,
		payee: &AccountId,
		amount: Balance,
	) -> Result<Balance, sp_runtime::DispatchError>;
	/// Returns what is left to the payer and closes the escrow. Returns the amount.
	fn refund(id: EscrowId) -> Result<Balance, sp_runtime::DispatchError>;
	/// Returns `amount` to the payer, keeping the escrow open. Fails, changing
	/// nothing, if the escrow holds less.
	fn refund_part(id: EscrowId, amount: Balance) -> DispatchResult;
	/// What is left in escrow `id`, if it is open.
	fn balance(id: EscrowId) -> Option<Balance>;
}

/// Disputes over escrows, settled by an arbiter. Implemented by the escrow pallet.
pub trait DisputeManager<AccountId, Balance> {
	/// Opens a dispute over escrow `id` between its payer and `payee`; `disputer` (one
	/// of the two) puts up `bond`. While disputed, the escrow pays out only by ruling.
	fn open_dispute(
		id: EscrowId,
		disputer: &AccountId,
		payee: &AccountId,
		bond: Balance,
	) -> DispatchResult;
}

/// Told when the arbiter settles a dispute: the escrow paid `paid` (after the fee) to
/// the payee, refunded `refunded` to the payer and closed.
pub trait DisputeOutcome<Balance> {
	/// The dispute over escrow `id` was settled giving the payee `payee_share`.
	fn resolved(id: EscrowId, payee_share: sp_runtime::Perbill, paid: Balance, refunded: Balance);
	/// The most weight [`Self::resolved`] takes.
	fn weight() -> frame_support::weights::Weight;
}

impl<Balance> DisputeOutcome<Balance> for () {
	fn resolved(_: EscrowId, _: sp_runtime::Perbill, _: Balance, _: Balance) {}
	fn weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

/// Providers' declared resources and stakes, beyond [`RoleProvider`]. Implemented by
/// the roles pallet.
pub trait ProviderStakes<AccountId> {
	/// The resources `who` declared for `role`, if registered.
	fn resources(who: &AccountId, role: Role) -> Option<crate::Resources>;
	/// Slashes `fraction` of `who`'s stake in `role` to the treasury.
	fn slash(who: &AccountId, role: Role, fraction: sp_runtime::Perbill);
}

/// Who may rate whom: a client rates the worker of a completed job once. Implemented
/// by the jobs pallet.
pub trait RatingSource<AccountId> {
	/// Takes `client`'s right to rate the worker of `job`, returning the worker. Fails
	/// if there is no such right (not completed, not the client, rated already).
	fn take_rating(job: u64, client: &AccountId) -> Result<AccountId, sp_runtime::DispatchError>;
	/// Makes `job` ratable by `client` for `worker`, so benchmarks can set up.
	#[cfg(feature = "runtime-benchmarks")]
	fn make_ratable(job: u64, client: &AccountId, worker: &AccountId);
}

/// What happened, for the reputation of an account in a role.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Outcome {
	/// Work done as promised (a proof, a setup, a job), with its weight (1 = routine).
	Success(u32),
	/// Work failed or was not done, with its weight.
	Failure(u32),
}

/// Records outcomes into reputation. Implemented by the reputation pallet.
pub trait ReputationSink<AccountId> {
	/// Records `outcome` for `who` in `role`.
	fn record(who: &AccountId, role: Role, outcome: Outcome);
}

impl<AccountId> ReputationSink<AccountId> for () {
	fn record(_: &AccountId, _: Role, _: Outcome) {}
}

/// Reads reputation, as an integer from 0 to 1000 (500 = neutral, no history).
pub trait ReputationOf<AccountId> {
	/// `who`'s score in `role`.
	fn reputation(who: &AccountId, role: Role) -> u32;
}

/// Identifies a plan.
pub type PlanId = u64;

/// What the hosting side does when a plan changes state. Implemented by the hosting
/// pallet; the plans pallet calls it.
pub trait PlanLifecycle {
	/// Whether the hosting side can serve a plan with these chunk ranges ((data set,
	/// start, end)): checked at `subscribe` and `update`, so no plan is accepted (and
	/// its budget held) that would start with no contracts. Returns how many contracts
	/// the ranges cut into.
	fn check_ranges(ranges: &[(u32, u32, u32)]) -> Result<u32, sp_runtime::DispatchError>;
	/// What a plan with these ranges and replication must hold for the attestors' fees,
	/// in the currency's smallest unit: counted in its budget at `subscribe`, so the fees
	/// never come out of what its hosters are paid.
	fn fee_reserve(_ranges: &[(u32, u32, u32)], _replication: u8) -> u128 {
		0
	}
	/// The plan's start has come: cut its contracts and open matching; `fee_reserve` of
	/// its budget is what the attestors' fees may take.
	fn plan_due(plan: PlanId, fee_reserve: u128) -> DispatchResult;
	/// A started plan's ranges grew or its replication changed: cut contracts for the
	/// new ranges, match hosters where the contracts are short, end the hostings beyond
	/// the replication (`EndHosting`), and add `fee_top_up` to what the attestors' fees
	/// may take. Returns the weight used, at most [`Self::max_update_weight`].
	fn plan_updated(
		_plan: PlanId,
		_fee_top_up: u128,
	) -> Result<frame_support::weights::Weight, sp_runtime::DispatchError> {
		Ok(frame_support::weights::Weight::zero())
	}
	/// The most weight [`Self::plan_updated`] takes.
	fn max_update_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
	/// The plan ends: no hosting of it is matched, checked, challenged or paid from now
	/// on; every hosting ends (`EndHosting`, the hosters released), at once or over the
	/// next blocks, outside the block's hooks where that would not fit.
	fn plan_ended(plan: PlanId);
	/// The most weight [`Self::plan_due`] takes for a plan of `contracts` contracts.
	fn start_weight(_contracts: u32) -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
	/// The most weight [`Self::plan_ended`] takes, for a plan of any size.
	fn end_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

impl PlanLifecycle for () {
	fn check_ranges(_: &[(u32, u32, u32)]) -> Result<u32, sp_runtime::DispatchError> {
		Ok(1)
	}
	fn plan_due(_: PlanId, _: u128) -> DispatchResult {
		Ok(())
	}
	fn plan_ended(_: PlanId) {}
}

/// A data set as the hosting side needs it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct DatasetView {
	/// Merkle root over the chunks.
	pub root: [u8; 32],
	/// Number of chunks.
	pub chunks: u32,
	/// Bytes per chunk.
	pub chunk_size: u32,
	/// URL hosters fetch chunk frames from.
	pub source: alloc::vec::Vec<u8>,
}

/// A plan as the hosting side needs it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct PlanView<AccountId> {
	/// Who pays.
	pub sponsor: AccountId,
	/// Hosters per contract.
	pub replication: u8,
	/// Regions the hosters must serve (geohashes); empty means anywhere.
	pub regions: alloc::vec::Vec<alloc::vec::Vec<u8>>,
	/// Minimum hoster reputation.
	pub min_reputation: u32,
	/// Chunk ranges to host: (data set, start, end).
	pub ranges: alloc::vec::Vec<(u32, u32, u32)>,
	/// The data sets.
	pub datasets: alloc::vec::Vec<DatasetView>,
	/// The escrow holding the budget.
	pub escrow: EscrowId,
	/// Whether hosting is being paid and challenged now (started and not paused).
	pub running: bool,
	/// Blocks the plan has spent paused since it was subscribed, the current pause
	/// included: the difference of two readings is the paused time between them, which
	/// is never paid.
	pub paused_blocks: u64,
	/// Price per chunk per hoster per block, in the currency's smallest unit.
	pub price: u128,
	/// Least download bandwidth a hoster must deliver, bytes per second (0: any).
	pub min_bandwidth: u64,
	/// Most time a hoster may take to serve a chunk, milliseconds (0: any).
	pub max_latency_ms: u32,
}

/// A confirmed hosting as the proof side needs it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct HostingView {
	/// The plan paying for it.
	pub plan: PlanId,
	/// The data set's Merkle root.
	pub root: [u8; 32],
	/// Chunks in the data set (the leaves under `root`).
	pub leaves: u32,
	/// The data set's declared bytes per chunk: no chunk is longer.
	pub chunk_size: u32,
	/// The contract's first chunk.
	pub start: u32,
	/// One past its last chunk.
	pub end: u32,
	/// Whether its plan runs (is not paused).
	pub running: bool,
}

/// Read access to hostings, and their repair. Implemented by the hosting pallet.
pub trait HostingInspect<AccountId> {
	/// `hoster`'s hosting of `contract`, if it keeps it and its setup was confirmed.
	fn hosting(contract: u64, hoster: &AccountId) -> Option<HostingView>;
	/// Replaces `hoster` on `contract`: `RepairHosting` and a round for a replacement.
	fn repair(contract: u64, hoster: &AccountId);
	/// The contracts `hoster` is on (confirmed or not), from an index by hoster: what an
	/// off-chain worker reads to find its own duties, at a cost that grows with them,
	/// not with the network.
	fn contracts_of(hoster: &AccountId) -> alloc::vec::Vec<u64>;
}

/// Told when a hoster's setup of a contract is confirmed and when the hosting ends.
/// Implemented by the proofs and benchmarks pallets, which pay, challenge and measure
/// the hosting in between.
pub trait HostingObserver<AccountId> {
	/// `hoster` keeps `contract` from now on.
	fn confirmed(contract: u64, hoster: &AccountId);
	/// `hoster` no longer keeps `contract` (its plan ended, or it was repaired off it):
	/// close what is open for the hosting and drop its schedule entries, with no fault.
	fn ended(contract: u64, hoster: &AccountId);
	/// Benchmarks only: leaves the confirmed hosting in the state that costs
	/// [`Self::ended`] the most (whatever can be open for it, open).
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_worst_to_end(_contract: u64, _hoster: &AccountId) {}
}

impl<AccountId> HostingObserver<AccountId> for () {
	fn confirmed(_: u64, _: &AccountId) {}
	fn ended(_: u64, _: &AccountId) {}
}

impl<AccountId, A: HostingObserver<AccountId>, B: HostingObserver<AccountId>>
	HostingObserver<AccountId> for (A, B)
{
	fn confirmed(contract: u64, hoster: &AccountId) {
		A::confirmed(contract, hoster);
		B::confirmed(contract, hoster);
	}
	fn ended(contract: u64, hoster: &AccountId) {
		A::ended(contract, hoster);
		B::ended(contract, hoster);
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_worst_to_end(contract: u64, hoster: &AccountId) {
		A::benchmark_worst_to_end(contract, hoster);
		B::benchmark_worst_to_end(contract, hoster);
	}
}

/// Read access to plans. Implemented by the plans pallet.
pub trait PlanInspect<AccountId> {
	/// The live plan `plan`, if any.
	fn plan(plan: PlanId) -> Option<PlanView<AccountId>>;
	/// `plan`'s escrow cannot pay what its hosters proved: the plan ends soon, in a
	/// block's hook (`EndPlan { reason: BudgetSpent }`, `EndHosting` for every hoster).
	fn budget_spent(plan: PlanId);
}

/// Whether blocks were full lately. A fee-less report crowded out of full blocks is not
/// its sender's fault, so a duty whose window saw a full block punishes no silence.
pub trait Congestion<BlockNumber> {
	/// Whether a block from `since` on (up to the last finished one) had no room left for
	/// one more proof response (`ProofsOfStorage::LastCongested`).
	fn congested_since(since: BlockNumber) -> bool;
}

impl<BlockNumber> Congestion<BlockNumber> for () {
	fn congested_since(_: BlockNumber) -> bool {
		false
	}
}
