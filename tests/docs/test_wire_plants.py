"""The hand-written wire stories (benchmarks/wire, round 9, benchmarks/wire2, round 10, benchmarks/wire3, round 11,
benchmarks/wire4, round 12, benchmarks/wire5, round 14, benchmarks/wire6, round 15, benchmarks/wire7, round 16,
benchmarks/wire8, round 17, benchmarks/wire9, round 18, benchmarks/wire10, round 19,
benchmarks/wire11, round 20, benchmarks/wire12, round 21, benchmarks/wire13, round 22, benchmarks/wire14, round 23,
benchmarks/wire15, round 24, benchmarks/wire16, round 25, benchmarks/wire17, round 26, benchmarks/wire18,
round 27, benchmarks/wire19, round 28, benchmarks/wire20, round 29, benchmarks/wire21, round 30,
benchmarks/wire22, round 31, benchmarks/wire23, round 32, benchmarks/wire24, round 32 after the freeze,
benchmarks/wire25, round 34, benchmarks/wire26, round 35, benchmarks/wire27, round 36, benchmarks/wire28,
round 37, benchmarks/wire29, round 38, benchmarks/wire30, round 39, benchmarks/wire31, round 40, benchmarks/wire32,
round 43, benchmarks/wire33, round 44, benchmarks/wire34, round 45, benchmarks/wire35, round 46,
benchmarks/wire36, round 48, benchmarks/wire37, round 48, benchmarks/wire38, round 50, benchmarks/wire39, round 50,
benchmarks/wire40, round 51, benchmarks/wire41, round 51, benchmarks/wire42, round 52, benchmarks/wire43, round 52, benchmarks/wire44, round 53,
benchmarks/wire45, round 53, benchmarks/wire46 and wire47, round 54, benchmarks/wire48 and wire49, round 55,
benchmarks/wire50 and wire51, round 56, benchmarks/wire52 and wire53, round 57, benchmarks/wire54 and wire55, round 58, benchmarks/wire56 and wire57, round 59, and benchmarks/wire58 and wire59, round 60):
every planted span in a set's plants.json is the exact text at its offsets in what ingest stores for that document (what `newsprism compare`
reads), and each set is shaped as the benchmark says (benchmarks/bench_wire.py, benchmarks/story.md). No pipeline run."""

import itertools
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsprism.api import ingest

ROOT = Path(__file__).resolve().parents[2]
PLANTED_KINDS = frozenset({"count_bound", "magnitude", "duration", "ordinal", "title", "plan_vs_deed", "vote_share",
                           "denial", "money", "date"})
PLAIN_COUNT = "count"  # a count without a bound on either side ("killed 14" / "17 had died"), planted from wire4 on
FIRST_SET_COMPATIBLE_KINDS = frozenset({"compat_bound", "compat_honorific", "compat_same_figure", "compat_rounded",
                                        "compat_said_vs_happened", "compat_two_events", "compat_title_office"})
FOURTH_SET_COMPATIBLE_KINDS = FIRST_SET_COMPATIBLE_KINDS | {
    "compat_units", "compat_paraphrase", "compat_relayed_denial", "compat_weekday_date", "compat_words_digits",
    "compat_different_things", "compat_part_whole", "compat_relative_date", "compat_written_number",
    "compat_title_position", "compat_range"}
# wire5 adds "one in five" / "Twenty percent", "December 3" / "3 December" and "a fortnight" / "14-day"
FIFTH_SET_COMPATIBLE_KINDS = FOURTH_SET_COMPATIBLE_KINDS | {"compat_fraction", "compat_date_format",
                                                           "compat_duration_units"}
# wire6 adds an abbreviated amount ("a 2.5 billion taler loan" / "its 2.5bn-taler credit line") and one ordinal in
# two forms ("the third ship" / "the 3rd vessel")
SIXTH_SET_COMPATIBLE_KINDS = FIFTH_SET_COMPATIBLE_KINDS | {"compat_abbreviated_money", "compat_ordinal_forms"}
# wire7 adds one clock time in two forms ("at 3:40 a.m." / "at 03:40"), one age in two forms ("a 72-year-old" /
# "aged 72") and a running total beside an earlier part of it ("bringing the death toll to nine" / "Seven people died
# at the scene")
SEVENTH_SET_COMPATIBLE_KINDS = SIXTH_SET_COMPATIBLE_KINDS | {"compat_time_format", "compat_age_forms",
                                                             "compat_running_total"}
# wire8 adds one pay rate told per year and per month ("1.8 million lusats a year" / "150,000 lusats a month")
EIGHTH_SET_COMPATIBLE_KINDS = SEVENTH_SET_COMPATIBLE_KINDS | {"compat_rate_period"}
# wire9 adds a coarser date holding a finer one ("a strike for early December" / "a strike on December 3"); it leaves
# out four kinds of wire5-wire7 (written numbers, ordinal forms, clock times, ages) to give the space to dates
NINTH_SET_COMPATIBLE_KINDS = (EIGHTH_SET_COMPATIBLE_KINDS - {"compat_written_number", "compat_ordinal_forms",
                                                            "compat_time_format", "compat_age_forms"}
                              | {"compat_date_precision"})
# wire10 holds every compatible kind of wire2-wire9: wire9's kinds and the four it left out
TENTH_SET_COMPATIBLE_KINDS = EIGHTH_SET_COMPATIBLE_KINDS | {"compat_date_precision"}
# the compatible kinds about dates: the day said and the day done, two happenings, a weekday, "yesterday", two date
# formats, a coarser date
DATE_COMPATIBLE_KINDS = frozenset({"compat_said_vs_happened", "compat_two_events", "compat_weekday_date",
                                   "compat_relative_date", "compat_date_format", "compat_date_precision"})
META_LINES = 4  # title, byline, "Source:" and "Published" lines before the dateline paragraph
SHARED_RUN = 8  # words in a row that two sets may not share (each set is written anew, not copied)


@dataclass(frozen=True)
class Shape:
    """What a set promises: its outlets a story, words a report body, how many plants and of which kinds."""
    body_words: tuple[int, int]
    planted: tuple[int, int]
    compatible: tuple[int, int]
    planted_a_story: tuple[int, int]
    least_a_planted_kind: int
    compatible_kinds_at_least: frozenset[str]
    planted_kinds: frozenset[str] = PLANTED_KINDS
    least_dates: int = 0  # planted ``date`` discrepancies, and compatible variations about dates, at least (from wire9)


# the shape of every set since wire10 (round 19): one of each compatible kind of wire2-wire9, at least six dates
TENTH_SET_SHAPE = Shape(body_words=(250, 600), planted=(30, 45), compatible=(18, 30), planted_a_story=(5, 6),
                        least_a_planted_kind=3, planted_kinds=PLANTED_KINDS | {PLAIN_COUNT},
                        compatible_kinds_at_least=TENTH_SET_COMPATIBLE_KINDS, least_dates=6)


SHAPES = {
    "wire": Shape(body_words=(180, 400), planted=(20, 20), compatible=(10, 10), planted_a_story=(3, 4),
                  least_a_planted_kind=1, compatible_kinds_at_least=FIRST_SET_COMPATIBLE_KINDS),
    "wire2": Shape(body_words=(250, 500), planted=(22, 40), compatible=(12, 30), planted_a_story=(3, 6),
                   least_a_planted_kind=2,
                   compatible_kinds_at_least=FIRST_SET_COMPATIBLE_KINDS | {"compat_units", "compat_paraphrase",
                                                                           "compat_relayed_denial"}),
    # wire3 adds the same count in words and in digits, and two figures of different things that must not be compared
    "wire3": Shape(body_words=(250, 500), planted=(24, 40), compatible=(14, 30), planted_a_story=(3, 6),
                   least_a_planted_kind=2,
                   compatible_kinds_at_least=FIRST_SET_COMPATIBLE_KINDS | {
                       "compat_units", "compat_paraphrase", "compat_relayed_denial", "compat_weekday_date",
                       "compat_words_digits", "compat_different_things"}),
    # wire4 adds plain counts, a part beside its whole, "yesterday" beside the weekday, 4.8 million / 4,800,000,
    # a title before and after the name, and a range that holds the figure
    "wire4": Shape(body_words=(250, 500), planted=(30, 45), compatible=(18, 30), planted_a_story=(5, 6),
                   least_a_planted_kind=2, planted_kinds=PLANTED_KINDS | {PLAIN_COUNT},
                   compatible_kinds_at_least=FOURTH_SET_COMPATIBLE_KINDS),
    "wire5": Shape(body_words=(250, 500), planted=(30, 45), compatible=(18, 30), planted_a_story=(5, 6),
                   least_a_planted_kind=2, planted_kinds=PLANTED_KINDS | {PLAIN_COUNT},
                   compatible_kinds_at_least=FIFTH_SET_COMPATIBLE_KINDS),
    # wire6 (round 15, held out) has the shape of wire5 and every compatible kind of wire2-wire5 plus two new ones
    "wire6": Shape(body_words=(250, 500), planted=(30, 45), compatible=(18, 30), planted_a_story=(5, 6),
                   least_a_planted_kind=2, planted_kinds=PLANTED_KINDS | {PLAIN_COUNT},
                   compatible_kinds_at_least=SIXTH_SET_COMPATIBLE_KINDS),
    # wire7 (round 16, held out) has the shape of wire6 and every compatible kind of wire2-wire6 plus three new ones
    "wire7": Shape(body_words=(250, 500), planted=(30, 45), compatible=(18, 30), planted_a_story=(5, 6),
                   least_a_planted_kind=2, planted_kinds=PLANTED_KINDS | {PLAIN_COUNT},
                   compatible_kinds_at_least=SEVENTH_SET_COMPATIBLE_KINDS),
    # wire8 (round 17, held out) has longer reports (up to 600 words), every compatible kind of wire2-wire7 plus one
    "wire8": Shape(body_words=(250, 600), planted=(30, 45), compatible=(18, 30), planted_a_story=(5, 6),
                   least_a_planted_kind=3, planted_kinds=PLANTED_KINDS | {PLAIN_COUNT},
                   compatible_kinds_at_least=EIGHTH_SET_COMPATIBLE_KINDS),
    # wire9 (round 18, held out) has the shape of wire8 with at least six dates planted and six compatible about dates
    "wire9": Shape(body_words=(250, 600), planted=(30, 45), compatible=(18, 30), planted_a_story=(5, 6),
                   least_a_planted_kind=3, planted_kinds=PLANTED_KINDS | {PLAIN_COUNT},
                   compatible_kinds_at_least=NINTH_SET_COMPATIBLE_KINDS, least_dates=6),
    # wire10 (round 19, held out) has the shape of wire9 with one of each compatible kind of wire2-wire9
    "wire10": TENTH_SET_SHAPE,
    # wire11 (round 20, held out) has the shape of wire10, one of each compatible kind again, one story told by three
    "wire11": TENTH_SET_SHAPE,
    # wire12 (round 21, held out) has the shape of wire11: one of each compatible kind, one story told by three outlets
    "wire12": TENTH_SET_SHAPE,
    # wire13 (round 22, held out) has the shape of wire12: one of each compatible kind, one story told by three outlets
    "wire13": TENTH_SET_SHAPE,
    # wire14 (round 23, held out) has the shape of wire13: one of each compatible kind, one story told by three outlets
    "wire14": TENTH_SET_SHAPE,
    # wire15 (round 24, held out) has the shape of wire14: one of each compatible kind, one story told by three outlets
    "wire15": TENTH_SET_SHAPE,
    # wire16 (round 25, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire16": TENTH_SET_SHAPE,
    # wire17 (round 26, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire17": TENTH_SET_SHAPE,
    # wire18 (round 27, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire18": TENTH_SET_SHAPE,
    # wire19 (round 28, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire19": TENTH_SET_SHAPE,
    # wire20 (round 29, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire20": TENTH_SET_SHAPE,
    # wire21 (round 30, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire21": TENTH_SET_SHAPE,
    # wire22 (round 31, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire22": TENTH_SET_SHAPE,
    # wire23 (round 32, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire23": TENTH_SET_SHAPE,
    # wire24 (round 32 after the freeze, held out for the next round) has the shape of wire15: one of each compatible
    # kind, one story told by three outlets
    "wire24": TENTH_SET_SHAPE,
    # wire25 (round 34, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire25": TENTH_SET_SHAPE,
    # wire26 (round 35, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire26": TENTH_SET_SHAPE,
    # wire27 (round 36, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire27": TENTH_SET_SHAPE,
    # wire28 (round 37, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire28": TENTH_SET_SHAPE,
    # wire29 (round 38, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire29": TENTH_SET_SHAPE,
    # wire30 (round 39, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire30": TENTH_SET_SHAPE,
    # wire31 (round 40, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire31": TENTH_SET_SHAPE,
    # wire32 (round 43, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire32": TENTH_SET_SHAPE,
    # wire33 (round 44, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire33": TENTH_SET_SHAPE,
    # wire34 (round 45, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire34": TENTH_SET_SHAPE,
    # wire35 (round 46, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire35": TENTH_SET_SHAPE,
    # wire36 (round 48, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire36": TENTH_SET_SHAPE,
    # wire37 (round 48, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire37": TENTH_SET_SHAPE,
    # wire38 (round 50, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire38": TENTH_SET_SHAPE,
    # wire39 (round 50, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire39": TENTH_SET_SHAPE,
    # wire40 (round 51, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire40": TENTH_SET_SHAPE,
    # wire41 (round 51, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire41": TENTH_SET_SHAPE,
    # wire42 (round 52, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire42": TENTH_SET_SHAPE,
    # wire43 (round 52, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire43": TENTH_SET_SHAPE,
    # wire44 (round 53, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire44": TENTH_SET_SHAPE,
    # wire45 (round 53, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire45": TENTH_SET_SHAPE,
    # wire46 (round 54, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire46": TENTH_SET_SHAPE,
    # wire47 (round 54, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire47": TENTH_SET_SHAPE,
    # wire48 (round 55, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire48": TENTH_SET_SHAPE,
    # wire49 (round 55, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire49": TENTH_SET_SHAPE,
    # wire50 (round 56, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire50": TENTH_SET_SHAPE,
    # wire51 (round 56, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire51": TENTH_SET_SHAPE,
    # wire52 (round 57, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire52": TENTH_SET_SHAPE,
    # wire53 (round 57, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire53": TENTH_SET_SHAPE,
    # wire54 (round 58, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire54": TENTH_SET_SHAPE,
    # wire55 (round 58, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire55": TENTH_SET_SHAPE,
    # wire56 (round 59, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire56": TENTH_SET_SHAPE,
    # wire57 (round 59, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire57": TENTH_SET_SHAPE,
    # wire58 (round 60, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire58": TENTH_SET_SHAPE,
    # wire59 (round 60, held out) has the shape of wire15: one of each compatible kind, one story told by three outlets
    "wire59": TENTH_SET_SHAPE,
}


def _plants(name: str) -> list[dict]:
    return json.loads((ROOT / "benchmarks" / name / "plants.json").read_text("utf-8"))["plants"]


@pytest.fixture(scope="module", params=sorted(SHAPES))
def wire_set(request) -> tuple[str, list[dict], dict[str, dict[str, str]]]:
    """A set's name, its plants and the stored text of every document, by story and document id."""
    name = request.param
    plants = _plants(name)
    texts = {}
    for story in sorted({p["story"] for p in plants}):
        docs, errors = ingest([ROOT / "benchmarks" / name / story])
        assert not errors
        texts[story] = {d.id: d.text for d in docs}
    return name, plants, texts


def _within(n: int, bounds: tuple[int, int]) -> bool:
    return bounds[0] <= n <= bounds[1]


def test_the_set_has_the_promised_shape(wire_set):
    name, plants, texts = wire_set
    shape = SHAPES[name]
    assert len(texts) == 6
    assert sorted(p.name for p in (ROOT / "benchmarks" / name).iterdir() if p.is_dir()) == sorted(texts)
    for story, docs in texts.items():
        assert 2 <= len(docs) <= 3, story
        for doc, text in docs.items():
            lines = text.splitlines()
            assert lines[2].startswith("Source: ") and lines[3].startswith("Published "), (story, doc)
            assert _within(len(" ".join(lines[META_LINES:]).split()), shape.body_words), (story, doc)
    planted = [p for p in plants if p["expect"] != "compatible"]
    compatible = [p for p in plants if p["expect"] == "compatible"]
    assert _within(len(planted), shape.planted) and _within(len(compatible), shape.compatible)
    assert {p["kind"] for p in planted} == shape.planted_kinds
    assert min(sum(p["kind"] == k for p in planted) for k in shape.planted_kinds) >= shape.least_a_planted_kind
    assert {p["kind"] for p in compatible} >= shape.compatible_kinds_at_least
    assert sum(p["kind"] == "date" for p in planted) >= shape.least_dates
    assert sum(p["kind"] in DATE_COMPATIBLE_KINDS for p in compatible) >= shape.least_dates
    assert all(p["kind"].startswith("compat_") for p in compatible)
    assert {p["expect"] for p in planted} <= {"conflict", "precision", "status"}
    for story in texts:
        assert _within(sum(p["story"] == story for p in planted), shape.planted_a_story), story
    assert len({p["id"] for p in plants}) == len(plants)


def test_spans_are_the_stored_text(wire_set):
    _, plants, texts = wire_set
    for plant in plants:
        docs = texts[plant["story"]]
        assert len(plant["sides"]) == 2, plant["id"]
        assert plant["sides"][0]["document"] != plant["sides"][1]["document"], plant["id"]
        for side in plant["sides"]:
            assert docs[side["document"]][side["start"]:side["end"]] == side["text"], plant["id"]


def _runs(name: str) -> set[tuple[str, ...]]:
    out = set()
    for path in (ROOT / "benchmarks" / name).glob("*/*.txt"):
        words = re.findall(r"[\w'-]+", path.read_text("utf-8").lower())
        out |= {tuple(words[i:i + SHARED_RUN]) for i in range(len(words) - SHARED_RUN + 1)}
    return out


# Runs two sets share that no writer copied: wire44 and wire45 were written at the same time (round 53) by two writers
# who could not read each other's branch, and both told a board's vote in one stock phrase. Found by this test at the
# lead's merge, after the writers' Stage 1 runs, so neither text may change (a held-out set is frozen once scored).
INDEPENDENT_RUNS: dict[tuple[str, str], frozenset[str]] = {
    ("wire44", "wire45"): frozenset({"the board voted nine to four in favour",
                                     "board voted nine to four in favour of",
                                     "voted nine to four in favour of the"}),
}


@pytest.mark.parametrize(("earlier", "later"), list(itertools.combinations(sorted(SHAPES), 2)))
def test_no_set_is_copied_from_another(earlier, later):
    shared = {" ".join(r) for r in _runs(earlier) & _runs(later)} - INDEPENDENT_RUNS.get((earlier, later), frozenset())
    assert not shared, sorted(shared)[:5]
