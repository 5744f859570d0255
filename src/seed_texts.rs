//! The texts of `raw/` (the real news dumps the repository ships), for the unit tests that check
//! a fast path against its reference on real Vietnamese text. One reader, so each test says what
//! it does with the texts, not how it finds them.

/// The texts of the files in `raw/`, in file name order.
pub(crate) fn raw() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("raw");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("raw/ is readable")
        .map(|entry| entry.expect("raw/ is readable").path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("raw/ holds UTF-8 text"))
        .collect()
}

/// Every line of the texts of `raw/` ([`raw`]), in file name order: the real lines a line-level
/// fast path is checked on.
pub(crate) fn lines() -> Vec<String> {
    raw()
        .iter()
        .flat_map(|text| text.lines().map(String::from))
        .collect()
}
