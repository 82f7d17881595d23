"""What the clause around a trigger says about the event: tense, irrealis contexts, and the mentions that are
part of another mention's predication (read from the dependency parse; word lists in ``data/event_filters.json``
and ``data/status_cues.json``).

- Tense: a past-tense verb (or a noun governed by one) tells of something that happened, so a date after the
  article's does not make it planned; a simple-present verb outside a headline tells of a state, stance or
  process that holds now (ongoing), or, when the event dictionary does not type it, a generic or habitual
  statement that is no happening at all.
- Irrealis: inside an if/unless clause, a question, the content of a demand or call ("called for his
  resignation"), a claim there is no evidence for, or someone's unverified claim ("his claim that they
  colluded"), an event is hypothetical; the content of a claim that is rejected or called untrue is denied.
- Folding: a support verb and the event noun it takes as object ("drew criticism", "filed a complaint") are
  one predication, and so are a directive or commissive verb and its infinitival or subjunctive complement
  ("urged lawmakers to change the bill", "efforts to repeal the law", "demanded the chair step down"): the
  complement is the content of the act, not a second happening; so is a purpose infinitive ("gathered to push
  for the bill", "sued in an effort to overturn the ban"), the aim of the act it hangs off. A typed verb and an
  event-noun object of the same type ("fought a battle") are one predication too.
- Characterization: a content object as subject ("the report offers a glimpse", "the measure would create") in
  the simple present or under a modal says what the content is or does, not what someone did.
- Performatives: "we urge the council" performs the urging as it is said.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from newsprism.model import StandingKind
from newsprism.nlp.parse_tree import is_infinitive, is_root, word

PAST_AUX = frozenset({"had", "has", "have", "'ve", "'d", "was", "were", "did"})
PERFECT_AUX = frozenset({"had", "has", "have", "'ve"})
HEADLINE_KINDS = ("title", "heading")
UNTIL_WORDS = frozenset({"until", "till", "til"})  # "not ... until T": the happening is at T (``delayed_until``)


@lru_cache(maxsize=1)
def _filter_file() -> dict[str, Any]:
    out: dict[str, Any] = json.loads(
        resources.files("newsprism.events").joinpath("data/event_filters.json").read_text("utf-8"))
    return out


@lru_cache(maxsize=1)
def _filters() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in _filter_file().items() if not k.startswith("_") and isinstance(v, list)}


@lru_cache(maxsize=1)
def switches() -> dict[str, bool]:
    """The named on/off switches of ``data/event_filters.json`` (its boolean values): each turns one rule on; off
    gives the behaviour before that rule exactly."""
    return {k: v for k, v in _filter_file().items() if not k.startswith("_") and isinstance(v, bool)}


def _cue(name: str) -> frozenset[str]:
    from newsprism.events.status import cues

    return cues()[name]


def clause_verb(tok: Any) -> Any:
    """The verb whose tense the trigger takes: itself when it is a verb, else the verb that governs the noun."""
    cur = tok
    for _ in range(4):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if is_root(cur):
            break
        cur = cur.head
    return tok


def _aux(verb: Any) -> list[str]:
    return [word(k) for k in verb.children if k.dep_ in ("aux", "auxpass")]


def is_past(tok: Any) -> bool:
    """A past-tense clause: a simple past ("killed"), a perfect ("has killed") or a past passive ("was
    killed"), with no future or modal auxiliary."""
    verb = clause_verb(tok)
    aux = _aux(verb)
    if any(a in _cue("future_aux") or a in _cue("possible_aux") or a in _cue("conditional_aux")
           or a in _cue("obligation_aux") for a in aux):
        return False
    if verb.tag_ == "VBD" and not aux:
        return True
    return verb.tag_ in ("VBN", "VBD") and any(a in PAST_AUX for a in aux)


def is_future(tok: Any) -> bool:
    """A clause with a future auxiliary ("will meet", "is going to meet")."""
    verb = clause_verb(tok)
    return any(a in _cue("future_aux") for a in _aux(verb)) or (
        verb.dep_ == "xcomp" and verb.head.text.lower() == "going")


def is_simple_present(tok: Any) -> bool:
    """A verb in the present tense without a perfect or a modal ("supports", "is investigating", "are
    seeking"), which tells of what holds now."""
    if tok.pos_ != "VERB":
        return False
    aux = _aux(tok)
    if tok.tag_ in ("VBZ", "VBP"):
        return not aux or all(a in ("do", "does") for a in aux)
    return tok.tag_ == "VBG" and any(a in ("is", "are", "am", "'s", "'re") for a in aux)


def is_modal_statement(tok: Any) -> bool:
    """A verb under a modal of obligation or ability ("must win", "can achieve"): what should or could be,
    not what happened."""
    aux = _aux(tok) if tok.pos_ == "VERB" else []
    return any(a in _cue("obligation_aux") or a in _cue("possible_aux") for a in aux)


def in_headline(doc: Any, unit: Any) -> bool:
    """Headlines tell past happenings in the present tense ("Senate passes the bill")."""
    paras = doc.paragraphs
    return 0 <= unit.paragraph < len(paras) and paras[unit.paragraph].kind in HEADLINE_KINDS


def _chain(tok: Any, n: int = 6) -> list[Any]:
    """The trigger and the words above it, up to the sentence root included (at most ``n``): a condition
    attached to the main verb ("If the talks fail, the union said it would strike") governs the whole sentence."""
    out = [tok]
    while not is_root(out[-1]) and len(out) < n:
        out.append(out[-1].head)
    return out


def unasserted_complement(tok: Any) -> bool:
    """The trigger's clause is embedded under a predicate that does not assert it: a wish ("wants to sign",
    "did not want to sign"), an embedded question ("asked whether the plant closed"), missing evidence reached
    through any complement ("found no sign of anyone entering", "did not show that ...") or a denial ("denied
    that he leaked it"). The MEANTIME + UW train splits label such triggers uncertain in most rows (desire 69 of
    90, embedded question 18 of 27, missing evidence 5 of 7, denial 8 of 13; counts in ``data/status_cues.json``).
    Intentions ("plans to hold") keep the planned reading; purpose clauses, which the same sets label happened
    more often than uncertain (127 of 226), are left to the model. So are attempts ("tried to link", "sought to
    clear his name", "made a second attempt to persuade her"): the same sets label them uncertain (87 of 118),
    but in news the attempted act is mostly done as it is tried (the BASIL audits' readers, round 6: 8 of the 9
    attempt complements the rule set to hypothetical were real happenings)."""
    from newsprism.events.status import governor_flags

    if presupposed(tok):
        return False
    g = governor_flags(tok)
    return g["desire"] or g["embedded_question"] or g["no_evidence"] or g["denied_content"]


def presupposed(tok: Any) -> bool:
    """A noun trigger with a definite determiner, a possessor or a name as modifier ("wants to address the
    Harbour shooting", "his arrest") refers to a happening its sentence takes as given: embedding its clause
    under an attempt or a wish does not make it unreal. "Tried to stage a coup" (indefinite) is not."""
    if tok.pos_ != "NOUN":
        return False
    kids = list(tok.children)
    return any(k.dep_ == "poss" for k in kids) or any(
        k.dep_ == "det" and k.text.lower() in ("the", "this", "that", "these", "those") for k in kids) or any(
        k.dep_ == "compound" and k.pos_ == "PROPN" for k in kids)


def claim_content(tok: Any) -> Any | None:
    """The claim noun whose content the trigger's clause is, else None: a that-clause or a clause in apposition
    on a noun of an unverified claim (``claim_nouns``: "his claim that Trump colluded", "reports that the minister
    refused", "speculation that she will veto"). Such a clause is the claimant's, not the writer's assertion."""
    from newsprism.events.lexicon import noun_base
    from newsprism.events.status import embedded_clause, lemma

    clause = embedded_clause(tok)
    if is_root(clause) or clause.dep_ not in ("acl", "ccomp") or clause.pos_ not in ("VERB", "AUX"):
        return None
    noun = clause.head
    if noun.pos_ != "NOUN":
        return None
    words = _filters()["claim_nouns"]
    return noun if {noun.text.lower(), noun_base(noun.text), lemma(noun)} & words else None


def rejected_claim(noun: Any) -> bool:
    """The claim is rejected by its governing verb ("rejected reports that", "denied the allegation that": a
    denial word, ``denial_heads``) or called untrue by its predicate ("accusations that ... were false",
    ``false_predicates``)."""
    from newsprism.events.status import lemma

    if is_root(noun):
        return False
    head = noun.head
    if noun.dep_ == "dobj" and lemma(head) in _cue("denial_heads"):
        return True
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return any(k.dep_ in ("acomp", "attr") and k.text.lower() in _filters()["false_predicates"]
                   for k in head.children)
    return False


def irrealis(tok: Any, unit: Any) -> bool:
    """The event is only supposed, asked for or doubted: the content of an unverified claim that is not rejected
    (``claim_content``: "his claim that they colluded"), inside an if/unless/whether clause, in a question,
    the object of a demand or call ("called for his resignation"), the content of a claim there is no
    evidence for ("no evidence that they colluded"), or a complement that its governor does not assert
    (``unasserted_complement``: tried, wanted, asked whether, denied that)."""
    if unasserted_complement(tok) or conditional(tok, unit):
        return True
    claim = claim_content(tok)
    if claim is not None and not rejected_claim(claim):  # a rejected claim's content is denied (``negated``)
        return True
    directive = _filters()["directive_heads"]
    from newsprism.events.status import lemma

    for cur in [*_chain(tok), clause_verb(tok)]:
        head = cur.head
        if cur.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and (any(
                k.dep_ == "det" and k.text.lower() == "no" for k in head.children) or _scant_evidence(head)):
            return True
    # the object of a demand: "demanded his resignation", "called for his resignation"
    if tok.pos_ == "NOUN":
        if tok.dep_ == "pobj" and tok.head.text.lower() == "for" and not is_root(tok.head) and (
                tok.head.head.pos_ == "NOUN" and lemma(tok.head.head) in directive):
            return True  # the object of a demand noun: "a call for his resignation", "demands for a recount"
        gov = tok.head
        if tok.dep_ == "pobj" and gov.dep_ == "prep" and not is_root(gov):
            gov = gov.head
        if gov.pos_ != "VERB":
            return False
        if tok.dep_ == "dobj" and lemma(gov) in _filters()["demand_object_heads"]:
            return True
        if tok.dep_ == "pobj" and tok.head.text.lower() == "for" and lemma(gov) in directive:
            return True
    return False


def _scant_evidence(noun: Any) -> bool:
    """An evidence noun said to be (almost) none: "scant evidence that", "little proof that"
    (``scant_evidence_modifiers`` on ``evidence_heads``; "a little evidence" is some)."""
    from newsprism.events.status import lemma

    if noun.text.lower() not in _cue("evidence_heads") and lemma(noun) not in _cue("evidence_heads"):
        return False
    kids = list(noun.children)
    return not any(k.dep_ == "det" and k.text.lower() == "a" for k in kids) and any(
        k.dep_ == "amod" and k.text.lower() in _filters()["scant_evidence_modifiers"] for k in kids)


OPENING_QUOTES = ("“", "``", '"')
ASKING_VERBS = frozenset({"ask", "wonder", "inquire", "question"})


def in_question(tok: Any, unit: Any) -> bool:
    """The trigger is part of what its sentence asks: the sentence ends in a question mark, and the trigger is
    neither before the quotation that holds the question (`Ms. Nuland sent an e-mail objecting that "... why do we
    want to feed that?"`, `Nixon asks: "Somebody in the FBI?"`) nor the verb that reports the asking or saying
    (`"Was he sure," Mr. Jordan asked, "..."`): those happened as told."""
    from newsprism.events.status import cues, lemma

    body = unit.span.text.rstrip().rstrip("\"'”’")
    if not body.endswith("?"):
        return False
    # the last quotation still open at the question mark (a straight quote opens when an odd number stand before)
    opened = max((body.rfind(q) for q in OPENING_QUOTES if q != '"' or body.count(q) % 2 == 1), default=-1)
    if opened > 0 and tok.idx < unit.span.start_char + opened:
        return False  # the question is a quotation after the trigger
    reports = lemma(tok) in ASKING_VERBS | cues()["speech_heads"]
    inverted = any(k.dep_ == "aux" and k.i < tok.i for k in tok.children) and not any(
        k.dep_ in ("nsubj", "nsubjpass") and k.i < tok.i for k in tok.children)
    return not (tok.pos_ == "VERB" and reports and not inverted and any(
        k.dep_ == "nsubj" for k in tok.children))


def conditional(tok: Any, unit: Any) -> bool:
    """In a question (``in_question``), inside a condition ("if the assembly rejects it", "unless they cannot
    agree") or in its consequence ("..., the council will sue"): supposed, whatever its polarity."""
    if in_question(tok, unit):
        return True
    marks = _cue("conditional_marks")

    def _condition(clause: Any) -> bool:
        return clause.dep_ == "advcl" and any(k.dep_ == "mark" and k.text.lower() in marks for k in clause.children)

    def _content(verb: Any) -> bool:
        # a threat or warning told in the past was made: its if-clause says what it threatens ("threatened them
        # with prosecution if they paid"), it is no condition on the threatening
        return verb is tok and is_past(verb) and _lemma(verb) in _filters()["conditional_content_heads"]

    # an inverted condition ("Should Trump leave the pact, ...") counts for its own clause only: its consequence
    # carries its own modal, and a clause hung off the consequence ("..., as Bush ultimately reneged on Kyoto")
    # is told as fact (round 21, r18)
    return any(_condition(cur) or inverted_condition(cur) or (cur.pos_ in ("VERB", "AUX") and not _content(cur)
                                                              and any(_condition(k) for k in cur.children))
               for cur in [*_chain(tok), clause_verb(tok)])


def inverted_condition(clause: Any) -> bool:
    """A condition told by subject-auxiliary inversion, with no "if" ("Had he passed, there would be a frenzy",
    "Should Trump leave the pact, the U.S. would be the first", "Were the firm to sell, ..."): an adverbial clause
    before the clause it modifies, opened by an auxiliary of ``inversion_auxiliaries`` that stands before the
    clause's subject (the auxiliary itself heads the clause in "Were the firm to sell")."""
    if clause.dep_ != "advcl" or is_root(clause) or clause.i > clause.head.i:
        return False
    if any(k.dep_ == "mark" for k in clause.children):
        return False
    subj = next((k for k in clause.children if k.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None:
        return False
    auxes = [k for k in clause.children if k.dep_ in ("aux", "auxpass")]
    if clause.text.lower() in _filters()["inversion_auxiliaries"] and clause.i < subj.i:
        return True  # "Were the firm to sell": the auxiliary heads the clause
    return any(a.text.lower() in _filters()["inversion_auxiliaries"] and a.i < subj.i for a in auxes)


def counterfactual(tok: Any) -> bool:
    """The trigger's clause is a past counterfactual condition ("Had Hugh Hefner passed, there would be a
    frenzy"; "if the police had arrived, she would have lived"): the pluperfect of a condition whose consequence
    is told with a modal asserts that the condition was not met, so the happening is denied. An inverted "had" +
    past participle (``inverted_condition``), or an if-clause in the past perfect whose main clause has a modal
    and "have" ("would have", "could have")."""
    verb = clause_verb(tok)
    for cur in (verb, verb.head) if verb.dep_ == "conj" else (verb,):  # "had he left and resigned"
        if cur.dep_ != "advcl" or is_root(cur) or cur.tag_ not in ("VBN", "VBD"):
            continue  # the parser tags "had he passed" VBD as often as VBN
        aux = [k.text.lower() for k in cur.children if k.dep_ in ("aux", "auxpass")]
        if "had" not in aux and "'d" not in aux:
            continue
        if inverted_condition(cur):
            return True
        ifs = any(k.dep_ == "mark" and k.text.lower() == "if" for k in cur.children)
        main_aux = [k.text.lower() for k in cur.head.children if k.dep_ == "aux"]
        if ifs and "have" in main_aux and any(a in _cue("conditional_aux") | _cue("possible_aux") for a in main_aux):
            return True
    return False


def _debunks(head: Any) -> bool:
    """A predicate that calls its subject untrue: the word itself ("the story is fabricated") or its predicate
    adjective or noun and their modifiers ("is false and fake", "is fiction", "is a hoax timed to ...")."""
    words = _filters()["debunking_predicates"]
    if head.text.lower() in words:
        return True
    for k in head.children:
        if k.dep_ in ("acomp", "attr", "oprd") and (k.text.lower() in words or any(
                g.dep_ in ("amod", "conj", "compound") and g.text.lower() in words for g in k.children)):
            return True
    return False


def debunking_voice(units: Sequence[Any]) -> bool:
    """The text says in its own voice that a story it tells is untrue: a sentence outside quotes whose main
    predicate (or an adverbial or conjoined clause of it that no verb of saying governs) has a story noun as
    subject (``story_nouns``, or a noun of it, "the claims in the story") and calls it untrue
    (``debunking_predicates``: "The story is 100 percent false", "The report is fiction", "the entire story is
    fabricated", "The article is a hoax"). Someone else's "X called the story false" is X's voice, not the text's."""
    from newsprism.events.status import cues, lemma

    stories = _filters()["story_nouns"]

    def _story(noun: Any) -> bool:
        return noun.text.lower() in stories or lemma(noun) in stories or any(
            p.dep_ == "prep" and any(o.dep_ == "pobj" and o.text.lower() in stories for o in p.children)
            for p in noun.children)

    for u in units:
        for t in u.span:
            if t.dep_ not in ("nsubj", "nsubjpass") or not _story(t):
                continue
            head = t.head
            if not (is_root(head) or (head.dep_ in ("advcl", "conj") and lemma(head.head) not in cues()["speech_heads"])):
                continue
            if _debunks(head) and not in_direct_quote(t):
                return True
    return False


def debunked_content(tok: Any, units: Sequence[Any]) -> bool:
    """A happening told only as the content of a story the text calls untrue (``debunking_voice``) is denied
    (the audit's rumour-report rule: a happening the text itself calls made up or false is gold ``denied``): its
    clause is hedged as someone's report ("Supposedly, the loggers ... cut down", ``story_hedges``), or it is the
    content of a verb of saying or claiming that is negated ("has NOT claimed Cosby molested her") or whose
    subject is a story noun ("the report claims that loggers cut down the tree")."""
    from newsprism.events.status import cues, lemma

    hedges = _filters()["story_hedges"]
    saying = cues()["speech_heads"] | cues()["hedge_heads"]
    verb = clause_verb(tok)
    found = False
    for cur in _chain(verb):
        if any(k.dep_ == "advmod" and k.text.lower() in hedges for k in cur.children):
            found = True
            break
        if cur.dep_ == "ccomp" and not is_root(cur):
            gov = cur.head
            if lemma(gov) in saying and (own_negation(gov) or any(
                    k.dep_ in ("nsubj", "nsubjpass") and (k.text.lower() in _filters()["story_nouns"]
                                                          or lemma(k) in _filters()["story_nouns"])
                    for k in gov.children)):
                found = True
                break
    return found and debunking_voice(units)


def _lemma(tok: Any) -> str:
    from newsprism.events.status import lemma

    return str(lemma(tok))


OPEN_QUOTE_MARKS = "\u201c"
CLOSE_QUOTE_MARKS = "\u201d"


def in_direct_quote(tok: Any) -> bool:
    """Inside a direct quote: the quote marks of its paragraph before the word do not balance."""
    before = tok.doc.text[:tok.idx]
    return before.count('"') % 2 == 1 or before.count(OPEN_QUOTE_MARKS) > before.count(CLOSE_QUOTE_MARKS)


def addresses_reader(tok: Any) -> bool:
    """The writer addresses the reader: the trigger's subject (or, for a verb without one, the subject of the verb
    it completes: "you may want to try") is "you", outside a direct quote ("Maybe you shoved fries in it", "you
    ask?"). News prose tells what third parties did; a writer's "you" is the reader, in an aside or a rhetorical
    question, never a reported happening. Nor is what the reader is asked to think ("Do you think Microsoft will
    buy Mojang?", ``_reader_opinion``). Inside a quote "you" is the speaker's addressee and is kept."""
    verb = clause_verb(tok)
    for cur in _chain(verb, 3):
        subj = [k for k in cur.children if k.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return (_reader_subject(cur) or _reader_opinion(cur)) and not in_direct_quote(tok)
        # a verb the reader is asked to do (round 57); an event noun under it ("read about the flood") may name a
        # happening told elsewhere and is left to the other checks
        if tok.pos_ == "VERB" and switches().get("reader_imperative", False) and imperative(cur):
            return not in_direct_quote(tok)
        if cur.dep_ not in ("xcomp", "conj"):
            return False
    return False


# what may stand before an imperative verb in its own clause: a condition or time clause ("If you are in
# crisis, call ..."), "please" and other adverbs, an interjection, a conjunction, punctuation (no noun phrase: a
# bare noun before a bare verb is mostly a subject the parser missed)
IMPERATIVE_LEFT_DEPS = frozenset({"punct", "intj", "advmod", "advcl", "cc", "discourse", "mark"})
IMPERATIVE_ENDS = frozenset({".", "!"})


def imperative(verb: Any) -> bool:
    """A clause in the imperative mood (round 57, ``reader_imperative``): a base-form verb (tag VB) heading its
    sentence, or joined to such a verb ("call the helpline or visit its website"), with no subject, no auxiliary
    or modal and no infinitive marker, and nothing before it but a condition, an adverb ("please"), an
    interjection or punctuation ("Share it in the comments", "If you need help, please call ..."). English drops
    the subject of an imperative: it is the addressee, "you". Outside a direct quote the writer's addressee is
    the reader, so the clause, like one with "you" as its subject (:func:`addresses_reader`), asks the reader to
    do something and reports no happening; inside a quote it is the speaker's order and is kept."""
    if verb.tag_ != "VB" or any(
            k.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass") or k.tag_ == "MD"
            for k in verb.children):
        return False
    if any(k.i < verb.i and k.dep_ not in IMPERATIVE_LEFT_DEPS for k in verb.children):
        return False
    if is_root(verb):
        # the tagger reads the first word of a headline or dateline as a bare verb ("Caddow votes to close ...",
        # "Long wait ends for ...", "SKALBURG - For weeks ..."): an imperative is a sentence that ends as one (a
        # full stop or "!"), and its verb is one WordNet lists
        from newsprism.lexicon import is_base_verb

        last = verb.sent[-1]
        return last.text in IMPERATIVE_ENDS and is_base_verb(verb.text)
    return verb.dep_ == "conj" and imperative(verb.head)


def _reader_subject(verb: Any) -> bool:
    return any(word(k) in _filters()["reader_pronouns"] for k in verb.children if k.dep_ in ("nsubj", "nsubjpass"))


def _reader_opinion(verb: Any) -> bool:
    """The clause is what the reader is asked to think ("Do you think Microsoft will buy Mojang?", "if you believe
    it will"): the writer's question to the reader, which asserts nothing of its content (round 12, r11)."""
    return verb.dep_ == "ccomp" and not is_root(verb) and _reader_subject(verb.head)


def _no_phrase(tok: Any) -> bool:
    """A negative noun phrase: "nobody", "nothing", "none", "no ballots", "neither the police nor ..."."""
    return tok.text.lower() in _filters()["negative_pronouns"] or any(
        k.dep_ in ("det", "preconj") and k.text.lower() in ("no", "neither") for k in tok.children)


def own_negation(tok: Any) -> bool:
    """A negator of the verb itself: "not" / "n't" or "never" ("did not sail", "never recovered")."""
    return any(k.dep_ == "neg" or (k.dep_ == "advmod" and k.text.lower() == "never") for k in tok.children)


def do_negated(tok: Any) -> bool:
    """A verb negated with "do" support and no modal ("did not receive", "didn't sign", "does not ask"): the
    plain assertion that it did or does not happen (``negated``), never a supposition."""
    if tok.pos_ != "VERB" or is_infinitive(tok):
        return False
    aux = [k.text.lower() for k in tok.children if k.dep_ == "aux"]
    return own_negation(tok) and any(a in ("did", "does", "do") for a in aux) and not any(
        a in _cue("future_aux") | _cue("conditional_aux") | _cue("possible_aux") | _cue("obligation_aux")
        for a in aux)


def negated(tok: Any) -> bool:
    """The trigger verb is asserted not to happen: it carries its own negation ("hasn't tipped his hand",
    "would never pay", "is not investigating"), or its subject is a negative phrase ("no ballots were
    destroyed", "neither the department nor the office is investigating"). Not an infinitive ("asked him not to
    challenge"): its negation is part of what is asked or aimed at. Not a negative object: "found no evidence"
    tells of a finding. The MEANTIME + UW train splits label such verbs negated or uncertain, almost never
    happened (own negation: 2 of 132 rows happened, 73 negated; under a modal 1 of 69; negative subject 2 of
    21; a negative object: 3 of 17 happened, none negated). The content of a claim that is rejected or called
    untrue ("rejected reports that he refused", ``claim_content``, ``rejected_claim``) is denied too."""
    claim = claim_content(tok)
    if claim is not None and rejected_claim(claim):
        return True
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(tok.children)
    if is_infinitive(tok):
        return False
    return own_negation(tok) or any(
        k.dep_ in ("nsubj", "nsubjpass") and _no_phrase(k) for k in kids)


def delayed_until(tok: Any) -> bool:
    """The trigger verb is negated up to a time ("won't enter production until June", "did not arrive until
    Tuesday"): "not ... until T" asserts the happening at T, it does not deny it (the negation scopes over the
    time before T)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(tok.children)
    return own_negation(tok) and any(k.dep_ in ("prep", "mark") and k.text.lower() in UNTIL_WORDS for k in kids)


def until_status(tok: Any) -> str | None:
    """The status of a verb negated up to a time (``delayed_until``): planned when future ("won't open until
    June"), occurred when past ("did not arrive until Tuesday", "hadn't left until noon"), else None (the status
    stands: "doesn't open until nine" is a habit)."""
    if not delayed_until(tok):
        return None
    if is_future(tok):
        return "planned"
    if is_past(tok) or any(a in ("did", "had") for a in _aux(tok)):
        return "occurred"
    return None


def attempted(tok: Any) -> bool:
    """The complement of an attempt told in the past ("tried to link", "has sought to clear his name", "made a
    second attempt to persuade her"), not negated: in news the attempted act is done as it is tried (occurred)."""
    from newsprism.events.status import embedded_clause, governor_flags

    g = governor_flags(tok)
    if not g["attempt"] or g["negated"]:
        return False
    gov = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else embedded_clause(tok).head
    if gov.dep_ == "prep" and not is_root(gov):
        gov = gov.head
    return is_past(clause_verb(gov))


def complement_of(tok: Any) -> Any | None:
    """The act whose content or aim ``tok`` is, else None:
    - the infinitival complement of a directive or commissive word ("urged them to leave" -> urged; "efforts to
      repeal" -> efforts);
    - the bare (subjunctive) clause complement of a directive ("demanded Kell step down", "asked that changes be
      made" -> the demanding, the asking): what is demanded, not a second happening;
    - a purpose infinitive ("gathered outside the hall to push for the bill" -> gathered): the aim of the act it
      hangs off, told as part of that act (its status is its own; it is a mention of the act, not an event)."""
    from newsprism.events.status import lemma

    if tok.pos_ != "VERB" or is_root(tok):
        return None
    head = tok.head
    to = is_infinitive(tok)
    if tok.dep_ in ("xcomp", "ccomp", "acl") and to:
        return head if lemma(head) in _filters()["directive_heads"] else None
    if tok.dep_ == "ccomp" and subjunctive(tok):
        return head if lemma(head) in _filters()["directive_heads"] else None
    if tok.dep_ == "advcl" and to and head.pos_ in ("VERB", "AUX") and not any(
            k.dep_ == "mark" for k in tok.children):
        # a purpose infinitive ("... to push"); "so as to", "as if to" carry a marker: not taken. Right after a
        # directive noun it is that noun's complement, whatever the parse says ("criticism for his calls to ban")
        mark = next(k for k in tok.children if k.dep_ == "aux" and k.text.lower() == "to")
        before = tok.doc[mark.i - 1] if mark.i > 0 else None
        if before is not None and before.pos_ == "NOUN" and lemma(before) in _filters()["directive_heads"]:
            return before
        return head
    return None


def subjunctive(tok: Any) -> bool:
    """A clause in the bare (subjunctive) form: a base-form verb or base-form auxiliary with a subject and no
    modal, no "to", no question marker ("that he resign", "that changes be made"), as a directive's content
    takes it."""
    kids = list(tok.children)
    if any(k.tag_ == "MD" or (k.dep_ == "aux" and k.text.lower() == "to") for k in kids):
        return False
    if any(k.dep_ == "mark" and k.text.lower() in ("whether", "if") for k in kids):
        return False
    if not any(k.dep_ in ("nsubj", "nsubjpass") for k in kids):
        return False
    aux = [k for k in kids if k.dep_ in ("aux", "auxpass")]
    # the tagger reads a bare form after a plural-looking or proper-noun subject as a present ("demanded Rep.
    # Kell step down": VBP); a present form is what a directive's content never takes otherwise
    return (tok.tag_ in ("VB", "VBP") and not aux) or any(k.tag_ == "VB" for k in aux)


def support_object(tok: Any) -> Any | None:
    """The event noun a support verb takes as its object ("drew criticism" -> criticism, "filed a complaint"
    -> complaint): a semantically light verb (``support_verbs``) with no event type of its own."""
    from newsprism.events.extract import _trigger_types
    from newsprism.events.lexicon import base_form, load_lexicon

    if tok.pos_ != "VERB":
        return None
    lex = load_lexicon()
    support = _filters()["support_verbs"]
    from newsprism.events.status import lemma

    if not {lemma(tok), base_form(tok.text, lex.vocab | support)} & support or _trigger_types(tok, lex)[0]:
        return None
    for k in tok.children:
        if k.dep_ == "dobj" and k.pos_ == "NOUN" and _trigger_types(k, lex)[0]:
            return k
    return None


def borrowed_agent(tok: Any) -> bool:
    """An event noun whose doer is only its governing verb's subject, and that verb is no support verb:
    "Republicans welcomed the release of the e-mails" does not say who released them (``participants`` gives
    such a noun the verb's subject, right for "launched an attack", "offered changes"), so that doer does not split
    it from "the White House released the e-mails"."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "attr") or is_root(tok):
        return False
    if any(k.dep_ == "poss" or (k.dep_ == "prep" and k.text.lower() == "by") for k in tok.children):
        return False
    from newsprism.events.status import lemma

    f = _filters()
    # the doer of a support verb's or an announcing verb's object is the verb's subject ("offered changes",
    # "proposed a vote"); a verb of its own about the happening says nothing of who did it
    return lemma(tok.head) not in f["support_verbs"] | f["planned_object_heads"] and support_object(tok.head) != tok


def noun_act(noun: Any) -> Any | None:
    """The verb whose aim an aim noun tells: its object ("intensified efforts to ...") or the object of a
    preposition "in" hanging off it ("sued in an effort to ...", "marched in a bid to ..."); else None (not "faced
    criticism for his calls to ...": the calls are not the facing's aim)."""
    if noun.dep_ == "dobj" and not is_root(noun):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.text.lower() == "in" and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


def subject_of(tok: Any) -> Any | None:
    """The subject of a verb: its own, a conjunct's head's ("it would expand ... and create ..."), or, for a
    relative pronoun, the noun the relative clause hangs off ("a measure that would require ...")."""
    cur = tok
    for _ in range(3):
        subj = next((k for k in cur.children if k.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if subj is not None:
            if subj.text.lower() in _filters()["relative_pronouns"] and cur.dep_ == "relcl" and not is_root(cur):
                return cur.head
            return subj
        if cur.dep_ != "conj" or is_root(cur):
            return None
        cur = cur.head
    return None


def _modal_statement_aux(verb: Any) -> bool:
    aux = _aux(verb)
    return any(a in _cue("conditional_aux") or a in _cue("possible_aux") for a in aux)


def characterizes(tok: Any) -> bool:
    """A predicate that says what a content object is or does, not what someone did: its subject is a text, a
    law or plan, a finding or an abstract act (``content_subjects``; a named LAW or WORK_OF_ART), or "this" (not
    "it", which news uses for organizations: "the committee said it would defer"), and the verb is in the simple present or under "would"/"could"/"might"/"may"/"can" ("the report offers a
    glimpse", "the measure would create", "the move flies in the face of"). The caller excludes headlines."""
    from newsprism.events.lexicon import noun_base
    from newsprism.events.status import lemma

    if tok.pos_ != "VERB":
        return False
    verbs = [tok]
    cur = tok
    while cur.dep_ == "conj" and not is_root(cur) and len(verbs) < 4:  # "would expand ... and create"
        cur = cur.head
        verbs.append(cur)
    if not any(is_simple_present(v) or _modal_statement_aux(v) for v in verbs):
        return False
    subj = subject_of(tok)
    if subj is None:
        return False
    if subj.ent_type_ in ("LAW", "WORK_OF_ART"):
        return True
    if subj.ent_type_:
        return False
    words = _filters()["content_subjects"]
    return subj.pos_ in ("NOUN", "PRON", "DET") and bool(
        {subj.text.lower(), noun_base(subj.text), lemma(subj)} & words)


SOURCE_SUBJECT_DEPS = ("nsubj", "nsubjpass")
SMALL_CLAUSE_DEPS = ("ccomp", "xcomp", "oprd", "acomp")


def describes_source(tok: Any) -> bool:
    """A participle that says how a source knows what it says ("people briefed on the matter said", "officials
    interviewed by the paper expressed concern"): a past participle of a verb of informing or asking
    (``source_participles``) in a reduced relative clause on a noun that is the subject of its own clause. It
    describes who speaks, not a happening of the story; "the officials were interviewed on Monday" (no relative
    clause) and "soldiers wounded in the attack said" (no verb of informing) stay events."""
    if tok.pos_ != "VERB" or tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD"):
        return False
    return _lemma(tok) in _filters()["source_participles"] and tok.head.dep_ in SOURCE_SUBJECT_DEPS


def cites_source(tok: Any) -> bool:
    """A sourcing line ("the paper cited anonymous officials", "..., citing people familiar with the talks"): a
    verb of citing (``citing_verbs``) whose object is a source (``source_nouns``) says where the report's words
    come from, not a happening of the story. "The airline cited complaints as its reason" stays an event (round
    15)."""
    f = _filters()
    if tok.pos_ != "VERB" or _lemma(tok) not in f["citing_verbs"]:
        return False
    return any(k.dep_ == "dobj" and word(k) in f["source_nouns"] for k in tok.children)


def judged_state(tok: Any) -> bool:
    """A verb of judging (``judging_verbs``: "find") with a small clause ("found Mr. Dorn eager to settle") or a
    reflexive object ("found itself on the defensive") says how someone saw a state, not what happened; a
    verdict ("found him guilty", ``verdict_predicates``) is a court's act and stays an event, and so does a plain
    object ("found the body", "found no evidence")."""
    if tok.pos_ != "VERB" or _lemma(tok) not in _filters()["judging_verbs"]:
        return False
    f = _filters()
    kids = list(tok.children)
    if any(k.dep_ == "dobj" and word(k) in f["reflexive_pronouns"] for k in kids):
        return True
    small = [k for k in kids if k.dep_ in SMALL_CLAUSE_DEPS and k.pos_ == "ADJ"]
    return bool(small) and not any(word(k) in f["verdict_predicates"] for k in small)


def habitual(tok: Any) -> bool:
    """A verb an adverb of frequency modifies ("her photos often depicted the coast", "the clerk usually signed
    the ledgers") tells a habit, not one happening (``habitual_adverbs``); so does the infinitive of a passive
    participle of disposition ("have been known to crucify people", "is known to change his mind";
    ``disposition_heads``, round 21)."""
    if tok.pos_ != "VERB":
        return False
    f = _filters()
    if any(k.dep_ == "advmod" and word(k) in f["habitual_adverbs"] for k in tok.children):
        return True
    head = tok.head
    return (tok.dep_ == "xcomp" and is_infinitive(tok) and head is not tok and head.tag_ == "VBN"
            and _lemma(head) in f["disposition_heads"] and any(k.dep_ == "auxpass" for k in head.children))


def kept_silent(tok: Any) -> bool:
    """A verb of staying or keeping with an avoidance predicate ("stayed mum on the price", "kept quiet", "steered
    clear of the question"): the subject said or did nothing, a state, not a happening (``staying_verbs``,
    ``avoidance_predicates``; the parser makes the predicate an object, complement or adverb)."""
    f = _filters()
    return tok.pos_ == "VERB" and _lemma(tok) in f["staying_verbs"] and any(
        k.dep_ in ("dobj", "acomp", "oprd", "advmod", "prt") and word(k) in f["avoidance_predicates"]
        for k in tok.children)


TIME_ENTITY_KINDS = ("DATE", "TIME", "CARDINAL", "QUANTITY", "ORDINAL", "PERCENT", "MONEY")  # "for hours"
NAMED_EMPLOYER_KINDS = ("ORG", "GPE", "NORP", "FAC", "PERSON")  # "worked at Velka", "worked for the Kell family"
HELD_TAGS = ("VBD", "VBN", "VBZ", "VBP", "VBG")  # a role told as held, not an infinitive ("will work for a deal")


def _named_or_determined(noun: Any) -> bool:
    """A body or employer the role is held in: a name, or a noun with a determiner or a possessive ("the
    police", "the party's")."""
    return noun.ent_type_ in NAMED_EMPLOYER_KINDS or any(k.dep_ in ("det", "poss") for k in noun.children)


def _role_pobjs(verb: Any, preps: frozenset[str]) -> list[Any]:
    return [o for k in verb.children if k.dep_ == "prep" and word(k) in preps
            for o in k.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
            and o.ent_type_ not in TIME_ENTITY_KINDS]


def holds_role(tok: Any) -> bool:
    """A job, office or role held (issue 11): a standing state, not a happening. A role verb with "as" and a
    noun ("works as a nurse", "served as mayor", "doubled as the clinic's director"; ``role_verbs``), a verb of
    employment with "for" / "at" / "in" and an employer ("worked for the police in the 1990s", "worked at Velka",
    "someone she had worked for"; ``employment_verbs``, ``employer_preps``) or, in the perfect, with "with" / "on"
    ("has worked with the party", "has worked on the panel's reports": a career; ``career_preps``), a verb of
    office with "on" / "in" and a body ("served on the board"; ``office_verbs``, ``office_preps``), or a verb of
    presenting whose object is a programme ("has hosted a TV show since 2009"; ``show_hosting_verbs``,
    ``show_nouns``), a role taken ("played a lead role in the probes"; ``role_taking_verbs``, ``role_nouns``) or
    an origin ("hails from Ohio"; ``origin_verbs``, ``origin_preps``). Only when told as held: a future, a modal or
    an infinitive ("will work for a deal", "pledged to work") is the status's business. A time is no employer
    ("worked for hours", "worked at night"), an aim without a determiner is none ("worked for peace"), and a
    change of role ("was named mayor", "hosted the summit") is a happening."""
    return role_held(tok) is not None


def role_held(tok: Any) -> tuple[StandingKind, Any] | None:
    """What :func:`holds_role` reads, or None: the kind of standing fact ("role", "employment", "office",
    "origin", "show", "part"; ``StandingFact.kind``) and the word that names what is held (the role noun after
    "as", the employer, body or place, the programme or part; None for "someone he had worked for", whose
    employer is the relative clause's head)."""
    if tok.pos_ != "VERB" or tok.tag_ not in HELD_TAGS:
        return None
    if any(a in _cue("future_aux") or a in _cue("possible_aux") or a in _cue("conditional_aux")
           or a in _cue("obligation_aux") for a in _aux(tok)):
        return None
    f = _filters()
    lemma = _lemma(tok)
    if lemma in f["role_verbs"] and (found := _role_pobjs(tok, frozenset({"as"}))):
        return "role", found[0]
    if lemma in f["employment_verbs"]:
        preps = f["employer_preps"] | (f["career_preps"] if any(a in PERFECT_AUX for a in _aux(tok)) else frozenset())
        employers = [o for o in _role_pobjs(tok, preps) if _named_or_determined(o)]
        if employers:
            return "employment", employers[0]
        if tok.dep_ == "relcl" and any(k.dep_ == "prep" and word(k) in f["employer_preps"] and not list(k.children)
                                       for k in tok.children):
            return "employment", None  # "someone he had worked for": the employer is the relative clause's head
    if lemma in f["office_verbs"] and (bodies := [o for o in _role_pobjs(tok, f["office_preps"])
                                                  if _named_or_determined(o)]):
        return "office", bodies[0]
    if lemma in f["origin_verbs"] and (places := _role_pobjs(tok, f["origin_preps"])):
        return "origin", places[0]
    for k in tok.children:
        if k.dep_ == "dobj" and lemma in f["show_hosting_verbs"] and _lemma(k) in f["show_nouns"]:
            return "show", k
        if k.dep_ == "dobj" and lemma in f["role_taking_verbs"] and _lemma(k) in f["role_nouns"]:
            return "part", k
    return None


CREDIT_TEXT_DETERMINERS = ("this",)  # "contributed to this article": the text the line stands in, not another one
INFINITIVE_CLAUSE_DEPS = ("advcl", "xcomp", "acl")  # where the parser hangs a purpose or complement infinitive


def credits_writer(tok: Any) -> bool:
    """A credit line ("Jane Roe contributed to this article", "John Doe in Paris contributed reporting"): a credit
    verb (``credit_verbs``) whose object is the writing (``credit_works``) or whose "to" names this very text
    (``credit_texts`` with "this") says who helped write the report, not a happening of the story. "The firm
    contributed $5 million to the fund" and "he contributed to the UN report" stay events."""
    f = _filters()
    if tok.pos_ != "VERB" or _lemma(tok) not in f["credit_verbs"]:
        return False
    for k in tok.children:
        if k.dep_ in ("dobj", "xcomp") and word(k) in f["credit_works"]:
            return True
        if k.dep_ == "prep" and word(k) == "to":
            for obj in k.children:
                if obj.dep_ == "pobj" and word(obj) in f["credit_texts"] and any(
                        d.dep_ == "det" and word(d) in CREDIT_TEXT_DETERMINERS for d in obj.children):
                    return True
    return False


def anonymity_reason(tok: Any) -> bool:
    """The sourcing formula's infinitive ("spoke on condition of anonymity to discuss the matter", "requested
    anonymity to describe the plan", "was not authorized to discuss the talks"): under a clause that grants the
    source anonymity (``anonymity_nouns`` among the words its verb governs) or under a negated verb of permission
    (``authorization_verbs``), it gives why the source is unnamed, not a happening of the story. "Officials met on
    Monday to discuss the budget" and "the court allowed him to testify" stay events."""
    f = _filters()
    if tok.pos_ != "VERB" or tok.dep_ not in INFINITIVE_CLAUSE_DEPS or not is_infinitive(tok):
        return False
    head = tok.head
    if head.pos_ not in ("VERB", "AUX"):
        return False
    if _lemma(head) in f["authorization_verbs"] and any(k.dep_ == "neg" for k in head.children):
        return True
    grants = [k for k in head.children if k.dep_ in ("prep", "dobj", "npadvmod")]
    return any(word(d) in f["anonymity_nouns"] for k in grants for d in k.subtree)


def asks_anonymity(tok: Any) -> bool:
    """The sourcing formula's own verb ("the investigator, who requested anonymity, said", "asked for anonymity",
    "was granted anonymity"): a verb whose object, or the object of its "for", is an anonymity noun
    (``anonymity_nouns``) says why a source is unnamed, not a happening of the story (round 21)."""
    if tok.pos_ != "VERB":
        return False
    nouns = _filters()["anonymity_nouns"]
    objects = [k for k in tok.children if k.dep_ in ("dobj", "attr")]
    objects += [o for k in tok.children if k.dep_ == "prep" and word(k) == "for" for o in k.children
                if o.dep_ == "pobj"]
    return any(word(o) in nouns for o in objects)


LINE_CLOSE = ".!?\"'”’)"  # what the last character of a paragraph that ends a sentence can be


def link_paragraphs(doc: Any) -> frozenset[int]:
    """The paragraphs (indices into ``doc.paragraphs``) that are page furniture linking to other pages, not the
    story (``link_labels``, round 21): a paragraph that opens with a link label and a colon ("RELATED: ...",
    "PHOTOS: ..."), and the paragraphs after one that is a label alone ("Related") while they do not end a sentence
    (the linked pages' headlines). A dateline ("WASHINGTON: ...") names no label and is kept."""
    labels = _filters()["link_labels"]
    out: set[int] = set()
    after_label = False
    for i, p in enumerate(doc.paragraphs):
        text = doc.text[p.start:p.end].strip()
        bare = text.rstrip(":").strip().lower()
        head, colon, _rest = text.partition(":")
        if bare in labels:
            out.add(i)
            after_label = True
            continue
        if colon and head.strip().lower() in labels:
            out.add(i)
        elif after_label and text[-1:] not in LINE_CLOSE:
            out.add(i)
            continue
        after_label = False
    return frozenset(out)


CAPTION_SEPARATORS = "-\u2013\u2014:|"  # what follows a caption label ("Photo - ...", "Image: ...", "Credit | ...")


def caption_paragraphs(doc: Any) -> frozenset[int]:
    """The paragraphs (indices into ``doc.paragraphs``) that are a picture's caption or credit, page furniture and
    not the story (``caption_labels``, round 31): a paragraph that opens with a caption label ("Photo", "Image",
    "Rendering", "Credit", a leading bracket skipped) followed by a separator ("Photo - the pistol fires paint",
    "Image: ..."), or followed by a word in lower case while the paragraph ends no sentence ("Rendering of the new
    tablet created by Ana Vell", "[Image via the family]"); a name goes on in upper case ("Credit Suisse fined"). A caption tells what a picture shows and who made it, not a happening
    the story reports; a sentence of the story that opens with such a word ("Video footage showed the rebels fled.")
    ends a sentence, names no separator and is kept."""
    labels = _filters()["caption_labels"]
    out: set[int] = set()
    for i, p in enumerate(doc.paragraphs):
        text = doc.text[p.start:p.end].strip()
        body = text.lstrip("[(").lower()
        for label in labels:
            if not body.startswith(label):
                continue
            rest = text.lstrip("[(")[len(label):]
            if rest[:1] not in ("", " ", ":", "|"):
                continue  # another word: "photographers", "photo-sharing"
            sep = rest.lstrip()[:1]
            # a separator, or a caption phrase going on in lower case ("Rendering of ...", "Image via ...") in a
            # paragraph that ends no sentence; a name ("Credit Suisse ...") goes on in upper case
            if (sep and sep in CAPTION_SEPARATORS) or (sep.islower() and text[-1:] not in LINE_CLOSE):
                out.add(i)
                break
    return frozenset(out)


def performative(tok: Any) -> bool:
    """A speech-act verb in the simple present with a first-person subject performs the act ("we urge the
    council to act"): it occurred as it was said."""
    from newsprism.events.status import lemma

    if tok.pos_ != "VERB" or tok.tag_ not in ("VBP", "VBZ") or _aux(tok):
        return False
    subj = next((k for k in tok.children if k.dep_ == "nsubj"), None)
    return subj is not None and subj.text.lower() in ("i", "we") and lemma(tok) in _filters()["performative_verbs"]


def cognate_object(tok: Any) -> Any | None:
    """The event noun a typed verb takes as object when both name the same kind of happening ("won the
    elections", "fought a war", "signed the accord" where the dictionary gives both words the same type): the
    object names the verb's own event (a cognate object), so the two are one predication."""
    from newsprism.events.extract import _trigger_types
    from newsprism.events.lexicon import load_lexicon

    if tok.pos_ != "VERB":
        return None
    lex = load_lexicon()
    types = set(_trigger_types(tok, lex)[0])
    if not types:
        return None
    for k in tok.children:
        if k.dep_ == "dobj" and k.pos_ == "NOUN" and types & set(_trigger_types(k, lex)[0]):
            return k
    return None


def narrative_speech(tok: Any) -> bool:
    """A verb of saying told in the present ("Brandishing a knife, he declares: ..."): news tells a statement made
    in a video, a report or a recording in the narrative present; the saying was done, it is no state that holds
    now (``ongoing``). Only the verbs of saying (``speech_heads``): a threat, a charge or blame in the present
    ("Democrats threaten to filibuster", "some blame the media") is a stance that holds (dev draws, round 21)."""
    from newsprism.events.status import cues, lemma

    return tok.pos_ == "VERB" and lemma(tok) in cues()["speech_heads"]


def ongoing_modifier(tok: Any) -> bool:
    """An event noun that an adjective tells is under way ("an ongoing investigation", "the continuing talks",
    ``ongoing_adjectives``): ongoing, whatever tense the clause around it has."""
    return tok.pos_ == "NOUN" and any(
        k.dep_ == "amod" and k.text.lower() in _filters()["ongoing_adjectives"] for k in tok.children)


def _first_conjunct(tok: Any) -> Any:
    """The first of a row of conjoined verbs ("to visit Russia, meet Putin and begin talks" -> visit): the later
    ones share its clause's role."""
    cur = tok
    for _ in range(4):
        if cur.dep_ != "conj" or is_root(cur) or cur.head.pos_ not in ("VERB", "AUX"):
            break
        cur = cur.head
    return cur


def plan_content(tok: Any) -> Any | None:
    """The plan noun whose infinitive the trigger is, else None: "backed a plan, set up by Cohen, to visit Russia,
    meet Putin" (visit, meet), "the decision to close the plant", "his intention to run" (``plan_nouns``): what a
    plan holds is planned. Not a plan that is rejected, abandoned or negated ("rejected a plan to", "dropped plans
    to", "no plan to"): its content is not in force, and the other status rules read it."""
    from newsprism.events.status import cues, lemma

    clause = _first_conjunct(tok)
    if clause.pos_ != "VERB" or is_root(clause) or not is_infinitive(clause):
        return None
    head = clause.head
    if clause.dep_ == "advcl" and head.dep_ == "acl" and head.tag_ == "VBN" and not is_root(head):
        clause, head = head, head.head  # "a plan, set up by Cohen, to visit": the parser hangs it on the participle
    if clause.dep_ != "acl":
        return None
    noun = head
    if noun.pos_ != "NOUN" or lemma(noun) not in _filters()["plan_nouns"] or _no_phrase(noun):
        return None
    if not is_root(noun):
        gov = noun.head
        if gov.dep_ == "prep" and not is_root(gov):
            gov = gov.head
        c = cues()
        if lemma(gov) in c["denial_heads"] | c["failure_heads"] or any(
                k.dep_ == "neg" for k in gov.children):
            return None
    return noun


def _told_as_done(verb: Any) -> bool:
    """A predicate told in the past and asserted: past tense or perfect (through its copula for an adjective:
    "were able"), no negation on it or its copula."""
    if own_negation(verb):
        return False
    base = clause_verb(verb) if verb.pos_ not in ("VERB", "AUX") else verb
    if base is not verb and any(k.dep_ == "neg" for k in base.children):
        return False
    return is_past(base)


def implied_by_past(tok: Any) -> bool:
    """The trigger verb happened because what governs it says so, told in the past and not negated:
    - the complement of an implicative or a causative of success (``implicative_heads``: "were able to free
      them", "managed to", "helped Woodward link", "allowed observers to oversee", "forced him to resign");
    - a purpose infinitive of an asserted past act ("took to Twitter to push back", "stopped the game to allow
      Ford to present"): the aim is told as part of the act done.
    The MEANTIME + UW train splits label purpose infinitives happened more often than uncertain (127 of 226); the
    audit readers of the dev draws read the purpose and ability complements they saw as done."""
    from newsprism.events.status import cues, lemma

    if tok.pos_ != "VERB" or is_root(tok) or tok.tag_ != "VB" or any(k.dep_ == "neg" for k in tok.children):
        return False  # "to get him to not challenge": the aim is that it not happen
    gov = tok.head
    to = next((k for k in tok.children if k.dep_ == "aux" and k.text.lower() == "to"), None)
    before = tok.doc[to.i - 1] if to is not None and to.i > 0 else None
    if before is not None and before.pos_ == "NOUN" and lemma(before) in _filters()["directive_heads"]:
        return False  # "criticism for his calls to ban": the content of a call, whatever the parse says
    if tok.dep_ in ("xcomp", "ccomp") and lemma(gov) in _filters()["implicative_heads"]:
        if tok.dep_ == "ccomp" and any(k.dep_ in ("mark", "aux") and k.text.lower() != "to" for k in tok.children):
            return False  # "helped ensure that", "made sure it would": a that-clause or modal is no complement
        done = gov if _told_as_done(gov) else None
        if done is None and gov.dep_ in ("advcl", "xcomp") and is_infinitive(gov):
            return implied_by_past(gov)  # "stopped the game to allow Ford to present"
        return done is not None
    if not is_infinitive(tok) or gov.pos_ not in ("VERB", "AUX") or any(
            k.dep_ in ("mark", "nsubj", "nsubjpass") for k in tok.children):
        return False
    adjective = next((k for k in gov.children if k.dep_ == "acomp"), None)
    if adjective is not None:  # "was eager to clear", "were able to free": the adjective's complement
        return lemma(adjective) in _filters()["implicative_heads"] and _told_as_done(gov)
    if tok.dep_ == "advcl":
        return _told_as_done(gov)
    # the parser also attaches a purpose as xcomp ("took to Twitter to push back"): taken when a phrase of the act
    # stands between it and the infinitive and the act is no verb that takes a complement of its own (asking,
    # planning, trying, wanting, failing, saying: "called on him to resign" is a demand)
    c = cues()
    takes = set().union(*(c[k] for k in COMPLEMENT_CUES)) | _filters()["directive_heads"]
    return tok.dep_ == "xcomp" and lemma(gov) not in takes and any(
        k.dep_ == "prep" and gov.i < k.i < tok.i for k in gov.children) and _told_as_done(gov)


COMPLEMENT_CUES = ("planned_heads", "attempt_heads", "desire_heads", "intention_heads", "failure_heads",
                   "denial_heads", "hedge_heads", "speech_heads", "evidence_heads", "ongoing_heads", "done_heads")
