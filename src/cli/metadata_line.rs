//! A document's `metadata.ndjson` line written by hand: byte for byte what serde_json writes for
//! a [`MetadataLine`] (unit test), with its texts written by [`push_json_string`].
//!
//! The line holds every block cut from the document, a few kilobytes of text per document (a
//! third of the clean text's size on the bench corpus), and serde_json escapes a string a byte at
//! a time through a table, where [`push_json_string`] tests sixteen bytes at once and copies the
//! runs between escapes whole. The document's metadata (a few short fields) is still written by
//! serde_json.

use std::fmt::Write;

use sach::report::MetadataLine;

use super::json_record::push_json_string;

/// The JSON of `line` (without a line break), as `serde_json::to_vec(line)` writes it.
pub fn metadata_json(line: &MetadataLine) -> Vec<u8> {
    let texts: usize = line.removed.iter().map(|r| r.text.len()).sum();
    let mut out = String::with_capacity(texts + texts / 16 + 100 * line.removed.len() + 200);
    out.push_str("{\"path\":");
    push_json_string(&mut out, line.path);
    if let Some(id) = line.id {
        out.push_str(",\"id\":");
        out.push_str(id.get());
    }
    if let Some(metadata) = line.metadata {
        out.push_str(",\"metadata\":");
        out.push_str(&serde_json::to_string(metadata).expect("metadata serializes"));
    }
    out.push_str(",\"removed\":[");
    for (i, r) in line.removed.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"rule\":");
        push_json_string(&mut out, r.rule.code);
        out.push_str(",\"reason\":");
        push_json_string(&mut out, r.reason);
        write!(
            out,
            ",\"line\":{},\"column\":{},\"text\":",
            r.line, r.column
        )
        .expect("a String takes any text");
        push_json_string(&mut out, r.text);
        out.push('}');
    }
    out.push_str("]}");
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use sach::pipeline::Metadata;
    use sach::report::Removed;

    /// serde_json's bytes: with and without an id, metadata and blocks cut, with texts, reasons
    /// and paths drawn from characters JSON escapes and others.
    #[test]
    fn lines_are_written_as_serde_json_writes_them() {
        let pieces = [
            "a", "Đà", " ", "\"", "\\", "\n", "\t", "\r", "\u{1}", "\u{7f}", "/", "ệ", "€", "😀",
            "{", "}",
        ];
        // xorshift64 from a fixed seed (the library's test generator is not exported)
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut text = |len: usize| -> String {
            (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    pieces[(state % pieces.len() as u64) as usize]
                })
                .collect()
        };
        let metadata = Metadata {
            title: Some("Tiêu đề \"x\"".into()),
            captions: vec!["Ảnh\n1".into(), String::new()],
            ..Metadata::default()
        };
        let ids: Vec<Box<serde_json::value::RawValue>> =
            ["\"bench-0\"", "12345678901234567890", "{\"a\": [1, 2]}"]
                .iter()
                .map(|raw| serde_json::from_str(raw).unwrap())
                .collect();
        for n in 0..300 {
            let texts: Vec<String> = (0..n % 4).map(|k| text((n * 7 + k) % 50)).collect();
            let removed = texts
                .iter()
                .enumerate()
                .map(|(k, text)| Removed {
                    rule: sach::dedup::rules::REPEATED_PARAGRAPH,
                    reason: &texts[(k + 1) % texts.len()],
                    line: n * k,
                    column: k + 1,
                    text,
                })
                .collect();
            let path = text(n % 9);
            let line = MetadataLine {
                path: &path,
                id: (n % 4 != 0).then(|| &*ids[n % 3]),
                metadata: (n % 3 != 0).then_some(&metadata),
                removed,
            };
            let want = serde_json::to_vec(&line).unwrap();
            assert_eq!(
                String::from_utf8(metadata_json(&line)).unwrap(),
                String::from_utf8(want).unwrap()
            );
        }
    }
}
