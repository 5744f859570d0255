//! sach — validate and clean scraped Vietnamese news text.
//!
//! The library is pure: bytes in, clean text plus a record of every change out. No files, no
//! threads, no printing; the `sach` binary does those. The pieces, each with one job:
//!
//! * [`gzip`] inflates compressed inputs; [`decode`] turns bytes into text (with the legacy tables
//!   of [`vietnamese`]) and reports what it had to guess or replace;
//! * [`html`] turns a page into its article: the page's text blocks plus block deletions, the
//!   first stage of an HTML document;
//! * [`pipeline`] runs the passes in order — [`passes`] (mojibake, invisibles, NFC, layout),
//!   [`vietnamese`] (spelling, tones), [`boilerplate`], [`dedup`]; each returns
//!   [`edit::Edit`]s — rule, byte span, replacement, reason — instead of rewriting text, and the
//!   pipeline applies them;
//! * [`segment`] splits Vietnamese sentences with exact offsets; [`dedup::corpus`] is the
//!   cross-document index;
//! * [`corpus`] runs a whole corpus: the prescan, documents cleaned in parallel, the
//!   cross-document index fed in input order, results delivered in input order;
//! * [`compose`] maps every edit back onto the input, for diffs and `file:line:col`;
//! * [`chars`] answers character classes fast for Vietnamese letters (hot paths);
//! * [`rule`] is the registry of self-documenting rules; [`config`] selects them;
//! * [`invariants`] checks what must hold for every input (fuzz targets, property tests);
//! * [`report`] turns the edit record into the serializable report, and [`findings`],
//!   [`review`] and [`html_report`] render that one record for `check`, `diff` and reviewers.
//!
//! ```
//! let pipeline = sach::pipeline::Pipeline::new(sach::config::Config::default());
//! let doc = sach::process(&pipeline, "Hà\u{a0}Nội  \r\n".as_bytes()).unwrap();
//! assert_eq!(doc.cleaned.text, "Hà Nội\n");
//! ```

/// The command's allocator (the `cli` feature: the binary and the examples that time it).
#[cfg(feature = "cli")]
pub mod allocator;
pub mod boilerplate;
pub mod byte_blocks;
pub mod chars;
pub mod compose;
pub mod config;
pub mod corpus;
pub mod decode;
pub mod dedup;
pub mod edit;
pub mod findings;
mod fronts;
pub mod gzip;
pub mod hashed;
pub mod html;
pub mod html_report;
pub mod invariants;
pub mod passes;
pub mod pipeline;
pub mod report;
pub mod review;
pub mod rule;
#[cfg(test)]
mod seed_texts;
pub mod segment;
mod short_memo;
pub mod site;
mod sixteen;
#[cfg(test)]
mod test_rng;
mod text_memo;
pub mod vietnamese;

use std::borrow::Cow;

use pipeline::{Cleaned, Metadata, Pipeline, Stage};

/// A document after decoding and cleaning.
#[derive(Clone, Debug)]
pub struct Processed {
    pub format: Format,
    pub encoding: &'static str,
    pub method: decode::Method,
    pub confidence: f32,
    /// Bytes as read (compressed, for a gzip input).
    pub bytes_in: usize,
    /// The decoding findings are the first stage (`decode`); they are report-only. For HTML the
    /// next stage (`html`) removes the blocks that are not the article.
    pub cleaned: Cleaned,
}

/// What a document is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Html,
}

/// What the caller knows about a document's format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum FormatHint {
    /// Decide by content: HTML when it sniffs as HTML (see [`html::charset::looks_like_html`]).
    #[default]
    Sniff,
    Text,
    Html,
}

/// Why a document could not be processed.
#[derive(Clone, Debug, PartialEq)]
pub enum DocError {
    Decode(decode::DecodeError),
    /// A gzip input that is corrupt or inflates beyond [`gzip::MAX_INFLATED`].
    Gzip(String),
    /// A pass produced invalid edits: a bug in sach, reported instead of crashing the run.
    Internal(String),
}

impl std::fmt::Display for DocError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DocError::Decode(e) => e.fmt(f),
            DocError::Gzip(e) => f.write_str(e),
            DocError::Internal(e) => write!(f, "internal error (please report): {e}"),
        }
    }
}

impl std::error::Error for DocError {}

/// The text a document starts the text passes with — decoded, and for HTML the article the page
/// extraction keeps — without running them: what the corpus prescan counts lines of.
pub fn article_text(pipeline: &Pipeline, raw: &[u8], hint: FormatHint) -> Option<String> {
    let front = Front::read(pipeline, raw, hint).ok()?;
    Some(front.article_text().into_owned())
}

/// A document read, decoded and, for HTML, its article extracted: everything before the text
/// passes. Parsing a page is most of the cost of an HTML document, so the corpus prescan keeps
/// the fronts it made (see [`corpus::Corpus::prescan`]) and the clean pass finishes them.
pub(crate) struct Front {
    format: Format,
    encoding: &'static str,
    method: decode::Method,
    confidence: f32,
    /// The decoding findings of enabled rules (report-only; for HTML their spans are empty).
    findings: Vec<edit::Edit>,
    /// What the passes start with: the decoded text, or the page's text blocks.
    input: String,
    /// For HTML, the page extraction's edits to `input` (the blocks that are not the article).
    first: Option<(&'static str, Vec<edit::Edit>)>,
    meta: Metadata,
}

impl Front {
    pub(crate) fn read(
        pipeline: &Pipeline,
        raw: &[u8],
        hint: FormatHint,
    ) -> Result<Self, DocError> {
        Self::decoded(pipeline, read(pipeline, Cow::Borrowed(raw), hint)?)
    }

    /// [`Front::read`] of bytes the caller no longer needs (a corpus run's): a text document in
    /// valid UTF-8 becomes its text without a copy, and one read as text already is not
    /// validated again.
    pub(crate) fn read_owned(
        pipeline: &Pipeline,
        raw: corpus::Raw,
        hint: FormatHint,
    ) -> Result<Self, DocError> {
        let decoded = match raw {
            corpus::Raw::Bytes(bytes) => read(pipeline, Cow::Owned(bytes), hint)?,
            corpus::Raw::Text(text) => read_text(pipeline, text, hint)?,
        };
        Self::decoded(pipeline, decoded)
    }

    fn decoded(
        pipeline: &Pipeline,
        (format, decoded): (Format, decode::Decoded),
    ) -> Result<Self, DocError> {
        let mut findings = decoded.findings;
        findings.retain(|e| pipeline.config().rules.enabled(e.rule));
        let (input, first, meta) = match format {
            Format::Text => (decoded.text, None, Metadata::default()),
            Format::Html => {
                let page =
                    html::extract_with(&decoded.text, &pipeline.config().html, pipeline.rules());
                // decoding findings point into the markup; their reasons give the byte offset
                for f in &mut findings {
                    f.span = 0..0;
                }
                (page.text, Some(("html", page.edits)), page.meta)
            }
        };
        Ok(Front {
            format,
            encoding: decoded.encoding,
            method: decoded.method,
            confidence: decoded.confidence,
            findings,
            input,
            first,
            meta,
        })
    }

    pub(crate) fn format(&self) -> Format {
        self.format
    }

    /// This document at `address` when the caller knows it ([`corpus::Loaded::address`]): the
    /// metadata's `url`, before the page's own (a page syndicated from another site names the
    /// other site's address, and the template is that of the site it was read from).
    pub(crate) fn at(mut self, address: Option<String>) -> Self {
        if address.is_some() {
            self.meta.url = address;
        }
        self
    }

    /// The document's address as known before the text passes: the caller's or the page's.
    pub(crate) fn address(&self) -> Option<&str> {
        self.meta.url.as_deref()
    }

    /// The text the passes start with: the input after the page extraction's edits.
    pub(crate) fn article_text(&self) -> std::borrow::Cow<'_, str> {
        match &self.first {
            Some((_, edits)) => edit::apply(&self.input, edits).into(),
            None => self.input.as_str().into(),
        }
    }

    /// About how many bytes of memory the front holds (its text, edits and metadata).
    pub(crate) fn heap_bytes(&self) -> usize {
        let edits = |edits: &[edit::Edit]| -> usize {
            edits
                .iter()
                .map(|e| {
                    std::mem::size_of::<edit::Edit>()
                        + e.reason.len()
                        + e.replacement.as_ref().map_or(0, String::len)
                })
                .sum()
        };
        let first = self.first.as_ref().map_or(0, |(_, e)| edits(e));
        let m = &self.meta;
        let meta: usize = [
            &m.title,
            &m.url,
            &m.date,
            &m.source,
            &m.author,
            &m.site_name,
        ]
        .into_iter()
        .chain([&m.language, &m.page_type])
        .map(|f| f.as_ref().map_or(0, String::len))
        .chain(m.captions.iter().map(String::len))
        .sum();
        std::mem::size_of::<Self>() + self.input.len() + edits(&self.findings) + first + meta
    }

    /// Runs the text passes (with corpus line statistics from a prescan, if any): the document
    /// cleaned. `bytes_in` is the size of the document as read.
    pub(crate) fn finish(
        self,
        pipeline: &Pipeline,
        bytes_in: usize,
        corpus: Option<&boilerplate::corpus::LineStats>,
    ) -> Result<Processed, DocError> {
        let mut cleaned = pipeline
            .run_after(self.input, self.first, self.meta, corpus)
            .map_err(|e| DocError::Internal(e.0))?;
        if !self.findings.is_empty() {
            let stage = Stage::new("decode", &cleaned.input, self.findings);
            cleaned.stages.insert(0, stage);
        }
        Ok(Processed {
            format: self.format,
            encoding: self.encoding,
            method: self.method,
            confidence: self.confidence,
            bytes_in,
            cleaned,
        })
    }
}

/// Inflates, classifies and decodes a document: where every reading of one starts. Owned bytes
/// of a text document are decoded without a copy when they are valid UTF-8
/// ([`decode::decode_owned`]).
fn read(
    pipeline: &Pipeline,
    raw: Cow<'_, [u8]>,
    hint: FormatHint,
) -> Result<(Format, decode::Decoded), DocError> {
    let bytes = if gzip::is_gzip(&raw) {
        Cow::Owned(gzip::inflate(&raw).map_err(DocError::Gzip)?.into_owned())
    } else {
        raw
    };
    let format = format_of(&bytes, hint);
    let decoded = match (&pipeline.config().encoding, format, bytes) {
        (Some(name), _, bytes) => decode::decode_as(&bytes, name).map_err(DocError::Internal)?,
        (None, Format::Html, bytes) => decode::decode_html(&bytes).map_err(DocError::Decode)?,
        (None, Format::Text, Cow::Owned(bytes)) => {
            decode::decode_owned(bytes).map_err(DocError::Decode)?
        }
        (None, Format::Text, bytes) => decode::decode(&bytes).map_err(DocError::Decode)?,
    };
    Ok((format, decoded))
}

/// [`read`] of a text known to be UTF-8: a text document (not forced to another encoding) is
/// decoded by [`decode::decode_text`] without validating it again; any other goes the way of
/// bytes.
fn read_text(
    pipeline: &Pipeline,
    text: String,
    hint: FormatHint,
) -> Result<(Format, decode::Decoded), DocError> {
    let plain = pipeline.config().encoding.is_none()
        && !gzip::is_gzip(text.as_bytes())
        && format_of(text.as_bytes(), hint) == Format::Text;
    if !plain {
        return read(pipeline, Cow::Owned(text.into_bytes()), hint);
    }
    let decoded = decode::decode_text(text).map_err(DocError::Decode)?;
    Ok((Format::Text, decoded))
}

/// The format of (inflated) bytes read with `hint`.
fn format_of(bytes: &[u8], hint: FormatHint) -> Format {
    match hint {
        FormatHint::Html => Format::Html,
        FormatHint::Text => Format::Text,
        FormatHint::Sniff if html::charset::looks_like_html(bytes) => Format::Html,
        FormatHint::Sniff => Format::Text,
    }
}

/// Whether `raw` read with `hint` may be an HTML page ([`Front::read`] may make an HTML front of
/// it): a cheap test on its first bytes that never says no to a page (a gzip stream may hold
/// one).
pub(crate) fn may_be_html(raw: &[u8], hint: FormatHint) -> bool {
    match hint {
        FormatHint::Html => true,
        FormatHint::Text => false,
        FormatHint::Sniff => gzip::is_gzip(raw) || html::charset::looks_like_html(raw),
    }
}

/// Decodes and cleans one document, sniffing whether it is HTML.
pub fn process(pipeline: &Pipeline, bytes: &[u8]) -> Result<Processed, DocError> {
    process_with(pipeline, bytes, FormatHint::Sniff, None)
}

/// [`process`] with a format hint (from the file name) and corpus line statistics from a prescan
/// (see [`boilerplate::corpus`]).
pub fn process_with(
    pipeline: &Pipeline,
    raw: &[u8],
    hint: FormatHint,
    corpus: Option<&boilerplate::corpus::LineStats>,
) -> Result<Processed, DocError> {
    Front::read(pipeline, raw, hint)?.finish(pipeline, raw.len(), corpus)
}
