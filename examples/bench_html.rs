//! Throughput of the HTML route, stage by stage, in one thread and in memory (no file I/O, no
//! process start): gunzip, decoding, parsing alone, the HTML stage from the file's bytes (gunzip,
//! decoding, prefilter, parsing, extraction — what `trafilatura.extract` does), and the whole
//! `process` (plus every text pass). `scripts/eval-html` prints the HTML stage beside
//! trafilatura, and measures the command end to end.
//!
//! `cargo run --release --example bench_html [DIR] [ROUNDS]` — DIR holds `*.html.gz` or `*.html`
//! pages (default: the 181 ScrapingHub pages in ../shared/bench/article-extraction/html).

use std::time::Instant;

/// The `sach` binary's allocator, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: sach::allocator::MiMalloc = sach::allocator::MiMalloc;

use sach::config::Config;
use sach::pipeline::Pipeline;
use sach::FormatHint;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .unwrap_or_else(|| "../shared/bench/article-extraction/html".into());
    let rounds: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("a folder of pages")
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    let raw: Vec<Vec<u8>> = paths.iter().map(|p| std::fs::read(p).unwrap()).collect();
    let inflated: Vec<Vec<u8>> = raw
        .iter()
        .map(|r| sach::gzip::inflate(r).unwrap().into_owned())
        .collect();
    let decoded: Vec<String> = inflated
        .iter()
        .map(|b| sach::decode::decode_html(b).unwrap().text)
        .collect();
    let pipeline = Pipeline::new(Config::default());
    let mb = inflated.iter().map(Vec::len).sum::<usize>() as f64 / 1e6;
    println!(
        "{} pages, {mb:.1} MB of HTML, best of {rounds} rounds, one thread",
        raw.len()
    );
    let stage = |name: &str, f: &dyn Fn(usize)| {
        let best = (0..rounds)
            .map(|_| {
                let t = Instant::now();
                (0..raw.len()).for_each(f);
                t.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min);
        println!(
            "{name:<28} {:8.1} pages/s {:7.3} ms/page",
            raw.len() as f64 / best,
            best * 1e3 / raw.len() as f64
        );
    };
    stage("gunzip", &|i| drop(sach::gzip::inflate(&raw[i]).unwrap()));
    stage("decode", &|i| {
        drop(sach::decode::decode_html(&inflated[i]).unwrap())
    });
    stage("parse (scraper)", &|i| {
        drop(scraper::Html::parse_document(&decoded[i]))
    });
    stage("html stage (bytes → article)", &|i| {
        let bytes = sach::gzip::inflate(&raw[i]).unwrap();
        drop(sach::html::extract(
            &sach::decode::decode_html(&bytes).unwrap().text,
        ))
    });
    stage("process (all stages)", &|i| {
        drop(sach::process_with(&pipeline, &raw[i], FormatHint::Html, None).unwrap())
    });
}
