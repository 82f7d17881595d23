"""Loads the shipped technique model: an invented opinion piece shows author-voice techniques, and an
invented neutral report's quoted insults come out attributed."""

import pytest
from docparts import doc_from_parts as make_doc

OPINION = [
    "Stop the Harbour Tax Now",
    "This disastrous, corrupt council has betrayed every hardworking family in Port Elsin. Only a fool would "
    "believe their pathetic excuses any longer.",
    "The new harbour tax is nothing but a shameless power grab by career politicians who despise ordinary "
    "people. Enough is enough: we must stop them before they destroy everything our grandparents built.",
]
REPORT = [
    "Port Elsin council approves harbour fee",
    "The Port Elsin council approved a new harbour fee on Tuesday by a vote of seven to two. The fee of "
    "four euros per berth takes effect in March.",
    'Critics called the plan a "sham" and a "disgraceful cash grab", while the mayor said the money would '
    "pay for repairs to the north pier.",
]


@pytest.fixture(scope="module")
def analyzed():
    from newsprism.encoder.document import EncoderPassComponent
    from newsprism.genre.component import GenreComponent
    from newsprism.pipeline import Pipeline
    from newsprism.techniques.components import FramesComponent, TechniqueModelComponent, TechniquesComponent

    docs = [make_doc(OPINION, "opinion"), make_doc(REPORT, "report")]
    return Pipeline([EncoderPassComponent(), TechniqueModelComponent(), TechniquesComponent(), GenreComponent(),
                     FramesComponent()]).pipe(docs)


@pytest.mark.slow
def test_opinion_has_author_voice_techniques(analyzed):
    op = analyzed[0]
    author = {s.technique for s in op.techniques if s.voice == "author"}
    assert len(author) >= 2, op.techniques
    for s in op.techniques:
        assert op.text[s.start : s.end] == s.text and s.explanation
    assert op.technique_summary.author_per_1000_words > 0
    assert any(p.techniques for p in op.paragraph_techniques)


@pytest.mark.slow
def test_report_quoted_words_are_attributed(analyzed):
    rep = analyzed[1]
    quoted = [s for s in rep.techniques if "sham" in s.text or "cash grab" in s.text]
    assert quoted, rep.techniques
    assert all(s.voice == "attributed" for s in quoted)
    op_rate = analyzed[0].technique_summary.author_per_1000_words
    assert rep.technique_summary.author_per_1000_words < op_rate


@pytest.mark.slow
def test_genre_and_frames_are_filled(analyzed):
    for d in analyzed:
        assert d.genre is not None and abs(sum(s.score for s in d.genre.scores) - 1) < 0.01
        assert d.frames and all(0 <= f.score <= 1 for f in d.frames)
    # An 80-word rant is shorter than any training article; the genre model (data/genre.npz) may call it satire.
    # Longer invented pieces are checked in test_genre.py. It must not read as reporting.
    assert analyzed[0].genre.label != "reporting", analyzed[0].genre
