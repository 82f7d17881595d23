"""A hand-built Analysis with every layer filled, from invented text; it loads no model.

Tests of the report and the web app use it so that they check the views, not the models, and it is a quick
preview: ``python -c "from newsprism.report.demo import demo_analysis; ..."``.
"""

from __future__ import annotations

from typing import Literal

from newsprism.ingest import parse_text_article
from newsprism.model import (
    Analysis,
    Argument,
    CivilitySummary,
    Claim,
    CommentEvidence,
    Discrepancy,
    DiscrepancyKind,
    Document,
    Event,
    EventStatus,
    Frame,
    Genre,
    LabelScore,
    NearDuplicateSignal,
    Quantity,
    Side,
    Slot,
    Span,
    StanceCounts,
    Story,
    TechniqueSpan,
    TechniqueSummary,
    Thread,
    TimelineEntry,
    ToxicComment,
)

WIRE = """Lantern Bay Council Approves New Ferry Line
Published
Lantern Bay – The council of Lantern Bay approved a new ferry line to Oster Island on May 5, 2026.
The council voted 9 to 2 after a debate of four hours. The ferry will carry 300 passengers a day.
Councillor Rhea Pask called the plan a "reckless gamble" with public money.
3 Comments
bay_walker
Finally a ferry, this is good news for the island.
Tom Lisk
What a waste. The council are fools.
gull_watch
What a waste. The council are fools!
"""

OPINION = """The Ferry Folly
Lantern Bay – Our council has once again betrayed every honest taxpayer in Lantern Bay.
The council voted 7 to 4 for a ferry that nobody asked for. Several hundred passengers a day, they promise.
Wake up, Lantern Bay! This disastrous scheme will bankrupt the town within a year.
"""

PAYLOAD_TEXT = """Harmless Looking Headline <script>window.__np_pwned = 1</script>
Lantern Bay – A reader wrote <img src=x onerror="window.__np_pwned = 2"> into the article body.
Another line holds <svg onload="window.__np_pwned = 3"></svg> and a "quoted" & ampersand.
1 Comments
<b onmouseover="window.__np_pwned=4">evil</b>
Comment text <script>window.__np_pwned = 5</script> with <iframe src="javascript:alert(1)"></iframe>
"""


def _span(doc: Document, phrase: str) -> tuple[int, int]:
    i = doc.text.index(phrase)
    return i, i + len(phrase)


def _tech(doc: Document, phrase: str, technique: str, score: float, voice: Literal["author", "attributed"],
          why: str) -> TechniqueSpan:
    s, e = _span(doc, phrase)
    return TechniqueSpan(technique=technique, start=s, end=e, text=phrase, score=score, voice=voice,
                         explanation=why)


def _side(doc: Document, phrase: str, value: str, quantity: Quantity | None = None) -> Side:
    s, e = _span(doc, phrase)
    return Side(document=doc.id, outlet=doc.outlet, text=phrase, start=s, end=e, value=value, quantity=quantity)


def _flag(kind: DiscrepancyKind, slot: Slot, topic: str, statement: str, sides: list[Side],
          explanation: str = "", confidence: float = 0.9) -> Discrepancy:
    return Discrepancy(kind=kind, slot=slot, topic=topic, statement=statement, explanation=explanation,
                       confidence=confidence, sides=sides)


def _event(doc: Document, phrase: str, etype: str, date: str | None, status: EventStatus = "occurred",
           n: int = 1) -> Event:
    s, e = _span(doc, phrase)
    trigger = phrase.split()[0]
    return Event(id=f"e{n}", type=etype, actor="Lantern Bay council", target="ferry line", date=date, status=status,
                 trigger=trigger, trigger_start=s, trigger_end=s + len(trigger),
                 evidence=Span(start=s, end=e, text=phrase))


def _scores(**scores: float) -> list[LabelScore]:
    return [LabelScore(label=k, score=v) for k, v in scores.items()]


def demo_documents() -> tuple[Document, Document]:
    wire = parse_text_article(WIRE, "lantern_wire.txt", doc_id="lantern-wire")
    wire.outlet = "Lantern Wire"
    opinion = parse_text_article(OPINION, "bay_voice.txt", doc_id="bay-voice")
    opinion.outlet = "The Bay Voice"
    wire.genre = Genre(label="reporting", scores=_scores(reporting=0.91, opinion=0.08, satire=0.01), confidence=0.91)
    opinion.genre = Genre(label="opinion", scores=_scores(reporting=0.12, opinion=0.86, satire=0.02), confidence=0.86)
    wire.frames = [Frame(label="Economic", score=0.62), Frame(label="Political", score=0.48)]
    opinion.frames = [Frame(label="Economic", score=0.81), Frame(label="Fairness_and_equality", score=0.44)]
    wire.techniques = [_tech(wire, "reckless gamble", "Loaded_Language", 0.83, "attributed",
                             "Emotive words quoted from a critic, not the wire's own voice.")]
    opinion.techniques = [
        _tech(opinion, "betrayed every honest taxpayer", "Loaded_Language", 0.91, "author",
              "'Betrayed' casts a vote as treachery."),
        _tech(opinion, "a ferry that nobody asked for", "Exaggeration-Minimisation", 0.64, "author",
              "'Nobody' overstates the lack of support."),
        _tech(opinion, "Wake up, Lantern Bay!", "Slogans", 0.77, "author", "A short rallying cry."),
        _tech(opinion, "This disastrous scheme will bankrupt the town within a year", "Appeal_to_Fear-Prejudice",
              0.72, "author", "Predicts ruin to make readers afraid."),
        _tech(opinion, "disastrous scheme", "Loaded_Language", 0.69, "author", "Emotive label for a plan."),
    ]
    for d in (wire, opinion):
        words = len(d.body_text.split())
        author = sum(t.voice == "author" for t in d.techniques)
        d.technique_summary = TechniqueSummary(author_per_1000_words=1000 * author / words,
                                               attributed_per_1000_words=1000 * (len(d.techniques) - author) / words)
    wire.events = [_event(wire, "approved a new ferry line to Oster Island on May 5, 2026", "approve", "2026-05-05")]
    opinion.events = [_event(opinion, "voted 7 to 4 for a ferry", "approve", "2026-05-05")]
    s, e = _span(wire, "300 passengers a day")
    wire.claims = [Claim(text="300 passengers a day", start=s, end=e, kind="count",
                         quantity=Quantity(text="300", value=300), evidence=Span(start=s, end=e))]
    s, e = _span(opinion, "Several hundred passengers a day")
    opinion.claims = [Claim(text="Several hundred passengers a day", start=s, end=e, kind="count",
                            quantity=Quantity(text="Several hundred", low=300, high=700, vague=True),
                            evidence=Span(start=s, end=e))]
    stances = [("favor", 0.8, 0.02, None), ("against", 0.9, 0.81, None), ("against", 0.88, 0.79, 1)]
    for c, (stance, sc, tox, dup) in zip(wire.comments, stances, strict=True):
        c.stance, c.stance_score, c.toxicity, c.toxic, c.duplicate_of = stance, sc, tox, tox > 0.5, dup  # type: ignore[assignment]
    ev = [CommentEvidence(comment=i, author=wire.comments[i].author, start=wire.comments[i].start,
                          end=wire.comments[i].end, text=wire.comments[i].text) for i in range(3)]
    wire.thread = Thread(
        stance_distribution=StanceCounts(favor=1, against=2),
        coordination=[NearDuplicateSignal(kind="near_duplicate", explanation="near-identical texts from different "
                                          "authors (Tom Lisk, gull_watch)", comments=[1, 2],
                                          authors=["Tom Lisk", "gull_watch"], similarity=0.97, evidence=ev[1:])],
        arguments=[Argument(id="against-1", stance="against", size=2, label="What a waste.", label_author="Tom Lisk",
                            label_span=ev[1].model_copy(update={"end": ev[1].start + 13, "text": "What a waste."}),
                            keyphrases="waste, fools", comments=[1, 2], mean_confidence=0.89)],
        civility=CivilitySummary(toxic_share=0.67, toxic_count=2, total=3,
                                 toxic_comments=[ToxicComment(**e.model_dump(), toxicity=t)
                                                 for e, t in ((ev[1], 0.81), (ev[2], 0.79))]))
    return wire, opinion


def demo_analysis() -> Analysis:
    wire, opinion = demo_documents()
    conflict = _flag("conflict", "count", "council vote",
                     "Lantern Wire and The Bay Voice disagree on the council vote: Lantern Wire says 9-2; "
                     "The Bay Voice says 7-4.",
                     [_side(wire, "voted 9 to 2", "9-2"), _side(opinion, "voted 7 to 4", "7-4")],
                     explanation="9 to 2 against 7 to 4", confidence=1.0)
    precision = _flag("precision", "count", "passengers per day",
                      "On passengers per day, The Bay Voice gives a vague figure ('Several hundred') where "
                      "Lantern Wire gives 300.",
                      [_side(wire, "300 passengers a day", "300", Quantity(text="300", value=300)),
                       _side(opinion, "Several hundred passengers a day", "300-700",
                             Quantity(text="Several hundred", low=300, high=700, vague=True))], confidence=0.8)
    consensus = _flag("consensus", "event", "ferry approved",
                      "Lantern Wire and The Bay Voice agree on ferry approved.",
                      [_side(wire, "approved a new ferry line", "approve"),
                       _side(opinion, "voted 7 to 4 for a ferry", "approve")], confidence=0.8)
    unique = _flag("unique", "duration", "debate length", "Only Lantern Wire reports debate length.",
                   [_side(wire, "a debate of four hours", "4 hours")], confidence=0.5)
    # A flag below the confidence threshold: shown behind "show more", never exported unreviewed.
    council = _flag("consensus", "named", "the council",
                    "Lantern Wire and The Bay Voice may both mean the Lantern Bay council.",
                    [_side(wire, "The council of Lantern Bay", "Lantern Bay council"),
                     _side(opinion, "Our council", "Lantern Bay council")], confidence=0.3)
    approved = [_side(d, phrase, "occurred") for d, phrase in
                ((wire, "approved a new ferry line to Oster Island on May 5, 2026"),
                 (opinion, "voted 7 to 4 for a ferry"))]
    story = Story(id="lantern-ferry", documents=[wire.id, opinion.id],
                  discrepancies=[conflict, precision, consensus, unique, council],
                  timeline=[TimelineEntry(date="2026-05-05", type="approve", trigger="approved",
                                          actor="Lantern Bay council", target="ferry line", status="occurred", text=approved[0].text,
                                          sources=approved)])
    return Analysis(documents=[wire, opinion], story=story)


def payload_document() -> Document:
    """An article whose text and comments hold script and event-handler payloads (must render as text)."""
    doc = parse_text_article(PAYLOAD_TEXT, "payload.txt", doc_id="payload")
    doc.outlet = '<img src=x onerror="window.__np_pwned=6">Evil Outlet'
    phrase = '<img src=x onerror="window.__np_pwned = 2">'
    s, e = _span(doc, phrase)
    doc.techniques = [TechniqueSpan(technique="Loaded_Language", start=s, end=e, text=phrase, score=0.5,
                                    explanation='"><script>window.__np_pwned=7</script>')]
    doc.frames = [Frame(label="<script>window.__np_pwned=8</script>", score=0.5)]
    return doc
