use super::super::record::{self, LineRecord};
use super::cued::{
    cue_window, other_box_marks, CUE_WINDOW_WORDS, MAX_BOX_PREFIX_WORDS, MIN_BOX_MARKS,
};
use super::*;
use crate::config::RuleSelection;

fn kind_of(t: &str) -> Kind {
    kind(t, words(t))
}

/// A block's words, counted from its lines' records, and its comment mark, read off the
/// record of a block of one line, are those of its text read again: joined lines (one of
/// them with a no-break space between words), a summary cut from the headline glued after
/// it ([`unglue_headlines`]), comment marks alone on their lines and joined to the line
/// above, and a long paragraph.
#[test]
fn a_block_counts_and_marks_as_its_text_read_again() {
    let long = "Theo báo cáo, sản lượng lúa năm nay tăng mạnh ở nhiều tỉnh đồng bằng \
                sông Cửu Long nhờ thời tiết thuận lợi và giá phân bón giảm so với năm trước";
    let text = format!(
        "Bình luận\n\
         Minh Anh 2 giờ trước\n\
         Bài viết rất hay, cảm ơn tác giả\n\
         Thích Trả lời 1h trước\n\
         Hoàng Yến viết:\n\
         trả lời\u{a0}1 giờ trước\n\
         Giá vàng tăng mạnh trong phiên sáng nay. Ngân Hàng Nhà Nước Bán Vàng Miếng\n\
         Ngân Hàng Nhà Nước Bán Vàng Miếng\n\
         {long}\n\
         và còn tiếp tục tăng\n"
    );
    let records = record::split(&text);
    let lines: Vec<&LineRecord> = records.iter().collect();
    let on = RuleSelection::default();
    let st = State::fresh(&lines, &on);
    let found = blocks(&st);
    assert!(found.iter().any(|b| b.first < b.last));
    assert!(found.iter().filter(|b| comment_marker(&st, b)).count() >= 2);
    for b in &found {
        let cap = MAX_TEASER_WORDS + 1;
        assert_eq!(b.words.min(cap), words_upto(&b.text, cap), "{}", b.text);
        assert_eq!(
            comment_marker(&st, b),
            lexicon::comment_marker(&b.text, words_upto(&b.text, cap)),
            "{}",
            b.text
        );
    }
}

#[test]
fn boxes_run_together_on_one_line() {
    let opts = Options::default();
    for (t, cue) in [
        (
            "Đình Trọng Chủ đề: cháy xưởng gỗBình Dươngphòng cháy chữa cháy Bình luận",
            "chủ đề",
        ),
        (
            "Quảng cáo Tiêu điểm * Hàng Việt chiếm hơn 90% kệ hàng * Hãng bay tăng chuyến Đừng bỏ lỡ Bé trai 5 tuổi bị chó cắn",
            "tiêu điểm",
        ),
        (
            "Ý kiến bạn đọc Nguyễn Thị Lan - 20/06/2024 Vải năm nay ngọt. Họ và tên: ________ Gửi",
            "ý kiến bạn đọc",
        ),
        // the reporter's name and the share bar before the first cue: the bar's label opens
        // the boxes, more than four words from the cue
        (
            "HẢI MINH In bài viết | Gửi cho bạn bè | Về đầu trang Ý kiến bạn đọc Nguyễn Thị Lan - 20/06/2024 Vải năm nay ngọt.",
            "về đầu trang",
        ),
    ] {
        assert_eq!(glued_box(t, &opts), Some(cue), "{t}");
    }
    for t in [
        // a cue starting a sentence, or after a sentence's end or a comma
        "Bình luận về việc này, ông Nam cho rằng cần thận trọng. Tin liên quan đến dự án * A * B",
        "Dự án chậm tiến độ. Bình luận Hà Nội * A * B",
        // one cue-like word in a Title Case subheading
        "Reader Comments Show Support For The Plan",
        // a paragraph runs on before its cues
        "Nhiều ngân hàng tăng lãi suất trong tháng 12 vừa qua Tin liên quan Giá vàng Bình luận",
        // a list of the article's with one cue, lowercase in the sentence
        "Các điểm nổi bật: * Phở * Bún chả * Nem rán",
        // a share bar's label opens no box by itself: the name and the bar, no cue after
        "HẢI MINH In bài viết | Gửi cho bạn bè",
        // nor does a capitalised `Chia sẻ` in a paragraph whose later cues follow a sentence
        "Anh Tuấn Chia sẻ rằng gia đình rất vui. Tin liên quan đến dự án. Bình luận thêm",
    ] {
        assert_eq!(glued_box(t, &opts), None, "{t}");
    }
}

/// [`glued_box`] as it was before it stopped at enough marks: every cue at a seam read,
/// the other marks counted last.
fn glued_box_read_whole<'o>(t: &str, opts: &'o Options) -> Option<&'o str> {
    let mut first = None;
    let mut opened = false;
    let mut marks = 0;
    let mut before: Option<char> = None;
    let mut word_start = true;
    let mut words_before = 0;
    for (at, c) in t.char_indices() {
        if c.is_whitespace() {
            word_start = true;
            continue;
        }
        if word_start && at > 0 {
            words_before += 1;
        }
        if !opened && words_before > MAX_BOX_PREFIX_WORDS {
            return None;
        }
        let seam =
            word_start && c.is_uppercase() && before.is_none_or(|b| !".!?…,;:\"“”'‘’(".contains(b));
        word_start = false;
        before = Some(c);
        if !seam {
            continue;
        }
        let rest = &t[at..];
        let Some(cue) = lexicon::end_marker(cue_window(rest), &opts.end_markers, CUE_WINDOW_WORDS)
        else {
            opened |= lexicon::share_label(rest).is_some();
            continue;
        };
        let after = rest
            .char_indices()
            .nth(cue.chars().count())
            .map_or("", |(i, _)| &rest[i..])
            .trim_start();
        let next_block = after.is_empty()
            || after.starts_with(|c: char| {
                c == ':' || BULLETS.contains(&c) || c.is_uppercase() || c.is_ascii_digit()
            });
        if next_block {
            first.get_or_insert(cue);
            opened = true;
            marks += 1;
        }
    }
    marks += other_box_marks(t);
    first.filter(|_| marks >= MIN_BOX_MARKS)
}

/// Stopping at enough marks changes no answer: drawn lines of cues, capitalised words,
/// bullets, text boxes and sentence ends.
#[test]
fn glued_boxes_are_told_as_when_read_whole() {
    let opts = Options::default();
    let pieces = [
        "Tin liên quan ",
        "Bình luận ",
        "Đừng bỏ lỡ ",
        "Tiêu điểm ",
        "Chủ đề: ",
        "Xem thêm ",
        "Hà Nội ",
        "giá vàng ",
        "Giá ",
        "* ",
        " * ",
        "• ",
        "________ ",
        ". ",
        ", ",
        "12 ",
        "Họ và tên: ",
        "In bài viết | ",
        "Chia sẻ ",
        "TIN MỚI NHẤT ",
        "bình luận ",
        "A ",
        "x",
    ];
    let mut rng = crate::test_rng::Xorshift::new();
    let mut boxes = 0;
    for len in 0..20_000 {
        let t = rng.text(&pieces, len % 14);
        let want = glued_box_read_whole(&t, &opts);
        boxes += usize::from(want.is_some());
        assert_eq!(glued_box(&t, &opts), want, "{t:?}");
    }
    assert!(boxes > 500, "{boxes} boxes drawn");
}

#[test]
fn block_kinds() {
    assert_eq!(
        kind_of("Tàu hỏa Tết tăng thêm hàng chục nghìn chỗ"),
        Kind::Headline
    );
    assert_eq!(
        kind_of("Uống nước thế nào cho đúng vào mùa hè?"),
        Kind::Headline
    );
    assert_eq!(kind_of("Trong \"Kinh nghiệm\""), Kind::Label);
    assert_eq!(
        kind_of("Ngày cao điểm, sân bay phục vụ hơn 140.000 lượt khách, nhiều khu vực làm thủ tục luôn trong tình trạng đông đúc."),
        Kind::Teaser
    );
    assert_eq!(
        kind_of("Các nhóm đối tượng được đề xuất ưu tiên vay vốn gồm:"),
        Kind::Other
    );
    assert_eq!(sentences("Một câu. Hai câu! Ba câu"), 2);
}

/// The box bullets are found at their first bytes as by reading the text character by
/// character: every bullet but a dash starts with one of [`BOX_BULLET_LEADS`].
#[test]
fn box_bullets_start_with_the_bytes_searched_for() {
    for &c in BULLETS.iter().filter(|&&c| !"-+–".contains(c)) {
        let mut buf = [0; 4];
        let lead = c.encode_utf8(&mut buf).as_bytes()[0];
        assert!(BOX_BULLET_LEADS.contains(&lead), "{c}");
    }
    // lead bytes shared with other characters (quotes, dashes, no-break spaces) find the
    // bullet after them
    let t = "Ông nói: “Đúng vậy” – ai cũng biết.\u{a0}Tin khác · Giá vàng giảm mạnh · Tàu hỏa Tết tăng chuyến";
    assert_eq!(
        summary_before_box(t),
        Some("Ông nói: “Đúng vậy” – ai cũng biết.")
    );
}

#[test]
fn a_summary_glued_to_a_box_of_headlines_is_read_alone() {
    let summary = "Kẻ gian gọi điện thông báo khách hàng nợ tiền điện, yêu cầu chuyển khoản ngay nếu không muốn bị cắt điện.";
    let boxed = format!("{summary} Quảng cáo Tiêu điểm * Hàng Việt chiếm hơn 90% kệ hàng siêu thị * Hãng bay tăng hơn 1.000 chuyến phục vụ Tết * Thu ngân sách vượt dự toán cả năm");
    assert_eq!(summary_before_box(&boxed), Some(summary));
    assert_eq!(
        summary_before_box(&format!(
            "{summary} • Giá vàng giảm mạnh • Tàu hỏa Tết tăng chuyến"
        )),
        Some(summary)
    );
    for t in [
        // the article's own list: after a colon, or items that are no headlines
        "Người mua nên kiểm tra máy trước khi trả tiền. Cụ thể như sau: * Kiểm tra bản lề * Hỏi rõ chính sách bảo hành",
        "Nguyên liệu gồm có gạo, đậu và thịt. Chuẩn bị * 2 thìa dầu ăn; * 1 thìa muối;",
        // one headline is no box; no sentence before the bullets
        "Ông cho biết đã báo cáo sự việc. Xem thêm * Giá vàng giảm mạnh",
        "Tiêu điểm * Giá vàng giảm mạnh * Tàu hỏa Tết tăng chuyến",
        // a long text between the sentence and the bullets is no label
        "Ông cho biết đã báo cáo sự việc và các bên đang cùng làm rõ trách nhiệm * Giá vàng giảm mạnh * Tàu hỏa Tết tăng chuyến",
    ] {
        assert_eq!(summary_before_box(t), None, "{t}");
    }
}

/// The sentence ends found around the punctuation are those of a reading word by word, and
/// the count that stops early answers as the whole count.
#[test]
fn sentences_are_counted_as_word_by_word() {
    fn by_words(t: &str) -> usize {
        let words: Vec<&str> = t.split_whitespace().collect();
        let inner = words
            .windows(2)
            .filter(|w| {
                w[0].ends_with(['.', '!', '?', '…'])
                    && w[1]
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c == '"' || c == '“')
            })
            .count();
        inner + usize::from(ends_sentence(t))
    }
    let mut texts: Vec<String> = [
        "Một câu. Hai câu! Ba câu? Bốn… Năm",
        "giá 1.5 triệu. ông nói. “Bà con” vui. \"Ok\" rồi",
        "Mr. Smith.  Ông\u{a0}Nam.\u{2003}Bà.\tAnh.\nEm. . Chị ...Ba ...",
        "kết thúc.",
        "…",
        ".",
        "",
        "A.B. C! D?",
    ]
    .map(String::from)
    .to_vec();
    texts.extend(crate::seed_texts::lines());
    for t in &texts {
        assert_eq!(sentences(t), by_words(t), "{t:?}");
        for max in 0..4 {
            assert_eq!(sentences_at_most(t, max), by_words(t) <= max, "{t:?} {max}");
        }
    }
}
