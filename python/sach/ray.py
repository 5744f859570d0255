"""Corpus-wide cleaning of a folder of JSONL shards with Ray Data, equal to one ``sach clean``.

Three map phases over the shards, each followed by a merge on the driver (see the README,
"Beyond one machine", and ``sach index --help``):

1. ``sach index --stats-only SHARD``         boilerplate line statistics per shard, summed;
2. ``sach index SHARD --index stats.idx``    keys per shard, each key's first occurrence kept;
3. ``sach clean SHARD --index corpus.idx``   each shard cleaned against the whole corpus.

Each task runs the ``sach`` command-line tool (``SACH_BIN``, else ``sach`` on ``PATH``) on one
shard, so every worker needs it installed and the shard, work and output folders must be on a
file system all nodes see (NFS, a mounted bucket). The outputs are the shards' clean JSONL files
under ``out`` and one ``metadata.ndjson`` in shard order, as ``sach clean SHARDS --out out``
writes them; each shard's ``report.json`` stays in ``out/reports/``.

    python -m sach.ray SHARDS_DIR --out OUT [--config sach.toml] [--work DIR]
"""

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import List, Optional


def sach_bin() -> str:
    exe = os.environ.get("SACH_BIN") or shutil.which("sach")
    if not exe:
        raise RuntimeError("the sach command is needed on every worker: set SACH_BIN or put it on PATH")
    return exe


def _sach(exe: str, args: List[str]) -> None:
    done = subprocess.run([exe, *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"sach {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")


def _config(config: Optional[str]) -> List[str]:
    return ["--config", config] if config else []


def run(shards: str, out: str, config: Optional[str] = None, work: Optional[str] = None) -> List[str]:
    """Cleans every ``*.jsonl`` of ``shards`` into ``out``; returns the shard paths in order.
    Call ``ray.init()`` first (or it starts a local cluster)."""
    import ray

    paths = sorted(str(p) for p in Path(shards).glob("*.jsonl"))
    if not paths:
        raise ValueError(f"no .jsonl shards in {shards}")
    out_dir = Path(out)
    work_dir = Path(work) if work else out_dir / ".sach-index"
    work_dir.mkdir(parents=True, exist_ok=True)
    items = [{"i": i, "shard": p} for i, p in enumerate(paths)]
    cfg = _config(config)
    exe = sach_bin()  # resolved on the driver: the same path on every node

    def index_stats(row):
        target = str(work_dir / f"stats-{row['i']:06}.idx")
        _sach(exe, ["index", "--stats-only", row["shard"], "--out", target, *cfg])
        return {"index": target}

    stats = str(work_dir / "stats.idx")
    _merge(exe, _map(ray, items, index_stats), stats)

    def index_keys(row):
        target = str(work_dir / f"keys-{row['i']:06}.idx")
        _sach(exe, ["index", row["shard"], "--index", stats, "--out", target, *cfg])
        return {"index": target}

    corpus = str(work_dir / "corpus.idx")
    _merge(exe, [stats, *_map(ray, items, index_keys)], corpus)

    def clean(row):
        target = str(work_dir / f"clean-{row['i']:06}")
        _sach(exe, ["clean", row["shard"], "--index", corpus, "--out", target, *cfg])
        return {"index": target}

    parts = _map(ray, items, clean)
    _gather(paths, parts, out_dir)
    return paths


def _map(ray, items, fn) -> List[str]:
    """One task per shard (one CPU each); the results in shard order."""
    ds = ray.data.from_items(items, override_num_blocks=len(items))
    rows = ds.map(fn, num_cpus=1).take_all()
    return [r["index"] for r in sorted(rows, key=lambda r: r["index"])]


def _merge(exe: str, indexes: List[str], target: str) -> None:
    _sach(exe, ["index", "merge", *indexes, "--out", target])


def _gather(shards: List[str], parts: List[str], out: Path) -> None:
    """Moves each shard's clean file into ``out`` and concatenates the metadata in order."""
    (out / "reports").mkdir(parents=True, exist_ok=True)
    with open(out / "metadata.ndjson", "wb") as meta:
        for shard, part in zip(shards, parts):
            name = Path(shard).name
            os.replace(Path(part) / name, out / name)
            with open(Path(part) / "metadata.ndjson", "rb") as f:
                shutil.copyfileobj(f, meta)
            os.replace(Path(part) / "report.json", out / "reports" / f"{Path(name).stem}.json")


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sach.ray", description=__doc__.split("\n\n")[0])
    ap.add_argument("shards", help="folder of .jsonl shards")
    ap.add_argument("--out", required=True)
    ap.add_argument("--config", help="sach.toml")
    ap.add_argument("--work", help="folder for the index files (default: OUT/.sach-index)")
    ap.add_argument("--address", help="Ray cluster address (default: start a local one)")
    ap.add_argument("--num-cpus", type=int, help="CPUs of the local cluster")
    a = ap.parse_args(argv)
    import ray

    ray.init(address=a.address, num_cpus=a.num_cpus)
    paths = run(a.shards, a.out, a.config, a.work)
    print(f"sach.ray: {len(paths)} shards cleaned into {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
