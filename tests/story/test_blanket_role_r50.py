"""A blanket denial's class is matched in its own role (invented sentences, round 50, issue 11, branch prc50).

"The ministry denied that any school had lost power" denies the act of every school: a deed of the same verb
contradicts it only when its participant in the class's own role (the one who lost power: the subject) is a school,
a kind of school, or the very same party. "9,000 households had lost power" shares "power", a party in another
role, and says nothing about schools: no conflict. The same holds for "no N" ("no journalist had been arrested" /
"they had arrested two dock workers": the police are a party of both, but the arrested are not journalists). A
denial whose quantified participant names no class ("nobody", "anyone") is still met by a shared party."""

from __future__ import annotations

import pytest
from hand_sources import status_flags

from newsprism.story.compare import settings
from newsprism.story.confidence import confidence

pytestmark = pytest.mark.slow  # the slots are read from the spaCy parse

SCHOOLS_DENIED = "The Orvenna energy ministry denied that any school had lost power during the storm."
HOUSEHOLDS_LOST = "The Orvenna energy ministry confirmed that 9,000 households had lost power in the storm."

ANY_JOURNALIST = "Marsk police denied that any journalist had been arrested at the Tessel harbour protest."
NO_JOURNALIST = "Marsk police said that no journalist had been arrested at the Tessel harbour protest."
DOCKERS_ARRESTED = "Marsk police confirmed that they had arrested two dock workers at the Tessel harbour protest."
JOURNALIST_ARRESTED = "Police in Marsk confirmed that officers had arrested a freelance journalist on Friday."

VESSELS_DENIED = "The coastguard denied that any vessel had been seized off Tarrow."
TRAWLER_SEIZED = "The coastguard admitted that its cutters had seized a fishing trawler last week."
COD_SEIZED = "The coastguard admitted that its cutters had seized 40 tonnes of cod last week."

MEDALS_DENIED = "Kelby police said that none of the medals had been sold and that the collection was in the vault."
HANDFUL_SOLD = "Kelby police confirmed that a handful of medals had been sold to a collector in the capital."
TWO_VESSELS_SEIZED = "The coastguard admitted that two of its patrol boats had seized three of the vessels last week."


def _shown(a: str, b: str, cos: float = 0.4) -> list[float]:
    return [confidence(f) for f in status_flags(a, b, cos=cos) if confidence(f) >= 0.5]


@pytest.mark.parametrize(("denial", "deed"), [
    (SCHOOLS_DENIED, HOUSEHOLDS_LOST),  # "power" is shared, the one who lost it is not a school (wire38's false flag)
    (ANY_JOURNALIST, DOCKERS_ARRESTED),  # the police are shared, the arrested are not journalists
    (NO_JOURNALIST, DOCKERS_ARRESTED),  # the same for the older "no N" blanket
    (VESSELS_DENIED, COD_SEIZED),  # the seizers are shared, cod is no vessel
])
def test_a_class_denied_against_a_deed_on_another_class_is_not_shown(denial, deed):
    assert not _shown(denial, deed)


@pytest.mark.parametrize(("denial", "deed"), [
    (SCHOOLS_DENIED, HOUSEHOLDS_LOST), (ANY_JOURNALIST, DOCKERS_ARRESTED), (NO_JOURNALIST, DOCKERS_ARRESTED),
    (VESSELS_DENIED, COD_SEIZED),
])
def test_switched_off_a_shared_party_in_another_role_suffices(monkeypatch, denial, deed):
    monkeypatch.setitem(settings(), "status_blanket_own_role", False)
    assert _shown(denial, deed)


@pytest.mark.parametrize(("denial", "deed"), [
    (NO_JOURNALIST, JOURNALIST_ARRESTED),  # the class itself in its own role (the arrested)
    (VESSELS_DENIED, TRAWLER_SEIZED),  # a kind of the class in its own role: a trawler is a vessel (WordNet)
    (MEDALS_DENIED, HANDFUL_SOLD),  # a part of the class in its own role: "a handful of medals" are medals
    (VESSELS_DENIED, TWO_VESSELS_SEIZED),  # "three of the vessels"
])
def test_a_class_denied_against_a_deed_on_that_class_or_a_kind_of_it_is_shown(denial, deed):
    flags = status_flags(denial, deed, cos=0.4)
    assert flags and flags[0].features["blanket"] == 1.0 and confidence(flags[0]) >= 0.5
