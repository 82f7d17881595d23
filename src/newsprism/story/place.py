"""Places two reports give one act or one person, set side by side (round 58, issue 11; switch ``act_places``).

Of the hand-listed discrepancies of the real dev draws that no flag set apart (r55 and the ECB+ dev draw), places
were one of the largest kinds no slot read (round 57's table in benchmarks/story.md): "died on the way to the
hospital" / "died at the scene", "Anthony Vell, 36, of Minneapolis" / "Vell, of Bloomington". Most pairs of places
are no conflict at all: a courtroom is in its courthouse, a city in its state, "near X" / "outside X" / "in X" of one
building is one place told loosely. So only two readings are made, each one whose "cannot both hold" is decidable
offline, and anything else is left unsaid.

1. The stage of care of a death. A locative the parse hangs on a verb of dying (WordNet's kin of ``once_acts``, a
   thing that befalls a person once) is read as one of three successive stages of news copy's sequence "at the scene
   -> on the way to hospital -> in hospital": ``scene_nouns`` ("at the scene"), the way to a medical place ("on the
   way to the hospital", "en route to a clinic"), or at / in a medical place (a noun, or a name's last one or two
   words, under WordNet's ``medical_roots``: hospital, clinic, "Medical Center"). One death has one stage: two
   reports that give one person's death two stages disagree. Any other place of a death (a street, a town, a home)
   is not read: it may contain or be the scene.
2. A person's home town. The appositive ", of <place>," after a name ("Tam Orrey, 52, of Paris,") is where that
   person lives. Two reports that give one named person two home places disagree only when WordNet knows both as
   places (noun.location) and neither is, in any sense, a part (``#p``, any number of steps) of the other nor one
   place under two names: "of Brooklyn" / "of New York" is one home told at two scales; a name WordNet lacks (most
   towns, every invented one) says nothing.

The pairing is story.clock's: one act is one verb with its particle or two verbs WordNet reads as one act
(``compare._act_kin``), each report gives it one place, the sentences give no two different days and are not wholly
unlike (``min_sentence``); a home pairs by the person's surname (and the given name where both give one), each
report giving that person one home. Only disagreements are findings, a new kind of candidate: its confidence is the
learned same-happening probability of the two sentences (a death) or ``residence_confidence`` (a home), capped at
``confidence``, below the 0.5 bar until measured right on real text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsprism.lexicon import lies_under, noun_files, same_act_verb
from newsprism.lexicon import settings as lexicon_settings
from newsprism.story.clock import _act
from newsprism.story.compare import (
    Finding,
    Source,
    _act_kin,
    _side,
    dates_differ,
    parsed_sentence,
    same_happening,
    settings,
)

__all__ = ["ActPlace", "Residence", "act_places", "place_findings", "residences"]

# the stages of care of one death, in the order news copy tells them
SCENE, ROUTE, MEDICAL = 0, 1, 2
_STAGE_WORDS = ("the scene", "on the way to a medical place", "a medical place")


@dataclass(frozen=True)
class ActPlace:
    """A place of a death read in one sentence: its stage of care and the act (verb key with particle) it places."""

    start: int  # offsets into the report's text
    end: int
    text: str
    stage: int  # SCENE, ROUTE or MEDICAL
    act: str
    # who died: the subject's head word and its appositives' (lower case; a name's last word), empty where the
    # subject is a pronoun or unread; ``many`` where it is plural or counted ("two passengers", "A and B")
    who: frozenset[str]
    many: bool


@dataclass(frozen=True)
class Residence:
    """A person's home place told by the appositive ", of <place>," after the name."""

    start: int
    end: int
    text: str
    surname: str  # lower case
    given: str | None  # the given name where the report gives one, lower case
    place: str  # WordNet lemma form: lower case, "_" for spaces


def _cfg() -> dict[str, Any]:
    out: dict[str, Any] = settings()["act_places"]
    return out


@cache
def _hint() -> re.Pattern[str]:
    """Words without which a sentence holds no place this module reads (a sentence without one is never parsed)."""
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in _cfg()["hint_words"]) + r")", re.IGNORECASE)


_RESIDENCE_HINT = re.compile(r",\s+of\s+[A-Z]")


def _files() -> Any:
    return noun_files(str(lexicon_settings()["wordnet_dir"]))


@cache
def is_medical_place(words: str) -> bool:
    """Whether a noun (or a name's last words, "medical center") names a medical place: one of its first
    ``medical_senses`` senses lies under one of ``medical_roots`` by hypernym steps."""
    files = _files()
    lemma = words.strip().lower().replace(" ", "_")
    offsets: list[int] = []
    for form in files.lemmas_of(lemma):
        offsets.extend(files.offsets(form)[: int(_cfg()["medical_senses"])])
    roots = frozenset(int(o) for o in _cfg()["medical_roots"].values())
    keep = frozenset({"@", "@i"})
    return any(lies_under(files, o, roots, keep, set()) for o in offsets)


def _is_once_act(act: str) -> bool:
    """Whether a verb key tells an act that befalls a person once (a death): one of ``once_acts`` or its WordNet
    kin (``lexicon.same_act_verb``: "perish", "succumb", "pass away")."""
    return " " not in act and any(act == w or same_act_verb(act, w) for w in _cfg()["once_acts"])


def _stage(tok: Any) -> tuple[int, int, int] | None:
    """(stage, start, end) in the sentence of the locative whose object is ``tok``, or None when it is unread."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    word, p = tok.text.lower(), prep.text.lower()
    if p in ("on", "en") and word == "way" or word == "route":
        # "on the way to the hospital", "en route to a clinic": the way to a medical place
        # the "to" right after the noun, wherever the parse hangs it ("en route to" often hangs "to" on the verb)
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        dest = [c for c in nxt.children if c.dep_ == "pobj"] if nxt is not None and nxt.text.lower() == "to" else []
        if dest and _medical_name(dest[0]):
            return ROUTE, prep.idx, dest[0].idx + len(dest[0].text)
        return None
    if p not in _cfg()["at_words"]:
        return None
    if word in _cfg()["scene_nouns"]:
        return SCENE, prep.idx, tok.idx + len(tok.text)
    if _medical_name(tok):
        return MEDICAL, prep.idx, tok.idx + len(tok.text)
    return None


def _medical_name(tok: Any) -> bool:
    """Whether a noun, or a name whose last one or two words are such a noun ("Beaumont Hospital", "Hennepin County
    Medical Center"), names a medical place."""
    comp = [c.text for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1]
    return is_medical_place(tok.text) or bool(comp) and is_medical_place(f"{comp[0]} {tok.text}")


def act_places(src: Source, k: int) -> list[ActPlace]:
    """The places of a death in sentence ``k`` of a report, each with its act (read once per sentence)."""
    cache_ = src.places
    if k in cache_:
        return list(cache_[k][0])
    _read(src, k)
    return list(cache_[k][0])


def residences(src: Source, k: int) -> list[Residence]:
    """The home places sentence ``k`` of a report gives named people (read once per sentence)."""
    if k not in src.places:
        _read(src, k)
    return list(src.places[k][1])


def _read(src: Source, k: int) -> None:
    s = src.sentences[k]
    want_act, want_home = bool(_hint().search(s.text)), bool(_RESIDENCE_HINT.search(s.text))
    doc = parsed_sentence(s.text) if want_act or want_home else None
    acts: list[ActPlace] = []
    homes: list[Residence] = []
    if doc is not None:
        for tok in doc:
            if want_act and tok.dep_ == "pobj":
                st = _stage(tok)
                verb = _verb(tok.head) if st is not None else None
                act = _act(doc, verb.idx) if verb is not None else None
                if st is not None and verb is not None and act is not None and _is_once_act(act):
                    stage, a, b = st
                    who, many = _who(verb)
                    acts.append(ActPlace(s.start + a, s.start + b, s.text[a:b], stage, act, who, many))
            if want_home and tok.ent_type_ == "GPE" and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I"):
                home = _residence(tok)
                if home is not None:
                    surname, given, a, b = home
                    place = "_".join(t.text.lower() for t in doc[_ent_start(tok) : tok.i + 1] if t.is_alpha)
                    homes.append(Residence(s.start + a, s.start + b, s.text[a:b], surname, given, place))
    src.places[k] = (acts, homes)


def _verb(tok: Any) -> Any | None:
    """The verb a preposition hangs from, within a few heads (as ``clock._act`` walks)."""
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "aux":
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _who(verb: Any) -> tuple[frozenset[str], bool]:
    """Who the act befalls: the words naming the verb's subject (its head and its appositives' heads), and whether
    the subject is more than one person. A pronoun names no one this module can match."""
    v = verb
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    while not subj and v.dep_ == "conj" and v.head is not v:
        v = v.head  # "was pulled from the pool and died": the first verb's subject
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].pos_ == "PRON":
        return frozenset(), False
    head = subj[0]
    many = head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in head.children) or \
        any(c.dep_ == "nummod" and c.text.lower() not in ("one", "1") for c in head.children)
    words = {head.text.lower(), *(c.text.lower() for c in head.children if c.dep_ == "appos")}
    return frozenset(words), many


def _one_person(a: ActPlace, b: ActPlace) -> bool:
    """Whether two deaths befall one person as far as the words tell: neither subject is plural or counted, and
    the two name the person with one word ("the woman" / "the woman", a surname), or one of them with a word that
    may name anyone who died (``any_person_nouns``: "the third victim"). "One man" / "a woman" are two people."""
    if a.many or b.many or not a.who or not b.who:
        return False
    anyone = frozenset(_cfg()["any_person_nouns"])
    return bool(a.who & b.who) or bool((a.who | b.who) & anyone)


def _ent_start(tok: Any) -> int:
    """The index of the first word of the entity ``tok`` ends."""
    i = int(tok.i)
    while i > 0 and tok.doc[i].ent_iob_ == "I":
        i -= 1
    return i


def _residence(tok: Any) -> tuple[str, str | None, int, int] | None:
    """(surname, given name, start, end) of "<name>, [<age>,] of <place>": the words, not the parse, mark the
    appositive (the parser hangs its "of" on the name or on the verb), the name a proper noun right before the
    comma (or before ", <age>,"), the place a GPE whose name ends at this word."""
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and doc[i].ent_iob_ == "I" and doc[i].ent_type_ == "GPE":
        i -= 1  # the place's first word ("New" of "New York")
    if doc[i].ent_iob_ == "B" and doc[i].ent_type_ == "GPE" and i != tok.i:
        i -= 1
    if i < 2 or doc[i].text.lower() != "of" or doc[i - 1].text != ",":
        return None
    n = i - 2
    if doc[n].like_num and n >= 2 and doc[n - 1].text == ",":
        n -= 2  # ", 36,": the age between the name and its home
    if n >= 2 and doc[n].text.rstrip(".").lower() in _cfg()["name_suffixes"]:
        n -= 2 if doc[n - 1].text == "," else 1  # "Cesar Sayoc Jr., 56, of Aventura": the surname is before it
    if doc[n].pos_ != "PROPN" or (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"):
        return None
    given = doc[n - 1].text.lower() if n >= 1 and doc[n - 1].pos_ == "PROPN" else None
    return doc[n].text.lower(), given, doc[n].idx, tok.idx + len(tok.text)


@cache
def _location_senses(place: str) -> tuple[int, ...]:
    files = _files()
    want = int(_cfg()["location_lexfile"])
    return tuple(o for o in files.offsets(place) if files.lexfile(o) == want)


def _within(files: Any, offset: int, target: frozenset[int]) -> bool:
    """Whether a place synset is one of ``target`` or a part of one, by any number of part-holonym steps."""
    return lies_under(files, offset, target, frozenset({"#p"}), set())


@cache
def homes_differ(a: str, b: str) -> bool:
    """Whether two home places cannot be one: both known to WordNet as places, no sense of one within (or the same
    place as) a sense of the other. False when either is unknown: unsure says nothing."""
    if a == b:
        return False
    sa, sb = _location_senses(a), _location_senses(b)
    if not sa or not sb:
        return False
    files = _files()
    return not any(_within(files, x, frozenset(sb)) for x in sa) and \
        not any(_within(files, y, frozenset(sa)) for y in sb)


def _one(values: set[Any]) -> bool:
    return len(values) == 1


def place_findings(sa: Source, sb: Source) -> list[Finding]:
    """Conflicts between the places two reports give one death or one person's home (empty with the switch off)."""
    cfg = _cfg()
    if not cfg["enabled"] or not len(sa.sentences) or not len(sb.sentences):
        return []
    out: list[Finding] = []
    pa = [(k, p) for k in range(len(sa.sentences)) for p in act_places(sa, k)]
    pb = [(k, p) for k in range(len(sb.sentences)) for p in act_places(sb, k)]
    for ka, a in pa:
        for kb, b in pb:
            if a.stage == b.stage or not (a.act == b.act or (" " not in a.act + b.act and _act_kin(a.act, b.act))):
                continue
            if not _one_person(a, b):
                continue
            sim = float(sa.vectors[ka] @ sb.vectors[kb])
            if sim < float(cfg["min_sentence"]):
                continue
            if not (_one({p.stage for _, p in pa if _act_kin(p.act, a.act)})
                    and _one({p.stage for _, p in pb if _act_kin(p.act, b.act)})):
                continue  # a report that tells two stages of the act tells two deaths
            if any(dates_differ(x, y) for x in sa.sentences[ka].dates for y in sb.sentences[kb].dates):
                continue
            p = same_happening(sa, ka, sb, kb, sim, a.act, b.act)
            feats = {"sentence": sim, "same_p": p, "act_place": 1.0}
            out.append(Finding(kind="conflict", slot="named", detail="place",
                               a=_side(sa, ka, a.start, a.end, _STAGE_WORDS[a.stage]),
                               b=_side(sb, kb, b.start, b.end, _STAGE_WORDS[b.stage]), features=feats))
    ha = [(k, h) for k in range(len(sa.sentences)) for h in residences(sa, k)]
    hb = [(k, h) for k in range(len(sb.sentences)) for h in residences(sb, k)]
    for ka, x in ha:
        for kb, y in hb:
            if x.surname != y.surname or (x.given and y.given and x.given != y.given):
                continue
            if not (_one({h.place for _, h in ha if h.surname == x.surname})
                    and _one({h.place for _, h in hb if h.surname == y.surname})):
                continue  # two homes of one surname in one report: two people, or a move
            if not homes_differ(x.place, y.place):
                continue
            sim = float(sa.vectors[ka] @ sb.vectors[kb])
            feats = {"sentence": sim, "same_p": float(cfg["residence_confidence"]), "act_place": 1.0}
            out.append(Finding(kind="conflict", slot="named", detail="home",
                               a=_side(sa, ka, x.start, x.end, x.place.replace("_", " ").title()),
                               b=_side(sb, kb, y.start, y.end, y.place.replace("_", " ").title()), features=feats))
    return out
