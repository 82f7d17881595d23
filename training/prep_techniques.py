"""Pre-tokenize SemEval-2023 Task 3 (EN train) and PTC 2020 into one small array file for training.

Every line of an article is one unit (SemEval-2023 lines are paragraphs, PTC lines are sentences); long lines
are cut into overlapping windows of at most MAX_TOKENS tokens. Per token we store the 23-technique bits
(SemEval-2023 spans) and the SI bit (PTC merged spans); per unit the paragraph techniques, the article's
genre and frames, and the CV fold (by article, so both texts of one article share a fold).

    python training/prep_techniques.py --data ../shared/data --out .gpu/tech_data.npz
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

MAX_TOKENS = 256
STRIDE = 192  # window step, so windows overlap by 64 tokens
N_FOLDS = 5
ROOT = Path(__file__).resolve().parents[1]
TOKENIZER = ROOT / "src/newsprism/encoder/assets/minilm-tokenizer.json"
GENRES = ["reporting", "opinion", "satire"]


def fold_of(art_id: str) -> int:
    return int(hashlib.md5(art_id.encode()).hexdigest(), 16) % N_FOLDS


def load_tokenizer() -> Tokenizer:
    tok = Tokenizer.from_file(str(TOKENIZER))
    tok.no_padding()
    tok.no_truncation()
    return tok


def line_windows(tok: Tokenizer, text: str, max_tokens: int = MAX_TOKENS, stride: int = STRIDE):
    """Yield (line_no, ids, offsets) windows for every non-empty line; offsets are into ``text``."""
    pos = 0
    for no, line in enumerate(text.split("\n"), start=1):
        start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        enc = tok.encode(line, add_special_tokens=False)
        ids, offs = enc.ids, [(s + start, e + start) for s, e in enc.offsets]
        if not ids:
            continue
        room = max_tokens - 2
        k = 0
        while True:
            yield no, [101, *ids[k:k + room], 102], offs[k:k + room]
            if k + room >= len(ids):
                break
            k += stride


def read_spans(path: Path) -> dict[str, list[tuple[str, int, int]]]:
    out: dict[str, list[tuple[str, int, int]]] = {}
    for line in path.read_text().splitlines():
        r = line.split("\t")
        if len(r) < 3:
            continue
        tech = r[1] if len(r) == 4 else "SI"
        out.setdefault(r[0], []).append((tech, int(r[-2]), int(r[-1])))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared/data"))
    ap.add_argument("--out", default=str(ROOT / ".gpu/tech_data.npz"))
    args = ap.parse_args()
    d = Path(args.data)
    se = d / "semeval2023-en"
    techs = se.joinpath("techniques_subtask3.txt").read_text().split()
    frames = se.joinpath("frames_subtask2.txt").read_text().split()
    genre = dict(r.split("\t") for r in se.joinpath("train-labels-subtask-1.txt").read_text().splitlines() if r)
    frame_lab = {}
    for r in se.joinpath("train-labels-subtask-2.txt").read_text().splitlines():
        if r:
            a, _, ls = r.partition("\t")
            frame_lab[a] = [x for x in ls.split(",") if x]
    para_lab: dict[tuple[str, int], list[str]] = {}
    for r in se.joinpath("train-labels-subtask-3.txt").read_text().splitlines():
        c = r.split("\t")
        if len(c) >= 2 and c[0]:
            para_lab[(c[0], int(c[1]))] = [x for x in (c[2] if len(c) > 2 else "").split(",") if x]
    spans: dict[str, list] = {}
    for p in sorted((se / "train-labels-subtask-3-spans").glob("*.txt")):
        for k, v in read_spans(p).items():
            spans.setdefault(k, []).extend(v)
    si = {}
    for name in ("train-task-si.labels", "dev-task-si.labels"):
        for k, v in read_spans(d / "ptc2020" / name).items():
            si.setdefault(k, []).extend(v)
    # Article texts: subtask-3 first, then subtask-1/2 for the few articles only they hold.
    texts: dict[str, str] = {}
    for sub in ("train-articles-subtask-3", "train-articles-subtask-1", "train-articles-subtask-2"):
        for p in sorted((se / sub).glob("article*.txt")):
            texts.setdefault(p.stem[7:], p.read_text(encoding="utf-8"))
    ptc_texts = {p.stem[7:]: p.read_text(encoding="utf-8")
                 for sub in ("train-articles", "dev-articles") for p in sorted((d / "ptc2020" / sub).glob("*.txt"))}
    tok = load_tokenizer()
    para_arts = {k[0] for k in para_lab}
    ids_all: list[int] = []
    tokbits: list[int] = []
    offs_all: list[tuple[int, int]] = []
    units = []  # art, kind(0 semeval,1 ptc), line, tok_start, tok_end, fold, has_tech, has_para, genre, has_frames
    para_rows, frame_rows = [], []
    art_ids = sorted(set(texts) | set(ptc_texts))
    art_index = {a: i for i, a in enumerate(art_ids)}
    for kind, src in ((0, texts), (1, ptc_texts)):
        for art in sorted(src):
            text = src[art]
            has_tech = kind == 0 and (art in spans or art in para_arts)
            sp = spans.get(art, []) if kind == 0 else si.get(art, [])
            for no, ids, offs in line_windows(tok, text):
                t0 = len(ids_all)
                ids_all.extend(ids)
                offs_all.extend([(-1, -1), *offs, (-1, -1)])
                for j in range(len(ids)):
                    bits = 0
                    if 0 < j < len(ids) - 1:
                        s, e = offs[j - 1]
                        for tech, a, b in sp:
                            if s < b and e > a and (tech == "SI" or tech in techs):
                                bits |= (1 << 23) if tech == "SI" else (1 << techs.index(tech))
                    tokbits.append(bits)
                pl = para_lab.get((art, no)) if kind == 0 else None
                prow = np.zeros(len(techs), np.uint8)
                for x in pl or []:
                    if x in techs:  # one gold row holds a garbled label; it is skipped
                        prow[techs.index(x)] = 1
                frow = np.zeros(len(frames), np.uint8)
                for x in frame_lab.get(art, []):
                    frow[frames.index(x)] = 1
                g = GENRES.index(genre[art]) if art in genre else -1
                units.append((art_index[art], kind, no, t0, len(ids_all), fold_of(art), int(bool(has_tech)),
                              int(pl is not None), g, int(art in frame_lab)))
                para_rows.append(prow)
                frame_rows.append(frow)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out, ids=np.array(ids_all, np.int32), bits=np.array(tokbits, np.int32),
        offsets=np.array(offs_all, np.int32), units=np.array(units, np.int32),
        para=np.array(para_rows, np.uint8), frames=np.array(frame_rows, np.uint8),
        art_ids=np.array(art_ids), techniques=np.array(techs), frame_names=np.array(frames),
        genres=np.array(GENRES),
    )
    u = np.array(units)
    print(f"{len(art_ids)} articles, {len(units)} units ({(u[:, 1] == 0).sum()} semeval, {(u[:, 1] == 1).sum()} ptc), "
          f"{len(ids_all)} tokens -> {out} ({out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
