//! A small direct-mapped cache from short byte strings to short byte strings, for pure functions
//! of a few bytes that are asked again and again.
//!
//! A decomposed Vietnamese text repeats a few hundred clusters (a letter and one or two
//! combining marks: Vietnamese has 134 toned vowels), and what a cluster becomes — its NFC form
//! ([`crate::passes::nfc`]), its corpus line key ([`crate::boilerplate::corpus`]) — depends on
//! its bytes alone, while the general algorithm behind each answer costs hundreds of
//! instructions a cluster and a look-up a tenth of that. The cache changes nothing but the time:
//! a value is the function's own answer for its key, a key whose slot another took is computed
//! again, and the memory is fixed (keys and values of at most [`SHORT`] bytes are kept).

/// The longest key, and the longest value, a [`ShortMemo`] keeps.
pub const SHORT: usize = 15;

/// One slot: a key's bytes and its value's (`key_len` 0: empty, as no key asked is).
#[derive(Clone, Copy, Default)]
struct Slot {
    key: [u8; SHORT],
    key_len: u8,
    value: [u8; SHORT],
    value_len: u8,
}

/// A direct-mapped cache of `slots` entries (see the module doc).
pub struct ShortMemo {
    slots: Vec<Slot>,
}

impl ShortMemo {
    /// A cache of `slots` entries (a power of two), each 32 bytes.
    pub fn new(slots: usize) -> Self {
        assert!(slots.is_power_of_two());
        ShortMemo {
            slots: vec![Slot::default(); slots],
        }
    }

    /// The value kept for `key`, when its slot holds it.
    #[inline]
    pub fn get(&self, key: &[u8]) -> Option<&[u8]> {
        let slot = &self.slots[self.slot_of(key)];
        (usize::from(slot.key_len) == key.len() && !key.is_empty() && slot.key[..key.len()] == *key)
            .then(|| &slot.value[..usize::from(slot.value_len)])
    }

    /// Keeps `value` for `key` in its slot, when both are short enough; otherwise leaves the
    /// slot empty (what it held is not `key`'s).
    pub fn put(&mut self, key: &[u8], value: &[u8]) {
        let at = self.slot_of(key);
        let mut slot = Slot::default();
        if key.len() <= SHORT && value.len() <= SHORT {
            slot.key[..key.len()].copy_from_slice(key);
            slot.key_len = key.len() as u8;
            slot.value[..value.len()].copy_from_slice(value);
            slot.value_len = value.len() as u8;
        }
        self.slots[at] = slot;
    }

    /// The slot of `key`: FNV-1a of its bytes.
    #[inline]
    fn slot_of(&self, key: &[u8]) -> usize {
        let mut h: u32 = 0x811C_9DC5;
        for &b in key {
            h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
        (h ^ (h >> 16)) as usize & (self.slots.len() - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A key gives back the value put for it until another key takes its slot; long keys and
    /// values are not kept, and an empty key is never found.
    #[test]
    fn gives_back_what_was_put_for_the_same_key_only() {
        let mut memo = ShortMemo::new(4);
        assert_eq!(memo.get(b"e\xcc\x81"), None);
        memo.put(b"e\xcc\x81", "é".as_bytes());
        assert_eq!(memo.get(b"e\xcc\x81"), Some("é".as_bytes()));
        assert_eq!(memo.get(b"e\xcc\x80"), None);
        memo.put(b"", b"x");
        assert_eq!(memo.get(b""), None);
        let long = [b'a'; SHORT + 1];
        memo.put(&long, b"x");
        assert_eq!(memo.get(&long), None);
        memo.put(b"k", &long);
        assert_eq!(memo.get(b"k"), None);
        // with four slots, many keys: each one found is found with its own value
        for i in 0..64u8 {
            memo.put(&[i, i], &[i]);
        }
        let found = (0..64u8).filter(|&i| memo.get(&[i, i]).is_some()).count();
        assert!((1..=4).contains(&found));
        for i in 0..64u8 {
            if let Some(v) = memo.get(&[i, i]) {
                assert_eq!(v, [i]);
            }
        }
    }
}
