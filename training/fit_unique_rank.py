"""Fit the calibrated "only one source" model on the hand-labelled BASIL audit items (issue 11, round 5).

    PYTHONPATH=src .venv/bin/python benchmarks/audit_story.py --save training/runs/r5/base_dev.json   # and
    #   --heldout / --fresh / --r4 (saved compare outputs of the four dev audit draws)
    PYTHONPATH=src .venv/bin/python training/fit_unique_rank.py training/runs/r5/base_{dev,heldout,fresh,r4}.json \
        [--write]
    # round 9: the 'told in other words' rule, chosen leaving one draw out on the eight dev draws
    PYTHONPATH=src .venv/bin/python training/fit_unique_rank.py \
        training/runs/r9/base_{dev,heldout,fresh,r4,r5,r6,r7,r8}.json --r9-labels --meaning VECS.pkl --by-draw \
        --choose-in-words
    # round 19: every labelled dev story draw, each saved output judged by its own unique label files
    PYTHONPATH=src .venv/bin/python benchmarks/consensus_first5.py --kind unique --save OUT_DIR   # <draw>.json
    PYTHONPATH=src .venv/bin/python training/fit_unique_rank.py OUT_DIR/*.json --dev-labels --by-draw [--write]

Every unique item of the saved outputs gets the features of :mod:`newsprism.story.coverage` (word, name and
number coverage of its sentence in the other sources, the encoder cosine and the detail count the shipped code
already had). Items with a label in the dev draws' ``benchmarks/audits/story_basil{,_heldout,_fresh,_r4}.jsonl`` (right = no other source says it)
train a standardized logistic regression, except the labels written in round 5 for the items this model brought
into the first five (``labelled_by`` starting with ``EVAL_ONLY``): those only score. Figures are cross-validated over stories (GroupKFold, 5 folds: no
story is scored by a model that saw its labels): AUC, and the precision of the first five items per story in
the new order (labelled items only; how many of those first five have no label is printed). ``--write`` refits
on every labelled item and writes the weights to ``src/newsprism/story/data/unique_rank.json`` (read by
``newsprism.story.confidence.unique_confidence``). Runs in seconds.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold, LeaveOneGroupOut

from newsprism.model import Document
from newsprism.story.compare import settings
from newsprism.story.coverage import (
    FEATURES,
    MEANING_FEATURES,
    Others,
    Told,
    features,
    meaning_features,
    told_elsewhere,
)
from newsprism.story.sources import body_sentences

ROOT = Path(__file__).resolve().parents[1]
# the dev draws' labels only: the round-5 held-out draw (story_basil_r5.jsonl) is never read here
LABELS = [ROOT / "benchmarks" / "audits" / f"story_basil{s}.jsonl" for s in ("", "_heldout", "_fresh", "_r4")]
# round 7: the r5 and r6 draws are dev sets too (r7 is held out and never read here)
LABELS_R7 = [*LABELS, ROOT / "benchmarks" / "audits" / "story_basil_r5.jsonl",
             ROOT / "benchmarks" / "audits" / "story_r6.jsonl"]
# round 8: r7 is a dev draw too (r8 is held out and never read here)
LABELS_R8 = [*LABELS_R7, ROOT / "benchmarks" / "audits" / "story_r7.jsonl"]
# round 9: r8 is a dev draw too (its labels and the ones first sampled on the round-8 freeze), and the dev label files
# with the consensus engineer's round-8 lines (``*_consensus_r8dev.jsonl``: the committed labels plus new strict ones)
AUDITS = ROOT / "benchmarks" / "audits"
LABELS_R9 = [AUDITS / f"{s}.jsonl" for s in ("story_basil_consensus_r8dev", "story_basil_heldout_consensus_r8dev",
                                             "story_basil_fresh", "story_basil_r4_consensus_r8dev", "story_basil_r5",
                                             "story_r6_consensus_r8dev", "story_r7_consensus_r8dev", "story_r8",
                                             "story_r8_final")]
OUT = ROOT / "src" / "newsprism" / "story" / "data" / "unique_rank.json"
COVER = re.compile(r"best similarity (-?[\d.]+)")
C_REG = 0.3  # L2 strength, fixed before any figure (few hundred labels, 13 features)
# labels written in round 5 for the items this model brought into the first five: used to score, never to fit
EVAL_ONLY = "story engineer, round 5"


def label_key(story: str, kind: str, slot: str | None, sides: list) -> tuple:
    return (story, kind, slot, tuple(sorted(tuple(s) for s in sides)))


def load_labels(files: list[Path] = LABELS) -> dict[tuple, tuple[str, bool]]:
    """label and whether it may train the model, by label key"""
    out = {}
    for p in files:
        for line in p.read_text("utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                fit_ok = not str(r.get("labelled_by") or "").startswith(EVAL_ONLY)
                out[label_key(r["story"], r["kind"], r["slot"], r["sides"])] = (r["label"], fit_ok)
    return out


class Embedder:
    """The shared encoder's vectors of texts, as the story step computes them (``Encoder.embed`` of each text),
    kept in a pickle between runs (``training/runs/``: the saved outputs hold texts, not vectors)."""

    def __init__(self, cache: Path | None) -> None:
        self.path, self.known = cache, {}
        if cache is not None and cache.exists():
            self.known = pickle.loads(cache.read_bytes())

    def get(self, texts: list[str]) -> np.ndarray:
        todo = sorted({t for t in texts if t not in self.known})
        if todo:
            from newsprism.encoder import get_encoder

            self.known.update(zip(todo, get_encoder().embed(todo), strict=True))
        return np.stack([self.known[t] for t in texts]) if texts else np.zeros((0, 384), dtype=np.float32)

    def save(self) -> None:
        if self.path is not None:
            self.path.write_bytes(pickle.dumps(self.known))


def body_texts(doc: dict) -> list[str]:
    """The body sentences of a saved document, as the story step embeds them (``sources.body_sentences``)."""
    d = Document.model_validate(doc)
    return [d.text[a:b] for a, b in body_sentences(d)]


def draw_label_files(draw: str) -> list[Path]:
    """A dev draw's unique label files in load order (``benchmarks/consensus_first5.py --kind unique``: its
    ``fit_story.AUDIT_LABELS`` and ``audit_story.py`` files, its re-judged ``_uniquer*`` files, then ``_uniq19``)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import consensus_first5

    return list(consensus_first5.label_files(draw, "unique"))


def items(saved: list[Path], label_files: list[Path] = LABELS, embed: Embedder | None = None,
          by_draw_labels: bool = False) -> list[dict]:
    """Every unique item of the saved outputs with its features, label (or None) and shipped confidence; with
    ``embed``, the encoder's meaning features too (:func:`newsprism.story.coverage.meaning_features`). With
    ``by_draw_labels`` each saved output is named after its dev draw (``<draw>.json``) and judged by that draw's
    label files (:func:`draw_label_files`) instead of ``label_files``."""
    shared = {} if by_draw_labels else load_labels(label_files)
    rows = []
    for p in saved:
        labels = load_labels([f for f in draw_label_files(p.stem) if f.exists()]) if by_draw_labels else shared
        for story, res in json.loads(p.read_text("utf-8"))["results"].items():
            docs = {d["id"]: d for d in res["documents"]}
            sents = {i: [d["text"][s["start"]:s["end"]] for s in d["sentences"]] for i, d in docs.items()}
            told = {}
            if embed is not None:
                body = {i: body_texts(d) for i, d in docs.items()}
                told = {i: Told(embed.get(v), v) for i, v in body.items()}
            everything = [s for v in sents.values() for s in v]
            for f in (res.get("story") or {}).get("discrepancies") or []:
                if f["kind"] != "unique":
                    continue
                side = f["sides"][0]
                d = docs[side["document"]]
                others = Others.of([s for i, v in sents.items() if i != d["id"] for s in v], everything)
                k = next((n for n, s in enumerate(d["sentences"]) if s["start"] <= side["start"] < s["end"]), 0)
                m = COVER.search(f.get("explanation") or "")
                units = len((side.get("value") or "").split("; "))
                x = features(side["text"], others, float(m.group(1)) if m else 0.0, units,
                             k / max(1, len(d["sentences"])))
                if embed is not None:
                    x |= meaning_features(embed.get([side["text"]])[0], side["text"],
                                          [t for i, t in told.items() if i != d["id"]], others.idf,
                                          settings()["unique"]["told_in_other_words"])
                key = label_key(story, "unique", f.get("slot"),
                                [[s["document"], s["start"], s["end"]] for s in f["sides"]])
                lab, fit_ok = labels.get(key, (None, False))
                rows.append({"story": story, "x": x, "label": lab, "fit": fit_ok, "old": f["confidence"],
                             "text": side["text"], "set": p.stem, "key": key,
                             "opinion": ((d.get("genre") or {}).get("label") == "opinion")})
    return rows


def as_stated(rows: list[dict], pred: np.ndarray) -> np.ndarray:
    """A model's probabilities as the story step states them: an item of an opinion piece capped under the cut,
    its order kept in a narrow band (``newsprism.story.uniques``: ``unique.opinion_confidence``)."""
    cfg = settings()["unique"]
    cap = float(cfg["opinion_confidence"]) - float(cfg["opinion_order_band"]) * (1.0 - pred)
    return np.where([r["opinion"] for r in rows], np.minimum(pred, cap), pred)


def first_five_unlabelled(rows: list[dict], score: np.ndarray) -> list[dict]:
    """The items without a label among the first five per story by ``score`` (to label by hand, no score shown)."""
    by: dict[str, list[int]] = {}
    for n, r in enumerate(rows):
        by.setdefault(r["story"], []).append(n)
    return [{"set": rows[n]["set"], "key": rows[n]["key"], "text": rows[n]["text"]}
            for idx in by.values() for n in sorted(idx, key=lambda n: -score[n])[:5] if rows[n]["label"] is None]


def top5(rows: list[dict], score: np.ndarray) -> tuple[int, int, int]:
    """(right, labelled, unlabelled) among the first five items per story by ``score``."""
    right = lab = unl = 0
    by: dict[str, list[int]] = {}
    for n, r in enumerate(rows):
        by.setdefault(r["story"], []).append(n)
    for idx in by.values():
        for n in sorted(idx, key=lambda n: -score[n])[:5]:
            if rows[n]["label"] is None:
                unl += 1
            else:
                lab += 1
                right += rows[n]["label"] == "right"
    return right, lab, unl


# the grid the ``unique.told`` rule was chosen from (round 8): which cosine, its floor, the floor of the shares of
# names and numbers, the floor of the share of content words; and the cost of dropping an item labelled right,
# in items labelled wrong (3: a rule must be right to drop at least three times in four)
TOLD_GRID = [(c, w, n, s) for c in ("cover", "window_cover", "named_cover") for w in (0.5, 0.55, 0.6, 0.65, 0.7)
             for n in (0.0, 0.5, 1.0) for s in (0.0, 0.2, 0.3, 0.4, 0.5)]
TOLD_RIGHT_COST = 3.0


def _told(x: dict[str, float], rule: tuple[str, float, float, float]) -> bool:
    cos, w, n, s = rule
    return x[cos] >= w and x["near_name"] >= n and x["near_number"] >= n and x["near_stem"] >= s


def choose_told(rows: list[dict]) -> dict[str, dict]:
    """Leave one draw out: the rule of ``TOLD_GRID`` that best drops labelled-wrong items (each labelled-right
    item dropped costs ``TOLD_RIGHT_COST``) on the other draws, and what it does to the left-out draw: labelled
    items dropped (right, wrong) and the first five per story before and after (right, labelled, unlabelled;
    items in the shipped order, a dropped item's place taken by the next)."""
    return {s: {"rule": r["rule"], "dropped_right_wrong": (r["dropped"].count("right"), r["dropped"].count("wrong")),
                "top5_before": r["top5_before"], "top5_after": r["top5_after"]}
            for s, r in _choose_drop_rule(rows, TOLD_GRID, _told).items()}


def _choose_drop_rule(rows: list[dict], grid: Sequence[Any], hit: Callable[[dict[str, float], Any], bool]
                      ) -> dict[str, dict[str, Any]]:
    """Per left-out draw: the rule of ``grid`` whose drops (``hit``) on the other draws' labelled items gain most
    (a wrong item dropped +1, a right one -``TOLD_RIGHT_COST``), the labels of the left-out draw's items it drops,
    and that draw's first five per story before and after the drop."""
    out: dict[str, dict[str, Any]] = {}
    for s in sorted({r["set"] for r in rows}):
        rest = [r for r in rows if r["set"] != s and r["label"]]

        def gain(g: Any, rest: list[dict] = rest) -> float:
            labels = [r["label"] for r in rest if hit(r["x"], g)]
            return labels.count("wrong") - TOLD_RIGHT_COST * labels.count("right")

        g = max(grid, key=gain)
        sub = [r for r in rows if r["set"] == s]
        order = np.array([r["old"] for r in sub]) - 1e-6 * np.arange(len(sub))
        kept = [r for r in sub if not hit(r["x"], g)]
        kept_order = np.array([r["old"] for r in kept]) - 1e-6 * np.arange(len(kept))
        out[s] = {"rule": g, "dropped": [r["label"] for r in sub if hit(r["x"], g)],
                  "top5_before": top5(sub, order), "top5_after": top5(kept, kept_order)}
    return out


# round 9: the grid of the ``unique.told_in_other_words`` rule (the closest window's cosine, the share of the wording
# the closest sentences hold with synonyms), chosen at the same cost as ``unique.told``
IN_WORDS_GRID = [(round(w, 2), round(c, 2)) for w in np.arange(0.4, 0.76, 0.05) for c in np.arange(0.3, 0.81, 0.05)]


def choose_in_words(rows: list[dict]) -> dict[str, dict]:
    """Leave one draw out: the (window, words) floor of ``IN_WORDS_GRID`` that best drops labelled-wrong items on
    the other draws (each labelled-right item dropped costs ``TOLD_RIGHT_COST``), and what it does to the left-out
    draw, as :func:`choose_told` reports it. Read on outputs made without the rule."""
    def hit(x: dict[str, float], g: tuple[float, float]) -> bool:
        return x["window_cover"] >= g[0] and x["closest_words"] >= g[1]

    out: dict[str, dict[str, Any]] = {}
    for s, r in _choose_drop_rule(rows, IN_WORDS_GRID, hit).items():
        dropped = r["dropped"]
        out[s] = {"rule": r["rule"], "dropped_right_wrong_unlabelled": (dropped.count("right"), dropped.count("wrong"),
                                                                        dropped.count(None)),
                  "top5_before": r["top5_before"], "top5_after": r["top5_after"]}
    out["all"] = {k: [sum(v[k][n] for v in out.values()) for n in range(3)]
                  for k in ("dropped_right_wrong_unlabelled", "top5_before", "top5_after")}
    return out


# round 19 (measured, not shipped: benchmarks/story.md "Round 19: unique items"): a floor of the ranked model's
# confidence under which an item would not be stated at all, chosen on this grid: the highest first-five precision whose right
# first-five items stay >= FLOOR_KEEP of the draws' right first-five items without a floor (ties: the lower floor)
FLOOR_GRID = [round(float(g), 2) for g in np.arange(0.05, 0.601, 0.01)]
FLOOR_KEEP = 0.95


def model_confidence(row: dict) -> float:
    """The ranked model's confidence of a saved item before the opinion cap (``as_stated``), which keeps an opinion
    item's order in its band: stated = opinion_confidence - band * (1 - p), invertible to the 4 stated decimals."""
    cfg = settings()["unique"]
    top, band = float(cfg["opinion_confidence"]), float(cfg["opinion_order_band"])
    capped_from = (top - band) / (1.0 - band)  # a model confidence at or above this is capped
    if not row["opinion"] or row["old"] < capped_from:
        return float(row["old"])
    return round(float((row["old"] - top + band) / band), 4)  # the stated 4 decimals, without float residue


def first_five_above(rows: list[dict], floor: float) -> tuple[int, int, int]:
    """(right, labelled, unlabelled) among the first five items per story (stated order) of the items whose
    model confidence is at or above ``floor``."""
    kept = [r for r in rows if model_confidence(r) >= floor]
    return top5(kept, np.array([r["old"] for r in kept]) - 1e-6 * np.arange(len(kept)))


def best_floor(rows: list[dict]) -> float:
    """The floor of ``FLOOR_GRID`` with the highest first-five precision on ``rows`` keeping >= FLOOR_KEEP of
    their right first-five items (0.0: no floor, when none does)."""
    right0 = first_five_above(rows, 0.0)[0]
    best: tuple[float, float] = (-1.0, 0.0)
    for g in FLOOR_GRID:
        right, lab, _ = first_five_above(rows, g)
        if lab and right >= FLOOR_KEEP * right0 and right / lab > best[0] + 1e-12:
            best = (right / lab, g)
    return best[1]


def choose_floor(rows: list[dict]) -> dict[str, Any]:
    """Leave one draw out: each draw's first fives under the floor chosen on the other draws, pooled; and the floor
    chosen on every draw."""
    out: dict[str, Any] = {}
    before, after = [0, 0, 0], [0, 0, 0]
    for s in sorted({r["set"] for r in rows}):
        g = best_floor([r for r in rows if r["set"] != s])
        sub = [r for r in rows if r["set"] == s]
        b, a = first_five_above(sub, 0.0), first_five_above(sub, g)
        out[s] = {"floor": g, "top5_before": b, "top5_after": a,
                  "stated_before": len(sub), "stated_after": sum(model_confidence(r) >= g for r in sub)}
        before, after = [x + y for x, y in zip(before, b, strict=True)], [x + y for x, y in zip(after, a, strict=True)]
    out["pooled"] = {"top5_before": before, "top5_after": after,
                     "precision_before": round(before[0] / max(1, before[1]), 4),
                     "precision_after": round(after[0] / max(1, after[1]), 4)}
    out["floor_all_draws"] = best_floor(rows)
    return out


def fit(x: np.ndarray, y: np.ndarray, names: tuple[str, ...]) -> tuple[LogisticRegression, np.ndarray, np.ndarray]:
    mu, sd = x.mean(0), x.std(0) + 1e-9
    m = LogisticRegression(C=C_REG, max_iter=1000).fit((x - mu) / sd, y)
    return m, mu, sd


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("saved", nargs="+", type=Path)
    ap.add_argument("--features", default=",".join(FEATURES),
                    help="comma-separated feature names, or 'all' (with --meaning: the meaning features too)")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--r7-labels", action="store_true", help="fit on the r5 and r6 labels too (round 7)")
    ap.add_argument("--r8-labels", action="store_true", help="fit on the r5, r6 and r7 labels too (round 8)")
    ap.add_argument("--r9-labels", action="store_true",
                    help="the round-9 dev label files (r8 and the consensus engineer's round-8 lines too)")
    ap.add_argument("--dev-labels", action="store_true",
                    help="round 19: the saved outputs are <draw>.json of every labelled dev story draw, each judged by "
                         "its own unique label files (benchmarks/consensus_first5.py --kind unique)")
    ap.add_argument("--unlabelled", type=Path,
                    help="write the unlabelled items of the cross-validated first fives here (JSON lines, no score)")
    ap.add_argument("--choose-floor", action="store_true",
                    help="round 19: measure a confidence floor under which an item is not stated, leaving one draw out")
    ap.add_argument("--choose-in-words", action="store_true",
                    help="with --meaning: choose the 'told in other words' drop rule leaving one draw out (round 9)")
    ap.add_argument("--meaning", type=Path, metavar="VECTOR_CACHE",
                    help="add the encoder's meaning features (round 8), the vectors kept in this pickle")
    ap.add_argument("--choose-told", action="store_true",
                    help="with --meaning: choose the 'told elsewhere' drop rule leaving one draw out (round 8)")
    ap.add_argument("--by-draw", action="store_true",
                    help="cross-validate leaving one draw (saved file) out instead of GroupKFold(5) by story")
    args = ap.parse_args()
    names = FEATURES + MEANING_FEATURES if args.features == "all" else tuple(args.features.split(","))
    embed = Embedder(args.meaning) if args.meaning else None
    rows = items(args.saved, LABELS_R9 if args.r9_labels else LABELS_R8 if args.r8_labels
                 else LABELS_R7 if args.r7_labels else LABELS, embed, by_draw_labels=args.dev_labels)
    if embed is not None:
        embed.save()
    x_all = np.array([[r["x"].get(k, 0.0) for k in names] for r in rows])
    lab = np.array([r["label"] is not None for r in rows])
    trainable = np.array([r["label"] is not None and r["fit"] for r in rows])
    y_all = np.array([r["label"] == "right" for r in rows], dtype=int)
    groups = np.array([r["story"] for r in rows])
    print(f"{len(rows)} unique items, {lab.sum()} labelled ({y_all[lab].sum()} right; {trainable.sum()} may fit), "
          f"{len(set(groups))} stories", file=sys.stderr)
    pred = np.zeros(len(rows))
    draws = np.array([r["set"] for r in rows])
    folds = (LeaveOneGroupOut().split(x_all, groups=draws) if args.by_draw
             else GroupKFold(5).split(x_all, groups=groups))
    for tr, te in folds:
        tr = tr[trainable[tr]]
        m, mu, sd = fit(x_all[tr], y_all[tr], names)
        pred[te] = m.predict_proba((x_all[te] - mu) / sd)[:, 1]
    if args.dev_labels:  # round 19: ranked as the story step states the items (earlier rounds' figures without)
        pred = as_stated(rows, pred)
    old = np.array([r["old"] for r in rows])
    report = {"features": names, "items": len(rows), "labelled": int(lab.sum()), "fitted_on": int(trainable.sum()),
              "auc_cv": round(float(roc_auc_score(y_all[lab], pred[lab])), 3),
              "auc_shipped": round(float(roc_auc_score(y_all[lab], old[lab])), 3),
              "top5_shipped": top5(rows, old + 1e-6 * -np.arange(len(rows))),
              "top5_cv": top5(rows, pred)}
    report["brier_cv"] = round(float(np.mean((pred[lab] - y_all[lab]) ** 2)), 4)
    report["reliability_cv"] = {f"{lo / 5:.1f}-{(lo + 1) / 5:.1f}": (int(y_all[sel].sum()), int(sel.sum()))
                                for lo in range(5)
                                if (sel := lab & (pred >= lo / 5) & ((pred < (lo + 1) / 5) | (lo == 4)))
                                .any()}
    for cut in (0.5, 0.6, 0.7):
        sel = lab & (pred >= cut)
        report[f"cv_precision_at_{cut}"] = (int(y_all[sel].sum()), int(sel.sum()))
    for s in sorted({r["set"] for r in rows}):
        idx = [n for n, r in enumerate(rows) if r["set"] == s]
        sub = [rows[n] for n in idx]
        report[f"top5_{s}"] = {"shipped": top5(sub, old[idx] + 1e-6 * -np.arange(len(idx))),
                               "cv": top5(sub, pred[idx])}
        if embed is not None:
            # the shipped rule (``unique.told``) applied to the saved outputs' items: labelled items it would
            # drop (right, wrong); run on outputs saved before the rule shipped, or these are all (0, 0)
            told = [r for r in sub if r["label"] and told_elsewhere(r["x"], settings()["unique"]["told"])]
            report[f"told_{s}"] = (sum(r["label"] == "right" for r in told), sum(r["label"] == "wrong" for r in told))
    if embed is not None and args.choose_told:
        report["told_lodo"] = choose_told(rows)
    if embed is not None and args.choose_in_words:
        report["in_words_lodo"] = choose_in_words(rows)
    if args.choose_floor:
        report["floor_lodo"] = choose_floor(rows)
    print(json.dumps(report, indent=1))
    if args.unlabelled:
        args.unlabelled.write_text("".join(json.dumps(u, ensure_ascii=False) + "\n"
                                           for u in first_five_unlabelled(rows, pred)), encoding="utf-8")
    if args.write:
        m, mu, sd = fit(x_all[trainable], y_all[trainable], names)
        out = {"_about": "Calibrated P(an 'only one source' item is right: no other source of the story says it), "
                         "standardized logistic regression on the features of newsprism.story.coverage: "
                         "(x - mean) / scale times weights plus intercept. Fitted by training/fit_unique_rank.py on "
                         + ("the hand-labelled unique items of every labelled dev story draw (benchmarks/audits/story_*.jsonl, "
                            "consensus_first5.py --kind unique) found in the saved compare outputs; cv: leave one draw "
                            "out." if args.dev_labels else
                            "the hand-labelled unique items of the BASIL audits (benchmarks/audits/story_basil*.jsonl) "
                            "found in the saved compare outputs; cv: GroupKFold(5) by story."),
               "intercept": round(float(m.intercept_[0]), 5),
               "weights": {k: round(float(w), 5) for k, w in zip(names, m.coef_[0], strict=True)},
               "mean": {k: round(float(v), 5) for k, v in zip(names, mu, strict=True)},
               "scale": {k: round(float(v), 5) for k, v in zip(names, sd, strict=True)},
               "fitted": {"by": "training/fit_unique_rank.py", "items": len(rows), "labelled": int(trainable.sum()),
                          "right": int(y_all[trainable].sum()), "C": C_REG},
               "cv": {k: v for k, v in report.items() if k != "features"}}
        OUT.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
