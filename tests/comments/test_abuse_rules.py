"""The explicit-abuse rules: insults, slurs, dehumanizing language and threats are found; criticism is not."""

from __future__ import annotations

import pytest

from newsprism.comments.abuse import find_abuse

ABUSE = [
    ("Anyone who votes for Korst is a complete moron.", "insult", "moron"),
    ("You idiots never read past the headline.", "insult", "idiots"),
    ("These people are vermin and should be treated like it.", "dehumanizing", "vermin"),
    ("Migrants are a disease on this country.", "dehumanizing", "disease"),
    ("Those parasites in the ministry took everything.", "dehumanizing", "parasites"),
    ("The whole council should be hanged for this.", "threat", "should be hanged"),
    ("Someone should shoot him before he signs.", "threat", "shoot"),
    ("Watch your back, I know where you live.", "threat", "Watch your back"),
    ("I hope the whole board burns in hell.", "threat", "burns in hell"),
    ("Go back to where you came from.", "hate", "Go back to where you came from"),
    ("Shut up, nobody asked you.", "insult", "Shut up"),
]

CRITICISM = [
    "This regime is a disgrace.",
    "The minister is a liar and should resign today.",
    "What a corrupt, incompetent government. Shameful.",
    "This tax will kill small shops in every town.",
    "That was a stupid idea from the ministry.",
    "Kill the bill before it passes!",
    "The zoo keeps these animals in tiny cages.",
    "Smoking still causes most cancer deaths.",
    "The premier is a puppet of the steel lobby and a hypocrite.",
    "The debate was shut down before the vote.",
    "Many families went back to where they came from after the floods.",
]


@pytest.mark.parametrize(("text", "kind", "word"), ABUSE)
def test_abuse_found_with_its_kind_and_span(text, kind, word):
    found = find_abuse(text)
    assert [(a.kind, a.text) for a in found] == [(kind, word)]
    assert text[found[0].start : found[0].end] == word


@pytest.mark.parametrize("text", CRITICISM)
def test_criticism_is_not_abuse(text):
    assert find_abuse(text) == []


def test_overlapping_findings_keep_the_longest():
    assert [a.text for a in find_abuse("Shoot them all, every one.")] == ["Shoot them all"]
