"""The run-time comment stance and civility of whichever checkout is on PYTHONPATH, on checks that do not
depend on its training: our invented story-style set, our invented civility contrast set, the example story's
thread and seed 000's thread.

    PYTHONPATH=/path/to/checkout/src python benchmarks/compare_comments_runtime.py

Run it against main and against this branch (benchmarks/comments.md). The story-style figure is held-out only
for a checkout that was not trained on that set (main's hand-weighted approval score); this branch's story head
was, so its held-out figure is the nested CV of ``training/comments/train_stance.py`` and the figure printed
here for it is marked ``trained_on_it``; the same holds for the contrast set (its held-out figure is the 5-fold
CV of ``training/comments/train_toxicity.py``).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "training" / "comments"))

LABELS = ("favor", "against", "neutral")


def story_set() -> dict:
    from bench_comments import ROOT
    from data import load_story

    import newsprism
    from newsprism.comments.stance import story_stance
    from newsprism.ingest import parse_text_article

    ds = load_story()
    by_story: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(ds.groups):
        by_story[g].append(i)
    pred = np.zeros(len(ds.labels), dtype=int)
    for rows in by_story.values():
        headline = ds.targets[rows[0]]
        # The set gives each story's headline only: a document whose title and one body line are the headline.
        doc = parse_text_article(f"{headline}\n{headline}.\n", "story.txt")
        for i, r in zip(rows, story_stance([ds.texts[i] for i in rows], doc), strict=True):
            pred[i] = LABELS.index(r.label)
    src = Path(newsprism.__file__).resolve().parents[2]
    models = src / "src/newsprism/comments/models"
    return {"checkout": str(src), "story_set_macro_f1": round(100 * f1_score(ds.labels, pred, average="macro"), 1),
            "per_label_f1": [round(100 * v, 1) for v in f1_score(ds.labels, pred, labels=[0, 1, 2], average=None)],
            "trained_on_it": (models / "stance_story.npz").exists(), "rows": len(pred),
            "same_repo_as_benchmark": src == ROOT}


def contrast_set() -> dict:
    from data import load_contrast

    from newsprism.comments.civility import score_civility
    from newsprism.encoder import get_encoder

    texts, y = load_contrast()
    flags = np.array([c.toxic for c in score_civility(texts, get_encoder().embed(texts))])
    return {"criticism_flagged": f"{int(flags[y == 0].sum())}/{int((y == 0).sum())}",
            "abuse_caught": f"{int(flags[y == 1].sum())}/{int((y == 1).sum())}"}


def main() -> None:
    from bench_comments import example_thread, seed_thread

    print(json.dumps({"story_set": story_set()}), flush=True)
    print(json.dumps({"civility_contrast_set": contrast_set()}), flush=True)
    seed = seed_thread()
    print(json.dumps({"seed_000": {k: seed.get(k) for k in ("authors_exact", "stances_right", "toxic")}}), flush=True)
    ex = example_thread()
    print(json.dumps({"example_thread": {k: ex[k] for k in ("accuracy", "toxic")}}), flush=True)


if __name__ == "__main__":
    main()
