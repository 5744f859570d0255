//! `sach rules` and `sach rule CODE`: the rule registry, printed.

use std::io::{self, Write};
use std::process::ExitCode;

use sach::rule::{self, Fix, Rule, Visibility};

pub fn list() -> ExitCode {
    let mut out = io::stdout().lock();
    let written = rule::all().iter().try_for_each(|r| {
        writeln!(
            out,
            "{}  {:<24} {:<8} {:<12} {}",
            r.code,
            r.name,
            severity(r),
            fix(r),
            r.summary
        )
    });
    finish(written)
}

pub fn explain(code: &str) -> ExitCode {
    let Some(r) = rule::find(code) else {
        eprintln!("sach: error: no rule `{code}` (see `sach rules`)");
        return ExitCode::from(super::EXIT_ERROR);
    };
    let look = match r.visibility {
        Visibility::Visible => "visible change",
        Visibility::Invisible => "invisible change (looks the same on screen; labelled in diffs)",
    };
    let written = writeln!(
        io::stdout().lock(),
        "{} ({})\n\n{}\n\nseverity: {} · fix: {} · {look}\n\n{}",
        r.code,
        r.name,
        r.summary,
        severity(r),
        fix(r),
        r.doc
    );
    finish(written)
}

/// A reader that stopped reading (`sach rules | head`) is not an error; anything else is.
fn finish(written: io::Result<()>) -> ExitCode {
    match written {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("sach: error: writing to stdout: {e}");
            ExitCode::from(super::EXIT_ERROR)
        }
        _ => ExitCode::SUCCESS,
    }
}

fn severity(r: &Rule) -> &'static str {
    match r.severity {
        rule::Severity::Error => "error",
        rule::Severity::Warning => "warning",
        rule::Severity::Info => "info",
    }
}

fn fix(r: &Rule) -> &'static str {
    match r.fix {
        Fix::Safe => "safe fix",
        Fix::Unsafe => "unsafe fix",
        Fix::ReportOnly => "report only",
    }
}
