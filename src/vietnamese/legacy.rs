//! Legacy Vietnamese byte encodings that encoding_rs and chardetng do not know: TCVN3 (ABC),
//! VNI-Windows and VISCII, from the MIT-licensed tables in `legacy_table`.
//!
//! TCVN3 and VNI bytes, read as windows-1252, spell each Vietnamese letter as one character
//! (TCVN3) or a base letter plus a diacritic character (VNI): decoding reads the bytes as
//! windows-1252 and replaces those spellings, longest first. VISCII maps every byte (including
//! six C0 positions) to one character.
//! [`vietnamese_score`] — the share of accented words that are valid Vietnamese syllables —
//! decides between candidate decodings, so a French or German windows-1252 page is never
//! "repaired" into Vietnamese.

use std::collections::HashMap;
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

use super::legacy_table::{TABLE, VISCII};
use super::syllable::{parse, split_tone};

/// A legacy encoding sach decodes itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Legacy {
    Tcvn3,
    Vni,
    Viscii,
}

impl Legacy {
    pub const ALL: [Legacy; 3] = [Legacy::Tcvn3, Legacy::Vni, Legacy::Viscii];

    pub fn name(self) -> &'static str {
        match self {
            Legacy::Tcvn3 => "TCVN3",
            Legacy::Vni => "VNI-Windows",
            Legacy::Viscii => "VISCII",
        }
    }

    /// By name, case-insensitively: `tcvn3`, `abc`, `vni`, `vni-windows`.
    pub fn from_name(name: &str) -> Option<Legacy> {
        match name.to_ascii_lowercase().as_str() {
            "tcvn3" | "tcvn" | "abc" | "tcvn5712" => Some(Legacy::Tcvn3),
            "vni" | "vni-windows" => Some(Legacy::Vni),
            "viscii" => Some(Legacy::Viscii),
            _ => None,
        }
    }

    /// Legacy spelling → letter (TCVN3 and VNI; VISCII is a plain byte table).
    fn map(self) -> &'static HashMap<&'static str, &'static str> {
        static TCVN3: OnceLock<HashMap<&str, &str>> = OnceLock::new();
        static VNI: OnceLock<HashMap<&str, &str>> = OnceLock::new();
        match self {
            Legacy::Tcvn3 => TCVN3.get_or_init(|| {
                TABLE
                    .iter()
                    .map(|&(letter, _, tcvn3)| (tcvn3, letter))
                    .collect()
            }),
            Legacy::Vni | Legacy::Viscii => VNI.get_or_init(|| {
                TABLE
                    .iter()
                    .map(|&(letter, vni, _)| (vni, letter))
                    .collect()
            }),
        }
    }
}

/// Decodes `bytes` as `legacy`.
pub fn decode(bytes: &[u8], legacy: Legacy) -> String {
    if legacy == Legacy::Viscii {
        return bytes.iter().map(|&b| VISCII[b as usize]).collect();
    }
    let latin = encoding_rs::WINDOWS_1252
        .decode_without_bom_handling(bytes)
        .0;
    let map = legacy.map();
    let chars: Vec<char> = latin.chars().collect();
    let mut out = String::with_capacity(latin.len());
    let mut key = String::with_capacity(8);
    let mut i = 0;
    'outer: while i < chars.len() {
        for len in [2, 1] {
            if i + len <= chars.len() {
                key.clear();
                key.extend(&chars[i..i + len]);
                if let Some(letter) = map.get(key.as_str()) {
                    out.push_str(letter);
                    i += len;
                    continue 'outer;
                }
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// Share (0–1) of the words with non-ASCII letters that are valid Vietnamese syllables; 0 when
/// there are none.
pub fn vietnamese_score(text: &str) -> f32 {
    let (mut accented, mut valid) = (0usize, 0usize);
    for word in text
        .split(|c: char| !c.is_alphanumeric() && !is_mark(c))
        .filter(|w| !w.is_ascii())
    {
        accented += 1;
        let bases: String = word
            .nfc()
            .map(|c| split_tone(c.to_lowercase().next().unwrap_or(c)).0)
            .collect();
        valid += usize::from(parse(&bases).is_some());
    }
    if accented == 0 {
        0.0
    } else {
        valid as f32 / accented as f32
    }
}

fn is_mark(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    const TEXT: &str = "Thủ tướng Nguyễn Xuân Phúc đã tiếp Bộ trưởng. Hai bên nhất trí đẩy mạnh hợp tác trong lĩnh vực thông tin và truyền thông, được ký kết tại Hà Nội.";

    /// Encodes with the table (the inverse of `decode`): how the fixtures are made.
    pub(crate) fn encode(text: &str, legacy: Legacy) -> Vec<u8> {
        if legacy == Legacy::Viscii {
            return text
                .chars()
                .map(|c| {
                    VISCII
                        .iter()
                        .position(|&v| v == c)
                        .expect("a VISCII letter") as u8
                })
                .collect();
        }
        let mut latin = String::new();
        for c in text.chars() {
            match TABLE.iter().find(|r| r.0.chars().eq(std::iter::once(c))) {
                Some(r) => latin.push_str(if legacy == Legacy::Tcvn3 { r.2 } else { r.1 }),
                None => latin.push(c),
            }
        }
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&latin);
        assert!(!unmappable);
        bytes.into_owned()
    }

    #[test]
    fn round_trips_and_scores() {
        for legacy in Legacy::ALL {
            let bytes = encode(&TEXT.to_lowercase(), legacy);
            assert_eq!(decode(&bytes, legacy), TEXT.to_lowercase(), "{legacy:?}");
            if legacy == Legacy::Viscii {
                assert_eq!(
                    decode(&encode(TEXT, legacy), legacy),
                    TEXT,
                    "VISCII keeps capitals"
                );
            }
            let as_1252 = encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(&bytes)
                .0;
            let (right, wrong) = (
                vietnamese_score(&decode(&bytes, legacy)),
                vietnamese_score(&as_1252),
            );
            assert!(
                right > 0.95 && right > wrong + 0.3,
                "{legacy:?}: {right} vs windows-1252 {wrong}"
            );
        }
        assert!(vietnamese_score(TEXT) > 0.95);
        assert!(
            vietnamese_score("Le café était fermé à l'hôtel, où le maître d'hôtel servait.") < 0.5
        );
    }

    #[test]
    fn tables_encode_every_letter_like_the_frozen_oracles() {
        // glibc iconv (VISCII, TCVN5712-1) and the VNI scheme, frozen by
        // scripts/gen-decode-fixtures so no oracle can be silently missing. glibc's tables are
        // a test oracle only, never copied. TCVN3 has no toned capitals (glibc's VN1 puts them
        // where TCVN3 has nothing), so those are compared in lower case only.
        let rows: Vec<serde_json::Value> =
            serde_json::from_str(include_str!("../../tests/decode/letters.json")).unwrap();
        let hex = |b: Vec<u8>| b.iter().map(|b| format!("{b:02x}")).collect::<String>();
        for row in &rows {
            let letter = row["letter"].as_str().unwrap();
            assert_eq!(
                hex(encode(letter, Legacy::Viscii)),
                row["viscii"],
                "{letter}"
            );
            assert_eq!(hex(encode(letter, Legacy::Vni)), row["vni"], "{letter}");
            if letter == letter.to_lowercase() || "ĂÂÊÔƠƯĐ".contains(letter) {
                assert_eq!(
                    hex(encode(letter, Legacy::Tcvn3)),
                    row["tcvn5712"],
                    "{letter}"
                );
            }
        }
    }
}
