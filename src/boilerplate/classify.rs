//! The line classifier: specific rules first, then the end-of-article cut, sign-offs, corpus
//! repetition and context smoothing, then the in-line edits (lead markers, inline captions, `/.`).
//!
//! Each line gets at most one verdict (rule + reason). Whole-line removals delete the line and
//! its line feed; the final `layout` pass collapses the blank lines left behind.

use std::ops::Range;

use crate::config::RuleSelection;
use crate::edit::{push_coalesced, Edit};
use crate::pipeline::Metadata;
use crate::rule::Rule;

use super::context;
use super::corpus::Recurrence;
use super::credits;
use super::features::{self, ends_sentence};
use super::header;
use super::lexicon;
use super::listings;
use super::options::Options;
use super::record::LineRecord;
use super::rules::*;
use super::shapes;
use super::zone::{self, Zone, WRAP_SLACK};

pub(super) type Verdict = Option<(&'static Rule, String)>;

/// A line long or sentence-like enough to count as article text.
pub(super) fn is_body(t: &str) -> bool {
    // counted no further than the bound: a paragraph's length past it decides nothing
    body_shape(features::words_upto(t, BODY_WORDS), ends_sentence(t))
}

/// Words that make a line article text whatever its end.
const BODY_WORDS: usize = 15;

/// [`is_body`] of a text of `words` words that does or does not end a sentence.
pub(super) fn body_shape(words: usize, ends_sentence: bool) -> bool {
    words >= BODY_WORDS || (words >= 6 && ends_sentence)
}

/// Article text for the chrome shapes: a body line that is not a long menu, a list of
/// headlines on one line or the site's imprint.
pub(super) fn is_prose(t: &str) -> bool {
    is_body(t) && !shapes::is_menu(t) && !listed_or_imprint(t)
}

/// The body-length shapes besides a menu that are not prose: two or more bulleted headlines on
/// one line, and the site's imprint (shared by [`is_prose`] and the line record's).
pub(super) fn listed_or_imprint(t: &str) -> bool {
    listings::bulleted_headlines(t) >= 2 || lexicon::imprint(t)
}

mod action_boxes;
pub(super) mod article_end;
mod captions;
mod cohesion;
mod headlines;
mod opening_cues;
mod sections_after;
mod signoffs;
mod title;

use action_boxes::action_boxes;
use article_end::{continued, ends_article};
use captions::{caption_lines, credit_tail};
use headlines::{boxed_headlines, carousels, headline_runs, linked_boxes};
use opening_cues::OpeningCues;
use signoffs::{signoff_end, signoffs, signoffs_before_template};
use title::{above_title, header_lines};

/// How many lines of the lead may carry a date label or agency credit.
const LEAD_LINES: usize = 3;

pub(super) struct State<'a, 't> {
    /// The records of the lines this look judges, in order (all the document's on the first
    /// look, the kept ones on a later look).
    pub lines: &'a [&'a LineRecord<'t>],
    pub verdict: Vec<Verdict>,
    pub protected: Vec<bool>,
    /// The article's body zone (all lines when the document is too short to tell).
    pub zone: Range<usize>,
    /// The cue lines written under each item ([`article_end::ItemLinks`]).
    pub item_links: article_end::ItemLinks,
    /// Which rules are enabled: a disabled rule neither removes nor fills metadata.
    pub on: &'a RuleSelection,
    /// The width the dump hard-wrapped its paragraphs at, if it did ([`zone::wrap_width`] of
    /// `lines`, read once for the rules that ask whether a line goes on below).
    pub wrap_width: Option<usize>,
}

#[cfg(test)]
impl<'a, 't> State<'a, 't> {
    /// A first look at `lines` in tests: nothing judged or protected, every line in the zone.
    pub fn fresh(lines: &'a [&'a LineRecord<'t>], on: &'a RuleSelection) -> Self {
        let n = lines.len();
        State {
            lines,
            verdict: vec![None; n],
            protected: vec![false; n],
            zone: 0..n,
            item_links: article_end::item_links(lines, |_| None),
            on,
            wrap_width: zone::wrap_width(lines),
        }
    }
}

impl<'t> State<'_, 't> {
    pub fn in_zone(&self, i: usize) -> bool {
        self.zone.contains(&i)
    }
    pub fn open(&self, i: usize) -> bool {
        self.verdict[i].is_none() && !self.protected[i] && !self.blank(i)
    }
    pub fn blank(&self, i: usize) -> bool {
        self.lines[i].blank()
    }
    pub fn text(&self, i: usize) -> &'t str {
        self.lines[i].trimmed
    }
}

/// What a look over a document's lines reads besides them: the options, the enabled rules, the
/// corpus statistics and whether the document is written without spaces between words.
#[derive(Clone, Copy)]
pub(super) struct Look<'a, 't> {
    pub opts: &'t Options,
    pub on: &'a RuleSelection,
    pub corpus: Option<&'a Recurrence<'a>>,
    /// [`written_unspaced`] of the document: it gets no body zone.
    pub unspaced: bool,
}

/// Whether a quarter or more of the visible characters of the document lines `lines` belong to
/// scripts written without spaces between words (Chinese, Japanese, Thai…:
/// [`figures::unspaced_script`](super::figures::unspaced_script)). The body zone's line model
/// counts words: a paragraph of such text is one or two words to it, a label, and the zone
/// found in the page cut its article (a Japanese blog post was emptied as a menu page), and the
/// context smoothing (B011), which takes a run of fewer than 20 words between two template lines
/// for a menu, cut it in the dumps that kept a template line above it. Such a text gets no zone,
/// as a text too short to tell, and no smoothing: the rules that read a line's shape still run.
/// A Vietnamese or English page quoting a Chinese name or a Thai phrase stays far under a
/// quarter (the most among the benchmark dumps of both: 4 %; the Japanese pages: 50 % to 72 %).
pub(super) fn written_unspaced(lines: &[&LineRecord]) -> bool {
    let (unspaced, visible) = lines.iter().fold((0, 0), |(u, v), l| {
        (u + l.figures.unspaced, v + l.figures.visible)
    });
    unspaced * 4 >= visible.max(1)
}

/// All boilerplate edits of the first look over a document, its lines `lines`, and the body
/// zone that look found (`None`: the text is too short to tell, or has no zone); `units` keeps
/// the body zone's measured units for the later looks.
pub(super) fn edits<'t>(
    lines: &[&LineRecord<'t>],
    look: Look<'_, 't>,
    units: &mut zone::Memo,
    extracted: bool,
    meta: &mut Metadata,
) -> (Vec<Edit>, Option<Range<usize>>) {
    let (st, found) = judge(lines, look, units, extracted, meta);
    let n = lines.len();
    // the lead: the first LEAD_LINES kept content lines
    let lead_end = (0..n)
        .filter(|&i| !st.blank(i) && st.verdict[i].is_none())
        .nth(LEAD_LINES)
        .unwrap_or(n);
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        match &st.verdict[i] {
            Some((rule, reason)) => push_coalesced(
                &mut out,
                Edit::delete(rule, line.full.clone(), reason.clone()),
            ),
            None if !st.blank(i) => inline(&st, i, i < lead_end, meta, &mut out),
            None => {}
        }
    }
    let zone = match found {
        Zone::Lines(r) => Some(r),
        Zone::Whole | Zone::Empty => None,
    };
    (out, zone)
}

/// The verdicts of a later look over the kept lines `lines`: only its whole-line removals
/// count (`second_look.rs`), so no in-line edit is looked for and its metadata is dropped.
pub(super) fn removals<'t>(
    lines: &[&LineRecord<'t>],
    look: Look<'_, 't>,
    units: &mut zone::Memo,
) -> Vec<Verdict> {
    judge(lines, look, units, false, &mut Metadata::default())
        .0
        .verdict
}

/// Every line's verdict, and the body zone found.
fn judge<'a, 't>(
    lines: &'a [&'a LineRecord<'t>],
    look: Look<'a, 't>,
    units: &mut zone::Memo,
    extracted: bool,
    meta: &mut Metadata,
) -> (State<'a, 't>, Zone) {
    let Look {
        opts,
        on,
        corpus,
        unspaced,
    } = look;
    let n = lines.len();
    let item_links = article_end::item_links(lines, |l| l.end_marker(opts));
    // an extracted article (HTML) is already the body: no zone is looked for in it, nor in a
    // text whose words cannot be counted
    let found = if extracted || unspaced {
        Zone::Whole
    } else {
        zone::find(lines, &item_links.link, corpus, opts, units)
    };
    let mut st = State {
        lines,
        verdict: vec![None; n],
        protected: (0..n)
            .map(|i| opts.keep_lines.find(lines[i].text).is_some())
            .collect(),
        zone: match &found {
            Zone::Lines(r) => r.clone(),
            Zone::Whole => 0..n,
            Zone::Empty => 0..0,
        },
        item_links,
        on,
        wrap_width: zone::wrap_width(lines),
    };

    let title = header_lines(&mut st, opts, corpus, meta);
    // a found zone only: an extracted article or a short text has no site header to remove
    if let (Some(t), Zone::Lines(_)) = (title, &found) {
        above_title(&mut st, t, opts, corpus);
    }
    let cut = scan(&mut st, opts, meta);
    // the shapes of a dump's menus and footers; an extracted article's blocks were judged by
    // their place in the page (HTML rules), and a product's specification list or a listing's
    // card titles have the same shapes
    if !extracted {
        // the related boxes under a cue first: the blocks below are built from what they leave
        listings::cued_lists(&mut st, opts, corpus);
        // the open lines' blocks, built again only when the teaser lists took some of them
        let blocks = listings::blocks(&st);
        let blocks = if listings::teaser_runs(&mut st, opts, &blocks) {
            listings::blocks(&st)
        } else {
            blocks
        };
        listings::comment_threads(&mut st, opts, &blocks);
        action_boxes(&mut st);
        outside_prose(&mut st, title, corpus);
        // after the lists, which read a picture between headlines as a box's
        placeholders(&mut st);
    }
    // B012's lines, when it is enabled: a removal it would make must not steer the rules below
    // (the sign-offs, the smoothing) when its edit is dropped
    let repeated = corpus.filter(|_| st.on.enabled(CORPUS_REPEATED));
    if let Some(stats) = repeated {
        context::repeated(&mut st, opts, stats);
        context::repeated_boxes(&mut st, stats);
    }
    let end = signoff_end(&st, cut.unwrap_or(n));
    signoffs(&mut st, opts, end, meta);
    signoffs_before_template(&mut st, opts, meta);
    // after the sign-offs: a reporter's name recurs in the corpus as a template line does
    if let Some(stats) = repeated {
        context::repeated_inserts(&mut st, opts, stats);
    }
    outside_zone(&mut st, &found);
    // its runs of short lines are counted in words too
    if !unspaced {
        context::smooth(&mut st, extracted);
    }
    (st, found)
}

/// Whether line `i` is the next item of a numbered list (`5) I Cavalieri…` after `4) Blade
/// Runner…`): the nearest numbered line above it, within [`LIST_ITEM_REACH`] lines, holds the
/// number one less. A list whose items each follow a picture (a shop's top ten, a gallery's
/// steps) is the article; a caption does not count.
fn next_list_item(st: &State, i: usize) -> bool {
    let Some(n) = features::item_number(st.lines[i].trimmed) else {
        return false;
    };
    (i.saturating_sub(LIST_ITEM_REACH)..i)
        .rev()
        .find_map(|j| features::item_number(st.lines[j].trimmed))
        .is_some_and(|m| m + 1 == n)
}

/// How many lines above a numbered item its predecessor may stand (an item's link, picture,
/// caption and wrapped lines between them).
const LIST_ITEM_REACH: usize = 12;

/// Most lines of a page that hold a byline's label alone ([`labelled_name`]): the article's
/// byline above it and its author's box below.
const MAX_BYLINE_LABELS: usize = 2;

/// Most words of the name under a byline's label ([`labelled_name`]): a name, a title after a
/// comma, a desk after a bar (`Amy Kuperinsky | NJ Advance Media for NJ.com`).
const MAX_LABELLED_NAME_WORDS: usize = 8;

/// The line of the name under line `i` when line `i` is a byline's label alone
/// ([`lexicon::byline_label`]: `By`, `Written by:`): the next line, open, capitalised, of at
/// most [`MAX_LABELLED_NAME_WORDS`] words and no paragraph's shape. A dump that writes each
/// element on a line of its own (BeautifulSoup's `get_text("\n")`, a browser's innerText over
/// block links) cuts `By <a>Sarah E. Needleman</a>` so; neither line is article text, wherever
/// it stands: a label alone is no sentence. A label the page prints on more than
/// [`MAX_BYLINE_LABELS`] lines heads the items of a list (`Posted by:` / `John` / `at December
/// 18, 2025 05:48 PM` over each comment, whose stamped headers tell the thread, B021), not
/// the article.
fn labelled_name(st: &State, i: usize) -> Option<usize> {
    let line = st.lines[i];
    if line.words > 3
        || !lexicon::byline_label(line.trimmed)
        || st
            .lines
            .iter()
            .filter(|l| l.trimmed == line.trimmed)
            .count()
            > MAX_BYLINE_LABELS
    {
        return None;
    }
    let j = i + 1;
    let name = st.lines.get(j)?;
    (st.open(j)
        && name.words <= MAX_LABELLED_NAME_WORDS
        && !name.is_body()
        && name.trimmed.starts_with(char::is_uppercase))
    .then_some(j)
}

/// The per-line rules, in order; returns the line where the end-of-article cut starts.
fn scan<'t>(st: &mut State<'_, 't>, opts: &'t Options, meta: &mut Metadata) -> Option<usize> {
    let mut article_words = 0; // prose words since the start of the body zone
    let mut after_media = false;
    let mut after_ad = false;
    let mut after_player = false;
    // bylines sit above the first or below the last article paragraph, never between them
    let body: Vec<usize> = (0..st.lines.len())
        .filter(|&i| st.open(i) && st.lines[i].is_body())
        .collect();
    let (first_body, last_body) = (
        body.first().copied().unwrap_or(0),
        body.last().copied().unwrap_or(0),
    );
    // an article with subheadings between its paragraphs may have one below an ad label
    // (asked only then)
    let mut subheaded: Option<bool> = None;
    // the cues the lines open with, counted on the first glued heading asked
    let mut opening: Option<OpeningCues> = None;
    let width = st.wrap_width;
    for i in 0..st.lines.len() {
        if !st.open(i) {
            continue;
        }
        let line = st.lines[i];
        let (t, n) = (line.trimmed, line.words);
        let verdict: Verdict = if let Some(re) = opts.drop_lines.find(t) {
            Some((USER_PATTERN, format!("matches drop_lines pattern `{re}`")))
        } else if features::is_media_file(t) && st.on.enabled(MEDIA_FILE) {
            after_media = true;
            st.verdict[i] = Some((MEDIA_FILE, "line is only a media file name".into()));
            continue;
        } else if after_media && n <= 25 && !next_list_item(st, i) && st.on.enabled(CAPTION) {
            meta.captions.push(t.to_string());
            Some((CAPTION, "short line right after an image file name".into()))
        } else if after_player
            && n <= MAX_CLIP_TITLE_WORDS
            && !line.ends_sentence
            && !continued(st, i)
            && st.on.enabled(CAPTION)
        {
            meta.captions.push(t.to_string());
            Some((
                CAPTION,
                "title of the clip right under a media player's label and length".into(),
            ))
        } else if after_ad
            && st.on.enabled(SITE_CHROME)
            && n <= 15
            && !line.ends_sentence
            && !continued(st, i)
            && !(listings::subheading(st, i)
                && *subheaded.get_or_insert_with(|| listings::has_subheadings(st)))
        {
            Some((
                SITE_CHROME,
                "short line right after an advertising label".into(),
            ))
        } else if let Some(j) = st
            .on
            .enabled(BYLINE)
            .then(|| labelled_name(st, i))
            .flatten()
        {
            let name = st.text(j).split([',', '|']).next().unwrap_or_default();
            meta.author.get_or_insert_with(|| name.trim().to_string());
            let reason = "byline's label alone, the name on the next line".to_string();
            st.verdict[j] = Some((BYLINE, reason.clone()));
            Some((BYLINE, reason))
        } else if let Some((author, date)) = ((i < first_body || i > last_body)
            && st.on.enabled(BYLINE))
        // the place first: a line between the paragraphs is no byline whatever its shape
        .then(|| line.byline())
        .flatten()
        .cloned()
        {
            if let Some(a) = author {
                meta.author.get_or_insert(a);
            }
            meta.date.get_or_insert(date);
            Some((
                BYLINE,
                format!("short line of a date and at most a name ({n} words)"),
            ))
        } else if let Some((at, last)) = credit_tail(st, i, width)
            .map(|at| (at, i + 1))
            .or_else(|| line.end_credit().map(|at| (at, i)))
            .filter(|&(at, _)| {
                (n <= 25
                    || (n <= 60 && (credits::sentence_start(t, at) == 0 || credits::doubled(t))))
                    && st.on.enabled(CAPTION)
            })
        {
            caption_lines(st, i, last, at, width, meta);
            continue;
        } else if let Some(cue) = line
            .end_marker(opts)
            .filter(|_| i == 0 || !features::wrapped_on(st.lines[i - 1].text, t))
            .filter(|cue| !cut_at_a_link(st, i, cue))
            .filter(|_| !opens_wrapped_sentence(st, i, width))
        {
            let boxed = line.cue_and_headlines(opts).is_some();
            if st.on.enabled(END_OF_ARTICLE)
                && ends_article(st, i, article_words, boxed, opts)
                && !features::teaser_link(t, cue)
            {
                let reason = format!(
                    "after end-of-article heading \"{cue}\", {article_words} article words before it"
                );
                cut_from(st, i, reason);
                return Some(i);
            }
            st.on.enabled(SITE_CHROME).then(|| {
                (
                    SITE_CHROME,
                    format!("heading \"{cue}\" of a template block ({n} words)"),
                )
            })
        } else if let Some(cue) = st
            .on
            .enabled(END_OF_ARTICLE)
            .then(|| glued_end_heading(st, i, article_words, &mut opening, opts))
            .flatten()
        {
            let reason = format!(
                "after end-of-article heading \"{cue}\" with its first headlines on the line, \
                 {article_words} article words before it"
            );
            cut_from(st, i, reason);
            return Some(i);
        } else if let Some(kind) = line
            .chrome(opts)
            .filter(|_| st.on.enabled(SITE_CHROME))
            .filter(|_| {
                // a line of a wrapped paragraph goes when the paragraph read whole is template,
                // or is no prose: a footer block wrapped over a few lines (`Giấy phép số …` /
                // `Địa chỉ: …`) ends no sentence or holds its `©`. Nor does a line whose sentence
                // ends further down the paragraph (`Originally designed by …, these elegant,` /
                // `stackable trays… clever construction. Built…` / `…a simple idea. * In-Drawer
                // Knife Block`: a list's next item glued on, wrapped at 60 columns), but a label
                // glued under the paragraph's last sentence (`…since the launch.` /
                // `Advertisement`) ends none
                match wrapped_paragraph(st, i, width) {
                    Wrapped::Alone => true,
                    Wrapped::Long => false,
                    Wrapped::Whole(p, from_line) => {
                        !(ends_sentence(&p) || features::sentence_ends_inside(&p[from_line..]))
                            || p.contains('©')
                            || lexicon::chrome(&p, opts.max_chrome_words).is_some()
                    }
                }
            })
        {
            after_media = false;
            after_ad = kind == "advertising";
            after_player = kind == "player";
            st.verdict[i] = Some((
                SITE_CHROME,
                format!("{kind} vocabulary in a short line ({n} words)"),
            ));
            continue;
        } else {
            // a menu in the zone (its words are links, not the article's) counts none: a long
            // menu line above the article made a related box's label between two paragraphs
            // look like the end of a long article (a line that ends a sentence is not asked:
            // most are prose, and the menu's shapes cost to read). Headlines still count:
            // counting only lines that end a sentence or go on into the next saved articles
            // under a mega-menu of headlines on the tuning half, but on Vietnamese dumps a
            // teaser box above a cue then no longer made the article long enough for the cue
            // to cut the teasers and comments below it (untuned vi-dev and vi-heldout lost up
            // to 0.10 precision, no recall gained; backed out in 862b942)
            if st.in_zone(i) && n >= 6 && (line.ends_sentence || !line.is_menu()) {
                article_words += n;
            }
            None
        };
        after_media = false;
        after_ad = false;
        after_player = false;
        st.verdict[i] = verdict;
    }
    None
}

/// Lines `from` to the end go as the article's end (B009), but the protected ones (the title).
fn cut_from(st: &mut State, from: usize, reason: String) {
    for j in from..st.lines.len() {
        if !st.protected[j] {
            st.verdict[j] = Some((END_OF_ARTICLE, reason.clone()));
        }
    }
}

/// The end-of-article cue of line `i` when the line is that heading with the first headlines of
/// its box glued after it (`Đừng bỏ lỡ Bé trai 5 tuổi bị chó cắn nguy kịch`: a dump written one
/// block per line joins a heading to the list under it) and it ends the article as the heading
/// alone would ([`ends_article`], the box on the line). The heading alone is an end marker of a
/// few words; glued to a headline of nine it was no cue at all, and the related list under it
/// stayed in the article's zone. Also a line that runs the page's boxes together with their
/// cues inside it ([`listings::glued_box`]: `Quảng cáo Tiêu điểm * A * B Đừng bỏ lỡ C`), and a
/// heading with its box of teasers on the line ([`listings::cue_and_teasers`]: `Tin cùng chuyên
/// mục Người đàn ông nhặt được ví… Liên Bộ Công Thương vừa điều chỉnh…`), whose summaries end
/// sentences. `opening`: the look's [`OpeningCues`], counted here when first needed.
fn glued_end_heading<'t>(
    st: &State<'_, 't>,
    i: usize,
    article_words: usize,
    opening: &mut Option<OpeningCues<'t>>,
    opts: &'t Options,
) -> Option<&'t str> {
    let line = st.lines[i];
    if article_words < opts.min_article_words
        || !st.in_zone(i)
        || (i > 0 && features::wrapped_on(st.lines[i - 1].text, line.trimmed))
    {
        return None;
    }
    let cue = line
        .heading_cue(opts)
        .filter(|_| line.cue_and_headlines(opts).is_some())
        .or_else(|| line.glued_box(opts))
        .or_else(|| {
            // a line of the page besides `i` that opens with the cue: a heading heads one box,
            // and a cue the page writes on many lines is the link under each of its items
            // (`Read more Reviewed on: 10/12/2025 Cost: $1,009 …` under each review)
            line.cue_and_teasers(opts).filter(|cue| {
                !opening
                    .get_or_insert_with(|| OpeningCues::of(st, opts))
                    .another_line_opens(i, cue)
            })
        })?;
    ends_article(st, i, article_words, true, opts).then_some(cue)
}

/// Most words of a clip's title under its player (`Phát video02:15` / `Người dân Hà Nội co ro
/// trong giá rét sáng sớm`): a headline, not a paragraph, which a sentence end tells anyway.
const MAX_CLIP_TITLE_WORDS: usize = 15;

/// Line `i` in its hard-wrapped paragraph: alone, one line of a paragraph (joined whole), or of
/// a paragraph of [`PARAGRAPH_WORDS`] words or more, which is read no further. A dumper cuts an
/// article's paragraph about copyright or cookies into lines of a dozen words, each as short as
/// a footer line and holding its words (`…the authors' copyright` / `claims against the
/// company…`): the scan judges such a line by its paragraph read whole, as the zone reads its
/// units. A line goes on from the one above when that one reached `width` (the dump's wrap
/// width, [`zone::wrap_width`]; a sentence may end there, the paragraph goes on) or ends no
/// sentence and the line starts in lower case.
fn wrapped_paragraph(st: &State, i: usize, width: Option<usize>) -> Wrapped {
    let goes_on = |j: usize| goes_on(st, j, width);
    let long = |words: usize| words >= PARAGRAPH_WORDS;
    let mut words = st.lines[i].words;
    let mut start = i;
    while !long(words) && goes_on(start) {
        start -= 1;
        words += st.lines[start].words;
    }
    let mut end = i + 1;
    while !long(words) && goes_on(end) {
        words += st.lines[end].words;
        end += 1;
    }
    if end - start == 1 {
        Wrapped::Alone
    } else if long(words) {
        Wrapped::Long
    } else {
        let lines: Vec<&str> = (start..end).map(|j| st.text(j)).collect();
        let line_start = lines[..i - start].iter().map(|l| l.len() + 1).sum();
        Wrapped::Whole(lines.join(" "), line_start)
    }
}

/// Whether line `i`, which opens with the end marker `cue`, is the middle of a sentence that a
/// dumper cut at its links (BeautifulSoup's `get_text("\n")`: `versions offered by` / `most
/// popular project management software` / `providers to make an informed decision.`): in lower
/// case right under a line that ends no sentence, it goes on past the cue and the sentence goes
/// on below it in lower case, or ends on it. A heading in lower case (`related stories`, which
/// the page's style capitalises) is the cue alone, or stands under a blank line or a finished
/// sentence, and the headlines under it start in capitals.
fn cut_at_a_link(st: &State, i: usize, cue: &str) -> bool {
    let line = st.lines[i];
    i > 0
        && line.starts_lower
        && line.words > features::words(cue)
        && !st.blank(i - 1)
        && !st.lines[i - 1].ends_sentence
        && (line.ends_sentence || continued(st, i))
}

/// Whether line `i` opens a hard-wrapped paragraph that ends a sentence (`Read more about the
/// Samsung Bespoke NSI6DB990012AA Induction` / `Range.`, a dump wrapped at 60 columns): a cue's
/// words at the start of a sentence's first line head nothing. At 80 columns the same sentence
/// fits one line, whose end [`lexicon::end_marker`] reads; the line a dumper breaks it at is an
/// accident of the dump's width. A heading's line stops short of the width and the next line
/// (a headline) starts in upper case, so the paragraph is the heading alone; a short cue
/// (`Comments` / `i agree with the author.`, a comment in lower case) is a heading whatever
/// follows: the line needs [`OPENING_WORDS`] words.
fn opens_wrapped_sentence(st: &State, i: usize, width: Option<usize>) -> bool {
    let mut words = st.lines[i].words;
    if words < OPENING_WORDS {
        return false;
    }
    let mut end = i + 1;
    while words < PARAGRAPH_WORDS && goes_on(st, end, width) {
        words += st.lines[end].words;
        end += 1;
    }
    end > i + 1 && (words >= PARAGRAPH_WORDS || st.lines[end - 1].ends_sentence)
}

/// Fewest words of a line that opens a wrapped sentence ([`opens_wrapped_sentence`]).
const OPENING_WORDS: usize = 6;

/// What [`wrapped_paragraph`] finds line `i` to be.
enum Wrapped {
    /// A line of its own.
    Alone,
    /// One line of a paragraph of [`PARAGRAPH_WORDS`] words or more: prose, no template.
    Long,
    /// One line of a shorter paragraph: the paragraph joined, and where the line starts in it.
    Whole(String, usize),
}

/// Words past which [`wrapped_paragraph`] reads a paragraph no further: it is the article's
/// (the longest footer or cookie notice is a few dozen words), and each chrome-worded line of it
/// would read it again. It read up to [`lexicon::CHROME_COUNT`] (41) words before, so that a
/// paragraph cut there seldom ended a sentence, and its lines that named copyright or cookies
/// went as template (a lynx dump of an article on AI and copyright lost six paragraphs' lines).
const PARAGRAPH_WORDS: usize = 400;

/// Whether line `j` goes on from the line above in a hard-wrapped paragraph
/// ([`wrapped_paragraph`]): neither is blank, and the one above reached `width` or ends no
/// sentence while `j` starts in lower case.
pub(super) fn goes_on(st: &State, j: usize, width: Option<usize>) -> bool {
    j > 0
        && j < st.lines.len()
        && !st.blank(j - 1)
        && !st.blank(j)
        && (width.is_some_and(|w| st.lines[j - 1].width + WRAP_SLACK >= w)
            || (st.lines[j].starts_lower && !st.lines[j - 1].ends_sentence))
}

/// Lines that are only a dumper's image placeholders (B006). The line after one is the
/// article's as often as a caption (`[photo]` / `History`), so it is left to the other rules.
fn placeholders(st: &mut State) {
    if !st.on.enabled(MEDIA_FILE) {
        return;
    }
    for i in 0..st.lines.len() {
        if st.open(i) && features::is_placeholder(st.text(i)) {
            st.verdict[i] = Some((
                MEDIA_FILE,
                "line is only image placeholders of a dumper".into(),
            ));
        }
    }
}

/// Menus, breadcrumbs (B016) and footer lines (B017) above the first or below the last article
/// paragraph: their shape or label decides only outside the prose, never between paragraphs.
/// `title`: the title's line, whose words name the article's subject; `corpus`: the line
/// statistics, which tell a related story's summary (B019, [`linked_boxes`]).
fn outside_prose(st: &mut State, title: Option<usize>, corpus: Option<&Recurrence>) {
    // a carousel's long lines read as prose: gone first, they do not set the article's bounds
    if st.on.enabled(HEADLINE_RUN) {
        carousels(st);
    }
    // a date bar with its time, a byline and share buttons is long enough to read as prose
    // (`Hoàng Lê Thứ hai, 16/09/2024 - 10:05 Chia sẻ Facebook Zalo Sao chép liên kết`)
    let body: Vec<usize> = (0..st.lines.len())
        .filter(|&i| {
            let line = st.lines[i];
            st.open(i)
                && line.is_prose()
                && !(date_bar(line) && credits::has_date_time(line.trimmed) && !continued(st, i))
        })
        .collect();
    let (Some(&first), Some(&last)) = (body.first(), body.last()) else {
        return;
    };
    for i in (0..st.lines.len()).filter(|&i| i < first || i > last) {
        if !st.open(i) {
            continue;
        }
        let line = st.lines[i];
        let t = line.trimmed;
        // the menu shapes, told apart by their reasons (the record keeps the first that holds:
        // the later looks ask again)
        st.verdict[i] = if let Some(reason) = line.menu_shape().filter(|_| st.on.enabled(MENU_LINE))
        {
            Some((MENU_LINE, reason.into()))
        } else if i < first && date_bar(line) && !continued(st, i) && st.on.enabled(BYLINE) {
            Some((
                BYLINE,
                "date bar above the first paragraph: a date, a byline and buttons, no sentence"
                    .into(),
            ))
        } else if i > last && lexicon::footer(t) && st.on.enabled(FOOTER_LINE) {
            Some((
                FOOTER_LINE,
                "footer label below the article's last paragraph".into(),
            ))
        } else {
            None
        };
    }
    if st.on.enabled(HEADLINE_RUN) && !st.text(last).ends_with(':') {
        headline_runs(st, last);
    }
    if st.on.enabled(HEADLINE_RUN) {
        boxed_headlines(st, title, first, last);
        linked_boxes(st, first, last, corpus);
    }
}

/// A byline merged with its share bar (`Đức Anh ducanh@thanhnien.vn 23/11/2024 21:05 GMT+7 Chia
/// sẻ Zalo`): a full date in a line of at most 30 words that is not a sentence.
fn date_bar(line: &LineRecord) -> bool {
    // the record's shape first: the date's regex runs only on a line it leaves
    line.words <= 30 && !line.ends_sentence && line.has_date()
}

/// Open lines outside the body zone are chrome (B015); with no zone, every line is.
fn outside_zone(st: &mut State, found: &Zone) {
    if !st.on.enabled(OUTSIDE_ARTICLE) {
        return;
    }
    for i in 0..st.lines.len() {
        if !st.open(i) || st.in_zone(i) {
            continue;
        }
        let reason = match found {
            Zone::Empty => {
                "no run of prose in the document: a listing or menu page, not an article"
                    .to_string()
            }
            _ if i < st.zone.start => format!(
                "before the article's body zone (from line {})",
                st.zone.start + 1
            ),
            _ => format!("after the article's body zone (up to line {})", st.zone.end),
        };
        st.verdict[i] = Some((OUTSIDE_ARTICLE, reason));
    }
}

/// In-line edits of a kept line: lead date label/credit, inline captions, the `/.` end mark.
fn inline(st: &State, i: usize, lead: bool, meta: &mut Metadata, out: &mut Vec<Edit>) {
    let line = &st.lines[i];
    let base = line.span.start;
    let text = line.text;
    let mut from = 0; // first byte still free for an edit
    if lead && !st.protected[i] {
        if let Some((len, date)) = header::date_label(text).filter(|_| st.on.enabled(DATE_LABEL)) {
            out.push(Edit::delete(
                DATE_LABEL,
                base..base + len,
                format!("date label \"{date}\" before the lead sentence"),
            ));
            meta.date.get_or_insert(date);
            from = len;
        }
        if let Some((len, source)) =
            header::lead_credit(&text[from..]).filter(|_| st.on.enabled(LEAD_CREDIT))
        {
            let span = base + from..base + from + len;
            out.push(Edit::delete(
                LEAD_CREDIT,
                span,
                format!("agency credit \"{source}\" opening the lead"),
            ));
            meta.source.get_or_insert(source);
            from += len;
        }
    }
    let captions_on = st.on.enabled(CAPTION);
    for (start, end) in credits::inline_captions(text) {
        if start < from || !captions_on {
            continue;
        }
        let caption = text[start..end].trim();
        meta.captions.push(caption.to_string());
        let credit = caption.rfind('(').map_or(caption, |p| &caption[p..]);
        out.push(Edit::delete(
            CAPTION,
            base + start..base + end,
            format!("caption sentence before the inline photo credit \"{credit}\""),
        ));
        from = end;
    }
    // with no whitespace before it, the line's credit is its record's (read from its end)
    let end_credit = || {
        if text.trim_end().len() == line.trimmed.len() {
            line.end_credit()
        } else {
            credits::end_credit(text)
        }
    };
    if let Some(at) = captions_on.then(end_credit).flatten() {
        let start = credits::sentence_start(text, at);
        if start >= from && start > 0 {
            let end = text.trim_end().len();
            meta.captions.push(text[start..end].to_string());
            out.push(Edit::delete(
                CAPTION,
                base + start..base + end,
                "last sentence of a paragraph ends in a photo credit",
            ));
            return;
        }
    }
    let trimmed = text.trim_end();
    if let Some(head) = trimmed
        .strip_suffix("/.")
        .filter(|_| st.on.enabled(END_MARK))
    {
        let keep = head.trim_end();
        let at = keep.len();
        if at >= from && !keep.is_empty() {
            let span = base + at..base + trimmed.len();
            if keep.ends_with(['.', '!', '?', '…', '"', '”', ')']) {
                out.push(Edit::delete(END_MARK, span, "agency end mark `/.`"));
            } else {
                out.push(Edit::replace(END_MARK, span, ".", "agency end mark `/.`"));
            }
        }
    }
}
