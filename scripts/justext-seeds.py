#!/usr/bin/env python3
"""jusText on the labelled seeds, for comparison with sach's boilerplate pass.

Each input line becomes one <p> paragraph (text dumps have no markup); jusText runs with its
Vietnamese stoplist and default thresholds. Scored exactly like tests/boilerplate_eval.rs:
body-sentence recall and boilerplate-unit removal, over tests/boilerplate/<dir>/*.txt.

    pip install justext lxml_html_clean
    scripts/justext-seeds.py [seeds|set|heldout] [--tuned]

--tuned uses trafilatura's thresholds (length_low 50, stopwords_low 0.1, stopwords_high 0.2).
"""
import html
import glob
import re
import sys
import unicodedata

import justext


def squash(s):
    return " ".join(unicodedata.normalize("NFC", s).split())


def sentences(line):
    parts = re.split(r"(?<=[.!?…]) ", line)
    return [squash(p) for p in parts if any(c.isalnum() for c in p)]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    which = args[0] if args else "seeds"
    tuned = "--tuned" in sys.argv
    params = dict(length_low=50, stopwords_low=0.1, stopwords_high=0.2) if tuned else {}
    body = kept = junk = removed = 0
    for path in sorted(glob.glob(f"tests/boilerplate/{which}/*.txt")):
        lines, bodies, junk_lines, junk_parts, body_lines = [], [], [], [], []
        for l in open(path, encoding="utf-8").read().split("\n"):
            if l.startswith("#") or not l:
                continue
            tag, text = l[0], l[2:]
            if tag == "+":
                bodies += sentences(text)
                body_lines.append(squash(text))
            elif tag == "-":
                junk_lines.append(squash(text))
            elif tag == "~":
                rest = text
                while "[[" in rest:
                    a = rest.index("[[")
                    b = rest.index("]]", a)
                    bodies += sentences(rest[:a])
                    junk_parts.append(squash(rest[a + 2 : b]))
                    rest = rest[b + 2 :]
                bodies += sentences(rest)
            lines.append(text.replace("[[", "").replace("]]", ""))
        page = "<html><body>" + "".join(f"<p>{html.escape(l)}</p>" for l in lines) + "</body></html>"
        paras = justext.justext(page.encode("utf-8"), justext.get_stoplist("Vietnamese"), **params)
        out_lines = [squash(p.text) for p in paras if not p.is_boilerplate]
        out = " ".join(out_lines)
        name = path.rsplit("/", 1)[1]
        for s in bodies:
            body += 1
            if s in out:
                kept += 1
            else:
                print(f"{name}: LOST body: {s[:100]}")
        for j in junk_lines:
            junk += 1
            if out_lines.count(j) > body_lines.count(j):
                print(f"{name}: KEPT boilerplate line: {j[:100]}")
            else:
                removed += 1
        for j in junk_parts:
            junk += 1
            if j in out:
                print(f"{name}: KEPT boilerplate part: {j[:100]}")
            else:
                removed += 1
    print(
        f"jusText{' (tuned)' if tuned else ''} on {which}: body recall {kept}/{body} = {100 * kept / max(body, 1):.2f}%; "
        f"boilerplate removal {removed}/{junk} = {100 * removed / max(junk, 1):.2f}%"
    )


if __name__ == "__main__":
    main()
