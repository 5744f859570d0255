//! Mojibake repair: UTF-8 that was decoded as windows-1252 or windows-1258 and saved again
//! ("Viá»‡t Nam", "HĂ Ná»™i" → "Việt Nam", "Hà Nội").
//!
//! Each whitespace-separated token that contains characters of the upper half of those code
//! pages is re-encoded with that code page and decoded as UTF-8. The repair is taken only when
//! that round trip is exact UTF-8 and gives shorter text containing non-ASCII letters — which
//! clean text never does: Vietnamese letters such as ộ do not exist in windows-1252, and
//! accented French or German ("café", "Größe") re-encodes to bytes that are not valid UTF-8.
//! The pass runs first, before no-break spaces and C1 controls are normalized, because those are
//! halves of the very bytes it restores (à is C3 A0; ờ is E1 BB 9D). A token whose mojibake lost
//! bytes to U+FFFD cannot be restored; it is reported.

use encoding_rs::{Encoding, WINDOWS_1252, WINDOWS_1258};

use crate::edit::Edit;
use crate::pipeline::{Pass, PassContext};
use crate::rule::{Fix, Rule, Severity, Visibility};

pub static MOJIBAKE: &Rule = &Rule {
    code: "E101",
    name: "mojibake",
    severity: Severity::Error,
    fix: Fix::Safe,
    visibility: Visibility::Visible,
    summary: "UTF-8 text garbled through windows-1252/1258, restored",
    doc:
        "What it does: restores words whose UTF-8 bytes were read as windows-1252 or windows-1258 \
and saved again, by re-encoding them with that code page and decoding the bytes as UTF-8.\n\n\
Why: one wrong decode turns every Vietnamese letter into two or three Latin-1 symbols; the text \
is lost to search and models, but every byte is still there.\n\n\
Example: `Viá»‡t Nam` → `Việt Nam`; `HĂ Ná»™i` (via windows-1258) → `Hà Nội`. Clean text is never \
changed: the repair applies only when the round trip is exact UTF-8 and shorter.",
};

pub static LOST_BYTES: &Rule = &Rule {
    code: "E102",
    name: "unrepairable-mojibake",
    severity: Severity::Error,
    fix: Fix::ReportOnly,
    visibility: Visibility::Visible,
    summary: "mojibake whose lost bytes (U+FFFD) make it unrepairable",
    doc: "What it does: reports a word that looks like UTF-8 read as windows-1252 but contains \
U+FFFD where a byte was dropped (0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in windows-1252 and \
strict decoders replace them).\n\n\
Why: the original letter cannot be recovered from this copy; a reviewer should fetch the page \
again.\n\n\
Example: `Thá»\\u{FFFD}i` (from `Thời`, whose ờ contains 0x9D) is reported.",
};

pub static RULES: &[&Rule] = &[MOJIBAKE, LOST_BYTES];

pub struct Mojibake;

impl Pass for Mojibake {
    fn name(&self) -> &'static str {
        "mojibake"
    }

    fn rules(&self) -> &'static [&'static Rule] {
        RULES
    }

    fn run(&self, text: &str, _cx: &mut PassContext<'_>) -> Vec<Edit> {
        let mut edits = Vec::new();
        // Fast path: mojibake of UTF-8 needs upper-half Latin-1 characters (U+0080..U+00FF) or
        // the cp1252/cp1258 specials, all of which are 2-byte UTF-8 starting with C2/C3/C4/C5/C6/CB/E2.
        if !text.bytes().any(|b| matches!(b, 0xC2..=0xC6 | 0xCB | 0xE2)) {
            return edits;
        }
        let mut start = 0;
        for token in text.split([' ', '\n', '\t', '\r']) {
            let span = start..start + token.len();
            start = span.end + 1;
            if token.is_ascii() || !looks_garbled(token) {
                continue;
            }
            if let Some((fixed, encoding)) =
                repair(token, WINDOWS_1252).or_else(|| repair(token, WINDOWS_1258))
            {
                let reason = format!("«{token}» read as {} → «{fixed}»", encoding.name());
                edits.push(Edit::replace(MOJIBAKE, span, fixed, reason));
            } else if token.contains('\u{FFFD}') {
                edits.push(Edit::report(
                    LOST_BYTES,
                    span,
                    format!("«{token}» lost bytes to U+FFFD"),
                ));
            }
        }
        edits
    }
}

/// The lead characters UTF-8 sequences turn into under windows-1252/1258 (Ã Â Ä Å Æ á â Ă).
fn looks_garbled(token: &str) -> bool {
    token
        .chars()
        .any(|c| matches!(c, 'Ã' | 'Â' | 'Ä' | 'Å' | 'Æ' | 'á' | 'â' | 'Ă' | 'Ê' | 'Ư'))
        && token.chars().any(|c| {
            ('\u{80}'..='\u{FF}').contains(&c) || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžỴ̈̀́̃̉ĂăĐđƠơƯư₫".contains(c)
        })
}

/// `token` re-encoded with `encoding` and decoded as UTF-8, when that is exact and shorter.
fn repair(token: &str, encoding: &'static Encoding) -> Option<(String, &'static Encoding)> {
    let (bytes, _, unmappable) = encoding.encode(token);
    if unmappable {
        return None;
    }
    let fixed = std::str::from_utf8(&bytes).ok()?;
    let shorter = fixed.chars().count() < token.chars().count();
    let letters = fixed.chars().any(|c| !c.is_ascii() && c.is_alphabetic());
    (shorter && letters && !fixed.chars().any(char::is_control))
        .then(|| (fixed.to_string(), encoding))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::pipeline::{Metadata, Pipeline};

    fn clean(text: &str) -> String {
        let p = Pipeline::with_passes(Config::default(), vec![Box::new(Mojibake)]);
        p.run(text.to_string(), Metadata::default()).unwrap().text
    }

    /// UTF-8 bytes of `s` decoded with `encoding`: how mojibake is made.
    fn garble(s: &str, encoding: &'static Encoding) -> String {
        encoding
            .decode_without_bom_handling(s.as_bytes())
            .0
            .into_owned()
    }

    #[test]
    fn repairs_windows_1252_and_1258_mojibake_including_c1_and_a0_bytes() {
        for original in [
            "Việt Nam",
            "Hà Nội",
            "được ký kết",
            "Thời sự",
            "Thủ tướng Nguyễn Xuân Phúc",
            "Đảm bảo ổn định",
        ] {
            let garbled = garble(original, WINDOWS_1252);
            assert_ne!(garbled, original);
            assert_eq!(clean(&garbled), original, "{garbled:?}");
        }
        assert_eq!(clean("Viá»‡t Nam"), "Việt Nam");
        let via_1258 = garble("Hà Nội", WINDOWS_1258);
        assert_eq!(clean(&via_1258), "Hà Nội", "{via_1258:?}");
    }

    #[test]
    fn clean_text_in_any_language_is_untouched() {
        for text in [
            "Việt Nam đạt được thỏa thuận",
            "Le café était fermé, l'hôtel aussi.",
            "Die Größe überraschte.",
            "Ê-đê, Ưu tiên, Ăn uống",
            "£5 – “quoted” ©2024 naïve",
        ] {
            assert_eq!(clean(text), text);
        }
    }

    #[test]
    fn lost_bytes_are_reported_not_guessed() {
        let garbled = garble("Thời", WINDOWS_1252).replace('\u{9D}', "\u{FFFD}");
        let p = Pipeline::with_passes(Config::default(), vec![Box::new(Mojibake)]);
        let c = p.run(garbled.clone(), Metadata::default()).unwrap();
        assert_eq!(c.text, garbled);
        assert_eq!(c.stages[0].edits[0].rule.code, "E102");
    }
}
