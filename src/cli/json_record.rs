//! JSONL records kept as they were read: sach replaces the text field's value in its line and
//! leaves every other byte alone. The common record (a flat object of strings and integers) is
//! found by hand ([`plain_object`], serde_json reads every other line), and the text field's
//! literal is read and written by hand ([`unescape`], [`push_json_string`]): every text of a
//! JSONL corpus is read twice (prescan and clean) and written once, and each is tested to give
//! what serde_json gives.

use std::ops::Range;

#[cfg(target_arch = "x86_64")]
use sach::byte_blocks::{first_in_thirty_twos, first_in_wide_blocks};

/// One JSONL record kept as it was read: sach replaces the text field's value in the line and
/// leaves every other byte alone (key order, number precision, escapes, spacing), so a record
/// whose text does not change comes out identical.
#[derive(Clone, Debug)]
pub struct JsonRecord {
    pub line: String,
    /// The text field's value (a JSON string literal, quotes included) in `line`.
    text: Range<usize>,
    /// The record's `id` value, verbatim, when it has one.
    id: Option<Range<usize>>,
    /// The URL field's value (a JSON literal, quotes included), when the record has one.
    url: Option<Range<usize>>,
    /// The length of the text field's value once [`JsonRecord::text`] read it: a clean text of
    /// another length changed, without parsing the value again to compare.
    text_len: Option<usize>,
}

impl JsonRecord {
    /// Finds the text field `field` (the last one, as JSON parsers do with repeated keys), `id`
    /// and the URL field `url` in `line`.
    pub fn parse(line: String, field: &str, url: &str) -> Result<Self, String> {
        let names = Names { text: field, url };
        let fields = match plain_object(&line, names) {
            Some(fields) => fields,
            None => serde_fields(&line, names)?,
        };
        let text = fields.text.ok_or_else(|| {
            format!("record has no `{field}` field (choose one with --text-field)")
        })?;
        Ok(JsonRecord {
            text,
            id: fields.id,
            url: fields.url,
            line,
            text_len: None,
        })
    }

    /// The URL field's value when it is a string.
    pub fn url(&self) -> Option<String> {
        let raw = &self.line[self.url.clone()?];
        unescape(raw).or_else(|| serde_json::from_str(raw).ok())
    }

    /// The text field's value (its length is kept for [`JsonRecord::with_text`]).
    pub fn text(&mut self) -> Result<String, String> {
        let text = self.value()?;
        self.text_len = Some(text.len());
        Ok(text)
    }

    fn value(&self) -> Result<String, String> {
        let raw = &self.line[self.text.clone()];
        if let Some(text) = unescape(raw) {
            return Ok(text);
        }
        serde_json::from_str(raw).map_err(|_| "the text field is not a string".to_string())
    }

    /// The record's `id`, as written in the input.
    pub fn id(&self) -> Option<&str> {
        self.id.clone().map(|r| &self.line[r])
    }

    /// The line with the text field's value replaced by `text` (the line itself when unchanged).
    pub fn with_text(&self, text: &str) -> String {
        let unchanged = match self.text_len {
            Some(len) if len != text.len() => false,
            _ => self.value().is_ok_and(|old| old == text),
        };
        if unchanged {
            return self.line.clone();
        }
        let (before, after) = (&self.line[..self.text.start], &self.line[self.text.end..]);
        let mut line =
            String::with_capacity(before.len() + text.len() + text.len() / 16 + after.len() + 3);
        line.push_str(before);
        push_json_string(&mut line, text);
        line.push_str(after);
        line
    }
}

/// Where the values of the text field, of `id` and of the URL field are in a record's line (the
/// last of repeated keys), when it has them.
#[derive(Debug, PartialEq)]
struct Fields {
    text: Option<Range<usize>>,
    id: Option<Range<usize>>,
    url: Option<Range<usize>>,
}

/// The names of the text field and of the URL field.
#[derive(Clone, Copy)]
struct Names<'a> {
    text: &'a str,
    url: &'a str,
}

/// The [`Fields`] of `line` as serde_json finds them: the object's values read as raw JSON into
/// a map, or the error sach reports for a line that is not an object.
fn serde_fields(line: &str, names: Names) -> Result<Fields, String> {
    let values: std::collections::HashMap<String, &serde_json::value::RawValue> =
        match serde_json::from_str(line) {
            Ok(values) => values,
            Err(e) => {
                return Err(match serde_json::from_str::<serde::de::IgnoredAny>(line) {
                    Ok(_) => "record is not a JSON object".into(),
                    Err(_) => format!("invalid JSON: {e}"),
                })
            }
        };
    let span = |raw: &&serde_json::value::RawValue| {
        let start = raw.get().as_ptr() as usize - line.as_ptr() as usize;
        start..start + raw.get().len()
    };
    Ok(Fields {
        text: values.get(names.text).map(span),
        id: values.get("id").map(span),
        url: values.get(names.url).map(span),
    })
}

/// The [`Fields`] of `line` when it is a plain object, the record a JSONL corpus is made of: a
/// flat object whose keys are strings without escapes and whose values are strings, integers,
/// `true`, `false` or `null`, with JSON's whitespace anywhere between them. `None` for any other
/// line (a nested value, a number with a fraction or an exponent, an escaped key, an error),
/// which serde_json reads instead ([`serde_fields`]), so the two always agree.
///
/// Hot (every record of a JSONL corpus, read by the prescan and again by the clean pass): the
/// text's literal, most of the line, is stepped through to its closing quote sixteen bytes at a
/// time ([`next_escape`]), its escapes checked as serde_json checks them; serde_json looked at
/// it eight bytes at a time and built a map of the record's keys.
fn plain_object(line: &str, names: Names) -> Option<Fields> {
    let bytes = line.as_bytes();
    let mut fields = Fields {
        text: None,
        id: None,
        url: None,
    };
    let mut at = skip_whitespace(bytes, 0);
    if bytes.get(at) != Some(&b'{') {
        return None;
    }
    at = skip_whitespace(bytes, at + 1);
    if bytes.get(at) == Some(&b'}') {
        return (skip_whitespace(bytes, at + 1) == bytes.len()).then_some(fields);
    }
    loop {
        if bytes.get(at) != Some(&b'"') {
            return None;
        }
        let (key_end, escaped) = string_end(bytes, at + 1)?;
        if escaped {
            return None;
        }
        let key = &line[at + 1..key_end];
        at = skip_whitespace(bytes, key_end + 1);
        if bytes.get(at) != Some(&b':') {
            return None;
        }
        at = skip_whitespace(bytes, at + 1);
        let end = match *bytes.get(at)? {
            b'"' => string_end(bytes, at + 1)?.0 + 1,
            b'-' | b'0'..=b'9' => integer_end(bytes, at)?,
            b't' | b'f' | b'n' => {
                let literal = ["true", "false", "null"]
                    .into_iter()
                    .find(|l| bytes[at..].starts_with(l.as_bytes()))?;
                at + literal.len()
            }
            _ => return None,
        };
        if key == names.text {
            fields.text = Some(at..end);
        }
        if key == "id" {
            fields.id = Some(at..end);
        }
        if key == names.url {
            fields.url = Some(at..end);
        }
        at = skip_whitespace(bytes, end);
        match bytes.get(at)? {
            b',' => at = skip_whitespace(bytes, at + 1),
            b'}' => return (skip_whitespace(bytes, at + 1) == bytes.len()).then_some(fields),
            _ => return None,
        }
    }
}

/// The first offset at or after `at` of `bytes` that is not JSON whitespace.
fn skip_whitespace(bytes: &[u8], mut at: usize) -> usize {
    while let Some(b' ' | b'\t' | b'\n' | b'\r') = bytes.get(at) {
        at += 1;
    }
    at
}

/// The closing quote of the string literal whose text starts at `from`, and whether it holds an
/// escape; `None` when the literal does not close or holds what serde_json refuses (a control
/// character, an escape other than `\" \\ \/ \b \f \n \r \t` and `\u` with four hexadecimal
/// digits; like serde_json reading a raw value, the `\u` escapes' surrogates are not paired here).
fn string_end(bytes: &[u8], from: usize) -> Option<(usize, bool)> {
    let mut at = from;
    let mut escaped = false;
    loop {
        at = next_escape(bytes, at);
        match *bytes.get(at)? {
            b'"' => return Some((at, escaped)),
            b'\\' => {
                escaped = true;
                at += match *bytes.get(at + 1)? {
                    b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => 2,
                    b'u' => {
                        hex4(bytes, at + 2)?;
                        6
                    }
                    _ => return None,
                };
            }
            _ => return None,
        }
    }
}

/// The end of the integer at `at` (an optional minus, then `0` or digits that do not start with
/// `0`); `None` for anything else. A fraction or an exponent after it is no object's next byte,
/// so [`plain_object`] leaves such numbers to serde_json.
fn integer_end(bytes: &[u8], at: usize) -> Option<usize> {
    let digits = at + usize::from(bytes[at] == b'-');
    let end = digits
        + bytes[digits..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
    match end - digits {
        0 => None,
        1 => Some(end),
        _ => (bytes[digits] != b'0').then_some(end),
    }
}

/// The first offset at or after `from` of `bytes` holding a byte that a JSON string escapes (a
/// quote, a backslash, a control character), or the end of `bytes`.
fn next_escape(bytes: &[u8], from: usize) -> usize {
    #[cfg(target_arch = "x86_64")]
    let from = next_escape_sse2(bytes, from);
    bytes[from..]
        .iter()
        .position(|&b| b < 0x20 || b == b'"' || b == b'\\')
        .map_or(bytes.len(), |n| from + n)
}

/// The string a JSON string literal `raw` stands for, when it is one that [`JsonRecord::parse`]
/// found (serde_json checked its escapes and that it has no control character) and its `\u`
/// escapes are characters; `None` for anything else, which serde_json reads instead (a value
/// that is not a string, a lone surrogate). Hot (every text of a JSONL corpus, read by the
/// prescan and again by the clean pass): the runs between backslashes are copied whole, where
/// serde_json's reader looks at every byte for a second time.
fn unescape(raw: &str) -> Option<String> {
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    let bytes = inner.as_bytes();
    let mut out = String::with_capacity(inner.len());
    let mut at = 0;
    while let Some(n) = memchr::memchr(b'\\', &bytes[at..]) {
        out.push_str(&inner[at..at + n]);
        at += n + 1;
        let c = match *bytes.get(at)? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = hex4(bytes, at + 1)?;
                if (0xD800..0xDC00).contains(&unit) {
                    // a high surrogate: the low one must follow as another escape
                    if bytes.get(at + 5..at + 7)? != b"\\u" {
                        return None;
                    }
                    let low = hex4(bytes, at + 7)?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return None;
                    }
                    at += 6;
                    char::from_u32(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))?
                } else {
                    char::from_u32(unit)?
                }
            }
            _ => return None,
        };
        out.push(c);
        at += if bytes[at] == b'u' { 5 } else { 1 };
    }
    out.push_str(&inner[at..]);
    Some(out)
}

/// The first byte at or after `from` of `bytes` that a JSON string escapes, or where fewer than
/// sixteen bytes are left, found sixteen bytes at a time.
#[cfg(target_arch = "x86_64")]
fn next_escape_sse2(bytes: &[u8], from: usize) -> usize {
    // thirty-two bytes at a time where the CPU has AVX2 ([`escapes_avx2`]), then sixteen;
    // SAFETY: SSE2 is part of x86-64, every such CPU has it
    match first_in_wide_blocks(bytes, from, escape_in_thirty_twos, |block| unsafe {
        escapes_sse2(block)
    }) {
        Ok(at) | Err(at) => at,
    }
}

/// [`first_in_thirty_twos`] from `from` with [`escapes_avx2`], compiled for AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn escape_in_thirty_twos(bytes: &[u8], from: usize) -> Result<usize, usize> {
    first_in_thirty_twos(bytes, from, |block| escapes_avx2(block))
}

/// [`escapes_sse2`] for thirty-two bytes.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn escapes_avx2(block: &[u8; 32]) -> u32 {
    use std::arch::x86_64::*;
    // SAFETY: one unaligned 32-byte load of the array
    let v = unsafe { _mm256_loadu_si256(block.as_ptr().cast()) };
    let is = |b: u8| _mm256_cmpeq_epi8(v, _mm256_set1_epi8(b as i8));
    let control = _mm256_cmpeq_epi8(_mm256_min_epu8(v, _mm256_set1_epi8(0x1F)), v);
    _mm256_movemask_epi8(_mm256_or_si256(
        control,
        _mm256_or_si256(is(b'"'), is(b'\\')),
    )) as u32
}

/// Bit `j` set when byte `j` of `block` is one that a JSON string escapes: below 0x20, a quote
/// or a backslash.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn escapes_sse2(block: &[u8; 16]) -> u32 {
    use std::arch::x86_64::*;
    // SAFETY: one unaligned 16-byte load of the array
    let v = unsafe { _mm_loadu_si128(block.as_ptr().cast()) };
    let is = |b: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8));
    let control = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);
    _mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(is(b'"'), is(b'\\')))) as u32
}

/// The four hexadecimal digits at `at` of `bytes`, as a number.
fn hex4(bytes: &[u8], at: usize) -> Option<u32> {
    let digits = std::str::from_utf8(bytes.get(at..at + 4)?).ok()?;
    if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(digits, 16).ok()
}

/// Appends `text` as a JSON string literal, byte for byte what `serde_json::to_string` writes
/// (`\"`, `\\`, `\b \t \n \f \r`, other controls as `\u00xx`; nothing else escaped), without
/// its intermediate `String`. Hot (every clean text of a JSONL corpus): sixteen bytes at a time
/// on x86-64 ([`escapes_sse2`]), else eight, are tested for a byte to escape at once, and the
/// runs between escapes are copied whole.
pub(super) fn push_json_string(out: &mut String, text: &str) {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    // a byte below 0x20, a quote or a backslash in `x` (never missed; a false alarm only
    // costs the bytewise look at the next byte)
    let alarm = |x: u64| {
        let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
        (x.wrapping_sub(ONES * 0x20) & !x & HIGH)
            | zero(x ^ (ONES * u64::from(b'"')))
            | zero(x ^ (ONES * u64::from(b'\\')))
            != 0
    };
    out.push('"');
    let bytes = text.as_bytes();
    let (mut run, mut at) = (0, 0); // `run..at` is still to copy
    while at < bytes.len() {
        // sixteen bytes at a time to the next byte to escape (a line of text is a few dozen
        // bytes): the eight-byte steps below only go over the last bytes
        #[cfg(target_arch = "x86_64")]
        {
            at = next_escape_sse2(bytes, at);
            if at == bytes.len() {
                break;
            }
        }
        if let Some(chunk) = bytes.get(at..at + 8) {
            if !alarm(u64::from_ne_bytes(chunk.try_into().expect("eight bytes"))) {
                at += 8;
                continue;
            }
        }
        let b = bytes[at];
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            0x09 => "\\t",
            0x0A => "\\n",
            0x0C => "\\f",
            0x0D => "\\r",
            0..0x20 => "",
            _ => {
                at += 1;
                continue;
            }
        };
        out.push_str(&text[run..at]); // escaped bytes are ASCII: `at` is a char boundary
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xF)]));
        } else {
            out.push_str(escape);
        }
        at += 1;
        run = at;
    }
    out.push_str(&text[run..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The literal is serde_json's, byte for byte: every ASCII byte alone and inside longer text
    /// (each offset in a 32-byte block, a sixteen-byte one and an eight-byte chunk, in the first
    /// block and the next), escapes next to each other and to multi-byte
    /// characters, and the seed texts.
    #[test]
    fn json_strings_are_written_as_serde_json_writes_them() {
        let mut texts: Vec<String> = vec![
            String::new(),
            "\"\\\u{7f}\u{1f}ệ\"\n\r\t".into(),
            "Đà Nẵng\u{a0}«trích»\u{2028}\u{1}\u{0}€".into(),
        ];
        for b in 0u8..0x80 {
            let c = char::from(b);
            texts.push(c.to_string());
            for pad in 0..40 {
                let p = "ệ".repeat(pad % 3) + &"x".repeat(pad);
                texts.push(format!("{p}{c}{p}{c}{c}ầu tư {p}"));
            }
        }
        let raw = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("raw");
        for entry in std::fs::read_dir(raw).unwrap() {
            texts.extend(std::fs::read_to_string(entry.unwrap().path()).ok());
        }
        for text in &texts {
            let mut out = String::from("{\"a\":");
            push_json_string(&mut out, text);
            let want = format!("{{\"a\":{}", serde_json::to_string(text).unwrap());
            assert_eq!(out, want, "{text:?}");
        }
    }

    /// The literal's text is serde_json's: every escape, alone and between other characters,
    /// `\u` escapes of every plane (as Python's `ensure_ascii` writes them, in both cases),
    /// and the literals it leaves to serde_json (lone surrogates, values that are not strings).
    #[test]
    fn string_literals_read_as_serde_json_reads_them() {
        let serde = |raw: &str| serde_json::from_str::<String>(raw).ok();
        let mut literals: Vec<String> = Vec::new();
        for text in [
            "",
            "Hà Nội",
            "a\"b\\c/d",
            "x\u{8}\u{c}\n\r\t\u{1}\u{1f}y",
            "😀 Việt",
        ] {
            literals.push(serde_json::to_string(text).unwrap());
        }
        for c in (0..0x11_0000).step_by(97).filter_map(char::from_u32) {
            let mut units = [0u16; 2];
            let units = c.encode_utf16(&mut units);
            let lower: String = units.iter().map(|u| format!("\\u{u:04x}")).collect();
            let upper: String = units.iter().map(|u| format!("\\u{u:04X}")).collect();
            literals.push(format!("\"a{lower}b{upper}\""));
        }
        for raw in &literals {
            assert_eq!(unescape(raw), serde(raw), "{raw}");
            assert!(unescape(raw).is_some(), "{raw}");
        }
        for raw in [
            r#""\ud800""#,
            r#""\udc00x""#,
            r#""\ud83d\u0041""#,
            r#""\ud83d\n""#,
            "5",
            "null",
        ] {
            assert_eq!(unescape(raw), None, "{raw}");
        }
    }

    /// The plain reader finds the fields serde_json finds, wherever it reads a line at all: on
    /// records of one and two fields made of keys (escaped, repeated, empty, the text field's
    /// name in another case) and values of every kind (strings with each escape, at each offset
    /// of a sixteen-byte block, with surrogate pairs and lone surrogates, control characters,
    /// numbers of every form, literals, nested values, literals cut short), joined by each kind
    /// of whitespace and by what is no JSON whitespace; and on every prefix of a few of them.
    #[test]
    fn plain_objects_read_as_serde_json_reads_them() {
        let keys = [
            "text",
            "id",
            "url",
            "",
            "te\\u0078t",
            "Text",
            "tëxt",
            "t\\\"ext",
        ];
        let mut values: Vec<String> = [
            "\"\"",
            "\"Hà Nội\"",
            r#""a\nb\"c\\d\/e\bf\f\r\t""#,
            r#""\u00e0\u00C0\uD83D\ude00""#,
            r#""\ud800 lone""#,
            r#""\x""#,
            r#""\u12""#,
            r#""\u12g4""#,
            "\"a\u{1}b\"",
            "\"a\u{1f}\"",
            "\"a\u{7f}\u{a0}b\"",
            "\"unclosed",
            r#""a\""#,
            "0",
            "-0",
            "7",
            "-12",
            "01",
            "-",
            "-01",
            "1.5",
            "1e5",
            "1E+2",
            "-0.0",
            "12345678901234567890123",
            "+1",
            ".5",
            "0x1",
            "true",
            "false",
            "null",
            "nul",
            "True",
            "nullx",
            "t",
            "[1,\"a\"]",
            "{\"a\":1}",
            "[]",
            "{}",
        ]
        .map(String::from)
        .to_vec();
        for pad in 0..18 {
            let text = "ệ".repeat(pad % 3) + &"x".repeat(pad);
            values.push(format!("\"{text}\\n{text}\\u1EC7{text}\""));
            values.push(format!("\"{text}\u{0}{text}\""));
            values.push(format!("\"{text}\\q{text}\""));
        }
        let spaces = ["", " ", "\t", "\n ", "\r\n", "\u{a0}", "\u{c}"];
        let mut lines: Vec<String> = Vec::new();
        let mut n = 0;
        let mut space = || {
            n += 1;
            spaces[n % 7 % (1 + n / 7 % 7)]
        };
        for key in keys {
            for value in &values {
                let (a, b, c, d, e) = (space(), space(), space(), space(), space());
                lines.push(format!("{a}{{{b}\"{key}\"{c}:{d}{value}{e}}}{a}"));
                for other in ["text", "id", "url"] {
                    for v in ["\"x\"", "5", "[0]"] {
                        let (a, b, c) = (space(), space(), space());
                        lines.push(format!("{{\"{key}\":{a}{value},{b}\"{other}\"{c}:{v}}}"));
                        lines.push(format!("{{\"{other}\" :{v} ,\"{key}\":{value}}}"));
                    }
                }
            }
        }
        let record = r#"{"id": "bench-1", "url": "https://example.vn/tin/1", "text": "Đà Nẵng\n\n\"trích\" \u00e0"}"#;
        for line in [
            record,
            r#"{"text":"a","id":7,"text":"b","ok":true,"n":null}"#,
        ] {
            let prefixes = (0..line.len()).filter(|&n| line.is_char_boundary(n));
            lines.extend(prefixes.map(|n| line[..n].to_string()));
            lines.push(format!("{line},"));
            lines.push(format!("{line}x"));
            lines.push(line.replace(',', ""));
            lines.push(line.replace(':', ""));
            lines.push(line.replace(", ", ",,"));
            lines.push(line.replace('{', "[").replace('}', "]"));
        }
        lines
            .extend(["{}", " { } ", "{,}", "[1]", "\"text\"", "5", "{\"text\"}"].map(String::from));
        let mut plain = 0;
        for line in &lines {
            for (text, url) in [("text", "url"), ("id", "text"), ("tëxt", "Text")] {
                let names = Names { text, url };
                if let Some(fields) = plain_object(line, names) {
                    assert_eq!(
                        Ok(fields),
                        serde_fields(line, names),
                        "{line:?} {text} {url}"
                    );
                    plain += 1;
                }
            }
        }
        let names = Names {
            text: "text",
            url: "url",
        };
        let fields = plain_object(record, names).unwrap();
        assert!(fields.text.is_some() && fields.url.is_some());
        // a good share of the lines read plainly (the others are no plain objects)
        assert!(plain > lines.len() / 3, "{plain} of {} lines", lines.len());
    }

    #[test]
    fn a_json_record_keeps_every_byte_but_its_text() {
        let line = r#"{"z": 12345678901234567890123, "text":"Hà\u00a0Nội", "a":[1.0e2, "\u0041"],"id":"x-1"}"#;
        let mut r = JsonRecord::parse(line.to_string(), "text", "url").unwrap();
        assert_eq!(r.text().unwrap(), "Hà\u{a0}Nội");
        assert_eq!(r.id(), Some("\"x-1\""));
        assert_eq!(
            r.with_text("Hà\u{a0}Nội"),
            line,
            "unchanged text: the line as it was"
        );
        assert_eq!(
            r.with_text("Hà Nội"),
            r#"{"z": 12345678901234567890123, "text":"Hà Nội", "a":[1.0e2, "\u0041"],"id":"x-1"}"#
        );
        // a text of the same length is compared; a record whose text was never read too
        assert_eq!(
            r.with_text("Hà\u{a0}Nộj"),
            line.replace(r#""Hà\u00a0Nội""#, "\"Hà\u{a0}Nộj\"")
        );
        let unread = JsonRecord::parse(line.to_string(), "text", "url").unwrap();
        assert_eq!(unread.with_text("Hà\u{a0}Nội"), line);
        assert_ne!(unread.with_text("Hà\u{a0}Nộj"), line);
        let err = |l: &str| JsonRecord::parse(l.to_string(), "text", "url").unwrap_err();
        assert_eq!(err("[1]"), "record is not a JSON object");
        assert!(err("{").starts_with("invalid JSON"));
        assert!(err(r#"{"body":"x"}"#).contains("no `text` field"));
        let mut number = JsonRecord::parse(r#"{"text":5}"#.into(), "text", "url").unwrap();
        assert!(number.text().is_err());
    }

    #[test]
    fn the_url_field_is_read_when_it_is_a_string() {
        let url = |line: &str, field: &str| {
            JsonRecord::parse(line.to_string(), "text", field)
                .unwrap()
                .url()
        };
        let line =
            r#"{"text":"x","url":"https:\/\/vnexpress.net\/a","link":"https://dantri.com.vn/b"}"#;
        assert_eq!(url(line, "url").as_deref(), Some("https://vnexpress.net/a"));
        assert_eq!(
            url(line, "link").as_deref(),
            Some("https://dantri.com.vn/b")
        );
        assert_eq!(url(line, "source"), None);
        assert_eq!(url(r#"{"text":"x","url":null}"#, "url"), None);
        // a record serde_json reads (a nested value) gives its URL too
        let nested = r#"{"meta":{"a":1},"text":"x","url":"https://tuoitre.vn/c"}"#;
        assert_eq!(url(nested, "url").as_deref(), Some("https://tuoitre.vn/c"));
    }
}
