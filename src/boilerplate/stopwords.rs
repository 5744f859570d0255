//! The body zone's stoplist (jusText's Vietnamese and English lists, `data/stoplist-*.txt`) and
//! the look-up of a word in it.
//!
//! The zone looks up every word of every unit, so the look-up is built not to allocate nor hash
//! a string: a stop word is at most [`KEY_BYTES`] bytes (the lists' longest is 13), so a word's
//! key — its lower case, without the punctuation around it — is packed into a `u128`, built a
//! character at a time, and given up as soon as it is longer than any stop word. The packed stop
//! words fill an open-addressed table that one multiplication indexes.

use std::sync::LazyLock;

use crate::chars;

/// The most bytes of a stop word (the lists are checked when they are loaded).
const KEY_BYTES: usize = 16;

/// The stop words, packed ([`pack`]).
static STOPWORDS: LazyLock<Table> = LazyLock::new(|| {
    Table::new(list().map(|w| pack(w.as_bytes()).expect("a stop word longer than KEY_BYTES")))
});

/// The stoplists' words, as the files write them (lower case).
fn list() -> impl Iterator<Item = &'static str> {
    include_str!("../../data/stoplist-vi.txt")
        .lines()
        .chain(include_str!("../../data/stoplist-en.txt").lines())
        .map(str::trim)
        .filter(|w| !w.is_empty())
}

/// `bytes` zero-padded into an integer, when they fit. Two keys pack alike only when they are
/// equal: a key never ends with a zero byte (it ends with a letter or a digit).
fn pack(bytes: &[u8]) -> Option<u128> {
    let mut key = [0u8; KEY_BYTES];
    key.get_mut(..bytes.len())?.copy_from_slice(bytes);
    Some(u128::from_le_bytes(key))
}

/// Whether `word`, without the punctuation around it and lower-cased, is a stop word
/// (`STOPWORDS.contains(word.trim_matches(not alphanumeric).to_lowercase())`).
pub(super) fn is_stopword(word: &str) -> bool {
    match plain_key(ascii_trimmed(word.as_bytes())) {
        Some(key) => STOPWORDS.contains(&key),
        None => general_key_is_stopword(word),
    }
}

/// `bytes` without the ASCII characters around them that are no letters nor digits (`"của,"`
/// → `của`): what `trim_matches` would take off when the characters left at the ends are letters
/// or digits, which [`plain_key`] makes sure of (a word it gives up on is trimmed again by
/// [`general_key_is_stopword`]).
#[inline]
fn ascii_trimmed(bytes: &[u8]) -> &[u8] {
    let kept = |b: &u8| b.is_ascii_alphanumeric() || !b.is_ascii();
    let start = bytes.iter().position(kept).unwrap_or(bytes.len());
    let end = bytes.iter().rposition(kept).map_or(start, |e| e + 1);
    &bytes[start..end]
}

/// The packed key of a word made only of letters and digits of the blocks Vietnamese and English
/// are written in (ASCII, Latin-1, Ă Đ Ĩ Ũ Ơ Ư, Latin Extended Additional from U+1EA0), at most
/// [`KEY_BYTES`] long: nearly every word of a unit. Nothing to trim then, and each lower case
/// has the same UTF-8 length as its letter, so the key is the word's bytes lowered in place,
/// without decoding it into `char`s. `None` for any other word: [`general_key_is_stopword`].
#[inline]
fn plain_key(bytes: &[u8]) -> Option<u128> {
    if bytes.is_empty() || bytes.len() > KEY_BYTES {
        return None;
    }
    let mut key = [0u8; KEY_BYTES];
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            0..=0x7F => match ASCII_KEY[usize::from(b)] {
                0 => return None,
                k => key[i] = k,
            },
            // U+00C0–U+00FF but × and ÷: upper case (C0–DE) is 0x20 below its lower case
            0xC3 => {
                let next = *bytes.get(i + 1)?;
                key[i] = b;
                key[i + 1] = match next {
                    0x97 | 0xB7 => return None,
                    0x80..=0x9E => next + 0x20,
                    _ => next,
                };
                i += 1;
            }
            // Ă Đ Ĩ Ũ Ơ Ư and their lower cases (two bytes each)
            0xC4..=0xC6 => {
                let next = *bytes.get(i + 1)?;
                let c = char::from_u32((u32::from(b & 0x1F) << 6) | u32::from(next & 0x3F))?;
                let lower = chars::simple_lowercase(c)?;
                lower.encode_utf8(&mut key[i..i + 2]);
                i += 1;
            }
            // U+1EA0–U+1EFF: upper case at even code points, lower case right after
            0xE1 => {
                let (second, third) = (*bytes.get(i + 1)?, *bytes.get(i + 2)?);
                if !(second == 0xBB || (second == 0xBA && third >= 0xA0)) {
                    return None;
                }
                key[i..i + 3].copy_from_slice(&[b, second, third | 1]);
                i += 2;
            }
            _ => return None,
        }
        i += 1;
    }
    Some(u128::from_le_bytes(key))
}

/// The key byte of an ASCII letter or digit (its lower case), 0 for any other ASCII byte.
static ASCII_KEY: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = match c {
            b'0'..=b'9' | b'a'..=b'z' => c,
            b'A'..=b'Z' => c + 0x20,
            _ => 0,
        };
        b += 1;
    }
    table
};

/// [`is_stopword`] for any word: trimmed of the characters around it that are no letters nor
/// digits and lower-cased by `char`.
fn general_key_is_stopword(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !chars::is_alphanumeric(c));
    let mut key = [0u8; KEY_BYTES];
    let mut len = 0;
    for c in w.chars() {
        if c == 'Σ' {
            // the one lower-case mapping that depends on context (final sigma)
            return pack(w.to_lowercase().as_bytes()).is_some_and(|k| STOPWORDS.contains(&k));
        }
        let mut push = |l: char| {
            let n = l.len_utf8();
            // longer than any stop word: the rest of the word cannot make it one
            let Some(slot) = key.get_mut(len..len + n) else {
                return false;
            };
            l.encode_utf8(slot);
            len += n;
            true
        };
        let fits = match chars::simple_lowercase(c) {
            Some(l) => push(l),
            None => c.to_lowercase().all(&mut push),
        };
        if !fits {
            return false;
        }
    }
    STOPWORDS.contains(&u128::from_le_bytes(key))
}

/// A set of packed keys: open addressing in a table of at least four slots per key, a slot
/// found by [`fold`] of the key and the slots after it probed until the key or an empty slot
/// (0: no key packs to 0, see [`pack`]). A look-up is a multiplication and a comparison or two,
/// with no hasher state and no group metadata to read.
struct Table {
    slots: Vec<u128>,
    mask: usize,
}

impl Table {
    fn new(keys: impl Iterator<Item = u128>) -> Table {
        let keys: Vec<u128> = keys.collect();
        let size = (keys.len() * 4).next_power_of_two().max(16);
        let mut table = Table {
            slots: vec![0; size],
            mask: size - 1,
        };
        for key in keys {
            let mut at = fold(key) as usize & table.mask;
            while table.slots[at] != 0 && table.slots[at] != key {
                at = (at + 1) & table.mask;
            }
            table.slots[at] = key;
        }
        table
    }

    #[inline]
    fn contains(&self, key: &u128) -> bool {
        let mut at = fold(*key) as usize & self.mask;
        loop {
            match self.slots[at] {
                0 => return false,
                k if k == *key => return true,
                _ => at = (at + 1) & self.mask,
            }
        }
    }
}

/// The hash of a packed key: its halves folded by a 128-bit multiplication, whose low bits
/// (the table reads them) depend on every byte.
#[inline]
fn fold(key: u128) -> u64 {
    let (lo, hi) = (key as u64, (key >> 64) as u64);
    let m = u128::from(lo ^ hi.rotate_left(29)) * 0x9E37_79B9_7F4A_7C15;
    (m as u64) ^ ((m >> 64) as u64)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn stop_words_as_trim_and_to_lowercase_tell_them() {
        let words: HashSet<&str> = list().collect();
        for w in [
            "Và",
            "(và),",
            "VÀ.",
            "của",
            "THE",
            "\"The\"",
            "xyz",
            "ΟΣ",
            "İ",
            "-",
            "",
            "Những…",
            "\u{212A}",
            "K",
            "internationalization",
            "NHỮNG",
            "\"“của”\"",
            "(“Và”)",
            "...",
            "của...",
            "'the'",
        ] {
            let k = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            assert_eq!(is_stopword(w), words.contains(k.as_str()), "{w}");
        }
        assert!(is_stopword("(Và),"));
        assert!(is_stopword("NHỮNG") && is_stopword("Được") && !is_stopword("Hà"));
    }

    #[test]
    fn plain_words_key_as_any_word_does() {
        // every character of the plain blocks, and some just outside them, alone and in words
        let blocks = (0x20..0x250)
            .chain(0x1E00..0x1F00)
            .chain([0x3A3, 0x130, 0x212A]);
        let chars: Vec<char> = blocks.filter_map(char::from_u32).collect();
        let words = chars
            .iter()
            .map(|c| c.to_string())
            .chain(chars.iter().map(|c| format!("nh{c}ng")))
            .chain(chars.iter().map(|c| format!("{c}ƯỢC")))
            .chain(list().map(str::to_uppercase))
            .chain(list().map(|w| format!("{w}{w}")));
        for w in words {
            let general = general_key_is_stopword(&w);
            assert_eq!(is_stopword(&w), general, "{w}");
            if let Some(key) = plain_key(w.as_bytes()) {
                let lower = w.to_lowercase();
                assert_eq!(Some(key), pack(lower.as_bytes()), "{w}");
                assert!(w.chars().all(char::is_alphanumeric), "{w}");
            }
        }
        // every stop word is one, whatever its case (the lists also hold capitalised words and
        // words with punctuation, which no key matches, as before)
        let keys = list().filter(|w| {
            *w == w.to_lowercase() && w.trim_matches(|c: char| !c.is_alphanumeric()) == *w
        });
        for w in keys {
            assert!(is_stopword(w) && is_stopword(&w.to_uppercase()), "{w}");
        }
    }
}
