//! `sach clean` end to end: outputs, bad input, determinism, stdin, JSONL, configuration.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use common::{sach, tree};

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    let p = dir.join(name);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, bytes).unwrap();
}

fn report(out: &Path) -> serde_json::Value {
    serde_json::from_slice(&fs::read(out.join("report.json")).unwrap()).unwrap()
}

/// The edit log's lines of document `doc`, as `CODE reason`.
fn logged(log: &Path, doc: &str) -> Vec<String> {
    fs::read_to_string(log)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|e| e["doc"] == doc)
        .map(|e| {
            format!(
                "{} {}",
                e["rule"].as_str().unwrap(),
                e["reason"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn bad_inputs_fail_alone_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    write(&input, "a_good.txt", "Hà\u{a0}Nội  \r\n".as_bytes());
    write(
        &input,
        "b_binary.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    );
    write(&input, "c_empty.txt", b"");
    let prefix = "Thủ tướng Nguyễn Xuân Phúc nêu rõ quan hệ Việt Nam ";
    let mut invalid = prefix.as_bytes().to_vec();
    invalid.extend(b"\xE1\xBB tin c\xFFy.\n");
    write(&input, "d_invalid.txt", &invalid);
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path().join("nowhere"), input.join("e_dangling.txt")).unwrap();
    let before = tree(&input);
    let out = dir.path().join("out");

    let assert = sach()
        .args(["clean"])
        .arg(&input)
        .arg(dir.path().join("missing.txt"))
        .arg("--out")
        .arg(&out)
        .arg("--edits")
        .arg(dir.path().join("edits.jsonl"))
        .assert();
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert.code(2);

    assert!(
        stderr.contains("b_binary.txt: binary file (NUL byte at offset 8)"),
        "{stderr}"
    );
    assert!(stderr.contains("missing.txt:"), "{stderr}");
    #[cfg(unix)]
    assert!(stderr.contains("e_dangling.txt:"), "{stderr}");
    for line in stderr.lines().filter(|l| l.contains("error")) {
        assert!(
            line.starts_with("sach: error: "),
            "one-line errors naming the file: {line}"
        );
    }
    let written = tree(&out);
    assert_eq!(
        fs::read_to_string(out.join("a_good.txt")).unwrap(),
        "Hà Nội\n"
    );
    assert_eq!(fs::read(out.join("c_empty.txt")).unwrap(), b"");
    let invalid_out = fs::read_to_string(out.join("d_invalid.txt")).unwrap();
    assert!(
        invalid_out.contains("rõ quan hệ Việt Nam \u{FFFD} tin c\u{FFFD}y."),
        "{invalid_out}"
    );
    assert!(
        !written.contains_key("b_binary.txt"),
        "no output for a failed input"
    );
    assert!(
        written.keys().all(|k| !k.contains(".tmp")),
        "no temporary files left: {:?}",
        written.keys()
    );
    assert_eq!(tree(&input), before, "raw inputs are never modified");

    let r = report(&out);
    let docs = r["documents"].as_array().unwrap();
    let invalid_doc = docs
        .iter()
        .find(|d| d["path"].as_str().unwrap().ends_with("d_invalid.txt"))
        .unwrap();
    assert_eq!(invalid_doc["rules"]["E001"], 2);
    let offsets: Vec<_> = logged(
        &dir.path().join("edits.jsonl"),
        invalid_doc["path"].as_str().unwrap(),
    )
    .into_iter()
    .filter(|e| e.starts_with("E001"))
    .collect();
    assert_eq!(offsets.len(), 2, "{offsets:?}");
    assert!(
        offsets[0].contains(&format!("E1 BB at byte {}", prefix.len())),
        "{offsets:?}"
    );
    assert!(
        offsets[1].contains(&format!("FF at byte {}", prefix.len() + 8)),
        "{offsets:?}"
    );
    let binary = docs
        .iter()
        .find(|d| d["path"].as_str().unwrap().ends_with("b_binary.txt"))
        .unwrap();
    assert_eq!(binary["status"], "error");
    assert!(r["totals"]["failed"].as_u64().unwrap() >= 2);
}

#[test]
fn a_50_mb_single_line_is_cleaned() {
    let dir = tempfile::tempdir().unwrap();
    let mut line = String::with_capacity(51 << 20);
    let mut i = 0u64;
    while line.len() < 50 << 20 {
        line.push_str(&format!(
            "Câu số {i} nói về hợp tác Việt\u{a0}Nam, năm {}. ",
            1990 + i % 35
        ));
        i += 1;
    }
    write(dir.path(), "huge.txt", line.as_bytes());
    let out = dir.path().join("out");
    sach()
        .args(["clean"])
        .arg(dir.path().join("huge.txt"))
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let clean = fs::read_to_string(out.join("huge.txt")).unwrap();
    assert!(!clean.contains('\u{a0}'));
    assert!(clean.ends_with(".\n"));
    assert_eq!(
        clean.len(),
        line.len() - i as usize - 1 + 1,
        "each NBSP (2 bytes) → space, trailing space → LF"
    );
}

#[test]
fn output_is_identical_for_any_thread_count_and_argument_order() {
    let dir = tempfile::tempdir().unwrap();
    let one = dir.path().join("one");
    let two = dir.path().join("two");
    sach()
        .args([
            "clean",
            "raw/003_ba64128e8c690845.txt",
            "raw",
            "--threads",
            "1",
            "--out",
        ])
        .arg(&one)
        .assert()
        .success();
    sach()
        .args([
            "clean",
            "raw",
            "raw/003_ba64128e8c690845.txt",
            "-j",
            "2",
            "--out",
        ])
        .arg(&two)
        .assert()
        .success();
    assert_eq!(tree(&one), tree(&two));
}

/// A generated corpus: 240 documents assembled from the paragraphs of raw/ (so sentences,
/// template lines and whole texts recur across documents), as files in folders and as JSONL
/// records, with an unreadable record.
fn generated_corpus(dir: &Path) {
    let mut paragraphs: Vec<String> = Vec::new();
    for e in fs::read_dir("raw").unwrap() {
        let text = fs::read_to_string(e.unwrap().path()).unwrap();
        paragraphs.extend(text.split("\n\n").map(str::to_string));
    }
    paragraphs.sort();
    let mut state = 20261202u64;
    let mut pick = || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as usize % paragraphs.len()
    };
    let mut jsonl = String::new();
    for n in 0..240 {
        let k = 2 + n % 5;
        let text: Vec<&str> = (0..k).map(|_| paragraphs[pick()].as_str()).collect();
        let text = text.join("\n\n");
        if n % 2 == 0 {
            write(dir, &format!("f{}/doc{n:03}.txt", n % 7), text.as_bytes());
        } else {
            let record = serde_json::json!({"id": n, "text": text});
            jsonl.push_str(&format!("{record}\n"));
        }
        if n == 100 {
            jsonl.push_str("{not json\n");
        }
    }
    write(dir, "records.jsonl", jsonl.as_bytes());
}

#[test]
fn a_generated_corpus_is_cleaned_the_same_whatever_the_threads_and_order() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    generated_corpus(&input);
    let run = |args: &[&str], threads: &str, out: &str| {
        let mut cmd = sach();
        cmd.arg("clean");
        for a in args {
            cmd.arg(input.join(a));
        }
        cmd.args(["--corpus-lines", "-j", threads, "--out"])
            .arg(dir.path().join(out))
            .arg("--edits")
            .arg(dir.path().join(format!("{out}.edits")))
            .assert()
            .code(2); // the bad record
        let mut all = tree(&dir.path().join(out));
        all.insert(
            "edits".into(),
            fs::read(dir.path().join(format!("{out}.edits"))).unwrap(),
        );
        all
    };
    let same = |a: &BTreeMap<String, Vec<u8>>, b: &BTreeMap<String, Vec<u8>>, what: &str| {
        let differ: Vec<&String> = a.keys().filter(|k| a.get(*k) != b.get(*k)).collect();
        assert!(
            a.len() == b.len() && differ.is_empty(),
            "{what}: {differ:?} differ"
        );
    };
    let one = run(&["."], "1", "one");
    let edits = String::from_utf8_lossy(&one["edits"]).to_string();
    for rule in ["\"D005\"", "\"B012\""] {
        assert!(edits.contains(rule), "the corpus exercises {rule}");
    }
    same(&run(&["."], "2", "two"), &one, "-j2");
    // the same inputs named in another order: the documents are still taken in path order
    let sorted = ["f0", "f1", "f2", "f3", "f4", "f5", "f6", "records.jsonl"];
    let shuffled = ["f4", "records.jsonl", "f0", "f6", "f2", "f1", "f5", "f3"];
    same(
        &run(&shuffled, "3", "three"),
        &run(&sorted, "1", "four"),
        "shuffled, -j3",
    );
}

#[test]
fn stdin_is_cleaned_to_stdout() {
    sach()
        .args(["clean", "-"])
        .write_stdin("  \nHà\u{200b}Nội\r\n\r\n\r\nxin chào")
        .assert()
        .success()
        .stdout("HàNội\n\nxin chào\n");
    sach()
        .args(["clean", "-", "--out", "x"])
        .write_stdin("a")
        .assert()
        .code(2);
}

#[test]
fn jsonl_records_are_cleaned_in_place_and_bad_records_reported() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = "{\"id\":1,\"text\":\"Hà\\u00a0Nội  \",\"url\":\"u\"}\nnot json\n\n{\"id\":3,\"body\":\"x\"}\n{\"id\":4,\"text\":\"ok\"}\n";
    write(dir.path(), "in/corpus.jsonl", jsonl.as_bytes());
    let out = dir.path().join("out");
    let assert = sach()
        .arg("clean")
        .arg(dir.path().join("in"))
        .arg("--out")
        .arg(&out)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(stderr.contains("corpus.jsonl:2: invalid JSON"), "{stderr}");
    assert!(
        stderr.contains("corpus.jsonl:4: record has no `text` field"),
        "{stderr}"
    );
    let lines: Vec<serde_json::Value> = fs::read_to_string(out.join("corpus.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["text"], "Hà Nội\n");
    assert_eq!(lines[0]["url"], "u", "other fields kept");
    assert_eq!(lines[1]["id"], 4);
}

/// A crawl of 60 sites of 8 pages in one JSONL file: each site's menu is on 8 of 480 pages, too
/// few of the crawl's for B012, but on every page of its site, which the records' URLs name.
/// `--url-field` names the field; a field the records lack groups nothing.
#[test]
fn jsonl_records_group_the_corpus_statistics_by_their_urls_site() {
    let syllables = [
        "An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khánh", "Lâm",
    ];
    let mut jsonl = String::new();
    for site in 0..60 {
        let name = format!(
            "{} {}",
            syllables[site % 8],
            syllables[site / 8].to_lowercase()
        );
        for i in 0..8 {
            let text = format!(
                "Star {name} Ciné Musik Beauty & Fashion Đời sống Xã hội Sức khỏe\n\nĐây là nội dung riêng của bài {i} trên báo {site}, với các số liệu và nhận định của phóng viên tại hiện trường vào sáng nay.\n\nTheo ban tổ chức, sự kiện thứ {i} thu hút hàng nghìn người tham gia, nhiều hơn hẳn so với dự kiến ban đầu.\n"
            );
            let record = serde_json::json!({
                "id": site * 8 + i,
                "link": format!("https://www.bao{site}.vn/bai-{i}.html"),
                "text": text,
            });
            jsonl.push_str(&format!("{record}\n"));
        }
    }
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "in/crawl.jsonl", jsonl.as_bytes());
    let run = |url_field: &str| {
        let out = dir.path().join(format!("out-{url_field}"));
        sach()
            .arg("clean")
            .arg(dir.path().join("in"))
            .args(["--out".as_ref(), out.as_os_str()])
            .args(["--url-field", url_field])
            .assert()
            .success();
        let record: serde_json::Value = fs::read_to_string(out.join("crawl.jsonl"))
            .unwrap()
            .lines()
            .nth(14 * 8 + 3)
            .map(|l| serde_json::from_str(l).unwrap())
            .unwrap();
        let meta = fs::read_to_string(out.join("metadata.ndjson")).unwrap();
        let meta: serde_json::Value =
            serde_json::from_str(meta.lines().nth(14 * 8 + 3).unwrap()).unwrap();
        (record["text"].as_str().unwrap().to_string(), meta)
    };
    let (text, meta) = run("link");
    assert!(!text.contains("Musik"), "{text}");
    assert!(text.contains("sự kiện thứ 3 thu hút"), "{text}");
    assert_eq!(
        meta["metadata"]["url"], "https://www.bao14.vn/bai-3.html",
        "{meta}"
    );
    let (text, _) = run("url");
    assert!(text.contains("Musik"), "no such field, no site: {text}");
}

#[test]
fn configuration_disables_rules_and_bad_configuration_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "sach.toml",
        b"[rules]\nignore = [\"odd-space\"]\n",
    );
    write(dir.path(), "in/a.txt", "Hà\u{a0}Nội".as_bytes());
    sach()
        .current_dir(dir.path())
        .args(["clean", "in", "--out", "out"])
        .assert()
        .success();
    assert_eq!(
        fs::read_to_string(dir.path().join("out/a.txt")).unwrap(),
        "Hà\u{a0}Nội\n"
    );
    sach()
        .current_dir(dir.path())
        .args(["clean", "in", "--out", "out2", "--ignore", "N9"])
        .assert()
        .code(2);
    write(dir.path(), "bad.toml", b"[rules]\nignor = []\n");
    let assert = sach()
        .current_dir(dir.path())
        .args(["clean", "in", "--out", "out3", "--config", "bad.toml"])
        .assert()
        .code(2);
    assert!(String::from_utf8_lossy(&assert.get_output().stderr).contains("bad.toml"));
}

#[test]
fn rules_are_self_documenting() {
    let out = sach()
        .args(["rule", "N001"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("nfc") && text.contains("Example"), "{text}");
    sach().args(["rule", "Z999"]).assert().code(2);
    let list = String::from_utf8(
        sach()
            .arg("rules")
            .assert()
            .success()
            .get_output()
            .stdout
            .clone(),
    )
    .unwrap();
    assert_eq!(list.lines().count(), sach::rule::all().len());
}

#[test]
fn refuses_to_write_over_its_inputs() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "raw/a.txt", "Hà\u{a0}Nội".as_bytes());
    let before = tree(dir.path());
    for args in [["raw/a.txt", "raw"], ["raw", "raw"], ["raw", "."]] {
        sach()
            .current_dir(dir.path())
            .args(["clean", args[0], "--out", args[1]])
            .assert()
            .code(2);
    }
    assert_eq!(tree(dir.path()), before);
}

#[test]
fn corpus_prescan_drops_template_lines_but_keeps_repeated_prose() {
    let dir = tempfile::tempdir().unwrap();
    let prose = "Ủy ban nhân dân thành phố cho biết sẽ tiếp tục theo dõi chặt chẽ tình hình và báo cáo kết quả lên cấp trên trong tuần tới.";
    // the prescan is on by default from 20 documents; `enabled = false` turns it off
    write(
        dir.path(),
        "off.toml",
        b"[boilerplate.corpus]\nenabled = false\n",
    );
    for i in 0..24 {
        let doc = format!(
            "Chuyên mục Kinh tế số ra hằng tuần\n\nBài {i}: thị trường lúa gạo tuần thứ {i} ghi nhận giá tăng nhẹ ở nhiều tỉnh đồng bằng sông Cửu Long, theo số liệu của các thương lái.\n\n{prose}\n"
        );
        write(dir.path(), &format!("in/{i:02}.txt"), doc.as_bytes());
    }
    let plain = dir.path().join("plain");
    let corpus = dir.path().join("corpus");
    sach()
        .arg("clean")
        .arg(dir.path().join("in"))
        .arg("--config")
        .arg(dir.path().join("off.toml"))
        .arg("--out")
        .arg(&plain)
        .assert()
        .success();
    sach()
        .arg("clean")
        .arg(dir.path().join("in"))
        .arg("--corpus-lines")
        .arg("--out")
        .arg(&corpus)
        .assert()
        .success();
    let kept = fs::read_to_string(plain.join("05.txt")).unwrap();
    let cut = fs::read_to_string(corpus.join("05.txt")).unwrap();
    assert!(kept.contains("Chuyên mục Kinh tế số"), "{kept}");
    assert!(!cut.contains("Chuyên mục Kinh tế số"), "{cut}");
    assert!(cut.contains(prose) && cut.contains("Bài 5:"), "{cut}");
}

#[test]
fn cross_document_duplicates_are_reported_in_path_order() {
    let dir = tempfile::tempdir().unwrap();
    let shared = "Bộ Y tế khuyến cáo người dân đeo khẩu trang khi đến nơi đông người.";
    write(
        dir.path(),
        "in/b.txt",
        format!("Chiều nay các trường học được yêu cầu tăng cường kiểm tra. {shared}\n").as_bytes(),
    );
    write(
        dir.path(),
        "in/a.txt",
        format!("{shared} Sáng nay thành phố ghi nhận thêm nhiều ca bệnh mới.\n").as_bytes(),
    );
    write(
        dir.path(),
        "in/c.txt",
        format!("{shared} Sáng nay thành phố ghi nhận thêm nhiều ca bệnh mới.\n").as_bytes(),
    );
    let out = dir.path().join("out");
    sach()
        .arg("clean")
        .arg(dir.path().join("in"))
        .arg("-j2")
        .arg("--out")
        .arg(&out)
        .arg("--edits")
        .arg(dir.path().join("edits.jsonl"))
        .assert()
        .success();
    let r = report(&out);
    let rules = |i: usize| -> Vec<String> {
        logged(
            &dir.path().join("edits.jsonl"),
            r["documents"][i]["path"].as_str().unwrap(),
        )
    };
    assert!(
        rules(0).iter().all(|e| !e.starts_with('D')),
        "a.txt is first: {:?}",
        rules(0)
    );
    assert!(
        rules(1)
            .iter()
            .any(|e| e.starts_with("D005") && e.contains("a.txt (sentence 1)")),
        "{:?}",
        rules(1)
    );
    assert!(
        rules(2)
            .iter()
            .any(|e| e.starts_with("D006") && e.contains("a.txt")),
        "{:?}",
        rules(2)
    );
    assert_eq!(
        fs::read_to_string(out.join("c.txt")).unwrap(),
        fs::read_to_string(dir.path().join("in/c.txt")).unwrap(),
        "report only by default"
    );
}

#[test]
fn forced_and_unknown_encodings() {
    let dir = tempfile::tempdir().unwrap();
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode("Hà Giang mùa thu\n");
    write(dir.path(), "a.txt", &bytes);
    let out = dir.path().join("out");
    sach()
        .arg("clean")
        .arg(dir.path().join("a.txt"))
        .args(["--encoding", "latin1", "--out"])
        .arg(&out)
        .assert()
        .success();
    assert_eq!(
        fs::read_to_string(out.join("a.txt")).unwrap(),
        "Hà Giang mùa thu\n"
    );
    assert_eq!(report(&out)["documents"][0]["detection"], "forced");
    sach()
        .arg("clean")
        .arg(dir.path().join("a.txt"))
        .args(["--encoding", "klingon", "--out"])
        .arg(&out)
        .assert()
        .code(2);
}

#[test]
fn metadata_sidecar_keeps_what_was_cut() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    sach()
        .args(["clean", "raw/002_83a4270b0e3402e9.txt", "--out"])
        .arg(&out)
        .assert()
        .success();
    let line: serde_json::Value = serde_json::from_str(
        fs::read_to_string(out.join("metadata.ndjson"))
            .unwrap()
            .trim(),
    )
    .unwrap();
    assert_eq!(line["metadata"]["url"], "http://www.vietnamplus.vn/nhat-ban-se-ho-tro-viet-nam-ve-linh-vuc-thong-tin-va-truyen-thong/438372.vnp");
    assert_eq!(
        line["metadata"]["title"],
        "Nhật Bản sẽ hỗ trợ Việt Nam về lĩnh vực thông tin và truyền thông"
    );
    let removed = line["removed"].as_array().unwrap();
    assert!(
        removed.iter().any(|r| r["rule"] == "B007"
            && r["text"]
                .as_str()
                .unwrap()
                .contains("(Ảnh: Thành Hữu/Vietnam+)")),
        "{removed:?}"
    );
}

#[test]
fn the_summary_counts_what_was_given_and_says_edits_and_findings_apart() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    write(&input, "a.txt", "Hà\u{a0}Nội\n".as_bytes());
    write(&input, "b.txt", "Sạch sẽ.\n".as_bytes());
    write(&input, "c.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    let out = dir.path().join("out");
    let output = sach()
        .arg("clean")
        .arg(&input)
        .arg(dir.path().join("missing.txt"))
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains(
            "sach: 4 documents: 2 cleaned (1 changed), 2 failed; 1 edit, 0 findings reported;"
        ),
        "{stderr}"
    );
    let totals = &report(&out)["totals"];
    assert_eq!(
        (&totals["edits"], &totals["findings"]),
        (&1.into(), &0.into())
    );
}
