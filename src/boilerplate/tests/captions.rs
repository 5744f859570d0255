//! Captions and photo credits go with their credit line (B006, B007); the paragraph beside
//! them, numbered items and table rows stay.

use super::fixtures::{wrap, wrap_blocks, BODY, HUB_ARTICLE, TITLE};
use super::{clean, clean_with};
use crate::config::Config;

#[test]
fn caption_glued_to_a_long_paragraph_takes_only_its_sentence() {
    let para = "Sáng 12/9, đoàn xe chở hàng cứu trợ đã đến các xã bị cô lập ở huyện miền núi. Hàng hóa gồm gạo, mì tôm, nước uống và thuốc men được phân phát tới từng hộ. Chính quyền xã cho biết nhiều tuyến đường vẫn bị ngập sâu.";
    let doc = format!("{para} Người dân nhận hàng tại nhà văn hóa xã. Ảnh: Minh Hà\n");
    let (text, meta) = clean_with(Config::default(), &doc, None);
    assert_eq!(text, format!("{para}\n"));
    assert_eq!(
        meta.captions,
        ["Người dân nhận hàng tại nhà văn hóa xã. Ảnh: Minh Hà"]
    );
}

/// The lines above a caption written twice on its line stay: a table's last rows, short and
/// ending no sentence, are no start of that caption (it is whole twice over).
#[test]
fn table_rows_above_a_doubled_caption_stay() {
    let para = "Theo khảo sát, giá chung cư tại nhiều quận của Hà Nội tăng mạnh trong năm qua, cao nhất ở các quận ven.";
    let rows =
        "Quận       2023  2024  Tăng\nLong Biên   45    57   27%\nGia Lâm     38    48   26%";
    let caption =
        "Nhiều dự án chung cư mới ở phía tây Hà Nội có giá trên 70 triệu đồng/m2. Ảnh: Hồng Khanh";
    let after = "Các chuyên gia cho rằng nguồn cung mới khan hiếm là nguyên nhân chính khiến giá tăng nhanh.";
    let doc = format!("{para}\n{rows}\n{caption} {caption}\n{after}\n");
    let (text, meta) = clean_with(Config::default(), &doc, None);
    assert_eq!(text, format!("{para}\n{rows}\n{after}\n"));
    assert_eq!(meta.captions, [format!("{caption} {caption}")]);
}

/// A figure's alt text and its caption run together onto one line (a dump written a block per
/// line) is a caption whole: both copies leave, not the last sentence only. A paragraph that
/// ends in a credit but does not repeat itself keeps its other sentences.
#[test]
fn caption_written_twice_on_one_line_leaves_whole() {
    let para = "Nhiều mẫu điện thoại gập cao cấp được các hệ thống bán lẻ giảm giá 8-15 triệu đồng, đưa giá bán về mức dễ tiếp cận hơn.";
    let after = "Theo đại diện một hệ thống bán lẻ, sức mua điện thoại gập năm nay tăng khoảng 40% so với năm 2023.";
    let caption = "Điện thoại gập được trưng bày tại một cửa hàng ở TP.HCM. Ảnh: Lâm Anh.";
    // not doubled: the sentences before the caption are the paragraph's
    let body = "Khảo sát tại một số chuỗi bán lẻ lớn ở TP.HCM cho thấy các mẫu máy gập giảm giá mạnh. Đáng chú ý, một mẫu vỏ sò được bán với giá khoảng 16,9 triệu đồng.";
    for (line, kept) in [
        (format!("{caption} {caption}"), String::new()),
        (format!("{body} {caption}"), format!("{body}\n")),
    ] {
        let (text, meta) = clean_with(
            Config::default(),
            &format!("{para}\n{line}\n{after}\n"),
            None,
        );
        assert_eq!(text, format!("{para}\n{kept}{after}\n"));
        assert_eq!(meta.captions.len(), 1, "{line}");
    }
}

/// A numbered list whose items each follow a picture (a shop's top ten) is the article: an item
/// right after an image file name that continues the numbering is not the picture's caption.
/// A short line after an image that numbers nothing (or starts a list afresh) is still one.
#[test]
fn numbered_items_after_pictures_are_not_captions() {
    let intro = "Mùa mua sắm cuối năm đã đến, và đây là những món quà dành cho người hoài niệm thập niên tám mươi mà bạn không nên bỏ lỡ.\n";
    let items = [
        "1) Bộ lắp ráp tàu vũ trụ phiên bản giới hạn",
        "2) Đường đua xe điện cho cả gia đình",
        "3) Hộp đĩa phim kinh điển bản đặc biệt",
    ];
    let outro = "Tất cả các món quà trên đều được giao miễn phí trong nội thành, và giá sẽ còn giảm thêm trong ngày cuối cùng của đợt khuyến mãi.\n";
    let doc = format!(
        "{intro}{}\nanh-1.jpg\n{}\nanh-2.jpg\n{}\n{outro}",
        items[0], items[1], items[2]
    );
    let (text, meta) = clean_with(Config::default(), &doc, None);
    for item in items {
        assert!(text.contains(item), "{item}: {text}");
    }
    assert!(meta.captions.is_empty(), "{:?}", meta.captions);
    // the caption of a picture, numbered or not, still leaves
    for caption in [
        "Cầu vượt sông Hồng nhìn từ trên cao",
        "1) Cầu vượt nhìn từ trên cao",
    ] {
        let (text, meta) = clean_with(
            Config::default(),
            &format!("{intro}anh-minh-hoa.jpg\n{caption}\n"),
            None,
        );
        assert_eq!(text, intro);
        assert_eq!(meta.captions, [caption]);
    }
}

#[test]
fn hard_wrapped_paragraph_after_a_caption_survives() {
    let doc = "Mưa lớn gây sạt lở nhiều tuyến đường ở các huyện miền núi phía bắc tỉnh trong đêm qua.\n\nHiện trường vụ sạt lở. Ảnh: Văn Tùng\n\nLực lượng chức năng đã huy động máy xúc\nđể thông đường tạm thời, đồng thời\ncắm biển cảnh báo nguy hiểm cho\nngười và phương tiện qua lại.\n";
    let (text, _) = clean_with(Config::default(), doc, None);
    assert!(text.contains("người và phương tiện qua lại."), "{text}");
    assert!(!text.contains("Văn Tùng"));
}

/// A caption whose credit a dumper wrapped onto a line of its own, the last of the caption's
/// paragraph (`…TP.HCM. Ảnh: Quỳnh` / `Trần`, `…TP.HCM. Ảnh:` / `Quỳnh Trần`): the name goes
/// with the caption (B007) instead of staying as a line of the article. A credit alone on the
/// line under a paragraph's last sentence takes that line only.
#[test]
fn a_credit_wrapped_onto_its_own_line_goes_with_the_caption() {
    let [a, b, c] = BODY;
    let body = |x: &str| wrap(x, 78);
    let caption = "   Khách hàng giao dịch tại một chi nhánh ngân hàng ở quận 1, TP.HCM.";
    for (first, tail) in [
        (format!("{caption} Ảnh: Quỳnh"), "   Trần"),
        (format!("{caption} Ảnh:"), "   Quỳnh Trần"),
    ] {
        let doc = format!(
            "{TITLE}\n\n{}\n{}\n{first}\n{tail}\n\n{}",
            body(a),
            body(b),
            body(c)
        );
        let (text, meta) = clean_with(Config::default(), &doc, None);
        assert!(!text.contains("Quỳnh") && !text.contains("Trần"), "{text}");
        assert!(text.contains("vụ đông xuân sắp tới."), "{text}");
        assert_eq!(meta.captions.len(), 1, "{:?}", meta.captions);
        assert!(
            meta.captions[0].ends_with("Quỳnh Trần"),
            "{:?}",
            meta.captions
        );
    }
    let doc = format!(
        "{TITLE}\n\n{}\n{}\nẢnh: Quỳnh Trần\n\n{}",
        body(a),
        body(b),
        body(c)
    );
    let text = clean(&doc);
    assert!(
        text.contains("ở mức cao trong những tháng đầu năm."),
        "{text}"
    );
    assert!(!text.contains("Quỳnh Trần"), "{text}");
}

/// A caption in a markdown dump's italics (`_… (Ảnh: HẢI MINH)_`, as html2text writes a
/// `<figcaption>` or `<em>`) goes as a caption (B007): the emphasis mark after the credit hid
/// it. A paragraph in italics that ends in no credit stays.
#[test]
fn an_italic_caption_of_a_markdown_dump_goes() {
    let [a, b, c] = BODY;
    let caption = "_Nông dân xã Thanh Xuân thu hoạch vải thiều (Ảnh: HẢI MINH)_";
    let doc = format!("{TITLE}\n\n{a}\n\n{b}\n\n{caption}\n\n{c}\n");
    let (text, meta) = clean_with(Config::default(), &doc, None);
    assert_eq!(text, format!("{TITLE}\n\n{a}\n\n{b}\n\n{c}\n"));
    assert_eq!(meta.captions.len(), 1, "{:?}", meta.captions);
    let note = "_Bài viết được thực hiện với sự hỗ trợ của hội nông dân huyện Thanh Hà._";
    let doc = format!("{TITLE}\n\n{a}\n\n{b}\n\n{note}\n\n{c}\n");
    assert_eq!(clean(&doc), doc);
}

/// A caption whose credit's name a block-per-line dump writes on the next line (BeautifulSoup's
/// `get_text("\n")` over `Ảnh: <strong>Quỳnh Trần</strong>`): the name goes with the caption
/// (B007). A paragraph ending with a colon over a short line that is no credit's (a list
/// announced, a speaker's name) stays, and so does a credit label's line over a sentence.
#[test]
fn a_credit_name_on_the_next_line_of_a_block_dump_goes_with_the_caption() {
    let [a, b, c] = BODY;
    let caption = "Khách hàng giao dịch tại một chi nhánh ngân hàng ở quận 1, TP.HCM. Ảnh:";
    let doc = format!("{TITLE}\n{a}\n{b}\n{caption}\nQuỳnh Trần\n{c}\n");
    let (text, meta) = clean_with(Config::default(), &doc, None);
    assert_eq!(text, format!("{TITLE}\n{a}\n{b}\n{c}\n"));
    assert_eq!(
        meta.captions,
        ["Khách hàng giao dịch tại một chi nhánh ngân hàng ở quận 1, TP.HCM. Ảnh: Quỳnh Trần"]
    );
    let announced = "Tham dự buổi làm việc có đại diện của hai bộ:";
    let doc = format!("{TITLE}\n{a}\n{b}\n{announced}\nBộ Tài chính\n{c}\n");
    assert_eq!(clean(&doc), doc);
    let sentence = "Người dân xếp hàng trước quầy giao dịch từ sáng sớm. Ảnh:";
    let doc = format!(
        "{TITLE}\n{a}\n{b}\n{sentence}\nNhiều người cho biết họ đã chờ hơn một giờ.\n{c}\n"
    );
    assert!(clean(&doc).contains("Nhiều người cho biết họ đã chờ hơn một giờ."));
}

/// English credit labels (B007) inside a review written one block per line: each `Credit: …`
/// line goes, the product's name above it, its subheading and its short list items stay (a
/// block of its own above a credit is no wrapped caption, and a credit says nothing of its
/// neighbours to the smoothing), and so does a one-line paragraph and a quote set apart.
#[test]
fn credit_lines_in_a_review_go_and_the_products_stay() {
    let product = |name: &str, spec: &str| {
        format!("{name}\nCredit: Amazon\nKey Specs\n* Capacity: {spec}\n* Dishwasher-safe: No\n")
    };
    let doc = format!(
        "{}\n{}{}One more thing.\n\"It keeps coffee hot for hours.\"\n{}",
        HUB_ARTICLE.replace("\n\n", "\n"),
        product("Fellow Clara French Press", "24 ounces"),
        product("Frieling Double Wall French Press", "36 ounces"),
        "The press you pick matters less than the beans you buy and how fresh they are. \
Grind them just before you brew, and keep the water just off the boil for the best cup.\n",
    );
    let (text, meta) = clean_with(Config::default(), &doc, None);
    for kept in [
        "Fellow Clara French Press",
        "Frieling Double Wall French Press",
        "Key Specs",
        "* Capacity: 36 ounces",
        "* Dishwasher-safe: No",
        "One more thing.",
        "\"It keeps coffee hot for hours.\"",
    ] {
        assert!(text.contains(kept), "lost {kept:?}:\n{text}");
    }
    assert!(!text.contains("Credit: Amazon"), "{text}");
    assert!(
        meta.captions.iter().any(|c| c == "Credit: Amazon"),
        "{meta:?}"
    );
}

/// A caption wrapped over lines in a hard-wrapped dump still goes whole with its credit: its
/// first line reached the wrap width.
#[test]
fn a_wrapped_english_caption_goes_with_its_credit() {
    let caption = "Head cells in the flatworm Dugesia japonica have different bioelectric \
voltages than tail cells do, as the lab's imaging shows. Image: Courtesy Michael Levin";
    let doc = wrap_blocks(
        &format!("Bioelectricity\n\n{HUB_ARTICLE}\n\n{caption}\n\n{HUB_ARTICLE}\n"),
        80,
    );
    let text = clean(&doc);
    assert!(!text.contains("flatworm"), "{text}");
    assert!(!text.contains("Courtesy"), "{text}");
    assert!(text.contains("The design is what won me over."), "{text}");
}
