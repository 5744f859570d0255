//! `sach check` end to end: exit codes, every output format (golden files), --files-from,
//! --against. Regenerate the golden files with `SACH_BLESS=1 cargo test --test cli_check`.

mod common;

use std::fs;
use std::path::Path;

use common::sach;

fn golden(name: &str, actual: &[u8]) {
    let path = Path::new("tests/golden").join(name);
    if std::env::var_os("SACH_BLESS").is_some() {
        fs::write(&path, actual).unwrap();
        return;
    }
    let expected = fs::read(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "{} differs from the output (rules changed?). Review, then regenerate with: SACH_BLESS=1 cargo test --test cli_check\n--- got ---\n{}",
        path.display(),
        String::from_utf8_lossy(actual)
    );
}

#[test]
fn every_format_on_the_seeds_matches_its_golden_file() {
    for (format, file) in [
        ("concise", "check.concise.txt"),
        ("full", "check.full.txt"),
        ("json", "check.json"),
        ("github", "check.github.txt"),
        ("sarif", "check.sarif.json"),
    ] {
        let out = sach()
            .args(["check", "raw", "--output-format", format])
            .env_remove("GITHUB_ACTIONS")
            .assert()
            .code(1);
        golden(file, &out.get_output().stdout);
    }
}

#[test]
fn clean_output_passes_and_raw_input_fails() {
    sach().args(["check", "clean"]).assert().code(0);
    sach().args(["check", "raw"]).assert().code(1);
    // warnings fail only on request
    sach()
        .args(["check", "clean", "--fail-on-warning"])
        .assert()
        .code(1);
}

#[test]
fn github_actions_defaults_to_annotations() {
    let out = sach()
        .args(["check", "raw/004_bbb1d78e810f3d13.txt"])
        .env("GITHUB_ACTIONS", "true")
        .assert()
        .code(1);
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        text.lines()
            .all(|l| l.starts_with("::error ") || l.starts_with("::warning ")),
        "{text}"
    );
}

#[test]
fn files_from_stdin_and_empty_lists() {
    sach()
        .args(["check", "--files-from", "-"])
        .write_stdin("")
        .assert()
        .code(0);
    sach()
        .args(["check", "--files-from", "-"])
        .write_stdin("clean/000_6b10bf8b85c32849.txt\n\n")
        .assert()
        .code(0);
    sach()
        .args(["check", "--files-from", "-"])
        .write_stdin("raw/000_6b10bf8b85c32849.txt\n")
        .assert()
        .code(1);
    sach()
        .args(["check", "--files-from", "-"])
        .write_stdin("raw/missing.txt\n")
        .assert()
        .code(2);
}

#[test]
fn against_mode_fails_on_stale_output_and_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let stale = dir.path().join("stale");
    sach()
        .args(["clean", "raw", "--out"])
        .arg(&stale)
        .assert()
        .success();
    sach()
        .args(["check", "raw", "--against"])
        .arg(&stale)
        .assert()
        .code(0);
    fs::write(stale.join("002_83a4270b0e3402e9.txt"), "edited by hand\n").unwrap();
    fs::write(stale.join("extra.txt"), "x").unwrap();
    let out = sach()
        .args(["check", "raw", "--against"])
        .arg(&stale)
        .assert()
        .code(1);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        stdout.contains("-edited by hand") && stdout.contains("002_83a4270b0e3402e9.txt"),
        "{stdout}"
    );
    assert!(
        stdout.contains("extra.txt: not written by sach clean any more"),
        "{stdout}"
    );
    assert!(stderr.contains("regenerate with"), "{stderr}");
}

#[test]
fn diff_is_plain_when_piped_or_no_color_and_coloured_on_request() {
    let plain = sach()
        .args(["diff", "raw/004_bbb1d78e810f3d13.txt"])
        .assert()
        .success();
    let plain = String::from_utf8(plain.get_output().stdout.clone()).unwrap();
    assert!(!plain.contains('\x1b'), "piped output has no colour");
    assert!(
        plain.contains("[- Hợp tác nghiên cứu và phát triển")
            && plain.contains("D001 repeated-sentence"),
        "{plain}"
    );
    let forced = sach()
        .args(["diff", "raw/004_bbb1d78e810f3d13.txt", "--color", "always"])
        .env_remove("NO_COLOR")
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&forced.get_output().stdout).contains("\x1b[31m[-"));
    let no_color = sach()
        .args(["diff", "raw/004_bbb1d78e810f3d13.txt"])
        .env("NO_COLOR", "1")
        .assert()
        .success();
    assert!(!String::from_utf8_lossy(&no_color.get_output().stdout).contains('\x1b'));
}

#[test]
fn html_report_is_self_contained_and_escapes_scraped_markup() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("in")).unwrap();
    fs::write(
        dir.path().join("in/evil.txt"),
        "<script>alert(1)</script> Hà\u{a0}Nội </script><img src=x onerror=alert(2)>\n",
    )
    .unwrap();
    fs::copy(
        "raw/004_bbb1d78e810f3d13.txt",
        dir.path().join("in/004.txt"),
    )
    .unwrap();
    let page = dir.path().join("review.html");
    sach()
        .arg("clean")
        .arg(dir.path().join("in"))
        .arg("--out")
        .arg(dir.path().join("out"))
        .arg("--report-html")
        .arg(&page)
        .assert()
        .success();
    let html = fs::read_to_string(&page).unwrap();
    assert!(html.contains("id=\"doc-0\"") && html.contains("id=\"doc-1\""));
    assert!(
        !html.contains("<script>alert") && !html.contains("<img src=x"),
        "scraped markup must not be live"
    );
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no external resources"
    );
    assert!(html.contains("<code>D001</code>") && html.contains("invisible"));
}

#[test]
fn findings_read_back_from_the_edit_log_are_those_of_a_new_run() {
    let dir = tempfile::tempdir().unwrap();
    let (out, log) = (dir.path().join("out"), dir.path().join("edits.jsonl"));
    sach()
        .args(["clean", "raw", "tests/html/vi/dev/html", "--out"])
        .arg(&out)
        .arg("--edits")
        .arg(&log)
        .assert()
        .success();
    for format in ["concise", "json", "github", "sarif"] {
        let run = sach()
            .args([
                "check",
                "raw",
                "tests/html/vi/dev/html",
                "--output-format",
                format,
            ])
            .env_remove("GITHUB_ACTIONS")
            .output()
            .unwrap();
        let read = sach()
            .args(["check", "--output-format", format, "--from-edits"])
            .arg(&log)
            .arg(&out)
            .env_remove("GITHUB_ACTIONS")
            .output()
            .unwrap();
        assert!(!run.stdout.is_empty());
        assert_eq!(
            String::from_utf8_lossy(&read.stdout),
            String::from_utf8_lossy(&run.stdout),
            "{format}"
        );
        assert_eq!(read.stderr, run.stderr, "{format}");
        assert_eq!(read.status.code(), run.status.code(), "{format}");
    }
    // a log that does not belong to the folder is an error naming it
    fs::write(&log, "{\"doc\":\"elsewhere.txt\"}\n").unwrap();
    let bad = sach()
        .args(["check", "--from-edits"])
        .arg(&log)
        .arg(&out)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&bad.get_output().stderr).to_string();
    assert!(stderr.contains("edits.jsonl: line 1"), "{stderr}");
}

#[test]
fn diff_read_back_from_the_edit_log_is_that_of_a_new_run() {
    let dir = tempfile::tempdir().unwrap();
    let (out, log, extra) = (
        dir.path().join("out"),
        dir.path().join("edits.jsonl"),
        dir.path().join("in"),
    );
    // a document left as it is and one that fails, beside raw/ and the HTML pages
    fs::create_dir_all(&extra).unwrap();
    fs::write(
        extra.join("clean.txt"),
        "Hai nước sẽ ký kết nhiều thỏa thuận quan trọng trong chuyến thăm lần này.\n",
    )
    .unwrap();
    fs::write(extra.join("binary.txt"), b"\x7fELF\0\0\0binary").unwrap();
    let inputs = [
        Path::new("raw"),
        Path::new("tests/html/vi/dev/html"),
        &extra,
    ];
    let page = dir.path().join("review.html");
    sach()
        .arg("clean")
        .args(inputs)
        .arg("--out")
        .arg(&out)
        .arg("--edits")
        .arg(&log)
        .arg("--report-html")
        .arg(&page)
        .assert()
        .code(2);
    // the review page: the same bytes from clean, from a diff run and from the log
    let (run_page, read_page) = (dir.path().join("run.html"), dir.path().join("read.html"));
    let run = sach()
        .arg("diff")
        .args(inputs)
        .arg("--report-html")
        .arg(&run_page)
        .output()
        .unwrap();
    let read = sach()
        .args(["diff", "--from-edits"])
        .arg(&log)
        .arg(&out)
        .arg("--report-html")
        .arg(&read_page)
        .output()
        .unwrap();
    assert!(run.stdout.is_empty() && read.stdout.is_empty());
    let page = fs::read_to_string(&page).unwrap();
    assert!(page.contains("binary.txt") && page.contains("<code>B001</code>"));
    assert_eq!(fs::read_to_string(&run_page).unwrap(), page);
    assert_eq!(fs::read_to_string(&read_page).unwrap(), page);
    let stderr = |o: &std::process::Output| {
        String::from_utf8_lossy(&o.stderr).replace("read.html", "run.html")
    };
    assert_eq!(stderr(&read), stderr(&run));
    assert!(stderr(&run).contains("review page: "), "{}", stderr(&run));
    assert_eq!((run.status.code(), read.status.code()), (Some(2), Some(2)));
    for color in ["never", "always"] {
        let run = sach()
            .arg("diff")
            .args(inputs)
            .args(["--color", color])
            .output()
            .unwrap();
        let read = sach()
            .args(["diff", "--color", color, "--from-edits"])
            .arg(&log)
            .arg(&out)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&run.stdout);
        assert!(stdout.contains("[-") && stdout.contains("(0 changes, 74 → 74 chars)"));
        assert_eq!(String::from_utf8_lossy(&read.stdout), stdout, "{color}");
        assert!(String::from_utf8_lossy(&run.stderr).contains("binary.txt"));
        assert_eq!(read.stderr, run.stderr, "{color}");
        assert_eq!(read.status.code(), run.status.code(), "{color}");
    }
    // a log without document lines (sach-edits/1) cannot draw a diff: the error names the line
    let edits_only: String = fs::read_to_string(&log)
        .unwrap()
        .lines()
        .filter(|l| !l.contains("\"input\":"))
        .map(|l| format!("{l}\n"))
        .collect();
    fs::write(&log, edits_only).unwrap();
    let old = sach()
        .args(["diff", "--from-edits"])
        .arg(&log)
        .arg(&out)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&old.get_output().stderr).to_string();
    assert!(
        stderr.contains("edits.jsonl: line 1: the edits of raw/000_6b10bf8b85c32849.txt"),
        "{stderr}"
    );
    // but `check` still reads it
    let check = sach()
        .args(["check", "--from-edits"])
        .arg(&log)
        .arg(&out)
        .output()
        .unwrap();
    assert!(!check.stdout.is_empty());
    assert!(!String::from_utf8_lossy(&check.stderr).contains("edits.jsonl"));
}
