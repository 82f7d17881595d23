"""What a sum is the price of: the thing an amount of money is paid for, read from the parse (round 57, issue 11).

Two reports may give two sums of one story that are the prices of two things: a residents' permit that "will cost
180 vorns a year" and "parking without a permit will cost 60 vorns a time" (a fee and a penalty of one scheme).
Both are sums in one currency, so the figure comparison would set them against each other as one price told
twice. English names the thing a sum is paid for in a few fixed places, all of them read here from the spaCy parse:

- the subject of a verb of pricing (``price_subject_verbs``: "a permit costs 180 vorns");
- the noun the figure modifies ("the new 240-vorn annual permit", "a 5 million drel grant");
- a copula's subject ("the permit is 180 vorns a year");
- the complement of "for" on the figure ("60 vorns for each bag").

Where that noun names a sum itself (a payment noun, WordNet's noun.possession: "fee", "fine", "price", "subsidy"),
the thing is its own complement ("a fine of 60 vorns for parking", "the price of a permit", "the permit fee"), and
a payment noun without one names no thing (None). :func:`things_apart` then asks WordNet whether the two things
are kin (:func:`newsprism.lexicon.kin_within`); two things of other branches of WordNet ("permit" / "parking") are
two referents, and their sums are not compared (``price_referent_apart`` in story/data/compare.json). Two wordings
of one thing ("permit" / "licence", "bridge" / "crossing"), a thing WordNet lacks, or an unread side still compare.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from newsprism.claims.slots import verb_key
from newsprism.events.lexicon import noun_base
from newsprism.lexicon import is_payment_noun, kin_within, other_number

__all__ = ["priced_thing", "things_apart"]

_NOUNS = ("NOUN", "PROPN")
# dependency labels of a figure's head that modify the noun after it ("240-vorn annual permit", "a 5 million drel grant")
_MODIFIER = ("compound", "nmod", "amod", "nummod", "npadvmod", "quantmod")
# dependency labels of a figure's head that is the object or complement of its verb ("costs 180 vorns"; the parser
# reads "will cost 60 vorns a time" with the figure as a dative)
_OBJECT = ("dobj", "dative", "attr", "oprd", "npadvmod")


def _span_root(doc: Any, lo: int, hi: int) -> Any | None:
    """The token of the character span [lo, hi) of the sentence whose head lies outside the span (the figure's own
    head: "tessers" of "180 tessers", "tesser" of "240-tesser"); None when no token starts inside it."""
    toks = [t for t in doc if lo <= t.idx < hi]
    if not toks:
        return None
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head is t:
            return t
    return toks[-1]


def _complement_thing(noun: Any, skip: Collection[int]) -> Any | None:
    """The thing a payment noun is paid for: its "for" or "of" complement ("a fine ... for parking", "the price of
    a permit"), else a noun before it that modifies it ("the permit fee", "the residents' permit charge"); tokens in
    ``skip`` (the figure itself: "a fine of 60 vorns") are not it."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in _NOUNS and obj.i not in skip:
                    return obj
    mods = [c for c in noun.children if c.dep_ in ("compound", "poss", "nmod") and c.pos_ in _NOUNS and c.i < noun.i
            and c.i not in skip]
    return mods[-1] if mods else None


def _thing(noun: Any, skip: Collection[int]) -> Any | None:
    """A noun read as what a sum is paid for: the noun itself, or for a payment noun its complement (None when it
    has none: "a fine of 60 vorns" names the kind of sum, not the thing)."""
    if noun is None or noun.pos_ not in _NOUNS:
        return None
    if is_payment_noun(noun.lower_):
        inner = _complement_thing(noun, skip)
        if inner is None or is_payment_noun(inner.lower_):
            return None
        return inner
    return noun


def priced_thing(doc: Any, lo: int, hi: int, verbs: Collection[str], *, money: bool = True) -> str | None:
    """The lemma of the thing the sum at characters [lo, hi) of a parsed sentence is the price of, or None when the
    parse names none in the places English names it (module docstring). ``verbs``: the verbs of pricing whose
    subject is the thing priced (``price_subject_verbs``), any inflection. ``money`` False (a count: a coined
    currency the claims layer reads as a counted noun, "180 vorns") reads only the places that themselves say price,
    a verb of pricing and a payment noun's "of" ("a fine of 60 vorns"): a count's copula subject, the noun it
    modifies and its "for" name what is counted or for whom ("the victims were 12 children", "a 12-member panel",
    "14 votes for the bill"), not a thing paid for."""
    keys = {verb_key(v) for v in verbs} | ({verb_key("be")} if money else set())
    root = _span_root(doc, lo, hi)
    if root is None:
        return None
    own = {t.i for t in doc if lo <= t.idx < hi}
    head = root.head
    found: Any | None = None
    if money and root.dep_ in _MODIFIER and head.i > root.i and head.pos_ in _NOUNS and head.i not in own:
        found = _thing(head, own)  # "the new 240-vorn annual permit"
    elif root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in _NOUNS \
            and is_payment_noun(head.head.lower_):
        found = _thing(head.head, own)  # "a fine of 60 vorns for parking", "a grant of 12 million drels"
    elif root.dep_ in _OBJECT and head.pos_ in ("VERB", "AUX"):
        if verb_key(head.text) in keys:
            subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            found = _thing(subj[0], own) if subj else None  # "a permit will cost 180 vorns"; "the fee is 60 vorns"
    if found is None and money:
        for prep in root.children:  # "60 vorns for each bag"
            if prep.dep_ == "prep" and prep.lower_ == "for":
                objs = [o for o in prep.children if o.dep_ == "pobj"]
                found = _thing(objs[0], own) if objs else None
                break
    return None if found is None else noun_base(found.lower_)


def things_apart(a: str | None, b: str | None) -> bool:
    """Whether two things sums are paid for are plainly two: both read, not one word in two numbers, and WordNet
    knows both and finds them no kin (:func:`newsprism.lexicon.kin_within`: "permit" / "parking"). A thing WordNet
    lacks (a name, a coined word) is never read as apart."""
    if not a or not b or a == b or other_number(a, b):
        return False
    return kin_within(a, b) is False
