"""One event per happening, across the coreference groups of one document: statements and repeated predicates.

The coreference pair model (``newsprism.events.coref``) joins the mentions it is sure of; two kinds of repeats it
leaves apart in long articles are folded here, after the events are built and ranked, the later (less confident)
event becoming mentions of the earlier one, whose fields stay as they are:

- **One statement told in parts.** A report tells a statement as a string of speech acts ("Kell criticized the
  plan ... Kell warned that ... Kell urged the council to ..."): each is a predicate with a participant, but
  together they are one happening, the speaker's statement (the audit's label guide: "parts of one speaker's
  statement" are one event). Reporting verbs ("said", "told") already make no event (they give
  ``attributed_to``); here the other speech acts (``speech_act_types`` in ``data/event_filters.json``:
  statements, requests, demands, disapproval, accusations, threats, praise, and the speech verbs; not the deeds
  among their triggers, ``material_speech_lemmas``) by the same named speaker, with the same status and no other
  date, are one event, whatever their targets.
- **One predicate repeated.** The same trigger lemma with the same named actor, the same status, no
  other date and no other target ("Trump should cancel the summit" ... "calls for Trump to cancel"): on ECB+
  train, within-document pairs of gold mentions with the same lemma and a shared named agent and no patient clash
  are coreferent in 25 of 27 (``training/within_doc_repeats.py``), far above the pair model's 0.5 stopping
  threshold. (ECB+ has too few speech acts to test the statement rule: 2 pairs, both told apart there.)

Different speakers or actors, a planned against a done act, a date or (for a repeated predicate) a target that the
earlier event does not have, stay apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprism.model import Event, EventMention

Key = tuple[str, ...]


def speech_act(lemma: str) -> bool:
    """Whether a trigger lemma names a speech act itself: a verb or event noun of a speech-act type, or a speech
    verb ("warned", "complaint"); not a support verb of another's speech ("drew criticism", "issued a statement":
    the doer of "drew" is the one criticized)."""
    from newsprism.events.group import filters
    from newsprism.events.lexicon import load_lexicon

    f = filters()
    lex = load_lexicon()
    if lemma in f["material_speech_lemmas"]:
        return False
    kinds = set(lex.verbs.get(lemma, [])) | set(lex.nouns.get(lemma, []))
    return bool(kinds & f["speech_act_types"]) or lemma in lex.speech_verbs


def repeat_keys(lemma: str, actor_key: str | None) -> list[Key]:
    """The keys under which an event may repeat an earlier one: its lemma and actor, and, for a speech act, its
    speaker's statement. Only a named actor ("ent:") is one speaker: "another top Republican" is not "every
    Republican on the committee"."""
    if not actor_key or not actor_key.startswith("ent:"):
        return []
    keys: list[Key] = [("lemma", lemma, actor_key)]
    if speech_act(lemma):
        keys.append(("statement", actor_key))
    return keys


def _compatible(kept: Event, e: Event, kind: str, kept_times: frozenset[str], times: frozenset[str]) -> bool:
    """Whether ``e`` may fold into ``kept``: the same status, and nothing ``e`` says is lost or contradicted: its
    date is none or the kept event's, the time expressions of its sentence are in the kept event's sentence too
    ("in Jakarta last year, Obama remarked" is not "Obama urged lawmakers ... Wednesday"), and, for a repeated
    predicate, its target is none or the kept event's."""
    if kept.status != e.status or e.date not in (None, kept.date) or not times <= kept_times:
        return False
    return kind == "statement" or e.target in (None, kept.target)


def sentence_times(doc, e: Event, others: Sequence[Event] = ()) -> frozenset[str]:
    """The time expressions of the event's sentence (``Document.dates``, resolved value or words; not durations),
    less those another event of that sentence states as its own date ("Kim has gained weight since coming to power
    after his father died of a heart attack in 2011": 2011 is the attack's, not the gain's; round 12, r11)."""
    ev = e.evidence
    theirs = {o.date for o in others if o is not e and o.date and o.date != e.date
              and o.evidence.start == ev.start}
    return frozenset(t for d in doc.dates if ev.start <= d.start < ev.end and d.granularity != "duration"
                     for t in [d.iso or d.text.lower()] if t not in theirs)


def name_words(key: str) -> frozenset[str]:
    """The words of a named participant key ("ent:Kim Jong-un": kim, jong, un)."""
    return frozenset(w for w in re.split(r"[\s\-\u2010\u2011]+", key[4:].lower()) if w)


def short_names(keys: Sequence[str | None]) -> dict[str, str]:
    """Named actor keys of one document that are a short form of exactly one longer named key of it ("Kim" of
    "Kim Jong-un", "Paan" of "Xue Paan"): short key -> that longer key. The entity layer keeps them apart when
    they are not written in one chain; a short form that fits two names ("Bush": George and Jeb) stays apart."""
    named = sorted({k for k in keys if k and k.startswith("ent:")})
    out: dict[str, str] = {}
    for k in named:
        mine = name_words(k)
        longer = [o for o in named if o != k and mine < name_words(o)]
        if mine and len(longer) == 1:
            out[k] = longer[0]
    return out


def one_happening(events: Sequence[Event], keys: Sequence[list[Key]],
                  times: Sequence[frozenset[str]] | None = None) -> list[Event]:
    """The events with each repeat folded into the most confident event it repeats.

    ``events`` are ranked, most confident first; ``keys[i]`` are event ``i``'s ``repeat_keys``, ``times[i]`` the
    time expressions of its sentence (resolved values; none when not given). The kept event's fields are
    unchanged; the folded event's trigger and mentions become its mentions."""
    when = {id(e): t for e, t in zip(events, times or [frozenset()] * len(events), strict=True)}
    kept: list[Event] = []
    first: dict[Key, list[Event]] = {}
    for e, ks in zip(events, keys, strict=True):
        host = next((k for key in ks for k in first.get(key, [])
                     if _compatible(k, e, key[0], when[id(k)], when[id(e)])), None)
        if host is None:
            kept.append(e)
            for key in ks:
                first.setdefault(key, []).append(e)
            continue
        for key in ks:  # what it repeats, the event it joined repeats too
            if host not in first.setdefault(key, []):
                first[key].append(host)
        extra = [EventMention(start=e.trigger_start, end=e.trigger_end, text=e.trigger), *e.mentions]
        have = {(m.start, m.end) for m in host.mentions} | {(host.trigger_start, host.trigger_end)}
        host.mentions = sorted([*host.mentions, *(m for m in extra if (m.start, m.end) not in have)],
                               key=lambda m: m.start)
    return kept
