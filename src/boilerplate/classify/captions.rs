//! Captions that end in a photo credit (B007): the credit's line, the caption lines above it
//! that its text wraps over, and a credit whose end a dumper wrapped onto a short line of its
//! own. The caption goes to the metadata, the lines leave the text.

use crate::pipeline::Metadata;

use super::super::credits;
use super::super::rules::CAPTION;
use super::super::zone::WRAP_SLACK;
use super::{goes_on, State};

/// Lines above a credit line that may belong to its caption (hard-wrapped captions).
const CAPTION_CONTINUATION: usize = 2;

/// Where the photo credit starts on line `i` when its end is on the next line, the caption's
/// last: in a hard-wrapped dump (a wrap `width`), line `i` reached the width, the next line
/// holds at most [`MAX_CREDIT_TAIL_WORDS`] words and a blank line or the end follows it, and
/// the two read together end in a credit that starts on line `i` (`…quận 1, TP.HCM. Ảnh: Quỳnh`
/// / `Trần`, or `…TP.HCM. Ảnh:` / `Quỳnh Trần`). In a dump of a block per line, line `i` ends
/// with the credit's label and its colon, and the next line, the name, holds at most
/// [`MAX_CREDIT_TAIL_WORDS`] words: a scraper that writes each element's text on a line of its
/// own (BeautifulSoup's `get_text("\n")`) cuts `Ảnh: <strong>Quỳnh Trần</strong>` so. Read
/// alone, the first line ends in a label without a name or in half of one, and the name was
/// left as a line of the article.
pub(super) fn credit_tail(st: &State, i: usize, width: Option<usize>) -> Option<usize> {
    let j = i + 1;
    let t = st.text(i);
    let tail_ok = match width {
        Some(w) => {
            st.lines[i].width + WRAP_SLACK >= w && (j + 1 >= st.lines.len() || st.blank(j + 1))
        }
        None => t.ends_with(':'),
    };
    if !tail_ok || j >= st.lines.len() || !st.open(j) || st.lines[j].words > MAX_CREDIT_TAIL_WORDS {
        return None;
    }
    let joined = format!("{t} {}", st.text(j));
    // the credit's label is on line `i` (not only the separator before it)
    credits::end_credit(&joined).filter(|&at| at < t.len() && t[at..].contains(char::is_alphabetic))
}

/// Most words of a credit's end wrapped onto a line of its own ([`credit_tail`]): a name.
const MAX_CREDIT_TAIL_WORDS: usize = 3;

/// Whether line `j` of a caption goes on from the line above it. In a hard-wrapped dump (a wrap
/// `width`) the two are lines of one paragraph: no blank line between them (a centred caption
/// may wrap short of the width). In a dump without one, each line is a block: a line above a
/// credit line that holds caption text too (`Bộ trưởng … và` / `Bộ trưởng Bộ Nội vụ … - Ảnh:
/// VGP`) goes on into it, but a credit standing alone (`Credit: Amazon`) takes the line above
/// only when that line breaks off on a separator (`… tại Việt Nam -`) or mid-sentence before a
/// line in lower case ([`goes_on`]): a block of its own above it (a product's name, a
/// subheading, `Details: 114 W. Adams St.`) is the article's.
fn continues_caption(st: &State, j: usize, width: Option<usize>, credit_alone: bool) -> bool {
    if width.is_some() {
        j > 0 && !st.blank(j - 1) && !st.blank(j)
    } else {
        !credit_alone
            || st.text(j - 1).trim_end().ends_with(['-', '–', ':', ','])
            || goes_on(st, j, width)
    }
}

/// A caption ending in a photo credit at `credit_at` of line `i` (the credit's end wrapped
/// onto the lines up to `last`), plus the lines above it that its caption wraps over
/// ([`continues_caption`]).
pub(super) fn caption_lines(
    st: &mut State,
    i: usize,
    last: usize,
    credit_at: usize,
    width: Option<usize>,
    meta: &mut Metadata,
) {
    let mut first = i;
    // a caption written twice on its line ([`credits::doubled`]) is whole: the lines above it
    // are the article's (a table's last rows above `Giá chung cư… Ảnh: X Giá chung cư… Ảnh: X`)
    let reach = if credits::doubled(st.text(i)) {
        0
    } else {
        CAPTION_CONTINUATION
    };
    for _ in 0..reach {
        let Some(p) = first.checked_sub(1) else { break };
        // the credit stands alone on its line: no caption text before it
        let credit_alone = first == i
            && st
                .text(i)
                .get(..credit_at)
                .is_some_and(|h| h.trim().is_empty());
        if !st.open(p)
            || st.lines[p].ends_sentence
            || st.lines[p].words > 25
            || !continues_caption(st, first, width, credit_alone)
        {
            break;
        }
        first = p;
    }
    let caption: Vec<&str> = (first..=last).map(|j| st.text(j)).collect();
    meta.captions.push(caption.join(" "));
    let credit: Vec<&str> = (i..=last).map(|j| st.text(j)).collect();
    let credit = credit.join(" ");
    let credit =
        credit[credit_at..].trim_matches(|c: char| c.is_whitespace() || "-–.()".contains(c));
    for j in first..=last {
        let reason = if first < last {
            format!(
                "caption over {} lines ending in credit \"{credit}\"",
                last - first + 1
            )
        } else {
            format!("caption ending in credit \"{credit}\"")
        };
        st.verdict[j] = Some((CAPTION, reason));
    }
}
