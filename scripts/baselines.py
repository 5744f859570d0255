"""The pipelines sach replaces, run on a JSONL sample for scripts/bench's comparison rows.

Usage (scripts/bench runs it in its own venv, see `--baselines`):
    python scripts/baselines.py python-pipeline SAMPLE.jsonl OUT_DIR
    python scripts/baselines.py datatrove SAMPLE.jsonl OUT_DIR

- `python-pipeline`: what a user would assemble in Python for the same job, one document after
  another on one thread: ftfy.fix_text (encoding repair, Unicode normalization), jusText with the
  Vietnamese stoplist (one <p> per line of the dump, as scripts/eval-dumps feeds it), underthesea's
  sentence splitter and a corpus-wide set of sentence hashes (a sentence seen before is dropped).
- `datatrove`: datatrove's local executor, one task, with the Vietnamese (`vie`) C4 quality,
  Gopher repetition and Gopher quality filters between a JsonlReader and a JsonlWriter. These
  filters only keep or drop whole documents (datatrove has no boilerplate or sentence-level step).
  The Gopher quality filter gets Vietnamese function words as its stop words: its default list
  is English ("the", "be", "to"...), which drops every Vietnamese document.

Both write their output under OUT_DIR and print one JSON line: documents in, documents out,
characters out. Time and memory are measured by the caller (the whole child process, start-up
and imports included, as sach's rows are).
"""
import hashlib, html, json, sys
from pathlib import Path


def python_pipeline(sample: Path, out: Path) -> dict:
    import ftfy, justext
    from underthesea import sent_tokenize

    stoplist = justext.get_stoplist("Vietnamese")
    seen: set[bytes] = set()
    docs = kept = chars = 0
    with open(sample, encoding="utf-8") as src, open(out / "clean.jsonl", "w", encoding="utf-8") as dst:
        for line in src:
            record = json.loads(line)
            docs += 1
            text = ftfy.fix_text(record["text"])
            page = "<html><body>" + "".join(f"<p>{html.escape(l)}</p>" for l in text.splitlines() if l.strip())
            paragraphs = []
            for p in justext.justext(page.encode("utf-8"), stoplist, encoding="utf-8"):
                if p.is_boilerplate:
                    continue
                sentences = []
                for s in sent_tokenize(p.text):
                    key = hashlib.blake2b(" ".join(s.lower().split()).encode(), digest_size=8).digest()
                    if key not in seen:
                        seen.add(key)
                        sentences.append(s)
                if sentences:
                    paragraphs.append(" ".join(sentences))
            if paragraphs:
                kept += 1
                record["text"] = "\n".join(paragraphs)
                chars += len(record["text"])
                dst.write(json.dumps(record, ensure_ascii=False) + "\n")
    return {"docs": docs, "kept": kept, "chars": chars}


VIETNAMESE_STOP_WORDS = ["và", "của", "là", "có", "được", "trong", "cho", "các", "không", "với", "những", "này"]


def datatrove_pipeline(sample: Path, out: Path) -> dict:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.filters import C4QualityFilter, GopherQualityFilter, GopherRepetitionFilter
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(sample.parent), glob_pattern=sample.name, id_key="id"),
            C4QualityFilter(language="vie"),
            GopherRepetitionFilter(language="vie"),
            GopherQualityFilter(language="vie", stop_words=VIETNAMESE_STOP_WORDS),
            JsonlWriter(str(out / "kept"), compression=None),
        ],
        tasks=1, workers=1, logging_dir=str(out / "logs"),
    ).run()
    kept = chars = 0
    for part in (out / "kept").glob("*.jsonl"):
        for line in part.open(encoding="utf-8"):
            kept += 1
            chars += len(json.loads(line)["text"])
    docs = sum(1 for _ in open(sample, encoding="utf-8"))
    return {"docs": docs, "kept": kept, "chars": chars}


if __name__ == "__main__":
    name, sample, out = sys.argv[1], Path(sys.argv[2]).resolve(), Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    run = {"python-pipeline": python_pipeline, "datatrove": datatrove_pipeline}[name]
    print(json.dumps(run(sample, out)))
