"""The shipped comment heads read exactly the features run time builds (no encoder needed: random unit vectors
stand in for embeddings), load without pickle, and stay small."""

from __future__ import annotations

from importlib import resources

import numpy as np
import pytest

from newsprism.comments import toxicity
from newsprism.comments.heads import load_head
from newsprism.comments.stance import PAIR_DIMS
from newsprism.comments.stance_features import N_TEMPLATES, stance_features, story_features

DIM = 384
TEXTS = ["Good decision, long overdue.", "What a waste of money?", "Does anyone know when it starts?"]


def _unit(rng: np.random.Generator, *shape: int) -> np.ndarray:
    x = rng.normal(size=(*shape, DIM)).astype(np.float32)
    return x / np.linalg.norm(x, axis=-1, keepdims=True)


@pytest.fixture(scope="module")
def inputs():
    rng = np.random.default_rng(3)
    n = len(TEXTS)
    return _unit(rng, n), _unit(rng, n), _unit(rng, n, 2 * N_TEMPLATES), _unit(rng, 3)


def test_stance_heads_read_the_runtime_features(inputs):
    x = stance_features(TEXTS, *inputs)
    pair, compact = load_head("stance"), load_head("stance_compact")
    assert pair.mean.shape == (x.shape[1],)
    assert compact.mean.shape == (x.shape[1] - PAIR_DIMS * DIM,)
    mix = float(pair.extra["mix"])
    p = mix * pair.proba(x) + (1 - mix) * compact.proba(x[:, PAIR_DIMS * DIM :])
    assert np.allclose(p.sum(axis=1), 1.0, atol=1e-5)
    assert 0.0 < pair.threshold < 1.0 and 0.0 <= mix <= 1.0
    story = load_head("stance_story")
    assert story.mean.shape == (story_features(TEXTS, *inputs).shape[1],)
    assert pair.labels == story.labels == ["favor", "against", "neutral"]
    assert 0.0 <= float(story.extra["approval_weight"]) <= 5.0


def test_toxicity_head_reads_the_runtime_features(inputs):
    x = toxicity.features(TEXTS, inputs[0])
    assert load_head("toxicity").mean.shape == (x.shape[1],)
    w, t = toxicity.settings()
    assert 0.0 <= w <= 1.0 and 0.0 < t < 1.0
    p = toxicity.probs(TEXTS, inputs[0])
    assert p.shape == (3,) and ((p >= 0) & (p <= 1)).all()


def test_model_files_are_small_and_plain_npz():
    models = resources.files("newsprism.comments").joinpath("models")
    files = [f for f in models.iterdir() if f.name.endswith(".npz")]
    assert {f.name for f in files} >= {"stance.npz", "stance_compact.npz", "stance_story.npz", "stance_ngram.npz",
                                        "toxicity.npz", "toxicity_ngram.npz"}
    for f in files:
        data = f.read_bytes()
        assert len(data) <= 2_000_000, f.name
        with f.open("rb") as fh, np.load(fh, allow_pickle=False) as z:
            assert z.files
    assert sum(len(f.read_bytes()) for f in files) <= 3_000_000


def test_valence_features_count_strongly_negative_words():
    v = toxicity.valence(["You are a disgusting, pathetic fool!", "The council meets on Tuesday."])
    assert v.shape == (2, toxicity.N_SENT - 4)
    assert v[0, 0] == pytest.approx(np.log1p(2))  # disgusting, pathetic (fool is above STRONG_NEGATIVE)
    assert v[0, 5] < toxicity.STRONG_NEGATIVE and v[0, 3] > 0  # lowest valence, the exclamation mark
    assert not v[1, [0, 1, 2, 3, 5]].any()
