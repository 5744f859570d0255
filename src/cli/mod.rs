//! Command-line interface: parses arguments, loads the configuration, and hands over to one
//! subcommand module. Exit codes follow ruff: 0 success, 1 findings, 2 usage, config or I/O error.

mod check;
mod clean;
mod diff;
mod index;
mod inputs;
mod jobs;
mod json_record;
mod metadata_line;
mod output;
mod progress;
mod read_back;
mod report_file;
mod review_page;
mod rules;
mod runner;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use sach::config::Config;
use sach::pipeline::Pipeline;

/// Usage, configuration or I/O error (clap also exits 2 on usage errors).
pub const EXIT_ERROR: u8 = 2;

/// Validate and clean scraped Vietnamese news text.
///
/// `sach clean raw --out clean` writes one cleaned .txt per input and `clean/report.json`, which
/// records every change with its rule and reason (schema: see the README section "report.json",
/// or the doc of `sach::report`). `sach rules` lists the rules; `sach rule CODE` explains one.
#[derive(Parser)]
#[command(name = "sach", version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Clean documents: write clean texts and report.json under --out.
    Clean(CleanArgs),
    /// Lint documents without writing: findings as path:line:col, exit 1 when any.
    Check(CheckArgs),
    /// Show what clean would change, with the rule and reason of every change.
    Diff(DiffArgs),
    /// List every rule.
    Rules,
    /// Explain one rule (by code or name).
    Rule { code: String },
    /// Index shards for a run split over machines: line statistics, then keys (`index merge`
    /// combines indexes; `clean --index` uses the merged one). See the README, "Beyond one
    /// machine".
    Index(IndexArgs),
}

/// Where a JSONL record holds what sach reads.
#[derive(Args, Clone)]
pub struct RecordFields {
    /// JSONL inputs: the field holding the document text.
    #[arg(long, default_value = "text", value_name = "NAME")]
    pub text_field: String,
    /// JSONL inputs: the field holding the document's URL, whose site groups the corpus line
    /// statistics (rule B012 finds each site's template lines among its own documents); it
    /// fills the metadata's `url`.
    #[arg(long, default_value = "url", value_name = "NAME")]
    pub url_field: String,
}

#[derive(Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct IndexArgs {
    #[command(subcommand)]
    pub merge: Option<IndexCommand>,
    /// Shards: files and folders, named by the same paths in every phase.
    #[arg(required = true, value_name = "SHARD")]
    pub paths: Vec<PathBuf>,
    /// The index file to write.
    #[arg(long, short, required = true, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Only the line statistics (the first phase).
    #[arg(long, conflicts_with = "index")]
    pub stats_only: bool,
    /// The merged statistics of all shards (from the first phase) to clean the documents with.
    #[arg(long, value_name = "FILE")]
    pub index: Option<PathBuf>,
    #[command(flatten)]
    pub fields: RecordFields,
    #[command(flatten)]
    pub pipeline: PipelineArgs,
}

#[derive(Subcommand)]
pub enum IndexCommand {
    /// Merge index files: statistics summed, each key's first occurrence kept.
    Merge {
        /// Index files, in any order (the result does not depend on it).
        #[arg(required = true, value_name = "INDEX")]
        indexes: Vec<PathBuf>,
        /// The merged index file to write.
        #[arg(long, short, value_name = "FILE")]
        out: PathBuf,
    },
}

/// Options shared by the commands that run the pipeline.
#[derive(Args)]
pub struct PipelineArgs {
    /// Configuration file (default: ./sach.toml if present).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Rules to run: codes, prefixes (`N`, `B1`), names or `ALL` (overrides the config).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub select: Vec<String>,
    /// Rules to skip (added to the config's `ignore`).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub ignore: Vec<String>,
    /// Read every input once first and drop lines that recur across many documents (rule B012;
    /// thresholds in `[boilerplate.corpus]`).
    #[arg(long)]
    pub corpus_lines: bool,
    /// Decode every input with this encoding instead of detecting it: tcvn3, vni, or a WHATWG
    /// label (windows-1258, utf-16le, latin1…).
    #[arg(long, value_name = "NAME")]
    pub encoding: Option<String>,
    /// Largest document read, in MiB (a file, a JSONL record or stdin); a larger one fails with
    /// an error naming it. Memory peaks at about 12 times the size of the documents in flight.
    #[arg(long, value_name = "MiB", default_value_t = 64)]
    pub max_document_mb: u64,
    /// Worker threads (default: one per core). Output does not depend on it.
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
    /// No progress bar (it is drawn on stderr only when stderr is a terminal and the run lasts
    /// more than a second).
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

#[derive(Args)]
pub struct DiffArgs {
    /// Files and folders (as for clean); `-` reads one document from stdin.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Read the changes back from the edit log of `sach clean --edits FILE` instead of running
    /// the pipeline; PATH is then the `--out` folder of that run (its report.json lists the
    /// documents). Prints what `sach diff INPUT` prints.
    #[arg(long, value_name = "FILE")]
    pub from_edits: Option<PathBuf>,
    /// Write the HTML review page to FILE instead of printing the diff (the page of
    /// `sach clean --report-html`; with --from-edits, drawn from the log).
    #[arg(long, value_name = "FILE")]
    pub report_html: Option<PathBuf>,
    /// When to colour: auto (a terminal and NO_COLOR unset), always, never.
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,
    #[command(flatten)]
    pub fields: RecordFields,
    #[command(flatten)]
    pub pipeline: PipelineArgs,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

impl From<ColorWhen> for anstream::ColorChoice {
    fn from(c: ColorWhen) -> Self {
        match c {
            ColorWhen::Auto => anstream::ColorChoice::Auto,
            ColorWhen::Always => anstream::ColorChoice::Always,
            ColorWhen::Never => anstream::ColorChoice::Never,
        }
    }
}

#[derive(Args)]
pub struct CheckArgs {
    /// Files and folders to check (as for clean); `-` reads one document from stdin.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Also check the paths listed in FILE, one per line (`-`: stdin). An empty list is success.
    #[arg(long, value_name = "FILE", conflicts_with = "files_from0")]
    pub files_from: Option<PathBuf>,
    /// As --files-from, NUL-separated (`git diff -z --name-only`, `find -print0`): any file name
    /// works, non-ASCII and newlines included.
    #[arg(long, value_name = "FILE")]
    pub files_from0: Option<PathBuf>,
    /// concise, full, json, github, sarif (default: github under GitHub Actions, else concise).
    #[arg(long, value_name = "FORMAT", value_parser = clap::builder::ValueParser::new(|s: &str| s.parse::<sach::findings::Format>()))]
    pub output_format: Option<sach::findings::Format>,
    /// Fail (exit 1) on warnings too, not only on errors.
    #[arg(long)]
    pub fail_on_warning: bool,
    /// Instead of linting, fail when DIR differs from what `sach clean PATH --out DIR` writes now.
    #[arg(long, value_name = "DIR")]
    pub against: Option<PathBuf>,
    /// Read the findings back from the edit log of `sach clean --edits FILE` instead of running
    /// the pipeline; PATH is then the `--out` folder of that run (its report.json lists the
    /// documents). Prints what `sach check INPUT` prints (all formats but `full`).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["against", "files_from", "files_from0"])]
    pub from_edits: Option<PathBuf>,
    #[command(flatten)]
    pub fields: RecordFields,
    #[command(flatten)]
    pub pipeline: PipelineArgs,
}

#[derive(Args)]
pub struct CleanArgs {
    /// Files and folders to clean. Folders are walked recursively for .txt, .text, files without
    /// extension, .jsonl, .html, .htm, .xhtml, and each of them gzipped (.txt.gz, .jsonl.gz,
    /// .html.gz…); a file named here is read whatever its name, as HTML when it looks like HTML.
    /// `-` cleans stdin to stdout.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output folder: mirrors the input paths, plus report.json.
    #[arg(long, short, value_name = "DIR")]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub fields: RecordFields,
    /// Also write a self-contained HTML review report (changes with their rule and reason; on
    /// big runs a sample of up to 50 documents per rule).
    #[arg(long, value_name = "FILE")]
    pub report_html: Option<PathBuf>,
    /// Also write the edit log: JSON Lines, one line per edit and finding (rule, span, line,
    /// column, operation, text before and after, reason).
    #[arg(long, value_name = "FILE")]
    pub edits: Option<PathBuf>,
    /// A merged index of all shards (`sach index`): its line statistics replace the prescan, and
    /// sentences and documents that first occur in an earlier shard count as copies.
    #[arg(long, value_name = "FILE")]
    pub index: Option<PathBuf>,
    #[command(flatten)]
    pub pipeline: PipelineArgs,
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Rules => rules::list(),
        Command::Rule { code } => rules::explain(&code),
        Command::Clean(args) => match pipeline(&args.pipeline) {
            Ok(p) => with_threads(args.pipeline.threads, || clean::run(&args, &p)),
            Err(e) => fail(&e),
        },
        Command::Diff(args) => match pipeline(&args.pipeline) {
            Ok(p) => with_threads(args.pipeline.threads, || diff::run(&args, &p)),
            Err(e) => fail(&e),
        },
        Command::Index(IndexArgs {
            merge: Some(IndexCommand::Merge { indexes, out }),
            ..
        }) => index::merge(&indexes, &out),
        Command::Index(args) => match pipeline(&args.pipeline) {
            Ok(p) => with_threads(args.pipeline.threads, || index::run(&args, &p)),
            Err(e) => fail(&e),
        },
        Command::Check(args) => match pipeline(&args.pipeline) {
            Ok(p) => with_threads(args.pipeline.threads, || check::run(&args, &p)),
            Err(e) => fail(&e),
        },
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("sach: error: {message}");
    ExitCode::from(EXIT_ERROR)
}

/// Loads the configuration (explicit file, else ./sach.toml, else defaults) and applies the
/// command-line rule selection.
fn pipeline(args: &PipelineArgs) -> Result<Pipeline, String> {
    let path = args
        .config
        .clone()
        .or_else(|| Some(PathBuf::from("sach.toml")).filter(|p| p.is_file()));
    let mut config = match &path {
        Some(p) => {
            let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
            Config::from_toml(&text).map_err(|e| format!("{}: {e}", p.display()))?
        }
        None => Config::default(),
    };
    if !args.select.is_empty() {
        config.rules.select = args.select.clone();
    }
    config.rules.ignore.extend(args.ignore.iter().cloned());
    config.boilerplate.corpus.enabled |= args.corpus_lines;
    if args.encoding.is_some() {
        config.encoding = args.encoding.clone();
    }
    inputs::set_max_document_bytes(args.max_document_mb.saturating_mul(1 << 20));
    config.validate_encoding()?;
    config.rules.validate()?;
    Ok(Pipeline::new(config))
}

fn with_threads(threads: Option<usize>, f: impl FnOnce() -> ExitCode + Send) -> ExitCode {
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = threads {
        builder = builder.num_threads(n.max(1));
    }
    match builder.build() {
        Ok(pool) => pool.install(f),
        Err(e) => fail(&format!("cannot start worker threads: {e}")),
    }
}
