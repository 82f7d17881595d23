"""Comment language (py3langid), with short or ambiguous comments given the thread's majority language."""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.ingest.language import identifier


def languages(texts: Sequence[str], min_prob: float = 0.6) -> list[str | None]:
    """ISO 639-1 code per text; short or ambiguous texts take the thread's majority language. (The one
    py3langid model of the process, shared with the document language of ``ingest.language``.)"""
    ident = identifier()
    raw: list[tuple[str, float]] = [ident.classify(t) if t.strip() else ("", 0.0) for t in texts]
    sure = [lang for (lang, p), t in zip(raw, texts, strict=True) if p >= min_prob and len(t.split()) >= 4]
    majority = max(set(sure), key=sure.count) if sure else None
    out: list[str | None] = []
    for (lang, p), t in zip(raw, texts, strict=True):
        out.append(lang if p >= min_prob and len(t.split()) >= 4 else (majority or (lang or None)))
    return out
