//! Lead markers that scrapers and agencies put in front of the first sentence, and the title.
//!
//! * `date 2020-01 Theo tin từ…` — a machine-written date label glued to the first sentence;
//! * `(Chinhphu.vn) - Chiều 7/8…`, `HÀ NỘI (TTXVN) - …`, `TPO - …` — the agency or site credit
//!   that opens Vietnamese news leads.
//!
//! Both are removed from the line and kept as metadata; the sentence after them stays. They are
//! only looked for in the first lines of a document (the lead), where they occur: the same shape
//! deeper in an article is body text (`(1) - …`, `ASEAN - Nhật Bản…`).

use std::sync::LazyLock;

use regex::Regex;

use super::features::{ends_sentence, words_at_most, words_upto};

static DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?i:date|published|posted|pubdate|updated)\s*:?\s*(\d{4}-\d{2}(?:-\d{2})?(?:[T ]\d{2}:\d{2}(?::\d{2})?)?)\s+",
    )
    .expect("regex")
});

/// `HÀ NỘI (TTXVN) - `: the grammar of the lead credit in parentheses is
/// `^\s*(?:\p{Lu}[\p{Lu} .]{1,30}\s*)?\(([^()\n]{2,40})\)\s*[-–—]+\s+`. Bounded repetitions of
/// a Unicode class compile into as many copies of its automaton (tens of millions of
/// instructions at the first lead of a run, more than the pass spends on a hundred documents),
/// so the regex repeats without bounds and [`lead_credit`] checks the counts: the prefix's
/// uppercase run is captured lazily (the fewest characters before the spaces, group 1, and the
/// spaces, group 2) and the credit (group 3) runs to the first `)` whatever its length, so each
/// count is the one the bounded regex would have had to fit (tested against it).
static PAREN_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\p{Lu}([\p{Lu} .]*?)(\s*))?\(([^()\n]+)\)\s*[-–—]+\s+").expect("regex")
});

/// `TPO - `, `Chinhphu.vn - `: the grammar of a bare credit is
/// `^\s*(\p{Lu}[\p{Lu}&]{1,7}O|[\p{L}\d]{2,20}\.(?:vn|VN|Vn|com|net))\s+[-–—]\s+`, its two
/// branches tried in that order; written here, as [`PAREN_CREDIT`], without bounds, one regex
/// a branch, and the counts checked by [`lead_credit`].
static BARE_CAPS_CREDIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(\p{Lu}[\p{Lu}&]*O)\s+[-–—]\s+").expect("regex"));

static BARE_SITE_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(([\p{L}\d]+)\.(?:vn|VN|Vn|com|net))\s+[-–—]\s+").expect("regex")
});

/// [`PAREN_CREDIT`] with its bounds: (the match's end, the credit in parentheses).
fn paren_credit(line: &str) -> Option<(usize, &str)> {
    let c = PAREN_CREDIT.captures(line)?;
    let chars = |i: usize| c.get(i).map_or(0, |m| m.as_str().chars().count());
    // the uppercase run after the first capital: 1 to 30 characters, a space taken from the
    // spaces after it when it has none of its own
    let prefix = match c.get(1) {
        None => true,
        Some(_) => (1..=30).contains(&chars(1)) || (chars(1) == 0 && c[2].starts_with(' ')),
    };
    let inner = c.get(3)?;
    (prefix && (2..=40).contains(&chars(3)))
        .then(|| (c.get(0).map_or(0, |m| m.end()), inner.as_str()))
}

/// The bare credit's grammar with its bounds: (the match's end, the credit).
fn bare_credit(line: &str) -> Option<(usize, &str)> {
    let caps = BARE_CAPS_CREDIT
        .captures(line)
        .filter(|c| (3..=9).contains(&c[1].chars().count()));
    let c = match caps {
        Some(c) => c,
        None => BARE_SITE_CREDIT
            .captures(line)
            .filter(|c| (2..=20).contains(&c[2].chars().count()))?,
    };
    Some((c.get(0)?.end(), c.get(1)?.as_str()))
}

/// `date 2020-01 ` at the start of a line: (bytes to delete, the date).
pub fn date_label(line: &str) -> Option<(usize, String)> {
    let c = DATE_LABEL.captures(line)?;
    let end = c.get(0)?.end();
    (end < line.len()).then(|| (end, c[1].to_string()))
}

/// `(Chinhphu.vn) - ` / `HÀ NỘI (TTXVN) - ` / `TPO - ` opening a lead sentence: (bytes to
/// delete, the source). The rest of the line must be a real sentence (≥ 5 tokens).
pub fn lead_credit(line: &str) -> Option<(usize, String)> {
    let (end, source) = if let Some((end, inner)) = paren_credit(line) {
        let inner = inner.trim();
        let ok = inner.chars().any(char::is_alphabetic)
            && words_at_most(inner, 4)
            && !inner.chars().next().is_some_and(char::is_lowercase);
        if !ok {
            return None;
        }
        (end, inner.to_string())
    } else {
        let (end, source) = bare_credit(line)?;
        (end, source.to_string())
    };
    (words_upto(&line[end..], 5) >= 5).then_some((end, source))
}

/// A title: short, not ending like a sentence (a question or exclamation is fine). The rules read
/// [`is_counted_title`] with the words a line's record has counted; this counts them, for the
/// tests that compare the two.
#[cfg(test)]
pub fn is_title(line: &str) -> bool {
    let t = line.trim();
    title_shape(t, || words_upto(t, 41))
}

/// [`is_title`] of the trimmed line `t` of `words` words, for a caller that has counted them
/// (a line's record, `record.rs`): the line is not read again to count them.
pub(super) fn is_counted_title(t: &str, words: usize) -> bool {
    title_shape(t, || words)
}

/// [`is_counted_title`] of a markdown heading's text ([`heading_text`]): the shape of a
/// subheading or of a box's headline in an html2text dump (`## Học nhiều chưa chắc đã hiệu
/// quả`, `* ### Cách chọn nguyện vọng vào lớp 10`), for the rules that read a text's headlines
/// (teaser lists, a subheading below an ad label). Not the title's: `# Aliexpress` above a
/// page without an article would keep the page's name as its title and the line under it.
pub(super) fn is_counted_heading(t: &str, words: usize) -> bool {
    title_shape(heading_text(t), || words)
}

/// A markdown dump's level-one heading (`# Cháy lớn tại xưởng gỗ ở Bình Dương`) of a title's
/// shape and at least [`MIN_PAGE_HEADING_WORDS`] words after its mark, `words` counting the
/// mark: html2text writes the page's `<h1>`, the article's title, so. A shorter one is more
/// often the site's name (`# Aliexpress` above a page without an article), which would keep the
/// line under it as the title's.
pub(super) fn page_heading(t: &str, words: usize) -> bool {
    t.strip_prefix("# ").is_some_and(|rest| {
        let rest = rest.trim_start();
        words > MIN_PAGE_HEADING_WORDS && title_shape(rest, || words - 1)
    })
}

/// Fewest words of a level-one markdown heading read as the title.
const MIN_PAGE_HEADING_WORDS: usize = 4;

/// [`is_title`] of the trimmed line `t`, whose words `words` counts (to 41 at least).
fn title_shape(t: &str, words: impl FnOnce() -> usize) -> bool {
    // the end first: a sentence's words are not counted
    (!ends_sentence(t) || t.ends_with(['?', '!']))
        && (2..=40).contains(&words())
        && !super::zone::is_menu_line(t)
        && t.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric() || c == '"' || c == '“')
}

/// The text of a markdown heading after its mark (`## Học nhiều chưa chắc đã hiệu quả`, and as a
/// list item: `* ### Cách chọn nguyện vọng`), or the trimmed line `t` itself. html2text and
/// pandoc write a page's headings so: the title, the article's subheadings, the headlines of a
/// related box. A list item without a heading mark (`* Bước một`) is an item of a list, not a
/// heading, and keeps its bullet.
pub(super) fn heading_text(t: &str) -> &str {
    let item = t
        .strip_prefix(['*', '-', '+'])
        .map(str::trim_start)
        .filter(|rest| rest.starts_with('#'))
        .unwrap_or(t);
    let rest = item.trim_start_matches('#');
    let marks = item.len() - rest.len();
    if (1..=HEADING_LEVELS).contains(&marks) && rest.starts_with(' ') {
        rest.trim_start()
    } else {
        t
    }
}

/// Levels of markdown headings (`#` to `######`).
const HEADING_LEVELS: usize = 6;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_markers() {
        let (n, d) =
            date_label(" date 2020-01 Theo tin từ Văn phòng Chính phủ, chiều 9/1.").unwrap();
        assert_eq!(d, "2020-01");
        assert_eq!(n, " date 2020-01 ".len());
        // a Vietnamese date opening a body sentence is not a label
        assert!(date_label("Ngày 2020-01-09 đoàn công tác đến Tokyo.").is_none());

        let line = "(Chinhphu.vn) - Chiều 7/8, tại Tokyo, Văn phòng Chính phủ đã ký kết.";
        assert_eq!(
            lead_credit(line).unwrap(),
            ("(Chinhphu.vn) - ".len(), "Chinhphu.vn".into())
        );
        let line = "HÀ NỘI (TTXVN) - Sáng nay, Quốc hội bước vào phiên họp thứ ba.";
        assert_eq!(lead_credit(line).unwrap().1, "TTXVN");
        let line = "TPO - Chiều 12/3, mưa đá bất ngờ trút xuống nhiều xã vùng cao.";
        assert_eq!(lead_credit(line).unwrap().1, "TPO");
        for body in [
            "(1) - Tăng cường năng lực cho chuyên gia Việt Nam.",
            "ASEAN - Nhật Bản đã ký hiệp định đối tác kinh tế toàn diện.",
            "(xem bảng) - số liệu được cập nhật hằng tháng từ năm ngoái.",
            "(Dân trí) - Ngắn.",
        ] {
            assert!(lead_credit(body).is_none(), "{body}");
        }
    }

    /// The credit regexes without bounds and the counts checked after them find the credits the
    /// bounded grammars find, and no other.
    #[test]
    fn unbounded_credits_with_counts_are_the_bounded_grammars() {
        let paren =
            Regex::new(r"^\s*(?:\p{Lu}[\p{Lu} .]{1,30}\s*)?\(([^()\n]{2,40})\)\s*[-–—]+\s+")
                .unwrap();
        let bare = Regex::new(
            r"^\s*(\p{Lu}[\p{Lu}&]{1,7}O|[\p{L}\d]{2,20}\.(?:vn|VN|Vn|com|net))\s+[-–—]\s+",
        )
        .unwrap();
        let mut lines: Vec<String> = Vec::new();
        let runs = [
            "", "A", "Ạ", "A.", "A ", "A\t", "A\u{a0}", "a", "Ǆ", "Ⓐ", "&", "1", "O",
        ];
        for n in 0..34 {
            for unit in runs {
                let run = unit.repeat(n);
                for head in ["", " ", "H", "HÀ", "\tĐ", "h"] {
                    for tail in ["", " ", "  ", "\t", " .", "\u{a0}", " \t "] {
                        let credit = "x".repeat(n + 1);
                        lines.push(format!("{head}{run}{tail}(TTXVN) - Sáng nay"));
                        lines.push(format!("{head}{run}{tail}({credit}) – Sáng nay"));
                        lines.push(format!("{head}{run}O - Chiều nay mưa"));
                        lines.push(format!("{head}{run}O{tail}- Chiều"));
                        lines.push(format!("{head}{run}.vn - Chiều nay"));
                        lines.push(format!("{head}{run}{tail}{credit}.com —  x"));
                    }
                }
            }
        }
        lines.extend(crate::seed_texts::lines());
        let (mut parens, mut bares) = (0, 0);
        for l in &lines {
            let want = paren
                .captures(l)
                .map(|c| (c.get(0).unwrap().end(), c.get(1).unwrap().as_str()));
            assert_eq!(paren_credit(l), want, "{l:?}");
            let want = bare
                .captures(l)
                .map(|c| (c.get(0).unwrap().end(), c.get(1).unwrap().as_str()));
            assert_eq!(bare_credit(l), want, "{l:?}");
            parens += usize::from(paren_credit(l).is_some());
            bares += usize::from(bare_credit(l).is_some());
        }
        assert!(parens > 100 && bares > 100, "{parens} {bares}");
    }

    #[test]
    fn titles() {
        assert!(is_title(
            "Nhật Bản sẽ hỗ trợ Việt Nam về lĩnh vực thông tin và truyền thông"
        ));
        assert!(is_title("Vì sao giá vàng tăng?"));
        assert!(!is_title("Thủ tướng đã tiếp Bộ trưởng."));
        assert!(!is_title("HM"));
        // markdown headings (html2text), read past their marks; a bullet alone is a list's
        let heading = |t: &str| is_counted_heading(t, words_upto(t, 41));
        assert!(heading("## Học nhiều chưa chắc đã hiệu quả"));
        assert!(heading(
            "* ### Cách chọn nguyện vọng vào lớp 10 để không trượt oan"
        ));
        assert!(heading("Vì sao giá vàng tăng?"));
        assert!(!heading("## Thủ tướng đã tiếp Bộ trưởng."));
        assert!(!heading("* Bước một: chuẩn bị hồ sơ"));
        assert!(!heading("#hashtag Một Hai"));
        // nor is a markdown heading the title
        assert!(!is_title("# Aliexpress"));
        assert_eq!(heading_text("####### Bảy"), "####### Bảy");
    }
}
