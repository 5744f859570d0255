//! Cross-document duplicates over a corpus split into shards, processed on different machines,
//! with the same result as one run over the whole corpus (see [`super::corpus`]).
//!
//! One run keeps, for every key (document text, sentence, MinHash band), the first document in
//! sorted path order that has it, and removes or reports it in the later ones. A sharded run
//! computes the same thing in phases, each one a pure map over shards or a merge:
//!
//! 1. **statistics**: each shard's boilerplate line statistics ([`LineStats`]); merged by
//!    summing. The per-document cleaning reads them (rule B012), so the keys depend on them;
//! 2. **keys**: each shard is cleaned with the merged statistics and its keys recorded with
//!    their place in the corpus order ([`KeysBuilder`]); [`Index::merge`] keeps each key's first
//!    occurrence over all shards;
//! 3. **clean**: each shard is cleaned again, and [`Seen::check`] removes what the merged index
//!    says first occurred in an earlier document.
//!
//! The order of documents is the one run's: files by path ([`std::path::Path`] order, as the
//! CLI sorts its inputs), then records in file order. A document is found in the index by its
//! name (`path` or `path:line`), so the shards must be named by the same paths in all phases.
//!
//! Exactness: a document whose text key repeats an earlier document's (a duplicate document)
//! contributes no sentence or band key in the one run; the merge drops those of documents that
//! turn out to be duplicates of a document in another shard. What a shard's keys phase cannot
//! know is the one case where such a document held the shard's first copy of a sentence that the
//! earlier document does not have: same text key, different sentence boundaries (the key drops
//! punctuation, so `"Giá tăng. Hôm nay"` and `"Giá tăng hôm nay"` share it). Then a later copy
//! in that shard is not removed, or names a later first copy. Near-duplicates are exact: equal
//! text keys give equal signatures.

mod format;
mod merge;

use std::collections::HashMap;

use xxhash_rust::xxh3::xxh3_64;

use super::corpus::{
    band_keys, finish, most_similar, same_text, sentence_edits, similar_to, similarity, DocKeys,
    HASHES,
};
use super::options::CrossDocument;
use crate::boilerplate::corpus::LineStats;
use crate::config::Config;
use crate::edit::EditError;
use crate::pipeline::Cleaned;

pub use format::FormatError;

/// An index file's contents: line statistics, keys, or both.
#[derive(Clone, Debug, Default)]
pub struct Index {
    /// Boilerplate line statistics (sums over the shards indexed).
    pub stats: Option<LineStats>,
    pub keys: Option<Keys>,
}

/// Where each key first occurs, over the documents of some shards, in corpus order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Keys {
    /// [`stats_fingerprint`] of the statistics the documents were cleaned with (0: none).
    pub stats_fingerprint: u64,
    /// The shards' files, in path order.
    files: Vec<String>,
    /// Every document that was indexed, in corpus order: its file (index into `files`), name.
    docs: Vec<(u32, String)>,
    /// Text key → first document; sorted by key.
    documents: Vec<(u64, u32)>,
    /// Sentence key → first (document, sentence ordinal); sorted by key.
    sentences: Vec<(u64, (u32, u32))>,
    /// MinHash band key (xor band number) → first document; sorted by key.
    bands: Vec<(u64, u32)>,
    /// Signatures of the documents some band points to; sorted by document.
    signatures: Vec<(u32, Box<[u32; HASHES]>)>,
}

/// A fingerprint of line statistics, to check that all shards were cleaned with the same ones.
pub fn stats_fingerprint(stats: Option<&LineStats>) -> u64 {
    stats.map_or(0, |s| xxh3_64(&format::stats_bytes(s)).max(1))
}

/// Records the keys of one or more shards, fed documents in corpus order (like
/// [`super::corpus::CorpusIndex::add`], without findings).
pub struct KeysBuilder {
    keys: Keys,
    cross_document: bool,
    documents: HashMap<u64, u32>,
    sentences: HashMap<u64, (u32, u32)>,
    bands: HashMap<u64, u32>,
}

impl KeysBuilder {
    /// A builder for documents cleaned with `config` and the line statistics `stats`.
    pub fn new(config: &Config, stats: Option<&LineStats>) -> Self {
        KeysBuilder {
            keys: Keys {
                stats_fingerprint: stats_fingerprint(stats),
                ..Keys::default()
            },
            cross_document: config.duplicates.cross_document != CrossDocument::Off,
            documents: HashMap::new(),
            sentences: HashMap::new(),
            bands: HashMap::new(),
        }
    }

    /// Adds the next document in corpus order: `name` (`path` or `path:line`) from `file`.
    /// Files must come in path order, all documents of a file together.
    pub fn add(&mut self, file: &str, name: &str, mut keys: DocKeys) {
        let k = &mut self.keys;
        if k.files.last().map(String::as_str) != Some(file) {
            k.files.push(file.to_string());
        }
        let doc = k.docs.len() as u32;
        k.docs.push((k.files.len() as u32 - 1, name.to_string()));
        if let Some(h) = keys.text {
            if self.documents.contains_key(&h) {
                return; // a duplicate document: none of its keys count
            }
            self.documents.insert(h, doc);
        }
        if let Some(sig) = keys.take_signature() {
            let mut first = false;
            for (band, key) in band_keys(&sig).into_iter().enumerate() {
                first |= *self.bands.entry(key ^ band as u64).or_insert(doc) == doc;
            }
            if first {
                k.signatures.push((doc, sig));
            }
        }
        if self.cross_document {
            let hashes = keys
                .paragraphs
                .iter()
                .flat_map(|(_, s)| s.iter().map(|s| s.1));
            for (ordinal, hash) in (1u32..).zip(hashes) {
                if let Some(h) = hash {
                    self.sentences.entry(h).or_insert((doc, ordinal));
                }
            }
        }
    }

    pub fn finish(self) -> Keys {
        let mut keys = self.keys;
        keys.documents = sorted(self.documents);
        keys.sentences = sorted(self.sentences);
        keys.bands = sorted(self.bands);
        keys
    }
}

fn sorted<V>(map: HashMap<u64, V>) -> Vec<(u64, V)> {
    let mut v: Vec<(u64, V)> = map.into_iter().collect();
    v.sort_unstable_by_key(|e| e.0);
    v
}

fn lookup<V: Copy>(entries: &[(u64, V)], key: u64) -> Option<V> {
    entries
        .binary_search_by_key(&key, |e| e.0)
        .ok()
        .map(|i| entries[i].1)
}

impl Keys {
    /// Number of documents indexed.
    pub fn docs(&self) -> usize {
        self.docs.len()
    }

    /// Number of distinct sentence keys.
    pub fn sentences(&self) -> usize {
        self.sentences.len()
    }
}

/// A merged index ready to answer, for each document of a shard being cleaned, which of its keys
/// first occur in an earlier document.
pub struct Seen {
    keys: Keys,
    by_name: HashMap<u64, u32>,
}

impl Seen {
    pub fn new(keys: Keys) -> Self {
        let by_name = (0u32..)
            .zip(&keys.docs)
            .map(|(i, (_, name))| (xxh3_64(name.as_bytes()), i))
            .collect();
        Seen { keys, by_name }
    }

    /// The document's place in the corpus order, if it was indexed.
    fn doc(&self, name: &str) -> Option<u32> {
        let id = *self.by_name.get(&xxh3_64(name.as_bytes()))?;
        (self.keys.docs[id as usize].1 == name).then_some(id)
    }

    fn name(&self, doc: u32) -> &str {
        &self.keys.docs[doc as usize].1
    }

    /// What [`super::corpus::CorpusIndex::add`] does for the document `name` in a run over the
    /// whole corpus: appends a `corpus` stage with the findings (and removals when configured).
    /// Errors when the document is not in the index (the shard was not indexed, or is named by
    /// another path).
    pub fn check(
        &self,
        name: &str,
        mut keys: DocKeys,
        cleaned: &mut Cleaned,
        config: &Config,
    ) -> Result<(), String> {
        let doc = self.doc(name).ok_or_else(|| {
            format!("{name} is not in the index (index every shard, by the same paths)")
        })?;
        let err = |e: EditError| format!("internal error (please report): {e}");
        let k = &self.keys;
        let earlier = |first: u32| (first < doc).then_some(first);
        let mut edits = Vec::new();
        if let Some(first) = keys
            .text
            .and_then(|h| lookup(&k.documents, h))
            .and_then(earlier)
        {
            edits.push(same_text(self.name(first)));
            return finish(cleaned, edits, config).map_err(err);
        }
        let opts = &config.duplicates;
        if let Some(sig) = &keys.take_signature() {
            let mut candidates: Vec<u32> = band_keys(sig)
                .into_iter()
                .enumerate()
                .filter_map(|(band, key)| lookup(&k.bands, key ^ band as u64))
                .filter_map(earlier)
                .collect();
            candidates.sort_unstable();
            candidates.dedup();
            let scored = candidates
                .into_iter()
                .map(|c| (c, similarity(sig, self.signature(c))));
            if let Some((other, s)) = most_similar(scored, opts.near_threshold) {
                edits.push(similar_to(self.name(other), s));
            }
        }
        if opts.cross_document != CrossDocument::Off {
            let mut ordinal = 0u32;
            for (para, sentences) in &keys.paragraphs {
                let seen_in: Vec<Option<(&str, u32)>> = sentences
                    .iter()
                    .map(|(_, hash)| {
                        ordinal += 1;
                        let (d, s) = lookup(&k.sentences, (*hash)?)?;
                        (d < doc).then(|| (self.name(d), s))
                    })
                    .collect();
                sentence_edits(&cleaned.text, para, sentences, &seen_in, opts, &mut edits);
            }
        }
        finish(cleaned, edits, config).map_err(err)
    }

    fn signature(&self, doc: u32) -> &[u32; HASHES] {
        let s = &self.keys.signatures;
        let i = s
            .binary_search_by_key(&doc, |e| e.0)
            .expect("a band's document has its signature");
        &s[i].1
    }
}

#[cfg(test)]
mod tests;
