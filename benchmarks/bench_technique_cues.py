"""Measure every candidate cue of ``newsprism.techniques.cue_rules`` on the SemEval-2023 EN train span gold and
(with --write) record precision / firings / ship in ``src/newsprism/techniques/data/cue_rules.json``.

A firing is correct when it overlaps a gold span of the same technique; "any" counts overlaps with a gold
span of any technique. Recall contribution: the share of that technique's gold spans that the cue overlaps.
The cues are hand-written from the technique definitions and nothing is fitted, but choosing which ones ship
by their precision on the same articles is an in-sample selection: read the figures as optimistic.

    nice -n 10 .venv/bin/python benchmarks/bench_technique_cues.py --data ../shared/data [--write] [--model]

--model also runs the span model (in-sample: it was trained on these articles) to count the gold spans the
cues find that the model's spans of the same technique miss, and SI / ST3 with and without the cue spans
(ST3 over body lines, the title line unpredicted in both rows; SI gold and texts from PTC 2020 train+dev,
the same articles with other whitespace).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CUES_JSON = ROOT / "src/newsprism/techniques/data/cue_rules.json"


def make_docs(folder: Path):
    from newsprism.model import Document
    from newsprism.model.document import Paragraph, Span

    docs = []
    for p in sorted(folder.glob("article*.txt")):
        with open(p, encoding="utf-8", newline="") as f:
            text = f.read()
        paras, pos = [], 0
        for i, line in enumerate(text.split("\n")):
            if line.strip():
                paras.append(Paragraph(start=pos, end=pos + len(line), kind="title" if i == 0 else "body"))
            pos += len(line) + 1
        docs.append(Document(id=p.stem[len("article"):], source=str(p), text=text,
                             body=Span(start=0, end=len(text)), paragraphs=paras))
    return docs


def load_spans(folder: Path) -> dict[str, list[tuple[str, int, int]]]:
    gold: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for p in folder.glob("*.txt"):
        for line in p.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 4:
                gold[parts[0]].append((parts[1], int(parts[2]), int(parts[3])))
    return gold


def ov(a0: int, a1: int, b0: int, b1: int) -> bool:
    return min(a1, b1) > max(a0, b0)


def load_st3(path: Path) -> dict[tuple[str, int], set[str]]:
    out: dict[tuple[str, int], set[str]] = defaultdict(set)
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            out[(parts[0], int(parts[1]))] |= {x for x in (parts[2] if len(parts) > 2 else "").split(",") if x}
    return out


def measure(docs, gold, cues, st3):
    from newsprism.techniques.cue_rules import find_cues

    n_gold = defaultdict(int)
    for spans in gold.values():
        for t, _, _ in spans:
            n_gold[t] += 1
    stats = {c.id: {"firings": 0, "correct": 0, "any": 0, "author": 0, "para": 0, "hit": set()} for c in cues}
    fired = defaultdict(list)  # article -> [(cue, s, e)]
    for doc in docs:
        g = gold.get(doc.id, [])
        for f in find_cues(doc, cues):
            st = stats[f.cue.id]
            st["firings"] += 1
            st["author"] += f.voice == "author"
            same = [k for k, (t, s, e) in enumerate(g) if t == f.cue.technique and ov(f.start, f.end, s, e)]
            st["correct"] += bool(same)
            st["any"] += any(ov(f.start, f.end, s, e) for _, s, e in g)
            st["para"] += f.cue.technique in st3.get((doc.id, doc.text.count("\n", 0, f.start) + 1), ())
            st["hit"].update((doc.id, k) for k in same)
            fired[doc.id].append((f.cue, f.start, f.end))
    return stats, n_gold, fired


def model_side(docs, gold, fired, shipped_ids, data: Path) -> list[str]:
    """In-sample: gold spans found by cues but missed by the model; SI and ST3 with and without cue spans."""
    from newsprism.pipeline import Pipeline
    from newsprism.techniques.components import TechniqueModelComponent, TechniquesComponent
    from newsprism.techniques.model import get_model, labels, split_lines, thresholds
    from newsprism.techniques.scoring import multilabel_prf, span_prf
    from newsprism.techniques.spans import paragraph_scores, si_spans

    out = []
    docs, states = Pipeline([TechniqueModelComponent(), TechniquesComponent()]).pipe_with_state(docs)
    new_hits = defaultdict(set)
    model_hits = defaultdict(set)
    for doc in docs:
        g = gold.get(doc.id, [])
        for k, (t, s, e) in enumerate(g):
            if any(x.technique == t and ov(x.start, x.end, s, e) for x in doc.techniques):
                model_hits[t].add((doc.id, k))
            elif any(c.id in shipped_ids and c.technique == t and ov(a, b, s, e) for c, a, b in fired[doc.id]):
                new_hits[t].add((doc.id, k))
    out.append("gold spans found by shipped cues and missed by the model's spans of the same technique "
               "(model in-sample):")
    for t in sorted(new_hits):
        out.append(f"  {t}: +{len(new_hits[t])} (model alone: {len(model_hits[t])})")

    # ST3 from the same model pass (body lines; the title line is left unpredicted in both rows)
    th, lab = thresholds(), labels()
    st3_gold = load_st3(data / "semeval2023-en/train-labels-subtask-3.txt")
    p_model, p_cues = {}, {}
    for doc, state in zip(docs, states, strict=True):
        for _pi, lo in state.technique_lines or []:
            sc = paragraph_scores(lo, th["paragraph_mix"])
            no = doc.text.count("\n", 0, lo.start) + 1
            picked = {t for k, t in enumerate(lab["techniques"]) if sc[k] >= th["paragraph"][t]}
            p_model[(doc.id, no)] = picked
            p_cues[(doc.id, no)] = picked | {c.technique for c, a, _b in fired[doc.id]
                                             if c.id in shipped_ids and lo.start <= a < lo.end}
    gold_keys = {k: v for k, v in st3_gold.items() if k[0] in {d.id for d in docs}}
    for name, pred in (("model only", p_model), ("model + cues", p_cues)):
        p, r, f = multilabel_prf(pred, gold_keys)
        out.append(f"ST3 train (in-sample model), {name}: micro P {p:.3f} R {r:.3f} F1 {f:.3f}")

    # SI on PTC 2020 train+dev (same articles, PTC offsets): cue firings re-run on the PTC texts.
    from newsprism.techniques.cue_rules import find_cues, load_cues

    cues = [c for c in load_cues(shipped_only=False) if c.id in shipped_ids]
    model = get_model()
    si_gold: dict[str, list[tuple[int, int]]] = defaultdict(list)
    si_model, si_cues = {}, {}
    for split in ("train", "dev"):
        for p in (data / "ptc2020" / f"{split}-labels-task-si").glob("*.labels"):
            for line in p.read_text(encoding="utf-8").splitlines():
                a, s, e = line.split("\t")
                si_gold[a].append((int(s), int(e)))
        for pdoc in make_docs(data / "ptc2020" / f"{split}-articles"):
            text = pdoc.text
            lines = split_lines(text)
            outs = model.run_lines(text, lines) if lines else []
            spans = list(si_spans(outs, th["si"], text, th.get("si_low"), th.get("si_gap", 0)))
            si_model[pdoc.id] = spans
            si_cues[pdoc.id] = spans + [(f.start, f.end) for f in find_cues(pdoc, cues)]
            si_gold.setdefault(pdoc.id, [])
    for name, pred in (("model only", si_model), ("model + cues", si_cues)):
        p, r, f = span_prf(pred, {a: si_gold[a] for a in pred})
        out.append(f"SI PTC train+dev (in-sample model), {name}: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data")
    ap.add_argument("--write", action="store_true", help="record precision/firings/ship in cue_rules.json")
    ap.add_argument("--model", action="store_true", help="also the in-sample model comparison, SI and ST3")
    ap.add_argument("--no-spacy", action="store_true", help="cut sentences at . ? ! instead of the spaCy layer")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from newsprism.techniques.cue_rules import load_cues

    data = json.loads(CUES_JSON.read_text())
    cues = load_cues(shipped_only=False, data=data)
    t0 = time.time()
    docs = make_docs(args.data / "semeval2023-en/train-articles-subtask-3")
    if not args.no_spacy:
        from newsprism.nlp.components import SentencesComponent
        from newsprism.pipeline import Pipeline

        docs = Pipeline([SentencesComponent()]).pipe(docs)
    t_parse = time.time() - t0
    gold = load_spans(args.data / "semeval2023-en/train-labels-subtask-3-spans")
    t1 = time.time()
    stats, n_gold, fired = measure(docs, gold, cues, load_st3(args.data / "semeval2023-en/train-labels-subtask-3.txt"))
    t_cues = time.time() - t1
    min_p, min_n = data["min_precision"], data["min_firings"]

    print(f"{len(docs)} articles; sentences {t_parse:.1f}s; all {len(cues)} cues {t_cues:.1f}s; "
          f"load {os.getloadavg()[0]:.2f}")
    print("| cue | technique | firings | author voice | precision (same technique) | overlaps any gold | "
          "paragraph has the technique | recall contribution | ships |")
    print("|---|---|---|---|---|---|---|---|---|")
    shipped = set()
    by_id = {c["id"]: c for c in data["cues"]}
    for c in cues:
        st = stats[c.id]
        n = st["firings"]
        prec = st["correct"] / n if n else None
        ng = n_gold.get(c.technique, 0)
        ship = prec is not None and prec >= min_p and n >= min_n
        if ship:
            shipped.add(c.id)
        anyp = f"{st['any'] / n:.3f} | {st['para'] / n:.3f}" if n else "- | -"
        rec = f"{len(st['hit'])}/{ng} = {len(st['hit']) / ng:.3f}" if ng else "no gold spans"
        print(f"| {c.id} | {c.technique} | {n} | {st['author']} | "
              f"{'-' if prec is None else round(prec, 3)} | {anyp} | {rec} | "
              f"{'yes' if ship else 'no'} |")
        by_id[c.id].update(precision=None if prec is None else round(prec, 3), firings=n, ship=ship)

    print("\nshipped cues, per technique (union of firings):")
    print("| technique | firings | precision | gold spans overlapped | recall |")
    print("|---|---|---|---|---|")
    per_t = defaultdict(lambda: {"n": 0, "ok": 0, "hit": set()})
    for c in cues:
        if c.id in shipped:
            st = stats[c.id]
            per_t[c.technique]["n"] += st["firings"]
            per_t[c.technique]["ok"] += st["correct"]
            per_t[c.technique]["hit"] |= st["hit"]
    for t, v in sorted(per_t.items()):
        print(f"| {t} | {v['n']} | {v['ok'] / v['n']:.3f} | {len(v['hit'])} | {len(v['hit']) / n_gold[t]:.3f} |")
    if args.write:
        CUES_JSON.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nwrote {CUES_JSON.relative_to(ROOT)}: {len(shipped)} of {len(cues)} cues ship")
    if args.model:
        print()
        print("\n".join(model_side(docs, gold, fired, shipped, args.data)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
