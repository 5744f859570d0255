import subprocess
import threading
from pathlib import Path

import pytest

import sach

ROOT = Path(__file__).resolve().parents[2]


def cli_clean(path, out):
    exe = ROOT / "target" / "release" / "sach"
    if not exe.exists():
        pytest.skip("no release build of the CLI")
    subprocess.run([str(exe), "clean", str(path), "--out", str(out)], check=True, capture_output=True)


def test_clean_returns_text_edits_and_metadata(raw_texts):
    r = sach.clean(raw_texts[0])
    assert r.text and r.text != raw_texts[0]
    assert r.edits, "the raw dumps have defects"
    e = r.edits[0]
    assert e.rule[0].isalpha() and e.rule[1:].isdigit()
    assert e.operation in {"replace", "delete", "insert", "report"}
    start, end = e.span
    assert 0 <= start <= end
    assert isinstance(e.reason, str) and e.reason
    assert isinstance(r.metadata, dict)
    assert r.format == "text" and r.encoding


def test_bytes_and_str_agree_and_html_is_extracted(raw_texts):
    t = raw_texts[1]
    assert sach.clean(t).text == sach.clean(t.encode("utf-8")).text
    page = "<html><head><title>Tin</title></head><body><nav>Trang chủ</nav><article><p>" + \
        "Sáng nay thành phố ghi nhận thêm nhiều ca bệnh mới tại các quận nội thành.</p></article></body></html>"
    r = sach.clean(page.encode(), format="html")
    assert r.format == "html"
    assert "ca bệnh mới" in r.text and "<p>" not in r.text


def test_same_text_as_the_cli(raw_texts, tmp_path):
    cli_clean(ROOT / "raw", tmp_path / "out")
    for p in sorted((ROOT / "raw").glob("*.txt")):
        want = (tmp_path / "out" / p.name).read_text(encoding="utf-8")
        assert sach.clean(p.read_bytes()).text == want, p.name


def test_config_as_toml_or_dict_and_errors():
    text = "Chia sẻ Facebook\n\nHôm nay trời đẹp và mọi người đi làm đúng giờ như thường lệ.\n"
    toml = sach.Pipeline('[rules]\nignore = ["B"]\n')
    as_dict = sach.Pipeline({"rules": {"ignore": ["B"]}})
    assert toml.clean(text).text == as_dict.clean(text).text
    assert not any(e.rule.startswith("B") for e in toml.clean(text).edits)
    with pytest.raises(ValueError):
        sach.Pipeline({"no_such_section": {}})
    with pytest.raises(ValueError):
        sach.clean("x", format="pdf")
    with pytest.raises(TypeError):
        sach.clean(42)


def test_threads_clean_in_parallel_with_the_same_results(raw_texts):
    p = sach.Pipeline()
    want = [p.clean(t).text for t in raw_texts]
    got = [None] * len(raw_texts)

    def work(i):
        got[i] = p.clean(raw_texts[i]).text

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(raw_texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == want


def test_rules_are_listed():
    codes = dict(sach.rules())
    assert codes["D005"] == "cross-document-sentence"
