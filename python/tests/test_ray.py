"""The Ray run over JSONL shards gives what one ``sach clean`` of the folder gives."""

import json
import os
import subprocess
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")

from sach import ray as sach_ray  # noqa: E402

from conftest import ROOT, write_jsonl  # noqa: E402


def corpus(raw_texts):
    """60 documents from the real dumps: paragraphs shared across documents and shards, site
    template lines, and exact copies."""
    paras = [p for t in raw_texts for p in t.split("\n\n") if len(p.split()) > 8]
    footer = ["Chia sẻ bài viết qua Facebook Zalo", "Theo dõi chúng tôi trên mạng xã hội"]
    docs = []
    for i in range(60):
        if i % 9 == 8:
            docs.append(docs[i // 3])
            continue
        body = [paras[(i * 7 + k * 13) % len(paras)] for k in range(3)]
        docs.append("\n\n".join([f"Tin số {i}.", *body, footer[i % 2]]) + "\n")
    return docs


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def test_ray_run_equals_the_single_run(raw_texts, tmp_path, local_ray):
    if not os.environ.get("SACH_BIN"):
        exe = ROOT / "target" / "release" / "sach"
        if not exe.exists():
            pytest.skip("set SACH_BIN or build the CLI (cargo build --release)")
        os.environ["SACH_BIN"] = str(exe)
    shards = tmp_path / "shards"
    shards.mkdir()
    docs = corpus(raw_texts)
    for i in range(4):
        write_jsonl(shards / f"part-{i}.jsonl", docs[i * 15:(i + 1) * 15])
    config = tmp_path / "sach.toml"
    config.write_text('[duplicates]\ncross_document = "remove"\n')

    single = tmp_path / "single"
    subprocess.run([os.environ["SACH_BIN"], "clean", str(shards), "--out", str(single),
                    "--config", str(config)], check=True, capture_output=True)
    out = tmp_path / "ray"
    sach_ray.run(str(shards), str(out), str(config), str(tmp_path / "work"))

    for i in range(4):
        name = f"part-{i}.jsonl"
        assert (out / name).read_bytes() == (single / name).read_bytes(), name
    assert (out / "metadata.ndjson").read_bytes() == (single / "metadata.ndjson").read_bytes()
    # the corpus has cross-shard copies, so the comparison means something
    removed = [json.loads(l) for l in open(single / "metadata.ndjson")]
    rules = {r["rule"] for m in removed for r in m.get("removed", [])}
    assert "D005" in rules and "B012" in rules, rules
