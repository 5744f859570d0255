//! Mojibake repair: UTF-8 that was decoded as windows-1252, ISO-8859-1 or windows-1258 and saved
//! again, once or twice ("Viá»‡t Nam", "HĂ Ná»™i", "Viá»‡t Nam â€“ Ä‘Æ°á»£c",
//! "ViÃ¡Â»â€¡t" → "Việt Nam", "Hà Nội", "Việt Nam – được", "Việt").
//!
//! A UTF-8 character of n bytes becomes n characters of a single-byte code page: a *lead*
//! (bytes C2–F4: Â Ã Ä Å Æ Ì á â Ă…) followed by *continuations* (bytes 80–BF: the C1
//! positions, € ‚ „ … “ ” – — ™, no-break space, ¡ © « » ° …). The pass finds runs of
//! characters that all have a byte in one of those code pages (their union: the three agree
//! byte-for-byte except where windows-1258 puts Ă Đ Ơ Ư ₫ and combining tones), turns each run
//! back into bytes and replaces every valid multi-byte UTF-8 sequence in them by its character —
//! letters, the Vietnamese combining marks of NFD text, typographic punctuation, symbols — whole
//! runs, not only letters. Bytes that form no valid sequence keep their characters, so a run
//! that mixes mojibake and real accented letters is repaired where it is mojibake. The repair
//! repeats (at most three times) for double mojibake.
//!
//! Why clean text is safe: a lead character directly followed by exactly the right number of
//! continuation characters, decoding to a plausible character (a Latin letter, a Vietnamese
//! combining mark, punctuation or a symbol; never a control, Cyrillic, Arabic or IPA), does not
//! occur in real text — with one exception: a word-final capital followed by closing punctuation
//! (Portuguese `“IRMÃ”`, Italian `PERCHÈ…`) reads like the mojibake of `Ô` or `Ȕ`. Such a
//! two-character sequence is *weak*: it is repaired only when the same document has unambiguous
//! mojibake elsewhere.
//!
//! The pass runs first, before no-break spaces and C1 controls are normalized, because those are
//! halves of the very bytes it restores (à is C3 A0; ờ is E1 BB 9D). A run whose mojibake lost a
//! byte to U+FFFD cannot be restored; it is reported.

use std::ops::Range;

#[cfg(target_arch = "x86_64")]
use crate::byte_blocks::{first_in_thirty_twos, first_in_wide_blocks};
use crate::edit::Edit;
use crate::pipeline::{Pass, PassContext};
use crate::rule::{Fix, Rule, Severity, Visibility};

pub static MOJIBAKE: &Rule = &Rule {
    code: "E101",
    name: "mojibake",
    severity: Severity::Error,
    fix: Fix::Safe,
    visibility: Visibility::Visible,
    summary: "UTF-8 text garbled through windows-1252/1258 or Latin-1, restored",
    doc: "What it does: restores text whose UTF-8 bytes were read as windows-1252, ISO-8859-1 \
or windows-1258 and saved again, once or twice: letters, the combining tone marks of decomposed \
(NFD) text and punctuation alike, by turning the garbled characters back into bytes and decoding \
them as UTF-8.\n\n\
Why: one wrong decode turns every Vietnamese letter into two or three Latin-1 symbols and every \
dash or quote into three; the text is lost to search and models, but every byte is still there.\n\n\
Example: `Viá»‡t Nam â€“ Ä‘Æ°á»£c` → `Việt Nam – được`; `HĂ Ná»™i` (via windows-1258) → \
`Hà Nội`; `ViÃ¡Â»â€¡t` (twice) → `Việt`; `ViêÌ£t` (NFD) → `Việt`. Clean text is never changed: \
only sequences that form valid UTF-8 of a plausible character are replaced, and a word-final \
capital before closing punctuation (`“IRMÃ”`) only in a document with other mojibake.",
};

pub static LOST_BYTES: &Rule = &Rule {
    code: "E102",
    name: "unrepairable-mojibake",
    severity: Severity::Error,
    fix: Fix::ReportOnly,
    visibility: Visibility::Visible,
    summary: "mojibake whose lost bytes (U+FFFD) make it unrepairable",
    doc: "What it does: reports a word that looks like UTF-8 read as windows-1252 but contains \
U+FFFD where a byte was dropped (0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in windows-1252 and \
strict decoders replace them).\n\n\
Why: the original letter cannot be recovered from this copy; a reviewer should fetch the page \
again.\n\n\
Example: `Thá»\\u{FFFD}i` (from `Thời`, whose ờ contains 0x9D) is reported.",
};

pub static RULES: &[&Rule] = &[MOJIBAKE, LOST_BYTES];

pub struct Mojibake;

impl Pass for Mojibake {
    fn name(&self) -> &'static str {
        "mojibake"
    }

    fn rules(&self) -> &'static [&'static Rule] {
        RULES
    }

    fn run(&self, text: &str, _cx: &mut PassContext<'_>) -> Vec<Edit> {
        let runs = suspect_runs(text);
        if runs.is_empty() {
            return Vec::new();
        }
        // Weak sequences only with unambiguous evidence elsewhere in the document.
        let evidence = runs
            .iter()
            .any(|span| repair(&text[span.clone()], follower(text, span.end), false).changed);
        let mut edits: Vec<Edit> = Vec::new();
        // Repaired runs of the current word: (run span, repair).
        let mut group: Vec<(Range<usize>, Repaired)> = Vec::new();
        let mut group_word = 0..0;
        for span in runs {
            let r = repair(&text[span.clone()], follower(text, span.end), evidence);
            let word = word_around(text, span.clone());
            if !r.changed {
                if r.truncated && follower(text, span.end) == Some('\u{FFFD}') {
                    let word = word.start..word.end.max(span.end + '\u{FFFD}'.len_utf8());
                    let reason = format!("«{}» lost bytes to U+FFFD", &text[word.clone()]);
                    edits.push(Edit::report(LOST_BYTES, word, reason));
                }
                continue;
            }
            // Several runs in one word (`Viá»‡t-Ä‘Æ°á»£c` splits at the hyphen) make one edit.
            if !group.is_empty() && word.start >= group_word.end {
                edits.push(word_edit(text, group_word.clone(), &group));
                group.clear();
            }
            if group.is_empty() {
                group_word = word;
            }
            group.push((span, r));
        }
        if !group.is_empty() {
            edits.push(word_edit(text, group_word, &group));
        }
        edits.sort_by_key(|e| e.span.start);
        edits
    }
}

/// One edit for a word: its text with each repaired run replaced.
fn word_edit(text: &str, word: Range<usize>, runs: &[(Range<usize>, Repaired)]) -> Edit {
    let mut fixed = String::with_capacity(word.len());
    let mut at = word.start;
    for (span, r) in runs {
        fixed.push_str(&text[at..span.start]);
        fixed.push_str(&r.text);
        at = span.end;
    }
    fixed.push_str(&text[at..word.end]);
    let encoding = runs
        .iter()
        .map(|(_, r)| r.encoding)
        .max_by_key(|e| e.len())
        .unwrap_or("");
    let reason = format!("«{}» read as {encoding} → «{fixed}»", &text[word.clone()]);
    Edit::replace(MOJIBAKE, word, fixed, reason)
}

/// The character after byte `at`.
fn follower(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

/// The whitespace-delimited word around `span`.
fn word_around(text: &str, span: Range<usize>) -> Range<usize> {
    let space = |c: char| matches!(c, ' ' | '\n' | '\t' | '\r');
    let start = text[..span.start].rfind(space).map_or(0, |i| i + 1);
    let end = text[span.end..]
        .find(space)
        .map_or(text.len(), |i| span.end + i);
    start..end
}

/// The byte a single-byte code page gives `c`: the union of windows-1252 (with the WHATWG
/// pass-through of its five undefined bytes), ISO-8859-1 and windows-1258. They agree wherever
/// two of them define a byte, so one table serves all three. ASCII is left out: mojibake of
/// UTF-8 never contains it.
fn byte_of(c: char) -> Option<u8> {
    let b = match c {
        '\u{80}'..='\u{FF}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        // windows-1258
        'Ă' => 0xC3,
        '\u{300}' => 0xCC,
        'Đ' => 0xD0,
        '\u{309}' => 0xD2,
        'Ơ' => 0xD5,
        'Ư' => 0xDD,
        '\u{303}' => 0xDE,
        'ă' => 0xE3,
        '\u{301}' => 0xEC,
        'đ' => 0xF0,
        '\u{323}' => 0xF2,
        'ơ' => 0xF5,
        'ư' => 0xFD,
        '₫' => 0xFE,
        _ => return None,
    };
    Some(b)
}

/// Runs (byte spans) of code-page characters that contain a lead character directly followed by
/// a continuation character. The fast path is a byte scan: every lead character's UTF-8 starts
/// with C3, C4, C6 or CC and every continuation character's with C2, C5, C6, CB or E2, so clean
/// text without such a pair costs one pass over its bytes ([`next_pair`]).
fn suspect_runs(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while let Some(at) = next_pair(bytes, i) {
        i = at;
        if runs.last().is_some_and(|r| r.end > i) {
            i += 1;
            continue;
        }
        let lead = follower(text, i).expect("char boundary: C3/C4/C6/CC start a character");
        let cont = follower(text, i + lead.len_utf8());
        let is_lead = |c: char| byte_of(c).is_some_and(|b| (0xC2..=0xF4).contains(&b));
        let is_cont = |c: char| byte_of(c).is_some_and(|b| (0x80..=0xBF).contains(&b));
        if is_lead(lead) && cont.is_some_and(is_cont) {
            let start = text[..i]
                .char_indices()
                .rev()
                .take_while(|&(_, c)| byte_of(c).is_some())
                .last()
                .map_or(i, |(j, _)| j);
            let end = text[i..]
                .char_indices()
                .find(|&(_, c)| byte_of(c).is_none())
                .map_or(text.len(), |(j, _)| i + j);
            runs.push(start..end);
            i = end;
        } else {
            i += 1;
        }
    }
    runs
}

/// The offset of the first byte of `bytes` at or after `from` that a lead character's UTF-8 can
/// start with and whose second byte after is one a continuation character's can start with
/// ([`PAIR`]: the two characters of a pair, when the first is two bytes long).
///
/// On x86-64 sixteen bytes are tested at once, each with the byte two after it
/// ([`pairs_sse2`]: Vietnamese has a lead byte C3, C4 or C6 every few bytes, which stopped
/// [`next_lead`] at each); the last bytes, and every byte elsewhere, go through [`next_lead`].
fn next_pair(bytes: &[u8], from: usize) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    // thirty-two bytes at a time where the CPU has AVX2 ([`pairs_avx2`]), then sixteen;
    // SAFETY: SSE2 is part of x86-64, every such CPU has it
    let mut i = match first_in_wide_blocks(bytes, from, pair_in_thirty_twos, |b| unsafe {
        pairs_sse2(b)
    }) {
        Ok(hit) => return Some(hit),
        Err(i) => i,
    };
    #[cfg(not(target_arch = "x86_64"))]
    let mut i = from;
    while let Some(at) = next_lead(bytes, i) {
        let cont = bytes.get(at + 2).map_or(0, |&b| PAIR[usize::from(b)]);
        if PAIR[usize::from(bytes[at])] & LEAD_START != 0 && cont & CONT_START != 0 {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// [`first_in_thirty_twos`] from `from` with [`pairs_avx2`], compiled for AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn pair_in_thirty_twos(bytes: &[u8], from: usize) -> Result<usize, usize> {
    first_in_thirty_twos(bytes, from, |b| pairs_avx2(b))
}

/// [`pairs_sse2`] for thirty-two bytes (bytes 32 and 33 are the two after the last).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn pairs_avx2(block: &[u8; 34]) -> u32 {
    use std::arch::x86_64::*;
    // SAFETY: two unaligned 32-byte loads inside the 34-byte array
    let (here, then) = unsafe {
        let at = block.as_ptr();
        (
            _mm256_loadu_si256(at.cast()),
            _mm256_loadu_si256(at.add(2).cast()),
        )
    };
    let any = |v: __m256i, of: &[u8]| {
        of.iter().fold(_mm256_setzero_si256(), |m, &b| {
            _mm256_or_si256(m, _mm256_cmpeq_epi8(v, _mm256_set1_epi8(b as i8)))
        })
    };
    let lead = any(here, &[0xC3, 0xC4, 0xC6, 0xCC]);
    let cont = any(then, &[0xC2, 0xC5, 0xC6, 0xCB, 0xE2]);
    _mm256_movemask_epi8(_mm256_and_si256(lead, cont)) as u32
}

/// Bit `j` set when byte `j` of the first sixteen of `block` is one of [`LEAD_START`]'s and byte
/// `j + 2` one of [`CONT_START`]'s.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn pairs_sse2(block: &[u8; 18]) -> u32 {
    use std::arch::x86_64::*;
    // SAFETY: two unaligned 16-byte loads inside the 18-byte array
    let (here, then) = unsafe {
        let at = block.as_ptr();
        (
            _mm_loadu_si128(at.cast()),
            _mm_loadu_si128(at.add(2).cast()),
        )
    };
    let any = |v: __m128i, of: &[u8]| {
        of.iter().fold(_mm_setzero_si128(), |m, &b| {
            _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8)))
        })
    };
    let lead = any(here, &[0xC3, 0xC4, 0xC6, 0xCC]);
    let cont = any(then, &[0xC2, 0xC5, 0xC6, 0xCB, 0xE2]);
    _mm_movemask_epi8(_mm_and_si128(lead, cont)) as u32
}

/// The offset of the first byte C0–CF of `bytes` at or after `from` (every lead byte of
/// [`PAIR`] is one): eight bytes at a time, by an exact zero-byte test of each byte's top half
/// against 0xC0, so the ASCII, the continuation bytes and the E1 leads of Vietnamese text are
/// passed over without a look-up each.
fn next_lead(bytes: &[u8], from: usize) -> Option<usize> {
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let v = (u64::from_le_bytes(chunk.try_into().expect("eight bytes"))
            & 0xF0F0_F0F0_F0F0_F0F0)
            ^ 0xC0C0_C0C0_C0C0_C0C0;
        // the high bit of each zero byte of `v` (no carries between bytes)
        let zero = !(((v & LOW) + LOW) | v | LOW);
        if zero != 0 {
            return Some(i + zero.trailing_zeros() as usize / 8);
        }
        i += 8;
    }
    (i..bytes.len()).find(|&k| bytes[k] & 0xF0 == 0xC0)
}

/// For each byte, whether a lead character's UTF-8 can start with it ([`LEAD_START`]: C3, C4,
/// C6, CC) and whether a continuation character's can ([`CONT_START`]: C2, C5, C6, CB, E2): one
/// look-up per byte of [`suspect_runs`]'s scan instead of two sets of comparisons.
static PAIR: [u8; 256] = {
    let mut table = [0u8; 256];
    table[0xC3] = LEAD_START;
    table[0xC4] = LEAD_START;
    table[0xCC] = LEAD_START;
    table[0xC6] = LEAD_START | CONT_START;
    table[0xC2] = CONT_START;
    table[0xC5] = CONT_START;
    table[0xCB] = CONT_START;
    table[0xE2] = CONT_START;
    table
};
const LEAD_START: u8 = 1;
const CONT_START: u8 = 2;

struct Repaired {
    text: String,
    changed: bool,
    /// The run (before any repair) ends with an incomplete UTF-8 sequence.
    truncated: bool,
    encoding: &'static str,
}

/// Repairs one run, repeatedly (double mojibake), at most three rounds.
fn repair(run: &str, follower: Option<char>, allow_weak: bool) -> Repaired {
    let encoding = code_page(run);
    let truncated = ends_truncated(run);
    let mut text = run.to_string();
    let mut rounds = 0;
    while rounds < 3 {
        let next = repair_round(&text, follower, allow_weak);
        if next == text {
            break;
        }
        text = next;
        rounds += 1;
    }
    Repaired {
        changed: rounds > 0,
        text,
        truncated,
        encoding: if rounds > 1 {
            match encoding {
                "windows-1258" => "windows-1258 (twice)",
                "ISO-8859-1" => "ISO-8859-1 (twice)",
                _ => "windows-1252 (twice)",
            }
        } else {
            encoding
        },
    }
}

/// Which code page a run was read with, for the report.
fn code_page(run: &str) -> &'static str {
    if run.chars().any(|c| {
        matches!(c, 'Ă' | 'ă' | 'Đ' | 'đ' | 'Ơ' | 'ơ' | 'Ư' | 'ư' | '₫')
            || ('\u{300}'..'\u{324}').contains(&c)
    }) {
        "windows-1258"
    } else if run.chars().any(|c| ('\u{80}'..='\u{9F}').contains(&c))
        && !run.chars().any(|c| c as u32 > 0xFF)
    {
        "ISO-8859-1"
    } else {
        "windows-1252"
    }
}

fn ends_truncated(run: &str) -> bool {
    let bytes: Vec<u8> = run.chars().filter_map(byte_of).collect();
    matches!(std::str::from_utf8(&bytes), Err(e) if e.error_len().is_none())
}

/// One round over `text`: each maximal run of code-page characters back to bytes, each valid
/// multi-byte sequence of a plausible character replaced.
fn repair_round(text: &str, follower: Option<char>, allow_weak: bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if byte_of(chars[i]).is_none() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let end = (i..chars.len())
            .find(|&j| byte_of(chars[j]).is_none())
            .unwrap_or(chars.len());
        let after = chars.get(end).copied().or(follower);
        repair_bytes(&chars[i..end], after, allow_weak, &mut out);
        i = end;
    }
    out
}

/// `run` (characters that each have a byte) with its valid UTF-8 sequences decoded.
fn repair_bytes(run: &[char], after: Option<char>, allow_weak: bool, out: &mut String) {
    let bytes: Vec<u8> = run.iter().map(|&c| byte_of(c).expect("a run")).collect();
    let mut at = 0; // index into bytes == index into run
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            let n = c.len_utf8();
            let next = run.get(at + n).copied().or(after);
            let weak = n == 2
                && !('\u{300}'..='\u{36F}').contains(&c)
                && closing_punctuation(run[at + 1])
                && !next.is_some_and(char::is_alphanumeric);
            // A C1 control is plausible only as part of a sequence still being rebuilt (double
            // mojibake: `â€Â\u{9D}` → `â€\u{9D}` → `”`).
            let pending = out
                .chars()
                .next_back()
                .and_then(byte_of)
                .is_some_and(|b| b >= 0x80);
            let control = ('\u{80}'..='\u{9F}').contains(&c);
            if (plausible(c) || (control && pending)) && (allow_weak || !weak) {
                out.push(c);
            } else {
                out.extend(&run[at..at + n]);
            }
            at += n;
        }
        let bad = chunk.invalid().len();
        out.extend(&run[at..at + bad]);
        at += bad;
    }
}

/// Punctuation that may legitimately follow a word-final capital (closing, not opening). Not the no-break space: `Ã`
/// before U+00A0 is the commonest Vietnamese mojibake (à is C3 A0), and a word-final Ã glued
/// to a no-break space is not written in any language.
fn closing_punctuation(c: char) -> bool {
    matches!(c, '”' | '’' | '»' | '›' | '…' | '–' | '—')
}

/// What a repaired sequence may decode to: Latin letters (Latin-1, Latin Extended-A, the
/// Vietnamese horned letters, Romanian comma letters, Latin Extended Additional, and the rest of
/// windows-1252, which double mojibake goes through), the combining
/// marks of Vietnamese and Western European NFD text, symbols of Latin-1, general punctuation,
/// currency and letterlike symbols (™ №). Never a control character, and none of the scripts a
/// chance byte pair decodes to (Cyrillic, Armenian, Arabic, IPA, CJK).
fn plausible(c: char) -> bool {
    matches!(c,
        '\u{A0}'..='\u{17F}'
        | 'Ơ' | 'ơ' | 'Ư' | 'ư' | 'ƒ' | 'ˆ' | '˜'
        | '\u{218}'..='\u{21B}'
        | '\u{300}'..='\u{304}' | '\u{306}' | '\u{308}'..='\u{30C}' | '\u{31B}' | '\u{323}' | '\u{327}' | '\u{328}'
        | '\u{1E00}'..='\u{1EFF}'
        | '\u{2010}'..='\u{203A}'
        | '\u{20A0}'..='\u{20C0}'
        | '\u{2100}'..='\u{214F}')
}

#[cfg(test)]
mod tests {
    #[test]
    fn next_lead_finds_the_bytes_c0_to_cf() {
        let alphabet = [b'a', 0xC0, 0xCF, 0xBF, 0xD0, 0xE1, 0x40, 0x4C, 0xC3];
        let mut rng = crate::test_rng::Xorshift::new();
        for len in 0..3000 {
            let bytes = rng.bytes(&alphabet, len % 23);
            for from in 0..=bytes.len() {
                let want = (from..bytes.len()).find(|&k| (0xC0..=0xCF).contains(&bytes[k]));
                assert_eq!(super::next_lead(&bytes, from), want, "{bytes:?} {from}");
            }
        }
    }

    /// The vector test finds the pairs the table gives, in every place of its blocks.
    #[test]
    fn next_pair_finds_the_table_pairs() {
        use super::{CONT_START, LEAD_START, PAIR};
        let alphabet = [
            b'a', 0xC3, 0xC4, 0xC6, 0xCC, 0xC2, 0xC5, 0xCB, 0xE2, 0xC0, 0xCF, 0xE1, 0xBF,
        ];
        let mut rng = crate::test_rng::Xorshift::new();
        let mut found = 0;
        for len in 0..6000 {
            let bytes = rng.bytes(&alphabet, len % 61);
            let pair = |k: usize| {
                k + 2 < bytes.len()
                    && PAIR[usize::from(bytes[k])] & LEAD_START != 0
                    && PAIR[usize::from(bytes[k + 2])] & CONT_START != 0
            };
            for from in 0..=bytes.len() {
                let want = (from..bytes.len()).find(|&k| pair(k));
                found += usize::from(want.is_some());
                assert_eq!(super::next_pair(&bytes, from), want, "{bytes:?} {from}");
            }
        }
        assert!(found > 10_000, "{found}");
    }

    use super::*;
    use crate::config::Config;
    use crate::pipeline::{Metadata, Pipeline};
    use encoding_rs::{Encoding, WINDOWS_1252, WINDOWS_1258};

    fn clean(text: &str) -> String {
        let p = Pipeline::with_passes(Config::default(), vec![Box::new(Mojibake)]);
        p.run(text.to_string(), Metadata::default()).unwrap().text
    }

    /// UTF-8 bytes of `s` decoded with `encoding`: how mojibake is made.
    fn garble(s: &str, encoding: &'static Encoding) -> String {
        encoding
            .decode_without_bom_handling(s.as_bytes())
            .0
            .into_owned()
    }

    #[test]
    fn the_pair_table_holds_the_first_bytes_of_lead_and_continuation_characters() {
        // every code-page character's UTF-8 first byte, by the byte it stands for
        let (mut lead, mut cont) = ([false; 256], [false; 256]);
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            let first = usize::from(c.to_string().as_bytes()[0]);
            match byte_of(c) {
                Some(0xC2..=0xF4) => lead[first] = true,
                Some(0x80..=0xBF) => cont[first] = true,
                _ => {}
            }
        }
        for b in 0..256 {
            assert_eq!(PAIR[b] & LEAD_START != 0, lead[b], "lead {b:#x}");
            assert_eq!(PAIR[b] & CONT_START != 0, cont[b], "continuation {b:#x}");
        }
    }

    #[test]
    fn repairs_windows_1252_and_1258_mojibake_including_c1_and_a0_bytes() {
        for original in [
            "Việt Nam",
            "Hà Nội",
            "được ký kết",
            "Thời sự",
            "Thủ tướng Nguyễn Xuân Phúc",
            "Đảm bảo ổn định",
        ] {
            let garbled = garble(original, WINDOWS_1252);
            assert_ne!(garbled, original);
            assert_eq!(clean(&garbled), original, "{garbled:?}");
        }
        assert_eq!(clean("Viá»‡t Nam"), "Việt Nam");
        let via_1258 = garble("Hà Nội", WINDOWS_1258);
        assert_eq!(clean(&via_1258), "Hà Nội", "{via_1258:?}");
    }

    #[test]
    fn clean_text_in_any_language_is_untouched() {
        for text in [
            "Việt Nam đạt được thỏa thuận",
            "Le café était fermé, l'hôtel aussi.",
            "Die Größe überraschte.",
            "Ê-đê, Ưu tiên, Ăn uống",
            "£5 – “quoted” ©2024 naïve",
            "Þórður Ægisson fór í bæinn; Ísland er fallegt, sagði hún við Guðrúnu.",
            "¿Qué pasó? ¡Olé! El niño comió piña en Señor Año.",
            "NÃO SÃO IRMÃ; “A IRMÃ” e “SÃO PAULO”… MÃE — AÇÃO, CHÂTEAU, « À BIENTÔT »",
            "Ông Đà Nẵng: “ĐƯỢC” – “Ơ” ‘Ư’ … Ă, ă, Đ, ơ, ư ₫ 5.000₫",
            "Noël, cœur, Œuvre; maître, naïve, Français, ÇA VA?",
        ] {
            assert_eq!(clean(text), text);
        }
    }

    #[test]
    fn whole_runs_are_repaired_punctuation_nfd_latin1_and_double_included() {
        use unicode_normalization::UnicodeNormalization;
        let source = "Việt Nam – được: “hợp tác” … • 5 € ™ © ‘Hà Nội’ — Thời sự";
        let nfd: String = source.nfd().collect();
        for (garbled, label) in [
            (garble(source, WINDOWS_1252), "cp1252"),
            (garble(source, WINDOWS_1258), "cp1258"),
            (garble(&nfd, WINDOWS_1252), "NFD"),
            (garble(&garble(source, WINDOWS_1252), WINDOWS_1252), "twice"),
            (source.bytes().map(char::from).collect(), "Latin-1"),
        ] {
            assert_eq!(
                clean(&garbled).nfc().collect::<String>(),
                source,
                "{label}: {garbled}"
            );
        }
    }

    #[test]
    fn a_word_final_capital_before_a_quote_needs_other_evidence() {
        // `Ô` garbled is `Ã”`, which is also a Portuguese word-final Ã and a closing quote
        assert_eq!(clean("“A IRMÃ” disse"), "“A IRMÃ” disse");
        // (the closing quote was the second byte of Ô)
        assert_eq!(clean("“CÃ” Viá»‡t"), "“CÔ Việt");
    }

    #[test]
    fn lost_bytes_are_reported_not_guessed() {
        let garbled = garble("Thời", WINDOWS_1252).replace('\u{9D}', "\u{FFFD}");
        let p = Pipeline::with_passes(Config::default(), vec![Box::new(Mojibake)]);
        let c = p.run(garbled.clone(), Metadata::default()).unwrap();
        assert_eq!(c.text, garbled);
        assert_eq!(c.stages[0].edits[0].rule.code, "E102");
    }
}
