//! `sach rules` and `sach rule CODE`: the rule registry, printed.

use std::process::ExitCode;

use sach::rule::{self, Fix, Rule, Visibility};

pub fn list() -> ExitCode {
    for r in rule::all() {
        println!(
            "{}  {:<24} {:<8} {:<12} {}",
            r.code,
            r.name,
            severity(r),
            fix(r),
            r.summary
        );
    }
    ExitCode::SUCCESS
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
    println!(
        "{} ({})\n\n{}\n\nseverity: {} · fix: {} · {look}\n\n{}",
        r.code,
        r.name,
        r.summary,
        severity(r),
        fix(r),
        r.doc
    );
    ExitCode::SUCCESS
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
