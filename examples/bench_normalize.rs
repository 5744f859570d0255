//! Throughput of the normalization passes alone (mojibake, VIQR, invisibles, NFC, spelling, tones,
//! layout) on already-clean text and on fully decomposed (NFD) text.
//!
//! `cargo run --release --example bench_normalize [MB]` — the corpus is built deterministically
//! from clean/ (the seeds after cleaning), repeated to MB megabytes (default 64).

use std::time::Instant;

use sach::config::Config;
use sach::passes::{invisibles::Invisibles, layout::Layout, mojibake::Mojibake, nfc::Nfc};
use sach::pipeline::{Metadata, Pipeline};
use sach::vietnamese::{Spelling, Tones, Viqr};
use unicode_normalization::UnicodeNormalization;

fn main() {
    let megabytes: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(64);
    let mut docs = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir("clean")
        .expect("run from the repository root")
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.path());
    for e in entries
        .iter()
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
    {
        docs.push(std::fs::read_to_string(e.path()).unwrap());
    }
    let clean: Vec<String> = docs
        .iter()
        .cycle()
        .take(megabytes * 1_000_000 / 5_000)
        .cloned()
        .collect();
    let nfd: Vec<String> = clean.iter().map(|d| d.nfd().collect()).collect();
    let pipeline = Pipeline::with_passes(
        Config::default(),
        vec![
            Box::new(Mojibake),
            Box::new(Viqr),
            Box::new(Invisibles),
            Box::new(Nfc),
            Box::new(Spelling),
            Box::new(Tones),
            Box::new(Layout),
        ],
    );
    for (name, corpus) in [("clean (NFC)", &clean), ("decomposed (NFD)", &nfd)] {
        let bytes: usize = corpus.iter().map(String::len).sum();
        let start = Instant::now();
        let mut edits = 0;
        for doc in corpus {
            edits += pipeline
                .run(doc.clone(), Metadata::default())
                .unwrap()
                .edits()
                .count();
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{name:>17}: {:.1} MB in {secs:.2} s = {:.1} MB/s on one thread ({edits} edits)",
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / secs
        );
    }
}
