//! What every datdot off-chain worker does: find the node's `ddot` keys and the
//! accounts behind them, and send a submission at most once per resend interval
//! (restart-safe: the mark lives in the node's persistent off-chain storage).
use crate::{traits::ProfileProvider, OcwPublic};
use alloc::vec::Vec;
use sp_runtime::{
	offchain::storage::{StorageRetrievalError, StorageValueRef},
	RuntimeAppPublic,
};

/// The node's `ddot` keys with the accounts whose profiles carry them.
pub fn local_identities<AccountId, P: ProfileProvider<AccountId>>() -> Vec<(OcwPublic, AccountId)> {
	OcwPublic::all()
		.into_iter()
		.filter_map(|key| P::owner_of_ocw_key(&key).map(|who| (key, who)))
		.collect()
}

/// Whether the submission marked `mark` may be sent at block `now`: it was not sent in
/// the last `resend_after` blocks. If so, records `now` as its sending block.
pub fn may_send(mark: &[u8], now: u32, resend_after: u32) -> bool {
	StorageValueRef::persistent(mark)
		.mutate(|last: Result<Option<u32>, StorageRetrievalError>| match last {
			Ok(Some(at)) if now.saturating_sub(at) < resend_after => Err(()),
			_ => Ok(now),
		})
		.is_ok()
}
