//! A list or a table written one row a line, joined onto one line by the dump: it stays with
//! the article above it.
//!
//! A concert announcement ends with its tour dates (`June 9 -- Coral Sky Amphitheatre, West
//! Palm Beach, FL June 10 -- …`), a match report with its standings. Written one row a line,
//! the rows follow the zone under their heading and join it (`decode::headed_rows`). A scraper
//! that writes each block of a page on one line joins them into one unit of hundreds of words
//! with no sentence end: a run-on unit, which weighs nothing in the zone's sums
//! (`decode::weighing`) and joins by its score only over τ_low. The zone then stopped at the
//! heading and the article lost its list, two fifths of its text (issue 11, two pages of the
//! ScrapingHub even half in links-lines dumps, recall 0.59 and 0.60).
//!
//! Rows joined on one line by their shape ([`is_joined_rows`]): one of the separators between a
//! row's key and its value (`structure::ROW_SEPARATORS`: ` -- `, ` – `, ` @ `, `: `…) at least
//! [`MIN_ROWS`] times, one in every [`ROW_WORDS`] words or fewer, and a figure for each (a
//! date, a score, a time). A unit with no sentence end right after the zone, no chrome or
//! end-of-article cue, no one-line menu and no site template, that reads so, joins the zone.
//!
//! What it could bring in: a box of related stories right after the article whose headlines
//! each carry a date after a dash (`Title – Nov 19, 2019`); a menu on one line has no figure in
//! each item.

use super::structure::{figures, plain, ROW_SEPARATORS};
use super::units::Unit;

/// Rows of a list joined on one line ([`is_joined_rows`]) at least.
const MIN_ROWS: usize = 5;
/// The most words of a row on average.
const ROW_WORDS: usize = 15;

/// The unit right after the zone ending at `end` (`extensible`: not site template) when it is
/// the rows of a list joined onto one line ([`is_joined_rows`]), ending no sentence.
pub(super) fn joined_rows(units: &[Unit], end: usize, extensible: &[bool]) -> Option<usize> {
    let u = units.get(end)?;
    (plain(u, extensible[end]) && !u.own.ends_sentence && is_joined_rows(&u.text, u.words))
        .then_some(end)
}

/// Whether the text `t` of `words` words is rows joined on one line: a row separator
/// [`MIN_ROWS`] times or more, one in every [`ROW_WORDS`] words, and as many figures.
fn is_joined_rows(t: &str, words: usize) -> bool {
    ROW_SEPARATORS.iter().any(|sep| {
        let rows = t.matches(sep).count();
        rows >= MIN_ROWS && rows * ROW_WORDS >= words && figures(t) >= rows
    })
}

#[cfg(test)]
mod tests {
    use super::super::super::features::lines;
    use super::super::tests::zone_over;
    use super::super::units;
    use super::*;

    const ARTICLE: &str = "The band will tour North America next summer to mark fifty years \
                           since its first album, and tickets go on sale on Friday. The singer \
                           told the audience that the new songs were the best they had written \
                           in a decade, and that the old ones would be played too.";

    /// The tour dates joined onto one line after the article's last paragraph, scored just over
    /// τ or just under it below a heading: the zone holds them. Without the rule it stopped at
    /// the paragraph or at the heading.
    #[test]
    fn tour_dates_joined_on_one_line_stay_with_the_article() {
        let dates = (1..=20)
            .map(|d| format!("June {d} -- Coral Sky Amphitheatre, West Palm Beach, FL"))
            .collect::<Vec<_>>()
            .join(" ");
        let text =
            format!("Music News\n{ARTICLE}\n{ARTICLE}\n{dates}\nSubscribe to our newsletter\n");
        let us = units(&lines(&text));
        assert!(joined_rows(&us, 3, &[true; 5]).is_some());
        assert_eq!(zone_over(&text, &[0.2, 0.8, 0.8, 0.47, 0.1]), Some(1..4));
        let text = format!(
            "Music News\n{ARTICLE}\n{ARTICLE}\nThe Band Tour Dates\n{}\nSubscribe now\n",
            dates.replace(" -- ", " – ")
        );
        assert_eq!(
            zone_over(&text, &[0.2, 0.8, 0.8, 0.47, 0.42, 0.1]),
            Some(1..5)
        );
    }

    /// What stays out: a menu on one line with dashes between its items (no figure in each)
    /// and a sidebar of headlines (no row separator in each), scored over τ after the article.
    #[test]
    fn a_menu_or_headlines_on_one_line_stay_out() {
        let menu = [
            "Home",
            "World News",
            "Business",
            "Markets",
            "Sports",
            "Opinion",
        ]
        .repeat(8)
        .join(" - ");
        let headlines = (0..20)
            .map(|i| format!("Minister {i} says talks on the budget will resume next week"))
            .collect::<Vec<_>>()
            .join(" ");
        for chrome in [&menu, &headlines] {
            let text = format!(
                "Music News\n{ARTICLE}\n{ARTICLE}\n{chrome}\nContact us\nAbout us\nPrivacy\n"
            );
            let us = units(&lines(&text));
            assert_eq!(joined_rows(&us, 3, &[true; 7]), None, "{chrome}");
            assert_eq!(
                zone_over(&text, &[0.2, 0.8, 0.8, 0.47, 0.1, 0.1, 0.1]),
                Some(1..3),
                "{chrome}"
            );
        }
    }
}
