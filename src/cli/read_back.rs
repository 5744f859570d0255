//! `--from-edits LOG DIR` for `check` and `diff`: the documents a `sach clean --out DIR --edits
//! LOG` run listed in `DIR/report.json`, in order, and its totals, beside the edit log they come
//! with — what both commands (and the review page of `diff --report-html`) read instead of
//! running the pipeline again.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

use std::collections::BTreeMap;

use sach::report::{EditLog, RuleTotals, Summary, Totals};

/// One document of `report.json`, as far as reading back needs it.
#[derive(serde::Deserialize)]
pub struct Entry {
    pub path: String,
    pub error: Option<String>,
    #[serde(default)]
    pub chars_in: usize,
    #[serde(default)]
    pub chars_out: usize,
}

/// A rule's totals in `report.json` (its name comes from the rule table).
#[derive(serde::Deserialize)]
struct ReadTotals {
    edits: usize,
    findings: usize,
    documents: usize,
    chars_removed: usize,
    chars_added: usize,
}

pub struct ReadBack {
    /// The documents, in the run's order.
    pub documents: Vec<Entry>,
    /// The run's totals, per rule and in all.
    pub summary: Summary,
    pub log: EditLog<io::BufReader<File>>,
    log_path: PathBuf,
    report_path: PathBuf,
}

impl ReadBack {
    /// Opens `DIR/report.json` (`paths` must be that one folder) and the edit log `log`.
    pub fn open(log: &Path, paths: &[PathBuf]) -> Result<Self, String> {
        #[derive(serde::Deserialize)]
        struct Report {
            documents: Vec<Entry>,
            rules: BTreeMap<String, ReadTotals>,
            totals: Totals,
        }
        let [dir] = paths else {
            return Err(
                "--from-edits reads the output folder of `sach clean`: give that one folder".into(),
            );
        };
        let report_path = dir.join("report.json");
        let at = |e: &dyn std::fmt::Display| format!("{}: {e}", report_path.display());
        let text = std::fs::read(&report_path).map_err(|e| at(&e))?;
        let report: Report = serde_json::from_slice(&text).map_err(|e| at(&e))?;
        let mut summary = Summary {
            totals: report.totals,
            ..Summary::default()
        };
        for (code, t) in report.rules {
            let rule =
                sach::rule::find(&code).ok_or_else(|| at(&format!("unknown rule {code}")))?;
            let totals = RuleTotals {
                name: rule.name,
                edits: t.edits,
                findings: t.findings,
                documents: t.documents,
                chars_removed: t.chars_removed,
                chars_added: t.chars_added,
            };
            summary.rules.insert(rule.code, totals);
        }
        let file = File::open(log).map_err(|e| format!("{}: {e}", log.display()))?;
        Ok(ReadBack {
            documents: report.documents,
            summary,
            log: EditLog::new(io::BufReader::new(file)),
            log_path: log.to_path_buf(),
            report_path,
        })
    }

    /// A problem with the log, naming it.
    pub fn log_error(&self, e: impl std::fmt::Display) -> String {
        format!("{}: {e}", self.log_path.display())
    }

    /// After the last document: the log must hold no edits of documents the report does not list.
    pub fn finish(mut self) -> Result<(), String> {
        if self.log.is_done() {
            return Ok(());
        }
        Err(self.log_error(format!(
            "edits of documents that {} does not list (another run's log?)",
            self.report_path.display()
        )))
    }
}
