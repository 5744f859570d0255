//! Photo captions, bylines and sign-offs: text about the article rather than of it.
//!
//! They are recognised by the credit forms Vietnamese newsrooms use — `Ảnh: VGP/Gia Huy`,
//! `(Ảnh: Thành Hữu/Vietnam+)`, `- Ảnh minh họa`, `PV| 03/05/2018 08:21`, a closing `Gia Huy`,
//! `HM` or `Theo TTXVN` — and moved to metadata. The credit word must be capitalised and in
//! credit position (line start, after ` - `, after a sentence end, or in parentheses), so body
//! sentences that merely mention "ảnh" stay. The English labels of the same shape (`Image:
//! Getty`, `(Image credit: NASA)`, `Credit: The Spruce Eats`) are read too: pages quote and
//! translate foreign agencies, and a credit label is one closed set of words, not a site's. A
//! credit that reads as a sentence (more than [`MAX_UNNAMED_CREDIT_WORDS`] words, a word not
//! capitalised, a sentence end: `Credit: scores of 720 or more get the best rates.`) is body.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;

use super::features::{ends_sentence, is_name_like, words_at_most};
use super::lexicon;
use crate::pipeline::Metadata;

/// The photo-credit labels (`data/credit-words.txt`), as a regex alternation: the labels in the
/// file's order, each matched literally.
static CREDIT_WORDS: LazyLock<String> = LazyLock::new(|| {
    let words: Vec<String> = credit_words().map(regex::escape).collect();
    format!("(?:{})", words.join("|"))
});

/// A photo credit ending the line: `(Ảnh: X)`, `- Ảnh: X`, `. Ảnh: X`, `Ảnh: X`, `Ảnh minh họa`.
/// Every match holds one of the [`CREDIT_WORDS`] (`Ảnh minh họa` holds `Ảnh`): [`end_credit`]
/// runs it only on a line that does ([`CREDIT_WORD`]).
static END_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    let credit_words = &*CREDIT_WORDS;
    Regex::new(&format!(
        r"(?:\(\s*{credit_words}(?:\s*:\s*[^()\n]{{1,60}})?\s*\)\.?|(?:^|\s[-–]\s*|[.!?…]\s+){credit_words}\s*:\s*[^()\n:]{{1,60}}|(?:^|\s[-–]\s*|[.!?…]\s+|\()Ảnh minh (?:họa|hoạ)\)?\.?)\s*$"
    ))
    .expect("regex")
});

/// The photo-credit labels of `data/credit-words.txt`, in its order.
fn credit_words() -> impl Iterator<Item = &'static str> {
    lexicon::phrases(include_str!("../../data/credit-words.txt"))
}

/// Finds any of the [`CREDIT_WORDS`]: [`end_credit`] is asked of nearly every line, and a search
/// for a few words (a vector search for their first bytes) costs a fraction of the credit
/// regex, which is anchored at the end and read backwards over the last sixty characters.
static CREDIT_WORD: LazyLock<AhoCorasick> = LazyLock::new(|| {
    // a leftmost search: the kind of search the vector searcher (Teddy) serves
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(credit_words())
        .expect("credit words")
});

/// A parenthesised photo credit inside a line, closing its caption's sentence or standing after
/// it (`… (Ảnh: Hoàng Nam). ` or `… thỏa thuận. (Ảnh: Thành Hữu) `), followed by more text.
static INLINE_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    let credit_words = &*CREDIT_WORDS;
    Regex::new(&format!(
        r"\(\s*{credit_words}(?:\s*:\s*[^()\n]{{1,60}})?\s*\)\.?\s+"
    ))
    .expect("regex")
});

/// Where a photo credit ending `line` starts (byte offset), when the line ends with one. A
/// markdown dump's emphasis closing the line is read past: html2text writes a caption in
/// italics (`_Nông dân thu hoạch vải thiều (Ảnh: HẢI MINH)_`).
pub fn end_credit(line: &str) -> Option<usize> {
    if !CREDIT_WORD.is_match(line) {
        return None;
    }
    let m = END_CREDIT.find(line.trim_end().trim_end_matches(['_', '*']))?;
    let credit = &line[m.start()..m.end()];
    // the credit is a name, not a sentence; a whole-line `Video: …` caption may be a headline
    let max = if m.start() == 0 { 16 } else { 10 };
    (words_at_most(credit, max) && !sentence_after_label(credit)).then_some(m.start())
}

/// Most words after a credit's label that may be other than a name when the credit ends a
/// sentence: `Ảnh: chụp màn hình.` is a credit, `Credit: scores of 720 or more get the best
/// rates.` a line of the article.
const MAX_UNNAMED_CREDIT_WORDS: usize = 5;

/// Whether the text after the label of `credit` (`Ảnh: …`, `Credit: …`) is a sentence rather
/// than a name: it ends a sentence, holds more than [`MAX_UNNAMED_CREDIT_WORDS`] words and
/// a word that is not capitalised.
fn sentence_after_label(credit: &str) -> bool {
    let Some((_, after)) = credit.split_once(':') else {
        return false;
    };
    let after = after.trim().trim_end_matches(')');
    ends_sentence(after) && !words_at_most(after, MAX_UNNAMED_CREDIT_WORDS) && !is_name_like(after)
}

/// Inline credits followed by more text: (credit span, caption start) pairs. The caption is the
/// one sentence before the credit. A credit the sentence goes on after in lower case is a
/// reference to the picture inside the article's sentence (`Ông An (Ảnh) nói thêm rằng…`), no
/// caption's: the text after a caption's credit starts a sentence.
///
/// Asked of every line the classifier keeps, on every look: a line without `(`, which opens every
/// match of [`INLINE_CREDIT`], is told at once by a vector search (the regex's own search costs
/// some five hundred instructions a line on real pages).
pub fn inline_captions(line: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if memchr::memchr(b'(', line.as_bytes()).is_none() {
        return out;
    }
    for m in INLINE_CREDIT.find_iter(line) {
        if m.end() >= line.trim_end().len()
            || line[m.end()..]
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
        {
            continue;
        }
        out.push((sentence_start(line, m.start()), m.end()));
    }
    out
}

/// Whether `line` is one text written twice in a row, its words split in two equal halves
/// (`Điện thoại gập trưng bày ở TP.HCM. Ảnh: Lâm Anh. Điện thoại gập trưng bày ở TP.HCM. Ảnh:
/// Lâm Anh.`): a figure's alt text and its caption, which a dump that writes a block per line
/// runs together. A paragraph does not repeat itself word for word.
pub fn doubled(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let half = words.len() / 2;
    half > 0 && words.len().is_multiple_of(2) && words[..half] == words[half..]
}

/// Start of the sentence that ends just before `at`: after the previous sentence end
/// (`. ` followed by an uppercase letter or quote), or the line start.
pub fn sentence_start(line: &str, at: usize) -> usize {
    let head = line[..at].trim_end();
    let head = head.trim_end_matches(['.', '!', '?', '…']);
    let b = head.as_bytes();
    let mut i = head.len();
    while i > 0 {
        i -= 1;
        if matches!(b[i], b'.' | b'!' | b'?') && i + 1 < b.len() && b[i + 1] == b' ' {
            let next = head[i + 2..].chars().next();
            if next.is_some_and(|c| c.is_uppercase() || c == '"' || c == '“') {
                return i + 2;
            }
        }
    }
    0
}

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?P<d>\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})(?:\s*[,|-]?\s*(?:lúc\s+)?(?P<t>\d{1,2}[:h]\d{2}(?::\d{2})?))?|(?P<t2>\d{1,2}[:h]\d{2}(?::\d{2})?)\s*[,|-]?\s*(?:ngày\s+)?(?P<d2>\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})")
        .expect("regex")
});

/// Whether `line` may hold a [`DATE`]: a `/`, `.` or `-` right between two characters that may
/// be digits (an ASCII digit, or any non-ASCII character: the regex's `\d` is Unicode's), as
/// every date's `\d{1,2}[/.-]\d{1,2}` is. Most lines, paragraphs included, have none, and the
/// regex is not run on them (a vector search for the three bytes, then a look at their
/// neighbours).
fn may_hold_date(line: &str) -> bool {
    let b = line.as_bytes();
    let maybe_digit = |c: u8| c.is_ascii_digit() || c >= 0x80;
    memchr::memchr3_iter(b'/', b'.', b'-', b)
        .any(|i| i > 0 && maybe_digit(b[i - 1]) && b.get(i + 1).is_some_and(|&c| maybe_digit(c)))
}

/// Whether `line` holds a full date (`10/12/2024`, `5.12.2024`): a byline or a date bar, when
/// it is not a sentence.
pub fn has_date(line: &str) -> bool {
    may_hold_date(line) && DATE.is_match(line)
}

/// Whether `line` holds a full date with its time of day (`16/09/2024 - 10:05`, `10:05
/// 16/09/2024`): a page's date bar, when it is not a sentence.
pub fn has_date_time(line: &str) -> bool {
    may_hold_date(line)
        && DATE
            .captures_iter(line)
            .any(|c| c.name("t").is_some() || c.name("t2").is_some())
}

/// A clock time (`3:43`, `10:05`) and a year (`2019`) in one line.
static CLOCK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^\d:])\d{1,2}:\d{2}(?:$|[^\d:])").expect("regex"));
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\D)(?:19|20)\d{2}(?:$|\D)").expect("regex"));

/// Whether `line` stamps a post with its day and its time of day, the day written in any
/// language (`November 19, 2019 at 3:43 pm`, `19. listopadu 2019 15:43`, `16/09/2024 10:05`):
/// a year and a clock time. Short lines that are not sentences only (the caller's test): a
/// sentence may name a year and an hour.
pub fn has_year_and_clock(line: &str) -> bool {
    line.contains(':') && CLOCK.is_match(line) && YEAR.is_match(line)
}

/// The words of a stamp before its time of day, digits left out: a comment header's writer and
/// day (`joetoronto says: November 19, 2019 at 6:34 am` → `joetoronto says: November , at`),
/// a live report's label that every entry repeats (`05/12/2026 lúc 10:45` → `/ / lúc`).
pub fn words_before_clock(line: &str) -> String {
    let end = CLOCK.find(line).map_or(line.len(), |m| m.start());
    let words: String = line[..end]
        .chars()
        .filter(|c| !c.is_ascii_digit())
        .collect();
    words.split_whitespace().collect::<Vec<_>>().join(" ")
}

static BYLINE_NOISE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\(?gmt\s*[+-]\s*\d+\)?|\b(thứ (hai|ba|tư|năm|sáu|bảy)|chủ nhật|cập nhật|đăng lúc|ngày đăng|đăng ngày|lúc|ngày|updated|published|posted)\b|[|,:•·]|\s-\s")
        .expect("regex")
});

/// A byline or dateline: a short line with a date (and maybe a time), whose other words are at
/// most a short name. Returns (author, date). Of the trimmed line `t` of `words` words: the pass
/// asks it of a line's record (`record.rs`), which has counted them, so the line is not read
/// again to count them.
pub(super) fn counted_byline(t: &str, words: usize) -> Option<(Option<String>, String)> {
    byline_shaped(t, || words <= 14)
}

/// [`counted_byline`] of any line, its words counted here.
#[cfg(test)]
pub fn byline(line: &str) -> Option<(Option<String>, String)> {
    let t = line.trim();
    byline_shaped(t, || words_at_most(t, 14))
}

/// [`counted_byline`] of the trimmed line `t`; `short` tells whether it has at most 14 words.
fn byline_shaped(t: &str, short: impl FnOnce() -> bool) -> Option<(Option<String>, String)> {
    // the end first: it reads no further than the last characters
    if ends_sentence(t) && !t.ends_with(')') || !short() {
        return None;
    }
    if !may_hold_date(t) {
        return None;
    }
    let c = DATE.captures(t)?;
    let m = c.get(0)?;
    let day = c.name("d").or(c.name("d2"))?.as_str();
    let date = match c.name("t").or(c.name("t2")) {
        Some(time) => format!("{day} {}", time.as_str()),
        None => day.to_string(),
    };
    let rest = format!("{} {}", &t[..m.start()], &t[m.end()..]);
    let rest = BYLINE_NOISE.replace_all(&rest, " ");
    let rest = rest.split_whitespace().collect::<Vec<_>>().join(" ");
    let rest = rest.trim_matches(|c: char| !c.is_alphanumeric() && c != ')');
    if !words_at_most(rest, 5) || (!rest.is_empty() && !is_name_like(rest)) {
        return None;
    }
    let author = (!rest.is_empty()).then(|| rest.to_string());
    Some((author, date))
}

/// What a closing line says about the article.
#[derive(Clone, Debug, PartialEq)]
pub enum Signoff {
    Author(String),
    Source(String),
}

impl Signoff {
    /// Moves the name to the document's `author` or `source`, unless that field is set already:
    /// the first sign-off found is the one kept.
    pub fn fill(self, meta: &mut Metadata) {
        match self {
            Signoff::Author(a) => {
                meta.author.get_or_insert(a);
            }
            Signoff::Source(s) => {
                meta.source.get_or_insert(s);
            }
        }
    }
}

static SOURCE_SIGNOFF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\(?\s*(?:Theo|Nguồn|Nguồn tin|Source)\s*:?\s+([^()]{2,60}?)\s*\)?\.?$")
        .expect("regex")
});

static AUTHOR_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:bài|tin|ảnh|bài viết|video|clip)(?:\s*(?:và|,|-|–|&|\+|/)\s*(?:ảnh|bài|video|clip|đồ họa))*|thực hiện|nhóm phóng viên|nhóm pv)\s*:\s*")
        .expect("regex")
});

/// What an editor writes after their name, in lowercase: `Thị Lộc tổng hợp`, `Hà Linh biên
/// dịch` (the bracketed `(tổng hợp)` is kept, as the name-like test skips brackets anyway).
static EDITOR_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+(?:tổng hợp|biên dịch|lược dịch|biên soạn|thực hiện)\.?$").expect("regex")
});

/// A sign-off line: `Theo TTXVN`, `(Theo Dân trí)`, `Nguồn: VTV` (source) or a short name such
/// as `Gia Huy`, `HM`, `Minh Anh (tổng hợp)`, `Thị Lộc tổng hợp`, `Ngọc Sơn (theo The Guardian)`,
/// `Bài và ảnh: Hoàng Hà` (author).
pub fn signoff(line: &str) -> Option<Signoff> {
    let t = line.trim();
    if let Some(c) = SOURCE_SIGNOFF.captures(t) {
        let src = &c[1];
        let proper = src.chars().next().is_some_and(char::is_uppercase);
        if words_at_most(src, 6) && proper && !src.contains([',', ';', ':']) {
            return Some(Signoff::Source(c[1].trim_end_matches('.').to_string()));
        }
    }
    // an editor's closing mark (`Hết.`) is no name
    if lexicon::closing_mark(t) {
        return None;
    }
    let name = AUTHOR_PREFIX.replace(t, "");
    let name = EDITOR_SUFFIX.replace(&name, "");
    if name.ends_with("..") || name.ends_with('…') || name.contains(':') {
        return None;
    }
    let name = name.trim_end_matches('.');
    let ok = words_at_most(name, 5)
        && !has_sentence_break(name)
        && name.chars().count() <= 40
        && !name.trim_end().ends_with([',', ':', ';', '!', '?'])
        && is_name_like(name);
    ok.then(|| Signoff::Author(name.to_string()))
}

/// A sentence end inside `name` (`Có. Có`): a word of two or more letters, not all capitals,
/// followed by `.`, `!` or `?` and a space. Initials (`Nguyễn T. Hà`, `N.T.H`) are not one.
fn has_sentence_break(name: &str) -> bool {
    name.split_whitespace().rev().skip(1).any(|w| {
        let Some(stem) = w.strip_suffix(['.', '!', '?']) else {
            return false;
        };
        let letters: Vec<char> = stem.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2 && letters.iter().any(|c| c.is_lowercase())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A post's stamp holds a year and a clock time in any writing; a year or a time alone,
    /// a score or a ratio, and a time run into other digits are none.
    /// The words before a stamp's time of day tell writers apart, not days or hours.
    #[test]
    fn words_before_the_clock() {
        assert_eq!(
            words_before_clock("1. joetoronto says: November 19, 2019 at 6:34 am"),
            ". joetoronto says: November , at"
        );
        assert_eq!(
            words_before_clock("05/12/2026 lúc 10:45"),
            words_before_clock("05/12/2026 lúc 9:30")
        );
        assert_eq!(words_before_clock("Hoàng Nam"), "Hoàng Nam");
    }

    #[test]
    fn year_and_clock() {
        for t in [
            "July 14, 2015 at 3:53 pm",
            "AmySeptember 11, 2008 at 2:06\u{202f}PM",
            "16/09/2024 - 10:05",
            "19. listopadu 2019 15:43",
        ] {
            assert!(has_year_and_clock(t), "{t}");
        }
        for t in [
            "July 14, 2015",
            "15:53",
            "Tỷ số 2:1 năm 2015",
            "Mã 12:345 2015",
            "20151:53",
        ] {
            assert!(!has_year_and_clock(t), "{t}");
        }
    }

    /// The look before the date regex keeps every line the regex matches: dates of every shape,
    /// with non-ASCII digits, and the lines of the seed documents.
    #[test]
    fn lines_without_the_date_look_hold_no_date() {
        let mut lines: Vec<String> = [
            "10/12/2024",
            "5.12.2024",
            "1-1-24",
            "PV | 03/05/2018 08:21",
            "08:21 ngày 03/05/2018",
            "١٢/١٢/٢٠٢٤",
            "12/١٢/2024",
            "Ngày 3.5 và 4/5",
            "Giá 1.200 đồng",
            "Không có ngày",
            "",
        ]
        .map(String::from)
        .to_vec();
        lines.extend(crate::seed_texts::lines());
        let mut dated = 0;
        for line in &lines {
            let matched = DATE.is_match(line);
            assert!(!matched || may_hold_date(line), "{line}");
            dated += usize::from(matched);
        }
        assert!(dated >= 10, "{dated} lines with a date");
        assert!(!may_hold_date("Theo các chuyên gia, giá vàng sẽ còn tăng."));
    }

    /// The look for a credit word before the credit regex keeps every line the regex matches:
    /// the credit words are text (the look finds them as written), and credits of every shape,
    /// the seed documents' lines and lines that only end like a credit answer as the regex.
    /// English credit labels end a line as the Vietnamese ones do; a line that only starts
    /// like one and reads as a sentence is body, and so is a Vietnamese sentence about a photo.
    #[test]
    fn english_credits_and_sentences_after_a_label() {
        for credit in [
            "Credit: The Spruce Eats",
            "(Image credit: All About Space)",
            "Image: Courtesy Katy Anderson/Houston Parks Board",
            "Photo credit: SewCanShe.com",
            "Photograph: Marco Torres",
            "Ảnh: chụp màn hình.",
        ] {
            assert_eq!(end_credit(credit), Some(0), "{credit}");
        }
        let inline = "Nikon Zf with 40mm f/2 SE lens. Credit: Nikon";
        let at = end_credit(inline).expect("an inline credit");
        assert_eq!(inline[at..].trim_start_matches(['.', ' ']), "Credit: Nikon");
        for body in [
            "Credit: scores of 720 or more usually get the best rates.",
            "Image: the camera keeps its colours true even in low light.",
            "Credit card debt rose again last year.",
            "Bức ảnh được chụp tại Hà Nội năm 1975, khi ông mới 20 tuổi.",
            "Ảnh: những bức ảnh này được chụp vào mùa đông năm ấy.",
        ] {
            assert_eq!(end_credit(body), None, "{body}");
        }
    }

    #[test]
    fn lines_without_a_credit_word_end_in_no_credit() {
        let words: Vec<&str> = credit_words().collect();
        assert!(words.len() >= 10 && words.contains(&"Ảnh"));
        for w in &words {
            assert_eq!(regex::escape(w), *w, "{w}");
        }
        let mut lines: Vec<String> = Vec::new();
        for w in &words {
            for form in [
                format!("Lễ ký kết ({w}: Phan Thảo Nguyên)"),
                format!("Bộ trưởng - {w}: VGP/Gia Huy"),
                format!("{w}: VGP"),
                format!("Giá vàng tăng. {w}: Ngọc Thành  "),
                format!("({w})."),
                format!("( {w} )"),
                format!("Toàn cảnh - {w}"),
            ] {
                lines.push(form);
            }
        }
        lines.extend(
            [
                "Khu vực cửa khẩu - Ảnh minh hoạ",
                "Hà Nội (Ảnh minh họa).",
                "Cửa khẩu (ảnh: Phan Thảo)",
                "Cửa khẩu - Nguồn: TTXVN",
                "(Theo VnExpress)",
                "",
            ]
            .map(String::from),
        );
        lines.extend(crate::seed_texts::lines());
        let mut credited = 0;
        for line in &lines {
            let matched = END_CREDIT.is_match(line.trim_end());
            assert!(!matched || CREDIT_WORD.is_match(line), "{line}");
            credited += usize::from(matched);
        }
        assert!(
            credited >= 6 * words.len(),
            "{credited} lines with a credit"
        );
    }

    #[test]
    fn credits_end_lines() {
        for line in [
            "Toàn cảnh lễ ký kết (Ảnh: Phan Thảo Nguyên)",
            "Bộ trưởng Masatoshi Ishida - Ảnh: VGP/Gia Huy",
            "Ảnh: VGP/Gia Huy",
            "Người dân xếp hàng chờ mua vàng. Ảnh: Ngọc Thành",
            "Khu vực cửa khẩu Hữu Nghị - Ảnh minh họa",
            "(Ảnh minh họa)",
            // the upper-case credit of thanhnien.vn
            "Người dân Hà Nội mặc áo ấm khi ra đường sáng sớm - ẢNH: NGỌC LAN",
        ] {
            assert!(end_credit(line).is_some(), "{line}");
        }
        for body in [
            "Bức ảnh: một cậu bé ngồi trên lưng trâu, đã gây xúc động mạnh.",
            "Ông cho xem tấm ảnh chụp năm 1975 (ảnh gia đình).",
            "Nhiều người chia sẻ hình ảnh trên mạng xã hội, kèm lời chúc.",
            "Triển lãm trưng bày 200 bức ảnh về biển đảo.",
        ] {
            assert!(end_credit(body).is_none(), "{body}");
        }
    }

    #[test]
    fn a_line_written_twice_is_doubled() {
        let caption = "Người dân xếp hàng chờ mua vàng. Ảnh: Ngọc Thành.";
        assert!(doubled(&format!("{caption} {caption}")));
        assert!(doubled(&format!("{caption}  {caption} ")));
        for line in [
            caption,
            "",
            // a refrain inside a sentence, an odd word count, two different sentences
            "Hà Nội, Hà Nội mùa thu năm ấy vẫn còn trong ký ức của ông.",
            "Chạy đi chạy đi con ơi.",
            "Người dân xếp hàng. Người dân chờ mua vàng.",
        ] {
            assert!(!doubled(line), "{line}");
        }
    }

    /// No line without `(` holds an inline credit (the look [`inline_captions`] takes first):
    /// drawn lines of whole credits, credits without their opening mark (or with a full-width
    /// one), labels, names and prose.
    #[test]
    fn inline_credits_open_with_a_parenthesis() {
        let pieces = [
            "(Ảnh: Thành Hữu/Vietnam+) ",
            "(Photo) ",
            "Ảnh: Thành Hữu) ",
            "（Image credit: NASA) ",
            "Image credit: NASA) ",
            "Theo phóng viên, ",
            ". ",
            "(",
            "\n",
        ];
        let mut rng = crate::test_rng::Xorshift::new();
        let mut credits = 0;
        for len in 0..20_000 {
            let line = rng.text(&pieces, len % 14);
            let found = INLINE_CREDIT.find_iter(&line).count();
            credits += found;
            assert!(found == 0 || line.contains('('), "{line:?}");
        }
        assert!(credits > 500, "{credits} credits drawn");
    }

    /// The text of the one inline caption of `line` ([`inline_captions`]).
    fn only_inline_caption(line: &str) -> &str {
        let found = inline_captions(line);
        assert_eq!(found.len(), 1, "{line}");
        let (start, end) = found[0];
        &line[start..end]
    }

    #[test]
    fn inline_caption_closed_by_its_credit_and_a_full_stop() {
        let line = "Xe mất lái, lật nghiêng chắn ngang hai làn đường. Hiện trường vụ tai nạn (Ảnh: Hoàng Nam). Vụ tai nạn không gây thương vong.";
        assert_eq!(
            only_inline_caption(line),
            "Hiện trường vụ tai nạn (Ảnh: Hoàng Nam). "
        );
    }

    #[test]
    fn a_picture_named_inside_a_sentence_is_no_caption() {
        for line in [
            "Ông Nguyễn Văn An (Ảnh) nói thêm rằng nhà thầu đã sẵn sàng thi công.",
            "Bà Lan (Ảnh: Hoàng Nam) cho biết gia đình đã sống ở đây ba đời.",
        ] {
            assert!(inline_captions(line).is_empty(), "{line}");
        }
    }

    #[test]
    fn inline_caption_is_the_sentence_before_the_credit() {
        let line = "Văn bản được ký hôm qua. Hai bộ trưởng trao thỏa thuận. (Ảnh: Thành Hữu/Vietnam+) Theo phóng viên, hai bên đã hội đàm.";
        assert_eq!(
            only_inline_caption(line),
            "Hai bộ trưởng trao thỏa thuận. (Ảnh: Thành Hữu/Vietnam+) "
        );
    }

    #[test]
    fn bylines() {
        assert_eq!(
            byline("PV| 03/05/2018 08:21"),
            Some((Some("PV".into()), "03/05/2018 08:21".into()))
        );
        assert_eq!(
            byline("Thứ Hai, 03/05/2018 08:21 (GMT+7)").map(|b| b.0),
            Some(None)
        );
        assert_eq!(
            byline("Cập nhật: 10:20 ngày 05/08/2022"),
            Some((None, "05/08/2022 10:20".into()))
        );
        assert!(byline("Chiều ngày 2/5/2018, tại Hà Nội, Bộ trưởng đã tiếp đoàn.").is_none());
        assert!(byline("Sáng nay 25/9/2017, hai Thủ tướng chứng kiến lễ ký kết").is_none());
    }

    #[test]
    fn signoffs() {
        assert_eq!(signoff("Gia Huy"), Some(Signoff::Author("Gia Huy".into())));
        assert_eq!(signoff("HM"), Some(Signoff::Author("HM".into())));
        assert_eq!(
            signoff("Tin - ảnh: Hoàng Long"),
            Some(Signoff::Author("Hoàng Long".into()))
        );
        assert_eq!(signoff("Theo TTXVN"), Some(Signoff::Source("TTXVN".into())));
        assert_eq!(
            signoff("(Theo Dân trí)"),
            Some(Signoff::Source("Dân trí".into()))
        );
        assert_eq!(
            signoff("Bài và ảnh: Hoàng Hà"),
            Some(Signoff::Author("Hoàng Hà".into()))
        );
        assert_eq!(
            signoff("Thị Lộc tổng hợp"),
            Some(Signoff::Author("Thị Lộc".into()))
        );
        assert_eq!(
            signoff("Ngọc Sơn (theo The Guardian)"),
            Some(Signoff::Author("Ngọc Sơn (theo The Guardian)".into()))
        );
        for body in [
            "Theo ông, đây là việc cần làm ngay.",
            "Chúng tôi tổng hợp",
            "Số liệu tổng hợp",
            "Xin cảm ơn!",
            "Theo kế hoạch, công trình hoàn thành vào cuối năm.",
            "Ông nói thêm rằng mọi việc đã sẵn sàng.",
            "Có. Có.",
            "Vâng. Tôi hiểu",
            "Hết.",
            "(Hết)",
            "- HẾT -",
            "(Còn nữa)",
        ] {
            assert_eq!(signoff(body), None, "{body}");
        }
        assert_eq!(
            signoff("Nguyễn T. Hà"),
            Some(Signoff::Author("Nguyễn T. Hà".into()))
        );
    }
}
