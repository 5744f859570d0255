//! Lists of other articles written as bare headlines (B019): runs of headline-shaped lines below
//! the article's last paragraph, related boxes of headlines between two paragraphs that the
//! page prints again elsewhere, and carousels above the first paragraph or below the last
//! (each tile's line holds the next story's headline, which opens the next tile's line). Their
//! shape (capitalised, 4 to 25 words, no sentence end, in a row) or their repetition tells them,
//! not their words, so a list in any language is found.

use crate::hashed::{HashedMap, HashedSet};

use super::super::corpus::Recurrence;
use super::super::rules::HEADLINE_RUN;
use super::super::zone::WRAP_SLACK;
use super::super::{features, header, listings};
use super::article_end::continued;
use super::cohesion::ArticleWords;
use super::State;

/// Most words of a field's label ([`field`]).
const MAX_LABEL_WORDS: usize = 3;

/// Whether `t` is a field of a list: a label of at most [`MAX_LABEL_WORDS`] words, a colon,
/// then its value (`Thủ môn: Văn Công, Tấn Trường`, `Cost: $1,009`). A headline's colon comes
/// after its subject (`Áp lực thi vào lớp 10 công lập: Phụ huynh lo…`), or after a place it
/// stays by (`Hà Nội: …`, the safe side).
fn field(t: &str) -> bool {
    t.split_once(':').is_some_and(|(label, value)| {
        !value.trim().is_empty() && features::words(label) <= MAX_LABEL_WORDS
    })
}

/// Fewest headlines in a row that make a list of other articles.
const MIN_HEADLINES: usize = 3;

/// A headline-shaped line: 4 to 25 words, capitalised, no sentence end, not the first line of
/// a wrapped paragraph nor a sign-off.
fn headline(st: &State, i: usize) -> bool {
    let line = st.lines[i];
    // the measured answer first: most lines are sentences
    !line.ends_sentence && titled(st, i) && line.signoff().is_none()
}

/// A line of a headline's length and capitals ([`header::is_counted_title`], 4 to 25 words) that
/// does not go on from the line above: what [`headline`] and [`question_headline`] share.
fn titled(st: &State, i: usize) -> bool {
    let line = st.lines[i];
    (4..=25).contains(&line.words)
        && header::is_counted_title(line.trimmed, line.words)
        && !continued(st, i)
}

/// Runs of [`MIN_HEADLINES`] or more headline-shaped lines below the last prose line (B019):
/// the unlabelled related and most-read lists that follow an article.
pub(super) fn headline_runs(st: &mut State, last: usize) {
    let (mut run, mut n): (Vec<usize>, usize) = (Vec::new(), 0);
    for i in last + 1..=st.lines.len() {
        if i < st.lines.len() && (st.blank(i) || st.verdict[i].is_some()) {
            continue;
        }
        // a line of bulleted headlines counts them (`• A • B • C`: a related list on one line;
        // one bullet per line is the article's own list as often)
        let listed = (i < st.lines.len()).then(|| listings::bulleted_headlines(st.text(i)));
        if i < st.lines.len() && st.open(i) && (headline(st, i) || listed > Some(1)) {
            run.push(i);
            n += listed.filter(|&k| k > 1).unwrap_or(1);
            continue;
        }
        if n >= MIN_HEADLINES {
            for &j in &run {
                st.verdict[j] = Some((
                    HEADLINE_RUN,
                    format!("one of {n} headlines in a row below the article's last paragraph"),
                ));
            }
        }
        run.clear();
        n = 0;
    }
}

/// Fewest headlines in a row that make a related box between two paragraphs.
const MIN_BOXED_HEADLINES: usize = 2;
/// Most headlines in a row of a related box told by its words alone ([`ArticleWords::foreign`]):
/// a longer run of short lines between two paragraphs is a table's rows or a list's items (a
/// season's standings, drivers' names the prose never writes), the article's own.
const MAX_FOREIGN_HEADLINES: usize = 6;

/// Related boxes inside the article (B019): between two prose lines, a run of
/// [`MIN_BOXED_HEADLINES`] or more headline-shaped lines with nothing else between them, one
/// of which the page prints again outside the run (the same story in its related or most-read
/// list) while it prints the paragraphs around the run once, or, up to
/// [`MAX_FOREIGN_HEADLINES`] of them, whose words are not the article's
/// ([`ArticleWords::foreign`]: other stories' headlines, printed once).
/// A subheading stands alone above its paragraph; two headings in a row that the page does not
/// repeat and that speak of the article (a section and its first subsection) stay, and so do a
/// list that the paragraph above announces with a colon, a table's rows and the lines of a
/// hard-wrapped paragraph.
pub(super) fn boxed_headlines(st: &mut State, title: Option<usize>, first: usize, last: usize) {
    // how often the page prints each line, counted once when a run first needs it
    let mut printed: Option<HashedMap<usize>> = None;
    // the article's words, read once when a run the page does not repeat needs them
    let mut article: Option<ArticleWords> = None;
    let mut i = first + 1;
    while i < last {
        if !(st.open(i) && headline(st, i)) {
            i += 1;
            continue;
        }
        let mut run = vec![i];
        let mut j = i + 1;
        while j < last && (st.blank(j) || (st.open(j) && headline(st, j))) {
            if !st.blank(j) {
                run.push(j);
            }
            j += 1;
        }
        let before = (first..i).rev().find(|&k| !st.blank(k));
        let between_prose = before.is_some_and(|k| st.open(k) && st.lines[k].is_prose())
            && st.open(j)
            && st.lines[j].is_prose();
        if !(between_prose && run.len() >= MIN_BOXED_HEADLINES) {
            i = j;
            continue;
        }
        let printed = printed.get_or_insert_with(|| times_printed(st));
        // the paragraph above or below printed again too: the page holds the article twice
        // (a dump of its screen and its print or mobile copy), and the run repeats with it, as
        // the article's own list or subheadings do; a related box is printed again without them
        let article_twice = [before, Some(j)].into_iter().flatten().any(|k| {
            printed
                .get(&st.lines[k].text_hash())
                .is_some_and(|&n| n > 1)
        });
        let repeated = if article_twice {
            0
        } else {
            printed_again(st, &run, printed)
        };
        let reason = if repeated > 0 {
            format!("{repeated} of them printed again on the page")
        } else if run.len() <= MAX_FOREIGN_HEADLINES
            // a list the paragraph above announces (`…based on:` / its items) is the article's
            && before.is_some_and(|k| !st.text(k).ends_with(':'))
            // a hard-wrapped paragraph's lines that start capitalised and end no sentence are
            // no headlines, nor are a table's rows (`BHBank | 5,6 | 6,1`), a numbered list's
            // items (`1) Bộ lắp ráp tàu vũ trụ…`, a shop's top ten under its pictures) or a
            // list's fields (`Thủ môn: Văn Công, Tấn Trường`: names are no article's words)
            && run.iter().all(|&k| {
                st.wrap_width
                    .is_none_or(|width| st.lines[k].width + WRAP_SLACK < width)
                    && !st.text(k).contains(['|', '\t'])
                    && features::item_number(st.text(k)).is_none()
                    && !field(st.text(k))
            })
            && article
                .get_or_insert_with(|| ArticleWords::of(st, title, first, last))
                .foreign(st, &run)
        {
            // the last line right above the paragraph may head it: a subheading under the box
            // (`Những điều cần lưu ý khi đi hiến máu`), short or in the article's words, stays
            let words = article.as_ref().expect("read just above");
            if run.last().is_some_and(|&k| words.may_head(st, k)) {
                run.pop();
            }
            "their words not the article's".to_string()
        } else {
            i = j;
            continue;
        };
        for &k in &run {
            st.verdict[k] = Some((
                HEADLINE_RUN,
                format!(
                    "one of {} headlines in a row between paragraphs, {reason}",
                    run.len()
                ),
            ));
        }
        i = j;
    }
}

/// A headline that asks a question (`Thí sinh cần lưu ý gì trước kỳ thi?`): a related box's
/// story as often as an article's subheading or question, so only [`linked_boxes`] reads it as
/// a story, beside another headline and printed again below the article.
fn question_headline(st: &State, i: usize) -> bool {
    let t = st.lines[i].trimmed;
    t.ends_with('?') && !features::sentence_ends_inside(t) && titled(st, i)
}

/// Stories linked from inside the article (B019), after [`boxed_headlines`]: between two
/// paragraphs of the body zone, a run of [`MIN_BOXED_HEADLINES`] or more headline-shaped lines,
/// questions among them, one of which the page prints again below the article (below its last
/// paragraph in the zone) — the story linked from inside the article and from the related or
/// most-read list below it — while it prints the paragraphs around the run once. A lone
/// headline goes only with the summary under it, a sentence other documents of the `corpus`
/// print too ([`summary_below`]): alone, it may be a subheading that a list below happens to
/// print, and a summary is a sentence as an article's one-sentence paragraph is (their words
/// cannot tell them: tried). The copies below the article of the run's headlines go with it (a
/// lone headline right below the last paragraph is no list for [`headline_runs`]). A page that
/// holds the article twice prints its paragraphs twice, and its runs stay.
pub(super) fn linked_boxes(st: &mut State, first: usize, last: usize, corpus: Option<&Recurrence>) {
    let boxed = |st: &State, k: usize| st.open(k) && (headline(st, k) || question_headline(st, k));
    // read once a run needs them: the lines printed below the article, how often the page
    // prints each line
    let mut below: Option<HashedSet> = None;
    let mut printed: Option<HashedMap<usize>> = None;
    // the headlines removed, whose copies below the article go too
    let mut linked_stories = HashedSet::default();
    // the article ends with its last paragraph in the body zone (the prose below the zone is
    // comments' and footers'; a headline is no paragraph, whatever its end)
    let Some(end) = (first..st.zone.end.min(last + 1))
        .rev()
        .find(|&k| st.open(k) && st.lines[k].is_prose() && !boxed(st, k))
        .map(|k| k + 1)
    else {
        return;
    };
    let mut i = first.max(st.zone.start) + 1;
    while i + 1 < end {
        if !boxed(st, i) {
            i += 1;
            continue;
        }
        let mut run = vec![i];
        let mut j = i + 1;
        while j + 1 < end && (st.blank(j) || boxed(st, j)) {
            if !st.blank(j) {
                run.push(j);
            }
            j += 1;
        }
        let before = (first..i).rev().find(|&k| !st.blank(k));
        let prose = |k: usize| st.open(k) && st.lines[k].is_prose();
        if !(before.is_some_and(prose) && prose(j)) {
            i = j;
            continue;
        }
        let headlines = run.len();
        let lone = headlines < MIN_BOXED_HEADLINES;
        if lone && corpus.is_none() {
            i = j;
            continue;
        }
        let below = below.get_or_insert_with(|| printed_below(st, end));
        let linked = run
            .iter()
            .filter(|&&k| below.contains(&st.lines[k].text_hash()))
            .count();
        let printed = printed.get_or_insert_with(|| times_printed(st));
        let article_twice = [before, Some(j)].into_iter().flatten().any(|k| {
            printed
                .get(&st.lines[k].text_hash())
                .is_some_and(|&n| n > 1)
        });
        if linked == 0 || article_twice {
            i = j;
            continue;
        }
        // a lone headline goes with the summary under it, which other documents print too
        if lone {
            match corpus.and_then(|stats| summary_below(st, j, end, stats)) {
                Some(summary) => run.push(summary),
                None => {
                    i = j;
                    continue;
                }
            }
        }
        linked_stories.extend(run[..headlines].iter().map(|&k| st.lines[k].text_hash()));
        for (n, &k) in run.iter().enumerate() {
            let reason = if n < headlines {
                format!(
                    "one of {headlines} headlines between paragraphs, {linked} of them printed again below the article"
                )
            } else {
                "summary under a headline printed again below the article, printed by other documents too"
                    .to_string()
            };
            st.verdict[k] = Some((HEADLINE_RUN, reason));
        }
        i = j;
    }
    if linked_stories.is_empty() {
        return;
    }
    for k in end..st.lines.len() {
        if linked_stories.contains(&st.lines[k].text_hash()) && boxed(st, k) {
            st.verdict[k] = Some((
                HEADLINE_RUN,
                "headline of a story linked from inside the article, printed again below it".into(),
            ));
        }
    }
}

/// Most words of the one-sentence summary under a linked story's lone headline
/// ([`summary_below`]).
const MAX_SUMMARY_WORDS: usize = 40;
/// Fewest documents of the corpus printing that summary: this one and another.
const MIN_SUMMARY_FREQ: u32 = 2;

/// The summary under a linked story's lone headline, line `j`: one sentence of at most
/// [`MAX_SUMMARY_WORDS`] words that another document of the corpus prints too, above another
/// paragraph of the article (before `end`, below its last). The story's box is printed in the
/// articles that link to it; an article's paragraph is its own (an article the corpus holds
/// twice prints its paragraphs twice, but not its subheading again below itself).
fn summary_below(st: &State, j: usize, end: usize, stats: &Recurrence) -> Option<usize> {
    let line = st.lines[j];
    let next = (j + 1..end).find(|&k| !st.blank(k))?;
    (line.words <= MAX_SUMMARY_WORDS
        && line.ends_sentence
        && !features::sentence_ends_inside(line.trimmed)
        && st.open(next)
        && st.lines[next].is_prose()
        && stats.doc_freq(line.trimmed) >= MIN_SUMMARY_FREQ)
        .then_some(j)
}

/// The lines the page prints from line `end` on (below the article), by the xxh3 of their text
/// that the lines' records keep.
fn printed_below(st: &State, end: usize) -> HashedSet {
    st.lines[end..]
        .iter()
        .map(|line| line.text_hash())
        .collect()
}

/// How many of the run's lines the page holds again outside the run (a teaser's headline
/// printed twice in a row, its picture's and its link's, is a listing's mark, left to B020).
/// `printed`: how often the page prints each line ([`times_printed`]).
fn printed_again(st: &State, run: &[usize], printed: &HashedMap<usize>) -> usize {
    let mut in_run: HashedMap<usize> = HashedMap::default();
    for &k in run {
        *in_run.entry(st.lines[k].text_hash()).or_default() += 1;
    }
    run.iter()
        .filter(|&&k| {
            let t = st.lines[k].text_hash();
            printed.get(&t).copied().unwrap_or(0) > in_run[&t]
        })
        .count()
}

/// How often the page prints each (trimmed) line, by the xxh3 of its text that the line's
/// record keeps (the body zone's memo asked for most of them already).
fn times_printed(st: &State) -> HashedMap<usize> {
    let mut printed = HashedMap::with_capacity_and_hasher(st.lines.len(), Default::default());
    for line in st.lines.iter() {
        *printed.entry(line.text_hash()).or_default() += 1;
    }
    printed
}

/// Fewest lines in a row, each opening with words of the line above, that make a carousel.
const MIN_CAROUSEL: usize = 4;

/// Words a carousel tile's line opens with that the line above holds past its own start.
const CAROUSEL_OVERLAP: usize = 5;

/// Fewest paragraphs on the article's side of a carousel.
const MIN_ARTICLE_PARAGRAPHS: usize = 3;

/// Whether `line` opens with [`CAROUSEL_OVERLAP`] words that `above` holds past its first word:
/// a carousel's tile printed with the next story's headline under its own (`A B - Photo` /
/// `B C - Photo`), the overlap often cut short in the next tile.
fn opens_with_words_of(above: &str, line: &str) -> bool {
    let Some(first) = line.split_whitespace().next() else {
        return false;
    };
    // each place past the start of `above` where a word starts as `line` does
    above.match_indices(first).any(|(at, _)| {
        above[..at].ends_with(char::is_whitespace)
            && above[at..]
                .split_whitespace()
                .zip(line.split_whitespace())
                .take(CAROUSEL_OVERLAP)
                .filter(|(a, b)| a == b)
                .count()
                == CAROUSEL_OVERLAP
    })
}

/// Whether line `j` is a carousel tile under tile `i`: neither ends a sentence (a tile ends with
/// a headline) and `j` opens with words `i` holds past its start ([`opens_with_words_of`]).
fn next_tile(st: &State, i: usize, j: usize) -> bool {
    let (above, line) = (st.lines[i], st.lines[j]);
    above.words > CAROUSEL_OVERLAP
        && line.words >= CAROUSEL_OVERLAP
        && !above.ends_sentence
        && !line.ends_sentence
        && opens_with_words_of(above.trimmed, line.trimmed)
}

/// Carousels above the article's first paragraph or below its last (B019): runs of
/// [`MIN_CAROUSEL`] or more lines in a row, each a tile under the line above ([`next_tile`]),
/// with no paragraph (a prose line that ends a sentence)
/// on one side of the run and [`MIN_ARTICLE_PARAGRAPHS`] or more on the other. A listing
/// page's items, written the same way, have no article beside them and stay; so does a run
/// between paragraphs.
pub(super) fn carousels(st: &mut State) {
    let open: Vec<usize> = (0..st.lines.len()).filter(|&i| st.open(i)).collect();
    let mut runs: Vec<&[usize]> = Vec::new();
    let mut start = 0;
    for k in 1..=open.len() {
        let linked = k < open.len() && next_tile(st, open[k - 1], open[k]);
        if !linked {
            if k - start >= MIN_CAROUSEL {
                runs.push(&open[start..k]);
            }
            start = k;
        }
    }
    if runs.is_empty() {
        return;
    }
    let in_run = |i: usize| runs.iter().any(|r| r.contains(&i));
    let paragraphs: Vec<usize> = open
        .iter()
        .copied()
        .filter(|&i| st.lines[i].is_prose() && st.lines[i].ends_sentence && !in_run(i))
        .collect();
    let mut verdicts = Vec::new();
    for run in &runs {
        let above = paragraphs.iter().filter(|&&i| i < run[0]).count();
        let below = paragraphs.len() - above;
        let place = match (above, below) {
            (0, n) if n >= MIN_ARTICLE_PARAGRAPHS => "above the article's first paragraph",
            (n, 0) if n >= MIN_ARTICLE_PARAGRAPHS => "below the article's last paragraph",
            _ => continue,
        };
        for &i in *run {
            verdicts.push((
                i,
                format!(
                    "one of {} lines in a row each opening with words of the line above (a \
                     carousel), {place}",
                    run.len()
                ),
            ));
        }
    }
    for (i, reason) in verdicts {
        st.verdict[i] = Some((HEADLINE_RUN, reason));
    }
}

#[cfg(test)]
mod tests {
    use super::opens_with_words_of;

    #[test]
    fn a_line_opening_with_later_words_of_the_line_above() {
        let above = "Cầu Thăng Long đóng một làn xe Hà Nội thêm ba tuyến xe buýt điện - Ảnh";
        assert!(opens_with_words_of(
            above,
            "Hà Nội thêm ba tuyến Giá xăng giảm - Ảnh"
        ));
        // the line above's own start, four words, other words: no carousel
        assert!(!opens_with_words_of(
            above,
            "Cầu Thăng Long đóng một làn xe"
        ));
        assert!(!opens_with_words_of(above, "Hà Nội thêm ba"));
        assert!(!opens_with_words_of(above, "Hà Nội thêm bốn tuyến xe buýt"));
    }
}
