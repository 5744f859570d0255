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
/// (`STOPWORDS.contains(word.trim_matches(not alphanumeric).to_lowercase())`): the answer of a
/// [`WordKey`] fed the word's characters, as [`super::figures::count`] feeds it.
#[cfg(test)]
pub(super) fn is_stopword(word: &str) -> bool {
    read(word).is_stopword(|| word)
}

/// The [`WordKey`] of `word` (no whitespace).
#[cfg(test)]
fn read(word: &str) -> WordKey {
    let mut key = WordKey::new();
    for (at, c) in word.char_indices() {
        if c.is_ascii() {
            key.ascii(c as u8);
        } else {
            key.other(word.as_bytes(), at);
        }
    }
    key
}

/// Writes the key bytes of the non-ASCII character at `bytes[at..]` to `key[len..]` and returns
/// its length, when it is a letter of the blocks Vietnamese and English are written in (Latin-1,
/// Ă Đ Ĩ Ũ Ơ Ư, Latin Extended Additional from U+1EA0) and fits; `None` otherwise. Each lower
/// case has the same UTF-8 length as its letter, so the key is the word's bytes lowered in
/// place, without decoding them into `char`s.
#[inline(always)]
fn push_plain(bytes: &[u8], at: usize, key: &mut [u8; KEY_BYTES], len: usize) -> Option<usize> {
    let b = bytes[at];
    match b {
        // U+00C0–U+00FF but × and ÷: upper case (C0–DE) is 0x20 below its lower case
        0xC3 => {
            let next = *bytes.get(at + 1)?;
            let lower = match next {
                0x97 | 0xB7 => return None,
                0x80..=0x9E => next + 0x20,
                _ => next,
            };
            key.get_mut(len..len + 2)?.copy_from_slice(&[b, lower]);
            Some(2)
        }
        // Ă Đ Ĩ Ũ Ơ Ư and their lower cases (two bytes each)
        0xC4..=0xC6 => {
            let next = *bytes.get(at + 1)?;
            let c = char::from_u32((u32::from(b & 0x1F) << 6) | u32::from(next & 0x3F))?;
            let lower = chars::simple_lowercase(c)?;
            lower.encode_utf8(key.get_mut(len..len + 2)?);
            Some(2)
        }
        // U+1EA0–U+1EFF: upper case at even code points, lower case right after
        0xE1 => {
            let (second, third) = (*bytes.get(at + 1)?, *bytes.get(at + 2)?);
            if !(second == 0xBB || (second == 0xBA && third >= 0xA0)) {
                return None;
            }
            key.get_mut(len..len + 3)?
                .copy_from_slice(&[b, second, third | 1]);
            Some(3)
        }
        _ => None,
    }
}

/// The stop-word look-up of a word read a character at a time, for a scan that reads every word
/// of a text anyway ([`super::figures::count`]): the key is built as the characters come, so the
/// word is not read again. A word made only of ASCII letters and digits and the letters
/// [`push_plain`] keys, at most [`KEY_BYTES`] long once the ASCII characters around it that are
/// no letters nor digits are skipped (`"của,"` → `của`), is nearly every word of a unit: its
/// key is packed as it comes. Any other word is looked up by [`general_key_is_stopword`]
/// (tested against `trim_matches` and `to_lowercase`).
pub(super) struct WordKey {
    key: [u8; KEY_BYTES],
    len: usize,
    /// An ASCII character that is no letter nor digit came after the key's first character:
    /// the end of the word, or the general look-up.
    tail: bool,
    /// The word needs the general look-up.
    general: bool,
}

impl WordKey {
    /// The key of a word not read yet.
    #[inline(always)]
    pub fn new() -> WordKey {
        WordKey {
            key: [0; KEY_BYTES],
            len: 0,
            tail: false,
            general: false,
        }
    }

    /// The word goes on with the ASCII byte `b` (no whitespace).
    #[inline(always)]
    pub fn ascii(&mut self, b: u8) {
        match ASCII_KEY[usize::from(b & 0x7F)] {
            // trimmed before the key's first character, and after its last
            0 => self.tail |= self.len > 0,
            _ if self.tail || self.len == KEY_BYTES => self.general = true,
            k => {
                self.key[self.len] = k;
                self.len += 1;
            }
        }
    }

    /// The word goes on with the non-ASCII character at `bytes[at..]` (no whitespace).
    #[inline(always)]
    pub fn other(&mut self, bytes: &[u8], at: usize) {
        if self.general {
            return;
        }
        match push_plain(bytes, at, &mut self.key, self.len) {
            Some(n) if !self.tail => self.len += n,
            _ => self.general = true,
        }
    }

    /// Whether the word read, which `word` gives (asked only when the key did not do), is a
    /// stop word.
    #[inline(always)]
    pub fn is_stopword<'w>(&self, word: impl FnOnce() -> &'w str) -> bool {
        if self.general || self.len == 0 {
            general_key_is_stopword(word())
        } else {
            STOPWORDS.contains(&u128::from_le_bytes(self.key))
        }
    }
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
            // a key packed as the word came is its lower case
            let key = read(&w);
            if !key.general && key.len > 0 {
                let lower = w.to_lowercase();
                let trimmed = lower.trim_matches(|c: char| !c.is_alphanumeric());
                assert_eq!(
                    Some(u128::from_le_bytes(key.key)),
                    pack(trimmed.as_bytes()),
                    "{w}"
                );
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
