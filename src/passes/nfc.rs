//! Unicode canonical composition (NFC).
//!
//! Scraped Vietnamese mixes precomposed letters with decomposed ones (base + combining marks,
//! as macOS file names, windows-1258 and some input methods produce). They render the same but
//! compare, hash and tokenize differently. The pass checks the whole text with the NFC quick
//! check first — already-NFC text, the common case, costs one scan — and otherwise normalizes
//! word by word, so each edit covers one word and the report shows which words changed.
//! Composition never crosses whitespace, so word-wise NFC equals whole-text NFC.

use std::borrow::Cow;
use std::sync::OnceLock;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

#[cfg(target_arch = "x86_64")]
use crate::byte_blocks::{first_in_thirty_twos, first_in_wide_blocks};
use crate::edit::{Edit, Reason};
use crate::pipeline::{Pass, PassContext};
use crate::rule::{Fix, Rule, Severity, Visibility};
use crate::short_memo::{ShortMemo, SHORT};

pub static NFC: &Rule = &Rule {
    code: "N001",
    name: "nfc",
    severity: Severity::Error,
    fix: Fix::Safe,
    visibility: Visibility::Invisible,
    summary: "decomposed characters, composed to Unicode NFC",
    doc: "What it does: rewrites each word that is not in Unicode Normalization Form C to its NFC \
form (canonical composition; NFKC is never used, so no compatibility characters change).\n\n\
Why: `Việt` typed as `Vie` + U+0323 + U+0302 + `t` looks identical to precomposed `Việt` but is \
a different string: search, dedup and tokenizers treat them as different words.\n\n\
Example: `Vie\\u{323}\\u{302}t` (6 code points) → `Việt` (4 code points); shown as an invisible \
NFC change in diffs.",
};

pub static RULES: &[&Rule] = &[NFC];

/// Whether `text` passes the NFC quick check (`is_nfc_quick` answers `Yes`).
pub fn is_nfc(text: &str) -> bool {
    let plain = plain_prefix(text);
    plain == text.len() || is_nfc_quick(text[plain..].chars()) == IsNormalized::Yes
}

/// The length of the longest prefix of `text` made of ASCII, Latin-1, Latin Extended-A/B (to
/// U+024F), Latin Extended Additional (U+1E00–U+1EFF): every letter of precomposed Vietnamese,
/// the Cyrillic letters of U+0400–U+047F and U+04C0–U+04FF (the two-byte characters led by
/// `D0`, `D1` and `D3`: a Russian page was quick-checked a character at a time from its first
/// letter on), and General Punctuation from U+2002 (dashes, curly quotes, ellipsis; U+2000 and
/// U+2001 are not NFC). Those are starters that NFC keeps (tested on every such character), so that
/// prefix passes the quick check without its table look-ups, and what follows is checked as
/// if it stood alone.
///
/// On x86-64 sixteen bytes are tested at once, each with the two after it ([`not_plain_sse2`]:
/// Vietnamese has a non-ASCII letter every few bytes, which stopped the eight-byte ASCII steps
/// at each); the last bytes, and every byte elsewhere, are read a character at a time.
fn plain_prefix(text: &str) -> usize {
    let bytes = text.as_bytes();
    #[cfg(target_arch = "x86_64")]
    let mut i = {
        // thirty-two bytes at a time where the CPU has AVX2 ([`not_plain_avx2`]), then sixteen;
        // SAFETY: SSE2 is part of x86-64, every such CPU has it
        let mut i = match first_in_wide_blocks(bytes, 0, not_plain_in_thirty_twos, |b| unsafe {
            not_plain_sse2(b)
        }) {
            Ok(hit) => return hit,
            Err(i) => i,
        };
        // back to the start of a character that may straddle the last block's end (its lead
        // byte was plain)
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    #[cfg(not(target_arch = "x86_64"))]
    let mut i = 0;
    while i < bytes.len() {
        // eight bytes at a time: all ASCII, or the ASCII ones before the first other skipped
        if let Some(chunk) = bytes.get(i..i + 8) {
            let high = u64::from_le_bytes(chunk.try_into().expect("8 bytes")) & HIGH_BITS;
            if high == 0 {
                i += 8;
                continue;
            }
            i += (high.trailing_zeros() / 8) as usize;
        }
        match plain_char_len(bytes, i) {
            Some(n) => i += n,
            None => return i,
        }
    }
    bytes.len()
}

/// Bit `j` set when the character whose UTF-8 starts at byte `j` of the first sixteen of `block`
/// is not in the plain blocks ([`plain_char_len`] answers `None` at a lead byte); never at an
/// ASCII or a continuation byte. Bytes 16 and 17 are the two after the last.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn not_plain_sse2(block: &[u8; 18]) -> u32 {
    use std::arch::x86_64::*;
    // SAFETY: three unaligned 16-byte loads inside the 18-byte array
    let (here, next, third) = unsafe {
        let at = block.as_ptr();
        (
            _mm_loadu_si128(at.cast()),
            _mm_loadu_si128(at.add(1).cast()),
            _mm_loadu_si128(at.add(2).cast()),
        )
    };
    let byte = |b: u8| _mm_set1_epi8(b as i8);
    let is = |v: __m128i, b: u8| _mm_cmpeq_epi8(v, byte(b));
    let at_least = |v: __m128i, b: u8| _mm_cmpeq_epi8(_mm_max_epu8(v, byte(b)), v);
    let at_most = |v: __m128i, b: u8| _mm_cmpeq_epi8(_mm_min_epu8(v, byte(b)), v);
    // leads CA–E0 (U+0280–U+0FFF) but the Cyrillic D0, D1 and D3, and E3–FF; continuation
    // bytes are below CA
    let cyrillic = _mm_or_si128(
        _mm_and_si128(at_least(here, 0xD0), at_most(here, 0xD1)),
        is(here, 0xD3),
    );
    let other = _mm_or_si128(
        _mm_andnot_si128(
            cyrillic,
            _mm_and_si128(at_least(here, 0xCA), at_most(here, 0xE0)),
        ),
        at_least(here, 0xE3),
    );
    // E1 outside B8–BB (U+1E00–U+1EFF)
    let latin_additional = _mm_and_si128(at_least(next, 0xB8), at_most(next, 0xBB));
    let e1 = _mm_andnot_si128(latin_additional, is(here, 0xE1));
    // E2 outside 80 82–BF and 81 80–AF (U+2002–U+206F)
    let punctuation = _mm_or_si128(
        _mm_and_si128(is(next, 0x80), at_least(third, 0x82)),
        _mm_and_si128(is(next, 0x81), at_most(third, 0xAF)),
    );
    let e2 = _mm_andnot_si128(punctuation, is(here, 0xE2));
    _mm_movemask_epi8(_mm_or_si128(other, _mm_or_si128(e1, e2))) as u32
}

/// [`first_in_thirty_twos`] with [`not_plain_avx2`], compiled for AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn not_plain_in_thirty_twos(bytes: &[u8], from: usize) -> Result<usize, usize> {
    first_in_thirty_twos(bytes, from, |b| not_plain_avx2(b))
}

/// [`not_plain_sse2`] for thirty-two bytes (bytes 32 and 33 are the two after the last).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn not_plain_avx2(block: &[u8; 34]) -> u32 {
    use std::arch::x86_64::*;
    // SAFETY: three unaligned 32-byte loads inside the 34-byte array
    let (here, next, third) = unsafe {
        let at = block.as_ptr();
        (
            _mm256_loadu_si256(at.cast()),
            _mm256_loadu_si256(at.add(1).cast()),
            _mm256_loadu_si256(at.add(2).cast()),
        )
    };
    let byte = |b: u8| _mm256_set1_epi8(b as i8);
    let is = |v: __m256i, b: u8| _mm256_cmpeq_epi8(v, byte(b));
    let at_least = |v: __m256i, b: u8| _mm256_cmpeq_epi8(_mm256_max_epu8(v, byte(b)), v);
    let at_most = |v: __m256i, b: u8| _mm256_cmpeq_epi8(_mm256_min_epu8(v, byte(b)), v);
    // leads CA–E0 (U+0280–U+0FFF) but the Cyrillic D0, D1 and D3, and E3–FF; continuation
    // bytes are below CA
    let cyrillic = _mm256_or_si256(
        _mm256_and_si256(at_least(here, 0xD0), at_most(here, 0xD1)),
        is(here, 0xD3),
    );
    let other = _mm256_or_si256(
        _mm256_andnot_si256(
            cyrillic,
            _mm256_and_si256(at_least(here, 0xCA), at_most(here, 0xE0)),
        ),
        at_least(here, 0xE3),
    );
    // E1 outside B8–BB (U+1E00–U+1EFF)
    let latin_additional = _mm256_and_si256(at_least(next, 0xB8), at_most(next, 0xBB));
    let e1 = _mm256_andnot_si256(latin_additional, is(here, 0xE1));
    // E2 outside 80 82–BF and 81 80–AF (U+2002–U+206F)
    let punctuation = _mm256_or_si256(
        _mm256_and_si256(is(next, 0x80), at_least(third, 0x82)),
        _mm256_and_si256(is(next, 0x81), at_most(third, 0xAF)),
    );
    let e2 = _mm256_andnot_si256(punctuation, is(here, 0xE2));
    _mm256_movemask_epi8(_mm256_or_si256(other, _mm256_or_si256(e1, e2))) as u32
}

/// The top bit of each byte of a little-endian `u64`: set for the bytes that are not ASCII.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The length in bytes of the character at `i` when it is in the plain blocks of
/// [`plain_prefix`]; `None` otherwise.
#[inline]
fn plain_char_len(bytes: &[u8], i: usize) -> Option<usize> {
    Some(match (bytes[i], bytes.get(i + 1)) {
        (0..=0x7F, _) => 1,
        (0xC2..=0xC9, _) => 2,          // U+0080–U+024F
        (0xD0 | 0xD1 | 0xD3, _) => 2,   // U+0400–U+047F, U+04C0–U+04FF
        (0xE1, Some(0xB8..=0xBB)) => 3, // U+1E00–U+1EFF
        (0xE2, Some(0x80)) if bytes.get(i + 2).is_some_and(|&b| b >= 0x82) => 3, // U+2002–
        (0xE2, Some(0x81)) if bytes.get(i + 2).is_some_and(|&b| b <= 0xAF) => 3, // –U+206F
        _ => return None,
    })
}

/// Appends the NFC form of `text` to `out` (what `text.nfc()` gives), composing only the
/// clusters that need it.
///
/// Every character of the plain blocks (see [`plain_prefix`]) is a starter that passes the
/// quick check, so no composition or reordering crosses the point before it: the text splits
/// there into clusters that normalize apart. Runs of plain characters are copied; each cluster
/// around the rest — the plain letter before a combining mark and the marks, or any other
/// script — goes through the general algorithm. A decomposed Vietnamese line costs a copy and a
/// few short clusters instead of the general algorithm on every character.
pub fn push_nfc(text: &str, out: &mut String) {
    let mut i = 0;
    while i < text.len() {
        let run = i + plain_prefix(&text[i..]);
        if run == text.len() {
            out.push_str(&text[i..]);
            return;
        }
        // the cluster starts at the plain character before the first other one, if any
        let start = text[i..run]
            .char_indices()
            .last()
            .map_or(i, |(at, _)| i + at);
        out.push_str(&text[i..start]);
        let mut end = run;
        while end < text.len() && plain_char_len(text.as_bytes(), end).is_none() {
            end += text[end..].chars().next().map_or(1, char::len_utf8);
        }
        push_cluster(&text[start..end], out);
        i = end;
    }
}

/// Appends the NFC form of the cluster `c` (a plain character and what follows it up to the next
/// one, see [`push_nfc`]) to `out`, from this thread's [`CLUSTERS`] when the cluster was
/// composed before.
///
/// A decomposed text repeats a few hundred clusters, and the general algorithm (decomposition,
/// canonical ordering and composition through the Unicode tables) costs some 600 instructions a
/// cluster; a look-up costs a tenth of that ([`ShortMemo`]).
fn push_cluster(c: &str, out: &mut String) {
    if c.len() > SHORT {
        out.extend(c.nfc());
        return;
    }
    CLUSTERS.with_borrow_mut(|memo| {
        if let Some(composed) = memo.get(c.as_bytes()) {
            out.push_str(std::str::from_utf8(composed).expect("an NFC form kept as UTF-8"));
            return;
        }
        let from = out.len();
        out.extend(c.nfc());
        memo.put(c.as_bytes(), &out.as_bytes()[from..]);
    });
}

/// Slots of [`CLUSTERS`] (a power of two).
const CLUSTER_SLOTS: usize = 1 << 10;

thread_local! {
    /// The clusters this thread composed (32 KB).
    static CLUSTERS: std::cell::RefCell<ShortMemo> =
        std::cell::RefCell::new(ShortMemo::new(CLUSTER_SLOTS));
}

/// `text` in NFC (as `text.nfc().collect()`), by [`push_nfc`].
pub fn to_nfc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_nfc(text, &mut out);
    out
}

/// The reason of an N001 edit: `"{before} code points composed to {after}"`, written without
/// the formatting machinery (a decomposed text has an edit every few words, and `format!` cost
/// more than the composition). The reasons of words under [`REASON_CACHED`] code points are
/// written once per run and borrowed ([`REASONS`]): a text has hundreds of such edits and a
/// handful of different counts.
fn reason(before: usize, after: usize) -> Reason {
    if before < REASON_CACHED && after < REASON_CACHED {
        let slot = &REASONS[before * REASON_CACHED + after];
        return Cow::Borrowed(slot.get_or_init(|| write_reason(before, after)));
    }
    Cow::Owned(write_reason(before, after))
}

/// Words of fewer code points than this have their N001 reasons written once ([`reason`]).
const REASON_CACHED: usize = 32;

/// The N001 reasons of the words under [`REASON_CACHED`] code points, indexed by
/// `before * REASON_CACHED + after`, each written the first time it is needed.
static REASONS: [OnceLock<String>; REASON_CACHED * REASON_CACHED] =
    [const { OnceLock::new() }; REASON_CACHED * REASON_CACHED];

/// [`reason`], written.
fn write_reason(before: usize, after: usize) -> String {
    let mut out = String::with_capacity(32);
    push_decimal(&mut out, before);
    out.push_str(" code points composed to ");
    push_decimal(&mut out, after);
    out
}

/// Appends `n` in decimal to `out`.
fn push_decimal(out: &mut String, n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[at..].iter().map(|&d| char::from(d)));
}

pub struct Nfc;

impl Pass for Nfc {
    fn name(&self) -> &'static str {
        "nfc"
    }

    fn rules(&self) -> &'static [&'static Rule] {
        RULES
    }

    fn run(&self, text: &str, _cx: &mut PassContext<'_>) -> Vec<Edit> {
        // the words before the first character outside the plain prefix are NFC already
        let plain = plain_prefix(text);
        if plain == text.len() {
            return Vec::new();
        }
        let mut edits = Vec::new();
        let bytes = text.as_bytes();
        // the first character outside the plain blocks, in the word at `start`
        let mut plain = plain;
        let mut start = bytes[..plain]
            .iter()
            .rposition(u8::is_ascii_whitespace)
            .map_or(0, |n| n + 1);
        while start < bytes.len() {
            let end = bytes[start..]
                .iter()
                .position(|b| b.is_ascii_whitespace())
                .map_or(bytes.len(), |n| start + n);
            let word = &text[start..end];
            // a decomposed letter (a combining mark, U+0300–U+036F) is composed without the
            // quick check first: the check spares the composition of a word that is NFC
            // already, which such a word rarely is, and composing it anyway changes nothing
            let decomposed = matches!(bytes.get(plain), Some(0xCC | 0xCD));
            if decomposed || !is_nfc(word) {
                let composed = to_nfc(word);
                if composed != word {
                    let reason = reason(word.chars().count(), composed.chars().count());
                    edits.push(Edit::replace(NFC, start..end, composed, reason));
                }
            }
            start = end + 1;
            // the words up to the next character outside the plain blocks are NFC already
            if start < bytes.len() {
                plain = start + plain_prefix(&text[start..]);
                start = bytes[start..plain]
                    .iter()
                    .rposition(u8::is_ascii_whitespace)
                    .map_or(start, |n| start + n + 1);
            }
        }
        edits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::pipeline::{Metadata, Pipeline};
    use proptest::strategy::Strategy;

    #[test]
    fn the_byte_scan_agrees_with_the_quick_check() {
        use unicode_normalization::char::canonical_combining_class;
        let plain = ('\0'..='\u{24F}')
            .chain('\u{400}'..='\u{47F}')
            .chain('\u{4C0}'..='\u{4FF}')
            .chain('\u{1E00}'..='\u{1EFF}')
            .chain('\u{2002}'..='\u{206F}');
        for c in plain {
            let one = c.to_string();
            assert_eq!(is_nfc_quick(one.chars()), IsNormalized::Yes, "{c:?}");
            assert_eq!(canonical_combining_class(c), 0, "{c:?} is a starter");
            assert!(is_nfc(&one), "{c:?}");
        }
        let nfd: String = "Bộ trưởng".nfd().collect();
        for text in [
            nfd.as_str(),
            "Ω",
            "e\u{301}",
            "Việt Nam\u{300}",
            "Привет мир",
            "е\u{308}лка и\u{306}",
            "ёлка \u{483}",
            "x\u{2126}",
            "a\u{2000}",
            "a – b\u{2001}",
        ] {
            let want = is_nfc_quick(text.chars()) == IsNormalized::Yes;
            assert_eq!(is_nfc(text), want, "{text:?}");
        }
    }

    #[test]
    fn plain_prefix_ends_where_the_character_scan_ends() {
        // the scan one character at a time, without the eight-byte steps
        let by_char = |t: &str| {
            let mut i = 0;
            while i < t.len() {
                match plain_char_len(t.as_bytes(), i) {
                    Some(n) => i += n,
                    None => return i,
                }
            }
            t.len()
        };
        for ascii in 0..40 {
            for lead in ["", "ả", "Đà ", "\u{2003}"] {
                for tail in [
                    "",
                    "ệ",
                    "Ω",
                    "e\u{301}",
                    "ab\u{2000}",
                    "ạ\u{300}cdefghij",
                    "x\u{2126}",
                ] {
                    let text = format!("{lead}{}{tail}", "a".repeat(ascii));
                    assert_eq!(plain_prefix(&text), by_char(&text), "{text:?}");
                }
            }
        }
        // every character of the first planes' blocks, in every place of the sixteen-byte
        // blocks and of the bytes after them, after Vietnamese letters
        let chars = ('\0'..='\u{3100}').chain(['\u{FEFF}', '\u{1F600}']);
        for c in chars {
            for pad in 0..20 {
                let text = format!("Việt{}{c}ệ ờ Nam đã ban hành", "a".repeat(pad));
                assert_eq!(plain_prefix(&text), by_char(&text), "{text:?}");
                let text = format!("ờ{}{c}", "ư".repeat(pad));
                assert_eq!(plain_prefix(&text), by_char(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn cluster_wise_nfc_is_nfc() {
        let nfd: String = "Bộ trưởng Việt Nam Đà Nẵng Ủy ban".nfd().collect();
        for text in [
            nfd.as_str(),
            "",
            "\u{301}a",
            "ê\u{323}",
            "Ω x\u{2126}",
            "e\u{301}\u{301}",
            "가\u{11A8} 각",
            "\u{1100}\u{1161}\u{11A8}",
            "q\u{323}\u{307}\u{300}",
            "a\u{2000}b\u{0CC6}\u{0CC2}",
            "ở\u{31B}ư\u{309}",
            "Е\u{308}лка и\u{306} й\u{301} Ӂ\u{306}",
        ] {
            assert_eq!(to_nfc(text), text.nfc().collect::<String>(), "{text:?}");
        }
    }

    /// Clusters composed again come from the cache as the algorithm gives them: every letter of
    /// the Latin blocks decomposed, in both cases, with marks in both orders, more clusters than
    /// the cache has slots (each slot taken over and over), and clusters too long to keep.
    #[test]
    fn cached_clusters_compose_as_the_algorithm_does() {
        let mut texts: Vec<String> = ('\u{C0}'..='\u{24F}')
            .chain('\u{1E00}'..='\u{1EFF}')
            .map(|c| c.to_string().nfd().collect())
            .collect();
        for base in ['a', 'e', 'o', 'u', 'y', 'A', 'Ơ', 'ư'] {
            for m in ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'] {
                for n in ['\u{302}', '\u{306}', '\u{31B}', '\u{323}', '\u{301}'] {
                    texts.push(format!("{base}{m}{n}"));
                    texts.push(format!("{base}{n}{m}"));
                }
            }
        }
        texts.push(format!("a{}", "\u{301}".repeat(9)));
        texts.push(format!("e\u{302}{}", "\u{323}\u{300}".repeat(4)));
        assert!(texts.len() > CLUSTER_SLOTS);
        for _ in 0..3 {
            for t in &texts {
                assert_eq!(to_nfc(t), t.nfc().collect::<String>(), "{t:?}");
            }
        }
    }

    #[test]
    fn reasons_write_the_counts_as_format_does() {
        for (a, b) in [
            (0, 0),
            (1, 9),
            (10, 7),
            (6, 4),
            (1234, 999),
            (usize::MAX, 100),
            (31, 31),
            (32, 5),
            (5, 32),
        ] {
            assert_eq!(reason(a, b), format!("{a} code points composed to {b}"));
        }
    }

    proptest::proptest! {
        #[test]
        fn cluster_wise_nfc_is_nfc_on_mixed_scripts(text in proptest::collection::vec(
            proptest::sample::select(MIXED), 0..24).prop_map(|cs| cs.into_iter().collect::<String>())) {
            proptest::prop_assert_eq!(to_nfc(&text), text.nfc().collect::<String>());
        }
    }

    /// Starters, Vietnamese marks, marks of other classes, a Hangul syllable and its jamo, Kannada
    /// vowel signs that compose as starters, singletons (U+2000, Ω), plain punctuation and
    /// Cyrillic letters that compose with a mark (е, и, Ӂ's base ж) or are composed (й).
    const MIXED: &[char] = &[
        'е', 'и', 'й', 'ж', 'Д', '\u{483}', 'a', 'e', 'o', 'u', 'y', 'D', ' ', '.', 'ê', 'ơ', 'ư',
        'ă', 'ệ', 'Ợ', 'đ', '\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}', '\u{302}',
        '\u{306}', '\u{31B}', '\u{307}', '\u{328}', '\u{345}', 'ω', '가', '\u{1100}', '\u{1161}',
        '\u{11A8}', '\u{0CC6}', '\u{0CC2}', '\u{0CD5}', '\u{2000}', '\u{2126}', '–', '“',
        '\u{200B}', 'ˇ', 'Å', '\u{30A}',
    ];

    #[test]
    fn composes_decomposed_words_only() {
        let p = Pipeline::with_passes(Config::default(), vec![Box::new(Nfc)]);
        let nfd: String = "Bộ trưởng Việt Nam".nfd().collect();
        let c = p.run(format!("ok {nfd}\n"), Metadata::default()).unwrap();
        assert_eq!(c.text, "ok Bộ trưởng Việt Nam\n");
        assert_eq!(
            c.stages[0].edits.len(),
            3,
            "one edit per decomposed word (Nam is ASCII)"
        );
        assert!(p
            .run("Bộ trưởng".into(), Metadata::default())
            .unwrap()
            .stages
            .is_empty());
    }

    /// A word whose combining mark NFC keeps (no letter composes with it, or it is in order
    /// already) is no edit, whether the quick check or the composition tells; the pass edits
    /// exactly the words whose NFC form differs, a combining mark first among them or not.
    #[test]
    fn edits_the_words_whose_nfc_form_differs() {
        let p = Pipeline::with_passes(Config::default(), vec![Box::new(Nfc)]);
        let words = [
            "q\u{301}",
            "x\u{305}",
            "e\u{301}",
            "e\u{305}\u{301}",
            "\u{301}",
            "Ω",
            "ệ",
            "Vie\u{323}\u{302}t",
            "a\u{328}\u{301}",
            "\u{1100}\u{1161}",
            "北京",
        ];
        for a in words {
            for b in words {
                let text = format!("{a} {b}\n{a}");
                let c = p.run(text.clone(), Metadata::default()).unwrap();
                let want: Vec<&str> = text
                    .split_ascii_whitespace()
                    .filter(|w| w.nfc().collect::<String>() != *w)
                    .collect();
                let edited: Vec<&str> = c
                    .stages
                    .iter()
                    .flat_map(|s| s.edits.iter())
                    .map(|e| &text[e.span.clone()])
                    .collect();
                assert_eq!(edited, want, "{text:?}");
                assert_eq!(c.text, text.nfc().collect::<String>(), "{text:?}");
            }
        }
    }
}
