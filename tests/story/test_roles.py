"""Two titles of one person compared as a careful reader would (issue 11): conflict only when both cannot hold.
Roles built by hand (no models)."""

from __future__ import annotations

from newsprism.claims.slots import Role
from newsprism.story.roles import compare_titles


def _role(title: str, core: str | None, mods: tuple[str, ...] = (), port: tuple[str, ...] = ()) -> Role:
    return Role(start=0, end=len(title), text=f"{title} Nela Brisk", person="brisk", name="Nela Brisk",
                title=title.lower(), core=core, modifiers=frozenset(mods), portfolio=frozenset(port), written=title)


def test_a_deputy_or_vice_holder_is_not_the_holder():
    c = compare_titles(_role("Deputy Minister", "minister", ("deputy",)), _role("Minister", "minister"), False)
    assert (c.verdict, c.what) == ("conflict", "rank") and "deputy minister is not the minister" in c.statement
    assert compare_titles(_role("Vice President", "president", ("vice",)), _role("President", "president"),
                          False).verdict == "conflict"


def test_two_posts_one_person_holds_at_once_are_no_conflict():
    # an army chief who is acting head of state; a senator who leads the majority; a governor running for office
    assert compare_titles(_role("army chief", "army chief"), _role("Senior General", "general", port=("senior",)),
                          True).verdict == "different"
    assert compare_titles(_role("Senator", "senator"), _role("Majority Leader", "leader", port=("majority",)),
                          True).verdict == "different"
    assert compare_titles(_role("Governor", "governor"), _role("candidate", "candidate"), True).verdict == "different"


def test_an_acting_holder_is_not_the_holder_and_a_co_chair_holds_the_post():
    acting = compare_titles(_role("acting chief executive", "chief executive", ("acting",)),
                            _role("chief executive", "chief executive"), False)
    assert (acting.verdict, acting.what) == ("conflict", "acting")
    assert compare_titles(_role("Acting President", "president", ("acting",)),
                          _role("Acting President", "president", ("acting",)), True).verdict == "same"
    assert compare_titles(_role("co-chair", "chair", ("co",)), _role("chair", "chair"), True).verdict == "same"


def test_past_and_present_conflict_only_at_one_moment():
    former, now = _role("former Governor", "governor", ("former",)), _role("Governor", "governor")
    assert compare_titles(former, now, same_moment=True).verdict == "conflict"
    assert compare_titles(former, now, same_moment=False).verdict == "different"


def test_portfolios_and_exclusive_offices():
    assert compare_titles(_role("Foreign Minister", "minister", port=("foreign",)),
                          _role("Defence Minister", "minister", port=("defence",)), True).what == "portfolio"
    # "senior" and "chief" describe the adviser; they name no other post
    assert compare_titles(_role("senior adviser", "adviser", port=("senior",)),
                          _role("chief adviser", "adviser", port=("chief",)), True).verdict == "same"
    c = compare_titles(_role("Senator", "senator"), _role("Governor", "governor"), False)
    assert (c.verdict, c.what) == ("conflict", "office")
    assert compare_titles(_role("General", "general"), _role("Colonel", "colonel"), True).verdict == "conflict"


def test_a_title_conflict_between_two_articles_sentences_is_rated_shown() -> None:
    """The role family is fitted on real articles' sentences (bench_planted build half): two outlets telling one
    fact in their own words (sentence cosine 0.7, not a near-paraphrase) still give a title conflict a shown rating;
    fitted on perturbation paraphrases (cosine ~0.975) it rated such a pair near 0."""
    from newsprism.story.confidence import family_confidence

    two_articles = {"sentence": 0.7, "rank": 1.0, "title": 0.0, "portfolio": 0.0, "full_name": 1.0}
    assert family_confidence("role", two_articles) >= 0.5


def _title_finding(sentence: float, full_name: float, kind: str = "conflict"):  # type: ignore[no-untyped-def]
    from newsprism.story.compare import Finding, Side

    a = Side(source=0, sentence=0, start=0, end=20, text="Deputy Minister Nela Brisk", value="deputy minister")
    b = Side(source=1, sentence=3, start=40, end=55, text="Minister Nela Brisk", value="minister")
    feats = {"sentence": sentence, "names": 1.0, "rank": 1.0, "title": 0.0, "portfolio": 0.0, "full_name": full_name}
    return Finding(kind=kind, slot="role", a=a, b=b, detail="rank", features=feats)  # type: ignore[arg-type]


def test_one_persons_title_told_in_unlike_sentences_is_shown() -> None:
    """A title is the person's, not a sentence's happening (round 12, issue 11): "Deputy Minister Nela Brisk
    said the line reopens Monday" in one report and "Minister Nela Brisk visited the site" in another disagree on
    her rank though the sentences are unlike (cosine 0.15, as the wire sets' planted titles); the same first name
    in both is what says it is one person. A surname alone keeps the sentence cap."""
    from newsprism.story.compare import settings
    from newsprism.story.confidence import confidence

    assert confidence(_title_finding(0.15, 1.0)) >= 0.5
    assert confidence(_title_finding(0.15, 0.0)) <= settings()["unsure_happening_confidence"]


def test_a_title_read_from_a_preposition_keeps_the_cap() -> None:
    """"under CEO Meg Whitman" (under her leadership) read as an under-CEO against "chief executive, Meg Whitman"
    (r11, labelled wrong): the rank word is also a preposition, so the reading may be a misparse and stays behind
    "show more"."""
    from newsprism.story.compare import settings
    from newsprism.story.confidence import confidence

    f = _title_finding(0.56, 1.0)
    f.a.value = "under ceo"
    assert confidence(f) <= settings()["unsure_happening_confidence"]


def test_a_state_secretary_is_a_seat_of_government_but_a_secretary_of_state_is_not_one() -> None:
    """Round 33: "state secretary" in that word order is the junior government post (a seat, below the minister);
    "secretary of state" and "health secretary" stay secretaries, which a minister or senator may also be called."""
    state = _role("state secretary for culture", "secretary", port=("state", "culture"))
    minister = _role("Culture Minister", "minister", port=("culture",))
    c = compare_titles(state, minister, False)
    assert (c.verdict, c.what) == ("conflict", "office")
    assert compare_titles(state, _role("Senator", "senator"), False).verdict == "conflict"
    sos = _role("Secretary of State", "secretary", port=("state",))
    assert compare_titles(sos, minister, False).verdict == "different"
    assert compare_titles(_role("Health Secretary", "secretary", port=("health",)),
                          _role("Health Minister", "minister", port=("health",)), False).verdict == "different"
    assert compare_titles(state, _role("Party Chair", "chair", port=("party",)), False).verdict == "different"
