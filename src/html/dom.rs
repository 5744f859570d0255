//! Cuts a parsed page into text blocks, the unit every later decision is about.
//!
//! One walk over the `scraper` tree (an explicit cursor, never recursion: pages nest deeply)
//! records each element once — its parent, its hint from [`vocab`], what it inherits — and each
//! block: the text of a block-level element's inline content, whitespace collapsed as a browser
//! renders it, with how much of it sits inside links. Table rows whose cells hold only inline
//! content become one block (`cell | cell`); layout tables, whose cells hold blocks, stay open.

use std::collections::{HashMap, HashSet};

use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node};

use super::vocab::{self, Display, Hint};

/// Index into [`Page::elements`].
pub type ElementId = u32;

/// One element of the page, as the classifier needs it.
#[derive(Clone, Debug)]
pub struct Element {
    pub parent: Option<ElementId>,
    pub node: ego_tree::NodeId,
    pub tag: TagKind,
    /// The element's own hint (tag, role, class, id, itemprop).
    pub hint: Option<Hint>,
    /// The hint was read from a class or id name, not from the tag or an ARIA role.
    pub named: bool,
    /// The nearest element at or above this one with a template hint.
    pub template: Option<ElementId>,
    /// The nearest element at or above this one with a content hint.
    pub content: Option<ElementId>,
    /// Inside a caption or byline element (the nearest one).
    pub aside: Option<ElementId>,
    /// Elements with the same class attribute share this number (an article split in parts).
    pub class: Option<u32>,
}

/// The tags the classifier treats specially.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TagKind {
    Heading(u8),
    Paragraph,
    ListItem,
    /// A definition list's term (`<dt>`): the name its `<dd>` describes.
    Term,
    Row,
    Cell,
    Pre,
    Quote,
    Other,
}

impl TagKind {
    /// A line of a list: an item, a term or its definition.
    pub fn is_list_line(self) -> bool {
        matches!(self, TagKind::ListItem | TagKind::Term)
    }

    fn of(tag: &str) -> Self {
        match tag {
            "h1" => TagKind::Heading(1),
            "h2" => TagKind::Heading(2),
            "h3" => TagKind::Heading(3),
            "h4" => TagKind::Heading(4),
            "h5" => TagKind::Heading(5),
            "h6" => TagKind::Heading(6),
            "p" => TagKind::Paragraph,
            "li" | "dd" => TagKind::ListItem,
            "dt" => TagKind::Term,
            "tr" => TagKind::Row,
            "td" | "th" => TagKind::Cell,
            "pre" => TagKind::Pre,
            "blockquote" => TagKind::Quote,
            _ => TagKind::Other,
        }
    }
}

/// A run of text that renders as one block.
#[derive(Clone, Debug)]
pub struct Block {
    pub text: String,
    /// The innermost block-level element that holds the text.
    pub element: ElementId,
    pub chars: usize,
    /// Characters inside `<a href>`.
    pub link_chars: usize,
    /// Characters inside `<label>`: the names of form controls (a quiz's answer options, a
    /// form's fields), never running prose however long.
    pub label_chars: usize,
    /// Characters inside `<code>`, `<pre>`, `<kbd>` or `<samp>`: program text.
    pub code_chars: usize,
    /// The whole text is the file name (without its extension) of the image or media file that
    /// the link around it opens: a gallery's label, not text (H013).
    pub file_label: bool,
}

/// The page: its elements in document order and its blocks in reading order.
pub struct Page {
    pub elements: Vec<Element>,
    pub blocks: Vec<Block>,
}

impl Page {
    /// The element and its ancestors, innermost first.
    pub fn ancestors(&self, id: ElementId) -> impl Iterator<Item = ElementId> + '_ {
        std::iter::successors(Some(id), |&e| self.elements[e as usize].parent)
    }

    pub fn element(&self, id: ElementId) -> &Element {
        &self.elements[id as usize]
    }

    /// `<div class="x" id="y">`, for reasons (attribute values cut at 40 characters).
    pub fn describe(&self, html: &Html, id: ElementId) -> String {
        let Some(el) = html
            .tree
            .get(self.element(id).node)
            .and_then(ElementRef::wrap)
        else {
            return "<?>".into();
        };
        let v = el.value();
        let mut s = format!("<{}", v.name());
        for attr in ["id", "class", "itemprop", "role"] {
            if let Some((_, value)) = v.attrs().find(|(name, _)| *name == attr) {
                let value: String = value.split_whitespace().collect::<Vec<_>>().join(" ");
                let cut: String = value.chars().take(40).collect();
                let more = if cut.len() < value.len() { "…" } else { "" };
                s.push_str(&format!(" {attr}=\"{cut}{more}\""));
            }
        }
        s.push('>');
        s
    }
}

/// Walks the document body (or the whole document when it has none).
pub fn segment(html: &Html) -> Page {
    segment_with(html, Hidden::Skipped)
}

/// Whether the walk reads elements the page hides (`hidden`, `display:none`).
#[derive(Clone, Copy, PartialEq)]
pub enum Hidden {
    Skipped,
    /// Read too: for a page that shows nothing until its script reveals it (a shop that sends
    /// its whole listing in a `display:none` block and moves it into place on load).
    Read,
}

/// Walks the document body (or the whole document when it has none), reading hidden elements
/// or not.
pub fn segment_with(html: &Html, hidden: Hidden) -> Page {
    let mut w = Walker {
        hidden,
        panels: None,
        html,
        page: Page {
            elements: Vec::new(),
            blocks: Vec::new(),
        },
        classes: HashMap::new(),
        open: Vec::new(),
        text: String::new(),
        block_stem: None,
        link_chars: 0,
        label_chars: 0,
        code_chars: 0,
        rows: Vec::new(),
        pre_lines: None,
        inline_closed: false,
        inline_gap: false,
    };
    let mut streamed = streamed_parts(html);
    walk_inside(&mut w, html.tree.root(), &mut streamed, 0);
    w.flush();
    w.page
}

/// React's streaming server rendering sends each part of the page that was ready late as a
/// hidden `<div hidden id="S:n">` at the end of the body, and on load its script moves the part
/// to where `<template id="B:n">` (a boundary) or `<template id="P:n">` (a placeholder) stands.
/// These parts are page content: the walk reads each one in its place, and never where it was
/// sent.
fn streamed_parts(html: &Html) -> HashMap<String, NodeRef<'_, Node>> {
    html.tree
        .nodes()
        .filter_map(|n| {
            let el = n.value().as_element()?;
            let id = el.id()?.strip_prefix("S:")?;
            (el.name() == "div" && el.attr("hidden").is_some()).then(|| (id.to_string(), n))
        })
        .collect()
}

/// The hidden panels that controls on the page open: the ids named by an `aria-controls`, when
/// at least [`MIN_PANELS`] hidden elements bear them. Tabs and an accordion's sections are the
/// page's own text one click away (a service page's answers under their questions, its offers
/// under their tabs), as a tab panel is; the controls that name them say so, whatever the
/// panels' markup. A lone collapsed box (a video's transcript, a disclaimer) is an aside, and a
/// menu's panel lies in its navigation element and goes with it.
fn panels(html: &Html) -> HashSet<&str> {
    let controlled: HashSet<&str> = html
        .tree
        .nodes()
        .filter_map(|n| n.value().as_element()?.attr("aria-controls"))
        .flat_map(str::split_whitespace)
        .collect();
    let hidden = html
        .tree
        .nodes()
        .filter_map(|n| n.value().as_element())
        .filter(|el| el.id().is_some_and(|id| controlled.contains(id)))
        .filter(|el| Attrs::of(el).hidden())
        .count();
    if hidden < MIN_PANELS {
        return HashSet::new();
    }
    controlled
}

/// Hidden panels that make a set of tabs or an accordion ([`panels`]).
const MIN_PANELS: usize = 2;

/// Streamed parts placed inside streamed parts, at most this deep.
const MAX_STREAMED_DEPTH: usize = 8;

/// Walks the descendants of `root` in document order, each streamed part where its template is.
fn walk_inside<'a>(
    w: &mut Walker<'a>,
    root: NodeRef<'a, Node>,
    streamed: &mut HashMap<String, NodeRef<'a, Node>>,
    depth: usize,
) {
    let mut cursor = root.first_child();
    while let Some(node) = cursor {
        let part = node
            .value()
            .as_element()
            .filter(|el| el.name() == "template" && depth < MAX_STREAMED_DEPTH)
            .and_then(|el| {
                let id = el.id()?;
                id.strip_prefix("B:").or_else(|| id.strip_prefix("P:"))
            })
            .and_then(|id| streamed.remove(id));
        if let Some(part) = part {
            walk_inside(w, part, streamed, depth + 1);
        }
        let descend = w.enter(node);
        if descend {
            if let Some(child) = node.first_child() {
                cursor = Some(child);
                continue;
            }
            w.leave(node);
        }
        let mut at = node;
        cursor = loop {
            if let Some(next) = at.next_sibling() {
                break Some(next);
            }
            match at.parent() {
                Some(parent) if parent.id() != root.id() => {
                    w.leave(parent);
                    at = parent;
                }
                _ => break None,
            }
        };
    }
}

/// An open element on the walk.
struct Open<'a> {
    /// The element this entry recorded (block-level ones only).
    element: Option<ElementId>,
    /// The innermost recorded element at or above this entry.
    nearest: Option<ElementId>,
    link: bool,
    /// Inside a link to an image or media file: the file's name without its extension.
    media_stem: Option<&'a str>,
    label: bool,
    code: bool,
    pre: bool,
}

struct Walker<'a> {
    hidden: Hidden,
    /// The ids that a control on the page opens ([`panels`]), read at the first hidden element.
    panels: Option<HashSet<&'a str>>,
    html: &'a Html,
    page: Page,
    /// Per distinct class attribute: its hint and its number.
    classes: HashMap<&'a str, (Option<Hint>, u32)>,
    open: Vec<Open<'a>>,
    /// The block being collected.
    text: String,
    /// The media file stem of the link that the block's text was last written in.
    block_stem: Option<&'a str>,
    link_chars: usize,
    label_chars: usize,
    code_chars: usize,
    /// Per open `<tr>`: its element and the first block after it opened.
    rows: Vec<(ElementId, usize)>,
    /// The element whose children are the lines of the `<pre>` being read ([`pre_lines`]).
    pre_lines: Option<ego_tree::NodeId>,
    /// An inline element ended and no text followed yet …
    inline_closed: bool,
    /// … and another one started: the two are separate boxes (see [`Walker::push_text`]).
    inline_gap: bool,
}

impl<'a> Walker<'a> {
    /// Returns whether to walk into `node`.
    fn enter(&mut self, node: NodeRef<'a, Node>) -> bool {
        let el = match node.value() {
            Node::Text(t) => {
                self.push_text(t);
                return false;
            }
            Node::Element(el) => el,
            _ => return false,
        };
        let name = el.name();
        let mut display = vocab::display(name);
        if display == Display::Skip {
            return false;
        }
        let attrs = Attrs::of(el);
        if attrs.hidden() && self.hidden == Hidden::Skipped && !self.opened_by_control(&attrs) {
            return false;
        }
        if display == Display::LineBreak {
            if !self.text.is_empty() {
                self.text.push('\n');
            }
            return false;
        }
        if display == Display::Inline && self.inline_closed {
            self.inline_gap = true;
        }
        let top = self.open.last();
        let parent = top.and_then(|o| o.nearest);
        // a link's own target decides; text outside any link has none
        let media_stem = if name == "a" && attrs.href {
            attrs.media_stem
        } else {
            top.and_then(|o| o.media_stem)
        };
        // a heading that links to itself (`<h2 id=usage><a href="#usage">`, the permalink
        // documentation generators write) is a heading, not a link away
        let in_heading =
            parent.is_some_and(|p| matches!(self.page.element(p).tag, TagKind::Heading(_)));
        let link = top.is_some_and(|o| o.link)
            || (name == "a" && attrs.href && !(attrs.anchor && in_heading));
        let label = name == "label" || top.is_some_and(|o| o.label);
        let in_pre = top.is_some_and(|o| o.pre);
        if name == "pre" && !in_pre {
            self.pre_lines = pre_lines(node);
        } else if in_pre
            && !self.text.is_empty()
            && node.parent().map(|p| p.id()) == self.pre_lines
            && node.prev_siblings().any(|n| n.value().is_element())
        {
            self.text.push('\n');
        }
        let pre = name == "pre" || in_pre;
        let code = matches!(name, "code" | "pre" | "kbd" | "samp") || top.is_some_and(|o| o.code);
        let inside_article = parent.is_some_and(|p| self.page.element(p).content.is_some());
        // pages repeat a few class lists on hundreds of elements: read each once
        let class = attrs.class.map(|c| {
            let next = self.classes.len() as u32;
            *self
                .classes
                .entry(c)
                .or_insert_with(|| (vocab::tokens_hint(c), next))
        });
        let (hint, named) = hint_of(name, &attrs, class.and_then(|c| c.0), inside_article);
        // a caption or byline in a <span> is still its own block
        if display == Display::Inline
            && name != "a"
            && matches!(hint, Some(Hint::Caption | Hint::Byline))
        {
            display = Display::Block;
        }
        let element = (display == Display::Block).then(|| {
            self.flush();
            self.add_element(node.id(), name, (hint, named), class.map(|c| c.1), parent)
        });
        if let Some(id) = element {
            if self.page.element(id).tag == TagKind::Row {
                self.rows.push((id, self.page.blocks.len()));
            }
        }
        self.open.push(Open {
            element,
            nearest: element.or(parent),
            link,
            media_stem,
            label,
            code,
            pre,
        });
        true
    }

    /// The hidden element is the panel a control on the page opens (see [`panels`]).
    fn opened_by_control(&mut self, attrs: &Attrs<'_>) -> bool {
        let Some(id) = attrs.id else { return false };
        let html = self.html;
        self.panels.get_or_insert_with(|| panels(html)).contains(id)
    }

    fn leave(&mut self, node: NodeRef<'_, Node>) {
        if !matches!(node.value(), Node::Element(_)) {
            return;
        }
        let Some(open) = self.open.pop() else { return };
        self.inline_closed = open.element.is_none();
        if let Some(id) = open.element {
            self.flush_in(id);
            if self.rows.last().is_some_and(|&(row, _)| row == id) {
                let (row, first) = self.rows.pop().expect("checked");
                self.merge_row(row, first);
            }
        }
    }

    fn add_element(
        &mut self,
        node: ego_tree::NodeId,
        name: &str,
        (hint, named): (Option<Hint>, bool),
        class: Option<u32>,
        parent: Option<ElementId>,
    ) -> ElementId {
        let id = self.page.elements.len() as ElementId;
        let up = parent.map(|p| self.page.element(p));
        let inherit = |own: bool, from: fn(&Element) -> Option<ElementId>| {
            if own {
                Some(id)
            } else {
                up.and_then(from)
            }
        };
        let element = Element {
            parent,
            node,
            tag: TagKind::of(name),
            hint,
            named,
            template: inherit(matches!(hint, Some(Hint::Template(_))), |p| p.template),
            content: inherit(hint == Some(Hint::Content), |p| p.content),
            aside: inherit(matches!(hint, Some(Hint::Caption | Hint::Byline)), |p| {
                p.aside
            }),
            class,
        };
        self.page.elements.push(element);
        id
    }

    /// Text is appended as a browser collapses it. Two inline elements back to back with no
    /// text between them (`<span>amount</span><span>integer</span>`, a field's name and type,
    /// spaced by the style sheet) are two words when a letter or digit meets another at the
    /// seam: glued, both would be lost to word matching. Text running on from an element
    /// (`<b>W</b>ord`, a drop capital) stays one word.
    fn push_text(&mut self, t: &str) {
        let top = self.open.last();
        let gap = std::mem::take(&mut self.inline_gap);
        self.inline_closed = false;
        if gap
            && !top.is_some_and(|o| o.pre)
            && self.text.ends_with(char::is_alphanumeric)
            && t.starts_with(char::is_alphanumeric)
        {
            self.text.push(' ');
        }
        let before = self.text.len();
        if top.is_some_and(|o| o.pre) {
            self.text.push_str(t);
        } else {
            let starts_blank = t.starts_with(|c: char| c.is_ascii_whitespace());
            for (i, word) in t.split_ascii_whitespace().enumerate() {
                if (i > 0 || starts_blank)
                    && !self.text.is_empty()
                    && !self.text.ends_with([' ', '\n'])
                {
                    self.text.push(' ');
                }
                self.text.push_str(word);
            }
            if t.ends_with(|c: char| c.is_ascii_whitespace())
                && !self.text.is_empty()
                && !self.text.ends_with([' ', '\n'])
            {
                self.text.push(' ');
            }
        }
        if self.text.len() > before {
            self.block_stem = top.and_then(|o| o.media_stem);
        }
        if top.is_some_and(|o| o.link || o.label || o.code) {
            let added = self.text[before..].chars().count();
            if top.is_some_and(|o| o.link) {
                self.link_chars += added;
            }
            if top.is_some_and(|o| o.label) {
                self.label_chars += added;
            }
            if top.is_some_and(|o| o.code) {
                self.code_chars += added;
            }
        }
    }

    /// Ends the current block, which belongs to the innermost open element.
    fn flush(&mut self) {
        if let Some(id) = self.open.last().and_then(|o| o.nearest) {
            self.flush_in(id);
        } else {
            self.text.clear();
            self.block_stem = None;
            self.link_chars = 0;
            self.label_chars = 0;
            self.code_chars = 0;
        }
    }

    fn flush_in(&mut self, element: ElementId) {
        let link_chars = std::mem::take(&mut self.link_chars);
        let label_chars = std::mem::take(&mut self.label_chars);
        let code_chars = std::mem::take(&mut self.code_chars);
        let stem = self.block_stem.take();
        let trimmed = trim_lines(&self.text);
        self.text.clear(); // the buffer is reused by the next block
        if trimmed.is_empty() {
            return;
        }
        let chars = trimmed.chars().count();
        self.page.blocks.push(Block {
            element,
            chars,
            link_chars: link_chars.min(chars),
            label_chars: label_chars.min(chars),
            code_chars: code_chars.min(chars),
            file_label: stem.is_some_and(|s| trimmed.eq_ignore_ascii_case(s)),
            text: trimmed,
        });
    }

    /// A data row: every block since the row opened sits directly in one of its cells.
    fn merge_row(&mut self, row: ElementId, first: usize) {
        let blocks = &self.page.blocks[first..];
        if blocks.len() < 2 {
            return;
        }
        let page = &self.page;
        let simple = blocks.iter().all(|b| {
            page.element(b.element).tag == TagKind::Cell
                && page.element(b.element).parent == Some(row)
        });
        if !simple {
            return;
        }
        let cells: Vec<Block> = self.page.blocks.drain(first..).collect();
        let text = cells
            .iter()
            .map(|b| b.text.replace('\n', " "))
            .collect::<Vec<_>>()
            .join(" | ");
        self.page.blocks.push(Block {
            chars: text.chars().count(),
            link_chars: cells.iter().map(|b| b.link_chars).sum(),
            label_chars: cells.iter().map(|b| b.label_chars).sum(),
            code_chars: cells.iter().map(|b| b.code_chars).sum(),
            file_label: false,
            text,
            element: row,
        });
    }
}

/// The element whose children are the lines of a `<pre>` that holds no line break: a
/// highlighter (Shiki, which many documentation sites use) writes each line of a code block as
/// a `<span class="line">` and leaves the breaking to the style sheet, so read as written the
/// lines run together (`cd my-project` glued to the end of the line before). The lines are the
/// children of the `<pre>`, or of the one element it holds (its `<code>`): at least two
/// elements, all of one tag and one class attribute, with nothing between them but white space.
/// A one-line snippet's tokens differ in class and have text between them, and a block with a
/// newline or a `<br>` already breaks its own lines.
fn pre_lines(pre: NodeRef<'_, Node>) -> Option<ego_tree::NodeId> {
    let breaks = pre.descendants().any(|n| match n.value() {
        Node::Text(t) => t.contains('\n'),
        Node::Element(el) => el.name() == "br",
        _ => false,
    });
    if breaks {
        return None;
    }
    let blank = |n: &NodeRef<'_, Node>| {
        n.value()
            .as_text()
            .is_some_and(|t| t.trim_matches(|c: char| c.is_ascii_whitespace()).is_empty())
    };
    let mut parent = pre;
    let mut inner: Vec<_> = parent.children().filter(|n| !blank(n)).collect();
    if let [only] = inner[..] {
        parent = only;
        inner = parent.children().filter(|n| !blank(n)).collect();
    }
    let first = inner.first()?.value().as_element()?;
    let class = first.attr("class").filter(|c| !c.trim().is_empty())?;
    let lines = inner.len() >= 2
        && inner.iter().all(|n| {
            n.value()
                .as_element()
                .is_some_and(|el| el.name() == first.name() && el.attr("class") == Some(class))
        });
    lines.then(|| parent.id())
}

/// Trims each line of a block and drops empty lines (from `<br>` runs).
fn trim_lines(text: &str) -> String {
    if !text.contains('\n') {
        return text
            .trim_matches(|c: char| c.is_ascii_whitespace())
            .to_string();
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split('\n') {
        let line = line.trim_matches(|c: char| c.is_ascii_whitespace());
        if !line.is_empty() {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(line);
        }
    }
    out
}

/// The attributes the walk reads, in one pass over the element's attributes (`attr(name)` would
/// intern `name` on every call).
#[derive(Default)]
struct Attrs<'a> {
    class: Option<&'a str>,
    id: Option<&'a str>,
    role: Option<&'a str>,
    itemprop: Option<&'a str>,
    style: Option<&'a str>,
    href: bool,
    /// The link points at a named place on the page itself (`href="#usage"`).
    anchor: bool,
    /// The link opens an image or media file: its name without the extension.
    media_stem: Option<&'a str>,
    hidden: bool,
}

impl<'a> Attrs<'a> {
    fn of(el: &'a scraper::node::Element) -> Self {
        let mut a = Attrs::default();
        for (name, value) in el.attrs() {
            match name {
                "class" => a.class = Some(value),
                "id" => a.id = Some(value),
                "role" => a.role = Some(value),
                "itemprop" => a.itemprop = Some(value),
                "style" => a.style = Some(value),
                "href" => {
                    a.href = true;
                    a.anchor = value.len() > 1 && value.starts_with('#');
                    a.media_stem = media_stem(value);
                }
                "hidden" => a.hidden = true,
                "aria-hidden" => a.hidden |= value.eq_ignore_ascii_case("true"),
                _ => {}
            }
        }
        a
    }

    /// Hidden from the reader — except a tab panel: the page's own text one click away (a
    /// service page's questions under their tabs, a product's specifications), which the tab
    /// list names; a menu's panels lie in its navigation element and go with it.
    fn hidden(&self) -> bool {
        let hidden = self.hidden || self.style.is_some_and(|s| declares(s, "display", "none"));
        hidden
            && !self
                .role
                .is_some_and(|r| r.eq_ignore_ascii_case("tabpanel"))
    }
}

/// The element's hint, and whether it was read from a class or id name.
fn hint_of(
    tag: &str,
    attrs: &Attrs<'_>,
    class: Option<Hint>,
    inside_article: bool,
) -> (Option<Hint>, bool) {
    if matches!(tag, "html" | "body") {
        return (None, false);
    }
    if attrs
        .itemprop
        .is_some_and(|p| p.eq_ignore_ascii_case("articleBody"))
    {
        return (Some(Hint::Content), false);
    }
    let by_tag = vocab::tag_hint(tag, attrs.role, inside_article);
    // the article element itself is never template, whatever its classes say
    if by_tag.is_some() {
        return (by_tag, false);
    }
    // a heading's id is its anchor, written from its words (`<h3 id="behavior-at-the-time-of-
    // writing">`), not a name for its role
    let id = attrs
        .id
        .filter(|_| !matches!(TagKind::of(tag), TagKind::Heading(_)));
    let by_name = vocab::strongest(class, id.and_then(vocab::tokens_hint));
    (by_name, by_name.is_some())
}

/// The name without its extension of the image or media file that `href` opens
/// (`/uploads/2017/07/dp3_1_en.png?v=2` → `dp3_1_en`), if it opens one.
pub(super) fn media_stem(href: &str) -> Option<&str> {
    let path = href.split(['?', '#']).next()?;
    let file = path.rsplit('/').next()?;
    crate::boilerplate::features::is_media_file(file)
        .then(|| file.rsplit_once('.').map(|(stem, _)| stem))
        .flatten()
}

/// Whether a `style` attribute sets `property: value` (ASCII case and spaces ignored).
fn declares(style: &str, property: &str, value: &str) -> bool {
    style.split(';').any(|decl| {
        let Some((p, v)) = decl.split_once(':') else {
            return false;
        };
        p.trim().eq_ignore_ascii_case(property)
            && v.trim()
                .trim_end_matches("!important")
                .trim()
                .eq_ignore_ascii_case(value)
    })
}
