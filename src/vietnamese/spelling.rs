//! Spelling repairs that are provably right: each fixes a letter sequence that no Vietnamese
//! syllable contains, and only when the repaired word parses as a syllable.
//!
//! * `uơ` before a final consonant, `i` or `u` → `ươ` (đuợc → được, cuờng → cường, nguời →
//!   người); not after `q` (quơ, quờ are words) and not in open huơ/khuơ/thuở.
//! * `ưo` → `ươ` (bưóc → bước).
//! * `Ð`/`ð` (Icelandic eth, U+00D0/U+00F0, what windows-1258's Đ becomes through Latin-1) →
//!   `Đ`/`đ`.

use std::ops::Range;

use super::syllable::{parse, split_tone, with_tone};

/// Which repair.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repair {
    UoHorn,
    UwO,
    Eth,
}

/// Whether `word` can need a repair at all: a plain u before an ơ, an ư before an o, or an eth
/// (almost every word answers no).
///
/// Every such pair has a character whose UTF-8 starts with 0xC3 (eth), 0xC6 (ơ, ư) or 0xE1
/// (toned ơ and ư), bytes that only start characters: the scan stops at those bytes and reads
/// the neighbours there, so Vietnamese text is not decoded character by character. An ASCII `u`
/// before a character is the byte before it.
pub fn suspicious(word: &str) -> bool {
    pairs(word).next().is_some()
}

/// Where [`suspicious`] finds its pairs in `text`: the byte offsets of their non-ASCII letter.
/// A pair's letters are all letters, so each lies in one word of the text, and a word is
/// suspicious exactly when one of these offsets falls in it.
fn pairs(text: &str) -> impl Iterator<Item = usize> + '_ {
    let b = text.as_bytes();
    let mut i = 0;
    // a plain loop over the bytes: in Vietnamese text these three lead bytes start most toned
    // or marked vowels, a few bytes apart, too often for a vector search restarted at each one;
    // the skip over the other bytes is a tight loop of its own (a closure per byte was a call)
    std::iter::from_fn(move || {
        while i < b.len() {
            while i < b.len() && !matches!(b[i], 0xC3 | 0xC6 | 0xE1) {
                i += 1;
            }
            if i == b.len() {
                break;
            }
            i += 1;
            if pair_at(b, i - 1) {
                return Some(i - 1);
            }
        }
        None
    })
}

/// Whether the character at byte `i` (a lead byte 0xC3, 0xC6 or 0xE1) is the non-ASCII letter
/// of a pair.
#[inline]
fn pair_at(b: &[u8], i: usize) -> bool {
    let next = |k: usize| b.get(i + k).copied();
    match (b[i], next(1), next(2)) {
        (0xC3, Some(0x90 | 0xB0), _) => true, // Ð ð
        // ơ Ơ, and ờ ớ ở ỡ ợ in both cases (U+1EDA–U+1EE3)
        (0xC6, Some(0xA0 | 0xA1), _) | (0xE1, Some(0xBB), Some(0x9A..=0xA3)) => {
            i > 0 && matches!(b[i - 1], b'u' | b'U')
        }
        // Ư ư, then ừ ứ ử ữ ự in both cases (U+1EE8–U+1EF1)
        (0xC6, Some(0xAF | 0xB0), _) => plain_o_at(b, i + 2),
        (0xE1, Some(0xBB), Some(0xA8..=0xB1)) => plain_o_at(b, i + 3),
        _ => false,
    }
}

/// Whether an o without a horn (o ò ó ỏ õ ọ, either case) starts at byte `i`.
fn plain_o_at(b: &[u8], i: usize) -> bool {
    matches!(
        (b.get(i), b.get(i + 1), b.get(i + 2)),
        (Some(b'o' | b'O'), _, _)
            | (Some(0xC3), Some(0x92 | 0x93 | 0x95 | 0xB2 | 0xB3 | 0xB5), _) // Ò Ó Õ ò ó õ
            | (Some(0xE1), Some(0xBB), Some(0x8C..=0x8F)) // Ọ ọ Ỏ ỏ
    )
}

/// The repairs of one word: (byte range in the word, replacement, repair).
pub fn repairs(word: &str) -> Vec<(Range<usize>, char, Repair)> {
    if !suspicious(word) {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let lower: Vec<(char, Option<super::syllable::Tone>)> = chars
        .iter()
        .map(|&(_, c)| split_tone(c.to_lowercase().next().unwrap_or(c)))
        .collect();
    let mut fixed: Vec<char> = lower.iter().map(|&(b, _)| b).collect();
    let mut out = Vec::new();
    for i in 0..chars.len() {
        let (c, next) = (fixed[i], fixed.get(i + 1).copied());
        let prev = i.checked_sub(1).map(|p| fixed[p]);
        let repair = match (c, next) {
            ('u', Some('ơ')) if prev != Some('q') && fixed.get(i + 2).is_some() => {
                Some((i, 'ư', Repair::UoHorn))
            }
            ('ư', Some('o')) => Some((i + 1, 'ơ', Repair::UwO)),
            ('ð', _) => Some((i, 'đ', Repair::Eth)),
            _ => None,
        };
        if let Some((at, base, repair)) = repair {
            fixed[at] = base;
            let (start, original) = chars[at];
            let mut replacement = with_tone(base, lower[at].1);
            if original.is_uppercase() {
                replacement = replacement.to_uppercase().next().unwrap_or(replacement);
            }
            out.push((start..start + original.len_utf8(), replacement, repair));
        }
    }
    let repaired: String = fixed.iter().collect();
    if out.is_empty() || parse(&repaired).is_none() {
        return Vec::new();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(word: &str) -> String {
        let mut out = word.to_string();
        for (r, c, _) in repairs(word).into_iter().rev() {
            out.replace_range(r, &c.to_string());
        }
        out
    }

    /// The definition `suspicious` answers by bytes: char by char, each with the one before.
    fn suspicious_by_chars(word: &str) -> bool {
        let mut prev = ' ';
        word.chars().any(|c| {
            let hit = match c {
                'ð' | 'Ð' => true,
                'ơ' | 'ờ' | 'ớ' | 'ở' | 'ỡ' | 'ợ' | 'Ơ' | 'Ờ' | 'Ớ' | 'Ở' | 'Ỡ' | 'Ợ' =>
                {
                    matches!(prev, 'u' | 'U')
                }
                'o' | 'ò' | 'ó' | 'ỏ' | 'õ' | 'ọ' | 'O' | 'Ò' | 'Ó' | 'Ỏ' | 'Õ' | 'Ọ' =>
                {
                    matches!(
                        prev,
                        'ư' | 'ừ'
                            | 'ứ'
                            | 'ử'
                            | 'ữ'
                            | 'ự'
                            | 'Ư'
                            | 'Ừ'
                            | 'Ứ'
                            | 'Ử'
                            | 'Ữ'
                            | 'Ự'
                    )
                }
                _ => false,
            };
            prev = c;
            hit
        })
    }

    #[test]
    fn the_byte_scan_answers_as_the_char_pairs_do() {
        // every pair of characters from the blocks around the trigger letters, and a neighbour
        let chars: Vec<char> = (0x40..0x250)
            .chain(0x1E80..0x1F00)
            .filter_map(char::from_u32)
            .chain(['u', 'U', 'o', 'O', ' ', 'x'])
            .collect();
        for &a in &chars {
            for &b in &chars {
                let pair = format!("{a}{b}");
                assert_eq!(suspicious(&pair), suspicious_by_chars(&pair), "{pair:?}");
            }
        }
        for text in ["đuợc", "bưóc", "x Ðảm", "quơ huơ", "Người", "ư", "u", ""] {
            assert_eq!(suspicious(text), suspicious_by_chars(text), "{text:?}");
        }
    }

    #[test]
    fn repairs_only_impossible_sequences() {
        let cases = [
            ("đuợc", "được"),
            ("cuờng", "cường"),
            ("Nguời", "Người"),
            ("bưóc", "bước"),
            ("Ðảm", "Đảm"),
            ("ðuợc", "được"),
            ("quơ", "quơ"),
            ("quờ", "quờ"),
            ("huơ", "huơ"),
            ("thuở", "thuở"),
            ("khuơ", "khuơ"),
            ("được", "được"),
            ("Ðað", "Ðað"),
            ("fjörður", "fjörður"),
            ("duo", "duo"),
        ];
        for (word, want) in cases {
            assert_eq!(fix(word), want, "{word}");
        }
    }
}
