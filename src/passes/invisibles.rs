//! Characters that look like nothing or like a plain space: CR line endings, no-break and other
//! odd spaces, zero-width and soft-hyphen characters, control characters.
//!
//! They make equal words compare unequal ("Việt\u{A0}Nam" ≠ "Việt Nam") and split tokens for
//! every downstream tool. All changes here are invisible on screen, so their rules say so and the
//! diff labels them. Mojibake repair must run before this pass: C1 controls and U+00A0 can be
//! halves of recoverable UTF-8 bytes.

use crate::byte_blocks::first_hit;
#[cfg(target_arch = "x86_64")]
use crate::byte_blocks::{first_in_thirty_twos, first_in_wide_blocks};
use crate::edit::{push_coalesced, Edit, Reason};
use crate::pipeline::{Pass, PassContext};
use crate::rule::{Fix, Rule, Severity, Visibility};

pub static ODD_SPACE: &Rule = &Rule {
    code: "N002",
    name: "odd-space",
    severity: Severity::Error,
    fix: Fix::Safe,
    visibility: Visibility::Invisible,
    summary: "no-break or other non-ASCII space, replaced by a plain space",
    doc: "What it does: replaces U+00A0 (no-break space), U+202F, U+2000–U+200A, U+205F, U+3000 \
and U+1680 with a plain space.\n\n\
Why: they look like spaces but are different characters, so `Việt\\u{A0}Nam` and `Việt Nam` \
become different tokens, sentences and dedup keys.\n\n\
Example: `Hà\\u{A0}Nội` → `Hà Nội` (shown as `Hà␣Nội` in diffs).",
};

pub static ZERO_WIDTH: &Rule = &Rule {
    code: "N003",
    name: "zero-width",
    severity: Severity::Error,
    fix: Fix::Safe,
    visibility: Visibility::Invisible,
    summary: "zero-width or soft-hyphen character, removed",
    doc: "What it does: removes U+200B (zero-width space), U+2060 (word joiner), U+FEFF inside \
the text, U+180E and U+00AD (soft hyphen); removes U+200C/U+200D (zero-width (non-)joiner) only \
between Latin letters, spaces or punctuation, where they never carry meaning.\n\n\
Why: invisible characters split words (`Việt\\u{200B}Nam` is two tokens to a tokenizer) and break \
exact-match search and dedup.\n\n\
Example: `Việt\\u{200B}Nam` → `ViệtNam`. Visible hyphens (`-`) are never touched; joiners inside \
emoji sequences (👨\\u{200D}👩) and Indic or Arabic text stay.",
};

pub static LINE_ENDING: &Rule = &Rule {
    code: "N004",
    name: "line-ending",
    severity: Severity::Error,
    fix: Fix::Safe,
    visibility: Visibility::Invisible,
    summary: "CR, CRLF or Unicode line separator, replaced by LF",
    doc: "What it does: turns CRLF, lone CR, U+2028, U+2029 and U+0085 into LF.\n\n\
Why: line-based rules (boilerplate, layout) and line:column positions need one line ending.\n\n\
Example: `Hà Nội\\r\\nTin` → `Hà Nội\\nTin`.",
};

pub static CONTROL_CHAR: &Rule = &Rule {
    code: "N005",
    name: "control-char",
    severity: Severity::Error,
    fix: Fix::Safe,
    visibility: Visibility::Invisible,
    summary: "control character, removed",
    doc: "What it does: removes C0 control characters other than tab and line feed, DEL, and C1 \
controls (U+0080–U+009F).\n\n\
Why: they are never text: leftovers of terminal output, form feeds from PDF conversion, or \
unrepairable mojibake. Tabs are kept.\n\n\
Example: `Hà Nội\\u{0C}` → `Hà Nội`.",
};

pub static RULES: &[&Rule] = &[ODD_SPACE, ZERO_WIDTH, LINE_ENDING, CONTROL_CHAR];

pub struct Invisibles;

impl Pass for Invisibles {
    fn name(&self) -> &'static str {
        "invisibles"
    }

    fn rules(&self) -> &'static [&'static Rule] {
        RULES
    }

    fn run(&self, text: &str, cx: &mut PassContext<'_>) -> Vec<Edit> {
        let mut edits = Vec::new();
        let enabled: Vec<&str> = RULES
            .iter()
            .filter(|r| cx.enabled(r))
            .map(|r| r.code)
            .collect();
        // Only the characters at the bytes that can start one this pass fixes are looked at
        // (a prefilter from one to the next); the others are skipped without decoding.
        let bytes = text.as_bytes();
        let mut at = 0;
        while let Some(n) = first_candidate(&bytes[at..]) {
            let i = at + n;
            let c = text[i..].chars().next().expect("a lead byte");
            let end = i + c.len_utf8();
            at = end;
            let prev = text[..i].chars().next_back();
            let next = text[end..].chars().next();
            let edit = match c {
                '\r' if next == Some('\n') => {
                    at = end + 1;
                    Some(Edit::replace(
                        LINE_ENDING,
                        i..end + 1,
                        "\n",
                        "CRLF line ending",
                    ))
                }
                '\r' => Some(Edit::replace(LINE_ENDING, i..end, "\n", "CR line ending")),
                '\u{2028}' | '\u{2029}' | '\u{85}' => Some(Edit::replace(
                    LINE_ENDING,
                    i..end,
                    "\n",
                    separator_reason(c),
                )),
                '\u{A0}'
                | '\u{1680}'
                | '\u{2000}'..='\u{200A}'
                | '\u{202F}'
                | '\u{205F}'
                | '\u{3000}' => Some(Edit::replace(ODD_SPACE, i..end, " ", space_reason(c))),
                '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}' | '\u{AD}' => {
                    Some(Edit::delete(ZERO_WIDTH, i..end, invisible_reason(c)))
                }
                '\u{200C}' | '\u{200D}' if plain_side(prev) && plain_side(next) => {
                    Some(Edit::delete(ZERO_WIDTH, i..end, invisible_reason(c)))
                }
                '\t' | '\n' => None,
                c if c.is_control() => Some(Edit::delete(
                    CONTROL_CHAR,
                    i..end,
                    format!("control character U+{:04X}", c as u32),
                )),
                _ => None,
            };
            if let Some(e) = edit.filter(|e| enabled.contains(&e.rule.code)) {
                push_coalesced(&mut edits, e);
            }
        }
        edits
    }
}

/// A neighbour of a joiner where the joiner cannot be meaningful: Latin letters (incl. Vietnamese),
/// digits, spaces, punctuation, or the text edge.
fn plain_side(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_ascii()
                || c.is_whitespace()
                || ('\u{C0}'..='\u{24F}').contains(&c)
                || ('\u{1E00}'..='\u{1EFF}').contains(&c)
        }
    }
}

// The reasons name the character: `U+00A0 no-break space`. Written out as static texts, not
// formatted per edit: a scraped page has a no-break space every few lines.

/// The reason of a line or paragraph separator's edit (N004).
fn separator_reason(c: char) -> &'static str {
    match c {
        '\u{2028}' => "U+2028 line separator",
        '\u{2029}' => "U+2029 line separator",
        _ => "U+0085 line separator",
    }
}

/// The reason of an odd space's edit (N002).
fn space_reason(c: char) -> Reason {
    match c {
        '\u{A0}' => "U+00A0 no-break space".into(),
        '\u{202F}' => "U+202F narrow no-break space".into(),
        '\u{3000}' => "U+3000 ideographic space".into(),
        c => format!("U+{:04X} space", c as u32).into(),
    }
}

/// The reason of a zero-width character's edit (N003).
fn invisible_reason(c: char) -> &'static str {
    match c {
        '\u{200B}' => "U+200B zero-width space",
        '\u{2060}' => "U+2060 word joiner",
        '\u{FEFF}' => "U+FEFF zero-width no-break space",
        '\u{AD}' => "U+00AD soft hyphen",
        '\u{200C}' => "U+200C zero-width non-joiner",
        '\u{200D}' => "U+200D zero-width joiner",
        _ => "U+180E invisible separator",
    }
}

/// The offset of the first byte that may start a character this pass acts on
/// ([`candidate_at`]): a control byte other than tab and LF, or the lead byte of a no-break or
/// odd space, a line or paragraph separator, a zero-width character, a soft hyphen or a C1
/// control. Vietnamese letters (C3, C4, C6, CC, E1 BA, E1 BB…) are skipped without decoding.
///
/// On x86-64 sixteen bytes are tested at once, each with the byte after it ([`candidates_sse2`]:
/// in Vietnamese text nearly every eight bytes hold an E1 or E2 lead, which made the scalar
/// blocks of [`first_hit`] ask byte by byte); the last bytes, and every byte elsewhere, go through
/// [`first_hit`].
fn first_candidate(bytes: &[u8]) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    // thirty-two bytes at a time where the CPU has AVX2 ([`candidates_avx2`]), then sixteen;
    // SAFETY: SSE2 is part of x86-64, every such CPU has it
    let from = match first_in_wide_blocks(bytes, 0, candidate_in_thirty_twos, |b| unsafe {
        candidates_sse2(b)
    }) {
        Ok(hit) => return Some(hit),
        Err(from) => from,
    };
    #[cfg(not(target_arch = "x86_64"))]
    let from = 0;
    let rest = &bytes[from..];
    // blocks of ASCII and most of the Vietnamese letters' bytes are passed by one test
    first_hit(
        rest,
        |b| LEAD[usize::from(b)] != NEVER,
        |i| candidate_at(rest, i),
    )
    .map(|i| from + i)
}

/// Whether byte `i` of `bytes` may start a character the pass acts on: one table look-up; the
/// lead bytes shared with Vietnamese letters and punctuation ask the next byte.
fn candidate_at(bytes: &[u8], i: usize) -> bool {
    let next = bytes.get(i + 1).copied().unwrap_or(0);
    match LEAD[usize::from(bytes[i])] {
        NEVER => false,
        ALWAYS => true,
        _ => match bytes[i] {
            0xE1 => matches!(next, 0x9A | 0xA0),
            0xE2 => matches!(next, 0x80 | 0x81),
            0xE3 => next == 0x80,
            _ => next == 0xBB, // 0xEF
        },
    }
}

/// Bit `j` set when [`candidate_at`] holds at byte `j` of the first sixteen of `block` (the
/// seventeenth is the byte after the last).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn candidates_sse2(block: &[u8; 17]) -> u32 {
    use std::arch::x86_64::*;
    // SAFETY: two unaligned 16-byte loads inside the 17-byte array; SSE2 is part of x86-64
    let (here, next) = unsafe {
        (
            _mm_loadu_si128(block.as_ptr().cast()),
            _mm_loadu_si128(block.as_ptr().add(1).cast()),
        )
    };
    let is = |v: __m128i, b: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8));
    let or = _mm_or_si128;
    let and = _mm_and_si128;
    // C0 controls (at most 0x1F unsigned) but tab and LF, DEL, C2
    let c0 = _mm_cmpeq_epi8(_mm_min_epu8(here, _mm_set1_epi8(0x1F)), here);
    let c0 = _mm_andnot_si128(or(is(here, b'\t'), is(here, b'\n')), c0);
    let always = or(c0, or(is(here, 0x7F), is(here, 0xC2)));
    let e1 = and(is(here, 0xE1), or(is(next, 0x9A), is(next, 0xA0)));
    let e2 = and(is(here, 0xE2), or(is(next, 0x80), is(next, 0x81)));
    let e3 = and(is(here, 0xE3), is(next, 0x80));
    let ef = and(is(here, 0xEF), is(next, 0xBB));
    _mm_movemask_epi8(or(or(always, e1), or(e2, or(e3, ef)))) as u32
}

/// [`first_in_thirty_twos`] with [`candidates_avx2`], compiled for AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn candidate_in_thirty_twos(bytes: &[u8], from: usize) -> Result<usize, usize> {
    first_in_thirty_twos(bytes, from, |b| candidates_avx2(b))
}

/// [`candidates_sse2`] for thirty-two bytes (the thirty-third is the byte after the last).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn candidates_avx2(block: &[u8; 33]) -> u32 {
    use std::arch::x86_64::*;
    // SAFETY: two unaligned 32-byte loads inside the 33-byte array
    let (here, next) = unsafe {
        (
            _mm256_loadu_si256(block.as_ptr().cast()),
            _mm256_loadu_si256(block.as_ptr().add(1).cast()),
        )
    };
    let is = |v: __m256i, b: u8| _mm256_cmpeq_epi8(v, _mm256_set1_epi8(b as i8));
    let or = |a, b| _mm256_or_si256(a, b);
    let and = |a, b| _mm256_and_si256(a, b);
    // C0 controls (at most 0x1F unsigned) but tab and LF, DEL, C2
    let c0 = _mm256_cmpeq_epi8(_mm256_min_epu8(here, _mm256_set1_epi8(0x1F)), here);
    let c0 = _mm256_andnot_si256(or(is(here, b'\t'), is(here, b'\n')), c0);
    let always = or(c0, or(is(here, 0x7F), is(here, 0xC2)));
    let e1 = and(is(here, 0xE1), or(is(next, 0x9A), is(next, 0xA0)));
    let e2 = and(is(here, 0xE2), or(is(next, 0x80), is(next, 0x81)));
    let e3 = and(is(here, 0xE3), is(next, 0x80));
    let ef = and(is(here, 0xEF), is(next, 0xBB));
    _mm256_movemask_epi8(or(or(always, e1), or(e2, or(e3, ef)))) as u32
}

/// [`first_candidate`]'s answer for each byte: never a candidate, always one (a control byte
/// other than tab and LF, C2), or one when the next byte says so (E1, E2, E3, EF).
const NEVER: u8 = 0;
const ALWAYS: u8 = 1;
const ASK_NEXT: u8 = 2;
static LEAD: [u8; 256] = {
    let mut table = [NEVER; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = ALWAYS;
        b += 1;
    }
    table[b'\t' as usize] = NEVER;
    table[b'\n' as usize] = NEVER;
    table[0x7F] = ALWAYS;
    table[0xC2] = ALWAYS;
    table[0xE1] = ASK_NEXT;
    table[0xE2] = ASK_NEXT;
    table[0xE3] = ASK_NEXT;
    table[0xEF] = ASK_NEXT;
    table
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::pipeline::{Metadata, Pipeline};

    fn clean(text: &str) -> String {
        Pipeline::with_passes(Config::default(), vec![Box::new(Invisibles)])
            .run(text.into(), Metadata::default())
            .unwrap()
            .text
    }

    /// The static reasons say what `U+{:04X} {name}` says.
    #[test]
    fn reasons_name_the_code_point() {
        let named = |c: char, name: &str| format!("U+{:04X} {name}", c as u32);
        for c in ['\u{2028}', '\u{2029}', '\u{85}'] {
            assert_eq!(separator_reason(c), named(c, "line separator"));
        }
        for (c, name) in [
            ('\u{A0}', "no-break space"),
            ('\u{202F}', "narrow no-break space"),
            ('\u{3000}', "ideographic space"),
            ('\u{2003}', "space"),
            ('\u{1680}', "space"),
        ] {
            assert_eq!(space_reason(c), named(c, name));
        }
        for (c, name) in [
            ('\u{200B}', "zero-width space"),
            ('\u{2060}', "word joiner"),
            ('\u{FEFF}', "zero-width no-break space"),
            ('\u{AD}', "soft hyphen"),
            ('\u{200C}', "zero-width non-joiner"),
            ('\u{200D}', "zero-width joiner"),
            ('\u{180E}', "invisible separator"),
        ] {
            assert_eq!(invisible_reason(c), named(c, name));
        }
    }

    #[test]
    fn the_lead_table_is_the_byte_rule() {
        let rule = |b: u8, next: u8| match b {
            b'\t' | b'\n' => false,
            0..=0x1F | 0x7F | 0xC2 => true,
            0xE1 => matches!(next, 0x9A | 0xA0),
            0xE2 => matches!(next, 0x80 | 0x81),
            0xE3 => next == 0x80,
            0xEF => next == 0xBB,
            _ => false,
        };
        for b in 0..=u8::MAX {
            for next in 0..=u8::MAX {
                let want = rule(b, next).then_some(0);
                assert_eq!(
                    first_candidate(&[b, next]),
                    want.or(rule(next, 0).then_some(1))
                );
                // in every place of the 32- and 16-byte blocks and of the bytes after them
                for at in [
                    0, 1, 7, 14, 15, 16, 17, 31, 32, 37, 38, 39, 63, 64, 65, 80, 81,
                ] {
                    let mut text = [b'a'; 82];
                    text[at] = b;
                    if let Some(after) = text.get_mut(at + 1) {
                        *after = next;
                    }
                    let want = (0..text.len())
                        .find(|&i| rule(text[i], text.get(i + 1).copied().unwrap_or(0)));
                    assert_eq!(first_candidate(&text), want, "{b:#x} {next:#x} at {at}");
                }
            }
            assert_eq!(first_candidate(&[b]), rule(b, 0).then_some(0), "{b:#x}");
        }
    }

    #[test]
    fn fixes_each_kind() {
        assert_eq!(
            clean("Hà\u{A0}Nội\r\nTin\rmới\u{2028}x"),
            "Hà Nội\nTin\nmới\nx"
        );
        assert_eq!(clean("Việt\u{200B}Nam\u{AD}\u{FEFF}"), "ViệtNam");
        assert_eq!(clean("a\u{0C}b\u{1B}c\u{9D}\td"), "abc\td");
    }

    #[test]
    fn keeps_meaningful_joiners_and_plain_text() {
        let family = "👨\u{200D}👩\u{200D}👧";
        assert_eq!(clean(family), family);
        let hindi = "क्\u{200D}ष";
        assert_eq!(clean(hindi), hindi);
        assert_eq!(
            clean("plain\ttext - with a hyphen\n"),
            "plain\ttext - with a hyphen\n"
        );
    }

    /// Every character the pass acts on is found by the prefilter, wherever it stands.
    #[test]
    fn the_prefilter_finds_every_character_the_pass_fixes() {
        let p = Pipeline::with_passes(Config::default(), vec![Box::new(Invisibles)]);
        for c in (0..=0x3000u32).chain([0xFEFF]).filter_map(char::from_u32) {
            let text = format!("Việt Nam ươ{c}ờ\n");
            let cleaned = p.run(text.clone(), Metadata::default()).unwrap();
            if cleaned.text != text {
                let at = "Việt Nam ươ".len();
                assert_eq!(first_candidate(text.as_bytes()), Some(at), "{c:?}");
            }
        }
        assert_eq!(first_candidate("Bộ trưởng Việt Nam\tđã\n".as_bytes()), None);
        // in every place of the eight-byte blocks, after Vietnamese letters and ASCII
        for c in [
            '\r', '\u{A0}', '\u{1680}', '\u{200B}', '\u{3000}', '\u{FEFF}',
        ] {
            for pad in 0..20 {
                let head = format!("{}ệ ờ", "a".repeat(pad));
                let text = format!("{head}{c}Việt Nam đã ban hành");
                assert_eq!(
                    first_candidate(text.as_bytes()),
                    Some(head.len()),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn runs_become_one_edit() {
        let p = Pipeline::with_passes(Config::default(), vec![Box::new(Invisibles)]);
        let c = p
            .run("a\u{A0}\u{A0}\u{A0}b".into(), Metadata::default())
            .unwrap();
        assert_eq!(c.stages[0].edits.len(), 1);
        assert_eq!(c.text, "a   b");
    }
}
