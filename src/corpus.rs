//! A corpus: many documents cleaned in parallel, with the two things that need all of them —
//! the line statistics of the prescan (rule B012, [`crate::boilerplate::corpus`]) and the
//! cross-document index (rules D005–D007, [`crate::dedup::corpus`]) — and results delivered in input
//! order, whatever the thread count.
//!
//! The library stays pure: the caller supplies the documents as [`Source`]s (read lazily, on a
//! worker thread, possibly failing with a message) and a sink that receives the results. Walking
//! folders, writing files and showing progress stay with the caller (the `sach` binary).
//!
//! ## How a run flows
//!
//! [`Corpus::run`] pulls sources from the iterator on the calling thread, numbers them, and
//! spawns one rayon task per document (read, clean, hash the keys for the index — those the
//! duplicates pass computed when the text kept its paragraphs, see [`crate::dedup::keyed`]).
//! Results come back in any order into a **reorder buffer**; the calling thread feeds the next
//! document in input order to the cross-document index and hands every run of consecutive
//! finished documents to the sink. There is no per-batch barrier: a slow document holds back only its own delivery,
//! and the other threads keep cleaning the documents after it until the window is full.
//!
//! **Memory bound**: at most [`Corpus::window`] documents (default 64 per thread, at least 128)
//! exist at once — being read, being cleaned, or finished and waiting for an earlier one — plus
//! the line statistics and the index. The calling thread, when it is a rayon worker, cleans
//! documents itself while it waits.
//!
//! **The prescan** ([`Corpus::prescan`]) reads every source once before the run to count lines.
//! It keeps the HTML pages it parsed (within a memory budget) for the run, which takes them
//! instead of parsing those pages again: a page is parsed once per run ([`crate::fronts`]).
//!
//! ## Hooks for sharded runs
//!
//! * **Line statistics** are sums: compute them per shard with [`Corpus::line_stats`], merge
//!   the parts with [`LineStats::merge`] and give the total to each shard with
//!   [`Corpus::set_line_stats`] (they serialize with serde).
//! * **The cross-document index** decides which copy of a sentence or document is "first".
//!   Seed a shard with the index of everything earlier in global order
//!   ([`Corpus::seed_index`]); [`Corpus::into_index`] returns the index after a run, and
//!   [`CorpusIndex::append`] joins the index of an earlier part with that of a later one as if
//!   the later documents had been added after the earlier ones.
//!
//! ```
//! use sach::config::Config;
//! use sach::corpus::{Corpus, Loaded, Source};
//! use sach::pipeline::Pipeline;
//! use sach::FormatHint;
//!
//! /// A document in memory; the tag is its number.
//! struct Doc(usize, &'static str);
//!
//! impl Source for Doc {
//!     type Tag = usize;
//!     fn read(self) -> Loaded<usize> {
//!         Loaded::new(format!("doc{}", self.0), self.0, Ok((self.1.into(), FormatHint::Text)))
//!     }
//! }
//!
//! let text = "Hà Nội hôm nay trời mưa to suốt cả buổi chiều và tối.\n";
//! let docs = || (0..3).map(move |i| Doc(i, text));
//! let pipeline = Pipeline::new(Config::default());
//! let mut corpus = Corpus::new(&pipeline);
//! // the prescan is a first pass over the same sources (here it changes nothing)
//! corpus.prescan(docs());
//! let mut seen = Vec::new();
//! corpus.run(docs(), |done| {
//!     for d in done {
//!         let report = d.report();
//!         seen.push((d.tag, report.edits.iter().map(|e| e.rule.code).collect::<Vec<_>>()));
//!     }
//!     true // false stops the run
//! });
//! // in input order; the first copy stays, the later ones are reported as duplicates (D006)
//! assert_eq!(seen, [(0, vec![]), (1, vec!["D006"]), (2, vec!["D006"])]);
//! ```

use std::collections::BTreeMap;
use std::sync::mpsc;

use rayon::prelude::*;

use crate::boilerplate::corpus::LineStats;
use crate::dedup::corpus::{CorpusIndex, DocKeys, SignedTexts};
use crate::dedup::keyed::Keyed;
use crate::dedup::shard::Seen;
use crate::fronts::{page_key, Fronts};
use crate::pipeline::Pipeline;
use crate::report::{Detail, DocReport};
use crate::site::Site;
use crate::{FormatHint, Front, Processed};

/// A document to read. [`Source::read`] runs on a worker thread, so opening and reading the file
/// happens in parallel; the iterator of sources runs on the calling thread, in input order.
pub trait Source: Send {
    /// What the caller keeps with the result (where to write it, a record to rewrite…).
    type Tag: Send;
    /// Reads the document.
    fn read(self) -> Loaded<Self::Tag>;
}

/// A read document: its name, the caller's tag, and its bytes with a format hint — or why it
/// could not be read (the message need not repeat the name) — and its address when the caller
/// knows it.
pub struct Loaded<T> {
    pub name: String,
    pub tag: T,
    pub content: Result<(Raw, FormatHint), String>,
    /// The document's URL (a JSONL record's `url` field): its site counts its template lines
    /// ([`crate::site`]), and it is the metadata's `url`, before the page's own.
    pub address: Option<String>,
}

impl<T> Loaded<T> {
    pub fn new(name: String, tag: T, content: Result<(Vec<u8>, FormatHint), String>) -> Self {
        let content = content.map(|(bytes, hint)| (Raw::Bytes(bytes), hint));
        Loaded {
            name,
            tag,
            content,
            address: None,
        }
    }

    /// A document read as text already (a JSONL record's field: reading the line validated it
    /// as UTF-8), whose decoding does not validate it again.
    pub fn text(name: String, tag: T, text: String, hint: FormatHint) -> Self {
        let content = Ok((Raw::Text(text), hint));
        Loaded {
            name,
            tag,
            content,
            address: None,
        }
    }

    /// This document at `address` (see [`Loaded::address`]).
    pub fn at(mut self, address: Option<String>) -> Self {
        self.address = address;
        self
    }
}

/// A document as read: bytes in any encoding, or a text known to be UTF-8.
pub enum Raw {
    Bytes(Vec<u8>),
    Text(String),
}

impl Raw {
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Raw::Bytes(bytes) => bytes,
            Raw::Text(text) => text.as_bytes(),
        }
    }
}

/// A document's result, delivered in input order.
pub struct Done<T> {
    /// How messages and the report name the document.
    pub name: String,
    pub tag: T,
    /// Bytes read (before inflating), 0 when reading failed.
    pub bytes_read: usize,
    pub result: Result<Processed, String>,
}

impl<T> Done<T> {
    /// The document's report (the one record `report.json`, the edit log and `check` read).
    pub fn report(&self) -> DocReport {
        match &self.result {
            Ok(doc) => DocReport::new(&self.name, doc),
            Err(e) => DocReport::failed(&self.name, e),
        }
    }

    /// [`Done::report`] for a caller done with the document's edits: they move into the report
    /// instead of being copied, and the result's `cleaned.stages` is left empty. The report
    /// holds the merged changes, and every edit's line and column, only with
    /// [`Detail::Changes`].
    pub fn take_report(&mut self, detail: Detail) -> DocReport {
        match &mut self.result {
            Ok(doc) => DocReport::taking(&self.name, doc, detail),
            Err(e) => DocReport::failed(&self.name, e),
        }
    }
}

/// The corpus-wide state of a run: line statistics, the cross-document index, the window.
pub struct Corpus<'p> {
    pipeline: &'p Pipeline,
    line_stats: Option<LineStats>,
    /// HTML pages the prescan parsed, for the clean pass (see [`crate::fronts`]).
    fronts: Option<Fronts>,
    index: Option<CorpusIndex>,
    seen: Option<&'p Seen>,
    /// The texts whose cross-document signature a document made (see [`SignedTexts`]).
    signed: SignedTexts,
    window: usize,
}

impl<'p> Corpus<'p> {
    /// A corpus cleaned with `pipeline`. The cross-document index exists when the configuration
    /// runs one of its rules; line statistics only once given ([`Corpus::set_line_stats`]).
    pub fn new(pipeline: &'p Pipeline) -> Self {
        Corpus {
            pipeline,
            line_stats: None,
            fronts: None,
            index: crate::dedup::corpus::enabled(pipeline.config()).then(CorpusIndex::default),
            seen: None,
            signed: SignedTexts::default(),
            window: (64 * rayon::current_num_threads()).max(128),
        }
    }

    /// True when the configuration asks for corpus line statistics (`[boilerplate.corpus]`)
    /// and none were given yet: the caller should run [`Corpus::prescan`] first.
    pub fn wants_line_stats(&self) -> bool {
        self.pipeline.config().boilerplate.corpus.enabled && self.line_stats.is_none()
    }

    /// The prescan: line statistics of `sources` (read in parallel, bounded batches). Sums, so
    /// the result depends neither on order nor on thread count; parts merge with
    /// [`LineStats::merge`]. Sources that fail to read count for nothing.
    pub fn line_stats<S: Source>(
        pipeline: &Pipeline,
        sources: impl IntoIterator<Item = S>,
    ) -> LineStats {
        scan(pipeline, sources, None)
    }

    /// The prescan of a run over the whole corpus: [`Corpus::line_stats`] of `sources`, used
    /// for the documents of the next [`Corpus::run`] or [`Corpus::keys`] over the same sources.
    /// The HTML pages it parses are kept for that run, up to [`PRESCAN_KEEP_BYTES`], so that
    /// most pages are parsed once instead of twice ([`crate::fronts`]); the output is the same
    /// as with [`Corpus::set_line_stats`].
    pub fn prescan<S: Source>(&mut self, sources: impl IntoIterator<Item = S>) {
        self.prescan_keeping(sources, PRESCAN_KEEP_BYTES);
    }

    fn prescan_keeping<S: Source>(&mut self, sources: impl IntoIterator<Item = S>, bytes: usize) {
        let fronts = Fronts::new(bytes);
        self.line_stats = Some(scan(self.pipeline, sources, Some(&fronts)));
        self.fronts = Some(fronts);
    }

    /// Uses these line statistics (rule B012) for the documents of [`Corpus::run`].
    pub fn set_line_stats(&mut self, stats: LineStats) {
        self.line_stats = Some(stats);
    }

    /// Starts the cross-document index from `index`: the documents seen earlier in global order
    /// (another shard's, a previous run's). Ignored when the configuration runs no
    /// cross-document rule.
    pub fn seed_index(&mut self, index: CorpusIndex) {
        if self.index.is_some() {
            self.index = Some(index);
        }
    }

    /// Checks every document against a merged index of all shards of the corpus instead of
    /// building an index (`sach clean --index`): a sentence or document whose first occurrence
    /// in global order is in an earlier document is a copy, as in a run over the whole corpus.
    /// Ignored when the configuration runs no cross-document rule.
    pub fn check_against(&mut self, seen: &'p Seen) {
        if self.index.is_some() {
            self.seen = Some(seen);
        }
    }

    /// The cross-document index as it stands (after a run: every document seen so far).
    pub fn into_index(self) -> Option<CorpusIndex> {
        self.index
    }

    /// At most this many documents in flight at once (at least 1).
    pub fn window(mut self, documents: usize) -> Self {
        self.window = documents.max(1);
        self
    }

    /// Cleans `sources`, calling `sink` with runs of consecutive finished documents in input
    /// order (each document exactly once). `sink` returns `false` to stop: no more documents are
    /// started and the ones in flight are dropped. Documents go through the cross-document index
    /// in input order before the sink sees them; the output never depends on the thread count.
    pub fn run<S: Source>(
        &mut self,
        sources: impl IntoIterator<Item = S>,
        mut sink: impl FnMut(Vec<Done<S::Tag>>) -> bool,
    ) {
        let pipeline = self.pipeline;
        let want_keys = self.index.is_some();
        let seen = self.seen;
        let mut index = self.index.take();
        self.flow(sources, want_keys, |finished| {
            let run = finished
                .into_iter()
                .map(|(done, keys)| match seen {
                    Some(seen) => check_one(done, keys, seen, pipeline),
                    None => index_one(done, keys, index.as_mut(), pipeline),
                })
                .collect();
            sink(run)
        });
        self.index = index;
        self.fronts = None; // what the run did not take (a page's second copy) is not needed
    }

    /// The cross-document keys of `sources`, for a shard's index (`sach index`): each document
    /// is cleaned (with the line statistics given) and hashed as in [`Corpus::run`], and handed
    /// to `sink` in input order — its name, tag and keys, or why it failed. `sink` returns
    /// `false` to stop. Nothing goes through this corpus's own index.
    pub fn keys<S: Source>(
        &self,
        sources: impl IntoIterator<Item = S>,
        mut sink: impl FnMut(String, S::Tag, Result<DocKeys, String>) -> bool,
    ) {
        self.flow(sources, true, |finished| {
            finished.into_iter().all(|(done, keys)| {
                let keys = done.result.and_then(|_| {
                    keys.ok_or_else(|| "internal error (please report): no keys".to_string())
                });
                sink(done.name, done.tag, keys)
            })
        });
    }

    /// Reads, cleans and (with `want_keys`) hashes `sources` on the workers, and hands every
    /// run of consecutive finished documents to `deliver` in input order; `deliver` returns
    /// `false` to stop.
    fn flow<S: Source>(
        &self,
        sources: impl IntoIterator<Item = S>,
        want_keys: bool,
        mut deliver: impl FnMut(Vec<(Done<S::Tag>, Option<DocKeys>)>) -> bool,
    ) {
        let pipeline = self.pipeline;
        let stats = self.line_stats.as_ref();
        let fronts = self.fronts.as_ref();
        let signed = &self.signed;
        let window = self.window;
        let mut sources = sources.into_iter();
        let (tx, rx) = mpsc::channel::<(usize, Done<S::Tag>, Option<DocKeys>)>();
        rayon::in_place_scope_fifo(|scope| {
            let mut started = 0usize;
            let mut delivered = 0usize;
            let mut exhausted = false;
            let mut ready: BTreeMap<usize, (Done<S::Tag>, Option<DocKeys>)> = BTreeMap::new();
            loop {
                while !exhausted && started - delivered < window {
                    let Some(source) = sources.next() else {
                        exhausted = true;
                        break;
                    };
                    let tx = tx.clone();
                    let seq = started;
                    scope.spawn_fifo(move |_| {
                        let keys = want_keys.then_some(signed);
                        let (done, keys) = clean(source, pipeline, stats, fronts, keys);
                        let _ = tx.send((seq, done, keys)); // the run may have stopped
                    });
                    started += 1;
                }
                if delivered == started {
                    return;
                }
                let Some((seq, done, keys)) = next_result(&rx) else {
                    return;
                };
                ready.insert(seq, (done, keys));
                while let Ok((seq, done, keys)) = rx.try_recv() {
                    ready.insert(seq, (done, keys));
                }
                let mut run = Vec::new();
                while let Some(finished) = ready.remove(&delivered) {
                    run.push(finished);
                    delivered += 1;
                }
                if !run.is_empty() && !deliver(run) {
                    return;
                }
            }
        });
    }
}

/// The next result: while none is there, the calling thread cleans queued documents itself
/// (when it is a rayon worker), then waits.
fn next_result<T>(rx: &mpsc::Receiver<T>) -> Option<T> {
    loop {
        if let Ok(r) = rx.try_recv() {
            return Some(r);
        }
        match rayon::yield_now() {
            Some(rayon::Yield::Executed) => continue,
            // nothing queued: every document in flight is on another thread
            _ => return rx.recv().ok(),
        }
    }
}

/// How many bytes of parsed HTML pages [`Corpus::prescan`] keeps for the clean pass: about the
/// article text and block edits of 1,000 to 3,000 pages (measured on wcxb-dev: 10–30 KB a page).
pub const PRESCAN_KEEP_BYTES: usize = 48 << 20;

/// [`Corpus::line_stats`], keeping the fronts of HTML pages in `fronts` when given.
fn scan<S: Source>(
    pipeline: &Pipeline,
    sources: impl IntoIterator<Item = S>,
    fronts: Option<&Fronts>,
) -> LineStats {
    const BATCH: usize = 256;
    let mut stats = LineStats::default();
    let mut sources = sources.into_iter().peekable();
    while sources.peek().is_some() {
        let batch: Vec<S> = sources.by_ref().take(BATCH).collect();
        // each worker adds its documents to statistics of its own (no map per document to
        // merge), and the parts are summed
        let part = batch
            .into_par_iter()
            .fold(LineStats::default, |mut stats, s| {
                let Loaded {
                    content, address, ..
                } = s.read();
                if let Ok((raw, hint)) = content {
                    // a page to keep is found by the hash of its bytes, taken before they are
                    // given up to the front (a text document's become its text)
                    let page = fronts
                        .filter(|_| crate::may_be_html(raw.as_bytes(), hint))
                        .map(|fronts| (fronts, page_key(raw.as_bytes(), hint)));
                    if let Ok(front) = Front::read_owned(pipeline, raw, hint) {
                        let front = front.at(address);
                        let text = front.article_text();
                        stats.observe_from(Site::of_document(front.address(), &text), &text);
                        drop(text);
                        if let Some((fronts, key)) = page {
                            fronts.keep(key, front);
                        }
                    }
                }
                stats
            })
            .reduce(LineStats::default, |mut a, b| {
                a.merge(b);
                a
            });
        stats.merge(part);
    }
    stats
}

/// Reads and cleans one document, and hashes its keys when the index wants them (`signed`: the
/// run's texts signed so far).
fn clean<S: Source>(
    source: S,
    pipeline: &Pipeline,
    stats: Option<&LineStats>,
    fronts: Option<&Fronts>,
    signed: Option<&SignedTexts>,
) -> (Done<S::Tag>, Option<DocKeys>) {
    let Loaded {
        name,
        tag,
        content,
        address,
    } = source.read();
    let (bytes_read, mut result) = match content {
        Ok((raw, hint)) => {
            let bytes_read = raw.as_bytes().len();
            let front = match fronts.and_then(|f| f.take(raw.as_bytes(), hint)) {
                Some(front) => Ok(front),
                None => Front::read_owned(pipeline, raw, hint),
            };
            let front = front.map(|f| f.at(address));
            let done = front.and_then(|f| f.finish(pipeline, bytes_read, stats));
            (bytes_read, done.map_err(|e| e.to_string()))
        }
        Err(e) => (0, Err(e)),
    };
    let keys = match (&mut result, signed) {
        (Ok(doc), Some(signed)) => {
            let opts = &pipeline.config().duplicates;
            let keyed = doc.cleaned.sentences.take();
            let keyed = keyed.unwrap_or_else(|| Keyed::new(&doc.cleaned.text, opts));
            Some(DocKeys::signing(keyed, opts, Some(signed)))
        }
        _ => None,
    };
    let done = Done {
        name,
        tag,
        bytes_read,
        result,
    };
    (done, keys)
}

/// Feeds one document to the index (in input order): the first copy in the corpus stays.
fn index_one<T>(
    mut done: Done<T>,
    keys: Option<DocKeys>,
    index: Option<&mut CorpusIndex>,
    pipeline: &Pipeline,
) -> Done<T> {
    if let (Some(index), Ok(doc), Some(keys)) = (index, &mut done.result, keys) {
        if let Err(e) = index.add(&done.name, keys, &mut doc.cleaned, pipeline.config()) {
            done.result = Err(format!("internal error (please report): {e}"));
        }
    }
    done
}

/// Checks one document against the merged index of a sharded corpus.
fn check_one<T>(
    mut done: Done<T>,
    keys: Option<DocKeys>,
    seen: &Seen,
    pipeline: &Pipeline,
) -> Done<T> {
    if let (Ok(doc), Some(keys)) = (&mut done.result, keys) {
        if let Err(e) = seen.check(&done.name, keys, &mut doc.cleaned, pipeline.config()) {
            done.result = Err(e);
        }
    }
    done
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    struct Doc(usize, String);

    impl Source for Doc {
        type Tag = usize;
        fn read(self) -> Loaded<usize> {
            let content = if self.1.is_empty() {
                Err("cannot read".to_string())
            } else {
                Ok((self.1.into_bytes(), FormatHint::Text))
            };
            Loaded::new(format!("d{}", self.0), self.0, content)
        }
    }

    /// Documents sharing sentences and whole texts, one unreadable.
    fn docs() -> Vec<Doc> {
        let s = [
            "Giá xăng tăng mạnh từ chiều nay theo quyết định của liên bộ.",
            "Người dân đổ xô đi mua trước giờ điều chỉnh giá mới.",
            "Nhiều cây xăng ở Hà Nội kéo dài hàng người chờ đợi tới khuya.",
            "Bộ Công Thương cho biết nguồn cung vẫn được bảo đảm đầy đủ.",
        ];
        (0..40)
            .map(|i| {
                let text = match i % 7 {
                    6 => String::new(),
                    k => format!(
                        "Tin số {i} hôm nay.\n\n{}\n\n{}\n",
                        s[k % 4],
                        s[(k + i) % 4]
                    ),
                };
                Doc(i, text)
            })
            .collect()
    }

    fn config() -> Config {
        let mut config = Config::default();
        config.duplicates.near_duplicates = true;
        config
    }

    /// `f` run on a pool of `threads` threads.
    fn on_threads<R: Send>(threads: usize, f: impl FnOnce() -> R + Send) -> R {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        pool.install(f)
    }

    /// A document's edit reasons and clean text, or why it failed.
    fn outcome<T>(d: &Done<T>) -> String {
        match &d.result {
            Ok(p) => format!(
                "{:?} {}",
                d.report()
                    .edits
                    .iter()
                    .map(|e| &e.reason)
                    .collect::<Vec<_>>(),
                p.cleaned.text
            ),
            Err(e) => e.clone(),
        }
    }

    /// (tag, name, outcome) of every document, as delivered.
    fn run(threads: usize, window: usize, seed: Option<CorpusIndex>) -> Vec<(usize, String)> {
        on_threads(threads, || {
            let pipeline = Pipeline::new(config());
            let mut corpus = Corpus::new(&pipeline).window(window);
            if let Some(seed) = seed {
                corpus.seed_index(seed);
            }
            let mut out = Vec::new();
            corpus.run(docs(), |done| {
                for d in done {
                    out.push((d.tag, outcome(&d)));
                }
                true
            });
            out
        })
    }

    #[test]
    fn delivery_is_in_input_order_and_independent_of_threads_and_window() {
        let one = run(1, 1, None);
        assert_eq!(one.len(), 40);
        assert!(one.iter().enumerate().all(|(i, (tag, _))| *tag == i));
        assert!(one[6].1.contains("cannot read"));
        assert!(one.iter().any(|(_, w)| w.contains("also in d")), "{one:?}");
        for (threads, window) in [(1, 5), (2, 1), (2, 3), (3, 200)] {
            assert_eq!(
                run(threads, window, None),
                one,
                "-j{threads} window {window}"
            );
        }
    }

    #[test]
    fn the_sink_stops_the_run() {
        let pipeline = Pipeline::new(Config::default());
        let mut calls = 0;
        let mut seen = 0;
        Corpus::new(&pipeline).window(2).run(docs(), |done| {
            calls += 1;
            seen += done.len();
            false
        });
        assert_eq!(calls, 1);
        assert!(seen <= 2);
    }

    #[test]
    fn a_seeded_index_continues_the_global_order() {
        let pipeline = Pipeline::new(config());
        let keys = |t: &str| crate::dedup::corpus::doc_keys(t, &pipeline.config().duplicates);
        let texts: Vec<String> = docs()
            .into_iter()
            .map(|d| d.1)
            .filter(|t| !t.is_empty())
            .collect();
        let (early, late) = texts.split_at(10);
        // fed in one go
        let mut whole = CorpusIndex::default();
        // fed as two parts indexed apart, then joined
        let mut first = CorpusIndex::default();
        let mut second = CorpusIndex::default();
        for (i, t) in texts.iter().enumerate() {
            let mut c = pipeline.run(t.clone(), Default::default()).unwrap();
            let mut copy = c.clone();
            let part = if i < early.len() {
                &mut first
            } else {
                &mut second
            };
            part.add(
                &format!("d{i}"),
                keys(&c.text),
                &mut copy,
                pipeline.config(),
            )
            .unwrap();
            whole
                .add(&format!("d{i}"), keys(&c.text), &mut c, pipeline.config())
                .unwrap();
        }
        assert_eq!(late.len() + first.len(), whole.len());
        first.append(second);
        for probe in [&texts[3], &texts[25]] {
            let mut a = pipeline.run(probe.clone(), Default::default()).unwrap();
            let mut b = a.clone();
            whole
                .add("probe", keys(probe), &mut a, pipeline.config())
                .unwrap();
            first
                .add("probe", keys(probe), &mut b, pipeline.config())
                .unwrap();
            let reasons = |c: &crate::pipeline::Cleaned| {
                c.stages
                    .iter()
                    .flat_map(|s| &s.edits)
                    .map(|e| e.reason.clone())
                    .collect::<Vec<_>>()
            };
            assert_eq!(reasons(&a), reasons(&b));
            assert!(!reasons(&a).is_empty());
        }
    }

    #[test]
    fn a_seeded_run_finds_copies_of_the_seed() {
        let pipeline = Pipeline::new(config());
        let mut earlier = Corpus::new(&pipeline);
        earlier.run(docs(), |_| true);
        let seed = earlier.into_index().unwrap();
        let seeded = run(2, 4, Some(seed));
        // every readable document now repeats one seen earlier in global order
        assert!(
            seeded
                .iter()
                .filter(|(i, _)| i % 7 != 6)
                .all(|(_, w)| w.contains("same text as d")),
            "{seeded:?}"
        );
    }

    #[test]
    fn line_stats_are_sums() {
        let pipeline = Pipeline::new(Config::default());
        let all = Corpus::line_stats(&pipeline, docs());
        let mut parts = Corpus::line_stats(&pipeline, docs().into_iter().skip(20));
        parts.merge(Corpus::line_stats(&pipeline, docs().into_iter().take(20)));
        assert_eq!(all, parts);
        assert_eq!(all.docs(), 35);
    }

    /// A document with the caller's address, if any.
    struct Addressed(&'static str, FormatHint, Option<&'static str>);

    impl Source for Addressed {
        type Tag = ();
        fn read(self) -> Loaded<()> {
            let content = Ok((self.0.as_bytes().to_vec(), self.1));
            Loaded::new("a".into(), (), content).at(self.2.map(String::from))
        }
    }

    /// The prescan counts a document within its site: the caller's address first, then the
    /// page's canonical URL, then a dump's URL line at the top; a document without any counts
    /// only in the corpus.
    #[test]
    fn the_prescan_counts_each_document_within_its_site() {
        let page = "<html><head><link rel=canonical href=\"https://www.tuoitre.vn/a.htm\"></head>\
                    <body><article><p>Tin trong nước hôm nay.</p></article></body></html>";
        let sources = [
            Addressed(page, FormatHint::Html, None),
            Addressed(page, FormatHint::Html, Some("https://dantri.com.vn/b.htm")),
            Addressed(
                "https://dantri.com.vn/c.htm\nTin trong nước hôm nay.\n",
                FormatHint::Text,
                None,
            ),
            Addressed(
                "Tin trong nước hôm nay.\n",
                FormatHint::Text,
                Some("http://tuoitre.vn/d"),
            ),
            Addressed("Tin trong nước hôm nay.\n", FormatHint::Text, None),
        ];
        let stats = Corpus::line_stats(&Pipeline::new(Config::default()), sources);
        assert_eq!(stats.docs(), 5);
        let site = |a: &str| Site::of_address(a).unwrap().0;
        let mut want = vec![(site("tuoitre.vn"), 2), (site("dantri.com.vn"), 2)];
        want.sort_unstable();
        assert_eq!(stats.site_counts().docs, want);
    }

    /// HTML pages of one site: the same menu and footer around different articles; page 5
    /// occurs twice.
    fn pages() -> Vec<(usize, String)> {
        let s = [
            "Giá xăng tăng mạnh từ chiều nay theo quyết định của liên bộ Tài chính và Công Thương.",
            "Người dân đổ xô đi mua trước giờ điều chỉnh giá mới, nhiều nơi phải chờ rất lâu.",
            "Nhiều cây xăng ở Hà Nội kéo dài hàng người chờ đợi tới khuya vì lo giá tăng thêm.",
        ];
        (0..30)
            .map(|i| {
                let n = if i == 17 { 5 } else { i };
                let html = format!(
                    "<html><body><nav><a href=/>Trang chủ</a> <a href=/x>Thời sự</a></nav>\
                     <article><h1>Tin số {n}</h1><p>{} Bài {n}.</p><p>{}</p></article>\
                     <footer><p>Báo Mẫu điện tử, giấy phép số 123 của Bộ Thông tin.</p></footer>\
                     </body></html>",
                    s[n % 3],
                    s[(n + 1) % 3]
                );
                (i, html)
            })
            .collect()
    }

    struct Page(usize, String);

    impl Source for Page {
        type Tag = usize;
        fn read(self) -> Loaded<usize> {
            Loaded::new(
                format!("p{}", self.0),
                self.0,
                Ok((self.1.into_bytes(), FormatHint::Html)),
            )
        }
    }

    /// Texts and edit reasons of every page, with the prescan keeping up to `keep` bytes of
    /// parsed pages (`None`: line statistics given instead, every page parsed twice).
    fn cleaned_pages(threads: usize, keep: Option<usize>) -> Vec<String> {
        on_threads(threads, || {
            let pipeline = Pipeline::new(config());
            let mut corpus = Corpus::new(&pipeline);
            let sources = || pages().into_iter().map(|(i, h)| Page(i, h));
            match keep {
                Some(bytes) => corpus.prescan_keeping(sources(), bytes),
                None => corpus.set_line_stats(Corpus::line_stats(&pipeline, sources())),
            }
            let mut out = Vec::new();
            corpus.run(sources(), |done| {
                out.extend(done.iter().map(outcome));
                true
            });
            out
        })
    }

    #[test]
    fn pages_kept_from_the_prescan_clean_as_pages_parsed_again() {
        let reference = cleaned_pages(1, None);
        assert_eq!(reference.len(), 30);
        assert!(reference[3].contains("Bài 3."), "{}", reference[3]);
        assert!(
            reference.iter().all(|r| !r.contains("giấy phép")),
            "the footer recurs on every page: the prescan's statistics remove it"
        );
        // nothing kept, some kept, all kept; one thread or two
        for keep in [0, 4_000, PRESCAN_KEEP_BYTES] {
            for threads in [1, 2] {
                assert_eq!(
                    cleaned_pages(threads, Some(keep)),
                    reference,
                    "keep {keep}, {threads} threads"
                );
            }
        }
    }
}
