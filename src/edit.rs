//! Edits: the one record of what sach changed.
//!
//! Passes never rewrite text in place. Each returns a list of [`Edit`]s — rule, byte span in the
//! pass's input, replacement, reason — and the pipeline applies them. The clean text, the report,
//! `sach diff`, `sach check` and the HTML review all read these same records, so they cannot
//! disagree about what happened.

use std::borrow::Cow;
use std::ops::Range;

use serde::Serialize;

use crate::rule::Rule;

/// One change (or, with no replacement, one finding) made by a rule.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Edit {
    /// The rule responsible.
    #[serde(serialize_with = "crate::rule::serialize_code")]
    pub rule: &'static Rule,
    /// Byte range in the input of the pass that produced the edit.
    pub span: Range<usize>,
    /// The new text for `span`; `None` when the rule only reports (text left as it is).
    pub replacement: Option<String>,
    /// Why, for this occurrence (e.g. "line recurs in 12 of 40 documents"). Most rules give the
    /// same words every time ("CR line ending"): a static reason is borrowed, not copied into a
    /// `String` per edit (a document has dozens of edits, and each was an allocation).
    pub reason: Reason,
}

/// The reason of an [`Edit`]: a static text, or one written for this occurrence.
pub type Reason = Cow<'static, str>;

impl Edit {
    /// Replace `span` with `replacement`.
    pub fn replace(
        rule: &'static Rule,
        span: Range<usize>,
        replacement: impl Into<String>,
        reason: impl Into<Reason>,
    ) -> Self {
        Edit {
            rule,
            span,
            replacement: Some(replacement.into()),
            reason: reason.into(),
        }
    }

    /// Delete `span`.
    pub fn delete(rule: &'static Rule, span: Range<usize>, reason: impl Into<Reason>) -> Self {
        Self::replace(rule, span, "", reason)
    }

    /// Flag `span` without changing it.
    pub fn report(rule: &'static Rule, span: Range<usize>, reason: impl Into<Reason>) -> Self {
        Edit {
            rule,
            span,
            replacement: None,
            reason: reason.into(),
        }
    }

    /// True when the edit changes the text.
    pub fn changes_text(&self) -> bool {
        self.replacement.is_some()
    }
}

/// Appends `e`, merging it into the last edit when both are changes by the same rule and `e`
/// starts where the last one ends (a run of five no-break spaces is one edit, not five).
pub fn push_coalesced(edits: &mut Vec<Edit>, e: Edit) {
    if let Some(last) = edits.last_mut() {
        if last.rule == e.rule && last.span.end == e.span.start && last.reason == e.reason {
            if let (Some(a), Some(b)) = (&mut last.replacement, &e.replacement) {
                a.push_str(b);
                last.span.end = e.span.end;
                return;
            }
        }
    }
    edits.push(e);
}

/// Why a pass's edits could not be applied: always a bug in that pass, reported per document.
#[derive(Debug, PartialEq)]
pub struct EditError(pub String);

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Sorts edits by position and checks that the changing ones are in bounds, on char boundaries
/// and do not overlap (report-only edits may overlap anything).
pub fn sort_and_check(text: &str, edits: &mut [Edit]) -> Result<(), EditError> {
    edits.sort_by_key(|e| (e.span.start, e.span.end));
    let mut end = 0;
    for e in edits.iter() {
        let Range { start, end: stop } = e.span;
        if start > stop
            || stop > text.len()
            || !text.is_char_boundary(start)
            || !text.is_char_boundary(stop)
        {
            return Err(EditError(format!(
                "{} edit {start}..{stop} is not a valid span of a {}-byte text",
                e.rule.code,
                text.len()
            )));
        }
        if e.changes_text() {
            if start < end {
                return Err(EditError(format!(
                    "{} edit {start}..{stop} overlaps the previous edit ending at {end}",
                    e.rule.code
                )));
            }
            end = stop;
        }
    }
    Ok(())
}

/// Applies sorted, checked edits (see [`sort_and_check`]) in one linear pass, into a `String` of
/// the result's size (a stage that inserts more than it deletes, such as one that expands
/// entities or VIQR, would otherwise grow it, copying what it wrote so far).
pub fn apply(text: &str, edits: &[Edit]) -> String {
    let len = edits
        .iter()
        .fold(text.len(), |len, e| match &e.replacement {
            Some(new) => len + new.len() - e.span.len(),
            None => len,
        });
    let mut out = String::with_capacity(len);
    let mut at = 0;
    for e in edits {
        if let Some(new) = &e.replacement {
            out.push_str(&text[at..e.span.start]);
            out.push_str(new);
            at = e.span.end;
        }
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::passes::layout::TRAILING_WHITESPACE as R;

    #[test]
    fn applies_in_order_and_skips_reports() {
        let text = "ab  cd  ef";
        let mut edits = vec![
            Edit::delete(R, 8..10, "x"),
            Edit::report(R, 0..10, "whole"),
            Edit::replace(R, 2..4, " ", "y"),
        ];
        sort_and_check(text, &mut edits).unwrap();
        assert_eq!(apply(text, &edits), "ab cd  ");
    }

    /// The result is written into a `String` of its size, whatever the edits insert or delete.
    #[test]
    fn applies_into_a_string_of_the_result_size() {
        let text = "a&amp;b  c";
        let mut edits = vec![
            Edit::replace(R, 1..6, "&", "y"),
            Edit::replace(R, 7..7, "\u{301}ééé", "y"),
            Edit::delete(R, 8..9, "x"),
            Edit::report(R, 0..10, "whole"),
        ];
        sort_and_check(text, &mut edits).unwrap();
        let out = apply(text, &edits);
        assert_eq!(out, "a&b\u{301}ééé c");
        assert_eq!(out.capacity(), out.len());
    }

    #[test]
    fn rejects_overlap_and_bad_boundaries() {
        let text = "Việt";
        let mut overlap = vec![Edit::delete(R, 0..2, ""), Edit::delete(R, 1..3, "")];
        assert!(sort_and_check(text, &mut overlap).is_err());
        let mut inside_char = vec![Edit::delete(R, 3..4, "")];
        assert!(sort_and_check(text, &mut inside_char).is_err());
        let mut past_end = vec![Edit::delete(R, 0..99, "")];
        assert!(sort_and_check(text, &mut past_end).is_err());
    }
}
