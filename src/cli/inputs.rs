//! Finding the documents: files and folders from the command line, walked recursively in sorted
//! order, and JSON Lines files read one record at a time.
//!
//! Only the list of paths is held in memory; file contents are read by the worker that processes
//! them, and JSONL records are streamed, so a corpus of millions of documents never sits in RAM.

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

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

/// Expands the arguments into files, sorted by path (so the order never depends on the order of
/// the arguments or of the file system). Unreadable arguments become errors naming them; walking
/// skips hidden entries, symlinked folders, and `skip` (the output folder).
pub fn collect(args: &[PathBuf], skip: Option<&Path>) -> (Vec<InputFile>, Vec<(PathBuf, String)>) {
    let skip = skip.and_then(|p| fs::canonicalize(p).ok());
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for arg in args {
        match fs::metadata(arg) {
            Err(e) => errors.push((arg.clone(), e.to_string())),
            Ok(m) if m.is_dir() => {
                walk(arg, Path::new(""), skip.as_deref(), &mut files, &mut errors)
            }
            Ok(_) => {
                let name = PathBuf::from(arg.file_name().unwrap_or(arg.as_os_str()));
                files.push(input(arg.clone(), &name));
            }
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files.dedup_by(|a, b| a.path == b.path);
    errors.sort();
    (files, errors)
}

fn walk(
    root: &Path,
    rel: &Path,
    skip: Option<&Path>,
    files: &mut Vec<InputFile>,
    errors: &mut Vec<(PathBuf, String)>,
) {
    let dir = root.join(rel);
    if skip.is_some() && fs::canonicalize(&dir).ok().as_deref() == skip {
        return;
    }
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) => return errors.push((dir, e.to_string())),
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                errors.push((dir.clone(), e.to_string()));
                continue;
            }
        };
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let rel = rel.join(&name);
        match entry.file_type() {
            Ok(t) if t.is_dir() => walk(root, &rel, skip, files, errors),
            Ok(t) if t.is_symlink() && entry.path().is_dir() => {}
            Ok(_) if is_document_name(&rel) => files.push(input(root.join(&rel), &rel)),
            Ok(_) => {}
            Err(e) => errors.push((root.join(&rel), e.to_string())),
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
/// skipped.
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
    let reader = BufReader::new(reader);
    Ok(reader.split(b'\n').enumerate().filter_map(|(i, line)| {
        let text = match line {
            Ok(bytes) => String::from_utf8(bytes).map_err(|e| format!("line is not UTF-8: {e}")),
            Err(e) => Err(e.to_string()),
        };
        match &text {
            Ok(t) if t.trim().is_empty() => None,
            _ => Some(Record { line: i + 1, text }),
        }
    }))
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
        let (files, errors) = collect(&[d.to_path_buf(), d.join("missing")], Some(&d.join("out")));
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
}
