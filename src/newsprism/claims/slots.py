"""Typed slots of one parsed sentence: amounts with the thing they count, ordinals, titles, dates, status.

``sentence_slots(sent, offset)`` reads a spaCy sentence (``offset`` is where its paragraph starts in the stored
text) and returns every slot with character offsets into the stored text. The word lists live in
``data/slots.json`` and ``data/amounts.json``; the same code runs at training time (the contradiction
judge's slot features) and at run time (story comparison), so the two cannot drift.

- amounts: :mod:`newsprism.claims.amounts`, plus the counted thing from the parse ("4,000 workers",
  "a crowd of 4,000", "the toll stood at 207" -> toll);
- ordinals: "second term", "for the first time", "third-largest", with "since 1999" when given;
- roles: a person's title split into rank modifiers (deputy, vice, former, ...), portfolio words
  (foreign, defence, ...) and the core title (minister); honorifics (Mr., Ms., Dr.) are kept apart;
- dates: weekday, day, month, year of a date expression and the predicate it dates; dates of saying
  ("said on Monday") are marked, since they are not dates of the happening;
- status: for each main clause (or the clause a reporting verb reports), the predicate and whether it is
  done, planned, under way, denied or hypothetical, and who it is attributed to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from newsprism.claims.amounts import Amount, find_amounts
from newsprism.claims.amounts import data as amount_data
from newsprism.common.data_files import load_json
from newsprism.events.lexicon import noun_base
from newsprism.lexicon import is_transfer_verb
from newsprism.nlp.parse_tree import is_root

STATUS_VALUES = ("occurred", "planned", "ongoing", "denied", "hypothetical")


TITLE_FUNCTION_WORDS = frozenset({"of", "the", "for"})  # in the title word lists, no title or portfolio of their own


@cache
def data() -> dict[str, Any]:
    raw: dict[str, Any] = dict(load_json("newsprism.claims", "data/slots.json"))
    words: set[str] = set()
    for t in raw["core_titles"] + raw["rank_modifiers"] + raw["portfolio_words"]:
        words.update(t.split())
    raw["title_words"] = words - TITLE_FUNCTION_WORDS
    raw["honorific_set"] = set(raw["honorifics"])
    raw["core_set"] = set(raw["core_titles"])
    raw["rank_set"] = set(raw["rank_modifiers"])
    raw["post_rank_set"] = set(raw["post_rank_words"])
    raw["subordinate_post_set"] = set(raw["subordinate_post_ranks"])
    for key in ("reporting_verbs", "speech_verbs", "denial_verbs", "plan_verbs", "future_modals", "conditional_modals",
                "negators", "negative_determiners", "weekdays", "months", "time_of_day_nouns", "receiving_verbs",
                "time_span_nouns", "counterfactual_modals", "perfect_auxiliaries", "condition_marks",
                "inverted_condition_auxiliaries", "inverted_negators"):
        raw[key + "_set"] = set(raw[key])
    return raw




@lru_cache(maxsize=65536)
def verb_key(word: str) -> str:
    """A crude stem that makes inflections of one verb equal ("signed", "signing", "signs" -> "sign")."""
    w = word.lower().strip()
    irregular = data()["irregular_verbs"]
    if w in irregular:
        w = irregular[w]
        return w[:-1] if w.endswith("e") and len(w) > 3 else w
    if w.endswith(("ss", "us", "is")):
        return w
    for suf, rep in (("ying", "y"), ("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: len(w) - len(suf)] + rep
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]
    return w[:-1] if w.endswith("e") and len(w) > 3 else w


@cache
def verb_keys(name: str) -> frozenset[str]:
    """``verb_key`` of every verb in one word list of ``data/slots.json`` (built once)."""
    return frozenset(verb_key(v) for v in data()[name])


@lru_cache(maxsize=4096)
def _word_re(phrase: str) -> re.Pattern[str]:
    """``phrase`` as a whole-word pattern, compiled once (the same phrases are searched in every sentence)."""
    return re.compile(rf"\b{re.escape(phrase)}\b")


@lru_cache(maxsize=4096)
def _title_re(title: str) -> re.Pattern[str]:
    """``title`` between spaces or the ends of a normalized title, compiled once."""
    return re.compile(rf"(?:^|\s){re.escape(title)}(?:\s|$)")


@dataclass
class Ordinal:
    start: int
    end: int
    text: str
    value: int
    noun: str | None = None
    since: str | None = None
    # the superlative a rank is in ("longest" of "the second-longest bridge" and of "the longest bridge", rank 1):
    # ranks pair only within one superlative, and an ordinal of a series ("the second strike") with none
    superlative: str | None = None


@dataclass
class Role:
    start: int
    end: int
    text: str  # the title and the name as written ("Deputy Foreign Minister Ivan Petrov")
    person: str  # the surname, lower case: the key that ties mentions of one person together
    name: str
    title: str  # normalized title words ("deputy foreign minister")
    core: str | None
    modifiers: frozenset[str] = frozenset()
    portfolio: frozenset[str] = frozenset()
    honorific: str | None = None
    written: str = ""  # the title words as written, without an honorific ("Deputy Foreign Minister")


@dataclass
class DateSlot:
    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    predicate: str | None = None
    speech: bool = False


@dataclass
class Status:
    start: int  # the predicate (verb) span
    end: int
    text: str
    predicate: str  # verb key
    status: str  # one of STATUS_VALUES
    negated: bool = False
    attributed_to: str | None = None
    clause_start: int = 0
    clause_end: int = 0
    # the head of the clause's subject ("count" of "The count ended", "sollen" of "Marek Sollen was sworn in"):
    # one verb of one subject in two sentences is one happening's evidence (story.compare)
    subject: str | None = None
    # the head of what the verb acts on (its object, or a passive's subject: "appeal" of "filed an appeal",
    # "deal" of "the deal was unveiled"): with the subject, who did what to whom
    object: str | None = None
    # the clause is denied by a negative quantifier in the place of a participant ("nobody had been arrested",
    # "received no offer"): it denies every such happening, whoever would have taken part
    blanket: bool = False


@dataclass
class SentenceSlots:
    start: int
    end: int
    text: str
    amounts: list[Amount] = field(default_factory=list)
    ordinals: list[Ordinal] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    dates: list[DateSlot] = field(default_factory=list)
    statuses: list[Status] = field(default_factory=list)
    names: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()


def _end(tok: Any) -> int:
    return int(tok.idx + len(tok.text))


def _tokens_in(sent: Any, lo: int, hi: int) -> list[Any]:
    return [t for t in sent if lo <= t.idx < hi]


def _np_text(noun: Any, after: int = -1) -> tuple[str, int, int]:
    left = [k for k in noun.lefts if k.dep_ in ("compound", "amod") and not k.like_num and k.pos_ != "NUM"
            and k.i > after]
    toks = sorted(left + [noun], key=lambda t: t.i)
    # keep only a contiguous run ending at the noun
    run = [noun]
    for t in reversed(toks[:-1]):
        if t.i == run[0].i - 1 or (t.i == run[0].i - 2 and run[0].doc[t.i + 1].text == "-"):
            run.insert(0, t)
    return " ".join(t.text for t in run), run[0].idx, _end(noun)


GENERIC_HEADS = {"number", "total", "toll", "tally", "count", "figure", "sum", "amount", "crowd", "group",
                 "delegation", "force", "contingent", "population"}


def _counted(tok: Any, amount_end_tok: Any) -> Any | None:
    """The noun an amount counts, from the parse."""
    cur = tok
    for _ in range(3):
        if cur.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod", "npadvmod", "advmod", "det") and \
                cur.head.pos_ in ("NOUN", "PROPN") and cur.head.i > cur.i:
            return cur.head
        if cur.dep_ in ("quantmod", "advmod", "amod", "compound", "nummod") and cur.head.pos_ == "NUM":
            cur = cur.head
            continue
        break
    nxt = amount_end_tok.nbor(1) if amount_end_tok.i + 1 < len(amount_end_tok.doc) else None
    if nxt is not None and nxt.text.lower() == "of":
        objs = [k for k in nxt.children if k.dep_ == "pobj"]
        if objs and objs[0].pos_ in ("NOUN", "PROPN"):
            return objs[0]
    if nxt is not None and nxt.pos_ in ("NOUN",) and nxt.dep_ in ("compound", "nsubj", "dobj", "pobj", "attr", "ROOT") \
            and tok.dep_ != "pobj":
        return nxt
    # "a crowd of 4,000", "a death toll of 207"
    if cur.dep_ == "pobj" and cur.head.text.lower() == "of" and cur.head.head.pos_ in ("NOUN", "PROPN"):
        return _through_generic(cur.head.head)
    # "the toll stood at 207", "workers numbered 4,000", "the strike drew fewer than 500"
    verb = cur.head
    if cur.dep_ == "pobj":
        verb = cur.head.head
    if cur.dep_ in ("dobj", "attr", "pobj", "npadvmod", "oprd") and verb.pos_ in ("VERB", "AUX"):
        subj = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.tag_ == "WDT" and verb.dep_ == "relcl":
            subj = verb.head
        # a common noun is what is counted ("workers numbered 4,000"); a name is who has the figure ("Carter added
        # 12", "the Clintons earned $140 million"): its holder (:func:`_holder`), never the counted thing
        # a verb of possession takes what changes hands ("Nurses will pay 60 vorns a month", "members paid 300"):
        # its figure counts no subject (round 58, ``counted_subject_not_of_transfer``)
        if subj is not None and data().get("counted_subject_not_of_transfer") \
                and is_transfer_verb(verb_key(verb.text.lower())):
            return None
        if subj is not None and subj.pos_ == "NOUN" and _name_key(subj) is None:
            return _through_generic(subj)
    return None


EVIDENCE_NOUN_REACH = 6  # words before a figure within which its counted thing is part of the quoted evidence
DURATION_PREPOSITIONS = frozenset({"for", "over"})  # "would run for 15 years", "spread over ten years"


def _lasting(unit: Any) -> Any | None:
    """What a length of time after a verb or "of" is the length of: the noun it is "of" ("a plan of 20 years"), or
    the verb's subject, a common noun ("the agreement would run for 15 years", "the ban lasts five years", "the
    warranty was extended for three years"), so that it pairs with the same thing's length told before the noun
    ("a 10-year agreement"). A pronoun or a name as subject ("he was jailed for 15 years") says nothing
    comparable: no counted thing."""
    verb = unit.head
    if verb.text.lower() == "of" and verb.head.pos_ == "NOUN" and verb.head.i < unit.i:
        return _through_generic(verb.head)  # "a plan of 20 years", "a sentence of ten years"
    of = next((k for k in unit.children if k.dep_ == "prep" and k.text.lower() == "of"), None)
    obj = next((k for k in of.children if k.dep_ == "pobj" and k.pos_ == "NOUN"), None) if of is not None else None
    if obj is not None:
        return _through_generic(obj)  # "four years of investigation", "three days of talks"
    if verb.dep_ == "prep" and verb.text.lower() in DURATION_PREPOSITIONS:
        verb = verb.head
    elif unit.dep_ not in ("dobj", "npadvmod"):
        return None
    # only a verb of lasting gives its subject's length; "the lanes were closed for four days" is the closing's
    # length, not the lanes' (and "a four-day closure" must not read as another thing than the lanes)
    if verb.pos_ not in ("VERB", "AUX") or verb_key(verb.text) not in verb_keys("lasting_verbs"):
        return None
    subj = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or _name_key(subj) is not None:
        return None
    return _through_generic(subj)


def _measured(unit: Any) -> Any | None:
    """What a measure after a verb or "of" measures: the noun it is "of" ("2.3 tonnes of copper"), the noun an
    adjective joined to the unit describes ("a 600-metre-deep gallery"), or the common-noun subject of a verb of
    extent or weight (``measure_verbs``: "the bridge stretches 3.1 kilometres", "a gallery that lies 850 metres
    below ground", "the satellite weighs 2.3 tonnes", "the bridge is 3.1 kilometres long"), so that it pairs with
    the same thing's measure told before the noun ("the 2.4-kilometre bridge"). A name or a pronoun as subject
    says nothing comparable: no measured thing."""
    of = next((k for k in unit.children if k.dep_ == "prep" and k.text.lower() == "of"), None)
    obj = next((k for k in of.children if k.dep_ == "pobj" and k.pos_ == "NOUN"), None) if of is not None else None
    if obj is not None:
        return _through_generic(obj)
    head = unit.head
    for _ in range(2):  # "850 metres below ground", "3.1 kilometres long": through the preposition or adjective
        if head.pos_ == "ADJ" and head.head.pos_ == "NOUN" and head.head.i > head.i:
            return head.head  # "a 600-metre-deep gallery"
        if head.pos_ not in ("ADP", "ADJ"):
            break
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or verb_key(head.text) not in verb_keys("measure_verbs"):
        return None
    subj = next((k for k in head.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.tag_ == "WDT" and head.dep_ == "relcl":
        subj = head.head  # "a gallery that lies 850 metres below ground"
        made = subj.head.head if subj.dep_ == "pobj" else None
        if made is not None and made.dep_ == "acl" and made.head.pos_ == "NOUN":
            # "a wall made of concrete that would rise 30 feet": what a thing is made of is not what is measured;
            # the parse hangs the clause on either noun, the outer one is the thing
            subj = made.head
    if subj is None or subj.pos_ != "NOUN" or _name_key(subj) is not None:
        return None
    return _through_generic(subj)


HOLDER_PREPOSITIONS = frozenset({"from", "by"})
# a figure in one of these phrases beside a verb's object is not the subject's ("convicted him on 14 counts", "buy
# Skelder for 1.25 billion"); "led the Herons with 13 rebounds" keeps its subject's
OBJECT_PREPOSITIONS = frozenset({"on", "for"})  # "13 points from Seth VanDeest", "a goal by Ramos"
HOLDER_ENTITIES = frozenset({"PERSON", "ORG"})  # a name the tagger read as a common noun ("the Brisks")


NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _name_key(tok: Any) -> str | None:
    """The words that name a holder: a proper noun with the proper nouns compounded before it, lower case,
    possessive endings, titles, honorifics and suffixes (Jr.) dropped ("Cesar Sayoc Jr." -> "cesar sayoc"). The
    plural stays ("the Clintons" is the couple, not "Mr. Clinton"); a pronoun or a common noun names nobody."""
    if tok.pos_ != "PROPN" and tok.ent_type_ not in HOLDER_ENTITIES:
        return None
    d = data()
    run = [k for k in tok.lefts if k.dep_ == "compound" and k.pos_ == "PROPN"] + [tok]
    words = [str(k.text).lower().removesuffix("'s").removesuffix("’s") for k in run]
    words = [w for w in words if w not in NAME_SUFFIXES and w not in d["honorific_set"] and w not in d["title_words"]]
    return " ".join(words) or None


def _holder(first: Any, last: Any, noun: Any | None, verb: Any | None, dim: str) -> str | None:
    """Whose figure an amount is, when a name says it: the counted thing's possessor ("VanDeest's 13 points") or
    its "from"/"by" phrase ("13 points from Seth VanDeest"), the person an age is of ("Jonathan Carrasquillo,
    24," / "34-year-old Zurana Horton"), else the named subject of the verb the figure hangs from ("Richard Carter
    scored 14 points"). Two figures of two named holders are two referents: one player's points are not another's."""
    if noun is not None and noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ in ("NOUN", "PROPN") \
            and noun.head.i > noun.i:
        # "the 35-word oath", "a 48-page indictment": the figure describes a thing, whoever takes or files it;
        # only that thing's possessor ("BuzzFeed's 48-page report") says whose it is
        return next((_name_key(k) for k in noun.head.children if k.dep_ == "poss"), None)
    if noun is not None:
        after = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
        # the phrase right after the counted thing, whether the parse hangs it there or on the verb
        preps = [k for k in noun.children if k.dep_ == "prep"] + ([after] if after is not None else [])
        for k in noun.children:
            if k.dep_ == "poss":
                return _name_key(k)
        for k in preps:
            if k.text.lower() in HOLDER_PREPOSITIONS:
                obj = next((o for o in k.children if o.dep_ == "pobj"), None)
                if obj is not None and _name_key(obj):
                    return _name_key(obj)
    if dim == "age":
        if last.head.pos_ == "PROPN" and last.head.i > last.i:  # "34-year-old Zurana Horton"
            return _name_key(last.head)
        if first.i >= 2 and first.nbor(-1).text == "," and first.nbor(-2).pos_ == "PROPN":  # "Carrasquillo, 24,"
            return _name_key(first.nbor(-2))
        if first.dep_ == "appos" and first.head.pos_ == "PROPN":
            return _name_key(first.head)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    inner = noun if noun is not None else last
    obj = next((k for k in verb.children if k.dep_ == "dobj"), None)
    if obj is not None and obj.i != inner.i and inner.dep_ == "pobj" and inner.head.head.i == verb.i \
            and inner.head.text.lower() in OBJECT_PREPOSITIONS:
        # a figure in a phrase beside the verb's object is not the subject's ("the judge convicted him on 14
        # counts": the counts are the convicted man's; "Corvan agreed to buy Skelder for 1.25 billion": the price
        # is the deal's): whose it is stays unknown
        return None
    subj = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        return _name_key(subj)
    # a verb without a subject of its own: the name right before it (its auxiliaries aside) is its subject even
    # when the parse hangs that name elsewhere ("Morelli was married with two children and Joering was married
    # with four daughters"); the first verb's subject is no safe guess for a second clause
    left = verb.i - 1
    while left >= 0 and verb.doc[left].dep_ in ("aux", "auxpass", "neg", "advmod"):
        left -= 1
    return _name_key(verb.doc[left]) if left >= 0 else None


def _source_group(noun: Any) -> bool:
    """Whether a counted group is the report's sources: the subject of a verb of telling (``source_verbs``: "three
    hostages who spoke to the Free Press", "two witnesses told reporters"), the object of "according to"
    ("according to two witnesses") or of "spoke to" / "talked to" (``interview_verbs``: "the paper spoke to four
    residents"). Such a figure counts who told the report, not the thing the report tells of (round 33)."""
    verbs = verb_keys("source_verbs")
    head = noun.head
    if noun.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX") and verb_key(head.text) in verbs:
        return True
    # "three hostages who spoke to ...": the relative clause's verb, whose subject is "who"
    if any(k.dep_ == "relcl" and k.pos_ in ("VERB", "AUX") and verb_key(k.text) in verbs
           and any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in k.children) for k in noun.children):
        return True
    if noun.dep_ != "pobj" or head.text.lower() != "to":
        return False
    if head.head.text.lower() == "according":
        return True
    # "the paper spoke to four residents": those interviewed (``interview_verbs``; "said to" / "told to" may
    # address an audience, not ask it)
    return head.head.pos_ in ("VERB", "AUX") and verb_key(head.head.text) in verb_keys("interview_verbs")


def _through_generic(noun: Any) -> Any:
    """"the number of workers" counts workers, not numbers."""
    if noun.text.lower() in GENERIC_HEADS:
        for k in noun.children:
            if k.dep_ == "prep" and k.text.lower() == "of":
                objs = [o for o in k.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
                if objs:
                    return objs[0]
    return noun


def _after_to(t: Any, change: frozenset[str]) -> bool:
    """Whether a "from" phrase the parse hung on a noun (``t``) belongs to a word of change through that noun's "to"
    phrase: "cut the price to 44 vorns a crate from 52" (the parse hangs "from 52" on "crate"). Only across a "to":
    "flights from 12 airports rose" counts airports, no earlier value."""
    seen_to = False
    for _ in range(int(data()["before_value_reach"])):
        if t.text.lower() == "to":
            seen_to = True
        elif seen_to and verb_key(t.text) in change:
            return True
        if t.pos_ in ("VERB", "AUX") or t.head is t:
            return False
        t = t.head
    return False


def _before_value(num: Any) -> bool:
    """Whether the figure ``num`` (its last number token) is the earlier value of a quantity that changed: its head
    chain (at most ``before_value_reach`` heads, crossing no other verb and no "to") reaches "from" whose head is a
    word of change (``change_words``: "down from an average of 52 vorns", "fell from 64", "a cut from 52") or "with" /
    "to" whose head is "compared" (``compare_words``: "compared with 52 last year"). "cut the price to 44 vorns from
    52": 44 is the after-value, 52 the before-value. Round 49 (issue 11)."""
    change, compare = verb_keys("change_words"), verb_keys("compare_words")
    t = num
    for _ in range(int(data()["before_value_reach"])):
        if t.head is t:
            return False
        t = t.head
        word = t.text.lower()
        if word == "from":
            return verb_key(t.head.text) in change or _after_to(t.head, change)
        if word in ("with", "to"):
            return verb_key(t.head.text) in compare
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def _attach(a: Amount, sent: Any, base: int) -> None:
    toks = _tokens_in(sent, a.start - base, a.end - base)
    if not toks:
        return
    if a.extra.get("frequency"):  # "twice", "on several occasions": a count of times, its noun already set
        head = toks[-1].head
        if head.pos_ in ("VERB", "AUX"):
            a.extra["verb"] = verb_key(head.text)
        return
    nums = [t for t in toks if t.like_num or t.pos_ == "NUM"] or toks
    noun = _counted(nums[-1], toks[-1])
    if noun in toks:
        noun = None
    if noun is None and a.dim != "count":
        head = toks[-1].head
        if head.pos_ in ("NOUN",) and head.i > toks[-1].i:
            noun = head
    if noun is None and a.dim == "duration":
        noun = _lasting(toks[-1])
    if noun is None and a.dim == "measure":
        units = [t for t in toks if t.pos_ == "NOUN"]
        noun = _measured(units[-1] if units else toks[-1])
    if _before_value(nums[-1]):
        a.extra["before"] = True  # "down from 52 vorns": the earlier value of a quantity that changed
    verb = toks[-1]  # the verb the amount hangs from ("signed 12 accords" -> sign)
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or is_root(verb):
            break
        verb = verb.head
    if verb.pos_ in ("VERB", "AUX"):
        a.extra["verb"] = verb_key(verb.text)
    holder = _holder(toks[0], toks[-1], noun if noun is not None and noun not in toks else None,
                     verb if verb.pos_ in ("VERB", "AUX") else None, a.dim)
    if holder:
        a.extra["holder"] = holder
    if noun is None or noun in toks:
        return
    text, s, e = _np_text(noun, after=toks[-1].i)
    a.noun, a.noun_text = noun_base(noun.text), text
    if _source_group(noun):
        a.extra["sources"] = True
    if noun.i >= toks[0].i - EVIDENCE_NOUN_REACH:
        a.noun_start, a.noun_end = base + s, base + e
    # else the counted thing is a subject far before the figure ("The concession with Orsk Shipping, signed on
    # Friday, will last 25 years"): the figure alone is the evidence a reader checks, not half the sentence
    # "a delegation of 40 business leaders": the head the figure belongs to is part of the evidence
    if noun.dep_ == "pobj" and noun.head.text.lower() == "of" and noun.head.head.pos_ == "NOUN" \
            and noun.head.head.i < toks[0].i:
        a.extra["head_start"] = base + noun.head.head.idx


OCCASION_NOUNS = frozenset({"time", "occasion"})  # "the first time the court has annulled ...": the clause is counted


def _series_of(noun: Any) -> str | None:
    """What "the Nth time <clause>" counts: the clause's happening, as its verb and the heads of its object and
    subject ("annul permit court" of "the second time the court has annulled a permit"), so that two sources'
    "first time" and "second time" of one kind of happening pair, and "the first time they met" does not pair
    with "the second time the court ruled". None for any other noun."""
    if noun.text.lower() not in OCCASION_NOUNS:
        return None
    clause = next((k for k in noun.children if k.dep_ in ("relcl", "acl") and k.pos_ in ("VERB", "AUX")), None)
    if clause is None and noun.dep_ == "attr":
        # a cleft, "It was the third time since March that members have voted": the parse hangs the counted
        # clause on the copula, after the noun, opened by "that"
        clause = next((k for k in noun.head.children if k.dep_ == "ccomp" and k.i > noun.i
                       and k.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.text.lower() == "that"
                                                            for c in k.children)), None)
    if clause is None:
        return None
    args = [noun_base(k.text) for dep in ("dobj", "nsubjpass", "nsubj") for k in clause.children
            if k.dep_ == dep and k.pos_ in ("NOUN", "PROPN")]
    return " ".join([verb_key(clause.text), *args])


_VOWELS = "aeiou"


def agent_noun(verb: str) -> str:
    """The noun of one who does a verb, by the regular English rule: "lead" -> "leader", "drive" -> "driver",
    "win" -> "winner" (a final consonant after one short vowel doubles), "climb" -> "climber"."""
    v = verb.lower()
    if v.endswith("e"):
        return v + "r"
    if (len(v) >= 3 and v[-1] not in _VOWELS + "wxy" and v[-2] in _VOWELS and v[-3] not in _VOWELS
            and sum(c in _VOWELS for c in v) == 1):
        return v + v[-1] + "er"
    return v + "er"


def _doer_series(noun: Any) -> str | None:
    """What "the first woman to lead the party" orders: the doers of the verb of the infinitive after a noun of
    ``series_doer_nouns``, named by the verb's agent noun ("leader"), as "its second female leader" names them.
    None for any other noun or shape."""
    if noun.text.lower() not in data()["series_doer_nouns"]:
        return None
    # an active infinitive only: "the first woman to be admitted" orders those the verb was done to, no doers
    verb = next((k for k in noun.children if k.dep_ in ("acl", "relcl") and k.pos_ == "VERB" and k.tag_ == "VB"
                 and any(c.dep_ == "aux" and c.text.lower() == "to" for c in k.children)
                 and not any(c.dep_ == "auxpass" for c in k.children)), None)
    return agent_noun(verb.text) if verb is not None else None  # an infinitive is the base form


def _rank_superlative(tok: Any) -> str | None:
    """The superlative adjective a word ranks by, lower case: the word itself when it is one ("longest"), or the
    word after an ordinal and a hyphen ("second-longest"); None for any other word and for superlatives that rank
    nothing ("most", "least", "latest": ``superlatives_not_ranks``)."""
    if tok.tag_ != "JJS" or tok.text.lower() in data()["superlatives_not_ranks"]:
        return None
    return str(tok.text.lower())


def _bare_superlative(tok: Any) -> bool:
    """Whether a superlative adjective states rank 1 by itself: "the longest (bridge)", "the country's longest
    bridge" (a determiner "the" or a possessive before it), and no ordinal joined to it ("second-longest")."""
    if _rank_superlative(tok) is None:
        return False
    if tok.i >= 2 and tok.nbor(-1).text == "-":
        return False  # "second-longest", "third-largest": the ordinal is read as the rank
    left = tok.doc[max(tok.sent.start, tok.i - 3) : tok.i]
    det = [t for t in left if t.text.lower() == "the" or t.dep_ == "poss" or t.tag_ == "POS"]
    return bool(det) and not any(t.tag_ in ("JJS", "RBS") for t in left)


@cache
def _tens_words() -> dict[str, int]:
    """The tens of a compound ordinal ("twenty" .. "ninety" of "thirty-eighth"), from the amounts' number words."""
    words: dict[str, int] = amount_data()["number_words"]
    return {w: v for w, v in words.items() if 20 <= v <= 90 and v % 10 == 0}


def _ordinals(sent: Any, base: int) -> list[Ordinal]:
    d = data()
    out: list[Ordinal] = []
    for tok in sent:
        low = tok.text.lower()
        m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", low)
        superlative = None
        if low in d["ordinals"]:
            value = d["ordinals"][low]
        elif m:
            value = int(m.group(1))
        elif _bare_superlative(tok):
            value, superlative = 1, _rank_superlative(tok)
        else:
            continue
        if tok.tag_ in ("NN", "NNS") and low == "second":
            continue  # "a second" is time
        start_tok = tok
        if value < 10 and not m and tok.i - 2 >= sent.start and tok.nbor(-1).text == "-" \
                and tok.nbor(-2).text.lower() in _tens_words():
            # "thirty-eighth" is parsed as "thirty", "-", "eighth": the rank is 38, not 8
            start_tok = tok.nbor(-2)
            value += _tens_words()[start_tok.text.lower()]
        if tok.i == sent.start and tok.i + 1 < sent.end and tok.nbor(1).text == ",":
            continue  # "First, ...", "Second, ..." are discourse markers
        if tok.i + 1 < sent.end and f"{low} {tok.nbor(1).text.lower()}" in d["core_set"]:
            continue  # "first officer", "first mate": a title (claims' roles), no place in a series
        noun = None
        head = tok.head
        if tok.i + 2 < len(tok.doc) and tok.nbor(1).text == "-":
            head = tok.nbor(2)
            superlative = _rank_superlative(head)
            while head.head.i > head.i and head.head.pos_ in ("ADJ", "NOUN") and head.head.i - tok.i < 5:
                head = head.head
        for _ in range(3):
            if head.pos_ in ("NOUN", "PROPN") and head.i != tok.i:
                noun = _series_of(head) or _doer_series(head) or noun_base(head.text)
                break
            if is_root(head):
                break
            head = head.head
        since = None
        for t in tok.doc[tok.i : min(sent.end, tok.i + 14)]:
            if t.text.lower() == "since":
                y = next((k for k in tok.doc[t.i + 1 : min(sent.end, t.i + 10)] if re.fullmatch(r"1\d{3}|20\d\d", k.text)),
                         None)
                # ... or the month it is counted from, right after "since" ("the second ballot since March")
                month = t.i + 1 < sent.end and tok.doc[t.i + 1].text.lower() in d["months_set"] \
                    and tok.doc[t.i + 1].text[:1].isupper()
                since = y.text if y is not None else tok.doc[t.i + 1].text.lower() if month else None
                break
        end = _end(head) if noun and head.i > tok.i and head.i - tok.i <= 4 else _end(tok)
        out.append(Ordinal(start=base + start_tok.idx, end=base + end, text=tok.doc.text[start_tok.idx : end], value=value,
                           noun=noun, since=since, superlative=superlative))
    return out


def _norm_title_word(w: str) -> str:
    d = data()
    low = w.lower()
    if low in d["abbreviations"]:
        return str(d["abbreviations"][low])
    return low.rstrip(".") if low not in d["honorific_set"] else low


def parse_title(words: list[str]) -> tuple[str, str | None, frozenset[str], frozenset[str], str | None]:
    """(title, core, modifiers, portfolio, honorific) from title words ("Deputy Foreign Minister")."""
    d = data()
    honorific = None
    norm: list[str] = []
    for w in words:
        low = w.lower()
        if low in d["honorific_set"]:
            honorific = low.rstrip(".")
            continue
        if low.startswith("ex-"):
            norm += ["former", _norm_title_word(w[3:])]
            continue
        for part in re.split(r"-(?=[a-z])", low) if low not in d["core_set"] else [low]:
            norm += _norm_title_word(part).split()
    text = " ".join(norm)
    # the core is the longest core title written (the first listed of those as long), but a core title that
    # describes another written after it is not the core: "chief health inspector" is an inspector (round 19)
    found = [(c, m.start()) for c in d["core_titles"] if (m := _title_re(c).search(text))]
    core = None
    if found:
        longest = max(len(c.split()) for c, _ in found)
        core, at = next((c, i) for c, i in found if len(c.split()) == longest)
        later = [(i, c) for c, i in found if len(c.split()) == longest and i > at]
        if core in d["describing_cores"] and later:
            core = max(later)[1]
    # a noun after a rank word at the end of a title is its post, whatever the noun ("assistant conductor", "deputy
    # chief pharmacist"): a rank is told only of a post (round 40); the rank words before it describe it
    if len(norm) >= 2 and norm[-2] in d["post_rank_set"] and norm[-1].isalpha() and norm[-1] not in d["title_words"]:
        core = norm[-1]
    mods = frozenset(w for w in norm if w in d["rank_set"])
    if "vice" in norm and core and core.startswith("president"):
        mods = mods | {"vice"}
    known = set(d["portfolio_words"]) - TITLE_FUNCTION_WORDS
    port = frozenset(w for w in norm if w not in mods and (core is None or w not in core.split()) and w in known)
    return text, core, mods, port, honorific


ORG_WORDS = frozenset("department ministry committee court house senate office agency council party association "
                      "university college school bank commission administration service foundation institute "
                      "board church army force navy police government union company group times post news".split())


def _is_title_word(t: Any) -> bool:
    d = data()
    low = t.text.lower()
    return low in d["honorific_set"] or low.rstrip(".") in d["title_words"] or low in d["abbreviations"] \
        or t.text.startswith("ex-") or _post_noun(t)


def _post_noun(t: Any) -> bool:
    """Whether a noun is a post because a rank word (``post_rank_words``) is written right before it in a title ("the
    orchestra's assistant conductor", "chief archaeologist NAME", "Chief Pharmacist NAME"): a rank is told only of a
    post in one body's hierarchy (round 40). A capitalised word is the post only when a name of exactly two capitalised
    words follows it, so that "Chief Mark Smith" and "Chief Matthew R. Smith" keep their first names."""
    doc = t.doc
    if t.i == 0 or not t.is_alpha or t.pos_ not in ("NOUN", "PROPN") or t.tag_ in ("NNS", "NNPS") \
            or t.ent_type_ in ("GPE", "LOC", "NORP", "DATE"):
        return False  # one person's post is one: a plural ("under head coaches NAME, NAME") names none
    d = data()
    if doc[t.i - 1].text.lower() not in d["post_rank_set"] or t.text.lower() in d["title_words"] \
            or t.text.lower() in d["honorific_set"]:
        return False
    if t.text[:1].isupper():
        # a given name and a surname, no more, and no initial or title word among them ("Chief Matthew R. NAME",
        # "Chief Public Relations Officer" keep their first word out of the post)
        name = doc[t.i + 1 : t.i + 4]
        return len(name) >= 2 and all(_name_word(k) for k in name[:2]) and not (len(name) == 3 and _name_word(name[2]))
    return True


def _name_word(t: Any) -> bool:
    d = data()
    low = t.text.lower()
    return t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and low not in d["title_words"] \
        and low not in d["honorific_set"]


def _people(sent: Any) -> list[tuple[int, int]]:
    """Token ranges of people: spaCy's PERSON entities, plus proper-noun runs right after a title word that
    the tagger missed or mislabelled ("Deputy Representative Roger Williams")."""
    d = data()
    spans = [(_given_names(sent, e.start, e.root), e.end) for e in sent.ents if e.label_ == "PERSON"]
    by_title = bool(d.get("title_makes_name_a_person", False))
    i = sent.start
    while i < sent.end - 1:
        t = sent.doc[i]
        if _is_title_word(t) and t.text[:1].isupper():
            j = i
            while j < sent.end and _is_title_word(sent.doc[j]) and sent.doc[j].text[:1].isupper():
                j += 1
            last = sent.doc[j - 1].text.lower()
            if not (last in d["core_set"] or last in d["abbreviations"] or last in d["honorific_set"]
                    or _post_noun(sent.doc[j - 1])):
                i = j
                continue
            k = j
            while k < sent.end and k - j < 3 and sent.doc[k].pos_ == "PROPN" and sent.doc[k].text[:1].isupper() \
                    and not _is_title_word(sent.doc[k]):
                k += 1
            run = sent.doc[j:k]
            # a name the tagger leaves untagged, or (switch title_makes_name_a_person) one it mislabels that the
            # parse makes the title a modifier of
            untagged = not any(t.ent_type_ in ("ORG", "GPE", "FAC", "LOC", "NORP") or t.text.lower() in ORG_WORDS
                               for t in run)
            if k > j and not any(a < k and j < b for a, b in spans) and \
                    (untagged or (by_title and _title_names(sent.doc[j - 1], run))):
                spans.append((j, k))
            i = max(k, i + 1)
        else:
            i += 1
    spans += [x for x in _named_by_title(sent) if not any(a < x[1] and x[0] < b for a, b in spans)]
    return sorted(spans)


def _title_names(last: Any, run: Any) -> bool:
    """Whether a run of proper nouns right after a capitalised title is a person's name because the parse makes the
    title a modifier of that name ("Education Minister NAME said", "Federation President NAME told"), whatever the
    entity tagger labels the name: the tagger often reads an unfamiliar name as an
    organization, a facility or nothing, and a title that modifies a name says it is a person (round 59, issue 11,
    switch ``title_makes_name_a_person``). The name is a given name and a surname (two or three capitalised words,
    no organization word, no place or nationality), and the title's last word hangs on the name as a compound
    (the parse's reading of "Minister NAME"): "the minister of Hanna County" or "chief executive of Brisk Holdings"
    hang otherwise and stay no person."""
    if not 2 <= len(run) <= 3 or last.dep_ != "compound" or not run.start <= last.head.i < run.end:
        return False
    if any(t.ent_type_ in ("GPE", "LOC", "NORP") or t.text.lower() in ORG_WORDS or not t.is_alpha for t in run):
        return False
    # the name's own head is its last word: a run cut from a longer name or an organization's name ("Hanna Brisk
    # Holdings") is no person's name
    return run.root.i == run.end - 1 and not (run.end < len(run.doc) and run.doc[run.end].pos_ == "PROPN")


def _given_names(sent: Any, start: int, root: Any) -> int:
    """Where a person's name starts: the tagger may leave given names out of the entity ("Anders" of "The ferry's
    captain, Anders Holm,"); capitalised proper nouns just before it, compounds of its head, are the name's too,
    so that a title set off before the name by a comma is read. A title word is never a name."""
    i = start
    while i - 1 >= sent.start:
        t = sent.doc[i - 1]
        if not (t.pos_ == "PROPN" and t.dep_ == "compound" and t.head == root and t.text[:1].isupper()
                and not t.ent_type_ and not _is_title_word(t)):
            break
        i -= 1
    return i


def _named_by_title(sent: Any) -> list[tuple[int, int]]:
    """Token ranges of names that an appositive title after them makes people, whatever the entity tagger read
    ("Nadia Ferrum, the board's enforcement director": a director is a person, even when the name was tagged as an
    organization). A place, a nationality or a name with an organization word is left out."""
    out: list[tuple[int, int]] = []
    for t in sent:
        if t.pos_ != "PROPN" or t.dep_ == "compound" or t.ent_type_ in ("GPE", "LOC", "FAC", "NORP"):
            continue
        title = next((k for k in t.children if k.dep_ == "appos" and k.i > t.i and k.pos_ == "NOUN"), None)
        if title is None or parse_title([title.text])[1] is None:
            continue
        run = [k for k in t.lefts if k.dep_ == "compound" and k.pos_ == "PROPN"] + [t]
        if len(run) > 3 or any(k.text.lower() in ORG_WORDS or _is_title_word(k) for k in run):
            continue
        out.append((run[0].i, t.i + 1))
    return out


def _roles(sent: Any, base: int) -> list[Role]:
    d = data()
    words = d["title_words"]
    out: list[Role] = []
    doc = sent.doc
    by_position = bool(d.get("appositive_title_by_position", False))
    for es, ee in _people(sent):
        if by_position:
            words = d["title_words"]  # the title word list for every person, never the last person's title (round 52)
        ent = doc[es:ee]
        name_toks = [t for t in ent if not _is_title_word(t)]
        if not name_toks:
            continue
        title: list[Any] = [t for t in ent if t.i < name_toks[0].i]
        i = es - 1
        while i >= sent.start:
            t = doc[i]
            if _is_title_word(t) or (t.text == "-" and title):
                title.insert(0, t)
            elif t.text.lower() in ("of", "for") and title and i - 1 >= sent.start and _is_title_word(doc[i - 1]):
                title.insert(0, t)  # "Secretary of State"
            elif t.pos_ == "PROPN" and t.text[:1].isupper() and title and t.ent_type_ not in ("PERSON",) \
                    and i - 1 >= sent.start - 1:
                title.insert(0, t)  # "House Oversight Committee Chairman", "Florida Democratic Sen."
            elif t.pos_ in ("ADJ", "PROPN") and t.ent_type_ == "NORP" and title:
                title.insert(0, t)
            else:
                break
            i -= 1
        # an appositive title after the name: "Ivan Petrov, the deputy foreign minister,"; "a retired admiral"
        # (an indefinite article) describes the person and is no title
        head = ent.root
        past: list[Any] = []  # a title told in a past-tense clause ("NAME, who was mayor of X from 2014 to 2022")
        told: list[str] | None = None  # a post told by a verb ("who heads the finance ministry"): its title's words
        for k in head.children:
            if k.dep_ == "appos" and k.i > head.i and k.pos_ == "NOUN" and (k.text.lower() in words or _post_noun(k)) \
                    and (not any(c.dep_ == "det" and c.text.lower() in ("a", "an") for c in k.children)
                         or _named_office(k) or _subordinate_rank(k)):
                title += [t for t in k.subtree if (t.text.lower().rstrip(".") in words or t == k) and t.i < k.i + 1]
                title += _hyphen_rest(k) + _of_rest(k)
                break
            no_title = not any(t.text.lower() not in d["honorific_set"] for t in title)
            clause_title = _title_in_clause(k, head)
            if clause_title is not None and no_title:
                title += clause_title
                past = title
                break
            post = _post_in_clause(k) if no_title else None
            if post is not None:
                told = [t.text for t in title] + post[1]
                title += post[0]
                break
        if by_position and not past and told is None and not any(t.text.lower() not in d["honorific_set"]
                                                                  for t in title):
            title += _title_after_comma(sent, ee)
        title = [t for t in title if t.text != "-"]
        name = " ".join(t.text for t in name_toks)
        person = re.sub(r"(?:'s|’s|'|’)$", "", name_toks[-1].text).lower()
        titles = [title] if any(t.text.lower() not in d["honorific_set"] for t in title) else []
        # a title set off before the name ("the army chief and acting president, NAME, said"): one role per title
        titles += _titles_before_comma(sent, es, ee) if not titles else []
        if not titles and title:
            titles = [title]  # an honorific alone: kept so the person is known, never compared as a title
        for words in titles:
            # "who was mayor": the title as written, told as no longer held ("former"), unless the clause says so
            said = list(told) if told is not None and words is title else [t.text for t in words]
            said = [PAST_TITLE_WORD] + said if past and words and not {w.lower() for w in said} & PAST_WORDS else said
            ttext, core, mods, port, hon = parse_title(said)
            start = min(t.idx for t in words + name_toks)
            end = max(_end(t) for t in words + name_toks)
            written = " ".join(w for w in said if w.lower() not in d["honorific_set"])
            out.append(Role(start=base + start, end=base + end, text=doc.text[start:end], person=person,
                            name=name, title=ttext, core=core, modifiers=mods, portfolio=port, honorific=hon,
                            written=written))
    return out


PAST_TITLE_WORD = "former"  # how a title told in a past-tense clause is written in the role
PAST_WORDS = frozenset({"former", "ex", "late", "retired", "outgoing"})
CLAUSE_SUBJECTS = frozenset({"who"})  # "NAME, who was mayor of X": the clause's subject is the person


def _named_office(title: Any) -> bool:
    """Whether an appositive title with an indefinite article still names one office: a portfolio ("a former
    finance minister") or the place or body it is of ("a former deputy mayor of Ardmoor"). "A retired admiral"
    describes the person and is no title."""
    if parse_title([t.text for t in title.subtree if t.i <= title.i])[3]:
        return True
    of = next((k for k in title.children if k.dep_ == "prep" and k.text.lower() == "of"), None)
    if of is not None and any(k.dep_ == "pobj" and k.pos_ == "PROPN" for k in of.children):
        return True
    return any(_one_body(k) for k in title.children
               if k.dep_ == "prep" and k.text.lower() in data()["office_body_prepositions"])


def _subordinate_rank(title: Any) -> bool:
    """Whether an appositive title is ranked below another post of its body by a word before it
    (``subordinate_post_ranks``: "an assistant curator at the museum", "a deputy mayor"): with "a"/"an" it still names a
    post, one of several holders of that rank, where "a retired admiral" only describes the person (round 40)."""
    ranks = data()["subordinate_post_set"]
    return any(c.dep_ in ("amod", "compound") and c.i < title.i and c.text.lower() in ranks for c in title.children)


def _one_body(prep: Any) -> bool:
    """Whether a preposition after a title names the one body the post is in ("a junior minister in the finance
    ministry", "an assistant director at the national library's archive", "a senior inspector with the city's
    building service"): its object is an organization word (``ORG_WORDS``) made definite by "the" or a possessive.
    A post at one named body is one office, as "of Ardmoor" makes "a former deputy mayor" one (round 19)."""
    body = next((k for k in prep.children if k.dep_ == "pobj" and k.pos_ in ("NOUN", "PROPN")), None)
    if body is None or body.text.lower() not in ORG_WORDS:
        return False
    return any(k.dep_ == "poss" or (k.dep_ == "det" and k.text.lower() == "the") for k in body.children)


def _title_in_clause(clause: Any, person: Any) -> list[Any] | None:
    """The title tokens of a relative clause on a name that says what the person was ("Teodor Vesk, who was
    mayor of Ardmoor from 2014 to 2022"): a past copula with "who" as subject and a title as its attribute. The
    title was held before: the role reads it as former."""
    if clause.dep_ != "relcl" or clause.i <= person.i or clause.lemma_ != "be" or clause.tag_ != "VBD":
        return None
    if not any(k.dep_ == "nsubj" and k.text.lower() in CLAUSE_SUBJECTS for k in clause.children):
        return None
    words = data()["title_words"]
    attr = next((k for k in clause.children if k.dep_ == "attr" and k.pos_ == "NOUN"
                 and k.text.lower() in words), None)
    if attr is None or any(c.dep_ == "det" and c.text.lower() in ("a", "an") for c in attr.children):
        return None
    toks = [t for t in attr.subtree if t.text.lower().rstrip(".") in words and t.i <= attr.i]
    return toks if parse_title([t.text for t in toks])[1] is not None else None


CLOSING_PUNCT = frozenset({",", ";", ")", "—", "–", ".", "!", "?"})


def _title_after_comma(sent: Any, ee: int) -> list[Any]:
    """The appositive title written right after a name's comma, read by position when the parse gives the name
    none ("NAME, the board's deputy chief conservator, with a team": the parser may hang the title on another word,
    or head "deputy director-general" by the adjective after the hyphen): an optional "the" or possessive owner ("the
    agency's", "Ardovia's"), then title words, post nouns (``_post_noun``) and hyphen-joined title words, closed by
    punctuation or the sentence's end, with a core title (round 52, switch ``appositive_title_by_position``). "A"/"an"
    (a description, as the parse reading has it), an honorific and an open phrase ("NAME, the mayor said") give none."""
    d, doc = data(), sent.doc
    if ee >= sent.end - 1 or doc[ee].text != ",":
        return []
    j = ee + 1
    if doc[j].text.lower() == "the":
        j += 1
    owner = next((m for m in range(j, min(j + 4, sent.end)) if doc[m].tag_ == "POS" or doc[m].is_punct), None)
    if owner is not None and doc[owner].tag_ == "POS" and owner > j:
        j = owner + 1
    toks: list[Any] = []
    while j < sent.end:
        t = doc[j]
        if t.text.lower() in d["title_words"] or _post_noun(t):
            toks.append(t)
        elif t.text == "-" and toks and not t.whitespace_ and not doc[j - 1].whitespace_ and j + 1 < sent.end \
                and doc[j + 1].text.lower() in d["title_words"]:
            toks.append(t)
        else:
            break
        j += 1
    closes = j >= sent.end or doc[j].text in CLOSING_PUNCT or doc[j].is_space
    if not toks or not closes or parse_title([t.text for t in toks if t.text != "-"])[1] is None:
        return []
    return toks


def _hyphen_rest(title: Any) -> list[Any]:
    """The rest of a title written as one hyphenated word after the name ("the club's vice-president", "the
    cooperative's vice-chair"): the parser may cut it at the hyphen, each part its own appositive; the word after
    the hyphen, a title word written with no space, is the title's own (round 29)."""
    doc, out, j = title.doc, [], title.i + 1
    while j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
            and doc[j + 1].text.lower() in data()["title_words"]:
        out += [doc[j], doc[j + 1]]
        j += 2
    return out


def _of_rest(title: Any) -> list[Any]:
    """The of-phrase of a title after the name when the title is written whole with it ("Rutger Vale, the
    company's head of operations"): the phrase "head of operations" is itself a core title, so the word after "of"
    is the title's own (round 52); "the head of the mountain police" names a body, no title phrase, and stays "head"."""
    doc, j = title.doc, title.i + 1
    if j + 1 >= len(doc) or doc[j].text.lower() != "of":
        return []
    phrase = f"{title.text.lower()} of {doc[j + 1].text.lower()}"
    if phrase in data()["core_set"]:
        return [doc[j], doc[j + 1]]
    # "NAME, the district's director of culture": a portfolio closing the phrase is the title's own, as it is when the
    # same title is written before the name ("Director of culture NAME", read whole there); cut, the one post read
    # two ways was a title conflict (round 60, switch ``appositive_title_of_portfolio``). A portfolio word that goes
    # on into a longer noun phrase ("director of culture funding") is left out: that phrase may name a body.
    # The portfolio list also holds the function words of titles ("of", "the", "for"): only a content word is a
    # portfolio here ("the club's coach of the year" is no "coach of the").
    word, follows = doc[j + 1], (doc[j + 2] if j + 2 < len(doc) else None)
    if data().get("appositive_title_of_portfolio") and word.text.lower() in data()["portfolio_words"] \
            and word.pos_ in ("NOUN", "PROPN", "ADJ") and word.text.lower() not in TITLE_FUNCTION_WORDS \
            and (follows is None or follows.pos_ not in ("NOUN", "PROPN")):
        return [doc[j], doc[j + 1]]
    return []


def _post_in_clause(clause: Any) -> tuple[list[Any], list[str]] | None:
    """A title told by a relative clause on a name that says what the person is now (round 29): an appointment in
    the passive ("NAME, who was made deputy minister of labour in April": ``appointing_verbs``, the title its
    complement, no "a"/"an") gives that title; a present-tense clause of heading a body ("NAME, who heads the
    finance ministry": ``heading_verbs``, a body of ``headed_bodies`` made definite) gives the body's head's title
    ("finance minister"). (Tokens of the span, the title's words.) A past clause ("who headed") is no post now."""
    d = data()
    if clause.dep_ != "relcl":
        return None
    subj = next((k for k in clause.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.text.lower() not in CLAUSE_SUBJECTS:
        return None
    words = d["title_words"]
    if subj.dep_ == "nsubjpass" and verb_key(clause.text) in verb_keys("appointing_verbs"):
        oprd = next((k for k in clause.children if k.dep_ in ("oprd", "attr", "dobj") and k.pos_ == "NOUN"
                     and k.text.lower() in words), None)
        if oprd is None or any(c.dep_ == "det" and c.text.lower() in ("a", "an") for c in oprd.children):
            return None
        toks = [t for t in oprd.subtree if t.text.lower().rstrip(".") in words]
        toks = [t for t in toks if t.i <= oprd.i or t.text.lower() in d["portfolio_words"]]
        if not toks or parse_title([t.text for t in toks])[1] is None:
            return None
        # the title as written from its first word to its last ("deputy minister of labour", not "deputy minister
        # labour"): the words between ("of") carry no title of their own (parse_title leaves them out of the portfolio)
        return toks, [t.text for t in clause.doc[toks[0].i : toks[-1].i + 1]]
    if subj.dep_ != "nsubj" or clause.tag_ not in ("VBZ", "VBP") or verb_key(clause.text) not in verb_keys("heading_verbs"):
        return None
    body = next((k for k in clause.children if k.dep_ == "dobj"
                 and k.text.lower() in d["headed_bodies"]), None)
    if body is None or not any(c.dep_ == "poss" or (c.dep_ == "det" and c.text.lower() == "the")
                               for c in body.children):
        return None
    port = [c for c in body.children if c.dep_ in ("compound", "amod") and c.text.lower() in d["portfolio_words"]]
    said = [c.text for c in port] + [d["headed_bodies"][body.text.lower()]]
    return [clause] + [t for t in body.subtree if t.i >= clause.i], said


def _titles_before_comma(sent: Any, es: int, ee: int) -> list[list[Any]]:
    """Titles set off by commas before a name ("the foreign minister, Ivan Petrov, said"; "X's army chief and
    acting president, NAME,"): the name must close with a comma (or end the sentence), so that "after meeting
    the president, NAME said" does not give the subject the object's title. Coordinated titles ("chief and
    acting president") are one person's titles, one list of tokens each; a part without a core title is none."""
    doc = sent.doc
    closes = ee >= sent.end or doc[ee].text in (",", ")", ";", "—", "–") or doc[ee].is_punct and ee == sent.end - 1
    if es - 2 < sent.start or doc[es - 1].text != "," or not closes or not _is_title_word(doc[es - 2]):
        return []
    parts: list[list[Any]] = [[]]
    i = es - 2
    while i >= sent.start:
        t = doc[i]
        if _is_title_word(t) or (t.text == "-" and parts[0]):
            parts[0].insert(0, t)
        elif t.text.lower() in ("of", "for") and parts[0] and i - 1 >= sent.start and _is_title_word(doc[i - 1]):
            parts[0].insert(0, t)  # "secretary of state"
        elif t.text.lower() == "and" and parts[0] and i - 1 >= sent.start and _is_title_word(doc[i - 1]):
            parts.insert(0, [])  # "army chief and acting president": a second title of the same person
        else:
            break
        i -= 1
    d = data()
    out = []
    for words in parts:
        words = [t for t in words if t.text != "-"]
        if words and parse_title([t.text for t in words])[1] is not None and \
                any(t.text.lower() not in d["honorific_set"] for t in words):
            out.append(words)
    return out


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_M = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|" \
     r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE_RES = [
    re.compile(rf"\b(?P<month>{_M})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:1[89]|20)\d\d))?\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_M})(?:,?\s+(?P<year>(?:1[89]|20)\d\d))?\b"),
    re.compile(rf"\b(?P<month>{_M})\s+(?P<year>(?:1[89]|20)\d\d)\b"),
    re.compile(r"\b(?P<year>(?:1[89]|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
    re.compile(r"\b(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"),
]


def _dates(sent: Any, base: int) -> list[DateSlot]:
    d = data()
    text = sent.text
    rel = sent.start_char
    spans: list[DateSlot] = []
    date_chars = {sent.start_char + i for rx in _DATE_RES for m in rx.finditer(text) for i in range(m.start(), m.end())}
    for rx in _DATE_RES:
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if any(x.start - base - rel < e and s < x.end - base - rel for x in spans):
                continue
            g = m.groupdict()
            month = None
            if g.get("month"):
                month = _MONTHS.index(g["month"][:3].lower()) + 1
            elif g.get("mnum"):
                month = int(g["mnum"])
            slot = DateSlot(start=base + rel + s, end=base + rel + e, text=m.group(0),
                            year=int(g["year"]) if g.get("year") else None, month=month,
                            day=int(g["day"]) if g.get("day") else None,
                            weekday=d["weekdays"].index(g["weekday"].lower()) if g.get("weekday") else None)
            if g.get("month") == "May" and g.get("day") is None and g.get("year") is None:
                continue
            toks = _tokens_in(sent, rel + s, rel + e)
            if toks:
                pred = _date_predicate(toks[0], toks)
                reported = _reported_before(sent, toks, pred, date_chars)
                if reported is not None:
                    pred = reported
                if pred is not None:
                    key = verb_key(pred.text) if pred.pos_ in ("VERB", "AUX") else noun_base(pred.text)
                    slot.speech = pred.pos_ in ("VERB", "AUX") and key in verb_keys("speech_verbs")
                    slot.predicate = "say" if slot.speech else key  # every verb of saying dates one act
            spans.append(slot)
    return sorted(spans, key=lambda x: x.start)


def _reported_before(sent: Any, toks: list[Any], pred: Any | None, date_chars: set[int]) -> Any | None:
    """The verb of the reported clause that a date dates when the date closes that clause just before a trailing
    attribution ("The virus was confirmed at the farm, on Monday, 2 February, the ministry said."; "..., on 4 May,
    said the agency."): the attribution is set off after the reported clause, so a date before it is the day of the
    reported happening, not the day of saying, wherever the parser hung it. Only when the parser hung the date on
    the attribution's verb of saying, or on a noun while a comma sets the date phrase off from that noun (a date
    right after a noun, "the attack on Monday, police said", may be the noun's and is left). The attribution is
    only commas, the date's own words, a speaker of at most ``trailing_attribution_max_words`` words and one verb of
    saying (``speech_verbs``) up to the sentence's end. "The ministry said on Monday that ..." and "..., the
    ministry said on Monday" stay days of saying (the date is inside or after the attribution). None when the
    date stands elsewhere or no reported verb is found."""
    if pred is None:
        return None
    doc = sent.doc
    d = data()
    i = toks[-1].i + 1
    comma = False
    while i < sent.end and (doc[i].text == "," or doc[i].idx in date_chars):
        comma = comma or doc[i].text == ","
        i += 1
    if not comma:
        return None
    rest = [t for t in doc[i:sent.end] if not t.is_punct]
    tail_punct = [t for t in doc[i:sent.end] if t.is_punct and t.text not in (".", "!", '"', "\u201d", "'")]
    if tail_punct or not 2 <= len(rest) <= int(d["trailing_attribution_max_words"]) + 1:
        return None
    verbs = [t for t in rest if t.pos_ in ("VERB", "AUX")]
    if len(verbs) != 1 or verb_key(verbs[0].text) not in verb_keys("speech_verbs"):
        return None
    said = verbs[0]
    if pred.i != said.i:
        if pred.pos_ != "NOUN":
            return None
        # hung on a noun: only a date phrase a comma sets off from that noun ("the attack on Monday" is the noun's)
        before = toks[0].i - 1
        while before > sent.start and doc[before].text.lower() in ("on", "in", "at", "by", "from", "until", "since"):
            before -= 1
        if before <= sent.start or doc[before].text != ",":
            return None
    reported = next((k for k in said.children if k.dep_ == "ccomp" and k.pos_ in ("VERB", "AUX") and k.i < said.i),
                    None)
    if reported is None and said.dep_ in ("parataxis", "advcl") and said.head.pos_ in ("VERB", "AUX") \
            and said.head.i < toks[0].i:
        reported = said.head
    return _happening_held(reported) if reported is not None else None


def _date_predicate(tok: Any, inside: list[Any]) -> Any | None:
    cur = tok
    for _ in range(6):
        nxt = cur.head
        if nxt is cur:
            return _happening_held(cur) if cur.pos_ in ("VERB", "AUX") else None
        cur = nxt
        if cur in inside or cur.text.lower() in ("on", "of", "in", "by", "last", "next", "this", "since", "until"):
            continue
        if cur.text.lower() in data()["time_of_day_nouns_set"]:
            continue  # "9 p.m. on Sunday", "the evening of 7 March": the time of day dates the verb above it
        if cur.pos_ in ("VERB", "AUX"):
            return _happening_held(cur)
        if cur.pos_ == "NOUN":
            return cur
    return None


def _happening_held(verb: Any) -> Any:
    """The happening a verb of occurrence dates (``occurrence_verbs``: "a vote held on 18 February", "the vote was
    held", "the meeting took place"): the noun it is said of, which another source dates as such ("in the vote
    on Tuesday"); the verb itself for every other verb and when no such noun is there."""
    key = verb_key(verb.text)
    if key not in verb_keys("occurrence_verbs"):
        return verb
    if key == verb_key("take") and not any(k.dep_ == "dobj" and k.text.lower() == "place" for k in verb.children):
        return verb  # "took" is an occurrence only in "took place"
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN":
        return verb.head
    # what is held is the happening ("the vote was held", "held talks on Monday"), not who holds it ("police held
    # the suspect" is no occurrence: its subject is no happening); what happens or takes place is the subject
    deps = ("nsubjpass", "dobj") if key == verb_key("hold") else ("nsubjpass", "nsubj")
    return next((k for k in verb.children if k.dep_ in deps and k.pos_ == "NOUN"), verb)


def _subject_text(verb: Any) -> str | None:
    for k in verb.children:
        if k.dep_ in ("nsubj", "nsubjpass"):
            toks = [t for t in k.subtree if not (t.dep_ in ("appos", "punct", "relcl", "acl") or
                                                 any(a.dep_ in ("appos", "relcl", "acl") and a is not k
                                                     for a in t.ancestors if a.i in range(k.left_edge.i, k.i + 50)))]
            return " ".join(t.text for t in toks)[:80] or k.text
    return None


def _subject_head(verb: Any) -> str | None:
    """The head word of a verb's subject, as one key: a name's last word ("sollen"), else the common noun's base
    ("count"); a pronoun, a number or a clause as subject names no one."""
    subj = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    head = verb
    # "Trump plans to sign": Trump signs; "traffic is due to start": the traffic starts
    while subj is None and head.dep_ in ("xcomp", "acomp") and head.head is not head:
        head = head.head
        subj = next((k for k in head.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    name = _name_key(subj)
    return name.split()[-1] if name else noun_base(subj.text)


PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _noun_key(tok: Any) -> str | None:
    """One key for a participant noun: a name's last word, a common noun's base; None for a pronoun."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    name = _name_key(tok)
    return name.split()[-1] if name else noun_base(tok.text)


def _object_head(verb: Any) -> str | None:
    """The head of what a verb acts on: its direct object, else a passive's subject ("the deal was unveiled")."""
    for dep in ("dobj", "nsubjpass"):
        obj = next((k for k in verb.children if k.dep_ == dep), None)
        if obj is not None and obj.text.lower() in data()["time_span_nouns_set"]:
            # "filed an appeal hours after the ruling", parsed as "appeal hours": a length of time is no object,
            # the noun compounded with it is
            obj = next((c for c in obj.children if c.dep_ == "compound"), None)
        if obj is not None:
            return _noun_key(obj)
    return None


def _blanket_participant(verb: Any) -> Any | None:
    """The participant a negative quantifier fills ("nobody" of "nobody had been arrested", "offer" of "received
    no offer"): the clause denies every such happening, not one participant's part in it."""
    neg = data()["negative_determiners_set"]
    for k in verb.children:
        if k.dep_ in PARTICIPANT_DEPS and (k.text.lower() in neg or any(
                c.dep_ == "det" and c.text.lower() == "no" for c in k.children)):
            return k
    return None


def _received_denial(verb: Any, status: Status) -> Status | None:
    """"it had received no offer of state aid": the offering is denied (a noun of a verb of receiving, with "no"),
    the status of the noun's verb ("offer"), to be compared with "the government offered ... aid"."""
    if verb_key(verb.text) not in verb_keys("receiving_verbs") or not status.negated:
        return None
    what = _blanket_participant(verb)
    if what is None or what.dep_ != "dobj" or what.pos_ != "NOUN":
        return None
    return Status(start=status.start, end=status.end, text=status.text, predicate=verb_key(what.text),
                  status=status.status, negated=True, attributed_to=status.attributed_to,
                  clause_start=status.clause_start, clause_end=status.clause_end, subject=None, blanket=True)


def has_future_cue(verb: Any) -> bool:
    """A future time expression in the clause, or anywhere in the sentence for a verb not in a past tense."""
    d = data()
    phrases = [p for p in d["plan_phrases"] if " " in p or p in ("tomorrow", "upcoming", "soon")]
    span = " ".join(t.text.lower() for t in verb.subtree)
    if any(_word_re(p).search(span) for p in phrases):
        return True
    if verb.tag_ in ("VBD", "VBN"):
        return False
    sent = " ".join(t.text.lower() for t in verb.sent)
    return any(_word_re(p).search(sent) for p in phrases if p not in ("is to", "are to", "was to",
                                                                                      "were to", "soon"))


def _not_only(neg: Any) -> bool:
    """Whether a negator opens "not only ... but also": the clause asserts, more than it says."""
    return neg.i + 1 < len(neg.doc) and neg.nbor(1).text.lower() in ("only", "merely", "just")


def _inverted_nor(verb: Any) -> bool:
    """Whether a clause opens with "nor" / "neither" before an auxiliary that stands before its subject ("Nor has
    the money come back", "Nor were operations spared", "... and nor did he write"): English negates such a clause
    (the negative word fronted, subject and auxiliary inverted), where the parse hangs the word on the verb as a
    coordinator and no negator is left to read (round 56, issue 11; switch ``status_inverted_nor``)."""
    d = data()
    if not d["status_inverted_nor"]:
        return False
    subj = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None:
        return False
    auxes = [k for k in verb.children if k.dep_ in ("aux", "auxpass")]
    # the word hangs on the verb or on its auxiliary ("Nor has the promised testing begun": nor <- has)
    fronted = [k for h in [verb, *auxes] for k in h.children if k.dep_ in ("cc", "preconj", "advmod", "neg")
               and k.text.lower() in d["inverted_negators_set"] and k.i < subj.i]
    if not fronted and verb.dep_ == "conj":  # "he did not call, nor did he write": the coordinator hangs on "call"
        fronted = [k for k in verb.head.children if k.dep_ == "cc" and k.text.lower() in d["inverted_negators_set"]
                   and verb.head.i < k.i < subj.i]
    if not fronted:
        return False
    word = max(fronted, key=lambda k: k.i)
    # the auxiliary (or the verb "be" itself: "Nor is the idea new") between the fronted word and the subject
    return any(word.i < k.i < subj.i for k in auxes) or (
        verb.pos_ == "AUX" and word.i < verb.i < subj.i)


def _negated(verb: Any) -> bool:
    d = data()
    if _inverted_nor(verb):
        return True
    for k in verb.children:
        if (k.dep_ == "neg" or k.text.lower() in d["negators_set"]) and not _not_only(k):
            return True
        if k.dep_ in ("nsubj", "nsubjpass", "dobj") and (
                k.text.lower() in d["negative_determiners_set"]
                or any(c.dep_ == "det" and c.text.lower() == "no" for c in k.children)):
            return True
    return False


def _condition_clause(verb: Any) -> bool:
    """Whether a verb heads the clause of a condition: marked by "if" / "unless" ("if the club had not placed
    him"), or an adverbial clause opened by an auxiliary before its subject ("had it not been for", "were it not
    for": the inverted condition)."""
    d = data()
    if any(k.dep_ == "mark" and k.text.lower() in d["condition_marks_set"] for k in verb.children):
        return True
    if verb.dep_ != "advcl":
        return False
    subj = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return subj is not None and any(k.dep_ in ("aux", "auxpass") and k.i < subj.i and k.text.lower() in
                                    d["inverted_condition_auxiliaries_set"] for k in verb.children)


def _counterfactual(verb: Any) -> bool:
    """Whether a clause tells what did not happen or only may have (round 55, issue 11; switch
    ``status_counterfactual``): under a modal perfect whose modal is no future one ("would not have placed him",
    "could not have known", "should never have fined", "would have been worse"), or, negated, in a condition (the
    consequence of an if / unless clause, "would not sign it if ..."; the if / unless clause itself, "if the club
    had not placed him"; an inverted condition, "had it not been for"). English grammar: such a clause asserts no
    deed, plans none and denies none, so its status is hypothetical whoever says it."""
    d = data()
    if not d["status_counterfactual"]:
        return False
    aux_words = [k.text.lower() for k in verb.children if k.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN" and any(a in d["counterfactual_modals_set"] for a in aux_words) and \
            any(a in d["perfect_auxiliaries_set"] for a in aux_words):
        return True
    if not _negated(verb):
        return False
    if _condition_clause(verb):
        return True
    return any(a in d["counterfactual_modals_set"] for a in aux_words) and any(
        k.dep_ == "advcl" and _condition_clause(k) for k in verb.children)


def _status_of(verb: Any, reported: bool, denial: bool) -> tuple[str, bool]:
    d = data()
    auxes = [k for k in verb.children if k.dep_ in ("aux", "auxpass")]
    aux_words = {k.text.lower() for k in auxes}
    negated = _negated(verb) != denial  # "denied that no ..." reads as an assertion
    counterfactual = _counterfactual(verb)
    chain = verb
    planned = False
    for _ in range(3):  # "plans to sign", "is expected to sign", "agreed to sign"
        if chain.dep_ in ("xcomp", "acl") and verb_key(chain.head.text) in verb_keys("plan_verbs"):
            planned = True
            if _negated(chain.head):
                negated = not negated
            # "would not have agreed to sign": the plan verb's own modal perfect or condition holds its plan
            counterfactual = counterfactual or _counterfactual(chain.head)
            break
        if chain.dep_ == "xcomp" and not is_root(chain):
            chain = chain.head
        else:
            break
    if counterfactual:
        return "hypothetical", negated
    if aux_words & d["future_modals_set"] or "going" in aux_words or planned or has_future_cue(verb):
        return "planned", negated
    if "would" in aux_words:
        return ("planned" if reported else "hypothetical"), negated
    if aux_words & d["conditional_modals_set"]:
        return "hypothetical", negated
    if verb.tag_ == "VBG" and aux_words & {"is", "are", "am", "'s", "'re"}:
        return "ongoing", negated
    if verb.tag_ == "VB" and "to" in aux_words:
        # a headline's "to sign" is a plan; "... to protect elections" states a purpose, not a deed
        return ("planned" if verb.dep_ == "ROOT" else "hypothetical"), negated
    return "occurred", negated


def _planned_after_copula(v: Any) -> Any | None:
    """The verb a copula plans through an adjective of plan ("traffic is due to start", "the vote is set to take
    place"): the copula itself is a light verb, never compared, and the happening is the planned verb (read as
    planned by :func:`_status_of`, since its head is a plan word)."""
    if verb_key(v.text) != verb_key("be"):
        return None
    plans = verb_keys("plan_verbs")
    for adj in v.children:
        if adj.dep_ in ("acomp", "attr", "oprd") and verb_key(adj.text) in plans:
            return next((c for c in adj.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    return None


def _statuses(sent: Any, base: int) -> list[Status]:
    reporting = verb_keys("reporting_verbs")
    denials = verb_keys("denial_verbs")
    root = sent.root
    todo: list[tuple[Any, bool, bool, str | None]] = []
    if root.pos_ not in ("VERB", "AUX"):
        # a verbless root (a misparse such as "Trump plans[NOUN] to assert"): its clauses are the main ones
        verbs = [c for c in root.children if c.dep_ in ("acl", "relcl", "ccomp", "advcl") and c.pos_ == "VERB"]
        root = verbs[0] if verbs else root
    mains = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    for v in mains:
        key = verb_key(v.text)
        if key in reporting:
            who = _subject_text(v)
            content = [c for c in v.children if c.dep_ in ("ccomp", "xcomp", "pcomp")]
            for obj in (c for c in v.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.text.lower() in (
                    "about", "of", "on"))):
                content += [g for g in obj.subtree if g.dep_ in ("acl", "ccomp", "pcomp")
                            and g.pos_ in ("VERB", "AUX")][:1]
            if key not in denials or not content:
                todo.append((v, False, False, None))  # the saying (or dismissing) is a happening too
            for c in content[:2]:
                todo.append((c, True, key in denials, who))

        elif v.pos_ in ("VERB", "AUX"):
            todo.append((v, False, False, None))
            # "I hope that you will support ...": the clause a main verb governs has a status of its own
            todo += [(c, False, False, None) for c in v.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    out: list[Status] = []
    plans = verb_keys("plan_verbs")
    for k, (v, reported, denial, who) in enumerate(todo):
        for _ in range(3):  # "is expected to pass": the happening is the passing, planned
            x = next((c for c in v.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
            if x is None and verb_key(v.text) not in plans:
                x = _planned_after_copula(v)
                if x is None:
                    break
            elif x is None or verb_key(v.text) not in plans:
                break
            v = x
        todo[k] = (v, reported, denial, who)
    for v, reported, denial, who in todo:
        status, negated = _status_of(v, reported, denial)
        if negated and status in ("occurred", "ongoing", "planned"):
            status_out = "denied"
        else:
            status_out = status
        sub = list(v.subtree)
        cs, ce = sub[0].idx, _end(sub[-1])
        st = Status(start=base + v.idx, end=base + _end(v), text=v.text, predicate=verb_key(v.text),
                    status=status_out, negated=negated, attributed_to=who, clause_start=base + cs,
                    clause_end=base + ce, subject=_subject_head(v), object=_object_head(v),
                    blanket=negated and _blanket_participant(v) is not None)
        out.append(st)
        received = _received_denial(v, st)
        if received is not None:
            out.append(received)
    return out


RELATIVE_PRONOUN_TAGS = frozenset({"WDT", "WP"})  # "which", "that", "who": a relative clause's stand-in for its noun


def _relative_noun(verb: Any, tok: Any) -> Any | None:
    """The noun a relative pronoun stands for: the noun the relative clause hangs on ("the decree, which Dravos
    signed": decree); None for any other token."""
    if tok.tag_ in RELATIVE_PRONOUN_TAGS and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


def clause_of(verb: Any, base: int) -> Status:
    """The status of any verb's clause read from the parse, as :func:`_statuses` reads a main clause (round 52,
    issue 11): the status reader keeps main clauses only, but a subordinate clause ("The decree, which Dravos signed
    on November 22", "Since the unit shut its doors on November 16", "a warrant signed by a judge") is a clause too,
    with its own doer, its own thing acted on and its own tense. A relative pronoun stands for the noun its clause
    hangs on (the decree is what was signed; "the sale, which closed" is the sale closing), and a participle with no
    auxiliary that hangs on a noun ("a warrant signed by a judge") acts on that noun, as a passive acts on its
    subject. ``base`` is the offset of the parsed text in the stored text."""
    status, negated = _status_of(verb, False, False)
    subj = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    obj = next((k for k in verb.children if k.dep_ == "dobj"), None) or \
        (subj if subj is not None and subj.dep_ == "nsubjpass" else None)
    subject, thing = _subject_head(verb), _object_head(verb)
    if subj is not None and subj.dep_ == "nsubj" and _relative_noun(verb, subj) is not None:
        subject = _noun_key(verb.head)
    if obj is not None and _relative_noun(verb, obj) is not None:
        thing = _noun_key(verb.head)
    if obj is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") and \
            not any(k.dep_ in ("aux", "auxpass") for k in verb.children):
        thing = _noun_key(verb.head)
    sub = list(verb.subtree)
    return Status(start=base + verb.idx, end=base + _end(verb), text=verb.text, predicate=verb_key(verb.text),
                  status="denied" if negated and status in ("occurred", "ongoing", "planned") else status,
                  negated=negated, clause_start=base + sub[0].idx, clause_end=base + _end(sub[-1]),
                  subject=subject, object=thing)


def sentence_slots(sent: Any, offset: int = 0) -> SentenceSlots:
    """Every typed slot of one spaCy sentence; offsets are ``offset`` + the character offsets of the parse."""
    rel = sent.start_char
    text = sent.text
    amounts = find_amounts(text)
    for a in amounts:
        a.start += offset + rel
        a.end += offset + rel
        _attach(a, sent, offset)
    names = frozenset(e.text.lower().removesuffix("'s").removesuffix("’s") for e in sent.ents
                      if e.label_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "LAW"))
    nouns = frozenset(noun_base(t.text) for t in sent if t.pos_ in ("NOUN", "PROPN") and not t.is_stop)
    verbs = frozenset(verb_key(t.text) for t in sent if t.pos_ == "VERB")
    return SentenceSlots(start=offset + rel, end=offset + sent.end_char, text=text, amounts=amounts,
                         ordinals=_ordinals(sent, offset), roles=_roles(sent, offset), dates=_dates(sent, offset),
                         statuses=_statuses(sent, offset), names=names, nouns=nouns, verbs=verbs)
