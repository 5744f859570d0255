//! A second look: the pass runs again over the lines it kept, until it removes nothing more, so
//! that cleaning a cleaned text changes nothing (`clean(clean(x)) == clean(x)`).
//!
//! The body zone and the rules around it judge a line by its neighbours and its place in the
//! page. Once the menus and footers are gone, the lines that were next to the article (a block
//! of reader comments after a share bar, the tag links under the last paragraph) have other
//! neighbours, and a second `sach clean` over the output found another, narrower zone: six of
//! the twelve Vietnamese dumps of `tests/boilerplate/dumps` changed on a second run. Here the
//! text the pass would hand on — its kept lines, in order — is judged again, and what that look
//! removes is removed now, each line under the rule and reason the later look gave. A look that
//! removes nothing ends it; [`MAX_LOOKS`] bounds it (each look only removes lines, so it ends),
//! and a look that would bring the later looks' removals over [`MAX_TAKEN_SHARE`] of the words
//! the first look kept is not taken (a zone that keeps shrinking is losing the article, not
//! refining it). A reason given by a later
//! look says so (`look 2`); line numbers in it count the lines kept before that look.
//!
//! Only whole-line removals of the later looks count; the inline edits of the kept lines are
//! the first look's. Metadata (title, author, captions) is the first look's, but for the name of
//! a sign-off that only a later look removes (B008, once the tags and share bar below the last
//! paragraph are gone): it fills the author or source the first look left empty, as a sign-off
//! removed by the first look does, so that the report's `closing author line "Lâm Anh"` is never
//! a name the metadata lacks.
//!
//! A later look reads the kept lines' records (`record.rs`) and the units the zone measured
//! before: only what depends on which lines are kept (neighbours, positions, the zone, the
//! blocks) is computed again. It looks for no in-line edit, since none would count.

use crate::edit::{sort_and_check, Edit};
use crate::pipeline::Metadata;

use super::classify::{self, Look};
use super::credits;
use super::record::LineRecord;
use super::rules::SIGNOFF;
use super::zone;

/// Looks in all, the first included (a category page peels one headline a look).
const MAX_LOOKS: usize = 8;
/// The largest share of the words the first look kept that the later looks together may remove.
const MAX_TAKEN_SHARE: f64 = 0.25;

/// The first look's edits `first` over `text`, whose lines are `all`, with the removals of the
/// later looks added; `meta` gains the names of the sign-offs they remove.
pub(super) fn settle<'t>(
    text: &str,
    all: &[LineRecord<'t>],
    mut edits: Vec<Edit>,
    look: Look<'_, 't>,
    units: &mut zone::Memo,
    meta: &mut Metadata,
) -> Vec<Edit> {
    let (mut first_kept, mut taken) = (None, 0usize);
    for n in 2..=MAX_LOOKS {
        // the lines no edit removes whole: the text the next look sees
        let removed = whole_lines_removed(all, &edits);
        let kept: Vec<usize> = (0..all.len()).filter(|&i| !removed[i]).collect();
        // the first look removed no line: a look over the same lines would judge them as it
        // did (the looks read no metadata), and remove nothing
        if kept.len() == all.len() {
            break;
        }
        let view: Vec<&LineRecord> = kept.iter().map(|&i| &all[i]).collect();
        let verdicts = classify::removals(&view, look, units);
        let mut more = Vec::new();
        for (k, verdict) in verdicts.into_iter().enumerate() {
            if let Some((rule, reason)) = verdict {
                let reason = format!("{reason} (look {n}, over the lines kept before)");
                more.push((
                    kept[k],
                    Edit::delete(rule, all[kept[k]].full.clone(), reason),
                ));
            }
        }
        // later looks that together would take away much of what the first one kept are not
        // refining the zone but losing the article (a checklist whose items read as chrome once
        // the page around them is gone): the earlier look stands
        let words_of = |i: usize| all[i].words;
        let left: usize = kept.iter().map(|&i| words_of(i)).sum();
        let first_kept = *first_kept.get_or_insert(left);
        taken += more.iter().map(|(i, _)| words_of(*i)).sum::<usize>();
        if more.is_empty() || (taken as f64) > MAX_TAKEN_SHARE * first_kept as f64 {
            break;
        }
        // a line removed now loses the inline edits the first look made in it
        let gone: Vec<usize> = more.iter().map(|(i, _)| *i).collect();
        edits.retain(|e| {
            !gone
                .iter()
                .any(|&i| all[i].full.start <= e.span.start && e.span.end <= all[i].full.end)
        });
        for (i, _) in more.iter().filter(|(_, e)| e.rule.code == SIGNOFF.code) {
            if let Some(s) = credits::signoff(all[*i].trimmed) {
                s.fill(meta);
            }
        }
        edits.extend(more.into_iter().map(|(_, e)| e));
        sort_and_check(text, &mut edits).expect("whole-line removals do not overlap");
    }
    edits
}

/// For each of the lines `all`, whether a removal (an edit to nothing) covers it whole.
pub(super) fn whole_lines_removed(all: &[LineRecord], edits: &[Edit]) -> Vec<bool> {
    let mut removed = vec![false; all.len()];
    for e in edits
        .iter()
        .filter(|e| e.replacement.as_deref() == Some(""))
    {
        let first = all.partition_point(|l| l.full.start < e.span.start);
        for (i, l) in all.iter().enumerate().skip(first) {
            if l.full.end > e.span.end {
                break;
            }
            removed[i] = true;
        }
    }
    removed
}
