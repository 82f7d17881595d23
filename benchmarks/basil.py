"""BASIL articles (../shared/data/media-bias/basil, read at run time, never copied) as newsprism JSON records:
the one reader the hand audits (`audit_events.py`, `audit_story.py`) share."""

from __future__ import annotations

import json
import random
from pathlib import Path

BASIL = Path(__file__).resolve().parents[2] / "shared" / "data" / "media-bias" / "basil" / "raw" / "articles"


def triplet_ids(basil: Path = BASIL) -> list[str]:
    """Every event triplet's id, sorted (the population the audits draw from)."""
    return sorted({json.loads(f.read_text("utf-8"))["triplet-uuid"] for f in basil.glob("*/*.json")})


# Every draw an earlier hand audit labelled from (fixed rules, recorded in the scripts' docstrings): events
# `random.Random(seed).sample(ids, 10)` for seeds 20261201 (dev), 7 and 13 (held-out); story
# `random.Random(20261202).sample(ids, 25)` (dev), then `random.Random(7).sample(rest, 8)` of the other 75.
EVENTS_DRAWS = ((20261201, 10), (7, 10), (13, 10))
STORY_DEV = (20261202, 25)
STORY_HELDOUT = (7, 8)


def used_triplets(basil: Path = BASIL) -> set[str]:
    """Every triplet id of an earlier audit draw (events and story), whether or not all of it was labelled."""
    ids = triplet_ids(basil)
    used = {t for seed, n in EVENTS_DRAWS for t in random.Random(seed).sample(ids, n)}
    dev = random.Random(STORY_DEV[0]).sample(ids, STORY_DEV[1])
    rest = [t for t in ids if t not in set(dev)]
    return used | set(dev) | set(random.Random(STORY_HELDOUT[0]).sample(rest, STORY_HELDOUT[1]))


def fresh_draw(seed: int, n: int, basil: Path = BASIL) -> list[str]:
    """A fresh held-out draw: `random.Random(seed).sample(rest, n)` over the sorted triplet ids in no earlier draw
    (`used_triplets`), in draw order. Round 3 (issue 11): seed 41, 8 for events; seed 43, 8 for story; both fixed
    before any output was seen, so the two fresh draws may share triplets."""
    used = used_triplets(basil)
    return random.Random(seed).sample([t for t in triplet_ids(basil) if t not in used], n)


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
