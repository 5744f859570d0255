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

use super::options::CorpusOptions;
use crate::hashed::{self, HashedMap};
use crate::segment;
pub use crate::site::Site;

mod line_key;

pub use line_key::line_key;

/// Document frequency of normalised lines over a corpus, and within each site whose documents
/// are known to be its ([`Site`]). It serializes (serde), so the statistics of corpus shards can
/// be computed apart, shipped, merged and supplied to each shard.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LineStats {
    docs: u32,
    df: HashedMap<u32>,
    /// Documents by site.
    site_docs: HashedMap<u32>,
    /// Document frequency by [`site_line`] key.
    site_df: HashedMap<u32>,
}

impl LineStats {
    /// Adds one document of no known site.
    pub fn observe(&mut self, text: &str) {
        self.observe_from(None, text);
    }

    /// Adds one document, counted within its `site` too when it is known.
    pub fn observe_from(&mut self, site: Option<Site>, text: &str) {
        self.docs += 1;
        // each distinct key once: sorted, which costs less than a set for a page's few lines
        let mut keys: Vec<u64> = lines(text).filter_map(line_key).collect();
        keys.sort_unstable();
        keys.dedup();
        for &k in &keys {
            *self.df.entry(k).or_default() += 1;
        }
        if let Some(site) = site {
            *self.site_docs.entry(site.0).or_default() += 1;
            for k in keys {
                *self.site_df.entry(site_line(site, k)).or_default() += 1;
            }
        }
    }

    /// Adds the counts of `other` (another document or batch).
    pub fn merge(&mut self, other: LineStats) {
        if self.df.len() < other.df.len() {
            let mine = std::mem::replace(self, other);
            return self.merge(mine);
        }
        self.docs += other.docs;
        for (map, more) in [
            (&mut self.df, other.df),
            (&mut self.site_docs, other.site_docs),
            (&mut self.site_df, other.site_df),
        ] {
            for (k, n) in more {
                *map.entry(k).or_default() += n;
            }
        }
    }

    /// The document frequencies by line key, sorted by key: what an index file stores (see
    /// `dedup::shard`); [`LineStats::from_counts`] reads them back.
    pub fn counts(&self) -> Vec<(u64, u32)> {
        sorted(&self.df)
    }

    /// The documents by site and the document frequencies by site and line key, each sorted by
    /// key: what an index file stores besides [`LineStats::counts`];
    /// [`LineStats::with_site_counts`] reads them back.
    pub fn site_counts(&self) -> SiteCounts {
        SiteCounts {
            docs: sorted(&self.site_docs),
            lines: sorted(&self.site_df),
        }
    }

    /// Statistics of `docs` documents with the given document frequencies by line key.
    pub fn from_counts(docs: u32, counts: impl IntoIterator<Item = (u64, u32)>) -> Self {
        LineStats {
            docs,
            df: counts.into_iter().collect(),
            ..LineStats::default()
        }
    }

    /// These statistics with the counts by site that [`LineStats::site_counts`] gave.
    pub fn with_site_counts(mut self, sites: SiteCounts) -> Self {
        self.site_docs = sites.docs.into_iter().collect();
        self.site_df = sites.lines.into_iter().collect();
        self
    }

    /// Number of documents observed.
    pub fn docs(&self) -> u32 {
        self.docs
    }

    /// In how many documents a line equal to `line` (after normalisation) occurs.
    pub fn doc_freq(&self, line: &str) -> u32 {
        line_key(line).map_or(0, |k| self.df_of(k))
    }

    fn df_of(&self, key: u64) -> u32 {
        self.df.get(&key).copied().unwrap_or(0)
    }

    /// The statistics as a document of `site` reads them.
    pub fn for_site(&self, site: Option<Site>) -> Recurrence<'_> {
        let site = site.and_then(|s| Some((s, *self.site_docs.get(&s.0)?)));
        Recurrence { stats: self, site }
    }
}

/// [`LineStats::site_counts`]: each sorted by key.
pub struct SiteCounts {
    /// Documents by site.
    pub docs: Vec<(u64, u32)>,
    /// Document frequency by site and line key.
    pub lines: Vec<(u64, u32)>,
}

/// The key of a line within a site.
fn site_line(site: Site, key: u64) -> u64 {
    hashed::pair(site.0, key)
}

fn sorted(map: &HashedMap<u32>) -> Vec<(u64, u32)> {
    let mut out: Vec<(u64, u32)> = map.iter().map(|(&k, &n)| (k, n)).collect();
    out.sort_unstable();
    out
}

/// [`LineStats`] as one document reads them: the corpus's counts, and its site's when the
/// document's site is known and counted.
#[derive(Clone, Copy, Debug)]
pub struct Recurrence<'a> {
    stats: &'a LineStats,
    /// The site and its number of documents.
    site: Option<(Site, u32)>,
}

/// How often a line recurs: in `df` of `of` documents, of the corpus or of the document's site.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Recurring {
    pub df: u32,
    pub of: u32,
    pub in_site: bool,
}

impl std::fmt::Display for Recurring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Recurring { df, of, in_site } = self;
        let site = if *in_site { " of its site" } else { "" };
        write!(f, "line recurs in {df} of {of} documents{site}")
    }
}

impl Recurrence<'_> {
    /// Number of documents of the corpus.
    pub fn docs(&self) -> u32 {
        self.stats.docs
    }

    /// [`LineStats::doc_freq`]: in the whole corpus.
    pub fn doc_freq(&self, line: &str) -> u32 {
        self.stats.doc_freq(line)
    }

    /// The counts a line's key is read in: the corpus's, then the site's when the document's
    /// site is known and holds fewer documents than the corpus (a corpus of one site is that
    /// site).
    fn scopes(&self) -> impl Iterator<Item = (Option<Site>, u32)> + '_ {
        let site = self.site.filter(|&(_, n)| n < self.stats.docs);
        std::iter::once((None, self.stats.docs)).chain(site.map(|(s, n)| (Some(s), n)))
    }

    fn df_in(&self, site: Option<Site>, key: u64) -> u32 {
        match site {
            None => self.stats.df_of(key),
            Some(site) => self
                .stats
                .site_df
                .get(&site_line(site, key))
                .copied()
                .unwrap_or(0),
        }
    }

    /// Whether any line can be template: the corpus or the site holds enough documents.
    pub fn reads_templates(&self, opts: &CorpusOptions) -> bool {
        self.scopes().any(|(_, n)| opts.threshold(n).is_some())
    }

    /// How a line of key `key` ([`line_key`]) recurs when it recurs as a template line does:
    /// in as many documents as `opts` asks of the corpus, or of the document's site.
    pub fn template(&self, opts: &CorpusOptions, key: Option<u64>) -> Option<Recurring> {
        let key = key?;
        self.scopes().find_map(|(site, of)| {
            let min = opts.threshold(of)?;
            let df = self.df_in(site, key);
            (df >= min).then_some(Recurring {
                df,
                of,
                in_site: site.is_some(),
            })
        })
    }

    /// The share of documents printing a line of key `key`, on a log scale
    /// (`ln(1 + df) / ln(1 + documents)`): the larger of the corpus's and the site's.
    pub fn log_share(&self, key: Option<u64>) -> f64 {
        self.scopes()
            .map(|(site, of)| {
                let df = key.map_or(0, |k| self.df_in(site, k));
                (1.0 + f64::from(df)).ln() / (1.0 + f64::from(of.max(1))).ln()
            })
            .fold(0.0, f64::max)
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
