"""Reading saved JSON of an earlier contract version: ``newsprism.analysis/1`` is upgraded to /2, anything else
is refused with a :class:`~newsprism.errors.SchemaError` naming the input.

What /2 changed: typed notes replace ``warnings`` strings; genre and paragraph scores are lists; events have ids
and trigger offsets; the thread's arguments, coordination signals and civility are typed; every flag sits once in
``story.discrepancies`` (no ``consensus``/``unique`` copies) with an id, slot, statement and confidence; timeline
sources are sides; profiles are a list. A /1 flag had no slot, statement or calibrated confidence: the upgrade
fills the slot from the topic's wording, the statement from the explanation, and the confidence from the /1
score (0.5 when it had none).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from newsprism.errors import SchemaError
from newsprism.model.analysis import SCHEMA_ID, Analysis
from newsprism.model.document import Document
from newsprism.model.story import Story

SCHEMA_V1 = "newsprism.analysis/1"
READABLE = (SCHEMA_ID, SCHEMA_V1)

Raw = dict[str, Any]

# /1 warning strings -> (component, kind) of the /2 note; the first pattern that matches wins.
_V1_NOTES: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(r"max_chars"), "ingest", "truncated"),
    (re.compile(r"max_comments"), "ingest", "capped"),
    (re.compile(r"max_seconds_per_doc"), "pipeline", "skipped"),
    (re.compile(r"^near-duplicate of"), "batch", "duplicate"),
    (re.compile(r"unknown record fields"), "ingest", "ignored"),
    (re.compile(r"declares \d+ comments"), "ingest", "inconsistent"),
    (re.compile(r"dropped"), "ingest", "dropped"),
]
_COMPONENT_ERROR = re.compile(r"^component-error: (?P<component>[\w.-]+) failed: (?P<message>.*)$", re.S)


def _note(warning: str) -> Raw:
    m = _COMPONENT_ERROR.match(warning)
    if m:
        return {"component": m["component"], "kind": "error", "message": m["message"]}
    for pattern, component, kind in _V1_NOTES:
        if pattern.search(warning):
            return {"component": component, "kind": kind, "message": warning}
    return {"component": "unknown", "kind": "other", "message": warning}


def _scores(scores: Any) -> list[Raw]:
    if isinstance(scores, dict):
        return [{"label": k, "score": v} for k, v in scores.items()]
    return list(scores or [])


def _event(text: str, ev: Raw, k: int) -> Raw:
    evidence = ev.get("evidence") or {}
    trigger = str(ev.get("trigger") or "")
    s, e = int(evidence.get("start", 0)), int(evidence.get("end", 0))
    at = text.find(trigger, s, e) if trigger else -1
    if at < 0 and trigger:
        at = text.find(trigger)
    if at < 0:  # no trigger in the text: the evidence stands for it
        trigger, at = text[s:e], s
    return {**ev, "id": ev.get("id") or f"e{k}", "trigger": trigger, "trigger_start": at,
            "trigger_end": at + len(trigger)}


def _thread(t: Raw) -> Raw:
    out: Raw = {"stance_distribution": dict(t.get("stance_distribution") or {})}
    args, seen = [], {"favor": 0, "against": 0}
    for a in t.get("arguments") or []:
        stance = a.get("stance")
        if stance not in seen or not a.get("comments"):
            continue
        seen[stance] += 1
        rep = a.get("representative") or {}
        span = {k: rep[k] for k in ("comment", "author", "start", "end", "text") if k in rep}
        args.append({"id": f"{stance}-{seen[stance]}", "stance": stance, "size": a.get("size", len(a["comments"])),
                     "label": span.get("text", a.get("label", "")), "label_author": span.get("author", ""),
                     "label_span": span, "keyphrases": a.get("label", ""), "comments": a["comments"],
                     "mean_confidence": a.get("mean_confidence", 0.0)})
    out["arguments"] = args
    signals = []
    for s in t.get("coordination") or []:
        sig = dict(s)
        evidence = [x for x in sig.get("evidence") or [] if not x.get("article")]
        article = [x for x in sig.get("evidence") or [] if x.get("article")]
        sig["evidence"] = evidence
        if article:
            sig["article"] = {k: article[0][k] for k in ("start", "end", "text") if k in article[0]}
        signals.append(sig)
    out["coordination"] = signals
    out["civility"] = dict(t.get("civility") or {})
    return out


def upgrade_document(d: Raw) -> Raw:
    """A /1 Document dict as a /2 Document dict (not validated)."""
    d = dict(d)
    text = str(d.get("text", ""))
    d["notes"] = [_note(str(w)) for w in d.pop("warnings", None) or []]
    if d.get("genre"):
        g = dict(d["genre"])
        scores = g.get("scores") or {}
        g["confidence"] = scores.get(g.get("label")) if isinstance(scores, dict) else None
        g["scores"] = _scores(scores)
        d["genre"] = g
    d["paragraph_techniques"] = [{**p, "scores": _scores(p.get("scores"))} for p in d.get("paragraph_techniques") or []]
    if d.get("technique_summary"):
        ts = dict(d["technique_summary"])
        ts["top"] = [{"technique": t, "count": n} for t, n in ts.get("top") or []]
        d["technique_summary"] = ts
    d["events"] = [_event(text, ev, k) for k, ev in enumerate(d.get("events") or [], start=1)]
    if d.get("thread"):
        d["thread"] = _thread(d["thread"])
    return d


def _slot(kind: str, topic: str) -> str:
    if kind == "status":
        return "status"
    for prefix, slot in (("number of", "count"), ("date", "date"), ("role of", "role")):
        if topic.startswith(prefix):
            return slot
    return "ordinal" if " since " in topic else "fact"


def _side(s: Raw, docs: Mapping[str, Raw]) -> Raw:
    doc = docs.get(str(s.get("document")), {})
    start, end = int(s.get("start") or 0), int(s.get("end") or 0)
    text = s.get("text") or str(doc.get("text", ""))[start:end]
    value = s.get("value")
    return {"document": str(s.get("document")), "outlet": doc.get("outlet"), "start": start, "end": end,
            "text": text, "value": "" if value is None else str(value),
            **({"status": s["status"]} if s.get("status") else {})}


def _flag(x: Raw, docs: Mapping[str, Raw]) -> Raw:
    sides = [_side(s, docs) for s in x.get("sides") or []]
    names = list(dict.fromkeys((s["outlet"] or s["document"]) for s in sides))
    score = x.get("score")
    return {"kind": x["kind"], "slot": _slot(x["kind"], str(x.get("topic", ""))), "topic": x.get("topic", ""),
            "statement": f"{' and '.join(names)}: {x.get('explanation') or x.get('topic', '')}",
            "explanation": x.get("explanation", ""), "confidence": 0.5 if score is None else score, "sides": sides}


def upgrade_story(s: Raw, docs: Mapping[str, Raw]) -> Raw:
    """A /1 Story dict as a /2 Story dict; ``docs`` (id -> Document dict) give side texts and outlets."""
    s = dict(s)
    flags, seen = [], set()
    for x in [*(s.pop("discrepancies", None) or []), *(s.pop("consensus", None) or []),
              *(s.pop("unique", None) or [])]:
        key = (x.get("kind"), x.get("topic"), tuple((d.get("document"), d.get("start"), d.get("text"))
                                                    for d in x.get("sides") or []))
        if key not in seen:
            seen.add(key)
            flags.append(_flag(x, docs))
    s["discrepancies"] = flags
    timeline = []
    for t in s.get("timeline") or []:
        refs = t.get("sources") or t.get("documents") or ([t["document"]] if t.get("document") else [])
        sides = [_side(r if isinstance(r, dict) else {"document": r}, docs) for r in refs]
        timeline.append({k: t[k] for k in ("date", "type", "cameo_root", "actor", "target", "place") if k in t}
                        | {"status": t.get("status") or "occurred", "text": t.get("text") or t.get("label") or "",
                           "sources": sides})
    s["timeline"] = timeline
    profiles = s.get("profiles") or {}
    if isinstance(profiles, dict):
        s["profiles"] = [{**p, "document": doc_id, "headline_stance_of_others": [
            {"document": other, **v} for other, v in (p.get("headline_stance_of_others") or {}).items()]}
            for doc_id, p in profiles.items()]
    return s


def _refuse(source: str, version: object) -> SchemaError:
    return SchemaError(f"unknown schema {version!r}; this newsprism reads {' and '.join(READABLE)}", input=source)


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    return f"{'.'.join(str(x) for x in err['loc'])}: {err['msg']}"


def load_analysis(data: Any, source: str) -> Analysis:
    """An Analysis from saved JSON (``newsprism analyze`` output): /2 as it is, /1 upgraded, else SchemaError."""
    if not isinstance(data, dict) or not str(data.get("schema", "")).startswith("newsprism.analysis/"):
        raise SchemaError("not a newsprism analysis (no 'schema': 'newsprism.analysis/N' field)", input=source)
    version = data["schema"]
    if version not in READABLE:
        raise _refuse(source, version)
    try:
        if version == SCHEMA_V1:
            docs = [upgrade_document(d) for d in data.get("documents") or []]
            by_id = {str(d.get("id")): d for d in docs}
            data = {**data, "schema": SCHEMA_ID, "documents": docs,
                    "story": upgrade_story(data.get("story") or {}, by_id)}
        return Analysis.model_validate(data)
    except (ValidationError, KeyError, TypeError, ValueError) as exc:
        why = _first_error(exc) if isinstance(exc, ValidationError) else f"{type(exc).__name__}: {exc}"
        raise SchemaError(f"invalid {version} analysis ({why})", input=source) from exc


def load_document(data: Raw, version: str, source: str) -> Document:
    """A Document stored under contract ``version`` (the store's and the JSONL sink's rows)."""
    if version not in READABLE:
        raise _refuse(source, version)
    try:
        return Document.model_validate(upgrade_document(data) if version == SCHEMA_V1 else data)
    except (ValidationError, KeyError, TypeError, ValueError) as exc:
        why = _first_error(exc) if isinstance(exc, ValidationError) else f"{type(exc).__name__}: {exc}"
        raise SchemaError(f"invalid {version} document ({why})", input=source) from exc


def load_story(data: Raw, version: str, source: str, docs: Mapping[str, Raw]) -> Story:
    """A Story stored under contract ``version``; ``docs`` (id -> /2 Document dict) fill /1 side texts."""
    if version not in READABLE:
        raise _refuse(source, version)
    try:
        return Story.model_validate(upgrade_story(data, docs) if version == SCHEMA_V1 else data)
    except (ValidationError, KeyError, TypeError, ValueError) as exc:
        why = _first_error(exc) if isinstance(exc, ValidationError) else f"{type(exc).__name__}: {exc}"
        raise SchemaError(f"invalid {version} story ({why})", input=source) from exc
