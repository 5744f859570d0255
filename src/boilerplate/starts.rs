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
//!
//! Most chrome regexes end with a bounded tail, `\b.{0,60}$`: at most so many characters after
//! the cue. Compiled, that tail is sixty copies of the UTF-8 automaton of `.`, two thirds of the
//! regex's cost (3.2 M instructions for the share label's, 1.0 M without the tail), and a line
//! of at most sixty characters passes it whatever the cue matched. So a cue whose regex ends so
//! ([`Tail`]) runs the regex without its tail on a line that short, and the whole regex
//! (compiled then) on a longer one only.

use std::sync::OnceLock;

use regex::Regex;
use regex_syntax::hir::literal::{ExtractKind, Extractor, Literal};
use regex_syntax::hir::{Dot, Hir, HirKind, Look};

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
    tail: Option<Tail>,
}

/// A regex's bounded tail `.{0,max}$` after what it matches at the start of the line, when the
/// whole regex is that concatenation (no alternation around it): `head` is the regex without
/// it, which answers for a line of at most `max` characters and no line feed (`.` takes none).
struct Tail {
    max: usize,
    head: OnceLock<Regex>,
    head_pattern: String,
}

/// The prefixes of an anchored regex's matches: their first bytes, and all of them when they are
/// a finite set (only the first bytes are known of `^(\d+\s+)?(trang chủ|home)`: `\d` is hundreds
/// of characters).
struct Starts {
    first: [bool; 256],
    prefixes: Option<Prefixes>,
}

/// Prefixes of one to [`PREFIX_BYTES`] bytes, each read as one number ([`key`]), sorted by
/// length: a line starts with one when its first bytes, read so, are among those of their
/// length. Four binary searches at most per line, and built in a few thousand instructions (an
/// anchored Aho-Corasick automaton of the same prefixes cost 350,000 to build, a third of a
/// cue's cost, and answered no faster).
struct Prefixes([Vec<u32>; PREFIX_BYTES]);

impl Prefixes {
    /// The prefixes `literals`, when each is one to [`PREFIX_BYTES`] bytes long.
    fn new(literals: &[Literal]) -> Option<Prefixes> {
        let mut by_len: [Vec<u32>; PREFIX_BYTES] = Default::default();
        for l in literals {
            let bytes = l.as_bytes();
            by_len
                .get_mut(bytes.len().checked_sub(1)?)?
                .push(key(bytes));
        }
        for keys in &mut by_len {
            keys.sort_unstable();
            keys.dedup();
        }
        Some(Prefixes(by_len))
    }

    /// Whether `bytes` start with one of the prefixes.
    fn start(&self, bytes: &[u8]) -> bool {
        (1..=PREFIX_BYTES.min(bytes.len())).any(|len| {
            let keys = &self.0[len - 1];
            !keys.is_empty() && keys.binary_search(&key(&bytes[..len])).is_ok()
        })
    }
}

/// At most four bytes as one number, the first the highest (distinct for bytes of one length).
fn key(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0, |k, &b| k << 8 | u32::from(b))
}

impl Cue {
    /// The regex `pattern` (a valid one: it is built into the binary) and its prefixes.
    pub fn new(pattern: &str) -> Cue {
        let hir = regex_syntax::parse(pattern).ok();
        Cue {
            pattern: pattern.to_string(),
            re: OnceLock::new(),
            starts: hir.as_ref().and_then(starts),
            needs: None,
            tail: hir.as_ref().and_then(|hir| tail(pattern, hir)),
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

    /// The cue with the prefixes of the matches of `pattern` (anchored) instead of its own, for a
    /// regex whose syntax gives none but whose every match starts as one of `pattern`'s does
    /// (`^(?:(?:A)…)*(?:A)…` starts with an `A` whether its repetition is empty or not: the
    /// extractor reads the empty repetition as a match of anything).
    pub fn starting_as(self, pattern: &str) -> Cue {
        Cue {
            starts: regex_syntax::parse(pattern).ok().as_ref().and_then(starts),
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

    /// Whether a line whose first byte is `first` may match: `false` when the regex is anchored
    /// and none of its matches starts with that byte (the first thing [`is_match`](Self::is_match)
    /// looks at).
    pub fn may_start_with_byte(&self, first: u8) -> bool {
        self.starts
            .as_ref()
            .is_none_or(|s| s.first[usize::from(first)])
    }

    /// `Regex::is_match`: `false` at once for a line that starts with none of the prefixes.
    pub fn is_match(&self, t: &str) -> bool {
        if !(self.starts.as_ref().is_none_or(|s| s.may_match(t))
            && self.needs.is_none_or(|needs| needs(t)))
        {
            return false;
        }
        let (re, pattern) = match &self.tail {
            Some(tail) if tail.covers(t) => (&tail.head, &tail.head_pattern),
            _ => (&self.re, &self.pattern),
        };
        re.get_or_init(|| Regex::new(pattern).expect("lexicon regex"))
            .is_match(t)
    }
}

impl Tail {
    /// Whether the line passes the tail whatever the head matched of it: at most `max`
    /// characters (its bytes first: fewer bytes, fewer characters) and no line feed.
    fn covers(&self, t: &str) -> bool {
        (t.len() <= self.max || t.chars().count() <= self.max) && !t.contains('\n')
    }
}

/// The bounded tail of `pattern` ([`Tail`]): its syntax is a concatenation whose last two parts
/// are `.` repeated at most `max` times from none and the end of the text, and its text ends with
/// `.{0,max}$`.
fn tail(pattern: &str, hir: &Hir) -> Option<Tail> {
    let HirKind::Concat(parts) = hir.kind() else {
        return None;
    };
    let [.., dots, end] = parts.as_slice() else {
        return None;
    };
    let HirKind::Repetition(rep) = dots.kind() else {
        return None;
    };
    let dot = Hir::dot(Dot::AnyCharExceptLF);
    if *end.kind() != HirKind::Look(Look::End) || rep.min != 0 || *rep.sub != dot || !rep.greedy {
        return None;
    }
    let max = usize::try_from(rep.max?).ok()?;
    let head_pattern = pattern.strip_suffix(&format!(".{{0,{max}}}$"))?.to_string();
    Some(Tail {
        max,
        head: OnceLock::new(),
        head_pattern,
    })
}

impl Starts {
    fn may_match(&self, t: &str) -> bool {
        t.as_bytes()
            .first()
            .is_some_and(|&b| self.first[usize::from(b)])
            && self.prefixes.as_ref().is_none_or(|p| p.start(t.as_bytes()))
    }
}

/// The prefixes every match of `pattern` starts with, when it is anchored at the start of the
/// text and they are a finite set of non-empty literals; else their first bytes, when those are
/// a known set.
fn starts(hir: &Hir) -> Option<Starts> {
    if !hir.properties().look_set_prefix().contains(Look::Start) {
        return None;
    }
    let seq = Extractor::new()
        .kind(ExtractKind::Prefix)
        .limit_literal_len(PREFIX_BYTES)
        .extract(hir);
    let Some(literals) = seq.literals() else {
        // the first bytes alone: the literals cut to one byte, from classes of up to a thousand
        // characters (`\d`, not `\S`) and as many literals before they are cut
        let seq = Extractor::new()
            .kind(ExtractKind::Prefix)
            .limit_class(1000)
            .limit_total(1000)
            .limit_literal_len(1)
            .extract(hir);
        return Some(Starts {
            first: first_bytes(seq.literals()?)?,
            prefixes: None,
        });
    };
    Some(Starts {
        first: first_bytes(literals)?,
        prefixes: Some(Prefixes::new(literals)?),
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

    /// The prefix look-up answers as a comparison of the text with every prefix, on drawn texts
    /// (the prefixes of a `(?i)` alternation cut at four bytes, some inside a character).
    #[test]
    fn prefix_lookups_answer_as_comparing_every_prefix() {
        let hir = regex_syntax::parse(r"(?i)^(chia sẻ|share|đừng bỏ lỡ|đọc tiếp|x|ẩn)\b").unwrap();
        let seq = Extractor::new()
            .kind(ExtractKind::Prefix)
            .limit_literal_len(PREFIX_BYTES)
            .extract(&hir);
        let literals = seq.literals().expect("a finite set");
        let prefixes = Prefixes::new(literals).expect("prefixes of four bytes at most");
        let pieces = [
            "c", "C", "h", "H", "i", "a", " ", "s", "ẻ", "Ẻ", "đ", "Đ", "ừ", "ọ", "x", "X", "ẩ",
            "n",
        ];
        let mut rng = crate::test_rng::Xorshift::new();
        let mut started = 0;
        for _ in 0..20_000 {
            let len = rng.below(6);
            let t = rng.text(&pieces, len);
            let want = literals
                .iter()
                .any(|l| t.as_bytes().starts_with(l.as_bytes()));
            assert_eq!(prefixes.start(t.as_bytes()), want, "{t:?}");
            started += usize::from(want);
        }
        assert!(started > 1000, "{started}");
    }

    /// A cue with a bounded tail answers as its whole regex on lines around the tail's length,
    /// with a line feed, and drawn; a tail inside an alternation or not at the end is none.
    #[test]
    fn bounded_tails_answer_as_the_whole_regex() {
        let patterns = [
            r"(?i)^(chia sẻ|share|chia sẻ bài)\b.{0,12}$",
            r"(?i)^\d+\s+(trang chủ|home)\b.{0,5}$",
            r"^(tin|tin mới)\b.{0,3}$",
        ];
        let mut lines: Vec<String> = Vec::new();
        for cue in [
            "Chia sẻ",
            "chia sẻ bài",
            "SHARE",
            "Share",
            "12 Trang chủ",
            "tin",
            "tin mới",
        ] {
            for rest in [
                "",
                " ",
                "x",
                " đây",
                "  bài viết",
                " bài viết hay",
                " á á á á á á á",
            ] {
                for more in 0..16 {
                    lines.push(format!("{cue}{rest}{}", "ạ".repeat(more)));
                    lines.push(format!("{cue}{rest}\n{}", "a".repeat(more)));
                }
            }
        }
        let mut rng = crate::test_rng::Xorshift::new();
        for _ in 0..2000 {
            let len = rng.below(20);
            let rest = rng.text(&["a", "b", " ", "ạ", "\n", "ẻ", "sẻ"], len);
            lines.push(format!("Chia sẻ{rest}"));
        }
        for p in patterns {
            let cue = Cue::new(p);
            let re = Regex::new(p).unwrap();
            assert!(cue.tail.is_some(), "{p}");
            for t in &lines {
                assert_eq!(cue.is_match(t), re.is_match(t), "{p} {t:?}");
            }
        }
        for p in [
            r"(?i)^(chia sẻ)\b.{0,12}$|^x",
            r"(?i)^(chia sẻ)\b.{0,12}x$",
            r"(?i)^(chia sẻ)\b.{1,12}$",
            r"(?s)^(chia sẻ)\b.{0,12}$",
            r"(?i)^(chia sẻ)\b.{0,12}?$",
        ] {
            assert!(Cue::new(p).tail.is_none(), "{p}");
        }
    }
}
