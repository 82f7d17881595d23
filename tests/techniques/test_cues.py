"""Cue rules for the rare techniques (newsprism.techniques.cue_rules), on invented text; no model needed."""

import json
import re

from docparts import doc_from_parts as make_doc

from newsprism.model import TechniqueSpan
from newsprism.pipeline import DocState
from newsprism.techniques.components import technique_summary
from newsprism.techniques.cue_rules import TechniqueCuesComponent, cue_data, cue_spans, find_cues, load_cues
from newsprism.techniques.model import labels

OPINION = [
    "Why Lindmark Must Stand Firm",
    "The harbour treaty is a betrayal, and the ministers who signed it know it. As Lindmarkers, we owe our "
    "children a country that still decides for itself.",
    "Our great nation did not survive two wars to be lectured by bankers in Castova. Our flag still means "
    "something, whatever the treaty lawyers say.",
    "The Castovan press calls our tariffs a disgrace. What about their own export bans, which they never "
    "mention? Their double standard is plain: rules for thee, not for me.",
    "Every fisherman in Varrow knows the treaty is an existential threat to our way of life.",
]
REPORT = [
    "Lindmark parliament ratifies harbour treaty",
    "The Lindmark parliament ratified the harbour treaty with Castova on Thursday by 88 votes to 61.",
    'Opposition leader Ada Varn said that "our great nation does not need Castova\'s permission" and asked: '
    '"What about their own export bans?"',
    "The treaty takes effect in May and sets quotas for three fishing grounds.",
]
NEWS = [
    "Ferry timetable changes in spring",
    "The Varrow ferry will run every forty minutes from 3 April, the operator said on Monday. Tickets bought "
    "before that date remain valid, and the night service is unchanged.",
]


def all_cues():
    return load_cues(shipped_only=False)


def fired(doc, cues, technique):
    return [f for f in find_cues(doc, cues) if f.cue.technique == technique]


def test_cue_file_is_consistent():
    data = cue_data()
    known = set(labels()["techniques"])
    ids = [c["id"] for c in data["cues"]]
    assert len(ids) == len(set(ids))
    for c in data["cues"]:
        assert c["technique"] in known, c
        assert c["extent"] in ("match", "clause", "sentence")
        for p in c["patterns"]:
            re.compile(p)
        if c.get("ship"):  # only cues measured at or above the bar run
            assert c["precision"] >= data["min_precision"] and c["firings"] >= data["min_firings"], c
    shipped = load_cues()
    assert shipped and all(c.ship for c in shipped)
    assert len(shipped) < len(all_cues())


def test_opinion_lines_fire_with_the_right_technique_and_author_voice():
    doc = make_doc(OPINION, "op")
    cues = all_cues()
    hyp = fired(doc, cues, "Appeal_to_Hypocrisy")
    assert any("double standard" in f.match.lower() for f in hyp)
    assert all(f.voice == "author" for f in hyp)
    what = fired(doc, cues, "Whataboutism")
    assert len(what) == 1 and what[0].voice == "author"
    assert doc.text[what[0].start : what[0].end].startswith("What about their own export bans")
    flag = fired(doc, cues, "Flag_Waving")
    assert {f.match.lower() for f in flag} >= {"our great nation", "our flag"}
    assert all(f.voice == "author" for f in flag)
    fear = fired(doc, cues, "Appeal_to_Fear-Prejudice")
    assert fear and "existential threat" in fear[0].match


def test_component_adds_shipped_spans_with_voice_explanation_and_summary():
    doc = make_doc(OPINION, "op", sentences=True)
    doc.techniques = []
    doc.technique_summary = technique_summary(doc)
    TechniqueCuesComponent()(doc, DocState())
    shipped = {c.id: c for c in load_cues()}
    assert doc.techniques
    for s in doc.techniques:
        assert doc.text[s.start : s.end] == s.text and s.voice == "author"
        cue_id = re.match(r"cue '([^']+)'", s.explanation).group(1)
        assert cue_id in shipped and shipped[cue_id].technique == s.technique
        assert s.score == round(shipped[cue_id].precision, 3)
    assert "Flag_Waving" in {s.technique for s in doc.techniques}
    assert doc.technique_summary.author_per_1000_words > 0
    assert {t.technique: t.count for t in doc.technique_summary.top}.get("Flag_Waving", 0) >= 1


def test_report_quoting_flag_waving_and_whataboutism_is_attributed():
    doc = make_doc(REPORT, "rep")
    cues = all_cues()
    quoted = [f for f in find_cues(doc, cues) if f.cue.technique in ("Flag_Waving", "Whataboutism")]
    assert {f.cue.technique for f in quoted} == {"Flag_Waving", "Whataboutism"}
    assert all(f.voice == "attributed" for f in quoted), quoted
    doc.techniques = []
    TechniqueCuesComponent()(doc, DocState())
    assert doc.techniques and all(s.voice == "attributed" for s in doc.techniques)
    assert all(s.explanation.startswith("attributed (") for s in doc.techniques)
    assert doc.technique_summary.author_per_1000_words == 0


def test_plain_news_gets_nothing():
    doc = make_doc(NEWS, "news")
    assert find_cues(doc, all_cues()) == []
    doc.techniques = []
    TechniqueCuesComponent()(doc, DocState())
    assert doc.techniques == []


def test_no_duplicate_of_a_model_span_of_the_same_technique():
    doc = make_doc(OPINION, "op")
    s = doc.text.index("Our great nation")
    model_span = TechniqueSpan(technique="Flag_Waving", start=s, end=s + 16, text=doc.text[s : s + 16], score=0.5)
    other = TechniqueSpan(technique="Loaded_Language", start=s, end=s + 16, text=doc.text[s : s + 16], score=0.5)
    cues = load_cues(shipped_only=False)
    out = cue_spans(doc, cues, [model_span, other])
    assert not any(x.technique == "Flag_Waving" and x.start < s + 16 and x.end > s for x in out)
    assert any(x.technique == "Flag_Waving" for x in out)  # the other flag-waving lines still come out
    # and no two cue spans of one technique overlap
    for a in out:
        for b in out:
            if a is not b and a.technique == b.technique:
                assert min(a.end, b.end) <= max(a.start, b.start)


def test_extents_and_question_constraint():
    data = {"cues": [
        {"id": "t.clause", "technique": "Flag_Waving", "why": "w", "patterns": [r"\bour flag\b"], "extent": "clause",
         "ship": True, "precision": 0.5},
        {"id": "t.match", "technique": "Slogans", "why": "w", "patterns": [r"\bno surrender\b"], "extent": "match",
         "ship": True, "precision": 0.5},
        {"id": "t.q", "technique": "Whataboutism", "why": "w", "patterns": [r"\bwhat about\b"], "extent": "sentence",
         "question": True, "ship": True, "precision": 0.5},
    ]}
    cues = load_cues(data=data)
    doc = make_doc(["T", "Yes, our flag flies high; no surrender. What about the rest. What about them?"], "x")
    got = {(f.cue.id, doc.text[f.start : f.end]) for f in find_cues(doc, cues)}
    assert got == {("t.clause", "our flag flies high"), ("t.match", "no surrender"),
                   ("t.q", "What about them?")}


def test_registered_right_after_the_model_component():
    from importlib import resources

    from newsprism.pipeline.factories import get_factory

    assert get_factory("newsprism.technique_cues.v1") is TechniqueCuesComponent
    cfg = json.loads(resources.files("newsprism.pipeline").joinpath("default.json").read_text())
    names = [c["factory"] for c in cfg["components"]]
    assert names.index("newsprism.technique_cues.v1") == names.index("newsprism.techniques.v1") + 1
