//! The vocabulary of page templates: which tags are blocks, which are never text, and what the
//! class and id names of navigation, related boxes, comments, share bars, ads and footers are
//! called — in English naming and in the Vietnamese naming of vnexpress, tuoitre, dantri,
//! vietnamnet and the CMSs behind provincial sites (`tin-lien-quan`, `box-tin`, `binh-luan`,
//! `quang-cao`…).
//!
//! Names are compared in a *compact* form — lowercase, separators dropped — so `box-tinlienquan`,
//! `boxTinLienQuan` and `box_tin_lien_quan` are one name. Short, ambiguous words (`ad`, `nav`,
//! `tag`) must be a whole part of the name (`ad-slot`, not `header`), and the state and taxonomy
//! classes that WordPress puts on the article itself (`tag-comments`, `category-share`,
//! `has-sidebar`) are never read, because a hint on the wrong element would delete the article.

use std::collections::HashSet;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::boilerplate::lexicon;

/// How an element renders, for cutting the page into blocks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Display {
    /// Never text: scripts, styles, media, form controls.
    Skip,
    /// Starts and ends a block.
    Block,
    /// Flows inside the current block.
    Inline,
    /// `<br>`: a line break inside the block.
    LineBreak,
}

/// Tag names are lowercase local names (html5ever lowercases them).
pub fn display(tag: &str) -> Display {
    match tag {
        "script" | "style" | "noscript" | "template" | "svg" | "math" | "iframe" | "object"
        | "embed" | "canvas" | "video" | "audio" | "picture" | "source" | "track" | "map"
        | "button" | "select" | "option" | "optgroup" | "input" | "textarea" | "datalist"
        | "head" | "title" | "meta" | "link" | "base" | "img" | "area" | "wbr" | "param"
        | "progress" | "meter" | "dialog" => Display::Skip,
        "br" => Display::LineBreak,
        "a" | "abbr" | "acronym" | "b" | "bdi" | "bdo" | "big" | "cite" | "code" | "data"
        | "del" | "dfn" | "em" | "font" | "i" | "ins" | "kbd" | "label" | "mark" | "q" | "rp"
        | "rt" | "ruby" | "s" | "samp" | "small" | "span" | "strike" | "strong" | "sub" | "sup"
        | "time" | "tt" | "u" | "var" | "nobr" => Display::Inline,
        // every other element, known or custom, separates text: merging two unrelated texts
        // would hide boilerplate inside a paragraph
        _ => Display::Block,
    }
}

/// What a class, id, role or tag says an element is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hint {
    /// Part of the site template, never the article.
    Template(Kind),
    /// Likely the article body (`itemprop=articleBody`, `article-content`, `fck_detail`…).
    Content,
    /// A photo or figure caption.
    Caption,
    /// Author, date or byline of the article.
    Byline,
}

/// Kinds of template element, named in reasons.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Navigation,
    Related,
    Comments,
    Share,
    Ads,
    Footer,
    Sidebar,
    /// A page builder's or blog engine's module (`widget`): a sidebar box as often as a
    /// section of the page.
    Widget,
    SiteHeader,
    Newsletter,
    Tags,
    Popup,
}

impl Kind {
    pub fn describe(self) -> &'static str {
        match self {
            Kind::Navigation => "navigation",
            Kind::Related => "related-articles",
            Kind::Comments => "comments",
            Kind::Share => "share/social",
            Kind::Ads => "advertising",
            Kind::Footer => "footer",
            Kind::Sidebar => "sidebar",
            Kind::Widget => "widget",
            Kind::SiteHeader => "site header",
            Kind::Newsletter => "newsletter/sign-up",
            Kind::Tags => "tags",
            Kind::Popup => "cookie/login/pop-up",
        }
    }
}

/// The hint of a semantic tag or ARIA role, before any class name is read.
pub fn tag_hint(tag: &str, role: Option<&str>, inside_article: bool) -> Option<Hint> {
    let by_role = match role.map(str::to_ascii_lowercase).as_deref() {
        Some("navigation" | "menubar" | "menu" | "search") => Some(Kind::Navigation),
        Some("contentinfo") => Some(Kind::Footer),
        Some("complementary") => Some(Kind::Sidebar),
        Some("banner") if !inside_article => Some(Kind::SiteHeader),
        Some("dialog" | "alertdialog") => Some(Kind::Popup),
        Some("main" | "article") => return Some(Hint::Content),
        _ => None,
    };
    if let Some(kind) = by_role {
        return Some(Hint::Template(kind));
    }
    match tag {
        "nav" => Some(Hint::Template(Kind::Navigation)),
        "aside" => Some(Hint::Template(Kind::Sidebar)),
        "footer" => Some(Hint::Template(Kind::Footer)),
        "header" if !inside_article => Some(Hint::Template(Kind::SiteHeader)),
        "figcaption" => Some(Hint::Caption),
        "article" | "main" => Some(Hint::Content),
        _ => None,
    }
}

/// Class tokens that describe the article's taxonomy or a page state, not the element.
const IGNORED_PREFIXES: &[&str] = &[
    "tag-",
    "category-",
    "cat-",
    "type-",
    "format-",
    "status-",
    "has-",
    "is-",
    "no-",
    "with-",
    "post-type-",
    "single-",
    "page-template",
    "postid-",
    "term-",
    "layout-",
];

/// Compact-name fragments, by hint; a fragment matches anywhere in a compact class or id.
const FRAGMENTS: &[(&str, Hint)] = &[
    // content
    ("articlebody", Hint::Content),
    ("articlecontent", Hint::Content),
    ("articletext", Hint::Content),
    ("articledetail", Hint::Content),
    ("entrycontent", Hint::Content),
    ("entrybody", Hint::Content),
    ("postcontent", Hint::Content),
    ("postbody", Hint::Content),
    ("poststext", Hint::Content),
    ("storybody", Hint::Content),
    ("storycontent", Hint::Content),
    ("storytext", Hint::Content),
    ("contentdetail", Hint::Content),
    ("detailcontent", Hint::Content),
    ("detailbody", Hint::Content),
    ("newsdetail", Hint::Content),
    ("newscontent", Hint::Content),
    ("fckdetail", Hint::Content),
    ("singularcontent", Hint::Content),
    ("noidung", Hint::Content),
    ("chitiet", Hint::Content),
    ("bodytext", Hint::Content),
    ("richtext", Hint::Content),
    ("contentbody", Hint::Content),
    // captions and bylines
    ("caption", Hint::Caption),
    ("chuthich", Hint::Caption),
    ("byline", Hint::Byline),
    ("tacgia", Hint::Byline),
    ("authorname", Hint::Byline),
    ("dateline", Hint::Byline),
    ("publishdate", Hint::Byline),
    ("publishedat", Hint::Byline),
    ("postdate", Hint::Byline),
    ("timestamp", Hint::Byline),
    // template
    ("breadcrumb", Hint::Template(Kind::Navigation)),
    ("navigation", Hint::Template(Kind::Navigation)),
    ("navbar", Hint::Template(Kind::Navigation)),
    ("mainmenu", Hint::Template(Kind::Navigation)),
    ("megamenu", Hint::Template(Kind::Navigation)),
    ("topmenu", Hint::Template(Kind::Navigation)),
    ("submenu", Hint::Template(Kind::Navigation)),
    ("pagination", Hint::Template(Kind::Navigation)),
    ("skiplink", Hint::Template(Kind::Navigation)),
    ("related", Hint::Template(Kind::Related)),
    ("lienquan", Hint::Template(Kind::Related)),
    ("tinkhac", Hint::Template(Kind::Related)),
    ("cungchuyenmuc", Hint::Template(Kind::Related)),
    ("xemthem", Hint::Template(Kind::Related)),
    ("docthem", Hint::Template(Kind::Related)),
    ("readmore", Hint::Template(Kind::Related)),
    ("morestories", Hint::Template(Kind::Related)),
    ("morenews", Hint::Template(Kind::Related)),
    ("recommend", Hint::Template(Kind::Related)),
    ("alsoread", Hint::Template(Kind::Related)),
    ("seealso", Hint::Template(Kind::Related)),
    ("outbrain", Hint::Template(Kind::Related)),
    ("taboola", Hint::Template(Kind::Related)),
    ("trending", Hint::Template(Kind::Related)),
    ("mostread", Hint::Template(Kind::Related)),
    ("mostviewed", Hint::Template(Kind::Related)),
    ("mostpopular", Hint::Template(Kind::Related)),
    ("docnhieu", Hint::Template(Kind::Related)),
    ("xemnhieu", Hint::Template(Kind::Related)),
    ("noibat", Hint::Template(Kind::Related)),
    ("tinmoi", Hint::Template(Kind::Related)),
    ("hotnews", Hint::Template(Kind::Related)),
    ("boxtin", Hint::Template(Kind::Related)),
    ("comment", Hint::Template(Kind::Comments)),
    ("binhluan", Hint::Template(Kind::Comments)),
    ("ykien", Hint::Template(Kind::Comments)),
    ("disqus", Hint::Template(Kind::Comments)),
    ("replies", Hint::Template(Kind::Comments)),
    ("respond", Hint::Template(Kind::Comments)),
    ("share", Hint::Template(Kind::Share)),
    ("sharing", Hint::Template(Kind::Share)),
    ("social", Hint::Template(Kind::Share)),
    ("chiase", Hint::Template(Kind::Share)),
    ("addthis", Hint::Template(Kind::Share)),
    ("advert", Hint::Template(Kind::Ads)),
    ("quangcao", Hint::Template(Kind::Ads)),
    ("adsbygoogle", Hint::Template(Kind::Ads)),
    ("adslot", Hint::Template(Kind::Ads)),
    ("adunit", Hint::Template(Kind::Ads)),
    ("adcontainer", Hint::Template(Kind::Ads)),
    ("adwrap", Hint::Template(Kind::Ads)),
    ("sponsor", Hint::Template(Kind::Ads)),
    ("banner", Hint::Template(Kind::Ads)),
    ("footer", Hint::Template(Kind::Footer)),
    ("copyright", Hint::Template(Kind::Footer)),
    ("sidebar", Hint::Template(Kind::Sidebar)),
    ("widget", Hint::Template(Kind::Widget)),
    ("colright", Hint::Template(Kind::Sidebar)),
    ("rightcol", Hint::Template(Kind::Sidebar)),
    ("masthead", Hint::Template(Kind::SiteHeader)),
    ("siteheader", Hint::Template(Kind::SiteHeader)),
    ("newsletter", Hint::Template(Kind::Newsletter)),
    ("subscribe", Hint::Template(Kind::Newsletter)),
    ("signup", Hint::Template(Kind::Newsletter)),
    ("tagcloud", Hint::Template(Kind::Tags)),
    ("tukhoa", Hint::Template(Kind::Tags)),
    ("keyword", Hint::Template(Kind::Tags)),
    ("cookie", Hint::Template(Kind::Popup)),
    ("consent", Hint::Template(Kind::Popup)),
    ("gdpr", Hint::Template(Kind::Popup)),
    ("modal", Hint::Template(Kind::Popup)),
    ("popup", Hint::Template(Kind::Popup)),
    ("paywall", Hint::Template(Kind::Popup)),
];

/// Whole parts of a name (split at `-`, `_`, spaces and camelCase) that are hints only alone.
const PARTS: &[(&str, Hint)] = &[
    ("nav", Hint::Template(Kind::Navigation)),
    ("menu", Hint::Template(Kind::Navigation)),
    ("pager", Hint::Template(Kind::Navigation)),
    ("ad", Hint::Template(Kind::Ads)),
    ("ads", Hint::Template(Kind::Ads)),
    ("adv", Hint::Template(Kind::Ads)),
    ("qc", Hint::Template(Kind::Ads)),
    ("promo", Hint::Template(Kind::Ads)),
    ("tags", Hint::Template(Kind::Tags)),
    ("tag", Hint::Template(Kind::Tags)),
    ("popular", Hint::Template(Kind::Related)),
    ("author", Hint::Byline),
    ("date", Hint::Byline),
    ("time", Hint::Byline),
];

/// Words that, right after a pop-up fragment, make the name that of the control that opens the
/// pop-up (`modal-trigger`, `popup-link`, `product__modal-opener`, `ImageIconGrid__modallink-wrap`):
/// a pop-up is off the page until opened, its control is on the page, often around the text of a
/// section (a feature card whose link opens details in a dialog).
const POPUP_CONTROLS: &[&str] = &["link", "opener", "trigger", "toggle", "button", "btn"];

/// Short words that end many other words (`ad`: head, lead, load, thread, download): a fragment
/// that begins with one must begin a part of the name, so `lead-wrapper` is no `adwrap`,
/// `thread-container` no `adcontainer` and `head-vertical` no `advert`.
const PART_START_PREFIXES: &[&str] = &["ad"];

/// Compact names that contain a template fragment but name article content.
const NOT_TEMPLATE: &[&str] = &[
    "commentary",
    "shareholder",
    // an embedded post (a tweet quoted by the article) is content, whatever network it is from
    "embed",
];

/// The strongest hint of the whitespace-separated tokens of a class or id attribute (template
/// beats the rest, so `article-body related-box` is a related box).
pub fn tokens_hint(value: &str) -> Option<Hint> {
    value
        .split_ascii_whitespace()
        .filter(|t| !is_state_or_taxonomy(t) && !is_instance_name(t) && !is_variant(t))
        .map(token_hint)
        .fold(None, strongest)
}

/// A taxonomy or state token: one of [`IGNORED_PREFIXES`] as written (`has-sidebar`), or a
/// one-word prefix as the token's first part in any spelling (`hasRightCol`, `is_sticky`).
fn is_state_or_taxonomy(token: &str) -> bool {
    // the token's first part, when a second one follows
    let mut split = parts(token);
    let first = split.next().filter(|_| split.next().is_some());
    IGNORED_PREFIXES.iter().any(|p| {
        token
            .get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p))
            || p.strip_suffix('-').is_some_and(|word| {
                !word.contains('-') && first.is_some_and(|first| first.eq_ignore_ascii_case(word))
            })
    })
}

/// A utility class with a variant (`hover:underline`, `[html.sidebar-filled_&]:bg-base`): it
/// says when a style applies, often in terms of another element (the page's sidebar state on a
/// code block), not what this element is.
fn is_variant(token: &str) -> bool {
    token.contains([':', '['])
}

/// Digits in a row that make a name one instance of a module, not a kind of element.
const INSTANCE_DIGITS: usize = 6;

/// A generated instance name (`widget_193128255529`, `hs_cos_wrapper_widget_1755215275058`): a
/// page builder numbers every module it places, so the word before the number is the builder's
/// name for any module, not what this one is (the module's role, if any, is in its other
/// names). Short numbers (`menu-item-2176`, `sidebar-2`) still name a kind.
fn is_instance_name(token: &str) -> bool {
    token
        .split(|c: char| !c.is_ascii_digit())
        .any(|run| run.len() >= INSTANCE_DIGITS)
}

/// Template beats content, content beats caption and byline.
pub fn strongest(a: Option<Hint>, b: Option<Hint>) -> Option<Hint> {
    match (a, b) {
        (Some(a @ Hint::Template(_)), _) => Some(a),
        (_, Some(b @ Hint::Template(_))) => Some(b),
        (Some(Hint::Content), _) | (_, Some(Hint::Content)) => Some(Hint::Content),
        (a, b) => a.or(b),
    }
}

/// One automaton over every fragment, then the exceptions: a class token is read in one pass.
static MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let patterns = FRAGMENTS
        .iter()
        .map(|(f, _)| *f)
        .chain(NOT_TEMPLATE.iter().copied());
    AhoCorasick::new(patterns).expect("fragment automaton")
});

fn token_hint(token: &str) -> Option<Hint> {
    // compact form in a stack buffer: names longer than it are cut (their start says enough)
    // and, bit i, whether compact byte i starts a part (after a separator or a lower→upper change)
    let mut buf = [0u8; 64];
    let mut starts = 0u64;
    let mut len = 0;
    let mut prev: Option<u8> = None;
    for b in token.bytes() {
        if len == buf.len() {
            break;
        }
        if b.is_ascii_alphanumeric() {
            if prev.is_none_or(|p| !p.is_ascii_alphanumeric())
                || prev.is_some_and(|p| p.is_ascii_lowercase() && b.is_ascii_uppercase())
            {
                starts |= 1 << len;
            }
            buf[len] = b.to_ascii_lowercase();
            len += 1;
        }
        prev = Some(b);
    }
    let compact = &buf[..len];
    if compact.is_empty() {
        return None;
    }
    let mut fragment: Option<Hint> = None;
    for m in MATCHER.find_overlapping_iter(compact) {
        let Some((_, hint)) = FRAGMENTS.get(m.pattern().as_usize()) else {
            return None; // an exception: `commentary`, `shareholder`…
        };
        if starts & (1 << m.start()) == 0
            && PART_START_PREFIXES
                .iter()
                .any(|p| compact[m.start()..].starts_with(p.as_bytes()))
        {
            continue;
        }
        if *hint == Hint::Template(Kind::Popup)
            && POPUP_CONTROLS
                .iter()
                .any(|c| compact[m.end()..].starts_with(c.as_bytes()))
        {
            continue;
        }
        if fragment.is_none() || matches!(hint, Hint::Template(_)) {
            fragment = Some(*hint);
        }
    }
    if fragment.is_some() {
        return fragment;
    }
    parts(token).find_map(|part| {
        PARTS
            .iter()
            .find(|(p, _)| part.eq_ignore_ascii_case(p))
            .map(|(_, h)| *h)
    })
}

/// The parts of a name: split at non-alphanumerics and at lower→upper case changes. A CSS
/// module's hash (`mdx-table_root__adKqa`: five characters after `__`, some upper case or digits)
/// is no part: read as words, `adKqa` would be an ad.
fn parts(token: &str) -> impl Iterator<Item = &str> {
    double_underscore_chunks(token)
        .enumerate()
        .map(
            |(i, chunk)| match chunk.split_once(|c: char| !c.is_ascii_alphanumeric()) {
                _ if i == 0 => chunk,
                Some((head, rest)) if is_module_hash(head) => rest,
                None if is_module_hash(chunk) => "",
                _ => chunk,
            },
        )
        .flat_map(|chunk| chunk.split(|c: char| !c.is_ascii_alphanumeric()))
        .flat_map(|piece| {
            let b = piece.as_bytes();
            let mut start = 0;
            (1..=b.len()).filter_map(move |i| {
                let cut =
                    i == b.len() || (b[i - 1].is_ascii_lowercase() && b[i].is_ascii_uppercase());
                cut.then(|| {
                    let part = &piece[start..i];
                    start = i;
                    part
                })
            })
        })
        .filter(|p| !p.is_empty())
}

/// `token.split("__")`, without the substring searcher that `str::split` builds for every
/// call (class and id names are short, and every one of a page is read: a byte scan is faster).
fn double_underscore_chunks(token: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(token);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.as_bytes().windows(2).position(|w| w == b"__") {
            Some(at) => {
                rest = Some(&r[at + 2..]);
                Some(&r[..at])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

fn is_module_hash(piece: &str) -> bool {
    piece.len() == 5
        && piece.bytes().all(|b| b.is_ascii_alphanumeric())
        && piece
            .bytes()
            .any(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// Common function words of English and Vietnamese (syllables), `data/function-words.txt`: their
/// share tells running prose from menus and labels, as in jusText.
static FUNCTION_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| lexicon::phrases(include_str!("../../data/function-words.txt")).collect());

/// Whether `word` (punctuation around it ignored, any case) is a function word.
pub fn is_stopword(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    if w.is_empty() || w.len() > 8 {
        return false;
    }
    let lower;
    let w = if w.chars().any(char::is_uppercase) {
        lower = w.to_lowercase();
        lower.as_str()
    } else {
        w
    };
    FUNCTION_WORDS.contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn double_underscore_chunks_are_str_split() {
        for t in [
            "",
            "_",
            "__",
            "___",
            "a__b",
            "a___b",
            "__a__",
            "mdx-table_root__adKqa",
            "x____y",
        ] {
            let want: Vec<&str> = t.split("__").collect();
            assert_eq!(double_underscore_chunks(t).collect::<Vec<_>>(), want, "{t}");
        }
    }

    fn name_hint(class: Option<&str>, id: Option<&str>) -> Option<Hint> {
        strongest(class.and_then(tokens_hint), id.and_then(tokens_hint))
    }

    #[test]
    fn names_in_every_spelling() {
        let related = Some(Hint::Template(Kind::Related));
        assert_eq!(name_hint(Some("box-tinlienquan"), None), related);
        assert_eq!(name_hint(Some("tin-lien-quan"), None), related);
        assert_eq!(name_hint(None, Some("boxTinLienQuan")), related);
        assert_eq!(name_hint(Some("related_posts"), None), related);
        assert_eq!(
            name_hint(Some("box-binh-luan"), None),
            Some(Hint::Template(Kind::Comments))
        );
        assert_eq!(
            name_hint(Some("quang-cao"), None),
            Some(Hint::Template(Kind::Ads))
        );
        assert_eq!(
            name_hint(Some("ad-slot"), None),
            Some(Hint::Template(Kind::Ads))
        );
        // a state word in any spelling, and a builder's numbered module, say nothing of the
        // element's role; a short number still names a kind
        assert_eq!(name_hint(Some("hasRightCol interior-content"), None), None);
        assert_eq!(name_hint(Some("is_sidebar-open"), None), None);
        assert_eq!(name_hint(None, Some("widget_193128255529")), None);
        assert_eq!(
            name_hint(
                Some("relative [html.theme-bold.sidebar-filled_&]:bg-tint"),
                None
            ),
            None
        );
        assert_eq!(
            name_hint(None, Some("sidebar-2")),
            Some(Hint::Template(Kind::Sidebar))
        );
        assert_eq!(
            name_hint(Some("rightCol"), None),
            Some(Hint::Template(Kind::Sidebar))
        );
        // a CSS module's hash is no word, a BEM element is
        assert_eq!(name_hint(Some("mdx-table_root__adKqa"), None), None);
        assert_eq!(
            name_hint(Some("article__ad"), None),
            Some(Hint::Template(Kind::Ads))
        );
        assert_eq!(name_hint(Some("fck_detail"), None), Some(Hint::Content));
        assert_eq!(
            name_hint(None, Some("articleBody")),
            Some(Hint::Content),
            "camel case content"
        );
    }

    #[test]
    fn the_control_of_a_popup_is_not_the_popup() {
        let popup = Some(Hint::Template(Kind::Popup));
        assert_eq!(name_hint(Some("modal-dialog"), None), popup);
        assert_eq!(name_hint(Some("cmp-modal__content"), None), popup);
        assert_eq!(name_hint(Some("popup-modal"), None), popup);
        for class in [
            "ImageIconGrid__modallink-wrap",
            "modal-trigger",
            "product__modal-opener",
            "popupLink",
        ] {
            assert_eq!(name_hint(Some(class), None), None, "{class}");
        }
        // a fragment that begins with a word that ends others must begin a part
        for class in ["lead-wrapper", "threadContainer", "head-vertical"] {
            assert_eq!(name_hint(Some(class), None), None, "{class}");
        }
        let ads = Some(Hint::Template(Kind::Ads));
        for class in ["ad-wrapper", "topAdContainer", "adsbygoogle", "box-advert"] {
            assert_eq!(name_hint(Some(class), None), ads, "{class}");
        }
        // another hint of the same name still counts
        assert_eq!(
            name_hint(Some("sidebar-modal-link"), None),
            Some(Hint::Template(Kind::Sidebar))
        );
    }

    #[test]
    fn article_names_that_contain_template_words_are_not_template() {
        // short words only as whole parts
        for class in [
            "header",
            "shadow",
            "loaded",
            "gradient",
            "readable",
            "download",
            "headline",
            "adventure",
        ] {
            assert_eq!(name_hint(Some(class), None), None, "{class}");
        }
        // taxonomy and state classes on the article element itself
        assert_eq!(
            name_hint(
                Some("post-123 post type-post tag-comments category-share has-sidebar"),
                None
            ),
            None
        );
        assert_eq!(name_hint(Some("commentary-body"), None), None);
        // template wins over content on one element
        assert_eq!(
            name_hint(Some("article-body related-box"), None),
            Some(Hint::Template(Kind::Related))
        );
    }

    #[test]
    fn stopwords_of_both_languages() {
        assert!(is_stopword("The"));
        assert!(is_stopword("được"));
        assert!(is_stopword("của,"));
        assert!(!is_stopword("Hà"));
        assert!(!is_stopword("election"));
    }
}
