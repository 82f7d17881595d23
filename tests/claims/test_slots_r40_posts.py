"""Round 40 (apt40, issue 11: titles compared "with a hierarchy"): a rank word is told only of a post, so the noun a
rank word (``post_rank_words``: deputy, vice, assistant, associate, junior, chief, head, principal) modifies in a title,
before the name or in apposition after it, names that post whatever the noun; an indefinite appositive with a
subordinate rank ("an assistant curator at the museum") still names a post. A description with no rank word ("a retired
admiral", "a mother of three", "a longtime critic of the plan") stays no title. Invented sentences, fictional names."""

from __future__ import annotations

import pytest

from newsprism.claims.slots import parse_title
from newsprism.claims.typed import role_of
from newsprism.story.roles import compare_titles


def _core(slots, text: str) -> list[tuple[str, str | None, frozenset[str]]]:
    return [(r.person, r.core, r.modifiers) for r in slots(text).roles if r.core or r.modifiers]


def test_a_noun_after_a_rank_word_is_the_post():
    assert parse_title("assistant conductor".split())[1:3] == ("conductor", frozenset({"assistant"}))
    assert parse_title("deputy chief pharmacist".split())[1:3] == ("pharmacist", frozenset({"deputy"}))
    assert parse_title("Chief Pharmacist".split())[1] == "pharmacist"
    # a core title after the rank word keeps its own reading; a noun with no rank word before it is no post
    assert parse_title("chief executive".split())[1] == "chief executive"
    assert parse_title("deputy minister".split())[1] == "minister"
    assert parse_title("chief".split())[1] == "chief"


def test_one_post_at_two_ranks_conflicts_two_posts_do_not():
    def role(words: str):
        return role_of("Orla Venn", words, 0, 1, "")

    assert compare_titles(role("chief curator"), role("assistant curator"), True).verdict == "conflict"
    assert compare_titles(role("principal conductor"), role("assistant conductor"), True).verdict == "conflict"
    assert compare_titles(role("chief pharmacist"), role("deputy chief pharmacist"), True).verdict == "conflict"
    assert compare_titles(role("chief engineer"), role("director"), True).verdict == "different"
    assert compare_titles(role("chief archaeologist"), role("junior researcher"), True).verdict == "different"


@pytest.mark.slow
@pytest.mark.parametrize("text, want", [
    ("Mattis Orlen, the orchestra's assistant conductor, wrote to the councils.",
     ("orlen", "conductor", frozenset({"assistant"}))),
    ("The admission puts pressure on Orla Venn, the deputy chief pharmacist, who sits on the board.",
     ("venn", "pharmacist", frozenset({"deputy"}))),
    ("Principal Conductor Mattis Orlen said the musicians were heartbroken.", ("orlen", "conductor", frozenset())),
    ("Chief Pharmacist Orla Venn said the rules were strict.", ("venn", "pharmacist", frozenset())),
    ("The hoard holds 2,900 coins, according to the museum's chief curator, Greta Holm.", ("holm", "curator", frozenset())),
    ("Ilsa Morrow, an assistant curator at the museum, said the pot was buried in a war.",
     ("morrow", "curator", frozenset({"assistant"}))),
    ("Lena Korvin, an assistant safety inspector for the region, is leading the inquiry.",
     ("korvin", "inspector", frozenset({"assistant"}))),
    ("Tomas Edder, a deputy mayor, opened the bridge.", ("edder", "mayor", frozenset({"deputy"}))),
])
def test_a_title_told_with_a_rank_word_is_read(slots, text, want):
    assert want in _core(slots, text)


@pytest.mark.slow
def test_the_title_word_is_not_read_as_a_first_name(slots):
    (r,) = [r for r in slots("Chief Statistician Hanna Rellin told a news conference.").roles if r.core]
    assert (r.name, r.core) == ("Hanna Rellin", "statistician")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Karel Brenn, a retired admiral, spoke at the dinner.",
    "Ada Moll, a mother of three, said the school had closed.",
    "Piet Sorr, a longtime critic of the plan, said the vote was rushed.",
    "Oskar Bellin, a senior engineer at the roads agency, said the pass would stay shut.",
    "Lina Abber, a doctoral student at the university, led the dig.",
])
def test_a_description_with_no_rank_word_stays_no_title(slots, text):
    assert not _core(slots, text)


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [("Chief Mark Solberg said the road was closed.", "Mark Solberg"),
                                        ("Deputy Anna Reyes arrested the driver.", "Anna Reyes")])
def test_a_first_name_after_a_rank_word_stays_a_name(slots, text, name):
    assert name in [r.name for r in slots(text).roles]


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [("Chief Matthew R. Solberg said the officers were stable.", "Matthew R. Solberg"),
                                        ("Deputy Anna K. Reyes arrested the driver.", "Anna K. Reyes")])
def test_a_longer_name_after_a_rank_word_keeps_its_first_name(slots, text, name):
    # (a name of three plain words after a rank word, "Deputy Mary Ann Smith", is read as post + name: a known limit)
    assert name in [r.name for r in slots(text).roles]


@pytest.mark.slow
def test_a_plural_after_a_rank_word_is_no_post(slots):
    assert not _core(slots, "He worked under head coaches Ivo Marr and Pel Sand for six seasons.")
