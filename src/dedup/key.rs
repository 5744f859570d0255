//! The comparison key of a sentence or paragraph.
//!
//! CCNet's recipe, minus its two Vietnamese-hostile steps: NFC, lower-case, punctuation and
//! symbols dropped, whitespace collapsed — but tone and vowel marks are kept ("Tôi đi học." and
//! "Tối đi học." are different sentences) and digits are kept ("tăng 5%" and "tăng 7%" are
//! different facts). The original text is never changed by the key.

use xxhash_rust::xxh3::xxh3_64;

/// The normalized key of `text`.
pub fn key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_key(text, &mut out);
    out
}

/// Appends the key of `text` to `out` (what [`key`] returns, without a `String` of its own).
pub fn push_key(text: &str, out: &mut String) {
    let composed: String;
    let text = if crate::passes::nfc::is_nfc(text) {
        text
    } else {
        composed = crate::passes::nfc::to_nfc(text);
        &composed
    };
    let mut started = false; // a character kept
    let mut gap = false; // a separator since the last kept character
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        // ASCII told by the byte; only the other characters are decoded
        let (c, keep) = if b < 0x80 {
            at += 1;
            (char::from(b), b.is_ascii_alphanumeric())
        } else {
            let c = text[at..].chars().next().expect("a char boundary");
            at += c.len_utf8();
            (c, crate::chars::is_alphanumeric(c))
        };
        if keep {
            if gap && started {
                out.push(' ');
            }
            (gap, started) = (false, true);
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                crate::chars::push_lowercase(out, c);
            }
        } else if c.is_whitespace() || is_separator(c) {
            gap = true;
        }
    }
}

/// The key of a text made of parts whose keys are given (sentences of a paragraph, paragraphs of
/// a document): equal to [`key`] of the whole, since the parts are separated by whitespace.
pub fn join<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for p in parts.into_iter().filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(p);
    }
    out
}

/// Punctuation that separates words ("a-b", "a/b", "a,b"); apostrophes and the like join.
fn is_separator(c: char) -> bool {
    !matches!(c, '\'' | '’' | '\u{AD}')
}

/// 64-bit hash of a key.
pub fn hash(key: &str) -> u64 {
    xxh3_64(key.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn keys_ignore_case_spacing_punctuation_and_normal_form_but_keep_marks_and_digits() {
        assert_eq!(
            key("  Hợp tác   nghiên cứu, IoT…;"),
            "hợp tác nghiên cứu iot"
        );
        let nfd: String = "Hợp tác nghiên cứu".nfd().collect();
        assert_eq!(key(&nfd), key("HỢP TÁC NGHIÊN CỨU!"));
        assert_ne!(key("Tôi đi học."), key("Tối đi học."));
        assert_ne!(key("Giá tăng 5%."), key("Giá tăng 7%."));
        assert_eq!(key("CNTT-TT"), "cntt tt");
        let mut out = String::from("trước");
        push_key(" , Hợp tác!", &mut out);
        assert_eq!(out, "trướchợp tác");
        let (a, b) = ("Một câu, rất dài.", " Câu hai: «ngắn»!/.");
        assert_eq!(
            join([key(a).as_str(), key(b).as_str()]),
            key(&format!("{a}{b}"))
        );
    }
}
