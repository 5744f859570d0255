//! Invariants as property tests (issue 15), on arbitrary bytes and on generated Vietnamese-like
//! text: no panic; the output is valid UTF-8 in NFC; every stage's edits are sorted, in bounds,
//! on character boundaries and (the changing ones) disjoint, and replaying them gives the output;
//! cleaning twice changes nothing; a corpus gives the same bytes for any thread count and file
//! order. The case counts are fixed (and the seed is proptest's deterministic default for a
//! given test name) so the file runs in seconds; raise them with PROPTEST_CASES when hunting.

mod common;

use proptest::prelude::*;
use proptest::test_runner::{Config as RunnerConfig, RngAlgorithm, TestRng, TestRunner};
use sach::config::Config;
use sach::pipeline::Pipeline;

/// Syllables with every tone and the letters that carry them, plus the punctuation, numbers and
/// invisible or odd characters scraped text has (no-break space, zero-width space, soft hyphen,
/// a decomposed tone, CR).
const PIECES: &[&str] = &[
    "Hà",
    "Nội",
    "người",
    "Việt",
    "Nam",
    "được",
    "những",
    "thủ",
    "tướng",
    "hợp",
    "tác",
    "ông",
    "bà",
    "TP.",
    "HCM",
    "năm",
    "2024",
    "32",
    "độ",
    "C.",
    "khoảng",
    "Nguyễn",
    "V.",
    "A.",
    "ảnh:",
    "Ảnh",
    "Theo",
    "VnExpress",
    "Tin",
    "liên",
    "quan",
    "xem",
    "thêm",
    "nhiều",
    "hơn",
    "hoà",
    "hòa",
    "thuỷ",
    "thủy",
    "quốc",
    "gia",
    "1.182",
    "3,5%",
    "25/9/2017",
    "vnexpress.net",
    "…",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "\"",
    "“",
    "”",
    "(",
    ")",
    "-",
    "–",
    " ",
    " ",
    "  ",
    "\u{a0}",
    "\u{200b}",
    "\u{ad}",
    "a\u{301}",
    "o\u{302}\u{300}",
    "\n",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
];

fn vietnamese_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|pieces| {
        let mut s = String::new();
        for p in pieces {
            if !s.is_empty()
                && !p.starts_with(char::is_whitespace)
                && !s.ends_with(char::is_whitespace)
            {
                s.push(' ');
            }
            s.push_str(p);
        }
        s
    })
}

fn runner(cases: u32) -> TestRunner {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(cases);
    TestRunner::new_with_rng(
        RunnerConfig {
            cases,
            failure_persistence: None,
            ..RunnerConfig::default()
        },
        TestRng::deterministic_rng(RngAlgorithm::ChaCha),
    )
}

fn check_document(pipeline: &Pipeline, bytes: &[u8]) -> Result<(), TestCaseError> {
    match sach::process(pipeline, bytes) {
        Ok(doc) => {
            sach::invariants::processed(&doc, true).map_err(TestCaseError::fail)?;
            sach::invariants::segmentation(&doc.cleaned.text).map_err(TestCaseError::fail)?;
        }
        Err(sach::DocError::Internal(e)) => return Err(TestCaseError::fail(e)),
        Err(_) => {}
    }
    Ok(())
}

#[test]
fn arbitrary_bytes_keep_the_invariants() {
    let pipeline = Pipeline::new(Config::default());
    runner(300)
        .run(&prop::collection::vec(any::<u8>(), 0..400), |bytes| {
            sach::invariants::decoding(&bytes).map_err(TestCaseError::fail)?;
            check_document(&pipeline, &bytes)
        })
        .unwrap();
}

#[test]
fn vietnamese_like_text_keeps_the_invariants() {
    let pipeline = Pipeline::new(Config::default());
    runner(300)
        .run(&vietnamese_like(), |text| {
            sach::invariants::segmentation(&text).map_err(TestCaseError::fail)?;
            check_document(&pipeline, text.as_bytes())
        })
        .unwrap();
}

// The body zone (B015) scores each line with its neighbours and position, so on generated word
// salad a second run over the first run's output can find another zone (emptied or narrower).
// Real documents are checked in `tests/idempotence.rs` (the pass's later looks over its own kept
// lines make the article dumps fixed points); on word salad a second run can still empty the
// text (a salad the first run kept as a zone scores below τ once alone), so this stays open.
#[test]
#[ignore = "body zone (B015) is contextual: on word salad a second run can find another zone (issue 11)"]
fn vietnamese_like_text_cleaned_twice_changes_nothing() {
    let pipeline = Pipeline::new(Config::default());
    runner(300)
        .run(&vietnamese_like(), |text| {
            let once = sach::process(&pipeline, text.as_bytes())
                .unwrap()
                .cleaned
                .text;
            let twice = sach::process(&pipeline, once.as_bytes())
                .unwrap()
                .cleaned
                .text;
            prop_assert_eq!(&twice, &once, "input: {:?}", text);
            Ok(())
        })
        .unwrap();
}

#[test]
fn html_like_markup_keeps_the_invariants() {
    let pipeline = Pipeline::new(Config::default());
    let tag = prop::sample::select(
        &[
            "<p>",
            "</p>",
            "<div class=\"content\">",
            "</div>",
            "<a href=\"/x\">",
            "</a>",
            "<li>",
            "<ul>",
            "</ul>",
            "<h1>",
            "</h1>",
            "<script>",
            "</script>",
            "<br>",
            "<!--",
            "-->",
            "<p data-x=\"é",
            "<meta charset=\"utf-8\">",
            "<table><tr><td>",
            "&nbsp;",
            "&amp;",
        ][..],
    );
    let piece = prop_oneof![tag.prop_map(str::to_string), vietnamese_like()];
    let page = prop::collection::vec(piece, 0..40)
        .prop_map(|parts| format!("<!DOCTYPE html><html><body>{}", parts.concat()));
    runner(100)
        .run(&page, |page| {
            sach::invariants::extraction(&page).map_err(TestCaseError::fail)?;
            check_document(&pipeline, page.as_bytes())
        })
        .unwrap();
}

/// Runs `sach clean` over `files` (written in `order`) with `threads`; returns the output tree.
fn clean_corpus(
    files: &[String],
    order: &[usize],
    threads: &str,
) -> std::collections::BTreeMap<String, Vec<u8>> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("in")).unwrap();
    let mut args = Vec::new();
    for &i in order {
        let name = format!("in/{i:02}.txt");
        std::fs::write(dir.path().join(&name), &files[i]).unwrap();
        args.push(name);
    }
    let run = common::sach()
        .current_dir(dir.path())
        .arg("clean")
        .args(&args)
        .args(["--out", "out", "-j", threads])
        .output()
        .unwrap();
    assert!(run.status.code().is_some_and(|c| c <= 2));
    // everything, report.json and metadata.ndjson included
    common::tree(&dir.path().join("out"))
}

#[test]
fn a_corpus_gives_the_same_bytes_for_any_thread_count_and_file_order() {
    let corpus = prop::collection::vec(vietnamese_like(), 2..8);
    runner(4)
        .run(&(corpus, any::<u64>()), |(files, seed)| {
            let order: Vec<usize> = (0..files.len()).collect();
            let mut shuffled = order.clone();
            shuffled.sort_by_key(|i| (*i as u64).wrapping_mul(seed | 1).rotate_left(17));
            let one = clean_corpus(&files, &order, "1");
            let many = clean_corpus(&files, &shuffled, "4");
            prop_assert_eq!(one, many);
            Ok(())
        })
        .unwrap();
}

// Counterexamples the properties found with PROPTEST_CASES=4000 in the Vietnamese passes: the
// first is fixed (words followed by a combining mark are not repaired); the second is reported
// to the lead and kept, ignored, so its fix can be checked.

#[test]
fn tone_repair_keeps_the_output_nfc() {
    let pipeline = Pipeline::new(Config::default());
    // windows-1258 "oÀ" + combining tilde: N101 gives "òA\u{303}", which NFC composes to "òÃ"
    let doc = sach::process(&pipeline, &[111, 192, 222, 1, 240]).unwrap();
    sach::invariants::processed(&doc, true).unwrap();
}

#[test]
#[ignore = "tone style is decided before the byline line is removed: the second run repairs 'hoà' (Vietnamese passes)"]
fn cleaning_twice_changes_nothing_after_a_removed_date_line() {
    let pipeline = Pipeline::new(Config::default());
    let text =
        "tác Nam được Nam Theo gia tác hoà năm V. tác nhiều tác tác\n25/9/2017 HCM".as_bytes();
    let once = sach::process(&pipeline, text).unwrap().cleaned.text;
    let twice = sach::process(&pipeline, once.as_bytes())
        .unwrap()
        .cleaned
        .text;
    assert_eq!(twice, once);
}
