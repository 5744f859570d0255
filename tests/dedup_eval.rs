//! Duplicate detection measured on a generated corpus with known injected duplicates.
//!
//! Each document is built from distinct base sentences; then copies are injected — adjacent,
//! far apart, with changed spacing, case or normal form (NFD), as a whole repeated paragraph,
//! and across documents — together with near-misses that must survive (one tone mark changed,
//! a number changed, short sentences repeated). Recall = injected copies removed; false
//! removals = base sentences or near-misses lost. `cargo test --test dedup_eval -- --nocapture`
//! prints the figures.

use sach::config::Config;
use sach::dedup::corpus::{doc_keys, CorpusIndex};
use sach::dedup::key::key;
use sach::dedup::options::CrossDocument;
use sach::pipeline::Pipeline;
use unicode_normalization::UnicodeNormalization;

const BASE: &[&str] = &[
    "Ủy ban nhân dân tỉnh vừa phê duyệt kế hoạch nâng cấp tuyến đê biển dài 12 km.",
    "Công trình dự kiến hoàn thành trước mùa mưa bão năm sau với tổng vốn 450 tỷ đồng.",
    "Người dân ven biển được hướng dẫn gia cố nhà cửa và dự trữ lương thực.",
    "Ngành y tế cử thêm 30 bác sĩ về các trạm y tế xã vùng sâu.",
    "Giá lúa tại đồng bằng sông Cửu Long tăng nhẹ trong tuần qua.",
    "Nhiều thương lái cho biết nhu cầu xuất khẩu gạo thơm đang ở mức cao.",
    "Sở Giáo dục yêu cầu các trường rà soát cơ sở vật chất trước năm học mới.",
    "Học sinh vùng lũ được miễn học phí trong học kỳ đầu tiên.",
    "Cảnh sát giao thông tăng cường kiểm tra nồng độ cồn vào dịp cuối tuần.",
    "Số vụ tai nạn trong quý ba giảm đáng kể so với cùng kỳ năm trước.",
    "Thành phố khởi công tuyến xe buýt điện đầu tiên nối trung tâm với sân bay.",
    "Mỗi chuyến xe chạy cách nhau 15 phút từ 5 giờ sáng đến 10 giờ tối.",
    "Doanh nghiệp phần mềm trong nước ký hợp đồng cung cấp dịch vụ cho đối tác Nhật Bản.",
    "Hai bên thống nhất đào tạo 200 kỹ sư trong vòng hai năm tới.",
    "Bảo tàng tỉnh mở cửa miễn phí cho du khách trong dịp lễ hội mùa xuân.",
    "Triển lãm giới thiệu hơn 300 hiện vật gốm cổ được khai quật gần đây.",
    "Đội tuyển bóng đá nữ giành chiến thắng thuyết phục ở trận ra quân.",
    "Huấn luyện viên cho biết toàn đội sẽ tập trung hồi phục thể lực.",
    "Cơ quan khí tượng dự báo đợt nắng nóng sẽ kéo dài thêm ba ngày.",
    "Nhiệt độ cao nhất tại các tỉnh miền Trung có nơi trên 39 độ C.",
];

/// Near-misses of a sentence: one tone mark changed, a number changed.
fn near_misses(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (from, to) in [
        ("á", "à"),
        ("ả", "ạ"),
        ("ế", "ể"),
        ("ố", "ồ"),
        ("ê", "ế"),
        ("ơ", "ờ"),
    ] {
        if s.contains(from) {
            out.push(s.replacen(from, to, 1));
            break;
        }
    }
    if let Some(d) = s.chars().find(char::is_ascii_digit) {
        let next = char::from_digit((d.to_digit(10).unwrap() + 1) % 10, 10).unwrap();
        out.push(s.replacen(d, &next.to_string(), 1));
    }
    out
}

struct Doc {
    text: String,
    /// Sentences that must be present exactly once, with how many copies of each were injected.
    once: Vec<(String, usize)>,
    /// Near-misses and short sentences: must survive.
    keep: Vec<String>,
}

/// Base sentence `i` as written in document `d` (unique per document).
fn base(d: usize, i: usize) -> String {
    let s = BASE[(d * 5 + i) % BASE.len()];
    format!("{} (bản tin {d}).", s.trim_end_matches('.'))
}

fn corpus() -> Vec<Doc> {
    (0..10)
        .map(|d| {
            let [a, b, c, e, f] = [0, 1, 2, 3, 4].map(|i| base(d, i));
            let near = near_misses(&f);
            let mut paras = vec![
                format!("{a} {a} {b}"),                         // adjacent copy
                format!("{c} {e} Có. Có. Đúng vậy. Đúng vậy."), // short repeats are legitimate
                format!("{f} {}", near.join(" ")),              // near-misses of f
                format!(
                    "Đoạn cuối nhắc lại ý chính. {} {} {}",
                    b.replace(' ', "  "),
                    c.to_uppercase(),
                    e.nfd().collect::<String>()
                ),
                format!("{a} {a} {b}"), // whole paragraph repeated
            ];
            let mut once = vec![(a, 3), (b, 2), (c, 1), (e, 1), (f, 0)];
            if d > 0 {
                paras.push(base(d - 1, 2)); // a sentence of the previous document, copied across files
                once.push((base(d - 1, 2), 1));
            }
            let mut keep = near;
            keep.extend(["Có.".to_string(), "Đúng vậy.".to_string()]);
            Doc {
                text: paras.join("\n\n") + "\n",
                once,
                keep,
            }
        })
        .collect()
}

#[test]
fn injected_duplicates_are_found_and_near_misses_survive() {
    let mut config = Config::default();
    config.duplicates.cross_document = CrossDocument::Remove;
    let pipeline = Pipeline::new(config.clone());
    let mut index = CorpusIndex::default();
    let (mut injected, mut removed, mut guarded, mut lost) = (0, 0, 0, 0);
    for (i, doc) in corpus().into_iter().enumerate() {
        let mut processed = sach::process(&pipeline, doc.text.as_bytes()).unwrap();
        let keys = doc_keys(&processed.cleaned.text, &config.duplicates);
        index
            .add(&format!("doc{i}"), keys, &mut processed.cleaned, &config)
            .unwrap();
        let text = &processed.cleaned.text;
        let out: Vec<String> = sach::segment::sentences(text)
            .into_iter()
            .map(|r| key(&text[r]))
            .collect();
        let count = |s: &str| out.iter().filter(|o| **o == key(s)).count();
        let cross_copy_of_mine = i > 0; // sentence 2 of the previous doc was copied into this one
        for (j, (s, copies)) in doc.once.iter().enumerate() {
            let from_elsewhere = cross_copy_of_mine && j == doc.once.len() - 1;
            let expected = if from_elsewhere { 0 } else { 1 };
            injected += copies;
            guarded += expected;
            match count(s) {
                n if n == expected => removed += copies,
                0 => {
                    lost += 1;
                    println!("doc{i}: LOST {s}");
                }
                n => println!("doc{i}: {} of {copies} copies kept: {s}", n - expected),
            }
        }
        for s in &doc.keep {
            guarded += 1;
            if count(s) == 0 {
                lost += 1;
                println!("doc{i}: LOST near-miss {s}");
            }
        }
    }
    println!("dedup eval: recall {removed}/{injected} injected copies removed, false removals {lost}/{guarded} sentences that must stay");
    assert_eq!(lost, 0, "false removals");
    assert_eq!(removed, injected, "recall");
}
