"""Where each planted figure, ordinal, title and plan discrepancy of the wire sets is lost: a diagnosis (round 19).

    OMP_NUM_THREADS=1 NEWSPRISM_THREADS=1 PYTHONPATH=src .venv/bin/python benchmarks/where_plants_lost.py \
        --set wire9 --out training/runs/plants/wire9.jsonl

The counterpart of ``where_dates_lost.py`` (round 18, dates) for the other planted kinds that ``compare`` reads as
slots: figures (``count``, ``count_bound``, ``magnitude``, ``duration``, ``money``, ``vote_share``: amounts),
``ordinal`` (ordinals), ``title`` (roles) and ``plan_vs_deed`` (statuses). Dates and denials are left to the dates
tool and to story.md round 15-18 (one happening told with two verbs needs a model the project does not have).

Every story runs as ``bench_wire.py`` runs it (the same harness as the dates tool, :func:`analyze_patched`), with
the family functions of ``story.compare`` (``_amounts``, ``_ordinals``, ``_statuses``, ``_roles``) and
``_mutual_best`` wrapped, so the flags are the real ones. For each plant the first stage where it is lost:

- ``found, shown`` / ``found, 0.xx``: a conflict, precision or status flag on both spans;
- ``(a) ...``: no slot of the kind's family read in one of the plant's spans (extraction);
- ``(b) ...``: a slot read on each side, but no pair of them passes the gates of the family function (the first
  gate failed is named, for the pair that gets furthest), or the pair is scored under ``pair_min`` or is not the
  mutual best of its sentences, or is dropped after pairing;
- ``(c) ...``: paired, and the value test finds agreement (a consensus finding, or titles one person can hold);
- ``(d) ...``: a finding on the plant that no flag shows, or a flag on one of its spans only.

The gate walks copy the tests of ``compare`` at main 5d6a496 in order: a change there must be copied here too.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_wire import load_plants, set_dir  # noqa: E402
from where_dates_lost import _inside, analyze_patched, cli, found  # noqa: E402

FAMILY = {"count": "amounts", "count_bound": "amounts", "magnitude": "amounts", "duration": "amounts",
          "money": "amounts", "vote_share": "amounts", "ordinal": "ordinals", "title": "roles",
          "plan_vs_deed": "statuses"}
FUNCTION = {"amounts": "_amounts", "ordinals": "_ordinals", "statuses": "_statuses", "roles": "_roles"}
PASSED = "passed the gates"


def _span(family: str, x: Any) -> tuple[int, int]:
    """The text span by which a slot is read "in" a plant's span: a figure with its counted thing, a status by its
    verb, an ordinal or a title as written."""
    if family == "amounts" and x.noun_start is not None and x.noun_end is not None:
        return min(x.start, x.noun_start), max(x.end, x.noun_end)
    return x.start, x.end


def _slots(c: Any, family: str, src: Any) -> list[tuple[int, Any]]:
    """The family function's own list of a source's slots (its index i / j)."""
    if family == "amounts":
        return [(k, a) for k, a in c._flat(src, "amounts") if not c.split_decimal(src, k, a)]
    if family == "roles":
        return [(k, r) for k, r in c._flat(src, "roles") if r.core or r.modifiers]
    if family == "statuses" and hasattr(c, "class_blanket"):
        # round 50: a denial of "any" member of a class read as a blanket denial, as compare._statuses reads it
        part = getattr(c, "deed_part_of_class", lambda _src, _k, st: st)  # round 50 (prc50): a deed's partitive
        return [(k, part(src, k, c.class_blanket(src, k, st))) for k, st in c._flat(src, "statuses")]
    return list(c._flat(src, family))


def _amount_gate(c: Any, sa: Any, la: list[tuple[int, Any]], i: int, sb: Any, lb: list[tuple[int, Any]], j: int,
                 sims: Any, cfg: dict[str, Any]) -> tuple[int, str]:
    """(how far, the first gate of ``compare._amounts`` the pair fails, or PASSED)."""
    (ka, a), (kb, b) = la[i], lb[j]
    sim = float(sims[ka, kb])
    per_a = sum(1 for k, x in la if k == ka and x.dim == a.dim)
    per_b = sum(1 for k, x in lb if k == kb and x.dim == b.dim)
    nouns_a = {x.noun for _, x in la if x.noun and x.dim == "count"}
    nouns_b = {x.noun for _, x in lb if x.noun and x.dim == "count"}
    if not c.comparable(a, b):
        return 0, f"not comparable ({a.dim}/{a.unit} vs {b.dim}/{b.unit})"
    if bool(a.extra.get("whole")) != bool(b.extra.get("whole")):
        return 1, "one figure is a whole"
    nm = c.noun_match(a.noun, b.noun)
    if nm == 0 and a.dim == "count" and (c.counted_elsewhere(a.noun, nouns_b) or c.counted_elsewhere(b.noun, nouns_a)):
        return 2, f"counted by name elsewhere ({a.noun} / {b.noun})"
    if (nm < 0 and a.dim == b.dim == "count" and c.covering_noun(a.noun, b.noun)
            and sim >= cfg["covering_min_sentence"] and per_a == per_b == 1):
        nm = float(cfg["covering_match"])
    if nm < 0 and a.dim == b.dim == "count" and (c.owns(sa, ka, a, b.noun) or c.owns(sb, kb, b, a.noun)
                                                or c.counts_deeds(a, b.noun) or c.counts_deeds(b, a.noun)):
        nm = float(cfg["covering_match"])
    if nm < 0 and cfg.get("measure_word_nouns", False) and a.dim == b.dim == "count":
        nm = max(nm, c.measure_match(sa, ka, a, sb, kb, b), c.measure_match(sb, kb, b, sa, ka, a))
    if nm < 0 and c.kind_nouns(a.noun, b.noun):
        nm = float(cfg["kind_match"])
    if not c.same_holder(a, b):
        return 3, f"two holders ({a.extra.get('holder')} / {b.extra.get('holder')})"
    if nm < 0:
        return 4, f"noun clash ({a.noun} / {b.noun})"
    if a.dim == "count" and nm < cfg["covering_match"] and sim < cfg["same_happening_sentence"]:
        return 4, f"weak or unknown noun ({a.noun} / {b.noun}, match {nm:.2f}), cosine {sim:.3f} < same_happening_sentence"
    specific = nm >= 0.8 and not {a.noun, b.noun} & (cfg["generic"] | cfg["covering"])
    if sim < cfg["sentence_min"] and not (specific and sim >= cfg["noun_sentence_min"]):
        return 5, f"sentence cosine {sim:.3f} < sentence_min ({a.noun} / {b.noun})"
    key = a.noun or b.noun or "_"
    p_same = 1.0 if specific else c.same_happening(sa, ka, sb, kb, sim, key, key)
    if p_same < cfg["same_happening_min"]:
        return 6, f"same-happening {p_same:.3f} < same_happening_min ({a.noun} / {b.noun})"
    return 7, PASSED


def _ordinal_gate(c: Any, sa: Any, la: list[tuple[int, Any]], i: int, sb: Any, lb: list[tuple[int, Any]], j: int,
                  sims: Any, cfg: dict[str, Any]) -> tuple[int, str]:
    """(how far, the first gate of ``compare._ordinals`` the pair fails, or PASSED)."""
    (ka, a), (kb, b) = la[i], lb[j]
    sim = float(sims[ka, kb])
    if sim < cfg["sentence_min"]:
        return 0, f"sentence cosine {sim:.3f} < sentence_min"
    if a.superlative != b.superlative:
        return 1, f"a rank against a series ({a.superlative} / {b.superlative})"
    na = None if a.noun in sa.sentences[ka].names else a.noun
    nb = None if b.noun in sb.sentences[kb].names else b.noun
    nm = c._series_match(a, na, b, nb)
    key = na or nb or "_"
    if nm >= 0 and a.since and a.since == b.since or a.superlative and nm == 1.0 and na not in cfg["generic"]:
        return 4, PASSED
    if not (c.linked(sa, ka, sb, kb, sim) or (nm == 1.0 and na not in cfg["generic"])):
        return 2, f"not linked and not one specific thing ({na} / {nb})"
    p_same = c.same_happening(sa, ka, sb, kb, sim, key, key if nm >= 0 else f"{nb}/")
    if p_same < cfg["same_happening_min"]:
        return 3, f"same-happening {p_same:.3f} < same_happening_min ({na} / {nb})"
    return 4, PASSED


def _status_gate(c: Any, sa: Any, la: list[tuple[int, Any]], i: int, sb: Any, lb: list[tuple[int, Any]], j: int,
                 sims: Any, cfg: dict[str, Any]) -> tuple[int, str]:
    """(how far, the first gate of ``compare._statuses`` the pair fails, or PASSED)."""
    (ka, a), (kb, b) = la[i], lb[j]
    sim = float(sims[ka, kb])
    floor = min(cfg["status_min_sentence"], cfg["status_participants_min_sentence"])
    if sim < min(floor, cfg["status_blanket_min_sentence"]):
        return 0, f"sentence cosine {sim:.3f} under the status floors"
    fate = a.predicate != b.predicate
    if fate and not (hasattr(c, "fate_against_deed") and c.fate_against_deed(sa, ka, a, sb, kb, b)):
        return 1, f"two predicates ({a.predicate} / {b.predicate})"
    blanket = c.blanket_against(a, b)
    if sim < floor and not blanket:
        return 2, f"sentence cosine {sim:.3f} < status floor"
    shared = c._clause_words(sa, a) & c._clause_words(sb, b)
    if not (c.linked(sa, ka, sb, kb, sim) or shared or blanket or fate):
        return 3, "not linked, no shared clause word"
    if sim < cfg["status_min_sentence"] and not (c._same_participants(sa.sentences[ka], sb.sentences[kb], shared)
                                                 or (a.subject is not None and a.subject == b.subject) or blanket
                                                 or fate):
        return 4, f"cosine {sim:.3f} < status_min_sentence and not the same participants"
    p_same = c.same_happening(sa, ka, sb, kb, sim, a.predicate, a.predicate if fate else b.predicate)
    roles = c.same_roles(a, b) or blanket
    if p_same < (cfg["status_same_roles_happening_min"] if roles else cfg["same_happening_min"]):
        return 5, f"same-happening {p_same:.3f} under its floor"
    if c._status_group(a) is None or c._status_group(b) is None:
        return 6, f"no status group ({a.status} / {b.status})"
    return 7, PASSED


def _role_gate(c: Any, sa: Any, la: list[tuple[int, Any]], i: int, sb: Any, lb: list[tuple[int, Any]], j: int,
               sims: Any, cfg: dict[str, Any]) -> tuple[int, str]:
    """(how far, why ``compare._roles`` does not compare the two titles, or PASSED). ``_roles`` keeps no
    candidates: a pair of one person is judged by its titles (stage c) or not chosen."""
    a, b = la[i][1], lb[j][1]
    if a.person != b.person:
        return 0, f"two persons ({a.person} / {b.person})"
    fa, fb = c._first_name(a), c._first_name(b)
    if fa and fb and fa != fb:
        return 1, f"two first names ({fa} / {fb})"
    return 2, PASSED


GATES: dict[str, Callable[..., tuple[int, str]]] = {"amounts": _amount_gate, "ordinals": _ordinal_gate,
                                                    "statuses": _status_gate, "roles": _role_gate}


def _on(side: Any, doc: str, span: dict[str, Any]) -> bool:
    return doc == span["document"] and _inside(side.start, side.end, span)


def _after_gates(c: Any, family: str, rec: dict[str, Any], i: int, j: int, plant: dict[str, Any]) -> str:
    """Where a pair that passed the gates of its family function is lost."""
    x, y = plant["sides"]
    da, db = rec["docs"]
    on = [f for f in rec["findings"] if (_on(f.a, da, x) and _on(f.b, db, y)) or (_on(f.a, da, y) and _on(f.b, db, x))]
    if on:
        kinds = sorted({f.kind for f in on})
        if kinds == ["consensus"]:
            return "(c) value test: agree (" + ", ".join(sorted({f"{f.a.value} ~ {f.b.value}" for f in on})) + ")"
        return "(d) a " + "/".join(kinds) + " finding on the plant, no flag on it"
    if family == "roles":
        a, b = rec["la"][i][1], rec["lb"][j][1]
        verdict = c.roles.compare_titles(a, b, True)
        if verdict.verdict != "conflict":
            return f"(c) value test: titles {verdict.verdict} ({a.title} / {b.title})"
        return "(b) not the chosen mention pair of the person"
    cands, chosen = rec["cands"]
    mine = [q for q in cands if q.i == i and q.j == j]
    if not mine:
        return "(b) score < pair_min"
    if not any(q.i == i and q.j == j for q in chosen):
        return "(b) not the mutual best pair"
    return "(b) dropped after pairing (a post-pairing test)"


def run(sets: list[str]) -> list[dict[str, Any]]:
    import newsprism.story.compare as c
    from newsprism.api import load_pipeline

    pipe = load_pipeline()
    rows: list[dict[str, Any]] = []
    originals = {fam: getattr(c, fn) for fam, fn in FUNCTION.items()}
    mutual_best: Callable[..., Any] = c._mutual_best
    for wire_set in sets:
        plants = [p for p in load_plants(set_dir(wire_set) / "plants.json") if p["kind"] in FAMILY]
        for story in sorted({p["story"] for p in plants}):
            records: list[dict[str, Any]] = []  # one per (family, source pair)
            slots: dict[tuple[str, str], list[Any]] = {}  # (family, document) -> slots

            def patches(ids: dict[str, str], records: list[dict[str, Any]] = records,
                        slots: dict[tuple[str, str], list[Any]] = slots) -> dict[str, Callable[..., Any]]:
                last: list[tuple[list[Any], list[Any]]] = []

                def best(cands: list[Any]) -> list[Any]:
                    chosen = mutual_best(cands)
                    last.append((list(cands), chosen))
                    return chosen

                def wrap(family: str) -> Callable[..., Any]:
                    def wrapped(sa: Any, sb: Any, sims: Any, cfg: dict[str, Any]) -> Any:
                        da, db = ids.get(sa.text, sa.name), ids.get(sb.text, sb.name)
                        la, lb = _slots(c, family, sa), _slots(c, family, sb)
                        slots[(family, da)] = [x for _, x in la]
                        slots[(family, db)] = [x for _, x in lb]
                        last.clear()
                        findings = originals[family](sa, sb, sims, cfg)
                        records.append({"family": family, "docs": (da, db), "la": la, "lb": lb, "sims": sims,
                                        "cfg": cfg, "sa": sa, "sb": sb, "findings": findings,
                                        "cands": last[0] if last else ([], [])})
                        return findings
                    return wrapped

                return {"_mutual_best": best, **{fn: wrap(fam) for fam, fn in FUNCTION.items()}}

            result = analyze_patched(c, wire_set, story, pipe, patches)
            for p in [p for p in plants if p["story"] == story]:
                rows.append(_diagnose(c, wire_set, p, result, records, slots))
    return rows


def _diagnose(c: Any, wire_set: str, p: dict[str, Any], result: Any, records: list[dict[str, Any]],
              slots: dict[tuple[str, str], list[Any]]) -> dict[str, Any]:
    family = FAMILY[p["kind"]]
    x, y = p["sides"]
    read = {fam: [[getattr(s, "text", "") for s in slots.get((fam, side["document"]), [])
                   if _inside(*_span(fam, s), side)] for side in (x, y)] for fam in FUNCTION}
    best_conf, where = found(result, p)
    pairs: list[tuple[int, str, str, str]] = []
    if best_conf is None:
        for rec in records:
            if rec["family"] != family:
                continue
            da, db = rec["docs"]
            for i, (_, a) in enumerate(rec["la"]):
                for j, (_, b) in enumerate(rec["lb"]):
                    a_in = [s for s in (x, y) if s["document"] == da and _inside(*_span(family, a), s)]
                    b_in = [s for s in (x, y) if s["document"] == db and _inside(*_span(family, b), s)]
                    if not a_in or not b_in or a_in[0] is b_in[0]:
                        continue
                    depth, stage = GATES[family](c, rec["sa"], rec["la"], i, rec["sb"], rec["lb"], j, rec["sims"],
                                                 rec["cfg"])
                    if stage == PASSED:
                        stage = _after_gates(c, family, rec, i, j, p)
                        depth = 100 + "bcd".index(stage[1])
                    else:
                        stage = "(b) " + stage
                    pairs.append((depth, stage, a.text, b.text))
        if not all(read[family]):
            side = "either span" if not any(read[family]) else ("first span" if not read[family][0] else "second span")
            where = f"(a) no {family[:-1]} read in " + (side if side == "either span" else f"the {side}")
        elif not pairs:
            where = "(b) never compared (no source pair of the two documents)"
        else:
            where = max(pairs)[1]
        one_side = [f for f in result.story.discrepancies if f.kind in ("conflict", "precision", "status")
                    and any(any(_inside(s.start, s.end, sp) and s.document == sp["document"] for s in f.sides)
                            for sp in (x, y))]
        if one_side and not where.startswith("(d)"):
            where += f" [a flag on one span only: {one_side[0].slot} {one_side[0].confidence:.2f}]"
    return {"set": wire_set, "id": p["id"], "kind": p["kind"], "family": family, "note": p["note"], "where": where,
            "stage": where[:3] if where.startswith("(") else "found",
            "confidence": None if best_conf is None else round(best_conf, 3), "read": read,
            "pairs": [{"stage": s, "a": a, "b": b} for _, s, a, b in sorted(pairs, reverse=True)[:6]]}


def table(rows: list[dict[str, Any]]) -> str:
    """A markdown table kind x stage: found shown, found behind "show more", (a), (b), (c), (d)."""
    cols = ("shown", "behind", "(a)", "(b)", "(c)", "(d)")
    count: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        col = r["stage"] if r["stage"] != "found" else ("shown" if r["confidence"] >= 0.5 else "behind")
        count[r["kind"]][col] += 1
    out = ["| kind | n | " + " | ".join(cols) + " |", "|---|---|" + "---|" * len(cols)]
    for kind in sorted(count):
        out.append(f"| {kind} | {sum(count[kind].values())} | " + " | ".join(str(count[kind][k]) for k in cols) + " |")
    total: Counter[str] = sum(count.values(), Counter())
    out.append(f"| all | {sum(total.values())} | " + " | ".join(str(total[k]) for k in cols) + " |")
    return "\n".join(out)


def main() -> None:
    cli(__doc__, run, (18, 13), table)

if __name__ == "__main__":
    main()
