//! The passes that apply [`super::spelling`] and [`super::tone`] word by word, and their rules.

use std::cell::RefCell;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use serde::Deserialize;

use super::spelling::{self, Repair};
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

/// Words: maximal runs of letters, skipping ASCII-only ones (nothing to repair there). Scanned
/// by bytes: characters are classified by their UTF-8 bytes ([`chars::alphabetic_at`]; Unicode's
/// table search made every Vietnamese letter slow).
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < text.len() {
            let start = at;
            let mut ascii = true;
            // the letters from `start`, then the character that ends them is passed too
            while at < text.len() {
                let (letter, len) = chars::alphabetic_at(text, at);
                if !letter {
                    let word = start..at;
                    at += len;
                    if !ascii && !word.is_empty() {
                        return Some((word.start, &text[word]));
                    }
                    break;
                }
                ascii &= len == 1;
                at += len;
            }
            if at == text.len() && !ascii {
                return Some((start, &text[start..]));
            }
        }
        None
    })
    .filter(move |(at, w)| !before_mark(text, at + w.len()))
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
            for (at, word) in words(text) {
                if kept.contains(word) {
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
        let raw = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("raw");
        for entry in std::fs::read_dir(raw).unwrap() {
            let bytes = std::fs::read(entry.unwrap().path()).unwrap();
            texts.extend(String::from_utf8(bytes).ok());
        }
        let mut found = 0;
        for text in &texts {
            let want: Vec<(usize, &str)> = super::words(text)
                .filter(|(_, w)| super::spelling::suspicious(w))
                .collect();
            assert_eq!(super::suspicious_words(text).collect::<Vec<_>>(), want);
            found += want.len();
        }
        assert!(found >= 10, "{found}");
    }

    #[test]
    fn words_are_the_letter_runs_with_a_non_ascii_letter() {
        let text = "Hòa bình, café-au-lait 2024: Größe×Đà Nẵng ok ß";
        let want: Vec<(usize, &str)> = text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_ascii())
            .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
            .collect();
        assert_eq!(super::words(text).collect::<Vec<_>>(), want);
        assert_eq!(want.len(), 7);
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
