//! Corpus-level repetition: a line that recurs in many documents is part of a site template.
//!
//! The statistics are a document frequency per normalised line key (lowercase, letters and
//! digits only, every digit `0`, NFC), so `Tổng lượt truy cập: 87084500` on one page and
//! `Tổng lượt truy cập: 87091233` on the next count as the same line. A document contributes
//! each distinct key once. [`LineStats`] is built by a prescan over all inputs — in parallel,
//! one `LineStats` per document or per batch, combined with [`LineStats::merge`] — and is then
//! read-only. Counts are sums, so the result does not depend on order or thread count.
//!
//! ```
//! use sach::boilerplate::corpus::LineStats;
//! let docs = ["Tin bài.\nChia sẻ Facebook\n", "Tin khác.\nChia sẻ Facebook\n"];
//! let mut stats = LineStats::default();
//! for d in docs {
//!     let mut one = LineStats::default();
//!     one.observe(d);
//!     stats.merge(one);
//! }
//! assert_eq!(stats.docs(), 2);
//! assert_eq!(stats.doc_freq("chia sẻ  facebook"), 2);
//! assert_eq!(stats.doc_freq("Tin bài."), 1);
//! ```

use crate::hashed::HashedMap;
use crate::segment;

mod line_key;

pub use line_key::line_key;

/// Document frequency of normalised lines over a corpus. It serializes (serde), so the
/// statistics of corpus shards can be computed apart, shipped, merged and supplied to each shard.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LineStats {
    docs: u32,
    df: HashedMap<u32>,
}

impl LineStats {
    /// Adds one document.
    pub fn observe(&mut self, text: &str) {
        self.docs += 1;
        // each distinct key once: sorted, which costs less than a set for a page's few lines
        let mut keys: Vec<u64> = lines(text).filter_map(line_key).collect();
        keys.sort_unstable();
        keys.dedup();
        for k in keys {
            *self.df.entry(k).or_default() += 1;
        }
    }

    /// Adds the counts of `other` (another document or batch).
    pub fn merge(&mut self, other: LineStats) {
        if self.df.len() < other.df.len() {
            let mine = std::mem::replace(self, other);
            return self.merge(mine);
        }
        self.docs += other.docs;
        for (k, n) in other.df {
            *self.df.entry(k).or_default() += n;
        }
    }

    /// The document frequencies by line key, sorted by key: what an index file stores (see
    /// `dedup::shard`); [`LineStats::from_counts`] reads them back.
    pub fn counts(&self) -> Vec<(u64, u32)> {
        let mut out: Vec<(u64, u32)> = self.df.iter().map(|(&k, &n)| (k, n)).collect();
        out.sort_unstable();
        out
    }

    /// Statistics of `docs` documents with the given document frequencies by line key.
    pub fn from_counts(docs: u32, counts: impl IntoIterator<Item = (u64, u32)>) -> Self {
        LineStats {
            docs,
            df: counts.into_iter().collect(),
        }
    }

    /// Number of documents observed.
    pub fn docs(&self) -> u32 {
        self.docs
    }

    /// In how many documents a line equal to `line` (after normalisation) occurs.
    pub fn doc_freq(&self, line: &str) -> u32 {
        line_key(line)
            .and_then(|k| self.df.get(&k))
            .copied()
            .unwrap_or(0)
    }
}

/// The lines of `text` as `str::lines` gives them (each without its `\n` or `\r\n`; the last,
/// without a `\n`, as it is), from [`segment::lines`]' vector search: the standard library's
/// search costs more per line, and a page's lines are short.
fn lines(text: &str) -> impl Iterator<Item = &str> + '_ {
    segment::lines(text).map(|r| match text[r.clone()].strip_suffix('\n') {
        Some(line) => line.strip_suffix('\r').unwrap_or(line),
        None => &text[r],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_those_of_str_lines() {
        for text in [
            "",
            "\n",
            "\n\n",
            "a",
            "a\n",
            "a\nb",
            "a\r\nb\r\n",
            "a\r\n\r\nb\r",
            "\r",
            "\r\r\n",
            "a\rb\n\nc\n\r",
            "Tin mới\r\nXem thêm\n",
        ] {
            assert_eq!(
                lines(text).collect::<Vec<_>>(),
                text.lines().collect::<Vec<_>>(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn merge_is_order_independent_and_counts_once_per_doc() {
        let docs = ["a\nb\nb\n", "b\nc\n", "a\n"];
        let mut fwd = LineStats::default();
        let mut rev = LineStats::default();
        for d in docs {
            let mut s = LineStats::default();
            s.observe(d);
            fwd.merge(s);
        }
        for d in docs.iter().rev() {
            let mut s = LineStats::default();
            s.observe(d);
            rev.merge(s);
        }
        for l in ["a", "b", "c", "z"] {
            assert_eq!(fwd.doc_freq(l), rev.doc_freq(l));
        }
        assert_eq!(fwd.doc_freq("b"), 2);
        assert_eq!(fwd.docs(), 3);
    }
}
