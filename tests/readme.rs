//! The README shows what the tool prints: its rule list is `sach rules`' output, so a new rule
//! cannot be left out of it.

use std::process::Command;

#[test]
fn the_readme_rule_list_is_what_sach_rules_prints() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = "```console\n$ sach rules\n";
    let at = readme
        .find(start)
        .expect("README has a `$ sach rules` block")
        + start.len();
    let shown = &readme[at..at + readme[at..].find("```").unwrap()];
    let out = Command::new(env!("CARGO_BIN_EXE_sach"))
        .arg("rules")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        shown,
        String::from_utf8(out.stdout).unwrap(),
        "README's rule list differs from `sach rules`: paste the output in"
    );
}
