"""The on-demand rule lemmatizer keeps its word index as sets (fast membership); its lemmas are exactly those
of spaCy's own lemmatizer, whose index is a list."""

from __future__ import annotations

import pytest


@pytest.mark.slow
def test_lemmas_are_spacys():
    spacy = pytest.importorskip("spacy")
    from newsprism.nlp.spacy_pipe import MODEL, get_lemmatizer, get_nlp

    fast = get_lemmatizer()
    if fast is None:
        pytest.skip("no lemmatizer in the installed spaCy model")
    index = fast.lookups.get_table("lemma_index")
    assert all(isinstance(index[k], frozenset) for k in index)
    plain = spacy.load(MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "ner"]).get_pipe("lemmatizer")
    doc = get_nlp()("The ministers signed two accords while the unions were striking; talks had stalled, and "
                    "the boroughs' wardens wrote better offers, having taken the ferries' schedules apart.")
    words = [t for t in doc if t.pos_ in ("VERB", "NOUN", "ADJ", "AUX")]
    assert len(words) > 10
    assert [fast.rule_lemmatize(t) for t in words] == [plain.rule_lemmatize(t) for t in words]
