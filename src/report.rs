//! The report: what happened to each document, per rule and in total.
//!
//! [`DocReport`] is the one record of a document — `report.json`, the edit log, `sach check`'s
//! findings and the review views are all rendered from it. `report.json` holds one small summary
//! per document (counts per rule, never the edits themselves) so that it stays a few percent of
//! the input however many edits a corpus needs; the edits go, on request, to a JSON Lines edit
//! log ([`EditLine`], `sach clean --edits FILE`), one line per edit, written as documents stream
//! past. An edit is located once, in the decoded input document: a byte span plus the 1-based
//! line and column (in characters) of its start.
//!
//! ## `report.json` schema (`"schema": "sach-report/2"`)
//!
//! ```text
//! {
//!   "schema": "sach-report/2",
//!   "documents": [ DocReport... ],          // in input order
//!   "rules":  { "N002": RuleTotals, ... },  // only rules that fired, sorted by code
//!   "totals": Totals
//! }
//! DocReport = { "path", "status": "ok" | "error", "error"?: string, "format": "text" | "html",
//!   "encoding", "detection": "bom"|"valid-utf8"|"mostly-utf8"|"utf16-pattern"|"detected"|"declared"|"forced",
//!   "confidence": 0..1, "bytes_in", "bytes_out", "chars_in", "chars_out",
//!   "metadata": { "title"?, "url"?, "date"?, "source"?, "author"?, "site_name"?, "language"?,
//!                 "captions"? },
//!   "rules": { "N002": 3, ... } }           // edits and findings per rule in this document
//! RuleTotals = { "name", "edits", "findings", "documents", "chars_removed", "chars_added" }
//! Totals = { "documents", "failed", "changed", "edits", "findings", "bytes_in", "bytes_out",
//!            "chars_in", "chars_out" }
//!   // "edits" change the text; "findings" only report (the text stays as it is)
//! ```
//!
//! ## Edit log (`--edits FILE`, JSON Lines, `"sach-edits/2"`)
//!
//! ```text
//! // a document whose text changed: first one document line
//! { "doc": "raw/a.txt", "input": string, "changes": [ { "span": [start, end], "after": string,
//!   "edits": [i, ...] } ... ] }
//!   // "input": the decoded input; "changes": the merged changes of [`crate::compose`], in
//!   // input order; "edits": indices of the document's edit lines (0 = its first)
//! // then one line per edit or finding
//! { "doc": "raw/a.txt", "rule": "N002", "pass": "nfc", "span": [start, end], "line", "col",
//!   "end": [line, col], "op": "replace" | "delete" | "insert" | "report",
//!   "before"?: string, "after"?: string, "reason" }
//!   // "span", "line", "col", "end": in the decoded input; "before"/"after": the text replaced
//!   // and its replacement, absent for "report" (the text is still in the document at "span")
//! ```
//!
//! `sach-edits/1` was the same without document lines. The edits alone cannot give the diff
//! back: their `before` is the text of their own stage, not of the input, and which edits merge
//! into one change is decided by stage-local spans; hence the document line, the one record of
//! [`compose`]'s result.
//!
//! The log reads back ([`EditLog`]): with `report.json` for the list of documents, it gives
//! every [`DocReport`] again, so `sach check --from-edits` prints what `sach check` prints
//! without running the pipeline (from either version), and, from a `sach-edits/2` log, each
//! changed document's input and changes ([`LoggedDoc`]), so `sach diff --from-edits` prints what
//! `sach diff` prints.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Serialize;

use crate::compose::{chars, compose, locate, Composed, LineIndex};
use crate::edit::Reason;
use crate::pipeline::Metadata;
use crate::rule::{Rule, Severity, Visibility};
use crate::Processed;

mod edit_log;
pub use edit_log::{DocumentLine, EditLog, LoggedChange, LoggedDoc};

/// Version tag of the JSON report format.
pub const SCHEMA: &str = "sach-report/2";

/// One edit or finding, located in the decoded input document.
#[derive(Clone, Debug)]
pub struct EditReport {
    pub rule: &'static Rule,
    /// The pass (stage) that made it.
    pub pass: &'static str,
    /// Bytes in the decoded input.
    pub span: Range<usize>,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    /// The text replaced and its replacement; both `None` for a report-only finding.
    pub before: Option<String>,
    pub after: Option<String>,
    pub reason: Reason,
}

impl EditReport {
    /// An edit whose span, line and column [`DocReport::new`] fills in.
    fn unlocated(
        pass: &'static str,
        rule: &'static Rule,
        before: Option<String>,
        after: Option<String>,
        reason: Reason,
    ) -> Self {
        EditReport {
            rule,
            pass,
            span: 0..0,
            line: 0,
            column: 0,
            end_line: 0,
            end_column: 0,
            before,
            after,
            reason,
        }
    }

    pub fn severity(&self) -> Severity {
        self.rule.severity
    }

    pub fn invisible(&self) -> bool {
        self.rule.visibility == Visibility::Invisible
    }

    /// True when the edit changes the text (not a report-only finding).
    pub fn changes_text(&self) -> bool {
        self.after.is_some()
    }

    /// True when the edit cuts a block of the document (an HTML, boilerplate or duplicate rule
    /// deleting text): what `metadata.ndjson` lists ([`DocReport::metadata_line`]).
    pub fn cuts_block(&self) -> bool {
        self.after.as_deref() == Some("") && matches!(self.rule.family(), 'B' | 'D' | 'H')
    }
}

/// One line of the edit log: an edit with the document it belongs to.
#[derive(Debug, Serialize)]
pub struct EditLine<'a> {
    pub doc: &'a str,
    #[serde(serialize_with = "crate::rule::serialize_code")]
    pub rule: &'static Rule,
    pub pass: &'static str,
    #[serde(serialize_with = "pair")]
    pub span: Range<usize>,
    pub line: usize,
    pub col: usize,
    /// Line and column of the end.
    pub end: (usize, usize),
    pub op: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<&'a str>,
    pub reason: &'a str,
}

/// Spans are `[start, end]` in the JSON: shorter, and what every reader expects.
fn pair<S: serde::Serializer>(r: &Range<usize>, s: S) -> Result<S::Ok, S::Error> {
    (r.start, r.end).serialize(s)
}

/// A document's edits in `report.json`: how many of each rule.
fn rule_counts<S: serde::Serializer>(edits: &[EditReport], s: S) -> Result<S::Ok, S::Error> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    // a pass makes its edits one rule after another: one look-up per run of a rule
    for run in edits.chunk_by(|a, b| a.rule.code == b.rule.code) {
        *counts.entry(run[0].rule.code).or_default() += run.len();
    }
    counts.serialize(s)
}

/// What a report made by [`DocReport::taking`] holds besides the located edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Detail {
    /// The merged changes of the input too ([`DocReport::changes`]): for the edit log, diffs
    /// and the review page.
    Changes,
    /// What `report.json`, `metadata.ndjson` and the totals read: no merged changes, and the
    /// line and column of the blocks cut only ([`EditReport::cuts_block`]); the other edits have
    /// their input spans but line and column 0. Locating an edit costs a sort and a sweep of the
    /// input to it, and a document has about ten times as many edits (odd spaces, composed
    /// words) as blocks cut.
    Summary,
}

/// Everything about one document.
#[derive(Clone, Debug, Serialize)]
pub struct DocReport {
    pub path: String,
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub stats: Option<DocStats>,
    /// Every edit and finding, in stage order; serialized as counts per rule (`"rules"`).
    #[serde(rename = "rules", serialize_with = "rule_counts")]
    pub edits: Vec<EditReport>,
    /// The merged changes of the input (for the diff), in input order; not in `report.json`.
    /// Empty in a report made with [`Detail::Summary`].
    #[serde(skip)]
    pub changes: Vec<LoggedChange>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Error,
}

#[derive(Clone, Debug, Serialize)]
pub struct DocStats {
    pub format: crate::Format,
    pub encoding: &'static str,
    pub detection: crate::decode::Method,
    pub confidence: f32,
    pub bytes_in: usize,
    pub bytes_out: usize,
    pub chars_in: usize,
    pub chars_out: usize,
    pub metadata: Metadata,
}

impl DocReport {
    /// The report of a processed document.
    pub fn new(path: impl Into<String>, doc: &Processed) -> Self {
        let composed = compose(&doc.cleaned);
        let mut edits = Vec::with_capacity(composed.located.iter().map(Vec::len).sum());
        edits.extend(doc.cleaned.stages.iter().flat_map(|stage| {
            stage.edits.iter().zip(&stage.before).map(|(e, before)| {
                EditReport::unlocated(
                    stage.pass,
                    e.rule,
                    e.replacement.as_ref().map(|_| before.clone()),
                    e.replacement.clone(),
                    e.reason.clone(),
                )
            })
        }));
        Self::located(path, doc, composed, edits, |_| true)
    }

    /// [`DocReport::new`] for a caller done with the document's stages: their texts (before,
    /// after, reason of every edit) move into the report instead of being copied, and
    /// `doc.cleaned.stages` is left empty. With [`Detail::Summary`] the report has no merged
    /// changes (`changes` is empty), and only the blocks cut have a line and column.
    pub fn taking(path: impl Into<String>, doc: &mut Processed, detail: Detail) -> Self {
        let composed = match detail {
            Detail::Changes => compose(&doc.cleaned),
            Detail::Summary => locate(&doc.cleaned),
        };
        let mut edits = Vec::with_capacity(composed.located.iter().map(Vec::len).sum());
        edits.extend(
            std::mem::take(&mut doc.cleaned.stages)
                .into_iter()
                .flat_map(|stage| {
                    let pass = stage.pass;
                    stage
                        .edits
                        .into_iter()
                        .zip(stage.before)
                        .map(move |(e, before)| {
                            let before = e.replacement.as_ref().map(|_| before);
                            EditReport::unlocated(pass, e.rule, before, e.replacement, e.reason)
                        })
                }),
        );
        let every = detail == Detail::Changes;
        Self::located(path, doc, composed, edits, |e| every || e.cuts_block())
    }

    /// Fills in the input spans of `edits` (every edit of `doc`'s stages, in stage order) from
    /// `composed`, the lines and columns of those `wanted` (the others' stay 0), and the merged
    /// changes.
    fn located(
        path: impl Into<String>,
        doc: &Processed,
        composed: Composed,
        mut edits: Vec<EditReport>,
        wanted: impl Fn(&EditReport) -> bool,
    ) -> Self {
        let c = &doc.cleaned;
        for (e, span) in edits.iter_mut().zip(composed.located.iter().flatten()) {
            e.span = span.clone();
        }
        let bounds: Vec<usize> = edits
            .iter()
            .filter(|e| wanted(e))
            .flat_map(|e| [e.span.start, e.span.end])
            .collect();
        let positions = LineIndex::new(&c.input).locate_all(&c.input, &bounds);
        let located = edits.iter_mut().filter(|e| wanted(e));
        for (e, ends) in located.zip(positions.chunks_exact(2)) {
            (e.line, e.column) = ends[0];
            (e.end_line, e.end_column) = ends[1];
        }
        let mut first_of_stage = Vec::with_capacity(composed.located.len());
        let mut at = 0;
        for stage in &composed.located {
            first_of_stage.push(at);
            at += stage.len();
        }
        let changes = composed
            .changes
            .into_iter()
            .map(|ch| LoggedChange {
                span: ch.span,
                after: ch.replacement,
                edits: ch
                    .edits
                    .iter()
                    .map(|id| first_of_stage[id.stage] + id.index)
                    .collect(),
            })
            .collect();
        DocReport {
            path: path.into(),
            status: Status::Ok,
            error: None,
            stats: Some(DocStats {
                format: doc.format,
                encoding: doc.encoding,
                detection: doc.method,
                confidence: doc.confidence,
                bytes_in: doc.bytes_in,
                bytes_out: c.text.len(),
                chars_in: crate::compose::chars(c.input.as_bytes()),
                chars_out: crate::compose::chars(c.text.as_bytes()),
                metadata: c.meta.clone(),
            }),
            edits,
            changes,
        }
    }

    /// The edit log lines of this document.
    pub fn edit_lines(&self) -> impl Iterator<Item = EditLine<'_>> {
        self.edits.iter().map(|e| EditLine {
            doc: &self.path,
            rule: e.rule,
            pass: e.pass,
            span: e.span.clone(),
            line: e.line,
            col: e.column,
            end: (e.end_line, e.end_column),
            op: match (e.before.as_deref(), e.after.as_deref()) {
                (_, None) => "report",
                (_, Some("")) => "delete",
                (Some(""), _) => "insert",
                _ => "replace",
            },
            before: e.before.as_deref().filter(|_| e.after.is_some()),
            after: e.after.as_deref(),
            reason: &e.reason,
        })
    }

    /// Appends this document's edit log (JSON Lines) to `out`: when its text changed, first the
    /// document line (its decoded `input` and merged changes), then its edits.
    pub fn write_edit_lines(&self, input: &str, out: &mut Vec<u8>) {
        if !self.changes.is_empty() {
            let line = DocumentLine {
                doc: &self.path,
                input,
                changes: &self.changes,
            };
            serde_json::to_writer(&mut *out, &line).expect("document lines serialize");
            out.push(b'\n');
        }
        for line in self.edit_lines() {
            serde_json::to_writer(&mut *out, &line).expect("edit lines serialize");
            out.push(b'\n');
        }
    }

    /// The report of a document that could not be processed.
    pub fn failed(path: impl Into<String>, error: impl std::fmt::Display) -> Self {
        DocReport {
            path: path.into(),
            status: Status::Error,
            error: Some(error.to_string()),
            stats: None,
            edits: Vec::new(),
            changes: Vec::new(),
        }
    }
}

/// One line of `metadata.ndjson`: a document's metadata and every block cut from it (by the
/// HTML, boilerplate and duplicate rules), so the cut text can be recovered or reused downstream.
#[derive(Debug, Serialize)]
pub struct MetadataLine<'a> {
    pub path: &'a str,
    /// A JSONL record's `id` field, verbatim (any JSON value: a number keeps its digits).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'a serde_json::value::RawValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<&'a Metadata>,
    pub removed: Vec<Removed<'a>>,
}

#[derive(Debug, Serialize)]
pub struct Removed<'a> {
    #[serde(serialize_with = "crate::rule::serialize_code")]
    pub rule: &'static Rule,
    pub reason: &'a str,
    pub line: usize,
    pub column: usize,
    pub text: &'a str,
}

impl DocReport {
    /// The `metadata.ndjson` line of this document.
    pub fn metadata_line(&self) -> MetadataLine<'_> {
        let removed = self
            .edits
            .iter()
            .filter(|e| e.cuts_block())
            .map(|e| Removed {
                rule: e.rule,
                reason: &e.reason,
                line: e.line,
                column: e.column,
                text: e.before.as_deref().unwrap_or_default(),
            })
            .collect();
        MetadataLine {
            path: &self.path,
            id: None,
            metadata: self.stats.as_ref().map(|s| &s.metadata),
            removed,
        }
    }
}

/// Per-rule counters.
#[derive(Clone, Debug, Default, Serialize)]
pub struct RuleTotals {
    pub name: &'static str,
    /// Occurrences that changed the text.
    pub edits: usize,
    /// Report-only occurrences.
    pub findings: usize,
    pub documents: usize,
    pub chars_removed: usize,
    pub chars_added: usize,
}

/// Whole-run counters.
#[derive(Clone, Debug, Default, Serialize, serde::Deserialize)]
pub struct Totals {
    pub documents: usize,
    pub failed: usize,
    pub changed: usize,
    /// Edits that changed the text.
    pub edits: usize,
    /// Report-only findings.
    pub findings: usize,
    pub bytes_in: usize,
    pub bytes_out: usize,
    pub chars_in: usize,
    pub chars_out: usize,
}

/// Accumulates per-rule and total counters as documents stream past.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Summary {
    pub rules: BTreeMap<&'static str, RuleTotals>,
    pub totals: Totals,
}

impl Summary {
    pub fn add(&mut self, doc: &DocReport) {
        let t = &mut self.totals;
        t.documents += 1;
        let Some(stats) = &doc.stats else {
            t.failed += 1;
            return;
        };
        let changes = doc.edits.iter().filter(|e| e.changes_text()).count();
        t.edits += changes;
        t.findings += doc.edits.len() - changes;
        t.changed += usize::from(changes > 0);
        t.bytes_in += stats.bytes_in;
        t.bytes_out += stats.bytes_out;
        t.chars_in += stats.chars_in;
        t.chars_out += stats.chars_out;
        let mut seen: Vec<&str> = Vec::new();
        // a pass makes its edits one rule after another: the totals of a rule are looked up
        // once per run of its edits, not once per edit
        for run in doc.edits.chunk_by(|a, b| a.rule.code == b.rule.code) {
            let rule = run[0].rule;
            let r = self.rules.entry(rule.code).or_insert_with(|| RuleTotals {
                name: rule.name,
                ..RuleTotals::default()
            });
            for e in run {
                if e.changes_text() {
                    r.edits += 1;
                } else {
                    r.findings += 1;
                }
                // most edits' texts are a few bytes, which `chars` counts faster than `str`
                if let (Some(before), Some(after)) = (&e.before, &e.after) {
                    r.chars_removed += chars(before.as_bytes());
                    r.chars_added += chars(after.as_bytes());
                }
            }
            if !seen.contains(&rule.code) {
                seen.push(rule.code);
                r.documents += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::pipeline::Pipeline;
    use serde_json::json;

    #[test]
    fn report_locates_edits_in_the_input_and_counts_them() {
        let p = Pipeline::new(Config::default());
        let doc = crate::process(&p, "Dòng một  \r\n\r\n\r\nHà\u{a0}Nội".as_bytes()).unwrap();
        let r = DocReport::new("x.txt", &doc);
        let nbsp = r.edits.iter().find(|e| e.rule.code == "N002").unwrap();
        assert_eq!((nbsp.line, nbsp.column), (4, 3));
        assert_eq!(nbsp.before.as_deref(), Some("\u{a0}"));
        assert!(nbsp.invisible());
        let mut s = Summary::default();
        s.add(&r);
        s.add(&DocReport::failed("y.bin", "binary"));
        assert_eq!(
            (s.totals.documents, s.totals.failed, s.totals.changed),
            (2, 1, 1)
        );
        assert_eq!(s.rules["N006"].chars_removed, 2);
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["rules"]["N002"], 1);
        assert_eq!(json["encoding"], "UTF-8");
        assert!(
            json.get("edits").is_none(),
            "report.json holds counts, not edits"
        );
        let mut log = Vec::new();
        r.write_edit_lines(&doc.cleaned.input, &mut log);
        let mut lines: Vec<serde_json::Value> = log
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_slice(l).unwrap())
            .collect();
        let document = lines.remove(0);
        assert_eq!(document["input"], json!(doc.cleaned.input));
        assert!(!r.changes.is_empty());
        assert_eq!(
            document["changes"],
            serde_json::to_value(&r.changes).unwrap()
        );
        assert_eq!(lines.len(), r.edits.len());
        let nbsp = lines.iter().find(|l| l["rule"] == "N002").unwrap();
        assert_eq!(
            (&nbsp["doc"], &nbsp["line"], &nbsp["col"], &nbsp["op"]),
            (&json!("x.txt"), &json!(4), &json!(3), &json!("replace"))
        );
        assert_eq!(
            (&nbsp["before"], &nbsp["after"]),
            (&json!("\u{a0}"), &json!(" "))
        );
    }

    /// A report taken from a document has the edits of one made from it, and its merged
    /// changes only when asked for; a summary has what report.json and metadata.ndjson read of
    /// them (every count and span, and where each block cut stands), without the merged changes
    /// and the other edits' lines and columns.
    #[test]
    fn a_report_taken_has_the_edits_made_and_the_changes_asked_for() {
        let p = Pipeline::new(Config::default());
        let repeated = "Hà Nội hôm nay trời mưa to suốt cả buổi chiều và tối qua, đường ngập.";
        let text = format!(
            "Dòng  một\u{a0}  \r\nHo\u{300}a ho\u{300}a\r\n\r\n{repeated}\r\n\r\n\
             Hà\u{a0}Nội\n\n{repeated}\n"
        );
        let doc = crate::process(&p, text.as_bytes()).unwrap();
        let made = DocReport::new("x.txt", &doc);
        let edits = |r: &DocReport| {
            let lines: Vec<serde_json::Value> = r
                .edit_lines()
                .map(|l| serde_json::to_value(l).unwrap())
                .collect();
            lines
        };
        assert!(made.edits.len() > 4 && made.changes.len() > 2);
        let mut from = doc.clone();
        let taken = DocReport::taking("x.txt", &mut from, Detail::Changes);
        assert_eq!(edits(&taken), edits(&made));
        assert_eq!(taken.changes, made.changes);
        assert!(from.cleaned.stages.is_empty());

        let mut from = doc.clone();
        let summary = DocReport::taking("x.txt", &mut from, Detail::Summary);
        assert!(summary.changes.is_empty() && from.cleaned.stages.is_empty());
        let json = |r: &DocReport| serde_json::to_value(r).unwrap();
        assert_eq!(json(&summary), json(&made));
        let meta = |r: &DocReport| serde_json::to_value(r.metadata_line()).unwrap();
        assert_eq!(meta(&summary), meta(&made));
        assert!(!made.metadata_line().removed.is_empty(), "a block is cut");
        for (s, m) in summary.edits.iter().zip(&made.edits) {
            assert_eq!(s.span, m.span);
            let position = |e: &EditReport| (e.line, e.column, e.end_line, e.end_column);
            if m.cuts_block() {
                assert_eq!(position(s), position(m));
            } else {
                assert_eq!(position(s), (0, 0, 0, 0));
            }
        }
    }

    #[test]
    fn the_log_reads_back_each_documents_input_changes_and_edits() {
        let p = Pipeline::new(Config::default());
        let mut log = Vec::new();
        let mut docs = Vec::new();
        for (path, text) in [("a.txt", "Hà\u{a0}Nội  \n"), ("b.txt", "Hà Nội.\n")] {
            let doc = crate::process(&p, text.as_bytes()).unwrap();
            let r = DocReport::new(path, &doc);
            r.write_edit_lines(&doc.cleaned.input, &mut log);
            docs.push((r, doc.cleaned.input));
        }
        assert!(!docs[0].0.changes.is_empty() && docs[1].0.changes.is_empty());
        let mut read = EditLog::new(log.as_slice());
        for (r, input) in &docs {
            let back = read.document_of(&r.path).unwrap();
            assert_eq!(back.edits.len(), r.edits.len(), "{}", r.path);
            match back.composed {
                Some((i, changes)) => assert_eq!((&i, &changes), (input, &r.changes)),
                None => assert!(r.changes.is_empty(), "{}", r.path),
            }
        }
        assert!(read.is_done());
        // without its document line (a sach-edits/1 log) the edits still read back, and the
        // document says where they start
        let edits_only: Vec<u8> = log
            .split_inclusive(|&b| b == b'\n')
            .filter(|l| !l.starts_with(b"{\"doc\":\"a.txt\",\"input\""))
            .flatten()
            .copied()
            .collect();
        let back = EditLog::new(edits_only.as_slice())
            .document_of("a.txt")
            .unwrap();
        assert!(back.composed.is_none() && !back.edits.is_empty());
        assert_eq!(back.first_line, 1);
    }
}
