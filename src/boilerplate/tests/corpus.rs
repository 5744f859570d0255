//! Lines that recur across documents (B012): a site's template goes, in a small run of one site
//! and in a crawl of many; prose that recurs stays.

use super::clean_with;
use crate::boilerplate::corpus::LineStats;
use crate::config::Config;
use crate::pipeline::Metadata;
use crate::pipeline::Pipeline;
use crate::site::Site;

#[test]
fn corpus_repetition_removes_template_lines_but_not_prose() {
    let prose = "Mọi thông tin chi tiết xin liên hệ đường dây nóng của ban tổ chức để được hỗ trợ kịp thời.";
    let docs: Vec<String> = (0..24)
        .map(|i| {
            format!(
                "Bài số {i} về chủ đề thời sự trong ngày hôm nay.\n\nĐây là nội dung riêng của bài {i}, với các số liệu và nhận định của phóng viên tại hiện trường.\n\n{prose}\n\nĐọc báo in mỗi sáng\n"
            )
        })
        .collect();
    let mut stats = LineStats::default();
    for d in &docs {
        let mut one = LineStats::default();
        one.observe(d);
        stats.merge(one);
    }
    let (text, _) = clean_with(Config::default(), &docs[3], Some(&stats));
    assert!(!text.contains("Đọc báo in"), "{text}");
    assert!(text.contains(prose));
    assert!(text.contains("nội dung riêng của bài 3"));
    // below min_docs nothing is removed
    let mut few = LineStats::default();
    for d in &docs[..7] {
        few.observe(d);
    }
    assert_eq!(
        Config::default().boilerplate.corpus.threshold(few.docs()),
        None
    );
}

/// A run of one site's few pages (8: min_docs) reads the menu line every page opens with as the
/// site's template: a page without a title line took it for its title.
#[test]
fn a_few_pages_of_one_site_share_their_menu() {
    let menu = "Star Ciné Musik Beauty & Fashion Đời sống Money-Z Ăn - Quẩy - Đi Xã hội Sức khỏe";
    let docs: Vec<String> = (0..8)
        .map(|i| {
            format!(
                "{menu}\n\nĐây là nội dung riêng của bài {i}, với các số liệu và nhận định của phóng viên tại hiện trường vào sáng nay.\n\nTheo ban tổ chức, sự kiện thứ {i} thu hút hàng nghìn người tham gia, nhiều hơn hẳn so với dự kiến ban đầu.\n"
            )
        })
        .collect();
    let (text, meta) = clean_with(Config::default(), &docs[2], None);
    assert!(
        text.contains(menu),
        "alone, the page's first line stays:\n{text}"
    );
    assert_eq!(meta.title.as_deref(), Some(menu));
    let mut stats = LineStats::default();
    for d in &docs {
        stats.observe(d);
    }
    let (text, meta) = clean_with(Config::default(), &docs[2], Some(&stats));
    assert!(!text.contains("Money-Z"), "{text}");
    assert_eq!(meta.title, None);
    assert!(text.contains("sự kiện thứ 2 thu hút"));
}

/// In a crawl of many sites, each site's menu is on all of its pages but on too few of the
/// crawl's (`min_share`): counted within its site — known from the URL line at the top of a
/// dump, or from the address the caller gives — it is the site's template, not the title of a
/// page without a title line. Without sites it stays, as with no statistics.
#[test]
fn a_sites_template_is_found_among_its_own_pages_in_a_crawl_of_many() {
    // a site's own words (the line key masks digits: `Báo 7` is every site's)
    let name = |site: usize| {
        let syllables = [
            "An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khánh", "Lâm",
        ];
        format!(
            "{} {}",
            syllables[site % 8],
            syllables[site / 8].to_lowercase()
        )
    };
    let page = |site: usize, i: usize| {
        let menu = format!(
            "Star {} Ciné Musik Beauty & Fashion Đời sống Xã hội Sức khỏe",
            name(site)
        );
        format!(
            "https://bao{site}.vn/bai-{i}.html\n{menu}\n\nĐây là nội dung riêng của bài {i} trên báo {site}, với các số liệu và nhận định của phóng viên tại hiện trường vào sáng nay.\n\nTheo ban tổ chức, sự kiện thứ {i} thu hút hàng nghìn người tham gia, nhiều hơn hẳn so với dự kiến ban đầu.\n"
        )
    };
    // 60 sites of 8 pages: a site's menu is on 8 of 480 pages, under the corpus's 2 % (10)
    let docs: Vec<String> = (0..60)
        .flat_map(|s| (0..8).map(move |i| (s, i)))
        .map(|(s, i)| page(s, i))
        .collect();
    let mut by_site = LineStats::default();
    let mut no_sites = LineStats::default();
    for d in &docs {
        by_site.observe_from(Site::of_document(None, d), d);
        no_sites.observe(d);
    }
    let doc = page(14, 3);
    let (text, meta) = clean_with(Config::default(), &doc, Some(&no_sites));
    assert!(text.contains("Musik"), "{text}");
    assert!(meta.title.is_some_and(|t| t.contains("Musik")));
    let (text, meta) = clean_with(Config::default(), &doc, Some(&by_site));
    assert!(!text.contains("Musik"), "{text}");
    assert_eq!(meta.title, None);
    assert!(text.contains("sự kiện thứ 3 thu hút"), "{text}");
    // the caller's address, for a dump without a URL line
    let bare = |d: &str| d.split_once('\n').unwrap().1.to_string();
    let mut stats = LineStats::default();
    for (s, d) in docs.iter().enumerate().map(|(k, d)| (k / 8, d)) {
        stats.observe_from(Site::of_address(&format!("https://bao{s}.vn/")), &bare(d));
    }
    let meta = Metadata {
        url: Some("https://bao14.vn/bai-3.html".into()),
        ..Metadata::default()
    };
    let out = Pipeline::new(Config::default())
        .run_with(bare(&doc), meta, Some(&stats))
        .unwrap();
    assert!(!out.text.contains("Musik"), "{}", out.text);
    let (text, _) = clean_with(Config::default(), &bare(&doc), Some(&stats));
    assert!(text.contains("Musik"), "no address, no site:\n{text}");
}
