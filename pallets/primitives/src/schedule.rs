//! Bounded per-block schedules (timeouts, challenges, deadlines): an entry goes to the
//! first block from the wanted one whose bounded list has room.
use sp_runtime::traits::Saturating;

/// The first block from `at` (trying at most `tries` blocks) for which `try_place`
/// succeeds, or `None` if none of them had room.
pub fn first_with_room<B: Copy + Saturating + From<u32>>(
	at: B,
	tries: u32,
	mut try_place: impl FnMut(B) -> bool,
) -> Option<B> {
	let mut block = at;
	for _ in 0..tries {
		if try_place(block) {
			return Some(block);
		}
		block = block.saturating_add(1u32.into());
	}
	None
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_first_block_with_room_takes_the_entry() {
		let mut full = [true, true, false, false];
		let placed = first_with_room(0u32, 4, |b| {
			let room = !full[b as usize];
			full[b as usize] = true;
			room
		});
		assert_eq!(placed, Some(2));
		assert_eq!(first_with_room(0u32, 2, |_| false), None);
	}
}
