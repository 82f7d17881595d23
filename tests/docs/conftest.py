"""Fixtures shared by the tests of the benchmark scripts."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def audit_story(monkeypatch):
    """benchmarks/audit_story.py loaded as a module, with the shown bar fixed at 0.5 (no model file read)."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))  # the script imports its sibling modules by name
    spec = importlib.util.spec_from_file_location("audit_story", ROOT / "benchmarks" / "audit_story.py")
    mod = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "audit_story", mod)
    spec.loader.exec_module(mod)
    monkeypatch.setattr(mod, "confident_at", lambda: 0.5)
    return mod
