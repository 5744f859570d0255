//! What a user's file system and keyboard do to a run (issue 15): special files in an input
//! folder, Ctrl-C in the middle of a run, debris of a killed run, an `--out` that is a file,
//! non-ASCII file names through the README's CI recipe.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::sach;

const DOC: &str = "Hà Nội hôm nay trời nắng đẹp, nhiệt độ khoảng 32 độ C.\n";

fn temporaries(dir: &Path) -> Vec<String> {
    common::tree(dir)
        .into_keys()
        .filter(|k| k.rsplit('/').next().unwrap().starts_with(".sach-"))
        .collect()
}

#[cfg(unix)]
#[test]
fn a_fifo_in_the_input_folder_is_skipped_not_waited_for() {
    let dir = tempfile::tempdir().unwrap();
    let (input, out) = (dir.path().join("in"), dir.path().join("out"));
    fs::create_dir(&input).unwrap();
    fs::write(input.join("a.txt"), DOC).unwrap();
    let status = Command::new("mkfifo")
        .arg(input.join("x.txt"))
        .status()
        .unwrap();
    assert!(status.success());
    let started = Instant::now();
    let run = sach()
        .arg("clean")
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    assert!(started.elapsed() < Duration::from_secs(60), "hung");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("x.txt: skipped: a named pipe (FIFO), not a regular file"),
        "{stderr}"
    );
    assert!(out.join("a.txt").exists());
    assert!(temporaries(&out).is_empty());
    // named on the command line, it is an error (exit 2) and the other input is still cleaned
    let run = sach()
        .arg("clean")
        .arg(input.join("x.txt"))
        .arg(input.join("a.txt"))
        .arg("--out")
        .arg(dir.path().join("out2"))
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(dir.path().join("out2/a.txt").exists());
}

#[cfg(unix)]
#[test]
fn ctrl_c_removes_the_temporary_files_and_a_rerun_sweeps_older_debris() {
    let dir = tempfile::tempdir().unwrap();
    let (input, out) = (dir.path().join("in"), dir.path().join("out"));
    fs::create_dir(&input).unwrap();
    // enough text that the run is still busy when the signal comes
    let big = DOC.repeat(40_000);
    for i in 0..8 {
        fs::write(input.join(format!("{i}.txt")), &big).unwrap();
    }
    let mut child = Command::new(assert_cmd::cargo::cargo_bin!("sach"))
        .args(["clean", "-j", "1"])
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while !out.exists() || temporaries(&out).is_empty() {
        if Instant::now() > deadline || child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let interrupted = child.try_wait().unwrap().is_none();
    if interrupted {
        let kill = Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(kill.success());
    }
    let status = child.wait().unwrap();
    if interrupted {
        assert_eq!(status.code(), Some(130), "128 + SIGINT");
        assert!(temporaries(&out).is_empty(), "{:?}", temporaries(&out));
        assert!(!out.join("report.json").exists(), "no half report");
    }
    // debris of a killed run (a PID that cannot be running) is swept by the next run, and
    // `check --against` then passes
    fs::create_dir_all(out.join("sub")).unwrap();
    fs::write(out.join(".sach-4999999-AbC123.tmp"), "half").unwrap();
    fs::write(out.join("sub/.sach-Xy12z9.tmp"), "half").unwrap();
    fs::remove_dir_all(&input).unwrap();
    fs::create_dir(&input).unwrap();
    fs::write(input.join("a.txt"), DOC).unwrap();
    let run = sach()
        .arg("clean")
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("removed 2 temporary files"));
    assert!(temporaries(&out).is_empty());
    fs::remove_dir(out.join("sub")).unwrap();
    for stale in fs::read_dir(&out).unwrap() {
        let p = stale.unwrap().path();
        if p.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with(char::is_numeric)
        {
            fs::remove_file(p).unwrap(); // texts of the interrupted run's inputs
        }
    }
    sach()
        .arg("check")
        .arg(&input)
        .arg("--against")
        .arg(&out)
        .assert()
        .success();
}

#[test]
fn out_naming_an_existing_file_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), DOC).unwrap();
    fs::write(dir.path().join("file"), "").unwrap();
    let run = sach()
        .arg("clean")
        .arg(dir.path().join("a.txt"))
        .arg("--out")
        .arg(dir.path().join("file"))
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("is an existing file, not a folder"),
        "{stderr}"
    );
}

#[test]
fn jsonl_records_keep_every_byte_but_their_text_and_metadata_names_the_id() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    let unchanged = r#"{"zeta":1,"text":"Hà Nội mưa to.\n","id":12345678901234567890123,"alpha":{"b":2.50,"a":"\u0041"}}"#;
    let changed = r#"{"zeta":2, "text": "Hà\u00a0Nội  ", "id": "bài-7", "n": 1e400}"#;
    fs::write(input.join("c.jsonl"), format!("{unchanged}\n{changed}\n")).unwrap();
    let out = dir.path().join("out");
    sach()
        .arg("clean")
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let written = fs::read_to_string(out.join("c.jsonl")).unwrap();
    let lines: Vec<_> = written.lines().collect();
    assert_eq!(lines[0], unchanged, "an unchanged record is the input line");
    assert_eq!(
        lines[1],
        r#"{"zeta":2, "text": "Hà Nội\n", "id": "bài-7", "n": 1e400}"#
    );
    let meta = fs::read_to_string(out.join("metadata.ndjson")).unwrap();
    assert!(meta.contains(r#""id":12345678901234567890123"#), "{meta}");
    assert!(meta.contains(r#""id":"bài-7""#), "{meta}");
}

/// The README's GitHub workflow step, run as written on a pull request adding `raw/tin tức.txt`.
#[test]
fn the_readme_workflow_checks_new_files_with_vietnamese_names() {
    let readme = fs::read_to_string("README.md").unwrap();
    let step = readme
        .lines()
        .find(|l| l.contains("sach check --files-from0 -"))
        .expect("the workflow step");
    let command = step
        .split_once("run: ")
        .unwrap()
        .1
        .replace("${{ github.base_ref }}", "main");
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    let git = |args: &[&str]| {
        let status = Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
            .args(args)
            .current_dir(repo)
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success(), "git {args:?}");
    };
    git(&["init", "-q", "-b", "main"]);
    fs::create_dir(repo.join("raw")).unwrap();
    fs::write(repo.join("raw/cũ.txt"), "Văn bản cũ  \n").unwrap();
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "base"]);
    git(&["update-ref", "refs/remotes/origin/main", "HEAD"]);
    git(&["checkout", "-q", "-b", "pr"]);
    fs::write(repo.join("raw/tin tức.txt"), "Hà Nội  \n").unwrap();
    fs::write(repo.join("raw/sạch.txt"), "Hà Nội.\n").unwrap();
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "new documents"]);
    let bin = assert_cmd::cargo::cargo_bin!("sach");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let run = Command::new("sh")
        .args(["-c", &command])
        .env("PATH", path)
        .env_remove("GITHUB_ACTIONS")
        .current_dir(repo)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stdout}{stderr}");
    assert!(stdout.contains("raw/tin tức.txt:1:7: N006"), "{stdout}");
    assert!(!stdout.contains("cũ"), "only the added files: {stdout}");
    assert!(stderr.contains("in 1 of 2 documents"), "{stderr}");
}

#[test]
fn check_and_diff_read_stdin_for_a_dash() {
    let run = sach()
        .args(["check", "-"])
        .write_stdin("Hà Nội  \n")
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stdout).starts_with("-:1:7: N006"));
    let run = sach()
        .args(["diff", "--color", "never", "-"])
        .write_stdin("Hà Nội  \n")
        .output()
        .unwrap();
    assert!(run.status.success());
    assert!(String::from_utf8_lossy(&run.stdout).contains("Hà Nội[-  -]"));
}

#[test]
fn a_document_over_the_size_limit_fails_alone_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    fs::write(input.join("a.txt"), DOC).unwrap();
    fs::write(input.join("big.txt"), DOC.repeat(20_000)).unwrap(); // 1.4 MiB
    let long_record = format!("{{\"text\":\"{}\"}}\n", "x".repeat(1_600_000));
    fs::write(
        input.join("c.jsonl"),
        format!("{{\"text\":\"ok\\n\"}}\n{long_record}"),
    )
    .unwrap();
    let out = dir.path().join("out");
    let run = sach()
        .arg("clean")
        .arg(&input)
        .args(["--max-document-mb", "1", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("big.txt: document too long: 1.4 MiB, over the limit of 1.0 MiB"),
        "{stderr}"
    );
    assert!(stderr.contains("c.jsonl:2: document too long"), "{stderr}");
    assert!(out.join("a.txt").exists() && !out.join("big.txt").exists());
    assert_eq!(
        fs::read_to_string(out.join("c.jsonl")).unwrap(),
        "{\"text\":\"ok\\n\"}\n"
    );
    // stdin too
    let run = sach()
        .args(["clean", "--max-document-mb", "1", "-"])
        .write_stdin(DOC.repeat(20_000))
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("document too long"));
}
