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

use crate::compose::compose;
use crate::report::{DocReport, Summary};
use crate::review::reveal;
use crate::rule::{self, Visibility};
use crate::Processed;

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

/// One document's `<details>` element (with its lazily rendered data).
pub fn document(index: usize, doc: &Processed, report: &DocReport) -> String {
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for e in &report.edits {
        *counts.entry(e.rule.code).or_default() += 1;
    }
    let classes: String = counts.keys().map(|c| format!(" r-{c}")).collect();
    let badges: String = counts
        .iter()
        .map(|(c, n)| format!("<span class=\"badge\">{c}×{n}</span>"))
        .collect();
    let c = &doc.cleaned;
    let mut segments = Vec::new();
    let mut at = 0;
    for ch in compose(c).changes {
        segments.push(json!([
            "=",
            elide(&c.input[at..ch.span.start], at == 0, false)
        ]));
        let edits: Vec<_> = ch
            .edits
            .iter()
            .map(|id| &c.stages[id.stage].edits[id.index])
            .collect();
        let rules: Vec<&str> = edits.iter().map(|e| e.rule.code).collect();
        let mut why: Vec<String> = edits
            .iter()
            .map(|e| format!("{} {}: {}", e.rule.code, e.rule.name, e.reason))
            .collect();
        why.extend(
            crate::review::words::label(&c.input[ch.span.clone()], &ch.replacement)
                .map(|l| format!("({l})")),
        );
        let invisible = edits
            .iter()
            .all(|e| e.rule.visibility == Visibility::Invisible);
        segments.push(json!([
            "-",
            reveal_if(invisible, &c.input[ch.span.clone()]),
            rules,
            why,
            invisible
        ]));
        if !ch.replacement.is_empty() {
            segments.push(json!([
                "+",
                reveal_if(invisible, &ch.replacement),
                rules,
                why,
                invisible
            ]));
        }
        at = ch.span.end;
    }
    segments.push(json!(["=", elide(&c.input[at..], false, true)]));
    let data = serde_json::to_string(&segments)
        .expect("segments serialize")
        .replace('<', "\\u003c");
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<details class=\"doc{classes}\" id=\"doc-{index}\"><summary><span class=\"path\">{}</span> {} → {} chars {badges}</summary>\
<div class=\"text\"></div><script type=\"application/json\">{data}</script></details>",
        escape(&report.path),
        c.input.chars().count(),
        c.text.chars().count(),
    );
    out
}

/// A failed document's entry.
pub fn failed(index: usize, report: &DocReport) -> String {
    format!(
        "<details class=\"doc failed\" id=\"doc-{index}\"><summary><span class=\"path\">{}</span> <span class=\"error\">{}</span></summary></details>\n",
        escape(&report.path),
        escape(report.error.as_deref().unwrap_or("failed"))
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
    let hidden = chars.len() - head - tail;
    let mut out: String = chars[..head].iter().collect();
    let _ = write!(out, "\u{2063}[… {hidden} unchanged characters …]\u{2063}");
    out.extend(&chars[chars.len() - tail..]);
    out
}

/// The whole page: summary, rule table with filters, then the document entries.
pub fn page(summary: &Summary, documents: &str) -> String {
    format!("{}{documents}{}", head(summary), tail())
}

/// The page up to the document entries (which can be streamed in between).
pub fn head(summary: &Summary) -> String {
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
            r.edits,
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
<table class=\"rules\"><tr><th>rule</th><th>name</th><th>what it does</th><th>edits</th><th>documents</th><th>characters removed</th><th></th></tr>\n{rules}</table>\n\
<h2>Documents</h2><p class=\"legend\"><del>removed</del> <ins>added</ins> <span class=\"inv\">invisible change (looks the same on screen)</span> — open a document to see its text; hover a change for its rule and reason.</p>\n\
<div id=\"docs\">\n",
        t.documents, t.failed, t.changed, t.edits, t.chars_in, t.chars_out
    )
}

/// The page after the document entries.
pub fn tail() -> String {
    format!("</div>\n<script>{JS}</script></body></html>\n")
}

const CSS: &str = "body{font:14px/1.5 system-ui,sans-serif;margin:2em;max-width:1200px;color:#222}\
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left;vertical-align:top}\
th{background:#f3f3f3}.rules td:nth-child(n+4){text-align:right}details.doc{border:1px solid #ddd;margin:.3em 0;padding:.2em .6em;border-radius:4px}\
summary{cursor:pointer}.path{font-family:monospace;font-weight:600}.badge{font:11px monospace;background:#eef;border-radius:3px;padding:0 .3em;margin-left:.3em}\
.text{white-space:pre-wrap;font-family:Georgia,serif;margin:.5em 0;padding:.5em;background:#fafafa}\
del{background:#fdd;color:#900;text-decoration:line-through}ins{background:#dfd;color:#060;text-decoration:none}\
.inv{outline:1px dashed #c80;background:#ffe9b3}.tag{font:10px monospace;color:#557;margin:0 .2em;cursor:help}\
.rules td:first-child{white-space:nowrap}.elided{color:#888;font-style:italic}.error{color:#b00}.hidden{display:none}";

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
    box.appendChild(el);
    var next=segs[i+1];
    if(s[0]==='+'||!next||next[0]!=='+'){ // one tag per change, after its last part
      var tag=document.createElement('sup'); tag.className='tag '+el.className.replace(' inv','');
      tag.textContent=s[2].filter(function(r,j,a){return a.indexOf(r)===j;}).join(' ');
      tag.title=el.title; box.appendChild(tag);
    }
    if(breaks) box.appendChild(document.createTextNode(breaks));
  });
}
document.querySelectorAll('details.doc').forEach(function(d){
  d.addEventListener('toggle',function(){ if(d.open) render(d); });
});
var hidden={};
document.querySelectorAll('input[data-rule]').forEach(function(cb){
  cb.addEventListener('change',function(){
    hidden[cb.dataset.rule]=!cb.checked;
    document.querySelectorAll('.text del,.text ins,.text sup').forEach(function(el){
      var rules=el.className.split(' ').filter(function(c){return c.indexOf('r-')===0;});
      el.classList.toggle('hidden',rules.length>0&&rules.every(function(c){return hidden[c.slice(2)];}));
    });
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

    #[test]
    fn scraped_markup_is_never_live() {
        let p = Pipeline::new(Config::default());
        let text = "<script>alert(1)</script> Hà\u{a0}Nội </script><b>x</b>\n";
        let doc = crate::process_with(&p, text.as_bytes(), crate::FormatHint::Text, None).unwrap();
        let report = DocReport::new("<img src=x onerror=alert(2)>.txt", &doc);
        let html = document(0, &doc, &report);
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
        let page = page(&summary, &html);
        assert!(page.contains("<code>N002</code>") && page.starts_with("<!doctype html>"));
    }

    #[test]
    fn look_alike_changes_carry_their_label() {
        let p = Pipeline::new(Config::default());
        let doc = crate::process(&p, "Ông ấy nói hoà bình.\n".as_bytes()).unwrap();
        let html = document(0, &doc, &DocReport::new("a.txt", &doc));
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
