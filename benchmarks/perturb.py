"""The perturbation set: real news sentences, a paraphrased second source, one planted change or none.

Sentences come from the PTC articles (SemEval-2020 Task 11 train + dev, ``ptc2020``) and the BASIL articles
(``media-bias/basil``) in ``../shared/data``, read at run time; no text is written into the repository.
Articles are split in two halves by the md5 of their id: ``build`` (the half the templates below were
written and checked on, and the half the story confidence is calibrated on) and ``report`` (the half the
benchmark figures are measured on).

For every pair, source A is the real sentence with its neighbours from the same article; source B is the same
sentences paraphrased (fronted phrases moved, attributions turned around, a few word swaps) and reordered,
with one change planted into the target sentence:

planted (must be flagged): ``number`` (a figure changed), ``bound`` (a bound that excludes the figure,
"fewer than" half of it or "more than" twice it), ``title`` (a rank added or removed, or another title),
``ordinal`` (first/second/...), ``duration`` (another length, sometimes reworded: "a two-year deal" ->
"a deal of five years"), ``date`` (another weekday or day of the month for the same happening),
``status`` (a deed made a plan, or a plan a deed), ``denial`` (a deed denied).

compatible (must not be flagged): ``compat_bound`` (a bound that holds the figure), ``compat_honorific``
(an added or re-spelt honorific), ``compat_paraphrase`` (the paraphrase alone), ``compat_figure`` (the same
figure in other words: "40" -> "forty", "$1.7 billion" -> "1.7 billion dollars", "two years" -> "24
months"), ``compat_dates`` (a second date that belongs to another happening: the date a source *said* it, or
the date of a separate event in an added sentence), ``compat_other`` (B has, in place of the target sentence,
another sentence of the same article with figures, dates or titles of its own: different things, never a
conflict).

The site finders are this module's own regular expressions (not newsprism's extractors), so the benchmark
does not only test what the extractors already find. Everything is drawn from one seeded ``random.Random``.
The mutations that pick a site take an optional ``at`` (the site's start in the sentence): ``bench_planted.py``
plants into the site of a fact that another outlet also states (without it, the draw is the same as before).
"""

from __future__ import annotations

import glob
import hashlib
import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PLANTED = ("number", "bound", "title", "ordinal", "duration", "date", "status", "denial")
COMPATIBLE = ("compat_bound", "compat_honorific", "compat_paraphrase", "compat_figure", "compat_dates",
              "compat_other")
# What a right flag for a planted change looks like: kind and slot of the Discrepancy.
EXPECT: dict[str, tuple[set[str], set[str]]] = {
    "number": ({"conflict"}, {"count", "quantity", "percentage"}),
    "bound": ({"conflict"}, {"count", "quantity", "percentage"}),
    "title": ({"conflict"}, {"role"}),
    "ordinal": ({"conflict"}, {"ordinal"}),
    "duration": ({"conflict"}, {"duration"}),
    "date": ({"conflict"}, {"date"}),
    "status": ({"status"}, {"status"}),
    "denial": ({"status"}, {"status"}),
}

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
TITLES = ["President", "Sen.", "Senator", "Rep.", "Representative", "Gov.", "Governor", "Secretary",
          "Minister", "Prime Minister", "Attorney General", "Gen.", "General", "Director", "Chairman",
          "Ambassador", "Judge", "Justice", "Mayor", "Speaker", "Commissioner", "Sheriff", "Chancellor",
          "Lt. Gen.", "Col.", "Adm.", "Chief", "Commander", "Senate Majority Leader", "House Speaker",
          "Secretary of State", "Defense Secretary", "Foreign Minister", "Chief Justice", "Lt. Gov."]
SWAP = {"Senator": "Governor", "Sen.": "Gov.", "Gov.": "Sen.", "Governor": "Senator", "Rep.": "Sen.",
        "Representative": "Senator", "Secretary": "Director", "Director": "Secretary", "Judge": "Prosecutor",
        "Mayor": "Governor", "Minister": "Ambassador", "Ambassador": "Minister", "Gen.": "Col.",
        "General": "Colonel", "Col.": "Gen.", "Chairman": "Director", "Commissioner": "Director",
        "Sheriff": "Mayor", "Chancellor": "President", "Justice": "Judge", "Speaker": "Senator",
        "Commander": "Colonel", "Chief": "Deputy Chief", "Defense Secretary": "Navy Secretary",
        "Foreign Minister": "Defense Minister", "Secretary of State": "Secretary of Defense",
        "Attorney General": "Solicitor General", "Prime Minister": "Foreign Minister",
        "President": "Vice President", "Senate Majority Leader": "Senate Minority Leader",
        "House Speaker": "House Majority Leader", "Chief Justice": "Associate Justice", "Lt. Gen.": "Maj. Gen.",
        "Adm.": "Vice Adm.", "Lt. Gov.": "Gov."}
REPORTING = r"(?:said|says|told|announced|stated|added|wrote|reported|tweeted|noted|explained|claimed)"
IRREGULAR_PAST = {"be": "was", "have": "had", "do": "did", "go": "went", "make": "made", "take": "took",
                  "give": "gave", "come": "came", "become": "became", "begin": "began", "bring": "brought",
                  "buy": "bought", "sell": "sold", "send": "sent", "spend": "spent", "build": "built",
                  "find": "found", "think": "thought", "know": "knew", "see": "saw", "write": "wrote",
                  "run": "ran", "strike": "struck", "fight": "fought", "catch": "caught", "shoot": "shot",
                  "fall": "fell", "rise": "rose", "lead": "led", "pay": "paid", "lay": "laid", "hit": "hit",
                  "put": "put", "set": "set", "cut": "cut", "quit": "quit", "keep": "kept", "stand": "stood",
                  "draw": "drew", "throw": "threw", "break": "broke", "speak": "spoke", "choose": "chose",
                  "freeze": "froze", "seek": "sought", "teach": "taught", "meet": "met", "win": "won",
                  "lose": "lost", "leave": "left", "hold": "held", "tell": "told", "say": "said", "get": "got",
                  "feel": "felt", "hear": "heard", "mean": "meant", "sit": "sat", "let": "let", "read": "read",
                  "grow": "grew", "drive": "drove", "fly": "flew", "sing": "sang", "wear": "wore", "bear": "bore",
                  "shut": "shut", "spread": "spread", "flee": "fled", "sink": "sank", "steal": "stole",
                  "withdraw": "withdrew", "undertake": "undertook", "overtake": "overtook", "forbid": "forbade",
                  "forgive": "forgave", "arise": "arose", "swear": "swore", "tear": "tore", "bind": "bound"}
PAST_TO_BASE = {v: k for k, v in IRREGULAR_PAST.items()}
PARTICIPLE = {"be": "been", "go": "gone", "take": "taken", "give": "given", "know": "known", "see": "seen",
              "write": "written", "fall": "fallen", "rise": "risen", "draw": "drawn", "throw": "thrown",
              "break": "broken", "speak": "spoken", "choose": "chosen", "freeze": "frozen", "drive": "driven",
              "fly": "flown", "steal": "stolen", "withdraw": "withdrawn", "forbid": "forbidden", "grow": "grown",
              "wear": "worn", "tear": "torn", "swear": "sworn", "begin": "begun", "sing": "sung", "sink": "sunk"}
SKIP_VERBS = {"be", "have", "do", "say", "tell", "add", "report", "write", "note", "claim", "state", "announce",
              "explain", "tweet", "seem", "appear", "believe", "think", "know", "feel", "want", "need", "like",
              "mean", "get", "become", "remain", "continue", "go", "come", "let", "make", "use", "try", "ask",
              "call", "hear", "see", "look", "argue", "suggest", "insist", "warn", "deny"}


@dataclass
class Pair:
    id: str
    kind: str
    half: str
    source: str
    a_text: str
    b_text: str
    a_target: tuple[int, int]  # the target sentence in A
    b_target: tuple[int, int]  # the (changed) target sentence in B
    planted: bool
    detail: dict[str, Any] = field(default_factory=dict)
    # (start, end, index of the sentence in the article) of every sentence of A and of B
    a_sents: list[tuple[int, int, int]] = field(default_factory=list)
    b_sents: list[tuple[int, int, int]] = field(default_factory=list)
    target: int = -1  # index in the article of the target sentence
    a_change: tuple[int, int] | None = None  # the changed words in A and in B, when they can be found
    b_change: tuple[int, int] | None = None
    omitted: int | None = None  # a sentence of A that B leaves out (an omission that must be flagged unique)


# ---- sentences ---------------------------------------------------------------------------------------------

_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘A-Z])")


_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Adm|Sgt|St|Jr|Sr|Prof|Rev|Mt|No|Inc|Co|"
                     r"Corp|Ltd|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec|U\.S|U\.N|U\.K|D\.C|a\.m|p\.m)|\b[A-Z])\.$")


def _sentences(text: str) -> list[str]:
    out: list[str] = []
    for para in text.split("\n"):
        para = " ".join(para.split())
        if not para:
            continue
        pieces = [x for x in _SPLIT.split(para) if x.strip()]
        merged: list[str] = []
        for piece in pieces:
            if merged and _ABBREV.search(merged[-1]):
                merged[-1] = merged[-1] + " " + piece
            else:
                merged.append(piece)
        out += [x.strip() for x in merged]
    return out


def half_of(article_id: str) -> str:
    return "build" if int(hashlib.md5(article_id.encode()).hexdigest(), 16) % 2 == 0 else "report"


def load_articles(data: Path) -> list[tuple[str, list[str]]]:
    """(article id, sentences) for every PTC and BASIL article, in a fixed order."""
    arts: list[tuple[str, list[str]]] = []
    for path in sorted(glob.glob(str(data / "ptc2020" / "*-articles" / "article*.txt"))):
        lines = Path(path).read_text(encoding="utf-8").split("\n")
        arts.append(("ptc:" + Path(path).stem, _sentences("\n".join(lines[1:]))))
    for path in sorted(glob.glob(str(data / "media-bias" / "basil" / "raw" / "articles" / "*" / "*.json"))):
        rec = json.loads(Path(path).read_text(encoding="utf-8"))
        paras = [" ".join(p) if isinstance(p, list) else str(p) for p in rec.get("body-paragraphs", [])]
        arts.append(("basil:" + Path(path).stem, _sentences("\n".join(paras))))
    return arts


def _usable(s: str) -> bool:
    n = len(s.split())
    return 8 <= n <= 45 and s.count('"') + s.count("“") + s.count("”") <= 2 and not s.endswith("?") \
        and s[-1:] in ".!\"”'’" and not re.search(r"https?://|@\w|#\w", s)


# ---- figures -----------------------------------------------------------------------------------------------

_BOUND_BEFORE = r"(?:more than|over|at least|about|around|nearly|almost|some|up to|fewer than|less than|under|" \
                r"roughly|approximately|an estimated|as many as|just|only|estimated|close to|upwards of|" \
                r"no more than|below|above|exceeding|approaching)\s+$"
_ID_BEFORE = re.compile(r"(?:Article|Section|Chapter|Amendment|Proposition|Route|Flight|Room|Resolution|No\.|"
                        r"Number|Title|Part|Level|Phase|Stage|Category|Highway|Interstate|District|Channel|"
                        r"Windows|Model|Type|Page|Rule|Bill|Act|Code|Unit|Gate|Line|Episode|Season|Week|Day|"
                        r"Game|Round|Top|Fortune|Air Force|Area|Camp|Station|Pier|Terminal|Apollo|Su|MiG|F|G)"
                        r"\s*$")
_TIME_UNIT = re.compile(r"[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries)\b", re.I)
_RANGE_NEAR = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s*(?:or|to|and|-|–|in|out of|of)\s+$"
                         r"|\b(?:between|from)\s+$", re.I)
_RANGE_AFTER = re.compile(r"\s*(?:or|to|and|-|–|in|of|out of)\s*(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b",
                          re.I)
_MONTH_RX = "|".join(MONTHS) + r"|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\."
_NUM = re.compile(r"(?<![\w$.,/#:-])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?P<scale> (?:million|billion|trillion))?"
                  r"(?![\w%/:-]|\.\d|,\d)")


def _fmt_like(orig: str, value: float) -> str:
    if "," in orig or (value >= 10000 and "." not in orig):
        return f"{int(round(value)):,}"
    if "." in orig:
        decimals = len(orig.split(".")[1])
        return f"{value:.{decimals}f}"
    return str(int(round(value)))


@dataclass
class Site:
    start: int
    end: int
    text: str
    value: float
    form: str  # digits | word
    dim: str  # count | money | percent
    scale: str = ""


def number_sites(s: str) -> list[Site]:
    """Figures that count something: digits or number words, followed by a lower-case word, not in a date."""
    out: list[Site] = []
    for m in _NUM.finditer(s):
        num, start, end = m.group("num"), m.start(), m.end()
        value = float(num.replace(",", ""))
        before, after = s[:start], s[end:]
        if re.search(_BOUND_BEFORE, before, re.I) or _ID_BEFORE.search(before) or \
                re.search(rf"(?:{_MONTH_RX})\s*$", before) or re.match(rf"\s*(?:{_MONTH_RX})", after):
            continue
        if re.fullmatch(r"(1[89]|20)\d\d", num) or re.match(r"\s*(?:a\.m|p\.m|am\b|pm\b|GMT|ET\b|EST)", after):
            continue
        if _RANGE_NEAR.search(before) or _RANGE_AFTER.match(after) or re.search(r"\b(?:number|no\.)\s*$", before, re.I) \
                or re.match(r"\s*(?:or more|or fewer|or less|or so|-?plus)\b", after):
            continue
        dim, scale = "count", (m.group("scale") or "").strip()
        if before.endswith("$"):
            dim, start = "money", start - 1
        elif re.match(r"\s?(?:%|percent|per cent)", after):
            dim = "percent"
            pm = re.match(r"\s?(?:%|percent|per cent)", after)
            end += pm.end() if pm else 0
        elif not re.match(r"\s+[a-z]", after) or value < 2:
            continue
        elif _TIME_UNIT.match(after):
            continue  # durations are their own kind
        if dim == "count" and (value > 1e7 or scale):
            continue
        out.append(Site(start, end, s[start:end], value, "digits", dim, scale))
    words = "|".join(w for x in WORDS[2:] + list(TENS) for w in (x, x.capitalize()))
    for m in re.finditer(r"\b(?P<w>" + words + r")\s+(?=[a-z]+s\b)", s):
        before = s[: m.start()]
        after = s[m.end("w") :]
        if re.search(_BOUND_BEFORE, before, re.I) or _TIME_UNIT.match(after) or re.match(r"\s+of\b", after) or \
                _RANGE_NEAR.search(before) or _RANGE_AFTER.match(after):
            continue
        if re.search(r"(?:the|these|those|both|its|their|his|her|our|all)\s+$", before, re.I):
            continue  # "the two leaders" names known participants
        w = m.group("w")
        value = WORDS.index(w.lower()) if w.lower() in WORDS else TENS[w.lower()]
        out.append(Site(m.start("w"), m.end("w"), w, float(value), "word", "count"))
    return sorted(out, key=lambda x: x.start)


def _new_value(rng: random.Random, v: float) -> float:
    for _ in range(10):
        f = rng.choice([0.5, 0.4, 2.0, 3.0, 1.5, 2.5, 0.6])
        nv = v * f
        nv = round(nv) if v >= 2 and float(v).is_integer() else round(nv, 1)
        if abs(nv - v) / max(v, 1) >= 0.3 and nv >= 2:
            return float(nv)
    return v + 7


def _word_for(v: int) -> str | None:
    if v < len(WORDS):
        return WORDS[v]
    for w, t in TENS.items():
        if v == t:
            return w
        if t < v < t + 10:
            return f"{w}-{WORDS[v - t]}"
    return None


def _render(site: Site, v: float) -> str:
    if site.form == "word":
        w = _word_for(int(v))
        out = w if w else str(int(v))
        return out.capitalize() if site.text[:1].isupper() else out
    core = _fmt_like(site.text.lstrip("$").split("%")[0].split(" ")[0], v)
    if site.dim == "money":
        return "$" + core + (f" {site.scale}" if site.scale else "")
    if site.dim == "percent":
        return core + site.text[len(site.text.split("%")[0].split(" ")[0]) :]
    return core + (f" {site.scale}" if site.scale else "")


# ---- plants ------------------------------------------------------------------------------------------------

Plant = tuple[str, dict[str, Any]]  # the changed sentence and what was done


def plant_number(rng: random.Random, s: str, at: int | None = None) -> Plant | None:
    sites = [x for x in number_sites(s) if at is None or x.start == at]
    if not sites:
        return None
    site = rng.choice(sites)
    nv = _new_value(rng, site.value)
    new = _render(site, nv)
    return s[: site.start] + new + s[site.end :], {"from": site.text, "to": new, "dim": site.dim}


def plant_bound(rng: random.Random, s: str, at: int | None = None) -> Plant | None:
    sites = [x for x in number_sites(s) if x.value >= 4 and (at is None or x.start == at)]
    if not sites:
        return None
    site = rng.choice(sites)
    if rng.random() < 0.5:
        word, v = rng.choice(["fewer than", "less than", "under", "no more than", "up to"]), site.value * 0.5
        if site.dim != "count" and word == "fewer than":
            word = "less than"
    else:
        word, v = rng.choice(["more than", "at least", "over", "upwards of"]), site.value * 2
    v = round(v) if v >= 2 else v
    new = f"{word} {_render(site, float(v))}"
    if site.text[:1].isupper():
        new = new[0].upper() + new[1:]
    return s[: site.start] + new + s[site.end :], {"from": site.text, "to": new, "dim": site.dim}


def compat_bound(rng: random.Random, s: str, at: int | None = None) -> Plant | None:
    sites = [x for x in number_sites(s) if x.value >= 10 and (at is None or x.start == at)]
    if not sites:
        return None
    site = rng.choice(sites)
    v = site.value
    word, nv = rng.choice([("more than", v * 0.8), ("about", v), ("nearly", v * 1.05), ("at least", v),
                           ("up to", v * 1.25), ("fewer than", v * 1.5), ("some", v), ("roughly", v),
                           ("almost", v * 1.05), ("over", v * 0.9)])
    nv = float(int(nv) + (1 if word in ("nearly", "almost", "up to", "fewer than") and nv != int(nv) else 0))
    if site.dim != "count" and word == "fewer than":
        word = "less than"
    new = f"{word} {_render(site, nv)}"
    if site.text[:1].isupper():
        new = new[0].upper() + new[1:]
    return s[: site.start] + new + s[site.end :], {"from": site.text, "to": new, "dim": site.dim}


def compat_figure(rng: random.Random, s: str) -> Plant | None:
    """The same figure in other words."""
    opts: list[tuple[int, int, str, str]] = []
    for site in number_sites(s):
        v = int(site.value) if float(site.value).is_integer() else None
        if site.form == "word" and v is not None:
            opts.append((site.start, site.end, site.text, str(v)))
        elif site.dim == "count" and v is not None and 2 <= v <= 99 and _word_for(v):
            opts.append((site.start, site.end, site.text, str(_word_for(v))))
        elif site.dim == "money" and site.scale:
            opts.append((site.start, site.end, site.text, site.text.lstrip("$") + " dollars"))
        elif site.dim == "percent":
            core = site.text.split("%")[0].split(" ")[0]
            alt = core + (" percent" if "%" in site.text else "%")
            opts.append((site.start, site.end, site.text, alt))
        elif site.dim == "count" and v is not None and v >= 1_000_000 and v % 100_000 == 0:
            opts.append((site.start, site.end, site.text, f"{v / 1e6:g} million"))
    for m in re.finditer(r"\b(?P<n>\d+|" + "|".join(WORDS[2:13]) + r") years\b(?! (?:old|ago|earlier|later))", s):
        n = m.group("n")
        v = int(n) if n.isdigit() else WORDS.index(n)
        opts.append((m.start(), m.end(), m.group(0), f"{v * 12} months"))
    if not opts:
        return None
    a, b, old, new = rng.choice(opts)
    return s[:a] + new + s[b:], {"from": old, "to": new}


_TITLE_RX = re.compile(r"(?<![\w.-])(?P<title>" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))
                       + r")\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’]+)?)")


def plant_title(rng: random.Random, s: str, parsed: Any, at: int | None = None) -> Plant | None:
    people = [(e.start_char, e.end_char) for e in parsed.ents if e.label_ == "PERSON"]
    sites = [m for m in _TITLE_RX.finditer(s)
             if not re.search(r"(?:Deputy|Vice|Assistant|former|Former|Acting|acting|Associate|ex-)(?:\s+\S+){0,3}\s*$",
                              s[: m.start()])
             and any(a <= m.start("name") < b for a, b in people) and (at is None or m.start() == at)]
    if not sites:
        return None
    m = rng.choice(sites)
    title = m.group("title")
    r = rng.random()
    if title.startswith("Vice "):
        new_title = title[5:]
    elif r < 0.55:
        mod = rng.choice(["Deputy", "Assistant", "former"] if title not in ("President",) else ["Vice", "former"])
        if title in ("Sen.", "Rep.", "Gov.", "Gen.", "Col.", "Adm.", "Lt. Gen.", "Lt. Gov.", "Judge", "Justice"):
            mod = "former"
        new_title = f"{mod} {title}"
    else:
        new_title = SWAP.get(title, f"Deputy {title}")
    start = m.start("title")
    if new_title.endswith(" " + title) and new_title != title:
        # "FBI Director" -> "former FBI Director": the rank goes before the words that qualify the title
        mod = new_title[: -len(title) - 1]
        pre = re.search(r"(?:(?:[A-Z][\w.]*|[A-Z]{2,})\s+)+$", s[:start])
        if pre and pre.start() > 0:
            return (s[: pre.start()] + mod + " " + s[pre.start() :],
                    {"from": s[pre.start() : m.end("title")], "to": f"{mod} {s[pre.start() : m.end('title')]}",
                     "name": m.group("name")})
    if m.start() == 0:
        new_title = new_title[0].upper() + new_title[1:]
    out = s[:start] + new_title + s[m.end("title") :]
    return out, {"from": title, "to": new_title, "name": m.group("name")}


def compat_honorific(rng: random.Random, s: str, persons: list[tuple[int, int, str, str]]) -> Plant | None:
    """An honorific added before a person's name, or re-spelt ("Mr. Flynn" -> "Mr Flynn")."""
    m = re.search(r"\b(Mr|Mrs|Ms|Dr)\.\s(?=[A-Z])", s)
    if m and rng.random() < 0.4:
        return s[: m.start()] + m.group(1) + " " + s[m.end() :], {"from": m.group(0), "to": m.group(1) + " "}
    cands = [(a, b, t) for a, b, t, dep in persons
             if dep in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "attr")
             and not re.search(r"(?:[A-Z][\w.’'-]*|,|chief|director|minister|secretary|head|leader|spokesman|"
                               r"spokeswoman|lawyer|attorney|judge|candidate|founder|president|official|"
                               r"senator|governor|mayor|general|commander|[a-z]+-[a-z]+)\s*$", s[:a])
             and t.split()[0] not in TITLE_WORDS]
    if not cands:
        return None
    a, b, t = rng.choice(cands)
    return s[:a] + "Mr. " + s[a:], {"from": t, "to": f"Mr. {t}"}


TITLE_WORDS = {w for t in TITLES for w in t.split()} | {"Monsignor", "Archbishop", "Bishop", "Cardinal", "Pope",
                                                       "Father", "Sister", "Rabbi", "Imam", "King", "Queen",
                                                       "Prince", "Princess", "Lord", "Lady", "Sir", "Dame"}
_ORD_RX = re.compile(r"\b(?P<o>" + "|".join(ORD) + r")(?=[\s-]+(?:[a-z]+))", re.I)


def plant_ordinal(rng: random.Random, s: str, parsed: Any, at: int | None = None) -> Plant | None:
    nominal = {t.idx for t in parsed if t.dep_ in ("amod", "nummod", "compound") and t.head.pos_ in ("NOUN", "ADJ")
               and t.head.i > t.i}
    sites = [m for m in _ORD_RX.finditer(s) if not (m.start() == 0 and s[m.end() : m.end() + 1] == ",")
             and not re.match(r"\s+(?:of|and|to|in|on|half)\b", s[m.end() :]) and m.start() in nominal
             and not (m.group("o")[:1].isupper() and re.match(r"[\s-]+[A-Z]", s[m.end() :]))
             and (at is None or m.start() == at)]
    if not sites:
        return None
    m = rng.choice(sites)
    o = m.group("o")
    i = ORD.index(o.lower())
    j = 1 if i == 0 else (i - 1 if rng.random() < 0.5 else i + 1)
    j = min(j, len(ORD) - 1)
    new = ORD[j].capitalize() if o[:1].isupper() else ORD[j]
    return s[: m.start()] + new + s[m.end() :], {"from": o, "to": new}


_DUR_RX = re.compile(r"(?<![\d,.-])\b(?P<n>\d+|" + "|".join(WORDS[2:21]) + r")(?P<sep>[- ])(?P<u>year|month|week|day|hour|decade)"
                     r"(?P<pl>s?)\b(?!\s*(?:-?old|ago|earlier|later|before|after))", re.I)


def plant_duration(rng: random.Random, s: str, at: int | None = None) -> Plant | None:
    sites = [m for m in _DUR_RX.finditer(s) if (at is None or m.start() == at) and
             not re.search(r"(?:aged|age|ages)\s+$", s[: m.start()]) and not re.match(r"-old", s[m.end() :])]
    if not sites:
        return None
    m = rng.choice(sites)
    n = m.group("n")
    v = int(n) if n.isdigit() else WORDS.index(n.lower())
    nv = v * 2 if v <= 6 else max(2, v // 2) if rng.random() < 0.5 else v + 5
    if nv == v:
        nv = v + 3
    unit = m.group("u").lower()
    word = str(nv) if n.isdigit() else (_word_for(nv) or str(nv))
    if n[:1].isupper():
        word = word.capitalize()
    if m.group("sep") == "-":
        nxt = re.match(r"\s+(?P<noun>[a-z]+)", s[m.end() :])
        if nxt and rng.random() < 0.5 and not nxt.group("noun").endswith("ly"):
            before = s[: m.start()]
            det = re.search(r"\b(?P<d>an?|the)\s+$", before, re.I)
            lead = before
            if det:
                art = "the " if det.group("d").lower() == "the" else "a "
                lead = before[: det.start()] + (art.capitalize() if det.group("d")[:1].isupper() else art)
            noun = nxt.group("noun")
            out = lead + f"{noun} of {word} {unit}s" + s[m.end() + nxt.end() :]
            return out, {"from": m.group(0) + " " + noun, "to": f"{noun} of {word} {unit}s", "reworded": True}
        return s[: m.start()] + f"{word}-{unit}" + s[m.end() :], {"from": m.group(0), "to": f"{word}-{unit}"}
    plural = "s" if nv != 1 else ""
    return s[: m.start()] + f"{word} {unit}{plural}" + s[m.end() :], {"from": m.group(0), "to": f"{word} {unit}{plural}"}


_DATE_RX = re.compile(r"\b(?:(?P<wd>" + "|".join(WEEKDAYS) + r")|(?P<mo>" + "|".join(MONTHS) + r")\s+(?P<day>\d{1,2})\b)")


def plant_date(rng: random.Random, s: str, at: int | None = None) -> Plant | None:
    sites = [m for m in _DATE_RX.finditer(s) if at is None or m.start() == at]
    if not sites:
        return None
    m = rng.choice(sites)
    if m.group("wd"):
        i = WEEKDAYS.index(m.group("wd"))
        new = WEEKDAYS[(i + rng.choice([1, 2, -1, -2, 3])) % 7]
        return s[: m.start()] + new + s[m.end() :], {"from": m.group(0), "to": new}
    day = int(m.group("day"))
    nd = day + rng.choice([2, 3, 5, -2, -3, -5])
    nd = nd if 1 <= nd <= 28 else (day + 7 if day <= 20 else day - 7)
    new = f"{m.group('mo')} {nd}"
    return s[: m.start()] + new + s[m.end() :], {"from": m.group(0), "to": new}


def compat_dates(rng: random.Random, s: str) -> tuple[str, str, dict[str, Any]] | None:
    """(sentence for A, sentence for B, detail): two different happenings carry different dates."""
    if not s.endswith("."):
        return None
    sites = list(_DATE_RX.finditer(s))
    if sites:
        m = sites[0]
        if m.group("wd"):
            other = WEEKDAYS[(WEEKDAYS.index(m.group("wd")) + 1) % 7]
        else:
            other = f"{m.group('mo')} {min(28, int(m.group('day')) + 1)}"
        # B keeps the happening's date and adds the day a spokesperson spoke about it.
        return s, s[:-1] + f", a spokesperson said on {other}.", {"event_date": m.group(0), "speech_date": other}
    day = rng.choice(WEEKDAYS)
    other = WEEKDAYS[(WEEKDAYS.index(day) + 2) % 7]
    # A and B each add a dated sentence about a different happening: a release and the start of an inquiry.
    return (s + f" The statement was released on {day}.", s + f" An inquiry into the matter began on {other}.",
            {"dates": [day, other]})


def _base_of(tok: Any) -> str | None:
    return str(tok.lemma_).lower() or _base(tok.text)


def _base(word: str) -> str | None:
    w = word.lower()
    if w in PAST_TO_BASE:
        return PAST_TO_BASE[w]
    if not w.endswith("ed"):
        return None
    if w.endswith("ied"):
        return w[:-3] + "y"
    stem = w[:-2]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    if re.search(r"(?:at|iz|is|v|c|g|ur|uc|s|ut|ot|as|ag|ap|ud|id|ad|in|ok|ar|ir|ang|ys|ud)$", stem) and \
            not stem.endswith(("ss", "ect", "ent", "ant")):
        return stem + "e"
    return stem


def _past(base: str) -> str:
    if base in IRREGULAR_PAST:
        return IRREGULAR_PAST[base]
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ied"
    return base + "ed"


def _participle(base: str) -> str:
    return PARTICIPLE.get(base, _past(base))


def _main_verb(parsed: Any) -> Any | None:
    """The root verb of a parsed sentence when it is a plain past-tense deed (not a verb of saying)."""
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB":
        return None
    kids = list(root.children)
    if any(k.dep_ in ("neg",) for k in kids) or any(
            k.dep_ in ("nsubj", "nsubjpass", "dobj") and (k.text.lower() in ("no", "none", "neither", "nobody", "nothing")
                                                          or any(c.text.lower() == "no" for c in k.children))
            for k in kids):
        return None  # already negative
    aux = [k for k in kids if k.dep_ in ("aux", "auxpass")]
    if root.tag_ == "VBD" and not aux:
        b = _base_of(root)
        return root if b and b not in SKIP_VERBS and not any(k.dep_ == "xcomp" for k in kids) else None
    if root.tag_ == "VBN" and len(aux) == 1 and aux[0].text.lower() in ("was", "were", "has", "have", "had"):
        b = _base_of(root)
        return root if b and b not in SKIP_VERBS and not any(k.dep_ == "xcomp" for k in kids) else None
    return None


def _plural_subject(verb: Any) -> bool:
    subj = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (subj.tag_ in ("NNS", "NNPS") or subj.text.lower() in ("they", "we")
                                 or any(k.dep_ == "cc" for k in subj.children))


def _replace_tok(s: str, tok: Any, new: str) -> str:
    return s[: tok.idx] + new + s[tok.idx + len(tok.text) :]


def plant_status(rng: random.Random, s: str, parsed: Any) -> Plant | None:
    """A deed made a plan ("signed" -> "will sign", "is expected to sign")."""
    v = _main_verb(parsed)
    if v is None:
        return None
    base = _base_of(v) or v.text.lower()
    aux = [k for k in v.children if k.dep_ in ("aux", "auxpass")]
    if aux:  # "was destroyed" -> "will be destroyed"; "has signed" -> "will sign"
        a = aux[0]
        if a.dep_ == "auxpass":
            new = rng.choice(["will be", "is expected to be" if not _plural_subject(v) else "are expected to be"])
            out = s[: a.idx] + new + s[a.idx + len(a.text) :]
        else:
            out = s[: a.idx] + "will" + s[a.idx + len(a.text) : v.idx] + base + s[v.idx + len(v.text) :]
        return out, {"from": f"{a.text} {v.text}", "to": "planned", "verb": base}
    plural = _plural_subject(v)
    form = rng.choice(["will {b}", "plan{s} to {b}", "{be} expected to {b}", "{be} set to {b}", "will {b}"])
    new = form.format(b=base, s="" if plural else "s", be="are" if plural else "is")
    return _replace_tok(s, v, new), {"from": v.text, "to": new, "verb": base}


def plant_denial(rng: random.Random, s: str, parsed: Any) -> Plant | None:
    """A deed denied: "did not sign", "never signed", "were not destroyed", "no ballots were destroyed"."""
    v = _main_verb(parsed)
    if v is None:
        return None
    base = _base_of(v) or v.text.lower()
    aux = [k for k in v.children if k.dep_ in ("aux", "auxpass")]
    if aux:
        a = aux[0]
        subj = next((k for k in v.children if k.dep_ == "nsubjpass"), None)
        num = next((k for k in subj.children if k.dep_ == "nummod"), None) if subj is not None else None
        if num is not None and not list(num.children) and re.fullmatch(r"\d[\d,]*|[a-z]+", num.text) \
                and rng.random() < 0.6:
            out = s[: num.idx] + "no" + s[num.idx + len(num.text) :]
            out = out[0].upper() + out[1:] if num.idx == 0 else out
            return out, {"from": num.text, "to": "no", "verb": base}
        out = s[: a.idx + len(a.text)] + " not" + s[a.idx + len(a.text) :]
        return out, {"from": a.text, "to": a.text + " not", "verb": base}
    new = rng.choice(["did not {b}", "never {p}", "did not {b}"]).format(b=base, p=v.text)
    return _replace_tok(s, v, new), {"from": v.text, "to": new, "verb": base}


def plant_plan_to_deed(rng: random.Random, s: str, parsed: Any) -> Plant | None:
    """A plan made a deed: "will open" -> "opened"."""
    for tok in parsed:
        if tok.text.lower() == "will" and tok.dep_ == "aux" and tok.head.pos_ == "VERB" and tok.head.tag_ == "VB" \
                and tok.head.i == tok.i + 1 and not any(k.dep_ == "neg" for k in tok.head.children):
            verb = tok.head
            base = str(verb.lemma_).lower()
            if base in SKIP_VERBS:
                continue
            past = _past(base)
            out = s[: tok.idx] + past + s[verb.idx + len(verb.text) :]
            return out, {"from": f"will {verb.text}", "to": past, "verb": base}
    return None


# ---- paraphrase --------------------------------------------------------------------------------------------

_SWAPS = {"said": "stated", "says": "states", "large": "big",
          "big": "large", "help": "assist", "bought": "purchased", "showed": "indicated", "shows": "indicates",
          "because he": "as he", "because it": "as it", "also ": "", "very ": "", "really ": "", "however, ": "", "However, ": "",
          "In addition, ": "", "Meanwhile, ": "", "approximately": "approximately", "told reporters": "said"}
_FRONT = re.compile(r"^(?P<front>(?:On|In|At|After|Before|During|Last|Earlier|Later|Since|By|Over|Under)\s[^,\"“”]{2,45}),"
                    r"\s+(?P<rest>[^\"“”]+?)(?P<end>[.!])$")
_ATTRIB = re.compile(r"^(?P<clause>[^\"“”]{20,}?),\s+(?P<who>(?:[A-Z][\w.'’-]*\s?){1,4}|the [a-z]+(?: [a-z]+)?|"
                     r"officials|police|he|she|they)\s+(?P<verb>said|says|told reporters|added)(?P<end>[.!])$")
_SAID_THAT = re.compile(r"^(?P<who>(?:[A-Z][\w.'’-]*\s?){1,4}|The [a-z]+(?: [a-z]+)?|Officials|Police|He|She|They)\s+"
                        r"(?P<verb>said|says)\s+(?:that\s+)?(?P<clause>[^\"“”]{20,}?)(?P<end>[.!])$")


def _lower_first(s: str, parsed_first_propn: bool) -> str:
    if not s or parsed_first_propn or s[:2].isupper() or s.startswith("I "):
        return s
    return s[0].lower() + s[1:]


def paraphrase(rng: random.Random, s: str, keep: str = "") -> str:
    """A meaning-preserving rewrite; ``keep`` (the planted text) must survive it, else ``s`` is returned."""
    out = s
    m = _FRONT.match(out)
    if m and rng.random() < 0.8 and not _DATE_RX.search(m.group("front")) and \
            not re.search(r"\b(?:that|who|which|where|when|while|because|after|before)\b", m.group("rest")):
        front = m.group("front")
        first = front.split()[0]
        front = front[0].lower() + front[1:] if first in ("On", "In", "At", "After", "Before", "During", "Last",
                                                          "Earlier", "Later", "Since", "By", "Over", "Under") else front
        rest = m.group("rest")
        out = rest[0].upper() + rest[1:] + " " + front + m.group("end")
    m = _ATTRIB.match(out)
    if m and rng.random() < 0.7:
        clause = m.group("clause")
        who = m.group("who")
        who = who[0].upper() + who[1:]
        first = clause.split()[0]
        keep_case = first[:1].isupper() and (first not in ("The", "A", "An", "This", "That", "It", "There", "In",
                                                           "On", "At", "Some", "Many", "Most", "Both"))
        out = f"{who} {m.group('verb').replace('told reporters', 'said')} that {_lower_first(clause, keep_case)}{m.group('end')}"
    else:
        m = _SAID_THAT.match(out)
        if m and rng.random() < 0.7:
            clause = m.group("clause")
            who = m.group("who")
            who_l = who if who[:1].isupper() and who not in ("The", "Officials", "Police", "He", "She", "They") \
                and not who.startswith("The ") else who[0].lower() + who[1:]
            out = clause[0].upper() + clause[1:] + f", {who_l} {m.group('verb')}{m.group('end')}"
    for a, b in _SWAPS.items():
        if a in out and rng.random() < 0.5 and (not keep or a not in keep):
            out = re.sub(rf"\b{re.escape(a)}" if a[0].isalpha() else re.escape(a), b, out, count=1)
    out = re.sub(r"\s{2,}", " ", out).strip()
    if out[:1].islower():
        out = out[0].upper() + out[1:]
    if keep and keep not in out:
        return s if keep in s else out
    return out


# ---- pairs -------------------------------------------------------------------------------------------------

def _compose(sents: list[str]) -> tuple[str, list[tuple[int, int]]]:
    spans, parts, pos = [], [], 0
    for s in sents:
        spans.append((pos, pos + len(s)))
        parts.append(s)
        pos += len(s) + 2  # paragraphs are joined by a blank line
    return "\n\n".join(parts), spans


def generate(data: Path, half: str, per_kind: int = 60, seed: int = 2026, nlp: Any = None) -> list[Pair]:
    """Pairs of one half: up to ``per_kind`` of every planted and compatible kind, from one seeded draw."""
    if nlp is None:
        import spacy

        from newsprism.nlp.spacy_pipe import MODEL

        nlp = spacy.load(MODEL)  # with its lemmatizer: the generator needs base forms of verbs
    rng = random.Random(f"{seed}:{half}")
    pool: list[tuple[str, list[str], int]] = []
    for art_id, sents in load_articles(data):
        if half_of(art_id) != half:
            continue
        for i, s in enumerate(sents):
            if _usable(s):
                pool.append((art_id, sents, i))
    rng.shuffle(pool)
    counts = dict.fromkeys(PLANTED + COMPATIBLE, 0)
    used: set[tuple[str, int]] = set()
    pairs: list[Pair] = []
    parse_cache: dict[str, Any] = {}

    def parsed(s: str) -> Any:
        if s not in parse_cache:
            parse_cache[s] = nlp(s)
        return parse_cache[s]

    def persons(s: str) -> list[tuple[int, int, str, str]]:
        return [(e.start_char, e.end_char, e.text, e.root.dep_) for e in parsed(s).ents if e.label_ == "PERSON"]

    makers: dict[str, Callable[[str], Plant | None]] = {
        "number": lambda s: plant_number(rng, s),
        "bound": lambda s: plant_bound(rng, s),
        "title": lambda s: plant_title(rng, s, parsed(s)),
        "ordinal": lambda s: plant_ordinal(rng, s, parsed(s)),
        "duration": lambda s: plant_duration(rng, s),
        "date": lambda s: plant_date(rng, s),
        "status": lambda s: (plant_status(rng, s, parsed(s)) if rng.random() < 0.75 or not re.search(r"\bwill\b", s)
                             else plant_plan_to_deed(rng, s, parsed(s))) or plant_plan_to_deed(rng, s, parsed(s)),
        "denial": lambda s: plant_denial(rng, s, parsed(s)),
        "compat_bound": lambda s: compat_bound(rng, s),
        "compat_honorific": lambda s: compat_honorific(rng, s, persons(s)),
        "compat_paraphrase": lambda s: (s, {}),
        "compat_figure": lambda s: compat_figure(rng, s),
    }
    # Rare kinds first, so that they get the sentences they need.
    order = ["duration", "ordinal", "title", "date", "compat_dates", "compat_figure", "compat_honorific", "bound",
             "compat_bound", "number", "compat_other", "status", "denial", "compat_paraphrase"]
    for kind in order:
        for art_id, sents, i in pool:
            if counts[kind] >= per_kind:
                break
            if (art_id, i) in used:
                continue
            s = sents[i]
            if kind == "compat_other":
                if not (number_sites(s) or _DATE_RX.search(s) or _TITLE_RX.search(s)):
                    continue
                others = [j for j in range(len(sents)) if abs(j - i) > 1 and _usable(sents[j])
                          and (number_sites(sents[j]) or _DATE_RX.search(sents[j]) or _TITLE_RX.search(sents[j]))]
                if not others:
                    continue
                j_other = rng.choice(others)
                a_s, b_s, detail = s, paraphrase(rng, sents[j_other]), {"other": j_other}
            elif kind == "compat_dates":
                got = compat_dates(rng, s) if _DATE_RX.search(s) or rng.random() < 0.15 else None
                if got is None:
                    continue
                a_s, b_raw, detail = got
                b_s = b_raw if rng.random() < 0.5 else paraphrase(rng, b_raw, keep=b_raw[len(s) - 1 :])
            else:
                plant = makers[kind](s)
                if plant is None or plant[0] == s and kind != "compat_paraphrase":
                    continue
                changed, detail = plant
                a_s = s
                b_s = paraphrase(rng, changed, keep=str(detail.get("to", "")))
                if kind == "compat_paraphrase" and b_s == s:
                    continue
            used.add((art_id, i))
            ctx = [j for j in (i - 1, i + 1) if 0 <= j < len(sents) and _usable(sents[j])]
            a_order = sorted(ctx + [i])
            a_list = [sents[j] if j != i else a_s for j in a_order]
            omitted = None
            b_ctx = [j for j in ctx]
            if b_ctx and rng.random() < 0.25:
                omitted = rng.choice(b_ctx)  # B leaves this sentence out: A alone reports it
                b_ctx.remove(omitted)
            b_order = b_ctx + [i]
            rng.shuffle(b_order)
            b_list = [paraphrase(rng, sents[j]) if j != i else b_s for j in b_order]
            a_text, a_spans = _compose(a_list)
            b_text, b_spans = _compose(b_list)
            pid = hashlib.md5(f"{kind}:{art_id}:{i}".encode()).hexdigest()[:10]
            at, bt = a_spans[a_order.index(i)], b_spans[b_order.index(i)]
            pair = Pair(id=pid, kind=kind, half=half, source=f"{art_id}#{i}", a_text=a_text, b_text=b_text,
                        a_target=at, b_target=bt, planted=kind in PLANTED, detail=detail,
                        a_sents=[(x, y, j) for (x, y), j in zip(a_spans, a_order, strict=True)],
                        # another sentence standing in for the target is another sentence, not the target
                        b_sents=[(x, y, 1000 + detail["other"] if j == i and kind == "compat_other" else j)
                                 for (x, y), j in zip(b_spans, b_order, strict=True)],
                        target=i, omitted=omitted)
            pair.a_change = _find_in(a_text, at, str(detail.get("from", "")))
            pair.b_change = _find_in(b_text, bt, str(detail.get("to", "")))
            pairs.append(pair)
            counts[kind] += 1
    return pairs


def _find_in(text: str, span: tuple[int, int], needle: str) -> tuple[int, int] | None:
    if not needle or needle == "planned":
        return None
    k = text.find(needle, span[0], span[1])
    return (k, k + len(needle)) if k >= 0 else None


def iter_docs(pair: Pair) -> Iterator[dict[str, Any]]:
    """The two sources of a pair as JSON records (fictional outlet names)."""
    yield {"id": f"{pair.id}-a", "outlet": "Harbor Ledger", "title": "Report", "text": pair.a_text}
    yield {"id": f"{pair.id}-b", "outlet": "Valley Courier", "title": "Report", "text": pair.b_text}
