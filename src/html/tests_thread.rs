//! Tests of forum and Q&A threads: their posts are the content.

use super::*;
use crate::edit;

/// The kept text.
fn run(page: &str) -> String {
    let e = extract(page);
    edit::apply(&e.text, &e.edits)
}

const POST: &str = "A RAID array keeps a second copy of every block on another disk, so one failing disk loses nothing, but a file deleted by mistake is deleted on every disk at once.";

/// A page at `url` whose `<main>` holds `body`.
fn page(url: &str, head: &str, body: &str) -> String {
    format!(
        "<html><head><link rel=canonical href=\"{url}\">{head}</head><body>\
         <nav><a href=/>Home</a> <a href=/questions>Questions</a></nav><main>{body}</main>\
         <footer>© 2024 Example</footer></body></html>"
    )
}

#[test]
fn a_thread_keeps_its_one_line_replies_beside_the_long_first_post() {
    // posts of one class: the first wins the prose scoring, the short replies score nothing
    let replies: String = [
        "That's a great idea!",
        "Agreed, we do the same.",
        "Same here, ours broke too.",
    ]
    .iter()
    .map(|r| format!("<div class=\"post-body\"><p>{r}</p></div>"))
    .collect();
    let body = format!(
        "<h1>Catering tips</h1><div class=\"post-body\"><p>{POST}</p><p>{POST}</p></div>\
         <div class=\"actions\"><a href=/share>Share</a></div>{replies}"
    );
    let kept = run(&page(
        "https://forum.example.com/topic/catering-tips",
        "",
        &body,
    ));
    for reply in ["great idea", "we do the same", "Same here, ours broke too."] {
        assert!(kept.contains(reply), "{reply} in {kept}");
    }
}
