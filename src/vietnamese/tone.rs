//! Where the tone mark goes, as a deterministic syllable rule (not a word table).
//!
//! Restated from the reference rule: one vowel takes the tone; otherwise a vowel with a
//! circumflex (â ê ô) takes it, else one with a breve or horn (ă ơ ư; in ươ the ơ); three vowels
//! put it on the middle one; two vowels before a final consonant on the second; two vowels in an
//! open syllable on the first — except that the `main-vowel` style puts open oa, oe, uy on the
//! second (hoà, khoẻ, thuỷ). So the two styles differ only in open oa/oe/uy. A tone anywhere
//! else (on the u of qu, on the second vowel of "ao") is simply misplaced: `qủa` → `quả`,
//! `baỏ` → `bảo`.

use serde::Deserialize;

use super::syllable::{is_vowel, parse, split_tone, with_tone};
use crate::chars::lowercase_first;

/// Which tone-placement convention to write.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Style {
    /// hòa, khỏe, thủy: most newspapers, laws, and NLP tools.
    #[default]
    FirstVowel,
    /// hoà, khoẻ, thuỷ: the 2018 school spelling rules.
    MainVowel,
    /// Leave the style as found; only fix misplaced tones.
    Keep,
}

impl Style {
    pub fn name(self) -> &'static str {
        match self {
            Style::FirstVowel => "first-vowel",
            Style::MainVowel => "main-vowel",
            Style::Keep => "keep",
        }
    }
}

/// What a retoning changed.
#[derive(Debug, PartialEq, Eq)]
pub enum Change {
    /// Moved between the two accepted styles.
    Style,
    /// Moved from a position neither style allows.
    Misplaced,
}

/// The longest syllable in characters: initial `ngh`, a four-letter nucleus, final `ng`.
pub const MAX_SYLLABLE: usize = 9;

/// The word with its tone where `style` puts it, if that differs; `None` for words that are
/// not single Vietnamese syllables with one tone mark.
///
/// Runs on every word of a Vietnamese text, so it works in fixed buffers: a word longer than
/// any syllable, or with no tone mark, or whose only vowel carries the tone (là, có, để: the
/// nucleus is that vowel, and `gi`/`qu` need a second vowel to be an initial) is answered
/// before the parser runs.
pub fn retone(word: &str, style: Style) -> Option<(String, Change)> {
    let mut chars = ['\0'; MAX_SYLLABLE];
    let mut bases = [0u8; 4 * MAX_SYLLABLE];
    let (mut n, mut len, mut vowels) = (0, 0, 0);
    let mut tone = None;
    for c in word.chars() {
        if n == MAX_SYLLABLE {
            return None;
        }
        let (base, t) = split_tone(lowercase_first(c));
        if let Some(t) = t {
            if tone.is_some() {
                return None; // two tone marks: not a syllable we can reason about
            }
            tone = Some((n, t));
        }
        vowels += usize::from(is_vowel(base));
        chars[n] = c;
        len += base.encode_utf8(&mut bases[len..]).len();
        n += 1;
    }
    let (current, t) = tone?;
    if vowels == 1 {
        return None; // tones sit on vowels: the tone is already on the nucleus
    }
    let parts = parse(std::str::from_utf8(&bases[..len]).ok()?)?;
    let start = parts.initial.chars().count();
    let mut nucleus = ['\0'; MAX_SYLLABLE];
    let mut size = 0;
    for c in parts.nucleus.chars() {
        nucleus[size] = c;
        size += 1;
    }
    let nucleus = &nucleus[..size];
    let open = parts.last.is_empty();
    let first = start + position(nucleus, open, false);
    let main = start + position(nucleus, open, true);
    let target = match style {
        Style::FirstVowel => first,
        Style::MainVowel => main,
        Style::Keep if current == first || current == main => return None,
        Style::Keep => first,
    };
    if current == target {
        return None;
    }
    let change = if current == first || current == main {
        Change::Style
    } else {
        Change::Misplaced
    };
    let mut out = chars;
    out[current] = case_like(
        chars[current],
        split_tone(lowercase_first(chars[current])).0,
    );
    let base = split_tone(lowercase_first(chars[target])).0;
    out[target] = case_like(chars[target], with_tone(base, Some(t)));
    Some((out[..n].iter().collect(), change))
}

/// Index in the nucleus that takes the tone.
fn position(n: &[char], open: bool, main_vowel_style: bool) -> usize {
    if n.len() == 1 {
        return 0;
    }
    if let Some(i) = n.iter().position(|c| matches!(c, 'â' | 'ê' | 'ô')) {
        return i;
    }
    if let Some(i) = n.windows(2).position(|w| w == ['ư', 'ơ']) {
        return i + 1;
    }
    if let Some(i) = n.iter().position(|c| matches!(c, 'ă' | 'ơ' | 'ư')) {
        return i;
    }
    match (n.len(), open) {
        (3, _) => 1,
        (2, false) => 1,
        (2, true) if main_vowel_style && matches!(n, ['o', 'a'] | ['o', 'e'] | ['u', 'y']) => 1,
        _ => 0,
    }
}

/// `c` in the case of `like`.
fn case_like(like: char, c: char) -> char {
    if like.is_uppercase() {
        c.to_uppercase().next().unwrap_or(c)
    } else {
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tone_table() {
        let first = [
            ("hoà", Some("hòa")),
            ("khoẻ", Some("khỏe")),
            ("thuỷ", Some("thủy")),
            ("Hoà", Some("Hòa")),
            ("THUỶ", Some("THỦY")),
            ("qủa", Some("quả")),
            ("baỏ", Some("bảo")),
            ("muà", Some("mùa")),
            ("tiêń", None),
            ("hòa", None),
            ("hoàn", None),
            ("huỳnh", None),
            ("quý", None),
            ("quả", None),
            ("được", None),
            ("người", None),
            ("khuỷu", None),
            ("giữa", None),
            ("gì", None),
            ("thuở", None),
            ("Nguyễn", None),
            ("tiến", None),
            ("thuyền", None),
            ("café", None),
            ("résumé", None),
            ("Größe", None),
            ("hoa", None),
        ];
        for (word, want) in first {
            assert_eq!(
                retone(word, Style::FirstVowel).map(|(w, _)| w),
                want.map(String::from),
                "{word}"
            );
        }
        assert_eq!(
            retone("hòa", Style::MainVowel),
            Some(("hoà".into(), Change::Style))
        );
        assert_eq!(
            retone("qủa", Style::MainVowel),
            Some(("quả".into(), Change::Misplaced))
        );
        assert_eq!(
            retone("hoàn", Style::MainVowel),
            None,
            "closed syllables agree in both styles"
        );
        assert_eq!(retone("hoà", Style::Keep), None);
        assert_eq!(
            retone("baỏ", Style::Keep),
            Some(("bảo".into(), Change::Misplaced))
        );
    }
}
