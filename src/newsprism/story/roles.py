"""Two titles of one person compared as a careful reader would.

A person may hold several titles at once: a senator who is majority leader, an army chief who is also acting
head of state, a governor who is a presidential candidate. Two different titles are therefore a conflict only
when they cannot both hold:

- one office at two ranks: a deputy minister is not the minister, a vice president is not the president
  (``rank_ladder``);
- one office in its past and present form, when the two sentences tell the same moment ("former Sen. X said"
  against "Sen. X said"); across sentences a report may name someone by a title held at another time
  (``past_modifiers``);
- one office with disjoint portfolios (foreign minister against defence minister, majority leader against
  minority leader), words that describe the holder ("senior", "chief") aside (``descriptive_portfolio_words``);
- two offices of one exclusive group (a senator is not a governor, a general is not a colonel;
  ``exclusive_offices``).

An acting or interim holder fills the post for now without holding it: against the title without the word it is a
conflict (``temporary_modifiers``: "acting chief executive" / "chief executive" of one person). A co-chair and a
title not yet held are the same post (``same_post_modifiers``);
an honorific (Mr., Ms., Dr.) is no title and never reaches this module (the claims layer keeps it apart).
Settings: ``story/data/roles.json``; office synonyms come from ``story/data/compare.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from newsprism.claims.slots import Role
from newsprism.common.data_files import load_json

Verdict = Literal["same", "conflict", "different"]


@cache
def role_settings() -> dict[str, Any]:
    raw: dict[str, Any] = dict(load_json("newsprism.story", "data/roles.json"))
    compare = load_json("newsprism.story", "data/compare.json")
    raw["office_of"] = {w: group[0] for group in compare["office_synonyms"] for w in group}
    officers = compare["company_officer_names"]
    if officers["enabled"]:
        # a company's chief officer told by its British name is that officer (round 52): the managing director is
        # the chief executive, the finance director the chief financial officer, the operations director the
        # chief operating officer, so two of them told of one person meet the company group of exclusive_offices
        raw["office_of"].update({name: officer for officer, names in officers["offices"].items() for name in names})
    raw["ladder"] = frozenset(raw["rank_ladder"])
    raw["past"] = frozenset(raw["past_modifiers"])
    raw["same_post"] = frozenset(raw["same_post_modifiers"])
    raw["temporary"] = frozenset(raw["temporary_modifiers"])
    raw["exclusive_group"] = {raw["office_of"].get(o, o): i for i, g in enumerate(raw["exclusive_offices"]) for o in g}
    raw["descriptive"] = frozenset(raw["descriptive_portfolio_words"])
    return raw


@dataclass(frozen=True)
class TitleComparison:
    verdict: Verdict  # "same" post, a "conflict" (cannot both hold), or "different" titles that both hold
    what: str  # what differs: "rank", "time", "portfolio", "office", or "" when nothing does
    statement: str  # the reason in plain words, for the flag's explanation


def office(r: Role) -> str | None:
    """The role's core title with synonyms of one office made one ("Congressman" and "Representative", a
    spokesman and a press secretary); a title phrase of ``word_order_offices`` names its own office ("state
    secretary", the junior government post, is not the "secretary of state" nor a "health secretary")."""
    syn: dict[str, str] = role_settings()["office_of"]
    if r.core == "secretary" and r.portfolio == frozenset({"press"}):
        return syn.get("press secretary", "press secretary")
    # a phrase written in this order names another office than its core: a "state secretary" (round 33)
    orders: dict[str, str] = role_settings()["word_order_offices"]
    for phrase, named in orders.items():
        if r.core and r.core in phrase.split() and re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", r.title):
            return syn.get(named, named)
    return syn.get(r.core, r.core) if r.core else None


def names_office(r: Role, other_office: str) -> bool:
    """Whether a title's words (synonyms of one office made one) include ``other_office``: a title parsed from
    two titles of one person ("Senator X of New York, the Democratic leader") holds both offices."""
    syn: dict[str, str] = role_settings()["office_of"]
    own = set((r.core or "").split())  # a word of its own office ("general" of "attorney general") names no other
    return other_office in {syn.get(w, w) for w in r.title.split() if w not in own}


def _portfolio(r: Role) -> frozenset[str]:
    descriptive: frozenset[str] = role_settings()["descriptive"]
    return r.portfolio - descriptive


def _says(r: Role) -> str:
    return r.written or r.title


def compare_titles(a: Role, b: Role, same_moment: bool) -> TitleComparison:
    """How two titles of one person relate; ``same_moment`` when the two sentences tell one moment (aligned)."""
    cfg = role_settings()
    oa, ob = office(a), office(b)
    if oa is None or ob is None:
        return TitleComparison("different", "", "")  # a bare modifier ("former") names no post to compare
    # a co-chair and a title not yet held are the post itself
    mods_a, mods_b = a.modifiers - cfg["same_post"], b.modifiers - cfg["same_post"]
    past_a, past_b = bool(mods_a & cfg["past"]), bool(mods_b & cfg["past"])
    if oa != ob:
        if names_office(a, ob) or names_office(b, oa):
            return TitleComparison("same", "", "")  # one title names the other's office among its words
        group_a, group_b = cfg["exclusive_group"].get(oa), cfg["exclusive_group"].get(ob)
        if group_a is not None and group_a == group_b and past_a == past_b:
            return TitleComparison("conflict", "office", f"one person is not both {oa} and {ob} at once")
        return TitleComparison("different", "office", f"{_says(a)} and {_says(b)} can both be true of one person")
    if (mods_a & cfg["ladder"]) != (mods_b & cfg["ladder"]):
        lower = a if mods_a & cfg["ladder"] else b
        return TitleComparison("conflict", "rank", f"a {_says(lower).lower()} is not the {oa}")
    if bool(a.modifiers & cfg["temporary"]) != bool(b.modifiers & cfg["temporary"]):
        temporary = a if a.modifiers & cfg["temporary"] else b
        return TitleComparison("conflict", "acting", f"an {_says(temporary).lower()} fills the post for now: "
                                                     f"one title says so, the other does not")
    if past_a != past_b:
        if same_moment:
            return TitleComparison("conflict", "time", f"a former {oa} is not the {oa} now")
        return TitleComparison("different", "time", "the titles may be true at different times")
    pa, pb = _portfolio(a), _portfolio(b)
    if pa and pb and not (pa <= pb or pb <= pa) and not pa & pb:
        return TitleComparison("conflict", "portfolio", f"the titles name different posts: {_says(a)} and {_says(b)}")
    return TitleComparison("same", "", "")


__all__ = ["TitleComparison", "compare_titles", "names_office", "office", "role_settings"]
