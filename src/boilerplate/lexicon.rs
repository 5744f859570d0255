//! The Vietnamese (and English) cue lexicon: words that page templates use and articles rarely
//! use *as a whole short line*.
//!
//! No published extractor ships Vietnamese cues, so this is ours. A cue alone never removes a
//! line: the callers also require the line to be short and not sentence-like, so a body sentence
//! that mentions "bình luận" or "chia sẻ" survives. Patterns are anchored (line start, or the
//! whole line) for the same reason.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::features::{ends_sentence, words_at_most, words_upto};
use super::starts::Cue;
use crate::chars;
use crate::text_memo::TextMemo;

/// The phrases of a vocabulary file: one per line, `#` starts a comment, blank lines skipped.
pub fn phrases(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

/// The sections of a vocabulary file: `[name]` starts one, the phrases below belong to it.
fn sections(file: &'static str) -> HashMap<&'static str, Vec<&'static str>> {
    let mut out: HashMap<&str, Vec<&str>> = HashMap::new();
    let mut current = "";
    for p in phrases(file) {
        match p.strip_prefix('[').and_then(|p| p.strip_suffix(']')) {
            Some(name) => current = name,
            None => out.entry(current).or_default().push(p),
        }
    }
    out
}

/// Headings after which a news page has no more article text (`data/end-markers.txt`):
/// related/highlight/most-read lists, tags, comments, "go top". Matched at the start of a short
/// line, case-insensitively.
pub static END_MARKERS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| phrases(include_str!("../../data/end-markers.txt")).collect());

/// [`END_MARKERS`] by their first byte, in their order (an empty marker, which any key starts
/// with, under every byte): [`end_marker`] compares a line's key with the markers that start
/// like it, not with all of them (it is asked of every short line, several times).
static END_MARKERS_BY_FIRST: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    let mut by_first = vec![Vec::new(); 256];
    for m in END_MARKERS.iter() {
        match m.as_bytes().first() {
            Some(&b) => by_first[usize::from(b)].push(*m),
            None => by_first.iter_mut().for_each(|cues| cues.push(*m)),
        }
    }
    by_first
});

/// The phrase sections of `data/chrome-cues.txt`.
static CUES: LazyLock<HashMap<&'static str, Vec<&'static str>>> =
    LazyLock::new(|| sections(include_str!("../../data/chrome-cues.txt")));

/// `template` with every `%section%` replaced by the alternation of that section's phrases,
/// each matched literally.
fn fill(template: &str) -> String {
    let mut out = String::new();
    let mut parts = template.split('%');
    out.push_str(parts.next().unwrap_or(""));
    while let (Some(name), Some(rest)) = (parts.next(), parts.next()) {
        let list = CUES
            .get(name)
            .unwrap_or_else(|| panic!("section [{name}] in data/chrome-cues.txt"));
        let alternation: Vec<String> = list.iter().map(|p| regex::escape(p)).collect();
        out.push_str(&alternation.join("|"));
        out.push_str(rest);
    }
    out
}

/// The start of `line` up to `n` characters after what [`heading_key`] strips.
fn head_chars(line: &str, n: usize) -> &str {
    let t = line.trim_start_matches(|c: char| !chars::is_alphabetic(c));
    t.char_indices().nth(n).map_or(t, |(at, _)| &t[..at])
}

/// Lowercases and strips what may precede a heading: digits, bullets, punctuation, spaces.
fn heading_key(line: &str) -> String {
    lowercase(
        line.trim_start_matches(|c: char| !chars::is_alphabetic(c))
            .trim_end(),
    )
}

/// `str::to_lowercase` of `t` ([`heading_key`] of every short line that starts like a marker),
/// a character at a time through [`chars::push_lowercase`]: the Vietnamese letters by their
/// code points, not by the search in Unicode's table that `str::to_lowercase` makes for each
/// character that is not ASCII (a thousand instructions or more for a short line). The same
/// characters but a capital sigma's, whose lower case depends on the letters around it: a text
/// with one is lowercased by `str::to_lowercase`.
fn lowercase(t: &str) -> String {
    if t.contains('Σ') {
        return t.to_lowercase();
    }
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        chars::push_lowercase(&mut out, c);
    }
    out
}

/// The end marker `line` starts with, when the line is heading-like: the cue, then at most
/// `max_rest` more tokens, and no sentence end other than a colon. `extra` are user markers.
pub fn end_marker<'e>(line: &str, extra: &'e [String], max_rest: usize) -> Option<&'e str>
where
    'static: 'e,
{
    if !may_open_with_end_marker(line, extra) {
        return None;
    }
    cued_end_marker(line, extra, max_rest)
}

/// Whether `line` may open with an end marker, built-in or of `extra` (the user's): told from
/// its first two characters, so any start of the line (its first words) answers the same.
pub fn may_open_with_end_marker(line: &str, extra: &[String]) -> bool {
    !extra.is_empty() || may_start_end_marker(line)
}

/// Whether [`heading_key`] of `line` may start with a built-in end marker, told from the
/// line's first characters lowercased one at a time, no further than a marker could reach: the
/// key is not built for a line whose start leaves no marker (most lines that pass
/// [`may_start_end_marker`] start with a common word, `Bình`, `Tin`, `Theo`: [`glued_box`]
/// asks it of each capitalised word in a window of 64 bytes, and lowercasing that window was
/// most of the cost). `true` when a marker is a prefix of the lowered start (the whole key then
/// decides) or a character's lower case is not one simple `char` (`Σ`, whose lower case depends
/// on the letters after it; `İ`).
///
/// [`glued_box`]: super::listings::glued_box
fn key_may_start_end_marker(line: &str) -> bool {
    let mut head = [0u8; KEY_HEAD_BYTES];
    let mut len = 0;
    // the markers that start with the key's first byte, and of those the ones that the lowered
    // start may still be (a bit each): each new character's bytes are compared with theirs only
    let mut cues: &[&str] = &[];
    let mut live = 0u64;
    for c in line
        .trim_start_matches(|c: char| !chars::is_alphabetic(c))
        .chars()
    {
        let Some(lower) = chars::simple_lowercase(c) else {
            return true;
        };
        if len + lower.len_utf8() > KEY_HEAD_BYTES {
            return true;
        }
        let from = len;
        len += lower.encode_utf8(&mut head[len..]).len();
        if from == 0 {
            cues = &END_MARKERS_BY_FIRST[usize::from(head[0])];
            live = match cues.len() {
                0 => 0,
                n => u64::MAX >> (64 - n),
            };
        }
        let mut left = live;
        while left != 0 {
            let k = left.trailing_zeros() as usize;
            left &= left - 1;
            let cue = cues[k].as_bytes();
            let upto = cue.len().min(len);
            let new = from.min(upto)..upto;
            // a byte at a time: the slices are a character's few bytes
            if cue[new.clone()].iter().zip(&head[new]).any(|(a, b)| a != b) {
                live &= !(1 << k);
            } else if cue.len() <= len {
                // a marker is a prefix of the lowered start: the whole key decides
                return true;
            }
        }
        if live == 0 {
            return false;
        }
    }
    // the whole line lowered, and no marker is a prefix of it
    false
}

/// Bytes of a line's lowered start that [`key_may_start_end_marker`] holds: more than the
/// longest built-in marker (31 bytes) and a character after it. A start that would not fit is
/// left to the whole key.
const KEY_HEAD_BYTES: usize = 48;

/// The first two characters of the built-in end markers (the second `None` for a one-letter
/// marker).
static END_MARKER_STARTS: LazyLock<Starts> =
    LazyLock::new(|| Starts::new(END_MARKERS.iter().copied()));

/// The first two characters of cues (the second `None` for a one-letter cue), packed ([`pair`]):
/// sorted, and a bitmap of their slots ([`slot`]) that tells a pair no cue starts with in one
/// look-up (most lines start with no cue's; two binary searches per line were most of
/// [`may_start_with`]'s cost, and it is asked of every short line twice or more).
struct Starts {
    pairs: Vec<u64>,
    slots: [u64; SLOT_WORDS],
}

/// Words of [`Starts`]' bitmap: 4,096 bits for the few dozen pairs of a vocabulary.
const SLOT_WORDS: usize = 64;

impl Starts {
    fn new<'c>(cues: impl Iterator<Item = &'c str>) -> Starts {
        let mut pairs: Vec<u64> = cues
            .filter_map(|m| {
                let mut cs = m.chars();
                Some(pair(cs.next()?, cs.next()))
            })
            .collect();
        pairs.sort_unstable();
        pairs.dedup();
        let mut slots = [0; SLOT_WORDS];
        for &p in &pairs {
            let s = slot(p);
            slots[s / 64] |= 1 << (s % 64);
        }
        Starts { pairs, slots }
    }

    /// Whether a cue starts with the pair `p`: its slot first, then the pairs.
    #[inline]
    fn hold(&self, p: u64) -> bool {
        let s = slot(p);
        self.slots[s / 64] >> (s % 64) & 1 != 0 && self.pairs.binary_search(&p).is_ok()
    }
}

/// The slot of a pair in [`Starts`]' bitmap: a multiplicative hash.
#[inline]
fn slot(p: u64) -> usize {
    (p.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - 12)) as usize
}

/// Two characters in one integer, the second `None` for a one-letter cue: a look-up in
/// [`starts`] compares integers, not pairs of a `char` and an `Option`.
fn pair(first: char, second: Option<char>) -> u64 {
    u64::from(first) << 32 | second.map_or(0, |c| u64::from(c) + 1)
}

/// Whether [`heading_key`] of `line` may start with a built-in end marker: its first two
/// characters are those of one (told without lowercasing the line, which [`end_marker`] asks
/// of every short line and most are no marker). `true` when a character's lower case is not one
/// simple `char` (the key's characters are not then the line's lowered one by one).
fn may_start_end_marker(line: &str) -> bool {
    may_start_with(line, &END_MARKER_STARTS)
}

/// Whether [`heading_key`] of `line` may start with a cue whose first two characters are among
/// `starts` ([`may_start_end_marker`]).
fn may_start_with(line: &str, starts: &Starts) -> bool {
    let mut cs = line
        .trim_start_matches(|c: char| !chars::is_alphabetic(c))
        .chars();
    let Some(first) = cs.next() else {
        return false; // an empty key
    };
    let Some(first) = chars::simple_lowercase(first) else {
        return true;
    };
    let second = match cs.next() {
        Some(c) => match chars::simple_lowercase(c) {
            Some(l) => Some(l),
            None => return true,
        },
        None => None,
    };
    // a one-letter cue's pair, or the pair of the line's two characters
    starts.hold(pair(first, None)) || (second.is_some() && starts.hold(pair(first, second)))
}

/// [`end_marker`] without the look at the line's first characters.
fn cued_end_marker<'e>(line: &str, extra: &'e [String], max_rest: usize) -> Option<&'e str>
where
    'static: 'e,
{
    // a sentence is no heading: told first by the line's end (the key's, when it has one),
    // before its words are counted
    if ends_sentence(line) && !line.trim_end().ends_with(':') {
        return None;
    }
    // nor is a line that a comma ends: a sentence goes on past it (`comments,` alone on a line
    // of a narrow table column the dumper wrapped a word a line)
    if line.trim_end().ends_with([',', '，']) {
        return None;
    }
    // the built-in markers a lowered start leaves, before the words are counted and the whole
    // line is lowered (most lines that start like a marker's first two letters are no marker)
    if extra.is_empty() && !key_may_start_end_marker(line) {
        return None;
    }
    if words_upto(line, max_rest + 7) > max_rest + 6 {
        return None;
    }
    // a row of a table the dumper drew (`│ │(comments, │High │`): its first cell's word heads
    // nothing
    if has_table_border(line) && line.matches(TABLE_BORDERS).nth(1).is_some() {
        return None;
    }
    keyed_end_marker(line, extra, max_rest)
}

/// [`cued_end_marker`] of a line that is heading-like (its checks of the line's end, words and
/// borders passed), told from its whole [`heading_key`].
fn keyed_end_marker<'e>(line: &str, extra: &'e [String], max_rest: usize) -> Option<&'e str>
where
    'static: 'e,
{
    let key = heading_key(line);
    if key.is_empty() || (ends_sentence(&key) && !key.ends_with(':')) {
        return None;
    }
    // built-in cues are lowercase already, and only those that start with the key's first byte
    // are compared ([`END_MARKERS_BY_FIRST`]); user cues are lowercased here
    let first = key.as_bytes()[0];
    let cues = END_MARKERS_BY_FIRST[usize::from(first)]
        .iter()
        .map(|c| (*c, Cow::Borrowed(*c)))
        .chain(
            extra
                .iter()
                .map(|c| (c.as_str(), Cow::Owned(c.to_lowercase()))),
        );
    // a cue's first byte first: most of the markers are told from the key without comparing
    // them whole
    cues.filter(|(_, cue)| {
        cue.as_bytes().first().is_none_or(|&b| b == first)
            && key.strip_prefix(cue.as_ref()).is_some_and(|rest| {
                (rest.is_empty()
                    || rest.starts_with(|c: char| !chars::is_alphanumeric(c) && c != ','))
                    && words_at_most(rest, max_rest)
                    && !is_code(rest)
            })
    })
    .max_by_key(|(cue, _)| cue.len())
    .map(|(cue, _)| cue)
}

/// The vertical borders of the table cells that `w3m -dump` and `lynx -dump` draw.
const TABLE_BORDERS: [char; 3] = ['│', '┃', '║'];

/// Whether `line` may hold one of the [`TABLE_BORDERS`], told by bytes (asked of every short
/// line): each is written `E2 94` or `E2 95` and a byte more, and the other characters that
/// start with `E2` in a Vietnamese text (quotes, dashes, the ellipsis: `E2 80`) are skipped at
/// their second byte, without decoding a character of the line.
fn has_table_border(line: &str) -> bool {
    let bytes = line.as_bytes();
    memchr::memchr_iter(0xE2, bytes).any(|at| matches!(bytes.get(at + 1), Some(0x94 | 0x95)))
}

/// A heading's rest that is a line of code: an assignment or a brace (`tags = {` in a
/// Terraform example names a variable, not the tag list after the article).
fn is_code(rest: &str) -> bool {
    rest.contains(['=', '{', '}'])
}

/// The related-story label `line` starts with, as whole words (`Xem thêm`, `Đọc thêm`: the
/// `[related-label]` section of `data/chrome-cues.txt`), lowercase.
pub fn related_label(line: &str) -> Option<&'static str> {
    // asked of every line: the first characters tell most from any label
    if !may_start_with(line, &RELATED_STARTS) {
        return None;
    }
    section_label(line, "related-label")
}

/// The first two characters of the related-story labels.
static RELATED_STARTS: LazyLock<Starts> = LazyLock::new(|| section_starts("related-label"));

/// The share bar's label `line` starts with, as whole words (`Chia sẻ`, `In bài viết`: the
/// `[share-label]` section of `data/chrome-cues.txt`), lowercase.
pub fn share_label(line: &str) -> Option<&'static str> {
    // asked at every capitalised word of a line that may be boxes run together
    if !may_start_with(line, &SHARE_STARTS) {
        return None;
    }
    section_label(line, "share-label")
}

/// Whether `line` is a byline's label alone (`By`, `Written by:`), a phrase of the
/// `[byline-label]` section of `data/chrome-cues.txt`, the whole line but a closing colon: a
/// dump that writes each element on a line of its own puts the name on the next line.
pub fn byline_label(line: &str) -> bool {
    let t = line.trim().trim_end_matches(':').trim_end();
    // asked of every short line: its length and first characters tell most from any label
    t.len() <= *BYLINE_LONGEST
        && may_start_with(t, &BYLINE_STARTS)
        && CUES
            .get("byline-label")
            .is_some_and(|labels| labels.contains(&lowercase(t).as_str()))
}

/// Whether `line` is an editor's closing mark alone (`Hết.`, `(Hết)`, `- HẾT -`, `(Còn
/// nữa)`): a phrase of the `[closing-mark]` section of `data/chrome-cues.txt`, the whole line
/// but the brackets, dashes, stars and full stop around it.
pub fn closing_mark(line: &str) -> bool {
    let t = line
        .trim()
        .trim_matches(|c: char| c.is_whitespace() || "()[]-–—*.…".contains(c));
    // asked of every line a sign-off may be (`credits::signoff`): its length tells most lines
    // from a mark before they are lowercased
    t.len() <= *CLOSING_MARK_LONGEST
        && CUES
            .get("closing-mark")
            .is_some_and(|marks| marks.contains(&lowercase(t).as_str()))
}

/// Bytes of the longest closing mark ([`closing_mark`]), in lower case: an upper-case letter of
/// Vietnamese takes as many bytes as its lower case.
static CLOSING_MARK_LONGEST: LazyLock<usize> = LazyLock::new(|| section_longest("closing-mark"));

/// Bytes of the longest byline label ([`byline_label`]): a longer line is not lowercased to be
/// asked.
static BYLINE_LONGEST: LazyLock<usize> = LazyLock::new(|| section_longest("byline-label"));

/// Bytes of the longest phrase of a section of `data/chrome-cues.txt`.
fn section_longest(section: &str) -> usize {
    CUES.get(section)
        .into_iter()
        .flatten()
        .map(|phrase| phrase.len())
        .max()
        .unwrap_or(0)
}

/// The first two characters of the byline labels.
static BYLINE_STARTS: LazyLock<Starts> = LazyLock::new(|| section_starts("byline-label"));

/// The first two characters of the share bar's labels.
static SHARE_STARTS: LazyLock<Starts> = LazyLock::new(|| section_starts("share-label"));

/// The first two characters of the phrases of a section of `data/chrome-cues.txt`.
fn section_starts(section: &str) -> Starts {
    Starts::new(CUES.get(section).into_iter().flatten().copied())
}

/// The phrase of the `section` of `data/chrome-cues.txt` that `line` starts with, as whole
/// words, lowercase; the longest when several do.
fn section_label(line: &str, section: &str) -> Option<&'static str> {
    let cues = CUES.get(section)?;
    // the cue and the character after it decide: lowercase no more of the line (it may be a
    // whole paragraph)
    let longest = cues.iter().map(|c| c.chars().count()).max().unwrap_or(0);
    let key = heading_key(head_chars(line, longest + 1));
    cues.iter()
        .copied()
        .filter(|cue| {
            key.strip_prefix(cue).is_some_and(|rest| {
                rest.is_empty() || rest.starts_with(|c: char| !chars::is_alphanumeric(c))
            })
        })
        .max_by_key(|cue| cue.len())
}

/// Template vocabulary, by kind; each regex is matched against the whole trimmed line.
///
/// In the unanchored regexes a word boundary is written `(?:^|\W)` before a word and `(?:\W|$)`
/// (or the characters that may follow) after it, not `\b`: with a Unicode `\b` the regex engine
/// cannot use its DFA on non-ASCII text and backtracks from every position (the counter and
/// copyright regexes were half the cost of the body zone on Vietnamese text). The matches are
/// the same (tested against the `\b` forms). Anchored regexes keep `\b`: they are tried at the
/// line start only.
/// Each regex comes with the prefixes its matches start with when it is anchored ([`Cue`]):
/// most lines are told from most kinds by their first bytes.
static CHROME: LazyLock<Vec<(&'static str, Cue)>> = LazyLock::new(|| {
    let table: &[(&str, &str)] = &[
        ("share", r"(?i)^(%share-label%)\b.{0,60}$"),
        ("share", SHARE_BAR),
        // a bar that opens with a counted button, then more buttons, counted or not (`Thích 12
        // Bình luận 3 Chia sẻ`, `Bình luận 4 Chia sẻ`): one counted button alone is a counter
        ("share", COUNTED_BAR),
        (
            "follow",
            r"(?i)^(%follow-verb%) .{1,50} (%follow-via%)\b.{0,30}$",
        ),
        // split at its optional prompt, so that each half gets the prefixes of its matches
        // (an optional group leaves the first bytes alone known, which most lines pass)
        ("follow", FOLLOW_PROMPTED),
        ("follow", FOLLOW_UNPROMPTED),
        (
            "subscribe",
            r"(?i)^(%subscribe-verb%) (%subscribe-action%) (%subscribe-object%)\b.{0,60}$|^(%subscribe-label%)\b.{0,60}$",
        ),
        (
            "counter",
            r"(?i)(?:^|\W)(%counter-before-number%)(?:\s+:?\s*[\d.,]+|:\s*[\d.,]+|[.,][\d.,]*)\s*$|^[\d.,]+\s*(%counter-after-number%)$",
        ),
        ("counter", r"(?i)^(%visitor-counter%)\s*:?\s*[\d.,]+$"),
        // two regexes: the anchored one's prefixes tell most lines from it by their first bytes
        ("poll", EMPTY_POLL),
        (
            "poll",
            r"(?i)^bình chọn$|^bạn (nghĩ|thấy) (sao|thế nào)\s*\??$|^(%poll%)\b",
        ),
        // the whole line: "No comments yet." alone, or with the invitation after it
        (
            "empty-thread",
            r"(?i)^(%empty-thread%)\s*[.!]?(?:\s+(%first-comment%)\b[^.!?]*[.!]?)?$|^(%first-comment%)\b[^.!?]*[.!]?$",
        ),
        ("copyright", r"(?i)©|/gp-|(?:^|\W)(%copyright%)(?:\W|$)"),
        // split at its optional number, as the follow regex is
        ("navigation", NAVIGATION),
        ("navigation", NAVIGATION_NUMBERED),
        ("navigation", r"(?i)^(%breadcrumb-home%)\s*[>»/|›]"),
        ("related-link", r"(?i)^(%related-label%)\s*[:>»]"),
        ("navigation", BREADCRUMB),
        ("advertising", r"(?i)^(%advertising%)\b.{0,40}$"),
        // a campaign banner between paragraphs: its call to action after a separator, or an
        // invitation to take part (not to read on: `Mời bạn đọc xem video` is the article's)
        ("campaign", CALL_TO_ACTION),
        (
            "campaign",
            r"(?i)^(?:%reader-invitation%) (?:%invitation-act%)\b.{0,80}$",
        ),
        ("tags", r"(?i)^(%tags-label%)\s*[:：]"),
        ("contact", r"(?i)^(%contact-label%)\s*:"),
        (
            "rating",
            r"(?i)^(%rating-label%)\s*:?\s*[\d.,/★☆ ]+$|^[★☆]+$",
        ),
        // font-size controls: the label, or the "A- A+" / "Aa" buttons alone
        (
            "font",
            r"(?i)^(?:(?:%font%)\b.{0,20}|a\+\s*a-.{0,20}|a-\s*a\+.{0,20}|aa)$",
        ),
        ("audio", r"(?i)^(%audio%)\b.{0,25}$"),
        // a table of contents' label and its show/hide toggle: the line holds nothing else
        ("toc", r"(?i)^(%toc%)\s*(?:\[?(%toggle%)\]?)?$"),
        ("toc", r"(?i)^\[?(%toggle%)\]?$"),
        // a video or audio player: its label and the clip's length, nothing else; or a player's
        // bar run onto one line: the label, the position, then the length and the controls
        // (`Nghe bài viết 0:00 / 3:24 Tốc độ 1x`) or the voices (`Nghe 00:00 Giọng nam miền
        // Bắc Giọng nữ miền Nam`)
        ("player", PLAYER),
        // a player still loading, alone or after its label (`Nghe bài viết Đang tải...`)
        (
            "loading",
            r"(?i)^(?:(?:%audio%)\s+)?(?:%loading%)\s*(?:\.{1,3}|…)?$",
        ),
        // the controls of a player and of the font run onto one line (`Nghe bài viết Giọng nữ
        // miền Bắc Giọng nam miền Nam A- A+`), when no cue above names the line alone (`Nghe
        // bài viết Đang tải...` is `loading`)
        ("controls", CONTROL_BAR),
    ];
    table
        .iter()
        .map(|(kind, re)| match *re {
            // its syntax gives no prefixes (the buttons before the last one are a repetition):
            // every match starts with a button, whose prefixes tell most lines from it
            SHARE_BAR => (
                *kind,
                Cue::new(&fill(re)).starting_as(&fill(SHARE_BAR_START)),
            ),
            // not anchored at the start: the seam of its `không có` tells most lines from it
            EMPTY_POLL => (*kind, Cue::new(re).needing(holds_ng_c)),
            // its first bytes are unknown (`\S`): its separators tell most lines from it
            BREADCRUMB => (*kind, Cue::new(&fill(re)).needing(two_separators)),
            // its first bytes are those of common words: its count tells most lines from it
            COUNTED_BAR => (*kind, Cue::new(&fill(re)).needing(has_digit)),
            // its label is a common word (`Nghe`): the clip's time tells most lines from it
            PLAYER => (*kind, Cue::new(&fill(re)).needing(has_digit)),
            // not anchored at the start: its last word tells most lines from it
            CALL_TO_ACTION => (
                *kind,
                Cue::new(&fill(re)).needing(ends_with_call_to_action_word),
            ),
            _ => (*kind, Cue::new(&fill(re))),
        })
        .collect()
});

/// For each first byte of a line, the [`CHROME`] cues whose matches may start with it
/// ([`Cue::may_start_with_byte`]), a bit each in the table's order: [`chrome_counted`] asks those
/// only. Most cues are anchored and tell most lines from them by that byte, yet asking each in
/// turn was a call and its shape tests per cue and line (1.7 million calls on the 600 pages of
/// `scripts/bench --callgrind --kind pages`).
static CHROME_BY_FIRST_BYTE: LazyLock<[u32; 256]> = LazyLock::new(|| {
    assert!(CHROME.len() <= 32, "a bit per chrome cue");
    let mut table = [0u32; 256];
    for (k, (_, cue)) in CHROME.iter().enumerate() {
        for (first, cues) in (0..=u8::MAX).zip(table.iter_mut()) {
            if cue.may_start_with_byte(first) {
                *cues |= 1 << k;
            }
        }
    }
    table
});

/// A bar of share buttons: the buttons, then perhaps a counter with its count among them (`Lưu
/// Bình luận (0)`, `Chia sẻ Bình luận 3 Zalo`); a button may carry its bare count when another
/// button follows (`Facebook 12 Zalo Email`): a counter alone, or a count after the last button
/// (a table row `Google | 1.200`, `Google 1.200`), is no button bar.
const SHARE_BAR: &str = r"(?i)^(?:(?:%share-button%)(?:\s+\d[\d.,]*)?[\s:|/,•·-]*)*(?:%share-button%)[\s:|/,•·-]*(?:(?:%counter-after-number%)\s*:?\s*(?:\(\d[\d.,]*\)|\d[\d.,]*)[\s:|/,•·-]*(?:(?:%share-button%)[\s:|/,•·-]*)*)*$";

/// What every match of [`SHARE_BAR`] starts with: a button (the first of the repetition, or
/// the last button when the repetition is empty). The regex's own syntax gives no prefixes (a
/// repetition may be empty), and it ran on every short line: 50,000 times on the 600 pages of
/// `scripts/bench --callgrind --kind pages`, matching 1 line in 300.
const SHARE_BAR_START: &str = r"(?i)^(?:%share-button%)";

/// A poll box with no poll (`Không có bình chọn nào`), anywhere in the line.
const EMPTY_POLL: &str = r"(?i)không có (cuộc )?bình chọn nào";

/// Whether `t` holds `ng c` in any case (ASCII's: no other character folds to these letters), as
/// every line [`EMPTY_POLL`] matches does (`khôNG Có`): the regex, not anchored, ran on every
/// short line (56,000 times on the 600 pages), and a line's spaces are few.
fn holds_ng_c(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr_iter(b' ', b).any(|i| {
        i >= 2
            && b[i - 2] | 0x20 == b'n'
            && b[i - 1] | 0x20 == b'g'
            && b.get(i + 1).is_some_and(|&c| c | 0x20 == b'c')
    })
}

/// `(?i)^(%follow-prompt%)? ?(%follow-action%) (%follow-channel%)\b.{0,60}$` in two: with the
/// prompt and without it.
const FOLLOW_PROMPTED: &str =
    r"(?i)^(%follow-prompt%) ?(%follow-action%) (%follow-channel%)\b.{0,60}$";
const FOLLOW_UNPROMPTED: &str = r"(?i)^ ?(%follow-action%) (%follow-channel%)\b.{0,60}$";

/// `(?i)^(\d+\s+)?(%navigation%)\b.{0,80}$` in two: without the number and with it.
const NAVIGATION: &str = r"(?i)^(%navigation%)\b.{0,80}$";
const NAVIGATION_NUMBERED: &str = r"(?i)^\d+\s+(%navigation%)\b.{0,80}$";

/// A player's label and the clip's position (`Phát video02:15`), then nothing, or its length
/// and at most a few controls (`/ 3:24 Tốc độ 1x`), or its voices (`Giọng nữ miền Nam`): a
/// time after the label alone is a schedule (`Phát video lúc 20:30 tối nay`), not a player.
/// Or the clock of a player at rest without its label, which a dump writes a line of its own
/// (`0:00 / 3:24`): the position at zero, then the length; opening hours (`8:00 / 17:00`) do
/// not start at zero.
const PLAYER: &str = r"(?i)^(?:(%player%)\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s.{0,40})?|\s+(?:%audio%)\b.{0,40})?|0?0:00\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)$";

/// One control of a [`CONTROL_BAR`], written once for the bar's first control and the others.
macro_rules! control {
    () => {
        r"(?:%audio%)(?:\s+(?:%voice-region%))?|(?:%font%)|(?:%loading%)(?:\.{1,3}|…)?|a\s?[+-]|aa"
    };
}

/// Two or more controls of a "listen to this article" player and of the font size, nothing
/// else, as a dump that writes a box a line joins them: an audio label or a voice with its
/// region (`Nghe bài viết`, `Giọng nữ miền Bắc`), a loading note (`Đang tải...`), a font label
/// (`Cỡ chữ`) or button (`A-`, `A+`, `Aa`). Each alone is its own cue (`audio`, `font`,
/// `loading`); one label with more words after it than a control's is not a bar.
const CONTROL_BAR: &str = concat!(r"(?i)^(?:", control!(), r")(?:\s+(?:", control!(), r"))+$");

/// A breadcrumb without a home label: three or more items between `>`, `»` or `›`.
const BREADCRUMB: &str = r"^(\S+\s*[>»›]\s*){2,}\S+$";

/// A bar of buttons that opens with a counted one (`Thích 12 Bình luận 3 Chia sẻ`).
const COUNTED_BAR: &str = r"(?i)^(?:%counted-button%)\s*:?\s*(?:\(\d[\d.,]*\)|\d[\d.,]*)[\s:|/,•·-]*(?:(?:%share-button%)[\s:|/,•·-]*|(?:%counted-button%)\s*:?\s*(?:\(\d[\d.,]*\)|\d[\d.,]*)[\s:|/,•·-]*)+$";

/// Whether `t` holds a digit (`\d` is Unicode's), as every line [`COUNTED_BAR`] matches does.
fn has_digit(t: &str) -> bool {
    t.bytes().any(|b| b.is_ascii_digit()) || (!t.is_ascii() && t.chars().any(chars::is_numeric))
}

/// A campaign banner's call to action after a separator, at the line's end (`Tết sum vầy - Quà
/// trao tay: Tham gia ngay`).
const CALL_TO_ACTION: &str = r"(?i)\S\s*[-–:|]\s*(?:%call-to-action%)\s*[!.»›>]?$";

/// The last words of the `[call-to-action]` phrases, lowercased, each once (most phrases end
/// with `ngay`).
static CALL_TO_ACTION_LAST_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut words: Vec<String> = CUES["call-to-action"]
        .iter()
        .filter_map(|p| p.split_whitespace().last())
        .map(lowercase)
        .collect();
    words.sort_unstable();
    words.dedup();
    words
});

/// The longest last word [`ends_with_call_to_action_word`] compares, in bytes.
const CALL_TO_ACTION_WORD_BYTES: usize = 8;

/// Whether the last word of `t` ends a phrase of [`CALL_TO_ACTION`], as every line it matches
/// does: asked before the regex, which no first byte filters, of every line short enough for a
/// template line. The last word is read back from the line's end no further than
/// [`CALL_TO_ACTION_WORD_BYTES`] (a split of the line from its end cost more than the look-up).
fn ends_with_call_to_action_word(t: &str) -> bool {
    let t = t.trim_end_matches(|c: char| !chars::is_alphanumeric(c));
    let mut start = t.len();
    for (at, c) in t.char_indices().rev() {
        if c.is_whitespace() {
            break;
        }
        if t.len() - at > CALL_TO_ACTION_WORD_BYTES {
            return false;
        }
        start = at;
    }
    let last = &t[start..];
    let words = &*CALL_TO_ACTION_LAST_WORDS;
    if last.is_ascii() {
        // most lines' last words: compared without a lowercased copy
        words.iter().any(|word| word.eq_ignore_ascii_case(last))
    } else {
        words.contains(&lowercase(last))
    }
}

/// Whether `line` is a call to action alone (`Xem chi tiết`, `Tìm hiểu thêm »`, `Learn more`):
/// a phrase of `[call-to-action]` with nothing but marks around it. It is a link button; no
/// sentence of an article is one.
pub fn call_to_action_alone(line: &str) -> bool {
    let t = line.trim_matches(|c: char| !chars::is_alphanumeric(c));
    // the last word first: most lines end on another one, and need no lowercased copy
    ends_with_call_to_action_word(t) && CUES["call-to-action"].contains(&lowercase(t).as_str())
}

/// Whether `t` holds two of the separators of [`BREADCRUMB`], as every line it matches does
/// (two or more groups of one separator each). Asked of most short lines, so by a vector search
/// of the separators' first bytes (`>`, C2 of `»`, E2 of `›`), each hit of a lead byte checked
/// for the rest of its character: a search of the characters decodes every one.
fn two_separators(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr3_iter(b'>', 0xC2, 0xE2, b)
        .filter(|&i| match b[i] {
            b'>' => true,
            0xC2 => b[i + 1..].starts_with(&[0xBB]),
            _ => b[i + 1..].starts_with(&[0x80, 0xBA]),
        })
        .nth(1)
        .is_some()
}

/// A footer label then a colon (`Cơ quan chủ quản: …`, `Địa chỉ: …`). A [`Cue`], as the
/// anchored regexes of [`comment_marker`] are: most lines are told from it by their first bytes.
static FOOTER: LazyLock<Cue> = LazyLock::new(|| Cue::new(&fill(r"(?i)^(%footer-label%)\s*[:：]")));

/// A footer label then a colon anywhere in a line, for [`imprint`].
static FOOTER_ANYWHERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&fill(r"(?i)(?:^|\W)(%footer-label%)\s*[:：]")).expect("lexicon regex")
});

/// Fewest footer labels in a line that make it the site's imprint.
const IMPRINT_LABELS: usize = 3;

/// Whether `line` is a footer line: a footer label then a colon, at most 30 words, or an
/// [`imprint`]. The caller reads it only below the article (the same labels open information
/// lines inside articles).
pub fn footer(line: &str) -> bool {
    let t = line.trim();
    (words_upto(t, 31) <= 30 && FOOTER.is_match(t)) || imprint(t)
}

/// The site's imprint written on one line, whatever its length: [`IMPRINT_LABELS`] or more
/// footer labels with their colons (`… Cơ quan chủ quản: … Tổng biên tập: … Địa chỉ: …`), or
/// a line that opens with one and holds the copyright vocabulary (`Trụ sở: 128 Bà Triệu, TP Kon
/// Tum Ghi rõ nguồn Báo Kon Tum khi phát hành lại thông tin từ website này.`: a
/// one-block-per-line dump joins the footer's lines so). It is not article prose even when it
/// ends with a sentence.
pub fn imprint(line: &str) -> bool {
    // a colon first (a vector search): most lines, paragraphs included, have none; then the
    // anchored label, which most lines fail at their first bytes
    let mut colons = memchr::memchr_iter(b':', line.as_bytes());
    if colons.next().is_none() {
        return false;
    }
    if colons.nth(IMPRINT_LABELS - 2).is_some()
        && FOOTER_ANYWHERE.find_iter(line).take(IMPRINT_LABELS).count() >= IMPRINT_LABELS
    {
        return true;
    }
    let t = line.trim();
    FOOTER.is_match(t) && COPYRIGHT_ANYWHERE.is_match(t)
}

/// The copyright vocabulary anywhere in a line (the `copyright` cue of [`chrome`]), for
/// [`imprint`].
static COPYRIGHT_ANYWHERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&fill(r"(?i)©|/gp-|(?:^|\W)(%copyright%)(?:\W|$)")).expect("lexicon regex")
});

/// The kind of template line `line` is ("share", "counter", "copyright"…), when it is short
/// enough to be one. Copyright/licence footers may be long; everything else must be at most
/// `max_words` tokens and, except counters, not a sentence.
pub fn chrome(line: &str, max_words: usize) -> Option<&'static str> {
    let t = line.trim();
    chrome_counted(t, words_upto(t, CHROME_COUNT), max_words)
}

/// Words [`chrome`] counts a line to: a line of more is no template line.
pub(super) const CHROME_COUNT: usize = 41;

/// [`chrome`] of the trimmed line `t` of `n` words counted up to [`CHROME_COUNT`]
/// (`words_upto(t, CHROME_COUNT)`), for a caller that counted them already.
pub(super) fn chrome_counted(t: &str, n: usize, max_words: usize) -> Option<&'static str> {
    if n == 0 || n >= CHROME_COUNT {
        return None;
    }
    let t = past_emphasis(t);
    let ends = ends_sentence(t);
    let &first = t.as_bytes().first()?;
    // the cues a line of this first byte may match, in the table's order
    let mut cues = CHROME_BY_FIRST_BYTE[usize::from(first)];
    std::iter::from_fn(|| {
        let k = cues.trailing_zeros() as usize;
        cues &= cues.wrapping_sub(1);
        CHROME.get(k)
    })
    .find_map(|(kind, re)| (fits(kind, t, n, max_words, ends) && re.is_match(t)).then_some(*kind))
}

/// [`chrome_counted`] of a line met before on this thread, from the answers kept for the lines
/// met ([`TextMemo`]); `hash` is `t`'s xxh3 (the line's record keeps it). A site's template lines
/// (share bars, follow prompts, copyright lines: the very lines these cues name) recur on each
/// of its pages, and a line of up to 40 words that is no sentence is asked a dozen anchored cues
/// and the unanchored ones (copyright, counter, poll, call to action), a thousand instructions or
/// more where its first bytes tell the anchored ones from it. On the 600 real pages of
/// `scripts/bench --callgrind --kind pages` 29 % of the lines of 1 to 40 words are a line met
/// before.
pub(super) fn chrome_met(t: &str, hash: u64, n: usize, max_words: usize) -> Option<&'static str> {
    if n == 0 || n >= CHROME_COUNT {
        return None;
    }
    CHROME_MET.with_borrow_mut(|met| {
        // the answer depends on the options' word limit too: kept with it
        if let Some(&(limit, kind)) = met.get(hash, t.as_bytes()) {
            if limit == max_words {
                return kind;
            }
        }
        let kind = chrome_counted(t, n, max_words);
        met.put(hash, t.as_bytes(), |kept| *kept = (max_words, kind));
        kind
    })
}

thread_local! {
    /// [`chrome_met`]'s answers, with the word limit each was given for: 4,096 lines of at most
    /// 1 KB (a line of 40 words is seldom longer).
    static CHROME_MET: RefCell<TextMemo<(usize, Option<&'static str>)>> =
        RefCell::new(TextMemo::new(1 << 12, 1024));
}

/// Whether the line `t` of `n` words, a sentence when `ends`, has the length and shape the cue
/// `kind` takes, before its regexes are asked.
fn fits(kind: &str, t: &str, n: usize, max_words: usize, ends: bool) -> bool {
    match kind {
        "copyright" => !ends || t.contains('©') || n <= max_words,
        "poll" => n <= max_words,
        // its own sentences, matched whole
        "empty-thread" => true,
        // its own words, matched whole: `Đang tải...` ends as a sentence does
        "loading" => n <= max_words,
        // controls, each a word list's, matched whole: as many as the bar holds
        "controls" => true,
        // an explicit label: the headline after it may be long
        "related-link" => n <= 30,
        // a banner names its campaign before the call to action: longer than a button
        "campaign" => n <= 20 && !ends,
        // its regexes are not anchored at the start: the shape first
        "counter" => n <= max_words && (!ends || t.ends_with(':')) && counter_shape(t),
        _ => n <= max_words && (!ends || t.ends_with(':')),
    }
}

/// The line `t` read past the bold or italic mark a markdown dump opens it with (html2text
/// writes a bold label so: `**Đọc thêm:** Hà Nội sẽ xây thêm 15 trường`, `__Chia sẻ__`): the
/// template regexes are anchored at the label's first letter. A line that only starts with `*`
/// and a space is a list item and keeps its bullet.
fn past_emphasis(t: &str) -> &str {
    ["**", "__"]
        .iter()
        .find_map(|mark| t.strip_prefix(mark))
        .filter(|rest| rest.starts_with(chars::is_alphanumeric))
        .unwrap_or(t)
}

/// Whether `t` may be a counter line: every counter regex ends its match with a number (`[\d.,]`
/// then whitespace, at the end of the line) or starts it with one (`^[\d.,]+`), so the line's
/// last or first character that is no whitespace is a digit (`\d` is Unicode's: any numeric
/// character may be one), `.` or `,`. Most short lines end and start with a letter.
fn counter_shape(t: &str) -> bool {
    let number = |c: char| c.is_ascii_digit() || c == '.' || c == ',' || chars::is_numeric(c);
    t.trim_end().chars().next_back().is_some_and(number) || t.chars().next().is_some_and(number)
}

/// A relative time: `1h trước`, `2 giờ trước`, `3 days ago`.
static TIME_AGO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&fill(
        r"(?i)\b\d+\s*(?:%time-unit%)\s+(?:%time-ago%)(?:\W|$)",
    ))
    .expect("lexicon regex")
});

/// Whether `t` holds a relative time (`2 giờ trước`, `3 days ago`).
pub fn relative_time(t: &str) -> bool {
    TIME_AGO.is_match(t)
}

/// A comment's action links: a line made only of `%comment-action%` words, counts, separators
/// and a relative time (`Thích Trả lời 1h trước`, `Trả lời`, `Like · Reply · 2d`).
///
/// [`comment_marker`] asks it of every short line that is no sentence (sixteen thousand on 600
/// documents of the bench corpus, each a regex call of a thousand instructions or so): as a
/// [`Cue`], a line whose first byte starts no action word, digit, space or separator is told
/// from it at once, and the action-start regex, whose prefixes are the action words', is not
/// compiled until a line starts with one.
static COMMENT_ACTIONS: LazyLock<Cue> = LazyLock::new(|| {
    Cue::new(&fill(
        r"(?i)^(?:(?:%comment-action%)(?:\W|$)|\d+\s*(?:%time-unit%)\s+(?:%time-ago%)(?:\W|$)|[\d\s.,·|•/()-])+$",
    ))
});

/// Most words of a comment mark ([`comment_marker`]).
pub const COMMENT_MARKER_WORDS: usize = 12;

/// A comment action at the start of a line: `Trả lời 2. Minh Khôi viết: 18/10/2024`.
static COMMENT_ACTION_START: LazyLock<Cue> =
    LazyLock::new(|| Cue::new(&fill(r"(?i)^(?:%comment-action%)(?:\W|$)")));

/// Whether `line` marks a comment in a thread: its action links (`Thích Trả lời 1h trước`), a
/// short header with a relative time (`Fan thành Nam 1 giờ trước`), or an action link run into
/// the next comment's dated header. Short lines that are not sentences only; a relative time or
/// an action word inside a sentence is article text. `words`: the line's words, counted up to
/// [`COMMENT_MARKER_WORDS`] + 1 at least (the caller's record or block has counted them).
pub fn comment_marker(line: &str, words: usize) -> bool {
    let t = line.trim();
    // the sentence end first: it reads the end of the line only
    if ends_sentence(t) || words > COMMENT_MARKER_WORDS || !t.chars().any(chars::is_alphabetic) {
        return false;
    }
    COMMENT_ACTIONS.is_match(t)
        || TIME_AGO.is_match(t)
        || (COMMENT_ACTION_START.is_match(t) && super::credits::has_date(t))
}

#[cfg(test)]
mod tests;
