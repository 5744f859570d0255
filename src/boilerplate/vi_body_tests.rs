//! Vietnamese body lines that look like chrome to the text-dump rules (B010 share and player
//! bars, B015 outside the body zone, B020 teaser boxes under `Đọc tiếp` / `Xem thêm`, B022
//! related headlines, B009 end-of-article cues) and must stay.
//!
//! Why: the body recall we are held to on Vietnamese dumps is 0.995; a rule that takes a line
//! of the article costs more than chrome left. Each case is a whole page (menus, a meta line, a
//! share bar, a related box, a footer) around one article, in the two shapes of scraper dumps:
//! one block per line with no blank line, and paragraphs between blank lines. Every body line
//! must come out whole, and the chrome around it must go, so the rules did run on the page.

use super::tests::clean;

const MENU: &[&str] = &[
    "Trang chủ",
    "Thời sự",
    "Thế giới",
    "Kinh doanh",
    "Giải trí",
    "Thể thao",
    "Pháp luật",
    "Giáo dục",
    "Sức khỏe",
];

const META: &[&str] = &[
    "Thứ hai, 18/11/2024 09:15 (GMT+7)",
    "Chia sẻ",
    "Facebook",
    "Zalo",
];

const RELATED: &[&str] = &[
    "Tin liên quan",
    "Giá xăng dầu đồng loạt giảm từ 15h chiều nay",
    "Hà Nội công bố phương án tuyển sinh lớp 10 năm học mới",
    "Ba người tử vong trong vụ tai nạn trên cao tốc Cam Lộ - La Sơn",
];

const FOOTER: &[&str] = &[
    "Giấy phép số 548/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 24/8/2021",
    "Địa chỉ: Số 17 Hàn Thuyên, quận Hai Bà Trưng, Hà Nội",
    "Chính sách bảo mật",
];

const TITLE: &str = "Hàng nghìn thanh niên tham gia ngày hội hiến máu tình nguyện";

fn para(year: u32) -> String {
    format!(
        "Theo ban tổ chức, chương trình năm {year} thu hút đông đảo sinh viên, công nhân và \
         người lao động tại các khu công nghiệp tham gia, vượt xa kế hoạch đặt ra từ đầu năm."
    )
}

/// The page around `body` (one string per paragraph), its blocks joined by `sep`.
fn page(body: &[String], sep: &str) -> String {
    let mut blocks: Vec<String> = MENU.iter().map(|s| s.to_string()).collect();
    blocks.push(TITLE.to_string());
    blocks.extend(META.iter().map(|s| s.to_string()));
    blocks.extend(body.iter().cloned());
    blocks.extend(["Chia sẻ", "Bình luận"].map(String::from));
    blocks.extend(RELATED.iter().map(|s| s.to_string()));
    blocks.extend(FOOTER.iter().map(|s| s.to_string()));
    blocks.join(sep) + "\n"
}

/// Every line of `body` survives whole and the footer does not, in both shapes.
fn assert_body_kept(body: &[String]) {
    for sep in ["\n", "\n\n"] {
        let out = clean(&page(body, sep));
        let lines: Vec<&str> = out.lines().collect();
        for line in body.iter().flat_map(|p| p.lines()) {
            assert!(lines.contains(&line), "lost {line:?} (sep {sep:?}):\n{out}");
        }
        assert!(!out.contains("Chính sách bảo mật"), "chrome left:\n{out}");
    }
}

fn body_around(risky: &[&str]) -> Vec<String> {
    let mut body = vec![para(2021), para(2022)];
    body.extend(risky.iter().map(|s| s.to_string()));
    body.extend([para(2023), para(2024)]);
    body
}

const SLOGAN: &str = "Chiến dịch năm nay kêu gọi thanh niên cả nước đăng ký hiến máu tại 40 \
                      điểm cố định, với thông điệp được in trên mọi tờ rơi: Giọt máu hồng - \
                      Tham gia ngay";

#[test]
fn a_paragraph_ending_on_a_call_to_action_slogan_stays() {
    assert_body_kept(&body_around(&[SLOGAN]));
    // as the article's last paragraph, right above the share bar
    assert_body_kept(&[para(2021), para(2022), SLOGAN.to_string()]);
}

/// The slogan paragraph after an in-article related box under the lead (kenh14's layout): the
/// box's headlines are chrome, the paragraph below them is the article going on. Lost today
/// (kenh14__002 of `scripts/gen-vi-templates --templates even`): the first look keeps it, but
/// once later looks peel the box's headlines one by one, it sits under one headline alone, the
/// shape of a teaser's summary, and leaves with it.
#[test]
#[ignore = "known loss: a later look reads the paragraph as a teaser's summary"]
fn a_slogan_paragraph_below_an_in_article_related_box_stays() {
    let body = [
        para(2021),
        RELATED[1].to_string(),
        RELATED[2].to_string(),
        RELATED[3].to_string(),
        SLOGAN.to_string(),
    ];
    for sep in ["\n", "\n\n"] {
        let out = clean(&page(&body, sep));
        assert!(
            out.lines().any(|l| l == SLOGAN),
            "lost the slogan (sep {sep:?}):\n{out}"
        );
    }
}

#[test]
fn a_paragraph_opening_with_a_readers_invitation_stays() {
    assert_body_kept(&body_around(&[
        "Mời bạn đọc gửi bài dự thi về ban tổ chức trước ngày 30/6; mỗi tác giả được gửi tối đa \
         ba bài, bài dự thi chưa đăng trên báo chí và mạng xã hội, dài không quá 1.500 chữ.",
    ]));
}

#[test]
fn titles_listed_under_a_sentence_ending_in_a_colon_stay() {
    assert_body_kept(&body_around(&[
        "Năm nay, hội sách giới thiệu bốn tác phẩm được bạn đọc trẻ yêu thích nhất:",
        "Cho tôi xin một vé đi tuổi thơ",
        "Mắt biếc",
        "Tôi thấy hoa vàng trên cỏ xanh",
        "Nhà giả kim",
    ]));
}

#[test]
fn a_one_line_subheading_between_paragraphs_stays() {
    assert_body_kept(&body_around(&["Những điều cần lưu ý khi đi hiến máu"]));
}

#[test]
fn sentences_opening_with_a_related_label_or_a_player_verb_stay() {
    for opening in [
        "Đọc tiếp những bức thư của người lính gửi về quê nhà, bà không cầm được nước mắt vì \
         thương nhớ chồng.",
        "Xem thêm các tài liệu lưu trữ, nhóm nghiên cứu phát hiện nhiều chi tiết chưa từng được \
         công bố trước đây.",
        "Nghe tin con trai đỗ đại học, ông Hùng bỏ dở buổi làm đồng, chạy về nhà báo cho cả xóm \
         cùng mừng.",
    ] {
        assert_body_kept(&body_around(&[opening]));
    }
}

#[test]
fn a_paragraph_with_a_time_and_a_social_network_stays() {
    assert_body_kept(&body_around(&[
        "Khoảng 20:30 tối cùng ngày, anh Minh đăng đoạn video lên Facebook cá nhân và nhận \
         được hàng nghìn lượt chia sẻ chỉ sau vài giờ.",
    ]));
}

/// A subheading with an in-article related box set right under it (vnexpress' layout): the
/// box's headline, which the page prints again in its related list, goes (B019); the
/// subheading, printed once, opens the next section and stays. Lost today (vnexpress__znews of
/// `scripts/gen-vi-templates --templates even`): B019 takes a run of two headline-shaped lines
/// between paragraphs when one is printed again, and an unlabelled box whose first headline
/// the page prints only there (`unlabelled_related_box_between_paragraphs`) has this shape too.
#[test]
#[ignore = "known loss: B019 cannot tell this subheading from a related box's first headline"]
fn a_subheading_above_an_in_article_related_box_stays() {
    let subheading = "Những điều cần lưu ý khi đi hiến máu";
    let body = body_around(&[subheading, RELATED[1]]);
    for sep in ["\n", "\n\n"] {
        let out = clean(&page(&body, sep));
        assert!(
            out.lines().any(|l| l == subheading),
            "lost the subheading (sep {sep:?}):\n{out}"
        );
        assert!(
            !out.contains(RELATED[1]),
            "the box's headline left (sep {sep:?}):\n{out}"
        );
    }
}

/// A price board between two paragraphs, closed by its link button (znews' rate table): the
/// heading, the rows and the button go (B010), the paragraphs on both sides stay.
#[test]
fn a_box_closed_by_a_call_to_action_goes() {
    let board = [
        "Giá vàng hôm nay",
        "Loại | Mua vào | Bán ra",
        "SJC | 84,5 | 86,5",
        "Nhẫn 9999 | 83,1 | 84,6",
        "Xem chi tiết",
    ];
    let mut body = body_around(&board);
    for sep in ["\n", "\n\n"] {
        let out = clean(&page(&body, sep));
        for line in board {
            assert!(
                !out.lines().any(|l| l == line),
                "{line:?} left (sep {sep:?}):\n{out}"
            );
        }
    }
    body.retain(|l| !board.contains(&l.as_str()));
    assert_body_kept(&body);
}

/// A table the article announces with a colon, then a link to the full list: the rows are the
/// article's and stay; only the button goes.
#[test]
fn an_announced_table_above_a_call_to_action_stays() {
    let rows = [
        "Xăng RON95-III | 23.010 đồng",
        "Xăng E5 RON92 | 22.120 đồng",
        "Dầu diesel | 19.850 đồng",
    ];
    let mut body = vec![
        para(2021),
        "Giá bán lẻ các mặt hàng xăng dầu phổ biến từ 15h chiều nay như sau:".to_string(),
    ];
    body.extend(rows.map(String::from));
    body.push("Xem chi tiết".to_string());
    body.extend([para(2023), para(2024)]);
    for sep in ["\n", "\n\n"] {
        let out = clean(&page(&body, sep));
        for line in body.iter().filter(|l| *l != "Xem chi tiết") {
            assert!(
                out.lines().any(|l| l == line),
                "lost {line:?} (sep {sep:?}):\n{out}"
            );
        }
        assert!(
            !out.lines().any(|l| l == "Xem chi tiết"),
            "button left:\n{out}"
        );
    }
}

/// `Đọc thêm:` alone between two paragraphs, the story it links on the next line (vietnamnet's
/// layout): the label and the headline go (B010, B022), the paragraphs stay.
#[test]
fn the_story_under_a_read_more_label_goes() {
    let headline = "Người đàn ông trả lại chiếc ví nhặt được cho du khách";
    let mut body = body_around(&["Đọc thêm:", headline]);
    for sep in ["\n", "\n\n"] {
        let out = clean(&page(&body, sep));
        assert!(
            !out.contains(headline),
            "the linked story left (sep {sep:?}):\n{out}"
        );
    }
    body.retain(|l| l != "Đọc thêm:" && l != headline);
    assert_body_kept(&body);
}

/// The same label above a story's headline and a subheading, then the paragraph: the
/// subheading opens the article's next section and stays (the headline stays with it: the
/// label links a story only when prose follows it right away); and under a label above the
/// article's own list of several items, every item stays.
#[test]
fn a_subheading_or_a_list_under_a_read_more_label_stays() {
    let subheading = "Những điều cần lưu ý khi đi hiến máu";
    let story = [
        "Xem thêm:",
        "Người đàn ông trả lại chiếc ví nhặt được cho du khách",
        subheading,
    ];
    let list = [
        "Xem thêm:",
        "Cho tôi xin một vé đi tuổi thơ",
        "Mắt biếc",
        "Nhà giả kim",
    ];
    for (risky, kept) in [(&story[..], &story[2..]), (&list[..], &list[1..])] {
        for sep in ["\n", "\n\n"] {
            let out = clean(&page(&body_around(risky), sep));
            for line in kept {
                assert!(
                    out.lines().any(|l| l == *line),
                    "lost {line:?} (sep {sep:?}):\n{out}"
                );
            }
        }
    }
}
