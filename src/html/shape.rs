//! The shape of a page around its best prose container: whether the container is the page's
//! content, or the page is something else — prose spread over sections (a service page), a
//! page of cards whose one long description won the scoring (a shop, a coupon page), a grid
//! beside it, a listing of teasers. Each test names its evidence; on a yes the page's content
//! is its main region instead of the container.
//!
//! All are structural (shares of text, siblings with one tag and class, link density): no
//! vocabulary, so they hold on sites never seen.

use std::collections::HashMap;

use scraper::Html;

use super::container::{self, Scored};
use super::content::{link_density, region_of, Class, Declared, BAD_LINK_DENSITY};
use super::dom::{Block, ElementId, Page, TagKind};
use super::vocab::Hint;

/// The article container holds less than this share of the prose outside template elements:
/// the page's prose is spread over sections (tuned on the even half of wcxb-dev: 0.5 → word F1
/// 0.808, 0.8 → 0.822, 0.9 → 0.821) …
const SCATTERED_SHARE: f64 = 0.8;
/// … in at least this many prose blocks outside the container (one paragraph in a sidebar
/// does not make sections) …
const SCATTERED_MIN_PARTS: usize = 2;
/// … or, on a page that declares itself an article, this share (0 → 0.801, 0.25 → 0.814 with
/// the ScrapingHub and Vietnamese sets unchanged, 0.4 → 0.818 with ScrapingHub lower).
const SCATTERED_DECLARED_SHARE: f64 = 0.25;
/// The best prose container holds less than this share of the text outside template elements,
/// on a page that does not declare itself an article: a page of cards (tuned on the even half of
/// wcxb-dev: 0.1 → word F1 0.831, 0.2 → 0.833 with products unchanged, 0.3 → 0.833 with
/// products 0.02 lower).
const THIN_SHARE: f64 = 0.2;
/// A container holding less than this many characters of text, on a page that declares no
/// article, product, collection or thread, with a titled part of the main region outside it, is
/// one section of a landing or service page ([`short`]; any length on a documentation site, where
/// that lifts the even half's documentation pages 0.959 → 0.960 and changes nothing else). Tuned
/// on the even half of wcxb-dev, service pages' word F1: never 0.841, 2,500 → 0.853, 3,000 →
/// 0.853, 3,500 → 0.853 with listings 0.003 higher and services 0.001 lower, 5,000 → 0.853 with
/// articles 0.0005 lower.
const SHORT_CHARS: usize = 3000;
/// … or of any length when at least this share of its text is program text, on a site not known
/// as documentation by its address (tuned on the even half of wcxb-dev, documentation pages' word
/// F1: never 0.9601, 0.25 → 0.9601, 0.2 → 0.9613 with nothing else changed, 0.1 → 0.9615 with an
/// article 0.01 lower).
const SHORT_CODE_SHARE: f64 = 0.2;
/// A container that is one of this many siblings with its tag and class, each holding text, is
/// one card of a list …
const CARD_SIBLINGS: usize = 4;
/// … each holding at least this many characters …
const CARD_MIN_CHARS: usize = 20;
/// … the container's card holding less than this share of their text …
const CARD_MAX_SHARE: f64 = 0.5;
/// … looking this many ancestors up from the container (a card's description inside the card).
const CARD_LEVELS: usize = 2;
/// A grid of at least this many cards outside the container …
const GRID_CARDS: usize = 6;
/// … of at least this many blocks each on average, holding more text than the container, makes
/// the page a collection.
const GRID_BLOCKS_PER_CARD: usize = 2;

/// A page whose prose is spread over sections (a service page, a landing page, an article in
/// sibling parts the container scoring does not join): the best container holds less than
/// [`SCATTERED_SHARE`] of the prose outside template elements, so the page's content is its
/// main region, every section of it. A page that declares itself an article (JSON-LD, `og:type`)
/// needs stronger evidence, [`SCATTERED_DECLARED_SHARE`]: there, prose outside the container is
/// mostly related-story summaries and comments in unmarked boxes.
pub(super) fn scattered(
    page: &Page,
    classes: &[Class],
    scored: &[Scored],
    container: &container::Container,
    article_declared: bool,
) -> Option<String> {
    // list items count as in the container's scoring: not at all (teaser lists)
    let (mut total, mut held, mut parts_outside) = (0usize, 0usize, 0usize);
    for ((b, class), s) in page.blocks.iter().zip(classes).zip(scored) {
        if *class != Class::Good || s.excluded || page.element(b.element).tag.is_list_line() {
            continue;
        }
        total += b.chars;
        if container.holds(page, b.element) {
            held += b.chars;
        } else {
            parts_outside += 1;
        }
    }
    if parts_outside < SCATTERED_MIN_PARTS {
        return None;
    }
    let share = match article_declared {
        true => SCATTERED_DECLARED_SHARE,
        false => SCATTERED_SHARE,
    };
    ((held as f64) < share * total as f64).then(|| {
        format!("the best prose container holds {held} of the {total} characters of prose")
    })
}

/// A page of cards (a shop's grid, a news front page): the best prose container is one
/// description or one teaser, and holds under [`THIN_SHARE`] of the text outside template
/// elements; the rest is short titles, prices and snippets the prose scoring does not see.
/// Only an article declared in JSON-LD is exempt: themes write `og:type` article on category
/// pages too.
pub(super) fn thin(
    page: &Page,
    template_of: &[Option<ElementId>],
    container: &container::Container,
    article_declared: bool,
) -> Option<String> {
    if article_declared {
        return None;
    }
    let (mut total, mut held) = (0usize, 0usize);
    // lines of a list do not count: a short article above a list of teaser lines is an article;
    // nor do photo captions and bylines, but what elements named caption hold does (card titles)
    let aside = |el: &super::dom::Element| {
        el.aside.is_some_and(|a| {
            let owner = page.element(a);
            !(owner.named && owner.hint == Some(Hint::Caption))
        })
    };
    for (b, t) in page.blocks.iter().zip(template_of) {
        let el = page.element(b.element);
        if t.is_some() || aside(el) || el.tag.is_list_line() {
            continue;
        }
        total += b.chars;
        if container.holds(page, b.element) {
            held += b.chars;
        }
    }
    ((held as f64) < THIN_SHARE * total as f64)
        .then(|| format!("the best prose container holds {held} of the {total} characters of text"))
}

/// One section of a landing or service page: the best prose container holds less than
/// [`SHORT_CHARS`] characters of text, the page declares neither an article (JSON-LD or any
/// `og:type` article), a product, a collection nor a thread, and in the page's main region a
/// heading outside the container has text of its own under it. A page that says nothing of
/// itself, whose longest run of prose is a few paragraphs and that has other titled parts is a
/// company's, a tool's, a service's page, whose content is every section (the intro, the
/// features, the plans), not the one with the most commas. A short undeclared article beside a
/// sidebar paragraph or a list of teasers has no titled part outside its container (its headline
/// stands right above it, or above its byline or date: a heading whose first text is one is a
/// headline; a related box's title is a template's). On a documentation site (by address), or
/// when the container is largely program text ([`SHORT_CODE_SHARE`]: a reference page saved
/// without its address), the container may be of any length: a reference page's title, synopsis
/// and item tables stand beside its longest description.
pub(super) fn short(
    page: &Page,
    text: &TextUnder,
    template_of: &[Option<ElementId>],
    container: &container::Container,
    declared: Declared,
) -> Option<String> {
    // a documentation site writes `og:type` article on its reference pages as on its blog's
    // posts: there, only JSON-LD declares an article
    let article = match declared.documentation {
        true => declared.article_in_json_ld,
        false => declared.article || declared.og_article,
    };
    if article || declared.product || declared.collection || declared.forum {
        return None;
    }
    let held: usize = container.tops(page).map(|e| text.chars[e as usize]).sum();
    if held >= SHORT_CHARS && !declared.documentation && !program_text(page, template_of, container)
    {
        return None;
    }
    let region = region_of(page, text)?;
    // a heading outside the container followed by text of its own, before the container resumes
    let mut heading_open = false;
    let mut titled = false;
    for (b, t) in page.blocks.iter().zip(template_of) {
        if t.is_some() || !page.ancestors(b.element).any(|a| a == region) {
            continue;
        }
        if container.holds(page, b.element) {
            heading_open = false;
            continue;
        }
        let el = page.element(b.element);
        if matches!(el.tag, TagKind::Heading(_)) {
            heading_open = link_density(b) < BAD_LINK_DENSITY;
        } else if heading_open && el.aside.is_some() {
            // a heading whose text opens with a byline or a date is an article's headline
            heading_open = false;
        } else if heading_open {
            titled = true;
            break;
        }
    }
    titled.then(|| {
        format!(
            "a page that declares no article, whose best prose container holds {held} characters \
             of text and whose main region has other titled parts"
        )
    })
}

/// The container's text is at least [`SHORT_CODE_SHARE`] program text (`<code>`, `<pre>`): a
/// reference page's description, whose item tables and synopsis stand beside it.
fn program_text(
    page: &Page,
    template_of: &[Option<ElementId>],
    container: &container::Container,
) -> bool {
    let (mut code, mut all) = (0, 0);
    for (b, t) in page.blocks.iter().zip(template_of) {
        if t.is_none() && container.holds(page, b.element) {
            code += b.code_chars;
            all += b.chars;
        }
    }
    code as f64 >= SHORT_CODE_SHARE * all.max(1) as f64
}

/// One card of a list: the best prose container, or one of its nearest [`CARD_LEVELS`]
/// ancestors, is one of at least [`CARD_SIBLINGS`] siblings with its tag and class that hold
/// text, and holds less than half of their text (a coupon page's offers, a forum's posts, a
/// shop's product tiles): the one card with a long description won the scoring, and the page's
/// content is the list, every card of it. An article cut in parts by boxes (unnamed `<div>`s
/// between the tip boxes) has most of its text in the part that won.
pub(super) fn card(
    page: &Page,
    html: &Html,
    text: &TextUnder,
    container: &container::Container,
) -> Option<String> {
    let chars = &text.chars;
    let tag = |e: ElementId| tag_name(page, html, e);
    let mut at = container.top;
    for _ in 0..=CARD_LEVELS {
        let parent = page.element(at).parent?;
        let (class, name) = (page.element(at).class, tag(at));
        let (mut cards, mut total) = (0, 0);
        for (e, el) in page.elements.iter().enumerate() {
            if el.parent == Some(parent)
                && el.class == class
                && chars[e] >= CARD_MIN_CHARS
                && tag(e as ElementId) == name
            {
                cards += 1;
                total += chars[e];
            }
        }
        // a card among equals, not an article cut in parts whose body holds most of the text
        if cards >= CARD_SIBLINGS && (chars[at as usize] as f64) < CARD_MAX_SHARE * total as f64 {
            return Some(format!(
                "the best prose container is one of {cards} cards {}",
                page.describe(html, at)
            ));
        }
        at = parent;
    }
    None
}

/// A grid of cards beside the container: at least [`GRID_CARDS`] siblings with one tag and
/// class, outside the container, each of several blocks (a title and a price, a headline and a
/// snippet), holding more text than the container (a shop's category page whose one prose block
/// is the description under its product grid). A page that declares itself an article (JSON-LD
/// or `og:type`) is exempt: a short news story above a grid of related stories is the story. A
/// menu's items are one link each, not cards.
pub(super) fn grid(
    page: &Page,
    html: &Html,
    text: &TextUnder,
    container: &container::Container,
    article_declared: bool,
) -> Option<String> {
    if article_declared {
        return None;
    }
    let held = text.chars[container.top as usize];
    let mut around = vec![false; page.elements.len()];
    for a in page.ancestors(container.top) {
        around[a as usize] = true;
    }
    // per (parent, tag, class): cards, their characters and blocks
    let mut groups: HashMap<Siblings, (usize, usize, usize)> = HashMap::new();
    for (e, el) in page.elements.iter().enumerate() {
        let Some(parent) = el.parent else { continue };
        if text.chars[e] < CARD_MIN_CHARS || around[e] || container.holds(page, e as ElementId) {
            continue;
        }
        let group = groups
            .entry((parent, tag_name(page, html, e as ElementId), el.class))
            .or_default();
        group.0 += 1;
        group.1 += text.chars[e];
        group.2 += text.blocks[e];
    }
    let (&(parent, _, _), &(cards, chars, _)) = groups
        .iter()
        .filter(|(_, &(cards, chars, blocks))| {
            cards >= GRID_CARDS && blocks >= GRID_BLOCKS_PER_CARD * cards && chars > held
        })
        // ties broken by what the reason names, so the output does not hang on hash order
        .max_by_key(|(&(parent, _, _), &(cards, chars, _))| {
            (chars, std::cmp::Reverse(parent), cards)
        })?;
    Some(format!(
        "a grid of {cards} cards in {} holds {chars} characters, the best prose container {held}",
        page.describe(html, parent)
    ))
}

/// Siblings of one kind: their parent, tag name and class.
type Siblings<'a> = (ElementId, Option<&'a str>, Option<u32>);

/// Text outside template elements under each element: characters, blocks, and blocks that are
/// `<h1>`-`<h3>` headings.
pub(super) struct TextUnder {
    pub(super) chars: Vec<usize>,
    pub(super) blocks: Vec<usize>,
    pub(super) headings: Vec<usize>,
}

impl TextUnder {
    pub(super) fn new(page: &Page, template_of: &[Option<ElementId>]) -> Self {
        let mut chars = vec![0usize; page.elements.len()];
        let mut blocks = vec![0usize; page.elements.len()];
        let mut headings = vec![0usize; page.elements.len()];
        for (b, t) in page.blocks.iter().zip(template_of) {
            if t.is_none() {
                let heading = matches!(page.element(b.element).tag, TagKind::Heading(1..=3));
                for e in page.ancestors(b.element) {
                    chars[e as usize] += b.chars;
                    blocks[e as usize] += 1;
                    headings[e as usize] += usize::from(heading);
                }
            }
        }
        TextUnder {
            chars,
            blocks,
            headings,
        }
    }
}

/// The element's tag name (`div`, `li`, `section`): the kinds the classifier lumps as
/// [`TagKind::Other`] are told apart when siblings are compared.
fn tag_name<'a>(page: &Page, html: &'a Html, e: ElementId) -> Option<&'a str> {
    html.tree
        .get(page.element(e).node)
        .and_then(|n| n.value().as_element().map(|el| el.name()))
}

/// Teasers make a listing: on home and category pages nearly every prose block is a short
/// summary right after its headline link; in an article almost none is.
pub(super) fn listing(page: &Page, classes: &[Class], inside: &[usize]) -> Option<String> {
    let headline = |b: &Block| b.chars >= 25 && link_density(b) >= 0.9;
    let (mut prose, mut teasers) = (0, 0);
    for (k, &i) in inside.iter().enumerate() {
        if classes[i] != Class::Good {
            continue;
        }
        prose += 1;
        let block = &page.blocks[i];
        let after_headline = k > 0 && headline(&page.blocks[inside[k - 1]]);
        teasers += usize::from(after_headline && block.chars <= 350);
    }
    (prose >= 4 && teasers * 5 >= prose * 3).then(|| {
        format!("a listing, not an article: {teasers} of its {prose} prose blocks are summaries right after a headline link")
    })
}
