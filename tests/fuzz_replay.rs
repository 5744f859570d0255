//! Replays the saved fuzz inputs (`fuzz/replay/`: every crash the fuzzers found, kept after its
//! fix, plus a few hand-made extremes) through the invariants the fuzz targets check — with
//! stable Rust, in `cargo test`. `scripts/fuzz` runs the fuzzers themselves.

use sach::config::Config;
use sach::pipeline::Pipeline;

#[test]
fn saved_fuzz_inputs_keep_every_invariant() {
    let pipeline = Pipeline::new(Config::default());
    let mut paths: Vec<_> = std::fs::read_dir("fuzz/replay")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    assert!(!paths.is_empty());
    for path in paths {
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let name = path.display();
        sach::invariants::decoding(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        sach::invariants::segmentation(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        sach::invariants::extraction(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        match sach::process(&pipeline, &bytes) {
            Ok(doc) => {
                sach::invariants::processed(&doc, true).unwrap_or_else(|e| panic!("{name}: {e}"))
            }
            Err(sach::DocError::Internal(e)) => panic!("{name}: internal error: {e}"),
            Err(_) => {}
        }
    }
}
