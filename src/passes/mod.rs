//! The text passes, in the order the standard pipeline runs them.
//!
//! Order matters and is deliberate:
//! 0. `mojibake` — UTF-8 garbled through windows-1252/1258 (first: later passes would turn the
//!    no-break spaces and C1 controls it needs into spaces and nothing);
//!    then `viqr` — a document written in VIQR's ASCII marks, converted to letters;
//! 1. `invisibles` — line endings, odd spaces, zero-width and control characters;
//! 2. `nfc` — canonical composition, so every later rule sees one spelling of each letter;
//! 3. `spelling`, `tones` — lost horns, eth, tone placement (on NFC text: one form per letter);
//! 3. `layout` — trailing whitespace, blank-line runs, the final newline;
//!    then `link_marks` — a dumper's `[https://…]` link targets (before the lines are read);
//! 4. `boilerplate` — everything that is not the article (on clean lines);
//! 5. `duplicates` — repeated sentences and paragraphs of what is left (boilerplate first, so a
//!    "related articles" teaser that repeats the title does not make the title a duplicate);
//! 6. `layout` again — tidy what the removals left.
//!
//! Each module owns its rules (`RULES`) and its pass type; `standard()` is the only place that
//! knows the order.

pub mod invisibles;
pub mod layout;
pub mod link_marks;
pub mod mojibake;
pub mod nfc;

use crate::pipeline::Pass;

/// The passes of `sach clean`, in order.
pub fn standard() -> Vec<Box<dyn Pass>> {
    vec![
        Box::new(mojibake::Mojibake),
        Box::new(crate::vietnamese::Viqr),
        Box::new(invisibles::Invisibles),
        Box::new(nfc::Nfc),
        Box::new(crate::vietnamese::Spelling),
        Box::new(crate::vietnamese::Tones),
        Box::new(layout::Layout),
        Box::new(link_marks::LinkMarks),
        Box::new(crate::boilerplate::Boilerplate),
        Box::new(crate::dedup::Duplicates),
        Box::new(layout::Layout),
    ]
}
