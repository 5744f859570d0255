//! Above the article: breadcrumbs, site headers, boxes and carousels of headlines, date bars;
//! the title is not taken from them.

use super::fixtures::{BODY, TITLE};
use super::{clean, clean_with};
use crate::config::Config;

#[test]
fn title_is_not_taken_from_template_lines() {
    let (text, meta) = clean_with(
        Config::default(),
        "Theo dõi Báo Mới trên\n\nSáng nay, hàng nghìn người dân đã đổ về quảng trường để xem lễ thượng cờ và diễu hành.\n",
        None,
    );
    assert_eq!(meta.title, None);
    assert!(!text.contains("Theo dõi"));
}

/// An author's name on a line of its own above the date is no title, a markdown dump's `#`
/// heading above it is; a short title in the same place, which is no name (its words after the
/// first in lower case), still is.
#[test]
fn an_author_above_the_date_is_no_title() {
    let body = "Trưa 5.12, một đám cháy lớn bùng phát tại xưởng sản xuất đồ gỗ trong khu công nghiệp, khiến hàng trăm công nhân phải sơ tán khẩn cấp.\n\nLực lượng cảnh sát phòng cháy chữa cháy đã điều động 12 xe chữa cháy đến hiện trường, đến trưa đám cháy cơ bản được khống chế.\n";
    let date = "Thứ năm, 05/12/2024 11:42 (GMT+7)";
    let doc = format!("# Cháy lớn tại xưởng gỗ ở Bình Dương\n\nĐình Trọng\n\n{date}\n\n{body}");
    let (_, meta) = clean_with(Config::default(), &doc, None);
    assert_eq!(
        meta.title.as_deref(),
        Some("Cháy lớn tại xưởng gỗ ở Bình Dương")
    );
    // without the heading, the name is still no title
    let (_, meta) = clean_with(Config::default(), &doc[doc.find("Đình").unwrap()..], None);
    assert_eq!(meta.title, None);
    let doc = format!("Cháy xưởng gỗ\n\n{date}\n\n{body}");
    let (_, meta) = clean_with(Config::default(), &doc, None);
    assert_eq!(meta.title.as_deref(), Some("Cháy xưởng gỗ"));
}

/// A vertical breadcrumb whose last level, the title, wraps onto a second line (a blog's
/// `• Trang chủ` / `• Kinh nghiệm` / `• <title>`) does not end the title window: the title
/// under it is found (not the site's motto above the zone) and the breadcrumb above it goes
/// (B015, B018). An article that opens with bulleted key points under its title keeps them, and
/// keeps its title when a subheading longer than the title follows the points.
#[test]
fn vertical_breadcrumb_above_the_title() {
    let title = "Kinh nghiệm du lịch Đà Lạt mùa hoa dã quỳ: Đi đâu, ăn gì, chi phí bao nhiêu?";
    let body = BODY.join("\n\n");
    let doc = format!(
        "Chuyển đến nội dung\nNhật Ký Xê Dịch\n\nĐi để trải nghiệm, viết để lưu giữ\n\n  • Trang chủ\n  • Miền Bắc\n  • Miền Trung\n  • Miền Nam\n  • Ẩm thực\n  • Kinh nghiệm\n  • Liên hệ\n\n  • Trang chủ\n  • Kinh nghiệm\n  • Kinh nghiệm du lịch Đà Lạt mùa hoa dã quỳ: Đi đâu, ăn gì, chi phí bao\n    nhiêu?\n\n{title}\n\n{body}\n"
    );
    let (text, meta) = clean_with(Config::default(), &doc, None);
    assert_eq!(text, format!("{title}\n\n{body}\n"), "{doc}");
    assert_eq!(meta.title.as_deref(), Some(title));
    let points = "  • Giá lúa tươi tăng thêm 500 đến 800 đồng mỗi kg tại nhiều tỉnh miền Tây\n  • Nguồn cung giảm vì nhiều ruộng lúa bị chậm thu hoạch sau đợt rét";
    let sub =
        "Nhu cầu xuất khẩu sang Philippines và Indonesia vẫn ở mức cao trong những tháng đầu năm";
    for doc in [
        format!("{TITLE}\n\n{points}\n\n{body}\n"),
        format!("{TITLE}\n\n{points}\n\n{sub}\n\n{body}\n"),
    ] {
        let (text, meta) = clean_with(Config::default(), &doc, None);
        assert_eq!(text, doc);
        assert_eq!(meta.title.as_deref(), Some(TITLE));
    }
}

/// In a one-block-per-line dump the title is no longer than the site's header lines above it:
/// a menu in capitals, the header's blocks joined on one line, a campaign's banner above the
/// breadcrumb. A headline below them is the title, and they go. A title in capitals stays the
/// title when no headline follows it, or only a section's short name.
#[test]
fn site_header_lines_longer_than_the_title() {
    let body = BODY.join("\n");
    for head in [
        "BÁO TIN TỨC\nTHỜI SỰ THẾ GIỚI KINH DOANH GIẢI TRÍ THỂ THAO PHÁP LUẬT GIÁO DỤC SỨC KHỎE ĐỜI SỐNG\nThời sự / Xã hội",
        "Báo Cần Thơ Chính trị Kinh tế Xã hội Thời sự Văn hóa - Văn nghệ Thể thao Quốc tế Pháp luật Khoa giáo Xã hội > Giáo dục",
        "BÁO KON TUM\nChính trị | Kinh tế | Xã hội | Văn hóa | Thể thao\nKỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam\nKinh tế » Nông nghiệp",
    ] {
        let doc = format!("{head}\n{TITLE}\nNghe bài viết\n{body}\n");
        let (text, meta) = clean_with(Config::default(), &doc, None);
        assert_eq!(text, format!("{TITLE}\n{body}\n"), "{doc}");
        assert_eq!(meta.title.as_deref(), Some(TITLE));
    }
    let shouted = "GIÁ LÚA GẠO TĂNG MẠNH SAU ĐỢT RÉT ĐẬM KÉO DÀI Ở MIỀN TÂY";
    for doc in [
        format!("{shouted}\n{body}\n"),
        format!("{shouted}\nKinh tế\n{body}\n"),
    ] {
        let (_, meta) = clean_with(Config::default(), &doc, None);
        assert_eq!(meta.title.as_deref(), Some(shouted), "{doc}");
    }
}

/// A "listen to this article" player's and the font's controls joined onto one line between
/// the title and the lead (a dump that writes a box a line): the bar goes whatever its length,
/// and the title stays. Kept, the bar's capitalised region names (`miền Bắc`, `miền Nam`) read
/// as the title and the title above it went as the page's header.
#[test]
fn a_bar_of_player_and_font_controls_under_the_title_goes() {
    let body = BODY.join("\n");
    for bar in [
        "Nghe bài viết Giọng nữ miền Bắc Giọng nam miền Nam A- A+",
        "Nghe bài viết Giọng nữ miền Bắc Giọng nam miền Bắc Giọng nữ miền Nam Giọng nam miền \
         Nam Giọng nữ miền Trung Cỡ chữ A- A+",
    ] {
        let doc =
            format!("Kinh tế › Nông nghiệp\n{TITLE}\nThứ hai, 15/01/2024 08:30\n{bar}\n{body}\n");
        let (text, meta) = clean_with(Config::default(), &doc, None);
        assert_eq!(text, format!("{TITLE}\n{body}\n"), "{doc}");
        assert_eq!(meta.title.as_deref(), Some(TITLE));
    }
}

/// A box of other stories above the title (`Tin nổi bật` and its headlines, then the
/// breadcrumb): its headlines, longer than the title, are not the title; the title stays and
/// the box goes. With no heading above them, two long lines above the breadcrumb are still read
/// as the page's own (the longest is the title, as before).
#[test]
fn a_box_of_headlines_above_the_title_is_no_title() {
    let body = BODY.join("\n");
    let headlines = "Ba người tử vong trong vụ tai nạn trên cao tốc Cam Lộ - La Sơn ở Quảng Trị\n\
                     Ngân hàng Nhà nước bơm ròng hơn 20.000 tỷ đồng qua thị trường mở";
    let doc = format!("Tin nổi bật\n{headlines}\nThời sự\nXã hội\n{TITLE}\n{body}\n");
    let (text, meta) = clean_with(Config::default(), &doc, None);
    assert_eq!(meta.title.as_deref(), Some(TITLE), "{text}");
    assert_eq!(text, format!("{TITLE}\n{body}\n"));
    let doc = format!("{headlines}\nThời sự\nXã hội\n{TITLE}\n{body}\n");
    let (_, meta) = clean_with(Config::default(), &doc, None);
    assert_eq!(
        meta.title.as_deref(),
        Some("Ba người tử vong trong vụ tai nạn trên cao tốc Cam Lộ - La Sơn ở Quảng Trị")
    );
}

/// A date bar long enough to read as prose (a byline, the date with its time, share buttons) is
/// not the article's first paragraph (B005); a lead whose first wrapped line holds a date and a
/// time stays.
#[test]
fn long_date_bar_above_the_lead() {
    let bar = "Hoàng Lê Thứ hai, 16/09/2024 - 10:05 Chia sẻ Facebook Zalo Sao chép liên kết";
    let doc = format!("{TITLE}\n{bar}\n{}\n", BODY.join("\n"));
    let (text, _) = clean_with(Config::default(), &doc, None);
    assert_eq!(text, format!("{TITLE}\n{}\n", BODY.join("\n")));
    let wrapped = format!(
        "{TITLE}\n\nVào 10:05 ngày 16/09/2024, tại trụ sở Bộ Nông nghiệp, đoàn công tác đã\nlàm việc với các doanh nghiệp xuất khẩu gạo về giá lúa trong vụ tới.\n\n{}\n",
        BODY.join("\n\n")
    );
    assert_eq!(clean(&wrapped), wrapped);
}

/// Stories of a carousel, each tile printed with the next story's headline under its own.
const CAROUSEL_STORIES: [&str; 6] = [
    "Cầu Thăng Long đóng một làn xe để sửa mặt đường",
    "Hà Nội thêm ba tuyến xe buýt điện từ tháng sau",
    "Giá xăng giảm lần thứ ba liên tiếp trong tháng",
    "Đội tuyển bóng đá nữ giành vé dự vòng chung kết",
    "Mưa lớn gây ngập nhiều tuyến phố ở trung tâm",
    "Sân bay Long Thành lắp xong mái nhà ga hành khách",
];

/// A carousel's lines (`A B - Ảnh` / `B C - Ảnh` / …): each opens with the headline that the
/// line above ends with.
fn carousel() -> Vec<String> {
    CAROUSEL_STORIES
        .windows(2)
        .map(|pair| format!("{} {} - Ảnh", pair[0], pair[1]))
        .collect()
}

/// A carousel above the article goes (B019), tile by tile, though its lines are long enough to
/// read as prose. The first tile, the text's first title-shaped line, is taken for its title and
/// kept (the title is chosen before the shapes are judged).
#[test]
fn a_carousel_above_the_article_goes() {
    let tiles = carousel();
    let doc = format!("{}\n{TITLE}\n{}\n", tiles.join("\n"), BODY.join("\n"));
    let text = clean(&doc);
    for tile in &tiles[1..] {
        assert!(!text.contains(tile.as_str()), "{tile:?} kept:\n{text}");
    }
    for paragraph in BODY {
        assert!(text.contains(paragraph), "{paragraph:?} lost:\n{text}");
    }
    // the zone alone keeps some of it: the carousel's words decide
    let without = Config::from_toml("[rules]\nignore = [\"B019\"]\n").unwrap();
    let (kept, _) = clean_with(without, &doc, None);
    assert!(tiles.iter().any(|t| kept.contains(t.as_str())), "{kept}");
}

/// What B019's carousels leave: the same tiles with no article beside them (a listing page's
/// items), or fewer than four in a row; and lines that repeat the start of the line above (a
/// refrain, a cumulative verse) rather than its later words. Between two paragraphs the
/// carousel rule does not judge the tiles; their words, none of the article's, do: the tiles
/// go as a related box, but the last, right above the paragraph, whose words the tile above
/// prints too (the last line of a box may head the paragraph below: it stays unless foreign
/// alone).
#[test]
fn carousel_shapes_that_stay() {
    let tiles = carousel();
    let listing = format!("{}\n", tiles.join("\n"));
    let between = format!(
        "{TITLE}\n{}\n{}\n{}\n{}\n",
        BODY[0],
        tiles.join("\n"),
        BODY[1],
        BODY[2]
    );
    let three = format!("{}\n{TITLE}\n{}\n", tiles[..3].join("\n"), BODY.join("\n"));
    let verse = [
        "Đây là ngôi nhà mà ông Tư đã xây bên bờ sông",
        "Đây là bao thóc để trong ngôi nhà mà ông Tư đã xây bên bờ sông",
        "Đây là con chuột ăn bao thóc để trong ngôi nhà mà ông Tư đã xây bên bờ sông",
        "Đây là con mèo bắt con chuột ăn bao thóc để trong ngôi nhà mà ông Tư đã xây",
        "Đây là con chó đuổi con mèo bắt con chuột ăn bao thóc để trong ngôi nhà",
    ];
    let cumulative = format!("{TITLE}\n{}\n{}\n", BODY.join("\n"), verse.join("\n"));
    let refrain = format!(
        "{TITLE}\n{}\n{}\n",
        BODY.join("\n"),
        verse
            .map(|l| format!("Mẹ ơi con nhớ quê mình {l}"))
            .join("\n")
    );
    let without = Config::from_toml("[rules]\nignore = [\"B019\"]\n").unwrap();
    let kept = clean(&between);
    let (last, box_tiles) = tiles.split_last().unwrap();
    assert!(
        box_tiles.iter().all(|t| !kept.contains(t.as_str())),
        "{kept}"
    );
    assert!(kept.contains(last.as_str()), "{kept}");
    assert!(BODY.iter().all(|p| kept.contains(p)), "{kept}");
    for doc in [listing, three, cumulative, refrain] {
        assert_eq!(
            clean(&doc),
            clean_with(without.clone(), &doc, None).0,
            "{doc}"
        );
    }
}

/// A box of headlines above the breadcrumb, the title, the date and the share bar goes, the
/// title and the article below them stay. Vietnamese headlines are written like sentences
/// without their full stop (one asks a question): the line model reads them as prose, the zone
/// began at the first of them, and the longest was taken for the title.
#[test]
fn a_box_of_headlines_above_the_date_and_share_bar_goes() {
    let headlines = "Thí sinh cần lưu ý gì trước kỳ thi đánh giá năng lực?\n\
        Cảnh sát giao thông ra quân kiểm tra nồng độ cồn dịp cuối năm\n\
        TP.HCM đề xuất xây thêm 5 tuyến metro trước năm 2035\n";
    let chrome = "10:42 21/04/2024\nChia sẻ\nFacebook\nZalo\nIn bài\n";
    // the article as paragraphs, or on one line: then the box's lines and the title, of about
    // the same width, are no paragraph hard-wrapped at it
    for body in [BODY.join("\n"), BODY.join(" ")] {
        let doc = format!("Tin nổi bật\n{headlines}Thời sự\nXã hội\n{TITLE}\n{chrome}{body}\n");
        let text = clean(&doc);
        for h in headlines.lines() {
            assert!(!text.contains(h), "{h} kept in:\n{text}");
        }
        assert_eq!(text, format!("{TITLE}\n{body}\n"));
    }
}
