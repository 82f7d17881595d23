"""The dated clauses of round 56's likeness (``compare.clause_sims``) are read only where they can change a finding,
and embedded in the story's one sentence batch (switch ``date_clause_needed_only``, round 57, issue 11: round 56's
reading of every pair cost the story step about 8 % CPU). A day of saying keeps its sentence's cosine, so its clause
is never parsed nor embedded; a pair the date tests turn away whatever its likeness (``compare._days_compared``: a
weekday against a day of a month with no year, nothing shared) needs no clause; and the clauses of a story's dates
join its sentences' encoder batch (``compare.story_clause_texts``), so comparing two sources calls the encoder no more.
The findings are those of reading every pair. The sentence vectors are placed by hand; the clauses are embedded by
the shared encoder. Invented sentences, fictional names and outlets."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from hand_sources import parsed_slots, vectors

from newsprism.story.compare import Source, compare_pair, dated_clause, settings, story_clause_texts
from newsprism.story.sources import Vectors

OPENED = ("The Varrow footbridge over the Lessing canal opened to walkers on June 6, and the town band played "
          "on the towpath while two cafes handed out free lemonade to the crowd.")
REOPENED = ("The Varrow footbridge over the Lessing canal opened to walkers on June 8, according to a notice from "
            "the harbour board, which also says the lighting on the towpath is not finished.")
SAID = "The Lessing harbour board said on Tuesday that the Varrow footbridge would close at night until the lamps work."
SHUT = "The Varrow footbridge over the Lessing canal was shut to walkers on Tuesday after a railing came loose."
HELD = ("The Lessing harbour board held its vote on the Varrow footbridge on May 14, and three members asked for "
        "a second survey of the old canal wall.")


class Recorder:
    """The story's :class:`Vectors`, recording each text its encoder is asked to embed."""

    def __init__(self) -> None:
        self.vectors = Vectors()
        self.embedded: list[str] = []
        enc = self.vectors.enc
        outer = self

        class Counting:
            def embed(self, texts: Sequence[str], **kw: object) -> np.ndarray:
                outer.embedded += list(texts)
                return enc.embed(texts, **kw)

        self.vectors.enc = Counting()  # type: ignore[assignment]


def _sources(a: str, b: str, cos: float = 0.45) -> tuple[Source, Source, Recorder]:
    rec = Recorder()
    va, vb = vectors(cos)
    out = []
    for i, (text, vec) in enumerate(((a, va), (b, vb))):
        s = parsed_slots(text)
        out.append(Source(index=i, name=f"Outlet {i}", sentences=[s], vectors=np.array([vec]), text=s.text,
                          embed=rec.vectors.get))
    return out[0], out[1], rec


def _dates(findings: list) -> list[tuple[str, str, str, float]]:
    return [(f.kind, f.a.text, f.b.text, f.features["sentence"]) for f in findings if f.slot == "date"]


def _clause(text: str) -> str:
    s, _, _ = _sources(text, text)
    clause = dated_clause(s, 0, s.sentences[0].dates[0])
    assert clause is not None
    return clause


@pytest.mark.slow
def test_a_day_of_saying_is_never_embedded():
    sa, sb, rec = _sources(SAID, SHUT)
    compare_pair(sa, sb)
    assert _clause(SAID) not in rec.embedded


@pytest.mark.slow
def test_a_pair_the_date_tests_turn_away_embeds_no_clause():
    # "on Tuesday" against "on May 14", no year told: the two dates share nothing, so no likeness makes them a pair
    sa, sb, rec = _sources(SHUT, HELD)
    assert _dates(compare_pair(sa, sb)) == []
    assert rec.embedded == []


@pytest.mark.slow
def test_the_story_batch_holds_the_clauses_so_comparing_calls_no_encoder():
    sa, sb, rec = _sources(OPENED, REOPENED)
    rec.vectors.add(story_clause_texts([sa, sb]))
    before = len(rec.embedded)
    assert before > 0
    compare_pair(sa, sb)
    assert len(rec.embedded) == before


@pytest.mark.slow
def test_the_findings_are_those_of_reading_every_pair(monkeypatch: pytest.MonkeyPatch):
    sa, sb, _ = _sources(OPENED, REOPENED)
    mine = _dates(compare_pair(sa, sb))
    assert mine and mine[0][:3] == ("conflict", "June 6", "June 8")
    monkeypatch.setitem(settings(), "date_clause_needed_only", False)
    sa, sb, _ = _sources(OPENED, REOPENED)
    assert _dates(compare_pair(sa, sb)) == mine
