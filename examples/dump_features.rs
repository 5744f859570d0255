//! The body zone of text dumps as `scripts/fit-dump-model` needs it, computed by the library and
//! nowhere else: per document, its paragraph units with their line features, and with `--model`
//! the zone the cleaner's own decoder finds for each candidate set of thresholds.
//!
//! Usage: `cargo run --release --example dump_features -- [--model M.json --grid G] FILE...`
//! where `G` is `tau,tau_low,block_weight,settle;...` (settle 0 or 1) → stdout, one JSON line per file:
//! `{"file", "units": [text...], "features": [[...]...]}` without `--model`,
//! `{"file", "units": [text...], "zones": [[start, end]...]}` with it (unit ranges, one per
//! grid point; a document left whole is `[0, n]`, a page without a zone `[0, 0]`).
//!
//! Each document is first run through the passes before the boilerplate pass (decoding, NFC,
//! layout: the text the zone sees when cleaning). With 20 or more files, the files' line
//! statistics are the corpus, as in `sach clean` over a folder: they mark template lines that
//! are never the zone's edges. They are not given to the line features: a corpus of syndicated
//! copies of one article would teach the model that recurring prose is chrome, so `corpus_df`
//! stays at zero and gets no weight.

use std::io::{BufWriter, Write};

use sach::boilerplate::corpus::LineStats;
use sach::boilerplate::features::lines;
use sach::boilerplate::zone::{
    decode, features, probabilities, settle, template, units, Model, UnitZone,
};
use sach::boilerplate::Options;
use sach::config::Config;
use sach::passes;
use sach::pipeline::{Metadata, Pipeline};

fn main() -> Result<(), String> {
    let mut args = std::env::args().skip(1).peekable();
    let (mut model, mut grid) = (None, Vec::new());
    while let Some(flag) = args.next_if(|a| a.starts_with("--")) {
        let value = args.next().ok_or(format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--model" => {
                let json = std::fs::read_to_string(&value).map_err(|e| format!("{value}: {e}"))?;
                model = Some(Model::from_json(&json).map_err(|e| format!("{value}: {e}"))?);
            }
            "--grid" => grid = parse_grid(&value)?,
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    let files: Vec<String> = args.collect();
    // the passes that run before the boilerplate pass
    let before: Vec<_> = passes::standard()
        .into_iter()
        .take_while(|p| p.name() != "boilerplate")
        .collect();
    let pipeline = Pipeline::with_passes(Config::default(), before);
    let texts: Vec<(String, String)> = files
        .into_iter()
        .filter_map(|path| match std::fs::read_to_string(&path) {
            Ok(t) => Some((path, t)),
            Err(e) => {
                eprintln!("{path}: {e}");
                None
            }
        })
        .collect();
    // the corpus prescan counts the lines of the decoded text
    let opts = Options::default();
    let mut stats = LineStats::default();
    for (_, t) in &texts {
        stats.observe(t);
    }
    let texts: Vec<(String, String)> = texts
        .into_iter()
        .map(|(path, t)| {
            let text = pipeline.run(t, Metadata::default()).map(|c| c.text);
            (path, text.unwrap_or_default())
        })
        .collect();
    // files without addresses: the corpus's counts alone
    let recurrence = stats.for_site(None);
    let corpus = opts.corpus.threshold(stats.docs()).map(|_| &recurrence);

    let out = std::io::stdout();
    let mut out = BufWriter::new(out.lock());
    for (path, text) in &texts {
        let us = units(&lines(text));
        let names: Vec<&str> = us.iter().map(|u| u.text.as_ref()).collect();
        let row = match &model {
            None => serde_json::json!({"file": path, "units": names,
                                       "features": features(&us)}),
            Some(m) => {
                let p = probabilities(m, &features(&us));
                let is_template = template(corpus, &opts);
                let edge: Vec<bool> = us.iter().map(|u| !is_template(&u.text)).collect();
                let zones: Vec<[usize; 2]> = grid
                    .iter()
                    .map(|&(tau, tau_low, block_weight, settles)| {
                        let m = m.with_zone(tau, tau_low, block_weight, settles);
                        let first = decode(&m, &us, &p, &edge);
                        match settle(&m, &us, &edge, first) {
                            UnitZone::Whole => [0, us.len()],
                            UnitZone::Empty => [0, 0],
                            UnitZone::Units(r) => [r.start, r.end],
                        }
                    })
                    .collect();
                serde_json::json!({"file": path, "units": names, "zones": zones})
            }
        };
        writeln!(out, "{row}").map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

fn parse_grid(g: &str) -> Result<Vec<(f64, f64, f64, bool)>, String> {
    g.split(';')
        .map(|point| {
            let v: Vec<f64> = point
                .split(',')
                .map(|x| x.trim().parse::<f64>().map_err(|e| format!("{point}: {e}")))
                .collect::<Result<_, _>>()?;
            match v[..] {
                [a, b, c, d] => Ok((a, b, c, d != 0.0)),
                _ => Err(format!(
                    "{point}: want tau,tau_low,block_weight,settle(0/1)"
                )),
            }
        })
        .collect()
}
