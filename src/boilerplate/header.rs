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

static PAREN_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\p{Lu}[\p{Lu} .]{1,30}\s*)?\(([^()\n]{2,40})\)\s*[-–—]+\s+").expect("regex")
});

static BARE_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(\p{Lu}[\p{Lu}&]{1,7}O|[\p{L}\d]{2,20}\.(?:vn|VN|Vn|com|net))\s+[-–—]\s+")
        .expect("regex")
});

/// `date 2020-01 ` at the start of a line: (bytes to delete, the date).
pub fn date_label(line: &str) -> Option<(usize, String)> {
    let c = DATE_LABEL.captures(line)?;
    let end = c.get(0)?.end();
    (end < line.len()).then(|| (end, c[1].to_string()))
}

/// `(Chinhphu.vn) - ` / `HÀ NỘI (TTXVN) - ` / `TPO - ` opening a lead sentence: (bytes to
/// delete, the source). The rest of the line must be a real sentence (≥ 5 tokens).
pub fn lead_credit(line: &str) -> Option<(usize, String)> {
    let (end, source) = if let Some(c) = PAREN_CREDIT.captures(line) {
        let inner = c[1].trim();
        let ok = inner.chars().any(char::is_alphabetic)
            && words_at_most(inner, 4)
            && !inner.chars().next().is_some_and(char::is_lowercase);
        if !ok {
            return None;
        }
        (c.get(0)?.end(), inner.to_string())
    } else {
        let c = BARE_CREDIT.captures(line)?;
        (c.get(0)?.end(), c[1].to_string())
    };
    (words_upto(&line[end..], 5) >= 5).then_some((end, source))
}

/// A title: short, not ending like a sentence (a question or exclamation is fine).
pub fn is_title(line: &str) -> bool {
    let t = line.trim();
    // the end first: a sentence's words are not counted
    (!ends_sentence(t) || t.ends_with(['?', '!']))
        && (2..=40).contains(&words_upto(t, 41))
        && !super::zone::is_menu_line(t)
        && t.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric() || c == '"' || c == '“')
}

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

    #[test]
    fn titles() {
        assert!(is_title(
            "Nhật Bản sẽ hỗ trợ Việt Nam về lĩnh vực thông tin và truyền thông"
        ));
        assert!(is_title("Vì sao giá vàng tăng?"));
        assert!(!is_title("Thủ tướng đã tiếp Bộ trưởng."));
        assert!(!is_title("HM"));
    }
}
