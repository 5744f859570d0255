//! The duplicate rules (D001–D007).

use crate::rule::{Fix, Rule, Severity, Visibility};

pub static REPEATED_SENTENCE: &Rule = &Rule {
    code: "D001",
    name: "repeated-sentence",
    severity: Severity::Error,
    fix: Fix::Unsafe,
    visibility: Visibility::Visible,
    summary: "sentence or list item repeating an earlier one of the same document, removed",
    doc: "What it does: removes a sentence or `;`-separated list item whose key (NFC, lower-case, \
punctuation and spacing ignored; tone marks and digits kept) equals an earlier one in the same \
document. The first copy stays and is marked D004.\n\n\
Why: scrapers and CMS templates duplicate text; a repeated sentence teaches a model nothing and \
skews counts. Sentences shorter than `[duplicates] min_chars`/`min_words` are never removed, so \
`Có.` or a repeated short heading survive.\n\n\
Example: `…thành phố thông minh…; Hợp tác nghiên cứu và phát triển: CSDL quốc gia, IoT…; Hợp \
tác nghiên cứu và phát triển: CSDL quốc gia, IoT…;` loses the second copy of the item.",
};

pub static REPEATED_PARAGRAPH: &Rule = &Rule {
    code: "D002",
    name: "repeated-paragraph",
    severity: Severity::Error,
    fix: Fix::Unsafe,
    visibility: Visibility::Visible,
    summary: "paragraph repeating an earlier one of the same document, removed",
    doc: "What it does: removes a whole paragraph (line) whose key equals an earlier paragraph's, \
or all of whose sentences already appeared earlier in the document. Neither D001 nor D002 \
removes anything on an HTML page of type documentation, whose repeats are its structure (a \
parameter described under every method that takes it).\n\n\
Why: pages that render a teaser and then the article repeat whole paragraphs.\n\n\
Example: the lead paragraph printed again under the photo is removed; the first copy stays.\n\n\
Not touched, in a text dump: a paragraph the document writes three times or more, a row of \
its own structure (the same meal under each day of a meal plan, the same warm-up under each \
session of a training plan): every copy stays. On an HTML page such repeats come from the page's markup \
(quoted posts, cards) and are removed as before.",
};

pub static REPEATED_PHRASE: &Rule = &Rule {
    code: "D003",
    name: "repeated-phrase",
    severity: Severity::Warning,
    fix: Fix::ReportOnly,
    visibility: Visibility::Visible,
    summary: "a phrase immediately repeated inside a sentence (reported, never changed)",
    doc:
        "What it does: reports a two- or three-word phrase immediately repeated (`phát triển phát \
triển`) and a doubled function word (`các các`, `của của`).\n\n\
Why: these are editing slips, but Vietnamese has real reduplication (`từ từ`, `ngày ngày`, \
`xanh xanh`), so sach only warns and never removes; single content words are not reported.\n\n\
Example: `quan hệ Việt Nam - Nhật Bản phát triển phát triển toàn diện` → warning on \
`phát triển phát triển`.",
};

pub static DUPLICATE_KEPT: &Rule = &Rule {
    code: "D004",
    name: "duplicate-kept",
    severity: Severity::Info,
    fix: Fix::ReportOnly,
    visibility: Visibility::Visible,
    summary: "the copy of a repeated sentence or paragraph that was kept",
    doc: "What it does: marks the first copy of a text that D001/D002 removed later in the same \
document, so a reviewer sees both locations and which one stayed.\n\n\
Why: \"which copy was kept?\" is the first question about any dedup result.\n\n\
Example: `kept; repeated as sentence 14 (removed by D001)`.",
};

pub static CROSS_DOCUMENT: &Rule = &Rule {
    code: "D005",
    name: "cross-document-sentence",
    severity: Severity::Warning,
    fix: Fix::Unsafe,
    visibility: Visibility::Visible,
    summary:
        "sentence already seen in an earlier document of the corpus (reported; removed on request)",
    doc: "What it does: with several documents, finds sentences whose key already occurred in an \
earlier document (path order, so the result does not depend on threads). By default it reports \
them; with `[duplicates] cross_document = \"remove\"` it removes them.\n\n\
Why: syndication copies sentences across sites, but two articles quoting the same official \
statement are both legitimate — removal is a dataset decision, so it is opt-in.\n\n\
Example: `also in raw/a.txt (sentence 3)`.",
};

pub static DUPLICATE_DOCUMENT: &Rule = &Rule {
    code: "D006",
    name: "duplicate-document",
    severity: Severity::Error,
    fix: Fix::ReportOnly,
    visibility: Visibility::Visible,
    summary: "document whose whole text equals an earlier document's",
    doc: "What it does: reports a document whose normalized clean text equals an earlier \
document's (path order).\n\n\
Why: exact duplicate documents inflate a corpus; deciding which to drop belongs to the dataset \
owner, so sach reports both paths.\n\n\
Example: `same text as raw/2019/a.txt`.",
};

pub static NEAR_DUPLICATE: &Rule = &Rule {
    code: "D007",
    name: "near-duplicate-document",
    severity: Severity::Warning,
    fix: Fix::ReportOnly,
    visibility: Visibility::Visible,
    summary: "document that is a near copy of an earlier one (MinHash over syllable shingles)",
    doc: "What it does: estimates the Jaccard similarity of 5-syllable shingles between documents \
with 64 MinHash values and 16 LSH bands, and reports a document whose estimated similarity with \
an earlier document reaches `[duplicates] near_threshold` (default 0.8).\n\n\
Why: the same article republished with a new headline or a changed last paragraph is not an \
exact duplicate but still a copy.\n\n\
Example: `≈ 0.91 similar to raw/a.txt`.",
};

pub static RULES: &[&Rule] = &[
    REPEATED_SENTENCE,
    REPEATED_PARAGRAPH,
    REPEATED_PHRASE,
    DUPLICATE_KEPT,
    CROSS_DOCUMENT,
    DUPLICATE_DOCUMENT,
    NEAR_DUPLICATE,
];
