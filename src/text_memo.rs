//! A direct-mapped cache from whole texts (lines) to what a pure function of their bytes gave,
//! for the keys asked again of the same text in other documents.
//!
//! The corpus line key ([`crate::boilerplate::corpus::line_key`]) normalises every byte of a
//! line, some ten to twenty instructions a byte, and the lines it is asked of recur across
//! documents: a site's template lines (menus, footers, bylines: the very lines rule B012 counts)
//! on each of its pages. On the wcxb-dev dumps (many sites, a page or two each) 13 % of the line
//! bytes are in a line this cache holds when it is asked again, on the bench corpus (variants of
//! a few seed documents) 99 %, and a crawl of one site lies between. A text found here costs its
//! hash and a comparison of its bytes, a tenth of keying it. Dedup's sentence keys do not use it:
//! sentences recur verbatim across documents far more rarely than template lines (measured: no
//! gain on real pages), and a cache holding them would cost memory for nothing.
//!
//! The cache changes nothing but the time: a slot is found by the text's xxh3 and holds the
//! text's bytes, which are compared whole (a hash collision is a miss, never a wrong value); a
//! text whose slot another took is keyed again; and the memory is fixed: at most `slots` texts of
//! at most `longest` bytes each, with their values.

/// One slot: a text, its hash, and the value kept for it (`text` empty: vacant, as no text kept
/// is empty).
#[derive(Default)]
struct Slot<V> {
    hash: u64,
    text: Vec<u8>,
    value: V,
}

/// A direct-mapped cache of texts (see the module doc).
pub struct TextMemo<V> {
    slots: Vec<Slot<V>>,
    longest: usize,
}

impl<V: Default> TextMemo<V> {
    /// A cache of `slots` entries (a power of two) keeping texts of 1 to `longest` bytes.
    pub fn new(slots: usize, longest: usize) -> Self {
        assert!(slots.is_power_of_two());
        TextMemo {
            slots: std::iter::repeat_with(Slot::default).take(slots).collect(),
            longest,
        }
    }

    /// The value kept for `text`, whose xxh3 is `hash`, when its slot holds it.
    #[inline]
    pub fn get(&self, hash: u64, text: &[u8]) -> Option<&V> {
        let slot = &self.slots[self.slot_of(hash)];
        (slot.hash == hash && !text.is_empty() && slot.text == text).then_some(&slot.value)
    }

    /// Keeps for `text` (xxh3 `hash`) the value `fill` writes over the slot's old one (whose
    /// buffers it may reuse). A text that is empty or longer than the cache keeps is not kept,
    /// and its slot is left as it was.
    pub fn put(&mut self, hash: u64, text: &[u8], fill: impl FnOnce(&mut V)) {
        if text.is_empty() || text.len() > self.longest {
            return;
        }
        let at = self.slot_of(hash);
        let slot = &mut self.slots[at];
        slot.hash = hash;
        slot.text.clear();
        slot.text.extend_from_slice(text);
        fill(&mut slot.value);
    }

    /// The slot of a hash: its low bits (xxh3 is well mixed).
    #[inline]
    fn slot_of(&self, hash: u64) -> usize {
        hash as usize & (self.slots.len() - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use xxhash_rust::xxh3::xxh3_64;

    /// A text gives back the value put for it until another text takes its slot; a text with
    /// the same hash but other bytes is not found; empty and long texts are not kept.
    #[test]
    fn gives_back_what_was_put_for_the_same_text_only() {
        let mut memo: TextMemo<u32> = TextMemo::new(4, 8);
        let put = |memo: &mut TextMemo<u32>, text: &[u8], v: u32| {
            memo.put(xxh3_64(text), text, |slot| *slot = v)
        };
        assert_eq!(memo.get(xxh3_64(b"chia"), b"chia"), None);
        put(&mut memo, b"chia", 1);
        assert_eq!(memo.get(xxh3_64(b"chia"), b"chia"), Some(&1));
        // the hash of "chia" with other bytes: the bytes decide
        assert_eq!(memo.get(xxh3_64(b"chia"), b"chiA"), None);
        put(&mut memo, b"", 2);
        assert_eq!(memo.get(xxh3_64(b""), b""), None);
        put(&mut memo, b"123456789", 3);
        assert_eq!(memo.get(xxh3_64(b"123456789"), b"123456789"), None);
        // with four slots, many texts: each one found is found with its own value
        for i in 0..64u32 {
            put(&mut memo, &i.to_le_bytes(), i);
        }
        let found = (0..64u32)
            .filter_map(|i| {
                memo.get(xxh3_64(&i.to_le_bytes()), &i.to_le_bytes())
                    .map(|&v| (i, v))
            })
            .inspect(|&(i, v)| assert_eq!(i, v))
            .count();
        assert!((1..=4).contains(&found));
    }
}
