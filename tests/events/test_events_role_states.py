"""Round 19 (state19): a job, office or role held is a standing state, not a happening (issue 11). Invented
sentences, no audit text.

- a role verb with "as" ("works as a nurse", "served as mayor", "doubled as the clinic's director");
- a verb of employment with an employer ("worked for the Orvan police in the 1990s", "worked at Velka"), or in
  the perfect with "with" / "on" ("has worked with the party": a career);
- a verb of office with a body ("served on the board of the Kell bank");
- a programme presented ("has hosted a TV show on the Velka network since 2009"), a role taken ("played a lead
  role in both inquiries"), an origin ("hails from the Orvan Gazette").
A time is no employer, a future or modal role is the status's business, and hosting a meeting is a happening.
"""

from __future__ import annotations

import pytest
from events_floor import analyze_events, token_of

from newsprism.events.clauses import holds_role


def _triggers(text: str) -> list[str]:
    return [e.trigger for e in analyze_events(text, "state19").events]


@pytest.mark.parametrize(("sentence", "word", "role"), [
    ("Dr. Lenn doubled as the clinic's medical director.", "doubled", True),
    ("The investigator worked for the Orvan police in the 1990s.", "worked", True),
    ("Kass has hosted a TV show on the Velka network since 2009.", "hosted", True),
    ("A young man who worked on voter access projects for the party was shot.", "worked", True),
    ("Mara Pell served as mayor of Orvan from 2001 to 2009.", "served", True),
    ("She works as a nurse in Kell.", "works", True),
    ("He served on the board of the Kell bank.", "served", True),
    ("He worked at Velka from 2004 to 2006.", "worked", True),
    ("Ms. Dorr picked someone she had worked for at the Kell ministry.", "worked", True),  # stranded "for"
    ("The pollster, who has worked with the Orvan Labour Party, made the ad.", "worked", True),  # a career
    ("A former Velka employee who worked in the company's sales division left.", "worked", True),
    ("Engineers worked with the Orvan police to free the miners.", "worked", False),  # not a perfect: a deed
    ("Crews worked in shifts to clear the road.", "worked", False),
    ("Deputy Orr, who played a lead role in both Kell inquiries, left.", "played", True),  # a role taken
    ("The report hails from the Orvan Gazette's satire page.", "hails", True),  # an origin
    ("Fans hailed the Orvan striker as a hero.", "hailed", False),  # praise: a happening
    ("The band played the Kell arena on Monday.", "played", False),
    ("Kass hosted the Velka summit on Monday.", "hosted", False),  # a meeting held: a happening
    ("Rescuers worked for hours to free the miners.", "worked", False),  # a time, not an employer
    ("Crews worked at night to clear the road.", "worked", False),
    ("The senator will work for a deal.", "work", False),  # future: the status's business
    ("Engineers worked on the broken dam overnight.", "worked", False),
    ("Police served a warrant on the house on Monday.", "served", False),  # no role: a legal act
])
def test_a_role_held_is_a_state(sentence, word, role):
    assert holds_role(token_of(sentence, word)) is role


def test_the_role_states_no_event_and_the_happening_stays():
    triggers = _triggers("Mara Pell, who served as mayor of Orvan for a decade, resigned from the Kell bank on Monday.")
    assert "served" not in triggers
    assert "resigned" in triggers


def test_a_meeting_hosted_stays_an_event():
    assert "hosted" in _triggers("The Velka government hosted peace talks with Orvan rebels on Monday.")
