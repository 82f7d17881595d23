"""Train the genre head (reporting | opinion | satire, calibrated, with ``uncertain``) on CPU; write its CV figures.

    python training/train_genre.py --data ../shared/data --cache training/runs/genre --cv \
        --write src/newsprism/genre/data/genre.npz --report training/runs/genre_cv.json

Data (``genre_data.py``): SemEval-2023 Task 3 genre labels in six languages and BASIL's news reports; BABE's
sentence labels for the opinion-voice probe. Features (``newsprism.genre.features``, the code inference runs):
style features in every language; in English also the shared MiniLM sentence embeddings (pooled) and the BABE
probe pooled over the sentences. Fitting and CV: ``genre_cv.py``; scoring: ``genre_eval.py`` (the realistic
mixes are scored with the shared SemEval scorer). The slow part is the MiniLM pass over the English articles
(``genre_embed.py``, cached under ``--cache``): about 15 minutes on a quiet 2-core box, 30 on a shared one; the
rest takes a few minutes.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import sys
import time
from importlib import resources
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
from genre_cv import Pool, cross_validate, fit  # noqa: E402
from genre_data import GENRES, load_all, load_fnc_bodies, near_duplicate_groups, shorten  # noqa: E402
from genre_embed import embed_articles, embed_babe  # noqa: E402
from genre_eval import (  # noqa: E402
    calibration_report,
    mix_draws,
    mix_report,
    plain_report,
    selective_report,
)

import newsprism.genre.features as F  # noqa: E402
from newsprism.genre.features import pool_embeddings, style_features  # noqa: E402
from newsprism.genre.model import VOICE_NAMES, voice_features  # noqa: E402

LANGS = ["en", "fr", "de", "it", "pl", "ru"]
PROBE_C = 1.0
SHORT_WEIGHT = 0.5  # sample weight of a shortened copy (``genre_data.shorten``), before class balancing
# Style + voice, no document-level embedding block: with it the English mixes score ~0.03-0.05 higher, but it
# calls only 23-26% of the FNC-1 news bodies (other outlets and topics) reporting, against 47-49% without: it
# learns BASIL's topics, not the form of a report (benchmarks/techniques.md, genre section).
SHIPPED = {"blocks": ["style", "voice"], "C": {"style": 0.1, "voice": 0.1}}
CV_SEEDS = (0, 1, 2)  # fold assignments of the event scheme (English satire has 10 articles: one hit moves 0.05)


def code_key() -> str:
    """Hash of the feature code and word lists, so the style cache is rebuilt when they change."""
    h = hashlib.sha1()
    for name in ("features.py", "data/style_words.json"):
        h.update(resources.files("newsprism.genre").joinpath(name).read_bytes())
    return h.hexdigest()[:10]


def embed_key() -> str:
    """Hash of what decides the embedded units (sentence split, cap), so the slow cache survives other edits."""
    h = hashlib.sha1()
    for obj in (F.sentences, F.embedding_units, F.split_title_body):
        h.update(inspect.getsource(obj).encode())
    h.update(f"{F._SENT.pattern}{F.MAX_SENTS}".encode())
    return h.hexdigest()[:10]


def load_pool(data: Path, cache: Path) -> tuple[Pool, list, dict]:
    """Every labelled article, then a shortened copy of each long enough one (``genre_data.shorten``)."""
    originals = load_all(data)
    shorts = [s for s in (shorten(a) for a in originals) if s is not None]
    arts = originals + shorts
    key = code_key() + hashlib.sha1("\n".join(a.id for a in arts).encode()).hexdigest()[:6]
    cache.mkdir(parents=True, exist_ok=True)
    sp = cache / f"style_{key}.npz"
    if not sp.is_file():
        t0 = time.time()
        np.savez(sp, X=np.stack([style_features(a.text, a.lang) for a in arts]))
        print(f"style features {time.time() - t0:.0f}s", flush=True)
    style = np.load(sp)["X"]
    ep = cache / f"emb_{embed_key()}.npz"
    if not ep.is_file():
        embed_articles([a for a in originals if a.lang == "en"], ep)
    bp = cache / f"babe_{embed_key()}.npz"
    if not bp.is_file():
        embed_babe(data, bp)
    probe_coef, probe_icpt, probe_info = fit_probes(np.load(bp))
    e = np.load(ep)
    row = {i: k for k, i in enumerate(e["ids"])}
    emb = np.zeros((len(arts), 3 * 384), np.float32)
    voice = np.zeros((len(arts), len(VOICE_NAMES)), np.float32)
    for i, a in enumerate(arts):
        base = a.id.removesuffix("#short")
        if base in row:  # a shortened copy's sentences are the first of its article's
            emb[i], voice[i] = doc_vectors(e, row[base], a.text, probe_coef, probe_icpt)
    groups = near_duplicate_groups([a.text for a in originals])
    gid = {a.id: g for a, g in zip(originals, groups, strict=True)}
    short = np.array([a.id.endswith("#short") for a in arts])
    pool = Pool(y=np.array([GENRES.index(a.label) for a in arts]), lang=np.array([a.lang for a in arts]),
                source=np.array([a.source for a in arts]), outlet=np.array([a.outlet for a in arts]),
                event=np.array([a.event for a in arts]),
                dup_group=np.array([gid[a.id.removesuffix("#short")] for a in arts]),
                feats={"style": style, "emb": emb, "voice": voice}, short=short,
                weight=np.where(short, SHORT_WEIGHT, 1.0))
    return pool, arts, {"probe": (probe_coef, probe_icpt), "probe_info": probe_info}


def doc_vectors(e, k: int, text: str, coef: np.ndarray, icpt: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pooled embeddings and voice features of cached article ``k`` (its sentences re-split from ``text``)."""
    sv = e["sents"][e["offsets"][k]:e["offsets"][k + 1]].astype(np.float32)
    tv = e["title"][k].astype(np.float32)
    _, ss = F.embedding_units(text)
    ss = ss or ["."]
    assert len(ss) <= len(sv), "embedding cache out of date"
    sv = sv[:len(ss)]
    return pool_embeddings(tv, sv), voice_features(tv, sv, F.quoted_flags(ss), coef, icpt)


def fit_probes(b) -> tuple[np.ndarray, np.ndarray, dict]:
    """Two sentence probes on BABE: the writer's opinion vs entirely factual, and biased vs not; AUC by
    outlet-grouped 5-fold CV."""
    x = b["emb"].astype(np.float32)
    coefs, icpts, info = [], [], {}
    for name in ("y_opinion", "y_bias"):
        keep = b[name] >= 0
        xs, ys, gs = x[keep], b[name][keep], b["outlet"][keep]
        oof = np.zeros(len(ys))
        for tr, te in GroupKFold(5).split(xs, ys, gs):
            oof[te] = LogisticRegression(C=PROBE_C, max_iter=3000).fit(xs[tr], ys[tr]).decision_function(xs[te])
        lr = LogisticRegression(C=PROBE_C, max_iter=3000).fit(xs, ys)
        coefs.append(lr.coef_[0])
        icpts.append(lr.intercept_[0])
        info[name[2:]] = {"sentences": int(len(ys)), "positive_share": round(float(ys.mean()), 3),
                          "auc_outlet_grouped_cv": round(float(roc_auc_score(ys, oof)), 3)}
    return np.array(coefs, np.float32), np.array(icpts, np.float32), info


def evaluate(pool: Pool, ids: np.ndarray, proba: np.ndarray, margins: list[float], scorer: bool) -> dict:
    """Figures on the whole articles; and, for robustness, the realistic mixes of the shortened copies of the
    held-out articles (their first paragraphs, 60-220 words)."""
    o, s = ~pool.short, pool.short
    out = evaluate_rows(pool.subset(o), ids[o], proba[o], margins, scorer)
    ps, ys, en = proba[s].argmax(1), pool.y[s], pool.lang[s] == "en"
    out["shortened_copies"] = {"english_mix": mix_report(ids[s], ps, ys, en),
                               "all_languages_mix": mix_report(ids[s], ps, ys, np.ones(len(ys), bool))}
    return out


def evaluate_rows(pool: Pool, ids: np.ndarray, proba: np.ndarray, margins: list[float], scorer: bool) -> dict:
    pred = proba.argmax(1)
    y = pool.y
    en = pool.lang == "en"
    allm = np.ones(len(y), bool)
    margin = float(np.median(margins))
    first_draw = mix_draws(y, en)[0]
    dm = np.zeros(len(y), bool)
    dm[first_draw] = True
    da = np.zeros(len(y), bool)
    da[mix_draws(y, allm)[0]] = True
    return {
        "english_mix": mix_report(ids, pred, y, en, use_scorer=scorer),
        "all_languages_mix": mix_report(ids, pred, y, allm, use_scorer=scorer),
        "semeval_en_original_mix": plain_report(pred, y, pool.source == "semeval-en"),
        "semeval_other_languages": plain_report(pred, y, ~en),
        "per_language": {lg: plain_report(pred, y, pool.lang == lg)["macro_f1"] for lg in LANGS},
        "semeval_en_reporting_vs_opinion_auc": round(float(roc_auc_score(
            y[(pool.source == "semeval-en") & (y < 2)] == 0, proba[(pool.source == "semeval-en") & (y < 2), 0])), 3),
        "basil_called_reporting": round(float((pred[pool.source == "basil"] == 0).mean()), 3),
        "semeval_en_reporting_recall": round(float((pred[(pool.source == "semeval-en") & (y == 0)] == 0).mean()), 3),
        "uncertain_english_mix": selective_report(proba, y, dm, margin),
        "calibration_english_mix": calibration_report(proba, y, dm),
        "calibration_all_languages_mix": calibration_report(proba, y, da),
        "margins_per_fold": margins,
    }


def summarize(runs: list[dict]) -> dict:
    """Mean (and range) over fold seeds of the headline figures and per-class F1."""
    out = {}
    for mix in ("english_mix", "all_languages_mix"):
        f = [r[mix]["macro_f1"] for r in runs]
        per = {g: [round(float(np.mean([r[mix]["per_class_p_r_f1_n"][g][j] for r in runs])), 3) for j in range(3)]
               for g in GENRES}
        out[mix] = {"macro_f1_mean": round(float(np.mean(f)), 3), "range": [min(f), max(f)], "per_class_p_r_f1": per}
    for k in ("semeval_en_reporting_vs_opinion_auc", "basil_called_reporting"):
        out[k] = round(float(np.mean([r[k] for r in runs])), 3)
    out["semeval_en_original_mix_macro_f1"] = round(float(np.mean([r["semeval_en_original_mix"]["macro_f1"]
                                                                   for r in runs])), 3)
    return out


def semeval_only_cv(pool: Pool, ids: np.ndarray, seeds: tuple[int, ...] = (0, 1, 2, 3, 4)) -> dict:
    """The old protocol for comparison: SemEval-2023 English train only (and its shortened copies in training),
    5-fold with near-duplicates grouped; scored on the whole articles."""
    idx = np.where(pool.source == "semeval-en")[0]
    sub = pool.subset(idx)
    f1s, per = [], []
    for seed in seeds:
        p, _, _ = cross_validate(sub, SHIPPED, LANGS, "event", seed=seed)
        r = plain_report(p.argmax(1), sub.y, ~sub.short)
        f1s.append(r["macro_f1"])
        per.append(r["per_class_p_r_f1_n"])
    return {"macro_f1_mean": round(float(np.mean(f1s)), 3), "sd": round(float(np.std(f1s)), 3), "runs": f1s,
            "per_class_p_r_f1_mean": {g: [round(float(np.mean([q[g][j] for q in per])), 3) for j in range(3)]
                                      for g in GENRES}}


def fnc_diagnostic(data: Path, cache: Path, params) -> dict:
    """Share of FNC-1 bodies (presumed news reports from many outlets, never trained on) the model calls
    reporting, and the share it calls uncertain."""
    from newsprism.genre.model import decide
    from newsprism.genre.pageform import not_article_rule

    fnc = load_fnc_bodies(data)
    ep = cache / f"fnc_{embed_key()}.npz"
    if not ep.is_file():
        embed_articles(fnc, ep)
    e = np.load(ep)
    li = params.lang_index(["en"] * len(fnc))
    style = np.stack([style_features(a.text, "en") for a in fnc])
    vecs = [doc_vectors(e, k, a.text, params.probe_coef, params.probe_intercept) for k, a in enumerate(fnc)]
    emb, voice = np.stack([v[0] for v in vecs]), np.stack([v[1] for v in vecs])
    feats = {"style": style, "emb": emb, "voice": voice}
    z = params.combiner.logits({k: b.logits(feats[k], li) for k, b in params.blocks.items()}, np.ones(len(fnc)))
    from newsprism.genre.model import softmax

    p = softmax(z)
    labels = decide(p, float(params.config["margin"]))
    return {"articles": len(fnc), "called_reporting": round(float((p.argmax(1) == 0).mean()), 3),
            "called_opinion": round(float((p.argmax(1) == 1).mean()), 3),
            "called_satire": round(float((p.argmax(1) == 2).mean()), 3),
            "uncertain": round(float(np.mean([x == "uncertain" for x in labels])), 3),
            "not_article": round(float(np.mean([not_article_rule(a.text)[0] is not None for a in fnc])), 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--cache", type=Path, default=Path("training/runs/genre"))
    ap.add_argument("--cv", action="store_true", help="cross-validate the shipped configuration (both schemes)")
    ap.add_argument("--explore", action="store_true", help="CV of the configurations tried (event scheme)")
    ap.add_argument("--write", type=Path, help="fit on everything and write the model here")
    ap.add_argument("--report", type=Path)
    args = ap.parse_args()
    t0 = time.time()
    pool, arts, extra = load_pool(args.data, args.cache)
    ids = np.array([a.id for a in arts])
    report: dict = {"pool": {s: int(((pool.source == s) & ~pool.short).sum()) for s in sorted(set(pool.source))},
                    "shortened_copies": int(pool.short.sum()),
                    "probe": extra["probe_info"], "config": SHIPPED}
    print(json.dumps(report), flush=True)
    if args.explore:
        for cfg in explore_configs():
            pool.weight = np.where(pool.short, cfg.get("short_weight", SHORT_WEIGHT), 1.0)
            p, _, m = cross_validate(pool, cfg, LANGS, "event")
            r = evaluate(pool, ids, p, m, scorer=False)
            params, _ = fit(pool, np.arange(len(pool.y)), cfg, LANGS)
            params.probe_coef, params.probe_intercept = extra["probe"]
            fnc = fnc_diagnostic(args.data, args.cache, params)
            print(json.dumps(cfg), "EN", r["english_mix"]["macro_f1"],
                  {g: v[2] for g, v in r["english_mix"]["per_class_p_r_f1_n"].items()},
                  "ALL", r["all_languages_mix"]["macro_f1"],
                  {g: v[2] for g, v in r["all_languages_mix"]["per_class_p_r_f1_n"].items()},
                  "semeval-en AUC", r["semeval_en_reporting_vs_opinion_auc"], "basil", r["basil_called_reporting"],
                  "shortened EN/ALL", r["shortened_copies"]["english_mix"]["macro_f1"],
                  r["shortened_copies"]["all_languages_mix"]["macro_f1"],
                  "fnc reporting/opinion/satire", fnc["called_reporting"], fnc["called_opinion"],
                  fnc["called_satire"], flush=True)
        pool.weight = np.where(pool.short, SHORT_WEIGHT, 1.0)
    if args.cv:
        for scheme, seeds in (("event", CV_SEEDS), ("outlet", (0,))):
            for seed in seeds:
                p, _, m = cross_validate(pool, SHIPPED, LANGS, scheme, seed=seed)
                report[f"cv_{scheme}_seed{seed}"] = evaluate(pool, ids, p, m, scorer=True)
                print(scheme, seed, json.dumps(report[f"cv_{scheme}_seed{seed}"]), flush=True)
        report["cv_event_mean"] = summarize([report[f"cv_event_seed{s}"] for s in CV_SEEDS])
        # the shipped uncertain margin: the median of the margins each outer fold chose on its inner scores
        report["cv_margin"] = float(np.median([m for s in CV_SEEDS for m in report[f"cv_event_seed{s}"]
                                               ["margins_per_fold"]]))
        print("event mean", json.dumps(report["cv_event_mean"]), flush=True)
        report["semeval_en_only_cv"] = semeval_only_cv(pool, ids)
        print("semeval-en only", json.dumps(report["semeval_en_only_cv"]), flush=True)
    if args.write:
        params, margin = fit(pool, np.arange(len(pool.y)), SHIPPED, LANGS)
        params.probe_coef, params.probe_intercept = extra["probe"]
        if "cv_margin" in report:  # steadier than the one choice on the final fit's inner folds
            margin = params.config["margin"] = report["cv_margin"]
        params.save(args.write)
        report["shipped"] = {"weights": params.combiner.weights, "bias": params.combiner.bias.round(4).tolist(),
                             "margin": margin, "bytes": args.write.stat().st_size}
        print("wrote", args.write, json.dumps(report["shipped"]), flush=True)
        report["fnc1_diagnostic"] = fnc_diagnostic(args.data, args.cache, params)
        print("fnc1", json.dumps(report["fnc1_diagnostic"]), flush=True)
    report["minutes"] = round((time.time() - t0) / 60, 1)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps(report, indent=1))


def explore_configs():
    """The variants compared in benchmarks/techniques.md (event scheme, fold seed 0)."""
    yield {"blocks": ["style"], "C": {"style": 0.1}}
    yield {"blocks": ["style", "voice"], "C": {"style": 0.1, "voice": 0.1}, "short_weight": 1e-4}
    yield SHIPPED
    yield {"blocks": ["style", "voice"], "C": {"style": 0.1, "voice": 1.0}}
    yield {"blocks": ["style", "emb", "voice"], "C": {"style": 0.1, "emb": 0.003, "voice": 0.1}}
    yield {"blocks": ["style", "emb"], "C": {"style": 0.1, "emb": 0.003}}
    # length-free style block (short texts read as satire): without the length features, then without the
    # paragraph-shape ones too
    length = ["log_words", "log_paras", "type_token"]
    yield dict(SHIPPED, drop=length)
    yield dict(SHIPPED, drop=[*length, "first_para_words", "sents_per_para"])
    # calibrated to mixes with more satire (the argmax then calls satire more often)
    yield dict(SHIPPED, prior=[0.55, 0.30, 0.15])
    yield dict(SHIPPED, prior=[0.55, 0.20, 0.25])


if __name__ == "__main__":
    main()
