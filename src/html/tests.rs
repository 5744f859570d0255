//! Whole-stage tests: what a page keeps, what it loses and why.

use super::*;
use crate::edit;

/// The kept text and the rule of every dropped block.
fn run(page: &str) -> (String, Vec<&'static str>, Metadata) {
    let e = extract(page);
    let kept = edit::apply(&e.text, &e.edits);
    let rules = e.edits.iter().map(|e| e.rule.code).collect();
    (kept, rules, e.meta)
}

const PROSE: &str = "Mưa lớn kéo dài nhiều ngày khiến nước sông dâng cao, nhiều tuyến đường bị ngập sâu và hàng nghìn người dân phải sơ tán đến nơi an toàn.";

#[test]
fn article_kept_template_dropped() {
    let page = format!(
        r#"<html><head><title>Mưa lớn - Báo</title></head><body>
        <div class="header"><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/ts">Thời sự</a></li></ul></div>
        <div class="main"><h1>Mưa lớn ở miền Trung</h1>
        <div class="date">Thứ hai, 2/12/2024</div>
        <p>{PROSE}</p><h2>Cứu hộ</h2><p>{PROSE}</p>
        <div class="box-tinlienquan"><p>Tin liên quan: người dân miền Trung chuẩn bị ứng phó với bão số 9 sắp đổ bộ vào đất liền.</p></div>
        <div class="comment-list"><p>Tôi thấy năm nay mưa nhiều hơn mọi năm, mong mọi người đều được an toàn trong mùa mưa bão.</p></div>
        </div><div class="col"><p>Giá vàng trong nước hôm nay tiếp tục tăng mạnh theo đà tăng của thị trường thế giới.</p></div>
        <footer>© 2024 Báo Điện tử</footer></body></html>"#
    );
    let (kept, rules, meta) = run(&page);
    assert_eq!(kept, format!("{PROSE}\n\nCứu hộ\n\n{PROSE}\n\n"));
    assert_eq!(meta.title.as_deref(), Some("Mưa lớn ở miền Trung"));
    for code in ["H001", "H002", "H008", "H009"] {
        assert!(rules.contains(&code), "{code} in {rules:?}");
    }
}

#[test]
fn a_page_of_links_keeps_its_main_region_not_its_menu() {
    let items: String = (0..20)
        .map(|i| format!("<li><a href=/{i}>Tin số {i} về giao thông Hà Nội</a></li>"))
        .collect();
    let page = format!(
        "<body><nav><a href=/>Trang chủ</a> <a href=/a>Thời sự</a></nav>\
         <div class=\"list\"><h1>Giao thông</h1><ul>{items}</ul></div><footer>© Báo</footer></body>"
    );
    let (kept, rules, _) = run(&page);
    assert!(kept.starts_with("Giao thông\n\nTin số 0"), "{kept}");
    assert!(kept.contains("Tin số 19") && !kept.contains("Trang chủ") && !kept.contains('©'));
    assert!(rules.iter().all(|r| *r == "H002"), "{rules:?}");
    // a page with no text outside its template is empty
    let (kept, rules, _) = run("<body><nav><a href=/>Trang chủ</a></nav></body>");
    assert_eq!((kept.as_str(), rules), ("", vec!["H010"]));
}

#[test]
fn a_site_whose_every_module_is_a_widget_keeps_its_prose() {
    let modules: String = (0..5)
        .map(|i| format!("<div class=\"widget-span\"><p>Đoạn {i}: {PROSE}</p></div>"))
        .collect();
    let page = format!(
        "<body><div class=\"widget\"><a href=/>Trang chủ</a></div><main>{modules}</main></body>"
    );
    let (kept, _, _) = run(&page);
    assert_eq!(kept.matches("Đoạn ").count(), 5, "{kept}");
    assert!(!kept.contains("Trang chủ"), "{kept}");
}

#[test]
fn a_page_named_template_throughout_is_rescued_by_its_tags() {
    // a page builder: every module a `widget`, the menu a real <nav>, no <main> to overrule
    let modules: String = (0..3)
        .map(|i| format!("<div class=\"elementor-widget\"><p>Đoạn {i}: {PROSE}</p></div>"))
        .collect();
    let page = format!(
        "<body><div class=\"elementor-widget-nav\"><nav><a href=/>Trang chủ</a> <a href=/a>Tin</a></nav></div>\
         {modules}<footer>© 2024 Công ty</footer></body>"
    );
    let (kept, rules, _) = run(&page);
    assert_eq!(kept.matches("Đoạn ").count(), 3, "{kept}");
    assert!(!kept.contains("Trang chủ") && !kept.contains('©'), "{kept}");
    assert!(rules.contains(&"H002"), "{rules:?}");
    // with prose outside them, the names are trusted: a related box stays out
    let page = format!(
        "<body><article><p>{PROSE}</p><p>{PROSE}</p></article>\
         <div class=\"related-posts\"><p>Bài khác: {PROSE}</p></div></body>"
    );
    let (kept, _, _) = run(&page);
    assert!(!kept.contains("Bài khác"), "{kept}");
}

#[test]
fn a_grid_of_cards_is_kept_whole_not_only_its_one_description() {
    let cards: String = (0..12)
        .map(|i| {
            format!(
                "<div class=\"card\"><h3><a href=/p{i}>Ghế văn phòng lưới mẫu {i}</a></h3>\
                 <span class=\"price\">1.{i}00.000 đ</span><div>Hãng Hòa Phát</div></div>"
            )
        })
        .collect();
    let page = format!(
        "<body><nav><a href=/>Trang chủ</a></nav><div class=\"category\"><h1>Ghế lưới</h1>\
         <div class=\"intro\"><p>{PROSE}</p></div><div class=\"grid\">{cards}</div></div>\
         <footer>© Cửa hàng</footer></body>"
    );
    let (kept, _, meta) = run(&page);
    assert!(kept.contains(PROSE), "{kept}");
    assert_eq!(kept.matches("Ghế văn phòng lưới mẫu").count(), 12, "{kept}");
    assert_eq!(kept.matches("Hãng Hòa Phát").count(), 12, "{kept}");
    assert!(!kept.contains("Trang chủ") && !kept.contains('©'), "{kept}");
    assert_ne!(meta.page_type.as_deref(), Some("article"));
    // a theme's og:type article on the category page does not make its grid an article
    let og = format!("<head><meta property=\"og:type\" content=\"article\"></head>{page}");
    let (kept, _, _) = run(&og);
    assert_eq!(kept.matches("Ghế văn phòng lưới mẫu").count(), 12, "{kept}");
}

#[test]
fn a_card_grid_keeps_what_its_caption_elements_hold_but_not_photo_captions() {
    let cards: String = (0..12)
        .map(|i| {
            format!(
                "<div class=\"thumbnail\"><img src=/p{i}.jpg><div class=\"caption\">\
                 <a href=/p{i}>Máy chiếu laser mẫu {i}</a></div><div class=\"caption\">Giá: 1{i}.000.000 đ</div><div>Hãng Epson</div></div>"
            )
        })
        .collect();
    let page = format!(
        "<body><nav><a href=/>Trang chủ</a></nav><div class=\"category\"><h1>Máy chiếu</h1>\
         <div class=\"intro\"><p>{PROSE}</p></div><figure><img src=/banner.jpg><figcaption>Ảnh: showroom</figcaption></figure>\
         <div class=\"grid\">{cards}</div></div><footer>© Cửa hàng</footer></body>"
    );
    let (kept, rules, _) = run(&page);
    assert_eq!(kept.matches("Máy chiếu laser mẫu").count(), 12, "{kept}");
    assert_eq!(kept.matches("Giá: 1").count(), 12, "{kept}");
    assert!(
        !kept.contains("showroom") && rules.contains(&"H007"),
        "{kept}"
    );
    // in an article, a caption-named element is a caption
    let article = format!(
        "<body><article><h1>Máy chiếu</h1><p>{PROSE}</p><div class=\"caption\">Ảnh: máy chiếu trong phòng khách</div><p>{PROSE}</p></article></body>"
    );
    let (kept, _, meta) = run(&article);
    assert!(!kept.contains("phòng khách"), "{kept}");
    assert_eq!(
        meta.captions,
        vec!["Ảnh: máy chiếu trong phòng khách".to_string()]
    );
}

#[test]
fn a_page_of_repeated_section_widgets_keeps_its_short_sections_too() {
    let sections: String = (0..5)
        .map(|i| {
            format!(
                "<section><div class=\"widget-container\"><h2>Dịch vụ {i}</h2></div>\
                 <div class=\"widget-container\"><p>Mục {i}: {PROSE}</p></div>\
                 <div class=\"widget-container\"><h3>Tư vấn miễn phí {i}</h3><p>Gọi ngay hôm nay.</p></div></section>"
            )
        })
        .collect();
    let page = format!(
        "<body><nav><a href=/>Trang chủ</a></nav><div class=\"page\">{sections}</div>\
         <footer>© Công ty</footer></body>"
    );
    let (kept, _, _) = run(&page);
    assert_eq!(kept.matches("Mục ").count(), 5, "{kept}");
    assert_eq!(kept.matches("Dịch vụ ").count(), 5, "{kept}");
    assert_eq!(kept.matches("Tư vấn miễn phí").count(), 5, "{kept}");
    assert!(!kept.contains("Trang chủ") && !kept.contains('©'), "{kept}");
}

#[test]
fn a_long_noscript_view_is_read_and_a_hidden_wrapper_is_shown() {
    let posts: String = (0..12)
        .map(|i| format!("<p>Đoạn {i}: {PROSE}</p>"))
        .collect();
    let (kept, _, _) = run(&format!(
        "<body><div id=app></div><noscript>{posts}</noscript></body>"
    ));
    assert_eq!(kept.matches("Đoạn ").count(), 12, "{kept}");
    let (kept, _, _) =
        run("<body><noscript><img src=/pixel.gif> Please enable JavaScript.</noscript></body>");
    assert_eq!(kept, "");
    let (kept, _, _) = run(&format!(
        "<body><div style=\"visibility:hidden\"><p>{PROSE}</p></div><div style=\"display:none\"><p>Ẩn: {PROSE}</p></div></body>"
    ));
    assert_eq!(kept.trim_end(), PROSE);
}

#[test]
fn data_tables_become_rows_and_lists_lines() {
    let page = format!(
        "<article><p>{PROSE}</p><table><tr><th>Tỉnh</th><th>Lượng mưa</th></tr>\
         <tr><td>Huế</td><td>500 mm</td></tr></table><ul><li>Một</li><li>Hai</li></ul><p>{PROSE}</p></article>"
    );
    let (kept, _, _) = run(&page);
    assert!(
        kept.contains("Tỉnh | Lượng mưa\nHuế | 500 mm\n\nMột\nHai\n\n"),
        "{kept}"
    );
}

#[test]
fn teaser_lists_are_listings_of_cards_but_articles_with_link_lines_are_not() {
    let teaser = |i: usize| {
        format!(
            "<h3><a href=/{i}>Tiêu đề bài viết số {i} về giao thông đô thị</a></h3>\
             <p>Bài số {i}: cơ quan chức năng cho biết sẽ điều chỉnh phương án phân luồng trong dịp cuối năm.</p>"
        )
    };
    let home: String = (0..8).map(teaser).collect();
    let page = format!(
        "<body><nav><a href=/>Trang chủ</a> <a href=/a>Thời sự</a></nav><main>{home}</main></body>"
    );
    let e = extract(&page);
    let kept = edit::apply(&e.text, &e.edits);
    // a listing is its cards, headline and summary each, without the menu
    assert!(kept.starts_with("Tiêu đề bài viết số 0"), "{kept}");
    assert!(
        kept.contains("Bài số 7: cơ quan") && !kept.contains("Trang chủ"),
        "{kept}"
    );
    assert_eq!(e.meta.page_type.as_deref(), Some("listing"));
    // a shopping list article: short link lines between its paragraphs are not headlines
    let article: String = (0..6)
        .map(|i| format!("<p>Sản phẩm số {i} có thời lượng pin tốt, màn hình sáng và giá bán hợp lý cho học sinh, sinh viên.</p><p>Xem giá: <a href=/s{i}>Shop</a></p>"))
        .collect();
    let (kept, _, _) = run(&format!("<article>{article}</article>"));
    assert!(kept.contains("Sản phẩm số 5 có thời lượng pin"), "{kept}");
}

#[test]
fn an_article_in_cards_is_one_container() {
    let cards: String = (0..6)
        .map(|i| format!("<div class=\"card\"><div class=\"card-text\"><p>Đoạn {i}: {PROSE}</p></div></div><div class=\"card\"><div class=\"ad\">Quảng cáo</div></div>"))
        .collect();
    let (kept, _, _) = run(&format!("<body><div id=\"main\">{cards}</div></body>"));
    assert_eq!(kept.matches("Đoạn ").count(), 6, "{kept}");
}

#[test]
fn a_teaser_list_does_not_outscore_a_short_article() {
    let teasers: String = (0..10)
        .map(|i| format!("<li><a href=/{i}>Tin {i}</a> Hà Nội: người dân các quận nội thành tiếp tục phản ánh tình trạng ùn tắc kéo dài vào giờ cao điểm buổi sáng.</li>"))
        .collect();
    let page = format!("<body><div class=\"story\"><p>{PROSE}</p><p>Đến chiều cùng ngày, nước đã rút ở nhiều nơi, giao thông dần trở lại bình thường.</p></div><ul>{teasers}</ul></body>");
    let (kept, _, _) = run(&page);
    assert!(kept.starts_with(PROSE) && !kept.contains("Tin 3"), "{kept}");
}

#[test]
fn page_types_switch_drops_other_types_whole() {
    let cards: String = (0..6)
        .map(|i| {
            format!("<div class=\"card\"><a href=/p{i}>Cà phê rang xay số {i}</a> 120.000đ</div>")
        })
        .collect();
    let page = format!(
        "<html><head><link rel=canonical href=\"https://shop.example/collections/ca-phe\"></head>\
         <body><main><h1>Cà phê</h1>{cards}</main></body></html>"
    );
    let all = extract(&page);
    assert_eq!(all.meta.page_type.as_deref(), Some("collection"));
    assert!(edit::apply(&all.text, &all.edits).contains("Cà phê rang xay số 5"));
    let articles = page_type::Options {
        page_types: vec!["article".into()],
    };
    let only = extract_with(&page, &articles, &RuleSet::new(&Config::default()));
    assert_eq!(edit::apply(&only.text, &only.edits), "");
    assert!(only.edits.iter().all(|e| e.rule.code == "H012"));
    // an article is kept under the same switch
    let article = format!("<article><p>{PROSE}</p><p>{PROSE}</p></article>");
    let kept = extract_with(&article, &articles, &RuleSet::new(&Config::default()));
    assert!(edit::apply(&kept.text, &kept.edits).contains(PROSE));
}

#[test]
fn a_page_of_sections_keeps_every_section() {
    // a service page: each section its own heading, paragraph and call to action; no one
    // container holds most of the prose
    let sections: String = (0..5)
        .map(|i| {
            format!(
                "<section><div class=\"wrap\"><h2>Dịch vụ {i}</h2><p>Dịch vụ số {i}: {PROSE}</p>\
                 <a href=/d{i}>Đăng ký ngay</a></div></section>"
            )
        })
        .collect();
    let page = format!(
        "<body><header><nav><a href=/>Trang chủ</a></nav></header><main>{sections}</main>\
         <footer>© 2024 Công ty</footer></body>"
    );
    let (kept, _, _) = run(&page);
    assert_eq!(kept.matches("Dịch vụ số").count(), 5, "{kept}");
    assert!(kept.contains("Dịch vụ 4") && !kept.contains("Trang chủ") && !kept.contains('©'));
    // an article that says so keeps its body and not the summaries beside it
    let teasers: String = (0..3)
        .map(|i| format!("<div class=\"box\"><p>Tin khác {i}: {PROSE}</p></div>"))
        .collect();
    let story = format!("<p>{PROSE}</p>").repeat(5);
    let article = format!(
        "<html><head><meta property=\"og:type\" content=\"article\"></head><body>\
         <div class=\"story\">{story}</div>{teasers}</body></html>"
    );
    let (kept, _, _) = run(&article);
    assert!(
        kept.starts_with(PROSE) && !kept.contains("Tin khác"),
        "{kept}"
    );
}

#[test]
fn a_forum_thread_keeps_its_posts_and_their_signatures() {
    let posts: String = (0..4)
        .map(|i| {
            format!(
                "<div class=\"comment\"><div class=\"author\">Nguyễn Văn {i}</div>\
                 <p>Bài viết {i}: {PROSE}</p></div>"
            )
        })
        .collect();
    let thread = |url: &str| {
        format!(
            "<html><head><link rel=canonical href=\"{url}\"></head><body>\
             <nav><a href=/>Trang chủ</a></nav><main><h1>Hỏi về mưa lũ</h1>{posts}</main></body></html>"
        )
    };
    let (kept, _, meta) = run(&thread("https://example.vn/forum/t/mua-lu-123"));
    assert_eq!(meta.page_type.as_deref(), Some("forum"));
    assert_eq!(kept.matches("Bài viết").count(), 4, "{kept}");
    assert!(
        kept.contains("Nguyễn Văn 3") && !kept.contains("Trang chủ"),
        "{kept}"
    );
    // the same markup on an article's address: the comments are not the article
    let (kept, _, _) = run(&thread("https://example.vn/tin/mua-lu-123.html"));
    assert!(!kept.contains("Nguyễn Văn"), "{kept}");
}

#[test]
fn a_product_description_only_in_json_ld_leads_the_page_once() {
    const DESC: &str = "Dép quai hậu đế Vibram 5 mm, nhẹ, bền và bám đường tốt, làm thủ công tại Hà Nội từ da bò thật.";
    let ld = |items: &str| {
        format!(
            r#"<script type="application/ld+json">{{"@context":"https://schema.org",{items}}}</script>"#
        )
    };
    let product = ld(&format!(
        r#""@type":"Product","name":"Dép EVO","description":"<p>{DESC}</p>""#
    ));
    let body = format!(
        "<body><main><h1>Dép EVO</h1><p>{PROSE}</p><div class=tab hidden><p>{DESC}</p></div></main></body>"
    );
    let (kept, _, meta) = run(&format!("<head>{product}</head>{body}"));
    assert_eq!(meta.page_type.as_deref(), Some("product"));
    assert_eq!(kept, format!("{DESC}\n\n{PROSE}\n"));
    // shown on the page: not twice
    let shown = body.replace(" hidden", "");
    let (kept, _, _) = run(&format!("<head>{product}</head>{shown}"));
    assert_eq!(kept.matches("Vibram").count(), 1, "{kept}");
    // a listing's products are not a description
    let listing = ld(&format!(
        r#""@type":"ItemList","itemListElement":[{{"@type":"Product","description":"{DESC}"}},{{"@type":"Product","description":"Áo khoác gió hai lớp, chống nước, có mũ trùm và túi trong, may tại Đà Nẵng."}}]"#
    ));
    let (kept, _, _) = run(&format!("<head>{listing}</head>{body}"));
    assert!(!kept.contains("Vibram"), "{kept}");
}

#[test]
fn react_streamed_parts_are_read_where_their_template_stands() {
    let page = format!(
        "<body><main><h1>Bàn gấp</h1><p>{PROSE}</p><template id=\"B:0\"></template><p>Cuối: {PROSE}</p>\
         <template id=\"P:1\"></template></main><footer>© 2024 Cửa hàng</footer>\
         <div hidden id=\"S:0\"><p>Mô tả: {PROSE}</p></div><div hidden id=\"menu\"><p>Ẩn: {PROSE}</p></div>\
         <div hidden id=\"S:1\"><p>Phụ lục: {PROSE}</p></div></body>"
    );
    let (kept, _, _) = run(&page);
    assert_eq!(
        kept,
        format!("{PROSE}\n\nMô tả: {PROSE}\n\nCuối: {PROSE}\n\nPhụ lục: {PROSE}\n\n"),
        "{kept}"
    );
}

#[test]
fn a_documentation_section_named_by_its_heading_is_text_even_when_the_name_is_a_template_word() {
    let page = format!(
        "<body><nav><a href=/>Docs</a> <a href=/api>API</a></nav><main>\
         <h1>Bắt đầu</h1><p>{PROSE}</p><p>{PROSE}</p><section id=\"sessions\"><h2>Sessions</h2><p>Phiên: {PROSE}</p></section>\
         <section id=\"cookies\"><h2>Cookies¶</h2><p>Cookie: {PROSE}</p></section></main>\
         <div id=\"comments\"><h2>Comments</h2><p>Bình luận: {PROSE}</p></div></body>"
    );
    let (kept, _, _) = run(&page);
    assert!(kept.contains("Cookies¶\n\nCookie: "), "{kept}");
    assert!(!kept.contains("Bình luận"), "{kept}");
    // the same name on a box whose heading is another is the box it says
    let banner = page.replace("Cookies¶", "Chúng tôi dùng cookie");
    let (kept, _, _) = run(&banner);
    assert!(!kept.contains("Cookie: "), "{kept}");
}

#[test]
fn a_page_that_hides_all_its_content_until_load_is_read_hidden_but_a_hidden_box_is_not() {
    let cards: String = (0..12)
        .map(|i| {
            format!("<li><a href=/p{i}>Tranh sơn dầu phong cảnh số {i}</a> 1.{i}00.000 đ</li>")
        })
        .collect();
    let page = format!(
        "<body><header><a href=/>Trang chủ</a></header>\
         <div style=\"display:none\"><h1>Tranh</h1><ul class=\"grid\">{cards}</ul></div></body>"
    );
    let (kept, _, _) = run(&page);
    assert_eq!(kept.matches("Tranh sơn dầu").count(), 12, "{kept}");
    // … and so does one whose only visible line is a banner above the hidden grid
    let banner = page.replace(
        "</header>",
        "</header><p>Miễn phí giao hàng cho đơn từ 500.000 đ</p>",
    );
    let (kept, _, _) = run(&banner);
    assert_eq!(kept.matches("Tranh sơn dầu").count(), 12, "{kept}");
    // a blocked page's hidden search box is not content
    let (kept, _, _) = run(
        "<body><header><a href=/>Trang chủ</a></header><div hidden>Tôi đang tìm...</div></body>",
    );
    assert_eq!(kept, "");
    // nor is a hidden box beside a short text shown, when it is not many times that text
    let (kept, _, _) = run(&format!(
        "<body><main><p>{PROSE}</p></main><div hidden><p>Hộp ẩn: {PROSE}</p><p>{PROSE}</p></div></body>"
    ));
    assert_eq!(kept, format!("{PROSE}\n"));
}

/// `<span>amount</span><span>integer</span>`: a field's name and its type, spaced by the style
/// sheet, are two words; a word whose first letter is set apart (`<b>k</b>hông`) stays one, and
/// so do the spans of highlighted code.
#[test]
fn inline_boxes_back_to_back_are_two_words_but_text_running_on_is_one() {
    let page = format!(
        "<body><article><p>{PROSE}</p><p><span><span>amount</span></span><span>integer</span> \
         <b>k</b>hông <span>a</span><span>.</span><span>b</span></p>\
         <pre><span>let</span><span>x</span></pre></article></body>"
    );
    let text = extract(&page).text;
    assert!(text.contains("amount integer không a.b\n"), "{text}");
    assert!(text.contains("letx\n"), "{text}");
}

/// A highlighter that writes each line of a code block as a `<span class="line">` and leaves the
/// breaking to the style sheet: each line is a line, not glued to the next. A one-line snippet's
/// tokens (classes differ, text between) and a block that breaks its own lines stay as written.
#[test]
fn code_lines_written_as_spans_of_one_class_are_lines() {
    let page = format!(
        "<body><article><p>{PROSE}</p>\
         <pre class=\"shiki\"><code><span class=\"line\"><span style=\"c\">npm</span>\
         <span> create</span></span><span class=\"line\"><span>cd</span><span> app</span></span>\
         <span class=\"line\"></span><span class=\"line\"><span>npm</span><span> run</span></span>\
         </code></pre>\
         <pre><code><span class=\"kw\">let</span> <span class=\"id\">x</span><span class=\"p\">;</span>\
         </code></pre>\
         <pre><code><span class=\"line\">a = 1;</span>\n<span class=\"line\">b = 2;</span></code></pre>\
         <pre><code><span class=\"k\">x</span><span class=\"k\">y</span> z</code></pre>\
         </article></body>"
    );
    let text = extract(&page).text;
    assert!(text.contains("npm create\ncd app\nnpm run\n"), "{text}");
    assert!(text.contains("let x;\n"), "{text}");
    assert!(text.contains("a = 1;\nb = 2;\n"), "{text}");
    assert!(text.contains("xy z\n"), "{text}");
}

/// A heading's id is its anchor, written from its words: `time` in it names no date.
#[test]
fn a_heading_id_is_its_anchor_not_a_byline() {
    let page = format!(
        "<body><article><h1>Runtime</h1><div id=\"post-date\">2/12/2024</div><p>{PROSE}</p>\
         <h3 id=\"behavior-at-the-time-of-writing\">Behavior at the time of writing</h3>\
         <p>{PROSE}</p></article></body>"
    );
    let (kept, rules, _) = run(&page);
    assert!(kept.contains("Behavior at the time of writing"), "{kept}");
    assert!(
        !kept.contains("2/12/2024") && rules.contains(&"H009"),
        "{kept}"
    );
}

#[test]
fn a_heading_that_links_to_itself_is_a_heading_but_a_table_of_contents_is_links() {
    let page = format!(
        "<body><article><h1>Hướng dẫn</h1><p>{PROSE}</p>\
         <ul><li><a href=\"#cai-dat\">Cài đặt</a></li><li><a href=\"#cach-dung\">Cách dùng</a></li></ul>\
         <h2 id=\"cai-dat\"><a href=\"#cai-dat\">Cài đặt</a></h2><p>{PROSE}</p>\
         <h2 id=\"cach-dung\"><a href=\"#cach-dung\">Cách dùng</a></h2><p>{PROSE}</p>\
         <h3><a href=\"/tin-khac\">Tin khác</a></h3></article></body>"
    );
    let (kept, _, _) = run(&page);
    assert_eq!(
        kept,
        format!("{PROSE}\n\nCài đặt\n\n{PROSE}\n\nCách dùng\n\n{PROSE}\n\n"),
        "the headings stay, the contents list and a heading linking away go"
    );
}

#[test]
fn defined_terms_linking_to_their_pages_are_kept_but_a_link_list_is_not() {
    let page = format!(
        "<body><main><h1>Promise</h1><p>{PROSE}</p><h2>Phương thức</h2><dl>\
         <dt><a href=\"/promise/all\">Promise.all()</a></dt><dd>Chờ mọi lời hứa xong.</dd>\
         <dt><a href=\"/promise/any\">Promise.any()</a></dt><dd>{PROSE}</dd></dl>\
         <ul><li><a href=\"/a\">Xem thêm</a></li><li><a href=\"/b\">Bài khác</a></li></ul>\
         <p>{PROSE}</p></main></body>"
    );
    let (kept, _, _) = run(&page);
    assert!(
        kept.contains("Promise.all()\nChờ mọi lời hứa xong.\nPromise.any()\n"),
        "{kept}"
    );
    assert!(
        !kept.contains("Xem thêm") && !kept.contains("Bài khác"),
        "{kept}"
    );
}

#[test]
fn hidden_tab_panels_are_read_but_other_hidden_boxes_and_menu_panels_are_not() {
    let page = format!(
        "<body><nav><div role=\"tabpanel\" hidden><a href=/a>Sản phẩm</a> <a href=/b>Dịch vụ</a></div></nav>\
         <main><h1>Bảo hiểm</h1><div role=\"tablist\"><button>Cơ bản</button><button>Bồi thường</button></div>\
         <div role=\"tabpanel\"><p>Tab một: {PROSE}</p></div>\
         <div role=\"tabpanel\" hidden><p>Tab hai: {PROSE}</p></div>\
         <div hidden><p>Hộp ẩn: {PROSE}</p></div></main></body>"
    );
    let (kept, _, _) = run(&page);
    assert!(
        kept.contains("Tab một") && kept.contains("Tab hai"),
        "{kept}"
    );
    assert!(
        !kept.contains("Hộp ẩn") && !kept.contains("Sản phẩm"),
        "{kept}"
    );
}

#[test]
fn hidden_panels_opened_by_controls_are_read_but_a_lone_box_and_a_menu_are_not() {
    // an accordion: each question's button names its hidden answer in `aria-controls`
    let question = |i: usize, hide: &str| {
        format!(
            "<h3><button aria-controls=\"a{i}\" aria-expanded=\"false\">Hỏi {i}?</button></h3>\
             <div id=\"a{i}\" {hide}><p>Đáp {i}: {PROSE}</p></div>"
        )
    };
    let menu = "<nav><button aria-controls=\"m\">Menu</button>\
                <div id=\"m\" hidden><a href=/a>Sản phẩm</a> <a href=/b>Dịch vụ</a></div></nav>";
    let page = format!(
        "<body>{menu}<main><h1>Bảo hiểm</h1><p>{PROSE}</p>{}{}\
         <div hidden><p>Hộp ẩn: {PROSE}</p></div></main></body>",
        question(1, "aria-hidden=\"true\""),
        question(2, "hidden"),
    );
    let (kept, _, _) = run(&page);
    assert!(kept.contains("Đáp 1") && kept.contains("Đáp 2"), "{kept}");
    assert!(
        !kept.contains("Hộp ẩn") && !kept.contains("Sản phẩm"),
        "{kept}"
    );
    // a lone collapsed box under an article (a video's transcript) stays hidden
    let page = format!(
        "<body><main><h1>Giấc ngủ của trẻ</h1><p>{PROSE}</p><p>{PROSE}</p>{}</main></body>",
        question(1, "hidden")
    );
    let (kept, _, _) = run(&page);
    assert!(!kept.contains("Đáp 1"), "{kept}");
}

#[test]
fn a_consent_banner_is_no_content_even_when_it_outweighs_a_page_of_titles() {
    let cards: String = (0..15)
        .map(|i| format!("<li><h3><a href=/r{i}>Sốt cà chua kiểu {i}</a></h3></li>"))
        .collect();
    let notice = format!("<p>{PROSE}</p>").repeat(6);
    let page = format!(
        "<body><div id=\"onetrust-consent-sdk\"><div role=\"dialog\">{notice}</div></div>\
         <main><h1>Công thức sốt cà chua</h1><ul class=\"cards\">{cards}</ul></main></body>"
    );
    let (kept, _, _) = run(&page);
    assert!(!kept.contains("Mưa lớn"), "{kept}");
    assert_eq!(kept.matches("Sốt cà chua kiểu").count(), 15, "{kept}");
    // an ARIA dialog that holds the page's prose (an article opened as an overlay) is content,
    // and so is a page wrapped whole in an element named modal
    for wrapper in [
        "<div role=\"dialog\">",
        "<div class=\"modal-article\">",
        "<article><p>Mở đầu.</p><div class=\"paywall\">",
    ] {
        let body = format!("<p>{PROSE}</p>").repeat(5);
        let close = if wrapper.starts_with("<article") {
            "</div></article>"
        } else {
            "</div>"
        };
        let (kept, _, _) = run(&format!("<body>{wrapper}{body}{close}</body>"));
        assert_eq!(kept.matches("Mưa lớn").count(), 5, "{wrapper}: {kept}");
    }
}

#[test]
fn a_list_of_cards_where_one_card_has_prose_is_kept_whole() {
    // one offer has a long description and wins the prose scoring; the others are short
    let offer = |title: &str, text: &str| {
        format!("<li><a href=\"/{title}\"><img src=x.jpg></a><div class=\"desc\"><h3>{title}</h3><p>{text}</p></div></li>")
    };
    let mut cards = offer("Giảm giá trọn gói", PROSE);
    for title in ["Giảm 10%", "Tặng quà", "Miễn phí lắp đặt", "Bảo hành 5 năm"] {
        cards.push_str(&offer(
            title,
            "Áp dụng cho mọi đơn hàng đến hết tháng mười hai.",
        ));
    }
    let page = format!("<body><nav><a href=/>Trang chủ</a></nav><div class=\"coupons\"><ul>{cards}</ul></div><footer>© 2024 Công ty</footer></body>");
    let (kept, _, _) = run(&page);
    for title in ["Giảm 10%", "Miễn phí lắp đặt", "Bảo hành 5 năm"] {
        assert!(kept.contains(title), "{title} in {kept}");
    }
    assert!(kept.contains(PROSE) && !kept.contains("© 2024"), "{kept}");
}

#[test]
fn an_article_cut_in_unnamed_parts_by_tip_boxes_is_not_a_list_of_cards() {
    // the article's sections and the tip boxes between them are all plain divs: the section that
    // won holds most of their text, so it is the article, not one card among equals
    let body: String = (0..6)
        .map(|i| format!("<p>Phần {i}: {PROSE}</p>"))
        .collect();
    let page = format!(
        "<body><div class=\"layout\"><div><p>Mở đầu ngắn của bài viết về du lịch.</p></div><div>{body}</div>\
         <div><p>Mẹo: đặt tour sớm để có giá tốt.</p></div><div><p>Mẹo: mang theo áo ấm khi lên núi.</p></div>\
         <div><p>Mẹo: kiểm tra thời tiết trước khi đi.</p></div></div>\
         <ul class=\"related\"><li><a href=/a>Tin khác về du lịch mùa đông</a></li></ul></body>"
    );
    let (kept, rules, _) = run(&page);
    assert!(
        kept.starts_with("Phần 0") && kept.contains("Phần 5"),
        "{kept}"
    );
    assert!(!kept.contains("Tin khác"), "{kept}");
    assert!(rules.contains(&"H001"), "{rules:?}");
}

#[test]
fn a_grid_of_product_cards_outweighing_the_category_description_is_the_page() {
    let cards: String = (0..8)
        .map(|i| format!("<div class=\"product\"><h3><a href=/p{i}>Máy ảnh số {i} ống kính kép</a></h3><span class=\"price\">{i}.990.000 đ</span><button>Thêm vào giỏ</button></div>"))
        .collect();
    let page = format!(
        "<body><nav><a href=/>Trang chủ</a></nav><div class=\"grid\">{cards}</div>\
         <div class=\"seo\"><p>{PROSE}</p></div><footer>© 2024 Cửa hàng</footer></body>"
    );
    let (kept, _, _) = run(&page);
    assert!(
        kept.contains("Máy ảnh số 0") && kept.contains("Máy ảnh số 7"),
        "{kept}"
    );
    assert!(
        kept.contains("7.990.000 đ") && !kept.contains("© 2024"),
        "{kept}"
    );
}

#[test]
fn an_article_with_a_small_grid_of_related_cards_keeps_only_the_article() {
    // six related cards of a headline and a date each: less text than the article
    let cards: String = (0..6)
        .map(|i| {
            format!(
                "<div class=\"card\"><a href=/r{i}>Tin {i} về mưa lũ</a><span>2/12</span></div>"
            )
        })
        .collect();
    let body: String = (0..3)
        .map(|i| format!("<p>Phần {i}: {PROSE}</p>"))
        .collect();
    let page =
        format!("<body><div class=\"story\">{body}</div><div class=\"more\">{cards}</div></body>");
    let (kept, _, _) = run(&page);
    assert!(
        kept.starts_with("Phần 0") && kept.contains("Phần 2"),
        "{kept}"
    );
    assert!(!kept.contains("Tin 3"), "{kept}");
}

#[test]
fn a_card_named_date_item_is_a_card_but_a_short_dated_byline_is_metadata() {
    let features: String = (0..8)
        .map(|i| format!("<li>Tính năng bảo vệ số {i}</li>"))
        .collect();
    let plan = format!("<div class=\"date-item\"><h3>Gói cơ bản</h3><p>Giá 90.000 đ mỗi năm</p><ul>{features}</ul></div>");
    let page = format!(
        "<body><main><h1>Bảng giá</h1><div class=\"byline\"><span>Minh Anh</span> <span>2/12/2024</span></div>\
         <p>{PROSE}</p>{plan}<p>{PROSE}</p></main></body>"
    );
    let (kept, rules, _) = run(&page);
    assert!(
        kept.contains("Gói cơ bản") && kept.contains("Tính năng bảo vệ số 7"),
        "{kept}"
    );
    assert!(
        !kept.contains("Minh Anh") && rules.contains(&"H009"),
        "{kept}"
    );
}

#[test]
fn a_list_of_links_between_paragraphs_is_the_article_one_after_them_is_not() {
    let page = format!(
        r#"<html><body><article><h1>Các thuật toán phân cụm</h1><p>{PROSE}</p>
        <ul><li><a href="/k-means">Thuật toán K-means và các biến thể</a></li>
        <li><a href="/dbscan">DBSCAN: phân cụm theo mật độ</a></li></ul>
        <p>{PROSE}</p>
        <ul><li><a href="/x">Giá vàng hôm nay tăng mạnh</a></li>
        <li><a href="/y">Tỷ giá đô la trên thị trường tự do</a></li></ul>
        </article></body></html>"#
    );
    let (kept, rules, _) = run(&page);
    assert!(kept.contains("DBSCAN: phân cụm theo mật độ"), "{kept}");
    assert!(!kept.contains("Tỷ giá"), "{kept}");
    assert!(rules.contains(&"H003"), "{rules:?}");
}

#[test]
fn sections_in_boxes_named_ads_or_widgets_are_kept_but_ads_and_promotions_are_not() {
    const EN: &str = "Enterprises are moving to platforms that reduce the need for installing, patching and backing up their own servers, so their teams can focus on the work.";
    let section = |i: usize| {
        format!(
            "<div class=\"cta cmp-cta__banner\"><h2>Section {i}</h2><p>{EN}</p>\
             <a href=/c{i}>Contact us</a></div>"
        )
    };
    let page = format!(
        "<body><nav><a href=/>Home</a></nav><div class=\"page\"><h1>Data platforms</h1><p>{EN}</p><p>{EN}</p>\
         {}{}<div class=\"promo\"><h3><a href=/x>Our new report on clouds</a></h3>\
         <p>Read what three hundred leaders said about their move to the cloud, and why.</p></div>\
         <div class=\"ad-slot\"><p>Buy now</p></div></div>\
         <div class=\"sidebar\"><div class=\"widget\"><h3>About us</h3><p>{EN}</p></div></div></body>",
        section(1),
        section(2)
    );
    let (kept, _, _) = run(&page);
    assert!(
        kept.contains("Section 1\n\n") && kept.contains("Section 2\n\n"),
        "{kept}"
    );
    assert_eq!(kept.matches("Enterprises").count(), 4, "{kept}");
    // a teaser under a headline link, a button, a widget inside a sidebar: not sections
    assert!(
        !kept.contains("three hundred") && !kept.contains("Buy now"),
        "{kept}"
    );
    assert!(!kept.contains("About us"), "{kept}");
    // on a product's page, a promotion with its story sells another product
    let product = page.replace(
        "<body>",
        r#"<head><script type="application/ld+json">{"@type":"Product","name":"Platform"}</script></head><body>"#,
    );
    let (kept, _, _) = run(&product);
    assert!(!kept.contains("Section 1"), "{kept}");
}

#[test]
fn a_quiz_of_long_answer_labels_does_not_outscore_the_page_prose() {
    const EN: &str = "Our team reviews your payroll, policies and benefits, then builds a plan that fits your people and your budget.";
    // each question's options are one block of labels, long and full of commas
    let option =
        "<label><input type=radio>Integrated, planned, reviewed, budgeted and decided</label>";
    let question = |i: usize| {
        format!(
            "<div class=\"q\"><div>{i}. How well does your team work?</div>\
             <div class=\"options\">{}</div></div>",
            option.repeat(4)
        )
    };
    let page = format!(
        "<body><div class=\"intro\"><h1>Human resources</h1><p>{EN}</p><p>{EN}</p><p>{EN}</p></div>\
         <div id=\"quiz\">{}{}</div></body>",
        question(1),
        question(2)
    );
    let (kept, rules, _) = run(&page);
    assert_eq!(kept.matches("Our team").count(), 3, "{kept}");
    assert!(!kept.contains("Integrated"), "{kept}");
    assert!(rules.contains(&"H001"), "{rules:?}");
}

#[test]
fn a_page_of_code_without_an_address_is_documentation_unless_it_declares_an_article() {
    let call = "<pre><code>client.charges.create(amount=2000, currency=\"usd\", source=\"tok_visa\", description=\"My first charge\")</code></pre>";
    let body = format!(
        "<h1>Create a charge</h1><p>Use this endpoint to create a charge on a card, with its amount, currency and a description for your records.</p>{call}\
         <p>Returns the charge object if the call succeeded, and raises an error if something goes wrong while charging the card.</p>{call}"
    );
    let (_, _, meta) = run(&format!("<body><main>{body}</main></body>"));
    assert_eq!(meta.page_type.as_deref(), Some("documentation"));
    let post = format!(
        r#"<head><script type="application/ld+json">{{"@type":"BlogPosting"}}</script></head><body><article>{body}</article></body>"#
    );
    let (_, _, meta) = run(&post);
    assert_eq!(meta.page_type.as_deref(), Some("article"));
}

#[test]
fn a_main_region_drops_its_read_more_buttons_but_keeps_the_links_that_name_things() {
    let items: String = (0..20)
        .map(|i| format!("<li><a href=/{i}>Tin số {i} về giao thông Hà Nội</a></li>"))
        .collect();
    let page = format!(
        "<body><div class=\"list\"><h1>Giao thông</h1><ul>{items}</ul>\
         <p><a href=/more>Read more</a></p><p>Ghé thăm chúng tôi</p></div></body>"
    );
    let (kept, rules, _) = run(&page);
    assert!(
        kept.contains("Tin số 19") && kept.contains("Ghé thăm"),
        "{kept}"
    );
    assert!(!kept.contains("Read more"), "{kept}");
    assert_eq!(rules, vec!["H004"]);
}

/// The introduction of the service pages of these tests.
pub(super) const INTRO: &str = "Our consultants assess your network, train your staff and answer the alarms at night, so that your business keeps running whatever happens to it.";

/// A service page: a hero (its title, the [`INTRO`] twice, a `Get started` button), then a box
/// of plans (a heading, a line, a `Book a demo` button and `rest`).
pub(super) fn plans_page(rest: &str) -> String {
    format!(
        "<html><body><main><div class=\"hero\"><h1>Security services</h1><p>{INTRO}</p>\
         <p>{INTRO}</p><p><a class=\"btn\" href=/signup>Get started</a></p></div>\
         <div class=\"plans\"><h2>Incident response</h2><div>On site within hours</div>\
         <div><a class=\"btn\" href=/demo>Book a demo</a></div>{rest}</div></main></body></html>"
    )
}

#[test]
fn a_service_page_keeps_every_section_but_a_declared_article_keeps_its_body() {
    let page = |head: &str| {
        format!(
            "<html><head>{head}</head><body><nav><a href=/>Home</a> <a href=/s>Services</a></nav>\
             <main><div class=\"hero\"><h1>Security services</h1><p>{INTRO}</p><p>{INTRO}</p></div>\
             <div class=\"features\"><h2>Incident response</h2><div>On site within hours</div>\
             <h2>Training</h2><div>Courses for every team</div></div></main>\
             <footer>© 2026 Example</footer></body></html>"
        )
    };
    // the intro won the scoring, but the titled parts beside it are the page too
    let (kept, _, _) = run(&page(""));
    assert!(kept.contains(INTRO), "{kept}");
    for section in [
        "Incident response",
        "On site within hours",
        "Courses for every team",
    ] {
        assert!(kept.contains(section), "{section}: {kept}");
    }
    assert!(
        !kept.contains("Services") && !kept.contains("2026"),
        "{kept}"
    );
    // an article says so: its body is the container, the boxes beside it are not
    let article = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Security services"}</script>"#;
    let (kept, rules, _) = run(&page(article));
    assert!(
        kept.contains(INTRO) && !kept.contains("On site within hours"),
        "{kept}"
    );
    assert!(rules.contains(&"H001"), "{rules:?}");
}

#[test]
fn a_documentation_page_keeps_its_titled_parts_beside_a_long_description() {
    const DOC: &str = "The pool spawns one worker per core and hands each task to the least busy one, so that long tasks never hold back short ones.";
    let page = |url: &str| {
        let body = format!("<p>{DOC}</p>").repeat(25);
        format!(
            "<html><head><link rel=canonical href=\"{url}\"></head><body><main>\
             <div class=\"top\"><h1>Module pool</h1><div>Available on crate feature rt only</div></div>\
             <div class=\"docblock\">{body}</div>\
             <div class=\"items\"><h2>Structs</h2><div>Builder builds a pool with custom settings</div></div>\
             </main></body></html>"
        )
    };
    let (kept, _, _) = run(&page("https://docs.example.org/pool/runtime/"));
    assert!(
        kept.contains(DOC) && kept.contains("Builder builds a pool"),
        "{kept}"
    );
    // the same long text on a blog keeps only its body
    let (kept, _, _) = run(&page("https://blog.example.org/2026/pool/"));
    assert!(
        kept.contains(DOC) && !kept.contains("Builder builds a pool"),
        "{kept}"
    );
    // … unless a fifth of it is program text: a reference page wherever it is served
    let code = "<pre><code>let pool = Pool::builder().workers(4).build()?;\npool.spawn(task);</code></pre>";
    let with_code = page("https://blog.example.org/2026/pool/")
        .replace(&format!("<p>{DOC}</p>"), &format!("<p>{DOC}</p>{code}"));
    let (kept, _, _) = run(&with_code);
    assert!(
        kept.contains("pool.spawn(task);") && kept.contains("Builder builds a pool"),
        "{kept}"
    );
}

/// A gallery whose slide titles are the images' file names loses the titles (H013); a caption
/// with words of its own under the same kind of link, and a link text that only starts with the
/// file's name, stay.
#[test]
fn image_file_names_shown_as_labels_are_no_text() {
    let slides: String = (1..=3)
        .map(|i| {
            format!(
                "<div class=\"slide\"><a href=\"/uploads/2017/07/dp3_{i}_en.png?v=2\" title=\"dp3_{i}_en\">\
                 <img src=\"/uploads/2017/07/dp3_{i}_en-150x150.png\" alt=\"dp3_{i}_en\"><span class=\"title\">dp3_{i}_en</span></a></div>"
            )
        })
        .collect();
    let page = format!(
        "<html><body><nav><a href=/>Home</a> <a href=/s>Services</a></nav>\
         <main><div class=\"hero\"><h1>Security services</h1><p>{INTRO}</p><p>{INTRO}</p></div>\
         <div class=\"features\"><h2>Our work</h2><div>Courses for every team</div>{slides}\
         <div><a href=\"/img/long-bien.JPG\">Our office by the Long Bien bridge at dawn</a></div>\
         <div><a href=\"/img/ho-guom.jpg\">ho-guom and the lake in autumn, seen from our roof</a></div>\
         </div></main><footer>© 2026 Example</footer></body></html>"
    );
    let (kept, rules, _) = run(&page);
    assert!(kept.contains("Courses for every team"), "{kept}");
    assert!(!kept.contains("dp3_"), "{kept}");
    assert_eq!(
        rules.iter().filter(|r| **r == "H013").count(),
        3,
        "{rules:?}"
    );
    for label in ["Long Bien bridge", "ho-guom and the lake"] {
        assert!(kept.contains(label), "{label} in {kept}");
    }
    assert_eq!(dom::media_stem("/a/B.Png#x"), Some("B"));
    assert_eq!(dom::media_stem("/files/bao-cao.pdf"), None);
    assert_eq!(dom::media_stem("/gallery/"), None);
}

#[test]
fn an_undeclared_short_story_whose_headline_opens_with_its_byline_keeps_its_body() {
    const BODY: &str = "The new pack brings forty tasks, harder questions and weekly challenges, and it fixes the crash that some phones hit when the game was paused.";
    let page = |meta: &str| {
        format!(
            "<html><body><nav><a href=/>Home</a> <a href=/blog>Blog</a></nav>\
             <main><div class=\"cat\"><a href=/c/games>Games</a></div><h1>October pack</h1>\
             {meta}<p><a href=\"#respond\">Leave a comment</a></p>\
             <div class=\"entry\"><p>{BODY}</p><p>{BODY}</p></div>\
             <div><a href=/x>Share on X</a></div></main>\
             <footer>© 2026 Example</footer></body></html>"
        )
    };
    // the date under the headline says it is a story: its body is the container
    let (kept, _, _) = run(&page("<div class=\"post-date\">October 5, 2018</div>"));
    assert!(kept.contains(BODY) && !kept.contains("Games"), "{kept}");
    // the same page whose heading opens a section of its own is a landing page: every part
    // stays, but its short links (`Games`, `Leave a comment`) lead away (H014)
    let (kept, rules, _) = run(&page("<div>New this month</div>"));
    assert!(
        kept.contains(BODY) && kept.contains("October pack") && kept.contains("New this month"),
        "{kept}"
    );
    assert!(!kept.contains("Games") && rules.contains(&"H014"), "{kept}");
}

#[test]
fn a_page_of_sections_drops_its_calls_to_action_but_a_list_keeps_its_short_titles() {
    let page = plans_page(
        "<h2><a href=/training>Training</a></h2><div>Courses for every team</div>\
         <div><a href=/api><code>alarm_hook</code></a></div>\
         <div><a href=/stories>Read the customer stories</a></div>",
    );
    let (kept, rules, _) = run(&page);
    assert!(
        !kept.contains("Get started") && !kept.contains("Book a demo"),
        "{kept}"
    );
    assert_eq!(
        rules.iter().filter(|r| **r == "H014").count(),
        2,
        "{rules:?}"
    );
    // a titled part, an item name in code, a link of four words: the page's own
    for part in [
        INTRO,
        "On site within hours",
        "Training",
        "alarm_hook",
        "Read the customer stories",
    ] {
        assert!(kept.contains(part), "{part}: {kept}");
    }
    // on a list of cards, a short link is a card's title
    let items: String = (0..12)
        .map(|i| format!("<li><a href=/{i}>Phở {i}</a></li>"))
        .collect();
    let list = format!("<body><div class=\"list\"><h1>Món ăn</h1><ul>{items}</ul></div></body>");
    let (kept, rules, _) = run(&list);
    assert!(kept.contains("Phở 0") && kept.contains("Phở 11"), "{kept}");
    assert!(!rules.contains(&"H014"), "{rules:?}");
}

#[test]
fn a_documentation_site_keeps_its_short_table_cells_between_link_lists() {
    const DOC: &str = "The resource block declares one infrastructure object, and the arguments below set how many copies are made and how each one is named.";
    let page = |url: &str| {
        format!(
            "<html><head><link rel=\"canonical\" href=\"{url}\"></head><body><main>\
             <h1>resource block</h1><p>{DOC}</p><p>{DOC}</p>\
             <p><a href=/a>Meta-arguments</a> <a href=/b>Providers</a> <a href=/c>Modules</a></p>\
             <table><tr><td>count</td><td>number</td></tr>\
             <tr><td>for_each</td><td>map of strings</td></tr></table></main></body></html>"
        )
    };
    // the arguments table after a link list, at the container's edge, is the reference
    let (kept, _, _) = run(&page("https://docs.example.com/language/resource"));
    assert!(kept.contains("for_each") && kept.contains(DOC), "{kept}");
    // on a blog, short blocks there are dropped by their neighbours (H005)
    let (kept, rules, _) = run(&page("https://example.com/blog/resource"));
    assert!(!kept.contains("for_each") && kept.contains(DOC), "{kept}");
    assert!(rules.contains(&"H005"), "{rules:?}");
}

#[test]
fn a_code_listing_keeps_its_title_but_a_photo_caption_moves_to_metadata() {
    const DOC: &str = "A trait defines the behaviour a type shares with other types, and the listing below declares one with a single method that every implementor writes.";
    let page = format!(
        "<html><body><main><h1>Traits</h1><p>{DOC}</p>\
         <figure><pre><code>pub trait Summary {{ fn summarize(&amp;self) -&gt; String; }}</code></pre>\
         <figcaption>Listing 10-12: A Summary trait</figcaption></figure>\
         <p>{DOC}</p><figure><img src=/ferris.png>\
         <figcaption>Ferris the crab on a rock</figcaption></figure><p>{DOC}</p></main></body></html>"
    );
    let (kept, rules, meta) = run(&page);
    assert!(kept.contains("Listing 10-12: A Summary trait"), "{kept}");
    assert!(!kept.contains("Ferris the crab"), "{kept}");
    assert_eq!(meta.captions, vec!["Ferris the crab on a rock".to_string()]);
    assert_eq!(
        rules.iter().filter(|r| **r == "H007").count(),
        1,
        "{rules:?}"
    );
}

#[test]
fn a_promotion_bar_beside_the_main_element_stays_out_however_much_it_repeats() {
    // a shop's bar repeats its shipping line for every locale: more prose than the page's
    // sections, but beside the page's <main>, not around it
    let locales: String = (0..12)
        .map(|i| {
            format!(
                "<p>Free standard shipping on orders over {i}0 euros. For more information on \
                 shipping rates and timelines, see our page.</p>"
            )
        })
        .collect();
    let sections: String = (0..4)
        .map(|i| format!("<section><h2>Bước {i}</h2><p>Bước số {i}: {PROSE}</p></section>"))
        .collect();
    let page = format!(
        "<body><div id=\"promoBar\" class=\"promo-bar\">{locales}</div>\
         <main><h1>Bộ dưỡng da</h1>{sections}</main></body>"
    );
    let (kept, rules, _) = run(&page);
    assert_eq!(kept.matches("Bước số").count(), 4, "{kept}");
    assert!(!kept.contains("shipping"), "{kept}");
    assert!(rules.contains(&"H002"), "{rules:?}");
    // a template name around the article, with no declared content element, is overruled still
    let wrapped = format!("<body><div class=\"promo-layout\">{sections}</div></body>");
    let (kept, _, _) = run(&wrapped);
    assert_eq!(kept.matches("Bước số").count(), 4, "{kept}");
}

#[test]
fn a_list_of_prose_items_is_one_part_of_the_article() {
    // a ranked review: each item a paragraph, the items outscore the intro beside them; the
    // article is the element that holds both, and a box outside it stays out
    let item = format!("<li><p>{PROSE}</p></li>");
    let page = format!(
        r#"<html><head><meta property="og:type" content="article"></head><body>
        <main><section class="intro"><p>Giới thiệu: {PROSE}</p><p>Phương pháp: {PROSE}</p></section>
        <section class="picks"><h2>Danh sách</h2><ul>{}</ul></section></main>
        <div class="col"><p>Giá vàng trong nước hôm nay tiếp tục tăng mạnh theo đà tăng của thị trường thế giới.</p></div>
        </body></html>"#,
        item.repeat(6)
    );
    let (kept, rules, _) = run(&page);
    assert!(
        kept.starts_with(&format!("Giới thiệu: {PROSE}\n\nPhương pháp: {PROSE}\n\n")),
        "{kept}"
    );
    assert_eq!(kept.matches(PROSE).count(), 8, "{kept}");
    assert!(!kept.contains("Giá vàng"), "{kept}");
    assert!(rules.contains(&"H001"), "{rules:?}");
}

#[test]
fn a_named_box_of_prose_between_the_page_prose_is_a_section_but_not_at_the_edge() {
    const EN: &str = "Our consultants assess your network, train your staff and answer the alarms at night, so that your business keeps running whatever happens.";
    const TAIL: &str = "Sign up for our monthly letter to get the latest advice from our consultants about how to keep your network safe.";
    let page = |middle: &str, head: &str| {
        format!(
            "<html><head>{head}</head><body><nav><a href=/>Home</a> <a href=/s>Services</a></nav>\
             <div class=\"page\"><h1>Security services</h1><p>{EN}</p><p>{EN}</p>\
             <div class=\"{middle}\"><h2>Incident response</h2><p>When an attack happens, our team is on site within hours and works with yours until every system is clean again.</p></div>\
             <p>{EN}</p><p>{EN}</p></div><div class=\"filter-menu-item\"><h3>Newsletter</h3><p>{TAIL}</p></div></body></html>"
        )
    };
    // a box its builder named a menu item, a banner or a sidebar module, in the middle of the
    // page's prose
    for name in ["filter-menu-item", "soc-banner", "sidebar-module"] {
        let (kept, _, _) = run(&page(name, ""));
        assert!(kept.contains("on site within hours"), "{name}: {kept}");
        // the same name after the last paragraph is a box at the edge
        assert!(!kept.contains("monthly letter"), "{name}: {kept}");
    }
    // a footer is one wherever it stands, and so is a pop-up (its markup sits by its button);
    // an article's inline box tells another story
    for name in ["section-footer", "details-modal"] {
        let (kept, _, _) = run(&page(name, ""));
        assert!(!kept.contains("on site within hours"), "{name}: {kept}");
    }
    let article = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Security services"}</script>"#;
    let (kept, _, _) = run(&page("filter-menu-item", article));
    assert!(!kept.contains("on site within hours"), "{kept}");
}
