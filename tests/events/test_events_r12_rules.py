"""Round 12 (events engineer): general rules from the causes of r11's wrong events. Invented sentences, no audit
text.

- a passive infinitive's controller is what is acted on ("if the Velka front is to be defeated");
- a conjunct right after a clause with its own subject under the governor ("sat ... when the boy ran in and
  asked") shares no guessed subject;
- an owner that is a cut piece of a longer name ("a Supreme People's Assembly meeting": "People") is left out;
- the writer's question to the reader ("Do you think Orvan will buy Kell?") asserts nothing of its content;
- an event noun held by a prospect noun ("the prospect of airstrikes") is planned;
- a short form of one longer name ("Kim" of "Kim Jong-un") is that actor for a repeated predicate, unless it fits
  two names ("Varn": Ansel and Mira Varn); a time another event of the sentence states as its date does not keep
  a repeat apart.
"""

from __future__ import annotations

import pytest
from events_floor import analyze_events, token_of

from newsprism.events.clauses import addresses_reader
from newsprism.events.participants import _roles_of
from newsprism.events.statement import sentence_times, short_names


def _roles(sentence: str, word: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for role, tok in _roles_of(token_of(sentence, word)):
        out.setdefault(role, []).append(tok.text)
    return out


def test_a_passive_infinitive_controller_is_acted_on():
    roles = _roles("Analysts said the army must do more if the Velka front is to be defeated.", "defeated")
    assert "Front" not in roles.get("agent", []) and "front" not in roles.get("agent", [])
    assert roles.get("patient") == ["front"]
    # an active infinitive keeps its controller as the doer
    assert _roles("The Velka front is to attack the port.", "attack").get("agent") == ["front"]


def test_a_conjunct_after_an_embedded_clause_borrows_no_subject():
    roles = _roles("Mira Kell was reading in the garden when the boy ran into the yard and asked for a ball.",
                   "asked")
    assert "Kell" not in roles.get("agent", [])
    # a plain conjunct shares its governor's subject
    assert _roles("Mira Kell ran into the yard and asked for a ball.", "asked").get("agent") == ["Kell"]


def test_an_owner_inside_a_longer_name_is_left_out():
    roles = _roles("The broadcast showed a Supreme People's Assembly meeting in Orvan.", "meeting")
    assert "People" not in roles.get("agent", [])
    assert _roles("The broadcast showed Dorn's meeting in Orvan.", "meeting").get("agent") == ["Dorn"]


@pytest.mark.parametrize(("sentence", "word", "reader"), [
    ("Do you think Orvan will buy Kell Games?", "buy", True),
    ("Orvan will buy Kell Games, the company said.", "buy", False),
    ('"Do you think Orvan will buy Kell?" the analyst asked.', "buy", False),  # a quoted speaker's question
])
def test_the_readers_opinion_is_no_assertion(sentence, word, reader):
    assert addresses_reader(token_of(sentence, word)) is reader


def test_a_prospect_is_planned_and_another_events_date_is_its_own():
    doc = analyze_events(
        "Velka plan\n\nThe plan that President Dorn announced on Wednesday includes the prospect of Orvan airstrikes "
        "in Velka, while expanding strikes in Kestoria.\n\n"
        "Varn has rapidly expanded the Orvan mill since his father died of a heart attack in 2011, neighbours "
        "said.\n", "r12")
    by = {e.trigger: e for e in doc.events}
    assert by["airstrikes"].status == "planned"
    assert by["attack"].date == "2011"
    # 2011 is the attack's date, not the expansion's: it does not keep a repeat of the expansion apart
    assert sentence_times(doc, by["expanded"]) == frozenset({"2011"})
    assert sentence_times(doc, by["expanded"], doc.events) == frozenset()
    assert sentence_times(doc, by["attack"], doc.events) == frozenset({"2011"})


def test_a_short_name_of_two_names_stays_apart():
    assert short_names(["ent:Ansel Varn", "ent:Varn", "np:mill"]) == {"ent:Varn": "ent:Ansel Varn"}
    assert short_names(["ent:Ansel Varn", "ent:Mira Varn", "ent:Varn"]) == {}
    assert short_names(["ent:Kim Jong-un", "ent:Kim"]) == {"ent:Kim": "ent:Kim Jong-un"}
