//! The normalised key of a line, which [`super::LineStats`] counts documents by: lower case,
//! letters and digits only, every digit `0`, NFC, so that a template line with a changing count
//! or date (`Tổng lượt truy cập: 87084500`) keys the same on every page. Hot: every line of
//! every document, in the prescan and again in the body zone; the plain blocks (ASCII and
//! precomposed Vietnamese) are keyed through tables, sixteen ASCII bytes at a time, and only a
//! cluster around any other character takes the general path. A test keeps every path equal to
//! a plain reference implementation.

use std::cell::RefCell;
use std::sync::LazyLock;

use xxhash_rust::xxh3::xxh3_64;

use crate::chars;
use crate::short_memo::ShortMemo;
use crate::text_memo::TextMemo;

/// The normalised key of a line; `None` for lines without letters.
///
/// Hot (every line of every document, in the prescan and again in the body zone): a line of
/// [`MEMO_SHORTEST`] bytes or more is looked up in this thread's keys of the lines met before
/// ([`TextMemo`]: a site's template lines recur on each of its pages), and only a line not
/// found there is keyed ([`computed_key`]).
pub fn line_key(line: &str) -> Option<u64> {
    if line.len() < MEMO_SHORTEST {
        return computed_key(line);
    }
    let hash = xxh3_64(line.as_bytes());
    MET.with_borrow_mut(|met| {
        if let Some(&key) = met.get(hash, line.as_bytes()) {
            return key;
        }
        let key = computed_key(line);
        met.put(hash, line.as_bytes(), |kept| *kept = key);
        key
    })
}

/// The shortest line [`line_key`] looks up among the lines met: a shorter one is keyed in about
/// the time its hash and a look-up take.
const MEMO_SHORTEST: usize = 24;

/// [`line_key`] of a line not met before: one pass over
/// the bytes builds the key in a reused buffer, the characters of the plain blocks of
/// [`plain_lowercase`] (ASCII and precomposed Vietnamese: NFC already, lower case known) through
/// tables ([`plain_key`]); only the cluster around any other character (a decomposed letter and
/// its marks, another script) is composed and keyed by the general path, [`general_key`], which
/// gives the same key for plain characters. A line with a decomposed word costs that word's
/// composition, not the whole line's and a second pass over it.
fn computed_key(line: &str) -> Option<u64> {
    match key_or_marks(line) {
        Ok(key) => key,
        // a dumper's link targets (`Home [https://site/]`) are read past: the line is keyed as
        // the link-marks pass leaves it (`passes::link_marks`), whichever text the statistics saw
        Err(bare) => computed_key(&bare),
    }
}

/// [`computed_key`] of `line`, or `Err` with the line without its link marks when it has any.
/// Only a line with a `[` can have one: [`plain_key`] tells whether it met one among the bytes
/// it keyed (a branch rarely taken; a search of every line for `[` cost 20 M instructions more
/// on 600 real pages), so the marks are looked for in few lines, and in any line with a cluster
/// keyed by the general path (which [`plain_key`] did not see).
fn key_or_marks(line: &str) -> Result<Option<u64>, String> {
    KEY.with_borrow_mut(|(key, clusters)| {
        // room for the plain path's key of the whole line (see `plain_key`)
        let room = 2 * line.len() + SLACK;
        if key.len() < room {
            key.resize(room, 0);
        }
        let (mut from, mut end) = (0, 0);
        let mut general = false;
        let mut bracket = false;
        while let Err(at) = plain_key(line, from, key, &mut end, &mut bracket) {
            from = general_cluster(line, from, at, key, &mut end, clusters);
            general = true;
        }
        if bracket || general {
            if let Some(bare) = crate::passes::link_marks::without_marks(line) {
                return Err(bare);
            }
        }
        let written = &key[..end];
        let letters = if general {
            line.chars().any(chars::is_alphabetic)
        } else {
            // a letter leaves its own bytes in the key, anything else `0` or a space (see `Plain`)
            written.iter().any(|&b| b != b'0' && b != b' ')
        };
        let hash = letters.then(|| xxh3_64(trim(written)));
        // a huge line's room is not kept for the next
        if key.len() > KEPT_ROOM {
            *key = Vec::new();
        }
        Ok(hash)
    })
}

/// The most bytes of room [`line_key`] keeps between lines.
const KEPT_ROOM: usize = 1 << 20;

/// A key without the space a line's leading or trailing separators leave (a key holds letters,
/// `0` and single spaces, so these are its only whitespace).
fn trim(key: &[u8]) -> &[u8] {
    let key = key.strip_prefix(b" ").unwrap_or(key);
    key.strip_suffix(b" ").unwrap_or(key)
}

/// Writes the key of `line[from..]` to `key[*end..]` while its characters are in the plain
/// blocks of [`plain_lowercase`] (NFC already), moving `end` past it; `Err` with where the first
/// other character starts. Sets `bracket` when it meets a `[` (which opens any link mark).
///
/// Hot. Most of a line is runs of letters that are their own key (lower-case ASCII letters, and
/// letters of two or three bytes told by their bytes, [`own_len`]) with single spaces between
/// them, which are their own key too: such a run is found a character at a time ([`run_end`])
/// and copied whole, instead of writing each byte's key and deciding whether the key moves
/// past it (a quarter more instructions on the bench corpus). Any other ASCII byte is keyed
/// without a branch on its class: its key byte ([`ASCII_KEY`]) is written, and the key moves
/// past it unless it is a separator after a separator. Only the rest (capital and other
/// letters, separators of more than one byte) are decoded and looked up in [`PLAIN`].
///
/// The key is written in place, `key` having room for two bytes per byte of `line[from..]` and
/// [`SLACK`] more past `*end` (no plain character keys to more than two bytes per byte of its
/// own; a character and its key are written in four bytes, past what they hold).
#[inline(never)]
fn plain_key(
    line: &str,
    from: usize,
    key: &mut [u8],
    end: &mut usize,
    bracket: &mut bool,
) -> Result<(), usize> {
    let plain = &*PLAIN;
    let own = &*OWN;
    let bytes = line.as_bytes();
    let mut at = from;
    let mut n = *end;
    // whether the key ends with a separator
    let mut after_space = n > 0 && key[n - 1] == b' ';
    let result = loop {
        #[cfg(target_arch = "x86_64")]
        if let Some(sixteen) = bytes.get(at..at + 16) {
            if ascii_sixteen(sixteen, key, &mut n, &mut after_space, bracket) {
                at += 16;
                continue;
            }
        }
        let Some(&b) = bytes.get(at) else {
            break Ok(());
        };
        let own_letter = if b < 0x80 {
            usize::from(LOWER[usize::from(b)])
        } else {
            own_len(own, bytes, at)
        };
        if own_letter > 0 {
            // a run of letters that are their own key, with the single spaces between them,
            // is its own key: found a character at a time and copied at once
            let run = at;
            at = run_end(own, bytes, at + own_letter);
            key[n..n + (at - run)].copy_from_slice(&bytes[run..at]);
            n += at - run;
            after_space = bytes[at - 1] == b' ';
            continue;
        }
        if b < 0x80 {
            let k = ASCII_KEY[usize::from(b)];
            let space = k == b' ';
            key[n] = k;
            n += usize::from(!(space & after_space));
            after_space = space;
            if b == b'[' {
                *bracket = true;
            }
            at += 1;
            continue;
        }
        let (c, len) = decode(bytes, at);
        match plain.get(c) {
            Some(Plain::Own) => {
                n = copy_char(bytes, at, len, key, n);
                after_space = false;
            }
            Some(Plain::Key(k)) => {
                // all four bytes, then the key's length: a copy of fixed size
                key[n..n + 4].copy_from_slice(&k.bytes);
                n += usize::from(k.len);
                after_space = false;
            }
            Some(Plain::Space) => {
                key[n] = b' ';
                n += usize::from(!after_space);
                after_space = true;
            }
            Some(Plain::Other) | None => break Err(at),
        }
        at += len;
    };
    *end = n;
    result
}

/// Keys sixteen bytes of a line at once when they are all ASCII, as [`plain_key`] keys each (its
/// [`ASCII_KEY`], a separator after a separator left out), writing the key at `key[*n..]` (room
/// for sixteen bytes: [`plain_key`]'s two per byte) and moving `n`; `false`, with nothing
/// written, when a byte is not ASCII.
///
/// Most text of the real pages (English and other Latin-script sites) is ASCII, where
/// [`plain_key`]'s runs end at every capital, digit and punctuation mark: there a block costs
/// some twenty vector instructions instead of the runs' half dozen a byte and a copy each. A
/// block is written whole when no separator in it follows a separator (most: a comma and its
/// space are the common exception), else byte by byte without its extra separators.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn ascii_sixteen(
    sixteen: &[u8],
    key: &mut [u8],
    n: &mut usize,
    after_space: &mut bool,
    bracket: &mut bool,
) -> bool {
    use crate::byte_blocks::ascii_letters_and_digits;
    use std::arch::x86_64::*;
    let (kept, separators, brackets) = {
        // SAFETY: SSE2 is part of x86-64, and `sixteen` holds the sixteen bytes read
        unsafe {
            let v = _mm_loadu_si128(sixteen.as_ptr().cast());
            if _mm_movemask_epi8(v) != 0 {
                return false;
            }
            let [lower, letter, digit] = ascii_letters_and_digits(v);
            let word = _mm_or_si128(letter, digit);
            let kept = _mm_or_si128(
                _mm_or_si128(
                    _mm_and_si128(letter, lower),
                    _mm_and_si128(digit, _mm_set1_epi8(b'0' as i8)),
                ),
                _mm_andnot_si128(word, _mm_set1_epi8(b' ' as i8)),
            );
            let brackets = _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(b'[' as i8)));
            let separators = !_mm_movemask_epi8(word) as u32 & 0xFFFF;
            let mut out = [0u8; 16];
            _mm_storeu_si128(out.as_mut_ptr().cast(), kept);
            (out, separators, brackets)
        }
    };
    *bracket |= brackets != 0;
    // the separators after a separator (the first after the key's last byte)
    let extra = separators & (separators << 1 | u32::from(*after_space));
    if extra == 0 {
        key[*n..*n + 16].copy_from_slice(&kept);
        *n += 16;
    } else {
        let mut at = *n;
        for (i, &k) in kept.iter().enumerate() {
            key[at] = k;
            at += usize::from(extra >> i & 1 == 0);
        }
        *n = at;
    }
    *after_space = separators >> 15 != 0;
    true
}

/// Where the run of letters that are their own key (lower-case ASCII ones, [`LOWER`], and those
/// [`own_len`] tells) and single spaces after them, going on at `at` after such a letter, ends.
/// Most of a Vietnamese line's text is such runs (its capitals, digits and punctuation end
/// them): a look-up and an add per ASCII letter, instead of writing each byte's key and
/// deciding whether the key moves past it.
#[inline(always)]
fn run_end(own: &[bool; OWN_SLOTS], bytes: &[u8], mut at: usize) -> usize {
    while let Some(&b) = bytes.get(at) {
        if b < 0x80 {
            // a space after a space is not the key's (one for a run of separators)
            let own_key = LOWER[usize::from(b)] || (b == b' ' && bytes[at - 1] != b' ');
            if !own_key {
                break;
            }
            at += 1;
        } else {
            let len = own_len(own, bytes, at);
            if len == 0 {
                break;
            }
            at += len;
        }
    }
    at
}

/// The ASCII bytes that are their own key: the lower-case letters.
static LOWER: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_lowercase();
        b += 1;
    }
    table
};

/// Copies the character of `len` bytes at `bytes[at]` to `key[n..]` and returns where it ends
/// there: four bytes at once when the line has as many from `at` (the key has room past the
/// character).
#[inline(always)]
fn copy_char(bytes: &[u8], at: usize, len: usize, key: &mut [u8], n: usize) -> usize {
    match bytes.get(at..at + 4) {
        Some(four) => key[n..n + 4].copy_from_slice(four),
        None => key[n..n + len].copy_from_slice(&bytes[at..at + len]),
    }
    n + len
}

/// Whether each character of U+0080–U+053F and U+1E00–U+1EFF (the Latin, Greek and Cyrillic
/// letters and the precomposed Vietnamese ones) is its own key ([`Plain::Own`]): at `cp - 0x80`
/// and at [`OWN_LATIN_ADDITIONAL`]` + cp - 0x1E00`, in an array of [`OWN_SLOTS`] (the slots
/// after them `false`).
static OWN: LazyLock<[bool; OWN_SLOTS]> = LazyLock::new(|| {
    let mut own = [false; OWN_SLOTS];
    for (slot, cp) in own.iter_mut().zip((0x80..0x540).chain(0x1E00..0x1F00)) {
        *slot = matches!(PLAIN.get(cp), Some(Plain::Own));
    }
    own
});

/// The slots of [`OWN`]: a power of two, so that [`own_len`]'s index, masked to it, needs no
/// bounds check (nor the table's length in a register of [`plain_key`]'s loop).
const OWN_SLOTS: usize = 0x800;

/// Where the slots of U+1E00–U+1EFF start in [`OWN`]: after those of the two-byte characters.
const OWN_LATIN_ADDITIONAL: usize = 0x540 - 0x80;

/// The length of the character at byte `at` of `bytes` (a `str`'s, at a char boundary) when it
/// is a two- or three-byte letter that is its own key ([`OWN`]), else 0: told by its bytes,
/// without decoding it and matching its [`Plain`] class (most characters of Vietnamese text
/// that are not ASCII are such letters).
#[inline(always)]
fn own_len(own: &[bool; OWN_SLOTS], bytes: &[u8], at: usize) -> usize {
    let b0 = bytes[at];
    let tail = |i: usize| bytes.get(at + i).map_or(0, |&b| usize::from(b & 0x3F));
    // the slots are below 0x5C0: the mask changes no index
    let slot = |i: usize| own[i & (OWN_SLOTS - 1)];
    match (b0, bytes.get(at + 1)) {
        (0xC2..=0xD4, _) => 2 * usize::from(slot(((usize::from(b0) & 0x1F) << 6 | tail(1)) - 0x80)),
        (0xE1, Some(&b1 @ 0xB8..=0xBB)) => {
            let cp = usize::from(b1 - 0xB8) << 6 | tail(2);
            3 * usize::from(slot(OWN_LATIN_ADDITIONAL + cp))
        }
        _ => 0,
    }
}

/// Room [`plain_key`] needs in its key past two bytes per byte of the line: a character, or its
/// key, is written in four bytes.
const SLACK: usize = 4;

/// Keys the cluster of `line` around the character at `at` that [`plain_key`] (which keyed
/// `line[from..at]` into `key[..*written]`) left: composed and keyed by [`general_key`] (or
/// taken from those met before, see [`Clusters`]) and written after the key, moving `written`.
/// Returns where the cluster ends: at the next character of the plain blocks ([`nfc_plain`]).
///
/// A plain character is a starter that NFC keeps and that nothing before it composes with
/// (see [`crate::passes::nfc::push_nfc`]), so the line splits before each into parts that
/// normalise apart. The cluster starts at the character at `at` when that is plain (a letter
/// without a one-`char` lower case, such as `İ`), or when the character before it is a separator
/// (no separator composes with what follows into a letter or a digit, tested: the key is the
/// same); otherwise at that character, a letter or digit whose key bytes are taken back.
#[cold]
fn general_cluster(
    line: &str,
    from: usize,
    at: usize,
    key: &mut Vec<u8>,
    written: &mut usize,
    clusters: &mut Clusters,
) -> usize {
    let c = line[at..].chars().next().expect("a char boundary");
    let mut start = at;
    if !nfc_plain(c as u32) {
        if let Some(before) = line[from..at].chars().next_back() {
            // its key bytes, as `plain_key` wrote them
            let own = match before {
                _ if before.is_ascii() => usize::from(ASCII_KEY[before as usize] != b' '),
                _ => match PLAIN.get(before as u32) {
                    Some(Plain::Own) => before.len_utf8(),
                    Some(Plain::Key(k)) => usize::from(k.len),
                    _ => 0,
                },
            };
            if own > 0 {
                *written -= own;
                start = at - before.len_utf8();
            }
        }
    }
    let end = cluster_end(line, at + c.len_utf8());
    let part = clusters.key(&line[start..end]);
    // the cluster's key, but a separator it starts with when the key ends with one
    let n = *written;
    let joined = usize::from(part.first() == Some(&b' ') && n > 0 && key[n - 1] == b' ');
    let part = &part[joined..];
    // and room for the plain path after it
    let room = n + part.len() + 2 * (line.len() - end) + SLACK;
    if key.len() < room {
        key.resize(room, 0);
    }
    key[n..n + part.len()].copy_from_slice(part);
    *written = n + part.len();
    end
}

/// The keys of the clusters [`general_cluster`] meets, with its buffers.
struct Clusters {
    /// A cluster composed.
    nfc: String,
    /// Its key.
    key: Vec<u8>,
    /// The keys of the clusters met: a key is a function of the cluster's bytes, and a
    /// decomposed text repeats a few hundred clusters (a letter and its marks), each of which
    /// costs some 700 instructions to compose and key.
    met: ShortMemo,
}

impl Clusters {
    fn new() -> Self {
        Clusters {
            nfc: String::new(),
            key: Vec::new(),
            met: ShortMemo::new(1 << 10),
        }
    }

    /// The key of `cluster`: [`general_key`] of its NFC form.
    fn key(&mut self, cluster: &str) -> &[u8] {
        self.key.clear();
        match self.met.get(cluster.as_bytes()) {
            Some(kept) => self.key.extend_from_slice(kept),
            None => {
                self.nfc.clear();
                crate::passes::nfc::push_nfc(cluster, &mut self.nfc);
                general_key(&self.nfc, &mut self.key);
                self.met.put(cluster.as_bytes(), &self.key);
            }
        }
        &self.key
    }
}

/// Where the first character of the plain blocks ([`nfc_plain`]) at or after `from` starts in
/// `line` (its end when there is none).
#[cold]
fn cluster_end(line: &str, from: usize) -> usize {
    line[from..]
        .char_indices()
        .find(|&(_, c)| nfc_plain(c as u32))
        .map_or(line.len(), |(at, _)| from + at)
}

/// The code point and length of the UTF-8 sequence at `bytes[at..]` (a `str`'s bytes at a
/// char boundary, so well formed).
#[inline(always)]
fn decode(bytes: &[u8], at: usize) -> (u32, usize) {
    let b = |i: usize| u32::from(bytes[at + i] & 0x3F);
    match bytes[at] {
        0xC0..=0xDF => ((u32::from(bytes[at] & 0x1F) << 6) | b(1), 2),
        0xE0..=0xEF => ((u32::from(bytes[at] & 0x0F) << 12) | (b(1) << 6) | b(2), 3),
        _ => (
            (u32::from(bytes[at] & 0x07) << 18) | (b(1) << 12) | (b(2) << 6) | b(3),
            4,
        ),
    }
}

/// What a non-ASCII character of the plain blocks adds to a key, looked up by code point
/// instead of asking [`plain_lowercase`] and the character classes for every character.
#[derive(Clone, Copy)]
enum Plain {
    /// Not in the plain blocks, or no one-`char` lower case: the general path.
    Other,
    /// A separator.
    Space,
    /// A letter that is its own key (lower case already).
    Own,
    /// A letter (its lower case) or a digit (`0`): its key bytes.
    Key(KeyBytes),
}

#[derive(Clone, Copy)]
struct KeyBytes {
    bytes: [u8; 4],
    len: u8,
}

/// [`Plain`] for the code points from U+0080 to U+206F, built once from [`plain_lowercase`] and
/// [`push_key_char`]'s classes, so the table gives what they give.
struct PlainTable(Vec<Plain>);

impl PlainTable {
    const END: u32 = 0x2070;

    fn build() -> Self {
        let entry = |cp: u32| {
            let Some(c) = char::from_u32(cp) else {
                return Plain::Other;
            };
            let Some(lower) = plain_lowercase(c) else {
                return Plain::Other;
            };
            let mut key = Vec::new();
            push_key_char(&mut key, lower);
            if key == b" " {
                return Plain::Space;
            }
            // the line has a letter when its key has a byte other than `0` and space: a
            // character that would break that (none does) takes the general path
            if chars::is_alphabetic(c) == (key == b"0") {
                return Plain::Other;
            }
            if key == c.encode_utf8(&mut [0; 4]).as_bytes() {
                return Plain::Own;
            }
            let mut bytes = [0; 4];
            bytes[..key.len()].copy_from_slice(&key);
            Plain::Key(KeyBytes {
                bytes,
                len: key.len() as u8,
            })
        };
        PlainTable((0x80..Self::END).map(entry).collect())
    }

    /// `None` for code points past the table (none of them is plain).
    #[inline]
    fn get(&self, cp: u32) -> Option<Plain> {
        match cp.checked_sub(0x80) {
            Some(i) if cp < Self::END => Some(self.0[i as usize]),
            _ => None,
        }
    }
}

static PLAIN: LazyLock<PlainTable> = LazyLock::new(PlainTable::build);

/// The key byte of each ASCII byte: letters lower-cased, digits `0`, anything else a space.
static ASCII_KEY: [u8; 128] = {
    let mut table = [b' '; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphabetic() {
            table[b] = c.to_ascii_lowercase();
        } else if c.is_ascii_digit() {
            table[b] = b'0';
        }
        b += 1;
    }
    table
};

/// Appends a lower-cased character to a key: letters as they are, every digit `0`, and a run of
/// anything else one space.
#[inline]
fn push_key_char(key: &mut Vec<u8>, lower: char) {
    if chars::is_numeric(lower) {
        key.push(b'0');
    } else if chars::is_alphabetic(lower) {
        key.extend_from_slice(lower.encode_utf8(&mut [0; 4]).as_bytes());
    } else {
        push_space(key);
    }
}

/// A separator: one space for a run of them.
#[inline]
fn push_space(key: &mut Vec<u8>) {
    if key.last() != Some(&b' ') {
        key.push(b' ');
    }
}

/// The lower case of `c` when NFC keeps it as it is (a starter of the plain blocks
/// [`nfc_plain`]) and it lower-cases to one `char`; `None` for any other.
fn plain_lowercase(c: char) -> Option<char> {
    match c as u32 {
        0x2002..=0x206F => Some(c), // punctuation, spaces and format characters: no case
        cp if nfc_plain(cp) => chars::simple_lowercase(c).or_else(|| {
            let mut lower = c.to_lowercase();
            lower.next().filter(|_| lower.next().is_none())
        }),
        _ => None,
    }
}

/// Whether the code point `cp` is in the plain blocks: ASCII, Latin to U+024F, Greek and Coptic
/// and Cyrillic to U+052F, Latin Extended Additional and General Punctuation from U+2002, but
/// the Greek characters NFC replaces (U+0374, U+037E, U+0387) and the Cyrillic combining marks
/// (U+0483–U+0489). These are starters that NFC keeps and that compose with nothing before them
/// (tested), so a line splits before each into parts that normalise apart. Greek and Cyrillic
/// are here because a page in either would otherwise be keyed a word at a time by the general
/// path ([`general_cluster`]): 15 Russian pages of the 600 real ones of `scripts/bench
/// --callgrind 600 --kind pages` cost 2 % of all instructions there.
#[inline]
fn nfc_plain(cp: u32) -> bool {
    matches!(cp,
        0..=0x24F
        | 0x370..=0x373
        | 0x375..=0x37D
        | 0x37F..=0x386
        | 0x388..=0x482
        | 0x48A..=0x52F
        | 0x1E00..=0x1EFF
        | 0x2002..=0x206F)
}

/// Appends the key of the NFC text `nfc` to `key`, a `char` at a time (any character).
fn general_key(nfc: &str, key: &mut Vec<u8>) {
    for c in nfc.chars() {
        match chars::simple_lowercase(c) {
            Some(lower) => push_key_char(key, lower),
            None => c.to_lowercase().for_each(|l| push_key_char(key, l)),
        }
    }
}

/// [`line_key`] as first written (NFC of the whole line, then character by character): the
/// reference the fast paths are tested against.
#[cfg(test)]
fn reference_key(line: &str) -> Option<u64> {
    use unicode_normalization::UnicodeNormalization;
    if !line.chars().any(chars::is_alphabetic) {
        return None;
    }
    let nfc: String = line.nfc().collect();
    let mut key = String::new();
    for c in nfc.chars() {
        for l in c.to_lowercase() {
            if l.is_numeric() {
                key.push('0');
            } else if l.is_alphabetic() {
                key.push(l);
            } else if !key.ends_with(' ') {
                key.push(' ');
            }
        }
    }
    Some(xxh3_64(key.trim().as_bytes()))
}

thread_local! {
    /// [`computed_key`]'s buffers: the key's room, and the keys of the clusters it met (32 KB).
    static KEY: RefCell<(Vec<u8>, Clusters)> = RefCell::new((Vec::new(), Clusters::new()));
    /// The keys of the lines [`line_key`] met on this thread: 4,096 lines of at most 2 KB (a
    /// line of the bench corpus is 180 bytes on average: under a megabyte).
    static MET: RefCell<TextMemo<Option<u64>>> = RefCell::new(TextMemo::new(1 << 12, 2048));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_digits_case_and_spacing() {
        assert_eq!(
            line_key("Tổng lượt truy cập: 87084500"),
            line_key("tổng lượt  truy cập 12345678")
        );
        assert_ne!(line_key("Chia sẻ"), line_key("Chia sẽ"));
        // decomposed and composed spellings agree
        assert_eq!(line_key("Việt"), line_key("Vie\u{323}\u{302}t"));
        assert_eq!(line_key("---"), None);
        // a dumper's link target is no part of the line
        assert_eq!(line_key("Home [https://site.vn/]"), line_key("Home"));
        assert_ne!(line_key("Home [menu]"), line_key("Home"));
        // also after a letter the general path keys (the plain path never met the `[`)
        assert_eq!(
            line_key("Vie\u{323}\u{302}t Nam [https://site.vn/]"),
            line_key("Việt Nam")
        );
        assert_eq!(
            line_key("[https://site.vn/] Vie\u{323}\u{302}t Nam"),
            line_key("Việt Nam")
        );
        // a `[` met in a block of sixteen ASCII bytes (`ascii_sixteen`) as one met alone
        assert_eq!(
            line_key("Read the whole story here [https://site.vn/a/b/c]"),
            line_key("Read the whole story here")
        );
    }

    /// Lines mostly of ASCII (English pages), whose blocks of sixteen bytes are keyed at once
    /// (`ascii_sixteen`), with runs of separators across and inside blocks, capitals, digits,
    /// every ASCII byte, and a rare letter or separator of more bytes between blocks.
    #[test]
    fn ascii_blocks_key_as_the_reference() {
        // without `[`, which may open a link mark that the key reads past (tested above)
        let ascii: Vec<String> = (0u8..0x80)
            .filter(|&b| b != b'[')
            .map(|b| char::from(b).to_string())
            .collect();
        let mut pieces: Vec<&str> = ascii.iter().map(String::as_str).collect();
        pieces.extend([
            "the", "News", "UPDATE", "2024", ", ", ". ", " - ", "   ", " ", " ", "a", "e", "s",
            "’", "é", "ệ", "\u{A0}", "e\u{301}",
        ]);
        let mut rng = crate::test_rng::Xorshift::new();
        for len in 0..20_000 {
            let line = rng.text(&pieces, len % 90);
            assert_eq!(line_key(&line), reference_key(&line), "{line:?}");
        }
    }

    #[test]
    fn the_fast_path_gives_the_general_key() {
        let plain = (0x20..0x250)
            .chain(0x370..0x530)
            .chain(0x1E00..0x1F00)
            .chain(0x2000..0x2070);
        let every: String = plain.filter_map(char::from_u32).collect();
        let lines = [
            "Tổng lượt truy cập: 87084500",
            "“Chia sẻ” – Facebook…  Zalo ²³ ½",
            "ĐÀ NẴNG, ƯU ĐÃI Ơ Ư Ă Â Ê Ô",
            "---",
            "²",
            "Vie\u{323}\u{302}t Nam",
            "ΟΔΟΣ Σ İstanbul",
            "Привет, МИР! Ёлка ёлка Й й и\u{306} е\u{308} 2024 г.",
            "Ἀθῆναι ΆΈΉ ά α\u{301} ΐ ϊ\u{301} ; · ʹ Ꙁ",
            "Zażółć gęślą jaźń ŁÓDŹ ǅ ǈ",
            "Bo\u{323}\u{302} tru\u{31B}o\u{31B}\u{309}ng 北京 \u{2000}x",
            "\u{301}\u{301}",
            every.as_str(),
        ];
        let chars = every.chars().map(|c| c.to_string());
        for line in lines.iter().map(|l| l.to_string()).chain(chars) {
            assert_eq!(line_key(&line), reference_key(&line), "{line:?}");
        }
    }

    /// Lines drawn from lower- and upper-case letters of one, two and three bytes, digits, runs
    /// of spaces, punctuation and decomposed letters key as the reference does: the runs of
    /// letters that are their own key, with single spaces, copied at once ([`run_end`]), start
    /// and end anywhere.
    #[test]
    fn runs_of_own_letters_and_single_spaces_key_as_the_reference() {
        let pieces = [
            "a",
            "z",
            "A",
            "Z",
            "0",
            "9",
            " ",
            " ",
            "  ",
            ",",
            ".",
            "-",
            "\t",
            "@",
            "[",
            "`",
            "{",
            "ệ",
            "Ệ",
            "đ",
            "Đ",
            "ư",
            "Ư",
            "à",
            "À",
            "ab",
            "Hà Nội",
            "trời",
            "2024",
            "\u{A0}",
            "\u{2003}",
            "e\u{301}",
            "ǅ",
            "İ",
        ];
        let mut rng = crate::test_rng::Xorshift::new();
        for len in 0..20_000 {
            let line = rng.text(&pieces, len % 40);
            assert_eq!(line_key(&line), reference_key(&line), "{line:?}");
        }
    }

    /// The letters `own_len` tells by their bytes are those the table calls their own key, for
    /// every character up to U+2FFF (and the others are told 0).
    #[test]
    fn own_letters_are_told_by_their_bytes_as_by_their_class() {
        let mut own = 0;
        for c in ('\u{80}'..='\u{2FFF}').filter(|c| c.len_utf8() > 1) {
            let text = format!("{c}x");
            let by_bytes = own_len(&OWN, text.as_bytes(), 0);
            let by_class = matches!(PLAIN.get(c as u32), Some(Plain::Own));
            assert_eq!(by_bytes, if by_class { c.len_utf8() } else { 0 }, "{c:?}");
            own += usize::from(by_class);
        }
        assert!(own > 60, "{own}");
    }

    /// `plain_key` writes a line's key in place in room for two bytes per byte of the line: no
    /// character of the table keys to more.
    #[test]
    fn no_plain_character_keys_to_more_than_two_bytes_per_byte() {
        for cp in 0x80..PlainTable::END {
            if let (Some(c), Some(Plain::Key(k))) = (char::from_u32(cp), PLAIN.get(cp)) {
                assert!(usize::from(k.len) <= 2 * c.len_utf8(), "{c:?}");
            }
        }
        let long = "Ⱥ".repeat(1000);
        assert_eq!(line_key(&long), reference_key(&long));
    }

    /// Lines where decomposed words, other scripts and plain letters without a one-`char` lower
    /// case sit anywhere among plain text (each such cluster is keyed apart from the rest): the
    /// seed texts' lines decomposed, and lines pieced together from fragments. Each cluster
    /// comes back many times: the keys of the clusters met ([`Clusters`]) are those computed.
    #[test]
    fn clusters_keyed_apart_give_the_key_of_the_whole_line() {
        use unicode_normalization::UnicodeNormalization;
        let mut lines: Vec<String> = crate::seed_texts::lines()
            .into_iter()
            .flat_map(|l| [l.nfd().collect(), l])
            .collect();
        let fragments = [
            "Vie\u{323}\u{302}t",
            "nă\u{300}m",
            "Ê\u{301}",
            "ê\u{301}x",
            "a\u{301}\u{301}",
            "\u{301}",
            " ",
            "\u{2002}",
            "İ",
            "ł",
            "ǅa",
            "Σ",
            "ΟΔΟΣ",
            "Москва́",
            "ЁЙ",
            "е\u{308}",
            "и\u{306}\u{483}",
            "\u{488}",
            "ά",
            "Ω\u{301}",
            "\u{37E}",
            "Łódź",
            "北京",
            "x\u{20DD}",
            "2024,",
            "Hà Nội",
            "…",
            "ⅰⅱ",
            "-",
        ];
        let mut state = 12345u64;
        for _ in 0..3000 {
            let mut line = String::new();
            for _ in 0..6 {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                line.push_str(fragments[(state >> 33) as usize % fragments.len()]);
            }
            lines.push(line);
        }
        for line in &lines {
            assert_eq!(line_key(line), reference_key(line), "{line:?}");
        }
    }

    /// What `general_cluster` leaves out of a cluster: a separator of the plain blocks and any
    /// character composed from one never compose with what follows into a letter or a digit,
    /// nor with a letter or digit, so keying the separator apart gives the same key.
    #[test]
    fn no_separator_composes_into_a_letter_or_digit() {
        use unicode_normalization::char::compose;
        let alnum = |c: char| chars::is_alphanumeric(c);
        let mut bases: Vec<char> = (0..0x2070)
            .filter(|&cp| nfc_plain(cp))
            .filter_map(char::from_u32)
            .filter(|&c| {
                let mut key = Vec::new();
                push_key_char(&mut key, plain_lowercase(c).unwrap_or(c));
                key == b" "
            })
            .collect();
        let seconds: Vec<char> = (0x300..0x10000)
            .filter_map(char::from_u32)
            .filter(|&c| !nfc_plain(c as u32))
            .collect();
        let mut i = 0;
        while let Some(&base) = bases.get(i) {
            for &m in &seconds {
                if let Some(r) = compose(base, m) {
                    assert!(!alnum(r) && !alnum(m), "{base:?} + {m:?} = {r:?}");
                    if !bases.contains(&r) {
                        bases.push(r);
                    }
                }
            }
            i += 1;
        }
        assert!(bases.len() > 150, "{} separators", bases.len());
    }

    /// Every character of the plain blocks is a starter that NFC keeps as it is and that no
    /// character before it composes with (a second of a composition answers `Maybe` to the
    /// quick check): what lets `general_cluster` end a cluster before it.
    #[test]
    fn plain_characters_are_starters_nfc_keeps() {
        use unicode_normalization::char::canonical_combining_class;
        use unicode_normalization::{is_nfc_quick, IsNormalized};
        let plain: Vec<char> = (0..0x3000)
            .filter(|&cp| nfc_plain(cp))
            .filter_map(char::from_u32)
            .collect();
        for &c in &plain {
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert_eq!(is_nfc_quick([c].into_iter()), IsNormalized::Yes, "{c:?}");
        }
        assert!(plain.len() > 1300, "{}", plain.len());
    }

    /// A line met before gives the key it was given when keyed: drawn lines around the memo's
    /// shortest, each asked three times among others (found the second time, or keyed again
    /// when another took its slot), and lines that differ from a kept one in a byte only.
    #[test]
    fn lines_met_before_key_as_when_keyed() {
        let pieces = [
            "Tổng", " ", "  ", ": ", "Đ", "ệ", "e\u{301}", "87084500", "---", "x", "Σ",
        ];
        let mut rng = crate::test_rng::Xorshift::new();
        let lines: Vec<String> = (0..3000)
            .map(|i| rng.text(&pieces, MEMO_SHORTEST / 4 + i % 12))
            .collect();
        for round in 0..3 {
            for line in lines.iter().skip(round * 7) {
                assert_eq!(line_key(line), computed_key(line), "{line:?}");
                assert_eq!(line_key(line), reference_key(line), "{line:?}");
            }
        }
        let kept = "Tổng lượt truy cập hôm nay: 87084500";
        assert_eq!(line_key(kept), line_key(kept));
        for changed in [
            kept.replace('ổ', "o"),
            kept.replace(':', ""),
            kept.replace("hôm", "hom"),
        ] {
            assert_eq!(line_key(&changed), reference_key(&changed), "{changed:?}");
        }
        assert_eq!(line_key(kept), line_key(&kept.replace(':', "")));
        assert_ne!(line_key(kept), line_key(&kept.replace('ổ', "o")));
    }
}
