//! Maps every stage's edits back onto the pipeline's input.
//!
//! Stage *k* edits the output of stage *k−1*, so its byte spans mean nothing to a reader of the
//! original file. [`compose`] replays the stages on a piece table (runs of original text and runs
//! of inserted text) and returns, in one coordinate system — the decoded input:
//!
//! * for every edit, its span in the input (for `file:line:col` and the report), and
//! * the merged, non-overlapping [`Change`]s whose application to the input gives the clean text
//!   (for diffs: an NFC fix inside a line that boilerplate later dropped becomes one change that
//!   lists both rules).
//!
//! Cost per stage: one walk over the pieces plus a binary search per edit endpoint.

use std::ops::Range;

use crate::pipeline::Cleaned;

/// Identifies an edit: `cleaned.stages[stage].edits[index]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct EditId {
    pub stage: usize,
    pub index: usize,
}

/// One merged change of the input.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// Byte span in the input.
    pub span: Range<usize>,
    /// What replaces it in the clean text.
    pub replacement: String,
    /// The edits that made it, in stage order.
    pub edits: Vec<EditId>,
}

/// The composed view of a [`Cleaned`] document.
#[derive(Clone, Debug, Default)]
pub struct Composed {
    /// `located[stage][index]` is that edit's span in the input.
    pub located: Vec<Vec<Range<usize>>>,
    /// Sorted, non-overlapping changes.
    pub changes: Vec<Change>,
}

/// Inserted text borrows the edits' replacements: a piece table of `&str` copies no text until
/// [`changes`] joins each change's pieces.
#[derive(Clone, Debug)]
enum Piece<'a> {
    /// A run of the input, unchanged so far.
    Orig(Range<usize>),
    /// Text inserted by a group of edits (empty for a pure deletion, kept as a position marker).
    New { text: &'a str, group: usize },
}

impl<'a> Piece<'a> {
    fn len(&self) -> usize {
        match self {
            Piece::Orig(r) => r.len(),
            Piece::New { text, .. } => text.len(),
        }
    }

    fn slice(&self, r: Range<usize>) -> Piece<'a> {
        match self {
            Piece::Orig(o) => Piece::Orig(o.start + r.start..o.start + r.end),
            Piece::New { text, group } => Piece::New {
                text: &text[r],
                group: *group,
            },
        }
    }
}

/// Edits merged into one change; `merged_into` links an absorbed group to its successor.
#[derive(Clone, Debug)]
struct Group {
    span: Range<usize>,
    edits: Vec<EditId>,
    merged_into: Option<usize>,
}

/// Composes the stages of `cleaned` onto its input.
pub fn compose(cleaned: &Cleaned) -> Composed {
    compose_with(cleaned, true)
}

/// [`compose`] without the merged changes (`changes` left empty): the edits located, for a
/// reader of the report that writes no diff, review page or edit log (the changes cost an
/// edit list per edit and a copy of each change's text).
pub fn locate(cleaned: &Cleaned) -> Composed {
    compose_with(cleaned, false)
}

fn compose_with(cleaned: &Cleaned, with_changes: bool) -> Composed {
    let mut pieces = vec![Piece::Orig(0..cleaned.input.len())];
    // at most one group per edit that changes the text: room for them all at once
    let mut groups: Vec<Group> = Vec::with_capacity(
        cleaned
            .stages
            .iter()
            .flat_map(|s| &s.edits)
            .filter(|e| e.changes_text())
            .count(),
    );
    let mut located = Vec::with_capacity(cleaned.stages.len());
    let mut touched = Vec::new();
    // where each piece starts in the current text: kept from the stage that made the pieces
    let mut starts = vec![0];
    for (stage, s) in cleaned.stages.iter().enumerate() {
        let map = Mapper {
            pieces: &pieces,
            starts: &starts,
            groups: &groups,
            input_len: cleaned.input.len(),
        };
        let spans: Vec<Range<usize>> = s.edits.iter().map(|e| map.span(e.span.clone())).collect();
        // a stage of findings only leaves the pieces and groups as they are
        if s.edits.iter().all(|e| e.replacement.is_none()) {
            located.push(spans);
            continue;
        }
        let mut next = Vec::with_capacity(pieces.len() + 2 * s.edits.len());
        let mut cursor = Cursor::default();
        for (index, e) in s.edits.iter().enumerate() {
            let Some(replacement) = &e.replacement else {
                continue;
            };
            cursor.copy_until(&pieces, &starts, e.span.start, &mut next);
            cursor.consume_until(&pieces, e.span.end, &mut touched);
            // An insertion that splits inserted text belongs to that text's change.
            if let Some(Piece::New { group, .. }) =
                pieces.get(cursor.piece).filter(|_| cursor.offset > 0)
            {
                touched.push(*group);
            }
            let mut span = spans[index].clone();
            let mut edits = if with_changes {
                vec![EditId { stage, index }]
            } else {
                Vec::new()
            };
            let group = groups.len();
            for g in touched.drain(..) {
                let g = root(&groups, g);
                if groups[g].merged_into.is_some() {
                    continue;
                }
                span.start = span.start.min(groups[g].span.start);
                span.end = span.end.max(groups[g].span.end);
                edits.append(&mut groups[g].edits);
                groups[g].merged_into = Some(group);
            }
            edits.sort();
            groups.push(Group {
                span,
                edits,
                merged_into: None,
            });
            next.push(Piece::New {
                text: replacement.as_str(),
                group,
            });
        }
        cursor.copy_until(&pieces, &starts, usize::MAX, &mut next);
        starts.clear();
        let mut at = 0;
        for p in &mut next {
            if let Piece::New { group, .. } = p {
                *group = root(&groups, *group);
            }
            starts.push(at);
            at += p.len();
        }
        pieces = next;
        located.push(spans);
    }
    Composed {
        located,
        changes: if with_changes {
            changes(pieces, &groups)
        } else {
            Vec::new()
        },
    }
}

/// The group that absorbed `g`, or the last one before a group still being built.
fn root(groups: &[Group], mut g: usize) -> usize {
    while let Some(n) = groups[g].merged_into.filter(|&n| n < groups.len()) {
        g = n;
    }
    g
}

fn changes(pieces: Vec<Piece>, groups: &[Group]) -> Vec<Change> {
    let mut out: Vec<Change> = Vec::new();
    let mut last_group = None;
    for p in pieces {
        match p {
            Piece::New { text, group } if last_group == Some(group) => out
                .last_mut()
                .expect("group seen")
                .replacement
                .push_str(text),
            Piece::New { text, group } => {
                let g = &groups[group];
                out.push(Change {
                    span: g.span.clone(),
                    replacement: text.to_string(),
                    edits: g.edits.clone(),
                });
                last_group = Some(group);
            }
            Piece::Orig(_) => last_group = None,
        }
    }
    out
}

/// Maps positions of the current text to positions of the input.
struct Mapper<'a> {
    pieces: &'a [Piece<'a>],
    /// Where each piece starts in the current text.
    starts: &'a [usize],
    groups: &'a [Group],
    input_len: usize,
}

impl Mapper<'_> {
    /// The non-empty piece holding current byte `p` (empty markers at `p` sort before it).
    fn piece_at(&self, p: usize) -> Option<usize> {
        let i = self.starts.partition_point(|&s| s <= p).checked_sub(1)?;
        (p < self.starts[i] + self.pieces[i].len()).then_some(i)
    }

    fn start(&self, p: usize) -> usize {
        match self.piece_at(p).map(|i| (i, &self.pieces[i])) {
            Some((i, Piece::Orig(r))) => r.start + p - self.starts[i],
            Some((_, Piece::New { group, .. })) => {
                self.groups[root(self.groups, *group)].span.start
            }
            None => self.input_len,
        }
    }

    fn end(&self, q: usize) -> usize {
        match self.piece_at(q - 1).map(|i| (i, &self.pieces[i])) {
            Some((i, Piece::Orig(r))) => r.start + q - self.starts[i],
            Some((_, Piece::New { group, .. })) => self.groups[root(self.groups, *group)].span.end,
            None => self.input_len,
        }
    }

    fn span(&self, r: Range<usize>) -> Range<usize> {
        let start = self.start(r.start);
        if r.is_empty() {
            start..start
        } else {
            start..self.end(r.end).max(start)
        }
    }
}

/// Walks the pieces once per stage; `piece`/`offset` address the next unread byte, at current
/// position `pos`.
#[derive(Default)]
struct Cursor {
    piece: usize,
    offset: usize,
    pos: usize,
}

impl Cursor {
    /// Copies everything before current position `to`, and the empty markers sitting at `to`.
    /// `starts` are the current positions where the pieces start ([`Mapper`]'s): the pieces that
    /// end by `to` are found by a binary search and copied at once, and only the one `to` cuts
    /// is walked (a document with a few hundred edits has a few hundred pieces, and most stages
    /// change a few of them).
    fn copy_until<'a>(
        &mut self,
        pieces: &[Piece<'a>],
        starts: &[usize],
        to: usize,
        out: &mut Vec<Piece<'a>>,
    ) {
        if self.offset == 0 && self.piece < pieces.len() {
            // the pieces before the first that ends after `to` (the last is walked)
            let whole = self.piece + starts[self.piece + 1..].partition_point(|&s| s <= to);
            out.extend_from_slice(&pieces[self.piece..whole]);
            self.pos = starts[whole];
            self.piece = whole;
        }
        while self.piece < pieces.len() {
            let p = &pieces[self.piece];
            let len = p.len();
            if len == 0 {
                if self.pos > to {
                    break;
                }
                out.push(p.clone());
                self.piece += 1;
                continue;
            }
            if self.pos >= to {
                break;
            }
            let take = (len - self.offset).min(to - self.pos);
            if take == len {
                out.push(p.clone());
                self.piece += 1;
                self.pos += take;
                continue;
            }
            out.push(p.slice(self.offset..self.offset + take));
            self.advance(pieces, take);
        }
    }

    /// Skips everything before current position `to`; appends to `touched` the groups whose
    /// text it removed (including empty markers strictly inside the range).
    fn consume_until(&mut self, pieces: &[Piece], to: usize, touched: &mut Vec<usize>) {
        while self.piece < pieces.len() && self.pos < to {
            let p = &pieces[self.piece];
            if let Piece::New { group, .. } = p {
                touched.push(*group);
            }
            let take = (p.len() - self.offset).min(to - self.pos);
            self.advance(pieces, take);
        }
    }

    fn advance(&mut self, pieces: &[Piece], n: usize) {
        self.offset += n;
        self.pos += n;
        if self.offset == pieces[self.piece].len() {
            self.piece += 1;
            self.offset = 0;
        }
    }
}

/// Byte offsets → 1-based line and 1-based column in characters, for `file:line:col`.
pub struct LineIndex {
    line_starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { line_starts }
    }

    /// (line, column) of byte `offset`, both 1-based; the column counts characters.
    pub fn locate(&self, text: &str, offset: usize) -> (usize, usize) {
        self.locate_all(text, &[offset])[0]
    }

    /// (line, column) of every offset, in the order given. One sweep over the text in offset
    /// order: counting columns from the line start for each offset would be quadratic on the
    /// single-line 3,000-character (or 50 MB) paragraphs scraped text is full of.
    pub fn locate_all(&self, text: &str, offsets: &[usize]) -> Vec<(usize, usize)> {
        // (offset, index) pairs sort without looking offsets up; the stable sort merges the
        // runs of sorted offsets each stage gives
        let mut order: Vec<(usize, usize)> = offsets
            .iter()
            .enumerate()
            .map(|(i, &o)| (o.min(text.len()), i))
            .collect();
        order.sort_by_key(|&(offset, _)| offset);
        let mut out = vec![(0, 0); offsets.len()];
        let (mut at, mut column, mut line) = (0, 1, 0);
        let starts = &self.line_starts;
        for (offset, i) in order {
            // offsets come in order: the line is at or after the previous one, and most often
            // the same or the next (a document has about as many edits as lines), so the lines
            // are stepped through, not searched: one step per line in all
            if starts.get(line + 1).is_some_and(|&s| s <= offset) {
                while starts.get(line + 1).is_some_and(|&s| s <= offset) {
                    line += 1;
                }
                at = starts[line];
                column = 1;
            }
            column += chars(&text.as_bytes()[at..offset]);
            at = offset;
            out[i] = (line + 1, column);
        }
        out
    }
}

/// The characters of UTF-8 `bytes`: the bytes that do not continue a character (`10xxxxxx`).
/// Between two edits there are a few dozen bytes, too few for `str::chars().count()`'s
/// word-at-a-time path, which counts them one by one (most of the bytes of a document are
/// counted here, and the removed and added texts of the edits, as short, by the report's
/// totals): eight bytes at a time, the continuation bytes marked in their high bit and the
/// marks summed by one multiplication. A longer text (the report's characters in and out of
/// every document, [`crate::report`]) is counted thirty-two bytes at a time where the CPU has
/// AVX2 ([`continuing_avx2`]: a comparison and a subtraction per step, against six
/// instructions per eight bytes).
pub(crate) fn chars(bytes: &[u8]) -> usize {
    #[cfg(target_arch = "x86_64")]
    if bytes.len() >= AVX2_CHARS && std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2, the one feature `continuing_avx2` is compiled for
        let (continuing, counted) = unsafe { continuing_avx2(bytes) };
        return counted - continuing + chars_by_words(&bytes[counted..]);
    }
    chars_by_words(bytes)
}

/// The fewest bytes [`chars`] counts with AVX2: a few steps, for its set-up.
#[cfg(target_arch = "x86_64")]
const AVX2_CHARS: usize = 256;

/// The continuation bytes of the whole steps of thirty-two bytes of `bytes`, and how many bytes
/// those steps hold. Each step subtracts its comparison's lanes (-1 at a continuation byte) from
/// byte counters, which are summed into four 64-bit lanes (`psadbw`) before any can overflow.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn continuing_avx2(bytes: &[u8]) -> (usize, usize) {
    use std::arch::x86_64::*;
    // a continuation byte, 0x80 to 0xBF, is -128 to -65 as a signed byte: under -64
    let under = _mm256_set1_epi8(-64);
    let mut sums = _mm256_setzero_si256();
    let mut steps = bytes.chunks_exact(32);
    loop {
        let mut counters = _mm256_setzero_si256();
        let mut taken = 0;
        for step in steps.by_ref().take(u8::MAX as usize) {
            // SAFETY: an unaligned load of the step's thirty-two bytes
            let v = unsafe { _mm256_loadu_si256(step.as_ptr().cast()) };
            counters = _mm256_sub_epi8(counters, _mm256_cmpgt_epi8(under, v));
            taken += 1;
        }
        sums = _mm256_add_epi64(sums, _mm256_sad_epu8(counters, _mm256_setzero_si256()));
        if taken < u8::MAX as usize {
            break;
        }
    }
    let mut lanes = [0u64; 4];
    // SAFETY: an unaligned store into the four lanes' array
    unsafe { _mm256_storeu_si256(lanes.as_mut_ptr().cast(), sums) };
    let continuing = lanes.iter().sum::<u64>() as usize;
    (continuing, bytes.len() - steps.remainder().len())
}

/// [`chars`] eight bytes at a time.
fn chars_by_words(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut chunks = bytes.chunks_exact(8);
    let mut continuing = 0;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // a byte's bit 6 moves to its bit 7: set there when bit 7 is set and bit 6 is not
        let marks = (x & !(x << 1) & HIGH) >> 7;
        continuing += (marks.wrapping_mul(ONES) >> 56) as usize;
    }
    let rest = chunks.remainder();
    continuing += rest.iter().filter(|&&b| b & 0xC0 == 0x80).count();
    bytes.len() - continuing
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{self, Edit};
    use crate::passes::layout::TRAILING_WHITESPACE as R;
    use crate::pipeline::{Metadata, Stage};

    /// Builds a `Cleaned` by applying stages of (span, replacement) edits.
    fn run(input: &str, stages: Vec<Vec<(Range<usize>, Option<&str>)>>) -> Cleaned {
        let mut text = input.to_string();
        let mut out = Vec::new();
        for s in stages {
            let mut edits: Vec<Edit> = s
                .into_iter()
                .map(|(r, rep)| match rep {
                    Some(rep) => Edit::replace(R, r, rep, ""),
                    None => Edit::report(R, r, ""),
                })
                .collect();
            edit::sort_and_check(&text, &mut edits).unwrap();
            out.push(Stage::new("t", &text, edits.clone()));
            text = edit::apply(&text, &edits);
        }
        Cleaned {
            input: input.to_string(),
            text,
            stages: out,
            meta: Metadata::default(),
            sentences: None,
        }
    }

    fn replay(input: &str, changes: &[Change]) -> String {
        let mut out = String::new();
        let mut at = 0;
        for c in changes {
            assert!(c.span.start >= at, "changes overlap: {changes:?}");
            out.push_str(&input[at..c.span.start]);
            out.push_str(&c.replacement);
            at = c.span.end;
        }
        out + &input[at..]
    }

    #[test]
    fn later_stage_spans_map_back_to_the_input() {
        // stage 0 deletes "xx", stage 1 deletes "cd" which sits after the deletion
        let c = run(
            "abxxcdef",
            vec![vec![(2..4, Some(""))], vec![(2..4, Some(""))]],
        );
        assert_eq!(c.text, "abef");
        let k = compose(&c);
        assert_eq!(k.located[1][0], 4..6);
        assert_eq!(replay(&c.input, &k.changes), c.text);
        assert_eq!(
            k.changes.len(),
            2,
            "adjacent but separate changes stay apart"
        );
    }

    #[test]
    fn an_edit_over_an_earlier_change_merges_both_rules() {
        // stage 0 rewrites "b" to "B"; stage 1 deletes "aBc"
        let c = run(
            "abcd",
            vec![vec![(1..2, Some("B"))], vec![(0..3, Some(""))]],
        );
        let k = compose(&c);
        assert_eq!(k.changes.len(), 1);
        assert_eq!(k.changes[0].span, 0..3);
        assert_eq!(k.changes[0].edits.len(), 2);
        assert_eq!(replay(&c.input, &k.changes), "d");
    }

    #[test]
    fn deletion_markers_inside_a_later_edit_are_absorbed() {
        let c = run(
            "a--b--c",
            vec![
                vec![(1..3, Some("")), (4..6, Some(""))],
                vec![(0..3, Some("X"))],
            ],
        );
        assert_eq!(c.text, "X");
        let k = compose(&c);
        assert_eq!(k.changes.len(), 1);
        assert_eq!(k.changes[0].span, 0..7);
        assert_eq!(replay(&c.input, &k.changes), "X");
    }

    #[test]
    fn insertions_and_reports_are_located() {
        let c = run("ab", vec![vec![(2..2, Some("\n"))], vec![(0..3, None)]]);
        let k = compose(&c);
        assert_eq!(k.located[0][0], 2..2);
        assert_eq!(k.located[1][0], 0..2);
        assert_eq!(replay(&c.input, &k.changes), "ab\n");
    }

    #[test]
    fn randomized_stages_always_replay_to_the_clean_text() {
        let mut rng = crate::test_rng::Xorshift::new();
        let mut next = |n: usize| rng.below(n);
        for _ in 0..500 {
            let input: String = (0..next(30))
                .map(|_| (b'a' + next(4) as u8) as char)
                .collect();
            let mut text = input.clone();
            let mut stages = Vec::new();
            for _ in 0..1 + next(4) {
                let mut edits = Vec::new();
                let mut at = 0;
                while at <= text.len() && next(3) > 0 {
                    let start = at + next(3).min(text.len() - at);
                    let end = start + next(3).min(text.len() - start);
                    let rep = ["", "X", "YY"][next(3)];
                    edits.push(Edit::replace(R, start..end, rep, ""));
                    at = end + 1;
                }
                edit::sort_and_check(&text, &mut edits).unwrap();
                stages.push(Stage::new("t", &text, edits.clone()));
                text = edit::apply(&text, &edits);
            }
            let c = Cleaned {
                input: input.clone(),
                text,
                stages,
                meta: Metadata::default(),
                sentences: None,
            };
            let k = compose(&c);
            assert_eq!(locate(&c).located, k.located);
            assert_eq!(
                replay(&input, &k.changes),
                c.text,
                "input {input:?} stages {:?}",
                c.stages
            );
        }
    }

    /// Every length around the eight-byte chunks and the thirty-two-byte steps (below and above
    /// the length counted by the steps), with characters of one to four bytes at every offset.
    #[test]
    fn chars_are_counted_as_str_counts_them() {
        let pieces = [
            "a", "ệ", "\u{a0}", "€", "😀", "\n", "\u{7f}", "\u{80}", "\u{7ff}",
        ];
        let mut rng = crate::test_rng::Xorshift::new();
        for len in (0..2_000).map(|n| n % 40).chain(40..700) {
            let text: String = rng.text(&pieces, len);
            assert_eq!(chars(text.as_bytes()), text.chars().count(), "{text:?}");
        }
        // more steps than a byte counter holds, of two continuation bytes in three
        for n in [2_700, 2_730, 10_000, 30_001] {
            let text = "ệ".repeat(n) + "😀a";
            assert_eq!(chars(text.as_bytes()), text.chars().count(), "{n}");
        }
    }

    #[test]
    fn line_index_counts_chars_not_bytes() {
        let t = "Việt\nNam ơi";
        let ix = LineIndex::new(t);
        assert_eq!(ix.locate(t, 0), (1, 1));
        assert_eq!(ix.locate(t, t.find("Nam").unwrap()), (2, 1));
        assert_eq!(ix.locate(t, t.find("ơi").unwrap()), (2, 5));
        assert_eq!(ix.locate(t, "Việ".len()), (1, 4));
        let all = ix.locate_all(t, &[t.len(), 0, t.find("ơi").unwrap(), 2]);
        assert_eq!(all, [(2, 7), (1, 1), (2, 5), (1, 3)]);
    }
}
