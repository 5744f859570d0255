//! `sach check` output: the report's edits rendered as linter findings, in one of several formats.
//!
//! Every format reads the same [`DocReport`] records (one model, many renderers, as in ruff and
//! typos), so the concise line, the GitHub annotation and the SARIF result for a finding always
//! agree. Positions are 1-based; columns count Unicode code points (SARIF `columnKind`
//! `unicodeCodePoints`).

use std::io::{self, Write};

use serde_json::{json, Value};

use crate::report::{DocReport, EditReport};
use crate::rule::{self, Fix, Severity};

/// How findings are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `path:line:col: CODE message`
    Concise,
    /// Concise plus the source line with the span underlined and the fix.
    Full,
    /// A JSON array of findings.
    Json,
    /// GitHub Actions workflow commands (annotations on the pull request).
    Github,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s {
            "concise" => Format::Concise,
            "full" => Format::Full,
            "json" => Format::Json,
            "github" => Format::Github,
            "sarif" => Format::Sarif,
            _ => {
                return Err(format!(
                    "unknown format `{s}` (concise, full, json, github, sarif)"
                ))
            }
        })
    }
}

/// The findings of a document that `check` shows — everything but informational notes — in
/// reading order.
pub fn shown(doc: &DocReport) -> impl Iterator<Item = &EditReport> {
    let mut shown: Vec<&EditReport> = doc
        .edits
        .iter()
        .filter(|e| e.severity() > Severity::Info)
        .collect();
    shown.sort_by_key(|e| (e.line, e.column, e.rule.code));
    shown.into_iter()
}

/// The message of a finding: what the rule found, why here, and what the fix does.
pub fn message(e: &EditReport) -> String {
    let fix = match (&e.after, e.rule.fix) {
        (None, _) | (_, Fix::ReportOnly) => String::new(),
        (Some(after), fix) if after.is_empty() => format!(" [fix: remove{}]", safety(fix)),
        (Some(after), fix) => format!(" [fix: replace with {}{}]", visible(after), safety(fix)),
    };
    format!("{}: {}{fix}", e.rule.summary, e.reason)
}

fn safety(fix: Fix) -> &'static str {
    if fix == Fix::Unsafe {
        ", unsafe"
    } else {
        ""
    }
}

/// Makes invisible characters visible in messages.
fn visible(s: &str) -> String {
    let shown: String = s
        .chars()
        .take(40)
        .map(|c| match c {
            '\n' => '⏎',
            ' ' => '␣',
            c => c,
        })
        .collect();
    format!("`{shown}{}`", if s.chars().count() > 40 { "…" } else { "" })
}

/// Writes one document's findings in a line-oriented format (concise, full, github).
pub fn write_doc(
    format: Format,
    doc: &DocReport,
    source: Option<&str>,
    out: &mut dyn Write,
) -> io::Result<()> {
    if let Some(error) = &doc.error {
        return match format {
            Format::Github => {
                writeln!(out, "::error file={}::{}", property(&doc.path), data(error))
            }
            _ => writeln!(out, "{}: error: {error}", doc.path),
        };
    }
    for e in shown(doc) {
        match format {
            Format::Concise => writeln!(
                out,
                "{}:{}:{}: {} {}",
                doc.path,
                e.line,
                e.column,
                e.rule.code,
                message(e)
            )?,
            Format::Full => full(doc, e, source, out)?,
            Format::Github => {
                let level = if e.severity() == Severity::Error {
                    "error"
                } else {
                    "warning"
                };
                writeln!(
                    out,
                    "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                    property(&doc.path),
                    e.line,
                    e.column,
                    e.end_line,
                    e.end_column,
                    property(&format!("sach ({})", e.rule.code)),
                    data(&message(e))
                )?;
            }
            Format::Json | Format::Sarif => unreachable!("batch formats are written by write_all"),
        }
    }
    Ok(())
}

/// rustc-style: the finding, its location, the line (a window of it for long lines) underlined.
fn full(
    doc: &DocReport,
    e: &EditReport,
    source: Option<&str>,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(
        out,
        "{}: {} {}",
        severity(e.severity()),
        e.rule.code,
        message(e)
    )?;
    writeln!(out, "  --> {}:{}:{}", doc.path, e.line, e.column)?;
    if let Some(line) = source.and_then(|s| s.lines().nth(e.line - 1)) {
        let chars: Vec<char> = line.chars().collect();
        let start = e.column - 1;
        let end = if e.end_line == e.line {
            (e.end_column - 1).max(start + 1)
        } else {
            chars.len().max(start + 1)
        };
        let from = start.saturating_sub(40);
        let to = (end + 40).min(chars.len());
        let prefix = if from > 0 { "…" } else { "" };
        let shown: String = chars[from..to].iter().collect();
        let suffix = if to < chars.len() { "…" } else { "" };
        let width = e.line.to_string().len();
        writeln!(out, "{:width$} |", "")?;
        writeln!(out, "{} | {prefix}{shown}{suffix}", e.line)?;
        let pad = prefix.chars().count() + start - from;
        writeln!(
            out,
            "{:width$} | {}{}",
            "",
            " ".repeat(pad),
            "^".repeat((end.min(to) - start).max(1))
        )?;
    }
    writeln!(
        out,
        "  = rule: {} ({}); see `sach rule {}`\n",
        e.rule.name, e.pass, e.rule.code
    )
}

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

/// GitHub workflow-command escaping of the message (actions/toolkit `escapeData`).
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// … and of property values (`escapeProperty`).
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

/// The json and sarif formats, streamed: one document's findings at a time, so `check` on a
/// corpus never holds more than a batch. The bytes are those of the whole value pretty-printed
/// at once (the array's elements indented to their depth).
pub struct Stream {
    /// Indentation of the array elements.
    indent: String,
    /// What follows the last element (closing the array and the enclosing value).
    tail: String,
    first: bool,
}

impl Stream {
    /// Writes the start of the value, up to the opening of the findings array.
    pub fn begin(format: Format, out: &mut dyn Write) -> io::Result<Self> {
        let skeleton = match format {
            Format::Json => Value::Array(Vec::new()),
            Format::Sarif => sarif_skeleton(),
            _ => unreachable!("line formats are written by write_doc"),
        };
        let text = serde_json::to_string_pretty(&skeleton).expect("findings serialize");
        let at = text.rfind("[]").expect("an empty findings array");
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let depth = text[line_start..].len() - text[line_start..].trim_start().len();
        out.write_all(&text.as_bytes()[..=at])?;
        Ok(Stream {
            indent: " ".repeat(depth + 2),
            tail: format!("{}\n", &text[at + 1..]),
            first: true,
        })
    }

    /// Appends one document's findings.
    pub fn doc(&mut self, format: Format, doc: &DocReport, out: &mut dyn Write) -> io::Result<()> {
        for e in shown(doc) {
            let value = match format {
                Format::Sarif => sarif_result(doc, e),
                _ => json_finding(doc, e),
            };
            let text = serde_json::to_string_pretty(&value).expect("findings serialize");
            out.write_all(if self.first { b"\n" } else { b",\n" })?;
            self.first = false;
            for (i, line) in text.lines().enumerate() {
                if i > 0 {
                    out.write_all(b"\n")?;
                }
                write!(out, "{}{line}", self.indent)?;
            }
        }
        Ok(())
    }

    /// Closes the array and the value.
    pub fn end(self, out: &mut dyn Write) -> io::Result<()> {
        if !self.first {
            write!(out, "\n{}", &self.indent[2..])?;
        }
        out.write_all(self.tail.as_bytes())
    }
}

fn json_finding(doc: &DocReport, e: &EditReport) -> Value {
    json!({
        "code": e.rule.code,
        "name": e.rule.name,
        "severity": e.severity(),
        "message": message(e),
        "filename": doc.path,
        "location": {"row": e.line, "column": e.column, "offset": e.span.start},
        "end_location": {"row": e.end_line, "column": e.end_column, "offset": e.span.end},
        "fix": e.after.as_ref().map(|after| json!({
            "applicability": e.rule.fix,
            "edits": [{"content": after, "location": {"row": e.line, "column": e.column},
                       "end_location": {"row": e.end_line, "column": e.end_column}}],
        })),
    })
}

/// The SARIF log with no results yet.
fn sarif_skeleton() -> Value {
    let rules: Vec<Value> = rule::all()
        .into_iter()
        .map(|r| {
            json!({
                "id": r.code,
                "name": r.name,
                "shortDescription": {"text": r.summary},
                "fullDescription": {"text": r.doc},
                "help": {"text": r.doc},
                "defaultConfiguration": {"level": level(r.severity)},
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "sach", "version": env!("CARGO_PKG_VERSION"), "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": [],
        }],
    })
}

fn sarif_result(d: &DocReport, e: &EditReport) -> Value {
    let region = json!({"startLine": e.line, "startColumn": e.column, "endLine": e.end_line, "endColumn": e.end_column});
    let mut result = json!({
        "ruleId": e.rule.code,
        "level": level(e.severity()),
        "message": {"text": message(e)},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": d.path}, "region": region}}],
    });
    if let Some(after) = &e.after {
        result["fixes"] = json!([{
            "description": {"text": e.reason},
            "artifactChanges": [{"artifactLocation": {"uri": d.path},
                "replacements": [{"deletedRegion": region, "insertedContent": {"text": after}}]}],
        }]);
    }
    result
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_escaping_follows_the_toolkit() {
        assert_eq!(data("50%\r\nx"), "50%25%0D%0Ax");
        assert_eq!(property("a:b,c%"), "a%3Ab%2Cc%25");
    }

    #[test]
    fn streamed_json_is_the_value_pretty_printed() {
        let p = crate::pipeline::Pipeline::new(crate::config::Config::default());
        let docs: Vec<DocReport> = ["Hà\u{a0}Nội  \n", "Sạch.\n", "Một\u{a0}hai\u{a0}ba\n"]
            .iter()
            .map(|t| DocReport::new("d.txt", &crate::process(&p, t.as_bytes()).unwrap()))
            .collect();
        for format in [Format::Json, Format::Sarif] {
            for docs in [&docs[..], &docs[1..2]] {
                let mut streamed = Vec::new();
                let mut stream = Stream::begin(format, &mut streamed).unwrap();
                for d in docs {
                    stream.doc(format, d, &mut streamed).unwrap();
                }
                stream.end(&mut streamed).unwrap();
                let findings: Vec<Value> = docs
                    .iter()
                    .flat_map(|d| {
                        shown(d).map(move |e| match format {
                            Format::Sarif => sarif_result(d, e),
                            _ => json_finding(d, e),
                        })
                    })
                    .collect();
                let whole = match format {
                    Format::Sarif => {
                        let mut v = sarif_skeleton();
                        v["runs"][0]["results"] = Value::Array(findings);
                        v
                    }
                    _ => Value::Array(findings),
                };
                let expected = serde_json::to_string_pretty(&whole).unwrap() + "\n";
                assert_eq!(String::from_utf8(streamed).unwrap(), expected);
            }
        }
    }

    #[test]
    fn every_format_renders_a_real_document() {
        let p = crate::pipeline::Pipeline::new(crate::config::Config::default());
        let text = "Tiêu đề bài viết\n\nHà\u{a0}Nội đón mùa thu với nhiều hoạt động văn hóa.\n";
        let doc = DocReport::new("a:b.txt", &crate::process(&p, text.as_bytes()).unwrap());
        let mut concise = Vec::new();
        write_doc(Format::Concise, &doc, Some(text), &mut concise).unwrap();
        let concise = String::from_utf8(concise).unwrap();
        assert!(concise.starts_with("a:b.txt:3:3: N002 "), "{concise}");
        let mut github = Vec::new();
        write_doc(Format::Github, &doc, Some(text), &mut github).unwrap();
        let github = String::from_utf8(github).unwrap();
        assert!(
            github.starts_with(
                "::error file=a%3Ab.txt,line=3,col=3,endLine=3,endColumn=4,title=sach (N002)::"
            ),
            "{github}"
        );
        let mut full = Vec::new();
        write_doc(Format::Full, &doc, Some(text), &mut full).unwrap();
        assert!(String::from_utf8(full).unwrap().contains("3 | Hà\u{a0}Nội"));
        let mut sarif = Vec::new();
        let mut stream = Stream::begin(Format::Sarif, &mut sarif).unwrap();
        stream.doc(Format::Sarif, &doc, &mut sarif).unwrap();
        stream.end(&mut sarif).unwrap();
        let v: Value = serde_json::from_slice(&sarif).unwrap();
        assert_eq!(v["version"], "2.1.0");
        assert_eq!(v["runs"][0]["results"][0]["ruleId"], "N002");
        assert_eq!(
            v["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startColumn"],
            3
        );
    }
}
