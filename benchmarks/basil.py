"""BASIL articles (../shared/data/media-bias/basil, read at run time, never copied) as newsprism JSON records:
the one reader the hand audits (`audit_events.py`, `audit_story.py`) share."""

from __future__ import annotations

import json
from pathlib import Path

BASIL = Path(__file__).resolve().parents[2] / "shared" / "data" / "media-bias" / "basil" / "raw" / "articles"


def triplet_ids(basil: Path = BASIL) -> list[str]:
    """Every event triplet's id, sorted (the population the audits draw from)."""
    return sorted({json.loads(f.read_text("utf-8"))["triplet-uuid"] for f in basil.glob("*/*.json")})


def article_id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def to_record(path: Path) -> dict:
    """One BASIL article as a newsprism JSON record: title, body paragraphs one a line, outlet, date."""
    rec = json.loads(path.read_text("utf-8"))
    paras = rec["body-paragraphs"]
    paras = json.loads(paras) if isinstance(paras, str) else paras
    text = "\n".join(" ".join(p) if isinstance(p, list) else p for p in paras)
    return {"id": article_id(path), "title": rec["title"], "text": text, "outlet": rec.get("source"),
            "published": rec.get("date")}


def rate(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None
