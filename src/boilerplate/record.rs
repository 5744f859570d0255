//! The line record: what the pass measures of one line, taken once per document.
//!
//! The pass asks the same questions of a line many times: its word count (the body zone, the
//! classifier, the shapes, the listings), whether it ends a sentence, whether it is a chrome or
//! end-of-article cue, a byline, a menu. And the second look (`second_look.rs`) asks them all
//! again of every line it keeps. What a line *is* never changes between looks; only what depends
//! on which lines are kept does (its neighbours, its place, the zone). So every line gets one
//! record when the document is split: the cheap measurements are taken at once, the rule
//! answers (regex-backed and costly) on first ask, and kept (`OnceCell`). The looks read the
//! records of the lines they keep, in order, and compute only the context again.
//!
//! A record's answers are those of the functions it caches ([`super::lexicon::chrome`],
//! [`super::credits::counted_byline`]…) called on the trimmed line with the document's options: the
//! record decides nothing itself.

use std::cell::OnceCell;
use std::ops::Range;

use super::corpus::{line_key, Recurrence, Recurring};
use super::credits;
use super::features::{ends_sentence, Line};
use super::figures::{self, Figures};
use super::lexicon;
use super::listings::{self, Kind};
use super::options::Options;
use super::shapes;

/// One line of the pass input and its measurements.
pub struct LineRecord<'a> {
    /// The line without its line feed.
    pub text: &'a str,
    /// `text`'s byte range in the document, and the same with the line feed.
    pub span: Range<usize>,
    pub full: Range<usize>,
    /// `text` without the whitespace around it: what the rules read.
    pub trimmed: &'a str,
    /// Whitespace-separated tokens ([`words`]).
    pub words: usize,
    /// [`ends_sentence`] of the line.
    pub ends_sentence: bool,
    /// Whether its first character (after leading whitespace) is lowercase: it goes on a
    /// sentence begun on the line above.
    pub starts_lower: bool,
    /// Characters without the trailing whitespace: a hard-wrapped dump's line width.
    pub width: usize,
    /// [`figures::count`] of `trimmed`: what the body zone's line model reads of it.
    pub(super) figures: Figures,
    chrome: OnceCell<Option<&'static str>>,
    end_marker: OnceCell<Option<&'a str>>,
    heading_cue: OnceCell<Option<&'a str>>,
    opening_cue: OnceCell<Option<&'a str>>,
    cue_and_headlines: OnceCell<Option<&'a str>>,
    cue_and_teasers: OnceCell<Option<&'a str>>,
    glued_box: OnceCell<Option<&'a str>>,
    box_summary: OnceCell<Option<&'a str>>,
    byline: OnceCell<Option<(Option<String>, String)>>,
    end_credit: OnceCell<Option<usize>>,
    menu: OnceCell<bool>,
    has_date: OnceCell<bool>,
    recurs: OnceCell<Option<Recurring>>,
    block_kind: OnceCell<Kind>,
    prose: OnceCell<bool>,
    menu_shape: OnceCell<Option<&'static str>>,
    comment_marker: OnceCell<bool>,
    starts_with_cue: OnceCell<bool>,
    signoff: OnceCell<Option<credits::Signoff>>,
    text_hash: OnceCell<u64>,
}

impl<'a> LineRecord<'a> {
    /// The record of `line`, with its cheap measurements: its word count and width are read
    /// off its [`Figures`] (one pass over its bytes for all three).
    pub fn new(line: &Line<'a>) -> Self {
        let trimmed = crate::chars::trimmed_range(line.text);
        let leading = &line.text[..trimmed.start];
        let trimmed = &line.text[trimmed];
        let figures = figures::count(trimmed);
        LineRecord {
            text: line.text,
            span: line.span.clone(),
            full: line.full.clone(),
            trimmed,
            words: figures.tokens,
            ends_sentence: ends_sentence(trimmed),
            starts_lower: trimmed.chars().next().is_some_and(char::is_lowercase),
            width: leading.chars().count() + figures.visible + figures.blanks,
            figures,
            chrome: OnceCell::new(),
            end_marker: OnceCell::new(),
            heading_cue: OnceCell::new(),
            opening_cue: OnceCell::new(),
            cue_and_headlines: OnceCell::new(),
            cue_and_teasers: OnceCell::new(),
            glued_box: OnceCell::new(),
            box_summary: OnceCell::new(),
            byline: OnceCell::new(),
            end_credit: OnceCell::new(),
            menu: OnceCell::new(),
            has_date: OnceCell::new(),
            recurs: OnceCell::new(),
            block_kind: OnceCell::new(),
            prose: OnceCell::new(),
            menu_shape: OnceCell::new(),
            comment_marker: OnceCell::new(),
            starts_with_cue: OnceCell::new(),
            signoff: OnceCell::new(),
            text_hash: OnceCell::new(),
        }
    }

    /// The xxh3 of `trimmed`: what the body zone's memo finds a unit of this one line by
    /// (`zone/units.rs`, its `Memo`) and B019 counts the page's copies of a line by
    /// (`classify/headlines.rs`), hashed on the first look only.
    pub(super) fn text_hash(&self) -> u64 {
        *self
            .text_hash
            .get_or_init(|| xxhash_rust::xxh3::xxh3_64(self.trimmed.as_bytes()))
    }

    pub fn blank(&self) -> bool {
        self.trimmed.is_empty()
    }

    /// [`super::classify::is_body`] of the line.
    pub fn is_body(&self) -> bool {
        super::classify::body_shape(self.words, self.ends_sentence)
    }

    /// [`lexicon::chrome`] with the document's `max_chrome_words` (from this thread's answers
    /// for the lines met before, [`lexicon::chrome_met`]).
    pub fn chrome(&self, opts: &Options) -> Option<&'static str> {
        *self.chrome.get_or_init(|| {
            let n = self.words.min(lexicon::CHROME_COUNT);
            lexicon::chrome_met(self.trimmed, self.text_hash(), n, opts.max_chrome_words)
        })
    }

    /// [`lexicon::end_marker`] with the document's markers, at most 8 words after the cue.
    pub fn end_marker(&self, opts: &'a Options) -> Option<&'a str> {
        *self
            .end_marker
            .get_or_init(|| lexicon::end_marker(self.trimmed, &opts.end_markers, 8))
    }

    /// [`lexicon::end_marker`] with the document's markers, at most
    /// [`listings::MAX_CUED_WORDS`] words after the cue: the cue of a heading with its box's
    /// headlines on the line, asked of every open line of the body zone on every look
    /// (`classify.rs`, its `glued_end_heading`).
    pub fn heading_cue(&self, opts: &'a Options) -> Option<&'a str> {
        *self.heading_cue.get_or_init(|| {
            lexicon::end_marker(self.trimmed, &opts.end_markers, listings::MAX_CUED_WORDS)
        })
    }

    /// [`listings::opening_end_marker`] with the document's markers: asked of every line of a
    /// look that holds a heading glued to its teasers (`classify/opening_cues.rs`).
    pub fn opening_cue(&self, opts: &'a Options) -> Option<&'a str> {
        *self
            .opening_cue
            .get_or_init(|| listings::opening_end_marker(self.trimmed, opts))
    }

    /// [`listings::cue_and_headlines`] with the document's markers: asked of the lines that
    /// open with a cue on every look (the title's window, the end-of-article cues).
    pub fn cue_and_headlines(&self, opts: &'a Options) -> Option<&'a str> {
        *self
            .cue_and_headlines
            .get_or_init(|| listings::cue_and_headlines(self.trimmed, opts))
    }

    /// [`listings::cue_and_teasers`] with the document's markers: asked of every open line of
    /// the body zone below the article's first words on every look (`classify.rs`, its
    /// `glued_end_heading`).
    pub fn cue_and_teasers(&self, opts: &'a Options) -> Option<&'a str> {
        *self
            .cue_and_teasers
            .get_or_init(|| listings::cue_and_teasers(self.trimmed, opts))
    }

    /// [`listings::glued_box`] with the document's markers: asked of every line in the body zone
    /// on every look, and a cue looked up at each capitalised word of the line's start.
    pub fn glued_box(&self, opts: &'a Options) -> Option<&'a str> {
        *self
            .glued_box
            .get_or_init(|| listings::glued_box(self.trimmed, opts))
    }

    /// [`listings::summary_before_box`]: asked of every line that is a block of its own and no
    /// sentence each time the blocks are built (`listings::blocks`, after each removal and on
    /// each look), and the line read for its bullets to the end.
    pub fn summary_before_box(&self) -> Option<&'a str> {
        *self
            .box_summary
            .get_or_init(|| listings::summary_before_box(self.trimmed))
    }

    /// [`credits::counted_byline`].
    pub fn byline(&self) -> Option<&(Option<String>, String)> {
        self.byline
            .get_or_init(|| credits::counted_byline(self.trimmed, self.words))
            .as_ref()
    }

    /// [`credits::end_credit`].
    pub fn end_credit(&self) -> Option<usize> {
        *self
            .end_credit
            .get_or_init(|| credits::end_credit(self.trimmed))
    }

    /// [`shapes::is_menu`].
    pub fn is_menu(&self) -> bool {
        *self.menu.get_or_init(|| shapes::is_menu(self.trimmed))
    }

    /// [`super::classify::is_prose`] of the line.
    pub fn is_prose(&self) -> bool {
        *self.prose.get_or_init(|| {
            self.is_body() && !self.is_menu() && !super::classify::listed_or_imprint(self.trimmed)
        })
    }

    /// The menu shape of the line, the first that holds of a menu's ([`shapes::menu_line`],
    /// [`shapes::glued_menu`], [`shapes::spaced_menu`], for a line [`is_menu`](Self::is_menu)
    /// says is one) and a form control's ([`shapes::form_field`]): the reason B016 gives.
    pub fn menu_shape(&self) -> Option<&'static str> {
        *self.menu_shape.get_or_init(|| {
            let t = self.trimmed;
            let menu = self.is_menu();
            if menu && shapes::menu_line(t) {
                Some("menu or breadcrumb: short capitalised items between separators")
            } else if menu && shapes::glued_menu(t) {
                Some("menu links glued together (lowercase-to-capital seams)")
            } else if menu && shapes::spaced_menu(t) {
                Some("menu of capitalised two-word items on one line")
            } else if shapes::form_field(t) {
                Some("form control (search, login or comment box), no sentence")
            } else {
                None
            }
        })
    }

    /// [`lexicon::comment_marker`]: asked of every block of the open lines on every look
    /// (`listings::comment_threads`), most of them a line of their own.
    pub fn comment_marker(&self) -> bool {
        *self
            .comment_marker
            .get_or_init(|| lexicon::comment_marker(self.trimmed, self.words))
    }

    /// [`listings::starts_with_cue`] with the document's markers: asked of every open line of
    /// the body zone on every look (`listings::cued_lists`).
    pub fn starts_with_cue(&self, opts: &Options) -> bool {
        *self
            .starts_with_cue
            .get_or_init(|| listings::starts_with_cue(self.trimmed, opts))
    }

    /// [`credits::signoff`]: asked of the lines below the zone and of every headline-shaped
    /// line (`classify/headlines.rs`), on every look.
    pub fn signoff(&self) -> Option<&credits::Signoff> {
        self.signoff
            .get_or_init(|| credits::signoff(self.trimmed))
            .as_ref()
    }

    /// [`credits::has_date`].
    pub fn has_date(&self) -> bool {
        *self
            .has_date
            .get_or_init(|| credits::has_date(self.trimmed))
    }

    /// [`listings::kind`] of the line as a block of its own (`listings::blocks` builds the
    /// blocks again after each removal and on each look).
    pub fn block_kind(&self) -> Kind {
        *self
            .block_kind
            .get_or_init(|| listings::kind(self.trimmed, self.words))
    }

    /// [`super::context::recurs`] in the corpus `stats`.
    pub fn recurs(&self, opts: &Options, stats: &Recurrence) -> Option<Recurring> {
        *self.recurs.get_or_init(|| {
            super::context::recurs_with(self.words, self.ends_sentence, opts, stats, || {
                line_key(self.trimmed)
            })
        })
    }
}

/// The records of the lines of `text`.
pub fn split(text: &str) -> Vec<LineRecord<'_>> {
    super::features::lines(text)
        .iter()
        .map(LineRecord::new)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::classify::{is_body, is_prose};
    use super::super::features::words_upto;
    use super::*;

    #[test]
    fn a_record_answers_as_the_functions_it_keeps() {
        let text = "  Trang chủ | Thời sự | Kinh doanh | Thể thao  \n\
                    Theo các chuyên gia, giá vàng sẽ còn tăng trong những tháng tới.\n\
                    \tPV| 03/05/2018 08:21\n\
                    \n\
                    rồi nói tiếp\r\n\
                    Chia sẻ Facebook Zalo\n\
                    Theo TTXVN\n\
                    Thích Trả lời 1h trước\n\
                    Xem thêm: Giá vàng hôm nay\n\
                    Giá vàng tăng mạnh. Quảng cáo Tiêu điểm * Hàng Việt chiếm hơn 90% kệ hàng \
                    * Hãng bay tăng hơn 1.000 chuyến";
        let opts = Options::default();
        for (r, line) in split(text)
            .iter()
            .zip(crate::boilerplate::features::lines(text))
        {
            let t = line.text.trim();
            assert_eq!(
                (r.text, r.trimmed, r.full.clone()),
                (line.text, t, line.full)
            );
            assert_eq!(r.words, t.split_whitespace().count(), "{t}");
            assert_eq!(r.figures, figures::count(t), "{t}");
            assert_eq!(r.ends_sentence, ends_sentence(line.text), "{t}");
            assert_eq!(r.is_body(), is_body(t), "{t}");
            assert_eq!(r.is_prose(), is_prose(t), "{t}");
            assert_eq!(
                r.chrome(&opts),
                lexicon::chrome(t, opts.max_chrome_words),
                "{t}"
            );
            assert_eq!(r.byline(), credits::byline(t).as_ref(), "{t}");
            assert_eq!(
                super::super::header::is_counted_title(t, r.words),
                super::super::header::is_title(t),
                "{t}"
            );
            assert_eq!(r.has_date(), credits::has_date(t), "{t}");
            assert_eq!(r.signoff(), credits::signoff(t).as_ref(), "{t}");
            assert_eq!(
                r.starts_with_cue(&opts),
                listings::starts_with_cue(t, &opts),
                "{t}"
            );
            assert_eq!(
                r.comment_marker(),
                lexicon::comment_marker(t, words_upto(t, lexicon::COMMENT_MARKER_WORDS + 1)),
                "{t}"
            );
            assert_eq!(
                r.summary_before_box(),
                listings::summary_before_box(t),
                "{t}"
            );
            assert_eq!(
                r.heading_cue(&opts),
                lexicon::end_marker(t, &opts.end_markers, listings::MAX_CUED_WORDS),
                "{t}"
            );
            assert_eq!(
                r.opening_cue(&opts),
                listings::opening_end_marker(t, &opts),
                "{t}"
            );
            assert_eq!(
                r.cue_and_headlines(&opts),
                listings::cue_and_headlines(t, &opts),
                "{t}"
            );
            assert_eq!(
                r.cue_and_teasers(&opts),
                listings::cue_and_teasers(t, &opts),
                "{t}"
            );
            assert_eq!(r.width, line.text.trim_end().chars().count(), "{t}");
            let menu = shapes::is_menu(t)
                && (shapes::menu_line(t) || shapes::glued_menu(t) || shapes::spaced_menu(t));
            assert_eq!(
                r.menu_shape().is_some(),
                menu || shapes::form_field(t),
                "{t}"
            );
        }
        assert!(split(text)[1].is_prose() && split(text)[0].is_menu());
        assert!(split(text)[6].signoff().is_some() && split(text)[7].comment_marker());
        assert!(split(text)[8].starts_with_cue(&opts) && !split(text)[1].starts_with_cue(&opts));
        assert_eq!(
            split(text)[9].summary_before_box(),
            Some("Giá vàng tăng mạnh.")
        );
        assert_eq!(
            split(text)[0].menu_shape(),
            Some("menu or breadcrumb: short capitalised items between separators")
        );
    }
}
