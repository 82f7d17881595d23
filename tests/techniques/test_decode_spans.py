import numpy as np

from newsprism.techniques.model import N_TECH, LineOutput, split_lines
from newsprism.techniques.spans import doc_probs, runs, si_spans, technique_spans


def _line(text: str, hot: dict[int, list[int]], si: list[int]) -> LineOutput:
    words = [(m, m + len(w)) for m, w in ((text.index(w), w) for w in text.split())]
    probs = np.zeros((len(words), N_TECH + 1), np.float32)
    for t, idx in hot.items():
        probs[idx, t] = 0.9
    probs[si, N_TECH] = 0.8
    unit = np.zeros(N_TECH + 17, np.float32)
    unit[N_TECH + 1] = 1.0
    return LineOutput(0, len(text), np.array(words), probs, unit, len(words))


def test_runs():
    assert runs(np.array([0, 1, 1, 0, 1], bool)) == [(1, 3), (4, 5)]


def test_technique_spans_follow_token_runs():
    text = "they are corrupt liars and thieves"
    lo = _line(text, {14: [2, 3], 19: [5]}, [])
    spans = technique_spans([lo], [0.5] * N_TECH, text)
    got = {(t, text[s:e]) for t, s, e, _ in spans}
    assert got == {(14, "corrupt liars"), (19, "thieves")}


def test_si_spans_never_overlap():
    text = "alpha beta gamma delta epsilon"
    lo = _line(text, {}, [1, 2, 4])
    spans = si_spans([lo, lo], 0.5, text)
    assert spans == [(6, 16), (23, 30)]
    assert all(a[1] < b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_doc_probs_weight_and_split_lines():
    text = "Title\n\nfirst para\n  \nsecond"
    assert [text[s:e] for s, e in split_lines(text)] == ["Title", "first para", "second"]
    g, f = doc_probs([_line("a b", {}, [])])
    assert g.argmax() == 1 and f.shape == (14,)
