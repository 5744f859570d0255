//! `sach clean`: the shared runner's runs of documents are written (in parallel: one file each) and
//! reported (sequentially, in input order, streamed into report.json).

use std::collections::HashSet;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use rayon::prelude::*;
use sach::pipeline::Pipeline;
use sach::report::{Detail, DocReport, Summary};
use sach::review::{count, Source};

use super::jobs::{Outcome, Target};
use super::metadata_line::metadata_json;
use super::output::{self, write_atomic, AtomicFile};
use super::report_file::ReportFile;
use super::review_page::ReviewPage;
use super::{inputs, progress, runner, CleanArgs, EXIT_ERROR};

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
    if out.exists() && !out.is_dir() {
        eprintln!(
            "sach: error: --out {} is an existing file, not a folder: give a folder (it is created if missing)",
            out.display()
        );
        return ExitCode::from(EXIT_ERROR);
    }
    if let Err(e) = output::remove_temporaries_on_signal() {
        eprintln!("sach: error: cannot watch for Ctrl-C: {e}");
        return ExitCode::from(EXIT_ERROR);
    }
    let swept = output::sweep_stale(out);
    if swept > 0 {
        eprintln!(
            "sach: removed {swept} temporary files an interrupted run left in {}",
            out.display()
        );
    }
    let started = Instant::now();
    let prior = match args
        .index
        .as_deref()
        .map(|p| super::index::prior(p, pipeline))
    {
        Some(Err(e)) => {
            eprintln!("sach: error: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
        prior => prior.map(Result::unwrap),
    };
    let collected = inputs::collect(&args.paths, Some(out));
    let input_errors = collected.print_problems();
    let files = collected.files;
    let mut report = match ReportFile::create(&out.join("report.json")) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("sach: error: {}: {e}", out.display());
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let mut metadata = match AtomicFile::create(&out.join("metadata.ndjson")) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("sach: error: {}: {e}", out.display());
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let mut edit_log = match args
        .edits
        .as_ref()
        .map(|p| AtomicFile::create(p))
        .transpose()
    {
        Ok(f) => f,
        Err(e) => {
            eprintln!(
                "sach: error: {}: {e}",
                args.edits.as_ref().expect("given").display()
            );
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let mut summary = Summary::default();
    let mut jsonl = JsonlOutputs { open: None };
    let mut written: HashSet<PathBuf> = HashSet::new();
    let mut failed = input_errors;
    let mut report_ok = true;
    let mut html = match args
        .report_html
        .as_ref()
        .map(|_| ReviewPage::new())
        .transpose()
    {
        Ok(h) => h,
        Err(e) => {
            eprintln!("sach: error: HTML report: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let want_edits = edit_log.is_some();
    // the merged changes of a document are read by the edit log and the review page only
    let detail = if want_edits || html.is_some() {
        Detail::Changes
    } else {
        Detail::Summary
    };
    runner::run(
        files,
        pipeline,
        &args.fields,
        args.pipeline.quiet,
        prior.as_ref(),
        |mut outcomes| {
            claim_outputs(&mut outcomes, &mut written);
            // Writing a file, building its report entry and serializing it are per-document work.
            let reports: Vec<Serialized> = outcomes
                .par_iter_mut()
                .map(|o| {
                    write_file(o, out);
                    // nothing below reads the stages: their edits move into the report
                    let doc = o.take_report(detail);
                    let json = serde_json::to_vec(&doc).expect("reports serialize");
                    let mut line = doc.metadata_line();
                    if let Target::Record { record, .. } = &o.tag {
                        line.id = record.id().and_then(|id| serde_json::from_str(id).ok());
                    }
                    let mut meta = metadata_json(&line);
                    meta.push(b'\n');
                    let mut edits = Vec::new();
                    if want_edits {
                        let input = o.result.as_ref().map_or("", |p| p.cleaned.input.as_str());
                        doc.write_edit_lines(input, &mut edits);
                    }
                    let record = jsonl_record(o);
                    Serialized {
                        doc,
                        json,
                        meta,
                        edits,
                        record,
                    }
                })
                .collect();
            for (
                o,
                Serialized {
                    doc,
                    json,
                    meta,
                    edits,
                    record,
                },
            ) in outcomes.into_iter().zip(reports)
            {
                if let Some(page) = &mut html {
                    let source = match &o.result {
                        Ok(p) => Ok(Source::of(&p.cleaned.input, &doc)),
                        Err(e) => Err(e.as_str()),
                    };
                    if let Err(e) = page.add(&doc.path, source.as_ref().map_err(|e| *e)) {
                        progress::eprint(&format!("sach: error: HTML report: {e}"));
                        report_ok = false;
                        return false;
                    }
                }
                if let Err(e) = &o.result {
                    progress::eprint(&format!("sach: error: {}: {e}", o.name));
                    failed += 1;
                } else if let Err(e) = jsonl.add(&o, record, out) {
                    progress::eprint(&format!("sach: error: {}: {e}", o.name));
                    failed += 1;
                }
                summary.add(&doc);
                let logged = match &mut edit_log {
                    Some(log) => log.write_all(&edits),
                    None => Ok(()),
                };
                if let Err(e) = report
                    .add(&json)
                    .and_then(|()| metadata.write_all(&meta))
                    .and(logged)
                {
                    progress::eprint(&format!("sach: error: {}: {e}", out.display()));
                    report_ok = false;
                    return false;
                }
            }
            true
        },
    );
    if !report_ok {
        return ExitCode::from(EXIT_ERROR);
    }
    if let (Some(path), Some(page)) = (&args.report_html, html) {
        if let Err(e) = page.write(path, &summary) {
            eprintln!("sach: error: {}: {e}", path.display());
            return ExitCode::from(EXIT_ERROR);
        }
    }
    if let Err(e) = jsonl
        .finish()
        .and_then(|()| report.finish(&summary))
        .and_then(|()| metadata.commit())
        .and_then(|()| edit_log.map_or(Ok(()), AtomicFile::commit))
    {
        eprintln!("sach: error: {}: {e}", out.display());
        return ExitCode::from(EXIT_ERROR);
    }
    let t = &summary.totals;
    let given = t.documents + input_errors;
    eprintln!(
        "sach: {}: {} cleaned ({} changed), {} failed; {}, {} reported; {} → {} chars in {:.2}s; report: {}",
        count(given, "document"),
        given - failed,
        t.changed,
        failed,
        count(t.edits, "edit"),
        count(t.findings, "finding"),
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

/// A document's report and its serialized lines (report.json, metadata.ndjson, edit log), made
/// on the workers.
struct Serialized {
    doc: DocReport,
    json: Vec<u8>,
    meta: Vec<u8>,
    edits: Vec<u8>,
    /// The output line of a JSONL record.
    record: Option<Vec<u8>>,
}

/// A cleaned JSONL record's output line: the input line with only its text field's value
/// replaced (see [`super::json_record::JsonRecord::with_text`]).
fn jsonl_record(o: &Outcome) -> Option<Vec<u8>> {
    let (Target::Record { record, .. }, Ok(doc)) = (&o.tag, &o.result) else {
        return None;
    };
    let mut line = record.with_text(&doc.cleaned.text).into_bytes();
    line.push(b'\n');
    Some(line)
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
        if let (Target::File(rel), Ok(_)) = (&o.tag, &o.result) {
            if !written.insert(rel.clone()) {
                o.result = Err(format!("another input already writes {}", rel.display()));
            }
        }
    }
}

fn write_file(o: &mut Outcome, out: &Path) {
    if let (Target::File(rel), Ok(doc)) = (&o.tag, &o.result) {
        if let Err(e) = write_atomic(&out.join(rel), doc.cleaned.text.as_bytes()) {
            o.result = Err(format!("cannot write {}: {e}", out.join(rel).display()));
        }
    }
}

/// The JSONL output files: records of one input file arrive contiguously and in order.
struct JsonlOutputs {
    open: Option<(PathBuf, AtomicFile)>,
}

impl JsonlOutputs {
    /// Appends a record's line (serialized on the workers by [`jsonl_record`]).
    fn add(&mut self, o: &Outcome, line: Option<Vec<u8>>, out: &Path) -> io::Result<()> {
        let (Target::Record { out_rel, .. }, Some(line)) = (&o.tag, line) else {
            return Ok(());
        };
        if self.open.as_ref().is_none_or(|(rel, _)| rel != out_rel) {
            self.finish()?;
            self.open = Some((out_rel.clone(), AtomicFile::create(&out.join(out_rel))?));
        }
        let (_, file) = self.open.as_mut().expect("opened above");
        file.write_all(&line)
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
    let bytes = match inputs::read(Path::new("-")) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("sach: error: <stdin>: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
    };
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
