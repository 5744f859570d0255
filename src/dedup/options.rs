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
    ///
    /// Asked of every sentence and paragraph key: a char takes one to four bytes, so a key of
    /// four bytes per char wanted has enough without counting them; words are separated by
    /// single spaces in a key, and the count of spaces stops at the number wanted.
    pub fn long_enough(&self, key: &str) -> bool {
        let spaces = self.min_words.saturating_sub(1);
        key.len() >= self.min_chars
            && (key.len() >= self.min_chars.saturating_mul(4)
                || key.chars().count() >= self.min_chars)
            && memchr::memchr_iter(b' ', key.as_bytes())
                .take(spaces)
                .count()
                >= spaces
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcuts answer as counting every char and every space does.
    #[test]
    fn long_enough_counts_chars_and_words() {
        let counted = |o: &Options, key: &str| {
            key.chars().count() >= o.min_chars
                && key.bytes().filter(|&b| b == b' ').count() + 1 >= o.min_words
        };
        let words = ["a", "ệ", "đường", "𝔸𝔹", "x1"];
        for (min_chars, min_words) in [(24, 4), (0, 0), (1, 1), (5, 2), (30, 9)] {
            let o = Options {
                min_chars,
                min_words,
                ..Options::default()
            };
            for n in 0..40usize {
                let key: Vec<&str> = (0..n).map(|i| words[(i * 7 + n) % words.len()]).collect();
                for key in [key.join(" "), key.concat()] {
                    assert_eq!(o.long_enough(&key), counted(&o, &key), "{key:?}");
                }
            }
        }
    }
}
