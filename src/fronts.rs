//! HTML pages parsed once per run.
//!
//! A corpus run with line statistics reads every document twice: the prescan counts the lines
//! of each article ([`crate::corpus::Corpus::prescan`]), then the clean pass cleans it. For an
//! HTML page both need the page parsed and its article extracted, and that is most of the cost
//! of the page (html5ever's tokenizer and tree builder: about 60 % of a wcxb page's
//! instructions). So the prescan keeps what it made — the page's [`Front`] — and the clean pass
//! takes it instead of parsing the page again.
//!
//! **Memory bound**: fronts are kept up to a budget of bytes ([`Fronts::new`]); pages past it
//! are parsed again, as before. Which pages are kept depends on thread timing, but not the
//! output: a front is a pure function of the page's bytes, its format hint and the
//! configuration, so a kept one and a remade one are equal. Text documents are not kept:
//! reading one again is a UTF-8 check (its bytes become its text without a copy, see
//! `Front::read_owned`), and keeping them costs memory for little. Measured on the bench corpus
//! (`scripts/bench`): keeping text fronts within the same budget saved 0.2 % of the instructions
//! (1,166.8 -> 1,164.7 M on 600 documents) for 54 MB more peak RSS on 100 MB (37.6 -> 91.3 MB),
//! and on a larger corpus only the budget's share would be saved.
//!
//! Pages are found by the 128-bit xxh3 of their bytes and hint; a page that occurs twice is
//! kept once and taken by its first copy (the second is parsed again).

use std::collections::HashMap;
use std::sync::Mutex;

use xxhash_rust::xxh3::xxh3_128_with_seed;

use crate::{Format, FormatHint, Front};

/// Fronts of HTML pages kept between the prescan and the clean pass of one run.
pub(crate) struct Fronts {
    kept: Mutex<Kept>,
    budget: usize,
}

#[derive(Default)]
struct Kept {
    by_page: HashMap<u128, Front>,
    bytes: usize,
}

impl Fronts {
    /// Keeps fronts of at most `budget` bytes in all.
    pub(crate) fn new(budget: usize) -> Self {
        Fronts {
            kept: Mutex::new(Kept::default()),
            budget,
        }
    }

    /// Keeps `front` (of the page whose [`page_key`] is `key`) when it is an HTML page and fits
    /// in the budget.
    pub(crate) fn keep(&self, key: u128, front: Front) {
        if front.format() != Format::Html {
            return;
        }
        let size = front.heap_bytes();
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        if kept.bytes + size <= self.budget {
            if let std::collections::hash_map::Entry::Vacant(slot) = kept.by_page.entry(key) {
                slot.insert(front);
                kept.bytes += size;
            }
        }
    }

    /// The front kept for the page `raw` read with `hint`, if any (it is kept no longer).
    pub(crate) fn take(&self, raw: &[u8], hint: FormatHint) -> Option<Front> {
        let lock = || self.kept.lock().unwrap_or_else(|e| e.into_inner());
        // nothing kept (a corpus of text documents): the page need not be hashed
        if lock().by_page.is_empty() {
            return None;
        }
        let key = page_key(raw, hint);
        let mut kept = lock();
        let front = kept.by_page.remove(&key)?;
        kept.bytes -= front.heap_bytes();
        Some(front)
    }
}

/// What a page is found by: the 128-bit xxh3 of its bytes, seeded with its format hint.
pub(crate) fn page_key(raw: &[u8], hint: FormatHint) -> u128 {
    let seed = match hint {
        FormatHint::Sniff => 0,
        FormatHint::Text => 1,
        FormatHint::Html => 2,
    };
    xxh3_128_with_seed(raw, seed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::corpus::Raw;
    use crate::pipeline::Pipeline;

    fn front(pipeline: &Pipeline, raw: &str, hint: FormatHint) -> Front {
        Front::read(pipeline, raw.as_bytes(), hint).unwrap()
    }

    /// What a front holds, to compare two.
    fn summary(front: &Front) -> String {
        format!(
            "{:?} {} {:?} {} {:?} {:?} {:?} {}",
            front.format,
            front.encoding,
            front.method,
            front.confidence,
            front.findings,
            front.first,
            front.meta,
            front.input
        )
    }

    #[test]
    fn owned_bytes_read_as_borrowed_ones_and_pages_are_never_taken_for_text() {
        let gzip = |data: &[u8]| {
            use std::io::Write;
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(data).unwrap();
            e.finish().unwrap()
        };
        let page =
            "<html><body><article><p>Hà Nội hôm nay trời mưa to.</p></article></body></html>";
        let inputs: Vec<Vec<u8>> = vec![
            "Hà Nội hôm nay trời mưa.\r\n".into(),
            b"\xEF\xBB\xBFabc".to_vec(),
            b"Vi\x00t Nam".to_vec(),
            b"Vi\xEAt Nam ch\xE0o b\xE1n".to_vec(),
            b"".to_vec(),
            page.into(),
            gzip(page.as_bytes()),
            gzip("Giá xăng tăng.".as_bytes()),
        ];
        let forced = Config::from_toml("encoding = \"windows-1252\"").unwrap();
        for pipeline in [Pipeline::new(Config::default()), Pipeline::new(forced)] {
            for raw in &inputs {
                for hint in [FormatHint::Sniff, FormatHint::Text, FormatHint::Html] {
                    let borrowed = Front::read(&pipeline, raw, hint).map(|f| summary(&f));
                    let owned = Front::read_owned(&pipeline, Raw::Bytes(raw.clone()), hint);
                    if owned.as_ref().is_ok_and(|f| f.format() == Format::Html) {
                        assert!(crate::may_be_html(raw, hint), "{raw:?} {hint:?}");
                    }
                    assert_eq!(owned.map(|f| summary(&f)), borrowed, "{raw:?} {hint:?}");
                    if let Ok(text) = String::from_utf8(raw.clone()) {
                        let read = Front::read_owned(&pipeline, Raw::Text(text), hint);
                        assert_eq!(read.map(|f| summary(&f)), borrowed, "{raw:?} {hint:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn keeps_html_pages_within_the_budget_and_gives_each_once() {
        let pipeline = Pipeline::new(Config::default());
        let page = "<html><body><article><p>Hà Nội hôm nay trời mưa to suốt buổi chiều.</p></article></body></html>";
        let other =
            "<html><body><article><p>Giá xăng tăng mạnh từ chiều nay.</p></article></body></html>";
        let size = front(&pipeline, page, FormatHint::Html).heap_bytes();
        let fronts = Fronts::new(size + size / 2);
        fronts.keep(
            page_key(page.as_bytes(), FormatHint::Html),
            front(&pipeline, page, FormatHint::Html),
        );
        // over the budget: not kept
        fronts.keep(
            page_key(other.as_bytes(), FormatHint::Html),
            front(&pipeline, other, FormatHint::Html),
        );
        // text documents are never kept
        let text = "Hà Nội hôm nay trời mưa.\n";
        fronts.keep(
            page_key(text.as_bytes(), FormatHint::Text),
            front(&pipeline, text, FormatHint::Text),
        );
        assert!(fronts.take(other.as_bytes(), FormatHint::Html).is_none());
        assert!(fronts.take(text.as_bytes(), FormatHint::Text).is_none());
        // the same bytes read with another hint are another document
        assert!(fronts.take(page.as_bytes(), FormatHint::Sniff).is_none());
        let kept = fronts
            .take(page.as_bytes(), FormatHint::Html)
            .expect("kept");
        assert_eq!(
            kept.article_text(),
            front(&pipeline, page, FormatHint::Html).article_text()
        );
        assert!(
            fronts.take(page.as_bytes(), FormatHint::Html).is_none(),
            "taken once"
        );
        // taking frees its share of the budget
        fronts.keep(
            page_key(other.as_bytes(), FormatHint::Html),
            front(&pipeline, other, FormatHint::Html),
        );
        assert!(fronts.take(other.as_bytes(), FormatHint::Html).is_some());
    }
}
