//! VIQR (RFC 1456): Vietnamese written in ASCII, with the marks typed after the vowel —
//! `^` `(` `+` for â ê ô, ă, ơ ư; `'` `` ` `` `?` `~` `.` for the five tones; `dd` for đ; a
//! backslash makes the next mark literal. Old mailing lists, Usenet and forum dumps use it:
//! `Vie^.t Nam`, `ddu+o+.c`, `ca'c ba.n`.
//!
//! Every one of those marks is also ordinary ASCII punctuation, so conversion is all or nothing
//! per document: a word is converted only when the result is one valid Vietnamese syllable
//! (`don't`, `I'd`, `e.g.`, `c++`, `x^2` never are), and the document only when such words are at
//! least a quarter of its words (and three or more). English prose or code with apostrophes and
//! question marks stays far below that. A `.` or `?` after a word's last vowel is a tone only when
//! the next word starts in lower case or when punctuation follows it (`nho?.`); as the last
//! character before a capital, a line end or the end of the text it is the sentence's punctuation.

use super::syllable::{parse, split_tone, with_tone, Tone};
use crate::byte_blocks::first_hit;
use crate::edit::Edit;
use crate::pipeline::{Pass, PassContext};
use crate::rule::{Fix, Rule, Severity, Visibility};

pub static VIQR: &Rule = &Rule {
    code: "E103",
    name: "viqr",
    severity: Severity::Error,
    fix: Fix::Safe,
    visibility: Visibility::Visible,
    summary: "Vietnamese written in VIQR (ASCII marks after the vowels), converted to letters",
    doc: "What it does: in a document written in VIQR (RFC 1456), the ASCII convention of old \
mailing lists and forums, converts each word to Vietnamese letters: `^ ( +` after a vowel make \
â ê ô, ă, ơ ư; `' ` ? ~ .` are the five tones; `dd` is đ.\n\n\
Why: VIQR text is Vietnamese that no tokenizer, search index or model reads as such.\n\n\
Example: `Vie^.t Nam ddu+o+.c ca'c ba.n` → `Việt Nam được các bạn`. Only a document where at \
least a quarter of the words convert into valid Vietnamese syllables is touched, so English text \
or code with apostrophes (`don't`, `it's`, `c++`) is never changed.",
};

pub static RULES: &[&Rule] = &[VIQR];

/// Share of words that must convert for the document to be read as VIQR.
const MIN_SHARE: f32 = 0.25;
/// And at least this many words.
const MIN_WORDS: usize = 3;

pub struct Viqr;

impl Pass for Viqr {
    fn name(&self) -> &'static str {
        "viqr"
    }

    fn rules(&self) -> &'static [&'static Rule] {
        RULES
    }

    fn run(&self, text: &str, _cx: &mut PassContext<'_>) -> Vec<Edit> {
        // Fast path: a VIQR document has vowels followed by marks (`.` and `?` inside a word:
        // at its end they are mostly punctuation).
        if marked_vowels(text.as_bytes(), MIN_WORDS) < MIN_WORDS {
            return Vec::new();
        }
        // Conversion is all or nothing: when even every word that could convert is too few,
        // nothing is converted, and no word needs converting to know it. English prose passes
        // the fast path above (`you're`, `e.g.`) but has few such words: a byte scan bounds
        // them first, then the tokens count them.
        let (pairs, word_starts) = share_bounds(text.as_bytes());
        if pairs < MIN_WORDS || (pairs as f32) < MIN_SHARE * word_starts as f32 {
            return Vec::new();
        }
        let tokens = tokens(text);
        let words = tokens.iter().filter(|(_, t)| is_word(t)).count();
        let candidates = tokens.iter().filter(|(_, t)| may_convert(t)).count();
        if candidates < MIN_WORDS || (candidates as f32) < MIN_SHARE * words as f32 {
            return Vec::new();
        }
        let mut edits = Vec::new();
        for (k, &(start, token)) in tokens.iter().enumerate() {
            if !may_convert(token) {
                continue;
            }
            let next_lower = tokens.get(k + 1).is_some_and(|&(next, t)| {
                !text[start + token.len()..next].contains('\n')
                    && t.chars().next().is_some_and(|c| c.is_lowercase())
            });
            if let Some(fixed) = convert_word(token, next_lower) {
                let reason = format!("VIQR «{token}» → «{fixed}»");
                edits.push(Edit::replace(
                    VIQR,
                    start..start + token.len(),
                    fixed,
                    reason,
                ));
            }
        }
        if edits.len() < MIN_WORDS || (edits.len() as f32) < MIN_SHARE * words as f32 {
            return Vec::new();
        }
        edits
    }
}

/// Bounds of the share, in one pass over the bytes without decoding them: at least as many
/// pairs of bytes [`may_convert`] looks for as there are words it admits (each holds one), and
/// at most as many words starting with an ASCII letter after ASCII white space as there are
/// words (each starts a different token with an ASCII letter).
///
/// Hot (every byte of most pages: their `e.g.`, `v.v.` and `vnexpress.net` pass the fast
/// path): each pair of neighbouring bytes is classed by comparisons, no table, so the compiler
/// vectorizes the loop; the counts of a chunk of 255 pairs are added up in bytes. On a CPU with
/// AVX2 the same loop runs compiled for it ([`share_bounds_avx2`]: 32 bytes a step, not 16).
fn share_bounds(bytes: &[u8]) -> (usize, usize) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2, the one feature `share_bounds_avx2` is compiled for
        return unsafe { share_bounds_avx2(bytes) };
    }
    share_bounds_in(bytes)
}

/// [`share_bounds_in`] compiled for AVX2 (the same loop, vectorized in 32-byte registers).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn share_bounds_avx2(bytes: &[u8]) -> (usize, usize) {
    share_bounds_in(bytes)
}

/// [`share_bounds`]' loop, inlined into each function that compiles it.
#[inline(always)]
fn share_bounds_in(bytes: &[u8]) -> (usize, usize) {
    let Some(&first) = bytes.first() else {
        return (0, 0);
    };
    // the text's start counts as white space before its first byte
    let (mut pairs, mut starts) = (0, usize::from(first.is_ascii_alphabetic()));
    let (behind, ahead) = (&bytes[..bytes.len() - 1], &bytes[1..]);
    for (behind, ahead) in behind.chunks(255).zip(ahead.chunks(255)) {
        let (p, s) = behind
            .iter()
            .zip(ahead)
            .fold((0u8, 0u8), |(p, s), (&before, &b)| {
                let pair = (is_vowel(before) & is_mark(b)) | (is_d(before) & is_d(b));
                let start = is_space(before) & b.is_ascii_alphabetic();
                (p + u8::from(pair), s + u8::from(start))
            });
        pairs += usize::from(p);
        starts += usize::from(s);
    }
    (pairs, starts)
}

/// An ASCII vowel, either case (a byte whose bit 0x20 set makes a lower-case vowel).
#[inline(always)]
fn is_vowel(b: u8) -> bool {
    let l = b | 0x20;
    (l == b'a') | (l == b'e') | (l == b'i') | (l == b'o') | (l == b'u') | (l == b'y')
}

/// A [`MARKS`] byte.
#[inline(always)]
fn is_mark(b: u8) -> bool {
    (b == b'^')
        | (b == b'(')
        | (b == b'+')
        | (b == b'\'')
        | (b == b'`')
        | (b == b'~')
        | (b == b'?')
        | (b == b'.')
}

/// `d` or `D`.
#[inline(always)]
fn is_d(b: u8) -> bool {
    b | 0x20 == b'd'
}

/// ASCII white space (`u8::is_ascii_whitespace`).
#[inline(always)]
fn is_space(b: u8) -> bool {
    (b == b' ') | (b == b'\t') | (b == b'\n') | (b == 0x0C) | (b == b'\r')
}

/// A token the share counts: one with an ASCII letter.
fn is_word(token: &str) -> bool {
    token.bytes().any(|b| b.is_ascii_alphabetic())
}

/// Whether [`convert_word`] could convert `token`: it converts only a word holding a vowel
/// followed by a mark or a `dd`, and those are pairs of ASCII bytes, so a look at each pair of
/// bytes answers for all of them (a word that holds one may still not convert).
fn may_convert(token: &str) -> bool {
    token.as_bytes().windows(2).any(|pair| {
        (is_ascii_vowel(char::from(pair[0])) && MARKS[usize::from(pair[1])])
            || (pair[0].eq_ignore_ascii_case(&b'd') && pair[1].eq_ignore_ascii_case(&b'd'))
    })
}

/// Whitespace-separated tokens with their byte offsets.
fn tokens(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

/// How many ASCII vowels followed by a VIQR mark `bytes` holds (`?` and `.` count only before a
/// letter, inside a word), counting up to `enough`. Only the bytes that are marks are looked at
/// twice (a table finds them).
fn marked_vowels(bytes: &[u8], enough: usize) -> usize {
    let mut n = 0;
    // a mark at `i` needs a byte before it and one after it
    let mut i = 1;
    while i + 1 < bytes.len() {
        let Some(k) = next_mark(&bytes[i..bytes.len() - 1]) else {
            break;
        };
        i += k;
        let marks_a_vowel = match bytes[i] {
            b'?' | b'.' => bytes[i + 1].is_ascii_alphabetic(),
            _ => true,
        } && is_ascii_vowel(char::from(bytes[i - 1]));
        if marks_a_vowel {
            n += 1;
            if n == enough {
                break;
            }
        }
        i += 1;
    }
    n
}

/// The offset of the first byte of `bytes` that [`MARKS`] holds ([`first_hit`]: a mark is one
/// byte in a hundred or so of a text that is not VIQR).
fn next_mark(bytes: &[u8]) -> Option<usize> {
    let mark = |b: u8| MARKS[usize::from(b)];
    first_hit(bytes, mark, |i| mark(bytes[i]))
}

/// The bytes VIQR writes marks with: `^ ( + ' ` ~` and, inside a word, `? .`.
static MARKS: [bool; 256] = {
    let mut table = [false; 256];
    let marks = *b"^(+'`~?.";
    let mut i = 0;
    while i < marks.len() {
        table[marks[i] as usize] = true;
        i += 1;
    }
    table
};

fn is_ascii_vowel(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

fn tone_of(mark: char) -> Option<Tone> {
    Some(match mark {
        '\'' => Tone::Acute,
        '`' => Tone::Grave,
        '?' => Tone::Hook,
        '~' => Tone::Tilde,
        '.' => Tone::Dot,
        _ => return None,
    })
}

/// `a^` → â, `a(` → ă, `o+` → ơ… (case kept).
fn shaped(vowel: char, mark: char) -> Option<char> {
    let lower = match (vowel.to_ascii_lowercase(), mark) {
        ('a', '^') => 'â',
        ('e', '^') => 'ê',
        ('o', '^') => 'ô',
        ('a', '(') => 'ă',
        ('o', '+') => 'ơ',
        ('u', '+') => 'ư',
        _ => return None,
    };
    Some(if vowel.is_ascii_uppercase() {
        lower.to_uppercase().next().unwrap_or(lower)
    } else {
        lower
    })
}

/// Converts one VIQR word, or `None` when it has no VIQR mark or does not become one valid
/// Vietnamese syllable (with its surrounding punctuation). `tone_at_end`: whether a final `.` or
/// `?` is a tone (the next word starts in lower case) rather than punctuation.
pub fn convert_word(token: &str, tone_at_end: bool) -> Option<String> {
    let chars: Vec<char> = token.chars().collect();
    let mut out = String::with_capacity(token.len() + 4);
    let mut marked = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '\\' && next.is_some_and(|m| "^(+'`?~.".contains(m)) {
            out.push(next.expect("checked"));
            i += 2;
            continue;
        }
        if matches!(c, 'd' | 'D') && matches!(next, Some('d' | 'D')) {
            out.push(if c == 'd' { 'đ' } else { 'Đ' });
            marked = true;
            i += 2;
            continue;
        }
        i += 1;
        if !is_ascii_vowel(c) {
            out.push(c);
            continue;
        }
        let mut vowel = c;
        if let Some(s) = chars.get(i).and_then(|&m| shaped(c, m)) {
            vowel = s;
            marked = true;
            i += 1;
        }
        let mut tone = None;
        if let Some((t, m)) = chars.get(i).and_then(|&m| tone_of(m).map(|t| (t, m))) {
            // `nho?.`: a mark followed by punctuation is the tone; only the token's very last
            // character is ambiguous.
            let last = i + 1 == chars.len();
            if !last || !matches!(m, '.' | '?') || tone_at_end {
                tone = Some(t);
                marked = true;
                i += 1;
            }
        }
        out.push(with_tone(vowel, tone));
    }
    (marked && is_syllable(&out)).then_some(out)
}

/// One valid Vietnamese syllable, between optional punctuation.
fn is_syllable(word: &str) -> bool {
    let core = word.trim_matches(|c: char| !c.is_alphanumeric());
    let bases: String = core
        .chars()
        .map(|c| split_tone(c.to_lowercase().next().unwrap_or(c)).0)
        .collect();
    !bases.is_empty() && parse(&bases).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::pipeline::{Metadata, Pipeline};

    #[test]
    fn the_next_mark_is_the_first_byte_of_the_table() {
        let mut text: Vec<u8> = b"Vie^.t Nam ".repeat(3);
        text.extend(b"x".repeat(40));
        for n in 0..=text.len() {
            for from in 0..n {
                let bytes = &text[from..n];
                let want = bytes.iter().position(|&b| MARKS[usize::from(b)]);
                assert_eq!(next_mark(bytes), want, "{from}..{n}");
            }
        }
    }

    #[test]
    fn marked_vowels_counts_what_the_window_scan_counted() {
        let by_windows = |text: &str, enough: usize| {
            text.as_bytes()
                .windows(3)
                .filter(|w| {
                    is_ascii_vowel(w[0] as char)
                        && match w[1] {
                            b'^' | b'(' | b'+' | b'\'' | b'`' | b'~' => true,
                            b'?' | b'.' => w[2].is_ascii_alphabetic(),
                            _ => false,
                        }
                })
                .take(enough)
                .count()
        };
        for text in [
            "",
            "a^",
            "a^b",
            "Vie^.t Nam la` mo^.t nu*o*'c",
            "Có ai? Không. e.g. a.b i.e x^ u(",
            "o~o~o~o~o~",
            "(a)(e)'i'`u`",
        ] {
            for enough in [1, 3, 100] {
                assert_eq!(
                    marked_vowels(text.as_bytes(), enough),
                    by_windows(text, enough),
                    "{text}"
                );
            }
        }
    }

    #[test]
    fn every_word_that_converts_is_one_may_convert_admits() {
        // The share check counts `may_convert`'s words before converting any: it must admit
        // every word `convert_word` converts, or a VIQR document would be left unconverted.
        let mut rng = crate::test_rng::Xorshift::new();
        let pieces = [
            "a", "e", "o", "u", "i", "y", "A", "O", "d", "D", "n", "g", "h", "t", "^", "(", "+",
            "'", "`", "?", "~", ".", "\\", "ă", ",", "\"",
        ];
        let mut converted = 0;
        for _ in 0..200_000 {
            let len = 1 + rng.below(6);
            let token = rng.text(&pieces, len);
            for tone_at_end in [false, true] {
                if convert_word(&token, tone_at_end).is_some() {
                    converted += 1;
                    assert!(may_convert(&token), "{token}");
                }
            }
        }
        assert!(
            converted > 1_000,
            "the drawn tokens convert too rarely: {converted}"
        );
    }

    /// [`share_bounds`] written with the byte classes of the standard library and [`MARKS`],
    /// as its comparisons must count.
    fn bounds_by_tests(text: &str) -> (usize, usize) {
        let (mut pairs, mut starts) = (0, 0);
        let mut before = b' ';
        for b in text.bytes() {
            let vowel_mark = is_ascii_vowel(char::from(before)) && MARKS[usize::from(b)];
            let dd = before.eq_ignore_ascii_case(&b'd') && b.eq_ignore_ascii_case(&b'd');
            pairs += usize::from(vowel_mark || dd);
            starts += usize::from(before.is_ascii_whitespace() && b.is_ascii_alphabetic());
            before = b;
        }
        (pairs, starts)
    }

    /// The comparisons class every byte as the standard library and [`MARKS`] do.
    #[test]
    fn byte_classes_are_those_of_the_tables() {
        for b in 0..=u8::MAX {
            assert_eq!(is_vowel(b), is_ascii_vowel(char::from(b)), "{b}");
            assert_eq!(is_mark(b), MARKS[usize::from(b)], "{b}");
            assert_eq!(is_d(b), b.eq_ignore_ascii_case(&b'd'), "{b}");
            assert_eq!(is_space(b), b.is_ascii_whitespace(), "{b}");
        }
    }

    #[test]
    fn the_share_bounds_bound_the_counted_words() {
        let mut rng = crate::test_rng::Xorshift::new();
        let pieces = [
            "a", "e", "dd", "D", "t", "h", " ", " ", "\n", "\u{a0}", "'", "^", ".", "?", "ơ", "x",
        ];
        for _ in 0..20_000 {
            let len = rng.below(40);
            let text = rng.text(&pieces, len);
            let tokens = tokens(&text);
            let words = tokens.iter().filter(|(_, t)| is_word(t)).count();
            let candidates = tokens.iter().filter(|(_, t)| may_convert(t)).count();
            let (pairs, starts) = share_bounds(text.as_bytes());
            assert!(pairs >= candidates && starts <= words, "{text:?}");
            assert_eq!((pairs, starts), bounds_by_tests(&text), "{text:?}");
            // the loop as compiled without AVX2 (`share_bounds` takes the AVX2 one where the
            // CPU has it)
            assert_eq!(
                share_bounds_in(text.as_bytes()),
                (pairs, starts),
                "{text:?}"
            );
        }
        // texts over several chunks of 255 pairs, each counting up to all of them
        for n in 0..300 {
            for text in [rng.text(&pieces, 100 + 3 * n), "dd".repeat(n + 100)] {
                let want = bounds_by_tests(&text);
                assert_eq!(share_bounds(text.as_bytes()), want);
                assert_eq!(share_bounds_in(text.as_bytes()), want);
            }
        }
    }

    fn clean(text: &str) -> String {
        let p = Pipeline::with_passes(Config::default(), vec![Box::new(Viqr)]);
        p.run(text.to_string(), Metadata::default()).unwrap().text
    }

    #[test]
    fn a_viqr_document_is_converted() {
        assert_eq!(
            clean("Vie^.t Nam ddu+o+.c ca'c ba.n quy' tro.ng. DDa^y la` tin mo+'i.\n"),
            "Việt Nam được các bạn quý trọng. Đây là tin mới.\n"
        );
        assert_eq!(
            clean("To^i bi. o^'m. Anh o+? dda^u?\n"),
            "Tôi bị ốm. Anh ở đâu?\n"
        );
    }

    #[test]
    fn english_and_code_with_apostrophes_are_untouched() {
        for text in [
            "I'd say it's the user's file, don't you? O'Brien's e.g. note. Go? No.",
            "fn main() { let a = b+c; x^2; s.len(); c++; } // it's a'b'c and 'quoted' text",
            "Bo? Ca'? Ha! We're here, you're there, they're late and she's gone.",
        ] {
            assert_eq!(clean(text), text);
        }
    }
}
