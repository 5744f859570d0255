//! Vietnamese-specific repairs: tone placement, misplaced tones and safe spelling fixes, all
//! driven by one syllable model ([`syllable`]) rather than word tables, so they apply to any
//! word and leave anything that is not a Vietnamese syllable alone.

pub mod legacy;
mod legacy_table;
mod pass;
pub mod spelling;
pub mod syllable;
pub mod tone;

pub use pass::{Options, Spelling, Tones, SPELLING_RULES, TONE_RULES};
