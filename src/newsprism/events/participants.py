"""Who and what an event mention involves: its participants from the parse, keyed for comparison.

Keys are ``ent:<canonical name>`` for a named entity (from the document's canonical entities), ``np:<head>``
for a definite or plain noun phrase ("the gunman", "police"), ``pron:<word>`` for a pronoun, ``date:<iso>``
and ``place:<canonical>``. Roles: ``agent`` (subject, passive agent, possessor of an event noun), ``patient``
(object, passive subject, "of" phrase of an event noun), ``other`` (other prepositional participants),
``date`` and ``place`` (from the sentence); ``definite`` and ``named`` mark the participants that are definite,
and named or specified by a name. A participant is the head of its phrase: a name elsewhere in the phrase is
not it, and a date, a time word or a lone letter is no participant.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from newsprism.events.status import lemma
from newsprism.model import Document
from newsprism.nlp.parse_tree import is_infinitive, is_root

NAMED = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW")
PLACES = ("GPE", "LOC", "FAC")
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
POSSESSIVE = frozenset({"his", "her", "its", "their", "our", "my", "your"})
AGENT_PREPS = frozenset({"by"})
RELATIVE = frozenset({"which", "who", "that", "whom"})
PATIENT_PREPS = frozenset({"of", "against", "on", "to", "into", "for", "with"})
TIME_ENTS = frozenset({"DATE", "TIME"})
TARGET_PREPS = frozenset({"against", "on"})
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding"})
# Verbs of fighting whose "for" phrase is the side or the cause fought for, not what the fight is against ("she
# fought for the Kurdish unit", "rebels battling for independence"): that phrase is no patient (round 14; written
# from r12, where the unit she served in was stated as the target)
SIDE_VERBS = frozenset({"fight", "battle"})
SIDE_PREPS = frozenset({"for"})


def _entity_at(doc: Document, start: int, end: int, head: int) -> Any | None:
    """The named entity that covers the phrase's head word. A name elsewhere in the phrase is a modifier of
    another head ("a report funded by a lobby group" is a report, not the lobby group), so it is not returned."""
    found = [e for e in doc.entities if e.start < end and e.end > start and e.label in NAMED and not _clause_title(e)]
    return next((e for e in found if e.start <= head < e.end), None)


# A title keeps its small words in lower case ("Face the Nation", "The Compendium of the Social Doctrine of the
# Church"); more lower-case words than this besides them make a quoted clause ("Trump ordered the end of DACA").
MAX_TITLE_LOWER_WORDS = 1
TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by",
                               "from", "as"})


def _clause_title(ent: Any) -> bool:
    """A quoted clause the recognizer took for a title: no name."""
    lower = [w for w in ent.text.split() if w[:1].islower() and w.lower() not in TITLE_SMALL_WORDS]
    return bool(ent.label == "WORK_OF_ART" and len(lower) > MAX_TITLE_LOWER_WORDS)


def _is_time(tok: Any, at: int, doc: Document) -> bool:
    """A date or time word ("Tuesday", "Dec.", "last year"): the event's time, never a participant."""
    return tok.ent_type_ in TIME_ENTS or any(d.start <= at < d.end for d in doc.dates)


def _is_word(text: str) -> bool:
    """At least two letters: a lone letter or a punctuation token ("e" of "e-mails", "-") names nobody."""
    return sum(ch.isalpha() for ch in text) >= 2


def participant_key(tok: Any, para_offset: int, doc: Document) -> str | None:
    """The key of the participant headed by ``tok`` (None for a word that names nobody)."""
    start = para_offset + tok.left_edge.idx
    end = para_offset + tok.right_edge.idx + len(tok.right_edge.text)
    # a clause hanging off the noun is not the noun
    for child in tok.rights:
        if child.dep_ in ("relcl", "acl", "punct", "cc", "conj", "appos"):
            end = min(end, para_offset + child.left_edge.idx)
            break
    if doc.dateline is not None and doc.dateline.start <= para_offset + tok.idx < doc.dateline.end:
        # The parser often makes the dateline ("Port Vell, Maravia – ...") the subject, with the real one as
        # its apposition, or as the first name after the dash; the place where it was filed acts on nothing.
        real = next((k for k in tok.subtree if k.dep_ == "appos" and para_offset + k.idx >= doc.dateline.end), None)
        if real is not None:
            return participant_key(real, para_offset, doc)
        verb_at = para_offset + tok.head.idx if tok.head.idx > tok.idx else end
        after = [e for e in doc.entities if doc.dateline.end <= e.start and e.end <= max(end, verb_at)
                 and e.label in ("PERSON", "ORG", "GPE", "NORP")]
        return f"ent:{after[0].canonical}" if after else None
    ent = _entity_at(doc, start, max(end, para_offset + tok.idx + len(tok.text)), para_offset + tok.idx)
    if ent is not None and not _national(tok, ent):
        return f"ent:{ent.canonical}"
    if tok.pos_ == "PRON":
        return f"pron:{tok.text.lower()}"
    if tok.pos_ in ("NOUN", "PROPN", "NUM") and _is_word(tok.text) and not _is_time(tok, para_offset + tok.idx, doc):
        named = _described_org(tok, para_offset, doc)
        return f"ent:{named}" if named else f"np:{lemma(tok)}"
    return None


def _national(tok: Any, ent: Any) -> bool:
    """A nationality word that heads a singular noun phrase of its own names one person of that nationality, not
    the country ("the 40-year-old American never recovered", "an Iranian was detained"): a determiner or a
    modifier makes it a noun. A plural ("the Russians") may stand for the state, so it stays the country."""
    return ent.label == "NORP" and tok.tag_ in ("NNP", "NN") and any(
        (k.dep_ == "det" and k.text.lower() in ("the", "a", "an")) or k.dep_ == "amod" for k in tok.children)


# Class nouns that a text uses, after "the", for the organisation it has just named ("Acme said ... the company
# has denied"); the name is the participant, the class noun is no one in particular.
ORG_DESCRIPTIONS = frozenset({
    "company", "firm", "corporation", "platform", "network", "agency", "organization", "organisation", "retailer",
    "automaker", "carmaker", "airline", "carrier", "bank", "insurer", "manufacturer", "startup", "conglomerate",
    "broadcaster", "publisher", "lender", "chipmaker",
})


def _described_org(tok: Any, para_offset: int, doc: Document) -> str | None:
    """The organisation that "the company" (``ORG_DESCRIPTIONS``) stands for: the one organisation named before it
    in its sentence or the sentence before (in the same paragraph). Two organisations named there leave it open."""
    if lemma(tok).lower() not in ORG_DESCRIPTIONS or not any(
            k.dep_ == "det" and k.text.lower() == "the" for k in tok.children):
        return None
    if any(k.dep_ in ("poss", "prep", "relcl", "acl", "appos") or k.ent_type_ in NAMED for k in tok.children):
        return None  # "the company's", "the company that ...", "the Acme company": told apart here already
    sent = tok.sent
    first = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    lo, hi = para_offset + tok.doc[first].idx, para_offset + tok.idx
    names = {e.canonical for e in doc.entities if e.label == "ORG" and lo <= e.start and e.end <= hi}
    return next(iter(names)) if len(names) == 1 else None


def _specifiers(tok: Any, para_offset: int, doc: Document) -> set[str]:
    """The canonical names that specify a noun head: its name modifiers and the names its prepositions take."""
    toks = [k for k in tok.children if k.dep_ in ("compound", "amod") and k.ent_type_ in NAMED]
    toks += [g for k in tok.children if k.dep_ == "prep" for g in k.children
             if g.dep_ == "pobj" and g.ent_type_ in NAMED]
    toks += _participle_names(tok)
    toks += [c for g in list(toks) for c in g.children if c.dep_ == "conj" and c.ent_type_ in NAMED]
    out = set()
    for k in toks:
        at = para_offset + k.idx
        ent = next((e for e in doc.entities if e.start <= at < e.end and e.label in NAMED), None)
        if ent is not None:
            out.add(ent.canonical)
    return out


def _participle_names(tok: Any) -> list[Any]:
    """The names that a participle phrase right after a noun takes as its object ("groups representing Uzbeks",
    "a firm owned by Acme"): they say which ones."""
    return [g for k in tok.rights if k.dep_ == "acl" and k.tag_ in ("VBG", "VBN") and k.i == tok.i + 1
            for g in [*k.children, *(c for p in k.children if p.dep_ in ("prep", "agent") for c in p.children)]
            if g.dep_ in ("dobj", "pobj") and g.ent_type_ in NAMED]


def _name_modified(tok: Any) -> bool:
    """A head that a name specifies ("Republican officials", "FBI agents")."""
    return any(k.dep_ in ("compound", "amod") and k.ent_type_ in NAMED for k in tok.children)


def is_definite(tok: Any, key: str | None) -> bool:
    """Named, pronoun, or a noun phrase with a definite determiner or a possessor."""
    if key is None:
        return False
    if key.startswith(("ent:", "pron:")):
        return key not in ("pron:it", "pron:that", "pron:this", "pron:which", "pron:what", "pron:who")
    if tok.pos_ == "PROPN":
        return True  # a proper name the recognizer missed is still a name
    # a definite determiner, a possessor, or a name that specifies the head ("Republican officials", "an
    # agreement between Drava and Port Vell")
    return _name_modified(tok) or bool(_participle_names(tok)) or any(
        (k.dep_ == "det" and k.text.lower() in DEFINITE) or k.dep_ == "poss"
        or (k.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in NAMED for g in k.children))
        for k in tok.children)


# Object-control verbs: their object does what their infinitival complement tells ("asked Pelko to resign":
# Pelko resigns). Subject-control verbs: their subject does, even with an object ("promised the voters to cut
# taxes"). With another verb and an object ("used the order to end it", "helped X win") either may act: the
# slot stays empty.
OBJECT_CONTROL = frozenset({
    "ask", "tell", "urge", "order", "force", "compel", "persuade", "convince", "allow", "permit", "enable",
    "encourage", "invite", "require", "help", "press", "pressure", "push", "implore", "beg", "instruct", "direct",
    "authorize", "advise", "warn", "remind", "challenge", "call", "lead", "get", "cause", "prompt", "inspire",
    "appoint", "hire", "elect", "choose", "select", "name", "nominate", "expect", "want", "need", "let", "make",
})
SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "threaten", "offer", "swear"})
DIRECT_PATIENT = ("nsubjpass", "dobj", "dative", "attr", "oprd")


# Verbs of questioning whose bare participle, set off before the speaker's answer, is a reduced passive ("Jordan,
# asked if he would ..., said ...": Jordan was asked).
QUESTION_VERBS = frozenset({"ask", "question", "press"})


def _asked_aside(tok: Any) -> bool:
    """A questioning verb with a subject whose clause goes on, after a comma, to a verb of saying that has no
    subject of its own: the parser read "X, asked if Y, said Z" as X asking; X was asked, and answered."""
    from newsprism.events.status import cues

    if tok.tag_ not in ("VBD", "VBN") or lemma(tok) not in QUESTION_VERBS \
            or not any(k.dep_ == "nsubj" for k in tok.children):
        return False
    speech = cues()["speech_heads"]
    return any(k.dep_ in ("ccomp", "conj") and k.i > tok.i and k.pos_ == "VERB" and lemma(k) in speech
               and not any(c.dep_ in ("nsubj", "nsubjpass") for c in k.children)
               and k.i > 0 and k.doc[k.i - 1].text == "," for k in tok.children)


def _copula_subject(tok: Any) -> list[Any]:
    """The subject that an infinitive relative names through its noun after a copula ("Romney was the latest
    voice to weigh in": Romney weighs in; "she became the first to win": she won)."""
    noun = tok.head
    if tok.dep_ not in ("relcl", "acl") or not is_infinitive(tok) or is_root(tok) or noun.dep_ not in ("attr", "oprd") \
            or any(k.dep_ in ("nsubj", "nsubjpass") for k in tok.children):
        return []
    return [k for k in noun.head.children if k.dep_ == "nsubj"]


def is_passive(tok: Any) -> bool:
    """A passive verb: a passive auxiliary or subject, or a by-agent without them (the headline's reduced passive
    "Schumer bashed by the left"), or a past participle conjoined to a passive with no subject, auxiliary or
    object of its own ("was arrested and charged": he is charged, nobody says by whom)."""
    if any(k.dep_ in ("auxpass", "nsubjpass", "agent") for k in tok.children) or _asked_aside(tok):
        return True
    return tok.dep_ == "conj" and tok.tag_ == "VBN" and tok.head.i != tok.i and is_passive(tok.head) and not any(
        k.dep_ in ("nsubj", "aux", "dobj", "dative") for k in tok.children)


def _nominal(tok: Any) -> bool:
    return tok.pos_ in ("NOUN", "PROPN", "PRON")


def _stray_subject(tok: Any) -> bool:
    """A conjunct verb with a noun phrase of its own right before it that the parser did not make its subject
    ("..., and the agency for two months had refused": the agency, not the first conjunct's subject). Read
    backwards from the verb group over prepositional phrases and adverbs, up to a coordinator, a comma or a verb."""
    for k in reversed(tok.doc[max(0, tok.left_edge.i - 10) : tok.left_edge.i]):
        if k.dep_ in ("cc", "punct") or k.pos_ in ("VERB", "AUX"):
            return False
        if _nominal(k) and k.dep_ not in ("pobj", "npadvmod", "compound", "poss", "nummod") \
                and k.ent_type_ not in ("DATE", "TIME"):
            return True
    return False


def _after_own_clause(tok: Any, head: Any) -> bool:
    """A conjunct verb that follows, right after its coordinator, a clause under its governor with a subject of
    its own ("Paan was sitting ... when the toddler burst in and asked": the parser hangs "asked" on "sitting", but
    the toddler asked as likely): the nearest verb before the coordinator is not the governor and has its own
    subject, so whose subject the conjunct shares is a guess (round 12, r11)."""
    cc = next((k for k in tok.doc[max(head.i, tok.i - 3) : tok.i] if k.dep_ == "cc"), None)
    if cc is None:
        return False
    prev = next((k for k in reversed(tok.doc[head.i + 1 : cc.i]) if k.pos_ in ("VERB", "AUX")), None)
    if prev is None or prev.i == head.i or not any(a.i == head.i for a in prev.ancestors):
        return False
    return any(k.dep_ in ("nsubj", "nsubjpass") for k in prev.children)


def _reported(verb: Any) -> bool:
    """A verb that is the reported clause of a speech verb ("said [that] X made an offer")."""
    from newsprism.events.status import cues

    return verb.dep_ == "ccomp" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") \
        and lemma(verb.head) in cues()["speech_heads"]


def _controller(tok: Any, head: Any) -> list[tuple[str, Any]]:
    """Who does what a clause governed by ``head`` tells, when the clause has no subject of its own:
    - an infinitival complement of a passive ("she could be compelled to testify"): the passive subject;
    - of a verb with an "on" object ("leaned on Varga to drop out"), or of an object-control verb with an object
      ("asked Pelko to resign"): that object; of a subject-control verb ("promised them to"): its subject; of
      another verb with an object ("used the order to end it", a purpose clause "hired lawyers to fight"):
      nobody, either may act;
    - a reduced passive adverbial ("when asked if ...", "asked about it, Dask replied"): nobody (the governor's
      subject is usually the one acted on, but the parser also hangs a noun's participle here: "the video,
      released as a preview");
    - a passive infinitive ("is to be defeated"): the governor's subject, as what is acted on;
    - a conjunct with a stray noun phrase of its own before it, or right after a clause with its own subject
      under the governor ("sat ... when the boy burst in and asked"): nobody (the parse missed its subject);
    - a passive conjunct ("was arrested and charged"): the governor's subject, as what is acted on;
    - an active conjunct of a reported clause ("said Trump made an offer and urged ..."): nobody (it may go on
      the speech verb);
    - else the governor's subject (a conjunct also the governor's passive subject when itself active: "was
      escorted out and lost his clearance")."""
    from newsprism.events.status import lemma

    passive = is_passive(tok)
    if tok.dep_ == "advcl" and tok.tag_ == "VBN" and not any(k.dep_ in ("aux", "auxpass") for k in tok.children):
        return []
    if tok.dep_ == "conj" and (_stray_subject(tok) or _after_own_clause(tok, head)):
        return []
    if tok.dep_ == "conj" and passive:
        # "was arrested and charged", "denies it and will be vindicated": the shared subject is acted on
        return [("patient", k) for k in head.children if k.dep_ in ("nsubj", "nsubjpass")]
    if tok.dep_ == "conj" and _reported(head):
        # "He said Trump made an offer and urged Democrats to ...", "added that Democrats have not ... and
        # predicted ...": the conjunct may go on the reported clause or on the speech verb; who acts is a guess
        return []
    if tok.dep_ in ("xcomp", "advcl") and is_infinitive(tok) and head.pos_ in ("VERB", "AUX"):
        if passive and not is_passive(head):
            # a passive infinitive ("if the Islamic State is to be defeated", "wants to be elected"): the
            # governor's subject is what is acted on, never the doer
            return [("patient", k) for k in head.children if k.dep_ == "nsubj"]
        if is_passive(head) and not passive:
            # "she could be compelled to testify": she; a purpose clause of a passive ("could be abused by
            # lawmakers to beat the department") is done by its unnamed or by-agent: nobody here
            if tok.dep_ != "xcomp" or any(k.dep_ == "agent" for k in head.children):
                # "could be abused by lawmakers to beat them", "was compelled by the court to testify": either
                # may be the doer
                return []
            gov = head  # "she had waived it and could be compelled to testify": the first conjunct's subject
            while not any(k.dep_ in ("nsubj", "nsubjpass") for k in gov.children) and gov.dep_ == "conj":
                gov = gov.head
            return [("agent", k) for k in gov.children if k.dep_ in ("nsubj", "nsubjpass")]
        objs = [k for k in head.children if k.dep_ in ("dobj", "dative") and _nominal(k)]
        objs += [g for k in head.children if k.dep_ == "prep" and k.text.lower() == "on"
                 for g in k.children if g.dep_ == "pobj" and _nominal(g)]
        if objs and objs[0].head.i != head.i:  # "leaned on Varga to drop out", "called on them to"
            return [("agent", objs[0])]
        if objs and lemma(head) not in SUBJECT_CONTROL:
            return [("agent", objs[0])] if tok.dep_ == "xcomp" and lemma(head) in OBJECT_CONTROL else []
    deps = ("nsubj", "nsubjpass") if tok.dep_ == "conj" and not passive else ("nsubj",)
    own = [("agent", k) for k in head.children if k.dep_ in deps]
    if not own and tok.dep_ == "conj" and not passive:
        # "was the latest voice to weigh in and urge Brewer": the copula's subject urges too
        own = [("agent", k) for k in _copula_subject(head)]
    return own


def _inverted_speaker(tok: Any, k: Any) -> bool:
    """The object of a verb right after a closing quote, with no subject, is its doer, the parser's object
    only by the inverted order ("'...,' tweeted the Brooklyn chapter": the chapter tweeted)."""
    before = [t for t in tok.doc[max(0, tok.i - 2) : tok.i] if t.text not in (",",)]
    return k.dep_ == "dobj" and bool(before) and before[-1].tag_ == "''" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in tok.children)


def _fronted(tok: Any, prep: Any) -> bool:
    """A prepositional phrase before the verb and its subject sets the scene ("On Capitol Hill, lawmakers greeted
    the news"): where or when, not what is acted on."""
    subj = [k.i for k in tok.children if k.dep_ in ("nsubj", "nsubjpass", "csubj")]
    return tok.pos_ in ("VERB", "AUX") and prep.i < tok.i and prep.i < min(subj, default=tok.i)


POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
# How the parser hangs the real head of an object it split after a name ("announced her White House | bid"):
# never as a second object or a predicate ("elected Varga president" is two phrases).
SPLIT_HEAD_DEPS = frozenset({"ccomp", "dep"})


def _split_object(k: Any, verb: Any) -> Any:
    """The real head of a direct object that the parser split in two, both halves hanging off the verb: an owner
    and its noun ("picked the party | ’s | most prominent figure": the figure), or a name and the noun it
    modifies ("announced her White House | bid": the bid). Otherwise ``k`` itself."""
    doc = verb.doc
    i = k.right_edge.i + 1
    owner = i < len(doc) and doc[i].text in POSSESSIVE_MARKS and doc[i].head.i == verb.i
    if owner:
        i += 1
    if i >= len(doc) or not (owner or k.pos_ == "PROPN"):
        return k
    nxt = _sibling_at(doc[i], verb)
    if nxt is None or nxt.left_edge.i != i or nxt.pos_ != "NOUN" or nxt.ent_type_ in TIME_ENTS \
            or any(c.dep_ in ("det", "poss") for c in nxt.children):
        return k  # a noun with its own determiner is a phrase of its own ("declared the bear a threatened species")
    return nxt if owner and nxt.dep_ in DIRECT_PATIENT or nxt.dep_ in SPLIT_HEAD_DEPS else k


def _sibling_at(t: Any, verb: Any) -> Any | None:
    """The child of ``verb`` whose subtree holds ``t`` (None when ``t`` is not under the verb)."""
    for _ in range(6):
        if t.head.i == verb.i and t.i != verb.i:
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _split_start(tok: Any) -> Any | None:
    """The first word of a phrase the parser split in two before ``tok`` (``_split_object``): the owner or the
    name, so that the phrase reads whole ("the party’s most prominent figure", "her White House bid"); None when
    the parser did not split it."""
    verb = tok.head
    if tok.i == verb.i or tok.left_edge.i == 0:
        return None
    prev = tok.doc[tok.left_edge.i - 1]
    if prev.text in POSSESSIVE_MARKS and prev.head.i == verb.i and prev.i > 0:
        prev = prev.doc[prev.i - 1]
    owner = _sibling_at(prev, verb)
    if owner is not None and owner.right_edge.i == prev.i and owner.dep_ in DIRECT_PATIENT \
            and _split_object(owner, verb).i == tok.i:
        return owner.left_edge
    return None


def _by_agent(tok: Any) -> bool:
    """An event noun whose doer is named by a "by" phrase of its own ("the shooting by police")."""
    return tok.pos_ == "NOUN" and any(k.dep_ == "prep" and k.text.lower() == "by"
                                      and any(g.dep_ == "pobj" for g in k.children) for k in tok.children)


def _written_with_mark(u: Any) -> str:
    """The possessive mark that is part of a name, as written ("McDonald’s turned its sights", "Macy's said"): the
    name's own "'s" when the name is no owner of a following noun but a participant itself (a subject, or a phrase
    that ends with the mark); "" otherwise. The
    entity's canonical form drops the mark (so that "Trump's plan" is Trump's), which cuts such names."""
    if u.dep_ == "poss":
        return ""
    mark = next((k for k in u.children if k.dep_ == "case" and k.text in POSSESSIVE_MARKS
                 and k.text not in ("'", "’")), None)
    if mark is None:
        return ""
    # a subject owns nothing the parser did not hang on it; elsewhere only a mark that ends the phrase is the
    # name's ("bought Macy's."), not one before the owned noun the parser split off ("knock Obama's relationship")
    after = mark.doc[mark.i + 1] if mark.i + 1 < len(mark.doc) else None
    ends = after is None or after.is_punct
    return mark.text if u.dep_ in ("nsubj", "nsubjpass") or ends else ""


def _owner_inside_name(owner: Any, tok: Any) -> bool:
    """An owner whose "'s" is followed by a proper noun that the parser made a compound of the owned word
    ("a Supreme People's Assembly meeting": "People" owns nothing, "Supreme People's Assembly" is one name): the
    owner is a piece of a longer name, whose whole the parse does not give; leave it out rather than show the piece
    (round 12, r11)."""
    mark = next((k for k in owner.children if k.dep_ == "case"), None)
    if mark is None or mark.i + 1 >= len(owner.doc):
        return False
    after = owner.doc[mark.i + 1]
    return after.pos_ == "PROPN" and after.dep_ == "compound" and after.head.i == tok.i


def _roles_of(tok: Any) -> list[tuple[str, Any]]:
    """(role, head word) of the trigger's participants: direct ones first, then those of its prepositions."""
    out: list[tuple[str, Any]] = []
    kids = list(tok.children)
    passive = is_passive(tok)
    by_prep: list[tuple[str, Any]] = []
    for k in kids:
        if k.dep_ in ("nsubj", "csubj"):
            # the subject of a reduced passive with its by-agent is what is acted on ("Schumer bashed by ...")
            out.append(("patient" if passive and k.dep_ == "nsubj" else "agent", k))
        elif k.dep_ in DIRECT_PATIENT:
            out.append(("agent" if _inverted_speaker(tok, k) else "patient", _split_object(k, tok)))
        elif k.dep_ == "poss" and _owner_inside_name(k, tok):
            continue  # "Supreme People's Assembly meeting": the owner is a cut piece of a longer name
        elif k.dep_ == "poss":
            # an event noun with its doer in a by-phrase has the undergoer as its owner ("Brown's shooting by
            # police": Brown was shot; "the city's destruction by the army")
            out.append(("patient" if _by_agent(tok) else "agent", k))
        elif k.dep_ == "compound" and tok.pos_ == "NOUN":
            out.append(("other", k))
        elif k.dep_ == "agent":
            out += [("agent", g) for g in k.children if g.dep_ == "pobj"]
        elif k.dep_ == "prep":
            prep = k.text.lower()
            role = "agent" if prep in AGENT_PREPS and passive else "patient" if prep in PATIENT_PREPS else "other"
            if tok.pos_ == "NOUN" and prep == "by":
                role = "agent"
            if role == "patient" and (_fronted(tok, k) or (prep in SIDE_PREPS and lemma(tok) in SIDE_VERBS)):
                role = "other"
            by_prep += [(role, g) for g in k.children if g.dep_ == "pobj"]
    # beside a direct object, a place in a prepositional phrase is where, not what is acted on ("banned trawlers
    # to the Kestor coast", "ban immigration to the U.S."), unless after "against" or "on" ("imposed sanctions
    # on Drava")
    direct = any(r == "patient" for r, _ in out)
    out += [("other" if r == "patient" and direct and g.ent_type_ in PLACES
             and g.head.text.lower() not in TARGET_PREPS else r, g) for r, g in by_prep]
    # an event noun as object takes the verb's subject ("X launched an attack"); a verb without a subject takes
    # its controller's (``_controller``: "X agreed to sign", "asked Y to sign", "Y was compelled to testify")
    head = tok.head
    if not any(r == "agent" for r, _ in out) and not is_root(tok):
        if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "attr"):
            out += [("agent", k) for k in head.children if k.dep_ == "nsubj"]
        elif tok.dep_ in ("relcl", "acl") and not passive:
            out += [("agent", k) for k in _copula_subject(tok)]
        elif tok.dep_ in ("xcomp", "conj", "advcl") and not any(k.dep_ == "nsubjpass" for k in kids):
            # (a passive clause with a subject of its own leaves its doer unsaid: "told reporters after the audit
            # was released" is no release by the teller)
            out += [x for x in _controller(tok, head) if not (x[0] == "patient" and direct)]
    if not direct and not is_root(tok) and tok.dep_ in ("xcomp", "conj") and passive:
        # "the agreement is planned to be signed": the agreement is what is signed; "he was arrested and charged":
        # he is charged
        out += [("patient", k) for k in head.children if k.dep_ == "nsubjpass"]
    return out


def mention_args(tok: Any, unit: Any, doc: Document) -> dict[str, set[str]]:
    """role -> participant keys for the trigger ``tok`` of a sentence ``unit`` (a SentenceUnit)."""
    para_offset = unit.start - unit.span.start_char
    args: dict[str, set[str]] = {}
    for role, t in _roles_of(tok):
        t = _antecedent(t, tok, para_offset, doc)  # "the government, which seized power": the government
        if t is None:
            continue
        key = participant_key(t, para_offset, doc)
        if key is not None:
            args.setdefault(role, set()).add(key)
            if is_definite(t, key):
                args.setdefault("definite", set()).add(key)
            if key.startswith("ent:") or (key.startswith("np:") and (_name_modified(t) or t.ent_type_ == "NORP")):
                # a name, or a head a name specifies, or one person named by nationality ("the American")
                args.setdefault("named", set()).add(key)
            if role == "patient" and key.startswith("np:"):
                # what is acted on, told apart by the names that specify it ("an agreement between Drava and
                # Port Vell" is not "12 agreements on fisheries")
                names = sorted(_specifiers(t, para_offset, doc))
                args.setdefault("patient_id", set()).add(key + ("|" + ",".join(names) if names else ""))
        # "X and Y met": both are agents
        for c in t.children:
            if c.dep_ == "conj":
                k2 = participant_key(c, para_offset, doc)
                if k2 is not None:
                    args.setdefault(role, set()).add(k2)
    for d in doc.dates:
        if unit.start <= d.start < unit.end and d.iso and d.granularity != "duration":
            args.setdefault("date", set()).add(f"date:{d.iso}")
    for e in doc.entities:
        if unit.start <= e.start < unit.end and e.label in PLACES:
            args.setdefault("place", set()).add(f"place:{e.canonical}")
        if unit.start <= e.start < unit.end and e.label in NAMED:
            args.setdefault("sentence", set()).add(f"ent:{e.canonical}")
    return args


PHRASE_LEFT = ("compound", "amod", "poss", "nmod", "nummod", "advmod", "case", "det", "npadvmod", "quantmod")
MAX_PHRASE_WORDS = 6


def phrase(tok: Any, para_offset: int, doc: Document) -> str:
    """The words that name a common-noun participant: its head with the modifiers before it and a short
    "of" complement ("Evangelical Christian voters", "the party's most prominent figure", "a state of
    emergency"), without a leading article, at most ``MAX_PHRASE_WORDS`` words ending at the head."""
    left = [k for k in tok.lefts if k.dep_ in PHRASE_LEFT]
    start_tok = left[0].left_edge if left else tok
    split = _split_start(tok)
    if split is not None and split.i < start_tok.i:
        start_tok, left = split, [split]
    end = para_offset + tok.idx + len(tok.text)
    of = next((k for k in tok.rights if k.dep_ == "prep" and k.text.lower() == "of"), None)
    words = doc.text[para_offset + start_tok.idx : end].split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    words = words[-MAX_PHRASE_WORDS:]
    if of is not None and len(list(of.subtree)) <= 4 and len(words) + len(list(of.subtree)) <= MAX_PHRASE_WORDS + 2:
        tail = doc.text[para_offset + of.idx : para_offset + of.right_edge.idx + len(of.right_edge.text)]
        words += tail.split()
    elif not left:
        # a bare noun says who only with the participle phrase that follows it ("Groups representing Uzbeks",
        # "people familiar with the plan"): a short one, before any comma
        words += _participle_tail(tok, para_offset, doc, MAX_PHRASE_WORDS + 2 - len(words))
    return " ".join(words) or tok.text


MAX_PARTICIPLE_WORDS = 4


def _participle_tail(tok: Any, para_offset: int, doc: Document, room: int) -> list[str]:
    """The words of a short participle or adjective phrase right after a noun ("representing Uzbeks")."""
    tail = next((k for k in tok.rights if k.dep_ in ("acl", "amod") and k.tag_ in ("VBG", "VBN", "JJ")), None)
    if tail is None or tail.i != tok.i + 1:
        return []
    sub = list(tail.subtree)
    cut = next((i for i, t in enumerate(sub) if t.pos_ == "PUNCT"), len(sub))  # up to an apposition's comma
    sub = sub[:cut]
    if len(sub) > min(MAX_PARTICIPLE_WORDS, room) or len(sub) < 2:
        return []
    return doc.text[para_offset + sub[0].idx : para_offset + sub[-1].idx + len(sub[-1].text)].split()


class Filler(NamedTuple):
    """One participant of a trigger's own clause as a reader sees it."""

    role: str  # "agent" or "patient"
    key: str  # participant key (module docstring)
    shown: str | None  # a name's canonical form, a common noun's phrase, None for a pronoun
    prep: str | None  # the trigger's preposition whose object it is; None for its subject or object

    @property
    def topic(self) -> bool:
        """The object of a preposition of topic ("offered dirt on a rival", "a letter about the levy"): what
        the thing acted on is about, so after a direct object."""
        return self.prep in TOPIC_PREPS


def _antecedent(t: Any, tok: Any, para_offset: int, doc: Document) -> Any | None:
    """The noun a relative pronoun of the trigger's relative clause stands for ("the government, which seized
    power": the government); a description in apposition to a name stands for the name ("Safari Club, a group
    that sued": the club); not a place that locates another noun ("the war in Afghanistan, which ...")."""
    if not (t.text.lower() in RELATIVE and tok.dep_ == "relcl" and not is_root(tok)):
        return t
    ante = tok.head
    from newsprism.events.setting import LOCATIVE_PREPS

    if ante.dep_ == "pobj" and ante.head.text.lower() in LOCATIVE_PREPS and ante.ent_type_ in PLACES \
            and ante.head.head.pos_ in ("NOUN", "PROPN"):
        # "the war in Afghanistan, which has entered its ninth year": the parser hangs the clause on the place
        # nearest to it; it tells of the noun the place locates
        ante = ante.head.head
    if ante.dep_ == "appos" and (participant_key(ante, para_offset, doc) or "").startswith("np:") \
            and (participant_key(ante.head, para_offset, doc) or "").startswith("ent:"):
        return ante.head
    return ante


def _entity_label(tok: Any, para_offset: int, doc: Document) -> str | None:
    at = para_offset + tok.idx
    return next((e.label for e in doc.entities if e.start <= at < e.end and e.label in NAMED), None)


def _apposed_name(u: Any, key: str, para_offset: int, doc: Document) -> str:
    """The name in apposition to a participant that is no person's name: "the spokesman ..., Tommy Vietor,",
    "Another top Republican, Sen. Lindsey Graham," (a party word), "Former Heavyweight Champion, Riddick Bowe,"."""
    if key.startswith("ent:") and _entity_label(u, para_offset, doc) == "PERSON":
        return key
    for a in u.children:
        if a.dep_ != "appos":
            continue
        k = participant_key(a, para_offset, doc)
        if k and k.startswith("ent:") and (key.startswith("np:") or _entity_label(a, para_offset, doc) == "PERSON"):
            return k
    return key


def slot_fillers(tok: Any, unit: Any, doc: Document) -> list[Filler]:
    """The agents and patients of the trigger's own clause (``Filler``): a name's canonical form (the name in
    apposition for a description or a party word), a common noun's phrase (``phrase``), None for a pronoun (who it
    is, is not resolved here: an empty slot rather than a guess)."""
    para_offset = unit.start - unit.span.start_char
    out: list[Filler] = []
    for role, t in _roles_of(tok):
        if role not in ("agent", "patient"):
            continue
        t = _antecedent(t, tok, para_offset, doc)
        if t is None:
            continue
        prep = t.head.text.lower() if t.dep_ == "pobj" and t.head.head.i == tok.i else None
        for u in [t, *(c for c in t.children if c.dep_ == "conj")]:
            key = participant_key(u, para_offset, doc)
            if key is None:
                continue
            key = _apposed_name(u, key, para_offset, doc)
            shown = key[4:] + _written_with_mark(u) if key.startswith("ent:") else phrase(
                u, para_offset, doc) if key.startswith("np:") else None
            out.append(Filler(role, key, shown, prep))
    return out


# How a phrase hangs off a speech verb when it is not what the speech reports: one told to or about ("telling
# Woodward, played by Redford, to ...": nobody reports the playing), or its time or reason ("told the Post after
# the summary was released").
NOT_REPORTED = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "dative", "agent", "advcl", "npadvmod"})


def attribution(tok: Any, unit: Any, doc: Document) -> str | None:
    """Who the sentence says reports the event: the subject of a governing speech verb ("police said X
    fled") when the event is in what it reports (``NOT_REPORTED``), or the object of "according to"; the
    canonical name where one is known, else the words."""
    from newsprism.events.status import cues

    speech = cues()["speech_heads"]
    para_offset = unit.start - unit.span.start_char
    cur = tok
    for _ in range(6):
        if is_root(cur):
            break
        below, cur = cur, cur.head
        if cur.pos_ in ("VERB", "AUX") and lemma(cur) in speech:
            if below.dep_ in NOT_REPORTED:
                break  # in a participant or an adverbial clause of the speech act, not in what it reports
            subj = next((k for k in cur.children if k.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return _name(subj, para_offset, doc)
    for t in unit.span:
        if t.text.lower() == "according" and t.i + 1 < unit.span.end and t.nbor(1).text.lower() == "to":
            obj = next((k for k in t.nbor(1).children if k.dep_ == "pobj"), None)
            if obj is not None:
                return _name(obj, para_offset, doc)
    return None


def _name(tok: Any, para_offset: int, doc: Document) -> str | None:
    key = participant_key(tok, para_offset, doc)
    if key is None or key.startswith("pron:"):
        return None
    if key.startswith("ent:"):
        return key[4:]
    start = para_offset + tok.left_edge.idx
    end = para_offset + tok.idx + len(tok.text)
    words = doc.text[start:end].split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words[-6:]) or None


def ordered_agents(tok: Any, unit: Any, doc: Document) -> list[str]:
    """The trigger's subject and its conjuncts, in text order ("Kestoria and Maravia signed": both)."""
    para_offset = unit.start - unit.span.start_char
    subj = next((k for k in tok.children if k.dep_ in ("nsubj", "csubj")), None)
    if subj is None:
        return []
    keys = [participant_key(t, para_offset, doc) for t in [subj, *(c for c in subj.children if c.dep_ == "conj")]]
    return [k for k in keys if k is not None]
