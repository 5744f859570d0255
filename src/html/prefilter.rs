//! What the parser never needs to see, removed in one linear scan before parsing.
//!
//! * **Script, style and SVG bodies, and comments.** They are more than half the bytes of a
//!   typical news page (60 % on the ScrapingHub set) and never text; the parser would copy them
//!   character by character and build a node for every path of every icon. The tags stay, and
//!   so do JSON-LD scripts, which carry metadata.
//! * **Attributes nothing reads.** `data-*`, `srcset`, `onclick`, tracking parameters: a third
//!   of the markup that remains. The attributes the extraction and the metadata read stay.
//! * **Nesting beyond [`MAX_DEPTH`].** The HTML tree builder checks the stack of open elements
//!   on most tags ("has a `p` element in button scope"), so each tag costs time proportional to
//!   the depth: 100,000 nested `<div>`s take html5ever minutes (30,000 take 3 s, measured). Real
//!   pages nest a few dozen levels; browsers cap the tree at 512. The scan counts container depth
//!   (tags that stay open until closed — not void elements, not the ones whose end tag is
//!   implied, like `<p>` and `<li>`) and drops the start and end tags beyond [`MAX_DEPTH`],
//!   keeping all text: the parser sees a flatter tree with the same words in the same order.

use std::borrow::Cow;

/// Container depth kept; deeper tags are dropped (their text stays).
pub const MAX_DEPTH: usize = 256;

/// The markup without script, style and SVG bodies, comments and tags beyond [`MAX_DEPTH`],
/// and how many tags were removed for their depth.
pub fn prefilter(html: &str) -> (Cow<'_, str>, usize) {
    let bytes = html.as_bytes();
    let mut open: Vec<(&[u8], bool)> = Vec::new();
    let mut depth = 0usize;
    let mut cut: Vec<std::ops::Range<usize>> = Vec::new();
    let mut too_deep = 0;
    let mut at = 0;
    while let Some(lt) = memchr::memchr(b'<', &bytes[at..]).map(|i| at + i) {
        let rest = &bytes[lt..];
        if rest.starts_with(b"<!--") {
            at = find(bytes, lt + 4, b"-->").map_or(bytes.len(), |i| i + 3);
            cut.push(lt..at);
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            at = memchr::memchr(b'>', &bytes[lt..]).map_or(bytes.len(), |i| lt + i + 1);
            continue;
        }
        let closing = rest.starts_with(b"</");
        let name_start = lt + if closing { 2 } else { 1 };
        let name_end = bytes[name_start..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric() && *b != b'-' && *b != b':')
            .map_or(bytes.len(), |i| name_start + i);
        if name_end == name_start || !bytes[name_start].is_ascii_alphabetic() {
            at = lt + 1;
            continue;
        }
        let name = &bytes[name_start..name_end];
        let end = tag_end(bytes, name_end);
        let self_closing = end >= 2 && bytes[end - 2] == b'/';
        if closing {
            if let Some(pos) = open
                .iter()
                .rev()
                .take(16)
                .position(|(n, _)| n.eq_ignore_ascii_case(name))
            {
                for k in 0..=pos {
                    let (_, dropped) = open.pop().expect("found above");
                    depth -= 1;
                    if dropped && k == pos {
                        cut.push(lt..end);
                        too_deep += 1;
                    }
                }
            }
        } else if name.eq_ignore_ascii_case(b"svg") && !self_closing {
            // drawings: hundreds of path elements per icon set, never text
            at = find_ci(bytes, end, b"</svg").unwrap_or(bytes.len());
            cut.push(end..at);
            continue;
        } else if let Some((raw, droppable)) = raw_text(name) {
            // script, style…: their content is not markup
            let close = find_ci(bytes, end, raw).unwrap_or(bytes.len());
            if raw == b"</noscript" && close - end >= NOSCRIPT_PAGE_BYTES {
                // a page's no-script view (a forum's posts for crawlers): its tags are markup
                // to read, so only the element's own tags go
                cut.push(lt..end);
                at = end;
                continue;
            }
            let json_ld = memchr::memmem::find(&bytes[lt..end], b"ld+json").is_some();
            if droppable && !json_ld && close > end {
                cut.push(end..close);
            }
            at = close;
            continue;
        } else if counts(name) && !self_closing {
            depth += 1;
            let dropped = depth > MAX_DEPTH;
            if dropped {
                cut.push(lt..end);
                too_deep += 1;
            }
            open.push((name, dropped));
            if !dropped {
                unread_attributes(bytes, name_end, end, &mut cut);
            }
        } else {
            unread_attributes(bytes, name_end, end, &mut cut);
        }
        at = end;
    }
    if cut.is_empty() {
        return (Cow::Borrowed(html), 0);
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for r in &cut {
        out.push_str(&html[from..r.start]);
        from = r.end;
    }
    out.push_str(&html[from..]);
    (Cow::Owned(out), too_deep)
}

/// Past the `>` that ends a tag whose name ends at `from`, skipping quoted attribute values.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut at = from;
    while let Some(i) = memchr::memchr3(b'>', b'"', b'\'', &bytes[at..]) {
        let pos = at + i;
        let b = bytes[pos];
        if b == b'>' {
            return pos + 1;
        }
        // a quote opens a value only right after `=` (spaces allowed between)
        let before = bytes[from..pos]
            .iter()
            .rev()
            .find(|c| !c.is_ascii_whitespace());
        at = if before == Some(&b'=') {
            match memchr::memchr(b, &bytes[pos + 1..]) {
                Some(close) => pos + 1 + close + 1,
                None => return bytes.len(),
            }
        } else {
            pos + 1
        };
    }
    bytes.len()
}

/// The attributes the extraction reads; the others (`data-*`, `srcset`, tracking…) are a third
/// of what is left of a page's markup, and the parser would copy every one of them.
fn read_later(name: &[u8]) -> bool {
    let mut buf = [0u8; 13];
    matches!(
        lowercase(name, &mut buf).unwrap_or_default(),
        b"class"
            | b"id"
            | b"role"
            | b"itemprop"
            | b"style"
            | b"href"
            | b"hidden"
            | b"aria-hidden"
            | b"aria-controls"
            | b"lang"
            | b"content"
            | b"property"
            | b"name"
            | b"http-equiv"
            | b"charset"
            | b"rel"
            | b"type"
            | b"datetime"
    )
}

/// Cuts the attributes of the tag `bytes[from..end]` (after its name) that are not read later.
fn unread_attributes(bytes: &[u8], from: usize, end: usize, cut: &mut Vec<std::ops::Range<usize>>) {
    // before the closing `>`; a tag cut off by the end of the page has none (and may end in a
    // multi-byte character, which must not be split)
    let stop = if bytes.get(end.wrapping_sub(1)) == Some(&b'>') {
        end - 1
    } else {
        end
    };
    let mut at = from;
    while at < stop {
        let start = at;
        // the attribute name, then an optional `= value`
        while at < stop && (bytes[at].is_ascii_whitespace() || bytes[at] == b'/') {
            at += 1;
        }
        let name_start = at;
        while at < stop
            && !matches!(bytes[at], b'=' | b'>' | b'/')
            && !bytes[at].is_ascii_whitespace()
        {
            at += 1;
        }
        let name = &bytes[name_start..at];
        let mut value_end = at;
        while value_end < stop && bytes[value_end].is_ascii_whitespace() {
            value_end += 1;
        }
        if value_end < stop && bytes[value_end] == b'=' {
            value_end += 1;
            while value_end < stop && bytes[value_end].is_ascii_whitespace() {
                value_end += 1;
            }
            match bytes.get(value_end) {
                Some(&q @ (b'"' | b'\'')) => {
                    value_end = memchr::memchr(q, &bytes[value_end + 1..stop])
                        .map_or(stop, |i| value_end + 1 + i + 1);
                }
                _ => {
                    while value_end < stop && !bytes[value_end].is_ascii_whitespace() {
                        value_end += 1;
                    }
                }
            }
            at = value_end;
        }
        if name.is_empty() {
            break;
        }
        if !read_later(name) {
            cut.push(start..at);
        }
    }
}

/// Elements that stay on the parser's stack until closed.
fn counts(name: &[u8]) -> bool {
    let mut buf = [0u8; 8];
    !matches!(
        lowercase(name, &mut buf).unwrap_or_default(),
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"param"
            | b"source"
            | b"track"
            | b"wbr"
            | b"p"
            | b"li"
            | b"dt"
            | b"dd"
            | b"option"
            | b"optgroup"
            | b"tr"
            | b"td"
            | b"th"
            | b"tbody"
            | b"thead"
            | b"tfoot"
            | b"colgroup"
            | b"caption"
            | b"rb"
            | b"rt"
            | b"rtc"
            | b"rp"
            | b"html"
            | b"head"
            | b"body"
            | b"frame"
            | b"image"
            | b"keygen"
    )
}

/// A `<noscript>` this long holds a view of the page (tracking pixels and "enable JavaScript"
/// notes are a few hundred bytes).
const NOSCRIPT_PAGE_BYTES: usize = 2_000;

/// The end tag that ends a raw-text element's content, when `name` is one, and whether that
/// content is never page text (a `<title>` is metadata, a `<textarea>` is a form control).
fn raw_text(name: &[u8]) -> Option<(&'static [u8], bool)> {
    let mut buf = [0u8; 8];
    Some(match lowercase(name, &mut buf)? {
        b"script" => (b"</script", true),
        b"style" => (b"</style", true),
        b"noscript" => (b"</noscript", true),
        b"iframe" => (b"</iframe", true),
        b"noembed" => (b"</noembed", true),
        b"noframes" => (b"</noframes", true),
        b"xmp" => (b"</xmp", false),
        b"textarea" => (b"</textarea", false),
        b"title" => (b"</title", false),
        _ => return None,
    })
}

/// `name` lowercased into `buf`; `None` when it is longer than every name asked about.
fn lowercase<'b>(name: &[u8], buf: &'b mut [u8]) -> Option<&'b [u8]> {
    let out = buf.get_mut(..name.len())?;
    out.copy_from_slice(name);
    out.make_ascii_lowercase();
    Some(out)
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(&bytes[from.min(bytes.len())..], needle).map(|i| from + i)
}

/// Case-insensitive search for an ASCII needle that starts with `<`.
fn find_ci(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let mut at = from;
    while let Some(i) = memchr::memchr(b'<', &bytes[at.min(bytes.len())..]) {
        let pos = at + i;
        if bytes[pos..]
            .get(..needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
        {
            return Some(pos);
        }
        at = pos + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_are_untouched() {
        let page = "<html><body><div class=x><p>Một<p>Hai<ul><li>a<li>b</ul></div><br/><svg/><a href=\"/\">c</a></body></html>";
        assert!(matches!(prefilter(page), (Cow::Borrowed(_), 0)));
    }

    #[test]
    fn a_tag_cut_off_by_the_end_of_the_page_is_not_split_inside_a_character() {
        // found by fuzzing (fuzz/replay/crash-7fc4…): the unread attribute ran to one byte
        // before the end, inside the last character
        assert_eq!(prefilter("<p>x<p data-x=aé").0, "<p>x<p");
        assert_eq!(prefilter("<p data-x=\"é").0, "<p");
    }

    #[test]
    fn deep_nesting_is_cut_at_the_limit_keeping_the_text() {
        let n = MAX_DEPTH + 100;
        let page = format!(
            "{}lõi{}<p>sau</p>",
            "<div class=\"x\">".repeat(n),
            "</div>".repeat(n)
        );
        let (flat, removed) = prefilter(&page);
        assert_eq!(removed, 200, "100 start and 100 end tags");
        assert_eq!(flat.matches("<div").count(), MAX_DEPTH);
        assert_eq!(flat.matches("</div>").count(), MAX_DEPTH);
        assert!(flat.contains("lõi") && flat.ends_with("<p>sau</p>"));
    }

    #[test]
    fn quoted_brackets_comments_and_raw_text_do_not_count() {
        let deep = "<div>".repeat(MAX_DEPTH + 1);
        for page in [
            format!("<div title=\"a>b\"></div><!-- {deep} --><p>x"),
            format!("<script>var s = '{deep}';</script>"),
            format!("<SCRIPT>{deep}</SCRIPT>"),
        ] {
            assert_eq!(prefilter(&page).1, 0, "{}", &page[..40]);
        }
    }

    #[test]
    fn attributes_nothing_reads_are_dropped() {
        let page = r#"<div data-id="7" class="a b" onclick='go("x>y")' hidden><img src=x.jpg srcset="x 2x" alt=y><a href=/z data-track=1 rel=nofollow>z</a><meta property="og:title" content="T"></div>"#;
        assert_eq!(
            prefilter(page).0,
            r#"<div class="a b" hidden><img><a href=/z rel=nofollow>z</a><meta property="og:title" content="T"></div>"#
        );
    }

    #[test]
    fn script_and_style_bodies_go_json_ld_and_titles_stay() {
        let page = r#"<title>A<b</title><style>p{}</style><SCRIPT src=x>var a = "<p>";</SCRIPT><script type="application/ld+json">{"headline":"H"}</script><!-- c --><svg><path d="M0"/></svg><p>x"#;
        let (out, _) = prefilter(page);
        assert_eq!(
            out,
            r#"<title>A<b</title><style></style><SCRIPT src=x></SCRIPT><script type="application/ld+json">{"headline":"H"}</script><svg></svg><p>x"#
        );
    }
}
