//! The prose a run-on unit starts with: what of it weighs in the zone's sums.
//!
//! A run-on unit ([`is_run_on`]: long, no sentence end at its end, few sentences for its words)
//! weighs nothing in the zone's sums (`decode::weighing`): a menu or a tag cloud written on one
//! line scores like prose from its length alone. A scraper that writes each block of a page on
//! one line may also glue the article onto the sidebar after it: `By JERUSALEM POST STAFF …
//! The son of former German President … was stabbed to death … Police arrested a 57-year-old
//! man. Liberman: Both parties are to blame * By JERUSALEM POST STAFF * 11/20/2019 …`, the
//! article's eighty words followed by three hundred of headlines. The whole unit then has too
//! few sentence ends for its words and weighed nothing, and the zone was the title alone: the
//! article was deleted (issue 11, a links-lines dump of the ScrapingHub even half, recall
//! 0.03).
//!
//! Such a unit's head, its words up to its last sentence end, is prose by its own shape
//! ([`prose_head_words`]: [`HEAD_WORDS`] words at least, a sentence end in every
//! [`SENTENCE_WORDS`] of them, [`PROSE_STOP_DENSITY`] of function words). The unit then weighs
//! as its head would: its score over τ counts for the head's words, the rest at τ (nothing).
//! A menu on one line has no such head: its items end no sentence, an abbreviation among them
//! (`Transp. Home`) makes one sentence in a hundred words, and it has few function words.
//!
//! What it could bring in: a line that starts with a cookie notice or a site's blurb and goes
//! on with its menu, when the model scores the line over τ; the head's words then weigh as a
//! paragraph of that notice would on a line of its own.

use super::super::features::sentences;
use super::super::figures;
use super::decode::is_run_on;
use super::units::{Unit, PROSE_STOP_DENSITY};

/// Words of a prose head ([`prose_head_words`]): a paragraph's.
const HEAD_WORDS: usize = 25;
/// A prose head has a sentence end in every this many words at least.
const SENTENCE_WORDS: usize = 50;
/// The most capitalised words of a prose head, as a share of its words with letters: a menu's
/// items are Title Case (`Section 14 World Business Transp. Home`), a paragraph's words are
/// mostly not.
const MAX_HEAD_CAPS: f64 = 0.5;

/// The zone's weight of the run-on unit `u` scored `p` ([`is_run_on`]), τ being `tau`: what its
/// prose head adds over τ ([`prose_head_words`]), the rest of its words at τ; a unit without a
/// prose head, or scored under τ, at most τ.
pub(super) fn run_on_weight(u: &Unit, p: f64, tau: f64) -> f64 {
    debug_assert!(is_run_on(u));
    if p <= tau {
        return p;
    }
    let head = prose_head_words(&u.text);
    tau + (p - tau) * head as f64 / u.words.max(1) as f64
}

/// The words of the prose `t` starts with: the words up to its last sentence end followed by a
/// capitalised word (as [`sentences`] counts them), when they are [`HEAD_WORDS`] or more, with a
/// sentence end in every [`SENTENCE_WORDS`] words and [`PROSE_STOP_DENSITY`] of function words;
/// under [`MAX_HEAD_CAPS`] of capitalised words; 0 otherwise.
pub(super) fn prose_head_words(t: &str) -> usize {
    let Some(end) = last_sentence_end(t) else {
        return 0;
    };
    let head = &t[..end];
    let f = figures::count(head);
    let words = f.tokens;
    let prose = words >= HEAD_WORDS
        && sentences(head) * SENTENCE_WORDS >= words
        && f.stop as f64 >= PROSE_STOP_DENSITY * words as f64
        && (f.caps as f64) < MAX_HEAD_CAPS * f.alpha as f64;
    if prose {
        words
    } else {
        0
    }
}

/// The byte offset just past the last word of `t` that ends a sentence before a capitalised
/// word ([`sentences`]' inner sentence ends).
fn last_sentence_end(t: &str) -> Option<usize> {
    let mut last = None;
    let mut words = t
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - t.as_ptr() as usize, w))
        .peekable();
    while let Some((at, word)) = words.next() {
        let Some(&(_, next)) = words.peek() else {
            break;
        };
        if word.ends_with(['.', '!', '?', '…'])
            && next
                .trim_start_matches(['"', '“', '‘', '«', '('])
                .starts_with(char::is_uppercase)
        {
            last = Some(at + word.len());
        }
    }
    last
}

#[cfg(test)]
mod tests {
    use super::super::super::features::lines;
    use super::super::tests::zone_over;
    use super::super::units;
    use super::*;

    /// A sidebar of `n` headlines, each with its byline and time, as a scraper glues them
    /// on one line.
    fn headlines(n: usize) -> String {
        (0..n)
            .map(|i| {
                format!(
                    "Minister {i} says talks on the budget will resume next week * By STAFF * \
                     11/20/2019 0{}:14 PM",
                    i % 10
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    const ARTICLE: &str = "By STAFF NOVEMBER 20, 2019 10:43 Email Twitter The son of the former \
                           president was stabbed to death on Tuesday, while another man was \
                           injured in an attempt to stop the assailant, the police said. The \
                           attack happened during a talk that he gave at the clinic where he \
                           worked as a doctor. Police arrested a man of 57 at the scene.";

    /// The article glued onto a sidebar of headlines on one line, scored just over τ: it
    /// weighs as its eighty words of prose, and the zone holds it with its title. Without the
    /// rule the line weighed nothing and the zone was the title alone.
    #[test]
    fn an_article_glued_onto_a_sidebar_holds_the_zone() {
        let text = format!(
            "Home News World Business Opinion Sports Culture Subscribe Log in\n\
             Son of former president stabbed to death in Berlin\n\
             {ARTICLE} {}\nBy subscribing I accept the terms of use\n",
            headlines(12)
        );
        let us = units(&lines(&text));
        assert!(is_run_on(&us[2]), "{:?}", us[2].text);
        assert!(prose_head_words(&us[2].text) >= HEAD_WORDS);
        assert!(run_on_weight(&us[2], 0.48, 0.45) > 0.45);
        assert_eq!(zone_over(&text, &[0.38, 0.47, 0.48, 0.40]), Some(1..3));
    }

    /// What must still weigh nothing: a sidebar of headlines alone, a menu on one line with an
    /// abbreviation among its items (`Transp. Home`: one sentence in a hundred words), a line
    /// that starts with a short notice (under a paragraph's words) before a menu, and a run-on
    /// unit scored under τ. A paragraph of news beside such a sidebar stays the zone alone.
    #[test]
    fn a_run_on_line_without_a_prose_head_weighs_nothing() {
        let menu = (0..30)
            .map(|i| match i {
                15 => "Transp. Home Sports".to_owned(),
                _ => format!("Section {i} World Business"),
            })
            .collect::<Vec<_>>()
            .join(" ");
        let notice = format!("We use cookies. Accept all. {menu} {menu}");
        let sidebar = headlines(12);
        for t in [&sidebar, &menu, &notice] {
            let us = units(&lines(t));
            assert!(is_run_on(&us[0]), "{t}");
            assert_eq!(prose_head_words(t), 0, "{t}");
            assert_eq!(run_on_weight(&us[0], 0.6, 0.45), 0.45, "{t}");
        }
        let glued = format!("{ARTICLE} {sidebar}");
        let us = units(&lines(&glued));
        assert_eq!(run_on_weight(&us[0], 0.3, 0.45), 0.3);
        let text = format!(
            "Home News World\nSon of former president stabbed to death in Berlin\n{}\n{sidebar}\n\
             Contact us\n",
            ARTICLE.replace("Email Twitter ", "")
        );
        assert_eq!(zone_over(&text, &[0.3, 0.47, 0.8, 0.5, 0.2]), Some(1..3));
    }
}
