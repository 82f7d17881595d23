"""Helpers over spaCy parse trees shared by the events and claims layers, each written once.

Offsets: a spaCy token's ``idx`` is relative to the parsed piece, so helpers that return character spans take
the piece's ``offset`` into ``Document.text``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# Dependency labels of a clause's subject: nominal, passive nominal and clausal.
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# Determiners of an anaphoric mention ("the visit", "this agreement"): the events layer skips such event nouns.
ANAPHORIC_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Determiners and possessives of an already known referent ("the 12 accords", "their three ministers"): the
# claims layer reads such a count as a back-reference, not a new figure.
KNOWN_REFERENT_DETERMINERS = frozenset({"the", "these", "those", "both", "its", "their", "his", "her"})


def word(tok: Any) -> str:
    """The token's lower-cased text with a typographic apostrophe made plain ("’ll" -> "'ll", "n’t" -> "n't"), so
    that cue lists written with "'" also read text set with curly apostrophes."""
    return str(tok.text).lower().replace("’", "'")


def is_root(tok: Any) -> bool:
    """Whether ``tok`` is its sentence's root (spaCy makes the root its own head). Compared by position: spaCy
    builds a new Token object on every access, so ``tok.head is tok`` is never true."""
    return bool(tok.head.i == tok.i)


def is_infinitive(tok: Any) -> bool:
    """A verb with the infinitive marker "to" ("to visit", "to weigh in")."""
    return any(k.dep_ == "aux" and k.text.lower() == "to" for k in tok.children)


def token_end(tok: Any) -> int:
    """End offset of a token within its parsed piece."""
    return int(tok.idx + len(tok.text))


def span_of(tokens: Iterable[Any], offset: int) -> tuple[int, int]:
    """Character span of a run of tokens (e.g. a sentence) in Document.text."""
    toks = list(tokens)
    return offset + toks[0].idx, offset + token_end(toks[-1])


def subtree_span(tok: Any, offset: int) -> tuple[int, int]:
    """Character span of a token's whole subtree in Document.text."""
    return offset + tok.left_edge.idx, offset + token_end(tok.right_edge)


def subject_of(tok: Any, *, deps: tuple[str, ...] = SUBJECT_DEPS,
               climb: tuple[str, ...] = ("xcomp", "conj", "advcl", "acl"), depth: int = 6) -> Any | None:
    """The subject of ``tok``'s clause: a child with a label in ``deps``, looking up through at most ``depth``
    heads while the current token hangs from its head by a label in ``climb`` (an infinitive, a conjoined or
    adverbial clause shares its governor's subject)."""
    cur = tok
    for _ in range(depth):
        for k in cur.children:
            if k.dep_ in deps:
                return k
        if cur.dep_ in climb and not is_root(cur):
            cur = cur.head
            continue
        break
    return None
