//! `sach diff`: what cleaning changed in a document, for a person, from the edit records.
//!
//! The diff is not recomputed: [`crate::compose`] already knows every change, its exact span in
//! the input and the rules that made it. Each hunk shows the changed region inline —
//! `[-removed-]{+added+}` (in red and green on a terminal) — with at most 60 characters of
//! unchanged context on each side, because scraped paragraphs are single lines of thousands of
//! characters and a line diff would print them whole. Unchanged lines between hunks are
//! collapsed. Under each hunk, every rule that contributed says why. Changes that look the same
//! on screen (NFC, no-break spaces, zero-width characters) are labelled, and invisible
//! characters are drawn as `⟨U+00A0⟩`, never shown as an empty change.
//!
//! A diff is drawn from a [`Source`]: the input, the merged changes and the edits — taken from a
//! processed document, or read back from the edit log (`sach diff --from-edits`), so both print
//! the same bytes.

pub mod words;

use std::fmt::Write;

use crate::compose::LineIndex;
use crate::report::{DocReport, EditReport, LoggedChange};
use crate::rule::Visibility;
use crate::Processed;

/// Characters of unchanged text kept on each side of a change.
const CONTEXT: usize = 60;

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const DIM: &str = "\x1b[2m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

/// What a diff is drawn from: a processed document, or the same read back from the edit log.
pub struct Source<'a> {
    /// The decoded input document.
    pub input: &'a str,
    /// Characters of the input (read back from `report.json` when the log has no `input`: a
    /// document without changes) and of the clean text.
    pub chars_in: usize,
    pub chars_out: usize,
    /// The merged changes of the input, in input order.
    pub changes: &'a [LoggedChange],
    /// Every edit, in stage order (what `changes` index).
    pub edits: &'a [EditReport],
}

impl<'a> Source<'a> {
    /// The source of a processed document: its decoded `input` and its report.
    pub fn of(input: &'a str, report: &'a DocReport) -> Self {
        let (chars_in, chars_out) = report
            .stats
            .as_ref()
            .map_or((0, 0), |s| (s.chars_in, s.chars_out));
        Source {
            input,
            chars_in,
            chars_out,
            changes: &report.changes,
            edits: &report.edits,
        }
    }
}

/// Renders the diff of one document. With `color`, ANSI colours are added around the markers
/// (the plain markers stay, so the output reads the same without colour).
pub fn render(name: &str, doc: &Processed, color: bool) -> String {
    let report = DocReport::new(name, doc);
    render_source(name, &Source::of(&doc.cleaned.input, &report), color)
}

/// Renders the diff of one document from its [`Source`].
pub fn render_source(name: &str, doc: &Source, color: bool) -> String {
    let paint = |code: &str, s: &str| {
        if color {
            format!("{code}{s}{RESET}")
        } else {
            s.to_string()
        }
    };
    let input = doc.input;
    let changes = doc.changes;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        paint(
            BOLD,
            &format!(
                "── {name} ({}, {} → {} chars)",
                count(changes.len(), "change"),
                doc.chars_in,
                doc.chars_out
            )
        )
    );
    // Decoding findings: bytes that could not be read as they were (E001…) changed the text
    // before any pass saw it, so a diff that left them out would hide a change.
    for e in doc.edits.iter().filter(|e| e.pass == "decode") {
        let note = format!("↳ {} {}: {}", e.rule.code, e.rule.name, e.reason);
        let _ = writeln!(out, "decode │   {}", paint(DIM, &note));
    }
    if changes.is_empty() {
        return out;
    }
    let lines = LineIndex::new(input);
    let bounds: Vec<usize> = changes
        .iter()
        .flat_map(|ch| [ch.span.start, ch.span.end])
        .collect();
    let positions = lines.locate_all(input, &bounds);
    let removed_piece = |s: &str| paint(RED, &format!("[-{}-]", reveal(s)));
    let added_piece = |s: &str| paint(GREEN, &format!("{{+{}+}}", reveal(s)));
    let mut last_line = 0;
    let mut i = 0;
    while i < changes.len() {
        // One hunk: this change and the following ones on the same line within CONTEXT chars,
        // so a paragraph with twenty NFC fixes is one line, not twenty copies of it.
        let mut j = i + 1;
        while j < changes.len() && close(input, changes[j - 1].span.end, changes[j].span.start) {
            j += 1;
        }
        let (line, _) = positions[2 * i];
        let (end_line, _) = positions[2 * (j - 1) + 1];
        if line > last_line + 1 {
            let _ = writeln!(
                out,
                "{}",
                paint(
                    DIM,
                    &format!("   … {} …", count(line - last_line - 1, "unchanged line"))
                )
            );
        }
        let mut hunk = context_before(input, changes[i].span.start);
        let mut notes_of_hunk = Notes::default();
        for (k, ch) in changes[i..j].iter().enumerate() {
            if k > 0 {
                hunk.push_str(&reveal(&input[changes[i + k - 1].span.end..ch.span.start]));
            }
            let removed = &input[ch.span.clone()];
            if let Some(pieces) = words::refine(removed, &ch.after) {
                for p in pieces {
                    match p {
                        words::Piece::Same(s) => hunk.push_str(&reveal(&s)),
                        words::Piece::Removed(s) => hunk.push_str(&removed_piece(&s)),
                        words::Piece::Added(s) => hunk.push_str(&added_piece(&s)),
                    }
                }
            } else {
                if !removed.is_empty() {
                    hunk.push_str(&removed_piece(removed));
                }
                if !ch.after.is_empty() {
                    hunk.push_str(&added_piece(&ch.after));
                }
            }
            for (heading, detail) in notes(doc, ch) {
                notes_of_hunk.add(heading, detail);
            }
        }
        hunk.push_str(&context_after(input, changes[j - 1].span.end));
        let _ = writeln!(out, "{line:>5} │ {hunk}");
        for note in notes_of_hunk.lines() {
            let _ = writeln!(out, "      │   {}", paint(DIM, &note));
        }
        last_line = end_line;
        i = j;
    }
    out
}

/// `n` and the noun, plural unless `n` is 1: "1 warning", "2 warnings", "0 documents".
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Why: one `(heading, detail)` per contributing edit (heading `↳ CODE name`, detail its
/// reason), then the label of a change that is hard to see.
fn notes(doc: &Source, ch: &LoggedChange) -> Vec<(String, String)> {
    let mut notes = Vec::new();
    let invisible = ch
        .edits
        .iter()
        .all(|&i| doc.edits[i].rule.visibility == Visibility::Invisible);
    for &i in &ch.edits {
        let e = &doc.edits[i];
        notes.push((
            format!("↳ {} {}", e.rule.code, e.rule.name),
            e.reason.to_string(),
        ));
    }
    let removed = &doc.input[ch.span.clone()];
    let label = match words::label(removed, &ch.after) {
        Some(label) => Some(format!("↳ ({label})")),
        None if invisible => Some("↳ (invisible change: looks the same on screen)".into()),
        None => None,
    };
    notes.extend(label.map(|l| (l, String::new())));
    notes
}

/// A hunk's notes, one line per rule (or label), counted: twenty NFC fixes in a paragraph
/// read as `↳ N001 nfc (×20), e.g.: …`. Rules come in order of appearance, labels last.
#[derive(Default)]
struct Notes(Vec<(String, String, usize, bool)>);

impl Notes {
    fn add(&mut self, heading: String, detail: String) {
        match self.0.iter_mut().find(|n| n.0 == heading) {
            Some(n) => {
                n.2 += 1;
                n.3 |= n.1 != detail;
            }
            None => self.0.push((heading, detail, 1, false)),
        }
    }

    fn lines(mut self) -> Vec<String> {
        self.0.sort_by_key(|n| n.0.starts_with("↳ ("));
        self.0
            .into_iter()
            .map(|(heading, detail, count, varies)| {
                let count = if count > 1 {
                    format!(" (×{count})")
                } else {
                    String::new()
                };
                match (detail.is_empty(), varies) {
                    (true, _) => format!("{heading}{count}"),
                    (false, false) => format!("{heading}{count}: {detail}"),
                    (false, true) => format!("{heading}{count}, e.g.: {detail}"),
                }
            })
            .collect()
    }
}

/// True when two changes belong in one hunk: the text between them is on one line and no
/// longer than CONTEXT characters.
fn close(input: &str, end: usize, start: usize) -> bool {
    let gap = &input[end..start];
    !gap.contains('\n') && gap.chars().count() <= CONTEXT
}

/// Up to CONTEXT characters before `at`, on the same line.
fn context_before(text: &str, at: usize) -> String {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let chars: Vec<char> = text[line_start..at].chars().collect();
    let skip = chars.len().saturating_sub(CONTEXT);
    let mut s: String = if skip > 0 {
        "…".into()
    } else {
        String::new()
    };
    s.extend(&chars[skip..]);
    s
}

/// Up to CONTEXT characters after `at`, on the same line.
fn context_after(text: &str, at: usize) -> String {
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let mut s: String = text[at..line_end].chars().take(CONTEXT).collect();
    if text[at..line_end].chars().count() > CONTEXT {
        s.push('…');
    }
    s
}

/// Draws characters that would otherwise be invisible or ambiguous in a diff.
pub fn reveal(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' => out.push_str("⏎\n        "),
            '\t' => out.push('⇥'),
            ' ' => out.push(' '),
            c if c.is_whitespace() || c.is_control() || is_format(c) || is_combining(c) => {
                let _ = write!(out, "⟨U+{:04X}⟩", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

fn is_format(c: char) -> bool {
    matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{180E}')
}

/// Combining marks: a decomposed letter is drawn with its marks spelled out, so an NFC change
/// shows what changed.
fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::pipeline::Pipeline;

    fn diff(text: &str) -> String {
        let p = Pipeline::new(Config::default());
        render(
            "doc.txt",
            &crate::process(&p, text.as_bytes()).unwrap(),
            false,
        )
    }

    #[test]
    fn long_lines_are_windowed_and_invisible_changes_labelled() {
        let long: String = (0..40)
            .map(|i| format!("Câu số {i} nói về hợp tác kinh tế giữa hai nước. "))
            .collect();
        let tail: String = (0..40)
            .map(|i| format!("Phần {i} bàn về giáo dục, y tế và giao thông đô thị. "))
            .collect();
        let text = format!("{long}Hà\u{a0}Nội. {tail}\n");
        let d = diff(&text);
        let line = d.lines().find(|l| l.contains("[-")).unwrap();
        assert!(line.chars().count() < 200, "windowed: {line}");
        assert!(line.contains("Hà[-⟨U+00A0⟩-]{+ +}Nội"), "{line}");
        assert!(
            d.contains("N002 odd-space") && d.contains("invisible change"),
            "{d}"
        );
    }

    #[test]
    fn removals_name_their_rule_and_unchanged_lines_collapse() {
        let body = "Thủ tướng đã tiếp Bộ trưởng và hai bên trao đổi về hợp tác trong nhiều lĩnh vực quan trọng.";
        let text = format!("{body}\n\n{body}\n\nĐoạn kết của bài viết nói về kế hoạch năm tới.\n\nĐoạn kết khác.\n\nĐoạn kết thứ ba.\n\nLine cuối có khoảng trắng  \n");
        let d = diff(&text);
        assert!(d.contains("D002 repeated-paragraph"), "{d}");
        assert!(d.contains("unchanged lines"), "{d}");
        let nfd: String = unicode_normalization::UnicodeNormalization::nfd("Việt").collect();
        assert!(diff(&format!("{nfd} Nam\n")).contains("[-Vie⟨U+0323⟩⟨U+0302⟩t-]{+Việt+}"));
    }

    #[test]
    fn counts_agree_with_their_nouns() {
        assert_eq!(count(1, "warning"), "1 warning");
        assert_eq!(count(0, "warning"), "0 warnings");
        assert_eq!(count(2, "unchanged line"), "2 unchanged lines");
        // prose, so that the body zone (B015) keeps every line and only N006 changes them
        let first =
            "Thủ tướng đã tiếp Bộ trưởng và hai bên trao đổi về hợp tác trong nhiều lĩnh vực.";
        let middle =
            "Hai bên nhất trí tăng cường hợp tác kinh tế, giáo dục và văn hóa trong thời gian tới.";
        let last = "Hai nước sẽ ký kết nhiều thỏa thuận quan trọng trong chuyến thăm lần này.";
        let d = diff(&format!("{first}  \n\n{middle}\n\n{last}  \n"));
        assert!(
            d.contains("(2 changes,") && d.contains("3 unchanged lines"),
            "{d}"
        );
        assert!(diff(&format!("{first}  \n")).contains("(1 change,"));
    }

    #[test]
    fn decoding_findings_are_shown() {
        let p = Pipeline::new(Config::default());
        let bytes = b"Xin ch\xc3\xa0o c\xc3\xa1c b\xe1\xba\xa1n, \xff ng\xc6\xb0\xe1\xbb\x9di Vi\xe1\xbb\x87t Nam \
r\xe1\xba\xa5t vui \xc4\x91\xc6\xb0\xe1\xbb\xa3c g\xe1\xba\xb7p l\xe1\xba\xa1i c\xc3\xa1c b\xe1\xba\xa1n.\n";
        let doc = crate::process(&p, bytes).unwrap();
        assert!(
            doc.cleaned.edits().any(|e| e.rule.code == "E001"),
            "fixture has E001"
        );
        let d = render("x.txt", &doc, false);
        assert!(d.contains("decode │   ↳ E001"), "{d}");
    }

    #[test]
    fn nearby_changes_share_one_hunk_with_counted_notes() {
        let nfd =
            |s: &str| -> String { unicode_normalization::UnicodeNormalization::nfd(s).collect() };
        let text = format!(
            "Ông ấy nói {} {} và {} rất nhiều điều.\n",
            nfd("Việt"),
            nfd("Nam"),
            nfd("Hà Nội")
        );
        let d = diff(&text);
        let hunks = d.lines().filter(|l| l.contains("[-")).count();
        assert_eq!(hunks, 1, "{d}");
        assert!(d.contains("N001 nfc (×"), "{d}");
        assert!(
            d.contains("invisible change: same text once composed (NFC)"),
            "{d}"
        );
        let tone = diff("Ông ấy nói hoà bình và thuỷ lợi.\n");
        assert!(
            tone.contains("[-hoà-]{+hòa+}") && tone.contains("tone mark moved"),
            "{tone}"
        );
    }

    #[test]
    fn colour_is_only_added_on_request() {
        let p = Pipeline::new(Config::default());
        let doc = crate::process(&p, "Hà\u{a0}Nội\n".as_bytes()).unwrap();
        assert!(!render("d", &doc, false).contains('\x1b'));
        assert!(render("d", &doc, true).contains("\x1b[31m[-"));
    }
}
