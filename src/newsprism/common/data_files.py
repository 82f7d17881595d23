"""The one way the package reads its shipped data files: JSON lexicons and settings, npz weights, text lists.

Each file is read once per process and cached (``functools.cache``; a failed read is not cached, so it is
retried). What comes back is shared by every caller: build a new object from it, never change it (npz arrays
come back read-only). npz files load with ``allow_pickle=False``. A shipped file that is missing or cannot be
parsed raises :class:`~newsprism.errors.ModelError` naming it, so an install with a broken file says so.
Objects derived from the data (compiled regexes, heads, lexicons) are cached with ``functools.cache`` too.
"""

from __future__ import annotations

import json
import zipfile
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from newsprism.errors import ModelError

_NPZ_ERRORS = (OSError, ValueError, EOFError, KeyError, zipfile.BadZipFile)


def data_path(package: str, name: str) -> Path:
    """The path of a file shipped in ``package`` (e.g. ``("newsprism.techniques", "data/genre.npz")``)."""
    return Path(str(resources.files(package).joinpath(name)))


@cache
def load_text(package: str, name: str) -> str:
    try:
        return resources.files(package).joinpath(name).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelError(f"shipped data file {package}/{name} is missing or unreadable: {exc}") from exc


@cache
def load_json(package: str, name: str) -> Any:
    """The parsed JSON of a shipped file (shared: do not modify it)."""
    try:
        return json.loads(load_text(package, name))
    except json.JSONDecodeError as exc:
        raise ModelError(f"shipped data file {package}/{name} is not valid JSON: {exc}") from exc


def read_npz(path: str | Path) -> dict[str, np.ndarray]:
    """Every array of an npz file, read-only, without pickle; ModelError when the file is missing or corrupt."""
    try:
        with np.load(path, allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
    except _NPZ_ERRORS as exc:
        raise ModelError(f"cannot load {Path(path).name}: {type(exc).__name__}: {exc}") from exc
    for a in arrays.values():
        a.flags.writeable = False
    return arrays


@cache
def load_npz(package: str, name: str) -> dict[str, np.ndarray]:
    """The arrays of a shipped npz file (shared and read-only)."""
    return read_npz(data_path(package, name))
