"""NLP core: spaCy parsing, canonical entities and actors, date resolution."""

from newsprism.nlp.canonical import build_actors, extract_entities, link_across
from newsprism.nlp.spacy_pipe import get_nlp, parse_many, spacy_docs

__all__ = ["build_actors", "extract_entities", "get_nlp", "link_across", "parse_many", "spacy_docs"]
