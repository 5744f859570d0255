//! Tests of `shapes`.

use super::*;

#[test]
fn separators_are_told_by_their_bytes() {
    for c in SEPARATORS {
        let mut buf = [0; 4];
        let first = c.encode_utf8(&mut buf).as_bytes()[0];
        assert!(c.is_ascii() || first == 0xC2 || first == 0xE2, "{c}");
        for t in [
            format!("{c}"),
            format!("Trang chủ {c} Thời sự"),
            format!("“Tin”{c}"),
        ] {
            assert!(has_separator(&t), "{t}");
        }
    }
    for t in [
        "",
        "Trang chủ – Thời sự “Tin” … ©",
        "a - b / c: d",
        "Hà Nội · ",
        "| » › > • · * → ← ◦ ▪ ► ©–",
    ] {
        assert_eq!(has_separator(t), t.contains(SEPARATORS), "{t}");
        assert_eq!(separators(t), t.matches(SEPARATORS).count(), "{t}");
    }
}

/// Every byte value at every place of a block of sixteen and of the short rest after it, among
/// letters: told not in a word as the table tells it.
#[test]
fn bytes_not_in_a_word_are_told_by_blocks_as_by_the_table() {
    for b in 0..=255u8 {
        for len in [1, 15, 16, 17, 31, 32, 40] {
            for at in 0..len {
                let mut bytes = vec![b'a'; len];
                bytes[at] = b;
                assert_eq!(
                    has_byte_not_in_a_word(&bytes),
                    NOT_IN_A_WORD[usize::from(b)],
                    "{b:#x} at {at} of {len}"
                );
            }
        }
    }
    let t = "Thời sự Thế giới Kinh tế Văn hóa - Giải trí Food & Drink Sức khỏe";
    assert!(!has_byte_not_in_a_word(t.as_bytes()));
    assert!(has_byte_not_in_a_word(format!("{t}.").as_bytes()));
}

/// The split by bytes cuts where the standard library's split by the characters cuts:
/// texts drawn from every separator, the other characters that start with their lead
/// bytes (quotes, dashes, the no-break space), letters and spaces, and runs of words long
/// enough for the sixteen-byte steps.
#[test]
fn splits_at_the_separators_by_bytes() {
    let mut pieces: Vec<String> = SEPARATORS.iter().map(char::to_string).collect();
    pieces.extend(
        [
            "a",
            "Trang chủ",
            " ",
            "  ",
            "“",
            "”",
            "–",
            "…",
            "\u{a0}",
            "©",
            "Đ",
            "→x",
            "‹",
            "⟩",
            "-",
            // longer than a block of sixteen bytes without a separator's byte
            "Kinh nghiệm du lịch Đà Lạt mùa hoa dã quỳ",
        ]
        .map(String::from),
    );
    let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
    let mut rng = crate::test_rng::Xorshift::new();
    let mut cut = 0;
    for len in 0..20_000 {
        let t = rng.text(&pieces, len % 30);
        let want: Vec<&str> = t.split(SEPARATORS).collect();
        cut += want.len() - 1;
        assert_eq!(split_at_separators(&t).collect::<Vec<_>>(), want, "{t:?}");
    }
    assert!(cut > 50_000, "{cut} cuts drawn");
}

#[test]
fn menus_and_breadcrumbs() {
    for line in [
        "Kinh doanh › Tài chính",
        "Giải trí » Nhạc",
        "Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội",
        "• Trang chủ • Kinh nghiệm • Kinh nghiệm du lịch Đà Lạt mùa hoa dã quỳ: Đi đâu, ăn gì?",
        "* Facebook * X * Pinterest *",
        "Thể thao > Bóng đá Việt Nam",
        "• Trang chủ • Thời sự • Văn hóa - Giải trí • Du lịch • Video • eMagazine",
        "Báo Hải Dương điện tử Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội",
    ] {
        assert!(menu_line(line), "{line}");
    }
    for body in [
        // a sentence naming a road, with dashes
        "Cao tốc Hà Nội - Hải Phòng - Quảng Ninh thông xe toàn tuyến",
        // one bulleted list item
        "• Tắt điện thoại sớm",
        // a comparison in a sentence
        "Tỷ lệ lạm phát > 4% là đáng lo ngại, theo các chuyên gia.",
        "Giá vàng | tăng mạnh trong phiên sáng nay và chưa có dấu hiệu dừng lại ở mức này",
        // a score line
        "Tỷ số: Việt Nam 3-0 Philippines",
        // a long first part needs many short items after it
        "Báo Hải Dương điện tử Trang chủ | Thời sự | Chính trị",
        "Hà Nội | ngày mai trời nắng",
    ] {
        assert!(!menu_line(body), "{body}");
    }
}

#[test]
fn menus_run_onto_one_line() {
    for line in [
        // lynx's nested menu joined, the site's name and a lowercase item among its links
        "Menlo Coaching Apply to Work With Us Menu * About Us * Menlo Coaching * Reviews * \
         Meet the Team * FAQs * academics * Programs * Blog * Contact",
        "• News • Things to Do • Food & Drink • Culture • Theater • Travel • Love Local • Kids",
        // lynx's second and third levels bulleted `+` and `o`, under one `*` item
        "* Pre-High School + Academic o Academic Home o Comprehensive Tutoring o On-Demand \
         Tutoring o Instant Writing Feedback o Free Events + SSAT + ISEE + SHSAT",
        // the same joined after the items above its first bullet
        "Learning Center Book Now * Plumbing + Water Heater o Tankless Water Heaters o Tankless \
         Water Heater Repair o Water Softeners + Drains o Sewer Lines * Heating + Furnaces o \
         Furnace Repair o Furnace Installation + Boilers o Boiler Repair",
    ] {
        assert!(menu_line(line), "{line}");
    }
    for body in [
        // an article's list of sentences written on one line
        "• Seed cycling is gaining credibility. • Lion’s Mane is the top ingredient. • Over \
         70% try a product after reading reviews. • Gut health leads • Sleep • Focus • Energy \
         • Calm",
        // the sources an article cites, each a long item
        "* Smith J. A review of sleep studies in adults * Nguyen T. Coffee and the heart in \
         older women * Lee K. Walking after meals and blood sugar * Brown A. Screens at night \
         * Study * Data * Notes * Links",
        // too few items for a run, one of them long
        "• Boxes • Packing tape • Packing paper, bubble wrap, and other cushioning for \
         valuables • Permanent markers • Plastic baggies",
        // a recipe's ingredients in lowercase
        "* flour * sugar * eggs * milk * butter * salt * yeast * water * a pinch of cinnamon",
        // `+` and `o` inside items that are sentences or long, under a bullet
        "* The plants in this post are tried + tested low-light tolerant + have all lived with \
         me in poor light + here are my picks o and the rest",
        "* Niacinamide 10% + Zinc 1% and Hyaluronic Acid 2% + B5 serum helps to reduce the \
         appearance of acne + dark spots + fine lines o with daily use",
        // too few items: a product's name and its parts
        "* Salt + pepper + Olive oil o Lemon",
    ] {
        assert!(!menu_line(body), "{body}");
    }
}

/// The seam count as first written (the word collected into a `Vec<char>`).
fn seams_by_vec(t: &str) -> usize {
    t.split_whitespace()
        .map(|w| {
            let c: Vec<char> = w.chars().collect();
            (2..c.len())
                .filter(|&i| {
                    c[i].is_uppercase()
                        && ((c[i - 1].is_lowercase() && c[i - 2].is_lowercase())
                            || (c[i - 1].is_ascii_digit()
                                && c[i - 2].is_ascii_digit()
                                && c.get(i + 1).is_some_and(|c| c.is_lowercase())))
                })
                .count()
        })
        .sum()
}

#[test]
fn seams_are_counted_as_before() {
    for t in [
        "Giá vàng hôm nayASEAN Cup 2024Kỳ họp thứ 8 Quốc hộiTinh gọn bộ máyThời tiết",
        "FacebookZaloSao chép liên kết TikTok YouTube iPhone eKYC 4G 2024K 2024Kỳ 24k",
        "ab aB abC abcD đàĐà 99Xy 99X 9Xy a Ab",
        "",
    ] {
        assert_eq!(glued_seams(t), seams_by_vec(t).min(ENOUGH_SEAMS), "{t}");
    }
    let mut rng = crate::test_rng::Xorshift::new();
    let pieces = ["a", "bc", "A", "Đ", "đà", "9", "20", " ", "K", "y", "x"];
    for _ in 0..20_000 {
        let len = rng.below(30);
        let t = rng.text(&pieces, len);
        assert_eq!(glued_seams(&t), seams_by_vec(&t).min(ENOUGH_SEAMS), "{t}");
    }
    // the cases told by bytes (`case_at`): Vietnamese letters of both cases, other scripts'
    // cased and uncased letters, titlecase, other digits and whitespace of every kind
    let pieces = [
        "hôm nay",
        "ASEAN",
        "Quốc hội",
        "Tinh",
        "2024",
        "Kỳ",
        "iPhone",
        "TikTok",
        "ỆN",
        "ưu",
        "Đ",
        "đ",
        "ß",
        "Σσ",
        "Жж",
        "ǅ",
        "漢",
        "٣",
        "4G",
        "a",
        "B",
        " ",
        "\u{a0}",
        "\u{2003}",
        "\n",
        ".",
        "-",
        "’",
    ];
    let mut seen = [0; ENOUGH_SEAMS + 1];
    for len in 0..40_000 {
        let t = rng.text(&pieces, len % 12);
        let want = seams_by_vec(&t).min(ENOUGH_SEAMS);
        seen[want] += 1;
        assert_eq!(glued_seams(&t), want, "{t:?}");
        assert_eq!(glued_seams_of(t.split_whitespace()), want, "{t:?}");
    }
    assert!(seen.iter().all(|&n| n > 1_000), "{seen:?}");
}

/// The menu shapes as they were written before they read item by item: a list of the items.
fn menu_line_by_list(t: &str) -> bool {
    let items: Vec<&str> = t
        .split(SEPARATORS)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let short = items
        .iter()
        .filter(|s| item_ok(s) && words_at_most(s, MAX_ITEM_WORDS))
        .count();
    let run = items.len() >= MIN_RUN_ITEMS && 5 * short >= 4 * items.len() && !ends_sentence(t);
    let Some((last, head)) = items.split_last() else {
        return false;
    };
    let long_first = head.len() >= MIN_ITEMS_AFTER_NAME;
    run || !head.is_empty()
        && head.iter().enumerate().all(|(k, s)| {
            item_ok(s)
                && (words_at_most(s, MAX_ITEM_WORDS)
                    || (k == 0 && long_first && words_at_most(s, MAX_NAMED_FIRST_WORDS)))
        })
        && capitalised(last)
        && !last.starts_with(|c: char| c.is_ascii_digit())
}

#[test]
fn menu_lines_read_item_by_item_as_from_a_list() {
    let mut rng = crate::test_rng::Xorshift::new();
    let pieces = [
        "Trang",
        " chủ",
        " tin",
        " Thời sự",
        " ",
        " | ",
        " » ",
        "*",
        "•",
        " > ",
        ".",
        "9",
        " Báo Hải Dương điện tử",
        " a b c d e f",
        "eMagazine",
        " x",
        "?",
    ];
    let (mut menus, mut long_menus) = (0, 0);
    let mut compare = |pieces: &[&str], lines: usize, longest: usize| {
        for _ in 0..lines {
            let len = rng.below(longest);
            let t = rng.text(pieces, len);
            let want = menu_line_by_list(&t);
            menus += usize::from(want);
            long_menus += usize::from(want && items(&t).count() >= MIN_RUN_ITEMS);
            assert_eq!(menu_line(&t), want, "{t}");
        }
    };
    // up to 48 pieces: some lines hold the eight items of a menu run
    compare(&pieces, 50_000, 48);
    // lines of many items, some of them lowercase or long: menu runs and near misses
    let many = [
        " * ",
        " * ",
        " * ",
        " * ",
        " Home",
        " About Us",
        " Contact",
        " FAQs",
        " news",
        " A b c d e f",
        ".",
    ];
    compare(&many, 20_000, 40);
    assert!(menus > 500, "too few drawn lines are menus: {menus}");
    assert!(
        long_menus > 50,
        "too few drawn menus are runs: {long_menus}"
    );
}

#[test]
fn glued_menus_but_not_brand_names() {
    for line in [
        "Giá vàng hôm nayASEAN Cup 2024Kỳ họp thứ 8 Quốc hộiTinh gọn bộ máyThời tiết",
        "FacebookZaloSao chép liên kết",
        "Giá vàng hôm nayASEAN Cup 2024Kỳ họp thứ 8 Quốc hộiTinh gọn bộ máy",
    ] {
        assert!(glued_menu(line), "{line}");
    }
    for body in [
        "next legislative day.#TodayInSenatePlenary",
        "kwGhiL7Nk2umjkGz9 “As an institution attached to the Embassy of the Bolivarian",
        "Người dùng iPhone và YouTube tăng mạnh trong năm nay",
        "Ứng dụng ZaloPay hợp tác với TikTok và YouTube để mở rộng thanh toán.",
        "VinFast ra mắt mẫu xe mới",
        "Mạng 5G phủ sóng 63 tỉnh thành, iPhone 15 bán chạy",
    ] {
        assert!(!glued_menu(body), "{body}");
    }
}

/// Eight bytes may hold a capital when one of them is not ASCII or is `A` to `Z`: every
/// byte in every lane, among bytes of each kind.
#[test]
fn capitals_are_told_eight_bytes_at_a_time() {
    for b in 0..=u8::MAX {
        for lane in 0..8 {
            for fill in [b'a', b'Z', b'@', b'[', 0, 0x7F] {
                let mut eight = [fill; 8];
                eight[lane] = b;
                let want = eight
                    .iter()
                    .any(|&b| !b.is_ascii() || b.is_ascii_uppercase());
                assert_eq!(
                    may_hold_capital(u64::from_le_bytes(eight)),
                    want,
                    "{eight:?}"
                );
            }
        }
    }
}

/// Every character's case told by its bytes is the case Unicode's tables give it, whatever
/// follows it.
#[test]
fn cases_told_by_bytes_are_unicode_cases() {
    for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
        let want = if c.is_whitespace() {
            Case::Blank
        } else if c.is_uppercase() {
            Case::Upper
        } else if c.is_lowercase() {
            Case::Lower
        } else if c.is_ascii_digit() {
            Case::Digit
        } else {
            Case::Other
        };
        for after in ["", "a", "\u{1ec7}"] {
            let t = format!("{c}{after}");
            assert_eq!(
                case_at(&t, 0),
                (want, c.len_utf8()),
                "{c:?} U+{:04X}",
                c as u32
            );
        }
    }
}

/// Counting the seams of the words but tags and codes as they come is counting them in the
/// text those words make joined: drawn lines of glued links, tags, handles, links, codes,
/// brand names and plain words, against the join.
#[test]
fn seams_without_tags_are_counted_without_joining() {
    let by_join = |t: &str| {
        let menu = |seams: usize| seams >= ENOUGH_SEAMS || (seams >= 2 && words_at_most(t, 12));
        !ends_sentence(t)
            && menu(glued_seams(t))
            && (!t.split_whitespace().any(tag_or_code) || {
                let words: Vec<&str> = t.split_whitespace().filter(|w| !tag_or_code(w)).collect();
                menu(glued_seams(&words.join(" ")))
            })
    };
    let pieces = [
        "hôm nayASEAN",
        "Quốc hộiTinh",
        "Cup 2024Kỳ",
        "#TodayInSenate",
        "@newsVN",
        "a/bTin",
        "kwGhiL7Nk2",
        "TikTok",
        "iPhone",
        "Giá vàng",
        " ",
        "\u{a0}",
        ".",
        "ZaloSao",
    ];
    let mut rng = crate::test_rng::Xorshift::new();
    let (mut menus, mut tagged) = (0, 0);
    for len in 0..20_000 {
        let t = rng.text(&pieces, len % 16);
        let want = by_join(&t);
        menus += usize::from(want);
        tagged += usize::from(want && t.split_whitespace().any(tag_or_code));
        assert_eq!(glued_menu(&t), want, "{t:?}");
    }
    assert!(
        menus > 2_000 && tagged > 500,
        "{menus} menus, {tagged} with tags drawn"
    );
}

#[test]
fn form_fields() {
    for line in [
        "Báo điện tử Dân trí Hà Nội 29°C [ ] Đăng nhập / Đăng ký",
        "Báo điện tử Dân trí Hà Nội 29°C ____________________ Đăng nhập / Đăng ký",
        "[ ] Gửi Tin mới nhất Hà Nội nghiên cứu thu phí ôtô vào nội đô",
    ] {
        assert!(form_field(line), "{line}");
    }
    for body in [
        // an FAQ question printed as a button
        "(BUTTON) What are some popular brands for camping tents?",
        "Điền vào chỗ trống: Thủ đô của Việt Nam là ____.",
        "Biến my_long_variable_name chứa giá trị [1, 2]",
        "Mảng rỗng [ ] được trả về khi không có kết quả.",
    ] {
        assert!(!form_field(body), "{body}");
    }
}

#[test]
fn menus_without_separators() {
    for line in [
        "Thời sự Thế giới Kinh tế Đời sống Thể thao",
        "Thời sự Thế giới Pháp luật Kinh doanh Công nghệ Giáo dục",
        // names joined by a dash, sections of four syllables, loanwords and one-word items
        "Trang chủ Thời sự Công đoàn Xã hội Thế giới Kinh doanh Bất động sản Văn hóa - Giải \
         trí Thể thao Pháp luật Bạn đọc Sức khỏe Giáo dục Xe Du lịch Lao động việc làm",
        "Mới nhất Tin theo khu vực International Trang chủ Thời sự Góc nhìn Thế giới Video \
         Podcasts Kinh doanh Bất động sản Khoa học Giải trí Thể thao Pháp luật Giáo dục",
        "Thời sự Thế giới Kinh doanh Giải trí Khoa học – Công nghệ Quốc phòng – An ninh",
        "Xuất bản Kinh doanh Công nghệ Sức khỏe Thể thao Đời sống Giải trí Xe Thế giới Pháp \
         luật Giáo dục Du lịch Lifestyle",
        // the date bar of the header joined to the menu
        "Thứ năm, 05/12/2024 Báo in Tìm kiếm Đăng nhập Trang chủ Thời sự Công đoàn Xã hội",
        "Thứ Hai, 02/12/2024 - 06:00 Trang chủ Thời sự Kinh doanh Thể thao Giáo dục",
        "20/06/2024 Trang chủ Thời sự Chính trị Kinh tế Xã hội Văn hóa",
    ] {
        assert!(spaced_menu(line), "{line}");
    }
    for other in [
        // headlines
        "Sân bay Tân Sơn Nhất đón lượng khách kỷ lục",
        "Giá thịt lợn tăng mạnh trước Tết",
        "Vietnam Airlines Opens New Route To Paris",
        // place names
        "Hà Nội Hải Phòng Quảng Ninh Lạng Sơn",
        // a short breadcrumb
        "Công nghệ Mobile",
        "Nam Định thắng ngược Hà Nội FC, giữ vững ngôi đầu V-League",
        // four items: a headline of institutions is not a menu
        "Đại học Quốc gia Hà Nội tuyển sinh",
        // headlines naming people and institutions: a capitalised syllable per syllable of
        // a name makes one-word items
        "Chủ tịch nước Lương Cường tiếp Bộ trưởng Quốc phòng Mỹ",
        "Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản",
        "Bộ Công an Bộ Quốc phòng Bộ Ngoại giao Bộ Tài chính",
        "Cao tốc Hà Nội - Hải Phòng - Quảng Ninh thông xe toàn tuyến",
        "Tuyến đường sắt Hà Nội – Lào Cai nâng cấp",
        // English Title Case headlines
        "How to Choose the Best Running Shoes for Beginners",
        "Harry Potter & the Cursed Child Review - Broadway Show Tickets",
        // a wrapped line of German prose: its nouns capitalised, a dash in it
        "In Deutschland liegen Patientendaten in internen Systemen vor – Sei es in",
        // a date bar without a menu, a byline, a dated headline
        "Thứ năm, 05/12/2024 11:42 (GMT+7)",
        "Đình Trọng Thứ năm, 05/12/2024 Trang chủ Thời sự Công đoàn Xã hội Thế giới",
        "05/12/2024 Chủ tịch nước Lương Cường tiếp Bộ trưởng Quốc phòng Mỹ",
        "Thứ năm, 05/12/2024 Nông dân Thanh Hà thu hơn nghìn tỷ đồng từ vải thiều",
        // a dash inside a word is no joiner
        "Thời sự Thế giới E-magazine Kinh doanh Giải trí Thể thao",
        // a sentence of prose without punctuation
        "Theo ghi nhận của phóng viên Báo Lao Động khoảng mười giờ",
    ] {
        assert!(!spaced_menu(other), "{other}");
    }
}

/// The counts of [`spaced_items`] and [`text_box`] answer as the list of items and the
/// longest run of underscores did, on the seed documents' lines and on lines drawn from
/// capitalised and lowercase words, other words and runs of underscores.
#[test]
fn counted_shapes_answer_as_their_references() {
    fn items_by_list(t: &str) -> bool {
        let mut items: Vec<usize> = Vec::new();
        let joined = t.split_whitespace().any(|w| JOINERS.contains(&w));
        for w in t.split_whitespace() {
            if JOINERS.contains(&w) {
                continue;
            }
            if !w.chars().all(chars::is_alphabetic) {
                return false;
            }
            match (
                w.chars().next().is_some_and(char::is_uppercase),
                items.last_mut(),
            ) {
                (true, _) => items.push(1),
                (false, Some(n)) if *n < MAX_SPACED_ITEM_WORDS => *n += 1,
                _ => return false,
            }
        }
        let long = items.iter().filter(|&&n| n >= 2).count();
        let fewest = if joined {
            MIN_RUN_ITEMS
        } else {
            MIN_SPACED_ITEMS
        };
        items.len() >= fewest && 4 * long >= 3 * items.len()
    }
    let longest_run = |t: &str| t.split(|c| c != '_').map(str::len).max().unwrap_or(0);
    let mut lines = crate::seed_texts::lines();
    let pieces = [
        "Thời ", "sự ", "Thế ", "giới ", "Đời ", "sống ", "kinh ", "tế ", "x ", "A ", "  ", "\t",
        "Hà", "2024 ", ", ", "_", "___", "____", "é", "[ ]", ".", "- ", "– ", "&", "E-",
    ];
    let mut rng = crate::test_rng::Xorshift::new();
    for len in 0..20_000 {
        lines.push(rng.text(&pieces, len % 24));
    }
    for t in &lines {
        assert_eq!(spaced_items(t), items_by_list(t), "{t:?}");
        assert_eq!(
            text_box(t),
            longest_run(t) >= MIN_FIELD_UNDERSCORES,
            "{t:?}"
        );
    }
}

/// The table tells the bytes the comparisons told: ASCII, no letter, no whitespace.
#[test]
fn bytes_not_in_a_word_are_those_compared() {
    for b in 0..=255u8 {
        let other = b.is_ascii()
            && !b.is_ascii_alphabetic()
            && !matches!(b, b'\t'..=b'\r' | b' ')
            && !JOINERS.iter().any(|j| j.as_bytes() == [b]);
        assert_eq!(NOT_IN_A_WORD[usize::from(b)], other, "{b:#x}");
    }
}

/// A header run onto one line is told by its menu without separators or its words in
/// capitals; a title naming ministries, places and people is not.
#[test]
fn site_headers_held_in_a_line() {
    for t in [
        "Báo Cần Thơ Chính trị Kinh tế Xã hội Thời sự Văn hóa - Văn nghệ Thể thao Quốc tế",
        "Pháp Luật TP.HCM Xử lý vi phạm nồng độ cồn Thời sự Pháp luật Bạn đọc Kinh tế Thế giới",
        "BÁO TIN TỨC THỜI SỰ THẾ GIỚI KINH DOANH Thời sự / Xã hội",
        "VTV.vn THỜI SỰ KINH TẾ XÃ HỘI THẾ GIỚI THỂ THAO Chung tay vì người nghèo",
    ] {
        assert!(holds_site_header(t), "{t}");
    }
    for t in [
        // titles that name ministries, places and people: one-word names cut the items
        "Bộ Nông nghiệp và Phát triển nông thôn tổ chức Hội nghị tổng kết năm",
        "Sở Giáo dục và Đào tạo Hà Nội công bố điểm chuẩn vào lớp 10",
        "Chủ tịch nước Lương Cường tiếp Bộ trưởng Quốc phòng Mỹ",
        "Hội nghị Trung ương Đảng Cộng sản Việt Nam khóa XIII bế mạc",
        "How to Choose the Best Running Shoes for Beginners",
        // acronyms in a title, fewer than a menu's words in a row
        "WHO và UNICEF hỗ trợ Việt Nam tiêm vaccine cho trẻ em",
        "Giải U23 AFF Cup: Việt Nam thắng Thái Lan",
        // four items in a row are a title's organisations as often as a menu
        "Nông nghiệp Công nghiệp Dịch vụ Du lịch cùng tăng trưởng",
    ] {
        assert!(!holds_site_header(t), "{t}");
    }
}

/// The look at the line's bytes changes no answer of [`spaced_words`]: it answers as the shape
/// walk alone ([`spaced_items`]) on the lines of the seed documents and on menus with other
/// characters in them.
#[test]
fn spaced_menu_bytes_change_no_answer() {
    let menu = "Thời sự Thế giới Kinh tế Đời sống Thể thao";
    let mut lines = crate::seed_texts::lines();
    for sep in [
        " ", "\t", "\u{b}", "\u{c}", "\r", "\u{a0}", "\u{3000}", ",", "1", "\u{1c}", " - ", " & ",
        "-", " + ",
    ] {
        lines.push(menu.replace(' ', sep));
        lines.push(format!("{menu}{sep}"));
    }
    for t in &lines {
        assert_eq!(spaced_words(t), spaced_items(t), "{t:?}");
    }
}

/// Six sentences of news prose, Vietnamese (a related-story cue inside the third) or
/// English, as a scraper writes an article on one line.
fn article_on_one_line(vietnamese: bool) -> &'static str {
    if vietnamese {
        "Sáng 12/1, Ủy ban nhân dân tỉnh Quảng Nam tổ chức hội nghị tổng kết công tác phòng \
         chống thiên tai năm 2024. Theo báo cáo, tỉnh chịu ảnh hưởng của bốn cơn bão và \
         nhiều đợt mưa lớn, thiệt hại hơn 500 tỷ đồng. Tin liên quan đến việc di dời các hộ \
         dân ở vùng sạt lở sẽ được công bố trong tháng tới. Chủ tịch tỉnh yêu cầu các địa \
         phương chủ động xây dựng phương án ứng phó. Nhiều ý kiến đề nghị đầu tư cho hệ thống \
         cảnh báo sớm. Dự kiến trong quý I, tỉnh sẽ sửa xong các công trình thủy lợi."
    } else {
        "The city council voted on Tuesday to expand the bus network to three new \
         districts. Officials said the first new routes would open in the spring. Related \
         concerns about the cost were raised by several members of the council. The mayor \
         said the expansion would be paid for by state grants and fares. Residents who spoke \
         at the meeting mostly welcomed the plan. The transit agency will publish the new \
         timetables next month."
    }
}

/// A site's menu and the article that a scraper joined onto one line is no menu, whichever
/// shape the menu has (items between separators, the article in the headline's place;
/// glued links; an archive of months); the menus alone, a breadcrumb with its headline, and
/// menus with a blurb or a copyright line of a few sentences glued on still are.
#[test]
fn a_menu_joined_to_the_article_on_one_line_is_no_menu() {
    for vietnamese in [true, false] {
        let article = article_on_one_line(vietnamese);
        for menu in [
            "Trang chủ | Thời sự | Thế giới | Kinh doanh | Giải trí | Thể thao",
            "Home » News » World » Business » Sport » Culture » Travel",
            "hôm nayASEAN Cup 2024Kỳ họp thứ 8Giá vàngBất động sản",
            "* Dezembro (111) * Novembro (163) * Outubro (148) * Setembro (139) * Agosto (162) \
             * Julho (127) * Junho (139) * Maio (184) * Abril (140) * Janeiro (3)",
        ] {
            assert!(is_menu(menu), "{menu}");
            let line = format!("{menu} {article}");
            assert!(!is_menu(&line), "{line}");
        }
    }
    for chrome in [
        "Trang chủ » Kinh nghiệm » Kinh nghiệm du lịch Đà Lạt tự túc 3 ngày 2 đêm",
        "Home | News | Contact | Copyright 2024 Example Media Inc. All rights reserved.",
        // a blurb of a few sentences after a footer's many links
        "* About * Team * Careers * Press * Advertise * Contact * Editorial Policy * Privacy \
         * Terms * Cookies * Sitemap * RSS * Newsletter * Events * Podcasts * Jobs * Store \
         * Help * Accessibility * Feedback * Partners * Investors * Awards * Archive * Apps \
         * Español * Français * Deutsch * Italiano * Português * Our site covers the market. \
         Readers trust us. Do your own research.",
    ] {
        assert!(is_menu(chrome), "{chrome}");
    }
}
