"""Cutting text at span boundaries never loses, duplicates or misplaces a character."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.model import TechniqueSpan
from newsprism.report.highlight import Evidence, blocks, family_of

TEXT = "Title Line\nFirst body paragraph has several words in it.\nSecond one is shorter.\n"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(TEXT)), st.integers(0, len(TEXT))), max_size=12),
       st.lists(st.tuples(st.integers(0, len(TEXT)), st.integers(0, len(TEXT))), max_size=4))
def test_segments_tile_each_paragraph_and_carry_the_right_spans(make_doc_factory, spans, evs):
    doc = make_doc_factory(TEXT)
    doc.techniques = [TechniqueSpan(technique="Loaded_Language", start=min(a, b), end=max(a, b),
                                    text=TEXT[min(a, b):max(a, b)], score=0.5) for a, b in spans if a != b]
    evidence = [Evidence(min(a, b), max(a, b), f"e{k}") for k, (a, b) in enumerate(evs) if a != b]
    out = blocks(doc, evidence)
    paras = [p for p in doc.paragraphs if p.kind in ("title", "body")]
    assert len(out) == len(paras)
    for b, p in zip(out, paras, strict=True):
        assert "".join(s.text for s in b.segments) == TEXT[p.start:p.end]
        pos = p.start
        for s in b.segments:
            assert s.start == pos
            end = pos + len(s.text)
            assert {id(t) for t in s.techniques} == {id(t) for t in doc.techniques if t.start <= pos and t.end >= end}
            pos = end
    anchors = [a for b in out for s in b.segments for a in s.anchors]
    assert sorted(anchors) == sorted(e.anchor for e in evidence)


def test_unknown_technique_falls_back_to_other_family():
    assert family_of("Name_Calling-Labeling") == "attack"
    assert family_of("Made_Up") == "other"


def test_every_semeval_technique_has_a_family(shared_data):
    labels = (shared_data / "semeval2023-en" / "techniques_subtask3.txt").read_text().split()
    assert len(labels) == 23
    assert [t for t in labels if family_of(t) == "other"] == []
