//! Readers' comment threads below the article (B021).
//!
//! Comments are sentences, so the body zone reads a thread as article prose; what gives it away
//! is its structure: action links and relative times (`Thích Trả lời 1h trước`), or headers
//! stamped with a day and a time of day beside each writer's name (`joetoronto says:` /
//! `November 19, 2019 at 6:34 am`). A live report's entries are stamped too, but under one
//! repeated label: the words beside the stamps tell the two apart. A thread is taken only with
//! enough article prose above it and no longer run of prose below it.

use super::super::classify::State;
use super::super::credits;
use super::super::features::{ends_sentence, words_upto};
use super::super::lexicon;
use super::super::options::Options;
use super::super::rules::COMMENT_THREAD;
use super::{comment_marker, item, prose_words, Block, Kind};

/// Words of a line that a paragraph's next line continues (`… để đội tuyển` / `Việt Nam tham
/// dự ASEAN Cup 2024.`: the dumper wrapped it before a capitalised name).
const MIN_WRAPPED_WORDS: usize = 8;

/// Most blocks between two marks of one comment thread (a name, the text, a like count).
const MAX_COMMENT_GAP: usize = 4;
/// Longest block a thread takes beyond its first and last marks, in words.
const MAX_COMMENT_WORDS: usize = 80;
/// Most blocks of one long comment between two stamped headers of a thread.
const MAX_LONG_COMMENT_BLOCKS: usize = 12;
/// Fewest headers stamped with a day and a time of day, each over its comment, that make a
/// thread without action links: two are a post's dates (published, updated).
const MIN_STAMPED_HEADERS: usize = 3;

/// Removes comment threads below the start of the article (B021): two or more comment marks
/// (action links `Thích Trả lời 1h trước`, a header with a relative time) at most
/// [`MAX_COMMENT_GAP`] blocks apart, dated headers between them, the blocks of one comment
/// before the first mark (when it is an action link, not a header) and after the last, and a
/// short heading above; a thread ends before a listing's dated cards. The comments are
/// sentences, so the body zone reads them as prose; the marks are their structure. A thread
/// needs `min_article_words` of article prose above it and no longer run of prose below it.
/// `blocks` are the open lines' ([`blocks`](super::blocks)).
pub(in super::super) fn comment_threads(st: &mut State, opts: &Options, blocks: &[Block]) {
    if !st.on.enabled(COMMENT_THREAD) {
        return;
    }
    let strong: Vec<bool> = blocks.iter().map(|b| comment_marker(st, b)).collect();
    let header = |b: &Block| b.words <= lexicon::COMMENT_MARKER_WORDS && !ends_sentence(&b.text);
    // a comment's header stamped with its day and time of day (`July 14, 2015 at 3:53 pm`)
    let stamped: Vec<bool> = blocks
        .iter()
        .map(|b| {
            header(b) && (credits::has_year_and_clock(&b.text) || credits::has_date_time(&b.text))
        })
        .collect();
    // a thread needs two strong marks or three stamped headers (below): most pages have none
    if strong.iter().filter(|&&s| s).count() < 2
        && stamped.iter().filter(|&&s| s).count() < MIN_STAMPED_HEADERS
    {
        return;
    }
    // a dated comment header (`Hoàng Yến viết: 16/10/2024 lúc 9:12 sáng`) joins a thread that
    // strong marks make; alone, dates are a timeline's
    let weak: Vec<bool> = blocks
        .iter()
        .zip(&stamped)
        .map(|(b, &s)| s || header(b) && credits::has_date(&b.text))
        .collect();
    let prose: Vec<usize> = blocks
        .iter()
        .map(|b| {
            if st.in_zone(b.first) {
                prose_words(st, b)
            } else {
                0
            }
        })
        .collect();
    let mut threads = Vec::new();
    let mut b = 0;
    while b < blocks.len() {
        if !strong[b] && !weak[b] {
            b += 1;
            continue;
        }
        // the marks of one thread
        let mut marks = vec![b];
        let mut j = b + 1;
        loop {
            while j < blocks.len() && j <= marks[marks.len() - 1] + MAX_COMMENT_GAP + 1 {
                if strong[j] || weak[j] {
                    marks.push(j);
                }
                j += 1;
            }
            // in a thread of stamped headers, a long comment, then the next stamped header: a
            // few blocks and no headline of another story between them
            let last = marks[marks.len() - 1];
            let reach = blocks.len().min(last + MAX_LONG_COMMENT_BLOCKS + 2);
            let Some(next) = marks
                .iter()
                .any(|&m| stamped[m])
                .then(|| (j..reach).find(|&k| stamped[k]))
                .flatten()
                .filter(|&k| blocks[j..k].iter().all(|b| b.kind != Kind::Headline))
            else {
                break;
            };
            marks.push(next);
            j = next + 1;
        }
        // between the marks of a listing's bylines (`Marko Zivkovic 6 months ago`) stand
        // headline + summary items; between comments, names and texts
        let cards: Vec<bool> = marks
            .windows(2)
            .map(|w| (w[0] + 1..w[1]).any(|k| item(blocks, k).is_some_and(|it| it.teaser < w[1])))
            .collect();
        // a thread right above a listing whose cards are dated (`2 giờ trước` under each
        // summary) runs into it: the thread ends at the mark before the first card
        if let Some(w) = cards.iter().position(|&c| c) {
            if marks[..=w].iter().filter(|&&m| strong[m]).count() >= 2 {
                marks.truncate(w + 1);
            }
        }
        let last_mark = marks[marks.len() - 1];
        let listing = cards[..marks.len() - 1].iter().filter(|&&c| c).count();
        let strong_marks = marks.iter().filter(|&&m| strong[m]).count();
        // stamped headers each over a comment, not right under another mark (a date bar's
        // `Posted …` / `Updated …` pair), beside its writer's name: the words beside the stamps
        // (a short line above that is not a sentence but may end in a colon, `Sharon says`,
        // `joetoronto says:`; the words before the time) differ from comment to comment, where
        // a live report's stamps stand under the entry before them and repeat one label
        let beside = |m: usize| {
            let above = m.checked_sub(1).map(|a| &blocks[a]).filter(|a| {
                a.words <= lexicon::COMMENT_MARKER_WORDS
                    && (a.text.ends_with(':') || !ends_sentence(&a.text))
            });
            let before = credits::words_before_clock(&blocks[m].text);
            (above.map(|a| a.text.as_ref()), before)
        };
        let mut signs: Vec<_> = marks
            .iter()
            .filter(|&&m| stamped[m])
            .map(|&m| beside(m))
            .collect();
        signs.sort_unstable();
        signs.dedup();
        let headers = if signs.len() >= MIN_STAMPED_HEADERS {
            marks
                .iter()
                .enumerate()
                .filter(|&(k, &m)| stamped[m] && (k == 0 || m - marks[k - 1] >= 2))
                .count()
        } else {
            0
        };
        if strong_marks < 2 && headers < MIN_STAMPED_HEADERS || 2 * listing >= marks.len() - 1 {
            b = last_mark + 1;
            continue;
        }
        // one comment's worth of blocks before the first mark and after the last
        let period = marks.windows(2).map(|w| w[1] - w[0] - 1).max().unwrap_or(0);
        let fits = |k: usize| {
            words_upto(&blocks[k].text, MAX_COMMENT_WORDS + 1) <= MAX_COMMENT_WORDS && !strong[k]
        };
        // nor the end of the article's last paragraph, wrapped before a capitalised name
        let wraps_prose = |k: usize| {
            let f = blocks[k].first;
            f > 0 && st.open(f - 1) && {
                let above = st.lines[f - 1];
                !above.ends_sentence && above.words >= MIN_WRAPPED_WORDS
            }
        };
        // a thread that opens with a comment's dated header has nothing of it above
        let mut start = marks[0];
        while start > 0
            && strong[marks[0]]
            && marks[0] - (start - 1) <= period
            && fits(start - 1)
            && !wraps_prose(start - 1)
        {
            start -= 1;
        }
        // a thread of stamped headers: its first writer's name above its first stamp
        if start == marks[0]
            && stamped[start]
            && headers >= MIN_STAMPED_HEADERS
            && beside(start).0.is_some()
            && !wraps_prose(start - 1)
        {
            start -= 1;
        }
        // the thread's heading (`Ý kiến (12)`, `Bình luận`)
        if start > 0 && blocks[start - 1].kind == Kind::Label {
            start -= 1;
        }
        let mut end = last_mark;
        while end + 1 < blocks.len() && end + 1 - last_mark <= period && fits(end + 1) {
            end += 1;
        }
        let n = marks.len();
        let reason = if strong_marks >= 2 {
            format!("part of a comment thread ({n} marks: action links, times)")
        } else {
            format!("part of a comment thread ({headers} headers stamped with a day and a time)")
        };
        threads.push((start, end, reason));
        b = end + 1;
    }
    // from the last thread up: the prose below a thread does not count the threads below it
    let mut taken = 0;
    let mut taken_from = blocks.len();
    for (start, end, reason) in threads.into_iter().rev() {
        let above: usize = prose[..start].iter().sum();
        let below = prose[end + 1..].iter().sum::<usize>() - taken;
        if above >= opts.min_article_words && below <= above {
            // a thread's blocks before one taken below it (the two may share a block)
            taken += prose[start..=end.min(taken_from.saturating_sub(1))]
                .iter()
                .sum::<usize>();
            taken_from = start;
            for i in blocks[start].first..=blocks[end].last {
                if st.open(i) {
                    st.verdict[i] = Some((COMMENT_THREAD, reason.clone()));
                }
            }
        }
    }
}
