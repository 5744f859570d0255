//! A text's paragraphs and sentences with their comparison keys, computed once per document.
//!
//! Both readers of sentence keys need the same thing: the duplicates pass (repeats inside a
//! document) and the cross-document index ([`super::corpus`]). Splitting and keying a text is
//! most of their cost, so it happens once: the pass keys the text it reads and leaves the result
//! in [`crate::pipeline::PassContext::sentences`]; the pipeline keeps it while no later stage
//! changes the text ([`crate::pipeline::Cleaned::sentences`]), and the index takes it instead of
//! keying the clean text again. The keys are written into one buffer (the document's key, see
//! [`super::key::join`]), so no `String` is made per sentence.

use std::ops::Range;

use super::corpus::Paragraph;
use super::key;
use super::options::Options;
use crate::segment;

/// The paragraphs and sentences of one text, with their keys.
#[derive(Clone, Debug)]
pub struct Keyed {
    /// Each paragraph's span and its sentences' spans, with the sentence key's hash when the key
    /// is long enough to count ([`Options::long_enough`]).
    pub paragraphs: Vec<Paragraph>,
    /// Each paragraph's key: its range in `whole` (the join of its sentences' keys).
    para_keys: Vec<Range<usize>>,
    /// The key of the whole text: every non-empty sentence key, separated by one space.
    whole: String,
}

impl Keyed {
    /// Splits `text` into paragraphs and sentences ([`segment`]) and keys them ([`key`]).
    pub fn new(text: &str, opts: &Options) -> Self {
        let mut whole = String::with_capacity(text.len());
        let spans = segment::paragraphs(text);
        let mut para_keys = Vec::with_capacity(spans.len());
        let paragraphs = spans
            .into_iter()
            .map(|p| {
                let mut para_key: Option<Range<usize>> = None;
                let sentences = segment::sentences(&text[p.clone()])
                    .into_iter()
                    .map(|s| {
                        let span = p.start + s.start..p.start + s.end;
                        let before = whole.len();
                        if !whole.is_empty() {
                            whole.push(' ');
                        }
                        let start = whole.len();
                        key::push_key(&text[span.clone()], &mut whole);
                        let k = &whole[start..];
                        let hash = opts.long_enough(k).then(|| key::hash(k));
                        if k.is_empty() {
                            whole.truncate(before);
                        } else {
                            let end = whole.len();
                            para_key = Some(para_key.take().map_or(start, |r| r.start)..end);
                        }
                        (span, hash)
                    })
                    .collect();
                para_keys.push(para_key.unwrap_or(0..0));
                (p, sentences)
            })
            .collect();
        Keyed {
            paragraphs,
            para_keys,
            whole,
        }
    }

    /// The key of paragraph `i` (the join of its sentences' keys).
    pub fn paragraph_key(&self, i: usize) -> &str {
        &self.whole[self.para_keys[i].clone()]
    }

    /// The key of the whole text.
    pub fn whole(&self) -> &str {
        &self.whole
    }

    /// Follows a change of the text from `before` (the text keyed) to `after`: when `after` has
    /// the same paragraphs with the same text (a stage that only touched the whitespace between
    /// them: trailing spaces, blank lines, the final newline), their spans move and the keys
    /// stay, since a paragraph's sentences and keys depend on its text alone. Returns `false`,
    /// changing nothing, when a paragraph differs: the keys must be computed again.
    pub fn follow(&mut self, before: &str, after: &str) -> bool {
        let spans = segment::paragraphs(after);
        let same = spans.len() == self.paragraphs.len()
            && spans
                .iter()
                .zip(&self.paragraphs)
                .all(|(new, (old, _))| after[new.clone()] == before[old.clone()]);
        if !same {
            return false;
        }
        for (new, (old, sentences)) in spans.into_iter().zip(&mut self.paragraphs) {
            for (s, _) in sentences.iter_mut() {
                *s = s.start - old.start + new.start..s.end - old.start + new.start;
            }
            *old = new;
        }
        true
    }
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
            for ((_, hash), k) in sentences.iter().zip(&keys) {
                assert_eq!(*hash, opts.long_enough(k).then(|| key::hash(k)));
            }
        }
        assert_eq!(keyed.paragraph_key(1), "");
        assert_eq!(keyed.whole(), key::key(text));
    }

    #[test]
    fn keys_follow_a_change_of_the_whitespace_between_paragraphs_only() {
        let opts = Options::default();
        let before = "\n\nĐoạn một có hai câu ở đây. Câu thứ hai của đoạn một.  \n\n\n\nĐoạn hai.";
        let after = "Đoạn một có hai câu ở đây. Câu thứ hai của đoạn một.\n\nĐoạn hai.\n";
        let mut keyed = Keyed::new(before, &opts);
        assert!(keyed.follow(before, after));
        let fresh = Keyed::new(after, &opts);
        assert_eq!(keyed.paragraphs, fresh.paragraphs);
        assert_eq!(keyed.whole(), fresh.whole());
        // a paragraph joined, split, changed or removed: computed again
        for changed in [
            "Đoạn một có hai câu ở đây. Câu thứ hai của đoạn một. Đoạn hai.\n",
            "Đoạn một có hai câu ở đây.\nCâu thứ hai của đoạn một.\n\nĐoạn hai.\n",
            "Đoạn một có hai câu ở đây.\n\nĐoạn hai.\n",
            "Đoạn hai.\n",
        ] {
            let mut keyed = Keyed::new(before, &opts);
            assert!(!keyed.follow(before, changed), "{changed}");
            assert_eq!(keyed.paragraphs, Keyed::new(before, &opts).paragraphs);
        }
    }
}
