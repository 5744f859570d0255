//! A corpus cleaned in shards (`sach index` → `index merge` → `clean --index`) gives, byte for
//! byte, what `sach clean` gives on the whole corpus: texts, metadata and the edit log.

mod common;

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};

use common::sach;

/// Cross-document copies removed; a line is template in a fifth of the documents of the corpus
/// or of its site (12 documents each), so that each site's own line is template in its site only.
const CONFIG: &str = "[duplicates]\ncross_document = \"remove\"\n\
                      [boilerplate.corpus]\nmin_share = 0.2\n";

/// Sites the records' URLs name (record `n` is of site `n % SITES`).
const SITES: usize = 10;

/// The line every page of site `site` prints, in its own words (a line key masks digits).
fn site_line(site: usize) -> String {
    let names = [
        "An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khánh", "Lâm", "Minh", "Nam",
    ];
    format!("Chuyên trang {} mời bạn đọc gửi ý kiến", names[site])
}

/// Sentences of real Vietnamese news text (the committed raw dumps).
fn sentences() -> Vec<String> {
    let mut out = Vec::new();
    let mut files: Vec<PathBuf> = fs::read_dir("raw")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for f in files {
        let text = fs::read_to_string(f).unwrap();
        for s in text.split_inclusive(['.', '!', '?']) {
            let s = s.trim();
            if s.split_whitespace().count() >= 6 && !s.contains('\n') {
                out.push(s.to_string());
            }
        }
    }
    out
}

/// A corpus of 120 documents with the kinds of repetition the index has to get right: site
/// template lines (line statistics), sentences shared across documents and shards, exact copies
/// of documents, and near copies (one sentence changed).
fn corpus() -> Vec<String> {
    let pool = sentences();
    assert!(pool.len() > 40, "{}", pool.len());
    let template = [
        "Chia sẻ bài viết qua Facebook Zalo",
        "Theo dõi chúng tôi trên mạng xã hội",
        "Bản quyền thuộc về tòa soạn báo điện tử",
    ];
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = |n: usize| {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
        ((state >> 33) as usize) % n
    };
    let mut docs: Vec<String> = Vec::new();
    for i in 0..120 {
        let doc = match i % 10 {
            7 if i > 20 => docs[next(i)].clone(), // an exact copy of an earlier document
            9 if i > 20 => {
                // a near copy: one paragraph of an earlier document replaced
                let earlier = docs[next(i)].clone();
                let mut paras: Vec<&str> = earlier.split("\n\n").collect();
                let k = paras.len() / 2;
                let fresh = format!("Tin thứ {i} trong ngày được cập nhật liên tục.");
                paras[k] = &fresh;
                paras.join("\n\n")
            }
            _ => {
                let mut paras = vec![template[next(3)].to_string()];
                for _ in 0..3 + next(4) {
                    let n = 1 + next(3);
                    let p: Vec<&str> = (0..n).map(|_| pool[next(pool.len())].as_str()).collect();
                    paras.push(p.join(" "));
                }
                paras.push(format!("Bài số {i}. {}", template[next(3)]));
                paras.push(site_line(i % SITES));
                paras.join("\n\n")
            }
        };
        docs.push(doc);
    }
    docs
}

/// Writes the corpus as `shards` JSONL files under `dir/in` (records dealt in turn), each record
/// with the URL of its site.
fn write_shards(dir: &Path, docs: &[String], shards: usize) -> Vec<PathBuf> {
    let input = dir.join("in");
    fs::create_dir_all(&input).unwrap();
    let per = docs.len().div_ceil(shards);
    docs.chunks(per)
        .enumerate()
        .map(|(i, chunk)| {
            let path = input.join(format!("shard-{i:02}.jsonl"));
            let lines: Vec<String> = chunk
                .iter()
                .enumerate()
                .map(|(j, t)| {
                    let n = i * per + j;
                    let url = format!("https://bao{}.vn/tin-{n}.html", n % SITES);
                    serde_json::json!({"id": format!("{i}-{j}"), "url": url, "text": t}).to_string()
                })
                .collect();
            fs::write(&path, lines.join("\n") + "\n").unwrap();
            path
        })
        .collect()
}

fn run(args: Vec<OsString>) {
    sach().args(args).assert().success();
}

/// Command-line arguments of any path or string type.
macro_rules! args {
    ($($a:expr),* $(,)?) => { vec![$(OsString::from($a)),*] };
}

/// What a clean run wrote: each JSONL output, then metadata and edit log lines.
struct Output {
    files: Vec<(String, Vec<u8>)>,
    metadata: String,
    edits: String,
}

fn read_output(out: &Path, edits: &Path, into: &mut Output) {
    for f in fs::read_dir(out).unwrap() {
        let p = f.unwrap().path();
        if p.extension().is_some_and(|e| e == "jsonl") {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            into.files.push((name, fs::read(&p).unwrap()));
        }
    }
    into.files.sort();
    into.metadata += &fs::read_to_string(out.join("metadata.ndjson")).unwrap();
    into.edits += &fs::read_to_string(edits).unwrap();
}

fn sharded_equals_single(shards: usize) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let config = dir.join("sach.toml");
    fs::write(&config, CONFIG).unwrap();
    let paths = write_shards(dir, &corpus(), shards);
    assert_eq!(paths.len(), shards);

    let (single, single_edits) = (dir.join("single"), dir.join("single-edits.jsonl"));
    let c = "--config";
    run(args![
        &"clean",
        &dir.join("in"),
        &"--out",
        &single,
        &"--edits",
        &single_edits,
        &c,
        &config
    ]);
    let mut want = Output {
        files: vec![],
        metadata: String::new(),
        edits: String::new(),
    };
    read_output(&single, &single_edits, &mut want);

    // phase 1: statistics; phase 2: keys (shards in reverse order: order must not matter)
    let idx = |kind: &str, i: usize| dir.join(format!("{kind}-{i}.idx"));
    for (i, p) in paths.iter().enumerate() {
        run(args![
            &"index",
            &"--stats-only",
            p,
            &"--out",
            &idx("stats", i),
            &c,
            &config
        ]);
    }
    let mut merge: Vec<PathBuf> = (0..shards).rev().map(|i| idx("stats", i)).collect();
    let stats = dir.join("stats.idx");
    let mut a = args![&"index", &"merge", &"--out", &stats];
    a.extend(merge.iter().map(OsString::from));
    run(a);
    for (i, p) in paths.iter().enumerate().rev() {
        run(args![
            &"index",
            p,
            &"--index",
            &stats,
            &"--out",
            &idx("keys", i),
            &c,
            &config
        ]);
    }
    merge = (0..shards).rev().map(|i| idx("keys", i)).collect();
    merge.push(stats);
    let corpus_idx = dir.join("corpus.idx");
    let mut a = args![&"index", &"merge", &"--out", &corpus_idx];
    a.extend(merge.iter().map(OsString::from));
    run(a);
    // phase 3: each shard cleaned on its own
    let mut got = Output {
        files: vec![],
        metadata: String::new(),
        edits: String::new(),
    };
    for (i, p) in paths.iter().enumerate() {
        let (out, edits) = (
            dir.join(format!("out-{i}")),
            dir.join(format!("edits-{i}.jsonl")),
        );
        run(args![
            &"clean",
            p,
            &"--index",
            &corpus_idx,
            &"--out",
            &out,
            &"--edits",
            &edits,
            &c,
            &config
        ]);
        read_output(&out, &edits, &mut got);
    }
    assert_eq!(got.files.len(), want.files.len());
    for ((gn, g), (wn, w)) in got.files.iter().zip(&want.files) {
        assert_eq!(gn, wn);
        assert!(g == w, "{gn} differs with {shards} shards");
    }
    assert_eq!(got.metadata, want.metadata, "{shards} shards");
    assert_eq!(got.edits, want.edits, "{shards} shards");
    // the corpus exercises what it is meant to
    let report: serde_json::Value =
        serde_json::from_slice(&fs::read(single.join("report.json")).unwrap()).unwrap();
    assert_eq!(report["totals"]["failed"], 0, "documents failed");
    for rule in ["B012", "D005", "D006", "D007"] {
        assert!(
            want.edits.contains(&format!("\"{rule}\"")),
            "no {rule} in the corpus"
        );
    }
    assert!(
        want.edits.contains("documents of its site"),
        "no line counted within its site"
    );
}

#[test]
fn one_shard_equals_the_single_run() {
    sharded_equals_single(1);
}

#[test]
fn three_shards_equal_the_single_run() {
    sharded_equals_single(3);
}

#[test]
fn eight_shards_equal_the_single_run() {
    sharded_equals_single(8);
}

#[test]
fn mistakes_are_refused_with_a_message() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let paths = write_shards(dir, &corpus()[..30], 2);
    let (stats, keys, corpus_idx) = (dir.join("s.idx"), dir.join("k.idx"), dir.join("c.idx"));
    let fails = |args: Vec<OsString>, message: &str| {
        let out = sach().args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr).to_string();
        assert!(!out.status.success() && err.contains(message), "{err}");
    };
    // keys need the corpus statistics when the prescan is on (the default)
    fails(args![&"index", &paths[0], &"--out", &keys], "--stats-only");
    run(args![
        &"index",
        &"--stats-only",
        &paths[0],
        &"--out",
        &stats
    ]);
    // an index of statistics only cannot stand for the keys
    let out = dir.join("out");
    fails(
        args![&"clean", &paths[0], &"--index", &stats, &"--out", &out],
        "no keys",
    );
    run(args![
        &"index", &paths[0], &"--index", &stats, &"--out", &keys
    ]);
    // the same shard twice
    fails(
        args![&"index", &"merge", &keys, &keys, &"--out", &corpus_idx],
        "in two of the indexes",
    );
    run(args![
        &"index",
        &"merge",
        &stats,
        &keys,
        &"--out",
        &corpus_idx
    ]);
    // a shard that was not indexed: its documents fail, naming the index
    fails(
        args![&"clean", &paths[1], &"--index", &corpus_idx, &"--out", &out],
        "is not in the index",
    );
    // not an index
    fails(
        args![&"clean", &paths[0], &"--index", &paths[0], &"--out", &out],
        "not a sach index file",
    );
}
