//! [`super::count`] a token at a time, from a memo of the tokens seen.
//!
//! The word scan ([`super::scan`]) costs about two hundred instructions per word: a class
//! look-up and a branch or two per byte, and a stop-word key built and looked up per word. But
//! the figures of a text are the sums of its tokens' (the runs between ASCII whitespace bytes:
//! no word crosses one, and each is a blank), and news text repeats its tokens: Vietnamese is
//! written in a few thousand syllables, with or without a comma or a full stop after them, as
//! `crate::vietnamese::words`'s token memo found for its own walk. So a token of at most
//! [`KEY`] bytes is looked up in this thread's [`Memo`]: its bytes, read as two numbers, give
//! the slot and are compared with the slot's key; only a token not found (or a longer one) is
//! scanned, and its figures are kept in its slot. The memo changes nothing but the time: a slot
//! holds what the scan gives for its key, a token whose slot another took is scanned again, and
//! the memory is fixed.

use std::cell::RefCell;

use super::{scan, Figures};
use crate::sixteen;

/// The longest token the memo keeps: its bytes, zero-padded, are two `u64`s (a token holds no
/// zero byte, so the padding tells its length).
const KEY: usize = 16;

/// Slots of the memo (a power of two): 2 MB. The real pages of `scripts/bench --kind pages`
/// (many sites and languages) bring some 120,000 distinct tokens in 600 pages: with 32,768
/// slots a sixth of the look-ups missed, half of them tokens met before whose slot another had
/// taken (18 M of 3,711 M instructions more than with these 65,536; two ways of 16,384 sets
/// cost more in moves than they saved).
const SLOTS: usize = 1 << 16;

/// A token's figures as the memo keeps them, one byte each (a token of [`KEY`] bytes counts at
/// most [`KEY`] of anything), in the order of [`kept`]; the bytes after the eleventh are 0.
type Kept = [u8; 16];

#[derive(Clone, Copy, Default)]
struct Slot {
    /// The token's bytes, zero-padded; `[0, 0]` (no token's) in an empty slot.
    key: [u64; 2],
    kept: Kept,
}

/// The tokens seen on this thread and their figures (see the module doc).
struct Memo {
    slots: Box<[Slot; SLOTS]>,
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo {
        slots: vec![Slot::default(); SLOTS]
            .into_boxed_slice()
            .try_into()
            .unwrap_or_else(|_| unreachable!("SLOTS slots")),
    });
}

impl Memo {
    /// The figures of the token `t[at..at + len]`, whose bytes are `key` ([`token_at`]): from
    /// its slot, or scanned and kept there (the text is sliced only then).
    #[inline(always)]
    fn kept(&mut self, key: [u64; 2], t: &str, at: usize, len: usize) -> &Kept {
        let slot = &mut self.slots[slot_of(key)];
        if slot.key != key {
            *slot = Slot {
                key,
                kept: kept(&scan(&t[at..at + len])),
            };
        }
        &slot.kept
    }
}

/// The figures of `t`: the sum of its tokens' and a blank per ASCII whitespace byte between
/// them (which is no visible character).
pub(super) fn sum(t: &str) -> Figures {
    let bytes = t.as_bytes();
    MEMO.with_borrow_mut(|memo| {
        let mut f = Figures::default();
        let mut sums = Sums::default();
        let mut at = 0;
        while let Some(&b) = bytes.get(at) {
            if is_blank(b) {
                f.blanks += 1;
                at += 1;
                continue;
            }
            let (key, len) = token_at(bytes, at);
            // the byte under 0x21 that ends the run: whitespace (counted here), the text's end,
            // or a control character inside a token, which is scanned whole as a longer one is
            match bytes.get(at + len) {
                Some(&end) if len <= KEY && is_blank(end) => {
                    sums.add(memo.kept(key, t, at, len));
                    f.blanks += 1;
                    at += len + 1;
                }
                None if len <= KEY => {
                    sums.add(memo.kept(key, t, at, len));
                    at += len;
                }
                _ => {
                    let end = token_end(bytes, at);
                    f += scan(&t[at..end]);
                    at = end;
                }
            }
        }
        f += sums.figures();
        f
    })
}

/// The sum of tokens' [`Kept`] figures: sixteen counters of eight bits in one number, which add
/// a token's sixteen bytes in one addition (no counter carries into the next while each stays
/// under 256), emptied into `total` before they may.
#[derive(Default)]
struct Sums {
    lanes: u128,
    pending: usize,
    total: [usize; 16],
}

impl Sums {
    /// Tokens the lanes hold at most: each adds at most [`KEY`] to a counter.
    const MOST: usize = u8::MAX as usize / KEY;

    #[inline(always)]
    fn add(&mut self, kept: &Kept) {
        self.lanes += u128::from_le_bytes(*kept);
        self.pending += 1;
        if self.pending == Self::MOST {
            self.empty();
        }
    }

    fn empty(&mut self) {
        let lanes = std::mem::take(&mut self.lanes).to_le_bytes();
        for (total, lane) in self.total.iter_mut().zip(lanes) {
            *total += usize::from(lane);
        }
        self.pending = 0;
    }

    /// The figures summed.
    fn figures(mut self) -> Figures {
        self.empty();
        let [tokens, alpha, caps, stop, visible, digits, seps, menu_seps, commas, blanks, unspaced, ..] =
            self.total;
        Figures {
            tokens,
            alpha,
            caps,
            stop,
            visible,
            digits,
            seps,
            menu_seps,
            commas,
            blanks,
            unspaced,
        }
    }
}

/// The figures of a token of at most [`KEY`] bytes, as the memo keeps them.
fn kept(f: &Figures) -> Kept {
    let fields = [
        f.tokens,
        f.alpha,
        f.caps,
        f.stop,
        f.visible,
        f.digits,
        f.seps,
        f.menu_seps,
        f.commas,
        f.blanks,
        f.unspaced,
    ];
    let mut kept = [0u8; 16];
    for (k, n) in kept.iter_mut().zip(fields) {
        *k = u8::try_from(n).expect("a short token counts few of anything");
    }
    kept
}

/// ASCII whitespace (`char::is_whitespace`'s ASCII characters): what ends a token.
#[inline(always)]
fn is_blank(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// The token at `at` (not a blank): its bytes as two little-endian numbers, zero past its end,
/// and its length up to the first byte under 0x21 (whitespace, a control character or, read as
/// zero, the text's end); more than [`KEY`] when there is none in the next [`KEY`] bytes.
#[inline(always)]
fn token_at(bytes: &[u8], at: usize) -> ([u64; 2], usize) {
    sixteen::token_at(bytes, at, |x| sixteen::bytes_under(x, 0x21))
        .unwrap_or_else(|| last_token_at(bytes, at))
}

/// [`token_at`] within the last fifteen bytes of the text, copied out first (the zeros after
/// them end the token).
#[cold]
fn last_token_at(bytes: &[u8], at: usize) -> ([u64; 2], usize) {
    let mut sixteen = [0u8; 16];
    sixteen[..bytes.len() - at].copy_from_slice(&bytes[at..]);
    let len = sixteen.iter().position(|&b| b < 0x21).expect("a zero");
    sixteen[len..].fill(0);
    (sixteen::key_of(&sixteen), len)
}

/// Where the run of bytes at `at` that are not ASCII whitespace ends.
fn token_end(bytes: &[u8], at: usize) -> usize {
    bytes[at..]
        .iter()
        .position(|&b| is_blank(b))
        .map_or(bytes.len(), |n| at + n)
}

/// The slot of a key.
#[inline(always)]
fn slot_of(key: [u64; 2]) -> usize {
    sixteen::slot_of(key, SLOTS.trailing_zeros())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Token by token, from the memo or not, the figures are those of one scan of the text: on
    /// raw/ (twice, the second time from the memo), on tokens of every length around [`KEY`],
    /// and on texts drawn from letters, ASCII and other whitespace, control characters and
    /// counted punctuation.
    #[test]
    fn the_figures_are_those_of_one_scan() {
        let mut texts: Vec<String> = crate::seed_texts::raw();
        texts.extend(crate::seed_texts::raw());
        for n in 0..40 {
            let token: String = "ưoÀ".chars().cycle().take(n).collect();
            texts.push(format!("{token} x{token}\n{token}, ă-ă-ă-ă-ă ơ{token}"));
            texts.push("a".repeat(n));
            texts.push(format!("{}\u{1}b c", "và".repeat(n)));
        }
        let pieces = [
            "ư", "Ơ", "u", "O", "à", "Đ", "a", "x", "7", " ", " ", "\n", "\t", "\r", "\u{b}",
            "\u{c}", ",", ";", "|", "»", "/", "-", "\u{301}", "\u{A0}", "\u{2003}", "\0", "\u{1}",
            "\u{1f}", "!", "của", "THE", "người", "中", "ก",
        ];
        let mut rng = crate::test_rng::Xorshift::new();
        for len in 0..5_000 {
            let text: String = rng.text(&pieces, len % 40);
            texts.push(text);
        }
        for text in &texts {
            assert_eq!(sum(text), scan(text), "{text:?}");
        }
    }

    /// Every token's length and bytes, as a byte scan finds them, at every start of texts drawn
    /// from whitespace, control characters and other bytes (short tokens, long ones, the end).
    #[test]
    fn tokens_are_the_runs_up_to_a_byte_under_0x21() {
        let alphabet = [
            b' ', b'\n', 0, 1, 0x20, 0x21, b'a', 0xC3, 0xA0, 0xA1, b'\t', 0xFF,
        ];
        let mut rng = crate::test_rng::Xorshift::new();
        for len in 0..3_000 {
            let bytes = rng.bytes(&alphabet, len % 50);
            for at in 0..bytes.len() {
                let end = bytes[at..]
                    .iter()
                    .position(|&b| b < 0x21)
                    .map_or(bytes.len(), |n| at + n);
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
