//! The site a document comes from, when its address is known: the corpus line statistics count
//! a site's documents apart, so that a site's template lines are found in a corpus of many
//! sites ([`crate::boilerplate::corpus`]).
//!
//! Why: the corpus rule (B012) wants a line in `min_share` of the documents (2 %). A crawl of a
//! hundred sites holds each site's menu in about 1 % of its documents, so without sites it finds
//! no site's template at all; counted within the site, the menu is on every page.
//!
//! The address is, in this order, the one the caller gives (a JSONL record's `url` field: the
//! page was read from there), the page's own (`<link rel=canonical>`, `og:url`), or a text
//! dump's URL line at the top (the line rule B001 moves to the metadata). The site is the
//! address's host, lower case, without a port, its user or a leading `www.`:
//! `https://www.VnExpress.net:443/thoi-su/a.html`, `http://vnexpress.net/b` and a bare
//! `vnexpress.net` are one site. A host without a dot (`localhost`) or an address of another
//! scheme (`mailto:`, `ftp://`) names no site.
//!
//! ```
//! use sach::site::Site;
//! let a = Site::of_address("https://www.VnExpress.net:443/thoi-su/a.html");
//! assert_eq!(a, Site::of_address("http://vnexpress.net/b?x=1"));
//! assert_ne!(a, Site::of_address("https://dantri.com.vn/"));
//! assert_eq!(Site::of_address("mailto:toa-soan@vnexpress.net"), None);
//! // a text dump's URL line at the top
//! assert_eq!(Site::of_document(None, "\nhttp://www.vietnamplus.vn/a/1.vnp\n-----\nTin"),
//!            Site::of_address("vietnamplus.vn/"));
//! ```

use xxhash_rust::xxh3::xxh3_64;

use crate::boilerplate::features::{is_separator, is_url};

/// A site: the hash of its host (see the module doc).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Site(pub u64);

impl Site {
    /// The site of an address, when it names a host (see the module doc).
    pub fn of_address(address: &str) -> Option<Site> {
        host(address).map(|h| Site(xxh3_64(h.as_bytes())))
    }

    /// The site of a document: from `address` when the caller or the page knows one, else from
    /// a URL line at the top of `text` (before any other line that is neither blank nor a
    /// separator).
    pub fn of_document(address: Option<&str>, text: &str) -> Option<Site> {
        match address {
            Some(a) => Site::of_address(a),
            None => text
                .lines()
                .map(str::trim)
                .find(|t| !t.is_empty() && !is_separator(t))
                .filter(|t| is_url(t))
                .and_then(Site::of_address),
        }
    }
}

/// The host of `address`, lower case, without `www.` (see the module doc): after `http://` or
/// `https://`, or a bare host (`vnexpress.net`, `www.cafef.vn/a.chn`); an address of another
/// scheme (`mailto:`, `ftp://`) names none.
fn host(address: &str) -> Option<String> {
    let a = address.trim();
    let scheme = ["https://", "http://"]
        .into_iter()
        .find(|s| a.get(..s.len()).is_some_and(|p| p.eq_ignore_ascii_case(s)));
    let authority = match scheme {
        Some(s) => a[s.len()..]
            .split(['/', '?', '#'])
            .next()?
            .rsplit('@')
            .next()?,
        None => a.split(['/', '?', '#']).next()?,
    };
    let host = match authority.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => authority,
    };
    let host = host.trim_end_matches('.').to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let named = host.contains('.')
        && !host.starts_with('.')
        && !host.contains("..")
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'));
    named.then(|| host.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_read_as_a_browser_reads_them() {
        for (address, want) in [
            ("https://vnexpress.net/a.html", Some("vnexpress.net")),
            ("HTTPS://WWW.VNEXPRESS.NET/A", Some("vnexpress.net")),
            ("http://user:pw@tuoitre.vn:8080/x?y#z", Some("tuoitre.vn")),
            ("https://thanhnien.vn?utm=1", Some("thanhnien.vn")),
            ("https://thanhnien.vn#top", Some("thanhnien.vn")),
            ("www.cafef.vn/abc.chn", Some("cafef.vn")),
            ("  https://dantri.com.vn./  ", Some("dantri.com.vn")),
            ("https://nhândân.vn/x", Some("nhândân.vn")),
            ("https://localhost/x", None),
            ("https:///x", None),
            ("mailto:a@b.vn", None),
            ("ftp://files.example.vn/a", None),
            ("Hà Nội", None),
            ("", None),
        ] {
            assert_eq!(host(address).as_deref(), want, "{address}");
        }
    }

    #[test]
    fn a_dumps_site_is_its_url_line_at_the_top_only() {
        let site = Site::of_address("https://vietnamplus.vn/");
        assert!(site.is_some());
        assert_eq!(
            Site::of_document(None, "https://www.vietnamplus.vn/a.vnp\nTin\n"),
            site
        );
        assert_eq!(
            Site::of_document(None, "  \n=====\nhttps://vietnamplus.vn/a\n"),
            site
        );
        // below the title, a URL is the article's own text
        assert_eq!(
            Site::of_document(None, "Tin mới\nhttps://vietnamplus.vn/a\n"),
            None
        );
        // the caller's address wins, and a bad one names no site
        assert_eq!(
            Site::of_document(Some("https://dantri.com.vn/x"), "https://vietnamplus.vn/a"),
            Site::of_address("dantri.com.vn/")
        );
        assert_eq!(
            Site::of_document(Some("n/a"), "https://vietnamplus.vn/a"),
            None
        );
    }
}
