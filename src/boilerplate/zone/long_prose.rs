//! A whole article written on one line: one long unit of prose that the zone must hold.
//!
//! A scraper that saves a page's blocks joined (issue 11: "a whole article on one line") leaves
//! the article as one unit of hundreds of words whose ending is whatever the last block was:
//! a share bar, a newsletter box, tags glued on after the last sentence. The line model learned
//! that long units end sentences and have long neighbours; this one does neither, scores under
//! τ (0.41 for a 549-word article followed by its tags, in a w3m dump of the ScrapingHub even
//! half), and the zone settled on a 36-word cookie notice at the foot of the page: the article
//! was deleted whole (B015).
//!
//! A unit of [`LONG_WORDS`] words or more, with a sentence in every [`SENTENCE_WORDS`] of them
//! and [`PROSE_STOP_DENSITY`] of function words, is prose by its shape, whatever its ending: when
//! it outweighs the zone [`DOMINANCE`] times by words and lies outside it, the zone spans both.
//! The zone's own units stay (a short article next to a long legal notice loses nothing); what
//! lies between the two is kept too, which costs precision, not the article.
//!
//! The chrome that is one long line: a menu or a footer of links joined (items without sentence
//! ends or function words), a tag cloud, a list on one line (`decode::is_list_on_one_line`): none has a
//! sentence every [`SENTENCE_WORDS`] words. A cookie notice or a terms paragraph is prose, but
//! short next to the article the zone found; a site template line (corpus statistics), a one-line
//! menu or a chrome line by its vocabulary is never taken.

use std::ops::Range;

use super::super::features::sentences;
use super::units::{Unit, PROSE_STOP_DENSITY};

/// Words of a long unit of prose: several paragraphs' worth (a whole article on one line, as
/// `classify/article_end.rs` reads one too).
pub(in crate::boilerplate) const LONG_WORDS: usize = 150;
/// A long unit of prose has a sentence end in every this many words at least (so has a line
/// of prose that `shapes.rs` tells from a menu).
pub(in crate::boilerplate) const SENTENCE_WORDS: usize = 40;
/// How many times the zone's words a long unit of prose outside it holds to join it.
const DOMINANCE: usize = 2;

/// The zone `r` spanned to the longest unit of prose by its shape ([`is_long_prose`]) outside
/// it, when that unit holds more than [`DOMINANCE`] times the zone's words.
pub(super) fn spanned_to_long_prose(units: &[Unit], r: Range<usize>) -> Range<usize> {
    let zone_words: usize = units[r.clone()].iter().map(|u| u.words).sum();
    let longest = (0..units.len())
        .filter(|i| !r.contains(i) && is_long_prose(&units[*i]))
        .max_by_key(|&i| units[i].words);
    match longest {
        Some(i) if units[i].words > DOMINANCE * zone_words => r.start.min(i)..r.end.max(i + 1),
        _ => r,
    }
}

/// A long unit of prose by its shape: [`LONG_WORDS`] words, a sentence end in every
/// [`SENTENCE_WORDS`], [`PROSE_STOP_DENSITY`], no one-line menu or list, no chrome or template
/// line.
pub(super) fn is_long_prose(u: &Unit) -> bool {
    is_prose_of(u, LONG_WORDS)
}

/// [`is_long_prose`] with `min_words` words at least.
pub(super) fn is_prose_of(u: &Unit, min_words: usize) -> bool {
    u.words >= min_words
        && sentences(&u.text) * SENTENCE_WORDS >= u.words
        && u.own.stop_density() >= PROSE_STOP_DENSITY
        && !u.own.menu
        && !u.own.chrome
        && !u.own.template
        && !u.own.list_on_one_line
}

#[cfg(test)]
mod tests {
    use super::super::super::features::lines;
    use super::super::tests::zone_over;
    use super::super::units;
    use super::*;

    /// `n` sentences of news prose joined on one line.
    fn article(n: usize) -> String {
        (0..n)
            .map(|i| {
                format!(
                    "Theo các chuyên gia, việc này sẽ giúp người dân có thêm nhiều lựa chọn \
                     trong năm {} và những năm tới, nhưng vẫn còn không ít khó khăn.",
                    2000 + i
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    const COOKIES: &str = "Chúng tôi dùng cookie để cải thiện trải nghiệm của bạn. Khi tiếp \
                           tục truy cập trang, bạn đồng ý với chính sách cookie của chúng tôi.";

    /// The article on one line, its tags glued on after the last sentence, scored under τ;
    /// a cookie notice at the foot of the page scored over it: the zone holds the article.
    /// Without the rule the zone was the cookie notice alone.
    #[test]
    fn an_article_on_one_line_ending_in_tags_holds_the_zone() {
        let text = format!(
            "Trang chủ\nThời sự\n{} Tags: kinh tế, thương mại 0 bình luận\nTin liên quan\n\
             Giá vàng hôm nay tăng mạnh\nChứng khoán giảm điểm\n{COOKIES}\n",
            article(12)
        );
        let us = units(&lines(&text));
        assert!(is_long_prose(&us[2]), "{:?}", us[2].own);
        let z = zone_over(&text, &[0.2, 0.2, 0.40, 0.2, 0.3, 0.3, 0.52]).expect("a zone");
        assert!(z.contains(&2), "{z:?}");
    }

    /// What the rule could bring back: a cookie notice or a terms paragraph of 150 words and
    /// more is prose, but a zone of twice its words or more does not span to it; a menu, a footer of
    /// links or a tag cloud written on one line is no long prose however long.
    #[test]
    fn chrome_on_one_line_stays_out() {
        let terms = format!(
            "{} {}",
            COOKIES.repeat(6),
            "Bằng việc tiếp tục, bạn đồng ý với điều khoản sử dụng."
        );
        let text = format!(
            "Trang chủ\n{}\n{}\nLiên hệ\n{terms}\n",
            article(10),
            article(10)
        );
        let us = units(&lines(&text));
        assert!(is_long_prose(&us[4]), "{:?}", us[4].words);
        assert_eq!(spanned_to_long_prose(&us, 1..3), 1..3);

        let menu = (0..60)
            .map(|i| format!("Chuyên mục {i} Thời sự Kinh doanh"))
            .collect::<Vec<_>>()
            .join(" ");
        let links = (0..40)
            .map(|i| format!("• Giới thiệu {i} • Liên hệ quảng cáo"))
            .collect::<Vec<_>>()
            .join(" ");
        let tags = (0..80)
            .map(|i| format!("#tin{i} #thời_sự"))
            .collect::<Vec<_>>()
            .join(" ");
        for chrome in [menu, links, tags] {
            let text = format!("{chrome}\nThời sự\n{}\nLiên hệ\n", article(2));
            let us = units(&lines(&text));
            assert!(
                us[0].words >= LONG_WORDS && !is_long_prose(&us[0]),
                "{chrome}"
            );
            assert_eq!(
                zone_over(&text, &[0.44, 0.2, 0.7, 0.2]),
                Some(2..3),
                "{chrome}"
            );
        }
    }
}
