//! The passes that apply [`super::spelling`] and [`super::tone`] word by word, and their rules.

use std::cell::RefCell;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use serde::Deserialize;

use super::spelling::{self, Repair};
use super::syllable::{is_vowel, split_tone};
use super::tone::{self, Change, Style};
use crate::chars;
use crate::edit::Edit;
use crate::hashed::Prehashed;
use crate::pipeline::{Pass, PassContext};
use crate::rule::{Fix, Rule, Severity, Visibility};

/// `[normalize]` in `sach.toml`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// `first-vowel` (hòa, thủy; default), `main-vowel` (hoà, thuỷ) or `keep`.
    pub tone_style: Style,
}

pub static TONE_STYLE: &Rule = &Rule {
    code: "N101",
    name: "tone-style",
    severity: Severity::Warning,
    fix: Fix::Safe,
    visibility: Visibility::Invisible,
    summary: "tone mark placed in the other accepted style (hoà/hòa), moved to the configured one",
    doc: "What it does: in open syllables with oa, oe or uy, moves the tone mark to the style set by \
`[normalize] tone_style`: `first-vowel` (default: hòa, khỏe, thủy — newspapers, laws, most NLP \
tools) or `main-vowel` (hoà, khoẻ, thuỷ — the 2018 school rules); `keep` disables it.\n\n\
Why: both spellings are correct, but a corpus that mixes them has two tokens for every such \
word. The rule is a syllable rule, not a word list: closed syllables (hoàn, huỳnh) and every \
other vowel group are the same in both styles and never change.\n\n\
Example: `thoả thuận` → `thỏa thuận`, `thương mại hoá` → `thương mại hóa`.",
};

pub static MISPLACED_TONE: &Rule = &Rule {
    code: "N102",
    name: "misplaced-tone",
    severity: Severity::Error,
    fix: Fix::Safe,
    visibility: Visibility::Visible,
    summary: "tone mark on a vowel that no style allows, moved",
    doc: "What it does: moves a tone mark that sits where neither style puts it (on the u of qu, \
on the glide of ao/ai) to the vowel the syllable rule gives.\n\n\
Why: typing slips that make a different string of the same word.\n\n\
Example: `qủa` → `quả`, `baỏ` → `bảo`. Words that are not Vietnamese syllables (café, résumé) are \
never touched.",
};

pub static UO_HORN: &Rule = &Rule {
    code: "N103",
    name: "uo-horn",
    severity: Severity::Error,
    fix: Fix::Safe,
    visibility: Visibility::Visible,
    summary: "`uơ` before a final consonant (a lost horn), written `ươ`",
    doc: "What it does: writes `ươ` for `uơ` followed by a final consonant, i or u.\n\n\
Why: `uơ` + consonant is not a Vietnamese syllable; it is `ươ` with the first horn lost.\n\n\
Example: `đuợc` → `được`, `tăng cuờng` → `tăng cường`. Not changed: `quơ`, `quờ` (after q) and the \
open `huơ`, `khuơ`, `thuở`.",
};

pub static UW_O: &Rule = &Rule {
    code: "N104",
    name: "uw-o",
    severity: Severity::Error,
    fix: Fix::Safe,
    visibility: Visibility::Visible,
    summary: "`ưo` (a lost horn), written `ươ`",
    doc: "What it does: writes `ươ` for `ưo`.\n\nWhy: `ưo` occurs in no Vietnamese syllable.\n\n\
Example: `bưóc` → `bước`.",
};

pub static ETH: &Rule = &Rule {
    code: "N105",
    name: "eth-to-d",
    severity: Severity::Error,
    fix: Fix::Safe,
    visibility: Visibility::Invisible,
    summary: "Icelandic eth `Ð`/`ð` in a Vietnamese word, written `Đ`/`đ`",
    doc: "What it does: replaces U+00D0/U+00F0 (eth) with U+0110/U+0111 (d with stroke) in words \
that are Vietnamese syllables.\n\n\
Why: windows-1258 text read as Latin-1 turns Đ into Ð; the two look the same but search, \
sorting and tokenizers treat them as different letters.\n\n\
Example: `Ðảm bảo` → `Đảm bảo`. Icelandic or Faroese words are left alone.",
};

pub static SPELLING_RULES: &[&Rule] = &[UO_HORN, UW_O, ETH];
pub static TONE_RULES: &[&Rule] = &[TONE_STYLE, MISPLACED_TONE];

/// Words: maximal runs of letters, skipping ASCII-only ones (nothing to repair there), each
/// with whether [`tone::retone`] may change it ([`Letter`]). Scanned by bytes: characters are
/// classified by their UTF-8 bytes through a table ([`counts_at`]; Unicode's table search made
/// every Vietnamese letter slow).
///
/// Hot (every character of every document): a character's [`Letter`] is one `u64` of counts
/// ([`Letter::counts`]), so a word's letters, tone marks and vowels are one sum; a word is
/// ASCII when its letters are as many as its bytes.
fn words(text: &str) -> impl Iterator<Item = (usize, &str, bool)> {
    let bytes = text.as_bytes();
    let letters = &*LETTERS;
    let mut at = 0;
    std::iter::from_fn(move || loop {
        // the next letter
        let start = loop {
            let (counts, len) = counts_at(letters, bytes, text, *bytes.get(at)?, at);
            if counts != 0 {
                break at;
            }
            at += len;
        };
        let mut sum = 0u64;
        while let Some(&b) = bytes.get(at) {
            let (counts, len) = counts_at(letters, bytes, text, b, at);
            if counts == 0 {
                break;
            }
            sum += counts;
            at += len;
        }
        // each count is at most the word's bytes: below 2^20, no field runs into the next
        let [chars, toned, vowels] = Letter::fields(sum);
        let counted = at - start < Letter::FIELD;
        let ascii = if counted {
            chars == at - start
        } else {
            text[start..at].is_ascii()
        };
        if !ascii {
            let may_change = counted && chars <= tone::MAX_SYLLABLE && toned == 1 && vowels >= 2;
            return Some((start, &text[start..at], may_change));
        }
    })
    .filter(move |(at, w, _)| !before_mark(text, at + w.len()))
}

/// A character as [`words`] and [`tone::retone`] see it: a letter, one carrying a tone mark, a
/// vowel (of its lower case without the tone). `retone` changes only words of at most
/// [`tone::MAX_SYLLABLE`] characters with one tone mark and two vowels or more (a lone vowel already
/// carries the tone), so the others skip its cache.
#[derive(Clone, Copy, Debug, Default)]
struct Letter {
    alphabetic: bool,
    toned: bool,
    vowel: bool,
}

impl Letter {
    /// The width of a field of [`Letter::counts`]: 2^20.
    const FIELD: usize = 1 << 20;

    fn of(c: char) -> Letter {
        let (base, tone) = split_tone(chars::lowercase_first(c));
        Letter {
            alphabetic: chars::is_alphabetic(c),
            toned: tone.is_some(),
            vowel: is_vowel(base),
        }
    }

    /// For a letter, 1 in the first field of 20 bits, whether it is toned in the second and a
    /// vowel in the third; 0 for any other character.
    const fn counts(self) -> u64 {
        if !self.alphabetic {
            return 0;
        }
        1 | (self.toned as u64) << 20 | (self.vowel as u64) << 40
    }

    /// The three fields of a sum of [`Letter::counts`]: letters, toned letters, vowels.
    fn fields(sum: u64) -> [usize; 3] {
        let field = |i: u32| ((sum >> (20 * i)) & (Self::FIELD as u64 - 1)) as usize;
        [field(0), field(1), field(2)]
    }
}

/// [`Letter::counts`] of U+0000–U+027F, then of U+1E00–U+1EFF.
/// An array, so that the look-ups of [`counts_at`], whose indices are below its length by
/// construction, need no bounds check.
static LETTERS: LazyLock<[u64; LETTERS_LEN]> = LazyLock::new(|| {
    let mut table = [0; LETTERS_LEN];
    for (slot, cp) in table.iter_mut().zip((0..0x280).chain(0x1E00..0x1F00)) {
        *slot = char::from_u32(cp).map_or(0, |c| Letter::of(c).counts());
    }
    table
});

/// Entries of [`LETTERS`]: U+0000–U+027F and U+1E00–U+1EFF.
const LETTERS_LEN: usize = 0x280 + 0x100;

/// [`Letter::counts`] of the character at byte `at` of `text` (a char boundary, whose first
/// byte is `b0`) and its length in bytes: from `letters` ([`LETTERS`]) for ASCII,
/// U+0080–U+027F and U+1E00–U+1EFF, computed for other characters.
#[inline(always)]
fn counts_at(
    letters: &[u64; LETTERS_LEN],
    bytes: &[u8],
    text: &str,
    b0: u8,
    at: usize,
) -> (u64, usize) {
    if b0 < 0x80 {
        return (letters[usize::from(b0)], 1);
    }
    let tail = |i: usize| bytes.get(at + i).map_or(0, |&b| usize::from(b & 0x3F));
    match (b0, bytes.get(at + 1)) {
        (0xC2..=0xC9, _) => (letters[(usize::from(b0) & 0x1F) << 6 | tail(1)], 2),
        (0xE1, Some(&b1 @ 0xB8..=0xBB)) => {
            (letters[0x280 + (usize::from(b1 - 0xB8) << 6 | tail(2))], 3)
        }
        _ => {
            let c = text[at..].chars().next().expect("a char boundary");
            (Letter::of(c).counts(), c.len_utf8())
        }
    }
}

/// Whether a combining mark starts at `end`. A word followed by one (left over after NFC:
/// stacked or uncomposable marks) is not a syllable to repair: moving its tone would let the
/// mark compose with another letter and the output would not be NFC (found by fuzzing: "oÀ" +
/// U+0303, "ngúý" + U+0301).
fn before_mark(text: &str, end: usize) -> bool {
    // combining marks are not ASCII: most words end before a space or punctuation
    text.as_bytes().get(end).is_some_and(|b| !b.is_ascii())
        && text[end..]
            .chars()
            .next()
            .is_some_and(unicode_normalization::char::is_combining_mark)
}

/// The [`words`] that [`spelling::suspicious`] accepts, found from the text's pairs
/// ([`spelling::pairs`]) instead of by cutting every word: the word around each pair, once.
fn suspicious_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut done = 0;
    spelling::pairs(text).filter_map(move |i| {
        if i < done {
            return None; // a later pair of the same word
        }
        let start = text[..i]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| chars::is_alphabetic(c))
            .last()
            .map_or(i, |(j, _)| j);
        let mut end = i;
        while end < text.len() {
            let (letter, len) = chars::alphabetic_at(text, end);
            if !letter {
                break;
            }
            end += len;
        }
        done = end;
        (!before_mark(text, end)).then(|| (start, &text[start..end]))
    })
}

/// Whether the spelling and tone repairs apply: the page says it is Vietnamese, or says nothing
/// and reads as Vietnamese. A Portuguese `aí` or an Italian `più` in an English article is not a
/// misplaced Vietnamese tone.
fn applies(text: &str, cx: &PassContext<'_>) -> bool {
    match cx.meta.language.as_deref() {
        Some(lang) => lang == "vi",
        None => super::looks_vietnamese(text),
    }
}

pub struct Spelling;

impl Pass for Spelling {
    fn name(&self) -> &'static str {
        "spelling"
    }

    fn rules(&self) -> &'static [&'static Rule] {
        SPELLING_RULES
    }

    fn run(&self, text: &str, cx: &mut PassContext<'_>) -> Vec<Edit> {
        let mut edits = Vec::new();
        // no word can need a repair when the whole text has none of the letter pairs
        if !spelling::suspicious(text) || !applies(text, cx) {
            return edits;
        }
        for (at, word) in suspicious_words(text) {
            for (range, c, repair) in spelling::repairs(word) {
                let (rule, what) = match repair {
                    Repair::UoHorn => (UO_HORN, "uơ before a final"),
                    Repair::UwO => (UW_O, "ưo"),
                    Repair::Eth => (ETH, "eth (U+00D0/U+00F0)"),
                };
                let reason = format!("{what} in «{word}»");
                edits.push(Edit::replace(
                    rule,
                    at + range.start..at + range.end,
                    c.to_string(),
                    reason,
                ));
            }
        }
        edits
    }
}

pub struct Tones;

/// Words [`tone::retone`] leaves as they are, per style, on this thread: a text repeats its
/// syllables (a news corpus has a few thousand), and a look-up costs a tenth of the syllable
/// rule. `retone` is a pure function of the word and the style, so the cache changes nothing but
/// the time; it is emptied when full, which bounds its memory.
type Kept = [HashSet<Box<str>, BuildHasherDefault<Prehashed>>; 3];

thread_local! {
    static KEPT: RefCell<Kept> = RefCell::new(Default::default());
}

/// Most words kept per style and thread (about 2 MB).
const KEPT_MAX: usize = 1 << 15;

impl Pass for Tones {
    fn name(&self) -> &'static str {
        "tones"
    }

    fn rules(&self) -> &'static [&'static Rule] {
        TONE_RULES
    }

    fn run(&self, text: &str, cx: &mut PassContext<'_>) -> Vec<Edit> {
        let style = cx.config.normalize.tone_style;
        let mut edits = Vec::new();
        // one borrow of the cache for the whole text (not two thread-local look-ups per word)
        KEPT.with_borrow_mut(|kept| {
            let kept = &mut kept[style as usize];
            for (at, word, may_change) in words(text) {
                if !may_change || kept.contains(word) {
                    continue;
                }
                let Some((fixed, change)) = tone::retone(word, style) else {
                    if kept.len() == KEPT_MAX {
                        kept.clear();
                    }
                    kept.insert(word.into());
                    continue;
                };
                // asked at the first word that would change: most texts have none, and the
                // question scans up to 2,000 words
                if edits.is_empty() && !applies(text, cx) {
                    return;
                }
                let (rule, reason) = match change {
                    Change::Style => (
                        TONE_STYLE,
                        format!("«{word}» → «{fixed}» ({} style)", style.name()),
                    ),
                    Change::Misplaced => (
                        MISPLACED_TONE,
                        format!("tone of «{word}» belongs on another vowel"),
                    ),
                };
                edits.push(Edit::replace(rule, at..at + word.len(), fixed, reason));
            }
        });
        edits
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::pipeline::{Metadata, Pipeline};

    fn clean(text: &str, language: Option<&str>) -> String {
        let meta = Metadata {
            language: language.map(String::from),
            ..Metadata::default()
        };
        let p = Pipeline::new(Config::default());
        p.run(text.into(), meta).unwrap().text
    }

    #[test]
    fn suspicious_words_are_the_words_with_a_pair() {
        let mut texts = vec![
            "Thuở ấy, chúng tôi đi huơ tay; ưo ƯO ừo ÐẠI ðồng".to_string(),
            "uơ u-ơ uơ\u{301} ưo\u{303} thuở thuở, quơ ươ ừò ữọ Ðð".to_string(),
            "ươ ư\u{301}o ưỏ, xuơ".to_string(),
        ];
        texts.extend(crate::seed_texts::raw());
        let mut found = 0;
        for text in &texts {
            let want: Vec<(usize, &str)> = super::words(text)
                .filter(|(_, w, _)| super::spelling::suspicious(w))
                .map(|(at, w, _)| (at, w))
                .collect();
            assert_eq!(super::suspicious_words(text).collect::<Vec<_>>(), want);
            found += want.len();
        }
        assert!(found >= 10, "{found}");
    }

    /// [`super::words`] as first written: a letter at a time, counting each field apart.
    fn words_reference(text: &str) -> Vec<(usize, &str, bool)> {
        let mut out = Vec::new();
        let mut start = None;
        let (mut chars, mut toned, mut vowels, mut ascii) = (0, 0, 0, true);
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            let letter = super::Letter::of(c);
            if letter.alphabetic && i < text.len() {
                start.get_or_insert(i);
                chars += 1;
                toned += usize::from(letter.toned);
                vowels += usize::from(letter.vowel);
                ascii &= c.is_ascii();
                continue;
            }
            if let Some(s) = start.take() {
                if !ascii && !super::before_mark(text, i) {
                    let may_change =
                        chars <= super::tone::MAX_SYLLABLE && toned == 1 && vowels >= 2;
                    out.push((s, &text[s..i], may_change));
                }
            }
            (chars, toned, vowels, ascii) = (0, 0, 0, true);
        }
        out
    }

    /// The summed counts give the words and answers of one count per field: on raw/, on every
    /// character of the tables' blocks between letters, and on long words.
    #[test]
    fn words_count_as_the_letter_by_letter_scan_does() {
        let mut texts: Vec<String> = Vec::new();
        texts.extend(crate::seed_texts::raw());
        let every: String = (0..0x300)
            .chain(0x1E00..0x1F10)
            .filter_map(char::from_u32)
            .flat_map(|c| [c, 'o', 'à', c, ' ', 'x', c])
            .collect();
        texts.push(every);
        texts.push("à".repeat(9) + " " + &"hoà".repeat(4) + " hoà\u{301}x Ǹǹ");
        for text in &texts {
            assert_eq!(
                super::words(text).collect::<Vec<_>>(),
                words_reference(text)
            );
        }
    }

    #[test]
    fn words_are_the_letter_runs_with_a_non_ascii_letter() {
        let text = "Hòa bình, café-au-lait 2024: Größe×Đà Nẵng ok ß";
        let want: Vec<(usize, &str)> = text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_ascii())
            .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
            .collect();
        let words: Vec<(usize, &str)> = super::words(text).map(|(at, w, _)| (at, w)).collect();
        assert_eq!(words, want);
        assert_eq!(want.len(), 7);
    }

    /// A word [`super::words`] says `retone` cannot change is one it leaves as it is, in every
    /// style (the words of raw/ and of texts made to reach each of its early answers).
    #[test]
    fn words_that_cannot_change_are_those_retone_keeps() {
        use crate::vietnamese::tone::{retone, Style};
        let mut texts = vec![
            "hoà thuỷ khoẻ qủa baỏ Thoả HOÀ nghiêng người được của là có để nghiềng \
             Ðảm ǹ ḿ café résumé ÀÁ aàá uyểnhhh oà\u{300}"
                .to_string(),
        ];
        texts.extend(crate::seed_texts::raw());
        let (mut skipped, mut changed) = (0, 0);
        for text in &texts {
            for (_, word, may_change) in super::words(text) {
                for style in [Style::FirstVowel, Style::MainVowel, Style::Keep] {
                    let change = retone(word, style);
                    changed += usize::from(change.is_some());
                    if !may_change {
                        assert!(change.is_none(), "{word}");
                        skipped += 1;
                    }
                }
            }
        }
        assert!(skipped > 1000 && changed > 5, "{skipped} {changed}");
    }

    #[test]
    fn foreign_words_in_other_languages_keep_their_accents() {
        let english = "The chef said the sauce needs più sale, and the crowd shouted aí at the end of the match in Rio.\n";
        assert_eq!(clean(english, None), english);
        let declared = "Thủ tướng nói: baỏ đảm an toàn.\n";
        assert_eq!(
            clean(declared, Some("en")),
            declared,
            "the page says English"
        );
    }

    #[test]
    fn vietnamese_text_is_still_repaired() {
        assert_eq!(
            clean("Thủ tướng yêu cầu baỏ đảm an toàn cho người dân.\n", None),
            "Thủ tướng yêu cầu bảo đảm an toàn cho người dân.\n"
        );
        assert_eq!(
            clean("Hai bên thoả thuận hợp tác.\n", Some("vi")),
            "Hai bên thỏa thuận hợp tác.\n"
        );
    }
}
