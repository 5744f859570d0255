//! Cleaning is idempotent: the clean texts of raw/ come out of a second run unchanged, and
//! accented English, French and German text is never "repaired" into Vietnamese.

use sach::config::Config;
use sach::pipeline::Pipeline;

#[test]
fn a_second_run_changes_nothing() {
    let pipeline = Pipeline::new(Config::default());
    for entry in std::fs::read_dir("clean").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).unwrap();
            let again = sach::process(&pipeline, text.as_bytes()).unwrap();
            assert_eq!(
                again.cleaned.text,
                text,
                "{} changes on a second run",
                path.display()
            );
        }
    }
}

#[test]
fn foreign_accented_text_is_left_alone() {
    let pipeline = Pipeline::new(Config::default());
    let texts = [
        "Le café de la gare était fermé ; nous avons déjeuné à l'hôtel, où le maître d'hôtel nous a servi une crème brûlée.\n",
        "Die Größe des Gebäudes überraschte die Besucher; für Ärzte und Bürger gab es Führungen über die Straße.\n",
        "The naïve résumé of the coöperative's façade was reviewed by Zoë and Renée at the café.\n",
        "Í fjörðum Íslands búa fáir; Ðað er gott veður í dag, sagði hún við Þórð.\n",
    ];
    for text in texts {
        let doc = sach::process(&pipeline, text.as_bytes()).unwrap();
        assert_eq!(
            doc.cleaned.text,
            text,
            "changed: {:?}",
            doc.cleaned.edits().collect::<Vec<_>>()
        );
    }
}

/// The body zone (B015) acts on real dumps: a second run over its output should find the same
/// zone. It does not yet: the zone scores lines with their neighbours, so with chrome gone a
/// second run cuts a site name, menu or author line left at the edges (6 of 12 w3m dumps, 5 of
/// 12 lynx). Looking for the zone again inside the zone until it holds (`settle` in
/// data/dump-model.json) is in the grid of scripts/fit-dump-model and is not chosen: on the even
/// half it deletes more articles (best with it: 20 training articles deleted, without: 12).
#[test]
#[ignore = "body zone (B015) is not yet idempotent on real dumps (issue 11)"]
fn a_second_run_over_cleaned_dumps_changes_nothing() {
    let pipeline = Pipeline::new(Config::default());
    for dumper in ["w3m", "lynx"] {
        let dir = std::path::Path::new("tests/boilerplate/dumps").join(dumper);
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let once = sach::process(&pipeline, &std::fs::read(&path).unwrap())
                .unwrap()
                .cleaned
                .text;
            let twice = sach::process(&pipeline, once.as_bytes()).unwrap();
            assert_eq!(
                twice.cleaned.text,
                once,
                "{} changes on a second run",
                path.display()
            );
        }
    }
}
