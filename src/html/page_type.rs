//! What kind of page this is — article, forum thread, product, documentation, listing,
//! collection or service page — from what the page says about itself (JSON-LD `@type`,
//! `og:type`), its address, and what extraction found (an article container or none, and how much
//! of the text kept is code: a reference page saved without its address is still documentation).
//!
//! Corpora that want articles only select types with `[html] page_types` in `sach.toml`; pages
//! of other types are dropped whole with rule H012 instead of being emptied by accident.
//! Signals are read in order of trust: the page's own structured data first, then its address,
//! then its shape. The address words are a short list of path segments that name a section
//! (`/forum/`, `/docs/`, `/collections/`), not guesses about text.

use serde::Deserialize;

/// The page types, as WCXB names them.
pub const TYPES: &[&str] = &[
    "article",
    "forum",
    "product",
    "documentation",
    "listing",
    "collection",
    "service",
];

/// `[html]` in `sach.toml`.
#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// The page types to keep (default: all of [`TYPES`]); pages of other types are dropped.
    pub page_types: Vec<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            page_types: TYPES.iter().map(|t| t.to_string()).collect(),
        }
    }
}

impl Options {
    /// Every name must be a known page type.
    pub fn validate(&self) -> Result<(), String> {
        match self
            .page_types
            .iter()
            .find(|t| !TYPES.contains(&t.as_str()))
        {
            Some(t) => Err(format!(
                "unknown page type `{t}` in [html] page_types (known: {})",
                TYPES.join(", ")
            )),
            None => Ok(()),
        }
    }

    pub fn keeps(&self, page_type: &str) -> bool {
        self.page_types.iter().any(|t| t == page_type)
    }
}

/// What the page declares about itself.
#[derive(Clone, Debug, Default)]
pub struct Declared {
    /// Every JSON-LD `@type` on the page.
    pub json_ld: Vec<String>,
    /// `og:type`, lowercased.
    pub og: Option<String>,
    /// The `description` of every JSON-LD `Product`/`ProductGroup`, as written (it may hold
    /// markup).
    pub product_descriptions: Vec<String>,
}

impl Declared {
    /// The page says it is an article (JSON-LD or `og:type`).
    pub fn article(&self) -> bool {
        // SEO plugins write `og:type` article on every page of a site; their JSON-LD graph
        // says `WebPage` for a page, and adds an `Article`, or at least its author, for a post
        self.article_in_json_ld()
            || (self.og.as_deref() == Some("article")
                && (!self.json_ld_has(&["WebPage"]) || self.json_ld_has(&["Person"])))
    }

    /// The page's JSON-LD says it is an article: stronger than `og:type`, which SEO plugins and
    /// themes write on category pages too.
    pub fn article_in_json_ld(&self) -> bool {
        const ARTICLES: &[&str] = &[
            "Article",
            "NewsArticle",
            "BlogPosting",
            "Report",
            "TechArticle",
        ];
        self.json_ld_has(ARTICLES)
    }

    fn json_ld_has(&self, names: &[&str]) -> bool {
        self.json_ld
            .iter()
            .any(|t| names.iter().any(|n| t.eq_ignore_ascii_case(n)))
    }
}

/// Path segments that name a section of a site.
const FORUM_PATHS: &[&str] = &[
    "forum",
    "forums",
    "thread",
    "threads",
    "topic",
    "t",
    "questions",
    "community",
    "discussion",
    "comments",
];
const DOC_PATHS: &[&str] = &[
    "docs",
    "doc",
    "documentation",
    "reference",
    "api",
    "manual",
    "guide",
    "guides",
    "wiki",
];
const COLLECTION_PATHS: &[&str] = &[
    "collections",
    "collection",
    "shop",
    "category",
    "categories",
    "catalog",
    "products",
];
const PRODUCT_PATHS: &[&str] = &["product", "p", "item", "dp"];

/// A forum or Q&A thread, by its structured data or its address (a `forum.` or `forums.` host,
/// a path through `forum`, `thread`, `comments`…: a link aggregator's thread is its submission's
/// comments): known before extraction, so the thread's posts (in `comment` elements) are read as
/// its content.
pub fn is_forum(declared: &Declared, url: Option<&str>) -> bool {
    declared.json_ld.iter().any(|t| {
        ["DiscussionForumPosting", "QAPage", "Question"]
            .iter()
            .any(|n| t.eq_ignore_ascii_case(n))
    }) || url.is_some_and(|u| u.contains("://forum.") || u.contains("://forums."))
        || path_segments(url)
            .iter()
            .any(|s| FORUM_PATHS.contains(&s.as_str()))
}

/// A product (or a shop's grid of them), by its structured data or `og:type`.
pub fn is_product(declared: &Declared) -> bool {
    declared.json_ld_has(&["Product", "ProductGroup"])
        || declared
            .og
            .as_deref()
            .is_some_and(|o| o.contains("product"))
}

/// A shop's collection or a list of items, by its structured data or its address.
pub fn is_collection(declared: &Declared, url: Option<&str>) -> bool {
    declared.json_ld_has(&["CollectionPage", "ItemList", "OfferCatalog"])
        || path_segments(url)
            .iter()
            .any(|s| COLLECTION_PATHS.contains(&s.as_str()))
}

/// A documentation site's address: a `docs.` or `developer.` host, or a path through `docs`,
/// `reference`, `manual`…
pub fn documentation_address(url: Option<&str>) -> bool {
    url.is_some_and(|u| u.contains("://docs.") || u.contains("://developer."))
        || path_segments(url)
            .iter()
            .any(|s| DOC_PATHS.contains(&s.as_str()))
}

/// The lowercased path segments of an address.
fn path_segments(url: Option<&str>) -> Vec<String> {
    url.map(|u| {
        let path = u.split("://").nth(1).unwrap_or(u);
        let path = path.split(['?', '#']).next().unwrap_or(path);
        path.split('/')
            .skip(1)
            .map(str::to_ascii_lowercase)
            .collect()
    })
    .unwrap_or_default()
}

/// A page whose kept text is at least this share program text, and that does not declare itself
/// an article, is documentation (tuned on the even half of wcxb-dev, where it types 10 of the 19
/// documentation pages that have no documentation address and 4 others: 0.15 → documentation
/// word F1 0.9599 with articles typed too, 0.25 → 0.9593, 0.35 → 0.9582, never → 0.9546).
pub const DOC_CODE_SHARE: f64 = 0.15;

/// The type of a page: `article_found` says whether extraction found an article container,
/// `code_share` how much of the text kept is program text.
pub fn classify(
    declared: &Declared,
    url: Option<&str>,
    article_found: bool,
    code_share: f64,
) -> &'static str {
    let has = |names: &[&str]| {
        declared
            .json_ld
            .iter()
            .any(|t| names.iter().any(|n| t.eq_ignore_ascii_case(n)))
    };
    if is_forum(declared, url) {
        return "forum";
    }
    if is_product(declared) {
        return if has(&["ItemList", "CollectionPage", "OfferCatalog"]) {
            "collection"
        } else {
            "product"
        };
    }
    let segments = path_segments(url);
    let in_path = |names: &[&str]| segments.iter().any(|s| names.contains(&s.as_str()));
    if documentation_address(url) {
        return "documentation";
    }
    if article_found && declared.article() {
        return "article";
    }
    // a reference or guide without a documentation address: its text is largely code
    if code_share >= DOC_CODE_SHARE {
        return "documentation";
    }
    if is_collection(declared, url) {
        return "collection";
    }
    if in_path(PRODUCT_PATHS) {
        return "product";
    }
    match article_found {
        true => "article",
        false => "listing",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn declared(json_ld: &[&str], og: Option<&str>) -> Declared {
        Declared {
            json_ld: json_ld.iter().map(|s| s.to_string()).collect(),
            og: og.map(String::from),
            ..Declared::default()
        }
    }

    #[test]
    fn structured_data_then_address_then_shape() {
        let none = Declared::default();
        assert_eq!(
            classify(&declared(&["QAPage"], None), None, true, 0.0),
            "forum"
        );
        assert_eq!(
            classify(&declared(&["Product"], Some("product")), None, true, 0.0),
            "product"
        );
        assert_eq!(
            classify(&none, Some("https://forums.docker.com/t/dns/1"), true, 0.0),
            "forum"
        );
        assert_eq!(
            classify(
                &none,
                Some("https://docs.rs/serde/latest/serde/"),
                true,
                0.0
            ),
            "documentation"
        );
        assert_eq!(
            classify(
                &none,
                Some("https://shop.example/collections/coffee"),
                false,
                0.0
            ),
            "collection"
        );
        assert_eq!(
            classify(
                &declared(&["NewsArticle"], None),
                Some("https://vnexpress.net/a-1.html"),
                true,
                0.0
            ),
            "article"
        );
        assert_eq!(
            classify(&none, Some("https://vnexpress.net/kinh-doanh"), false, 0.0),
            "listing"
        );
        assert_eq!(classify(&none, None, true, 0.0), "article");
        // no address to go by: a page whose text is largely code is documentation, unless it
        // declares itself an article (a tutorial on a blog)
        assert_eq!(classify(&none, None, true, 0.4), "documentation");
        assert_eq!(
            classify(&declared(&["BlogPosting"], None), None, true, 0.4),
            "article"
        );
    }

    #[test]
    fn a_thread_is_known_by_its_host_or_its_comments_path_but_a_comment_column_is_no_thread() {
        let none = Declared::default();
        for url in [
            "https://www.reddit.com/r/science/comments/1rku5x9/hair_follicles/",
            "https://forums.virtualbox.org/viewtopic.php?t=112320",
            "https://forum.example.org/view/123",
        ] {
            assert!(is_forum(&none, Some(url)), "{url}");
        }
        // an opinion column, a news story that mentions a forum, a forum's own news page host
        for url in [
            "https://www.example.com/comment/2024/jan/12/the-kernel-debate",
            "https://news.example.com/forum-on-climate-held-in-hanoi.html",
            "https://www.forums-news.example.com/a-1.html",
        ] {
            assert!(!is_forum(&none, Some(url)), "{url}");
        }
    }

    #[test]
    fn og_article_on_a_page_whose_json_ld_says_web_page_is_no_article() {
        assert!(declared(&[], Some("article")).article());
        // a service page of a WordPress site: the SEO plugin's og:type, its graph's WebPage
        assert!(!declared(&["WebPage", "WebSite", "Organization"], Some("article")).article());
        // a post whose graph names its author, or says Article
        assert!(declared(&["WebPage", "Person"], Some("article")).article());
        assert!(declared(&["WebPage", "BlogPosting"], None).article());
    }

    #[test]
    fn options_reject_unknown_types() {
        let o = Options {
            page_types: vec!["article".into(), "blog".into()],
        };
        assert!(o.validate().unwrap_err().contains("`blog`"));
        assert!(Options::default().validate().is_ok() && Options::default().keeps("listing"));
    }
}
