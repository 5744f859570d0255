//! The words of [`super::words`] that the passes read (those that may change or are
//! suspicious), a token at a time from a memo of the tokens seen.
//!
//! The walk of [`super::words`] costs a table look-up, an add and a branch or two per byte, and a
//! few dozen instructions per word: about a fifth of a document's cleaning before this memo. But
//! news text repeats its tokens (the runs between spaces and line breaks: a few thousand
//! syllables, with or without a comma after them), and the words of a token depend on its bytes
//! alone: a letter run never crosses a space or a line break, and [`super::before_mark`] looks
//! at the character after a word, which is in the same token or is the space or line break that
//! ends it. So a token of at most [`KEY`] bytes is looked up in this thread's [`Memo`]: its
//! bytes are read as two numbers, which give the slot and are compared with the slot's key in
//! two comparisons; only a token not found (or a longer one) is walked, and the words of the
//! walk that the passes read are kept in its slot (most tokens have none: nothing to decode on
//! a hit). The memo changes nothing but the time: a slot holds what the walk gives
//! for its key, a token whose slot another took is walked again, and the memory is fixed.

use std::cell::RefCell;

use super::{words, Word};
use crate::sixteen;

/// The longest token the memo keeps: its bytes, zero-padded, are two `u64`s, and its length
/// and word spans fit in four bits each.
const KEY: usize = 15;

/// The high bit of each byte of a `u64`: set in a token's key for its bytes that are not ASCII.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Slots of the memo (a power of two): 192 KB.
const SLOTS: usize = 1 << 13;

/// The most words a kept token holds: a word the walk gives has a letter outside ASCII (two
/// bytes or more) and is one character away from the next, so 15 bytes hold at most five.
const MOST_WORDS: usize = 5;

/// A kept token's words: bits 0–3 the token's length (0: an empty slot), 4–6 the number of
/// words, then per word a byte (its start and end in the token, four bits each) from bit 8, and
/// its two flags ([`Word::may_change`], [`Word::suspicious`]) from bit 48.
type Found = u64;

#[derive(Clone, Copy, Default)]
struct Slot {
    key: [u64; 2],
    found: Found,
}

/// The tokens seen on this thread and their words (see the module doc).
struct Memo {
    slots: Vec<Slot>,
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo {
        slots: vec![Slot::default(); SLOTS],
    });
}

/// Calls `each` with every word of [`super::words`]`(text)` that may change or is suspicious,
/// in order: the same words.
pub(super) fn each_read_word(text: &str, mut each: impl FnMut(Word)) {
    let bytes = text.as_bytes();
    MEMO.with_borrow_mut(|memo| {
        let mut at = 0;
        while at < bytes.len() {
            let (key, len) = token_at(bytes, at);
            if len > KEY {
                let end = token_end(bytes, at);
                for w in words(&text[at..end]).filter(is_read) {
                    each(shifted(w, at));
                }
                at = end + 1;
                continue;
            }
            // an empty or ASCII token has no word the passes read ([`super::words`] skips
            // ASCII words): a fifth of the tokens of Vietnamese news are not looked up
            if (key[0] | key[1]) & HIGH_BITS != 0 {
                let slot = &mut memo.slots[slot_of(key)];
                if slot.key != key || slot.found & 0xF != len as u64 {
                    *slot = Slot {
                        key,
                        found: found_in(&text[at..at + len]),
                    };
                }
                let found = slot.found;
                for i in 0..((found >> 4) & 0x7) as usize {
                    let span = (found >> (8 + 8 * i)) & 0xFF;
                    let flags = found >> (48 + 2 * i);
                    each(Word {
                        span: at + (span >> 4) as usize..at + (span & 0xF) as usize,
                        may_change: flags & 1 != 0,
                        suspicious: flags & 2 != 0,
                    });
                }
            }
            // past the token and the space or line break that ends it
            at += len + 1;
        }
    });
}

/// The token at `at`: its bytes as two little-endian numbers, zero past its end, and its
/// length (0 at a space or line break; more than [`KEY`] for a token too long to keep). A
/// token ends at a space, a line break or the end of the text.
#[inline(always)]
fn token_at(bytes: &[u8], at: usize) -> ([u64; 2], usize) {
    // the high bit of each space or line break
    let ends = |x: u64| {
        sixteen::bytes_under(x ^ 0x2020_2020_2020_2020, 1)
            | sixteen::bytes_under(x ^ 0x0A0A_0A0A_0A0A_0A0A, 1)
    };
    sixteen::token_at(bytes, at, ends).unwrap_or_else(|| last_token_at(bytes, at))
}

/// [`token_at`] within the last sixteen bytes of the text, copied out first.
#[cold]
fn last_token_at(bytes: &[u8], at: usize) -> ([u64; 2], usize) {
    let len = token_end(bytes, at) - at;
    let mut sixteen = [0u8; 16];
    sixteen[..len].copy_from_slice(&bytes[at..at + len]);
    (sixteen::key_of(&sixteen), len)
}

/// Where the token at `at` ends: at the next space or line break, or at the end of the text.
fn token_end(bytes: &[u8], at: usize) -> usize {
    bytes[at..]
        .iter()
        .position(|&b| matches!(b, b' ' | b'\n'))
        .map_or(bytes.len(), |n| at + n)
}

/// The slot of a key.
#[inline(always)]
fn slot_of(key: [u64; 2]) -> usize {
    sixteen::slot_of(key, SLOTS.trailing_zeros())
}

/// Whether the passes read `w`: it may change, or is suspicious.
fn is_read(w: &Word) -> bool {
    w.may_change || w.suspicious
}

/// The words of `token` (at most [`KEY`] bytes) that the passes read, walked and packed as a
/// [`Found`].
fn found_in(token: &str) -> Found {
    let mut found = token.len() as u64;
    for (i, w) in words(token).filter(is_read).enumerate() {
        assert!(i < MOST_WORDS, "a short token holds at most five words");
        let span = (w.span.start as u64) << 4 | w.span.end as u64;
        let flags = u64::from(w.may_change) | u64::from(w.suspicious) << 1;
        found += 1 << 4;
        found |= span << (8 + 8 * i) | flags << (48 + 2 * i);
    }
    found
}

fn shifted(w: Word, by: usize) -> Word {
    Word {
        span: w.span.start + by..w.span.end + by,
        ..w
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Token by token, from the memo or not, the words read are those of one walk of the text:
    /// on raw/ (twice, the second time from the memo), on tokens of every length around
    /// [`KEY`], and on texts drawn from letters, marks, spaces, line breaks and other bytes.
    #[test]
    fn the_words_are_those_of_one_walk() {
        let mut texts: Vec<String> = crate::seed_texts::raw();
        texts.extend(crate::seed_texts::raw());
        for n in 0..40 {
            let token: String = "ươà".chars().cycle().take(n).collect();
            texts.push(format!("{token} x{token}\n{token}, ă-ă-ă-ă-ă ơ{token}"));
        }
        let pieces = [
            "ư", "ơ", "u", "o", "à", "Đ", "ð", "a", "x", " ", " ", "\n", "\t", ",", "-", "\u{301}",
            "\u{A0}", "\0", "ß", "hoà", "người",
        ];
        let mut rng = crate::test_rng::Xorshift::new();
        for len in 0..3_000 {
            let text: String = rng.text(&pieces, len % 40);
            texts.push(text);
        }
        for text in &texts {
            let mut found = Vec::new();
            each_read_word(text, |w| found.push(w));
            let read: Vec<Word> = words(text).filter(is_read).collect();
            assert_eq!(found, read, "{text:?}");
        }
    }

    /// Every token's length and bytes, as a byte scan finds them, at every start of texts
    /// drawn from spaces, line breaks, NUL and other bytes (short tokens, long ones, the end).
    #[test]
    fn tokens_are_the_runs_between_spaces_and_line_breaks() {
        let alphabet = [
            b' ',
            b'\n',
            0,
            b'a',
            0xC3,
            0xA0,
            0x20 ^ 0x80,
            b'\t',
            0x0A ^ 1,
            0xFF,
        ];
        let mut rng = crate::test_rng::Xorshift::new();
        for len in 0..3_000 {
            let bytes = rng.bytes(&alphabet, len % 50);
            for at in 0..bytes.len() {
                let end = token_end(&bytes, at);
                let (key, found) = token_at(&bytes, at);
                if end - at > KEY {
                    assert!(found > KEY, "{bytes:?} {at}");
                    continue;
                }
                assert_eq!(found, end - at, "{bytes:?} {at}");
                let mut sixteen = [0u8; 16];
                sixteen[..found].copy_from_slice(&bytes[at..end]);
                assert_eq!(key, sixteen::key_of(&sixteen), "{bytes:?} {at}");
            }
        }
    }
}
