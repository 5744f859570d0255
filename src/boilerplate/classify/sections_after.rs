//! Whether the article goes on in sections after an end-of-article cue (B009): the run of
//! prose that follows a cue outweighs the cue, read by blocks rather than by lines (issue 11).
//!
//! [`article_resumes`](super::article_end::article_resumes) reads the lines below a cue's box as
//! paragraphs in a row. Two shapes of an article's text break that reading. A dumper that
//! writes one element a line (`bs4`'s `get_text("\n")`) cuts a paragraph at each of its
//! links (`… that are` / `models showing people extreme content` / `that leads to …`), so one
//! paragraph is three lines, none a paragraph alone. And an article's next sections each open
//! with a subheading (`3. Encouraging concise and clear feedback`), which the run of paragraphs
//! in a row stops at. A `Related:` or `Read more:` callout in the middle of a guide then cut
//! the rest of it (on the even half of the wcxb `bs4` dumps, four guides lost 20 to 48 % of
//! their text). Here the lines are glued into blocks first, and the run counts sections: a
//! subheading, then one paragraph or more.

use super::super::lexicon;
use super::super::options::Options;
use super::{State, BODY_WORDS};

/// Whether the article goes on after the cue at line `i`: below one to [`MAX_BOX_BLOCKS`]
/// blocks of the cue's box (its headlines; none when the cue line holds them, `boxed`), a run of at least [`SECTION_PARAGRAPHS`]
/// paragraphs ([`Block::paragraph`]) in the body zone, each under at most one subheading
/// ([`Block::heading`]). The run ends at the zone's end, at another cue, at a line another
/// rule has judged, at a dated block (a comment's author and date, a teaser's card) or at
/// anything else that is neither; a paragraph under a subheading needs
/// [`HEADED_PARAGRAPH_WORDS`] words, more than a teaser under its headline in a related box
/// (`The Ultimate Guide to Proxy Workflows` / `Video proxies for teams … are a must. Here's a
/// comprehensive guide …`), and no second short block may follow it before the next
/// paragraph (`Jane Doe` / comment / `Reply` / `John Roe`).
pub(super) fn sections_follow(st: &State, i: usize, boxed: bool, opts: &Options) -> bool {
    let end = st.zone.end.min(st.lines.len());
    let blank_separated = (i + 1..end).any(|k| st.blank(k));
    let mut blocks = std::iter::successors(block_at(st, i + 1, end, blank_separated, opts), |b| {
        block_at(st, b.next, end, blank_separated, opts)
    });
    // the box: its headlines, up to the first paragraph
    let mut box_blocks = 0;
    let mut block = blocks.next();
    while let Some(b) = block.as_ref().filter(|b| !b.paragraph()) {
        box_blocks += 1;
        if box_blocks > MAX_BOX_BLOCKS || !b.open || b.cue {
            return false;
        }
        block = blocks.next();
    }
    // a cue right above prose heads that prose (comments under `Bình luận`), not a box; a cue
    // line that holds its headlines is the box
    if box_blocks == 0 && !boxed {
        return false;
    }
    let (mut paragraphs, mut headed) = (0, false);
    while let Some(b) = block {
        if b.paragraph() && (!headed || b.words >= HEADED_PARAGRAPH_WORDS) {
            paragraphs += 1;
            if paragraphs >= SECTION_PARAGRAPHS {
                return true;
            }
            headed = false;
        } else if b.heading() && !headed {
            headed = true;
        } else {
            return false;
        }
        block = blocks.next();
    }
    false
}

/// Blocks of a cue's box that [`sections_follow`] steps over: its headlines, each with a teaser
/// at most.
const MAX_BOX_BLOCKS: usize = 8;
/// Paragraphs of the run after a cue that resume the article ([`sections_follow`]): as many as
/// in a run of paragraphs in a row (`article_end::LONG_RUN`).
const SECTION_PARAGRAPHS: usize = 3;
/// Words of a paragraph under a subheading ([`sections_follow`]): two body lines', longer than a
/// teaser under its headline.
const HEADED_PARAGRAPH_WORDS: usize = 2 * BODY_WORDS;

/// Lines read as one: a paragraph, a subheading, a headline.
struct Block {
    words: usize,
    ends_sentence: bool,
    /// No line of it judged by another rule, and all in the zone.
    open: bool,
    /// It holds an end-of-article cue line.
    cue: bool,
    /// It holds a date (a comment's author line, a card's).
    dated: bool,
    /// The line after it.
    next: usize,
}

impl Block {
    /// A paragraph: [`BODY_WORDS`] words or more, a sentence at its end, nothing judged in it.
    fn paragraph(&self) -> bool {
        self.open && !self.cue && !self.dated && self.words >= BODY_WORDS && self.ends_sentence
    }

    /// A subheading: fewer than [`BODY_WORDS`] words, undated, no cue, nothing judged in it.
    fn heading(&self) -> bool {
        self.open && !self.cue && !self.dated && self.words < BODY_WORDS
    }
}

/// The block that starts at the first line that is not blank at or after `from` (before `end`):
/// in a text whose blocks are blank-separated, its lines up to the next blank line; otherwise
/// the lines that go on its sentence ([`goes_on`]).
fn block_at(
    st: &State,
    from: usize,
    end: usize,
    blank_separated: bool,
    opts: &Options,
) -> Option<Block> {
    let first = (from..end).find(|&k| !st.blank(k))?;
    let mut last = first;
    while last + 1 < end
        && !st.blank(last + 1)
        && (blank_separated || goes_on(st, last, end))
        && last + 1 - first < MAX_BLOCK_LINES
    {
        last += 1;
    }
    let lines = first..=last;
    Some(Block {
        words: lines.clone().map(|k| st.lines[k].words).sum(),
        ends_sentence: st.lines[last].ends_sentence,
        open: lines.clone().all(|k| st.open(k)),
        cue: lines
            .clone()
            .any(|k| lexicon::end_marker(st.text(k), &opts.end_markers, 0).is_some()),
        dated: lines.clone().any(|k| st.lines[k].has_date()),
        next: last + 1,
    })
}

/// Lines of a block at most ([`block_at`]): a long paragraph that a dumper cut at each of its
/// links.
const MAX_BLOCK_LINES: usize = 12;

/// Whether the line after `k` goes on the sentence that line `k` leaves open, in a text of one
/// element a line: it starts in lower case or with punctuation (`identifies a picture of a dog`,
/// `. That means …`), or it is a short link's text (at most [`LINK_WORDS`] words, no sentence
/// end) that the line after it goes on so (`Podcast Success Blueprint` / `. It covers …`).
fn goes_on(st: &State, k: usize, end: usize) -> bool {
    let continues = |j: usize| {
        j < end && !st.blank(j) && {
            let l = st.lines[j];
            l.starts_lower || l.trimmed.starts_with(CONTINUING_PUNCTUATION)
        }
    };
    let next = st.lines[k + 1];
    !st.lines[k].ends_sentence
        && (continues(k + 1)
            || (next.words <= LINK_WORDS && !next.ends_sentence && continues(k + 2)))
}

/// Punctuation a line starts with when it goes on the sentence of the line above ([`goes_on`]).
const CONTINUING_PUNCTUATION: &[char] = &['.', ',', ';', ':', ')', '!', '?', '’', '”'];
/// Words of a link's text that [`goes_on`] reads inside a sentence.
const LINK_WORDS: usize = 6;

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::pipeline::{Metadata, Pipeline};

    fn clean(text: &str) -> String {
        Pipeline::new(Config::default())
            .run(text.to_string(), Metadata::default())
            .unwrap()
            .text
    }

    /// A guide written one element a line, as `bs4` dumps it: eight paragraphs that each end a
    /// sentence.
    fn guide() -> String {
        let paragraph = |topic: &str| {
            format!(
                "Anyone who has reviewed {topic} over email can tell stories of long threads, \
                 missed notes and versions that nobody approved, so a clear process saves the \
                 team many hours every week.\n"
            )
        };
        let topics = [
            "first cuts",
            "colour grades",
            "sound mixes",
            "title cards",
            "trailers",
            "teasers",
            "captions",
            "posters",
        ];
        topics.iter().map(|t| paragraph(t)).collect()
    }

    /// Sections of a guide after a `Read more:` callout in its middle, one element a line with
    /// a link cut out of a paragraph of each (`… agree on a few shared words for … and on` /
    /// `file naming conventions` / `so that …`): the guide goes on, B009 does not cut it. Read
    /// by lines, no two paragraphs in a row follow the callout, and B009 cut the sections.
    #[test]
    fn sections_cut_at_their_links_after_a_callout_go_on() {
        let section = |n: usize, topic: &str| {
            format!(
                "{n}. Agreeing on {topic}\n\
                 Before the first review the team should agree on a few shared words for \
                 {topic} and on\nfile naming conventions\nso that everyone knows which version \
                 of an asset is under review.\n\
                 A short list of terms that the whole team reads before a review saves a round \
                 of notes later. Keep it next to the project's files.\n"
            )
        };
        let doc = format!(
            "How to run a video review\n{}Read more:\nHow to cut film production costs\n{}{}{}",
            guide(),
            section(2, "the vocabulary"),
            section(3, "the deadlines"),
            section(4, "the sign-off")
        );
        let text = clean(&doc);
        for kept in ["2. Agreeing on the vocabulary", "for the sign-off and on"] {
            assert!(text.contains(kept), "lost {kept:?}:\n{text}");
        }
    }

    /// After the article's end, a related box of headlines over one teaser each is still cut
    /// at the cue, one element a line: a teaser is shorter than a paragraph under a subheading
    /// (a run that took it for one kept the box). Comments under their authors' names, each
    /// with its `Reply`, are still cut too.
    #[test]
    fn teasers_and_comments_after_a_cue_are_still_cut() {
        let teasers = "Related Articles\n\
            The ultimate guide to proxy workflows\n\
            Video proxies for teams that manage big files are a must. Here is a guide to using \
            them well.\n\
            Automating a secure data ingest workflow\n\
            All the parts you need to automate a secure ingest workflow, from the source to the \
            archive.\n\
            The playbook for live sports automation\n\
            A step by step look at a live sports workflow, from the capture on site to the \
            delivery.\n";
        let text = clean(&format!("How to run a video review\n{}{teasers}", guide()));
        assert!(!text.contains("Video proxies"), "{text}");
        let comment = |name: &str| {
            format!(
                "{name}\nThanks for this guide, we tried the shared vocabulary with our own \
                 editors last month and it cut our review rounds in half, which nobody \
                 expected at all.\nReply\n"
            )
        };
        let comments = format!(
            "Comments\n{}{}{}",
            comment("Jane Doe"),
            comment("John Roe"),
            comment("Ann Lee")
        );
        let text = clean(&format!("How to run a video review\n{}{comments}", guide()));
        assert!(!text.contains("Thanks for this guide"), "{text}");
    }
}
