//! The end markers the lines of a look open with ([`listings::opening_end_marker`]), counted
//! once per look: a heading with its box of teasers glued on its line (`Tin cùng chuyên mục …`,
//! `listings::cue_and_teasers`) ends the article only when no other line of the page opens with
//! the same cue (a heading heads one box; a cue the page writes on many lines is the link under
//! each of its items). Asked line by line, that question read every line of the look for each
//! candidate: a crafted page of a thousand glued `Tin cùng chuyên mục …` lines below a thousand
//! paragraphs cost 3.3 G instructions, nine tenths of them in the look-ups (O(n²)). The index
//! is built on the first candidate of a look (most looks have none) from all its lines, whatever
//! their verdicts so far: the question reads the lines' texts only.

use std::collections::HashMap;

use super::super::options::Options;
use super::State;

/// For each line of a look, the end marker it opens with, and how many lines open with each.
pub(super) struct OpeningCues<'o> {
    of_line: Vec<Option<&'o str>>,
    lines_with: HashMap<&'o str, usize>,
}

impl<'o> OpeningCues<'o> {
    /// The opening cues of the lines of `st` (each line's record keeps its own for the later
    /// looks).
    pub(super) fn of(st: &State<'_, 'o>, opts: &'o Options) -> OpeningCues<'o> {
        let of_line: Vec<Option<&'o str>> = st.lines.iter().map(|l| l.opening_cue(opts)).collect();
        let mut lines_with = HashMap::new();
        for cue in of_line.iter().flatten() {
            *lines_with.entry(*cue).or_insert(0) += 1;
        }
        OpeningCues {
            of_line,
            lines_with,
        }
    }

    /// Whether a line besides line `i` opens with `cue`.
    pub(super) fn another_line_opens(&self, i: usize, cue: &str) -> bool {
        let lines = self.lines_with.get(cue).copied().unwrap_or(0);
        lines > usize::from(self.of_line[i] == Some(cue))
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::listings;
    use super::super::super::record::{self, LineRecord};
    use super::*;
    use crate::config::RuleSelection;

    /// [`OpeningCues::another_line_opens`] as it was asked before: every other line read.
    fn by_reading_every_line(st: &State, i: usize, cue: &str, opts: &Options) -> bool {
        (0..st.lines.len())
            .any(|j| j != i && listings::opening_end_marker(st.text(j), opts) == Some(cue))
    }

    /// The index answers as reading every line, for every line and cue, on pages drawn from
    /// cue lines (alone, with teasers, with headlines, twice or once), prose and blank lines.
    #[test]
    fn the_index_answers_as_reading_every_line() {
        let opts = Options::default();
        let pieces = [
            "Tin cùng chuyên mục Người đàn ông nhặt được ví tiền. Mưa lớn gây ngập phố.\n",
            "Tin cùng chuyên mục\n",
            "Tin liên quan * Giá vàng tăng * Giá xăng giảm\n",
            "Xem thêm: Giá vàng hôm nay\n",
            "Đừng bỏ lỡ Bé trai 5 tuổi bị chó cắn nguy kịch\n",
            "Bình luận\n",
            "Read more\n",
            "Related Articles The city council voted on the new budget. It passed.\n",
            "Theo các chuyên gia, giá vàng sẽ còn tăng trong những tuần tới.\n",
            "\n",
        ];
        let cues = [
            "tin cùng chuyên mục",
            "tin liên quan",
            "xem thêm",
            "đừng bỏ lỡ",
            "bình luận",
            "read more",
            "related articles",
        ];
        let on = RuleSelection::default();
        let mut rng = crate::test_rng::Xorshift::new();
        let (mut yes, mut no) = (0, 0);
        for len in 0..300 {
            let text = rng.text(&pieces, len % 12);
            let records = record::split(&text);
            let lines: Vec<&LineRecord> = records.iter().collect();
            let n = lines.len();
            let st = State::fresh(&lines, &on);
            let index = OpeningCues::of(&st, &opts);
            for i in 0..n {
                for cue in cues {
                    let want = by_reading_every_line(&st, i, cue, &opts);
                    assert_eq!(index.another_line_opens(i, cue), want, "{text:?} {i} {cue}");
                    yes += usize::from(want);
                    no += usize::from(!want);
                }
            }
        }
        assert!(yes > 1000 && no > 1000, "{yes} {no}");
    }
}
