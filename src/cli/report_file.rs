//! `report.json`, written as documents stream past: the document list is appended one entry at a
//! time and the per-rule and total counters close the file, so the report of a million documents
//! never has to sit in memory. The file appears atomically when complete.

use std::io::{self, Write};
use std::path::Path;

use sach::report::{Summary, SCHEMA};

use super::output::AtomicFile;

pub struct ReportFile {
    file: AtomicFile,
    first: bool,
}

impl ReportFile {
    pub fn create(path: &Path) -> io::Result<Self> {
        let mut file = AtomicFile::create(path)?;
        write!(file, "{{\n  \"schema\": \"{SCHEMA}\",\n  \"documents\": [")?;
        Ok(ReportFile { file, first: true })
    }

    /// Appends one document entry, already serialized (serialization runs on the workers).
    pub fn add(&mut self, doc_json: &[u8]) -> io::Result<()> {
        self.file
            .write_all(if self.first { b"\n" } else { b",\n" })?;
        self.first = false;
        self.file.write_all(doc_json)
    }

    pub fn finish(mut self, summary: &Summary) -> io::Result<()> {
        write!(self.file, "\n  ],\n  \"rules\": ")?;
        serde_json::to_writer_pretty(&mut self.file, &summary.rules)?;
        write!(self.file, ",\n  \"totals\": ")?;
        serde_json::to_writer_pretty(&mut self.file, &summary.totals)?;
        writeln!(self.file, "\n}}")?;
        self.file.commit()
    }
}
