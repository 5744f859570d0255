//! Character classes on the hot paths, fast for the letters Vietnamese text is made of.
//!
//! `char::is_alphanumeric` and `char::to_lowercase` answer every non-ASCII letter with a
//! binary search of Unicode tables; in a Vietnamese news corpus nearly every word has such a
//! letter (ă, đ, ơ, ư and the toned vowels of Latin-1 and Latin Extended Additional), and the
//! searches were ~15 % of a run. These functions answer those blocks from their regular layout
//! and the rest of the Basic Multilingual Plane from bitmaps the standard library fills ([`bmp`]),
//! and defer to it for everything else, so they agree with it on every `char` (the tests check
//! all of them).

mod bmp;

/// `c.is_alphanumeric()`.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        _ => is_alphabetic(c) || is_numeric(c),
    }
}

/// `c.is_numeric()`.
#[inline]
pub fn is_numeric(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_digit(),
        // letters and × ÷: no digits in the Latin blocks Vietnamese is written in
        0xC0..=0x24F | 0x1E00..=0x1EFF => false,
        n @ 0x80..=0xFFFF => bmp::is_numeric(n),
        _ => c.is_numeric(),
    }
}

/// `c.is_alphabetic()`.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        // Latin-1 letters (all but × and ÷), Latin Extended-A and -B, Latin Extended Additional
        0xC0..=0xFF => c != '\u{D7}' && c != '\u{F7}',
        0x100..=0x24F | 0x1E00..=0x1EFF => true,
        n @ 0x80..=0xFFFF => bmp::is_alphabetic(n),
        _ => c.is_alphabetic(),
    }
}

/// Whether the character at byte `at` of `text` (a char boundary) is alphabetic
/// (`char::is_alphabetic`), and its length in bytes. Told by its first two UTF-8 bytes, without
/// decoding it, for ASCII and the Latin blocks Vietnamese is written in; other characters are
/// decoded and asked [`is_alphabetic`]. For scans of letter runs, where decoding each `char` was
/// most of the cost.
#[inline]
pub fn alphabetic_at(text: &str, at: usize) -> (bool, usize) {
    match latin_at(text.as_bytes(), at) {
        Some(class) => class,
        None => {
            let c = text[at..].chars().next().expect("a char boundary");
            (is_alphabetic(c), c.len_utf8())
        }
    }
}

/// [`alphabetic_at`] for `char::is_alphanumeric`.
#[inline]
pub fn alphanumeric_at(text: &str, at: usize) -> (bool, usize) {
    match text.as_bytes()[at] {
        b @ 0..=0x7F => (b.is_ascii_alphanumeric(), 1),
        // no digits in the Latin blocks of `latin_at`
        _ => match latin_at(text.as_bytes(), at) {
            Some(class) => class,
            None => {
                let c = text[at..].chars().next().expect("a char boundary");
                (is_alphanumeric(c), c.len_utf8())
            }
        },
    }
}

/// (alphabetic, length) of the character at `at` when it is ASCII, in U+00C0–U+024F (Latin-1
/// letters, × and ÷, Latin Extended-A and -B) or in U+1E00–U+1EFF (Latin Extended Additional);
/// `None` for any other character.
#[inline]
fn latin_at(bytes: &[u8], at: usize) -> Option<(bool, usize)> {
    let next = bytes.get(at + 1).copied().unwrap_or(0);
    Some(match bytes[at] {
        b @ 0..=0x7F => (b.is_ascii_alphabetic(), 1),
        0xC3 => (next != 0x97 && next != 0xB7, 2), // U+00C0–U+00FF: × is C3 97, ÷ C3 B7
        0xC4..=0xC8 => (true, 2),                  // U+0100–U+023F
        0xC9 if next <= 0x8F => (true, 2),         // U+0240–U+024F
        0xE1 if (0xB8..=0xBB).contains(&next) => (true, 3), // U+1E00–U+1EFF
        _ => return None,
    })
}

/// The lower case of `c` when it is one `char` in a block with a regular layout (ASCII,
/// Latin-1, the Vietnamese letters of Latin Extended-A/B, Latin Extended Additional from
/// U+1EA0); `None` elsewhere (use `char::to_lowercase`).
#[inline]
pub fn simple_lowercase(c: char) -> Option<char> {
    let n = c as u32;
    let lower = match n {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => n + 0x20,
        0..=0xBF | 0xD7 | 0xDF..=0xFF => n,
        // Ă Đ Ĩ Ũ Ơ and Ư, and their lower-case forms
        0x102 | 0x110 | 0x128 | 0x168 | 0x1A0 | 0x1AF => n + 1,
        0x103 | 0x111 | 0x129 | 0x169 | 0x1A1 | 0x1B0 => n,
        // upper case at even code points, lower case right after
        0x1EA0..=0x1EFF => n | 1,
        _ => return None,
    };
    char::from_u32(lower)
}

/// Appends the lower case of `c` to `out` (as `out.extend(c.to_lowercase())`).
#[inline]
pub fn push_lowercase(out: &mut String, c: char) {
    match simple_lowercase(c) {
        Some(l) => out.push(l),
        None => out.extend(c.to_lowercase()),
    }
}

/// The first `char` of `c.to_lowercase()` (the whole lower case for every letter but a few,
/// such as `İ`, whose lower case adds a combining mark).
#[inline]
pub fn lowercase_first(c: char) -> char {
    simple_lowercase(c).unwrap_or_else(|| c.to_lowercase().next().unwrap_or(c))
}

/// `a.to_lowercase() == b.to_lowercase()`, without allocating for the common letters.
pub fn eq_lowercase(a: &str, b: &str) -> bool {
    // fast path: while both sides are letters with a one-char lower case, compare those; the
    // first pair that differs decides (the lower-case strings differ at that char)
    let (mut x, mut y) = (a.chars(), b.chars());
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(c), Some(d)) => match (simple_lowercase(c), simple_lowercase(d)) {
                (Some(l), Some(m)) if l == m => {}
                (Some(_), Some(_)) => return false,
                _ => break,
            },
            _ => break,
        }
    }
    // the one context-dependent mapping (Greek final sigma) is left to the standard library
    if a.contains('Σ') || b.contains('Σ') {
        return a.to_lowercase() == b.to_lowercase();
    }
    lower(a).eq(lower(b))
}

/// `s.trim()`: see [`trimmed_range`].
#[inline]
pub fn trim(s: &str) -> &str {
    &s[trimmed_range(s)]
}

/// Where `s.trim()` lies in `s` (it starts at `s.len() - s.trim_start().len()`). Hot (every line
/// of every document, in the line records, the paragraphs and the sentences): a text whose first
/// and last bytes are visible ASCII characters (most lines: a letter, a digit or a punctuation
/// mark at each end) has nothing to trim, which the two bytes tell without decoding a character
/// from each end as the standard library does; any other text is trimmed by it.
#[inline]
pub fn trimmed_range(s: &str) -> std::ops::Range<usize> {
    let visible = |b: Option<&u8>| b.is_some_and(|b| (0x21..0x7F).contains(b));
    let bytes = s.as_bytes();
    if visible(bytes.first()) && visible(bytes.last()) {
        return 0..s.len();
    }
    let rest = s.trim_start();
    let start = s.len() - rest.len();
    start..start + rest.trim_end().len()
}

fn lower(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().flat_map(|c| {
        let one = simple_lowercase(c);
        one.into_iter().chain(
            one.is_none()
                .then(|| c.to_lowercase())
                .into_iter()
                .flatten(),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_char() -> impl Iterator<Item = char> {
        (0..=char::MAX as u32).filter_map(char::from_u32)
    }

    /// [`trim`] and [`trimmed_range`] are the standard library's trim, at both ends, for texts
    /// of visible ASCII ends, of ASCII and Unicode whitespace, of letters of more than a byte.
    #[test]
    fn trim_is_the_standard_librarys() {
        let ends = [
            "", " ", "\t", "\r", "\n", "\r\n", "\u{a0}", "\u{3000}", "\u{2009}", "\u{85}",
            "\u{1680}", "a", "Đ", "~", "\u{7f}", "\u{0}", "ế", "\u{feff}", "\u{200b}",
        ];
        for start in ends {
            for middle in ["", " ", "x", "Tin  mới", "\u{a0}", "Đà Nẵng."] {
                for end in ends {
                    let s = format!("{start}{middle}{end}");
                    assert_eq!(trim(&s), s.trim(), "{s:?}");
                    let lead = s.len() - s.trim_start().len();
                    assert_eq!(trimmed_range(&s), lead..lead + s.trim().len(), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn agree_with_the_standard_library_on_every_char() {
        for c in every_char() {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_numeric(c), c.is_numeric(), "{c:?}");
            let text = format!("a{c}b");
            assert_eq!(alphabetic_at(&text, 1), (c.is_alphabetic(), c.len_utf8()));
            assert_eq!(
                alphanumeric_at(&text, 1),
                (c.is_alphanumeric(), c.len_utf8())
            );
            let mut ours = String::new();
            push_lowercase(&mut ours, c);
            assert_eq!(ours, c.to_lowercase().collect::<String>(), "{c:?}");
            assert_eq!(Some(lowercase_first(c)), c.to_lowercase().next(), "{c:?}");
        }
    }

    #[test]
    fn compares_case_insensitively_as_to_lowercase_does() {
        for (a, b) in [
            ("Việt", "VIỆT"),
            ("Đà", "đà"),
            ("ƯU", "ưu"),
            ("İ", "i̇"),
            ("ΟΔΟΣ", "οδος"),
            ("ΟΔΟΣ", "οδοσ"),
            ("a", "b"),
            ("ẞ", "ß"),
            ("aΣ", "AΣ"),
            ("Việt", "Việc"),
            ("Việt", "Việtx"),
            ("Ω", "ω"),
            ("ABİ", "abi̇"),
        ] {
            assert_eq!(
                eq_lowercase(a, b),
                a.to_lowercase() == b.to_lowercase(),
                "{a} {b}"
            );
        }
    }
}
