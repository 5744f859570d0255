//! Vietnamese news pages in the shape of a dump that writes each box of the page on one line
//! (a menu, a share bar, a related box with its headlines and summaries): the chrome must go as
//! it does when each link has a line of its own, and the article's lines must stay.
//!
//! Why: `scripts/gen-vi-templates` (joined shape) left a sixth of the template chrome of such
//! dumps, three times what it left of the same pages written a link a line; a box's cue glued
//! to its items is no heading, and its items glued together are no headline.

use super::tests::{clean, clean_with};
use crate::config::Config;

const TITLE: &str = "Nông dân Thanh Hà thu hơn 1.000 tỷ đồng từ vải thiều";

const BODY: &[&str] = &[
    "Vụ vải thiều năm nay, huyện Thanh Hà có khoảng 5.500 ha vải cho thu hoạch, sản lượng ước \
     đạt 46.000 tấn, giá bán ổn định ở mức cao so với những năm trước.",
    "Những ngày này, trên các tuyến đường liên xã ở Thanh Hà, không khí thu hoạch, mua bán vải \
     diễn ra tấp nập từ sáng sớm đến tối muộn.",
    "Ông Nguyễn Văn Thắng ở thôn Thúy Lâm cho biết năm nay gia đình ông có 1,2 ha vải, trong đó \
     0,7 ha vải sớm, thu về hơn 300 triệu đồng sau khi trừ chi phí.",
    "Theo UBND huyện Thanh Hà, ngoài thị trường truyền thống Trung Quốc, vải thiều năm nay đã \
     có mặt tại Nhật Bản, Mỹ, Australia và nhiều nước châu Âu.",
];

/// A box of teasers as the joined dump writes it: the heading, then each headline and its
/// one-sentence summary, on one line.
const TEASER_BOX: &str = "Tin cùng chuyên mục Người đàn ông nhặt được ví tiền trả lại cho du \
    khách nước ngoài Liên Bộ Công Thương - Tài chính vừa điều chỉnh giá bán lẻ các mặt hàng xăng \
    dầu, trong đó xăng RON95 giảm hơn 500 đồng mỗi lít. Mưa lớn gây ngập sâu nhiều tuyến phố ở \
    Đà Nẵng Sau hai ngày mưa liên tục, nước trên các sông dâng cao, nhiều hộ dân vùng trũng phải \
    di dời tài sản lên nơi cao.";

const FOOTER: &str = "© Báo Người Lao Động Cơ quan chủ quản: Thành ủy TP.HCM Giấy phép số \
                      115/GP-BTTTT cấp ngày 09/03/2022";

/// The page: a header, the article, a reporter's name, the lines after it and the footer.
fn page(header: &[&str], last: &str, after: &[&str]) -> String {
    let mut lines: Vec<&str> = header.to_vec();
    lines.extend(BODY);
    lines.push(last);
    lines.push("Ngọc Hà");
    lines.extend(after);
    lines.push(FOOTER);
    lines.join("\n") + "\n"
}

/// The teasers' box after the article, on its heading's line, goes with the reporter's name
/// above it (B009, B008), whatever end-of-article heading opens it.
#[test]
fn a_box_of_teasers_on_its_headings_line_ends_the_article() {
    let last = "Để hỗ trợ tiêu thụ, huyện đã tổ chức các điểm thu mua tập trung, kết nối với \
                các siêu thị và sàn thương mại điện tử trong cả nước.";
    let highlights = TEASER_BOX.replacen("Tin cùng chuyên mục", "Tin nổi bật", 1);
    // the first headline with a comma where the cue's window of 64 bytes is cut
    let comma = TEASER_BOX.replacen(
        "Người đàn ông nhặt được ví tiền trả lại",
        "Giá vàng miếng lập đỉnh mới, vượt 90 triệu đồng mỗi lượng",
        1,
    );
    for boxed in [TEASER_BOX, highlights.as_str(), comma.as_str()] {
        let out = clean(&page(&[TITLE], last, &[boxed]));
        let kept: Vec<&str> = [TITLE].into_iter().chain(BODY.iter().copied()).collect();
        assert_eq!(out, kept.join("\n") + "\n" + last + "\n", "{boxed}");
    }
}

/// The article's last paragraph opening with a cue's words stays: the words run on as a
/// sentence (lowercase after the cue, or a comma), or the cue is one word.
#[test]
fn a_last_paragraph_opening_with_a_cues_words_stays() {
    for last in [
        "Tin nổi bật nhất của mùa vải năm nay là giá bán tại vườn luôn giữ ở mức cao, nhiều hộ \
         nông dân lần đầu tiên có lãi hơn nửa tỷ đồng.",
        "Mới nhất, Bộ Nông nghiệp đã đề nghị các địa phương hỗ trợ Thanh Hà đưa vải thiều sang \
         thị trường Hàn Quốc và Trung Đông trong tháng tới.",
        "Đọc tiếp những bức thư của người lính gửi về quê nhà, bà không cầm được nước mắt vì \
         thương nhớ chồng.",
    ] {
        let out = clean(&page(&[TITLE], last, &[]));
        assert!(out.lines().any(|l| l == last), "lost {last:?}:\n{out}");
        assert!(!out.contains("Giấy phép"), "chrome left:\n{out}");
    }
}

/// A share bar of bare buttons on one line (`Thích Chia sẻ Bình luận`: like, share, comment)
/// goes (B010); a sentence about comments stays.
#[test]
fn a_share_bar_with_its_comment_button_goes() {
    let bar = "Thích Chia sẻ Bình luận";
    let last = "Bình luận về việc này, ông Nam cho rằng cần thận trọng hơn với tiến độ thu mua \
                của các doanh nghiệp.";
    let out = clean(&page(
        &[TITLE, "Thứ ba, ngày 10/7/2024 - 09:15", bar],
        last,
        &[],
    ));
    assert!(!out.contains(bar), "share bar left:\n{out}");
    assert!(out.lines().any(|l| l == last), "lost {last:?}:\n{out}");
}

/// A box of headlines on its heading's line above a page without a title line (`Tin nổi bật`
/// and three headlines, then the breadcrumb) is no title, however long: the box goes as a line
/// above the title the breadcrumb's levels pass for (B018).
#[test]
fn a_box_of_headlines_on_one_line_is_no_title() {
    // the last headline a question: the line ends like one, and its heading still decides
    let boxed = "Tin nổi bật Bão số 6 suy yếu thành áp thấp nhiệt đới Ngân hàng Nhà nước bơm \
                 ròng hơn 20.000 tỷ đồng qua thị trường mở Chứng khoán tuần tới: nhà đầu tư nên \
                 làm gì?";
    let last = "Để hỗ trợ tiêu thụ, huyện đã tổ chức các điểm thu mua tập trung.";
    let (out, meta) = clean_with(
        Config::default(),
        &page(&[boxed, "Thời sự Xã hội", "15:15 07/11/2024"], last, &[]),
        None,
    );
    assert_ne!(meta.title.as_deref(), Some(boxed));
    assert!(!out.contains("Bão số 6"), "box left:\n{out}");
    assert!(out.contains(BODY[0]), "lost the lead:\n{out}");
}

/// A blog's links to its previous and next posts run onto one line with their headlines (`Bài
/// trước …  Bài sau …`: two cues of one box) go with what follows them (B009); a sentence that
/// opens with the words stays.
#[test]
fn previous_and_next_post_links_on_one_line_go() {
    let nav = "Bài trước Lãi suất tiết kiệm tiếp tục giảm ở nhiều ngân hàng Bài sau Ngân hàng \
               Nhà nước bơm ròng hơn 20.000 tỷ đồng qua thị trường mở";
    let last = "Bài trước đó, tác giả đã kể về chuyến đi Đà Lạt mùa hoa dã quỳ cùng nhóm bạn \
                thân thời đại học.";
    for sep in ["\n", "\n\n"] {
        let doc = [TITLE]
            .into_iter()
            .chain(BODY.iter().copied())
            .chain([last, "Chuyên mục: Du lịch", nav, FOOTER])
            .collect::<Vec<_>>()
            .join(sep)
            + "\n";
        let out = clean(&doc);
        assert!(!out.contains("Lãi suất tiết kiệm"), "nav left:\n{out}");
        assert!(out.lines().any(|l| l == last), "lost {last:?}:\n{out}");
    }
}

/// A related box on its heading's line, its last headline a question (`… tăng mạnh?`).
const RELATED_ON_ITS_LINE: &str = "Bài viết liên quan Chứng khoán tuần tới: nhà đầu tư nên làm \
    gì? Thủ tướng yêu cầu gỡ vướng mắc cho các dự án điện gió Vì sao giá thuê nhà trọ quanh các \
    trường đại học tăng mạnh?";

const LAST: &str = "Để hỗ trợ tiêu thụ, huyện đã tổ chức các điểm thu mua tập trung, kết nối \
    với các siêu thị và sàn thương mại điện tử trong cả nước.";

/// Below the article, a related box on its heading's line and a teaser box over the site's
/// imprint, which a joined dump writes as one long line that ends a sentence: the imprint is no
/// paragraph of the article resuming below the box, nor article text after it (B009 cuts at
/// the box; the imprint goes).
#[test]
fn the_sites_imprint_below_a_box_does_not_resume_the_article() {
    let read_on = "Đọc tiếp Cảnh sát giao thông ra quân kiểm tra nồng độ cồn dịp cuối năm Các \
                   chuyên gia cho rằng dòng tiền sẽ tiếp tục phân hóa mạnh khi mùa báo cáo kết \
                   quả kinh doanh quý bốn đến gần.";
    let imprint = "© Znews Cơ quan chủ quản: Hội Xuất bản Việt Nam Giấy phép báo điện tử số \
                   19/GP-BTTTT Tổng biên tập: Lê Hoàng Hà Địa chỉ: Tầng 16, 119 Trần Duy Hưng, \
                   Cầu Giấy, Hà Nội Hotline: 0943 189 189 © Bản quyền thuộc về Znews. Cấm sao \
                   chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.";
    // a long article, and a short one with fewer words than the imprint and the teaser below
    // the box: neither counts as article text after the cue
    for body in [BODY, &BODY[..1]] {
        let kept: Vec<&str> = [TITLE].into_iter().chain(body.iter().copied()).collect();
        let mut lines = kept.clone();
        lines.extend([LAST, "Ngọc Hà", RELATED_ON_ITS_LINE, read_on, imprint]);
        let out = clean(&(lines.join("\n") + "\n"));
        assert_eq!(out, kept.join("\n") + "\n" + LAST + "\n");
    }
}

/// The same box between two paragraphs of the article goes alone (B022), its last headline a
/// question as it may be; the paragraphs around it stay.
#[test]
fn a_related_box_on_its_headings_line_inside_the_article_goes() {
    let mut lines = vec![
        TITLE,
        BODY[0],
        BODY[1],
        RELATED_ON_ITS_LINE,
        BODY[2],
        BODY[3],
        LAST,
    ];
    let out = clean(&(lines.join("\n") + "\n"));
    lines.remove(3);
    assert_eq!(out, lines.join("\n") + "\n");
}
