//! The words the spelling and tone passes look at, found in one walk of the text and shared.
//!
//! Both passes read only words with a non-ASCII letter: spelling those with one of its letter
//! pairs (u + ơ, ư + o, an eth: [`super::spelling::suspicious`]), tones those [`tone::retone`]
//! may change. They run one after the other on the same text, and spelling rarely changes it, so
//! the text is walked once, a character at a time through a table, for both: the spelling pass
//! leaves the [`Words`] it found in [`crate::pipeline::PassContext::words`], and the tone pass
//! takes them. The pipeline drops them when a stage changes the text, and a pass that finds none
//! (the text changed, or the spelling pass is disabled) walks the text itself.
//!
//! Hot (every character of every document): the text is read a token at a time (the runs
//! between spaces and line breaks), and a token seen before is looked up, not walked
//! ([`tokens`]: news text repeats a few thousand tokens). A token walked has its letters read
//! through a table: a character's [`Letter`] is one `u64`
//! ([`Letter::counts`]), so a word's letters, tone marks and (marked) vowels are one sum, and
//! whether it may hold a spelling pair is an or of its letters' flags (the few words that may are
//! read again for the pair's letters side by side).

use std::cell::OnceCell;
use std::ops::Range;
use std::sync::LazyLock;

mod tokens;

use super::syllable::{is_vowel, split_tone};
use super::tone;
use crate::chars;
use crate::edit::Edit;

/// What one walk of a text found for the spelling and tone passes.
#[derive(Debug)]
pub struct Words {
    suspicious: Vec<Range<usize>>,
    retonable: Vec<Range<usize>>,
    vietnamese: OnceCell<bool>,
}

impl Words {
    /// Walks `text` once.
    pub fn of(text: &str) -> Words {
        let (mut suspicious, mut retonable) = (Vec::new(), Vec::new());
        // the words of `words(text)` read below, most of them from the tokens seen before
        tokens::each_read_word(text, |word| {
            if word.suspicious {
                suspicious.push(word.span.clone());
            }
            if word.may_change {
                retonable.push(word.span);
            }
        });
        Words {
            suspicious,
            retonable,
            vietnamese: OnceCell::new(),
        }
    }

    /// The words [`super::spelling::suspicious`] accepts, in text order.
    pub fn suspicious(&self) -> &[Range<usize>] {
        &self.suspicious
    }

    /// The words [`tone::retone`] may change, in text order (the others it leaves as they are).
    pub fn retonable(&self) -> &[Range<usize>] {
        &self.retonable
    }

    /// [`super::looks_vietnamese`] of the text walked, asked once.
    pub fn look_vietnamese(&self, text: &str) -> bool {
        *self
            .vietnamese
            .get_or_init(|| super::looks_vietnamese(text))
    }
}

impl Words {
    /// The words of `after`, the text `before` became by `edits` (a stage's: sorted, checked),
    /// when every change replaces letters with letters (the spelling pass's repairs: u → ư,
    /// o → ơ, ð → đ); `None` for any other change. Such a change keeps the words where they
    /// were: only the words it touched are walked again, the others move by the bytes the
    /// changes before them added or removed. The spelling pass's repairs no longer cost the tone
    /// pass a walk of the whole text.
    pub fn follow(&self, before: &str, edits: &[Edit], after: &str) -> Option<Words> {
        // the changes' starts in `before`, with the bytes added up to and including each
        let mut shifts: Vec<(usize, isize)> = Vec::new();
        // the words of `after` holding a change, in order
        let mut touched: Vec<Range<usize>> = Vec::new();
        let mut delta = 0isize;
        // whether no change took a marked letter away: then every word of `after` is marked
        // ([`super::looks_vietnamese`]) where its word of `before` was
        let mut marks_kept = true;
        for e in edits {
            let Some(new) = &e.replacement else {
                continue;
            };
            let old = &before[e.span.clone()];
            if old.is_empty() || new.is_empty() || !all_letters(old) || !all_letters(new) {
                return None;
            }
            marks_kept &= !super::marked_word(old) || super::marked_word(new);
            let start = e.span.start.checked_add_signed(delta)?;
            delta += new.len() as isize - old.len() as isize;
            shifts.push((e.span.start, delta));
            let word = word_around(after, start..start + new.len());
            match touched.last_mut() {
                Some(last) if last.end >= word.start => last.end = last.end.max(word.end),
                _ => touched.push(word),
            }
        }
        let shift_at = |at: usize| {
            let i = shifts.partition_point(|&(s, _)| s < at);
            i.checked_sub(1).map_or(0, |i| shifts[i].1)
        };
        let moved = |r: &Range<usize>| {
            let start = r.start.checked_add_signed(shift_at(r.start))?;
            let end = r.end.checked_add_signed(shift_at(r.end))?;
            let i = touched.partition_point(|t| t.end <= start);
            let hit = touched.get(i).is_some_and(|t| t.start < end);
            (!hit).then_some(start..end)
        };
        let fresh: Vec<Word> = touched
            .iter()
            .filter(|t| !before_mark(after, t.end))
            .flat_map(|t| {
                words(&after[t.clone()]).map(move |w| Word {
                    span: t.start + w.span.start..t.start + w.span.end,
                    ..w
                })
            })
            .collect();
        let list = |old: &[Range<usize>], kind: fn(&Word) -> bool| {
            let mut list: Vec<Range<usize>> = old.iter().filter_map(moved).collect();
            list.extend(fresh.iter().filter(|w| kind(w)).map(|w| w.span.clone()));
            // two sorted runs: the stable sort merges them
            list.sort_by_key(|r| r.start);
            list
        };
        // the words are those of `before`, as many, none less marked: a text that looked
        // Vietnamese still does (the spelling pass asked, the tone pass need not ask again)
        let vietnamese = OnceCell::new();
        if marks_kept && self.vietnamese.get() == Some(&true) {
            vietnamese.get_or_init(|| true);
        }
        Some(Words {
            suspicious: list(&self.suspicious, |w| w.suspicious),
            retonable: list(&self.retonable, |w| w.may_change),
            vietnamese,
        })
    }
}

/// Whether every character of `s` is a letter (as [`words`] tells them).
fn all_letters(s: &str) -> bool {
    let (letters, bytes) = (&*LETTERS, s.as_bytes());
    s.char_indices()
        .all(|(i, _)| counts_at(letters, bytes, s, bytes[i], i).0 != 0)
}

/// The run of letters of `text` around the letters at `r`.
fn word_around(text: &str, r: Range<usize>) -> Range<usize> {
    let (letters, bytes) = (&*LETTERS, text.as_bytes());
    let mut start = r.start;
    while let Some(c) = text[..start].chars().next_back() {
        let at = start - c.len_utf8();
        if counts_at(letters, bytes, text, bytes[at], at).0 == 0 {
            break;
        }
        start = at;
    }
    let mut end = r.end;
    while let Some(&b) = bytes.get(end) {
        let (counts, len) = counts_at(letters, bytes, text, b, end);
        if counts == 0 {
            break;
        }
        end += len;
    }
    start..end
}

/// A word of [`words`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Word {
    pub span: Range<usize>,
    /// Whether [`tone::retone`] may change it.
    pub may_change: bool,
    /// Whether [`super::spelling::suspicious`] accepts it.
    pub suspicious: bool,
}

/// Words: maximal runs of letters, skipping ASCII-only ones (nothing to repair there) and those
/// followed by a combining mark ([`before_mark`]). Scanned by bytes: characters are classified
/// by their UTF-8 bytes through a table ([`counts_at`]; Unicode's table search made every
/// Vietnamese letter slow). A word is ASCII when its letters are as many as its bytes.
pub(super) fn words(text: &str) -> impl Iterator<Item = Word> + '_ {
    let bytes = text.as_bytes();
    let letters = &*LETTERS;
    let mut at = 0;
    std::iter::from_fn(move || loop {
        // the next letter
        let (first, len) = loop {
            let (counts, len) = counts_at(letters, bytes, text, *bytes.get(at)?, at);
            if counts != 0 {
                break (counts, len);
            }
            at += len;
        };
        let start = at;
        at += len;
        // the counts summed, and the flags of every letter (the pairs need them side by side:
        // a word whose letters have the flags of a pair is read again, see below)
        let (mut sum, mut flags) = (first, first);
        while let Some(&b) = bytes.get(at) {
            let (counts, len) = counts_at(letters, bytes, text, b, at);
            if counts == 0 {
                break;
            }
            // the flags above the counts may carry out of the top bit: they are not read
            sum = sum.wrapping_add(counts);
            flags |= counts;
            at += len;
        }
        // the letters are at most the word's bytes: below 2^16, their field does not run into
        // the next; the syllable's fields above may, but only for a word longer than a syllable
        let [chars, toned, vowels, place] = Letter::fields(sum);
        let counted = at - start < Letter::FIELD;
        let ascii = if counted {
            chars == at - start
        } else {
            text[start..at].is_ascii()
        };
        if !ascii && !before_mark(text, at) {
            let may_change = counted
                && chars <= tone::MAX_SYLLABLE
                && toned == 1
                && vowels >= 2
                && !Letter::placed(place);
            return Some(Word {
                span: start..at,
                may_change,
                suspicious: Letter::may_pair(flags) && has_pair(letters, text, start..at),
            });
        }
    })
}

/// Whether the letters `text[word]` (a word of [`words`]) hold a spelling pair: an eth, or the
/// first letter of a pair right before its second. Read again only for the few words whose
/// letters have a pair's flags ([`Letter::may_pair`]): a scan that followed each letter's
/// neighbour cost every word of every text five instructions a letter.
fn has_pair(letters: &[u64; LETTERS_LEN], text: &str, word: Range<usize>) -> bool {
    let bytes = text.as_bytes();
    let (mut at, mut prev) = (word.start, 0);
    while at < word.end {
        let (counts, len) = counts_at(letters, bytes, text, bytes[at], at);
        if ((prev << 1) | Letter::ETH) & counts & Letter::SECOND != 0 {
            return true;
        }
        prev = counts;
        at += len;
    }
    false
}

/// A character as [`words`], [`tone::retone`] and [`super::spelling::suspicious`] see it: a
/// letter, one carrying a tone mark, a vowel (of its lower case without the tone), a marked
/// vowel, and the letters of the spelling pairs. `retone` changes only words of at most
/// [`tone::MAX_SYLLABLE`] characters with one tone mark and two vowels or more (a lone vowel
/// already carries the tone), and not those whose tone sits on their only marked vowel (tiếng,
/// muốn, thuận, mặt: both styles put the tone on a circumflex, breve or horn vowel when the
/// syllable has one, so there is nothing to decide) or on the ơ of their ư and ơ (người, được:
/// the syllables with both have them side by side, ươ, and the tone on the ơ), so the others
/// skip its cache.
#[derive(Clone, Copy, Debug, Default)]
struct Letter {
    alphabetic: bool,
    toned: bool,
    vowel: bool,
    /// A vowel with a circumflex, breve or horn (â ê ô ă ơ ư), with or without a tone.
    marked: bool,
    /// A plain `u` or `U`: the first letter of a u + ơ pair.
    u: bool,
    /// ơ with or without a tone, either case: the second letter of a u + ơ pair.
    horn_o: bool,
    /// ư with or without a tone, either case: the first letter of an ư + o pair.
    horn_u: bool,
    /// o with or without a tone (not ô, ơ), either case: the second letter of an ư + o pair.
    plain_o: bool,
    /// Icelandic eth, either case: a pair on its own.
    eth: bool,
}

impl Letter {
    /// The width of the letters' field of [`Letter::counts`]: 2^16.
    const FIELD: usize = 1 << 16;
    /// The widths of the syllable fields above it (toned letters, vowels: four bits; the tone's
    /// place, [`Letter::place`]: eight): they are read only for words of at most
    /// [`tone::MAX_SYLLABLE`] letters, whose sums fit.
    const SYLLABLE_FIELDS: [(u32, u64); 3] = [(16, 0xF), (20, 0xF), (24, 0xFF)];
    /// The flags of [`Letter::counts`] above the counts. A pair's second letter has its
    /// flag one bit above its first letter's, so `prev << 1 & next` finds the pairs.
    const U: u64 = 1 << 48;
    const HORN_O: u64 = Self::U << 1;
    const HORN_U: u64 = 1 << 50;
    const PLAIN_O: u64 = Self::HORN_U << 1;
    const ETH: u64 = 1 << 52;
    /// The flags of a pair's second letter (and eth's).
    const SECOND: u64 = Self::HORN_O | Self::PLAIN_O | Self::ETH;

    fn of(c: char) -> Letter {
        let (base, tone) = split_tone(chars::lowercase_first(c));
        Letter {
            alphabetic: chars::is_alphabetic(c),
            toned: tone.is_some(),
            vowel: is_vowel(base),
            marked: matches!(base, 'â' | 'ê' | 'ô' | 'ă' | 'ơ' | 'ư'),
            u: matches!(c, 'u' | 'U'),
            horn_o: base == 'ơ',
            horn_u: base == 'ư',
            plain_o: base == 'o',
            eth: matches!(c, 'ð' | 'Ð'),
        }
    }

    /// For a letter, 1 in the first field of 16 bits; then whether it is toned, whether it is a
    /// vowel, and its [`Letter::place`], in the [`Letter::SYLLABLE_FIELDS`]; then its pair flags;
    /// 0 for any other character.
    fn counts(self) -> u64 {
        if !self.alphabetic {
            return 0;
        }
        let flag = |set: bool, bit: u64| if set { bit } else { 0 };
        let [(toned, _), (vowel, _), (place, _)] = Self::SYLLABLE_FIELDS;
        1 | (self.toned as u64) << toned
            | (self.vowel as u64) << vowel
            | self.place() << place
            | flag(self.u, Self::U)
            | flag(self.horn_o, Self::HORN_O)
            | flag(self.horn_u, Self::HORN_U)
            | flag(self.plain_o, Self::PLAIN_O)
            | flag(self.eth, Self::ETH)
    }

    /// A marked vowel's weight in the sum that tells whether a word's one tone mark has one
    /// place: a toned ơ 1, another toned marked vowel 2, an untoned ư 4, another untoned marked
    /// vowel 16; 0 for the other letters. With one toned letter, the sum's two low bits are the
    /// toned letter's weight, and the untoned marked vowels' weights above them add up to 4 only
    /// for a lone ư: [`Letter::placed`] reads the sums 1, 2 and 5.
    fn place(self) -> u64 {
        match (self.marked, self.toned) {
            (false, _) => 0,
            (true, true) if self.horn_o => 1,
            (true, true) => 2,
            (true, false) if self.horn_u => 4,
            (true, false) => 16,
        }
    }

    /// Whether the [`Letter::place`]s of the letters of a word with one tone mark sum to `place`
    /// only if the tone sits on its only marked vowel (tiếng, muốn, mặt: 1 or 2), or on the ơ
    /// of its ư and ơ (người, được: 5). Both styles put it there (the syllables with ư and ơ
    /// have them side by side, ươ, and the tone on the ơ).
    fn placed(place: usize) -> bool {
        matches!(place, 1 | 2 | 5)
    }

    /// Whether letters whose [`Letter::counts`] or together to `flags` may hold a spelling pair:
    /// an eth, or both letters of a pair (a second letter's flag with its first letter's,
    /// shifted onto it: one mask, as [`has_pair`] asks of neighbours, not a branch a pair).
    fn may_pair(flags: u64) -> bool {
        ((flags << 1) | Self::ETH) & flags & Self::SECOND != 0
    }

    /// The fields of a sum of [`Letter::counts`]: letters, toned letters, vowels, and the
    /// tone's place ([`Letter::place`]).
    fn fields(sum: u64) -> [usize; 4] {
        let field = |(shift, mask): (u32, u64)| ((sum >> shift) & mask) as usize;
        let [toned, vowels, place] = Self::SYLLABLE_FIELDS.map(field);
        let letters = (sum & (Self::FIELD as u64 - 1)) as usize;
        [letters, toned, vowels, place]
    }
}

/// [`Letter::counts`] of U+0000–U+027F, then of U+1E00–U+1EFF, then of U+2000–U+207F (General
/// Punctuation: the quotes, dashes and ellipsis of news text, none a letter, each looked up in
/// Unicode's tables before it was here). An array, so that the look-ups of [`counts_at`], whose indices are below its length by
/// construction, need no bounds check.
static LETTERS: LazyLock<[u64; LETTERS_LEN]> = LazyLock::new(|| {
    let mut table = [0; LETTERS_LEN];
    for (slot, cp) in table
        .iter_mut()
        .zip((0..0x280).chain(0x1E00..0x1F00).chain(0x2000..0x2080))
    {
        *slot = char::from_u32(cp).map_or(0, |c| Letter::of(c).counts());
    }
    table
});

/// Entries of [`LETTERS`]: U+0000–U+027F, U+1E00–U+1EFF and U+2000–U+207F.
const LETTERS_LEN: usize = 0x280 + 0x100 + 0x80;

/// [`Letter::counts`] of the character at byte `at` of `text` (a char boundary, whose first
/// byte is `b0`) and its length in bytes: from `letters` ([`LETTERS`]) for ASCII,
/// U+0080–U+027F, U+1E00–U+1EFF and U+2000–U+207F, computed for other characters.
#[inline(always)]
fn counts_at(
    letters: &[u64; LETTERS_LEN],
    bytes: &[u8],
    text: &str,
    b0: u8,
    at: usize,
) -> (u64, usize) {
    if b0 < 0x80 {
        return (letters[usize::from(b0)], 1);
    }
    let tail = |i: usize| bytes.get(at + i).map_or(0, |&b| usize::from(b & 0x3F));
    match (b0, bytes.get(at + 1)) {
        (0xC2..=0xC9, _) => (letters[(usize::from(b0) & 0x1F) << 6 | tail(1)], 2),
        (0xE1, Some(&b1 @ 0xB8..=0xBB)) => {
            (letters[0x280 + (usize::from(b1 - 0xB8) << 6 | tail(2))], 3)
        }
        (0xE2, Some(&b1 @ 0x80..=0x81)) => {
            (letters[0x380 + (usize::from(b1 & 1) << 6 | tail(2))], 3)
        }
        _ => {
            let c = text[at..].chars().next().expect("a char boundary");
            (Letter::of(c).counts(), c.len_utf8())
        }
    }
}

/// Whether a combining mark starts at `end`. A word followed by one (left over after NFC:
/// stacked or uncomposable marks) is not a syllable to repair: moving its tone would let the
/// mark compose with another letter and the output would not be NFC (found by fuzzing: "oÀ" +
/// U+0303, "ngúý" + U+0301).
fn before_mark(text: &str, end: usize) -> bool {
    // combining marks are not ASCII: most words end before a space or punctuation
    text.as_bytes().get(end).is_some_and(|b| !b.is_ascii())
        && text[end..]
            .chars()
            .next()
            .is_some_and(unicode_normalization::char::is_combining_mark)
}

#[cfg(test)]
mod tests {
    use super::{words, Word, Words};
    use crate::vietnamese::spelling::suspicious;

    /// [`words`] as first written: a letter at a time, counting each field apart, with the
    /// spelling pairs told by [`suspicious`]'s byte scan of the word.
    fn words_reference(text: &str) -> Vec<Word> {
        let mut out = Vec::new();
        let mut start = None;
        let (mut chars, mut toned, mut vowels, mut ascii) = (0, 0, 0, true);
        let (mut marked, mut toned_marked, mut toned_horn_o, mut horn_u) = (0, 0, 0, 0);
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            let letter = super::Letter::of(c);
            if letter.alphabetic && i < text.len() {
                start.get_or_insert(i);
                chars += 1;
                toned += usize::from(letter.toned);
                vowels += usize::from(letter.vowel);
                marked += usize::from(letter.marked);
                toned_marked += usize::from(letter.toned && letter.marked);
                toned_horn_o += usize::from(letter.toned && letter.horn_o);
                horn_u += usize::from(letter.horn_u);
                ascii &= c.is_ascii();
                continue;
            }
            if let Some(s) = start.take() {
                if !ascii && !super::before_mark(text, i) {
                    // the tone on the only marked vowel, or on the ơ of one ư and one ơ
                    let placed = (marked == 1 && toned_marked == 1)
                        || (marked == 2 && toned_horn_o == 1 && horn_u == 1);
                    let may_change =
                        chars <= super::tone::MAX_SYLLABLE && toned == 1 && vowels >= 2 && !placed;
                    let suspicious = suspicious(&text[s..i]);
                    out.push(Word {
                        span: s..i,
                        may_change,
                        suspicious,
                    });
                }
            }
            (chars, toned, vowels, ascii) = (0, 0, 0, true);
            (marked, toned_marked, toned_horn_o, horn_u) = (0, 0, 0, 0);
        }
        out
    }

    /// The summed counts and the pair flags give the words and answers of one count per field
    /// and of the spelling's byte scan: on raw/, on every character of the tables' blocks
    /// between letters and beside each letter of the pairs, and on long words.
    #[test]
    fn words_count_as_the_letter_by_letter_scan_does() {
        let mut texts: Vec<String> = Vec::new();
        texts.extend(crate::seed_texts::raw());
        let blocks = || {
            (0..0x300)
                .chain(0x1E00..0x1F10)
                .chain(0x1FF0..0x2090)
                .filter_map(char::from_u32)
        };
        let every: String = blocks()
            .flat_map(|c| [c, 'o', 'à', c, ' ', 'x', c])
            .collect();
        texts.push(every);
        for pair in ["u", "U", "ư", "Ừ", "ơ", "Ợ", "o", "Ọ", "ð"] {
            let text: String = blocks()
                .flat_map(|c| {
                    format!("x{pair}{c}x {c}{pair} ")
                        .chars()
                        .collect::<Vec<_>>()
                })
                .collect();
            texts.push(text);
        }
        texts.push("à".repeat(9) + " " + &"hoà".repeat(4) + " hoà\u{301}x Ǹǹ");
        texts.push("đuợc bưóc Ðảm quơ huơ thuở người ươ ưỏ ừò ữọ Ðð xuơ uơ\u{301}".into());
        let mut found = 0;
        for text in &texts {
            let want = words_reference(text);
            found += want.iter().filter(|w| w.suspicious).count();
            assert_eq!(words(text).collect::<Vec<_>>(), want);
        }
        assert!(found > 1000, "{found}");
    }

    #[test]
    fn words_are_the_letter_runs_with_a_non_ascii_letter() {
        let text = "Hòa bình, café-au-lait 2024: Größe×Đà Nẵng ok ß";
        let want: Vec<(usize, &str)> = text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_ascii())
            .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
            .collect();
        let found: Vec<(usize, &str)> =
            words(text).map(|w| (w.span.start, &text[w.span])).collect();
        assert_eq!(found, want);
        assert_eq!(want.len(), 7);
    }

    /// A word [`words`] says `retone` cannot change is one it leaves as it is, in every style
    /// (the words of raw/ and of texts made to reach each of its early answers).
    #[test]
    fn words_that_cannot_change_are_those_retone_keeps() {
        use crate::vietnamese::tone::{retone, Style};
        let mut texts = vec![
            "hoà thuỷ khoẻ qủa baỏ Thoả HOÀ nghiêng người được của là có để nghiềng \
             Ðảm ǹ ḿ café résumé ÀÁ aàá uyểnhhh oà\u{300}"
                .to_string(),
        ];
        texts.extend(crate::seed_texts::raw());
        let (mut skipped, mut changed) = (0, 0);
        for text in &texts {
            for word in words(text) {
                let w = &text[word.span];
                for style in [Style::FirstVowel, Style::MainVowel, Style::Keep] {
                    let change = retone(w, style);
                    changed += usize::from(change.is_some());
                    if !word.may_change {
                        assert!(change.is_none(), "{w}");
                        skipped += 1;
                    }
                }
            }
        }
        assert!(skipped > 1000 && changed > 5, "{skipped} {changed}");
    }

    /// A word whose tone sits on its only marked vowel or on the ơ of its ư and ơ, which
    /// [`words`] says `retone` cannot change without asking it, is one `retone` leaves as it is
    /// in every style: every initial, every string of one or two vowels, every nucleus of three,
    /// every final and a few consonant endings that are none, with each tone on each vowel, in
    /// lower, title and upper case.
    #[test]
    fn a_tone_with_one_place_is_one_retone_keeps() {
        use crate::vietnamese::syllable::{is_vowel, parse, with_tone, Tone, INITIALS};
        use crate::vietnamese::tone::{retone, Style};
        let vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
        let mut groups: Vec<String> = vowels.iter().map(|v| v.to_string()).collect();
        let longer = |groups: &[String]| -> Vec<String> {
            groups
                .iter()
                .flat_map(|g| vowels.iter().map(move |v| format!("{g}{v}")))
                .collect()
        };
        let pairs = longer(&groups);
        // of three vowels, the nuclei (the others are no syllable, as the pairs that are none)
        let nuclei = longer(&pairs)
            .into_iter()
            .filter(|g| parse(g).is_some_and(|p| p.nucleus == g));
        groups.extend(pairs.iter().cloned().chain(nuclei));
        let finals = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "k", "x"];
        let tones = [Tone::Grave, Tone::Acute, Tone::Hook, Tone::Tilde, Tone::Dot];
        let (mut skipped, mut changed) = (0, 0);
        for initial in INITIALS {
            for group in &groups {
                for last in finals {
                    let plain: Vec<char> = format!("{initial}{group}{last}").chars().collect();
                    for (at, &v) in plain.iter().enumerate().filter(|(_, &c)| is_vowel(c)) {
                        for tone in tones {
                            let mut word = plain.clone();
                            word[at] = with_tone(v, Some(tone));
                            let lower: String = word.iter().collect();
                            let title: String = word[0]
                                .to_uppercase()
                                .chain(word[1..].iter().copied())
                                .collect();
                            for w in [lower.to_uppercase(), title, lower] {
                                let found: Vec<_> = words(&w).collect();
                                assert_eq!(found.len(), 1, "{w}");
                                // one tone, at most nine letters: only two vowels or more are
                                // left to ask, and the fast path answers some of those
                                let fast = !found[0].may_change
                                    && plain.iter().filter(|&&c| is_vowel(c)).count() >= 2;
                                skipped += usize::from(fast);
                                for style in [Style::FirstVowel, Style::MainVowel, Style::Keep] {
                                    let change = retone(&w, style);
                                    changed += usize::from(change.is_some());
                                    if !found[0].may_change {
                                        assert!(change.is_none(), "{w} {style:?}");
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(skipped > 100_000 && changed > 10_000, "{skipped} {changed}");
    }

    /// Following letter-for-letter changes gives the lists a walk of the changed text gives:
    /// on raw/ and on words of each kind, with changes at word starts and ends, two in one
    /// word, longer and shorter letters, and before a combining mark; any other change is not
    /// followed.
    #[test]
    fn followed_words_are_those_of_the_changed_text() {
        use crate::edit::{self, Edit};
        use crate::vietnamese::pass::UO_HORN;
        let mut texts = crate::seed_texts::raw();
        texts.push("đuợc bưóc Ðảm thoả baỏ uơ ðuợ x\u{301} ðo\u{301} huơ ươ ð".into());
        let swaps = [
            ("u", "ư"),
            ("ơ", "o"),
            ("ð", "đ"),
            ("o", "ơ"),
            ("a", "ả"),
            ("ư", "u"),
        ];
        let mut followed = 0;
        for text in &texts {
            for (step, (from, to)) in swaps.iter().enumerate() {
                let edits: Vec<Edit> = text
                    .match_indices(from)
                    .enumerate()
                    .filter(|(i, _)| i % (step + 1) == 0)
                    .map(|(_, (at, _))| Edit::replace(UO_HORN, at..at + from.len(), *to, ""))
                    .collect();
                let after = edit::apply(text, &edits);
                let words = Words::of(text);
                if step != 1 {
                    words.look_vietnamese(text);
                }
                let found = words
                    .follow(text, &edits, &after)
                    .expect("letters for letters");
                let want = Words::of(&after);
                assert_eq!(found.suspicious(), want.suspicious(), "{after}");
                assert_eq!(found.retonable(), want.retonable(), "{after}");
                let vietnamese = crate::vietnamese::looks_vietnamese(&after);
                assert_eq!(found.look_vietnamese(&after), vietnamese, "{after}");
                followed += usize::from(!edits.is_empty());
            }
        }
        assert!(followed > 20, "{followed}");
        let text = "đuợc bưóc";
        for (span, to) in [(2..6, "-"), (2..6, ""), (0..0, "u"), (7..8, "ư")] {
            let edits = [Edit::replace(UO_HORN, span, to, "")];
            let after = edit::apply(text, &edits);
            assert!(
                Words::of(text).follow(text, &edits, &after).is_none(),
                "{after}"
            );
        }
    }

    /// The one mask of `may_pair` answers as the pairs' flags asked one by one.
    #[test]
    fn may_pair_is_an_eth_or_both_letters_of_a_pair() {
        use super::Letter;
        let flags = [
            Letter::U,
            Letter::HORN_O,
            Letter::HORN_U,
            Letter::PLAIN_O,
            Letter::ETH,
        ];
        for set in 0..1u32 << flags.len() {
            let or = (0..flags.len())
                .filter(|i| set >> i & 1 != 0)
                .fold(0x1_0001, |or, i| or | flags[i]);
            let has = |flag: u64| or & flag != 0;
            let want = has(Letter::ETH)
                || (has(Letter::U) && has(Letter::HORN_O))
                || (has(Letter::HORN_U) && has(Letter::PLAIN_O));
            assert_eq!(Letter::may_pair(or), want, "{or:#x}");
        }
    }

    /// The lists are the words of each kind, in order.
    #[test]
    fn the_lists_are_the_words_of_each_kind() {
        let text = "Thuở ấy, đuợc hoà bình; ưo ÐẠI café baỏ ngừơi được";
        let found = Words::of(text);
        let spans = |list: &[std::ops::Range<usize>]| -> Vec<&str> {
            list.iter().map(|r| &text[r.clone()]).collect()
        };
        assert_eq!(spans(found.suspicious()), ["Thuở", "đuợc", "ưo", "ÐẠI"]);
        assert_eq!(
            spans(found.retonable()),
            ["hoà", "ÐẠI", "café", "baỏ", "ngừơi"],
            "a tone on the only marked vowel (Thuở, ấy, đuợc) or on the ơ of ươ (được) has \
             nothing to decide"
        );
        assert!(found.look_vietnamese(text));
    }
}
