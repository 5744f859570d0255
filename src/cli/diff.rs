//! `sach diff`: shows what `clean` would change, document by document, with the rule and reason
//! of every change. Colour goes through anstream: on a terminal unless `NO_COLOR` is set or
//! `--color never`; the `[-removed-]{+added+}` markers are always there.

use std::io::Write;
use std::process::ExitCode;

use sach::pipeline::Pipeline;

use super::{inputs, progress, runner, DiffArgs, EXIT_ERROR};

pub fn run(args: &DiffArgs, pipeline: &Pipeline) -> ExitCode {
    let collected = inputs::collect(&args.paths, None);
    let mut failed = collected.print_problems();
    let files = collected.files;
    let mut out = anstream::AutoStream::new(std::io::stdout().lock(), args.color.into());
    let (mut changed, mut documents) = (0, 0);
    runner::run(
        files,
        pipeline,
        &args.text_field,
        args.pipeline.quiet,
        None,
        |outcomes| {
            for o in outcomes {
                let text = match &o.result {
                    Ok(doc) => {
                        documents += 1;
                        changed += usize::from(doc.cleaned.text != doc.cleaned.input);
                        sach::review::render(&o.name, doc, true)
                    }
                    Err(e) => {
                        failed += 1;
                        progress::eprint(&format!("sach: error: {}: {e}", o.name));
                        continue;
                    }
                };
                if writeln!(out, "{text}").is_err() {
                    return false; // stdout closed (e.g. piped into head)
                }
            }
            true
        },
    );
    let _ = out.flush();
    eprintln!("sach: {changed} of {documents} documents would change");
    if failed > 0 {
        ExitCode::from(EXIT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}
