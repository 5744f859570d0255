//! Rules: every change or finding sach makes is attributed to one rule.
//!
//! A rule is a small static record — a code, a kebab-case name, a severity, whether its change is
//! visible on screen, how safe its fix is, and a doc text ("what it does / why / example") that
//! `sach rule CODE` prints. Codes are grouped by family letter so `--select B` or `ignore = ["D"]`
//! can address a whole family:
//!
//! | family | letter | examples |
//! |---|---|---|
//! | encoding | `E` | invalid bytes, legacy code pages, mojibake, VIQR |
//! | normalization | `N` | NFC, odd spaces, zero-width characters, line layout |
//! | boilerplate | `B` | related-article blocks, counters, captions, bylines |
//! | duplicates | `D` | repeated sentences, paragraphs, documents |
//! | html | `H` | blocks dropped by main-content extraction |
//!
//! Each pass module owns a `pub static RULES: &[Rule]`; [`all`] concatenates them, so adding a
//! pass never touches any other module's rules.

use serde::Serialize;

/// How serious a finding is for `sach check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Informational: reported, never fails a check.
    Info,
    /// Suspicious but possibly legitimate (e.g. a repeated phrase): fails only with `--fail-on warning`.
    Warning,
    /// The document is dirty: fails a check.
    Error,
}

/// Whether the rule's fix can be applied without a human looking at it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fix {
    /// Meaning-preserving (NFC, whitespace): always applied by `clean`.
    Safe,
    /// Removes or rewrites text on a heuristic: applied by `clean`, worth reviewing.
    Unsafe,
    /// Never changes text: the rule only reports (e.g. near-duplicate documents).
    ReportOnly,
}

/// Whether a change shows on screen. Invisible changes (NFC, no-break spaces, tone moves) must be
/// labelled in diffs, or a reviewer sees a "change" with nothing changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Visibility {
    Visible,
    Invisible,
}

/// Static description of one rule.
#[derive(Debug, Serialize)]
pub struct Rule {
    /// Stable code such as `N001`; the first letter is the family.
    pub code: &'static str,
    /// Kebab-case name, accepted wherever a code is.
    pub name: &'static str,
    pub severity: Severity,
    pub fix: Fix,
    pub visibility: Visibility,
    /// One line: what the rule does.
    pub summary: &'static str,
    /// Markdown: what it does, why, an example, and what it will not touch.
    pub doc: &'static str,
}

impl PartialEq for Rule {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl Rule {
    /// The family letter (`E`, `N`, `B`, `D`, `H`).
    pub fn family(&self) -> char {
        self.code.chars().next().unwrap_or('?')
    }

    /// True when `selector` names this rule: its code, a code prefix (`N`, `N00`), its name, or `ALL`.
    pub fn matches(&self, selector: &str) -> bool {
        let s = selector.trim();
        s.eq_ignore_ascii_case("ALL")
            || self.name.eq_ignore_ascii_case(s)
            || (!s.is_empty() && self.code.starts_with(&s.to_ascii_uppercase()))
    }
}

/// Every rule sach knows, sorted by code.
pub fn all() -> Vec<&'static Rule> {
    let mut rules: Vec<&'static Rule> = [
        crate::decode::RULES,
        crate::passes::mojibake::RULES,
        crate::vietnamese::VIQR_RULES,
        crate::passes::invisibles::RULES,
        crate::passes::nfc::RULES,
        crate::vietnamese::SPELLING_RULES,
        crate::vietnamese::TONE_RULES,
        crate::passes::layout::RULES,
        crate::passes::link_marks::RULES,
        crate::boilerplate::RULES,
        crate::dedup::RULES,
        crate::html::RULES,
    ]
    .into_iter()
    .flatten()
    .copied()
    .collect();
    rules.sort_by_key(|r| r.code);
    rules
}

/// Looks a rule up by code or name (case-insensitive).
pub fn find(code_or_name: &str) -> Option<&'static Rule> {
    all().into_iter().find(|r| {
        r.code.eq_ignore_ascii_case(code_or_name) || r.name.eq_ignore_ascii_case(code_or_name)
    })
}

/// Serialize a `&'static Rule` as its code.
pub(crate) fn serialize_code<S: serde::Serializer>(
    rule: &&'static Rule,
    s: S,
) -> Result<S::Ok, S::Error> {
    s.serialize_str(rule.code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_well_formed() {
        let rules = all();
        let mut codes: Vec<_> = rules.iter().map(|r| r.code).collect();
        let mut names: Vec<_> = rules.iter().map(|r| r.name).collect();
        codes.dedup();
        names.sort();
        names.dedup();
        assert_eq!(codes.len(), rules.len(), "duplicate rule code");
        assert_eq!(names.len(), rules.len(), "duplicate rule name");
        for r in rules {
            assert!("ENBDH".contains(r.family()), "{}: unknown family", r.code);
            assert_eq!(
                r.code.len(),
                4,
                "{}: codes are a letter and three digits",
                r.code
            );
            assert!(
                r.code[1..].bytes().all(|b| b.is_ascii_digit()),
                "{}",
                r.code
            );
            assert!(
                !r.summary.is_empty() && r.doc.contains("Example"),
                "{}: doc needs an example",
                r.code
            );
        }
    }

    #[test]
    fn selectors_match_code_prefix_name_and_all() {
        let nfc = find("N001").unwrap();
        assert!(nfc.matches("N"));
        assert!(nfc.matches("n00"));
        assert!(nfc.matches("ALL"));
        assert!(nfc.matches(nfc.name));
        assert!(!nfc.matches("B"));
        assert!(!nfc.matches(""));
    }
}
