//! The HTML review report: one self-contained file (inline CSS and JS, no network) that a
//! reviewer opens to see what cleaning changed and why.
//!
//! It must stay usable for 10,000 documents, so each document is a collapsed `<details>` whose
//! text is rendered only when opened, from a JSON blob embedded in the page; unchanged text far
//! from any change is elided in that blob to bound the file size. All scraped text reaches the
//! page either HTML-escaped or as JSON with `<` escaped and is inserted with `textContent`, so a
//! document containing `<script>` shows as text. Output order is input order: the file is
//! deterministic and can be snapshot-tested.

use std::fmt::Write;

use serde_json::json;

use std::collections::BTreeMap;

use crate::report::{EditReport, Summary};
use crate::review::{reveal, Source};
use crate::rule::{self, Visibility};

/// Unchanged characters kept around each change in the embedded text.
const KEEP: usize = 240;

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// One document's `<details>` element (with its lazily rendered data), drawn from the same
/// [`Source`] as `sach diff`: a document just processed, or one read back from the edit log
/// (`sach diff --from-edits LOG DIR --report-html FILE`) — both give the same bytes.
pub fn document(index: usize, name: &str, source: &Source) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for e in source.edits {
        *counts.entry(e.rule.code).or_default() += 1;
    }
    let classes: String = counts.keys().map(|c| format!(" r-{c}")).collect();
    let badges: String = counts
        .iter()
        .map(|(c, n)| format!("<span class=\"badge\">{c}×{n}</span>"))
        .collect();
    let input = source.input;
    let mut segments = Vec::new();
    if source.changes.is_empty() {
        // the edit log keeps no text of an unchanged document: neither view shows it
        segments.push(json!(["=", unchanged(source.chars_in)]));
    } else {
        let mut at = 0;
        for ch in source.changes {
            segments.push(json!([
                "=",
                elide(&input[at..ch.span.start], at == 0, false)
            ]));
            let edits: Vec<&EditReport> = ch.edits.iter().map(|&i| &source.edits[i]).collect();
            let rules: Vec<&str> = edits.iter().map(|e| e.rule.code).collect();
            let mut why: Vec<String> = edits
                .iter()
                .map(|e| format!("{} {}: {}", e.rule.code, e.rule.name, e.reason))
                .collect();
            why.extend(
                crate::review::words::label(&input[ch.span.clone()], &ch.after)
                    .map(|l| format!("({l})")),
            );
            let invisible = edits
                .iter()
                .all(|e| e.rule.visibility == Visibility::Invisible);
            segments.push(json!([
                "-",
                reveal_if(invisible, &input[ch.span.clone()]),
                rules,
                why,
                invisible
            ]));
            if !ch.after.is_empty() {
                segments.push(json!([
                    "+",
                    reveal_if(invisible, &ch.after),
                    rules,
                    why,
                    invisible
                ]));
            }
            at = ch.span.end;
        }
        segments.push(json!(["=", elide(&input[at..], false, true)]));
    }
    let data = serde_json::to_string(&segments)
        .expect("segments serialize")
        .replace('<', "\\u003c");
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<details class=\"doc{classes}\" id=\"doc-{index}\"><summary><span class=\"path\">{}</span> {} → {} chars {badges}</summary>\
<div class=\"text\"></div><script type=\"application/json\">{data}</script></details>",
        escape(name),
        source.chars_in,
        source.chars_out,
    );
    out
}

/// A failed document's entry.
pub fn failed(index: usize, name: &str, error: &str) -> String {
    format!(
        "<details class=\"doc failed\" id=\"doc-{index}\"><summary><span class=\"path\">{}</span> <span class=\"error\">{}</span></summary></details>\n",
        escape(name),
        escape(error)
    )
}

fn reveal_if(invisible: bool, s: &str) -> String {
    if invisible {
        reveal(s)
    } else {
        s.to_string()
    }
}

/// Unchanged text with only KEEP characters kept next to the changes around it.
fn elide(s: &str, document_start: bool, document_end: bool) -> String {
    let chars: Vec<char> = s.chars().collect();
    let head = if document_start { 0 } else { KEEP };
    let tail = if document_end { 0 } else { KEEP };
    if chars.len() <= head + tail + 40 {
        return s.to_string();
    }
    let mut out: String = chars[..head].iter().collect();
    out.push_str(&unchanged(chars.len() - head - tail));
    out.extend(&chars[chars.len() - tail..]);
    out
}

/// The marker standing for `hidden` unchanged characters (the page draws it dimmed).
fn unchanged(hidden: usize) -> String {
    if hidden == 0 {
        return String::new();
    }
    format!("\u{2063}[… {hidden} unchanged characters …]\u{2063}")
}

/// Documents shown per rule (and failed or unchanged documents shown) on a big run.
pub const PER_RULE: usize = 50;

/// Which documents the page shows: a big run's page would be megabytes per thousand documents,
/// so each rule gets up to [`PER_RULE`] documents, in input order (the first ones it changed);
/// a document is shown while any of its rules still has room. Failed documents and documents
/// without findings get [`PER_RULE`] places each. Small runs are shown whole.
#[derive(Debug, Default)]
pub struct Sample {
    per_rule: BTreeMap<&'static str, usize>,
    failed: usize,
    untouched: usize,
    shown: usize,
    seen: usize,
}

impl Sample {
    /// Whether a document is shown (its edits, or `None` when it failed); call once per
    /// document, in input order.
    pub fn wants(&mut self, edits: Option<&[EditReport]>) -> bool {
        self.seen += 1;
        let wanted = match edits {
            None => {
                self.failed += 1;
                self.failed <= PER_RULE
            }
            Some([]) => {
                self.untouched += 1;
                self.untouched <= PER_RULE
            }
            Some(edits) => {
                let mut wanted = false;
                for e in edits {
                    wanted |= self.per_rule.get(e.rule.code).is_none_or(|&n| n < PER_RULE);
                }
                if wanted {
                    let mut codes: Vec<&'static str> = edits.iter().map(|e| e.rule.code).collect();
                    codes.sort_unstable();
                    codes.dedup();
                    for code in codes {
                        *self.per_rule.entry(code).or_default() += 1;
                    }
                }
                wanted
            }
        };
        self.shown += usize::from(wanted);
        wanted
    }

    /// The page's note on what it shows.
    fn note(&self) -> String {
        if self.shown == self.seen {
            format!(
                "All {} are shown.",
                crate::review::count(self.seen, "document")
            )
        } else {
            format!(
                "A sample: {} of {} are shown, the first ones (in input order) of each rule \
up to {PER_RULE} per rule, and up to {PER_RULE} failed and {PER_RULE} unchanged ones. \
Every change of every document is in the edit log (<code>sach clean --edits FILE</code>).",
                self.shown,
                crate::review::count(self.seen, "document"),
            )
        }
    }
}

/// The whole page: summary, rule table with filters, then the document entries.
pub fn page(summary: &Summary, sample: &Sample, documents: &str) -> String {
    format!("{}{documents}{}", head(summary, sample), tail())
}

/// The page up to the document entries (which can be streamed in between).
pub fn head(summary: &Summary, sample: &Sample) -> String {
    let t = &summary.totals;
    let mut rules = String::new();
    for (code, r) in &summary.rules {
        let rule = rule::find(code);
        let invisible = rule.is_some_and(|r| r.visibility == Visibility::Invisible);
        let _ = writeln!(
            rules,
            "<tr><td><label><input type=\"checkbox\" checked data-rule=\"{code}\"> <code>{code}</code></label></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(r.name),
            escape(rule.map_or("", |r| r.summary)),
            r.edits + r.findings,
            r.documents,
            r.chars_removed,
            if invisible { "invisible" } else { "" }
        );
    }
    format!(
        "<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>sach review</title><style>{CSS}</style></head><body>\n\
<h1>sach review</h1>\n<table class=\"summary\"><tr><th>documents</th><th>failed</th><th>changed</th><th>edits</th><th>characters before</th><th>characters after</th></tr>\
<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr></table>\n\
<h2>Rules</h2><p>Untick a rule to hide its changes and the documents that only it changed.</p>\n\
<table class=\"rules\"><tr><th>rule</th><th>name</th><th>what it does</th><th>edits and findings</th><th>documents</th><th>characters removed</th><th></th></tr>\n{rules}</table>\n\
<h2>Documents</h2><p class=\"sample\">{}</p><p class=\"legend\"><del>removed</del> <ins>added</ins> <span class=\"inv\">invisible change (looks the same on screen)</span> — open a document to see its text; hover a change for its rule and reason.</p>\n\
<div id=\"docs\">\n",
        t.documents, t.failed, t.changed, t.edits, t.chars_in, t.chars_out, sample.note()
    )
}

/// The page after the document entries.
pub fn tail() -> String {
    format!("</div>\n<script>{FILTER_JS}{JS}</script></body></html>\n")
}

const CSS: &str = "body{font:14px/1.5 system-ui,sans-serif;margin:2em;max-width:1200px;color:#222}\
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left;vertical-align:top}\
th{background:#f3f3f3}.rules td:nth-child(n+4){text-align:right}details.doc{border:1px solid #ddd;margin:.3em 0;padding:.2em .6em;border-radius:4px}\
summary{cursor:pointer}.path{font-family:monospace;font-weight:600}.badge{font:11px monospace;background:#eef;border-radius:3px;padding:0 .3em;margin-left:.3em}\
.text{white-space:pre-wrap;font-family:Georgia,serif;margin:.5em 0;padding:.5em;background:#fafafa}\
del{background:#fdd;color:#900;text-decoration:line-through}ins{background:#dfd;color:#060;text-decoration:none}\
.inv{outline:1px dashed #c80;background:#ffe9b3}.tag{font:10px monospace;color:#557;margin:0 .2em;cursor:help}\
.rules td:first-child{white-space:nowrap}.elided{color:#888;font-style:italic}.error{color:#b00}.hidden{display:none}\
del.kept{background:none;color:inherit;text-decoration:none}";

/// What a change looks like when some rules are unticked: a change whose rules are all unticked
/// shows the text as it was before them — its removed part plain (`kept`), its added part and
/// its rule tag hidden — so unticking N002 shows `Ngài⟨U+00A0⟩Miklós`, never `NgàiMiklós`.
/// Applied to every element when a box changes and to each element as a document is opened.
const FILTER_JS: &str = r#"
var hidden={};
function filterState(tag,classes,hidden){
  var rules=classes.filter(function(c){return c.indexOf('r-')===0;});
  if(!(rules.length>0&&rules.every(function(c){return hidden[c.slice(2)];}))) return '';
  return tag==='DEL'?'kept':'hidden';
}
function applyFilter(el){
  var state=filterState(el.tagName,Array.prototype.slice.call(el.classList),hidden);
  el.classList.toggle('kept',state==='kept'); el.classList.toggle('hidden',state==='hidden');
}
"#;

const JS: &str = r#"
function render(d){
  var box=d.querySelector('.text'); if(box.dataset.done) return; box.dataset.done=1;
  var segs=JSON.parse(d.querySelector('script').textContent);
  segs.forEach(function(s,i){
    var el;
    if(s[0]==='='){
      s[1].split('\u2063').forEach(function(part,i){
        var span=document.createElement('span'); if(i%2) span.className='elided';
        span.textContent=part; box.appendChild(span);});
      return;
    }
    el=document.createElement(s[0]==='-'?'del':'ins');
    var breaks=(s[1].match(/\n+$/)||[''])[0]; // keep the rule tag on the changed line
    el.textContent=s[1].slice(0,s[1].length-breaks.length); el.title=s[3].join('\n');
    el.className=s[2].map(function(r){return 'r-'+r;}).join(' ')+(s[4]?' inv':'');
    applyFilter(el); box.appendChild(el);
    var next=segs[i+1];
    if(s[0]==='+'||!next||next[0]!=='+'){ // one tag per change, after its last part
      var tag=document.createElement('sup'); tag.className='tag '+el.className.replace(' inv','');
      tag.textContent=s[2].filter(function(r,j,a){return a.indexOf(r)===j;}).join(' ');
      tag.title=el.title; applyFilter(tag); box.appendChild(tag);
    }
    if(breaks) box.appendChild(document.createTextNode(breaks));
  });
}
document.querySelectorAll('details.doc').forEach(function(d){
  d.addEventListener('toggle',function(){ if(d.open) render(d); });
});
document.querySelectorAll('input[data-rule]').forEach(function(cb){
  cb.addEventListener('change',function(){
    hidden[cb.dataset.rule]=!cb.checked;
    document.querySelectorAll('.text del,.text ins,.text sup').forEach(applyFilter);
    document.querySelectorAll('details.doc').forEach(function(d){
      var rules=Array.prototype.filter.call(d.classList,function(c){return c.indexOf('r-')===0;});
      d.classList.toggle('hidden',rules.length>0&&rules.every(function(c){return hidden[c.slice(2)];}));
    });
  });
});
if(location.hash){var t=document.querySelector(location.hash); if(t&&t.tagName==='DETAILS'){t.open=true;render(t);}}
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::pipeline::Pipeline;
    use crate::report::DocReport;

    #[test]
    fn scraped_markup_is_never_live() {
        let p = Pipeline::new(Config::default());
        let text = "<script>alert(1)</script> Hà\u{a0}Nội </script><b>x</b>\n";
        let doc = crate::process_with(&p, text.as_bytes(), crate::FormatHint::Text, None).unwrap();
        let report = DocReport::new("<img src=x onerror=alert(2)>.txt", &doc);
        let html = document(0, &report.path, &Source::of(&doc.cleaned.input, &report));
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(!html.contains("</script><b>"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;img src=x"));
        assert_eq!(
            html.matches("</script>").count(),
            1,
            "only the data block's own end tag"
        );
        let mut summary = Summary::default();
        summary.add(&report);
        let mut sample = Sample::default();
        assert!(sample.wants(Some(&report.edits)));
        let page = page(&summary, &sample, &html);
        assert!(page.contains("All 1 document are shown"), "{page}");
        assert!(page.contains("<code>N002</code>") && page.starts_with("<!doctype html>"));
    }

    /// The filter decision, run in node when it is installed (the page itself is checked by
    /// `scripts/screenshot-report`).
    #[test]
    fn unticked_rules_show_the_text_as_it_was() {
        let script = format!(
            "{FILTER_JS}\nvar h={{N002:true}};console.log([\
filterState('DEL',['r-N002','inv'],h),filterState('INS',['r-N002'],h),\
filterState('SUP',['tag','r-N002'],h),filterState('DEL',['r-N002','r-N001'],h),\
filterState('INS',['r-N001'],h)].join(','));"
        );
        match std::process::Command::new("node")
            .arg("-e")
            .arg(&script)
            .output()
        {
            Ok(out) => assert_eq!(
                String::from_utf8_lossy(&out.stdout).trim(),
                "kept,hidden,hidden,,",
                "{}",
                String::from_utf8_lossy(&out.stderr)
            ),
            Err(_) => eprintln!("node not installed: filter logic not run"),
        }
        let page = tail();
        assert!(
            page.contains("applyFilter(el); box.appendChild(el)"),
            "opened documents are filtered"
        );
    }

    #[test]
    fn big_runs_show_a_bounded_sample_per_rule_and_say_so() {
        let p = Pipeline::new(Config::default());
        let nbsp = DocReport::new(
            "a.txt",
            &crate::process(&p, "Hà\u{a0}Nội\n".as_bytes()).unwrap(),
        );
        let cr = DocReport::new(
            "b.txt",
            &crate::process(&p, "Hà Nội\r\n".as_bytes()).unwrap(),
        );
        let mut sample = Sample::default();
        let shown = (0..120).filter(|_| sample.wants(Some(&nbsp.edits))).count();
        assert_eq!(shown, PER_RULE);
        assert!(sample.wants(Some(&cr.edits)), "another rule still has room");
        assert_eq!((0..60).filter(|_| sample.wants(None)).count(), PER_RULE);
        let note = sample.note();
        assert!(note.starts_with("A sample: 101 of 181 documents"), "{note}");
    }

    #[test]
    fn look_alike_changes_carry_their_label() {
        let p = Pipeline::new(Config::default());
        let doc = crate::process(&p, "Ông ấy nói hoà bình.\n".as_bytes()).unwrap();
        let report = DocReport::new("a.txt", &doc);
        let html = document(0, "a.txt", &Source::of(&doc.cleaned.input, &report));
        assert!(html.contains("(tone mark moved to another vowel"), "{html}");
    }

    #[test]
    fn long_unchanged_text_is_elided_around_changes() {
        let long = "x".repeat(2000);
        let e = elide(&long, false, false);
        assert!(
            e.len() < 600 && e.contains("1520 unchanged characters"),
            "{e}"
        );
        assert_eq!(elide("short", false, false), "short");
    }
}
