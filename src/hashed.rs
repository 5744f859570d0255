//! Hash maps keyed by 64-bit hashes of keys (the xxh3 of a line key, a sentence key, a band).
//!
//! Such a key is already well mixed, so the map uses it as its own hash instead of hashing it
//! again with the standard library's SipHash (a few dozen instructions per look-up, paid for
//! every line of the prescan and every sentence of the duplicate checks). Nothing else changes:
//! what is found under a key is the same; only the (never relied upon) iteration order differs.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A map from a 64-bit hash to `V`.
pub type HashedMap<V> = HashMap<u64, V, BuildHasherDefault<Prehashed>>;

/// A set of 64-bit hashes.
pub type HashedSet = HashSet<u64, BuildHasherDefault<Prehashed>>;

/// The hash of two 64-bit hashes in order (two adjacent words, a site and a line key): the xxh3
/// of their sixteen little-endian bytes, so no text is built for the pair.
pub fn pair(first: u64, second: u64) -> u64 {
    let mut both = [0u8; 16];
    both[..8].copy_from_slice(&first.to_le_bytes());
    both[8..].copy_from_slice(&second.to_le_bytes());
    xxhash_rust::xxh3::xxh3_64(&both)
}

/// The hasher of [`HashedMap`]: a `u64` is its own hash.
#[derive(Clone, Copy, Debug, Default)]
pub struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }

    /// Other keys (not used by the maps above) still hash: FNV-1a over the bytes.
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01B3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn a_u64_is_its_own_hash_and_maps_find_their_keys() {
        let build = BuildHasherDefault::<Prehashed>::default();
        assert_eq!(build.hash_one(0xDEAD_BEEF_u64), 0xDEAD_BEEF);
        assert_ne!(build.hash_one("ab"), build.hash_one("ba"));
        let mut map = HashedMap::default();
        for k in 0..1000u64 {
            map.insert(k.wrapping_mul(0x9E37_79B9_7F4A_7C15), k);
        }
        assert!((0..1000u64).all(|k| map[&k.wrapping_mul(0x9E37_79B9_7F4A_7C15)] == k));
    }
}
