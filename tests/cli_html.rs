//! HTML input end to end: a mixed folder, hostile and broken pages, and what the review tools
//! show of the HTML stage.

mod common;

use std::fs;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use common::{sach, tree};

const PARA: &str = "Mưa lớn kéo dài nhiều ngày khiến nước sông dâng cao, nhiều tuyến đường bị ngập sâu và hàng nghìn người dân phải sơ tán đến nơi an toàn.";
const PARA2: &str = "Lực lượng cứu hộ đã có mặt từ sáng sớm, dùng xuồng máy đưa người già và trẻ em ra khỏi vùng ngập, đồng thời phát lương thực cho các hộ bị cô lập.";
const PARA3: &str = "Theo cơ quan khí tượng, mưa sẽ giảm dần từ cuối tuần, nhưng người dân vùng trũng vẫn cần theo dõi mực nước và chuẩn bị phương án di dời khi cần thiết.";

fn page(body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Mưa lớn</title></head><body>\
         <nav><a href=\"/\">Trang chủ</a> <a href=\"/ts\">Thời sự</a></nav>{body}\
         <footer>© 2024 Báo Điện tử. Giấy phép số 123/GP-BTTTT.</footer></body></html>"
    )
}

fn article() -> String {
    page(&format!(
        "<article><h1>Mưa lớn ở miền Trung</h1><p>{PARA}</p><p>{PARA2}</p></article>"
    ))
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    fs::create_dir_all(dir).unwrap();
    fs::write(dir.join(name), bytes).unwrap();
}

fn clean(input: &Path, out: &Path, extra: &[&str]) -> (i32, String) {
    let output = sach()
        .arg("clean")
        .arg(input)
        .arg("--out")
        .arg(out)
        .args(extra)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn a_mixed_folder_cleans_in_one_command() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let html = article();
    write(&input, "a.html", html.as_bytes());
    write(&input, "b.htm.gz", &gzip(html.as_bytes()));
    write(&input, "c.txt", html.as_bytes()); // sniffed as HTML
    write(&input, "d.txt", format!("{PARA}\n").as_bytes());
    let record = serde_json::json!({"id": 7, "text": html}).to_string();
    write(&input, "e.jsonl", format!("{record}\n").as_bytes());
    write(
        &input,
        "f.jsonl.gz",
        &gzip(format!("{record}\n\n{record}\n").as_bytes()),
    );
    let out = dir.path().join("out");
    let (code, stderr) = clean(&input, &out, &[]);
    assert_eq!(code, 0, "{stderr}");
    let files = tree(&out);
    let expected = format!("{PARA}\n\n{PARA2}\n");
    for name in ["a.txt", "b.txt", "c.txt"] {
        assert_eq!(String::from_utf8_lossy(&files[name]), expected, "{name}");
    }
    assert_eq!(
        String::from_utf8_lossy(&files["d.txt"]),
        format!("{PARA}\n")
    );
    let jsonl: serde_json::Value = serde_json::from_slice(&files["e.jsonl"]).unwrap();
    assert_eq!(
        (jsonl["id"].as_i64(), jsonl["text"].as_str()),
        (Some(7), Some(expected.as_str()))
    );
    let report: serde_json::Value = serde_json::from_slice(&files["report.json"]).unwrap();
    let doc = &report["documents"][0];
    assert_eq!(doc["format"], "html");
    assert_eq!(doc["metadata"]["title"], "Mưa lớn ở miền Trung");
    assert_eq!(doc["metadata"]["language"], "vi");
    let rules: Vec<&str> = doc["rules"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for code in ["H002", "H008"] {
        assert!(rules.contains(&code), "{code} in {rules:?}");
    }
    assert_eq!(report["documents"][3]["format"], "text");
    let sidecar = String::from_utf8_lossy(&files["metadata.ndjson"]).into_owned();
    let first: serde_json::Value = serde_json::from_str(sidecar.lines().next().unwrap()).unwrap();
    let removed = first["removed"].as_array().unwrap();
    assert!(
        removed
            .iter()
            .any(|r| r["rule"] == "H002" && r["text"].as_str().unwrap().contains("Trang chủ")),
        "the cut menu is recoverable from metadata.ndjson: {first}"
    );
}

#[test]
fn broken_and_hostile_pages_each_get_a_clear_result() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    write(&input, "a_good.html", article().as_bytes());
    write(
        &input,
        "b_binary.html",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    );
    let mut corrupt = gzip(article().as_bytes());
    corrupt.truncate(corrupt.len() / 2);
    write(&input, "c_corrupt.html.gz", &corrupt);
    write(&input, "d_empty.html", b"");
    write(
        &input,
        "e_listing.html",
        page(
            &(0..30)
                .map(|i| format!("<p><a href=/{i}>Tin số {i} về giao thông</a></p>"))
                .collect::<String>(),
        )
        .as_bytes(),
    );
    let malformed = format!(
        "<html><body><div><p>{PARA}<p>{PARA2}</b></i></div></div></span><<<>>> <p title='x>y'>{PARA3}<!-- never closed <script>var x = '</div>'"
    );
    write(&input, "f_malformed.html", malformed.as_bytes());
    let before = tree(&input);
    let out = dir.path().join("out");
    let (code, stderr) = clean(&input, &out, &[]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("b_binary.html: binary file"), "{stderr}");
    assert!(
        stderr.contains("c_corrupt.html.gz: corrupt gzip data"),
        "{stderr}"
    );
    assert_eq!(stderr.matches("sach: error:").count(), 2, "{stderr}");
    let files = tree(&out);
    assert!(String::from_utf8_lossy(&files["a_good.txt"]).starts_with(PARA));
    assert_eq!(files["d_empty.txt"], b"");
    assert!(
        !files["e_listing.txt"].is_empty(),
        "a listing page keeps its cards"
    );
    let malformed_out = String::from_utf8_lossy(&files["f_malformed.txt"]).into_owned();
    for para in [PARA, PARA2, PARA3] {
        assert!(malformed_out.contains(para), "{malformed_out}");
    }
    assert_eq!(tree(&input), before, "inputs are never modified");
}

#[test]
fn deep_and_huge_pages_stay_linear() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let n = 100_000;
    let deep = format!(
        "<html><body>{}<p>{PARA}</p><p>{PARA2}</p>{}</body></html>",
        "<div>".repeat(n),
        "</div>".repeat(n)
    );
    write(&input, "deep.html", deep.as_bytes());
    let mut huge = String::with_capacity(21 << 20);
    huge.push_str("<html><head><script>");
    while huge.len() < 12 << 20 {
        huge.push_str("var tracking = {\"id\": 12345, \"tags\": [\"a\", \"b\"]};\n");
    }
    huge.push_str("</script></head><body><ul class=\"menu\">");
    while huge.len() < 20 << 20 {
        huge.push_str("<li><a href=\"/chuyen-muc/thoi-su\">Thời sự</a></li>");
    }
    huge.push_str(&format!(
        "</ul><article><p>{PARA}</p><p>{PARA2}</p></article></body></html>"
    ));
    write(&input, "huge.html", huge.as_bytes());
    // an article cut into 20,000 parts with one class: every part joins the container
    let parts: String = (0..20_000)
        .map(|i| format!("<div class=\"part\"><p>Đoạn {i}: {PARA}</p></div><div class=\"ad\">Quảng cáo</div>"))
        .collect();
    write(&input, "wide.html", page(&parts).as_bytes());
    let out = dir.path().join("out");
    let started = Instant::now();
    let (code, stderr) = clean(&input, &out, &[]);
    assert_eq!(code, 0, "{stderr}");
    // quadratic parsing of the deep page alone would take minutes
    assert!(
        started.elapsed() < Duration::from_secs(120),
        "{:?}",
        started.elapsed()
    );
    let files = tree(&out);
    for name in ["deep.txt", "huge.txt"] {
        let text = String::from_utf8_lossy(&files[name]).into_owned();
        assert_eq!(text, format!("{PARA}\n\n{PARA2}\n"), "{name}");
    }
    let wide = String::from_utf8_lossy(&files["wide.txt"]).into_owned();
    assert_eq!(
        wide.lines().filter(|l| l.starts_with("Đoạn ")).count(),
        20_000
    );
    assert!(!wide.contains("Quảng cáo"));
    let report = String::from_utf8_lossy(&files["report.json"]).into_owned();
    assert!(report.contains("\"H011\""), "flattening is reported");
}

#[test]
fn diff_and_check_show_the_blocks_the_html_stage_removed() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("page.html");
    fs::write(&file, article()).unwrap();
    let run = |args: &[&str]| {
        let out = sach().args(args).arg(&file).output().unwrap();
        (out.status.code(), String::from_utf8(out.stdout).unwrap())
    };
    let (_, diff) = run(&["diff", "--color", "never"]);
    assert!(
        diff.contains("Trang chủ") && diff.contains("H002"),
        "{diff}"
    );
    assert!(diff.contains("H008"), "{diff}");
    let (code, check) = run(&["check"]);
    assert_eq!(code, Some(1));
    assert!(
        check.lines().any(|l| l.contains("page.html:1:1: H002")),
        "{check}"
    );
    let (_, ignored) = run(&["check", "--ignore", "H,N008"]);
    assert!(!ignored.contains(" H0"), "{ignored}");
}

#[test]
fn html_output_does_not_depend_on_threads() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    for i in 0..12 {
        write(
            &input,
            &format!("p{i:02}.html"),
            article()
                .replace("Mưa lớn ở", &format!("Bài {i}:"))
                .as_bytes(),
        );
    }
    let (one, two) = (dir.path().join("one"), dir.path().join("two"));
    assert_eq!(clean(&input, &one, &["-j", "1"]).0, 0);
    assert_eq!(clean(&input, &two, &["-j", "2"]).0, 0);
    assert_eq!(tree(&one), tree(&two));
}
