"""The encoder pass: its units cover every line, and its embeddings are exactly ``Encoder.embed``'s."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.encoder.units import pass_units, split_sentences
from newsprism.model import Paragraph

TEXT = ("Harbour strike ends\n"
        "Published 3 May\n"
        "Dock workers in Port Vell returned on Monday.  The union said talks went well.\n"
        "  \n"
        "Critics called the deal a sham.\n")


def test_pass_units_are_the_sentences_of_every_paragraph():
    paras = [Paragraph(start=0, end=19, kind="title"), Paragraph(start=20, end=35, kind="meta"),
             Paragraph(start=36, end=114, kind="body"), Paragraph(start=118, end=149, kind="body")]
    units = pass_units(TEXT, paras)
    assert [TEXT[a:b] for a, b, _ in units] == [
        "Harbour strike ends", "Published 3 May", "Dock workers in Port Vell returned on Monday.",
        "The union said talks went well.", "Critics called the deal a sham."]
    assert [p for _, _, p in units] == [0, 1, 2, 2, 3]


@pytest.mark.parametrize("text, want", [
    ("Mr. Dunn met Dr. Vale at 9 a.m. on Monday. They spoke.", ["Mr. Dunn met Dr. Vale at 9 a.m. on Monday.",
                                                               "They spoke."]),
    ('He asked: "Why now?" Nobody knew. J. R. Tolk wrote it!', ['He asked: "Why now?"', "Nobody knew.",
                                                                "J. R. Tolk wrote it!"]),
    ("The U.S. said no... Then yes.", ["The U.S. said no...", "Then yes."]),
    ("no end punctuation here", ["no end punctuation here"]),
])
def test_split_sentences_by_rules(text, want):
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == want


@pytest.mark.slow
def test_states_embeddings_equal_embed_and_windows_cover_long_texts():
    from newsprism.encoder import Encoder

    plain, layered = Encoder(), Encoder(layers=(3, 6))
    texts = ["The mayor of Port Vell denied the report on Tuesday.", "", "word " * 600]
    states = layered.states(texts)
    assert np.array_equal(np.stack([s.embedding for s in states]), plain.embed(texts))
    long = states[2]
    assert long.hidden.shape == (600, 2, 384) and len(long.offsets) == 600  # three windows, nothing dropped
    assert texts[2][long.offsets[-1][0] : long.offsets[-1][1]] == "word"
    assert states[1].hidden.shape == (0, 2, 384)
    # the last requested layer is the encoder's output: the same states as Encoder.tokens
    assert np.allclose(states[0].hidden[:, 1], plain.tokens(texts[:1])[0].hidden, atol=1e-5)


@pytest.mark.slow
def test_encoded_document_does_not_depend_on_other_documents(make_doc):
    from newsprism.encoder.document import EncoderPassComponent
    from newsprism.nlp.components import SentencesComponent
    from newsprism.pipeline import Pipeline

    a = "Harbour strike ends\n\nDock workers returned on Monday. The union said talks went well.\n"
    b = "Budget vote\n\nThe council passed the budget after a long night of debate about schools and roads.\n"
    # in the background (the default), overlapping the spaCy parse that follows it
    pipe = Pipeline([EncoderPassComponent(), SentencesComponent()])
    _, together = pipe.pipe_with_state([make_doc(a), make_doc(b)])
    _, alone = pipe.pipe_with_state([make_doc(a)])
    x, y = together[0].encoded, alone[0].encoded
    assert x is not None and y is not None
    assert x.units == y.units and np.array_equal(x.embeddings, y.embeddings)
    assert all(np.array_equal(p, q) for p, q in zip(x.states, y.states, strict=True))
    assert [a[s:e] for s, e, _ in x.units][1] == "Dock workers returned on Monday."
    now = Pipeline([EncoderPassComponent(background=False)]).pipe_with_state([make_doc(a)])[1][0].encoded
    assert now is not None and np.array_equal(now.embeddings, x.embeddings)


@pytest.mark.slow
def test_comment_embeddings_are_encoder_embed_of_each_comment_read_when_asked():
    from newsprism.encoder import get_encoder
    from newsprism.encoder.document import encode_document
    from newsprism.model import Comment, Document, Span

    text = ("Quay fees rise\n\nThe harbour board raised quay fees by a tenth on Monday.\n\n"
            "I doubt the board read the survey.\nFinally someone fixes the quay!\n")
    c1 = text.index("I doubt")
    c2 = text.index("Finally")
    comments = [Comment(author="Ilse Marr", text=text[c1 : c2 - 1], start=c1, end=c2 - 1),
                Comment(author="Tom Okafor", text=text[c2:-1], start=c2, end=len(text) - 1)]
    body = Paragraph(start=16, end=text.index("\n\nI doubt"), kind="body")
    doc = Document(id="quay", source="quay.txt", text=text, body=Span(start=body.start, end=body.end),
                   paragraphs=[Paragraph(start=0, end=14, kind="title"), body], comments=comments)
    enc = encode_document(doc)
    assert enc._comments is None  # nothing computed until a reader asks
    assert np.array_equal(enc.comments, get_encoder().embed([c.text for c in comments]))
    assert enc.comments is enc.comments  # computed once
    doc.comments = []
    assert encode_document(doc).comments.shape == (0, 384)


@pytest.mark.slow
def test_pass_keeps_last_layer_token_states_in_document_coordinates(make_doc):
    from newsprism.encoder import get_encoder
    from newsprism.encoder.document import encode_document

    text = ("Harbour strike ends\n\nDock workers returned on Monday. The union said talks went well.\n")
    enc = encode_document(make_doc(text))
    a = text.index("The union")
    b = text.index("well.") + len("well.")
    assert (a, b) in [(s, e) for s, e, _ in enc.units]
    hid, offs = enc.span_tokens(a, b)
    alone = get_encoder().tokens([text[a:b]])[0]
    # the unit's pieces, at document offsets, with the states Encoder.tokens gives for the same text
    assert [(int(x) - a, int(y) - a) for x, y in offs] == list(alone.offsets)
    assert np.allclose(hid, alone.hidden, atol=1e-5)
    assert [text[x:y] for x, y in enc.span_tokens(text.index("talks"), text.index("talks") + 5)[1]] == ["talks"]
    # a span across two units takes the pieces of both, in text order
    _, both = enc.span_tokens(text.index("Monday"), text.index("union") + 5)
    assert [text[x:y] for x, y in both] == ["Monday", ".", "The", "union"]
    assert enc.span_tokens(len(text), len(text) + 3)[0].shape == (0, 384)


@pytest.mark.slow
def test_events_read_the_pass_token_states_of_their_sentences(make_doc):
    from newsprism.encoder.document import EncoderPassComponent
    from newsprism.events.mentions import encode_sentences
    from newsprism.nlp.components import SentencesComponent
    from newsprism.pipeline import Pipeline

    # the rules do not cut before ``, spaCy does: that sentence is encoded on its own
    text = ("Ferry service resumes\n\nThe ferry to Isle Corran sailed again on Tuesday. "
            "Its owner, Brannock Lines, said repairs had cost a fortune. ``We are back,'' a captain said.\n")
    docs, states = Pipeline([EncoderPassComponent(), SentencesComponent()]).pipe_with_state([make_doc(text)])
    st = states[0]
    assert st.encoded is not None
    own = encode_sentences(st.spacy or [], text)
    shared = encode_sentences(st.spacy or [], text, st.encoded)
    assert [(u.start, u.end) for u in own] == [(u.start, u.end) for u in shared]
    units = {(a, b) for a, b, _ in st.encoded.units}
    assert any((u.start, u.end) in units for u in own) and any((u.start, u.end) not in units for u in own)
    for u, v in zip(own, shared, strict=True):
        # the same pieces with the same states as encoding each sentence alone, whether a unit of the pass is
        # the sentence (read from the pass) or not (encoded alone)
        assert u.offsets == v.offsets
        assert np.array_equal(u.hidden, v.hidden) and np.array_equal(u.embedding, v.embedding)
