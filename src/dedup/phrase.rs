//! Immediately repeated phrases inside a sentence: "phát triển phát triển", "các các".
//!
//! Reported, never removed: Vietnamese reduplication ("từ từ", "ngày ngày", "xanh xanh") is
//! grammatical, so single words are only reported when they are function words, whose doubling
//! is always a slip.

use std::ops::Range;

/// Function words whose doubling is never grammatical.
const FUNCTION_WORDS: &[&str] = &[
    "các", "những", "của", "và", "là", "được", "bị", "có", "đã", "sẽ", "đang", "trong", "cho",
    "với", "về", "tại", "để", "một", "này", "đó", "thì", "mà", "nhưng", "hoặc", "the", "a", "an",
    "of", "to", "and", "in", "is",
];

/// Spans covering both copies of each repeated phrase, with the phrase.
pub fn repeated(text: &str) -> Vec<(Range<usize>, String)> {
    let words: Vec<(Range<usize>, String)> = words(text);
    let mut out = Vec::new();
    let mut i = 0;
    'scan: while i < words.len() {
        for n in [3, 2, 1] {
            if i + 2 * n > words.len() {
                continue;
            }
            let (a, b) = (&words[i..i + n], &words[i + n..i + 2 * n]);
            let same = a.iter().zip(b).all(|(x, y)| x.1 == y.1);
            let wordy = a.iter().all(|w| w.1.chars().any(char::is_alphabetic));
            let adjacent = a
                .iter()
                .chain(b)
                .zip(a.iter().chain(b).skip(1))
                .all(|(x, y)| only_spaces(&text[x.0.end..y.0.start]));
            if same && wordy && adjacent && (n > 1 || FUNCTION_WORDS.contains(&a[0].1.as_str())) {
                let phrase = a.iter().map(|w| w.1.as_str()).collect::<Vec<_>>().join(" ");
                out.push((a[0].0.start..b[n - 1].0.end, phrase));
                i += 2 * n;
                continue 'scan;
            }
        }
        i += 1;
    }
    out
}

fn only_spaces(between: &str) -> bool {
    !between.is_empty() && between.chars().all(|c| c == ' ' || c == '\t')
}

/// Words (alphanumeric runs, lower-cased) with their byte spans.
fn words(text: &str) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (start, c.is_alphanumeric()) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                out.push((s..i, text[s..i].to_lowercase()));
                start = None;
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(text: &str) -> Vec<String> {
        repeated(text).into_iter().map(|(_, p)| p).collect()
    }

    #[test]
    fn finds_slips_and_spares_reduplication() {
        assert_eq!(
            phrases("quan hệ phát triển phát triển toàn diện"),
            ["phát triển"]
        );
        assert_eq!(phrases("ủng hộ các các sáng kiến"), ["các"]);
        assert!(phrases("từ từ tiến lên, ngày ngày đi làm, lá xanh xanh").is_empty());
        assert!(
            phrases("năm 2019 2019").is_empty(),
            "numbers are not phrases"
        );
        assert!(
            phrases("hợp tác. Hợp tác là chính").is_empty(),
            "not across punctuation"
        );
        let text = "Bộ trưởng Bộ trưởng MIC";
        let (span, _) = &repeated(text)[0];
        assert_eq!(&text[span.clone()], "Bộ trưởng Bộ trưởng");
    }
}
