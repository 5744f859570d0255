//! Paragraph units and their features: what the zone's decoder reads of a dump.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;
use std::sync::LazyLock;

use memchr::memmem;
use xxhash_rust::xxh3::xxh3_64;

use super::super::classify::article_end::item_links;
use super::super::context::recurs_with;
use super::super::corpus::{line_key, Recurrence};
use super::super::features::{ends_sentence, is_closing, Line};
use super::super::figures::Figures;
use super::super::lexicon;
use super::super::options::Options;
use super::super::record::LineRecord;
use super::decode::{is_list_on_one_line, menu_shape};
use super::teasers::is_teaser_list;
use super::{FEATURES, NEIGHBOUR_FEATURES, OWN};
use crate::hashed::HashedMap;

/// A paragraph unit: the lines `lines` (indices into the document's lines), joined (a unit of
/// one line borrows its text).
#[derive(Debug)]
pub struct Unit<'t> {
    pub lines: Range<usize>,
    pub text: Cow<'t, str>,
    pub words: usize,
    /// A cue line the document writes under each item (`classify::item_links`): it ends no
    /// block of the article.
    pub item_link: bool,
    /// What its text alone says (measured once per document, see [`Memo`]).
    pub(super) own: Own,
}

/// The measurements of a unit's text: its features but the position and the neighbours',
/// whether the corpus shows it to be site template, and the shapes the decoder asks of the
/// zone's edges.
#[derive(Clone, Copy, Debug)]
pub(super) struct Own {
    /// The first [`OWN`] features, with 0 for the position (which depends on the other units).
    pub(super) features: [f64; OWN],
    /// [`template`]: the zone is never extended over it.
    pub(super) template: bool,
    pub(super) ends_sentence: bool,
    /// [`label_after_sentence`].
    pub(super) label_after_sentence: bool,
    /// [`is_menu_line`].
    pub(super) menu: bool,
    /// [`is_list_on_one_line`], or a list of teasers on one line ([`is_teaser_list`]).
    pub(super) list_on_one_line: bool,
    /// A template line by its vocabulary: [`lexicon::chrome`] at [`CHROME_WORDS`].
    pub(super) chrome: bool,
    /// [`lexicon::end_marker`] with the built-in markers.
    pub(super) end_cue: bool,
}

impl Own {
    /// The share of the text's words that are function words (jusText's stoplists).
    pub(super) fn stop_density(&self) -> f64 {
        self.features[STOP_DENSITY]
    }
}

/// Where the stopword density is among a unit's own features ([`FEATURES`]).
const STOP_DENSITY: usize = 2;

/// The least share of function words of prose the zone takes by its shape alone, whatever its
/// score (`long_prose`, `prose_span`): a quarter, as in jusText's paragraphs of text.
pub(super) const PROSE_STOP_DENSITY: f64 = 0.25;

/// The units a document's looks have measured, by the xxh3 of their text: the second look
/// (`second_look.rs`) finds the zone again among the kept lines, whose units are mostly the same
/// texts, and a unit's own features never change (the measuring, a pass over its words with a
/// stoplist look-up for each and a corpus key, is most of the zone's cost). One per document,
/// corpus and options. A text is hashed once and not copied: two texts of one document with the
/// same 64-bit hash are as unlikely as two lines of a corpus with the same key (the corpus line
/// statistics count by those alone). A unit of one line (most units) takes its line's hash, which the
/// line's record keeps ([`LineRecord::text_hash`]): a later look does not read the text again.
#[derive(Default)]
pub(in crate::boilerplate) struct Memo(HashedMap<Own>);

/// Lines a wrapped dump may fall short of its width and still continue on the next line: how
/// far under the widest line of the text a line that a dumper wrapped may end.
pub(in crate::boilerplate) const WRAP_SLACK: usize = 16;

/// Splits the document lines into paragraph units (blank lines are in none), measured without
/// corpus statistics (`corpus_df` 0).
pub fn units<'t>(lines: &[Line<'t>]) -> Vec<Unit<'t>> {
    let records: Vec<LineRecord> = lines.iter().map(LineRecord::new).collect();
    let refs: Vec<&LineRecord> = records.iter().collect();
    let measuring = Measuring {
        corpus: None,
        opts: &DEFAULT_OPTIONS,
        df_feature: false,
    };
    let links = item_links(&refs, |l| lexicon::end_marker(l.trimmed, &[], 8));
    units_of(&refs, &links.link, &measuring, &mut Memo::default())
}

/// The options [`units`] measures with (they live as long as the units' texts).
static DEFAULT_OPTIONS: LazyLock<Options> = LazyLock::new(Options::default);

/// What a unit's measurements depend on besides its text.
pub(super) struct Measuring<'c, 't> {
    pub(super) corpus: Option<&'c Recurrence<'c>>,
    /// The corpus thresholds of [`template`].
    pub(super) opts: &'t Options,
    /// Whether `corpus_df` is measured: the line model gives the feature no weight (see
    /// `examples/dump_features.rs`), and a unit's document frequency costs a normalised key of
    /// its text; unmeasured it is 0, which adds the same +0 to the model's sum.
    pub(super) df_feature: bool,
}

/// [`units`] of the lines `lines`, measured as `measuring` says, the texts measured before
/// taken from `memo`; `item_link` tells the lines' item links.
pub(super) fn units_of<'t>(
    lines: &[&LineRecord<'t>],
    item_link: &[bool],
    measuring: &Measuring<'_, 't>,
    memo: &mut Memo,
) -> Vec<Unit<'t>> {
    let lines_of = lines;
    let width = wrap_width(lines);
    let text_nodes = cut_at_links(lines);
    // a unit per line at most: grown a unit at a time, the vector was copied over and over
    let mut out: Vec<(Range<usize>, Cow<'t, str>, Figures)> = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        let t = line.trimmed;
        if t.is_empty() {
            continue;
        }
        // a wrapped line: the one before it reached the wrap width, or the first word of this
        // one would not have fitted on it (a long address or link word wraps a short line), or
        // it starts in lowercase (a sentence goes on), or, in a dump of text nodes, it goes on
        // with a sentence, follows or is a quotation's or a parenthesis's opening mark, or is a
        // link's text inside one ([`goes_on`], [`opens_onto_next`], [`is_opening`],
        // [`inside_sentence`]); and the one before did not end a sentence
        let continues = i > 0
            && out.last().is_some_and(|u| u.0.end == i)
            && !lines[i - 1].ends_sentence
            && !is_bullet(t)
            && !nested_item(lines[i - 1], line)
            && (width.is_some_and(|w| wrapped_before(lines[i - 1].width, t, w))
                || line.starts_lower
                || (text_nodes
                    && (goes_on(line)
                        || opens_onto_next(lines[i - 1].trimmed)
                        || is_opening(t)
                        || inside_sentence(line, lines.get(i + 1)))));
        match out.last_mut() {
            Some((range, text, figures)) if continues => {
                let text = text.to_mut();
                if !starts_closing(t) {
                    text.push(' ');
                }
                text.push_str(t);
                *figures += line.figures;
                range.end = i + 1;
            }
            _ => out.push((i..i + 1, Cow::Borrowed(t), line.figures)),
        }
    }
    out.into_iter()
        .map(|(lines, text, figures)| {
            let words = figures.tokens;
            // a unit of one line: the line's record may know its hash and chrome answer
            let line = (lines.len() == 1).then(|| lines_of[lines.start]);
            let hash = line.map_or_else(|| xxh3_64(text.as_bytes()), LineRecord::text_hash);
            let own = *memo
                .0
                .entry(hash)
                .or_insert_with(|| measure(&text, &figures, line, measuring));
            Unit {
                item_link: lines.len() == 1 && item_link[lines.start],
                lines,
                text,
                words,
                own,
            }
        })
        .collect()
}

/// Whether the lines are a dump of text nodes: a scraper that writes each text node of the page
/// on a line of its own (BeautifulSoup's `get_text("\n")`) cuts a paragraph wherever a link or a
/// bold word starts or ends, `…send a description of your resource to` / `smallbizsecurity` /
/// `[at]` / `nist.gov` / `.`. Cut up, the paragraph ended no sentence, and the zone stopped
/// above it (issue 11). Told by a line that starts with a mark closing a sentence
/// ([`starts_closing`]), not indented, after a line that ends none: a dumper that lays out
/// blocks seldom writes one (on the even half of the wcxb-dev dumps, 635 of 755 bs4 dumps have
/// one, no inscriptis dump and 2 html2text dumps). A dump of text nodes may have a wrap width
/// too: BeautifulSoup keeps the line breaks of a page whose source was hard-wrapped, and read by
/// the width alone, its links' texts were units of their own that ended no sentence, and the
/// zone stopped above the page's last sections (the even half of wcxb's bs4 dumps: 0.76 of a
/// page's text kept). So the width does not turn the question off; a dumper that wraps writes
/// such a line seldom (w3m: a tenth of the even half's pages, where it joins a few lines more).
fn cut_at_links(lines: &[&LineRecord]) -> bool {
    lines.windows(2).any(|w| {
        !w[0].ends_sentence
            && !w[0].trimmed.is_empty()
            && !w[1].text.starts_with(char::is_whitespace)
            && starts_closing(w[1].trimmed)
    })
}

/// Whether the text starts with a mark that closes or ends a sentence ([`CLOSING`]) and is no
/// ellipsis: a line of dots (`...`) is the `more` of a teaser, not the end of a sentence cut at
/// a link (reading it as one joined an author's box to the article). An indented line (`);`
/// in a listing of code) tells [`cut_at_links`] nothing.
fn starts_closing(t: &str) -> bool {
    t.starts_with(CLOSING) && !t.starts_with("..")
}

/// Whether the line goes on with the sentence of the line before it in a dump of text nodes
/// ([`cut_at_links`]): it starts in lowercase, or with a mark that closes or ends a sentence
/// ([`starts_closing`]).
fn goes_on(line: &LineRecord) -> bool {
    line.starts_lower || starts_closing(line.trimmed)
}

/// Whether the text `t` ends with a mark that opens a quotation or a parenthesis (`The paper “`,
/// `(`): a dump of text nodes cut the sentence where a link starts inside the quotation, and
/// the quotation goes on on the next line (`A` / `Disk-Packing Algorithm for an Origami Magic
/// Trick` / `”`). No paragraph ends with one.
fn opens_onto_next(t: &str) -> bool {
    t.ends_with(OPENING)
}

/// Whether the text `t` is only marks that open a quotation or a parenthesis (a `(` alone on its
/// line before a link's text `OSME`): it goes on with the sentence above it.
fn is_opening(t: &str) -> bool {
    !t.is_empty() && t.chars().all(|c| OPENING.contains(&c))
}

/// Marks that open a quotation or a parenthesis ([`opens_onto_next`]).
const OPENING: &[char] = &['(', '[', '“', '‘', '«', '„'];

/// Marks that close or end a sentence: a line that starts with one goes on with the line
/// before it ([`goes_on`]), and joins it without a space (an ellipsis is none: see
/// [`starts_closing`]).
const CLOSING: &[char] = &['.', ',', ';', ':', '!', '?', ')', ']', '”', '’'];

/// Whether the line is a link's text inside a sentence of a dump of text nodes
/// ([`cut_at_links`]): at most [`LINK_WORDS`] words, no sentence end, and the line after it goes on
/// with the sentence (`…le offerte anni ’80 su` / `Amazon` / `:`: cut up, the sentence that
/// announces the article's list ended on no colon, and the list was lost).
fn inside_sentence(line: &LineRecord, next: Option<&&LineRecord>) -> bool {
    !line.ends_sentence && line.figures.tokens <= LINK_WORDS && next.is_some_and(|n| goes_on(n))
}

/// The most words of a link's text inside a sentence ([`inside_sentence`]).
const LINK_WORDS: usize = 8;

/// Whether a dumper wrapping at `width` columns ended a line of `before` characters before the
/// text `t`: the line came within [`WRAP_SLACK`] of the width, or `t`'s first word would not
/// have fitted after it.
pub(super) fn wrapped_before(before: usize, t: &str, width: usize) -> bool {
    before + WRAP_SLACK >= width
        || t.split_whitespace()
            .next()
            .is_some_and(|word| before + 1 + word.chars().count() > width)
}

/// How much deeper than the line above a nested list item of `lynx -dump` starts: its levels
/// are indented by 4 to 10 columns, a wrapped item's next line by 2.
const NESTED_ITEM_INDENT: usize = 4;

/// A nested list item as `lynx -dump` writes it: `o` and a space (its bullet from the second
/// level on), indented [`NESTED_ITEM_INDENT`] deeper than the line above or, a sibling, as deep
/// as an item above it (`     * Home` / `               o Subscribe` / `               o About
/// Us`). Its lowercase `o` would read as a sentence going on, and a site's menu as one long
/// paragraph. A wrapped line of prose keeps its paragraph's indent: a line that goes on a
/// sentence with the word `o` (Portuguese, Italian) is no item, unless the line above it also
/// began with one at the same indent.
pub(super) fn nested_item(before: &LineRecord, line: &LineRecord) -> bool {
    let item = |l: &LineRecord| l.trimmed.starts_with("o ");
    let indent = |l: &LineRecord| l.text.len() - l.text.trim_start().len();
    item(line)
        && (indent(line) >= indent(before) + NESTED_ITEM_INDENT
            || (item(before) && indent(line) == indent(before)))
}

/// The widest a hard-wrapped dump's lines are (`w3m -dump` 80, `lynx -dump` 79, `html2text`
/// 78): a text whose lines all reach no further is a candidate for wrapping.
const MAX_WRAP: usize = 100;

/// The narrowest width a dump with lines past [`MAX_WRAP`] is read as wrapped at: dumpers wrap
/// at 60 to 80 columns, and a dump of a block a line whose other lines are short items (a
/// gallery's captions, a menu) has them pile up at a width of a few words.
const MIN_WRAP_WITH_LONG_LINES: usize = 50;

/// How many times the lines near the width must outnumber the lines over [`MAX_WRAP`] in a
/// wrapped dump that holds some ([`wrap_width`]).
const NEAR_PER_LONG_LINE: usize = 4;

/// The wrap width of a hard-wrapped dump: the longest line, when it is at most [`MAX_WRAP`]
/// characters and at least three lines come within the slack of it (menus make up most lines of
/// many dumps, so no share of lines is required).
///
/// A few lines of several words may run past it: a scraper that writes a menu's items or a
/// whole article on one line leaves such lines in a text it wrapped otherwise (issue 11). Read
/// as the width, one of them took the dump for unwrapped, its paragraphs fell apart into their
/// lines, and the body zone settled on a few of them: the article was deleted. So the width is
/// the longest line up to [`MAX_WRAP`]; when longer lines of several words exist, the lines near
/// it must outnumber them [`NEAR_PER_LONG_LINE`] times and pile up at it (more lines within the
/// slack of it than in the slack below that): a dump of a block a line (inscriptis, bs4), whose
/// paragraphs are the long lines and whose shorter lines thin out evenly, is not taken for
/// wrapped; nor is one where no line near the width is followed by a line in lower case. A
/// line of one word past [`MAX_WRAP`] (an address no dumper can break) still reads as no
/// wrapping, as before: the pages of `html-to-text` that have one were tuned read so, and
/// read as wrapped their joined paragraphs drew the zone over a disclaimer (even half, wcxb:
/// precision 0.835 to 0.831).
pub(in crate::boilerplate) fn wrap_width(lines: &[&LineRecord]) -> Option<usize> {
    let (mut width, mut long) = (0, 0);
    for l in lines {
        if l.width <= MAX_WRAP {
            width = width.max(l.width);
        } else if l.words > 1 {
            long += 1;
        } else {
            return None;
        }
    }
    if width == 0 {
        return None;
    }
    // the lines up to the width by how far they fall short of it: within the slack (near),
    // within twice the slack (below)
    let banded = lines
        .iter()
        .filter(|l| l.width > 0 && l.width <= width && width - l.width <= 2 * WRAP_SLACK);
    let is_near = |l: &LineRecord| width - l.width <= WRAP_SLACK;
    if long == 0 {
        return (banded.filter(|l| is_near(l)).count() >= 3).then_some(width);
    }
    // a run of short items (a gallery's captions, a menu) is no paragraph wrapped
    if width < MIN_WRAP_WITH_LONG_LINES {
        return None;
    }
    // with longer lines about, each text once: a share bar repeated under every comment of a
    // dump of a block a line piles up at its own width
    let mut band: Vec<(bool, u64)> = banded.map(|l| (is_near(l), l.text_hash())).collect();
    band.sort_unstable();
    band.dedup();
    let near = band.iter().filter(|(near, _)| *near).count();
    let below = band.len() - near;
    // and a wrapped sentence goes on below one of them in lower case: a box's headlines or a
    // title of about the same width, each opening with a capital, is no paragraph cut at the
    // width (the box above an article a scraper wrote on one line was read as one wrapped unit)
    let goes_on = || {
        lines.windows(2).any(|pair| {
            pair[0].width <= width
                && is_near(pair[0])
                && (pair[1].trimmed.chars().next()).is_some_and(char::is_lowercase)
        })
    };
    (near >= 3 && long * NEAR_PER_LONG_LINE <= near && near > below && goes_on()).then_some(width)
}

/// A list item: a bullet and a space, or a number of at most three digits, a full stop and a
/// space (`12. `).
pub(super) fn is_bullet(t: &str) -> bool {
    let mut cs = t.chars();
    let first = cs.next().unwrap_or(' ');
    // the digits decide where the first `. ` may be: right after them, or the line is no item
    let digits = t.bytes().take(4).take_while(u8::is_ascii_digit).count();
    // the bullets by a `match` (asked of every line: a search of a string of them costs a
    // hundred instructions a line)
    let bullet = matches!(
        first,
        '*' | '•' | '+' | '-' | '·' | '◦' | '▪' | '►' | '■' | '»' | '–'
    );
    (bullet && cs.next().is_some_and(char::is_whitespace))
        || ((1..=3).contains(&digits) && t.as_bytes()[digits..].starts_with(b". "))
}

/// The features of every unit, in [`FEATURES`] order: its own (as [`units`] measured them), its
/// position among `units`, and its neighbours' in `units`.
pub fn features(units: &[Unit]) -> Vec<Vec<f64>> {
    let own = own_features(units);
    (0..own.len())
        .map(|i| feature_row(&own, i).to_vec())
        .collect()
}

/// [`features`] a row at a time, each on the stack, handed to `f`: the zone reads each row once
/// (its probability) on every look and settling step, and collecting a vector per unit was a
/// tenth of its decoding.
pub(super) fn map_feature_rows<T>(units: &[Unit], f: impl Fn(&[f64]) -> T) -> Vec<T> {
    let own = own_features(units);
    (0..own.len()).map(|i| f(&feature_row(&own, i))).collect()
}

/// [`features`] of unit `i` alone, from its own and its two neighbours' each side: the zone
/// asks it of the text's last units only ([`open_ended`](super::open_ended)).
pub(super) fn feature_row_at(units: &[Unit], i: usize) -> [f64; FEATURES.len()] {
    let near = i.saturating_sub(2)..(i + 3).min(units.len());
    let start = near.start;
    feature_row(&own_features_of(units, near), i - start)
}

/// The units' own features with their positions among `units`.
fn own_features(units: &[Unit]) -> Vec<[f64; OWN]> {
    own_features_of(units, 0..units.len())
}

/// [`own_features`] of the units `range` of `units`, positions still counted among all.
fn own_features_of(units: &[Unit], range: Range<usize>) -> Vec<[f64; OWN]> {
    let n = units.len();
    range
        .map(|i| {
            let mut f = units[i].own.features;
            f[POSITION] = i as f64 / (n.max(2) - 1) as f64;
            f
        })
        .collect()
}

/// The features of unit `i` ([`features`]), from the own features of all the units.
fn feature_row(own: &[[f64; OWN]], i: usize) -> [f64; FEATURES.len()] {
    let neighbour = |j: isize| -> [f64; NEIGHBOUR_FEATURES] {
        usize::try_from(j)
            .ok()
            .and_then(|j| own.get(j))
            .map_or([0.0; NEIGHBOUR_FEATURES], |f| [f[0], f[2], f[3]])
    };
    let mut v = [0.0; FEATURES.len()];
    v[..OWN].copy_from_slice(&own[i]);
    for (k, d) in [-2, -1, 1, 2].into_iter().enumerate() {
        let at = OWN + NEIGHBOUR_FEATURES * k;
        v[at..at + NEIGHBOUR_FEATURES].copy_from_slice(&neighbour(i as isize + d));
    }
    v
}

/// The most words of a template line the zone reads by its vocabulary.
const CHROME_WORDS: usize = 12;

/// Where the position is among the own features.
pub(super) const POSITION: usize = 10;

/// The measurements of the unit text `t` whose [`Figures`] are `figures` (its lines' summed),
/// the text of the line `line` when the unit is one line.
fn measure<'t>(
    t: &str,
    figures: &Figures,
    line: Option<&LineRecord<'t>>,
    measuring: &Measuring<'_, 't>,
) -> Own {
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
        blanks: _,
        unspaced: _,
    } = *figures;
    let n_words = tokens;
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
    // the built-in markers are the options' when these add none: the line's record has the
    // answer (the item links asked it of every line)
    let end_cue = match line {
        Some(l) if measuring.opts.end_markers.is_empty() => l.end_marker(measuring.opts).is_some(),
        _ => lexicon::end_marker(t, &[], 8).is_some(),
    };
    let ends = ends_sentence(t);
    // the line's corpus key, when the template test or the feature asks for it
    let key = OnceCell::new();
    let corpus = measuring.corpus;
    let template = corpus.is_some_and(|s| match line {
        // a unit of one line: the line's record keeps the answer, which the classifier asks too
        // (the same question: its words, sentence end and text are the unit's)
        Some(l) if !measuring.df_feature => l.recurs(measuring.opts, s).is_some(),
        _ => recurs_with(n_words, ends, measuring.opts, s, || {
            *key.get_or_init(|| line_key(t))
        })
        .is_some(),
    });
    let df_feature = match corpus {
        Some(s) if measuring.df_feature => s.log_share(*key.get_or_init(|| line_key(t))),
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
        // the question asked of the units that end no sentence only (most prose units do)
        label_after_sentence: !ends && label_after_sentence(t),
        menu: menu_shape(menu_seps, t),
        // a list on one line ends no sentence; a list of teasers ends each in an ellipsis
        list_on_one_line: (!ends && is_list_on_one_line(t)) || is_teaser_list(t, n_words),
        chrome,
        end_cue,
    }
}

/// Whether a short label follows the last sentence of the text `t`, which ends no sentence
/// itself: a paragraph of [`MIN_SENTENCE_PART_WORDS`] words or more up to a sentence end (`.`,
/// `!`, `?`, `…` after a word of two letters or digits at least, so no run of dots in the text
/// of a picture), then at most [`MAX_LABEL_WORDS`] words, one with a letter at least (`…in
/// less than 2 hours! (BUTTON) Continue Reading`, `…the full description. Read more`, `…to the
/// end. 12 comments Share`; a bare number is a teaser's comment count, `…84 triệu đồng mỗi
/// lượng. 23`, on a category page whose teasers are no sentences of an article).
/// A wrapped dump writes such a label on a line of its own (a link, a button under the card);
/// a scraper's dump, one block per line, glues it onto the paragraph, which then ends no
/// sentence. The zone reads such a unit as a sentence where it looks at its neighbours
/// (`decode::ends_its_sentences`); the line model does not (raising its p brought cookie
/// notices and testimonials far below an article into the zone, `another_block`).
///
/// Only the text's last words are read, from its end, and its words are counted no further than
/// the rule looks (the line model measures every unit that ends no sentence: a menu, a heading,
/// a paragraph cut at a link; collecting all their words was a fifth of [`measure`]'s own cost).
pub(super) fn label_after_sentence(t: &str) -> bool {
    if ends_sentence(t) {
        return false;
    }
    // `last[j]`: the word j + 1 from the end; `read` of them (all the words when fewer)
    let mut last = [""; MAX_LABEL_WORDS + 1];
    let mut read: usize = 0;
    for (slot, word) in last.iter_mut().zip(t.split_whitespace().rev()) {
        *slot = word;
        read += 1;
    }
    (1..=MAX_LABEL_WORDS.min(read.saturating_sub(1)))
        .find(|&k| {
            let word = last[k].trim_end_matches(is_closing);
            let stem = word.trim_end_matches(['.', '!', '?', '…']);
            stem.len() < word.len() && stem.chars().filter(|c| c.is_alphanumeric()).count() >= 2
        })
        .is_some_and(|k| {
            // the words counted from the start, no further than the bound asks
            let n = t
                .split_whitespace()
                .take(MIN_SENTENCE_PART_WORDS + MAX_LABEL_WORDS)
                .count();
            n - k >= MIN_SENTENCE_PART_WORDS
                && last[..k].iter().any(|w| w.chars().any(char::is_alphabetic))
        })
}

/// The most words of a label after a paragraph's last sentence ([`label_after_sentence`]), and
/// the least of the paragraph up to it (a button row, `Accept cookies. Settings`, is no
/// paragraph).
const MAX_LABEL_WORDS: usize = 4;
const MIN_SENTENCE_PART_WORDS: usize = 8;

/// Separator pairs, searchers built once (building one costs more than searching a unit).
static SPACED_DASH: LazyLock<memmem::Finder<'static>> =
    LazyLock::new(|| memmem::Finder::new(" - "));
static DOUBLE_SPACE: LazyLock<memmem::Finder<'static>> =
    LazyLock::new(|| memmem::Finder::new("  "));

#[cfg(test)]
mod tests {
    use super::*;

    /// [`label_after_sentence`] as it read every word of the text.
    fn label_after_sentence_of_all_words(t: &str) -> bool {
        if ends_sentence(t) {
            return false;
        }
        let words: Vec<&str> = t.split_whitespace().collect();
        let n = words.len();
        (1..=MAX_LABEL_WORDS.min(n.saturating_sub(1)))
            .find(|&k| {
                let word = words[n - 1 - k].trim_end_matches(is_closing);
                let stem = word.trim_end_matches(['.', '!', '?', '…']);
                stem.len() < word.len() && stem.chars().filter(|c| c.is_alphanumeric()).count() >= 2
            })
            .is_some_and(|k| {
                n - k >= MIN_SENTENCE_PART_WORDS
                    && words[n - k..]
                        .iter()
                        .any(|w| w.chars().any(char::is_alphabetic))
            })
    }

    /// Reading the last words only changes no answer: texts drawn from words, sentence ends,
    /// closing quotes, numbers and whitespace (Unicode's too), of every length around the
    /// rule's bounds.
    #[test]
    fn labels_are_told_from_the_last_words() {
        let pieces = [
            "giá ",
            "vàng ",
            "tăng. ",
            "Read ",
            "more ",
            "12 ",
            "Share",
            "x.",
            "ab!",
            "”",
            ")",
            " ",
            "\u{a0}",
            "\u{2003}",
            "…",
            "?",
            ".. ",
            "Đọc tiếp",
            "23",
            "\n",
        ];
        let mut rng = crate::test_rng::Xorshift::new();
        let mut labels = 0;
        for len in 0..20_000 {
            let t = rng.text(&pieces, len % 24);
            let want = label_after_sentence_of_all_words(&t);
            labels += usize::from(want);
            assert_eq!(label_after_sentence(&t), want, "{t:?}");
        }
        assert!(labels > 500, "{labels} labels drawn");
    }
}
