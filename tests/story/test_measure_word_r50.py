"""A number above one cannot count a singular head: in "a 9 million tessar grant" it counts the word English keeps
singular before the head, the measure ("tessar"), and the head ("grant") is the thing so measured. Read as the
counted noun, the head clashed with the other report's "a grant of 14 million tessars" (counted noun "tessar") and
the two figures were never compared (switch ``measure_word_nouns``, story.compare.measure_word, round 50, issue 11).
The pair is then judged as figures of a generic noun are (sentence and same-happening tests). A plural head ("300
hospital beds") is counted itself; two heads named differently ("grant" / "loan") stay two things. Invented
reports, fictional names, outlets and currency."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports

from newsprism.story.compare import settings

pytestmark = pytest.mark.slow  # the slots are read from the spaCy parse; the reports are analysed in full

HEAD = "Orvan pledges emergency money for flooded Kelby water plant"
OTHER_HEAD = "Kelby water plant to be rebuilt with state grant"


def _a(money: str) -> str:
    return (f"{HEAD}\nThe Orvan government on Monday promised money to rebuild the Kelby water plant, which has been "
            f"out of action since the Tesk river burst its banks two weeks ago. {money}\nAbout 40,000 homes in the "
            "town have had no running water since the flood.\nEngineers expect the first pumps to restart in March.\n")


def _b(money: str) -> str:
    return (f"{OTHER_HEAD}\nThe flooded water plant at Kelby will be rebuilt by the end of next year, the Orvan "
            f"government said on Monday. {money}\nTown officials said residents would receive bottled water until "
            "the plant reopens.\n")


GRANT_OF = ("Health Minister Dalia Verhoek announced an emergency grant of 14 million tessars to rebuild the plant and "
            "pay for bottled water.")
MEASURED_GRANT = "Health Minister Dalia Verhoek announced a 9 million tessar grant to rebuild the plant."


def _flags(a_money: str, b_money: str) -> list[tuple[str, str, str, float]]:
    r = analyzed_reports(("a_orvan", "Orvan Daily Courier", HEAD, _a(a_money)),
                         ("b_kelby", "Kelby Valley Post", OTHER_HEAD, _b(b_money)))
    out = []
    for d in r.story.discrepancies:
        if d.kind in ("conflict", "precision") and d.slot in ("count", "quantity"):
            by = {s.document: s.text for s in d.sides}
            out.append((d.kind, by["a_orvan"], by["b_kelby"], float(d.confidence)))
    return out


def _on(found: list[tuple[str, str, str, float]], a_fig: str, b_fig: str) -> list[float]:
    return [c for _, a, b, c in found if a_fig in a and b_fig in b]


def test_a_measured_grant_is_compared_with_the_grant_counted_in_its_measure():
    found = _flags(GRANT_OF, MEASURED_GRANT)
    assert [c for c in _on(found, "14 million", "9 million") if c >= 0.5], found


def test_the_switch_off_never_compares_them(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(settings(), "measure_word_nouns", False)
    assert not _on(_flags(GRANT_OF, MEASURED_GRANT), "14 million", "9 million")


def test_a_measured_loan_is_not_the_grant():
    # the same measure, another thing: "a 3 million tessar loan" is no rival of the grant of "14 million tessars"
    found = _flags(GRANT_OF, "Health Minister Dalia Verhoek also announced a 3 million tessar loan to the town's "
                             "water company.")
    assert not [c for c in _on(found, "14 million", "3 million") if c >= 0.5], found


def _measures(text: str) -> dict[str, str | None]:
    import numpy as np
    from hand_sources import parsed_slots, source

    from newsprism.story.compare import measure_word

    src = source(0, parsed_slots(text), np.array([1.0, 0.0]))
    return {a.text: measure_word(src, 0, a) for a in src.sentences[0].amounts}


def test_the_reading_of_a_measure_word():
    assert _measures("The council approved a 9 million tessar grant.") == {"9 million": "tessar"}
    assert _measures("The 12 member committee met on Friday.") == {"12": "member"}
    # a plural head is what the number counts; a hyphened measure is read as the counted noun already
    assert _measures("The new wing will add 300 hospital beds.") == {"300": None}
    assert _measures("The firm runs a 1,200-seat concert hall.") == {"1,200": None}
    # the number right before a singular head it cannot count, with no measure between: nothing to read
    assert _measures("The council approved a grant of 9 million tessars.") == {"9 million": None}
