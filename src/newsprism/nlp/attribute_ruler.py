"""The same matches as spaCy's ``AttributeRuler``, found by table lookups instead of its token ``Matcher``.

spaCy's attribute ruler (the tag map and morph rules of ``en_core_web_sm``: 179 rules, almost all one token long)
runs a general ``Matcher`` over every token of every paragraph and builds a ``Span`` for every match; on the 20
BASIL articles of ``benchmarks/profile_compare.py`` that was ~0.5 CPU-s of the ~2.9 s spaCy parse, on the main
thread. Here each pattern is filed under its first token's TAG or LOWER value (or tested on every token when it
has neither), each token's attributes are read once from ``Doc.to_array``, and a match sets its token directly.

The result is exactly spaCy's: the same ``(rule, match id, start, end)`` list in the same order, applied by
spaCy's own ``set_token_attrs`` (so later rules still override earlier ones);
``tests/nlp/test_attribute_ruler.py`` compares the match lists and the parsed Docs byte for byte.
:func:`speed_up` leaves a ruler untouched when one of its patterns uses anything else (operators, other
attributes, predicates other than exact values, ``IN``, ``NOT_IN`` and ``REGEX``).
"""

from __future__ import annotations

import re
import types
from collections.abc import Callable
from typing import Any

# Token attributes the lookup reads, in ``Doc.to_array`` column order.
COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_STRING_ATTRS = ("TAG", "LOWER", "DEP")
_SUPPORTED = {"IN", "NOT_IN", "REGEX"}

Check = Callable[[tuple[int, int, int, int]], bool]


class _Unsupported(Exception):
    pass


def _value_check(col: int, value: Any, strings: Any) -> Check:
    """A test of one token attribute (column ``col`` of the row) against one pattern value, as the Matcher
    tests it: exact value, ``IN``/``NOT_IN`` a list of values, or ``REGEX`` on the attribute's string."""
    if isinstance(value, bool):
        want = int(value)
        return lambda row: row[col] == want
    if isinstance(value, str):
        h = strings.add(value)
        return lambda row: row[col] == h
    if isinstance(value, dict) and len(value) == 1 and next(iter(value)) in _SUPPORTED:
        op, arg = next(iter(value.items()))
        if op == "REGEX" and isinstance(arg, str):
            rx = re.compile(arg)
            return lambda row: rx.search(strings[row[col]]) is not None
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
            hashes = frozenset(strings.add(v) for v in arg)
            if op == "IN":
                return lambda row: row[col] in hashes
            return lambda row: row[col] not in hashes
    raise _Unsupported(repr(value))


def _token_check(spec: dict, strings: Any) -> Check:
    checks = []
    for key, value in spec.items():
        if key not in COLUMNS or (key == "IS_SPACE") != isinstance(value, bool):
            raise _Unsupported(key)
        checks.append(_value_check(COLUMNS.index(key), value, strings))
    return lambda row: all(c(row) for c in checks)


def _keys(spec: dict, attr: str, strings: Any) -> list[int] | None:
    """The values of ``attr`` a token must have to match ``spec`` (for filing the pattern), or None when any
    value may match."""
    value = spec.get(attr)
    if isinstance(value, str):
        return [strings.add(value)]
    if isinstance(value, dict) and isinstance(value.get("IN"), list) and len(value) == 1:
        return [strings.add(v) for v in value["IN"]]
    return None


Entry = tuple[int, int, int, list[Check]]  # (rule index, Matcher key, pattern length, one check per token)


def _file(entries: list[Entry], pattern: list[dict], entry: Entry, index: tuple[dict[int, list[Entry]], ...],
          strings: Any) -> None:
    """File ``entry`` under each value its first token's TAG (else LOWER, else DEP) must have, in the dict of
    that column; in ``entries`` (tested on every token) when none of them is fixed."""
    for col, by_value in zip(_STRING_ATTRS, index, strict=True):
        if (values := _keys(pattern[0], col, strings)) is not None:
            for h in values:
                by_value.setdefault(h, []).append(entry)
            return
    entries.append(entry)


class FastMatcher:
    """Finds ``AttributeRuler.match``'s matches. One-token patterns depend on the token's own attributes only,
    so the rules a (TAG, LOWER, DEP, IS_SPACE) row matches are worked out once and remembered (up to
    ``CACHE_ROWS`` rows); longer patterns (a handful) are tested where their first token's value fits."""

    CACHE_ROWS = 200_000

    def __init__(self, ruler: Any) -> None:
        strings = ruler.vocab.strings
        # (by TAG, by LOWER, by DEP) and the rest, for one-token patterns and for longer ones
        self.one: tuple[dict[int, list[Entry]], ...] = ({}, {}, {})
        self.one_always: list[Entry] = []
        self.many: tuple[dict[int, list[Entry]], ...] = ({}, {}, {})
        self.many_always: list[Entry] = []
        self._rows: dict[tuple[int, int, int, int], tuple[tuple[int, int], ...]] = {}
        # The ruler's Matcher key of rule k is the string of k, and ``ruler.patterns`` lists the rules in order.
        for attr_id, rule in enumerate(ruler.patterns):
            match_id = strings.add(str(attr_id))
            for pattern in rule["patterns"]:
                if not isinstance(pattern, list) or not pattern or not all(isinstance(t, dict) for t in pattern):
                    raise _Unsupported("pattern")
                entry = (attr_id, match_id, len(pattern), [_token_check(t, strings) for t in pattern])
                if len(pattern) == 1:
                    _file(self.one_always, pattern, entry, self.one, strings)
                else:
                    _file(self.many_always, pattern, entry, self.many, strings)

    def _one(self, row: tuple[int, int, int, int]) -> tuple[tuple[int, int], ...]:
        hit = self._rows.get(row)
        if hit is None:
            hit = tuple((attr_id, match_id) for attr_id, match_id, _n, (check,) in
                        (*self.one[0].get(row[0], ()), *self.one[1].get(row[1], ()),
                         *self.one[2].get(row[2], ()), *self.one_always) if check(row))
            if len(self._rows) >= self.CACHE_ROWS:
                self._rows.clear()
            self._rows[row] = hit
        return hit

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        rows: list[tuple[int, int, int, int]] = [tuple(r) for r in doc.to_array(list(COLUMNS)).tolist()]
        n = len(rows)
        found = {(attr_id, match_id, i, i + 1) for i, row in enumerate(rows) for attr_id, match_id in self._one(row)}
        for i, row in enumerate(rows):
            for attr_id, match_id, length, checks in (*self.many[0].get(row[0], ()), *self.many[1].get(row[1], ()),
                                                      *self.many[2].get(row[2], ()), *self.many_always):
                if i + length <= n and all(c(rows[i + j]) for j, c in enumerate(checks)):
                    found.add((attr_id, match_id, i, i + length))
        return sorted(found)


def speed_up(nlp: Any, name: str = "attribute_ruler") -> bool:
    """Give the pipeline's attribute ruler the lookup matcher and a Span-free ``set_annotations``; False (and
    nothing changed) when there is no such component or a pattern is of a kind the lookup does not cover."""
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    try:
        fast = FastMatcher(ruler)
    except _Unsupported:
        return False
    from spacy.tokens._retokenize import set_token_attrs

    def match(self: Any, doc: Any) -> list[tuple[int, int, int, int]]:
        return fast(doc)

    def set_annotations(self: Any, doc: Any, matches: list[tuple[int, int, int, int]]) -> None:
        for attr_id, _match_id, start, end in matches:
            index = self.indices[attr_id]
            pos = (start if index >= 0 else end) + index
            if not start <= pos < end:
                raise ValueError(f"attribute ruler rule {attr_id}: index {index} outside its match")
            set_token_attrs(doc[pos], self.attrs[attr_id])

    ruler.match = types.MethodType(match, ruler)
    ruler.set_annotations = types.MethodType(set_annotations, ruler)
    return True


__all__ = ["COLUMNS", "FastMatcher", "speed_up"]
