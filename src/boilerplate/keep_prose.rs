//! The final check: the kept text must not have lost the page's longest run of prose.
//!
//! The body zone and the cue and listing rules each decide from their own evidence, and on a
//! dump shape or a site nobody tuned on one of them can be wrong about where the article is:
//! the zone settles on a box of teasers above a one-paragraph article and cuts it as chrome
//! (B015), an end-of-article heading fires above the body, the smoothing (B011) takes a run of
//! paragraphs for a menu. One wrong decision then deletes the article, the worst outcome of
//! the pass (issue 11: no single cue may delete the article).
//!
//! After the looks, the page's longest run of prose by its shape alone
//! ([`zone::prose_runs`](super::zone)) is compared with what was kept. When the rules that
//! judge a line by its place in the page removed most of that run ([`MIN_LOST_SHARE`] of its
//! paragraphs' words) and far more words than the whole kept text holds ([`KEPT_FACTOR`]),
//! the page's article was lost, not trimmed: the run's lines are kept again (the other
//! removals stand) and a finding (B023) says why. The rules that read a line's own shape (a
//! byline, a caption, a URL, a sign-off, a corpus-repeated line, a user pattern) are not undone.
//! The check is B023's: with B023 ignored it does not run, and the rules' removals stand.

use std::ops::Range;

use crate::edit::{sort_and_check, Edit};

use super::classify::Look;
use super::record::LineRecord;
use super::rules::*;
use super::second_look::whole_lines_removed;
use super::zone;
use crate::rule::Rule;

/// The share of the run's paragraph words the removals by place took for the run to be kept
/// again.
const MIN_LOST_SHARE: f64 = 0.5;
/// How many times the words of the whole kept text the lost words outweigh: a page whose
/// article stayed and whose long comment thread below its end-of-article heading went has kept
/// text of its own, and the thread stays removed; so does a table or a list the zone kept as
/// the article while the prose around it went. On the even half of the wcxb-dev and
/// ScrapingHub dumps (13 shapes), comparing with the paragraphs kept instead (an article
/// written as short paragraphs and lists has few) brought back a 146-word blurb below a kept
/// article and lost article F1 in five shapes.
const KEPT_FACTOR: usize = 2;
/// Paragraphs and words the run holds: a lone paragraph (a product page's blurb, a service
/// page's one description) or a sidebar's few promotions (three of 97 words, each under its
/// heading, on a page whose article is a table the zone lost) is no article to bring back.
const MIN_PARAGRAPHS: usize = 2;
const MIN_RUN_WORDS: usize = 150;

/// The rules that judge a line by its place in the page (its zone, the cues and lists around
/// it): their removals inside the run are undone.
const BY_PLACE: &[&Rule] = &[
    END_OF_ARTICLE,
    CONTEXT,
    OUTSIDE_ARTICLE,
    MENU_LINE,
    FOOTER_LINE,
    ABOVE_TITLE,
    HEADLINE_RUN,
    TEASER_RUN,
    COMMENT_THREAD,
    CUED_LIST,
];

/// The edits `edits` over `text` (its lines `all`), with the removals by place of the page's
/// longest run of prose undone when they took the article: [`MIN_LOST_SHARE`] of its paragraph
/// words, and more than [`KEPT_FACTOR`] times the words kept; a B023 finding over the run says
/// so.
pub(super) fn keep_longest_prose<'t>(
    text: &str,
    all: &[LineRecord<'t>],
    mut edits: Vec<Edit>,
    look: Look<'_, 't>,
    units: &mut zone::Memo,
) -> Vec<Edit> {
    let by_place = |e: &Edit| BY_PLACE.iter().any(|r| r.code == e.rule.code);
    if !look.on.enabled(PROSE_KEPT) || !edits.iter().any(by_place) {
        return edits;
    }
    let lines: Vec<&LineRecord> = all.iter().collect();
    let runs = zone::prose_runs(&lines, look.corpus, look.opts, units);
    let Some(run) = runs.iter().rev().max_by_key(|r| r.words()) else {
        return edits;
    };
    let removed = whole_lines_removed(all, &edits);
    let placed: Vec<Edit> = edits.iter().filter(|e| by_place(e)).cloned().collect();
    let removed_by_place = whole_lines_removed(all, &placed);
    let lost: usize = run
        .paragraphs
        .iter()
        .filter(|(r, _)| r.clone().any(|i| removed_by_place[i]))
        .map(|(_, w)| w)
        .sum();
    let kept: usize = (0..all.len())
        .filter(|&i| !removed[i])
        .map(|i| all[i].words)
        .sum();
    if run.paragraphs.len() < MIN_PARAGRAPHS
        || run.words() < MIN_RUN_WORDS
        || (lost as f64) < MIN_LOST_SHARE * run.words() as f64
        || lost <= KEPT_FACTOR * kept
    {
        return edits;
    }
    let bytes = all[run.lines.start].full.start..all[run.lines.end - 1].full.end;
    let undone = |e: &Edit| {
        e.replacement.as_deref() == Some("")
            && by_place(e)
            && e.span.start < bytes.end
            && bytes.start < e.span.end
    };
    let mut rules: Vec<&str> = Vec::new();
    let mut out = Vec::with_capacity(edits.len() + 2);
    for e in edits.drain(..) {
        if !undone(&e) {
            out.push(e);
            continue;
        }
        if !rules.contains(&e.rule.code) {
            rules.push(e.rule.code);
        }
        out.extend(parts_outside(&e, &bytes));
    }
    rules.sort_unstable();
    let reason = format!(
        "the page's longest run of prose ({} words in {} paragraphs, lines {}–{}) kept: {} had \
         removed {lost} of its words, the text kept held {kept}",
        run.words(),
        run.paragraphs.len(),
        run.lines.start + 1,
        run.lines.end,
        rules.join(", "),
    );
    out.push(Edit::report(
        PROSE_KEPT,
        all[run.lines.start].span.start..all[run.lines.end - 1].span.end,
        reason,
    ));
    sort_and_check(text, &mut out).expect("removals split at line ends do not overlap");
    out
}

/// The parts of the removal `e` outside the bytes `bytes`, which stand when its part inside
/// them is undone (B023 here, B024's backstop): a removal that began above or ran below.
pub(super) fn parts_outside(e: &Edit, bytes: &Range<usize>) -> impl Iterator<Item = Edit> {
    let above = (e.span.start < bytes.start).then_some(e.span.start..bytes.start);
    let below = (bytes.end < e.span.end).then_some(bytes.end..e.span.end);
    let (rule, reason) = (e.rule, e.reason.clone());
    [above, below]
        .into_iter()
        .flatten()
        .map(move |span| Edit::delete(rule, span, reason.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::boilerplate::{options::Options, record};
    use crate::config::RuleSelection;

    fn paragraph(i: usize) -> String {
        format!(
            "Theo các chuyên gia, việc này sẽ giúp người dân có thêm nhiều lựa chọn trong năm {} \
             và những năm tới, nhưng vẫn còn không ít khó khăn cần được giải quyết sớm.",
            2000 + i
        )
    }

    /// A menu, the lines `body`, a footer; and the byte span of `body`'s lines.
    fn page(body: &str) -> (String, std::ops::Range<usize>) {
        let head = "Trang chủ\nThời sự\nKinh doanh\nTin mới nhất hôm nay\n";
        let text = format!("{head}{body}Liên hệ\n© 2024 Báo X\n");
        (text, head.len()..head.len() + body.len())
    }

    fn check(text: &str, edits: Vec<Edit>) -> Vec<Edit> {
        check_with(text, edits, RuleSelection::default())
    }

    fn check_with(text: &str, edits: Vec<Edit>, on: RuleSelection) -> Vec<Edit> {
        let all = record::split(text);
        let opts = Options::default();
        let look = Look {
            opts: &opts,
            on: &on,
            corpus: None,
            unspaced: false,
        };
        keep_longest_prose(text, &all, edits, look, &mut zone::Memo::default())
    }

    fn kept(text: &str, edits: &[Edit]) -> String {
        crate::edit::apply(text, edits)
    }

    /// The zone settled on the menu and cut the article after it as chrome (B015): the
    /// article's lines come back, the menu's removal stands, and a B023 finding says why.
    #[test]
    fn an_article_the_zone_cut_is_kept_again() {
        let body: String = (0..5).map(|i| paragraph(i) + "\n").collect();
        let (text, span) = page(&body);
        let edits = vec![
            Edit::delete(MENU_LINE, 0..text.find('\n').unwrap() + 1, "menu"),
            Edit::delete(OUTSIDE_ARTICLE, span.start..text.len(), "after the zone"),
        ];
        let out = check(&text, edits);
        let clean = kept(&text, &out);
        assert!(
            clean.contains(&paragraph(0)) && clean.contains(&paragraph(4)),
            "{clean}"
        );
        assert!(
            !clean.contains("Trang chủ") && !clean.contains("Liên hệ"),
            "{clean}"
        );
        let finding = out
            .iter()
            .find(|e| e.rule.code == "B023")
            .expect("a finding");
        assert!(
            finding.reason.to_string().contains("B015"),
            "{}",
            finding.reason
        );
    }

    /// Rule selection decides what runs: with B023 ignored the zone's cut stands, and no
    /// finding is made.
    #[test]
    fn with_b023_ignored_the_cut_stands() {
        let body: String = (0..5).map(|i| paragraph(i) + "\n").collect();
        let (text, span) = page(&body);
        let edits = vec![Edit::delete(
            OUTSIDE_ARTICLE,
            span.start..text.len(),
            "after the zone",
        )];
        let on = RuleSelection {
            ignore: vec!["B023".into()],
            ..RuleSelection::default()
        };
        assert_eq!(check_with(&text, edits.clone(), on), edits);
        assert_ne!(check(&text, edits.clone()), edits);
    }

    /// Removals by a line's own shape are not undone: a paragraph the corpus shows on every
    /// page of the site (B012) stays removed.
    #[test]
    fn a_paragraph_every_page_repeats_stays_removed() {
        let body: String = (0..5).map(|i| paragraph(i) + "\n").collect();
        let (text, span) = page(&body);
        let edits = vec![Edit::delete(CORPUS_REPEATED, span, "recurs")];
        let out = check(&text, edits.clone());
        assert_eq!(out, edits);
    }

    /// The body text this check could bring back: a thread of long comments below the
    /// article's end-of-article heading (B009), more words than the article but the article
    /// kept; and a run the rules trimmed of its last paragraph. Both stay as the rules left them.
    #[test]
    fn comments_after_a_kept_article_and_a_trimmed_run_stay_removed() {
        let article: String = (0..3).map(|i| paragraph(i) + "\n").collect();
        let comments: String = (10..15)
            .map(|i| format!("Bạn đọc {i}\n{}\n", paragraph(i)))
            .collect();
        let body = format!("{article}Bình luận\n{comments}");
        let (text, span) = page(&body);
        let cue = span.start + article.len();
        let edits = vec![Edit::delete(END_OF_ARTICLE, cue..span.end, "comments")];
        assert_eq!(check(&text, edits.clone()), edits);
        // the last of five paragraphs cut: most of the run stays, nothing is undone
        let body: String = (0..5).map(|i| paragraph(i) + "\n").collect();
        let (text, span) = page(&body);
        let last = span.end - paragraph(4).len() - 1;
        let edits = vec![Edit::delete(
            OUTSIDE_ARTICLE,
            last..span.end,
            "after the zone",
        )];
        assert_eq!(check(&text, edits.clone()), edits);
    }
}
