//! The body zone's stoplist (jusText's Vietnamese and English lists, `data/stoplist-*.txt`) and
//! the look-up of a word in it.
//!
//! The zone looks up every word of every unit, so the look-up is built not to allocate nor hash
//! a string: a stop word is at most [`KEY_BYTES`] bytes (the lists' longest is 13), so a word's
//! key — its lower case, without the punctuation around it — is packed into a `u128`, built a
//! character at a time, and given up as soon as it is longer than any stop word. The set of
//! packed stop words is hashed by one multiplication.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use crate::chars;

/// The most bytes of a stop word (the lists are checked when they are loaded).
const KEY_BYTES: usize = 16;

/// The stop words, packed ([`pack`]).
static STOPWORDS: LazyLock<HashSet<u128, BuildHasherDefault<Folded>>> = LazyLock::new(|| {
    list()
        .map(|w| pack(w.as_bytes()).expect("a stop word longer than KEY_BYTES"))
        .collect()
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

/// The hash of a packed key: its halves folded by a 128-bit multiplication, whose high and low
/// bits both depend on every byte (the table reads the low bits for the bucket, the high ones
/// for the tag).
#[derive(Default)]
struct Folded(u64);

impl Hasher for Folded {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write_u128(&mut self, n: u128) {
        let (lo, hi) = (n as u64, (n >> 64) as u64);
        let m = u128::from(lo ^ hi.rotate_left(29)) * 0x9E37_79B9_7F4A_7C15;
        self.0 = (m as u64) ^ ((m >> 64) as u64);
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u128(u128::from(self.0) << 8 | u128::from(b));
        }
    }
}

#[cfg(test)]
mod tests {
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
        ] {
            let k = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            assert_eq!(is_stopword(w), words.contains(k.as_str()), "{w}");
        }
        assert!(is_stopword("(Và),"));
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
