//! Decisions from a line's surroundings: its neighbours (context smoothing) and the rest of the
//! corpus (repetition across documents).

use super::classify::article_end::{dated, ItemLinks};
use super::classify::State;
use super::corpus::LineStats;
use super::features::{ends_sentence, words};
use super::options::Options;
use super::rules::{CAPTION, CONTEXT, CORPUS_REPEATED, MEDIA_FILE};

/// Lines outside the body zone that recur across the corpus (site templates).
pub(super) fn repeated(st: &mut State, opts: &Options, stats: &LineStats) {
    for i in 0..st.lines.len() {
        // inside the body zone a recurring line may be a syndicated quote: only a feature there
        if !st.open(i) || st.in_zone(i) {
            continue;
        }
        if let Some(df) = st.lines[i].recurs(opts, stats) {
            st.verdict[i] = Some((
                CORPUS_REPEATED,
                format!("line recurs in {df} of {} documents", stats.docs()),
            ));
        }
    }
}

/// The document frequency of `line` when it is high enough to make the line template (prose
/// sentences never are).
pub(super) fn recurs(line: &str, opts: &Options, stats: &LineStats) -> Option<u32> {
    recurs_with(words(line), ends_sentence(line), opts, stats, || {
        stats.doc_freq(line)
    })
}

/// [`recurs`] of a line of `words` words that does or does not end a sentence, whose document
/// frequency `df` gives (asked only when needed: it normalises and hashes the line).
pub(super) fn recurs_with(
    words: usize,
    ends_sentence: bool,
    opts: &Options,
    stats: &LineStats,
    df: impl FnOnce() -> u32,
) -> Option<u32> {
    let min = opts.corpus.threshold(stats.docs())?;
    if words >= opts.corpus.max_prose_words && ends_sentence {
        return None;
    }
    Some(df()).filter(|&df| df >= min)
}

#[derive(Clone, Copy, PartialEq)]
enum Class {
    Bad,
    Good,
    Short,
}

/// For each line, whether it is a link the page writes under each of its items (`Read More`
/// under each card of a list of resources: [`ItemLinks`]) with no date between any two of its
/// copies. Such a link says nothing of its neighbours, as an image does not: the title and the
/// source of a card between two copies are the item's, and the smoothing took them line by
/// line, most of the text of a page of resources (issue 11). A date between two copies makes
/// the items posts or comments (`answered Feb 4, 2014` / the author's name / `Add a comment`),
/// whose names and dates between the links are the chrome the smoothing is for.
fn undated_item_links(st: &State) -> Vec<bool> {
    let ItemLinks { link, previous } = &st.item_links;
    let n = st.lines.len();
    // each copy's first copy, and whether a date lies between two copies of that first copy's
    let mut first: Vec<usize> = (0..n).collect();
    let mut dated_links = vec![false; n];
    for i in (0..n).filter(|&i| link[i]) {
        if let Some(p) = previous[i] {
            first[i] = first[p];
            dated_links[first[i]] |= (p + 1..i).any(|k| dated(st.lines[k]));
        }
    }
    (0..n).map(|i| link[i] && !dated_links[first[i]]).collect()
}

/// On a page extracted from HTML, a run of more short lines than this between boilerplate is a
/// list the page's structure kept (a listing's card titles and prices, a shop's grid below an
/// unmarked breadcrumb), not a stray label: the HTML rules judged it by its place in the page.
const EXTRACTED_MAX_RUN: usize = 8;

/// jusText-style smoothing: runs of short lines between boilerplate (or boilerplate and the end
/// of the document) are boilerplate; on an `extracted` page, short runs only.
pub(super) fn smooth(st: &mut State, extracted: bool) {
    // an image (its file name or placeholder, B006, or its caption and credit, B007) says
    // nothing of its neighbours: a list's items between two pictures, a product's name and
    // specs between `Credit: Amazon` lines, are not boilerplate for it
    let image = |i: usize| {
        st.verdict[i]
            .as_ref()
            .is_some_and(|(rule, _)| rule.code == MEDIA_FILE.code || rule.code == CAPTION.code)
    };
    let undated_item_link = undated_item_links(st);
    let content: Vec<usize> = (0..st.lines.len())
        .filter(|&i| !st.blank(i) && !image(i) && !undated_item_link[i])
        .collect();
    let class: Vec<Class> = content
        .iter()
        .map(|&i| {
            if st.verdict[i].is_some() {
                Class::Bad
            } else if st.protected[i] || st.lines[i].is_body() {
                Class::Good
            } else {
                Class::Short
            }
        })
        .collect();
    let mut k = 0;
    while k < content.len() {
        if class[k] != Class::Short {
            k += 1;
            continue;
        }
        let start = k;
        while k < content.len() && class[k] == Class::Short {
            k += 1;
        }
        let before_bad = start > 0 && class[start - 1] == Class::Bad;
        let after_bad = k == content.len() || class[k] == Class::Bad;
        // a hard-wrapped paragraph is a run of short lines too: prose is not smoothed away
        let run = &content[start..k];
        let run_words: usize = run.iter().map(|&i| st.lines[i].words).sum();
        let prose = run_words >= 20 && run.iter().any(|&i| st.lines[i].ends_sentence);
        let list = extracted && k - start > EXTRACTED_MAX_RUN;
        if before_bad && after_bad && !prose && !list {
            for &i in &content[start..k] {
                st.verdict[i] = Some((
                    CONTEXT,
                    "short line with boilerplate on both sides".to_string(),
                ));
            }
        }
    }
}
