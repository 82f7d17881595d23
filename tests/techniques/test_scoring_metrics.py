from newsprism.techniques.scoring import macro_f1, multilabel_prf, span_prf


def test_span_prf_partial_overlap_credit():
    # pred [0,10) vs gold [5,15): 5 chars shared -> P = 5/10, R = 5/10
    p, r, f = span_prf({"1": [(0, 10)]}, {"1": [(5, 15)]})
    assert (p, r) == (0.5, 0.5) and abs(f - 0.5) < 1e-9


def test_span_prf_merges_overlapping_predictions():
    # two overlapping predictions count as one merged span [0,20)
    p, r, _ = span_prf({"1": [(0, 12), (8, 20)]}, {"1": [(0, 20)]})
    assert p == 1.0 and r == 1.0


def test_span_prf_missing_article_is_zero_recall():
    p, r, f = span_prf({}, {"1": [(0, 5)]})
    assert (p, r, f) == (0.0, 0.0, 0.0)


def test_multilabel_micro_and_per_label():
    gold = {"a": {"X", "Y"}, "b": {"Y"}}
    pred = {"a": {"X"}, "b": {"Y", "Z"}}
    p, r, f = multilabel_prf(pred, gold)
    assert (round(p, 3), round(r, 3)) == (0.667, 0.667) and round(f, 3) == 0.667
    assert multilabel_prf(pred, gold, "Z") == (0.0, 0.0, 0.0)
    assert multilabel_prf(pred, gold, "X")[2] == 1.0


def test_macro_f1_over_labels_seen():
    gold = {"1": "opinion", "2": "reporting", "3": "opinion"}
    pred = {"1": "opinion", "2": "opinion", "3": "opinion"}
    # opinion: tp 2 fp 1 -> 0.8; reporting: 0
    assert abs(macro_f1(pred, gold) - 0.4) < 1e-9
