"""Shared helpers of the events tests (not a test module)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_confidence_floor() -> Iterator[None]:
    """Every event the rules keep, without the confidence floor (``min_event_confidence``), the happening
    filter's floor (``min_happening``), the fragment check's (``max_fragment``) or the duplicate fold
    (``min_duplicate``): the tests of the rules read
    events a floor would hide; the floors have their own tests."""
    from newsprism.events.group import confidence_config

    cfg = confidence_config()
    saved = {k: cfg.get(k) for k in ("min_event_confidence", "min_happening", "max_fragment",
                                     "min_duplicate")}
    cfg.update(dict.fromkeys(saved))
    try:
        yield
    finally:
        cfg.update(saved)


def analyze_events(text: str, name: str, published: str = "2031-04-12"):
    """One invented article through the layers the events read (encoder pass, sentences, entities, dates,
    events), with every floor off (`no_confidence_floor`)."""
    from newsprism.encoder.document import EncoderPassComponent
    from newsprism.events.components import EventsComponent
    from newsprism.ingest import parse_text_article
    from newsprism.nlp.components import DatesComponent, EntitiesComponent, SentencesComponent
    from newsprism.pipeline import Pipeline

    d = parse_text_article(text, name)
    d.published = published
    with no_confidence_floor():
        return Pipeline([EncoderPassComponent(), SentencesComponent(), EntitiesComponent(), DatesComponent(),
                         EventsComponent()]).pipe([d])[0]


def token_of(text: str, word: str):
    """The first spaCy token of ``text`` that is ``word``, parsed by the shipped pipeline."""
    from newsprism.nlp.spacy_pipe import get_nlp

    return next(t for t in get_nlp()(text) if t.text == word)


class SentenceOnly:
    """The one field of a sentence unit the clause rules read (``span``, for a closing question mark), for one
    sentence parsed by the shipped pipeline."""

    def __init__(self, sentence: str):
        from newsprism.nlp.spacy_pipe import get_nlp

        self.span = get_nlp()(sentence)[:]
