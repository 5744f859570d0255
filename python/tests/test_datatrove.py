import json
from pathlib import Path

import pytest

datatrove = pytest.importorskip("datatrove")

from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

import sach  # noqa: E402
from sach.datatrove import SachCleaner  # noqa: E402

from conftest import write_jsonl  # noqa: E402


def test_pipeline_cleans_documents_and_counts_rules(raw_texts, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    texts = raw_texts + ["   \n"]  # the last one is left empty, and dropped
    write_jsonl(src / "a.jsonl", texts)
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(src)),
            SachCleaner(),
            JsonlWriter(str(tmp_path / "out"), compression=None),
        ],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    out = [json.loads(l) for f in sorted((tmp_path / "out").glob("*.jsonl")) for l in open(f)]
    assert [d["text"] for d in out] == [sach.clean(t).text for t in raw_texts]
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    step = next(s for s in stats if "sach" in s["name"])
    counts = {k: v["total"] if isinstance(v, dict) else v for k, v in step["stats"].items()}
    assert counts["documents"] == len(texts)
    assert counts["dropped"] == 1
    want = {}
    for t in texts:
        for e in sach.clean(t).edits:
            want[e.rule] = want.get(e.rule, 0) + 1
    assert want and all(counts[rule] == n for rule, n in want.items())
