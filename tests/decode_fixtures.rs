//! One article in every encoding and every damage sach repairs comes out as the same NFC text.
//! The fixtures are made from `tests/decode/article.txt` (ASCII punctuation, so every legacy code
//! page can hold it) and `tests/decode/article-typographic.txt` (– — … “ ” ‘ ’ • € ™ ©) by
//! `scripts/gen-decode-fixtures`, with independent encoders (glibc iconv, Python's codecs).

use sach::config::Config;
use sach::pipeline::Pipeline;
use unicode_normalization::{is_nfc, UnicodeNormalization};

fn clean(bytes: &[u8]) -> (String, &'static str) {
    let p = Pipeline::new(Config::default());
    let d = sach::process(&p, bytes).expect("decodes");
    (d.cleaned.text, d.encoding)
}

fn check(source: &str, files: &[(&str, &str)]) {
    let want = std::fs::read_to_string(format!("tests/decode/{source}")).unwrap();
    let (clean_source, _) = clean(want.as_bytes());
    assert_eq!(clean_source, want, "the source article is already clean");
    for &(name, encoding) in files {
        let bytes = std::fs::read(format!("tests/decode/article/{name}")).unwrap();
        let (text, found) = clean(&bytes);
        assert_eq!(found, encoding, "{name} decoded as");
        assert!(is_nfc(&text), "{name}");
        assert!(
            !text.contains(['Ã', 'Â', 'Ä', 'Æ', 'Ă', '\u{FFFD}', '€']) || text.contains(" 2 tỷ €"),
            "{name}: {text}"
        );
        assert_eq!(text, want, "{name}");
        assert_eq!(text.nfc().collect::<String>(), text);
    }
}

#[test]
fn the_article_in_every_legacy_encoding_comes_out_the_same() {
    check(
        "article.txt",
        &[
            ("cp1258.txt", "windows-1258"),
            ("tcvn3.txt", "TCVN3"),
            ("viscii.txt", "VISCII"),
            ("vni.txt", "VNI-Windows"),
            ("viqr.txt", "UTF-8"),
        ],
    );
}

#[test]
fn the_article_in_every_unicode_form_and_mojibake_comes_out_the_same() {
    check(
        "article-typographic.txt",
        &[
            ("utf8.txt", "UTF-8"),
            ("nfd.txt", "UTF-8"),
            ("utf16le.txt", "UTF-16LE"),
            ("utf16be.txt", "UTF-16BE"),
            ("mojibake-cp1252.txt", "UTF-8"),
            ("mojibake-cp1252-nfd.txt", "UTF-8"),
            ("mojibake-latin1.txt", "UTF-8"),
            ("mojibake-cp1258.txt", "UTF-8"),
            ("mojibake-twice.txt", "UTF-8"),
        ],
    );
}
