//! Configuration: `sach.toml` in the working directory, or the file given with `--config`.
//!
//! Every section is optional and every field has a default, so an empty file is valid and a
//! config written for an older sach keeps working. Unknown keys are rejected, so a typo in a
//! rule list fails loudly instead of silently doing nothing.
//!
//! ```toml
//! [rules]
//! select = ["ALL"]          # codes, code prefixes ("B", "N00"), names, or "ALL"
//! ignore = ["N005"]         # wins over select
//! ```

use serde::Deserialize;

use crate::rule::Rule;

/// The whole configuration.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Decode every input with this encoding instead of detecting it (`tcvn3`, `vni`, or any
    /// WHATWG label such as `windows-1258`).
    pub encoding: Option<String>,
    pub rules: RuleSelection,
    pub boilerplate: crate::boilerplate::Options,
    pub duplicates: crate::dedup::Options,
    pub normalize: crate::vietnamese::Options,
    /// `[html] page_types`: which page types HTML input keeps.
    pub html: crate::html::page_type::Options,
}

impl Config {
    /// Parses a `sach.toml` text.
    pub fn from_toml(text: &str) -> Result<Self, String> {
        let config: Config = toml::from_str(text).map_err(|e| e.to_string())?;
        config.rules.validate()?;
        config.validate_encoding()?;
        config.html.validate()?;
        Ok(config)
    }
}

impl Config {
    /// A forced encoding must be one sach can decode.
    pub fn validate_encoding(&self) -> Result<(), String> {
        match &self.encoding {
            Some(name) if !crate::decode::known_encoding(name) => Err(format!(
                "unknown encoding `{name}` (tcvn3, vni, or a WHATWG label such as windows-1258)"
            )),
            _ => Ok(()),
        }
    }
}

/// Which rules may change text or report. `ignore` wins over `select`.
#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RuleSelection {
    pub select: Vec<String>,
    pub ignore: Vec<String>,
}

impl Default for RuleSelection {
    fn default() -> Self {
        RuleSelection {
            select: vec!["ALL".into()],
            ignore: Vec::new(),
        }
    }
}

impl RuleSelection {
    pub fn enabled(&self, rule: &Rule) -> bool {
        self.select.iter().any(|s| rule.matches(s)) && !self.ignore.iter().any(|s| rule.matches(s))
    }

    /// Whether any of `rules` is enabled (a pass whose rules are all disabled can be skipped).
    pub fn select_any(&self, rules: &[&Rule]) -> bool {
        rules.iter().any(|r| self.enabled(r))
    }

    /// Every selector must name at least one rule.
    pub fn validate(&self) -> Result<(), String> {
        let rules = crate::rule::all();
        for s in self.select.iter().chain(&self.ignore) {
            if !rules.iter().any(|r| r.matches(s)) {
                return Err(format!("unknown rule selector `{s}` (see `sach rules`)"));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rule::find;

    #[test]
    fn ignore_wins_and_prefixes_work() {
        let c = Config::from_toml("[rules]\nselect = [\"N\"]\nignore = [\"N001\"]\n").unwrap();
        assert!(!c.rules.enabled(find("N001").unwrap()));
        assert!(c.rules.enabled(find("N002").unwrap()));
        assert!(!c.rules.enabled(find("E001").unwrap()));
    }

    #[test]
    fn typos_are_errors() {
        assert!(Config::from_toml("[rules]\nignore = [\"X999\"]\n").is_err());
        assert!(Config::from_toml("[rulez]\n").is_err());
        assert!(Config::from_toml("").is_ok());
    }
}
