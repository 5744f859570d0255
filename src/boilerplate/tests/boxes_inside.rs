//! Boxes inside the article (related links, ads, headlines between paragraphs): the box goes,
//! and the article resumes below it when prose follows.

use super::fixtures::{wrap, BODY, MORE, TITLE};
use super::{clean, clean_with, stats_of};
use crate::config::Config;

#[test]
fn advertising_label_takes_its_teaser_but_not_the_next_paragraph() {
    let first = "Nhiều ngân hàng đã giảm lãi suất cho vay thêm 0,5 điểm phần trăm đối với doanh nghiệp nhỏ.";
    let next = "Ngân hàng Nhà nước cho biết mặt bằng lãi suất đã giảm khoảng 1 điểm phần trăm.";
    let doc = format!("{first}\n\nQuảng cáo\n\nMở tài khoản online nhận quà\n\n{next}\n");
    assert_eq!(clean(&doc), format!("{first}\n\n{next}\n"));
    let doc = format!("{first}\n\nQuảng cáo\n\n{next}\n");
    assert_eq!(clean(&doc), format!("{first}\n\n{next}\n"));
}

/// A related box between two paragraphs goes (B022): its heading, its bulleted headlines (one
/// per line, or on one line, or on the heading's line), its pictures and the headline under
/// each; the subheading and the paragraphs after it stay.
#[test]
fn related_box_inside_the_article() {
    let [a, b, c] = BODY;
    let sub = "Nông dân cần theo dõi thời tiết";
    // more article after the box than before it: the heading does not end the article (B009)
    let c = format!("{c}\n{MORE}");
    let kept = format!("{TITLE}\n{a}\n{b}\n{sub}\n{c}\n");
    for boxed in [
        "Tin liên quan\n• Xuất khẩu gạo tháng 12 đạt kỷ lục mới\n• Giá phân bón giảm mạnh cuối năm?\n",
        "Tin liên quan\n• Xuất khẩu gạo tháng 12 đạt kỷ lục mới • Giá phân bón giảm mạnh cuối năm\n",
        "Đọc thêm\n[rel-0]\nXuất khẩu gạo tháng 12 đạt kỷ lục mới\n[rel-1]\nGiá phân bón giảm mạnh cuối năm\n",
        "Tin liên quan * Xuất khẩu gạo tháng 12 đạt kỷ lục mới * Giá phân bón giảm mạnh\n",
        "Xem thêm Vì sao giá phân bón giảm mạnh cuối năm?\n",
        // a dump that joins a box's links: three headlines run together after the cue
        "Tin liên quan Xuất khẩu gạo tháng 12 đạt kỷ lục mới Giá phân bón giảm mạnh cuối năm khiến nhiều đại lý lo lắng Hà Nội công bố phương án tuyển sinh lớp 10 năm học mới\n",
        // lynx and w3m print the box's links as plain blocks: no bullet
        "Tin liên quan\nXuất khẩu gạo tháng 12 đạt kỷ lục mới\nGiá phân bón giảm mạnh cuối năm?\n",
    ] {
        let doc = format!("{TITLE}\n{a}\n{b}\n{boxed}{sub}\n{c}\n");
        assert_eq!(clean(&doc), kept, "{doc}");
    }
}

/// A dump with blank lines between its blocks (lynx, w3m): the box's plain headlines go, each a
/// block of its own; the subheading under them stays, and so does the hard-wrapped paragraph
/// below it, whose first line alone has a headline's shape (its rest starts with a quote).
#[test]
fn plain_headlines_under_a_related_heading_in_a_spaced_dump() {
    let [a, b, c] = BODY;
    let sub = "Nông dân cần theo dõi thời tiết";
    let wrapped = "Theo các chuyên gia khí tượng, người trồng lúa nên\n“xuống giống” sau đợt mưa lớn cuối tháng để tránh rầy nâu và ngập úng.";
    let tail = format!("{wrapped}\n\n{c}\n\n{}\n", MORE.replace('\n', "\n\n"));
    let boxed = "Tin liên quan\n\nXuất khẩu gạo tháng 12 đạt kỷ lục mới\n\nGiá phân bón giảm mạnh cuối năm?\n\n";
    let doc = format!("{TITLE}\n\n{a}\n\n{b}\n\n{boxed}{sub}\n\n{tail}");
    assert_eq!(
        clean(&doc),
        format!("{TITLE}\n\n{a}\n\n{b}\n\n{sub}\n\n{tail}")
    );
}

/// Under a related heading, a lone unbulleted headline above the prose may be the article's
/// subheading: it stays, and so does the paragraph under it (B022 takes a plain headline only
/// when another headline follows it).
#[test]
fn a_plain_headline_under_a_related_heading_stays_when_alone() {
    let [a, b, c] = BODY;
    let sub = "Nông dân cần theo dõi thời tiết";
    let c = format!("{c}\n{MORE}");
    let doc = format!("{TITLE}\n{a}\n{b}\nTin liên quan\n{sub}\n{c}\n");
    assert_eq!(clean(&doc), format!("{TITLE}\n{a}\n{b}\n{sub}\n{c}\n"));
}

/// A related box set between the rows of the article's table: the table's next row ends the run
/// of plain headlines as a paragraph would. The headlines go but the last (it may head the
/// table's rest: `Bảng lãi suất tháng 12`), and every row of the table stays.
#[test]
fn plain_headlines_between_the_rows_of_a_table() {
    let [a, b, c] = BODY;
    let rows = "Ngân hàng | 6 tháng | 12 tháng\nBHBank | 5,6 | 6,1";
    let tail = "DPBank | 5,2 | 5,7\nNhóm ngân hàng nhà nước | 3,0 | 4,7";
    let c = format!("{c}\n{MORE}");
    for (last, gone) in [
        (
            "Giá phân bón giảm mạnh cuối năm?",
            "Xuất khẩu gạo tháng 12 đạt kỷ lục mới",
        ),
        ("Bảng lãi suất tháng 12", "Giá phân bón giảm mạnh cuối năm?"),
    ] {
        let doc =
            format!("{TITLE}\n{a}\n{b}\n{rows}\nTin liên quan\n{gone}\n{last}\n{tail}\n{c}\n");
        assert_eq!(
            clean(&doc),
            format!("{TITLE}\n{a}\n{b}\n{rows}\n{last}\n{tail}\n{c}\n"),
            "{doc}"
        );
    }
}

/// Plain headlines that close the article (a box under any end heading, with nothing of the
/// article after it but other boxes: `Đọc tiếp` and its teasers) go, the last with the rest: no
/// subheading ends a text. The article's last paragraph and the one-line quote above it stay.
#[test]
fn plain_headlines_that_close_the_article_go_whole() {
    let [a, b, c] = BODY;
    let quote = "“Chúng tôi sẽ tiếp tục hỗ trợ bà con tiêu thụ lúa gạo.”";
    let teasers = "Đọc tiếp\nCảnh sát giao thông ra quân kiểm tra nồng độ cồn dịp cuối năm\nCác chuyên gia cho rằng dòng tiền sẽ tiếp tục phân hóa mạnh khi mùa báo cáo kết quả kinh doanh đến gần.\nTP.HCM đề xuất xây thêm 5 tuyến metro trước năm 2035\nTheo kế hoạch, thí sinh sẽ thi ba môn bắt buộc và một môn do sở bốc thăm, công bố vào cuối tháng ba.";
    let body = format!("{TITLE}\n{a}\n{b}\n{MORE}\n{quote}\n{c}\n");
    let doc = format!(
        "{body}Bài viết liên quan\nXuất khẩu gạo tháng 12 đạt kỷ lục mới\nThủ tướng yêu cầu gỡ vướng mắc cho các dự án điện gió\nVì sao giá thuê nhà trọ quanh các trường đại học tăng mạnh?\n{teasers}\n© Báo Nông thôn Ngày nay\n"
    );
    assert_eq!(clean(&doc), body);
}

/// The page's last sentences under a `Read more` link, at the zone's end, are no box closing the
/// article: they end sentences (`…, tag me!`), as no headline does, and stay.
#[test]
fn last_sentences_under_a_read_more_link_stay() {
    let [a, b, c] = BODY;
    let last = "If you have a question about any of these machines, please share it on social media and tag me!\nI believe small sewing moments can create great joy. Find your own way to sew!";
    let doc = format!("{TITLE}\n{a}\n{b}\n{c}\nRead more\n{last}\n");
    assert!(clean(&doc).contains(last), "{}", clean(&doc));
}

/// The last plain headline under a related heading goes when another page of the corpus listed
/// it (it recurs in more documents than the paragraph below it); a subheading stays, and so does
/// the subheading of an article the corpus holds twice (its paragraph recurs as often).
#[test]
fn the_last_plain_headline_goes_when_other_pages_list_it() {
    let [a, b, c] = BODY;
    let c = format!("{c}\n{MORE}");
    let (h1, h2) = (
        "Xuất khẩu gạo tháng 12 đạt kỷ lục mới",
        "Giá phân bón giảm mạnh cuối năm",
    );
    let doc = format!("{TITLE}\n{a}\n{b}\nTin liên quan\n{h1}\n{h2}\n{c}\n");
    let other = format!(
        "Nông dân miền Tây trúng mùa lúa thu đông\nVụ lúa thu đông năm nay đạt năng suất cao, nông dân lãi hơn 20 triệu đồng mỗi hecta nhờ giá lúa tăng.\nTin liên quan\n{h2}\nCảnh báo rầy nâu gây hại trên lúa đông xuân\n"
    );
    let kept = format!("{TITLE}\n{a}\n{b}\n{c}\n");
    let (text, _) = clean_with(Config::default(), &doc, Some(&stats_of(&[&doc, &other])));
    assert_eq!(text, kept);
    // alone, or with its copy, the last headline may be the subheading: it stays
    let with_last = format!("{TITLE}\n{a}\n{b}\n{h2}\n{c}\n");
    for docs in [vec![doc.as_str()], vec![doc.as_str(), doc.as_str()]] {
        let (text, _) = clean_with(Config::default(), &doc, Some(&stats_of(&docs)));
        assert_eq!(text, with_last);
    }
}

/// A subheading right below an ad label stays when the article has other subheadings between
/// its paragraphs (B010); in an article without any, a short line below the label is the ad's.
#[test]
fn subheading_below_an_ad_label() {
    let [a, b, c] = BODY;
    let sub = "Thương lái tăng thu mua";
    let doc =
        format!("{TITLE}\n{a}\n{sub}\n{b}\nQuảng cáo\nNông dân cần theo dõi thời tiết\n{c}\n");
    let kept = format!("{TITLE}\n{a}\n{sub}\n{b}\nNông dân cần theo dõi thời tiết\n{c}\n");
    assert_eq!(clean(&doc), kept);
    let ad = format!("{TITLE}\n{a}\n{b}\nQuảng cáo\nMở tài khoản online nhận ngay quà tặng\n{c}\n");
    assert_eq!(clean(&ad), format!("{TITLE}\n{a}\n{b}\n{c}\n"));
}

/// A related box near the end of an article, with less article after it than before: the two
/// paragraphs after the box are the article going on, not what follows its end (B009 does not
/// fire), in one block per line and hard-wrapped alike. A cue followed by comments, each one
/// paragraph under a name and above its action links, still ends the article.
#[test]
fn article_resumes_after_a_related_box() {
    let [a, b, c] = BODY;
    let (more, last) = MORE.split_once('\n').expect("two paragraphs");
    let head = format!("{TITLE}\n\n{a}\n\n{b}\n\n{c}\n\n");
    let boxed =
        "Tin liên quan\nXuất khẩu gạo tháng 12 đạt kỷ lục mới\nGiá phân bón giảm mạnh cuối năm\n\n";
    for doc in [
        format!("{head}{boxed}{more}\n\n{last}\n"),
        format!(
            "{}{boxed}{}\n{}",
            wrap(&head, 78),
            wrap(more, 78),
            wrap(last, 78)
        ),
    ] {
        let text = clean(&doc);
        for paragraph in [more, last] {
            let start: String = paragraph
                .split_whitespace()
                .take(6)
                .collect::<Vec<_>>()
                .join(" ");
            assert!(text.contains(&start), "lost {start:?}:\n{text}");
        }
        assert!(!text.contains("Tin liên quan"), "{text}");
    }
    let comments = "Bình luận (2)\n\nLan Hương 1 giờ trước\nNăm nay giá lúa tăng sớm nhưng chi phí phân bón cũng tăng, bà con nhớ tính kỹ trước khi bán nhé.\nThích (10) Trả lời\nVũ Thành 2 giờ trước\nỞ quê tôi thương lái đã đặt cọc từ giữa vụ, giá còn cao hơn mức báo đưa tin khá nhiều đấy.\nThích (6) Trả lời\n";
    let text = clean(&format!("{head}{comments}"));
    assert!(
        !text.contains("Năm nay giá lúa") && !text.contains("thương lái đã đặt cọc"),
        "{text}"
    );
}

/// A dump of one block per line: a related box below a short article whose headlines (eight
/// words or more, no sentence end) each head a one-sentence teaser of fifteen words or more.
/// Each headline is a block of its own, not a wrapped line of the teaser below it, so no two
/// paragraphs follow the box in a row and the cue ends the article (B009). The article's own
/// next section below a box, a long subheading over paragraphs of two sentences, stays.
#[test]
fn teasers_under_long_headlines_do_not_resume_a_one_block_per_line_article() {
    let [a, b, c] = BODY;
    let head = format!("{TITLE}\n{a}\n{b}\n{c}\n");
    let teasers = "Tin liên quan\n\
Gửi bài viết cho tòa soạn\n\
Hà Nội cấm xe tải vào nội đô trong những ngày cao điểm Tết\n\
Lệnh cấm áp dụng từ ngày 20 tháng Chạp đến hết mùng 5 Tết Nguyên đán trên các tuyến phố chính.\n\
Bắt giữ nhóm đối tượng lừa đảo qua mạng chiếm đoạt hơn 50 tỷ đồng\n\
Nhóm này lập hàng chục trang mạng giả để chiếm đoạt tiền của hơn 2.000 người trên cả nước.\n\
Học sinh lớp 12 được nghỉ học ngày thứ Bảy từ học kỳ hai năm nay\n\
Bộ Giáo dục cho phép các trường chủ động bố trí thời khóa biểu phù hợp với điều kiện của mình.\n";
    let text = clean(&format!("{head}{teasers}"));
    for gone in ["Lệnh cấm áp dụng", "Nhóm này lập", "Bộ Giáo dục cho phép"] {
        assert!(!text.contains(gone), "kept {gone:?}:\n{text}");
    }
    let (more, last) = MORE.split_once('\n').expect("two paragraphs");
    let section = format!(
        "Tin liên quan\nXuất khẩu gạo tháng 12 đạt kỷ lục mới\nGiá phân bón giảm mạnh cuối năm\n\
         {more} Giá lúa vẫn giữ ở mức cao.\n\
         Nông dân đồng bằng sông Cửu Long cần chuẩn bị gì cho vụ đông xuân\n\
         {last} Giống mới cho năng suất cao hơn.\n"
    );
    let text = clean(&format!("{head}{section}"));
    for kept in [
        "Tại An Giang",
        "Nông dân đồng bằng sông Cửu Long cần",
        "Ngành nông nghiệp tỉnh",
    ] {
        assert!(text.contains(kept), "lost {kept:?}:\n{text}");
    }
}

/// A long one-block-per-line article (seven paragraphs) that a related box interrupts near its
/// end, and the two paragraphs that follow the box (B009's run of prose).
fn long_article_and_tail() -> (String, [&'static str; 3]) {
    let extra = "Tại Cần Thơ, nhiều kho chứa của doanh nghiệp đã đầy từ giữa tháng, buộc các đơn vị phải thuê thêm sà lan để trữ lúa chờ xay xát và đóng bao xuất khẩu.\n\
Một số địa phương ở Kiên Giang và Sóc Trăng ghi nhận tình trạng thương lái đặt cọc rồi bỏ cọc khi giá giảm nhẹ, khiến nông dân lúng túng trong việc tìm đầu ra.";
    let head = format!("{TITLE}\n{}\n{MORE}\n{extra}\n", BODY.join("\n"));
    let tail = [
        "Ở Đồng Tháp, giá lúa IR 50404 được thương lái thu mua tại ruộng ở mức 7.800 đồng mỗi kg, cao hơn cùng kỳ năm ngoái gần 1.000 đồng, nhiều hộ lãi trên 20 triệu đồng mỗi ha.",
        "Doanh nghiệp xuất khẩu cho biết đơn hàng quý một đã kín, nhiều đối tác châu Á đặt mua sớm vì lo ngại nguồn cung thiếu hụt. Giá gạo 5% tấm hiện ở mức 640 USD mỗi tấn.",
        "Hiệp hội lương thực dự báo giá lúa sẽ còn đứng ở mức cao đến hết vụ đông xuân, nhưng khuyến cáo nông dân không nên găm hàng quá lâu vì kho chứa không đủ điều kiện bảo quản.",
    ];
    (head, tail)
}

/// Two related headlines, each over its one-sentence teaser (a dump of one block per line).
const TEASER_PAIRS: &str = "Hà Nội cấm xe tải vào nội đô trong những ngày cao điểm Tết\n\
Lệnh cấm áp dụng từ ngày 20 tháng Chạp đến hết mùng 5 Tết Nguyên đán trên các tuyến phố chính.\n\
Bắt giữ nhóm đối tượng lừa đảo qua mạng chiếm đoạt hơn 50 tỷ đồng\n\
Nhóm này lập hàng chục trang mạng giả để chiếm đoạt tiền của hơn 2.000 người trên cả nước.\n";

/// A related box of headline + teaser pairs inside a one-block-per-line article: the run of
/// prose may start below a teaser, and two paragraphs that outweigh the box resume the article
/// (B009 does not cut at `Tin liên quan`). Below the article's end, the same box over a footer
/// whose two sentences under a label read as two paragraphs still goes: they weigh less than
/// the box.
#[test]
fn article_resumes_below_a_box_of_teasers() {
    let (head, [p, q, _]) = long_article_and_tail();
    let text = clean(&format!("{head}Tin liên quan\n{TEASER_PAIRS}{p}\n{q}\n"));
    for kept in [&p[..40], &q[..40]] {
        assert!(text.contains(kept), "lost {kept:?}:\n{text}");
    }
    let footer = "Giá xăng dầu đồng loạt giảm từ 15 giờ chiều nay\n\
Mỗi lít xăng RON 95 giảm hơn 500 đồng, về mức thấp nhất kể từ đầu năm đến nay.\n\
Đăng ký nhận bản tin mỗi sáng để không bỏ lỡ những tin tức quan trọng nhất trong ngày. Chính sách bảo mật.\n\
Liên hệ quảng cáo\n\
Mọi thông tin, hình ảnh trên trang đều thuộc bản quyền của báo, không sao chép khi chưa được cho phép. Ghi rõ nguồn khi phát hành lại.\n";
    let text = clean(&format!("{head}Tin liên quan\n{TEASER_PAIRS}{footer}"));
    assert_eq!(text, head, "{text}");
}

/// The article's last sections below a related box inside it, signed by the reporter above the
/// next box: subheadings over one-sentence paragraphs and an interview's question, which read
/// like headlines over teasers, stay (B009 does not cut at the first box), and the box below the
/// name goes. The same box of teasers below the article's end over a reader's name and comment
/// goes: prose follows that name.
#[test]
fn signed_sections_below_a_related_box_stay() {
    let (head, [p, _, r]) = long_article_and_tail();
    let sub = "Giá lúa cao nhưng chi phí đầu vào cũng tăng theo từng vụ";
    let sub2 = "Doanh nghiệp lo thiếu nguồn hàng cho các đơn xuất khẩu";
    let question = "- Ông có lời khuyên gì cho nông dân lúc này?";
    let answer = "- Bà con nên bán dần theo tiến độ thu hoạch, không nên găm hàng chờ giá vì kho chứa không đủ điều kiện bảo quản lâu.";
    let sections = format!("{sub}\n{p}\n{sub2}\n{r}\n{question}\n{answer}\n");
    let box_ =
        "Tin liên quan\nXuất khẩu gạo tháng 12 đạt kỷ lục mới\nGiá phân bón giảm mạnh cuối năm\n";
    let doc = format!("{head}{box_}{sections}Minh Anh\nTin liên quan\n{TEASER_PAIRS}");
    assert_eq!(clean(&doc), format!("{head}{sections}"));
    let comment = "Minh Anh\nBài viết rất hay, cảm ơn tác giả đã chia sẻ những thông tin bổ ích về giá lúa gạo cho bà con nông dân chúng tôi.\n";
    let text = clean(&format!("{head}Tin liên quan\n{TEASER_PAIRS}{comment}"));
    assert_eq!(text, head, "{text}");
}

/// Two headlines in a row between paragraphs, one of them printed again in the related list
/// below the article: a related box without a heading goes (B019). Two headings in a row that
/// the page does not repeat (a section and its first subsection) stay, and so does a
/// subheading the page repeats when it stands alone above its paragraph.
#[test]
fn unlabelled_related_box_between_paragraphs() {
    let [a, b, c] = BODY;
    let box_lines = "Giá vàng miếng giảm 1,2 triệu đồng mỗi lượng\n\nNgân hàng đua tung gói vay ưu đãi cuối năm\n\n";
    let related = "Xem thêm\n\nNgân hàng đua tung gói vay ưu đãi cuối năm\n\nNhiều nhà băng giảm lãi suất cho vay mua nhà, mua xe.\n";
    let doc = format!("{TITLE}\n\n{a}\n\n{b}\n\n{box_lines}{c}\n\n{related}");
    let text = clean(&doc);
    assert!(text.contains(&format!("{b}\n\n{c}")), "{text}");
    assert!(!text.contains("Giá vàng miếng"), "{text}");
    let headings = "Thị trường miền Tây sôi động\n\nGiá lúa tươi tại An Giang\n\n";
    let doc = format!("{TITLE}\n\n{a}\n\n{b}\n\n{headings}{c}\n");
    assert_eq!(clean(&doc), doc);
    let toc = format!(
        "{TITLE}\n\n{a}\n\nGiá lúa tươi tại An Giang tăng mạnh\n\n{b}\n\n{c}\n\nTin cùng chuyên mục\n\nGiá lúa tươi tại An Giang tăng mạnh\n"
    );
    assert!(clean(&toc).contains(&format!(
        "{a}\n\nGiá lúa tươi tại An Giang tăng mạnh\n\n{b}"
    )));
}

/// A related box of questions and headlines between paragraphs goes when the page prints one
/// of its stories again below the article (B019), and that copy goes too; the same lines that
/// the page does not print below the article stay (an article's own questions), and so does a
/// lone question that a list below prints.
#[test]
fn a_box_of_questions_linked_again_below_the_article_goes() {
    let [a, b, c] = BODY;
    let question = "Thí sinh cần lưu ý gì trước kỳ thi đánh giá năng lực?";
    let box_lines = format!(
        "Chứng khoán tuần tới: nhà đầu tư nên làm gì?\n\nThủ tướng yêu cầu gỡ vướng mắc cho các dự án điện gió\n\n{question}\n\n"
    );
    let below = format!("{question}\n\nChia sẻ\n");
    let doc = format!("{TITLE}\n\n{a}\n\n{b}\n\n{box_lines}{c}\n\n{below}");
    let text = clean(&doc);
    assert_eq!(text, format!("{TITLE}\n\n{a}\n\n{b}\n\n{c}\n"), "{text}");
    let own = format!("{TITLE}\n\n{a}\n\n{b}\n\n{box_lines}{c}\n");
    assert_eq!(clean(&own), own);
    let lone = format!("{TITLE}\n\n{a}\n\n{question}\n\n{b}\n\n{c}\n\n{below}");
    assert!(clean(&lone).contains(&format!("{a}\n\n{question}\n\n{b}")));
}

/// A story's box inside the article — its headline and a one-sentence summary — goes when the
/// page prints the headline again below the article and another document of the corpus prints
/// the summary (the box is printed in the articles that link to the story). Without the corpus,
/// or with a summary no other document prints, the lines stay: a subheading and the article's
/// one-sentence paragraph look the same.
#[test]
fn a_storys_box_linked_again_below_the_article_goes_with_its_summary() {
    let [a, b, c] = BODY;
    let headline = "Hà Nội công bố phương án tuyển sinh lớp 10 năm học mới";
    let summary = "Sau hai ngày mưa liên tục, nước trên các sông dâng cao, nhiều hộ dân vùng trũng phải di dời tài sản lên nơi cao.";
    let page = |summary: &str| {
        format!("{TITLE}\n\n{a}\n\n{b}\n\n{headline}\n\n{summary}\n\n{c}\n\nXem nhiều nhất\n\n{headline}\n")
    };
    let other = format!("Một bài khác\n\n{summary}\n\nNội dung riêng của bài khác, dài hơn một dòng để đủ là một đoạn văn.\n");
    // the page cleaned in a corpus of it, `other` and six more documents
    let in_corpus = |page: &str| {
        let mut docs = vec![page.to_string(), other.clone()];
        docs.extend((0..6).map(|i| {
            format!("Bài số {i}\n\nNội dung riêng của bài số {i}, với các số liệu và nhận định của phóng viên.\n")
        }));
        clean_with(Config::default(), page, Some(&stats_of(&docs))).0
    };
    let doc = page(summary);
    let text = in_corpus(&doc);
    assert_eq!(text, format!("{TITLE}\n\n{a}\n\n{b}\n\n{c}\n"), "{text}");
    let alone = clean(&doc);
    assert!(
        alone.contains(&format!("{headline}\n\n{summary}\n\n{c}")),
        "{alone}"
    );
    let own = page("Riêng bài này có câu văn ngắn gọn về thời tiết ở vùng núi phía Bắc.");
    let text = in_corpus(&own);
    assert!(
        text.contains(&format!("{headline}\n\nRiêng bài này")),
        "{text}"
    );
}

/// A page that holds its article twice (a dump of the screen and of the print copy) prints
/// the article's own list again with its paragraphs: the list is no related box printed
/// elsewhere (B019), and it stays in the first copy (the second goes as repeated paragraphs).
/// A related box printed again below an article printed once still goes.
#[test]
fn the_list_of_an_article_printed_twice_stays() {
    let [a, b, c] = BODY;
    let items = "Kiểm tra máy sấy và kho chứa trước mùa mưa bão\n\nKý hợp đồng vận chuyển đường thủy với đối tác mới\n\n";
    let article = format!("{a}\n\n{b}\n\n{items}{c}\n\n");
    let text = clean(&format!("{TITLE}\n\n{article}{article}"));
    assert!(text.contains(&format!("{b}\n\n{items}{c}")), "{text}");
    assert_eq!(text.matches("Ký hợp đồng vận chuyển").count(), 1, "{text}");
    let related = format!("Xem thêm\n\n{items}");
    let text = clean(&format!("{TITLE}\n\n{article}{related}"));
    assert!(text.contains(&format!("{b}\n\n{c}")), "{text}");
}

/// Two headlines of other stories between paragraphs, printed once, go by their words (B019):
/// none of the article's (`Bão số 6 suy yếu…` inside a report on rice prices). The items of a
/// list that the paragraph above announces with a colon stay, however new their words, and so
/// do two headings in the article's words.
#[test]
fn unrelated_headlines_between_paragraphs_go_by_their_words() {
    let [a, b, c] = BODY;
    let box_lines = "Bão số 6 suy yếu thành áp thấp nhiệt đới trên Biển Đông\n\nKhởi công cầu Tứ Liên nối quận Tây Hồ và huyện Đông Anh\n\n";
    let doc = format!("{TITLE}\n\n{a}\n\n{b}\n\n{box_lines}{c}\n");
    let text = clean(&doc);
    assert_eq!(text, format!("{TITLE}\n\n{a}\n\n{b}\n\n{c}\n"));
    let announced = "Các thương lái cho biết cần chuẩn bị những việc sau:";
    let items = "Kiểm tra máy sấy và kho chứa trước mùa mưa bão\n\nKý hợp đồng vận chuyển đường thủy với đối tác mới\n\n";
    let doc = format!("{TITLE}\n\n{a}\n\n{announced}\n\n{items}{c}\n");
    assert_eq!(clean(&doc), doc);
    let own = "Giá lúa tươi tăng mạnh sau rét đậm\n\nNguồn cung giảm, thương lái chờ xuất khẩu\n\n";
    let doc = format!("{TITLE}\n\n{a}\n\n{b}\n\n{own}{c}\n");
    assert_eq!(clean(&doc), doc);
}

/// Teasers under an end-of-article heading that a dump written one block per line joined to the
/// first headline (`Đừng bỏ lỡ Bé trai 5 tuổi…`): the heading ends the article as it does alone
/// (B009), and the summaries and headlines below it go. A related heading with its headlines on
/// the line between two paragraphs is a box the article goes on after: both paragraphs stay.
#[test]
fn a_heading_glued_to_its_first_headline_ends_the_article() {
    let [a, b, c] = BODY;
    let (more, last) = MORE.split_once('\n').expect("two paragraphs");
    let teasers = "Đừng bỏ lỡ Bé trai 5 tuổi bị chó cắn nguy kịch ở ngoại thành\n\
        Bé trai được đưa vào viện trong tình trạng đa vết thương ở đầu và mặt, các bác sĩ đã phải khâu hơn 40 mũi.\n\
        Uống nước thế nào cho đúng vào mùa hè?\n\
        Bác sĩ khuyên nên uống rải rác trong ngày, không đợi khát mới uống và hạn chế nước ngọt có ga.\n\
        Người phụ nữ suy thận vì tự ý dùng thuốc nam\n\
        Bệnh nhân nhập viện với chỉ số creatinin tăng cao sau ba tháng uống thuốc không rõ nguồn gốc mua trên mạng.\n";
    let text = clean(&format!("{TITLE}\n{a}\n{b}\n{c}\n{teasers}"));
    assert!(text.contains(c), "{text}");
    for gone in [
        "Đừng bỏ lỡ",
        "Bé trai",
        "Uống nước",
        "Bác sĩ khuyên",
        "Bệnh nhân",
    ] {
        assert!(!text.contains(gone), "{gone}: {text}");
    }
    // a short headline on the heading's line made the line a cue alone, and B009 cut there
    for boxed in [
        "Tin liên quan Giá phân bón giảm mạnh cuối năm",
        "Tin liên quan Xuất khẩu gạo tháng 12 đạt kỷ lục mới Giá phân bón giảm mạnh cuối năm",
    ] {
        let text = clean(&format!(
            "{TITLE}\n{a}\n{b}\n{c}\n{boxed}\n{more}\n{last}\n"
        ));
        assert!(text.contains(more) && text.contains(last), "{text}");
        assert!(!text.contains("Tin liên quan"), "{text}");
    }
}

/// A dump written one block per line runs the page's boxes together when the page left no blank
/// line between them: the reporter's name, the tags and the comment heading (`Đình Trọng Chủ đề:
/// … Bình luận`), an ad label, a bulleted box and the next box's cue with its first headline.
/// Such a line ends the article (B009) when nothing longer follows. A subheading with one
/// cue-like word, and a sentence that opens with a cue word, stay between the article's
/// paragraphs.
#[test]
fn boxes_run_together_on_one_line_go() {
    let [a, b, c] = BODY;
    let (more, last) = MORE.split_once('\n').expect("two paragraphs");
    let signed = "Đình Trọng Chủ đề: cháy xưởng gỗBình Dươngphòng cháy chữa cháy Bình luận";
    let text = clean(&format!("{TITLE}\n{a}\n{b}\n{c}\n{signed}\n"));
    assert!(text.contains(c) && !text.contains("Chủ đề"), "{text}");
    let boxes = "Quảng cáo Tiêu điểm * Hàng Việt chiếm hơn 90% kệ hàng siêu thị * Hãng bay tăng hơn 1.000 chuyến phục vụ Tết Đừng bỏ lỡ Bé trai 5 tuổi bị chó cắn nguy kịch\n\
        Bé trai được đưa vào viện trong tình trạng đa vết thương ở đầu và mặt, các bác sĩ đã phải khâu hơn 40 mũi.\n\
        Uống nước thế nào cho đúng vào mùa hè?\n\
        Bác sĩ khuyên nên uống rải rác trong ngày, không đợi khát mới uống và hạn chế nước ngọt có ga.\n";
    let text = clean(&format!("{TITLE}\n{a}\n{b}\n{c}\n{boxes}"));
    assert!(text.contains(c), "{text}");
    for gone in ["Quảng cáo", "Bé trai", "Uống nước", "Bác sĩ khuyên"] {
        assert!(!text.contains(gone), "{gone}: {text}");
    }
    for kept in [
        "Reader Comments Show Support",
        "Bình luận về việc này, ông Nam cho rằng cần thận trọng hơn với tiến độ của dự án.",
    ] {
        let doc = format!("{TITLE}\n{a}\n{b}\n{c}\n{kept}\n{more}\n{last}\n");
        assert_eq!(clean(&doc), doc);
    }
}

/// The article's last paragraph below a related box inside it stays when the reporter's name
/// signs it (B009 does not cut at the box's heading); the same paragraph unsigned, or above a
/// form's name-shaped labels, is a note after the article's end, cut with the box.
#[test]
fn signed_last_paragraph_below_a_related_box() {
    let [_, last] = MORE.split('\n').collect::<Vec<_>>()[..] else {
        unreachable!()
    };
    let article = format!("{TITLE}\n{}\n", BODY.join("\n"));
    let box_ = "Tin liên quan\nGiá gạo xuất khẩu lập đỉnh mới trong tháng 3\nNông dân miền Tây trúng mùa, trúng giá\n";
    let tail = "Chủ đề: giá lúa gạo xuất khẩu\nBình luận (3)\n";
    let signed = format!("{article}{box_}{last}\nMinh Anh\n{tail}");
    let (text, _) = clean_with(Config::default(), &signed, None);
    assert!(text.contains(last), "{text}");
    assert!(
        !text.contains("Minh Anh") && !text.contains("Bình luận"),
        "{text}"
    );
    // unsigned, or above a form's labels, which are shaped like names
    for doc in [
        format!("{article}{box_}{last}\n{tail}"),
        format!("{article}{box_}{last}\nDịch Vụ\nMã Bưu Chính\n{tail}"),
    ] {
        let (text, _) = clean_with(Config::default(), &doc, None);
        assert_eq!(text, article, "{doc}");
    }
}

/// A markdown dump (html2text) one block per line: a subheading below an ad label stays when the
/// article has other subheadings (its `##` mark does not hide its shape), and a related box of
/// `* ###` headlines in the middle of the article, the first as long as a body line with its
/// marks, ends nothing: the article's next section goes on below it.
#[test]
fn markdown_subheadings_and_a_related_box_inside_the_article_stay() {
    let doc = concat!(
        "# Nông dân miền Tây chuyển sang trồng sầu riêng\n",
        "Nhiều hộ nông dân ở Tiền Giang đã chặt bỏ vườn cam kém hiệu quả để trồng sầu riêng, loại cây cho thu nhập cao hơn gấp nhiều lần trong những năm gần đây.\n",
        "## Giá cao kéo theo làn sóng chuyển đổi\n",
        "Ông Năm, một nông dân ở huyện Cai Lậy, cho biết mỗi hecta sầu riêng cho lãi khoảng 800 triệu đồng mỗi năm khi được mùa và được giá.\n",
        "Theo sở nông nghiệp, diện tích sầu riêng của tỉnh đã tăng gần gấp đôi sau năm năm, nhiều nơi trồng cả trên đất lúa không được phép chuyển đổi.\n",
        "Quảng cáo\n",
        "## Rủi ro khi trồng ồ ạt\n",
        "Các chuyên gia cảnh báo việc mở rộng diện tích quá nhanh có thể khiến giá giảm mạnh khi thị trường xuất khẩu siết chặt tiêu chuẩn chất lượng.\n",
        "Nhiều vườn mới trồng chưa có mã số vùng trồng, nên trái làm ra khó xuất khẩu chính ngạch và phải bán cho thương lái với giá thấp.\n",
        "Một số địa phương đã phải cắm biển cảnh báo, yêu cầu người dân không tự ý đào mương, lên liếp trên đất lúa khi chưa được cơ quan chức năng cho phép.\n",
        "Bà Hai, chủ một vườn sầu riêng mới trồng được ba năm, kể rằng gia đình đã vay ngân hàng gần một tỷ đồng để đầu tư giống, phân bón và hệ thống tưới.\n",
        "Theo bà, nếu giá sầu riêng giảm xuống dưới 50.000 đồng mỗi kilogram, gia đình sẽ không đủ tiền trả lãi ngân hàng trong vụ tới và có thể phải bán đất.\n",
        "Tin liên quan\n",
        "* ### Giá sầu riêng giảm mạnh sau đợt tăng nóng, nhà vườn miền Tây lo lắng\n",
        "* ### Trung Quốc siết kiểm tra chất cấm trong sầu riêng\n",
        "* ### Nông dân Đắk Lắk lo mất mùa vì hạn hán\n",
        "## Cần quy hoạch vùng trồng rõ ràng\n",
        "Sở nông nghiệp khuyến cáo nông dân không chuyển đổi ồ ạt, chỉ trồng sầu riêng ở vùng đất phù hợp và có nguồn nước tưới ổn định quanh năm.\n",
        "Tỉnh cũng hỗ trợ các hợp tác xã cấp mã số vùng trồng, tập huấn quy trình canh tác an toàn để trái đạt tiêu chuẩn của các thị trường khó tính.\n",
        "Ông Năm cho biết sẽ giữ lại một phần vườn cam để trồng xen, tránh phụ thuộc hoàn toàn vào một loại cây trồng khi giá cả biến động khó lường.\n",
        "Các doanh nghiệp xuất khẩu cũng cam kết bao tiêu sản phẩm cho những vườn đạt chuẩn, giúp người trồng yên tâm đầu tư dài hạn hơn trước.\n",
        "**Minh Tâm**\n",
        "Từ khóa:\n",
        "* sầu riêng * Tiền Giang\n",
    );
    let text = clean(doc);
    for kept in [
        "## Rủi ro khi trồng ồ ạt",
        "## Cần quy hoạch vùng trồng rõ ràng",
        "Sở nông nghiệp khuyến cáo",
        "Các doanh nghiệp xuất khẩu cũng cam kết",
    ] {
        assert!(text.contains(kept), "{kept}: {text}");
    }
    assert!(!text.contains("Tin liên quan"), "{text}");
    assert!(!text.contains("* ###"), "{text}");
}
