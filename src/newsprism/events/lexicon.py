"""The event-type dictionary (data/event_types.json) and a small base-form finder for its trigger words.

The shared spaCy pipeline runs without its lemmatizer, so triggers are matched by generating candidate
base forms of a token ("signed" -> "sign", "arriving" -> "arrive", "met" -> "meet") and keeping the first
one the dictionary knows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from newsprism.common.data_files import load_json

IRREGULAR = {
    "met": "meet", "held": "hold", "flew": "fly", "flown": "fly", "told": "tell", "said": "say", "says": "say",
    "sought": "seek", "fought": "fight", "shot": "shoot", "struck": "strike", "beaten": "beat",
    "sent": "send", "froze": "freeze", "frozen": "freeze", "forgave": "forgive", "forgiven": "forgive",
    "withdrew": "withdraw", "withdrawn": "withdraw", "wrote": "write", "written": "write", "led": "lead",
    "began": "begin", "begun": "begin", "took": "take", "taken": "take", "gave": "give", "given": "give",
    "brought": "bring", "kept": "keep", "left": "leave", "made": "make", "came": "come", "went": "go",
    "gone": "go", "did": "do", "done": "do", "was": "be", "were": "be", "is": "be", "are": "be", "been": "be",
    "has": "have", "had": "have", "blew": "blow", "blown": "blow", "stood": "stand", "rang": "ring",
    "set": "set", "cut": "cut", "put": "put", "hit": "hit", "spoke": "speak", "spoken": "speak",
    "chose": "choose", "chosen": "choose", "drove": "drive", "driven": "drive", "won": "win", "lost": "lose",
    "paid": "pay", "sold": "sell", "bought": "buy", "thought": "think", "felt": "feel", "found": "find",
    "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "threw": "throw", "thrown": "throw",
    "saw": "see", "seen": "see", "knew": "know", "known": "know", "got": "get", "gotten": "get",
    "built": "build", "spent": "spend", "meant": "mean", "heard": "hear", "ran": "run", "wound": "wound",
}


@dataclass(frozen=True)
class EventType:
    name: str
    cameo_root: str | None
    plover: str
    priority: int


@dataclass
class Lexicon:
    types: dict[str, EventType]
    # base verb -> type names (a verb may belong to several, e.g. "welcome": host, praise)
    verbs: dict[str, list[str]] = field(default_factory=dict)
    # multiword verb phrases: head base -> [(tail words, type)]
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    nouns: dict[str, list[str]] = field(default_factory=dict)
    speech_verbs: frozenset[str] = frozenset()
    cues: dict[str, frozenset[str]] = field(default_factory=dict)
    vocab: frozenset[str] = frozenset()


@cache
def load_lexicon() -> Lexicon:
    raw = load_json("newsprism.events", "data/event_types.json")
    lex = Lexicon(types={})
    for name, spec in raw["types"].items():
        lex.types[name] = EventType(name, spec["cameo_root"], spec["plover"], spec["priority"])
        for v in spec["verbs"]:
            words = v.split()
            if len(words) == 1:
                lex.verbs.setdefault(v, []).append(name)
            else:
                lex.phrases.setdefault(words[0], []).append((tuple(words[1:]), name))
        for n in spec["nouns"]:
            lex.nouns.setdefault(n.split()[-1], []).append(name)
    lex.speech_verbs = frozenset(raw["speech_verbs"])
    lex.cues = {k: frozenset(v) for k, v in raw["status_cues"].items()}
    vocab = set(lex.verbs) | set(lex.phrases) | set(lex.speech_verbs)
    for key, words in lex.cues.items():
        if key != "planned_adjectives":  # "planned" must reduce to the verb "plan"
            vocab |= {w for w in words if " " not in w}
    lex.vocab = frozenset(vocab)
    return lex


def base_form(word: str, vocab: frozenset[str] | set[str]) -> str:
    """The dictionary base form of an inflected verb, or the lower-cased word when none is known."""
    w = word.lower()
    if w in IRREGULAR:
        return IRREGULAR[w]
    if w in vocab:
        return w
    cands: list[str] = []
    if w.endswith("ies") or w.endswith("ied"):
        cands.append(w[:-3] + "y")
    if w.endswith("ing"):
        stem = w[:-3]
        cands += [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            cands.append(stem[:-1])
    if w.endswith("ed"):
        stem = w[:-2]
        cands += [stem, w[:-1]]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            cands.append(stem[:-1])
    if w.endswith("es"):
        cands.append(w[:-2])
    if w.endswith("s"):
        cands.append(w[:-1])
    for c in cands:
        if c in vocab:
            return c
    return w


def noun_base(word: str) -> str:
    """A crude singular for matching event nouns and counted things ("accords" -> "accord")."""
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w
