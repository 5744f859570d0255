//! Boilerplate removal for plain-text news dumps: everything that is not the article goes, and
//! what is useful about the article (title, URL, date, source, author, captions) goes to
//! [`Metadata`](crate::pipeline::Metadata) instead of being lost.
//!
//! The design follows the extractors that work (see `reference/boilerplate.md`), adapted to text
//! without a DOM and to Vietnamese:
//!
//! * **specific shapes first** — URL header, separator rules, bylines, media file names, photo
//!   credits, lead credits `(Chinhphu.vn) - `, sign-offs — each moved to metadata;
//! * **template vocabulary** (`lexicon.rs`, phrases in `data/*.txt`) — share/follow/counter/
//!   poll/copyright lines, only when the line is short and not a sentence;
//! * **chrome shapes** (`shapes.rs`) — one-line menus and breadcrumbs, glued menu links, footer
//!   labels, headline runs, only above the first or below the last article paragraph (B016,
//!   B017, B019), and the lines above the title (B018);
//! * **teaser lists** ([`listings`]) — three or more headline + one-sentence summary items in a
//!   row after the article's start, marked as a listing by doubled headlines or a removed
//!   list right above them (B020), and readers' comment threads (`listings/comments.rs`),
//!   marked by their action links and relative times or by headers stamped beside their writers'
//!   names (B021);
//! * **body zone** ([`zone`]) — the densest long run of prose, found by a fitted line model and
//!   Kadane's maximum sum; lines before and after it are chrome (B015), and a page without one
//!   (a listing, a menu) gives an empty text;
//! * **end of article** — boilerpipe's terminating block: a related/highlight/comment heading
//!   inside the body zone, after enough article text and with no longer run of text after it,
//!   cuts the rest;
//! * **context smoothing** — jusText's rule: short lines between boilerplate are boilerplate,
//!   between paragraphs they are article;
//! * **corpus repetition** ([`corpus`]) — a line shared by many documents is template;
//! * **second look** (`second_look.rs`) — the pass judges the lines it kept again until it
//!   removes nothing more, so that cleaning a cleaned text changes nothing;
//! * **the longest prose kept** (`keep_prose.rs`) — when the rules by place removed most of
//!   the page's longest run of prose (by its shape alone) and more than the rest kept holds,
//!   the run stays and a finding (B023) says why: no single decision deletes the article;
//! * **the first zone kept** (`backstop.rs`) — when the rules by neighbours (the smoothing, the
//!   later looks' zones) removed most of the first look's body zone and the page kept no
//!   article's worth of it nor more text elsewhere, their removals inside it are withdrawn,
//!   each with a finding (B024): a list or a run of short lines taken line by line is not
//!   deleted either.
//!
//! Each line is measured once per document (`record.rs`: its words, sentence end and rule
//! answers) and each paragraph unit of the zone once ([`zone`]'s memo); the looks read those
//! and compute again only what depends on which lines are kept.
//!
//! Every removal is an [`Edit`] with a specific rule (B001–B022) and a reason
//! naming the features that decided; the stage keeps the removed text. Options live in
//! `[boilerplate]` of `sach.toml` (see [`options`]; `scripts/sach.example.toml` is a full example).
//!
//! | code | name | moves to metadata |
//! |---|---|---|
//! | B001 | url-header | `url` |
//! | B002 | separator-line | |
//! | B003 | date-label | `date` |
//! | B004 | lead-credit | `source` |
//! | B005 | byline | `author`, `date` |
//! | B006 | media-file-name | |
//! | B007 | photo-caption | `captions` |
//! | B008 | signoff | `author` or `source` |
//! | B009 | end-of-article | |
//! | B010 | site-chrome | |
//! | B011 | boilerplate-context | |
//! | B012 | corpus-repeated | |
//! | B013 | end-mark | |
//! | B014 | user-pattern | |
//! | B015 | outside-body-zone | |
//! | B016 | menu-line | |
//! | B017 | footer-line | |
//! | B018 | above-title | |
//! | B019 | headline-run | |
//! | B020 | teaser-run | |
//! | B021 | comment-thread | |
//! | B022 | cued-list | |
//! | B023 | prose-kept (a finding) | |
//! | B024 | zone-kept (a finding) | |
//!
//! The first line that looks like a title (short, no sentence end, not template) is kept in the
//! text and copied to `title`. Fields already set are never overwritten.
//!
//! Corpus repetition needs statistics over all inputs, gathered before cleaning:
//!
//! ```
//! use sach::boilerplate::corpus::LineStats;
//! use sach::{config::Config, pipeline::{Metadata, Pipeline}};
//! let texts = ["Bài một.\nĐọc báo in mỗi sáng\n", "Bài hai.\nĐọc báo in mỗi sáng\n"];
//! let mut stats = LineStats::default(); // in parallel: one per document, then `merge`
//! for t in texts {
//!     stats.observe(t);
//! }
//! let pipeline = Pipeline::new(Config::default());
//! let doc = pipeline.run_with(texts[0].to_string(), Metadata::default(), Some(&stats)).unwrap();
//! assert!(doc.text.contains("Bài một."));
//! ```

mod backstop;
mod classify;
mod context;
pub mod corpus;
mod credits;
pub mod features;
mod figures;
mod header;
mod keep_prose;
pub(crate) mod lexicon;
mod listings;
pub mod options;
mod record;
mod rules;
mod second_look;
mod shapes;
mod starts;
mod stopwords;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod vi_body_tests;
#[cfg(test)]
mod vi_joined_tests;
pub mod zone;

pub use options::Options;
pub use rules::*;

use crate::edit::Edit;
use crate::pipeline::{Pass, PassContext};
use crate::rule::Rule;
use crate::site::Site;

/// The boilerplate pass; runs after `layout` and before the final `layout`.
pub struct Boilerplate;

impl Pass for Boilerplate {
    fn name(&self) -> &'static str {
        "boilerplate"
    }

    fn rules(&self) -> &'static [&'static Rule] {
        RULES
    }

    fn run(&self, text: &str, cx: &mut PassContext<'_>) -> Vec<Edit> {
        // each line measured once for all the looks (see `record.rs`)
        let records = record::split(text);
        let all: Vec<&record::LineRecord> = records.iter().collect();
        let mut units = zone::Memo::default();
        // the corpus's line counts, and this document's site's (see `crate::site`)
        let corpus = cx
            .corpus
            .map(|s| s.for_site(Site::of_document(cx.meta.url.as_deref(), text)));
        let look = classify::Look {
            opts: &cx.config.boilerplate,
            on: &cx.config.rules,
            corpus: corpus.as_ref(),
            unspaced: classify::written_unspaced(&all),
        };
        let (first, zone) = classify::edits(&all, look, &mut units, cx.extracted, cx.meta);
        // an extracted article has no zone to settle
        if cx.extracted {
            first
        } else {
            let settled = second_look::settle(text, &records, first, look, &mut units, cx.meta);
            let kept = keep_prose::keep_longest_prose(text, &records, settled, look, &mut units);
            backstop::keep_first_zone(text, &records, kept, look, zone)
        }
    }
}
