//! The whole pipeline on arbitrary bytes: no panic, no internal error, and the cleaned document's
//! invariants (valid edits that replay to the NFC output).
#![no_main]
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use sach::config::Config;
use sach::pipeline::Pipeline;

fuzz_target!(|data: &[u8]| {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    let pipeline = PIPELINE.get_or_init(|| Pipeline::new(Config::default()));
    match sach::process(pipeline, data) {
        Ok(doc) => sach::invariants::processed(&doc, true).unwrap(),
        Err(sach::DocError::Internal(e)) => panic!("internal error: {e}"),
        Err(_) => {}
    }
});
