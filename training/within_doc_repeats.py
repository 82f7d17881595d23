"""How often two event mentions of one ECB+ train document with the same trigger lemma name one happening, by what
their participants say: the evidence for ``newsprism.events.statement``'s "one predicate repeated" rule (a later
event with the same lemma and the same named actor, no other target, folds into the earlier one). A measurement,
no model is written.

    python training/within_doc_repeats.py --features training/runs/ecb_train.npz

Pairs: every two gold-covered candidate mentions of one document (``training/ecb_features.py``'s cache, its
``.json`` side file), positive when their gold mentions are in one gold cluster. Agents and patients are the
mentions' participant keys (``ent:`` a named entity, ``np:`` a common noun's head): shared, in clash (both
present, none shared) or open (one side has none). Also counted: speech acts (``statement.speech_act``) of one
named speaker with different lemmas.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from newsprism.events.statement import speech_act  # noqa: E402


def _keys(m: dict, role: str, prefixes: tuple[str, ...]) -> set[str]:
    return {k for k in m["args"].get(role, []) if k.startswith(prefixes)}


def _relation(a: set[str], b: set[str]) -> str:
    return "share" if a & b else "clash" if a and b else "open"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--features", type=Path, required=True)
    args = ap.parse_args()
    meta = json.loads(args.features.with_suffix(".json").read_text())
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for m in meta:
        if m.get("gold"):
            by_doc[m["doc"]].append(m)
    same: Counter = Counter()
    speech: Counter = Counter()
    for ms in by_doc.values():
        for a, b in itertools.combinations(ms, 2):
            coref = a["gold"] == b["gold"]
            named = _relation(_keys(a, "agent", ("ent:",)), _keys(b, "agent", ("ent:",)))
            if a["lemma"] == b["lemma"]:
                patient = _relation(_keys(a, "patient", ("ent:", "np:")), _keys(b, "patient", ("ent:", "np:")))
                same[(f"named agent {named}", "patient clash" if patient == "clash" else "no patient clash", coref)] += 1
            elif named == "share" and speech_act(a["lemma"]) and speech_act(b["lemma"]):
                speech[("speech acts, one named speaker, different lemmas", coref)] += 1
    out = {}
    for counts in (same, speech):
        rows: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
        for key, n in counts.items():
            rows[key[:-1]][int(key[-1])] += n
        for key, (neg, pos) in sorted(rows.items()):
            out[" / ".join(key)] = {"pairs": neg + pos, "coreferent": pos, "rate": round(pos / (neg + pos), 3)}
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
