//! Whether a run of short lines between two paragraphs speaks of the article around it, by the
//! words they share (lexical cohesion, as TextTiling cuts a text where its vocabulary changes).
//!
//! A box of other stories' headlines set between two paragraphs without a label (`Lãi suất tiết
//! kiệm tiếp tục giảm ở nhiều ngân hàng` / `Thủ tướng yêu cầu gỡ vướng mắc cho các dự án điện
//! gió` inside an article on a telecoms agreement) has a subheading's shape: capitalised, a few
//! words, no sentence end. What tells it is its words: a subheading names what the paragraphs
//! below it discuss, a headline of another story does not. On the even half of the wcxb-dev and
//! ScrapingHub truth texts, 2 of the 140 runs of two or more headline-shaped lines between
//! paragraphs share under a quarter of their content words and under a tenth of their word
//! pairs with the rest of the article (a list's items); 27 of the 43 in-article related runs of
//! `scripts/gen-vi-templates`' even templates do (headlines taken from other pages share almost
//! none). Looser bars (a third, a sixth) also took the items of even articles' lists (`Eggs for
//! baking → flax seed egg`, `Financial Considerations: Salary, …`) and cut their recall on
//! ScrapingHub dumps. The bars are the `MAX_SHARED_*` constants below. Vietnamese
//! writes a word as several syllables, each a common one (`thủ tướng`, `điện gió`), so the
//! syllables alone overlap by chance: the pairs of adjacent words are the stricter half of the
//! test. The words are the article's own, so this reads any language written with spaces.

use crate::chars;
use crate::hashed::{self, HashedMap};

use super::super::stopwords::is_stopword;
use super::State;

/// The article's words and adjacent word pairs, hashed, with how many times its lines hold
/// each: a run's word is the article's when the article holds it more often than the run (the
/// lines of a hard-wrapped paragraph are no paragraphs of their own, so every line counts).
/// Every word and pair is counted, stop words too: a run asks only for its content words and
/// pairs ([`each_unit`]), and a word's or a pair's hash says which it is, so the body's words
/// (all read once per look that holds a run to judge) are not asked whether they are stop words.
pub(super) struct ArticleWords {
    words: HashedMap<usize>,
    pairs: HashedMap<usize>,
}

/// Under this share of a run's content words met in the article (and [`MAX_SHARED_PAIRS`] of
/// its word pairs), the run is foreign to the article (the even half's figures: module doc).
const MAX_SHARED_WORDS: f64 = 0.25;
/// Under this share of a run's word pairs met in the article (and [`MAX_SHARED_WORDS`]).
const MAX_SHARED_PAIRS: f64 = 0.1;
/// Fewest units a run holds for its share to mean anything: content words for a run
/// ([`ArticleWords::foreign`]), word pairs for a line that may head a paragraph
/// ([`ArticleWords::may_head`]).
const MIN_UNITS: usize = 6;

impl ArticleWords {
    /// The words of the open lines `first..=last` of `st` (the body, from its first paragraph
    /// to its last) and of its `title` line, which names the article's subject.
    pub fn of(st: &State, title: Option<usize>, first: usize, last: usize) -> Self {
        let lines: Vec<usize> = title
            .filter(|&t| t < first)
            .into_iter()
            .chain((first..=last).filter(|&i| st.open(i)))
            .collect();
        // room for a word and a pair per word of the lines (a word of letters and digits split
        // by punctuation, `U.S.`, makes more): the maps seldom grow
        let room: usize = lines.iter().map(|&i| st.lines[i].words).sum();
        let mut words = HashedMap::with_capacity_and_hasher(room, Default::default());
        let mut pairs = HashedMap::with_capacity_and_hasher(room, Default::default());
        for i in lines {
            let mut before = None;
            each_word(st.text(i), |_, hash| {
                *words.entry(hash).or_default() += 1;
                if let Some(b) = before.replace(hash) {
                    *pairs.entry(hashed::pair(b, hash)).or_default() += 1;
                }
            });
        }
        ArticleWords { words, pairs }
    }

    /// Whether the lines `run` of `st` share under [`MAX_SHARED_WORDS`] of their content words
    /// and under [`MAX_SHARED_PAIRS`] of their word pairs with the article: another story's.
    pub fn foreign(&self, st: &State, run: &[usize]) -> bool {
        let shares = self.shares(st, run);
        shares.words >= MIN_UNITS
            && (shares.shared_words as f64) < MAX_SHARED_WORDS * shares.words as f64
            && !shares.pairs_met()
    }

    /// Whether line `i` of `st` may be a subheading of the article: too few word pairs to
    /// judge ([`MIN_UNITS`]), or [`MAX_SHARED_PAIRS`] of them met in the article (`Những
    /// điều cần lưu ý khi đi hiến máu` in a report on a blood drive). A Vietnamese headline of
    /// another story shares syllables with any article, rarely a pair of them; and its
    /// syllables are mostly stop words (`Khởi công cầu Tứ Liên nối quận Tây Hồ và huyện Đông
    /// Anh` holds five content words in twelve), so its pairs, not its content words, say
    /// whether it is long enough to judge.
    pub fn may_head(&self, st: &State, i: usize) -> bool {
        let shares = self.shares(st, &[i]);
        shares.pairs < MIN_UNITS || shares.pairs_met()
    }

    /// How many content words and word pairs the lines `run` hold, and how many of them the
    /// article holds more often than the run.
    fn shares(&self, st: &State, run: &[usize]) -> Shares {
        let (mut words, mut pairs) = (HashedMap::<usize>::default(), HashedMap::default());
        for &i in run {
            each_unit(st.text(i), |unit| {
                let (map, h) = match unit {
                    Unit::Word(h) => (&mut words, h),
                    Unit::Pair(h) => (&mut pairs, h),
                };
                *map.entry(h).or_default() += 1;
            });
        }
        // each of the run's units, as often as the run holds it: shared when the article holds
        // it more often
        let shared = |own: &HashedMap<usize>, article: &HashedMap<usize>| -> (usize, usize) {
            own.iter().fold((0, 0), |(all, shared), (h, &n)| {
                let held = article.get(h).copied().unwrap_or(0);
                (all + n, shared + if held > n { n } else { 0 })
            })
        };
        let (words, shared_words) = shared(&words, &self.words);
        let (pairs, shared_pairs) = shared(&pairs, &self.pairs);
        Shares {
            words,
            shared_words,
            pairs,
            shared_pairs,
        }
    }
}

/// A run's content words and word pairs, and those the article shares ([`ArticleWords`]).
struct Shares {
    words: usize,
    shared_words: usize,
    pairs: usize,
    shared_pairs: usize,
}

impl Shares {
    /// Whether [`MAX_SHARED_PAIRS`] of the word pairs or more are met in the article.
    fn pairs_met(&self) -> bool {
        self.shared_pairs as f64 >= MAX_SHARED_PAIRS * self.pairs.max(1) as f64
    }
}

enum Unit {
    /// A content word: not a stop word, not a number, two characters or more.
    Word(u64),
    /// Two adjacent words (not both stop words, neither a number).
    Pair(u64),
}

/// The content words and word pairs of `text`: a content word is no stop word, no number and
/// two characters or more; a pair is two adjacent words, not both stop words, neither a number.
fn each_unit(text: &str, mut found: impl FnMut(Unit)) {
    // the word before: its hash, whether it is a stop word, whether it is a number
    let mut previous: Option<(u64, bool, bool)> = None;
    each_word(text, |word, hash| {
        let number = word.chars().all(|c| c.is_numeric());
        let stop = is_stopword(word);
        if !stop && !number && word.chars().nth(1).is_some() {
            found(Unit::Word(hash));
        }
        if let Some((before, before_stop, before_number)) = previous {
            if !(number || before_number || (stop && before_stop)) {
                found(Unit::Pair(hashed::pair(before, hash)));
            }
        }
        previous = Some((hash, stop, number));
    });
}

/// FNV-1a's 64-bit offset basis and prime ([`each_word`]'s hash).
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// The words of `text` (runs of letters and digits, `\w+`), each with a hash of its lower case
/// (FNV-1a over its lowercase characters, read in the one pass that finds the word: no lowercase
/// text is written, and the body's every word is read).
fn each_word(text: &str, mut each: impl FnMut(&str, u64)) {
    let mut start = None;
    let mut hash = FNV_OFFSET;
    let mix = |hash: &mut u64, c: char| *hash = (*hash ^ u64::from(c)).wrapping_mul(FNV_PRIME);
    for (at, c) in text.char_indices() {
        if chars::is_alphanumeric(c) {
            if start.is_none() {
                start = Some(at);
                hash = FNV_OFFSET;
            }
            match chars::simple_lowercase(c) {
                Some(lower) => mix(&mut hash, lower),
                None => c.to_lowercase().for_each(|lower| mix(&mut hash, lower)),
            }
        } else if let Some(from) = start.take() {
            each(&text[from..at], hash);
        }
    }
    if let Some(from) = start {
        each(&text[from..], hash);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::boilerplate::record;
    use crate::config::RuleSelection;

    fn check(text: &str, run: &[usize]) -> bool {
        let all = record::split(text);
        let lines: Vec<_> = all.iter().collect();
        let on = RuleSelection::default();
        let st = State::fresh(&lines, &on);
        ArticleWords::of(&st, None, 0, lines.len() - 1).foreign(&st, run)
    }

    const ABOVE: &str = "Chiều 9/1, Thủ tướng Nguyễn Xuân Phúc đã tiếp Bộ trưởng Nội vụ và Truyền \
                         thông Nhật Bản về hợp tác chính phủ điện tử và an ninh mạng.";
    const BELOW: &str = "Bộ trưởng cho biết Nhật Bản sẵn sàng chia sẻ kinh nghiệm xây dựng chính \
                         phủ điện tử, an ninh mạng và hạ tầng viễn thông với Việt Nam.";

    /// Two headlines of other stories between two paragraphs: foreign, though `Thủ tướng` is
    /// the article's word too.
    #[test]
    fn other_stories_headlines_are_foreign() {
        let text = format!(
            "{ABOVE}\nLãi suất tiết kiệm tiếp tục giảm ở nhiều ngân hàng\nThủ tướng yêu cầu gỡ \
             vướng mắc cho các dự án điện gió\n{BELOW}\n"
        );
        assert!(check(&text, &[1, 2]));
    }

    /// A section's heading and its first subsection's, in the article's words: not foreign.
    #[test]
    fn subheadings_in_the_articles_words_are_not() {
        let text = format!(
            "{ABOVE}\nHợp tác chính phủ điện tử\nKinh nghiệm an ninh mạng của Nhật Bản\n{BELOW}\n"
        );
        assert!(!check(&text, &[1, 2]));
    }

    /// English, where words are words: a heading pair on the article's subject stays, two
    /// headlines of other stories do not.
    #[test]
    fn english_headings_and_headlines() {
        let above = "The council approved the new bus routes on Tuesday after a long debate \
                     about fares and the cost of running services at night.";
        let below = "Night services will start in March, and the council expects fares to stay \
                     at their current level for at least a year.";
        let own = format!("{above}\nNight bus routes\nWhat happens to fares\n{below}\n");
        assert!(!check(&own, &[1, 2]));
        let other = format!(
            "{above}\nLocal bakery wins national award for sourdough\nPolice appeal for \
             witnesses after warehouse fire\n{below}\n"
        );
        assert!(check(&other, &[1, 2]));
    }

    /// A run of too few content words says nothing: `Xem thêm` / `Video` is not judged.
    #[test]
    fn a_run_of_few_words_is_not_judged() {
        let text = format!("{ABOVE}\nGiá vàng\nBóng đá\n{BELOW}\n");
        assert!(!check(&text, &[1, 2]));
    }
}
