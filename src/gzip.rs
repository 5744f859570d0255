//! Gzip-compressed documents (`page.html.gz`, a `.txt.gz` dump): recognised by their magic bytes,
//! whatever the file is called, and inflated with a size cap so a small hostile file cannot
//! fill the memory.

use std::borrow::Cow;
use std::io::Read;

/// Largest inflated size accepted (the reference corpora's largest pages are a few MB).
pub const MAX_INFLATED: u64 = 256 << 20;

/// True when `bytes` start with the gzip magic number. No text document does: 0x1F is a control
/// character.
pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0x1F, 0x8B])
}

/// The inflated bytes of a gzip stream (every member, as `gzip -d` does), or `bytes` unchanged
/// when they are not gzip.
pub fn inflate(bytes: &[u8]) -> Result<Cow<'_, [u8]>, String> {
    inflate_capped(bytes, MAX_INFLATED)
}

fn inflate_capped(bytes: &[u8], cap: u64) -> Result<Cow<'_, [u8]>, String> {
    if !is_gzip(bytes) {
        return Ok(Cow::Borrowed(bytes));
    }
    // the trailer's ISIZE is the inflated size (mod 4 GiB) of the last member: a good first guess
    let isize = bytes
        .get(bytes.len().saturating_sub(4)..)
        .and_then(|t| <[u8; 4]>::try_from(t).ok())
        .map_or(0, u32::from_le_bytes) as u64;
    let mut out = Vec::with_capacity(isize.min(cap) as usize + 1);
    flate2::bufread::MultiGzDecoder::new(bytes)
        .take(cap + 1)
        .read_to_end(&mut out)
        .map_err(|e| format!("corrupt gzip data: {e}"))?;
    if out.len() as u64 > cap {
        return Err(format!(
            "gzip data inflates beyond {} MiB; not a document",
            cap >> 20
        ));
    }
    Ok(Cow::Owned(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn inflates_gzip_and_passes_the_rest_through() {
        assert_eq!(
            &*inflate(&gzip("Hà Nội".as_bytes())).unwrap(),
            "Hà Nội".as_bytes()
        );
        assert!(matches!(inflate(b"plain").unwrap(), Cow::Borrowed(_)));
        let mut two = gzip(b"a");
        two.extend(gzip(b"b"));
        assert_eq!(&*inflate(&two).unwrap(), b"ab");
    }

    #[test]
    fn corrupt_and_oversized_streams_are_errors() {
        let mut bad = gzip(b"some text that is long enough");
        bad.truncate(bad.len() / 2);
        assert!(inflate(&bad).unwrap_err().contains("corrupt gzip"));
        let bomb = gzip(&vec![0u8; (2 << 20) + 1]);
        assert!(inflate_capped(&bomb, 2 << 20)
            .unwrap_err()
            .contains("inflates beyond 2 MiB"));
        assert!(inflate_capped(&bomb, 3 << 20).is_ok());
    }
}
