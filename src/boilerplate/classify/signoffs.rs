//! Sign-offs: the reporter's or source's name line that closes an article (B008), read back
//! from the end of the body zone, or found between the last paragraph and the template block
//! that follows the article. A name line is taken only where it closes text: two different
//! names in a row are a list, and the last line of a wrapped paragraph is no sign-off.

use crate::pipeline::Metadata;
use crate::rule::Rule;

use super::super::credits::Signoff;
use super::super::lexicon;
use super::super::options::Options;
use super::super::record::LineRecord;
use super::super::rules::{
    COMMENT_THREAD, CUED_LIST, END_MARK, END_OF_ARTICLE, FOOTER_LINE, HEADLINE_RUN, MENU_LINE,
    SIGNOFF, SITE_CHROME, TEASER_RUN,
};
use super::{goes_on, State};

/// Where the backward search for sign-offs starts: after the body zone, past the sign-off-shaped
/// lines and closing marks that follow it (the site's footer comes after them), and never after
/// the cut.
pub(super) fn signoff_end(st: &State, cut: usize) -> usize {
    let mut end = st.zone.end.min(cut);
    let closes = |l: &LineRecord| l.signoff().is_some() || lexicon::closing_mark(l.trimmed);
    while end < cut && (!st.open(end) || closes(st.lines[end])) && end < st.zone.end + 6 {
        end += 1;
    }
    end
}

/// Author/source lines between the last article paragraph and the end (or the cut), and the
/// editor's closing marks among them (`Hết.`: B013, never the author's name). Two or
/// more different name lines in a row are a list (of names, of teams), not a sign-off: none is
/// taken. Nor is the last line of a hard-wrapped paragraph, which goes on from a line that
/// reached the wrap width without ending its sentence ([`goes_on`]): a dumper that wraps
/// `…the Fed Cup and Davis Cup` leaves `Finals.` alone on the paragraph's last line, and
/// `Grenadines.”` under `…in Saint Vincent and the`, which read as names. Nor a name line
/// below a template block that follows the article ([`ends_template`]): [`signoffs_before_template`]
/// looks for the sign-off above such a block.
pub(super) fn signoffs<'t>(
    st: &mut State<'_, 't>,
    opts: &'t Options,
    end: usize,
    meta: &mut Metadata,
) {
    let width = st.wrap_width;
    let mut found = Vec::new();
    let mut i = end;
    while i > 0 && found.len() < 3 {
        i -= 1;
        if !found.is_empty() && st.verdict[i].is_some() && ends_template(st, i, opts) {
            // what stands below a block that follows the article (a comment box's `Gửi`
            // button under `Chưa có bình luận nào…`) closes that block, not the article
            found.clear();
        }
        if st.blank(i) || st.verdict[i].is_some() {
            continue;
        }
        if st.protected[i] || (goes_on(st, i, width) && !st.lines[i - 1].ends_sentence) {
            break;
        }
        if lexicon::closing_mark(st.lines[i].trimmed) && st.on.enabled(END_MARK) {
            st.verdict[i] = Some((
                END_MARK,
                format!("editor's closing mark `{}`", st.lines[i].trimmed),
            ));
            continue;
        }
        match st.lines[i].signoff() {
            Some(s) => found.push((i, s.clone())),
            None => break,
        }
    }
    // the same name twice (a dumper printing the byline link and its text) is one sign-off
    let mut authors = authors(&found);
    authors.dedup();
    let authors = authors.len();
    // a sign-off needs an article above it
    let body_above = (0..i).any(|j| st.verdict[j].is_none() && st.lines[j].is_body());
    if authors > 1 || !body_above || !st.on.enabled(SIGNOFF) {
        return;
    }
    take(st, found, "after the last paragraph", meta);
}

/// Sign-off lines (one, or two with at most one author: `Ngọc An` / `Thị Lộc tổng hợp`) inside
/// the zone between an article paragraph and a template block that ends the article
/// ([`ends_template`]): the reporter's name closes the article where the site's tags, comment
/// box or related list start. [`signoffs`] reads back from the zone's end, which, when a list of
/// teasers (their summaries read as prose) keeps the zone open below the article, never reaches
/// the name. Above an advertising label or a caption a name line may be the article's, and it
/// stays.
pub(super) fn signoffs_before_template<'t>(
    st: &mut State<'_, 't>,
    opts: &'t Options,
    meta: &mut Metadata,
) {
    if !st.on.enabled(SIGNOFF) {
        return;
    }
    let n = st.lines.len();
    let next = |st: &State, i: usize| (i + 1..n).find(|&j| !st.blank(j));
    let signoff_at = |st: &State, i: usize| {
        (st.open(i) && !st.protected[i] && st.in_zone(i))
            .then(|| st.lines[i].signoff().cloned())
            .flatten()
    };
    for i in st.zone.clone() {
        // the template must start on one of the next two lines (after one sign-off or two):
        // asked first, it spares the sign-off's regexes on every other line of the zone
        let near = next(st, i);
        let template_near = |j: Option<usize>| j.is_some_and(|j| ends_template(st, j, opts));
        if !(template_near(near) || template_near(near.and_then(|j| next(st, j)))) {
            continue;
        }
        let Some(first) = signoff_at(st, i) else {
            continue;
        };
        let above = (0..i).rev().find(|&j| !st.blank(j));
        if !above.is_some_and(|j| st.open(j) && st.lines[j].is_body()) {
            continue;
        }
        let mut found = vec![(i, first)];
        let mut after = next(st, i);
        if let Some((j, s)) = after.and_then(|j| signoff_at(st, j).map(|s| (j, s))) {
            found.push((j, s));
            after = next(st, j);
        }
        if !after.is_some_and(|j| ends_template(st, j, opts)) {
            continue;
        }
        let authors = authors(&found);
        if authors.len() == 2 && authors[0] != authors[1] {
            continue;
        }
        take(st, found, "above the template after the article", meta);
    }
}

/// Whether line `j` was removed as a template block that follows an article, not one inside it:
/// the article's end (B009), a related list, teasers, comments, headlines, a menu or footer
/// line, or a template line by its vocabulary that is no advertising label (an ad sits between
/// two paragraphs) or by its end-of-article cue.
fn ends_template<'t>(st: &State<'_, 't>, j: usize, opts: &'t Options) -> bool {
    let Some((rule, _)) = &st.verdict[j] else {
        return false;
    };
    let is = |r: &Rule| std::ptr::eq(*rule, r);
    [
        END_OF_ARTICLE,
        CUED_LIST,
        TEASER_RUN,
        COMMENT_THREAD,
        HEADLINE_RUN,
        MENU_LINE,
        FOOTER_LINE,
    ]
    .into_iter()
    .any(is)
        || (is(SITE_CHROME)
            && (st.lines[j].end_marker(opts).is_some()
                || st.lines[j].chrome(opts).is_some_and(|k| k != "advertising")))
}

/// Removes the sign-off lines `found` (B008), which stand `place` (`after the last paragraph`),
/// and moves the first author and source to the metadata.
fn take(st: &mut State, found: Vec<(usize, Signoff)>, place: &str, meta: &mut Metadata) {
    for (i, s) in found {
        let reason = match &s {
            Signoff::Author(a) => format!("closing author line \"{a}\" {place}"),
            Signoff::Source(s) => format!("closing source line \"{s}\" {place}"),
        };
        s.fill(meta);
        st.verdict[i] = Some((SIGNOFF, reason));
    }
}

/// The author names among sign-offs found, in their order.
fn authors(found: &[(usize, Signoff)]) -> Vec<&String> {
    found
        .iter()
        .filter_map(|(_, s)| match s {
            Signoff::Author(a) => Some(a),
            Signoff::Source(_) => None,
        })
        .collect()
}
