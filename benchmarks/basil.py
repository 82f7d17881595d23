"""BASIL articles (../shared/data/media-bias/basil, read at run time, never copied) as newsprism JSON records:
the one reader the hand audits (`audit_events.py`, `audit_story.py`) share."""

from __future__ import annotations

import json
import random
from functools import cache
from pathlib import Path

BASIL = Path(__file__).resolve().parents[2] / "shared" / "data" / "media-bias" / "basil" / "raw" / "articles"


def triplet_ids(basil: Path = BASIL) -> list[str]:
    """Every event triplet's id, sorted (the population the audits draw from)."""
    return list(_triplet_ids(basil))


@cache
def _triplet_ids(basil: Path) -> tuple[str, ...]:
    return tuple(sorted({json.loads(f.read_text("utf-8"))["triplet-uuid"] for f in basil.glob("*/*.json")}))


# Every draw a round-1/2 hand audit labelled from (fixed rules, recorded in the scripts' docstrings): events
# `random.Random(seed).sample(ids, 10)` for seeds 20261201 (dev), 7 and 13 (held-out); story
# `random.Random(20261202).sample(ids, 25)` (dev), then `random.Random(7).sample(rest, 8)` of the other 75.
EVENTS_DRAWS = ((20261201, 10), (7, 10), (13, 10))
STORY_DEV = (20261202, 25)
STORY_HELDOUT = (7, 8)
# Round 3's fresh held-out draws (`fresh_draw`, over the triplets of no round-1/2 draw): events seed 41, story
# seed 43, 8 triplets each. Looked at while changing code in round 3, so a dev set from round 4 on.
FRESH_EVENTS = (41, 8)
FRESH_STORY = (43, 8)
# Round 4's held-out draws (`r4_events_draw`, `r4_story_draw`), fixed before any output was seen and labelled on
# main db68039 before anyone's round-4 change: events seed 61, 8 triplets; story seed 67, 8 triplets. Looked at
# while changing code in round 4, so a dev set from round 5 on.
R4_EVENTS = (61, 8)
R4_STORY = (67, 8)
# Round 5's held-out draws (`r5_events_draw`, `r5_story_draw`), over the triplets of no earlier draw, fixed before
# any output was seen and labelled on main bc0bc07 before anyone's round-5 change: events seed 71, 8 triplets;
# story seed 73, 8 triplets.
R5_EVENTS = (71, 8)
R5_STORY = (73, 8)


def draw_outside(used: set[str], seed: int, n: int, basil: Path = BASIL) -> list[str]:
    """`random.Random(seed).sample(rest, n)` over the sorted triplet ids not in `used`, in draw order: how every
    draw from round 3 on is made."""
    return random.Random(seed).sample([t for t in triplet_ids(basil) if t not in used], n)


def round2_used(basil: Path = BASIL) -> set[str]:
    """Every triplet id of a round-1/2 audit draw (events and story), whether or not all of it was labelled."""
    ids = triplet_ids(basil)
    used = {t for seed, n in EVENTS_DRAWS for t in random.Random(seed).sample(ids, n)}
    dev = random.Random(STORY_DEV[0]).sample(ids, STORY_DEV[1])
    rest = [t for t in ids if t not in set(dev)]
    return used | set(dev) | set(random.Random(STORY_HELDOUT[0]).sample(rest, STORY_HELDOUT[1]))


def fresh_draw(seed: int, n: int, basil: Path = BASIL) -> list[str]:
    """A round-3 fresh held-out draw: `random.Random(seed).sample(rest, n)` over the sorted triplet ids in no
    round-1/2 draw (`round2_used`), in draw order. Round 3 (issue 11): seed 41, 8 for events; seed 43, 8 for
    story; both fixed before any output was seen, so the two fresh draws may share triplets."""
    return draw_outside(round2_used(basil), seed, n, basil)


def used_triplets(basil: Path = BASIL) -> set[str]:
    """Every triplet id of a draw labelled before round 4: the round-1/2 draws and both round-3 fresh draws."""
    return round2_used(basil) | set(fresh_draw(*FRESH_EVENTS, basil)) | set(fresh_draw(*FRESH_STORY, basil))


def r4_events_draw(basil: Path = BASIL) -> list[str]:
    """Round 4's held-out events draw: `random.Random(61).sample(rest, 8)` over the sorted triplet ids in no
    earlier draw (`used_triplets`), in draw order."""
    return draw_outside(used_triplets(basil), *R4_EVENTS, basil)


def r4_story_draw(basil: Path = BASIL) -> list[str]:
    """Round 4's held-out story draw: `random.Random(67).sample(rest, 8)` over the sorted triplet ids in no earlier
    draw and not in `r4_events_draw`, in draw order (so the two r4 draws share no triplet)."""
    return draw_outside(used_triplets(basil) | set(r4_events_draw(basil)), *R4_STORY, basil)


def used_before_r5(basil: Path = BASIL) -> set[str]:
    """Every triplet id of a draw labelled before round 5: every earlier draw and both round-4 draws."""
    return used_triplets(basil) | set(r4_events_draw(basil)) | set(r4_story_draw(basil))


def r5_events_draw(basil: Path = BASIL) -> list[str]:
    """Round 5's held-out events draw: `random.Random(71).sample(rest, 8)` over the sorted triplet ids in no
    earlier draw (`used_before_r5`: round-1/2, round-3 fresh and round-4 draws), in draw order."""
    return draw_outside(used_before_r5(basil), *R5_EVENTS, basil)


def r5_story_draw(basil: Path = BASIL) -> list[str]:
    """Round 5's held-out story draw: `random.Random(73).sample(rest, 8)` over the sorted triplet ids in no earlier
    draw and not in `r5_events_draw`, in draw order (so the two r5 draws share no triplet)."""
    return draw_outside(used_before_r5(basil) | set(r5_events_draw(basil)), *R5_STORY, basil)


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
