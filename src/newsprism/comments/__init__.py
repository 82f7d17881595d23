"""How readers react: per-comment stance, sentiment, toxicity, language and duplicates
(``newsprism.comments.v1``), and the thread summary (``newsprism.thread.v1``)."""

from __future__ import annotations

import logging

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["CommentsComponent", "ThreadComponent"]


def __getattr__(name: str):  # lazy: importing the package must not load numpy-heavy modules
    if name == "CommentsComponent":
        from newsprism.comments.components import CommentsComponent

        return CommentsComponent
    if name == "ThreadComponent":
        from newsprism.comments.thread import ThreadComponent

        return ThreadComponent
    raise AttributeError(name)
