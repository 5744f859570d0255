//! What a line must start with for a regex anchored at the line start to match it: a look at
//! its first bytes that tells most lines from a cue before the regex runs.
//!
//! The chrome regexes (`lexicon.rs`) are tried on every short line, and most are anchored
//! alternations of phrases (`(?i)^(Chia sẻ|Share|…)\b.{0,60}$`). A regex call on a line it does
//! not match still costs a thousand instructions or so (and a Unicode `\b` keeps the engine off
//! its DFA on Vietnamese text). The literal prefixes every match starts with are read off the
//! regex's syntax (regex-syntax's extractor, the one the regex crate builds its own prefilters
//! with): a line that starts with none of them cannot match, and the regex is not run. When the
//! prefixes are no finite set but their first bytes are (`^(\d+\s+)?(trang chủ|home)`: `\d` is
//! hundreds of characters), the look reads the first byte only. A regex that is not anchored at
//! the start, or whose first bytes are not known (`^\S+…`), has no such look; it may be given a necessary condition by hand instead
//! ([`Cue::needing`]: a breadcrumb `^(\S+\s*[>»›]\s*){2,}\S+$` holds two separators), else it
//! always runs.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, StartKind};
use regex::Regex;
use regex_syntax::hir::literal::{ExtractKind, Extractor, Literal};
use regex_syntax::hir::Look;

/// A regex and, when it is anchored at the start, the prefixes its matches start with. The
/// regex is compiled on the first line that starts with one of them: compiling a cue's
/// case-insensitive Vietnamese alternations and bounded `.{0,60}` costs a few million
/// instructions, and a run (a `sach check` of one file, a corpus of one site) meets few of the
/// cues.
pub(super) struct Cue {
    pattern: String,
    re: OnceLock<Regex>,
    starts: Option<Starts>,
    needs: Option<fn(&str) -> bool>,
}

/// The prefixes of an anchored regex's matches: their first bytes, and all of them when they are
/// a finite set (only the first bytes are known of `^(\d+\s+)?(trang chủ|home)`: `\d` is hundreds
/// of characters).
struct Starts {
    first: [bool; 256],
    prefixes: Option<AhoCorasick>,
}

impl Cue {
    /// The regex `pattern` (a valid one: it is built into the binary) and its prefixes.
    pub fn new(pattern: &str) -> Cue {
        Cue {
            pattern: pattern.to_string(),
            re: OnceLock::new(),
            starts: starts(pattern),
            needs: None,
        }
    }

    /// The cue with `needs`, a test that every line the regex matches passes (cheaper than the
    /// regex: a count of a few characters), asked before the regex runs.
    pub fn needing(self, needs: fn(&str) -> bool) -> Cue {
        Cue {
            needs: Some(needs),
            ..self
        }
    }

    /// Whether the regex's matches have known first bytes: most lines are told from it before
    /// it runs.
    #[cfg(test)]
    pub fn has_prefixes(&self) -> bool {
        self.starts.is_some()
    }

    /// The regex's pattern.
    #[cfg(test)]
    pub fn pattern(&self) -> &str {
        &self.pattern
    }

    /// `Regex::is_match`: `false` at once for a line that starts with none of the prefixes.
    pub fn is_match(&self, t: &str) -> bool {
        self.starts.as_ref().is_none_or(|s| s.may_match(t))
            && self.needs.is_none_or(|needs| needs(t))
            && self
                .re
                .get_or_init(|| Regex::new(&self.pattern).expect("lexicon regex"))
                .is_match(t)
    }
}

impl Starts {
    fn may_match(&self, t: &str) -> bool {
        t.as_bytes()
            .first()
            .is_some_and(|&b| self.first[usize::from(b)])
            && self
                .prefixes
                .as_ref()
                .is_none_or(|p| p.is_match(Input::new(t).anchored(Anchored::Yes)))
    }
}

/// The prefixes every match of `pattern` starts with, when it is anchored at the start of the
/// text and they are a finite set of non-empty literals; else their first bytes, when those are
/// a known set.
fn starts(pattern: &str) -> Option<Starts> {
    let hir = regex_syntax::parse(pattern).ok()?;
    if !hir.properties().look_set_prefix().contains(Look::Start) {
        return None;
    }
    let seq = Extractor::new()
        .kind(ExtractKind::Prefix)
        .limit_literal_len(PREFIX_BYTES)
        .extract(&hir);
    let Some(literals) = seq.literals() else {
        // the first bytes alone: the literals cut to one byte, from classes of up to a thousand
        // characters (`\d`, not `\S`) and as many literals before they are cut
        let seq = Extractor::new()
            .kind(ExtractKind::Prefix)
            .limit_class(1000)
            .limit_total(1000)
            .limit_literal_len(1)
            .extract(&hir);
        return Some(Starts {
            first: first_bytes(seq.literals()?)?,
            prefixes: None,
        });
    };
    let first = first_bytes(literals)?;
    let prefixes = AhoCorasick::builder()
        // a contiguous NFA: an anchored match reads a line's first few bytes only, and building
        // one costs a fraction of the DFA the builder would pick for this few patterns
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .start_kind(StartKind::Anchored)
        .build(literals.iter().map(|l| l.as_bytes()))
        .ok()?;
    Some(Starts {
        first,
        prefixes: Some(prefixes),
    })
}

/// The longest prefix read off a regex, in bytes. The extractor's own limit (100 bytes, 250
/// literals in all) builds every case variant of a `(?i)` phrase whole before it cuts them to
/// fit: on the chrome regexes' Vietnamese alternations the set it keeps is of prefixes of about
/// four bytes anyway (`chia`, `CHIA`, `Chia`…), and building it was half of a cue's cost, a
/// million instructions or so. Cut at four bytes as they are built, most cues get the same set
/// at a fifth of the cost; a shorter prefix only lets a few more lines through to the regex,
/// which decides.
const PREFIX_BYTES: usize = 4;

/// The first bytes of `literals`, when none is empty.
fn first_bytes(literals: &[Literal]) -> Option<[bool; 256]> {
    let mut first = [false; 256];
    for l in literals {
        first[usize::from(*l.as_bytes().first()?)] = true;
    }
    Some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchored_regexes_get_their_prefixes_and_match_as_the_regex() {
        let patterns = [
            r"(?i)^(chia sẻ|share)\b.{0,60}$",
            r"(?i)^(?:(?:facebook|zalo)[\s:|/,•·-]*)+$",
            r"(?i)^(\d+\s+)?(trang chủ|home)\b.{0,80}$",
            r"^(\S+\s*[>»›]\s*){2,}\S+$",
            r"(?i)©|/gp-|(?:^|\W)(bản quyền)(?:\W|$)",
            r"(?i)^(xem thêm)\s*[:>»]|^bình chọn$",
            r"(?i)^(lượt xem)?\s*$",
        ];
        let lines = [
            "",
            "Chia sẻ",
            "CHIA SẺ bài viết",
            "chia sẻ, theo ông",
            "Share",
            "Facebook Zalo",
            "facebook | zalo |",
            "12 Trang chủ",
            "Trang chủ > Thời sự > Chính trị",
            "© 2024 Báo X",
            "Bản quyền thuộc về Báo X",
            "Xem thêm: Giá vàng",
            "Bình chọn",
            "bình chọn",
            "Theo các chuyên gia, giá vàng sẽ còn tăng.",
            "Lượt xem",
            " ",
        ];
        let mut filtered = 0;
        for p in patterns {
            let cue = Cue::new(p);
            let re = Regex::new(p).unwrap();
            filtered += usize::from(cue.starts.is_some());
            for t in lines {
                assert_eq!(cue.is_match(t), re.is_match(t), "{p} {t:?}");
            }
        }
        // the anchored alternations of phrases have prefixes, `^(\d+\s+)?…` first bytes only;
        // `^\S+`, an unanchored regex and one that may match the empty line have none
        assert_eq!(filtered, 4);
        assert!(Cue::new(patterns[0])
            .starts
            .is_some_and(|s| s.prefixes.is_some()));
        let digits = Cue::new(patterns[2]).starts.expect("first bytes");
        assert!(digits.prefixes.is_none());
        assert!(digits.first[usize::from(b'1')] && digits.first[usize::from(b't')]);
        assert!(!digits.first[usize::from(b'x')]);
        assert!(Cue::new(patterns[3]).starts.is_none());
        assert!(Cue::new(patterns[4]).starts.is_none());
        assert!(Cue::new(patterns[6]).starts.is_none());
    }
}
