"""Findings to flags: group aligned slot pairs across sources, rate them, and say them in plain words.

Every pairwise :class:`~newsprism.story.compare.Finding` gets a calibrated confidence
(:mod:`newsprism.story.confidence`, using the contradiction judge on the two sentences). Findings that share a
slot of one source are joined, so that three sources giving 40, 40 and 65 make one conflict with three sides.
Each flag gets a topic (what it is about), a statement a journalist could quote (naming the sources and
quoting their words) and an explanation (how it was decided), none of them with machine labels.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Sequence
from functools import cache

from newsprism.claims.amounts import Amount
from newsprism.claims.slots import DateSlot, Status, verb_key
from newsprism.claims.typed import LIGHT_VERBS
from newsprism.events.lexicon import noun_base
from newsprism.lexicon import same_act_verb
from newsprism.model import Discrepancy, DiscrepancyKind, Document, Quantity, Side
from newsprism.report.flags import confident_at
from newsprism.story.compare import (
    STOP,
    Finding,
    Source,
    _series_match,
    covering_noun,
    followed_by,
    in_year,
    kind_nouns,
    noun_match,
    published_day,
    set_against,
    settings,
)
from newsprism.story.compare import Side as FindingSide
from newsprism.story.confidence import confidence
from newsprism.story.groups import (
    counted_groups,
    measured_thing,
    one_measured,
    one_told_measure,
    same_thing,
    sole_measured,
)
from newsprism.story.judge import judge_many
from newsprism.story.owners import one_act, same_owner

SEVERITY: dict[str, int] = {"conflict": 3, "status": 3, "precision": 2, "consensus": 1}
AMOUNT_SLOTS = ("count", "quantity", "percentage", "duration")
# What a consensus is worth showing: agreement on a status only when it is a plan or a denial.
NOTABLE_STATUS = frozenset({"planned", "denied"})
# A denied clause that opens with one of these has the denier as its doer ("X denied she ever took the photo");
# "it" is left out: "it did not happen, X said" names the happening, not who did it.
DOER_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
# words that open a reported clause before its subject ("denied that he had apologized")
COMPLEMENTIZERS = frozenset({"that", "whether", "if"})
_NAME = re.compile(r"\b[A-Z][\w'’-]{2,}")
# words before a noun that pick no kind of it (articles, possessives, quantifiers, demonstratives): "all weapons" and
# "their weapons" may be one set of weapons; "personal weapons" and "crew served weapons" are two kinds
NON_KIND_WORDS = STOP | frozenset({"all", "any", "both", "each", "every", "no", "none", "some", "several", "many",
                                   "most", "few", "more", "other", "such", "these", "those", "our", "your", "my",
                                   "own", "same", "whose", "two", "three", "four", "five"})


def rate(findings: list[Finding], sources: dict[int, Source]) -> None:
    """Set each finding's confidence; the judge runs once per sentence pair, all pairs in one batch (events
    carry no sentence slots and go without it)."""
    keys = sorted({(f.a.source, f.a.sentence, f.b.source, f.b.sentence) for f in findings
                   if f.a.sentence >= 0 and f.b.sentence >= 0})
    probs = judge_many([(sources[a].sentences[i], sources[b].sentences[j], sources[a].vectors[i],
                         sources[b].vectors[j]) for a, i, b, j in keys])
    by_key = dict(zip(keys, probs, strict=True)) if probs is not None else {}
    index = {i: figure_index(src) for i, src in sources.items()}
    dims = {i: figure_index(src, dimension_key) for i, src in sources.items()}
    stated = {i: stated_figures(src) for i, src in sources.items()}
    ordinals = {i: stated_ordinals(src) for i, src in sources.items()}
    for f in findings:
        f.features.update(same_fact(f, index))
        f.features.update(sole_of_dimension(f, dims, sources))
        f.features.update(counted_groups(f, sources))
        f.features.update(same_owner(f, sources))
        f.features.update(one_act(f, sources))
        f.features.update(one_measured(f, sources))
        f.features.update(sole_measured(f, sources))
        f.features.update(one_told_measure(f, sources))
        f.features.update(told_across(f, stated))
        f.features.update(ordinal_told_across(f, sources, ordinals))
        f.features.update(placement(f, sources))
        f.features.update(publication_days(f, sources))
        f.features.update(kind_contrast(f, sources))
        p = by_key.get((f.a.source, f.a.sentence, f.b.source, f.b.sentence))
        if p is not None:
            f.features["p_contradiction"] = float(p[2])
            f.features["p_entailment"] = float(p[0])
        f.confidence = confidence(f)


_COUNTED_WORD = re.compile(r"[A-Za-z][\w'-]*")


def _depth(src: Source, side: FindingSide) -> float:
    """Where a side's sentence starts in its report, over the report's length (0 = the lead; 1 when unknown)."""
    start = src.sentences[side.sentence].start if 0 <= side.sentence < len(src.sentences) else side.start
    return min(1.0, max(0.0, start / max(1, len(src.text))))


def placement(f: Finding, sources: dict[int, Source]) -> dict[str, float]:
    """Where a figure finding's two sentences sit and how exact its figures are: ``depth``, the deeper of the two
    sentences' places in their reports (0 = both in the lead), and ``vague``, 1 when either figure is a vague word
    ("thousands of dollars", "dozens"), which says little of which fact it counts; ``only_figure``, 1 when each
    figure has no rival in its sentence (:func:`rival_figures`). Empty for any finding but two figures."""
    a, b = f.a.amount, f.b.amount
    if a is None or b is None or f.a.source not in sources or f.b.source not in sources:
        return {}
    sa, sb = sources[f.a.source], sources[f.b.source]
    return {"depth": max(_depth(sa, f.a), _depth(sb, f.b)), "vague": float(a.vague or b.vague),
            "only_figure": float(rival_figures(sa, f.a.sentence, a, b) == 0 == rival_figures(sb, f.b.sentence, b, a)),
            "only_count": float(one_count_of_noun(sa, f.a.sentence, a) and one_count_of_noun(sb, f.b.sentence, b)),
            "disjoint": float(disjoint_bounds(a, b)),
            "noun_rival": float(noun_rival(sa, f.a.sentence, a) or noun_rival(sb, f.b.sentence, b)),
            "act_clash": float(act_clash(a, b))}


def act_clash(a: Amount, b: Amount) -> bool:
    """Whether two figures hang from two verbs, both known and neither a light one, that are not one act: not the same
    verb and not one act for WordNet (:func:`newsprism.lexicon.same_act_verb`: "injured" / "hurt" are one act,
    "injured" / "killed" two). English counts the ones an act befell by that act, so two counts of one noun hung from
    two acts count two groups, those hurt and those killed (feature ``act_clash``, asked by
    :func:`newsprism.story.confidence.disjoint_pair`). Round 45 (issue 11)."""
    va, vb = _verb(a), _verb(b)
    return bool(va and vb and not same_act_verb(va, vb))


def disjoint_bounds(a: Amount, b: Amount) -> bool:
    """Whether two figures, at least one of them a bound or an estimate ("at least 40", "fewer than 30", "about
    300", "up to 12"), give ranges that do not meet: arithmetic says they cannot both be true of one thing (feature
    ``disjoint``, asked by :func:`newsprism.story.confidence.disjoint_pair`). Two limits of one direction ("up to 20"
    / "up to 25"), which the claims layer calls a conflict though their ranges meet, are not disjoint; two exact
    figures are not bounds. Round 45 (issue 11)."""
    if a.bound == b.bound == "exact" or a.vague or b.vague:
        return False
    return a.high < b.low or b.high < a.low


def noun_rival(src: Source, k: int, a: Amount) -> bool:
    """Whether ``a``'s sentence gives another figure of its dimension that counts ``a``'s own counted noun (the same
    noun or a synonym, :func:`newsprism.story.compare.noun_match` >= 0.8, written right after that figure in its own
    phrase): "at least 40 people were hurt and 12 people died" counts people twice, and which group another report's
    figure stands for cannot be told (feature ``noun_rival``). A bare number ("two were still being treated"), a
    figure of another noun ("a crew of eleven", "40 hives") or a vague word is no such count. Round 45 (issue 11)."""
    if not 0 <= k < len(src.sentences) or not a.noun:
        return True
    for x in src.sentences[k].amounts:
        if x is a or x.dim != a.dim or x.extra.get("window") != a.extra.get("window") or x.vague:
            continue
        if _noun_after(src, x) is not None and noun_match(x.noun, a.noun) >= 0.8:
            return True
    return False


def rival_figures(src: Source, k: int, a: Amount, other: Amount | None = None) -> int:
    """How many other figures of ``a``'s dimension its sentence gives that could be the fact another report's figure
    tells (``only_pair`` counts them all). A vague count that English ties to the figure's own group is none: one
    followed by "of them" ("15 pickers were hurt, several of them seriously") counts a part of that group, one followed
    by "more" ("destroyed 24 houses and damaged dozens more") a group told apart from it (``anaphoric_count_tails``).
    Such a word is never itself a side of a figure lifted as one fact (``vague`` 0 is asked), so it leaves the figure
    its sentence's only one. A bare number ("two were kept in hospital") or an exact partitive ("two of them") stays a
    rival: it may be the figure the other report gives. Round 28 (issue 11). A figure of one of
    ``rivals_per_series.rate_dims`` given per a period ("winds of up to 140 kilometres an hour", a speed) is no rival
    of one given per none ("a 4-metre sea wall", a length), nor the other way round: round 50 (issue 11).

    With ``rivals_comparable`` and the other report's figure ``other``, a figure the comparer could not set against
    ``other`` (:func:`newsprism.story.compare.set_against`: another kind of quantity, "60,000 tonnes of apples" beside
    "8,500 hectares of orchards"; the whole of a partitive; the earlier value of a change, "compared with an average
    of about 40,000", "up from 11.40") is no rival: it cannot be the fact ``other`` tells, so it does not make the
    pair one of several. Round 53 (issue 11)."""
    if not 0 <= k < len(src.sentences):
        return 1
    cfg = settings()
    tails = tuple(cfg["anaphoric_count_tails"])
    series = cfg.get("rivals_per_series") or {}
    rates = frozenset(series.get("rate_dims", ())) if series.get("enabled", False) else frozenset()
    against = other if other is not None and bool(cfg.get("rivals_comparable", False)) else None
    apart = bool(cfg.get("before_value_apart", False))
    n = 0
    for x in src.sentences[k].amounts:
        if x is a or x.dim != a.dim or x.extra.get("window") != a.extra.get("window"):
            continue  # a window is no rival of a length of time, nor a length of a window (round 29)
        if against is not None and not set_against(x, against, apart):
            continue  # "60,000 tonnes of apples" is no rival of "8,500 hectares" against "12,000 hectares" (round 53)
        if a.dim in rates and bool(x.extra.get("per")) != bool(a.extra.get("per")):
            continue  # "winds of up to 140 kilometres an hour" is a speed, no rival of "a 4-metre wall" (round 50)
        if x.vague and followed_by(src.text, x.end, tails):
            continue
        n += 1
    return n


def one_count_of_noun(src: Source, k: int, a: Amount) -> bool:
    """Whether a count is its sentence's one count of its counted noun though the sentence counts other things too
    ("Twelve workers were hurt, two of them badly, and 40 residents fled"; feature ``only_count``, asked by
    :func:`newsprism.story.confidence.one_fact_figure`). A rule of English: a figure counts the noun written in its
    own phrase, so a sentence that names the figure's noun with no other figure tells one count of it. Every other
    figure of the dimension in the sentence must be one of:

    * no rival at all for :func:`rival_figures` (a vague count tied to the figure's group);
    * a part of the figure's group, a figure followed by one of ``count_part_tails`` ("two of them": English ties it
      to the group just counted; a report that gives that part as the whole is caught by ``told_across_dim``);
    * a count of another thing written in its own phrase: its counted noun comes after it with no punctuation
      between ("six languages", "two full days") and is not the figure's noun, a synonym or a covering noun of it
      (:func:`newsprism.story.compare.noun_match`, ``covering_noun``), and it does not sit in a prepositional
      phrase right after the figure's noun (``count_restricting_prepositions``, at most
      ``count_restricting_words_max`` words between): "Twelve flats on the top three floors" counts the flats of
      three floors, a part of the block's flats, not the block's flats.

    A bare number ("164 deputies voting in favour and 71 against"), a figure whose noun the parse takes from
    elsewhere in the sentence ("one household in five"), or a second figure of the same noun stays a rival. The
    figure itself must count its noun: the noun written after it, and no head noun before it in its phrase ("a
    smaller project of eight turbines", "a crew of eleven" tell the size of a project or a crew, one of the several
    things such a sentence may describe). Round 34 (issue 11)."""
    own = _noun_after(src, a)
    if not 0 <= k < len(src.sentences) or own is None or src.text[a.start:a.end].find(a.text) != 0:
        return False
    cfg = settings()
    parts = tuple(cfg["count_part_tails"])
    preps = "|".join(re.escape(p) for p in cfg["count_restricting_prepositions"])
    restricting = re.compile(rf"\s+(?:{preps})(?:\s+[\w'-]+){{0,{int(cfg['count_restricting_words_max'])}}}\s+",
                             re.IGNORECASE)
    tails = tuple(cfg["anaphoric_count_tails"])
    for x in src.sentences[k].amounts:
        if x is a or x.dim != a.dim or x.extra.get("window") != a.extra.get("window"):
            continue
        x_own = _noun_after(src, x)
        fig_end = x_own[0] if x_own else x.end
        if x.vague and followed_by(src.text, fig_end, tails):
            continue  # no rival for rival_figures either
        if x_own is None and followed_by(src.text, fig_end, parts):
            continue  # a part of the group just counted
        other_thing = x_own is not None and noun_match(x.noun, a.noun) < 0 and not covering_noun(x.noun, a.noun)
        fig_start = fig_end - len(x.text)
        in_phrase = fig_start >= own[1] and restricting.fullmatch(src.text[own[1]:fig_start]) is not None
        if other_thing and not in_phrase:
            continue
        return False
    return True


def _noun_after(src: Source, x: Amount) -> tuple[int, int] | None:
    """Where a count's figure ends and its counted noun ends, when its evidence span writes the figure and then the
    noun with no punctuation between ("410 sheep", "two full days"); None when the noun is unknown or written before
    the figure, or elsewhere in the sentence (the parse hangs "farm" on "one household in five")."""
    if not x.noun or not x.noun_text:
        return None
    span = src.text[x.start:x.end]
    i = span.find(x.text)
    j = span.find(x.noun_text, i + len(x.text)) if i >= 0 else -1
    if j < 0 or re.search(r"[,.;:()\"“”]", span[i + len(x.text):j]):
        return None
    return x.start + i + len(x.text), x.start + j + len(x.noun_text)


def _date_of(src: Source, side: FindingSide) -> DateSlot | None:
    """The date slot a date finding's side stands for (the one its span covers)."""
    if not 0 <= side.sentence < len(src.sentences):
        return None
    for d in src.sentences[side.sentence].dates:
        if d.start < side.end and side.start < d.end:
            return d
    return None


def _names_day(d: DateSlot, day: dt.date) -> bool:
    """Whether a date can only be ``day``: a day of a month (its year, when written, too) or a weekday alone."""
    if d.month is not None and d.day is not None:
        return (d.month, d.day) == (day.month, day.day) and d.year in (None, day.year)
    return d.weekday is not None and d.month is None and d.day is None and d.weekday == day.weekday()


def publication_days(f: Finding, sources: dict[int, Source]) -> dict[str, float]:
    """``own_days``, for a date finding: 1 when each side's date is its own report's day of publication and the two
    reports came out on different days ("met on Thursday" in a report of Thursday, "met on Sunday" in one of
    Sunday): each report tells what happened on its own day, two happenings (two meetings), not one dated two ways.
    Empty for any other finding, or when a report's day of publication is unknown."""
    if f.slot != "date" or f.a.source not in sources or f.b.source not in sources:
        return {}
    sa, sb = sources[f.a.source], sources[f.b.source]
    pa, pb = published_day(sa), published_day(sb)
    da, db = _date_of(sa, f.a), _date_of(sb, f.b)
    if pa is None or pb is None or da is None or db is None:
        return {}
    own = pa != pb and _names_day(in_year(sa, da), pa) and _names_day(in_year(sb, db), pb)
    return {"own_days": float(own)}


def _verb(a: Amount) -> str | None:
    """The predicate a figure hangs from (the claims layer's ``extra["verb"]``); a light verb ("is", "has") says
    nothing of which fact it is."""
    v = a.extra.get("verb")
    return v if v and v not in LIGHT_VERBS else None


def _counted_words(a: Amount) -> frozenset[str]:
    """The counted thing as written, head and modifiers ("striking dock workers"), lower case, no stop words; the
    measure word alone for a figure that counts one before a singular head ("an 8 million drel grant": drel;
    ``Amount.extra["measure"]``, :func:`newsprism.story.compare.measure_word`, round 50), as "8 million drels"."""
    if a.extra.get("measure"):
        return frozenset({str(a.extra["measure"])})
    return frozenset(w.lower() for w in _COUNTED_WORD.findall(a.noun_text or "")) - STOP


def _counted_key(a: Amount) -> tuple[str, str]:
    """Which counted thing a figure is of, for counting figures per document: its dimension and its noun's
    synonym group (or the noun, plural aside; "" when the parse found none)."""
    noun = a.noun or ""
    return a.dim, str(settings()["syn_index"].get(noun, noun.rstrip("s")))


# every different figure of a report by a key of the figure (its counted thing, or its dimension and unit) -> the
# figures' intervals
FigureIndex = dict[tuple[str, str], set[tuple[float, float]]]


def figure_index(src: Source, key: Callable[[Amount], tuple[str, str]] | None = None) -> FigureIndex:
    """Every different figure (its interval) the source gives of each counted thing (``_counted_key``), or of each
    ``key`` of a figure; the same figure told twice is one."""
    out: FigureIndex = {}
    for s in src.sentences:
        for x in s.amounts:
            out.setdefault((key or _counted_key)(x), set()).add((x.low, x.high))
    return out


def dimension_key(x: Amount) -> tuple[str, str]:
    """A figure's dimension and unit, whatever it counts or measures; a window ("the third rise in four years") is a
    figure of its own, apart from the lengths of time (round 29)."""
    w = x.extra.get("window")
    return x.dim, (x.unit or "") + (f" window:{w}" if w else "")


def sole_of_dimension(f: Finding, dims: dict[int, FigureIndex],
                      sources: dict[int, Source] | None = None) -> dict[str, float]:
    """Whether each figure of an amount finding is the only figure of its dimension and unit in its whole report
    (``sole_dim``: 1 for both, 0.5 for one): a report that gives one duration, one share or one measure gives it of
    one fact, whatever the clause says it is of. ``dims``: :func:`figure_index` by :func:`dimension_key` of each
    source. For the dimensions in ``sole_by_measured.dims`` (durations) and given ``sources``, the report's other
    figures count only when they measure the same thing (:func:`_sole_of_thing`): "the intake had been shut for 36
    hours" is the only length of the shutdown in a report that also says "boil water for 48 hours" (round 26).
    Empty for any other finding."""
    a, b = f.a.amount, f.b.amount
    if a is None or b is None or f.a.source not in dims or f.b.source not in dims:
        return {}

    def sole(x: Amount, side: FindingSide) -> float:
        if len(dims[side.source].get(dimension_key(x), set()) | {(x.low, x.high)}) == 1:
            return 1.0
        if sources is None or side.source not in sources or x.dim not in settings()["sole_by_measured"]["dims"]:
            return 0.0
        return float(_sole_of_thing(sources[side.source], side.sentence, x))

    return {"sole_dim": (sole(a, f.a) + sole(b, f.b)) / 2}


def _thing(src: Source, sentence: int, x: Amount) -> str | None:
    if not 0 <= sentence < len(src.sentences):
        return None
    s = src.sentences[sentence]
    return measured_thing(s.text, x.start - s.start, x.end - s.start, x.text)


def _sole_of_thing(src: Source, sentence: int, x: Amount) -> bool:
    """Whether ``x`` is the only figure of its dimension and unit that ``src`` gives of what ``x`` measures
    (:func:`newsprism.story.groups.measured_thing`): every other such figure of another value is told of another
    thing. A figure whose thing cannot be read counts as of the same thing (so ``x`` of an unknown thing is sole
    only as the whole report's only one)."""
    thing = _thing(src, sentence, x)
    if thing is None:
        return False
    for k, s in enumerate(src.sentences):
        for y in s.amounts:
            if dimension_key(y) != dimension_key(x) or (y.low, y.high) == (x.low, x.high):
                continue
            other = _thing(src, k, y)
            if other is None or same_thing(other, thing):
                return False
    return True


# a stated figure as compared across sources: dimension, unit, counted thing (``_counted_key``'s noun part) and the
# value as written
StatedFigure = tuple[str, str, str, float]


def stated_figures(src: Source) -> set[StatedFigure]:
    """Every figure a source states with a value (not a vague word or a range), once each."""
    return {(x.dim, x.unit or "", _counted_key(x)[1], x.value) for s in src.sentences for x in s.amounts
            if x.value is not None}


def told_across(f: Finding, stated: dict[int, set[StatedFigure]]) -> dict[str, float]:
    """Whether each side's figure is also stated by the other side's source: two figures that both sources tell are
    two facts both know (a report that gives 12 approving and 5 abandoning nations against one that gives the same
    two), not one fact told two ways; a clash of one fact leaves each source with its own figure. ``told_across``:
    the share of the two figures (0, 0.5, 1) the other source states of the same counted thing;
    ``told_across_dim``: of any counted thing of the same dimension and unit. Empty for any finding but two
    stated figures."""
    a, b = f.a.amount, f.b.amount
    if a is None or b is None or a.value is None or b.value is None or f.a.source not in stated \
            or f.b.source not in stated:
        return {}

    def told(x: Amount, other: set[StatedFigure]) -> tuple[float, float]:
        key = (x.dim, x.unit or "", _counted_key(x)[1], x.value)
        same_dim = any(y[0] == key[0] and y[1] == key[1] and y[3] == key[3] for y in other)
        return float(key in other), float(same_dim)

    sa, da = told(a, stated[f.b.source])
    sb, db = told(b, stated[f.a.source])
    return {"told_across": (sa + sb) / 2, "told_across_dim": (da + db) / 2}


def stated_ordinals(src: Source) -> set[int]:
    """Every ordinal value a source states, once each. The value alone: the ordered thing is no key, since the parse
    of a coordination hangs ordinals on each other's nouns ("117th Street and 97th Avenue" reads as a 97th street)."""
    return {o.value for s in src.sentences for o in s.ordinals}


def ordinal_told_across(f: Finding, sources: dict[int, Source], stated: dict[int, set[int]]) -> dict[str, float]:
    """``told_across`` for an ordinal finding: the share of its two ordinals the other source also states ("97th
    Avenue" and "117th Street" of one crossing, both named by both reports). Empty for any other finding."""
    if f.slot != "ordinal" or f.a.source not in stated or f.b.source not in stated:
        return {}

    def own(side: FindingSide) -> int | None:
        for o in sources[side.source].sentences[side.sentence].ordinals:
            if o.start < side.end and side.start < o.end:
                return o.value
        return None

    a, b = own(f.a), own(f.b)
    if a is None or b is None:
        return {}
    if settings().get("ordinal_told_own_rank", False) and a != b and f.features.get("refers", 0.0) >= 1.0:
        # each report ranks its own happening ("It is the second time ...", "This is the company's second night
        # route"): the other report tells that rank only as a rank of the same series (round 52b). Asked only of
        # two different ranks (round 53): two reports that give one rank agree on it whatever else they rank, so
        # an agreement ("it was the first time" in both) keeps the value-only reading
        told_a = _told_in_series(sources[f.a.source], f.a, a, sources[f.b.source])
        told_b = _told_in_series(sources[f.b.source], f.b, b, sources[f.a.source])
        return {"told_across": (float(told_a) + float(told_b)) / 2}
    return {"told_across": (float(a in stated[f.b.source]) + float(b in stated[f.a.source])) / 2}


def _told_in_series(src: Source, side: FindingSide, value: int, other: Source) -> bool:
    """Whether ``other`` states ``value``, the rank one side of an ordinal finding gives of its report's own
    happening, as a rank of a series that side's sentence orders: through an ordinal of that value on the same scale
    (a series, or the same superlative) whose ordered thing could be one of the things the side's sentence orders
    (the same noun, a synonym, an unknown or elided noun, an "Nth time" whose verb the noun names:
    :func:`newsprism.story.compare._series_match` >= 0, or one kind for WordNet). An ordinal orders its own head noun
    and scale, so "Kelvania's second city", "bought second-hand" or "the first week's departures" state no "second"
    or "first" of a rationing or a night route. Every ordinal of the side's sentence is asked, not only the paired
    one. Asked by :func:`ordinal_told_across` only when both ranks point back to each report's own happening
    (feature ``refers``) and the two ranks differ (round 53: the question is whether a CONFLICT of two ranks is
    told by both; one rank given by both is an agreement whatever else either report ranks), switch
    ``ordinal_told_own_rank``; round 52b (issue 11), a rule of English (round 50's per-series reading; round 52
    ord52's key, narrowed), not fitted."""
    if not 0 <= side.sentence < len(src.sentences):
        return value in stated_ordinals(other)
    sent = src.sentences[side.sentence]
    mine = [(o, None if o.noun in sent.names else o.noun) for o in sent.ordinals]
    for s in other.sentences:
        for x in s.ordinals:
            if x.value != value:
                continue
            nx = None if x.noun in s.names else x.noun
            for o, no in mine:
                if o.superlative == x.superlative and (_series_match(o, no, x, nx) >= 0 or kind_nouns(no, nx)):
                    return True
    return False


def told_by_both(f: Finding) -> bool:
    """Whether a figure or order conflict sets two values that each source states: both reports tell both
    facts (two streets of one crossing, two counts of two groups), so they do not disagree on either."""
    return (f.kind in ("conflict", "precision") and (f.slot in AMOUNT_SLOTS or f.slot == "ordinal")
            and f.features.get("told_across", 0.0) >= 1.0)


_WORD = re.compile(r"\w+")


def part_of_whole(f: Finding) -> bool:
    """Whether a count conflict sets a part of a group against the whole group (``part_whole``,
    :func:`newsprism.story.groups.part_and_whole`: "Five of the hospitals will be merged" / "The region has 14
    hospitals"): one fact told as part and whole, so no finding at all, not merely one held behind "show more".
    Round 37 (issue 11)."""
    return f.kind == "conflict" and float(f.features.get("part_whole", 0.0)) >= 1.0


def same_words(f: Finding) -> bool:
    """Whether a status finding sets one wording against itself (the same quoted sentence in both reports): the
    same words cannot tell a plan in one report and a deed in the other, so any status difference is a misread."""
    return f.kind == "status" and _WORD.findall(f.a.text.lower()) == _WORD.findall(f.b.text.lower())


def decided_deed(f: Finding) -> bool:
    """Whether a status finding sets a decision to act, told as taken ("the council agreed to ask the capital for
    help"), against the act told done ("asked the national government for help") (``decided``,
    :func:`newsprism.story.compare.decided_against_deed`, round 38, issue 11): a decision taken says nothing of
    whether the act has happened since, so the two reports tell no different status, and there is no finding at
    all (as :func:`same_words`), not one held behind "show more"."""
    return f.kind == "status" and float(f.features.get("decided", 0.0)) >= 1.0


def same_fact(f: Finding, index: dict[int, FigureIndex]) -> dict[str, float]:
    """Whether the two figures of an amount finding are one fact told twice, not numbers of different things:
    the same predicate (``same_verb``; ``verb_clash`` when both are known and differ: "approved" / "abandoned"
    nations), how much of the counted thing as written they share (``counted``: head and modifiers, Jaccard) and
    whether each is the only figure of its counted thing in its document (``sole``: 1 for both, 0.5 for one). A
    story's one figure of "dockworkers" in each report is likely one fact; a report that gives three figures of
    "dollars" gives figures of three things. ``presence_clash``: one figure hangs from a verb of presence
    (``presence_verbs``: those working, living, sleeping, employed there) and the other from another verb that is not
    a light one: "38 men were working in the gallery" / "two men were killed" count the people there and the people
    the happening struck, two groups (round 26). ``source_count``: either figure counts the report's sources ("three
    hostages who spoke to the paper", "according to two witnesses": claims.slots._source_group), not the thing told
    of (round 33). ``index``: :func:`figure_index` of each source. Empty for any other
    finding."""
    a, b = f.a.amount, f.b.amount
    if a is None or b is None or f.a.source not in index or f.b.source not in index:
        return {}
    va, vb = _verb(a), _verb(b)
    wa, wb = _counted_words(a), _counted_words(b)
    if a.extra.get("measure") or b.extra.get("measure"):  # a measure word is singular by grammar: "drel" / "drels"
        wa, wb = frozenset(noun_base(w) for w in wa), frozenset(noun_base(w) for w in wb)
    sole = (float(len(index[f.a.source].get(_counted_key(a), set()) | {(a.low, a.high)}) == 1)
            + float(len(index[f.b.source].get(_counted_key(b), set()) | {(b.low, b.high)}) == 1)) / 2
    presence = _presence_verbs()
    return {"same_verb": float(bool(va and va == vb)), "verb_clash": float(bool(va and vb and va != vb)),
            "counted": len(wa & wb) / len(wa | wb) if wa and wb else 0.0, "sole": sole,
            "presence_clash": float(bool(va and vb and (va in presence) != (vb in presence))),
            "source_count": float(bool(a.extra.get("sources") or b.extra.get("sources")))}


@cache
def _presence_verbs() -> frozenset[str]:
    """``presence_verbs`` of compare.json as the claims layer keys a figure's verb (``verb_key``)."""
    return frozenset(verb_key(w) for w in settings()["presence_verbs"])


def party_denial(f: Finding) -> bool:
    """Whether a status finding sets a deed against a party's own denial, relayed as the party's word.

    A report that tells a claim and adds the accused's denial ("X, who allegedly took a selfie, has denied taking
    it"; "a biopsy was never performed at the Y clinic, a spokesperson for the Y clinic said") does not assert that
    the thing did not happen: both reports tell the claim, and neither says in its own voice (or an authority's)
    that it is false, so the sources do not disagree on what happened. The denial is a party's when it is
    attributed to someone (a reported denial, not the outlet's assertion) who is the denied clause's doer (the
    clause has no subject of its own, "denied taking", or a personal pronoun, "denied she took") or is named in
    it (the clinic where the procedure was said to be done). With ``status_own_admission`` (round 52) a finding that
    sets the denial against the same party's own admission (feature ``own_word``: "Sarko denied that he had passed
    the numbers" / "Sarko admitted in court that he had passed the winning numbers") is no such denial: the other
    report tells the deed as the party's own, not as another's claim, so the party's two statements disagree."""
    if f.slot != "status" or f.kind != "status" or f.detail != "denial":
        return False
    if settings().get("status_own_admission") and float(f.features.get("own_word", 0.0)) >= 1.0:
        return False
    side = f.a if f.a.status == "denied" else f.b if f.b.status == "denied" else None
    if side is None or not side.attributed_to:
        return False
    words = [w.lower().strip("\"“‘'") for w in side.text.split()]
    words = words[1:] if words and words[0] in COMPLEMENTIZERS else words
    if not words:
        return False
    first = words[0]
    if first in DOER_PRONOUNS or first.endswith("ing"):
        return True
    # capitalised words but the opening one (capitalised as the first word, not as a name)
    named = {m.group().lower() for m in _NAME.finditer(side.text) if m.start() > 0} - STOP
    return bool(named & {w.lower() for w in _NAME.findall(side.attributed_to)})


def _clause_status(src: Source, side: FindingSide) -> Status | None:
    if not 0 <= side.sentence < len(src.sentences):
        return None
    for st in src.sentences[side.sentence].statuses:
        if st.clause_start == side.start and st.clause_end == side.end:
            return st
    return None


def _word_base(word: str) -> str:
    """A word as a kind of a thing, whatever its number or possessive ("Marines'" and "Marine" are one kind)."""
    return noun_base(word.lower().removesuffix("'s").removesuffix("’s").rstrip("'’"))


def _kind_word(raw: list[str], head: str, verbs: tuple[str, ...]) -> str | None:
    """The word right before the first mention of ``head`` in a sentence's words ``raw`` (as :func:`_word_base`),
    when it picks a kind of the thing ("personal" of "their personal weapons"); None when the noun is not named or stands
    alone or after an article, a quantifier or a form of either clause's verb (``verbs``: their predicate keys, the
    stems "express" of "expressed qualms" / "will express qualms": the verb before its object is no kind of it)."""
    words = [_word_base(w) for w in raw]
    for k, w in enumerate(words):
        if k > 0 and w == head:
            if raw[k][:1].isupper():
                return None  # a name ("Mr. Biden" / "Vice President Biden"): a title before it is no kind
            before = words[k - 1]
            return None if before in NON_KIND_WORDS or before.startswith(verbs) or before.isdigit() else before
    return None


def kind_contrast(f: Finding, sources: dict[int, Source]) -> dict[str, float]:
    """``kind_contrast`` 1 when a status finding's clauses name a participant's noun (either clause's subject or
    object) in both sentences but each sentence names a different kind of it that the other sentence does not name at
    all ("All crew served weapons were destroyed" / "their personal weapons were not destroyed"): a deed and a denial
    of two kinds of one thing are two happenings, however alike the sentences. Empty for any other finding. Round
    15, written on r14 (0.58, wrong)."""
    if f.kind != "status" or f.slot != "status" or f.a.source not in sources or f.b.source not in sources:
        return {}
    sa, sb = sources[f.a.source], sources[f.b.source]
    a, b = _clause_status(sa, f.a), _clause_status(sb, f.b)
    if a is None or b is None:
        return {}
    heads = sorted({h for h in (a.subject, a.object, b.subject, b.object) if h})
    ra = _COUNTED_WORD.findall(sa.sentences[f.a.sentence].text)
    rb = _COUNTED_WORD.findall(sb.sentences[f.b.sentence].text)
    wa, wb = [_word_base(w) for w in ra], [_word_base(w) for w in rb]
    verbs = tuple(st.predicate.lower() for st in (a, b) if st.predicate)
    for head in heads:
        ka, kb = _kind_word(ra, head, verbs), _kind_word(rb, head, verbs)
        if ka and kb and ka != kb and ka not in wb and kb not in wa:
            return {"kind_contrast": 1.0}
    return {"kind_contrast": 0.0}


def _family(f: Finding) -> str:
    return "amount" if f.slot in AMOUNT_SLOTS else f.slot


def group(findings: list[Finding]) -> list[list[Finding]]:
    """Findings joined through a shared slot (same source, family and span), per family."""
    parent = list(range(len(findings)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[tuple[str, int, int, int], int] = {}
    for i, f in enumerate(findings):
        for s in (f.a, f.b):
            key = (_family(f), s.source, s.start, s.end)
            if key in owner:
                parent[find(i)] = find(owner[key])
            else:
                owner[key] = i
    groups: dict[int, list[Finding]] = {}
    for i, f in enumerate(findings):
        groups.setdefault(find(i), []).append(f)
    return list(groups.values())


def _quantity(a: Amount | None) -> Quantity | None:
    if a is None:
        return None
    return Quantity(text=a.text, value=a.value, low=a.low, high=None if math.isinf(a.high) else a.high,
                    unit=a.unit if a.dim != "count" else a.noun, vague=a.bound != "exact", bound=a.bound,
                    dimension=a.dim)


def _side(s: FindingSide, docs: Sequence[Document]) -> Side:
    d = docs[s.source]
    status = s.status if s.status in ("occurred", "planned", "ongoing", "denied", "hypothetical") else None
    return Side(document=d.id, outlet=d.outlet, start=s.start, end=s.end, text=d.text[s.start : s.end],
                value=s.value, quantity=_quantity(s.amount), status=status, attributed_to=s.attributed_to)


def _quote(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return f"“{text}”"


def _around(sentence: str, value: str, limit: int = 120) -> str:
    """``sentence`` quoted, cut to about ``limit`` characters so that ``value`` stays in the quote."""
    text = " ".join(sentence.split())
    at = text.find(" ".join(value.split()))
    if len(text) <= limit or at < 0 or at + len(value) < limit - 20:
        return _quote(text, limit)
    start = text.rfind(" ", 0, max(0, at - limit // 3)) + 1
    return "“…" + _quote(text[start:], limit)[1:]


def _snippet(text: str, words: int = 12) -> str:
    parts = " ".join(text.split()).split(" ")
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _sentence_text(s: FindingSide, sources: dict[int, Source]) -> str:
    """The sentence a side is in (the side's own words when it has no sentence)."""
    return sources[s.source].sentences[s.sentence].text if s.sentence >= 0 else s.text


def topic(f: Finding, sources: dict[int, Source]) -> str:
    """What the flag is about, in plain words: the question the slot answers and the sentence it is in."""
    sent = _sentence_text(f.a, sources)
    a = f.a.amount
    if f.slot == "count":
        head = f"How many {a.noun_text}" if a is not None and a.noun_text else "How many"
    elif f.slot == "duration":
        head = f"How long the {a.noun_text} lasts" if a is not None and a.noun_text else "How long"
    else:
        head = {"quantity": "How much", "percentage": "What share", "date": "When", "ordinal": "In what order",
                "status": "Whether it happened", "event": "Whether it happened",
                "role": "Which title", "named": "Where"}.get(f.slot, "What")
    if f.slot == "role":
        return f"The title of {f.a.text.split()[-1] if f.a.text.split() else 'a person'}"
    return f"{head}: {_snippet(sent)}"


BARE_VALUE_WORDS = 3  # a side this short is a value ("Tuesday", "75"), not a statement a reader can follow


def _say(kind: str, slot: str, detail: str, sides: list[tuple[str, FindingSide]],
         sentence: Callable[[FindingSide], str] | None = None) -> str:
    names = [n for n, _ in sides]
    a, b = sides[0][1], sides[-1][1]
    if kind == "consensus":
        who = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 2 else f"{names[0]} and {names[1]}"
        if sentence is not None and len(a.text.split()) <= BARE_VALUE_WORDS:
            # "A and B agree: “75”." says nothing: name the value and quote where each source gives it
            ctx_a, ctx_b = _around(sentence(a), a.text), _around(sentence(b), b.text)
            return f"{who} agree on {_quote(a.text)}: {ctx_a}" + (f" and {ctx_b}." if ctx_a != ctx_b else ".")
        return f"{who} agree: {_quote(a.text)}" + (f" and {_quote(b.text)}." if a.text != b.text else ".")
    if kind == "precision":
        # each side worded by its own precision (two vague sides are both vague); the vague ones first, since
        # the flag is about them; a flag whose sides carry no vague amount keeps its first side as the vague one
        vague = [s.amount is not None and s.amount.vague for _, s in sides] if any(
            s.amount is not None and s.amount.vague for _, s in sides) else [i == 0 for i in range(len(sides))]
        told = [f"{n} gives a vague figure, {_quote(s.text)}" if v else f"{n} is precise: {_quote(s.text)}"
                for (n, s), v in zip(sides, vague, strict=True)]
        return "; ".join([t for t, v in zip(told, vague, strict=True) if v]
                         + [t for t, v in zip(told, vague, strict=True) if not v]) + "."
    if kind == "status":
        def how(s: FindingSide) -> str:
            if s.status == "denied":
                return "did not happen"
            return {"planned": "is planned", "ongoing": "is under way", "hypothetical": "might happen"}.get(
                s.status or "", "happened")
        parts = [f"{n} that it {how(s)} ({_quote(s.text, 100)})" for n, s in sides]
        return f"{sides[0][0]} reports" + parts[0][len(sides[0][0]):] + "".join(f"; {p}" for p in parts[1:]) + "."
    what = {"role": "calls the person", "date": "dates it", "ordinal": "says"}.get(slot, "reports")
    parts = [f"{n} {what} {_quote(s.text, 100)}" for n, s in sides]
    return "; ".join(parts) + "."


def _explain(kind: str, slot: str, fs: list[Finding], conf: float) -> str:
    f = max(fs, key=lambda x: x.confidence)
    bits = [f"Aligned by sentence meaning (similarity {f.features.get('sentence', 0.0):.2f})"]
    if f.features.get("noun", 0.0) > 0 and slot in AMOUNT_SLOTS:
        bits.append("the same counted thing")
    if kind == "conflict" and slot in AMOUNT_SLOTS:
        bits.append("the figures' ranges do not overlap" if f.detail == "conflict" else "the figures differ")
    elif kind == "conflict" and slot == "role":
        bits.append({"rank": "one title is a lower rank of the other's office (a deputy minister is not the minister) "
                             "or one no longer held (former)",
                     "portfolio": "the titles name different posts of one office (foreign minister, defence minister)",
                     "title": "one person does not hold both offices at once"}.get(f.detail, "the titles differ"))
    elif kind == "conflict" and slot == "date" and f.detail == "time":
        bits.append("the same act is given different times of day")
    elif kind == "conflict" and slot == "named" and f.detail == "place":
        bits.append("one death is placed at two stages of care (at the scene, on the way to hospital, in hospital)")
    elif kind == "conflict" and slot == "named" and f.detail == "home":
        bits.append("one person is given two home places, neither within the other")
    elif kind == "conflict" and slot == "date":
        bits.append("the same happening is dated to different days")
    elif kind == "conflict" and slot == "ordinal":
        bits.append("different order (first, second, ...)")
    elif kind == "status":
        bits.append("one reports it as done and the other as planned" if f.detail == "plan"
                    else "one reports it and the other denies it")
    elif kind == "precision":
        bits.append("a vague word against a figure")
    p = f.features.get("p_contradiction")
    judge_note = f" The contradiction judge gives {p:.2f} that the sentences disagree." if p is not None else ""
    return "; ".join(bits) + f". Confidence {conf:.2f}.{judge_note}"


def to_flags(findings: list[Finding], sources: dict[int, Source], docs: Sequence[Document]) -> list[Discrepancy]:
    """One Discrepancy per group of joined findings (the most severe kind in the group)."""
    out: list[Discrepancy] = []
    findings = [f for f in findings if not (party_denial(f) or told_by_both(f) or same_words(f) or part_of_whole(f)
                                               or decided_deed(f))]
    for g in group(findings):
        worst = max(g, key=lambda f: (SEVERITY[f.kind], f.confidence))
        if worst.kind == "consensus" and worst.slot == "role":
            continue  # all sources naming a standing title ("President X") says nothing about the story
        if worst.kind != "consensus":
            out += _disagreements(g, sources, docs)
        # the sources that give the same value agree, whatever a third one says: "12 accords" in two sources
        # stays a consensus beside the vague "several accords" of a third (a title is left out: all sources
        # naming a standing title says nothing, whatever a third source calls the person)
        for agreed in agreements([f for f in g if f.kind == "consensus" and f.slot != "role"]):
            out += _flag("consensus", agreed, sources, docs)
    return out


def _disagreements(g: list[Finding], sources: dict[int, Source], docs: Sequence[Document]) -> list[Discrepancy]:
    """The flags of a group's disagreeing findings, those at or above the report's bar (``confident_at``) flagged
    apart from those under it. A shared side joins findings of any confidence (:func:`group`), so one flag of the
    whole group would show, under the confidence of its surest finding, a side that only an unsure finding brought
    in: "14 people" / "17 people" (0.67) drew in a third report's "about 9,000 residents" through a finding of 0.21
    (wire4, round 32). A side that agrees with a sure side stays (:func:`_with_corroborated`). The other unsure
    findings make flags of their own behind "show more"; within each part the most
    severe kind of each joined group is flagged. A group whose findings are all sure or all unsure is one flag, as
    before."""
    bar = confident_at()
    flagged = [f for f in g if f.kind != "consensus"]
    sure = [f for f in flagged if f.confidence >= bar]
    if sure and len(sure) < len(flagged):
        sure = _with_corroborated(sure, [f for f in flagged if f.confidence < bar],
                                  [f for f in g if f.kind == "consensus"])
    parts = [g] if len(sure) in (0, len(flagged)) else [sure, [f for f in flagged if all(f is not x for x in sure)]]
    out: list[Discrepancy] = []
    for part in parts:
        for joined in (group(part) if len(parts) > 1 else [part]):
            worst = max(joined, key=lambda f: (SEVERITY[f.kind], f.confidence))
            out += _flag(worst.kind, [f for f in joined if f.kind == worst.kind], sources, docs)
    return out


def _with_corroborated(sure: list[Finding], unsure: list[Finding], agreed: list[Finding]) -> list[Finding]:
    """``sure`` and every unsure finding that adds only a side which a consensus finding joins to a side already in
    the sure flag: a third report that says what one sure side says ("48-page" in two reports against "47-page")
    corroborates it and stays in the flag."""
    mentions = {_mention(s) for f in sure for s in (f.a, f.b)}
    pairs = {frozenset((_mention(f.a), _mention(f.b))) for f in agreed}
    out, left, grown = list(sure), list(unsure), True
    while grown:
        grown = False
        for f in list(left):
            ends = [_mention(f.a), _mention(f.b)]
            new = [m for m in ends if m not in mentions]
            if len(new) == 1 and any(frozenset((new[0], m)) in pairs for m in mentions):
                out.append(f)
                left.remove(f)
                mentions.add(new[0])
                grown = True
    return out


def agreements(agreed: list[Finding]) -> list[list[Finding]]:
    """The separate agreements among a group's consensus findings, each naming every source once.

    A group is joined through any shared slot, conflicts included: two sources giving one defendant's age 24
    and two giving the victim's age 34 meet through a "24 against 34" finding, and are two agreements, not one.
    Within one agreement a source that is joined through two of its mentions ("eight-year offer" of one club
    and of another club) chains two referents: an agreement starts from the surest finding and adds, surest
    first, only findings that bring a source not yet in it through a mention already in it. Findings left out
    that touch none of its mentions make agreements of their own (the other club's offer in two sources)."""
    out: list[list[Finding]] = []
    for part in group(agreed):
        left = sorted(part, key=lambda f: -f.confidence)
        while left:
            chosen, used = _one_agreement(left)
            out.append(chosen)
            taken = {id(f) for f in chosen}
            left = [f for f in left if id(f) not in taken and not {_mention(f.a), _mention(f.b)} & used]
    return sorted(out, key=lambda fs: -max(f.confidence for f in fs))


def _mention(s: FindingSide) -> tuple[int, int, int]:
    return (s.source, s.start, s.end)


def _one_agreement(ordered: list[Finding]) -> tuple[list[Finding], set[tuple[int, int, int]]]:
    """The agreement grown from the first (surest) finding of ``ordered``, and the mentions it names."""
    first = ordered[0]
    chosen, taken = [first], {id(first)}
    mention = {first.a.source: _mention(first.a), first.b.source: _mention(first.b)}
    grown = True
    while grown:
        grown = False
        for f in ordered:
            if id(f) in taken:
                continue
            ends = {f.a.source: _mention(f.a), f.b.source: _mention(f.b)}
            shared = [src for src, m in ends.items() if mention.get(src) == m]
            new = [src for src in ends if src not in mention]
            if len(shared) == 1 and len(new) == 1:
                chosen.append(f)
                taken.add(id(f))
                mention[new[0]] = ends[new[0]]
                grown = True
    return chosen, set(mention.values())


def _flag(kind: DiscrepancyKind, chosen: list[Finding], sources: dict[int, Source],
          docs: Sequence[Document]) -> list[Discrepancy]:
    """The flag of one kind made from the joined findings ``chosen`` (none when it is not worth showing)."""
    worst = max(chosen, key=lambda f: f.confidence)
    if kind == "consensus" and worst.slot in ("status", "event") and \
            not {f.a.status for f in chosen} & NOTABLE_STATUS and not any(f.detail == "corroborated" for f in chosen):
        return []  # agreement that an ordinary thing happened is no news
    seen: set[tuple[int, int, int]] = set()
    sides: list[tuple[str, FindingSide]] = []
    for f in sorted(chosen, key=lambda x: -x.confidence):
        for s in (f.a, f.b):
            if (s.source, s.start, s.end) not in seen:
                seen.add((s.source, s.start, s.end))
                sides.append((sources[s.source].name, s))
    sides.sort(key=lambda x: (x[1].source, x[1].start))
    if len({s.source for _, s in sides}) < 2:
        return []
    conf = max(f.confidence for f in chosen) if kind != "consensus" else min(f.confidence for f in chosen)
    slot = worst.slot
    return [Discrepancy(kind=kind, slot=slot, topic=topic(worst, sources),
                        statement=_say(kind, slot, worst.detail, sides, lambda s: _sentence_text(s, sources)),
                        explanation=_explain(kind, slot, chosen, conf), confidence=round(conf, 4),
                        sides=[_side(s, docs) for _, s in sides])]
