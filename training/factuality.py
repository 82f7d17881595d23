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


def featurize(rows: list[Row], cache: Path | None = None) -> np.ndarray:
    key = hashlib.md5(json.dumps([[r.text, r.start, r.end] for r in rows]).encode()
                      + ",".join(FEATURE_NAMES).encode()).hexdigest()[:12]
    if cache is not None:
        path = cache / f"status_feats_{key}.npy"
        if path.exists():
            return np.load(path, allow_pickle=False)
    from newsprism.encoder import get_encoder
    from newsprism.nlp.spacy_pipe import get_nlp

    texts = sorted({r.text for r in rows})
    nlp = get_nlp()
    parsed = dict(zip(texts, nlp.pipe(texts, batch_size=128), strict=True))
    toks = dict(zip(texts, get_encoder().tokens(texts, batch_size=32), strict=True))
    X = np.zeros((len(rows), 384 + len(FEATURE_NAMES)), dtype=np.float32)
    for i, r in enumerate(rows):
        tok = head_token(parsed[r.text], r.start, r.end)
        t = toks[r.text]
        X[i] = features(tok, trigger_state(t.hidden, t.offsets, r.start, r.end))
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        np.save(path, X, allow_pickle=False)
    return X


assert tuple(STATUSES) == ("occurred", "planned", "ongoing", "denied", "hypothetical")
