"""Stance predictions for a CSV of (text, target) rows, in the SemEval-2016 Task 6 label set.

The maintainers run this on the held-out SemEval-2016 and VAST test sets through
``newsprism export stance``. Input may be UTF-8 or latin-1 (the SemEval files are latin-1).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from newsprism.comments.features import clean_tweet
from newsprism.comments.stance import predict_stance
from newsprism.errors import IngestError

EXPORT_LABELS = {"favor": "FAVOR", "against": "AGAINST", "neutral": "NONE"}


def read_csv_text(path: Path) -> str:
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")  # pragma: no cover - latin-1 decodes every byte string


def export_stance(csv_path: Path, out: Path, *, text_col: str = "Tweet", target_col: str = "Target",
                  stance_col: str = "Stance", device: str | None = None) -> int:
    """Write ``out`` (UTF-8 CSV): every input column, with ``stance_col`` set to FAVOR / AGAINST / NONE.

    Returns the number of rows written. The head's own pick is used (no abstention), as in the benchmark.
    """
    try:
        text = read_csv_text(csv_path)
    except OSError as exc:
        raise IngestError(f"cannot read CSV: {exc}", input=str(csv_path)) from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    fields = list(reader.fieldnames or [])
    for col in (text_col, target_col):
        if col not in fields:
            raise IngestError(f"column {col!r} not in CSV header {fields}", input=str(csv_path))
    rows = list(reader)
    texts = [clean_tweet(r[text_col] or "") for r in rows]
    targets = [(r[target_col] or "").strip() for r in rows]
    results = predict_stance(texts, targets, abstain=False, device=device) if rows else []
    if stance_col not in fields:
        fields.append(stance_col)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        for r, res in zip(rows, results, strict=True):
            writer.writerow({**r, stance_col: EXPORT_LABELS[res.label]})
    tmp.replace(out)
    return len(rows)
