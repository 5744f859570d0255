//! The comparison key of a sentence or paragraph.
//!
//! CCNet's recipe, minus its two Vietnamese-hostile steps: NFC, lower-case, punctuation and
//! symbols dropped, whitespace collapsed — but tone and vowel marks are kept ("Tôi đi học." and
//! "Tối đi học." are different sentences) and digits are kept ("tăng 5%" and "tăng 7%" are
//! different facts). The original text is never changed by the key.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
use xxhash_rust::xxh3::xxh3_64;

/// The normalized key of `text`.
pub fn key(text: &str) -> String {
    let composed: String;
    let text = if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        text
    } else {
        composed = text.nfc().collect();
        &composed
    };
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with(' ') && (c.is_whitespace() || is_separator(c)) {
            out.push(' ');
        }
    }
    if out.ends_with(' ') {
        out.pop();
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
    }
}
