//! The body zone: where the article is in a text dump, found from the shape of the text rather
//! than from cue words (issue 11; `reference/text-dumps.md` §5).
//!
//! 1. **Units.** A hard-wrapped dump (`w3m -dump`, `lynx -dump`: most lines end near one width)
//!    has its wrapped lines joined into paragraph units; otherwise every line is a unit.
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
//!    by a gallery or a quote box; after the zone, not across an end-of-article cue). A run
//!    with no paragraph in it (menu items with short sentences) gives way to the heaviest run
//!    that holds one, and no cue after it keeps a block of prose out. Site
//!    template lines, one-line menus and short labels are never the zone's first or last unit.
//!
//! A menu above the article is then outside the zone whatever its labels say, so an end-of-
//! article cue there cannot cut the article (B009 is gated on the zone), and the lines before
//! and after the zone are removed as chrome (B015). A page with no run of prose has no zone.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::LazyLock;

use serde::Deserialize;

use memchr::memmem;
use xxhash_rust::xxh3::xxh3_64_with_seed;

use super::context::{recurs, recurs_with};
use super::corpus::LineStats;
use super::features::{ends_sentence, words_at_most, Line};
use super::figures::{self, Figures};
use super::lexicon;
use super::options::Options;
use super::record::LineRecord;

/// A paragraph unit: the lines `lines` (indices into the document's lines), joined.
#[derive(Debug)]
pub struct Unit {
    pub lines: Range<usize>,
    pub text: String,
    pub words: usize,
    /// What its text alone says (measured once per document, see [`Memo`]).
    own: Own,
}

/// The measurements of a unit's text: its features but the position and the neighbours',
/// whether the corpus shows it to be site template, and the shapes the decoder asks of the
/// zone's edges.
#[derive(Clone, Copy, Debug)]
struct Own {
    /// The first [`OWN`] features, with 0 for the position (which depends on the other units).
    features: [f64; OWN],
    /// [`template`]: the zone is never extended over it.
    template: bool,
    ends_sentence: bool,
    /// [`is_menu_line`].
    menu: bool,
    /// A template line by its vocabulary: [`lexicon::chrome`] at [`CHROME_WORDS`].
    chrome: bool,
    /// [`lexicon::end_marker`] with the built-in markers.
    end_cue: bool,
}

/// The units a document's looks have measured, by text: the second look (`second_look.rs`)
/// finds the zone again among the kept lines, whose units are mostly the same texts, and a
/// unit's own features never change (the measuring, a pass over its words with a stoplist
/// look-up for each and a corpus key, is most of the zone's cost). One per document, corpus and
/// options.
#[derive(Default)]
pub(super) struct Memo(HashMap<String, Own, BuildHasherDefault<TextHasher>>);

/// The memo's hasher: xxh3 over a unit's text (SipHash, the default, spent several instructions
/// on every byte of every paragraph, on each look).
#[derive(Default)]
struct TextHasher(u64);

impl Hasher for TextHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = xxh3_64_with_seed(bytes, self.0);
    }
}

/// Fewer units or words than these: the document is too short to tell an article zone from the
/// rest, and is left whole (a two-line note is not a menu page to empty).
const MIN_UNITS: usize = 3;
const MIN_WORDS: usize = 40;
/// Lines a wrapped dump may fall short of its width and still continue on the next line.
const WRAP_SLACK: usize = 16;

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
    Model::from_json(include_str!("../../data/dump-model.json")).expect("data/dump-model.json")
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

/// Splits the document lines into paragraph units (blank lines are in none), measured without
/// corpus statistics (`corpus_df` 0).
pub fn units(lines: &[Line]) -> Vec<Unit> {
    let records: Vec<LineRecord> = lines.iter().map(LineRecord::new).collect();
    let refs: Vec<&LineRecord> = records.iter().collect();
    let measuring = Measuring {
        corpus: None,
        opts: &Options::default(),
        df_feature: false,
    };
    units_of(&refs, &measuring, &mut Memo::default())
}

/// What a unit's measurements depend on besides its text.
struct Measuring<'a> {
    corpus: Option<&'a LineStats>,
    /// The corpus thresholds of [`template`].
    opts: &'a Options,
    /// Whether `corpus_df` is measured: the line model gives the feature no weight (see
    /// `examples/dump_features.rs`), and a unit's document frequency costs a normalised key of
    /// its text; unmeasured it is 0, which adds the same +0 to the model's sum.
    df_feature: bool,
}

/// [`units`] of the lines `lines`, measured as `measuring` says, the texts measured before
/// taken from `memo`.
fn units_of(lines: &[&LineRecord], measuring: &Measuring, memo: &mut Memo) -> Vec<Unit> {
    let lines_of = lines;
    let width = wrap_width(lines);
    let mut out: Vec<(Range<usize>, String, usize)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trimmed;
        if t.is_empty() {
            continue;
        }
        // a wrapped line: the one before it reached the wrap width, or the first word of this
        // one would not have fitted on it (a long address or link word wraps a short line), or
        // it starts in lowercase (a sentence goes on); and the one before did not end a sentence
        let continues = i > 0
            && out.last().is_some_and(|u| u.0.end == i)
            && !lines[i - 1].ends_sentence
            && !is_bullet(t)
            && (width.is_some_and(|w| wrapped_before(lines[i - 1].width, t, w))
                || line.starts_lower);
        match out.last_mut() {
            Some((range, text, words)) if continues => {
                text.push(' ');
                text.push_str(t);
                *words += line.words;
                range.end = i + 1;
            }
            _ => out.push((i..i + 1, t.to_string(), line.words)),
        }
    }
    out.into_iter()
        .map(|(lines, text, words)| {
            let own = match memo.0.get(&text) {
                Some(own) => *own,
                None => {
                    // a unit of one line: the line's record may know its chrome answer
                    let line = (lines.len() == 1).then(|| lines_of[lines.start]);
                    let own = measure(&text, words, line, measuring);
                    memo.0.insert(text.clone(), own);
                    own
                }
            };
            Unit {
                lines,
                text,
                words,
                own,
            }
        })
        .collect()
}

/// Whether a dumper wrapping at `width` columns ended a line of `before` characters before the
/// text `t`: the line came within [`WRAP_SLACK`] of the width, or `t`'s first word would not
/// have fitted after it.
fn wrapped_before(before: usize, t: &str, width: usize) -> bool {
    before + WRAP_SLACK >= width
        || t.split_whitespace()
            .next()
            .is_some_and(|word| before + 1 + word.chars().count() > width)
}

/// The wrap width of a hard-wrapped dump: the longest line, when it is at most 100 characters
/// and at least three lines come within the slack of it (menus make up most lines of many
/// dumps, so no share of lines is required).
fn wrap_width(lines: &[&LineRecord]) -> Option<usize> {
    let lens: Vec<usize> = lines.iter().map(|l| l.width).filter(|&n| n > 0).collect();
    let w = *lens.iter().max()?;
    let near = lens.iter().filter(|&&n| n + WRAP_SLACK >= w).count();
    (w <= 100 && near >= 3).then_some(w)
}

/// A list item: a bullet and a space, or a number of at most three digits, a full stop and a
/// space (`12. `).
fn is_bullet(t: &str) -> bool {
    let mut cs = t.chars();
    let first = cs.next().unwrap_or(' ');
    // the digits decide where the first `. ` may be: right after them, or the line is no item
    let digits = t.bytes().take(4).take_while(u8::is_ascii_digit).count();
    ("*•+-·◦▪►■»–".contains(first) && cs.next().is_some_and(char::is_whitespace))
        || ((1..=3).contains(&digits) && t.as_bytes()[digits..].starts_with(b". "))
}

/// The features of every unit, in [`FEATURES`] order: its own (as [`units`] measured them), its
/// position among `units`, and its neighbours' in `units`.
pub fn features(units: &[Unit]) -> Vec<Vec<f64>> {
    let n = units.len();
    let own: Vec<[f64; OWN]> = units
        .iter()
        .enumerate()
        .map(|(i, u)| {
            let mut f = u.own.features;
            f[POSITION] = i as f64 / (n.max(2) - 1) as f64;
            f
        })
        .collect();
    let neighbour = |j: isize| -> [f64; 3] {
        usize::try_from(j)
            .ok()
            .and_then(|j| own.get(j))
            .map_or([0.0; 3], |f| [f[0], f[2], f[3]])
    };
    own.iter()
        .enumerate()
        .map(|(i, f)| {
            let mut v = f.to_vec();
            for d in [-2, -1, 1, 2] {
                v.extend(neighbour(i as isize + d));
            }
            v
        })
        .collect()
}

/// The most words of a template line the zone reads by its vocabulary.
const CHROME_WORDS: usize = 12;

/// Where the position is among the own features.
const POSITION: usize = 10;

/// The measurements of the unit text `t` of `n_words` words, the text of the line `line` when
/// the unit is one line.
fn measure(t: &str, n_words: usize, line: Option<&LineRecord>, measuring: &Measuring) -> Own {
    // one pass over the bytes, each word looked up when it ends (hot: every unit of every
    // document)
    let Figures {
        tokens,
        alpha,
        caps,
        stop,
        visible,
        digits,
        seps,
        menu_seps,
        commas,
    } = figures::count(t);
    let nw = tokens.max(1) as f64;
    let visible = visible.max(1) as f64;
    let seps = seps
        + SPACED_DASH.find_iter(t.as_bytes()).count()
        + DOUBLE_SPACE.find_iter(t.as_bytes()).count();
    // the classifier asks each line's chrome with the options' word limit: the same question
    // when that is the zone's (its default), answered once
    let chrome = match line {
        Some(l) if measuring.opts.max_chrome_words == CHROME_WORDS => {
            l.chrome(measuring.opts).is_some()
        }
        _ => lexicon::chrome(t, CHROME_WORDS).is_some(),
    };
    let end_cue = lexicon::end_marker(t, &[], 8).is_some();
    let ends = ends_sentence(t);
    // the document frequency, when the template test or the feature asks for it
    let df = OnceCell::new();
    let corpus = measuring.corpus;
    let template = corpus.is_some_and(|s| {
        recurs_with(n_words, ends, measuring.opts, s, || {
            *df.get_or_init(|| s.doc_freq(t))
        })
        .is_some()
    });
    let df_feature = match corpus {
        Some(s) if measuring.df_feature => {
            let docs = s.docs().max(1) as f64;
            (1.0 + *df.get_or_init(|| s.doc_freq(t)) as f64).ln() / (1.0 + docs).ln()
        }
        _ => 0.0,
    };
    let features = [
        (1.0 + n_words as f64).ln(),
        visible / nw,
        stop as f64 / nw,
        f64::from(u8::from(ends)),
        caps as f64 / alpha.max(1) as f64,
        digits as f64 / visible,
        seps as f64 / nw,
        f64::from(u8::from(is_bullet(t))),
        f64::from(u8::from(end_cue || chrome)),
        commas as f64 / nw,
        0.0, // the position
        df_feature,
    ];
    Own {
        features,
        template,
        ends_sentence: ends,
        menu: menu_shape(menu_seps, t),
        chrome,
        end_cue,
    }
}

/// Separator pairs, searchers built once (building one costs more than searching a unit).
static SPACED_DASH: LazyLock<memmem::Finder<'static>> =
    LazyLock::new(|| memmem::Finder::new(" - "));
static DOUBLE_SPACE: LazyLock<memmem::Finder<'static>> =
    LazyLock::new(|| memmem::Finder::new("  "));

/// p(content) of each unit.
pub fn probabilities(m: &Model, feats: &[Vec<f64>]) -> Vec<f64> {
    feats
        .iter()
        .map(|f| {
            let z = m.bias
                + f.iter()
                    .enumerate()
                    .map(|(k, x)| m.weights[k] * (x - m.mean[k]) / m.scale[k])
                    .sum::<f64>();
            1.0 / (1.0 + (-z).exp())
        })
        .collect()
}

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

/// The body zone of the document lines `lines`; units whose text the corpus statistics show to
/// be site template ([`template`]) are never its edges. `memo` holds the units measured by the
/// document's earlier looks.
pub(super) fn find(
    lines: &[&LineRecord],
    corpus: Option<&LineStats>,
    opts: &Options,
    memo: &mut Memo,
) -> Zone {
    let measuring = Measuring {
        corpus,
        opts,
        df_feature: MODEL.weighs(CORPUS_DF),
    };
    let units = units_of(lines, &measuring, memo);
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
    let p = probabilities(m, &features(units));
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
        let p = probabilities(m, &features(inside));
        match decode(m, inside, &p, &extensible[r.clone()]) {
            UnitZone::Units(s) if s.len() < r.len() => r = r.start + s.start..r.start + s.end,
            _ => break,
        }
    }
    UnitZone::Units(r)
}

/// The zone from the units' p(content) and whether each may be an edge of the zone (not site
/// template), with `m`'s thresholds.
pub fn decode(m: &Model, units: &[Unit], p: &[f64], extensible: &[bool]) -> UnitZone {
    if too_short(units) {
        return UnitZone::Whole;
    }
    let p = structure_between_prose(m, units, p, extensible);
    match best_run(m, units, &p, extensible) {
        None => UnitZone::Empty,
        Some(r) => UnitZone::Units(r),
    }
}

/// `p` with the units of a list or a table that sits between two prose units raised to τ: an
/// article whose text goes on in a checklist, a table of results or a numbered list of items
/// (each row short, without function words, so the line model scores it as chrome) and then in
/// prose again is one block, and its weight is the prose on both sides. Without this the
/// zone ends at the list, or a teaser in a sidebar, heavier than either half, takes its place
/// (issue 11). The gap between the two prose units holds only short lines (under
/// [`MAX_BRIDGE_WORDS`] words: items, rows, subheadings), at least half of them list items
/// ([`is_item`]) or table rows ([`is_table_row`]), and its items are not Title-Case menu
/// entries (`• Home`, `• World News`: [`MAX_ITEM_CAPS`] on average); a chrome or
/// end-of-article cue, a one-line menu or a site template line in it keeps the two apart.
fn structure_between_prose(m: &Model, units: &[Unit], p: &[f64], extensible: &[bool]) -> Vec<f64> {
    let mut q = p.to_vec();
    let anchor =
        |i: usize| p[i] >= m.tau && units[i].words >= MIN_PROSE_WORDS && !units[i].own.chrome;
    let gap = |i: usize| in_structure(&units[i], extensible[i]);
    let structure = |gap: Range<usize>| is_structure(units, gap);
    let mut last: Option<usize> = None;
    for i in 0..units.len() {
        if anchor(i) {
            if let Some(a) = last.filter(|&a| a + 1 < i && structure(a + 1..i)) {
                for x in &mut q[a + 1..i] {
                    *x = x.max(m.tau);
                }
            }
            last = Some(i);
        } else if !gap(i) {
            last = None;
        }
    }
    q
}

/// Whether the units `gap` (each [`in_structure`]) are a list or a table of the article's: at
/// least half of them list items ([`is_item`]) or table rows ([`is_table_row`]), and the items
/// not Title-Case menu entries ([`MAX_ITEM_CAPS`] on average).
fn is_structure(units: &[Unit], gap: Range<usize>) -> bool {
    let items: Vec<f64> = gap
        .clone()
        .filter(|&i| is_item(&units[i].text))
        .map(|i| units[i].own.features[CAPS])
        .collect();
    let rows = gap
        .clone()
        .filter(|&i| is_table_row(&units[i].text))
        .count();
    let caps = items.iter().sum::<f64>() / items.len().max(1) as f64;
    2 * (items.len() + rows) >= gap.len() && caps < MAX_ITEM_CAPS
}

/// The prose unit after a list or a table that follows the zone ending at `from`
/// ([`is_structure`], any number of rows): the sentence that closes an article after its table
/// of results. The model reads a paragraph at the very end of a text as the page's edge (p
/// under τ), so [`structure_between_prose`], which needs prose over τ on both sides, does not
/// join it, and [`bridge`] steps over a few short units only: without this the first run kept
/// the table and its closing paragraph (comments followed them) and a second run over the
/// clean text cut them.
fn structure_bridge(
    units: &[Unit],
    from: usize,
    extensible: &[bool],
    joins: &impl Fn(usize) -> bool,
) -> Option<usize> {
    let end = (from..units.len())
        .find(|&i| !in_structure(&units[i], extensible[i]))
        .unwrap_or(units.len());
    (end > from + MAX_BRIDGE
        && end < units.len()
        && is_prose(&units[end])
        && joins(end)
        && is_structure(units, from..end))
    .then_some(end)
}

/// Whether the unit `u` (`extensible`: not site template) may be part of a list or a table
/// inside the article: a short line (an item, a row, a subheading, a picture), or an item or a
/// row of any length, and no chrome or end-of-article cue, no one-line menu.
fn in_structure(u: &Unit, extensible: bool) -> bool {
    extensible
        && !u.own.end_cue
        && !u.own.chrome
        && !u.own.menu
        && (u.words < MAX_BRIDGE_WORDS || is_item(&u.text) || is_table_row(&u.text))
}

/// The last unit of a list that the zone's last unit `units[end - 1]` announces (`…the offers
/// not to miss:`): the items ([`is_item`]) or table rows after it, at least
/// [`MIN_ANNOUNCED_ITEMS`] and a third of the lines up to the last one, the rest short lines
/// ([`in_structure`]: each item's picture, a link wrapped onto its own line). The list is the article's whatever its items' case: product names,
/// titles of works.
fn announced_list(units: &[Unit], end: usize, extensible: &[bool]) -> Option<usize> {
    if end == 0 || !units[end - 1].text.ends_with(':') {
        return None;
    }
    let row = |i: usize| is_item(&units[i].text) || is_table_row(&units[i].text);
    let run = (end..units.len())
        .take_while(|&i| in_structure(&units[i], extensible[i]))
        .filter(|&i| row(i));
    let (count, last) = run.fold((0, end), |(n, _), i| (n + 1, i));
    (count >= MIN_ANNOUNCED_ITEMS && 3 * count >= last + 1 - end).then_some(last)
}

/// Items an announced list needs ([`announced_list`]).
const MIN_ANNOUNCED_ITEMS: usize = 2;

/// Where the Title-Case share is among the own features.
const CAPS: usize = 4;
/// List items with more capitalised words than this share on average are a menu (`• Home`,
/// `• Sports News`), not a list of the article's.
const MAX_ITEM_CAPS: f64 = 0.6;

/// A list item: [`is_bullet`], or a number of at most three digits and `) `.
fn is_item(t: &str) -> bool {
    let digits = t.bytes().take(4).take_while(u8::is_ascii_digit).count();
    is_bullet(t) || ((1..=3).contains(&digits) && t.as_bytes()[digits..].starts_with(b") "))
}

/// A table row as a dumper lays it out: at least two cells, set apart by runs of spaces.
fn is_table_row(t: &str) -> bool {
    t.split("  ").filter(|c| !c.trim().is_empty()).count() >= 2
}

/// Whether a line is site template by the corpus statistics (what [`find`] asks of each unit,
/// from the document frequency it measured).
pub fn template<'a>(
    corpus: Option<&'a LineStats>,
    opts: &'a Options,
) -> impl Fn(&str) -> bool + 'a {
    move |t| corpus.is_some_and(|stats| recurs(t, opts, stats).is_some())
}

fn too_short(units: &[Unit]) -> bool {
    units.len() < MIN_UNITS || units.iter().map(|u| u.words).sum::<usize>() < MIN_WORDS
}

/// Kadane over words·(p − τ), trimmed of template units at its edges, then extended over
/// `extensible` neighbours above τ_low.
fn best_run(m: &Model, units: &[Unit], p: &[f64], extensible: &[bool]) -> Option<Range<usize>> {
    // site template lines (corpus statistics), menus and short labels (`Thời sự`: its
    // neighbours make it score like the article) are not the article's edges
    let edge = |i: usize| {
        extensible[i]
            && !is_menu(&units[i])
            && (units[i].words >= MIN_EXTENSION_WORDS || is_sentence(&units[i]))
    };
    let trimmed = |(mut r, _): (Range<usize>, f64)| {
        while r.start < r.end && !edge(r.start) {
            r.start += 1;
        }
        while r.end > r.start && !edge(r.end - 1) {
            r.end -= 1;
        }
        (!r.is_empty()).then_some(r)
    };
    // a run over τ of search boxes and menu items only is no zone either
    let mut r = heaviest(m.tau, units, p, 0..units.len())
        .and_then(trimmed)
        .or_else(|| lone_paragraph(m, units, p).and_then(trimmed))?;
    // a run of menu items and teasers is no article when a run over τ elsewhere holds a
    // paragraph: the zone moves there (a zone as heavy as a block of prose spans both)
    if !holds_paragraph(units, &r) {
        if let Some(b) = prose_run(m.tau, units, p).and_then(trimmed) {
            let weight: f64 = r
                .clone()
                .map(|i| units[i].words.max(1) as f64 * (p[i] - m.tau))
                .sum();
            r = if weight >= m.block_weight {
                r.start.min(b.start)..r.end.max(b.end)
            } else {
                b
            };
        }
    }
    // a menu item next to the article scores high from its neighbours: extension by score needs
    // a few words (the title is attached separately, see `classify::title_line`)
    let joins = |i: usize| {
        edge(i)
            && ((p[i] >= m.tau_low && units[i].words >= MIN_EXTENSION_WORDS)
                || is_sentence(&units[i]))
    };
    loop {
        if r.start > 0 && joins(r.start - 1) {
            r.start -= 1;
        } else if let Some(j) = bridge(units, r.end, &joins) {
            r.end = j + 1;
        } else if let Some(j) = structure_bridge(units, r.end, extensible, &joins) {
            r.end = j + 1;
        } else if let Some(j) = announced_list(units, r.end, extensible) {
            r.end = j + 1;
        } else if r.end < units.len() && joins(r.end) {
            r.end += 1;
        } else if let Some(b) = another_block(m, units, p, &r, extensible) {
            r = r.start.min(b.start)..r.end.max(b.end);
        } else {
            return Some(r);
        }
    }
}

/// The run of `within` maximising Σ words·(p − τ) (Kadane), with its sum, when it is positive.
fn heaviest(
    tau: f64,
    units: &[Unit],
    p: &[f64],
    within: Range<usize>,
) -> Option<(Range<usize>, f64)> {
    let (mut best, mut best_sum) = (None, 0.0);
    let (mut start, mut sum) = (within.start, 0.0);
    for i in within {
        if sum <= 0.0 {
            start = i;
            sum = 0.0;
        }
        sum += units[i].words.max(1) as f64 * (p[i] - tau);
        if sum > best_sum {
            best_sum = sum;
            best = Some(start..i + 1);
        }
    }
    best.map(|r| (r, best_sum))
}

/// Whether the units `r` hold a paragraph: [`PARAGRAPH_WORDS`] words ending a sentence.
fn holds_paragraph(units: &[Unit], r: &Range<usize>) -> bool {
    r.clone()
        .any(|i| units[i].words >= PARAGRAPH_WORDS && units[i].own.ends_sentence)
}

/// The heaviest run over τ (Σ words·(p − τ), as [`heaviest`]) that holds a paragraph
/// ([`holds_paragraph`]), with its sum: within each of Kadane's segments, the heaviest run from
/// the segment's start to a unit at or after its first paragraph.
fn prose_run(tau: f64, units: &[Unit], p: &[f64]) -> Option<(Range<usize>, f64)> {
    let (mut best, mut best_sum) = (None, 0.0);
    let (mut start, mut sum, mut prose) = (0, 0.0, false);
    for i in 0..units.len() {
        if sum <= 0.0 {
            (start, sum, prose) = (i, 0.0, false);
        }
        sum += units[i].words.max(1) as f64 * (p[i] - tau);
        prose |= holds_paragraph(units, &(i..i + 1));
        if prose && sum > best_sum {
            best_sum = sum;
            best = Some(start..i + 1);
        }
    }
    best.map(|r| (r, best_sum))
}

/// When no run clears τ (or the one that does is all menu items and labels): the heaviest run at τ − [`LONE_MARGIN`] that holds a paragraph
/// ([`PARAGRAPH_WORDS`] words ending a sentence). A short article in a language whose function
/// words the stoplists lack, at the very end of a long menu page (the position and the short
/// neighbours hold its score just under τ), is still its page's article; a listing or a menu
/// page has no such paragraph and stays without a zone.
fn lone_paragraph(m: &Model, units: &[Unit], p: &[f64]) -> Option<(Range<usize>, f64)> {
    heaviest(m.tau - LONE_MARGIN, units, p, 0..units.len()).filter(|(r, _)| {
        r.clone()
            .any(|i| units[i].words >= PARAGRAPH_WORDS && units[i].own.ends_sentence)
    })
}

/// How far under τ a lone paragraph's run may score ([`lone_paragraph`]).
const LONE_MARGIN: f64 = 0.1;

/// Another block of prose as heavy as a long paragraph, or holding one whole paragraph the model
/// reads as prose ([`PARAGRAPH_WORDS`] words, a sentence end, p ≥ τ), before or after the zone
/// `r`: an article whose text is several blocks separated by a picture gallery, a quote box,
/// an inline advertisement or the address box of each place it reviews (boilerpipe's
/// KeepLargestBlock re-adds the blocks of at least 150 words). The zone then spans both. After
/// the zone, a block is looked for only up to the first end-of-article cue (comments and
/// related stories after the cue are not the article) when the zone holds a paragraph of its
/// own; a cue above the zone, or after a zone of menu items, ends nothing.
fn another_block(
    m: &Model,
    units: &[Unit],
    p: &[f64],
    r: &Range<usize>,
    extensible: &[bool],
) -> Option<Range<usize>> {
    let paragraph =
        |i: usize| units[i].words >= PARAGRAPH_WORDS && units[i].own.ends_sentence && p[i] >= m.tau;
    let heavy = |(b, sum): (Range<usize>, f64)| {
        ((sum >= m.block_weight || b.clone().any(paragraph))
            && extensible[b.start]
            && extensible[b.end - 1])
            .then_some(b)
    };
    // a zone of menu items and teasers, without one paragraph of its own, is no article a cue
    // after it could end: the cue is one more menu item, the prose below it the article
    let holds_prose = holds_paragraph(units, r);
    let before = heaviest(m.tau, units, p, 0..r.start).and_then(heavy);
    // the blocks after it, up to the first such cue (the heaviest block further down, a
    // comment or a footer, must not hide a nearer block of the article)
    let cut = match holds_prose {
        true => (r.end..units.len())
            .find(|&i| units[i].own.end_cue)
            .unwrap_or(units.len()),
        false => units.len(),
    };
    let after = heaviest(m.tau, units, p, r.end..cut).and_then(heavy);
    before.or(after)
}

/// A menu written on one line (`Trang chủ | Thời sự | Kinh doanh | Thể thao`): at least
/// [`MENU_SEPARATORS`] item separators, one per [`MENU_ITEM_WORDS`] words or fewer, and no
/// sentence end. Its neighbours make it score like the article below it, but it is never the
/// zone's first or last unit (a paragraph with a `|` or two in it stays whole).
fn is_menu(u: &Unit) -> bool {
    u.own.menu
}

/// [`is_menu`] of a line (nor is it a title).
pub fn is_menu_line(t: &str) -> bool {
    let seps = t
        .chars()
        .filter(|c| matches!(c, '|' | '»' | '›' | '•' | '·'))
        .count();
    menu_shape(seps, t)
}

/// [`is_menu_line`] of `t`, which has `seps` menu separators.
fn menu_shape(seps: usize, t: &str) -> bool {
    seps >= MENU_SEPARATORS && words_at_most(t, seps * MENU_ITEM_WORDS) && !ends_sentence(t)
}

/// Words of a paragraph that brings its block into the zone ([`another_block`]) however light
/// the block is: a review's paragraphs between the address boxes of the places it reviews score
/// just above τ (their neighbours are short), yet each is the article. Fewer words: a teaser or
/// a caption, which must be heavy by the sum to join. On the even half of the wcxb-dev dumps
/// 25 kept 0.4 % more article paragraphs (w3m) than no such rule, at 0.001 article F1.
const PARAGRAPH_WORDS: usize = 25;

/// Separators of a one-line menu, and the most words per menu item.
const MENU_SEPARATORS: usize = 3;
const MENU_ITEM_WORDS: usize = 6;

/// A sentence of some length: it continues the zone across a bridge whatever its score.
fn is_prose(u: &Unit) -> bool {
    u.words >= MIN_PROSE_WORDS && u.own.ends_sentence
}

/// A sentence right next to the zone continues it whatever its score: the model learned that
/// page edges are chrome, but in a clean text the last paragraph (`Có. Có.`) is an edge too.
fn is_sentence(u: &Unit) -> bool {
    u.words >= 2 && u.own.ends_sentence && !u.own.chrome
}

/// Words a unit needs to join the zone by its score alone.
const MIN_EXTENSION_WORDS: usize = 4;
/// Words of a sentence that continues the zone on its own.
const MIN_PROSE_WORDS: usize = 8;
/// Short units the zone may step over to reach a sentence after it (a subheading, a date line,
/// an advertising label, the items of a short list between two paragraphs).
const MAX_BRIDGE: usize = 4;
/// A unit the zone steps over is shorter than this (list items: `Hậu vệ: Duy Mạnh, Thành Chung`).
const MAX_BRIDGE_WORDS: usize = 15;

/// The prose unit after at most [`MAX_BRIDGE`] short units from `from`, when there is one and
/// none of the units stepped over is an end-of-article cue.
fn bridge(units: &[Unit], from: usize, joins: &impl Fn(usize) -> bool) -> Option<usize> {
    (from..units.len().min(from + MAX_BRIDGE + 1))
        .take_while(|&i| units[i].words < MAX_BRIDGE_WORDS || is_prose(&units[i]))
        .take_while(|&i| !units[i].own.end_cue)
        .find(|&i| i > from && is_prose(&units[i]) && joins(i))
}

#[cfg(test)]
mod tests {
    use super::super::features::lines;
    use super::*;

    #[test]
    fn list_items_start_with_a_bullet_or_a_short_number() {
        for t in [
            "* Một",
            "• Hai",
            "1. Ba",
            "12. Bốn",
            "123. Năm. Sáu",
            "– Bảy",
        ] {
            assert!(is_bullet(t), "{t}");
        }
        for t in [
            "1234. Một",
            ". Hai",
            "1.Ba",
            "Năm 2024. Bốn",
            "12 . Năm",
            "*Sáu",
            "1",
            "",
        ] {
            assert!(!is_bullet(t), "{t}");
        }
    }

    #[test]
    fn a_line_wrapped_before_a_long_word_continues_its_paragraph() {
        // `w3m -dump` at 79 columns: the address would not fit after `nist.gov`
        let wrapped =
            "If your resource qualifies and you would like it considered for listing, send a\n\
            description of your resource to smallbizsecurity [at] nist.gov\n\
            (smallbizsecurity[at]nist[dot]gov).\n\n\
            Contacts\n\n\
            The team answers the questions of small businesses about the guides on this page\n\
            and writes back within a week to the address the question came from, in English.\n";
        let units = units(&lines(wrapped));
        assert_eq!(units.len(), 3, "{units:?}");
        assert!(units[0]
            .text
            .ends_with("(smallbizsecurity[at]nist[dot]gov)."));
        assert_eq!(units[1].text, "Contacts");
        // a short label line before a paragraph stays its own unit
        assert!(wrapped_before(
            62,
            "(smallbizsecurity[at]nist[dot]gov).",
            80
        ));
        assert!(!wrapped_before(8, "Contacts", 80));
        assert!(!wrapped_before(40, "The team answers", 80));
    }

    #[test]
    fn feature_slots_are_named() {
        assert_eq!(FEATURES[POSITION], "position");
        assert_eq!(FEATURES[CORPUS_DF], "corpus_df");
        assert_eq!(
            OWN,
            FEATURES
                .iter()
                .position(|f| f.starts_with("prev2"))
                .unwrap()
        );
    }

    #[test]
    fn units_measured_by_an_earlier_look_give_the_zone_a_fresh_look_gives() {
        let text = format!(
            "Trang chủ\nThời sự\n{}\nChia sẻ\nBình luận\n{}\nLiên hệ\n",
            prose(5),
            prose(2).replace("chuyên gia", "bạn đọc")
        );
        let ls = super::super::record::split(&text);
        let all: Vec<&LineRecord> = ls.iter().collect();
        let opts = Options::default();
        let mut memo = Memo::default();
        find(&all, None, &opts, &mut memo);
        // a later look: the first lines gone, the units that remain measured already
        for from in 1..4 {
            let fresh = find(&all[from..], None, &opts, &mut Memo::default());
            assert_eq!(find(&all[from..], None, &opts, &mut memo), fresh, "{from}");
            let (a, b) = (
                units(&lines(&text)[from..]),
                units_of(
                    &all[from..],
                    &Measuring {
                        corpus: None,
                        opts: &opts,
                        df_feature: false,
                    },
                    &mut memo,
                ),
            );
            assert_eq!(features(&a), features(&b));
        }
    }

    #[test]
    fn wrapped_lines_join_into_paragraphs() {
        let text = "Menu\n\nThis is a long line of an article that was wrapped by the dumper at\n\
                    eighty columns, and it goes on here.\n* item one\n";
        let ls = lines(text);
        let u = units(&ls);
        assert_eq!(u.len(), 3, "{u:?}");
        assert_eq!(u[1].lines, 2..4);
        assert!(u[1].text.ends_with("goes on here."));
    }

    #[test]
    fn lines_of_a_block_per_line_dump_stay_units() {
        let long = "Một câu rất dài ".repeat(12);
        let text = format!("Tiêu đề\n{long}\nDòng ngắn\n");
        assert_eq!(units(&lines(&text)).len(), 3);
    }

    fn prose(n: usize) -> String {
        (0..n)
            .map(|i| {
                format!(
                    "Theo các chuyên gia, việc này sẽ giúp người dân có thêm nhiều lựa chọn trong \
                     năm {} và những năm tới, nhưng vẫn còn không ít khó khăn cần được giải quyết.",
                    2000 + i
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn zone_text(text: &str) -> String {
        let ls = super::super::record::split(text);
        let refs: Vec<&LineRecord> = ls.iter().collect();
        let opts = Options::default();
        match find(&refs, None, &opts, &mut Memo::default()) {
            Zone::Lines(r) => ls[r].iter().map(|l| l.text).collect::<Vec<_>>().join("\n"),
            z => panic!("{z:?}"),
        }
    }

    /// The 42-word paragraph of a course page below a bullet menu whose items carry short
    /// sentences (`• Dive into the web platform, at your pace.`): the menu scores higher, but
    /// holds no paragraph, so the zone is the paragraph's run; and a menu cue between them
    /// (`• Related`) keeps nothing apart.
    #[test]
    fn a_menu_run_without_a_paragraph_gives_way_to_prose() {
        let para = "Explore our growing collection of courses on key web design and development \
                    subjects. An industry expert has written each course, helped by members of \
                    the team. Follow the modules in order, or dip into the topics you most want \
                    to learn about.";
        let languages = [
            "English",
            "Deutsch",
            "Français",
            "Italiano",
            "Polski",
            "Türkçe",
        ]
        .map(|l| format!("• {l}\n"))
        .concat();
        let text = format!(
            "• Dive into the web platform, at your pace.\n• Learn how to build better user \
             experiences.\n• Get up to speed on web development.\n• Related\n{languages}\
             Learn web development\n{para}\nCourse\n"
        );
        let us = units(&lines(&text));
        assert_eq!(us.len(), 13);
        assert!(us[3].own.end_cue, "{:?}", us[3].text);
        let mut p = vec![0.62, 0.60, 0.60, 0.40];
        p.extend([0.1; 6]);
        p.extend([0.46, 0.48, 0.30]);
        let m = &*MODEL;
        assert_eq!(best_run(m, &us, &p, &[true; 13]), Some(11..12));
        // a menu run as heavy as a block of prose is kept too: the zone spans both
        p[..3].fill(0.95);
        assert_eq!(best_run(m, &us, &p, &[true; 13]), Some(0..12));
    }

    /// A results table between the article's two short paragraphs: each row scores as chrome,
    /// yet the zone is the paragraphs and the table, not the teaser further down that outweighs
    /// either paragraph alone; a Title-Case bullet menu in the table's place stays out.
    #[test]
    fn a_table_between_prose_stays_in_the_zone() {
        let rows = (1..=30)
            .map(|i| {
                format!(
                    "{i}    Nguyễn Văn An          {}        5     1\n",
                    5040 - i
                )
            })
            .collect::<String>();
        let menu = [
            "Home",
            "World News",
            "Sport",
            "Business Today",
            "Contact Us",
        ]
        .map(|l| format!("• {l}\n"))
        .concat();
        let intro = "Bảng xếp hạng của giải năm nay được cập nhật sau mỗi vòng đấu.";
        let outro = "Các đội đứng đầu sẽ tranh chức vô địch ở vòng chung kết cuối mùa.";
        let teaser = "Xem lịch thi đấu, giờ phát sóng và thống kê của mọi trận đấu trong mùa giải \
                      này ở trang riêng";
        let decode_with = |middle: &str, score: f64| {
            let text = format!(
                "Trang chủ\nThời sự\nKinh tế\n{intro}\n{middle}{outro}\nChia sẻ bài viết qua Facebook Zalo Twitter Email\n\
                 {teaser}\nLiên hệ\n"
            );
            let us = units(&lines(&text));
            let n = us.len();
            let mut p = vec![score; n];
            p[..3].fill(0.2);
            (p[3], p[n - 4], p[n - 3], p[n - 2], p[n - 1]) = (0.6, 0.6, 0.1, 0.58, 0.1);
            (n, decode(&MODEL, &us, &p, &vec![true; n]))
        };
        let (n, zone) = decode_with(&rows, 0.2);
        assert_eq!(zone, UnitZone::Units(3..n - 3));
        let (n, zone) = decode_with(&menu, 0.2);
        assert_eq!(zone, UnitZone::Units(n - 2..n - 1));
    }

    /// A table of results after the zone and the paragraph that closes the article below it, at
    /// the end of a clean text (the model scores that paragraph under τ as the page's edge): the
    /// zone steps over the rows to it. Title-Case menu entries in their place are no table of
    /// the article's, and the zone stops before them.
    #[test]
    fn a_paragraph_after_a_table_at_the_end_joins_the_zone() {
        let rows = (1..=8)
            .map(|i| format!("{i}    Nguyễn Văn An    {}    5\n", 20 - i))
            .collect::<String>();
        let menu = [
            "Home",
            "World News",
            "Sport",
            "Business Today",
            "Contact Us",
            "About Us",
        ]
        .map(|l| format!("• {l}\n"))
        .concat();
        let outro =
            "Ở các trận đấu khác cùng ngày, đội khách thắng 1-0 còn đội đầu bảng bị cầm hòa.";
        let decode_with = |middle: &str| {
            let text = format!("{}\n{middle}{outro}\n", prose(3));
            let us = units(&lines(&text));
            let n = us.len();
            let mut p = vec![0.2; n];
            p[..3].fill(0.9);
            p[n - 1] = 0.3;
            (n, decode(&MODEL, &us, &p, &vec![true; n]))
        };
        let (n, zone) = decode_with(&rows);
        assert_eq!(zone, UnitZone::Units(0..n));
        let (_, zone) = decode_with(&menu);
        assert_eq!(zone, UnitZone::Units(0..3));
    }

    /// A numbered list of products that the article's last paragraph announces: the zone runs
    /// to its last item, over the pictures between the items, and no further.
    #[test]
    fn a_list_the_article_announces_is_in_the_zone() {
        let items = (1..=8)
            .map(|i| {
                format!(
                    "{i}) Lego Star Wars {} Bombardiere http://amzn.to/x{i}\n[{i}-300x300]\n",
                    75180 + i
                )
            })
            .collect::<String>();
        let text = format!(
            "Trang chủ\nThời sự\n{}\nĐây là những món quà không thể bỏ lỡ:\n{items}Quảng cáo\nLiên hệ\n",
            prose(3)
        );
        let us = units(&lines(&text));
        let last = us.iter().rposition(|u| u.text.starts_with("8)")).unwrap();
        let intro = us.iter().position(|u| u.text.ends_with(':')).unwrap();
        assert_eq!(
            announced_list(&us, intro + 1, &vec![true; us.len()]),
            Some(last)
        );
        // not announced: the zone ends where it ended
        assert_eq!(announced_list(&us, intro, &vec![true; us.len()]), None);
        let z = zone_text(&text);
        assert!(z.contains("8) Lego") && !z.contains("Quảng cáo"), "{z}");
    }

    #[test]
    fn an_article_in_two_blocks_keeps_both() {
        let gallery = (1..=60)
            .map(|i| format!("Ảnh {i}"))
            .collect::<Vec<_>>()
            .join("\n");
        let text = format!(
            "Trang chủ\nThời sự\nKinh tế\nThể thao\n{}\n{gallery}\n{}\nLiên hệ\n",
            prose(6),
            prose(3).replace("chuyên gia", "nhà nghiên cứu")
        );
        let z = zone_text(&text);
        assert!(
            z.contains("chuyên gia") && z.contains("nhà nghiên cứu"),
            "{z}"
        );
        assert!(!z.contains("Trang chủ"), "{z}");
    }

    fn clean(text: String) -> String {
        crate::pipeline::Pipeline::new(crate::config::Config::default())
            .run(text, crate::pipeline::Metadata::default())
            .unwrap()
            .text
    }

    #[test]
    fn a_teaser_link_inside_the_article_cuts_nothing() {
        let text = format!(
            "Trang chủ\nThời sự\n{}\nXem thêm: Giá vàng hôm nay tăng mạnh\n{}\nLiên hệ\n",
            prose(4),
            prose(3).replace("chuyên gia", "nhà nghiên cứu")
        );
        let out = clean(text);
        assert!(out.contains("nhà nghiên cứu"), "{out}");
        assert!(!out.contains("Xem thêm"), "{out}");
    }

    #[test]
    fn a_cleaned_dump_is_cleaned_again_to_itself() {
        let comments = (1..=4)
            .map(|i| format!("Bạn đọc {i}\nThích Trả lời {i}h trước"))
            .collect::<Vec<_>>()
            .join("\n");
        let text = format!(
            "Trang chủ\nThời sự\nKinh tế\n{}\nChia sẻ Facebook Zalo\nÝ kiến (4)\n{comments}\n\
             Liên hệ\n© 2024 Báo X\n",
            prose(6)
        );
        let once = clean(text);
        assert_eq!(clean(once.clone()), once);
    }

    /// A block of the article after a strip of share buttons, then comments heavier than it
    /// below an end-of-article cue: the block joins the zone, the comments do not.
    #[test]
    fn a_block_before_an_end_cue_joins_however_heavy_the_prose_after_it() {
        // each strip outweighs any block of prose here: the blocks are separate runs
        let strip = "Chia sẻ bài viết qua Facebook Zalo Twitter Email\n".repeat(24);
        let text = format!(
            "Trang chủ\nThời sự\n{}\n{strip}{}\nBình luận\n{strip}{}\nLiên hệ\n",
            prose(4),
            prose(1).replace("chuyên gia", "nhà nghiên cứu"),
            prose(3).replace("chuyên gia", "bạn đọc")
        );
        let us = units(&lines(&text));
        let n = us.len();
        let p: Vec<f64> = us
            .iter()
            .map(|u| if u.own.ends_sentence { 0.9 } else { 0.1 })
            .collect();
        let block = us
            .iter()
            .position(|u| u.text.contains("nhà nghiên cứu"))
            .unwrap();
        assert_eq!(
            decode(&MODEL, &us, &p, &vec![true; n]),
            UnitZone::Units(2..block + 1)
        );
    }

    #[test]
    fn prose_after_an_end_cue_is_not_another_block() {
        let related = (1..=12)
            .map(|i| format!("Tin {i} | Video | Podcast | Infographic | E-Magazine | Tin ảnh"))
            .collect::<Vec<_>>()
            .join("\n");
        let text = format!(
            "Trang chủ\nThời sự\n{}\nTin liên quan\n{related}\nBình luận\n{}\nLiên hệ\n",
            prose(6),
            prose(3).replace("chuyên gia", "bạn đọc")
        );
        // the zone may run on over the related list; the end-of-article cue inside it (B009)
        // cuts the rest
        let out = crate::pipeline::Pipeline::new(crate::config::Config::default())
            .run(text, crate::pipeline::Metadata::default())
            .unwrap()
            .text;
        assert!(
            out.contains("chuyên gia") && !out.contains("bạn đọc"),
            "{out}"
        );
    }
}
