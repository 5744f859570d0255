//! The counts the body zone's line model reads of a unit's text (`zone.rs`, its `measure`):
//! words, the words with a letter and those whose first letter is a capital, stop words,
//! visible characters, digits, separators, menu separators and commas.
//!
//! Every unit of every document is counted, so the count is one pass over the bytes: ASCII
//! (nearly all the spaces, digits and punctuation of a Vietnamese text) is told by its byte, and
//! only the other characters are decoded. The answers are those of a pass over the `char`s with
//! `char::is_whitespace`, [`chars::is_alphabetic`] and `char::is_uppercase` (tested).

use super::stopwords::is_stopword;
use crate::chars;

/// The counts of a text.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(super) struct Figures {
    /// Whitespace-separated words.
    pub tokens: usize,
    /// Words with a letter, and those whose first letter is upper case.
    pub alpha: usize,
    pub caps: usize,
    /// Words of the stoplists ([`is_stopword`]).
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
}

/// The [`Figures`] of `t`.
pub(super) fn count(t: &str) -> Figures {
    let bytes = t.as_bytes();
    let mut f = Figures::default();
    // where the current word starts, and whether it has had its first letter
    let (mut word, mut lettered) = (None, false);
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        let class = CLASS[usize::from(b)];
        if class & SPACE != 0 {
            if let Some(start) = word.take() {
                f.stop += usize::from(is_stopword(&t[start..at]));
            }
            lettered = false;
            at += 1;
            continue;
        }
        let len = if class & OTHER == 0 {
            // an ASCII character but whitespace
            if class & COUNTED != 0 {
                f.digits += usize::from(class & DIGIT != 0);
                f.seps += usize::from(class & (SEP | MENU_SEP) != 0);
                f.menu_seps += usize::from(class & MENU_SEP != 0);
                f.commas += usize::from(class & COMMA != 0);
            }
            if !lettered && class & LETTER != 0 {
                lettered = true;
                f.alpha += 1;
                f.caps += usize::from(class & UPPER != 0);
            }
            1
        } else {
            let c = t[at..].chars().next().expect("a char boundary");
            if c.is_whitespace() {
                if let Some(start) = word.take() {
                    f.stop += usize::from(is_stopword(&t[start..at]));
                }
                lettered = false;
                at += c.len_utf8();
                continue;
            }
            if matches!(c, '»' | '›' | '·' | '•') {
                f.seps += 1;
                f.menu_seps += 1;
            }
            if !lettered && chars::is_alphabetic(c) {
                lettered = true;
                f.alpha += 1;
                f.caps += usize::from(c.is_uppercase());
            }
            c.len_utf8()
        };
        if word.is_none() {
            word = Some(at);
            f.tokens += 1;
        }
        f.visible += 1;
        at += len;
    }
    if let Some(start) = word {
        f.stop += usize::from(is_stopword(&t[start..]));
    }
    f
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
            0x80..=0xFF => OTHER,
            _ => 0,
        };
        b += 1;
    }
    table
};

#[cfg(test)]
mod tests {
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
            .filter_map(char::from_u32);
        for c in chars {
            texts.push(format!("{c}ab {c} a{c}b Tin{c}"));
        }
        let raw = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("raw");
        for f in std::fs::read_dir(raw).expect("raw/") {
            let text = std::fs::read_to_string(f.expect("raw/").path()).unwrap_or_default();
            texts.extend(text.lines().map(String::from));
        }
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
}
