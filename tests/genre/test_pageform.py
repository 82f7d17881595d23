"""The not-an-article check: section fronts, consent walls, link lists, login and error pages are not articles;
a wire report, an opinion piece and a two-paragraph brief are (no model is loaded)."""

import genre_fixtures as pages
import pytest

from newsprism.genre.pageform import not_article_rule, page_form, rule_confidence


@pytest.mark.parametrize("name", ["SECTION_FRONT", "CONSENT_WALL", "LINK_LIST", "LOGIN_PAGE", "ERROR_PAGE"])
def test_pageform_pages_that_are_not_articles_are_flagged(name):
    rule, form = not_article_rule(getattr(pages, name))
    assert rule is not None, form
    assert 0.5 < rule_confidence(rule) <= 1.0


@pytest.mark.parametrize("name", ["WIRE_REPORT", "OPINION", "BRIEF", "FRENCH_REPORT"])
def test_pageform_articles_pass(name):
    rule, form = not_article_rule(getattr(pages, name))
    assert rule is None, form


def test_pageform_an_article_with_a_cookie_line_and_related_links_still_passes():
    text = pages.WIRE_REPORT + "We use cookies. Accept all\nRead more\n" + pages.LINK_LIST
    assert not_article_rule(text)[0] is None


def test_pageform_counts_what_the_rules_read():
    f = page_form(pages.CONSENT_WALL)
    assert f.cue_hits >= 5 and f.paragraphs == 0
    g = page_form(pages.WIRE_REPORT)
    assert g.prose_words > 150 and g.prose_share > 0.9 and g.bare_share == 0.0
