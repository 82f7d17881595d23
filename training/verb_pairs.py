"""Is there a general signal that two different verbs name one happening? Measured on ECB+ gold event mentions.

For every pair of gold event mentions in two documents of one ECB+ topic whose triggers have different lemmas,
the label is whether they share a gold cluster. Three cheap signals available at run time are scored:

- ``cos_state``: cosine of the two triggers' contextual encoder states (the shared MiniLM, as ``trigger_state``);
- ``cos_sent``: cosine of the two sentences' embeddings (mean of the sentence's piece states, as the events layer);
- ``cos_word``: cosine of the two trigger words out of context (the encoder's input word-piece table);
- ``coref_p``: the shipped events coreference model on those two (``pair_matrix``; participants left empty, so
  only its lemma, word-class, encoder and position features speak).

AUC of each signal, separating coreferent from non-coreferent different-lemma pairs, is written per split; with
``--plants`` the same signals are also given for plant sentence pairs of wire sets (their verbs found by the tagger,
best pair of verbs of the two sentences).

    OMP_NUM_THREADS=1 PYTHONPATH=src .venv/bin/python training/verb_pairs.py --split train --pairs 4000
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from ecbplus import topics  # noqa: E402

from newsprism.encoder import get_encoder  # noqa: E402
from newsprism.encoder.minilm import word_piece_table  # noqa: E402
from newsprism.events.coref import PAIR_FEATURES, PairInput, get_coref_model, pair_matrix  # noqa: E402
from newsprism.events.status import lemma, trigger_state  # noqa: E402
from newsprism.nlp.spacy_pipe import get_nlp  # noqa: E402

SIGNALS = ("cos_state", "cos_sent", "cos_word", "coref_p")
FLAG_KINDS = ("conflict", "status", "precision")  # the shown flag kinds (consensus and unique lists are not pairs)
STEM = 4  # lemmas sharing their first four letters are one stem (as the coreference model's ``prefix4``)
HELD_OUT = ("r15",)  # the round-15 held-out draw: never read here
VERB_POS = ("VERB",)  # auxiliaries (was, had) pair with everything


def auc(score: np.ndarray, label: np.ndarray) -> float:
    """Probability that a random positive outranks a random negative (ties count half)."""
    from scipy.stats import rankdata

    pos, n_pos = label.astype(bool), int(label.sum())
    n_neg = len(label) - n_pos
    if not n_pos or not n_neg:
        return float("nan")
    ranks = rankdata(score)
    return float((ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


class Scorer:
    """Trigger records (sentence, span, word class, lemma) turned into the four signals."""

    def __init__(self) -> None:
        self.encoder = get_encoder()
        self.table, self.pieces = word_piece_table()
        self.nlp = get_nlp()
        self.model = get_coref_model()

    def word_vector(self, word: str) -> np.ndarray:
        ids = self.pieces.encode(word, add_special_tokens=False).ids
        v = self.table[ids].mean(axis=0) if ids else np.zeros(self.table.shape[1], dtype=np.float32)
        return v / max(float(np.linalg.norm(v)), 1e-9)

    def records(self, items: Sequence[tuple[str, str, int, int]]) -> list[dict[str, Any]]:
        """(doc, sentence text, trigger start, trigger end in the sentence) -> state, embedding, lemma, pos."""
        sentences = sorted({s for _d, s, _a, _b in items})
        outs = dict(zip(sentences, self.encoder.tokens(sentences), strict=True))
        parsed = dict(zip(sentences, self.nlp.pipe(sentences), strict=True))
        recs = []
        for doc, sent, a, b in items:
            o = outs[sent]
            emb = o.hidden.mean(axis=0)
            tok = next((t for t in parsed[sent] if t.idx <= a < t.idx + len(t.text)), None)
            word = sent[a:b]
            recs.append({"doc": doc, "sent": sent, "text": word, "state": trigger_state(o.hidden, o.offsets, a, b),
                         "emb": emb / max(float(np.linalg.norm(emb)), 1e-9),
                         "lemma": lemma(tok) if tok is not None else word.lower(),
                         "pos": tok.pos_ if tok is not None else "NOUN", "word": self.word_vector(word)})
        return recs

    def sentence_pair(self, sides: Sequence[tuple[str, str, int]]) -> dict[str, float]:
        """The best value of each signal over every pair of verbs of other stems of the two sentences
        holding the two sides (document, text, offset): what a two-verb signal adds to the same-predicate gates;
        empty when no such pair."""
        found = []
        for doc, text, start in sides[:2]:
            parsed = self.nlp(text)
            sent = next((x for x in parsed.sents if x.start_char <= start < x.end_char), None)
            if sent is None:
                return {}
            found.append([(doc, sent.text, t.idx - sent.start_char, t.idx - sent.start_char + len(t.text))
                          for t in sent if t.pos_ in VERB_POS])
        if len(found) != 2 or not found[0] or not found[1]:
            return {}
        verbs1, verbs2 = self.records(found[0]), self.records(found[1])
        best: dict[str, float] = {}
        for u in verbs1:
            for v in verbs2:
                if u["lemma"][:STEM] == v["lemma"][:STEM] or u["text"].lower() == v["text"].lower():
                    continue  # one verb (or one stem): the same-predicate gates already see it
                for name, val in self.pair_signals(u, v).items():
                    best[name] = max(best.get(name, -1.0), val)
        return best

    def pair_signals(self, r1: dict[str, Any], r2: dict[str, Any]) -> dict[str, float]:
        def unit(v: np.ndarray) -> np.ndarray:
            return v / max(float(np.linalg.norm(v)), 1e-9)

        ms = [PairInput(r["doc"], r["lemma"], r["text"], r["pos"], 0, r["state"], r["emb"], {}) for r in (r1, r2)]
        _iu, _ju, F = pair_matrix(ms)
        return {"cos_state": float(unit(r1["state"]) @ unit(r2["state"])), "cos_sent": float(r1["emb"] @ r2["emb"]),
                "cos_word": float(r1["word"] @ r2["word"]),
                "coref_p": float(self.model.proba(F.astype(np.float32))[0])}


def document_text(doc: str) -> str:
    """A dev draw's document as the audit offsets read it (FNC-1 bodies as ``fnc_draw.body_file`` writes them,
    ECB+ documents as stored)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import ecb_draw
    import fnc_draw

    if doc.startswith("fnc_"):
        return str(fnc_draw.load().bodies[int(doc[4:])]).strip() + "\n"
    if ecb_draw._DOC.fullmatch(doc):
        return ecb_draw.doc_path(doc).read_text(encoding="utf-8")
    return ""  # a BASIL article of r6 (its three triplets): not scored


def ecb_pairs(root: Path, split: str, n_pairs: int, seed: int) -> list[tuple[Any, Any, bool, bool]]:
    """A sample of cross-document gold event mention pairs of one topic (selected sentences): both mentions,
    coreferent, same sub-topic (the same kind of happening, one instance or two: the hard negatives)."""
    rng = random.Random(seed)
    chosen: list[tuple[Any, Any, bool, bool]] = []
    per_topic = max(1, n_pairs // len(topics(root, split)))
    for t in topics(root, split):
        g = json.loads((root / "ecbplus" / str(t) / "gold.json").read_text())
        docs = g["documents"]
        texts = {d: (root / "ecbplus" / str(t) / v["path"]).read_text() for d, v in docs.items()}
        sents = {(d, s["sent_id"]): (s["start"], s["end"]) for d, v in docs.items() for s in v["sentences"]}
        ms = []
        for m in g["event_mentions"]:
            if not m["selected_sentence"] or not m["contiguous"] or m["cluster_kind"] != "cross_doc":
                continue  # pairs whose both mentions the annotators linked across documents (or not) on purpose
            s, e = sents[(m["doc_id"], m["sent_id"])]
            ms.append(((m["doc_id"], texts[m["doc_id"]][s:e], m["start"] - s, m["end"] - s), m["cluster_id"],
                       m["subtopic"]))
        cands = [(i, j) for i in range(len(ms)) for j in range(i + 1, len(ms))
                 if ms[i][0][0] != ms[j][0][0] and ms[i][0][1][ms[i][0][2]:ms[i][0][3]].lower()
                 != ms[j][0][1][ms[j][0][2]:ms[j][0][3]].lower()]
        rng.shuffle(cands)
        chosen += [(ms[i][0], ms[j][0], ms[i][1] == ms[j][1], ms[i][2] == ms[j][2]) for i, j in cands[:per_topic]]
    return chosen


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--split", default="train")
    ap.add_argument("--pairs", type=int, default=4000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--plants", nargs="*", default=[], help="wire sets (benchmarks/wireN) whose plants to score")
    ap.add_argument("--draws", nargs="*", default=[], help="dev draws whose labelled flags and missed pairs to score")
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    if set(a.draws) & set(HELD_OUT):
        raise SystemExit(f"held-out draws are not read: {HELD_OUT}")
    sc = Scorer()
    out: dict[str, Any] = {"split": a.split, "features": list(PAIR_FEATURES)}
    if a.pairs:
        pairs = ecb_pairs(a.data, a.split, a.pairs, a.seed)
        recs = sc.records([x for p in pairs for x in p[:2]])
        rows, labels, same_sub, stem = [], [], [], []
        for k, (_x, _y, lab, sub) in enumerate(pairs):
            r1, r2 = recs[2 * k], recs[2 * k + 1]
            if r1["lemma"] == r2["lemma"]:
                continue  # different surface, same lemma (arrested / arrest): not two verbs
            rows.append(sc.pair_signals(r1, r2))
            labels.append(lab)
            same_sub.append(sub)
            stem.append(r1["lemma"][:STEM] == r2["lemma"][:STEM])
        y = np.array(labels)
        hard = np.array(same_sub)
        other = hard & ~np.array(stem, dtype=bool)  # same sub-topic, two words of other stems (not shot / shooting)
        arrays: dict[str, np.ndarray] = {s: np.array([r[s] for r in rows], dtype=np.float32) for s in SIGNALS}
        np.savez(a.out.with_suffix(".npz"), label=y, same_subtopic=hard, other_stem=other, **arrays)  # type: ignore[arg-type]
        out["ecb"] = {"pairs": len(y), "coreferent": int(y.sum()),
                      "auc": {s: auc(np.array([r[s] for r in rows]), y) for s in SIGNALS},
                      "same_subtopic_pairs": int(hard.sum()), "same_subtopic_coreferent": int(y[hard].sum()),
                      "auc_same_subtopic": {s: auc(np.array([r[s] for r in rows])[hard], y[hard]) for s in SIGNALS},
                      "other_stem_pairs": int(other.sum()), "other_stem_coreferent": int(y[other].sum()),
                      "auc_other_stem": {s: auc(np.array([r[s] for r in rows])[other], y[other]) for s in SIGNALS},
                      "median_pos": {s: float(np.median([r[s] for r, v in zip(rows, y, strict=True) if v]))
                                     for s in SIGNALS},
                      "median_neg": {s: float(np.median([r[s] for r, v in zip(rows, y, strict=True) if not v]))
                                     for s in SIGNALS}}
    plants = []
    for ws in a.plants:
        p = json.loads((Path("benchmarks") / ws / "plants.json").read_text())
        for pl in p["plants"]:
            folder = Path("benchmarks") / ws / pl["story"]
            sides = [(sd["document"], next(folder.glob(sd["document"] + ".*")).read_text(), sd["start"])
                     for sd in pl["sides"]]
            best = sc.sentence_pair(sides)
            if best:
                plants.append({"set": ws, "id": pl["id"], "kind": pl["kind"], "expect": pl["expect"], **best})
    for draw in a.draws:
        for name in (f"story_{draw}.jsonl", f"story_{draw}_missed.jsonl"):
            path = Path("benchmarks") / "audits" / name
            if not path.exists():
                continue
            for line in path.read_text().splitlines():
                row = json.loads(line)
                missed = name.endswith("_missed.jsonl")
                if not missed and row["kind"] not in FLAG_KINDS:
                    continue
                best = sc.sentence_pair([(d, document_text(d), st) for d, st, _e in row["sides"]])
                if best:
                    plants.append({"set": draw, "id": row.get("id", ""), "kind": row["kind"],
                                   "expect": "missed" if missed else f"flag_{row['label']}", **best})
    out["plants"] = plants
    a.out.write_text(json.dumps(out, indent=1))
    print(json.dumps(out.get("ecb"), indent=1))
    for pl in plants:
        print(pl["set"], pl["id"], pl["kind"], pl["expect"], *(f"{s}={pl[s]:.3f}" for s in SIGNALS))


if __name__ == "__main__":
    main()
