//! The boxes of other stories a site's template prints in many of its articles, found by their
//! repetition across the corpus (`context::repeated_boxes`, `context::boxed_elsewhere`), and the
//! article lines beside them that must stay: a subheading right under a box, a one-line
//! paragraph between two boxes, a quote other articles print too, a list announced by a colon
//! whose items other articles hold, and the subheadings of an article the corpus holds twice.
//!
//! The corpus is a handful of pages of one template (one block per line, no blank line): too
//! few documents for the line-by-line corpus rule (B012's `min_docs`), enough to show a box.

use crate::config::Config;

use super::super::corpus::LineStats;
use super::super::tests::{clean_with, stats_of};

/// The stories the template's boxes link, a few per page.
const STORIES: &[&str] = &[
    "Giá xăng dầu đồng loạt giảm từ 15h chiều nay",
    "Bão số 6 suy yếu thành áp thấp nhiệt đới",
    "Thí sinh cần lưu ý gì trước kỳ thi đánh giá năng lực?",
    "Hàng nghìn du khách đổ về Sa Pa ngắm mùa lúa chín",
    "Khởi công cầu Tứ Liên nối quận Tây Hồ và huyện Đông Anh",
    "Chứng khoán tuần tới: nhà đầu tư nên làm gì?",
];

/// How each page's own sentences open, so that no two pages share an article line (digits
/// alone would not tell them apart: the corpus keys every digit as `0`).
const OPENERS: &[&str] = &[
    "Sáng nay",
    "Chiều qua",
    "Tối qua",
    "Trưa nay",
    "Đêm qua",
    "Sáng qua",
];

/// What the four paragraphs of each page say (the box goes between the second and the third).
const PARAGRAPHS: [&str; 4] = [
    "lãnh đạo thành phố cho biết",
    "đại diện chủ đầu tư nhấn mạnh",
    "người dân hai bên bờ sông kể rằng",
    "các chuyên gia giao thông nhận định",
];

fn paragraph(page: usize, what: &str) -> String {
    format!(
        "{}, {what} theo thông tin từ ban quản lý dự án, công trình được triển khai đúng tiến độ \
         và bảo đảm an toàn cho người dân trong khu vực.",
        OPENERS[page]
    )
}

/// Page `page` of the template around `middle`, the lines between its second and third
/// paragraphs.
fn page(page: usize, middle: &[String]) -> String {
    let story = |k: usize| STORIES[(page + k) % STORIES.len()].to_string();
    let mut lines: Vec<String> = [
        "Trang chủ",
        "Thời sự",
        "Kinh doanh",
        "Giải trí",
        "Tin nổi bật",
    ]
    .map(String::from)
    .to_vec();
    lines.extend([story(0), story(1), story(2)]);
    lines.push(format!(
        "{} khánh thành cây cầu mới bắc qua sông Hồng nối hai quận trung tâm thành phố",
        OPENERS[page]
    ));
    lines.extend(["Thứ hai, 18/11/2024 09:15 (GMT+7)", "Chia sẻ", "Facebook"].map(String::from));
    lines.extend(PARAGRAPHS[..2].iter().map(|what| paragraph(page, what)));
    lines.extend(middle.iter().cloned());
    lines.extend(PARAGRAPHS[2..].iter().map(|what| paragraph(page, what)));
    lines.extend(
        [
            "Minh Anh",
            "Tin liên quan",
            "Mưa lớn gây ngập sâu nhiều tuyến phố ở Đà Nẵng",
            "© Báo Điện tử Tin Nhanh",
        ]
        .map(String::from),
    );
    lines.join("\n") + "\n"
}

fn cleaned(pages: &[String], stats: &LineStats, k: usize) -> String {
    clean_with(Config::default(), &pages[k], Some(stats)).0
}

fn boxed(page: usize) -> Vec<String> {
    vec![
        STORIES[(page + 3) % STORIES.len()].to_string(),
        STORIES[(page + 4) % STORIES.len()].to_string(),
    ]
}

#[test]
fn boxes_the_template_repeats_go_and_the_article_stays() {
    let subheading = "Những điều cần lưu ý khi qua cầu";
    let between = "Ông Nam cho biết thêm như vậy.";
    let quote = "“Đây là công trình của lòng dân, của ý Đảng hợp với lòng dân”, ông nói.";
    let middles: Vec<Vec<String>> = (0..OPENERS.len())
        .map(|p| match p {
            // a subheading of the article right under the box
            0 => [boxed(p), vec![subheading.to_string()]].concat(),
            // a one-line paragraph between two boxes
            1 => [boxed(p), vec![between.to_string()], boxed(p + 2)].concat(),
            // a quote other articles print too, between two paragraphs
            2 | 3 => vec![quote.to_string()],
            _ => boxed(p),
        })
        .collect();
    let pages: Vec<String> = middles
        .iter()
        .enumerate()
        .map(|(p, m)| page(p, m))
        .collect();
    let stats = stats_of(&pages);
    for (p, middle) in middles.iter().enumerate() {
        let text = cleaned(&pages, &stats, p);
        for story in STORIES {
            assert!(!text.contains(story), "page {p} kept {story:?}:\n{text}");
        }
        for kept in [subheading, between, quote] {
            assert_eq!(
                text.contains(kept),
                middle.iter().any(|l| l == kept),
                "page {p}, {kept:?}:\n{text}"
            );
        }
        for what in PARAGRAPHS {
            assert!(text.contains(&paragraph(p, what)), "page {p}:\n{text}");
        }
    }
}

#[test]
fn an_article_held_twice_and_an_announced_list_keep_their_lines() {
    let subheadings = vec![
        "Bối cảnh của dự án cầu mới".to_string(),
        "Những con số đáng chú ý nhất".to_string(),
    ];
    let items = [
        "Kiểm tra kỹ lộ trình trước khi xuất phát",
        "Tuân thủ biển báo và hướng dẫn của lực lượng chức năng",
    ];
    let announced = |p: usize| {
        let mut m = vec![format!("{}, người dân được khuyên như sau:", OPENERS[p])];
        m.extend(items.map(String::from));
        m
    };
    let mut pages: Vec<String> = (0..4).map(|p| page(p, &announced(p))).collect();
    // the same article twice, its two subheadings in a row between paragraphs
    pages.push(page(4, &subheadings));
    pages.push(page(4, &subheadings));
    let stats = stats_of(&pages);
    for p in 0..4 {
        let text = cleaned(&pages, &stats, p);
        for item in items {
            assert!(text.contains(item), "page {p} lost {item:?}:\n{text}");
        }
    }
    let text = cleaned(&pages, &stats, 4);
    for s in &subheadings {
        assert!(text.contains(s.as_str()), "lost {s:?}:\n{text}");
    }
}

/// A site's related box links its other articles by headline and lead, and a crawl holds those
/// articles too: the linked article's own headline and lead, at the top of its text, recur in
/// the other pages' boxes, and stay.
#[test]
fn a_linked_article_keeps_its_headline_and_lead() {
    let headline = "Hà Nội khởi công tuyến đường sắt đô thị số 5 dài gần 40 km";
    let lead = "Tuyến đường sắt đô thị số 5 nối trung tâm Hà Nội với Hòa Lạc, tổng vốn hơn \
                65.000 tỷ đồng, dự kiến hoàn thành trước năm 2030.";
    let teaser = vec![headline.to_string(), lead.to_string()];
    let mut pages: Vec<String> = (0..5).map(|p| page(p, &teaser)).collect();
    let mut linked: Vec<String> = ["Trang chủ", "Thời sự", "Kinh doanh", "Giải trí"]
        .map(String::from)
        .to_vec();
    linked.extend([headline, lead].map(String::from));
    linked.extend(PARAGRAPHS.iter().map(|what| paragraph(5, what)));
    linked.push("© Báo Điện tử Tin Nhanh".to_string());
    pages.push(linked.join("\n") + "\n");
    let stats = stats_of(&pages);
    let text = cleaned(&pages, &stats, 5);
    for kept in [headline, lead] {
        assert!(text.contains(kept), "lost {kept:?}:\n{text}");
    }
    for what in PARAGRAPHS {
        assert!(text.contains(&paragraph(5, what)), "{text}");
    }
}

/// Two articles of one site on the same story print the same lines of their own (the project's
/// facts, a schedule): one other document printing a line is a coincidence a crawl holds, a box
/// is printed by many ([`super::MIN_BOX_FREQ`]). The lines speak of the story, as an article's
/// own lines do (other stories' headlines printed once go by their words: B019).
#[test]
fn two_articles_sharing_a_list_keep_it() {
    let shared = vec![
        "Công trình cây cầu mới do ban quản lý dự án giao thông thành phố làm chủ đầu tư"
            .to_string(),
        "Người dân hai bên bờ sông Hồng được bảo đảm an toàn trong khu vực thi công".to_string(),
    ];
    let pages: Vec<String> = (0..OPENERS.len())
        .map(|p| page(p, &if p >= 4 { shared.clone() } else { boxed(p) }))
        .collect();
    let stats = stats_of(&pages);
    for p in 4..OPENERS.len() {
        let text = cleaned(&pages, &stats, p);
        for kept in &shared {
            assert!(
                text.contains(kept.as_str()),
                "page {p} lost {kept:?}:\n{text}"
            );
        }
    }
}

/// Where each page of [`inserts_the_site_prints_between_paragraphs_go`] happens: its own
/// paragraphs differ by these words (the corpus keys every digit as `0`).
const PLACES: &[&str] = &[
    "Hà Nội",
    "Hải Phòng",
    "Đà Nẵng",
    "Huế",
    "Cần Thơ",
    "Nha Trang",
    "Vinh",
    "Đà Lạt",
    "Quy Nhơn",
    "Buôn Ma Thuột",
];

/// A page of ten of one site: a title, four paragraphs of its own with `between[i]` after the
/// paragraph `i`, the footer.
fn insert_page(place: &str, between: [&[&str]; 3]) -> String {
    let mut lines = vec![format!("Khánh thành cây cầu mới bắc qua sông ở {place}")];
    for (i, what) in PARAGRAPHS.iter().enumerate() {
        lines.push(format!(
            "Tại {place}, {what} công trình được triển khai đúng tiến độ và an toàn cho người dân."
        ));
        if let Some(lines_after) = between.get(i) {
            lines.extend(lines_after.iter().map(|l| l.to_string()));
        }
    }
    lines.push("© Báo Điện tử Tin Nhanh".to_string());
    lines.join("\n") + "\n"
}

/// A site's box between an article's paragraphs (a market table on one line) recurs on its pages
/// while the paragraphs around it are each page's own: it goes once the run holds enough
/// documents for B012 (`min_docs`). What stays: a short subheading the site's articles share,
/// a quote other articles print (a long sentence), and an article the corpus holds five times,
/// whose lines recur with the paragraphs around them.
#[test]
fn inserts_the_site_prints_between_paragraphs_go() {
    let market = "Lãi suất tiết kiệm Ngân hàng | 6 tháng | 12 tháng Vietcombank | 2,9% | 4,6% \
                  BIDV | 3,0% | 4,7% Xem chi tiết";
    let subheading = "Giá vàng trong nước";
    let quote = "“Đây là công trình của lòng dân, của ý Đảng hợp với lòng dân”, ông nói.";
    let held = "Những con số đáng chú ý nhất của dự án cây cầu mới năm nay";
    let mut pages: Vec<String> = PLACES[..5]
        .iter()
        .map(|place| insert_page(place, [&[market], &[subheading], &[quote]]))
        .collect();
    pages.extend((0..5).map(|_| insert_page(PLACES[5], [&[], &[held], &[]])));
    let stats = stats_of(&pages);
    for (p, place) in PLACES[..5].iter().enumerate() {
        let text = cleaned(&pages, &stats, p);
        assert!(
            !text.contains("Vietcombank"),
            "page {p} kept the box:\n{text}"
        );
        for kept in [subheading, quote, place] {
            assert!(text.contains(kept), "page {p} lost {kept:?}:\n{text}");
        }
    }
    let text = cleaned(&pages, &stats, 5);
    assert!(text.contains(held), "lost {held:?}:\n{text}");
}

/// Rule selection decides what runs: with B012 off, a reporter's name that every page of the
/// run prints below its article is no template line that another rule must step around, but
/// the sign-off (B008), which fills the author. With B012 on, the name is the site's template.
#[test]
fn with_b012_off_a_name_every_page_prints_is_the_signoff() {
    let pages: Vec<String> = PLACES
        .iter()
        .map(|place| insert_page(place, [&[], &[], &[]]).replace("© Báo", "Phương Lâm\n© Báo"))
        .collect();
    let stats = stats_of(&pages);
    let off = Config::from_toml("[rules]\nignore = [\"B012\"]\n").unwrap();
    let (text, meta) = clean_with(off, &pages[0], Some(&stats));
    assert!(!text.contains("Phương Lâm"), "{text}");
    assert_eq!(meta.author.as_deref(), Some("Phương Lâm"));
    let (text, _) = clean_with(Config::default(), &pages[0], Some(&stats));
    assert!(!text.contains("Phương Lâm"), "{text}");
}
