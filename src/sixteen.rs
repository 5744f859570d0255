//! A short token read as two numbers: the key of the per-thread token memos
//! ([`crate::vietnamese::words`]'s words, [`crate::boilerplate::figures`]' counts).
//!
//! Both memos look a token up by its bytes: sixteen bytes read as two little-endian `u64`s,
//! zero past the token's end, give the slot (a multiplicative hash) and are compared with the
//! slot's key in two comparisons. Where the token ends is found eight bytes at a time: each memo
//! says which bytes end a token by a mask of their high bits ([`bytes_under`], or a mask of its
//! own), and the first flagged byte gives the length. Only the last sixteen bytes of a text,
//! which cannot be read as sixteen, are copied out first, by the memo (each ends its last token
//! its own way).

/// `LOW_BYTES[n]`: the low `n` bytes of a `u64` set (also the mask of a short word's first
/// bytes, [`crate::dedup::phrase`]).
pub const LOW_BYTES: [u64; 9] = {
    let mut masks = [0u64; 9];
    let mut n = 1;
    while n < 9 {
        masks[n] = u64::MAX >> (64 - 8 * n);
        n += 1;
    }
    masks
};

/// The token at `at`, when the text has sixteen bytes from there: its bytes as two
/// little-endian numbers, zero past its end, and its length, up to the first byte that `ends`
/// flags (the high bit of each such byte of a number, exact up to the first one); `None` when
/// the text ends within sixteen bytes, and a length of 17 with no key when none of the first
/// sixteen bytes ends the token (a token of sixteen bytes or more).
#[inline(always)]
pub fn token_at(bytes: &[u8], at: usize, ends: impl Fn(u64) -> u64) -> Option<([u64; 2], usize)> {
    let sixteen = bytes.get(at..at + 16)?;
    let half = |i: usize| u64::from_le_bytes(sixteen[8 * i..8 * i + 8].try_into().expect("8"));
    let lo = half(0);
    let flags = ends(lo);
    if flags != 0 {
        let len = flags.trailing_zeros() as usize / 8;
        return Some(([lo & LOW_BYTES[len], 0], len));
    }
    let hi = half(1);
    let flags = ends(hi);
    if flags != 0 {
        let len = flags.trailing_zeros() as usize / 8;
        return Some(([lo, hi & LOW_BYTES[len]], 8 + len));
    }
    Some(([0; 2], 17))
}

/// Sixteen bytes (at most: the rest is zero) as two little-endian numbers.
pub fn key_of(sixteen: &[u8; 16]) -> [u64; 2] {
    let half = |i: usize| u64::from_le_bytes(sixteen[8 * i..8 * i + 8].try_into().expect("8"));
    [half(0), half(1)]
}

/// The high bit of each byte of `x` under `n` (at most 0x80), exact up to the first such byte
/// (bytes above it may be flagged wrongly; only the lowest flag is read).
#[inline(always)]
pub fn bytes_under(x: u64, n: u8) -> u64 {
    x.wrapping_sub(u64::from(n) * 0x0101_0101_0101_0101) & !x & 0x8080_8080_8080_8080
}

/// The slot of a key among `1 << bits`: a multiplicative hash of its two halves.
#[inline(always)]
pub fn slot_of(key: [u64; 2], bits: u32) -> usize {
    let h = (key[0] ^ key[1].rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - bits)) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The length and key are those of a byte scan, for tokens of every length up to and past
    /// sixteen, and the flags of [`bytes_under`] are exact up to the first byte under the bound.
    #[test]
    fn tokens_are_read_as_a_byte_scan_reads_them() {
        for len in 0..20 {
            let mut text = vec![b'a'; len];
            text.push(b' ');
            text.extend_from_slice(b"tail of the text, long enough");
            let (key, got) = token_at(&text, 0, |x| bytes_under(x, 0x21)).expect("16 bytes");
            if len < 16 {
                assert_eq!(got, len);
                let mut sixteen = [0u8; 16];
                sixteen[..len].copy_from_slice(&text[..len]);
                assert_eq!(key, key_of(&sixteen));
            } else {
                assert_eq!(got, 17);
            }
        }
        assert!(token_at(b"short", 0, |x| bytes_under(x, 1)).is_none());
        for b in 0..=255u8 {
            let x = u64::from_le_bytes([b, b'z', 0, b'z', b'z', b'z', b'z', b'z']);
            let first = bytes_under(x, 0x21).trailing_zeros() / 8;
            assert_eq!(first, if b < 0x21 { 0 } else { 2 }, "{b:#x}");
        }
    }
}
