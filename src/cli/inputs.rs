//! Finding the documents: files and folders from the command line, walked recursively in sorted
//! order, and JSON Lines files read one record at a time.
//!
//! Only the list of paths is held in memory; file contents are read by the worker that processes
//! them, and JSONL records are streamed, so a corpus of millions of documents never sits in RAM.

use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// What a file holds, by its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A plain-text document (`.txt`, `.text`, no extension, or any file named explicitly).
    Text,
    /// One JSON object per line, each a document with a text field.
    Jsonl,
    /// An HTML page (`.html`, `.htm`, `.xhtml`, optionally gzipped).
    Html,
}

/// A file to process.
#[derive(Clone, Debug)]
pub struct InputFile {
    /// The path as the user will recognise it (the argument joined with the walked part).
    pub path: PathBuf,
    /// Where its output goes, relative to `--out`.
    pub out_rel: PathBuf,
    pub kind: Kind,
}

/// What the arguments expand to.
#[derive(Debug, Default)]
pub struct Collected {
    /// The documents, sorted by path.
    pub files: Vec<InputFile>,
    /// Arguments or folders that could not be read, and arguments that are not regular files:
    /// errors (exit status 2).
    pub errors: Vec<(PathBuf, String)>,
    /// Entries of a walked folder with a document's name that are not regular files (a FIFO, a
    /// socket, a device): skipped with a warning, the exit status unchanged
    /// (like any other file in the folder that is not a document).
    pub skipped: Vec<(PathBuf, String)>,
}

impl Collected {
    /// Prints the errors and the skipped entries; returns the number of errors.
    pub fn print_problems(&self) -> usize {
        for (path, e) in &self.errors {
            eprintln!("sach: error: {}: {e}", name(path));
        }
        for (path, why) in &self.skipped {
            eprintln!("sach: warning: {}: skipped: {why}", name(path));
        }
        self.errors.len()
    }
}

/// Expands the arguments into files (`-`: standard input), sorted by path (so the order never depends on the order of
/// the arguments or of the file system). Only regular files (and symlinks to them) are documents:
/// reading a FIFO would block forever, a device could be endless. Unreadable arguments and
/// arguments that are not files become errors naming them; walking skips hidden entries,
/// symlinked folders, and `skip` (the output folder).
pub fn collect(args: &[PathBuf], skip: Option<&Path>) -> Collected {
    let skip = skip.and_then(|p| fs::canonicalize(p).ok());
    let mut c = Collected::default();
    for arg in args {
        if arg.as_os_str() == STDIN {
            c.files.push(InputFile {
                path: arg.clone(),
                out_rel: PathBuf::from("stdin.txt"),
                kind: Kind::Text,
            });
            continue;
        }
        match fs::metadata(arg) {
            Err(e) => c.errors.push((arg.clone(), e.to_string())),
            Ok(m) if m.is_dir() => walk(arg, Path::new(""), skip.as_deref(), &mut c),
            Ok(m) if m.is_file() => {
                let name = PathBuf::from(arg.file_name().unwrap_or(arg.as_os_str()));
                c.files.push(input(arg.clone(), &name));
            }
            Ok(m) => c.errors.push((arg.clone(), not_a_file(&m))),
        }
    }
    c.files.sort_by(|a, b| a.path.cmp(&b.path));
    c.files.dedup_by(|a, b| a.path == b.path);
    c.errors.sort();
    c.skipped.sort();
    c
}

/// Why a path that is neither a folder nor a regular file is not read.
fn not_a_file(m: &fs::Metadata) -> String {
    let kind = file_kind(m.file_type());
    format!("{kind}, not a regular file (only files are read as documents)")
}

#[cfg(unix)]
fn file_kind(t: fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if t.is_fifo() {
        "a named pipe (FIFO)"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_block_device() || t.is_char_device() {
        "a device"
    } else {
        "a special file"
    }
}

#[cfg(not(unix))]
fn file_kind(_: fs::FileType) -> &'static str {
    "a special file"
}

fn walk(root: &Path, rel: &Path, skip: Option<&Path>, c: &mut Collected) {
    let dir = root.join(rel);
    if skip.is_some() && fs::canonicalize(&dir).ok().as_deref() == skip {
        return;
    }
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) => return c.errors.push((dir, e.to_string())),
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                c.errors.push((dir.clone(), e.to_string()));
                continue;
            }
        };
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let rel = rel.join(&name);
        let path = root.join(&rel);
        match entry.file_type() {
            Ok(t) if t.is_dir() => walk(root, &rel, skip, c),
            Ok(t) if t.is_symlink() && path.is_dir() => {}
            Ok(_) if !is_document_name(&rel) => {}
            // follows a symlink: a link to a regular file is a document
            Ok(_) => match fs::metadata(&path) {
                Ok(m) if !m.is_file() => c.skipped.push((path, not_a_file(&m))),
                // a regular file, or a dangling symlink: a document (that will fail to read)
                _ => c.files.push(input(path, &rel)),
            },
            Err(e) => c.errors.push((path, e.to_string())),
        }
    }
}

/// Files a folder walk picks up: text dumps (with `.txt`/`.text` or no extension), JSONL and HTML
/// pages, each also gzipped (`.html.gz`, `.jsonl.gz`).
fn is_document_name(path: &Path) -> bool {
    let (_, ext) = split_name(path);
    ext.is_empty() || ["txt", "text", "jsonl", "html", "htm", "xhtml"].contains(&ext.as_str())
}

/// The name without its document extensions, and the extension that says what it holds
/// (`a/page.html.gz` → (`a/page`, `html`)); lowercase, empty when there is none.
fn split_name(path: &Path) -> (PathBuf, String) {
    let lower = |p: &Path| {
        p.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
    };
    let mut stem = path.to_path_buf();
    let mut ext = lower(&stem);
    if ext.as_deref() == Some("gz") {
        stem = stem.with_extension("");
        ext = lower(&stem);
        if ext.is_none() {
            return (path.to_path_buf(), "gz".into());
        }
    }
    match ext {
        Some(e) => (stem.with_extension(""), e),
        None => (stem, String::new()),
    }
}

fn input(path: PathBuf, rel: &Path) -> InputFile {
    let (stem, ext) = split_name(rel);
    let (kind, out_rel) = match ext.as_str() {
        "jsonl" => (Kind::Jsonl, stem.with_extension("jsonl")),
        "html" | "htm" | "xhtml" => (Kind::Html, stem.with_extension("txt")),
        "txt" | "text" | "" => (Kind::Text, stem.with_extension("txt")),
        // a file named on the command line, whatever its extension
        _ => (Kind::Text, rel.with_extension("txt")),
    };
    InputFile {
        path,
        out_rel,
        kind,
    }
}

/// One line of a JSONL file, with its 1-based line number.
pub struct Record {
    pub line: usize,
    pub text: Result<String, String>,
}

/// Streams the lines of a JSONL file (inflating a `.jsonl.gz` on the fly); blank lines are
/// skipped. A line longer than the document limit is skipped as it is read, never held whole.
pub fn records(path: &Path) -> std::io::Result<impl Iterator<Item = Record>> {
    let file = fs::File::open(path)?;
    let gzipped = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"));
    let reader: Box<dyn std::io::Read + Send> = if gzipped {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    };
    let mut reader = BufReader::new(reader);
    let limit = MAX_DOCUMENT_BYTES.load(Ordering::Relaxed);
    let mut number = 0;
    Ok(std::iter::from_fn(move || loop {
        number += 1;
        let text = match bounded_line(&mut reader, limit) {
            Ok(None) => return None,
            Ok(Some(Line::Whole(bytes))) => utf8_line(bytes),
            Ok(Some(Line::TooLong(len))) => within_limit(len).map(|()| String::new()),
            Err(e) => Err(e.to_string()),
        };
        if !matches!(&text, Ok(t) if t.trim().is_empty()) {
            return Some(Record { line: number, text });
        }
    }))
}

/// A line's bytes as a `String`. simdutf8 validates them (several times faster than the
/// standard library on Vietnamese text) and the bytes become the `String` as they are, without
/// a copy; only a line that is not UTF-8 is validated again, for the standard library's message.
fn utf8_line(bytes: Vec<u8>) -> Result<String, String> {
    if simdutf8::basic::from_utf8(&bytes).is_ok() {
        // SAFETY: simdutf8 just found `bytes` to be UTF-8
        return Ok(unsafe { String::from_utf8_unchecked(bytes) });
    }
    String::from_utf8(bytes).map_err(|e| format!("line is not UTF-8: {e}"))
}

enum Line {
    Whole(Vec<u8>),
    /// A line over the limit, of this many bytes, read past without keeping it.
    TooLong(u64),
}

/// The next line (without its `\n`), or the length of one longer than `limit`; `None` at the end.
fn bounded_line(reader: &mut impl BufRead, limit: u64) -> std::io::Result<Option<Line>> {
    let mut line = Vec::new();
    let read = reader
        .by_ref()
        .take(limit.saturating_add(1))
        .read_until(b'\n', &mut line)?;
    if read == 0 {
        return Ok(None);
    }
    if line.last() == Some(&b'\n') {
        line.pop();
        return Ok(Some(Line::Whole(line)));
    }
    if line.len() as u64 <= limit {
        return Ok(Some(Line::Whole(line))); // the last line, without a final newline
    }
    let mut len = line.len() as u64;
    drop(line);
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(Some(Line::TooLong(len)));
        }
        match memchr::memchr(b'\n', buf) {
            Some(i) => {
                reader.consume(i + 1);
                return Ok(Some(Line::TooLong(len + i as u64)));
            }
            None => {
                let n = buf.len();
                len += n as u64;
                reader.consume(n);
            }
        }
    }
}

/// How messages and reports name a file, losslessly: a UTF-8 path as it is, except that on Unix,
/// where a name may hold any bytes, a byte that is not UTF-8 is written `\xHH` and a backslash
/// `\\` (so `a\xff.txt` is the byte 0xFF, `a\\xff.txt` a backslash). Elsewhere paths are
/// Unicode and shown as they are.
pub fn name(path: &Path) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut out = String::new();
        for chunk in path.as_os_str().as_bytes().utf8_chunks() {
            out.push_str(&chunk.valid().replace('\\', "\\\\"));
            for b in chunk.invalid() {
                out.push_str(&format!("\\x{b:02X}"));
            }
        }
        out
    }
    #[cfg(not(unix))]
    {
        path.display().to_string()
    }
}

/// The argument that names standard input.
const STDIN: &str = "-";

/// A document's bytes; `-` is standard input (read once: the corpus prescan and the cleaning pass
/// both ask for it).
pub fn read(path: &Path) -> std::io::Result<Vec<u8>> {
    if path.as_os_str() != STDIN {
        // refused before reading: a too-long file never gets into memory
        let len = fs::metadata(path)?.len();
        within_limit(len).map_err(std::io::Error::other)?;
        return fs::read(path);
    }
    static STDIN_BYTES: std::sync::OnceLock<Result<Vec<u8>, String>> = std::sync::OnceLock::new();
    STDIN_BYTES
        .get_or_init(|| {
            let mut bytes = Vec::new();
            let limit = MAX_DOCUMENT_BYTES.load(Ordering::Relaxed);
            std::io::Read::read_to_end(
                &mut std::io::Read::take(std::io::stdin(), limit.saturating_add(1)),
                &mut bytes,
            )
            .map_err(|e| e.to_string())?;
            within_limit(bytes.len() as u64)?;
            Ok(bytes)
        })
        .clone()
        .map_err(std::io::Error::other)
}

/// The largest document read, in bytes (`--max-document-mb`): the memory bound per document.
static MAX_DOCUMENT_BYTES: AtomicU64 = AtomicU64::new(64 << 20);

/// Sets the largest document read (once, before the run).
pub fn set_max_document_bytes(limit: u64) {
    MAX_DOCUMENT_BYTES.store(limit, Ordering::Relaxed);
}

/// An error for a document longer than the limit.
fn within_limit(len: u64) -> Result<(), String> {
    let limit = MAX_DOCUMENT_BYTES.load(Ordering::Relaxed);
    if len <= limit {
        return Ok(());
    }
    let mib = |n: u64| n as f64 / f64::from(1 << 20);
    Err(format!(
        "document too long: {:.1} MiB, over the limit of {:.1} MiB per document (raise it with --max-document-mb; memory peaks at about 12 times a document's size)",
        mib(len),
        mib(limit)
    ))
}

/// A path from the raw bytes of a file list (any bytes on Unix; UTF-8 elsewhere).
pub fn path_from_bytes(bytes: &[u8]) -> std::io::Result<PathBuf> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        Ok(PathBuf::from(std::ffi::OsStr::from_bytes(bytes)))
    }
    #[cfg(not(unix))]
    {
        String::from_utf8(bytes.to_vec())
            .map(PathBuf::from)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
    }
}

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
    /// The length of the text field's value once [`JsonRecord::text`] read it: a clean text of
    /// another length changed, without parsing the value again to compare.
    text_len: Option<usize>,
}

impl JsonRecord {
    /// Finds `field` (the last one, as JSON parsers do with repeated keys) and `id` in `line`.
    pub fn parse(line: String, field: &str) -> Result<Self, String> {
        let values: std::collections::HashMap<String, &serde_json::value::RawValue> =
            match serde_json::from_str(&line) {
                Ok(values) => values,
                Err(e) => {
                    return Err(match serde_json::from_str::<serde::de::IgnoredAny>(&line) {
                        Ok(_) => "record is not a JSON object".into(),
                        Err(_) => format!("invalid JSON: {e}"),
                    })
                }
            };
        let span = |raw: &serde_json::value::RawValue| {
            let start = raw.get().as_ptr() as usize - line.as_ptr() as usize;
            start..start + raw.get().len()
        };
        let text = values.get(field).map(|raw| span(raw)).ok_or_else(|| {
            format!("record has no `{field}` field (choose one with --text-field)")
        })?;
        let id = values.get("id").map(|raw| span(raw));
        Ok(JsonRecord {
            text,
            id,
            line,
            text_len: None,
        })
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
/// its intermediate `String`. Hot (every clean text of a JSONL corpus): eight bytes at a time
/// are tested for a byte to escape at once, and the runs between escapes are copied whole.
fn push_json_string(out: &mut String, text: &str) {
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
    /// (each offset in an eight-byte chunk), escapes next to each other and to multi-byte
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
            for pad in 0..9 {
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

    #[test]
    fn walks_sorted_skipping_hidden_output_and_unknown_files() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        for f in [
            "b.txt",
            "a/z.txt",
            "a/y",
            ".hidden.txt",
            "img.png",
            "out/old.txt",
            "c.jsonl",
            "d.html",
            "e.htm.gz",
            "f.txt.gz",
            "g.jsonl.gz",
        ] {
            let p = d.join(f);
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            fs::write(p, "x").unwrap();
        }
        let Collected { files, errors, .. } =
            collect(&[d.to_path_buf(), d.join("missing")], Some(&d.join("out")));
        let rel: Vec<_> = files
            .iter()
            .map(|f| f.out_rel.to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            rel,
            ["a/y.txt", "a/z.txt", "b.txt", "c.jsonl", "d.txt", "e.txt", "f.txt", "g.jsonl"]
        );
        let kinds: Vec<_> = files.iter().map(|f| f.kind).collect();
        assert_eq!(kinds[4..6], [Kind::Html, Kind::Html]);
        assert_eq!(errors.len(), 1);
        assert!(errors[0].0.ends_with("missing"));
    }

    #[cfg(unix)]
    #[test]
    fn only_regular_files_and_links_to_them_are_documents() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        fs::write(d.join("a.txt"), "x").unwrap();
        std::os::unix::fs::symlink(d.join("a.txt"), d.join("link.txt")).unwrap();
        std::os::unix::fs::symlink(d.join("gone.txt"), d.join("dangling.txt")).unwrap();
        let fifo = d.join("pipe.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        let c = collect(&[d.to_path_buf()], None);
        let names: Vec<_> = c.files.iter().map(|f| f.out_rel.clone()).collect();
        // the dangling link is a document that fails to read, with its error in the report
        let want = ["a.txt", "dangling.txt", "link.txt"].map(PathBuf::from);
        assert_eq!(names, want);
        assert!(c.errors.is_empty());
        if made.is_ok_and(|s| s.success()) {
            let (path, why) = &c.skipped[0];
            assert!(path.ends_with("pipe.txt") && why.contains("FIFO"), "{why}");
            // named on the command line it is an error
            let c = collect(&[fifo], None);
            assert!(c.files.is_empty() && c.errors[0].1.contains("named pipe"));
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

    #[test]
    fn a_json_record_keeps_every_byte_but_its_text() {
        let line = r#"{"z": 12345678901234567890123, "text":"Hà\u00a0Nội", "a":[1.0e2, "\u0041"],"id":"x-1"}"#;
        let mut r = JsonRecord::parse(line.to_string(), "text").unwrap();
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
        let unread = JsonRecord::parse(line.to_string(), "text").unwrap();
        assert_eq!(unread.with_text("Hà\u{a0}Nội"), line);
        assert_ne!(unread.with_text("Hà\u{a0}Nộj"), line);
        let err = |l: &str| JsonRecord::parse(l.to_string(), "text").unwrap_err();
        assert_eq!(err("[1]"), "record is not a JSON object");
        assert!(err("{").starts_with("invalid JSON"));
        assert!(err(r#"{"body":"x"}"#).contains("no `text` field"));
        let mut number = JsonRecord::parse(r#"{"text":5}"#.into(), "text").unwrap();
        assert!(number.text().is_err());
    }

    #[cfg(unix)]
    #[test]
    fn names_are_lossless() {
        use std::os::unix::ffi::OsStrExt;
        let path = |b: &[u8]| PathBuf::from(std::ffi::OsStr::from_bytes(b));
        assert_eq!(name(&path("raw/tin tức.txt".as_bytes())), "raw/tin tức.txt");
        assert_eq!(name(&path(b"raw/t\xe0u.txt")), "raw/t\\xE0u.txt");
        assert_eq!(name(&path(b"a\\xE0")), "a\\\\xE0");
    }

    #[test]
    fn lines_over_the_limit_are_measured_not_kept() {
        let mut r = std::io::Cursor::new(b"abcd\nabcde\nabcdefgh\n\nxyz".to_vec());
        let mut next = || match bounded_line(&mut r, 4).unwrap() {
            None => "end".to_string(),
            Some(Line::Whole(b)) => String::from_utf8(b).unwrap(),
            Some(Line::TooLong(n)) => format!("too long: {n}"),
        };
        let got: Vec<String> = (0..6).map(|_| next()).collect();
        assert_eq!(
            got,
            ["abcd", "too long: 5", "too long: 8", "", "xyz", "end"]
        );
    }
}
