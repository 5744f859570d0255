//! The rules of the HTML stage (family `H`): why a block of the page is not in the article.

use crate::rule::{Fix, Rule, Severity, Visibility};

macro_rules! html_rule {
    ($id:ident, $code:literal, $name:literal, $severity:ident, $fix:ident, $summary:literal, $doc:literal) => {
        pub static $id: &Rule = &Rule {
            code: $code,
            name: $name,
            severity: Severity::$severity,
            fix: Fix::$fix,
            visibility: Visibility::Visible,
            summary: $summary,
            doc: $doc,
        };
    };
}

html_rule!(
    OUTSIDE_CONTENT,
    "H001",
    "outside-article",
    Error,
    Unsafe,
    "block outside the article container, removed",
    "What it does: removes every block outside the article container: the element the article's \
prose paragraphs hang from (Readability's scoring — each paragraph credits its parent fully, its \
grandparent half, higher ancestors less; scaled by 1 − link density, raised under content hints \
such as `itemprop=articleBody`, `<article>`, `fck_detail`, `singular-content`), plus its \
siblings that continue it (a lead paragraph beside the body) and the elements with its tag and \
class (an article cut in parts by figures and ads).\n\n\
Why: menus, teasers, sidebars and footers surround the article on every news page; the \
extractors that score best find the article by its container.\n\n\
Example: `<div class=\"top\">Thời sự · Thế giới · Kinh doanh</div>` above `<article \
class=\"fck_detail\">` is removed as `outside the article container <article \
class=\"fck_detail\">`.\n\n\
What it leaves alone: blocks inside the container (the other H rules judge those), and the page \
metadata (title, date, author are read from `<head>` and JSON-LD)."
);

html_rule!(
    TEMPLATE_ELEMENT,
    "H002",
    "template-element",
    Error,
    Unsafe,
    "block inside a navigation, related, comment, share, ad or footer element, removed",
    "What it does: removes blocks inside elements that name themselves as site template: by tag \
(`nav`, `aside`, `footer`, a `header` outside the article), ARIA role, or class/id vocabulary in \
English and Vietnamese naming (`related`, `tin-lien-quan`, `box-tin`, `comment`, `binh-luan`, \
`share`, `social`, `quang-cao`, `ad-slot`, `sidebar`, `breadcrumb`, `newsletter`…).\n\n\
Why: site builders label their chrome; the label is the strongest signal there is, and it holds \
where text features fail (comments are prose, related teasers are sentences).\n\n\
Example: `<div class=\"box-tinlienquan\">` inside the article body is removed with its three \
teaser links.\n\n\
What it leaves alone: the taxonomy and state classes WordPress puts on the article element \
itself (`tag-comments`, `category-share`, `has-sidebar`), names that merely contain a short word \
(`header`, `shadow`, `download`), and a labelled element that holds most of the page's prose \
(then the label is wrong); a box named a menu, an ad, a sidebar or a widget whose text is \
prose with the page's own prose before and after it, on a page that declares no article, \
product or collection (a service page's section, whatever its builder named it); `comment` \
elements on a forum or Q&A thread (JSON-LD \
`DiscussionForumPosting`/`QAPage`, or a `/forum/`, `/t/`, `/questions/` address): there the \
comments are the posts."
);

html_rule!(
    LINK_DENSE,
    "H003",
    "link-dense",
    Error,
    Unsafe,
    "block whose text is mostly links, removed",
    "What it does: removes blocks with link density of at least 0.5 (characters inside `<a href>` \
over all characters), and short blocks (under 50 characters) with more than 0.3.\n\n\
Why: link density is the one signal every published extractor shares; menus, tag lists and \
related-article lists are links, article paragraphs are not.\n\n\
Example: `<p><a>Giá vàng hôm nay</a> · <a>Tỷ giá</a></p>` is removed as `link density 0.93`.\n\n\
What it leaves alone: paragraphs with a few inline links, and sentences of 80 characters or \
more under 0.75 (a digest paragraph that links its sources); their context decides them. Inside \
the article, list items of four words or more with article prose after them: a list of links \
in the middle of the text that names topics is its index or references (a documentation page's \
topics), while a table of contents or a see-also list is labels of a word or two. Between article \
prose: a sentence ending in a full stop that links what it names (`For more information, see \
Writing workflows.`), a line whose links are program text (a reference's `proxy_port string`), a \
heading that links its subject in the flow of the paragraphs with one right after it (a \
listicle's product), and the lines of a written list (three or more, under half of their \
characters in links: a checklist that links a product here and there). What these keep counts \
as prose for the short blocks beside it (H005). A menu, a table of contents or a see-also list is links from end to \
end, a teaser's headline ends with no full stop, a teaser card's title sits in its card."
);

html_rule!(
    TEMPLATE_PHRASE,
    "H004",
    "template-phrase",
    Error,
    Unsafe,
    "short block that is a template phrase (share, advertising, counter, copyright…), removed",
    "What it does: removes short blocks that are template vocabulary as a whole — the cue \
lexicon of the text boilerplate rules (B010): `Quảng cáo`, `Advertisement`, `Chia sẻ`, \
`Facebook Twitter Zalo`, `Xem thêm:`, counters, copyright lines; and, in the main region of a \
page that does not declare an article, a link of at most three words that is an end-of-article \
cue (`Read more`, `Xem thêm`).\n\n\
Why: these labels sit inside the article container, between paragraphs, with no link and no \
class to give them away; a `Read more` button kept on a service page would be read by the text \
passes as its end heading (B009), and the sections after it cut.\n\n\
Example: `<div>Quảng cáo</div>` between two paragraphs.\n\n\
What it leaves alone: sentences that use the same words (`Bà chia sẻ rằng…`)."
);

html_rule!(
    CONTEXT,
    "H005",
    "short-block-context",
    Error,
    Unsafe,
    "short block between boilerplate or at the edge of the article, removed",
    "What it does: decides short blocks (under 70 characters or 8 words) inside the article \
container by their neighbours, as jusText does: between two prose blocks they stay; between \
boilerplate (or at the container's edge) they go; next to prose on one side they stay when they \
read as a sentence, are list items or table rows, or are a heading followed by prose.\n\n\
Why: short blocks carry no evidence of their own; their neighbours do.\n\n\
Example: `12/3/2024 08:15` and `Theo dõi` above the first paragraph are removed; a one-line \
paragraph `Ông nói: “Không.”` between two paragraphs stays.\n\n\
What it leaves alone: headings and list items that belong to the text, and every short block \
on a documentation site (by address: a reference page's argument tables, type names and option \
values are short blocks in runs of their own; measured on wcxb-dev, documentation pages' word \
F1 0.9613 → 0.9621 on the even half, 0.9207 → 0.9225 on the odd one)."
);

html_rule!(
    END_OF_ARTICLE,
    "H006",
    "end-of-article-heading",
    Error,
    Unsafe,
    "heading that ends the article (related, comments, tags…) and everything after it, removed",
    "What it does: inside the article container, once 60 words of prose have been seen, a short \
block that starts with an end-of-article cue (`Tin liên quan`, `Bài viết liên quan`, `Tin cùng \
chuyên mục`, `Bình luận`, `Related`, `Read more`, `Comments`, `Tags`…) ends the article: it \
and every later block of the container are removed — unless article paragraphs follow (three \
of 150 characters or more, or as many words as precede it): then it heads a box inside the \
article, and only the heading goes (the box's links go as link-dense); and a cue already read \
as a box's heading is a button every item of the article repeats (a listicle's `Read more` under \
each product): it goes, and the article goes on.\n\n\
Why: boilerpipe's terminating block; related and comment sections often sit inside the article \
element without a class that says so.\n\n\
Example: `<h3>Tin liên quan</h3>` followed by three teasers.\n\n\
What it leaves alone: the same words in a sentence, and a cue before 60 words of article."
);

html_rule!(
    CAPTION,
    "H007",
    "figure-caption",
    Error,
    Unsafe,
    "figure or photo caption, moved to metadata",
    "What it does: removes `<figcaption>` and caption elements (class `caption`, `chu-thich`, \
`tplCaption`…) from the text and keeps their text in the metadata `captions`.\n\n\
Why: a caption interrupts the article's sentences, but it describes the photo and is worth \
keeping aside, as the text rule B007 does for dumps.\n\n\
Example: `<figcaption>Lũ dâng cao ở Quảng Trị. (Ảnh: TTXVN)</figcaption>`.\n\n\
What it leaves alone: caption elements over 500 characters (then it is text), and, on a page \
without an article (a shop grid, a listing), elements only *named* caption: there they hold the \
cards' titles and prices (`<div class=\"caption\">` under each thumbnail); a `<figcaption>` is \
still moved. Nor the caption of a figure that holds program text: a code listing's title \
(`Listing 10-12: A Summary trait…` in a book) is read with its code (measured on wcxb-dev, \
documentation pages' word F1 0.9621 → 0.9628 on the even half, nothing else changed)."
);

html_rule!(
    HEADLINE,
    "H008",
    "headline",
    Error,
    Unsafe,
    "the article's headline, moved to metadata",
    "What it does: removes the `<h1>` (or the heading equal to the page title) that precedes the \
article's prose and keeps it as the metadata `title`.\n\n\
Why: the title is metadata in every corpus format; kept in the text it would be counted twice.\n\n\
Example: `<h1 class=\"title-detail\">Giá xăng giảm lần thứ ba</h1>`.\n\n\
What it leaves alone: subheadings inside the article."
);

html_rule!(
    BYLINE,
    "H009",
    "byline-element",
    Error,
    Unsafe,
    "author, date or byline element, removed",
    "What it does: removes short blocks inside author, byline and date elements (class or id \
`author`, `byline`, `tac-gia`, `date`, `time`, `timestamp`…). The author and date are taken from \
the page metadata (`<meta>`, JSON-LD, `<time>`).\n\n\
Why: bylines and datelines are not article text.\n\n\
Example: `<div class=\"author\">Minh Anh</div>`.\n\n\
What it leaves alone: such elements over 200 characters, and the signatures of posts on a \
forum or Q&A thread (who wrote what, when, is part of a thread)."
);

html_rule!(
    NO_ARTICLE,
    "H010",
    "no-article",
    Error,
    Unsafe,
    "page with no text outside template elements: every block removed",
    "What it does: when every block of the page lies in template elements (menus, footers, \
sidebars), the page's text is empty. A page with text but no article is not emptied: a teaser \
listing (at least 3 in 5 of the container's prose blocks, and 4 or more, each follow a headline \
link), a shop's product grid (the best prose container holds under a fifth of the text outside \
template elements, list lines aside, on a page not declared an article), a page built of \
repeated section blocks (the container's tag and class in 5 or more places) or a service page of \
short sections keeps its main region, the element that holds nearly all its text outside \
template elements, cards and sections whole (H001 removes the rest). A page that keeps under 50 \
words is extracted again with class and id names ignored (template elements by tag and ARIA \
role only), and keeps whichever extraction holds more: a page builder that names every module \
`widget` is not emptied.\n\n\
Why: a page that is all menu has no content; an empty result says so clearly, where other \
extractors return the menu. Corpora that want articles only drop the other page types by name \
(H012).\n\n\
Example: `<body><nav><a href=/>Trang chủ</a></nav></body>`.\n\n\
What it leaves alone: any page with text outside template elements."
);

html_rule!(
    DEEP_NESTING,
    "H011",
    "deep-nesting",
    Warning,
    ReportOnly,
    "markup nested deeper than the parser's limit, flattened before parsing",
    "What it does: reports a page whose elements nest deeper than 512 levels; the tags beyond \
that depth are dropped before parsing (their text is kept), as browsers cap tree depth.\n\n\
Why: the HTML tree builder checks the stack of open elements on every tag, so 100,000 nested \
`<div>`s would cost 10^10 steps; real pages never nest that deep.\n\n\
Example: a generated page of 100,000 nested `<div>`s."
);

html_rule!(
    PAGE_TYPE,
    "H012",
    "page-type",
    Error,
    Unsafe,
    "page of a type `[html] page_types` does not keep: every block removed",
    "What it does: every HTML page gets a type — article, forum, product, documentation, \
listing, collection or service — from its JSON-LD `@type` and `og:type`, the path segments of \
its address (`/forum/`, `/t/`, `/docs/`, `/collections/`) and whether extraction found an \
article container; it is recorded as `page_type` in the metadata. When `[html] page_types` in \
`sach.toml` does not list the type, the whole page is removed with this rule, and the report \
counts it.\n\n\
Why: news and LLM corpora often want articles only; a category page's teasers or a shop's \
product grid are then noise, and dropping them by type says so, where an extractor would \
return them or empty them by accident.\n\n\
Example: with `page_types = [\"article\"]`, `https://shop.example/collections/coffee` (a \
product grid, no article container) is dropped as a collection page.\n\n\
What it leaves alone: every page, by default (all types are kept)."
);

html_rule!(
    IMAGE_FILE_LABEL,
    "H013",
    "image-file-label",
    Error,
    Unsafe,
    "an image's file name shown as its label, removed",
    "What it does: removes a block whose whole text is the file name, without its extension, of \
the image (or other media file) that the link around it opens: a gallery's slide titles and \
lightbox labels that a site builder fills with the uploaded file's name.\n\n\
Why: a file name is no text in any language; it is the HTML twin of B006, which removes image \
file names from text dumps.\n\n\
Example: `<a href=\"/uploads/dp3_1_en.png\"><span class=\"gallery-title\">dp3_1_en</span></a>`.\n\n\
What it leaves alone: a label with other words than the file's name (`Ảnh: cầu Long Biên`), \
and links to pages or documents (`report.pdf`)."
);

html_rule!(
    ACTION_LINK,
    "H014",
    "action-link",
    Error,
    Unsafe,
    "a link of at most three words on a page of sections (a call to action), removed",
    "What it does: on a page kept whole as its main region because its content is spread over \
sections (a service, landing or company page: the best prose container holds too little of its \
prose, is short beside other titled parts, or is one of many repeated section widgets), removes \
each block of at most three words that is all link: `Get started`, `Book a demo`, `Talk to an \
expert`, `Sign up for free`.\n\n\
Why: such a page is kept with every section, so its buttons come with it; a button leads to a \
form or a page, says nothing of the service, and repeats under every card and plan (measured on \
the even half of wcxb-dev: service pages' word F1 0.853 → 0.857, every page type within 0.001 \
or higher).\n\n\
Example: `<a class=\"btn\" href=\"/signup\">Get started</a>` under each plan of a pricing \
section.\n\n\
What it leaves alone: links in a page's article container, on listings and shops (a short link \
is a card's title there), links that are program text (a reference page's item names in \
`<code>`), headings that link to their section's page, a definition list's term (a reference's \
item table names each item in a link beside its definition), and links of four words or more."
);

pub static RULES: &[&Rule] = &[
    OUTSIDE_CONTENT,
    TEMPLATE_ELEMENT,
    LINK_DENSE,
    TEMPLATE_PHRASE,
    CONTEXT,
    END_OF_ARTICLE,
    CAPTION,
    HEADLINE,
    BYLINE,
    NO_ARTICLE,
    DEEP_NESTING,
    PAGE_TYPE,
    IMAGE_FILE_LABEL,
    ACTION_LINK,
];
