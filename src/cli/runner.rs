//! The processing loop shared by `clean` and `check`: documents in bounded batches, each batch
//! cleaned in parallel (one document per rayon task), then the corpus-wide duplicate index fed
//! in path order, then the batch handed — in input order — to the command's sink. The serial
//! part of one batch overlaps the cleaning of the next.
//!
//! With `clean --index`, the line statistics and the first occurrences come from a merged index
//! of all shards instead (see `sach::dedup::shard`).
//!
//! Everything observable follows the sorted input order, whatever the thread count; memory is
//! bounded by two batches plus the corpus statistics.

use rayon::prelude::*;
use sach::boilerplate::corpus::LineStats;
use sach::dedup::corpus::{doc_keys, CorpusIndex, DocKeys};
use sach::dedup::options::CrossDocument;
use sach::dedup::rules::{CROSS_DOCUMENT, DUPLICATE_DOCUMENT, NEAR_DUPLICATE};
use sach::pipeline::Pipeline;

use sach::dedup::shard::Seen;

use super::index::Prior;
use super::inputs::InputFile;
use super::jobs::{self, Outcome};

/// Documents per batch: enough to keep every thread busy, few enough to bound memory.
const BATCH: usize = 256;

/// Runs the pipeline over `files`, calling `sink` with each batch of outcomes in input order.
/// `sink` returns `false` to stop early (e.g. the report cannot be written).
pub fn run(
    files: Vec<InputFile>,
    pipeline: &Pipeline,
    text_field: &str,
    prior: Option<&Prior>,
    mut sink: impl FnMut(Vec<Outcome>) -> bool,
) {
    let config = pipeline.config();
    let corpus = match prior {
        Some(p) => p.stats.clone(),
        None => (config.boilerplate.corpus.enabled).then(|| prescan(&files, pipeline, text_field)),
    };
    let dedup = &config.duplicates;
    let cross = dedup.cross_document != CrossDocument::Off || dedup.near_duplicates;
    let wanted = config
        .rules
        .select_any(&[CROSS_DOCUMENT, DUPLICATE_DOCUMENT, NEAR_DUPLICATE]);
    let seen = prior
        .and_then(|p| p.seen.as_ref())
        .filter(|_| cross && wanted);
    let mut index = (cross && wanted && prior.is_none()).then(CorpusIndex::default);
    let want_keys = index.is_some() || seen.is_some();
    let corpus = corpus.as_ref();
    let mut jobs = jobs::jobs(files);
    // While one batch is indexed and handed to the sink (in order, on this thread), the next
    // one is already being cleaned by the other workers: no thread waits for the serial part.
    let mut pending: Option<Processed> = None;
    loop {
        let batch: Vec<_> = jobs.by_ref().take(BATCH).collect();
        let mut next = None;
        let go_on = rayon::in_place_scope(|s| {
            if !batch.is_empty() {
                let next = &mut next;
                s.spawn(move |_| {
                    *next = Some(process(batch, pipeline, text_field, corpus, want_keys));
                });
            }
            match pending.take() {
                Some((outcomes, keys)) => {
                    let outcomes = index_in_order(outcomes, keys, index.as_mut(), seen, config);
                    sink(outcomes)
                }
                None => true,
            }
        });
        match next {
            Some(batch) if go_on => pending = Some(batch),
            _ => return,
        }
    }
}

/// A batch's outcomes and, when the corpus index wants them, each document's keys.
type Processed = (Vec<Outcome>, Vec<Option<DocKeys>>);

/// Cleans a batch in parallel (one document per task).
fn process(
    batch: Vec<jobs::Job>,
    pipeline: &Pipeline,
    text_field: &str,
    corpus: Option<&LineStats>,
    want_keys: bool,
) -> Processed {
    let dedup = &pipeline.config().duplicates;
    batch
        .into_par_iter()
        .map(|job| {
            let o = jobs::run(job, pipeline, text_field, corpus);
            let keys = o.result.as_ref().ok().filter(|_| want_keys);
            let keys = keys.map(|doc| doc_keys(&doc.cleaned.text, dedup));
            (o, keys)
        })
        .unzip()
}

/// Feeds the corpus index in path order: the first copy in the corpus is the one that stays.
fn index_in_order(
    mut outcomes: Vec<Outcome>,
    keys: Vec<Option<DocKeys>>,
    index: Option<&mut CorpusIndex>,
    seen: Option<&Seen>,
    config: &sach::config::Config,
) -> Vec<Outcome> {
    if let Some(seen) = seen {
        for (o, keys) in outcomes.iter_mut().zip(keys) {
            if let (Ok(doc), Some(keys)) = (&mut o.result, keys) {
                if let Err(e) = seen.check(&o.name, keys, &mut doc.cleaned, config) {
                    o.result = Err(e);
                }
            }
        }
        return outcomes;
    }
    if let Some(index) = index {
        for (o, keys) in outcomes.iter_mut().zip(keys) {
            if let (Ok(doc), Some(keys)) = (&mut o.result, keys) {
                if let Err(e) = index.add(&o.name, keys, &mut doc.cleaned, config) {
                    o.result = Err(format!("internal error (please report): {e}"));
                }
            }
        }
    }
    outcomes
}

/// Corpus line statistics (for rule B012): a first parallel read of every input, batch by batch.
/// Counts are sums, so the result does not depend on the order or the thread count.
pub fn prescan(files: &[InputFile], pipeline: &Pipeline, text_field: &str) -> LineStats {
    let mut stats = LineStats::default();
    let mut jobs = jobs::jobs(files.to_vec()).peekable();
    while jobs.peek().is_some() {
        let batch: Vec<_> = jobs.by_ref().take(BATCH).collect();
        let part = batch
            .into_par_iter()
            .map(|job| jobs::line_stats(job, pipeline, text_field))
            .reduce(LineStats::default, |mut a, b| {
                a.merge(b);
                a
            });
        stats.merge(part);
    }
    stats
}
