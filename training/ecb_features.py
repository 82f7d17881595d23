"""Candidate triggers of ECB+ documents with everything the trigger head and coreference learn from, cached.

Each sub-topic folder is ingested and run through the same pipeline and the same code as ``export events``
(sentences, entities, dates, then ``newsprism.events.mentions``), so training sees what run time sees.

    python training/ecb_features.py --split train --out training/runs/ecb_train.npz
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from ecbplus import gold_mentions, subtopic_dirs  # noqa: E402

from newsprism.events.export import nlp_pipeline  # noqa: E402
from newsprism.events.mentions import (  # noqa: E402
    candidates,
    doc_offset,
    encode_sentences,
    trigger_features,
)
from newsprism.events.participants import mention_args  # noqa: E402
from newsprism.events.status import lemma  # noqa: E402
from newsprism.ingest import iter_inputs  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--split", default="train")
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    t0 = time.time()
    gold = gold_mentions(a.data, a.split)
    by_doc: dict[str, list] = {}
    for g in gold:
        by_doc.setdefault(g.doc, []).append(g)
    pipe = nlp_pipeline(events=False)  # the event models are what this trains
    feats, states, embs, meta = [], [], [], []
    for d in subtopic_dirs(a.data, a.split):
        docs = [x for x in iter_inputs([d]) if not isinstance(x, Exception)]
        # each subtopic's run states; ``states`` collects the trigger token states of every subtopic
        docs, doc_states = pipe.pipe_with_state(docs)
        for doc, state in zip(docs, doc_states, strict=True):
            units = encode_sentences(state.spacy or [], doc.text)
            golds = by_doc.get(doc.id, [])
            for si, tok, st in candidates(units):
                start = doc_offset(units[si], tok)
                end = start + len(tok.text)
                best, size = None, 0
                for g in golds:
                    ov = min(g.end, end) - max(g.start, start)
                    if ov > size:
                        best, size = g, ov
                feats.append(trigger_features(tok, st)[384:])
                states.append(st.astype(np.float16))
                embs.append(si)
                meta.append({"doc": doc.id, "story": d.name, "start": start, "end": end, "text": tok.text,
                             "lemma": lemma(tok), "pos": tok.pos_, "sentence": si,
                             "gold": best.cluster if best else None, "gold_line": best.line if best else None,
                             "args": {k: sorted(v) for k, v in mention_args(tok, units[si], doc).items()}})
            # sentence embeddings, indexed per document
            for k in range(len(embs) - sum(1 for m in meta if m["doc"] == doc.id), len(embs)):
                embs[k] = units[embs[k]].embedding.astype(np.float16)
        print(d.name, len(meta), f"{time.time() - t0:.0f}s", flush=True)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(a.out, feats=np.stack(feats), states=np.stack(states), embs=np.stack(embs))
    a.out.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
    print("done", len(meta), f"{time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
