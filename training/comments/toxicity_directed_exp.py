"""Experiment (ships nothing): does toxicity aimed at people or groups help the toxicity model?

Abuse is mostly aimed at a person or a group ("you are a ...", "these people are animals", slurs); criticism at
institutions and policies. This adds rule features of that aim to the toxicity head's features
(``newsprism.comments.toxicity.features``) and measures them on the Fox News comments.

``screen`` (the default; the figures in benchmarks/comments.md): 10-fold out-of-fold (stratified, seed 13;
contrast rows in every training part), the head per variant and C against the n-gram model at C 1 / 3, and the
best F1 of the run-time decision at precision floors 0.55 / 0.60 / 0.65 with the weight and threshold picked on
the same predictions (optimistic, the same for every variant). ``nested``: train_toxicity.py's nested CV (outer
10-fold; inside, 5-fold picks C head x C n-gram x weight x threshold at >= 65% precision), all variants on the
same folds and n-gram fits.

Features (per comment, log(1 + count), words by ``features.WORD_RE``; lists from ``data/insults.json``, single
words only; a 4-word window on each side):
  0 second person near an insult / dehumanizing word / slur; 1 second person near a strongly negative word
  (VADER valence <= -2, or one of those lists); 2 group noun near an insult / dehumanizing word / slur; 3 group
  noun near a strongly negative word; 4 a generalization ("these people", "all muslims", "those immigrants");
  5 a dehumanizing comparison ("like animals", "as rats"); 6 an institution or policy word near a strongly
  negative word (criticism, to be spared); 7 insult / dehumanizing / slur words anywhere; 8 share of
  second-person words.

    PYTHONPATH=src python training/comments/toxicity_directed_exp.py          # the screen (benchmarks/comments.md)
    PYTHONPATH=src python training/comments/toxicity_directed_exp.py nested   # the nested CV (not finished, round 4)
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_recall_fscore_support
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_toxicity as tt  # noqa: E402

from newsprism.comments.features import WORD_RE, load_lexicon, vader  # noqa: E402

SECOND = frozenset({"you", "your", "you're", "youre", "u", "ur", "yourself", "yall", "y'all"})
GENERAL = frozenset({"people", "folks", "them", "they", "these", "those", "all", "every"})
INSTITUTIONS = frozenset({"government", "administration", "policy", "policies", "bill", "law", "laws", "regime",
                          "congress", "senate", "party", "agency", "plan", "deal", "program", "system", "court",
                          "department", "budget", "decision", "idea", "move", "proposal", "state", "country",
                          "president", "obama", "administration's"})
COMPARE = frozenset({"like", "as"})
WINDOW = 4
N_DIRECTED = 9
# name -> (aim feature columns added, or None; keep the embedding; head Cs screened)
VARIANTS: dict[str, tuple[list[int] | None, bool, tuple[float, ...]]] = {
    "shipped features": (None, True, (0.01, 0.02)),
    "+ all 9 aim features": (list(range(N_DIRECTED)), True, (0.01, 0.02)),
    "+ group aim only (2, 3, 4, 5, 7)": ([2, 3, 4, 5, 7], True, (0.01, 0.02)),
    "lexical block only (no embedding)": (None, False, (0.1, 1.0)),
    "lexical block + all 9 aim features": (list(range(N_DIRECTED)), False, (0.1, 1.0)),
}
SCREEN_NGRAM_C = (1.0, 3.0)
SCREEN_WEIGHTS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0)
SCREEN_THRESHOLDS = np.arange(0.2, 0.9, 0.01)
FLOORS = (0.55, 0.60, 0.65)


def directed(texts: list[str]) -> np.ndarray:
    lex = load_lexicon("insults.json")

    def single(key: str) -> set[str]:
        return {w.lower() for w in lex[key] if " " not in w}

    ins, deh, slurs = single("insults"), single("dehumanizing"), single("slurs")
    groups = single("group_nouns") | {"people"}
    val = vader().lexicon
    out = np.zeros((len(texts), N_DIRECTED), np.float32)
    for i, text in enumerate(texts):
        w = [x.lower() for x in WORD_RE.findall(text)]
        abusive = [x in ins or x in deh or x in slurs for x in w]
        neg = [a or val.get(x, 0.0) <= -2.0 for x, a in zip(w, abusive, strict=True)]
        n, f = len(w), np.zeros(N_DIRECTED)
        for k, x in enumerate(w):
            near = [j for j in range(max(0, k - WINDOW), min(n, k + WINDOW + 1)) if j != k]
            if x in SECOND:
                f[0] += any(abusive[j] for j in near)
                f[1] += any(neg[j] for j in near)
            if x in groups:
                f[2] += any(abusive[j] for j in near)
                f[3] += any(neg[j] for j in near)
            if x in GENERAL and k + 1 < n and (w[k + 1] in groups or (x in ("these", "those")
                                                                       and w[k + 1] in ("people", "folks"))):
                f[4] += 1
            if x in COMPARE and any(w[j] in deh for j in range(k + 1, min(n, k + 3))):
                f[5] += 1
            if x in INSTITUTIONS:
                f[6] += any(neg[j] for j in near)
        f[7] = sum(abusive)
        f[8] = sum(x in SECOND for x in w) / max(1, n)
        out[i] = np.log1p(f)
    return out


def head_only(x: np.ndarray, d: tt.Data, rows: np.ndarray, c: float):
    """train_toxicity's head (standardized logistic regression) fit on ``rows`` of ``x``: its proba function."""
    mean, scale = x[rows].mean(axis=0), x[rows].std(axis=0) + 1e-6
    lr = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(
        (x[rows] - mean) / scale, d.y[rows], sample_weight=d.w[rows])
    return lambda z: lr.predict_proba((z - mean) / scale)[:, 1]


def ngram_only(d: tt.Data, rows: np.ndarray, c: float) -> LogisticRegression:
    """train_toxicity's n-gram model fit on ``rows``."""
    return LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(d.grams[rows], d.y[rows],
                                                                             sample_weight=d.w[rows])


def variant_matrices(d: tt.Data) -> dict[str, np.ndarray]:
    extra = directed(d.texts)
    out = {}
    for name, (cols, with_embedding, _) in VARIANTS.items():
        x = d.x if with_embedding else d.x[:, d.x.shape[1] - (tt.toxicity.N_LEX + tt.toxicity.N_SENT):]
        out[name] = x if cols is None else np.hstack([x, extra[:, cols]])
    return out


def best_at_floors(y: np.ndarray, rule: np.ndarray, ph: np.ndarray, pg: np.ndarray) -> dict[float, tuple]:
    """Best F1 of ``(w * head + (1 - w) * ngram >= t) or rule`` at each precision floor, weight and threshold
    picked on these same out-of-fold predictions (optimistic: a screen, not the nested figure)."""
    out: dict[float, tuple] = {}
    for w in SCREEN_WEIGHTS:
        p = w * ph + (1 - w) * pg
        for t in SCREEN_THRESHOLDS:
            pr, rc, f, _ = precision_recall_fscore_support(y, (p >= t) | rule, average="binary", zero_division=0)
            for fl in FLOORS:
                if pr >= fl and 100 * f > out.get(fl, (0.0,))[0]:
                    out[fl] = (round(100 * f, 1), round(100 * pr, 1), round(100 * rc, 1), w, round(float(t), 2))
    return out


def screen() -> None:
    """10-fold out-of-fold (seed 13, contrast rows in every training part) per variant and C, against the n-gram
    model at C 1 and 3: the best F1 at precision floors 0.55 / 0.60 / 0.65 (F1, precision, recall, weight,
    threshold)."""
    d = tt.Data()
    fox = np.arange(d.n_fox)
    y, rule = d.y[fox], d.rule[fox]
    folds = list(StratifiedKFold(10, shuffle=True, random_state=tt.SEED).split(fox, y))

    def oof(fit) -> np.ndarray:
        p = np.zeros(d.n_fox)
        for tr, te in folds:
            p[te] = fit(np.concatenate([tr, d.contrast]), te)
        return p

    pg = {cg: oof(lambda rows, te, cg=cg: ngram_only(d, rows, cg).predict_proba(d.grams[te])[:, 1])
          for cg in SCREEN_NGRAM_C}
    for name, x in variant_matrices(d).items():
        for ch in VARIANTS[name][2]:
            ph = oof(lambda rows, te, x=x, ch=ch: head_only(x, d, rows, ch)(x[te]))
            print(json.dumps({"variant": name, "c_head": ch, "best_at_floor": {
                f"ngram C {cg}": {str(fl): v for fl, v in best_at_floors(y, rule, ph, p).items()}
                for cg, p in pg.items()}}), flush=True)


def nested() -> None:
    t0 = time.time()
    d = tt.Data()
    xs = variant_matrices(d)
    fox = np.arange(d.n_fox)
    y, rule = d.y[fox], d.rule[fox]
    pred = {k: np.zeros(len(y), dtype=bool) for k in xs}
    chosen: dict[str, list] = {k: [] for k in xs}
    contrast = d.contrast
    for fold, (tr, te) in enumerate(StratifiedKFold(10, shuffle=True, random_state=tt.SEED).split(fox, y)):
        heads = {k: {c: np.zeros(len(tr)) for c in tt.C_HEADS} for k in xs}
        grams = {c: np.zeros(len(tr)) for c in tt.C_NGRAMS}
        for itr, ite in StratifiedKFold(5, shuffle=True, random_state=tt.SEED + 1).split(tr, y[tr]):
            rows = np.concatenate([tr[itr], contrast])
            for cg in tt.C_NGRAMS:
                grams[cg][ite] = ngram_only(d, rows, cg).predict_proba(d.grams[tr[ite]])[:, 1]
            for k, x in xs.items():
                for ch in tt.C_HEADS:
                    heads[k][ch][ite] = head_only(x, d, rows, ch)(x[tr[ite]])
        final_ngram: dict[float, np.ndarray] = {}
        rows = np.concatenate([tr, contrast])
        for k, x in xs.items():
            (ch, cg, w, t), _ = tt.pick(y[tr], heads[k], grams, rule[tr])
            chosen[k].append((ch, cg, w, t))
            if cg not in final_ngram:
                final_ngram[cg] = ngram_only(d, rows, cg).predict_proba(d.grams[te])[:, 1]
            p = w * head_only(x, d, rows, ch)(x[te]) + (1 - w) * final_ngram[cg]
            pred[k][te] = (p >= t) | rule[te]
        print(f"outer fold {fold} done {time.time() - t0:.0f}s", flush=True)
    for k in xs:
        print(json.dumps({"variant": k, "runtime_decision": tt._scores(y, pred[k]), "chosen": chosen[k]}), flush=True)


if __name__ == "__main__":
    nested() if sys.argv[1:] == ["nested"] else screen()
