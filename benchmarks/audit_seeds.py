"""What the report states about the two shared seeds, read item by item against the texts (issue 11).

    PYTHONPATH=src .venv/bin/python benchmarks/audit_seeds.py                     # re-run compare, score labels
    PYTHONPATH=src .venv/bin/python benchmarks/audit_seeds.py --dump out/seeds    # listings to label by hand

The seeds (`../shared/seeds`: a news report with a reader thread, and an opinion piece on the same visit) are
read at run time, never copied. The script runs what a user runs, `newsprism compare ../shared/seeds` (the CLI's
`compare` function, JSON output, through `audit_story.compare_json`), and lists every item the report SHOWS BY
DEFAULT, by the report's own rules (`report.context.build_view`, the view model the HTML report and the web app
render; flags at or above `confident_at`, ``report/data/flags.json``):
- per source: `genre` (the label in the sources table), `actor` (the canonical actors of the per-source lists:
  people, organizations, groups, places, with their first two roles), `event` (every event of the per-source
  list: type, who -> whom, date, place, status, attribution; judged as a whole, trigger included), `claim` (the
  dated claims and quantities of the per-source list: claims with a date or an amount, or of kind date, count,
  quantity, duration, percentage or ordinal; the status, named and role claims are listed but not judged),
  `technique` (every persuasion-technique span highlighted in the text) and `stance` (each comment's stance);
- across sources: `flag` (conflict, precision and status flags), `consensus` and `unique` ("only one source").
Flags below `confident_at` and events below the events' bar (`newsprism.events.shown`; by their
learned confidence, round 7) sit behind "show more";
they are listed and labelled too (group `more`) but scored apart from what is shown.

Labels (`benchmarks/audits/seeds.jsonl`) hold no seed text: a line is keyed by section, document, character
offsets and kind (event: trigger offsets; claim: evidence offsets and kind; technique: span offsets and name;
actor: the offsets of its first entity mention and its label; stance: the comment's offsets; flag: kind, slot and
every side's document and offsets), with `label` (`right` / `wrong`), a short cause code and a one-line reason in
the labeller's own words. Items without a label are counted as unlabelled, labels no current item matches as
stale. Lines of section `known` record the known discrepancies between the seeds (each side's offsets and a
description in the labeller's words); a known discrepancy is `shown` when a conflict, precision or status flag
has a side overlapping it in both documents and is shown by default, `more` when such a flag is behind "show
more", else `missing`.

After a change (the lead, after the round's merges): `--dump DIR` marks every listed item without a label `NEW`;
label those in a worksheet and `--import-worksheet SHEET` adds them to the stored lines (a line for an item that
already has one replaces it; every other line is kept), each with `labelled_by` from the worksheet's `@` line.

These labels are a MEASUREMENT ONLY: nothing may be fitted or tuned on them or on the seeds (TEAM.md honesty
rules); a change is judged on the dev audits and held-out draws, and the seeds are re-read after the merges.

    # re-score the stored labels on a saved compare output without re-running it
    PYTHONPATH=src .venv/bin/python benchmarks/audit_seeds.py --results out/seeds/results.json
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from audit_story import compare_json, confident_at, flags
from audit_story import key as flag_key
from basil import rate
from figures import emit

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parents[1] / "shared" / "seeds"
LABELS = HERE / "audits" / "seeds.jsonl"
STORY = "seeds"
DOC_SECTIONS = ("genre", "actor", "event", "claim", "technique", "stance")
FLAG_SECTIONS = ("flag", "consensus", "unique")
SECTIONS = DOC_SECTIONS + FLAG_SECTIONS
ISSUE_SECTIONS = ("event", "claim", "flag", "consensus", "unique")
COMPARED = ("conflict", "precision", "status")  # the flag kinds that can find a known discrepancy
TYPED_CLAIMS = ("date", "count", "quantity", "duration", "percentage", "ordinal")


def item_key(section: str, document: str | None, start: int | None, end: int | None, kind: str | None,
             sides: tuple = ()) -> tuple:
    return (section, document, start, end, kind, tuple(sorted(tuple(s) for s in sides)))


def row_key(row: dict) -> tuple:
    return item_key(row["section"], row.get("document"), row.get("start"), row.get("end"), row.get("kind"),
                    tuple(tuple(s) for s in row.get("sides") or ()))


def _first_mention(doc: Any, canonical: str) -> tuple[int, int]:
    ent = next((e for e in doc.entities if e.canonical == canonical), None)
    if ent is not None:
        return ent.start, ent.end
    at = doc.text.find(canonical)
    return (at, at + len(canonical)) if at >= 0 else (-1, -1)


def listed(result: dict) -> list[dict]:
    """Every item the report shows for the seeds, in reading order, with its stable key, a listing id (`E0-3`:
    the fourth event of source 0) and what a reader sees (for the dump only; never stored)."""
    from newsprism.model import Analysis
    from newsprism.report.context import build_view
    from newsprism.report.details import ranked_events
    from newsprism.report.flags import flag_views

    analysis = Analysis.model_validate(result)
    view = build_view(analysis)
    cut = confident_at()
    out: list[dict] = []

    def add(section: str, lid: str, key: tuple, shown: bool, seen: str, at: dict | None = None,
            span: tuple[str, int, int] | None = None) -> None:
        out.append({"section": section, "id": lid, "key": key, "shown": shown, "seen": seen,
                    "at_labelling": at or {}, "span": span})

    for s in view.sources:
        doc, i = s.doc, s.idx
        if doc.genre is not None:
            add("genre", f"G{i}", item_key("genre", doc.id, None, None, "genre"), True,
                f"genre {doc.genre.label} ({doc.genre.confidence})", {"genre": doc.genre.label})
        n = 0
        for title, items in s.details.actors:
            for it in items:
                actor = next(a for a in doc.actors if a.canonical == it.text)
                a, b = _first_mention(doc, actor.canonical)
                add("actor", f"A{i}-{n}", item_key("actor", doc.id, a, b, actor.label), True,
                    f"[{title}] {it.text} ({it.detail})", {"label": actor.label}, (doc.id, a, b))
                n += 1
        shown_events, less_events = ranked_events(doc)
        listed = [*zip(shown_events, s.details.events, strict=False),
                  *zip(less_events, s.details.less_certain_events, strict=False)]
        for k, (e, it) in enumerate(listed):
            add("event", f"E{i}-{k}", item_key("event", doc.id, e.trigger_start, e.trigger_end, "event"),
                k < len(s.details.events),
                f"{it.text} | {it.detail} | trigger {e.trigger!r} status={e.status} mentions="
                f"{[(m.start, m.text) for m in e.mentions]}",
                {"type": e.type, "status": e.status, "confidence": e.confidence},
                (doc.id, e.trigger_start, e.trigger_end))
        for k, c in enumerate(doc.claims[:len(s.details.claims)]):
            if not (c.date or c.quantity or c.kind in TYPED_CLAIMS):
                continue
            ev = c.evidence
            add("claim", f"C{i}-{k}", item_key("claim", doc.id, ev.start, ev.end, c.kind), True,
                f"{c.kind} {c.quantity.text if c.quantity else ''} date={c.date} value={c.quantity and c.quantity.value}"
                f" status={c.status}: {ev.text!r}", {"kind": c.kind}, (doc.id, ev.start, ev.end))
        for k, t in enumerate(sorted(doc.techniques, key=lambda t: (t.start, t.end))):
            add("technique", f"T{i}-{k}", item_key("technique", doc.id, t.start, t.end, t.technique), True,
                f"{t.technique} {t.score} voice={t.voice}: {t.text!r}", {"score": t.score, "voice": t.voice},
                (doc.id, t.start, t.end))
    for g in view.comments:
        i, doc = g["source"].idx, g["source"].doc
        for entry in g["entries"]:
            c = entry["c"]
            if c.stance:
                add("stance", f"S{i}-{entry['n']}", item_key("stance", doc.id, c.start, c.end, c.stance), True,
                    f"{c.author}: stance {c.stance} ({c.stance_score}) | {c.text}", {"stance": c.stance},
                    (doc.id, c.start, c.end))
    raw = {f["id"]: f for f in flags(result)}
    for k, v in enumerate(flag_views(analysis)):
        f = raw[v.id]
        section = f["kind"] if f["kind"] in ("consensus", "unique") else "flag"
        _, kind, slot, sides = flag_key(STORY, f)
        conf = f.get("confidence")
        add(section, f"F{k}", item_key(section, None, None, None, f"{kind}:{slot}", sides),
            conf is None or conf >= cut, f"{f['kind']}/{slot} conf={conf}: {v.statement}",
            {"confidence": conf})
    return out


def sides_of(item: dict) -> list[tuple[str, int, int]]:
    return [tuple(s) for s in item["key"][5]]


def known_found(items: list[dict], known: list[dict]) -> list[dict]:
    """Per known discrepancy: `shown` / `more` / `missing`, by the flags whose sides overlap it in both documents."""
    out = []
    for k in known:
        ranges = [tuple(s) for s in k["sides"]]
        docs = {r[0] for r in ranges}
        best = "missing"
        for it in items:
            if it["section"] != "flag" or not str(it["key"][4]).startswith(COMPARED):
                continue
            hit = {d for d, a, b in sides_of(it)
                   if any(d == rd and a < re_ and b > ra for rd, ra, re_ in ranges)}
            if hit >= docs:
                best = "shown" if it["shown"] else (best if best == "shown" else "more")
        out.append({"known": k["name"], "kind": k["kind"], "description": k["reason"], "found": best})
    return out


def read_rows(path: Path = LABELS) -> list[dict]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()] if path.exists() else []


def load_labels(path: Path = LABELS) -> tuple[dict[tuple, dict], list[dict]]:
    rows = read_rows(path)
    return {row_key(r): r for r in rows if r["section"] != "known"}, [r for r in rows if r["section"] == "known"]


def merge(old: list[dict], new: list[dict]) -> list[dict]:
    """The stored label lines with a worksheet's lines added: a new line replaces the old one for the same item
    (a re-judged item) or the same known discrepancy (by name); every other stored line is kept."""
    def ident(r: dict) -> tuple:
        return ("known", r["name"]) if r["section"] == "known" else row_key(r)

    fresh = {ident(r) for r in new}
    return [r for r in old if ident(r) not in fresh] + new


def score(items: list[dict], labels: dict[tuple, dict], known: list[dict]) -> dict:
    out: dict = {"confident_at": confident_at(), "sections": {}}
    seen: set[tuple] = set()
    shown_all: list[dict] = []
    for sec in SECTIONS:
        for group in ("shown", "more"):
            sel = [it for it in items if it["section"] == sec and it["shown"] == (group == "shown")]
            if group == "more" and not sel:
                continue
            rows = []
            for it in sel:
                lab = labels.get(it["key"])
                if lab is not None:
                    seen.add(it["key"])
                    rows.append(lab)
            right = sum(r["label"] == "right" for r in rows)
            name = sec if group == "shown" else f"{sec} (behind show more)"
            out["sections"][name] = {"listed": len(sel), "labelled": len(rows), "right": right,
                                     "precision": rate(right, len(rows)), "unlabelled": len(sel) - len(rows),
                                     "wrong_causes": dict(Counter(r["cause"] for r in rows
                                                                  if r["label"] == "wrong").most_common())}
            if group == "shown":
                shown_all += rows
    right = sum(r["label"] == "right" for r in shown_all)
    n_shown = sum(it["shown"] for it in items)
    out["overall_shown"] = {"listed": n_shown, "labelled": len(shown_all), "right": right,
                            "wrong": len(shown_all) - right, "precision": rate(right, len(shown_all)),
                            "unlabelled": n_shown - len(shown_all)}
    # the sections the issue counted (events, claims, cross-source flags, consensus, "only one source"), shown
    # by default or behind "show more": the figure to set beside the issue's "78 of 171 wrong"
    story = [labels[it["key"]] for it in items if it["section"] in ISSUE_SECTIONS and it["key"] in labels]
    bad = sum(r["label"] == "wrong" for r in story)
    out["issue_sections_all"] = {"labelled": len(story), "wrong": bad, "precision": rate(len(story) - bad, len(story))}
    found = known_found(items, known)
    out["known_discrepancies"] = {"n": len(found), **{s: sum(f["found"] == s for f in found)
                                                     for s in ("shown", "more", "missing")}, "each": found}
    conflicts = [it for it in items if it["section"] == "flag" and str(it["key"][4]).startswith("conflict")]
    out["conflicts"] = {"stated": len(conflicts), "shown": sum(it["shown"] for it in conflicts),
                        "wrong": sum(labels.get(it["key"], {}).get("label") == "wrong" for it in conflicts)}
    out["stale_labels"] = len(set(labels) - seen)
    out["unlabelled_items"] = [it["id"] for it in items if it["key"] not in labels]
    return out


def dump(result: dict, items: list[dict], out: Path, labels: dict[tuple, dict] | None = None) -> None:
    """Listings to label by hand (outside the repository): the texts with line offsets, then every item, marked
    with its stored label (`NEW` when it has none: the items to label after a change)."""
    labels = labels or {}
    out.mkdir(parents=True, exist_ok=True)
    docs = {d["id"]: d for d in result["documents"]}
    lines = []
    for d in docs.values():
        lines += [f"## {d['id']} genre={d.get('genre')}"]
        pos = 0
        for ln in d["text"].split("\n"):
            lines.append(f"@{pos:5d} {ln}")
            pos += len(ln) + 1
    lines += ["", "# items (id [shown|more] section: what a reader sees)"]
    for it in items:
        lab = labels.get(it["key"])
        mark = f"{lab['label']} {lab['cause'] or '-'}" if lab else "NEW"
        lines.append(f"\n{it['id']} [{'shown' if it['shown'] else 'more'}] {it['section']} ({mark}) key={it['key']}")
        lines.append(f"   {it['seen']}")
        spans = [it["span"]] if it["span"] else sides_of(it)
        for dname, a, b in spans:
            text = docs[dname]["text"]
            ctx = text[max(0, a - 100):a] + "[[" + text[a:b] + "]]" + text[b:b + 80]
            lines.append(f"   - {dname} @{a}-{b}: " + ctx.replace("\n", " / "))
    (out / "listing.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _offsets(result: dict, spec: str) -> list[str | int]:
    """`DOC_PREFIX phrase#N` -> [document, start, end] of the N-th occurrence (worksheet only; never stored)."""
    prefix, _, phrase = spec.strip().partition(" ")
    phrase, _, nth = phrase.partition("#")
    doc = next(d for d in result["documents"] if d["id"].startswith(prefix))
    at = -1
    for _ in range(int(nth or 1)):
        at = doc["text"].find(phrase, at + 1)
    if at < 0:
        raise ValueError(f"{prefix}: phrase not found: {phrase!r}")
    return [doc["id"], at, at + len(phrase)]


def import_worksheet(sheet: Path, result: dict, items: list[dict]) -> list[dict]:
    """Label lines (no seed text) from a worksheet kept outside the repository.

    Worksheet lines: `@ WHO` names the labeller and the code labelled (e.g. `lead, after round 6, main abc1234`)
    for the lines below it; `ITEM_ID right|wrong CAUSE | reason` labels a listed item (`-` for no cause);
    `K NAME KIND DOC phrase || DOC phrase ... | description` records known discrepancy NAME (K1, K2, ...), each
    side named by a document id prefix and a phrase of its text (stored only as offsets; `phrase#2` for the
    second occurrence)."""
    by_id = {it["id"]: it for it in items}
    rows: list[dict] = []
    by = None
    for raw in sheet.read_text("utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@ "):
            by = line[2:].strip()
            continue
        head, _, reason = line.partition(" | ")
        if head.startswith("K "):
            _, name, kind, rest = head.split(" ", 3)
            rows.append({"section": "known", "name": name, "kind": kind,
                         "sides": [_offsets(result, s) for s in rest.split("||")], "reason": reason.strip(),
                         "labelled_by": by})
            continue
        lid, label, cause = head.split()
        if label not in ("right", "wrong"):
            raise ValueError(f"{lid}: unknown label {label!r}")
        it = by_id[lid]
        section, document, start, end, kind, sides = it["key"]
        rows.append({"section": section, "document": document, "start": start, "end": end, "kind": kind,
                     "sides": [list(s) for s in sides], "shown": it["shown"], "label": label,
                     "cause": None if cause == "-" else cause, "reason": reason.strip(),
                     "at_labelling": it["at_labelling"], "labelled_by": by})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=Path, default=SEEDS, help="the seeds folder (default ../shared/seeds)")
    ap.add_argument("--results", type=Path, help="score this saved compare output (JSON) instead of re-running")
    ap.add_argument("--save", type=Path, help="save the compare output and its timing (JSON) here")
    ap.add_argument("--dump", type=Path, help="write the listing for labelling here (not the repo)")
    ap.add_argument("--import-worksheet", type=Path, help="write the stored labels from this worksheet")
    ap.add_argument("--labels", type=Path, default=LABELS, help="label file")
    ap.add_argument("--out", type=Path, help="write the figures as JSON here")
    args = ap.parse_args()
    if args.results:
        saved = json.loads(args.results.read_text("utf-8"))
        result, timing = saved["result"], saved["timing"]
    else:
        result, timing = compare_json([str(args.seeds)])
    if args.save:
        args.save.parent.mkdir(parents=True, exist_ok=True)
        args.save.write_text(json.dumps({"result": result, "timing": timing}), encoding="utf-8")
    items = listed(result)
    if args.dump:
        dump(result, items, args.dump, load_labels(args.labels)[0])
        print(f"{len(items)} items listed in {args.dump}")
        return
    if args.import_worksheet:
        rows = merge(read_rows(args.labels), import_worksheet(args.import_worksheet, result, items))
        args.labels.parent.mkdir(parents=True, exist_ok=True)
        args.labels.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{len(rows)} label lines in {args.labels}")
    labels, known = load_labels(args.labels)
    res = {**score(items, labels, known), "seconds": timing}
    emit(res, args.out)


if __name__ == "__main__":
    main()
