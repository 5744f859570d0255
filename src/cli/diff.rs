//! `sach diff`: shows what `clean` would change, document by document, with the rule and reason
//! of every change. Colour goes through anstream: on a terminal unless `NO_COLOR` is set or
//! `--color never`; the `[-removed-]{+added+}` markers are always there. `--report-html FILE`
//! draws the same changes as `clean --report-html`'s review page instead.
//!
//! `--from-edits LOG DIR` draws the same diff (or page) without running the pipeline:
//! DIR/report.json lists the documents (and the character counts of those that did not change),
//! the log gives each changed document's input, merged changes and edits (`sach-edits/2`).

use std::io::Write;
use std::process::ExitCode;

use sach::pipeline::Pipeline;
use sach::report::{LoggedChange, Summary};
use sach::review::{render_source, Source};

use super::read_back::ReadBack;
use super::review_page::ReviewPage;
use super::{inputs, progress, runner, DiffArgs, EXIT_ERROR};

/// Where each document's changes go: printed as a diff, or onto the review page.
enum Sink<W: Write> {
    /// Rendered with colour: the stream strips it when colour is off.
    Print(W),
    Page(ReviewPage),
}

pub fn run(args: &DiffArgs, pipeline: &Pipeline) -> ExitCode {
    let stdout = anstream::AutoStream::new(std::io::stdout().lock(), args.color.into());
    let mut sink = match &args.report_html {
        Some(_) => match ReviewPage::new() {
            Ok(page) => Sink::Page(page),
            Err(e) => {
                eprintln!("sach: error: HTML report: {e}");
                return ExitCode::from(EXIT_ERROR);
            }
        },
        None => Sink::Print(stdout),
    };
    let (mut changed, mut documents) = (0, 0);
    let mut summary = Summary::default();
    let collected = args
        .from_edits
        .is_none()
        .then(|| inputs::collect(&args.paths, None));
    let mut failed = collected.as_ref().map_or(0, |c| c.print_problems());
    let mut sink_error = None;
    // one document's changes, or its error; false to stop (stdout closed, e.g. piped into head)
    let mut emit = |name: &str, doc: Result<(&Source, bool), &str>| {
        match doc {
            Ok((_, changes)) => {
                documents += 1;
                changed += usize::from(changes);
            }
            Err(e) => {
                failed += 1;
                progress::eprint(&format!("sach: error: {name}: {e}"));
            }
        }
        match &mut sink {
            Sink::Print(out) => match doc {
                Ok((source, _)) => writeln!(out, "{}", render_source(name, source, true)).is_ok(),
                Err(_) => true,
            },
            Sink::Page(page) => match page.add(name, doc.map(|(source, _)| source)) {
                Ok(()) => true,
                Err(e) => {
                    sink_error = Some(e);
                    false
                }
            },
        }
    };
    if let Some(log) = &args.from_edits {
        match ReadBack::open(log, &args.paths) {
            Ok(mut back) => {
                summary = std::mem::take(&mut back.summary);
                if let Err(e) = read_back(back, &mut emit) {
                    eprintln!("sach: error: {e}");
                    return ExitCode::from(EXIT_ERROR);
                }
            }
            Err(e) => {
                eprintln!("sach: error: {e}");
                return ExitCode::from(EXIT_ERROR);
            }
        }
    } else if let Some(collected) = collected {
        runner::run(
            collected.files,
            pipeline,
            &args.fields,
            args.pipeline.quiet,
            None,
            |outcomes| {
                outcomes.iter().all(|o| {
                    let report = o.report();
                    summary.add(&report);
                    match &o.result {
                        Ok(doc) => {
                            let source = Source::of(&doc.cleaned.input, &report);
                            emit(
                                &o.name,
                                Ok((&source, doc.cleaned.text != doc.cleaned.input)),
                            )
                        }
                        Err(e) => emit(&o.name, Err(e)),
                    }
                })
            },
        );
    }
    if let Some(e) = sink_error {
        eprintln!("sach: error: HTML report: {e}");
        return ExitCode::from(EXIT_ERROR);
    }
    match sink {
        Sink::Print(mut out) => {
            let _ = out.flush();
            eprintln!("sach: {changed} of {documents} documents would change");
        }
        Sink::Page(page) => {
            let path = args.report_html.as_deref().expect("a page has a path");
            if let Err(e) = page.write(path, &summary) {
                eprintln!("sach: error: {}: {e}", path.display());
                return ExitCode::from(EXIT_ERROR);
            }
            eprintln!(
                "sach: {changed} of {documents} documents would change; review page: {}",
                path.display()
            );
        }
    }
    if failed > 0 {
        ExitCode::from(EXIT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}

/// `--from-edits LOG DIR`: every document of DIR/report.json, in order, with its changes read
/// back from the log and whether its text changed, handed to `emit` (which returns false to stop).
fn read_back(
    mut back: ReadBack,
    emit: &mut impl FnMut(&str, Result<(&Source, bool), &str>) -> bool,
) -> Result<(), String> {
    for entry in std::mem::take(&mut back.documents) {
        if let Some(error) = &entry.error {
            if !emit(&entry.path, Err(error)) {
                return Ok(());
            }
            continue;
        }
        let doc = back
            .log
            .document_of(&entry.path)
            .map_err(|e| back.log_error(e))?;
        let (input, changes) = match &doc.composed {
            Some((input, changes)) => (input.as_str(), changes.as_slice()),
            None if doc.edits.iter().any(|e| e.changes_text()) => {
                return Err(back.log_error(format!(
                    "line {}: the edits of {} change its text but the log has no document line \
                     with its input (a sach-edits/1 log?): run `sach clean --edits` again",
                    doc.first_line, entry.path
                )))
            }
            None => ("", [].as_slice()),
        };
        if let Some(bad) = changes.iter().find(|c| !fits(input, c, doc.edits.len())) {
            return Err(back.log_error(format!(
                "{}: change at {:?} does not fit the document's input and edits",
                entry.path, bad.span
            )));
        }
        let source = Source {
            input,
            chars_in: entry.chars_in,
            chars_out: entry.chars_out,
            changes,
            edits: &doc.edits,
        };
        let changed = replay(input, changes) != input;
        if !emit(&entry.path, Ok((&source, changed))) {
            return Ok(());
        }
    }
    back.finish()
}

/// True when a change read back can be drawn: its span lies on character boundaries of the input
/// and its edits exist.
fn fits(input: &str, change: &LoggedChange, edits: usize) -> bool {
    input.get(change.span.clone()).is_some() && change.edits.iter().all(|&i| i < edits)
}

/// The clean text: the input with its changes applied.
fn replay(input: &str, changes: &[LoggedChange]) -> String {
    let mut out = String::with_capacity(input.len());
    let mut at = 0;
    for c in changes {
        out.push_str(&input[at..c.span.start.max(at)]);
        out.push_str(&c.after);
        at = at.max(c.span.end);
    }
    out + &input[at..]
}
