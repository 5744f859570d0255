//! Below the article: runs of headlines and teasers, footers, comment threads (and live reports
//! shaped like them, which stay), video players, copyright lines.

use super::fixtures::{BODY, MORE, TITLE};
use super::{clean, clean_with};
use crate::config::Config;

/// Unlabelled related headlines below the article go (B019); a list the article announces with
/// a colon, and a closing line or two, stay.
#[test]
fn headline_runs_below_the_article() {
    let related = [
        "Xuất khẩu gạo tháng 12 đạt kỷ lục mới",
        "Nông dân miền Tây trúng mùa lúa thu đông",
        "Giá phân bón giảm mạnh cuối năm",
    ];
    let doc = format!("{TITLE}\n{}\n{}\n", BODY.join("\n"), related.join("\n"));
    let (text, _) = clean_with(Config::default(), &doc, None);
    assert_eq!(text, format!("{TITLE}\n{}\n", BODY.join("\n")));

    let announced = format!(
        "{TITLE}\n{}\nCác bước nông dân cần làm ngay trong tuần này:\n{}\n",
        BODY.join("\n"),
        related.join("\n")
    );
    let two = format!(
        "{TITLE}\n{}\n{}\n",
        BODY.join("\n"),
        related[..2].join("\n")
    );
    // B019 takes nothing from these (other rules may)
    let without = Config::from_toml("[rules]\nignore = [\"B019\"]\n").unwrap();
    for doc in [announced, two] {
        assert_eq!(
            clean(&doc),
            clean_with(without.clone(), &doc, None).0,
            "{doc}"
        );
    }
}

/// Related boxes printed as headline + one-sentence teaser items go (B020) when their headlines
/// are printed twice (picture link and title link), and a second box right below the first goes
/// too; items printed once stay, below the article or below a chrome line (a guide's steps).
#[test]
fn teaser_lists_below_the_article() {
    let items = [
        ("Tàu hỏa Tết tăng thêm hàng chục nghìn chỗ", "Ngành đường sắt tăng cường nhiều đoàn tàu Bắc - Nam để phục vụ nhu cầu về quê đón Tết."),
        ("Thanh niên nhảy cầu cứu bé gái đuối nước", "Nghe tiếng kêu cứu, anh không ngần ngại lao xuống dòng nước xiết, đưa bé gái vào bờ an toàn."),
        ("Sân bay Tân Sơn Nhất đón lượng khách kỷ lục", "Ngày cao điểm, sân bay phục vụ hơn 140.000 lượt khách, nhiều khu vực làm thủ tục luôn đông đúc."),
    ];
    let article = format!("{TITLE}\n{}\n", BODY.join("\n"));
    let doubled: String = items
        .iter()
        .map(|(h, t)| format!("{h}\n{h}\n{t}\n"))
        .collect();
    let once: String = items.iter().map(|(h, t)| format!("{h}\n{t}\n")).collect();
    for doc in [
        format!("{article}{doubled}"),
        format!("{article}{doubled}{once}"),
    ] {
        let (text, _) = clean_with(Config::default(), &doc, None);
        assert_eq!(text, article, "{doc}");
    }
    let without = Config::from_toml("[rules]\nignore = [\"B020\"]\n").unwrap();
    for doc in [
        format!("{article}{once}"),
        format!("{article}Chia sẻ bài viết\n{once}"),
    ] {
        assert_eq!(
            clean(&doc),
            clean_with(without.clone(), &doc, None).0,
            "{doc}"
        );
    }
}

/// A box of other stories under a related heading alone on its line (`Tin mới nhất`, WordPress's
/// `Có liên quan`), each a headline printed once over a one-sentence summary, goes (B020) below
/// a short article whose prose the summaries outweigh, so that the heading does not end the
/// article (B009). The same items under the same heading stay when more of the article follows
/// them than precedes them: the heading was one of its sections.
#[test]
fn teasers_under_a_related_heading() {
    let items = "Tàu hỏa Tết tăng thêm hàng chục nghìn chỗ\nNgành đường sắt tăng cường nhiều đoàn tàu Bắc - Nam và các tuyến địa phương để phục vụ nhu cầu về quê đón Tết.\nThanh niên nhảy cầu cứu bé gái đuối nước\nNghe tiếng kêu cứu, anh không ngần ngại lao xuống dòng nước xiết, đưa bé gái 8 tuổi vào bờ an toàn.\nSân bay Tân Sơn Nhất đón lượng khách kỷ lục\nNgày cao điểm, sân bay phục vụ hơn 140.000 lượt khách, nhiều khu vực làm thủ tục luôn trong tình trạng đông đúc.\nCảnh báo lừa đảo giả danh nhân viên điện lực\nKẻ gian gọi điện thông báo khách hàng nợ tiền điện, yêu cầu chuyển khoản ngay nếu không muốn bị cắt điện.\n";
    let article = format!("{TITLE}\n{}\n", BODY.join("\n"));
    for heading in ["Tin mới nhất", "Có liên quan"] {
        let doc = format!("{article}{heading}\n{items}");
        assert_eq!(clean(&doc), article, "{doc}");
    }
    // under a related-story label alone on its line, a box of two items goes too
    let two: String = items.lines().take(4).map(|l| format!("{l}\n")).collect();
    let doc = format!("{article}Đọc tiếp\n{two}");
    assert_eq!(clean(&doc), article, "{doc}");
    // a box whose last teaser (44 words) runs longer than the others: the items above it go
    let long = "Giá vàng tăng mạnh phiên cuối tuần\nGiá vàng miếng trong nước tăng thêm gần một triệu đồng mỗi lượng trong phiên cuối tuần, khi giá thế giới đi lên do đồng USD suy yếu và nhu cầu mua vàng tích trữ của người dân tăng mạnh vào dịp cuối năm.\n";
    let doc = format!("{article}Tin mới nhất\n{items}{long}");
    let text = clean(&doc);
    assert!(text.starts_with(&article), "{text}");
    assert!(
        !text.contains("Tàu hỏa Tết") && !text.contains("lừa đảo"),
        "{text}"
    );
    let without = Config::from_toml("[rules]\nignore = [\"B020\"]\n").unwrap();
    let more = MORE.replace('\n', "\n\n");
    let doc = format!("{article}Tiêu điểm\n{items}{more}\n{}\n", BODY.join("\n"));
    assert_eq!(
        clean(&doc),
        clean_with(without.clone(), &doc, None).0,
        "{doc}"
    );
    // the article's section under a related heading, a longer paragraph after its short ones
    // and more of the article below: it stays
    let doc = format!("{article}Có liên quan\n{items}{long}{}\n", BODY.join("\n"));
    assert_eq!(
        clean(&doc),
        clean_with(without.clone(), &doc, None).0,
        "{doc}"
    );
    // two subheadings with a sentence each under a label, and more of the article below
    let doc = format!("{article}Xem thêm\n{two}{}\n", BODY.join("\n"));
    assert_eq!(clean(&doc), clean_with(without, &doc, None).0, "{doc}");
}

/// A box of other stories whose every item is dated (`2 giờ trước` under each summary) goes
/// (B020) below the article whatever line stands above it (here a navigation label, which
/// marks no list alone), and so does a box below the article's end (an empty comment box), the
/// box's label glued to a button (`Gửi Tin mới nhất`), with the rest of its cards below an ad
/// line that broke it. The same dated items stay when more of the article follows them than
/// precedes them, and a timeline's dates (no time of day) mark no list.
#[test]
fn unlabelled_card_runs_below_the_article() {
    let article = format!("{TITLE}\n{}\n", BODY.join("\n"));
    let cards = [
        ("Ôtô điện giá rẻ hút khách dịp cuối năm", "Nhiều mẫu ôtô điện cỡ nhỏ có giá dưới 500 triệu đồng đang được khách hàng trẻ ở đô thị quan tâm."),
        ("Cảnh báo ứng dụng giả mạo đánh cắp tài khoản ngân hàng", "Các chuyên gia bảo mật phát hiện hàng chục ứng dụng giả mạo cơ quan nhà nước được phát tán qua tin nhắn."),
        ("Mạng 5G phủ sóng thêm 20 tỉnh thành", "Nhà mạng cho biết tốc độ tải xuống trung bình đạt hơn 300 Mbps, gấp khoảng 5 lần mạng 4G hiện tại."),
        ("Laptop cho sinh viên giảm giá mạnh mùa tựu trường", "Nhiều mẫu máy tính xách tay cấu hình ổn định được bán dưới 15 triệu đồng, kèm quà tặng và bảo hành mở rộng."),
    ];
    let dated: String = cards
        .iter()
        .enumerate()
        .map(|(k, (h, t))| format!("{h}\n{t}\n{} giờ trước\n", k + 2))
        .collect();
    let doc = format!("{article}Đọc tiếp\n{dated}");
    assert_eq!(clean(&doc), article, "{doc}");
    let once: String = cards.iter().map(|(h, t)| format!("{h}\n{t}\n")).collect();
    let doc = format!(
        "{article}Chưa có bình luận nào. Hãy là người đầu tiên bình luận về bài viết này.\nGửi Tin mới nhất\n{once}Quảng cáo Tiêu điểm * Hàng Việt chiếm hơn 90% kệ hàng siêu thị * Hãng bay tăng thêm chuyến phục vụ Tết\nBé trai được đưa vào viện trong tình trạng đa vết thương ở đầu và mặt.\n{once}"
    );
    assert_eq!(clean(&doc), article, "{doc}");
    let without = Config::from_toml("[rules]\nignore = [\"B020\"]\n").unwrap();
    let more = MORE.replace('\n', "\n\n");
    let timeline: String = cards
        .iter()
        .enumerate()
        .map(|(k, (h, t))| format!("Ngày {}/11/2024\n{h}\n{t}\n", k + 10))
        .collect();
    for doc in [
        format!("{article}{dated}{more}\n{}\n", BODY.join("\n")),
        format!("{article}{timeline}"),
    ] {
        assert_eq!(
            clean(&doc),
            clean_with(without.clone(), &doc, None).0,
            "{doc}"
        );
    }
}

/// A footer whose lines a one-block-per-line dump joined ends with a sentence (`… Ghi rõ nguồn
/// … từ website này.`): its label and the copyright words make it the imprint, not the last
/// paragraph, and the reporter's name and the footer above it go. Practical information that
/// closes an article (a label, no copyright words) stays.
#[test]
fn joined_footer_ending_with_a_sentence() {
    let body = BODY.join("\n");
    let doc = format!("{TITLE}\n{body}\nNGUYỄN HÀ\nCơ quan chủ quản: Tỉnh ủy Kon Tum\nTòa soạn: 128 Bà Triệu, TP Kon Tum Ghi rõ nguồn Báo Kon Tum khi phát hành lại thông tin từ website này.\n");
    let (text, meta) = clean_with(Config::default(), &doc, None);
    assert_eq!(text, format!("{TITLE}\n{body}\n"), "{doc}");
    assert_eq!(meta.author.as_deref(), Some("NGUYỄN HÀ"));
    let info = "Địa chỉ: 12 Lê Lợi, quận 1, TP.HCM, mở cửa từ 8h đến 22h, giá vé 50.000 đồng.";
    let doc = format!("{TITLE}\n{body}\n{info}\n");
    assert_eq!(clean(&doc), doc);
}

/// Readers' comments below the article go (B021): name, text, like count, action links.
#[test]
fn comment_threads_below_the_article() {
    let article = format!("{TITLE}\n{}\n", BODY.join("\n"));
    let comments = "Ý kiến (3)\nHoàng Nam\nGiá lúa tăng thì nông dân mừng, nhưng người mua gạo lại lo.\n34\nThích Trả lời 1h trước\nMinh Tuấn\nMong giá giữ ổn định đến Tết để bà con yên tâm sản xuất.\n21\nThích Trả lời 2h trước\n";
    let (text, _) = clean_with(Config::default(), &format!("{article}{comments}"), None);
    assert_eq!(text, article);
}

/// A live report whose entries each stand under a stamp of their day and time of day stays
/// whole: the stamps are a comment thread's headers in shape, but the entries are the article
/// (a B021 variant that took three or more such headers for a thread deleted them all).
#[test]
fn a_live_report_of_stamped_entries_survives() {
    let entries = [
        "Đại biểu Nguyễn Văn An cho rằng cần quy định rõ trách nhiệm của chính quyền địa phương trong việc bồi thường.",
        "Bộ trưởng giải trình thêm về bảng giá đất, theo đó bảng giá sẽ được cập nhật hằng năm để sát với giá thị trường.",
        "Đại biểu Trần Thị Bình đề nghị bổ sung quy định về tái định cư tại chỗ cho người dân bị thu hồi đất.",
        "Phiên thảo luận bắt đầu với báo cáo tiếp thu, giải trình của Ủy ban Thường vụ Quốc hội về dự án luật.",
    ];
    for stamp in [
        "05/12/2026 {t}",
        "05/12/2026 lúc {t}",
        "December 5, 2026 at {t}",
    ] {
        let live: String = entries
            .iter()
            .zip(["10:45", "10:20", "09:55", "09:30"])
            .map(|(entry, t)| format!("{}\n{entry}\n", stamp.replace("{t}", t)))
            .collect();
        let doc = format!("{TITLE}\n{}\n{live}", BODY.join("\n"));
        assert_eq!(clean(&doc), doc);
    }
}

/// A thread whose headers each hold the writer's name and the stamp on one line, right under the
/// comment before (`2. joetoronto says: November 19, 2019 at 6:44 am`), goes (B021): the
/// stamps differ in the words before their times, where a live report repeats one label.
#[test]
fn comment_thread_with_names_in_its_stamps() {
    let article = format!("{TITLE}\n{}\n", BODY.join("\n"));
    let comments = "1. thelastfan says: November 19, 2019 at 6:34 am\nGiá lúa tăng thì nông dân mừng, nhưng người mua gạo lại lo.\n2. joetoronto says: November 19, 2019 at 6:44 am\nNăm nay chúng tôi quyết định chờ thêm vài tuần rồi mới bán.\n3. theprocess12 says: November 19, 2019 at 6:58 am\nMong giá giữ ổn định đến Tết để bà con yên tâm sản xuất.\n";
    let (text, _) = clean_with(Config::default(), &format!("{article}{comments}"), None);
    assert_eq!(text, article);
    // the name on the line above, ending in a colon, the stamps alike
    let named_above = comments.replace(" says: November", " says:\nNovember");
    let (text, _) = clean_with(Config::default(), &format!("{article}{named_above}"), None);
    assert_eq!(text, article);
}

/// A live report over several days whose entries each open with a stamp naming its day and time,
/// then a short heading, then the text, stays whole: each stamp stands under the entry before
/// it, a sentence, or under one label repeated (`Cập nhật:`), not beside writers' names that
/// differ from stamp to stamp (B021).
#[test]
fn a_live_report_over_days_with_headed_entries_survives() {
    let entries = [
        (
            "December 7, 2026 at 9:30 am",
            "Bế mạc",
            "Quốc hội biểu quyết thông qua luật với đa số đại biểu tán thành.",
        ),
        (
            "December 6, 2026 at 4:15 pm",
            "Thảo luận tổ",
            "Các đại biểu góp ý về quy định tái định cư tại chỗ cho người dân.",
        ),
        (
            "December 5, 2026 at 10:45 am",
            "Khai mạc",
            "Chủ tịch Quốc hội phát biểu khai mạc và nêu các nội dung chính của kỳ họp.",
        ),
        (
            "December 4, 2026 at 8:00 am",
            "Chuẩn bị",
            "Ban tổ chức hoàn tất công tác chuẩn bị tại hội trường Diên Hồng.",
        ),
    ];
    for label in ["", "Cập nhật:\n"] {
        let live: String = entries
            .iter()
            .map(|(stamp, head, text)| format!("{label}{stamp}\n{head}\n{text}\n"))
            .collect();
        let doc = format!("{TITLE}\n{}\n{live}", BODY.join("\n"));
        assert_eq!(clean(&doc), doc);
    }
}

/// A thread right above a box of dated teasers (`2 giờ trước` under each summary) goes (B021):
/// the teasers' times are marks too, but the thread ends at its last comment.
#[test]
fn comment_thread_above_dated_teasers() {
    let article = format!("{TITLE}\n{}\n", BODY.join("\n"));
    let comments = "Hoàng Long 28/11/2024\nMình dùng máy gập được một năm, nếp gấp vẫn thấy rõ nhưng quen rồi.\nThích (12) · Trả lời Mai Anh 28/11/2024\nGiá giảm vậy thì hấp dẫn thật, nhưng thay màn hình gập tốn cả chục triệu.\nThích (8) · Trả lời\n";
    let teasers = "Ôtô điện giá rẻ hút khách dịp cuối năm\nNhiều mẫu ôtô điện cỡ nhỏ có giá dưới 500 triệu đồng đang được khách hàng trẻ quan tâm.\n2 giờ trước\nMạng 5G phủ sóng thêm 20 tỉnh thành\nNhà mạng cho biết tốc độ tải xuống trung bình đạt hơn 300 Mbps, gấp 5 lần mạng 4G.\n3 giờ trước\n";
    let (text, _) = clean_with(
        Config::default(),
        &format!("{article}{comments}{teasers}"),
        None,
    );
    assert!(text.starts_with(&article), "{text}");
    assert!(!text.contains("Mình dùng máy gập"), "{text}");
    assert!(!text.contains("hấp dẫn thật"), "{text}");
}

/// A thread without action links whose comments each open with a header stamped with a day and
/// a time of day, the day written out (`July 14, 2015 at 3:53 pm`), goes (B021), its long
/// comment of several paragraphs too. An article whose closing lines are dated stays: two
/// stamped lines (published, updated), a timeline whose entries carry a time but no year (a
/// live blog), a numbered list of short items under a dated cue: B021 takes nothing of them.
#[test]
fn comment_thread_of_stamped_headers() {
    let article = format!("{TITLE}\n\n{}\n", BODY.join("\n\n"));
    let long = "Nhà tôi cũng trồng lúa ở Cần Thơ nhiều năm nay, năm nào giá cũng lên xuống thất thường theo thời tiết.\n\nNăm ngoái chúng tôi bán sớm nên lỗ, năm nay quyết định chờ thêm vài tuần xem giá thế nào rồi mới bán.\n\nMong các cơ quan chức năng có thông tin dự báo sớm hơn để bà con chủ động hơn trong việc thu hoạch.\n\nCảm ơn tác giả đã viết bài rất hữu ích.\n\nChúc mọi người một vụ mùa bội thu.";
    let comments = format!(
        "Hoàng Nam\n\nJuly 14, 2015 at 3:53 pm\n\nGiá lúa tăng thì nông dân mừng, nhưng người mua gạo lại lo.\n\nMinh Tuấn\n\nJuly 15, 2015 at 8:28 am\n\n{long}\n\nThu Hà\n\nNovember 24, 2016 at 4:32 pm\n\nMong giá giữ ổn định đến Tết để bà con yên tâm sản xuất.\n"
    );
    let (text, _) = clean_with(Config::default(), &format!("{article}\n{comments}"), None);
    assert_eq!(text, article);
    let kept = [
        format!("{article}\nĐăng lúc July 14, 2015 at 3:53 pm\nCập nhật July 15, 2015 at 8:28 am\n"),
        format!("{article}\n15:53\n\nĐoàn xe cứu trợ đã đến xã Tân Phú sau ba giờ di chuyển.\n\n16:20\n\nNgười dân được đưa đến nơi an toàn trong đêm.\n\n17:05\n\nMưa đã ngớt ở nhiều huyện phía nam của tỉnh.\n"),
        format!("{article}\nCác bước nông dân cần làm trước ngày 14/07/2015:\n\n1. Theo dõi giá hằng ngày\n\n2. Liên kết với doanh nghiệp\n\n3. Không bán tháo\n"),
    ];
    let without = Config::from_toml("[rules]\nignore = [\"B021\"]\n").unwrap();
    for doc in kept {
        // B021 takes nothing from these
        assert_eq!(
            clean(&doc),
            clean_with(without.clone(), &doc, None).0,
            "{doc}"
        );
        assert!(clean(&doc).contains(BODY[2]), "{doc}");
    }
}

/// The last line of the article's wrapped last paragraph, which starts with a capitalised name,
/// is not the first comment of the thread below it (B021).
#[test]
fn a_wrapped_last_line_is_not_a_comment() {
    let article = format!(
        "{TITLE}\n{}\nV-League sẽ tạm nghỉ hơn một tháng để đội tuyển\nViệt Nam tham dự ASEAN Cup 2024.\n",
        BODY.join("\n")
    );
    let comments = "Hoàng Nam 1 giờ trước\nGiá lúa tăng thì nông dân mừng, nhưng người mua gạo lại lo.\nThích Trả lời 1h trước\nMinh Tuấn 2 giờ trước\nMong giá giữ ổn định đến Tết để bà con yên tâm sản xuất.\nThích Trả lời 2h trước\n";
    let (text, _) = clean_with(Config::default(), &format!("{article}{comments}"), None);
    assert!(text.contains("Việt Nam tham dự ASEAN Cup 2024."), "{text}");
    assert!(!text.contains("Mong giá giữ ổn định"), "{text}");
}

/// Below the last paragraph, a related list written on one line counts its headlines (B019)
/// and the site's imprint on one line is a footer (B017), however long; B019 does not take an
/// article's own bulleted list, one item a line, at its end.
#[test]
fn one_line_lists_and_imprints_below_the_article() {
    let article = format!("{TITLE}\n{}\n", BODY.join("\n"));
    let tail = "• Xuất khẩu gạo tháng 12 đạt kỷ lục mới • Giá phân bón giảm mạnh cuối năm • Nông dân miền Tây trúng mùa lúa thu đông\nBÁO NÔNG THÔN Cơ quan chủ quản: Bộ Nông nghiệp - Tổng biên tập: Nguyễn Văn A - Giấy phép số 12/GP-BTTTT - Địa chỉ: 14 Ngô Quyền, Hà Nội. Ghi rõ nguồn khi phát hành lại thông tin từ website này.\n";
    assert_eq!(clean(&format!("{article}{tail}")), article);
    // (the body zone may still end above such a list: B019 adds nothing to that)
    let own = format!("{article}  • Theo dõi giá lúa hằng ngày\n  • Liên kết với doanh nghiệp\n  • Không bán tháo khi giá giảm\n");
    let without = Config::from_toml("[rules]\nignore = [\"B019\"]\n").unwrap();
    assert_eq!(clean(&own), clean_with(without, &own, None).0);
}

#[test]
fn comments_under_dated_names_do_not_read_as_the_article_resuming() {
    let article =
        "Sáng 26/11, UBND huyện tổ chức lễ khánh thành và đưa vào sử dụng năm cây cầu treo dân \
sinh tại các xã vùng cao của huyện, với tổng kinh phí hơn mười tỷ đồng.\n\n\
Trước đây, người dân các thôn vùng sâu phải lội suối hoặc đi qua những cây cầu tạm bằng tre, gỗ để \
sang bên kia sông làm nương, đưa con đi học trong mùa mưa lũ.\n\n\
Được biết, giai đoạn 2021-2025, tỉnh đã đầu tư xây dựng hơn 70 cây cầu treo dân sinh, góp phần xóa \
các điểm lũ cô lập và tạo thuận lợi cho người dân đi lại.\n\n";
    let comments = "Ý kiến bạn đọc\n\nNguyễn Văn An - Xín Mần 26/11/2024\n\n\
Cảm ơn chính quyền đã quan tâm làm cầu cho bà con vùng cao chúng tôi. Xã tôi cũng còn hai điểm \
phải lội suối, mong sớm được đầu tư.\n\nTrần Thị Bình 26/11/2024\n\n\
Cầu đẹp và chắc chắn quá, bà con ai cũng mừng vì từ nay đi lại dễ dàng. Các cháu học sinh từ nay \
không phải bơi qua suối mỗi mùa mưa nữa rồi.\n";
    let text = clean(&format!(
        "Khánh thành năm cây cầu treo\n\n{article}{comments}"
    ));
    assert!(
        text.contains("tạo thuận lợi cho người dân đi lại"),
        "{text}"
    );
    assert!(!text.contains("Cảm ơn chính quyền"), "{text}");
    assert!(!text.contains("Cầu đẹp và chắc chắn"), "{text}");
}

/// An empty comment box under the article goes (B010); a sentence that says the same about a
/// source stays.
#[test]
fn empty_comment_box_goes() {
    let [a, b, c] = BODY;
    let doc = format!(
        "{TITLE}\n\n{a}\n\n{b}\n\n{c}\n\nChưa có bình luận nào. Hãy là người đầu tiên bình luận về bài viết này.\n"
    );
    assert_eq!(clean(&doc), format!("{TITLE}\n\n{a}\n\n{b}\n\n{c}\n"));
    let said = format!(
        "{TITLE}\n\n{a}\n\n{b}\n\nChưa có bình luận nào từ phía công ty về vụ việc.\n\n{c}\n"
    );
    assert_eq!(clean(&said), said);
}

/// A hard-wrapped article about copyright: each dumped line is as short as a footer line and
/// holds its word, yet is one line of a long paragraph and stays; the footer itself goes.
#[test]
fn wrapped_lines_of_a_paragraph_about_copyright_are_not_footers() {
    let article = "\
Authors take AI company to court over training data

When the authors filed their class action, they argued that copying their
books to train a model was copyright infringement on a massive scale, and
that the company owed them damages for every work it had used without a
licence or any payment at all.

The court's ruling left open how copyright owners could be paid in practice.
Collective licensing, long used for music, pools the rights of many
copyright holders so that one licence covers a whole catalogue of works for
a single fee.

Critics say the model fits copyright law poorly when a training set holds
billions of works from thousands of countries, each with its own copyright
rules and its own exceptions for text and data mining by researchers.
";
    let footer = "Copyright © 2024 Example Media. All rights reserved.";
    let out = clean(&format!("{article}\n{footer}\n"));
    for line in article.lines().filter(|l| !l.is_empty()) {
        assert!(out.contains(line), "{line:?} lost:\n{out}");
    }
    assert!(!out.contains(footer), "{out}");
}

/// A hard-wrapped paragraph about copyright longer than a template line: its lines that name
/// copyright come after its 41st word, and the paragraph read to there ends no sentence; it is
/// read whole, ends one, and stays.
#[test]
fn lines_of_a_long_paragraph_about_copyright_stay() {
    let article = "\
Authors take AI company to court over training data

When the authors filed their class action, they argued that the company had
copied their books without asking anyone. The company answered that training
a model is fair use, since the books are not shown to readers again. The court
agreed with neither side and sent the case back for a trial on damages, where
the amount each author could claim for a work copied without a licence or any
copyright payment would be set, which could take years before any author saw
money from it.

The court's ruling left open how rights holders could be paid in practice, and
collective licensing, long used for music, was the answer most authors gave.
";
    let footer = "Copyright © 2024 Example Media. All rights reserved.";
    let out = clean(&format!("{article}\n{footer}\n"));
    for line in article.lines().filter(|l| !l.is_empty()) {
        assert!(out.contains(line), "{line:?} lost:\n{out}");
    }
    assert!(!out.contains(footer), "{out}");
}

/// A video player inside the article (`Phát video02:15`, the label and the clip's length) goes
/// with the clip's title under it, which lands in `captions` (B010, B007); a sentence right
/// under a player is the article going on and stays.
#[test]
fn a_video_player_and_its_title_go() {
    let [a, b, c] = BODY;
    let player = "Phát video02:15\nNông dân miền Tây thu hoạch lúa đông xuân giữa trời rét\n";
    let (text, meta) = clean_with(
        Config::default(),
        &format!("{TITLE}\n{a}\n{b}\n{player}{c}\n"),
        None,
    );
    assert_eq!(text, format!("{TITLE}\n{a}\n{b}\n{c}\n"));
    assert_eq!(
        meta.captions,
        ["Nông dân miền Tây thu hoạch lúa đông xuân giữa trời rét"]
    );
    let text = clean(&format!("{TITLE}\n{a}\nXem video 3:40\n{b}\n{c}\n"));
    assert_eq!(text, format!("{TITLE}\n{a}\n{b}\n{c}\n"));
}

/// The article of the tests of teaser runs below it: a title, then three paragraphs.
const CRASH_TITLE: &str = "Xe khách lật trên đèo, hai mươi hành khách được cứu";
const CRASH_BODY: &str = "Sáng 6.12, một xe khách chở 30 người bị lật khi đổ dốc trên đèo Bảo Lộc, lực lượng cứu hộ đã có mặt sau hai mươi phút và đưa các hành khách bị thương đến bệnh viện gần nhất.\n\
Theo người dân địa phương, trời mưa lớn từ đêm trước khiến mặt đường trơn trượt, nhiều đoạn có đất đá từ taluy dương đổ xuống lòng đường.\n\
Cơ quan chức năng đang làm rõ nguyên nhân vụ tai nạn, đồng thời phân luồng giao thông để các phương tiện khác lưu thông qua đoạn đèo an toàn.\n";

/// The first three cards (a headline, then its summary) of the box of news below the crash
/// article, a literal for `concat!`.
macro_rules! first_cards {
    () => {
        concat!(
            "Giá cà phê tăng mạnh đầu mùa thu hoạch\n",
            "Nông dân Tây Nguyên phấn khởi khi giá cà phê nhân xô vượt mốc trăm nghìn đồng mỗi kilogram.\n",
            "Hà Nội mở thêm ba tuyến buýt điện\n",
            "Các tuyến mới nối trung tâm với khu đô thị phía tây, giá vé giữ nguyên như tuyến buýt thường.\n",
            "Học sinh vùng cao được tặng áo ấm\n",
            "Đoàn thiện nguyện trao hơn 500 áo ấm và sách vở cho học sinh hai điểm trường ở huyện biên giới.\n",
        )
    };
}

/// A box of headline + summary items below the article's end whose first item's head took the
/// article's tags (`xe khách giường nằm` / `Bảo Lộc` / `tai nạn giao thông`, the last two read
/// as one headline) and a button (`Gửi`): the removed `Tin mới nhất` between them and the first
/// headline still marks the list (B020), and the article stays whole.
#[test]
fn teaser_run_under_a_heading_below_the_tags_goes() {
    let doc = format!(
        concat!(
            "Báo Mẫu\n",
            "Trang chủ\n",
            "Xã hội\n",
            "{title}\n",
            "Ngọc Lan\n",
            "{body}",
            "Ngọc Lan\n",
            "Chủ đề:\n",
            "xe khách giường nằm\n",
            "Bảo Lộc\n",
            "tai nạn giao thông\n",
            "Bình luận\n",
            "Chưa có bình luận nào. Hãy là người đầu tiên bình luận về bài viết này.\n",
            "Gửi\n",
            "Tin mới nhất\n",
            first_cards!(),
            "Sân bay đón lượng khách kỷ lục dịp cuối năm\n",
            "Ngày cao điểm, sân bay phục vụ hơn 140.000 lượt khách, nhiều khu vực làm thủ tục luôn trong tình trạng đông đúc.\n",
            "Cảnh báo lừa đảo giả danh nhân viên ngân hàng\n",
            "Kẻ gian gọi điện thông báo tài khoản bị khóa, yêu cầu cung cấp mã xác thực nếu không muốn mất tiền trong tài khoản.\n",
            "Người đàn ông trả lại chiếc ví nhặt được\n",
            "Trong ví có hơn 20 triệu đồng cùng nhiều giấy tờ tùy thân, anh đã mang đến công an phường để tìm người đánh mất.\n",
            "Cơ quan chủ quản: Công ty Mẫu\n",
            "© Bản quyền thuộc về Báo Mẫu.\n",
        ),
        title = CRASH_TITLE,
        body = CRASH_BODY,
    );
    let text = clean(&doc);
    for kept in ["Sáng 6.12,", "Theo người dân", "Cơ quan chức năng đang"] {
        assert!(text.contains(kept), "{kept}: {text}");
    }
    for gone in ["Giá cà phê", "Hà Nội mở thêm", "chiếc ví"] {
        assert!(!text.contains(gone), "{gone}: {text}");
    }
}

/// The same box below the article's end in a dump written a block per line, its last summary
/// run together with the sidebar that follows it (an ad label, a box label and its bulleted
/// headlines on the summary's line) and an end-of-article box below it: the last item goes with
/// the others (B020) instead of holding the body zone open down to that box. The article above
/// stays whole.
#[test]
fn last_teaser_glued_to_a_box_of_headlines_goes_with_the_list() {
    let article = format!(
        concat!("{title}\n", "{body}",),
        title = CRASH_TITLE,
        body = CRASH_BODY,
    );
    let doc = format!(
        "{article}{}",
        concat!(
            "Chưa có bình luận nào. Hãy là người đầu tiên bình luận về bài viết này.\n",
            first_cards!(),
            "Cảnh báo lừa đảo giả danh nhân viên ngân hàng\n",
            "Kẻ gian gọi điện thông báo tài khoản bị khóa, yêu cầu cung cấp mã xác thực nếu không muốn mất tiền. Quảng cáo Tiêu điểm * Hàng Việt chiếm hơn 90% kệ hàng siêu thị * Hãng bay tăng hơn 1.000 chuyến phục vụ Tết * Thu ngân sách vượt dự toán cả năm\n",
            "Đừng bỏ lỡ Bé trai bị chó cắn phải khâu nhiều mũi\n",
            "Bé trai được đưa vào viện với nhiều vết thương ở đầu và mặt, các bác sĩ đã phải khâu hơn 40 mũi. Uống nước thế nào cho đúng vào mùa hè?\n",
            "Bác sĩ khuyên nên uống rải rác trong ngày, không đợi khát mới uống. Người phụ nữ suy thận vì tự ý dùng thuốc\n",
            "Bệnh nhân nhập viện với chỉ số creatinin tăng cao sau ba tháng uống thuốc không rõ nguồn gốc.\n",
            "Báo Mẫu - Cơ quan của Hội Nhà báo Mẫu\n",
            "Tổng Biên tập: Nguyễn Văn Mẫu\n",
        )
    );
    let text = clean(&doc);
    assert!(text.starts_with(&article), "{text}");
    for gone in ["Giá cà phê", "Kẻ gian", "Hàng Việt", "Cảnh báo lừa đảo"] {
        assert!(!text.contains(gone), "{gone}: {text}");
    }
}

/// lynx run a card's summary and the next card's headline together (`…kilogram. Hà Nội mở thêm
/// ba tuyến buýt điện` / `Hà Nội mở thêm ba tuyến buýt điện`): the summary is read alone, and
/// the cards below an empty comment box and its text field go as a list (B020).
#[test]
fn summaries_glued_to_the_next_headline_are_a_list() {
    let doc = format!(
        concat!(
            "Báo Mẫu Trang chủ * Thời sự * Xã hội * Kinh tế\n",
            "{title}\n",
            "{body}",
            "Chưa có bình luận nào. Hãy là người đầu tiên bình luận về bài viết này.\n",
            "____________________________________________________________ Gửi\n",
            "Giá cà phê tăng mạnh đầu mùa thu hoạch\n",
            "Nông dân Tây Nguyên phấn khởi khi giá cà phê nhân xô vượt mốc trăm nghìn đồng mỗi kilogram. Hà Nội mở thêm ba tuyến buýt điện\n",
            "Hà Nội mở thêm ba tuyến buýt điện\n",
            "Các tuyến mới nối trung tâm với khu đô thị phía tây, giá vé giữ nguyên như tuyến buýt thường. Học sinh vùng cao được tặng áo ấm\n",
            "Học sinh vùng cao được tặng áo ấm\n",
            "Đoàn thiện nguyện trao hơn 500 áo ấm và sách vở cho học sinh hai điểm trường ở huyện biên giới. Sân bay đón lượng khách kỷ lục dịp cuối năm\n",
            "Sân bay đón lượng khách kỷ lục dịp cuối năm\n",
            "Ngày cao điểm, sân bay phục vụ hơn 140.000 lượt khách, nhiều khu vực làm thủ tục luôn trong tình trạng đông đúc. Cảnh báo lừa đảo giả danh nhân viên ngân hàng\n",
            "Cảnh báo lừa đảo giả danh nhân viên ngân hàng\n",
            "Kẻ gian gọi điện thông báo tài khoản bị khóa, yêu cầu cung cấp mã xác thực nếu không muốn mất tiền trong tài khoản. Người đàn ông trả lại chiếc ví nhặt được\n",
            "Người đàn ông trả lại chiếc ví nhặt được\n",
            "Trong ví có hơn 20 triệu đồng cùng nhiều giấy tờ tùy thân, anh đã mang đến công an phường để tìm người đánh mất.\n",
            "Cơ quan chủ quản: Công ty Mẫu\n",
        ),
        title = CRASH_TITLE,
        body = CRASH_BODY,
    );
    let text = clean(&doc);
    assert!(text.contains("Cơ quan chức năng đang làm rõ"), "{text}");
    for gone in ["Giá cà phê", "buýt điện", "chiếc ví", "____"] {
        assert!(!text.contains(gone), "{gone}: {text}");
    }
}
