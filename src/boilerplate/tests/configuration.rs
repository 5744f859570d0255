//! Configuration: user patterns and markers, and rule selection deciding what runs (an ignored
//! rule neither removes its line nor fills the metadata).

use super::clean_with;
use crate::config::Config;

#[test]
fn user_patterns_markers_and_rule_toggles() {
    let config = Config::from_toml(
        "[boilerplate]\nend_markers = [\"Bài cùng tác giả\"]\ndrop_lines = ['^Ảnh: Shutterstock$']\nkeep_lines = ['^Chia sẻ$']\n",
    )
    .unwrap();
    let body = "Hôm nay, thành phố khởi công tuyến đường sắt đô thị số 5 với tổng vốn hơn 40.000 tỷ đồng, dài 38 km.\n\nDự án dự kiến hoàn thành năm 2030, giúp giảm ùn tắc cho cửa ngõ phía tây, theo đại diện ban quản lý dự án đường sắt.\n";
    let doc = format!("{body}\nẢnh: Shutterstock\n\nChia sẻ\n\nBài cùng tác giả\n\nMột bài khác\n");
    let (text, _) = clean_with(config, &doc, None);
    assert_eq!(text, format!("{body}\nChia sẻ\n"));

    let ignore = Config::from_toml("[rules]\nignore = [\"B007\"]\n").unwrap();
    let doc = "Toàn cảnh lễ ký kết (Ảnh: Phan Thảo Nguyên)\n\nHai bộ đã ký kết biên bản ghi nhớ về hợp tác trong lĩnh vực công nghệ thông tin.\n";
    assert_eq!(clean_with(ignore, doc, None).0, doc);

    assert!(Config::from_toml("[boilerplate]\ndrop_lines = ['(']\n").is_err());
    let example = include_str!("../../../scripts/sach.example.toml");
    let example = Config::from_toml(example).unwrap();
    assert_eq!(example.boilerplate.drop_lines.0.len(), 2);
    assert!(Config::from_toml("[boilerplate]\nmin_words = 3\n").is_err());
    assert!(Config::from_toml("[boilerplate.corpus]\nmin_df = 3\n").is_ok());
}

#[test]
fn ignored_rules_neither_remove_nor_fill_metadata() {
    let body = "Sáng nay, Ủy ban nhân dân thành phố đã tổ chức lễ khởi công cầu vượt sông Hồng nối hai quận trung tâm.\n\nCông trình dài hơn 5 km, tổng vốn đầu tư 20.000 tỷ đồng, dự kiến hoàn thành trong ba năm tới.\n";
    let doc = format!("PV| 03/05/2018 08:21\n\n{body}");
    let (text, meta) = clean_with(Config::default(), &doc, None);
    assert_eq!(text, body);
    assert_eq!(meta.date.as_deref(), Some("03/05/2018 08:21"));
    // B015 would take the line as outside the article: switched off too, to see B005 alone
    let ignore = Config::from_toml("[rules]\nignore = [\"B005\", \"B015\"]\n").unwrap();
    let (text, meta) = clean_with(ignore, &doc, None);
    assert_eq!(text, doc);
    assert_eq!((meta.author, meta.date), (None, None));

    let doc = format!("{body}\nanh-minh-hoa.jpg\n\nCầu vượt sông Hồng nhìn từ trên cao\n");
    let (text, meta) = clean_with(Config::default(), &doc, None);
    assert_eq!(text, body);
    assert_eq!(meta.captions, ["Cầu vượt sông Hồng nhìn từ trên cao"]);
    let ignore = Config::from_toml("[rules]\nignore = [\"B006\", \"B015\"]\n").unwrap();
    let (text, meta) = clean_with(ignore, &doc, None);
    assert!(
        text.contains("anh-minh-hoa.jpg\n\nCầu vượt sông Hồng nhìn từ trên cao"),
        "{text}"
    );
    assert!(meta.captions.is_empty());
}
