"""How often two event mentions of one ECB+ train document with different lemmas name one happening, by two cues a
within-document merge could use: the lemmas share an event-dictionary type; the later mention is an event noun with
a definite determiner or possessive ("the attack", "his decision"). A measurement, no model is written.

    python training/within_doc_cues.py --features training/runs/ecb_train.npz

Pairs: every two gold-covered candidate mentions of one document (``training/ecb_features.py``'s cache), positive
when their gold mentions are in one gold cluster. The document texts are ingested again (no parse) to read the words
before a noun mention.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from ecbplus import subtopic_dirs  # noqa: E402

from newsprism.events.lexicon import load_lexicon, noun_base  # noqa: E402
from newsprism.ingest import iter_inputs  # noqa: E402

DEFINITE = re.compile(r"(?:\b(?:the|this|that|these|those|its|his|her|their|our)|'s|’s)\s+(?:[\w-]+\s+){0,2}$", re.I)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--features", type=Path, required=True)
    a = ap.parse_args()
    meta = json.loads(a.features.with_suffix(".json").read_text())
    texts = {x.id: x.text for d in subtopic_dirs(a.data, "train") for x in iter_inputs([d])
             if not isinstance(x, Exception)}
    lex = load_lexicon()

    def types(m: dict) -> set[str]:
        if m["pos"] == "VERB":
            return set(lex.verbs.get(m["lemma"], []))
        return set(lex.nouns.get(m["lemma"], []) or lex.nouns.get(noun_base(m["text"]), [])
                   or lex.nouns.get(m["text"].lower(), []))

    def definite(m: dict) -> bool:
        return m["pos"] == "NOUN" and bool(DEFINITE.search(texts[m["doc"]][max(0, m["start"] - 60):m["start"]]))

    docs: dict[str, list[dict]] = defaultdict(list)
    for m in meta:
        if m["gold"] and m["doc"] in texts:
            docs[m["doc"]].append(m)
    by_type: Counter = Counter()
    by_def: Counter = Counter()
    for ms in docs.values():
        ms.sort(key=lambda m: m["start"])
        for x, y in itertools.combinations(ms, 2):
            if x["lemma"] == y["lemma"]:
                continue
            same = x["gold"] == y["gold"]
            tx, ty = types(x), types(y)
            by_type[("same type" if tx & ty else "different types" if tx and ty else "untyped", same)] += 1
            if y["pos"] == "NOUN":
                where = "same sentence" if x["sentence"] == y["sentence"] else "earlier sentence"
                by_def[(f"{'definite' if definite(y) else 'bare'} noun, {where}", same)] += 1
    report = {}
    for name, c in (("dictionary type", by_type), ("later noun", by_def)):
        report[name] = {k: {"coreferent": c[(k, True)], "pairs": c[(k, True)] + c[(k, False)],
                            "rate": round(c[(k, True)] / max(1, c[(k, True)] + c[(k, False)]), 3)}
                        for k in sorted({k for k, _ in c})}
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
