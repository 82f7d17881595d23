"""Whose figure it is, read from the parse of its sentence: the owner of the counted or measured thing.

A figure counts or measures something of someone: English names that owner in the thing's own phrase (a possessor,
"the observatory's 120 employees"; an of-phrase, "a five-day closure of the channel"; a name before it), as the
subject of the figure's clause ("The observatory has 85 employees", "Police removed 12 protesters", "The channel
was closed for two days"), as the agent of a passive ("19 protesters were carried away by police") or, when the
counted thing is itself the subject of a clause of being somewhere, as that place ("Some 2,100 people work at the
plant"). Two figures read with the same owner, on both sides, are figures of one owner; two owners' figures (one
club's tickets and the other's, a city's buses and the suburban network's, one terminal's cranes and the older north
terminal's) are two facts whatever their places in the reports. Only
:func:`newsprism.story.confidence.one_fact_figure` and ``one_fact_measure`` read the feature (``same_owner``), in
place of the depth test. Cue words are in ``story/data/compare.json`` (``figure_owner``; TUNING.md). Round 45 (issue
11). Round 46: two owners of one noun whose modifiers differ only by words one report drops are one owner when the
story names no other thing of that noun (:func:`one_of_its_kind`: "the health ministry" / "the ministry" in a story
of one ministry; "the terminal" / "the older north terminal" stay two).
"""

from __future__ import annotations

from typing import Any

from newsprism.claims.typed import LIGHT_VERBS
from newsprism.events.coref import REPORTING
from newsprism.events.lexicon import noun_base
from newsprism.lexicon import same_act_verb
from newsprism.story.compare import Finding, Source, followed_by, noun_match, parsed_sentence, settings
from newsprism.story.groups import (
    _in_sentence,
    _modified,
    figure_in_parse,
    group_token,
    same_group,
)

__all__ = ["one_act", "one_of_its_kind", "read_doer", "read_owner", "same_owner"]

# (the owner's key, the words that modify it): ("terminal", ("north",)), or None when no owner is read
Owner = tuple[str, tuple[str, ...]] | None


def _rule() -> dict[str, Any]:
    rule: dict[str, Any] = settings()["figure_owner"]
    return rule


def _numbered(tok: Any) -> bool:
    return bool(tok.like_num) or any(k.like_num or k.pos_ == "NUM" for k in tok.children)


def _owner_of(tok: Any) -> Owner:
    """A noun or name as an owner: its key (a name with its compounded names, else the noun's base) and the words
    that modify it (``figure_owner.modifier_deps``: "the older north terminal": ("north", "older")); a pronoun
    or anything else is no owner read (a relative pronoun stands for the noun its clause hangs on)."""
    rule = _rule()
    if tok.pos_ == "PRON" and tok.head.dep_ == "relcl" and str(tok.text).lower() in rule["relative_pronouns"]:
        tok = tok.head.head
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    mods = [k for k in tok.lefts if k.dep_ in rule["modifier_deps"] and k.pos_ in ("NOUN", "PROPN", "ADJ")
            and not _numbered(k)]  # "a seven-year deal": the figure's own unit is no owner's word
    # "the ministry of health" is "the health ministry": a common noun of-phrase modifies the owner as a compound does
    mods += [o for k in tok.children if k.dep_ == "prep" and str(k.text).lower() in rule["of_prepositions"]
             for o in k.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and not _numbered(o)]
    if tok.pos_ == "PROPN":
        run = [k for k in mods if k.pos_ == "PROPN"] + [tok]
        key = " ".join(str(k.text).lower().removesuffix("'s").removesuffix("’s") for k in run)
        mods = [k for k in mods if k.pos_ != "PROPN"]
    else:
        key = noun_base(str(tok.text).lower().removesuffix("'s").removesuffix("’s"))
    return key, tuple(sorted(noun_base(str(k.text).lower()) for k in mods))


def _own_phrase(noun: Any, figure: set[int]) -> Owner:
    """The owner the noun's own phrase names, found where :func:`newsprism.story.groups.group_token` finds a group (a
    possessor, a name before it, an of- or in-phrase, the subject of a verb of having, a place of its clause), with
    the words that modify it."""
    tok, place = group_token(noun, figure, through_relative=False)
    if tok is not None:
        return _owner_of(tok)
    return (place, ()) if place is not None else None


def _clause(tok: Any) -> tuple[Any, Any] | None:
    """The verb of the figure's clause and the token of the figure's phrase that hangs on it, climbing through the
    phrase's prepositions, objects and modifiers (``figure_owner.climb_deps``); None when the phrase hangs on no
    verb."""
    climb = set(_rule()["climb_deps"])
    child = tok
    while child.dep_ in climb and child.head is not child:
        if child.head.pos_ in ("VERB", "AUX"):
            return child.head, child
        child = child.head
    if child.head is not child and child.head.pos_ in ("VERB", "AUX"):
        return child.head, child
    return None


def _subject(verb: Any) -> Any | None:
    """The verb's subject, or the subject of the verb it is the complement or conjunct of ("agreed to build a rail
    spur": the subject of "agreed")."""
    rule = _rule()
    while True:
        subj = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.dep_ not in rule["subject_of_head_deps"] or verb.head is verb:
            return subj
        verb = verb.head


def _owner_in_clause(anchor: Any) -> Owner:
    rule = _rule()
    at = _clause(anchor)
    if at is None:
        return None
    verb, child = at
    if child.dep_ in ("nsubj", "nsubjpass"):
        agent = next((o for k in verb.children if k.dep_ == "agent" for o in k.children if o.dep_ == "pobj"), None)
        if agent is not None:
            return _owner_of(agent)
        place = next((o for k in verb.children if k.dep_ == "prep" and str(k.text).lower() in rule["place_prepositions"]
                      for o in k.children if o.dep_ == "pobj"), None)
        return None if place is None or place.ent_type_ in rule["time_entities"] else _owner_of(place)
    subj = _subject(verb)
    return None if subj is None else _owner_of(subj)


def _figure_noun(sentence: str, start: int, end: int, figure: str,
                 noun_text: str | None) -> tuple[set[int], Any, Any | None] | None:
    """The figure's tokens in the parse of ``sentence`` (their indices and the last one) and the noun it counts: the
    noun the figure modifies, else the nearest other token spelled as ``noun_text``'s last word, preferring one after
    the figure; None when the sentence cannot be parsed."""
    found = figure_in_parse(sentence, start, end, figure)
    if found is None:
        return None
    doc, toks = found
    ids = {t.i for t in toks}
    last = toks[-1]
    noun = _modified(toks)
    if noun is None and noun_text and noun_text.split():
        word = noun_text.split()[-1].lower()
        cands = sorted((t for t in doc if str(t.text).lower() == word and t.i not in ids),
                       key=lambda t: (t.i < last.i, abs(t.i - last.i)))
        noun = cands[0] if cands else None
    return ids, last, noun


def read_owner(sentence: str, start: int, end: int, figure: str, noun_text: str | None) -> Owner:
    """Read the owner of a figure (as written, ``figure``, inside ``sentence[start:end]``; its counted thing as the
    claims layer keeps it, ``noun_text``): the group the counted or measured noun's own phrase names
    (:func:`newsprism.story.groups.read_group`'s reading), else the owner its clause names; None when none is read
    or the sentence cannot be parsed."""
    read = _figure_noun(sentence, start, end, figure, noun_text)
    if read is None:
        return None
    ids, last, noun = read
    anchor = noun if noun is not None else last
    if anchor.pos_ in ("NOUN", "PROPN"):
        own = _own_phrase(anchor, ids)
        if own is not None:
            return own
    # a noun a figure-and-unit modifies ("a three-year deal") names what is measured, not whose it is: two people's
    # deals are two deals; its owner is read from its clause as any figure's is (round 45's amended candidate)
    return _owner_in_clause(anchor)


def _side_owner(src: Source, sentence: int, amount: Any) -> Owner:
    at = _in_sentence(src, sentence, amount)
    return None if at is None else read_owner(*at, amount.text, amount.noun_text)


def same_owner(f: Finding, sources: dict[int, Source]) -> dict[str, float]:
    """``same_owner`` of an amount conflict: 1 when both figures' owners are read (:func:`read_owner`) and are one
    owner (one group key, :func:`newsprism.story.groups.same_group`, modified by the same words or by words that tell
    nothing apart in this story, :func:`one_of_its_kind`), else 0; empty for
    any other finding, or when the rule is switched off (``figure_owner.enabled``)."""
    a, b = f.a.amount, f.b.amount
    if f.kind != "conflict" or a is None or b is None or not _rule()["enabled"] \
            or f.a.source not in sources or f.b.source not in sources:
        return {}
    oa = _side_owner(sources[f.a.source], f.a.sentence, a)
    ob = _side_owner(sources[f.b.source], f.b.sentence, b)
    one = oa is not None and ob is not None and same_group(oa[0], ob[0]) and (
        oa[1] == ob[1] or one_of_its_kind(oa[0], oa[1], ob[1], (sources[f.a.source], sources[f.b.source])))
    return {"same_owner": float(one)}


def _kinds_named(src: Source, key: str) -> set[tuple[str, ...]] | None:
    """Every set of modifiers the report names an owner of ``key`` with ("the ministry", "the health ministry"), or
    None when the report names more than one thing of that noun: a plural of it ("both ministries"), a determiner
    that sets one against another ("the other terminal", ``figure_owner.several_determiners``), or a comparative or
    superlative modifier ("the older terminal", ``figure_owner.contrast_tags``), which compares it with another of
    its kind."""
    rule = _rule()["one_of_its_kind"]
    head = key.split()[-1]
    stem = head[:max(int(rule["stem_min"]), len(head) - 2)]
    out: set[tuple[str, ...]] = set()
    for s in src.sentences:
        if stem not in s.text.lower():
            continue
        doc = parsed_sentence(s.text)  # bounded cache of compare.parsed_sentence
        if doc is None:
            return None
        for tok in doc:
            if tok.pos_ not in ("NOUN", "PROPN") or noun_base(str(tok.text).lower().removesuffix("'s")
                                                             .removesuffix("’s")) != noun_base(head):
                continue
            own = _owner_of(tok)
            if own is None or not same_group(own[0], key):
                continue
            if tok.tag_ in rule["plural_tags"] or any(
                    str(k.text).lower() in rule["several_determiners"] or k.tag_ in rule["contrast_tags"]
                    for k in tok.lefts):
                return None
            out.add(own[1])
    return out


def one_of_its_kind(key: str, mods_a: tuple[str, ...], mods_b: tuple[str, ...], reports: tuple[Source, ...]) -> bool:
    """Whether two owners of one noun whose modifiers differ are one thing (round 46, issue 11): a modifier tells
    things apart only when the story names more than one thing of that noun ("the north terminal" beside "the south
    terminal"); a report that names one ministry may drop "health" because there is nothing to tell apart. One
    thing when one side's modifiers are all among the other's ("the ministry" / "the health ministry") and every
    set of modifiers either report names that noun with is, likewise, within the others (no "the foreign ministry"
    beside "the health ministry"), and neither report names more than one (:func:`_kinds_named`); switched off by
    ``figure_owner.one_of_its_kind.enabled``."""
    if not _rule()["one_of_its_kind"]["enabled"]:
        return False
    sets = {frozenset(mods_a), frozenset(mods_b)}
    for src in reports:
        named = _kinds_named(src, key)
        if named is None:
            return False
        sets |= {frozenset(m) for m in named}
    chain = sorted(sets, key=len)
    return all(x <= y for x, y in zip(chain, chain[1:], strict=False))


# how a figure's clause names who did its act: a doer read ("agent", with the owner), an agentless passive whose
# subject is the counted thing ("passive"), the counted thing as the doer itself ("itself": "17 people died"), or
# nothing read ("none")
Doer = tuple[str, Owner]


def read_doer(sentence: str, start: int, end: int, figure: str, noun_text: str | None) -> Doer:
    """Who did the act a figure hangs from, read from the parse of ``sentence`` (the figure written ``figure`` inside
    ``sentence[start:end]``, its counted thing ``noun_text``): the subject of the figure's clause ("Police arrested
    17 people": the police), the agent of a passive ("19 protesters were carried away by police"), "passive" for a
    passive that names no agent ("11 people had been arrested"), "itself" when the counted thing is the subject
    ("17 people died"), "none" when nothing is read. Round 50 (issue 11)."""
    read = _figure_noun(sentence, start, end, figure, noun_text)
    if read is None:
        return "none", None
    _, last, noun = read
    at = _clause(noun if noun is not None else last)
    if at is None:
        return "none", None
    verb, child = at
    if child.dep_ == "nsubjpass":
        agent = next((o for k in verb.children if k.dep_ == "agent" for o in k.children if o.dep_ == "pobj"), None)
        return ("passive", None) if agent is None else ("agent", _owner_of(agent))
    if child.dep_ == "nsubj":
        return "itself", None
    subj = _subject(verb)
    own = None if subj is None else _owner_of(subj)
    return ("none", None) if own is None else ("agent", own)


def _act_verb(amount: Any) -> str | None:
    """The verb a figure hangs from (``extra["verb"]``), unless a light verb or a verb of saying: those name no act."""
    v = amount.extra.get("verb")
    return v if v and v not in LIGHT_VERBS and v not in REPORTING else None


def _told_once(src: Source, amount: Any, verb: str) -> bool:
    """Whether the report gives one figure (one interval) of the figure's counted thing hung from its act: a report
    that counts the noun by one act twice (a day's arrests and a running total, two raids) tells two facts. A figure
    followed by one of ``count_part_tails`` ("seven people were injured, three of them seriously") counts a part of
    the group just counted, not a second count of the act."""
    parts = tuple(settings()["count_part_tails"])
    seen = {(x.low, x.high) for s in src.sentences for x in s.amounts
            if x.dim == amount.dim and not x.vague and x.noun and noun_match(x.noun, amount.noun) >= 0.8
            and (v := _act_verb(x)) is not None and same_act_verb(v, verb)
            and not followed_by(src.text, x.end, parts)}
    return len(seen) == 1


def _one_doer(da: Doer, db: Doer, reports: tuple[Source, Source]) -> bool:
    kinds = {da[0], db[0]}
    if "none" in kinds:
        return False
    if "passive" in kinds:
        return kinds <= {"passive", "agent"}
    if kinds == {"itself"}:
        return True
    if kinds != {"agent"} or da[1] is None or db[1] is None:
        return False
    (ka, ma), (kb, mb) = da[1], db[1]
    return same_group(ka, kb) and (ma == mb or one_of_its_kind(ka, ma, mb, reports))


def one_act(f: Finding, sources: dict[int, Source]) -> dict[str, float]:
    """``one_act`` of a count conflict: 1 when the two figures count one fact of the story told in two unlike
    sentences: both hang from one act (the same verb, or verbs WordNet joins as one act,
    :func:`newsprism.lexicon.same_act_verb`; no light verb, no verb of saying), count one noun (the counted-noun
    test of :func:`newsprism.story.confidence.one_fact_figure` asks it), by one doer (:func:`read_doer`: the same
    subject or agent, read as :func:`same_owner` reads owners, or an agentless passive on one side: "Police arrested
    17 people" / "11 people had been arrested") and each report tells that act's count once (:func:`_told_once`).
    English tells who did what to how many once per report; a second telling would be a second happening, a part or a
    running total. Empty for any other finding, or when ``one_fact_one_act`` is off. Round 50 (issue 11)."""
    a, b = f.a.amount, f.b.amount
    if (f.kind != "conflict" or a is None or b is None or not settings().get("one_fact_one_act", False)
            or f.a.source not in sources or f.b.source not in sources):
        return {}
    if a.dim != "count" or b.dim != "count" or not a.noun or not b.noun:
        return {}
    va, vb = _act_verb(a), _act_verb(b)
    sa, sb = sources[f.a.source], sources[f.b.source]
    if va is None or vb is None or not same_act_verb(va, vb):
        return {"one_act": 0.0}
    if not (_told_once(sa, a, va) and _told_once(sb, b, vb)):
        return {"one_act": 0.0}
    ata, atb = _in_sentence(sa, f.a.sentence, a), _in_sentence(sb, f.b.sentence, b)
    if ata is None or atb is None:
        return {"one_act": 0.0}
    da = read_doer(*ata, a.text, a.noun_text)
    db = read_doer(*atb, b.text, b.noun_text)
    return {"one_act": float(_one_doer(da, db, (sa, sb)))}
