//! The HTML review page as the command writes it (`clean --report-html`, `diff --report-html`):
//! the page opens with the run's totals, known only at the end, so the document entries stream
//! to a temporary file as documents pass, and head, entries and tail are written to the page
//! atomically at the end. Which documents are shown is [`html_report::Sample`]'s choice.

use std::fs::File;
use std::io::{self, Seek, Write};
use std::path::Path;

use sach::html_report;
use sach::report::Summary;
use sach::review::Source;

use super::output::AtomicFile;

pub struct ReviewPage {
    entries: io::BufWriter<File>,
    sample: html_report::Sample,
    documents: usize,
}

impl ReviewPage {
    pub fn new() -> io::Result<Self> {
        Ok(ReviewPage {
            entries: io::BufWriter::new(tempfile::tempfile()?),
            sample: html_report::Sample::default(),
            documents: 0,
        })
    }

    /// Adds the next document, in input order: what its diff is drawn from, or its error.
    pub fn add(&mut self, name: &str, doc: Result<&Source, &str>) -> io::Result<()> {
        let index = self.documents;
        self.documents += 1;
        if !self.sample.wants(doc.as_ref().ok().map(|s| s.edits)) {
            return Ok(());
        }
        // the sample is bounded, so rendering its entries as they pass stays cheap
        let entry = match doc {
            Ok(source) => html_report::document(index, name, source),
            Err(error) => html_report::failed(index, name, error),
        };
        self.entries.write_all(entry.as_bytes())
    }

    /// Writes the page to `path`.
    pub fn write(self, path: &Path, summary: &Summary) -> io::Result<()> {
        let mut entries = self.entries.into_inner().map_err(|e| e.into_error())?;
        entries.seek(io::SeekFrom::Start(0))?;
        let mut page = AtomicFile::create(path)?;
        page.write_all(html_report::head(summary, &self.sample).as_bytes())?;
        io::copy(&mut entries, &mut page)?;
        page.write_all(html_report::tail().as_bytes())?;
        page.commit()
    }
}
