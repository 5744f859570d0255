//! A dumper's link targets: `text [https://…]` after each link's text.
//!
//! Some dumpers write where every link points right after its text, in brackets: npm
//! `html-to-text` with its defaults (`…2025 Survey [https://tastewise.io/survey/…], energy and
//! focus…`, images as `[src]`, a `data:` URI too), `pandoc -t plain` does much the same. In a
//! hard-wrapped dump a long target takes a line of its own, so a paragraph with links is cut by
//! lines of one word without a letter of prose, and a list item by its target's line: the body
//! zone read such an article as a link farm and kept a box of prose below it (issue 11). The
//! targets are no text of the page a reader sees, so they go before the boilerplate pass reads
//! the lines, and a line that held only targets goes whole (its line feed too: a blank line in
//! its place would cut the paragraph in two).
//!
//! Only a dump that writes its targets so is touched: at least [`MIN_MARKS`] of them, so a
//! text that cites one address in brackets keeps it. A mark is `[`, a target that starts as an
//! address does (a scheme, `/`, `#`, `www.`) and holds no whitespace, then `]`; the corpus keys
//! of lines read past the same marks (`boilerplate::corpus::line_key`), so a site's menu keeps
//! its document frequency whether or not the pass ran.

use crate::edit::Edit;
use crate::pipeline::{Pass, PassContext};
use crate::rule::{Fix, Rule, Severity, Visibility};

pub static LINK_MARK: &Rule = &Rule {
    code: "N009",
    name: "link-mark",
    severity: Severity::Warning,
    fix: Fix::Safe,
    visibility: Visibility::Visible,
    summary: "a dumper's link target after a link's text (`text [https://…]`), removed",
    doc: "What it does: removes the bracketed link and image targets a dumper writes after each \
link's text (npm html-to-text's defaults: `text [https://…]`, images `[src]`), and a line that \
holds nothing else, when the text has at least three of them.\n\n\
Why: the targets are no text a reader sees; hard-wrapped, a long one takes a line of its own and \
cuts the paragraph or list item it belongs to, and the body zone took such an article for a \
link farm. One address in brackets in a text (a citation) is kept: it takes three to tell a \
dumper's habit.\n\n\
Example: `the Functional Nutrition Survey\\n[https://tastewise.io/survey], energy and focus` → \
`the Functional Nutrition Survey\\n, energy and focus`",
};

pub static RULES: &[&Rule] = &[LINK_MARK];

/// The fewest marks that tell a dumper writes its link targets.
const MIN_MARKS: usize = 3;

/// How a link or image target starts besides `scheme://` and a path ([`is_target`]): an
/// anchor, an address without its scheme, and the schemes written without `//`.
const TARGET_STARTS: &[&str] = &["#", "www.", "mailto:", "tel:", "data:", "javascript:"];

/// Whether the bracketed text `t` (no whitespace in it) is a link or image target: `scheme://…`
/// (`https://`, `whatsapp://send?text=…`), a path of the site (`/`, `/case-studies`,
/// `//policies.google.com/terms`) or one of [`TARGET_STARTS`]. A slash and letters only is a
/// forum's closing tag (`[/url]`, `[/B]`, BBCode the page shows as text), not a path.
fn is_target(t: &str) -> bool {
    let scheme = t.find("://").is_some_and(|n| {
        n > 0
            && t[..n]
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"+.-".contains(&b))
    });
    let path = t
        .strip_prefix('/')
        .is_some_and(|rest| rest.is_empty() || !rest.bytes().all(|b| b.is_ascii_alphabetic()));
    scheme || path || TARGET_STARTS.iter().any(|s| t.starts_with(s))
}

pub struct LinkMarks;

impl Pass for LinkMarks {
    fn name(&self) -> &'static str {
        "link-marks"
    }

    fn rules(&self) -> &'static [&'static Rule] {
        RULES
    }

    fn run(&self, text: &str, _cx: &mut PassContext<'_>) -> Vec<Edit> {
        edits(text)
    }
}

/// The byte ranges of the marks in `line`, each with the space before it.
pub fn marks(line: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let bytes = line.as_bytes();
    let mut from = 0;
    while let Some(at) = memchr::memchr(b'[', &bytes[from..]).map(|n| from + n) {
        let inside = &line[at + 1..];
        let end = inside
            .find(|c: char| c == ']' || c.is_whitespace())
            .filter(|&n| inside[n..].starts_with(']'));
        match end {
            Some(n) if is_target(&inside[..n]) => {
                // the space before the mark (unless the mark before took it), or after it when
                // none is before (`[src] text`)
                let end = at + n + 2;
                let range = if at > from && bytes[at - 1] == b' ' {
                    at - 1..end
                } else if bytes.get(end) == Some(&b' ') {
                    at..end + 1
                } else {
                    at..end
                };
                from = range.end;
                out.push(range);
            }
            _ => from = at + 1,
        }
    }
    out
}

/// `line` without its marks, when it has any (the corpus keys read lines so).
pub fn without_marks(line: &str) -> Option<String> {
    let marks = marks(line);
    if marks.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(line.len());
    let mut at = 0;
    for m in marks {
        out.push_str(&line[at..m.start]);
        at = m.end;
    }
    out.push_str(&line[at..]);
    Some(out)
}

fn edits(text: &str) -> Vec<Edit> {
    if memchr::memchr(b'[', text.as_bytes()).is_none() {
        return Vec::new();
    }
    let mut edits = Vec::new();
    let mut found = 0;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let marks = marks(content);
        found += marks.len();
        let only_marks = !marks.is_empty()
            && content
                .char_indices()
                .filter(|(i, _)| !marks.iter().any(|m| m.contains(i)))
                .all(|(_, c)| c.is_whitespace());
        if only_marks {
            edits.push(Edit::delete(
                LINK_MARK,
                line_start..line_start + line.len(),
                "line of a dumper's link targets only",
            ));
        } else {
            for m in marks {
                edits.push(Edit::delete(
                    LINK_MARK,
                    line_start + m.start..line_start + m.end,
                    "a dumper's link target after the link's text",
                ));
            }
        }
        line_start += line.len();
    }
    if found < MIN_MARKS {
        return Vec::new();
    }
    edits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::pipeline::{Metadata, Pipeline};

    fn clean(text: &str) -> String {
        let pipeline = Pipeline::with_passes(Config::default(), vec![Box::new(LinkMarks)]);
        pipeline
            .run_with(text.to_string(), Metadata::default(), None)
            .unwrap()
            .text
    }

    #[test]
    fn a_dumpers_targets_go_and_so_do_their_lines() {
        let text = concat!(
            "In 2025, according to the\nFunctional Nutrition Survey\n",
            "[https://tastewise.io/survey/functional-nutrition-in-2025], energy and focus\n",
            "were the top reasons.\n * Best strategies for the HBS Essay\n",
            "   [https://menlocoaching.com/top-mba-programs/hbs-essay/]\n",
            " * Home [/] and Contact [mailto:a@b.org]\n",
        );
        assert_eq!(
            clean(text),
            concat!(
                "In 2025, according to the\nFunctional Nutrition Survey\n, energy and focus\n",
                "were the top reasons.\n * Best strategies for the HBS Essay\n",
                " * Home and Contact\n",
            )
        );
    }

    #[test]
    fn brackets_that_are_no_targets_stay() {
        // a note, a reference, a caption, words, forum tags (BBCode the page shows): none is a
        // link's target, in a dump that writes three targets
        let text = concat!(
            "He wrote [sic] that [1] the rule [see below] holds [https://example.org].\n",
            "[Photo: Reuters] [# 4] [IMG] [b]bold[/b] [url=x]x[/url] [/LEFT]\n",
            "Home [/] Contact [mailto:a@b.org]\n",
        );
        assert_eq!(
            clean(text),
            concat!(
                "He wrote [sic] that [1] the rule [see below] holds.\n",
                "[Photo: Reuters] [# 4] [IMG] [b]bold[/b] [url=x]x[/url] [/LEFT]\n",
                "Home Contact\n",
            )
        );
    }

    #[test]
    fn fewer_than_three_targets_stay() {
        let text = "The report [https://example.org/report] and the data [/data.csv] say so.\n";
        assert_eq!(clean(text), text);
    }

    #[test]
    fn marks_are_found_with_the_space_before_them() {
        let line = "Survey [https://a.b/c], and [data:image/png;base64,AAA=] [x] [a:b] [://x]";
        let found: Vec<&str> = marks(line).into_iter().map(|m| &line[m]).collect();
        assert_eq!(found, [" [https://a.b/c]", " [data:image/png;base64,AAA=]"]);
        assert_eq!(
            without_marks(line).as_deref(),
            Some("Survey, and [x] [a:b] [://x]")
        );
        let logos = "[/images/logo.svg] [/images/logo.svg] [/welcome/]) [/a.svg]";
        assert_eq!(without_marks(logos).as_deref(), Some(")"));
        let card = "[https://a.b/card.png] https://a.b/learn [/] [/case-studies] [/u]";
        assert_eq!(
            without_marks(card).as_deref(),
            Some("https://a.b/learn [/u]")
        );
        let share = "Share [whatsapp://send?text=a%20b]";
        assert_eq!(without_marks(share).as_deref(), Some("Share"));
        assert_eq!(without_marks("no marks [here]"), None);
    }
}
