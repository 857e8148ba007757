//! Auditing a hoster as a whole, once per period, at a cost that does not grow with the
//! number of its hostings: which piece of its data to ask for, and what each hosting is
//! owed, without touching every hosting at every proof.
//!
//! **Drawing by size.** [`SizeTree`] is a Fenwick tree over a hoster's hostings (a slot
//! each) holding their sizes. [`SizeTree::find`] maps a number drawn uniformly in
//! `0..total` to the slot holding that unit and the unit's place in it, reading at most
//! `log2(capacity) + 1` nodes, so every unit (chunk) the hoster keeps is equally likely
//! to be asked for, whatever the number and sizes of its hostings.
//!
//! **Paying lazily.** A hoster's outcomes cut its time into intervals, each ended by an
//! accepted proof (proven) or a fault (not). [`Audits`] keeps the total of proven blocks
//! and the last 64 outcomes. A hosting keeps a [`Mark`] of where its pay starts; what it
//! is owed up to the last outcome is then `proven − mark.proven`, less the part of the
//! first interval before it started if that interval was proven: O(1), however many
//! outcomes passed since. Once 64 or more did, that first interval's outcome is
//! forgotten and it is taken as proven, so its part before the start is subtracted
//! either way: a hosting settled that rarely may be paid up to one interval less than
//! it proved, never more.
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// Where a Fenwick tree's nodes live (1-based: node `i` sums the slots
/// `i − lowbit(i) .. i`, 0-based).
pub trait Nodes {
	/// Node `i`'s sum (0 if unset).
	fn node(&self, i: u32) -> u64;
	/// Sets node `i`'s sum.
	fn set_node(&mut self, i: u32, sum: u64);
}

/// A Fenwick tree of `capacity` slots over [`Nodes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SizeTree {
	/// Slots the tree has: `0..capacity`.
	pub capacity: u32,
}

impl SizeTree {
	/// Adds `size` to `slot`; node writes at most `log2(capacity) + 1`.
	pub fn add(&self, nodes: &mut impl Nodes, slot: u32, size: u64) {
		let mut i = slot + 1;
		while i <= self.capacity {
			nodes.set_node(i, nodes.node(i).saturating_add(size));
			i += i & i.wrapping_neg();
		}
	}

	/// Takes `size` from `slot` (which holds at least that much).
	pub fn remove(&self, nodes: &mut impl Nodes, slot: u32, size: u64) {
		let mut i = slot + 1;
		while i <= self.capacity {
			nodes.set_node(i, nodes.node(i).saturating_sub(size));
			i += i & i.wrapping_neg();
		}
	}

	/// The sum of slots `0..slot`.
	pub fn prefix(&self, nodes: &impl Nodes, slot: u32) -> u64 {
		let mut i = slot.min(self.capacity);
		let mut sum = 0u64;
		while i > 0 {
			sum = sum.saturating_add(nodes.node(i));
			i -= i & i.wrapping_neg();
		}
		sum
	}

	/// The sum of every slot.
	pub fn total(&self, nodes: &impl Nodes) -> u64 {
		self.prefix(nodes, self.capacity)
	}

	/// The slot holding unit `target` of the slots laid end to end, and the unit's place
	/// in it; `None` if `target` is not below the total.
	pub fn find(&self, nodes: &impl Nodes, target: u64) -> Option<(u32, u64)> {
		if self.capacity == 0 {
			return None;
		}
		let mut pos = 0u32;
		let mut rest = target;
		let mut step = 1u32 << (31 - self.capacity.leading_zeros());
		while step > 0 {
			let next = pos + step;
			if next <= self.capacity {
				let sum = nodes.node(next);
				if sum <= rest {
					pos = next;
					rest -= sum;
				}
			}
			step >>= 1;
		}
		(pos < self.capacity).then_some((pos, rest))
	}
}

/// A hoster's audit outcomes, as much as paying its hostings needs.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
)]
pub struct Audits {
	/// Outcomes recorded so far.
	pub count: u32,
	/// When the last one was (a block number; 0 before the first).
	pub last: u64,
	/// Blocks proven in all: the lengths of the intervals that ended in a proof.
	pub proven: u64,
	/// The last 64 outcomes, the latest in the lowest bit: 1 proven, 0 not.
	pub recent: u64,
}

/// Where a hosting's pay starts, in terms of its hoster's [`Audits`]: after outcome
/// `count`, `offset` blocks into the interval that follows it.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
)]
pub struct Mark {
	/// The hoster's outcomes when the pay started.
	pub count: u32,
	/// Its proven blocks then.
	pub proven: u64,
	/// Blocks from its last outcome to the start.
	pub offset: u64,
}

impl Audits {
	/// Records an outcome at block `at` (not before the last one): the blocks since the
	/// last are proven if `proven`.
	pub fn record(&mut self, at: u64, proven: bool) {
		let at = at.max(self.last);
		if proven {
			self.proven = self.proven.saturating_add(at - self.last);
		}
		self.recent = self.recent << 1 | proven as u64;
		self.count = self.count.wrapping_add(1);
		self.last = at;
	}

	/// The mark of a hosting whose pay starts at block `at` (not before the last
	/// outcome).
	pub fn mark(&self, at: u64) -> Mark {
		Mark { count: self.count, proven: self.proven, offset: at.saturating_sub(self.last) }
	}

	/// The blocks proven since `mark`, up to the last outcome. Once 64 or more outcomes
	/// passed since the one that ended the mark's first interval, that interval is taken
	/// as proven (its part before the start subtracted): never more than was proven.
	pub fn owed(&self, mark: &Mark) -> u64 {
		let since = self.count.wrapping_sub(mark.count);
		if since == 0 {
			return 0;
		}
		let age = since - 1;
		let first_proven = age >= 64 || self.recent >> age & 1 == 1;
		let before_start = if first_proven { mark.offset } else { 0 };
		self.proven.saturating_sub(mark.proven).saturating_sub(before_start)
	}

	/// What [`Self::owed`] says, and the mark to keep after paying it: at the last
	/// outcome.
	pub fn settle(&self, mark: &Mark) -> (u64, Mark) {
		let owed = self.owed(mark);
		let next = if self.count == mark.count { *mark } else { self.mark(self.last) };
		(owed, next)
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use alloc::{vec, vec::Vec};

	#[derive(Default)]
	struct Memory(alloc::collections::BTreeMap<u32, u64>);
	impl Nodes for Memory {
		fn node(&self, i: u32) -> u64 {
			self.0.get(&i).copied().unwrap_or(0)
		}
		fn set_node(&mut self, i: u32, sum: u64) {
			self.0.insert(i, sum);
		}
	}

	/// A small deterministic generator (xorshift64*).
	struct Rng(u64);
	impl Rng {
		fn next(&mut self) -> u64 {
			self.0 ^= self.0 >> 12;
			self.0 ^= self.0 << 25;
			self.0 ^= self.0 >> 27;
			self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
		}
		fn below(&mut self, n: u64) -> u64 {
			self.next() % n
		}
	}

	#[test]
	fn find_maps_every_unit_to_its_slot_and_place() {
		for capacity in [1u32, 2, 3, 7, 8, 100] {
			let tree = SizeTree { capacity };
			let mut nodes = Memory::default();
			let mut sizes = vec![0u64; capacity as usize];
			let mut rng = Rng(capacity as u64 + 1);
			for slot in 0..capacity {
				// Some slots empty: they are never drawn.
				let size = if rng.below(4) == 0 { 0 } else { 1 + rng.below(9) };
				tree.add(&mut nodes, slot, size);
				sizes[slot as usize] = size;
			}
			let total: u64 = sizes.iter().sum();
			assert_eq!(tree.total(&nodes), total);
			let mut unit = 0u64;
			for (slot, size) in sizes.iter().enumerate() {
				for place in 0..*size {
					assert_eq!(tree.find(&nodes, unit), Some((slot as u32, place)), "unit {unit}");
					unit += 1;
				}
				assert_eq!(tree.prefix(&nodes, slot as u32 + 1), unit);
			}
			assert_eq!(tree.find(&nodes, total), None, "past the end");
			// Emptying a slot moves its units to the next ones.
			if let Some(slot) = sizes.iter().position(|s| *s > 0) {
				tree.remove(&mut nodes, slot as u32, sizes[slot]);
				assert_eq!(tree.total(&nodes), total - sizes[slot]);
				let first = tree.find(&nodes, 0).map(|(s, _)| s);
				assert!(first.is_none_or(|s| s as usize > slot));
			}
		}
		assert_eq!(SizeTree { capacity: 0 }.find(&Memory::default(), 0), None);
	}

	#[test]
	fn a_find_reads_at_most_log_capacity_plus_one_nodes() {
		struct Counting(Memory, core::cell::Cell<u32>);
		impl Nodes for Counting {
			fn node(&self, i: u32) -> u64 {
				self.1.set(self.1.get() + 1);
				self.0.node(i)
			}
			fn set_node(&mut self, i: u32, sum: u64) {
				self.0.set_node(i, sum)
			}
		}
		let tree = SizeTree { capacity: 10_000 };
		let mut nodes = Counting(Memory::default(), Default::default());
		for slot in 0..10_000 {
			tree.add(&mut nodes, slot, 1 + slot as u64 % 5);
		}
		let total = tree.total(&nodes);
		for target in [0, total / 3, total - 1] {
			nodes.1.set(0);
			assert!(tree.find(&nodes, target).is_some());
			assert!(nodes.1.get() <= 14, "{} reads", nodes.1.get());
		}
	}

	/// Blocks `(start, until]` paid when each interval between outcomes is paid only if
	/// it ended in a proof, counted block by block.
	fn brute_force(outcomes: &[(u64, bool)], start: u64, until_count: usize) -> u64 {
		let mut paid = 0;
		let mut from = 0;
		for (at, proven) in outcomes.iter().take(until_count) {
			for block in from + 1..=*at {
				if block > start && *proven {
					paid += 1;
				}
			}
			from = *at;
		}
		paid
	}

	#[test]
	fn lazy_pay_matches_counting_block_by_block() {
		let mut rng = Rng(7);
		for _ in 0..200 {
			let mut audits = Audits::default();
			let mut outcomes: Vec<(u64, bool)> = Vec::new();
			// Hostings starting at random blocks, each settled at random outcomes.
			let mut hostings: Vec<(u64, Mark, u64)> = Vec::new(); // start, mark, paid so far
			let mut now = 0u64;
			for _ in 0..80 {
				now += rng.below(30);
				if rng.below(3) == 0 {
					let mark = audits.mark(now);
					hostings.push((now, mark, 0));
				}
				now += 1 + rng.below(30);
				let proven = rng.below(4) != 0;
				audits.record(now, proven);
				outcomes.push((now, proven));
				for (_, mark, paid) in hostings.iter_mut() {
					// Settled now and then; one left alone for 64 outcomes is too old.
					if rng.below(8) == 0 {
						let (owed, next) = audits.settle(mark);
						*paid += owed;
						*mark = next;
					}
				}
			}
			for (start, mark, paid) in hostings {
				let exact = brute_force(&outcomes, start, outcomes.len());
				let lazy = paid + audits.owed(&mark);
				if audits.count - mark.count <= 64 {
					assert_eq!(lazy, exact, "a hosting from block {start}");
				} else {
					// The first interval's outcome forgotten: never more, at most its
					// part before the start less.
					assert!(lazy <= exact && exact - lazy <= mark.offset, "from {start}");
				}
			}
		}
	}

	#[test]
	fn a_mark_older_than_64_outcomes_takes_its_first_interval_as_proven() {
		let mut audits = Audits::default();
		audits.record(10, true);
		let mark = audits.mark(15); // 5 blocks into the interval that ends at 20
		audits.record(20, false); // not proven: 10..20 owes nothing
		for i in 1..64u64 {
			audits.record(20 + i * 10, true);
			assert_eq!(audits.owed(&mark), i * 10, "after {} outcomes", i + 1);
		}
		// Outcome 65 since: the fault at 20 is forgotten, and the 5 blocks of 15..20
		// that were never paid are subtracted anyway (less, never more).
		audits.record(660, true);
		assert_eq!(audits.owed(&mark), 640 - 5);
	}

	#[test]
	fn a_start_within_a_faulted_interval_loses_nothing_more() {
		let mut audits = Audits::default();
		audits.record(100, true);
		let mark = audits.mark(150); // 50 blocks into the interval that ends at 200
		audits.record(200, false); // a fault: 100..200 not paid
		audits.record(300, true); // 200..300 proven
		assert_eq!(audits.owed(&mark), 100);
		let mark = audits.mark(310);
		audits.record(400, true); // 300..400 proven: the hosting from 310
		assert_eq!(audits.owed(&mark), 90);
		// Settled, then nothing more until the next outcome.
		let (owed, next) = audits.settle(&mark);
		assert_eq!((owed, audits.owed(&next)), (90, 0));
	}
}
