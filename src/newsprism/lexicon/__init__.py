"""Do two nouns name one kind of thing? A WordNet answer for the story comparison ("inmates" / "prisoners").

:func:`same_kind` is the one question: two nouns (any inflection; spaces for multi-word nouns) are one kind when,
in their first few senses (``data/lexicon.json``: ``senses``), they share a synset or one is a hypernym of the
other within ``hypernym_steps`` steps of the ``relations`` pointers. :func:`kind_relation` says which. A second
question, :func:`is_person_kind` (round 21), asks whether a noun names a kind of person or a post a person holds
(the role after "serves as"; ``person`` in ``data/lexicon.json``). WordNet is opened on the first question only (a run that asks none pays nothing) and every answer is cached.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from newsprism.common.data_files import load_json
from newsprism.lexicon.wordnet import NounFiles, PosFiles, noun_files, verb_files

__all__ = ["KindRelation", "is_agent_kind", "is_dictionary_word", "is_happening_kind", "is_measure_noun", "is_payment_noun", "is_person_kind", "is_place_noun", "is_time_noun",
           "is_transfer_verb", "kin_within", "kind_relation", "lies_under", "noun_acts", "opposite_act_verbs", "other_number", "phrasal_verb", "same_act_verb", "same_act_word", "same_kind", "settings"]

logging.getLogger(__name__).addHandler(logging.NullHandler())

Relation = Literal["same", "synonym", "hypernym", "hyponym"]


@dataclass(frozen=True)
class KindRelation:
    """How noun ``a`` relates to noun ``b``: ``hypernym`` when ``a`` is the broader one; ``steps`` up the tree."""

    relation: Relation
    steps: int


def settings() -> dict[str, Any]:
    return dict(load_json("newsprism.lexicon", "data/lexicon.json"))


def _senses(files: PosFiles, word: str, n: int) -> tuple[int, ...]:
    out: list[int] = []
    for lemma in files.lemmas_of(word):
        out.extend(o for o in files.offsets(lemma)[:n] if o not in out)
    return tuple(out)


def _above(files: PosFiles, start: tuple[int, ...], steps: int, keep: frozenset[str]) -> dict[int, int]:
    """Every synset within ``steps`` steps up from ``start`` (including it), with its distance."""
    seen = {o: 0 for o in start}
    frontier = list(start)
    for d in range(1, steps + 1):
        nxt: list[int] = []
        for o in frontier:
            for _, t in files.synset(o, keep).up:
                if t not in seen:
                    seen[t] = d
                    nxt.append(t)
        frontier = nxt
    return seen


@cache
def kind_relation(a: str, b: str) -> KindRelation | None:
    """How two nouns relate as kinds of thing, or None when WordNet (in the first senses) does not join them."""
    a, b = a.strip().lower(), b.strip().lower()
    if not a or not b:
        return None
    if a == b:
        return KindRelation("same", 0)
    cfg = settings()
    files = noun_files(str(cfg["wordnet_dir"]))
    n, steps, keep = int(cfg["senses"]), int(cfg["hypernym_steps"]), frozenset(cfg["relations"])
    sa, sb = _senses(files, a, n), _senses(files, b, n)
    if not sa or not sb:
        return None
    if set(sa) & set(sb):
        lemmas_a, lemmas_b = set(files.lemmas_of(a)), set(files.lemmas_of(b))
        return KindRelation("same" if lemmas_a & lemmas_b else "synonym", 0)
    up_a, up_b = _above(files, sa, steps, keep), _above(files, sb, steps, keep)
    down = min((d for o, d in up_a.items() if o in sb), default=None)  # b is above a: a is the narrower
    up = min((d for o, d in up_b.items() if o in sa), default=None)
    if down is None and up is None:
        return None
    if up is not None and (down is None or up <= down):
        return KindRelation("hypernym", up)
    assert down is not None
    return KindRelation("hyponym", down)


def same_kind(a: str, b: str) -> bool:
    """Whether two nouns name one kind of thing (synonyms, or one a near hypernym of the other)."""
    return kind_relation(a, b) is not None


@cache
def other_number(a: str, b: str) -> bool:
    """Whether two written nouns are one noun in its two grammatical numbers ("men" / "man", "raids" / "raid"):
    different forms, one of them a WordNet lemma (morphy) of the other."""
    a, b = a.strip().lower(), b.strip().lower()
    if not a or not b or a == b:
        return False
    files = noun_files(str(settings()["wordnet_dir"]))
    return b in set(files.lemmas_of(a)) or a in set(files.lemmas_of(b))


def lies_under(files: NounFiles, offset: int, roots: frozenset[int], keep: frozenset[str], seen: set[int]) -> bool:
    """Whether a synset is one of ``roots`` or lies under one by any number of steps up the ``keep`` pointers."""
    if offset in roots:
        return True
    if offset in seen:
        return False
    seen.add(offset)
    return any(lies_under(files, t, roots, keep, seen) for _, t in files.synset(offset, keep).up)


@cache
def is_person_kind(noun: str) -> bool | None:
    """Whether a noun (any inflection; spaces for a multi-word noun) names a kind of person or a post a person holds
    ("mayor", "adviser", "chair"; not "foreshadowing", "reminder", "stronghold"): one of its first
    ``person.senses`` senses lies under a ``person.roots`` synset. None when WordNet does not know the noun (a new
    job title, "podcaster"): the caller decides what an unknown word means."""
    if not noun.strip():
        return None
    files, senses = _first_senses(noun, "person")
    if not senses:
        return None
    cfg = settings()
    roots = frozenset(int(o) for o in cfg["person"]["roots"].values())
    keep = frozenset(cfg["relations"])
    return any(lies_under(files, o, roots, keep, set()) for o in senses)


def _first_senses(noun: str, section: str) -> tuple[NounFiles, tuple[int, ...]]:
    """WordNet's noun files and the first ``<section>.senses`` senses of ``noun`` (a word, not empty)."""
    cfg = settings()
    files = noun_files(str(cfg["wordnet_dir"]))
    return files, _senses(files, noun.strip().lower(), int(cfg[section]["senses"]))


def _in_lexfiles(noun: str, section: str) -> bool:
    """Whether one of the first ``<section>.senses`` senses of ``noun`` is in one of the ``<section>.lexfiles``
    lexicographer files; False for an empty word or one WordNet lacks."""
    if not noun.strip():
        return False
    files, senses = _first_senses(noun, section)
    return _lexfile_hit(files, senses, section)


def _lexfile_hit(files: PosFiles, senses: tuple[int, ...], section: str) -> bool:
    """Whether one of ``senses`` is in one of the ``<section>.lexfiles`` lexicographer files."""
    want = frozenset(int(x) for x in settings()[section]["lexfiles"].values())
    return any(files.lexfile(o) in want for o in senses)


@cache
def is_dictionary_word(word: str) -> bool:
    """Whether WordNet lists ``word`` (any case, any inflection) as a noun or a verb: a capitalised word that opens a
    sentence and is no such word ("Orvik school has 38 pupils") is a name, whatever the small tagger reads it as
    (round 60); False for an empty word."""
    low = word.strip().lower()
    if not low:
        return False
    folder = str(settings()["wordnet_dir"])
    return any(_senses(files, low, 1) for files in (noun_files(folder), verb_files(folder)))


@cache
def is_agent_kind(noun: str) -> bool:
    """Whether a noun can name a doer: a kind of person or a post (:func:`is_person_kind` True, or None for a word
    WordNet lacks: unknown is taken as a possible doer), or a body of people (one of its first ``agent.senses``
    senses in the ``agent.lexfiles`` files, WordNet's noun.group: "council", "company", "crew", "police"). Round
    53 (issue 11): an intransitive verb whose subject is no possible doer tells the act of that thing ("the hangar
    opened", "test trains have run"), not a deed of the thing."""
    if not noun.strip():
        return True
    return is_person_kind(noun) is not False or _in_lexfiles(noun, "agent")


@cache
def is_happening_kind(noun: str) -> bool:
    """Whether a noun names a happening (a deed or an event: "strike", "stoppage", "ballot", "break-in", "ruling"; not
    "day", "journalist", "bank", "country"): one of its first ``happening.senses`` senses is in one of the
    ``happening.lexfiles`` lexicographer files (WordNet's noun.act, noun.event). False when WordNet lacks it. Round
    36 (issue 11): the ordinal of such a noun may rank its report's own happening."""
    return _in_lexfiles(noun, "happening")


@cache
def is_place_noun(noun: str) -> bool:
    """Whether a noun names a place or a thing one can be in or on ("hall", "basket", "park", "lake", "hospital";
    not "risk", "favour", "strike", "custody"): one of its first ``place.senses`` senses is in one of the
    ``place.lexfiles`` lexicographer files (WordNet's noun.artifact, noun.location, noun.object). False when WordNet
    lacks it. Round 51 (issue 11): "140 pupils were in the sports hall" counts those present; "40 homes are at risk"
    names no place."""
    return _in_lexfiles(noun, "place")


@cache
def is_measure_noun(noun: str) -> bool:
    """Whether a noun measures an amount of what its "of" names ("tonne", "litre", "box" in its boxful sense,
    "crate", "bottle", "batch"; not "member", "employee", "window", "piece"): one of its first ``measure.senses``
    senses is in one of the ``measure.lexfiles`` lexicographer files (WordNet's noun.quantity). False when WordNet
    lacks it. Round 60c (issue 11): "700 tonnes of fruit were left" tells of fruit, counted in tonnes; "two members
    of the crew" tells of members, not of every crew."""
    return _in_lexfiles(noun, "measure")


@cache
def is_payment_noun(noun: str) -> bool:
    """Whether a noun names a sum paid or owed ("fee", "fine", "price", "cost", "subsidy", "grant", "wage"; not
    "permit", "parking", "bridge"): one of its first ``payment.senses`` senses is in one of the ``payment.lexfiles``
    lexicographer files (WordNet's noun.possession). False when WordNet lacks it. Round 57 (issue 11): such a noun
    names what kind of sum a figure is, and the thing the sum is paid for is its complement ("a fine of 60 vorns
    for parking", "the permit fee"), read by :func:`newsprism.story.referent.priced_thing`."""
    return _in_lexfiles(noun, "payment")


@cache
def kin_within(a: str, b: str) -> bool | None:
    """Whether two nouns are kin as kinds of thing: one synset lies within ``kin.steps`` hypernym steps above one of
    the first ``kin.senses`` senses of each ("permit" / "licence", "bridge" / "crossing": yes; "permit" / "parking":
    no). None when WordNet lacks either. Round 57 (issue 11): two prices of things that are no kin are prices of two
    things (:func:`newsprism.story.referent.things_apart`)."""
    a, b = a.strip().lower(), b.strip().lower()
    if not a or not b:
        return None
    if a == b:
        return True
    cfg = settings()
    files = noun_files(str(cfg["wordnet_dir"]))
    n, steps, keep = int(cfg["kin"]["senses"]), int(cfg["kin"]["steps"]), frozenset(cfg["relations"])
    sa, sb = _senses(files, a, n), _senses(files, b, n)
    if not sa or not sb:
        return None
    return bool(set(_above(files, sa, steps, keep)) & set(_above(files, sb, steps, keep)))


@cache
def is_time_noun(noun: str) -> bool:
    """Whether a noun names a time ("nightfall", "evening", "midday", "Wednesday", "week"; not "count", "letter",
    "authority"): its first ``time.senses`` senses are in one of the ``time.lexfiles`` lexicographer files
    (WordNet's noun.time). False when WordNet lacks it. Round 51 (issue 11): "By nightfall 36 passengers had been
    lowered" tells a count at a time; "By the authority's count, ..." names no time."""
    return _in_lexfiles(noun, "time")


def _verb_lemma(files: PosFiles, key: str) -> str | None:
    """The WordNet verb lemma of a verb or of its crude stem (``verb_key``: "clos", "complet", "releas"): the
    word itself when WordNet knows it as a verb (any inflection), else the stem with its "e" back; None when
    neither is a verb WordNet knows."""
    for form in (key, key + "e"):
        for lemma in files.lemmas_of(form):
            return lemma
    return None


def _act_senses(files: PosFiles, lemma: str) -> tuple[int, ...]:
    """The senses of a verb lemma read as an act: its first ``verbs.senses``; a verb with its particle (round 51:
    "cut_down", "walk_out") names a narrow act in each of its few senses, in an order WordNet's sense counts barely
    rank, so it is read in its first ``verbs.phrasal_senses``."""
    cfg = settings()["verbs"]
    n = int(cfg["senses"])
    return _senses(files, lemma, int(cfg.get("phrasal_senses", n)) if "_" in lemma else n)


@cache
def same_act_verb(a: str, b: str) -> bool:
    """Whether two verbs (or their ``verb_key`` stems) name one act (round 44, issue 11): in their first
    ``verbs.senses`` senses they share a synset ("closed" / "shut", "finished" / "completed") or one is a hypernym
    of the other within ``verbs.hypernym_steps`` steps of the ``verbs.relations`` pointers ("felled" / "cut",
    "ended" / "completed": the narrower act is a way of doing the broader one). Two verbs that only share a parent
    are never one act: "opened" / "closed" and "rose" / "fell" are siblings under one hypernym. The same word is
    one act; a word WordNet does not know as a verb joins nothing."""
    a, b = a.strip().lower(), b.strip().lower()
    if not a or not b:
        return False
    if a == b:
        return True
    cfg = settings()["verbs"]
    files = verb_files(str(settings()["wordnet_dir"]))
    la, lb = _verb_lemma(files, a), _verb_lemma(files, b)
    if la is None or lb is None:
        return False
    if la == lb:
        return True
    steps, keep = int(cfg["hypernym_steps"]), frozenset(cfg["relations"])
    sa, sb = _act_senses(files, la), _act_senses(files, lb)
    if not sa or not sb:
        return False
    if set(sa) & set(sb):
        return True
    up_a, up_b = _above(files, sa, steps, keep), _above(files, sb, steps, keep)
    return any(o in sb for o in up_a) or any(o in sa for o in up_b)


@cache
def is_transfer_verb(verb: str) -> bool:
    """Whether a verb (or its ``verb_key`` stem) names a change of possession ("pay", "earn", "receive", "give",
    "buy", "have"; not "number", "total", "stand", "draw"): one of its first ``transfer.senses`` senses is in one of
    the ``transfer.lexfiles`` lexicographer files (WordNet's verb.possession). False when WordNet lacks it. Round 58
    (issue 11): the figure such a verb takes is what changes hands ("Nurses will pay 60 vorns a month"), never a
    count of the verb's subject, as "workers numbered 4,000" counts the workers."""
    key = verb.strip().lower()
    if not key:
        return False
    files = verb_files(str(settings()["wordnet_dir"]))
    lemma = _verb_lemma(files, key)
    if lemma is None:
        return False
    return _lexfile_hit(files, _senses(files, lemma, int(settings()["transfer"]["senses"])), "transfer")


@cache
def opposite_act_verbs(a: str, b: str) -> bool:
    """Whether WordNet lists two verbs (or their ``verb_key`` stems) as opposite acts (round 58, issue 11): an
    antonym pointer (``!``) joins a synset of one of their first ``verbs.senses`` senses to a synset of the
    other's ("began" / "ended", "opened" / "closed", "arrived" / "left"). The beginning and the end of one thing,
    its opening and its closing, are two happenings with two days, however alike their clauses are. A word WordNet
    does not know as a verb is opposed to nothing; a verb is never its own opposite."""
    a, b = a.strip().lower(), b.strip().lower()
    if not a or not b or a == b:
        return False
    files = verb_files(str(settings()["wordnet_dir"]))
    la, lb = _verb_lemma(files, a), _verb_lemma(files, b)
    if la is None or lb is None or la == lb:
        return False
    sa, sb = _act_senses(files, la), _act_senses(files, lb)
    return any(o in sb for x in sa for o in files.antonym_synsets(x)) or \
        any(o in sa for y in sb for o in files.antonym_synsets(y))


@cache
def is_base_verb(form: str) -> bool:
    """Whether WordNet knows the word as the base form of a verb ("share", "ask", "subscribe"; not "shellfish",
    "rector" or a place name a tagger reads as a verb at the head of a sentence). Round 57 (issue 11): the
    imperative check (``newsprism.events.clauses.imperative``) trusts a bare-verb tag only on a verb WordNet
    lists."""
    form = form.strip().lower()
    if not form.isalpha():
        return False
    return bool(verb_files(str(settings()["wordnet_dir"])).offsets(form))


@cache
def phrasal_verb(verb: str, particle: str) -> str | None:
    """The WordNet verb a verb (any inflection) makes with its particle, where WordNet lists the two words as one
    verb lemma ("walk_out" of "walked" + "out", "call_off" of "called" + "off", "break_down" of "broke" + "down");
    None where it does not ("walked" + "quickly"). Round 51 (issue 11): English tells many acts with a verb and its
    particle, and such a verb is its own act, not its bare head's ("walked out" is a strike, not a walk)."""
    verb, particle = verb.strip().lower(), particle.strip().lower()
    if not verb.isalpha() or not particle.isalpha():
        return None
    files = verb_files(str(settings()["wordnet_dir"]))
    for lemma in files.lemmas_of(verb):
        if files.offsets(f"{lemma}_{particle}"):
            return f"{lemma}_{particle}"
    return None


@cache
def noun_acts(noun: str) -> frozenset[str]:
    """The verbs a noun names the act of, as WordNet's derivationally related form pointers (``+``) tie them to the
    noun in its first ``acts.senses`` senses: "closure" -> "close", "suspension" -> "suspend", "shutdown" ->
    "shut_down", "exhibition" -> "exhibit". Empty for a word WordNet does not know as a noun, or one it ties to no
    verb ("outage", "truce"). Round 52 (issue 11)."""
    noun = noun.strip().lower()
    if not noun:
        return frozenset()
    cfg = settings()
    nouns, verbs = noun_files(str(cfg["wordnet_dir"])), verb_files(str(cfg["wordnet_dir"]))
    out: set[str] = set()
    for lemma in nouns.lemmas_of(noun):
        for offset in nouns.offsets(lemma)[: int(cfg["acts"]["senses"])]:
            out.update(nouns.derived(offset, lemma, verbs))
        break  # the word's own lemma (morphy's first), not a rarer reading of its form
    return frozenset(out)


@cache
def same_act_word(a: str, b: str) -> bool:
    """Whether two words, each a noun or a verb (or a verb's ``verb_key`` stem), name one act: the verbs each names
    (the word itself, and for a noun the verbs of :func:`noun_acts`) include two that :func:`same_act_verb` reads
    as one act. "closure" / "shut" (close = shut), "suspension" / "suspended", "shutdown" / "closed", "exhibition"
    / "displayed"; not "ban" / "suspension", "contract" / "option", "closed" / "opened". Round 52 (issue 11)."""
    a, b = a.strip().lower(), b.strip().lower()
    if not a or not b:
        return False
    xs, ys = {a} | noun_acts(a), {b} | noun_acts(b)
    return any(same_act_verb(x, y) for x in xs for y in ys)
