//! Article text shaped like chrome stays: short subheadings, lists, dates, score lines, a grid,
//! a headline of names.

use super::fixtures::{BODY, TITLE};
use super::{clean, clean_with};
use crate::config::Config;
use crate::pipeline::Pipeline;

/// Articles with lines that look like template but are article: each must come out unchanged.
#[test]
fn body_text_survives() {
    let docs = [
        // short subheadings and list items between paragraphs
        "Năm thói quen giúp ngủ ngon\n\nGiấc ngủ kém kéo dài làm tăng nguy cơ mắc nhiều bệnh mạn tính, các bác sĩ khuyên nên thay đổi thói quen.\n\nĐi ngủ đúng giờ\n\nCơ thể quen với nhịp sinh học ổn định sẽ dễ vào giấc hơn, kể cả vào cuối tuần.\n\n  • Tắt điện thoại sớm\n  • Để điện thoại xa giường\n\nNếu mất ngủ kéo dài, bạn nên đi khám chuyên khoa để được tư vấn kịp thời.\n",
        // sentences starting with cue words
        "Theo kế hoạch, công trình hoàn thành vào cuối năm nay và được đưa vào sử dụng ngay.\n\nBình luận về việc này, ông Nam cho rằng cần thận trọng hơn với tiến độ.\n\nBà chia sẻ rằng gia đình đã chuẩn bị cho ngày này từ rất lâu rồi.\n\nNổi bật trong năm là việc thu hút ba dự án lớn với tổng vốn hơn 3 tỷ USD.\n\nTriển lãm trưng bày 200 bức ảnh về biển đảo quê hương.\n",
        // a poem inside an article, and a closing quote
        "Ông đọc cho chúng tôi nghe bài thơ viết trong chiến hào năm 1972:\n\nĐêm nay trăng sáng chiến hào\n\nNhớ mẹ nhớ bếp lửa nào quê xa\n\nTập thơ chép tay đã được ông tặng lại cho bảo tàng tỉnh vào năm ngoái.\n\n\"Xin cảm ơn ông!\"\n",
        // numbers, dates and a score line
        "Tuyển Việt Nam thắng 3-0 trong trận mở màn vòng loại tối 16/11 trên sân Mỹ Đình.\n\nTỷ số: Việt Nam 3-0 Philippines\n\nTrận tiếp theo, đội làm khách trên sân của Iraq vào ngày 21/11/2023.\n",
    ];
    for doc in docs {
        assert_eq!(clean(doc), doc);
    }
}

#[test]
fn dates_in_a_timeline_are_not_bylines() {
    let doc = "Những mốc chính của dự án được ban quản lý công bố trong buổi họp báo chiều qua tại trụ sở.\n\n20/11/2023 Hà Nội\n\nNgày khởi công, hàng nghìn người đã có mặt để chứng kiến sự kiện quan trọng này của thành phố.\n";
    assert_eq!(clean(doc), doc);
}

/// An article extracted from HTML keeps the blocks the page structure kept: a product's colour
/// list and model names below its description have the shape of a dump's menu (B016), and the
/// dump-shape rules don't judge them (before, B016 took the first item and B011 the rest).
#[test]
fn an_extracted_article_keeps_lines_shaped_like_dump_chrome() {
    let page = "<html><body><main><h1>Máy lọc không khí AirPro 500</h1>\
        <p>Máy lọc không khí AirPro 500 dùng màng lọc HEPA ba lớp, giữ lại bụi mịn và phấn hoa trong phòng đến 40 mét vuông.</p>\
        <p>Máy chạy êm ở chế độ đêm và tự điều chỉnh tốc độ quạt theo chất lượng không khí đo được. Các mẫu khác cùng dòng:</p>\
        <ul><li>Màu Trắng | Đen | Xám Bạc | Xanh Rêu</li>\
        <li>AirPro 300 Dành Cho Phòng Ngủ Nhỏ</li>\
        <li>AirPro 700 Dành Cho Phòng Khách Lớn</li>\
        <li>AirPro 900 Dành Cho Văn Phòng Rộng</li></ul>\
        </main></body></html>";
    let doc = crate::process(&Pipeline::new(Config::default()), page.as_bytes()).unwrap();
    for kept in [
        "Màu Trắng | Đen | Xám Bạc | Xanh Rêu",
        "AirPro 300 Dành Cho Phòng Ngủ Nhỏ",
        "AirPro 900 Dành Cho Văn Phòng Rộng",
    ] {
        assert!(
            doc.cleaned.text.contains(kept),
            "{kept:?} lost:\n{}",
            doc.cleaned.text
        );
    }
}

/// Body text shaped like a teaser list or a comment thread stays: subheadings each followed by
/// one short paragraph, an interview with speaker names alone on a line, questions and answers,
/// a numbered list of short items, a quoted headline, a short closing sentence, a timeline.
#[test]
fn body_shaped_like_listings_survives() {
    let lead = BODY.join("\n");
    let docs = [
        // a listicle: subheadings printed once, each with a one-sentence paragraph
        format!("{TITLE}\n{lead}\nHồ Xuân Hương giữa lòng thành phố\nHồ nằm ở trung tâm, du khách có thể đi bộ quanh hồ vào sáng sớm.\nĐồi chè Cầu Đất xanh mướt\nĐồi chè cách trung tâm khoảng 20 km, thích hợp để ngắm bình minh.\nChợ đêm Đà Lạt nhộn nhịp\nChợ mở từ chiều tối, bán nhiều món ăn vặt và đồ len giá rẻ.\nChúc bạn có chuyến đi vui vẻ.\n"),
        // an interview: speaker names alone on a line, one-sentence answers
        format!("{TITLE}\n{lead}\nPhóng viên Nguyễn Văn An\nÔng đánh giá thế nào về giá lúa năm nay?\nÔng Trần Văn Bình, Giám đốc\nGiá lúa năm nay cao hơn năm ngoái nhờ nhu cầu xuất khẩu tăng mạnh.\nPhóng viên Nguyễn Văn An\nNông dân cần làm gì để giữ được giá tốt?\nÔng Trần Văn Bình, Giám đốc\nBà con nên liên kết với doanh nghiệp và không bán tháo khi giá biến động.\n"),
        // questions and answers with labels
        format!("{TITLE}\n{lead}\nHỏi: Khi nào nên bán lúa?\nTrả lời:\nNên bán khi giá ổn định và độ ẩm hạt đạt chuẩn.\nHỏi: Có nên trữ lúa chờ giá?\nTrả lời:\nChỉ nên trữ khi có kho đạt chuẩn để tránh hao hụt.\n"),
        // a numbered list of short items, a quoted headline, a short closing sentence
        format!("{TITLE}\n{lead}\nCác bước nông dân cần làm:\n1. Theo dõi giá hằng ngày\n2. Liên kết với doanh nghiệp\n3. Không bán tháo\nBài báo \"Giá lúa lập đỉnh mới\" được nhiều người chia sẻ.\nCó. Có.\n"),
        // a timeline of dates, each with one sentence
        format!("{TITLE}\n{lead}\n20/11/2023 Hà Nội\nDự án khởi công với sự tham dự của lãnh đạo thành phố và người dân.\n15/3/2024 Hải Phòng\nGiai đoạn hai hoàn thành sớm hơn kế hoạch ba tháng.\n2/9/2024 Đà Nẵng\nCông trình được đưa vào sử dụng đúng dịp Quốc khánh.\n"),
    ];
    let without = Config::from_toml("[rules]\nignore = [\"B020\", \"B021\"]\n").unwrap();
    for doc in docs {
        // B020 and B021 take nothing from these
        assert_eq!(
            clean(&doc),
            clean_with(without.clone(), &doc, None).0,
            "{doc}"
        );
    }
}

/// A listing extracted from HTML is a long run of short lines (card titles and prices); below
/// a line read as navigation (an unmarked breadcrumb) it is not smoothed away as a stray run,
/// as a dump's menu would be: the page structure kept it.
#[test]
fn an_extracted_grid_below_a_breadcrumb_line_is_not_smoothed_away() {
    let cards: String = (1..=12)
        .map(|i| format!("<div><a href=/p{i}>Bamboo Motion Board {i}</a><div>${i}9+</div></div>"))
        .collect();
    let page = format!(
        "<html><body><main><h1>Accessories for standing desks</h1>\
         <div><span>Home</span> <span>Accessories for Standing Desks</span></div>\
         <div>{cards}</div></main></body></html>"
    );
    let doc = crate::process(&Pipeline::new(Config::default()), page.as_bytes()).unwrap();
    let text = &doc.cleaned.text;
    assert_eq!(text.matches("Bamboo Motion Board").count(), 12, "{text}");
}

/// A Q&A in a markdown dump, one short answer under each `##` question and an ad label between
/// two of them: read past their marks, the questions are headlines over one-sentence summaries,
/// and nothing marks them as a list of other articles; only the ad label goes.
#[test]
fn markdown_questions_with_short_answers_stay() {
    let doc = concat!(
        "# Năm câu hỏi thường gặp về bảo hiểm xã hội một lần\n",
        "Nhiều người lao động nghỉ việc băn khoăn có nên rút bảo hiểm xã hội một lần hay không, dưới đây là giải đáp của cơ quan bảo hiểm cho những thắc mắc phổ biến nhất.\n",
        "## Ai được rút bảo hiểm xã hội một lần?\n",
        "Người lao động nghỉ việc sau một năm mà không tiếp tục đóng và có yêu cầu thì được hưởng, theo quy định hiện hành của luật.\n",
        "## Mức hưởng được tính thế nào?\n",
        "Mỗi năm đóng trước năm 2014 được tính bằng 1,5 tháng lương bình quân, mỗi năm đóng từ năm 2014 trở đi được tính bằng hai tháng.\n",
        "Quảng cáo\n",
        "## Rút một lần có thiệt không?\n",
        "Chuyên gia cho rằng người lao động sẽ mất quyền hưởng lương hưu và thẻ bảo hiểm y tế do quỹ chi trả khi về già.\n",
        "## Hồ sơ gồm những gì?\n",
        "Hồ sơ gồm sổ bảo hiểm xã hội, đơn đề nghị theo mẫu và bản sao giấy tờ tùy thân, nộp tại cơ quan bảo hiểm nơi cư trú.\n",
        "## Bao lâu thì nhận được tiền?\n",
        "Trong vòng mười ngày làm việc kể từ khi nhận đủ hồ sơ, cơ quan bảo hiểm xã hội phải giải quyết và chi trả cho người lao động.\n",
    );
    assert_eq!(clean(doc), doc.replace("Quảng cáo\n", ""));
}

/// A one-block-per-line dump whose section menu is written without separators above and below
/// the article (its items joined by dashes, some of four syllables) loses both menus; a
/// headline that names a person and ministries, a capitalised syllable for each syllable of
/// the names, is the title and stays, and the site's name above it goes.
#[test]
fn spaced_menus_go_and_a_headline_of_names_stays() {
    let body = "Trưa 5.12, một đám cháy lớn bùng phát tại xưởng sản xuất đồ gỗ trong khu công nghiệp ở TP Tân Uyên, tỉnh Bình Dương, khiến hàng trăm công nhân phải sơ tán khẩn cấp.\nTheo ghi nhận của phóng viên, khoảng 11h, lửa bốc lên từ khu vực chứa nguyên liệu rồi nhanh chóng lan rộng, cột khói đen cao hàng chục mét.\nĐến 11h40, đám cháy cơ bản được khống chế, chưa ghi nhận thương vong. Nguyên nhân vụ cháy đang được cơ quan chức năng điều tra làm rõ.\n";
    let menu = "Trang chủ Thời sự Công đoàn Xã hội Thế giới Kinh doanh Bất động sản Văn hóa - Giải trí Thể thao Pháp luật Bạn đọc Sức khỏe Giáo dục Xe Du lịch Lao động việc làm";
    let title = "Cháy lớn tại xưởng gỗ ở Bình Dương, hàng trăm công nhân sơ tán";
    let doc = format!("{menu}\n{title}\n{body}{menu}\n");
    assert_eq!(clean(&doc), format!("{title}\n{body}"));
    let title = "Chủ tịch nước Lương Cường tiếp Bộ trưởng Quốc phòng Mỹ";
    let (text, meta) = clean_with(
        Config::default(),
        &format!("Báo Lao Động\n{title}\n{body}"),
        None,
    );
    assert_eq!(text, format!("{title}\n{body}"));
    assert_eq!(meta.title.as_deref(), Some(title));
}
