//! The pallets the node's `benchmark pallet` command measures.
frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_sudo, Sudo]
	[pallet_accounts, Accounts]
	[pallet_roles, Roles]
	[pallet_escrow, Escrow]
	[pallet_reputation, Reputation]
	[pallet_plans, Plans]
	[pallet_hosting, Hosting]
	[pallet_jobs, Jobs]
	[pallet_proofs, ProofsOfStorage]
	[pallet_benchmarks, Benchmarks]
	[pallet_breaker, CircuitBreaker]
);

impl frame_system_benchmarking::Config for super::Runtime {}
impl frame_benchmarking::baseline::Config for super::Runtime {}
