//! Line features: the cheap, language-aware measurements every boilerplate decision reads.
//!
//! Text dumps have no DOM and no links, so the signals the HTML extractors use (link density,
//! class names) are replaced by per-line shape: how many syllables (whitespace tokens — a
//! Vietnamese word is one or two of them), whether the line ends like a sentence, how much of it
//! is digits, whether it is a bare URL, a file name or a separator rule.

use crate::chars;
use std::ops::Range;

/// One line of the pass input. `span` excludes the line feed, `full` includes it.
#[derive(Clone, Debug)]
pub struct Line<'a> {
    pub text: &'a str,
    pub span: Range<usize>,
    pub full: Range<usize>,
}

/// Splits `text` into lines with their byte ranges.
pub fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let nl = memchr::memchr(b'\n', &text.as_bytes()[start..]).map(|n| start + n);
        let end = nl.unwrap_or(text.len());
        let next = nl.map_or(text.len(), |n| n + 1);
        out.push(Line {
            text: &text[start..end],
            span: start..end,
            full: start..next,
        });
        start = next;
    }
    out
}

/// Number of whitespace-separated tokens (syllables, for Vietnamese).
///
/// `s.split_whitespace().count()` by bytes (hot: asked of every line by many rules): a table
/// tells ASCII whitespace and the lead bytes of the non-ASCII whitespace characters (U+0085,
/// U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) from every other byte,
/// and only those lead bytes look at the bytes after them (a Vietnamese `ệ`, `E1 BB 87`, is told
/// from U+1680 by its second byte). A word is a run of other bytes: the scan skips the
/// whitespace, counts the word, then skips the word (its continuation bytes are other bytes).
///
/// A text without non-ASCII whitespace (nearly every line: a vector search tells) is counted
/// eight bytes at a time ([`ascii_spaced_words`]).
pub fn words(s: &str) -> usize {
    let bytes = s.as_bytes();
    if has_unicode_space(bytes) {
        return words_upto(s, usize::MAX);
    }
    ascii_spaced_words(bytes)
}

/// [`words`] of a text whose only whitespace is ASCII: a word starts at each byte that is
/// no ASCII whitespace after one that is (or at the start), told for eight bytes at once by bit
/// arithmetic on a `u64` (the high bit of each byte that is whitespace, exact per byte: no carry
/// crosses a byte).
fn ascii_spaced_words(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let each = |b: u8| u64::from(b) * 0x0101_0101_0101_0101;
    let spaces = |x: u64| {
        // bytes that are 0, and ASCII bytes below `n`
        let zero = |v: u64| !(((v & LOW) + LOW) | v) & HIGH;
        let below = |n: u8| !((x | HIGH) - each(n)) & HIGH & !x;
        zero(x ^ each(b' ')) | (below(b'\r' + 1) & !below(b'\t'))
    };
    let (mut n, mut after_space) = (0, 0x80);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let s = spaces(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
        n += (!s & HIGH & ((s << 8) | after_space)).count_ones() as usize;
        after_space = s >> 56;
    }
    let mut after = after_space != 0;
    for &b in chunks.remainder() {
        let space = BYTE_CLASS[usize::from(b)] == ASCII_SPACE;
        n += usize::from(after && !space);
        after = space;
    }
    n
}

/// Whether `bytes` hold a non-ASCII whitespace character ([`unicode_space_len`]): searched by its
/// lead bytes, but `E1`, which starts most Vietnamese letters (U+1680 is searched whole).
fn has_unicode_space(bytes: &[u8]) -> bool {
    static OGHAM_SPACE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("\u{1680}"));
    memchr::memchr3_iter(0xC2, 0xE2, 0xE3, bytes).any(|i| unicode_space_len(bytes, i) > 0)
        || OGHAM_SPACE.find(bytes).is_some()
}

/// [`words`], counting no further than `cap`: `words(s).min(cap)`, for a rule that only needs to
/// know that a line is longer than some bound (a long paragraph is then not read to its end).
/// By the scan [`words`] describes, which stops at word `cap`; [`split_words`] scans the same
/// way, but counting without slicing the words is cheaper (`split_words(s).take(cap).count()`
/// cost 0.3 % more instructions on the real pages). Sixteen bytes at a time where their
/// whitespace can only be ASCII ([`ascii_spaces_of_sixteen`]: nearly every block of a line, in
/// any language), a word counted at each byte that is no whitespace after one that is: a third
/// of the instructions of a byte at a time, a table look-up and two branches each.
pub fn words_upto(s: &str, cap: usize) -> usize {
    let bytes = s.as_bytes();
    // words counted, where the scan is, and whether the byte before it ends no word (whitespace,
    // or the start): a word starts at each byte that is no whitespace after one that is
    let (mut n, mut i, mut after_space) = (0, 0, true);
    #[cfg(target_arch = "x86_64")]
    let mut blocks = Blocks::default();
    while n < cap {
        #[cfg(target_arch = "x86_64")]
        if let Some((spaces, len)) = blocks.ascii_spaces_at(bytes, i) {
            let block = (1 << len) - 1;
            let starts = !spaces & ((spaces << 1) | u32::from(after_space)) & block;
            n += starts.count_ones() as usize;
            after_space = spaces >> (len - 1) & 1 != 0;
            i += len;
            continue;
        }
        let Some(&b) = bytes.get(i) else {
            return n;
        };
        let space = match BYTE_CLASS[usize::from(b)] {
            WORD => 0,
            ASCII_SPACE => 1,
            _ => unicode_space_len(bytes, i),
        };
        if space == 0 {
            n += usize::from(after_space);
            (after_space, i) = (false, i + 1);
        } else {
            (after_space, i) = (true, i + space);
        }
    }
    cap
}

/// Where [`words_upto`] may read sixteen bytes at once ([`ascii_spaces_of_sixteen`]): after a
/// block that may hold non-ASCII whitespace, its bytes are read one at a time before the next
/// block is tried, so a text where most blocks hold such lead bytes (Chinese and Japanese, whose
/// characters start with `E3` to `E9`) costs one test per sixteen bytes more than a scan of a
/// byte at a time, not one per byte.
#[cfg(target_arch = "x86_64")]
#[derive(Default)]
struct Blocks {
    /// The offset before which the bytes are read one at a time.
    bytewise_until: usize,
}

#[cfg(target_arch = "x86_64")]
impl Blocks {
    /// [`ascii_spaces_of_sixteen`] of the sixteen bytes at `i`, when there are sixteen and the
    /// bytes at `i` are not to be read one at a time.
    #[inline(always)]
    fn ascii_spaces_at(&mut self, bytes: &[u8], i: usize) -> Option<(u32, usize)> {
        if i < self.bytewise_until {
            return None;
        }
        let found = bytes.get(i..i + 16).and_then(ascii_spaces_of_sixteen);
        if found.is_none() {
            self.bytewise_until = i + 16;
        }
        found
    }
}

/// Which of the first bytes of `sixteen` bytes of a text are ASCII whitespace (one bit a byte,
/// the first byte's lowest) and how many bytes that says (15 or 16), when all their whitespace
/// characters are ASCII; `None` when one may not be, for [`words_upto`] to read them a
/// character at a time. Told by their bytes: the lead bytes `C2`, `E2` and `E3` of the
/// non-ASCII whitespace (but U+1680, [`unicode_space_len`]) and U+1680's second byte `9A` (its
/// lead byte, `E1`, starts most Vietnamese letters) are in no such block, and a last byte `E1`,
/// whose character goes on after the block, is left to the next one. Any other character is no
/// whitespace, whatever its bytes, so a block may start inside one.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn ascii_spaces_of_sixteen(sixteen: &[u8]) -> Option<(u32, usize)> {
    use std::arch::x86_64::*;
    // SAFETY: SSE2 is part of x86-64, and `sixteen` holds the sixteen bytes read
    let spaces = unsafe {
        let v = _mm_loadu_si128(sixteen.as_ptr().cast());
        let eq = |b: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8));
        let unsure = _mm_or_si128(
            _mm_or_si128(eq(0xC2), eq(0xE2)),
            _mm_or_si128(eq(0xE3), eq(0x9A)),
        );
        if _mm_movemask_epi8(unsure) != 0 {
            return None;
        }
        // `\t` to `\r`: the bytes at most 4 above `\t`, unsigned
        let above_tab = _mm_sub_epi8(v, _mm_set1_epi8(b'\t' as i8));
        let control = _mm_cmpeq_epi8(_mm_min_epu8(above_tab, _mm_set1_epi8(4)), above_tab);
        _mm_movemask_epi8(_mm_or_si128(eq(b' '), control)) as u32
    };
    Some((spaces, if sixteen[15] == 0xE1 { 15 } else { 16 }))
}

/// The words of `s`, as `s.split_whitespace()` gives them, by the byte scan of [`words_upto`]
/// (no `char` decoded but at the lead bytes of non-ASCII whitespace): the standard library's
/// split decodes every character and asks `char::is_whitespace` of it, most of the cost of
/// the shapes that read a line a word at a time (`shapes::glued_menu`).
pub fn split_words(s: &str) -> impl Iterator<Item = &str> + '_ {
    let bytes = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        // the whitespace before a word
        loop {
            let &b = bytes.get(i)?;
            match BYTE_CLASS[usize::from(b)] {
                WORD => break,
                ASCII_SPACE => i += 1,
                _ => match unicode_space_len(bytes, i) {
                    0 => break,
                    len => i += len,
                },
            }
        }
        // the word: its first byte is no whitespace, and it ends at whitespace or the end
        let start = i;
        i += 1;
        while let Some(&b) = bytes.get(i) {
            match BYTE_CLASS[usize::from(b)] {
                WORD => i += 1,
                ASCII_SPACE => break,
                _ if unicode_space_len(bytes, i) == 0 => i += 1,
                _ => break,
            }
        }
        Some(&s[start..i])
    })
}

/// Whether `s` has at most `n` words: `words(s) <= n`, reading no further than word `n + 1`.
pub fn words_at_most(s: &str, n: usize) -> bool {
    words_upto(s, n.saturating_add(1)) <= n
}

const WORD: u8 = 0;
const ASCII_SPACE: u8 = 1;
const MAY_START_SPACE: u8 = 2;

/// ASCII whitespace (`\t` to `\r` and the space), the lead bytes of non-ASCII whitespace, and
/// every other byte (UTF-8 continuation bytes included: they never start a character).
static BYTE_CLASS: [u8; 256] = {
    let mut table = [WORD; 256];
    let mut b = b'\t';
    while b <= b'\r' {
        table[b as usize] = ASCII_SPACE;
        b += 1;
    }
    table[b' ' as usize] = ASCII_SPACE;
    table[0xC2] = MAY_START_SPACE;
    table[0xE1] = MAY_START_SPACE;
    table[0xE2] = MAY_START_SPACE;
    table[0xE3] = MAY_START_SPACE;
    table
};

/// The length of the non-ASCII whitespace character at `bytes[i]` (a lead byte), 0 when another
/// character starts there.
#[inline]
fn unicode_space_len(bytes: &[u8], i: usize) -> usize {
    match bytes[i..] {
        [0xC2, 0x85 | 0xA0, ..] => 2,
        [0xE1, 0x9A, 0x80, ..] | [0xE3, 0x80, 0x80, ..] => 3,
        [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..] | [0xE2, 0x81, 0x9F, ..] => 3,
        _ => 0,
    }
}

/// True when `s` ends like a sentence: `.`, `!`, `?`, `…`, `;` or `:` (closing quotes and
/// brackets after them are allowed, and the `_` or `**` that closes an italic or bold paragraph
/// of a markdown dump after its full stop: html2text writes `_…the purpose._` and
/// `**…innovations.**`, and such a paragraph read as no sentence lost its article, issue 11).
/// A single `*` after the full stop is a footnote's mark (`…career services.*`) and ends
/// nothing: the line model reads the footnote as chrome.
///
/// Asked of every line many times (the record, the zone, the cues): the closing characters are
/// told by a `match` ([`is_closing`]), with no search of a string of characters per character,
/// and a line whose last character is a letter or a digit (most lines that are no sentence),
/// which nothing is trimmed from and no sentence end is, or an ASCII mark that ends a sentence,
/// which nothing is trimmed from either, is answered by that character alone.
pub fn ends_sentence(s: &str) -> bool {
    match s.as_bytes().last() {
        None => return false,
        Some(b) if b.is_ascii_alphanumeric() => return false,
        Some(b'.' | b'!' | b'?' | b';' | b':') => return true,
        Some(b) if *b >= 0x80 => {
            if s.chars().next_back().is_some_and(chars::is_alphanumeric) {
                return false;
            }
        }
        Some(_) => {}
    }
    trimmed_ends_sentence(s)
}

/// [`ends_sentence`] without its look at the last character: the closing characters and
/// whitespace trimmed, then a bold or italic mark and what closes before it, then the mark.
fn trimmed_ends_sentence(s: &str) -> bool {
    let closing = |c: char| c.is_whitespace() || is_closing(c);
    let t = s.trim_end_matches(closing);
    if let Some(before) = before_glued_rule(t) {
        return before
            .trim_end_matches(closing)
            .ends_with(['.', '!', '?', '…']);
    }
    let t = t
        .strip_suffix("**")
        .or_else(|| t.strip_suffix('_'))
        .map_or(t, |inner| inner.trim_end_matches(closing));
    t.ends_with(['.', '!', '?', '…', ';', ':'])
}

/// Whether `s` ends asking or exclaiming (`?`, `!`): a headline may end so (`Thí sinh cần lưu
/// ý gì trước kỳ thi?`) and still be no sentence of prose, where it ends no sentence otherwise.
pub fn asks_or_exclaims(s: &str) -> bool {
    s.trim_end().ends_with(['?', '!'])
}

/// Fewest underscores of a rule glued onto a paragraph's line: a rule spans the page, a text
/// box is a field's width (`lynx -dump` prints a search box with 20 or so).
const MIN_GLUED_RULE: usize = 40;

/// The text before a horizontal rule that a one-block-per-line dump ran onto a paragraph's line
/// (`…the central theme. ______`: `lynx -dump` prints `<hr>` as underscores right under the
/// paragraph, and the two are one block). The paragraph ends its sentence when the text before
/// the rule does; a label before a text box (`Email: ______`) is still none.
fn before_glued_rule(t: &str) -> Option<&str> {
    let rest = t.trim_end_matches('_');
    (t.len() - rest.len() >= MIN_GLUED_RULE && rest.ends_with(char::is_whitespace)).then_some(rest)
}

/// A closing quote or bracket, which may follow a sentence's end: `" ” ’ » ) ]`.
pub(super) fn is_closing(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '»' | ')' | ']')
}

/// How many sentences end in `s`: a sentence end followed by a capitalised word, plus the end
/// of `s` when it ends like a sentence (an abbreviation such as `Mr. Smith` counts as one too).
///
/// A word (whitespace-separated, as `split_whitespace` cuts) ends a sentence where a `.` `!` `?`
/// or `…` is followed by whitespace, so only those marks are looked at (found by `memchr`; `…`
/// by its last byte, 0xA6, after its first two): the text is not cut into words, which cost
/// two decodings of every character of the many lines asked (3 % of the instructions on the
/// real pages).
pub fn sentences(s: &str) -> usize {
    let bytes = s.as_bytes();
    let marks = memchr::memchr3_iter(b'.', b'!', b'?', bytes).map(|at| at + 1);
    let ellipses = memchr::memchr_iter(0xA6, bytes)
        .filter(|&at| bytes[..at].ends_with(&[0xE2, 0x80]))
        .map(|at| at + 1);
    let inner = marks
        .chain(ellipses)
        .filter(|&end| capital_word_after(&s[end..]))
        .count();
    inner + usize::from(ends_sentence(s))
}

/// Whether a sentence ends inside `t`: a word in lower case, `.`, `?` or `!`, then a
/// capitalised word (`…hidden magnets. Built from…`). Stricter than [`sentences`]: an
/// abbreviation is capitalised (`TP. HCM` in a Vietnamese headline, `Pres. Jonathan`, `U.S.
/// Senate`) and ends none, so a box of headlines holding one is no prose.
pub(super) fn sentence_ends_inside(t: &str) -> bool {
    memchr::memchr3_iter(b'.', b'?', b'!', t.as_bytes()).any(|at| {
        let word = t[..at]
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        word.chars().nth(1).is_some()
            && word.chars().all(char::is_lowercase)
            && capital_word_after(&t[at + 1..])
    })
}

/// Whether `rest`, the text after a sentence mark, is whitespace and then a word that starts
/// with a capital after any opening quotes or brackets (`"` `“` `‘` `«` `(`).
pub(super) fn capital_word_after(rest: &str) -> bool {
    rest.starts_with(char::is_whitespace)
        && rest
            .trim_start_matches(char::is_whitespace)
            .trim_start_matches(['"', '“', '‘', '«', '('])
            .starts_with(char::is_uppercase)
}

/// A link to another story inside the article, written after a cue on the same line
/// (`Read more: How to reduce taxable income`, `Xem thêm: Giá vàng hôm nay`, `>> Related: …`):
/// the cue, then `:`, `»`, `>`, `|` or a dash, then a title of at least two words and no list
/// comma. It names one story; it does not head a list of them, so the article goes on after it
/// (B009 does not cut there). `cue` is the lower-case cue the line starts with
/// ([`super::lexicon::end_marker`]); a tag list (`Tags: rust, wasm`) is not a title.
pub fn teaser_link(line: &str, cue: &str) -> bool {
    let key = line
        .trim_start_matches(|c: char| !c.is_alphabetic())
        .to_lowercase();
    let Some(rest) = key.strip_prefix(cue) else {
        return false;
    };
    let rest = rest.trim_start();
    let Some(title) = rest.strip_prefix([':', '»', '>', '|', '-', '–', '—']) else {
        return false;
    };
    let title = title.trim_start_matches([':', '»', '>', ' ']);
    words_upto(title, 2) >= 2 && !title.contains([',', ';'])
}

/// Whether `line` is the wrapped rest of a sentence begun on `prev` (a hard-wrapped dump):
/// `prev` is a line of at least [`WRAPPED_WORDS`] words that ends no sentence, and `line` goes on
/// in lower case (`…reports of adverse events` / `related to patients prescribed…`). Such a line
/// is prose, never a heading, whatever word it starts with.
pub fn wrapped_on(prev: &str, line: &str) -> bool {
    // `line`'s first letter first: most lines start in upper case, and `prev` is not read
    line.trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
        && !ends_sentence(prev)
        && words_upto(prev, WRAPPED_WORDS) >= WRAPPED_WORDS
}

/// Words of a line the next one may continue (fewer: a label, a menu item).
const WRAPPED_WORDS: usize = 6;

/// A line that is only a URL.
pub fn is_url(s: &str) -> bool {
    let t = s.trim();
    !t.contains(char::is_whitespace)
        && (t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www."))
}

/// The number of a numbered list item (`3) Blade Runner`, `12. Thriller`): one to three digits,
/// then `)` or `.`, then a space; a year or a price (`1984 was…`, `3.5 kg`) is none.
pub fn item_number(s: &str) -> Option<u32> {
    let t = s.trim_start();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &t.as_bytes()[digits..];
    if !(1..=3).contains(&digits) || rest.len() < 2 || !matches!(rest[0], b')' | b'.') {
        return None;
    }
    (rest[1] == b' ')
        .then(|| t[..digits].parse().ok())
        .flatten()
}

/// A line that is only an image/media file name (`20180502huy2.jpg`).
pub fn is_media_file(s: &str) -> bool {
    let t = chars::trim(s);
    // the end first (asked of every line, and most lines end with no extension): a file name of
    // [`MEDIA_EXTENSIONS`] ends with a full stop and three or four ASCII letters
    let b = t.as_bytes();
    let dot_at = |k: usize| b.len() > k && b[b.len() - k - 1] == b'.';
    (dot_at(3) || dot_at(4)) && media_file_shape(t)
}

/// [`is_media_file`] of the trimmed line `t` without its look at the end: no whitespace, at
/// most 200 bytes, a stem and one of the [`MEDIA_EXTENSIONS`].
fn media_file_shape(t: &str) -> bool {
    if t.contains(char::is_whitespace) || t.len() > 200 {
        return false;
    }
    let Some((stem, ext)) = t.rsplit_once('.') else {
        return false;
    };
    !stem.is_empty() && MEDIA_EXTENSIONS.iter().any(|e| ext.eq_ignore_ascii_case(e))
}

/// The extensions of image and media files, in any case (`.JPG`).
const MEDIA_EXTENSIONS: [&str; 10] = [
    "jpg", "jpeg", "png", "gif", "webp", "bmp", "svg", "tif", "tiff", "mp4",
];

/// A line that is only image placeholders as a dumper prints them (`[swan_dd_72] [angelfish_]`,
/// `[da-lat-mua-da-quy-cover]`: `w3m -dump` writes an image's alt text or file name in
/// brackets; `[divider]`, `[edit]`: a one-word label in brackets is no more text) or `w3m`'s
/// marks around an inserted element (`[INS: :INS]`). Each bracket holds one token with a
/// letter; a footnote mark (`[1]`), a text box (`[ ]`) or a bracketed phrase (`[Cập nhật lúc
/// 10:00]`) is not one.
pub fn is_placeholder(s: &str) -> bool {
    let mut rest = chars::trim(s);
    if rest.is_empty() {
        return false;
    }
    while let Some(after) = rest.strip_prefix('[') {
        if after == "INS:" {
            return true;
        }
        let Some((inside, tail)) = after.split_once(']') else {
            return false;
        };
        let inside = inside.trim();
        let mark = matches!(inside, "INS:" | ":INS" | "INS::INS" | "INS: :INS");
        let token = !inside.contains(char::is_whitespace)
            && !inside.contains('[')
            && inside.chars().any(char::is_alphabetic);
        if !(mark || token) {
            return false;
        }
        rest = tail.trim_start();
    }
    rest.is_empty() || rest == ":INS]"
}

/// A separator rule: only `- = _ * ~ #` (and spaces), at least three of them.
pub fn is_separator(s: &str) -> bool {
    let t = chars::trim(s);
    // the first byte first (asked of every line, and most lines start with a letter): a
    // separator rule starts with one of its ASCII characters or with E2, which `–` and `—` do
    matches!(
        t.as_bytes().first(),
        Some(b'-' | b'=' | b'_' | b'*' | b'~' | b'#' | 0xE2)
    ) && separator_shape(t)
}

/// [`is_separator`] of the trimmed line `t` without its look at the first byte: it fails at the
/// first letter of any other line.
fn separator_shape(t: &str) -> bool {
    t.chars()
        .all(|c| c.is_whitespace() || matches!(c, '-' | '=' | '_' | '*' | '~' | '#' | '–' | '—'))
        && t.chars().filter(|c| !c.is_whitespace()).count() >= 3
}

/// Name-like: every token starts with an uppercase letter or is parenthesized/initials
/// (`Gia Huy`, `HM`, `N.T.H`, `Minh Anh (tổng hợp)`).
pub fn is_name_like(s: &str) -> bool {
    let t = s.trim();
    let mut inside_paren = false;
    let mut any = false;
    for tok in t.split_whitespace() {
        if tok.starts_with('(') {
            inside_paren = true;
        }
        if !inside_paren && tok.chars().any(char::is_alphanumeric) {
            any = true;
            let first = tok.chars().next().unwrap_or(' ');
            if !first.is_uppercase() {
                return false;
            }
        }
        if tok.contains(')') {
            inside_paren = false;
        }
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`is_closing`] tells the closing characters the string `"”’»)]` lists: without markdown
    /// marks, `ends_sentence` answers as trimming them by that string and the whitespace and
    /// asking the last character, on the lines of raw/ and on texts drawn from sentence ends,
    /// closing characters, whitespace (ASCII and other) and letters.
    #[test]
    fn sentence_ends_are_found_from_the_end() {
        let by_trim = |s: &str| {
            s.trim_end_matches(|c: char| c.is_whitespace() || "\"”’»)]".contains(c))
                .ends_with(['.', '!', '?', '…', ';', ':'])
        };
        let mut texts = crate::seed_texts::lines();
        let pieces = [
            ".", "!", "?", "…", ";", ":", "\"", "”", "’", "»", ")", "]", " ", "\n", "\u{A0}",
            "\u{3000}", "a", "ố", "(", "“", ",",
        ];
        let mut rng = crate::test_rng::Xorshift::new();
        for len in 0..5_000 {
            texts.push(rng.text(&pieces, len % 9));
        }
        for t in &texts {
            assert_eq!(ends_sentence(t), by_trim(t), "{t:?}");
        }
    }

    /// The look at the last character answers as the trims do, on the seed lines and on texts
    /// drawn from sentence ends, closing characters, markdown marks, whitespace, digits and
    /// letters of every kind (ASCII, Vietnamese, other scripts, numbers that are no digits).
    #[test]
    fn the_last_character_answers_as_the_trims() {
        let mut texts = crate::seed_texts::lines();
        let pieces = [
            ".", "!", "?", "…", ";", ":", "\"", "”", "’", "»", ")", "]", " ", "\n", "\t", "\u{A0}",
            "\u{3000}", "a", "Z", "7", "ố", "Đ", "北", "²", "½", "Ⅻ", "(", "“", ",", "*", "**",
            "_", "-", "\u{301}", "#",
        ];
        let mut rng = crate::test_rng::Xorshift::new();
        for len in 0..20_000 {
            texts.push(rng.text(&pieces, len % 9));
        }
        for t in &texts {
            assert_eq!(ends_sentence(t), trimmed_ends_sentence(t), "{t:?}");
        }
    }

    #[test]
    fn teaser_links_name_one_story() {
        assert!(teaser_link(
            "Xem thêm: Giá vàng hôm nay tăng mạnh",
            "xem thêm"
        ));
        assert!(teaser_link(
            ">> Read More: IPvanish 2026 Review",
            "read more"
        ));
        assert!(teaser_link(
            "Related - Electrical Shock Prevention",
            "related"
        ));
        // a heading over a list, a tag list, a cue with one word after it
        assert!(!teaser_link("Related Articles", "related"));
        assert!(!teaser_link("Tin liên quan:", "tin liên quan"));
        assert!(!teaser_link("Tags: rust, wasm, compilers", "tags"));
        assert!(!teaser_link("Read more: here", "read more"));
    }

    /// [`sentences`] as it was written first, on the words of `split_whitespace`: the oracle
    /// of the mark search.
    fn sentences_by_words(s: &str) -> usize {
        let words = s.split_whitespace();
        let inner = words
            .clone()
            .zip(words.skip(1))
            .filter(|(word, next)| {
                word.ends_with(['.', '!', '?', '…'])
                    && next
                        .trim_start_matches(['"', '“', '‘', '«', '('])
                        .starts_with(char::is_uppercase)
            })
            .count();
        inner + usize::from(ends_sentence(s))
    }

    /// The mark search counts what the words count: marks inside words, marks of their own,
    /// runs of marks, quotes alone, Unicode spaces, `…` and characters sharing its bytes.
    #[test]
    fn sentences_are_counted_as_on_words() {
        for s in [
            "",
            ".",
            ". A",
            "a. B. c! D? «E … F…G …\u{a0}H",
            "Mr. Smith went.  \u{3000}“Then” he. “ ( A",
            "x.. Y?! \"Z ‘(Ă. \u{85}B …\n\tĐ",
            "e.g. works 2.0. Ok",
            "\u{2026}\u{2026} X\u{1EA6} \u{26} Y. \u{1680}Z",
            "a.\u{200b}B a. \u{200b}B a. _B",
        ] {
            assert_eq!(sentences(s), sentences_by_words(s), "{s:?}");
        }
        let alphabet = [
            " ", ".", "!", "?", "…", "A", "a", "Đ", "“", "«", "(", "\u{a0}", "\u{2003}", "\t", "ầ",
            "\"", "\n",
        ];
        for i in 0..17usize.pow(5) {
            let s: String = (0..i % 13)
                .map(|k| alphabet[(i * 7 + k * (i % 11 + 1) + k * k) % alphabet.len()])
                .collect();
            assert_eq!(sentences(&s), sentences_by_words(&s), "{s:?}");
        }
    }

    #[test]
    fn sentences_end_before_a_capital() {
        assert_eq!(
            sentences("Hubs add tricks. Regardless, keep in mind a few things."),
            2
        );
        assert_eq!(
            sentences("play music and ask questions. Hubs with a screen add"),
            1
        );
        assert_eq!(sentences("Giá lúa tăng. “Bà con phấn khởi” nói vậy"), 1);
        assert_eq!(sentences("version 2.0 is out and e.g. works"), 0);
    }

    /// A sentence ends inside a line after a word in lower case, before a capitalised one; an
    /// abbreviation's full stop (capitalised, in a box of headlines) ends none, nor does one
    /// before a list's bullet.
    #[test]
    fn sentences_end_inside_a_line_after_a_lower_case_word() {
        for prose in [
            "lines with clever construction. Built from thick stock,",
            "did it work? Nobody knew",
            "“Đó là một quyết định khó. Chúng tôi",
        ] {
            assert!(sentence_ends_inside(prose), "{prose}");
        }
        for no in [
            "Pres. Jonathan's Alleged Forged Doctorate Certificate Surfaces 16 comments",
            "TP. HCM đề xuất xây thêm 5 tuyến metro trước năm 2035",
            "US Senate passes the bill (U.S. Senate)",
            "the backing board. * Napkin holder",
            "ends its sentence.",
        ] {
            assert!(!sentence_ends_inside(no), "{no}");
        }
    }

    #[test]
    fn wrapped_lines_go_on_in_lower_case() {
        let prev = "the agency has received reports of adverse events";
        assert!(wrapped_on(
            prev,
            "related to patients prescribed compounded drugs"
        ));
        assert!(!wrapped_on(prev, "Related articles"));
        assert!(!wrapped_on(
            "The agency has received reports.",
            "related to it"
        ));
        assert!(!wrapped_on("Xem thêm", "bình luận"));
    }

    #[test]
    fn words_counts_as_split_whitespace() {
        let every: String = (0..0x3100u32)
            .filter_map(char::from_u32)
            .flat_map(|c| [c, 'a', c, c, 'b'])
            .collect();
        for s in [
            every.as_str(),
            "",
            " ",
            "a",
            " a  b\u{a0}c\u{3000}đ\u{2003} ",
            "Việt Nam\t\u{b}x",
        ] {
            assert_eq!(words(s), s.split_whitespace().count(), "{s:?}");
            assert!(split_words(s).eq(s.split_whitespace()), "{s:?}");
        }
        for c in (0..0x3100u32).filter_map(char::from_u32) {
            let s = format!("x{c}y {c}");
            assert_eq!(words(&s), s.split_whitespace().count(), "{c:?}");
            assert!(split_words(&s).eq(s.split_whitespace()), "{c:?}");
        }
        // the eight-byte steps: strings of up to 16 characters of an alphabet of spaces, control
        // characters, an ASCII and a Vietnamese letter, mixed and cut at every length
        let alphabet = [" ", "\t", "\r", "\u{b}", "\u{1c}", "a", "ệ", "\u{7f}"];
        for i in 0..8usize.pow(6) {
            let s: String = (0..i % 17)
                .map(|k| alphabet[(i * 7 + k * (i % 5 + 1)) % 8])
                .collect();
            assert_eq!(words(&s), s.split_whitespace().count(), "{s:?}");
            assert!(split_words(&s).eq(s.split_whitespace()), "{s:?}");
        }
        let s = "một hai\u{a0}ba  bốn\u{3000}năm ";
        for cap in 0..8 {
            assert_eq!(words_upto(s, cap), 5.min(cap), "{cap}");
        }
    }

    /// [`words_upto`] by [`split_words`], which scans a byte at a time: the oracle.
    fn words_upto_by_bytes(s: &str, cap: usize) -> usize {
        split_words(s).take(cap).count()
    }

    /// Texts of ASCII, Vietnamese and Japanese words, every kind of whitespace, and the
    /// characters whose bytes look like whitespace's (`ệ` and U+1680 share their lead byte `E1`,
    /// `Ú` and `Ě` hold U+1680's `9A`, `の` starts with `E3` as U+3000 does), drawn long enough to
    /// span several sixteen-byte blocks: counted sixteen bytes at a time as a byte at a time, at
    /// every cap.
    #[test]
    fn words_upto_by_blocks_counts_as_by_bytes() {
        let pieces = [
            "a",
            "Tin",
            "nghiệp",
            "ệ",
            "Ú",
            "Ě",
            "\u{1680}",
            "\u{a0}",
            "\u{85}",
            "\u{2003}",
            "\u{3000}",
            "\u{202f}",
            "“",
            " ",
            " ",
            " ",
            "  ",
            "\t",
            "\r\n",
            "\u{b}",
            "\u{1c}",
            "x\u{1680}y",
            ",",
            "0",
            "日本語の",
            "Kinh nghiệm du lịch Đà Lạt",
        ];
        let mut rng = crate::test_rng::Xorshift::new();
        for len in 0..6_000 {
            let text = rng.text(&pieces, len % 60);
            for cap in [0, 1, 2, 5, 12, 41, usize::MAX] {
                assert_eq!(
                    words_upto(&text, cap),
                    words_upto_by_bytes(&text, cap),
                    "{text:?} {cap}"
                );
            }
            assert_eq!(
                words_upto(&text, usize::MAX),
                text.split_whitespace().count(),
                "{text:?}"
            );
        }
        // an `E1` last in a block: U+1680 across two blocks, and a letter
        for at in 0..40 {
            for c in ["\u{1680}", "ệ"] {
                let text = format!("{}{c}b c", "a".repeat(at));
                assert_eq!(
                    words_upto(&text, usize::MAX),
                    text.split_whitespace().count(),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn shapes() {
        assert!(is_url("http://www.vietnamplus.vn/a/438372.vnp"));
        assert!(!is_url("Xem tại http://x.vn nhé"));
        assert!(is_media_file("20180502huy2.jpg"));
        assert!(!is_media_file("Ảnh.jpg đẹp"));
        assert!(!is_media_file("Hà Nội."));
        assert_eq!(item_number("3) Blade Runner"), Some(3));
        assert_eq!(item_number(" 12. Thriller (Vinile)"), Some(12));
        for t in ["1984 là năm", "3.5 kg", "2024.", "1234) x", "Top 10) x"] {
            assert_eq!(item_number(t), None, "{t}");
        }
        for t in [
            "[swan_dd_72] [angelfish_] [butterfly_]",
            "[da-lat-mua-da-quy-cover]",
            "[INS: :INS]",
            "[INS::INS]",
            "[INS:",
            ":INS]",
            "[icon-https]",
            "[divider]",
        ] {
            assert!(is_placeholder(t), "{t}");
        }
        for t in [
            "[1]",
            "[ ]",
            "[ ] Gửi",
            "[Cập nhật lúc 10:00]",
            "[swan] Thiên nga trắng trên hồ.",
            "Xem [hình 2] bên dưới.",
            "",
            "INS:",
        ] {
            assert!(!is_placeholder(t), "{t}");
        }
        assert!(is_separator("-----------------"));
        assert!(is_separator("* * *"));
        assert!(!is_separator("..."));
        assert!(!is_separator("--"));
        assert!(ends_sentence("Toàn cảnh buổi tiếp."));
        assert!(ends_sentence("\"Chúng tôi sẽ làm.\""));
        assert!(!ends_sentence("Gia Huy"));
        // a markdown dump's italic and bold paragraphs (html2text, pandoc)
        assert!(ends_sentence("_Nội dung do độc giả đóng góp._"));
        assert!(ends_sentence("**Read more about recent innovations.**"));
        assert!(!ends_sentence("**Written by** **Gia Huy**"));
        assert!(!ends_sentence("_Gia Huy_"));
        assert!(!ends_sentence("Dịch vụ tùy theo từng trường.*"));
        // a paragraph with the rule under it glued on (`lynx -dump`, one block per line), and a
        // form's label before its text box
        let rule = "_".repeat(66);
        assert!(ends_sentence(&format!(
            "Kleijn identifies the connection. {rule}"
        )));
        assert!(ends_sentence(&format!("“Chúng tôi sẽ làm.” {rule}")));
        // two columns: a sentence, then the text box of the column beside it
        assert!(!ends_sentence(
            "of its four RS-25 engines.        _____________________"
        ));
        assert!(!ends_sentence(&format!("Email: {rule}")));
        assert!(!ends_sentence("Search ____________________ [Submit]"));
        assert!(!ends_sentence("Tên đăng nhập __________"));
        assert!(is_name_like("Gia Huy"));
        assert!(is_name_like("HM"));
        assert!(is_name_like("Minh Anh (tổng hợp)"));
        assert!(!is_name_like("chúc mừng"));
        assert!(!is_name_like("Denmark (Group D): Ninth appearance"));
    }

    /// The looks at a line's first or last bytes change no answer of [`is_separator`] and
    /// [`is_media_file`]: they answer as their shapes alone ([`separator_shape`],
    /// [`media_file_shape`]) on the lines of the seed documents and on separators and file names
    /// in any case, with whitespace around.
    #[test]
    fn shape_prefilters_change_no_answer() {
        let mut lines = crate::seed_texts::lines();
        for c in [
            "-", "=", "_", "*", "~", "#", "–", "—", " ", "\u{a0}", "x", ".",
        ] {
            for n in 0..5 {
                lines.push(c.repeat(n));
                lines.push(format!(" {}\t", c.repeat(n)));
                lines.push(format!("{}–{}", c.repeat(n), c.repeat(n)));
            }
        }
        for e in MEDIA_EXTENSIONS
            .iter()
            .chain(&["JPG", "Png", "jp", "jpegs", "mp3", ""])
        {
            for stem in ["", "a", "20180502huy2", "ảnh đẹp", "x.y", "."] {
                lines.push(format!("{stem}.{e}"));
                lines.push(format!("  {stem}.{e} "));
                lines.push(format!("{stem}.{e}."));
            }
        }
        for t in &lines {
            assert_eq!(is_separator(t), separator_shape(t.trim()), "{t:?}");
            assert_eq!(is_media_file(t), media_file_shape(t.trim()), "{t:?}");
        }
    }
}
