"""Screen paraphrase-aware pair inputs for the events layer's duplicate check, out of draw (round 56, evt56).

    OMP_NUM_THREADS=1 NEWSPRISM_THREADS=1 PYTHONPATH=src .venv/bin/python benchmarks/duplicate_paraphrase_screen.py \
        --rows /tmp/rows.npz --shown SAVED_ROWS_JSON

Its use: before building an input of ``events/duplicate.py``, see whether it reads the dev draws' duplicates at all.
It records the check's pair rows on every labelled dev event (``training/train_event_duplicate.collect``, with
``duplicate.pair_rows`` wrapped to append the candidate inputs; nothing is changed in ``src``), then prints

- each input's AUC alone (the event's highest value over the kept events above it; ``duplicate`` against every other
  label), beside the check's own inputs;
- the check refitted with each input (and sets of them), leave one draw out (``mi_fit``), at C 0.01 / 0.03 / 0.1: its
  out-of-fold AUC and what it folds at 0.5 / 0.55 / 0.6, among all events and among the events shown by default
  (``--shown``: a rows.json of a saved base run, per event ``doc``, ``ev`` and ``shown``).

The candidate inputs (each pair: the event and one kept event above it):
``cos_clause`` the shared encoder's cosine of the two trigger clauses (the trigger's parse subtree cut at clause
boundaries, ``CUT``); ``cos_clause_args`` the same over the trigger and its clause's nouns, names, numbers and
pronouns; ``same_role`` one participant key (not a pronoun) shared in the same role (agent or patient);
``role_clash`` both have named agents none shared, or both patients none shared; ``named_agent_clash`` the first
half of that; ``same_act`` WordNet reads the two triggers as one act (``lexicon.same_act_word``);
``same_act_role`` / ``same_act_noclash`` that with ``same_role`` / without ``role_clash``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import log_loss, roc_auc_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT / "benchmarks"))
import train_event_duplicate as tr  # noqa: E402

from newsprism import lexicon  # noqa: E402
from newsprism.events import duplicate  # noqa: E402
from newsprism.events.duplicate import FEATURE_NAMES  # noqa: E402

EXTRA = ("cos_clause", "cos_clause_args", "same_role", "role_clash", "named_agent_clash", "same_act",
         "same_act_role", "same_act_noclash")
# the dependents that open another clause: the trigger's clause stops at them
CUT = frozenset({"ccomp", "advcl", "conj", "parataxis", "relcl", "cc", "punct", "mark", "xcomp", "acl", "csubj",
                 "dep"})
ARG_POS = frozenset({"PROPN", "NOUN", "NUM", "PRON"})
C_GRID = (0.01, 0.03, 0.1)
AT_GRID = (0.5, 0.55, 0.6)


def clause_text(tok: Any, args_only: bool) -> str:
    keep: list[Any] = []

    def walk(t: Any, top: bool) -> None:
        if not top and t.dep_ in CUT:
            return
        keep.append(t)
        for c in t.children:
            walk(c, False)

    walk(tok, True)
    if args_only:
        keep = [t for t in keep if t.i == tok.i or t.pos_ in ARG_POS]
    return " ".join(t.text for t in sorted(keep, key=lambda t: t.i))


def recorder() -> Any:
    """A wrapped ``pair_rows`` that appends the ``EXTRA`` inputs to each row."""
    from newsprism.encoder.minilm import get_encoder

    enc = get_encoder()
    cache: dict[str, np.ndarray] = {}  # by the clause's text (a parse's id may be reused once it is freed)
    orig = duplicate.pair_rows

    def emb(tok: Any, args_only: bool) -> np.ndarray:
        text = clause_text(tok, args_only)
        if text not in cache:
            cache[text] = enc.embed([text], parallel=False)[0]
        return cache[text]

    def keys(ms: Any, role: str) -> set[str]:
        return {k for m in ms for k in m.args.get(role, set()) if not k.startswith("pron:")}

    def pair_rows(e: Any, g: Any, hosts: Any, P: Any, index: Any, units: Any, headline: bool,
                  speech: bool) -> np.ndarray:
        base = orig(e, g, hosts, P, index, units, headline, speech)
        if not len(hosts):
            return np.zeros((0, base.shape[1] + len(EXTRA)), dtype=np.float32)
        h = g.head
        ex = []
        for _he, hg, _ in hosts:
            hh = hg.head
            same = any(keys(g.mentions, r) & keys(hg.mentions, r) for r in ("agent", "patient"))
            a1 = {k for k in keys(g.mentions, "agent") if k.startswith("ent:")}
            a2 = {k for k in keys(hg.mentions, "agent") if k.startswith("ent:")}
            p1, p2 = keys(g.mentions, "patient"), keys(hg.mentions, "patient")
            agent_clash = bool(a1 and a2 and not a1 & a2)
            clash = agent_clash or bool(p1 and p2 and not p1 & p2)
            act = h.pos in ("VERB", "NOUN") and any(
                lexicon.same_act_word(m.lemma, h.lemma) for m in hg.mentions if m.pos in ("VERB", "NOUN"))
            ex.append([float(emb(h.token, False) @ emb(hh.token, False)), float(emb(h.token, True) @ emb(hh.token, True)),
                       float(same), float(clash), float(agent_clash), float(act), float(act and same),
                       float(act and not clash)])
        return np.concatenate([base, np.array(ex, dtype=np.float32)], axis=1)

    return pair_rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=Path, required=True, help="rows cache (read when present, else recorded)")
    ap.add_argument("--shown", type=Path, required=True, help="rows.json of a saved base run (doc, ev, shown)")
    args = ap.parse_args()
    duplicate.pair_rows = recorder()  # type: ignore[assignment]
    rows = tr.collect(args.rows)
    nb = len(FEATURE_NAMES)
    y = (rows.label == "duplicate").astype(int)
    has = np.diff(rows.start) > 0
    shown = {f'{r["doc"]} @{r["ev"]["trigger_start"]} {r["ev"]["trigger"]}': r["shown"]
             for r in json.loads(args.shown.read_text("utf-8"))}
    sh = np.array([shown.get(k, False) for k in rows.key])
    print(f"events {len(y)}, duplicates {int(y.sum())}, with rows {int(has.sum())}; shown {int(sh.sum())}, "
          f"shown duplicates {int((sh & (y == 1)).sum())}")
    names = [*FEATURE_NAMES, *EXTRA]
    for n in ("p_max", "cos_state", "cos_sentence", "share_participant", "name_jaccard", *EXTRA):
        v, _ = tr.event_max(rows.X[:, names.index(n)], rows)
        m = has & sh
        print(f"{n:18s} AUC alone {roc_auc_score(y[has], v[has]):.3f} (shown events {roc_auc_score(y[m], v[m]):.3f})")
    sets = {"base": list(range(nb)), **{f"+{n}": [*range(nb), nb + k] for k, n in enumerate(EXTRA)},
            "+clause2+role": [*range(nb), nb, nb + 1, nb + 2, nb + 3], "+act3": [*range(nb), nb + 5, nb + 6, nb + 7],
            "+all": list(range(nb + len(EXTRA)))}
    for C in C_GRID:
        for s, cols in sets.items():
            sub = tr.Rows(rows.X[:, cols], rows.start, rows.label, rows.draw, rows.key, rows.named)
            p = tr.out_of_fold_events(sub, C)
            out = []
            for at in AT_GRID:
                f = p >= at
                out.append(f"@{at}: dup {int((f & (y == 1)).sum())} right {int((f & (rows.label == 'correct')).sum())}"
                           f" | shown dup {int((f & sh & (y == 1)).sum())} right "
                           f"{int((f & sh & (rows.label == 'correct')).sum())}")
            print(f"C {C} {s:18s} log loss {log_loss(y, np.clip(p, 1e-6, 1 - 1e-6)):.4f} AUC "
                  f"{roc_auc_score(y, p):.4f} " + " ; ".join(out), flush=True)


if __name__ == "__main__":
    main()
