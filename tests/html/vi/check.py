#!/usr/bin/env python3
"""Sanity checks for the Vietnamese article-extraction evaluation set (standard library only).

For every page in dev/ and heldout/:
  * the page is decoded by its declared charset (<meta charset> or http-equiv Content-Type), else UTF-8;
  * every articleBody line (paragraphs split on blank lines, list items / table rows on newlines)
    occurs in the page's visible text after NFC + whitespace collapse, in document order
    (table rows: each " | "-separated cell must occur, in order);
  * the page has at least 5 visible boilerplate lines that are not part of the truth;
  * no photo caption text (figcaption, *caption* classes, p.Image) is part of the truth;
  * truth records are well formed (fields, NFC, date format, language "vi", non-article pages "").

Usage: python3 check.py [-v]
"""
import codecs
import json
import re
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDERS = ["dev", "heldout"]
FIELDS = ["articleBody", "url", "title", "author", "date", "site_name", "language"]
SKIP = {"script", "style", "noscript", "template", "title"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
BLOCK = {"address", "article", "aside", "blockquote", "body", "br", "button", "caption", "dd", "div", "dl", "dt",
         "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
         "label", "legend", "li", "main", "nav", "ol", "option", "p", "pre", "section", "select", "table", "tbody",
         "td", "tfoot", "th", "thead", "tr", "ul", "marquee", "span_block"}
CAPTION_CLASS = re.compile(r"caption", re.I)
WS = re.compile(r"\s+")


def norm(s):
    return WS.sub(" ", unicodedata.normalize("NFC", s)).strip()


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []          # text with "\n" at block boundaries
        self.stack = []          # (tag, is_caption)
        self.skip = 0
        self.captions = []
        self._cap = None

    def _in_caption(self):
        return any(c for _, c in self.stack)

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
            return
        if tag in BLOCK:
            self.parts.append("\n")
        if tag in VOID:
            return
        cls = dict(attrs).get("class") or ""
        is_cap = tag == "figcaption" or bool(CAPTION_CLASS.search(cls)) or "Image" in cls.split()
        if tag == "p" and self.stack and self.stack[-1][0] == "p":   # implied </p>
            self.handle_endtag("p")
        if tag == "li" and self.stack and self.stack[-1][0] == "li":  # implied </li>
            self.handle_endtag("li")
        if is_cap and not self._in_caption():
            self._cap = []
        self.stack.append((tag, is_cap))

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in BLOCK:
            self.parts.append("\n")
        if not any(t == tag for t, _ in self.stack):
            return                                       # stray end tag
        while self.stack:
            t, c = self.stack.pop()
            if c and not self._in_caption() and self._cap is not None:
                self.captions.append(norm("".join(self._cap)))
                self._cap = None
            if t == tag:
                break

    def handle_data(self, data):
        if self.skip:
            return
        self.parts.append(data)
        if self._cap is not None:
            self._cap.append(data)


def declared_charset(data):
    head = data[:8192].decode("ascii", "replace")
    m = re.search(r"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", head, re.I)
    return m.group(1).lower() if m else None


def decode(data):
    cs = declared_charset(data)
    if cs:
        codecs.lookup(cs)
        return data.decode(cs), cs
    return data.decode("utf-8"), "utf-8 (undeclared)"


def visible(text):
    p = Visible()
    p.feed(text)
    p.close()
    raw = "".join(p.parts)
    lines = [norm(l) for l in raw.split("\n")]
    lines = [l for l in lines if l]
    return lines, norm(raw), p.captions


def truth_lines(body):
    out = []
    for para in body.split("\n\n"):
        for line in para.split("\n"):
            out.append(line)
    return out


def check_page(name, html_path, rec, verbose):
    errors = []
    data = html_path.read_bytes()
    text, cs = decode(data)
    lines, flat, captions = visible(text)
    body = rec["articleBody"]
    # ---- record shape
    for f in FIELDS:
        if f not in rec:
            errors.append("missing field %s" % f)
    if rec.get("language") != "vi":
        errors.append("language is not 'vi'")
    if rec.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["date"]):
        errors.append("bad date %r" % rec["date"])
    for f in ("articleBody", "title", "author", "site_name"):
        v = rec.get(f)
        if isinstance(v, str) and unicodedata.normalize("NFC", v) != v:
            errors.append("%s is not NFC" % f)
    if body:
        for para in body.split("\n\n"):
            if not para.strip() or para != para.strip():
                errors.append("empty or padded paragraph: %r" % para[:60])
            for line in para.split("\n"):
                if line != norm(line):
                    errors.append("line not whitespace-normalised: %r" % line[:60])
    # ---- truth is on the page, in order
    pos = 0
    n_par = 0 if not body else len(body.split("\n\n"))
    for line in truth_lines(body) if body else []:
        cells = line.split(" | ") if " | " in line else [line]
        p = pos
        for k, cell in enumerate(cells):
            i = flat.find(cell, p)
            if i >= 0 and k > 0 and i - p > 3:          # cells of one row must be adjacent
                i = -1
            if i < 0:
                where = flat.find(cell)
                errors.append(("out of order: %r" if where >= 0 else "not on page: %r") % cell[:80])
                break
            p = i + len(cell)
        else:
            pos = p
    # ---- boilerplate present
    truth_flat = norm(body) if body else ""
    boiler = [l for l in lines if len(l) >= 3 and l not in truth_flat]
    if len(boiler) < 5:
        errors.append("only %d boilerplate lines" % len(boiler))
    # ---- captions are not truth
    for c in captions:
        if len(c) >= 12 and body and (c in truth_flat):
            errors.append("caption inside truth: %r" % c[:80])
    # ---- title / author visible (articles only)
    if body:
        if norm(rec["title"]) not in flat:
            errors.append("title not visible")
        if rec.get("author") and norm(rec["author"]) not in flat:
            errors.append("author not visible")
    info = dict(kb=len(data) / 1024, cs=cs, paras=n_par, boiler=len(boiler), captions=len(captions))
    return errors, info


def main():
    verbose = "-v" in sys.argv
    total_err = 0
    for folder in FOLDERS:
        d = HERE / folder
        truth = json.loads((d / "ground-truth.json").read_text(encoding="utf-8"))
        files = sorted((d / "html").glob("*.html"))
        names = {f.stem for f in files}
        for missing in sorted(set(truth) - names):
            print("ERROR %s/%s: truth without html file" % (folder, missing)); total_err += 1
        for extra in sorted(names - set(truth)):
            print("ERROR %s/%s: html file without truth" % (folder, extra)); total_err += 1
        non_articles = [n for n in truth if truth[n]["articleBody"] == ""]
        if len(non_articles) != 1:
            print("ERROR %s: expected exactly one non-article page, found %s" % (folder, non_articles)); total_err += 1
        print("== %s (%d pages)" % (folder, len(files)))
        for f in files:
            if f.stem not in truth:
                continue
            errs, info = check_page(f.stem, f, truth[f.stem], verbose)
            status = "ok " if not errs else "ERR"
            print("%s %-42s %5.1f KB  %-18s paras=%-3d boiler=%-4d captions=%d" % (
                status, f.stem, info["kb"], info["cs"], info["paras"], info["boiler"], info["captions"]))
            for e in errs:
                print("      - " + e)
            total_err += len(errs)
    if total_err:
        print("FAILED: %d problem(s)" % total_err)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
