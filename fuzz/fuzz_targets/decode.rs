//! Decoding arbitrary bytes (both detection orders) never panics and its findings are valid spans.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    sach::invariants::decoding(data).unwrap();
});
