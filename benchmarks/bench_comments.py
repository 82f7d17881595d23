"""Reproduce the figures in benchmarks/comments.md.

    .venv/bin/python benchmarks/bench_comments.py            # everything (~15 min on 2 busy cores)
    .venv/bin/python benchmarks/bench_comments.py --quick    # speed + example thread only

Reads ../shared/data (SemEval-2016 train, VAST dev, Fox News comments); all accuracy figures are
cross-validated on those training sets (the test sets are held by the maintainers).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training" / "comments"))


def stance_cv() -> dict:
    import train_ngram as tn
    import train_stance as ts
    from data import load_semeval, load_vast

    sem, vast = load_semeval(), load_vast()
    res = ts.evaluate(ts.featurise(sem), sem, ts.featurise(vast), vast, ts.C)
    # The export's ensemble with the n-gram model (in-target only: it knows the five SemEval targets).
    res["semeval_in_target_5fold_by_ngram_weight"] = tn.cv_weights(sem, vast)
    return res


def toxicity_cv() -> dict:
    """The head alone (10-fold, threshold picked on out-of-fold F1) and the run-time rule
    (max of mean(head, profanity) and the insult/threat lexicon rule, toxic at 0.5) on the same folds."""
    import train_toxicity as tt
    from data import embed_cached, load_fox
    from sklearn.metrics import precision_recall_fscore_support
    from sklearn.model_selection import StratifiedKFold

    from newsprism.comments.civility import INSULT_SCORE, THREAT_SCORE, TOXIC_AT, _aimed_insults
    from newsprism.comments.features import find_cues, toxicity_features

    texts, y, _ = load_fox()
    x = toxicity_features(texts, embed_cached(texts))
    res = {"head": tt.cross_validate(x, y)}
    oof = np.zeros(len(y))
    for tr, te in StratifiedKFold(10, shuffle=True, random_state=tt.SEED).split(x, y):
        clf, mean, scale = tt.fit(x[tr], y[tr])
        oof[te] = clf.predict_proba((x[te] - mean) / scale)[:, 1]
    prof = x[:, 384]
    rule = np.array([INSULT_SCORE if _aimed_insults(t) else THREAT_SCORE if find_cues(t, "threats", "insults.json")
                     else 0.0 for t in texts])
    for name, score in [("profanity_check_only@0.5", prof),
                        ("runtime (mean(head,profanity) | lexicon rule)", np.maximum(0.5 * (oof + prof), rule)),
                        ("lexicon rule only", rule)]:
        p, r, f, _ = precision_recall_fscore_support(y, score >= TOXIC_AT, average="binary", zero_division=0)
        res[name] = {"precision": round(100 * p, 1), "recall": round(100 * r, 1), "f1": round(100 * f, 1)}
    return res


def _expected_thread() -> dict[str, str]:
    """Author -> stance from the comment-thread section of examples/story/EXPECTED.md."""
    text = (ROOT / "examples/story/EXPECTED.md").read_text("utf-8")
    sec = text.split("## Comment thread (01)", 1)[1]
    gold = {}
    for key, lab in (("against the visit:", "against"), ("for:", "favor"), ("neutral:", "neutral")):
        m = re.search(re.escape(key) + r"([^;)]*)", sec)
        for name in (m.group(1).split(",") if m else []):
            gold[name.strip()] = lab
    return gold


def example_thread() -> dict:
    from newsprism.api import load_pipeline
    from newsprism.ingest import load

    doc = load_pipeline()(next(iter(load(str(ROOT / "examples/story/01_harbour_wire.txt")))))
    gold = _expected_thread()
    rows = [(c.author, gold.get(c.author), c.stance) for c in doc.comments]
    agree = sum(g == p for _, g, p in rows if g)
    return {"accuracy": f"{agree}/{sum(1 for _, g, _ in rows if g)}", "rows": rows,
            "near_duplicate_flagged": any(s["kind"] == "near_duplicate" for s in doc.thread.coordination),
            "toxic": [c.author for c in doc.comments if c.toxic]}


def seed_thread() -> list[tuple[str, str, float]]:
    """Authors and predicted stances on seed 000 (its text is not printed)."""
    from newsprism.api import load_pipeline
    from newsprism.ingest import load

    files = sorted((ROOT.parent / "shared/seeds").glob("000_*.txt"))
    if not files:
        return []
    doc = load_pipeline()(next(iter(load(str(files[0])))))
    return [(c.author, c.stance, c.stance_score) for c in doc.comments]


def speed(n: int = 600) -> dict:
    """comments/s for newsprism.comments.v1 + newsprism.thread.v1 on an invented thread of n comments."""
    from newsprism.comments.components import CommentsComponent
    from newsprism.comments.thread import ThreadComponent
    from newsprism.ingest import parse_text_article
    from newsprism.pipeline import DocState

    rng = np.random.default_rng(0)
    openers = ["The new port deal", "This summit", "Lower tariffs", "The customs pact", "Premier Korst",
               "The rail plan", "Cheaper machinery", "The steel mills"]
    verbs = ["will help", "will hurt", "is good for", "is a disaster for", "changes nothing for",
             "could finally help", "is a waste of money for", "sounds fine for"]
    objects = ["farmers in the valley.", "our workers.", "the coast towns.", "everyone.", "the budget.",
               "small businesses.", "the harbour.", "families like mine."]
    lines = ["Trade Summit Ends", "Velmora, Ostrand – Two premiers ended a trade summit on May 6, 2026.",
             f"{n} Comments"]
    for i in range(n):
        lines += [f"reader_{i % 97}", f"{rng.choice(openers)} {rng.choice(verbs)} {rng.choice(objects)} "
                  f"{'Really.' if i % 3 else 'I mean it, read the pact first.'}"]
    doc = parse_text_article("\n".join(lines) + "\n", "speed.txt")
    comp, thread = CommentsComponent(), ThreadComponent()
    warm = parse_text_article("T\nBody text here.\n2 Comments\na\nGood deal.\nb\nBad deal.\n", "w.txt")
    warm_state, state = DocState(), DocState()
    thread(comp(warm, warm_state), warm_state)
    t0 = time.perf_counter()
    comp(doc, state)
    t1 = time.perf_counter()
    thread(doc, state)
    t2 = time.perf_counter()
    return {"comments": len(doc.comments), "comments_per_s": round(len(doc.comments) / (t1 - t0), 1),
            "with_thread_per_s": round(len(doc.comments) / (t2 - t0), 1),
            "stances": dict(Counter(c.stance for c in doc.comments))}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    print(json.dumps({"speed": speed()}), flush=True)
    print(json.dumps({"example_thread": example_thread()}), flush=True)
    print(json.dumps({"seed_000_stances": seed_thread()}), flush=True)
    if not args.quick:
        print(json.dumps({"toxicity_fox_10fold": toxicity_cv()}), flush=True)
        print(json.dumps({"stance_cv": stance_cv()}), flush=True)


if __name__ == "__main__":
    main()
