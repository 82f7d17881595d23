"""Sources built by hand for the story comparison's rule tests: one sentence each, its slots given, and sentence
vectors placed at a chosen cosine (no models)."""

from __future__ import annotations

import math

import numpy as np

from newsprism.claims.slots import SentenceSlots
from newsprism.story.compare import Source


def sentence(text: str, **slots) -> SentenceSlots:
    """One sentence spanning the whole text, with the given slots (amounts, dates, ...)."""
    return SentenceSlots(start=0, end=len(text), text=text, **slots)


def source(i: int, sent: SentenceSlots, vec: np.ndarray) -> Source:
    """Source ``i`` ("Outlet i") holding just ``sent``, whose sentence vector is ``vec``."""
    return Source(index=i, name=f"Outlet {i}", sentences=[sent], vectors=np.array([vec]), text=sent.text)


def vectors(cos: float) -> tuple[np.ndarray, np.ndarray]:
    """Two unit vectors whose cosine is ``cos``."""
    return np.array([1.0, 0.0]), np.array([cos, math.sqrt(1 - cos * cos)])
