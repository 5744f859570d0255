//! Captions that end in a photo credit (B007): the credit's line, the caption lines above it
//! that its text wraps over, and a credit whose end a dumper wrapped onto a short line of its
//! own. The caption goes to the metadata, the lines leave the text.

use crate::pipeline::Metadata;

use super::super::credits;
use super::super::rules::CAPTION;
use super::super::zone::WRAP_SLACK;
use super::State;

/// Lines above a credit line that may belong to its caption (hard-wrapped captions).
const CAPTION_CONTINUATION: usize = 2;

/// Where the photo credit starts on line `i` when a dumper wrapped its end onto the next line,
/// the last of its paragraph (`…quận 1, TP.HCM. Ảnh: Quỳnh` / `Trần`, or `…TP.HCM. Ảnh:` /
/// `Quỳnh Trần`): line `i` reached the wrap width `width` of a hard-wrapped dump, the next
/// line holds at most [`MAX_CREDIT_TAIL_WORDS`] words and a blank line or the end follows it,
/// and the two read together end in a credit that starts on line `i`. Read alone, the first line
/// ends in a label without a name or in half of one, and the name was left as a line of the
/// article.
pub(super) fn credit_tail(st: &State, i: usize, width: Option<usize>) -> Option<usize> {
    let j = i + 1;
    let wrapped = width.is_some_and(|w| st.lines[i].width + WRAP_SLACK >= w);
    if !wrapped
        || j >= st.lines.len()
        || !st.open(j)
        || st.lines[j].words > MAX_CREDIT_TAIL_WORDS
        || (j + 1 < st.lines.len() && !st.blank(j + 1))
    {
        return None;
    }
    let t = st.text(i);
    let joined = format!("{t} {}", st.text(j));
    // the credit's label is on line `i` (not only the separator before it)
    credits::end_credit(&joined).filter(|&at| at < t.len() && t[at..].contains(char::is_alphabetic))
}

/// Most words of a credit's end wrapped onto a line of its own ([`credit_tail`]): a name.
const MAX_CREDIT_TAIL_WORDS: usize = 3;

/// A caption ending in a photo credit at `credit_at` of line `i` (the credit's end wrapped
/// onto the lines up to `last`), plus the lines above it that its caption wraps over.
pub(super) fn caption_lines(
    st: &mut State,
    i: usize,
    last: usize,
    credit_at: usize,
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
        if !st.open(p) || st.lines[p].ends_sentence || st.lines[p].words > 25 {
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
