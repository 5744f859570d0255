//! Immediately repeated phrases inside a sentence: "phát triển phát triển", "các các".
//!
//! Reported, never removed: Vietnamese reduplication ("từ từ", "ngày ngày", "xanh xanh") is
//! grammatical, so single words are only reported when they are function words, whose doubling
//! is always a slip.

use std::ops::Range;

use crate::sixteen::LOW_BYTES;

/// Function words whose doubling is never grammatical.
const FUNCTION_WORDS: &[&str] = &[
    "các", "những", "của", "và", "là", "được", "bị", "có", "đã", "sẽ", "đang", "trong", "cho",
    "với", "về", "tại", "để", "một", "này", "đó", "thì", "mà", "nhưng", "hoặc", "the", "a", "an",
    "of", "to", "and", "in", "is",
];

/// Spans covering both copies of each repeated phrase, with the phrase.
pub fn repeated(text: &str) -> Vec<(Range<usize>, String)> {
    let words: Vec<Range<usize>> = words(text);
    // lengths first: most pairs of different words differ there, before any slicing
    let same_word = |a: &Range<usize>, b: &Range<usize>| {
        a.len() == b.len() && {
            let (a, b) = (&text[a.clone()], &text[b.clone()]);
            !ascii_starts_differ(a, b) && (a == b || crate::chars::eq_lowercase(a, b))
        }
    };
    let mut out = Vec::new();
    let mut i = 0;
    'scan: while i < words.len() {
        let first = words[i].len();
        for n in [3, 2, 1] {
            // the first words of the two copies differ in length: most places, told at once
            match words.get(i + n) {
                Some(w) if w.len() == first && i + 2 * n <= words.len() => {}
                _ => continue,
            }
            let (a, b) = (&words[i..i + n], &words[i + n..i + 2 * n]);
            if !a.iter().zip(b).all(|(x, y)| same_word(x, y)) {
                continue;
            }
            let wordy = a
                .iter()
                .all(|w| text[w.clone()].chars().any(crate::chars::is_alphabetic));
            let adjacent = a
                .iter()
                .chain(b)
                .zip(a.iter().chain(b).skip(1))
                .all(|(x, y)| only_spaces(&text[x.end..y.start]));
            let phrase = text[a[0].start..a[n - 1].end].to_lowercase();
            if wordy && adjacent && (n > 1 || FUNCTION_WORDS.contains(&phrase.as_str())) {
                out.push((a[0].start..b[n - 1].end, phrase));
                i += 2 * n;
                continue 'scan;
            }
        }
        i += 1;
    }
    out
}

/// Both words start with an ASCII character and the lower cases of those differ: then the
/// words' lower cases differ at their first character (an ASCII character lower-cases to one
/// ASCII character). Most pairs of different words are told apart here.
#[inline]
fn ascii_starts_differ(a: &str, b: &str) -> bool {
    match (a.as_bytes().first(), b.as_bytes().first()) {
        (Some(&x), Some(&y)) => x.is_ascii() && y.is_ascii() && !x.eq_ignore_ascii_case(&y),
        _ => false,
    }
}

fn only_spaces(between: &str) -> bool {
    !between.is_empty() && between.chars().all(|c| c == ' ' || c == '\t')
}

/// The byte spans of the words (alphanumeric runs). Characters are classified by their bytes
/// ([`crate::chars::alphanumeric_at`]); ASCII ones, most of a paragraph sent here (English text,
/// whose apostrophes make its key's words differ from its words), through a table, and a word's
/// letters in a loop of their own that goes on until the first other character.
fn words(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    // a word in four bytes or more: room for most paragraphs at once
    let mut out = Vec::with_capacity(bytes.len() / 4);
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        let (word, len) = word_char_at(text, b, at);
        at += len;
        if !word {
            continue;
        }
        let start = at - len;
        while let Some(&b) = bytes.get(at) {
            let (word, len) = word_char_at(text, b, at);
            if !word {
                break;
            }
            at += len;
        }
        out.push(start..at);
    }
    out
}

/// Whether the character at byte `at` of `text` (its first byte `b`) is a letter or digit, and
/// its length.
#[inline(always)]
fn word_char_at(text: &str, b: u8, at: usize) -> (bool, usize) {
    if b < 0x80 {
        (ASCII_WORD[usize::from(b)], 1)
    } else {
        crate::chars::alphanumeric_at(text, at)
    }
}

/// The ASCII bytes that are letters or digits.
static ASCII_WORD: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Whether a key (words separated by single spaces, see [`super::key`]) repeats two or three
/// words at once, or a function word ([`FUNCTION_WORDS`]) right after itself. A paragraph whose
/// key words are its words lower-cased ([`super::keyed::Keyed::words_are_key`]) can have a
/// [`repeated`] phrase only then: the two copies of a phrase are words equal in lower case, and
/// a phrase of one word is reported only when it is a function word. Most paragraphs are told
/// apart here, on the key already made, without cutting their text into words; a doubled word
/// that is not a function word ("TT - TT" bylines, "từ từ") no longer sends its paragraph on.
///
/// Asked of each sentence's key ([`super::keyed::Keyed::sentence_keys`]), not the paragraph's:
/// the words of a phrase and its copy are separated by spaces and tabs only ([`repeated`]), and
/// a sentence ends at a `.` `!` `?` `…` or `;` ([`crate::segment`]), so both copies lie in one
/// sentence. The key drops that punctuation, and a sentence that ends with the words the next
/// one starts with ("… giữa hai Bộ. Hai Bộ trưởng …", "thu hút du khách. Du khách đến …")
/// repeats in its paragraph's key only: on the bench corpus, such paragraphs of 4 KB sent one
/// document in five to [`repeated`] for nothing.
///
/// Hot (every paragraph): one pass over the key's words. Each word gets a print, its first
/// eight bytes as a number ([`head`]: equal words have equal prints, and most different words
/// different ones), and the prints of the three words before it are kept in registers. The
/// eight bytes read at a word's start give both its print and, for most words (shorter than
/// eight bytes), its end: the first space among them ([`word_at`]). A word
/// whose print differs from those three starts no repeat and ends none (each needs the word
/// equal to the one one, two or three before it), so most words cost three comparisons of
/// numbers and three moves; only the others are looked at closely ([`repeat_ends`], which finds
/// the words before them again). No `Vec` of words, no `memcmp` for most words, nothing stored
/// in memory per word. Before the first words, the registers hold a print no word has (bytes
/// 0xFF, never in UTF-8), so the comparisons need no count of the words seen.
pub fn key_repeats(key: &str) -> bool {
    let bytes = key.as_bytes();
    // the prints of the words one, two and three before the current one
    let (mut before1, mut before2, mut before3) = (u64::MAX, u64::MAX, u64::MAX);
    let mut start = 0;
    while start <= bytes.len() {
        let (print, end) = word_at(bytes, start);
        if (print == before1 || print == before2 || print == before3) && repeat_ends(&key[..end]) {
            return true;
        }
        (before3, before2, before1) = (before2, before1, print);
        start = end + 1;
    }
    false
}

/// The word of a key that starts at byte `start` (it ends at the next space or at the key's
/// end): its print ([`head`]) and where it ends. The eight bytes from `start` are read as one
/// number: a space among them ends the word there and they, masked, are its print; a longer word
/// is printed by them as they are and its end looked for after them.
#[inline(always)]
fn word_at(bytes: &[u8], start: usize) -> (u64, usize) {
    let Some(eight) = bytes.get(start..start + 8) else {
        // the key's last bytes
        let end = space_from(bytes, start);
        return (head(bytes, start..end), end);
    };
    let x = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
    let spaces = spaces_in(x);
    if spaces != 0 {
        let len = spaces.trailing_zeros() as usize / 8;
        return (x & LOW_BYTES[len], start + len);
    }
    (x, space_from(bytes, start + 8))
}

/// The first space of `bytes` at or after `from`, or the end of `bytes`.
#[inline(always)]
fn space_from(bytes: &[u8], from: usize) -> usize {
    bytes[from..]
        .iter()
        .position(|&b| b == b' ')
        .map_or(bytes.len(), |n| from + n)
}

/// The high bit of each space of `x`, exactly (no carries between bytes).
#[inline(always)]
fn spaces_in(x: u64) -> u64 {
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let v = x ^ 0x2020_2020_2020_2020;
    !(((v & LOW) + LOW) | v | LOW)
}

/// Whether the last word of `key` (a key's words up to one of them) ends a repeat: a function
/// word right after itself, or two or three words right after themselves.
#[cold]
fn repeat_ends(key: &str) -> bool {
    // the last six words, the last first, found byte by byte (words are short)
    let bytes = key.as_bytes();
    let mut words = [""; 6];
    let (mut found, mut end) = (0, bytes.len());
    for slot in &mut words {
        let start = bytes[..end]
            .iter()
            .rposition(|&b| b == b' ')
            .map_or(0, |s| s + 1);
        *slot = &key[start..end];
        found += 1;
        if start == 0 {
            break;
        }
        end = start - 1;
    }
    let w = &words;
    (found >= 2 && w[0] == w[1] && FUNCTION_WORDS.contains(&w[0]))
        || (found >= 4 && w[0] == w[2] && w[1] == w[3])
        || (found >= 6 && w[0] == w[3] && w[1] == w[4] && w[2] == w[5])
}

/// The first eight bytes of the word at `span` of `bytes` (fewer padded with zeros) as a number:
/// words of the same length have the same number when their first eight bytes are the same.
/// Read as one `u64` and masked, except near the end of `bytes`.
#[inline]
fn head(bytes: &[u8], span: Range<usize>) -> u64 {
    let n = span.len().min(8);
    let mask = LOW_BYTES[n];
    match bytes.get(span.start..span.start + 8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().expect("eight bytes")) & mask,
        None => {
            let mut eight = [0u8; 8];
            eight[..n].copy_from_slice(&bytes[span.start..span.start + n]);
            u64::from_le_bytes(eight)
        }
    }
}

/// Where the word of a key that starts at byte `start` ends: at the next space or at the key's
/// end. The eight bytes from `start` are read as one number and most words (shorter than eight
/// bytes) end at the first space among them; a longer word, or one among the key's last bytes,
/// is scanned byte by byte. A key's words are short: a vector search (`memchr`), which pays its
/// set-up at every word of such dense text, cost more (callgrind, `scripts/bench --callgrind
/// 300,600`: 1,939.8 M instructions against 1,923.3 M for a scan eight bytes at a time).
#[inline(always)]
pub(super) fn word_end(bytes: &[u8], start: usize) -> usize {
    let Some(eight) = bytes.get(start..start + 8) else {
        return space_from(bytes, start);
    };
    let spaces = spaces_in(u64::from_le_bytes(eight.try_into().expect("eight bytes")));
    if spaces != 0 {
        return start + spaces.trailing_zeros() as usize / 8;
    }
    space_from(bytes, start + 8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(text: &str) -> Vec<String> {
        repeated(text).into_iter().map(|(_, p)| p).collect()
    }

    #[test]
    fn ascii_first_letters_tell_words_apart_as_their_lower_cases_do() {
        for (a, b) in [
            ("các", "Các"),
            ("các", "cho"),
            ("thì", "Thì"),
            ("kg", "\u{212A}g"),
            ("i\u{307}x", "İx"),
            ("a", "b"),
            ("Đà", "đà"),
            ("", "a"),
        ] {
            if ascii_starts_differ(a, b) {
                assert_ne!(a.to_lowercase(), b.to_lowercase(), "{a} {b}");
            }
        }
        assert!(!ascii_starts_differ("các", "cho") && ascii_starts_differ("tôi", "bạn"));
    }

    #[test]
    fn words_are_the_alphanumeric_runs() {
        let text = "Bộ trưởng,Đà-Nẵng 2024 × ÷ Größe ١٢ ǅx İ\u{301}a";
        let want: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let got: Vec<&str> = words(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, want);
        // texts drawn from letters and digits of one to four bytes, and characters between words
        let pieces = [
            "a", "Z", "7", "đ", "Ệ", "ß", "١", "𝔸", " ", "\t", "'", "’", "×", "\u{301}", "-", ".",
        ];
        let mut rng = crate::test_rng::Xorshift::new();
        for len in 0..3_000 {
            let text = rng.text(&pieces, len % 19);
            let want: Vec<&str> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            let got: Vec<&str> = words(&text).into_iter().map(|r| &text[r]).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    /// The words' ends are those a byte-by-byte scan finds, from every start of texts drawn from
    /// spaces, bytes that differ from a space by one bit and non-ASCII bytes, at every length
    /// (words shorter than eight bytes, longer ones, and the text's last bytes).
    #[test]
    fn words_end_where_a_byte_scan_ends_them() {
        let alphabet = [b' ', b'!', b'0', 0xA0, 0x00, b'a', 0xE1, b'a', b'b'];
        let mut rng = crate::test_rng::Xorshift::new();
        for len in 0..5_000 {
            let bytes = rng.bytes(&alphabet, len % 27);
            for start in 0..=bytes.len() {
                let want = (start..bytes.len())
                    .find(|&i| bytes[i] == b' ')
                    .unwrap_or(bytes.len());
                assert_eq!(word_end(&bytes, start), want, "{bytes:?} {start}");
            }
        }
    }

    /// [`key_repeats`] written plainly: the key's words in a `Vec`, then every window (of two
    /// words only when they are a function word twice).
    fn key_repeats_reference(key: &str) -> bool {
        let words: Vec<&str> = key.split(' ').collect();
        (1..=3).any(|n| {
            words.windows(2 * n).any(|w| {
                w[0].len() == w[n].len()
                    && w[..n] == w[n..]
                    && (n > 1 || FUNCTION_WORDS.contains(&w[0]))
            })
        })
    }

    /// The one-pass scan answers as the windows over the words do: on the keys of every
    /// paragraph of raw/ and on short keys of few distinct words (every repeat length, at the
    /// start, middle and end, and empty words).
    #[test]
    fn key_repeats_answers_as_the_windows_do() {
        let mut keys: Vec<String> = Vec::new();
        for text in crate::seed_texts::raw() {
            keys.extend(text.split("\n\n").map(super::super::key::key));
        }
        let vocab = ["a", "b", "bb", "các", "", "abcdefghi", "abcdefghj"];
        for mut n in 0..40_000u32 {
            let mut words = Vec::new();
            for _ in 0..(n % 9) {
                words.push(vocab[(n % 7) as usize]);
                n /= 7;
            }
            keys.push(words.join(" "));
        }
        let mut repeats = 0;
        for key in &keys {
            assert_eq!(key_repeats(key), key_repeats_reference(key), "{key:?}");
            repeats += usize::from(key_repeats(key));
        }
        assert!(repeats > 100 && repeats < keys.len(), "{repeats}");
    }

    /// Keys drawn from words of every length around eight bytes (the words whose end the eight
    /// bytes read at their start show, and the longer ones, equal in their first eight bytes or
    /// not) and function words: the print of each word and where it ends are those of the
    /// windows, at the key's end too.
    #[test]
    fn words_of_any_length_are_printed_from_their_first_eight_bytes() {
        let words = [
            "a",
            "các",
            "của",
            "abcdefg",
            "abcdefgh",
            "abcdefgi",
            "abcdefghi",
            "abcdefghj",
            "abcdefghijklmnopq",
            "abcdefghijklmnopr",
            "trường",
            "nghiệp",
        ];
        let mut rng = crate::test_rng::Xorshift::new();
        let mut repeats = 0;
        for n in 0..30_000 {
            let key = (0..n % 9)
                .map(|_| words[rng.below(words.len())])
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(key_repeats(&key), key_repeats_reference(&key), "{key:?}");
            repeats += usize::from(key_repeats(&key));
        }
        assert!(repeats > 1000, "{repeats}");
    }

    #[test]
    fn keys_repeat_where_their_paragraphs_may() {
        for text in [
            "quan hệ phát triển phát triển toàn diện",
            "ủng hộ các các sáng kiến",
            "a b c a b c",
            "Bộ trưởng Bộ trưởng MIC",
        ] {
            assert!(key_repeats(&super::super::key::key(text)), "{text}");
        }
        for text in [
            "",
            "một",
            "một hai ba một hai",
            "a b a c b c",
            "hợp tác. Hợp tác là chính",
            "từ từ tiến lên",
            "TT - TT",
        ] {
            let key = super::super::key::key(text);
            assert_eq!(key_repeats(&key), text.contains("tác. Hợp"), "{text}");
            assert!(repeated(text).is_empty());
        }
    }

    /// A paragraph whose key words are its words has a repeated phrase only where one of its
    /// sentences' keys repeats: on texts drawn from words (function words, capitals), spaces,
    /// tabs, sentence ends and line breaks.
    #[test]
    fn phrases_repeat_inside_a_sentence_key() {
        use super::super::keyed::Keyed;
        use super::super::options::Options;
        let pieces = [
            "các", "Các", "bộ", "Bộ", "hai", "du", "khách", "TP", "a", "1", " ", " ", " ", "\t",
            ". ", "! ", "; ", "… ", "? ", ".", ", ", " - ", "\n", "»", "(",
        ];
        let opts = Options::default();
        let mut rng = crate::test_rng::Xorshift::new();
        let (mut found, mut across) = (0, 0);
        for len in 0..8_000 {
            let text = rng.text(&pieces, len % 60);
            let keyed = Keyed::new(&text, &opts);
            for (i, (para, _)) in keyed.paragraphs.iter().enumerate() {
                if !keyed.words_are_key(i) {
                    continue;
                }
                let in_sentence = keyed.sentence_keys(i).any(key_repeats);
                let phrases = repeated(&text[para.clone()]);
                assert!(in_sentence || phrases.is_empty(), "{text:?}");
                found += usize::from(!phrases.is_empty());
                across += usize::from(key_repeats(keyed.paragraph_key(i)) && !in_sentence);
            }
        }
        assert!(found > 100 && across > 100, "{found} {across}");
    }

    #[test]
    fn finds_slips_and_spares_reduplication() {
        assert_eq!(
            phrases("quan hệ phát triển phát triển toàn diện"),
            ["phát triển"]
        );
        assert_eq!(phrases("ủng hộ các các sáng kiến"), ["các"]);
        assert!(phrases("từ từ tiến lên, ngày ngày đi làm, lá xanh xanh").is_empty());
        assert!(
            phrases("năm 2019 2019").is_empty(),
            "numbers are not phrases"
        );
        assert!(
            phrases("hợp tác. Hợp tác là chính").is_empty(),
            "not across punctuation"
        );
        let text = "Bộ trưởng Bộ trưởng MIC";
        let (span, _) = &repeated(text)[0];
        assert_eq!(&text[span.clone()], "Bộ trưởng Bộ trưởng");
    }
}
