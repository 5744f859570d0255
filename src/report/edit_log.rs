//! The edit log's own records, and the log read back ([`EditLog`]): see the module doc of
//! [`crate::report`] for the format. Writing stays with the report ([`super::EditLine`]); this
//! module holds what only the log has (the document lines) and what reads it.

use std::ops::Range;

use serde::Serialize;

use super::{pair, EditReport};
use crate::rule::Rule;

/// An edit log read back: the lines of one document after another, in the order written.
pub struct EditLog<R: std::io::BufRead> {
    lines: std::io::Lines<R>,
    /// A line read ahead: the first of the next document.
    pending: Option<Read>,
    rules: std::collections::HashMap<&'static str, &'static Rule>,
    passes: std::collections::HashSet<&'static str>,
    number: usize,
}

/// One merged change of a document's input (see [`crate::compose::Change`]), as the edit log
/// keeps it: `edits` are indices into the document's edits (stage order, as in the log).
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct LoggedChange {
    #[serde(serialize_with = "pair", deserialize_with = "range")]
    pub span: Range<usize>,
    pub after: String,
    pub edits: Vec<usize>,
}

/// The document line of the edit log: what `sach diff --from-edits` needs besides the edits.
#[derive(Debug, Serialize)]
pub struct DocumentLine<'a> {
    pub doc: &'a str,
    /// The decoded input document.
    pub input: &'a str,
    pub changes: &'a [LoggedChange],
}

/// A document read back from the log: its edits and, when its text changed and the log is
/// `sach-edits/2`, its input and merged changes.
pub struct LoggedDoc {
    pub edits: Vec<EditReport>,
    pub composed: Option<(String, Vec<LoggedChange>)>,
    /// The log line of its first edit (for error messages).
    pub first_line: usize,
}

/// One line of the log as read: a document line or an edit line.
#[derive(serde::Deserialize)]
#[serde(untagged)]
enum Read {
    Document {
        doc: String,
        input: String,
        changes: Vec<LoggedChange>,
    },
    Edit(ReadLine),
}

impl Read {
    fn doc(&self) -> &str {
        match self {
            Read::Document { doc, .. } => doc,
            Read::Edit(e) => &e.doc,
        }
    }
}

/// One edit line of the log as read.
#[derive(serde::Deserialize)]
struct ReadLine {
    doc: String,
    rule: String,
    pass: String,
    span: (usize, usize),
    line: usize,
    col: usize,
    end: (usize, usize),
    before: Option<String>,
    after: Option<String>,
    reason: String,
}

impl<R: std::io::BufRead> EditLog<R> {
    pub fn new(reader: R) -> Self {
        EditLog {
            lines: reader.lines(),
            pending: None,
            rules: crate::rule::all()
                .into_iter()
                .map(|r| (r.code, r))
                .collect(),
            passes: std::collections::HashSet::new(),
            number: 0,
        }
    }

    /// The next line, parsed; `None` at the end. An error names the line.
    fn next_line(&mut self) -> Result<Option<Read>, String> {
        let Some(line) = self.lines.next() else {
            return Ok(None);
        };
        self.number += 1;
        let at = |e: String| format!("line {}: {e}", self.number);
        let line = line.map_err(|e| at(e.to_string()))?;
        serde_json::from_str(&line)
            .map_err(|_| at("neither an edit nor a document line of sach's edit log".into()))
            .map(Some)
    }

    /// The edits of document `path`, which must come next in the log (documents without edits
    /// have no lines). An error names the line.
    pub fn edits_of(&mut self, path: &str) -> Result<Vec<EditReport>, String> {
        self.document_of(path).map(|d| d.edits)
    }

    /// Everything the log holds about document `path`, which must come next in the log.
    pub fn document_of(&mut self, path: &str) -> Result<LoggedDoc, String> {
        let mut doc = LoggedDoc {
            edits: Vec::new(),
            composed: None,
            // a line read ahead is the document's first
            first_line: self.number + usize::from(self.pending.is_none()),
        };
        loop {
            if self.pending.is_none() {
                self.pending = self.next_line()?;
            }
            let Some(read) = self.pending.take_if(|r| r.doc() == path) else {
                return Ok(doc);
            };
            let at = |e: String| format!("line {}: {e}", self.number);
            let read = match read {
                Read::Document { input, changes, .. } => {
                    doc.composed = Some((input, changes));
                    continue;
                }
                Read::Edit(read) => read,
            };
            let rule = *self
                .rules
                .get(read.rule.as_str())
                .ok_or_else(|| at(format!("unknown rule {}", read.rule)))?;
            // pass names are few: one leaked copy of each gives the report's `&'static str`
            let pass = match self.passes.get(read.pass.as_str()) {
                Some(p) => *p,
                None if self.passes.len() >= MAX_PASSES => {
                    return Err(at(format!("more than {MAX_PASSES} pass names")))
                }
                None => {
                    let p: &'static str = Box::leak(read.pass.into_boxed_str());
                    self.passes.insert(p);
                    p
                }
            };
            doc.edits.push(EditReport {
                rule,
                pass,
                span: read.span.0..read.span.1,
                line: read.line,
                column: read.col,
                end_line: read.end.0,
                end_column: read.end.1,
                before: read.before,
                after: read.after,
                reason: read.reason.into(),
            });
        }
    }

    /// True when every line has been read (or the next one is not an edit line).
    pub fn is_done(&mut self) -> bool {
        if self.pending.is_none() {
            self.pending = self.next_line().ok().flatten();
        }
        self.pending.is_none()
    }
}

/// More distinct pass names than a pipeline has: not an edit log sach wrote.
const MAX_PASSES: usize = 64;

fn range<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Range<usize>, D::Error> {
    let (start, end) = <(usize, usize) as serde::Deserialize>::deserialize(d)?;
    Ok(start..end)
}
