//! A product page's description from its JSON-LD, when the page does not show it.
//!
//! Shops write the product's description into JSON-LD `Product.description` for search engines
//! and show it on the page behind a tab, an accordion or a script that renders it on load — so
//! the DOM walk, which reads what a visitor sees, misses it (on the even half of wcxb-dev it was
//! the whole truth of some product pages). The description is put at the top of the page text,
//! as the page's lead, only when:
//!
//! * the page is a product page (one product: a listing's many `Product` items are not a
//!   description, and two different descriptions say the page is not about one product);
//! * it is long enough to be a description, not a tagline;
//! * the page text kept does not already hold most of its words (a description shown on the
//!   page must not appear twice).

use std::collections::HashSet;

use scraper::{Html, Node};

/// A description shorter than this many words is a tagline, not the product's description.
const MIN_WORDS: usize = 10;
/// A description this share of whose words the kept text already holds is shown on the page.
const SHOWN_SHARE: f64 = 0.5;

/// The description to add, in paragraphs, or `None`. `descriptions` are the page's JSON-LD
/// product descriptions as written; `kept` the words of the kept page text.
pub fn description<'k>(
    descriptions: &[String],
    kept: impl IntoIterator<Item = &'k str>,
) -> Option<Vec<String>> {
    let mut texts: Vec<Vec<String>> = descriptions.iter().map(|d| paragraphs(d)).collect();
    texts.retain(|t| !t.is_empty());
    texts.sort();
    texts.dedup();
    let [text] = texts.as_slice() else {
        return None;
    };
    let words: Vec<String> = text.iter().flat_map(|p| words_of(p)).collect();
    if words.len() < MIN_WORDS {
        return None;
    }
    let kept: HashSet<String> = kept.into_iter().flat_map(words_of).collect();
    let shown = words.iter().filter(|w| kept.contains(*w)).count();
    (shown as f64 / (words.len() as f64) < SHOWN_SHARE).then(|| text.clone())
}

/// Lowercased words, punctuation trimmed.
fn words_of(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
}

/// The paragraphs of a description: its lines, or the blocks of the markup it holds.
fn paragraphs(raw: &str) -> Vec<String> {
    let text = if raw.contains('<') || raw.contains('&') {
        markup_text(raw)
    } else {
        raw.to_string()
    };
    text.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect()
}

/// The text of a markup fragment, a line break before every element that is not inline.
fn markup_text(raw: &str) -> String {
    const INLINE: &[&str] = &[
        "a", "b", "strong", "i", "em", "u", "span", "small", "sup", "sub", "font", "mark",
    ];
    let fragment = Html::parse_fragment(raw);
    let mut text = String::new();
    for node in fragment.tree.root().descendants() {
        match node.value() {
            Node::Text(t) => text.push_str(t),
            Node::Element(e) if !INLINE.contains(&e.name()) => text.push('\n'),
            _ => {}
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    const DESC: &str = "Dép quai hậu đế Vibram 5 mm, nhẹ, bền và bám đường tốt, \
        làm thủ công tại Hà Nội từ da bò thật.";

    #[test]
    fn a_hidden_description_is_added_in_paragraphs() {
        let markup = format!("<p>{DESC}</p><ul><li>Size <b>39</b>–44</li><li>Màu đen</li></ul>");
        let got = description(&[markup], "Giỏ hàng Thanh toán".split(' ')).unwrap();
        assert_eq!(got, [DESC, "Size 39–44", "Màu đen"]);
        let escaped =
            "Đế Vibram &amp; da bò thật, khâu tay từng đôi, bảo hành hai năm tại cửa hàng.";
        assert_eq!(
            description(&[escaped.into()], []).unwrap(),
            ["Đế Vibram & da bò thật, khâu tay từng đôi, bảo hành hai năm tại cửa hàng."]
        );
    }

    #[test]
    fn shown_short_or_many_descriptions_are_not_added() {
        let shown = DESC.split_whitespace().collect::<Vec<_>>();
        assert_eq!(description(&[DESC.into()], shown), None);
        assert_eq!(description(&["Dép đẹp, giá tốt".into()], []), None);
        let other = "Áo khoác gió hai lớp, chống nước, có mũ trùm và túi trong, may tại Đà Nẵng.";
        assert_eq!(description(&[DESC.into(), other.into()], []), None);
        // the same product described twice (Product and its ProductGroup) is one description
        assert!(description(&[DESC.into(), DESC.into()], []).is_some());
    }
}
