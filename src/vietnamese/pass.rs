//! The passes that apply [`super::spelling`] and [`super::tone`] word by word, and their rules.

use std::cell::RefCell;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use serde::Deserialize;

use super::spelling::{self, Repair};
use super::tone::{self, Change, Style};
use super::words::Words;
use crate::edit::Edit;
use crate::hashed::Prehashed;
use crate::pipeline::{Metadata, Pass, PassContext};
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

/// Whether the spelling and tone repairs apply: the page says it is Vietnamese, or says nothing
/// and reads as Vietnamese. A Portuguese `aí` or an Italian `più` in an English article is not a
/// misplaced Vietnamese tone.
fn applies(text: &str, meta: &Metadata, words: &Words) -> bool {
    match meta.language.as_deref() {
        Some(lang) => lang == "vi",
        None => words.look_vietnamese(text),
    }
}

/// Whether [`applies`] may be true, told before the text's words are walked: not for a page
/// that says it is in another language, nor for one that says nothing and has no marked letter
/// ([`super::has_marked_letter`]: then it does not read as Vietnamese). Neither pass changes
/// such a page, so neither walks it (most pages of a crawl in other languages: the walk was 3 %
/// of the instructions on the real pages of `scripts/bench --kind pages`).
fn may_apply(text: &str, meta: &Metadata) -> bool {
    match meta.language.as_deref() {
        Some(lang) => lang == "vi",
        None => super::has_marked_letter(text),
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
        if !may_apply(text, cx.meta) {
            return edits;
        }
        // each rule asked once: a disabled one's repairs are not made
        let [uo_horn, uw_o, eth] = [UO_HORN, UW_O, ETH].map(|rule| cx.enabled(rule));
        // walked once for this pass and the tone pass (see `super::words`)
        let words = cx.words.get_or_insert_with(|| Words::of(text));
        if words.suspicious().is_empty() || !applies(text, cx.meta, words) {
            return edits;
        }
        for span in words.suspicious() {
            let (at, word) = (span.start, &text[span.clone()]);
            for (range, c, repair) in spelling::repairs(word) {
                let (rule, what, on) = match repair {
                    Repair::UoHorn => (UO_HORN, "uơ before a final", uo_horn),
                    Repair::UwO => (UW_O, "ưo", uw_o),
                    Repair::Eth => (ETH, "eth (U+00D0/U+00F0)", eth),
                };
                if !on {
                    continue;
                }
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
        let [style_on, misplaced_on] = [TONE_STYLE, MISPLACED_TONE].map(|rule| cx.enabled(rule));
        let mut edits = Vec::new();
        let mut asked = false;
        // the spelling pass's walk when the text is still the one it walked
        let walked = cx.words.take();
        if !may_apply(text, cx.meta) {
            return edits;
        }
        let words = walked.unwrap_or_else(|| Words::of(text));
        // one borrow of the cache for the whole text (not two thread-local look-ups per word)
        KEPT.with_borrow_mut(|kept| {
            let kept = &mut kept[style as usize];
            for span in words.retonable() {
                let (at, word) = (span.start, &text[span.clone()]);
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
                if !asked {
                    if !applies(text, cx.meta, &words) {
                        return;
                    }
                    asked = true;
                }
                let (rule, reason) = match change {
                    Change::Style if style_on => (
                        TONE_STYLE,
                        format!("«{word}» → «{fixed}» ({} style)", style.name()),
                    ),
                    Change::Misplaced if misplaced_on => (
                        MISPLACED_TONE,
                        format!("tone of «{word}» belongs on another vowel"),
                    ),
                    // the rule is disabled: the word stays
                    _ => continue,
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

    /// A page declared Vietnamese is repaired even when it has none of the marked letters that
    /// make an undeclared page read as Vietnamese (đ ơ ư ă, the letters of U+1EA0–U+1EF9); an
    /// undeclared one without them is not.
    #[test]
    fn a_declared_page_is_repaired_without_marked_letters() {
        let text = "Hai bên hoà giải, bên kia hoà hoãn.\n";
        assert_eq!(
            clean(text, Some("vi")),
            "Hai bên hòa giải, bên kia hòa hoãn.\n"
        );
        assert_eq!(clean(text, None), text);
    }
}
