//! The index file: little-endian fixed-width integers, written and read by hand.
//!
//! Hand-written rather than bincode or postcard: the contents are a few flat arrays of `u64` and
//! `u32`, the layout is the documentation (below), other tools can read it without a Rust
//! crate's conventions, and no dependency can change it under us. Sorted arrays rather than hash
//! tables: the file is the in-memory form, looked up by binary search.
//!
//! ```text
//! magic  b"SACHIDX\0", version u32 (= 2), flags u32 (1: statistics, 2: keys)
//! stats  docs u32, n u64, n × (line key u64, document frequency u32)        sorted by key
//!        sites u64, each (site u64, documents u32)                           sorted by site
//!        site lines u64, each (site and line key u64, document frequency u32) sorted by key
//! keys   stats fingerprint u64
//!        files u32, each (length u32, UTF-8 path)                            in path order
//!        docs u32, each (file u32, length u32, UTF-8 name)                   in corpus order
//!        documents u64, each (text key u64, doc u32)                         sorted by key
//!        sentences u64, each (sentence key u64, doc u32, ordinal u32)        sorted by key
//!        bands u64, each (band key u64, doc u32)                             sorted by key
//!        signatures u64, each (doc u32, 64 × u32)                            sorted by doc
//! ```
//!
//! Per distinct sentence: 16 bytes. Per document: 8 + its name, plus, with near-duplicate
//! detection, up to 16 × 12 bytes of bands and a 260-byte signature.

use super::{Index, Keys, HASHES};
use crate::boilerplate::corpus::{LineStats, SiteCounts};

const MAGIC: &[u8; 8] = b"SACHIDX\0";
const VERSION: u32 = 2;
const STATS: u32 = 1;
const KEYS: u32 = 2;

/// Why bytes are not an index file.
#[derive(Debug, PartialEq)]
pub struct FormatError(pub String);

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Index {
    /// The file's bytes.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        put32(&mut out, VERSION);
        let flags = (self.stats.is_some() as u32 * STATS) | (self.keys.is_some() as u32 * KEYS);
        put32(&mut out, flags);
        if let Some(s) = &self.stats {
            out.extend(stats_bytes(s));
        }
        if let Some(k) = &self.keys {
            keys_bytes(k, &mut out);
        }
        out
    }

    /// Reads a file written by [`Index::encode`].
    pub fn decode(bytes: &[u8]) -> Result<Index, FormatError> {
        let mut r = Reader(bytes);
        if r.take(8)? != MAGIC {
            return Err(FormatError("not a sach index file".into()));
        }
        let version = r.u32()?;
        if version != VERSION {
            return Err(FormatError(format!(
                "index format version {version}; this sach reads version {VERSION}"
            )));
        }
        let flags = r.u32()?;
        let stats = (flags & STATS != 0)
            .then(|| read_stats(&mut r))
            .transpose()?;
        let keys = (flags & KEYS != 0).then(|| read_keys(&mut r)).transpose()?;
        if !r.0.is_empty() {
            return Err(FormatError("trailing bytes after the index".into()));
        }
        Ok(Index { stats, keys })
    }
}

/// The statistics section (also what [`super::stats_fingerprint`] hashes).
pub(super) fn stats_bytes(s: &LineStats) -> Vec<u8> {
    let counts = s.counts();
    let sites = s.site_counts();
    let pairs = counts.len() + sites.docs.len() + sites.lines.len();
    let mut out = Vec::with_capacity(28 + pairs * 12);
    put32(&mut out, s.docs());
    for table in [counts, sites.docs, sites.lines] {
        put64(&mut out, table.len() as u64);
        for (k, n) in table {
            put64(&mut out, k);
            put32(&mut out, n);
        }
    }
    out
}

fn keys_bytes(k: &Keys, out: &mut Vec<u8>) {
    put64(out, k.stats_fingerprint);
    put32(out, k.files.len() as u32);
    for f in &k.files {
        put_str(out, f);
    }
    put32(out, k.docs.len() as u32);
    for (file, name) in &k.docs {
        put32(out, *file);
        put_str(out, name);
    }
    put_keyed_docs(out, &k.documents);
    put64(out, k.sentences.len() as u64);
    for &(key, (d, s)) in &k.sentences {
        put64(out, key);
        put32(out, d);
        put32(out, s);
    }
    put_keyed_docs(out, &k.bands);
    put64(out, k.signatures.len() as u64);
    for (d, sig) in &k.signatures {
        put32(out, *d);
        for v in sig.iter() {
            put32(out, *v);
        }
    }
}

fn read_stats(r: &mut Reader) -> Result<LineStats, FormatError> {
    let docs = r.u32()?;
    let mut table = || {
        let n = r.len(12)?;
        (0..n)
            .map(|_| Ok((r.u64()?, r.u32()?)))
            .collect::<Result<Vec<_>, FormatError>>()
    };
    let counts = table()?;
    let sites = SiteCounts {
        docs: table()?,
        lines: table()?,
    };
    Ok(LineStats::from_counts(docs, counts).with_site_counts(sites))
}

fn read_keys(r: &mut Reader) -> Result<Keys, FormatError> {
    let stats_fingerprint = r.u64()?;
    let n = r.u32()? as usize;
    let files = (0..n).map(|_| r.string()).collect::<Result<Vec<_>, _>>()?;
    let n = r.u32()? as usize;
    let docs = (0..n)
        .map(|_| {
            let file = r.u32()?;
            if file as usize >= files.len() {
                return Err(FormatError("a document's file is out of range".into()));
            }
            Ok((file, r.string()?))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let doc = |r: &mut Reader| {
        let d = r.u32()?;
        match (d as usize) < docs.len() {
            true => Ok(d),
            false => Err(FormatError("a document number is out of range".into())),
        }
    };
    // a table of (key, document) pairs: the documents' own keys, and the MinHash bands
    let keyed_docs = |r: &mut Reader| {
        let n = r.len(12)?;
        (0..n)
            .map(|_| Ok((r.u64()?, doc(r)?)))
            .collect::<Result<Vec<_>, FormatError>>()
    };
    let documents = keyed_docs(r)?;
    let n = r.len(16)?;
    let sentences = (0..n)
        .map(|_| Ok((r.u64()?, (doc(r)?, r.u32()?))))
        .collect::<Result<Vec<_>, FormatError>>()?;
    let bands = keyed_docs(r)?;
    let n = r.len(4 + 4 * HASHES)?;
    let signatures = (0..n)
        .map(|_| {
            let d = doc(r)?;
            let mut sig = Box::new([0u32; HASHES]);
            for v in sig.iter_mut() {
                *v = r.u32()?;
            }
            Ok((d, sig))
        })
        .collect::<Result<Vec<_>, FormatError>>()?;
    if !documents.is_sorted_by(|a, b| a.0 < b.0)
        || !sentences.is_sorted_by(|a, b| a.0 < b.0)
        || !bands.is_sorted_by(|a, b| a.0 < b.0)
        || !signatures.is_sorted_by(|a, b| a.0 < b.0)
    {
        return Err(FormatError("an index table is not sorted".into()));
    }
    Ok(Keys {
        stats_fingerprint,
        files,
        docs,
        documents,
        sentences,
        bands,
        signatures,
    })
}

fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put64(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// A table of (key, document) pairs: its length, then each key and document number.
fn put_keyed_docs(out: &mut Vec<u8>, table: &[(u64, u32)]) {
    put64(out, table.len() as u64);
    for &(key, d) in table {
        put64(out, key);
        put32(out, d);
    }
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put32(out, s.len() as u32);
    out.extend_from_slice(s.as_bytes());
}

struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], FormatError> {
        if self.0.len() < n {
            return Err(FormatError("the index file is truncated".into()));
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn u32(&mut self) -> Result<u32, FormatError> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().expect("4 bytes"),
        ))
    }

    fn u64(&mut self) -> Result<u64, FormatError> {
        Ok(u64::from_le_bytes(
            self.take(8)?.try_into().expect("8 bytes"),
        ))
    }

    /// A table's length, checked against the bytes left (`entry` bytes each) before allocating.
    fn len(&mut self, entry: usize) -> Result<usize, FormatError> {
        let n = self.u64()?;
        match usize::try_from(n) {
            Ok(n) if n.checked_mul(entry).is_some_and(|b| b <= self.0.len()) => Ok(n),
            _ => Err(FormatError("the index file is truncated".into())),
        }
    }

    fn string(&mut self) -> Result<String, FormatError> {
        let n = self.u32()? as usize;
        String::from_utf8(self.take(n)?.to_vec())
            .map_err(|_| FormatError("a name is not UTF-8".into()))
    }
}
