//! Regression tests for the decoding defects of issues 12 and 15, each reproduced as reported.

use sach::config::Config;
use sach::pipeline::Pipeline;

fn process(bytes: &[u8]) -> sach::Processed {
    sach::process(&Pipeline::new(Config::default()), bytes).expect("decodes")
}

fn codes(p: &sach::Processed) -> Vec<&'static str> {
    p.cleaned.edits().map(|e| e.rule.code).collect()
}

#[test]
fn vni_i_grave_is_not_y_tilde() {
    // issue 12: `printf 'ch\xe2n t\xecnh, h\xecnh th\xf6\xf9c\n'` gave `tỹnh`, `hỹnh`.
    let d = sach::decode::decode_as(b"ch\xe2n t\xecnh, h\xecnh th\xf6\xf9c\n", "vni").unwrap();
    assert_eq!(d.text, "chân tình, hình thức\n");
    // and detected as VNI without being told
    let p = process(b"ch\xe2n t\xecnh, h\xecnh th\xf6\xf9c\n");
    assert_eq!(
        (p.encoding, p.cleaned.text.as_str()),
        ("VNI-Windows", "chân tình, hình thức\n")
    );
    let long = b"Cha\xe2n t\xecnh co\xf9 h\xecnh th\xf6\xf9c kha\xf9c nhau, ng\xf6\xf4\xf8i ta th\xf6\xf4\xf8ng no\xf9i va\xe4y. Chu\xf9ng to\xe2i ky\xf5 l\xf6\xf4\xf5ng.\n";
    let p = process(long);
    assert_eq!(p.encoding, "VNI-Windows");
    assert!(
        p.cleaned
            .text
            .starts_with("Chân tình có hình thức khác nhau, người ta thường nói vậy."),
        "{}",
        p.cleaned.text
    );
    assert!(p.cleaned.text.contains("kỹ lưỡng"), "{}", p.cleaned.text);
}

#[test]
fn mojibake_punctuation_is_repaired_with_the_letters() {
    // issue 12: `Việt Nam â€“ Nhật Bản` kept its en dash garbled.
    let garbled = encoding_rs::WINDOWS_1252
        .decode_without_bom_handling(
            "Việt Nam – Nhật Bản nâng cấp quan hệ: hai bên “hợp tác toàn diện” … được ký kết • 5 tỷ € — theo ‘nguồn tin’ của báo Toyota™.\n".as_bytes(),
        )
        .0
        .into_owned();
    let p = process(garbled.as_bytes());
    assert_eq!(
        p.cleaned.text,
        "Việt Nam – Nhật Bản nâng cấp quan hệ: hai bên “hợp tác toàn diện” … được ký kết • 5 tỷ € — theo ‘nguồn tin’ của báo Toyota™.\n"
    );
}

#[test]
fn nfd_text_through_windows_1252_is_repaired() {
    // issue 12: combining marks came out as `Ì€ Ì Ìƒ Ì‰ Ì£`.
    use unicode_normalization::UnicodeNormalization;
    let source = "Thủ tướng Chính phủ đã tiếp Bộ trưởng, hai bên nhất trí đẩy mạnh hợp tác trong lĩnh vực thông tin.\n";
    let nfd: String = source.nfd().collect();
    let garbled = encoding_rs::WINDOWS_1252
        .decode_without_bom_handling(nfd.as_bytes())
        .0
        .into_owned();
    assert!(garbled.contains("Ì£"), "{garbled}");
    assert_eq!(process(garbled.as_bytes()).cleaned.text, source);
}

#[test]
fn mostly_utf8_with_bad_bytes_stays_utf8_with_e001_at_each() {
    // issue 15 #6: read as windows-1258, `ÿ₫` and `Ă(` and no E001.
    let bytes =
        b"Xin ch\xe0o c\xe1c b\xe1\xba\xa1n \xff\xfe ng\xc6\xb0\xe1\xbb\x9di Vi\xe1\xbb\x87t Nam";
    let p = process(bytes);
    assert_eq!(p.encoding, "UTF-8");
    assert_eq!(
        p.cleaned.text,
        "Xin ch\u{FFFD}o c\u{FFFD}c bạn \u{FFFD}\u{FFFD} người Việt Nam\n"
    );
    let reasons: Vec<&str> = p
        .cleaned
        .edits()
        .filter(|e| e.rule.code == "E001")
        .map(|e| &*e.reason)
        .collect();
    assert_eq!(reasons.len(), 4, "{reasons:?}");
    for (i, at) in [6, 10, 19, 20].iter().enumerate() {
        assert!(
            reasons[i].ends_with(&format!("at byte {at}")),
            "{reasons:?}"
        );
    }
}

#[test]
fn a_stray_nul_in_a_text_document_is_removed_not_fatal() {
    // issue 15 #10: a 100 KB dump with one NUL at offset 98,857 was rejected as binary.
    let line = "Người dân đi làm sớm đã phải mặc áo ấm và đeo khẩu trang khi ra đường.\n";
    let mut bytes = line.repeat(100_000 / line.len() + 1).into_bytes();
    let at = 98_857;
    let at = (at..).find(|&i| bytes[i] == b' ').unwrap();
    bytes[at] = 0;
    let p = process(&bytes);
    assert_eq!(p.encoding, "UTF-8");
    assert!(!p.cleaned.text.contains('\0'));
    assert!(codes(&p).contains(&"N005"), "{:?}", codes(&p));
    // a NUL near the start still means binary, and UTF-16 is still recognised by its NULs
    let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec();
    png.extend(line.as_bytes());
    assert!(sach::process(&Pipeline::new(Config::default()), &png).is_err());
    let le: Vec<u8> = "Hello Việt Nam, xin chào."
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    assert_eq!(process(&le).cleaned.text, "Hello Việt Nam, xin chào.\n");
}
