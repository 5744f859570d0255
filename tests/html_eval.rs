//! Extraction quality as a regression test: the shingle F1 of `scripts/eval-html` (the
//! ScrapingHub benchmark's metric) on the 181 benchmark pages and the Vietnamese news sets, and
//! WCXB's word F1 on every 4th page of its odd half (the half never tuned on), each held above a
//! floor a little under what was measured when the floor was set.
//!
//! The Vietnamese sets are a news corpus's view: their truth for a category page is no article,
//! so they run with `[html] page_types = ["article"]`, as such a corpus would.
//!
//! `cargo test --release --test html_eval -- --nocapture` prints the figures.

use std::collections::HashMap;
use std::path::Path;

use sach::config::Config;
use sach::pipeline::Pipeline;
use sach::FormatHint;

/// Runs of word characters (`\w+` as Python's `re` reads it: alphanumerics and `_`).
fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let toks = tokens(text);
    let mut counts = HashMap::new();
    for w in toks.windows(4) {
        *counts.entry(w.to_vec()).or_insert(0) += 1;
    }
    counts
}

/// Precision and recall of one page, as the benchmark defines them.
fn page_scores(truth: &str, output: &str) -> (f64, f64) {
    let (t, o) = (shingles(truth), shingles(output));
    let tp: usize = o
        .iter()
        .map(|(k, n)| (*n).min(*t.get(k).unwrap_or(&0)))
        .sum();
    let fp: usize = o
        .iter()
        .map(|(k, n)| n.saturating_sub(*t.get(k).unwrap_or(&0)))
        .sum();
    let fn_: usize = t
        .iter()
        .map(|(k, n)| n.saturating_sub(*o.get(k).unwrap_or(&0)))
        .sum();
    match (tp, fp, fn_) {
        (_, 0, 0) => (1.0, 1.0),
        (0, _, _) => (0.0, 0.0),
        _ => (tp as f64 / (tp + fp) as f64, tp as f64 / (tp + fn_) as f64),
    }
}

/// Mean precision, mean recall and their F1 over a set in the benchmark's layout.
fn evaluate(set: &Path, config: Config) -> (f64, f64, f64, usize) {
    let truth: serde_json::Value =
        serde_json::from_slice(&std::fs::read(set.join("ground-truth.json")).unwrap()).unwrap();
    let truth = truth.as_object().unwrap();
    let pipeline = Pipeline::new(config);
    let (mut p, mut r) = (0.0, 0.0);
    for entry in std::fs::read_dir(set.join("html")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy();
        let id = name.split('.').next().unwrap();
        let body = truth[id]["articleBody"].as_str().unwrap_or_default();
        let bytes = std::fs::read(&path).unwrap();
        let doc = sach::process_with(&pipeline, &bytes, FormatHint::Html, None).unwrap();
        let (pp, rr) = page_scores(body, &doc.cleaned.text);
        p += pp;
        r += rr;
    }
    let n = truth.len();
    let (p, r) = (p / n as f64, r / n as f64);
    (p, r, 2.0 * p * r / (p + r), n)
}

fn check(set: &Path, config: Config, floor: f64) {
    let (p, r, f1, n) = evaluate(set, config);
    eprintln!("{}: {n} pages, P {p:.3} R {r:.3} F1 {f1:.3}", set.display());
    assert!(
        f1 >= floor,
        "{}: F1 {f1:.3} fell below {floor}",
        set.display()
    );
}

#[test]
fn scrapinghub_benchmark() {
    let set = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/article-extraction");
    assert!(
        set.is_dir(),
        "the benchmark lives in ../shared (see the README)"
    );
    check(&set, Config::default(), 0.97);
}

#[test]
fn vietnamese_news_pages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/html/vi");
    let articles = || Config::from_toml("[html]\npage_types = [\"article\"]").unwrap();
    check(&root.join("dev"), articles(), 0.98);
    check(&root.join("heldout"), articles(), 0.97);
}

/// WCXB's word F1 of one page: lower-cased `\w+` multisets; an empty truth scores 1 only for an
/// empty output.
fn word_f1(truth: &str, output: &str) -> f64 {
    let bag = |text: &str| {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for t in tokens(text) {
            *counts.entry(t.to_lowercase()).or_insert(0) += 1;
        }
        counts
    };
    let (t, o) = (bag(truth), bag(output));
    if t.is_empty() {
        return if o.is_empty() { 1.0 } else { 0.0 };
    }
    let tp: usize = o
        .iter()
        .map(|(k, n)| (*n).min(*t.get(k).unwrap_or(&0)))
        .sum();
    if tp == 0 {
        return 0.0;
    }
    let (p, r) = (
        tp as f64 / o.values().sum::<usize>() as f64,
        tp as f64 / t.values().sum::<usize>() as f64,
    );
    2.0 * p * r / (p + r)
}

#[test]
fn wcxb_untuned_pages_of_every_type() {
    let set = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/wcxb-dev/dev");
    assert!(
        set.is_dir(),
        "the benchmark lives in ../shared (see the README)"
    );
    let pipeline = Pipeline::new(Config::default());
    let mut by_type: HashMap<String, (f64, usize)> = HashMap::new();
    // every 4th odd id: the untuned half, small enough for the test suite
    for id in (1..5000).step_by(8) {
        let Ok(truth) = std::fs::read(set.join(format!("ground-truth/{id:04}.json"))) else {
            continue;
        };
        let truth: serde_json::Value = serde_json::from_slice(&truth).unwrap();
        let bytes = std::fs::read(set.join(format!("html/{id:04}.html.gz"))).unwrap();
        let doc = sach::process_with(&pipeline, &bytes, FormatHint::Html, None).unwrap();
        let f1 = word_f1(
            truth["ground_truth"]["main_content"]
                .as_str()
                .unwrap_or_default(),
            &doc.cleaned.text,
        );
        let kind = truth["_internal"]["page_type"]["primary"]
            .as_str()
            .unwrap()
            .to_string();
        for key in [kind, "all".to_string()] {
            let e = by_type.entry(key).or_insert((0.0, 0));
            e.0 += f1;
            e.1 += 1;
        }
    }
    let mean = |k: &str| by_type[k].0 / by_type[k].1 as f64;
    let mut kinds: Vec<_> = by_type.keys().cloned().collect();
    kinds.sort();
    for k in &kinds {
        eprintln!(
            "wcxb odd/4 {k}: {} pages, word F1 {:.3}",
            by_type[k].1,
            mean(k)
        );
    }
    for (kind, floor) in WCXB_FLOORS {
        assert!(
            mean(kind) >= *floor,
            "wcxb {kind}: word F1 {:.3} fell below {floor}",
            mean(kind)
        );
    }
}

/// Measured on the odd quarter when set, a little lower (last, session 10: all 0.847, article
/// 0.947, collection 0.669, documentation 0.937, forum 0.665, listing 0.693, product 0.733,
/// service 0.783; service again in session 14: 0.792; forum in session 18, with the thread's
/// remarks left out: 0.686).
const WCXB_FLOORS: &[(&str, f64)] = &[
    ("all", 0.83),
    ("article", 0.93),
    ("collection", 0.65),
    ("documentation", 0.91),
    ("forum", 0.68),
    ("listing", 0.67),
    ("product", 0.71),
    ("service", 0.78),
];

#[test]
fn the_metric_matches_the_benchmark_definition() {
    assert_eq!(page_scores("a b c d e", "a b c d e"), (1.0, 1.0));
    assert_eq!(page_scores("a b c d", "w x y z"), (0.0, 0.0));
    let (p, r) = page_scores("a b c d e f", "a b c d");
    assert_eq!((p, r), (1.0, 1.0 / 3.0));
    assert_eq!(
        page_scores("", ""),
        (1.0, 1.0),
        "an empty page, rightly empty"
    );
}
