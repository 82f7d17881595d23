"""The genre head: linear blocks over form features, a calibrated softmax, and ``uncertain`` on a small margin.

Blocks (each a multinomial logistic regression over its own standardised features):
- ``style``: ``features.style_features``, standardised per language against that language's opinion articles
  (so that a French rate of "a déclaré" and an English rate of "said" mean the same thing), every language;
- ``emb``: the pooled MiniLM sentence embeddings (``features.pool_embeddings``), English only;
- ``voice``: how opinionated and slanted the author's own (unquoted) sentences read, from two linear probes on
  the same sentence embeddings trained on BABE's sentence labels (``voice_features``); English only.

The block logits are added with weights fitted on out-of-fold scores; the class bias moves the training prior to
the prior of real use (``config.prior``), and a temperature fitted on out-of-fold scores calibrates the result.
Weights load from ``data/genre.npz`` (plain arrays and a JSON config, no pickle), written by
``training/train_genre.py``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from newsprism.common.data_files import read_npz
from newsprism.errors import ModelError

GENRES = ("reporting", "opinion", "satire")
VOICE_NAMES = ("opinion_mean", "opinion_q75", "opinion_share", "opinion_lead", "bias_mean", "bias_q75",
               "bias_share", "quoted_sentences", "title_opinion", "title_bias")


def voice_features(title_vec: np.ndarray, sent_vecs: np.ndarray, quoted: np.ndarray, coef: np.ndarray,
                   intercept: np.ndarray) -> np.ndarray:
    """How opinionated and how slanted the author's own sentences read, pooled over the document.

    ``coef`` (2 x 384) and ``intercept`` (2,) are two linear probes on the shared sentence embeddings, trained on
    BABE's sentence labels: the writer's opinion vs entirely factual, and biased vs not. Sentences holding a
    quotation mark (``quoted``) are left out, so quoted words do not make a report read as opinion. The title is
    read by the same probes.
    """
    t = 1.0 / (1.0 + np.exp(-(title_vec.astype(np.float32) @ coef.T + intercept)))
    if len(sent_vecs) == 0:
        return np.array([0.0] * (len(VOICE_NAMES) - 2) + [t[0], t[1]], np.float32)
    own = ~quoted if (~quoted).any() else np.ones(len(quoted), bool)
    p = 1.0 / (1.0 + np.exp(-(sent_vecs[own].astype(np.float32) @ coef.T + intercept)))
    op, bias = p[:, 0], p[:, 1]
    return np.array([op.mean(), np.quantile(op, 0.75), (op > 0.5).mean(), op[:3].mean(), bias.mean(),
                     np.quantile(bias, 0.75), (bias > 0.5).mean(), quoted.mean(), t[0], t[1]], np.float32)


@dataclass
class Block:
    """One standardised linear block: ``((x - center) / scale) @ coef.T + intercept``."""

    coef: np.ndarray  # (3, F)
    intercept: np.ndarray  # (3,)
    center: np.ndarray  # (F,) or (n_langs, F) for per-language standardisation
    scale: np.ndarray

    def logits(self, x: np.ndarray, lang_idx: np.ndarray | None = None) -> np.ndarray:
        c = self.center if self.center.ndim == 1 else self.center[lang_idx]
        s = self.scale if self.scale.ndim == 1 else self.scale[lang_idx]
        z = np.clip((x - c) / s, -6.0, 6.0)
        return z @ self.coef.T + self.intercept


@dataclass
class Combiner:
    """Weighted sum of block logits plus a class bias, divided by a temperature."""

    weights: dict[str, float]
    bias: np.ndarray
    temperature: float = 1.0
    english_only: tuple[str, ...] = ("emb", "voice")

    def logits(self, block_logits: dict[str, np.ndarray], english: np.ndarray) -> np.ndarray:
        n = len(english)
        z = np.tile(self.bias.astype(np.float64), (n, 1))
        for k, w in self.weights.items():
            if k not in block_logits:
                continue
            part = w * block_logits[k]
            if k in self.english_only:
                part = part * english[:, None]
            z += part
        return z / self.temperature


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(1, keepdims=True)


def decide(p: np.ndarray, margin: float) -> list[str]:
    """Argmax genre, or ``uncertain`` where the top two calibrated probabilities are closer than ``margin``."""
    srt = np.sort(p, 1)
    top = np.argmax(p, 1)
    return ["uncertain" if srt[i, -1] - srt[i, -2] < margin else GENRES[int(top[i])] for i in range(len(p))]


@dataclass
class GenreParams:
    """Everything ``data/genre.npz`` holds."""

    config: dict
    blocks: dict[str, Block]
    combiner: Combiner
    probe_coef: np.ndarray | None = None  # (2, 384): the BABE opinion and bias probes of ``voice_features``
    probe_intercept: np.ndarray | None = None
    langs: list[str] = field(default_factory=list)

    def lang_index(self, langs: list[str | None]) -> np.ndarray:
        en = self.langs.index("en")
        return np.array([self.langs.index(x) if x in self.langs else en for x in langs])

    def save(self, path: Path) -> None:
        arrays: dict[str, np.ndarray] = {}
        for k, b in self.blocks.items():
            arrays |= {f"{k}_coef": b.coef, f"{k}_intercept": b.intercept, f"{k}_center": b.center,
                       f"{k}_scale": b.scale}
        if self.probe_coef is not None and self.probe_intercept is not None:
            arrays |= {"probe_coef": self.probe_coef, "probe_intercept": self.probe_intercept}
        cfg = dict(self.config, langs=self.langs, blocks=list(self.blocks), weights=self.combiner.weights,
                   bias=[float(b) for b in self.combiner.bias], temperature=self.combiner.temperature)
        path.parent.mkdir(parents=True, exist_ok=True)
        arrays = {k: v.astype(np.float32) for k, v in arrays.items()}
        arrays["config"] = np.array(json.dumps(cfg))
        np.savez_compressed(path, **arrays)  # type: ignore[arg-type]  # numpy's stub types **kwds as bool

    @classmethod
    def load(cls, path: Path) -> GenreParams:
        if not path.is_file():
            raise ModelError(f"genre model not found at {path}")
        try:
            z = read_npz(path)
            cfg = json.loads(str(z["config"]))
            blocks = {k: Block(z[f"{k}_coef"], z[f"{k}_intercept"], z[f"{k}_center"], z[f"{k}_scale"])
                      for k in cfg["blocks"]}
            probe = (z["probe_coef"], z["probe_intercept"]) if "probe_coef" in z else (None, None)
        except (ModelError, ValueError, KeyError) as exc:  # a truncated or foreign file
            raise ModelError(f"cannot load genre model {path.name}: {exc.__class__.__name__}: {exc}") from exc
        comb = Combiner(weights=cfg["weights"], bias=np.array(cfg["bias"]), temperature=cfg["temperature"])
        return cls(config=cfg, blocks=blocks, combiner=comb, probe_coef=probe[0], probe_intercept=probe[1],
                   langs=cfg["langs"])
