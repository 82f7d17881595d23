"""Status findings between the events of two sources: one happening planned in one and done (or denied) in
the other.

Which events of two sources are one happening comes from the events layer's cross-document coreference when
the caller has it (``event_ids``: ``(document id, event id) -> story-wide id``, from
``newsprism.events.coref.cluster``); otherwise from a matcher that reads the stored events alone: the same
event type, a shared actor or target, and evidence sentences close in meaning (``event_min_sentence``).
A finding is made only where the two statuses differ, where the sources agree on a plan or a denial, or where
they agree that it happened at the same place or on the same day (a corroborated detail);
statuses of claims in the same sentences are compared by :mod:`newsprism.story.compare` already.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsprism.claims.slots import verb_key
from newsprism.model import Document, Event
from newsprism.story.compare import Finding, Side, Source, asks, months, settings, told_as_deed
from newsprism.story.flags import DOER_PRONOUNS
from newsprism.story.happening import p_same
from newsprism.story.sources import Vectors

# words between a pronoun subject and its verb ("he hasn't apologized", "she never took")
AUXILIARIES = frozenset("has have had did does do is was were will would could not never ever n't hasn't haven't "
                        "hadn't didn't doesn't don't isn't wasn't won't wouldn't".split())
GROUP = {"occurred": "done", "ongoing": "done", "planned": "planned", "denied": "denied", "hypothetical": None}


def _sentence_of(doc: Document, e: Event) -> tuple[int, int]:
    s = next((x for x in doc.sentences if x.start <= e.evidence.start < x.end), None)
    return (s.start, s.end) if s else (e.evidence.start, e.evidence.end)


def _names(src: Source, at: int) -> frozenset[str]:
    """The names of the source's sentence that holds character ``at``."""
    return next((s.names for s in src.sentences if s.start <= at < s.end), frozenset())


def _key(e: Event) -> str:
    words = e.trigger.split()
    return verb_key(words[-1].lower()) if words else ""


def event_findings(docs: Sequence[Document], sources: Mapping[int, Source], vectors: Vectors,
                   event_ids: Mapping[tuple[str, str], str] | None = None) -> list[Finding]:
    """Status findings between coreferent events of every pair of sources."""
    cfg = settings()
    idx = list(sources)
    spans = {i: [_sentence_of(docs[i], e) for e in docs[i].events] for i in idx}
    vectors.add([docs[i].text[a:b] for i in idx for a, b in spans[i]])
    out: list[Finding] = []
    for x, i in enumerate(idx):
        for j in idx[x + 1 :]:
            di, dj = docs[i], docs[j]
            best: dict[int, tuple[float, int]] = {}
            for a, ea in enumerate(di.events):
                for b, eb in enumerate(dj.events):
                    ga, gb = GROUP.get(ea.status), GROUP.get(eb.status)
                    if ga is None or gb is None:
                        continue
                    va = vectors.cache[di.text[spans[i][a][0] : spans[i][a][1]]]
                    vb = vectors.cache[dj.text[spans[j][b][0] : spans[j][b][1]]]
                    sim = float(va @ vb)
                    party = {ea.actor, ea.target} & {eb.actor, eb.target} - {None}
                    # one trigger word can name several happenings ("the deal", "talks"): the stored events
                    # must also agree on type or a party, in sentences close in meaning, even when the events
                    # layer's coreference put them in one cluster
                    same = (ea.type == eb.type or bool(party)) and sim >= cfg["event_min_sentence"]
                    if event_ids is not None:
                        same = same and event_ids.get((di.id, ea.id)) is not None and \
                            event_ids.get((di.id, ea.id)) == event_ids.get((dj.id, eb.id))
                    else:
                        same = same and ea.type == eb.type and bool(party)
                    if same:
                        # ... and the learned test must judge them one happening (the same trigger word, close
                        # sentences; a shared name alone is not enough)
                        p = p_same(_key(ea), _key(eb), sim, _names(sources[i], ea.evidence.start),
                                   _names(sources[j], eb.evidence.start))
                        same = p >= cfg["same_happening_min"]
                    if same and sim > best.get(a, (-1.0, -1))[0]:
                        best[a] = (sim, b)
            mutual: dict[int, tuple[float, int]] = {}  # each event of the second source pairs once, with its best
            for a, (sim, b) in best.items():
                if sim > mutual.get(b, (-1.0, -1))[0]:
                    mutual[b] = (sim, a)
            for b, (sim, a) in mutual.items():
                ea, eb = di.events[a], dj.events[b]
                ga, gb = GROUP[ea.status], GROUP[eb.status]
                shared = bool(ea.place and ea.place == eb.place) or bool(ea.date and ea.date == eb.date)
                if ga == gb and ga not in ("planned", "denied") and not shared:
                    continue  # both say it happened, with no place or date in common: nothing to corroborate
                if ga == gb and not agree_on_predicate(ea, eb):
                    continue  # an agreement names one predicate and its participants, not two happenings
                denial = "denied" in (ga, gb)
                if ga != gb and (own_denial(di.text, ea) or own_denial(dj.text, eb)):
                    continue  # a party's own denial relayed beside the claim: no conflict (flags.party_denial)
                deed = (di, ea, spans[i][a]) if ga == "done" else (dj, eb, spans[j][b]) if gb == "done" else None
                if ga != gb and deed is not None and not _told_as_deed(*deed):
                    continue  # the "done" event is told in the present ("is closing"): no deed against a plan
                kind = "consensus" if ga == gb else "status"
                feats = {"sentence": sim, "names": 1.0, "noun": 1.0, "denial": 1.0 if denial else 0.0,
                         "attributed": 1.0 if (ea.attributed_to or eb.attributed_to) else 0.0, "event": 1.0,
                         "same_p": p_same(_key(ea), _key(eb), sim, _names(sources[i], ea.evidence.start),
                                          _names(sources[j], eb.evidence.start))}
                detail = "denial" if denial else "plan" if ga != gb or ga == "planned" else "corroborated"
                out.append(Finding(kind=kind, slot="event", detail=detail, features=feats,  # type: ignore[arg-type]
                                   a=_side(di, i, ea, spans[i][a]), b=_side(dj, j, eb, spans[j][b])))
    return out


def _told_as_deed(doc: Document, e: Event, span: tuple[int, int]) -> bool:
    """Whether an event's trigger is told as a past happening (:func:`newsprism.story.compare.told_as_deed`)."""
    start, end = span
    return told_as_deed(doc.text[start:end], e.trigger_start - start, e.trigger_end - start, _key(e))


def own_denial(text: str, e: Event) -> bool:
    """Whether a denied event is its doer's own word, relayed by the outlet (:func:`newsprism.story.flags.
    party_denial` for the events' status flags): it is attributed to someone who is its actor ("Etheridge told
    reporters that he hasn't apologized": the actor is unresolved, but a personal pronoun right before the
    trigger, auxiliaries aside, is its doer, the one who speaks). ``text`` is the event's document's text."""
    if e.status != "denied" or not e.attributed_to:
        return False
    head = _named_head(e.actor)
    if head is not None:
        return head in e.attributed_to.replace("’", "'").lower()
    words = text[max(0, e.trigger_start - 60) : e.trigger_start].replace("’", "'").lower().split()
    while words and words[-1] in AUXILIARIES:
        words.pop()
    return bool(words) and words[-1] in DOER_PRONOUNS


def _named_head(actor: str | None) -> str | None:
    """The last word of an actor written as a name ("James Mattis" -> "mattis"); None for a common noun
    ("grand jury", "officials") or no actor."""
    words = (actor or "").replace("’", "'").split()
    if not words or not words[-1][:1].isupper():
        return None
    return words[-1].removesuffix("'s").lower()


def _dates_clash(a: str | None, b: str | None) -> bool:
    """Whether two ISO dates (or months, years) of events cannot be one day ("2018-01-01" and "2018-02")."""
    if not a or not b:
        return False
    return not (a.startswith(b) or b.startswith(a))


def agree_on_predicate(ea: Event, eb: Event) -> bool:
    """Whether two coreferent events can stand as one agreement: the same predicate ("resigned" and "withdrawn"
    are two happenings, whatever the coreference said), a participant (an actor or a target on either side: "the
    2016 election" named in passing in two sentences is no event either reports), no clash of named actors or
    targets ("Mattis will leave" and "Hagin will leave" are two departures, "meet with Sanders" and "meet with
    Clinton" two meetings), no clash of dates or named months ("will leave on January
    1" and "will leave at the end of February" do not agree), and not a question against a statement ("what do
    you think about X returning?" states nothing)."""
    if _key(ea) != _key(eb) or asks(ea.evidence.text or "") != asks(eb.evidence.text or ""):
        return False
    if not {ea.actor, ea.target, eb.actor, eb.target} - {None, ""}:
        return False
    if _dates_clash(ea.date, eb.date) or _months_clash(ea, eb):
        return False
    if _names_clash(ea.actor, eb.actor):
        return False
    # a clash of targets counts only when neither is among what the other's predicate takes: "met with Lieberman
    # and three others: McCabe, ..." and "met with McCabe, ..." are one meeting read with two first objects
    return not _names_clash(ea.target, eb.target) or _takes(ea, eb.target) or _takes(eb, ea.target)


def _takes(e: Event, name: str | None) -> bool:
    """Whether ``name`` (its last word) is written after the event's trigger in its evidence sentence."""
    head = _named_head(name)
    text = e.evidence.text or ""
    after = text[max(0, e.trigger_end - e.evidence.start) :] if e.evidence.start <= e.trigger_end else text
    return head is not None and head in after.replace("’", "'").lower()


def _names_clash(a: str | None, b: str | None) -> bool:
    """Whether two participants are named and are different people or bodies ("Sanders" / "Clinton")."""
    ha, hb = _named_head(a), _named_head(b)
    return ha is not None and hb is not None and ha != hb


def _months_clash(ea: Event, eb: Event) -> bool:
    """Whether the two evidence sentences name months and none in common ("on January 1" / "at the end of
    February", which the events layer may leave undated)."""
    ma, mb = months(ea.evidence.text or ""), months(eb.evidence.text or "")
    return bool(ma and mb) and not ma & mb


def _side(doc: Document, index: int, e: Event, sentence: tuple[int, int]) -> Side:
    return Side(source=index, sentence=-1, start=e.evidence.start, end=e.evidence.end,
                text=doc.text[e.evidence.start : e.evidence.end], value=e.status, status=e.status,
                attributed_to=e.attributed_to)
