//! Tests of `lexicon`.

use super::*;

/// The last word read back from the line's end is the word after its last whitespace: drawn
/// lines of call-to-action words, other words, marks and whitespace, against the split.
#[test]
fn call_to_action_words_are_read_from_the_end() {
    let by_split = |t: &str| {
        let t = t.trim_end_matches(|c: char| !chars::is_alphanumeric(c));
        let last = t.rsplit(char::is_whitespace).next().unwrap_or(t);
        last.len() <= CALL_TO_ACTION_WORD_BYTES
            && CALL_TO_ACTION_LAST_WORDS.contains(&lowercase(last))
    };
    let pieces = [
        "Tham gia",
        " ngay",
        "NGAY",
        " Now",
        "more",
        "thêm",
        "Tiết",
        "chi",
        "abcdefghi",
        "!",
        " - ",
        "»",
        " ",
        "\u{a0}",
        "\u{3000}",
        "xngay",
        "ngayx",
    ];
    let mut rng = crate::test_rng::Xorshift::new();
    let mut found = 0;
    for len in 0..20_000 {
        let t = rng.text(&pieces, len % 7);
        let want = by_split(&t);
        found += usize::from(want);
        assert_eq!(ends_with_call_to_action_word(&t), want, "{t:?}");
    }
    assert!(found > 2_000, "{found} drawn");
}

/// A line met before gets the answer it got, for the word limit it is asked with: lines of
/// the seed texts and drawn lines of template words, each asked cold and again, with two
/// limits in turn.
#[test]
fn chrome_met_answers_as_chrome_counted() {
    let mut lines = crate::seed_texts::lines();
    let pieces = [
        "Chia sẻ",
        "Facebook",
        "Zalo",
        "12",
        "Bình luận",
        "©",
        "Bản quyền",
        " ",
        "Xem thêm",
        ":",
        ".",
        "Tham gia ngay",
        "Theo dõi",
        "Trang chủ",
        " » ",
        "Lượt xem",
    ];
    let mut rng = crate::test_rng::Xorshift::new();
    for _ in 0..5_000 {
        let len = rng.below(10);
        lines.push(rng.text(&pieces, len));
    }
    let mut found = 0;
    for round in 0..4 {
        for line in &lines {
            let t = line.trim();
            let n = words_upto(t, CHROME_COUNT);
            let limit = if round % 2 == 0 { 12 } else { 3 };
            let want = chrome_counted(t, n, limit);
            found += usize::from(want.is_some());
            let hash = xxhash_rust::xxh3::xxh3_64(t.as_bytes());
            assert_eq!(chrome_met(t, hash, n, limit), want, "{t:?} {limit}");
        }
    }
    assert!(found > 1_000, "{found} template lines drawn");
}

/// Every end marker is under its first byte, and only there: a key is compared with every
/// marker it may start with.
#[test]
fn end_markers_by_first_byte_hold_them_all() {
    for m in END_MARKERS.iter() {
        let first = usize::from(m.as_bytes()[0]);
        assert!(END_MARKERS_BY_FIRST[first].contains(m), "{m}");
    }
    let held: usize = END_MARKERS_BY_FIRST.iter().map(Vec::len).sum();
    assert_eq!(held, END_MARKERS.len());
}

/// The look at a line's lowered start never rejects a line whose key starts with a marker:
/// [`key_may_start_end_marker`] holds of every line [`keyed_end_marker`] finds one in, on
/// texts drawn from the markers (whole, then pieces) and their pieces (their words,
/// capitalised or not, cut short), letters whose lower case is not one simple `char`,
/// bullets, digits and spaces; and the held start is longer than every marker.
#[test]
fn the_lowered_start_keeps_every_marker() {
    assert!(END_MARKERS.iter().all(|m| m.len() + 4 <= KEY_HEAD_BYTES));
    assert!(END_MARKERS_BY_FIRST.iter().all(|cues| cues.len() <= 64));
    let mut pieces: Vec<String> = [
        " ", "  ", "• ", "12. ", ":", ".", "Σ", "ΣΑ", "İ", "ǅ", "K", "Ẳ", "ẳ", "Đ", "đ", "x",
    ]
    .map(String::from)
    .to_vec();
    for m in END_MARKERS.iter() {
        for word in m.split(' ') {
            pieces.push(word.to_string());
            pieces.push(word.to_uppercase());
            pieces.push(word.chars().take(2).collect());
            let mut cs = word.chars();
            pieces.extend(
                cs.next()
                    .map(|c| c.to_uppercase().chain(cs).collect::<String>()),
            );
        }
    }
    // a line's start: a whole marker (as written, capitalised, in capitals) or a piece
    let mut heads: Vec<String> = pieces.clone();
    for m in END_MARKERS.iter() {
        heads.push(m.to_string());
        heads.push(m.to_uppercase());
        let mut cs = m.chars();
        heads.extend(
            cs.next()
                .map(|c| c.to_uppercase().chain(cs).collect::<String>()),
        );
    }
    let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
    let heads: Vec<&str> = heads.iter().map(String::as_str).collect();
    let mut rng = crate::test_rng::Xorshift::new();
    let none: &[String] = &[];
    let mut markers = 0;
    for len in 0..20_000 {
        let line = rng.text(&heads, 1) + &rng.text(&pieces, len % 7);
        let key_alone = keyed_end_marker(&line, none, 8);
        markers += usize::from(key_alone.is_some());
        assert!(
            key_may_start_end_marker(&line) || key_alone.is_none(),
            "{line:?}"
        );
        let want = cued_end_marker(&line, none, 8);
        assert!(want.is_none() || want == key_alone, "{line:?}");
    }
    assert!(markers > 100, "{markers} markers drawn");
}

/// [`has_table_border`] holds of every line with a border: of the seed documents' lines and
/// of rows of tables drawn with each border.
#[test]
fn table_borders_are_told_by_bytes() {
    let mut lines = crate::seed_texts::lines();
    for b in TABLE_BORDERS {
        lines.push(format!("{b}Tin liên quan{b}12{b}"));
        lines.push(format!("“Tin” – {b}"));
    }
    lines.push("“Tin liên quan” – …".to_string());
    for t in &lines {
        let borders = t.matches(TABLE_BORDERS).next().is_some();
        assert!(!borders || has_table_border(t), "{t:?}");
    }
    assert!(!has_table_border("“Tin liên quan” – …"));
}

#[test]
fn end_markers_are_headings_not_sentences() {
    let none: &[String] = &[];
    let cases = [
        ("Tin liên quan", Some("tin liên quan")),
        ("Tin nổi bật", Some("tin nổi bật")),
        ("Nổi bật Tạp chí Thông tin & Truyền thông", Some("nổi bật")),
        ("Đừng bỏ lỡ", Some("đừng bỏ lỡ")),
        ("395 Go top", Some("go top")),
        ("Bình luận (12)", Some("bình luận")),
        ("Thống kê truy cập", Some("thống kê truy cập")),
        ("Đang được quan tâm", Some("đang được quan tâm")),
        // body text that starts with a cue word
        (
            "Đang được quan tâm nhất là chuyện giá vàng tăng mạnh trong tuần qua.",
            None,
        ),
        (
            "Bình luận về việc này, ông Nam cho rằng cần thận trọng.",
            None,
        ),
        (
            "Nổi bật trong năm qua là việc hoàn thành sớm cao tốc Bắc - Nam phía Đông",
            None,
        ),
        ("Tin mới.", None),
        ("Tagsmith", None),
        ("tags = {", None),
        ("Comments = []", None),
        // a row of a table a dumper drew, whose second cell starts with a cue word
        (
            "│         │(comments, │High (organic and │(depends on    │",
            None,
        ),
        ("│Tin liên quan│12│", None),
        // a cue word that a comma ends: a sentence wrapped a word a line in a narrow column
        ("                comments,", None),
        ("Bình luận,", None),
        ("Comments", Some("comments")),
        // or that a comma follows: a list of words, not a heading
        ("comments, technical discussions, live streams", None),
        ("Bình luận, chia sẻ và góp ý của độc giả", None),
    ];
    for (line, want) in cases {
        assert_eq!(end_marker(line, none, 8), want, "{line}");
    }
    // the look at the first characters changes no answer: the markers in any case, after
    // bullets and numbers, cut short, run on, and lines of the seed documents
    let mut lines: Vec<String> = Vec::new();
    for m in END_MARKERS.iter() {
        let title: String = m
            .chars()
            .take(1)
            .flat_map(char::to_uppercase)
            .chain(m.chars().skip(1))
            .collect();
        for l in [m.to_string(), m.to_uppercase(), title] {
            lines.push(format!("• 12. {l} (3)"));
            lines.push(format!("{l}: xem tiếp"));
            lines.push(l.chars().take(1).collect());
            lines.push(l.chars().skip(1).collect());
            lines.push(l);
        }
    }
    lines.extend(["İt", "ΣΑΣ", "Σ", "ǅa", "", "  ", "12", "tin", "TIN", "Tİn"].map(String::from));
    let seeds = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/raw")).expect("raw/");
    for seed in seeds {
        let text = std::fs::read_to_string(seed.expect("raw/").path()).unwrap_or_default();
        lines.extend(text.lines().map(String::from));
    }
    type Label = fn(&str) -> Option<&'static str>;
    let labels: [(&str, Label); 2] = [
        ("related-label", related_label),
        ("share-label", share_label),
    ];
    for (section, label) in labels {
        for cue in CUES.get(section).into_iter().flatten() {
            let teaser = format!("» {cue}: Giá vàng hôm nay");
            assert_eq!(label(&teaser), Some(*cue), "{teaser}");
            lines.push(teaser);
            lines.push(cue.to_uppercase());
            lines.push(format!("{cue}s"));
        }
    }
    for line in &lines {
        for (section, label) in labels {
            assert_eq!(label(line), section_label(line, section), "{line}");
        }
        for max_rest in [0, 4, 8] {
            assert_eq!(
                end_marker(line, none, max_rest),
                cued_end_marker(line, none, max_rest),
                "{line}"
            );
        }
    }
    let extra = vec!["Bài viết cùng tác giả".to_string()];
    assert_eq!(
        end_marker("Bài viết cùng tác giả", &extra, 6),
        Some("Bài viết cùng tác giả")
    );
}

/// The chrome regexes are compiled on first use ([`Cue`]): each is a valid regex.
#[test]
fn every_chrome_regex_compiles() {
    for (kind, cue) in CHROME.iter() {
        assert!(Regex::new(cue.pattern()).is_ok(), "{kind}");
    }
    assert_eq!(CHROME.len(), 31);
}

/// Asking only the cues a line's first byte leaves changes no answer: every seed line, and
/// every phrase of the vocabulary as a line (as written, upper case, lower case, with a
/// count, a colon, a label after it, behind a space or a bullet), against each cue asked
/// in turn.
#[test]
fn the_first_byte_leaves_every_cue_that_matches() {
    let every_cue = |t: &str, n: usize, max_words: usize| {
        let t = past_emphasis(t);
        let ends = ends_sentence(t);
        CHROME.iter().find_map(|(kind, re)| {
            (fits(kind, t, n, max_words, ends) && re.is_match(t)).then_some(*kind)
        })
    };
    let mut lines: Vec<String> = crate::seed_texts::lines()
        .iter()
        .map(|l| l.trim().to_string())
        .collect();
    for phrase in CUES.values().flatten() {
        for form in [
            phrase.to_string(),
            phrase.to_uppercase(),
            phrase.to_lowercase(),
            format!("{phrase} 12"),
            format!("12 {phrase}"),
            format!("{phrase}: Tin mới"),
            format!("{phrase} » Thời sự"),
            format!(" {phrase}"),
            format!("• {phrase}"),
        ] {
            lines.push(form.trim().to_string());
        }
    }
    let mut found = 0;
    for t in &lines {
        let n = words_upto(t, CHROME_COUNT);
        for max_words in [12, 40] {
            let want = every_cue(t, n, max_words);
            found += usize::from(want.is_some());
            assert_eq!(chrome_counted(t, n, max_words), want, "{t:?}");
        }
    }
    assert!(found > 1000, "{found} chrome lines");
}

/// The share bar asked with its buttons' prefixes, and the empty poll with its `ng c` seam,
/// answer as their regexes: on lines drawn from the buttons (as written and in capitals), the
/// counters, counts, separators and the poll's words in any case (a Kelvin sign's `K` too),
/// and on the seed lines.
#[test]
fn share_bars_and_empty_polls_match_as_their_regexes() {
    let cue = |pattern: &str| {
        &CHROME
            .iter()
            .find(|(_, c)| c.pattern() == pattern)
            .expect("a chrome cue")
            .1
    };
    let (bar, poll) = (cue(&fill(SHARE_BAR)), cue(EMPTY_POLL));
    assert!(bar.has_prefixes());
    let regexes = [&fill(SHARE_BAR), EMPTY_POLL].map(|p| Regex::new(p).unwrap());
    let mut pieces: Vec<String> = CUES["share-button"]
        .iter()
        .chain(&CUES["counter-after-number"])
        .flat_map(|p| [p.to_string(), p.to_uppercase()])
        .collect();
    pieces.extend(
        [
            "12",
            "(0)",
            "1.200",
            " ",
            " ",
            " | ",
            ", ",
            " • ",
            "-",
            ":",
            "Tin",
            "Giá vàng",
            "Không có",
            "không",
            "KHÔNG",
            "\u{212A}hông",
            "có",
            "CÓ",
            "Có",
            "cuộc ",
            "bình chọn",
            "BÌNH CHỌN",
            "nào",
            "NÀO",
            "ng",
            "c",
            "khong co",
            "không có bình chọn nào",
            "KHÔNG CÓ CUỘC BÌNH CHỌN NÀO",
            "\u{212A}HÔNG Có bình chọn nào",
            "không cóbình chọn nào",
            "khôngcó bình chọn nào",
        ]
        .map(String::from),
    );
    let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
    let mut lines: Vec<String> = crate::seed_texts::lines()
        .iter()
        .map(|l| l.trim().to_string())
        .collect();
    lines.extend(["Không có bình chọn nào", "KHÔNG CÓ CUỘC BÌNH CHỌN NÀO"].map(String::from));
    let mut rng = crate::test_rng::Xorshift::new();
    lines.extend((0..30_000).map(|len| rng.text(&pieces, len % 7)));
    let mut matched = [0; 2];
    for t in &lines {
        for (k, (cue, re)) in [bar, poll].into_iter().zip(&regexes).enumerate() {
            let want = re.is_match(t);
            assert_eq!(cue.is_match(t), want, "{re} {t:?}");
            matched[k] += usize::from(want);
        }
    }
    assert!(matched[0] > 1000 && matched[1] > 1000, "{matched:?}");
}

/// The follow and navigation regexes split at their optional group match as the regexes
/// they were, and their halves get the prefixes of their matches ([`Cue`]).
#[test]
fn split_regexes_match_as_the_whole() {
    let section = |name: &str| CUES.get(name).unwrap().clone();
    let (navigation, prompts) = (section("navigation"), section("follow-prompt"));
    let (actions, channels) = (section("follow-action"), section("follow-channel"));
    let mut lines: Vec<String> = crate::seed_texts::lines()
        .iter()
        .map(|l| l.trim().to_string())
        .collect();
    for w in &navigation {
        for form in [
            w.to_string(),
            w.to_uppercase(),
            format!("12 {w}"),
            format!("3\t{w} » Tin"),
            format!("٣ {w}"),
            format!("12{w}"),
            format!(" {w}"),
            format!("{w}x"),
            format!("{w}: {}", "x".repeat(80)),
            format!("Tin {w}"),
        ] {
            lines.push(form);
        }
    }
    for a in &actions {
        for c in &channels {
            for p in prompts
                .iter()
                .map(|p| format!("{p} "))
                .chain(["", " ", "Nhấn", "BẤM ", "hãy  ", "x "].map(String::from))
            {
                lines.push(format!("{p}{a} {c}"));
                lines.push(format!("{p}{a} {c}s"));
                lines.push(format!("{p}{} {} của chúng tôi", a.to_uppercase(), c));
            }
        }
    }
    let whole = [
        (
            r"(?i)^(%follow-prompt%)? ?(%follow-action%) (%follow-channel%)\b.{0,60}$",
            [FOLLOW_PROMPTED, FOLLOW_UNPROMPTED],
        ),
        (
            r"(?i)^(\d+\s+)?(%navigation%)\b.{0,80}$",
            [NAVIGATION, NAVIGATION_NUMBERED],
        ),
    ];
    for (pattern, halves) in whole {
        let re = Regex::new(&fill(pattern)).unwrap();
        let halves = halves.map(|h| Cue::new(&fill(h)));
        let mut matched = 0;
        for t in &lines {
            let split = halves.iter().any(|h| h.is_match(t));
            assert_eq!(split, re.is_match(t), "{pattern} {t:?}");
            matched += usize::from(split);
        }
        assert!(matched > 20, "{pattern}: {matched}");
        assert!(halves.iter().all(Cue::has_prefixes), "{pattern}");
    }
}

/// The breadcrumb regex matches no line without two separators ([`two_separators`]), and its
/// cue answers as the regex.
#[test]
fn breadcrumbs_hold_two_separators() {
    let re = Regex::new(BREADCRUMB).unwrap();
    let cue = &CHROME
        .iter()
        .find(|(_, c)| c.pattern() == BREADCRUMB)
        .unwrap()
        .1;
    let lines = [
        "Trang chủ > Thời sự > Chính trị",
        "Kinh doanh›Tài chính›Ngân hàng",
        "Giải trí » Nhạc » Việt Nam",
        "a>b>c",
        "a>>b",
        ">>",
        "Kinh doanh › Tài chính",
        "Thời sự > Chính trị",
        "a > b",
        "Giá 5 > 3 và 7 > 2",
        "Chỉ số > 1.200 điểm",
        "Trang chủ",
        "",
        "x » y › z > w",
        "Xe › Ô-tô › Điện",
    ];
    let mut matched = 0;
    for t in lines {
        assert!(!re.is_match(t) || two_separators(t), "{t}");
        assert_eq!(cue.is_match(t), re.is_match(t), "{t}");
        matched += usize::from(re.is_match(t));
    }
    // one-word items only ("Trang chủ > …" is the home label's regex)
    assert_eq!(matched, 3);
    assert!(!two_separators("Kinh doanh › Tài chính") && two_separators("a»b›c"));
    // the byte search counts what a search of the characters counts, next to characters
    // that share its separators' lead or last bytes (© « – — … and Vietnamese ủ ỹ ạ)
    for t in [
        "© Bản quyền › Ủy ban » Tin",
        "«Tin» – mới — nhất… ›",
        "ủy ban › tỹ › ạ",
        "Đời sống » Sức khỏe » Làm đẹp",
        "a › b",
        "\u{a0}>\u{a0}x›",
        "x »",
    ] {
        let chars = t.matches(['>', '»', '›']).count() >= 2;
        assert_eq!(two_separators(t), chars, "{t}");
    }
}

/// The counter regexes match no line whose ends are not a number's ([`counter_shape`]).
#[test]
fn counters_have_the_counter_shape() {
    let counters: Vec<&Cue> = CHROME
        .iter()
        .filter(|(kind, _)| *kind == "counter")
        .map(|(_, cue)| cue)
        .collect();
    let mut lines: Vec<String> = [
        "1.234 lượt xem",
        "Lượt xem: 1.234",
        "Tổng lượt truy cập: 87084500 ",
        "Hôm nay: ١٢",
        "Bình luận (12)",
        "12 bình luận",
        ",5 views",
        "views.",
    ]
    .map(String::from)
    .to_vec();
    lines.extend(
        crate::seed_texts::lines()
            .iter()
            .map(|l| l.trim().to_string()),
    );
    let mut matched = 0;
    for t in &lines {
        if counters.iter().any(|c| c.is_match(t)) {
            assert!(counter_shape(t), "{t}");
            matched += 1;
        }
    }
    assert!(matched >= 3, "{matched} counter lines");
    assert!(!counter_shape("Theo dõi VnExpress trên Google News"));
}

/// [`lowercase`] is `str::to_lowercase`: on the seed documents' lines and on drawn texts of
/// Vietnamese, Greek (a final sigma), Turkish and other letters whose lower case is special.
#[test]
fn lowercase_is_str_to_lowercase() {
    let mut texts = crate::seed_texts::lines();
    let pieces = [
        "A", "z", " ", "Đ", "Ư", "Ẩ", "ỹ", "Σ", "Α", "ς", "İ", "I", "ǅ", "Ω", "K", "Å", "ẞ", "1",
        ".", "Ⅻ", "Ａ",
    ];
    let mut rng = crate::test_rng::Xorshift::new();
    for _ in 0..20_000 {
        let len = rng.below(8);
        texts.push(rng.text(&pieces, len));
    }
    for t in &texts {
        assert_eq!(lowercase(t), t.to_lowercase(), "{t:?}");
    }
}

/// The anchored regexes asked as [`Cue`]s (the comment marks', the footer label's) answer
/// as the regexes on lines drawn from their words, digits, times, separators, other words
/// and letters whose first bytes start none of them; the comment actions' regex has first
/// bytes to tell lines by, the others prefixes.
#[test]
fn comment_and_footer_cues_match_as_their_regexes() {
    let pieces = [
        "Trả lời",
        "trả lời",
        "TRẢ LỜI",
        "Thích",
        "thích",
        "Báo cáo vi phạm",
        "Reply",
        "like",
        "Like",
        "report",
        "2",
        "12",
        "٣",
        "1h",
        "3 giờ",
        "giờ",
        "phút",
        "trước",
        "ago",
        "days",
        " ",
        "  ",
        "\u{A0}",
        "·",
        "|",
        "•",
        "/",
        "(",
        ")",
        "-",
        ".",
        ",",
        ":",
        "：",
        "!",
        "Địa chỉ",
        "địa chỉ",
        "Tổng biên tập",
        "Email",
        "tel",
        "Fax",
        "Đ",
        "Ư",
        "Ô",
        "ẩ",
        "x",
        "Minh",
        "Khôi",
        "viết",
        "18/10/2024",
        "Hà Nội",
        "k",
        "K",
        "\u{212A}",
        "ſ",
    ];
    let cues = [&*COMMENT_ACTIONS, &*COMMENT_ACTION_START, &*FOOTER];
    let regexes: Vec<Regex> = cues
        .iter()
        .map(|c| Regex::new(c.pattern()).unwrap())
        .collect();
    assert!(cues.iter().all(|c| c.has_prefixes()));
    let mut rng = crate::test_rng::Xorshift::new();
    for len in 0..20_000 {
        let line = rng.text(&pieces, len % 8);
        for (cue, re) in cues.iter().zip(&regexes) {
            assert_eq!(cue.is_match(&line), re.is_match(&line), "{re} {line:?}");
        }
    }
}

/// A pair is held when a cue starts with it, and only then: the bitmap tells no pair held
/// from the vocabulary, on every cue's pairs and on pairs drawn from letters that start a
/// line (among them pairs that share a cue's slot).
#[test]
fn starts_hold_the_pairs_of_their_cues() {
    for starts in [&*END_MARKER_STARTS, &*RELATED_STARTS] {
        assert!(starts.pairs.iter().all(|&p| starts.hold(p)));
    }
    let letters: Vec<char> = "abcdđeghiklmnopqrstuvxyăâêôơưàáảãạếềểễệ"
        .chars()
        .chain(['1', 'x', 'z', 'w', 'f', 'j'])
        .collect();
    let mut shared = 0;
    for &a in &letters {
        for b in letters.iter().map(|&b| Some(b)).chain([None]) {
            let p = pair(a, b);
            for starts in [&*END_MARKER_STARTS, &*RELATED_STARTS] {
                let held = starts.pairs.binary_search(&p).is_ok();
                assert_eq!(starts.hold(p), held, "{a:?} {b:?}");
                shared += usize::from(!held && starts.pairs.iter().any(|&q| slot(q) == slot(p)));
            }
        }
    }
    assert!(
        shared > 0,
        "no pair drawn shares a slot: the binary search is not tested"
    );
}

#[test]
fn imprints_on_one_line() {
    assert!(imprint("BÁO HẢI DƯƠNG ĐIỆN TỬ Cơ quan chủ quản: Tỉnh ủy Hải Dương - Tổng biên tập: Phạm Văn Tuấn Giấy phép số 123/GP-BTTTT Địa chỉ: 28 Quang Trung, TP Hải Dương. Ghi rõ nguồn khi phát hành lại thông tin từ website này."));
    assert!(footer("Tòa soạn: 6 Phạm Văn Bạch - Điện thoại: 024 3835 1234 - Email: toasoan@bao.vn - Hotline: 0900 000 000, mời bạn đọc gửi tin bài về tòa soạn."));
    for body in [
        // practical information in an article: two labels
        "Địa chỉ: 12 Lê Lợi, quận 1. Điện thoại: 028 3822 1234, mở cửa từ 8h đến 22h hằng ngày.",
        // a sentence with colons
        "Ông nói: \"Chúng tôi làm được\". Bà đáp: \"Tôi tin\". Họ kết luận: sẽ tiếp tục.",
        // a label and a licence in an article's sentence, no copyright line's words
        "Địa chỉ: 5 Lý Thường Kiệt. Quán đã được cấp giấy phép kinh doanh từ năm 2019.",
        // copyright words in a quote
        "Ông cho biết: \"Bản quyền thuộc về tác giả, không ai được tự ý sử dụng\".",
    ] {
        assert!(!imprint(body), "{body}");
    }
    // a label and the copyright words: the footer's lines joined
    assert!(imprint("Trụ sở: 128 Bà Triệu, TP Kon Tum Ghi rõ nguồn Báo Kon Tum khi phát hành lại thông tin từ website này."));
    assert!(imprint(
        "Cơ quan chủ quản: Bộ Y tế © Bản quyền thuộc về Báo Sức khỏe."
    ));
}

#[test]
fn chrome_kinds_and_body_survivors() {
    let cases = [
        ("Theo dõi ICTVietnam trên", Some("follow")),
        ("Theo dõi VnExpress trên Google News", Some("follow")),
        ("Chia sẻ", Some("share")),
        ("Facebook Twitter Zalo", Some("share")),
        // save and comment buttons with the comment count (tuoitre's bar under the title)
        ("Lưu Bình luận (0)", Some("share")),
        ("Chia sẻ Bình luận 12 Zalo", Some("share")),
        // a table row of counts, a counter alone: no button bar
        ("Google | 1.200", None),
        ("Facebook 12 Twitter 3", None),
        // a bar opening with a counted button (vietnamnet, kenh14)
        ("Thích 12 Bình luận 3 Chia sẻ", Some("share")),
        ("Thích 0 Chia sẻ", Some("share")),
        ("Bình luận (4) Chia sẻ", Some("share")),
        ("Thích 120 Bình luận 18 Chia sẻ 4", Some("share")),
        // a subheading or a sentence opening with a count
        ("Thích 12 món ăn đường phố Hà Nội", None),
        ("Bình luận 3 bài viết mới", None),
        ("Lưu lượng bình luận tăng 12", None),
        ("1.234 lượt xem", Some("counter")),
        ("Tổng lượt truy cập: 87084500", Some("counter")),
        (
            "Hiện tại không có bình chọn nào đang hoạt động.",
            Some("poll"),
        ),
        ("POWERED BY ONECMS - A PRODUCT OF NEKO", Some("copyright")),
        (
            "© 2024 Báo Điện tử. Giấy phép số 123/GP-BTTTT.",
            Some("copyright"),
        ),
        ("Trang chủ > Thời sự > Chính trị", Some("navigation")),
        ("Tags: giao thông, Hà Nội", Some("tags")),
        ("Quảng cáo", Some("advertising")),
        // campaign banners between paragraphs, and the article's own lines like them
        (
            "Tết sum vầy - Quà trao tay: Tham gia ngay",
            Some("campaign"),
        ),
        ("Chương trình Tết ấm cho em - Ủng hộ ngay", Some("campaign")),
        (
            "Mời bạn đọc tham gia cuộc thi Viết về người thầy của tôi",
            Some("campaign"),
        ),
        ("Tham gia ngay", None),
        ("Mời bạn đọc xem video", None),
        ("Người dân có thể tham gia ngay", None),
        ("“Hãy ủng hộ ngay”, anh nói.", None),
        ("Mục lục", Some("toc")),
        ("Mục lục [Ẩn]", Some("toc")),
        ("Ẩn", Some("toc")),
        ("Phát video02:15", Some("player")),
        ("Xem video 1:02:40", Some("player")),
        (
            "Nghe bài viết 0:00 / 3:24 Tốc độ 1x Giọng đọc nữ",
            Some("player"),
        ),
        (
            "Nghe 00:00 Giọng nam miền Bắc Giọng nữ miền Nam",
            Some("player"),
        ),
        ("0:00 / 3:24", Some("player")),
        ("00:00 / 1:02:40", Some("player")),
        ("8:00 / 17:00", None),
        ("Nghe bài viết Đang tải...", Some("loading")),
        ("Đang tải...", Some("loading")),
        // a player's and the font's controls joined onto one line, however many
        (
            "Nghe bài viết Giọng nữ miền Bắc Giọng nam miền Nam A- A+",
            Some("controls"),
        ),
        (
            "Nghe bài viết Giọng nữ miền Bắc Giọng nam miền Nam Giọng nữ miền Trung Giọng nam \
             miền Trung Đang tải... Cỡ chữ A- A+ Aa",
            Some("controls"),
        ),
        ("Giọng nữ miền Bắc Giọng nam miền Nam", Some("controls")),
        // a sentence that opens with a control's words, and a long line after a label
        (
            "Nghe bài viết của ông, nhiều độc giả đã gửi thư về tòa soạn.",
            None,
        ),
        (
            "Giọng nữ miền Bắc được nhiều thính giả bình chọn là dễ nghe nhất trong ba giọng đọc",
            None,
        ),
        ("Facebook 12 Zalo Email In bài", Some("share")),
        // a count after the last button is a table row; a schedule is no player
        ("Google 1.200", None),
        ("Nghe 20:30 tối nay trên sóng VOV1 về chủ đề giáo dục", None),
        ("Đang tải hàng lên xe thì trời đổ mưa.", None),
        (
            "Chưa có bình luận nào. Hãy là người đầu tiên bình luận về bài viết này.",
            Some("empty-thread"),
        ),
        ("No comments yet.", Some("empty-thread")),
        ("Be the first to comment!", Some("empty-thread")),
        (
            "Xem thêm: Trí tuệ nhân tạo thay đổi ngành ngân hàng ra sao",
            Some("related-link"),
        ),
        ("Facebook Zalo Sao chép liên kết", Some("share")),
        // html2text runs the buttons' texts together
        ("FacebookZaloSao chép liên kết", Some("share")),
        // a markdown dump's bold label
        (
            "**Đọc thêm:** Hà Nội sẽ xây thêm 15 trường THPT công lập đến năm 2027",
            Some("related-link"),
        ),
        // body text with the same words
        (
            "**Sao chép liên kết** giả mạo là chiêu lừa đảo phổ biến nhất năm nay.",
            None,
        ),
        (
            "**Đọc thêm** tài liệu trước giờ thi giúp học sinh bớt lo lắng, theo cô Hà.",
            None,
        ),
        ("Mục lục sách giáo khoa mới có nhiều thay đổi", None),
        ("Ẩn số của mùa giải", None),
        ("Phát video lúc 20:30 tối nay trên kênh chính thức", None),
        ("10:05", None),
        (
            "Theo dõi diễn biến trên thị trường, các chuyên gia cho rằng giá còn tăng.",
            None,
        ),
        (
            "Bà chia sẻ rằng gia đình đã chuẩn bị từ lâu cho ngày này.",
            None,
        ),
        (
            "Bài đăng thu hút hơn 2.000 bình luận chỉ sau một ngày, phần lớn ủng hộ.",
            None,
        ),
        (
            "Luật sư cho biết vi phạm bản quyền có thể bị phạt tới 500 triệu đồng.",
            None,
        ),
        (
            "Quay lại chuyện cũ, ông kể rằng năm ấy cả làng đi sơ tán.",
            None,
        ),
        (
            "Xem thêm các điều khoản, người mua cần đọc kỹ hợp đồng trước khi ký.",
            None,
        ),
        // what a source declined to say is article text
        ("Chưa có bình luận nào từ phía công ty về vụ việc.", None),
        (
            "Chưa có bình luận nào. Công ty từ chối trả lời câu hỏi của phóng viên.",
            None,
        ),
    ];
    for (line, want) in cases {
        assert_eq!(chrome(line, 12), want, "{line}");
    }
}

#[test]
fn word_boundaries_without_backslash_b_match_as_before() {
    // the same vocabulary with Unicode `\b` word boundaries, as the regexes were written before
    let before = [
        fill(
            r"(?i)\b(%counter-before-number%)\b\s*:?\s*[\d.,]+\s*$|^[\d.,]+\s*(%counter-after-number%)$",
        ),
        fill(r"(?i)©|/gp-|\b(%copyright%)\b"),
    ];
    let first = |k: &str| &CHROME.iter().find(|(kind, _)| *kind == k).unwrap().1;
    let now = [first("counter"), first("copyright")];
    let (counter, copyright) = (
        Regex::new(&before[0]).unwrap(),
        Regex::new(&before[1]).unwrap(),
    );
    let words = [
        "lượt xem",
        "Lượt Xem",
        "view",
        "views",
        "comments",
        "bình luận",
        "copyright",
        "COPYRIGHT",
    ];
    let around = [
        "",
        " ",
        "x",
        "á",
        "5",
        "_",
        ".",
        ",",
        ":",
        " : ",
        " 1.234",
        ":12",
        ".5",
        ",",
        " 12 ",
        "5 ",
        "s",
        "s 3",
        ": 7 lượt",
    ];
    let mut texts: Vec<String> = Vec::new();
    for w in words {
        for a in around {
            for b in around {
                texts.push(format!("{a}{w}{b}"));
                texts.push(format!("Tin {a}{w}{b}"));
            }
        }
    }
    texts.extend(
        crate::seed_texts::lines()
            .iter()
            .map(|l| l.trim().to_string()),
    );
    let mut hits = 0;
    for t in &texts {
        assert_eq!(now[0].is_match(t), counter.is_match(t), "counter {t:?}");
        assert_eq!(now[1].is_match(t), copyright.is_match(t), "copyright {t:?}");
        hits += usize::from(counter.is_match(t)) + usize::from(copyright.is_match(t));
    }
    assert!(
        hits > 50,
        "the cases exercise both regexes ({hits} matches)"
    );
}
