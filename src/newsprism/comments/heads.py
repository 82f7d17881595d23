"""Small classifier heads over encoder features, stored as ``.npz`` (no pickle) and run with numpy.

A head file holds ``mean`` and ``scale`` (standardization), ``W0, b0[, W1, b1, ...]`` (dense layers, ReLU between
them, softmax at the end), ``labels`` and an optional ``threshold`` (binary heads). Training code in
``training/comments`` writes these files with :func:`save_head`.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path

import numpy as np

from newsprism.common.data_files import load_npz
from newsprism.errors import ModelError


class Head:
    def __init__(self, arrays: Mapping[str, np.ndarray]) -> None:
        self.mean = arrays["mean"].astype(np.float32)
        self.scale = arrays["scale"].astype(np.float32)
        self.labels = [str(x) for x in arrays["labels"]]
        n = sum(1 for k in arrays if k.startswith("W"))
        self.layers = [(arrays[f"W{i}"].astype(np.float32), arrays[f"b{i}"].astype(np.float32)) for i in range(n)]
        self.threshold = float(arrays["threshold"]) if "threshold" in arrays else 0.5
        # Anything else the training script stored with the head (e.g. an ensemble weight).
        self.extra = {k: v for k, v in arrays.items()
                      if k not in ("mean", "scale", "labels", "threshold") and k[:1] not in ("W", "b")}

    def proba(self, x: np.ndarray) -> np.ndarray:
        h = (x - self.mean) / self.scale
        for i, (w, b) in enumerate(self.layers):
            h = h @ w + b
            if i < len(self.layers) - 1:
                h = np.maximum(h, 0.0)
        h = h - h.max(axis=1, keepdims=True)
        e = np.exp(h)
        return e / e.sum(axis=1, keepdims=True)


def save_head(path: str | Path, *, mean: np.ndarray, scale: np.ndarray, layers: list[tuple[np.ndarray, np.ndarray]],
              labels: list[str], threshold: float | None = None, extra: dict[str, np.ndarray] | None = None) -> None:
    arrays: dict[str, np.ndarray] = {"mean": mean.astype(np.float32), "scale": scale.astype(np.float32),
                                     "labels": np.array(labels), **(extra or {})}
    for i, (w, b) in enumerate(layers):
        arrays[f"W{i}"] = w.astype(np.float16 if w.size > 200_000 else np.float32)
        arrays[f"b{i}"] = b.astype(np.float32)
    if threshold is not None:
        arrays["threshold"] = np.array(threshold, dtype=np.float32)
    np.savez_compressed(path, **arrays)  # type: ignore[arg-type]  # numpy's stub types **kwds as bool


@cache
def load_head(name: str) -> Head:
    """A shipped head from ``newsprism/comments/models/<name>.npz``, loaded once per process."""
    try:
        return Head(load_npz("newsprism.comments", f"models/{name}.npz"))
    except (ModelError, KeyError, ValueError) as exc:
        raise ModelError(f"cannot load comments head {name!r}: {exc}") from exc
