//! Tests of the context rules inside the article container ([`super::context`]): what the text
//! of an article links without being a link list, and where its end is.

use super::*;
use crate::edit;

/// The kept text and the rule of every dropped block.
fn run(page: &str) -> (String, Vec<&'static str>) {
    let e = extract(page);
    let kept = edit::apply(&e.text, &e.edits);
    (kept, e.edits.iter().map(|e| e.rule.code).collect())
}

const EN: &str = "The runner starts each job in a fresh virtual machine, checks out the repository and runs the steps one after the other until one of them fails.";

/// An article: a headline, two paragraphs, `middle`, a paragraph, `end`.
fn article(middle: &str, end: &str) -> String {
    format!(
        "<html><body><nav><a href=/>Home</a></nav><article><h1>Workflows</h1>\
         <p>{EN}</p><p>{EN}</p>{middle}<p>{EN}</p>{end}</article></body></html>"
    )
}

#[test]
fn a_sentence_that_links_what_it_names_stays_a_see_also_label_goes() {
    let (kept, rules) = run(&article(
        "<p>For more information, see <a href=/w>Writing workflows</a>.</p>",
        "<p>See also: <a href=/x>Runners</a></p>",
    ));
    assert!(kept.contains("see Writing workflows."), "{kept}");
    assert!(!kept.contains("Runners"), "{kept}");
    assert!(rules.contains(&"H003"), "{rules:?}");
    // the same sentence after the last paragraph is what the site adds
    let (kept, _) = run(&article(
        "",
        "<p>For more information, see <a href=/w>Writing workflows</a>.</p>",
    ));
    assert!(!kept.contains("Writing workflows"), "{kept}");
}

#[test]
fn a_reference_list_whose_links_are_item_names_in_code_stays() {
    let items: String = ["proxy_host", "proxy_port", "proxy_user"]
        .iter()
        .map(|n| format!("<li><a href=#{n}><code>{n}</code></a> string</li>"))
        .collect();
    let labels = "<ul><li><a href=/a>Overview</a></li><li><a href=/b>Runners</a></li></ul>";
    let (kept, _) = run(&article(&format!("<ul>{items}</ul>{labels}"), ""));
    assert!(kept.contains("proxy_port string"), "{kept}");
    assert!(!kept.contains("Overview"), "{kept}");
}

#[test]
fn a_button_every_item_repeats_is_not_the_end_of_the_article() {
    let items: String = (1..=5)
        .map(|i| format!("<h2>Machine {i}</h2><p>{EN}</p><p><a href=/m{i}>Read more</a></p>"))
        .collect();
    let page = format!(
        "<html><body><article><h1>Best machines</h1><p>{EN}</p><p>{EN}</p>{items}\
         </article></body></html>"
    );
    let (kept, rules) = run(&page);
    assert!(kept.contains("Machine 5"), "{kept}");
    assert!(!kept.contains("Read more"), "{kept}");
    assert!(rules.contains(&"H006"), "{rules:?}");
}

#[test]
fn a_linked_heading_in_the_flow_of_the_text_stays_a_teaser_card_title_goes() {
    let (kept, rules) = run(&article(
        &format!("<h3><a href=/p>Brother XM2701</a></h3><p>{EN}</p>"),
        &format!("<div class=\"card\"><h3><a href=/t>Ten more machines</a></h3><p>{EN}</p></div>"),
    ));
    assert!(kept.contains("Brother XM2701"), "{kept}");
    assert!(!kept.contains("Ten more machines"), "{kept}");
    assert!(rules.contains(&"H003"), "{rules:?}");
}

#[test]
fn a_written_list_keeps_its_short_lines_and_its_linked_ones() {
    let list = "<h3>SHELTER</h3><ul><li><a href=/tent>Tent</a></li><li>Rainfly</li>\
                <li>Stakes</li><li>Guylines</li></ul>";
    let (kept, _) = run(&article(list, ""));
    for item in ["SHELTER", "Tent", "Rainfly", "Guylines"] {
        assert!(kept.contains(item), "{item}: {kept}");
    }
    // a list of links from end to end is a menu or a table of contents
    let toc = "<ul><li><a href=#a>Tent</a></li><li><a href=#b>Stove</a></li>\
               <li><a href=#c>Food</a></li></ul>";
    let (kept, _) = run(&article(toc, ""));
    assert!(!kept.contains("Stove"), "{kept}");
}

#[test]
fn a_reference_item_table_on_a_page_of_sections_keeps_its_linked_names() {
    let page = super::tests::plans_page(
        "<dl><dt><a href=/builder>Builder</a></dt><dd>Builds a runtime.</dd></dl>",
    );
    let (kept, rules) = run(&page);
    assert!(rules.contains(&"H014"), "{rules:?}");
    assert!(
        kept.contains("Builder") && !kept.contains("Book a demo"),
        "{kept}"
    );
}

#[test]
fn a_link_the_text_makes_counts_as_prose_for_its_neighbours() {
    // the fact line after the cross-reference sits between prose on both sides
    let (kept, _) = run(&article(
        "<p>Visit <a href=/m>the MasTec website</a>.</p><p>Headquarters: Coral Gables</p>",
        "",
    ));
    assert!(kept.contains("Headquarters: Coral Gables"), "{kept}");
    // after a dropped link list, the same line is at the edge of a template block
    let (kept, _) = run(&article(
        "<p><a href=/m>MasTec</a> <a href=/n>Sargent</a></p><p>Headquarters: Coral Gables</p>",
        "",
    ));
    assert!(!kept.contains("Headquarters"), "{kept}");
}
