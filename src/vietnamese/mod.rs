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
mod words;

pub use pass::{Options, Spelling, Tones, SPELLING_RULES, TONE_RULES};
pub use viqr::{Viqr, RULES as VIQR_RULES};
pub use words::Words;

/// Reads as Vietnamese: at least a fifth of the words carry đ, ơ, ư, ă or a tone-marked vowel
/// (in running Vietnamese most syllables do; in English with a quoted French or Italian word,
/// almost none). Looks at the first 2,000 words, and stops once 400 of them are marked (the
/// answer is then yes).
///
/// The words are those of `split_whitespace`, found by bytes: whitespace is ASCII or one of a
/// few characters whose UTF-8 starts with C2, E1, E2 or E3, and a word is marked at the first
/// lead byte [`marked_at`] accepts, so the text is not decoded character by character.
pub fn looks_vietnamese(text: &str) -> bool {
    let b = text.as_bytes();
    let (mut words, mut marked) = (0usize, 0usize);
    let (mut in_word, mut word_marked) = (false, false);
    let mut i = 0;
    // a fifth of the most words read marked already decides (`marked * 5 >= words` whatever
    // words follow): running Vietnamese gets there within a few hundred words
    while i < b.len() && words < WORDS_LOOKED_AT && marked < WORDS_LOOKED_AT.div_ceil(5) {
        let (space, len) = whitespace_at(b, i);
        if space {
            words += usize::from(in_word);
            marked += usize::from(word_marked);
            (in_word, word_marked) = (false, false);
        } else {
            in_word = true;
            word_marked = word_marked || (b[i] >= 0xC4 && marked_at(b, i));
        }
        i += len;
    }
    if in_word && words < WORDS_LOOKED_AT {
        words += 1;
        marked += usize::from(word_marked);
    }
    words > 0 && marked * 5 >= words
}

/// How many words [`looks_vietnamese`] reads.
const WORDS_LOOKED_AT: usize = 2000;

/// Whether the character at byte `i` (a char boundary) is whitespace (`char::is_whitespace`:
/// U+0009–U+000D, space, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F,
/// U+3000), and its length in bytes.
#[inline]
fn whitespace_at(b: &[u8], i: usize) -> (bool, usize) {
    let at = |k: usize| b.get(i + k).copied().unwrap_or(0);
    match b[i] {
        c @ 0..=0x7F => (matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' '), 1),
        0xC2 => (matches!(at(1), 0x85 | 0xA0), 2),
        0xC3..=0xDF => (false, 2),
        0xE1 => (at(1) == 0x9A && at(2) == 0x80, 3),
        0xE2 => {
            let space = match at(1) {
                0x80 => matches!(at(2), 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF),
                0x81 => at(2) == 0x9F,
                _ => false,
            };
            (space, 3)
        }
        0xE3 => (at(1) == 0x80 && at(2) == 0x80, 3),
        0xE0..=0xEF => (false, 3),
        _ => (false, 4),
    }
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
    // [`marked_at`] accepts none but these lead bytes: a byte search finds where to ask
    memchr::memchr3_iter(0xC4, 0xC6, 0xE1, b).any(|i| marked_at(b, i))
}

/// Whether `text` has one of [`marked_word`]'s letters anywhere. When it has none, no word of it
/// is marked and [`looks_vietnamese`] is false: a byte search answers for a page in another
/// language, without reading its words.
pub fn has_marked_letter(text: &str) -> bool {
    marked_word(text)
}

/// Whether one of [`marked_word`]'s letters starts at byte `i` of `b`.
#[inline]
fn marked_at(b: &[u8], i: usize) -> bool {
    let at = |k: usize| b.get(i + k).copied().unwrap_or(0);
    match b[i] {
        0xC4 => matches!(at(1), 0x82 | 0x83 | 0x90 | 0x91), // Ă ă Đ đ
        0xC6 => matches!(at(1), 0xA0 | 0xA1 | 0xAF | 0xB0), // Ơ ơ Ư ư
        0xE1 => match at(1) {
            0xBA => at(2) >= 0xA0,                  // U+1EA0–U+1EBF
            0xBB => (0x80..=0xB9).contains(&at(2)), // U+1EC0–U+1EF9
            _ => false,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    /// The byte scan reads the words `split_whitespace` gives: every whitespace character and
    /// its neighbours in the blocks around them, texts past the word limit, and raw/.
    #[test]
    fn looks_vietnamese_reads_the_words_split_whitespace_gives() {
        let reference = |t: &str| super::words_look_vietnamese(t.split_whitespace());
        let mut texts: Vec<String> = Vec::new();
        let around = (0..0x300).chain(0x1680..0x1690).chain(0x1E9F..0x1F00);
        let around = around.chain(0x2000..0x2070).chain(0x3000..0x3002);
        for c in around.filter_map(char::from_u32) {
            for (a, b) in [("đi", "ơ"), ("a", "b"), ("Việt", ""), ("", "ư x y z")] {
                texts.push(format!("{a}{c}{b}"));
                texts.push(format!("{c}{a} {c}{c}{b}{c}"));
            }
        }
        texts.push("Hà Nội ".repeat(1999) + &"the end ".repeat(5000));
        texts.push("x ".repeat(1700) + &"được ".repeat(400));
        texts.push("x ".repeat(1599) + &"được ".repeat(401));
        // around the early answer: 400 marked words decide, 399 do not
        texts.push("được ".repeat(400) + &"x ".repeat(5000));
        texts.push("được ".repeat(399) + &"x ".repeat(5000));
        texts.push("x ".repeat(5) + &"được ".repeat(399) + "Việt");
        texts.extend(crate::seed_texts::raw());
        let mut yes = 0;
        for t in &texts {
            assert_eq!(super::looks_vietnamese(t), reference(t), "{t:?}");
            // the byte search's answer never hides a text that reads as Vietnamese
            assert!(!reference(t) || super::has_marked_letter(t), "{t:?}");
            yes += usize::from(reference(t));
        }
        assert!(yes > 100 && yes < texts.len(), "{yes}");
    }

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
