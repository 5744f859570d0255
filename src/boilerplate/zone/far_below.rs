//! A block of prose far below the article, across the site's lists: not the article's.
//!
//! `another_block` joins the heaviest block of prose after the zone, and the zone then spans
//! everything between the two. An article resumed after a figure, a quote box or a table has
//! a gap that is short next to the block, or a gap of text (the article's paragraphs that
//! scored under τ, its code, its long list entries). A cookie notice, an author's bio, a
//! newsletter's promise or a licence line at the foot of the page is a short block below
//! hundreds of short lines (related headlines, tags, the footer's menus): joining it kept all
//! of them (issue 11: on the even half of the wcxb and ScrapingHub dumps, a block joined after
//! the zone brought in about 3.5 shingles of chrome for one of the article, most of it in the
//! gap). Such a block is [`far_below`]: the gap holds more than [`FAR_BELOW`] times the
//! block's words, at least half of them in short units (under `MAX_BRIDGE_WORDS` words, as
//! `far_above` asks of a gap above the zone), less than one word in [`MIN_PROSE_SHARE`] in
//! sentences of [`PROSE_WORDS`] words, and no more words than the zone (a listing whose zone is
//! its introduction has its items in the gap, longer than the introduction; the lists after an
//! article are shorter than the article). Only after a zone that holds a paragraph of its own:
//! a zone of menu items is no article that a block could be far from.

use std::ops::Range;

use super::decode::MAX_BRIDGE_WORDS;
use super::units::Unit;

/// Whether the block `b` after the zone `r` is far below it (see the module doc).
pub(super) fn far_below(units: &[Unit], b: &Range<usize>, r: &Range<usize>) -> bool {
    let words = |range: Range<usize>| units[range].iter().map(|u| u.words).sum::<usize>();
    let gap = &units[r.end..b.start];
    let gap_words = words(r.end..b.start);
    let words_where = |keep: fn(&Unit) -> bool| -> usize {
        gap.iter().filter(|u| keep(u)).map(|u| u.words).sum()
    };
    let short = words_where(|u| u.words < MAX_BRIDGE_WORDS);
    let prose = words_where(|u| u.words >= PROSE_WORDS && u.own.ends_sentence);
    gap_words > FAR_BELOW * words(b.clone())
        && gap_words <= words(r.clone())
        && 2 * short >= gap_words
        && prose * MIN_PROSE_SHARE < gap_words
}

/// How many times its own words a block after the zone may be from it ([`far_below`]). Further
/// than `far_above`'s 10: an article's own list of resources (a title and its publisher a line,
/// 364 words) sat 10.7 times a disclaimer's words above it on an even-half page whose zone a
/// mid-article cue had cut short (the `midcue` perturbation), and 10 deleted the list.
const FAR_BELOW: usize = 15;

/// A gap with one word in this many or more in sentences of [`PROSE_WORDS`] words is text,
/// maybe the article's own: a block joins across it as before.
const MIN_PROSE_SHARE: usize = 10;

/// Words of a sentence that counts as prose in the gap.
const PROSE_WORDS: usize = 8;

#[cfg(test)]
mod tests {
    use super::super::tests::{article_paragraph as paragraph, zone_texts, COOKIE_NOTICE};

    /// An article of 24 paragraphs (1,250 words), `gap`, then `block`, then a footer line.
    fn page(gap: &[(String, f64)], block: &[(String, f64)]) -> Vec<(String, f64)> {
        let mut units = vec![("Trang chủ".to_owned(), 0.2)];
        units.extend((1..=24).map(paragraph));
        units.extend_from_slice(gap);
        units.extend_from_slice(block);
        units.push(("© 2024 Báo X".to_owned(), 0.1));
        units
    }

    fn texts(units: &[(String, f64)]) -> Vec<String> {
        units.iter().map(|(t, _)| t.clone()).collect()
    }

    /// A cookie notice at the foot of the page, below 100 related headlines (1,000 words in short
    /// lines): it stays out of the zone, and the headlines with it.
    #[test]
    fn a_notice_below_the_related_headlines_does_not_join_the_article() {
        let related: Vec<_> = (1..=100)
            .map(|i| (format!("Tin liên quan số {i} về mưa lũ ở miền Trung"), 0.2))
            .collect();
        let notice = [(COOKIE_NOTICE.to_owned(), 0.62)];
        let article = texts(&(1..=24).map(paragraph).collect::<Vec<_>>());
        assert_eq!(zone_texts(&page(&related, &notice)), article);
    }

    /// What the zone must still join: the article resumed after a gallery's ten captions, and a
    /// block after a gap of text (long entries without a sentence end, maybe the article's
    /// own) or after a gap longer than the zone (a listing's items below its introduction).
    #[test]
    fn an_article_resumed_after_a_gallery_or_a_gap_of_text_joins() {
        let captions: Vec<_> = (1..=10)
            .map(|i| (format!("Ảnh {i}: Nước lên ở phường {i}"), 0.2))
            .collect();
        let rest: Vec<_> = (25..=28).map(paragraph).collect();
        let resumed = zone_texts(&page(&captions, &rest));
        assert_eq!(resumed.len(), 24 + 10 + 4, "{resumed:?}");
        let entries: Vec<_> = (1..=60)
            .map(|i| {
                let e = format!("Điểm sơ tán số {i} tại nhà văn hóa khu phố {i} với sức chứa");
                (format!("{e} hai trăm người có nước sạch và thuốc men"), 0.3)
            })
            .collect();
        let notice = [(COOKIE_NOTICE.to_owned(), 0.62)];
        let across_text = zone_texts(&page(&entries, &notice));
        assert_eq!(across_text.last().map(String::as_str), Some(COOKIE_NOTICE));
        let items: Vec<_> = (1..=160)
            .map(|i| (format!("Tin liên quan số {i} về mưa lũ ở miền Trung"), 0.2))
            .collect();
        let across_items = zone_texts(&page(&items, &notice));
        assert_eq!(across_items.last().map(String::as_str), Some(COOKIE_NOTICE));
    }
}
