//! The comparison key of a sentence or paragraph.
//!
//! CCNet's recipe, minus its two Vietnamese-hostile steps: NFC, lower-case, punctuation and
//! symbols dropped, whitespace collapsed — but tone and vowel marks are kept ("Tôi đi học." and
//! "Tối đi học." are different sentences) and digits are kept ("tăng 5%" and "tăng 7%" are
//! different facts). The original text is never changed by the key.

use xxhash_rust::xxh3::xxh3_64;

/// The normalized key of `text`.
pub fn key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_key(text, &mut out);
    out
}

/// Appends the key of `text` to `out` (what [`key`] returns, without a `String` of its own).
///
/// Hot (every sentence of every document): a text made of the plain blocks ([`plain_at`]: ASCII
/// and precomposed Vietnamese, NFC already) is keyed in one pass over its bytes, each character
/// looked up in a table; any other text is keyed again from the start by [`push_general_key`],
/// which gives the same key for the plain ones (unit test).
///
/// Says whether the words of the key are the words (alphanumeric runs) of `text` lower-cased,
/// one for one: true for a plain text without apostrophes or soft hyphens, which join words.
pub fn push_key(text: &str, out: &mut String) -> bool {
    let before = out.len();
    match push_plain_key::<false>(text, out) {
        Some(joined) => !joined,
        None => {
            out.truncate(before);
            push_general_key(text, out);
            false
        }
    }
}

/// The words of `text` (its alphanumeric runs) lower-cased and separated by one space, written
/// to `out` (cleared first), when `text` is of the plain blocks ([`plain_at`]); false (and `out`
/// partly written) for any other text. This is [`push_key`] with the apostrophes and soft
/// hyphens separating words instead of joining them: what the key of a text with such a joint
/// would be if its words were its key ([`push_key`] says when they are), for
/// [`super::phrase::key_repeats`] to be asked of it.
pub fn split_words(text: &str, out: &mut String) -> bool {
    out.clear();
    push_plain_key::<true>(text, out).is_some()
}

/// [`push_key`] for a text of the plain blocks, saying whether a character joined two words
/// (`SPLIT`: such a character separates them instead, see [`split_words`]);
/// `None` (with `out` partly written) at the first other character. Letters that are their own
/// lower case are copied a run at a time: a run goes on over the letters and digits that are
/// their own key after a kept character (a tight loop: most characters of Vietnamese text), and
/// over a single ASCII space between two kept characters (the space the key puts there), so
/// most sentences are copied in a few runs, not one per word. A space before a character that
/// is its own key keeps the tight loop going over the next word; only a space before a capital
/// (which the key changes) leaves it, and the capital is written as the next run starts.
fn push_plain_key<const SPLIT: bool>(text: &str, out: &mut String) -> Option<bool> {
    let mut joined = false;
    let table = &**TABLE;
    let bytes = text.as_bytes();
    let mut started = false; // a character kept
    let mut gap = false; // a separator since the last kept character
    let mut run = 0; // the bytes from here to `at` go into the key as they are
    let mut at = 0;
    let class_at = |at: usize| match bytes.get(at) {
        Some(&b) if b < 0x80 => Some((ASCII[usize::from(b)], 1)),
        Some(_) => plain_at(table, bytes, at),
        None => None,
    };
    while let Some(&b) = bytes.get(at) {
        #[cfg(target_arch = "x86_64")]
        if let Some(block) = bytes
            .get(at..at + 16)
            .and_then(|b| AsciiBlock::read(b, started))
        {
            out.push_str(&text[run..at]);
            if gap && started && block.starts_kept() {
                out.push(' ');
            }
            block.push(out);
            (gap, started) = block.state_after(started);
            at += 16;
            run = at;
            continue;
        }
        let (class, len) = if b < 0x80 {
            (ASCII[usize::from(b)], 1)
        } else {
            plain_at(table, bytes, at)?
        };
        if class >= KEEP {
            if gap && started {
                out.push(' '); // the separator that set `gap` ended the run
            }
            (gap, started) = (false, true);
            if class & CHANGED != 0 {
                out.push_str(&text[run..at]);
                out.push(char::from_u32(class & !CHANGED).expect("a char"));
                run = at + len;
            }
            at += len;
            // the run goes on over the characters that are their own key: lower-case ASCII
            // letters and digits by a table of bytes, the other plain ones (precomposed
            // Vietnamese letters) by their class
            let own_key_at = |at: usize| match bytes.get(at) {
                Some(&b) if AS_IS[usize::from(b)] => 1,
                Some(&b) if b >= 0x80 => match plain_at(table, bytes, at) {
                    Some((class, len)) if class >= KEEP && class & CHANGED == 0 => len,
                    _ => 0,
                },
                _ => 0,
            };
            loop {
                let len = match bytes.get(at) {
                    // one space, then a character that is its own key: the key's space, and the
                    // run goes on over the next word
                    Some(b' ') => match own_key_at(at + 1) {
                        0 => break,
                        len => 1 + len,
                    },
                    _ => match own_key_at(at) {
                        0 => break,
                        len => len,
                    },
                };
                at += len;
            }
            // one space, then a kept character: the key's space, in the run
            if bytes.get(at) == Some(&b' ') && class_at(at + 1).is_some_and(|(c, _)| c >= KEEP) {
                at += 1;
            }
            continue;
        }
        if class == OTHER {
            return None;
        }
        if run < at {
            out.push_str(&text[run..at]);
        }
        run = at + len;
        gap |= class == GAP || (SPLIT && class == JOIN);
        joined |= class == JOIN;
        at += len;
    }
    out.push_str(&text[run..]);
    Some(joined)
}

/// Sixteen ASCII bytes of a text without an apostrophe, keyed at once by [`push_plain_key`]
/// (English and other Latin-script pages are mostly such blocks, where its runs end at every
/// capital and punctuation mark): letters lower-cased and digits kept (`kept`), and of each run
/// of separators the last, as a space, when a kept character follows it in the block and one
/// precedes it (in the block, or before it: `started`). A run of separators at the block's end
/// is left to the next kept character, as the scalar path leaves it (`gap`).
#[cfg(target_arch = "x86_64")]
struct AsciiBlock {
    /// Each byte's key: itself lower-cased when a letter or digit, else a space.
    bytes: [u8; 16],
    /// The letters and digits, one bit a byte.
    kept: u32,
    /// The bytes that go into the key: the letters and digits, and the spaces between words.
    written: u32,
}

#[cfg(target_arch = "x86_64")]
impl AsciiBlock {
    /// The block of `sixteen` bytes, after a text that did (`started`) or did not keep a
    /// character; `None` when a byte is not ASCII or is an apostrophe (which joins words).
    #[inline(always)]
    fn read(sixteen: &[u8], started: bool) -> Option<Self> {
        use crate::byte_blocks::ascii_letters_and_digits;
        use std::arch::x86_64::*;
        // SAFETY: SSE2 is part of x86-64, and `sixteen` holds the sixteen bytes read
        let (bytes, kept) = unsafe {
            let v = _mm_loadu_si128(sixteen.as_ptr().cast());
            let apostrophe = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\'' as i8));
            if _mm_movemask_epi8(_mm_or_si128(v, apostrophe)) != 0 {
                return None;
            }
            let [lower, letter, digit] = ascii_letters_and_digits(v);
            let kept = _mm_or_si128(letter, digit);
            let key = _mm_or_si128(
                _mm_or_si128(_mm_and_si128(letter, lower), _mm_and_si128(digit, v)),
                _mm_andnot_si128(kept, _mm_set1_epi8(b' ' as i8)),
            );
            let mut bytes = [0u8; 16];
            _mm_storeu_si128(bytes.as_mut_ptr().cast(), key);
            (bytes, _mm_movemask_epi8(kept) as u32)
        };
        // the separators just before a kept byte, after one kept in the block or before it
        let kept_before = if started {
            u32::MAX
        } else {
            // the bytes after the block's first kept one
            !((kept & kept.wrapping_neg()).wrapping_shl(1).wrapping_sub(1))
        };
        let spaces = !kept & (kept >> 1) & kept_before & 0xFFFF;
        Some(AsciiBlock {
            bytes,
            kept,
            written: kept | spaces,
        })
    }

    /// Whether the block's first byte is kept (a separator before it, pending, then writes its
    /// space before the block's key).
    #[inline(always)]
    fn starts_kept(&self) -> bool {
        self.kept & 1 != 0
    }

    /// Appends the block's key to `out`: its bytes without those not written, taken out of the
    /// block read as one number, the last first (a block drops few: a separator after another,
    /// those of its ends).
    #[inline(always)]
    fn push(&self, out: &mut String) {
        let mut key = u128::from_le_bytes(self.bytes);
        let mut dropped = !self.written & 0xFFFF;
        let mut n = 16;
        while dropped != 0 {
            let i = 31 - dropped.leading_zeros();
            dropped &= !(1 << i);
            n -= 1;
            if i as usize != n {
                let below = key & ((1u128 << (8 * i)) - 1);
                key = below | (key >> (8 * (i + 1)) << (8 * i));
            }
        }
        let key = key.to_le_bytes();
        // SAFETY: the bytes are ASCII (`read` gave up on any other)
        out.push_str(unsafe { std::str::from_utf8_unchecked(&key[..n]) });
    }

    /// `(gap, started)` after the block, from `started` before it: a separator pending when the
    /// block ends with one, a character kept when one was before or in the block.
    #[inline(always)]
    fn state_after(&self, started: bool) -> (bool, bool) {
        let ends_separated = self.kept >> 15 & 1 == 0;
        (ends_separated, started || self.kept != 0)
    }
}

/// The key of any text: NFC first, then character by character.
fn push_general_key(text: &str, out: &mut String) {
    let composed: String;
    let text = if crate::passes::nfc::is_nfc(text) {
        text
    } else {
        composed = crate::passes::nfc::to_nfc(text);
        &composed
    };
    let mut started = false; // a character kept
    let mut gap = false; // a separator since the last kept character
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        // ASCII told by the byte; only the other characters are decoded
        let (c, keep) = if b < 0x80 {
            at += 1;
            (char::from(b), b.is_ascii_alphanumeric())
        } else {
            let c = text[at..].chars().next().expect("a char boundary");
            at += c.len_utf8();
            (c, crate::chars::is_alphanumeric(c))
        };
        if keep {
            if gap && started {
                out.push(' ');
            }
            (gap, started) = (false, true);
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                crate::chars::push_lowercase(out, c);
            }
        } else if c.is_whitespace() || is_separator(c) {
            gap = true;
        }
    }
}

/// What a character adds to a key, as a `u32`: [`OTHER`], [`GAP`], [`JOIN`], or a letter or
/// digit (at least [`KEEP`]): the code of its lower case when that is one `char`, with
/// [`CHANGED`] set when it is not the character itself.
type Class = u32;
/// Not in the table, or a letter whose lower case is several `char`s: the general path.
const OTHER: Class = 0;
/// A separator: the next kept character starts a new word.
const GAP: Class = 1;
/// An apostrophe or soft hyphen: the word goes on ([`is_separator`]).
const JOIN: Class = 2;
/// The least kept class (the controls below `0` are separators).
const KEEP: Class = 3;
const CHANGED: Class = 1 << 30;

/// The class of `c` as [`push_general_key`] treats it.
fn class_of(c: char) -> Class {
    if crate::chars::is_alphanumeric(c) {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l == c => Class::from(l),
            (Some(l), None) => Class::from(l) | CHANGED,
            _ => OTHER,
        }
    } else if c.is_whitespace() || is_separator(c) {
        GAP
    } else {
        JOIN
    }
}

static ASCII: [Class; 128] = {
    let mut table = [GAP; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_uppercase() {
            c.to_ascii_lowercase() as Class | CHANGED
        } else if c.is_ascii_alphanumeric() {
            c as Class
        } else if c == b'\'' {
            JOIN
        } else {
            GAP
        };
        b += 1;
    }
    table
};

/// The bytes that go into a key as they are: lower-case ASCII letters and digits.
static AS_IS: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_lowercase() || (b as u8).is_ascii_digit();
        b += 1;
    }
    table
};

/// [`Class`] of U+0080–U+027F, U+1E00–U+1EFF and U+2000–U+206F, in that order.
static TABLE: std::sync::LazyLock<Vec<Class>> = std::sync::LazyLock::new(|| {
    (0x80..0x280)
        .chain(0x1E00..0x1F00)
        .chain(0x2000..0x2070)
        .map(|cp| char::from_u32(cp).map_or(OTHER, class_of))
        .collect()
});

/// The class ([`TABLE`]) and length of the non-ASCII character at byte `at` of `bytes` (a
/// `str`'s, at a char boundary) when it is in the blocks that `crate::passes::nfc` knows to be
/// NFC whatever surrounds them (U+0080–U+027F, U+1E00–U+1EFF, U+2002–U+206F); `None` otherwise.
#[inline]
fn plain_at(table: &[Class], bytes: &[u8], at: usize) -> Option<(Class, usize)> {
    let b0 = bytes[at];
    let tail = |i: usize| bytes.get(at + i).map_or(0, |&b| usize::from(b & 0x3F));
    let (index, len) = match (b0, bytes.get(at + 1)) {
        // U+0080–U+027F
        (0xC2..=0xC9, _) => (((usize::from(b0) & 0x1F) << 6 | tail(1)) - 0x80, 2),
        // U+1E00–U+1EFF
        (0xE1, Some(&b1 @ 0xB8..=0xBB)) => (0x200 + (usize::from(b1 - 0xB8) << 6 | tail(2)), 3),
        // U+2002–U+206F (U+2000 and U+2001 are not NFC)
        (0xE2, Some(&b1 @ 0x80..=0x81)) => {
            let cp = usize::from(b1 & 0x3F) << 6 | tail(2);
            if !(0x02..0x70).contains(&cp) {
                return None;
            }
            (0x300 + cp, 3)
        }
        _ => return None,
    };
    Some((table[index], len))
}

/// The key of a text made of parts whose keys are given (sentences of a paragraph, paragraphs of
/// a document): equal to [`key`] of the whole, since the parts are separated by whitespace.
pub fn join<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for p in parts.into_iter().filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(p);
    }
    out
}

/// Punctuation that separates words ("a-b", "a/b", "a,b"); apostrophes and the like join.
fn is_separator(c: char) -> bool {
    !matches!(c, '\'' | '’' | '\u{AD}')
}

/// 64-bit hash of a key.
pub fn hash(key: &str) -> u64 {
    xxh3_64(key.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn keys_ignore_case_spacing_punctuation_and_normal_form_but_keep_marks_and_digits() {
        assert_eq!(
            key("  Hợp tác   nghiên cứu, IoT…;"),
            "hợp tác nghiên cứu iot"
        );
        let nfd: String = "Hợp tác nghiên cứu".nfd().collect();
        assert_eq!(key(&nfd), key("HỢP TÁC NGHIÊN CỨU!"));
        assert_ne!(key("Tôi đi học."), key("Tối đi học."));
        assert_ne!(key("Giá tăng 5%."), key("Giá tăng 7%."));
        assert_eq!(key("CNTT-TT"), "cntt tt");
        assert_eq!(
            key("Đà-Nẵng’s ĐÀ\u{2003}NẴNG\u{2000}x"),
            "đà nẵngs đà nẵng x"
        );
        let mut out = String::from("trước");
        assert!(push_key(" , Hợp tác!", &mut out));
        assert!(!push_key("l'Hợp", &mut String::new()));
        assert!(!push_key("e\u{301}", &mut String::new()));
        assert_eq!(out, "trướchợp tác");
        let (a, b) = ("Một câu, rất dài.", " Câu hai: «ngắn»!/.");
        assert_eq!(
            join([key(a).as_str(), key(b).as_str()]),
            key(&format!("{a}{b}"))
        );
    }

    /// Texts drawn from lower- and upper-case letters, digits, single and double spaces,
    /// punctuation, apostrophes and characters outside the plain blocks: the table path's runs
    /// (over letters and one space) give the general path's key.
    #[test]
    fn runs_over_letters_and_single_spaces_key_as_the_general_path_does() {
        let pieces = [
            "a", "z", "0", "9", "B", "Đ", "ệ", "Ệ", "ư", " ", " ", " ", "  ", ",", ".", "'", "’",
            "\u{AD}", "-", "\u{A0}", "\n", "\u{301}", "İ", "x", "ố",
        ];
        let mut rng = crate::test_rng::Xorshift::new();
        for len in 0..20_000 {
            let text: String = rng.text(&pieces, len % 23);
            let mut general = String::new();
            push_general_key(&text, &mut general);
            let mut out = String::from("x");
            let words_are_key = push_key(&text, &mut out);
            assert_eq!(out[1..], general, "{text:?}");
            // plain, without a character that joins words
            let said = !text.contains(['\'', '’', '\u{AD}', '\u{301}', 'İ']);
            assert_eq!(words_are_key, said, "{text:?}");
        }
    }

    /// Texts mostly of ASCII (English pages), keyed sixteen bytes at once where they have no
    /// apostrophe (`AsciiBlock`): capitals, digits, every ASCII byte, runs of separators within
    /// and across blocks, before the first word and after the last, and now and then a
    /// character of more bytes or an apostrophe, give the general path's key.
    #[test]
    fn ascii_blocks_key_as_the_general_path_does() {
        let ascii: Vec<String> = (0u8..0x80).map(|b| char::from(b).to_string()).collect();
        let mut pieces: Vec<&str> = ascii.iter().map(String::as_str).collect();
        pieces.extend([
            "the", "News", "UPDATE", "2024", ", ", ". ", " - ", "   ", " ", " ", " ", "a", "e",
            "s", "’", "é", "Ệ", "\u{A0}", "e\u{301}",
        ]);
        let mut rng = crate::test_rng::Xorshift::new();
        for len in 0..20_000 {
            let text: String = rng.text(&pieces, len % 90);
            let mut general = String::new();
            push_general_key(&text, &mut general);
            for before in ["", "x"] {
                let mut out = String::from(before);
                push_key(&text, &mut out);
                assert_eq!(out[before.len()..], general, "{text:?}");
            }
        }
    }

    /// The split words of a text of the plain blocks are its alphanumeric runs lower-cased,
    /// one space between them (apostrophes and soft hyphens separate them too), and any other
    /// text is refused: texts drawn from letters of both cases, digits, spaces, punctuation,
    /// joints and characters outside the plain blocks.
    #[test]
    fn split_words_are_the_alphanumeric_runs() {
        let pieces = [
            "a",
            "Z",
            "0",
            "Đ",
            "ệ",
            "Ư",
            " ",
            "  ",
            ",",
            ".",
            "'",
            "’",
            "\u{AD}",
            "-",
            "\u{A0}",
            "\n",
            "\u{301}",
            "İ",
            "x",
            "ố",
            "Ab'cD",
            "abcdefghijklmnop",
            "ABCDEFGHIJKLMNOPQ",
        ];
        let mut rng = crate::test_rng::Xorshift::new();
        let mut out = String::from("left over");
        for len in 0..20_000 {
            let text: String = rng.text(&pieces, len % 23);
            let plain = !text.contains(['\u{301}', 'İ']);
            assert_eq!(split_words(&text, &mut out), plain, "{text:?}");
            if plain {
                let words: Vec<String> = text
                    .split(|c: char| !crate::chars::is_alphanumeric(c))
                    .filter(|w| !w.is_empty())
                    .map(|w| w.chars().flat_map(char::to_lowercase).collect())
                    .collect();
                assert_eq!(out, words.join(" "), "{text:?}");
            }
        }
    }

    /// The table path gives the general path's key for every character, alone and between
    /// letters (the plain blocks and their neighbours, and texts the table path gives up on).
    #[test]
    fn the_plain_path_keys_as_the_general_path_does() {
        let general = |t: &str| {
            let mut out = String::new();
            push_general_key(t, &mut out);
            out
        };
        let every = (0..0x3000).filter_map(char::from_u32);
        for c in every {
            for text in [
                c.to_string(),
                format!("Ab{c}cD"),
                format!("x {c} y"),
                format!("e{c}\u{301}"),
            ] {
                assert_eq!(key(&text), general(&text), "{text:?}");
            }
        }
        for text in [
            "e\u{301} a",
            "Ω x\u{2126}",
            "İstanbul",
            "a\u{2000}b",
            "Việt Nam’s",
        ] {
            assert_eq!(key(text), general(text), "{text:?}");
        }
    }
}
