//! The pass pipeline: a document's text goes through an ordered list of passes.
//!
//! Each [`Pass`] reads the current text and returns [`Edit`]s against it; the pipeline checks and
//! applies them and records a [`Stage`]. Passes do not know about each other, about files or about
//! threads: they are pure functions of (text, config), plus the document [`Metadata`] they may
//! fill in (a byline becomes `author`, a URL header becomes `url`). Rule selection: a pass asks
//! [`PassContext::enabled`] before acting on a rule (a disabled rule must not cut text, fill
//! metadata or steer another rule), and the pipeline still drops any edit of a disabled rule, so
//! a pass that does not ask is at worst slower, never wrong about what it reports.
//!
//! Because each stage's edits are in that stage's input coordinates, [`crate::compose`] maps them
//! all back onto the decoded input for diffs and `file:line:col` findings.

use serde::Serialize;

use crate::config::Config;
use crate::dedup::keyed::Keyed;
use crate::edit::{self, Edit, EditError};
use crate::passes;
use crate::rule::Rule;

/// What is known about an article besides its text. Passes move things here instead of deleting
/// them silently (the URL header, the byline, photo captions), so nothing useful is lost.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Metadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub captions: Vec<String>,
    /// HTML pages: article, forum, product, documentation, listing, collection or service.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_type: Option<String>,
}

/// The enabled rules, resolved once from the selectors: a lookup per question, no string
/// matching.
///
/// Asked of every edit of every stage: the rules of the registry are statics, so a rule is
/// first looked for by its address among the enabled ones (a comparison of numbers); only a
/// rule met at another address (a copy) is looked for by its code.
#[derive(Clone, Debug)]
pub struct RuleSet {
    codes: Vec<&'static str>,
    /// The addresses of the enabled rules of [`crate::rule::all`], sorted.
    addresses: Vec<usize>,
}

impl RuleSet {
    pub fn new(config: &Config) -> Self {
        let enabled: Vec<&'static Rule> = crate::rule::all()
            .into_iter()
            .filter(|r| config.rules.enabled(r))
            .collect();
        let mut codes: Vec<&'static str> = enabled.iter().map(|r| r.code).collect();
        codes.sort_unstable();
        let mut addresses: Vec<usize> = enabled.iter().map(|&r| address(r)).collect();
        addresses.sort_unstable();
        RuleSet { codes, addresses }
    }

    pub fn enabled(&self, rule: &Rule) -> bool {
        self.addresses.binary_search(&address(rule)).is_ok()
            || self.codes.binary_search(&rule.code).is_ok()
    }
}

fn address(rule: &Rule) -> usize {
    std::ptr::from_ref(rule) as usize
}

/// What a pass may read and write besides the text.
pub struct PassContext<'a> {
    pub config: &'a Config,
    /// The enabled rules: ask [`PassContext::enabled`].
    pub rules: &'a RuleSet,
    pub meta: &'a mut Metadata,
    /// Line statistics of the whole corpus (a prescan), for corpus-level boilerplate; `None` when
    /// documents are cleaned one by one.
    pub corpus: Option<&'a crate::boilerplate::corpus::LineStats>,
    /// The text is an extracted article (a first stage such as `html` located it), not a page
    /// dump: the text-dump body zone (B015) is not looked for again.
    pub extracted: bool,
    /// The sentences and keys of the text the pass reads, left by the pass that computed them
    /// (the duplicates pass) for the cross-document index; the pipeline makes them follow the
    /// changes of later stages, keying again only the paragraphs a stage changed (see
    /// [`crate::dedup::keyed`]).
    pub sentences: &'a mut Option<Keyed>,
    /// The words of the text the pass reads that the spelling and tone passes look at, left by
    /// the first of them for the other (see [`crate::vietnamese::Words`]); the pipeline drops
    /// them when a stage changes the text.
    pub words: &'a mut Option<crate::vietnamese::Words>,
}

impl PassContext<'_> {
    /// Whether `rule` is enabled: a pass asks before acting on it.
    pub fn enabled(&self, rule: &Rule) -> bool {
        self.rules.enabled(rule)
    }
}

/// One step of cleaning. Implementations are stateless and `Sync`: one pipeline serves all threads.
pub trait Pass: Send + Sync {
    /// Short name shown in reports (`invisibles`, `nfc`, `boilerplate`…).
    fn name(&self) -> &'static str;
    /// The rules whose edits the pass makes: a pass whose rules are all disabled is not run.
    fn rules(&self) -> &'static [&'static Rule];
    /// Edits against `text`, in any order; overlapping changes are a bug of the pass.
    fn run(&self, text: &str, cx: &mut PassContext<'_>) -> Vec<Edit>;
}

/// The edits one pass made, in that pass's input coordinates, sorted by position.
#[derive(Clone, Debug, Serialize)]
pub struct Stage {
    pub pass: &'static str,
    pub edits: Vec<Edit>,
    /// `before[i]` is the text `edits[i]` replaced in the pass input: what was cut is never
    /// lost. Empty for a report-only edit, which replaces nothing (its text is the input's, and
    /// no reader asks for it: a report of a whole document copied the document).
    pub before: Vec<String>,
}

impl Stage {
    /// Records `edits` (sorted and checked against `input`).
    pub fn new(pass: &'static str, input: &str, edits: Vec<Edit>) -> Self {
        let before = edits
            .iter()
            .map(|e| {
                if e.changes_text() {
                    input[e.span.clone()].to_string()
                } else {
                    String::new()
                }
            })
            .collect();
        Stage {
            pass,
            edits,
            before,
        }
    }
}

/// A document after all passes.
#[derive(Clone, Debug)]
pub struct Cleaned {
    /// The text the first pass saw (the decoded input).
    pub input: String,
    /// The clean text: every stage's edits applied in order.
    pub text: String,
    pub stages: Vec<Stage>,
    pub meta: Metadata,
    /// The sentences and keys of `text` when a pass computed them (followed through the later
    /// stages): what the cross-document index would compute again (see
    /// [`crate::dedup::keyed`]).
    pub sentences: Option<Keyed>,
}

impl Cleaned {
    /// All edits of all stages, in stage order.
    pub fn edits(&self) -> impl Iterator<Item = &Edit> {
        self.stages.iter().flat_map(|s| s.edits.iter())
    }
}

/// An ordered list of passes plus the configuration they share.
pub struct Pipeline {
    config: Config,
    rules: RuleSet,
    passes: Vec<Box<dyn Pass>>,
}

impl Pipeline {
    /// The standard pipeline for `config`.
    pub fn new(config: Config) -> Self {
        Self::with_passes(config, passes::standard())
    }

    /// A pipeline with explicit passes (tests, benchmarks of a single pass).
    pub fn with_passes(config: Config, mut passes: Vec<Box<dyn Pass>>) -> Self {
        let rules = RuleSet::new(&config);
        passes.retain(|p| p.rules().iter().any(|r| rules.enabled(r)));
        Pipeline {
            config,
            rules,
            passes,
        }
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The enabled rules.
    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// Runs every pass over `input`. An error means a pass produced invalid edits (a bug), and
    /// names the pass.
    pub fn run(&self, input: String, meta: Metadata) -> Result<Cleaned, EditError> {
        self.run_with(input, meta, None)
    }

    /// [`Pipeline::run`] with corpus line statistics from a prescan (see
    /// [`crate::boilerplate::corpus`]).
    pub fn run_with(
        &self,
        input: String,
        meta: Metadata,
        corpus: Option<&crate::boilerplate::corpus::LineStats>,
    ) -> Result<Cleaned, EditError> {
        self.run_after(input, None, meta, corpus)
    }

    /// Runs the passes after a first stage made outside the pipeline (the HTML extraction: its
    /// edits delete blocks of the page text `input`). Rule selection applies to it as to a pass.
    pub fn run_after(
        &self,
        input: String,
        first: Option<(&'static str, Vec<Edit>)>,
        mut meta: Metadata,
        corpus: Option<&crate::boilerplate::corpus::LineStats>,
    ) -> Result<Cleaned, EditError> {
        // the text is the input until a stage changes it: the text before that change is the
        // input, kept then (a copy of the whole document otherwise, most often for nothing)
        let mut text = input;
        let mut input = None;
        let mut stages = Vec::with_capacity(self.passes.len() + 1);
        let extracted = first.is_some();
        if let Some((name, edits)) = first {
            input = self.record(name, edits, &mut text, &mut stages)?;
        }
        let mut sentences = None;
        let mut words = None;
        for pass in &self.passes {
            let mut cx = PassContext {
                config: &self.config,
                rules: &self.rules,
                meta: &mut meta,
                corpus,
                extracted,
                sentences: &mut sentences,
                words: &mut words,
            };
            let edits = pass.run(&text, &mut cx);
            if let Some(before) = self.record(pass.name(), edits, &mut text, &mut stages)? {
                let stage = stages.last().expect("the stage that changed the text");
                words = words.and_then(|w| w.follow(&before, &stage.edits, &text));
                if let Some(keyed) = sentences.as_mut() {
                    keyed.follow_edits(&before, &stage.edits, &text, &self.config.duplicates);
                }
                input.get_or_insert(before);
            }
        }
        Ok(Cleaned {
            input: input.unwrap_or_else(|| text.clone()),
            text,
            stages,
            meta,
            sentences,
        })
    }

    /// Checks a stage's edits against `text`, records them and applies them; returns the text
    /// before when they changed it.
    fn record(
        &self,
        name: &'static str,
        mut edits: Vec<Edit>,
        text: &mut String,
        stages: &mut Vec<Stage>,
    ) -> Result<Option<String>, EditError> {
        // a stage's edits come in runs of one rule: each run is asked about once
        let mut last: Option<(&Rule, bool)> = None;
        edits.retain(|e| {
            let enabled = match last {
                Some((rule, enabled)) if std::ptr::eq(rule, e.rule) => enabled,
                _ => {
                    let enabled = self.rules.enabled(e.rule);
                    last = Some((e.rule, enabled));
                    enabled
                }
            };
            #[cfg(test)]
            if !enabled {
                tests::DROPPED.with_borrow_mut(|dropped| dropped.push((name, e.rule.code)));
            }
            enabled
        });
        edit::sort_and_check(text, &mut edits)
            .map_err(|e| EditError(format!("pass `{name}`: {e}")))?;
        if edits.is_empty() {
            return Ok(None);
        }
        let stage = Stage::new(name, text, edits);
        let before = if stage.edits.iter().any(Edit::changes_text) {
            let after = edit::apply(text, &stage.edits);
            Some(std::mem::replace(text, after))
        } else {
            None
        };
        stages.push(stage);
        Ok(before)
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::path::Path;

    use super::Pipeline;
    use crate::boilerplate::corpus::LineStats;
    use crate::config::Config;
    use crate::FormatHint;

    thread_local! {
        /// The edits of disabled rules [`Pipeline::record`] dropped on this thread: the stage
        /// and the rule's code.
        pub(super) static DROPPED: RefCell<Vec<(&'static str, &'static str)>> =
            const { RefCell::new(Vec::new()) };
    }

    /// The shipped documents: raw/, the real-page dumps and held-out documents of
    /// tests/boilerplate, and the Vietnamese HTML pages of tests/html/vi/dev.
    fn documents() -> Vec<Vec<u8>> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
        let mut docs: Vec<Vec<u8>> = crate::seed_texts::raw()
            .into_iter()
            .map(String::into_bytes)
            .collect();
        for dir in [
            "boilerplate/dumps/w3m",
            "boilerplate/dumps/lynx",
            "boilerplate/heldout",
            "html/vi/dev/html",
        ] {
            let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
                .expect("tests/ is readable")
                .map(|entry| entry.expect("readable").path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "html"))
                .collect();
            paths.sort();
            docs.extend(paths.iter().map(|p| std::fs::read(p).expect("readable")));
        }
        docs
    }

    /// Rule selection decides what runs: with any one rule off, no stage makes an edit of it
    /// (the pipeline drops such an edit, but a rule that acts and is dropped has still steered
    /// the rules after it: it took a line they then stepped around). Over the shipped documents,
    /// text and HTML, with their line statistics, so the corpus rules run too.
    #[test]
    fn every_pass_asks_before_acting_on_a_rule() {
        let docs = documents();
        let mut stats = LineStats::default();
        for d in &docs {
            stats.observe(&String::from_utf8_lossy(d));
        }
        let mut leaks = Vec::new();
        for rule in crate::rule::all() {
            let ignore = format!("[rules]\nignore = [\"{}\"]\n", rule.code);
            let pipeline = Pipeline::new(Config::from_toml(&ignore).expect("a rule's code"));
            for d in &docs {
                crate::process_with(&pipeline, d, FormatHint::Sniff, Some(&stats))
                    .expect("a clean run");
            }
            let mut dropped = DROPPED.take();
            dropped.dedup();
            if !dropped.is_empty() {
                leaks.push(format!("with {} off: {dropped:?}", rule.code));
            }
        }
        assert!(leaks.is_empty(), "{}", leaks.join("\n"));
    }
}
