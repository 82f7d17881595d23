"""Benchmarks for events, claims and story comparison (figures go to benchmarks/story.md).

    .venv/bin/python benchmarks/bench_story.py fnc [--fit]   # FNC-1 agreement, 5-fold CV by body
    .venv/bin/python benchmarks/bench_story.py events        # CAMEO roots: ConfliBERT majority vote, PETRARCH
    .venv/bin/python benchmarks/bench_story.py throughput    # compare on a 20-article story

Reads ../shared/data at run time; copies nothing into the repository. ``--fit`` refits the agreement weights
on all the FNC-1 pairs available here and writes src/newsprism/story/data/agreement.json (the reported score
is always the out-of-fold one, never the score of the shipped weights on their own training pairs).
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import re
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
RELATED = ("agree", "disagree", "discuss")


def fnc_score(gold: list[str], pred: list[str]) -> tuple[float, float]:
    """The official FNC-1 weighting: 0.25 for related/unrelated right, 0.75 more for the right stance."""
    score = 0.0
    for g, p in zip(gold, pred, strict=True):
        if g == p:
            score += 0.25
            if g != "unrelated":
                score += 0.5
        if g in RELATED and p in RELATED:
            score += 0.25
    best = sum(0.25 if g == "unrelated" else 1.0 for g in gold)
    return score, best


def _fnc_features():
    from newsprism.encoder import get_encoder
    from newsprism.story.agreement import FEATURES, features, index_body

    base = DATA / "agreement" / "fnc1"
    bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(open(base / "bodies.csv", encoding="utf-8"))}
    pairs = list(csv.DictReader(open(base / "stances.csv", encoding="utf-8")))
    enc = get_encoder()
    t0 = time.time()
    idx = {bid: index_body(text, enc) for bid, text in bodies.items()}
    heads = sorted({p["Headline"] for p in pairs})
    hv = dict(zip(heads, enc.embed(heads), strict=True))
    X = np.array([[features(p["Headline"], hv[p["Headline"]], idx[p["Body ID"]])[f] for f in FEATURES]
                  for p in pairs])
    print(f"features for {len(pairs)} pairs / {len(bodies)} bodies in {time.time() - t0:.0f}s", file=sys.stderr)
    y = np.array([p["Stance"] for p in pairs])
    groups = np.array([p["Body ID"] for p in pairs])
    return X, y, groups


def _fit(X, y):
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    rel = y != "unrelated"
    s1 = StandardScaler().fit(X)
    m1 = LogisticRegression(max_iter=2000, C=1.0).fit(s1.transform(X), rel)
    # Pick the relatedness threshold that maximizes the FNC score on the training folds.
    p1 = m1.predict_proba(s1.transform(X))[:, 1]
    s2 = StandardScaler().fit(X[rel])
    m2 = LogisticRegression(max_iter=2000, C=1.0, class_weight="balanced").fit(s2.transform(X[rel]), y[rel])
    p2 = m2.predict(s2.transform(X))
    best = max(np.arange(0.2, 0.81, 0.05),
               key=lambda t: fnc_score(list(y), [p if q >= t else "unrelated" for p, q in zip(p2, p1, strict=True)])[0])
    return s1, m1, s2, m2, float(best)


def _predict(model, X):
    s1, m1, s2, m2, th = model
    p1 = m1.predict_proba(s1.transform(X))[:, 1]
    p2 = m2.predict(s2.transform(X))
    return [p if q >= th else "unrelated" for p, q in zip(p2, p1, strict=True)]


def bench_fnc(fit: bool) -> dict:
    from sklearn.metrics import f1_score
    from sklearn.model_selection import GroupKFold

    from newsprism.story.agreement import FEATURES

    X, y, groups = _fnc_features()
    pred = np.empty(len(y), dtype=object)
    for tr, te in GroupKFold(n_splits=5).split(X, y, groups):
        pred[te] = _predict(_fit(X[tr], y[tr]), X[te])
    score, best = fnc_score(list(y), list(pred))
    labels = ["agree", "disagree", "discuss", "unrelated"]
    f1 = f1_score(y, pred, labels=labels, average=None)
    out = {"pairs": int(len(y)), "bodies": int(len(set(groups))), "fnc_score": score, "fnc_max": best,
           "fnc_percent": 100 * score / best, "f1": dict(zip(labels, map(float, f1), strict=True)),
           "macro_f1": float(np.mean(f1)),
           "confusion": {g: dict(collections.Counter(p for gg, p in zip(y, pred, strict=True) if gg == g))
                         for g in labels}}
    if fit:
        s1, m1, s2, m2, th = _fit(X, y)
        w = {"_about": "Fitted by benchmarks/bench_story.py --fit on the FNC-1 pairs in ../shared/data "
                       "(standardized features, logistic regression); see story/agreement.py.",
             "features": list(FEATURES),
             "related": {"mean": s1.mean_.tolist(), "scale": s1.scale_.tolist(), "coef": m1.coef_.tolist(),
                         "intercept": m1.intercept_.tolist(), "threshold": th},
             "stance": {"mean": s2.mean_.tolist(), "scale": s2.scale_.tolist(), "coef": m2.coef_.tolist(),
                        "intercept": m2.intercept_.tolist(), "labels": list(m2.classes_)}}
        path = ROOT / "src" / "newsprism" / "story" / "data" / "agreement.json"
        path.write_text(json.dumps(w, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {path}", file=sys.stderr)
    return out


def _root(label: str) -> str | None:
    m = re.match(r"\s*\d+-(\d+)", label or "")
    return f"{int(m.group(1)):02d}" if m else None


def conflibert_gold() -> list[tuple[str, str]]:
    """(sentence, majority CAMEO root) over every coder of every training round (one file per round)."""
    votes: dict[str, list[str]] = collections.defaultdict(list)
    base = DATA / "events" / "conflibert" / "annotations"
    for rnd in sorted(base.glob("training_round_*")):
        files = {p.name: p for p in rnd.glob("summary*.csv") if "wrong" not in p.name}
        pick = next((files[n] for n in ("summary_v2.csv", "summary.csv", "summary_v1.csv") if n in files), None)
        if pick is None:
            continue
        for r in csv.DictReader(open(pick, encoding="utf-8")):
            sent = (r.get("sentences") or "").strip()
            for col, val in r.items():
                if col.startswith("Action1_CAMEO_") and _root(val):
                    votes[sent].append(_root(val))
    gold = []
    for sent, vs in votes.items():
        (top, n), *rest = collections.Counter(vs).most_common() + [(None, 0)]
        if n >= 2 and (not rest or rest[0][1] < n):
            gold.append((sent, top))
    return gold


def petrarch_gold() -> list[tuple[str, set[str]]]:
    text = (DATA / "events" / "cameo" / "PETR.UnitTest.records.xml").read_text("utf-8", errors="replace")
    out = []
    for block in re.findall(r"<Sentence\b.*?</Sentence>", text, flags=re.S):
        codes = {c[:2] for c in re.findall(r'eventcode="(\d{2,4})"', block)}
        m = re.search(r"<Text>(.*?)</Text>", block, flags=re.S)
        if codes and m:
            out.append((" ".join(m.group(1).split()), codes))
    return out


def bench_events() -> dict:
    from newsprism.events import classify_sentence
    from newsprism.nlp import get_nlp

    nlp = get_nlp()
    res = {}
    gold = conflibert_gold()
    preds = [classify_sentence(d) for d in nlp.pipe([s for s, _ in gold], batch_size=64)]
    hit = sum(p == g for p, (_, g) in zip(preds, gold, strict=True))
    per = collections.defaultdict(lambda: [0, 0])
    for p, (_, g) in zip(preds, gold, strict=True):
        per[g][0] += 1
        per[g][1] += p == g
    res["conflibert"] = {"sentences": len(gold), "accuracy": hit / len(gold),
                         "coverage": sum(p is not None for p in preds) / len(gold),
                         "per_root": {k: {"n": n, "correct": c} for k, (n, c) in sorted(per.items())}}
    pg = petrarch_gold()
    preds = [classify_sentence(d) for d in nlp.pipe([s for s, _ in pg], batch_size=64)]
    hit = sum(p in g for p, (_, g) in zip(preds, pg, strict=True))
    res["petrarch"] = {"sentences": len(pg), "accuracy": hit / len(pg),
                       "coverage": sum(p is not None for p in preds) / len(pg)}
    return res


def _story_variants(n: int, folder: Path) -> list[str]:
    """n articles about the example story: the three bundled ones plus invented recombinations of their
    paragraphs (random subsets, changed figures) so that few are near-duplicates of each other."""
    src = ROOT / "examples" / "story"
    paths = [str(p) for p in sorted(src.glob("0*"))]
    pool: list[str] = []
    for name in ("01_harbour_wire.txt", "02_maravian_patriot_opinion.txt"):
        lines = (src / name).read_text("utf-8").split("\n")
        stop = next((k for k, x in enumerate(lines) if x.endswith("Comments")), len(lines))
        pool += [x for x in lines[3:stop] if len(x) > 60]
    pool += json.loads((src / "03_kestorian_herald.json").read_text("utf-8"))["text"].split("\n")[1:]
    rng = np.random.default_rng(7)
    i = 0
    while len(paths) < n:
        k = int(rng.integers(4, min(8, len(pool))))
        body = [pool[j] for j in rng.choice(len(pool), size=k, replace=False)]
        body = [re.sub(r"\b(\d{2,3})\b", lambda m: str(int(m.group(1)) + int(rng.integers(-5, 6))), p) for p in body]
        lead = f"Port Vell, Maravia – Desk {i} reports that President Tomas Varkel met Chancellor Ines Dorrow on March 3, 2026."
        out = folder / f"variant_{i:02d}.txt"
        out.write_text("\n".join([f"Varkel in Maravia: report {i}", lead] + body) + "\n", encoding="utf-8")
        paths.append(str(out))
        i += 1
    return paths


def bench_throughput(n: int = 20) -> dict:
    from newsprism.cli.compare import CompareFormat, compare

    with tempfile.TemporaryDirectory() as tmp:
        paths = _story_variants(n, Path(tmp))
        t0 = time.time()
        compare(paths[:3], fmt=CompareFormat.json, out=Path(tmp) / "warmup.json")  # loads every model once
        cold = time.time() - t0
        t0, c0 = time.time(), time.process_time()
        result, _ = compare(paths, fmt=CompareFormat.json, out=Path(tmp) / "story.json")
        warm, warm_cpu = time.time() - t0, time.process_time() - c0
        from newsprism.api import build_story, ingest, load_pipeline
        from newsprism.story import build_story as story_from_json

        # the story step alone, after the documents are analyzed: as `compare` runs it (the events layer's
        # coreference from the run state) and as stored JSON documents are compared (no run state)
        pipe = load_pipeline()
        docs, _ = ingest(paths)
        done, states = pipe.pipe_with_state(docs)
        t0, c0 = time.time(), time.process_time()
        build_story(done, states)
        story_only, story_cpu = time.time() - t0, time.process_time() - c0
        t0, c0 = time.time(), time.process_time()
        story_from_json(done)
        json_only, json_cpu = time.time() - t0, time.process_time() - c0
    # process_time counts the CPU seconds of every thread of this process: on a loaded box it shows what the
    # work costs, where wall time also shows how long it waited for a core.
    return {"pipeline": pipe.names, "component_seconds": {k: round(v, 2) for k, v in pipe.timings.items()},
            "story_step_seconds": story_only, "story_step_cpu_seconds": story_cpu,
            "story_step_from_json_seconds": json_only, "story_step_from_json_cpu_seconds": json_cpu,
            "cpu_seconds": warm_cpu,
            "articles": len(result.documents), "seconds": warm, "articles_per_second": len(result.documents) / warm,
            "first_call_3_articles_seconds": cold, "discrepancies": len(result.story.discrepancies),
            "duplicates": len(result.story.duplicates)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["fnc", "events", "throughput", "all"])
    ap.add_argument("--fit", action="store_true", help="refit and write the agreement weights (fnc)")
    args = ap.parse_args()
    out = {}
    if args.what in ("fnc", "all"):
        out["fnc"] = bench_fnc(args.fit)
    if args.what in ("events", "all"):
        out["events"] = bench_events()
    if args.what in ("throughput", "all"):
        out["throughput"] = bench_throughput()
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
