//! Duplicates across documents: exact sentences, exact documents, near-copy documents.
//!
//! The work is split so the result cannot depend on thread scheduling: [`doc_keys`] (pure, run
//! in parallel) hashes a document's sentences and computes its MinHash signature;
//! [`CorpusIndex::add`] (run once per document, in path order) looks the keys up, records what is
//! new and appends a `corpus` stage of edits to the document. The first document in path order
//! keeps its text; later ones get the findings.
//!
//! A copy of an earlier document's text is reported as such (D006) and nothing else of it is
//! looked at, its signature included; and the signature is most of the keys' cost (64 products
//! per word). So a run notes the texts whose signature a document already made
//! ([`SignedTexts`]), and a later document with the same text defers its own: it keeps its key,
//! and [`DocKeys::take_signature`] makes the signature only if the index asks for it (when the
//! copy turns out to come first in path order, having been cleaned before the other). A
//! signature is a function of the key, so where it is made never changes the output.
//!
//! Memory per unique sentence: one hash-map entry of a 64-bit key and a (document, sentence)
//! pair of `u32`s — 16 bytes plus the table's control byte and load-factor slack, ≈ 19 bytes.
//! Per document: its name, a 64-bit text hash, 16 LSH band keys and, when near-duplicate
//! detection is on, a 64 × `u32` signature (256 bytes). No text is kept.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Mutex;

use xxhash_rust::xxh3::xxh3_64_with_seed;

use super::keyed::Keyed;
use super::options::{CrossDocument, Options};
use super::phrase::word_end;
use super::rules::{CROSS_DOCUMENT, DUPLICATE_DOCUMENT, NEAR_DUPLICATE};
use super::{key, removal_spans};
use crate::config::Config;
use crate::edit::{self, Edit, EditError};
use crate::hashed::{HashedMap, HashedSet};
use crate::pipeline::{Cleaned, Stage};

pub(super) const HASHES: usize = 64;
const BANDS: usize = 16;
const ROWS: usize = HASHES / BANDS;
const SHINGLE: usize = 5;

/// A paragraph's span and its sentences, each with its key hash when long enough to count.
pub(super) type Paragraph = (Range<usize>, Vec<(Range<usize>, Option<u64>)>);

/// What the index needs to know about one document.
pub struct DocKeys {
    pub(super) text: Option<u64>,
    pub(super) paragraphs: Vec<Paragraph>,
    signature: Signature,
}

/// A document's MinHash signature, made or deferred.
enum Signature {
    /// `None` when near-duplicate detection is off or the text is shorter than one shingle.
    Made(Option<Box<[u32; HASHES]>>),
    /// Not made yet (a copy of a text signed before): the document's key.
    Deferred(String),
}

/// The texts (key hashes) whose signature a document of this run made: see the module doc.
#[derive(Default)]
pub struct SignedTexts(Mutex<HashedSet>);

impl SignedTexts {
    /// Notes `text`; false when it was noted before.
    fn first(&self, text: u64) -> bool {
        let mut set = self.0.lock().unwrap_or_else(|e| e.into_inner());
        set.insert(text)
    }
}

/// Whether `config` runs the cross-document index: a mode that looks across documents and one of
/// its rules (D005–D007) selected.
pub fn enabled(config: &Config) -> bool {
    let dedup = &config.duplicates;
    let cross = dedup.cross_document != CrossDocument::Off || dedup.near_duplicates;
    cross
        && config
            .rules
            .select_any(&[CROSS_DOCUMENT, DUPLICATE_DOCUMENT, NEAR_DUPLICATE])
}

/// Hashes `text` (a document's clean text) for the index.
pub fn doc_keys(text: &str, opts: &Options) -> DocKeys {
    DocKeys::new(Keyed::new(text, opts), opts)
}

impl DocKeys {
    /// The index's keys of a keyed text (see [`Keyed`]: the duplicates pass keys the text it
    /// reads, and when no later stage changed it, the index takes those keys).
    pub fn new(keyed: Keyed, opts: &Options) -> Self {
        Self::signing(keyed, opts, None)
    }

    /// [`DocKeys::new`], deferring the signature when `signed` says a document of the run made
    /// that of the same text already (see the module doc).
    pub fn signing(keyed: Keyed, opts: &Options, signed: Option<&SignedTexts>) -> Self {
        let (paragraphs, whole) = keyed.into_parts();
        let text = (!whole.is_empty()).then(|| key::hash(&whole));
        let signature = match (opts.near_duplicates, text, signed) {
            (false, _, _) => Signature::Made(None),
            (true, Some(h), Some(signed)) if !signed.first(h) => Signature::Deferred(whole),
            (true, _, _) => Signature::Made(signature(&whole)),
        };
        DocKeys {
            text,
            paragraphs,
            signature,
        }
    }

    /// The signature (made now if it was deferred); `None` when near-duplicate detection is off
    /// or the text is shorter than one shingle.
    pub(super) fn take_signature(&mut self) -> Option<Box<[u32; HASHES]>> {
        match std::mem::replace(&mut self.signature, Signature::Made(None)) {
            Signature::Made(sig) => sig,
            Signature::Deferred(whole) => signature(&whole),
        }
    }
}

/// MinHash of the 5-word shingles of a key; `None` for texts shorter than one shingle.
///
/// One 64-bit hash per shingle and 64 cheap permutations of it: slot `i` keeps the minimum of
/// `((h ^ x_i) * m_i) >> 32` over the shingles (see [`minima`]). Words are separated by single
/// spaces in a key, so a shingle is a slice of it: one pass over the words ([`word_end`], eight
/// bytes at a time: a key's words are a few bytes long, too dense for a vector search restarted
/// at each) keeps the starts of the last five words and hashes each shingle as its last word
/// ends.
fn signature(key: &str) -> Option<Box<[u32; HASHES]>> {
    let bytes = key.as_bytes();
    // word `j`'s start at `j % SHINGLE` (`slot`, turning): when word `j` ends, the next slot
    // holds the start of word `j + 1 - SHINGLE`, the first of the shingle ending there
    let mut starts = [0usize; SHINGLE];
    let mut slot = 0;
    let mut hashes: Vec<u64> = Vec::with_capacity(bytes.len() / 4);
    let mut start = 0;
    let mut words = 0;
    while start <= bytes.len() {
        let end = word_end(bytes, start);
        starts[slot] = start;
        slot = if slot + 1 == SHINGLE { 0 } else { slot + 1 };
        words += 1;
        if words >= SHINGLE {
            hashes.push(xxh3_64_with_seed(&bytes[starts[slot]..end], 0));
        }
        start = end + 1;
    }
    if hashes.is_empty() {
        return None;
    }
    Some(Box::new(minima(&hashes)))
}

/// Slot `i`: the minimum over `hashes` of `((h ^ x_i) * m_i) >> 32` (64 products per shingle of
/// every document: the index's hottest loop). On a CPU with AVX2 it runs in vector lanes
/// ([`minima_avx2`]), otherwise as 64-bit scalar products ([`minima_scalar`]); both give the
/// same slots (unit test).
fn minima(hashes: &[u64]) -> [u32; HASHES] {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2, the one feature `minima_avx2` is compiled for
        return unsafe { minima_avx2(hashes) };
    }
    minima_scalar(hashes)
}

/// The scalar loops: slots outside, shingles inside, eight slots at a time so their constants
/// and minima stay in registers. The shift is monotone, so the slot is the top half of the
/// minimum product: 64-bit minima, shifted once at the end.
fn minima_scalar(hashes: &[u64]) -> [u32; HASHES] {
    let mut sig = [u32::MAX; HASHES];
    for (slots, permute) in sig.chunks_exact_mut(8).zip(PERMUTE.chunks_exact(8)) {
        let mut min = [u64::MAX; 8];
        for &h in hashes {
            for (m, &(x, k)) in min.iter_mut().zip(permute) {
                *m = (*m).min((h ^ x).wrapping_mul(k));
            }
        }
        for (slot, m) in slots.iter_mut().zip(min) {
            *slot = (m >> 32) as u32;
        }
    }
    sig
}

/// The minima in 32-bit lanes, eight slots to a register, all 64 slots per shingle. AVX2 has no
/// 64-bit multiply, but only the top half of each product counts: with `a = h ^ x` and `m` split
/// into halves, the top half of `a * m` (mod 2^64) is `(a_lo * m_lo >> 32) + a_lo * m_hi +
/// a_hi * m_lo` (mod 2^32), one widening product (even and odd lanes apart) and two 32-bit
/// ones. The minimum of the top halves is the top half of the minimum.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn minima_avx2(hashes: &[u64]) -> [u32; HASHES] {
    use std::arch::x86_64::*;
    const GROUPS: usize = HASHES / 8;
    // the halves of a group's eight constants, lane j = slot 8 * group + j
    let lanes = |group: usize, half: fn(&(u64, u64)) -> u64| {
        let v: [i32; 8] = std::array::from_fn(|j| half(&PERMUTE[8 * group + j]) as u32 as i32);
        _mm256_setr_epi32(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7])
    };
    let x_lo: [__m256i; GROUPS] = std::array::from_fn(|g| lanes(g, |p| p.0));
    let x_hi: [__m256i; GROUPS] = std::array::from_fn(|g| lanes(g, |p| p.0 >> 32));
    let m_lo: [__m256i; GROUPS] = std::array::from_fn(|g| lanes(g, |p| p.1));
    let m_hi: [__m256i; GROUPS] = std::array::from_fn(|g| lanes(g, |p| p.1 >> 32));
    // the odd lanes' m_lo moved to the even places, where the widening multiply reads
    let m_lo_odd: [__m256i; GROUPS] = std::array::from_fn(|g| _mm256_srli_epi64::<32>(m_lo[g]));
    // slot group `g`'s minimum after one more hash (halves `h_lo`, `h_hi`)
    let step = |min: __m256i, g: usize, h_lo: __m256i, h_hi: __m256i| {
        let a_lo = _mm256_xor_si256(h_lo, x_lo[g]);
        let a_hi = _mm256_xor_si256(h_hi, x_hi[g]);
        let cross = _mm256_add_epi32(
            _mm256_mullo_epi32(a_lo, m_hi[g]),
            _mm256_mullo_epi32(a_hi, m_lo[g]),
        );
        // a_lo * m_lo: even lanes' 64-bit products, then the odd lanes'; their top halves
        let even = _mm256_mul_epu32(a_lo, m_lo[g]);
        let odd = _mm256_mul_epu32(_mm256_srli_epi64::<32>(a_lo), m_lo_odd[g]);
        let carry = _mm256_blend_epi32::<0b1010_1010>(_mm256_srli_epi64::<32>(even), odd);
        _mm256_min_epu32(min, _mm256_add_epi32(carry, cross))
    };
    // the eight minima as eight variables, the groups written out: they stay in registers
    // (an array indexed in a loop went to memory and back for every hash and group)
    const _: () = assert!(GROUPS == 8, "one variable per group");
    let [mut m0, mut m1, mut m2, mut m3, mut m4, mut m5, mut m6, mut m7] =
        [_mm256_set1_epi32(-1); GROUPS];
    for &h in hashes {
        let h_lo = _mm256_set1_epi32(h as u32 as i32);
        let h_hi = _mm256_set1_epi32((h >> 32) as u32 as i32);
        m0 = step(m0, 0, h_lo, h_hi);
        m1 = step(m1, 1, h_lo, h_hi);
        m2 = step(m2, 2, h_lo, h_hi);
        m3 = step(m3, 3, h_lo, h_hi);
        m4 = step(m4, 4, h_lo, h_hi);
        m5 = step(m5, 5, h_lo, h_hi);
        m6 = step(m6, 6, h_lo, h_hi);
        m7 = step(m7, 7, h_lo, h_hi);
    }
    let min = [m0, m1, m2, m3, m4, m5, m6, m7];
    let mut sig = [0u32; HASHES];
    for (slots, m) in sig.chunks_exact_mut(8).zip(min) {
        let lane = [
            _mm256_extract_epi32::<0>(m),
            _mm256_extract_epi32::<1>(m),
            _mm256_extract_epi32::<2>(m),
            _mm256_extract_epi32::<3>(m),
            _mm256_extract_epi32::<4>(m),
            _mm256_extract_epi32::<5>(m),
            _mm256_extract_epi32::<6>(m),
            _mm256_extract_epi32::<7>(m),
        ];
        for (slot, v) in slots.iter_mut().zip(lane) {
            *slot = v as u32;
        }
    }
    sig
}

/// Fixed (xor, odd multiplier) pairs: the signature must be the same on every run and machine.
static PERMUTE: [(u64, u64); HASHES] = {
    let mut out = [(0u64, 0u64); HASHES];
    let mut state = 0x9E37_79B9_7F4A_7C15_u64;
    let mut i = 0;
    while i < HASHES {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let x = state;
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        out[i] = (x, state | 1);
        i += 1;
    }
    out
};

/// The corpus-wide index, fed documents in path order.
#[derive(Default)]
pub struct CorpusIndex {
    names: Vec<String>,
    sentences: HashedMap<(u32, u32)>,
    documents: HashedMap<u32>,
    bands: HashedMap<u32>,
    signatures: HashMap<u32, Box<[u32; HASHES]>>,
}

impl CorpusIndex {
    /// Checks one document against all earlier ones, then records it. Appends a `corpus` stage
    /// to `cleaned` when there is anything to say (and applies removals when configured).
    pub fn add(
        &mut self,
        name: &str,
        mut keys: DocKeys,
        cleaned: &mut Cleaned,
        config: &Config,
    ) -> Result<(), EditError> {
        let opts = &config.duplicates;
        let doc = self.names.len() as u32;
        self.names.push(name.to_string());
        let mut edits = Vec::new();
        if let Some(h) = keys.text {
            if let Some(&first) = self.documents.get(&h) {
                edits.push(same_text(&self.names[first as usize]));
                return finish(cleaned, edits, config);
            }
            self.documents.insert(h, doc);
        }
        if let Some(sig) = keys.take_signature() {
            if let Some((other, similarity)) = self.nearest(&sig, opts.near_threshold) {
                edits.push(similar_to(&self.names[other as usize], similarity));
            }
            for (band, key) in band_keys(&sig).into_iter().enumerate() {
                self.bands.entry(key ^ band as u64).or_insert(doc);
            }
            self.signatures.insert(doc, sig);
        }
        if opts.cross_document != CrossDocument::Off {
            self.sentences(doc, &keys.paragraphs, &cleaned.text, opts, &mut edits);
        }
        finish(cleaned, edits, config)
    }

    /// Joins the index of a later part of the corpus to this one (of the part before it): the
    /// result is the index fed this part's documents and then the later part's. Where both saw
    /// the same key, the earlier document stays the first copy.
    pub fn append(&mut self, later: CorpusIndex) {
        let offset = self.names.len() as u32;
        self.names.extend(later.names);
        for (h, (d, s)) in later.sentences {
            self.sentences.entry(h).or_insert((d + offset, s));
        }
        for (h, d) in later.documents {
            self.documents.entry(h).or_insert(d + offset);
        }
        for (k, d) in later.bands {
            self.bands.entry(k).or_insert(d + offset);
        }
        for (d, sig) in later.signatures {
            self.signatures.insert(d + offset, sig);
        }
    }

    /// Documents seen.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    fn sentences(
        &mut self,
        doc: u32,
        paragraphs: &[Paragraph],
        text: &str,
        opts: &Options,
        edits: &mut Vec<Edit>,
    ) {
        let mut ordinal = 0u32;
        for (para, sentences) in paragraphs {
            let mut seen_in: Vec<Option<(u32, u32)>> = Vec::with_capacity(sentences.len());
            for (_, hash) in sentences {
                ordinal += 1;
                let earlier = hash.and_then(|h| match self.sentences.get(&h) {
                    Some(&(d, s)) if d != doc => Some((d, s)),
                    Some(_) => None,
                    None => {
                        self.sentences.insert(h, (doc, ordinal));
                        None
                    }
                });
                seen_in.push(earlier);
            }
            let seen_in: Vec<Option<(&str, u32)>> = seen_in
                .into_iter()
                .map(|e| e.map(|(d, s)| (self.names[d as usize].as_str(), s)))
                .collect();
            sentence_edits(text, para, sentences, &seen_in, opts, edits);
        }
    }

    /// The earliest most similar earlier document sharing an LSH band, if similar enough.
    fn nearest(&self, sig: &[u32; HASHES], threshold: f64) -> Option<(u32, f64)> {
        let mut candidates: Vec<u32> = band_keys(sig)
            .into_iter()
            .enumerate()
            .filter_map(|(band, key)| self.bands.get(&(key ^ band as u64)).copied())
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let scored = candidates
            .into_iter()
            .map(|c| (c, similarity(sig, &self.signatures[&c])));
        most_similar(scored, threshold)
    }
}

/// The finding on a document whose text (by key) is the same as an earlier one's.
pub(super) fn same_text(first: &str) -> Edit {
    Edit::report(DUPLICATE_DOCUMENT, 0..0, format!("same text as {first}"))
}

/// The finding on a document that is a near copy of an earlier one.
pub(super) fn similar_to(other: &str, similarity: f64) -> Edit {
    let reason = format!("≈ {similarity:.2} similar to {other}");
    Edit::report(NEAR_DUPLICATE, 0..0, reason)
}

/// The estimated Jaccard similarity of two MinHash signatures.
pub(super) fn similarity(a: &[u32; HASHES], b: &[u32; HASHES]) -> f64 {
    let same = a.iter().zip(b.iter()).filter(|(x, y)| x == y).count();
    same as f64 / HASHES as f64
}

/// The most similar of the scored candidates (given in document order), the earliest on ties,
/// if similar enough.
pub(super) fn most_similar(
    scored: impl Iterator<Item = (u32, f64)>,
    threshold: f64,
) -> Option<(u32, f64)> {
    scored.filter(|&(_, s)| s >= threshold).fold(
        None,
        |best: Option<(u32, f64)>, (c, s)| match best {
            Some((_, bs)) if bs >= s => best,
            _ => Some((c, s)),
        },
    )
}

/// The edits for one paragraph's sentences, given for each where its first copy is (document
/// name, sentence ordinal) when that is in an earlier document.
pub(super) fn sentence_edits(
    text: &str,
    para: &Range<usize>,
    sentences: &[(Range<usize>, Option<u64>)],
    seen_in: &[Option<(&str, u32)>],
    opts: &Options,
    edits: &mut Vec<Edit>,
) {
    let reason = |(d, s): (&str, u32)| format!("also in {d} (sentence {s})");
    if opts.cross_document == CrossDocument::Remove {
        let spans: Vec<Range<usize>> = sentences.iter().map(|(s, _)| s.clone()).collect();
        let dup: Vec<bool> = seen_in.iter().map(Option::is_some).collect();
        for (span, first) in removal_spans(text, para, &spans, &dup) {
            match edits.last_mut() {
                // the paragraph before went whole with the blank line after it (a document's
                // first paragraph): this one joins it, and takes the blank line after it too
                Some(last) if last.rule == CROSS_DOCUMENT && last.span.end > span.start => {
                    let rest = &text[span.end..];
                    last.span.end = span.end + (rest.len() - rest.trim_start().len());
                }
                _ => edits.push(Edit::delete(
                    CROSS_DOCUMENT,
                    span,
                    reason(seen_in[first].expect("a repeat")),
                )),
            }
        }
    } else {
        for ((span, _), earlier) in sentences.iter().zip(seen_in) {
            if let Some(e) = earlier {
                edits.push(Edit::report(CROSS_DOCUMENT, span.clone(), reason(*e)));
            }
        }
    }
}

/// Appends a `corpus` stage of `edits` (those of enabled rules) to `cleaned` and applies it.
pub(super) fn finish(
    cleaned: &mut Cleaned,
    mut edits: Vec<Edit>,
    config: &Config,
) -> Result<(), EditError> {
    edits.retain(|e| config.rules.enabled(e.rule));
    if edits.is_empty() {
        return Ok(());
    }
    edit::sort_and_check(&cleaned.text, &mut edits)?;
    let stage = Stage::new("corpus", &cleaned.text, edits);
    if stage.edits.iter().any(Edit::changes_text) {
        cleaned.text = edit::apply(&cleaned.text, &stage.edits);
    }
    cleaned.stages.push(stage);
    Ok(())
}

pub(super) fn band_keys(sig: &[u32; HASHES]) -> [u64; BANDS] {
    let mut out = [0u64; BANDS];
    for (band, rows) in sig.chunks(ROWS).enumerate() {
        let bytes: Vec<u8> = rows.iter().flat_map(|r| r.to_le_bytes()).collect();
        out[band] = xxh3_64_with_seed(&bytes, band as u64);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scheme as first written: slots inside, shingles outside, each value shifted.
    fn reference(key: &str) -> Option<[u32; HASHES]> {
        let words: Vec<&str> = key.split(' ').collect();
        if words.len() < SHINGLE {
            return None;
        }
        let mut sig = [u32::MAX; HASHES];
        for w in words.windows(SHINGLE) {
            let h = xxh3_64_with_seed(w.join(" ").as_bytes(), 0);
            for (i, slot) in sig.iter_mut().enumerate() {
                let v = (h ^ PERMUTE[i].0).wrapping_mul(PERMUTE[i].1) >> 32;
                *slot = (*slot).min(v as u32);
            }
        }
        Some(sig)
    }

    /// `minima` takes the vector path on a CPU with AVX2 (every machine sach's CI and benches
    /// run on), and must give the scalar slots.
    #[test]
    fn vector_and_scalar_minima_agree() {
        // hashes that stress the 32-bit pieces: all ones, halves at their limits, a
        // reproducible spread, and each slot's own xor (a zero product)
        let mut state = 0x2545_F491_4F6C_DD1D_u64;
        let mut hashes: Vec<u64> = (0..500)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state
            })
            .collect();
        hashes.extend([0, u64::MAX, 0xFFFF_FFFF, 0xFFFF_FFFF_0000_0000, 1 << 32]);
        for n in [1, 2, 7, 64, hashes.len()] {
            assert_eq!(minima(&hashes[..n]), minima_scalar(&hashes[..n]), "{n}");
        }
        for &(x, _) in &PERMUTE {
            assert_eq!(minima(&[x]), minima_scalar(&[x]));
        }
    }

    /// A copy of a text signed before defers its signature, and makes the same one when asked;
    /// another text does not wait.
    #[test]
    fn a_copy_defers_its_signature_and_makes_the_same_one() {
        let opts = Options {
            near_duplicates: true,
            ..Options::default()
        };
        let text = "Giá xăng tăng mạnh từ chiều nay theo quyết định của liên bộ.\n";
        let other = "Người dân đổ xô đi mua trước giờ điều chỉnh giá mới.\n";
        let keys = |t: &str, signed| DocKeys::signing(Keyed::new(t, &opts), &opts, signed);
        let signed = SignedTexts::default();
        let mut first = keys(text, Some(&signed));
        let mut copy = keys(text, Some(&signed));
        let mut new = keys(other, Some(&signed));
        assert!(matches!(first.signature, Signature::Made(Some(_))));
        assert!(matches!(copy.signature, Signature::Deferred(_)));
        assert!(matches!(new.signature, Signature::Made(Some(_))));
        let made = first.take_signature().expect("a signature");
        assert_eq!(copy.take_signature(), Some(made.clone()));
        assert_eq!(keys(text, None).take_signature(), Some(made));
        assert_ne!(new.take_signature(), keys(text, None).take_signature());
    }

    #[test]
    fn signature_is_the_minimum_of_each_permutation() {
        let long: String = (0..300).map(|i| format!("từ{} ", i * 7 % 53)).collect();
        for key in [
            "",
            "một hai ba bốn",
            "một hai ba bốn năm",
            "một hai ba bốn năm sáu bảy",
            long.trim_end(),
        ] {
            assert_eq!(signature(key).map(|s| *s), reference(key), "{key}");
        }
    }
}
