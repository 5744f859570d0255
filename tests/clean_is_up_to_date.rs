//! `clean/` must be exactly what `sach clean raw --out clean` writes now.

mod common;

#[test]
fn committed_clean_folder_matches_a_fresh_run() {
    let out = tempfile::tempdir().unwrap();
    common::sach()
        .args(["clean", "raw", "--out"])
        .arg(out.path())
        .assert()
        .success();
    let fresh = common::tree(out.path());
    let committed = common::tree(std::path::Path::new("clean"));
    let regenerate = "regenerate with: cargo run --release -- clean raw --out clean";
    for (name, bytes) in &fresh {
        match committed.get(name) {
            None => panic!("clean/{name} is missing; {regenerate}"),
            Some(old) if old != bytes => {
                let old = String::from_utf8_lossy(old);
                let new = String::from_utf8_lossy(bytes);
                let line = old
                    .lines()
                    .zip(new.lines())
                    .position(|(a, b)| a != b)
                    .map_or(0, |i| i + 1);
                panic!("clean/{name} differs from what sach writes now (first at line {line}); {regenerate}");
            }
            Some(_) => {}
        }
    }
    for name in committed.keys() {
        assert!(
            fresh.contains_key(name),
            "clean/{name} is not written by sach any more; delete it or {regenerate}"
        );
    }
}
