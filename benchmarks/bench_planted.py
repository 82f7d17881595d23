"""Planted changes in real multi-outlet stories: does `compare` flag a fact that one outlet now tells otherwise?

    OMP_NUM_THREADS=2 .venv/bin/python benchmarks/bench_planted.py --half report       # figures
    .venv/bin/python benchmarks/bench_planted.py --half build --dump training/runs/story/planted_build.jsonl

The perturbation benchmark (`bench_perturb.py`) pairs a sentence with its own paraphrase; here the second
telling is another outlet's own sentence inside a long article. Stories are the BASIL event triplets
(``../shared/data/media-bias/basil``, three outlets' reports of one event, read at run time, no text in the
repository), split by triplet into a ``build`` half (where changes are made and checked) and a ``report`` half
(checked once per change), by the md5 of the triplet id.

1. A **shared fact** is found by this script's own simple rules (the site finders of :mod:`perturb`, not
   newsprism's extractors or alignment): two outlets' sentences that give the same figure (value and kind:
   count, money, percent) with a same content word among the three after it, the same full date (month and day), the same
   title before the same surname, the same ordinal before the same word, the same length (number and unit),
   or the same plain past-tense main verb with a shared named entity (for status and denial).
2. One change is planted into one outlet's sentence at that site, with :mod:`perturb`'s mutation code
   (``number``, ``bound``, ``date``, ``title``, ``ordinal``, ``duration``, ``status``, ``denial``), or a
   compatible rewrite that must not be flagged (``compat_bound``: a bound that holds the figure;
   ``compat_honorific``: an added or re-spelt honorific).
3. The three full articles (one changed) go through the analysis pipeline and ``newsprism.api.build_story``
   (what ``newsprism compare`` runs); so do the three unchanged articles once.

Figures per kind: ``recall`` is the share of plants with a shown flag (confidence >= 0.5) of the expected kind
and slot (:data:`perturb.EXPECT`) whose sides are the changed sentence and the other outlet's sentence of the
fact; ``recall_any_side`` also counts such a flag against the third outlet's sentence. ``false`` is the share
of plants with a new shown conflict, precision or status flag (not in the unchanged triplet's output) that is
not such a flag: for compatible plants every new shown flag is false.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import perturb  # noqa: E402
from basil import BASIL, to_record, triplet_ids  # noqa: E402
from figures import emit  # noqa: E402

SHOWN = 0.5
KEEP = ("encoder_pass", "sentences", "entities", "dates", "events", "claims", "genre")
KINDS = ("number", "bound", "date", "title", "ordinal", "duration", "status", "denial", "compat_bound",
         "compat_honorific")
FLAG_KINDS = ("conflict", "precision", "status")
_STOP = {"of", "the", "a", "an", "in", "to", "and", "for", "from", "on", "at", "by", "with", "or", "as", "that",
         "more", "than", "who", "which", "were", "was", "are", "is", "had", "have", "has", "been", "per", "over"}
_ENT_KINDS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "LAW"}


def half_of(triplet: str) -> str:
    return "build" if int(hashlib.md5(triplet.encode()).hexdigest(), 16) % 2 == 0 else "report"


def _lemma(word: str) -> str:
    w = word.lower()
    return w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _heads(s: str, end: int) -> list[str]:
    """The content words among the three words after a figure (crude lemmas): what the figure counts, with or
    without an adjective before it ("five new sites", "five sites")."""
    return [_lemma(w) for w in re.findall(r"[A-Za-z][A-Za-z'-]*", s[end : end + 40])[:3]
            if w.lower() not in _STOP and len(w) >= 3]


@dataclass
class Fact:
    kind: str  # number | date | title | ordinal | duration | event
    key: str  # what both sentences state (value + head word, date, title + surname ...)
    a_doc: int  # index in the triplet of the outlet kept as it is
    a_sent: str
    b_doc: int  # index of the outlet whose sentence is changed
    b_sent: str
    b_at: int  # the site's start in the changed sentence


def sites(s: str, parsed: Any) -> list[tuple[str, str, int]]:
    """(fact kind, key, start of the site in s) for every site this script's rules find in a sentence."""
    out: list[tuple[str, str, int]] = []
    for x in perturb.number_sites(s):
        out += [("number", f"{x.dim}:{x.value:g}:{x.scale}:{head}", x.start) for head in _heads(s, x.end)]
    for m in perturb._DATE_RX.finditer(s):
        if m.group("mo"):
            out.append(("date", f"{m.group('mo')} {int(m.group('day'))}", m.start()))
    for m in perturb._TITLE_RX.finditer(s):
        out.append(("title", f"{m.group('title')}:{m.group('name').split()[-1]}", m.start()))
    for m in perturb._ORD_RX.finditer(s):
        nxt = re.match(r"[\s-]+([a-z]+)", s[m.end() :])
        if nxt:
            out.append(("ordinal", f"{m.group('o').lower()}:{_lemma(nxt.group(1))}", m.start()))
    for m in perturb._DUR_RX.finditer(s):
        n = m.group("n")
        v = int(n) if n.isdigit() else perturb.WORDS.index(n.lower())
        out.append(("duration", f"{v}:{m.group('u').lower()}", m.start()))
    verb = perturb._main_verb(parsed)
    if verb is not None:
        ents = {e.text.lower() for e in parsed.ents if e.label_ in _ENT_KINDS}
        base = perturb._base_of(verb) or verb.text.lower()
        out += [("event", f"{base}:{e}", -1) for e in sorted(ents)]
    return out


def find_facts(arts: list[list[str]], parse: Any) -> list[Fact]:
    """Every fact two outlets of a triplet both state (one per kind, key and ordered pair of outlets)."""
    index: list[dict[tuple[str, str], tuple[str, int]]] = []
    for sents in arts:
        seen: dict[tuple[str, str], tuple[str, int]] = {}
        for s in sents:
            if not perturb._usable(s):
                continue
            for kind, key, at in sites(s, parse(s)):
                seen.setdefault((kind, key), (s, at))
        index.append(seen)
    facts: list[Fact] = []
    for a in range(len(arts)):
        for b in range(len(arts)):
            if a == b:
                continue
            for (kind, key), (sb, at) in index[b].items():
                if (kind, key) in index[a]:
                    sa = index[a][(kind, key)][0]
                    if sa != sb:  # a copied sentence is no second telling
                        facts.append(Fact(kind, key, a, sa, b, sb, at))
    return facts


def plant(rng: random.Random, kind: str, fact: Fact, parsed: Any) -> tuple[str, dict[str, Any]] | None:
    """The changed sentence for one planted or compatible kind at the fact's site, or None when it does not fit."""
    s, at = fact.b_sent, fact.b_at
    if kind in ("number", "bound", "compat_bound") and fact.kind == "number":
        fn = {"number": perturb.plant_number, "bound": perturb.plant_bound, "compat_bound": perturb.compat_bound}
        return fn[kind](rng, s, at)
    if kind == "date" and fact.kind == "date":
        return perturb.plant_date(rng, s, at)
    if kind == "title" and fact.kind == "title":
        return perturb.plant_title(rng, s, parsed, at)
    if kind == "ordinal" and fact.kind == "ordinal":
        return perturb.plant_ordinal(rng, s, parsed, at)
    if kind == "duration" and fact.kind == "duration":
        return perturb.plant_duration(rng, s, at)
    if kind == "status" and fact.kind == "event":
        return perturb.plant_status(rng, s, parsed)
    if kind == "denial" and fact.kind == "event":
        return perturb.plant_denial(rng, s, parsed)
    if kind == "compat_honorific" and fact.kind in ("number", "event", "date"):
        persons = [(e.start_char, e.end_char, e.text, e.root.dep_) for e in parsed.ents if e.label_ == "PERSON"]
        return perturb.compat_honorific(rng, s, persons)
    return None


def _key(flag: Any) -> tuple:
    return flag.kind, flag.slot, tuple(sorted((x.document, x.text) for x in flag.sides))


def _on(flag: Any, doc: str, span: tuple[int, int]) -> bool:
    return any(x.document == doc and x.start < span[1] and span[0] < x.end for x in flag.sides)


def make_plants(half: str, per_kind: int, seed: int) -> tuple[dict[str, list[dict[str, Any]]],
                                                            list[tuple[str, str, Fact, str, dict[str, Any]]]]:
    """The triplets' records and the plants of one half: (triplet, kind, fact, changed sentence, detail)."""
    import spacy

    from newsprism.nlp.spacy_pipe import MODEL

    nlp = spacy.load(MODEL)
    cache: dict[str, Any] = {}

    def parse(s: str) -> Any:
        if s not in cache:
            cache[s] = nlp(s)
        return cache[s]

    rng = random.Random(f"{seed}:{half}")
    triplets = [t for t in triplet_ids() if half_of(t) == half]
    records: dict[str, list[dict[str, Any]]] = {}
    candidates: list[tuple[str, Fact]] = []
    for t in triplets:
        recs = [to_record(p) for p in sorted(BASIL.glob(f"*/{t}_*.json"))]
        if len(recs) < 2:
            continue
        records[t] = recs
        arts = [perturb._sentences(r["text"]) for r in recs]
        for f in find_facts(arts, parse):
            if f.b_sent in recs[f.b_doc]["text"]:
                candidates.append((t, f))
    rng.shuffle(candidates)
    # One plant per fact site and kind, at most one per (triplet, kind, key); rare kinds first.
    plants: list[tuple[str, str, Fact, str, dict[str, Any]]] = []
    counts: Counter[str] = Counter()
    used: set[tuple[str, str, str]] = set()
    for kind in ("ordinal", "duration", "title", "date", "compat_honorific", "bound", "compat_bound", "number",
                 "status", "denial"):
        for t, f in candidates:
            if counts[kind] >= per_kind:
                break
            if (t, kind, f.key) in used or (t, f.b_sent) in {(p[0], p[2].b_sent) for p in plants if p[1] == kind}:
                continue
            got = plant(rng, kind, f, parse(f.b_sent))
            if got is None or got[0] == f.b_sent:
                continue
            used.add((t, kind, f.key))
            plants.append((t, kind, f, got[0], got[1]))
            counts[kind] += 1
    return records, plants


def run(half: str, per_kind: int, seed: int, dump: Path | None, plants_file: Path | None = None) -> dict[str, Any]:
    from newsprism.api import build_story, load_pipeline
    from newsprism.ingest.records import record_to_document
    from newsprism.pipeline.factories import registered

    t0 = time.time()
    if plants_file is not None and plants_file.exists():  # the same draw again (it takes minutes to make)
        saved = json.loads(plants_file.read_text("utf-8"))
        records = saved["records"]
        plants = [(t, k, Fact(**f), c, d) for t, k, f, c, d in saved["plants"]]
    else:
        records, plants = make_plants(half, per_kind, seed)
        if plants_file is not None:
            plants_file.parent.mkdir(parents=True, exist_ok=True)
            plants_file.write_text(json.dumps({"records": records, "plants": [
                (t, k, f.__dict__, c, d) for t, k, f, c, d in plants]}), encoding="utf-8")
    t_gen = time.time() - t0

    pipe = load_pipeline(disable=sorted(n for n in registered() if n.split(".")[1] not in KEEP))
    base: dict[str, tuple[list[Any], list[Any], set[tuple]]] = {}
    base_all: dict[str, set[tuple]] = {}
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    rows: list[dict[str, Any]] = []
    t_story = 0.0
    for t in sorted({p[0] for p in plants}):
        docs, states = pipe.pipe_with_state([record_to_document(r, r["id"]) for r in records[t]])
        s0 = time.time()
        story = build_story(docs, states)
        t_story += time.time() - s0
        stats["_triplets"]["n"] += 1
        base[t] = (docs, states, {_key(x) for x in story.discrepancies if x.confidence >= SHOWN
                                  and x.kind in FLAG_KINDS})
        base_all[t] = {_key(x) for x in story.discrepancies}
    for n_done, (t, kind, f, changed, detail) in enumerate(plants):
        if n_done % 20 == 0:
            print(f"{n_done}/{len(plants)} plants, {time.time() - t0:.0f} s", file=sys.stderr, flush=True)
        docs, states, before = base[t]
        before_all = base_all[t]
        rec = dict(records[t][f.b_doc])
        rec["text"] = rec["text"].replace(f.b_sent, changed, 1)
        new_doc, new_state = pipe.pipe_with_state([record_to_document(rec, rec["id"])])
        all_docs, all_states = list(docs), list(states)
        all_docs[f.b_doc], all_states[f.b_doc] = new_doc[0], new_state[0]
        s0 = time.time()
        story = build_story(all_docs, all_states)
        t_story += time.time() - s0
        bt = new_doc[0].text.find(changed)
        at = all_docs[f.a_doc].text.find(f.a_sent)
        b_span, a_span = (bt, bt + len(changed)), (at, at + len(f.a_sent))
        b_id, a_id = all_docs[f.b_doc].id, all_docs[f.a_doc].id
        shown = [x for x in story.discrepancies if x.confidence >= SHOWN and x.kind in FLAG_KINDS]
        found = found_any = False
        false = 0
        kinds, slots = perturb.EXPECT.get(kind, (set(), set()))
        for x in shown:
            right = x.kind in kinds and x.slot in slots and bt >= 0 and _on(x, b_id, b_span)
            if right and at >= 0 and _on(x, a_id, a_span):
                found = True
            elif right:
                found_any = True
            elif _key(x) not in before:
                false += 1
        c = stats[kind]
        c["n"] += 1
        c["found"] += int(found)
        c["found_any"] += int(found or found_any)
        c["false"] += int(false > 0)
        if dump is not None:
            # every flag on the changed sentence, and every new flag of any confidence (what a lower bar shows)
            near = [{"kind": x.kind, "slot": x.slot, "confidence": x.confidence, "new": _key(x) not in before_all,
                     "on_change": _on(x, b_id, b_span), "on_other": _on(x, a_id, a_span)}
                    for x in story.discrepancies if x.kind in FLAG_KINDS
                    and (_on(x, b_id, b_span) or _key(x) not in before_all)]
            rows.append({"triplet": t, "kind": kind, "fact": f.kind, "key": f.key, "detail": detail,
                         "found": found, "found_any": found or found_any, "false": false, "flags_on_change": near,
                         "a_doc": a_id, "b_doc": b_id, "a_span": a_span, "b_span": b_span})
    t_all = time.time() - t0
    if dump is not None:
        dump.parent.mkdir(parents=True, exist_ok=True)
        dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    planted = {k: {"n": stats[k]["n"], "recall": round(stats[k]["found"] / max(1, stats[k]["n"]), 3),
                   "recall_any_side": round(stats[k]["found_any"] / max(1, stats[k]["n"]), 3),
                   "pairs_with_false_flags": round(stats[k]["false"] / max(1, stats[k]["n"]), 3)}
               for k in KINDS if not k.startswith("compat")}
    compatible = {k: {"n": stats[k]["n"], "false_flag_rate": round(stats[k]["false"] / max(1, stats[k]["n"]), 3)}
                  for k in KINDS if k.startswith("compat")}
    n_pl = sum(stats[k]["n"] for k in planted)
    return {"half": half, "seed": seed, "triplets": stats["_triplets"]["n"], "plants": len(plants),
            "planted": planted,
            "planted_recall_all": round(sum(stats[k]["found"] for k in planted) / max(1, n_pl), 3),
            "planted_false_all": round(sum(stats[k]["false"] for k in planted) / max(1, n_pl), 3),
            "compatible": compatible,
            "seconds": {"generate": round(t_gen), "story_step": round(t_story), "total": round(t_all),
                        "story_step_per_compare": round(t_story / max(1, len(plants) + len(base)), 2)}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--half", choices=("build", "report"), default="report")
    ap.add_argument("--per-kind", type=int, default=28)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--plants", type=Path, help="keep the drawn plants here (not the repo) and reuse them")
    a = ap.parse_args()
    res = run(a.half, a.per_kind, a.seed, a.dump, a.plants)
    emit(res, a.json, indent=1)


if __name__ == "__main__":
    main()
