"""BENCHMARKS.md is generated from benchmarks/*.md: a figure edited in one place only is caught here."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_benchmarks_md_is_assembled_from_the_pages(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("assemble", ROOT / "benchmarks" / "assemble.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    pages = tmp_path / "benchmarks"
    pages.mkdir()
    for name in mod.PAGES:
        if (ROOT / "benchmarks" / name).exists():
            (pages / name).write_text((ROOT / "benchmarks" / name).read_text("utf-8"), "utf-8")
    monkeypatch.setattr(mod, "HERE", pages)
    mod.main()
    assert (tmp_path / "BENCHMARKS.md").read_text("utf-8") == (ROOT / "BENCHMARKS.md").read_text("utf-8"), \
        "BENCHMARKS.md is stale: run .venv/bin/python benchmarks/assemble.py"
