//! The body zone: where the article is in a text dump, found from the shape of the text rather
//! than from cue words (issue 11; `reference/text-dumps.md` §5).
//!
//! 1. **Units.** A hard-wrapped dump (`w3m -dump`, `lynx -dump`: most lines end near one width)
//!    has its wrapped lines joined into paragraph units; otherwise every line is a unit. A
//!    list item starts a unit of its own, a nested one of `lynx -dump` (`o Subscribe`) too.
//! 2. **Features** per unit (jusText's and boilerpipe's, without links): length, stopword
//!    density (jusText's Vietnamese and English stoplists, `data/`, see `stopwords.rs`), sentence end, Title-Case
//!    share, digits, separators, bullets, cue vocabulary, commas, relative position, corpus
//!    document frequency, and length/stopwords/sentence end of the ±1, ±2 neighbours.
//! 3. **p(content)** from logistic regression; the weights are fitted by
//!    `scripts/fit-dump-model` on the even half of wcxb-dev dumps and embedded from
//!    `data/dump-model.json`, with the zone thresholds the script picks by running this very
//!    decoder ([`find_units`], through `examples/dump_features.rs`) against the truth: shingle
//!    F1 with a heavy penalty for each article the zone deletes.
//! 4. **Zone.** The run of units maximising Σ words·(p − τ) (Kadane; boilerpipe keeps its
//!    largest block the same way), extended over neighbours whose p is above a lower threshold,
//!    and over other heavy runs of prose before or after it (an article in several blocks split
//!    by a gallery or a quote box; after the zone, not across an end-of-article cue, unless the
//!    page writes the cue under each of its sections; nor a bio or a notice small next to a
//!    long article: `after_long.rs`). A run
//!    with no paragraph in it (menu items with short sentences) gives way to the heaviest run
//!    that holds one, and no cue after it keeps a block of prose out. Site
//!    template lines, one-line menus and short labels are never the zone's first or last unit.
//!    Two guards keep the zone from settling around the wrong block: a long paragraph just
//!    above it that the model scores just under τ joins it (a one-paragraph article above a
//!    box of teasers), as does a paragraph right below its last sentence that ends none (a
//!    slogan, a quotation's author: `decode::paragraph_below`), and a zone that holds under
//!    half of the page's prose words and at most
//!    a third of its paragraphs spans the page's first to last paragraph (the article was not
//!    its densest block). A whole article on one line, scored under τ for its ending (a share
//!    bar, tags), joins a zone of less than half its words (`long_prose.rs`); a zone that stops
//!    short inside a run of paragraphs by their shape spans the run (`prose_span.rs`). A
//!    run-on unit weighs as the prose it starts with (`prose_head.rs`: an article glued onto a
//!    sidebar of headlines), and the rows of a list joined on one line right after the zone
//!    join it (`joined_rows.rs`: tour dates, standings), as do the items of a numbered list of
//!    sentences that the zone ends inside (`numbered_on.rs`: footnotes, steps, the numbering
//!    goes on); a news ticker's cut leads on one line
//!    weigh as a list, not as prose (`teasers.rs`). A zone that is the page's first text,
//!    far above a longer paragraph of prose across the site's menus, gives way to that
//!    paragraph's run (`notice_above.rs`: a cookie notice above the menus); such a notice
//!    does not join a zone found below the menus either, across a menu of more than twice its
//!    words (`head_notice`).
//!
//! 5. **Runs of prose** by the units' shapes alone, no score ([`prose_runs`]): the pass's final
//!    check (`keep_prose.rs`) keeps the longest when the zone and the cues removed most of it.
//!
//! A menu above the article is then outside the zone whatever its labels say, so an end-of-
//! article cue there cannot cut the article (B009 is gated on the zone), and the lines before
//! and after the zone are removed as chrome (B015). A page with no run of prose has no zone. A
//! text written without spaces between words (Chinese, Japanese, Thai) is not looked at: the
//! features count words, and its paragraphs are one or two each (`classify::written_unspaced`).

use std::ops::Range;
use std::sync::LazyLock;

use serde::Deserialize;

use super::context::recurs;
use super::corpus::Recurrence;
use super::options::Options;
use super::record::LineRecord;

mod after_long;
mod decode;
mod far_below;
mod joined_rows;
mod long_prose;
mod notice_above;
mod numbered_on;
mod prose;
mod prose_head;
mod prose_span;
mod structure;
mod teasers;
#[cfg(test)]
mod tests;
mod units;

use decode::too_short;
pub use decode::{decode, is_menu_line};
pub(super) use long_prose::{LONG_WORDS, SENTENCE_WORDS};
pub(super) use prose::prose_runs;
pub(super) use units::Memo;
use units::{feature_row_at, map_feature_rows, units_of, Measuring};
pub use units::{features, units, Unit};
pub(super) use units::{wrap_width, WRAP_SLACK};

/// The line model and zone thresholds (`data/dump-model.json`, fitted by
/// `scripts/fit-dump-model`, which reads candidate models through [`Model::from_json`]).
#[derive(Clone, Debug, Deserialize)]
pub struct Model {
    features: Vec<String>,
    mean: Vec<f64>,
    scale: Vec<f64>,
    weights: Vec<f64>,
    bias: f64,
    /// Zone threshold: units above it add to the zone.
    pub tau: f64,
    /// Extension threshold: neighbours above it join the zone.
    pub tau_low: f64,
    /// Σ words·(p − τ) of a separate block of prose that joins the zone ([`another_block`]):
    /// about one paragraph the model is sure of.
    pub block_weight: f64,
    /// Look for the zone again inside the zone until it holds ([`settle`]).
    pub settle: bool,
}

impl Model {
    /// A model from its JSON, checked against [`FEATURES`].
    pub fn from_json(json: &str) -> Result<Model, String> {
        let m: Model = serde_json::from_str(json).map_err(|e| e.to_string())?;
        if m.features != FEATURES {
            return Err("the model was fitted on other features".into());
        }
        if [m.mean.len(), m.scale.len(), m.weights.len()] != [FEATURES.len(); 3] {
            return Err("the model's vectors do not match its features".into());
        }
        Ok(m)
    }

    /// Whether the model gives feature `k` (an index into [`FEATURES`]) any weight.
    fn weighs(&self, k: usize) -> bool {
        self.weights[k] != 0.0
    }

    /// The same line model with other zone parameters.
    pub fn with_zone(&self, tau: f64, tau_low: f64, block_weight: f64, settle: bool) -> Model {
        Model {
            tau,
            tau_low,
            block_weight,
            settle,
            ..self.clone()
        }
    }
}

static MODEL: LazyLock<Model> = LazyLock::new(|| {
    Model::from_json(include_str!("../../../data/dump-model.json")).expect("data/dump-model.json")
});

/// The feature names, in order (the model file must list the same).
pub const FEATURES: &[&str] = &[
    "log_words",
    "chars_per_word",
    "stop_density",
    "ends_sentence",
    "caps_share",
    "digit_share",
    "separators",
    "bullet",
    "cue",
    "commas",
    "position",
    "corpus_df",
    "prev2_log_words",
    "prev2_stop",
    "prev2_sentence",
    "prev_log_words",
    "prev_stop",
    "prev_sentence",
    "next_log_words",
    "next_stop",
    "next_sentence",
    "next2_log_words",
    "next2_stop",
    "next2_sentence",
];
const OWN: usize = 12;
/// Where the corpus document frequency is among the features.
const CORPUS_DF: usize = 11;

/// p(content) of each unit, from its features.
pub fn probabilities(m: &Model, feats: &[Vec<f64>]) -> Vec<f64> {
    feats.iter().map(|f| probability(m, f)).collect()
}

/// [`probabilities`] of the units' [`features`], without collecting them.
fn unit_probabilities(m: &Model, units: &[Unit]) -> Vec<f64> {
    map_feature_rows(units, |f| probability(m, f))
}

/// p(content) of a unit whose features are `f`.
fn probability(m: &Model, f: &[f64]) -> f64 {
    let z = m.bias
        + f.iter()
            .enumerate()
            .map(|(k, x)| m.weights[k] * (x - m.mean[k]) / m.scale[k])
            .sum::<f64>();
    1.0 / (1.0 + (-z).exp())
}

/// p(content) of each unit with the neighbours past the text's end read as average lines (no
/// evidence either way) rather than as the empty lines [`features`] writes there: the model
/// learned that a page ends in chrome, so a paragraph that ends the text scores as if a
/// footer followed it. Once a look has removed the footer, the article's last paragraph is
/// the text's last unit and its score falls with nothing else changed (0.70 to 0.45 on a
/// page of the even half: a later look, and a second run over the clean text, cut it; issue
/// 11). Only the zone's extension by score reads it (`decode::best_run`'s `joins`): in the
/// zone's sums a cookie notice at the foot of a page, raised so, brought the page's sidebar
/// and footer into the zone with it.
fn open_ended(m: &Model, units: &[Unit], p: &[f64]) -> Vec<f64> {
    let mut open = p.to_vec();
    for (back, first_missing) in [(1, NEXT), (2, NEXT2)] {
        let Some(i) = units.len().checked_sub(back) else {
            continue;
        };
        let mut f = feature_row_at(units, i);
        f[first_missing..].copy_from_slice(&m.mean[first_missing..]);
        open[i] = probability(m, &f);
    }
    open
}

/// Where the next unit's and the unit after it's features begin among [`FEATURES`]: after a
/// unit's own come the two units before it and the two after, [`NEIGHBOUR_FEATURES`] each.
const NEXT: usize = OWN + 2 * NEIGHBOUR_FEATURES;
const NEXT2: usize = NEXT + NEIGHBOUR_FEATURES;
/// Features of each neighbour in a unit's row: its length, stop density and sentence end.
const NEIGHBOUR_FEATURES: usize = 3;

/// The article's body zone, as a range of document lines.
#[derive(Clone, Debug, PartialEq)]
pub enum Zone {
    /// The document is too short to tell: everything counts as inside.
    Whole,
    /// No run of prose: a listing, a menu page.
    Empty,
    /// The lines of the article body.
    Lines(Range<usize>),
}

/// The body zone of the document lines `lines`, `item_link` telling its cue lines written under
/// each item (`classify::item_links`); units whose text the corpus statistics show to
/// be site template ([`template`]) are never its edges. `memo` holds the units measured by the
/// document's earlier looks.
pub(super) fn find<'t>(
    lines: &[&LineRecord<'t>],
    item_link: &[bool],
    corpus: Option<&Recurrence>,
    opts: &'t Options,
    memo: &mut Memo,
) -> Zone {
    let measuring = Measuring {
        corpus,
        opts,
        df_feature: MODEL.weighs(CORPUS_DF),
    };
    let units = units_of(lines, item_link, &measuring, memo);
    let extensible: Vec<bool> = units.iter().map(|u| !u.own.template).collect();
    match find_units(&MODEL, &units, &extensible) {
        UnitZone::Whole => Zone::Whole,
        UnitZone::Empty => Zone::Empty,
        UnitZone::Units(r) => Zone::Lines(units[r.start].lines.start..units[r.end - 1].lines.end),
    }
}

/// The body zone as a range of [`units`], found with the model `m`.
#[derive(Clone, Debug, PartialEq)]
pub enum UnitZone {
    Whole,
    Empty,
    Units(Range<usize>),
}

/// [`find`] over units with any model, `extensible` telling the units that may be the zone's
/// edges (not site template).
pub fn find_units(m: &Model, units: &[Unit], extensible: &[bool]) -> UnitZone {
    if too_short(units) {
        return UnitZone::Whole;
    }
    let p = unit_probabilities(m, units);
    let first = decode(m, units, &p, extensible);
    settle(m, units, extensible, first)
}

/// With `m.settle`, the zone found again among its own units (their positions and neighbours
/// as a second run over the cleaned text sees them) until it holds, so that cleaning a cleaned
/// text finds the same zone. A run that would find no zone keeps the last one.
pub fn settle(m: &Model, units: &[Unit], extensible: &[bool], zone: UnitZone) -> UnitZone {
    let UnitZone::Units(mut r) = zone else {
        return zone;
    };
    if !m.settle {
        return UnitZone::Units(r);
    }
    loop {
        let inside = &units[r.clone()];
        let p = unit_probabilities(m, inside);
        match decode(m, inside, &p, &extensible[r.clone()]) {
            UnitZone::Units(s) if s.len() < r.len() => r = r.start + s.start..r.start + s.end,
            _ => break,
        }
    }
    UnitZone::Units(r)
}

/// Whether a line is site template by the corpus statistics (what [`find`] asks of each unit,
/// from the document frequency it measured).
pub fn template<'a>(
    corpus: Option<&'a Recurrence<'a>>,
    opts: &'a Options,
) -> impl Fn(&str) -> bool + 'a {
    move |t| corpus.is_some_and(|stats| recurs(t, opts, stats).is_some())
}
