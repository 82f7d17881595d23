"""The status rule features are memoized per parsed spaCy Doc (speed only): every token's memoized row is exactly
the row computed afresh, shared sentence flags and quote counts included, and it cannot be changed in place."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.events.status import FEATURE_NAMES, _rule_features, rule_features

pytestmark = pytest.mark.slow  # loads the spaCy model

TEXT = ('Harbour chief Lina Ostrava said on Tuesday that "the dockers will not strike if the talks resume," '
        "and the union denied that it had planned a walkout. Did the board approve the new contract? "
        "Next week the council may vote on the plan, which critics called a \u201creckless gamble\u201d")


def test_memoized_rows_equal_fresh_rows_for_every_token():
    from newsprism.nlp.spacy_pipe import get_nlp

    nlp = get_nlp()
    doc = nlp(TEXT)
    assert len(list(doc.sents)) >= 3
    first = [rule_features(t) for t in doc]
    again = [rule_features(t) for t in reversed(doc)][::-1]  # from the memo, in another order
    fresh = [_rule_features(t) for t in nlp(TEXT)]  # a new parse, no memo
    for t, a, b, c in zip(doc, first, again, fresh, strict=True):
        assert a.dtype == np.float32 and a.shape == (len(FEATURE_NAMES),)
        assert a is b, t.text
        assert np.array_equal(a, c), t.text
    quoted = FEATURE_NAMES.index("sent:quoted")
    assert first[[t.text for t in doc].index("strike")][quoted] == 1.0
    assert first[[t.text for t in doc].index("denied")][quoted] == 0.0
    assert first[[t.text for t in doc].index("gamble")][quoted] == 1.0
    with pytest.raises(ValueError):
        first[0][0] = 1.0  # read-only: a caller cannot change another caller's row
