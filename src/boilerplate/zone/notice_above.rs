//! A notice at the top of the page that the zone settled on, far above the article.
//!
//! A page whose scraper kept its cookie-consent banner (or the blurb of a search box) writes a
//! paragraph of prose first, then the site's menus, then the article (issue 11, a perturbation
//! that puts a cookie notice and a 20-item menu before each even-half dump). The notice ends
//! its sentences and has function words: the model scores it above τ (0.62 for a 43-word
//! notice). An article of one paragraph after hundreds of menu items scores just under τ (its
//! neighbours are short: 0.43 for 83 words on a ScrapingHub page), so the notice was the zone
//! and the article was deleted whole (B015), on every dumper.
//!
//! The notice is told from an article's lead by what follows it: a lead is followed by the rest
//! of the article, the notice by the site's menus, more than ten times
//! its words of mostly short lines ([`far_above`]), the measure that keeps such a block out of
//! a zone found below it. When the zone starts the page (at most [`HEAD_WORDS`] words above
//! it: a notice is the page's first text, a lead follows the site's header) and is
//! that far above a run whose paragraphs of [`LEAD_WORDS`] words or more ([`MIN_SENTENCES`]
//! sentences, scored at least τ − [`LONE_MARGIN`]) hold more words than the zone, the zone is
//! that run (a teaser of a sidebar, a caption, is shorter; a tag cloud or a menu on one line
//! has no sentences). The paragraph need not end a sentence: a hard-wrapping dumper breaks a
//! paragraph before its last sentence's first word (`… reagendados. A` / `Secretaria …`). A short article
//! at the top of a page above its related headlines and a longer footer blurb is what this
//! could delete: the run below must hold more words than the zone, and a paragraph of its own.

use std::ops::Range;

use super::super::features::sentences;
use super::decode::{far_above, heaviest, LEAD_WORDS, LONE_MARGIN, MAX_BRIDGE_WORDS};
use super::units::Unit;

/// The run below the zone `r` that replaces it when `r` is a notice at the top of the page
/// (see the module doc); `w` is p(content) as the zone weighs it.
pub(super) fn below_notice(
    tau: f64,
    units: &[Unit],
    w: &[f64],
    r: &Range<usize>,
) -> Option<Range<usize>> {
    let words = |range: Range<usize>| units[range].iter().map(|u| u.words).sum::<usize>();
    let zone_words = words(r.clone());
    if words(0..r.start) >= HEAD_WORDS {
        return None;
    }
    let (b, _) = heaviest(tau - LONE_MARGIN, units, w, r.end..units.len())?;
    let paragraph = |i: usize| {
        units[i].words >= LEAD_WORDS
            && sentences(&units[i].text) >= MIN_SENTENCES
            && w[i] >= tau - LONE_MARGIN
    };
    let prose: usize = b
        .clone()
        .filter(|&i| paragraph(i))
        .map(|i| units[i].words)
        .sum();
    (prose > zone_words && far_above(units, r, &b)).then_some(b)
}

/// Whether the block `b` above the zone `r` is a notice at the top of the page over the site's
/// menus: the page's first text (under [`HEAD_WORDS`] words above it), and the units between it
/// and the zone hold more than [`HEAD_GAP`] times its words, [`MENU_SHARE`] of them in menu
/// labels (short, no sentence end, no figure). A cookie notice, a government site's banner, a
/// membership prompt joined the zone across a menu of 30 to 300 items, [`far_above`]'s ten times
/// being a gallery's measure. An article's lead at the top of a cleaned text stays joined
/// across a price list or a list of sentences (figures, sentence ends), or a short box.
pub(super) fn head_notice(units: &[Unit], b: &Range<usize>, r: &Range<usize>) -> bool {
    let words = |range: Range<usize>| units[range].iter().map(|u| u.words).sum::<usize>();
    if words(0..b.start) >= HEAD_WORDS {
        return false;
    }
    let gap_words = words(b.end..r.start);
    let labels: usize = units[b.end..r.start]
        .iter()
        .filter(|u| is_menu_label(u))
        .map(|u| u.words)
        .sum();
    gap_words > HEAD_GAP * words(b.clone()) && labels as f64 >= MENU_SHARE * gap_words as f64
}

/// A menu's label: a few words, no sentence end, no digit (a price, a date, a step's number).
fn is_menu_label(u: &Unit) -> bool {
    u.words < MAX_BRIDGE_WORDS
        && !u.own.ends_sentence
        && !u.text.bytes().any(|b| b.is_ascii_digit())
}

/// How many times its words a menu is between a notice and the zone ([`head_notice`]).
const HEAD_GAP: usize = 2;
/// The share of the gap's words in menu labels ([`head_notice`]).
const MENU_SHARE: f64 = 0.75;

/// Words above a notice at most: it is the page's first text, a heading at most above it. An
/// article's lead follows the site's header (hundreds of words on a page of the wcxb even half
/// whose introduction sits above a list of cards and the cards' descriptions).
pub(super) const HEAD_WORDS: usize = 25;

/// Sentences of a paragraph below a notice ([`below_notice`]): an article's, not a heading's.
const MIN_SENTENCES: usize = 2;

#[cfg(test)]
mod tests {
    use super::super::tests::{article_paragraph, zone_texts, COOKIE_NOTICE};

    /// A page: a label and `head` (p 0.62) at the top, `gap` (lines scored 0.2), four
    /// paragraphs of the article and a footer line.
    fn headed_page(head: &str, gap: &[String]) -> Vec<(String, f64)> {
        let mut units = vec![("Quyền riêng tư".to_owned(), 0.1), (head.to_owned(), 0.62)];
        units.extend(gap.iter().map(|t| (t.clone(), 0.2)));
        units.extend((1..=4).map(article_paragraph));
        units.push(("Liên hệ quảng cáo".to_owned(), 0.1));
        units
    }

    /// `n` lines made of `f(label)` over the labels of a news site's menu.
    fn lines_of(n: usize, f: impl Fn(&str) -> String) -> Vec<String> {
        let labels = [
            "Thời sự",
            "Kinh doanh",
            "Thể thao",
            "Giải trí",
            "Pháp luật",
            "Sức khỏe",
        ];
        (0..n).map(|i| f(labels[i % labels.len()])).collect()
    }

    fn article() -> Vec<String> {
        (1..=4).map(|k| article_paragraph(k).0).collect()
    }

    /// A cookie notice, the page's first text, above a menu of 80 labels (three times its words,
    /// not ten): it does not join the zone found at the article below the menu.
    #[test]
    fn a_notice_over_the_menus_does_not_join_the_zone_below_them() {
        let menu = lines_of(80, |l| l.to_owned());
        assert_eq!(zone_texts(&headed_page(COOKIE_NOTICE, &menu)), article());
    }

    /// What [`head_notice`] must not cut off: the article's lead at the top of a scraped text
    /// above a price list, a list of sentences, or a box of labels under twice its words.
    #[test]
    fn a_lead_over_a_price_list_a_list_of_sentences_or_a_short_box_joins_the_zone() {
        let lead = article_paragraph(0).0;
        for gap in [
            lines_of(60, |l| format!("{l}: 350.000 đồng")),
            lines_of(60, |l| format!("Mục {l} có thêm nhiều tin.")),
            lines_of(20, |l| l.to_owned()),
        ] {
            let z = zone_texts(&headed_page(&lead, &gap));
            assert_eq!(z.first(), Some(&lead), "{gap:?}");
            assert_eq!(z.last(), article().last());
        }
    }

    /// `n` sentences of an article on one line, the `k`th paragraph.
    fn paragraph(k: usize, n: usize) -> String {
        (0..n)
            .map(|i| {
                format!(
                    "Đội cứu hộ số {k} của phường {i} đã có mặt tại hiện trường từ sáng sớm và \
                     cùng người dân di chuyển tài sản đến nơi an toàn trước khi nước lên."
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A page: `head` at the top, a menu of 200 items (600 words), `body` and a footer line.
    fn page(head: &str, p_head: f64, body: &str, p_body: f64) -> Vec<(String, f64)> {
        let mut units = vec![
            ("Quyền riêng tư".to_owned(), 0.49),
            (head.to_owned(), p_head),
        ];
        units.extend((1..=200).map(|i| (format!("Chuyên mục {i}"), 0.2)));
        units.push((body.to_owned(), p_body));
        units.push(("© 2024 Báo X".to_owned(), 0.1));
        units
    }

    /// A one-paragraph article under the site's menu that the model scores just under τ, and a
    /// cookie notice above the menu that it scores over τ: the article is the zone.
    #[test]
    fn the_article_below_the_menu_is_the_zone_not_the_notice_above_it() {
        let article = paragraph(1, 4);
        assert_eq!(
            zone_texts(&page(COOKIE_NOTICE, 0.62, &article, 0.43)),
            [article]
        );
    }

    /// What the rule must not move the zone to: a teaser of a sidebar (under the words of a
    /// lead), a tag cloud without sentences, a paragraph no longer than the zone; nor away from
    /// a zone below the site's header, or from an article's lead followed closely by
    /// the rest of it.
    #[test]
    fn a_short_article_at_the_top_keeps_the_zone() {
        let article = paragraph(1, 2);
        let tags = (0..40)
            .map(|i| format!("Bão số {i} lũ quét"))
            .collect::<Vec<_>>()
            .join(" ");
        for below in [paragraph(2, 1), tags, paragraph(2, 2)] {
            let z = zone_texts(&page(&article, 0.7, &below, 0.43));
            assert_eq!(z, [article.as_str()], "{below}");
        }
        // a site's header above the zone (a menu): not the top of the page
        let mut units = page(&article, 0.7, &paragraph(2, 4), 0.43);
        units.splice(0..0, (1..=30).map(|i| (format!("Trang {i} trên"), 0.2)));
        assert_eq!(zone_texts(&units), [article.as_str()]);
        // the lead, a caption and the rest of the article: nothing far below
        let rest = paragraph(3, 2);
        let mut units = page(&article, 0.7, &paragraph(2, 4), 0.43);
        units.splice(
            2..2,
            [("Ảnh: Đội cứu hộ".to_owned(), 0.2), (rest.clone(), 0.8)],
        );
        assert_eq!(
            zone_texts(&units),
            [article, "Ảnh: Đội cứu hộ".to_owned(), rest]
        );
    }
}
