import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def raw_texts():
    """The committed raw dumps: real Vietnamese news text with real defects."""
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "raw").glob("*.txt"))]


def write_jsonl(path, texts):
    with open(path, "w", encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n")
