"""The lookup attribute ruler (``nlp/attribute_ruler.py``) gives exactly spaCy's matches and annotations."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from newsprism.nlp.attribute_ruler import FastMatcher, speed_up  # noqa: E402
from newsprism.nlp.spacy_pipe import MODEL  # noqa: E402

# Invented text that reaches the ruler's special cases: contractions ("ain't", "gonna", "gotta", "let's",
# "c'mon", "y'all", "nothin'"), expletive "there", negation, pronoun case by dependency, auxiliaries, "that" as
# a pronoun, subordinators, whitespace tokens and odd spacing.
TEXTS = [
    "Mayor Ilsa Varnholt said on Tuesday that the Brennick harbour deal ain't finished, and that she's gonna "
    "sign it anyway.",
    "\"We gotta move,\" she told reporters.  Let's be clear: there is no second vote, and there were never "
    "three bids.",
    "C'mon, y'all know nothin' changed because the council did not meet, although it had promised to.",
    "I asked him; he gave it to me. It was what it was, and that is that.\n\nWhether or not they come, "
    "we'll have done our part.",
    "Does the port authority have the 4,000 permits? It does, unless those were withdrawn once the audit began.",
    "   \t  ",
    "Fewer than 500 workers joined, the union said, but about 4,000 were expected if the strike held.",
]


@pytest.fixture(scope="module")
def pipelines():
    try:
        stock = spacy.load(MODEL, exclude=["lemmatizer"])
        fast = spacy.load(MODEL, exclude=["lemmatizer"])
    except OSError:
        pytest.skip(f"spaCy model {MODEL} not installed")
    assert speed_up(fast)
    return stock, fast


def test_same_matches_as_spacys_matcher(pipelines) -> None:
    stock, _ = pipelines
    ruler = stock.get_pipe("attribute_ruler")
    lookup = FastMatcher(ruler)
    with stock.select_pipes(disable=["attribute_ruler", "ner"]):
        docs = list(stock.pipe(TEXTS))
    seen = 0
    for doc in docs:
        expected = ruler.match(doc)
        assert lookup(doc) == expected
        seen += len(expected)
    assert seen > sum(len(d) for d in docs)  # most tokens match a tag rule and some also a word rule


def test_parsed_docs_are_byte_identical(pipelines) -> None:
    stock, fast = pipelines
    for a, b in zip(stock.pipe(TEXTS), fast.pipe(TEXTS), strict=True):
        assert a.to_bytes() == b.to_bytes()
        assert [(t.pos_, str(t.morph), t.lemma_, t.dep_) for t in a] == [(t.pos_, str(t.morph), t.lemma_, t.dep_)
                                                                         for t in b]


def test_a_rule_the_lookup_does_not_cover_leaves_the_ruler_as_it_is(pipelines) -> None:
    stock, _ = pipelines
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "harbour", "OP": "+"}]], {"TAG": "NN"})
    assert not speed_up(nlp)
    assert "match" not in vars(ruler)
    assert not speed_up(spacy.blank("en"))  # no attribute ruler at all
