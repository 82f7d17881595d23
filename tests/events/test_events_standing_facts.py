"""Round 21: a role held is no event (round 19), but the events component declares it in its own layer,
``Document.standing_facts``, with its holder, what is held, the time, how it is held and character offsets into the
stored text. Invented sentences, no audit text."""

from __future__ import annotations

from events_floor import analyze_events

from newsprism.events.clauses import holds_role, role_held


def _facts(text: str):
    return analyze_events(text, "role21")


def test_a_career_is_a_standing_fact_not_an_event():
    d = _facts("Dr. Anna Reyes, who has previously worked with the Velka Orchestra, treated 12 patients in Kell "
               "on Monday.")
    assert "worked" not in [e.trigger for e in d.events]
    (f,) = d.standing_facts
    assert (f.holder, f.kind, f.organisation, f.named, f.status) == (
        "Anna Reyes", "employment", "the Velka Orchestra", True, "to_date")
    assert d.text[f.verb.start : f.verb.end] == f.verb.text == "worked"
    assert d.text[f.evidence.start : f.evidence.end] == f.evidence.text
    assert f.evidence.text.startswith("who has previously worked")


def test_a_past_job_keeps_its_time_and_a_role_its_noun():
    d = _facts("The investigator worked for the Orvan police in the 1990s. Her brother works as a nurse.")
    by_verb = {f.verb.text: f for f in d.standing_facts}
    assert by_verb["worked"].organisation == "the Orvan police"
    assert by_verb["worked"].time == "the 1990s"
    assert by_verb["worked"].status == "former"
    assert (by_verb["works"].role, by_verb["works"].status, by_verb["works"].organisation) == (
        "a nurse", "current", None)


def test_a_denied_role_is_no_fact():
    d = _facts("Kell clinic reopens\n\nMara Pell never worked for the Kell ministry. The clinic reopened on Monday.")
    assert d.standing_facts == []


def test_role_held_reads_what_holds_role_reads():
    from events_floor import token_of

    for sentence, word in [("She works as a nurse in Kell.", "works"),
                           ("Crews worked in shifts to clear the road.", "worked"),
                           ("He served on the board of the Kell bank.", "served")]:
        tok = token_of(sentence, word)
        assert holds_role(tok) is (role_held(tok) is not None)


def test_a_figure_of_speech_after_serves_as_is_no_role():
    # round 21 finished: the role noun must name a kind of person or a post (newsprism.lexicon.is_person_kind)
    d = _facts("Kell clinic reopens\n\nA look at the plans from June now serves as some serious foreshadowing. "
               "Mara Pell served as mayor of Kell from 2009 to 2014.")
    assert [f.role for f in d.standing_facts] == ["mayor of Kell"]
    assert "serves" not in [e.trigger for e in d.events]  # the event list is unchanged: no happening either way


def test_a_role_noun_wordnet_lacks_is_kept_as_a_role():
    d = _facts("Kell clinic reopens\n\nMara Pell works as a podcaster in Kell.")
    assert [f.role for f in d.standing_facts] == ["a podcaster in Kell"]
