//! Sign-offs and bylines (B005, B008): a name or an editor line at the end goes and gives the
//! author; short sentences, a closing mark or a wrapped last line are no sign-off.

use super::fixtures::{BODY, MORE, TITLE};
use super::{clean, clean_with};
use crate::config::Config;

#[test]
fn short_sentences_at_the_end_are_not_a_signoff() {
    let doc = "Phóng viên hỏi ông có tiếp tục theo nghề làm gốm của gia đình hay không, khi con cái đều đã ra thành phố.\n\nÔng cười, im lặng một lúc rồi trả lời chậm rãi từng chữ.\n\nCó. Có.\n";
    let (text, meta) = clean_with(Config::default(), doc, None);
    assert_eq!(text, doc);
    assert_eq!(meta.author, None);
}

/// An editor's mark closing the text (`Hết.`, `(Còn nữa)`) goes (B013), below or above the
/// reporter's name, and is never taken for it.
#[test]
fn a_closing_mark_is_no_signoff() {
    let body = "Sáng nay, Ủy ban nhân dân thành phố đã tổ chức lễ khởi công cầu vượt sông Hồng nối hai quận trung tâm.\n\nCông trình dài hơn 5 km, tổng vốn đầu tư 20.000 tỷ đồng, dự kiến hoàn thành trong ba năm tới.\n";
    for (tail, author) in [
        ("Hết.\n", None),
        ("(Còn nữa)\n", None),
        ("Minh Anh\n\n- HẾT -\n", Some("Minh Anh")),
        ("(Hết)\n\nMinh Anh\n", Some("Minh Anh")),
    ] {
        let (text, meta) = clean_with(Config::default(), &format!("{body}\n{tail}"), None);
        assert_eq!(text, body, "{tail:?}");
        assert_eq!(meta.author.as_deref(), author, "{tail:?}");
    }
    // with B013 off the mark is still no name (a short line below the zone, B015 takes it)
    let ignore = Config::from_toml("[rules]\nignore = [\"B013\"]\n").unwrap();
    let (_, meta) = clean_with(ignore, &format!("{body}\nHết.\n"), None);
    assert_eq!(meta.author, None);
}

/// The last line of a hard-wrapped paragraph, a word or two under a line that reached the wrap
/// width (`Finals.`), reads as a name but is no sign-off (B008): it stays, and a real sign-off
/// after the paragraph still goes.
#[test]
fn the_wrapped_last_line_of_a_paragraph_is_no_signoff() {
    let article = "\
Davis Cup Finals launch in Madrid and feelings are mixed

The Davis Cup Final began on Monday with the opening day of the new-look format
taking place at the Magic Box in Madrid. Afterwards, the podcast team gave their
initial impressions of the new format and of the atmosphere in the stadiums.

Much of the focus on day one was about the feel and staging of the event,
rather than forehands and backhands, but there is also discussion about the
straightforward victory against the defending champions and an exciting win.

The Tennis Podcast is produced weekly throughout the year, daily during the
Grand Slam tournaments, the WTA and ATP Finals, and the Fed Cup and Davis Cup
Finals.
";
    let (out, meta) = clean_with(Config::default(), article, None);
    assert_eq!(out, article);
    assert_eq!(meta.author, None);
    let (out, meta) = clean_with(
        Config::default(),
        &format!("{article}\nMatt Roberts\n"),
        None,
    );
    assert_eq!(out, article);
    assert_eq!(meta.author.as_deref(), Some("Matt Roberts"));
}

/// The reporter's name between the last paragraph and the template after the article (tags, an
/// empty comment box) goes as a sign-off (B008), though teasers below keep the body zone open
/// past it; a name above an advertising label between two paragraphs stays.
#[test]
fn a_name_above_the_template_is_a_signoff() {
    let [a, b, c] = BODY;
    let (more, last) = MORE.split_once('\n').expect("two paragraphs");
    let after = "Chủ đề: giá lúa gạo xuất khẩu thời tiết\n\
        Chưa có bình luận nào. Hãy là người đầu tiên bình luận về bài viết này.\n";
    let (text, meta) = clean_with(
        Config::default(),
        &format!("{TITLE}\n{a}\n{b}\n{c}\nĐình Trọng\n{after}{more}\n{last}\n"),
        None,
    );
    assert!(!text.contains("Đình Trọng"), "{text}");
    assert_eq!(meta.author.as_deref(), Some("Đình Trọng"));
    let text = clean(&format!(
        "{TITLE}\n{a}\n{b}\nĐình Trọng\nQuảng cáo\n{c}\n{more}\n"
    ));
    assert!(text.contains("Đình Trọng"), "{text}");
}

/// A one-word line below the comment box (its `Gửi` button) closes the box, not the article:
/// the reporter's name above the tags stays the author, though the related cards below keep
/// the body zone open past the box.
#[test]
fn a_button_below_the_comment_box_is_no_signoff() {
    let [a, b, c] = BODY;
    let after = "Chủ đề:\ngiá lúa gạo\nxuất khẩu\nthời tiết nông vụ\nBình luận\n\
        Chưa có bình luận nào. Hãy là người đầu tiên bình luận về bài viết này.\nGửi\n\
        Tin mới nhất\n\
        Hà Nội nghiên cứu thu phí ôtô vào nội đô\n\
        Thành phố đang nghiên cứu lắp đặt các trạm thu phí tự động tại cửa ngõ để giảm ùn tắc.\n\
        Tàu hỏa Tết tăng thêm hàng chục nghìn chỗ\n\
        Ngành đường sắt tăng cường nhiều đoàn tàu Bắc - Nam để phục vụ nhu cầu về quê đón Tết.\n\
        Sân bay Tân Sơn Nhất đón lượng khách kỷ lục\n\
        Ngày cao điểm, sân bay phục vụ hơn 140.000 lượt khách, nhiều khu vực luôn đông đúc.\n\
        Cảnh báo lừa đảo giả danh nhân viên điện lực\n\
        Kẻ gian gọi điện thông báo khách hàng nợ tiền điện, yêu cầu chuyển khoản ngay.\n";
    let (text, meta) = clean_with(
        Config::default(),
        &format!("{TITLE}\n{a}\n{b}\n{c}\nĐình Trọng\n{after}"),
        None,
    );
    assert!(text.contains(c) && !text.contains("Đình Trọng"), "{text}");
    assert_eq!(meta.author.as_deref(), Some("Đình Trọng"));
}

/// A sign-off that only the second look removes (the tags and share bar under it, the comment
/// box, go first) still gives the author: the report never names a closing author line the
/// metadata lacks.
#[test]
fn a_signoff_the_second_look_removes_gives_the_author() {
    let [a, b, c] = BODY;
    let (more, last) = MORE.split_once('\n').expect("two paragraphs");
    let cards = [
        ("Ôtô điện giá rẻ hút khách dịp cuối năm", "Nhiều mẫu ôtô điện cỡ nhỏ có giá dưới 500 triệu đồng đang được khách hàng trẻ ở đô thị quan tâm."),
        ("Cảnh báo ứng dụng giả mạo đánh cắp tài khoản", "Các chuyên gia bảo mật phát hiện hàng chục ứng dụng giả mạo được phát tán qua tin nhắn."),
        ("Mạng 5G phủ sóng thêm 20 tỉnh thành", "Nhà mạng cho biết tốc độ tải xuống trung bình đạt hơn 300 Mbps, gấp khoảng 5 lần mạng 4G."),
    ];
    let cards: String = cards
        .iter()
        .enumerate()
        .map(|(k, (h, s))| format!("{h}\n{h}\n{s}\n{} giờ trước\n", k + 2))
        .collect();
    let doc = format!(
        "Trang chủ * Thời sự * Kinh doanh * Công nghệ * Thể thao * Giải trí\n{TITLE}\n{a}\n{b}\n{c}\n{more}\n{last}\n\
        Lâm Anh\nTags: giá lúagạo xuất khẩuthời tiết Chia sẻ Facebook Zalo Sao chép liên kết\nBình luận\n\
        Mình trồng lúa ở Cần Thơ, năm nay giá tốt hơn hẳn nhưng phân bón cũng tăng theo nên lãi không nhiều.\n\
        Thích (12) · Trả lời Mai Anh 28/11/2024\n\
        Giá tăng vậy thì mừng thật, nhưng nghe nói thương lái lại ép giá ở vùng sâu nên vẫn lo.\n\
        Thích (8) · Trả lời\nĐọc tiếp\n{cards}"
    );
    let (text, meta) = clean_with(Config::default(), &doc, None);
    assert!(text.contains(last) && !text.contains("Lâm Anh"), "{text}");
    assert_eq!(meta.author.as_deref(), Some("Lâm Anh"));
}

/// A byline whose name a dump wrote on the line under its label (`By` / `Sarah E. Needleman`,
/// each element on a line of its own) goes wherever it stands (B005), the name to the
/// metadata: here between the standfirst and the first paragraph, inside the body zone. A
/// paragraph that opens with the label's word, and a label over a sentence, stay.
#[test]
fn a_byline_label_over_its_name_goes() {
    let standfirst = "There are more devices, platforms and services to choose from than ever \
                      before, and prices are falling across the whole market this winter.";
    let p1 = "The airline said on Monday that it had agreed to buy thirty jets from Boeing, a \
              deal worth nine billion dollars at list prices, and would restart its plans.";
    let p2 = "The order, announced at the Dubai Airshow, replaces an earlier agreement for forty \
              aircraft that the two companies had signed two years ago.";
    let title = "Emirates inks order for 30 Boeing jets";
    let doc = format!("{title}\n{standfirst}\nBy\nSarah E. Needleman, Reporter\n{p1}\n{p2}\n");
    let (text, meta) = clean_with(Config::default(), &doc, None);
    assert_eq!(text, format!("{title}\n{standfirst}\n{p1}\n{p2}\n"));
    assert_eq!(meta.author.as_deref(), Some("Sarah E. Needleman"));
    let opens = "By the end of the year the airline expects to fly to twelve new cities, most \
                 of them in Africa and Central Asia, its chief executive said.";
    let doc = format!("{title}\n{p1}\n{opens}\n{p2}\n");
    assert_eq!(clean(&doc), doc);
    let doc = format!("{title}\n{p1}\nBy:\n{p2}\n{opens}\n");
    assert!(clean(&doc).contains(p2));
    // the label over each comment of a thread is no byline: no name reaches the metadata
    let thread: String = ["John", "Groggy", "Gabriel"]
        .iter()
        .map(|name| {
            format!(
                "Posted by:\n{name}\nat December 18, 2025 05:48 PM\nI agree with the article.\n"
            )
        })
        .collect();
    let doc = format!("{title}\n{p1}\n{p2}\n{opens}\n{thread}");
    let (_, meta) = clean_with(Config::default(), &doc, None);
    assert_eq!(meta.author, None);
}
