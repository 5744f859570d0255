//! HTML input: a page becomes the text of its article, and everything else the page showed is
//! accounted for, block by block, as edits with rule codes — so the report, `sach diff` and
//! `sach check` show what the HTML stage removed exactly as they show every other change.
//!
//! The steps, each in its own file:
//!
//! * [`charset`] — which bytes are HTML, and the encoding a `<meta>` declares (the HTML
//!   Standard's prescan); [`crate::decode::decode_html`] applies the decoding order;
//! * [`prefilter`] — drops script and style bodies and bounds nesting depth before parsing, so
//!   the parser does less and hostile pages stay linear;
//! * `dom` — parses with `scraper` (html5ever) and cuts the page into text blocks;
//! * `vocab` — tag, role, class and id vocabulary, in English and Vietnamese site naming;
//! * `container` — finds the article container (Readability's scoring);
//! * `templates` — template elements, and the ones that hold the content after all;
//! * `shape` — whether the container is the page's content or one section, one card, a listing;
//! * `content` — decides every block, with a reason;
//! * `meta` — title, canonical URL, date, author, site name, language;
//! * `product` — a product page's JSON-LD description, when the page does not show it.
//!
//! The *page text* — the input of the text passes, and what positions refer to — is every block
//! in reading order, one per paragraph (list items and table rows one per line). The `html`
//! stage deletes the blocks that are not the article; the text passes then run on what is left.
//!
//! ```
//! let page = "<html><body><nav><a href=/>Trang chủ</a> <a href=/tt>Thời sự</a></nav>\
//!     <article><h1>Mưa lớn ở miền Trung</h1><p>Mưa lớn kéo dài nhiều ngày khiến nước sông \
//!     dâng cao, nhiều tuyến đường bị ngập sâu và người dân phải sơ tán.</p></article></body></html>";
//! let page = sach::html::extract(page);
//! assert_eq!(page.meta.title.as_deref(), Some("Mưa lớn ở miền Trung"));
//! let text = sach::edit::apply(&page.text, &page.edits);
//! assert!(text.starts_with("Mưa lớn kéo dài") && !text.contains("Trang chủ"));
//! ```

pub mod charset;
mod container;
mod content;
mod context;
mod dom;
mod meta;
pub mod page_type;
pub mod prefilter;
mod product;
mod remarks;
pub mod rules;
mod shape;
mod templates;
mod vocab;

pub use rules::RULES;

use std::rc::Rc;

use crate::config::Config;
use crate::edit::Edit;
use crate::pipeline::{Metadata, RuleSet};
use content::Verdict;
use dom::{Page, TagKind};

/// A page turned into text plus the edits that cut it down to the article.
#[derive(Clone, Debug)]
pub struct Extracted {
    /// Every block of the page, in reading order.
    pub text: String,
    /// Block deletions (H rules) against `text`, sorted, plus report-only findings.
    pub edits: Vec<Edit>,
    pub meta: Metadata,
}

/// Extracts the article of an HTML page (already decoded), keeping every page type.
pub fn extract(source: &str) -> Extracted {
    extract_with(
        source,
        &page_type::Options::default(),
        &RuleSet::new(&Config::default()),
    )
}

/// Extracts the article of an HTML page (already decoded); a page whose type `options` does not
/// keep is dropped whole (H012). The type goes to the metadata either way. Each H rule acts only
/// when `on` enables it: a disabled one's blocks are judged as if it did not exist.
pub fn extract_with(source: &str, options: &page_type::Options, on: &RuleSet) -> Extracted {
    let (markup, flattened) = prefilter::prefilter(source);
    let html = scraper::Html::parse_document(&markup);
    let (mut meta, declared) = meta::extract(&html);
    let mut page = dom::segment(&html);
    let said = content::Declared {
        article: declared.article(),
        article_in_json_ld: declared.article_in_json_ld(),
        forum: page_type::is_forum(&declared, meta.url.as_deref()),
        product: page_type::is_product(&declared),
        collection: page_type::is_collection(&declared, meta.url.as_deref()),
        og_article: declared.og.as_deref() == Some("article"),
        documentation: page_type::documentation_address(meta.url.as_deref()),
    };
    let before = meta.clone();
    let (mut verdicts, mut article_found) = classify(&page, &html, &mut meta, said, on);
    let kept = kept_words(&page, &verdicts);
    if kept < RESCUE_WORDS {
        // next to nothing shown: a page whose script reveals its content on load, when what it
        // hides is text (not a hidden search box on a blocked page) and many times what shows
        // (a banner line above a hidden product grid)
        let shown = dom::segment_with(&html, dom::Hidden::Read);
        let mut wider = before;
        let (v, found) = classify(&shown, &html, &mut wider, said, on);
        let revealed = kept_words(&shown, &v);
        if revealed >= RESCUE_WORDS && revealed >= HIDDEN_RESCUE_RATIO * kept {
            (page, verdicts, article_found, meta) = (shown, v, found, wider);
        }
    }
    drop_file_labels(&page, &mut verdicts, on);
    let code = code_share(&page, &verdicts);
    let kind = page_type::classify(&declared, meta.url.as_deref(), article_found, code);
    meta.page_type = Some(kind.to_string());
    if !options.keeps(kind) && on.enabled(rules::PAGE_TYPE) {
        let reason: Rc<str> = format!(
            "a {kind} page; [html] page_types keeps {}",
            options.page_types.join(", ")
        )
        .into();
        verdicts = vec![Verdict::Drop(rules::PAGE_TYPE, reason); page.blocks.len()];
    }
    let (mut text, mut edits) = render(&page, &verdicts);
    if kind == "product" {
        let kept = kept_blocks(&page, &verdicts).flat_map(str::split_whitespace);
        if let Some(paragraphs) = product::description(&declared.product_descriptions, kept) {
            lead_with(&mut text, &mut edits, &paragraphs.join("\n\n"));
        }
    }
    if flattened > 0 && on.enabled(rules::DEEP_NESTING) {
        let reason = format!(
            "{flattened} tags nested deeper than {} levels dropped before parsing (text kept)",
            prefilter::MAX_DEPTH
        );
        edits.insert(0, Edit::report(rules::DEEP_NESTING, 0..0, reason));
    }
    let kept = kept_blocks(&page, &verdicts).flat_map(str::split_whitespace);
    if meta.language.is_none() && crate::vietnamese::words_look_vietnamese(kept) {
        meta.language = Some("vi".into());
    }
    Extracted { text, edits, meta }
}

/// Removes the kept blocks that are only the name of the image their link opens (H013), on
/// pages of every type: a gallery's labels are no text wherever the gallery stands.
fn drop_file_labels(page: &Page, verdicts: &mut [Verdict], on: &RuleSet) {
    if !on.enabled(rules::IMAGE_FILE_LABEL) {
        return;
    }
    for (block, verdict) in page.blocks.iter().zip(verdicts.iter_mut()) {
        if block.file_label && matches!(verdict, Verdict::Keep) {
            let reason = format!(
                "`{}` is the file name of the image its link opens",
                block.text
            );
            *verdict = Verdict::Drop(rules::IMAGE_FILE_LABEL, reason.into());
        }
    }
}

/// Below this many words kept, the page is extracted again with class and id names ignored,
/// and with hidden elements read.
const RESCUE_WORDS: usize = 50;
/// The hidden elements are the page when they give this many times the words shown.
const HIDDEN_RESCUE_RATIO: usize = 4;

/// Decides every block (see [`content::classify`]). When that keeps next to nothing of a page
/// with text, the baseline extraction — template elements by tag and role only — runs too and
/// the one that keeps more wins (trafilatura rescues short results from its baseline the same
/// way): a page builder that names every module `widget`, or wraps the page in a `popup`
/// container, would otherwise come out empty.
fn classify(
    page: &Page,
    html: &scraper::Html,
    meta: &mut Metadata,
    said: content::Declared,
    on: &RuleSet,
) -> (Vec<Verdict>, bool) {
    let before = meta.clone();
    let strict = content::classify(page, html, meta, said, content::Names::Trusted, on);
    let kept = kept_words(page, &strict.0);
    if kept >= RESCUE_WORDS {
        return strict;
    }
    let mut wider = before;
    let relaxed = content::classify(page, html, &mut wider, said, content::Names::Ignored, on);
    if kept_words(page, &relaxed.0) > kept {
        *meta = wider;
        return relaxed;
    }
    strict
}

/// The share of the kept text that is program text (code blocks and inline code).
fn code_share(page: &Page, verdicts: &[Verdict]) -> f64 {
    let (mut code, mut all) = (0, 0);
    for (b, v) in page.blocks.iter().zip(verdicts) {
        if *v == Verdict::Keep {
            code += b.code_chars;
            all += b.chars;
        }
    }
    code as f64 / all.max(1) as f64
}

fn kept_words(page: &Page, verdicts: &[Verdict]) -> usize {
    kept_blocks(page, verdicts)
        .map(|b| b.split_whitespace().count())
        .sum()
}

/// The text of the blocks kept.
fn kept_blocks<'p>(page: &'p Page, verdicts: &'p [Verdict]) -> impl Iterator<Item = &'p str> {
    page.blocks
        .iter()
        .zip(verdicts)
        .filter(|(_, v)| **v == Verdict::Keep)
        .map(|(b, _)| b.text.as_str())
}

/// Puts `lead` (kept) before the page text, as its first paragraph.
fn lead_with(text: &mut String, edits: &mut [Edit], lead: &str) {
    let lead = format!("{lead}{}", if text.is_empty() { "\n" } else { "\n\n" });
    text.insert_str(0, &lead);
    for edit in edits {
        edit.span = edit.span.start + lead.len()..edit.span.end + lead.len();
    }
}

/// The page text, and a deletion for every dropped block (runs with one reason merged). Each
/// block owns its text and the separator after it, so any set of deletions leaves whole lines.
fn render(page: &Page, verdicts: &[Verdict]) -> (String, Vec<Edit>) {
    let mut text = String::new();
    let mut edits: Vec<Edit> = Vec::new();
    let mut run_reason: Option<Rc<str>> = None;
    for (i, block) in page.blocks.iter().enumerate() {
        let start = text.len();
        text.push_str(&block.text);
        let same_list = page.blocks.get(i + 1).is_some_and(|next| {
            let (a, b) = (page.element(block.element), page.element(next.element));
            a.parent == b.parent
                && ((a.tag.is_list_line() && b.tag.is_list_line())
                    || (a.tag == TagKind::Row && b.tag == TagKind::Row))
        });
        text.push_str(if same_list || i + 1 == page.blocks.len() {
            "\n"
        } else {
            "\n\n"
        });
        if let Verdict::Drop(rule, reason) = &verdicts[i] {
            // a run of blocks dropped for one reason is one edit
            match (edits.last_mut(), &run_reason) {
                (Some(last), Some(r))
                    if last.rule == *rule && last.span.end == start && Rc::ptr_eq(r, reason) =>
                {
                    last.span.end = text.len();
                }
                _ => {
                    edits.push(Edit::delete(rule, start..text.len(), reason.to_string()));
                    run_reason = Some(reason.clone());
                }
            }
        }
    }
    (text, edits)
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_context;
#[cfg(test)]
mod tests_thread;
