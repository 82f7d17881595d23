"""The sentence of a precision flag words every side by its own precision (issue 11: one plain-English sentence a
journalist could quote). Two vague sides are both called vague, never one of them "precise". Invented sides."""

from __future__ import annotations

from newsprism.claims.amounts import Amount
from newsprism.story.compare import Side
from newsprism.story.flags import _say


def _side(source: int, text: str, bound: str, low: float, high: float) -> Side:
    value = None if bound == "vague" else low if low == high else None
    amount = Amount(start=0, end=len(text), text=text, value=value, low=low, high=high, bound=bound,  # type: ignore[arg-type]
                    dim="count", noun="volunteer")
    return Side(source=source, sentence=0, start=0, end=len(text), text=text, value=text, amount=amount)


def test_one_vague_side_against_a_figure():
    said = _say("precision", "count", "bound", [("The Lowmarsh Courier", _side(1, "42 volunteers", "exact", 42, 42)),
                                                 ("Radio Fenby", _side(0, "dozens of volunteers", "vague", 24, 99))])
    assert said == ("Radio Fenby gives a vague figure, “dozens of volunteers”; "
                    "The Lowmarsh Courier is precise: “42 volunteers”.")


def test_two_vague_sides_are_both_vague():
    said = _say("precision", "count", "bound", [("The Lowmarsh Courier", _side(0, "dozens of volunteers", "vague", 24, 99)),
                                                 ("Radio Fenby", _side(1, "scores of volunteers", "vague", 40, 99)),
                                                 ("Fenby Daily", _side(2, "42 volunteers", "exact", 42, 42))])
    assert "Radio Fenby is precise" not in said
    assert said.startswith("The Lowmarsh Courier gives a vague figure, “dozens of volunteers”; "
                           "Radio Fenby gives a vague figure, “scores of volunteers”; ")
    assert said.endswith("Fenby Daily is precise: “42 volunteers”.")
