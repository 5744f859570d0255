//! A text's paragraphs and sentences with their comparison keys, computed once per document.
//!
//! Both readers of sentence keys need the same thing: the duplicates pass (repeats inside a
//! document) and the cross-document index ([`super::corpus`]). Splitting and keying a text is
//! most of their cost, so it happens once: the pass keys the text it reads and leaves the result
//! in [`crate::pipeline::PassContext::sentences`]; the pipeline makes it follow the changes of
//! the later stages ([`Keyed::follow`]: only the paragraphs a stage changed are keyed again) and
//! keeps it in [`crate::pipeline::Cleaned::sentences`], and the index takes it instead of keying
//! the clean text again. The keys are written into one buffer (the document's key, see
//! [`super::key::join`]), so no `String` is made per sentence; where each sentence's key starts
//! in its paragraph's is kept too ([`Keyed::sentence_keys`]), for the repeated-phrase check,
//! which looks inside sentences only.

use std::ops::Range;

use xxhash_rust::xxh3::xxh3_64;

use super::corpus::Paragraph;
use super::key;
use super::options::Options;
use crate::edit::Edit;
use crate::hashed::HashedMap;
use crate::segment;

/// The paragraphs and sentences of one text, with their keys.
#[derive(Clone, Debug)]
pub struct Keyed {
    /// Each paragraph's span and its sentences' spans, with the sentence key's hash when the key
    /// is long enough to count ([`Options::long_enough`]).
    pub paragraphs: Vec<Paragraph>,
    /// Each paragraph's key: its range in `whole` (the join of its sentences' keys).
    para_keys: Vec<Range<usize>>,
    /// Per paragraph: whether the words of its key are its words lower-cased ([`key::push_key`]).
    words_are_key: Vec<bool>,
    /// Where the keys of the sentences after a paragraph's first non-empty one start, as offsets
    /// into the paragraph's key; paragraph `i`'s are `cuts[cut_ranges[i]]` (offsets, so a
    /// paragraph moved by [`Keyed::follow`] copies them as they are).
    cuts: Vec<usize>,
    cut_ranges: Vec<Range<usize>>,
    /// The key of the whole text: every non-empty sentence key, separated by one space.
    whole: String,
}

impl Keyed {
    /// Splits `text` into paragraphs and sentences ([`segment`]) and keys them ([`key`]).
    pub fn new(text: &str, opts: &Options) -> Self {
        let spans = segment::paragraphs(text);
        let mut keyed = Keyed {
            paragraphs: Vec::with_capacity(spans.len()),
            para_keys: Vec::with_capacity(spans.len()),
            words_are_key: Vec::with_capacity(spans.len()),
            cuts: Vec::new(),
            cut_ranges: Vec::with_capacity(spans.len()),
            whole: String::with_capacity(text.len()),
        };
        for p in spans {
            keyed.push_keyed(text, p, opts);
        }
        keyed
    }

    /// Splits the paragraph `p` of `text` into sentences, keys them and adds them.
    fn push_keyed(&mut self, text: &str, p: Range<usize>, opts: &Options) {
        let (whole, cuts) = (&mut self.whole, &mut self.cuts);
        let first_cut = cuts.len();
        let mut para_key: Option<Range<usize>> = None;
        let mut words_are_key = true;
        let sentences = segment::sentences(&text[p.clone()])
            .into_iter()
            .map(|s| {
                let span = p.start + s.start..p.start + s.end;
                let before = whole.len();
                if !whole.is_empty() {
                    whole.push(' ');
                }
                let start = whole.len();
                words_are_key &= key::push_key(&text[span.clone()], whole);
                let k = &whole[start..];
                let hash = opts.long_enough(k).then(|| key::hash(k));
                if k.is_empty() {
                    whole.truncate(before);
                } else {
                    let end = whole.len();
                    let para_start = para_key.take().map_or(start, |r| r.start);
                    if para_start < start {
                        cuts.push(start - para_start);
                    }
                    para_key = Some(para_start..end);
                }
                (span, hash)
            })
            .collect();
        self.para_keys.push(para_key.unwrap_or(0..0));
        self.words_are_key.push(words_are_key);
        self.cut_ranges.push(first_cut..self.cuts.len());
        self.paragraphs.push((p, sentences));
    }

    /// Adds paragraph `i` of `from` (a keying of another text), found at `p` in this one: its
    /// sentences move with it and its keys are copied.
    fn push_moved(&mut self, from: &Keyed, i: usize, p: Range<usize>) {
        let (old, sentences) = &from.paragraphs[i];
        let moved = sentences
            .iter()
            .map(|(s, hash)| {
                (
                    s.start - old.start + p.start..s.end - old.start + p.start,
                    *hash,
                )
            })
            .collect();
        let key = from.paragraph_key(i);
        let range = if key.is_empty() {
            0..0
        } else {
            if !self.whole.is_empty() {
                self.whole.push(' ');
            }
            let start = self.whole.len();
            self.whole.push_str(key);
            start..self.whole.len()
        };
        self.para_keys.push(range);
        self.words_are_key.push(from.words_are_key[i]);
        let first_cut = self.cuts.len();
        self.cuts
            .extend_from_slice(&from.cuts[from.cut_ranges[i].clone()]);
        self.cut_ranges.push(first_cut..self.cuts.len());
        self.paragraphs.push((p, moved));
    }

    /// The key of paragraph `i` (the join of its sentences' keys).
    pub fn paragraph_key(&self, i: usize) -> &str {
        &self.whole[self.para_keys[i].clone()]
    }

    /// The hash of paragraph `i`'s key when it is long enough to count ([`Options::long_enough`]),
    /// as [`key::hash`] gives it. A paragraph of one sentence (most lines of a text dump) has
    /// that sentence's key, whose hash [`Keyed::new`] took already.
    pub fn paragraph_hash(&self, i: usize, opts: &Options) -> Option<u64> {
        if let [(_, hash)] = self.paragraphs[i].1[..] {
            return hash;
        }
        let k = self.paragraph_key(i);
        opts.long_enough(k).then(|| key::hash(k))
    }

    /// The keys of paragraph `i`'s sentences that are not empty, in order: its key cut where
    /// each starts (joined by one space, they are [`Keyed::paragraph_key`]; no key when that is
    /// empty).
    pub fn sentence_keys(&self, i: usize) -> impl Iterator<Item = &str> {
        let key = self.paragraph_key(i);
        let cuts = &self.cuts[self.cut_ranges[i].clone()];
        let starts = std::iter::once(0).chain(cuts.iter().copied());
        // each key but the last ends at the space before the next one
        let ends = cuts
            .iter()
            .map(|&c| c - 1)
            .chain(std::iter::once(key.len()));
        starts
            .zip(ends)
            .map(move |(s, e)| &key[s..e])
            .filter(|k| !k.is_empty())
    }

    /// Whether the words of paragraph `i`'s key are its words (alphanumeric runs) lower-cased,
    /// one for one (see [`key::push_key`]); when not, the key may join or split them.
    pub fn words_are_key(&self, i: usize) -> bool {
        self.words_are_key[i]
    }

    /// The key of the whole text.
    pub fn whole(&self) -> &str {
        &self.whole
    }

    /// The paragraphs and the key of the whole text, for the cross-document index.
    pub(super) fn into_parts(self) -> (Vec<Paragraph>, String) {
        (self.paragraphs, self.whole)
    }

    /// [`Keyed::follow`] told by the stage's `edits` (sorted and checked), when they can: a stage
    /// whose changes all replace white space between the paragraphs with white space, and leave
    /// a line break between each two paragraphs (the layout pass after this one: blank lines and
    /// trailing spaces) moves every paragraph by the bytes the changes before it added, and the
    /// paragraphs of `after` are neither looked for nor compared with those keyed. Any other
    /// stage is followed by [`Keyed::follow`].
    pub fn follow_edits(&mut self, before: &str, edits: &[Edit], after: &str, opts: &Options) {
        match self.moves(before, edits) {
            Some(shifts) => {
                for (shift, (p, sentences)) in shifts.into_iter().zip(&mut self.paragraphs) {
                    let moved = |r: &Range<usize>| {
                        r.start.wrapping_add_signed(shift)..r.end.wrapping_add_signed(shift)
                    };
                    for (s, _) in sentences.iter_mut() {
                        *s = moved(s);
                    }
                    *p = moved(p);
                }
            }
            None => self.follow(before, after, opts),
        }
    }

    /// How far `edits` move each paragraph, when they only change the white space between them
    /// (see [`Keyed::follow_edits`]); `None` for any other change.
    fn moves(&self, before: &str, edits: &[Edit]) -> Option<Vec<isize>> {
        let blank = |s: &str| s.chars().all(char::is_whitespace);
        let mut changes = edits.iter().filter(|e| e.replacement.is_some()).peekable();
        let mut shifts = Vec::with_capacity(self.paragraphs.len());
        let mut shift = 0isize;
        let mut gap_start = 0;
        for (i, (p, _)) in self.paragraphs.iter().enumerate() {
            // the line breaks of the white space before the paragraph, once changed
            let mut breaks = line_feeds(&before[gap_start..p.start]) as isize;
            while let Some(e) = changes.next_if(|e| e.span.end <= p.start) {
                let new = e.replacement.as_deref().unwrap_or_default();
                if !blank(new) {
                    return None;
                }
                breaks += line_feeds(new) as isize - line_feeds(&before[e.span.clone()]) as isize;
                shift += new.len() as isize - e.span.len() as isize;
            }
            // a change inside the paragraph, or two paragraphs joined on one line
            if changes.peek().is_some_and(|e| e.span.start < p.end) || (i > 0 && breaks == 0) {
                return None;
            }
            shifts.push(shift);
            gap_start = p.end;
        }
        // after the last paragraph: white space for white space
        changes
            .all(|e| blank(e.replacement.as_deref().unwrap_or_default()))
            .then_some(shifts)
    }

    /// Follows a change of the text from `before` (the text keyed) to `after`, giving what
    /// [`Keyed::new`] of `after` gives: a paragraph's sentences and keys depend on its text alone,
    /// so a paragraph of `after` whose text is that of a paragraph keyed keeps its sentences and
    /// keys (moved), and only the others (those the change touched) are split and keyed again.
    /// A stage that only touched the whitespace between paragraphs (trailing spaces, blank
    /// lines, the final newline) moves every paragraph; the duplicates pass's own removals leave
    /// the paragraphs they did not touch.
    pub fn follow(&mut self, before: &str, after: &str, opts: &Options) {
        let spans = segment::paragraphs(after);
        let same = spans.len() == self.paragraphs.len()
            && spans
                .iter()
                .zip(&self.paragraphs)
                .all(|(new, (old, _))| after[new.clone()] == before[old.clone()]);
        if same {
            for (new, (old, sentences)) in spans.into_iter().zip(&mut self.paragraphs) {
                for (s, _) in sentences.iter_mut() {
                    *s = s.start - old.start + new.start..s.end - old.start + new.start;
                }
                *old = new;
            }
            return;
        }
        // the paragraphs keyed, by the hash of their text (the first of equal ones)
        let mut keyed: HashedMap<usize> = HashedMap::default();
        for (i, (old, _)) in self.paragraphs.iter().enumerate().rev() {
            keyed.insert(xxh3_64(before[old.clone()].as_bytes()), i);
        }
        let from = std::mem::replace(
            self,
            Keyed {
                paragraphs: Vec::with_capacity(spans.len()),
                para_keys: Vec::with_capacity(spans.len()),
                words_are_key: Vec::with_capacity(spans.len()),
                cuts: Vec::new(),
                cut_ranges: Vec::with_capacity(spans.len()),
                whole: String::with_capacity(after.len()),
            },
        );
        for p in spans {
            let text = &after[p.clone()];
            match keyed.get(&xxh3_64(text.as_bytes())) {
                Some(&i) if before[from.paragraphs[i].0.clone()] == *text => {
                    self.push_moved(&from, i, p)
                }
                _ => self.push_keyed(after, p, opts),
            }
        }
    }
}

/// The line feeds of `s`.
fn line_feeds(s: &str) -> usize {
    memchr::memchr_iter(b'\n', s.as_bytes()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_those_of_the_parts_and_of_the_whole() {
        let text =
            "  Một câu, rất dài ở đây. Câu hai: «ngắn»!\n\n...\n\nĐoạn BA có một câu thôi.\n";
        let opts = Options::default();
        let keyed = Keyed::new(text, &opts);
        assert_eq!(keyed.paragraphs.len(), 3);
        for (i, (span, sentences)) in keyed.paragraphs.iter().enumerate() {
            let keys: Vec<String> = sentences
                .iter()
                .map(|(s, _)| key::key(&text[s.clone()]))
                .collect();
            assert_eq!(
                keyed.paragraph_key(i),
                key::join(keys.iter().map(String::as_str))
            );
            assert_eq!(keyed.paragraph_key(i), key::key(&text[span.clone()]));
            let non_empty: Vec<&String> = keys.iter().filter(|k| !k.is_empty()).collect();
            assert_eq!(keyed.sentence_keys(i).collect::<Vec<_>>(), non_empty);
            for ((_, hash), k) in sentences.iter().zip(&keys) {
                assert_eq!(*hash, opts.long_enough(k).then(|| key::hash(k)));
            }
            let k = keyed.paragraph_key(i);
            assert_eq!(
                keyed.paragraph_hash(i, &opts),
                opts.long_enough(k).then(|| key::hash(k))
            );
        }
        assert_eq!(keyed.paragraph_key(1), "");
        assert_eq!(keyed.whole(), key::key(text));
    }

    /// Where a paragraph says so, its key's words are its alphanumeric runs lower-cased.
    #[test]
    fn key_words_are_the_words_where_said() {
        let opts = Options::default();
        let mut texts = vec![
            "Ông A nói: «Bộ trưởng Bộ trưởng»; l'État, Việt Nam’s — ĐÀ NẴNG 2024!\n\n\
             e\u{301} hoa\u{AD}hồng. İstanbul x/.\n"
                .to_string(),
        ];
        texts.extend(crate::seed_texts::raw());
        let (mut said, mut not) = (0, 0);
        for text in &texts {
            let keyed = Keyed::new(text, &opts);
            for (i, (span, _)) in keyed.paragraphs.iter().enumerate() {
                if !keyed.words_are_key(i) {
                    not += 1;
                    continue;
                }
                said += 1;
                let words: Vec<String> = text[span.clone()]
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase)
                    .collect();
                assert_eq!(
                    keyed.paragraph_key(i),
                    words.join(" "),
                    "{}",
                    &text[span.clone()]
                );
            }
        }
        assert!(said > 100 && not > 2, "{said} {not}");
    }

    /// `keyed` equals what `Keyed::new` gives for `text`.
    fn assert_fresh(keyed: &Keyed, text: &str, opts: &Options) {
        let fresh = Keyed::new(text, opts);
        assert_eq!(keyed.paragraphs, fresh.paragraphs, "{text}");
        assert_eq!(keyed.whole(), fresh.whole(), "{text}");
        for i in 0..fresh.paragraphs.len() {
            assert_eq!(keyed.paragraph_key(i), fresh.paragraph_key(i), "{text}");
            assert_eq!(keyed.words_are_key(i), fresh.words_are_key(i), "{text}");
            assert!(keyed.sentence_keys(i).eq(fresh.sentence_keys(i)), "{text}");
        }
    }

    #[test]
    fn keys_follow_any_change_of_the_text() {
        let opts = Options::default();
        let before = "\n\nĐoạn một có hai câu ở đây. Câu thứ hai của đoạn một.  \n\n\n\n...\n\nĐoạn hai.\n\nĐoạn hai.";
        // the whitespace between paragraphs only; then paragraphs joined, split, changed,
        // removed, repeated, moved, emptied of keys, and a text keyed from scratch
        for after in [
            "Đoạn một có hai câu ở đây. Câu thứ hai của đoạn một.\n\n...\n\nĐoạn hai.\n\nĐoạn hai.\n",
            "Đoạn một có hai câu ở đây. Câu thứ hai của đoạn một. Đoạn hai.\n",
            "Đoạn một có hai câu ở đây.\nCâu thứ hai của đoạn một.\n\nĐoạn hai.\n",
            "Đoạn một có hai câu ở đây.\n\nĐoạn hai.\n",
            "Đoạn hai.\n",
            "Đoạn hai.\n\nĐoạn hai.\n\nĐoạn hai.\n\n...\n\nĐoạn một có hai câu ở đây. Câu thứ hai của đoạn một.",
            "...\n\n…",
            "",
            "Một đoạn khác hẳn, chưa từng được tính khóa.",
        ] {
            let mut keyed = Keyed::new(before, &opts);
            keyed.follow(before, after, &opts);
            assert_fresh(&keyed, after, &opts);
        }
    }

    /// Followed by the edits of a stage, the keys are those of the text after it: on texts drawn
    /// from words, punctuation and white space (blank lines, `\r`, no-break and wide spaces),
    /// with changes of their white space runs (kept, emptied, replaced with or without a line
    /// feed, or with a word, which a stage of white space never writes) and of their words.
    #[test]
    fn keys_follow_the_edits_of_a_stage() {
        use crate::passes::layout::TRAILING_WHITESPACE;
        let opts = Options::default();
        let pieces = [
            "Đoạn", "một", "câu.", "Hai!", "x", " ", " ", "\n", "\n\n", "\r\n", "\u{A0}",
            "\u{3000}", "\t",
        ];
        let fills = ["", " ", "\n", "\n\n", "\u{A0}", " \n ", "y", "\r"];
        let mut rng = crate::test_rng::Xorshift::new();
        let mut moved = 0;
        for len in 0..4_000 {
            let text = rng.text(&pieces, len % 30);
            // the runs of white space, and now and then a word
            let mut runs: Vec<Range<usize>> = Vec::new();
            let mut at = 0;
            for (i, c) in text.char_indices() {
                let white = c.is_whitespace();
                match runs.last_mut() {
                    Some(r) if r.end == i && white && at == 0 => r.end = i + c.len_utf8(),
                    _ if white || rng.below(9) == 0 => runs.push(i..i + c.len_utf8()),
                    _ => {}
                }
                at = usize::from(!white);
            }
            let mut edits: Vec<Edit> = Vec::new();
            for r in runs {
                if rng.below(3) == 0 {
                    let fill = fills[rng.below(fills.len())];
                    edits.push(Edit::replace(TRAILING_WHITESPACE, r, fill, "x"));
                }
            }
            let after = crate::edit::apply(&text, &edits);
            let mut keyed = Keyed::new(&text, &opts);
            moved += usize::from(keyed.moves(&text, &edits).is_some() && text != after);
            keyed.follow_edits(&text, &edits, &after, &opts);
            assert_fresh(&keyed, &after, &opts);
        }
        assert!(moved > 300, "{moved}");
    }
}
