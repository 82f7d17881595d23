"""Where each planted date discrepancy of the wire sets is lost: a diagnosis, not a score (round 18).

    OMP_NUM_THREADS=1 NEWSPRISM_THREADS=1 PYTHONPATH=src .venv/bin/python benchmarks/where_dates_lost.py \
        --set wire8 --out training/runs/dates/wire8.jsonl

For every plant of kind ``date`` (and every compatible date kind: ``compat_said_vs_happened``,
``compat_two_events``, ``compat_weekday_date``, ``compat_relative_date``, ``compat_date_format``) of the chosen sets,
the story runs as ``bench_wire.py`` runs it, with ``story.compare._dates`` wrapped: each date slot pair whose two
sides lie in the plant's two spans is walked through the same tests in the same order as ``_dates`` (the sentence
floor ``date_min_sentence``, one predicate or near-identical sentences ``date_loose_sentence``, the link of a shared
name, subject or happening, the learned same-happening test ``same_happening_min``, the speaker test of days of
saying, like with like, the value test, a second date of the same sentence) and the first test it fails is named.
A plant with a flag is ``found`` (with its highest confidence; under 0.5 it is behind "show more"); a plant with no
date read in one of its spans is ``no date read``. The walk copies the tests of ``_dates`` at main 7108d64 (with round 37's ``one_act``, round 44's one act of two verbs over the floor and round 48's days of coming into force): a change
to ``_dates`` must be copied here too (the wrapped function still makes the findings, so the flags are the real ones).
Round 56 (``date_clause_cosine``): every stage but the near-identical test of two verbs reads the higher of the two
sentences' cosine and the two dated clauses' (``compare.clause_sims``).
Round 58 (``date_said_act``): a pair ``compare.said_acts`` reads as one act of a verb of saying acting on a thing
is walked with its two said acts (``compare.said_act``) and both reports' said acts standing as acts.
Two routes besides the walk pair dates whatever the verbs and the sentence floor (round 28's lead days, round 31's
headline days, ``compare.headline_days``): a plant they pair is ``found``; the walk names no stage for them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_wire import SETS, load_plants, on_plant, set_dir  # noqa: E402

DATE_KINDS = ("date", "compat_said_vs_happened", "compat_two_events", "compat_weekday_date", "compat_relative_date",
              "compat_date_format")
SHOWN = 0.5


def _stage(c: Any, sa: Any, ka: int, a: Any, sb: Any, kb: int, b: Any, sim: float, cfg: dict[str, Any],
           la: list[Any] | None = None, lb: list[Any] | None = None, whole: float | None = None) -> str:
    """The first test of ``compare._dates`` (7108d64; round 25's ``one_participant``, round 26's
    ``one_happening_clause`` and round 37's ``one_act`` where the code has them; ``one_act`` needs the two reports'
    flat date lists ``la`` and ``lb``) that the date pair (a, b) fails, or ``paired``."""
    by_clause = getattr(c, "one_happening_clause", None)  # round 26: one happening by the clauses (absent before)
    clause = bool(by_clause is not None and a.predicate and b.predicate and by_clause(sa, ka, a, sb, kb, b))
    by_act = getattr(c, "one_act", None)  # round 37: one act dated once in each report (absent before)
    act = bool(by_act is not None and la is not None and lb is not None and sim < cfg["date_min_sentence"]
               and cfg.get("date_one_act") and by_act(sa, ka, a, la, sb, kb, b, lb))
    # round 44: two verbs of one act (WordNet) over the floor are one act too; round 48: so are two days of coming
    # into force ("takes effect" / "comes into force", compare.IN_FORCE), whatever the verbs
    binds = getattr(c, "IN_FORCE", None)
    act = act or bool(by_act is not None and la is not None and lb is not None and sim >= cfg["date_min_sentence"]
                      and cfg.get("date_one_act")
                      and (cfg.get("date_one_act_two_verbs") and a.predicate != b.predicate
                           or binds is not None and c._one_act_verb(sa, ka, a) == c._one_act_verb(sb, kb, b) == binds
                           # round 53: one verb over the floor is asked the one-act test too
                           or cfg.get("date_one_act_same_verb") and a.predicate is not None
                           and a.predicate == b.predicate)
                      and by_act(sa, ka, a, la, sb, kb, b, lb))
    if sim < cfg["date_min_sentence"] and not clause and not act:
        return f"sentence cosine {sim:.3f} < date_min_sentence"
    same_pred = a.predicate is not None and a.predicate == b.predicate
    joined = getattr(c, "one_participant", None)  # round 25: two verbs of one participant (absent before)
    one_pred = same_pred or act or (joined is not None and joined(sa, ka, a, sb, kb, b))
    loose = sim if whole is None else whole  # round 56: the near-identical test reads the whole sentences
    if not one_pred and loose < cfg["date_loose_sentence"]:
        return f"two predicates ({a.predicate} / {b.predicate}{', a day of saying' if a.speech or b.speech else ''})"
    key_b = a.predicate if one_pred or loose >= cfg["date_loose_sentence"] else b.predicate
    subjects = getattr(c, "_clause_subjects", None)  # round 52: a subordinate clause's subject (absent before)
    if not (c.linked(sa, ka, sb, kb, sim) or one_pred and not same_pred or clause or
            (same_pred and c._subjects(sa, ka, a.predicate) & c._subjects(sb, kb, b.predicate)) or
            (same_pred and not a.speech and subjects is not None and subjects(sa, ka, a) & subjects(sb, kb, b)) or
            (same_pred and c.named_happening(sa, ka, a) and c.named_happening(sb, kb, b)) or
            # round 54: the coreference pair probability of the two dated clauses' triggers links them too
            getattr(c, "coref_linked", None) is not None and c.coref_linked(sa, ka, a, sb, kb, b)):
        return "not linked (no shared name, subject or happening)"
    p = c.same_happening(sa, ka, sb, kb, sim, a.predicate or "_", key_b or "_", head="no_date")
    if p < cfg["same_happening_min"] and not act:
        return f"same-happening {p:.3f} < same_happening_min"
    if a.speech:
        spa, spb = c._speakers(sa, ka, a.predicate), c._speakers(sb, kb, b.predicate)
        if c._names(sa.sentences[ka], sb.sentences[kb]) == 0 or spa and spb and not spa & spb:
            return "days of saying of two speakers"
    if not c._written_alike(a, b) and (any(c._written_alike(x, b) for x in sa.sentences[ka].dates)
                                       or any(c._written_alike(a, y) for y in sb.sentences[kb].dates)):
        return "like with like: a pair written alike stands for it"
    differ = c.dates_differ(c.in_year(sa, a), c.in_year(sb, b))
    if differ is None:
        return "nothing shared"
    if differ and (c._also_dates(sb, kb, c.in_year(sa, a), b) or c._also_dates(sa, ka, c.in_year(sb, b), a)):
        return "a second date of the sentence agrees"
    return f"paired (same-happening {p:.3f})"


def _inside(start: int, end: int, side: dict[str, Any]) -> bool:
    return start < side["end"] and side["start"] < end


def analyze_patched(c: Any, wire_set: str, story: str, pipe: Any,
                    patches: Callable[[dict[str, str]], dict[str, Callable[..., Any]]]) -> Any:
    """One story of a wire set through ``analyze_documents(story=True)`` (as ``bench_wire.py`` runs it) with the
    functions of ``story.compare`` that ``patches(ids)`` names replaced for the run (and put back after);
    ``ids`` maps a document's text to its id (a :class:`compare.Source` carries the text, not the id)."""
    from newsprism.api import analyze_documents, ingest

    docs, errors = ingest([set_dir(wire_set) / story])
    if errors:
        raise SystemExit(f"{story}: {errors}")
    fns = patches({d.text: d.id for d in docs})
    originals = {name: getattr(c, name) for name in fns}
    for name, fn in fns.items():
        setattr(c, name, fn)
    try:
        return analyze_documents(docs, pipeline=pipe, story=True)
    finally:
        for name, fn in originals.items():
            setattr(c, name, fn)


def found(result: Any, plant: dict[str, Any]) -> tuple[float | None, str]:
    """The highest confidence of a conflict, precision or status flag on both of a plant's spans (None for no such
    flag) and where the plant stands then: ``found, shown`` (>= 0.5), ``found, 0.xx (behind show more)`` or ''."""
    flags = [f for f in result.story.discrepancies if f.kind in ("conflict", "precision", "status") and on_plant(f, plant)]
    best = max((f.confidence for f in flags), default=None)
    if best is None:
        return None, ""
    return best, "found, shown" if best >= SHOWN else f"found, {best:.2f} (behind show more)"


def run(sets: list[str]) -> list[dict[str, Any]]:
    import newsprism.story.compare as c
    from newsprism.api import load_pipeline

    pipe = load_pipeline()
    rows: list[dict[str, Any]] = []
    original: Callable[..., Any] = c._dates
    for wire_set in sets:
        plants = [p for p in load_plants(set_dir(wire_set) / "plants.json") if p["kind"] in DATE_KINDS]
        for story in sorted({p["story"] for p in plants}):
            seen: list[tuple[str, str, Any, Any, str]] = []  # (doc a, doc b, slot a, slot b, stage)
            slots: dict[str, list[Any]] = {}

            def patches(ids: dict[str, str], seen: list[tuple[str, str, Any, Any, str]] = seen,
                        slots: dict[str, list[Any]] = slots) -> dict[str, Callable[..., Any]]:
                def wrapped(sa: Any, sb: Any, sims: Any, cfg: dict[str, Any]) -> Any:
                    da, db = ids.get(sa.text, sa.name), ids.get(sb.text, sb.name)
                    la = [(k, d) for k, d in c._flat(sa, "dates") if not c.recurring(sa, k, d) and not c.dateline(sa, k, d)]
                    lb = [(k, d) for k, d in c._flat(sb, "dates") if not c.recurring(sb, k, d) and not c.dateline(sb, k, d)]
                    slots[da] = [d for _, d in c._flat(sa, "dates")]
                    slots[db] = [d for _, d in c._flat(sb, "dates")]
                    # round 56: the pair's likeness is the higher of its sentences' and its dated clauses' cosine
                    by_clause = getattr(c, "clause_sims", None)
                    cs = by_clause(sa, la, sb, lb, sims, every_pair=True) if by_clause is not None and cfg.get("date_clause_cosine") else None
                    # round 58: a verb of saying acting on a thing is read as its act (compare.said_acts); a pair
                    # so read is walked with both reports' said acts standing as acts
                    by_said = getattr(c, "said_acts", None)
                    said = by_said(sa, la, sb, lb) if by_said is not None and cfg.get("date_said_act") else {}
                    xa = [(k, c.said_act(sa, k, d) or d) for k, d in la] if said else la
                    xb = [(k, c.said_act(sb, k, d) or d) for k, d in lb] if said else lb
                    for i, (ka, a) in enumerate(la):
                        for j, (kb, b) in enumerate(lb):
                            sim = float(sims[ka, kb]) if cs is None else max(float(sims[ka, kb]), float(cs[i, j]))
                            if (i, j) in said:
                                seen.append((da, db, a, b, _stage(c, sa, ka, said[i, j][0], sb, kb, said[i, j][1],
                                                                  sim, cfg, xa, xb, float(sims[ka, kb]))))
                                continue
                            seen.append((da, db, a, b, _stage(c, sa, ka, a, sb, kb, b, sim, cfg, la, lb,
                                                              float(sims[ka, kb]))))
                    return original(sa, sb, sims, cfg)
                return {"_dates": wrapped}

            result = analyze_patched(c, wire_set, story, pipe, patches)
            for p in [p for p in plants if p["story"] == story]:
                x, y = p["sides"]
                read = [[d.text for d in slots.get(s["document"], []) if _inside(d.start, d.end, s)] for s in (x, y)]
                pairs = [{"a": a.text, "b": b.text, "predicates": [a.predicate, b.predicate], "stage": st}
                         for da, db, a, b, st in seen for s1, s2 in ((x, y), (y, x))
                         if da == s1["document"] and db == s2["document"] and _inside(a.start, a.end, s1)
                         and _inside(b.start, b.end, s2)]
                best, where = found(result, p)
                if best is not None:
                    pass
                elif not all(read):
                    where = "no date read"
                else:
                    where = pairs[0]["stage"] if len({q["stage"] for q in pairs}) == 1 else \
                        "; ".join(sorted({q["stage"] for q in pairs}))
                rows.append({"set": wire_set, "id": p["id"], "kind": p["kind"], "note": p["note"], "where": where,
                             "confidence": None if best is None else round(best, 3), "dates_read": read,
                             "pairs": pairs})
    return rows


def cli(doc: str | None, walk: Callable[[list[str]], list[dict[str, Any]]], widths: tuple[int, int],
        table: Callable[[list[dict[str, Any]]], str] | None = None) -> None:
    """The command line of a where-lost tool (this one and ``where_plants_lost.py``): ``--set`` and ``--kind``
    (both repeatable) and ``--out``; one printed line a plant, then the tool's ``table`` when it has one."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", dest="sets", action="append", choices=SETS, help="a wire set (default: every one)")
    ap.add_argument("--out", type=Path, help="write one JSON line a plant here")
    ap.add_argument("--kind", dest="kinds", action="append", help="keep only plants of this kind (repeatable)")
    args = ap.parse_args()
    rows = [r for r in walk(args.sets or list(SETS)) if not args.kinds or r["kind"] in args.kinds]
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    for r in rows:
        print(f"{r['set']:6} {r['id']:{widths[0]}} {r['kind']:{widths[1]}} {r['where']}")
    if table is not None:
        print(table(rows))


def main() -> None:
    cli(__doc__, run, (16, 24))


if __name__ == "__main__":
    main()
