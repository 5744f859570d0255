//! Where an end-of-article cue (`Tin liên quan`, `Bình luận`, `Read more`) may end the article
//! (B009): only inside the body zone, after enough article words, and not when the article
//! goes on after the cue's box or the cue is a link written under each item. A cue is a word
//! list; these checks are the structure around it that keeps one label on a page never seen
//! from deleting the article.

use std::borrow::Cow;
use std::collections::HashMap;

use super::super::credits;
use super::super::features;
use super::super::lexicon;
use super::super::listings;
use super::super::options::Options;
use super::super::record::LineRecord;
use super::super::zone::{LONG_WORDS, SENTENCE_WORDS, WRAP_SLACK};
use super::sections_after::sections_follow;
use super::{body_shape, goes_on, State, BODY_WORDS};

/// Whether line `i` is the first line of a hard-wrapped paragraph: the next line is not blank
/// and starts in lowercase, mid-sentence (`lynx -dump`, `w3m -dump`).
pub(super) fn continued(st: &State, i: usize) -> bool {
    st.lines.get(i + 1).is_some_and(|l| l.starts_lower)
}

/// An end-of-article heading at line `i` cuts the rest only inside the body zone, after enough
/// article words, and when no longer run of article text follows it: a menu label above the
/// article, or a "related" box in the middle of it, never deletes the article. Nor does a cue
/// the article goes on after (its box between two paragraphs, or a cue line the page repeats)
/// when the zone holds, after it, a share of the article's text: a few paragraphs below a box
/// at the end of a long article are an author's note or an appeal for donations. A cue between
/// two paragraphs ([`between_paragraphs`]: a label with no box) is such a cue too. An item link
/// ([`ItemLinks`]) under an undated item is judged at its first copy in the zone: a `Read more`
/// under each item of a listicle or a list of resources that did not end the article under the
/// first item ends it under no later one (the share after the cue shrinks item by item, and cut
/// the last items of the list). A dated item is a post's card (`March 29, 2025` under each
/// headline of a `Latest News` box), judged at each copy, but under a counter ([`counted`]:
/// `3 comments`, `12 comments` under each alternative of a software directory, or its count on
/// the line above, [`counted_above`]; the cue or one above it in the item) the dates are
/// its comments', and the item is judged at the first copy too. A run of [`LONG_RUN`] paragraphs
/// after the cue's box resumes the article whatever its share: cue words never outweigh a longer
/// run of prose that follows. Nor do the paragraphs below a box of headlines that the reporter's
/// name signs ([`signed_below_box`]): the article's last.
/// `boxed`: the cue line holds its box's first headlines after the cue (`Tin liên quan Lịch thi
/// đấu vòng 10…`, a dump written one block per line), so prose right below it follows a box.
pub(super) fn ends_article(
    st: &State,
    i: usize,
    article_words: usize,
    boxed: bool,
    opts: &Options,
) -> bool {
    // the site's imprint joined on one line is no article text, however long and whatever
    // sentence it ends (`© Znews Cơ quan chủ quản: … bằng văn bản.` in the zone's last line)
    let after: usize = (i + 1..st.zone.end)
        .filter(|&j| st.open(j) && !imprint(st.lines[j]))
        .map(|j| st.lines[j].words)
        .filter(|&n| n >= 6)
        .sum();
    let links = &st.item_links;
    let undated_item = |j: usize| (j + 1..i).all(|k| !dated(st.lines[k]));
    // a counter's item is judged at its first copy: the dates below a copy are its comments'
    // (the counter is the cue, or a cue above it in the item: `3 comments` over `Comments`)
    let counter =
        |k: usize| links.link[k] && (counted(st.lines[k].trimmed) || counted_above(st, k));
    let first_copy_judges = |j: usize| undated_item(j) || (j + 1..=i).any(counter);
    st.in_zone(i)
        && !links.previous[i].is_some_and(|j| st.in_zone(j) && first_copy_judges(j))
        && article_words >= opts.min_article_words
        && after <= article_words
        && !(after * RESUMED_SHARE >= article_words
            && (article_resumes(st, i, 2, boxed)
                || links.link[i]
                || (!boxed && between_paragraphs(st, i))))
        && !article_resumes(st, i, LONG_RUN, boxed)
        && !sections_follow(st, i, boxed, opts)
        && !signed_below_box(st, i, boxed, opts)
}

/// Whether the article closes below the cue's box, signed: after one to [`MAX_BOX_LINES`] headlines
/// (`Tin liên quan` / two related headlines: [`listings::Kind::Headline`], not a button or an
/// author's box), paragraphs of [`BODY_WORDS`] words or more and the short lines between them (a
/// subheading, an interview's question `- Ông có lời khuyên gì…?`, a list's items; none dated
/// nor a cue), the last paragraph ending a sentence, then a reporter's name alone on its line
/// ([`credits::signoff`]) (not a cue: `READ MORE`; not followed by another name) with no prose
/// in the [`SIGNED_TAIL`] lines after it before a next cue (the teasers of the box below the
/// name are not the article's). A reporter signs the article's end, so the sections above the
/// name are the article's last however long the text above the cue, though subheadings over
/// one-sentence paragraphs read like headlines over teasers: paragraphs below a box are
/// otherwise an author's note or an appeal ([`RESUMED_SHARE`]), neither of which is signed. A teaser under a headline is followed by the
/// next headline and its teaser, and a comment opens with its author's name; a cue right above the
/// paragraph heads it (`Bình luận` above a comment), as in [`article_resumes`]. `boxed`: the cue
/// line holds its box's headlines.
fn signed_below_box(st: &State, i: usize, boxed: bool, opts: &Options) -> bool {
    let n = st.lines.len();
    let next = |from: usize| (from..n).find(|&k| !st.blank(k));
    let prose = |k: usize| st.lines[k].is_body() && st.lines[k].words >= BODY_WORDS;
    let cue = |k: usize| lexicon::end_marker(st.text(k), &opts.end_markers, 0).is_some();
    // below the box, the article's last sections: paragraphs and the short lines between them
    // (a subheading, an interview's question, a list's items), none dated nor a cue, all in
    // the zone
    let goes_on = |k: usize| {
        st.open(k) && st.in_zone(k) && (prose(k) || (!st.lines[k].has_date() && !cue(k)))
    };
    let (mut headlines, mut box_lines) = (0, 0);
    let mut j = i + 1;
    while let Some(k) = next(j) {
        if prose(k) {
            j = k;
            break;
        }
        box_lines += 1;
        let line = st.lines[k];
        // the box's headlines, then maybe the short line that heads the article's next part
        let headline = headlines == box_lines - 1
            && listings::kind(st.text(k), line.words) == listings::Kind::Headline;
        if box_lines > MAX_BOX_LINES || !(headline || (headlines > 0 && goes_on(k))) {
            return false;
        }
        headlines += usize::from(headline);
        j = k + 1;
    }
    if j >= n || (headlines == 0 && !boxed) || !st.open(j) || !st.in_zone(j) {
        return false;
    }
    let name = loop {
        let start = j;
        // a hard-wrapped paragraph's last line
        while continued(st, j) && !st.lines[j].ends_sentence {
            j += 1;
        }
        let Some(k) = next(j + 1) else {
            return false;
        };
        if prose(start) && st.lines[j].ends_sentence && credits::signoff(st.text(k)).is_some() {
            break k;
        }
        if !goes_on(k) {
            return false;
        }
        j = k;
    };
    // the lines after the name: no teaser under a next headline (`How Much Water Should Dogs
    // Drink?` / its teaser, below a `READ MORE` that reads as a name); a cue line there heads
    // the next box, whose teasers are not the article's
    let after: Vec<usize> = std::iter::successors(next(name + 1), |&k| next(k + 1))
        .take(SIGNED_TAIL)
        .take_while(|&k| !cue(k))
        .collect();
    // two name-shaped lines in a row are a list or a form's labels (`Service Type` / `Zip Code`)
    credits::signoff(st.text(name)).is_some()
        && !cue(name)
        && after
            .first()
            .is_none_or(|&k| credits::signoff(st.text(k)).is_none())
        && !after.iter().any(|&k| prose(k))
}

/// Lines after a sign-off below a box that hold no prose ([`signed_below_box`]).
const SIGNED_TAIL: usize = 3;

/// Whether a line dates a card: a full date ([`LineRecord::has_date`]), or a short line with a
/// year (`March 29, 2025`, `29 tháng 3, 2025`) in any language.
pub(in crate::boilerplate) fn dated(l: &LineRecord) -> bool {
    l.has_date()
        || (l.words <= DATE_WORDS
            && l.trimmed.split_whitespace().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_ascii_digit());
                w.len() == 4 && (w.starts_with("19") || w.starts_with("20"))
            }))
}

/// Most words of a line that dates a card by its year ([`dated`]).
const DATE_WORDS: usize = 5;

/// The article goes on after a cue only when the zone after it holds at least one part in
/// `RESUMED_SHARE` of the article words before it.
const RESUMED_SHARE: usize = 4;

/// Paragraphs in a row after a cue's box that resume the article however much of it came before
/// the cue ([`article_resumes`]): an author's note or an appeal for donations below a box at
/// the end of a long article is one or two paragraphs, comments come under names, teasers under
/// headlines.
const LONG_RUN: usize = 3;

/// Times a cue line recurs on a page that make it a link under each item of a list.
const ITEM_LINKS: usize = 3;

/// The item links of a document's lines: end-of-article cue lines (`cue`: the marker
/// [`LineRecord::end_marker`] a line starts with) that the document writes [`ITEM_LINKS`] times
/// or more, a `Read more` under each card of a list or each section of an article, not the one
/// heading of the template's block after the article. One count per document, read by the zone
/// (such a cue ends no block of the article) and by B009 ([`ends_article`]); each copy goes
/// alone as a template line. Lines compare by their trimmed text without its counts
/// ([`uncounted`]: the `8comments` and `13comments` under two items are one counter), otherwise
/// exactly: in lower case, the `Comments` heading of a page's comment box counted with the
/// `comments` that a dumper wrapped onto a line of their own at the end of the headlines in the
/// `Popular` box below it (`… Result 19` / `comments`), and the box was kept as the article's
/// (bench even, lynx: −0.011 precision). Copies of one marker whose texts differ are item links
/// too when they come at a regular interval ([`evenly_spaced`]).
pub(in crate::boilerplate) struct ItemLinks {
    /// Whether each line is an item link.
    pub link: Vec<bool>,
    /// The previous copy of each item link.
    pub previous: Vec<Option<usize>>,
}

/// The [`ItemLinks`] of the lines `lines`.
pub(in crate::boilerplate) fn item_links<'r, 't, 'c>(
    lines: &[&'r LineRecord<'t>],
    cue: impl Fn(&'r LineRecord<'t>) -> Option<&'c str>,
) -> ItemLinks {
    let markers: Vec<Option<&str>> = lines
        .iter()
        .map(|&l| if l.words > 0 { cue(l) } else { None })
        .collect();
    // each cue text: its copies so far, and the last one's line
    let mut seen: HashMap<Cow<str>, (usize, usize)> = HashMap::new();
    let mut previous = vec![None; lines.len()];
    for (i, l) in lines
        .iter()
        .enumerate()
        .filter(|&(i, _)| markers[i].is_some())
    {
        let (times, last) = seen.entry(uncounted(l.trimmed)).or_insert((0, i));
        previous[i] = (*times > 0).then_some(*last);
        (*times, *last) = (*times + 1, i);
    }
    let mut link: Vec<bool> = (0..lines.len())
        .map(|i| markers[i].is_some() && seen[&uncounted(lines[i].trimmed)].0 >= ITEM_LINKS)
        .collect();
    for (p, _) in previous.iter_mut().zip(&link).filter(|(_, &l)| !l) {
        *p = None;
    }
    // a counter is keyed by its text without its counts above: copies that differ beyond them
    // are no one counter (`10 comments Comments Maitama Tambari:`, the comment box's heading
    // glued onto the last item's counter, heads the comments)
    let uncounted_markers: Vec<Option<&str>> = markers
        .iter()
        .zip(lines)
        .map(|(m, l)| m.filter(|_| !is_counter(l.trimmed)))
        .collect();
    evenly_spaced(&uncounted_markers, &mut link, &mut previous);
    ItemLinks { link, previous }
}

/// Marks as item links the copies of one marker that the lines `markers` (each line's cue)
/// hold at a regular interval, whatever follows the marker on each: a dump of one block per
/// line glues each card's image label onto its `Read more` (`Read more best machine for baby
/// clothes`, `Read more sewing machine to buy`), so no two copies had the same text, and the
/// first was read as the end of the article, deleting the cards under it (issue 11, a listicle
/// of the wcxb even half on six `-lines` shapes). The cards of a list have the same shape, so
/// their links come at the same interval: the marker's most frequent number of lines from one
/// copy to the next (at least [`MIN_ITEM_LINES`]: an item's headline or teaser between its
/// links). [`ITEM_LINKS`] copies or more in a row, each that interval or twice it after the one
/// before (a card whose link the dump wrote with its address glued on is no cue), are the
/// list's links; a counter's copies ([`is_counter`]) are not asked ([`uncounted`] keys them).
/// The box headings of a site's menu (`Related tasks`, `Related links`) or a related box under
/// the article come at no such interval, and a box after a regular run is still judged on its
/// own (`Related topics & resources` below a menu whose boxes each open with `Related links`).
fn evenly_spaced(markers: &[Option<&str>], link: &mut [bool], previous: &mut [Option<usize>]) {
    let mut by_marker: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, m) in markers.iter().enumerate() {
        if let Some(m) = m {
            by_marker.entry(m).or_default().push(i);
        }
    }
    for copies in by_marker.values().filter(|c| c.len() >= ITEM_LINKS) {
        let gaps: Vec<usize> = copies.windows(2).map(|w| w[1] - w[0]).collect();
        // the most frequent gap, the shorter of two as frequent (deterministic whatever the order)
        let mut counts: HashMap<usize, usize> = HashMap::new();
        for &g in gaps.iter().filter(|&&g| g >= MIN_ITEM_LINES) {
            *counts.entry(g).or_default() += 1;
        }
        let Some(interval) = counts
            .into_iter()
            .max_by_key(|&(g, n)| (n, std::cmp::Reverse(g)))
            .map(|(g, _)| g)
        else {
            continue;
        };
        let in_step = |g: usize| g == interval || g == 2 * interval;
        let mut start = 0;
        for k in 1..=copies.len() {
            if k < copies.len() && in_step(gaps[k - 1]) {
                continue;
            }
            if k - start >= ITEM_LINKS {
                for j in start..k {
                    if !link[copies[j]] {
                        link[copies[j]] = true;
                        previous[copies[j]] = (j > start).then(|| copies[j - 1]);
                    }
                }
            }
            start = k;
        }
    }
}

/// Lines from one evenly spaced item link to the next at least ([`evenly_spaced`]).
const MIN_ITEM_LINES: usize = 2;

/// A cue line's text without its counts: the digits and the brackets or spaces around them
/// (`11comments`, `3 comments`, `Comments (8)` are one cue, `comments` and `Comments`), so a
/// comment counter under each item, whose count differs from item to item, is read as the one
/// link it is. Letters and their case stay.
fn uncounted(trimmed: &str) -> Cow<'_, str> {
    if !counted(trimmed) {
        return Cow::Borrowed(trimmed);
    }
    let letters: String = trimmed.chars().filter(|c| !c.is_ascii_digit()).collect();
    let counted = |c: char| c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']');
    Cow::Owned(letters.trim_matches(counted).to_string())
}

/// Whether a cue line is a counter: its count opens it (`10 comments`, `8comments`) or is its
/// last word (`Comments (8)`). Digits inside a card's glued image label (`Read More
/// [jewelry-organizer-720x720]`) make no counter.
fn is_counter(trimmed: &str) -> bool {
    let last = trimmed.split_whitespace().last().unwrap_or("");
    let last = last.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']'));
    trimmed.starts_with(|c: char| c.is_ascii_digit())
        || (!last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether a cue line holds a count (`3 comments`, `8comments`): a counter, written under each
/// item of a list with that item's count ([`uncounted`]).
fn counted(trimmed: &str) -> bool {
    trimmed.bytes().any(|b| b.is_ascii_digit())
}

/// Whether a number alone on the line above the cue line `i` is its count: a dump of one
/// element a line (`bs4`'s `get_text("\n")`) writes `3 comments` as `3` / `comments`, and the
/// cue under each item was judged at each copy, the dates of its comments read as a post's
/// card's ([`ends_article`]).
fn counted_above(st: &State, i: usize) -> bool {
    (0..i)
        .rev()
        .find(|&k| !st.blank(k))
        .is_some_and(|k| is_count(st.lines[k].trimmed))
}

/// A count alone on its line: one to [`COUNT_DIGITS`] digits.
fn is_count(t: &str) -> bool {
    (1..=COUNT_DIGITS).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
}

/// Most digits of a count on a line of its own ([`counted_above`]).
const COUNT_DIGITS: usize = 6;

/// Whether a paragraph written on one line of `words` words and `sentences` sentences is a whole
/// article a scraper wrote on one line (issue 11): [`LONG_WORDS`] words or more, a
/// sentence in every [`SENTENCE_WORDS`] of them. It counts as a run of paragraphs of
/// any length ([`article_resumes`]): under a comment counter that heads the article (`0
/// Comments` in its byline), the article on one line below it is the article resuming, as its
/// paragraphs on lines of their own are (a bs4 dump of the ScrapingHub even half with its
/// article on one line lost it whole to B009). A comment, an author's note or an appeal below a
/// box is rarely that long; one that is, on a line of its own, is kept (its words cost
/// precision).
fn article_on_one_line(words: usize, sentences: usize) -> bool {
    words >= LONG_WORDS && sentences * SENTENCE_WORDS >= words
}

/// Whether `line` is the site's imprint on one line ([`lexicon::imprint`]), asked of lines of a
/// paragraph's length only.
fn imprint(line: &LineRecord) -> bool {
    line.is_body() && lexicon::imprint(line.trimmed)
}

/// Most lines of a related box between a cue and the article's next paragraph.
const MAX_BOX_LINES: usize = 8;

/// Fewest words of a line that a dumper wrapped inside a paragraph.
const MIN_WRAPPED_WORDS: usize = 8;

/// Whether the article goes on after the cue at `i` and its box: below one to
/// [`MAX_BOX_LINES`] short lines (the related headlines, or a wrapped block of them run together
/// that ends no sentence), two paragraphs of prose in a row, each
/// a sentence of 15 words or more, still in the body zone. A cue inside an article introduces a
/// box the writer's text flows around (`Tin liên quan` / two headlines / the match report goes
/// on); below the article's end come headlines with one teaser each, comments under names, or
/// the footer: no two paragraphs in a row. A paragraph starts at a body line that is no
/// headline ([`listings::Kind::Headline`]: a box's headline of 15 words with its markdown
/// marks counted, `* ### …`, is long enough for a body line) or at the first line of a
/// hard-wrapped one (an English dump's 80 columns hold fewer than 15 words), and one
/// subheading may separate the two paragraphs when both have two sentences or more (an
/// article's next section; a teaser under its headline is one sentence) and it holds no date
/// (comments under their authors' dated names are prose too).
///
/// The run may start below a block that starts none (a teaser under its headline, a caption, a
/// long subheading: one more line of the box) when it outweighs the box: more words in the run
/// and the paragraphs right after it than in the box's lines below the cue. A box of headline +
/// teaser pairs inside the article is followed by the article's next paragraphs; below its end,
/// by comments, the footer or nothing (a footer's sentences under a label weigh less than a box).
///
/// With `run` above 2 ([`LONG_RUN`]), the article resumes only after that many paragraphs in a
/// row without a subheading, and a short sentence (a teaser, a picture's caption) is one more
/// line of the box: a run of prose that long is the article whatever the box above it holds.
/// `boxed`: the box is on the cue line itself ([`ends_article`]), and the prose may follow it
/// right away.
pub(super) fn article_resumes(st: &State, i: usize, run: usize, boxed: bool) -> bool {
    let end = st.zone.end.min(st.lines.len());
    // a short wrapped block that ends no sentence before its blank line is the box's headlines
    // run together (`What business leaders need to know about AI 7 lessons for successful` /
    // `machine learning projects Why finance is deploying…`), not the article's next paragraph
    let ends_prose = |j: usize| {
        let block = (j..end.min(j + MAX_BOX_LINES)).take_while(|&k| !st.blank(k));
        let (lines, last) = block.fold((0, j), |(n, _), k| (n + 1, k));
        let closed = last + 1 < end && st.blank(last + 1);
        if !closed && st.wrap_width.is_some() {
            return wrapped_ends_prose(st, j, end);
        }
        !closed || lines == MAX_BOX_LINES || st.lines[last].ends_sentence
    };
    // a headline is one of the box's lines however many words it has, with its markdown marks
    // (`* ### Học sinh lớp 9 ngủ 5 tiếng mỗi ngày vì lịch học thêm dày đặc`, 16 words counted)
    let opens_paragraph = |j: usize| {
        let line = st.lines[j];
        (line.is_body()
            && (run <= 2 || line.words >= BODY_WORDS)
            && line.block_kind() != listings::Kind::Headline)
            || (continued(st, j) && line.words >= MIN_WRAPPED_WORDS && ends_prose(j))
    };
    let mut j = i + 1;
    let mut box_lines = 0;
    let mut restarted = false;
    loop {
        while j < end && (st.blank(j) || !opens_paragraph(j)) {
            if !st.blank(j) {
                box_lines += 1;
                if box_lines > MAX_BOX_LINES {
                    return false;
                }
            }
            j += 1;
        }
        // a cue right above prose heads that prose (comments under `Bình luận`), not a box; a
        // cue line that holds its headlines is the box
        if j >= end || (box_lines == 0 && !boxed) {
            return false;
        }
        // below a teaser or a caption of the box, the run must outweigh the box: the box's
        // words below the cue fewer than the run's, its paragraphs in a row counted whole (the
        // footer's two sentences under a box of glued headlines resume nothing)
        if let Some(last) = prose_run(st, j, end, run) {
            let words =
                |lines: std::ops::Range<usize>| -> usize { lines.map(|k| st.lines[k].words).sum() };
            let more = (last + 1..end)
                .take_while(|&k| st.blank(k) || st.lines[k].is_body())
                .count();
            if !restarted || words(j..last + 1 + more) > words(i + 1..j) {
                return true;
            }
        }
        // no run starts here: its block is one more of the box (a teaser under its headline,
        // a picture's caption), and the run may start below it: at the next line of a dump of
        // one block per line, after the blank line of a wrapped one
        restarted = true;
        let blank_separated = (j..end).any(|k| st.blank(k));
        loop {
            box_lines += 1;
            j += 1;
            if box_lines > MAX_BOX_LINES {
                return false;
            }
            if !blank_separated || j >= end || st.blank(j) {
                break;
            }
        }
    }
}

/// Whether the cue at line `i` stands between two paragraphs of the article: a label the page
/// put inside it (`Advertisement`, `Related`, `Read more` over a link the dump lost), which ends
/// nothing whatever its words; the zone (B015) still ends the article where its prose ends.
/// Above the cue, the nearest line not blank is a paragraph of body text ([`body_shape`]) that
/// ends a sentence, or a subheading right below one (`Find the total cost per watt`); below it,
/// the nearest line not blank opens a paragraph of [`BODY_WORDS`] words or more that ends a
/// sentence, or of twice as many (a quotation's attribution in brackets ends none; a Vietnamese
/// headline of a related box rarely runs to 30 syllables). All are open, in the body zone and
/// undated. The template's blocks after the article open otherwise: a related box with its
/// headlines, comments with their authors' names and dates, tags, a footer's labels; and above
/// a box's heading is the article's last sentence or its last block of chrome (a share bar,
/// tags), which a rule has already taken.
fn between_paragraphs(st: &State, i: usize) -> bool {
    let n = st.lines.len();
    let width = st.wrap_width;
    let usable = |k: usize| st.open(k) && st.in_zone(k) && !st.lines[k].has_date();
    let above = |k: usize| (0..k).rev().find(|&j| !st.blank(j)).filter(|&j| usable(j));
    // the paragraph that line `k` ends: its words (with the lines it was wrapped from)
    let paragraph_to = |k: usize| {
        let (mut words, mut start) = (st.lines[k].words, k);
        while !body_shape(words, true) && goes_on(st, start, width) {
            start -= 1;
            words += st.lines[start].words;
        }
        st.lines[k].ends_sentence && body_shape(words, true)
    };
    let after_paragraph = above(i).is_some_and(|k| {
        paragraph_to(k)
            || (st.lines[k].words < BODY_WORDS
                && !st.lines[k].ends_sentence
                && above(k).is_some_and(paragraph_to))
    });
    let Some(below) = (i + 1..n).find(|&k| !st.blank(k)).filter(|&k| usable(k)) else {
        return false;
    };
    // the paragraph that line `below` opens: its lines and words
    let last = (below + 1..n)
        .take_while(|&k| goes_on(st, k, width))
        .last()
        .unwrap_or(below);
    let words: usize = (below..=last).map(|k| st.lines[k].words).sum();
    after_paragraph
        && (words >= 2 * BODY_WORDS || (words >= BODY_WORDS && st.lines[last].ends_sentence))
}

/// Whether the paragraph that line `j` opens in a hard-wrapped dump without a blank line below
/// it ([`article_resumes`]) is prose: its lines, which go on from one another ([`goes_on`]: the
/// one above reached the dump's width, or ends no sentence while the next starts in lower
/// case), run to [`MAX_BOX_LINES`] or end a sentence. A box's headline wrapped over
/// two lines (`The Doobie Brothers: Lighting Up With the Stars of 'This Is` / `the End'`, a
/// dump of a block a line wrapped at 60 columns) stops short of the width ending none, and the
/// next headline starts in upper case: no paragraph, one more line of the box.
fn wrapped_ends_prose(st: &State, j: usize, end: usize) -> bool {
    let last = (j + 1..end.min(j + MAX_BOX_LINES))
        .take_while(|&k| goes_on(st, k, st.wrap_width))
        .last()
        .unwrap_or(j);
    last + 1 == j + MAX_BOX_LINES || st.lines[last].ends_sentence
}

/// The line that ends `run` paragraphs of prose in a row from line `j`, if they are there
/// ([`article_resumes`]).
fn prose_run(st: &State, mut j: usize, end: usize, run: usize) -> Option<usize> {
    // paragraphs end at a blank line or a sentence end (one block per line, or wrapped); in a
    // text whose paragraphs are blank-separated, a sentence end on a line as wide as the text's
    // widest with a line right after it is inside a wrapped paragraph (`Some hubs can only be controlled with an iPhone.` / `Others,
    // like the Echo Show, …`), whose length counts as a whole
    let blank_separated = (j..end).any(|k| st.blank(k));
    let widest = (j..end).map(|k| st.lines[k].width).max().unwrap_or(0);
    // in a dump of one block per line (no blank line below the box), a line that ends no
    // sentence, narrower than the widest and not continued in lower case is a block of its own
    // (a box's next headline over its teaser), not a wrapped line of the paragraph it precedes
    let block_of_its_own =
        |k: usize| !blank_separated && st.lines[k].width + WRAP_SLACK < widest && !continued(st, k);
    // `above`: the sentences of the paragraph above a subheading
    let (mut paragraphs, mut words, mut sentences, mut above) = (0, 0, 0, 0);
    let mut headed = false;
    while j < end {
        if st.blank(j) {
            if words > 0 {
                return None; // a wrapped paragraph that does not end a sentence
            }
            j += 1;
            continue;
        }
        let line = st.lines[j];
        // the site's imprint joined on one line is no paragraph of the article, whatever its
        // length and sentence ends (`© Znews Cơ quan chủ quản: … Cấm sao chép … bằng văn bản.`
        // below a related box)
        if !st.open(j) || imprint(line) {
            return None;
        }
        // a line that does not end its paragraph is a wrapped line of prose, as wide as the
        // others (not `Thích (10) Trả lời` below a comment); a short one between the two
        // paragraphs may be a subheading, but not a dated one: a name and a date head a
        // comment (`Hoàng Thị Duyên 26/11/2024`) or a teaser, never an article's next section
        if !line.ends_sentence && (line.words < MIN_WRAPPED_WORDS || block_of_its_own(j)) {
            if words > 0 || paragraphs != 1 || headed || line.has_date() || run > 2 {
                return None;
            }
            headed = true;
            j += 1;
            continue;
        }
        // in a run of [`LONG_RUN`] paragraphs, every line that ends no sentence is a wrapped one,
        // as wide as the text's widest: a headline over its teaser breaks the run
        if run > 2 && !line.ends_sentence && !(blank_separated && line.width + WRAP_SLACK >= widest)
        {
            return None;
        }
        words += line.words;
        sentences += features::sentences(line.trimmed);
        // a run of [`LONG_RUN`] paragraphs counts blank-separated blocks whole (`…a single line
        // at a time.` / `Check out our new font!` is one paragraph)
        let wraps_on = blank_separated
            && (run > 2 || line.width + WRAP_SLACK >= widest)
            && j + 1 < end
            && !st.blank(j + 1);
        if line.ends_sentence && !wraps_on {
            if words < BODY_WORDS {
                return None;
            }
            // a paragraph alone on its line, long and of many sentences, is several: a
            // scraper's dump that wrote the whole article on one line
            paragraphs += if words == line.words && article_on_one_line(words, sentences) {
                run
            } else {
                1
            };
            if paragraphs >= run {
                return (!headed || (above >= 2 && sentences >= 2)).then_some(j);
            }
            (above, words, sentences) = (sentences, 0, 0);
        }
        j += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::is_counter;

    /// A counter's count opens it or is its last word; a glued image label's digits make none,
    /// so `Read More [jewelry-organizer-720x720]` under each card may be an evenly spaced item
    /// link while `10 comments Comments Maitama Tambari:` (the comment box's heading glued onto
    /// the last counter) is keyed as a counter and heads the comments.
    #[test]
    fn counters_open_or_end_with_their_count() {
        for t in [
            "10 comments",
            "8comments",
            "Comments (8)",
            "10 comments Comments Maitama Tambari:",
        ] {
            assert!(is_counter(t), "{t}");
        }
        for t in [
            "Read More [jewelry-organizer-720x720]",
            "Read more best machine for baby clotheshttps://amzn.to/2S5VeDt",
            "Read more",
        ] {
            assert!(!is_counter(t), "{t}");
        }
    }
}
