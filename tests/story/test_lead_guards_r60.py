"""Two guards of round 60 (issue 11), each behind its switch. (1) A title after a name's comma that ends in "of" and
a portfolio word ("NAME, the district's director of culture") keeps its of-phrase, as the same title written before
the name does (switch ``appositive_title_of_portfolio``, claims/data/slots.json): cut to "district director", one post
was read two ways and called a title conflict. (2) A common noun with a name written before it ("Kesting clinic") is
keyed by the name, so counts of two named things of one noun are two groups (``counted_group.named_compound_key``),
and such a count conflict is held below the bar (``counted_group.group_clash_held``). Invented reports and
sentences (fictional places and people)."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, conflict_texts

from newsprism.claims import slots
from newsprism.story.compare import Finding, Side, settings
from newsprism.story.confidence import two_groups
from newsprism.story.groups import read_group

pytestmark = pytest.mark.slow

COUNCIL = """Fernley Libraries Join Under One Board
The two libraries of Fernley district will be run by one board from March, the district council said on Tuesday.
The council voted 9-4 for the change after a year of talks, said Mara Delling, the district's director of culture.
Each library keeps its own opening hours, she added.
"""
POST = """Council Backs Library Board
Fernley's council has backed a plan to put the district's two libraries under a single board from March.
{title} Mara Delling said the vote ended a year of talks.
Opening hours at each library will not change, she said.
"""


def _title_conflicts(title: str) -> list[tuple[str, str, float]]:
    r = analyzed_reports(("council", "Fernley District Council News", "Fernley Libraries Join Under One Board", COUNCIL),
                         ("post", "The Fernley Post", "Council Backs Library Board", POST.format(title=title)))
    return conflict_texts(r, "role", "council", "post")


def test_one_post_written_after_and_before_the_name_is_no_conflict() -> None:
    assert _title_conflicts("Director of culture") == []


def test_the_switch_off_cuts_the_title_and_reads_a_conflict(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(slots.data(), "appositive_title_of_portfolio", False)
    (found,) = _title_conflicts("Director of culture")
    assert found[0] == "Mara Delling, the district's director"


@pytest.mark.parametrize("title", ["Director of finance", "Deputy director of culture"])
def test_another_portfolio_or_a_deputy_is_still_a_conflict(title: str) -> None:
    (found,) = _title_conflicts(title)
    assert found[0] == "Mara Delling, the district's director of culture" and found[1].startswith(title)


def _group(sentence: str, figure: str, noun: str) -> str | None:
    start = sentence.index(figure)
    return read_group(sentence, start, start + len(figure), figure, noun, "count")[1]


def test_a_name_before_the_noun_keys_the_group_even_where_the_tagger_misses_it() -> None:
    # a name opening the sentence: the small tagger reads it as an adverb or adjective, not a name
    assert _group("Kesting clinic has 410 patients, and the number is expected to fall.", "410", "patients") == \
        "kesting clinic"
    assert _group("The board said Marrby clinic has 960 patients and room for more.", "960", "patients") == \
        "marrby clinic"
    # a dictionary word opening the sentence is no name; a noun with no name before it keys by itself
    assert _group("Police stations have 40 officers on duty.", "40", "officers") == "station"
    assert _group("The clinic has 410 patients, the board said.", "410", "patients") == "clinic"


def test_the_switch_off_keys_the_noun_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(settings()["counted_group"], "named_compound_key", False)
    assert _group("Kesting clinic has 410 patients, and the number is expected to fall.", "410", "patients") == "clinic"


def _count_conflict(clash: float) -> Finding:
    a = Side(source=0, sentence=3, start=0, end=12, text="410 patients", value="410")
    b = Side(source=1, sentence=3, start=0, end=12, text="960 patients", value="960")
    return Finding(kind="conflict", slot="count", a=a, b=b, detail="value", features={"group_clash": clash})


def test_two_named_groups_counts_are_held(monkeypatch: pytest.MonkeyPatch) -> None:
    assert two_groups(_count_conflict(1.0)) and not two_groups(_count_conflict(0.0))
    monkeypatch.setitem(settings()["counted_group"], "group_clash_held", False)
    assert not two_groups(_count_conflict(1.0))


def test_a_function_word_after_of_is_no_portfolio() -> None:
    from newsprism.nlp.spacy_pipe import get_nlp

    (sent,) = list(get_nlp()("Brann Olek, coach of the regional side, praised the players.").sents)
    (role,) = slots._roles(sent, 0)
    assert role.text == "Brann Olek, coach"
