//! Sentence and paragraph spans of arbitrary text are ordered, trimmed and on char boundaries.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    sach::invariants::segmentation(&String::from_utf8_lossy(data)).unwrap();
});
