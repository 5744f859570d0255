//! The run of prose the zone sits in: the zone never leaves out more of it than it holds.
//!
//! The zone is the run of units the line model scores over τ. Where a dump breaks the article's
//! sentence ends, its paragraphs score just under τ and the zone stops short inside the
//! article: `inscriptis` lays out a page's two columns line by line, and a scraper's dump of
//! one block per line then glues a sidebar's archive entry onto each paragraph (`…fairly
//! trivial. + September (30)`), between archive lines of their own (`+ October (31)`). Each
//! paragraph then ends no sentence, its neighbours are three-word lines, and its score falls
//! to 0.37–0.48 around τ = 0.45: the zone held a third of the article, and B015 deleted the
//! rest (issue 11, an inscriptis-lines dump of the wcxb even half, recall 0.27).
//!
//! A run of prose by its shape, no score: paragraphs ([`is_prose_block`]: [`BLOCK_WORDS`]
//! words, a sentence end in every [`SENTENCE_WORDS`] of them or at the end, [`PROSE_STOP_DENSITY`]
//! of function words, not a one-line menu, a list on one line, a chrome or a template line)
//! with at most [`MAX_GAP_WORDS`] words of other units between two of them (a subheading, a
//! caption, archive links), and no end-of-article cue among those (comments
//! and related stories below the cue are runs of their own). When such a run overlaps the
//! zone and holds more words of paragraphs outside the zone than the zone holds words, the
//! zone has not found the article's edges: it spans the run (when unsure, keep: deleting an
//! article costs more than keeping a sidebar's lines between its paragraphs).
//!
//! What it could bring back: a comment thread right under the article with no heading the
//! cues know, longer than the article (comments under a heading, `Comments`, `3 Responses`,
//! are cut off by the cue, and B021 reads a thread by its action links and times); a footer's
//! legal paragraphs after a short article (a chrome or template line, or a short label with
//! its vocabulary, ends the run; a run must also outweigh the zone).

use std::ops::Range;

use super::super::features::is_closing;
use super::units::{Unit, PROSE_STOP_DENSITY};

/// Words of a paragraph of the run.
const BLOCK_WORDS: usize = 25;
/// A paragraph has a sentence end in every this many words at least, or ends a sentence.
const SENTENCE_WORDS: usize = 50;
/// The most words of the units a run steps over between two paragraphs: a subheading, a
/// caption, the archive links a dump interleaves with the paragraphs (five units of 38 words).
const MAX_GAP_WORDS: usize = 40;

/// The zone `r` spanned to the run of prose ([`prose_blocks`]) that overlaps it, when the run's
/// paragraphs outside `r` hold more words than `r` holds.
pub(super) fn spanned_to_prose_run(units: &[Unit], r: Range<usize>) -> Range<usize> {
    let zone_words: usize = units[r.clone()].iter().map(|u| u.words).sum();
    // the words of the units outside `r` that could be paragraphs bound those of a run's
    // paragraphs outside it: most zones hold most of their page's prose, and the runs (which
    // count sentence ends word by word) need not be found
    let could_outweigh: usize = (0..units.len())
        .filter(|i| !r.contains(i) && may_be_prose_block(&units[*i]))
        .map(|i| units[i].words)
        .sum();
    if could_outweigh <= zone_words {
        return r;
    }
    for run in prose_blocks(units) {
        let (first, last) = (run[0], run[run.len() - 1]);
        if last < r.start || first >= r.end {
            continue;
        }
        let outside: usize = run
            .iter()
            .filter(|i| !r.contains(i))
            .map(|&i| units[i].words)
            .sum();
        if outside > zone_words {
            return r.start.min(first)..r.end.max(last + 1);
        }
    }
    r
}

/// The runs of paragraphs of `units` ([`is_prose_block`]), each the indices of its paragraphs,
/// in order: the units between two of them hold at most [`MAX_GAP_WORDS`] words but those of
/// shorter sentences ([`is_sentence`]), none is an end-of-article cue (no item link).
fn prose_blocks(units: &[Unit]) -> Vec<Vec<usize>> {
    let mut runs: Vec<Vec<usize>> = Vec::new();
    let mut gap: Option<usize> = None;
    for (i, u) in units.iter().enumerate() {
        if is_prose_block(u) {
            match runs.last_mut() {
                Some(run) if gap.is_some() => run.push(i),
                _ => runs.push(vec![i]),
            }
            gap = Some(0);
            continue;
        }
        let counted = if is_sentence(u) { 0 } else { u.words };
        gap = gap
            .map(|words| words + counted)
            .filter(|&words| words <= MAX_GAP_WORDS && (!u.own.end_cue || u.item_link));
    }
    runs
}

/// A shorter unit of prose between two paragraphs: its words count to no gap. At least
/// [`SENTENCE_MIN_WORDS`] words with a sentence end, [`PROSE_STOP_DENSITY`], no chrome or
/// template line (a short paragraph, `First one that's needed serious effort this year. (No
/// complaints.) + July (31)`).
fn is_sentence(u: &Unit) -> bool {
    u.words >= SENTENCE_MIN_WORDS
        && u.own.stop_density() >= PROSE_STOP_DENSITY
        && !u.own.chrome
        && !u.own.template
        && !u.own.end_cue
        && (u.own.ends_sentence || sentence_marks(&u.text) > 0)
}

/// Words of a shorter unit of prose ([`is_sentence`]).
const SENTENCE_MIN_WORDS: usize = 8;

/// A paragraph by its shape, whatever its last words: [`BLOCK_WORDS`] words, a sentence end at
/// its end or in every [`SENTENCE_WORDS`] words ([`sentence_marks`]), [`PROSE_STOP_DENSITY`], no
/// one-line menu or list, no chrome, template or end-of-article line.
fn is_prose_block(u: &Unit) -> bool {
    may_be_prose_block(u)
        && (u.own.ends_sentence || sentence_marks(&u.text) * SENTENCE_WORDS >= u.words)
}

/// [`is_prose_block`] but its sentence ends: the unit's own memoized features alone.
fn may_be_prose_block(u: &Unit) -> bool {
    u.words >= BLOCK_WORDS
        && u.own.stop_density() >= PROSE_STOP_DENSITY
        && !u.own.menu
        && !u.own.chrome
        && !u.own.template
        && !u.own.list_on_one_line
        && !u.own.end_cue
}

/// Words of `t` that end a sentence: a word of two letters or digits at least, then `.`, `!`,
/// `?` or `…` (a closing quote or bracket may follow). Whatever the next word: a dump that glues
/// a label onto each paragraph, or breaks it at a link, leaves no capital after its last full
/// stop (`…fairly trivial. + September (30)`).
fn sentence_marks(t: &str) -> usize {
    t.split_whitespace()
        .filter(|w| {
            let word = w.trim_end_matches(is_closing);
            let stem = word.trim_end_matches(['.', '!', '?', '…']);
            stem.len() < word.len() && stem.chars().filter(|c| c.is_alphanumeric()).count() >= 2
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::super::super::features::lines;
    use super::super::tests::zone_over;
    use super::super::units;
    use super::*;

    /// A paragraph of English prose, `n` distinct, its sentence end followed by `tail`.
    fn paragraph(n: usize, tail: &str) -> String {
        format!(
            "On day {n} the puzzle asked for a set of coordinates, and I kept a map of them \
             as I went. It was not hard, but the second part took me a while to get right \
             because the numbers were large.{tail}"
        )
    }

    /// A blog post whose dump interleaves a sidebar's archive with its paragraphs, entries
    /// glued onto each (too many words for a label after the sentence): the first paragraphs
    /// score over τ, the rest just under it. The zone spans them all; without the rule it held
    /// the first three paragraphs alone.
    #[test]
    fn paragraphs_interleaved_with_archive_lines_stay_in_the_zone() {
        let mut text = String::from("My Blog\n");
        let mut p = vec![0.2];
        for n in 0..12 {
            text += &paragraph(n, " + May (31) + June (30)");
            text += "\n+ July (31)\n";
            p.extend([if n < 3 { 0.56 } else { 0.42 }, 0.3]);
        }
        text += "Tags: advent of code\n";
        p.push(0.05);
        let us = units(&lines(&text));
        assert!(us[1..24].iter().step_by(2).all(is_prose_block));
        assert!(!us[1].own.ends_sentence && !us[1].own.label_after_sentence);
        assert_eq!(zone_over(&text, &p), Some(1..24));
    }

    /// What the rule must not bring in: comments below an end-of-article heading (a run of
    /// their own), a run of prose that does not touch the zone, and one shorter than the zone.
    #[test]
    fn prose_past_a_cue_or_apart_from_the_zone_stays_out() {
        // the article, the comments heading, eight long comments under it
        let mut text = String::new();
        let mut p = Vec::new();
        for n in 0..3 {
            text += &paragraph(n, "");
            text += "\n";
            p.push(0.8);
        }
        text += "Comments\n";
        p.push(0.05);
        for n in 0..8 {
            text += &paragraph(100 + n, "");
            text += "\n";
            p.push(0.4);
        }
        assert_eq!(zone_over(&text, &p), Some(0..3));
        // a menu of fifty words between the article and a long block of prose
        let menu = "Home\nWorld News\nBusiness\nMarkets\nTechnology\nScience\nHealth\nSports\n\
                    Culture\nTravel\nFood and Drink\nStyle\nOpinion\nVideo\nPodcasts\n\
                    Newsletters\nEvents\nAbout us\nContact us\nCareers\nAdvertise\nPrivacy\n\
                    Terms of use\nCookie settings\nAccessibility help\nWeather\nObituaries\n\
                    Puzzles\nCrosswords\nJobs board\nReal estate\nCars for sale\n";
        let mut text = String::new();
        for n in 0..2 {
            text += &paragraph(n, "");
            text += "\n";
        }
        text += menu;
        for n in 0..6 {
            text += &paragraph(200 + n, " Read more");
            text += "\n";
        }
        let us = units(&lines(&text));
        let gap: usize = us[2..us.len() - 6].iter().map(|u| u.words).sum();
        assert!(gap > MAX_GAP_WORDS, "{gap}");
        let mut p = vec![0.2; us.len()];
        p[..2].fill(0.8);
        p[us.len() - 6..].fill(0.4);
        assert_eq!(zone_over(&text, &p), Some(0..2));
        // a run around the zone whose paragraphs outside hold fewer words than it
        let text = format!(
            "{}\n{}\n{}\n",
            paragraph(1, " + May (31)"),
            paragraph(2, ""),
            paragraph(3, "")
        );
        let us = units(&lines(&text));
        assert_eq!(spanned_to_prose_run(&us, 1..3), 1..3);
    }
}
