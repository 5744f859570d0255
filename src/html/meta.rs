//! Page metadata: title, canonical URL, publish date, author, site name, language.
//!
//! Sources in order of trust, first found wins per field: Open Graph and article `<meta>` tags
//! (what sites write for sharing), JSON-LD `NewsArticle`/`Article` (what they write for search
//! engines), then the document itself (`<link rel=canonical>`, `<html lang>`, `<time>`, `<h1>`,
//! `<title>`). Dates are written `YYYY-MM-DD` when they can be read, as given otherwise.

use std::sync::LazyLock;

use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

use super::page_type::Declared;

use crate::pipeline::Metadata;

static META: LazyLock<Selector> = LazyLock::new(|| sel("meta"));
static CANONICAL: LazyLock<Selector> = LazyLock::new(|| sel("link[rel][href]"));
static JSON_LD: LazyLock<Selector> = LazyLock::new(|| sel("script[type]"));
static HTML_LANG: LazyLock<Selector> = LazyLock::new(|| sel("html[lang]"));
static TIME: LazyLock<Selector> = LazyLock::new(|| sel("time[datetime]"));
static H1: LazyLock<Selector> = LazyLock::new(|| sel("h1"));
static TITLE: LazyLock<Selector> = LazyLock::new(|| sel("title"));

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("static selector")
}

/// The metadata `html` declares.
pub fn extract(html: &Html) -> (Metadata, Declared) {
    let mut m = Metadata::default();
    let mut declared = Declared::default();
    let mut fallback_title = None;
    for el in html.select(&META) {
        let v = el.value();
        let key = v
            .attr("property")
            .or_else(|| v.attr("name"))
            .or_else(|| v.attr("itemprop"))
            .or_else(|| v.attr("http-equiv"))
            .map(str::to_ascii_lowercase);
        let (Some(key), Some(content)) = (key, v.attr("content").map(clean)) else {
            continue;
        };
        if content.is_empty() {
            continue;
        }
        match key.as_str() {
            "og:title" => set(&mut m.title, content),
            "og:type" => set(&mut declared.og, content.to_ascii_lowercase()),
            "twitter:title" => set(&mut fallback_title, content),
            "og:url" => set(&mut m.url, content),
            "og:site_name" | "application-name" => set(&mut m.site_name, content),
            "article:published_time"
            | "datepublished"
            | "pubdate"
            | "publishdate"
            | "publish-date"
            | "date"
            | "dc.date"
            | "dc.date.issued"
            | "parsely-pub-date"
            | "sailthru.date"
            | "og:published_time"
            | "article:published" => set(&mut m.date, normalize_date(&content)),
            "author" | "article:author" | "dc.creator" | "parsely-author" | "sailthru.author"
                if !content.starts_with("http") =>
            {
                set(&mut m.author, content)
            }
            "og:locale" | "content-language" | "language" | "dc.language" => {
                set(&mut m.language, language(&content))
            }
            _ => {}
        }
    }
    for el in html.select(&JSON_LD) {
        if el
            .value()
            .attr("type")
            .is_some_and(|t| t.contains("ld+json"))
        {
            let text: String = el.text().collect();
            if let Ok(value) = serde_json::from_str::<Value>(&text) {
                json_ld(&value, &mut m, &mut fallback_title, &mut declared, 0);
            }
        }
    }
    let canonical = html.select(&CANONICAL).find(|l| {
        l.value().attr("rel").is_some_and(|r| {
            r.split_ascii_whitespace()
                .any(|r| r.eq_ignore_ascii_case("canonical"))
        })
    });
    if let Some(href) = canonical.and_then(|l| l.value().attr("href")) {
        // the canonical link is the page's own statement of its address
        m.url = Some(clean(href));
    }
    if m.language.is_none() {
        if let Some(lang) = first_attr(html, &HTML_LANG, "lang") {
            set(&mut m.language, language(lang));
        }
    }
    if m.date.is_none() {
        if let Some(t) = first_attr(html, &TIME, "datetime") {
            set(&mut m.date, normalize_date(t));
        }
    }
    let title = fallback_title
        .or_else(|| html.select(&H1).next().map(text_of))
        .or_else(|| html.select(&TITLE).next().map(text_of));
    if m.title.is_none() {
        m.title = title.filter(|t| !t.is_empty());
    }
    (m, declared)
}

/// Reads an Article-like JSON-LD object (or a `@graph`/array holding one); every `@type` and
/// every product description go to `declared`.
fn json_ld(
    v: &Value,
    m: &mut Metadata,
    title: &mut Option<String>,
    declared: &mut Declared,
    depth: usize,
) {
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(items) => items
            .iter()
            .for_each(|i| json_ld(i, m, title, declared, depth + 1)),
        Value::Object(o) => {
            if let Some(graph) = o.get("@graph") {
                json_ld(graph, m, title, declared, depth + 1);
            }
            let types = &mut declared.json_ld;
            match o.get("@type") {
                Some(Value::String(t)) => types.push(t.clone()),
                Some(Value::Array(ts)) => {
                    types.extend(ts.iter().filter_map(Value::as_str).map(String::from))
                }
                _ => {}
            }
            let kind = o.get("@type").map(|t| t.to_string()).unwrap_or_default();
            if ["\"Product\"", "\"ProductGroup\""]
                .iter()
                .any(|k| kind.contains(k))
            {
                if let Some(d) = o.get("description").and_then(Value::as_str) {
                    declared.product_descriptions.push(d.to_string());
                }
            }
            if !["Article", "NewsArticle", "BlogPosting", "Report", "Posting"]
                .iter()
                .any(|k| kind.contains(k))
            {
                return;
            }
            if let Some(h) = o.get("headline").and_then(Value::as_str) {
                set(title, clean(h));
            }
            if let Some(d) = o.get("datePublished").and_then(Value::as_str) {
                set(&mut m.date, normalize_date(d));
            }
            if let Some(name) = o.get("author").and_then(person) {
                set(&mut m.author, name);
            }
            if let Some(name) = o.get("publisher").and_then(person) {
                set(&mut m.site_name, name);
            }
            if let Some(lang) = o.get("inLanguage").and_then(Value::as_str) {
                set(&mut m.language, language(lang));
            }
        }
        _ => {}
    }
}

/// A JSON-LD person or organization: a name, an object with `name`, or a list of them.
fn person(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.starts_with("http") => Some(clean(s)),
        Value::Object(o) => o.get("name").and_then(Value::as_str).map(clean),
        Value::Array(items) => {
            let names: Vec<String> = items.iter().filter_map(person).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
    .filter(|s| !s.is_empty())
}

/// The attribute `attr` of the first element `selector` matches.
fn first_attr<'h>(html: &'h Html, selector: &Selector, attr: &str) -> Option<&'h str> {
    html.select(selector)
        .next()
        .and_then(|e| e.value().attr(attr))
}

fn set(field: &mut Option<String>, value: String) {
    if field.is_none() && !value.is_empty() {
        *field = Some(value);
    }
}

fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn text_of(el: ElementRef<'_>) -> String {
    clean(&el.text().collect::<String>())
}

/// `vi_VN`, `vi-VN`, `VI` → `vi`.
fn language(tag: &str) -> String {
    tag.trim()
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// `2024-12-02T08:15:00+07:00` → `2024-12-02`; `2/12/2024` (day first) → `2024-12-02`.
pub fn normalize_date(raw: &str) -> String {
    let t = raw.trim();
    let b = t.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    if digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
    {
        return t[..10].to_string();
    }
    let parts: Vec<&str> = t
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .collect();
    if let [d, mo, y, ..] = parts.as_slice() {
        if let (Ok(d), Ok(mo), Ok(y)) = (d.parse::<u32>(), mo.parse::<u32>(), y.parse::<u32>()) {
            if (1..=31).contains(&d) && (1..=12).contains(&mo) && (1900..=2100).contains(&y) {
                return format!("{y:04}-{mo:02}-{d:02}");
            }
        }
    }
    t.chars().take(40).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_graph_json_ld_and_document_fallbacks() {
        let page = r#"<html lang="vi-VN"><head>
            <title>Giá xăng giảm - VnExpress</title>
            <meta property="og:site_name" content="VnExpress">
            <meta property="article:published_time" content="2024-12-02T08:15:00+07:00">
            <link rel="canonical" href="https://vnexpress.net/gia-xang-giam-123.html">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"NewsArticle","headline":"Giá xăng giảm lần thứ ba",
               "author":[{"@type":"Person","name":"Minh Anh"}],
               "publisher":{"@type":"Organization","name":"Báo VnExpress"}}]}</script>
            </head><body><h1>Giá xăng giảm</h1></body></html>"#;
        let m = extract(&Html::parse_document(page)).0;
        assert_eq!(m.title.as_deref(), Some("Giá xăng giảm lần thứ ba"));
        assert_eq!(m.date.as_deref(), Some("2024-12-02"));
        assert_eq!(m.author.as_deref(), Some("Minh Anh"));
        assert_eq!(m.site_name.as_deref(), Some("VnExpress"));
        assert_eq!(m.language.as_deref(), Some("vi"));
        assert_eq!(
            m.url.as_deref(),
            Some("https://vnexpress.net/gia-xang-giam-123.html")
        );
    }

    #[test]
    fn title_falls_back_to_h1_then_title() {
        let m = extract(&Html::parse_document("<title>T</title><h1> Tiêu  đề </h1>")).0;
        assert_eq!(m.title.as_deref(), Some("Tiêu đề"));
        let m = extract(&Html::parse_document("<title>Chỉ có title</title><p>x")).0;
        assert_eq!(m.title.as_deref(), Some("Chỉ có title"));
    }

    #[test]
    fn dates_in_both_orders() {
        assert_eq!(normalize_date("2019-11-19T10:00:00Z"), "2019-11-19");
        assert_eq!(
            normalize_date("Thứ hai, 2/12/2024, 08:15 (GMT+7)"),
            "2024-12-02"
        );
        assert_eq!(normalize_date("hôm qua"), "hôm qua");
    }
}
