//! What an HTML byte stream says about itself before it is decoded: the encoding its `<meta>`
//! declares, and whether it looks like HTML at all.
//!
//! Browsers read a page's own encoding declaration from the raw bytes, before choosing a
//! decoder, and so must we: decoding first would need the very answer we are looking for. The
//! declaration is ASCII in every encoding a page can declare, so a byte-level scan of the first
//! 1,024 bytes finds it without decoding anything. [`prescan`] follows the HTML Standard step for
//! step: §13.2.3.2 "prescan a byte stream to determine its encoding", with its "get an
//! attribute" and "get an XML encoding", and §2.5.6 "algorithm for extracting a character
//! encoding from a `meta` element"; labels resolve by the Encoding Standard's "get an encoding"
//! ([`Encoding::for_label`]). [`looks_like_html`] is the MIME Sniffing Standard's §7.1 `text/html`
//! patterns, with a few additions seen in scraped dumps.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, X_USER_DEFINED};

/// How many bytes the prescan reads, as the HTML Standard encourages.
const PRESCAN_LIMIT: usize = 1024;

/// The encoding a `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`
/// in the first 1,024 bytes declares, as the prescan finds it. UTF-16BE/LE labels give UTF-8 and
/// x-user-defined gives windows-1252, as the spec says. None when nothing is declared.
///
/// As in the current standard, bytes starting with a BOM-less UTF-16 `<?x` give UTF-16LE/BE, and
/// when no `<meta>` decides, a leading `<?xml … encoding="…"?>` declaration is used.
pub fn prescan(bytes: &[u8]) -> Option<&'static Encoding> {
    let bytes = &bytes[..bytes.len().min(PRESCAN_LIMIT)];
    if bytes.starts_with(&[0x3C, 0, 0x3F, 0, 0x78, 0]) {
        return Some(UTF_16LE);
    }
    if bytes.starts_with(&[0, 0x3C, 0, 0x3F, 0, 0x78]) {
        return Some(UTF_16BE);
    }
    // The loop ends only by returning an encoding or by running out of bytes.
    let mut scanner = Scanner { bytes, position: 0 };
    scanner.scan().ok().or_else(|| xml_encoding(bytes))
}

/// The prescan ran out of bytes (or reached its end condition); the spec then aborts it.
struct OutOfBytes;

/// An attribute as "get an attribute" sniffs it: ASCII-lowercased bytes.
struct Attribute {
    name: Vec<u8>,
    value: Vec<u8>,
}

struct Scanner<'a> {
    bytes: &'a [u8],
    position: usize,
}

impl Scanner<'_> {
    fn byte(&self) -> Result<u8, OutOfBytes> {
        self.bytes.get(self.position).copied().ok_or(OutOfBytes)
    }

    /// The offset from `position` of the first byte `is_match` accepts.
    fn find(&self, is_match: impl Fn(u8) -> bool) -> Result<usize, OutOfBytes> {
        let rest = &self.bytes[self.position..];
        rest.iter().position(|&b| is_match(b)).ok_or(OutOfBytes)
    }

    fn skip_whitespace(&mut self) -> Result<(), OutOfBytes> {
        while self.byte()?.is_ascii_whitespace() {
            self.position += 1;
        }
        Ok(())
    }

    /// Steps 3 ("loop") and 4 ("next byte") of the prescan.
    fn scan(&mut self) -> Result<&'static Encoding, OutOfBytes> {
        while self.position < self.bytes.len() {
            let rest = &self.bytes[self.position..];
            if rest.starts_with(b"<!--") {
                // The first `>` after the `<` that two dashes precede; they may be the opener's.
                let dashes = rest[2..].windows(3).position(|w| w == b"-->");
                self.position += 2 + dashes.ok_or(OutOfBytes)? + 2;
            } else if rest.len() > 5
                && rest[..5].eq_ignore_ascii_case(b"<meta")
                && (rest[5].is_ascii_whitespace() || rest[5] == b'/')
            {
                self.position += 5;
                if let Some(encoding) = self.meta()? {
                    return Ok(encoding);
                }
            } else if is_tag_start(rest) {
                self.position += self.find(|b| b.is_ascii_whitespace() || b == b'>')?;
                while self.attribute()?.is_some() {}
            } else if matches!(rest, [b'<', b'!' | b'/' | b'?', ..]) {
                self.position += 1;
                self.position += self.find(|b| b == b'>')?;
            }
            self.position += 1;
        }
        Err(OutOfBytes)
    }

    /// The `<meta` branch, from the space or slash after the name: the declared encoding, or
    /// `None` to go on to the next byte.
    fn meta(&mut self) -> Result<Option<&'static Encoding>, OutOfBytes> {
        let mut attribute_list: Vec<Vec<u8>> = Vec::new();
        let mut got_pragma = false;
        let mut need_pragma: Option<bool> = None;
        // `None` is the spec's null; `Some(None)` is failure, an unrecognised label.
        let mut charset: Option<Option<&'static Encoding>> = None;
        while let Some(Attribute { name, value }) = self.attribute()? {
            if attribute_list.contains(&name) {
                continue;
            }
            match name.as_slice() {
                b"http-equiv" => got_pragma |= value == b"content-type",
                b"content" => {
                    if let (Some(encoding), None) = (meta_content_charset(&value), charset) {
                        charset = Some(Some(encoding));
                        need_pragma = Some(true);
                    }
                }
                b"charset" => {
                    charset = Some(Encoding::for_label(&value));
                    need_pragma = Some(false);
                }
                _ => {}
            }
            attribute_list.push(name);
        }
        Ok(match (need_pragma, charset) {
            (Some(true), _) if !got_pragma => None,
            (Some(_), Some(Some(encoding))) if encoding == X_USER_DEFINED => Some(WINDOWS_1252),
            (Some(_), Some(Some(encoding))) => Some(utf8_for_utf16(encoding)),
            _ => None,
        })
    }

    /// "Get an attribute": `None` when there isn't one (the byte at `position` is then `>`).
    fn attribute(&mut self) -> Result<Option<Attribute>, OutOfBytes> {
        while matches!(self.byte()?, b if b.is_ascii_whitespace() || b == b'/') {
            self.position += 1;
        }
        if self.byte()? == b'>' {
            return Ok(None);
        }
        let mut name = Vec::new();
        loop {
            match self.byte()? {
                b'=' if !name.is_empty() => break,
                b if b.is_ascii_whitespace() => {
                    self.skip_whitespace()?;
                    if self.byte()? != b'=' {
                        return Ok(Some(Attribute {
                            name,
                            value: Vec::new(),
                        }));
                    }
                    break;
                }
                b'/' | b'>' => {
                    return Ok(Some(Attribute {
                        name,
                        value: Vec::new(),
                    }))
                }
                b => name.push(b.to_ascii_lowercase()),
            }
            self.position += 1;
        }
        self.position += 1; // past the `=`
        let value = self.value()?;
        Ok(Some(Attribute { name, value }))
    }

    /// Steps 9 to 12 of "get an attribute", from just past the `=`.
    fn value(&mut self) -> Result<Vec<u8>, OutOfBytes> {
        self.skip_whitespace()?;
        let mut value = Vec::new();
        match self.byte()? {
            quote @ (b'"' | b'\'') => loop {
                self.position += 1;
                match self.byte()? {
                    b if b == quote => {
                        self.position += 1;
                        return Ok(value);
                    }
                    b => value.push(b.to_ascii_lowercase()),
                }
            },
            b'>' => return Ok(value),
            b => value.push(b.to_ascii_lowercase()),
        }
        loop {
            self.position += 1;
            match self.byte()? {
                b if b.is_ascii_whitespace() || b == b'>' => return Ok(value),
                b => value.push(b.to_ascii_lowercase()),
            }
        }
    }
}

/// `<`, optionally `/`, then an ASCII letter.
fn is_tag_start(rest: &[u8]) -> bool {
    match rest {
        [b'<', b'/', first, ..] | [b'<', first, ..] => first.is_ascii_alphabetic(),
        _ => false,
    }
}

/// `bytes` without the leading bytes that `skip` accepts.
fn skip_while(bytes: &[u8], skip: impl Fn(u8) -> bool) -> &[u8] {
    &bytes[bytes.iter().take_while(|&&b| skip(b)).count()..]
}

/// "Extracting a character encoding from a meta element", given a `content` value. `None` both
/// when nothing is found and when the label is unrecognised.
fn meta_content_charset(content: &[u8]) -> Option<&'static Encoding> {
    let mut position = 0;
    loop {
        let mut windows = content[position..].windows(7);
        position += windows.position(|w| w.eq_ignore_ascii_case(b"charset"))? + 7;
        while content.get(position).is_some_and(u8::is_ascii_whitespace) {
            position += 1;
        }
        if content.get(position) == Some(&b'=') {
            break;
        }
    }
    let rest = skip_while(&content[position + 1..], |b| b.is_ascii_whitespace());
    let label = match *rest.first()? {
        quote @ (b'"' | b'\'') => {
            let length = rest[1..].iter().position(|&b| b == quote)?;
            &rest[1..1 + length]
        }
        _ => {
            let end = rest
                .iter()
                .position(|&b| b.is_ascii_whitespace() || b == b';');
            &rest[..end.unwrap_or(rest.len())]
        }
    };
    Encoding::for_label(label)
}

/// "Get an XML encoding", for a prescan that ran out of bytes. The spec finds the declaration's
/// `>` but never uses it; like Servo, the search for `encoding` stops there.
fn xml_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    let declaration = &bytes[..bytes.iter().position(|&b| b == b'>')?];
    let after_name = declaration.strip_prefix(b"<?xml")?;
    let position = after_name.windows(8).position(|w| w == b"encoding")?;
    let rest = skip_while(&after_name[position + 8..], |b| b <= 0x20);
    let rest = skip_while(rest.strip_prefix(b"=")?, |b| b <= 0x20);
    let (&quote, rest) = rest
        .split_first()
        .filter(|(&b, _)| b == b'"' || b == b'\'')?;
    let label = &rest[..rest.iter().position(|&b| b == quote)?];
    if label.iter().any(|&b| b <= 0x20) {
        return None;
    }
    Encoding::for_label(label).map(utf8_for_utf16)
}

/// UTF-8 for UTF-16BE/LE, which a declaration read as ASCII cannot truly mean; else `encoding`.
fn utf8_for_utf16(encoding: &'static Encoding) -> &'static Encoding {
    if encoding == UTF_16BE || encoding == UTF_16LE {
        UTF_8
    } else {
        encoding
    }
}

/// The MIME Sniffing Standard's `text/html` patterns, then the additions scraped dumps need.
const HTML_PATTERNS: &str = "<!DOCTYPE HTML|<HTML|<HEAD|<SCRIPT|<IFRAME|<H1|<DIV|<FONT|<TABLE|<A|\
    <STYLE|<TITLE|<B|<BODY|<BR|<P|<!--|<META|<ARTICLE|<SECTION|<MAIN";

/// True when the bytes sniff as HTML by the WHATWG MIME Sniffing Standard's "text/html" patterns
/// (after optional leading whitespace bytes 0x09 0x0A 0x0C 0x0D 0x20 and an optional UTF-8 BOM):
/// `<!DOCTYPE HTML`, `<HTML`, `<HEAD`, `<SCRIPT`, `<IFRAME`, `<H1`, `<DIV`, `<FONT`, `<TABLE`,
/// `<A`, `<STYLE`, `<TITLE`, `<B`, `<BODY`, `<BR`, `<P`, `<!--`, each case-insensitive and followed
/// by a tag-terminating byte (space or `>`), plus (not in the standard, but common in scraped
/// dumps) `<META`, `<ARTICLE`, `<SECTION`, `<MAIN` and `<?xml` followed later within the first
/// 1,024 bytes by `<html`.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(PRESCAN_LIMIT)];
    let start = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = skip_while(start, |b| b.is_ascii_whitespace());
    let starts_with = |pattern: &[u8]| {
        start.len() >= pattern.len() && start[..pattern.len()].eq_ignore_ascii_case(pattern)
    };
    let tagged = HTML_PATTERNS.split('|').map(str::as_bytes).any(|pattern| {
        starts_with(pattern) && matches!(start.get(pattern.len()), Some(b' ' | b'>'))
    });
    tagged || (starts_with(b"<?xml") && head.windows(5).any(|w| w.eq_ignore_ascii_case(b"<html")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One test a line, `name: input => expected;`, asserting `$check(input) == expected`.
    macro_rules! cases {
        ($check:ident: $($name:ident: $input:expr => $expected:expr;)*) => {$(
            #[test]
            fn $name() {
                let input = $input;
                assert_eq!($check(input.as_ref()), $expected);
            }
        )*};
    }

    fn declared(bytes: &[u8]) -> Option<&'static str> {
        prescan(bytes).map(Encoding::name)
    }

    fn extracted(content: &[u8]) -> Option<&'static str> {
        meta_content_charset(content).map(Encoding::name)
    }

    cases! { declared:
        charset_self_closing: r#"<!DOCTYPE html><head><meta charset="utf-8" />"# => Some("UTF-8");
        charset_single_quoted: "<meta charset='shift_jis'>" => Some("Shift_JIS");
        charset_unquoted_after_slash: "<meta/charset=euc-kr>" => Some("EUC-KR");
        charset_trimmed_and_uppercase: "<META\tCHARSET = ' GBK '>" => Some("GBK");
        http_equiv_uppercase: r#"<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1258">"# => Some("windows-1258");
        content_first: r#"<meta content="text/html;charset=UTF-8" http-equiv="Content-Type">"# => Some("UTF-8");
        content_without_http_equiv: r#"<meta content="text/html; charset=koi8-r">"# => None;
        content_other_http_equiv: "<meta http-equiv=refresh content='0; charset=koi8-r'>" => None;
        http_equiv_without_content: r#"<meta http-equiv="Content-Type"><p>charset=koi8-r"# => None;
        goes_on_past_unused_meta: "<meta content=charset=koi8-r><meta charset=gbk>" => Some("GBK");
        charset_after_content_wins: "<meta http-equiv=content-type content=charset=koi8-r charset=big5>" => Some("Big5");
        charset_before_content_wins: "<meta charset=big5 http-equiv=content-type content=charset=koi8-r>" => Some("Big5");
        duplicate_charset_ignored: "<meta charset=windows-1251 charset=utf-8>" => Some("windows-1251");
        duplicate_http_equiv_ignored: "<meta http-equiv=x http-equiv=content-type content=charset=gbk>" => None;
        unknown_label_then_known: "<meta charset=bogus><meta charset=gbk>" => Some("GBK");
        unknown_charset_is_not_null: "<meta charset=bogus http-equiv=content-type content=charset=gbk>" => None;
        charset_without_value: r#"<meta charset><meta charset=><meta charset="">"# => None;
        unmatched_quote_in_content: r#"<meta http-equiv=content-type content='charset="gbk'>"# => None;
        utf16_label_gives_utf8: "<meta charset=utf-16le>" => Some("UTF-8");
        x_user_defined_gives_windows_1252: "<meta charset=x-user-defined>" => Some("windows-1252");
        meta_ending_at_byte_1024: format!("{:1003}<meta charset=koi8-r>", "") => Some("KOI8-R");
        meta_cut_off_at_byte_1024: format!("{:1004}<meta charset=koi8-r>", "") => None;
        meta_after_byte_1024: format!("{:1024}<meta charset=koi8-r>", "") => None;
        meta_in_comment: "<!-- <meta charset=koi8-r> -- ><meta charset=utf-8>" => None;
        meta_after_comment: "<!-- <meta charset=koi8-r> --><meta charset=utf-8>" => Some("UTF-8");
        comment_sharing_dashes: "<!--><meta charset=koi8-r>" => Some("KOI8-R");
        meta_in_script_counts: "<script>s='<meta charset=koi8-r>'</script><meta charset=gbk>" => Some("KOI8-R");
        gt_in_quoted_value: r#"<a title="x><meta charset=koi8-r>"><meta charset=gbk>"# => Some("GBK");
        gt_in_end_tag_value: "</div class='>'><meta charset=gbk>" => Some("GBK");
        bang_skips_to_gt: "<!x <meta charset=koi8-r><meta charset=gbk>" => Some("GBK");
        question_skips_to_gt: "<? <meta charset=koi8-r>" => None;
        slash_skips_to_gt: "</ <meta charset=koi8-r>" => None;
        metadata_is_not_meta: "<metadata charset=koi8-r>" => None;
        meta_without_attributes: "<meta>charset=koi8-r" => None;
        unterminated_meta: r#"<meta charset="koi8-r""# => None;
        empty_input: "" => None;
        utf16le_xml_prefix: b"<\0?\0x\0m\0l\0" => Some("UTF-16LE");
        utf16be_xml_prefix: b"\0<\0?\0x\0m\0l" => Some("UTF-16BE");
        xml_declaration_fallback: r#"<?xml version="1.0" encoding='windows-1251' ?><p>"# => Some("windows-1251");
        meta_beats_xml_declaration: r#"<?xml encoding="koi8-r"?><meta charset=gbk>"# => Some("GBK");
        xml_label_with_space: r#"<?xml encoding=" koi8-r"?>"# => None;
        xml_encoding_outside_declaration: r#"<?xml version="1.0"?><p>encoding="koi8-r""# => None;
    }

    cases! { extracted:
        extract_spaces_and_quotes: "text/html; charset = 'koi8-r'" => Some("KOI8-R");
        extract_up_to_semicolon: "text/html; CharSet=gbk; q=1" => Some("GBK");
        extract_skips_charset_without_equals: "charset;charset=koi8-r" => Some("KOI8-R");
        extract_unmatched_quote: "text/html; charset=\"koi8-r" => None;
        extract_no_value: "text/html; charset=" => None;
        extract_no_charset: "text/html" => None;
    }

    cases! { looks_like_html:
        html_doctype: "<!DOCTYPE html><html>" => true;
        html_bom_then_doctype: "\u{feff}<!doctype HTML>" => true;
        html_bom_whitespace_tag: "\u{feff} \r\n\t\x0C<HTML lang=vi>" => true;
        html_short_tags: "<p>Xin chào" => true;
        html_bold: "<B>" => true;
        html_heading_with_attribute: "<h1 class=x>" => true;
        html_comment: "<!-- saved from url -->" => true;
        html_meta_addition: "<META charset=utf-8>" => true;
        html_main_addition: "<main>" => true;
        html_xml_then_html: "<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html xmlns=\"x\">" => true;
        not_html_empty: "" => false;
        not_html_text: "Xin chào <p>" => false;
        not_html_json: "{\"html\": \"<p>\"}" => false;
        not_html_without_terminator: "<p" => false;
        not_html_longer_name: "<pre><htmlx>" => false;
        not_html_comment_without_space: "<!--x-->" => false;
        not_html_xml_without_html: "<?xml version=\"1.0\"?><rss>" => false;
        not_html_html_after_1024: format!("<?xml?>{:1024}<html>", "") => false;
    }
}
