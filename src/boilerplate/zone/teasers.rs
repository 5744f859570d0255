//! A list of teasers on one line: the truncated leads of other stories, each cut off with an
//! ellipsis (`…may soon... Indian-origin man pleads guilty…`), that a news ticker or a box of
//! "Breaking News" writes as one block.
//!
//! Each teaser is a headline and the first words of its lead, so the block reads as prose to
//! the line model: function words, commas, a sentence end before each capital. On a page of the
//! ScrapingHub even half (the `chromium` and `chromium-lines` dumps) a ticker of ten such
//! teasers, 2,760 characters on one line, outweighed the 350-word article under it, held the
//! zone, and a `0 Comments` under the article's title then ended the article before its first
//! paragraph (B009): the article was deleted whole.
//!
//! What tells it from prose is how its sentences end: an article's paragraph ends most of its
//! sentences with a full stop, a question or an exclamation, and an ellipsis now and then (a
//! trailing thought, a quotation cut short); a teaser list ends nearly every one with an
//! ellipsis, because that is where its site cut the lead. A unit with [`MIN_TEASERS`] ellipsis
//! ends or more, making at least half of its sentence ends, with [`TEASER_WORDS`] words or more
//! per ellipsis (a teaser holds a headline and a lead; the hesitations of a dialogue are a few
//! words apart), is such a list: the zone weighs it as a list on one line
//! (`decode::weighing`) and never takes it as a long paragraph of prose (`long_prose.rs`).

use super::super::features::{capital_word_after, sentences};

/// Fewest ellipsis ends of a teaser list: a box shows four stories at least, and a paragraph
/// with three trailing thoughts stays prose.
const MIN_TEASERS: usize = 4;

/// Fewest words per ellipsis end of a teaser list: a headline and the first line of a lead.
const TEASER_WORDS: usize = 15;

/// Whether the unit text `t` of `words` words is a list of teasers ([`MIN_TEASERS`] ellipsis
/// ends or more, at least half of its sentence ends, [`TEASER_WORDS`] words or more each).
pub(super) fn is_teaser_list(t: &str, words: usize) -> bool {
    if words < MIN_TEASERS * TEASER_WORDS {
        return false;
    }
    let cut = ellipsis_ends(t);
    cut >= MIN_TEASERS && cut * TEASER_WORDS <= words && 2 * cut >= sentences(t)
}

/// How many sentences of `t` end in an ellipsis (`...` or `…`, then whitespace and a
/// capitalised word, or the end of the text).
fn ellipsis_ends(t: &str) -> usize {
    let dots = memchr::memmem::find_iter(t.as_bytes(), "...").map(|at| at + 3);
    let ellipses = memchr::memmem::find_iter(t.as_bytes(), "…").map(|at| at + '…'.len_utf8());
    dots.chain(ellipses)
        .filter(|&end| {
            let rest = &t[end..];
            // the last dot of a longer run of dots counts once
            !rest.starts_with('.') && (rest.trim().is_empty() || capital_word_after(rest))
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::super::super::features::{lines, words};
    use super::super::tests::zone_over;
    use super::super::units;
    use super::*;

    const TEASERS: [&str; 5] = [
        "Minister resigns over budget row LONDON: The finance minister resigned on Tuesday \
         after a week of disputes with the cabinet over the spending plans that...",
        "Floods hit northern towns HANOI: Heavy rain over the weekend flooded hundreds of homes \
         in the northern provinces, and officials said the water may...",
        "Court rules on land case NEW DELHI: The Supreme Court on Wednesday asked the state \
         government to come out with a law for the administration of the...",
        "Team wins the cup MADRID: The home side won the final in extra time, and the coach said \
         after the match that the players had given everything they…",
        "Prices rise again TOKYO: Consumer prices rose for the fifth month in a row in March, \
         the statistics office said, as energy costs kept climbing and...",
    ];

    /// The ticker of the ScrapingHub page, in short: every story cut off with an ellipsis.
    #[test]
    fn a_ticker_of_cut_leads_is_a_teaser_list() {
        let ticker = TEASERS.join(" ");
        assert!(is_teaser_list(&ticker, words(&ticker)), "{ticker}");
    }

    /// A paragraph with an ellipsis or three in it, a dialogue of hesitations, and a text with
    /// as many full stops as ellipses are prose.
    #[test]
    fn prose_with_ellipses_is_no_teaser_list() {
        let prose = [
            "The minister said the plan would be ready by June... but nobody in the room believed \
             him. The opposition asked for the figures, and the finance committee will meet \
             again next week to read them. Until then, the budget stays as it is.",
            "Tôi đã chờ ở đó rất lâu… Rồi anh ấy đến, nói rằng mọi chuyện sẽ ổn. Nhưng tôi biết \
             không phải vậy… Chúng tôi im lặng suốt đường về nhà, và sáng hôm sau anh ấy đi. \
             Tôi không bao giờ gặp lại anh ấy nữa… Đó là mùa đông năm ấy.",
            "Wait... Who is it... Open the door... No... Please... Go away... I said go away... \
             Now... Please leave us alone, all of you, before the police come and take you away.",
        ];
        for t in prose {
            assert!(!is_teaser_list(t, words(t)), "{t}");
        }
        let half_stopped = TEASERS
            .iter()
            .map(|t| format!("{t} The story goes on. It ends here."))
            .collect::<Vec<_>>()
            .join(" ");
        assert!(!is_teaser_list(&half_stopped, words(&half_stopped)));
    }

    /// An article's paragraphs, each with a trailing thought in it.
    const ARTICLE: [&str; 3] = [
        "The special aircraft carrying the deportees landed at the airport at six in the \
         morning, an official said... and the families waiting outside had been there all night.",
        "He said he had spent his savings on the four attempts and on the lawyers, and that he \
         would not try again. His brother said the family would have to sell its land.",
        "Last month, more than three hundred people were sent back on a similar flight, and \
         officials expect more in the coming weeks as the new rules take effect.",
    ];

    /// The ScrapingHub page in short: the ticker written at the top and again at the foot, the
    /// article between. Scored as the model scored the page (the ticker over the article), the
    /// zone holds the article and not the ticker; a ticker read as prose held the zone and the
    /// article was lost.
    #[test]
    fn a_ticker_does_not_win_the_zone() {
        let ticker = TEASERS.join(" ");
        let text = format!(
            "Home\nBreaking News\n{ticker}\nDeportees return home\n0 Comments\n{}\n{}\n{}\n\
             Related articles\nBreaking News\n{ticker}\n",
            ARTICLE[0], ARTICLE[1], ARTICLE[2]
        );
        let us = units(&lines(&text));
        assert!(us[2].own.list_on_one_line && us[10].own.list_on_one_line);
        let p = [0.2, 0.3, 0.8, 0.5, 0.3, 0.7, 0.7, 0.6, 0.2, 0.3, 0.7];
        let z = zone_over(&text, &p).expect("a zone");
        assert!(z.start > 2 && z.contains(&5) && z.contains(&7), "{z:?}");
        assert!(!z.contains(&10), "{z:?}");
    }

    /// An article whose every paragraph holds an ellipsis stays whole: no unit of it is a list.
    #[test]
    fn an_article_with_ellipses_keeps_its_zone() {
        let text = format!(
            "Home\nNews\n{}\n{}\n{}\nContact\n",
            ARTICLE[0], ARTICLE[1], ARTICLE[2]
        );
        let us = units(&lines(&text));
        assert!(us.iter().all(|u| !u.own.list_on_one_line));
        let z = zone_over(&text, &[0.2, 0.2, 0.6, 0.6, 0.6, 0.2]).expect("a zone");
        assert_eq!(z, 2..5);
    }
}
