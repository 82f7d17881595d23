"""NLP core: spaCy parsing, canonical entities and actors, date resolution."""

from newsprism.nlp.canonical import build_actors, extract_entities, link_across
from newsprism.nlp.spacy_pipe import ParsedPiece, get_nlp, parse_many

__all__ = ["ParsedPiece", "build_actors", "extract_entities", "get_nlp", "link_across", "parse_many"]
