//! sach — validate and clean scraped Vietnamese news text.
//!
//! The library is pure: bytes in, clean text plus a record of every change out. No files, no
//! threads, no printing; the `sach` binary does those. The pieces, each with one job:
//!
//! * [`decode`] turns bytes into text (with the legacy tables of [`vietnamese`]) and reports what
//!   it had to guess or replace;
//! * [`pipeline`] runs the passes in order — [`passes`] (mojibake, invisibles, NFC, layout),
//!   [`vietnamese`] (spelling, tones), [`boilerplate`], [`dedup`]; each returns
//!   [`edit::Edit`]s — rule, byte span, replacement, reason — instead of rewriting text, and the
//!   pipeline applies them;
//! * [`segment`] splits Vietnamese sentences with exact offsets; [`dedup::corpus`] is the
//!   cross-document index the binary feeds in path order;
//! * [`compose`] maps every edit back onto the input, for diffs and `file:line:col`;
//! * [`rule`] is the registry of self-documenting rules; [`config`] selects them;
//! * [`report`] turns the edit record into the serializable report, and [`findings`],
//!   [`review`] and [`html_report`] render that one record for `check`, `diff` and reviewers.
//!
//! ```
//! let pipeline = sach::pipeline::Pipeline::new(sach::config::Config::default());
//! let doc = sach::process(&pipeline, "Hà\u{a0}Nội  \r\n".as_bytes()).unwrap();
//! assert_eq!(doc.cleaned.text, "Hà Nội\n");
//! ```

pub mod boilerplate;
pub mod compose;
pub mod config;
pub mod decode;
pub mod dedup;
pub mod edit;
pub mod findings;
pub mod html_report;
pub mod passes;
pub mod pipeline;
pub mod report;
pub mod review;
pub mod rule;
pub mod segment;
pub mod vietnamese;

use pipeline::{Cleaned, Metadata, Pipeline, Stage};

/// A document after decoding and cleaning.
#[derive(Clone, Debug)]
pub struct Processed {
    pub encoding: &'static str,
    pub method: decode::Method,
    pub confidence: f32,
    pub bytes_in: usize,
    /// The decoding findings are the first stage (`decode`); they are report-only.
    pub cleaned: Cleaned,
}

/// Why a document could not be processed.
#[derive(Clone, Debug, PartialEq)]
pub enum DocError {
    Decode(decode::DecodeError),
    /// A pass produced invalid edits: a bug in sach, reported instead of crashing the run.
    Internal(String),
}

impl std::fmt::Display for DocError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DocError::Decode(e) => e.fmt(f),
            DocError::Internal(e) => write!(f, "internal error (please report): {e}"),
        }
    }
}

impl std::error::Error for DocError {}

/// Decodes and cleans one document.
pub fn process(pipeline: &Pipeline, bytes: &[u8]) -> Result<Processed, DocError> {
    process_with(pipeline, bytes, None)
}

/// [`process`] with corpus line statistics from a prescan (see [`boilerplate::corpus`]).
pub fn process_with(
    pipeline: &Pipeline,
    bytes: &[u8],
    corpus: Option<&boilerplate::corpus::LineStats>,
) -> Result<Processed, DocError> {
    let decoded = match &pipeline.config().encoding {
        Some(name) => decode::decode_as(bytes, name).map_err(DocError::Internal)?,
        None => decode::decode(bytes).map_err(DocError::Decode)?,
    };
    let mut findings = decoded.findings;
    findings.retain(|e| pipeline.config().rules.enabled(e.rule));
    let mut cleaned = pipeline
        .run_with(decoded.text, Metadata::default(), corpus)
        .map_err(|e| DocError::Internal(e.0))?;
    if !findings.is_empty() {
        let stage = Stage::new("decode", &cleaned.input, findings);
        cleaned.stages.insert(0, stage);
    }
    Ok(Processed {
        encoding: decoded.encoding,
        method: decoded.method,
        confidence: decoded.confidence,
        bytes_in: bytes.len(),
        cleaned,
    })
}
