"""Package boundaries: no module imports a private name (``_x``) from another package of newsprism or from a
third-party library, and no module reaches into another package's private attributes."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _package(module: str) -> str:
    """``newsprism.story.build`` -> ``newsprism.story``; a top-level module is its own package."""
    return ".".join(module.split(".")[:2])


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _violations(code: str, here: str, is_pkg: bool = False) -> list[str]:
    """Private names that module ``here`` (source ``code``) takes from another package."""
    tree = ast.parse(code)
    imported_modules: dict[str, str] = {}  # local name -> module it is bound to
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = here.split(".")[: len(here.split(".")) - node.level + (1 if is_pkg else 0)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                if _private(alias.name) and (not target.startswith("newsprism") or _package(target) != _package(here)):
                    out.append(f"{here}: from {target} import {alias.name}")
                if target.startswith("newsprism"):
                    imported_modules[alias.asname or alias.name] = f"{target}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    imported_modules[alias.asname] = alias.name
        elif isinstance(node, ast.Attribute) and _private(node.attr) and isinstance(node.value, ast.Name):
            target = imported_modules.get(node.value.id)
            if target and target.startswith("newsprism") and _package(target) != _package(here):
                out.append(f"{here}: {node.value.id}.{node.attr} ({target})")
    return out


def test_no_module_imports_a_private_name_from_another_package():
    problems = [v for path in sorted(SRC.rglob("*.py"))
                for v in _violations(path.read_text("utf-8"), _module_name(path), path.name == "__init__.py")]
    assert not problems, "\n".join(problems)


def test_the_check_sees_a_private_import():
    code = ("from newsprism.comments.civility import _aimed_insults\nfrom datasketch.lsh import _optimal_param\n"
            "from newsprism.story.align import _words\nfrom .align import _head\n"
            "from newsprism import limits as lim\nlim._hidden\n")
    found = _violations(code, "newsprism.story._boundary_probe")
    assert found == ["newsprism.story._boundary_probe: from newsprism.comments.civility import _aimed_insults",
                     "newsprism.story._boundary_probe: from datasketch.lsh import _optimal_param",
                     "newsprism.story._boundary_probe: lim._hidden (newsprism.limits)"]
