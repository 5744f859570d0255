//! The decoder: the zone's run of units from their p(content) and shapes.

use std::ops::Range;

use super::super::features::{asks_or_exclaims, ends_sentence, sentences, words_at_most};
use super::super::lexicon;
use super::after_long::small_after_long_article;
use super::far_below::far_below;
use super::joined_rows::joined_rows;
use super::long_prose::{is_prose_of, spanned_to_long_prose};
use super::notice_above::{below_notice, head_notice, HEAD_WORDS};
use super::numbered_on::numbered_list_end;
use super::prose_head::run_on_weight;
use super::prose_span::spanned_to_prose_run;
use super::structure::{
    announced_list, headed_rows, is_item, is_table_row, plain, structure_between_prose,
    structure_bridge, CAPS, MAX_ITEM_CAPS,
};
use super::units::{Unit, PROSE_STOP_DENSITY};
use super::{open_ended, Model, UnitZone};

/// Fewer units or words than these: the document is too short to tell an article zone from the
/// rest, and is left whole (a two-line note is not a menu page to empty).
const MIN_UNITS: usize = 3;
const MIN_WORDS: usize = 40;

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

pub(super) fn too_short(units: &[Unit]) -> bool {
    units.len() < MIN_UNITS || units.iter().map(|u| u.words).sum::<usize>() < MIN_WORDS
}

/// Whether the text's last unit `u` is an article's text by its shape, weighed in the zone's
/// sums as if the text went on ([`open_ended`]): prose of [`ARTICLE_END_WORDS`] words or more
/// ([`is_prose_of`]: a sentence in every 40 words, function words, no menu, chrome or
/// template line). The model learned that a page ends in chrome; once a first look has removed
/// the comments and the footer, an article a scraper wrote on one line is the text's last unit,
/// scores under τ there (0.37, against 0.61 with the comments below it), and a later look
/// settled on the teasers above it and deleted it (issue 11: an inscriptis dump of the
/// ScrapingHub even half with its article on one line, recall 0). A cookie notice or a
/// copyright line at a page's foot is shorter; a related box on one line whose headlines are
/// sentences (`Related 1. An aerial photo shows…`) opens with its cue ([`opens_with_cue`]).
fn ends_in_article(u: &Unit) -> bool {
    is_prose_of(u, ARTICLE_END_WORDS) && !opens_with_cue(&u.text)
}

/// Words at the start of a long unit in which [`opens_with_cue`] looks for a cue.
const CUE_HEAD_WORDS: usize = 4;

/// Whether the text `t` opens with an end-of-article cue ([`lexicon::end_marker`] of its first
/// [`CUE_HEAD_WORDS`] words): a box after the article, its items run on after the cue.
fn opens_with_cue(t: &str) -> bool {
    let head_end = t
        .split_whitespace()
        .take(CUE_HEAD_WORDS)
        .last()
        .map_or(0, |w| w.as_ptr() as usize - t.as_ptr() as usize + w.len());
    // a list's number after the cue (`Tin liên quan 1.`) ends no sentence
    let head = t[..head_end].trim_end_matches(|c: char| !c.is_alphanumeric());
    lexicon::end_marker(head, &[], CUE_HEAD_WORDS).is_some()
}

/// Words of the text's last unit that [`ends_in_article`] reads as the article's: four
/// paragraphs' worth.
const ARTICLE_END_WORDS: usize = 4 * PARAGRAPH_WORDS;

/// Kadane over words·(p − τ), trimmed of template units at its edges, then extended over
/// `extensible` neighbours above τ_low. A run-on unit ([`is_run_on`]) weighs nothing in the
/// sums ([`weighing`]).
pub(super) fn best_run(
    m: &Model,
    units: &[Unit],
    p: &[f64],
    extensible: &[bool],
) -> Option<Range<usize>> {
    // the text's last units by their score as if the text went on ([`open_ended`]): a paragraph
    // that ends a cleaned text is no footer line
    let open = open_ended(m, units, p);
    let mut w = weighing(m, units, p);
    if let Some(last) = (units.len().checked_sub(1)).filter(|&i| ends_in_article(&units[i])) {
        w[last] = w[last].max(open[last]);
    }
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
    let mut r = heaviest(m.tau, units, &w, 0..units.len())
        .and_then(trimmed)
        .or_else(|| lone_paragraph(m, units, &w).and_then(trimmed))?;
    if let Some(below) = trimmed((below_headlines(m, units, &w, r.clone()), 0.0)) {
        r = below;
    }
    // a run of menu items and teasers is no article when a run over τ elsewhere holds a
    // paragraph: the zone moves there (a zone as heavy as a block of prose spans both)
    if !holds_paragraph(units, &r) {
        if let Some(b) = prose_run(m.tau, units, &w).and_then(trimmed) {
            let weight: f64 = r
                .clone()
                .map(|i| units[i].words.max(1) as f64 * (w[i] - m.tau))
                .sum();
            r = if weight >= m.block_weight {
                r.start.min(b.start)..r.end.max(b.end)
            } else {
                b
            };
        }
    }
    // a whole article on one line that the model scores under τ (it ends in a share bar or
    // tags) is not lost to a cookie notice the zone found instead
    let r = spanned_to_long_prose(units, r);
    // a menu item next to the article scores high from its neighbours: extension by score needs
    // a few words (the title is attached separately, see `classify::title::title_line`)
    let ends = article_ends(units);
    let joins = |i: usize| {
        edge(i)
            && ((open[i] >= m.tau_low && units[i].words >= MIN_EXTENSION_WORDS)
                || is_sentence(&units[i]))
    };
    let extend = |r: Range<usize>| extended(m, units, &w, extensible, r, &ends, &joins);
    let mut r = extend(r);
    // a notice at the top of the page, far above the article across the site's menus, is not
    // the zone: the prose below the menus is (looked for once the zone is extended, so that a
    // zone already reaching the prose, as a second look over a cleaned text sees it, stays);
    // the page's prose (`page_prose`) does not count the notice either
    let mut notice = 0..0;
    if let Some(b) = below_notice(m.tau, units, &w, &r).and_then(|b| trimmed((b, 0.0))) {
        notice = std::mem::replace(&mut r, extend(b));
    }
    let r = match page_prose(m, units, p, extensible, &r, &notice) {
        Some(all) => extend(r.start.min(all.start)..r.end.max(all.end)),
        None => r,
    };
    // a zone that stopped short inside a run of prose whose sentence ends a dump broke (the
    // run outside it longer than it) spans the run
    let spanned = spanned_to_prose_run(units, r.clone());
    Some(if spanned == r { r } else { extend(spanned) })
}

/// The zone `r` grown by its neighbours ([`best_run`]'s `joins`), across a bridge, a list or a
/// table to the prose after it, and over another block of prose ([`another_block`]), until
/// nothing more joins. `w` is p(content) as the zone weighs it ([`weighing`]).
fn extended(
    m: &Model,
    units: &[Unit],
    w: &[f64],
    extensible: &[bool],
    mut r: Range<usize>,
    ends: &[bool],
    joins: &impl Fn(usize) -> bool,
) -> Range<usize> {
    // a block after the zone joined it: the article is in sections ([`another_block`])
    let mut in_sections = false;
    loop {
        if r.start > 0 && joins(r.start - 1) {
            r.start -= 1;
        } else if let Some(j) = lead_above(m, units, w, r.start, extensible) {
            r.start = j;
        } else if let Some(j) = bridge(units, r.end, joins) {
            r.end = j + 1;
        } else if let Some(j) = structure_bridge(units, r.end, extensible, joins) {
            r.end = j + 1;
        } else if let Some(j) = announced_list(units, r.end, extensible) {
            r.end = j + 1;
        } else if let Some(j) = numbered_list_end(units, r.end, extensible) {
            r.end = j + 1;
        } else if let Some(j) = headed_rows(units, r.end, extensible) {
            r.end = j + 1;
        } else if let Some(j) = joined_rows(units, r.end, extensible) {
            r.end = j + 1;
        } else if let Some(j) = paragraph_below(units, r.end, extensible) {
            r.end = j + 1;
        } else if r.end < units.len() && joins(r.end) {
            r.end += 1;
        } else if let Some(b) = another_block(m, units, w, &r, extensible, ends, in_sections) {
            in_sections |= b.start >= r.end;
            r = r.start.min(b.start)..r.end.max(b.end);
        } else {
            return r;
        }
    }
}

/// A long paragraph right above the zone starting at `start`, across at most [`MAX_BRIDGE`]
/// short units (a share bar, a category line, the label of the box), that the model scores
/// just under τ (≥ τ − [`LONE_MARGIN`]): the model learned that the top of a page is chrome, so
/// a one-paragraph article high on its page scores under the teasers of the box below it,
/// and the zone, found around the box, deleted the article (issue 11). [`LEAD_WORDS`] words at
/// least, with or without a sentence end (a quotation ends on its author's name), not in Title
/// Case ([`MAX_ITEM_CAPS`]), no list item or table row, not run-on ([`is_run_on`]): a dumper
/// joins a menu's nested items into one long unit.
fn lead_above(
    m: &Model,
    units: &[Unit],
    p: &[f64],
    start: usize,
    extensible: &[bool],
) -> Option<usize> {
    let short = |i: usize| units[i].words < MAX_BRIDGE_WORDS;
    let lead = |i: usize| {
        units[i].words >= LEAD_WORDS
            && p[i] >= m.tau - LONE_MARGIN
            && plain(&units[i], extensible[i])
            && units[i].own.features[CAPS] < MAX_ITEM_CAPS
            && !is_item(&units[i].text)
            && !is_table_row(&units[i].text)
            && !is_run_on(&units[i])
    };
    (start.saturating_sub(MAX_BRIDGE + 1)..start)
        .rev()
        .take_while(|&i| lead(i) || short(i))
        .find(|&i| lead(i))
}

/// Words of a paragraph that [`lead_above`] adds to the zone.
pub(super) const LEAD_WORDS: usize = 2 * PARAGRAPH_WORDS;

/// The unit right below the zone ending at `end` when it is a paragraph by its shape that ends
/// no sentence, and the zone's last unit is a paragraph that ends one: the model reads a
/// sentence end as the mark of prose, so an article's last paragraph that closes on a slogan,
/// a quotation's author or a colon (`…với thông điệp in trên mọi tờ rơi: Giọt máu hồng - Tham
/// gia ngay`), or a share bar glued onto it by a dump of one block per line, scored under
/// τ_low, and B015 deleted it as the chrome below the article (`scripts/gen-vi-templates`: 8 of
/// 10 such lines). [`PARAGRAPH_WORDS`] words at least with [`PROSE_STOP_DENSITY`] of function
/// words, not in Title Case ([`MAX_ITEM_CAPS`]), no chrome, template, menu or end-of-article
/// cue, no list item, table row or run-on unit. Only right after a paragraph of
/// [`PARAGRAPH_WORDS`] words ending a sentence: a teaser's summary comes after its headline, a
/// comment after its author's name, and a shop's disclaimer or a newsletter's promise after
/// a short line (`Version tested: PC.`, `Get breaking space news!`).
fn paragraph_below(units: &[Unit], end: usize, extensible: &[bool]) -> Option<usize> {
    let (last, u) = (units.get(end.checked_sub(1)?)?, units.get(end)?);
    let paragraph = u.words >= PARAGRAPH_WORDS
        && !u.own.ends_sentence
        && u.own.stop_density() >= PROSE_STOP_DENSITY
        && plain(u, extensible[end])
        && !u.own.template
        && u.own.features[CAPS] < MAX_ITEM_CAPS
        && !is_item(&u.text)
        && !is_table_row(&u.text)
        && !is_run_on(u);
    (last.words >= PARAGRAPH_WORDS && last.own.ends_sentence && paragraph).then_some(end)
}

/// The units from the page's first to its last paragraph of prose when the zone `r` holds less
/// than [`MIN_PROSE_SHARE`] of the page's prose words and at most a third of its paragraphs
/// ([`MISSED_PARAGRAPHS`]): a paragraph is [`PARAGRAPH_WORDS`] words ending a sentence that the
/// model reads as prose (p ≥ τ), not site template, nor in the `notice` the zone moved away
/// from ([`below_notice`]). A page whose
/// text is many short blocks of prose among long runs of structure (the description of each
/// app of a comparison page between its platform checklists and its comments) has a zone
/// around its densest block, the introduction, and lost the rest, most of the page (issue 11;
/// on the even half of the wcxb-dev dumps the pages whose zone held so little of their prose
/// had kept under a third of their main text). A zone that misses most of the prose has not
/// found the article: keeping the chrome between the paragraphs costs less than deleting them.
fn page_prose(
    m: &Model,
    units: &[Unit],
    p: &[f64],
    extensible: &[bool],
    r: &Range<usize>,
    notice: &Range<usize>,
) -> Option<Range<usize>> {
    let paragraph = |i: &usize| {
        !notice.contains(i)
            && units[*i].words >= PARAGRAPH_WORDS
            && units[*i].own.ends_sentence
            && p[*i] >= m.tau
            && extensible[*i]
    };
    let prose: Vec<usize> = (0..units.len()).filter(paragraph).collect();
    let words = |i: &usize| units[*i].words;
    let all: usize = prose.iter().map(words).sum();
    let inside: usize = prose.iter().filter(|i| r.contains(i)).map(words).sum();
    let held = prose.iter().filter(|i| r.contains(i)).count();
    let (first, last) = (*prose.first()?, *prose.last()?);
    ((inside as f64) < MIN_PROSE_SHARE * all as f64 && held * MISSED_PARAGRAPHS <= prose.len())
        .then_some(first..last + 1)
}

/// The least share of the page's prose words ([`page_prose`]) a zone holds.
const MIN_PROSE_SHARE: f64 = 0.5;
/// A zone that misses the article holds at most one in this many of the page's paragraphs
/// ([`page_prose`]): a short article followed by a site's blurb and its cookie notice (two or
/// three long paragraphs of chrome) holds half of them, and stays as it is.
const MISSED_PARAGRAPHS: usize = 3;

/// The run `r` without the box of headlines it opens with above a gap of the site's chrome
/// (`Tin nổi bật` and three stories, then the breadcrumb, the date and the share bar).
/// Vietnamese headlines are written like sentences without their full stop, so the model
/// scores them over τ, and their words outweighed the few words of the chrome lines under them:
/// the zone began at the first headline and kept the box (issue 11, a template of the tuning
/// half whose article a scraper wrote on one line). The zone starts after the last gap of
/// [`HEADLINE_GAP_UNITS`] units or more under τ in a row above which every unit over τ is a
/// headline ([`headline_box`]); the title above it is attached separately (`classify::title`).
fn below_headlines(m: &Model, units: &[Unit], w: &[f64], r: Range<usize>) -> Range<usize> {
    // the units over τ up to `i` are headlines (the walk stops at the first other one): a box
    // once there are enough of them, counted on the way
    let (mut start, mut low, mut headlines) = (r.start, 0, 0);
    for i in r.clone() {
        if w[i] >= m.tau {
            if !is_headline(&units[i]) {
                break;
            }
            (low, headlines) = (0, headlines + 1);
        } else {
            low += 1;
        }
        if low >= HEADLINE_GAP_UNITS && headlines >= MIN_BOX_HEADLINES {
            start = i + 1;
        }
    }
    start..r.end
}

/// Whether the block `b` above the zone `r` is a box of headlines ([`headline_box`]) with a gap
/// of the site's chrome ([`HEADLINE_GAP_UNITS`]) between it and the zone: such a box weighs as
/// much as a long paragraph (`another_block`) without one sentence of prose, and joined the
/// zone again once [`below_headlines`] had cut it off.
fn headlines_above(
    m: &Model,
    units: &[Unit],
    p: &[f64],
    b: &Range<usize>,
    r: &Range<usize>,
) -> bool {
    let gap = (b.end..r.start).fold((0, 0), |(run, most), i| {
        let run = if p[i] < m.tau { run + 1 } else { 0 };
        (run, most.max(run))
    });
    gap.1 >= HEADLINE_GAP_UNITS && headline_box(m, units, p, b.clone())
}

/// Whether every unit of `b` over τ is a headline ([`is_headline`]), and
/// [`MIN_BOX_HEADLINES`] of them at least: the units under τ are the box's label and the
/// chrome. An article's own lines above a gap are not such a box: its paragraphs, its list
/// items (bulleted, or too short: a product's features), its title alone.
fn headline_box(m: &Model, units: &[Unit], p: &[f64], b: Range<usize>) -> bool {
    let mut headlines = 0;
    for i in b {
        if p[i] >= m.tau {
            if !is_headline(&units[i]) {
                return false;
            }
            headlines += 1;
        }
    }
    headlines >= MIN_BOX_HEADLINES
}

/// A headline by its shape: [`HEADLINE_WORDS`] words, no list item or table row, and no
/// sentence end but a question's or an exclamation's (`Thí sinh cần lưu ý gì trước kỳ thi?`).
fn is_headline(u: &Unit) -> bool {
    HEADLINE_WORDS.contains(&u.words)
        && !is_item(&u.text)
        && !is_table_row(&u.text)
        && (!u.own.ends_sentence || asks_or_exclaims(&u.text))
}

/// Words of a headline ([`is_headline`]): a story's headline runs 8 to 15 words in Vietnamese
/// and in English news; a product's features and a menu's items are shorter.
const HEADLINE_WORDS: std::ops::RangeInclusive<usize> = 8..=20;
/// Fewest headlines of a box ([`headline_box`]).
const MIN_BOX_HEADLINES: usize = 2;
/// Units under τ in a row that part a box of headlines from the article ([`below_headlines`]).
const HEADLINE_GAP_UNITS: usize = 3;

/// The run of `within` maximising Σ words·(p − τ) (Kadane), with its sum, when it is positive.
pub(super) fn heaviest(
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

/// `p` as the zone's sums weigh it: a run-on unit's ([`is_run_on`]) capped at τ, so that it
/// adds nothing to a run, but for the prose it starts with ([`run_on_weight`]). A menu or a tag
/// cloud that a dumper or a scraper writes on one line (every
/// item of a site's nested menus, hundreds of words without a sentence end) scores like prose
/// from its length alone, and outweighed the article: the zone held the menu, and a box label
/// under it (`Tags`) ended an article it never reached (issue 11: a one-paragraph article
/// below two such menu lines, deleted whole). Such a unit still joins the zone by its score
/// next to it (a list of the article's that a scraper wrote on one line), and prose around it
/// carries a run across it.
///
/// A list on one line ([`is_list_on_one_line`]) weighs as its items would: capped at τ −
/// [`LIST_MARGIN`]. A scraper that saves a page one block per line writes each block's list
/// items on one line (`• Chia sẻ • Facebook • Zalo • In bài`); in a dump with blank lines
/// between blocks each item is a short unit of its own that scores as chrome and breaks a run,
/// but on one line the items' words added up to a unit scored near τ, and the zone ran from the
/// article over the share bars, menus and boxes of links after it (issue 11: on the even half
/// of the ScrapingHub dumps, P 0.764 in w3m-lines against 0.814 in w3m). A list of teasers on
/// one line (`teasers.rs`: the cut leads of a news ticker) weighs so too.
fn weighing(m: &Model, units: &[Unit], p: &[f64]) -> Vec<f64> {
    units
        .iter()
        .zip(p)
        .map(|(u, &x)| {
            if is_run_on(u) {
                run_on_weight(u, x, m.tau)
            } else if u.own.list_on_one_line {
                x.min(m.tau - LIST_MARGIN)
            } else {
                x
            }
        })
        .collect()
}

/// How far under τ a list on one line weighs ([`weighing`]): about what a menu item on a line of
/// its own scores (0.2–0.3 in w3m dumps). On the even half of the wcxb and ScrapingHub `-lines`
/// dumps, a cap at τ (the item adds nothing) raised article P half as much (bench w3m-lines
/// 0.764 → 0.769, against 0.777 here).
const LIST_MARGIN: f64 = 0.2;

/// A list written on one line: [`MIN_LIST_ITEMS`] list bullets or more standing as words (the
/// dumpers' `•`, `*`, `+`, `◦`, `▪`, w3m's `□`, `☆`, `○` of nested lists), at most
/// [`MENU_ITEM_WORDS`] words per item, no sentence end. An article's list of sentences
/// (`• Người dân được hỗ trợ 2 triệu đồng.`) ends a sentence, and a list of its own with
/// longer items is no such list.
pub(super) fn is_list_on_one_line(t: &str) -> bool {
    // a text with fewer bullet characters than a list's bullets is no list (most texts), found
    // without splitting it into words
    if bullet_characters(t).nth(MIN_LIST_ITEMS - 1).is_none() {
        return false;
    }
    let (mut bullets, mut words) = (0, 0);
    for w in t.split_whitespace() {
        if matches!(w, "•" | "*" | "+" | "◦" | "▪" | "□" | "☆" | "○") {
            bullets += 1;
        } else {
            words += 1;
        }
    }
    bullets >= MIN_LIST_ITEMS && words <= bullets * MENU_ITEM_WORDS && !ends_sentence(t)
}

/// Bullets of a list on one line ([`is_list_on_one_line`]), as of a one-line menu.
const MIN_LIST_ITEMS: usize = MENU_SEPARATORS;

/// Where the characters of [`is_list_on_one_line`]'s bullets are in `t`: `*`, `+`, and the
/// three-byte ones (`•` `◦` `▪` `□` `☆` `○`, each 0xE2 and two bytes), found by `memchr`. The
/// quotes, dashes and ellipses of prose start with 0xE2 too, and a count of that byte alone
/// sent most long lines to the word split.
fn bullet_characters(t: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = t.as_bytes();
    memchr::memchr3_iter(b'*', b'+', 0xE2, bytes).filter(|&at| {
        bytes[at] != 0xE2
            || matches!(
                bytes.get(at + 1..at + 3),
                Some(
                    [0x80, 0xA2]
                        | [0x97, 0xA6]
                        | [0x96, 0xAA]
                        | [0x96, 0xA1]
                        | [0x98, 0x86]
                        | [0x97, 0x8B]
                )
            )
    })
}

/// A run-on unit: [`RUN_ON_WORDS`] words or more, no sentence end at its end, and fewer than
/// one sentence ([`sentences`]: a sentence end before a capitalised word) in each
/// [`RUN_ON_WORDS`] words. A paragraph of prose that long ends its sentences, the last one
/// too; a menu or a tag cloud written on one line does not (an abbreviation such as `Transp.`
/// among its items is no sentence: a bullet follows it). A table's rows laid out in cells
/// ([`is_table_row`]) are no run-on: a seminar's schedule above its description, one unit of
/// a w3m dump, begins the article.
pub(super) fn is_run_on(u: &Unit) -> bool {
    u.words >= RUN_ON_WORDS
        && !u.own.ends_sentence
        && sentences(&u.text) * RUN_ON_WORDS < u.words
        && !is_table_row(&u.text)
}

/// Words of a run-on unit ([`is_run_on`]), and of text per sentence it has at most: two long
/// sentences' worth.
const RUN_ON_WORDS: usize = 60;

/// Whether the units `r` hold a paragraph: [`PARAGRAPH_WORDS`] words ending a sentence, or with
/// a short label glued on after its last sentence ([`ends_its_sentences`]). In a one-block-per-
/// line dump a card's link lands on the introduction's line (`… learn about. Course`); read as
/// no paragraph, the zone around it gave way to the site's blurb in the footer, and the
/// course page lost its whole text (issue 11, an html-to-text-lines dump of the wcxb even half).
fn holds_paragraph(units: &[Unit], r: &Range<usize>) -> bool {
    r.clone()
        .any(|i| units[i].words >= PARAGRAPH_WORDS && ends_its_sentences(&units[i]))
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
pub(super) const LONE_MARGIN: f64 = 0.1;

/// Another block of prose as heavy as a long paragraph, or holding one whole paragraph the model
/// reads as prose ([`PARAGRAPH_WORDS`] words, a sentence end, p ≥ τ), before or after the zone
/// `r`: an article whose text is several blocks separated by a picture gallery, a quote box,
/// an inline advertisement or the address box of each place it reviews (boilerpipe's
/// KeepLargestBlock re-adds the blocks of at least 150 words). The zone then spans both. After
/// the zone, a block is looked for only up to the first end-of-article cue (comments and
/// related stories after the cue are not the article) when the zone holds a paragraph of its
/// own; a cue above the zone, or after a zone of menu items, ends nothing; nor does a cue the
/// page repeats ([`article_ends`]: `ends` tells the units that end the article). A block
/// [`far_above`] the zone or a notice at the top of the page over its menus ([`head_notice`]),
/// or [`far_below`] a zone that holds a paragraph, does not join it; the
/// heaviest block between the two is looked at instead. Nor does a block small next to a long
/// article ([`small_after_long_article`]: a bio, a disclaimer, a notice) before any block after
/// the zone has joined it (`in_sections`).
fn another_block(
    m: &Model,
    units: &[Unit],
    p: &[f64],
    r: &Range<usize>,
    extensible: &[bool],
    ends: &[bool],
    in_sections: bool,
) -> Option<Range<usize>> {
    let paragraph =
        |i: usize| units[i].words >= PARAGRAPH_WORDS && units[i].own.ends_sentence && p[i] >= m.tau;
    // a block's edge next to the zone is no site template line; its far edge may be one (a
    // blog's `2 min read` above the first paragraph of an article that a box split), trimmed,
    // but for a block that is the page's first text (a cookie notice under `Skip to content`:
    // `HEAD_WORDS`, as `notice_above.rs` tells a notice)
    let heavy = |(found, _): (Range<usize>, f64), above: bool| {
        let b = match above {
            true => found.clone().find(|&i| extensible[i])?..found.end,
            false => found.start..found.clone().rev().find(|&i| extensible[i])? + 1,
        };
        if b.start > found.start
            && units[..found.start].iter().map(|u| u.words).sum::<usize>() < HEAD_WORDS
        {
            return None;
        }
        let near = if above { b.end - 1 } else { b.start };
        let sum: f64 = b
            .clone()
            .map(|i| units[i].words.max(1) as f64 * (p[i] - m.tau))
            .sum();
        ((sum >= m.block_weight || b.clone().any(paragraph)) && extensible[near]).then_some(b)
    };
    // a zone of menu items and teasers, without one paragraph of its own, is no article a cue
    // after it could end: the cue is one more menu item, the prose below it the article
    let holds_prose = holds_paragraph(units, r);
    // the heaviest block above that is not far above the zone: a far one is passed over for
    // the blocks between it and the zone
    let mut above = 0..r.start;
    let before = loop {
        match heaviest(m.tau, units, p, above.clone()).and_then(|b| heavy(b, true)) {
            Some(b)
                if far_above(units, &b, r)
                    || head_notice(units, &b, r)
                    || headlines_above(m, units, p, &b, r) =>
            {
                above = b.end..r.start
            }
            found => break found,
        }
    };
    // the blocks after it, up to the first such cue (the heaviest block further down, a
    // comment or a footer, must not hide a nearer block of the article)
    let cut = match holds_prose {
        true => (r.end..units.len())
            .find(|&i| ends[i])
            .unwrap_or(units.len()),
        false => units.len(),
    };
    // likewise the heaviest block after it that is not far below a zone of prose, nor small
    // next to a long one with all the paragraphs after it up to the cut (`after_long.rs`),
    // unless a block after the zone joined it already (`in_sections`: the article is in
    // sections, each of them small next to the zone that grew by the ones before)
    let last_paragraph = (r.end..cut).rev().find(|&i| paragraph(i));
    let prose_end = |b: &Range<usize>| last_paragraph.map_or(b.end, |i| b.end.max(i + 1));
    let mut below = r.end..cut;
    let after = loop {
        match heaviest(m.tau, units, p, below.clone()).and_then(|b| heavy(b, false)) {
            Some(b)
                if holds_prose
                    && (far_below(units, &b, r)
                        || !in_sections
                            && small_after_long_article(units, &(b.start..prose_end(&b)), r)) =>
            {
                below = r.end..b.start
            }
            found => break found,
        }
    };
    before.or(after)
}

/// Whether the block `b` above the zone `r` is far from it: the units between them hold more
/// than [`FAR_ABOVE`] times the block's words, at least half of them in short units (under
/// [`MAX_BRIDGE_WORDS`] words: menu items, labels). The part of an article that a gallery, a
/// quote box or a table splits from the rest is long next to what splits it; the paragraph at
/// the top of a page above hundreds of menu items (a cookie notice, the description of a search
/// box, a site's blurb of its services) is not, and joining it kept the whole menu between it
/// and the article (issue 11: on the even half of the wcxb and ScrapingHub dumps, 34 of the 241
/// blocks of chrome that joined the zone from above were that far, and 9 of its 45 blocks of the
/// article, on two pages). A gap mostly of long units is text, maybe the article's own (a
/// ranking's entries the zone missed, each a description without a sentence end): the block
/// joins across it as before.
pub(super) fn far_above(units: &[Unit], b: &Range<usize>, r: &Range<usize>) -> bool {
    let words = |range: Range<usize>| units[range].iter().map(|u| u.words).sum::<usize>();
    let gap = &units[b.end..r.start];
    let gap_words = words(b.end..r.start);
    let in_text: usize = gap
        .iter()
        .filter(|u| u.words >= MAX_BRIDGE_WORDS)
        .map(|u| u.words)
        .sum();
    gap_words > FAR_ABOVE * words(b.clone()) && 2 * in_text <= gap_words
}

/// How many times its own words a block above the zone may be from it ([`far_above`]).
const FAR_ABOVE: usize = 10;

/// Whether each unit ends the article for [`another_block`]: an end-of-article cue
/// ([`lexicon::end_marker`](super::super::lexicon::end_marker)) that is no item link
/// ([`Unit::item_link`]). A `Read more` under each section of a course catalogue or each card
/// of a guide is a link of each part, not the one heading of the template's block after the
/// article: cutting there kept the first section and deleted the rest (B009 reads such a cue
/// line the same way).
fn article_ends(units: &[Unit]) -> Vec<bool> {
    units
        .iter()
        .map(|u| u.own.end_cue && !u.item_link)
        .collect()
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
    menu_shape(menu_separators(t), t)
}

/// How many of `| » › • ·` the text `t` holds, told by their bytes: `|`, and the others by their
/// UTF-8 after a `C2` or `E2` byte (no character's bytes start inside another's). Asked of
/// every short line a title may be, read a character at a time it was 1.5 % of the cost on real
/// pages.
pub(super) fn menu_separators(t: &str) -> usize {
    let b = t.as_bytes();
    memchr::memchr3_iter(b'|', 0xC2, 0xE2, b)
        .filter(|&at| match b[at] {
            b'|' => true,
            0xC2 => matches!(b.get(at + 1), Some(0xBB | 0xB7)),
            _ => matches!(b.get(at + 1..at + 3), Some([0x80, 0xBA | 0xA2])),
        })
        .count()
}

/// [`is_menu_line`] of `t`, which has `seps` menu separators.
pub(super) fn menu_shape(seps: usize, t: &str) -> bool {
    seps >= MENU_SEPARATORS && words_at_most(t, seps * MENU_ITEM_WORDS) && !ends_sentence(t)
}

/// Words of a paragraph that brings its block into the zone ([`another_block`]) however light
/// the block is: a review's paragraphs between the address boxes of the places it reviews score
/// just above τ (their neighbours are short), yet each is the article. Fewer words: a teaser or
/// a caption, which must be heavy by the sum to join. On the even half of the wcxb-dev dumps
/// 25 kept 0.4 % more article paragraphs (w3m) than no such rule, at 0.001 article F1.
pub(super) const PARAGRAPH_WORDS: usize = 25;

/// Separators of a one-line menu, and the most words per menu item.
const MENU_SEPARATORS: usize = 3;
const MENU_ITEM_WORDS: usize = 6;

/// A sentence of some length: it continues the zone across a bridge whatever its score.
pub(super) fn is_prose(u: &Unit) -> bool {
    u.words >= MIN_PROSE_WORDS && ends_its_sentences(u)
}

/// A sentence right next to the zone continues it whatever its score: the model learned that
/// page edges are chrome, but in a clean text the last paragraph (`Có. Có.`) is an edge too.
fn is_sentence(u: &Unit) -> bool {
    u.words >= 2 && ends_its_sentences(u) && !u.own.chrome
}

/// Whether the unit `u` ends a sentence, or a paragraph with a short label glued on after its
/// last sentence ([`label_after_sentence`](super::units::label_after_sentence)): what the zone
/// asks of its neighbours ([`is_prose`], [`is_sentence`]). In a one-block-per-line dump a
/// card's description ends with its `Read more`, and the zone, drawn around an article's
/// introduction, stopped at the first card (issue 11: the cards of a projects page, of a course
/// catalogue, deleted). Only next to the zone: a paragraph far below it (another block, the
/// page's prose) is still read by its own sentence end, or a cookie notice ending in `Privacy
/// Overview` would bring the footer above it into the zone.
fn ends_its_sentences(u: &Unit) -> bool {
    u.own.ends_sentence || u.own.label_after_sentence
}

/// Words a unit needs to join the zone by its score alone.
const MIN_EXTENSION_WORDS: usize = 4;
/// Words of a sentence that continues the zone on its own.
pub(super) const MIN_PROSE_WORDS: usize = 8;
/// Short units the zone may step over to reach a sentence after it (a subheading, a date line,
/// an advertising label, the items of a short list between two paragraphs).
pub(super) const MAX_BRIDGE: usize = 4;
/// A unit the zone steps over is shorter than this (list items: `Hậu vệ: Duy Mạnh, Thành Chung`).
pub(super) const MAX_BRIDGE_WORDS: usize = 15;

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
    /// The cells are the pieces of a split at double spaces, as `str::split` cuts them.
    #[test]
    fn table_rows_have_two_cells_between_double_spaces() {
        let pieces = ["a", "ô", " ", "  ", "   ", "\u{a0}", "\t", "1"];
        let mut rng = crate::test_rng::Xorshift::new();
        for len in 0..5_000 {
            let t = rng.text(&pieces, len % 12);
            let by_split = t.split("  ").filter(|c| !c.trim().is_empty()).count() >= 2;
            assert_eq!(super::is_table_row(&t), by_split, "{t:?}");
        }
    }
}
