#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod impls;
#[cfg(test)]
mod mock;
pub mod ocw;
pub mod rules;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

/// What the hosting benchmarks need from the pallets around this one.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Gives `who` enough balance to stake, sponsor and pay fees.
	fn fund(who: &AccountId);
	/// A running plan of `sponsor` over one data set of `chunks` chunks wanting
	/// `replication` hosters, whose budget pays many attestor fees. Its contracts are
	/// not cut yet.
	fn running_plan(
		sponsor: &AccountId,
		chunks: u32,
		replication: u8,
	) -> datdot_primitives::traits::PlanId;
	/// Makes `key` the off-chain worker key of `who`'s profile.
	fn set_ocw_key(who: &AccountId, key: datdot_primitives::OcwPublic);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use datdot_primitives::{
		traits::{
			EscrowManager, PlanId, PlanInspect, ProfileProvider, ReputationOf, ReputationSink,
			RoleProvider,
		},
		OcwPublic,
	};
	use frame_support::{
		pallet_prelude::*,
		traits::{fungible::Inspect, Randomness},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::traits::Zero;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config:
		frame_system::Config<RuntimeEvent: From<Event<Self>>>
		+ frame_system::offchain::CreateAuthorizedTransaction<Call<Self>>
	{
		/// The currency fees are paid in.
		type Currency: Inspect<Self::AccountId>;

		/// Plans: what to host, for whom, from which escrow.
		type Plans: PlanInspect<Self::AccountId>;

		/// The role registry: who hosts, who attests, with how much room.
		type Roles: RoleProvider<Self::AccountId>;

		/// Profiles: whose off-chain worker key signed a report, and their endpoints.
		type Profiles: ProfileProvider<Self::AccountId>;

		/// Reputation, read to gate hosters and fed by outcomes.
		type Reputation: ReputationOf<Self::AccountId> + ReputationSink<Self::AccountId>;

		/// Providers' stakes: a silent attestor's is slashed.
		type Stakes: datdot_primitives::traits::ProviderStakes<Self::AccountId>;

		/// What an attestor loses of its stake for each duty it left unanswered that it
		/// could have answered: a round another drawn attestor answered, or a setup check
		/// whose deadline passed (never while the breaker refused reports).
		#[pallet::constant]
		type SilenceSlash: Get<sp_runtime::Perbill>;

		/// Pays attestors out of the plan's budget.
		type Escrow: EscrowManager<Self::AccountId, BalanceOf<Self>>;

		/// Where seeds come from. It must not be choosable by one account: the
		/// production choice and its limits are documented in the README.
		type Randomness: Randomness<Self::Hash, BlockNumberFor<Self>>;

		/// Chunks per contract.
		#[pallet::constant]
		type ChunksPerContract: Get<u32>;

		/// Most contracts one plan is cut into; bounds the work of starting a plan.
		#[pallet::constant]
		type MaxContractsPerPlan: Get<u32>;

		/// Most hosters per contract (at least the plans' `MaxReplication`).
		#[pallet::constant]
		type MaxHosters: Get<u32>;

		/// Attestors drawn per matching round.
		#[pallet::constant]
		type AttestorsPerMatch: Get<u32>;

		/// Hosters the chain draws for a matching round (active ones, independently, with
		/// at most twice as many tries): the candidates among which the rank rule picks.
		/// A report must name exactly the first eligible candidates by rank, which the
		/// runtime checks at a cost bounded by this number, so attestors cannot choose.
		#[pallet::constant]
		type MatchCandidates: Get<u32>;

		/// Identical reports that apply a match.
		#[pallet::constant]
		type MatchThreshold: Get<u32>;

		/// Attestors that check each new hoster's setup (at most `MatchThreshold`, so
		/// the agreeing attestors of a match always suffice): a setup is confirmed, or
		/// repaired as the hoster's fault, only when all of them agree.
		#[pallet::constant]
		type SetupCheckers: Get<u32>;

		/// Blocks a round stays open before it is re-run with fresh attestors.
		#[pallet::constant]
		type RoundTimeout: Get<BlockNumberFor<Self>>;

		/// Blocks a hoster has to fetch its data before an unconfirmed setup is repaired,
		/// beyond the time its backlog takes at `SetupFetchRate`.
		#[pallet::constant]
		type SetupTimeout: Get<BlockNumberFor<Self>>;

		/// Chunks a hoster is counted to fetch per block when a setup's window is set: a
		/// new setup's window (and the time before which no checker may blame the hoster)
		/// is pushed back by its backlog — this setup's chunks and those of the setups it
		/// was given before and is still due to fetch — at this rate. Big contracts and
		/// many at once thus never fault an honest hoster for the time fetching takes.
		#[pallet::constant]
		type SetupFetchRate: Get<u32>;

		/// Blocks a contract waits before matching is tried again when a round found no
		/// hoster (no attestor reported) or could not open: an unmatchable plan costs the
		/// chain one round per this many blocks, not one per `RoundTimeout`.
		#[pallet::constant]
		type RetryDelay: Get<BlockNumberFor<Self>>;

		/// Rounds in a row nobody answers before a contract's matching stops: a plan no
		/// hoster can take (say, a minimum reputation above every hoster's) stops
		/// costing rounds. The wait before each retry doubles meanwhile.
		#[pallet::constant]
		type MaxUnansweredRounds: Get<u32>;

		/// Most rounds open at once; bounds the per-block scan and the OCW's work.
		#[pallet::constant]
		type MaxOpenRounds: Get<u32>;

		/// Most rounds one plan may have open at once: its share of `MaxOpenRounds`, so a
		/// few plans (unmatchable ones included) cannot take every round and leave other
		/// plans' contracts and repairs unmatched. A contract over the share waits for a
		/// retry (`MatchingDeferred`).
		#[pallet::constant]
		type MaxRoundsPerPlan: Get<u32>;

		/// Most timed-out rounds or setups handled in one block.
		#[pallet::constant]
		type MaxTimeoutsPerBlock: Get<u32>;

		/// The fee an attestor earns per accepted report until governance sets another.
		#[pallet::constant]
		type DefaultAttestorFee: Get<BalanceOf<Self>>;

		/// Who may change the attestor fee.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Whether the circuit breaker pauses this pallet's calls: while it does, the
		/// hooks apply no fault, slash or reputation loss that those calls could have
		/// prevented.
		type CallsPaused: Get<bool>;

		/// Whether blocks were full lately (`ProofsOfStorage`): an attestor whose report
		/// may have been crowded out of a full block in its window is not counted silent.
		type Congestion: datdot_primitives::traits::Congestion<BlockNumberFor<Self>>;

		/// Weight information for the calls and hooks.
		type WeightInfo: WeightInfo;

		/// Told when a hosting is confirmed (the proofs pallet starts challenging it).
		type Observer: datdot_primitives::traits::HostingObserver<Self::AccountId>;

		/// Sets up the rest of the runtime for this pallet's benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	#[pallet::type_value]
	pub fn DefaultFee<T: Config>() -> BalanceOf<T> {
		T::DefaultAttestorFee::get()
	}

	/// Contracts.
	#[pallet::storage]
	pub type Contracts<T: Config> = StorageMap<_, Twox64Concat, ContractId, ContractOf<T>>;

	/// The contracts of each running plan.
	#[pallet::storage]
	pub type PlanContracts<T: Config> = StorageMap<
		_,
		Twox64Concat,
		PlanId,
		BoundedVec<ContractId, T::MaxContractsPerPlan>,
		ValueQuery,
	>;

	/// The id the next contract gets.
	#[pallet::storage]
	pub type NextContractId<T: Config> = StorageValue<_, ContractId, ValueQuery>;

	/// Open matching rounds.
	#[pallet::storage]
	pub type Rounds<T: Config> = StorageMap<_, Twox64Concat, RoundId, RoundOf<T>>;

	/// The hosters drawn for each open round, among which the rank rule picks (apart from
	/// `Rounds`, which the per-block sweep reads: only reports and workers read these).
	#[pallet::storage]
	pub type RoundCandidates<T: Config> = StorageMap<
		_,
		Twox64Concat,
		RoundId,
		BoundedVec<T::AccountId, T::MatchCandidates>,
		ValueQuery,
	>;

	/// The open rounds, oldest first: what the off-chain workers scan and the timeouts walk.
	#[pallet::storage]
	pub type OpenRounds<T: Config> =
		StorageValue<_, BoundedVec<RoundId, T::MaxOpenRounds>, ValueQuery>;

	/// Open rounds per plan, held to `MaxRoundsPerPlan`.
	#[pallet::storage]
	pub type PlanRounds<T: Config> = StorageMap<_, Twox64Concat, PlanId, u32, ValueQuery>;

	/// The id the next round gets.
	#[pallet::storage]
	pub type NextRoundId<T: Config> = StorageValue<_, RoundId, ValueQuery>;

	/// The report each attestor sent in a round (its hash), so none counts twice.
	#[pallet::storage]
	pub type RoundReports<T: Config> =
		StorageDoubleMap<_, Twox64Concat, RoundId, Blake2_128Concat, T::AccountId, T::Hash>;

	/// Identical reports per round: report hash → count.
	#[pallet::storage]
	pub type ReportTally<T: Config> =
		StorageDoubleMap<_, Twox64Concat, RoundId, Identity, T::Hash, u32, ValueQuery>;

	/// Setups awaiting their attestors' checks: (contract, hoster) → the checkers,
	/// their verdicts so far and the deadline.
	#[pallet::storage]
	pub type PendingSetups<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ContractId,
		Blake2_128Concat,
		T::AccountId,
		SetupCheckOf<T>,
	>;

	/// Per hoster, the block by which it is counted to have fetched every setup given to
	/// it so far (at `SetupFetchRate`): a new setup's fetching starts there, or now if
	/// that is later. Written when a setup opens; an entry in the past means no backlog.
	#[pallet::storage]
	pub type FetchQueueEnd<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, BlockNumberFor<T>>;

	/// Setup deadlines by block, for the timeout sweep.
	#[pallet::storage]
	pub type SetupDeadlines<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<(ContractId, T::AccountId), T::MaxOpenRounds>,
		ValueQuery,
	>;

	/// Contracts whose matching is tried again at a block (`RetryDelay` after a round
	/// found nobody or could not open), at most `MaxTimeoutsPerBlock` a block: each
	/// retry opens a round, so the bound keeps the sweep's cost within its share (a
	/// retry goes to the first of the next 32 blocks with room).
	#[pallet::storage]
	pub type Retries<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<ContractId, T::MaxTimeoutsPerBlock>,
		ValueQuery,
	>;

	/// The setup checks each attestor still owes, as (contract, hoster): what its
	/// off-chain worker reads, instead of every pending setup on chain. An entry exists
	/// exactly while the attestor is a checker of that pending setup and has not
	/// reported.
	#[pallet::storage]
	pub type CheckerSetups<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		(ContractId, T::AccountId),
		(),
	>;

	/// The contracts each hoster is on (confirmed or still setting up): what a hoster's
	/// exit hands over, without scanning every contract.
	#[pallet::storage]
	pub type HosterContracts<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, ContractId, ()>;

	/// Hosters that signed off and still hold contracts: `on_initialize` hands up to
	/// `MaxTimeoutsPerBlock` of their contracts a block over to other hosters. Only
	/// registered hosters (each with a stake) can be here.
	#[pallet::storage]
	pub type Leaving<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, ()>;

	/// Ended plans whose contracts are still to be released, by their place in line:
	/// ending a plan only queues it here, so what a block's hooks end does not grow with
	/// the plans' sizes. `on_idle` releases them oldest first with the block's spare
	/// weight, and `on_initialize` at least one contract a block, so the line always
	/// moves. Until then an ended plan's hostings are neither matched, checked,
	/// challenged nor paid (its plan is gone), and their hosters' capacity stays held.
	#[pallet::storage]
	pub type Releasing<T: Config> = StorageMap<_, Twox64Concat, u64, PlanId>;

	/// The first place in `Releasing` still to release, and the next place to fill.
	#[pallet::storage]
	pub type ReleaseLine<T: Config> = StorageValue<_, (u64, u64), ValueQuery>;

	/// What is left, per started plan, of the part of its budget held for attestors'
	/// fees. Fees are paid out of it only, so they never take what the hosters are paid;
	/// once it is spent, further reports of the plan earn reputation but no fee.
	#[pallet::storage]
	pub type FeesLeft<T: Config> = StorageMap<_, Twox64Concat, PlanId, BalanceOf<T>, ValueQuery>;

	/// What an attestor earns per accepted report.
	#[pallet::storage]
	pub type AttestorFee<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery, DefaultFee<T>>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Attestors were drawn to match hosters to a contract.
		MatchingRoundOpened {
			/// The round.
			round: RoundId,
			/// The contract.
			contract: ContractId,
			/// The attestors drawn.
			attestors: BoundedVec<T::AccountId, T::AttestorsPerMatch>,
			/// The ranking seed.
			seed: [u8; 32],
			/// The round is re-run after this block.
			deadline: BlockNumberFor<T>,
		},
		/// An attestor's match was counted.
		MatchReported {
			/// The round.
			round: RoundId,
			/// The attestor.
			attestor: T::AccountId,
		},
		/// Start hosting: the hosters fetch the contract's chunks, verify and serve them.
		StartHosting {
			/// The plan.
			plan: PlanId,
			/// The contract.
			contract: ContractId,
			/// The hosters.
			hosters: BoundedVec<T::AccountId, T::MaxHosters>,
			/// The attestors whose reports matched.
			attestors: BoundedVec<T::AccountId, T::AttestorsPerMatch>,
		},
		/// A setup's checkers disagreed, or not all of them reported by the deadline: the
		/// hosting is handed over to another hoster without a fault of the hoster's
		/// (`RepairHosting` follows); a checker that stayed silent loses reputation.
		SetupUndecided {
			/// The contract.
			contract: ContractId,
			/// The hoster.
			hoster: T::AccountId,
		},
		/// Every checking attestor confirmed that a hoster serves the contract.
		HostingConfirmed {
			/// The contract.
			contract: ContractId,
			/// The hoster.
			hoster: T::AccountId,
		},
		/// Repair hosting: `failed` no longer keeps the contract and a new matching
		/// round looks for a replacement.
		RepairHosting {
			/// The plan.
			plan: PlanId,
			/// The contract.
			contract: ContractId,
			/// The hoster that failed.
			failed: T::AccountId,
		},
		/// End hosting: the hosters stop serving the contract and delete its data.
		EndHosting {
			/// The plan.
			plan: PlanId,
			/// The contract.
			contract: ContractId,
			/// The hosters released.
			hosters: BoundedVec<T::AccountId, T::MaxHosters>,
		},
		/// A round closed without enough identical reports; it is re-run.
		RoundExpired {
			/// The round.
			round: RoundId,
			/// The contract.
			contract: ContractId,
		},
		/// No hoster could be matched to the contract now (no attestor found an eligible
		/// one, or no round could open): matching is tried again at `retry_at`.
		MatchingDeferred {
			/// The contract.
			contract: ContractId,
			/// The block of the next try.
			retry_at: BlockNumberFor<T>,
		},
		/// Nobody answered `MaxUnansweredRounds` rounds in a row for the contract (or no
		/// block near had room for its retry): its matching stops. Its share of the
		/// budget is not spent; a plan update that still wants hosters for it tries again.
		MatchingStopped {
			/// The plan.
			plan: PlanId,
			/// The contract.
			contract: ContractId,
		},
		/// The setup checkers found the plan's source serving a chunk of the contract
		/// longer than the plan declares: the hoster was released without fault, and
		/// the contract's matching stopped (the data breaks the plan's terms).
		SourceOversized {
			/// The plan.
			plan: PlanId,
			/// The contract.
			contract: ContractId,
			/// The hoster released.
			hoster: T::AccountId,
		},
		/// The setup checkers found that neither the hoster nor the plan's source serves a
		/// chunk of the contract, and no confirmed hoster held it: the hoster could not
		/// have fetched it, so it was released without fault, and the contract's matching
		/// stopped until the sponsor updates the plan (its source fixed).
		SourceUnavailable {
			/// The plan.
			plan: PlanId,
			/// The contract.
			contract: ContractId,
			/// The hoster released.
			hoster: T::AccountId,
		},
		/// A drawn attestor left a round or a setup check unanswered that it could have
		/// answered: its reputation fell and `SilenceSlash` of its stake went.
		AttestorSilent {
			/// The attestor.
			attestor: T::AccountId,
		},
		/// A hoster that signed off holds no contract any more: it may unregister.
		HosterLeft {
			/// The hoster.
			hoster: T::AccountId,
		},
		/// The attestor fee changed.
		AttestorFeeSet {
			/// The new fee.
			fee: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No such contract.
		ContractNotFound,
		/// No such open round.
		RoundNotFound,
		/// The signature does not verify.
		BadSignature,
		/// The signing key belongs to no profile.
		UnknownKey,
		/// The reporter was not drawn for this round.
		NotSelected,
		/// The reporter already reported in this round.
		AlreadyReported,
		/// The report names a different number of hosters than wanted, or duplicates.
		MalformedReport,
		/// The report does not name the first eligible of the round's candidates by the
		/// rank rule (`RoundCandidates`, ranked by `rules::rank` with the round's seed).
		NotByRule,
		/// No setup of this hoster is awaiting this attestor's check.
		NoPendingSetup,
		/// The setup report answers another setup of this hoster (its deadline differs).
		WrongSetup,
		/// The plan has more contracts than `MaxContractsPerPlan`.
		TooManyContracts,
		/// `MaxOpenRounds` rounds are open.
		TooManyRounds,
		/// Too few attestors are registered to draw a round.
		NotEnoughAttestors,
		/// The plan is not running.
		PlanNotRunning,
		/// A counter would overflow.
		Overflow,
		/// A setup report that blames the hoster or the source before the hoster had
		/// its time to fetch (`SetupCheck::fail_after`).
		TooEarly,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::expire_rounds(now)
				.saturating_add(Self::expire_setups(now))
				.saturating_add(Self::retry_due(now))
				.saturating_add(Self::hand_over_exits())
				.saturating_add(Self::release_ended(Self::least_release_weight()))
		}

		/// What the block leaves over releases ended plans' hostings.
		fn on_idle(_now: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::release_ended(remaining)
		}

		fn offchain_worker(now: BlockNumberFor<T>) {
			ocw::run::<T>(now);
		}

		fn integrity_test() {
			assert!(T::ChunksPerContract::get() > 0, "contracts need chunks");
			assert!(
				T::MatchThreshold::get() > 0
					&& T::MatchThreshold::get() <= T::AttestorsPerMatch::get(),
				"the threshold must be reachable"
			);
			assert!(!T::RoundTimeout::get().is_zero(), "rounds need time");
			assert!(
				T::SetupCheckers::get() > 0 && T::SetupCheckers::get() <= T::MatchThreshold::get(),
				"a match's agreeing attestors must be enough to check its setups"
			);
			assert!(
				(1..=16).contains(&T::MaxUnansweredRounds::get()),
				"the doubling retry delay stays in range"
			);
			assert!(T::MaxTimeoutsPerBlock::get() > 0, "timeouts must be handled");
			assert!(T::MaxRoundsPerPlan::get() > 0, "a plan must get rounds");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// An attestor's match for a round, sent by its off-chain worker without fees.
		/// Valid only from an attestor drawn for the open round, once.
		#[pallet::call_index(0)]
		#[pallet::authorize(|_source, report, signature| {
			Pallet::<T>::authorize_match(report, signature)
		})]
		#[pallet::weight_of_authorize(T::WeightInfo::authorize_report())]
		// Plus each placed hoster's fetch queue (`FetchQueueEnd`), read and written: added
		// to the setup checks after the benchmarks were last run.
		#[pallet::weight(T::WeightInfo::report_match().saturating_add(
			T::DbWeight::get().reads_writes(T::MaxHosters::get().into(), T::MaxHosters::get().into())
		))]
		pub fn report_match(
			origin: OriginFor<T>,
			report: MatchReportOf<T>,
			signature: <OcwPublic as sp_runtime::RuntimeAppPublic>::Signature,
		) -> DispatchResult {
			frame_system::ensure_authorized(origin)?;
			let attestor = Self::check_signed(&report, &report.signer, &signature)?;
			Self::do_report_match(attestor, report)
		}

		/// An attestor's check of a new hoster's setup (SPEC `hosting_setup_report`):
		/// a failed or missing setup is repaired onto another hoster.
		#[pallet::call_index(1)]
		#[pallet::authorize(|_source, report, signature| {
			Pallet::<T>::authorize_setup(report, signature)
		})]
		#[pallet::weight_of_authorize(T::WeightInfo::authorize_report())]
		#[pallet::weight(T::WeightInfo::setup_report().max(T::WeightInfo::setup_report_confirmed()))]
		pub fn setup_report(
			origin: OriginFor<T>,
			report: SetupReportOf<T>,
			signature: <OcwPublic as sp_runtime::RuntimeAppPublic>::Signature,
		) -> DispatchResult {
			frame_system::ensure_authorized(origin)?;
			let attestor = Self::check_signed(&report, &report.signer, &signature)?;
			Self::do_setup_report(attestor, report)
		}

		/// Sets the fee an attestor earns per accepted report.
		#[pallet::call_index(2)]
		pub fn set_attestor_fee(origin: OriginFor<T>, fee: BalanceOf<T>) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			AttestorFee::<T>::put(fee);
			Self::deposit_event(Event::AttestorFeeSet { fee });
			Ok(())
		}
	}

	/// The balance type of the currency.
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
	/// A contract as stored for `T`.
	pub type ContractOf<T> = Contract<
		<T as frame_system::Config>::AccountId,
		BlockNumberFor<T>,
		<T as Config>::MaxHosters,
	>;
	/// A round as stored for `T`.
	pub type RoundOf<T> = Round<
		<T as frame_system::Config>::AccountId,
		BlockNumberFor<T>,
		<T as Config>::AttestorsPerMatch,
	>;
	/// A setup report for `T`.
	pub type SetupReportOf<T> =
		SetupReport<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
	/// A pending setup check for `T`.
	pub type SetupCheckOf<T> = SetupCheck<
		<T as frame_system::Config>::AccountId,
		BlockNumberFor<T>,
		<T as Config>::SetupCheckers,
	>;
	/// A match report for `T`.
	pub type MatchReportOf<T> =
		MatchReport<<T as frame_system::Config>::AccountId, <T as Config>::MaxHosters>;
}
