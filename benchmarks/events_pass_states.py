"""How the events layer's token states from the shared encoder pass compare with its own former pass.

The events layer reads, for each spaCy sentence, the last-layer states of the pass's word pieces that overlap it
(``EncodedDocument.span_tokens``); it used to encode each spaCy sentence on its own (``Encoder.tokens``). The pass
units are sentences by punctuation rules, so the two agree exactly where a unit is the sentence. This counts how
often that holds, and compares the two readings per sentence (embedding cosine) and per candidate trigger
(state cosine, trigger and status decisions).

    .venv/bin/python benchmarks/events_pass_states.py --basil 20 --ecb-dev
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))


def documents(basil: int, ecb_dev: bool) -> list:
    from newsprism.api import ingest

    docs = []
    if basil:
        import tempfile

        from profile_compare import basil_paths, write_records

        with tempfile.TemporaryDirectory() as tmp:
            docs += ingest(write_records(basil_paths(basil), Path(tmp)))[0]
    if ecb_dev:
        from ecbplus import subtopic_dirs

        for d in subtopic_dirs(Path(__file__).resolve().parents[2] / "shared" / "data", "dev"):
            docs += ingest([d])[0]
    return docs


def main() -> None:
    from newsprism.events.export import nlp_pipeline
    from newsprism.events.mentions import candidates, encode_sentences, get_trigger_model, trigger_features
    from newsprism.events.status import STATUSES, features, get_status_model

    ap = argparse.ArgumentParser()
    ap.add_argument("--basil", type=int, default=20)
    ap.add_argument("--ecb-dev", action="store_true")
    args = ap.parse_args()
    docs = documents(args.basil, args.ecb_dev)
    pipe = nlp_pipeline(events=False)
    tm, sm = get_trigger_model(), get_status_model()
    n = {"sentences": 0, "equal_unit": 0, "inside_unit": 0, "across_units": 0, "candidates": 0,
         "trigger_same": 0, "status_same": 0, "triggers_old": 0, "triggers_new": 0}
    sent_cos: list[float] = []
    tok_cos: list[float] = []
    for k in range(0, len(docs), 16):
        done, states = pipe.pipe_with_state(docs[k : k + 16])
        for doc, st in zip(done, states, strict=True):
            units = [(a, b) for a, b, _ in st.encoded.units]
            old = encode_sentences(st.spacy or [], doc.text)
            new = encode_sentences(st.spacy or [], doc.text, st.encoded)
            for u, v in zip(old, new, strict=True):
                n["sentences"] += 1
                a, b = u.start, u.end
                while b > a and doc.text[b - 1].isspace():
                    b -= 1
                over = [(x, y) for x, y in units if x < b and y > a]
                if over == [(a, b)]:
                    n["equal_unit"] += 1
                elif len(over) == 1:
                    n["inside_unit"] += 1
                else:
                    n["across_units"] += 1
                sent_cos.append(float(u.embedding @ v.embedding))
            co, cn = candidates(old), candidates(new)
            if not co:
                continue
            po = tm.proba(np.stack([trigger_features(t, s) for _i, t, s in co]))
            pn = tm.proba(np.stack([trigger_features(t, s) for _i, t, s in cn]))
            so = sm.proba(np.stack([features(t, s) for _i, t, s in co])).argmax(1)
            sn = sm.proba(np.stack([features(t, s) for _i, t, s in cn])).argmax(1)
            for (_i, tok, s1), (_j, _t, s2), p1, p2, a1, a2 in zip(co, cn, po, pn, so, sn, strict=True):
                th = tm.threshold.get(tok.pos_, 0.5)
                n["candidates"] += 1
                n["triggers_old"] += int(p1 >= th)
                n["triggers_new"] += int(p2 >= th)
                n["trigger_same"] += int((p1 >= th) == (p2 >= th))
                n["status_same"] += int(STATUSES[a1] == STATUSES[a2])
                tok_cos.append(float(s1 @ s2 / max(np.linalg.norm(s1) * np.linalg.norm(s2), 1e-9)))
        print(f"{min(k + 16, len(docs))}/{len(docs)}", file=sys.stderr, flush=True)
    out = {"documents": len(docs), **n,
           "sentence_embedding_cosine": {"mean": round(float(np.mean(sent_cos)), 5),
                                         "min": round(float(np.min(sent_cos)), 5),
                                         "share_above_0.999": round(float(np.mean(np.array(sent_cos) > 0.999)), 4)},
           "trigger_state_cosine": {"mean": round(float(np.mean(tok_cos)), 5),
                                    "min": round(float(np.min(tok_cos)), 5)}}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
