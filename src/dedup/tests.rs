use super::corpus::{doc_keys, CorpusIndex};
use super::options::CrossDocument;
use crate::config::Config;
use crate::pipeline::{Cleaned, Metadata, Pipeline};

fn clean(text: &str) -> Cleaned {
    let p = Pipeline::with_passes(Config::default(), vec![Box::new(super::Duplicates)]);
    p.run(text.to_string(), Metadata::default()).unwrap()
}

fn codes(c: &Cleaned) -> Vec<&'static str> {
    c.edits().map(|e| e.rule.code).collect()
}

const ITEM: &str =
    "Hợp tác nghiên cứu và phát triển: CSDL quốc gia, IoT, Điện toán đám mây, máy in 3D…;";

#[test]
fn repeated_list_item_is_removed_and_the_first_copy_marked() {
    let text = format!("Các nội dung: Chia sẻ kinh nghiệm xây dựng chính sách CNTT; {ITEM} {ITEM} Hợp tác đào tạo nguồn nhân lực.\n");
    let c = clean(&text);
    assert_eq!(c.text, format!("Các nội dung: Chia sẻ kinh nghiệm xây dựng chính sách CNTT; {ITEM} Hợp tác đào tạo nguồn nhân lực.\n"));
    let mut got = codes(&c);
    got.sort();
    assert_eq!(got, ["D001", "D004"]);
    assert!(c.stages[0]
        .edits
        .iter()
        .any(|e| e.reason.contains("repeats sentence 2")));
}

#[test]
fn repeats_far_apart_differing_in_case_spacing_or_normal_form_are_removed() {
    use unicode_normalization::UnicodeNormalization;
    let s = "Thủ tướng đề nghị hai bên tăng cường hợp tác trong lĩnh vực viễn thông.";
    let nfd: String = s.to_uppercase().nfd().collect();
    let text = format!("{s} Câu khác ở giữa đoạn văn này rất dài.\n\nĐoạn thứ hai nói về chuyện khác hẳn.\n\nMở đầu đoạn ba.  {}\n", nfd.replace(' ', "  "));
    let c = clean(&text);
    assert_eq!(
        c.text.matches("tăng cường").count() + c.text.matches("TĂNG").count(),
        1,
        "{}",
        c.text
    );
    assert!(c.text.contains("Mở đầu đoạn ba."));
}

/// A paragraph written three times or more is a row of the document's structure (the same
/// meal under each day of a meal plan) and every copy stays; written twice, the later copy
/// goes.
#[test]
fn a_row_written_under_each_day_stays() {
    let row = "Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp.";
    let days: String = ["Monday", "Tuesday", "Wednesday"]
        .iter()
        .map(|d| format!("{d} lunch: grilled chicken with brown rice and spinach.\n\n{row}\n\n"))
        .collect();
    let c = clean(&days);
    assert_eq!(c.text, days);
    let twice: String = days
        .splitn(5, "\n\n")
        .take(4)
        .collect::<Vec<_>>()
        .join("\n\n");
    let c = clean(&format!("{twice}\n"));
    assert_eq!(c.text.matches(row).count(), 1, "{}", c.text);
    // an extracted HTML page's repeats come from its markup (a post quoted under each reply):
    // the copies go
    let p = Pipeline::with_passes(Config::default(), vec![Box::new(super::Duplicates)]);
    let c = p
        .run_after(
            days.clone(),
            Some(("html", Vec::new())),
            Metadata::default(),
            None,
        )
        .unwrap();
    assert_eq!(c.text.matches(row).count(), 1, "{}", c.text);
}

#[test]
fn repeated_paragraph_goes_as_a_whole_line() {
    let p = "Hà Nội sẽ thí điểm thu phí vào nội đô từ năm sau, theo đề án vừa được thông qua.";
    let c = clean(&format!(
        "{p}\n\nĐoạn giữa khác hẳn với đoạn đầu tiên.\n\n{p}\n\nĐoạn cuối.\n"
    ));
    assert_eq!(
        c.text,
        format!("{p}\n\nĐoạn giữa khác hẳn với đoạn đầu tiên.\n\nĐoạn cuối.\n")
    );
    assert!(codes(&c).contains(&"D002"));
}

#[test]
fn a_documentation_page_keeps_its_repeats() {
    let p = "The amount intended to be collected by this payment, in the smallest currency unit.";
    let text =
        format!("amount\n\n{p}\n\ncurrency\n\nThree-letter ISO currency code.\n\namount\n\n{p}\n");
    let pipeline = Pipeline::with_passes(Config::default(), vec![Box::new(super::Duplicates)]);
    let meta = Metadata {
        page_type: Some("documentation".into()),
        ..Metadata::default()
    };
    let c = pipeline.run(text.clone(), meta).unwrap();
    assert_eq!(c.text, text);
    let article = Metadata {
        page_type: Some("article".into()),
        ..Metadata::default()
    };
    let c = pipeline.run(text.clone(), article).unwrap();
    assert_eq!(c.text.matches(p).count(), 1, "{}", c.text);
}

#[test]
fn near_misses_survive() {
    let cases = [
        "Tôi đi học ở trường làng mỗi sáng sớm. Tối đi học ở trường làng mỗi sáng sớm.",
        "Giá xăng tăng 500 đồng mỗi lít từ chiều nay. Giá xăng tăng 700 đồng mỗi lít từ chiều nay.",
        "Có. Có. Đúng vậy. Đúng vậy.",
        "Tin liên quan\nTin liên quan",
    ];
    for text in cases {
        let c = clean(text);
        assert!(
            !c.edits().any(|e| e.changes_text()),
            "{text:?} lost text: {:?}",
            c.text
        );
    }
}

#[test]
fn repeated_phrases_are_warnings_only() {
    let text = "Quan hệ hai nước phát triển phát triển toàn diện và ủng hộ các các sáng kiến.";
    let c = clean(text);
    assert_eq!(c.text, text);
    assert_eq!(codes(&c), ["D003", "D003"]);
}

/// A repeat next to an apostrophe or a soft hyphen, which joins the words around it in the
/// key ("the’s" is keyed "thes", "l'a" "la"): the repeat is still found, whichever copy the
/// joint touches, and a joint alone repeats nothing.
#[test]
fn repeated_phrases_next_to_a_joint_are_found() {
    for text in [
        "He wrote to the the’s editor about it.",
        "Elle dit l'a a tort, puis partit.",
        "Quan hệ phát triển phát triển\u{AD}mạnh giữa hai nước.",
        "It's about the new new plan's costs and and it's late.",
    ] {
        assert!(codes(&clean(text)).contains(&"D003"), "{text}");
    }
    for text in ["It's the team's best season, isn't it?", "l'a la a l'é"] {
        assert!(!codes(&clean(text)).contains(&"D003"), "{text}");
    }
}

fn index_run(docs: &[&str], mode: CrossDocument) -> Vec<Cleaned> {
    let mut config = Config::default();
    config.duplicates.cross_document = mode;
    let mut index = CorpusIndex::default();
    docs.iter()
        .enumerate()
        .map(|(i, d)| {
            let mut c = clean(d);
            let keys = doc_keys(&c.text, &config.duplicates);
            index
                .add(&format!("doc{i}"), keys, &mut c, &config)
                .unwrap();
            c
        })
        .collect()
}

#[test]
fn cross_document_copies_are_reported_or_removed_in_order() {
    let shared = "Bộ Y tế khuyến cáo người dân đeo khẩu trang khi đến nơi đông người.";
    let a = format!("Sáng nay thành phố ghi nhận thêm nhiều ca bệnh mới. {shared}\n");
    let b = format!("{shared} Chiều nay các trường học được yêu cầu tăng cường kiểm tra.\n");
    let reported = index_run(&[&a, &b], CrossDocument::Report);
    assert!(!reported[0].edits().any(|e| e.rule.code == "D005"));
    let d005: Vec<_> = reported[1]
        .edits()
        .filter(|e| e.rule.code == "D005")
        .collect();
    assert_eq!(d005.len(), 1);
    assert!(
        d005[0].reason.contains("doc0 (sentence 2)"),
        "{}",
        d005[0].reason
    );
    assert_eq!(reported[1].text, b);
    let removed = index_run(&[&a, &b], CrossDocument::Remove);
    assert_eq!(
        removed[1].text,
        "Chiều nay các trường học được yêu cầu tăng cường kiểm tra.\n"
    );
    assert_eq!(removed[0].text, a);
}

#[test]
fn leading_paragraphs_removed_across_documents_go_as_one_block() {
    let p1 = "Bộ Y tế khuyến cáo người dân đeo khẩu trang khi đến nơi đông người.";
    let p2 = "Sáng nay thành phố ghi nhận thêm nhiều ca bệnh mới tại các quận nội thành.";
    let p3 = "Chiều nay các trường học được yêu cầu tăng cường kiểm tra.";
    let a = format!("{p1}\n\n{p2}\n");
    let b = format!("{p1}\n\n{p2}\n\n{p3}\n");
    let removed = index_run(&[&a, &b], CrossDocument::Remove);
    assert_eq!(removed[1].text, format!("{p3}\n"));
    let d005 = removed[1].edits().filter(|e| e.rule.code == "D005").count();
    assert_eq!(d005, 1);
    let c = format!("{p2}\n\n{p1}\n\nHết.\n");
    assert_eq!(
        index_run(&[&a, &c], CrossDocument::Remove)[1].text,
        "Hết.\n"
    );
}

#[test]
fn whole_and_near_duplicate_documents_are_reported() {
    let base = "Ngày 12/3, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác phòng chống thiên tai năm qua và triển khai nhiệm vụ năm nay. Hội nghị đánh giá lực lượng chức năng đã chủ động ứng phó với nhiều cơn bão lớn, sơ tán hàng nghìn hộ dân đến nơi an toàn, không để xảy ra thiệt hại lớn về người. Năm nay, tỉnh sẽ đầu tư thêm kinh phí cho hệ thống cảnh báo sớm và diễn tập ứng phó tại các xã ven biển.";
    let near = format!("{base} Lãnh đạo tỉnh biểu dương các đơn vị làm tốt.");
    let other = "Một bài hoàn toàn khác về bóng đá: đội tuyển quốc gia thắng đậm trong trận giao hữu tối qua trước đông đảo khán giả.";
    let out = index_run(&[base, other, base, &near], CrossDocument::Report);
    assert!(out[2]
        .edits()
        .any(|e| e.rule.code == "D006" && e.reason == "same text as doc0"));
    let d007: Vec<_> = out[3].edits().filter(|e| e.rule.code == "D007").collect();
    assert_eq!(d007.len(), 1, "{:?}", out[3].edits().collect::<Vec<_>>());
    assert!(d007[0].reason.contains("doc0"));
    assert!(!out[1].edits().any(|e| e.rule.code.starts_with('D')));
}

#[test]
fn a_sentence_ending_in_a_unit_letter_repeated_is_removed() {
    // issue 15, defect 7: "32 độ C." hid the boundary, so the repeat was never compared
    let s = "Nhiệt độ cao nhất trong ngày ở Hà Nội khoảng 32 độ C.";
    let c = clean(&format!("{s} {s}\n"));
    assert_eq!(c.text, format!("{s}\n"));
    assert!(codes(&c).contains(&"D001"));
}
