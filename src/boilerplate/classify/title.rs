//! The article's title and the site's header above it: the URL line and separator rules at the
//! top of a dump, the title line (its text to the metadata; no other rule removes it), and the
//! lines above the title that are not prose (B018). A dump's title is the longest heading-like
//! line just above the body zone or at its top, told from the site's name, menus, bylines and
//! the headlines of a box of other stories that stand there too.

use crate::pipeline::Metadata;

use super::super::context;
use super::super::corpus::Recurrence;
use super::super::features;
use super::super::header;
use super::super::listings;
use super::super::options::Options;
use super::super::rules::{ABOVE_TITLE, SEPARATOR, URL_HEADER};
use super::super::shapes;
use super::article_end::continued;
use super::State;

/// URL line and separators at the top; separators anywhere; the title, returned.
pub(super) fn header_lines<'t>(
    st: &mut State<'_, 't>,
    opts: &'t Options,
    corpus: Option<&Recurrence>,
    meta: &mut Metadata,
) -> Option<usize> {
    let mut in_header = true;
    for i in 0..st.lines.len() {
        if st.blank(i) || st.protected[i] {
            continue;
        }
        let t = st.text(i);
        if features::is_separator(t) {
            if st.on.enabled(SEPARATOR) {
                st.verdict[i] = Some((
                    SEPARATOR,
                    format!("separator rule of {} characters", t.chars().count()),
                ));
            }
        } else if in_header && features::is_url(t) && st.on.enabled(URL_HEADER) {
            meta.url.get_or_insert_with(|| t.to_string());
            st.verdict[i] = Some((URL_HEADER, "bare URL at the top of the document".into()));
        } else {
            in_header = false;
        }
    }
    let title = title_line(st, opts, corpus);
    if let Some(i) = title {
        // a markdown heading's text, past its mark
        meta.title
            .get_or_insert_with(|| header::heading_text(st.text(i).trim()).to_string());
        st.protected[i] = true;
    }
    title
}

/// Lines above the title that are not prose: the site's name, its menus, a breadcrumb (B018),
/// and a vertical breadcrumb's last level however long, the title again
/// ([`title_again_below`]), a box of other stories on its heading's line
/// ([`listings::cue_and_headlines`]: `Tin nổi bật Bão số 6 suy yếu… nhà đầu tư nên làm gì?`,
/// prose to the line's shape when its last headline asks a question), and a headline of a box
/// that other documents of the corpus print too ([`context::boxed_elsewhere`]: `Chứng khoán
/// tuần tới: nhà đầu tư nên làm gì?` under `Tin nổi bật`, prose to its shape). Only inside the
/// body zone — above it, B015 has taken them already.
pub(super) fn above_title(
    st: &mut State,
    title: usize,
    opts: &Options,
    corpus: Option<&Recurrence>,
) {
    if !st.on.enabled(ABOVE_TITLE) {
        return;
    }
    for i in 0..title {
        let line = st.lines[i];
        let not_prose = || {
            !line.is_prose()
                || title_again_below(st, i)
                || listings::cue_and_headlines(line.trimmed, opts).is_some()
                || corpus.is_some_and(|stats| context::boxed_elsewhere(line, stats))
        };
        if st.open(i) && st.in_zone(i) && not_prose() {
            st.verdict[i] = Some((
                ABOVE_TITLE,
                format!("above the title (line {}), not prose", title + 1),
            ));
        }
    }
}

/// Whether line `i` opens the article text, for the title window: a sentence, or a long line
/// that a hard-wrapped paragraph continues (the next line starts in lowercase, or, in a text
/// whose blocks are separated by blank lines, is not blank). A title does not end like either.
/// Nor does a breadcrumb's last level that the title repeats ([`title_again_below`]).
fn opens_text(st: &State, i: usize, blank_separated: bool) -> bool {
    let line = st.lines[i];
    if title_again_below(st, i) {
        return false;
    }
    let n = line.words;
    let wraps = continued(st, i) || (blank_separated && i + 1 < st.lines.len() && !st.blank(i + 1));
    (n >= 6 && line.ends_sentence && !line.trimmed.ends_with(['?', '!'])) || (n >= 10 && wraps)
}

/// Whether line `i` is one bulleted headline that a line among the next [`TITLE_WINDOW`] starts
/// with: a vertical breadcrumb's last level, the title printed again under it (`• Kinh nghiệm
/// du lịch Đà Lạt mùa hoa dã quỳ: Đi đâu, ăn gì, chi phí bao` / `nhiêu?` / … / the title). Long
/// and wrapped, it read as the article's first paragraph, and the title window ended there: the
/// site's motto above the zone was taken for the title. Key points bulleted under a title are
/// no line's start below them, and open the text as before.
fn title_again_below(st: &State, i: usize) -> bool {
    let t = st.text(i);
    if listings::bulleted_headlines(t) != 1 {
        return false;
    }
    let item = t.trim_start_matches(|c: char| !c.is_alphanumeric());
    (i + 1..st.lines.len())
        .filter(|&j| !st.blank(j))
        .take(TITLE_WINDOW)
        .any(|j| st.text(j).starts_with(item))
}

/// How many lines of the zone above its first paragraph may hold the title.
const TITLE_WINDOW: usize = 8;

/// Whether line `i` is one of the headlines a box lists right under its heading (`Tin nổi bật`
/// / three headlines / the breadcrumb / the title): above it, lines of [`BOX_HEADLINE_WORDS`]
/// words or more that end no sentence (or end it asking or exclaiming, as headlines do), up
/// to an end-of-article heading. The box's longest
/// headline, longer than the title, was taken for it, and the title below went with the box as
/// the lines above the zone (`scripts/gen-vi-templates`: 2 of 8 titles of its nld template). A
/// title under its breadcrumb (`Thời sự` / `Xã hội`) or its date is no such headline.
fn listed_under_box<'t>(st: &State<'_, 't>, opts: &'t Options, i: usize) -> bool {
    let mut j = i;
    for _ in 0..=MAX_BOX_HEADLINES {
        let Some(k) = (0..j).rev().find(|&k| !st.blank(k)) else {
            return false;
        };
        let line = st.lines[k];
        if line.end_marker(opts).is_some() {
            return true;
        }
        // a headline may ask or exclaim (`Thí sinh cần lưu ý gì trước kỳ thi?`)
        let states = line.ends_sentence && !features::asks_or_exclaims(line.trimmed);
        if line.words < BOX_HEADLINE_WORDS || states {
            return false;
        }
        j = k;
    }
    false
}

/// Fewest words of a headline of a box above the title ([`listed_under_box`]).
const BOX_HEADLINE_WORDS: usize = 5;
/// Most headlines of such a box between its heading and the line asked about.
const MAX_BOX_HEADLINES: usize = 6;

/// How far above the body zone its heading may be (jusText's `MAX_HEADING_DISTANCE`).
const MAX_HEADING_DISTANCE: usize = 200;

/// The title line: the longest heading-like line within [`MAX_HEADING_DISTANCE`] characters above
/// the zone or among the first [`TITLE_WINDOW`] lines of the zone above its first paragraph
/// (between a title and the body sit bylines, dates and share buttons; above it, the site's name
/// and menus, which are never a title when they have a menu's or a byline's shape).
fn title_line<'t>(
    st: &State<'_, 't>,
    opts: &'t Options,
    corpus: Option<&Recurrence>,
) -> Option<usize> {
    let candidate = |i: usize| {
        let line = st.lines[i];
        let t = line.trimmed;
        let template = || {
            line.chrome(opts).is_some()
                || line.end_marker(opts).is_some()
                || line.byline().is_some()
                || line.end_credit().is_some()
                // a one-line menu is long and heading-like, but it is the site's, not the title
                || line.is_menu()
                || shapes::form_field(t)
                // a date bar or a long byline (`Ngọc Lan ngoclan@… 10/12/2024 16:40 Chia sẻ`)
                || line.has_date()
                || t.contains('@')
                || author_above_date(st, i)
                // a line every page of the site starts with is a site heading, not this
                // article's title
                || corpus.is_some_and(|stats| line.recurs(opts, stats).is_some())
                // a headline of a box of other stories above the title, or the box on one
                // line (`Tin nổi bật Bão số 6 suy yếu… Ngân hàng Nhà nước bơm ròng…`)
                || listed_under_box(st, opts, i)
                || listings::cue_and_headlines(t, opts).is_some()
        };
        st.open(i)
            && (header::is_counted_title(t, line.words) || header::page_heading(t, line.words))
            && !template()
    };
    let mut candidates = Vec::new();
    let mut chars = 0;
    for i in (0..st.zone.start).rev() {
        if chars > MAX_HEADING_DISTANCE {
            break;
        }
        if !st.open(i) {
            continue;
        }
        if candidate(i) {
            candidates.push(i);
        }
        chars += st.text(i).chars().count();
    }
    // the head of the zone: the lines above its first paragraph (a zone that starts at the top
    // of a dump without blank lines holds the site's name and menus there)
    let blank_separated = st.zone.clone().any(|i| st.blank(i));
    candidates.extend(
        (st.zone.start..st.zone.end)
            .filter(|&i| !st.blank(i))
            .take_while(|&i| !opens_text(st, i, blank_separated))
            .take(TITLE_WINDOW)
            .filter(|&i| candidate(i)),
    );
    // the longest of those no headline below shows to be the site's header; of equals, the
    // nearest above the zone, then the first of its head
    let mut best: Option<usize> = None;
    for &i in &candidates {
        let header = candidates
            .iter()
            .any(|&b| b > i && site_header_above(st, i, b));
        if !header && best.is_none_or(|b| st.lines[b].words < st.lines[i].words) {
            best = Some(i);
        }
    }
    best
}

/// Whether the title candidate `a` is the site's header above the headline `b` below it, and
/// so no title however long: a line that holds a menu without separators or in capitals
/// ([`shapes::holds_site_header`]: `THỜI SỰ THẾ GIỚI KINH DOANH GIẢI TRÍ THỂ THAO`, a header's
/// blocks joined on one line) above a headline that holds none, or a line with a menu or a
/// breadcrumb between it and the headline (`Kỷ niệm 80 năm Ngày thành lập Quân đội` / `Kinh tế
/// » Nông nghiệp` / the title: a campaign's banner). A page prints its name, menus, banners and
/// breadcrumb above the article's title, not between the title and the text. The headline needs
/// [`MIN_HEADLINE_WORDS`]: a short line below a title in capitals is a section's name or a
/// label, not the title.
fn site_header_above(st: &State, a: usize, b: usize) -> bool {
    let below = st.lines[b];
    below.words >= MIN_HEADLINE_WORDS
        && ((shapes::holds_site_header(st.text(a)) && !shapes::holds_site_header(below.trimmed))
            || (a + 1..b).any(|i| !st.blank(i) && st.lines[i].is_menu()))
}

/// Fewest words of a headline below that shows a longer line above it to be the site's header
/// ([`site_header_above`]).
const MIN_HEADLINE_WORDS: usize = 6;

/// Whether line `i` is an author's name on a line of its own above the article's date (`Đình
/// Trọng` / `Thứ năm, 05/12/2024 11:42 (GMT+7)`): at most [`MAX_NAME_WORDS`] words, each
/// capitalised, and the next line that is not blank holds a date. A news title is a sentence's
/// words, its first one alone capitalised in Vietnamese; an English title in title case above
/// the date needs more words than a name.
fn author_above_date(st: &State, i: usize) -> bool {
    let line = st.lines[i];
    line.words <= MAX_NAME_WORDS
        && features::is_name_like(line.trimmed)
        && (i + 1..st.lines.len())
            .find(|&j| !st.blank(j))
            .is_some_and(|j| st.lines[j].has_date())
}

/// Most words of an author's name on a line of its own (`Nguyễn Văn Thắng`).
const MAX_NAME_WORDS: usize = 3;
