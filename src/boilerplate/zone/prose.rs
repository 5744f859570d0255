//! The page's longest run of prose, by the units' shapes alone: what the final check of the
//! pass (`keep_prose.rs`) makes sure the kept text did not lose.
//!
//! The zone and the rules around it decide from the line model's scores and from cues; on a
//! dump shape or a site nobody tuned on, one of them can settle on the wrong block (a box of
//! teasers that the model scores above a one-paragraph article, a table it reads as a menu)
//! and a cue or the zone's edge then cuts the article (issue 11). This run reads no score and
//! no cue vocabulary but the end-of-article headings that split it: paragraphs
//! ([`PARAGRAPH_WORDS`] words that end a sentence, not a run-on line, a one-line menu, a chrome
//! line or site template) with at most [`MAX_GAP`] short units between two of them (a
//! subheading, a picture's caption, a share bar). An end-of-article heading (no item link)
//! between two paragraphs ends a run: comments and related stories below it are runs of their
//! own.

use std::ops::Range;

use super::decode::is_run_on;
use super::units::Unit;
use super::{units_of, Measuring, CORPUS_DF, MODEL};
use crate::boilerplate::classify::article_end::item_links;
use crate::boilerplate::corpus::Recurrence;
use crate::boilerplate::options::Options;
use crate::boilerplate::record::LineRecord;

/// Words of a paragraph of the run.
const PARAGRAPH_WORDS: usize = 25;
/// Short units a run steps over between two paragraphs.
const MAX_GAP: usize = 4;
/// A unit a run steps over is shorter than this.
const MAX_GAP_WORDS: usize = 15;

/// A run of prose: its document lines and the words of its paragraphs, each paragraph's lines.
#[derive(Debug, PartialEq)]
pub(in crate::boilerplate) struct ProseRun {
    pub lines: Range<usize>,
    pub paragraphs: Vec<(Range<usize>, usize)>,
}

impl ProseRun {
    /// The words of its paragraphs.
    pub fn words(&self) -> usize {
        self.paragraphs.iter().map(|(_, w)| w).sum()
    }
}

/// The runs of prose of the document lines `lines`, in order, measured as the zone measures
/// them (`memo`: the units measured before).
pub(in crate::boilerplate) fn prose_runs<'t>(
    lines: &[&LineRecord<'t>],
    corpus: Option<&Recurrence>,
    opts: &'t Options,
    memo: &mut super::Memo,
) -> Vec<ProseRun> {
    let measuring = Measuring {
        corpus,
        opts,
        df_feature: MODEL.weighs(CORPUS_DF),
    };
    let links = item_links(lines, |l| l.end_marker(opts));
    let units = units_of(lines, &links.link, &measuring, memo);
    runs(&units)
}

/// [`prose_runs`] over measured units.
fn runs(units: &[Unit]) -> Vec<ProseRun> {
    let mut out: Vec<ProseRun> = Vec::new();
    let mut open = false;
    let mut gap = 0;
    for u in units {
        if is_paragraph(u) {
            match out.last_mut() {
                Some(run) if open => run.lines.end = u.lines.end,
                _ => out.push(ProseRun {
                    lines: u.lines.clone(),
                    paragraphs: Vec::new(),
                }),
            }
            out.last_mut()
                .expect("a run was just opened")
                .paragraphs
                .push((u.lines.clone(), u.words));
            (open, gap) = (true, 0);
            continue;
        }
        gap += 1;
        if gap > MAX_GAP || u.words >= MAX_GAP_WORDS || (u.own.end_cue && !u.item_link) {
            open = false;
        }
    }
    out
}

/// A paragraph of prose by its shape: [`PARAGRAPH_WORDS`] words ending a sentence, no run-on
/// line, no one-line menu, no chrome line, no site template.
fn is_paragraph(u: &Unit) -> bool {
    u.words >= PARAGRAPH_WORDS
        && u.own.ends_sentence
        && !u.own.menu
        && !u.own.chrome
        && !u.own.template
        && !is_run_on(u)
}
