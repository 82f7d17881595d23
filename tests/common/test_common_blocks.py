"""The shared building blocks: span merging, union-find, run-unique ids, the data-file loader."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.common.data_files import load_json, load_npz, read_npz
from newsprism.common.ids import make_ids_unique
from newsprism.common.spans import merge_overlapping
from newsprism.common.union_find import UnionFind
from newsprism.errors import ModelError
from newsprism.techniques.scoring import span_prf


def test_spans_merge_only_when_they_share_a_character():
    assert merge_overlapping([(5, 9), (0, 3), (2, 6)]) == [(0, 9)]
    assert merge_overlapping([(0, 5), (5, 9)]) == [(0, 5), (5, 9)]  # touching: no shared character
    assert merge_overlapping([(3, 3), (7, 9), (8, 8)]) == [(7, 9)]  # empty spans are dropped


def test_the_scorer_and_the_predictions_merge_alike():
    # Two touching predicted spans score as two spans, exactly as the maintainers' scorer counts them.
    p, r, _ = span_prf({"a": [(0, 5), (5, 10)]}, {"a": [(0, 10)]})
    assert (p, r) == (1.0, 1.0)
    p, _, _ = span_prf({"a": [(0, 5), (5, 12)]}, {"a": [(0, 10)]})
    assert p == pytest.approx((1.0 + 5 / 7) / 2)


def test_union_find_groups_in_order_of_first_member():
    uf = UnionFind(6)
    uf.union(4, 1)
    uf.union(5, 4)
    uf.union(2, 3)
    assert uf.groups() == [[0], [1, 4, 5], [2, 3]]
    assert uf.find(5) == uf.find(1)


def test_ids_are_made_unique_in_order(make_doc):
    docs = [make_doc("A\nBody one.\n", "x.txt") for _ in range(3)]
    for d in docs:
        d.id = "same"
    make_ids_unique(docs)
    assert [d.id for d in docs] == ["same", "same-1", "same-2"]


def test_data_files_are_read_once_and_shared():
    a = load_json("newsprism.common", "data/near_duplicates.json")
    assert a is load_json("newsprism.common", "data/near_duplicates.json")
    arrays = load_npz("newsprism.comments", "models/toxicity.npz")
    assert arrays is load_npz("newsprism.comments", "models/toxicity.npz")
    with pytest.raises(ValueError):
        next(iter(arrays.values()))[...] = 0  # shared arrays are read-only


def test_a_missing_or_corrupt_data_file_is_a_model_error(tmp_path):
    with pytest.raises(ModelError, match="newsprism.common/data/nope.json"):
        load_json("newsprism.common", "data/nope.json")
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    with pytest.raises(ModelError, match="bad.npz"):
        read_npz(bad)
    good = tmp_path / "good.npz"
    np.savez(good, w=np.arange(3))
    assert read_npz(good)["w"].tolist() == [0, 1, 2]
