//! `sach clean`: read → clean in parallel → write, in bounded batches.
//!
//! Each batch is processed in parallel (one document per rayon task); results are collected in
//! input order, then written (in parallel: one file each) and reported (sequentially, in order).
//! The order of everything observable — outputs, report, messages — is the sorted input order,
//! whatever the thread count. Memory is bounded by one batch.

use std::collections::HashSet;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use rayon::prelude::*;
use sach::boilerplate::corpus::LineStats;
use sach::dedup::corpus::{doc_keys, CorpusIndex, DocKeys};
use sach::dedup::options::CrossDocument;
use sach::dedup::rules::{CROSS_DOCUMENT, DUPLICATE_DOCUMENT, NEAR_DUPLICATE};
use sach::pipeline::Pipeline;
use sach::report::{DocReport, Summary};

use super::jobs::{self, Outcome, Target};
use super::output::{write_atomic, AtomicFile};
use super::report_file::ReportFile;
use super::{inputs, CleanArgs, EXIT_ERROR};

/// Documents per batch: enough to keep every thread busy, few enough to bound memory.
const BATCH: usize = 256;

pub fn run(args: &CleanArgs, pipeline: &Pipeline) -> ExitCode {
    if args.paths.iter().any(|p| p.as_os_str() == "-") {
        return stdin_to_stdout(args, pipeline);
    }
    let Some(out) = &args.out else {
        eprintln!("sach: error: --out DIR is required (or give `-` to clean stdin to stdout)");
        return ExitCode::from(EXIT_ERROR);
    };
    if let Some(arg) = input_inside(out, &args.paths) {
        eprintln!(
            "sach: error: --out {} holds the input {}: raw inputs are never overwritten; choose another folder",
            out.display(),
            arg.display()
        );
        return ExitCode::from(EXIT_ERROR);
    }
    let started = Instant::now();
    let (files, errors) = inputs::collect(&args.paths, Some(out));
    for (path, e) in &errors {
        eprintln!("sach: error: {}: {e}", path.display());
    }
    let mut report = match ReportFile::create(&out.join("report.json")) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("sach: error: {}: {e}", out.display());
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let corpus = pipeline
        .config()
        .boilerplate
        .corpus
        .enabled
        .then(|| prescan(&files, &args.text_field));
    let dedup_opts = &pipeline.config().duplicates;
    let cross = dedup_opts.cross_document != CrossDocument::Off || dedup_opts.near_duplicates;
    let mut dedup = (cross
        && pipeline.config().rules.select_any(&[
            CROSS_DOCUMENT,
            DUPLICATE_DOCUMENT,
            NEAR_DUPLICATE,
        ]))
    .then(CorpusIndex::default);
    let mut summary = Summary::default();
    let mut jsonl = JsonlOutputs {
        text_field: args.text_field.clone(),
        open: None,
    };
    let mut written: HashSet<PathBuf> = HashSet::new();
    let mut jobs = jobs::jobs(files).peekable();
    let mut failed = errors.len();
    while jobs.peek().is_some() {
        let batch: Vec<_> = jobs.by_ref().take(BATCH).collect();
        let (mut outcomes, keys): (Vec<Outcome>, Vec<Option<DocKeys>>) = batch
            .into_par_iter()
            .map(|job| {
                let o = jobs::run(job, pipeline, &args.text_field, corpus.as_ref());
                let keys = o.result.as_ref().ok().filter(|_| dedup.is_some());
                let keys = keys.map(|doc| doc_keys(&doc.cleaned.text, dedup_opts));
                (o, keys)
            })
            .unzip();
        if let Some(index) = &mut dedup {
            // in path order: the first copy in the corpus is the one that stays
            for (o, keys) in outcomes.iter_mut().zip(keys) {
                if let (Ok(doc), Some(keys)) = (&mut o.result, keys) {
                    if let Err(e) = index.add(&o.name, keys, &mut doc.cleaned, pipeline.config()) {
                        o.result = Err(format!("internal error (please report): {e}"));
                    }
                }
            }
        }
        claim_outputs(&mut outcomes, &mut written);
        // Writing a file, building its report entry and serializing it are per-document work.
        let reports: Vec<(DocReport, Vec<u8>)> = outcomes
            .par_iter_mut()
            .map(|o| {
                write_file(o, out);
                let doc = o.report();
                let json = serde_json::to_vec(&doc).expect("reports serialize");
                (doc, json)
            })
            .collect();
        for (o, (doc, json)) in outcomes.into_iter().zip(reports) {
            if let Err(e) = &o.result {
                eprintln!("sach: error: {}: {e}", o.name);
                failed += 1;
            } else if let Err(e) = jsonl.add(&o, out) {
                eprintln!("sach: error: {}: {e}", o.name);
                failed += 1;
            }
            summary.add(&doc);
            if let Err(e) = report.add(&json) {
                eprintln!("sach: error: {}: {e}", out.join("report.json").display());
                return ExitCode::from(EXIT_ERROR);
            }
        }
    }
    if let Err(e) = jsonl.finish().and_then(|()| report.finish(&summary)) {
        eprintln!("sach: error: {}: {e}", out.display());
        return ExitCode::from(EXIT_ERROR);
    }
    let t = &summary.totals;
    eprintln!(
        "sach: cleaned {} documents ({} failed, {} changed), {} edits, {} → {} chars in {:.2}s; report: {}",
        t.documents - t.failed,
        failed,
        t.changed,
        t.edits,
        t.chars_in,
        t.chars_out,
        started.elapsed().as_secs_f64(),
        out.join("report.json").display()
    );
    if failed > 0 {
        ExitCode::from(EXIT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}

/// Corpus line statistics (for rule B012): a first parallel read of every input, batch by batch.
/// Counts are sums, so the result does not depend on the order or the thread count.
fn prescan(files: &[inputs::InputFile], text_field: &str) -> LineStats {
    let mut stats = LineStats::default();
    let mut jobs = jobs::jobs(files.to_vec()).peekable();
    while jobs.peek().is_some() {
        let batch: Vec<_> = jobs.by_ref().take(BATCH).collect();
        let part = batch
            .into_par_iter()
            .map(|job| jobs::line_stats(job, text_field))
            .reduce(LineStats::default, |mut a, b| {
                a.merge(b);
                a
            });
        stats.merge(part);
    }
    stats
}

/// The first argument that is (or lies inside) the output folder: writing there could replace it.
fn input_inside<'a>(out: &Path, args: &'a [PathBuf]) -> Option<&'a PathBuf> {
    let out = std::fs::canonicalize(out).ok()?;
    args.iter()
        .find(|a| std::fs::canonicalize(a).is_ok_and(|a| a.starts_with(&out)))
}

/// Two inputs that would write the same output file (`a.txt` and `a.text`): the later one fails.
fn claim_outputs(outcomes: &mut [Outcome], written: &mut HashSet<PathBuf>) {
    for o in outcomes {
        if let (Target::File(rel), Ok(_)) = (&o.target, &o.result) {
            if !written.insert(rel.clone()) {
                o.result = Err(format!("another input already writes {}", rel.display()));
            }
        }
    }
}

fn write_file(o: &mut Outcome, out: &Path) {
    if let (Target::File(rel), Ok(doc)) = (&o.target, &o.result) {
        if let Err(e) = write_atomic(&out.join(rel), doc.cleaned.text.as_bytes()) {
            o.result = Err(format!("cannot write {}: {e}", out.join(rel).display()));
        }
    }
}

/// The JSONL output files: records of one input file arrive contiguously and in order.
struct JsonlOutputs {
    text_field: String,
    open: Option<(PathBuf, AtomicFile)>,
}

impl JsonlOutputs {
    fn add(&mut self, o: &Outcome, out: &Path) -> io::Result<()> {
        let (Target::Record { out_rel, record }, Ok(doc)) = (&o.target, &o.result) else {
            return Ok(());
        };
        if self.open.as_ref().is_none_or(|(rel, _)| rel != out_rel) {
            self.finish()?;
            self.open = Some((out_rel.clone(), AtomicFile::create(&out.join(out_rel))?));
        }
        let (_, file) = self.open.as_mut().expect("opened above");
        let mut record = record.clone();
        record.insert(self.text_field.clone(), doc.cleaned.text.clone().into());
        serde_json::to_writer(&mut *file, &record)?;
        file.write_all(b"\n")
    }

    fn finish(&mut self) -> io::Result<()> {
        match self.open.take() {
            Some((_, file)) => file.commit(),
            None => Ok(()),
        }
    }
}

fn stdin_to_stdout(args: &CleanArgs, pipeline: &Pipeline) -> ExitCode {
    if args.paths.len() > 1 || args.out.is_some() {
        eprintln!("sach: error: `-` (stdin) is cleaned to stdout on its own: give no other paths and no --out");
        return ExitCode::from(EXIT_ERROR);
    }
    let mut bytes = Vec::new();
    if let Err(e) = io::stdin().read_to_end(&mut bytes) {
        eprintln!("sach: error: <stdin>: {e}");
        return ExitCode::from(EXIT_ERROR);
    }
    match sach::process(pipeline, &bytes) {
        Ok(doc) => match io::stdout().write_all(doc.cleaned.text.as_bytes()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("sach: error: <stdout>: {e}");
                ExitCode::from(EXIT_ERROR)
            }
        },
        Err(e) => {
            eprintln!("sach: error: <stdin>: {e}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}
