//! Context rules inside the article container, after the container is chosen: the headline
//! moves to metadata, an end-of-article heading after enough article text ends the article, link
//! lists and template phrases go, and short blocks take the class of their neighbours (jusText's
//! smoothing, boilerpipe's terminating blocks). Kept apart from [`super::content`]'s choice of
//! what the page's content is: these rules only read blocks already inside it.

use super::content::{link_density, words, Class, Verdict};
use super::dom::{Block, Page, TagKind};
use super::rules::*;
use super::vocab;
use crate::boilerplate::lexicon;
use crate::pipeline::Metadata;

/// Article words that must precede an end-of-article heading (boilerpipe uses 60).
const END_MARKER_MIN_WORDS: usize = 60;
/// A list item of links naming a topic has at least this many words (see [`indexed_topic`]).
const TOPIC_WORDS: usize = 4;

/// Context rules inside the container: headline, end-of-article heading, link lists and
/// template phrases, then smoothing of short blocks by their neighbours (none on a `reference`
/// page, a documentation site's, whose short blocks are its tables' cells).
pub(super) fn in_context(
    page: &Page,
    classes: &[Class],
    inside: &[usize],
    verdicts: &mut [Verdict],
    meta: &mut Metadata,
    reference: bool,
) {
    let good_words: Vec<usize> = inside
        .iter()
        .map(|&i| match classes[i] {
            Class::Good => words(&page.blocks[i].text),
            _ => 0,
        })
        .collect();
    let mut words_left: usize = good_words.iter().sum();
    // long prose paragraphs still to come: teasers after a real end are short
    let long = |i: usize| classes[i] == Class::Good && page.blocks[i].chars >= 150;
    let mut long_left = inside.iter().filter(|&&i| long(i)).count();
    let mut article_words = 0;
    let mut seen_good = false;
    let mut ended: Option<String> = None;
    for (k, &i) in inside.iter().enumerate() {
        let block = &page.blocks[i];
        let class = classes[i];
        words_left -= good_words[k];
        long_left -= usize::from(long(i));
        if let Some(marker) = &ended {
            verdicts[i] = Verdict::Drop(
                END_OF_ARTICLE,
                format!("after the heading «{marker}»").into(),
            );
        } else if !seen_good && is_headline(block, page.element(block.element).tag, meta) {
            meta.title
                .get_or_insert_with(|| block.text.replace('\n', " "));
            verdicts[i] = Verdict::Drop(HEADLINE, "the headline, moved to metadata".into());
        } else if class == Class::Good {
            seen_good = true;
            article_words += good_words[k];
        } else if let Some(cue) = (article_words >= END_MARKER_MIN_WORDS)
            .then(|| lexicon::end_marker(&block.text, &[], 4))
            .flatten()
        {
            // article paragraphs after it: a box inside the article, not its end
            let inner_box = words_left >= article_words || long_left >= 3;
            let reason = if inner_box {
                format!("heading «{cue}» of a box inside the article ({words_left} words follow)")
            } else {
                format!("end-of-article heading «{cue}» after {article_words} words")
            };
            verdicts[i] = Verdict::Drop(END_OF_ARTICLE, reason.into());
            if !inner_box {
                ended = Some(block.text.chars().take(60).collect());
            }
        } else if class == Class::Bad && !indexed_topic(page, block, words_left) {
            let reason = format!(
                "link density {:.2} ({} of {} characters in links)",
                link_density(block),
                block.link_chars,
                block.chars
            );
            verdicts[i] = Verdict::Drop(LINK_DENSE, reason.into());
        } else if let Some(kind) = (block.chars <= 200)
            .then(|| lexicon::chrome(&block.text, 12))
            .flatten()
        {
            verdicts[i] = Verdict::Drop(
                TEMPLATE_PHRASE,
                format!("{kind} phrase in a short block").into(),
            );
        }
    }
    // what each block is for its neighbours: kept prose, dropped, or still undecided
    let context: Vec<Class> = inside
        .iter()
        .map(|&i| match &verdicts[i] {
            Verdict::Drop(..) => Class::Bad,
            Verdict::Keep => classes[i],
        })
        .collect();
    // the nearest decided class before and after each block (the container's edges count as
    // boilerplate), in two linear sweeps
    let sweep = |order: &mut dyn Iterator<Item = usize>| {
        let mut nearest = vec![Class::Bad; context.len()];
        let mut last = Class::Bad;
        for k in order {
            nearest[k] = last;
            if context[k] != Class::Short {
                last = context[k];
            }
        }
        nearest
    };
    let before = sweep(&mut (0..context.len()));
    let after = sweep(&mut (0..context.len()).rev());
    for (k, &i) in inside.iter().enumerate() {
        if context[k] != Class::Short {
            continue;
        }
        let (prev, next) = (before[k], after[k]);
        let block = &page.blocks[i];
        let tag = page.element(block.element).tag;
        let keep = match (prev, next) {
            // a reference page's argument tables, type names and option values are short
            // blocks in runs of their own; its container is its body
            _ if reference => true,
            (Class::Good, Class::Good) => true,
            (Class::Good, _) | (_, Class::Good) => {
                tag.is_list_line()
                    || tag == TagKind::Row
                    || (matches!(tag, TagKind::Heading(_)) && next == Class::Good)
                    || near_good(block)
            }
            _ => false,
        };
        if !keep {
            let words = block.text.split_whitespace().count();
            verdicts[i] = Verdict::Drop(
                CONTEXT,
                format!(
                    "short block ({words} words) between boilerplate or at the edge of the article"
                )
                .into(),
            );
        }
    }
}

/// A list item of links, of at least [`TOPIC_WORDS`] words, with article prose after it: a list
/// in the middle of the text that names topics is the article's own index or references (a
/// documentation page's list of algorithms); a table of contents and "see also" links are labels
/// of a word or two, and link lists after the last paragraph are what the site adds.
fn indexed_topic(page: &Page, block: &Block, words_left: usize) -> bool {
    page.element(block.element).tag.is_list_line()
        && words_left > 0
        && words(&block.text) >= TOPIC_WORDS
}

/// The article's headline: an `<h1>`, or a heading equal to the page title, before any prose.
fn is_headline(block: &Block, tag: TagKind, meta: &Metadata) -> bool {
    let same = |t: &str| t.trim().eq_ignore_ascii_case(block.text.trim());
    tag == TagKind::Heading(1) || meta.title.as_deref().is_some_and(same)
}

/// Reads like a sentence of running text, though short: ends like one, or has function words.
fn near_good(b: &Block) -> bool {
    let stopwords = b
        .text
        .split_whitespace()
        .filter(|w| vocab::is_stopword(w))
        .count();
    let words = words(&b.text);
    let sentence = crate::boilerplate::features::ends_sentence(&b.text)
        || b.text.ends_with(['。', '！', '？']);
    (sentence && words >= 3) || (words >= 8 && stopwords * 5 >= words)
}
