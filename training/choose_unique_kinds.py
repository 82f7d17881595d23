"""Round 20 (measured, not shipped: benchmarks/story.md "Round 20: unique items"): would WordNet's kinds of thing
(:func:`newsprism.lexicon.same_kind`, lex20) let the "told in other words" check drop the "only one source" items
that another outlet states in other nouns?

For every unique item of saved ``compare`` outputs (``benchmarks/consensus_first5.py --kind unique --save DIR``,
one ``<draw>.json`` per labelled dev draw) it computes the shipped check's inputs (``unique.told_in_other_words``:
the closest window's cosine, :func:`newsprism.story.coverage.nearest_telling`) and the wording cover of the ``n``
closest other-source sentences (:func:`newsprism.story.coverage.closest_words_cover`) where a word also counts as
held when one of their words is a noun of the same kind (synonym or near hypernym). A drop rule ``window >= w and
cover >= c`` (with ``n``) is chosen on a grid leaving one draw out, at the cost of ``fit_unique_rank``'s other drop
rules (a right item dropped costs ``TOLD_RIGHT_COST`` wrong ones), and scored on the left-out draw's first five
unique items per story (a dropped item's place taken by the next). Items are those of the saved outputs, so a drop
rule is scored exactly (no item's confidence depends on another's).

    PYTHONPATH=src .venv/bin/python training/choose_unique_kinds.py DIR/*.json --cache VECS.pkl [--cost 3]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fit_unique_rank as fu  # noqa: E402

from newsprism.lexicon import same_kind  # noqa: E402
from newsprism.story import coverage as cv  # noqa: E402
from newsprism.story.compare import settings  # noqa: E402

CLOSEST = (1, 3, 5)
GRID = [(n, round(float(w), 2), round(float(c), 2)) for n in CLOSEST for w in np.arange(0.40, 0.66, 0.05)
        for c in np.arange(0.40, 0.86, 0.05)]


def kinds_cover(mine: Sequence[str], theirs: Sequence[str], idf: dict[str, float], similar: float) -> float:
    """:func:`newsprism.story.coverage.words_cover` with one more way a word is held: a noun of theirs of the same
    kind (:func:`newsprism.lexicon.same_kind`)."""
    if not mine or not theirs:
        return 0.0
    near = (np.stack([cv.word_vector(w) for w in mine]) @ np.stack([cv.word_vector(w) for w in theirs]).T).max(axis=1)
    have = {cv.stem(w) for w in theirs}
    weight = [idf.get(cv.stem(w), 1.0) for w in mine]
    held = sum(x for w, x, c in zip(mine, weight, near, strict=True)
               if cv.stem(w) in have or c >= similar or any(same_kind(w, t) for t in theirs))
    return float(held / sum(weight))


def kinds_rows(saved: list[Path], embed: fu.Embedder) -> list[dict[str, float]]:
    """The window cosine and the kinds cover (closest 1, 3, 5) of every unique item, in ``fu.items`` order."""
    similar = float(settings()["unique"]["told_in_other_words"]["similar"])
    out: list[dict[str, float]] = []
    for p in saved:
        for res in json.loads(p.read_text("utf-8"))["results"].values():
            docs = {d["id"]: d for d in res["documents"]}
            sents = {i: [d["text"][s["start"]:s["end"]] for s in d["sentences"]] for i, d in docs.items()}
            told = {i: cv.Told(embed.get(v), v) for i, v in ((i, fu.body_texts(d)) for i, d in docs.items())}
            everything = [s for v in sents.values() for s in v]
            for f in (res.get("story") or {}).get("discrepancies") or []:
                if f["kind"] != "unique":
                    continue
                side = f["sides"][0]
                mine = side["document"]
                idf = cv.Others.of([s for i, v in sents.items() if i != mine for s in v], everything).idf
                vec = embed.get([side["text"]])[0]
                others = [t for i, t in told.items() if i != mine]
                row = {"window_cover": cv.nearest_telling(vec, side["text"], others)["window_cover"]}
                texts = [t for o in others if len(o.vectors) for t in o.texts]
                sims = np.concatenate([o.vectors @ vec for o in others if len(o.vectors)]) if texts else np.zeros(0)
                for n in CLOSEST:
                    near = np.argsort(-sims, kind="stable")[:n]
                    theirs = sorted({w for k in near for w in cv.words(texts[int(k)])})
                    row[f"kinds{n}"] = kinds_cover(cv.words(side["text"]), theirs, idf, similar)
                out.append(row)
    return out


def hit(x: dict[str, float], g: tuple[int, float, float]) -> bool:
    return x["window_cover"] >= g[1] and x[f"kinds{g[0]}"] >= g[2]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("saved", nargs="+", type=Path)
    ap.add_argument("--cache", type=Path, help="the encoder's sentence vectors, kept between runs (pickle)")
    ap.add_argument("--cost", type=float, default=fu.TOLD_RIGHT_COST, help="wrong items one dropped right item costs")
    a = ap.parse_args()
    embed = fu.Embedder(a.cache)
    rows = fu.items(a.saved, by_draw_labels=True)
    for r, k in zip(rows, kinds_rows(a.saved, embed), strict=True):
        r["x"] = {**r["x"], **k}
    embed.save()
    fu.TOLD_RIGHT_COST = a.cost
    per = fu._choose_drop_rule(rows, GRID, hit)
    pooled: dict[str, Any] = {"before": [0, 0, 0], "after": [0, 0, 0], "dropped_right_wrong_unlabelled": [0, 0, 0]}
    for r in per.values():
        d = r["dropped"]
        for key, v in (("before", r["top5_before"]), ("after", r["top5_after"]),
                       ("dropped_right_wrong_unlabelled", (d.count("right"), d.count("wrong"), d.count(None)))):
            pooled[key] = [x + y for x, y in zip(pooled[key], v, strict=True)]
    pooled["precision_before"] = round(pooled["before"][0] / max(1, pooled["before"][1]), 4)
    pooled["precision_after"] = round(pooled["after"][0] / max(1, pooled["after"][1]), 4)
    print(json.dumps({"cost": a.cost, "draws": {s: {"rule": r["rule"], "top5_before": r["top5_before"],
                                                    "top5_after": r["top5_after"],
                                                    "dropped": [r["dropped"].count(x) for x in ("right", "wrong", None)]}
                                                for s, r in per.items()},
                      "pooled": pooled}, indent=1))


if __name__ == "__main__":
    main()
