"""One standardised logistic regression read from plain arrays (``np.load(allow_pickle=False)``): the form of the
events layer's small learned checks, the happening filter (`happening`) and the fragment check (`fragment`)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from newsprism.errors import ModelError


@dataclass
class StandardLogit:
    """Standardise, then a logistic regression: P(the positive class) of each row."""

    mean: np.ndarray
    scale: np.ndarray
    weight: np.ndarray  # (n_features,)
    bias: float

    @classmethod
    def load(cls, src: Path, what: str) -> StandardLogit:
        """The arrays ``mean``, ``scale``, ``weight``, ``bias`` of ``src``; ``what`` names the model in the error."""
        try:
            with np.load(src, allow_pickle=False) as z:
                return cls(z["mean"], z["scale"], z["weight"], float(z["bias"]))
        except (OSError, KeyError, ValueError) as exc:
            raise ModelError(f"cannot load the {what} model {src}: {exc}") from exc

    def proba(self, x: np.ndarray) -> np.ndarray:
        z = ((np.atleast_2d(x) - self.mean) / self.scale) @ self.weight + self.bias
        return 1.0 / (1.0 + np.exp(-z))


def packaged(file: str) -> Path:
    """A model file shipped in the ``newsprism.events`` package."""
    return Path(str(resources.files("newsprism.events").joinpath(file)))
