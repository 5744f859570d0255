//! Hash maps keyed by 64-bit hashes of keys (the xxh3 of a line key, a sentence key, a band).
//!
//! Such a key is already well mixed, so the map uses it as its own hash instead of hashing it
//! again with the standard library's SipHash (a few dozen instructions per look-up, paid for
//! every line of the prescan and every sentence of the duplicate checks). Nothing else changes:
//! what is found under a key is the same; only the (never relied upon) iteration order differs.
//! Maps keyed by text ([`TextMap`]) hash it with xxh3 for the same reason: SipHash of every
//! line of a page was about 1 % of a run on real pages.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use xxhash_rust::xxh3::xxh3_64_with_seed;

/// A map from a 64-bit hash to `V`.
pub type HashedMap<V> = HashMap<u64, V, BuildHasherDefault<Prehashed>>;

/// A set of 64-bit hashes.
pub type HashedSet = HashSet<u64, BuildHasherDefault<Prehashed>>;

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

/// A map from texts to `V` (the lines of a page, counted), hashed by [`TextHasher`].
pub type TextMap<'t, V> = HashMap<&'t str, V, BuildHasherDefault<TextHasher>>;

/// The hasher of [`TextMap`]: xxh3 of each piece written, seeded by the hash of those before.
#[derive(Clone, Copy, Debug, Default)]
pub struct TextHasher(u64);

impl Hasher for TextHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = xxh3_64_with_seed(bytes, self.0);
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

    #[test]
    fn text_maps_tell_texts_apart_and_find_them() {
        let build = BuildHasherDefault::<TextHasher>::default();
        assert_ne!(build.hash_one("ab"), build.hash_one("ba"));
        assert_ne!(build.hash_one(("a", "bc")), build.hash_one(("ab", "c")));
        let texts: Vec<String> = (0..1000).map(|k| format!("dòng {k}")).collect();
        let mut map = TextMap::default();
        for (k, t) in texts.iter().enumerate() {
            *map.entry(t.as_str()).or_insert(0) += k;
        }
        assert_eq!(map.len(), texts.len());
        assert!(texts.iter().enumerate().all(|(k, t)| map[t.as_str()] == k));
    }
}
