//! The processing loop shared by `clean`, `check` and `diff`: the CLI's jobs handed to the
//! library's [`Corpus`] (prescan when configured, documents cleaned in parallel, the
//! cross-document index fed in input order, results delivered in input order through a bounded
//! reorder buffer), with a progress bar on the way.
//!
//! Everything observable follows the sorted input order, whatever the thread count; memory is
//! bounded by the corpus window (see [`sach::corpus`]) plus the corpus statistics.
//!
//! With `clean --index`, the line statistics and the first occurrences come from a merged index
//! of all shards instead (see `sach::dedup::shard`).

use sach::corpus::Corpus;
use sach::pipeline::Pipeline;

use super::index::Prior;
use super::inputs::InputFile;
use super::jobs::{self, Outcome};
use super::progress::Progress;
use super::RecordFields;

/// Runs the pipeline over `files`, calling `sink` with runs of consecutive outcomes in input
/// order. `sink` returns `false` to stop early (e.g. the report cannot be written).
pub fn run(
    files: Vec<InputFile>,
    pipeline: &Pipeline,
    fields: &RecordFields,
    quiet: bool,
    prior: Option<&Prior>,
    mut sink: impl FnMut(Vec<Outcome>) -> bool,
) {
    let mut corpus = Corpus::new(pipeline);
    let mut progress = Progress::start(&files, quiet);
    if let Some(prior) = prior {
        if let Some(stats) = &prior.stats {
            corpus.set_line_stats(stats.clone());
        }
        if let Some(seen) = &prior.seen {
            corpus.check_against(seen);
        }
    } else if corpus.wants_line_stats() {
        progress.phase("reading for line statistics");
        corpus.prescan(jobs::jobs(files.clone(), fields));
        progress.phase("cleaning");
    }
    corpus.run(jobs::jobs(files, fields), |outcomes| {
        progress.advance(&outcomes);
        sink(outcomes)
    });
    progress.finish();
}
