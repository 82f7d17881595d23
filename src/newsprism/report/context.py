"""The view model of a story: plain data built from an Analysis, shared by the offline report and the web
app so that both show the same thing. Every layer is optional; an empty layer gives an empty section."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from newsprism.events.shown import shown_by_default
from newsprism.model import Analysis, Document, Side
from newsprism.report import charts
from newsprism.report.details import SourceDetails, source_details
from newsprism.report.flags import flag_views, kind_label
from newsprism.report.highlight import Block, Evidence, blocks, family_of, human, palette
from newsprism.report.labels import event_label, language_note, source_label

# Replies deeper than this are drawn at this indentation (report.css has a class per level).
MAX_SHOWN_DEPTH = 4
STATES = ("agree", "conflict", "vague", "stated", "missing")
STATE_LABEL = {"agree": "agrees", "conflict": "conflicts", "vague": "vague", "stated": "states",
               "missing": "missing"}


@dataclass
class Source:
    idx: int
    doc: Document
    label: str
    words: int
    blocks: list[Block] = field(default_factory=list)
    details: SourceDetails = field(default_factory=SourceDetails)

    @property
    def anchor(self) -> str:
        return f"src-{self.idx}"

    @property
    def language_note(self) -> str:
        """Said wherever the source is shown when its language is one the models do not cover."""
        return "" if self.doc.language_supported else language_note(self.doc)


@dataclass
class Cell:
    state: str
    value: str = ""
    text: str = ""
    href: str = ""
    source: str = ""  # the column's source label (shown beside the cell when the table becomes cards)


@dataclass
class Row:
    kind: str
    topic: str
    explanation: str
    cells: list[Cell]
    anchor: str = ""  # id of the row, where the evidence in the texts links back to
    flag_id: str = ""
    statement: str = ""
    confidence: float | None = None
    confident: bool = True  # shown first; the others sit behind "show more"
    verdict: str | None = None  # a person's review: confirmed or rejected
    note: str = ""

    @property
    def label(self) -> str:
        return kind_label(self.kind)

    @property
    def disagreement(self) -> bool:
        """Drawn red (some cell "conflicts"): the header counts exactly these."""
        return any(c.state == "conflict" for c in self.cells)


@dataclass
class TimelineItem:
    date: str
    label: str
    type: str
    status: str
    text: str = ""
    sources: list[str] = field(default_factory=list)
    links: list[dict[str, str]] = field(default_factory=list)
    anchor: str = ""  # id of the entry, where its evidence in the texts links back to
    confidence: float | None = None  # the highest of its events' confidences; None when none gives one

    @property
    def confident(self) -> bool:
        """Shown first; entries under the events' bar (``newsprism.events.shown``) sit behind "show more", as the
        per-source events do."""
        return shown_by_default(self.confidence)


@dataclass
class StoryView:
    title: str
    sources: list[Source]
    rows: list[Row]
    timeline: list[TimelineItem]
    charts: dict[str, Markup]
    comments: list[dict[str, Any]]
    families: list[dict[str, str]]
    errors: list[dict[str, str]]
    counts: dict[str, int]
    notes: list[str] = field(default_factory=list)  # what holds for the whole analysis (language, skipped layers)

    @property
    def main_rows(self) -> list[Row]:
        return [r for r in self.rows if r.confident]

    @property
    def more_rows(self) -> list[Row]:
        return [r for r in self.rows if not r.confident]

    @property
    def shown_timeline(self) -> list[TimelineItem]:
        return [t for t in self.timeline if t.confident]

    @property
    def more_timeline(self) -> list[TimelineItem]:
        return [t for t in self.timeline if not t.confident]


def _label(doc: Document, idx: int, taken: set[str]) -> str:
    base = source_label(doc, idx)
    label, n = base, 2
    while label in taken:
        label, n = f"{base} ({n})", n + 1
    taken.add(label)
    return label


def _find(doc: Document, side: Side) -> tuple[int, int] | None:
    """The evidence range of one side: its offsets when they check out, else its text found in the document."""
    if 0 <= side.start < side.end <= len(doc.text):
        return side.start, side.end
    if side.text:
        i = doc.text.find(side.text)
        if i >= 0:
            return i, i + len(side.text)
    return None


def _is_vague(doc: Document, side: Side, rng: tuple[int, int] | None) -> bool:
    if side.quantity is not None:
        return side.quantity.vague
    if rng:
        for c in doc.claims:
            if c.quantity and c.quantity.vague and c.start < rng[1] and c.end > rng[0]:
                return True
    return False


def _state(kind: str, vague: bool) -> str:
    if kind == "consensus":
        return "agree"
    if kind in ("conflict", "status"):
        return "conflict"
    if kind == "precision":
        return "vague" if vague else "stated"
    return "stated"


# The order of rows in the claims matrix: what readers most need to check first.
def _matrix(analysis: Analysis, sources: list[Source], evidence: dict[int, list[Evidence]]) -> list[Row]:
    """One row per flag, in the order people read them (confident flags first: see ``report.flags``); each
    side's evidence is anchored in its source's text and links back to the row."""
    by_id = {s.doc.id: s for s in sources}
    flags = {d.id: d for d in analysis.story.discrepancies}
    rows: list[Row] = []
    for view in flag_views(analysis, {s.doc.id: s.label for s in sources}):
        d = flags[view.id]
        row_id = view.anchor
        cells: dict[int, list[Cell]] = {}
        for k, side in enumerate(d.sides):
            src = by_id.get(side.document)
            if src is None:
                continue
            rng = _find(src.doc, side)
            href = ""
            if rng:
                anchor = f"ev-{src.idx}-{view.id}-{k}"
                evidence.setdefault(src.idx, []).append(Evidence(rng[0], rng[1], anchor, group=row_id))
                href = "#" + anchor
            text = src.doc.text[rng[0]:rng[1]] if rng else side.text
            cells.setdefault(src.idx, []).append(
                Cell(state=_state(d.kind, _is_vague(src.doc, side, rng)), value=side.value, text=text, href=href,
                     source=src.label))
        row = []
        for s in sources:
            got = cells.get(s.idx)
            if not got:
                row.append(Cell(state="missing", source=s.label))
            elif len(got) == 1:
                row.append(got[0])
            else:  # one source on both sides: show the strongest state, keep every value
                best = min(got, key=lambda c: STATES.index(c.state))
                row.append(Cell(state=best.state, value=" / ".join(c.value for c in got if c.value),
                                text=" … ".join(c.text for c in got), href=best.href, source=s.label))
        rows.append(Row(kind=d.kind, topic=d.topic, explanation=d.explanation, cells=row, anchor=row_id,
                        flag_id=view.id, statement=view.statement, confidence=view.confidence,
                        confident=view.confident, verdict=view.verdict, note=view.note))
    return rows


def _timeline(analysis: Analysis, sources: list[Source], evidence: dict[int, list[Evidence]]) -> list[TimelineItem]:
    by_id = {s.doc.id: s for s in sources}
    items: list[TimelineItem] = []
    if analysis.story.timeline:
        for n, t in enumerate(analysis.story.timeline):
            label = event_label(t.trigger, t.actor, t.target)
            item = TimelineItem(date=t.date, label=label, type=t.type, status=t.status,
                                text=t.text if label != t.text else "", anchor=f"tl-{n}", confidence=t.confidence)
            for k, side in enumerate(t.sources):
                src = by_id.get(side.document)
                name = src.label if src else side.document
                if name not in item.sources:
                    item.sources.append(name)
                rng = _find(src.doc, side) if src else None
                if src and rng:
                    anchor = f"tl-{src.idx}-{n}-{k}"
                    evidence.setdefault(src.idx, []).append(Evidence(rng[0], rng[1], anchor, group=item.anchor))
                    item.links.append({"href": "#" + anchor, "source": name})
            items.append(item)
    else:
        # No merged timeline: list each source's dated events, merging identical (date, type, actor, target).
        merged: dict[tuple[str, str, str | None, str | None, str], TimelineItem] = {}
        for s in sources:
            for k, e in enumerate(s.doc.events):
                if not e.date:
                    continue
                key = (e.date, e.type, e.actor, e.target, e.status)
                item = merged.setdefault(key, TimelineItem(date=e.date, type=e.type, status=e.status,
                                                           label=event_label(e.trigger, e.actor, e.target),
                                                           anchor=f"tl-m{len(merged)}"))
                if e.confidence is not None:
                    item.confidence = max(item.confidence or 0.0, e.confidence)
                if s.label not in item.sources:
                    item.sources.append(s.label)
                ev = e.evidence
                if 0 <= ev.start < ev.end <= len(s.doc.text):
                    anchor = f"tl-{s.idx}-{k}"
                    evidence.setdefault(s.idx, []).append(Evidence(ev.start, ev.end, anchor, group=item.anchor))
                    item.links.append({"href": "#" + anchor, "source": s.label})
        items = list(merged.values())
    return sorted(items, key=lambda i: (i.date == "", i.date))


def _technique_chart(sources: list[Source]) -> Markup:
    fams = palette()["families"]
    rows = []
    for voice in ("author", "attributed"):
        for s in sources:
            ts = [t for t in s.doc.techniques if t.voice == voice]
            if voice == "attributed" and not ts:
                continue
            per = 1000.0 / max(s.words, 1)
            count = Counter(family_of(t.technique) for t in ts)
            names = Counter(t.technique for t in ts)
            parts = []
            for key, fam in fams.items():
                if count.get(key):
                    detail = ", ".join(f"{human(n)} ×{c}" for n, c in names.most_common()
                                       if family_of(n) == key)
                    parts.append(charts.Part(fam["label"], count[key] * per, fam["color"],
                                             f"{fam['label']}: {count[key]} ({detail})"))
            rows.append((s.label + ("" if voice == "author" else " (quoted)"), parts))
    legend = [(f["label"], f["color"]) for k, f in fams.items() if k != "other"]
    return charts.stacked_bars(rows, title="Techniques per 1,000 words, by family (author voice; quoted below)",
                               legend=legend)


def _frames_chart(sources: list[Source]) -> Markup:
    labels: list[str] = []
    for s in sources:
        for f in s.doc.frames:
            if f.label not in labels:
                labels.append(f.label)
    if not labels:
        return Markup("")
    values = [[next((f.score for f in s.doc.frames if f.label == lab), None) for lab in labels] for s in sources]
    return charts.heatmap([s.label for s in sources], labels, values, title="Frames per source (score)")


def _stance_chart(sources: list[Source]) -> Markup:
    cols = palette()["stance_colors"]
    rows = []
    for s in sources:
        if not s.doc.comments:
            continue
        dist: Counter[str] = Counter(c.stance or "unknown" for c in s.doc.comments)
        if s.doc.thread and s.doc.thread.stance_distribution and not any(c.stance for c in s.doc.comments):
            dist = Counter(s.doc.thread.stance_distribution.model_dump())
        rows.append((s.label, [charts.Part(k, float(dist.get(k, 0)), cols[k]) for k in cols]))
    if not any(p.value for _, parts in rows for p in parts if p.key != "unknown"):
        return Markup("")
    return charts.stacked_bars(rows, title="Comment stance (count of comments)", legend=list(cols.items()))


def _thread_summary(s: Source) -> dict[str, Any]:
    """Arguments and civility of a thread; text only."""
    t = s.doc.thread
    if t is None:
        return {"arguments": [], "civility": []}
    args = [{"label": a.label, "author": a.label_author, "stance": a.stance, "n": a.size}
            for a in t.arguments[:12] if a.label]
    c = t.civility
    civility = [("toxic_share", f"{c.toxic_share:.2f}"), ("toxic_count", str(c.toxic_count)), ("total", str(c.total))]
    return {"arguments": args, "civility": civility if c.total else []}


def _comments(sources: list[Source]) -> list[dict[str, Any]]:
    out = []
    for s in sources:
        if not s.doc.comments:
            continue
        items = []
        for i, c in enumerate(s.doc.comments):
            dup = c.duplicate_of
            dup_author = s.doc.comments[dup].author if dup is not None and 0 <= dup < len(s.doc.comments) else ""
            parent = c.parent if c.parent is not None and 0 <= c.parent < len(s.doc.comments) else None
            items.append({"n": i, "c": c, "dup_author": dup_author, "anchor": f"c-{s.idx}-{i}",
                          "parent": parent, "parent_author": s.doc.comments[parent].author if parent is not None else "",
                          "depth": min(c.depth, MAX_SHOWN_DEPTH)})
        out.append({"source": s, "entries": items, "thread": s.doc.thread, **_thread_summary(s)})
    return out


def build_view(analysis: Analysis, *, max_chars: int = 400_000) -> StoryView:
    taken: set[str] = set()
    sources = [Source(idx=i, doc=d, label=_label(d, i, taken), words=len(d.body_text.split()))
               for i, d in enumerate(analysis.documents)]
    evidence: dict[int, list[Evidence]] = {}
    rows = _matrix(analysis, sources, evidence)
    timeline = _timeline(analysis, sources, evidence)
    for s in sources:
        s.details = source_details(s.doc, s.idx, evidence.setdefault(s.idx, []))
        s.blocks = blocks(s.doc, evidence.get(s.idx, []), max_chars=max_chars)
    fams = [{"key": k, "label": f["label"], "color": f["color"]} for k, f in palette()["families"].items()]
    title = (sources[0].doc.title or sources[0].label) if len(sources) == 1 else (
        f"{len(sources)} sources" + (f": {sources[0].doc.title}" if sources and sources[0].doc.title else ""))
    shown = [r for r in rows if r.confident]
    counts = Counter(r.kind for r in shown)
    counts["disagreements"] = sum(r.disagreement for r in shown)
    counts["more"] = len(rows) - len(shown)
    return StoryView(
        title=title if sources else "No documents", sources=sources, rows=rows, timeline=timeline,
        charts={"techniques": _technique_chart(sources), "frames": _frames_chart(sources),
                "stance": _stance_chart(sources)},
        comments=_comments(sources), families=fams,
        errors=[{"input": e.input, "reason": e.reason, "kind": e.kind} for e in analysis.errors],
        counts={"techniques": sum(len(s.doc.techniques) for s in sources),
                "comments": sum(len(s.doc.comments) for s in sources), **counts})
