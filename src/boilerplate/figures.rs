//! The counts the body zone's line model reads of a unit's text (`zone.rs`, its `measure`):
//! words, the words with a letter and those whose first letter is a capital, stop words,
//! visible characters, digits, separators, menu separators and commas; and whitespace, and the
//! characters of the scripts written without spaces between words (which the pass reads to
//! know a text whose words it cannot count, `classify.rs`).
//!
//! Every line of every document is counted once, when its record is made (`record.rs`, which takes
//! its word count and width from the same counts), and a unit's counts are the sum of its lines' (a
//! unit is its lines joined by a space). Likewise a line's counts are the sum of its tokens' (the
//! runs between ASCII whitespace), and the tokens of news text repeat: a token is counted once per
//! thread and found again in a memo ([`tokens`]). A token not in the memo is scanned ([`scan`]):
//! one pass over the bytes, a word at a time: ASCII (nearly all the spaces, digits and punctuation
//! of a Vietnamese text) is told by its byte, a letter of the blocks Vietnamese is written in by
//! its bytes, case and lower case included ([`plain_letter`]: no whitespace nor separator is one,
//! so most non-ASCII characters need no other question), any other non-ASCII character by its first
//! bytes (decoded only when it may be a word's first letter or of a script written without spaces),
//! and each word's stop-word key is built as its characters are read ([`WordKey`]), so no word is
//! read twice. The visible characters are the characters but the whitespace, counted by the
//! standard library's count of characters, which reads eight bytes at a time. The answers are those
//! of a pass over the `char`s with `char::is_whitespace`, [`chars::is_alphabetic`] and
//! `char::is_uppercase` (tested).

use super::stopwords::{is_general_punctuation, plain_letter, stopwords, WordKey};
use crate::chars;

mod tokens;

/// The counts of a text.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(super) struct Figures {
    /// Whitespace-separated words.
    pub tokens: usize,
    /// Words with a letter, and those whose first letter is upper case.
    pub alpha: usize,
    pub caps: usize,
    /// Words of the stoplists ([`is_stopword`](super::stopwords::is_stopword)).
    pub stop: usize,
    /// Characters but whitespace.
    pub visible: usize,
    /// ASCII digits.
    pub digits: usize,
    /// `| » › · •` (menu separators) and `> /`.
    pub seps: usize,
    /// `| » › · •`.
    pub menu_seps: usize,
    /// `,` and `;`.
    pub commas: usize,
    /// Whitespace characters (with `visible`, the characters of the text).
    pub blanks: usize,
    /// Characters of the scripts written without spaces between words ([`unspaced_script`]).
    pub unspaced: usize,
}

impl std::ops::AddAssign for Figures {
    /// The counts of two texts joined by whitespace: a unit's, of its lines'.
    fn add_assign(&mut self, o: Figures) {
        self.tokens += o.tokens;
        self.alpha += o.alpha;
        self.caps += o.caps;
        self.stop += o.stop;
        self.visible += o.visible;
        self.digits += o.digits;
        self.seps += o.seps;
        self.menu_seps += o.menu_seps;
        self.commas += o.commas;
        self.blanks += o.blanks;
        self.unspaced += o.unspaced;
    }
}

/// The [`Figures`] of `t`: the sums of its tokens' (from this thread's memo of the tokens seen,
/// [`tokens`]).
pub(super) fn count(t: &str) -> Figures {
    tokens::sum(t)
}

/// The [`Figures`] of `t`, a word at a time (the module doc).
#[inline(never)]
fn scan(t: &str) -> Figures {
    let bytes = t.as_bytes();
    let stopwords = stopwords();
    let mut f = Figures::default();
    let mut at = 0;
    'text: loop {
        // the whitespace before a word
        let start = loop {
            let Some(&b) = bytes.get(at) else {
                break 'text;
            };
            let class = CLASS[usize::from(b)];
            if class & SPACE != 0 {
                at += 1;
            } else if class & LEAD != 0 && matches!(special(bytes, at), Special::Space) {
                at += utf8_len(b);
            } else {
                break at;
            }
            f.blanks += 1;
        };
        f.tokens += 1;
        let mut key = WordKey::new();
        // the word's characters up to its first letter, then the others
        let (mut end, lettered) = word::<false>(t, start, &mut key, &mut f);
        if lettered {
            (end, _) = word::<true>(t, end, &mut key, &mut f);
        }
        at = end;
        f.stop += usize::from(key.is_stopword(stopwords, || &t[start..end]));
    }
    // the characters that are not whitespace: the standard library counts characters a word
    // at a time
    f.visible = t.chars().count() - f.blanks;
    f
}

/// Reads the characters of a word from `t[at..]` into `key` and the counts `f`, up to the
/// whitespace after it or, unless `LETTERED` (the word has had its first letter), up to and with
/// its first letter: where it stopped, and whether that was after the first letter. The word's
/// letters but the first are not decoded: a scan that knows it had the first one need not ask.
#[inline(always)]
fn word<const LETTERED: bool>(
    t: &str,
    mut at: usize,
    key: &mut WordKey,
    f: &mut Figures,
) -> (usize, bool) {
    let bytes = t.as_bytes();
    while let Some(&b) = bytes.get(at) {
        let class = CLASS[usize::from(b)];
        if class & (OTHER | SPACE | COUNTED) == 0 {
            // an ASCII letter, or punctuation that is not counted
            at += 1;
            if class & LETTER == 0 {
                key.punctuation();
            } else {
                key.key_byte(b | 0x20);
                if !LETTERED {
                    f.alpha += 1;
                    f.caps += usize::from(class & UPPER != 0);
                    return (at, true);
                }
            }
        } else if class & OTHER == 0 {
            if class & SPACE != 0 {
                return (at, false);
            }
            // a digit, a separator or a comma
            f.digits += usize::from(class & DIGIT != 0);
            f.seps += usize::from(class & (SEP | MENU_SEP) != 0);
            f.menu_seps += usize::from(class & MENU_SEP != 0);
            f.commas += usize::from(class & COMMA != 0);
            if class & DIGIT != 0 {
                key.key_byte(b);
            } else {
                key.punctuation();
            }
            at += 1;
        } else if let Some(letter) = plain_letter(bytes, at) {
            // a letter of the blocks Vietnamese is written in (most non-ASCII characters of a
            // text): no whitespace nor separator, its case known without decoding it
            key.letter(&letter);
            at += letter.len;
            if !LETTERED {
                f.alpha += 1;
                f.caps += usize::from(letter.upper);
                return (at, true);
            }
        } else {
            // any other non-ASCII character: its first byte tells its length and, but for four
            // first bytes, that it is neither whitespace nor a separator
            if class & LEAD != 0 {
                match special(bytes, at) {
                    Special::Space => return (at, false),
                    Special::MenuSep => {
                        f.seps += 1;
                        f.menu_seps += 1;
                    }
                    Special::None => {}
                }
            }
            let len = utf8_len(b);
            if is_general_punctuation(bytes, at) {
                // a quote, dash, bullet or ellipsis: no letter
                key.punctuation();
                at += len;
                continue;
            }
            key.other();
            // decoded when it may be the word's first letter, or of a script written without
            // spaces (all from U+0E00: three bytes or four)
            if !LETTERED || len > 2 {
                let (unspaced, letter) = decoded(t, at);
                f.unspaced += usize::from(unspaced);
                if let (false, Some(upper)) = (LETTERED, letter) {
                    f.alpha += 1;
                    f.caps += usize::from(upper);
                    return (at + len, true);
                }
            }
            at += len;
        }
    }
    (at, false)
}

/// Of the character at `t[at..]` (a char boundary), decoded: whether it is of a script written
/// without spaces ([`unspaced_script`]) and, when it is a letter ([`chars::is_alphabetic`]),
/// whether it is upper case. Few characters of a text ask it: kept out of [`count`]'s loop, whose
/// registers the Unicode tables' look-ups would take.
#[inline(never)]
fn decoded(t: &str, at: usize) -> (bool, Option<bool>) {
    let c = t[at..].chars().next().expect("a char boundary");
    (
        unspaced_script(c),
        chars::is_alphabetic(c).then(|| c.is_uppercase()),
    )
}

/// Whether `c` belongs to a script written without spaces between words: Chinese characters
/// (the CJK ideographs and their extensions), Japanese kana, Thai, Lao, Tibetan, Myanmar and
/// Khmer. A line of such text is one or two whitespace-separated words however long its
/// sentences, so every measure of the line model that counts words reads it as a label.
/// Korean (Hangul) is written with spaces, and is not one.
pub(super) fn unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0FFF}' // Thai, Lao, Tibetan
        | '\u{1000}'..='\u{109F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' // Khmer
        | '\u{3040}'..='\u{30FF}' // Hiragana, Katakana
        | '\u{31F0}'..='\u{31FF}' // Katakana phonetic extensions
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}' // halfwidth Katakana
        | '\u{20000}'..='\u{323AF}') // CJK extensions B to H
}

/// The length of the UTF-8 sequence that starts with the byte `b` (not ASCII).
#[inline]
fn utf8_len(b: u8) -> usize {
    match b {
        0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// What [`count`] looks for among the non-ASCII characters.
enum Special {
    /// `char::is_whitespace`: U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F,
    /// U+205F, U+3000.
    Space,
    /// `» › · •`.
    MenuSep,
    None,
}

/// What the non-ASCII character at `bytes[at..]` is to [`count`]; only those that start with
/// C2, E1, E2 or E3 may be [`Special::Space`] or [`Special::MenuSep`].
#[inline(always)]
fn special(bytes: &[u8], at: usize) -> Special {
    let next = |k: usize| bytes.get(at + k).copied().unwrap_or(0);
    match (bytes[at], next(1)) {
        (0xC2, 0x85 | 0xA0) => Special::Space,
        (0xC2, 0xB7 | 0xBB) => Special::MenuSep,
        // most letters of Latin Extended Additional start with E1 too: the second byte tells
        (0xE1, 0x9A) if next(2) == 0x80 => Special::Space,
        (0xE2, 0x80) => match next(2) {
            0x80..=0x8A | 0xA8 | 0xA9 | 0xAF => Special::Space,
            0xA2 | 0xBA => Special::MenuSep,
            _ => Special::None,
        },
        (0xE2, 0x81) if next(2) == 0x9F => Special::Space,
        (0xE3, 0x80) if next(2) == 0x80 => Special::Space,
        _ => Special::None,
    }
}

/// What [`count`] tells of a byte ([`CLASS`]): ASCII whitespace, a byte that starts (or
/// continues) a non-ASCII character, and of the other ASCII bytes the letters, capitals and
/// the characters counted.
const SPACE: u8 = 1;
const OTHER: u8 = 2;
const LETTER: u8 = 4;
const UPPER: u8 = 8;
const DIGIT: u8 = 16;
const SEP: u8 = 32;
const MENU_SEP: u8 = 64;
const COMMA: u8 = 128;
const COUNTED: u8 = DIGIT | SEP | MENU_SEP | COMMA;
/// Of a byte that starts a non-ASCII character ([`OTHER`]): C2, E1, E2 or E3, the first bytes of
/// the characters [`special`] tells.
const LEAD: u8 = LETTER;

/// The class of each byte.
static CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = match c {
            b'\t'..=b'\r' | b' ' => SPACE,
            b'a'..=b'z' => LETTER,
            b'A'..=b'Z' => LETTER | UPPER,
            b'0'..=b'9' => DIGIT,
            b'|' => MENU_SEP,
            b'>' | b'/' => SEP,
            b',' | b';' => COMMA,
            0xC2 | 0xE1..=0xE3 => OTHER | LEAD,
            0x80..=0xFF => OTHER,
            _ => 0,
        };
        b += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::super::stopwords::is_stopword;
    use super::*;

    /// The counts by `char`, as the zone took them before.
    fn by_chars(t: &str) -> Figures {
        let mut f = Figures::default();
        let (mut word, mut lettered) = (None, false);
        for (at, c) in t.char_indices() {
            if c.is_whitespace() {
                if let Some(start) = word.take() {
                    f.stop += usize::from(is_stopword(&t[start..at]));
                }
                f.blanks += 1;
                continue;
            }
            if word.is_none() {
                word = Some(at);
                f.tokens += 1;
                lettered = false;
            }
            if !lettered && chars::is_alphabetic(c) {
                lettered = true;
                f.alpha += 1;
                f.caps += usize::from(c.is_uppercase());
            }
            f.visible += 1;
            f.unspaced += usize::from(unspaced_script(c));
            match c {
                '0'..='9' => f.digits += 1,
                '|' | '»' | '›' | '·' | '•' => {
                    f.seps += 1;
                    f.menu_seps += 1;
                }
                '>' | '/' => f.seps += 1,
                ',' | ';' => f.commas += 1,
                _ => {}
            }
        }
        if let Some(start) = word {
            f.stop += usize::from(is_stopword(&t[start..]));
        }
        f
    }

    #[test]
    fn counts_by_bytes_are_the_counts_by_chars() {
        let mut texts: Vec<String> = [
            "",
            " ",
            "Trang chủ | Thời sự » Kinh doanh › Thể thao · Video • Ảnh",
            "ĐÀ NẴNG – Theo các chuyên gia, giá vàng (2024) sẽ còn tăng; 1/2 > 3.",
            "\u{a0}Không\u{2003}có\u{3000}gì 12,5%\u{85}x\u{1680}y\u{2028}z",
            "1Một 'Hai' “Ba” ...bốn ΣΑΣ İt ǅa 4G eKYC iPhone",
            "\tword\r\n",
        ]
        .map(String::from)
        .to_vec();
        // every character of the blocks Vietnamese and English are written in, and some others,
        // first and inside a word
        let chars = (0x20..0x250)
            .chain(0x1E00..0x1F00)
            .chain(0x2000..0x2070)
            .chain([0x1680, 0x3000, 0x3001, 0xFEFF])
            // the edges of the scripts written without spaces
            .chain((0x0DF0..0x0E10).chain(0x0FF0..0x1010).chain(0x1090..0x10A0))
            .chain((0x1770..0x1790).chain(0x17F0..0x1800).chain(0x3030..0x3050))
            .chain((0x30F0..0x3100).chain(0x31E0..0x3200).chain(0x33F0..0x3410))
            .chain((0x4DB0..0x4E10).chain(0x9FF0..0xA000).chain(0xF8F0..0xF910))
            .chain(
                (0xFAF0..0xFB00)
                    .chain(0xFF60..0xFFA0)
                    .chain(0x1FFF0..0x20010),
            )
            .chain(0x323A0..0x323B0)
            .filter_map(char::from_u32);
        for c in chars {
            texts.push(format!("{c}ab {c} a{c}b Tin{c}"));
        }
        texts.extend(crate::seed_texts::lines());
        for t in &texts {
            assert_eq!(count(t), by_chars(t), "{t:?}");
        }
        let f = count("Trang chủ | Thời sự » Kinh doanh, 12 tin");
        assert_eq!(
            (
                f.tokens,
                f.alpha,
                f.caps,
                f.visible,
                f.digits,
                f.menu_seps,
                f.commas
            ),
            (10, 7, 3, 31, 2, 2, 1)
        );
    }

    /// The stop-word key built as a word is read answers as [`is_stopword`] of the whole word:
    /// every stop word in any case, with punctuation around and inside it, run on, cut short.
    #[test]
    fn stop_words_read_by_character_are_those_of_the_whole_word() {
        let words = include_str!("../../data/stoplist-vi.txt")
            .lines()
            .chain(include_str!("../../data/stoplist-en.txt").lines())
            .map(str::trim)
            .filter(|w| !w.is_empty());
        let mut checked = 0;
        for w in words {
            let cut: String = w.chars().skip(1).collect();
            for v in [w.to_string(), w.to_uppercase(), cut] {
                for form in [
                    v.clone(),
                    format!("({v}),"),
                    format!("\"{v}\""),
                    format!("“{v}”"),
                    format!("{v}.x"),
                    format!("x.{v}"),
                    format!("{v}'s"),
                    format!("{v}{v}{v}"),
                    format!("...{v}..."),
                    format!("{v}×"),
                    format!("{v}\u{301}"),
                ] {
                    assert_eq!(count(&form).stop, usize::from(is_stopword(&form)), "{form}");
                    checked += usize::from(is_stopword(&form));
                }
            }
        }
        assert!(checked > 1000, "{checked} stop words among the forms");
    }
}
