"""The same-happening model's writer (training/train_same_happening.py): the same fit writes the same bytes, so `cmp`
checks that the shipped file is what its data-card command writes."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))

from train_same_happening import ZIP_MEMBER_TIME, write_npz  # noqa: E402

from newsprism.story.happening import HEADS  # noqa: E402

SHIPPED = Path(__file__).resolve().parents[2] / "src" / "newsprism" / "story" / "data" / "same_happening.npz"


def test_write_npz_same_arrays_same_bytes_and_np_load_reads_them(tmp_path: Path) -> None:
    arrays = {"general_weight": np.array([0.5, -0.25], dtype=np.float32), "general_bias": np.float32(0.1)}
    first, second = tmp_path / "a.npz", tmp_path / "b.npz"
    write_npz(first, arrays)
    write_npz(second, dict(reversed(list(arrays.items()))))
    assert first.read_bytes() == second.read_bytes()
    loaded = np.load(first, allow_pickle=False)
    assert sorted(loaded.files) == sorted(arrays)
    assert np.array_equal(loaded["general_weight"], arrays["general_weight"])


def test_shipped_model_was_written_by_the_command_writer() -> None:
    # np.savez_compressed stamps members with the clock: such a file cannot be checked with cmp against a rebuild.
    with zipfile.ZipFile(SHIPPED) as zf:
        assert {info.date_time for info in zf.infolist()} == {ZIP_MEMBER_TIME}
    loaded = np.load(SHIPPED, allow_pickle=False)
    for head in HEADS:
        assert {f"{head}_{part}" for part in ("mean", "scale", "weight", "bias")} <= set(loaded.files)
