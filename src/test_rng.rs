//! A seeded xorshift generator for the unit tests that check a fast path against its plain
//! reference on many generated inputs: the same numbers on every run and machine, so a failure
//! seen once is seen again.

/// Marsaglia's xorshift64, from a fixed seed.
pub(crate) struct Xorshift(u64);

impl Xorshift {
    pub(crate) fn new() -> Self {
        Xorshift(0x9E37_79B9_7F4A_7C15)
    }

    /// The next number below `n` (0 when `n` is 0).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }

    /// `len` bytes, each drawn from `alphabet`.
    pub(crate) fn bytes(&mut self, alphabet: &[u8], len: usize) -> Vec<u8> {
        (0..len)
            .map(|_| alphabet[self.below(alphabet.len())])
            .collect()
    }

    /// A text of `len` pieces, each drawn from `pieces`.
    pub(crate) fn text(&mut self, pieces: &[&str], len: usize) -> String {
        (0..len).map(|_| pieces[self.below(pieces.len())]).collect()
    }
}
