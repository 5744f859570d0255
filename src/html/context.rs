//! Context rules inside the article container, after the container is chosen: the headline
//! moves to metadata, an end-of-article heading after enough article text ends the article, link
//! lists and template phrases go, and short blocks take the class of their neighbours (jusText's
//! smoothing, boilerpipe's terminating blocks). Kept apart from [`super::content`]'s choice of
//! what the page's content is: these rules only read blocks already inside it.
//!
//! Link density alone cannot tell a menu from the links an article's own text makes: a
//! documentation page's `For more information, see …`, an API reference's item names in
//! `<code>`, a listicle's headings that link the product they review, a checklist that links an
//! item here and there. What sets those apart is where they stand (between article prose, in the
//! flow of its paragraphs) and their shape (a full stop, program text, a list mostly written),
//! never their words; and once kept, they are prose for their neighbours.

use super::content::{link_density, words, Class, Verdict};
use super::dom::{Block, ElementId, Page, TagKind};
use super::rules::*;
use super::vocab;
use crate::boilerplate::lexicon;
use crate::pipeline::{Metadata, RuleSet};
use std::collections::{HashMap, HashSet};

/// Article words that must precede an end-of-article heading (boilerpipe uses 60).
const END_MARKER_MIN_WORDS: usize = 60;
/// A list item of links naming a topic has at least this many words (see [`indexed_topic`]).
const TOPIC_WORDS: usize = 4;
/// A list of fewer lines is not told written or linked by its share of links (see
/// [`written_lists`]).
const LIST_ITEMS: usize = 3;

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
    on: &RuleSet,
) {
    let good_words: Vec<usize> = inside
        .iter()
        .map(|&i| match classes[i] {
            Class::Good => words(&page.blocks[i].text),
            _ => 0,
        })
        .collect();
    let written = written_lists(page, inside);
    // blocks of a written list between article prose: the article's own list
    let mut listed = vec![false; inside.len()];
    let mut words_left: usize = good_words.iter().sum();
    // long prose paragraphs still to come: teasers after a real end are short
    let long = |i: usize| classes[i] == Class::Good && page.blocks[i].chars >= 150;
    let mut long_left = inside.iter().filter(|&&i| long(i)).count();
    let mut article_words = 0;
    let mut seen_good = false;
    let mut ended: Option<String> = None;
    // the cues of the boxes inside the article met so far (a handful at most)
    let mut box_cues: Vec<&str> = Vec::new();
    // the element around the last article paragraph: the flow of the article's text
    let mut flow = None;
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
            // the title either way; with H008 off it stays the text's first line too
            meta.title
                .get_or_insert_with(|| block.text.replace('\n', " "));
            if on.enabled(HEADLINE) {
                verdicts[i] = Verdict::Drop(HEADLINE, "the headline, moved to metadata".into());
            }
        } else if class == Class::Good {
            seen_good = true;
            flow = page.element(block.element).parent;
            article_words += good_words[k];
        } else if let Some(cue) = (on.enabled(END_OF_ARTICLE)
            && article_words >= END_MARKER_MIN_WORDS)
            .then(|| lexicon::end_marker(&block.text, &[], 4))
            .flatten()
        {
            // article paragraphs after it: a box inside the article, not its end; and a cue
            // already read as a box's is a button each item of the article repeats (a
            // listicle's `Read more` under every product), not its end either
            let inner_box =
                words_left >= article_words || long_left >= 3 || box_cues.contains(&cue);
            if inner_box && !box_cues.contains(&cue) {
                box_cues.push(cue);
            }
            let reason = if inner_box {
                format!("heading «{cue}» of a box inside the article ({words_left} words follow)")
            } else {
                format!("end-of-article heading «{cue}» after {article_words} words")
            };
            verdicts[i] = Verdict::Drop(END_OF_ARTICLE, reason.into());
            if !inner_box {
                ended = Some(block.text.chars().take(60).collect());
            }
        } else if article_words > 0 && words_left > 0 && in_list(page, block, &written) {
            listed[k] = true;
        } else if class == Class::Bad && on.enabled(LINK_DENSE) && {
            let between = article_words > 0 && words_left > 0;
            let next = inside.get(k + 1).map(|&j| classes[j]);
            !(indexed_topic(page, block, words_left)
                || (between && cross_reference(page, block))
                || titles_prose(page, block, flow, next))
        } {
            let reason = format!(
                "link density {:.2} ({} of {} characters in links)",
                link_density(block),
                block.link_chars,
                block.chars
            );
            verdicts[i] = Verdict::Drop(LINK_DENSE, reason.into());
        } else if let Some(kind) = (block.chars <= 200 && on.enabled(TEMPLATE_PHRASE))
            .then(|| lexicon::chrome(&block.text, 12))
            .flatten()
        {
            verdicts[i] = Verdict::Drop(
                TEMPLATE_PHRASE,
                format!("{kind} phrase in a short block").into(),
            );
        }
    }
    if !on.enabled(CONTEXT) {
        return;
    }
    // what each block is for its neighbours: kept prose, dropped, or still undecided
    let context: Vec<Class> = inside
        .iter()
        .zip(&listed)
        .map(|(&i, &listed)| match &verdicts[i] {
            Verdict::Drop(..) => Class::Bad,
            // a written list's lines, and links the text makes (kept though link-dense): the
            // article's own, and its neighbours read beside them
            Verdict::Keep if listed || classes[i] == Class::Bad => Class::Good,
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

/// The lists inside the container that are written, not linked: at least [`LIST_ITEMS`] lines,
/// under half of their characters in links (a checklist that links a product here and there). A
/// menu, a table of contents or a see-also list is links from end to end.
fn written_lists(page: &Page, inside: &[usize]) -> HashSet<ElementId> {
    let mut lists: HashMap<ElementId, (usize, usize, usize)> = HashMap::new();
    for &i in inside {
        let block = &page.blocks[i];
        let element = page.element(block.element);
        if let (true, Some(list)) = (element.tag.is_list_line(), element.parent) {
            let (lines, chars, links) = lists.entry(list).or_default();
            *lines += 1;
            *chars += block.chars;
            *links += block.link_chars;
        }
    }
    lists
        .into_iter()
        .filter(|&(_, (lines, chars, links))| lines >= LIST_ITEMS && links * 2 < chars)
        .map(|(list, _)| list)
        .collect()
}

/// A line of one of the `written` lists ([`written_lists`]).
fn in_list(page: &Page, block: &Block, written: &HashSet<ElementId>) -> bool {
    let element = page.element(block.element);
    element.tag.is_list_line() && element.parent.is_some_and(|p| written.contains(&p))
}

/// A cross-reference inside the text: a paragraph that is a sentence ending in a full stop and
/// links what it names (`For more information, see Writing workflows.`, `Example: Invoke
/// executables.`), or a line whose links are program text (an API reference's `proxy_port
/// string`: its item names link to their definitions). Called only between article prose, where
/// a menu or a see-also list would be labels without a full stop, and a teaser's headline has
/// none either.
fn cross_reference(page: &Page, block: &Block) -> bool {
    let tag = page.element(block.element).tag;
    if matches!(tag, TagKind::Heading(_)) {
        return false;
    }
    let text = block.text.trim_end();
    let full_stop = text.ends_with('.') && !text.ends_with("..");
    let sentence = full_stop && !tag.is_list_line() && block.link_chars < block.chars;
    sentence || block.code_chars >= block.link_chars
}

/// A heading that links to its subject, in the flow of the article's paragraphs (`flow`, the
/// element around the last one) with a paragraph of prose right after it: an item of the article
/// (a listicle's product, a roundup's entry), titled by a link to what it describes. A teaser
/// box's titles sit in cards of their own, outside the flow, and before any prose there is no
/// flow yet.
fn titles_prose(page: &Page, block: &Block, flow: Option<ElementId>, next: Option<Class>) -> bool {
    let element = page.element(block.element);
    matches!(element.tag, TagKind::Heading(_))
        && flow.is_some()
        && element.parent == flow
        && next == Some(Class::Good)
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
