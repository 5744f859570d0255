//! Boxes closed by a call to action (B010): a widget a page sets between two paragraphs or
//! under the article (a rate table, a price board, a teaser) ends with its link button alone on
//! a line (`Xem chi tiết`, `Tìm hiểu thêm`, `Learn more`). The button is chrome wherever it
//! stands; the table rows right above it and the one heading above them are the box it closes.
//!
//! Why: a box's lines are short and end no sentence (a heading, table rows such as
//! `Vietcombank | 2,9% | 4,6%`, a headline), the shapes of an article's own subheadings and
//! lists, which no rule takes between paragraphs for their shape alone. The button tells them
//! apart: an article's list does not end on a link to elsewhere. The box is read narrowly, rows
//! of one cell count and a single line above them, because an article's subheading may stand
//! right above a box and open the paragraphs under it; a table the article announces (its
//! heading or the line above ends with a colon) stays, and only the button goes.

use super::super::lexicon;
use super::super::rules::SITE_CHROME;
use super::State;

/// Most lines of a box above its button (a heading and a few rows or items).
const MAX_BOX_LINES: usize = 8;

/// Most words of a line of the box: a heading, a table row, a headline.
const MAX_BOX_LINE_WORDS: usize = 16;

/// Call-to-action lines and the boxes they close.
pub(super) fn action_boxes(st: &mut State) {
    if !st.on.enabled(SITE_CHROME) {
        return;
    }
    for c in 0..st.lines.len() {
        let line = st.lines[c];
        if !st.open(c) || line.words > 4 || !lexicon::call_to_action_alone(line.trimmed) {
            continue;
        }
        st.verdict[c] = Some((SITE_CHROME, "a call to action alone on its line".into()));
        let rows = box_above(st, c);
        let n = rows.len();
        for k in rows {
            st.verdict[k] = Some((
                SITE_CHROME,
                format!("one of {n} lines of a box between paragraphs closed by a call to action"),
            ));
        }
    }
}

/// The open lines of the box line `c` closes (blank and removed lines between them skipped):
/// the rows of a table right above it, each with as many cells as the last ([`cells`], two or
/// more), and one heading line above the rows (or above the button when there are none), a short
/// line ending no sentence. Empty when the article announces the box: its heading or the line
/// above it ends with a colon. The line above the heading is left whatever it is: an article's
/// subheading set above a box opens the paragraphs under the box.
fn box_above(st: &State, c: usize) -> Vec<usize> {
    let mut above = (0..c)
        .rev()
        .filter(|&k| !st.blank(k) && st.verdict[k].is_none());
    let mut rows = Vec::new();
    let mut row_cells = None;
    let heading = loop {
        let Some(k) = above.next() else {
            return rows_if_open(st, rows);
        };
        let line = st.lines[k];
        let n = cells(line.trimmed);
        let is_row = n >= 2 && row_cells.is_none_or(|m| m == n);
        if is_row
            && rows.len() < MAX_BOX_LINES
            && !line.ends_sentence
            && line.words <= MAX_BOX_LINE_WORDS
        {
            row_cells = Some(n);
            rows.push(k);
            continue;
        }
        break k;
    };
    let line = st.lines[heading];
    if line.trimmed.ends_with(':') {
        return Vec::new();
    }
    if line.is_prose() || line.ends_sentence || line.words > MAX_BOX_LINE_WORDS {
        return rows_if_open(st, rows);
    }
    if above
        .next()
        .is_some_and(|k| st.lines[k].trimmed.ends_with(':'))
    {
        return Vec::new();
    }
    rows.push(heading);
    rows_if_open(st, rows)
}

/// `rows`, or none when one of them is protected.
fn rows_if_open(st: &State, rows: Vec<usize>) -> Vec<usize> {
    if rows.iter().any(|&k| st.protected[k]) {
        Vec::new()
    } else {
        rows
    }
}

/// The cells of a table row written on one line: its parts between bars or tabs (`SJC | 84,5 |
/// 86,5`: three); one for a line with neither.
fn cells(t: &str) -> usize {
    1 + t.bytes().filter(|&b| b == b'|' || b == b'\t').count()
}
