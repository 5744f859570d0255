//! Tests of forum and Q&A threads: their posts are the content, the remarks under each post are
//! not ([`super::remarks`]), and an article's comment section is still no content.

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

/// A question and its answers, each post followed by its box of short remarks.
fn questions_and_answers() -> String {
    let remarks = |post: usize| -> String {
        let items: String = (0..2)
            .map(|i| {
                format!(
                    "<li class=\"comment\"><span class=\"comment-copy\">Remark {post}.{i}: does \
                     this hold for a mirror of two disks too, or only for the striped arrays \
                     that most of our servers run today?</span> <a class=\"comment-user\" \
                     href=/u/{i}>user{i}</a></li>"
                )
            })
            .collect();
        format!("<div class=\"post-comments\"><ul class=\"comments-list\">{items}</ul></div>")
    };
    let answers: String = (1..=3)
        .map(|i| {
            format!(
                "<div class=\"answer\"><p>Answer {i}: {POST}</p><p>{POST}</p>{}</div>",
                remarks(i)
            )
        })
        .collect();
    format!(
        "<h1>Why is RAID not a backup?</h1><div class=\"question\"><p>Question: {POST}</p>{}\
         </div><h2>3 Answers</h2>{answers}",
        remarks(0)
    )
}

#[test]
fn a_question_keeps_its_answers_but_not_the_remarks_under_each_post() {
    let url = "https://example.com/questions/2888/why-is-raid-not-a-backup";
    let kept = run(&page(url, "", &questions_and_answers()));
    assert!(kept.contains("Question: "), "{kept}");
    assert_eq!(kept.matches("Answer ").count(), 3, "{kept}");
    assert!(!kept.contains("Remark "), "{kept}");
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

#[test]
fn an_article_with_the_same_comment_boxes_still_loses_them() {
    // an article's readers' comments, each with its box of replies: none of it is the article
    let comments: String = (1..=3)
        .map(|i| {
            format!(
                "<div class=\"comment\"><div class=\"comment-body\"><p>Reader {i}: {POST}</p>\
                 </div><div class=\"comment-replies\"><p class=\"reply\">Reply {i}: and a \
                 backup on the same machine is no backup either, as the fire proved.</p></div></div>"
            )
        })
        .collect();
    let body = format!(
        "<article><h1>RAID is no backup</h1><p>{POST}</p><p>{POST}</p></article>\
         <section class=\"comments\">{comments}</section>"
    );
    let head = "<meta property=\"og:type\" content=\"article\">";
    let kept = run(&page(
        "https://news.example.com/2024/raid-backup.html",
        head,
        &body,
    ));
    assert!(kept.starts_with(POST), "{kept}");
    assert!(
        !kept.contains("Reader ") && !kept.contains("Reply "),
        "{kept}"
    );
    // and a Q&A thread's remarks at an article's address are not its text either
    let kept = run(&page(
        "https://news.example.com/2024/raid.html",
        head,
        &questions_and_answers(),
    ));
    assert!(!kept.contains("Remark "), "{kept}");
}

#[test]
fn replies_nested_under_a_post_in_its_own_markup_are_posts_not_remarks() {
    // a threaded forum: each post's replies sit in a `replies` box under it, written as posts
    let post = |id: &str, replies: &str| {
        format!(
            "<div class=\"post\"><div class=\"post-text\"><p>Post {id}: {POST}</p></div>\
             <div class=\"replies\">{replies}</div></div>"
        )
    };
    let thread: String = (1..=3)
        .map(|i| post(&i.to_string(), &post(&format!("{i}.1"), "")))
        .collect();
    let kept = run(&page("https://forum.example.com/t/raid/42", "", &thread));
    for id in ["1:", "1.1:", "2:", "2.1:", "3:", "3.1:"] {
        assert!(kept.contains(&format!("Post {id}")), "Post {id} in {kept}");
    }
}

#[test]
fn one_post_with_its_comment_tree_is_the_thread() {
    // a link aggregator's submission and the comments under it: one box, after one post
    let tree: String = (1..=3)
        .map(|i| {
            format!(
                "<div class=\"comment\"><p>Comment {i}: {POST}</p><div class=\"comment\">\
                 <p>Comment {i}.1: {POST}</p></div></div>"
            )
        })
        .collect();
    let body = format!(
        "<div class=\"submission\"><h1>RAID is no backup</h1><p>{POST}</p><p>{POST}</p></div>\
         <div class=\"commentarea\">{tree}</div>"
    );
    let kept = run(&page(
        "https://example.com/r/sysadmin/comments/1x/raid/",
        "",
        &body,
    ));
    assert_eq!(kept.matches("Comment ").count(), 6, "{kept}");
}
