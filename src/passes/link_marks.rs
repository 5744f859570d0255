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

use std::ops::Range;

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
`the Functional Nutrition Survey, energy and focus` (a closing mark left at the start of a line \
goes back onto the line before).",
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
pub fn marks(line: &str) -> Vec<Range<usize>> {
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
    (!marks.is_empty()).then(|| between(line, &marks).collect())
}

/// The pieces of `line` before, between and after its `marks` (in order, none overlapping).
fn between<'a>(line: &'a str, marks: &'a [Range<usize>]) -> impl Iterator<Item = &'a str> + 'a {
    let starts = std::iter::once(0).chain(marks.iter().map(|m| m.end));
    let ends = marks
        .iter()
        .map(|m| m.start)
        .chain(std::iter::once(line.len()));
    starts.zip(ends).map(move |(start, end)| &line[start..end])
}

fn edits(text: &str) -> Vec<Edit> {
    // every mark opens with `[`: a text with fewer brackets has fewer marks (most texts)
    if memchr::memchr_iter(b'[', text.as_bytes())
        .nth(MIN_MARKS - 1)
        .is_none()
    {
        return Vec::new();
    }
    let mut edits = Vec::new();
    let mut found = 0;
    let bytes = text.as_bytes();
    // only the lines with a `[` can hold a mark: they are found by one search of the text for
    // the brackets, not by a look at each line (most lines of a dump have none)
    let mut from = 0;
    // where the last line of targets only that went whole ends
    let mut gone_end = None;
    while let Some(n) = memchr::memchr(b'[', &bytes[from..]) {
        let bracket = from + n;
        let line_start = memchr::memrchr(b'\n', &bytes[..bracket]).map_or(0, |i| i + 1);
        let line_end =
            memchr::memchr(b'\n', &bytes[bracket..]).map_or(bytes.len(), |i| bracket + i + 1);
        from = line_end;
        let content = text[line_start..line_end].trim_end_matches(['\n', '\r']);
        let marks = marks(content);
        found += marks.len();
        let only_marks =
            !marks.is_empty() && between(content, &marks).all(|piece| piece.trim().is_empty());
        if only_marks {
            edits.push(Edit::delete(
                LINK_MARK,
                line_start..line_end,
                "line of a dumper's link targets only",
            ));
            gone_end = Some(line_end);
            continue;
        }
        // whether the line before holds text that stays: a line of targets' closing mark
        // joins it
        let text_before = || {
            line_start > 0 && gone_end != Some(line_start) && {
                let before = &text[..line_start - 1];
                let start = memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |i| i + 1);
                !before[start..].trim().is_empty()
            }
        };
        for (k, m) in marks.iter().enumerate() {
            // a target that starts the line, wrapped there, with the mark closing the sentence
            // after it (`…stubborn guide` / `[https://…],`): the mark goes back onto the line
            // before, so that no line of a comma is left
            let closes = content[m.end..].starts_with(CLOSING);
            let span = if k == 0 && content[..m.start].trim().is_empty() && closes && text_before()
            {
                line_start - 1..line_start + m.end
            } else {
                line_start + m.start..line_start + m.end
            };
            edits.push(Edit::delete(
                LINK_MARK,
                span,
                "a dumper's link target after the link's text",
            ));
        }
    }
    if found < MIN_MARKS {
        return Vec::new();
    }
    edits
}

/// Marks that close a sentence or a bracket: after a target that starts a line, the line's
/// text goes on with the line before.
const CLOSING: &[char] = &['.', ',', ';', ':', '!', '?', ')', ']', '”', '’', '"'];

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
                "In 2025, according to the\nFunctional Nutrition Survey, energy and focus\n",
                "were the top reasons.\n * Best strategies for the HBS Essay\n",
                " * Home and Contact\n",
            )
        );
    }

    /// A paragraph whose link targets a hard-wrapped dump put on lines of their own (npm
    /// html-to-text): read with them, the body zone kept two of its five lines (issue 11,
    /// wcxb-dev); the menu, the label above it and the footer, with targets too, still go.
    #[test]
    fn a_paragraph_cut_by_its_targets_is_kept_and_the_menu_around_it_goes() {
        let text = concat!(
            " * Home [https://www.filmweekly.example/]\n",
            " * Reviews [https://www.filmweekly.example/reviews/]\n",
            " * Streaming [https://www.filmweekly.example/streaming/]\n\n",
            "Where to watch: Netflix\n",
            "[https://www.netflix.example/title/81234567-3c1a-4e55-9a3e-2f6b1d7e0a99]\n\n",
            "Greta Lindqvist's second mountain thriller sends her retired climber, Anna\n",
            "Berg's stubborn guide\n",
            "[https://www.filmweekly.example/story/movies/2025/10/14/anna-berg-guide/91234567001/],\n",
            "back up the north face. A young ranger (Tom Hale\n",
            "[https://www.filmweekly.example/story/movies/2025/11/02/tom-hale-ranger/91234567002/])\n",
            "is caught in a storm below the summit, and Berg climbs to find him in a tense and\n",
            "quiet study of fear, pride and the price of a promise.\n\n",
            "© 2025 Film Weekly. Privacy [https://www.filmweekly.example/privacy/]\n",
        );
        let out = Pipeline::new(Config::default())
            .run_with(text.to_string(), Metadata::default(), None)
            .unwrap()
            .text;
        assert_eq!(
            out,
            concat!(
                "Greta Lindqvist's second mountain thriller sends her retired climber, Anna\n",
                "Berg's stubborn guide,\n",
                "back up the north face. A young ranger (Tom Hale)\n",
                "is caught in a storm below the summit, and Berg climbs to find him in a tense and\n",
                "quiet study of fear, pride and the price of a promise.\n",
            )
        );
    }

    #[test]
    fn a_target_wrapped_before_its_closing_mark_leaves_the_mark_on_the_line_before() {
        let text = concat!(
            "sends her stubborn guide\n",
            "[https://films.example/story/2025/10/14/anna-berg-guide-returns/91234567001/],\n",
            "back up the north face. A young ranger (Tom Hale\n",
            "   [https://films.example/story/2025/11/02/tom-hale-ranger-interview/91234567002/])\n",
            "is caught in a storm.\n\n[/privacy/]: the notice\n",
        );
        assert_eq!(
            clean(text),
            concat!(
                "sends her stubborn guide,\n",
                "back up the north face. A young ranger (Tom Hale)\n",
                "is caught in a storm.\n\n: the notice\n",
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
