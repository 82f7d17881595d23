"""Round 17 (events engineer): the fragment check reads the shape of a trigger's line and sentence
(``fragment.layout_features``): page furniture (an image credit, a related-link headline, a byline) and list items
stand on a line that does not end as a sentence ends; a caption may have no finite verb; a generic or habitual
statement is often told in the simple present. Invented text, no audit text."""

from __future__ import annotations

import pytest
from events_floor import token_of

from newsprism.events.fragment import LAYOUT_NAMES, layout_features


def _f(text: str, word: str) -> dict[str, float]:
    return dict(zip(LAYOUT_NAMES, layout_features(token_of(text, word)), strict=True))


def test_an_image_credit_is_a_caption_without_a_finite_verb():
    f = _f("Drawing of the new Orvan ferry terminal created by Mara Holt", "created")
    assert f["line_unterminated"] == 1.0 and f["line_caption"] == 1.0
    assert f["sentence_no_finite_verb"] == 1.0


def test_a_related_link_headline_is_a_caption_with_capitalised_words():
    f = _f("Velka Shipping Profits Beat Forecasts Again", "Beat")
    assert f["line_caption"] == 1.0 and f["line_title_case"] > 0.5


def test_a_told_happening_ends_as_a_sentence_ends():
    for text, word in (("The Port Vell council approved the harbour budget on Monday.", "approved"),
                       ("\u201cWe closed the depot,\u201d said Ilse Marren.", "closed"),
                       ("Did the council close the depot?", "close")):
        f = _f(text, word)
        assert f["line_unterminated"] == 0.0 and f["line_caption"] == 0.0 and f["line_list_item"] == 0.0
        assert f["sentence_no_finite_verb"] == 0.0


@pytest.mark.parametrize("text", [
    "fix an issue where saved ferry tickets could vanish from the wallet,",
    "- fix an issue where saved ferry tickets could vanish from the wallet",
    "fix an issue where saved ferry tickets could vanish from the wallet, and",
])
def test_a_list_item_is_read_as_one(text):
    assert _f(text, "vanish")["line_list_item"] == 1.0


def test_a_long_unterminated_line_is_no_caption():
    text = ("The Port Vell council approved the harbour budget on Monday after a long debate in which the mayor, "
            "the union and the ferry operators each argued for a share of the money")
    f = _f(text, "approved")
    assert f["line_unterminated"] == 1.0 and f["line_caption"] == 0.0


def test_the_simple_present_is_read_and_the_past_is_not():
    assert _f("Dockers in Velka never talk to the press.", "talk")["clause_present_simple"] == 1.0
    assert _f("Most of the stories are shared on social media.", "shared")["clause_present_simple"] == 1.0
    assert _f("The dockers talked to the press on Monday.", "talked")["clause_present_simple"] == 0.0
    assert _f("The dockers have talked to the press.", "talked")["clause_present_simple"] == 0.0
    assert _f("The dockers are talking to the press.", "talking")["clause_present_simple"] == 0.0
    assert _f("Dockers in Velka do not talk to the press.", "talk")["clause_present_simple"] == 1.0
