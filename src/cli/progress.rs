//! The progress bar: documents done (of how many, when known), bytes and MB/s, drawn on stderr
//! only when stderr is a terminal, the run has lasted more than a second, and `--quiet` is not
//! given. Messages printed while it is drawn go through [`eprint`], which lifts the bar out of
//! the way.

use std::io::IsTerminal;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::inputs::{InputFile, Kind};

/// A run shorter than this shows no bar.
const DELAY: Duration = Duration::from_secs(1);

/// The bar currently drawn, for [`eprint`].
static SHOWN: Mutex<Option<ProgressBar>> = Mutex::new(None);

pub struct Progress {
    /// `None` when no bar may be drawn (not a terminal, or `--quiet`).
    bar: Option<ProgressBar>,
    started: Instant,
    /// Documents, when every input is one document (no JSONL file).
    total: Option<u64>,
    done: u64,
    phase: &'static str,
}

impl Progress {
    pub fn start(files: &[InputFile], quiet: bool) -> Self {
        let wanted = !quiet && std::io::stderr().is_terminal();
        let bar = wanted.then(|| {
            let bytes: u64 = files
                .iter()
                .filter_map(|f| std::fs::metadata(&f.path).ok())
                .map(|m| m.len())
                .sum();
            let bar = ProgressBar::with_draw_target(Some(bytes), ProgressDrawTarget::hidden());
            let style = ProgressStyle::with_template(
                "{msg} [{elapsed}] {wide_bar} {decimal_bytes}/{decimal_total_bytes} {decimal_bytes_per_sec}",
            )
            .expect("a valid template");
            bar.set_style(style);
            bar
        });
        let total = (!files.iter().any(|f| f.kind == Kind::Jsonl)).then_some(files.len() as u64);
        Progress {
            bar,
            started: Instant::now(),
            total,
            done: 0,
            phase: "cleaning",
        }
    }

    /// Names what the run is doing (the prescan, then cleaning).
    pub fn phase(&mut self, phase: &'static str) {
        self.phase = phase;
        if let Some(bar) = &self.bar {
            bar.set_position(0);
            bar.reset_elapsed();
        }
        self.show();
    }

    /// Counts documents delivered.
    pub fn advance<T>(&mut self, done: &[sach::corpus::Done<T>]) {
        let Some(bar) = &self.bar else { return };
        self.done += done.len() as u64;
        let bytes: u64 = done.iter().map(|d| d.bytes_read as u64).sum();
        // JSONL records count their text, not the whole line: never run past the end
        let limit = bar.length().unwrap_or(u64::MAX);
        bar.set_position((bar.position() + bytes).min(limit));
        self.show();
    }

    /// Draws the bar once the run has lasted [`DELAY`].
    fn show(&mut self) {
        let Some(bar) = &self.bar else { return };
        let docs = match self.total {
            Some(total) => format!("{} {}/{total} documents", self.phase, self.done),
            None => format!("{} {} documents", self.phase, self.done),
        };
        bar.set_message(docs);
        if bar.is_hidden() && self.started.elapsed() >= DELAY {
            bar.set_draw_target(ProgressDrawTarget::stderr());
            bar.enable_steady_tick(Duration::from_millis(200));
            *SHOWN.lock().unwrap_or_else(|e| e.into_inner()) = Some(bar.clone());
        }
    }

    pub fn finish(self) {
        if let Some(bar) = self.bar {
            bar.finish_and_clear();
        }
        SHOWN.lock().unwrap_or_else(|e| e.into_inner()).take();
    }
}

/// Prints a line on stderr, above the progress bar when one is drawn.
pub fn eprint(line: &str) {
    match SHOWN.lock().unwrap_or_else(|e| e.into_inner()).as_ref() {
        Some(bar) => bar.suspend(|| eprintln!("{line}")),
        None => eprintln!("{line}"),
    }
}
