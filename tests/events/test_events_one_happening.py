"""One event per happening (issue 11, round 5): what a directive demands, the aim of an act and a noun whose doer
is only its governing verb's subject are no events of their own. Invented text (fictional people and places)."""

from __future__ import annotations

import pytest
from events_floor import analyze_events

pytestmark = pytest.mark.slow

ARTICLE = """Harbour League Takes Drava Ministry to Court
The Harbour League sued the Drava Ministry of Fisheries on Tuesday in an effort to overturn the ban on night trawling.
Every member of the Varnish Council on Monday demanded Councillor Ilse Varga step down as chair over her remarks.
Tomas Pelko and other fishermen gathered outside the town hall in Dravik to push for passage of the harbour bill.
The mayor leaned on Councillor Jon Brask to drop out of the race.
Governor Rhea Stolz has faced sharp criticism from both parties for her calls to close the Kestor port.
"""

RELEASE = """Drava Ministry Releases Harbour E-mails
The Drava Ministry of Fisheries released the harbour e-mails to reporters on Friday.
The Drava Reform Party welcomed the release of the harbour e-mails, saying they showed the ministry had misled voters.
"""




@pytest.fixture(scope="module")
def doc():
    return analyze_events(ARTICLE, "league.txt")


def _owner(doc, word):
    """The events that state ``word`` as their trigger, and those that hold it as a mention."""
    heads = [e for e in doc.events if e.trigger.lower() == word]
    holders = [e for e in doc.events if word in [m.text.lower() for m in e.mentions]]
    return heads, holders


def _show(doc):
    return [(e.trigger, e.actor, [m.text for m in e.mentions]) for e in doc.events]


def test_what_a_directive_demands_is_part_of_the_demand(doc):
    """A bare (subjunctive) complement, "demanded X step down", is the content of the demand."""
    heads, holders = _owner(doc, "step")
    assert not heads, _show(doc)
    assert [e.trigger for e in holders] == ["demanded"], _show(doc)


def test_the_aim_of_an_act_is_part_of_the_act(doc):
    """A purpose infinitive ("gathered ... to push") and "in an effort to" tell the aim of the act."""
    for aim, act in (("push", "gathered"), ("overturn", "sued")):
        heads, holders = _owner(doc, aim)
        assert not heads, _show(doc)
        assert [e.trigger for e in holders] == [act], _show(doc)


def test_what_another_is_pressed_to_do_is_no_aim(doc):
    """In "leaned on X to drop out" X drops out: no purpose of the leaning, so not folded into it."""
    _heads, holders = _owner(doc, "drop")
    assert all(e.trigger != "leaned" for e in holders), _show(doc)


def test_the_complement_of_a_directive_noun_is_not_the_verb_aim(doc):
    """"faced criticism for her calls to close the port": closing is what the calls ask for, not the aim of facing
    criticism, whatever the parser attaches it to."""
    _heads, holders = _owner(doc, "close")
    assert all(e.trigger != "faced" for e in holders), _show(doc)


def test_a_noun_whose_doer_is_borrowed_does_not_split_its_happening():
    """"the Drava Reform Party welcomed the release" does not say the party released anything: the release is the
    ministry's releasing, one event with its noun as a mention."""
    d = analyze_events(RELEASE, "release.txt")
    heads, holders = _owner(d, "release")
    assert not heads, _show(d)
    assert [e.trigger for e in holders] == ["released"], _show(d)
    assert holders[0].actor is not None and "Ministry" in holders[0].actor, _show(d)


def test_an_aim_is_not_the_event_when_its_act_is_there():
    """"will promise to act on her own to reduce crime": the event is the acting (the promise's content), the
    reducing is its aim, a mention of it."""
    d = analyze_events("Varga Pledges Harbour Action\nMayor Ilse Varga will also promise to act on her own to reduce "
                 "harbour crime wherever possible, her office said on Monday.\n", "pledge.txt")
    heads, holders = _owner(d, "reduce")
    assert not heads, _show(d)
    assert [e.trigger for e in holders] == ["act"], _show(d)
