"""What group a figure counts, read from the parse of its sentence: the counted noun's own complements.

Two figures of one counted noun are one fact told two ways only when they count the same group. English says which
group in the counted noun's own phrase: an of-phrase ("the inhabitants of Orlen", "an extension of the rent
freeze"), a possessive ("the county's farms", "the bill's cost"), a name set before it ("the Dunmore workers") or a
place after it ("the farms in Velden"), or the subject of a verb of possession ("Orlen has 400 inhabitants": Orlen's
inhabitants). A partitive figure ("nine of the farms", "two of the 14 members") counts a part of a group, never the
group. Only :func:`newsprism.story.confidence.one_fact_figure` and ``one_fact_measure`` read these features
(``partitive``, ``group_clash``): they lift a pair to a shown flag without the sentence floor, so what is counted
must be asked of the phrase itself. Cue words are in ``story/data/compare.json`` (``counted_group``; TUNING.md).

A figure with its unit can modify another noun, a compound or adjectival measure ("a 27-yard run", "the 40-yard
line", "a nine-year term", "a 300-metre section"): then that noun is what is measured, not the unit, and the group
is read from its phrase. Two such figures are one fact only when the nouns they modify are one thing (same base word
or synonyms, as :func:`newsprism.story.compare.noun_match` and ``kind_nouns`` read counted nouns); a modifier on one
side only is one fact only when the other figure's sentence names the same thing (``measured_clash``). A figure
whose unit is its only noun ("32 yards", "for nine years") keeps the rules above.
"""

from __future__ import annotations

import re
from typing import Any

from newsprism.claims.slots import verb_key
from newsprism.events.lexicon import noun_base
from newsprism.lexicon import is_dictionary_word, same_act_word
from newsprism.story.compare import _WORDS, Finding, Source, kind_nouns, noun_match, parsed_sentence, settings

__all__ = ["GroupReading", "counted_groups", "measured_noun", "measured_thing", "measured_things", "names_noun",
           "noun_measured", "one_measured", "one_told_measure", "part_and_whole", "read_group", "same_group",
           "same_measured", "same_thing", "sole_measured", "told_among", "told_as_part", "told_as_whole", "told_by_verb",
           "verb_of_noun"]

# (partitive, the group's key: a name ("orlen") or a noun's base ("valley"); None when the phrase names none)
GroupReading = tuple[bool, str | None]


def _rule() -> dict[str, Any]:
    rule: dict[str, Any] = settings()["counted_group"]
    return rule


def _key(tok: Any) -> str:
    """A group's key: a name with the names compounded before it, lower case ("north velden"), the name a common
    noun is "of" ("the village of Orlen": "orlen"), else the noun's base ("valley" of "valley's")."""
    if tok.pos_ == "NOUN":
        named = next((o for k in tok.children if k.dep_ == "prep" and str(k.text).lower() == "of"
                      for o in k.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
        if named is not None:
            tok = named
    if tok.pos_ == "PROPN":
        run = [k for k in tok.lefts if k.dep_ == "compound" and k.pos_ == "PROPN"] + [tok]
        return " ".join(_bare(k) for k in run)
    base = noun_base(_bare(tok))
    if _rule().get("named_compound_key"):
        # "Orvik school has 38 pupils" / "Tallby school has 112 pupils": a common noun a name is compounded with is
        # that name's one ("orvik school"), so two named schools are two groups (round 60); "the school" still meets
        # either (:func:`same_group` lets a key be the other's last part)
        names = _names_before(tok)
        if names:
            return " ".join([_bare(k) for k in names] + [base])
    return base


def _bare(tok: Any) -> str:
    """A word of a group's key: lower case, without a possessive ending ("Orlen's" -> "orlen")."""
    return str(tok.text).lower().removesuffix("'s").removesuffix("’s")


def _names_before(noun: Any) -> list[Any]:
    """The capitalised words written right before a common noun that name it ("Orvik school", "the Tallby Road
    depot"), read by position, not by the small tagger, which reads a name opening a sentence as an adjective or an
    adverb: a capitalised word inside the sentence, or a first word that is tagged a name or is no dictionary word
    (:func:`newsprism.lexicon.is_dictionary_word`: "Police officers" opens a sentence with a word). Round 60."""
    out: list[Any] = []
    i = noun.i - 1
    start = noun.sent.start
    while i >= start:
        t = noun.doc[i]
        if not t.is_title or t.pos_ in ("DET", "PRON", "ADP", "CCONJ", "SCONJ", "NUM", "PUNCT", "AUX", "VERB") \
                or (i == start and t.pos_ != "PROPN" and is_dictionary_word(str(t.text))):
            break
        out.insert(0, t)
        i -= 1
    return out


def _pobj(prep: Any) -> Any | None:
    return next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)


def group_token(noun: Any, figure: set[int], *, through_relative: bool = True) -> tuple[Any | None, str | None]:
    """What the counted noun's own phrase names as its group: ``(token, None)`` for a word (a possessor, a name
    before the noun, the object of an "of" phrase or of a place preposition when it is a name, the subject of one of
    the possession verbs) or ``(None, place)`` for a place its clause names (:func:`_clause_place`); ``(None, None)``
    when nothing is named. With ``through_relative`` (the group reading), a relative pronoun subject stands for the
    noun its clause describes ("the town, which has 5,800 inhabitants") and only a noun or a name is a group; without
    it (the owner reading of :mod:`newsprism.story.owners`), any subject of a verb of having is taken as it is. One
    reader for both, so that a group and an owner are found in the same places."""
    rule = _rule()
    for k in noun.children:
        if k.dep_ == "poss" and k.pos_ in ("NOUN", "PROPN"):
            return k, None
    for k in noun.lefts:
        if k.dep_ in ("compound", "nmod") and k.pos_ == "PROPN" and k.i not in figure:
            return k, None
    after = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    preps = [k for k in noun.children if k.dep_ == "prep"] + ([after] if after is not None else [])
    for k in preps:
        word = str(k.text).lower()
        obj = _pobj(k)
        if obj is None:
            continue
        if word in rule["of_prepositions"]:
            return obj, None
        if word in rule["place_prepositions"] and obj.pos_ == "PROPN":
            return obj, None
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in rule["possession_verbs"]:
        subj = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)
        if not through_relative:
            if subj is not None:
                return subj, None
        else:
            if subj is not None and subj.pos_ == "PRON" and verb.dep_ == "relcl":
                subj = verb.head  # "the town, which has 5,800 inhabitants": the relative clause's noun
            if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                return subj, None
    if noun.dep_ in rule["clause_place_deps"] and verb.pos_ in ("VERB", "AUX"):
        return None, _clause_place(verb)
    return None, None


def _group_of(noun: Any, figure: set[int]) -> str | None:
    """The group the counted noun's own phrase names, or None."""
    tok, place = group_token(noun, figure)
    return _key(tok) if tok is not None else place


def _is_place(tok: Any) -> bool:
    """A name told with "in" that is no time ("in March": ``counted_group.time_entities``); the entity tagger does
    not know invented or small places, so a name is taken as a place unless tagged as a time."""
    return tok.pos_ == "PROPN" and tok.ent_type_ not in _rule()["time_entities"]


def _clause_place(verb: Any) -> str | None:
    """The place an "in" phrase of the counted noun's own clause names ("In the city of Kalvany alone, the 140
    polling stations rejected ...": "kalvany"; "400 farms in Velden were flooded" is the noun's own phrase), or None:
    the phrase's object is a name (:func:`_is_place`) or a common noun "of" one ("the city of Kalvany"). A time ("in
    March") is no place."""
    rule = _rule()
    for k in verb.children:
        if k.dep_ != "prep" or str(k.text).lower() not in rule["place_prepositions"]:
            continue
        obj = _pobj(k)
        if obj is None:
            continue
        if obj.pos_ == "NOUN":
            obj = next((o for p in obj.children if p.dep_ == "prep" and str(p.text).lower() in rule["of_prepositions"]
                        for o in p.children if o.dep_ == "pobj"), obj)
        if _is_place(obj):
            return _key(obj)
    return None


def _figure_tokens(doc: Any, sentence: str, start: int, end: int, figure: str) -> list[Any]:
    at = sentence.find(figure, max(0, start), max(start, end)) if figure else -1
    lo, hi = (at, at + len(figure)) if at >= 0 else (start, end)
    return [t for t in doc if lo <= t.idx < hi]


def _modified(toks: list[Any]) -> Any | None:
    """The noun a figure-and-unit modifies ("a 27-yard run": "run"), or None: the figure's number is the numeric
    modifier of a unit noun just after it (a hyphen between them or none), and that unit is itself a modifier
    (``counted_group.measure_modifier_deps``) of a noun further right. A unit that heads its own phrase ("32
    yards", "for nine years") modifies nothing."""
    num = next((t for t in toks if t.like_num or t.pos_ == "NUM"), None)
    if num is None or num.dep_ != "nummod":
        return None
    unit = num.head
    gap = unit.doc[num.i + 1:unit.i] if unit.i > num.i else []
    if unit.pos_ != "NOUN" or unit.i <= num.i or len(gap) > 1 or any(t.text not in ("-", "‑") for t in gap):
        return None
    head = unit.head
    if unit.dep_ in _rule()["measure_modifier_deps"] and head.pos_ == "NOUN" and head.i > unit.i:
        return head
    return None


def measured_noun(sentence: str, start: int, end: int, figure: str) -> str | None:
    """The base of the noun a figure-and-unit modifies in ``sentence`` ("the 40-yard line": "line"), or None."""
    doc = parsed_sentence(sentence)
    if doc is None:
        return None
    head = _modified(_figure_tokens(doc, sentence, start, end, figure))
    return None if head is None else noun_base(str(head.text).lower())


def figure_in_parse(sentence: str, start: int, end: int, figure: str) -> tuple[Any, list[Any]] | None:
    """The parse of ``sentence`` and the tokens of the figure written ``figure`` inside ``sentence[start:end]``;
    None when the sentence cannot be parsed or the figure is not found in it (every reader here then reads nothing)."""
    doc = parsed_sentence(sentence)
    if doc is None:
        return None
    toks = _figure_tokens(doc, sentence, start, end, figure)
    return (doc, toks) if toks else None


def measured_thing(sentence: str, start: int, end: int, figure: str) -> str | None:
    """What a figure of a unit with no counted thing (a duration) is told of in ``sentence``, read from the parse:
    the noun a figure-and-unit modifies ("a 30-day ban": "ban"), else the noun of "N units of X" ("six years of
    construction": "construction"), else the stem (:func:`newsprism.claims.slots.verb_key`) of the nearest verb
    above the figure ("shut for 36 hours": "shut", "took four years to build": "tak"), at most ``sole_by_measured.max_steps`` heads up. None where the
    sentence cannot be parsed or nothing is found: an unknown thing, which a caller must treat as possibly the same
    one. Round 26 (issue 11)."""
    found = figure_in_parse(sentence, start, end, figure)
    if found is None:
        return None
    doc, toks = found
    head = _modified(toks)
    if head is not None:
        return noun_base(str(head.text).lower())
    num = next((t for t in toks if t.like_num or t.pos_ == "NUM"), None)
    unit = num.head if num is not None and num.dep_ == "nummod" else toks[-1]
    cfg = settings()["sole_by_measured"]
    for prep in unit.children:
        if prep.dep_ == "prep" and str(prep.text).lower() in _rule()["of_prepositions"]:
            obj = next((k for k in prep.children if k.dep_ == "pobj" and k.pos_ == "NOUN"), None)
            if obj is not None:
                return noun_base(str(obj.text).lower())
    t = unit
    for _ in range(int(cfg["max_steps"])):
        if t.head is t:
            break
        t = t.head
        if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ not in ("aux", "auxpass")):
            return verb_key(str(t.text))  # a verb, or a copula heading its clause ("was out for four hours")
    return None


def _relative_pronoun(tok: Any) -> bool:
    """Whether ``tok`` is a relative pronoun ("that", "which", "who": tag WDT / WP; ``sole_by_measured.relative_tags``):
    English ties it to the noun its clause modifies, so a relative clause's verb tells of that noun. Round 43."""
    return str(tok.tag_) in settings()["sole_by_measured"]["relative_tags"]


def _things_of_verb(verb: Any) -> frozenset[str]:
    """What a length hung from ``verb`` measures (:func:`measured_things`): the verb's own stem, except for a verb
    of mere duration or state, which names no happening of its own. A verb of state (``state_verbs``: "stay",
    "remain", "be", "keep") measures its state complement ("stay closed", "remain shut": "clos", "shut"); a verb of
    duration (``duration_verbs``: "last", "take", "run") measures its subject ("the outage lasted", "the audit
    took"), the noun a participle of it describes ("a rent freeze lasting three years"), the subject of the verb it
    completes ("construction is expected to take two years") or the verb it takes to do ("took two years to
    build"). A relative pronoun subject names the noun its clause modifies ("a scheme that ran for six years":
    "scheme"; :func:`_relative_pronoun`). Nothing (an empty set) where none of these is a noun, a verb or a state
    word: any other pronoun ("it took") names no thing."""
    cfg = settings()["sole_by_measured"]
    lemma = verb_key(str(verb.text))  # the pipeline keeps no lemmas: the stem of the word and of the lists' verbs
    if lemma in {verb_key(v) for v in cfg["state_verbs"]}:
        return frozenset(verb_key(str(k.text)) for k in verb.children
                         if k.dep_ in cfg["state_deps"] and k.pos_ in ("ADJ", "VERB", "NOUN"))
    if lemma not in {verb_key(v) for v in cfg["duration_verbs"]}:
        return frozenset({lemma})
    out: set[str] = set()
    subj = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and _relative_pronoun(subj) and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
        subj = verb.head  # "a scheme that ran for six years", "the closure, which lasted three weeks"
    if subj is None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        subj = verb.head
    if subj is None and verb.dep_ == "xcomp":
        subj = next((k for k in verb.head.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.pos_ == "NOUN":
        out.add(noun_base(str(subj.text).lower()))
    out.update(verb_key(str(k.text)) for k in verb.children if k.dep_ in ("xcomp", "advcl") and k.pos_ == "VERB")
    return frozenset(out)


def measured_things(sentence: str, start: int, end: int, figure: str) -> frozenset[str]:
    """What a length of time is told of, read from its own phrase in the parse of ``sentence``: the noun it
    modifies ("a 30-day ban": "ban"), else the noun of "N units of X" ("six years of construction"), else what the
    nearest verb above it measures (:func:`_things_of_verb`; "banned for six weeks": "ban", "the outage lasted six
    hours": "outage", "will stay closed for two months": "clos"), at most ``sole_by_measured.max_steps`` heads up.
    Empty where the sentence cannot be parsed or nothing is read. Round 28 (issue 11)."""
    found = figure_in_parse(sentence, start, end, figure)
    if found is None:
        return frozenset()
    doc, toks = found
    head = _modified(toks)
    if head is not None:
        return frozenset({noun_base(str(head.text).lower())})
    num = next((t for t in toks if t.like_num or t.pos_ == "NUM"), None)
    unit = num.head if num is not None and num.dep_ == "nummod" else toks[-1]
    for prep in unit.children:
        if prep.dep_ == "prep" and str(prep.text).lower() in _rule()["of_prepositions"]:
            obj = next((k for k in prep.children if k.dep_ == "pobj" and k.pos_ == "NOUN"), None)
            if obj is not None:
                return frozenset({noun_base(str(obj.text).lower())})
    t = unit
    for _ in range(int(settings()["sole_by_measured"]["max_steps"])):
        if t.head is t:
            break
        t = t.head
        if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ not in ("aux", "auxpass")):
            return _things_of_verb(t)
    return frozenset()


def verb_of_noun(word: str) -> frozenset[str]:
    """The verb stems a noun made from a verb may name (English nominal suffixes taken off,
    ``sole_by_measured.nominal_suffixes``: "closure": "clos", "failure": "fail", "construction": "construct"), with
    the word's own stem (:func:`verb_key`: "freeze", "ban")."""
    w = word.lower()
    return frozenset({verb_key(w)} | {verb_key(w[: len(w) - len(suf)])
                                      for suf in settings()["sole_by_measured"]["nominal_suffixes"]
                                      if w.endswith(suf) and len(w) - len(suf) >= 3})


def _one_thing(a: str, b: str) -> bool:
    """Whether two readings of :func:`measured_things` name one thing: :func:`same_thing`, or a noun made from a
    verb and that verb ("a closure" / "closed", "a six-year failure" / "failed for seven years"), or, with
    ``one_measured_act.enabled``, two words WordNet reads as naming one act (:func:`one_act_words`)."""
    return same_thing(a, b) or bool(verb_of_noun(a) & verb_of_noun(b)) or one_act_words(a, b)


def one_act_words(a: str, b: str) -> bool:
    """Whether two things lengths of time measure, each a noun or a verb stem read by :func:`measured_things`, name
    one act as WordNet lists it (:func:`newsprism.lexicon.same_act_word`): a noun and the verb it is made from by
    WordNet's derivational pointers ("a three-week closure" / "will stay shut for ten days": closure -> close, and
    close / shut are one verb; "a two-year suspension" / "suspended for six months"; "a 9-hour shutdown" / "was
    closed for 30 hours"), or two verbs of one act. English names what a length measures by a noun of the act or by
    the verb itself, and two outlets choose differently; the crude suffix reading of :func:`verb_of_noun` misses
    a noun not spelled as its verb plus an ending. Words WordNet does not join stay two ("ban" / "suspension",
    "contract" / "option", "closed" / "opened"). Switched by ``one_measured_act.enabled`` (false: never). Round
    52 (issue 11)."""
    if not bool((settings().get("one_measured_act") or {}).get("enabled", False)):
        return False
    return same_act_word(a, b)


def one_length(sa: Source, ka: int, a: Any, sb: Source, kb: int, b: Any) -> bool:
    """Whether two lengths of time measure one thing read from their own phrases (:func:`measured_things` and
    :func:`_one_thing`, as :func:`one_measured` reads a finding's pair), asked by
    :func:`newsprism.story.compare._amounts` before the two are paired. Round 52 (issue 11)."""
    at_a, at_b = _in_sentence(sa, ka, a), _in_sentence(sb, kb, b)
    if at_a is None or at_b is None:
        return False
    ta, tb = measured_things(*at_a, a.text), measured_things(*at_b, b.text)
    return any(_one_thing(x, y) for x in ta for y in tb)


def one_measured(f: Finding, sources: dict[int, Source]) -> dict[str, float]:
    """``one_measured`` (1 when the two figures of a duration conflict measure one thing read from their own phrases,
    :func:`measured_things`: "a 30-day ban" / "banned for six weeks", "the recount took four days" / "the 11-day
    recount"); empty for any other finding or dimension (``sole_by_measured.dims``). Asked by
    :func:`newsprism.story.confidence.one_fact_measure`. Round 28 (issue 11). With it, ``measured_dated`` (1 when
    either length's sentence ties it to a time of its own, :func:`_dated`) and ``measured_several`` (1 when either
    measures a noun told in the plural, :func:`_several_measured`); round 48."""
    a, b = f.a.amount, f.b.amount
    if f.kind != "conflict" or a is None or b is None or a.dim not in settings()["sole_by_measured"]["dims"] \
            or f.a.source not in sources or f.b.source not in sources:
        return {}
    things = _pair_things(f, sources)
    if things is None:
        return {"one_measured": 0.0}
    ta, tb = things
    one = any(_one_thing(x, y) for x in ta for y in tb)
    if not one:
        return {"one_measured": 0.0}
    at_a = _in_sentence(sources[f.a.source], f.a.sentence, f.a.amount)
    at_b = _in_sentence(sources[f.b.source], f.b.sentence, f.b.amount)
    several = any(at is not None and x is not None and _several_measured(*at, x.text)
                  for at, x in ((at_a, f.a.amount), (at_b, f.b.amount)))
    return {"one_measured": 1.0, "measured_dated": float(_dated(sources[f.a.source], f.a.sentence)
                                                          or _dated(sources[f.b.source], f.b.sentence)),
            "measured_several": float(several)}


def _several_measured(sentence: str, start: int, end: int, figure: str) -> bool:
    """Whether a length measures a noun told in the plural: the noun the figure-and-unit modifies ("reached six-year
    deals with two players") or the subject of a verb of duration ("the talks lasted three days"; tags
    ``one_fact_measure_one_measured_anywhere.plural_tags``). A plural names several things of its kind, each with its
    own length, as one verb acting on a noun told in its two numbers is two acts (round 47): such a length may be
    another thing's than the one the other report measures, so
    :func:`newsprism.story.confidence.measured_anywhere` keeps the depth test for it (feature ``measured_several``).
    Round 48 (issue 11)."""
    found = figure_in_parse(sentence, start, end, figure)
    if found is None:
        return False
    _doc, toks = found
    tags = settings()["one_fact_measure_one_measured_anywhere"]["plural_tags"]
    head = _modified(toks)
    if head is not None:
        return str(head.tag_) in tags
    num = next((t for t in toks if t.like_num or t.pos_ == "NUM"), None)
    t = num.head if num is not None and num.dep_ == "nummod" else toks[-1]
    cfg = settings()["sole_by_measured"]
    for _ in range(int(cfg["max_steps"])):
        if t.head is t:
            break
        t = t.head
        if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ not in ("aux", "auxpass")):
            if verb_key(str(t.text)) not in {verb_key(v) for v in cfg["duration_verbs"]}:
                return False
            subj = next((k for k in t.children if k.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and _relative_pronoun(subj) and t.dep_ == "relcl":
                subj = t.head
            return subj is not None and str(subj.tag_) in tags
    return False


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")  # a year, as the claims layer reads one in a date


def _dated(src: Source, sentence: int) -> bool:
    """Whether a length's sentence ties it to a time of its own: it names a year ("in 2019", "since 2019") or a word
    that sets its thing before another of its kind (``one_fact_measure_one_measured_anywhere.earlier_words``, read as
    an adjective or adverb, ``earlier_pos``: "the last closure", "the previous contract", "when it was last closed";
    not the verb of "the ban will last four months"). Such a length may be an earlier instance of
    the thing the other report measures, told as background, so :func:`newsprism.story.confidence.measured_anywhere`
    keeps the depth test for it (feature ``measured_dated``). Round 48 (issue 11)."""
    if not 0 <= sentence < len(src.sentences):
        return True
    s = src.sentences[sentence]
    if any(d.year is not None for d in s.dates) or _YEAR.search(s.text):
        return True
    cfg = settings()["one_fact_measure_one_measured_anywhere"]
    words = frozenset(cfg["earlier_words"])
    if not any(w in words for w in _WORDS.findall(s.text.lower())):
        return False
    doc = parsed_sentence(s.text)  # "the last closure", "was last closed"; not the verb of "will last six weeks"
    return doc is None or any(str(t.text).lower() in words and t.pos_ in cfg["earlier_pos"] for t in doc)


def _pair_things(f: Finding, sources: dict[int, Source]) -> tuple[frozenset[str], frozenset[str]] | None:
    """What each figure of a pair measures, read from its own phrase (:func:`measured_things`), or None when either
    figure cannot be found in its sentence's parse. Shared by :func:`one_measured` and :func:`sole_measured`."""
    a, b = f.a.amount, f.b.amount
    at_a = _in_sentence(sources[f.a.source], f.a.sentence, a)
    at_b = _in_sentence(sources[f.b.source], f.b.sentence, b)
    if at_a is None or at_b is None or a is None or b is None:
        return None
    return measured_things(*at_a, a.text), measured_things(*at_b, b.text)


def sole_measured(f: Finding, sources: dict[int, Source]) -> dict[str, float]:
    """``sole_measured`` (1 when each figure of a duration conflict is its report's only length of its unit of the
    thing it measures, :func:`_sole_measured`), asked of a pair of figures of a dimension of ``sole_by_measured``
    told of one noun or synonyms (``noun`` >= 0.8); empty for any other finding. Read by
    :func:`newsprism.story.confidence.named_measure` (with ``one_measured`` 1; round 40) and by
    :func:`newsprism.story.confidence.one_fact_figure` (``one_fact_figure_sole_measured``; round 42, issue 11)."""
    a, b = f.a.amount, f.b.amount
    if (f.kind != "conflict" or a is None or b is None or a.dim not in settings()["sole_by_measured"]["dims"]
            or b.dim != a.dim or float(f.features.get("noun", 0.0)) < 0.8 or f.a.source not in sources
            or f.b.source not in sources):
        return {}
    things = _pair_things(f, sources)
    if things is None:
        return {"sole_measured": 0.0}
    ta, tb = things
    return {"sole_measured": float(_sole_measured(sources[f.a.source], f.a.sentence, a, ta)
                                   and _sole_measured(sources[f.b.source], f.b.sentence, b, tb))}


def _sole_measured(src: Source, sentence: int, amount: Any, things: frozenset[str]) -> bool:
    """Whether ``amount`` is the only length of time of its unit that ``src`` gives of what it measures, the
    report's other lengths read as :func:`measured_things` reads them ("the ban lasted six weeks" is a length of the
    ban, not of "lasting"): a report that gives two lengths of one named thing ("a three-month ban", "a ban imposed
    in 2019 lasted six weeks") tells two of them. A length whose thing cannot be read counts as of the same thing.
    Round 40 (issue 11): read by :func:`sole_measured`."""
    key = (amount.dim, amount.unit, amount.extra.get("window"))
    for k in range(len(src.sentences)):
        for y in src.sentences[k].amounts:
            if (y.dim, y.unit, y.extra.get("window")) != key or (y.low, y.high) == (amount.low, amount.high):
                continue
            at = _in_sentence(src, k, y)
            other = measured_things(*at, y.text) if at is not None else frozenset()
            if not other or any(_one_thing(o, t) for o in other for t in things):
                return False
    return True


def noun_measured(sentence: str, start: int, end: int, figure: str) -> tuple[str | None, str | None]:
    """The base of the noun a figure-and-unit before it measures, and the dimension adjective written with it, or
    (None, None): the noun the figure-and-unit modifies (:func:`measured_noun`, "a 34-metre tower": ("tower",
    None)), or the noun that one of ``told_measure.adjectives`` measured by the figure modifies ("a 35-metre-deep
    sinkhole": ("sinkhole", "deep")). Round 36 (issue 11)."""
    doc = parsed_sentence(sentence)
    if doc is None:
        return None, None
    toks = _figure_tokens(doc, sentence, start, end, figure)
    head = _modified(toks)
    if head is not None:
        return noun_base(str(head.text).lower()), None
    num = next((t for t in toks if t.like_num or t.pos_ == "NUM"), None)
    if num is None or num.dep_ != "nummod" or num.head.pos_ != "NOUN" or num.head.i <= num.i:
        return None, None
    adj = num.head.head
    if (num.head.dep_ == "npadvmod" and adj.pos_ == "ADJ" and str(adj.text).lower() in
            settings()["told_measure"]["adjectives"] and adj.dep_ == "amod" and adj.head.pos_ == "NOUN"
            and adj.head.i > adj.i):
        return noun_base(str(adj.head.text).lower()), str(adj.text).lower()
    return None, None


def told_by_verb(sentence: str, start: int, end: int, figure: str) -> tuple[str | None, str | None]:
    """The base of the noun whose measure a verb of measuring gives with a figure-and-unit in ``sentence``, and the
    dimension adjective written with it, or (None, None):
    the unit hangs from one of ``told_measure.verbs`` ("the tower, which rises 52 metres", "the catch weighed 26
    tonnes", "the tank can hold 25,000 litres"; as its object, a bare noun phrase or the object of one of
    ``told_measure.prepositions``: "stretched for 15 kilometres"; the measure of one of
    ``told_measure.height_prepositions``: "rises 52 metres above the rocks"), or from one of ``told_measure.adjectives`` that
    is the complement of such a verb or of "be" ("the sinkhole is 12 metres deep", "stands 2.5 metres high"); the
    noun measured is the verb's subject, or the noun a relative clause of the verb describes ("the tower, which
    ..."). A pronoun names nothing. Round 36 (issue 11)."""
    doc = parsed_sentence(sentence)
    if doc is None:
        return None, None
    toks = _figure_tokens(doc, sentence, start, end, figure)
    if not toks or _modified(toks) is not None:
        return None, None
    cfg = settings()["told_measure"]
    num = next((t for t in toks if t.like_num or t.pos_ == "NUM"), None)
    if num is None or num.dep_ != "nummod" or num.head.pos_ != "NOUN":
        return None, None
    t = num.head
    if (t.dep_ == "pobj" and str(t.head.text).lower() in cfg["prepositions"]) or \
            (t.dep_ == "npadvmod" and t.head.pos_ == "ADP" and str(t.head.text).lower() in cfg["height_prepositions"]):
        t = t.head  # "stretched for 15 kilometres"; "rises 52 metres above the rocks": the height above them
    verb = t.head
    if t.dep_ not in cfg["unit_deps"] or verb is t:
        return None, None
    adjective = verb.pos_ == "ADJ" and str(verb.text).lower() in cfg["adjectives"]
    if adjective:
        verb = verb.head
        if verb is t.head:
            return None, None
    stems = {verb_key(v) for v in cfg["verbs"]}
    key = verb_key(str(verb.text))
    if not (verb.pos_ in ("VERB", "AUX") and (key in stems or (adjective and key in {verb_key(v) for v in
                                                                                     cfg["copulas"]}))):
        return None, None
    subj = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if (subj is None or str(subj.tag_) in ("WDT", "WP")) and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
        subj = verb.head
    if subj is None or subj.pos_ != "NOUN":
        return None, None
    return noun_base(str(subj.text).lower()), (str(t.head.text).lower() if adjective else None)


def one_told_measure(f: Finding, sources: dict[int, Source]) -> dict[str, float]:
    """``one_told_measure`` (1 when a measure conflict sets a figure-and-unit that modifies a noun, "a 34-metre
    tower", against a figure a verb of measuring ties to its subject, :func:`told_by_verb`, "the tower, which
    rises 52 metres", and the two nouns are one thing, :func:`same_measured`); empty for any other finding or
    dimension (``told_measure.dims``). A figure before a noun measures that noun; a figure after a verb of measuring
    measures the verb's subject: one thing's one measure told two ways. Asked by
    :func:`newsprism.story.confidence.one_fact_told_measure`. Round 36 (issue 11)."""
    a, b = f.a.amount, f.b.amount
    cfg = settings()["told_measure"]
    if not cfg["enabled"] or f.kind != "conflict" or a is None or b is None or a.dim not in cfg["dims"] \
            or b.dim != a.dim or f.a.source not in sources or f.b.source not in sources:
        return {}
    at_a = _in_sentence(sources[f.a.source], f.a.sentence, a)
    at_b = _in_sentence(sources[f.b.source], f.b.sentence, b)
    if at_a is None or at_b is None:
        return {"one_told_measure": 0.0}
    one = False
    for (x, tx), (y, ty) in (((at_a, a.text), (at_b, b.text)), ((at_b, b.text), (at_a, a.text))):
        noun, dim_a = noun_measured(*x, tx)
        told, dim_b = told_by_verb(*y, ty) if noun is not None else (None, None)
        # two dimension adjectives must name one dimension: "a 4-metre-wide sinkhole" / "12 metres deep" are two
        one = one or (noun is not None and told is not None and same_measured(noun, told)
                      and (dim_a is None or dim_b is None or dim_a == dim_b))
    return {"one_told_measure": float(one)}


def same_thing(a: str, b: str) -> bool:
    """Whether two measured things (:func:`measured_thing`, a noun base or a verb stem) are one: the same word ("a
    30-day ban" / "banned for six weeks"), the same verb stem, or the same measured noun (:func:`same_measured`)."""
    return a == b or verb_key(a) == verb_key(b) or same_measured(a, b)


def same_measured(a: str, b: str) -> bool:
    """Whether two measured nouns are one thing: the same base word or synonyms (compare.json's groups), or one
    kind of thing in WordNet, as counted nouns are read (:func:`newsprism.story.compare.noun_match`,
    ``kind_nouns``)."""
    return noun_match(a, b) >= 0.8 or kind_nouns(a, b)


def names_noun(sentence: str, noun: str) -> bool:
    """Whether ``sentence`` names ``noun`` (a noun of the same base or a synonym) anywhere but as the head a
    figure-and-unit modifies: the other report's figure then may measure that same thing."""
    doc = parsed_sentence(sentence)
    if doc is None:
        return False
    return any(t.pos_ == "NOUN" and same_measured(noun_base(str(t.text).lower()), noun)
               and not any(k.dep_ in _rule()["measure_modifier_deps"] and any(n.like_num for n in k.children)
                           for k in t.lefts)
               for t in doc)


def read_group(sentence: str, start: int, end: int, figure: str, noun_text: str | None, dim: str) -> GroupReading:
    """Read a figure's group from the parse of ``sentence``: the figure as written (``figure``) inside
    ``sentence[start:end]``, its counted thing as the claims layer keeps it (``noun_text``). Partitive only for a
    count ("nine of the farms"; "52 percent of the vote" is a share, a figure of its own). (False, None) where the
    sentence cannot be parsed or the figure not found."""
    found = figure_in_parse(sentence, start, end, figure)
    if found is None:
        return False, None
    doc, toks = found
    figure_ids = {t.i for t in toks}
    last = toks[-1]
    nxt = last.nbor(1) if last.i + 1 < len(doc) else None
    partitive = (dim == "count" and nxt is not None and str(nxt.text).lower() in _rule()["partitive_words"]
                 and _pobj(nxt) is not None) or (dim == "count" and told_among(toks))
    noun = _modified(toks)  # "a 300-metre section of the pipeline": the section is measured, its group read
    if noun is None and noun_text and noun_text.split():
        word = noun_text.split()[-1].lower()
        cands = [t for t in doc if str(t.text).lower() == word and t.i not in figure_ids]
        # the counted noun nearest the figure, one after it first
        cands.sort(key=lambda t: (t.i < last.i, abs(t.i - last.i)))
        noun = cands[0] if cands else None
    if noun is None:
        return partitive, None
    return partitive, _group_of(noun, figure_ids)


def told_among(toks: list[Any]) -> bool:
    """Whether a count is told as a part of a larger group by a preposition of membership
    (``counted_group_among.preps``: "among"): the counted noun's own phrase has it ("four calves among them"), or the
    counted noun is a second object of it, after the group ("among them four calves"), or the
    counted noun is the subject, object or complement (``counted_group_among.deps``) of a verb that has it, the
    figure not inside it ("In all, 30 elk were freed, among them four calves", "Among the 30 elk were four calves",
    "Four calves were among the elk freed"). English names a part of a group so as it does with "of" ("four of the
    calves"): the count is of a part, never the group, and never one fact with a count of that kind told of another
    happening. The verb's phrase counts only where a verb of being (``being_verbs``) ties the noun to it, or the
    phrase runs straight into the noun's phrase: "24 elk were freed, among them four calves" leaves the 24 the whole.
    The group told inside "among" ("shared among 40 families") is the whole, not a part. Switched by
    ``counted_group_among.enabled`` (false restores the base reading). Round 50 (issue 11)."""
    rule = settings().get("counted_group_among") or {}
    if not rule.get("enabled", False):
        return False
    num = next((t for t in toks if t.like_num or t.pos_ == "NUM"), None)
    if num is None:
        return False
    noun = num.head if num.dep_ == "nummod" and num.head.pos_ in ("NOUN", "PROPN") else num
    preps = set(rule["preps"])
    if any(k.dep_ == "prep" and str(k.text).lower() in preps for k in noun.children):
        return True
    verb = noun.head
    if noun.dep_ == "pobj" and str(verb.text).lower() in preps:
        # "among them six calves": the group told first ("them"), the counted part after it
        return any(k.dep_ == "pobj" and k.i < noun.left_edge.i for k in verb.children)
    if noun.dep_ not in rule["deps"] or verb.i == noun.i:
        return False
    # the verb's "among" phrase: a verb of being ties the noun to it wherever it stands; any other verb only
    # when the phrase runs straight into the noun's own phrase ("..., among them four calves")
    copula = str(verb.lemma_).lower() in rule["being_verbs"]
    return any(k.dep_ == "prep" and str(k.text).lower() in preps and k.i < noun.left_edge.i
               and (copula or k.right_edge.i + 1 == noun.left_edge.i) or
               k.dep_ == "prep" and str(k.text).lower() in preps and copula and k.i > noun.right_edge.i
               for k in verb.children)


def same_group(a: str, b: str) -> bool:
    """Whether two group keys name one group: the same word or name, synonyms in compare.json's groups, or one name
    the other's last part ("velden" / "north velden")."""
    if a == b or a.rstrip("s") == b.rstrip("s"):
        return True
    syn = settings()["syn_index"]
    if a in syn and syn.get(a) == syn.get(b):
        return True
    wa, wb = a.split(), b.split()
    return wa[-1:] == wb[-1:] and (set(wa) <= set(wb) or set(wb) <= set(wa))


def _in_sentence(src: Source, sentence: int, amount: Any) -> tuple[str, int, int] | None:
    """The figure's sentence text and the figure's offsets in it, or None for a sentence the source does not have."""
    if not 0 <= sentence < len(src.sentences):
        return None
    s = src.sentences[sentence]
    return s.text, amount.start - s.start, amount.end - s.start


def _side_group(src: Source, sentence: int, amount: Any) -> GroupReading:
    at = _in_sentence(src, sentence, amount)
    return (False, None) if at is None else read_group(*at, amount.text, amount.noun_text, amount.dim)


def _side_measured(src: Source, sentence: int, amount: Any) -> tuple[str | None, str]:
    at = _in_sentence(src, sentence, amount)
    return (None, "") if at is None else (measured_noun(*at, amount.text), at[0])


def _measured_clash(f: Finding, sources: dict[int, Source]) -> tuple[bool, bool]:
    """Whether the two figures measure different things: both modify a noun and the nouns differ ("a 27-yard run" /
    "the 32-yard line"), or one modifies a noun that the other figure's sentence does not name ("the 40-yard line" /
    "returned it 32 yards"); and whether such a clash is of a noun named on one side only (the second value: the
    other figure heads its own phrase, "for nine years", and names no measured thing; round 44)."""
    ma, ta = _side_measured(sources[f.a.source], f.a.sentence, f.a.amount)
    mb, tb = _side_measured(sources[f.b.source], f.b.sentence, f.b.amount)
    if ma is not None and mb is not None:
        return not same_measured(ma, mb), False
    if ma is not None:
        clash = not names_noun(tb, ma)
        return clash, clash
    if mb is not None:
        clash = not names_noun(ta, mb)
        return clash, clash
    return False, False


def _part_whole_rule() -> dict[str, Any]:
    rule: dict[str, Any] = settings()["part_whole"]
    return rule


def _number(doc: Any, sentence: str, start: int, end: int, figure: str) -> Any | None:
    toks = _figure_tokens(doc, sentence, start, end, figure)
    return next((t for t in toks if t.like_num or t.pos_ == "NUM"), None)


def told_as_part(sentence: str, start: int, end: int, figure: str) -> bool:
    """Whether a count is an explicit partitive: its number is followed by one of ``counted_group.partitive_words``
    whose object is a noun ("five of the hospitals", "about 200 of the prison's inmates") or one of
    ``part_whole.part_pronouns`` ("two of them"). English counts a part of a group so."""
    found = figure_in_parse(sentence, start, end, figure)
    if found is None:
        return False
    doc, toks = found
    last = toks[-1]
    nxt = last.nbor(1) if last.i + 1 < len(doc) else None
    if nxt is None or str(nxt.text).lower() not in _rule()["partitive_words"]:
        return False
    pronouns = _part_whole_rule()["part_pronouns"]
    return _pobj(nxt) is not None or any(o.dep_ == "pobj" and str(o.text).lower() in pronouns for o in nxt.children)


def told_as_whole(sentence: str, start: int, end: int, figure: str) -> bool:
    """Whether a count is told as a whole group: the noun its number modifies has, before the number, a definite
    determiner or "all" (``part_whole.whole_determiners``: "the 23 houses", "all five camels") or a possessive ("the
    prison's 1,087 inmates", "its 14 hospitals"), as ``part_whole.whole_deps`` of the parse."""
    doc = parsed_sentence(sentence)
    if doc is None:
        return False
    num = _number(doc, sentence, start, end, figure)
    if num is None or num.dep_ != "nummod" or num.head.pos_ != "NOUN" or num.head.i <= num.i:
        return False
    rule = _part_whole_rule()
    words, deps = rule["whole_determiners"], rule["whole_deps"]
    return any(k.i < num.i and k.dep_ in deps and (k.dep_ == "poss" or str(k.text).lower() in words)
               for k in num.head.children)


def part_and_whole(f: Finding, sources: dict[int, Source]) -> bool:
    """Whether a count conflict sets a part of a group against the whole group: one figure an explicit partitive
    (:func:`told_as_part`: "Five of the hospitals will be merged"), the other not, of the same counted noun
    (:func:`newsprism.story.compare.noun_match`) and larger than the part's whole range, told as the whole: a
    definite, "all" or possessive count (:func:`told_as_whole`: "the region's 14 hospitals", "all five camels") or a
    count that a verb of having or numbering ties to its group (``part_whole.whole_verbs``: "The region has 14
    hospitals"). English tells the group and then what befell some of it: one fact told as part and whole, no
    disagreement.

    The same act counted as a part and as the other count stays a conflict: both figures' verbs (the claims layer's
    ``verb``) must be known and differ ("Five of the hospitals were evacuated" / "Eight hospitals were evacuated" is a
    conflict, and so is "the 14 hospitals were evacuated": all of them against five); a plain count with any other
    verb is never taken as the whole ("Two of his samples contained it" / "Three samples tested positive"). Two
    partitives, or a part not smaller than the other count, stay. Round 37 (issue 11)."""
    a, b = f.a.amount, f.b.amount
    if not _part_whole_rule()["enabled"] or f.kind != "conflict" or f.slot != "count" or a is None or b is None \
            or a.dim != "count" or b.dim != "count" or f.a.source not in sources or f.b.source not in sources:
        return False
    at_a = _in_sentence(sources[f.a.source], f.a.sentence, a)
    at_b = _in_sentence(sources[f.b.source], f.b.sentence, b)
    if at_a is None or at_b is None or noun_match(a.noun, b.noun) < 0.8:
        return False
    pa, pb = told_as_part(*at_a, a.text), told_as_part(*at_b, b.text)
    if pa == pb:
        return False
    (part, whole, at_whole) = (a, b, at_b) if pa else (b, a, at_a)
    if not part.high < whole.low:
        return False
    verb_whole, verb_part = whole.extra.get("verb"), part.extra.get("verb")
    if verb_whole is None or verb_part is None or verb_whole == verb_part:
        return False  # the same act, or one not known, may be the one act counted twice
    group_verb = verb_whole in {verb_key(v) for v in _part_whole_rule()["whole_verbs"]}
    return group_verb or told_as_whole(*at_whole, whole.text)


def counted_groups(f: Finding, sources: dict[int, Source]) -> dict[str, float]:
    """``partitive`` (1 when either figure counts a part of a group), ``group_clash`` (1 when both figures' own
    phrases name a group and the groups differ), ``measured_clash`` (1 when a figure-and-unit modifies a noun and
    the other figure does not measure that same thing) and ``measured_one_side`` (1 when that clash is of a noun
    named by one figure only, the other a bare figure-and-unit: round 44) of an amount conflict; empty for any other
    finding, or when the rule is switched off (``counted_group.enabled``)."""
    a, b = f.a.amount, f.b.amount
    if f.kind != "conflict" or a is None or b is None or not _rule()["enabled"] \
            or f.a.source not in sources or f.b.source not in sources:
        return {}
    pa, ga = _side_group(sources[f.a.source], f.a.sentence, a)
    pb, gb = _side_group(sources[f.b.source], f.b.sentence, b)
    clash = ga is not None and gb is not None and not same_group(ga, gb)
    measured, one_side = _measured_clash(f, sources)
    return {"partitive": float(pa or pb), "group_clash": float(clash), "measured_clash": float(measured),
            "measured_one_side": float(one_side), "part_whole": float(part_and_whole(f, sources))}
