//! Related boxes announced by a heading (B022): `Tin liên quan`, `Đọc thêm`, `Xem thêm` and
//! the like, followed by the headlines of other stories — bulleted, under pictures, run onto
//! the heading's line, or plain lines between the article's paragraphs.
//!
//! B020 ([`super::teaser_runs`]) finds lists of teasers by their repeated shape and needs no
//! heading; this module starts from the heading and takes only what reads as a headline
//! (capitalised, no sentence end, no list punctuation), so a list of the article's own points
//! under `Xem thêm:` (sentences, or items ending in `;`) stays. The cue predicates here
//! ([`starts_with_cue`], [`cue_and_headlines`], [`glued_box`]…) are also asked by B009 and the
//! line records, which cache them per line.

use super::super::classify::{is_prose, State};
use super::super::corpus::Recurrence;
use super::super::features::{self, ends_sentence, words, words_at_most, words_upto};
use super::super::header;
use super::super::lexicon;
use super::super::options::Options;
use super::super::rules::{CUED_LIST, SITE_CHROME};
use super::super::shapes;
use super::{BULLETS, MAX_HEADING_WORDS};
use crate::chars;

/// A story's headline as a list item: 2 to 25 words, capitalised, no sentence end (a question
/// is one), no list punctuation (`;`: a list of the article's own points); a markdown heading
/// read past its mark (`* ### Cách chọn nguyện vọng vào lớp 10`).
fn headline_item(t: &str) -> bool {
    let t = t.trim();
    let n = words_upto(t, MAX_HEADLINE_WORDS + 1);
    (2..=MAX_HEADLINE_WORDS).contains(&n) && header::is_counted_heading(t, n) && !t.contains(';')
}

/// The items of a bulleted line (`• A • B`, `* A`, `[bullet] A`): split at the bullet the line
/// starts with (a dash is never split on: `TP.HCM - Trung Lương` is one name).
fn bulleted(t: &str) -> Option<Vec<&str>> {
    let t = t.trim();
    if let Some(rest) = t.strip_prefix("[bullet]") {
        return Some(vec![rest]);
    }
    let mark = t.chars().next().filter(|c| BULLETS.contains(c))?;
    let rest = &t[mark.len_utf8()..];
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    Some(if "-+–".contains(mark) {
        vec![rest]
    } else {
        rest.split(mark).filter(|s| !s.trim().is_empty()).collect()
    })
}

/// A line of a related box: bulleted headlines.
fn headline_list(t: &str) -> bool {
    bulleted_headlines(t) > 0
}

/// How many headlines a bulleted line lists (0 when it is not bulleted or an item is not a
/// headline): the items of a related list written on one line (B019, B022).
pub(in crate::boilerplate) fn bulleted_headlines(t: &str) -> usize {
    match bulleted(t) {
        Some(items) if items.iter().all(|s| headline_item(s)) => items.len(),
        _ => 0,
    }
}

/// An image the dumper printed as its alt text or file name in brackets (`[rel-0]`,
/// `[avatar-def]`): a list item's picture. A form field (`[ ]`) is not one.
fn image_mark(t: &str) -> bool {
    let t = t.trim();
    t.len() > 2
        && t.starts_with('[')
        && t.ends_with(']')
        && !t[1..t.len() - 1].contains(['[', ']'])
        && !t[1..t.len() - 1].trim().is_empty()
        && words_at_most(t, 3)
}

/// Most words after a cue on its own line (`Tin liên quan Lịch thi đấu V-League vòng 10: …`,
/// or a box of three or four headlines run together: [`joined_headlines`]).
pub(in crate::boilerplate) const MAX_CUED_WORDS: usize = 60;

/// Most words of one headline after a cue ([`headline_item`]'s limit): a longer rest is a
/// box's headlines run together, or a sentence.
const MAX_HEADLINE_WORDS: usize = 25;

/// The headlines of a box run together on one line without bullets, as a dump that joins a
/// box's links writes them (`Ba người tử vong trong vụ tai nạn trên cao tốc Cam Lộ - La Sơn
/// Hàng nghìn du khách đổ về Sa Pa ngắm mùa lúa chín Bão số 6 suy yếu…`): more words than one
/// headline holds, capitalised, no sentence end anywhere (a `?` closes a headline; a period,
/// `!`, `;` or `…` before a space is a sentence's end, which a paragraph of this length always
/// has) and few commas (a headline holds one at most; a long sentence whose final period the
/// dump lost has its clauses: `Nổi bật trong năm qua là sản lượng lúa đạt kỷ lục, xuất khẩu
/// gạo tăng mạnh, …`). Read only after a cue ([`cue_and_headlines`]).
fn joined_headlines(rest: &str) -> bool {
    let n = words_upto(rest, MAX_CUED_WORDS + 1);
    let sentence_end = |w: &[u8]| matches!(w[0], b'.' | b'!' | b';') && w[1] == b' ';
    n > MAX_HEADLINE_WORDS
        && n <= MAX_CUED_WORDS
        && rest.starts_with(char::is_uppercase)
        && rest.matches(',').count() * WORDS_PER_COMMA <= n
        && !rest.as_bytes().windows(2).any(sentence_end)
        && !rest.contains("… ")
}

/// Fewest words per comma in [`joined_headlines`]: one comma in a box of two headlines.
const WORDS_PER_COMMA: usize = 20;

/// Whether `t` starts with an end marker or a related-story label. A line is read by its first
/// words ([`opening_end_marker`]) unless it ends a sentence other than a question:
/// [`lexicon::end_marker`] reads the line whole, and no heading ends a sentence or a clause, but
/// a question also ends a box whose last headline asks one (`Bài viết liên quan Chứng khoán
/// tuần tới: … Vì sao giá thuê nhà trọ … tăng mạnh?`), and a comma the line of a wrapped
/// headline (`» Related: How to Save Money on Car Rentals [Points, Upgrades, Cash Savings,` /
/// `and More]`). A sentence (most lines) is asked no more: a box's line ends none.
pub(in crate::boilerplate) fn starts_with_cue(t: &str, opts: &Options) -> bool {
    let cue = if ends_sentence(t) && !t.trim_end().ends_with('?') {
        lexicon::end_marker(t, &opts.end_markers, MAX_CUED_WORDS)
    } else {
        opening_end_marker(t, opts)
    };
    cue.is_some() || lexicon::related_label(t).is_some()
}

/// A cue and the headlines it introduces on one line, with bullets (`Tin liên quan * A * B`) or
/// without (`Xem thêm Vì sao mùa đông năm nay đến muộn?`): the rest after the cue is a
/// capitalised headline list, not a sentence. The cue, lowercase.
pub(in crate::boilerplate) fn cue_and_headlines<'o>(t: &str, opts: &'o Options) -> Option<&'o str> {
    if ends_sentence(t) && !t.ends_with('?') {
        return None;
    }
    let cue = opening_end_marker(t, opts)
        .or_else(|| lexicon::related_label(t))
        .filter(|cue| !features::teaser_link(t, cue))?;
    let key = t.trim_start_matches(|c: char| !c.is_alphabetic());
    // the cue is ASCII-lowercase-insensitive Vietnamese: skip as many characters as it has
    let at = key
        .char_indices()
        .nth(cue.chars().count())
        .map_or(key.len(), |(i, _)| i);
    let rest = key[at..].trim_start_matches([':', '»', '>', '|', ' ']);
    (!rest.is_empty() && (headline_list(rest) || headline_item(rest) || joined_headlines(rest)))
        .then_some(cue)
}

/// The end marker line `t` opens with ([`lexicon::end_marker`]): the line read whole as a
/// heading and what follows it, else its first [`OPENING_CUE_WORDS`] words alone. What follows
/// the heading is a box's items, whose last may end in a question (`… nhà đầu tư nên làm gì?`)
/// or whose summaries end sentences, and the heading alone decides whether it is one.
pub(in crate::boilerplate) fn opening_end_marker<'o>(
    t: &str,
    opts: &'o Options,
) -> Option<&'o str> {
    // the line's first words open with a marker exactly when the line may (most lines do not:
    // they are not cut into words for it)
    if !lexicon::may_open_with_end_marker(t, &opts.end_markers) {
        return None;
    }
    lexicon::end_marker(t, &opts.end_markers, MAX_CUED_WORDS).or_else(|| {
        let head_end = t
            .split_whitespace()
            .nth(OPENING_CUE_WORDS)
            .map_or(t.len(), |w| w.as_ptr() as usize - t.as_ptr() as usize);
        lexicon::end_marker(&t[..head_end], &opts.end_markers, OPENING_CUE_WORDS)
    })
}

/// Words of a line's start in which [`opening_end_marker`] looks for its cue: the longest cue
/// and the word after it.
const OPENING_CUE_WORDS: usize = 6;

/// A box of teasers run onto its heading's line (`Tin cùng chuyên mục Người đàn ông nhặt được
/// ví tiền… Liên Bộ Công Thương - Tài chính vừa điều chỉnh giá… Mưa lớn gây ngập…`): a dump
/// written one block per line joins a box's headlines and their one-sentence summaries after
/// the heading, so the line ends sentences and [`cue_and_headlines`] reads it as prose. The
/// heading opens the line capitalised, is an end marker of two words or more
/// ([`lexicon::end_marker`] of the line's first bytes, [`cue_window`]: a related-story label
/// such as `See also` heads one link as often as a box), and a capitalised word follows it
/// straight, with no punctuation between: a seam between two blocks. A sentence that opens with
/// such words runs on in lowercase (`Tin nổi bật nhất tuần là…`) or after a comma (`Mới nhất,
/// Bộ Y tế…`). The rest holds more words than one headline and a summary's sentence end: a
/// box's teasers (a row of a review's fields after `Read more` ends none). Read only where the
/// line would end the article (B009 decides), never between paragraphs, where one paragraph may
/// open so. The cue, lowercase.
pub(in crate::boilerplate) fn cue_and_teasers<'o>(t: &str, opts: &'o Options) -> Option<&'o str> {
    if !t.starts_with(char::is_uppercase) {
        return None;
    }
    // the cue from the line's first bytes (asked of every line of the zone below the article's
    // first words: no word of the rest is read unless a cue opens the line)
    let cue = lexicon::end_marker(cue_window(t), &opts.end_markers, CUE_WINDOW_WORDS)
        .filter(|cue| words(cue) >= 2 && !features::teaser_link(t, cue))?;
    let rest = t
        .char_indices()
        .nth(cue.chars().count())
        .map_or("", |(i, _)| &t[i..]);
    let summary_end = |w: &[u8]| matches!(w[0], b'.' | b'!' | b'?') && w[1] == b' ';
    (rest.starts_with(' ')
        && rest.trim_start().starts_with(char::is_uppercase)
        && words_upto(rest, MAX_HEADLINE_WORDS + 1) > MAX_HEADLINE_WORDS
        && (ends_sentence(rest) || rest.as_bytes().windows(2).any(summary_end)))
    .then_some(cue)
}

/// Most words before the first cue of a [`glued_box`] line: a reporter's name, a button, an ad
/// label (`Đình Trọng`, `Gửi`, `Quảng cáo`), never a paragraph.
pub(super) const MAX_BOX_PREFIX_WORDS: usize = 4;

/// Fewest marks of a template box in a [`glued_box`] line.
pub(super) const MIN_BOX_MARKS: usize = 2;

/// Bytes read from a word to find the cue it starts ([`lexicon::end_marker`] of that window,
/// [`cue_window`]): the longest cue is a few words, and no longer text is lowercased for it.
const CUE_WINDOW_BYTES: usize = 64;

/// Most words in a [`CUE_WINDOW_BYTES`] window (a word and its space take two bytes at least).
pub(super) const CUE_WINDOW_WORDS: usize = CUE_WINDOW_BYTES / 2;

/// The start of `rest` that [`glued_box`] reads for a cue: at most [`CUE_WINDOW_BYTES`], cut
/// after its last whole word, without the punctuation after that word. The cut is no line's
/// end: [`lexicon::end_marker`] reads a line that ends a sentence or a clause as no heading, and
/// a window cut after `mới,` (`Tin cùng chuyên mục Giá vàng miếng lập đỉnh mới, vượt 90…`, where
/// the 64th byte fell) hid the cue of a box of teasers from [`cue_and_teasers`].
pub(super) fn cue_window(rest: &str) -> &str {
    if rest.len() <= CUE_WINDOW_BYTES {
        return rest;
    }
    let mut end = CUE_WINDOW_BYTES;
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    let head = &rest[..end];
    head.rfind(char::is_whitespace)
        .map_or(head, |at| &head[..at])
        .trim_end_matches(|c: char| !chars::is_alphanumeric(c))
}

/// The first end-of-article cue of a line that is the page's boxes after the article, run
/// together: a dump written one block per line joins a sign-off, the tags, the comment box and
/// the related list when the page left no blank line between them (`Đình Trọng Chủ đề: cháy
/// xưởng gỗ… Bình luận`, `Quảng cáo Tiêu điểm * A * B Đừng bỏ lỡ C`, `Ý kiến bạn đọc Nguyễn Thị
/// Lan - 20/06/2024 … Họ và tên: ____ … TIN MỚI NHẤT …`). Such a line is no heading and no
/// sentence, so neither the cue rules nor the prose rules took it. A cue counts when it is
/// written capitalised at a seam — the line's start, or after a word, a bracket or a text box,
/// never after a sentence's end or a comma — and what follows it is the next block: the line's
/// end, a colon, a bullet or a capitalised word (`Bình luận về việc này, …` is a sentence). The
/// line needs [`MIN_BOX_MARKS`] marks of a box (such cues, a text box of underscores:
/// [`shapes::text_box`], a bulleted list of two items or more) and at most
/// [`MAX_BOX_PREFIX_WORDS`] words (whitespace-separated) before its first cue or share bar's
/// label ([`lexicon::share_label`] at a seam: `HẢI MINH In bài viết | Gửi cho bạn bè | Về đầu
/// trang Ý kiến bạn đọc …`, the reporter's name, the bar, then the boxes; the label is no mark):
/// a Title Case subheading holds one cue-like word at most (`Reader Comments Show Support`), an
/// article's paragraph runs on long before any cue.
pub(in crate::boilerplate) fn glued_box<'o>(t: &str, opts: &'o Options) -> Option<&'o str> {
    let mut first = None;
    // a cue or a share bar's label met: the line's prefix is over
    let mut opened = false;
    let mut marks = 0;
    let mut before: Option<char> = None;
    let mut word_start = true;
    // the words before the current one, separated by whitespace
    let mut words_before = 0;
    for (at, c) in t.char_indices() {
        if c.is_whitespace() {
            word_start = true;
            continue;
        }
        if word_start && at > 0 {
            words_before += 1;
        }
        // no cue among the first words: a paragraph, read no further
        if !opened && words_before > MAX_BOX_PREFIX_WORDS {
            return None;
        }
        let seam =
            word_start && c.is_uppercase() && before.is_none_or(|b| !".!?…,;:\"“”'‘’(".contains(b));
        word_start = false;
        before = Some(c);
        if !seam {
            continue;
        }
        let rest = &t[at..];
        let Some(cue) = lexicon::end_marker(cue_window(rest), &opts.end_markers, CUE_WINDOW_WORDS)
        else {
            // a share bar's label opens the boxes as a cue does, and is no mark of its own
            opened |= lexicon::share_label(rest).is_some();
            continue;
        };
        let after = rest
            .char_indices()
            .nth(cue.chars().count())
            .map_or("", |(i, _)| &rest[i..])
            .trim_start();
        let next_block = after.is_empty()
            || after.starts_with(|c: char| {
                c == ':' || BULLETS.contains(&c) || c.is_uppercase() || c.is_ascii_digit()
            });
        if !next_block {
            continue;
        }
        // the line's other marks, read at its first cue (most lines have none): enough marks
        // with this cue, and the later cues change nothing, so the line is read no further
        if first.is_none() {
            marks += other_box_marks(t);
        }
        first.get_or_insert(cue);
        opened = true;
        marks += 1;
        if marks >= MIN_BOX_MARKS {
            return first;
        }
    }
    None
}

/// The marks of a template box in a [`glued_box`] line besides its cues: a text box
/// ([`shapes::text_box`]) and a bulleted list of two items or more, one each.
pub(super) fn other_box_marks(t: &str) -> usize {
    let text_box = shapes::text_box(t);
    let bullets = t.matches(" * ").nth(1).is_some() || t.matches('•').nth(1).is_some();
    usize::from(text_box) + usize::from(bullets)
}

/// Lists of other stories under a related heading inside the article's body zone (B022):
/// after a cue line the scan removed as a template heading (an end marker such as `Tin liên
/// quan` that did not end the article, or a related-link or navigation label such as `Đọc
/// thêm`), the bulleted headlines, the pictures and the headline after each picture that follow
/// it, up to the first other line (a subheading, a paragraph); and a cue with its headlines on
/// one line (`Tin liên quan * A * B`) below the first paragraph. The box's lines are headlines
/// of other stories; the article's own lists are sentences or end in `;`. Lines outside the zone
/// are left to B015.
pub(in crate::boilerplate) fn cued_lists<'t>(
    st: &mut State<'_, 't>,
    opts: &'t Options,
    corpus: Option<&Recurrence>,
) {
    if !st.on.enabled(CUED_LIST) {
        return;
    }
    let n = st.lines.len();
    let Some(first_prose) = (0..n).find(|&i| st.open(i) && st.lines[i].is_prose()) else {
        return;
    };
    // outside the body zone B015 takes the lines
    for c in (first_prose + 1).max(st.zone.start)..n.min(st.zone.end) {
        let cue = match &st.verdict[c] {
            Some((rule, _)) if std::ptr::eq(*rule, SITE_CHROME) => {
                let line = st.lines[c];
                let t = line.trimmed;
                // a bare heading: one ending in a colon announces the article's own list
                // (`Related Resources:`), a cue with a story after it links that story only
                // (`Read more: How to Set Up a Tent`)
                // a heading: capitalised, not the wrapped end of the line above (`… throughout
                // your` / `home`, `… 188 reactions,` / `91 comments`)
                line.words <= MAX_HEADING_WORDS
                    && t.starts_with(char::is_uppercase)
                    && !features::wrapped_on(st.lines[c - 1].text, t)
                    && !t.contains(':')
                    && (line.end_marker(opts).is_some()
                        || matches!(line.chrome(opts), Some("navigation" | "related-link")))
            }
            // not the wrapped rest of a sentence (`… Read` / `related news View discussions`);
            // with its own wrapped rest (`See also FAQ#Why is there only` / `official …?.`)
            None if st.open(c)
                && st.lines[c].starts_with_cue(opts)
                && !features::wrapped_on(st.lines[c - 1].text, st.text(c)) =>
            {
                let (end, text) = wrapped_block(st, c);
                let one_line = cue_and_headlines(&text, opts).is_some();
                if one_line {
                    for i in c..=end {
                        st.verdict[i] = Some((
                            CUED_LIST,
                            "related heading and the headlines it lists, on one line".into(),
                        ));
                    }
                }
                one_line
            }
            _ => false,
        };
        if cue {
            take_list(st, c, corpus);
        } else if let Some(j) = linked_story(st, c) {
            st.verdict[j] = Some((
                CUED_LIST,
                format!("the story the label at line {} links", c + 1),
            ));
        }
    }
}

/// The story a related label with a colon links when it stands alone on its line inside the
/// article (`Đọc thêm:` / `Xem thêm:` / `Read more:`, removed by the scan): the one headline
/// right under it (a question is one), when article prose follows that headline. A label with a
/// colon links the story written after it (on its line or the next); the article's own list
/// under a colon holds several items, and a subheading under the headline (no prose right after
/// it) leaves it.
fn linked_story(st: &State, c: usize) -> Option<usize> {
    let (rule, _) = st.verdict[c].as_ref()?;
    let label = st.lines[c].trimmed.strip_suffix(':')?;
    // the label alone: `Xem thêm: Giá vàng hôm nay` links its story on its own line
    if !std::ptr::eq(*rule, SITE_CHROME)
        || lexicon::related_label(label)?.chars().count() != label.trim().chars().count()
    {
        return None;
    }
    let j = neighbour(st, c, false)?;
    let after = neighbour(st, j, false)?;
    (st.open(j) && headline_item(st.text(j)) && st.open(after) && st.lines[after].is_prose())
        .then_some(j)
}

/// Line `i` with the lines its hard wrap continues onto: the last of them and the joined text.
fn wrapped_block(st: &State, i: usize) -> (usize, String) {
    let mut end = i;
    let mut text = st.text(i).to_string();
    while end + 1 < st.lines.len()
        && st.open(end + 1)
        && features::wrapped_on(&text, st.text(end + 1))
    {
        end += 1;
        text.push(' ');
        text.push_str(st.text(end));
    }
    (end, text)
}

/// The list under the cue at line `c`: its bulleted headlines, pictures and the headline after
/// each picture ([`plain_headlines`] when its first item has no bullet).
fn take_list(st: &mut State, c: usize, corpus: Option<&Recurrence>) {
    let (mut j, mut after_image) = (c + 1, false);
    let mut taken: Vec<usize> = Vec::new();
    let mut headlines = 0;
    while j < st.zone.end {
        if st.blank(j) || (!st.open(j) && !st.protected[j]) {
            j += 1;
            continue;
        }
        if !st.open(j) {
            break;
        }
        let (end, text) = wrapped_block(st, j);
        if image_mark(&text) {
            after_image = true;
        } else if headline_list(&text) || (after_image && headline_item(&text)) {
            after_image = false;
            headlines += 1;
        } else {
            if taken.is_empty() {
                taken = plain_headlines(st, c, j, corpus);
                headlines = taken.len();
            }
            break;
        }
        taken.extend(j..=end);
        j = end + 1;
    }
    if headlines == 0 {
        return;
    }
    for i in taken {
        st.verdict[i] = Some((
            CUED_LIST,
            format!(
                "item of the list under the related heading at line {}",
                c + 1
            ),
        ));
    }
}

/// Headlines without a bullet right under a related heading (lynx and w3m print a box's links
/// as plain blocks), from line `first`: a run of two or more, each a block of its own, with
/// article prose right below the run. The last of the run stays, since it may be the article's
/// subheading over that prose (`Tin liên quan` / `Smartphone tầm trung đua nhau giảm giá trước
/// Tết` / `Có nên mua điện thoại gập cũ?` / `Những điều cần lưu ý khi mua` / paragraph: the
/// two headlines go). Only under a related-story label (`Tin liên quan`, `Xem thêm`), not under
/// another end marker (`Most Popular`: a ranking's items alternate with their authors' names)
/// nor a navigation label (`Tags`), and a headline printed twice ends the run (a card of a
/// teaser run, B020's). The last goes too when the corpus holds it in more documents than the
/// paragraph below it: other pages' boxes listed it, and a subheading repeats no more than its
/// article's text does (an article scraped twice repeats both). A row of the article's table
/// (`DPBank | 5,2 | 5,7`) is no headline: below the run it stands for the paragraph (a box set
/// between a table's rows). A run with nothing of the article below it (the zone's end, or a
/// line already taken: `Đọc tiếp` over teasers, not the cue again as under each card of a list)
/// closes the article and goes whole when no item ends a sentence but with a question, under
/// any end heading (`Bài viết liên quan`, `Tin nổi bật`): no subheading ends a text, and a
/// page's last sentences (`…, tag me!`) are no box's items. Returns the lines to take.
fn plain_headlines(st: &State, c: usize, first: usize, corpus: Option<&Recurrence>) -> Vec<usize> {
    let related = lexicon::related_label(st.lines[c].trimmed).is_some();
    // a dump that puts blank lines between its blocks prints a headline as a block of its own;
    // there a line with another right under it is a paragraph's first line (its wrapped rest
    // may start with a quote: `… trước khi` / `“xuống tiền”. …`)
    let spaced = st.lines.get(c + 1).is_some_and(|l| l.blank());
    let mut run: Vec<(usize, usize, String)> = Vec::new();
    let mut j = first;
    while j < st.zone.end {
        if st.blank(j) {
            j += 1;
            continue;
        }
        if !st.open(j) {
            break;
        }
        let (end, text) = wrapped_block(st, j);
        let alone = !spaced || st.lines.get(end + 1).is_none_or(|l| l.blank());
        let doubled = run.last().is_some_and(|(_, _, last)| *last == text);
        if !headline_item(&text) || table_row(&text) || !alone || doubled {
            break;
        }
        run.push((j, end, text));
        j = end + 1;
    }
    if run.len() < 2 {
        return Vec::new();
    }
    // nothing of the article below: the box closes it, whatever its heading, and no
    // subheading ends a text; but the cue again below is a link under each card of a list
    // (`Read More`), whose cards are the page's text
    let closes_article =
        j >= st.zone.end || (!st.open(j) && !st.protected[j] && st.text(j) != st.text(c));
    // headlines: a sentence the page ends its text with (`…, tag me!`) is no box's item
    let headlines = run
        .iter()
        .all(|(_, _, t)| t.ends_with('?') || !ends_sentence(t));
    if closes_article && headlines {
        return run.into_iter().flat_map(|(j, end, _)| j..=end).collect();
    }
    if !related {
        return Vec::new();
    }
    // the paragraph below: in a spaced dump its lines up to the next blank line; or the
    // article's table, whose rows go on below the box
    let prose_below = j < st.zone.end
        && st.open(j)
        && (table_row(st.text(j)) || {
            let last = if spaced {
                (j..st.zone.end)
                    .take_while(|&i| !st.blank(i))
                    .last()
                    .unwrap_or(j)
            } else {
                j
            };
            let text: Vec<&str> = (j..=last).map(|i| st.text(i)).collect();
            is_prose(&text.join(" "))
        });
    if !prose_below {
        return Vec::new();
    }
    let listed_elsewhere = corpus.is_some_and(|stats| {
        run.last().is_some_and(|&(last, end, _)| {
            last == end && stats.doc_freq(st.text(last)) > stats.doc_freq(st.text(j))
        })
    });
    if !listed_elsewhere {
        run.pop();
    }
    run.into_iter().flat_map(|(j, end, _)| j..=end).collect()
}

/// Whether line `t` is a table row written on one line: three or more cells set apart by bars
/// or tabs (`BHBank | 5,6 | 6,1`); one bar is a headline with its site's name after it
/// (`Social Security Disability Laws 101 | O'Malley Tunstall, PC`).
fn table_row(t: &str) -> bool {
    t.matches(" | ").nth(1).is_some() || t.matches('\t').nth(1).is_some()
}

/// The nearest non-blank line before (`back`) or after line `i`.
fn neighbour(st: &State, i: usize, back: bool) -> Option<usize> {
    if back {
        (0..i).rev().find(|&j| !st.blank(j))
    } else {
        (i + 1..st.lines.len()).find(|&j| !st.blank(j))
    }
}

/// Whether line `i` reads as a subheading: a headline of 3 to 20 words (a markdown heading read
/// past its mark: `## Học nhiều chưa chắc đã hiệu quả`) with an article paragraph right after
/// it.
pub(in crate::boilerplate) fn subheading(st: &State, i: usize) -> bool {
    let line = st.lines[i];
    (3..=20).contains(&line.words)
        && header::is_counted_heading(line.trimmed, line.words)
        && !line.ends_sentence
        && neighbour(st, i, false).is_some_and(|j| st.lines[j].is_prose())
}

/// Whether the text has a subheading between two article paragraphs (B010 keeps a subheading
/// right below an ad label in such an article: an ad's slogan and a subheading have the same
/// shape, but an article that uses subheadings has more than one).
pub(in crate::boilerplate) fn has_subheadings(st: &State) -> bool {
    (0..st.lines.len()).any(|i| {
        st.open(i)
            && subheading(st, i)
            && neighbour(st, i, true).is_some_and(|j| st.lines[j].is_prose())
    })
}
