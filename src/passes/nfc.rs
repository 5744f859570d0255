//! Unicode canonical composition (NFC).
//!
//! Scraped Vietnamese mixes precomposed letters with decomposed ones (base + combining marks,
//! as macOS file names, windows-1258 and some input methods produce). They render the same but
//! compare, hash and tokenize differently. The pass checks the whole text with the NFC quick
//! check first — already-NFC text, the common case, costs one scan — and otherwise normalizes
//! word by word, so each edit covers one word and the report shows which words changed.
//! Composition never crosses whitespace, so word-wise NFC equals whole-text NFC.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::edit::Edit;
use crate::pipeline::{Pass, PassContext};
use crate::rule::{Fix, Rule, Severity, Visibility};

pub static NFC: &Rule = &Rule {
    code: "N001",
    name: "nfc",
    severity: Severity::Error,
    fix: Fix::Safe,
    visibility: Visibility::Invisible,
    summary: "decomposed characters, composed to Unicode NFC",
    doc: "What it does: rewrites each word that is not in Unicode Normalization Form C to its NFC \
form (canonical composition; NFKC is never used, so no compatibility characters change).\n\n\
Why: `Việt` typed as `Vie` + U+0323 + U+0302 + `t` looks identical to precomposed `Việt` but is \
a different string: search, dedup and tokenizers treat them as different words.\n\n\
Example: `Vie\\u{323}\\u{302}t` (6 code points) → `Việt` (4 code points); shown as an invisible \
NFC change in diffs.",
};

pub static RULES: &[&Rule] = &[NFC];

pub struct Nfc;

impl Pass for Nfc {
    fn name(&self) -> &'static str {
        "nfc"
    }

    fn rules(&self) -> &'static [&'static Rule] {
        RULES
    }

    fn run(&self, text: &str, _cx: &mut PassContext<'_>) -> Vec<Edit> {
        if is_nfc_quick(text.chars()) == IsNormalized::Yes {
            return Vec::new();
        }
        let mut edits = Vec::new();
        let bytes = text.as_bytes();
        let mut start = 0;
        while start < bytes.len() {
            let end = bytes[start..]
                .iter()
                .position(|b| b.is_ascii_whitespace())
                .map_or(bytes.len(), |n| start + n);
            let word = &text[start..end];
            if is_nfc_quick(word.chars()) != IsNormalized::Yes {
                let composed: String = word.nfc().collect();
                if composed != word {
                    let reason = format!(
                        "{} code points composed to {}",
                        word.chars().count(),
                        composed.chars().count()
                    );
                    edits.push(Edit::replace(NFC, start..end, composed, reason));
                }
            }
            start = end + 1;
        }
        edits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::pipeline::{Metadata, Pipeline};

    #[test]
    fn composes_decomposed_words_only() {
        let p = Pipeline::with_passes(Config::default(), vec![Box::new(Nfc)]);
        let nfd: String = "Bộ trưởng Việt Nam".nfd().collect();
        let c = p.run(format!("ok {nfd}\n"), Metadata::default()).unwrap();
        assert_eq!(c.text, "ok Bộ trưởng Việt Nam\n");
        assert_eq!(
            c.stages[0].edits.len(),
            3,
            "one edit per decomposed word (Nam is ASCII)"
        );
        assert!(p
            .run("Bộ trưởng".into(), Metadata::default())
            .unwrap()
            .stages
            .is_empty());
    }
}
