"""Frames of an article (SemEval-2023 Task 3 subtask 2, 14 labels) from the shared encoder pass.

Features: the mean and the max of the body's sentence embeddings and the title's embedding; one logistic
regression per frame over them (``data/frames.npz``, plain arrays, written by ``training/train_frames.py``).
"""

from __future__ import annotations

import threading
import zipfile
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from newsprism.errors import ModelError

_LOCK = threading.Lock()


def frame_features(emb: np.ndarray, is_title: np.ndarray) -> np.ndarray:
    """(3 x 384,) features from a document's unit embeddings (n, 384) and which units are its title."""
    dim = emb.shape[1] if emb.ndim == 2 else 384
    body = emb[~is_title] if (~is_title).any() else emb
    if not len(body):
        return np.zeros(3 * dim, np.float32)
    title = emb[is_title].mean(0) if is_title.any() else np.zeros(dim, np.float32)
    return np.concatenate([body.mean(0), body.max(0), title]).astype(np.float32)


class FrameModel:
    def __init__(self, path: str | Path | None = None) -> None:
        path = Path(path) if path else Path(str(resources.files("newsprism.techniques").joinpath("data/frames.npz")))
        try:
            with np.load(path, allow_pickle=False) as z:
                self.mean, self.scale, self.coef, self.bias = z["mean"], z["scale"], z["coef"], z["bias"]
                self.thresholds = z["thresholds"]
                self.labels = [str(x) for x in z["labels"]]
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
            raise ModelError(f"cannot load frame model {path.name}: {exc.__class__.__name__}: {exc}") from exc

    def proba(self, feats: np.ndarray) -> np.ndarray:
        return 1 / (1 + np.exp(-(((feats - self.mean) / self.scale) @ self.coef.T + self.bias)))

    def predict(self, feats: np.ndarray) -> list[tuple[str, float]]:
        """(label, probability) of the picked frames, most likely first; at least one."""
        p = self.proba(feats[None])[0]
        picked = [i for i in np.argsort(-p) if p[i] >= self.thresholds[i]] or [int(p.argmax())]
        return [(self.labels[i], float(p[i])) for i in picked]


@lru_cache(maxsize=1)
def _load() -> FrameModel:
    return FrameModel()


def get_frame_model() -> FrameModel:
    with _LOCK:
        return _load()
