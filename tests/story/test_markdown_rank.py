"""The Markdown view ranks flags and puts the less certain ones behind "show more" (hand-built, no model)."""

from __future__ import annotations

from newsprism.model import Analysis, Discrepancy, Side, Story


def _flag(conf: float, word: str) -> Discrepancy:
    sides = [Side(document="a", outlet="Harbor Ledger", start=0, end=len(word), text=word, value=word),
             Side(document="b", outlet="Valley Courier", start=0, end=len(word), text=word, value=word)]
    return Discrepancy(kind="conflict", slot="count", topic=f"How many {word}", confidence=conf, sides=sides,
                       statement=f"Harbor Ledger reports {word}; Valley Courier reports other {word}.")


def test_markdown_confident_first_and_less_certain_folded(make_doc):
    docs = [make_doc("Title A\nBody one.\n", "a.txt"), make_doc("Title B\nBody two.\n", "b.txt")]
    docs[0].id, docs[1].id = "a", "b"
    story = Story(documents=["a", "b"], discrepancies=[_flag(0.3, "ferries"), _flag(0.9, "ships"),
                                                       _flag(0.6, "trucks")])
    from newsprism.story.markdown import story_markdown

    md = story_markdown(Analysis(documents=docs, story=story))
    shown, folded = md.split("<details>", 1)
    assert shown.index("How many ships") < shown.index("How many trucks")
    assert "ferries" not in shown and "How many ferries" in folded
    assert "## Conflicts (2)" in shown
