"""The language of a text (py3langid), and whether newsprism's models cover it.

The models are English-only. A text detected with confidence in another language is marked unsupported,
so that the English-only layers are skipped and every output says so. A short or ambiguous text takes its
script instead: mostly Latin letters is treated as covered (the layers run, with the language left unknown),
anything else is not. Settings: ``ingest/data/languages.json``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from newsprism.common.data_files import load_json

_LOCK = threading.Lock()


def settings() -> dict[str, Any]:
    """``ingest/data/languages.json`` (read once, shared: do not modify it)."""
    data: dict[str, Any] = load_json("newsprism.ingest", "data/languages.json")
    return data


@cache
def _identifier_cached() -> Any:
    from py3langid import langid

    return langid.LanguageIdentifier.from_model_file(Path(langid.MODEL_DIR) / langid.MODEL_FILE, norm_probs=True)


def identifier() -> Any:
    """The one py3langid identifier of the process (its model loads once, ~2.5 s)."""
    with _LOCK:
        return _identifier_cached()


@dataclass(frozen=True)
class Language:
    code: str | None  # ISO 639-1, or None when the text is too short or ambiguous to tell
    probability: float
    supported: bool

    @property
    def name(self) -> str:
        return language_name(self.code)


def language_name(code: str | None) -> str:
    if not code:
        return "an unknown language"
    return str(settings()["names"].get(code, code))


def _latin_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 1.0
    return sum(ch < "\u0250" for ch in letters) / len(letters)


def detect(text: str) -> Language:
    cfg = settings()
    sample = text[: int(cfg["sample_chars"])]
    code, prob = identifier().classify(sample) if sample.strip() else ("", 0.0)
    supported = set(cfg["supported"])
    if prob >= float(cfg["min_probability"]) and len(sample.split()) >= int(cfg["min_words"]):
        return Language(code=code, probability=float(prob), supported=code in supported)
    latin = _latin_share(sample) >= float(cfg["latin_share"])
    return Language(code=code if code in supported and latin else None, probability=float(prob),
                    supported=latin)
