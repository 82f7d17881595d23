"""Round 31 (events engineer): a picture's caption or credit is page furniture, not the story (benchmarks/events.md,
"Round 31"). Invented sentences, no audit text.

- a paragraph that opens with a caption label and a separator ("Photo - ...", "Image: ...") or with a caption label
  and a lower-case word in a paragraph that ends no sentence ("Rendering of ... created by ...") is a caption;
- a story sentence that opens with such a word ("Video footage showed ...", "Photographers ...") and a name that
  opens with one ("Credit Suisse ...") are not.
"""

from __future__ import annotations

from events_floor import analyze_events

from newsprism.events.clauses import caption_paragraphs
from newsprism.ingest import parse_text_article


def test_caption_paragraphs_are_the_labelled_ones():
    text = ("Rebels attacked the Orvan police station on Monday, the ministry said.\n"
            "Photo - The Velka police rifle used in the drill fires a paint pellet at the target.\n"
            "Rendering of the new Kell tablet created by Ana Vell\n"
            "Picture shows the Orvan bridge after the flood\n"
            "Photographers gathered outside the Orvan court on Tuesday.\n"
            "Photo-sharing app Kellgram banned two accounts on Tuesday.\n"
            "Credit Suisse fined Velka Bank over the Orvan loans\n"
            "[Image: the Velka council hall]\n"
            "Picture of the Orvan bridge after the flood, released by the ministry on Tuesday.\n")
    doc = parse_text_article(text, "r31", titled=False)
    assert [p.kind for p in doc.paragraphs] == ["body"] * 9
    assert caption_paragraphs(doc) == frozenset({1, 2, 3, 7})


def test_a_caption_states_no_event():
    triggers = [e.trigger for e in analyze_events(
        "Rebels attacked the Orvan police station on Monday, the ministry said.\n"
        "Rendering of the new Kell tablet created by Ana Vell\n"
        "Photo - The Velka police rifle used in the drill fires a paint pellet at the target.\n"
        "Police arrested two men in Velka on Tuesday, officials said.", "r31").events]
    assert "attacked" in triggers and "arrested" in triggers
    assert "created" not in triggers and "fires" not in triggers


def test_a_story_sentence_opening_with_a_caption_word_stays():
    triggers = [e.trigger for e in analyze_events(
        "Video footage later showed that rebels seized the Orvan police station on Monday.\n"
        "Photographers said police arrested two men in Velka on Tuesday.", "r31").events]
    assert "seized" in triggers and "arrested" in triggers
