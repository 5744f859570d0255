//! Line *shapes* of page chrome that no vocabulary names: menus and breadcrumbs written as one
//! line, and menus whose items the dumper glued together.
//!
//! A shape alone never removes a line: the caller also requires the line to stand outside the
//! article's prose (above its first or below its last paragraph), so a list written on one line
//! inside the body, or a sentence naming provinces separated by dashes, stays.

use super::features::{ends_sentence, sentences, split_words, words_at_most};
use super::stopwords::plain_letter;
use super::zone::SENTENCE_WORDS;
use crate::chars;
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// Characters that separate menu items and breadcrumb levels. Not `-` (`Hà Nội - Hải Phòng` is a
/// road in a sentence), not `/` (dates), not `:` (labels).
const SEPARATORS: &[char] = &['|', '»', '›', '>', '•', '·', '*', '→', '←', '◦', '▪', '►'];

/// Longest item of a menu or breadcrumb level, in words; the last level may be the title.
const MAX_ITEM_WORDS: usize = 5;

/// A menu or breadcrumb on one line: at least two items separated by [`SEPARATORS`], every item
/// short and starting with a capital or a digit, except the last, which may be a headline
/// (`Trang chủ » Kinh nghiệm » Kinh nghiệm du lịch Đà Lạt…`); or a whole menu run onto one
/// line ([`menu_run`]).
pub fn menu_line(t: &str) -> bool {
    has_separator(t) && (every_item_short(t) || menu_run(t))
}

/// The items of a line cut at [`SEPARATORS`], read one by one (no list of them: a paragraph
/// with a separator, lynx's `*` bullets or a `>`, is answered at its first long item).
fn items(t: &str) -> impl Iterator<Item = &str> {
    split_at_separators(t)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// `t.split(SEPARATORS)`, the separators told by bytes as [`has_separator`] tells one: a
/// paragraph with a lynx bullet is one long item, and the standard library's split by a set
/// of characters decodes each of its characters and compares it with each separator (two
/// thirds of [`menu_line`]'s cost on real pages).
fn split_at_separators(t: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(t);
    std::iter::from_fn(move || {
        let r = rest?;
        match first_separator(r) {
            Some((at, len)) => {
                rest = Some(&r[at + len..]);
                Some(&r[..at])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// The byte offset and length of the first [`SEPARATORS`] character of `t`: an ASCII one by its
/// byte, another by the character at a `C2` or `E2` byte (the lead bytes of all of them).
fn first_separator(t: &str) -> Option<(usize, usize)> {
    let bytes = t.as_bytes();
    let mut from = 0;
    while let Some(at) = separator_byte(bytes, from) {
        let c = t[at..].chars().next()?;
        if SEPARATORS.contains(&c) {
            return Some((at, c.len_utf8()));
        }
        from = at + c.len_utf8();
    }
    None
}

/// The first byte of `bytes` from `from` that may start a [`SEPARATORS`] character (`|`, `>`,
/// `*`, or the lead byte `C2` or `E2`). Sixteen bytes at a time where the CPU allows
/// ([`separator_bytes_of_sixteen`]): the items of a menu line are read to their ends, and most
/// of a paragraph that holds a separator has none (a byte at a time was a third of
/// [`first_separator`]'s callers' cost on real pages).
fn separator_byte(bytes: &[u8], from: usize) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    let from =
        match crate::byte_blocks::first_in_steps::<16, 16>(bytes, from, separator_bytes_of_sixteen)
        {
            Ok(at) => return Some(at),
            Err(rest) => rest,
        };
    bytes[from..]
        .iter()
        .position(|&b| matches!(b, b'|' | b'>' | b'*' | 0xC2 | 0xE2))
        .map(|k| from + k)
}

/// The bytes of `sixteen` that [`separator_byte`] looks for, one bit a byte (the first byte's
/// lowest).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn separator_bytes_of_sixteen(sixteen: &[u8; 16]) -> u32 {
    use std::arch::x86_64::*;
    // SAFETY: SSE2 is part of x86-64, and `sixteen` holds the sixteen bytes read
    unsafe {
        let v = _mm_loadu_si128(sixteen.as_ptr().cast());
        let eq = |b: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8));
        let ascii = _mm_or_si128(_mm_or_si128(eq(b'|'), eq(b'>')), eq(b'*'));
        let leads = _mm_or_si128(eq(0xC2), eq(0xE2));
        _mm_movemask_epi8(_mm_or_si128(ascii, leads)) as u32
    }
}

/// Whether a menu item reads as one: capitalised ([`capitalised`]) and no sentence.
fn item_ok(s: &str) -> bool {
    capitalised(s) && !ends_sentence(s)
}

/// Fewest items of a [`menu_run`].
const MIN_RUN_ITEMS: usize = 8;

/// A site's whole menu that a one-block-per-line dump wrote on one line (`lynx -dump`'s or
/// `links -dump`'s nested lists joined: `Menu * About Us * Meet the Team * FAQs * Programs * …`,
/// with the site's name, a search box or a lowercase item among them): at least
/// [`MIN_RUN_ITEMS`] items, four in five of them short menu items ([`item_ok`], at most
/// [`MAX_ITEM_WORDS`] words), and no sentence end. Every item short would ask too much of forty
/// links run together. A list the article writes on one line (`• Boxes • Packing tape •
/// Permanent markers`) has the same shape; like every shape, it is removed only outside the
/// article's prose (B016), and a list of sentences or of long items is no run.
///
/// `lynx -dump` bullets a nested list's second and third levels with a lone `+` and `o`: joined,
/// `* Pre-High School + Academic o Academic Home o Comprehensive Tutoring + SSAT …` is one
/// `*` item of forty words unless they cut it too ([`NESTED_BULLETS`]). They do only here, on a
/// line that holds the first level's bullet ([`LYNX_BULLET`]), and the run's test stands: a
/// list item `* Salt + pepper`, or a paragraph `* tried + tested…`, is no eight short items.
fn menu_run(t: &str) -> bool {
    if ends_sentence(t) {
        return false;
    }
    let nested = if memchr::memchr(LYNX_BULLET, t.as_bytes()).is_some() {
        nested_bullets(t)
    } else {
        0
    };
    // eight items need seven separators: counted by bytes before the items are cut
    if separators(t) + nested < MIN_RUN_ITEMS - 1 {
        return false;
    }
    let (mut count, mut short) = (0, 0);
    let mut tally = |s: &str| {
        count += 1;
        short += usize::from(item_ok(s) && words_at_most(s, MAX_ITEM_WORDS));
    };
    for s in items(t) {
        if nested > 0 {
            split_at_nested_bullets(s).for_each(&mut tally);
        } else {
            tally(s);
        }
    }
    count >= MIN_RUN_ITEMS && 5 * short >= 4 * count
}

/// The bullet of a list's first level in `lynx -dump`, which a line of its nested list joined
/// holds ([`menu_run`]).
const LYNX_BULLET: u8 = b'*';

/// The bullets of a nested list's deeper levels in `lynx -dump` (`+`, then `o`), each a word of
/// its own ([`menu_run`]).
const NESTED_BULLETS: [&str; 2] = [" + ", " o "];

/// The nested bullets ([`NESTED_BULLETS`]) in `t`, by finders built once (building one per
/// line cost more than the search).
fn nested_bullets(t: &str) -> usize {
    static FINDERS: LazyLock<[Finder<'static>; 2]> =
        LazyLock::new(|| NESTED_BULLETS.map(|b| Finder::new(b).into_owned()));
    FINDERS
        .iter()
        .map(|f| f.find_iter(t.as_bytes()).count())
        .sum()
}

/// The item `s` cut at its nested bullets ([`NESTED_BULLETS`]), trimmed, the empty parts left out.
fn split_at_nested_bullets(s: &str) -> impl Iterator<Item = &str> {
    s.split(NESTED_BULLETS[0])
        .flat_map(|part| part.split(NESTED_BULLETS[1]))
        .map(str::trim)
        .filter(|part| !part.is_empty())
}

/// [`menu_line`]'s first shape: every item short and capitalised, the last one capitalised and
/// as long as a headline. An item is checked once the next one shows it is not the last; the
/// first may carry the site's name, which needs the count of items known.
fn every_item_short(t: &str) -> bool {
    let mut items = items(t);
    let Some(mut last) = items.next() else {
        return false;
    };
    let mut count = 1;
    // the site's name may run into the first item (`Báo Hải Dương điện tử Trang chủ | Thời sự
    // | …`) when enough short items follow it
    let mut named_first = false;
    for item in items {
        if !item_ok(last) {
            return false;
        }
        if !words_at_most(last, MAX_ITEM_WORDS) {
            if count > 1 || !words_at_most(last, MAX_NAMED_FIRST_WORDS) {
                return false;
            }
            named_first = true;
        }
        (last, count) = (item, count + 1);
    }
    let head = count - 1;
    head > 0
        && (!named_first || head >= MIN_ITEMS_AFTER_NAME)
        && capitalised(last)
        && !last.starts_with(|c: char| c.is_ascii_digit())
        && headline_ok(last)
}

/// `t.contains(SEPARATORS)`, told by bytes (asked of every line, paragraphs included): the ASCII
/// separators are bytes of their own, found by a vector search, and the others all start with
/// `C2` or `E2`, the only characters decoded.
fn has_separator(t: &str) -> bool {
    let bytes = t.as_bytes();
    memchr::memchr3(b'|', b'>', b'*', bytes).is_some()
        || memchr::memchr2_iter(0xC2, 0xE2, bytes).any(|at| {
            t[at..]
                .chars()
                .next()
                .is_some_and(|c| SEPARATORS.contains(&c))
        })
}

/// How many [`SEPARATORS`] `t` holds, told by bytes as [`has_separator`] tells one.
fn separators(t: &str) -> usize {
    let bytes = t.as_bytes();
    memchr::memchr3_iter(b'|', b'>', b'*', bytes).count()
        + memchr::memchr2_iter(0xC2, 0xE2, bytes)
            .filter(|&at| {
                t[at..]
                    .chars()
                    .next()
                    .is_some_and(|c| SEPARATORS.contains(&c))
            })
            .count()
}

/// Items after the first that let the first one carry the site's name too, and its longest.
const MIN_ITEMS_AFTER_NAME: usize = 4;
const MAX_NAMED_FIRST_WORDS: usize = 12;

/// A menu item's start: a capital or a digit, or a brand written with a lowercase prefix
/// (`eMagazine`, `iPhone`: a capital second letter).
fn capitalised(s: &str) -> bool {
    let mut c = s.chars();
    match (c.next(), c.next()) {
        (Some(a), _) if a.is_uppercase() || a.is_ascii_digit() => true,
        (Some(a), Some(b)) => a.is_lowercase() && b.is_uppercase(),
        _ => false,
    }
}

/// Where a lowercase letter (or a number) runs straight into a capital inside a word (`hôm
/// nayASEAN`, `Quốc hộiTinh`, `2024Kỳ`): the seam a dumper leaves when it drops the spaces
/// between menu links.
/// Counted up to [`ENOUGH_SEAMS`], all [`glued_menu`] asks.
fn glued_seams(t: &str) -> usize {
    seams_upto_enough(t)
}

/// [`glued_seams`] of the text the words `words` make joined by spaces (seams are counted
/// inside words only): [`glued_menu`] counts them again without the words of tags and codes, and
/// joining those of a long paragraph was most of its cost.
fn glued_seams_of<'a>(words: impl Iterator<Item = &'a str>) -> usize {
    let mut seams = 0;
    for w in words {
        if seams >= ENOUGH_SEAMS {
            break;
        }
        seams += seams_upto_enough(w);
    }
    seams.min(ENOUGH_SEAMS)
}

/// The seams of `t` (its words are its runs between whitespace), up to [`ENOUGH_SEAMS`]: a
/// capital after two lowercase letters of its word, or after two ASCII digits and before a
/// lowercase letter (a year glued to the next link: `Cup 2024Kỳ họp`, not `4G`); two lowercase
/// letters before it, so brand names with one (iPhone, eKYC) do not count, `TikTok`, `YouTube`
/// do, hence [`glued_menu`]'s thresholds.
///
/// Asked of every line that ends no sentence (`shapes::is_menu` for each line's record), most of
/// them paragraphs cut at a link and menus: one walk over the bytes, each character's case told
/// by its byte when ASCII and by its bytes when a letter of the blocks Vietnamese is written in
/// ([`case_at`]), with no split into words (whitespace is a case of its own, and no seam reaches
/// over it), and eight bytes with no capital skipped at once ([`may_hold_capital`]: most of an
/// English line). Decoding each character and asking Unicode's tables of its case, in words split
/// first, cost some 1,900 instructions a line on real pages.
fn seams_upto_enough(t: &str) -> usize {
    let bytes = t.as_bytes();
    let (mut before2, mut before1) = (Case::Blank, Case::Blank);
    let (mut seams, mut at) = (0, 0);
    // the bytes before this are read a character at a time: eight that may hold a capital
    let mut char_by_char = 0;
    while at < bytes.len() && seams < ENOUGH_SEAMS {
        if at >= char_by_char {
            if let Some(eight) = bytes.get(at..at + 8) {
                let eight: [u8; 8] = eight.try_into().unwrap_or_default();
                if !may_hold_capital(u64::from_le_bytes(eight)) {
                    (before2, before1) = (ascii_case(eight[6]), ascii_case(eight[7]));
                    at += 8;
                    continue;
                }
                char_by_char = at + 8;
            }
        }
        let (now, len) = case_at(t, at);
        at += len;
        seams += usize::from(
            now == Case::Upper
                && ((before1 == Case::Lower && before2 == Case::Lower)
                    || (before1 == Case::Digit
                        && before2 == Case::Digit
                        && at < bytes.len()
                        && case_at(t, at).0 == Case::Lower)),
        );
        (before2, before1) = (before1, now);
    }
    seams
}

/// Whether the eight bytes `x` (one a byte) may hold a capital: one is not ASCII, or is `A` to
/// `Z`. Each byte's test is one of its eight lanes: for an ASCII byte `b`, `218 - b` sets the
/// lane's high bit when `b <= 0x5A` and `b + 63` when `b >= 0x41`, and neither carries into
/// the next lane.
fn may_hold_capital(x: u64) -> bool {
    const LANES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = LANES * 0x80;
    x & HIGH != 0 || (LANES * 218 - x) & (x + LANES * 63) & HIGH != 0
}

/// A character's case as [`seams_upto_enough`] reads it: `char::is_uppercase`,
/// `char::is_lowercase`, an ASCII digit, `char::is_whitespace`, or none of them.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Case {
    Upper,
    Lower,
    Digit,
    Blank,
    Other,
}

/// The [`Case`] of the character at `t[at..]` (a char boundary) and its length in bytes: an ASCII
/// one by its byte, a letter of the Vietnamese blocks by its bytes ([`plain_letter`], whose
/// letters are upper or lower case and no whitespace), any other decoded.
#[inline(always)]
fn case_at(t: &str, at: usize) -> (Case, usize) {
    let bytes = t.as_bytes();
    let b = bytes[at];
    if b.is_ascii() {
        return (ascii_case(b), 1);
    }
    if let Some(letter) = plain_letter(bytes, at) {
        let case = if letter.upper {
            Case::Upper
        } else {
            Case::Lower
        };
        return (case, letter.len);
    }
    let c = t[at..].chars().next().unwrap_or_default();
    let case = if c.is_whitespace() {
        Case::Blank
    } else if c.is_uppercase() {
        Case::Upper
    } else if c.is_lowercase() {
        Case::Lower
    } else {
        Case::Other
    };
    (case, c.len_utf8())
}

/// The [`Case`] of the ASCII byte `b`.
#[inline(always)]
fn ascii_case(b: u8) -> Case {
    match b {
        b'A'..=b'Z' => Case::Upper,
        b'a'..=b'z' => Case::Lower,
        b'0'..=b'9' => Case::Digit,
        b'\t'..=b'\r' | b' ' => Case::Blank,
        _ => Case::Other,
    }
}

/// Seams enough for [`glued_menu`] at any length.
const ENOUGH_SEAMS: usize = 3;

/// A menu whose links were glued together by the dumper: three or more seams, or two in a line
/// of at most 12 words, and no sentence end. The seams of a hashtag, a handle, a link or a code
/// ([`tag_or_code`]) are written so and glue no links: a line of a wrapped paragraph that ends
/// `…legislative day.#TodayInSenatePlenary` or starts with the rest of a link
/// (`kwGhiL7Nk2umjkGz9 “As an institution…`) is the paragraph's.
pub fn glued_menu(t: &str) -> bool {
    let menu = |seams: usize| seams >= ENOUGH_SEAMS || (seams >= 2 && words_at_most(t, 12));
    // a sentence is never one: its seams are not counted
    !ends_sentence(t)
        && menu(glued_seams(t))
        && (!split_words(t).any(tag_or_code)
            || menu(glued_seams_of(split_words(t).filter(|w| !tag_or_code(w)))))
}

/// A word that holds a hashtag or a handle (`#`, `@`), a link (`/`), or a digit between two
/// letters (`kwGhiL7Nk2`, an identifier), whose capitals are no seams between links. A year
/// glued to the next link (`2024Kỳ`) has no letter before its digits.
fn tag_or_code(w: &str) -> bool {
    // a digit after the word's first letter and before its last one (one walk each way: a
    // line of one huge word costs linear time)
    let letter_digit_letter = match (w.find(char::is_alphabetic), w.rfind(char::is_alphabetic)) {
        (Some(first), Some(last)) => w[first..last].bytes().any(|b| b.is_ascii_digit()),
        _ => false,
    };
    w.contains(['#', '@', '/']) || letter_digit_letter
}

/// Fewest items of a menu written without separators.
const MIN_SPACED_ITEMS: usize = 5;

/// Most syllables of a section's name in a menu written without separators: a capitalised one
/// and up to three lowercase ones (`Lao động việc làm`, `Tin theo khu vực`, `Khoa học công nghệ`).
const MAX_SPACED_ITEM_WORDS: usize = 4;

/// A menu collapsed onto one line without separators (`Thời sự Thế giới Kinh tế Đời sống Thể
/// thao`): only letters and the joiners of two names in one item ([`JOINERS`]: `Văn hóa - Giải
/// trí`, `Food & Drink`), cut at each capitalised word into items of one capitalised word and at
/// most three lowercase ones, at least [`MIN_SPACED_ITEMS`] items ([`MIN_RUN_ITEMS`] with a joiner)
/// and three in four of them two words or more. Vietnamese section names are compounds of two or
/// three syllables, the first alone capitalised; a headline that names people, places or ministries
/// (`Chủ tịch nước Lương Cường tiếp Bộ trưởng Quốc phòng Mỹ`, `Bộ Công an Bộ Quốc phòng Bộ Ngoại
/// giao`) has a capitalised syllable of its own for each of their syllables, one-word items in a
/// third or more of its items; so do English Title Case headlines (`How to Choose the Best Running
/// Shoes for Beginners`) and lists of place names (`Hà Nội Hải Phòng`). The page's date bar may
/// open the line (`Thứ năm, 05/12/2024 Trang chủ Thời sự …`: [`after_date_bar`]), a block of the
/// header that a one-block-per-line dump joined to the menu.
pub fn spaced_menu(t: &str) -> bool {
    spaced_words(t) || after_date_bar(t).is_some_and(spaced_words)
}

/// [`spaced_menu`] of a line without a date bar.
fn spaced_words(t: &str) -> bool {
    // the bytes first (asked of every line that is no other menu, paragraphs included): an ASCII
    // character that is neither a letter, whitespace nor a joiner is in a word that is not all
    // letters, and nearly every other line has one (a comma, a full stop, a digit) within a few
    // words (`char::is_whitespace`'s ASCII whitespace: TAB to CR and the space)
    !has_byte_not_in_a_word(t.as_bytes()) && spaced_items(t)
}

/// Whether `bytes` hold one of [`NOT_IN_A_WORD`]: sixteen at a time where the CPU allows
/// ([`not_in_a_word_of_sixteen`]), the rest by the table. Most lines asked have one only at
/// their end (the full stop of a paragraph), so the whole line is read.
fn has_byte_not_in_a_word(bytes: &[u8]) -> bool {
    #[cfg(target_arch = "x86_64")]
    let bytes =
        match crate::byte_blocks::first_in_steps::<16, 16>(bytes, 0, not_in_a_word_of_sixteen) {
            Ok(_) => return true,
            Err(rest) => &bytes[rest..],
        };
    bytes.iter().any(|&b| NOT_IN_A_WORD[usize::from(b)])
}

/// The bytes of `sixteen` that are in [`NOT_IN_A_WORD`], one bit a byte (the first byte's
/// lowest): the ASCII bytes that are no letter (a byte whose bit 5 set makes `a` to `z`), no
/// whitespace (`\t` to `\r`, the space) and no `-`, `&` or `+`.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn not_in_a_word_of_sixteen(sixteen: &[u8; 16]) -> u32 {
    use std::arch::x86_64::*;
    // SAFETY: SSE2 is part of x86-64, and `sixteen` holds the sixteen bytes read
    unsafe {
        let v = _mm_loadu_si128(sixteen.as_ptr().cast());
        let eq = |b: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8));
        // the bytes of `x` at most `span` above `from`, unsigned
        let within = |x: __m128i, from: u8, span: u8| {
            let above = _mm_sub_epi8(x, _mm_set1_epi8(from as i8));
            _mm_cmpeq_epi8(_mm_min_epu8(above, _mm_set1_epi8(span as i8)), above)
        };
        let letter = within(_mm_or_si128(v, _mm_set1_epi8(0x20)), b'a', 25);
        let space = _mm_or_si128(within(v, b'\t', 4), eq(b' '));
        let joiner = _mm_or_si128(_mm_or_si128(eq(b'-'), eq(b'&')), eq(b'+'));
        let in_a_word = _mm_or_si128(_mm_or_si128(letter, space), joiner);
        let ascii = _mm_cmpgt_epi8(v, _mm_set1_epi8(-1));
        _mm_movemask_epi8(_mm_andnot_si128(in_a_word, ascii)) as u32
    }
}

/// Most words before the date of a date bar: a weekday (`Thứ năm,`, `Chủ nhật,`, `Tuesday,`).
const DATE_BAR_WORDS: usize = 2;

/// The rest of a line that opens with a date bar: at most [`DATE_BAR_WORDS`] words, a date of
/// two or three numbers between slashes (`05/12/2024`, `2/12`), and the words after it that hold
/// a digit and no lowercase letter (a time `06:00`, `(GMT+7)`) or are a joiner (`-`). A byline
/// (`Đình Trọng Thứ năm, 05/12/2024`) has its date further in.
fn after_date_bar(t: &str) -> Option<&str> {
    // most lines have no slash near their start (asked of every line that is no other menu)
    let head = &t.as_bytes()[..t.len().min(DATE_BAR_BYTES)];
    memchr::memchr(b'/', head)?;
    let mut words = t.split_whitespace();
    words
        .by_ref()
        .take(DATE_BAR_WORDS + 1)
        .find(|w| slashed_date(w.trim_end_matches(',')))?;
    let first = words.find(|&w| !(clock(w) || JOINERS.contains(&w)))?;
    // the rest of the line from that word (a word of `t`, at its place in it)
    Some(&t[first.as_ptr() as usize - t.as_ptr() as usize..])
}

/// A time or a time zone after a date (`06:00`, `(GMT+7)`): a digit and no lowercase letter.
fn clock(w: &str) -> bool {
    w.bytes().any(|b| b.is_ascii_digit()) && !w.chars().any(char::is_lowercase)
}

/// Bytes of a line's start in which [`after_date_bar`] looks for a slash: two weekday words and
/// a date.
const DATE_BAR_BYTES: usize = 40;

/// A date of two or three numbers of one to four digits between slashes.
fn slashed_date(w: &str) -> bool {
    let parts = w.split('/');
    let mut count = 0;
    for p in parts {
        count += 1;
        if p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
    }
    (2..=3).contains(&count)
}

/// The words that join two names into one menu item (`Văn hóa - Giải trí`, `Quốc phòng – An
/// ninh`, `Food & Drink`, `Eat + Drink`) when they stand alone between spaces; inside a word
/// (`E-magazine`, `Covid-19`) a dash makes no menu.
const JOINERS: &[&str] = &["-", "–", "—", "&", "+"];

/// The ASCII bytes that are neither a letter, whitespace nor an ASCII [`JOINERS`] character, by
/// byte ([`spaced_menu`]'s look at a line's bytes: a look-up per byte instead of comparisons).
static NOT_IN_A_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] =
            !c.is_ascii_alphabetic() && !matches!(c, b'\t'..=b'\r' | b' ' | b'-' | b'&' | b'+');
        b += 1;
    }
    table
};

/// [`spaced_menu`]'s shape without its look at the bytes: every word all letters or a joiner,
/// and the capitalised words open items of at most [`MAX_SPACED_ITEM_WORDS`] words, three in
/// four of them two words or more, as many as [`fewest_spaced_items`] asks.
///
/// Counted as the words are read (the items, the words of the last, the items of two words or
/// more), without a list of the items: asked of most short lines, which it answers in a few
/// words.
fn spaced_items(t: &str) -> bool {
    let (mut items, mut last, mut long) = (0usize, 0usize, 0usize);
    let mut joined = false;
    for w in t.split_whitespace() {
        if JOINERS.contains(&w) {
            joined = true;
            continue;
        }
        if !w.chars().all(chars::is_alphabetic) {
            return false;
        }
        if w.chars().next().is_some_and(char::is_uppercase) {
            (items, last) = (items + 1, 1);
        } else if items > 0 && last < MAX_SPACED_ITEM_WORDS {
            last += 1;
            long += usize::from(last == 2);
        } else {
            return false;
        }
    }
    items >= fewest_spaced_items(joined) && 4 * long >= 3 * items
}

/// Fewest items of a menu written without separators, with or without a joiner among its words:
/// a dash is a sentence's too (`In Deutschland liegen Patientendaten in internen Systemen vor –
/// Sei es in`, a wrapped German line, capitalises its nouns), and a line that holds one needs
/// as many items as a [`menu_run`].
fn fewest_spaced_items(joined: bool) -> usize {
    if joined {
        MIN_RUN_ITEMS
    } else {
        MIN_SPACED_ITEMS
    }
}

/// Shortest run of underscores that is a text box (`lynx -dump` prints an input field so).
const MIN_FIELD_UNDERSCORES: usize = 8;

/// A line holding a text box as the dumpers print it (`[ ]`, `[ ]Tìm` in `w3m -dump`, a run of
/// underscores in `lynx -dump`) and no sentence end: a search box, a login or newsletter form, a
/// comment box. Article text never holds one. Not lynx's `(BUTTON)`: an FAQ prints its
/// questions as buttons.
pub fn form_field(t: &str) -> bool {
    (t.contains("[ ]") || text_box(t)) && !ends_sentence(t)
}

/// Whether `t` holds a run of [`MIN_FIELD_UNDERSCORES`] underscores: told by a vector search for
/// one (most lines have none), then for the run (asked of most lines, paragraphs included; a
/// walk over the characters split at every other one read each line whole).
pub(super) fn text_box(t: &str) -> bool {
    const RUN: &str = match std::str::from_utf8(&[b'_'; MIN_FIELD_UNDERSCORES]) {
        Ok(run) => run,
        Err(_) => panic!("underscores are UTF-8"),
    };
    memchr::memchr(b'_', t.as_bytes()).is_some() && t.contains(RUN)
}

/// Any of the menu shapes above, in a line that holds no prose ([`holds_prose`]).
pub fn is_menu(t: &str) -> bool {
    (menu_line(t) || glued_menu(t) || spaced_menu(t)) && !holds_prose(t)
}

/// Sentences that make a text prose whatever else it holds ([`holds_prose`]).
const PROSE_SENTENCES: usize = 5;

/// Whether the line `t` is mostly prose: [`PROSE_SENTENCES`] sentence ends or more
/// ([`sentence_ends`]), one in every [`SENTENCE_WORDS`] words at least. A scraper that
/// writes a page's blocks on one line (issue 11: "a whole article on one line", "menus
/// collapsed onto one line") joins the site's menu and the article into one line, and the
/// menu's shape holds of the line (its items before the article; three lowercase-to-capital
/// seams among thousands of words): B016 removed the article with the menu (on the even half of
/// the wcxb and ScrapingHub dumps with the longest run of prose joined onto one line, three
/// articles deleted whole). A menu has no sentences; a line of a site's menus and footer links
/// with its blurb or its legal notice glued on has a few among hundreds of items, and stays a
/// menu. Such a line of prose stays for the body zone to judge: the menu's words it keeps cost
/// precision, not the article.
fn holds_prose(t: &str) -> bool {
    let n = sentence_ends(t);
    n >= PROSE_SENTENCES && words_at_most(t, n * SENTENCE_WORDS)
}

/// The sentences of `t` ([`sentences`]) and the full stops of a script written without spaces
/// between words (`。`), whose sentences no capitalised word follows.
fn sentence_ends(t: &str) -> usize {
    sentences(t) + memchr::memmem::find_iter(t.as_bytes(), "。".as_bytes()).count()
}

/// Whether the last item of a menu line, the place of a breadcrumb's headline, is one: fewer
/// than [`PROSE_SENTENCES`] sentences. A page's archive menu that a scraper wrote on one line
/// with the article after its last item (`* Fevereiro (1) * Janeiro (3) Atendimento Domiciliar
/// registra arrombamento… Os veículos estavam… A Secretaria de Saúde prevê…`, a lynx dump of the
/// ScrapingHub even half) ends in the article, not a headline: B016 deleted it whole.
fn headline_ok(s: &str) -> bool {
    sentence_ends(s) < PROSE_SENTENCES
}

/// Whether `t` holds a site's header run onto one line with other words, as a one-block-per-line
/// dump joins the blocks of a page's header (`Báo Cần Thơ Chính trị Kinh tế Xã hội Thời sự …
/// Xã hội > Giáo dục`, `BÁO TIN TỨC THỜI SỰ THẾ GIỚI KINH DOANH … Thời sự / Xã hội`): a menu
/// written without separators somewhere in it ([`MIN_HELD_ITEMS`] items of two to
/// [`MAX_SPACED_ITEM_WORDS`] words in a row, each a capitalised word and lowercase ones), or
/// [`MIN_SHOUTED_WORDS`] words in a row in capitals. Neither is a whole menu's shape: a title
/// may hold either (an all-capitals title; `Sở Giáo dục Đào tạo Hà Nội`'s items are cut by its
/// one-word names), so the title's choice reads it only against a headline below
/// (`classify/title.rs`, `site_header_above`).
pub fn holds_site_header(t: &str) -> bool {
    let (mut items, mut last, mut shouted) = (0usize, 0usize, 0usize);
    for w in t.split_whitespace() {
        let letters = w.chars().any(char::is_alphabetic);
        shouted = if letters && !w.chars().any(char::is_lowercase) {
            shouted + 1
        } else {
            0
        };
        if shouted >= MIN_SHOUTED_WORDS {
            return true;
        }
        if JOINERS.contains(&w) {
            continue;
        }
        if !w.chars().all(chars::is_alphabetic) {
            (items, last) = (0, 0);
        } else if w.chars().next().is_some_and(char::is_uppercase) {
            // the item before closes: one word breaks the run
            items = if last >= 2 { items + 1 } else { 0 };
            last = 1;
        } else if (1..MAX_SPACED_ITEM_WORDS).contains(&last) {
            last += 1;
        } else {
            (items, last) = (0, 0);
        }
        if items + usize::from(last >= 2) >= MIN_HELD_ITEMS {
            return true;
        }
    }
    false
}

/// Items in a row of a menu held in a longer line ([`holds_site_header`]).
const MIN_HELD_ITEMS: usize = 5;

/// Words in a row in capitals that [`holds_site_header`] reads as a menu in capitals.
const MIN_SHOUTED_WORDS: usize = 6;

#[cfg(test)]
mod tests;
