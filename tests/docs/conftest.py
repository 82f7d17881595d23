"""Fixtures shared by the tests of the benchmark scripts."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_benchmark(monkeypatch, name: str):
    """benchmarks/<name>.py loaded as a module named ``name``, its sibling modules importable by name."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))  # the script imports its sibling modules by name
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, name, mod)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture()
def audit_story(monkeypatch):
    """benchmarks/audit_story.py loaded as a module, with the shown bar fixed at 0.5 (no model file read)."""
    mod = _load_benchmark(monkeypatch, "audit_story")
    monkeypatch.setattr(mod, "confident_at", lambda: 0.5)
    return mod


@pytest.fixture()
def audit_events(monkeypatch):
    """benchmarks/audit_events.py loaded as a module."""
    return _load_benchmark(monkeypatch, "audit_events")
