//! The `[boilerplate]` section of `sach.toml`.
//!
//! ```toml
//! [boilerplate]
//! # headings that end the article on your sites (added to the built-in Vietnamese/English list)
//! end_markers = ["Bài viết cùng tác giả", "Xem thêm video"]
//! # regular expressions for whole lines to drop (B014) …
//! drop_lines = ['^Ảnh: Shutterstock$', '(?i)^nguồn video:']
//! # … and for lines no boilerplate rule may remove
//! keep_lines = ['^Theo dõi diễn biến']
//! min_article_words = 50   # article words needed before an end marker cuts (B009)
//! max_chrome_words = 12    # longest line the vocabulary rule (B010) may remove
//!
//! [boilerplate.corpus]     # corpus repetition (B012)
//! enabled = true           # the CLI prescans all inputs for line statistics first
//! min_docs = 8             # below this many documents, no corpus rule
//! min_df = 5               # a line must occur in at least this many documents …
//! min_share = 0.02         # … and in at least this share of all documents
//! max_prose_words = 12     # sentences this long are never removed as repeated
//! ```
//!
//! Rules are switched off in `[rules]`, e.g. `ignore = ["B007"]` keeps captions in the text.

use regex::Regex;
use serde::{Deserialize, Deserializer};

/// Boilerplate options; every field has a default.
#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    pub end_markers: Vec<String>,
    pub drop_lines: Patterns,
    pub keep_lines: Patterns,
    pub min_article_words: usize,
    pub max_chrome_words: usize,
    pub corpus: CorpusOptions,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            end_markers: Vec::new(),
            drop_lines: Patterns::default(),
            keep_lines: Patterns::default(),
            min_article_words: 50,
            max_chrome_words: 12,
            corpus: CorpusOptions::default(),
        }
    }
}

/// Fewest documents of a run from which the corpus rule (B012) reads its repeated lines. A
/// line must recur in `min_df` documents (5) anyway, so from 8 on it is in most of them: a
/// scraper's run over one site's few pages (gen-vi-templates cleans a template's 8 to 10 pages
/// per run) repeats the site's menu and breadcrumb on every page, and a page without a title
/// line took the menu for its title. The rule reads no line of the article's body zone, where a
/// syndicated copy repeats its paragraphs. Runs of 10 pages of wcxb-dev or ScrapingHub (even
/// halves, sites of every kind) score as they did with 20, to the third decimal
/// (`scripts/eval-dumps --batch 10`).
pub const MIN_DOCS: u32 = 8;

/// Thresholds of the corpus-repetition rule (B012).
#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CorpusOptions {
    /// Whether the CLI prescans the inputs (the pass uses statistics whenever it is given them).
    pub enabled: bool,
    pub min_docs: u32,
    pub min_df: u32,
    pub min_share: f64,
    pub max_prose_words: usize,
}

impl Default for CorpusOptions {
    fn default() -> Self {
        CorpusOptions {
            enabled: true,
            min_docs: MIN_DOCS,
            min_df: 5,
            min_share: 0.02,
            max_prose_words: 12,
        }
    }
}

impl CorpusOptions {
    /// The document frequency from which a line counts as template in a corpus of `docs`.
    pub fn threshold(&self, docs: u32) -> Option<u32> {
        (docs >= self.min_docs).then(|| {
            self.min_df
                .max((self.min_share * docs as f64).ceil() as u32)
        })
    }
}

/// Regular expressions from the config, compiled once when the config is read (a bad pattern is
/// a config error, not a per-document failure).
#[derive(Clone, Debug, Default)]
pub struct Patterns(pub Vec<Regex>);

impl Patterns {
    /// The first pattern matching `line`.
    pub fn find(&self, line: &str) -> Option<&Regex> {
        self.0.iter().find(|re| re.is_match(line))
    }
}

impl<'de> Deserialize<'de> for Patterns {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = Vec::<String>::deserialize(d)?;
        raw.iter()
            .map(|p| {
                Regex::new(p)
                    .map_err(|e| serde::de::Error::custom(format!("bad pattern `{p}`: {e}")))
            })
            .collect::<Result<_, _>>()
            .map(Patterns)
    }
}
