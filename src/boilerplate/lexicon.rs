//! The Vietnamese (and English) cue lexicon: words that page templates use and articles rarely
//! use *as a whole short line*.
//!
//! No published extractor ships Vietnamese cues, so this is ours. A cue alone never removes a
//! line: the callers also require the line to be short and not sentence-like, so a body sentence
//! that mentions "bình luận" or "chia sẻ" survives. Patterns are anchored (line start, or the
//! whole line) for the same reason.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::features::{ends_sentence, words};

/// Headings after which a news page has no more article text: related/highlight/most-read lists,
/// tags, comments, "go top". Matched at the start of a short line, case-insensitively.
pub const END_MARKERS: &[&str] = &[
    "tin liên quan",
    "bài liên quan",
    "tin bài liên quan",
    "bài viết liên quan",
    "tin cùng chuyên mục",
    "tin cùng chủ đề",
    "bài cùng chuyên mục",
    "bài viết cùng chuyên mục",
    "cùng chuyên mục",
    "tin cùng danh mục",
    "bài viết khác",
    "tin bài khác",
    "tin nóng",
    "tin hot",
    "tin khác",
    "các tin khác",
    "tin đã đưa",
    "các tin đã đưa",
    "tin nổi bật",
    "nổi bật",
    "tin tiêu điểm",
    "tiêu điểm",
    "đừng bỏ lỡ",
    "tin mới nhất",
    "tin mới",
    "mới nhất",
    "đọc nhiều",
    "đọc nhiều nhất",
    "xem nhiều",
    "xem nhiều nhất",
    "tin đọc nhiều",
    "tin xem nhiều",
    "có thể bạn quan tâm",
    "bạn có thể quan tâm",
    "có thể bạn chưa biết",
    "bình luận",
    "ý kiến bạn đọc",
    "ý kiến của bạn",
    "gửi bình luận",
    "viết bình luận",
    "gửi ý kiến",
    "từ khóa",
    "từ khoá",
    "tags",
    "tag",
    "chủ đề",
    "go top",
    "lên đầu trang",
    "về đầu trang",
    "trở lại đầu trang",
    "thống kê truy cập",
    "related",
    "related news",
    "related articles",
    "read more",
    "most read",
    "most popular",
    "comments",
    "leave a comment",
];

/// Lowercases and strips what may precede a heading: digits, bullets, punctuation, spaces.
fn heading_key(line: &str) -> String {
    line.trim_start_matches(|c: char| !c.is_alphabetic())
        .trim_end()
        .to_lowercase()
}

/// The end marker `line` starts with, when the line is heading-like: the cue, then at most
/// `max_rest` more tokens, and no sentence end other than a colon. `extra` are user markers.
pub fn end_marker<'e>(line: &str, extra: &'e [String], max_rest: usize) -> Option<&'e str>
where
    'static: 'e,
{
    if words(line) > max_rest + 6 {
        return None;
    }
    let key = heading_key(line);
    if key.is_empty() || (ends_sentence(&key) && !key.ends_with(':')) {
        return None;
    }
    // built-in cues are lowercase already; user cues are lowercased here
    let cues = END_MARKERS.iter().map(|c| (*c, Cow::Borrowed(*c))).chain(
        extra
            .iter()
            .map(|c| (c.as_str(), Cow::Owned(c.to_lowercase()))),
    );
    cues.filter(|(_, cue)| {
        key.strip_prefix(cue.as_ref()).is_some_and(|rest| {
            (rest.is_empty() || rest.starts_with(|c: char| !c.is_alphanumeric()))
                && words(rest) <= max_rest
        })
    })
    .max_by_key(|(cue, _)| cue.len())
    .map(|(cue, _)| cue)
}

/// Template vocabulary, by kind; each regex is matched against the whole trimmed line.
///
/// In the unanchored regexes a word boundary is written `(?:^|\W)` before a word and `(?:\W|$)`
/// (or the characters that may follow) after it, not `\b`: with a Unicode `\b` the regex engine
/// cannot use its DFA on non-ASCII text and backtracks from every position (the counter and
/// copyright regexes were half the cost of the body zone on Vietnamese text). The matches are
/// the same (tested against the `\b` forms). Anchored regexes keep `\b`: they are tried at the
/// line start only.
static CHROME: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    let table: &[(&str, &str)] = &[
        (
            "share",
            r"(?i)^(chia sẻ|share|chia sẻ bài viết|chia sẻ bài|gửi bài viết|in bài viết|bản in|gửi email|copy link|sao chép liên kết)\b.{0,60}$",
        ),
        (
            "share",
            r"(?i)^(?:(?:facebook|twitter|zalo|linkedin|email|e-mail|print|in|tweet|pinterest|messenger|telegram|reddit|google\+?|copy link|chia sẻ|share|like|thích|lưu|lưu bài|bookmark)[\s:|/,•·-]*)+$",
        ),
        (
            "follow",
            r"(?i)^(theo dõi|follow|kết nối với|quan tâm) .{1,50} (trên|on|qua)\b.{0,30}$",
        ),
        (
            "follow",
            r"(?i)^(nhấn|bấm|hãy)? ?(like|thích|theo dõi|follow|đăng ký) (fanpage|kênh|trang|youtube|tiktok|facebook|zalo)\b.{0,60}$",
        ),
        (
            "subscribe",
            r"(?i)^(đăng ký|đăng kí) (nhận|theo dõi) (tin|bản tin|thông báo|email)\b.{0,60}$|^(subscribe|newsletter|tải ứng dụng|tải app|download app)\b.{0,60}$",
        ),
        (
            "counter",
            r"(?i)(?:^|\W)(lượt xem|lượt đọc|lượt thích|lượt chia sẻ|lượt truy cập|lượt bình luận|người xem|người đang xem|trực tuyến|đang online|views?|likes?|comments?|bình luận)(?:\s+:?\s*[\d.,]+|:\s*[\d.,]+|[.,][\d.,]*)\s*$|^[\d.,]+\s*(lượt xem|lượt đọc|lượt thích|lượt chia sẻ|bình luận|views?|likes?|comments?|shares?)$",
        ),
        (
            "counter",
            r"(?i)^(hôm nay|hôm qua|tuần này|tháng này|tổng cộng|tổng|khách|thành viên|đang truy cập|đang online|người trực tuyến|lượt truy cập)\s*:?\s*[\d.,]+$",
        ),
        (
            "poll",
            r"(?i)không có (cuộc )?bình chọn nào|^(xem )?kết quả bình chọn|^bình chọn$|^thăm dò ý kiến|^bạn (nghĩ|thấy) (sao|thế nào)\s*\??$|^(vote|poll)\b",
        ),
        (
            "copyright",
            r"(?i)©|(?:^|\W)copyright(?:\W|$)|all rights reserved|bản quyền thuộc về|ghi rõ nguồn|không được sao chép|powered by|designed by|thiết kế bởi|phát triển bởi|chịu trách nhiệm (xuất bản|nội dung)|giấy phép (số|xuất bản|hoạt động)|/gp-",
        ),
        (
            "navigation",
            r"(?i)^(\d+\s+)?(go top|back to top|lên đầu trang|về đầu trang|về trang chủ|trở về trang chủ|trang chủ|home|xem tiếp|xem thêm|đọc thêm|đọc tiếp|trang trước|trang sau|trang tiếp)\b.{0,80}$",
        ),
        ("navigation", r"(?i)^(trang chủ|home)\s*[>»/|›]"),
        (
            "related-link",
            r"(?i)^(xem thêm|đọc thêm|xem tiếp|đọc tiếp|mời xem|tin liên quan|bài liên quan|có thể bạn quan tâm|see also|read more)\s*[:>»]",
        ),
        ("navigation", r"^(\S+\s*[>»›]\s*){2,}\S+$"),
        (
            "advertising",
            r"(?i)^(quảng cáo|advertisement|advertising|advert|sponsored|tài trợ|nội dung tài trợ|liên hệ quảng cáo|ads)\b.{0,40}$",
        ),
        (
            "tags",
            r"(?i)^(tags?|từ khóa|từ khoá|keywords?|chủ đề|chuyên mục)\s*[:：]",
        ),
        (
            "contact",
            r"(?i)^(hotline|đường dây nóng|tòa soạn|toà soạn|liên hệ tòa soạn|liên hệ quảng cáo)\s*:",
        ),
        (
            "rating",
            r"(?i)^(đánh giá|rating)\s*:?\s*[\d.,/★☆ ]+$|^[★☆]+$",
        ),
        ("font", r"(?i)^(cỡ chữ|font|a\+\s*a-|a-\s*a\+)\b.{0,20}$"),
    ];
    table
        .iter()
        .map(|(kind, re)| (*kind, Regex::new(re).expect("lexicon regex")))
        .collect()
});

/// The kind of template line `line` is ("share", "counter", "copyright"…), when it is short
/// enough to be one. Copyright/licence footers may be long; everything else must be at most
/// `max_words` tokens and, except counters, not a sentence.
pub fn chrome(line: &str, max_words: usize) -> Option<&'static str> {
    let t = line.trim();
    let n = words(t);
    if n == 0 || n > 40 {
        return None;
    }
    CHROME.iter().find_map(|(kind, re)| {
        let fits = match *kind {
            "copyright" => !ends_sentence(t) || t.contains('©') || n <= max_words,
            "poll" => n <= max_words,
            // an explicit label: the headline after it may be long
            "related-link" => n <= 30,
            _ => n <= max_words && (!ends_sentence(t) || t.ends_with(':')),
        };
        (fits && re.is_match(t)).then_some(*kind)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn end_markers_are_headings_not_sentences() {
        let none: &[String] = &[];
        let cases = [
            ("Tin liên quan", Some("tin liên quan")),
            ("Tin nổi bật", Some("tin nổi bật")),
            ("Nổi bật Tạp chí Thông tin & Truyền thông", Some("nổi bật")),
            ("Đừng bỏ lỡ", Some("đừng bỏ lỡ")),
            ("395 Go top", Some("go top")),
            ("Bình luận (12)", Some("bình luận")),
            ("Thống kê truy cập", Some("thống kê truy cập")),
            // body text that starts with a cue word
            (
                "Bình luận về việc này, ông Nam cho rằng cần thận trọng.",
                None,
            ),
            (
                "Nổi bật trong năm qua là việc hoàn thành sớm cao tốc Bắc - Nam phía Đông",
                None,
            ),
            ("Tin mới.", None),
            ("Tagsmith", None),
        ];
        for (line, want) in cases {
            assert_eq!(end_marker(line, none, 8), want, "{line}");
        }
        let extra = vec!["Bài viết cùng tác giả".to_string()];
        assert_eq!(
            end_marker("Bài viết cùng tác giả", &extra, 6),
            Some("Bài viết cùng tác giả")
        );
    }

    #[test]
    fn chrome_kinds_and_body_survivors() {
        let cases = [
            ("Theo dõi ICTVietnam trên", Some("follow")),
            ("Theo dõi VnExpress trên Google News", Some("follow")),
            ("Chia sẻ", Some("share")),
            ("Facebook Twitter Zalo", Some("share")),
            ("1.234 lượt xem", Some("counter")),
            ("Tổng lượt truy cập: 87084500", Some("counter")),
            (
                "Hiện tại không có bình chọn nào đang hoạt động.",
                Some("poll"),
            ),
            ("POWERED BY ONECMS - A PRODUCT OF NEKO", Some("copyright")),
            (
                "© 2024 Báo Điện tử. Giấy phép số 123/GP-BTTTT.",
                Some("copyright"),
            ),
            ("Trang chủ > Thời sự > Chính trị", Some("navigation")),
            ("Tags: giao thông, Hà Nội", Some("tags")),
            ("Quảng cáo", Some("advertising")),
            (
                "Xem thêm: Trí tuệ nhân tạo thay đổi ngành ngân hàng ra sao",
                Some("related-link"),
            ),
            // body text with the same words
            (
                "Theo dõi diễn biến trên thị trường, các chuyên gia cho rằng giá còn tăng.",
                None,
            ),
            (
                "Bà chia sẻ rằng gia đình đã chuẩn bị từ lâu cho ngày này.",
                None,
            ),
            (
                "Bài đăng thu hút hơn 2.000 bình luận chỉ sau một ngày, phần lớn ủng hộ.",
                None,
            ),
            (
                "Luật sư cho biết vi phạm bản quyền có thể bị phạt tới 500 triệu đồng.",
                None,
            ),
            (
                "Quay lại chuyện cũ, ông kể rằng năm ấy cả làng đi sơ tán.",
                None,
            ),
            (
                "Xem thêm các điều khoản, người mua cần đọc kỹ hợp đồng trước khi ký.",
                None,
            ),
        ];
        for (line, want) in cases {
            assert_eq!(chrome(line, 12), want, "{line}");
        }
    }

    #[test]
    fn word_boundaries_without_backslash_b_match_as_before() {
        let before = [
            r"(?i)\b(lượt xem|lượt đọc|lượt thích|lượt chia sẻ|lượt truy cập|lượt bình luận|người xem|người đang xem|trực tuyến|đang online|views?|likes?|comments?|bình luận)\b\s*:?\s*[\d.,]+\s*$|^[\d.,]+\s*(lượt xem|lượt đọc|lượt thích|lượt chia sẻ|bình luận|views?|likes?|comments?|shares?)$",
            r"(?i)©|\bcopyright\b|all rights reserved|bản quyền thuộc về|ghi rõ nguồn|không được sao chép|powered by|designed by|thiết kế bởi|phát triển bởi|chịu trách nhiệm (xuất bản|nội dung)|giấy phép (số|xuất bản|hoạt động)|/gp-",
        ];
        let first = |k: &str| &CHROME.iter().find(|(kind, _)| *kind == k).unwrap().1;
        let now = [first("counter"), first("copyright")];
        let (counter, copyright) = (
            Regex::new(before[0]).unwrap(),
            Regex::new(before[1]).unwrap(),
        );
        let words = [
            "lượt xem",
            "Lượt Xem",
            "view",
            "views",
            "comments",
            "bình luận",
            "copyright",
            "COPYRIGHT",
        ];
        let around = [
            "",
            " ",
            "x",
            "á",
            "5",
            "_",
            ".",
            ",",
            ":",
            " : ",
            " 1.234",
            ":12",
            ".5",
            ",",
            " 12 ",
            "5 ",
            "s",
            "s 3",
            ": 7 lượt",
        ];
        let mut texts: Vec<String> = Vec::new();
        for w in words {
            for a in around {
                for b in around {
                    texts.push(format!("{a}{w}{b}"));
                    texts.push(format!("Tin {a}{w}{b}"));
                }
            }
        }
        let raw = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("raw");
        for f in std::fs::read_dir(raw).unwrap() {
            let text = std::fs::read_to_string(f.unwrap().path()).unwrap();
            texts.extend(text.lines().map(|l| l.trim().to_string()));
        }
        let mut hits = 0;
        for t in &texts {
            assert_eq!(now[0].is_match(t), counter.is_match(t), "counter {t:?}");
            assert_eq!(now[1].is_match(t), copyright.is_match(t), "copyright {t:?}");
            hits += usize::from(counter.is_match(t)) + usize::from(copyright.is_match(t));
        }
        assert!(
            hits > 50,
            "the cases exercise both regexes ({hits} matches)"
        );
    }
}
