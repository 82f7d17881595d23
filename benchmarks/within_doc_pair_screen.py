"""Screen a within-document same-happening pair model learned on ECB+ train for the events layer's duplicates
(round 58, evc58). Nothing in ``src`` is changed; it answers whether such a model would fold the dev draws'
duplicates (one happening told again with other words in one article) without folding right events.

    OMP_NUM_THREADS=1 NEWSPRISM_THREADS=1 PYTHONPATH=src .venv/bin/python training/ecb_features.py \
        --split train --out /tmp/ecb_train.npz                                   # ~4 min on an idle core
    OMP_NUM_THREADS=1 NEWSPRISM_THREADS=1 PYTHONPATH=src .venv/bin/python benchmarks/within_doc_pair_screen.py \
        --ecb /tmp/ecb_train.npz --rows /tmp/wd_rows.npz [--generality]

Step 1, ECB+ train (27 topics; the gold within-document event chains): every pair of candidate triggers the trigger
head keeps in ONE document, both covered by a gold event mention; positive when the two gold mentions share a chain.
Inputs: the run-time pair features (``events.coref.pair_matrix``: trigger lemma and class, the shared encoder's
trigger states and sentence embeddings, shared and clashing agents, patients, dates and places, sentence distance)
and WordNet's one act of two different lemmas (``lexicon.same_act_word``). Three models, 5-fold cross-validated
grouped by topic: a standardised logistic regression, the same with the element-wise product of the two trigger
states (a learned similarity of the encoder), and gradient-boosted trees; beside them the shipped ECB+ pair model
(``data/event_coref.npz``, trained on within- and cross-document pairs). Printed: AUC, AUC over pairs of two
lemmas, and the precision / recall of cross-lemma pairs at 0.5 / 0.7 / 0.8. The logistic model refitted on every
pair is the screen's model.

Step 2, the dev event audits (``audit_events.DEV_DRAWS`` with r15; r21 and r22 recorded too, and printed only with
``--generality``, after the choice): the duplicate check's rows (``training/train_event_duplicate.collect``) with
five more inputs per pair of an event and a kept event above it: the screen model's highest / mean probability over
their mentions and between their heads, and WordNet's one act of their heads / of the event's head and any of the
kept event's mentions.

Step 3, printed: each input's AUC alone on the choosing draws r15-r20 (duplicate against every other label); the
duplicate check refitted with the new inputs, leave one draw out over every draw but r21-r22, and what it folds at
0.4 / 0.5 among r15-r20's events shown by default; a direct fold (an event into a kept event of the same status with
no actor, target or date clash when a pair probability reaches t) at t 0.5-0.9.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT / "benchmarks"))
import audit_events as audit  # noqa: E402
import train_event_duplicate as tr  # noqa: E402
from train_event_coref import load_candidates  # noqa: E402

from newsprism import lexicon  # noqa: E402
from newsprism.events import duplicate  # noqa: E402
from newsprism.events.coref import PairInput, get_coref_model, pair_matrix  # noqa: E402
from newsprism.events.duplicate import FEATURE_NAMES  # noqa: E402

TRIGGERS = ROOT / "src" / "newsprism" / "events" / "data" / "event_triggers.npz"
EXTRA = ("wd_max", "wd_mean", "wd_head", "act_head", "act_any")
CHOOSE = ("r15", "r16", "r17", "r18", "r19", "r20")
GENERALITY = ("r21", "r22")
ACT_POS = ("VERB", "NOUN")


class Standard:
    """A standardised classifier: (x - mean) / scale, then the model's probability of the positive class."""

    def __init__(self, X: np.ndarray, y: np.ndarray, model: Any) -> None:
        self.mean, self.scale = X.mean(0), X.std(0)
        self.scale[self.scale < 1e-6] = 1.0
        self.model = model.fit((X - self.mean) / self.scale, y)

    def proba(self, X: np.ndarray) -> np.ndarray:
        return np.asarray(self.model.predict_proba((X - self.mean) / self.scale)[:, 1])


def same_act(a: str, b: str) -> float:
    return float(a != b and lexicon.same_act_word(a, b))


def pair_inputs(ins: list[PairInput], products: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(i, j, inputs) of every pair of the mentions: the run-time pair features, WordNet's one act and, with
    ``products``, the element-wise product of the two unit trigger states."""
    iu, ju, F = pair_matrix(ins)
    act = np.array([same_act(ins[a].lemma, ins[b].lemma) for a, b in zip(iu, ju, strict=True)], dtype=np.float32)
    X = np.concatenate([F, act[:, None]], axis=1)
    if products:
        S = np.stack([m.state / max(float(np.linalg.norm(m.state)), 1e-9) for m in ins]).astype(np.float32)
        X = np.concatenate([X, S[iu] * S[ju]], axis=1)
    return iu, ju, X


def ecb_pairs(features: Path, products: bool = True, lines: bool = False) -> dict[str, np.ndarray]:
    """Every within-document pair of kept candidates that both cover a gold event mention, with its inputs (and, with
    ``products``, the state products apart), the shipped pair model's probability, its label and its topic; with
    ``lines``, each side's gold mention line (round 60's cross-encoder comparison reads the clauses by it)."""
    meta, kept, inputs = load_candidates(features, TRIGGERS)
    docs: dict[str, list[int]] = defaultdict(list)
    for i in kept:
        docs[meta[i]["doc"]].append(i)
    shipped = get_coref_model()
    parts: dict[str, list[np.ndarray]] = defaultdict(list)
    for idx in docs.values():
        gold = [meta[i]["gold"] for i in idx]
        if sum(g is not None for g in gold) < 2:
            continue
        ins = inputs(idx)
        iu, ju, X = pair_inputs(ins, products=products)
        both = np.array([gold[a] is not None and gold[b] is not None for a, b in zip(iu, ju, strict=True)])
        if not both.any():
            continue
        F = X[:, :len(X[0]) - ins[0].state.shape[0]] if products else X
        parts["X"].append(F[both])
        if products:
            parts["prod"].append(X[both, F.shape[1]:].astype(np.float16))
        parts["shipped"].append(shipped.pair_proba(ins, iu, ju, F[:, :-1])[both])
        parts["y"].append(np.array([gold[a] == gold[b] for a, b in zip(iu, ju, strict=True)])[both])
        if lines:
            line = np.array([meta[i]["gold_line"] for i in idx], dtype=object)
            parts["line_a"].append(line[iu][both])
            parts["line_b"].append(line[ju][both])
        topic = re.match(r"\d+", meta[idx[0]]["story"])
        parts["topic"].append(np.full(int(both.sum()), int(topic.group(0)) if topic else -1))
    return {k: np.concatenate(v) for k, v in parts.items()}


def step1(pairs: dict[str, np.ndarray]) -> Standard:
    X, y, topic = pairs["X"], pairs["y"].astype(int), pairs["topic"]
    cross = X[:, 0] == 0  # same_lemma is the first pair feature
    print(f"ECB+ train within-document pairs {len(y)}, coreferent {int(y.sum())}; of two lemmas {int(cross.sum())},"
          f" coreferent {int(y[cross].sum())}")

    def report(name: str, p: np.ndarray) -> None:
        out = f"{name:11s} AUC {roc_auc_score(y, p):.3f}, two lemmas {roc_auc_score(y[cross], p[cross]):.3f}"
        for t in (0.5, 0.7, 0.8):
            f = cross & (p >= t)
            prec = float(y[f].mean()) if f.any() else 0.0
            out += f" | two lemmas @{t}: {int(f.sum())} pairs, precision {prec:.2f}, recall " \
                   f"{y[f].sum() / max(int(y[cross].sum()), 1):.2f}"
        print(out, flush=True)

    def cv(make: Any, Xm: np.ndarray) -> np.ndarray:
        p = np.zeros(len(y))
        for a, b in GroupKFold(n_splits=5).split(Xm, y, topic):
            p[b] = Standard(Xm[a], y[a], make()).proba(Xm[b])
        return p

    report("shipped", pairs["shipped"])
    report("logit", cv(lambda: LogisticRegression(C=1.0, max_iter=2000), X))
    report("logit+prod", cv(lambda: LogisticRegression(C=0.1, max_iter=2000),
                            np.concatenate([X, pairs["prod"].astype(np.float32)], axis=1)))
    report("gbm", cv(lambda: HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, random_state=0), X))
    return Standard(X, y, LogisticRegression(C=1.0, max_iter=2000))


def step2(model: Standard, cache: Path) -> tr.Rows:
    """The duplicate check's rows on the dev draws (+ r15, r21, r22) with the ``EXTRA`` inputs appended."""
    if cache.exists():
        return tr.collect(cache)
    held: dict[str, Any] = {}
    orig_pp = duplicate._pair_probabilities
    orig_rows = duplicate.pair_rows

    def pair_probabilities(units: Any, mentions: Any) -> np.ndarray:
        W = np.eye(len(mentions), dtype=np.float32)
        if len(mentions) >= 2:
            ins = [PairInput(m.doc, m.lemma, m.text, m.pos, m.sentence, m.state, units[m.sentence].embedding,
                             m.args, m.score) for m in mentions]
            iu, ju, X = pair_inputs(ins, products=False)
            p = model.proba(X)
            W[iu, ju] = p
            W[ju, iu] = p
        held["W"] = W
        return np.asarray(orig_pp(units, mentions))

    def pair_rows(e: Any, g: Any, hosts: Any, P: Any, index: Any, units: Any, headline: bool,
                  speech: bool) -> np.ndarray:
        base = orig_rows(e, g, hosts, P, index, units, headline, speech)
        if not len(hosts):
            return np.zeros((0, base.shape[1] + len(EXTRA)), dtype=np.float32)
        W, h = held["W"], g.head
        mine = [index[id(m)] for m in g.mentions]
        ex = []
        for _he, hg, _ in hosts:
            block = W[np.ix_(mine, [index[id(m)] for m in hg.mentions])]
            hh = hg.head
            act_head = h.pos in ACT_POS and hh.pos in ACT_POS and same_act(h.lemma, hh.lemma)
            act_any = h.pos in ACT_POS and any(m.pos in ACT_POS and same_act(m.lemma, h.lemma) for m in hg.mentions)
            ex.append([float(block.max()), float(block.mean()), float(W[index[id(h)], index[id(hh)]]),
                       float(act_head), float(act_any)])
        return np.concatenate([base, np.array(ex, dtype=np.float32)], axis=1)

    duplicate._pair_probabilities = pair_probabilities  # type: ignore[assignment]
    duplicate.pair_rows = pair_rows  # type: ignore[assignment]
    draws: dict[str, Any] = dict(audit.DEV_DRAWS)
    for k in ("r15", *GENERALITY):
        select, labels, final = audit.HELD_OUT[k]
        draws[k] = (select, [labels.name] + ([final.name] if final.exists() else []))
    tr.DRAWS = draws
    return tr.collect(cache)


def direct(rows: tr.Rows, names: list[str], col: str, t: float, mask: np.ndarray) -> list[int]:
    """The events of ``mask`` a direct fold would take: some kept event above of the same status, no actor,
    target or date clash, whose pair value ``col`` reaches ``t``."""
    c = {n: names.index(n) for n in ("same_status", "actor_clash", "target_clash", "date_clash", col)}
    out = []
    for i in np.flatnonzero(mask):
        R = rows.X[rows.start[i]:rows.start[i + 1]]
        if not len(R):
            continue
        ok = (R[:, c["same_status"]] == 1) & (R[:, c["actor_clash"]] == 0) & (R[:, c["target_clash"]] == 0) \
            & (R[:, c["date_clash"]] == 0)
        if float(np.where(ok, R[:, c[col]], 0.0).max()) >= t:
            out.append(int(i))
    return out


def step3(rows: tr.Rows, generality: bool) -> None:
    names = [*FEATURE_NAMES, *EXTRA]
    y = (rows.label == "duplicate").astype(int)
    has = np.diff(rows.start) > 0
    conf, _ = tr.event_max(rows.X[:, names.index("confidence")], rows)
    shown = has & (conf >= 0.5)
    choose = np.isin(rows.draw, CHOOSE)
    gen = np.isin(rows.draw, GENERALITY)
    right = rows.label == "correct"

    def counts(sel: np.ndarray) -> str:
        return f"duplicates {int((sel & (y == 1)).sum())}, right {int((sel & right).sum())}, " \
               f"other {int((sel & (y == 0) & ~right).sum())}"

    print(f"labelled events {len(y)}; r15-r20: {int(choose.sum())} events, {int(y[choose].sum())} duplicates, "
          f"shown by default {int((choose & shown).sum())} ({int((choose & shown & (y == 1)).sum())} duplicates, "
          f"{int((choose & shown & right).sum())} right)")
    m = has & choose
    for n in ("p_max", "cos_state", *EXTRA):
        v, _ = tr.event_max(rows.X[:, names.index(n)], rows)
        print(f"{n:10s} AUC alone r15-r20 {roc_auc_score(y[m], v[m]):.3f}, shown {roc_auc_score(y[m & shown], v[m & shown]):.3f}")
    nb = len(FEATURE_NAMES)
    sets = {"base": list(range(nb)), "+wd": [*range(nb), nb, nb + 1, nb + 2], "+wd+act": list(range(nb + len(EXTRA)))}
    fit = rows.subset(~gen)
    for C in (0.01, 0.03, 0.1):
        for s, cols in sets.items():
            sub = tr.Rows(fit.X[:, cols], fit.start, fit.label, fit.draw, fit.key, fit.named)
            p = tr.out_of_fold_events(sub, C)
            pf = np.zeros(len(y))
            pf[~gen] = p
            line = f"C {C} {s:8s} out-of-draw AUC {roc_auc_score(y[~gen], p):.4f}"
            for at in (0.4, 0.5):
                line += f" | @{at} r15-r20 shown folded: {counts((pf >= at) & shown & choose)}"
            if generality:
                model = tr.mi_fit(sub, C)
                g = rows.subset(gen)
                pg = np.zeros(len(y))
                pg[gen], _ = tr.event_max(model.proba(g.X[:, cols]) if len(g.X) else np.zeros(0), g)
                line += f" | r21-r22 @0.5 shown folded: {counts((pg >= 0.5) & shown & gen)}"
            print(line, flush=True)
    for col in ("wd_head", "wd_max", "p_head", "p_max"):
        for t in (0.5, 0.6, 0.7, 0.8, 0.9):
            f = np.zeros(len(y), dtype=bool)
            f[direct(rows, names, col, t, choose | gen)] = True
            line = f"direct {col:7s} t {t}: r15-r20 shown folded: {counts(f & shown & choose)}"
            if generality:
                line += f" | r21-r22 shown folded: {counts(f & shown & gen)}"
            print(line)
    print("duplicates of r15-r20 (shown, confidence, p_max, wd_max, WordNet one act, right shown events at or above "
          "its wd_max):")
    wd, _ = tr.event_max(rows.X[:, names.index("wd_max")], rows)
    pm, _ = tr.event_max(rows.X[:, names.index("p_max")], rows)
    act, _ = tr.event_max(rows.X[:, names.index("act_any")], rows)
    for i in np.flatnonzero(choose & (y == 1)):
        above = int((wd[choose & shown & right] >= wd[i]).sum())
        print(f"  {rows.draw[i]} {rows.key[i][:48]:48s} {int(shown[i])} {conf[i]:.2f} {pm[i]:.2f} {wd[i]:.2f} "
              f"{int(act[i])} {above}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ecb", type=Path, required=True, help="training/ecb_features.py's ECB+ train cache")
    ap.add_argument("--rows", type=Path, required=True, help="rows cache (read when present, else recorded)")
    ap.add_argument("--generality", action="store_true", help="also print r21-r22 (only after the choice)")
    args = ap.parse_args()
    model = step1(ecb_pairs(args.ecb))
    rows = step2(model, args.rows)
    step3(rows, args.generality)
    print(json.dumps({"events": len(rows.label), "rows": len(rows.X)}))


if __name__ == "__main__":
    main()
