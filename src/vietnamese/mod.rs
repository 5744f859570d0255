//! Vietnamese-specific repairs: tone placement, misplaced tones and safe spelling fixes, all
//! driven by one syllable model ([`syllable`]) rather than word tables, so they apply to any
//! word and leave anything that is not a Vietnamese syllable alone.

pub mod legacy;
mod legacy_table;
mod pass;
pub mod spelling;
pub mod syllable;
pub mod tone;
pub mod viqr;

pub use pass::{Options, Spelling, Tones, SPELLING_RULES, TONE_RULES};
pub use viqr::{Viqr, RULES as VIQR_RULES};

/// Reads as Vietnamese: at least a fifth of the words carry đ, ơ, ư, ă or a tone-marked vowel
/// (in running Vietnamese most syllables do; in English with a quoted French or Italian word,
/// almost none). Looks at the first 2,000 words.
pub fn looks_vietnamese(text: &str) -> bool {
    words_look_vietnamese(text.split_whitespace())
}

/// [`looks_vietnamese`] over words already split (the kept blocks of a page).
pub fn words_look_vietnamese<'a>(words_in: impl Iterator<Item = &'a str>) -> bool {
    let (mut words, mut marked) = (0usize, 0usize);
    for w in words_in.take(2000) {
        words += 1;
        marked += usize::from(w.chars().any(|c| {
            matches!(c, 'đ' | 'Đ' | 'ơ' | 'Ơ' | 'ư' | 'Ư' | 'ă' | 'Ă')
                || ('\u{1EA0}'..='\u{1EF9}').contains(&c)
        }));
    }
    words > 0 && marked * 5 >= words
}
