//! A job is one document: a file, or one record of a JSONL file. Jobs are produced lazily in
//! path order and read and processed in parallel by [`sach::corpus::Corpus`]; [`Outcome`]s come
//! back in the same order.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use sach::corpus::{Done, Loaded, Source};
use sach::FormatHint;
use xxhash_rust::xxh3::{xxh3_128_with_seed, xxh3_64};

use super::inputs::{self, InputFile, Kind};
use super::json_record::{self, Spans};

pub enum Job {
    File(InputFile),
    Record {
        file: InputFile,
        line: usize,
        json: Result<String, String>,
        /// The field holding the document text.
        field: Arc<str>,
        memo: Memo,
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

/// The spans of the JSONL records a first reading of the corpus parsed (the prescan), for the
/// second (the clean pass), which reads the same lines: a record found here is not parsed again
/// (serde_json's look at every byte of its text, about a third of reading a record). Found by
/// the 128-bit hash of the line and the text field's name, so a line that changed in between
/// is parsed as usual; each is taken once. **Memory bound**: at most [`Parsed::MAX`] records
/// (≈ 70 bytes each); the records past it are parsed twice, as before.
#[derive(Default)]
pub struct Parsed {
    noted: Mutex<HashMap<u128, Spans>>,
}

impl Parsed {
    const MAX: usize = 1 << 18;

    fn note(&self, key: u128, spans: Spans) {
        let mut noted = self.noted.lock().unwrap_or_else(|e| e.into_inner());
        if noted.len() < Self::MAX {
            noted.insert(key, spans);
        }
    }

    fn take(&self, key: u128) -> Option<Spans> {
        let mut noted = self.noted.lock().unwrap_or_else(|e| e.into_inner());
        noted.remove(&key)
    }
}

/// What reading a record does with [`Parsed`].
#[derive(Clone, Default)]
pub enum Memo {
    #[default]
    None,
    /// Notes the spans it parsed (the prescan).
    Note(Arc<Parsed>),
    /// Takes the spans noted instead of parsing (the clean pass).
    Take(Arc<Parsed>),
}

/// All jobs for `files`, streaming JSONL records.
pub fn jobs(files: Vec<InputFile>, text_field: &str) -> impl Iterator<Item = Job> {
    jobs_with(files, text_field, Memo::None)
}

/// [`jobs`] whose records note or take their spans in `memo`.
pub fn jobs_with(files: Vec<InputFile>, text_field: &str, memo: Memo) -> impl Iterator<Item = Job> {
    let field: Arc<str> = text_field.into();
    files
        .into_iter()
        .flat_map(move |file| -> Box<dyn Iterator<Item = Job>> {
            match file.kind {
                Kind::Text | Kind::Html => Box::new(std::iter::once(Job::File(file))),
                Kind::Jsonl => match inputs::records(&file.path) {
                    Ok(records) => {
                        let field = field.clone();
                        let memo = memo.clone();
                        Box::new(records.map(move |r| Job::Record {
                            file: file.clone(),
                            line: r.line,
                            json: r.text,
                            field: field.clone(),
                            memo: memo.clone(),
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
                field,
                memo,
            } => {
                let name = format!("{}:{line}", inputs::name(&file.path));
                match json.and_then(|j| parse_record(j, &field, &memo)) {
                    Ok((record, text)) => {
                        let target = Target::Record {
                            out_rel: file.out_rel,
                            record,
                        };
                        Loaded::new(name, target, Ok((text.into_bytes(), FormatHint::Sniff)))
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
    field: &str,
    memo: &Memo,
) -> Result<(json_record::JsonRecord, String), String> {
    use json_record::JsonRecord;
    let key = |json: &str| xxh3_128_with_seed(json.as_bytes(), xxh3_64(field.as_bytes()));
    let mut record = match memo {
        Memo::None => JsonRecord::parse(json, field)?,
        Memo::Note(parsed) => {
            let key = key(&json);
            let record = JsonRecord::parse(json, field)?;
            parsed.note(key, record.spans());
            record
        }
        Memo::Take(parsed) => match parsed.take(key(&json)) {
            Some(spans) => JsonRecord::with_spans(json, spans),
            None => JsonRecord::parse(json, field)?,
        },
    };
    let text = record.text()?;
    Ok((record, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A record whose spans were noted reads as one parsed: its text, id and output line; the
    /// spans are taken once, and a line that changed or another field is parsed again.
    #[test]
    fn a_record_noted_reads_as_a_record_parsed() {
        let parsed = Arc::new(Parsed::default());
        let (note, take) = (Memo::Note(parsed.clone()), Memo::Take(parsed.clone()));
        let lines = [
            r#"{"id": 7, "text": "Hà Nội\nmưa \"to\"\u00e0", "url": "x"}"#,
            r#"{"text": "một", "text": "hai"}"#,
            r#"{"body": "không có trường text"}"#,
            r#"{"text": 5}"#,
            "không phải JSON",
        ];
        let read = |line: &str, field: &str, memo: &Memo| {
            parse_record(line.to_string(), field, memo)
                .map(|(r, text)| (r.id().map(String::from), text, r.with_text("khác")))
        };
        for line in lines {
            let fresh = read(line, "text", &Memo::None);
            assert_eq!(read(line, "text", &note), fresh, "{line}");
            assert_eq!(read(line, "body", &take), read(line, "body", &Memo::None));
            assert_eq!(read(line, "text", &take), fresh, "{line}");
        }
        assert_eq!(parsed.noted.lock().unwrap().len(), 0, "each taken once");
        read(lines[0], "text", &note).unwrap();
        let changed = lines[0].replace("mưa", "nắng");
        assert_eq!(
            read(&changed, "text", &take),
            read(&changed, "text", &Memo::None)
        );
        assert_eq!(parsed.noted.lock().unwrap().len(), 1);
    }
}
