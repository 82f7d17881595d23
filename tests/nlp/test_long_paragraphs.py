"""Long paragraphs reach spaCy in pieces, and every entity offset still points into the stored text."""

from newsprism.ingest import from_text
from newsprism.nlp.spacy_pipe import chunk_spans, parse_many


def test_chunks_cover_the_text_and_prefer_sentence_ends():
    text = "The council met in Velmora. " * 2_000  # 56,000 characters, one paragraph
    spans = chunk_spans(text, limit=20_000)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(e - s <= 20_000 for s, e in spans)
    assert all(text[s:e].endswith(". ") for s, e in spans[:-1])


def test_a_text_without_spaces_is_cut_hard():
    spans = chunk_spans("x" * 45_000, limit=20_000)
    assert spans == [(0, 20_000), (20_000, 40_000), (40_000, 45_000)]


def test_entities_in_a_late_chunk_keep_true_offsets():
    filler = "The fishers of the northern coast waited for news. " * 600  # ~30,000 characters
    doc = from_text("Harbour talks\n" + filler + "Mayor Ilsa Brenner visited Kestoria on Monday.\n", "long.txt")
    [pieces] = parse_many([doc])
    assert len(pieces) >= 3  # title + at least two pieces of the long paragraph
    hits = [(off + e.start_char, off + e.end_char) for _, off, sd in pieces for e in sd.ents
            if "Brenner" in e.text]
    assert hits and all("Brenner" in doc.text[s:e] for s, e in hits)
