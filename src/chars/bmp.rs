//! `char::is_alphabetic` and `char::is_numeric` for the rest of the Basic Multilingual Plane,
//! from bitmaps.
//!
//! The standard library answers a character outside its fast ranges with a search of its
//! Unicode tables, about three hundred instructions; real pages are full of such characters
//! that are no letter (typographic quotes and dashes, `…`, `©`, `»`, `·`) and some are written
//! in other scripts, and the word scans of dedup, the boilerplate keys and the Vietnamese words
//! asked about each of them (about 2 % of a run on real pages). Here the answers for 256 code
//! points are two bitmaps, made from the standard library the first time a character of their
//! block is asked about (a page touches a few blocks), so they agree with it by construction.

use std::sync::OnceLock;

/// The classes of the 256 code points of a block: bit `n % 64` of word `n / 64` for the code
/// point `n` from the block's start.
struct Block {
    alphabetic: [u64; 4],
    numeric: [u64; 4],
}

/// One lazily made [`Block`] per 256 code points of the plane.
static BLOCKS: [OnceLock<Block>; 256] = [const { OnceLock::new() }; 256];

/// `c.is_alphabetic()` for `c` in the Basic Multilingual Plane (below U+10000).
#[inline]
pub(super) fn is_alphabetic(c: u32) -> bool {
    has(&block(c).alphabetic, c)
}

/// `c.is_numeric()` for `c` in the Basic Multilingual Plane (below U+10000).
#[inline]
pub(super) fn is_numeric(c: u32) -> bool {
    has(&block(c).numeric, c)
}

#[inline]
fn block(c: u32) -> &'static Block {
    debug_assert!(c < 0x10000, "U+{c:X} is outside the plane");
    let index = (c >> 8) as usize;
    BLOCKS[index].get_or_init(|| Block::of(c & !0xFF))
}

#[inline]
fn has(bits: &[u64; 4], c: u32) -> bool {
    let n = (c & 0xFF) as usize;
    bits[n / 64] >> (n % 64) & 1 == 1
}

impl Block {
    /// The classes of the 256 code points from `start` (surrogates are neither).
    #[cold]
    fn of(start: u32) -> Block {
        let mut block = Block {
            alphabetic: [0; 4],
            numeric: [0; 4],
        };
        for n in 0..256 {
            let Some(c) = char::from_u32(start + n) else {
                continue;
            };
            let (word, bit) = ((n / 64) as usize, n % 64);
            block.alphabetic[word] |= u64::from(c.is_alphabetic()) << bit;
            block.numeric[word] |= u64::from(c.is_numeric()) << bit;
        }
        block
    }
}
