//! Duplicated text: inside a document (removed) and across the corpus (reported, or removed on
//! request), plus repeated phrases and near-copy documents (reported only).
//!
//! Within a document, paragraphs and then sentences (see [`crate::segment`]) are compared by
//! [`key::key`], which keeps tone marks and digits; the first copy stays and is marked, later
//! copies are removed with an edit that says where the kept copy is. Across documents,
//! [`crate::corpus::Corpus`] feeds each document's keys to a [`corpus::CorpusIndex`] in input
//! order after the parallel passes, so which copy survives never depends on thread scheduling.
//! A document is split and keyed once ([`keyed`]): the index reuses the keys of this pass while
//! the paragraphs they describe are still those of the clean text.

pub mod corpus;
pub mod key;
pub mod keyed;
pub mod options;
mod phrase;
pub mod rules;
pub mod shard;

use std::collections::HashSet;
use std::ops::Range;

pub use options::Options;
pub use rules::RULES;
use rules::*;

use crate::edit::Edit;
use crate::hashed::HashedMap;
use crate::pipeline::{Metadata, Pass, PassContext};
use crate::rule::Rule;
use keyed::Keyed;

pub struct Duplicates;

impl Pass for Duplicates {
    fn name(&self) -> &'static str {
        "duplicates"
    }

    fn rules(&self) -> &'static [&'static Rule] {
        RULES
    }

    fn run(&self, text: &str, cx: &mut PassContext<'_>) -> Vec<Edit> {
        let opts = &cx.config.duplicates;
        // each rule asked once: a disabled one neither removes nor reports
        let [sentence_on, paragraph_on, phrase_on, kept_on] = [
            REPEATED_SENTENCE,
            REPEATED_PARAGRAPH,
            REPEATED_PHRASE,
            DUPLICATE_KEPT,
        ]
        .map(|rule| cx.enabled(rule));
        let mut edits = Vec::new();
        let mut paragraphs: HashedMap<usize> = HashedMap::default();
        let mut first_sentences: HashedMap<(usize, Range<usize>)> = HashedMap::default();
        let mut ordinal = 0;
        let mut kept_marked: HashSet<usize> = HashSet::new();
        let keyed = Keyed::new(text, opts);
        let removes = !repeats_are_content(cx.meta);
        // each paragraph's key hash, when the paragraph is long enough to compare and removed
        let hashes: Vec<Option<u64>> = (0..keyed.paragraphs.len())
            .map(|p_no| keyed.paragraph_hash(p_no, opts).filter(|_| removes))
            .collect();
        // rows of the document's own structure are read from a text dump only: an HTML page's
        // repeats come from its DOM (quoted posts, cards), and sparing them there cost the even
        // half of wcxb-dev forum −0.005 and collection −0.006 word F1
        let copies = if cx.extracted {
            HashedMap::default()
        } else {
            paragraph_copies(&hashes)
        };
        // a sentence's words, for `phrase::key_repeats` (see below)
        let mut split = String::new();
        // per sentence of the paragraph at hand: where its first copy is, if it repeats one
        let mut repeats: Vec<Option<(usize, Range<usize>)>> = Vec::new();
        for (p_no, (para, sentences)) in keyed.paragraphs.iter().enumerate() {
            // a paragraph the document writes again and again is a row of its own structure
            let structure =
                hashes[p_no].is_some_and(|h| copies.get(&h).is_some_and(|&n| is_structure(n)));
            if let Some(hash) = hashes[p_no].filter(|_| !structure) {
                if let Some(&first) = paragraphs.get(&hash).filter(|_| paragraph_on) {
                    let reason = format!("paragraph {} repeats paragraph {}", p_no + 1, first + 1);
                    edits.push(Edit::delete(
                        REPEATED_PARAGRAPH,
                        line_span(text, para),
                        reason,
                    ));
                    ordinal += sentences.len();
                    continue;
                }
                paragraphs.insert(hash, p_no);
            }
            repeats.clear();
            for (s, hash) in sentences {
                ordinal += 1;
                let Some(hash) = *hash else {
                    repeats.push(None);
                    continue;
                };
                match first_sentences.get(&hash) {
                    Some(first) => repeats.push(Some(first.clone())),
                    None => {
                        first_sentences.insert(hash, (ordinal, s.clone()));
                        repeats.push(None);
                    }
                }
            }
            let removals = if removes && !structure && repeats.iter().any(Option::is_some) {
                let dup: Vec<bool> = repeats.iter().map(Option::is_some).collect();
                let spans: Vec<Range<usize>> = sentences.iter().map(|(s, _)| s.clone()).collect();
                removal_spans(text, para, &spans, &dup)
            } else {
                Vec::new()
            };
            for (span, first_dup) in removals {
                let (rule, what, on) = if span.end > para.end {
                    (REPEATED_PARAGRAPH, "paragraph", paragraph_on)
                } else {
                    (REPEATED_SENTENCE, "sentence", sentence_on)
                };
                if !on {
                    continue;
                }
                let (first_ordinal, first_span) = repeats[first_dup].clone().expect("a repeat");
                let snippet = snippet(&text[first_span.clone()]);
                let reason = format!("{what} repeats sentence {first_ordinal} «{snippet}»");
                edits.push(Edit::delete(rule, span, reason));
                if kept_on && kept_marked.insert(first_span.start) {
                    edits.push(Edit::report(
                        DUPLICATE_KEPT,
                        first_span,
                        format!("kept; a later copy was removed ({})", rule.code),
                    ));
                }
            }
            // most paragraphs have no repeated words, and their sentences' keys say so (a
            // phrase is repeated inside a sentence: see `phrase::key_repeats`); where a key joins
            // words at an apostrophe or a soft hyphen (English text), its sentences' words split
            // there say so (a tenth of the words of the real pages of `scripts/bench --kind
            // pages` went to `phrase::repeated` for that, 3 % of the instructions); any other
            // paragraph is looked at word by word
            let may_repeat = phrase_on
                && if keyed.words_are_key(p_no) {
                    keyed.sentence_keys(p_no).any(phrase::key_repeats)
                } else {
                    sentences.iter().any(|(s, _)| {
                        !key::split_words(&text[s.clone()], &mut split)
                            || phrase::key_repeats(&split)
                    })
                };
            if !may_repeat {
                continue;
            }
            for (span, phrase) in phrase::repeated(&text[para.clone()]) {
                let span = para.start + span.start..para.start + span.end;
                edits.push(Edit::report(
                    REPEATED_PHRASE,
                    span,
                    format!("«{phrase}» is repeated"),
                ));
            }
        }
        *cx.sentences = Some(keyed);
        edits
    }
}

/// Whether repeats inside this document are its content: a documentation page (the HTML stage
/// recorded its type) describes the same parameter under every method that takes it and repeats
/// lines across its code examples, and readers expect each copy where it stands (on the even
/// half of wcxb-dev, removing them cost documentation pages 0.004 of word F1).
fn repeats_are_content(meta: &Metadata) -> bool {
    meta.page_type.as_deref() == Some("documentation")
}

/// How many times each paragraph hash occurs in the document.
fn paragraph_copies(hashes: &[Option<u64>]) -> HashedMap<usize> {
    let mut copies: HashedMap<usize> = HashedMap::default();
    for &hash in hashes.iter().flatten() {
        *copies.entry(hash).or_default() += 1;
    }
    copies
}

/// Whether a paragraph written `copies` times is a row of the document's own structure rather
/// than a copy to remove: a page that renders a teaser and then the article repeats a
/// paragraph once, but a meal plan writes the same meal under each day it is eaten, a training
/// plan the same warm-up under each session, an events page the same description under each
/// date of a series, and the reader expects each copy where it stands ([`STRUCTURE_COPIES`] or
/// more). On the even half of the text dumps these repeats were the article's (bench 5f03 lost
/// more than half of its meal plan, wcxb 4116 and 4362 a fifth of theirs).
fn is_structure(copies: usize) -> bool {
    copies >= STRUCTURE_COPIES
}

/// Copies of a paragraph that make it a row of the document's structure ([`is_structure`]).
const STRUCTURE_COPIES: usize = 3;

/// The spans to delete so that the sentences marked in `dup` disappear from `para` with their
/// separating whitespace, one span per run of consecutive repeats, each with the index of its
/// first repeat. A paragraph whose sentences all repeat goes as a whole line.
pub fn removal_spans(
    text: &str,
    para: &Range<usize>,
    spans: &[Range<usize>],
    dup: &[bool],
) -> Vec<(Range<usize>, usize)> {
    if !dup.is_empty() && dup.iter().all(|&d| d) {
        return vec![(line_span(text, para), 0)];
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < spans.len() {
        if !dup[i] {
            i += 1;
            continue;
        }
        let run_start = i;
        while i < spans.len() && dup[i] {
            i += 1;
        }
        let span = if run_start == 0 {
            spans[0].start..spans[i].start // leading run: up to the next kept sentence
        } else {
            spans[run_start - 1].end..spans[i - 1].end // otherwise: from the previous kept one's end
        };
        out.push((span, run_start));
    }
    out
}

/// A whole paragraph with the blank line that separates it from the previous one (or, for the
/// first paragraph, from the next), so no run of blank lines is left behind.
fn line_span(text: &str, para: &Range<usize>) -> Range<usize> {
    let previous_end = text[..para.start].trim_end().len();
    if previous_end > 0 {
        return previous_end..para.end;
    }
    let next_start = para.end + (text[para.end..].len() - text[para.end..].trim_start().len());
    let end = if next_start == text.len() {
        text.len()
    } else {
        next_start
    };
    para.start..end
}

/// The first words of a sentence, for reasons.
fn snippet(s: &str) -> String {
    let mut out: String = s.chars().take(48).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests;
