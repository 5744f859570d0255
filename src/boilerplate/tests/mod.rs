//! Whole-pass tests of the boilerplate pass, one file per theme: what must stay (body text shaped
//! like chrome), what must go above, inside and below the article, captions, sign-offs, the
//! corpus statistics and the configuration. The helpers here run the whole pipeline on a text.

use crate::boilerplate::corpus::LineStats;
use crate::config::Config;
use crate::pipeline::{Metadata, Pipeline};

pub(in crate::boilerplate) fn clean_with(
    config: Config,
    text: &str,
    corpus: Option<&LineStats>,
) -> (String, Metadata) {
    let out = Pipeline::new(config)
        .run_with(text.to_string(), Metadata::default(), corpus)
        .unwrap();
    (out.text, out.meta)
}

/// The corpus statistics of `docs`, each observed as a document of its own.
pub(in crate::boilerplate) fn stats_of(docs: &[impl AsRef<str>]) -> LineStats {
    let mut stats = LineStats::default();
    for d in docs {
        let mut one = LineStats::default();
        one.observe(d.as_ref());
        stats.merge(one);
    }
    stats
}

pub(in crate::boilerplate) fn clean(text: &str) -> String {
    clean_with(Config::default(), text, None).0
}

mod above_article;
mod below_article;
mod body;
mod boxes_inside;
mod captions;
mod configuration;
mod corpus;
mod cues;
mod dump_shapes;
mod fixtures;
mod signoffs;
