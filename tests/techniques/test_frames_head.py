"""The frame head: its features from the encoder pass, the shipped weights, and what it picks."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pytest

from newsprism.errors import ModelError
from newsprism.techniques.frames import FrameModel, frame_features, get_frame_model


def test_frame_features_tell_the_title_from_the_body():
    emb = np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 3.0]], np.float32)
    f = frame_features(emb, np.array([True, False, False]))
    assert f.tolist() == [0.0, 2.0, 0.0, 3.0, 1.0, 0.0]  # body mean, body max, title
    no_title = frame_features(emb, np.zeros(3, bool))
    assert no_title[4:].tolist() == [0.0, 0.0]
    assert frame_features(np.zeros((0, 2), np.float32), np.zeros(0, bool)).tolist() == [0.0] * 6


def test_shipped_frame_model_loads_plain_arrays_and_picks_at_least_one_frame():
    model = get_frame_model()
    names = json.loads(resources.files("newsprism.techniques").joinpath("data/labels.json").read_text())["frames"]
    assert model.labels == names
    assert model.coef.shape == (len(names), 3 * 384) and model.thresholds.shape == (len(names),)
    rng = np.random.default_rng(3)
    emb = rng.normal(size=(6, 384)).astype(np.float32)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    picked = model.predict(frame_features(emb, np.array([True] + [False] * 5)))
    assert picked and all(n in names and 0 <= p <= 1 for n, p in picked)
    assert [p for _, p in picked] == sorted((p for _, p in picked), reverse=True)


def test_a_corrupt_frame_model_is_a_model_error(tmp_path):
    bad = tmp_path / "frames.npz"
    bad.write_bytes(b"not a zip file")
    with pytest.raises(ModelError, match="frames.npz"):
        FrameModel(bad)
