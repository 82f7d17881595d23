"""Tune per-label thresholds on out-of-fold predictions and report the CV figures.

Reads the arrays from prep_techniques.py and the out-of-fold probabilities written by
``train_techniques.py --cv`` (one folder per fold run; folds are merged). Thresholds reported as CV figures are
tuned on the other four folds of each fold (nested), so the figures are not tuned on their own test fold; the
shipped thresholds are then tuned on all five folds.

    python training/tune_techniques.py --data .gpu/tech_data.npz --oof DIR [DIR ...] \
        --gold ../shared/data --write src/newsprism/techniques/data/thresholds.json --report /tmp/cv.json
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

import numpy as np

from newsprism.techniques.model import GENRES, N_TECH, LineOutput
from newsprism.techniques.scoring import macro_f1, multilabel_prf, span_prf
from newsprism.techniques.spans import doc_probs, paragraph_scores, si_spans, technique_spans

GRID = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8]


def load_oof(data: dict, dirs: list[str], prefix: str = "oof") -> tuple[np.ndarray, np.ndarray]:
    n_tok = len(data["ids"])
    sem_units = data["units"][:, 1] == 0
    n_sem_tok = int(data["units"][sem_units, 4].max())
    tok = np.zeros((n_tok, N_TECH + 1), np.float32)
    unit = np.zeros((len(data["units"]), N_TECH + 17), np.float32)
    for d in dirs:
        t = Path(d) / f"{prefix}_tech.npz"
        if not t.exists():
            continue
        a = np.load(t)["tech"].astype(np.float32) / 255
        b = np.load(Path(d) / f"{prefix}_si.npz")
        tok[:n_sem_tok, :N_TECH] = np.maximum(tok[:n_sem_tok, :N_TECH], a)
        tok[n_sem_tok:, N_TECH] = np.maximum(tok[n_sem_tok:, N_TECH], b["si"].astype(np.float32) / 255)
        unit = np.maximum(unit, b["unit"].astype(np.float32) / 255)
    return tok, unit


def build_lines(data: dict, tok: np.ndarray, unit: np.ndarray, units_sel: np.ndarray):
    """{(kind, article): [LineOutput]} rebuilt from window outputs (tokens shared by windows averaged)."""
    groups: dict[tuple[int, str, int], list[int]] = defaultdict(list)
    arts = data["art_ids"]
    for i in units_sel:
        u = data["units"][i]
        groups[(int(u[1]), str(arts[u[0]]), int(u[2]))].append(i)
    docs: dict[tuple[int, str], list[LineOutput]] = defaultdict(list)
    for (kind, art, _line), idx in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2])):
        acc: dict[tuple[int, int], list] = {}
        usum, wsum = np.zeros(N_TECH + 17, np.float32), 0.0
        for i in idx:
            a, b = data["units"][i, 3] + 1, data["units"][i, 4] - 1
            for k in range(a, b):
                key = tuple(int(x) for x in data["offsets"][k])
                acc.setdefault(key, []).append(tok[k])
            usum += (b - a) * unit[i]
            wsum += b - a
        keys = sorted(acc)
        offs = np.array(keys, np.int64).reshape(-1, 2)
        probs = np.stack([np.mean(acc[k], axis=0) for k in keys]) if keys else np.zeros((0, N_TECH + 1))
        docs[(kind, art)].append(LineOutput(int(offs[0, 0]) if len(offs) else 0, int(offs[-1, 1]) if len(offs) else 0,
                                            offs, probs, usum / max(wsum, 1.0), len(keys)))
    return docs


def read_gold(root: Path):
    se = root / "semeval2023-en"
    techs = se.joinpath("techniques_subtask3.txt").read_text().split()
    genre = dict(r.split("\t") for r in se.joinpath("train-labels-subtask-1.txt").read_text().splitlines() if r)
    frames = {}
    for r in se.joinpath("train-labels-subtask-2.txt").read_text().splitlines():
        if r:
            a, _, ls = r.partition("\t")
            frames[a] = {x for x in ls.split(",") if x}
    para = {}
    for r in se.joinpath("train-labels-subtask-3.txt").read_text().splitlines():
        c = r.split("\t")
        if len(c) >= 2 and c[0]:
            para[(c[0], int(c[1]))] = {x for x in (c[2] if len(c) > 2 else "").split(",") if x in techs}
    spans: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for p in (se / "train-labels-subtask-3-spans").glob("*.txt"):
        for r in p.read_text().splitlines():
            c = r.split("\t")
            if len(c) == 4:
                spans[c[1]][c[0]].append((int(c[2]), int(c[3])))
    si: dict[str, list] = defaultdict(list)
    for name in ("train-task-si.labels", "dev-task-si.labels"):
        for r in (root / "ptc2020" / name).read_text().splitlines():
            c = r.split("\t")
            if len(c) >= 3:
                si[c[0]].append((int(c[-2]), int(c[-1])))
    return genre, frames, para, spans, si


def line_no(text_line_starts: dict, art: str, start: int) -> int:
    return text_line_starts[art].index(start) + 1


class Evaluator:
    def __init__(self, docs, gold, texts, fold_of: dict[str, int]) -> None:
        self.docs, self.texts, self.fold = docs, texts, fold_of
        self.genre, self.frames, self.para, self.spans, self.si = gold
        self.techs = json.loads(Path(__file__).resolve().parents[1].joinpath(
            "src/newsprism/techniques/data/labels.json").read_text())["techniques"]
        # line numbers: position of each line start in its article
        self.line_of = {}
        for (kind, art), lines in docs.items():
            if kind == 0:
                starts = [0] + [i + 1 for i, ch in enumerate(texts[art]) if ch == "\n"]
                pos = {s: n + 1 for n, s in enumerate(starts)}
                for lo in lines:
                    # LineOutput.start is the first token's offset; find the line that holds it
                    k = int(np.searchsorted(starts, lo.start, side="right")) - 1
                    self.line_of[(art, id(lo))] = pos[starts[k]]

    def arts(self, kind: int, folds: set[int]) -> list[str]:
        return [a for (k, a) in self.docs if k == kind and self.fold[a] in folds]

    def si_f1(self, thr: float, folds: set[int]):
        arts = self.arts(1, folds)
        pred = {a: si_spans(self.docs[(1, a)], thr, self.texts_ptc[a]) for a in arts}
        return span_prf(pred, {a: self.si.get(a, []) for a in arts})

    def tech_prf(self, t: int, thr: float, folds: set[int]):
        arts = [a for a in self.arts(0, folds) if any(a in v for v in self.spans.values()) or True]
        th = [2.0] * N_TECH
        th[t] = thr
        pred = {a: [(s, e) for _, s, e, _ in technique_spans(self.docs[(0, a)], th, self.texts[a])] for a in arts}
        gold = {a: self.spans[self.techs[t]].get(a, []) for a in arts}
        return span_prf(pred, gold)

    def para_pred(self, folds: set[int], thr: list[float], mix: float):
        pred, gold = {}, {}
        for a in self.arts(0, folds):
            for lo in self.docs[(0, a)]:
                n = self.line_of[(a, id(lo))]
                if (a, n) not in self.para:
                    continue
                sc = paragraph_scores(lo, mix)
                pred[f"{a}_{n}"] = {self.techs[t] for t in range(N_TECH) if sc[t] >= thr[t]}
                gold[f"{a}_{n}"] = self.para[(a, n)]
        return pred, gold

    def doc_level(self, folds: set[int]):
        out = {}
        for a in self.arts(0, folds):
            out[a] = doc_probs(self.docs[(0, a)])
        return out


def para_matrix(ev: Evaluator, folds: set[int], mix: float):
    """(scores, gold) matrices over the gold paragraphs of the given folds."""
    S, Y = [], []
    for a in ev.arts(0, folds):
        for lo in ev.docs[(0, a)]:
            n = ev.line_of[(a, id(lo))]
            if (a, n) in ev.para:
                S.append(paragraph_scores(lo, mix))
                Y.append([t in ev.para[(a, n)] for t in ev.techs])
    return np.array(S), np.array(Y, bool)


def tune_para(ev: Evaluator, folds: set[int], mix: float) -> list[float]:
    """Per-label thresholds by coordinate ascent on micro-F1 (only a label's own counts change)."""
    S, Y = para_matrix(ev, folds, mix)
    grid = GRID + [2.0]
    # counts[t][g] = (tp, fp, fn) of label t at grid value g
    counts = np.array([[((S[:, t] >= g) & Y[:, t]).sum(), ((S[:, t] >= g) & ~Y[:, t]).sum(),
                        ((S[:, t] < g) & Y[:, t]).sum()] for t in range(N_TECH) for g in grid]).reshape(
        N_TECH, len(grid), 3)
    choice = [grid.index(0.5)] * N_TECH
    for _ in range(3):
        for t in range(N_TECH):
            tot = sum(counts[k, choice[k]] for k in range(N_TECH) if k != t)
            f1 = [2 * (tot[0] + c[0]) / max(1, 2 * (tot[0] + c[0]) + tot[1] + c[1] + tot[2] + c[2])
                  for c in counts[t]]
            choice[t] = int(np.argmax(f1))
    return [grid[c] for c in choice]


def tune_frames(dp: dict, gold: dict, arts: list[str], frames: list[str]) -> list[float]:
    thr = []
    for j, fr in enumerate(frames):
        best = (-1.0, 0.5)
        for g in GRID:
            thr_j = g
            tp = sum(1 for a in arts if dp[a][1][j] >= thr_j and fr in gold.get(a, set()))
            fp = sum(1 for a in arts if dp[a][1][j] >= thr_j and fr not in gold.get(a, set()))
            fn = sum(1 for a in arts if dp[a][1][j] < thr_j and fr in gold.get(a, set()))
            f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
            if f > best[0]:
                best = (f, g)
        thr.append(best[1])
    return thr


def frame_pred(dp, arts, thr, frames):
    out = {}
    for a in arts:
        s = {frames[j] for j in range(len(frames)) if dp[a][1][j] >= thr[j]}
        out[a] = s or {frames[int(np.argmax(dp[a][1]))]}  # every article has at least one frame
    return out


def tune_genre(dp, gold, arts) -> list[float]:
    best = (-1.0, [1.0, 1.0, 1.0])
    for wr in (1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24):
        for ws in (1, 1.5, 2, 3, 4, 6, 8, 12):
            w = [wr, 1.0, ws]
            pred = {a: GENRES[int(np.argmax(dp[a][0] * w))] for a in arts}
            f = macro_f1(pred, {a: gold[a] for a in arts})
            if f > best[0]:
                best = (f, w)
    return best[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--oof", nargs="+", required=True)
    ap.add_argument("--prefix", default="oof")
    ap.add_argument("--gold", default="../shared/data")
    ap.add_argument("--write")
    ap.add_argument("--report")
    ap.add_argument("--only-folds", default="")
    args = ap.parse_args()
    z = np.load(args.data)
    data = {k: z[k] for k in z.files}
    tok, unit = load_oof(data, args.oof, args.prefix)
    folds_all = sorted(set(data["units"][:, 5].tolist()))
    if args.only_folds:
        folds_all = [int(x) for x in args.only_folds.split(",")]
    sel = np.where(np.isin(data["units"][:, 5], folds_all))[0]
    docs = build_lines(data, tok, unit, sel)
    root = Path(args.gold)
    se = root / "semeval2023-en"
    texts = {}
    for sub in ("train-articles-subtask-3", "train-articles-subtask-1", "train-articles-subtask-2"):
        for p in sorted((se / sub).glob("article*.txt")):
            texts.setdefault(p.stem[7:], p.read_text(encoding="utf-8"))
    gold = read_gold(root)
    fold_of = {str(data["art_ids"][u[0]]): int(u[5]) for u in data["units"]}
    ev = Evaluator(docs, gold, texts, fold_of)
    ev.texts_ptc = {p.stem[7:]: p.read_text(encoding="utf-8") for sub in ("train-articles", "dev-articles")
                    for p in (root / "ptc2020" / sub).glob("*.txt")}
    labels = json.loads((Path(__file__).resolve().parents[1] / "src/newsprism/techniques/data/labels.json").read_text())
    frames = labels["frames"]
    report: dict = {}
    all_f = set(folds_all)

    def nested(tune, evaluate):
        """Tune on the other folds, evaluate on each fold; pooled predictions across folds."""
        preds = []
        for f in folds_all:
            train_f = all_f - {f} if len(all_f) > 1 else all_f
            preds.append(evaluate(tune(train_f), {f}))
        return preds

    # SI: threshold, hysteresis low threshold and joining gap, chosen on the other folds
    cfgs = [(hi, round(hi * r, 3), gap) for hi in (0.3, 0.4, 0.5) for r in (1.0, 0.6, 0.4) for gap in (0, 3, 10, 30)]
    si_arts = ev.arts(1, all_f)
    si_pred_c = {c: {a: si_spans(docs[(1, a)], c[0], ev.texts_ptc[a], c[1], c[2]) for a in si_arts} for c in cfgs}

    def si_best(fs):
        tr = [a for a in si_arts if fold_of[a] in fs]
        return max(cfgs, key=lambda c: span_prf({a: si_pred_c[c][a] for a in tr}, {a: ev.si.get(a, []) for a in tr})[2])

    si_pred, si_gold = {}, {}
    for f in folds_all:
        c = si_best(all_f - {f} if len(all_f) > 1 else all_f)
        si_pred.update({a: si_pred_c[c][a] for a in si_arts if fold_of[a] == f})
        si_gold.update({a: ev.si.get(a, []) for a in si_arts if fold_of[a] == f})
    report["si"] = dict(zip(("p", "r", "f1"), span_prf(si_pred, si_gold), strict=True))
    si_cfg = si_best(all_f)
    print("SI (nested CV)", report["si"], "shipped", si_cfg, flush=True)
    # ST3 paragraphs: choose mix on all, thresholds nested
    best_mix = None
    for mix in (0.0, 1.0):
        thr = tune_para(ev, all_f, mix)
        f = multilabel_prf(*ev.para_pred(all_f, thr, mix))[2]
        print(f"  st3 mix {mix}: in-sample tuned micro-F1 {f:.3f}", flush=True)
        if best_mix is None or f > best_mix[0]:
            best_mix = (f, mix, thr)
    mix = best_mix[1]
    pp, pg = {}, {}
    for f in folds_all:
        thr = tune_para(ev, all_f - {f} if len(all_f) > 1 else all_f, mix)
        a, b = ev.para_pred({f}, thr, mix)
        pp.update(a)
        pg.update(b)
    report["st3"] = dict(zip(("p", "r", "f1"), multilabel_prf(pp, pg), strict=True))
    report["st3_per_label"] = {t: multilabel_prf(pp, pg, t) for t in ev.techs}
    para_thr = best_mix[2]
    print("ST3 (nested CV)", report["st3"], flush=True)
    # genre + frames
    dp = ev.doc_level(all_f)
    g_arts = [a for a in dp if a in ev.genre]
    gp = {}
    for f in folds_all:
        tr = [a for a in g_arts if fold_of[a] != f] or g_arts
        w = tune_genre(dp, ev.genre, tr)
        gp.update({a: GENRES[int(np.argmax(dp[a][0] * w))] for a in g_arts if fold_of[a] == f})
    gg = {a: ev.genre[a] for a in gp}
    report["st1_macro_f1"] = macro_f1(gp, gg)
    report["st1_per_label"] = {g: multilabel_prf({a: {v} for a, v in gp.items()}, {a: {v} for a, v in gg.items()}, g)
                               for g in GENRES}
    genre_w = tune_genre(dp, ev.genre, g_arts)
    f_arts = [a for a in dp if a in ev.frames]
    fp_ = {}
    for f in folds_all:
        tr = [a for a in f_arts if fold_of[a] != f] or f_arts
        thr = tune_frames(dp, ev.frames, tr, frames)
        fp_.update(frame_pred(dp, [a for a in f_arts if fold_of[a] == f], thr, frames))
    fg = {a: ev.frames[a] for a in fp_}
    report["st2"] = dict(zip(("p", "r", "f1"), multilabel_prf(fp_, fg), strict=True))
    report["st2_per_label"] = {fr: multilabel_prf(fp_, fg, fr) for fr in frames}
    frame_thr = tune_frames(dp, ev.frames, f_arts, frames)
    print("ST1 macro-F1", round(report["st1_macro_f1"], 3), "ST2", report["st2"], flush=True)
    # span techniques: per-label thresholds (tuned on all folds; per-label span F1 is in-sample tuned)
    tech_thr, tech_rep = [], {}
    for t in range(N_TECH):
        if not any(ev.spans[ev.techs[t]].values()):
            tech_thr.append(2.0)
            continue
        best = (-1.0, 2.0, (0, 0, 0))
        for g in GRID:
            prf = ev.tech_prf(t, g, all_f)
            if prf[2] > best[0]:
                best = (prf[2], g, prf)
        tech_thr.append(best[1])
        tech_rep[ev.techs[t]] = best[2]
    report["span_per_label"] = tech_rep
    print("span per label", {k: round(v[2], 3) for k, v in tech_rep.items()}, flush=True)
    shipped = {"si": si_cfg[0], "si_low": si_cfg[1], "si_gap": si_cfg[2], "technique": dict(zip(ev.techs, tech_thr, strict=True)),
               "paragraph": dict(zip(ev.techs, para_thr, strict=True)), "paragraph_mix": mix,
               "genre_weights": dict(zip(GENRES, genre_w, strict=True)),
               "frames": dict(zip(frames, frame_thr, strict=True))}
    if args.write:
        Path(args.write).write_text(json.dumps(shipped, indent=1) + "\n")
    if args.report:
        Path(args.report).write_text(json.dumps({"report": report, "thresholds": shipped}, indent=1))


if __name__ == "__main__":
    main()
