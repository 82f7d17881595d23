"""The event confidence's training rows (issue 11): each dev draw is recorded with a fragment check fitted without
that draw, so that the fragment score the confidence model learns from is out of sample, as it is on new text at run
time. Synthetic rows only (no audit article is read)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "training"))
import event_audit_rows  # noqa: E402
import train_event_confidence as conf_training  # noqa: E402
import train_event_fragment as frag_training  # noqa: E402

from newsprism.events import fragment  # noqa: E402


def _fragment_cache(tmp_path: Path) -> tuple[Path, dict[str, np.ndarray]]:
    """Rows of three fitted draws (a, b, c) and one NEVER_FIT draw, each with its own fragment/feature link, so that
    leaving a draw out of the fit moves the model."""
    rng = np.random.default_rng(0)
    draws = ["a", "b", "c", frag_training.NEVER_FIT[0]]
    X, y, draw = [], [], []
    for k, d in enumerate(draws):
        x = rng.normal(size=(40, 3)).astype(np.float32)
        X.append(x)
        y.append(x[:, k % 3] + 0.3 * rng.normal(size=40) > 0)
        draw += [d] * 40
    rows = {"X": np.concatenate(X), "y": np.concatenate(y), "draw": np.array(draw)}
    path = tmp_path / "fragment_rows.npz"
    np.savez_compressed(path, good=~rows["y"], arts=np.array(["doc"] * len(draw)), **rows)
    return path, rows


def test_each_draw_is_recorded_with_a_fragment_check_fitted_without_it(tmp_path, monkeypatch):
    path, rows = _fragment_cache(tmp_path)
    before_draw, C = conf_training.held_out_fragment(path)
    assert C in frag_training.C_GRID
    shipped = fragment.get_fragment_model
    monkeypatch.setattr(fragment, "get_fragment_model", shipped)  # restored after the test whatever the hook sets
    X, y, draw = rows["X"], rows["y"], rows["draw"]
    never = frag_training.NEVER_FIT[0]
    for name in ("a", never):
        before_draw(name)
        model = fragment.get_fragment_model()
        fit_rows = (draw != name) & ~np.isin(draw, frag_training.NEVER_FIT)
        expected = event_audit_rows.standard_logit(X[fit_rows], y[fit_rows], C)
        np.testing.assert_array_equal(model.weight, expected.weight)
        assert model.bias == expected.bias
    before_draw("a")
    without_a = fragment.get_fragment_model().weight.copy()
    before_draw(never)  # a NEVER_FIT draw: the fit on every fitted draw, a included
    assert not np.allclose(without_a, fragment.get_fragment_model().weight)


def test_collect_sets_the_held_out_check_per_draw_and_restores_the_shipped_one(tmp_path, monkeypatch):
    path, _ = _fragment_cache(tmp_path)
    shipped = fragment.get_fragment_model
    seen: list[tuple[str, object]] = []

    def fake_labelled_rows(owner, draws, status_at, before_draw=None):
        for name in ("a", "b"):
            before_draw(name)
            seen.append((name, fragment.get_fragment_model()))
        raise RuntimeError("pipeline failed")

    monkeypatch.setattr(conf_training, "labelled_rows", fake_labelled_rows)
    with pytest.raises(RuntimeError):
        conf_training.collect(True, path)
    assert fragment.get_fragment_model is shipped
    assert [n for n, _ in seen] == ["a", "b"]
    assert not np.array_equal(seen[0][1].weight, seen[1][1].weight)


def test_recorded_runs_the_hook_before_each_draws_pipeline(monkeypatch):
    order: list[str] = []
    owner = SimpleNamespace(RECORDER=None)

    class Pipe:
        def pipe_with_state(self, docs):
            order.append("run")
            owner.RECORDER.append(("doc", 0, 1, "x", np.zeros(1)))

    import newsprism.api

    monkeypatch.setattr(newsprism.api, "load_pipeline", lambda: Pipe())
    monkeypatch.setattr(event_audit_rows.audit, "load_labels", lambda *files: ({}, None))
    monkeypatch.setattr(event_audit_rows, "ingest_draw", lambda paths: [])
    draws = {"a": (list, []), "b": (list, [])}
    out = list(event_audit_rows.recorded(owner, draws, lambda name: order.append(f"hook {name}")))
    assert order == ["hook a", "run", "hook b", "run"]
    assert [o[0] for o in out] == ["a", "b"] and owner.RECORDER is None


@pytest.mark.parametrize(("marker", "flags"), [(None, ["--held-out-fragment"]), ("held_out_per_draw", [])])
def test_a_rows_cache_of_the_other_fragment_scores_is_refused(tmp_path, monkeypatch, marker, flags):
    cache = tmp_path / "confidence_rows.npz"
    extra = {"fragment_rows": marker} if marker else {}  # no marker: a cache written before the option (shipped)
    np.savez_compressed(cache, X=np.zeros((2, 3), np.float32), y=np.array([True, False]), draw=np.array(["a", "b"]),
                        arts=np.array(["d", "d"]), unlabelled="{}", **extra)
    monkeypatch.setattr(sys, "argv", ["train_event_confidence.py", "--cache", str(cache), *flags])
    with pytest.raises(SystemExit, match="rebuild the cache"):
        conf_training.main()


def test_a_rows_cache_of_the_asked_fragment_scores_is_read(tmp_path, monkeypatch):
    cache = tmp_path / "confidence_rows.npz"
    np.savez_compressed(cache, X=np.zeros((2, 3), np.float32), y=np.array([True, False]), draw=np.array(["a", "b"]),
                        arts=np.array(["d", "d"]), unlabelled="{}", fragment_rows="held_out_per_draw")
    monkeypatch.setattr(sys, "argv", ["train_event_confidence.py", "--cache", str(cache), "--held-out-fragment"])
    with pytest.raises(SystemExit, match="features, the model reads"):  # read, then its 3 columns are refused
        conf_training.main()
