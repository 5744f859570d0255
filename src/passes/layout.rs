//! Line layout: trailing whitespace, runs of blank lines, the final newline.
//!
//! Paragraphs in text dumps are separated by one blank line; scrapers leave runs of blank or
//! whitespace-only lines and trailing spaces behind, and removals by earlier passes leave more.
//! The pipeline runs this pass once after normalization and again last, so the output always
//! has: no trailing whitespace, at most one blank line in a row, none at the start or end, and
//! exactly one final newline (an empty document stays empty). Leading indentation is kept: it
//! can be structure (list bullets).

use crate::edit::Edit;
use crate::pipeline::{Pass, PassContext};
use crate::rule::{Fix, Rule, Severity, Visibility};

pub static TRAILING_WHITESPACE: &Rule = &Rule {
    code: "N006",
    name: "trailing-whitespace",
    severity: Severity::Error,
    fix: Fix::Safe,
    visibility: Visibility::Invisible,
    summary: "whitespace at the end of a line, removed",
    doc:
        "What it does: removes spaces and tabs at the end of each line; a line of only whitespace \
becomes empty.\n\n\
Why: invisible, meaningless, and it makes equal lines compare unequal.\n\n\
Example: `Hà Nội.  ` → `Hà Nội.`",
};

pub static BLANK_LINES: &Rule = &Rule {
    code: "N007",
    name: "blank-lines",
    severity: Severity::Error,
    fix: Fix::Safe,
    visibility: Visibility::Visible,
    summary: "run of blank lines collapsed to one, or blank lines at the start or end removed",
    doc: "What it does: keeps one blank line between paragraphs and none at the start or the end \
of the document.\n\n\
Why: one blank line is the paragraph separator of text dumps; more carries no information and \
confuses paragraph-level tools.\n\n\
Example: `Đoạn một.\\n\\n\\n\\nĐoạn hai.` → `Đoạn một.\\n\\nĐoạn hai.`",
};

pub static FINAL_NEWLINE: &Rule = &Rule {
    code: "N008",
    name: "final-newline",
    severity: Severity::Warning,
    fix: Fix::Safe,
    visibility: Visibility::Invisible,
    summary: "missing newline at the end of the document, added",
    doc: "What it does: ends a non-empty document with exactly one line feed.\n\n\
Why: POSIX text files end with a newline; concatenating files without one glues the last line \
of one document to the first of the next.\n\n\
Example: `…hợp tác.` (no LF) → `…hợp tác.\\n`",
};

pub static RULES: &[&Rule] = &[TRAILING_WHITESPACE, BLANK_LINES, FINAL_NEWLINE];

pub struct Layout;

impl Pass for Layout {
    fn name(&self) -> &'static str {
        "layout"
    }

    fn rules(&self) -> &'static [&'static Rule] {
        RULES
    }

    fn run(&self, text: &str, cx: &mut PassContext<'_>) -> Vec<Edit> {
        let edits = self.edits(text, cx.enabled(BLANK_LINES));
        edits.into_iter().filter(|e| cx.enabled(e.rule)).collect()
    }
}

impl Layout {
    /// The edits of every rule; `blank_lines` says whether N007 acts, since its end-of-document
    /// edit replaces the N006 edits it covers (with N007 off, they stay).
    fn edits(&self, text: &str, blank_lines: bool) -> Vec<Edit> {
        let mut edits = Vec::new();
        // (start of the blank run, start of its second line) while inside a run of blank lines
        let mut blank_run: Option<(usize, Option<usize>)> = None;
        let mut seen_content = false;
        let mut line_start = 0;
        while line_start < text.len() {
            let newline =
                memchr::memchr(b'\n', &text.as_bytes()[line_start..]).map(|n| line_start + n);
            let line_end = newline.unwrap_or(text.len());
            let content_end = line_start + text[line_start..line_end].trim_end().len();
            let next = newline.map_or(text.len(), |n| n + 1);
            if content_end == line_start {
                match &mut blank_run {
                    None => blank_run = Some((line_start, None)),
                    Some((_, second @ None)) => *second = Some(line_start),
                    Some(_) => {}
                }
                if seen_content
                    && line_end > line_start
                    && blank_run.is_some_and(|(_, s)| s.is_none())
                {
                    edits.push(Edit::delete(
                        TRAILING_WHITESPACE,
                        line_start..line_end,
                        "whitespace-only line",
                    ));
                }
            } else {
                match blank_run.take() {
                    Some((first, _)) if !seen_content => {
                        edits.push(Edit::delete(
                            BLANK_LINES,
                            first..line_start,
                            "blank lines at the start",
                        ));
                    }
                    Some((_, Some(second))) => {
                        edits.push(Edit::delete(
                            BLANK_LINES,
                            second..line_start,
                            "run of blank lines",
                        ));
                    }
                    _ => {}
                }
                seen_content = true;
                if content_end < line_end {
                    edits.push(Edit::delete(
                        TRAILING_WHITESPACE,
                        content_end..line_end,
                        "trailing whitespace",
                    ));
                }
            }
            line_start = next;
        }
        if let (Some((first, _)), true) = (blank_run, blank_lines) {
            // Blank lines at the end: drop them, including the whitespace-only-line edit made for
            // the first of them, keeping only the newline that ends the last content line.
            edits.retain(|e| e.span.start < first);
            let from = if seen_content { first } else { 0 };
            edits.push(Edit::delete(
                BLANK_LINES,
                from..text.len(),
                if seen_content {
                    "blank lines at the end"
                } else {
                    "document is blank"
                },
            ));
        } else if blank_run.is_none() && seen_content && !text.ends_with('\n') {
            edits.push(Edit::replace(
                FINAL_NEWLINE,
                text.len()..text.len(),
                "\n",
                "no newline at end of document",
            ));
        }
        edits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::pipeline::{Metadata, Pipeline};

    fn clean(text: &str) -> String {
        Pipeline::with_passes(Config::default(), vec![Box::new(Layout)])
            .run(text.into(), Metadata::default())
            .unwrap()
            .text
    }

    #[test]
    fn with_blank_lines_off_trailing_whitespace_still_goes() {
        let mut config = Config::default();
        config.rules.ignore.push("N007".into());
        let c = Pipeline::with_passes(config, vec![Box::new(Layout)])
            .run("a\n  \n\n".into(), Metadata::default())
            .unwrap();
        assert_eq!(
            c.text, "a\n\n\n",
            "the whitespace-only line is emptied, blank lines stay"
        );
    }

    #[test]
    fn layout_cases() {
        let cases = [
            ("a", "a\n"),
            ("a\n", "a\n"),
            ("a  \n\t\nb \t", "a\n\nb\n"),
            ("\n\n  \na\n\n\n\n b\n\n \n", "a\n\n b\n"),
            ("a\n \n \n \nb\n", "a\n\nb\n"),
            ("", ""),
            (" \n\n", ""),
            ("  • bullet  \n  • two\n", "  • bullet\n  • two\n"),
        ];
        for (input, want) in cases {
            assert_eq!(clean(input), want, "input {input:?}");
            assert_eq!(clean(want), want, "idempotent on {want:?}");
        }
    }
}
