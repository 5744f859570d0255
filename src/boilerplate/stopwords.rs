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
static STOPWORDS: LazyLock<Stopwords> = LazyLock::new(|| {
    Stopwords::new(list().map(|w| pack(w.as_bytes()).expect("a stop word longer than KEY_BYTES")))
});

/// The stop words, for a scan that looks up many words ([`WordKey::is_stopword`]).
pub(super) fn stopwords() -> &'static Stopwords {
    &STOPWORDS
}

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
pub(super) fn is_stopword(word: &str) -> bool {
    read(word).is_stopword(stopwords(), || word)
}

/// The [`WordKey`] of `word` (no whitespace).
fn read(word: &str) -> WordKey {
    let mut key = WordKey::new();
    for (at, c) in word.char_indices() {
        if c.is_ascii_alphanumeric() {
            key.key_byte(c.to_ascii_lowercase() as u8);
        } else if c.is_ascii() {
            key.punctuation();
        } else {
            match plain_letter(word.as_bytes(), at) {
                Some(letter) => key.letter(&letter),
                None if is_general_punctuation(word.as_bytes(), at) => key.punctuation(),
                None => key.other(),
            }
        }
    }
    key
}

/// A non-ASCII letter of the blocks Vietnamese and English are written in (Latin-1, Ă Đ Ĩ Ũ Ơ Ư,
/// Latin Extended Additional from U+1EA0): the UTF-8 bytes of its lower case (zero-padded), its
/// length and whether it is upper case. Each lower case has the same UTF-8 length as its letter,
/// so a word's key is its bytes lowered in place, without decoding them into `char`s.
#[derive(Clone, Copy)]
pub(super) struct PlainLetter {
    pub lower: [u8; 3],
    pub len: usize,
    pub upper: bool,
}

/// The [`PlainLetter`] at `bytes[at..]` (a char boundary), when it is one: no whitespace, no
/// separator, a letter ([`crate::chars::is_alphabetic`]) whose upper case is
/// `char::is_uppercase`'s.
#[inline(always)]
pub(super) fn plain_letter(bytes: &[u8], at: usize) -> Option<PlainLetter> {
    let b = bytes[at];
    let next = *bytes.get(at + 1)?;
    let two = |lower: u8, upper: bool| {
        Some(PlainLetter {
            lower: [b, lower, 0],
            len: 2,
            upper,
        })
    };
    match (b, next) {
        // U+00C0–U+00FF but × and ÷: upper case (C0–DE) is 0x20 below its lower case
        (0xC3, 0x97 | 0xB7) => None,
        (0xC3, 0x80..=0x9E) => two(next + 0x20, true),
        (0xC3, _) => two(next, false),
        // Ă Đ Ĩ Ũ Ơ (upper case at even code points) and Ư (U+01AF, lower case U+01B0)
        (0xC4, 0x82 | 0x90 | 0xA8) | (0xC5, 0xA8) | (0xC6, 0xA0) => two(next + 1, true),
        (0xC4, 0x83 | 0x91 | 0xA9) | (0xC5, 0xA9) | (0xC6, 0xA1 | 0xB0) => two(next, false),
        (0xC6, 0xAF) => Some(PlainLetter {
            lower: [0xC6, 0xB0, 0],
            len: 2,
            upper: true,
        }),
        // U+1EA0–U+1EFF: upper case at even code points, lower case right after
        (0xE1, 0xBA | 0xBB) => {
            let third = *bytes.get(at + 2)?;
            (next == 0xBB || third >= 0xA0).then_some(PlainLetter {
                lower: [b, next, third | 1],
                len: 3,
                upper: third & 1 == 0,
            })
        }
        _ => None,
    }
}

/// Whether the character at `bytes[at..]` (a char boundary) is one of General Punctuation,
/// U+2000–U+206F: the quotes, dashes, bullets and ellipsis of news text (and spaces, which a
/// word never holds). None is a letter nor a digit, so a word's key trims them as it trims ASCII
/// punctuation; the superscripts after them (U+2070–) are digits and letters.
#[inline(always)]
pub(super) fn is_general_punctuation(bytes: &[u8], at: usize) -> bool {
    match (bytes[at], bytes.get(at + 1), bytes.get(at + 2)) {
        (0xE2, Some(0x80), _) => true,
        (0xE2, Some(0x81), Some(&third)) => third < 0xB0,
        _ => false,
    }
}

/// The stop-word look-up of a word read a character at a time, for a scan that reads every word
/// of a text anyway ([`super::figures::count`]): the key is built as the characters come, so the
/// word is not read again. A word made only of ASCII letters and digits and [`PlainLetter`]s, at
/// most [`KEY_BYTES`] long once the ASCII characters around it that are no letters nor digits
/// are skipped (`"của,"` → `của`), is nearly every word of a unit: its key is packed as it
/// comes. Any other word is looked up by [`general_key_is_stopword`] (tested against
/// `trim_matches` and `to_lowercase`).
pub(super) struct WordKey {
    /// The key's bytes, written at the key's length modulo 32: a key longer than [`KEY_BYTES`]
    /// is no stop word's and is never read, and the mask (with room for a letter's three bytes
    /// after it) spares each write a bounds check.
    key: [u8; 32 + 3],
    len: usize,
    /// The key's length when an ASCII character that is no letter nor digit first came after
    /// its first character (`usize::MAX` before): a key longer than that has a character after
    /// such a tail and needs the general look-up.
    tail: usize,
    /// The word needs the general look-up.
    general: bool,
}

impl WordKey {
    /// The key of a word not read yet.
    #[inline(always)]
    pub fn new() -> WordKey {
        WordKey {
            key: [0; 32 + 3],
            len: 0,
            tail: usize::MAX,
            general: false,
        }
    }

    /// The word goes on with the ASCII lower-case letter or digit `k`.
    #[inline(always)]
    pub fn key_byte(&mut self, k: u8) {
        self.key[self.len & 31] = k;
        self.len += 1;
    }

    /// The word goes on with an ASCII character that is no letter nor digit, or a character of
    /// General Punctuation ([`is_general_punctuation`]), and no whitespace: trimmed before the
    /// key's first character, and after its last.
    #[inline(always)]
    pub fn punctuation(&mut self) {
        if self.len > 0 {
            self.tail = self.tail.min(self.len);
        }
    }

    /// The word goes on with the plain letter `letter`.
    #[inline(always)]
    pub fn letter(&mut self, letter: &PlainLetter) {
        let at = self.len & 31;
        self.key[at..at + 3].copy_from_slice(&letter.lower);
        self.len += letter.len;
    }

    /// The word goes on with a non-ASCII character that is no [`PlainLetter`].
    #[inline(always)]
    pub fn other(&mut self) {
        self.general = true;
    }

    /// Whether the word read, which `word` gives (asked only when the key did not do), is in
    /// `stopwords` ([`stopwords`]).
    #[inline(always)]
    pub fn is_stopword<'w>(&self, stopwords: &Stopwords, word: impl FnOnce() -> &'w str) -> bool {
        if self.len == 0 && !self.general {
            // only punctuation (`-`, `–`, `•`): its key is empty, and no stop word's is
            return false;
        }
        if self.general || self.len > KEY_BYTES.min(self.tail) {
            general_key_is_stopword(word())
        } else {
            let mut key = [0u8; KEY_BYTES];
            key.copy_from_slice(&self.key[..KEY_BYTES]);
            stopwords.contains(&u128::from_le_bytes(key))
        }
    }
}

/// [`is_stopword`] for any word: trimmed of the characters around it that are no letters nor
/// digits and lower-cased by `char`. Out of line: the scan that asks it of a few words keeps its
/// registers for its loop ([`super::figures::count`]).
#[inline(never)]
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
pub(super) struct Stopwords {
    slots: Vec<u128>,
    mask: usize,
}

impl Stopwords {
    fn new(keys: impl Iterator<Item = u128>) -> Stopwords {
        let keys: Vec<u128> = keys.collect();
        let size = (keys.len() * 4).next_power_of_two().max(16);
        let mut table = Stopwords {
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
            .chain(0x2000..0x2080)
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
            if !key.general && (1..=KEY_BYTES.min(key.tail)).contains(&key.len) {
                let lower = w.to_lowercase();
                let trimmed = lower.trim_matches(|c: char| !c.is_alphanumeric());
                let mut packed = [0u8; KEY_BYTES];
                packed.copy_from_slice(&key.key[..KEY_BYTES]);
                assert_eq!(
                    Some(u128::from_le_bytes(packed)),
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
