"""Precision rules of the story comparison (issue 11 audit): what a careful editor would not call a conflict,
an agreement or an "only one source" item. Invented sources, slots built by hand (no models)."""

from __future__ import annotations

import math

import numpy as np

from newsprism.claims.amounts import Amount
from newsprism.claims.slots import DateSlot, Role, SentenceSlots, Status
from newsprism.model import Document, Span
from newsprism.story.compare import Finding, Side, Source, compare_pair, roles_compatible
from newsprism.story.confidence import confidence
from newsprism.story.flags import to_flags
from newsprism.story.uniques import uniques


def _role(title: str, core: str | None, mods: tuple[str, ...] = (), port: tuple[str, ...] = ()) -> Role:
    return Role(start=0, end=len(title), text=f"{title} Nela Brisk", person="brisk", name="Nela Brisk",
                title=title.lower(), core=core, modifiers=frozenset(mods), portfolio=frozenset(port))


def test_one_office_in_other_words_is_no_title_conflict():
    assert roles_compatible(_role("Rep.", "representative"), _role("Congresswoman", "congresswoman"))[0]
    assert roles_compatible(_role("press secretary", "secretary", port=("press",)), _role("spokeswoman", "spokeswoman"))[0]
    assert roles_compatible(_role("Vice President-elect", "president", ("vice", "elect")),
                            _role("Vice President", "president", ("vice",)))[0]


def test_a_title_that_holds_the_other_office_is_no_conflict():
    # "Senator Nela Brisk of Ostrava, the majority leader" parses as one title holding both offices
    assert roles_compatible(_role("Senate Majority Leader", "leader", port=("senate", "majority")),
                            _role("Senator leader", "senator")) == (True, "")
    assert roles_compatible(_role("Senator", "senator"), _role("Governor", "governor")) == (False, "title")
    # a word of one office's own name is no second office: "Attorney General" is not a "General"
    assert roles_compatible(_role("Attorney General", "attorney general"),
                            _role("Solicitor General", "solicitor general")) == (False, "title")


def test_a_rank_and_another_office_still_conflict():
    assert roles_compatible(_role("former Governor", "governor", ("former",)), _role("Governor", "governor")) == \
        (False, "rank")
    assert roles_compatible(_role("Deputy Mayor", "mayor", ("deputy",)), _role("Mayor", "mayor")) == (False, "rank")
    assert roles_compatible(_role("Senator", "senator"), _role("Congresswoman", "congresswoman")) == (False, "title")


def _sent(text: str, start: int = 0, **slots) -> SentenceSlots:
    return SentenceSlots(start=start, end=start + len(text), text=text, **slots)


def _source(i: int, sents: list[SentenceSlots], vec: np.ndarray, text: str) -> Source:
    return Source(index=i, name=f"Outlet {i}", sentences=sents, vectors=np.array([vec] * len(sents)), text=text)


def _pair_vectors(cos: float) -> tuple[np.ndarray, np.ndarray]:
    return np.array([1.0, 0.0]), np.array([cos, math.sqrt(1 - cos * cos)])


def _status(text: str, verb: str, status: str, negated: bool = False) -> Status:
    at = text.index(verb)
    return Status(start=at, end=at + len(verb), text=verb, predicate=verb[:5], status=status, negated=negated,
                  clause_start=0, clause_end=len(text))


def test_one_verb_of_two_happenings_is_no_status_flag():
    a_text = "The board will meet next week to weigh the budget."
    b_text = "Protesters met outside the stadium on Sunday."
    va, vb = _pair_vectors(0.7)
    sa = _source(0, [_sent(a_text, statuses=[_status(a_text, "meet", "planned")])], va, a_text)
    sb = _source(1, [_sent(b_text, statuses=[_status(b_text, "met", "occurred")])], vb, b_text)
    sb.sentences[0].statuses[0].predicate = sa.sentences[0].statuses[0].predicate = "meet"
    assert not [f for f in compare_pair(sa, sb) if f.slot == "status"]


def test_one_happening_with_a_shared_participant_gives_a_status_flag():
    a_text = "The Tarn council will open the ferry pier next week."
    b_text = "The Tarn council opened the ferry pier on Friday."
    va, vb = _pair_vectors(0.7)
    names = frozenset({"tarn"})
    sa = _source(0, [_sent(a_text, statuses=[_status(a_text, "open", "planned")], names=names)], va, a_text)
    sb = _source(1, [_sent(b_text, statuses=[_status(b_text, "opened", "occurred")], names=names)], vb, b_text)
    sb.sentences[0].statuses[0].predicate = sa.sentences[0].statuses[0].predicate = "open"
    (f,) = [f for f in compare_pair(sa, sb) if f.slot == "status"]
    assert f.kind == "status"


def test_dates_of_two_announcements_are_not_compared():
    a_text = "The agency announced the recall on March 3."
    b_text = "The ministry announced new rules on March 9."
    va, vb = _pair_vectors(0.7)
    da = DateSlot(start=a_text.index("March"), end=len(a_text) - 1, text="March 3", month=3, day=3, predicate="announce")
    db = DateSlot(start=b_text.index("March"), end=len(b_text) - 1, text="March 9", month=3, day=9, predicate="announce")
    sa = _source(0, [_sent(a_text, dates=[da])], va, a_text)
    sb = _source(1, [_sent(b_text, dates=[db])], vb, b_text)
    assert not compare_pair(sa, sb)
    sa.happenings, sb.happenings = {4: "h1"}, {4: "h1"}  # the events layer: one happening
    (f,) = compare_pair(sa, sb)
    # ... but the learned test is not confident that sentences this far apart report one happening: not shown
    assert f.kind == "conflict" and f.features["same_p"] < 0.7 and confidence(f) < 0.5
    sb.vectors = np.array([[0.95, math.sqrt(1 - 0.95 ** 2)]])  # near-identical sentences of one happening
    (f,) = compare_pair(sa, sb)
    assert f.kind == "conflict" and confidence(f) >= 0.5


def _amount(text: str, figure: str, value: float, noun: str | None) -> Amount:
    at = text.index(figure)
    return Amount(start=at, end=at + len(figure), text=figure, value=value, low=value, high=value, bound="exact",
                  dim="count", noun=noun, noun_text=noun)


def test_figures_of_different_or_unknown_things_are_not_compared():
    a_text = "Officials counted 12 ferries in the harbor."
    b_text = "Officials counted 11 in the harbor."
    va, vb = _pair_vectors(0.7)
    sa = _source(0, [_sent(a_text, amounts=[_amount(a_text, "12", 12, "ferry")])], va, a_text)
    sb = _source(1, [_sent(b_text, amounts=[_amount(b_text, "11", 11, None)])], vb, b_text)
    assert not compare_pair(sa, sb)  # a bare number: its counted thing is unknown
    sb.vectors = np.array([_pair_vectors(0.95)[1]])
    assert [f.kind for f in compare_pair(sa, sb)] == ["conflict"]  # ... unless the sentences say the same
    sb.vectors = np.array([vb])
    sb.sentences[0].amounts[0].noun = "crane"
    assert not compare_pair(sa, sb)  # ferries are not cranes
    sb.sentences[0].amounts[0].noun = "ferry"
    assert [f.kind for f in compare_pair(sa, sb)] == ["conflict"]


def _doc(id_: str, text: str) -> Document:
    return Document(id=id_, source=id_, text=text, body=Span(start=0, end=len(text)))


def _side(source: int, text: str, value: str) -> Side:
    return Side(source=source, sentence=0, start=0, end=len(text), text=text, value=value)


def test_agreement_on_a_standing_title_alone_is_no_flag():
    a_text, b_text = "Mayor Nela Brisk", "Mayor Nela Brisk"
    src = {0: _source(0, [_sent(a_text)], np.array([1.0, 0.0]), a_text),
           1: _source(1, [_sent(b_text)], np.array([1.0, 0.0]), b_text)}
    docs = [_doc("a", a_text), _doc("b", b_text)]
    same = Finding(kind="consensus", slot="role", a=_side(0, a_text, "mayor"), b=_side(1, b_text, "mayor"),
                   detail="same", confidence=0.9)
    assert to_flags([same], src, docs) == []


def test_a_date_model_that_never_saw_a_wrong_flag_is_not_confident():
    f = Finding(kind="conflict", slot="date", a=_side(0, "March 3", "--03-03"), b=_side(1, "March 4", "--03-04"),
                detail="day", features={"sentence": 0.99, "noun": 1.0, "names": 1.0, "only_pair": 1.0, "score": 1.7})
    assert confidence(f) <= 0.5


def test_a_compared_sentence_or_a_figure_told_elsewhere_is_not_only_one_source():
    a1 = "The Quell Trust paid 340 dockers on Friday."
    a2 = "Warden Pell Ostrander resigned from the Quell Trust board, it said."
    b1 = "Some 340 dockers got their wages from the Quell Trust, a spokesman said."
    a_text, b_text = a1 + " " + a2, b1
    sa = _source(0, [_sent(a1, amounts=[_amount(a1, "340", 340, "docker")], names=frozenset({"quell trust"})),
                     _sent(a2, start=len(a1) + 1, names=frozenset({"pell ostrander", "quell trust"}))],
                 np.array([1.0, 0.0]), a_text)
    sb = _source(1, [_sent(b1, amounts=[_amount(b1, "340", 340, "docker")], names=frozenset({"quell trust"}))],
                 np.array([0.0, 1.0]), b_text)
    docs = [_doc("a", a_text), _doc("b", b_text)]
    vecs = {0: np.array([[1.0, 0.0], [1.0, 0.0]]), 1: np.array([[0.0, 1.0]])}
    # the same participant and the same figure in another source: reported there, whatever the wording
    assert uniques({0: sa, 1: sb}, [], docs, vecs, {}) == []
    sb.sentences[0].amounts[0].value = 341.0
    items = uniques({0: sa, 1: sb}, [], docs, vecs, {})
    assert sorted(x.sides[0].text for x in items) == sorted([a1, b1])  # 340 against 341: each its own
    # a sentence already a side of a comparison (here of its date) is never also "only one source"
    f = Finding(kind="consensus", slot="date", a=Side(source=0, sentence=0, start=36, end=42, text="", value=""),
                b=Side(source=1, sentence=0, start=0, end=5, text="", value=""), detail="day")
    assert [x.sides[0].text for x in uniques({0: sa, 1: sb}, [f], docs, vecs, {})] == []


def test_only_one_source_in_an_opinion_piece_is_not_shown():
    from newsprism.model import Genre

    a1 = "The Quell Trust paid 340 dockers on Friday."
    b1 = "Warden Pell Ostrander spoke at the harbor on Monday."
    sa = _source(0, [_sent(a1, amounts=[_amount(a1, "340", 340, "docker")], names=frozenset({"quell trust"}))],
                 np.array([1.0, 0.0]), a1)
    sb = _source(1, [_sent(b1, names=frozenset({"pell ostrander"}))], np.array([0.0, 1.0]), b1)
    vecs = {0: np.array([[1.0, 0.0]]), 1: np.array([[0.0, 1.0]])}
    docs = [_doc("a", a1), _doc("b", b1)]
    shown = uniques({0: sa, 1: sb}, [], docs, vecs, {})
    docs[0].genre = Genre(label="opinion", confidence=0.9)
    hidden = uniques({0: sa, 1: sb}, [], docs, vecs, {})
    assert [x.sides[0].text for x in shown] == [x.sides[0].text for x in hidden] == [a1]
    assert hidden[0].confidence <= 0.49 and hidden[0].confidence <= shown[0].confidence


def _fit_story(name: str):
    """training/fit_story.py loaded as a fresh module (its SIGNED switch is module state a test may set)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "training" / "fit_story.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    fit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fit)
    return fit


def test_fit_never_gives_cover_a_positive_weight_for_only_one_source():
    fit = _fit_story("fit_story_under_test")
    rng = np.random.default_rng(0)
    cover = rng.uniform(0.2, 0.6, 400)
    units = rng.integers(1, 4, 400).astype(float)
    y = (rng.uniform(size=400) < cover + 0.1 * units - 0.2).astype(int)  # right more often when covered: wrong sign
    rows = [{"pair": f"p{i}", "kind": "unique", "slot": "fact", "label": int(y[i]),
             "features": {"cover": float(cover[i]), "units": float(units[i])}} for i in range(400)]
    model, _ = fit.fit_family(rows, "unique")
    assert model["weights"]["cover"] == 0.0 and model["weights"]["units"] > 0


def test_fit_never_gives_a_wider_gap_a_negative_weight_for_a_figure_conflict():
    """fit_story.SIGNS (round 29): two figures of one thing further apart are never less likely a real discrepancy,
    and a different counted noun never makes one fact more likely, whatever the labelled rows say (``--signed``,
    measured, not shipped); the default fit (the shipped file's, and the rounds 25-26 refit) lets the data flip them."""
    fit = _fit_story("fit_story_signs_under_test")
    rng = np.random.default_rng(1)
    gap = rng.uniform(0.0, 2.0, 400)
    context = rng.uniform(0.0, 1.0, 400)
    clash = rng.integers(0, 2, 400).astype(float)
    # rows where wide gaps and clashing nouns happen to be right more often: the signs no rule of English gives
    y = (rng.uniform(size=400) < 0.2 + 0.5 * context - 0.15 * gap + 0.2 * clash + 0.2).astype(int)
    rows = [{"pair": f"p{i}", "kind": "conflict", "slot": "count", "label": int(y[i]),
             "features": {"gap": float(gap[i]), "context": float(context[i]), "noun_clash": float(clash[i])}}
            for i in range(400)]
    inputs = ("gap", "context", "noun_clash")
    fit.SIGNED = True
    model, _ = fit.fit_family(rows, "amount", inputs)
    assert model["weights"]["gap"] == 0.0 and model["weights"]["noun_clash"] == 0.0 and model["weights"]["context"] > 0
    fit.SIGNED = False
    free, _ = fit.fit_family(rows, "amount", inputs)
    assert free["weights"]["gap"] < 0 and free["weights"]["noun_clash"] > 0


def test_an_agreement_on_a_title_ranks_last():
    f = Finding(kind="consensus", slot="role", a=_side(0, "Mayor Nela Brisk", "mayor"),
                b=_side(1, "Mayor Nela Brisk", "mayor"), detail="same", features={"sentence": 0.95, "names": 1.0})
    assert confidence(f) < 0.05


def test_a_flag_between_unlike_sentences_is_not_shown():
    feats = {"noun": 1.0, "context": 1.0, "names": 1.0, "only_pair": 1.0, "gap": 0.2, "score": 1.5}
    near = Finding(kind="conflict", slot="count", a=_side(0, "11 boats", "11"), b=_side(1, "12 boats", "12"),
                   detail="value", features={**feats, "sentence": 0.9})
    far = Finding(kind="conflict", slot="count", a=_side(0, "11 boats", "11"), b=_side(1, "12 boats", "12"),
                  detail="value", features={**feats, "sentence": 0.4})
    assert confidence(far) < 0.5 and confidence(far) <= confidence(near)


def test_fit_wire_rows_label_flags_on_plants_only(tmp_path, monkeypatch):
    """fit_story --wire: a flag on a planted discrepancy is right, on a compatible variation wrong, on no plant left
    out; a set that is no dev wire set is refused (invented capture, no text)."""
    import importlib.util
    import json
    from pathlib import Path

    import pytest

    root = Path(__file__).resolve().parents[2]
    monkeypatch.syspath_prepend(str(root / "benchmarks"))
    monkeypatch.syspath_prepend(str(root / "training"))
    spec = importlib.util.spec_from_file_location("fit_story_wire_under_test", root / "training" / "fit_story.py")
    assert spec is not None and spec.loader is not None
    fit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fit)

    def flag(a: list[object], b: list[object], family: str = "amount") -> dict[str, object]:
        return {"kind": "conflict", "slot": "count", "sides": [a, b],
                "findings": [{"family": family, "kind": "conflict", "slot": "count", "features": {"sentence": 0.8}}]}

    plants = [{"id": "p1", "kind": "count", "expect": "conflict", "sides": [["d1", 10, 40], ["d2", 5, 30]]},
              {"id": "p2", "kind": "compat_unit", "expect": "compatible", "sides": [["d1", 100, 130], ["d2", 90, 120]]}]
    line = {"draw": "wire9", "story": "s1_ferry", "plants": plants,
            "flags": [flag(["d1", 12, 20], ["d2", 8, 14]),        # on the planted discrepancy: right
                      flag(["d1", 105, 110], ["d2", 95, 99]),     # on the compatible variation: wrong
                      flag(["d1", 300, 310], ["d2", 200, 210]),   # on no plant: no label
                      flag(["d1", 12, 20], ["d2", 8, 14], "date")]}  # another family: not read
    path = tmp_path / "wire9.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    rows = fit.wire_rows([path], ("amount",))
    assert [(r["label"], r["part"], r["draw"]) for r in rows] == [(1, "wire", "wire9"), (0, "wire", "wire9")]
    dev19 = tmp_path / "wire19.jsonl"  # round 28's held-out set, dev since round 29
    dev19.write_text(json.dumps({**line, "draw": "wire19"}) + "\n", encoding="utf-8")
    assert [r["label"] for r in fit.wire_rows([dev19], ("amount",))] == [1, 0]
    held = tmp_path / "held.jsonl"  # round 29's held-out set: never fitted on
    held.write_text(json.dumps({**line, "draw": "wire20"}) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        fit.wire_rows([held], ("amount",))
