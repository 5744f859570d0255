//! Every Vietnamese letter with a diacritic (67 lower + 67 upper case), at the start, in the
//! middle and at the end of a word, through every legacy code page and every mojibake shape,
//! decoded by sach and compared with independent encoders: glibc iconv (VISCII, TCVN5712-1,
//! CP1258), Python's codecs (cp1258, cp1252, latin-1) and ftfy. Their output is frozen in
//! `tests/decode/letters.json` by `scripts/gen-decode-fixtures`, so this test needs none of them
//! and cannot skip silently.

use sach::config::Config;
use sach::pipeline::{Metadata, Pipeline};
use sach::vietnamese::legacy::{self, Legacy};
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

fn letters() -> Vec<Value> {
    let rows: Vec<Value> =
        serde_json::from_str(include_str!("decode/letters.json")).expect("letters.json");
    assert_eq!(rows.len(), 134);
    rows
}

fn field<'a>(row: &'a Value, key: &str) -> &'a str {
    row[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} in {row}"))
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex"))
        .collect()
}

/// The letter at the start, in the middle and at the end of a word, as (bytes, expected text).
fn words(letter: &str, encoded: &[u8]) -> Vec<(Vec<u8>, String)> {
    let join = |pre: &str, post: &str| {
        let mut b = pre.as_bytes().to_vec();
        b.extend(encoded);
        b.extend(post.as_bytes());
        (b, format!("{pre}{letter}{post}"))
    };
    vec![join("", "n "), join(" t", "n "), join(" b", "")]
}

#[test]
fn viscii_decodes_every_letter_like_glibc() {
    for row in letters() {
        let letter = field(&row, "letter");
        for (bytes, want) in words(letter, &hex(field(&row, "viscii"))) {
            assert_eq!(
                legacy::decode(&bytes, Legacy::Viscii),
                want,
                "VISCII {letter}"
            );
        }
    }
}

#[test]
fn tcvn3_decodes_every_letter_like_glibc() {
    // TCVN3 (ABC) has no toned capitals: glibc's TCVN5712-1 (VN1) puts them at bytes TCVN3 leaves
    // empty or gives to other characters. Every lower-case letter and the seven untoned
    // capitals (Ă Â Ê Ô Ơ Ư Đ) share one byte in both.
    let mut checked = 0;
    for row in letters() {
        let letter = field(&row, "letter");
        let lower = letter.to_lowercase();
        if letter != lower && !"ĂÂÊÔƠƯĐ".contains(letter) {
            continue;
        }
        checked += 1;
        for (bytes, want) in words(letter, &hex(field(&row, "tcvn5712"))) {
            assert_eq!(
                legacy::decode(&bytes, Legacy::Tcvn3),
                want,
                "TCVN3 {letter}"
            );
        }
    }
    assert_eq!(checked, 67 + 7);
}

#[test]
fn vni_decodes_every_letter_of_the_vni_scheme() {
    for row in letters() {
        let letter = field(&row, "letter");
        for (bytes, want) in words(letter, &hex(field(&row, "vni"))) {
            assert_eq!(legacy::decode(&bytes, Legacy::Vni), want, "VNI {letter}");
        }
    }
}

#[test]
fn windows_1258_decodes_every_letter_like_glibc_and_python() {
    for row in letters() {
        let letter = field(&row, "letter");
        for key in ["cp1258_iconv", "cp1258_python"] {
            for (bytes, want) in words(letter, &hex(field(&row, key))) {
                let (text, _, bad) = encoding_rs::WINDOWS_1258.decode(&bytes);
                assert!(!bad);
                assert_eq!(text.nfc().collect::<String>(), want, "{key} {letter}");
            }
        }
    }
}

fn repair(text: &str) -> String {
    let p = Pipeline::with_passes(
        Config::default(),
        vec![
            Box::new(sach::passes::mojibake::Mojibake),
            Box::new(sach::passes::nfc::Nfc),
        ],
    );
    p.run(text.to_string(), Metadata::default()).unwrap().text
}

#[test]
fn every_mojibake_shape_of_every_letter_is_repaired() {
    let mut ftfy_fixed = 0;
    for row in letters() {
        let letter = field(&row, "letter");
        for key in [
            "mojibake_1252",
            "mojibake_1252_nfd",
            "mojibake_latin1",
            "mojibake_1258",
            "mojibake_1252_twice",
        ] {
            let garbled = field(&row, key);
            // the three words in one line: a word-final capital before closing punctuation
            // (`bÃ’` for `bÒ`) is repaired only with other mojibake in the document
            let (mut text, mut want) = (Vec::new(), String::new());
            for (bytes, w) in words(letter, garbled.as_bytes()) {
                text.extend(bytes);
                want.push_str(&w);
            }
            let text = String::from_utf8(text).unwrap();
            assert_eq!(repair(&text), want, "{key} {letter}: {text:?}");
        }
        ftfy_fixed += usize::from(field(&row, "ftfy") == letter);
    }
    // ftfy, the reference repairer, fixes most of them in a word (not those whose mojibake ends
    // in a character its heuristics accept, such as `…` for ễ): sach must not do worse.
    assert!(ftfy_fixed > 100, "{ftfy_fixed}");
}

#[test]
fn every_viqr_letter_converts() {
    for row in letters() {
        let letter = field(&row, "letter");
        let viqr = field(&row, "viqr");
        for (pre, post) in [("", "n"), ("t", "n"), ("b", "")] {
            let word = format!("{pre}{viqr}{post}");
            let want = format!("{pre}{letter}{post}");
            let parses = sach::vietnamese::viqr::convert_word(&word, true);
            // Not every letter makes a syllable in every position (`ơn`, `tưn` do; `bơ` does):
            // when the result is a syllable, it must be this one.
            if let Some(got) = parses {
                assert_eq!(got, want, "{word}");
            }
        }
        let (word, want) = if "đĐ".contains(letter) {
            (format!("{viqr}a"), format!("{letter}a"))
        } else {
            (format!("t{viqr}"), format!("t{letter}"))
        };
        let got = sach::vietnamese::viqr::convert_word(&word, true);
        assert_eq!(got.as_deref(), Some(want.as_str()), "{word}");
    }
}
