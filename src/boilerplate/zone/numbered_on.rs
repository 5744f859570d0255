//! A numbered list of prose that the zone ends inside goes on to its last item.
//!
//! An article's footnotes, the steps of a how-to or the answers of a FAQ are a list numbered
//! 1, 2, 3… whose items are sentences. The line model learned that a page ends in chrome, so
//! the last items score low, lower again once a look has removed the footer below them and
//! they end the text: the zone stopped inside the list, and each later look, finding the zone
//! again over the lines kept, stopped one item higher (issue 11: a post's five footnotes
//! eaten over three looks, on sixteen dump shapes of one page of the even half of wcxb-dev).
//! The numbering says the list goes on: item `n + 1` right after the zone's last unit, item
//! `n`, is the same list's, a box below the article starts its own at 1. Only items that are
//! sentences, on both sides (a sentence end, function words, not Title Case, no chrome, cue,
//! menu or template line): a reference list (`12. Smith J, Lee K. Title. J Med 2013;4:1-11.`)
//! has few function words, and the numbered headlines of a `Most read` box or of a paywall's
//! `learn about:` end no sentence (on the even half of wcxb-dev both came in when headlines
//! with function words counted).

use super::super::features::{ends_sentence, item_number};
use super::structure::{plain, CAPS, MAX_ITEM_CAPS};
use super::units::{Unit, PROSE_STOP_DENSITY};

/// The last unit of the numbered list of prose that the zone ending at `end` (exclusive) stops
/// inside: its last unit is item `n` and the units after it are items `n + 1`, `n + 2`…
/// ([`prose_item`] all), `extensible` telling the units that are not site template.
pub(super) fn numbered_list_end(units: &[Unit], end: usize, extensible: &[bool]) -> Option<usize> {
    let last = end.checked_sub(1)?;
    let n = prose_item(&units[last], extensible[last])?;
    let more = (end..units.len())
        .zip(n + 1..)
        .take_while(|&(i, k)| prose_item(&units[i], extensible[i]) == Some(k))
        .count();
    (more > 0).then(|| last + more)
}

/// The number of the list item `u` (`1. …`, `2) …`) when it is prose: [`ITEM_WORDS`] words
/// at least ending a sentence ([`ends_before_backlink`]), with [`PROSE_STOP_DENSITY`] of
/// function words, not in Title Case ([`MAX_ITEM_CAPS`]), no chrome or end-of-article cue,
/// menu or template line.
fn prose_item(u: &Unit, extensible: bool) -> Option<u32> {
    (u.words >= ITEM_WORDS
        && (u.own.ends_sentence || ends_before_backlink(&u.text))
        && u.own.stop_density() >= PROSE_STOP_DENSITY
        && u.own.features[CAPS] < MAX_ITEM_CAPS
        && plain(u, extensible))
    .then(|| item_number(&u.text))
    .flatten()
}

/// Whether the text `t` ends a sentence before a symbol that closes it: a footnote ends in a
/// link back to its mark (`…when adding columns. ↩`).
fn ends_before_backlink(t: &str) -> bool {
    ends_sentence(
        t.trim_end_matches(|c: char| c.is_whitespace() || !(c.is_alphanumeric() || c.is_ascii())),
    )
}

/// Words of a list item read as prose ([`prose_item`]): a sentence.
const ITEM_WORDS: usize = 10;

#[cfg(test)]
mod tests {
    use super::super::super::features::lines;
    use super::super::tests::zone_over;
    use super::super::units;
    use super::*;

    const ARTICLE: &str =
        "The service keeps a log of every key it hands out, and anyone can check \
                           that the log only grows and that nobody was given a key in secret.";

    fn notes(from: u32, to: u32) -> String {
        (from..=to)
            .map(|k| {
                format!(
                    "{k}. This is a note on the text above, and it says that the author would \
                     rather use a simple store than a database for the keys. ↩\n"
                )
            })
            .collect()
    }

    /// Footnotes 1–4 after the article, the last three scored as chrome: the zone that ends
    /// at note 1 goes on to note 4. Without the rule it ended at note 1.
    #[test]
    fn footnotes_numbered_on_stay_in_the_zone() {
        let text = format!("{ARTICLE}\n{ARTICLE}\n{}Subscribe | Feed\n", notes(1, 4));
        let us = units(&lines(&text));
        assert_eq!(numbered_list_end(&us, 3, &[true; 7]), Some(5));
        let z = zone_over(&text, &[0.8, 0.8, 0.6, 0.3, 0.3, 0.3, 0.1]).expect("a zone");
        assert_eq!(z, 0..6);
    }

    /// What the rule could bring in: a list below the article that starts again at 1 (a box
    /// of its own), numbered headlines in Title Case, a reference list; and a list whose
    /// item in the zone is no prose.
    #[test]
    fn other_lists_after_the_zone_stay_out() {
        let again = format!("{ARTICLE}\n{}{}", notes(1, 1), notes(1, 3));
        let us = units(&lines(&again));
        assert_eq!(numbered_list_end(&us, 2, &[true; 5]), None);

        let headlines = format!(
            "{ARTICLE}\n{}2. Ten Things Every New Parent Should Know About Sleep And Babies\n\
             3. The Best Budget Phones Of The Year Ranked By Our Expert Team Of Reviewers\n",
            notes(1, 1)
        );
        let us = units(&lines(&headlines));
        assert_eq!(numbered_list_end(&us, 2, &[true; 4]), None);

        let references = format!(
            "{ARTICLE}\n{}2. Regehr C, Glancy D, Pitts A. Interventions to reduce stress in \
             university students. J Affect Disord 2013;148(1):1-11.\n",
            notes(1, 1)
        );
        let us = units(&lines(&references));
        assert_eq!(numbered_list_end(&us, 2, &[true; 3]), None);

        let headlines = format!(
            "{ARTICLE}\n{}2. Why your next plan should start with a voice memo and a walk\n\
             3. What happens when you let the new tools probe the gaps in your plan\n",
            notes(1, 1)
        );
        let us = units(&lines(&headlines));
        assert_eq!(numbered_list_end(&us, 2, &[true; 4]), None);

        let titled = format!("{ARTICLE}\n1. Going Zero Waste\n{}", notes(2, 3));
        let us = units(&lines(&titled));
        assert_eq!(numbered_list_end(&us, 2, &[true; 4]), None);
    }
}
