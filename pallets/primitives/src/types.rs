//! Domain types shared between pallets, the runtime API and clients.
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::ConstU32, BoundedVec};
use scale_info::TypeInfo;

/// Longest region string: a geohash of 12 characters locates a cell of a few centimetres,
/// so longer strings carry no information and only cost storage.
pub const MAX_GEOHASH_LEN: u32 = 12;
/// How many regions one role form may declare; bounds the form's storage and the
/// work of region matching.
pub const MAX_FORM_REGIONS: u32 = 8;
/// How many availability windows one role form may declare (two a day for a week).
pub const MAX_TIMETABLE_WINDOWS: u32 = 14;
/// Minutes in a day: the upper bound of an availability window.
pub const MINUTES_PER_DAY: u16 = 1440;

/// A region, as a geohash (base32 alphabet `0-9 b-h j k m n p-z`).
pub type Geohash = BoundedVec<u8, ConstU32<MAX_GEOHASH_LEN>>;

/// The geohash base32 alphabet (no `a`, `i`, `l`, `o`).
const GEOHASH_ALPHABET: &[u8] = b"0123456789bcdefghjkmnpqrstuvwxyz";

/// Whether `bytes` is a non-empty geohash of at most [`MAX_GEOHASH_LEN`] characters.
pub fn is_valid_geohash(bytes: &[u8]) -> bool {
	!bytes.is_empty()
		&& bytes.len() <= MAX_GEOHASH_LEN as usize
		&& bytes.iter().all(|c| GEOHASH_ALPHABET.contains(c))
}

/// Whether `bytes` is an `http://` or `https://` URL with a host, of printable ASCII
/// without spaces. Endpoints and data sources are checked with it.
pub fn is_http_url(bytes: &[u8]) -> bool {
	let Some(rest) = bytes.strip_prefix(b"https://").or_else(|| bytes.strip_prefix(b"http://"))
	else {
		return false;
	};
	rest.first().is_some_and(|c| *c != b'/') && bytes.iter().all(|c| c.is_ascii_graphic())
}

/// The roles an account can take on the chain.
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
	PartialOrd,
	Ord,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum Role {
	/// Pays for data sets (plans) to be hosted.
	Sponsor,
	/// Stores data sets and proves it.
	Hoster,
	/// Matches hosters to plans and checks their work.
	Attestor,
	/// Runs compute jobs for clients.
	Worker,
}

impl Role {
	/// All roles, in declaration order.
	pub const ALL: [Role; 4] = [Role::Sponsor, Role::Hoster, Role::Attestor, Role::Worker];

	/// Providers take on duties for others and therefore bond a stake.
	pub fn is_provider(&self) -> bool {
		!matches!(self, Role::Sponsor)
	}
}

/// Whether a provider takes new work (reference 000: "at capacity" and "sign off").
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
	serde::Serialize,
	serde::Deserialize,
)]
pub enum ProviderStatus {
	/// Takes new work.
	#[default]
	Available,
	/// Busy: keeps its current duties but takes no new ones.
	AtCapacity,
	/// Shutting down for a while: keeps its duties on chain but takes no new ones.
	SignedOff,
}

/// Resources a provider declares.
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
	serde::Serialize,
	serde::Deserialize,
)]
pub struct Resources {
	/// Storage offered, in bytes.
	pub storage: u64,
	/// Bandwidth, in bytes per second.
	pub bandwidth: u64,
	/// CPU, in millicores.
	pub cpu: u32,
	/// Memory, in bytes.
	pub ram: u64,
}

impl Resources {
	/// Whether nothing at all is offered.
	pub fn is_empty(&self) -> bool {
		self.storage == 0 && self.bandwidth == 0 && self.cpu == 0 && self.ram == 0
	}
}

/// A weekly availability window in UTC: on the days in `days` (bit 0 = Monday … bit 6 =
/// Sunday), from minute `start` to minute `end` of the day.
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
	serde::Serialize,
	serde::Deserialize,
)]
pub struct TimeWindow {
	/// Days of the week, bit 0 = Monday … bit 6 = Sunday.
	pub days: u8,
	/// First minute of the day (UTC) in the window.
	pub start: u16,
	/// Minute of the day (UTC) at which the window closes; `start < end <= 1440`.
	pub end: u16,
}

impl TimeWindow {
	/// A window covers at least one day and a non-empty span within a day.
	pub fn is_valid(&self) -> bool {
		self.days != 0 && self.days < 0x80 && self.start < self.end && self.end <= MINUTES_PER_DAY
	}
}

/// What a provider declares when it registers a role.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	PartialEq,
	Eq,
	Debug,
	Default,
	serde::Serialize,
	serde::Deserialize,
)]
pub struct RoleForm {
	/// Resources offered.
	pub resources: Resources,
	/// Regions served (geohashes); empty means anywhere.
	pub regions: BoundedVec<Geohash, ConstU32<MAX_FORM_REGIONS>>,
	/// When the provider is online; empty means always.
	pub timetable: BoundedVec<TimeWindow, ConstU32<MAX_TIMETABLE_WINDOWS>>,
}

/// Why a [`RoleForm`] is refused.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FormError {
	/// A provider offers no resources at all.
	NoResources,
	/// A region is not a geohash.
	InvalidRegion,
	/// A time window is empty or out of range.
	InvalidTimetable,
}

impl RoleForm {
	/// Checks the form for `role`: every region a geohash, every window valid, and a
	/// provider offering something.
	pub fn validate(&self, role: Role) -> Result<(), FormError> {
		if role.is_provider() && self.resources.is_empty() {
			return Err(FormError::NoResources);
		}
		if !self.regions.iter().all(|r| is_valid_geohash(r)) {
			return Err(FormError::InvalidRegion);
		}
		if !self.timetable.iter().all(TimeWindow::is_valid) {
			return Err(FormError::InvalidTimetable);
		}
		Ok(())
	}

	/// Whether the form serves `region`: no declared regions means anywhere; otherwise
	/// one declared region must be a prefix of `region` or the other way round
	/// (geohash cells nest).
	pub fn serves_region(&self, region: &[u8]) -> bool {
		self.regions.is_empty()
			|| self.regions.iter().any(|r| region.starts_with(r) || r.starts_with(region))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn form(regions: &[&[u8]], windows: &[TimeWindow]) -> RoleForm {
		RoleForm {
			resources: Resources { storage: 1, ..Default::default() },
			regions: regions
				.iter()
				.map(|r| Geohash::truncate_from(r.to_vec()))
				.collect::<alloc::vec::Vec<_>>()
				.try_into()
				.unwrap(),
			timetable: windows.to_vec().try_into().unwrap(),
		}
	}

	extern crate alloc;

	#[test]
	fn geohash_alphabet_is_enforced() {
		assert!(is_valid_geohash(b"u33db"));
		assert!(is_valid_geohash(b"0123456789bc"));
		assert!(!is_valid_geohash(b""));
		assert!(!is_valid_geohash(b"u33dba")); // 'a' is not in the alphabet
		assert!(!is_valid_geohash(b"U33DB"));
		assert!(!is_valid_geohash(b"0123456789bcd"));
	}

	#[test]
	fn urls_need_a_scheme_and_a_host() {
		assert!(is_http_url(b"http://127.0.0.1:9944"));
		assert!(is_http_url(b"https://datdot.org/x?y=1"));
		assert!(!is_http_url(b"http://"));
		assert!(!is_http_url(b"http:///path"));
		assert!(!is_http_url(b"ftp://a.b"));
		assert!(!is_http_url(b"http://a b"));
		assert!(!is_http_url(b"http://a\x00b"));
	}

	#[test]
	fn form_validation_names_the_problem() {
		let ok = TimeWindow { days: 0b0011111, start: 8 * 60, end: 18 * 60 };
		assert_eq!(form(&[b"u33"], &[ok]).validate(Role::Hoster), Ok(()));
		assert_eq!(form(&[b"u3a"], &[ok]).validate(Role::Hoster), Err(FormError::InvalidRegion));
		let bad = TimeWindow { days: 1, start: 10, end: 10 };
		assert_eq!(form(&[], &[bad]).validate(Role::Hoster), Err(FormError::InvalidTimetable));
		let late = TimeWindow { days: 1, start: 10, end: 1441 };
		assert_eq!(form(&[], &[late]).validate(Role::Hoster), Err(FormError::InvalidTimetable));
		let no_day = TimeWindow { days: 0, start: 10, end: 20 };
		assert_eq!(form(&[], &[no_day]).validate(Role::Hoster), Err(FormError::InvalidTimetable));
		assert_eq!(RoleForm::default().validate(Role::Hoster), Err(FormError::NoResources));
		assert_eq!(RoleForm::default().validate(Role::Sponsor), Ok(()));
	}

	#[test]
	fn regions_nest() {
		let f = form(&[b"u33"], &[]);
		assert!(f.serves_region(b"u33db"));
		assert!(f.serves_region(b"u3"));
		assert!(!f.serves_region(b"u34"));
		assert!(form(&[], &[]).serves_region(b"zzz"));
	}
}
