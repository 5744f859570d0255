//! Lists of *other* articles written as teasers (B020): a headline, sometimes printed twice (the
//! image's alt text and the link), then a one-sentence summary — three or more of them in a row.
//!
//! The summaries are sentences, so the prose-based rules read such a list as article text: the
//! body zone runs through it and the chrome shapes (B016, B017, B019) only look below its last
//! "paragraph". The list is recognised by its *repeated structure* instead of its words, and only
//! where it cannot be the article's own list:
//!
//! * after enough article text (`min_article_words` of prose before it);
//! * not announced by the article (the line before it does not end with a colon);
//! * and with a mark of a listing: headlines printed twice in at least two of its items, or a
//!   removed listing or related heading (`Tin mới nhất`, `Có liên quan`) right above it, no
//!   sentence between them, while every summary is a single sentence of at most
//!   [`MAX_SINGLE_TEASER`] words (a page stacks its boxes; the list ends before the first
//!   longer summary, and three items must come before it); or each item carries its own time
//!   (`2 giờ trước` on its own line: [`dated_span`]); or a removed line right above it shows
//!   the article ended there (an end-of-article heading, tags, an empty comment box:
//!   [`below_article_end`])
//!   and every summary is one short sentence. The last two need more article prose above the
//!   items than sentences below them, and the cards below such a list down to the zone's end go
//!   with it when nothing but cards and a box's lines is left ([`card_tail`]): a box broken by
//!   an ad line.
//!
//! A body section of subheadings each followed by one short paragraph has neither mark: its
//! subheadings are printed once. A chrome line above the items is not a mark: a guide's "In
//! this guide" box of steps, each with a one-line summary, sits below the page's chrome too
//! (wcxb page 4105 lost its steps that way).

use std::borrow::Cow;
use std::ops::Range;

use crate::rule::Rule;

use super::classify::{is_prose, State};
use super::credits;
use super::features::{ends_sentence, words, words_at_most, words_upto};
use super::header;
use super::lexicon;
use super::options::Options;
use super::record::LineRecord;
use super::rules::{CUED_LIST, END_OF_ARTICLE, SITE_CHROME, TEASER_RUN};
use super::shapes;

mod comments;
mod cued;
pub(super) use comments::comment_threads;
pub(super) use cued::{
    bulleted_headlines, cue_and_headlines, cue_and_teasers, cued_lists, glued_box, has_subheadings,
    opening_end_marker, starts_with_cue, subheading, MAX_CUED_WORDS,
};

/// Fewest headline + summary items that make a list of other articles.
const MIN_ITEMS: usize = 3;
/// Fewest items under a related heading ([`cued`]) when no article prose follows them: the
/// heading names the box, and a box of two teasers is common (`Đọc tiếp` / `A` / `a's summary` /
/// `B` / `b's summary`).
const MIN_CUED_ITEMS: usize = 2;
/// Most short lines (headlines, labels) above one summary.
const MAX_HEAD_BLOCKS: usize = 3;
/// Longest summary, in words, and most sentences in it.
const MAX_TEASER_WORDS: usize = 50;
const MAX_TEASER_SENTENCES: usize = 2;
/// Longest summary when the list is recognised by the chrome above it rather than by doubled
/// headlines.
const MAX_SINGLE_TEASER: usize = 40;

/// A paragraph of the dump: an open line and the lines its hard wrap continues onto.
pub(super) struct Block<'t> {
    first: usize,
    last: usize,
    /// The lines joined; a block of one line borrows its line.
    text: Cow<'t, str>,
    /// Its words (those of a block of several lines counted to `MAX_TEASER_WORDS + 1` at most).
    words: usize,
    kind: Kind,
}

impl<'t> Block<'t> {
    /// The record of the block's line when the block is that line as the dump wrote it (one
    /// line, not cut by [`unglue_headlines`] or [`unglue_boxes`]): its answers, kept for the
    /// later blocks and looks, are the block's.
    fn whole_line<'r, 's>(&self, st: &State<'r, 's>) -> Option<&'r LineRecord<'s>> {
        let line = st.lines[self.first];
        (self.first == self.last && std::ptr::eq(&*self.text, line.trimmed)).then_some(line)
    }

    /// The block read as its first `end` bytes only, a summary with what the dumper glued after
    /// it cut off: its text, words and kind.
    fn cut_to(&mut self, end: usize) {
        let summary = &self.text[..end];
        let words = words_upto(summary, MAX_TEASER_WORDS + 1);
        self.kind = kind(summary, words);
        self.words = words;
        self.text = match &self.text {
            Cow::Borrowed(t) => Cow::Borrowed(&t[..end]),
            Cow::Owned(t) => Cow::Owned(t[..end].to_string()),
        };
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum Kind {
    /// 4–25 words, capitalised, no sentence end (a question is allowed), not a label ending in `:`;
    /// a markdown heading read past its mark ([`header::is_counted_heading`]).
    Headline,
    /// At most 6 words and no sentence end (`Trong "Kinh nghiệm"`, `Tin mới nhất`).
    Label,
    /// One or two sentences of 6 to [`MAX_TEASER_WORDS`] words.
    Teaser,
    Other,
}

/// An item: the blocks of its headline (and labels), then its summary.
#[derive(Clone)]
struct Item {
    head: Vec<usize>,
    teaser: usize,
}

/// Sentences in `t`: sentence ends followed by a capitalised word, plus the final one.
fn sentences(t: &str) -> usize {
    inner_ends(t).count() + usize::from(ends_sentence(t))
}

/// Whether `t` has at most `max` [`sentences`]: its words are read until it has more.
fn sentences_at_most(t: &str, max: usize) -> bool {
    max.checked_sub(usize::from(ends_sentence(t)))
        .is_some_and(|inner| inner_ends(t).nth(inner).is_none())
}

/// The sentence ends inside `t` that a capitalised word follows, one item each, in no order: a
/// word that ends with `.`, `!`, `?` or `…`, and after the whitespace that ends it, a word that
/// starts with a capital or a quote. The punctuation is found by a vector search (most of a
/// paragraph's bytes are read no further), and only the characters around it are looked at.
fn inner_ends(t: &str) -> impl Iterator<Item = ()> + '_ {
    let b = t.as_bytes();
    let ends = memchr::memchr3_iter(b'.', b'!', b'?', b).map(|i| i + 1);
    let ellipses = memchr::memmem::find_iter(b, "…").map(|i| i + '…'.len_utf8());
    ends.chain(ellipses).filter_map(move |end| {
        let rest = &t[end..];
        let next = rest.trim_start();
        // the punctuation ends its word, and a word follows the whitespace
        (next.len() < rest.len()
            && next
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c == '"' || c == '“'))
        .then_some(())
    })
}

/// The kind of the block text `t`, of `n` words (counted up to [`MAX_TEASER_WORDS`] + 1 at
/// least).
pub(super) fn kind(t: &str, n: usize) -> Kind {
    let n = n.min(MAX_TEASER_WORDS + 1);
    if ends_sentence(t) && !t.ends_with(['?', '!']) || t.ends_with(':') {
        if (6..=MAX_TEASER_WORDS).contains(&n)
            && !t.ends_with(':')
            && sentences_at_most(t, MAX_TEASER_SENTENCES)
        {
            return Kind::Teaser;
        }
        return Kind::Other;
    }
    // `n` is exact under the cap, which is over 25
    if (4..=25).contains(&n) && header::is_counted_heading(t, n) {
        Kind::Headline
    } else if n <= 6 {
        Kind::Label
    } else if (6..=MAX_TEASER_WORDS).contains(&n) && ends_sentence(t) && sentences_at_most(t, 2) {
        // a question that is too long for a headline
        Kind::Teaser
    } else {
        Kind::Other
    }
}

/// The open lines of the document as blocks, in order.
pub(super) fn blocks<'t>(st: &State<'_, 't>) -> Vec<Block<'t>> {
    let n = st.lines.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if !st.open(i) {
            i += 1;
            continue;
        }
        let first = i;
        let mut text = Cow::Borrowed(st.text(i));
        // the words of the lines joined: each is trimmed and not blank, so a space between
        // them adds no word and splits none
        let mut words = st.lines[i].words;
        while i + 1 < n
            && st.open(i + 1)
            && st
                .text(i + 1)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
        {
            i += 1;
            let joined = text.to_mut();
            joined.push(' ');
            joined.push_str(st.text(i));
            words += st.lines[i].words;
        }
        let n = if first == i {
            words
        } else {
            words.min(MAX_TEASER_WORDS + 1)
        };
        out.push(Block {
            first,
            last: i,
            // a block of one line: its record keeps the answer for the later blocks and looks
            kind: if first == i {
                st.lines[i].block_kind()
            } else {
                kind(&text, n)
            },
            text,
            words: n,
        });
        i += 1;
    }
    unglue_headlines(&mut out);
    unglue_boxes(st, &mut out);
    out
}

/// A summary that the dumper ran together with the next item's headline, which follows on its
/// own line too (`…giảm ùn tắc trong giờ cao điểm. Tàu hỏa Tết tăng thêm hàng chục nghìn chỗ` /
/// `Tàu hỏa Tết tăng thêm hàng chục nghìn chỗ`: lynx writes a card's link and its next card's
/// title as one paragraph) is read as the summary alone: its text and kind are those of the
/// sentences before the copy. A paragraph of an article does not end with a copy of the line
/// below it.
fn unglue_headlines(blocks: &mut [Block]) {
    for k in 1..blocks.len() {
        let (above, below) = blocks.split_at_mut(k);
        let (block, next) = (&mut above[k - 1], &below[0]);
        if next.kind != Kind::Headline || block.text.len() <= next.text.len() {
            continue;
        }
        let Some(rest) = block.text.strip_suffix(&*next.text) else {
            continue;
        };
        let summary = rest.trim_end();
        if summary.len() == rest.len() || !ends_sentence(summary) {
            continue;
        }
        let end = summary.len();
        block.cut_to(end);
    }
}

/// [`lexicon::comment_marker`] of the block `b`: a block that is its line as the dump wrote it
/// ([`Block::whole_line`]) reads its line record's answer, which the later looks read again. A
/// block's words are counted far enough for the question
/// (`MAX_TEASER_WORDS + 1`).
fn comment_marker(st: &State, b: &Block) -> bool {
    const _: () = assert!(MAX_TEASER_WORDS >= lexicon::COMMENT_MARKER_WORDS);
    match b.whole_line(st) {
        Some(line) => line.comment_marker(),
        None => lexicon::comment_marker(&b.text, b.words),
    }
}

/// A summary that the dumper ran together with the next box of the page, a label and its
/// bulleted headlines (`…nếu không muốn bị cắt điện. Quảng cáo Tiêu điểm * Hàng Việt chiếm hơn
/// 90% kệ hàng * Hãng bay tăng hơn 1.000 chuyến`: the last card of a list, then the sidebar, on
/// one line of a dump written a block per line) is read as the summary alone, as
/// [`unglue_headlines`] reads one glued to the next headline. The box must hold
/// [`MIN_BOX_HEADLINES`] headlines or more, and at most [`MAX_BOX_LABEL_WORDS`] words without a
/// sentence end may stand between the summary's end and its first bullet. A paragraph of the
/// article that ends in its own list keeps its kind: its items follow a colon, not a sentence
/// end, or are not headlines (`* 2 thìa dầu ăn;`).
/// A block of one line as the dump wrote it reads its line record's answer, which the later
/// blocks and looks read again.
fn unglue_boxes<'t>(st: &State<'_, 't>, blocks: &mut [Block<'t>]) {
    for block in blocks.iter_mut() {
        if block.kind != Kind::Other || ends_sentence(&block.text) {
            continue;
        }
        let summary = match block.whole_line(st) {
            Some(line) => line.summary_before_box(),
            None => summary_before_box(&block.text),
        };
        if let Some(end) = summary.map(str::len) {
            block.cut_to(end);
        }
    }
}

/// Fewest bulleted headlines of a box that [`unglue_boxes`] cuts off a summary.
const MIN_BOX_HEADLINES: usize = 2;
/// Most words of the box's label between a summary and its first bullet (`Quảng cáo Tiêu điểm`).
const MAX_BOX_LABEL_WORDS: usize = 6;

/// The first bytes of the [`BULLETS`] that [`summary_before_box`] reads as a box's (all but the
/// dashes): `*`, and the lead bytes of `·` and of `•`, `◦`, `▪`, `►`. Each starts a character, so
/// the bytes found are the characters' starts.
const BOX_BULLET_LEADS: [u8; 3] = [b'*', 0xC2, 0xE2];

/// The sentences that open `t` when a box of bulleted headlines follows them
/// ([`unglue_boxes`]).
pub(super) fn summary_before_box(t: &str) -> Option<&str> {
    // the first bullet that stands between spaces (a dash is a hyphen in a name: never one),
    // found at its first byte ([`BOX_BULLET_LEADS`]) without decoding the text before it
    let at = memchr::memchr3_iter(
        BOX_BULLET_LEADS[0],
        BOX_BULLET_LEADS[1],
        BOX_BULLET_LEADS[2],
        t.as_bytes(),
    )
    .find(|&i| {
        t[i..].chars().next().is_some_and(|c| {
            BULLETS.contains(&c)
                && !"-+–".contains(c)
                && t[..i].ends_with(' ')
                && t[i + c.len_utf8()..].starts_with(' ')
        })
    })?;
    if bulleted_headlines(&t[at..]) < MIN_BOX_HEADLINES {
        return None;
    }
    let head = t[..at].trim_end();
    // the summary ends at the last sentence end before the label
    let end = head
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            let rest = &head[i + c.len_utf8()..];
            ".!?…".contains(c) && (rest.is_empty() || rest.starts_with(char::is_whitespace))
        })
        .map(|(i, c)| i + c.len_utf8())?;
    let label = &head[end..];
    (words_at_most(label, MAX_BOX_LABEL_WORDS) && !label.contains(':')).then(|| &head[..end])
}

/// The words of the block `b` when it is prose ([`is_prose`]), else 0; a block of one line reads
/// its line record.
fn prose_words(st: &State, b: &Block) -> usize {
    if b.first == b.last {
        let line = st.lines[b.first];
        if line.is_prose() {
            line.words
        } else {
            0
        }
    } else if is_prose(&b.text) {
        words(&b.text)
    } else {
        0
    }
}

/// The item starting at block `b`, if any.
fn item(blocks: &[Block], b: usize) -> Option<Item> {
    let mut head = Vec::new();
    let mut j = b;
    while j < blocks.len()
        && head.len() < MAX_HEAD_BLOCKS
        && matches!(blocks[j].kind, Kind::Headline | Kind::Label)
    {
        head.push(j);
        j += 1;
    }
    let has_headline = head.iter().any(|&h| blocks[h].kind == Kind::Headline);
    (has_headline && blocks.get(j).is_some_and(|t| t.kind == Kind::Teaser))
        .then_some(Item { head, teaser: j })
}

/// Whether an item prints its headline twice (`A` / `A`, or a label glued to it: `Tin mới nhất
/// A` / `A`).
fn doubled(blocks: &[Block], it: &Item) -> bool {
    it.head.iter().enumerate().any(|(k, &a)| {
        it.head[k + 1..].iter().any(|&b| {
            let (x, y) = (blocks[a].text.to_lowercase(), blocks[b].text.to_lowercase());
            blocks[a].kind == Kind::Headline && blocks[b].kind == Kind::Headline && {
                x.ends_with(&y) || y.ends_with(&x)
            }
        })
    })
}

/// Removes the teaser lists below the start of the article (B020); `blocks` are the open
/// lines' ([`blocks`]). Whether it removed any line (the blocks are then others).
pub(super) fn teaser_runs(st: &mut State, opts: &Options, blocks: &[Block]) -> bool {
    if !st.on.enabled(TEASER_RUN) {
        return false;
    }
    // every item ends with a summary: fewer summaries than a run's items, nothing to find
    if blocks.iter().filter(|b| b.kind == Kind::Teaser).count() < MIN_ITEMS {
        return false;
    }
    let mut removed = false;
    // the item starting at each block, found once for the two passes below
    let items_at: Vec<Option<Item>> = (0..blocks.len()).map(|b| item(blocks, b)).collect();
    // the blocks of any headline + summary item: a listing page's teasers are not article prose
    let mut in_item = vec![false; blocks.len()];
    for it in items_at.iter().flatten() {
        for &k in it.head.iter().chain([&it.teaser]) {
            in_item[k] = true;
        }
    }
    // article prose words above each block
    let mut prose_above = Vec::with_capacity(blocks.len());
    // and of it, the words of the blocks that end a sentence (not a line of headlines glued
    // to a box label)
    let mut sentences_above = Vec::with_capacity(blocks.len());
    let (mut sum, mut sentences_sum) = (0, 0);
    for (k, b) in blocks.iter().enumerate() {
        prose_above.push(sum);
        sentences_above.push(sentences_sum);
        if st.in_zone(b.first) && !in_item[k] {
            let words = prose_words(st, b);
            sum += words;
            if ends_sentence(&b.text) {
                sentences_sum += words;
            }
        }
    }
    let mut b = 0;
    // a list was removed above, and no sentence outside a list followed it
    let mut listing_above = false;
    while b < blocks.len() {
        let mut items = Vec::new();
        let mut j = b;
        while let Some(it) = items_at.get(j).and_then(Option::as_ref) {
            j = it.teaser + 1;
            items.push(it.clone());
        }
        // (a run of two is asked for its heading only: most runs are none)
        let heading = match items.len() {
            n if n < MIN_CUED_ITEMS || listing_above => None,
            _ => cued(st, opts, blocks, &items[0]),
        };
        let min_items = if heading.is_some() {
            MIN_CUED_ITEMS
        } else {
            MIN_ITEMS
        };
        if items.len() < min_items {
            // (its words are counted further than 6)
            let (t, words) = (&blocks[b].text, blocks[b].words);
            if ends_sentence(t) && words >= 6 {
                listing_above = false;
            }
            b += 1;
            continue;
        }
        let ended = if listing_above || heading.is_some() {
            None
        } else {
            below_article_end(st, opts, blocks, &items[0])
        };
        let above = if listing_above {
            Some("below another list")
        } else {
            heading.map(|_| BELOW_HEADING).or(ended.map(|_| BELOW_END))
        };
        let Some((span, why)) = listing(blocks, &items, above, min_items) else {
            b = j;
            continue;
        };
        let head = items[span.start].head[0];
        // under a related heading (or below the article's end) the list starts below it: the
        // short lines above it that the first item's head took (a sign-off, a button) are left
        // to their own rules; a dated list starts at its first headline or time
        let first = match (heading, ended) {
            (Some(h), _) if why == BELOW_HEADING => h + 1,
            (_, Some(e)) if why == BELOW_END => e + 1,
            _ if why == DATED => blocks[dated_start(blocks, &items[span.start])].first,
            _ => blocks[head].first,
        };
        if prose_above[head] < opts.min_article_words || announced(st, first) {
            b = j;
            continue;
        }
        let mut end = items[span.end - 1].teaser;
        // a related heading above the items marks no list when more prose follows them than
        // precedes them: the article goes on, and the heading was one of its sections
        let prose_below = sum - prose_above.get(end + 1).copied().unwrap_or(sum);
        if why == BELOW_HEADING && prose_below >= prose_above[head] {
            b = j;
            continue;
        }
        // a box of fewer items ends the article's prose: with prose below, its items may be
        // the article's last sections (subheadings over one-sentence paragraphs)
        if span.len() < MIN_ITEMS && prose_below > 0 {
            b = j;
            continue;
        }
        // nor do the article's end above them or their times when more sentences follow them
        let sentences_below = sentences_sum
            - sentences_above
                .get(end + 1)
                .copied()
                .unwrap_or(sentences_sum);
        if [BELOW_END, DATED].contains(&why) && sentences_below >= prose_above[head] {
            b = j;
            continue;
        }
        // the last card's time, below its summary
        if blocks.get(end + 1).is_some_and(time_stamp) {
            end += 1;
        }
        let n = span.len();
        for i in first..=blocks[end].last {
            if st.open(i) {
                removed = true;
                st.verdict[i] = Some((
                    TEASER_RUN,
                    format!("one of {n} headline + summary items in a row ({why})"),
                ));
            }
        }
        listing_above = true;
        b = end + 1;
        // below the article's end, what is left of the zone may be more of the same cards,
        // broken by a box's line (an ad label, headlines glued onto one line)
        if why != DOUBLED {
            if let Some(last) = card_tail(st, blocks, b) {
                for i in blocks[b].first..=blocks[last].last {
                    if st.open(i) {
                        st.verdict[i] = Some((
                            TEASER_RUN,
                            "below a list of headline + summary items, more of its items and no \
                             paragraph"
                                .into(),
                        ));
                    }
                }
                b = last + 1;
            }
        }
    }
    removed
}

/// Fewest items among the blocks that [`card_tail`] takes.
const MIN_TAIL_ITEMS: usize = 2;

/// The last block of the zone when the blocks from `b` to it are all cards of a list and its
/// box's lines: headlines, labels, summaries of one short sentence, lines that are not prose,
/// with [`MIN_TAIL_ITEMS`] headline + summary items among them. A paragraph of two sentences
/// or more, or of more than [`MAX_SINGLE_TEASER`] words, is the article's: then nothing is
/// taken.
fn card_tail(st: &State, blocks: &[Block], b: usize) -> Option<usize> {
    let last = (b..blocks.len())
        .take_while(|&k| st.in_zone(blocks[k].first))
        .last()?;
    let card = |k: usize| {
        let block = &blocks[k];
        match block.kind {
            Kind::Headline | Kind::Label => true,
            Kind::Teaser => {
                sentences(&block.text) == 1 && words_at_most(&block.text, MAX_SINGLE_TEASER)
            }
            Kind::Other => prose_words(st, block) == 0 || !ends_sentence(&block.text),
        }
    };
    let items = (b..=last)
        .filter(|&k| item(blocks, k).is_some_and(|it| it.teaser <= last))
        .count();
    ((b..=last).all(card) && items >= MIN_TAIL_ITEMS).then_some(last)
}

/// Which of `items` are a list of other articles, and what marks them, if anything does: the
/// items from the one before the first to the last that prints its headline twice (not the
/// items after it: the article may go on below a box), or all of them when every
/// summary is one short sentence and `above` names what is right above them (a removed list,
/// a related heading: [`cued`]).
fn listing(
    blocks: &[Block],
    items: &[Item],
    above: Option<&'static str>,
    min_items: usize,
) -> Option<(Range<usize>, &'static str)> {
    let doubled: Vec<usize> = (0..items.len())
        .filter(|&k| doubled(blocks, &items[k]))
        .collect();
    if let (Some(&a), Some(&z)) = (doubled.first(), doubled.last()) {
        // the box's first item may have no picture, hence its headline once
        let a = a.saturating_sub(1);
        if doubled.len() >= 2 && z + 1 - a >= MIN_ITEMS {
            return Some((a..z + 1, DOUBLED));
        }
    }
    // the items from the first whose summaries are single short sentences: a box's later
    // teaser may run longer, and a list of items with long summaries is no box
    let single = items
        .iter()
        .take_while(|it| {
            let t = &blocks[it.teaser].text;
            sentences(t) == 1 && words_at_most(t, MAX_SINGLE_TEASER)
        })
        .count();
    match above.filter(|_| single >= min_items) {
        Some(why) => Some((0..single, why)),
        None => dated_span(blocks, items).map(|span| (span, DATED)),
    }
}

/// What marks a list whose items print their headlines twice ([`doubled`]): such a box may stand
/// inside the article, which goes on below it.
const DOUBLED: &str = "headlines printed twice";
/// What marks a list of teasers that [`below_article_end`] finds below the article's end.
const BELOW_END: &str = "below the article's end";
/// What marks a list whose every item carries its time ([`dated`]).
const DATED: &str = "each item dated";

/// A short line that dates a card: a relative time (`2 giờ trước`) or a date with its time of
/// day (`10:20 28/11/2024`), no sentence. A date alone is a timeline's (`20/11/2023 Hà Nội`).
fn time_stamp(b: &Block) -> bool {
    b.kind == Kind::Label
        && !ends_sentence(&b.text)
        && (lexicon::relative_time(&b.text) || credits::has_date_time(&b.text))
}

/// The longest run of [`MIN_ITEMS`] or more of `items` that each carry their time: a
/// [`time_stamp`] in the head or right after the summary. A listing's cards are dated one by
/// one (`Headline` / `Summary.` / `2 giờ trước`); an article's subheadings and paragraphs are
/// not. The comments above a listing chain into its items (a name, a comment): they are not
/// of the run.
fn dated_span(blocks: &[Block], items: &[Item]) -> Option<Range<usize>> {
    let dated = |it: &Item| {
        it.head.iter().any(|&h| time_stamp(&blocks[h]))
            || blocks.get(it.teaser + 1).is_some_and(time_stamp)
    };
    let mut best: Option<Range<usize>> = None;
    let mut k = 0;
    while k < items.len() {
        let start = k;
        while k < items.len() && dated(&items[k]) {
            k += 1;
        }
        if k - start >= MIN_ITEMS && best.as_ref().is_none_or(|r| k - start > r.len()) {
            best = Some(start..k);
        }
        k += 1;
    }
    best
}

/// The first block of a dated list's first item: its headline (the one right above its
/// summary), with its time and the headline's other copy above it. The short lines its head
/// took above them (a comment's action links, a sign-off, a button) are left to their own
/// rules.
fn dated_start(blocks: &[Block], item: &Item) -> usize {
    let Some(last) = item
        .head
        .iter()
        .rposition(|&h| blocks[h].kind == Kind::Headline)
    else {
        return item.head[0];
    };
    let headline = blocks[item.head[last]].text.to_lowercase();
    let mut k = last;
    while k > 0 && {
        let above = &blocks[item.head[k - 1]];
        time_stamp(above)
            || above.kind == Kind::Headline && above.text.to_lowercase().ends_with(&headline)
    } {
        k -= 1;
    }
    item.head[k]
}

/// The removed line right above the first item of a run (`items[0]`: short open lines of its
/// head, a sign-off or a box label such as `Gửi Tin mới nhất`, may stand between), when what
/// removed it shows the article ended above: an end-of-article heading (B009), a related box
/// under its cue (B022), or template vocabulary that only follows an article (an end marker,
/// tags, an empty comment box: B010). A caption, a byline, a menu, share buttons or an ad label
/// above the items is no such mark: they stand above an article's own sections too (a guide's
/// steps below its share buttons). The rules that run after this one (sign-offs, comment
/// threads, headline runs) have removed nothing yet.
fn below_article_end(st: &State, opts: &Options, blocks: &[Block], item: &Item) -> Option<usize> {
    let line = above_headline(st, blocks, item)?;
    let (rule, _) = st.verdict[line].as_ref()?;
    let t = st.text(line);
    let ended = if std::ptr::eq(*rule, SITE_CHROME) {
        lexicon::end_marker(t, &opts.end_markers, MAX_HEADING_WORDS).is_some()
            || matches!(
                lexicon::chrome(t, opts.max_chrome_words),
                Some("tags" | "empty-thread")
            )
    } else {
        ARTICLE_END_RULES.iter().any(|r| std::ptr::eq(*rule, *r))
    };
    ended.then_some(line)
}

/// The line right above the last headline of `item` (the first item of a run) that is no line
/// of the item's head nor a text box ([`shapes::form_field`]): the head's short open lines above
/// its headline (a sign-off, a button, the tags of the article above run together into a
/// headline's shape: `Bình Dương` / `phòng cháy chữa cháy`) stand above, below or around the
/// removed heading of the box, and a comment form's text field under its empty thread (`Chưa
/// có bình luận nào.` / `_____`) belongs to the box above.
fn above_headline(st: &State, blocks: &[Block], item: &Item) -> Option<usize> {
    let headline = item
        .head
        .iter()
        .rposition(|&k| blocks[k].kind == Kind::Headline)?;
    let head_lines = |i: usize| {
        item.head[..headline]
            .iter()
            .any(|&k| (blocks[k].first..=blocks[k].last).contains(&i))
    };
    let text_box = |i: usize| st.open(i) && shapes::form_field(st.text(i));
    (0..blocks[item.head[headline]].first)
        .rev()
        .find(|&i| !(st.blank(i) || head_lines(i) || text_box(i)))
}

/// The rules whose removed line shows the article ended above it ([`below_article_end`]);
/// B010's lines show it by their vocabulary.
const ARTICLE_END_RULES: &[&Rule] = &[END_OF_ARTICLE, CUED_LIST];

/// What marks a list of teasers that [`cued`] finds under a related heading.
const BELOW_HEADING: &str = "below a related heading";

/// The line right above the headline of `item` (the first item of a run; [`above_headline`])
/// when it is an end-of-article heading alone on its line (`Tin mới nhất`, `Có liên quan`:
/// [`lexicon::end_marker`]) or a related-story label alone on its line (`Đọc tiếp`, `Xem thêm`:
/// [`lexicon::related_label`]) that the scan removed as a template block's without ending the
/// article there, because the teasers under it outweigh a short article's prose. A heading of
/// the page's chrome in general is no such mark (a guide's "In this guide" box of steps): the
/// heading must name a box of other articles, comments or tags. The item's head may hold short
/// open lines above the heading (`Gửi`, a sign-off, the article's tags): the removed lines
/// between blocks are not blocks.
fn cued(st: &State, opts: &Options, blocks: &[Block], item: &Item) -> Option<usize> {
    above_headline(st, blocks, item).filter(|&i| {
        let t = st.text(i);
        let label_alone = || {
            lexicon::related_label(t)
                .is_some_and(|label| words(t.trim_end_matches(':')) == words(label))
        };
        st.verdict[i].is_some()
            && (lexicon::end_marker(t, &opts.end_markers, 0).is_some() || label_alone())
    })
}

/// Whether the nearest line above `first` announces a list (ends with a colon).
fn announced(st: &State, first: usize) -> bool {
    (0..first)
        .rev()
        .find(|&i| !st.blank(i))
        .is_some_and(|i| st.verdict[i].is_none() && st.text(i).ends_with(':'))
}

/// Marks a dumper prints before a list item (w3m `•`, lynx `*`).
const BULLETS: &[char] = &['•', '*', '◦', '▪', '►', '·', '-', '+', '–'];

/// Most words of a related heading on its own line (`Có thể bạn quan tâm`).
const MAX_HEADING_WORDS: usize = 6;

#[cfg(test)]
mod tests;
