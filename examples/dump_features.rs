//! Emits the body-zone line features of text dumps as JSON lines, one per paragraph unit, for
//! `scripts/fit-dump-model` (the features are computed here, in the library, and nowhere else).
//!
//! Usage: `cargo run --release --example dump_features -- FILE...` → stdout:
//! `{"file": "...", "unit": 0, "text": "...", "features": [...]}` per unit.

use std::io::{BufWriter, Write};

use sach::boilerplate::features::lines;
use sach::boilerplate::zone::{features, units};

fn main() -> std::io::Result<()> {
    let out = std::io::stdout();
    let mut out = BufWriter::new(out.lock());
    for path in std::env::args().skip(1) {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let ls = lines(&text);
        let us = units(&ls);
        for (i, (u, f)) in us.iter().zip(features(&us, None)).enumerate() {
            let row = serde_json::json!({"file": path, "unit": i, "text": u.text, "features": f});
            writeln!(out, "{row}")?;
        }
    }
    out.flush()
}
