//! Page extraction of arbitrary markup never panics and its block edits are valid.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    sach::invariants::extraction(&String::from_utf8_lossy(data)).unwrap();
});
