//! The article backstop, applied last: the first look's body zone must not be mostly removed.
//!
//! The first look finds the body zone (`zone::find`, the densest long run of prose) before any
//! cue or listing rule acts. The rules that judge a line by its neighbours and the zone (the
//! smoothing B011, the later looks' narrower zones B015, the menu, footer and above-title
//! shapes B016–B018) then remove lines inside it, each from its own evidence, and on a dump
//! shape nobody tuned on they can add up to the article: the smoothing took the 21 items of a
//! numbered product list between two separator rules as short lines between boilerplate, and a
//! later look's zone, over what was left, cut the first item as chrome (issue 11: no article
//! deleted). The longest-prose check (`keep_prose.rs`) does not see such a zone: a list has no
//! paragraph of prose.
//!
//! Here the zone's text lines (four words or more, no one-line menu or run-on line) are counted
//! once the looks are done, up to the first end-of-article or comment-thread cut inside the zone
//! (what follows such a heading is the cue rules' to judge: they ask for article words above
//! it). A line removed by another rule — by its own shape (a byline, a caption, a corpus-repeated
//! line) or by a list rule that read its structure (headlines, teasers, B019–B022) — counts for
//! neither side. When the rules by neighbours took more than [`MAX_LOST_SHARE`] of the zone's
//! words, at least [`MIN_ZONE_WORDS`] in all, the zone kept fewer than that (a zone that kept an
//! article's worth was trimmed: a later look's zone cut the comments under it), and the text
//! kept outside the zone holds no more than what the zone kept (else the pass found the article
//! elsewhere: the longest prose the zone had missed), the zone was the article and it was
//! deleted, not trimmed: those removals inside it are withdrawn, each with a B024 finding that
//! names the rule and reason it withdraws. The other removals stand. With B024 ignored the
//! backstop does not run.
//!
//! On the even half of the wcxb-dev and ScrapingHub dumps (13 shapes, 10,933 pages) it fires on
//! one: the product list above.

use std::ops::Range;

use crate::edit::{sort_and_check, Edit};

use super::classify::Look;
use super::keep_prose::parts_outside;
use super::record::LineRecord;
use super::rules::*;
use super::second_look::whole_lines_removed;
use crate::rule::Rule;

/// The share of the zone's words the rules by neighbours may remove before the backstop withdraws
/// their removals.
const MAX_LOST_SHARE: f64 = 0.5;
/// Words the zone's judged lines hold at least (a short text's zone is no article to keep),
/// and words the zone kept at most: a zone that kept this many kept an article, and what the
/// later looks cut from it (the comments under it, a box of teasers) stays cut.
const MIN_ZONE_WORDS: usize = 250;

/// The rules whose removals inside the zone the backstop counts and withdraws: those that judge
/// a line by its neighbours and the zone alone. A list rule (B019–B022) reads the removed
/// lines' own structure (headlines, teasers, a comment's action links), as the end-of-article
/// cut (B009) reads its heading: their removals, like those by a line's own shape, count for
/// neither side, so a related box or a comment thread longer than the article stays removed.
const BY_NEIGHBOURS: &[&Rule] = &[
    CONTEXT,
    OUTSIDE_ARTICLE,
    MENU_LINE,
    FOOTER_LINE,
    ABOVE_TITLE,
];

/// Whether `e` is a removal by one of the rules [`BY_NEIGHBOURS`].
fn by_neighbours(e: &Edit) -> bool {
    e.replacement.as_deref() == Some("") && BY_NEIGHBOURS.iter().any(|r| r.code == e.rule.code)
}

/// Words of a line that counts: fewer are a label, a button or a form's option.
const MIN_LINE_WORDS: usize = 4;
/// Words of a line that, with no sentence end, is a menu or a tag cloud written on one line.
const RUN_ON_WORDS: usize = 60;

/// Whether the zone's line `line` is text whose loss counts: not a label ([`MIN_LINE_WORDS`]),
/// a one-line menu or a run-on line ([`RUN_ON_WORDS`]): a form's options, a navigation bar and
/// a site's menu above the title are in many a zone, and removing them trims the zone.
fn is_text(line: &LineRecord) -> bool {
    line.words >= MIN_LINE_WORDS
        && (line.words < RUN_ON_WORDS || line.ends_sentence)
        && !line.is_menu()
}

/// The edits `edits` over `text` (its lines `all`), with the removals by neighbours inside the
/// first look's body zone `zone` withdrawn when they took most of it ([`MAX_LOST_SHARE`]) and
/// the text kept outside it holds no more than the zone kept; a B024 finding for each withdrawn
/// removal says so.
pub(super) fn keep_first_zone(
    text: &str,
    all: &[LineRecord],
    edits: Vec<Edit>,
    look: Look,
    zone: Option<Range<usize>>,
) -> Vec<Edit> {
    let Some(zone) = zone else {
        return edits;
    };
    if !look.on.enabled(ZONE_KEPT) || !edits.iter().any(by_neighbours) {
        return edits;
    }
    let removed = whole_lines_removed(all, &edits);
    let placed: Vec<Edit> = edits.iter().filter(|e| by_neighbours(e)).cloned().collect();
    let removed_by_neighbours = whole_lines_removed(all, &placed);
    // the zone's words the rules by neighbours removed, every line counted: when even they are
    // no more than the share of the fewest words judged, the lost share cannot be reached, and
    // the zone's lines need not be read as text (a line's menu shapes are its dearest memos)
    let lost_at_most: usize = zone
        .clone()
        .filter(|&i| removed_by_neighbours[i])
        .map(|i| all[i].words)
        .sum();
    if (lost_at_most as f64) <= MAX_LOST_SHARE * MIN_ZONE_WORDS as f64 {
        return edits;
    }
    let line_of = |at: usize| all.partition_point(|l| l.full.end <= at);
    // what follows an end-of-article heading or a comment thread is theirs to judge
    let cut = edits
        .iter()
        .filter(|e| [END_OF_ARTICLE.code, COMMENT_THREAD.code].contains(&e.rule.code))
        .map(|e| line_of(e.span.start))
        .filter(|i| zone.contains(i))
        .min()
        .unwrap_or(zone.end);
    let measured = zone.start..cut;
    let (mut lost, mut kept_inside) = (0, 0);
    for i in measured.clone().filter(|&i| is_text(&all[i])) {
        if removed_by_neighbours[i] {
            lost += all[i].words;
        } else if !removed[i] {
            kept_inside += all[i].words;
        }
    }
    let judged = lost + kept_inside;
    let kept_outside: usize = (0..all.len())
        .filter(|i| !measured.contains(i) && !removed[*i])
        .map(|i| all[i].words)
        .sum();
    if measured.is_empty()
        || judged < MIN_ZONE_WORDS
        || (lost as f64) <= MAX_LOST_SHARE * judged as f64
        || kept_inside >= MIN_ZONE_WORDS
        || kept_outside > kept_inside
    {
        return edits;
    }
    let bytes = all[measured.start].full.start..all[measured.end - 1].full.end;
    let summary = format!(
        "the first look's body zone (lines {}–{}) kept: the rules by neighbours had removed {lost} of \
         its {judged} words, the text kept outside it held {kept_outside}",
        measured.start + 1,
        measured.end,
    );
    let mut out = Vec::with_capacity(edits.len() + 2);
    for e in edits {
        let inside = e.span.start.max(bytes.start)..e.span.end.min(bytes.end);
        if !by_neighbours(&e) || inside.is_empty() {
            out.push(e);
            continue;
        }
        out.extend(parts_outside(&e, &bytes));
        let reason = format!("{} withdrawn ({}): {summary}", e.rule.code, e.reason);
        out.push(Edit::report(ZONE_KEPT, inside, reason));
    }
    sort_and_check(text, &mut out).expect("removals split at line ends do not overlap");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::boilerplate::{options::Options, record};
    use crate::config::RuleSelection;

    const HEAD: &str = "Trang chủ\nThời sự\nKinh doanh\n";
    const FOOT: &str = "Liên hệ\n© 2024 Báo X\n";

    fn paragraph(i: usize) -> String {
        format!(
            "Theo các chuyên gia, việc này sẽ giúp người dân có thêm nhiều lựa chọn trong năm {} \
             và những năm tới, nhưng vẫn còn không ít khó khăn cần được giải quyết sớm.",
            2000 + i
        )
    }

    /// The menu, `body`, the footer; the zone is `body`'s lines.
    fn page(body: &str) -> (String, Range<usize>) {
        let text = format!("{HEAD}{body}{FOOT}");
        let first = HEAD.lines().count();
        (text, first..first + body.lines().count())
    }

    /// `rule`'s removal of each of the lines `lines` of `text`, one edit a line.
    fn remove(text: &str, lines: Range<usize>, rule: &'static Rule) -> Vec<Edit> {
        let all = record::split(text);
        lines
            .map(|i| Edit::delete(rule, all[i].full.clone(), "removed"))
            .collect()
    }

    /// The menu's and the footer's removals (B015) of `text` with the zone `zone`.
    fn chrome(text: &str, zone: &Range<usize>) -> Vec<Edit> {
        let n = record::split(text).len();
        let mut edits = remove(text, 0..zone.start, OUTSIDE_ARTICLE);
        edits.extend(remove(text, zone.end..n, OUTSIDE_ARTICLE));
        edits
    }

    fn check(text: &str, mut edits: Vec<Edit>, zone: Range<usize>) -> Vec<Edit> {
        check_with(text, &mut edits, zone, RuleSelection::default())
    }

    fn check_with(
        text: &str,
        edits: &mut [Edit],
        zone: Range<usize>,
        on: RuleSelection,
    ) -> Vec<Edit> {
        sort_and_check(text, edits).unwrap();
        let all = record::split(text);
        let opts = Options::default();
        let look = Look {
            opts: &opts,
            on: &on,
            corpus: None,
            unspaced: false,
        };
        keep_first_zone(text, &all, edits.to_vec(), look, Some(zone))
    }

    fn kept(text: &str, edits: &[Edit]) -> String {
        crate::edit::apply(text, edits)
    }

    /// The `i`th line of a body.
    type Line = fn(usize) -> String;

    /// The bodies the backstop protects when the smoothing (B011) or a later look's zone (B015)
    /// took all but their first lines: a numbered product list, a Q&A, short paragraphs, a
    /// table, code. Each comes back, the menu and the footer stay removed, and each withdrawn
    /// removal has a B024 finding naming its rule.
    #[test]
    fn a_zone_taken_line_by_line_is_kept() {
        let intro = "Dưới đây là danh sách những món quà được bạn đọc yêu thích nhất trong mùa \
                     mua sắm cuối năm nay.\n";
        let bodies: [(&str, Line); 5] = [
            ("list", |i| {
                format!("{i}) Bộ xếp hình Lego Star Wars mẫu số {i} cho trẻ em")
            }),
            ("q&a", |i| {
                if i % 2 == 0 {
                    format!("Hỏi: Tôi cần làm gì khi nhận giấy báo lần {i}?")
                } else {
                    format!("Đáp: Bạn mang giấy tờ đến phường trước ngày {i} nhé.")
                }
            }),
            ("short paragraphs", |i| {
                format!("Ngày {i}, đoàn đi tiếp về phía nam.")
            }),
            ("table", |i| format!("Hà Nội {i} | 12 | 5 | 3 | 40 điểm")),
            ("code", |i| {
                format!("let total_{i} = prices.iter().sum::<u32>() + {i};")
            }),
        ];
        for (name, item) in bodies {
            let body: String = std::iter::once(intro.to_string())
                .chain((1..=40).map(|i| item(i) + "\n"))
                .collect();
            let (text, zone) = page(&body);
            let mut edits = chrome(&text, &zone);
            edits.extend(remove(&text, zone.start + 1..zone.end, CONTEXT));
            let out = check(&text, edits, zone);
            let clean = kept(&text, &out);
            assert!(
                clean.contains(&item(1)) && clean.contains(&item(40)),
                "{name}: {clean}"
            );
            assert!(
                !clean.contains("Trang chủ") && !clean.contains("Liên hệ"),
                "{name}"
            );
            let findings: Vec<_> = out.iter().filter(|e| e.rule.code == "B024").collect();
            assert_eq!(findings.len(), 40, "{name}");
            assert!(findings[0].reason.to_string().starts_with("B011 withdrawn"));
        }
    }

    /// Asserts that the backstop leaves `edits` as they are (sorted).
    fn assert_stands(text: &str, edits: Vec<Edit>, zone: Range<usize>) {
        let mut sorted = edits.clone();
        sort_and_check(text, &mut sorted).unwrap();
        assert!(check(text, edits, zone) == sorted);
    }

    /// The chrome the backstop could bring back stays removed: a comment thread longer than the
    /// article below its end-of-article heading (B009, then the later looks' B015 inside it),
    /// a related box bigger than the article removed by a list rule (B022), the comments a
    /// later look's zone cut under an article of its own, and a box the zone settled on while
    /// the article kept elsewhere holds more.
    #[test]
    fn comments_and_boxes_bigger_than_the_article_stay_removed() {
        let article: String = (0..3).map(|i| paragraph(i) + "\n").collect();
        let comments: String = (10..20)
            .map(|i| format!("Bạn đọc số {i} viết\n{}\n", paragraph(i)))
            .collect();
        let body = format!("{article}Bình luận\n{comments}");
        let (text, zone) = page(&body);
        let cue = zone.start + 3;
        let mut edits = chrome(&text, &zone);
        edits.extend(remove(&text, cue..cue + 1, END_OF_ARTICLE));
        edits.extend(remove(&text, cue + 1..zone.end, OUTSIDE_ARTICLE));
        assert_stands(&text, edits, zone);

        let related: String = (0..30)
            .map(|i| format!("• Giá vàng hôm nay tăng mạnh phiên thứ {i}\n"))
            .collect();
        let (text, zone) = page(&format!("{article}{related}"));
        let mut edits = chrome(&text, &zone);
        edits.extend(remove(&text, zone.start + 3..zone.end, CUED_LIST));
        assert_stands(&text, edits, zone);

        let article: String = (0..8).map(|i| paragraph(i) + "\n").collect();
        let (text, zone) = page(&format!("{article}{comments}"));
        let mut edits = chrome(&text, &zone);
        edits.extend(remove(&text, zone.start + 8..zone.end, OUTSIDE_ARTICLE));
        assert_stands(&text, edits, zone);

        // the zone on a box of 30 short offers, the article after it kept by the longest-prose
        // check: the box stays removed
        let offers: String = (0..30)
            .map(|i| format!("Giảm giá {i} phần trăm cho đơn hàng đầu tiên\n"))
            .collect();
        let (text, zone) = page(&format!("{offers}{article}"));
        let zone = zone.start..zone.start + 30;
        let mut edits = remove(&text, 0..zone.start, OUTSIDE_ARTICLE);
        edits.extend(remove(&text, zone.clone(), CONTEXT));
        assert_stands(&text, edits, zone);
    }

    /// Rule selection decides what runs: with B024 ignored the removals stand.
    #[test]
    fn with_b024_ignored_the_removals_stand() {
        let body: String = (1..=40)
            .map(|i| format!("{i}) Bộ xếp hình Lego Star Wars mẫu số {i}\n"))
            .collect();
        let (text, zone) = page(&body);
        let mut edits = chrome(&text, &zone);
        edits.extend(remove(&text, zone.clone(), CONTEXT));
        let on = RuleSelection {
            ignore: vec!["B024".into()],
            ..RuleSelection::default()
        };
        let out = check_with(&text, &mut edits, zone.clone(), on);
        assert!(out == edits);
        assert!(check(&text, edits.clone(), zone) != edits);
    }
}
