//! `sach check`: the cleaning passes as a linter. Nothing is written; findings are printed in the
//! chosen format and the exit code says whether the documents are clean (0), have findings (1),
//! or could not all be read (2). With `--against DIR` it instead checks that DIR holds exactly
//! what `sach clean` would write now (like `ruff format --check`).

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use rayon::prelude::*;
use sach::findings::{self, Format};
use sach::pipeline::Pipeline;
use sach::report::{DocReport, Status};
use sach::review::count;
use sach::rule::Severity;
use similar::{Algorithm, TextDiff};

use super::jobs::Target;
use super::read_back::ReadBack;
use super::{inputs, runner, CheckArgs, EXIT_ERROR};

const EXIT_FINDINGS: u8 = 1;

pub fn run(args: &CheckArgs, pipeline: &Pipeline) -> ExitCode {
    let mut paths = args.paths.clone();
    let list = args.files_from.as_ref().map(|l| (l, b'\n'));
    if let Some((list, separator)) = list.or(args.files_from0.as_ref().map(|l| (l, b'\0'))) {
        match read_list(list, separator) {
            Ok(listed) => paths.extend(listed),
            Err(e) => {
                eprintln!("sach: error: {}: {e}", list.display());
                return ExitCode::from(EXIT_ERROR);
            }
        }
        if paths.is_empty() {
            eprintln!("sach: no documents to check");
            return ExitCode::SUCCESS;
        }
    }
    if paths.is_empty() {
        eprintln!("sach: error: give PATH... or --files-from FILE");
        return ExitCode::from(EXIT_ERROR);
    }
    let format = args.output_format.unwrap_or(
        if std::env::var_os("GITHUB_ACTIONS").is_some_and(|v| v == "true") {
            Format::Github
        } else {
            Format::Concise
        },
    );
    if args.from_edits.is_some() && format == Format::Full {
        eprintln!("sach: error: --from-edits cannot show the source lines of `full`: use another --output-format");
        return ExitCode::from(EXIT_ERROR);
    }
    let (files, mut failed) = if args.from_edits.is_some() {
        (Vec::new(), 0)
    } else {
        let collected = inputs::collect(&paths, args.against.as_deref());
        let failed = collected.print_problems();
        (collected.files, failed)
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut tally = Tally::default();
    let streamed = matches!(format, Format::Json | Format::Sarif) && args.against.is_none();
    let mut stream = match streamed.then(|| findings::Stream::begin(format, &mut out)) {
        None => None,
        Some(Ok(s)) => Some(s),
        Some(Err(_)) => return ExitCode::from(EXIT_ERROR), // stdout closed
    };
    let mut against = args.against.as_ref().map(|dir| Against {
        dir: dir.clone(),
        expected: Vec::new(),
        differ: 0,
    });
    // one document's findings; false when stdout is closed (e.g. piped into head): stop quietly
    let mut emit = |doc: &DocReport, source: Option<&str>, out: &mut io::BufWriter<_>| {
        tally.add(doc);
        match &mut stream {
            Some(stream) => stream.doc(format, doc, out),
            None => findings::write_doc(format, doc, source, out),
        }
        .is_ok()
    };
    if let Some(log) = &args.from_edits {
        match read_back(log, &paths, |doc| {
            failed += usize::from(doc.error.is_some());
            emit(&doc, None, &mut out)
        }) {
            Ok(()) => {}
            Err(e) => {
                let _ = out.flush();
                eprintln!("sach: error: {e}");
                return ExitCode::from(EXIT_ERROR);
            }
        }
    } else {
        runner::run(
            files,
            pipeline,
            &args.fields,
            args.pipeline.quiet,
            None,
            |outcomes| {
                let reports: Vec<DocReport> = outcomes.par_iter().map(|o| o.report()).collect();
                for (o, doc) in outcomes.iter().zip(reports) {
                    failed += usize::from(doc.error.is_some());
                    if let Some(a) = &mut against {
                        if let (Target::File(rel), Ok(p)) = (&o.tag, &o.result) {
                            a.compare(rel, &p.cleaned.text, &mut out);
                        }
                        continue;
                    }
                    let source = o.result.as_ref().ok().map(|p| p.cleaned.input.as_str());
                    if !emit(&doc, source, &mut out) {
                        return false;
                    }
                }
                true
            },
        );
    }
    if let Some(a) = against {
        return a.finish(failed, &mut out);
    }
    if let Some(stream) = stream {
        let _ = stream.end(&mut out);
    }
    let _ = out.flush();
    eprintln!(
        "sach: {} ({}, {}) in {} of {}{}",
        count(tally.errors + tally.warnings, "finding"),
        count(tally.errors, "error"),
        count(tally.warnings, "warning"),
        tally.dirty,
        count(tally.documents, "document"),
        if failed > 0 {
            format!("; {failed} could not be checked")
        } else {
            String::new()
        }
    );
    let fail_on = if args.fail_on_warning {
        Severity::Warning
    } else {
        Severity::Error
    };
    if failed > 0 {
        ExitCode::from(EXIT_ERROR)
    } else if tally.worst.is_some_and(|w| w >= fail_on) {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    }
}

/// `--from-edits LOG DIR`: every document of DIR/report.json, in order, with its edits from LOG,
/// handed to `emit` (which returns false to stop).
fn read_back(
    log: &Path,
    paths: &[PathBuf],
    mut emit: impl FnMut(DocReport) -> bool,
) -> Result<(), String> {
    let mut back = ReadBack::open(log, paths)?;
    for entry in std::mem::take(&mut back.documents) {
        let doc = match entry.error {
            Some(error) => DocReport::failed(entry.path, error),
            None => {
                let mut doc = DocReport::failed(&entry.path, "");
                doc.status = Status::Ok;
                doc.error = None;
                doc.edits = back
                    .log
                    .edits_of(&entry.path)
                    .map_err(|e| back.log_error(e))?;
                doc
            }
        };
        if !emit(doc) {
            return Ok(());
        }
    }
    back.finish()
}

/// Paths separated by `separator` (a line break, or NUL), from a file or `-` (stdin); empty
/// entries ignored. With line breaks a trailing CR is dropped and blank lines are ignored.
fn read_list(list: &Path, separator: u8) -> io::Result<Vec<PathBuf>> {
    let mut bytes = Vec::new();
    if list.as_os_str() == "-" {
        io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(list)?;
    }
    let mut paths = Vec::new();
    for entry in bytes.split(|b| *b == separator) {
        let entry = if separator == b'\n' {
            let entry = entry.strip_suffix(b"\r").unwrap_or(entry);
            if entry.trim_ascii().is_empty() {
                continue;
            }
            entry
        } else {
            entry
        };
        if !entry.is_empty() {
            paths.push(inputs::path_from_bytes(entry)?);
        }
    }
    Ok(paths)
}

#[derive(Default)]
struct Tally {
    documents: usize,
    dirty: usize,
    errors: usize,
    warnings: usize,
    worst: Option<Severity>,
}

impl Tally {
    fn add(&mut self, doc: &DocReport) {
        self.documents += 1;
        let mut dirty = false;
        for e in findings::shown(doc) {
            dirty = true;
            match e.severity() {
                Severity::Error => self.errors += 1,
                _ => self.warnings += 1,
            }
            self.worst = self.worst.max(Some(e.severity()));
        }
        self.dirty += usize::from(dirty);
    }
}

/// `--against DIR`: compares what `clean` would write with DIR's files.
struct Against {
    dir: PathBuf,
    expected: Vec<PathBuf>,
    differ: usize,
}

impl Against {
    fn compare(&mut self, rel: &Path, text: &str, out: &mut impl Write) {
        self.expected.push(rel.to_path_buf());
        let path = self.dir.join(rel);
        let old = std::fs::read_to_string(&path).unwrap_or_default();
        if old == text {
            return;
        }
        self.differ += 1;
        let diff = TextDiff::configure()
            .algorithm(Algorithm::Patience)
            .timeout(Duration::from_secs(2))
            .diff_lines(&old, text);
        let _ = write!(
            out,
            "{}",
            diff.unified_diff()
                .context_radius(2)
                .header(&path.display().to_string(), "sach clean (now)")
        );
    }

    fn finish(self, failed: usize, out: &mut impl Write) -> ExitCode {
        let expected: std::collections::HashSet<&PathBuf> = self.expected.iter().collect();
        let mut extra = 0;
        if let Ok(files) = walk(&self.dir) {
            for rel in files
                .iter()
                // sach's own reports sit beside the texts
                .filter(|r| {
                    !expected.contains(r)
                        && !["report.json", "metadata.ndjson"].contains(&r.to_str().unwrap_or(""))
                })
            {
                let _ = writeln!(
                    out,
                    "{}: not written by sach clean any more",
                    self.dir.join(rel).display()
                );
                extra += 1;
            }
        }
        let _ = out.flush();
        if failed > 0 {
            return ExitCode::from(EXIT_ERROR);
        }
        if self.differ + extra > 0 {
            eprintln!(
                "sach: {} of {} files in {} differ from what sach clean writes now; regenerate with `sach clean INPUT --out {}`",
                self.differ + extra,
                self.expected.len(),
                self.dir.display(),
                self.dir.display()
            );
            return ExitCode::from(EXIT_FINDINGS);
        }
        eprintln!(
            "sach: {} is up to date ({} files)",
            self.dir.display(),
            self.expected.len()
        );
        ExitCode::SUCCESS
    }
}

/// Relative paths of the files under `dir`.
fn walk(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        for entry in std::fs::read_dir(dir.join(&rel))? {
            let entry = entry?;
            let rel = rel.join(entry.file_name());
            if entry.file_type()?.is_dir() {
                stack.push(rel);
            } else {
                out.push(rel);
            }
        }
    }
    Ok(out)
}
