//! A Vietnamese syllable model: letters split into base vowel and tone, and a parser for
//! initial consonant + vowel nucleus + final consonant.
//!
//! Every repair in this module acts only on words that parse as valid Vietnamese syllables, so
//! English, French or German words ("quay", "café", "Größe") and names are never touched.

use unicode_normalization::UnicodeNormalization;

/// The five marked tones (the level tone has no mark).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Grave,
    Acute,
    Hook,
    Tilde,
    Dot,
}

impl Tone {
    fn mark(self) -> char {
        match self {
            Tone::Grave => '\u{300}',
            Tone::Acute => '\u{301}',
            Tone::Hook => '\u{309}',
            Tone::Tilde => '\u{303}',
            Tone::Dot => '\u{323}',
        }
    }

    #[cfg(test)]
    fn from_mark(c: char) -> Option<Tone> {
        Some(match c {
            '\u{300}' => Tone::Grave,
            '\u{301}' => Tone::Acute,
            '\u{309}' => Tone::Hook,
            '\u{303}' => Tone::Tilde,
            '\u{323}' => Tone::Dot,
            _ => return None,
        })
    }
}

/// Splits a letter into its toneless form and its tone (`ộ` → (`ô`, Dot)).
pub fn split_tone(c: char) -> (char, Option<Tone>) {
    if c.is_ascii() {
        return (c, None);
    }
    // Toned vowels live in U+00C0–U+01B0 and U+1EA0–U+1EF9: two dense tables, no hashing.
    type Table = (Vec<(char, Option<Tone>)>, Vec<(char, Option<Tone>)>);
    static TABLES: std::sync::OnceLock<Table> = std::sync::OnceLock::new();
    let (latin, extended) = TABLES.get_or_init(|| {
        let mut latin: Vec<(char, Option<Tone>)> =
            ('\u{C0}'..='\u{1B0}').map(|c| (c, None)).collect();
        let mut extended: Vec<(char, Option<Tone>)> =
            ('\u{1EA0}'..='\u{1EF9}').map(|c| (c, None)).collect();
        let tones = [Tone::Grave, Tone::Acute, Tone::Hook, Tone::Tilde, Tone::Dot];
        for v in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY".chars() {
            for &t in &tones {
                let toned = with_tone(v, Some(t)) as usize;
                match toned {
                    0xC0..=0x1B0 => latin[toned - 0xC0] = (v, Some(t)),
                    0x1EA0..=0x1EF9 => extended[toned - 0x1EA0] = (v, Some(t)),
                    _ => {}
                }
            }
        }
        (latin, extended)
    });
    match c as usize {
        n @ 0xC0..=0x1B0 => latin[n - 0xC0],
        n @ 0x1EA0..=0x1EF9 => extended[n - 0x1EA0],
        _ => (c, None),
    }
}

#[cfg(test)]
fn split_tone_slow(c: char) -> (char, Option<Tone>) {
    let mut tone = None;
    let base: String = c
        .nfd()
        .filter(|&m| match Tone::from_mark(m) {
            Some(t) => {
                tone = Some(t);
                false
            }
            None => true,
        })
        .nfc()
        .collect();
    let mut chars = base.chars();
    match (chars.next(), chars.next()) {
        (Some(b), None) => (b, tone),
        _ => (c, None),
    }
}

/// Puts `tone` on a toneless letter (`ô` + Dot → `ộ`).
pub fn with_tone(base: char, tone: Option<Tone>) -> char {
    let Some(tone) = tone else { return base };
    let s: String = [base, tone.mark()]
        .iter()
        .collect::<String>()
        .nfc()
        .collect();
    s.chars()
        .next()
        .filter(|_| s.chars().count() == 1)
        .unwrap_or(base)
}

/// A toneless lower-case Vietnamese vowel (a ă â e ê i o ô ơ u ư y).
pub fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y'
    )
}

pub(super) const INITIALS: &[&str] = &[
    "ngh", "ng", "gh", "gi", "qu", "ch", "kh", "nh", "ph", "th", "tr", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
];

/// The final consonants (a `match`, compiled to a length switch and a few compares: the parser
/// runs on nearly every word of a Vietnamese text).
fn is_final(s: &str) -> bool {
    matches!(s, "" | "c" | "ch" | "m" | "n" | "ng" | "nh" | "p" | "t")
}

/// Vowel nuclei (including the glides i/y/o/u that end a syllable).
fn is_nucleus(s: &str) -> bool {
    matches!(
        s,
        "a" | "ă"
            | "â"
            | "e"
            | "ê"
            | "i"
            | "o"
            | "ô"
            | "ơ"
            | "u"
            | "ư"
            | "y"
            | "ai"
            | "ao"
            | "au"
            | "ay"
            | "âu"
            | "ây"
            | "eo"
            | "êu"
            | "ia"
            | "iê"
            | "iu"
            | "oa"
            | "oă"
            | "oe"
            | "oi"
            | "ôi"
            | "ơi"
            | "oo"
            | "ua"
            | "uâ"
            | "uê"
            | "ui"
            | "uô"
            | "uơ"
            | "uy"
            | "ưa"
            | "ưi"
            | "ươ"
            | "ưu"
            | "yê"
            | "iêu"
            | "yêu"
            | "oai"
            | "oay"
            | "oao"
            | "oeo"
            | "uây"
            | "uôi"
            | "ươi"
            | "ươu"
            | "uya"
            | "uyê"
            | "uyu"
            | "uêu"
            | "oong"
    )
}

/// A syllable parsed from a lower-case, toneless word: byte ranges of the three parts.
#[derive(Debug, PartialEq)]
pub struct Parts<'a> {
    pub initial: &'a str,
    pub nucleus: &'a str,
    pub last: &'a str,
}

/// Parses a lower-case toneless word as initial + nucleus + final, or `None` if it is not a
/// Vietnamese syllable. `qu` and `gi` before another vowel belong to the initial.
pub fn parse(word: &str) -> Option<Parts<'_>> {
    let first = word.as_bytes().first().copied();
    for initial in INITIALS {
        // one byte compare rules out most initials before the prefix test
        if initial
            .as_bytes()
            .first()
            .is_some_and(|&b| Some(b) != first)
        {
            continue;
        }
        let Some(rest) = word.strip_prefix(initial) else {
            continue;
        };
        // "gi" is an initial only before another vowel ("già"); alone it is g + i ("gì")
        if (*initial == "gi" || *initial == "qu") && !rest.starts_with(is_vowel) {
            continue;
        }
        let split = rest.find(|c: char| !is_vowel(c)).unwrap_or(rest.len());
        let (nucleus, last) = rest.split_at(split);
        if is_nucleus(nucleus) && is_final(last) {
            return Some(Parts {
                initial,
                nucleus,
                last,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tones_split_and_join() {
        for c in "àảãáạăằẳẵắặâầẩẫấậèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵÀỆỰ".chars()
        {
            assert_eq!(split_tone(c), split_tone_slow(c), "{c}");
        }
        assert_eq!(split_tone('ộ'), ('ô', Some(Tone::Dot)));
        assert_eq!(split_tone('Ữ'), ('Ư', Some(Tone::Tilde)));
        assert_eq!(split_tone('đ'), ('đ', None));
        assert_eq!(with_tone('ơ', Some(Tone::Grave)), 'ờ');
        assert_eq!(with_tone('A', Some(Tone::Hook)), 'Ả');
    }

    #[test]
    fn parses_syllables_and_rejects_foreign_words() {
        assert_eq!(parse("nguyên").unwrap().nucleus, "uyê");
        assert_eq!(
            parse("quyên").unwrap(),
            Parts {
                initial: "qu",
                nucleus: "yê",
                last: "n"
            }
        );
        assert_eq!(parse("gia").unwrap().initial, "gi");
        assert_eq!(
            parse("gi").unwrap(),
            Parts {
                initial: "g",
                nucleus: "i",
                last: ""
            }
        );
        assert!(parse("trương").is_some());
        assert!(parse("truong").is_none(), "uo without marks is no nucleus");
        for foreign in ["street", "größe", "strength", "xyz", "yeah"] {
            assert!(parse(foreign).is_none(), "{foreign}");
        }
    }
}
