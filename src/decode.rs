//! Bytes → text, following the reference decode order: BOM, then valid UTF-8, then detection
//! with chardetng and decoding with encoding_rs.
//!
//! Nothing is dropped silently: every byte sequence the chosen encoding cannot decode becomes
//! U+FFFD *and* an [`E001`](INVALID_BYTES) finding that gives its byte offset in the file. A file
//! that is mostly valid UTF-8 with a few broken bytes stays UTF-8 (guessing a single-byte code
//! page for it would garble every Vietnamese letter to save a handful of bytes); a whole line in
//! it that reads clearly as a legacy Vietnamese encoding (a pasted quote) is decoded as such and
//! reported with its offset. A file is binary only when a NUL byte occurs in its first 8,000
//! bytes (git's rule) or NULs are 1 % of it; a stray NUL in a text survives decoding and is
//! removed, with a finding, by the control-character rule.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use serde::Serialize;

use crate::edit::Edit;
use crate::rule::{Fix, Rule, Severity, Visibility};
use crate::vietnamese::legacy::{self, Legacy};

pub static INVALID_BYTES: &Rule = &Rule {
    code: "E001",
    name: "invalid-bytes",
    severity: Severity::Error,
    fix: Fix::Unsafe,
    visibility: Visibility::Visible,
    summary: "byte sequence that is invalid in the document's encoding",
    doc: "What it does: reports every byte sequence that cannot be decoded in the detected \
encoding, with its byte offset in the file. The text gets U+FFFD (\u{FFFD}) in its place.\n\n\
Why: a silently dropped byte is lost data; a reviewer must be able to find the spot in the raw \
file and recover it from another copy.\n\n\
Example: the bytes `Vi 0xE1 0xBB t` (a truncated `ệ`) decode to `Vi\u{FFFD}t` and are reported \
as `invalid UTF-8 bytes E1 BB at byte 2`.",
};

pub static NOT_UTF8: &Rule = &Rule {
    code: "E002",
    name: "not-utf8",
    severity: Severity::Error,
    fix: Fix::Safe,
    visibility: Visibility::Invisible,
    summary: "document is not UTF-8; it is decoded and written as UTF-8",
    doc: "What it does: reports a document stored in another encoding (UTF-16, windows-1258, \
windows-1252, a legacy Vietnamese code page…), with the encoding found and how sure the detection \
is. `clean` writes it as UTF-8.\n\n\
Why: mixed encodings in a corpus break every tool downstream; the detected encoding must be on \
record so a wrong guess can be spotted and forced with `--encoding`.\n\n\
Example: a file saved by an old Windows editor in windows-1258 is reported as \
`decoded as windows-1258 (detected, confidence 0.90)`.",
};

pub static BYTE_ORDER_MARK: &Rule = &Rule {
    code: "E003",
    name: "byte-order-mark",
    severity: Severity::Warning,
    fix: Fix::Safe,
    visibility: Visibility::Invisible,
    summary: "byte order mark at the start of the file, removed",
    doc: "What it does: reports and drops a UTF-8 byte order mark (EF BB BF). UTF-16 BOMs are \
used to decode and reported with E002.\n\n\
Why: a BOM glued to the first word makes it a different token (`\\u{FEFF}Việt` ≠ `Việt`).\n\n\
Example: `EF BB BF 56 69 E1 BB 87 74` → `Việt`.",
};

pub static EMPTY_DOCUMENT: &Rule = &Rule {
    code: "E004",
    name: "empty-document",
    severity: Severity::Warning,
    fix: Fix::ReportOnly,
    visibility: Visibility::Visible,
    summary: "document has no text",
    doc: "What it does: reports a file that is empty or holds only whitespace. `clean` writes an \
empty output for it.\n\n\
Why: an empty document is usually a failed scrape; a dataset check should flag it rather than \
train on nothing.\n\n\
Example: a 0-byte `article_123.txt`.",
};

pub static RULES: &[&Rule] = &[INVALID_BYTES, NOT_UTF8, BYTE_ORDER_MARK, EMPTY_DOCUMENT];

/// How the encoding was decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    Bom,
    ValidUtf8,
    /// UTF-8 with a few invalid sequences.
    MostlyUtf8,
    /// UTF-16 recognised by its NUL-byte pattern.
    Utf16Pattern,
    /// chardetng's guess, or a legacy Vietnamese encoding that scored better.
    Detected,
    /// Given with `--encoding` / `encoding = …`.
    Forced,
    /// Declared by the page's `<meta charset>` or `http-equiv` Content-Type.
    Declared,
}

/// The decoded text and what the report needs to know about it.
#[derive(Clone, Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    pub method: Method,
    /// 0–1: how sure the encoding is (1 for BOM or valid UTF-8).
    pub confidence: f32,
    /// Report-only edits on `text` (E001–E004).
    pub findings: Vec<Edit>,
}

/// Why a file cannot be treated as text at all.
#[derive(Clone, Debug, PartialEq)]
pub enum DecodeError {
    Binary { nul_offset: usize },
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Binary { nul_offset } => {
                write!(
                    f,
                    "binary file (NUL byte at offset {nul_offset}), not a text document"
                )
            }
        }
    }
}

/// Decodes a document's bytes.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let mut d = decode_with(encoding, &bytes[bom_len..], bom_len, Method::Bom, 1.0);
        if encoding == UTF_8 {
            d.findings.insert(
                0,
                Edit::report(BYTE_ORDER_MARK, 0..0, "UTF-8 byte order mark removed"),
            );
        }
        return Ok(d);
    }
    if memchr::memchr(0, bytes).is_some() {
        if let Some(encoding) = utf16_by_pattern(bytes) {
            return Ok(decode_with(encoding, bytes, 0, Method::Utf16Pattern, 0.9));
        }
        binary_check(bytes)?;
    }
    // simdutf8 validates Vietnamese text (two and three bytes a letter) several times faster
    // than the standard library; the error's details are not needed here
    match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => Ok(finish(
            text.to_string(),
            UTF_8,
            Method::ValidUtf8,
            1.0,
            Vec::new(),
        )),
        Err(_) if mostly_utf8(bytes) => Ok(decode_mixed(bytes)),
        Err(_) => {
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(bytes, true);
            let encoding = detector.guess(Some(b"vn"), chardetng::Utf8Detection::Allow);
            // chardetng has no score; a guess that does not depend on the TLD hint is firmer.
            let agrees = detector.guess(None, chardetng::Utf8Detection::Allow) == encoding;
            let detected = decode_with(
                encoding,
                bytes,
                0,
                Method::Detected,
                if agrees { 0.8 } else { 0.5 },
            );
            Ok(prefer_legacy(bytes, detected))
        }
    }
}

/// [`decode`] of bytes the caller gives up: a document in valid UTF-8 without a byte order mark
/// or NUL byte (most documents) becomes its text without a copy; any other is decoded by
/// [`decode`], which decides the same way (a BOM first, NULs next, then valid UTF-8).
pub fn decode_owned(bytes: Vec<u8>) -> Result<Decoded, DecodeError> {
    if Encoding::for_bom(&bytes).is_some()
        || memchr::memchr(0, &bytes).is_some()
        || simdutf8::basic::from_utf8(&bytes).is_err()
    {
        return decode(&bytes);
    }
    // SAFETY: simdutf8 just validated the bytes as UTF-8
    let text = unsafe { String::from_utf8_unchecked(bytes) };
    Ok(finish(text, UTF_8, Method::ValidUtf8, 1.0, Vec::new()))
}

/// [`decode_owned`] of a text already known to be UTF-8 (a JSONL record's field): its bytes are
/// not validated again; only a byte order mark or a NUL sends it to [`decode`].
pub fn decode_text(text: String) -> Result<Decoded, DecodeError> {
    if text.starts_with('\u{FEFF}') || memchr::memchr(0, text.as_bytes()).is_some() {
        return decode(text.as_bytes());
    }
    Ok(finish(text, UTF_8, Method::ValidUtf8, 1.0, Vec::new()))
}

/// Decodes an HTML page by the HTML Standard's order: a byte order mark, then the encoding a
/// `<meta>` in the first 1,024 bytes declares, then detection as for text ([`decode`]) — never a
/// blind UTF-8 guess. Old Vietnamese sites declared a Latin code page while their fonts drew
/// TCVN3 or VNI, so a declared windows-1252 (the label `iso-8859-1` is windows-1252 on the web) is
/// still checked against the legacy Vietnamese encodings.
pub fn decode_html(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let declared = crate::html::charset::prescan(bytes)
        .filter(|e| *e != encoding_rs::REPLACEMENT && *e != UTF_16LE && *e != UTF_16BE);
    match declared {
        Some(encoding)
            if Encoding::for_bom(bytes).is_none()
                && (memchr::memchr(0, bytes).is_none() || utf16_by_pattern(bytes).is_none()) =>
        {
            binary_check(bytes)?;
            let d = decode_with(encoding, bytes, 0, Method::Declared, 1.0);
            Ok(if encoding == encoding_rs::WINDOWS_1252 {
                prefer_legacy(bytes, d)
            } else {
                d
            })
        }
        _ => decode(bytes),
    }
}

/// chardetng does not know TCVN3 or VNI (it calls them windows-1252/1258). Each legacy decoding
/// is scored by the share of accented words that are valid Vietnamese syllables; one is taken
/// only when it is clearly Vietnamese and clearly better than chardetng's reading, so French or
/// German pages stay windows-1252.
fn prefer_legacy(bytes: &[u8], detected: Decoded) -> Decoded {
    let base = legacy::vietnamese_score(&detected.text);
    let best = Legacy::ALL
        .into_iter()
        .map(|l| {
            let text = legacy::decode(bytes, l);
            (legacy::vietnamese_score(&text), l, text)
        })
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match best {
        Some((score, l, text)) if score >= 0.6 && score > base + 0.2 => {
            let reason = format!(
                "decoded as {} (Vietnamese syllable score {score:.2}; as {} it was {base:.2})",
                l.name(),
                detected.encoding
            );
            let mut findings = vec![Edit::report(NOT_UTF8, 0..0, reason)];
            if text.trim().is_empty() {
                findings.push(Edit::report(EMPTY_DOCUMENT, 0..text.len(), "no text"));
            }
            Decoded {
                text,
                encoding: l.name(),
                method: Method::Detected,
                confidence: score,
                findings,
            }
        }
        _ => detected,
    }
}

/// Decodes with a named encoding: a WHATWG label (`windows-1258`, `latin1`, `utf-16le`…) or a
/// legacy Vietnamese one (`tcvn3`, `vni`).
pub fn decode_as(bytes: &[u8], name: &str) -> Result<Decoded, String> {
    if let Some(l) = Legacy::from_name(name) {
        let text = legacy::decode(bytes, l);
        let findings = vec![Edit::report(
            NOT_UTF8,
            0..0,
            format!("decoded as {} (forced)", l.name()),
        )];
        return Ok(Decoded {
            text,
            encoding: l.name(),
            method: Method::Forced,
            confidence: 1.0,
            findings,
        });
    }
    let encoding =
        Encoding::for_label(name.as_bytes()).ok_or_else(|| format!("unknown encoding `{name}`"))?;
    let bom = Encoding::for_bom(bytes)
        .filter(|(e, _)| *e == encoding)
        .map_or(0, |(_, n)| n);
    Ok(decode_with(
        encoding,
        &bytes[bom..],
        bom,
        Method::Forced,
        1.0,
    ))
}

/// Checks an encoding name for [`decode_as`].
pub fn known_encoding(name: &str) -> bool {
    Legacy::from_name(name).is_some() || Encoding::for_label(name.as_bytes()).is_some()
}

/// How far git looks for a NUL byte to call a file binary (`buffer_is_binary`).
const BINARY_SNIFF_LEN: usize = 8000;

/// A file is binary when a NUL byte occurs in its first 8,000 bytes (git's rule) or NULs make up
/// at least 1 % of it (a binary blob after a text header). A stray NUL later in a text document
/// does not make it binary: it is decoded as U+0000 and removed with a finding by the control
/// character rule (N005), so the rest of the text is kept.
fn binary_check(bytes: &[u8]) -> Result<(), DecodeError> {
    if memchr::memchr(0, bytes).is_none() {
        return Ok(());
    }
    let head = &bytes[..bytes.len().min(BINARY_SNIFF_LEN)];
    let first = memchr::memchr(0, head).or_else(|| {
        let nuls = memchr::memchr_iter(0, bytes).count();
        (nuls * 100 >= bytes.len()).then(|| memchr::memchr(0, bytes).unwrap_or(0))
    });
    match first {
        Some(nul_offset) => Err(DecodeError::Binary { nul_offset }),
        None => Ok(()),
    }
}

/// UTF-8 with some broken sequences: the valid multi-byte characters, weighted by their
/// continuation bytes, outnumber the invalid sequences. Legacy single-byte text (windows-125x,
/// TCVN3, VNI, VISCII) writes its letters as bytes ≥ 0xC0 that are followed by ASCII or by other
/// letters, so it almost never forms a valid multi-byte sequence by accident (a lead byte followed
/// by exactly the right number of 0x80–0xBF bytes) while every accented letter in it is invalid
/// UTF-8; each valid sequence, and each extra continuation byte in it, is independent evidence.
/// The test is a ratio, so it holds for a 60-byte line as for a 1 MB dump.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut evidence, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        evidence += chunk
            .valid()
            .chars()
            .map(|c| c.len_utf8() - 1)
            .sum::<usize>();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    evidence > 0 && evidence >= invalid
}

/// UTF-8 with broken sequences, line by line. A line whose bytes are not UTF-8 and hold no valid
/// multi-byte sequence at all — a quote pasted from an old windows-1258, TCVN3, VNI or VISCII
/// page into a UTF-8 one — is decoded as the legacy encoding it reads best in, when that reading
/// is clearly Vietnamese (at least [`MIXED_MIN_WORDS`] accented words, syllable score at least
/// [`MIXED_MIN_SCORE`]), and reported with its byte offset (E002). Any other broken sequence
/// becomes U+FFFD and an E001 with its offset: it cannot be told apart from damage.
fn decode_mixed(bytes: &[u8]) -> Decoded {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 4);
    let mut findings = Vec::new();
    let mut at = 0;
    for line in bytes.split_inclusive(|&b| b == b'\n') {
        let start = text.len();
        if let Ok(valid) = std::str::from_utf8(line) {
            text.push_str(valid);
        } else if let Some((name, score, decoded)) = legacy_line(line) {
            text.push_str(&decoded);
            findings.push(Edit::report(
                NOT_UTF8,
                start..text.len(),
                format!(
                    "line at byte {at} decoded as {name} inside a UTF-8 document \
                     (Vietnamese syllable score {score:.2})"
                ),
            ));
        } else {
            let d = decode_with(UTF_8, line, at, Method::MostlyUtf8, 0.9);
            text.push_str(&d.text);
            findings.extend(
                d.findings
                    .into_iter()
                    .filter(|e| e.rule == INVALID_BYTES)
                    .map(|mut e| {
                        e.span = e.span.start + start..e.span.end + start;
                        e
                    }),
            );
        }
        at += line.len();
    }
    finish(text, UTF_8, Method::MostlyUtf8, 0.9, findings)
}

/// Accented words a line needs before its legacy reading is trusted (VISCII maps every byte to a
/// letter, so a few stray bytes can read as two or three valid syllables).
const MIXED_MIN_WORDS: usize = 4;
/// Syllable score a line's legacy reading needs.
const MIXED_MIN_SCORE: f32 = 0.8;

/// The best legacy reading of a line with no valid multi-byte UTF-8, if it is clearly Vietnamese.
fn legacy_line(line: &[u8]) -> Option<(&'static str, f32, String)> {
    let has_multibyte = line.utf8_chunks().any(|c| !c.valid().is_ascii());
    if has_multibyte {
        return None;
    }
    let cp1258 = encoding_rs::WINDOWS_1258
        .decode_without_bom_handling(line)
        .0
        .into_owned();
    std::iter::once(("windows-1258", cp1258))
        .chain(Legacy::ALL.map(|l| (l.name(), legacy::decode(line, l))))
        .map(|(name, text)| (name, legacy::vietnamese_score(&text), text))
        .filter(|(_, score, text)| {
            *score >= MIXED_MIN_SCORE
                && text.split_whitespace().filter(|w| !w.is_ascii()).count() >= MIXED_MIN_WORDS
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
}

/// UTF-16 without BOM: ASCII-range text puts NUL in every other byte.
fn utf16_by_pattern(bytes: &[u8]) -> Option<&'static Encoding> {
    let pairs = bytes.len() / 2;
    if pairs < 2 {
        return None;
    }
    let even = bytes.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = bytes.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let share = |n: usize| n as f64 / pairs as f64;
    if share(odd) > 0.3 && share(even) < 0.05 {
        Some(UTF_16LE)
    } else if share(even) > 0.3 && share(odd) < 0.05 {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Decodes `bytes` (which start at file offset `base`), turning each malformed sequence into
/// U+FFFD plus a finding.
fn decode_with(
    encoding: &'static Encoding,
    bytes: &[u8],
    base: usize,
    method: Method,
    confidence: f32,
) -> Decoded {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 2 + 16);
    let mut findings = Vec::new();
    let mut read = 0;
    loop {
        let cap = decoder
            .max_utf8_buffer_length_without_replacement(bytes.len() - read)
            .unwrap_or(usize::MAX / 2);
        text.reserve(cap.min(bytes.len() * 3 + 16));
        let (result, n) =
            decoder.decode_to_string_without_replacement(&bytes[read..], &mut text, true);
        read += n;
        match result {
            encoding_rs::DecoderResult::InputEmpty => break,
            encoding_rs::DecoderResult::OutputFull => continue,
            encoding_rs::DecoderResult::Malformed(bad, after) => {
                let end = read - after as usize;
                let start = end - bad as usize;
                let hex: Vec<String> = bytes[start..end]
                    .iter()
                    .map(|b| format!("{b:02X}"))
                    .collect();
                let at = text.len();
                text.push('\u{FFFD}');
                findings.push(Edit::report(
                    INVALID_BYTES,
                    at..text.len(),
                    format!(
                        "invalid {} bytes {} at byte {}",
                        encoding.name(),
                        hex.join(" "),
                        base + start
                    ),
                ));
            }
        }
    }
    finish(text, encoding, method, confidence, findings)
}

fn finish(
    text: String,
    encoding: &'static Encoding,
    method: Method,
    confidence: f32,
    mut findings: Vec<Edit>,
) -> Decoded {
    if encoding != UTF_8 {
        let how = match method {
            Method::Forced => "forced",
            Method::Bom => "byte order mark",
            Method::Utf16Pattern => "NUL-byte pattern",
            Method::Declared => "declared by <meta>",
            _ => "detected",
        };
        let reason = format!(
            "decoded as {} ({how}, confidence {confidence:.2})",
            encoding.name()
        );
        findings.insert(0, Edit::report(NOT_UTF8, 0..0, reason));
    }
    if text.trim().is_empty() {
        findings.push(Edit::report(EMPTY_DOCUMENT, 0..text.len(), "no text"));
    }
    Decoded {
        text,
        encoding: encoding.name(),
        method,
        confidence,
        findings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(d: &Decoded) -> Vec<&str> {
        d.findings.iter().map(|e| e.rule.code).collect()
    }

    #[test]
    fn valid_utf8_is_taken_as_is() {
        let d = decode("Việt Nam".as_bytes()).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding, d.method),
            ("Việt Nam", "UTF-8", Method::ValidUtf8)
        );
        assert!(d.findings.is_empty());
    }

    #[test]
    fn drawn_texts_decode_as_their_bytes() {
        let pieces = [
            "Việt",
            " ",
            "\u{FEFF}",
            "\0",
            "\r\n",
            "a",
            "ữ",
            "\u{1F600}",
            "\u{0301}",
        ];
        let mut rng = crate::test_rng::Xorshift::new();
        for len in (0..200).map(|i| i % 12) {
            let text = rng.text(&pieces, len);
            let by_bytes = decode(text.as_bytes()).map(|d| (d.text, d.method, d.findings.len()));
            let by_text = decode_text(text.clone()).map(|d| (d.text, d.method, d.findings.len()));
            assert_eq!(by_text, by_bytes, "{text:?}");
        }
    }

    #[test]
    fn owned_bytes_decode_as_borrowed_ones() {
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("Việt".encode_utf16().flat_map(|u| u.to_le_bytes()));
        let inputs: [&[u8]; 8] = [
            "Việt Nam\r\n".as_bytes(),
            b"",
            b" \n\t",
            b"\xEF\xBB\xBFabc",
            &utf16,
            b"Vi\x00t",
            b"Vi\xC3\xA1t \xFF Nam",
            b"Vi\xEAt Nam ch\xE0o b\xE1n",
        ];
        let summary = |d: Result<Decoded, DecodeError>| {
            d.map(|d| {
                let edits: Vec<(&str, String)> = d
                    .findings
                    .iter()
                    .map(|e| (e.rule.code, format!("{:?} {:?}", e.span, e.reason)))
                    .collect();
                (d.text, d.encoding, d.method, d.confidence.to_bits(), edits)
            })
        };
        for bytes in inputs {
            assert_eq!(
                summary(decode_owned(bytes.to_vec())),
                summary(decode(bytes)),
                "{bytes:?}"
            );
            if let Ok(text) = std::str::from_utf8(bytes) {
                assert_eq!(
                    summary(decode_text(text.to_string())),
                    summary(decode(bytes)),
                    "{bytes:?}"
                );
            }
        }
    }

    #[test]
    fn boms_are_honoured() {
        let d = decode(b"\xEF\xBB\xBFabc").unwrap();
        assert_eq!(d.text, "abc");
        assert_eq!(codes(&d), ["E003"]);
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend("Việt".encode_utf16().flat_map(|u| u.to_le_bytes()));
        let d = decode(&bytes).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Việt", "UTF-16LE"));
        assert_eq!(codes(&d), ["E002"]);
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Nam".encode_utf16().flat_map(|u| u.to_be_bytes()))
            .collect();
        assert_eq!(decode(&be).unwrap().text, "Nam");
    }

    #[test]
    fn utf16_without_bom_is_recognised_but_nul_bytes_otherwise_mean_binary() {
        let le: Vec<u8> = "Hello Việt Nam"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        assert_eq!(decode(&le).unwrap().text, "Hello Việt Nam");
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap_err(),
            DecodeError::Binary { nul_offset: 8 }
        );
    }

    #[test]
    fn invalid_bytes_in_utf8_are_reported_with_their_offset() {
        let mut bytes = "Thủ tướng Nguyễn Xuân Phúc nêu rõ ".as_bytes().to_vec();
        let at = bytes.len();
        bytes.extend(b"\xE1\xBB tin");
        let d = decode(&bytes).unwrap();
        assert_eq!(d.method, Method::MostlyUtf8);
        assert!(d.text.ends_with("rõ \u{FFFD} tin"), "{}", d.text);
        assert_eq!(codes(&d), ["E001"]);
        assert!(
            d.findings[0]
                .reason
                .contains(&format!("E1 BB at byte {at}")),
            "{}",
            d.findings[0].reason
        );
        let span = d.findings[0].span.clone();
        assert_eq!(&d.text[span], "\u{FFFD}");
    }

    #[test]
    fn a_legacy_line_in_a_utf8_document_is_decoded_and_reported_damage_is_not_guessed() {
        use crate::vietnamese::legacy::{tests::encode, Legacy};
        let body = "Thủ tướng Nguyễn Xuân Phúc đã tiếp Bộ trưởng Ngoại giao Nhật Bản.\n";
        let quote = "hai bên nhất trí đẩy mạnh hợp tác trong lĩnh vực thông tin.\n";
        let mut bytes = body.as_bytes().to_vec();
        let at = bytes.len();
        bytes.extend(encode(quote, Legacy::Tcvn3));
        bytes.extend(body.as_bytes());
        bytes.extend(b"gi\xe1 tr\xff \xfe\n");
        let d = decode(&bytes).unwrap();
        assert_eq!(d.method, Method::MostlyUtf8);
        assert_eq!(
            d.text,
            format!("{body}{quote}{body}gi\u{FFFD} tr\u{FFFD} \u{FFFD}\n")
        );
        assert_eq!(codes(&d), ["E002", "E001", "E001", "E001"]);
        assert!(
            d.findings[0]
                .reason
                .contains(&format!("line at byte {at} decoded as TCVN3")),
            "{}",
            d.findings[0].reason
        );
        assert_eq!(&d.text[d.findings[0].span.clone()], quote);
        assert_eq!(&d.text[d.findings[1].span.clone()], "\u{FFFD}");
    }

    #[test]
    fn windows_1258_is_detected_and_reported() {
        let text = "Thủ tướng Chính phủ đã tiếp Bộ trưởng. Hai bên nhất trí đẩy mạnh hợp tác trong lĩnh vực thông tin và truyền thông, được ký kết tại Hà Nội.";
        let bytes = encode_1258(text);
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "windows-1258");
        assert_eq!(codes(&d), ["E002"]);
        use unicode_normalization::UnicodeNormalization;
        assert_eq!(d.text.nfc().collect::<String>(), text);
    }

    /// windows-1258 stores tones as combining marks after a base letter it has precomposed.
    fn encode_1258(text: &str) -> Vec<u8> {
        use unicode_normalization::UnicodeNormalization;
        let tones = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];
        let mut staged = String::new();
        for c in text.chars() {
            let nfd: String = c.nfd().collect();
            let tone: Option<char> = nfd.chars().find(|m| tones.contains(m));
            staged.extend(nfd.chars().filter(|m| !tones.contains(m)).nfc());
            staged.extend(tone);
        }
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&staged);
        assert!(!unmappable, "{staged}");
        bytes.into_owned()
    }

    #[test]
    fn legacy_vietnamese_encodings_are_detected_by_syllable_score() {
        use crate::vietnamese::legacy::{tests::encode, Legacy};
        let text = "thủ tướng nguyễn xuân phúc đã tiếp bộ trưởng. hai bên nhất trí đẩy mạnh hợp tác trong lĩnh vực thông tin và truyền thông, được ký kết tại hà nội.";
        for legacy in Legacy::ALL {
            let d = decode(&encode(text, legacy)).unwrap();
            assert_eq!((d.encoding, d.text.as_str()), (legacy.name(), text));
            assert!(
                d.confidence > 0.9 && d.findings[0].reason.contains("syllable score"),
                "{}",
                d.findings[0].reason
            );
        }
        let forced = decode_as(&encode(text, Legacy::Vni), "vni").unwrap();
        assert_eq!(
            (forced.text.as_str(), forced.method),
            (text, Method::Forced)
        );
        assert!(decode_as(b"x", "klingon").is_err());
    }

    #[test]
    fn latin1_pages_in_other_languages_are_not_made_vietnamese() {
        for text in [
            "Le café de la gare était fermé ; nous avons déjeuné à l'hôtel où le maître d'hôtel nous a servi une crème brûlée délicieuse.",
            "Die Größe des Gebäudes überraschte die Besucher; für Ärzte und Bürger gab es Führungen über die Straße am Möllner Platz.",
        ] {
            let (bytes, _, bad) = encoding_rs::WINDOWS_1252.encode(text);
            assert!(!bad);
            let d = decode(&bytes).unwrap();
            assert_eq!(d.text, text, "decoded as {}", d.encoding);
        }
        let vietnamese = "Thủ tướng Chính phủ đã tiếp Bộ trưởng. Hai bên nhất trí đẩy mạnh hợp tác trong lĩnh vực thông tin và truyền thông.";
        assert_eq!(
            decode(&encode_1258(vietnamese)).unwrap().encoding,
            "windows-1258"
        );
    }

    #[test]
    fn html_is_decoded_by_bom_then_meta_then_detection() {
        let body =
            "<p>Thủ tướng Chính phủ đã tiếp Bộ trưởng. Hai bên nhất trí đẩy mạnh hợp tác.</p>";
        let declared = format!(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\"></head><body>{body}"
        );
        let d = decode_html(&encode_1258(&declared)).unwrap();
        assert_eq!((d.encoding, d.method), ("windows-1258", Method::Declared));
        use unicode_normalization::UnicodeNormalization;
        assert!(d.text.nfc().collect::<String>().contains("Thủ tướng"));
        // a BOM wins over the declaration
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend(declared.replace("windows-1258", "iso-8859-2").as_bytes());
        let d = decode_html(&bom).unwrap();
        assert_eq!((d.encoding, d.method), ("UTF-8", Method::Bom));
        // no declaration: detection, here valid UTF-8
        let d = decode_html(format!("<html><body>{body}").as_bytes()).unwrap();
        assert_eq!((d.encoding, d.method), ("UTF-8", Method::ValidUtf8));
    }

    #[test]
    fn a_latin1_declaration_over_tcvn3_bytes_is_read_as_tcvn3() {
        use crate::vietnamese::legacy::{tests::encode, Legacy};
        let text = "thủ tướng nguyễn xuân phúc đã tiếp bộ trưởng. hai bên nhất trí đẩy mạnh hợp tác trong lĩnh vực thông tin và truyền thông.";
        let mut page =
            b"<html><head><meta charset=\"iso-8859-1\"><title>x</title></head><body><p>".to_vec();
        page.extend(encode(text, Legacy::Tcvn3));
        let d = decode_html(&page).unwrap();
        assert_eq!(d.encoding, Legacy::Tcvn3.name());
        assert!(d.text.contains(text));
        // a real Latin-1 page stays Latin-1
        let french = "<meta charset=iso-8859-1><p>Le café de la gare était fermé ; nous avons déjeuné à l'hôtel.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(french);
        let d = decode_html(&bytes).unwrap();
        assert_eq!((d.encoding, d.text.as_str()), ("windows-1252", french));
    }

    #[test]
    fn empty_and_blank_documents_are_flagged() {
        assert_eq!(codes(&decode(b"").unwrap()), ["E004"]);
        assert_eq!(codes(&decode(b" \n\n ").unwrap()), ["E004"]);
    }
}
