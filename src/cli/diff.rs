//! `sach diff`: shows what `clean` would change, document by document, with the rule and reason
//! of every change. Colour goes through anstream: on a terminal unless `NO_COLOR` is set or
//! `--color never`; the `[-removed-]{+added+}` markers are always there.
//!
//! `--from-edits LOG DIR` draws the same diff without running the pipeline: DIR/report.json
//! lists the documents (and the character counts of those that did not change), the log gives
//! each changed document's input, merged changes and edits (`sach-edits/2`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use sach::pipeline::Pipeline;
use sach::report::LoggedChange;
use sach::review::{render_source, Source};

use super::read_back::ReadBack;
use super::{inputs, progress, runner, DiffArgs, EXIT_ERROR};

pub fn run(args: &DiffArgs, pipeline: &Pipeline) -> ExitCode {
    let mut out = anstream::AutoStream::new(std::io::stdout().lock(), args.color.into());
    let (mut changed, mut documents) = (0, 0);
    let collected = args
        .from_edits
        .is_none()
        .then(|| inputs::collect(&args.paths, None));
    let mut failed = collected.as_ref().map_or(0, |c| c.print_problems());
    // one document's diff, or its error; false when stdout is closed (e.g. piped into head)
    let mut emit = |name: &str, diff: Result<(String, bool), &str>| match diff {
        Ok((text, changes)) => {
            documents += 1;
            changed += usize::from(changes);
            writeln!(out, "{text}").is_ok()
        }
        Err(e) => {
            failed += 1;
            progress::eprint(&format!("sach: error: {name}: {e}"));
            true
        }
    };
    if let Some(log) = &args.from_edits {
        if let Err(e) = read_back(log, &args.paths, &mut emit) {
            eprintln!("sach: error: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
    } else if let Some(collected) = collected {
        runner::run(
            collected.files,
            pipeline,
            &args.text_field,
            args.pipeline.quiet,
            None,
            |outcomes| {
                outcomes.iter().all(|o| {
                    let diff = o.result.as_ref().map(|doc| {
                        let text = sach::review::render(&o.name, doc, true);
                        (text, doc.cleaned.text != doc.cleaned.input)
                    });
                    emit(&o.name, diff.map_err(String::as_str))
                })
            },
        );
    }
    let _ = out.flush();
    eprintln!("sach: {changed} of {documents} documents would change");
    if failed > 0 {
        ExitCode::from(EXIT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}

/// `--from-edits LOG DIR`: the diff of every document of DIR/report.json, in order, handed to
/// `emit` (which returns false to stop).
fn read_back(
    log: &Path,
    paths: &[PathBuf],
    emit: &mut impl FnMut(&str, Result<(String, bool), &str>) -> bool,
) -> Result<(), String> {
    let mut back = ReadBack::open(log, paths)?;
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
        let text = render_source(&entry.path, &source, true);
        if !emit(&entry.path, Ok((text, replay(input, changes) != input))) {
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
