//! Which blocks are the article: the decision, block by block, with its reason.
//!
//! Three signals are combined, as the extractors that score best do (see
//! `reference/boilerplate.md`):
//!
//! 1. **Block features** (jusText, boilerpipe): length and link density make each block *good*
//!    (prose), *bad* (a link list) or *short* (undecided); function-word density and template
//!    phrases are read later, only for the blocks inside the container.
//! 2. **The article container** ([`container`], Readability's scoring): the element the prose
//!    paragraphs hang from, plus the siblings that continue it. Template elements (nav, related,
//!    comments, ads — by tag, role, class or id) are out wherever they are, unless they hold most
//!    of the page's prose (a `<div class="has-sidebar">` around the article): [`templates`].
//!    When the container is not the page's content (prose spread over sections, one card of a
//!    list, a grid beside it: [`shape`]), the page's *main region* is kept instead.
//! 3. **Context** ([`super::context`]; jusText smoothing, boilerpipe's terminating blocks):
//!    inside the container, short blocks take the class of their neighbours, a heading before
//!    prose stays, and an end-of-article heading ("Tin liên quan", "Related stories", "Bình
//!    luận") after enough article text ends it. A container whose prose blocks are mostly summaries right after a
//!    headline link is a listing page, with no article at all.
//!
//! Every dropped block gets the rule that decided and a reason naming the evidence.

use std::collections::HashMap;
use std::rc::Rc;

use scraper::Html;

use super::container::{self, Expected, Scored};
use super::context;
use super::dom::{Block, ElementId, Page, TagKind};
use super::rules::*;
use super::shape::{card, grid, listing, scattered, short, thin, TextUnder};
use super::templates::Templates;
use super::vocab::Hint;
use crate::boilerplate::lexicon;
use crate::pipeline::{Metadata, RuleSet};
use crate::rule::Rule;

/// The fate of one block.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    Keep,
    /// The reason is shared: a run of blocks dropped for one reason (a menu) holds one string.
    Drop(&'static Rule, Rc<str>),
}

/// A block's class before context is applied.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Class {
    Good,
    Short,
    Bad,
}

/// Prose: at least this many characters and words, with few of them in links.
const GOOD_CHARS: usize = 70;
const GOOD_WORDS: usize = 8;
const GOOD_MAX_LINK_DENSITY: f64 = 0.35;
/// Link lists: blocks at least this share of whose text is in links.
pub(super) const BAD_LINK_DENSITY: f64 = 0.5;
/// … except long sentences, up to this share.
const DIGEST_MAX_LINK_DENSITY: f64 = 0.75;
/// The best prose container is joined by at least this many elements with its tag and class
/// elsewhere on the page: the page is built of repeated section blocks (a page builder's
/// `elementor-widget-container`), and its content is its main region, sections without long
/// prose included (tuned on the even half of wcxb-dev: 2 → word F1 0.840 with ScrapingHub
/// 0.974 → 0.973, 4 → 0.839 with ScrapingHub and the Vietnamese sets unchanged, 5 → 0.838).
const SECTION_PARTS: usize = 4;
/// An author or date element holds at most this many blocks (name, date, reading time…).
const BYLINE_MAX_BLOCKS: usize = 6;
/// A link button says at most this many words.
const LINK_BUTTON_WORDS: usize = 3;
/// A wrapper of the main region holds this share of its parent's text (outside templates).
const REGION_SHARE: f64 = 0.9;

/// What the page says about itself, read before extraction.
#[derive(Clone, Copy, Debug, Default)]
pub struct Declared {
    /// An article, by JSON-LD or `og:type`.
    pub article: bool,
    /// An article, by JSON-LD.
    pub article_in_json_ld: bool,
    /// A forum or Q&A thread, by JSON-LD or address: `comment` elements are its posts.
    pub forum: bool,
    /// A product, by JSON-LD or `og:type`: its promotion boxes sell other products.
    pub product: bool,
    /// A shop's collection or a list of items, by JSON-LD or address.
    pub collection: bool,
    /// `og:type` says article, whatever the JSON-LD says (SEO plugins write it on every page
    /// of a site, but news sites on their stories only).
    pub og_article: bool,
    /// Documentation, by address: its title, synopsis and item tables beside the longest
    /// description are the page.
    pub documentation: bool,
}

/// How far class and id names are trusted to mark template elements.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Names {
    /// A `sidebar`, `widget` or `related` name makes a template element.
    Trusted,
    /// Only tags and ARIA roles do (`nav`, `footer`, `role=banner`): the baseline extraction,
    /// for pages whose builder names every module a widget or wraps the page in a `modal`.
    Ignored,
}

/// Decides every block of `page`; captions go to `meta`. Also says whether the page has an
/// article (a container that is not a listing).
pub fn classify(
    page: &Page,
    html: &Html,
    meta: &mut Metadata,
    declared: Declared,
    names: Names,
    on: &RuleSet,
) -> (Vec<Verdict>, bool) {
    let article_declared = declared.article;
    let forum = declared.forum;
    let classes: Vec<Class> = page
        .blocks
        .iter()
        .map(|b| class_of(b, page.element(b.element).tag))
        .collect();
    let templates = Templates::new(page, html, &classes, declared, names);
    // the template element each block lies in, once per block
    let template_of: Vec<Option<ElementId>> = page
        .blocks
        .iter()
        .map(|b| templates.of(page, b.element))
        .collect();
    let text = TextUnder::new(page, &template_of);
    let scored: Vec<Scored> = page
        .blocks
        .iter()
        .zip(&classes)
        .zip(&template_of)
        .map(|((b, class), template)| Scored {
            prose: *class == Class::Good,
            excluded: template.is_some() || page.element(b.element).aside.is_some(),
        })
        .collect();
    let Some(container) = container::find(
        page,
        &scored,
        match (forum, article_declared || declared.og_article) {
            (true, _) => Expected::Thread,
            (false, true) => Expected::Article,
            (false, false) => Expected::Other,
        },
        |e| templates.of(page, e).is_some(),
    ) else {
        let why = "no block reads as article prose";
        return (
            main_region(
                page,
                html,
                &template_of,
                &text,
                meta,
                why,
                Mode::region(declared, false, on),
            ),
            false,
        );
    };
    let outside: Rc<str> = format!(
        "outside the article container {}",
        page.describe(html, container.top)
    )
    .into();
    let captions = meta.captions.len();
    let mode = Mode {
        on,
        forum,
        region: false,
        buttons: false,
        sections: false,
    };
    let (mut verdicts, inside) = structural(
        page,
        html,
        meta,
        &template_of,
        &outside,
        |e| container.holds(page, e),
        mode,
    );
    // a page read whole, as its main region: why, and whether its sections are its content (a
    // page whose article is spread over sections has an article; a listing, a thin page or a
    // grid of cards has none: its cards are what it shows, headline and summary each)
    let whole = listing(page, &classes, &inside)
        .map(|why| (why, false))
        .or_else(|| {
            scattered(page, &classes, &scored, &container, article_declared).map(|why| (why, true))
        })
        .or_else(|| {
            thin(page, &template_of, &container, declared.article_in_json_ld)
                .map(|why| (why, false))
        })
        .or_else(|| {
            card(page, html, &text, &container)
                .or_else(|| grid(page, html, &text, &container, declared.article))
                .map(|why| (why, false))
        })
        .or_else(|| short(page, &text, &template_of, &container, declared).map(|why| (why, true)))
        .or_else(|| {
            // a page built of repeated section widgets: every section, not the ones with prose
            (container.parts >= SECTION_PARTS).then(|| {
                let why = format!(
                    "the best prose container repeats its tag and class in {} places",
                    container.parts + 1
                );
                (why, true)
            })
        });
    if let Some((why, sections)) = whole {
        meta.captions.truncate(captions);
        let mode = Mode::region(declared, sections, on);
        let verdicts = main_region(page, html, &template_of, &text, meta, &why, mode);
        return (verdicts, sections);
    }
    context::in_context(
        page,
        &classes,
        &inside,
        &mut verdicts,
        meta,
        declared.documentation,
        on,
    );
    (verdicts, true)
}

/// Template elements, captions and bylines wherever they are, then what lies outside `holds`;
/// the rest is kept. Returns the verdicts and the blocks kept (in order).
fn structural(
    page: &Page,
    html: &Html,
    meta: &mut Metadata,
    template_of: &[Option<ElementId>],
    outside: &Rc<str>,
    holds: impl Fn(ElementId) -> bool,
    mode: Mode,
) -> (Vec<Verdict>, Vec<usize>) {
    let on = mode.on;
    let mut described: HashMap<ElementId, Rc<str>> = HashMap::new();
    let mut verdicts = Vec::with_capacity(page.blocks.len());
    let asides = Asides::new(page);
    let mut inside = Vec::new();
    for (i, block) in page.blocks.iter().enumerate() {
        let in_container = holds(block.element);
        let structural = template_of[i]
            .filter(|_| on.enabled(TEMPLATE_ELEMENT))
            .map(|t| {
                let reason = described.entry(t).or_insert_with(|| {
                    let kind = match page.element(t).hint {
                        Some(Hint::Template(kind)) => kind.describe(),
                        _ => "template",
                    };
                    format!("inside {} ({kind} element)", page.describe(html, t)).into()
                });
                Verdict::Drop(TEMPLATE_ELEMENT, reason.clone())
            })
            .or_else(|| aside(page, html, block, meta, in_container, mode, &asides));
        verdicts.push(match (structural, in_container) {
            (Some(v), _) => v,
            (None, false) if on.enabled(OUTSIDE_CONTENT) => {
                Verdict::Drop(OUTSIDE_CONTENT, outside.clone())
            }
            // outside the container, kept: the container's blocks are still the ones read
            // around it
            (None, false) => Verdict::Keep,
            // a main region keeps its links, but a button that only says «Read more» leads
            // away, and read as a heading it would end the page for the text passes (an
            // article's own end markers are left to them)
            (None, true) if mode.buttons && on.enabled(TEMPLATE_PHRASE) && link_button(block) => {
                Verdict::Drop(
                    TEMPLATE_PHRASE,
                    format!("a link that only says «{}»", block.text).into(),
                )
            }
            (None, true)
                if mode.buttons
                    && mode.sections
                    && on.enabled(ACTION_LINK)
                    && action_link(page, block) =>
            {
                Verdict::Drop(
                    ACTION_LINK,
                    format!(
                        "a link of a page of sections that only says «{}»",
                        block.text
                    )
                    .into(),
                )
            }
            (None, true) => {
                inside.push(i);
                Verdict::Keep
            }
        });
    }
    (verdicts, inside)
}

/// A short block wholly in a link whose words are an end-of-article cue (`Read more`, `Xem
/// thêm`): a button.
fn link_button(block: &Block) -> bool {
    short_link(block) && lexicon::end_marker(&block.text, &[], 0).is_some()
}

/// A block of at most [`LINK_BUTTON_WORDS`] words, all of them in links.
fn short_link(block: &Block) -> bool {
    block.chars > 0 && block.link_chars == block.chars && words(&block.text) <= LINK_BUTTON_WORDS
}

/// A call to action: a block of at most [`LINK_BUTTON_WORDS`] words, all in links, none of
/// them program text (a documentation page's item names are links in `<code>`), not a heading
/// (a section's title may link to its page), a definition list's term (a reference's item name,
/// defined beside it) nor an image's file name (H013 names it). On a page
/// of sections, a card's or a plan's `Get started`, `Book a demo`, `Talk to an expert` leads to
/// a form; on a listing, a short link is a card's title and stays.
fn action_link(page: &Page, block: &Block) -> bool {
    short_link(block)
        && block.code_chars == 0
        && !block.file_label
        && !matches!(
            page.element(block.element).tag,
            TagKind::Heading(_) | TagKind::Term
        )
}

/// A page without an article (a listing, a shop's collection, a service page of short blocks):
/// its content is its *main region* — from the root, down through every element that holds
/// nearly all the text outside template elements and every heading (the wrappers), stopping
/// where the text splits between children (the cards, the sections) or a title sits beside
/// them. Everything in it is kept as it stands,
/// headline links and prices included: they are what the page shows. `why` is the reason its
/// H001 removals name; `mode` says whether the page is one of sections (a service or landing
/// page kept whole) rather than of cards.
fn main_region(
    page: &Page,
    html: &Html,
    template_of: &[Option<ElementId>],
    text: &TextUnder,
    meta: &mut Metadata,
    why: &str,
    mode: Mode,
) -> Vec<Verdict> {
    let Some(region) = region_of(page, text) else {
        let reason: Rc<str> = "the page has no text outside template elements".into();
        if mode.on.enabled(NO_ARTICLE) {
            return vec![Verdict::Drop(NO_ARTICLE, reason); page.blocks.len()];
        }
        // with H010 off the whole page is the region
        return structural(page, html, meta, template_of, &reason, |_| true, mode).0;
    };
    let outside: Rc<str> = format!(
        "outside the main region {} of a page without an article ({})",
        page.describe(html, region),
        why
    )
    .into();
    let member = |e: ElementId| page.ancestors(e).any(|a| a == region);
    structural(page, html, meta, template_of, &outside, member, mode).0
}

/// The main region: from the root, down through every element that holds nearly all the text
/// outside template elements and every heading; `None` when the page has no such text.
pub(super) fn region_of(page: &Page, text: &TextUnder) -> Option<ElementId> {
    let TextUnder {
        chars, headings, ..
    } = text;
    let mut best_child: Vec<Option<ElementId>> = vec![None; page.elements.len()];
    let mut roots: Option<ElementId> = None;
    for (id, el) in page.elements.iter().enumerate() {
        let id = id as ElementId;
        let slot = match el.parent {
            Some(p) => &mut best_child[p as usize],
            None => &mut roots,
        };
        if slot.is_none_or(|b| chars[b as usize] < chars[id as usize]) {
            *slot = Some(id);
        }
    }
    let mut region = roots.filter(|&r| chars[r as usize] > 0)?;
    while let Some(child) = best_child[region as usize] {
        // a wrapper, not the region's title beside its list
        let wrapper = chars[child as usize] as f64 >= REGION_SHARE * chars[region as usize] as f64
            && headings[child as usize] == headings[region as usize];
        if !wrapper {
            break;
        }
        region = child;
    }
    Some(region)
}

/// Words, counting each Chinese or Japanese character as one (those scripts use no spaces).
pub(super) fn words(text: &str) -> usize {
    let spaced = text.split_whitespace().count();
    if text.is_ascii() {
        return spaced;
    }
    let ideographic = text
        .chars()
        .filter(|c| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'))
        .count();
    spaced + ideographic
}

pub(super) fn link_density(b: &Block) -> f64 {
    b.link_chars as f64 / b.chars.max(1) as f64
}

/// Good, bad (a link list) or short, by length and link density alone (the cheap features: every
/// block of the page needs them; the rest are read only inside the container). A long sentence
/// that is half links (a digest paragraph) is left to its context rather than condemned, and so
/// is a definition list's term: a reference page links each name it defines to its own page. A
/// block that is mostly form labels (a quiz's answer options, long and full of commas) is never
/// prose: it would outscore the page's paragraphs for the container.
fn class_of(b: &Block, tag: TagKind) -> Class {
    let density = match tag {
        TagKind::Term => 0.0,
        _ => link_density(b),
    };
    let digest = b.chars >= 80
        && density < DIGEST_MAX_LINK_DENSITY
        && crate::boilerplate::features::ends_sentence(&b.text);
    if (density >= BAD_LINK_DENSITY && !digest) || (b.chars < 50 && density > 0.3) {
        Class::Bad
    } else if b.chars >= GOOD_CHARS
        && density < GOOD_MAX_LINK_DENSITY
        && b.label_chars * 2 <= b.chars
        && words(&b.text) >= GOOD_WORDS
    {
        Class::Good
    } else {
        Class::Short
    }
}

/// How the blocks of a page are read.
#[derive(Clone, Copy)]
struct Mode<'r> {
    /// The enabled rules: a disabled one's blocks are judged as if it did not exist.
    on: &'r RuleSet,
    /// A forum or Q&A thread: its posts are signed and dated.
    forum: bool,
    /// A page without an article, read as its main region: what its elements *named* caption
    /// hold are its cards' titles and details (a shop grid's `<div class="caption">` under each
    /// thumbnail); a `<figcaption>` is a photo's caption still.
    region: bool,
    /// Link buttons (`Read more`) are dropped: in the main region of a page that does not
    /// declare itself an article.
    buttons: bool,
    /// The main region of a page of sections (a service or landing page kept whole): its
    /// short links are calls to action ([`action_link`]).
    sections: bool,
}

impl<'r> Mode<'r> {
    /// The main region of a page without an article (`sections`: a page of sections).
    fn region(declared: Declared, sections: bool, on: &'r RuleSet) -> Self {
        Mode {
            on,
            forum: declared.forum,
            region: true,
            buttons: !declared.article,
            sections,
        }
    }
}
/// What the caption and byline elements of a page hold.
struct Asides {
    /// Blocks under each caption or byline element: a byline is a line or two, not a card.
    blocks: Vec<usize>,
    /// Elements holding program text (`<pre>`, `<code>`).
    code: Vec<bool>,
}

impl Asides {
    fn new(page: &Page) -> Self {
        let mut blocks = vec![0usize; page.elements.len()];
        let mut code = vec![false; page.elements.len()];
        for b in &page.blocks {
            if let Some(owner) = page.element(b.element).aside {
                blocks[owner as usize] += 1;
            }
            if b.code_chars > 0 {
                // an element already marked has its ancestors marked: each is marked once
                for e in page.ancestors(b.element) {
                    if std::mem::replace(&mut code[e as usize], true) {
                        break;
                    }
                }
            }
        }
        Asides { blocks, code }
    }

    /// The caption `owner` titles a code listing: the figure around it holds program text (a
    /// book's `Listing 10-12: A Summary trait…` above its code). It is the text's own, read in
    /// order with the listing, not a photo's caption.
    fn listing(&self, page: &Page, owner: ElementId) -> bool {
        page.element(owner)
            .parent
            .is_some_and(|figure| self.code[figure as usize])
    }
}

/// Captions and bylines: moved to metadata, wherever they are; captions stay on a page of cards.
fn aside(
    page: &Page,
    html: &Html,
    block: &Block,
    meta: &mut Metadata,
    in_container: bool,
    Mode {
        on, forum, region, ..
    }: Mode,
    asides: &Asides,
) -> Option<Verdict> {
    let owner = page.element(block.element).aside?;
    match page.element(owner).hint {
        Some(Hint::Caption)
            if on.enabled(CAPTION)
                && block.chars <= 500
                && !(region && page.element(owner).named)
                && !asides.listing(page, owner) =>
        {
            if in_container {
                meta.captions.push(block.text.replace('\n', " "));
            }
            Some(Verdict::Drop(
                CAPTION,
                format!("caption {}, moved to metadata", page.describe(html, owner)).into(),
            ))
        }
        // a thread's posts are signed and dated: who wrote what, when, is part of it; an element
        // of many blocks named `date-item` is a card (a plan's name, price and features)
        Some(Hint::Byline)
            if on.enabled(BYLINE)
                && block.chars <= 200
                && !forum
                && asides.blocks[owner as usize] <= BYLINE_MAX_BLOCKS =>
        {
            Some(Verdict::Drop(
                BYLINE,
                format!("author or date element {}", page.describe(html, owner)).into(),
            ))
        }
        _ => None,
    }
}
