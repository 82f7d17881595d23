"""Cut a document's article text into flat segments carrying the technique spans and evidence anchors that
cover them.

Spans may overlap in any way, so instead of nesting tags we cut each paragraph at every span boundary: each
segment knows every technique and every evidence span active over it. The template then renders one element
per segment, which keeps the markup valid and every piece of text escaped by the template engine.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newsprism.common.data_files import load_json
from newsprism.model import Document, TechniqueSpan


@dataclass(frozen=True)
class Evidence:
    """A character range another part of the report links to (a matrix cell, a timeline entry, an event or a
    claim of the per-source lists). ``group`` is the id of what links here (a flag's row), so that every
    side of one flag lights up together and the text offers a way back to it; ``underline`` marks flag
    evidence in the text (event and claim spans are only anchors, or the text would be all underline)."""

    start: int
    end: int
    anchor: str
    group: str = ""
    underline: bool = True


@dataclass
class Segment:
    text: str
    start: int
    techniques: list[TechniqueSpan] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)  # flags (row ids) whose evidence covers this segment
    underlined: bool = False
    backs: list[str] = field(default_factory=list)  # groups whose evidence starts here: "back to the flag" links

    @property
    def primary(self) -> TechniqueSpan | None:
        return max(self.techniques, key=lambda t: t.score) if self.techniques else None

    @property
    def css(self) -> str:
        t = self.primary
        classes = []
        if t is not None:
            classes += ["t", f"fam-{family_of(t.technique)}", f"v-{t.voice}"]
        if self.underlined:
            classes.append("ev")
        elif self.evidence:
            classes.append("ref")
        return " ".join(classes)

    @property
    def tip(self) -> str:
        return "\n\n".join(tip_line(t) for t in sorted(self.techniques, key=lambda t: -t.score))

    @property
    def technique_names(self) -> str:
        return " ".join(sorted({t.technique for t in self.techniques}))


@dataclass
class Block:
    kind: str  # title | meta | heading | body | cut (the text was too long to show whole)
    segments: list[Segment]


def palette() -> dict[str, Any]:
    data: dict[str, Any] = load_json("newsprism.report", "data/families.json")
    return data


@lru_cache(maxsize=256)
def family_of(technique: str) -> str:
    for key, fam in palette()["families"].items():
        if technique in fam["techniques"]:
            return key
    return "other"


def human(technique: str) -> str:
    """``Name_Calling-Labeling`` -> ``Name calling / labeling``."""
    return technique.replace("_", " ").replace("-", " / ").capitalize()


def tip_line(t: TechniqueSpan) -> str:
    voice = "author's own voice" if t.voice == "author" else "attributed (quoted or reported)"
    head = f"{human(t.technique)} · {t.score:.2f} · {voice}"
    return f"{head}\n{t.explanation}" if t.explanation else head


def _paragraph_ranges(doc: Document) -> list[tuple[str, int, int]]:
    """The article's display blocks: parsed paragraphs inside the body, else the body cut at newlines."""
    lo, hi = doc.body.start, doc.body.end
    paras: list[tuple[str, int, int]] = [(p.kind, p.start, p.end) for p in doc.paragraphs if p.start >= lo and p.end <= hi and p.end > p.start]
    if paras:
        return paras
    out = []
    pos = lo
    for line in doc.text[lo:hi].split("\n"):
        if line.strip():
            out.append(("body", pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _cut(text: str, ps: int, pe: int, techs: list[TechniqueSpan], evs: list[Evidence]) -> list[Segment]:
    """Cut ``text[ps:pe]`` at every span boundary. One sweep over the boundaries keeps the spans active at
    each point, so a long paragraph (a one-line article) with many spans costs O(boundaries + spans), not
    their product."""
    if not techs and not evs:
        return [Segment(text=text[ps:pe], start=ps)] if pe > ps else []
    opens: dict[int, list[TechniqueSpan | Evidence]] = {}
    closes: dict[int, list[TechniqueSpan | Evidence]] = {}
    spans: list[TechniqueSpan | Evidence] = [*techs, *evs]
    for sp in spans:
        a, b = max(ps, sp.start), min(pe, sp.end)
        if a < b:
            opens.setdefault(a, []).append(sp)
            closes.setdefault(b, []).append(sp)
    starting: dict[int, list[Evidence]] = {}
    for e in evs:
        starting.setdefault(e.start, []).append(e)
    cuts = sorted({ps, pe, *opens, *closes})
    active_t: dict[int, TechniqueSpan] = {}
    active_e: dict[int, Evidence] = {}
    segs: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        for sp in closes.get(a, ()):
            (active_e if isinstance(sp, Evidence) else active_t).pop(id(sp), None)
        for sp in opens.get(a, ()):
            if isinstance(sp, Evidence):
                active_e[id(sp)] = sp
            else:
                active_t[id(sp)] = sp
        seg = Segment(text=text[a:b], start=a, techniques=list(active_t.values()))
        if active_e:
            covering = list(active_e.values())
            seg.evidence = [e.anchor for e in covering]
            seg.underlined = any(e.underline for e in covering)
            seg.groups = sorted({e.group for e in covering if e.group})
        here = starting.get(a)
        if here:
            seg.anchors = [e.anchor for e in here]
            seg.backs = list(dict.fromkeys(e.group for e in here if e.group and e.underline))
        segs.append(seg)
    return segs


class _Index:
    """Spans sorted by start, so each paragraph finds its overlapping spans by bisection, not a full scan."""

    def __init__(self, items: list[Any]) -> None:
        self.items = sorted(items, key=lambda s: s.start)
        self.starts = [s.start for s in self.items]
        self.maxlen = max((s.end - s.start for s in self.items), default=0)

    def overlapping(self, ps: int, pe: int) -> list[Any]:
        i = bisect_left(self.starts, ps - self.maxlen)
        j = bisect_left(self.starts, pe)
        return [s for s in self.items[i:j] if s.end > ps and s.start < pe]


def blocks(doc: Document, evidence: Sequence[Evidence] = (), max_chars: int = 400_000) -> list[Block]:
    """The article split into display blocks of highlighted segments. Very long texts are cut at
    ``max_chars`` (the report says so) so that a browser can still open the file."""
    lo, hi = doc.body.start, doc.body.end
    techs = [t for t in doc.techniques if 0 <= t.start < t.end <= len(doc.text) and t.end > lo and t.start < hi]
    evs = [e for e in evidence if 0 <= e.start < e.end <= len(doc.text)]
    tindex, eindex = _Index(techs), _Index(evs)
    out: list[Block] = []
    for kind, ps, pe in _paragraph_ranges(doc):
        if ps - lo > max_chars:
            out.append(Block(kind="cut", segments=[Segment(
                text=f"[… the remaining {hi - ps:,} characters of this text are not shown in the report]",
                start=ps)]))
            break
        segs = _cut(doc.text, ps, pe, tindex.overlapping(ps, pe), eindex.overlapping(ps, pe))
        if segs:
            out.append(Block(kind=kind, segments=segs))
    # Evidence that starts before any displayed block (e.g. in the title) still needs its anchor.
    shown = {a for b in out for s in b.segments for a in s.anchors}
    missing = [e.anchor for e in evs if e.anchor not in shown]
    if missing and out:
        out[0].segments[0].anchors.extend(missing)
    return out
