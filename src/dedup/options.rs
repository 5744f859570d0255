//! `[duplicates]` in `sach.toml`.
//!
//! ```toml
//! [duplicates]
//! min_chars = 24            # shorter sentences (by key length) are never removed: "Có.", headings
//! min_words = 4             # …nor sentences of fewer words
//! cross_document = "report" # "report" (default), "remove" or "off"
//! near_duplicates = true    # report near-copy documents (MinHash)
//! near_threshold = 0.8      # estimated Jaccard similarity of 5-syllable shingles
//! ```

use serde::Deserialize;

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    pub min_chars: usize,
    pub min_words: usize,
    pub cross_document: CrossDocument,
    pub near_duplicates: bool,
    pub near_threshold: f64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            min_chars: 24,
            min_words: 4,
            cross_document: CrossDocument::Report,
            near_duplicates: true,
            near_threshold: 0.8,
        }
    }
}

impl Options {
    /// Whether a key is long enough to be treated as a duplicate.
    pub fn long_enough(&self, key: &str) -> bool {
        // a char takes at least a byte; words are separated by single spaces in a key
        key.len() >= self.min_chars
            && key.chars().count() >= self.min_chars
            && key.bytes().filter(|&b| b == b' ').count() + 1 >= self.min_words
    }
}

/// What to do with a sentence already seen in an earlier document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CrossDocument {
    /// Report it (two articles quoting the same statement are both legitimate).
    Report,
    /// Remove it from the later document.
    Remove,
    /// Do not index across documents at all.
    Off,
}
