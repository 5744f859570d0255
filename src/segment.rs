//! Vietnamese sentence segmentation with exact byte offsets.
//!
//! Used by duplicate detection (and by anything that needs sentence spans: diffs, findings). The
//! rules are the ones news text needs, and deliberately conservative — a missed boundary makes
//! one longer sentence, a false boundary can make a half-sentence look like a duplicate:
//!
//! * sentences never cross a line break (a line is a paragraph in text dumps);
//! * a boundary follows `.` `!` `?` `…` (and closing quotes or brackets after them) only when
//!   whitespace and then an upper-case letter, a digit, an opening quote or a bullet follow, or
//!   the line ends — so numbers (1.182, 3,5), dates (25/9/2017, 4.1.2017), URLs, e-mail addresses
//!   and an ellipsis inside a sentence ("an ninh mạng… do đó") never split;
//! * never after an abbreviation (TP., TS., PGS., GS., ThS., Q., P., ông., …) or an initial (a
//!   single letter after a name or another initial: "Nguyễn V. A", "J. K. Rowling"); a single
//!   letter after a number or a lower-case word is a unit or a label and does end a sentence
//!   ("nhiệt độ khoảng 32 độ C. Trời mưa.");
//! * `;` followed by whitespace ends a list item (official texts list items with `;`);
//! * the `/.` end marker of agency copy is kept out of the last sentence.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::LazyLock;

use crate::chars;
use crate::hashed::Prehashed;

/// Abbreviations that end with a period but not a sentence (compared case-insensitively).
const ABBREVIATIONS: &[&str] = &[
    "tp", "ts", "pgs", "gs", "ths", "bs", "ks", "ls", "q", "p", "tt", "t.ư", "tw", "ubnd", "đh",
    "hlv", "nxb", "ông", "bà", "st", "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "vs", "v.v",
    "tr", "no", "co", "inc", "ltd", "corp", "e.g", "i.e", "etc", "tx", "h", "x", "đ", "cn", "pv",
    "btv", "ctv", "nsưt", "nsnd", "đc",
];

/// Byte spans of the sentences of `text`, in order, without surrounding whitespace.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for line in lines(text) {
        let end = line.start + text[line.clone()].trim_end().len();
        split_line(text, line.start, end, &mut out);
    }
    out
}

/// Byte spans of the paragraphs (non-blank lines) of `text`, without surrounding whitespace.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for line in lines(text) {
        // without its line feed, which a trim takes anyway: a line's last byte then tells
        // whether it has any whitespace to trim at its end (`chars::trimmed_range`)
        let line_text = &text[line.clone()];
        let trimmed = chars::trimmed_range(line_text.strip_suffix('\n').unwrap_or(line_text));
        if !trimmed.is_empty() {
            out.push(line.start + trimmed.start..line.start + trimmed.end);
        }
    }
    out
}

/// The spans of `text.split_inclusive('\n')`: each line with its `\n`, and the rest after the
/// last one when not empty. Found by the `memchr` crate's vector search (the lines of scraped
/// text are short, and the standard library's `char` search cost more per line).
pub(crate) fn lines(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .map(|i| i + 1)
        .chain(std::iter::once(text.len()))
        .filter_map(move |end| {
            let line = start..end;
            start = end;
            (!line.is_empty()).then_some(line)
        })
}

fn split_line(text: &str, start: usize, mut end: usize, out: &mut Vec<Range<usize>>) {
    if text[start..end].ends_with("/.") {
        end -= 2;
    }
    let line = &text[..end];
    let mut sentence_start = start;
    let mut i = start;
    // only the bytes that may start a terminator are looked at
    let mut may_end = MayEnd::new(line.as_bytes(), start);
    while let Some(at) = may_end.next_from(i) {
        i = at;
        let c = line[i..].chars().next().expect("a char boundary");
        match c {
            ';' => {
                if next_is_space(line, i + 1) {
                    push(text, sentence_start..i + 1, out);
                    sentence_start = i + 1;
                }
                i += 1;
            }
            '.' | '!' | '?' | '…' => {
                // absorb runs like "?!" or "..." and closing quotes/brackets
                let mut after = i + c.len_utf8();
                while let Some(d) = line[after..].chars().next() {
                    if matches!(
                        d,
                        '.' | '!' | '?' | '…' | '"' | '”' | '’' | '\'' | ')' | ']' | '»'
                    ) {
                        after += d.len_utf8();
                    } else {
                        break;
                    }
                }
                let ends_here =
                    after == end || (next_is_space(line, after) && starts_sentence(&line[after..]));
                let abbreviation = ends_here
                    && c == '.'
                    && after == i + 1
                    && is_abbreviation(&line[sentence_start..i], &line[after..]);
                if ends_here && !abbreviation {
                    push(text, sentence_start..after, out);
                    sentence_start = after;
                }
                i = after;
            }
            _ => i += c.len_utf8(),
        }
    }
    push(text, sentence_start..end, out);
}

/// The bytes that may start a terminator: `.` `!` `?`, and `;` and the first byte of `…` (0xE2,
/// which starts every character of U+2000–U+2FFF: a news line has a few dozen), found by two
/// vector searches (`memchr3` and `memchr2`), each kept until the scan passes the byte it found.
/// Terminators are a few dozen bytes apart: a table look-up of every byte cost more.
struct MayEnd<'a> {
    bytes: &'a [u8],
    /// Per search: the first byte it finds at or after where it last looked, `None` past the
    /// last one.
    next: [Option<usize>; 2],
}

impl<'a> MayEnd<'a> {
    fn new(bytes: &'a [u8], from: usize) -> Self {
        MayEnd {
            bytes,
            next: [0, 1].map(|k| Self::search(bytes, k, from)),
        }
    }

    fn search(bytes: &[u8], k: usize, from: usize) -> Option<usize> {
        let rest = bytes.get(from..)?;
        let found = match k {
            0 => memchr::memchr3(b'.', b'!', b'?', rest),
            _ => memchr::memchr2(b';', 0xE2, rest),
        };
        found.map(|n| from + n)
    }

    /// The first such byte at or after `from` (`from` never decreases from one call to the
    /// next).
    fn next_from(&mut self, from: usize) -> Option<usize> {
        for k in 0..2 {
            if self.next[k].is_some_and(|at| at < from) {
                self.next[k] = Self::search(self.bytes, k, from);
            }
        }
        match self.next {
            [Some(a), Some(b)] => Some(a.min(b)),
            [a, b] => a.or(b),
        }
    }
}

fn push(text: &str, span: Range<usize>, out: &mut Vec<Range<usize>>) {
    let trimmed = chars::trimmed_range(&text[span.clone()]);
    if !trimmed.is_empty() {
        out.push(span.start + trimmed.start..span.start + trimmed.end);
    }
}

fn next_is_space(line: &str, at: usize) -> bool {
    line[at..].chars().next().is_some_and(char::is_whitespace)
}

/// What may start a new sentence after a terminator and whitespace.
fn starts_sentence(rest: &str) -> bool {
    match rest.trim_start().chars().next() {
        Some(c) => {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(
                    c,
                    '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '•' | '-' | '–' | '—'
                )
        }
        None => true,
    }
}

/// The word before the period is an abbreviation or an initial.
fn is_abbreviation(before: &str, after: &str) -> bool {
    let mut words = before.rsplit(|c: char| c.is_whitespace() || c == '(');
    let word = words
        .next()
        .unwrap_or("")
        .trim_start_matches(['"', '“', '(']);
    // dotted abbreviations such as "PGS.TS" or "T.Ư": look at the last dotted part too (the
    // last part of the lower case is the lower case of the last part: no character lower-cases
    // to a period)
    let last = word.rsplit('.').next().unwrap_or(word);
    if listed(word) || (last.len() < word.len() && listed(last)) {
        return true;
    }
    word.chars().count() <= 2
        && word.chars().filter(|c| c.is_alphabetic()).count() == 1
        && (is_initial(words.find(|w| !w.is_empty())) || starts_with_initial(after))
}

/// Whether the lower case of `word` is one of [`ABBREVIATIONS`]. Asked at most sentence ends:
/// a word of more characters than the longest abbreviation is none (lower-casing never makes
/// fewer characters), and the others are looked up in a set, not compared with each entry.
fn listed(word: &str) -> bool {
    word.chars().count() <= ABBREVIATION_SET.1 && ABBREVIATION_SET.0.contains(&*word.to_lowercase())
}

/// [`ABBREVIATIONS`] as a set, and the characters of the longest.
static ABBREVIATION_SET: LazyLock<(HashSet<&'static str, BuildHasherDefault<Prehashed>>, usize)> =
    LazyLock::new(|| {
        let longest = ABBREVIATIONS.iter().map(|a| a.chars().count()).max();
        (
            ABBREVIATIONS.iter().copied().collect(),
            longest.unwrap_or(0),
        )
    });

/// A single letter is an initial when a name (a capitalized word, or another initial) or nothing
/// comes before it, or another initial follows: "Nguyễn V. A", "của J. K. Rowling". After a
/// number or a lower-case word it is a unit or a label that ends the sentence: "32 độ C.",
/// "hạng A.".
fn is_initial(previous: Option<&str>) -> bool {
    let Some(previous) = previous else {
        return true;
    };
    let previous = previous.trim_start_matches(['"', '“', '(']);
    previous.chars().next().is_none_or(char::is_uppercase)
}

/// The text after a period starts with another initial ("K. Rowling").
fn starts_with_initial(after: &str) -> bool {
    let mut chars = after.trim_start().chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next() == Some('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The set look-up, skipping words longer than any abbreviation, answers as comparing the
    /// lower case of the word and of its last dotted part with each entry does: on every entry
    /// in three cases, alone, extended and after a dot, and on words drawn from letters whose
    /// lower case has more characters (İ) or fewer bytes (the Kelvin sign) than they have.
    #[test]
    fn abbreviations_are_looked_up_as_the_list_says() {
        let plainly = |w: &str| ABBREVIATIONS.contains(&w.to_lowercase().as_str());
        let mut words: Vec<String> = Vec::new();
        for a in ABBREVIATIONS {
            let upper = a.to_uppercase();
            words.extend([
                a.to_string(),
                upper.clone(),
                format!("{a}x"),
                format!("PGS.{upper}"),
            ]);
            let mut chars = a.chars();
            let first = chars.next().map(|c| c.to_uppercase().to_string());
            words.push(first.unwrap_or_default() + chars.as_str());
        }
        let pieces = [
            "t", "T", "p", "ư", "Ư", ".", "İ", "\u{212A}", "s", "h", "đ", "Đ", "x",
        ];
        let mut rng = crate::test_rng::Xorshift::new();
        for n in 0..20_000 {
            words.push(rng.text(&pieces, n % 7));
        }
        let mut found = 0;
        for w in &words {
            let last = w.rsplit('.').next().unwrap_or(w);
            let want = plainly(w) || plainly(last);
            assert_eq!(
                listed(w) || (last.len() < w.len() && listed(last)),
                want,
                "{w:?}"
            );
            found += usize::from(want);
        }
        assert!(found > 4 * ABBREVIATIONS.len(), "{found}");
    }

    /// The two searches give the first byte that may start a terminator at or after any start,
    /// with any steps between calls.
    #[test]
    fn may_end_finds_what_a_byte_scan_finds() {
        let alphabet = [b'.', b'!', b'?', b';', 0xE2, b'a', b' ', 0x80, b',', b'"'];
        let mut rng = crate::test_rng::Xorshift::new();
        for len in 0..5_000 {
            let bytes = rng.bytes(&alphabet, len % 90);
            let first_from = |at: usize| {
                (at..bytes.len()).find(|&i| matches!(bytes[i], b'.' | b'!' | b'?' | b';' | 0xE2))
            };
            let mut at = rng.below(bytes.len() + 1);
            let mut may_end = MayEnd::new(&bytes, at);
            loop {
                let found = may_end.next_from(at);
                assert_eq!(found, first_from(at), "{bytes:?} from {at}");
                let Some(i) = found else { break };
                at = i + 1 + rng.below(3);
            }
        }
    }

    #[test]
    fn lines_are_those_split_inclusive_gives() {
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "a\nb",
            "\n\nab\r\n c \n\n",
            "x\u{2028}y\n\u{a0}\n",
        ] {
            let want: Vec<&str> = text.split_inclusive('\n').collect();
            let got: Vec<&str> = super::lines(text).map(|r| &text[r]).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    /// The splitter as first written, character by character: the reference of the byte scan.
    fn split_line_by_chars(text: &str, start: usize, mut end: usize, out: &mut Vec<Range<usize>>) {
        if text[start..end].ends_with("/.") {
            end -= 2;
        }
        let line = &text[..end];
        let mut sentence_start = start;
        let mut chars = line[start..]
            .char_indices()
            .map(|(i, c)| (start + i, c))
            .peekable();
        while let Some((i, c)) = chars.next() {
            let boundary = match c {
                ';' => next_is_space(line, i + 1),
                '.' | '!' | '?' | '…' => {
                    // absorb runs like "?!" or "..." and closing quotes/brackets
                    let mut after = i + c.len_utf8();
                    while let Some(&(j, d)) = chars.peek() {
                        if matches!(
                            d,
                            '.' | '!' | '?' | '…' | '"' | '”' | '’' | '\'' | ')' | ']' | '»'
                        ) {
                            after = j + d.len_utf8();
                            chars.next();
                        } else {
                            break;
                        }
                    }
                    let ends_here = after == end
                        || (next_is_space(line, after) && starts_sentence(&line[after..]));
                    if ends_here
                        && c == '.'
                        && after == i + 1
                        && is_abbreviation(&line[sentence_start..i], &line[after..])
                    {
                        false
                    } else if ends_here {
                        push(text, sentence_start..after, out);
                        sentence_start = after;
                        continue;
                    } else {
                        false
                    }
                }
                _ => false,
            };
            if boundary {
                push(text, sentence_start..i + 1, out);
                sentence_start = i + 1;
            }
        }
        push(text, sentence_start..end, out);
    }

    proptest::proptest! {
        #[test]
        fn the_byte_scan_splits_as_the_character_scan(pieces in proptest::collection::vec(
            proptest::sample::select(PIECES), 0..40)) {
            let text: String = pieces.concat();
            let mut by_chars = Vec::new();
            let mut line_start = 0;
            for line in text.split_inclusive('\n') {
                let end = line_start + line.trim_end().len();
                split_line_by_chars(&text, line_start, end, &mut by_chars);
                line_start += line.len();
            }
            proptest::prop_assert_eq!(sentences(&text), by_chars);
        }
    }

    const PIECES: &[&str] = &[
        "Trời",
        "mưa",
        " ",
        " ",
        "  ",
        ".",
        ". ",
        "!",
        "?",
        "…",
        ";",
        "; ",
        "\n",
        "/.",
        "TP.",
        "Q.",
        "V.",
        "K.",
        "ông.",
        "PGS.TS.",
        "3,5",
        "1.182",
        "”",
        "\"",
        "’",
        ")",
        "»",
        "«",
        "(",
        "Đường",
        "ngập",
        "A",
        "B",
        "32",
        "–",
        "—",
        "“",
        "•",
        "-",
        "x",
        "C",
        "độ",
        "\u{a0}",
        "\t",
    ];

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn tricky_cases() {
        let cases: &[(&str, &[&str])] = &[
            ("Trời mưa. Đường ngập.", &["Trời mưa.", "Đường ngập."]),
            (
                "Ông ở TP. HCM từ năm 2010. Nay đã về quê.",
                &["Ông ở TP. HCM từ năm 2010.", "Nay đã về quê."],
            ),
            (
                "PGS.TS. Nguyễn Văn A phát biểu. GS. Trần B đồng ý.",
                &["PGS.TS. Nguyễn Văn A phát biểu.", "GS. Trần B đồng ý."],
            ),
            (
                "Nhà ở Q. 1 và P. 5 đều tăng giá.",
                &["Nhà ở Q. 1 và P. 5 đều tăng giá."],
            ),
            (
                "Có 1.182 ca, tỷ lệ 3,5%. Ngày 25/9/2017 họp.",
                &["Có 1.182 ca, tỷ lệ 3,5%.", "Ngày 25/9/2017 họp."],
            ),
            (
                "Xem http://vnexpress.net/a.html hoặc gửi thư tới ban.doc@vnexpress.net. Cảm ơn.",
                &[
                    "Xem http://vnexpress.net/a.html hoặc gửi thư tới ban.doc@vnexpress.net.",
                    "Cảm ơn.",
                ],
            ),
            (
                "An ninh mạng… do đó cần hợp tác. Hai bên đồng ý.",
                &["An ninh mạng… do đó cần hợp tác.", "Hai bên đồng ý."],
            ),
            (
                "Ông nói: \"Tôi đồng ý.\" Bà im lặng.",
                &["Ông nói: \"Tôi đồng ý.\"", "Bà im lặng."],
            ),
            (
                "Bà hỏi: “Vì sao?” Không ai trả lời!",
                &["Bà hỏi: “Vì sao?”", "Không ai trả lời!"],
            ),
            (
                "Nội dung: Chia sẻ kinh nghiệm; Hợp tác phát triển; Đào tạo nhân lực.",
                &[
                    "Nội dung: Chia sẻ kinh nghiệm;",
                    "Hợp tác phát triển;",
                    "Đào tạo nhân lực.",
                ],
            ),
            (
                "Hai bên ký thỏa thuận hợp tác (Việt Nam)./.",
                &["Hai bên ký thỏa thuận hợp tác (Việt Nam)."],
            ),
            (
                "Ông Nguyễn V. A cho biết vậy.",
                &["Ông Nguyễn V. A cho biết vậy."],
            ),
            (
                "Dòng một.\nDòng hai không chấm\n\nDòng ba.",
                &["Dòng một.", "Dòng hai không chấm", "Dòng ba."],
            ),
            ("Thật sao?! Đúng vậy...", &["Thật sao?!", "Đúng vậy..."]),
            (
                "Giá xăng giảm 4.1.2017 và tăng lại 7.2017. Dân lo.",
                &["Giá xăng giảm 4.1.2017 và tăng lại 7.2017.", "Dân lo."],
            ),
            ("Ông đi v.v. và về.", &["Ông đi v.v. và về."]),
            // a unit or label letter after a number or a lower-case word ends the sentence
            (
                "Nhiệt độ khoảng 32 độ C. Trời mưa to.",
                &["Nhiệt độ khoảng 32 độ C.", "Trời mưa to."],
            ),
            (
                "Sốt tới 39 C. Bé được đưa đi viện.",
                &["Sốt tới 39 C.", "Bé được đưa đi viện."],
            ),
            (
                "Đội xếp hạng A. Mùa sau lên hạng.",
                &["Đội xếp hạng A.", "Mùa sau lên hạng."],
            ),
            // initials after a name or another initial do not
            (
                "Ông Nguyễn V. A. Trần cho biết vậy.",
                &["Ông Nguyễn V. A. Trần cho biết vậy."],
            ),
            (
                "Sách của J. K. Rowling bán chạy.",
                &["Sách của J. K. Rowling bán chạy."],
            ),
            (
                "Cơ quan T.Ư. Đoàn họp ở TP.HCM. Sau đó về.",
                &["Cơ quan T.Ư. Đoàn họp ở TP.HCM.", "Sau đó về."],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(split(text), *want, "text: {text}");
        }
    }

    #[test]
    fn spans_are_exact_and_paragraphs_trimmed() {
        let text = "  Một câu.  Hai câu. \n\n Ba ";
        for r in sentences(text) {
            assert_eq!(&text[r.clone()], text[r].trim());
        }
        let paras: Vec<_> = paragraphs(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(paras, ["Một câu.  Hai câu.", "Ba"]);
    }
}
