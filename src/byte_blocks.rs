//! One byte scan that several passes share: find the first place of a text where a rare byte
//! opens something to look at, eight bytes at a time.
//!
//! A pass that acts on a few byte values (VIQR's mark characters, the lead bytes of invisible
//! characters) reads most texts without finding one. Testing and branching on every byte costs
//! more than or-ing eight table entries and testing once: a block with none of the bytes is
//! passed by one test. Only inside a block that may hold one is each place asked in turn.
//!
//! On x86-64 the passes whose bytes are common in Vietnamese (lead bytes E1, C3, C4, C6 every
//! few bytes) test sixteen bytes at once with SSE2 first ([`first_in_steps`]), each with the
//! bytes after it, and leave the short rest to the scalar scan; where the CPU has AVX2
//! ([`has_avx2`]), thirty-two bytes at once before that ([`first_in_thirty_twos`]). The CLI's
//! JSON string writer steps to the next byte to escape the same way, which is why the module is
//! public.

/// The first offset `i` of `bytes` for which `hit(i)` holds, where `hit` may only hold at a
/// byte `b` with `may_hit(b)`: blocks of eight bytes without such a byte are skipped by one
/// test, and `hit` is asked only at the offsets of the other blocks and of the last, short one.
#[inline]
pub(crate) fn first_hit(
    bytes: &[u8],
    may_hit: impl Fn(u8) -> bool,
    mut hit: impl FnMut(usize) -> bool,
) -> Option<usize> {
    let mut at = 0;
    for block in bytes.chunks_exact(8) {
        if block.iter().fold(false, |any, &b| any | may_hit(b)) {
            if let Some(i) = (at..at + 8).find(|&i| hit(i)) {
                return Some(i);
            }
        }
        at += 8;
    }
    (at..bytes.len()).find(|&i| hit(i))
}

/// [`first_in_steps`] thirty-two bytes a step, for a `mask` of AVX2 registers (`N` ≥ 32).
/// Inlined into a function compiled for AVX2, with the mask (see the passes' `_avx2` scans):
/// a step tests twice the bytes of an SSE2 one in as many instructions. `Err` holds the offset
/// where fewer than `N` bytes are left, for the sixteen-byte steps to go on from.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub fn first_in_thirty_twos<const N: usize>(
    bytes: &[u8],
    from: usize,
    mask: impl Fn(&[u8; N]) -> u32,
) -> Result<usize, usize> {
    first_in_steps::<N, 32>(bytes, from, mask)
}

/// The passes' vector scan: where the CPU has AVX2, `thirty_twos` from `from` (their
/// [`first_in_thirty_twos`] with its mask, compiled for AVX2), then sixteen bytes a step with
/// `mask` ([`first_in_steps`]) from where it stopped. `thirty_twos` may need no CPU feature but AVX2.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub fn first_in_wide_blocks<const N: usize>(
    bytes: &[u8],
    from: usize,
    thirty_twos: unsafe fn(&[u8], usize) -> Result<usize, usize>,
    mask: impl Fn(&[u8; N]) -> u32,
) -> Result<usize, usize> {
    let from = if has_avx2() {
        // SAFETY: the CPU has AVX2, the one feature `thirty_twos` needs
        match unsafe { thirty_twos(bytes, from) } {
            Ok(hit) => return Ok(hit),
            Err(at) => at,
        }
    } else {
        from
    };
    first_in_steps::<N, 16>(bytes, from, mask)
}

/// Steps through `bytes` from `from` `STEP` bytes at a time: `mask(block)` reads the `N` ≥
/// `STEP` bytes at a step (so that each of the first `STEP` can be tested with the bytes after
/// it) and sets bit `j` when byte `j` is a hit. `Ok` holds the offset of the first hit; `Err`
/// the offset where fewer than `N` bytes are left, for a narrower scan to go on from.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub(crate) fn first_in_steps<const N: usize, const STEP: usize>(
    bytes: &[u8],
    mut from: usize,
    mask: impl Fn(&[u8; N]) -> u32,
) -> Result<usize, usize> {
    while let Some(block) = bytes.get(from..from + N) {
        let found = mask(block.try_into().expect("a block of N bytes"));
        if found != 0 {
            return Ok(from + found.trailing_zeros() as usize);
        }
        from += STEP;
    }
    Err(from)
}

/// The ASCII letters and digits of sixteen bytes `v`, for the keys that take a block of ASCII
/// at once (the corpus line key, the sentence key): `(lower, letters, digits)`, the bytes with
/// bit 5 set (a letter's lower case) and the masks, 0xFF a byte, of the letters and the digits.
/// A letter is a byte whose lower case is `a`..=`z`; the range tests are unsigned (the bytes
/// below a range wrap above it).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub(crate) fn ascii_letters_and_digits(
    v: std::arch::x86_64::__m128i,
) -> [std::arch::x86_64::__m128i; 3] {
    use std::arch::x86_64::*;
    // SAFETY: SSE2 is part of x86-64
    unsafe {
        // whether each byte is in `from..from + len`
        let within = |v: __m128i, from: u8, len: u8| {
            let off = _mm_sub_epi8(v, _mm_set1_epi8(from as i8));
            _mm_cmpeq_epi8(_mm_min_epu8(off, _mm_set1_epi8(len as i8 - 1)), off)
        };
        let lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
        [lower, within(lower, b'a', 26), within(v, b'0', 10)]
    }
}

/// Whether the CPU has AVX2, for the scans that have a version for it (asked once and kept by
/// the standard library).
#[cfg(target_arch = "x86_64")]
#[inline]
fn has_avx2() -> bool {
    std::arch::is_x86_feature_detected!("avx2")
}

#[cfg(test)]
mod tests {
    use super::first_hit;

    #[test]
    fn finds_what_a_byte_by_byte_search_finds_at_every_place_of_the_blocks() {
        let text: Vec<u8> = b"abc^defgh?ij+k".repeat(3);
        let may_hit = |b: u8| matches!(b, b'^' | b'?' | b'+');
        for n in 0..=text.len() {
            for from in 0..n {
                let bytes = &text[from..n];
                // a hit needs a letter after it: a block may hold a byte that is no hit
                let hit = |i: usize| {
                    may_hit(bytes[i]) && bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic)
                };
                let want = (0..bytes.len()).find(|&i| hit(i));
                assert_eq!(first_hit(bytes, may_hit, hit), want, "{from}..{n}");
            }
        }
    }
}
