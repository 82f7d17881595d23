"""Round 60: pairs of ECB+ gold event mentions for the act pair cross-encoder (``train_act_pair.py``).

    PYTHONPATH=src .venv/bin/python training/act_pair_data.py --split train --out training/runs/xenc60/train.jsonl
    PYTHONPATH=src .venv/bin/python training/act_pair_data.py --split dev --out training/runs/xenc60/dev.jsonl

Pairs of gold event mentions within one sub-topic (one story: ECB+ gives each topic two similar happenings, the
``ecb`` and the ``ecbplus`` sub-topic), within and across documents; positive when both are in one gold cluster.
Kept: every positive whose two triggers have different lemmas (one act told with two words: the case that matters),
an equal number of same-lemma positives, and negatives (two clusters of one sub-topic) about twice the positives,
half of them hard (same lemma, or a content word of the two windows shared). Each side is the trigger's sentence
cut to about 25 words around the trigger, the trigger marked: ``act_pair_model.format_side``, the one
formatting that inference uses. Train = the ECB+ train topics; dev = the dev topics (threshold and figures only).
The test topics are not here and never looked for. Sampling is seeded, so the files are reproducible.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from act_pair_model import Clause, format_side  # noqa: E402
from ecbplus import gold_mentions  # noqa: E402

from newsprism.lexicon import settings  # noqa: E402
from newsprism.lexicon.wordnet import noun_files, verb_files  # noqa: E402

ROOT = Path(__file__).resolve().parents[2] / "shared" / "data"
STOP = frozenset("""a an the and or but of in on at to for from by with as is are was were be been being has have had
it its this that these those he she they them his her their who whom which what when where while said says say
would will could can may might also after before about over into than then there not no more most some such one two
three other new last first year years told according""".split())
WORD = re.compile(r"[a-z][a-z'-]+")


def lemma(text: str) -> str:
    """The WordNet lemma of a trigger's head: the first word WordNet knows as a verb ("gunning down": gun), else
    the last word as a noun, else the last word."""
    folder = str(settings()["wordnet_dir"])
    words = text.strip().lower().split() or [""]
    for w in words:
        for lem in verb_files(folder).lemmas_of(w):
            return lem
    for lem in noun_files(folder).lemmas_of(words[-1]):
        return lem
    return words[-1]


def content(side: str) -> frozenset[str]:
    """Content words of a formatted side, the trigger left out."""
    words = side.replace("[", " [ ").replace("]", " ] ").split()
    if "[" in words and "]" in words:
        i, j = words.index("["), words.index("]")
        words = words[:i] + words[j + 1:]
    return frozenset(w for w in WORD.findall(" ".join(words).lower()) if w not in STOP and len(w) > 3)


def sentence_of(gold: dict, doc: str, start: int) -> tuple[int, int]:
    for s in gold["documents"][doc]["sentences"]:
        if s["start"] <= start < s["end"]:
            return s["start"], s["end"]
    raise ValueError(f"no sentence holds {doc}:{start}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["train", "dev"], required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--neg-ratio", type=float, default=2.0)
    ap.add_argument("--seed", type=int, default=60)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    golds = gold_mentions(ROOT, args.split)
    texts: dict[str, str] = {}
    gjson: dict[str, dict] = {}
    items: dict[tuple[str, str], list[dict]] = defaultdict(list)  # (topic, sub-topic) -> mentions
    for g in golds:
        kind = "ecbplus" if g.doc.endswith("ecbplus") else "ecb"
        if g.topic not in gjson:
            gjson[g.topic] = json.loads((ROOT / "ecbplus" / g.topic / "gold.json").read_text())
        if g.doc not in texts:
            texts[g.doc] = (ROOT / "ecbplus" / g.topic / f"{g.topic}{kind}" / f"{g.doc}.txt").read_text()
        s0, s1 = sentence_of(gjson[g.topic], g.doc, g.start)
        text = texts[g.doc]
        assert text[g.start:g.end] == g.text, (g.doc, g.start, text[g.start:g.end], g.text)
        side = format_side(Clause(text[s0:s1], g.start - s0, g.end - s0))
        items[(g.topic, kind)].append({"id": g.line, "doc": g.doc, "cluster": g.cluster, "trigger": g.text,
                                       "lemma": lemma(g.text), "text": text[s0:s1], "start": g.start - s0,
                                       "end": g.end - s0, "side": side, "content": content(side)})
    pos_cross, pos_same, neg_hard, neg_easy = [], [], [], []
    for key in sorted(items):
        ms = items[key]
        for i in range(len(ms)):
            for j in range(i + 1, len(ms)):
                a, b = ms[i], ms[j]
                same_lemma = a["lemma"] == b["lemma"]
                if a["cluster"] == b["cluster"] and not a["cluster"].startswith("Singleton"):
                    (pos_same if same_lemma else pos_cross).append((a, b))
                elif same_lemma or (a["content"] & b["content"]):
                    neg_hard.append((a, b))
                else:
                    neg_easy.append((a, b))
    pos = pos_cross + rng.sample(pos_same, min(len(pos_same), len(pos_cross)))
    n_neg = int(round(args.neg_ratio * len(pos)))
    hard = rng.sample(neg_hard, min(len(neg_hard), n_neg // 2))
    easy = rng.sample(neg_easy, min(len(neg_easy), n_neg - len(hard)))
    if len(hard) + len(easy) < n_neg:  # too few easy ones: the rest from the hard pool
        rest = [p for p in neg_hard if p not in hard]
        hard += rng.sample(rest, min(len(rest), n_neg - len(hard) - len(easy)))
    rows = [(p, 1, "pos") for p in pos] + [(p, 0, "hard") for p in hard] + [(p, 0, "easy") for p in easy]
    rng.shuffle(rows)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        for (a, b), y, kind in rows:
            f.write(json.dumps({
                "label": y, "kind": kind, "topic": a["doc"].split("_")[0], "same_lemma": a["lemma"] == b["lemma"],
                "same_doc": a["doc"] == b["doc"], "a_id": a["id"], "b_id": b["id"], "a_doc": a["doc"],
                "b_doc": b["doc"], "lemma_a": a["lemma"], "lemma_b": b["lemma"],
                "a": {"text": a["text"], "start": a["start"], "end": a["end"]},
                "b": {"text": b["text"], "start": b["start"], "end": b["end"]},
                "a_side": a["side"], "b_side": b["side"]}) + "\n")
    counts = {"mentions": len(golds), "subtopics": len(items), "positives_cross_lemma": len(pos_cross),
              "positives_same_lemma_pool": len(pos_same), "positives_kept": len(pos),
              "negatives_hard_pool": len(neg_hard), "negatives_easy_pool": len(neg_easy),
              "negatives_hard_kept": len(hard), "negatives_easy_kept": len(easy), "rows": len(rows)}
    print(json.dumps(counts))
    args.out.with_suffix(".counts.json").write_text(json.dumps(counts, indent=1) + "\n")


if __name__ == "__main__":
    main()
