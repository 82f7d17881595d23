"""Run the shared encoder pass over the training articles once and cache what the technique heads learn from.

Every article goes through the pipeline's own ingest, then the encoder pass over its units
(``newsprism.encoder.units``): the sentence embedding and the token states of every encoder layer, exactly as
the pipeline computes them. Labels per token (23 SemEval-2023 techniques, or the PTC SI bit and its 14
techniques), per paragraph (ST3) and per article (frames, genre) sit next to them, with the CV fold (md5 of the
article id mod 5, so both layouts of one article share a fold).

    python training/prep_spans.py --data ../shared/data --out training/runs/spans

Output per corpus (``sem`` = SemEval-2023 EN train, ``ptc`` = PTC 2020 train + dev, ``semx`` = the 7 subtask-1/2
articles that subtask 3 lacks, for genre and frames only): ``states.npy``
(tokens x 7 layers x 384, float16, memory-mapped by the trainers) and ``meta.npz``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

import numpy as np

from newsprism.encoder.minilm import DIM, LAYER_TENSORS, Encoder
from newsprism.encoder.units import document_units
from newsprism.ingest import iter_inputs
from newsprism.model import Document

N_FOLDS = 5
ROOT = Path(__file__).resolve().parents[1]
LABELS = json.loads((ROOT / "src/newsprism/techniques/data/labels.json").read_text())
PTC_TECHS = ["Appeal_to_Authority", "Appeal_to_fear-prejudice", "Bandwagon,Reductio_ad_hitlerum",
             "Black-and-White_Fallacy", "Causal_Oversimplification", "Doubt", "Exaggeration,Minimisation",
             "Flag-Waving", "Loaded_Language", "Name_Calling,Labeling", "Repetition", "Slogans",
             "Thought-terminating_Cliches", "Whataboutism,Straw_Men,Red_Herring"]
SI_BIT = 23  # ptc tokens: bit 23 = SI, bits 0-13 = PTC techniques


def fold_of(art_id: str) -> int:
    return int(hashlib.md5(art_id.encode()).hexdigest(), 16) % N_FOLDS


def read_span_rows(path: Path) -> list[list[str]]:
    return [r.split("\t") for r in path.read_text(encoding="utf-8").splitlines() if r.strip()]


def corpus_files(data: Path, name: str) -> list[Path]:
    se = data / "semeval2023-en"
    if name == "sem":
        return sorted((se / "train-articles-subtask-3").glob("article*.txt"))
    if name == "semx":  # the few subtask-1/2 articles (genre, frames) that subtask 3 does not hold
        have = {p.name for p in (se / "train-articles-subtask-3").glob("article*.txt")}
        return sorted(p for p in (se / "train-articles-subtask-2").glob("article*.txt") if p.name not in have)
    return sorted((data / "ptc2020/train-articles").glob("article*.txt")) + sorted(
        (data / "ptc2020/dev-articles").glob("article*.txt"))


def token_spans(data: Path, name: str) -> dict[str, list[tuple[int, int, int]]]:
    """article id -> (bit, start, end) for every gold span."""
    out: dict[str, list[tuple[int, int, int]]] = {}
    techs = LABELS["techniques"]
    if name == "semx":
        return out
    if name == "sem":
        for p in sorted((data / "semeval2023-en/train-labels-subtask-3-spans").glob("*.txt")):
            for r in read_span_rows(p):
                if len(r) == 4 and r[1] in techs:
                    out.setdefault(r[0], []).append((techs.index(r[1]), int(r[2]), int(r[3])))
        return out
    for split in ("train", "dev"):
        for r in read_span_rows(data / f"ptc2020/{split}-task-si.labels"):
            out.setdefault(r[0], []).append((SI_BIT, int(r[-2]), int(r[-1])))
        for r in read_span_rows(data / f"ptc2020/{split}-task-flc-tc.labels"):
            if r[1] in PTC_TECHS:
                out.setdefault(r[0], []).append((PTC_TECHS.index(r[1]), int(r[2]), int(r[3])))
    return out


def doc_labels(data: Path) -> tuple[dict, dict, dict]:
    se = data / "semeval2023-en"
    para: dict[tuple[str, int], list[str]] = {}
    for r in read_span_rows(se / "train-labels-subtask-3.txt"):
        if len(r) >= 2 and r[0]:
            para[(r[0], int(r[1]))] = [x for x in (r[2] if len(r) > 2 else "").split(",") if x in LABELS["techniques"]]
    frames = {r[0]: [x for x in (r[1] if len(r) > 1 else "").split(",") if x]
              for r in read_span_rows(se / "train-labels-subtask-2.txt")}
    genre = {r[0]: r[1] for r in read_span_rows(se / "train-labels-subtask-1.txt") if len(r) > 1}
    return para, frames, genre


def article_id(doc: Document) -> str:
    return Path(doc.source).stem[len("article"):]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared/data"))
    ap.add_argument("--out", default=str(ROOT / "training/runs/spans"))
    ap.add_argument("--corpora", default="sem,ptc,semx")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--layers", default="all",
                    help="encoder layers whose token states are kept: 'all' (0-6, for technique heads) or 'none' "
                         "(sentence embeddings only, all the frame head reads)")
    args = ap.parse_args()
    data, out_root = Path(args.data), Path(args.out)
    para_lab, frame_lab, genre_lab = doc_labels(data)
    layers = tuple(range(len(LAYER_TENSORS))) if args.layers == "all" else ()
    enc = Encoder(layers=layers)
    for name in args.corpora.split(","):
        out = out_root / name
        out.mkdir(parents=True, exist_ok=True)
        files = corpus_files(data, name)[: args.limit or None]
        docs = [d for d in iter_inputs(files) if isinstance(d, Document)]
        gold = token_spans(data, name)
        units_of = [document_units(d) for d in docs]
        n_tok = sum(len(e.ids) for d, us in zip(docs, units_of, strict=True)
                    for e in enc.full_tokenizer.encode_batch([d.text[a:b] for a, b, _ in us], add_special_tokens=False))
        states = np.lib.format.open_memmap(out / "states.npy", mode="w+", dtype=np.float16,
                                           shape=(n_tok, len(layers), DIM)) if layers else None
        tok_off, tok_unit, tok_bits = [], [], []
        u_rows, u_emb, d_rows = [], [], []
        para_rows, frame_rows = [], []
        pos = 0
        t0 = time.time()
        for di, (doc, units) in enumerate(zip(docs, units_of, strict=True)):
            art = article_id(doc)
            spans = gold.get(art, [])
            line_of = {p.start: doc.text.count("\n", 0, p.start) + 1 for p in doc.paragraphs}
            res = enc.states([doc.text[a:b] for a, b, _ in units])
            for (a, b, pi), st in zip(units, res, strict=True):
                n = len(st.offsets)
                offs = st.offsets + a
                if states is not None:
                    states[pos : pos + n] = st.hidden.astype(np.float16)
                bits = np.zeros(n, np.int64)
                for bit, s, e in spans:
                    hit = (offs[:, 0] < e) & (offs[:, 1] > s)
                    bits[hit] |= 1 << bit
                tok_off.append(offs)
                tok_unit.append(np.full(n, len(u_rows), np.int32))
                tok_bits.append(bits)
                line = line_of[doc.paragraphs[pi].start]
                u_rows.append((di, a, b, pi, line, pos, pos + n))
                u_emb.append(st.embedding)
                pos += n
            d_rows.append((fold_of(art), int(art in genre_lab and name != "ptc"),
                           ["reporting", "opinion", "satire"].index(genre_lab[art]) if art in genre_lab else -1))
            frame_rows.append([int(f in frame_lab.get(art, [])) for f in LABELS["frames"]])
            for p in doc.paragraphs:
                key = (art, line_of[p.start])
                if name == "sem" and key in para_lab:
                    para_rows.append((di, key[1], *[int(t in para_lab[key]) for t in LABELS["techniques"]]))
            if di % 50 == 0:
                print(f"  {di}/{len(docs)} {pos} tokens {time.time() - t0:.0f}s", flush=True)
        if states is not None:
            states.flush()
        else:
            (out / "states.npy").unlink(missing_ok=True)  # no stale states next to new units
        np.savez_compressed(
            out / "meta.npz", tok_off=np.concatenate(tok_off).astype(np.int32),
            tok_unit=np.concatenate(tok_unit), tok_bits=np.concatenate(tok_bits),
            units=np.array(u_rows, np.int32), unit_emb=np.stack(u_emb).astype(np.float32),
            docs=np.array(d_rows, np.int32), doc_ids=np.array([article_id(d) for d in docs]),
            frames=np.array(frame_rows, np.uint8), para=np.array(para_rows, np.int32).reshape(-1, 2 + 23))
        (out / "texts.json").write_text(json.dumps({article_id(d): d.text for d in docs}))
        print(f"{name}: {len(docs)} articles, {len(u_rows)} units, {pos} tokens, encoded in {time.time() - t0:.0f}s",
              flush=True)


if __name__ == "__main__":
    main()
