//! Finds the article container: the element the article's paragraphs hang from, plus the
//! siblings that continue it (a lead paragraph beside the body, a second body part after an ad).
//!
//! The scoring is Readability's, which holds up across thousands of sites: every prose block
//! (but list items: teaser lists would outscore short articles) gives its parent `1 + commas + min(length / 100, 3)`, its grandparent half of that and
//! higher ancestors a third per level, so the score concentrates where paragraphs are siblings;
//! each candidate's score is then scaled by `1 − link density` of its subtree, and raised a
//! quarter under a content hint (`itemprop=articleBody`, `<article>`, `fck_detail`…). Template
//! elements neither score nor compete. Siblings of the winner join it when they score a fifth
//! of it, or when they are a prose paragraph themselves; so do elements with the winner's tag
//! and class anywhere on the page (the parts of an article cut by figures and ads) — on a thread,
//! every one of them that holds text, however little: they are its posts, and a one-line reply
//! scores nothing beside the long question that won. On an article's page, a winning list of
//! prose items hands over to the element around it that holds prose beside it (the intro and
//! sections of a review whose ranked picks are `<li>`s).

use super::dom::{ElementId, Page, TagKind};

/// A block's class, as far as the container needs it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scored {
    /// Prose (a good block).
    pub prose: bool,
    /// Left out of scoring: inside a template element, a caption or a byline.
    pub excluded: bool,
}

/// The winning element and the siblings that join it.
pub struct Container {
    pub top: ElementId,
    /// Per element: a member of the container (a flag per element, so membership tests stay
    /// constant-time on pages with thousands of parts).
    member: Vec<bool>,
    /// Elements that joined by repeating the winner's tag and class.
    pub parts: usize,
}

impl Container {
    /// Whether `element` lies inside the container.
    pub fn holds(&self, page: &Page, element: ElementId) -> bool {
        page.ancestors(element).any(|e| self.member[e as usize])
    }

    /// The members that no other member holds: the winner, the siblings and parts that joined.
    pub fn tops<'a>(&'a self, page: &'a Page) -> impl Iterator<Item = ElementId> + 'a {
        (0..self.member.len() as ElementId).filter(move |&e| {
            self.member[e as usize] && !page.element(e).parent.is_some_and(|p| self.holds(page, p))
        })
    }
}

/// What the page says it is, before its container is known.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Expected {
    /// An article (JSON-LD or `og:type`), and no thread.
    Article,
    /// A forum or Q&A thread: its posts repeat one tag and class.
    Thread,
    /// Anything else, or nothing said.
    Other,
}

const SIBLING_SHARE: f64 = 0.2;
const SIBLING_MIN_SCORE: f64 = 10.0;
const CONTENT_HINT_BONUS: f64 = 1.25;

/// The container of `page`, or `None` when no prose block is outside template elements. On a
/// page that declares itself an article (and is no thread), a winning list is one part of it
/// ([`out_of_list`]); on a thread, every element with the winner's tag and class that holds text
/// joins it (its posts).
pub fn find(
    page: &Page,
    scored: &[Scored],
    expected: Expected,
    is_template: impl Fn(ElementId) -> bool,
) -> Option<Container> {
    let n = page.elements.len();
    let mut score = vec![0f64; n];
    let mut chars = vec![0usize; n];
    let mut links = vec![0usize; n];
    let mut candidate = vec![false; n];
    let mut own_prose = vec![false; n];
    // an element with no block-level children is a paragraph, whatever its tag (Readability
    // turns such divs into p)
    let mut has_children = vec![false; n];
    for el in &page.elements {
        if let Some(p) = el.parent {
            has_children[p as usize] = true;
        }
    }
    for (b, s) in page.blocks.iter().zip(scored) {
        if s.excluded {
            continue;
        }
        own_prose[b.element as usize] |= s.prose;
        for e in page.ancestors(b.element) {
            chars[e as usize] += b.chars;
            links[e as usize] += b.link_chars;
        }
        // list items do not score, as in Readability: teaser lists would outscore short articles
        if !s.prose || page.element(b.element).tag.is_list_line() {
            continue;
        }
        let commas = b.text.matches([',', '，', '、']).count();
        let points = 1.0 + commas as f64 + (b.chars as f64 / 100.0).min(3.0);
        // a paragraph scores its parent; text beside blocks scores the element that holds it
        let el = page.element(b.element);
        let first = if paragraph_like(el.tag) || !has_children[b.element as usize] {
            page.element(b.element).parent
        } else {
            Some(b.element)
        };
        let mut at = first;
        let mut level = 0;
        while let (Some(e), true) = (at, level < 5) {
            let share = match level {
                0 => 1.0,
                1 => 0.5,
                l => 1.0 / (l as f64 * 3.0),
            };
            score[e as usize] += points * share;
            candidate[e as usize] = true;
            at = page.element(e).parent;
            level += 1;
        }
    }
    let adjusted = |e: usize| {
        let density = links[e] as f64 / chars[e].max(1) as f64;
        let bonus = if page.elements[e].hint == Some(super::vocab::Hint::Content) {
            CONTENT_HINT_BONUS
        } else {
            1.0
        };
        score[e] * (1.0 - density) * bonus
    };
    let top = (0..n)
        .filter(|&e| candidate[e] && !is_template(e as ElementId))
        .max_by(|&a, &b| adjusted(a).total_cmp(&adjusted(b)).then(b.cmp(&a)))?
        as ElementId;
    let top = if expected == Expected::Article {
        out_of_list(page, top, &own_prose, &is_template)
    } else {
        top
    };
    let best = adjusted(top as usize);
    let mut member = vec![false; n];
    member[top as usize] = true;
    if let Some(parent) = page.element(top).parent {
        let threshold = SIBLING_MIN_SCORE.max(best * SIBLING_SHARE);
        for sibling in
            (0..n as ElementId).filter(|&e| e != top && page.element(e).parent == Some(parent))
        {
            let s = sibling as usize;
            if is_template(sibling) {
                continue;
            }
            let density = links[s] as f64 / chars[s].max(1) as f64;
            let prose_paragraph =
                paragraph_like(page.element(sibling).tag) && own_prose[s] && density < 0.25;
            if adjusted(s) >= threshold || prose_paragraph {
                member[s] = true;
            }
        }
    }
    // an article cut into parts by figures or ads repeats its container's tag and class
    let mut parts = 0;
    if let Some(class) = page.element(top).class {
        let tag = page.element(top).tag;
        for e in 0..n {
            let el = &page.elements[e];
            let joins = match expected {
                // a thread's posts are equals, a one-line reply as much as the long question
                Expected::Thread => chars[e] > 0,
                _ => candidate[e] && adjusted(e) >= best * SIBLING_SHARE,
            };
            if el.class == Some(class) && el.tag == tag && joins && !is_template(e as ElementId) {
                parts += usize::from(!member[e]);
                member[e] = true;
            }
        }
    }
    Some(Container { top, member, parts })
}

/// On an article's page, a winner that is a list (every child element an item: `<li><p>…</p>
/// </li>`, a review's ranked products, a gardening post's plants) is one part of the article, not
/// the article: its items' paragraphs outscore the intro and the sections around it only because
/// they hang from one element. The container is then the nearest ancestor holding prose outside
/// the list; the list stays the winner when nothing around it is prose. Only on a page that
/// declares an article (JSON-LD or `og:type`) and is no thread: a listing's list of teasers, or
/// a thread's list of posts, is the page's content (measured on wcxb-dev, even half: articles'
/// word F1 0.9494 → 0.9518, three pages recovered whole, nothing else changed; applied on pages
/// of every type, it cost listings and service pages on the odd half).
fn out_of_list(
    page: &Page,
    top: ElementId,
    own_prose: &[bool],
    is_template: impl Fn(ElementId) -> bool,
) -> ElementId {
    let n = page.elements.len();
    let mut kids = 0;
    let mut items = 0;
    for el in &page.elements {
        if el.parent == Some(top) {
            kids += 1;
            items += usize::from(el.tag.is_list_line());
        }
    }
    if kids == 0 || items < kids {
        return top;
    }
    // prose elements per ancestor, counted once
    let mut prose_under = vec![0usize; n];
    for (e, _) in own_prose.iter().enumerate().filter(|(_, &prose)| prose) {
        for a in page.ancestors(e as ElementId) {
            prose_under[a as usize] += 1;
        }
    }
    let inside = prose_under[top as usize];
    let mut at = top;
    while let Some(parent) = page.element(at).parent {
        if is_template(parent) {
            break;
        }
        at = parent;
        if prose_under[parent as usize] > inside {
            return parent;
        }
    }
    top
}

fn paragraph_like(tag: TagKind) -> bool {
    matches!(
        tag,
        TagKind::Paragraph
            | TagKind::Pre
            | TagKind::Quote
            | TagKind::Heading(_)
            | TagKind::ListItem
            | TagKind::Term
    )
}
