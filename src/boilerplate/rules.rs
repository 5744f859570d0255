//! The boilerplate rules (B001–B024). Each removal names the rule and the features that decided.

use crate::rule::{Fix, Rule, Severity, Visibility};

macro_rules! rule {
    ($id:ident, $code:literal, $name:literal, $summary:literal, $doc:literal) => {
        pub static $id: &Rule = &Rule {
            code: $code,
            name: $name,
            // boilerplate left in a document is dirt: a check must fail on it
            severity: Severity::Error,
            fix: Fix::Unsafe,
            visibility: Visibility::Visible,
            summary: $summary,
            doc: $doc,
        };
    };
}

rule!(
    URL_HEADER,
    "B001",
    "url-header",
    "URL line at the top of a dump, moved to metadata",
    "What it does: removes a line that is only a URL at the top of the document and stores it as \
the document's `url`.\n\nWhy: scrapers write the source address as the first line; it is not \
article text.\n\nExample: `http://www.vietnamplus.vn/nhat-ban-se-ho-tro/438372.vnp` → metadata \
`url`.\n\nNot touched: URLs inside sentences or further down the text."
);

rule!(
    SEPARATOR,
    "B002",
    "separator-line",
    "separator rule such as `-----`, removed",
    "What it does: removes lines made only of `-`, `=`, `_`, `*`, `~`, `#` (three or more).\n\n\
Why: dump writers use them to frame the title and body; they carry no text.\n\n\
Example: `-----------------` → removed. `...` and `--` are kept."
);

rule!(
    DATE_LABEL,
    "B003",
    "date-label",
    "machine date label before the first sentence, moved to metadata",
    "What it does: removes a leading `date 2020-01 ` / `published: 2020-01-09 ` label from the \
start of a lead line, keeping the sentence, and stores the date.\n\nWhy: it is a field of the \
scraper's record glued onto the text.\n\nExample: ` date 2020-01 Theo tin từ…` → `Theo tin từ…`, \
metadata `date = 2020-01`.\n\nNot touched: Vietnamese dates in sentences (`Ngày 9/1, …`)."
);

rule!(LEAD_CREDIT, "B004", "lead-credit", "agency credit opening the lead, moved to metadata",
"What it does: removes the source credit that opens a Vietnamese news lead — `(Chinhphu.vn) - `, \
`HÀ NỘI (TTXVN) - `, `TPO - ` — from the first lines, keeping the sentence, and stores the \
source.\n\nWhy: the credit names the publisher, it is not part of the sentence.\n\nExample: \
`(ICTPress) - Bộ TT&TT và…` → `Bộ TT&TT và…`, metadata `source = ICTPress`.\n\nNot touched: the \
same shape deeper in the article, or when less than five words follow.");

rule!(
    BYLINE,
    "B005",
    "byline",
    "byline or dateline line, moved to metadata",
    "What it does: removes a short line made of a date (and time) plus at most a short name, and \
stores the author and date.\n\nWhy: bylines are page furniture; the information belongs in \
metadata. Above the article's first paragraph, a longer line with a full date that is not a \
sentence — a byline merged with its e-mail and share buttons — is removed too (without \
metadata). So is a byline's label alone on its line (`By`, `Written by:`: the \
`[byline-label]` phrases of `data/chrome-cues.txt`) with the name on the next line, at most \
eight words, wherever they stand: a dump that writes each element on a line of its own cuts \
`By <a>Sarah E. Needleman</a>` so, and the name goes to `author`.\n\nExample: `PV| 03/05/2018 \
08:21` → metadata `author = PV`, `date = 03/05/2018 08:21`; `Đức Anh ducanh@thanhnien.vn \
23/11/2024 21:05 GMT+7 Chia sẻ Zalo` above the lead → removed; `By` / `Ryan Reed` → metadata \
`author = Ryan Reed`.\n\nNot touched: sentences with dates (`Chiều ngày 2/5/2018, tại Hà Nội, \
…`), date lines between paragraphs, a sentence opening with `By`, a label over a paragraph."
);

rule!(
    MEDIA_FILE,
    "B006",
    "media-file-name",
    "image file name line, removed",
    "What it does: removes a line that is only a media file name, or only the image \
placeholders a dumper prints (`[swan_dd_72] [angelfish_]`, `[INS: :INS]`).\n\nWhy: it is the \
alt text or source of an image the scraper flattened.\n\nExample: `20180502huy2.jpg` → removed \
(the caption line after it is handled by B007).\n\nNot touched: a footnote mark (`[1]`), a \
bracketed phrase (`[Cập nhật lúc 10:00]`), a placeholder followed by text on the same line."
);

rule!(CAPTION, "B007", "photo-caption", "photo caption with its credit, moved to metadata",
"What it does: removes photo captions — lines or sentences that end in a photo credit (`Ảnh: …`, \
`(Ảnh: …)`, `- Ảnh minh họa`, and the English labels `Credit: …`, `(Image credit: …)`, \
`Image: …`; also in a markdown dump's italics, `_… (Ảnh: HẢI MINH)_`), a caption line split over two lines (in a dump of a block per line, the line above \
a credit standing alone only when it breaks off on a separator or mid-sentence), a credit \
whose name a dump wrote on the next line (`…TP.HCM. Ảnh:` / `Quỳnh Trần`: the end of a \
hard-wrapped caption, or the name's element in a dump of a block per line), the short \
line after an image file name, and the clip's title (a headline, no sentence) under a video player's label \
and length (`Phát video02:15`) — and stores them in `captions`. When a credit sits inside a paragraph, only the \
sentence before it and the credit go (`… (Ảnh: Hoàng Nam). Vụ tai nạn…` or `…thỏa thuận. (Ảnh: \
Thành Hữu) Theo…`); the article sentence after it stays. A caption written \
twice on one line (a figure's alt text and its caption, run together by a dump written a block \
per line) goes whole.\n\nWhy: captions \
describe pictures that are not in the text.\n\nExample: `Toàn cảnh lễ ký (Ảnh: Phan Thảo \
Nguyên)` → metadata caption.\n\nNot touched: sentences that merely mention a photo (`Triển lãm \
trưng bày 200 bức ảnh.`) or point at one and go on (`Ông An (Ảnh) nói thêm rằng…`); a label followed by a sentence rather than a name (`Credit: scores of \
720 or more get the best rates.`); a product's name or a subheading written as a block above \
`Credit: Amazon`.");

rule!(
    SIGNOFF,
    "B008",
    "signoff",
    "author or source sign-off at the end, moved to metadata",
    "What it does: removes the closing author line (`Gia Huy`, `HM`, `Bài và ảnh: Hoàng Hà`) or \
source line (`Theo TTXVN`, `(Theo Dân trí)`) after the last article paragraph and stores it; \
also one such line (or two of one author) right after an article paragraph and right above a \
template block that follows the article (tags, a comment box, a related list: B009, B010 but \
an ad label, B016, B017, B019–B022), when teasers below keep the body zone open past it.\n\n\
Why: sign-offs are credits, not text.\n\nExample: `…tham gia.\\n\\nGia Huy` → metadata \
`author = Gia Huy`.\n\nNot touched: lines that start with `Theo` but are sentences \
(`Theo kế hoạch, …`), anything before the last paragraph, and the last line of a \
hard-wrapped paragraph (`…and the Fed Cup and Davis Cup` / `Finals.`)."
);

rule!(
    END_OF_ARTICLE,
    "B009",
    "end-of-article",
    "everything after an end-of-article heading, removed",
    "What it does: when a short heading such as `Tin liên quan`, `Tin nổi bật`, `Đừng bỏ lỡ`, \
`Bình luận`, `Thống kê truy cập` or `Go top` lies inside the article's body zone (B015), follows \
enough article text of the zone (default 50 words; a menu line's words are no article text) \
and no longer run of article text follows \
it, removes it and everything after it.\n\nWhy: the template's related/most-read/comment blocks \
follow the article (boilerpipe's terminating blocks). They are recorded, so nothing is lost.\n\n\
Example: `…hợp tác.\\nTin nổi bật\\n• Bài khác` → `…hợp tác.` The heading may carry the \
first headlines of its box on its line (`Đừng bỏ lỡ Bé trai 5 tuổi bị chó cắn nguy kịch`, a \
dump written one block per line): it ends the article the same way, and prose right below it \
then follows a box. So does a line on which such a dump ran the page's boxes together, with \
two marks of a box or more — cues written capitalised at a seam, not after a sentence's end, \
each followed by a capitalised word, a colon, a bullet or the line's end; a text box of \
underscores; a bulleted list — and at most four words before its first cue (`Quảng cáo Tiêu \
điểm * A * B Đừng bỏ lỡ C`, `Ý kiến bạn đọc Nguyễn Thị Lan - 20/06/2024 … Họ và tên: ____`).\n\n\
Not touched: sentences that \
start with those words, headings with too little article text before them, and headings above \
the body zone (a menu label above the article never cuts it), a link to one story written \
after the cue on the same line (`Xem thêm: Giá vàng hôm nay`, `Read more: How we tested`: the \
article goes on after it; the line itself goes as chrome), and a hard-wrapped line that \
continues the sentence above it in lower case (`…reports of` / `related to patients…`), or a \
line of a sentence a dump cut at its links (`versions offered by` / `most popular project \
management software` / `providers to make…`: in lower case under a line that ends no \
sentence, going on past the cue, the sentence going on below it or ending on it), and \
a heading after which the article resumes: below one to 8 short lines (the box's headlines), two \
paragraphs of prose in a row (one subheading may separate them when each has two sentences or \
more), still in the body zone, and a cue line the page repeats three times or more, its counts \
aside (`Read more` under each card of a list, `3 comments` and `12 comments` under its items), both only while the zone holds after it a quarter of the article's \
words before it (the heading then goes alone as B010); such a repeated cue under undated items \
(a listicle's `Read more`) or written with a count (a comment counter: the dates below it are \
its comments') is judged at its first copy in the zone only, under dated ones (the cards of a \
news box) at each copy; and a row of a table the dumper drew (`│ │(comments, │`)."
);

rule!(
    SITE_CHROME,
    "B010",
    "site-chrome",
    "short template line (share, follow, counter, poll, copyright…), removed",
    "What it does: removes short lines built from template vocabulary: share and follow prompts, \
view/comment counters, polls, copyright and licence footers, breadcrumbs, tags, ads, \
go-top links, a table of contents' label and its show/hide toggle (`Mục lục`, `Ẩn`), a media \
player's label and length (`Phát video02:15`) or its clock at rest (`0:00 / 3:24`), and a bar of a player's and the font's controls \
run onto one line, however long (`Nghe bài viết Giọng nữ miền Bắc Giọng nam miền Nam A- A+`).\n\nWhy: they are on every page of the site and in no article.\n\nExample: \
`Theo dõi ICTVietnam trên`, `1.234 lượt xem`, `POWERED BY ONECMS` → removed. The short line \
right after an advertising label (`Quảng cáo`) goes too: it is the ad's slogan.\n\nNot touched: \
sentences that use the same words (`Bà chia sẻ rằng…`); a line of a hard-wrapped paragraph \
(`…copying their books was copyright` / `infringement on a massive scale…`) when the \
paragraph read whole ends a sentence, or a sentence ends in it after the line's start (a list's \
next item glued on: `Originally designed by…` / `…clever construction. Built…` / `…idea. * \
Knife Block`), has no `©` and is no template line; below an ad label, \
a subheading (a headline with a paragraph after it) in an article that has other subheadings \
between its paragraphs."
);

rule!(
    CONTEXT,
    "B011",
    "boilerplate-context",
    "short line between boilerplate lines, removed",
    "What it does: removes a short, non-sentence line whose nearest neighbours are boilerplate on \
both sides (or boilerplate before it and the end of the document after it).\n\nWhy: jusText's \
context smoothing: short lines inside menus are menu items, short lines inside an article are \
article.\n\nExample: `Chia sẻ` / `Zalo 12` / `Quảng cáo` → the middle line goes too.\n\n\
Not touched: short lines next to article paragraphs (subheadings, list items); a run of short \
lines of 20 words or more in which a sentence ends at a line's end, or, when most of its lines \
reach the dump's wrap width (a hard-wrapped paragraph), inside a line after a word in lower \
case (`…clever construction. Built from…`; an abbreviation's full stop, `TP. HCM`, ends none); \
a text written without spaces between words (Chinese, Japanese, Thai: its lines are short in \
words however long their sentences); on a page extracted from HTML, a run of more than 8 short lines (a \
listing's card titles and prices below an unmarked breadcrumb: the page structure kept them). An \
image's file name or placeholder (B006) and a photo caption or credit (B007) are no \
boilerplate neighbour: a product's name and specs between `Credit: Amazon` lines stay."
);

rule!(CORPUS_REPEATED, "B012", "corpus-repeated", "line that recurs in many documents of the corpus, removed",
"What it does: with corpus statistics (a prescan), removes a line whose normalised form occurs \
in at least `min_df` documents and `min_share` of all documents, or of the documents of its \
site when its address is known (a JSONL record's URL, a page's canonical URL, a dump's URL line), \
unless it is long prose.\n\n\
Why: a line every page of a site shares is its template.\n\nExample: `Hotline: 0900 000 000` in \
3,000 of 10,000 documents → removed; a site's menu on its 40 pages of a crawl of 10,000 → \
removed.\n\nNot touched: sentences of `max_prose_words` words or more.\n\n\
Related boxes between the paragraphs, from three documents on: a run of two to eight lines below \
a paragraph the corpus does not repeat (not one ending with a colon) or above the first \
paragraph, most of its lines met in two other documents and at least half of them headlines of 6 \
to 25 words, is a box the site prints in many articles; its headlines printed again below the \
last paragraph go too, and a headline of that length that other documents print is not prose \
above the title. A subheading next to the box, an article the corpus holds twice and a list the \
article announces stay.\n\n\
Inside the article, a run of at most eight lines and at least eight words, each recurring as \
above, between two paragraphs of the document's own (sentences at most one other document prints, \
no box's label) is the site's insert (a market table, a newsletter box) and goes too. A short \
subheading the site's articles share and an article the corpus holds several times stay.");

rule!(END_MARK, "B013", "end-mark", "editor's end mark after the last sentence (`/.`, `Hết.`), removed",
"What it does: removes the `/.` that Vietnamese agencies (TTXVN, VietnamPlus) put after the last \
sentence, and an editor's closing mark alone on a line after the last paragraph, around the \
reporter's name (`Hết.`, `(Hết)`, `- HẾT -`, `(Còn nữa)`: `[closing-mark]` in \
`data/chrome-cues.txt`).\n\nWhy: they are editing marks, not text; and a closing mark is no \
reporter's name for the metadata.\n\nExample: `…(Việt Nam)./.` → `…(Việt Nam).`; a last line \
`Hết.` → removed, the author left empty.\n\nNot touched: the words inside a sentence (`Hết giờ, \
trận đấu khép lại.`).");

rule!(
    USER_PATTERN,
    "B014",
    "user-pattern",
    "line matching a `[boilerplate] drop_lines` pattern, removed",
    "What it does: removes lines that match one of the user's `drop_lines` regular expressions in \
`sach.toml`.\n\nWhy: every corpus has its own template lines.\n\nExample: `drop_lines = \
['^Ảnh: Shutterstock$']` removes that credit line."
);

rule!(
    OUTSIDE_ARTICLE,
    "B015",
    "outside-body-zone",
    "line before or after the article's body zone, removed",
    "What it does: finds the article's body zone — the run of lines that maximises the prose \
score (a line model over length, stopword density, sentence ends, Title-Case share, digits, \
separators, cue words and the neighbouring lines, weights fitted on labelled dumps) — and \
removes the lines before and after it that no other rule took. A text with no run of prose (a \
listing, a menu page) is emptied, with this rule as the reason.\n\nWhy: in a page dump the \
article sits between the site's menus and its related lists and footer; cue words alone do not \
find it on sites never seen.\n\nExample: `Trang chủ` / `Thời sự` / `Thế giới` … above the title \
→ removed; `Liên hệ quảng cáo` / `© 2024 Báo X` after the last paragraph → removed.\n\n\
The zone never starts or ends on a one-line menu, a short label or a line the corpus \
statistics mark as site template, nor starts with a box of headlines (lines without a paragraph \
among them, sentence-like as Vietnamese headlines are) above three lines or more of the site's \
chrome (the breadcrumb, the date, the share bar); other runs of prose heavy enough on their own, or holding \
a paragraph of 25 words or more, are kept too (after the zone, up to an end-of-article cue; a \
cue line the page writes three times or more, `Read more` under each section, ends nothing; \
before the zone, not a run far above it: more than ten times its words of mostly short lines \
between them, nor such a box of headlines, nor the page's first text (a cookie notice, a site banner) above more than twice its words of menu labels; after a zone that holds a paragraph, not \
a run far below it: between them more than fifteen times its words, mostly in short lines, \
little prose and no more words than the zone, a licence line under the related headlines and the \
footer's menus; after a zone of 14 paragraphs or more, not a run that with what lies between \
holds at most a fifth of the zone's words, an author's bio or a newsletter's promise under the \
share bar, until a run after the zone has joined it: an article in sections). Such a run whose far edge is a site template line (`2 min read` above the \
paragraphs a box split off) is kept without that line, unless it is the page's first text. A zone that is the page's first text, \
far above a longer paragraph of prose across the site's menus (a cookie notice), gives way to \
that paragraph's run. When no run clears the threshold, the heaviest \
run at a threshold 0.1 lower is the zone if it holds such a paragraph. A unit of 150 words or \
more with a sentence end in every 40 words and a quarter of function words (a whole article a \
scraper wrote on one line, whatever its ending) outside a zone of less than half its words joins \
it, with what lies between. A zone inside a run of paragraphs by their shape (25 words, a full \
stop in every 50, function words; at most 40 words of other lines between two, no end-of-article \
cue) that holds more words outside the zone than the zone holds spans the run (a dump that glued \
a sidebar's lines onto the paragraphs). A long line with no sentence end (a menu on one line) \
weighs nothing in the zone's sums but for the prose it starts with (25 words or more up to its \
last full stop, one in every 50 words, function words, not Title Case: an article a scraper \
glued onto a sidebar of headlines). The rows of a list joined on one line right after the zone \
(a row separator such as ` -- ` or ` @ ` five times or more, one in every 15 words, a figure for \
each: tour dates, standings) join it. The pass then looks again \
over the lines it kept (a reason ending `look 2` comes from that look) until nothing more goes, \
so that a second run over its output changes nothing.\n\n\
Not touched: the title (the heading within 200 characters above the zone), short lines that \
continue the zone with a prose score above the lower threshold, texts of fewer than three \
paragraphs or 40 words (too short to tell an article from the rest), texts a quarter of whose \
characters are of a script written without spaces between words (Chinese, Japanese, Thai: \
the line model counts words, and reads their paragraphs as labels), and articles extracted \
from HTML (the page structure located them)."
);

rule!(
    MENU_LINE,
    "B016",
    "menu-line",
    "menu or breadcrumb written on one line, outside the article's prose, removed",
    "What it does: removes a line that is a whole menu or breadcrumb — two or more short \
capitalised items separated by `|`, `»`, `›`, `>`, `•`, `*`… (the last item may be a \
headline, an item may be a brand such as `eMagazine`, and the first may carry the site's name \
when four or more items follow it: `Báo Hải Dương điện tử Trang chủ | Thời sự | …`), or menu links the dumper glued together (`hôm nayASEAN Cup 2024Kỳ họp`: three \
lowercase-to-capital seams inside words, or two in a line of at most 12 words; not those of \
a hashtag, a handle, a link or an identifier: `day.#TodayInSenatePlenary`), or a menu \
written without separators (`Thời sự Thế giới Kinh doanh Văn hóa - Giải trí Lao động việc làm …`: \
five or more items of a capitalised word and up to three lowercase ones, three in four of them \
two words or more, eight when a dash joins two names; a date bar may open it), or a line \
holding a text box as the dumpers print one (`[ ]`, a run of 8 or more underscores: a search, \
login or comment form) that ends no sentence — when it stands above the article's first \
paragraph or below its last. Such a line is never the title either.\n\nWhy: menus and breadcrumbs are \
written in the words of the site's sections, which no vocabulary lists; their shape gives them \
away on sites never seen.\n\nExample: `Kinh doanh › Tài chính`, `Trang chủ | Thời sự | Chính \
trị`, `Giá vàng hôm nayASEAN Cup 2024Kỳ họp thứ 8` → removed.\n\nNot touched: lines between \
two article paragraphs (a list written on one line), sentences (`Cao tốc Hà Nội - Hải Phòng - \
Quảng Ninh…`: a dash is not a separator), brand names (`iPhone`, `YouTube`), headlines that \
name people or places (`Chủ tịch nước Lương Cường tiếp Bộ trưởng Quốc phòng Mỹ`: a capitalised \
syllable for each syllable of a name makes one-word items), a menu and the article a scraper \
joined onto one line (five sentences or more, one in every 40 words, or five in the last item: \
the line stays for the body zone)."
);

rule!(
    FOOTER_LINE,
    "B017",
    "footer-line",
    "footer label line (publisher, address, phone, e-mail) below the article, removed",
    "What it does: removes a line that opens with a footer label and a colon — `Cơ quan chủ \
quản:`, `Tổng biên tập:`, `Địa chỉ:`, `Điện thoại:`, `Email:`, `Giấy phép:` (list in \
`data/chrome-cues.txt`) — or holds three or more of them, whatever its length (the site's \
imprint on one line, which is not prose even when it ends with a sentence) — when it stands \
below the article's last paragraph.\n\nWhy: the site's imprint closes every page; inside an article the same labels open practical \
information, so only the position decides.\n\nExample: `…tham gia.\\n\\nCơ quan chủ quản: \
Bộ Văn hóa` → the last line goes.\n\nNot touched: `Địa chỉ: 12 Lê Lợi` between two paragraphs \
of the article."
);

rule!(
    ABOVE_TITLE,
    "B018",
    "above-title",
    "short line above the article's title, removed",
    "What it does: when the body zone starts at the top of the text (a dump without blank lines \
often gives no other clue), removes the lines above the title that are not prose — the site's \
name, its menus, a breadcrumb, the date bar. The title is the longest heading-like line among \
the eight lines above the first paragraph, menus excluded.\n\nWhy: an article starts at its \
title; what a page prints above it is the site's.\n\nExample: `Báo Thanh Niên` / `Thời sự Dân \
sinh` / `Không khí lạnh tăng cường, miền Bắc rét đậm` (title) → the first two lines go.\n\n\
Not touched: sentences above the title, the title itself, anything when no title is found."
);

rule!(
    HEADLINE_RUN,
    "B019",
    "headline-run",
    "three or more headlines in a row below the article (or a box inside it: repeated, or foreign by its words), removed",
    "What it does: below the article's last prose line, removes runs of three or more \
headline-shaped lines in a row — 4 to 25 words, capitalised, no sentence end, not a \
sign-off; a line of two or more bulleted headlines (`• A • B • C`, a list written on one \
line) counts as that many — unless the last paragraph ends with a colon (it introduces a list of its own).\n\n\
Why: related, most-read and same-section lists often come without a heading; their items \
are headlines, and an article does not end in three headlines.\n\nExample: `…đầu năm.` / \
`Xuất khẩu gạo tháng 12 đạt kỷ lục mới` / `Nông dân miền Tây trúng mùa lúa thu đông` / `Giá \
phân bón giảm mạnh cuối năm` → the three headlines go. Between two paragraphs, two or more \
headlines in a row go when the page prints one of them again elsewhere (the same story in its \
related list; a run with questions among them, `Chứng khoán tuần tới: nhà đầu tư nên làm gì?`, \
when it prints one again below the article, and that copy goes too; a lone headline printed \
again below the article, with the one-sentence summary under it when another document of the \
corpus prints that summary too), or when, two to six of them, their words are not the article's: under a \
quarter of their content words and a tenth of their word pairs met in the title and the body \
(another story's headlines; a subheading names what its paragraphs say), the last kept when \
its word pairs are the article's or too few to judge (a subheading under the box). A run the \
page prints again together with the paragraphs around it is the article printed twice (a \
screen and a print copy), and stays.\n\nNot touched: a \
subheading alone between paragraphs, two headings in a row the page does not repeat and \
that speak of the article (a section and its first subsection), fewer than three below the \
article, lines that end a sentence, a list announced by a colon, a table's rows, a numbered \
list's items, a list's fields (`Thủ môn: Văn Công, Tấn Trường`), a hard-wrapped paragraph's \
lines.\n\n\
Carousels: four or more lines in a row, none ending a sentence, each opening with five words \
the line above holds past its start (a tile printed with the next story's headline under its \
own: `A B - Photo` / `B C - Photo`), go when no paragraph stands on one side of the run and \
three or more on the other (above the article's first paragraph or below its last). The same \
run with no article beside it (a listing page's items) or between paragraphs stays, and so do \
lines that repeat the start of the line above (a refrain, a cumulative verse)."
);

rule!(
    TEASER_RUN,
    "B020",
    "teaser-run",
    "three or more headline + summary items in a row after the article's start, removed",
    "What it does: in a text dump, after at least `min_article_words` of article prose, removes \
runs of three or more items made of a headline (4 to 25 words, capitalised, no sentence end; \
with at most two more short lines: the same headline again, a label) followed by a summary of \
one or two sentences (6 to 50 words) — when the run is marked as a listing: two or more items \
print their headline twice (the items from the one before the first doubled item to the last), \
or a removed run lies right above it with no sentence between them and every summary is one \
sentence of at most 40 words; or three or more items in a row each carry their time (a relative \
time or a date with its time of day on its own line: `2 giờ trước`); or the line above the \
first item is one that shows the article ended (an end-of-article heading, a related box under \
its cue, tags, an empty comment box) and every summary is one sentence of at most \
40 words. For the last two, no more sentence words may follow the items than article prose \
precedes them; below them, the rest of the body zone goes too when it holds only more such \
items (two or more) and the box's short lines, no paragraph. A summary run together with the \
next box (a label and two or more bulleted headlines on its line) counts as the summary, and \
its line goes with the item. Right under a related heading, or a related-story label alone on \
its line (`Đọc tiếp`, `Xem thêm`), two items are a box when no article prose follows them.\n\nWhy: related, latest and \
most-read boxes print each article \
as a headline and a one-sentence teaser; the teasers are sentences, so the body zone and the \
rules that look below the last paragraph took the box for article text.\n\nExample: `…chưa \
ghi nhận thương vong.` / `Đình Trọng` / `Tàu hỏa Tết tăng thêm hàng chục nghìn chỗ` / `Tàu hỏa \
Tết tăng thêm hàng chục nghìn chỗ` / `Ngành đường sắt tăng cường nhiều đoàn tàu Bắc - Nam.` / \
… (three such items) → the items go.\n\nNot touched: fewer than three items (two under a \
related heading with article prose below them), a list the \
article announces with a colon, subheadings printed once (a guide's steps with one-line \
summaries, even below a chrome line such as share buttons or an ad label), a timeline's dates \
(no time of day), dated items followed by more of the article, HTML pages (the page structure \
judged those blocks)."
);

rule!(
    COMMENT_THREAD,
    "B021",
    "comment-thread",
    "readers' comments below the article (action links, relative times), removed",
    "What it does: in a text dump, after at least `min_article_words` of article prose, finds \
two or more comment marks at most 4 blocks apart — a line of only action links, counts and a \
relative time (`Thích Trả lời 1h trước`), a short header with a relative time (`Fan thành Nam 1 \
giờ trước`), an action link run into a dated header — with dated headers between them, and \
removes them, the comments between them, and one comment's worth of lines before the first and \
after the last mark. Three or more short headers stamped with a year and a clock time (`July 14, \
2015 at 3:53 pm`), each over its comment and beside its writer's name (the short line above \
that is not a sentence, `joetoronto says:`, and the words before the time differ from stamp to \
stamp), make a thread without action links; under such a header a long comment (up \
to 12 blocks, no headline) does not break the thread. Not when a longer run of prose follows \
the thread (the threads below it not counted).\n\nWhy: readers' comments are sentences, so the \
body zone reads them as article prose; their action links and times are the structure no \
article has.\n\nExample: `Hoàng Nam` / `Lãi suất tăng thì người gửi tiết kiệm mừng.` / `34` / \
`Thích Trả lời 1h trước` / `Minh Tuấn` / `Tôi vẫn chọn ngân hàng lớn.` / `Thích Trả lời 2h \
trước` → all go.\n\nNot touched: a single mark, dates alone (a timeline in the article), two \
stamped lines (published, updated), times without a year (a live blog), a live report's stamps \
(each under the entry before it, one label repeated), action words or times inside a sentence \
(`Trả lời phỏng vấn, ông cho biết…`), an interview's `Trả lời:` label (it ends with a colon), HTML pages."
);

rule!(
    CUED_LIST,
    "B022",
    "cued-list",
    "headlines listed under a related heading inside the article, removed",
    "What it does: in a text dump, below the article's first paragraph, removes the list that a \
related heading introduces when the heading did not end the article (prose follows): after a \
cue line removed as template (`Tin liên quan`, `Đọc thêm`, `Xem thêm`; B010), the bulleted \
headlines (`• A • B` on one line or one per line), the pictures printed as `[alt]` and the \
headline after each picture, up to the first other line; under a related-story label only \
(`Tin liên quan`, `Xem thêm`), two or more headlines without bullets, each a block of its \
own, with prose or the next row of the article's table (three cells or more) right below \
them, but the last (lynx and w3m print a box's links so); under any end heading, such a run \
with nothing of the article below it, every item a headline (no sentence end but `?`), the \
last with the rest; and a \
cue written on one line with the headlines it lists (`Tin liên quan * A * B`, `Xem thêm Vì \
sao mùa đông năm nay đến muộn?`, or three or four headlines run together without a sentence \
end or more than a comma or two).\n\nWhy: news sites put boxes of links to other stories between the article's \
paragraphs; a dumper prints them as a heading and a list, and the body zone, which runs \
through them, keeps them.\n\nExample: `Tin liên quan` / `• Gỡ vướng thủ tục để đẩy nhanh các \
dự án nhà ở xã hội` / `• Gói tín dụng 120.000 tỷ đồng: Đã giải ngân bao nhiêu?` / `Theo Bộ Xây \
dựng, …` → the two items go, the paragraph stays.\n\nNot touched: the line after the list \
that is not a bulleted headline (a subheading: `Chuyên gia tâm lý cảnh báo nguy cơ kiệt sức`), \
the last of a run of plain headlines (unless the corpus holds it in more documents than the \
paragraph below it: other pages' boxes listed it) and a lone one (it may be a subheading), plain headlines \
under another end marker with the article going on below (`Most Popular`: a ranking's titles \
and their authors' names), a page's last sentences under `Read more`, \
list items that are sentences or end in `;` (the article's own points), a cue heading with no \
headline after it, lines above the first paragraph, HTML pages."
);

pub static PROSE_KEPT: &Rule = &Rule {
    code: "B023",
    name: "prose-kept",
    severity: Severity::Info,
    fix: Fix::ReportOnly,
    visibility: Visibility::Visible,
    summary: "the page's longest run of prose, kept although the zone or a cue had removed it",
    doc: "What it does: in a text dump, after the other rules, finds the page's longest run of \
prose by its shape alone (paragraphs of 25 words or more that end a sentence, at most four short \
lines between two of them, no end-of-article heading; two paragraphs and 150 words at least) \
and, when the rules that judge a line by its place (B009, B011, B015–B022) removed at least \
half of its words and more than twice the words of the whole kept text, keeps its lines again \
and reports it here.\n\nWhy: the body zone and the cues \
decide from a line model and vocabulary fitted on some pages; on a site or a dump shape never \
seen, one wrong decision (a zone around a box of teasers, a cue above the body) deleted the \
article. No single decision may do that.\n\nExample: a one-paragraph lead, then a box of \
teasers the zone settled on, then the article's six paragraphs → the six paragraphs stay, \
with `the page's longest run of prose (412 words in 6 paragraphs, lines 40–58) kept: B015 had \
removed 412 of its words, the text kept held 120`.\n\nNot touched: a run the \
rules trimmed (they kept most of it), removals by a line's own shape (bylines, captions, \
corpus-repeated lines), the lines outside the run, HTML pages.",
};

pub static ZONE_KEPT: &Rule = &Rule {
    code: "B024",
    name: "zone-kept",
    severity: Severity::Info,
    fix: Fix::ReportOnly,
    visibility: Visibility::Visible,
    summary: "a removal inside the first look's body zone, withdrawn because the removals had taken most of it",
    doc: "What it does: in a text dump, last of all, counts the words of the text lines (four \
words or more, no one-line menu or run-on line) of the body zone the first look found, before \
any cue or list rule acted, up to the first end-of-article or comment-thread cut inside it. When \
the rules that judge a line by its neighbours and the zone (B011, B015–B018) removed more than \
half of them (250 words at least in all), the zone kept fewer than 250 and the text kept outside \
the zone holds no more than the zone kept, each of their removals inside the zone is withdrawn \
and reported here with the rule and reason it withdraws.\n\nWhy: each rule decides from its own \
evidence and on a site or dump shape never seen their removals add up to the article: the \
smoothing (B011) took the items of a numbered product list between two separator rules, a \
later look's narrower zone (B015) the list's first item, and the page kept its 137-word intro \
only. The longest-prose check (B023) does not see a list: it has no paragraph of prose.\n\n\
Example: `Ecco i regali:` / `******` / `1) Lego Star Wars 75188` / `http://amzn.to/…` / … / \
`22) Hasbro Gaming – L'allegro chirurgo` → the items stay, each withdrawn removal reported as \
`B011 withdrawn (short line with boilerplate on both sides): the first look's body zone (lines \
42–128) kept: …`.\n\nNot touched: a zone the rules trimmed (they kept most of it, or an \
article's worth), what follows an end-of-article heading or a comment thread inside the zone, \
removals by a list rule (B019–B022) or by a line's own shape (separators, bylines, captions, \
corpus-repeated lines), the lines outside the zone, a zone whose page kept more text elsewhere, \
short texts, HTML pages.",
};

pub static RULES: &[&Rule] = &[
    URL_HEADER,
    SEPARATOR,
    DATE_LABEL,
    LEAD_CREDIT,
    BYLINE,
    MEDIA_FILE,
    CAPTION,
    SIGNOFF,
    END_OF_ARTICLE,
    SITE_CHROME,
    CONTEXT,
    CORPUS_REPEATED,
    END_MARK,
    USER_PATTERN,
    OUTSIDE_ARTICLE,
    MENU_LINE,
    FOOTER_LINE,
    ABOVE_TITLE,
    HEADLINE_RUN,
    TEASER_RUN,
    COMMENT_THREAD,
    CUED_LIST,
    PROSE_KEPT,
    ZONE_KEPT,
];
