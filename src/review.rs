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

use std::fmt::Write;

use crate::compose::{compose, Change, LineIndex};
use crate::rule::Visibility;
use crate::Processed;

/// Characters of unchanged text kept on each side of a change.
const CONTEXT: usize = 60;

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const DIM: &str = "\x1b[2m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

/// Renders the diff of one document. With `color`, ANSI colours are added around the markers
/// (the plain markers stay, so the output reads the same without colour).
pub fn render(name: &str, doc: &Processed, color: bool) -> String {
    let paint = |code: &str, s: &str| {
        if color {
            format!("{code}{s}{RESET}")
        } else {
            s.to_string()
        }
    };
    let c = &doc.cleaned;
    let input = c.input.as_str();
    let changes = compose(c).changes;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        paint(
            BOLD,
            &format!(
                "── {name} ({} changes, {} → {} chars)",
                changes.len(),
                input.chars().count(),
                c.text.chars().count()
            )
        )
    );
    if changes.is_empty() {
        return out;
    }
    let lines = LineIndex::new(input);
    let bounds: Vec<usize> = changes
        .iter()
        .flat_map(|ch| [ch.span.start, ch.span.end])
        .collect();
    let positions = lines.locate_all(input, &bounds);
    let mut last_line = 0;
    for (i, ch) in changes.iter().enumerate() {
        let (line, _) = positions[2 * i];
        let (end_line, _) = positions[2 * i + 1];
        if line > last_line + 1 {
            let _ = writeln!(
                out,
                "{}",
                paint(
                    DIM,
                    &format!("   … {} unchanged lines …", line - last_line - 1)
                )
            );
        }
        let before = context_before(input, ch.span.start);
        let after = context_after(input, ch.span.end);
        let removed = &input[ch.span.clone()];
        let mut hunk = String::new();
        if !removed.is_empty() {
            hunk.push_str(&paint(RED, &format!("[-{}-]", reveal(removed))));
        }
        if !ch.replacement.is_empty() {
            hunk.push_str(&paint(GREEN, &format!("{{+{}+}}", reveal(&ch.replacement))));
        }
        let _ = writeln!(out, "{line:>5} │ {before}{hunk}{after}");
        for note in notes(doc, ch) {
            let _ = writeln!(out, "      │   {}", paint(DIM, &note));
        }
        last_line = end_line;
    }
    out
}

/// Why: one line per contributing rule (the same rule and reason only once).
fn notes(doc: &Processed, ch: &Change) -> Vec<String> {
    let mut notes: Vec<String> = Vec::new();
    let invisible = ch.edits.iter().all(|id| {
        doc.cleaned.stages[id.stage].edits[id.index].rule.visibility == Visibility::Invisible
    });
    for id in &ch.edits {
        let e = &doc.cleaned.stages[id.stage].edits[id.index];
        let note = format!("↳ {} {}: {}", e.rule.code, e.rule.name, e.reason);
        if !notes.contains(&note) {
            notes.push(note);
        }
    }
    if invisible {
        notes.push("↳ (invisible change: looks the same on screen)".into());
    }
    notes
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
        let text = format!("{long}Hà\u{a0}Nội. {long}\n");
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
    fn colour_is_only_added_on_request() {
        let p = Pipeline::new(Config::default());
        let doc = crate::process(&p, "Hà\u{a0}Nội\n".as_bytes()).unwrap();
        assert!(!render("d", &doc, false).contains('\x1b'));
        assert!(render("d", &doc, true).contains("\x1b[31m[-"));
    }
}
