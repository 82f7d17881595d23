"""The coreference pair features of a whole story are, row for row, those of each pair on its own: every feature is
a function of the two mentions only, so the vectorised matrix must not mix up pairs (its rows follow
``np.triu_indices``, the order scipy's average linkage reads)."""

from __future__ import annotations

import numpy as np

from newsprism.events.coref import PAIR_FEATURES, PairInput, pair_matrix


def _mentions(n: int) -> list[PairInput]:
    rng = np.random.default_rng(7)
    lemmas = ["meet", "meeting", "say", "strike", "vote"]
    out = []
    for k in range(n):
        lem = lemmas[k % len(lemmas)]
        out.append(PairInput(
            doc=f"doc{k % 3}", lemma=lem, text=lem.title() if k % 2 else lem, pos="VERB" if k % 4 else "NOUN",
            sentence=k % 5, state=rng.standard_normal(384).astype(np.float32),
            embedding=rng.standard_normal(384).astype(np.float32),
            args={"agent": {f"ent:agent{k % 2}"}, "patient": {"np:harbour"} if k % 3 == 0 else set(),
                  "date": {f"2031-04-0{k % 2 + 1}"} if k % 2 else set(), "place": set(),
                  "sentence": {f"ent:e{k % 4}", "ent:common"}},
            score=0.5 + 0.05 * k))
    return out


def test_each_row_is_its_pair_alone() -> None:
    ms = _mentions(9)
    iu, ju, F = pair_matrix(ms)
    assert F.shape == (36, len(PAIR_FEATURES)) and F.flags.c_contiguous
    for k, (i, j) in enumerate(zip(iu, ju, strict=True)):
        _, _, alone = pair_matrix([ms[i], ms[j]])
        np.testing.assert_allclose(F[k], alone[0], rtol=0, atol=1e-6)  # matrix products may differ in the last bit


def test_string_features_compare_the_strings() -> None:
    ms = _mentions(6)
    iu, ju, F = pair_matrix(ms)
    col = {name: k for k, name in enumerate(PAIR_FEATURES)}
    for k, (i, j) in enumerate(zip(iu, ju, strict=True)):
        assert F[k, col["same_lemma"]] == (ms[i].lemma == ms[j].lemma)
        assert F[k, col["same_text"]] == (ms[i].text.lower() == ms[j].text.lower())
        assert F[k, col["same_doc"]] == (ms[i].doc == ms[j].doc)
        assert F[k, col["prefix4"]] == (ms[i].lemma[:4] == ms[j].lemma[:4])
