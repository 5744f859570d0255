//! Decisions from a line's surroundings: its neighbours (context smoothing) and the rest of the
//! corpus (repetition across documents).

use super::classify::article_end::{dated, ItemLinks};
use super::classify::State;
use super::corpus::{line_key, Recurrence, Recurring};
use super::features::{ends_sentence, sentence_ends_inside, words};
use super::header;
use super::options::Options;
use super::record::LineRecord;
use super::rules::{CAPTION, CONTEXT, CORPUS_REPEATED, MEDIA_FILE};
use super::zone::WRAP_SLACK;

/// Lines outside the body zone that recur across the corpus (site templates).
pub(super) fn repeated(st: &mut State, opts: &Options, stats: &Recurrence) {
    for i in 0..st.lines.len() {
        // inside the body zone a recurring line may be a syndicated quote: only a feature there
        if !st.open(i) || st.in_zone(i) {
            continue;
        }
        if let Some(recurring) = st.lines[i].recurs(opts, stats) {
            st.verdict[i] = Some((CORPUS_REPEATED, recurring.to_string()));
        }
    }
}

/// Fewest documents printing a line before [`repeated_boxes`] and [`boxed_elsewhere`] read it
/// as a box's: a box's stories are linked from many articles, while two articles of one site on
/// the same story can share a line of their own (the winners, a schedule), and a crawl holds
/// such pairs (a document and one other printing a line is a coincidence, three are a template).
const MIN_BOX_FREQ: u32 = 3;
/// Fewest and most words of a box's headline ([`boxed_headline`], [`boxed_elsewhere`]): a
/// story's headline says what happened; a site's standard subheadings (`Why Trust The Spruce
/// Eats`, `Other Options We Tested`) recur in its articles too, and are shorter.
const HEADLINE_WORDS: std::ops::RangeInclusive<usize> = 6..=25;
/// Fewest and most lines in a repeated box: a box lists a few stories, a teaser's summary under
/// each at most; a longer run of recurring lines is a list of the page's kind (a game's system
/// requirements).
const BOX_LINES: std::ops::RangeInclusive<usize> = 2..=8;
/// Most lines of a site's insert between two paragraphs ([`repeated_inserts`]): a box, not a
/// passage.
const INSERT_LINES: usize = 8;
/// Fewest words of such an insert: a site's standard subheadings (`Pros:`, `FAQs`,
/// `Conclusion`) recur in its articles, and across a crawl, between paragraphs of their own.
const INSERT_WORDS: usize = 8;

/// Related boxes inside the article that the site prints in other articles too (B012): below a
/// prose line that the corpus does not repeat, or above the article's first paragraph, a run of
/// [`BOX_LINES`] lines, most of them printed by [`MIN_BOX_FREQ`] documents or more (the run opens
/// and closes with such a line; a headline between them may be rarer), at least half of them
/// headline-shaped (the others a teaser's summary), and after the run a line of the article's
/// own, a removed line or the end of the zone. A site links the same stories from many of its
/// articles, so the box's lines recur while the paragraphs around them do not; an article the
/// corpus holds three times recurs paragraphs and all, and an article's list announced by a
/// colon is its own. A headline of a removed box that the page prints again below the article's
/// last paragraph goes too (the story in the box below the article as well).
pub(super) fn repeated_boxes(st: &mut State, stats: &Recurrence) {
    if stats.docs() < MIN_BOX_FREQ {
        return;
    }
    let mut boxed: Vec<u64> = Vec::new();
    let recurs = |st: &State, i: usize| stats.doc_freq(st.text(i)) >= MIN_BOX_FREQ;
    let mut i = st.zone.start;
    while i < st.zone.end {
        if !(st.open(i) && boxed_headline(st, i) && recurs(st, i)) {
            i += 1;
            continue;
        }
        let member = |st: &State, j: usize| st.open(j) && (boxed_headline(st, j) || recurs(st, j));
        let mut run: Vec<usize> = members(st, i, Step::Up, member).into_iter().rev().collect();
        run.push(i);
        run.extend(members(st, i, Step::Down, member));
        // the box's own lines at its edges recur; a subheading next to it is the article's
        while run.first().is_some_and(|&k| !recurs(st, k)) {
            run.remove(0);
        }
        while run.last().is_some_and(|&k| !recurs(st, k)) {
            run.pop();
        }
        let (first, last) = (run[0], run[run.len() - 1]);
        let before = neighbour(st, first, Step::Up);
        let after = neighbour(st, last, Step::Down);
        let paragraph = before.is_some_and(|k| {
            st.open(k) && st.lines[k].is_prose() && !recurs(st, k) && !st.text(k).ends_with(':')
        });
        // or above the article's first paragraph: a box of the page's header
        let top = (st.zone.start..first).all(|k| !(st.open(k) && st.lines[k].is_prose()));
        let closed = after.is_none_or(|k| !st.open(k) || !recurs(st, k));
        let recurring = run.iter().filter(|&&k| recurs(st, k)).count();
        let headlines = run.iter().filter(|&&k| boxed_headline(st, k)).count();
        if BOX_LINES.contains(&run.len())
            && 2 * recurring > run.len()
            && 2 * headlines >= run.len()
            && (paragraph || top)
            && closed
        {
            for &k in &run {
                st.verdict[k] = Some((
                    CORPUS_REPEATED,
                    format!(
                        "one of {} lines of a box of headlines other documents print too",
                        run.len()
                    ),
                ));
                boxed.push(st.lines[k].text_hash());
            }
        }
        i = last.max(i) + 1;
    }
    if boxed.is_empty() {
        return;
    }
    // below the article's last paragraph: above it, a page's table of contents prints its
    // headings again
    let tail = (0..st.lines.len())
        .rev()
        .find(|&k| st.open(k) && st.in_zone(k) && st.lines[k].is_prose())
        .map_or(0, |k| k + 1);
    for k in tail..st.lines.len() {
        if st.open(k) && boxed_headline(st, k) && boxed.contains(&st.lines[k].text_hash()) {
            st.verdict[k] = Some((
                CORPUS_REPEATED,
                "headline printed again from a related box the corpus repeats".to_string(),
            ));
        }
    }
}

/// Template lines a site prints between an article's paragraphs (B012): inside the body zone, a
/// run of at most [`INSERT_LINES`] lines and at least [`INSERT_WORDS`] words that each recur as the site's template does
/// ([`recurs`]: in `min_df` documents and `min_share` of the corpus, and no long sentence),
/// with a paragraph of the article's own (prose ending a sentence, printed by fewer than
/// [`MIN_BOX_FREQ`] documents, opened by no box's label) just above and just below it. A market table, a newsletter box or a `Continue reading below`
/// recurs on many of a site's pages between paragraphs that are each page's own; an article the
/// corpus holds several times recurs with the paragraphs around the line, and a quote a few
/// articles share is a sentence long enough to be kept, or too rare.
pub(super) fn repeated_inserts<'o>(st: &mut State<'_, 'o>, opts: &'o Options, stats: &Recurrence) {
    let template = |st: &State, j: usize| st.open(j) && st.lines[j].recurs(opts, stats).is_some();
    let own = |st: &State<'_, 'o>, k: Option<usize>| {
        k.is_some_and(|k| {
            st.open(k)
                && st.lines[k].is_prose()
                && st.lines[k].ends_sentence
                && st.lines[k].opening_cue(opts).is_none()
                && stats.doc_freq(st.text(k)) < MIN_BOX_FREQ
        })
    };
    let mut i = st.zone.start;
    while i < st.zone.end {
        if !template(st, i) {
            i += 1;
            continue;
        }
        let mut run = vec![i];
        run.extend(members(st, i, Step::Down, template));
        let last = run[run.len() - 1];
        let words: usize = run.iter().map(|&k| st.lines[k].words).sum();
        if run.len() <= INSERT_LINES
            && words >= INSERT_WORDS
            && own(st, neighbour(st, i, Step::Up))
            && own(st, neighbour(st, last, Step::Down))
        {
            for &k in &run {
                let recurring = st.lines[k].recurs(opts, stats).expect("a template line");
                st.verdict[k] = Some((
                    CORPUS_REPEATED,
                    format!("{recurring}, between paragraphs of this one's own"),
                ));
            }
        }
        i = last + 1;
    }
}

#[derive(Clone, Copy)]
enum Step {
    Up,
    Down,
}

impl Step {
    fn next(self, i: usize) -> Option<usize> {
        match self {
            Step::Up => i.checked_sub(1),
            Step::Down => Some(i + 1),
        }
    }
}

/// The lines that are not blank from `i` (not included) one `step` at a time inside the zone.
fn walk<'s, 'a, 't>(
    st: &'s State<'a, 't>,
    i: usize,
    step: Step,
) -> impl Iterator<Item = usize> + use<'s, 'a, 't> {
    std::iter::successors(step.next(i), move |&j| step.next(j))
        .take_while(|&j| st.in_zone(j))
        .filter(|&j| !st.blank(j))
}

/// The lines from `i` (not included) one `step` at a time inside the zone that are `member`s,
/// blank lines between them skipped.
fn members(st: &State, i: usize, step: Step, member: impl Fn(&State, usize) -> bool) -> Vec<usize> {
    walk(st, i, step).take_while(|&j| member(st, j)).collect()
}

/// The first line that is not blank from `i` (not included) one `step` at a time inside the
/// zone.
fn neighbour(st: &State, i: usize, step: Step) -> Option<usize> {
    walk(st, i, step).next()
}

/// Whether `line` is of a headline's length and other documents of the corpus print it too: a
/// story of a box the site's template repeats, not a line of this article (its lead is longer,
/// and an article the corpus holds twice is rarer than a box on every page).
pub(super) fn boxed_elsewhere(line: &LineRecord, stats: &Recurrence) -> bool {
    stats.docs() >= MIN_BOX_FREQ
        && HEADLINE_WORDS.contains(&line.words)
        && stats.doc_freq(line.trimmed) >= MIN_BOX_FREQ
}

/// A headline-shaped line: 6 to 25 words ([`HEADLINE_WORDS`]), capitalised, no sentence end (a
/// question mark ends a headline as often as a sentence).
fn boxed_headline(st: &State, i: usize) -> bool {
    let line = st.lines[i];
    let t = line.trimmed;
    HEADLINE_WORDS.contains(&line.words)
        && header::is_counted_title(t, line.words)
        && (!line.ends_sentence || t.ends_with('?'))
}

/// How `line` recurs when it recurs as a template line does (prose sentences never do).
pub(super) fn recurs(line: &str, opts: &Options, stats: &Recurrence) -> Option<Recurring> {
    recurs_with(words(line), ends_sentence(line), opts, stats, || {
        line_key(line)
    })
}

/// [`recurs`] of a line of `words` words that does or does not end a sentence, whose key `key`
/// gives (asked only when needed: it normalises and hashes the line).
pub(super) fn recurs_with(
    words: usize,
    ends_sentence: bool,
    opts: &Options,
    stats: &Recurrence,
    key: impl FnOnce() -> Option<u64>,
) -> Option<Recurring> {
    if !stats.reads_templates(&opts.corpus)
        || (words >= opts.corpus.max_prose_words && ends_sentence)
    {
        return None;
    }
    stats.template(&opts.corpus, key())
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
    if !st.on.enabled(CONTEXT) {
        return;
    }
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
        // a hard-wrapped paragraph is a run of short lines too: prose is not smoothed away. In
        // a dump wrapped at a width, its sentences may all end inside lines (`…hidden magnets.
        // Built from…`, a list's item titles glued after each paragraph, wrapped at 60
        // columns): when most of the run's lines reach the width, a sentence ending inside a
        // line counts as one at a line's end does (not in a thread's short lines, `…for the
        // backups. Trolololo. :D` between a user's name and a date)
        let run = &content[start..k];
        let run_words: usize = run.iter().map(|&i| st.lines[i].words).sum();
        let wrapped = || {
            st.wrap_width.is_some_and(|w| {
                let full = run.iter().filter(|&&i| st.lines[i].width + WRAP_SLACK >= w);
                3 * full.count() >= 2 * run.len()
            })
        };
        let prose = run_words >= 20
            && (run.iter().any(|&i| st.lines[i].ends_sentence)
                || (wrapped()
                    && run
                        .iter()
                        .any(|&i| sentence_ends_inside(st.lines[i].trimmed))));
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

#[cfg(test)]
mod tests;
