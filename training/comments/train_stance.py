"""Train the stance heads (stance toward a target given as text) and measure them.

Two heads, both reading target-conditioned features over the shared encoder (``newsprism.comments
.stance_features``), so the target is an input and never a class:

* ``stance.npz`` + ``stance_compact.npz``, the any-target head: the average (weight ``mix``) of two
  class-balanced logistic regressions, one over the pair ``[c, t, c*t, |c-t|]`` plus the approval block (the
  target stated as favor/against claims, approval prototypes, lexical cues), one over the approval block
  alone (it carries over to unseen topics better, the pair model fits seen ones better). Trained on SemEval-2016
  Task 6 train (tweets, 5 targets), VAST dev (NYT comments, ~500 topics) and the story-style set below (weight
  ``W_STORY``: its 26 headline targets add target variety, which helps the leave-one-target-out figure). It
  serves ``newsprism export stance`` and any caller with a topic or claim as target.
* ``stance_story.npz``, the story head: logistic regression over the comment embedding and the approval block
  (no pair features), trained on our invented story-style set (``data/story_stance.jsonl``: 312 reader comments
  toward the headlines of 26 stories). A reader comment's target is its story's headline (its main actor and
  action), and stance means approving or not of what the story reports; the any-target head does not carry
  over to that (measured below). At run time the head's favor-minus-against probability, times
  ``approval_weight``, is added to the approval score of ``newsprism.comments.approval`` (sentiment, cue
  phrases, prototype reactions; main's earlier hand-set rule), whose neutral band decides ``neutral``; the
  weight, the band of a bare question and whether sarcasm is always neutral are chosen by grouped CV and stored
  in the file. The head alone reads our story set best; the sum also keeps a seed-style thread right.

Evaluation (all cross-validated on the training sets; the SemEval-2016 and VAST test sets are held by the
maintainers and never read):
  * SemEval F_avg (mean of FAVOR and AGAINST F1), leave one target out: train on the other 4 targets + VAST +
    stories;
  * SemEval F_avg in-target, 5-fold (train folds + VAST + stories), and with the n-gram ensemble
    (``train_ngram.py``) that ``newsprism export stance`` runs on the five SemEval targets, its weight picked
    on the same folds;
  * VAST macro-F1, 5-fold grouped by comment, training on the other folds + SemEval + stories, with every
    training row whose topic is a zero-shot topic of the test fold removed (zero-shot topics stay unseen);
  * story set macro-F1 of the run-time decision, nested: 13 outer folds grouped by story; inside each, C, the
    temperature and the decision settings are picked by a 6-fold grouped CV of the training stories.
Calibration: a temperature per model fit on its out-of-fold logits (any-target models: the pooled leave-one-
target-out and VAST runs; story head: its own), folded into the weights; the any-target mixture weight is the
one with the best mean of the LOTO and VAST figures (every weight's figures are printed); then the any-target
head's abstention threshold: a favor/against pick whose calibrated probability is below it becomes neutral
(macro-F1 on out-of-fold).

    PYTHONPATH=src python training/comments/train_stance.py            # evaluate + write the four files
    PYTHONPATH=src python training/comments/train_stance.py --grid     # also the pair model's C / W_STORY grid
    PYTHONPATH=src python training/comments/train_stance.py --main-protocol  # VAST as main measured it
    PYTHONPATH=src python training/comments/train_stance.py --story-only     # only stance_story.npz
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold, StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_ngram  # noqa: E402
from data import (  # noqa: E402
    LABELS,
    ROOT,
    StanceSet,
    embed_cached,
    load_semeval,
    load_story,
    load_vast,
    vast_zero_shot,
)

from newsprism.comments import approval  # noqa: E402
from newsprism.comments.heads import save_head  # noqa: E402
from newsprism.comments.stance_features import (  # noqa: E402
    prototype_matrix,
    stance_features,
    story_features,
    template_texts,
)

MODELS = ROOT / "src/newsprism/comments/models"
SEED = 13
C_PAIR = 0.01  # any-target head, pair model (grid with W_STORY = 10: 0.01 / 0.02 / 0.05)
C_COMPACT = 0.1  # any-target head, compact model on the approval block
W_STORY = 10.0  # weight of the story-style rows in the any-target head (grid: 0 / 5 / 10 / 20)
MIX_GRID = (0.5, 0.6, 0.7, 0.8, 1.0)  # share of the pair model in the any-target head
PAIR_COLS = 4 * 384  # [c, t, c*t, |c-t|] come first in stance_features
STORY_C_GRID = (0.01, 0.03, 0.1, 0.3)
STORY_OUTER, STORY_INNER = 13, 6
ABSTAIN_GRID = np.round(np.arange(0.34, 0.71, 0.02), 2)
# The run-time story decision's settings (newsprism.comments.approval.Settings): the story head's weight in the
# approval score, how far a bare question widens the neutral band, whether sarcasm is always neutral.
SETTINGS_GRID = tuple(approval.Settings(w, q, sn) for w in (0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0)
                      for q in (1.0, 2.0, 3.0) for sn in (True, False))


def _inputs(ds: StanceSet) -> tuple[np.ndarray, ...]:
    c = embed_cached(ds.texts)
    t = embed_cached(ds.targets)
    uniq = sorted(set(ds.targets))
    tpl = embed_cached([s for u in uniq for s in template_texts(u)]).reshape(len(uniq), -1, c.shape[1])
    index = {u: i for i, u in enumerate(uniq)}
    return c, t, tpl[[index[x] for x in ds.targets]], prototype_matrix(embed_cached)


def featurize(ds: StanceSet) -> np.ndarray:
    return stance_features(ds.texts, *_inputs(ds))


def featurize_story(ds: StanceSet) -> np.ndarray:
    return story_features(ds.texts, *_inputs(ds))


class Fit:
    """Standardize + class-balanced logistic regression; ``logits`` in the order of LABELS.

    Every fit starts from the previous fit's weights of the same shape (the CV folds differ by a fifth of the
    rows), which cuts the optimizer's iterations several-fold; the optimum it converges to is the same."""

    _warm: dict[tuple[float, int], LogisticRegression] = {}

    def __init__(self, x: np.ndarray, y: np.ndarray, c_reg: float, w: np.ndarray | None = None) -> None:
        self.mean, self.scale = x.mean(axis=0), x.std(axis=0) + 1e-6
        clf = self._warm.setdefault((c_reg, x.shape[1]), LogisticRegression(
            C=c_reg, max_iter=3000, class_weight="balanced", warm_start=True))
        clf.fit((x - self.mean) / self.scale, y, sample_weight=w)
        self.order = [list(clf.classes_).index(i) for i in range(len(LABELS))]
        self.coef, self.intercept = clf.coef_[self.order].copy(), clf.intercept_[self.order].copy()

    def logits(self, x: np.ndarray) -> np.ndarray:
        return ((x - self.mean) / self.scale) @ self.coef.T + self.intercept

    def save(self, path: Path, temperature: float, threshold: float | None = None,
             extra: dict[str, np.ndarray] | None = None) -> None:
        # Temperature folded into the last layer: softmax(logits / T).
        save_head(path, mean=self.mean, scale=self.scale, labels=list(LABELS), threshold=threshold,
                  layers=[(self.coef.T / temperature, self.intercept / temperature)], extra=extra)


def f_avg(y: np.ndarray, p: np.ndarray) -> float:
    return float(f1_score(y, p, labels=[0, 1], average=None, zero_division=0).mean())


def macro(y: np.ndarray, p: np.ndarray) -> float:
    return float(f1_score(y, p, average="macro", zero_division=0))


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def abstain(p: np.ndarray, threshold: float) -> np.ndarray:
    pred = p.argmax(axis=1)
    pred[(pred != 2) & (p.max(axis=1) < threshold)] = 2
    return pred


def fit_temperature(z: np.ndarray, y: np.ndarray) -> float:
    """The temperature minimizing the negative log-likelihood of softmax(z / T)."""
    grid = np.exp(np.linspace(np.log(0.25), np.log(8.0), 120))
    nll = [-np.mean(np.log(softmax(z / t)[np.arange(len(y)), y] + 1e-12)) for t in grid]
    return float(grid[int(np.argmin(nll))])


def pick_threshold(p: np.ndarray, y: np.ndarray) -> float:
    scores = {float(t): macro(y, abstain(p, t)) for t in ABSTAIN_GRID}
    return max(scores, key=lambda t: (scores[t], -t))


def ece(p: np.ndarray, y: np.ndarray, bins: int = 10) -> float:
    conf, pred = p.max(axis=1), p.argmax(axis=1)
    edges = np.linspace(0, 1, bins + 1)
    total = 0.0
    for lo, hi in zip(edges[:-1], edges[1:], strict=True):
        m = (conf > lo) & (conf <= hi)
        if m.any():
            total += m.mean() * abs(float((pred[m] == y[m]).mean()) - float(conf[m].mean()))
    return total


class Sets:
    def __init__(self) -> None:
        self.sem, self.vast, self.story = load_semeval(), load_vast(), load_story()
        t0 = time.time()
        self.xs, self.xv = featurize(self.sem), featurize(self.vast)
        self.xt, self.xt_full = featurize_story(self.story), featurize(self.story)
        self.story_approvals = approval.approvals(self.story.texts, embed_cached(self.story.texts),
                                                  prototype_matrix(embed_cached))
        print(f"features {self.xs.shape} {self.xv.shape} {self.xt.shape} in {time.time() - t0:.0f}s", flush=True)


PARTS = {"pair": (slice(None), C_PAIR), "compact": (slice(PAIR_COLS, None), C_COMPACT)}


@dataclass
class Extra:
    """More stance-toward-a-claim rows (FNC-1, Emergent) added to every training fold of the any-target head;
    never tested on. ``about`` is each row's target and text, lower-cased, for the leave-one-target-out filter."""

    name: str
    x: np.ndarray
    y: np.ndarray
    w: float
    about: list[str]
    parts: tuple[str, ...] | None = None  # the models (keys of PARTS) trained with these rows; None: all


# Leave one target out with extra rows: a row whose claim or text is about the left-out SemEval target is
# dropped from that fold's training (FNC-1 holds e.g. climate-deal and Clinton-email headlines).
LOTO_KEYWORDS = {
    "Atheism": r"atheis|\bgod\b|religio|church|christian|\bpope\b|islam|muslim|\bfaith|bible|jesus|\bpray",
    "Climate Change is a Real Concern": r"climate|global warming|carbon|emission",
    "Feminist Movement": r"feminis|sexis|women's rights",
    "Hillary Clinton": r"hillary|clinton",
    "Legalization of Abortion": r"abortion|pro-life|pro-choice|planned parenthood",
}


def evaluate_any_target(s: Sets, w_story: float, parts: dict = PARTS,
                        unseen_stay_unseen: bool = True, extra: tuple[Extra, ...] = ()) -> tuple[dict, dict]:
    """Out-of-fold logits of the any-target head's two models (pair features, approval block alone) on the
    same folds; the figures come from :func:`calibrate_any_target`. Every training set also holds the
    story-style rows with weight ``w_story`` (none when 0) and the ``extra`` rows (less, in a LOTO fold, those
    about the left-out target; in a VAST fold, those whose target is one of its zero-shot topics).
    ``unseen_stay_unseen=False`` is main's earlier VAST protocol (training folds keep the rows of a test fold's
    zero-shot topics), for comparing with its figure."""
    sem, vast = s.sem, s.vast
    oof: dict[str, dict[str, np.ndarray]] = {k: {} for k in parts}

    def fit_all(xs: list[np.ndarray], ys: list[np.ndarray], x_test: np.ndarray,
                drop: Callable[[str], bool] = lambda about: False) -> dict[str, np.ndarray]:
        ws = [np.ones(len(y)) for y in ys]
        if w_story > 0:
            xs, ys, ws = [*xs, s.xt_full], [*ys, s.story.labels], [*ws, np.full(len(s.story.labels), w_story)]
        out = {}
        for k, (cols, c_reg) in parts.items():
            xk, yk, wk = list(xs), list(ys), list(ws)
            for e in extra:
                if e.parts is None or k in e.parts:
                    keep = np.array([not drop(a) for a in e.about])
                    xk, yk, wk = [*xk, e.x[keep]], [*yk, e.y[keep]], [*wk, np.full(int(keep.sum()), e.w)]
            x, y, w = np.vstack(xk), np.concatenate(yk), np.concatenate(wk)
            out[k] = Fit(x[:, cols], y, c_reg, w).logits(x_test[:, cols])
        return out

    tg = np.array(sem.targets)
    z = {k: np.zeros((len(sem.labels), 3)) for k in parts}
    for target in sorted(set(sem.targets)):
        test = tg == target
        about_left_out = re.compile(LOTO_KEYWORDS[target]).search
        for k, v in fit_all([s.xs[~test], s.xv], [sem.labels[~test], vast.labels], s.xs[test],
                            lambda a, f=about_left_out: f(a) is not None).items():
            z[k][test] = v
    for k in parts:
        oof[k]["semeval_loto"] = z[k]
    zi = {k: np.zeros((len(sem.labels), 3)) for k in parts}
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=SEED).split(s.xs, sem.labels):
        for k, v in fit_all([s.xs[tr], s.xv], [sem.labels[tr], vast.labels], s.xs[te]).items():
            zi[k][te] = v
    for k in parts:
        oof[k]["semeval_in_target"] = zi[k]
    zv = {k: np.zeros((len(vast.labels), 3)) for k in parts}
    topics = np.array([t.lower() for t in vast.targets])
    zero_shot = vast_zero_shot(vast)
    for tr, te in GroupKFold(5).split(s.xv, vast.labels, groups=vast.groups):
        unseen = set(topics[te][zero_shot[te]]) if unseen_stay_unseen else set()
        keep = np.array([i for i in tr if topics[i] not in unseen])
        for k, v in fit_all([s.xv[keep], s.xs], [vast.labels[keep], sem.labels], s.xv[te],
                            lambda a, u=unseen: a.split("\n")[0] in u).items():
            zv[k][te] = v
    for k in parts:
        oof[k]["vast"] = zv[k]
    return {"W_STORY": w_story, "C": {k: c for k, (_, c) in parts.items()}}, oof


def _figures(s: Sets, p: dict[str, np.ndarray]) -> dict:
    """SemEval LOTO (mean of per-target F_avg), in-target F_avg, VAST macro-F1 (all, zero-shot, seen topics)
    from out-of-fold probabilities, argmax."""
    sem, vast = s.sem, s.vast
    tg = np.array(sem.targets)
    per = {t: round(100 * f_avg(sem.labels[tg == t], p["semeval_loto"][tg == t].argmax(1)), 1)
           for t in sorted(set(sem.targets))}
    zs = vast_zero_shot(vast)
    pv = p["vast"].argmax(1)
    return {"semeval_loto": per, "semeval_loto_mean": round(float(np.mean(list(per.values()))), 1),
            "semeval_in_target_5fold": round(100 * f_avg(sem.labels, p["semeval_in_target"].argmax(1)), 1),
            "vast_macro_f1_5fold": round(100 * macro(vast.labels, pv), 1),
            "vast_zero_shot_macro_f1": round(100 * macro(vast.labels[zs], pv[zs]), 1),
            "vast_seen_topics_macro_f1": round(100 * macro(vast.labels[~zs], pv[~zs]), 1)}


def calibrate_any_target(s: Sets, oof: dict) -> dict:
    """Temperatures of the two models (on the pooled unseen-target runs: LOTO + VAST), the mixture weight
    and the abstention threshold, with every CV figure for each mixture weight in MIX_GRID."""
    y = np.concatenate([s.sem.labels, s.vast.labels])
    temps = {k: fit_temperature(np.vstack([oof[k]["semeval_loto"], oof[k]["vast"]]), y) for k in oof}
    probs = {k: {run: softmax(z / temps[k]) for run, z in oof[k].items()} for k in oof}
    by_mix = {}
    for mix in MIX_GRID:
        p = {run: mix * probs["pair"][run] + (1 - mix) * probs["compact"][run] for run in probs["pair"]}
        by_mix[mix] = (_figures(s, p), p)
    # The mixture weight with the best mean of the two unseen-target figures (LOTO F_avg, VAST macro-F1).
    mix = max(MIX_GRID, key=lambda m: (by_mix[m][0]["semeval_loto_mean"] + by_mix[m][0]["vast_macro_f1_5fold"], m))
    figures, p = by_mix[mix]
    pooled = np.vstack([p["semeval_loto"], p["vast"]])
    thr = pick_threshold(pooled, y)
    z_pair = np.vstack([oof["pair"]["semeval_loto"], oof["pair"]["vast"]])
    out = {"temperatures": {k: round(v, 3) for k, v in temps.items()}, "mix": mix, "abstain_below": thr,
           "ece_pair_before": round(ece(softmax(z_pair), y), 3), "ece_after": round(ece(pooled, y), 3),
           "figures": figures,
           "figures_by_mix": {m: {k: v for k, v in f.items() if k != "semeval_loto"} for m, (f, _) in by_mix.items()}}
    for run, labels in (("semeval_loto", s.sem.labels), ("vast", s.vast.labels)):
        pred = abstain(p[run], thr)
        out[f"{run}_with_abstention"] = {"macro_f1": round(100 * macro(labels, pred), 1),
                                         "f_avg": round(100 * f_avg(labels, pred), 1)}
    out["in_target_probs"] = p["semeval_in_target"]
    return out


def _story_oof(x: np.ndarray, y: np.ndarray, groups: np.ndarray, c_reg: float, folds: int) -> np.ndarray:
    z = np.zeros((len(y), 3))
    for tr, te in GroupKFold(folds).split(x, y, groups=groups):
        z[te] = Fit(x[tr], y[tr], c_reg).logits(x[te])
    return z


def _story_choices(x: np.ndarray, y: np.ndarray, groups: np.ndarray, parts: list, folds: int) -> tuple:
    """On one training part: C by the head's grouped out-of-fold macro-F1, its temperature, then the weight
    of the head in the approval score by the run-time decision's out-of-fold macro-F1."""
    oof = {c: _story_oof(x, y, groups, c, folds) for c in STORY_C_GRID}
    c_best = max(STORY_C_GRID, key=lambda c: (macro(y, oof[c].argmax(1)), -c))
    temp = fit_temperature(oof[c_best], y)
    p = softmax(oof[c_best] / temp)
    by_w = {st: macro(y, approval.labels(parts, p[:, 0] - p[:, 1], st)) for st in SETTINGS_GRID}
    # Ties go to main's rule (bare questions 3 bands, sarcasm neutral), then to the smaller head weight.
    best = max(SETTINGS_GRID, key=lambda st: (round(by_w[st], 6), st.question_band, st.sarcasm_neutral,
                                              -st.head_weight))
    return c_best, temp, best, oof, by_w


def evaluate_story(s: Sets) -> dict:
    """Nested CV of the run-time story stance (approval score + story head; C, temperature and head weight
    picked inside each outer fold), the head alone, the approval score alone, and the any-target head."""
    x, y, groups = s.xt, s.story.labels, np.array(s.story.groups)
    parts = s.story_approvals
    pred, pred_head, pred_rule = (np.zeros(len(y), dtype=int) for _ in range(3))
    chosen = []
    for tr, te in GroupKFold(STORY_OUTER).split(x, y, groups=groups):
        c_best, temp, w_best, _, _ = _story_choices(x[tr], y[tr], groups[tr], [parts[i] for i in tr], STORY_INNER)
        chosen.append((c_best, w_best.head_weight, w_best.question_band, w_best.sarcasm_neutral))
        p = softmax(Fit(x[tr], y[tr], c_best).logits(x[te]) / temp)
        pred[te] = approval.labels([parts[i] for i in te], p[:, 0] - p[:, 1], w_best)
        pred_head[te] = p.argmax(1)
        pred_rule[te] = approval.labels([parts[i] for i in te], np.zeros(len(te)), approval.Settings(0.0))
    general = Fit(np.vstack([s.xs, s.xv]), np.concatenate([s.sem.labels, s.vast.labels]), C_PAIR).logits(s.xt_full)
    return {"runtime_nested_macro_f1": round(100 * macro(y, pred), 1),
            "runtime_per_label_f1": [round(100 * v, 1) for v in f1_score(y, pred, labels=[0, 1, 2], average=None)],
            "story_head_alone_nested_macro_f1": round(100 * macro(y, pred_head), 1),
            "approval_rule_alone_macro_f1": round(100 * macro(y, pred_rule), 1),
            "chosen_c_weight_question_band_sarcasm_neutral_per_fold": chosen,
            "any_target_head_on_story_rows_macro_f1": round(100 * macro(y, general.argmax(1)), 1)}


def fit_story(s: Sets) -> tuple[Fit, float, approval.Settings, dict]:
    """The shipped story head: C, temperature and approval weight chosen by grouped CV on all stories."""
    x, y, groups = s.xt, s.story.labels, np.array(s.story.groups)
    c_best, temp, w_best, oof, by_w = _story_choices(x, y, groups, s.story_approvals, STORY_OUTER)
    info = {"C": c_best, "temperature": round(temp, 3), "settings": vars(w_best),
            "ece_before": round(ece(softmax(oof[c_best]), y), 3), "ece_after": round(ece(softmax(oof[c_best] / temp), y), 3),
            "oof_runtime_macro_f1_by_settings": {f"{st.head_weight}/{st.question_band}/{int(st.sarcasm_neutral)}":
                                                 round(100 * v, 1) for st, v in by_w.items()}}
    return Fit(x, y, c_best), temp, w_best, info


def _story_extra(st: approval.Settings) -> dict[str, np.ndarray]:
    return {"approval_weight": np.array(st.head_weight, dtype=np.float32),
            "question_band": np.array(st.question_band, dtype=np.float32),
            "sarcasm_neutral": np.array(st.sarcasm_neutral)}


def ngram_weight(s: Sets, head_probs: np.ndarray) -> float:
    """The n-gram share of the in-target ensemble with the best 5-fold F_avg (same folds as the head's)."""
    p_ng = train_ngram.oof_probs(s.sem.texts, s.sem.targets, s.sem.labels, SEED)
    scores = {w: round(100 * f_avg(s.sem.labels, np.argmax(w * p_ng + (1 - w) * head_probs, axis=1)), 1)
              for w in train_ngram.WEIGHTS}
    print(json.dumps({"semeval_in_target_5fold_f_avg_by_ngram_weight": scores}), flush=True)
    return max(scores, key=lambda w: (scores[w], -w))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--grid", action="store_true", help="also evaluate the pair model's C and W_STORY grid")
    ap.add_argument("--main-protocol", action="store_true",
                    help="only the any-target figures under main's earlier VAST protocol; writes nothing")
    ap.add_argument("--story-only", action="store_true", help="evaluate and write the story head only")
    args = ap.parse_args()
    s = Sets()
    if args.story_only:
        print(json.dumps({"story": evaluate_story(s)}), flush=True)
        story, temp_s, w_s, story_info = fit_story(s)
        print(json.dumps({"story_head_shipped": story_info}), flush=True)
        story.save(MODELS / "stance_story.npz", temp_s, extra=_story_extra(w_s))
        return
    if args.main_protocol:
        info, oof = evaluate_any_target(s, W_STORY, unseen_stay_unseen=False)
        cal = calibrate_any_target(s, oof)
        print(json.dumps({"any_target_main_vast_protocol": {"figures_by_mix": cal["figures_by_mix"]}}), flush=True)
        return
    if args.grid:
        for c_reg, w_story in ((0.02, 0.0), (0.02, 5.0), (0.02, 10.0), (0.02, 20.0), (0.05, 10.0), (0.005, 10.0)):
            _, oof = evaluate_any_target(s, w_story, {"pair": (slice(None), c_reg)})
            p = {run: softmax(z) for run, z in oof["pair"].items()}
            print(json.dumps({"pair_alone": {"C": c_reg, "W_STORY": w_story, **_figures(s, p)}}), flush=True)
    info, oof = evaluate_any_target(s, W_STORY)
    cal = calibrate_any_target(s, oof)
    in_target = cal.pop("in_target_probs")
    print(json.dumps({"any_target": {**info, **cal}}), flush=True)
    weight = ngram_weight(s, in_target)
    print(json.dumps({"story": evaluate_story(s)}), flush=True)
    story, temp_s, w_s, story_info = fit_story(s)
    print(json.dumps({"story_head_shipped": story_info}), flush=True)

    x = np.vstack([s.xs, s.xv, s.xt_full])
    y = np.concatenate([s.sem.labels, s.vast.labels, s.story.labels])
    w = np.concatenate([np.ones(len(s.sem.labels) + len(s.vast.labels)), np.full(len(s.story.labels), W_STORY)])
    Fit(x, y, C_PAIR, w).save(MODELS / "stance.npz", cal["temperatures"]["pair"], cal["abstain_below"],
                              extra={"mix": np.array(cal["mix"], dtype=np.float32)})
    Fit(x[:, PAIR_COLS:], y, C_COMPACT, w).save(MODELS / "stance_compact.npz", cal["temperatures"]["compact"])
    story.save(MODELS / "stance_story.npz", temp_s, extra=_story_extra(w_s))
    train_ngram.save(MODELS / "stance_ngram.npz", s.sem.texts, s.sem.targets, s.sem.labels, weight)
    for name in ("stance.npz", "stance_compact.npz", "stance_story.npz", "stance_ngram.npz"):
        print(f"wrote {name} ({(MODELS / name).stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
