//! Template elements (navigation, related boxes, comments, ads, widgets, pop-ups — by tag, ARIA
//! role, class or id), and the ones that turn out to hold the content after all.
//!
//! A name is a guess about an element's role, and a wrong guess deletes the article, so a hint
//! is overruled when the element holds most of the page's prose (a `<div class="has-sidebar">`
//! around the article; not a promotion bar beside a `<main>` that holds prose of its own, whose
//! line repeated per locale outweighs the page's short sections), when a whole site names its
//! content so (a forum whose posts are all `comment`s — but not the boxes of remarks under each
//! post of a Q&A thread, [`super::remarks`] — a builder whose every module is a `widget`), when
//! it is a titled section of a documentation page whose id is its heading
//! (`<section id="cookies">`), or when it is one of a row of titled sections on a page that is
//! neither an article nor a product (a service page's boxes named `ad` or `widget` by its
//! builder), or when it is a box of prose in the middle of the page's own prose on a page that
//! declares no article, product or collection ([`inset_prose`]: a service page's section that its
//! builder named a menu item, a banner or a sidebar module — a menu is links, and a sidebar, a
//! footer or a cookie notice stands at an edge of the prose, not inside it).

use std::collections::HashMap;

use scraper::Html;

use super::content::{link_density, Class, Declared, Names, BAD_LINK_DENSITY};
use super::dom::{ElementId, Page, TagKind};
use super::remarks::remark_boxes;
use super::vocab::{Hint, Kind};

/// A template element holding this share of the page's prose is the article after all.
const TEMPLATE_OVERRULE_SHARE: f64 = 0.5;
/// … and so are all the elements of one template kind, when less than this share of the prose
/// lies outside template elements.
const UNTEMPLATED_PROSE_SHARE: f64 = 0.25;
/// Prose characters inside the page's declared content elements that make them the article's
/// place: a template element outside them holds no article, however much prose it has.
const DECLARED_PROSE: usize = 500;
/// A named template element whose text is at least this share prose …
const INSET_PROSE_SHARE: f64 = 0.5;
/// … with less than this share in links, between prose, is a section (see [`inset_prose`]).
const INSET_MAX_LINK_DENSITY: f64 = 0.25;

/// Template elements, with the ones that turned out to hold the article overruled.
pub(super) struct Templates {
    /// Per element: a template hint overruled (it holds the content).
    overruled: Vec<bool>,
}

impl Templates {
    pub(super) fn new(
        page: &Page,
        html: &Html,
        classes: &[Class],
        declared: Declared,
        names: Names,
    ) -> Self {
        let forum = declared.forum;
        let titled = titled_sections(page, html);
        let inset = inset_prose(page, classes);
        let remarks = if forum {
            remark_boxes(page, classes)
        } else {
            Vec::new()
        };
        let mut good_under = vec![0usize; page.elements.len()];
        // per element: a heading under it, then a prose paragraph under it (a titled section)
        let mut headed = vec![false; page.elements.len()];
        let mut sectioned = vec![false; page.elements.len()];
        let mut total = 0;
        for (b, class) in page.blocks.iter().zip(classes) {
            if *class == Class::Good {
                total += b.chars;
                for e in page.ancestors(b.element) {
                    good_under[e as usize] += b.chars;
                    sectioned[e as usize] |= headed[e as usize];
                }
            } else if matches!(page.element(b.element).tag, TagKind::Heading(_))
                && link_density(b) < BAD_LINK_DENSITY
            {
                for e in page.ancestors(b.element) {
                    headed[e as usize] = true;
                }
            }
        }
        // prose under the nearest template element of each kind: a site whose posts are all
        // `comment`s (a forum) or whose every module is a `widget` names its content so — when
        // next to no prose is left outside template elements (an article with a long comment
        // thread or a wordy sidebar keeps its prose outside them)
        let mut good_by_kind: HashMap<Kind, usize> = HashMap::new();
        let mut untemplated = 0;
        for (b, class) in page.blocks.iter().zip(classes) {
            if *class != Class::Good {
                continue;
            }
            match page
                .element(b.element)
                .template
                .and_then(|t| page.element(t).hint)
            {
                Some(Hint::Template(kind)) => *good_by_kind.entry(kind).or_default() += b.chars,
                _ => untemplated += b.chars,
            }
        }
        // per element: how many of its children hold a titled section (a page of sections)
        let mut sectioned_children = vec![0usize; page.elements.len()];
        for (id, el) in page.elements.iter().enumerate() {
            if let (Some(p), true) = (el.parent, sectioned[id]) {
                sectioned_children[p as usize] += 1;
            }
        }
        let in_a_row = |e: ElementId| {
            page.element(e)
                .parent
                .is_some_and(|p| sectioned_children[p as usize] >= 2)
        };
        let holds_most =
            |good: usize| good as f64 > TEMPLATE_OVERRULE_SHARE * total as f64 && good >= 500;
        let names_content = |kind: Kind| {
            (untemplated as f64) < UNTEMPLATED_PROSE_SHARE * total as f64
                && holds_most(good_by_kind.get(&kind).copied().unwrap_or(0))
        };
        // comments stay out: an article's thread may be longer than the article; so do elements
        // named consent banners and pop-ups outside the article element, whose cookie notices
        // can outweigh a page of short card titles (a page wrapped whole in a `modal` comes back
        // from the extraction that ignores names; an ARIA dialog holding the page's prose, or a
        // `paywall` box in or around the article element, is content); a
        // template name inside the page's main element is the site's own naming of its modules
        let mut wraps_content = vec![false; page.elements.len()];
        for (id, el) in page.elements.iter().enumerate() {
            if el.hint == Some(Hint::Content) {
                for a in page.ancestors(id as ElementId) {
                    wraps_content[a as usize] = true;
                }
            }
        }
        // prose inside the page's declared content elements (`<main>`, `<article>`,
        // `articleBody`): a template element beside them is not the article's wrapper, however
        // much it holds (a promotion bar that repeats its line for every locale)
        let declared_prose: usize = page
            .blocks
            .iter()
            .zip(classes)
            .filter(|(b, c)| **c == Class::Good && page.element(b.element).content.is_some())
            .map(|(b, _)| b.chars)
            .sum();
        // neither a declared content element nor around one
        let outside_content =
            |e: ElementId| page.element(e).content.is_none() && !wraps_content[e as usize];
        let beside_content = |e: ElementId| declared_prose >= DECLARED_PROSE && outside_content(e);
        let stray_popup = |e: ElementId, kind: Kind| {
            kind == Kind::Popup && page.element(e).named && outside_content(e)
        };
        let overruled = (0..page.elements.len() as ElementId)
            .map(|e| match page.element(e).hint {
                Some(Hint::Template(_)) if names == Names::Ignored && page.element(e).named => true,
                Some(Hint::Template(_)) if titled[e as usize] => true,
                // a thread's comment elements are its posts, but not the remarks under them
                Some(Hint::Template(Kind::Comments)) if forum => !remarks[e as usize],
                // an ad shows a line and a button, a widget a list: paragraphs under a heading
                // (not a headline link), beside another such section, are a section of a service
                // or landing page, whatever its builder named it (a box named `sidebar` is one,
                // whatever it holds; in an article, a sponsored box tells another story, and on
                // a product's page a promotion with its story sells another product)
                Some(Hint::Template(Kind::Ads | Kind::Widget))
                    if page.element(e).named
                        && !declared.article
                        && !declared.product
                        && sectioned[e as usize]
                        && in_a_row(e) =>
                {
                    true
                }
                // a box of prose with the page's own prose before and after it: a section the
                // builder named after its module (`filter-menu-item`, `soc-banner`,
                // `sidebar-module`), on a page that is neither an article (whose inline boxes
                // tell other stories) nor a product or a collection (whose promotions sell); a
                // footer, a site header, a comment thread, a related-stories or a sign-up box are
                // what they say wherever they stand (an undeclared article's related box has a
                // sidebar's prose after it), and so is a pop-up: its markup sits beside the
                // button that opens it, so where it stands says nothing of what it is
                Some(Hint::Template(kind))
                    if matches!(
                        kind,
                        Kind::Navigation | Kind::Ads | Kind::Sidebar | Kind::Widget
                    ) && page.element(e).named
                        && !declared.article
                        && !declared.product
                        && !declared.collection
                        && inset[e as usize] =>
                {
                    true
                }
                Some(Hint::Template(kind)) => {
                    (!stray_popup(e, kind)
                        && !beside_content(e)
                        && holds_most(good_under[e as usize]))
                        || (kind != Kind::Comments
                            && page.element(e).content.is_some()
                            && names_content(kind))
                }
                _ => false,
            })
            .collect();
        Templates { overruled }
    }

    /// The nearest template element at or above `element` that is not overruled.
    pub(super) fn of(&self, page: &Page, element: ElementId) -> Option<ElementId> {
        let mut t = page.element(element).template;
        while let Some(id) = t {
            if !self.overruled[id as usize] {
                return Some(id);
            }
            t = page
                .element(id)
                .parent
                .and_then(|p| page.element(p).template);
        }
        None
    }
}

/// Per element: its text is mostly prose ([`INSET_PROSE_SHARE`]) in few links
/// ([`INSET_MAX_LINK_DENSITY`]), and prose outside every template element comes both before and
/// after it in reading order. A menu is links; a sidebar, a footer or a cookie notice sits at an
/// edge of the page's prose; a box of paragraphs in the middle of it is one of its sections.
fn inset_prose(page: &Page, classes: &[Class]) -> Vec<bool> {
    let n = page.elements.len();
    let (mut chars, mut links, mut good) = (vec![0usize; n], vec![0usize; n], vec![0usize; n]);
    let (mut first, mut last) = (vec![usize::MAX; n], vec![0usize; n]);
    // prose characters outside template elements before each block
    let mut before = Vec::with_capacity(page.blocks.len() + 1);
    let mut untemplated = 0;
    for (i, (b, class)) in page.blocks.iter().zip(classes).enumerate() {
        before.push(untemplated);
        let prose = *class == Class::Good;
        if prose && page.element(b.element).template.is_none() {
            untemplated += b.chars;
        }
        for e in page.ancestors(b.element) {
            let e = e as usize;
            chars[e] += b.chars;
            links[e] += b.link_chars;
            good[e] += if prose { b.chars } else { 0 };
            first[e] = first[e].min(i);
            last[e] = i;
        }
    }
    before.push(untemplated);
    (0..n)
        .map(|e| {
            good[e] > 0
                && good[e] as f64 >= INSET_PROSE_SHARE * chars[e] as f64
                && (links[e] as f64) < INSET_MAX_LINK_DENSITY * chars[e] as f64
                && before[first[e]] > 0
                && untemplated > before[last[e] + 1]
        })
        .collect()
}

/// Per element: a section of the article's text whose id is its heading's (`<section
/// id="cookies"><h2>Cookies</h2>` in a framework's documentation, as Sphinx and Markdown renderers
/// write them), inside the page's main element: the template word is the topic's name, not the
/// element's role. A comment box titled `Comments` outside the main element stays a template.
fn titled_sections(page: &Page, html: &Html) -> Vec<bool> {
    let mut titled = vec![false; page.elements.len()];
    let mut seen = vec![false; page.elements.len()];
    let compact = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    for b in &page.blocks {
        if !matches!(page.element(b.element).tag, TagKind::Heading(_)) {
            continue;
        }
        let heading = compact(&b.text);
        for e in page.ancestors(b.element).skip(1) {
            let el = page.element(e);
            if seen[e as usize] {
                break; // its ancestors have seen an earlier heading too
            }
            seen[e as usize] = true;
            if !matches!(el.hint, Some(Hint::Template(_))) || !el.named || el.content.is_none() {
                continue;
            }
            let id = html
                .tree
                .get(el.node)
                .and_then(|n| n.value().as_element()?.id().map(compact));
            titled[e as usize] = !heading.is_empty() && id.as_deref() == Some(heading.as_str());
        }
    }
    titled
}
