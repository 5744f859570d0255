//! What must hold for every input, checked: the fuzz targets (`fuzz/`), the replay of the saved
//! fuzz corpus and the property tests (`tests/properties.rs`) all call these, so a broken
//! invariant is described the same way wherever it is found.
//!
//! Each check returns `Err` with a description instead of panicking; the callers assert.

use std::ops::Range;

use crate::edit::{self, Edit};
use crate::{decode, html, segment, Processed};

/// Decoding (both detection orders) yields findings inside the decoded text.
pub fn decoding(bytes: &[u8]) -> Result<(), String> {
    for decoded in [decode::decode(bytes), decode::decode_html(bytes)]
        .into_iter()
        .flatten()
    {
        spans_valid("decode", &decoded.text, &decoded.findings)?;
    }
    Ok(())
}

/// Page extraction yields block edits that are valid against the page text.
pub fn extraction(source: &str) -> Result<(), String> {
    let page = html::extract(source);
    let mut edits = page.edits.clone();
    edit::sort_and_check(&page.text, &mut edits).map_err(|e| format!("html: {e}"))?;
    if edits != page.edits {
        return Err("html: edits are not sorted".into());
    }
    Ok(())
}

/// Sentences and paragraphs: in order, disjoint, non-empty, trimmed, on char boundaries, and a
/// sentence never crosses a line break.
pub fn segmentation(text: &str) -> Result<(), String> {
    for (what, spans) in [
        ("sentence", segment::sentences(text)),
        ("paragraph", segment::paragraphs(text)),
    ] {
        let mut end = 0;
        for r in spans {
            let ok = r.start >= end
                && r.start < r.end
                && r.end <= text.len()
                && text.is_char_boundary(r.start)
                && text.is_char_boundary(r.end);
            if !ok {
                return Err(format!(
                    "{what} {r:?} after {end} in a {}-byte text",
                    text.len()
                ));
            }
            let s = &text[r.clone()];
            if s.trim() != s || s.contains('\n') {
                return Err(format!(
                    "{what} {r:?} is untrimmed or crosses a line: {s:?}"
                ));
            }
            end = r.end;
        }
    }
    Ok(())
}

/// A cleaned document: every stage's edits are sorted, in bounds, on char boundaries and (the
/// changing ones) disjoint; replaying the stages from the input gives the output; with `nfc`, the
/// output is in Unicode normalization form C.
pub fn processed(doc: &Processed, nfc: bool) -> Result<(), String> {
    let cleaned = &doc.cleaned;
    let mut text = cleaned.input.clone();
    for stage in &cleaned.stages {
        spans_valid(stage.pass, &text, &stage.edits)?;
        if stage.before.len() != stage.edits.len() {
            return Err(format!(
                "{}: {} edits, {} befores",
                stage.pass,
                stage.edits.len(),
                stage.before.len()
            ));
        }
        text = edit::apply(&text, &stage.edits);
    }
    if text != cleaned.text {
        return Err("replaying the stages does not give the output".into());
    }
    if nfc && !unicode_normalization::is_nfc(&cleaned.text) {
        return Err("output is not NFC".into());
    }
    Ok(())
}

/// Edits sorted by start, in bounds, on char boundaries; changing edits disjoint.
fn spans_valid(stage: &str, text: &str, edits: &[Edit]) -> Result<(), String> {
    let mut sorted = edits.to_vec();
    edit::sort_and_check(text, &mut sorted).map_err(|e| format!("{stage}: {e}"))?;
    let starts = |es: &[Edit]| {
        es.iter()
            .map(|e| e.span.clone())
            .collect::<Vec<Range<usize>>>()
    };
    if starts(&sorted) != starts(edits) {
        return Err(format!("{stage}: edits are not sorted"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::pipeline::Pipeline;

    #[test]
    fn a_document_passes_and_a_broken_record_is_caught() {
        let pipeline = Pipeline::new(Config::default());
        let mut doc = crate::process(&pipeline, "Hà\u{a0}Nội  \r\n".as_bytes()).unwrap();
        processed(&doc, true).unwrap();
        doc.cleaned.text.push('x');
        assert!(processed(&doc, true).is_err());
        assert!(segmentation("Một câu. Hai câu.\nBa").is_ok());
        assert!(decoding(b"Xin ch\xe0o").is_ok());
        assert!(extraction("<p>Một <b>đoạn</b></p>").is_ok());
    }
}
