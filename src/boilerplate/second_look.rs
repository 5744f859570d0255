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
//! the first look's. Metadata (title, author, captions) is the first look's.

use crate::edit::{sort_and_check, Edit};
use crate::pipeline::{Metadata, PassContext};

use super::classify;
use super::features::{lines, words, Line};

/// Looks in all, the first included (a category page peels one headline a look).
const MAX_LOOKS: usize = 8;
/// The largest share of the words the first look kept that the later looks together may remove.
const MAX_TAKEN_SHARE: f64 = 0.25;

/// The first look's edits `first` over `text`, with the removals of the later looks added.
pub fn settle(text: &str, mut edits: Vec<Edit>, cx: &PassContext<'_>) -> Vec<Edit> {
    let all = lines(text);
    let (mut first_kept, mut taken) = (None, 0usize);
    for look in 2..=MAX_LOOKS {
        // the lines no edit removes whole: the text the next look sees
        let removed = whole_lines_removed(&all, &edits);
        let kept: Vec<usize> = (0..all.len()).filter(|&i| !removed[i]).collect();
        let mut sub = String::with_capacity(text.len());
        let mut starts = Vec::with_capacity(kept.len());
        for &i in &kept {
            starts.push(sub.len());
            sub.push_str(&text[all[i].full.clone()]);
        }
        let mut scratch = Metadata::default();
        let found = classify::edits(
            &sub,
            &cx.config.boilerplate,
            &cx.config.rules,
            cx.corpus,
            false,
            &mut scratch,
        );
        let mut more = Vec::new();
        for e in found
            .iter()
            .filter(|e| e.replacement.as_deref() == Some(""))
        {
            // the kept lines this removal spans, whole
            let first = starts.partition_point(|&s| s < e.span.start);
            let last = starts.partition_point(|&s| s < e.span.end);
            for k in (first..last).filter(|&k| sub_end(&starts, &sub, k) <= e.span.end) {
                let line = &all[kept[k]];
                let reason = format!("{} (look {look}, over the lines kept before)", e.reason);
                more.push((kept[k], Edit::delete(e.rule, line.full.clone(), reason)));
            }
        }
        // later looks that together would take away much of what the first one kept are not
        // refining the zone but losing the article (a checklist whose items read as chrome once
        // the page around them is gone): the earlier look stands
        let words_of = |i: usize| words(all[i].text);
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
        edits.extend(more.into_iter().map(|(_, e)| e));
        sort_and_check(text, &mut edits).expect("whole-line removals do not overlap");
    }
    edits
}

/// End of kept line `k` in the sub-text.
fn sub_end(starts: &[usize], sub: &str, k: usize) -> usize {
    starts.get(k + 1).copied().unwrap_or(sub.len())
}

/// For each of the lines `all`, whether a removal (an edit to nothing) covers it whole.
fn whole_lines_removed(all: &[Line], edits: &[Edit]) -> Vec<bool> {
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
