//! Shared fixtures: a Vietnamese article with its site's chrome, an English review, and the
//! shapes dumpers write them in (hard-wrapped, one block per line).

pub(super) const TITLE: &str = "Giá lúa gạo tăng mạnh sau đợt rét đậm kéo dài";

pub(super) const BODY: [&str; 3] = [
    "Sau hơn hai tuần rét đậm, giá lúa tươi tại nhiều tỉnh đồng bằng sông Cửu Long đã tăng thêm 500 đến 800 đồng mỗi kg, mức cao nhất kể từ đầu năm, theo số liệu của hiệp hội lương thực.",
    "Các thương lái cho biết nguồn cung giảm vì nhiều ruộng lúa bị chậm thu hoạch, trong khi nhu cầu xuất khẩu sang thị trường Philippines và Indonesia vẫn ở mức cao trong những tháng đầu năm.",
    "Theo các chuyên gia, nông dân không nên bán tháo mà cần theo dõi sát diễn biến thời tiết, đồng thời chủ động liên kết với doanh nghiệp để có đầu ra ổn định cho vụ đông xuân sắp tới.",
];

pub(super) const MENU: [&str; 8] = [
    "Trang chủ",
    "Thời sự",
    "Tin mới",
    "Thế giới",
    "Kinh doanh",
    "Giải trí",
    "Thể thao",
    "Đăng nhập",
];

pub(super) const AFTER: [&str; 5] = [
    "Tin liên quan",
    "Xuất khẩu gạo tháng 12 đạt kỷ lục mới",
    "Nông dân miền Tây trúng mùa lúa thu đông",
    "Liên hệ quảng cáo",
    "© 2024 Báo Nông thôn Ngày nay",
];

/// The article as it should come out: the title, then the paragraphs.
pub(super) fn article() -> String {
    format!("{TITLE}\n\n{}\n", BODY.join("\n\n"))
}

/// Greedy wrap at `width` columns with a three-space indent, like `lynx -dump`.
pub(super) fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = String::from("   ");
    for w in text.split_whitespace() {
        if !line.trim().is_empty() && line.chars().count() + 1 + w.chars().count() > width {
            out.push_str(&line);
            out.push('\n');
            line = String::from("   ");
        }
        if !line.trim().is_empty() {
            line.push(' ');
        }
        line.push_str(w);
    }
    out.push_str(&line);
    out.push('\n');
    out
}

pub(super) const MORE: &str = "Tại An Giang, nhiều hợp tác xã đã ký hợp đồng bao tiêu với doanh nghiệp xuất khẩu ngay từ đầu vụ, giúp nông dân yên tâm sản xuất và giảm rủi ro khi giá biến động mạnh.\nNgành nông nghiệp tỉnh cũng khuyến cáo bà con gieo sạ tập trung, né rầy theo lịch thời vụ và sử dụng giống lúa chất lượng cao để nâng giá trị hạt gạo trên thị trường.";

/// Three paragraphs of an English review, the article of the wrapped-dump tests below.
pub(super) const HUB_ARTICLE: &str =
    "Smart home hubs can act as a central point of control for all of your devices. \
They let you set routines, group lights and answer the door from the couch. We tested twelve of \
them in our own homes over three months, with the gadgets most people already own.\n\n\
The best hub for most people is the one that works with the phone you carry. Apple's hub only \
pairs with an iPhone, while the others work with both kinds of phone. Setting each of them up \
took us less than ten minutes, and none of them needed a second app.\n\n\
The design is what won me over. The touch panel lights up when it listens, a good visual cue \
that the hub heard my request. It also fills a kitchen with sound, which the others could not.";

/// Headlines with one teaser sentence each: the list of other stories that may follow a box
/// below [`HUB_ARTICLE`] (a box over them still ends the article).
pub(super) const HUB_TEASERS: &str =
    "Most smart home hubs are cheaper than ever this year, and we found the \
five best deals for you.\n\nConsider your smartphone first\n\n\
Our guide to phones that work with every hub on the market, tested by our own editors.\n";

/// `text`'s blocks wrapped at 60 columns with no blank line between them: a dump of a block a
/// line (BeautifulSoup's, lynx's) that a scraper then wrapped.
pub(super) fn wrapped_lines(text: &str) -> String {
    let mut out = String::new();
    for line in wrap_blocks(text, 60)
        .lines()
        .filter(|l| !l.trim().is_empty())
    {
        out.push_str(line.trim());
        out.push('\n');
    }
    out
}

/// Paragraphs of an article about smart home hubs, for the cues put between them.
pub(super) const HUB_PARAGRAPHS: [&str; 6] = [
    "Smart home hubs can act as a central point of control for all of your devices. They let \
you set routines, group lights and answer the door from the couch.",
    "We tested twelve of them in our own homes over three months, with the gadgets most people \
already own, and we kept notes on every evening of it.",
    "The best hub for most people is the one that works with the phone you carry. Apple's hub \
only pairs with an iPhone, while the others work with both kinds of phone.",
    "Setting each of them up took us less than ten minutes, and none of them needed a second \
app or an account with another company.",
    "The design is what won me over. The touch panel lights up when it listens, a good visual \
cue that the hub heard my request.",
    "It also fills a kitchen with sound, which the others could not, and it kept working \
through two power cuts without losing a single routine.",
];

/// `text` with each blank-line-separated block hard-wrapped at `width` (`lynx -dump`).
pub(super) fn wrap_blocks(text: &str, width: usize) -> String {
    let blocks: Vec<String> = text
        .split("\n\n")
        .filter(|b| !b.trim().is_empty())
        .map(|b| wrap(b, width))
        .collect();
    blocks.join("\n")
}
