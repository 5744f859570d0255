//! A job is one document: a file, or one record of a JSONL file. Jobs are produced lazily in
//! path order and processed in parallel; [`Outcome`]s come back in the same order.

use std::path::PathBuf;

use sach::boilerplate::corpus::LineStats;
use sach::pipeline::Pipeline;
use sach::report::DocReport;
use sach::{FormatHint, Processed};

use super::inputs::{self, InputFile, Kind};

pub enum Job {
    File(InputFile),
    Record {
        file: InputFile,
        line: usize,
        json: Result<String, String>,
    },
    /// An input that failed before it became a document (e.g. an unopenable JSONL file).
    Failed {
        name: String,
        error: String,
    },
}

/// Where a document's clean text goes.
pub enum Target {
    /// A text file, relative to `--out`.
    File(PathBuf),
    /// A record of an output JSONL file: the input line, whose text field's value is replaced.
    Record {
        out_rel: PathBuf,
        record: inputs::JsonRecord,
    },
    None,
}

pub struct Outcome {
    /// How messages and the report name the document: `path` or `path:line`.
    pub name: String,
    pub target: Target,
    pub result: Result<Processed, String>,
}

impl Outcome {
    pub fn report(&self) -> DocReport {
        match &self.result {
            Ok(doc) => DocReport::new(&self.name, doc),
            Err(e) => DocReport::failed(&self.name, e),
        }
    }
}

/// All jobs for `files`, streaming JSONL records.
pub fn jobs(files: Vec<InputFile>) -> impl Iterator<Item = Job> {
    files
        .into_iter()
        .flat_map(|file| -> Box<dyn Iterator<Item = Job>> {
            match file.kind {
                Kind::Text | Kind::Html => Box::new(std::iter::once(Job::File(file))),
                Kind::Jsonl => match inputs::records(&file.path) {
                    Ok(records) => Box::new(records.map(move |r| Job::Record {
                        file: file.clone(),
                        line: r.line,
                        json: r.text,
                    })),
                    Err(e) => Box::new(std::iter::once(Job::Failed {
                        name: inputs::name(&file.path),
                        error: e.to_string(),
                    })),
                },
            }
        })
}

/// Reads and cleans one document.
pub fn run(job: Job, pipeline: &Pipeline, text_field: &str, corpus: Option<&LineStats>) -> Outcome {
    match job {
        Job::File(file) => {
            let name = inputs::name(&file.path);
            let result = inputs::read(&file.path)
                .map_err(|e| e.to_string())
                .and_then(|bytes| {
                    sach::process_with(pipeline, &bytes, hint(file.kind), corpus)
                        .map_err(|e| e.to_string())
                });
            Outcome {
                name,
                target: Target::File(file.out_rel),
                result,
            }
        }
        Job::Record { file, line, json } => {
            let name = format!("{}:{line}", inputs::name(&file.path));
            match json.and_then(|j| parse_record(&j, text_field)) {
                Ok((record, text)) => Outcome {
                    name,
                    target: Target::Record {
                        out_rel: file.out_rel,
                        record,
                    },
                    result: sach::process_with(
                        pipeline,
                        text.as_bytes(),
                        FormatHint::Sniff,
                        corpus,
                    )
                    .map_err(|e| e.to_string()),
                },
                Err(e) => Outcome {
                    name,
                    target: Target::None,
                    result: Err(e),
                },
            }
        }
        Job::Failed { name, error } => Outcome {
            name,
            target: Target::None,
            result: Err(error),
        },
    }
}

/// What the file name says about the format (other files are sniffed).
fn hint(kind: Kind) -> FormatHint {
    match kind {
        Kind::Html => FormatHint::Html,
        _ => FormatHint::Sniff,
    }
}

/// The line statistics of one document, for the corpus prescan (inputs that fail here fail again,
/// with their message, in the cleaning pass).
pub fn line_stats(job: Job, pipeline: &Pipeline, text_field: &str) -> LineStats {
    let text = match job {
        Job::File(file) => inputs::read(&file.path)
            .ok()
            .and_then(|bytes| sach::article_text(pipeline, &bytes, hint(file.kind))),
        Job::Record { json, .. } => json
            .ok()
            .and_then(|j| parse_record(&j, text_field).ok())
            .and_then(|(_, t)| sach::article_text(pipeline, t.as_bytes(), FormatHint::Sniff)),
        Job::Failed { .. } => None,
    };
    let mut stats = LineStats::default();
    if let Some(text) = text {
        stats.observe(&text);
    }
    stats
}

fn parse_record(json: &str, field: &str) -> Result<(inputs::JsonRecord, String), String> {
    let record = inputs::JsonRecord::parse(json.to_string(), field)?;
    let text = record.text()?;
    Ok((record, text))
}
