//! `sach index`: the phases of a run over a corpus split into shards, on any engine (see
//! `sach::dedup::shard` for why there are three and what is exact):
//!
//! ```text
//! sach index --stats-only SHARD --out stats-N.idx        (each shard: line statistics)
//! sach index merge stats-*.idx --out stats.idx
//! sach index SHARD --index stats.idx --out keys-N.idx    (each shard: keys)
//! sach index merge stats.idx keys-*.idx --out corpus.idx
//! sach clean SHARD --index corpus.idx --out out/         (each shard)
//! ```

use std::path::Path;
use std::process::ExitCode;

use sach::boilerplate::corpus::LineStats;
use sach::corpus::{Corpus, Loaded, Source};
use sach::dedup::shard::{stats_fingerprint, Index, KeysBuilder, Seen};
use sach::pipeline::Pipeline;

use super::jobs::{self, Job};
use super::{inputs, output, IndexArgs, RecordFields, EXIT_ERROR};

pub fn run(args: &IndexArgs, pipeline: &Pipeline) -> ExitCode {
    let out = args.out.as_ref().expect("clap requires --out");
    let collected = inputs::collect(&args.paths, None);
    if collected.print_problems() > 0 {
        return ExitCode::from(EXIT_ERROR); // an index of part of a shard would be wrong
    }
    let files = collected.files;
    let index = if args.stats_only {
        Index {
            stats: Some(Corpus::line_stats(
                pipeline,
                jobs::jobs(files, &args.fields),
            )),
            keys: None,
        }
    } else {
        let stats = match &args.index {
            Some(p) => match read(p) {
                Ok(i) => i.stats,
                Err(e) => return fail(&e),
            },
            None => None,
        };
        let stats = match (pipeline.config().boilerplate.corpus.enabled, stats) {
            (true, None) => return fail(
                "the corpus prescan is on ([boilerplate.corpus] enabled): index every shard with \
                 --stats-only, merge those, and give the merged file with --index",
            ),
            (true, stats) => stats,
            (false, _) => None,
        };
        let (keys, failed) = keys(files, pipeline, &args.fields, stats);
        let index = Index {
            stats: None,
            keys: Some(keys),
        };
        if failed > 0 {
            // the index is still right for the others: clean fails on the same documents
            eprintln!("sach: {failed} document(s) failed and are not in the index");
            return match write(out, &index) {
                ok if ok == ExitCode::SUCCESS => ExitCode::from(EXIT_ERROR),
                err => err,
            };
        }
        index
    };
    write(out, &index)
}

pub fn merge(indexes: &[std::path::PathBuf], out: &Path) -> ExitCode {
    let parts: Result<Vec<Index>, String> = indexes.iter().map(|p| read(p)).collect();
    match parts.and_then(Index::merge) {
        Ok(merged) => write(out, &merged),
        Err(e) => fail(&e),
    }
}

/// What `clean --index` needs: the statistics and the merged keys, checked to belong together.
pub struct Prior {
    pub stats: Option<LineStats>,
    pub seen: Option<Seen>,
}

pub fn prior(path: &Path, pipeline: &Pipeline) -> Result<Prior, String> {
    let index = read(path)?;
    let name = path.display();
    let stats = match (pipeline.config().boilerplate.corpus.enabled, index.stats) {
        (true, None) => return Err(format!("{name}: no line statistics, and the corpus prescan is on: merge the statistics index in")),
        (true, s) => s,
        (false, _) => None,
    };
    if sach::dedup::corpus::enabled(pipeline.config()) && index.keys.is_none() {
        return Err(format!(
            "{name}: no keys: merge the keys of every shard in (`sach index SHARD --index STATS`)"
        ));
    }
    if let Some(k) = &index.keys {
        if k.stats_fingerprint != stats_fingerprint(stats.as_ref()) {
            return Err(format!("{name}: the keys were computed with other line statistics than the index holds (or another [boilerplate.corpus] setting)"));
        }
    }
    Ok(Prior {
        stats,
        seen: index.keys.map(Seen::new),
    })
}

/// The keys of every document of `files`, in corpus order, and the number that failed: the
/// library's [`Corpus`] cleans and hashes them in parallel, as `sach clean` would.
fn keys(
    files: Vec<inputs::InputFile>,
    pipeline: &Pipeline,
    fields: &RecordFields,
    stats: Option<LineStats>,
) -> (sach::dedup::shard::Keys, usize) {
    let mut builder = KeysBuilder::new(pipeline.config(), stats.as_ref());
    let mut corpus = Corpus::new(pipeline);
    if let Some(stats) = stats {
        corpus.set_line_stats(stats);
    }
    let mut failed = 0;
    let sources = jobs::jobs(files, fields).map(InFile);
    corpus.keys(sources, |name, file, keys| {
        match keys {
            Ok(keys) => builder.add(&file, &name, keys),
            Err(e) => {
                eprintln!("sach: error: {name}: {e}");
                failed += 1;
            }
        }
        true
    });
    (builder.finish(), failed)
}

/// A job whose tag is the name of the file it reads (what orders it in the corpus).
struct InFile(Job);

impl Source for InFile {
    type Tag = String;

    fn read(self) -> Loaded<String> {
        let file = match &self.0 {
            Job::File(file) | Job::Record { file, .. } => inputs::name(&file.path),
            Job::Failed { name, .. } => name.clone(),
        };
        let Loaded {
            name,
            content,
            address,
            ..
        } = self.0.read();
        Loaded {
            name,
            tag: file,
            content,
            address,
        }
    }
}

fn read(path: &Path) -> Result<Index, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Index::decode(&bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(out: &Path, index: &Index) -> ExitCode {
    match output::write_atomic(out, &index.encode()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&format!("{}: {e}", out.display())),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("sach: error: {message}");
    ExitCode::from(EXIT_ERROR)
}
