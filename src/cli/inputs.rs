//! Finding the documents: files and folders from the command line, walked recursively in sorted
//! order, and JSON Lines files read one record at a time.
//!
//! Only the list of paths is held in memory; file contents are read by the worker that processes
//! them, and JSONL records are streamed, so a corpus of millions of documents never sits in RAM.

use std::fs;
use std::io::{BufRead, BufReader};
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
/// The newline is found by the `memchr` crate's vector search in the reader's buffer (the
/// standard library's `read_until` searches a word at a time: a tenth of a clean run's reading
/// went there on the bench corpus, whose records are lines of several kilobytes).
fn bounded_line(reader: &mut impl BufRead, limit: u64) -> std::io::Result<Option<Line>> {
    let mut line = Vec::new();
    let mut read = false;
    let mut len = loop {
        let buf = match reader.fill_buf() {
            Ok(buf) => buf,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            return Ok(read.then_some(Line::Whole(line))); // the last line, without a final newline
        }
        read = true;
        let (take, newline) = match memchr::memchr(b'\n', buf) {
            Some(i) => (i, true),
            None => (buf.len(), false),
        };
        let len = (line.len() + take) as u64;
        if len > limit {
            reader.consume(take + usize::from(newline));
            if newline {
                return Ok(Some(Line::TooLong(len)));
            }
            break len;
        }
        line.extend_from_slice(&buf[..take]);
        reader.consume(take + usize::from(newline));
        if newline {
            return Ok(Some(Line::Whole(line)));
        }
    };
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

#[cfg(test)]
mod tests {
    use super::*;

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

    #[cfg(unix)]
    #[test]
    fn names_are_lossless() {
        use std::os::unix::ffi::OsStrExt;
        let path = |b: &[u8]| PathBuf::from(std::ffi::OsStr::from_bytes(b));
        assert_eq!(name(&path("raw/tin tức.txt".as_bytes())), "raw/tin tức.txt");
        assert_eq!(name(&path(b"raw/t\xe0u.txt")), "raw/t\\xE0u.txt");
        assert_eq!(name(&path(b"a\\xE0")), "a\\\\xE0");
    }

    /// Whatever the reader's buffer size (a line read in one piece or in many).
    #[test]
    fn lines_over_the_limit_are_measured_not_kept() {
        let bytes = b"abcd\nabcde\nabcdefgh\n\nxyz\nabcdefg".to_vec();
        for capacity in [1, 2, 3, 5, 64] {
            let mut r = BufReader::with_capacity(capacity, std::io::Cursor::new(bytes.clone()));
            let mut next = || match bounded_line(&mut r, 4).unwrap() {
                None => "end".to_string(),
                Some(Line::Whole(b)) => String::from_utf8(b).unwrap(),
                Some(Line::TooLong(n)) => format!("too long: {n}"),
            };
            let got: Vec<String> = (0..8).map(|_| next()).collect();
            assert_eq!(
                got,
                [
                    "abcd",
                    "too long: 5",
                    "too long: 8",
                    "",
                    "xyz",
                    "too long: 7",
                    "end",
                    "end"
                ],
                "buffer of {capacity}"
            );
        }
    }
}
