//! Word-level refinement and "looks the same" labels for one change of a review diff.
//!
//! A change composed from the edit records can still be long: a mojibake repair of a whole
//! sentence, or neighbouring tone fixes merged into one change. Showing it as one
//! `[-old-]{+new+}` pair hides which words differ, so the pair is diffed again by Unicode words
//! with `similar`'s Patience (not the default Myers, which on repetitive Vietnamese syllables
//! turns one cut into hundreds of fragments; see the CLI reference note). The inputs are capped
//! at `MAX_WORDS` tokens so the diff always finishes long before the deadline: the deadline is
//! only a safety net, and output never depends on machine load.

use std::time::{Duration, Instant};

use similar::{Algorithm, ChangeTag, TextDiff};
use unicode_normalization::UnicodeNormalization;

/// Above this many words per side, a change stays one removed/added pair (difftastic does the
/// same beyond 1,000 words).
const MAX_WORDS: usize = 1_000;

/// A piece of a refined change.
#[derive(Debug, PartialEq, Eq)]
pub enum Piece {
    Same(String),
    Removed(String),
    Added(String),
}

/// The word diff of `old` → `new`, or `None` when a single removed/added pair reads better:
/// one side empty or a single word, too long, or no word in common.
pub fn refine(old: &str, new: &str) -> Option<Vec<Piece>> {
    let words = |s: &str| s.split_whitespace().count();
    if old.is_empty() || new.is_empty() || words(old).max(words(new)) < 2 {
        return None;
    }
    if words(old).max(words(new)) > MAX_WORDS {
        return None;
    }
    let diff = TextDiff::configure()
        .algorithm(Algorithm::Patience)
        .deadline(Instant::now() + Duration::from_millis(500))
        .diff_unicode_words(old, new);
    let mut pieces: Vec<Piece> = Vec::new();
    let (mut removed, mut added) = (String::new(), String::new());
    let mut common = false;
    for c in diff.iter_all_changes() {
        match c.tag() {
            ChangeTag::Delete => removed.push_str(c.value()),
            ChangeTag::Insert => added.push_str(c.value()),
            ChangeTag::Equal => {
                flush(&mut pieces, &mut removed, &mut added);
                common |= !c.value().trim().is_empty();
                match pieces.last_mut() {
                    Some(Piece::Same(s)) => s.push_str(c.value()),
                    _ => pieces.push(Piece::Same(c.value().to_string())),
                }
            }
        }
    }
    flush(&mut pieces, &mut removed, &mut added);
    common.then_some(pieces)
}

/// Emits a pending removed/added run, removal first.
fn flush(pieces: &mut Vec<Piece>, removed: &mut String, added: &mut String) {
    if !removed.is_empty() {
        pieces.push(Piece::Removed(std::mem::take(removed)));
    }
    if !added.is_empty() {
        pieces.push(Piece::Added(std::mem::take(added)));
    }
}

/// A label for a change a reader could not see on screen, or `None` when it is visible.
pub fn label(old: &str, new: &str) -> Option<&'static str> {
    if old == new || old.is_empty() || new.is_empty() {
        return None;
    }
    if old.nfc().eq(new.nfc()) {
        return Some("invisible change: same text once composed (NFC): only how the letters are encoded changes");
    }
    let spaces = |s: &str| -> String {
        s.chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .collect()
    };
    if spaces(old) == spaces(new) {
        return Some("invisible change: only the kind of space changes (e.g. a no-break space ␣ becomes a space)");
    }
    if tone_moved(old, new) {
        return Some(
            "tone mark moved to another vowel: same word, old or new placement (hoà → hòa)",
        );
    }
    None
}

/// True when both sides have the same base letters and the same marks, placed differently.
fn tone_moved(old: &str, new: &str) -> bool {
    let split = |s: &str| -> (String, Vec<char>) {
        let (mut base, mut marks) = (String::new(), Vec::new());
        for c in s.nfd() {
            if ('\u{300}'..='\u{36f}').contains(&c) {
                marks.push(c);
            } else {
                base.push(c);
            }
        }
        marks.sort_unstable();
        (base, marks)
    };
    let (a, b) = (split(old), split(new));
    a == b && !a.1.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_differing_words_are_marked() {
        let old = "Chính phủ ban hành Nghị định mới về quản lý giá điện";
        let new = "Chính phủ ban hành Nghị định mới về quản lý giá xăng";
        assert_eq!(
            refine(old, new).unwrap(),
            vec![
                Piece::Same("Chính phủ ban hành Nghị định mới về quản lý giá ".into()),
                Piece::Removed("điện".into()),
                Piece::Added("xăng".into()),
            ]
        );
    }

    #[test]
    fn single_words_and_unrelated_text_stay_one_pair() {
        assert_eq!(refine("hoà", "hòa"), None);
        assert_eq!(refine("một hai", "ba bốn"), None);
        assert_eq!(refine("", "thêm vào đây"), None);
        let long = "từ ".repeat(MAX_WORDS + 1);
        assert_eq!(refine(&long, &format!("{long}nữa")), None);
    }

    #[test]
    fn repetitive_paragraph_cut_stays_one_readable_removal() {
        // 60 % of a repetitive paragraph cut: Patience keeps the cut in one piece.
        let sentence = "Giá vàng hôm nay tăng nhẹ trên thị trường trong nước. ";
        let old = sentence.repeat(50);
        let new = sentence.repeat(20);
        let pieces = refine(&old, &new).unwrap();
        let removed = pieces
            .iter()
            .filter(|p| matches!(p, Piece::Removed(_)))
            .count();
        assert_eq!(removed, 1, "{pieces:?}");
        assert!(!pieces.iter().any(|p| matches!(p, Piece::Added(_))));
    }

    #[test]
    fn invisible_changes_are_labelled_and_visible_ones_are_not() {
        let nfd: String = "Việt".nfd().collect();
        assert!(label(&nfd, "Việt").unwrap().contains("NFC"));
        assert!(label("Hà\u{a0}Nội", "Hà Nội").unwrap().contains("space"));
        assert!(label("hoà", "hòa").unwrap().contains("tone mark moved"));
        assert!(label("thuỷ", "thủy").unwrap().contains("tone mark moved"));
        assert_eq!(label("hoà", "hoa"), None);
        assert_eq!(label("điện", "xăng"), None);
        assert_eq!(label("", "x"), None);
    }
}
