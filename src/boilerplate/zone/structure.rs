//! The article's own structure between two runs of its prose: a list, a table of rows, a
//! numbered list, whose short lines without function words the line model scores as chrome.
//! The decoder ([`super::decode`]) raises such a gap to τ so that the zone spans it, and the
//! shapes here (list items, table rows, row separators, figures) serve the zone's other
//! readers of lists and tables too.

use std::ops::Range;

use super::super::features::{is_placeholder, item_number};
use super::decode::{is_prose, MAX_BRIDGE, MAX_BRIDGE_WORDS, MIN_PROSE_WORDS};
use super::units::{is_bullet, Unit};
use super::Model;

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
pub(super) fn structure_between_prose(
    m: &Model,
    units: &[Unit],
    p: &[f64],
    extensible: &[bool],
) -> Vec<f64> {
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
/// not Title-Case menu entries ([`MAX_ITEM_CAPS`] on average) unless they are numbered in order
/// ([`numbered_in_order`]).
fn is_structure(units: &[Unit], gap: Range<usize>) -> bool {
    let items: Vec<usize> = gap.clone().filter(|&i| is_item(&units[i].text)).collect();
    let rows = gap
        .clone()
        .filter(|&i| is_table_row(&units[i].text))
        .count();
    let caps = items
        .iter()
        .map(|&i| units[i].own.features[CAPS])
        .sum::<f64>()
        / items.len().max(1) as f64;
    2 * (items.len() + rows) >= gap.len()
        && (caps < MAX_ITEM_CAPS || numbered_in_order(units, &items))
}

/// Whether the list items `items` (indices into `units`) are numbered 1, 2, 3… in order, at
/// least [`MIN_NUMBERED_ITEMS`] of them: an ordered list, which a site's menu never is. The
/// titles of a reference list, of the steps of a recipe or of the works a review ranks are in
/// Title Case like a menu's entries (`1. Going Zero Waste`, `2. Plastic Free July`), and the
/// zone stopped above such a list and lost the paragraph that closes the article below it
/// (issue 11: a guide's references and its last section, on eight dump shapes of one page of
/// the even half of wcxb-dev).
fn numbered_in_order(units: &[Unit], items: &[usize]) -> bool {
    items.len() >= MIN_NUMBERED_ITEMS
        && items
            .iter()
            .zip(1..)
            .all(|(&i, n)| item_number(&units[i].text) == Some(n))
}

/// Items a list numbered in order needs ([`numbered_in_order`]).
const MIN_NUMBERED_ITEMS: usize = 3;

/// The prose unit after a list or a table that follows the zone ending at `from`
/// ([`is_structure`], any number of rows): the sentence that closes an article after its table
/// of results. The model reads a paragraph at the very end of a text as the page's edge (p
/// under τ), so [`structure_between_prose`], which needs prose over τ on both sides, does not
/// join it, and the decoder's `bridge` steps over a few short units only: without this the
/// first run kept the table and its closing paragraph (comments followed them) and a second
/// run over the clean text cut them.
pub(super) fn structure_bridge(
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
/// row of any length, and no chrome or end-of-article cue, no one-line menu. A dumper's image
/// placeholder (`[IMG]`, `[photo_1]`: [`is_placeholder`]) is a picture of the list's whatever
/// the corpus says: every page of a site prints `[IMG]`, so its line is site template, and a
/// list of products each with its picture ended at the first picture (issue 11: `links -dump`
/// writes `[IMG]` where w3m writes nothing, and an article of 22 products kept its
/// introduction only).
fn in_structure(u: &Unit, extensible: bool) -> bool {
    (plain(u, extensible) || is_placeholder(&u.text))
        && (u.words < MAX_BRIDGE_WORDS || is_item(&u.text) || is_table_row(&u.text))
}

/// Whether the unit `u` (`extensible`: not site template) has no chrome or end-of-article cue
/// and is no one-line menu.
pub(super) fn plain(u: &Unit, extensible: bool) -> bool {
    extensible && !u.own.end_cue && !u.own.chrome && !u.own.menu
}

/// The last unit of a list that the zone's last unit `units[end - 1]` announces (`…the offers
/// not to miss:`): the items ([`is_item`]) or table rows after it, at least
/// [`MIN_ANNOUNCED_ITEMS`] and a third of the lines up to the last one, the rest short lines
/// ([`in_structure`]: each item's picture, a link wrapped onto its own line), or a markdown
/// table ([`pipe_table`]: a standings page's table under `**Standings after 36 races:**`).
/// The list is the article's whatever its items' case: product names, titles of works.
pub(super) fn announced_list(units: &[Unit], end: usize, extensible: &[bool]) -> Option<usize> {
    if end == 0 || !announces(&units[end - 1].text) {
        return None;
    }
    if let Some(last) =
        pipe_table(units, end, extensible).or_else(|| number_rows(units, end, extensible))
    {
        return Some(last);
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

/// Whether the text `t` announces what follows it: a colon ends it, inside the emphasis a
/// markdown dump wraps a bold heading in (`**Standings after 36 races:**`).
fn announces(t: &str) -> bool {
    t.trim_end_matches(['*', '_']).ends_with(':')
}

/// The last row of a table written as markdown (html2text's pipe tables) that starts at
/// `first`: a header row and a delimiter row of dashes (`---|---|---`) with as many `|` (one
/// unit when the dump joined them), then at least [`MIN_ANNOUNCED_ITEMS`] rows with that many
/// `|` each, none a chrome or end-of-article cue or site template. Its rows have the shape of
/// a one-line menu (three separators and more, short cells, no sentence end), so
/// [`in_structure`] turns them away; the delimiter row is what tells a table: no dumper writes
/// one under a menu.
fn pipe_table(units: &[Unit], first: usize, extensible: &[bool]) -> Option<usize> {
    let header = &units.get(first)?.text;
    let (delimiter, rows_from) = match header.rsplit_once(' ') {
        Some((_, last)) if is_delimiter_row(last) => (last, first + 1),
        _ => (units.get(first + 1)?.text.as_ref(), first + 2),
    };
    let cells = pipes(delimiter);
    if cells == 0 || !is_delimiter_row(delimiter) || pipes(header) < cells {
        return None;
    }
    let row = |i: usize| {
        let u = &units[i];
        extensible[i] && !u.own.end_cue && !u.own.chrome && pipes(&u.text) == cells
    };
    let rows = (rows_from..units.len()).take_while(|&i| row(i)).count();
    (rows >= MIN_ANNOUNCED_ITEMS).then(|| rows_from + rows - 1)
}

/// The last row of a table of figures whose cells a dump wrote with single spaces (a scraper's
/// one block a line: `7 Kyle Larson 2339 1 1 8 17`), starting at `first` or under a short
/// header row there: at least [`MIN_ROWS`] units in a row with the same number of figures
/// ([`figures`], at least [`MIN_ROW_FIGURES`]), each [`plain`] and ending no sentence. Nothing
/// marks its cells, so the rows read as neither items nor table rows; the same count of
/// figures a row is what tells a table.
fn number_rows(units: &[Unit], first: usize, extensible: &[bool]) -> Option<usize> {
    let header = units.get(first)?;
    let start = match figures(&header.text) >= MIN_ROW_FIGURES {
        true => first,
        false if in_structure(header, extensible[first]) && !header.own.ends_sentence => first + 1,
        false => return None,
    };
    let cells = figures(&units.get(start)?.text);
    let row = |i: usize| {
        plain(&units[i], extensible[i])
            && !units[i].own.ends_sentence
            && figures(&units[i].text) == cells
    };
    let rows = (start..units.len()).take_while(|&i| row(i)).count();
    (cells >= MIN_ROW_FIGURES && rows >= MIN_ROWS).then(|| start + rows - 1)
}

/// Figures of a row of a table ([`number_rows`]) at least.
const MIN_ROW_FIGURES: usize = 3;

/// The words of `t` that are figures: digits, with the `.`, `,` or `%` of a number.
pub(super) fn figures(t: &str) -> usize {
    t.split_whitespace()
        .filter(|w| {
            w.bytes().any(|b| b.is_ascii_digit())
                && w.bytes()
                    .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'%'))
        })
        .count()
}

/// The `|` between the cells of a markdown table row (an outer `|` at either end is no
/// separator: `| a | b |` and `a | b` have one each).
fn pipes(t: &str) -> usize {
    t.trim().trim_matches('|').matches('|').count()
}

/// A markdown table's delimiter row: dashes, colons and spaces between its `|`, at least three
/// dashes.
fn is_delimiter_row(t: &str) -> bool {
    t.contains('|')
        && t.chars().filter(|&c| c == '-').count() >= 3
        && t.chars().all(|c| matches!(c, '-' | ':' | '|' | ' '))
}

/// The last row of a list written without bullets, one `key – value` row a line, right after
/// the zone ending at `end` under a heading of its own (`The band's 2020 tour dates:`, `Tour
/// Dates`, `Đội hình xuất phát`): a schedule, the results of a match, a line-up. The zone ends
/// at the heading and the rows follow, each short, with no sentence end and the same first
/// separator ([`row_separator`]); the model reads every row as chrome, so without this the
/// article lost its whole list (the tour dates of a concert announcement, more than half of its
/// text). At least [`MIN_ROWS`] units in a row, each [`plain`] (no chrome or end-of-article
/// cue, no one-line menu, no site template) and of any length (a dumper joins two rows that
/// fill its width); the heading a short unit ([`in_structure`]) that no sentence ends but with a
/// colon. A run of headlines has no common separator in each line, and a menu on one line is no
/// plain unit.
pub(super) fn headed_rows(units: &[Unit], end: usize, extensible: &[bool]) -> Option<usize> {
    // the heading: the zone's last unit when a colon ends it, else the unit after the zone
    let heading = |h: &Unit| !h.own.ends_sentence || h.text.ends_with(':');
    let first = match end.checked_sub(1).map(|h| units[h].text.ends_with(':')) {
        Some(true) => end,
        _ if end < units.len()
            && in_structure(&units[end], extensible[end])
            && heading(&units[end]) =>
        {
            end + 1
        }
        _ => return None,
    };
    let sep = row_separator(&units.get(first)?.text)?;
    let row = |i: usize| {
        plain(&units[i], extensible[i])
            && !units[i].own.ends_sentence
            && row_separator(&units[i].text) == Some(sep)
    };
    let rows = (first..units.len()).take_while(|&i| row(i)).count();
    (rows >= MIN_ROWS).then(|| first + rows - 1)
}

/// Rows a list without bullets needs ([`headed_rows`]).
const MIN_ROWS: usize = 3;

/// The separator that splits a row of a list written without bullets into its key and value
/// (`June 9 -- Coral Sky Amphitheatre`, `Thủ môn: Văn Lâm`): the first of [`ROW_SEPARATORS`] in
/// `t`, after some text.
fn row_separator(t: &str) -> Option<&'static str> {
    ROW_SEPARATORS
        .iter()
        .filter_map(|&sep| t.find(sep).filter(|&at| at > 0).map(|at| (at, sep)))
        .min()
        .map(|(_, sep)| sep)
}

/// Separators between a row's key and its value ([`row_separator`]).
pub(super) const ROW_SEPARATORS: &[&str] = &[" -- ", " – ", " — ", " - ", ": ", " @ "];

/// Where the Title-Case share is among the own features.
pub(super) const CAPS: usize = 4;
/// List items with more capitalised words than this share on average are a menu (`• Home`,
/// `• Sports News`), not a list of the article's.
pub(super) const MAX_ITEM_CAPS: f64 = 0.6;

/// A list item: [`is_bullet`], or a number of at most three digits and `) `.
pub(super) fn is_item(t: &str) -> bool {
    let digits = t.bytes().take(4).take_while(u8::is_ascii_digit).count();
    is_bullet(t) || ((1..=3).contains(&digits) && t.as_bytes()[digits..].starts_with(b") "))
}

/// A table row as a dumper lays it out: at least two cells, set apart by runs of spaces (the
/// pieces between double spaces, found by `memchr`'s vector search, up to the second that is
/// not blank).
pub(super) fn is_table_row(t: &str) -> bool {
    let mut cells = 0;
    let mut start = 0;
    for end in memchr::memmem::find_iter(t.as_bytes(), b"  ").chain([t.len()]) {
        cells += usize::from(!t[start..end].trim().is_empty());
        if cells == 2 {
            return true;
        }
        start = end + 2;
    }
    false
}
