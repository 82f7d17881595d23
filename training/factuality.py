"""Loader and feature cache for the event-status (factuality) sets in ``../shared/data/factuality``.

Rows are read from the JSONL files as they are; features come from ``newsprism.events.status`` (the code the
events layer runs), over one spaCy parse and one encoder pass per unique sentence.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from newsprism.events.status import FEATURE_NAMES, STATUSES, features, trigger_state  # noqa: E402

SETS = ("meantime", "uw", "uds_ih2")
FACT_LABELS = ("happened", "planned", "ongoing", "negated", "uncertain")


@dataclass
class Row:
    source: str
    group: str  # rows of one group never straddle two CV folds
    text: str
    start: int
    end: int
    label: int  # index into FACT_LABELS (same order as STATUSES)


def load_rows(root: Path, split: str, sets: tuple[str, ...] = SETS) -> list[Row]:
    out = []
    for name in sets:
        path = root / "factuality" / name / f"{split}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            group = str(r.get("doc_id") or r.get("tempeval3_doc") or r.get("file_idx") or r["text"])
            out.append(Row(name, f"{name}:{group}", r["text"], r["start"], r["end"],
                           FACT_LABELS.index(r["label"])))
    return out


def head_token(sdoc, start: int, end: int):
    """The syntactic head among the spaCy tokens overlapping [start, end)."""
    toks = [t for t in sdoc if t.idx < end and t.idx + len(t.text) > start]
    if not toks:
        toks = [min(sdoc, key=lambda t: abs(t.idx - start))]
    inside = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in inside or t.head is t]
    return (heads or toks)[-1]


# Part of the row cache key: bump it when the feature code changes with the same names and word lists (round 6:
# the sentence-root test, ``parse_tree.is_root``, changed ``head_is_speech``).
ROW_VERSION = b"v2-is-root"


def featurize(rows: list[Row], cache: Path | None = None) -> np.ndarray:
    """The status model's rows: encoder token states over the trigger, then the rule features. Both are cached
    under ``cache``: the whole row keyed by the spans, the feature names and the word lists, and the encoder block on its own
    keyed by the spans only, so that a change of the rule features re-parses without re-encoding."""
    spans = json.dumps([[r.text, r.start, r.end] for r in rows]).encode()
    lists = (Path(__file__).resolve().parents[1] / "src/newsprism/events/data/status_cues.json").read_bytes()
    key = hashlib.md5(spans + ",".join(FEATURE_NAMES).encode() + lists + ROW_VERSION).hexdigest()[:12]
    enc_key = hashlib.md5(spans + b"encoder-states").hexdigest()[:12]
    if cache is not None:
        path = cache / f"status_feats_{key}.npy"
        if path.exists():
            return np.load(path, allow_pickle=False)
    from newsprism.nlp.spacy_pipe import get_nlp

    texts = sorted({r.text for r in rows})
    parsed = dict(zip(texts, get_nlp().pipe(texts, batch_size=128), strict=True))
    enc_path = cache / f"status_enc_{enc_key}.npy" if cache is not None else None
    if enc_path is not None and enc_path.exists():
        states = np.load(enc_path, allow_pickle=False)
    else:
        from newsprism.encoder import get_encoder

        toks = dict(zip(texts, get_encoder().tokens(texts, batch_size=32), strict=True))
        states = np.stack([trigger_state(toks[r.text].hidden, toks[r.text].offsets, r.start, r.end) for r in rows])
        if enc_path is not None:
            enc_path.parent.mkdir(parents=True, exist_ok=True)
            np.save(enc_path, states.astype(np.float32), allow_pickle=False)
    X = np.zeros((len(rows), 384 + len(FEATURE_NAMES)), dtype=np.float32)
    for i, r in enumerate(rows):
        X[i] = features(head_token(parsed[r.text], r.start, r.end), states[i])
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        np.save(path, X, allow_pickle=False)
    return X


assert tuple(STATUSES) == ("occurred", "planned", "ongoing", "denied", "hypothetical")
