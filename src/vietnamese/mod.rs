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
        marked += usize::from(marked_word(w));
    }
    words > 0 && marked * 5 >= words
}

/// Whether `w` has đ, ơ, ư, ă (either case) or a letter of U+1EA0–U+1EF9, told by their UTF-8
/// bytes (a continuation byte never equals a lead byte, so a match is a whole character).
fn marked_word(w: &str) -> bool {
    let b = w.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    (0..b.len()).any(|i| match b[i] {
        0xC4 => matches!(at(i + 1), 0x82 | 0x83 | 0x90 | 0x91), // Ă ă Đ đ
        0xC6 => matches!(at(i + 1), 0xA0 | 0xA1 | 0xAF | 0xB0), // Ơ ơ Ư ư
        0xE1 => match at(i + 1) {
            0xBA => at(i + 2) >= 0xA0,                  // U+1EA0–U+1EBF
            0xBB => (0x80..=0xB9).contains(&at(i + 2)), // U+1EC0–U+1EF9
            _ => false,
        },
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    /// The byte test finds the characters the definition names, in every context.
    #[test]
    fn marked_words_are_those_with_a_named_letter() {
        let named = |c: char| {
            matches!(c, 'đ' | 'Đ' | 'ơ' | 'Ơ' | 'ư' | 'Ư' | 'ă' | 'Ă')
                || ('\u{1EA0}'..='\u{1EF9}').contains(&c)
        };
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            for w in [c.to_string(), format!("a{c}"), format!("{c}bc")] {
                assert_eq!(super::marked_word(&w), w.chars().any(named), "{w:?}");
            }
        }
    }
}
