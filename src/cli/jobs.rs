//! A job is one document: a file, or one record of a JSONL file. Jobs are produced lazily in
//! path order and read and processed in parallel by [`sach::corpus::Corpus`]; [`Outcome`]s come
//! back in the same order.

use std::path::PathBuf;
use std::sync::Arc;

use sach::corpus::{Done, Loaded, Source};
use sach::FormatHint;

use super::inputs::{self, InputFile, Kind};
use super::json_record;
use super::RecordFields;

pub enum Job {
    File(InputFile),
    Record {
        file: InputFile,
        line: usize,
        json: Result<String, String>,
        /// The fields holding the document text and its URL.
        fields: Arc<RecordFields>,
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
        record: json_record::JsonRecord,
    },
    None,
}

/// A document's result, in input order (see [`sach::corpus`]).
pub type Outcome = Done<Target>;

/// All jobs for `files`, streaming JSONL records.
pub fn jobs(files: Vec<InputFile>, fields: &RecordFields) -> impl Iterator<Item = Job> {
    let fields = Arc::new(fields.clone());
    files
        .into_iter()
        .flat_map(move |file| -> Box<dyn Iterator<Item = Job>> {
            match file.kind {
                Kind::Text | Kind::Html => Box::new(std::iter::once(Job::File(file))),
                Kind::Jsonl => match inputs::records(&file.path) {
                    Ok(records) => {
                        let fields = fields.clone();
                        Box::new(records.map(move |r| Job::Record {
                            file: file.clone(),
                            line: r.line,
                            json: r.text,
                            fields: fields.clone(),
                        }))
                    }
                    Err(e) => Box::new(std::iter::once(Job::Failed {
                        name: inputs::name(&file.path),
                        error: e.to_string(),
                    })),
                },
            }
        })
}

impl Source for Job {
    type Tag = Target;

    /// Reads one document (on a worker thread): a file's bytes, or a record's text field.
    fn read(self) -> Loaded<Target> {
        match self {
            Job::File(file) => {
                let content = inputs::read(&file.path)
                    .map(|bytes| (bytes, hint(file.kind)))
                    .map_err(|e| e.to_string());
                Loaded::new(
                    inputs::name(&file.path),
                    Target::File(file.out_rel),
                    content,
                )
            }
            Job::Record {
                file,
                line,
                json,
                fields,
            } => {
                let name = format!("{}:{line}", inputs::name(&file.path));
                match json.and_then(|j| parse_record(j, &fields)) {
                    Ok((record, text)) => {
                        let address = record.url();
                        let target = Target::Record {
                            out_rel: file.out_rel,
                            record,
                        };
                        Loaded::text(name, target, text, FormatHint::Sniff).at(address)
                    }
                    Err(e) => Loaded::new(name, Target::None, Err(e)),
                }
            }
            Job::Failed { name, error } => Loaded::new(name, Target::None, Err(error)),
        }
    }
}

/// What the file name says about the format (other files are sniffed).
fn hint(kind: Kind) -> FormatHint {
    match kind {
        Kind::Html => FormatHint::Html,
        _ => FormatHint::Sniff,
    }
}

fn parse_record(
    json: String,
    fields: &RecordFields,
) -> Result<(json_record::JsonRecord, String), String> {
    let mut record = json_record::JsonRecord::parse(json, &fields.text_field, &fields.url_field)?;
    let text = record.text()?;
    Ok((record, text))
}
