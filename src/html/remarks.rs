//! The remarks under a thread's posts: on a Q&A site each question and answer carries its own
//! box of short comments (`Will a backup refuse to copy a corrupt file?`, a vote count, a date),
//! which readers of the thread skip and which extractors and benchmarks leave out; the posts
//! themselves are the thread.
//!
//! On a thread the `comment` elements are its posts, so they are content ([`super::templates`]);
//! a remark box is told from a post by where it stands, not by its name: it is the outermost
//! comment element inside a post, after that post's own prose, on a page where at least two posts
//! carry one (every answer its box). Its post is the nearest element around it that holds prose
//! outside every comment element before it. A reply area after a lone question (a forum's posts
//! all in one `comments` box, a link aggregator's comment tree under its submission) is one box
//! of one post: the thread, kept. A box that repeats the markup of its post's prose (the tag and
//! class of an element around that prose) holds posts, not remarks: a threaded forum nests each
//! post's replies in a `replies` box under it, written as the post is.

use std::collections::HashSet;

use super::content::Class;
use super::dom::{ElementId, Page, TagKind};
use super::vocab::{Hint, Kind};

/// Threads whose posts carry a box of remarks are told by at least this many of them.
const POSTS_WITH_REMARKS: usize = 2;

/// Per element: a box of remarks under a post of a thread (see the module doc).
pub(super) fn remark_boxes(page: &Page, classes: &[Class]) -> Vec<bool> {
    let n = page.elements.len();
    let comments = |e: ElementId| page.element(e).hint == Some(Hint::Template(Kind::Comments));
    // the outermost comment element at or above each element (elements come in document order,
    // a parent before its children)
    let mut box_of: Vec<Option<ElementId>> = vec![None; n];
    for (e, el) in page.elements.iter().enumerate() {
        box_of[e] = el
            .parent
            .and_then(|p| box_of[p as usize])
            .or_else(|| comments(e as ElementId).then_some(e as ElementId));
    }
    let mut remarks = vec![false; n];
    if !box_of.iter().any(Option::is_some) {
        return remarks;
    }
    // per element: its first block, and its first prose block outside every comment element
    let (mut first_block, mut first_prose) = (vec![usize::MAX; n], vec![usize::MAX; n]);
    for (i, (b, class)) in page.blocks.iter().zip(classes).enumerate() {
        let free = *class == Class::Good && box_of[b.element as usize].is_none();
        for e in page.ancestors(b.element) {
            let e = e as usize;
            if first_block[e] != usize::MAX && (!free || first_prose[e] != usize::MAX) {
                break; // its ancestors have seen an earlier block too
            }
            if first_block[e] == usize::MAX {
                first_block[e] = i;
            }
            if free && first_prose[e] == usize::MAX {
                first_prose[e] = i;
            }
        }
    }
    // the (tag, class) pairs found inside each box
    let mut inside: HashSet<(ElementId, TagKind, u32)> = HashSet::new();
    for (e, el) in page.elements.iter().enumerate() {
        if let (Some(b), Some(class)) = (box_of[e], el.class) {
            inside.insert((b, el.tag, class));
        }
    }
    let mut posts = HashSet::new();
    let mut found = Vec::new();
    for b in (0..n as ElementId).filter(|&e| box_of[e as usize] == Some(e)) {
        let start = first_block[b as usize];
        if start == usize::MAX {
            continue;
        }
        let Some(post) = page
            .ancestors(b)
            .skip(1)
            .find(|&a| first_prose[a as usize] < start)
        else {
            continue;
        };
        // the post's prose, up to the post: a box that repeats its markup holds replies
        let prose = page.blocks[first_prose[post as usize]].element;
        let replies = page.ancestors(prose).take_while(|&a| a != post).any(|a| {
            let el = page.element(a);
            el.class
                .is_some_and(|class| inside.contains(&(b, el.tag, class)))
        });
        if !replies {
            posts.insert(post);
            found.push(b);
        }
    }
    if posts.len() >= POSTS_WITH_REMARKS {
        for b in found {
            remarks[b as usize] = true;
        }
    }
    remarks
}
