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
/// (a scan without table look-ups; almost every word answers no). Asked of a whole text, a no
/// means no word in it needs one: the pairs of a word are pairs of the text.
pub fn suspicious(word: &str) -> bool {
    let mut prev = ' ';
    for c in word.chars() {
        let hit = match c {
            'ð' | 'Ð' => true,
            'ơ' | 'ờ' | 'ớ' | 'ở' | 'ỡ' | 'ợ' | 'Ơ' | 'Ờ' | 'Ớ' | 'Ở' | 'Ỡ' | 'Ợ' =>
            {
                matches!(prev, 'u' | 'U')
            }
            'o' | 'ò' | 'ó' | 'ỏ' | 'õ' | 'ọ' | 'O' | 'Ò' | 'Ó' | 'Ỏ' | 'Õ' | 'Ọ' => {
                matches!(
                    prev,
                    'ư' | 'ừ' | 'ứ' | 'ử' | 'ữ' | 'ự' | 'Ư' | 'Ừ' | 'Ứ' | 'Ử' | 'Ữ' | 'Ự'
                )
            }
            _ => false,
        };
        if hit {
            return true;
        }
        prev = c;
    }
    false
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
