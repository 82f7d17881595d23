"""Coordination signals on a hand-built thread; no model is loaded."""

from comments_summit import COPY, DUP_A, DUP_B, SUMMIT

from newsprism.comments.thread import _targets, coordination
from newsprism.model import Comment


def _texts(doc):
    return [doc.text[c.start : c.end] for c in doc.comments]


def test_planted_near_duplicate_under_different_authors_is_flagged(make_doc):
    doc = make_doc(SUMMIT)
    signals = coordination(doc, _texts(doc))
    dup = [s for s in signals if s.kind == "near_duplicate"]
    assert len(dup) == 1 and dup[0].comments == [DUP_A, DUP_B]
    assert dup[0].authors == ["steel_town", "mill_worker_88"]
    for ev in dup[0].evidence:
        assert doc.text[ev.start : ev.end] == ev.text == doc.comments[ev.comment].text


def test_copy_of_article_sentence_has_both_spans(make_doc):
    doc = make_doc(SUMMIT)
    copies = [s for s in coordination(doc, _texts(doc)) if s.kind == "article_copy"]
    assert [s.comments for s in copies] == [[COPY]]
    [comment_ev], article_ev = copies[0].evidence, copies[0].article
    assert doc.text[comment_ev.start : comment_ev.end] == comment_ev.text
    assert doc.body.start <= article_ev.start < article_ev.end <= doc.body.end
    assert article_ev.text.startswith("The two governments signed a customs pact")
    assert copies[0].words >= 20


def test_prolific_author_and_burst(make_doc):
    doc = make_doc(SUMMIT)
    for i, c in enumerate(doc.comments):
        c.posted = f"2026-05-05T10:{i * 20:02d}:00" if i < 3 else f"2026-05-05T12:00:{i * 5:02d}"
    doc.comments[1].author = doc.comments[3].author = doc.comments[4].author = "steel_town"
    signals = coordination(doc, _texts(doc))
    prolific = [s for s in signals if s.kind == "prolific_author"]
    assert len(prolific) == 1 and prolific[0].comments == [1, 3, 4]
    bursts = [s for s in signals if s.kind == "burst"]
    assert len(bursts) == 1 and bursts[0].comments == [3, 4, 5, 6]


def test_no_timestamps_no_burst(make_doc):
    doc = make_doc(SUMMIT)
    assert not [s for s in coordination(doc, _texts(doc)) if s.kind == "burst"]


def test_insult_target_is_what_the_insult_is_predicated_of(make_doc):
    from newsprism.comments.abuse import find_abuse
    from newsprism.comments.civility import Civility

    doc = make_doc(SUMMIT)
    text = "Anyone who supports this pact is an idiot who never set foot in a mill."
    civ = Civility(toxicity=0.9, toxic=True, abuse=find_abuse(text))
    assert _targets(doc, text, civ) == [("Anyone who supports this pact", "other")]
    doc.comments.append(Comment(author="Vera", text="x", start=0, end=1))
    assert ("steel_town", "commenter") in _targets(doc, "steel_town you are a moron", None)
