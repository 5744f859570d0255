//! A short block of prose after a long article: the page's, not the article's.
//!
//! `another_block` joins the heaviest block of prose after the zone, and the zone then spans
//! everything between the two. After an article of many paragraphs the blocks that are left
//! are mostly the page's: the author's bio, a disclaimer, a newsletter's promise, a cookie or
//! licence notice, the first comment (issue 11: on the even half of the wcxb and ScrapingHub
//! dumps, the blocks that joined after the zone brought in about four shingles of chrome for
//! one of the truth, most of the truth in the few joins whose gap was the article's own list
//! or code). An article
//! resumed after a gallery or a quote box is a long part of a long article, or the
//! continuation of a short one, or one of its many sections between boxes (the places a guide
//! reviews, each with its address box). So a block does not join a zone of at least
//! [`LONG_ARTICLE_PARAGRAPHS`] paragraphs when everything from the zone's end to the block's,
//! or to the last paragraph after the block that could join on its own (`another_block`
//! passes that span), holds at most one word in [`SMALL_SHARE`] of the zone's: whatever the
//! zone leaves out is then a fifth of the article at most, and no article is deleted. Only
//! until a block after the zone has joined it (`in_sections`): then the article is in
//! sections, and its last ones are small next to the zone that the others grew. The
//! measure reads the zone and what follows it up to the end-of-article cue, not the page's
//! foot: a cleaned text (the second look) decides as its dump did.
//!
//! What it costs: the last paragraphs of a long article resumed after a box, when they are
//! under a fifth of it (a closing note after a long list or code the model scored under τ).
//! On the even half (19 shapes of each set) it removed 205k shingles of chrome for 62k of the
//! truth (article pages: 128k for 26k), raised article F1 on every wcxb shape (+0.0013 to
//! +0.0028) and deleted no article.

use std::ops::Range;

use super::decode::PARAGRAPH_WORDS;
use super::units::Unit;

/// Whether the span `b` after the zone `r` (a block and the prose after it) is small next to a
/// long article (see the module doc).
pub(super) fn small_after_long_article(units: &[Unit], b: &Range<usize>, r: &Range<usize>) -> bool {
    let zone = &units[r.clone()];
    let paragraphs = zone
        .iter()
        .filter(|u| u.words >= PARAGRAPH_WORDS && u.own.ends_sentence)
        .count();
    let words = |range: Range<usize>| units[range].iter().map(|u| u.words).sum::<usize>();
    paragraphs >= LONG_ARTICLE_PARAGRAPHS && SMALL_SHARE * words(r.end..b.end) <= words(r.clone())
}

/// Paragraphs (`PARAGRAPH_WORDS` words ending a sentence) of a zone that is a long article.
/// Over the joins after the zone on the even half of eight wcxb and ScrapingHub shapes, 14
/// kept out 40k shingles of chrome for 6k of the truth, none of them a third of its page's; 10
/// kept out 42k for 7k.
const LONG_ARTICLE_PARAGRAPHS: usize = 14;

/// The span after the zone holds at most one word in this many of the zone's.
const SMALL_SHARE: usize = 5;

#[cfg(test)]
mod tests {
    use super::super::tests::{article_paragraph as paragraph, zone_texts};

    /// An article of `first` paragraphs, `gap`, the paragraphs `then`, and the site's footer.
    fn page(first: usize, gap: &[(String, f64)], then: &[(String, f64)]) -> Vec<(String, f64)> {
        let mut units = vec![("Trang chủ".to_owned(), 0.2)];
        units.extend((1..=first).map(paragraph));
        units.extend_from_slice(gap);
        units.extend_from_slice(then);
        units.push(("© 2024 Báo X".to_owned(), 0.1));
        units
    }

    /// A share bar of six short lines: more than MAX_BRIDGE to step over, and weighing more
    /// under τ than the block below it weighs over τ (the zone's run stops above it).
    fn share_bar() -> Vec<(String, f64)> {
        [
            "Chia sẻ",
            "Facebook",
            "Zalo",
            "Twitter",
            "Email",
            "In bài viết",
        ]
        .iter()
        .map(|t| ((*t).to_owned(), 0.05))
        .collect()
    }

    /// The author's bio below the share bar of an article of 16 paragraphs stays out of the
    /// zone, and the share bar with it.
    #[test]
    fn a_bio_below_a_long_article_does_not_join_it() {
        let bio = [(
            "Nguyễn Văn A là phóng viên mảng môi trường của báo từ năm 2015, từng đoạt giải \
             báo chí quốc gia và viết nhiều loạt bài điều tra về rừng đầu nguồn."
                .to_owned(),
            0.5,
        )];
        let zone = zone_texts(&page(16, &share_bar(), &bio));
        assert_eq!(zone.len(), 16, "{zone:?}");
        assert!(zone.iter().all(|t| t.starts_with("Đội cứu hộ")), "{zone:?}");
    }

    /// What still joins across the same share bar: the last paragraph of a short article (the
    /// article resumed after a box), and the last three paragraphs of a long one (more than a
    /// fifth of it with the gap).
    #[test]
    fn the_rest_of_an_article_after_a_box_joins_it() {
        // just over τ: each joins as another block, not by the zone's run
        let resumed = |k: usize| (paragraph(k).0, 0.47);
        let last = [resumed(99)];
        let short = zone_texts(&page(8, &share_bar(), &last));
        assert_eq!(short.last(), Some(&last[0].0), "{short:?}");
        let rest: Vec<_> = (97..=99).map(resumed).collect();
        let long = zone_texts(&page(16, &share_bar(), &rest));
        assert_eq!(long.last(), Some(&rest[2].0), "{long:?}");
        assert_eq!(long.len(), 16 + 6 + 3, "{long:?}");
    }

    /// A guide of many sections, each place's paragraph below the box of the place before it:
    /// each section is small next to the zone, the sections together are not, and all join.
    #[test]
    fn the_sections_of_a_guide_between_boxes_join_it() {
        let mut sections = Vec::new();
        for k in 1..=6 {
            sections.extend(share_bar());
            sections.push((paragraph(90 + k).0, 0.47));
        }
        let zone = zone_texts(&page(16, &[], &sections));
        assert_eq!(zone.len(), 16 + sections.len(), "{zone:?}");
    }
}
