"""The ECB+ hand-audit draws of rounds 6, 7 and 8 (the one way the r6, r7 and r8 audits draw their texts).

Round 6's held-out audit ("r6"): ECB+ TRAIN sub-topics (real reports of one event by several outlets) plus the
BASIL triplets in no earlier draw (`audit_events.py --draw r6`, `audit_story.py --r6`); fixed before any text or
output was seen.

Population (../shared/data/ecbplus, read at run time, never copied): the 25 topics whose `gold.json` says
`split_cybulska_vossen == "train"`; each topic has two sub-topics, `<topic>ecb` and `<topic>ecbplus`, sorted by
(topic number, half) with `ecb` before `ecbplus`. A document is eligible when at least `MIN_BODY` of its
`documents[doc].sentences` are not `line_like` (so a headline-and-dateline stub is never drawn); a sub-topic's
documents are sorted by their document number (`<topic>_<n>ecb...`). A sub-topic with fewer than three eligible
documents is left out of the story population (checked from gold.json counts only, before any draw).

- story draw (`R6_STORY = (81, 8)`): `rng = random.Random(81)`; `rng.sample(subtopics, 8)` over the sorted
  sub-topics that have at least 3 eligible documents; then, for each drawn sub-topic in draw order,
  `rng.sample(eligible_docs, 3)` with the same generator. Each gives a story `ecb:<sub-topic>` of three `.txt`
  files. Then the BASIL triplets in no earlier draw (`basil.used_before_r6()`: every draw of rounds 1-5; there
  are 3 of them), sorted, each a story `basil:<triplet id>` of its three articles: 11 stories.
- events draw (`R6_EVENTS = (83, 8)`): `rng = random.Random(83)`; `rng.sample(rest, 8)` over the sorted train
  sub-topics that are not in the story draw and have at least one eligible document; then, for each drawn
  sub-topic in draw order, `rng.choice(eligible_docs)` with the same generator: 8 documents, one per sub-topic.

The `.txt` files go to newsprism as a user would give them (`newsprism analyze FILE...`, `newsprism compare
FILE...`), so a document's id is its file stem (`12_3ecbplus`). ECB+ texts are detokenised token streams (ECB's
`` / '' quotes, a headline as the first line, one body paragraph): labels judge content, not typography.

Protocol: r6 was labelled on main 7f310d0 before anyone's round-6 change. From round 6 on every earlier draw (r5
and before) is a dev set. It was the held-out set of round 6; from round 7 on r6 is a dev set too.

Round 7's held-out audit ("r7"): ECB+ TRAIN sub-topics in no earlier draw (every BASIL triplet is in some earlier
draw, so r7 has no BASIL part). Same population, eligibility (`MIN_BODY`), sorting and document ids as r6;
fixed (in code, committed) before any r7 text or output was seen.

- story draw (`R7_STORY = (91, 10)`): `rng = random.Random(91)`; `rng.sample(pool, 10)` over the sorted train
  sub-topics that are in neither r6 draw (story or events) and have at least 3 eligible documents; then, for
  each drawn sub-topic in draw order, `rng.sample(eligible_docs, 3)` with the same generator: 10 stories
  `ecb:<sub-topic>` of three `.txt` files each.
- events draw (`R7_EVENTS = (93, 8)`): `rng = random.Random(93)`; `rng.sample(pool, 8)` over the sorted train
  sub-topics in none of the r6 story, r6 events and r7 story draws that have at least one eligible document;
  then, for each drawn sub-topic in draw order, `rng.choice(eligible_docs)` with the same generator: 8
  documents, one per sub-topic.

Protocol: r7 was labelled on main b8e942d before anyone's round-7 change. From round 7 on r6 and every earlier
draw are dev sets; r7 is held out: do not open its texts or its labels' notes while changing code, only run the
scoring commands (`audit_events.py --draw r7`, `audit_story.py --r7`) at the end.

Round 8's held-out audit ("r8"): ECB+ TRAIN sub-topics in none of the r6 and r7 draws (story or events). Same
population, eligibility (`MIN_BODY`), sorting and document ids as r6 and r7; fixed (in code, committed) before
any r8 text or output was seen. 16 of the 50 train sub-topics are in no earlier draw; by gold.json counts alone
(before any draw), 12 of them have at least 3 eligible documents and 13 at least one. The story draw takes the
largest n that is about half the remaining and still leaves at least 6 events sub-topics: 13 - n >= 6, so n = 7;
the events draw takes every one of the 6 sub-topics left with an eligible document.

- story draw (`R8_STORY = (101, 7)`): `rng = random.Random(101)`; `rng.sample(pool, 7)` over the sorted train
  sub-topics that are in none of the r6 story, r6 events, r7 story and r7 events draws and have at least 3
  eligible documents; then, for each drawn sub-topic in draw order, `rng.sample(eligible_docs, 3)` with the same
  generator: 7 stories `ecb:<sub-topic>` of three `.txt` files each.
- events draw (`R8_EVENTS = (103, 6)`): `rng = random.Random(103)`; `rng.sample(pool, 6)` over the sorted train
  sub-topics in none of the r6 and r7 draws and not in the r8 story draw that have at least one eligible
  document; then, for each drawn sub-topic in draw order, `rng.choice(eligible_docs)` with the same generator:
  6 documents, one per sub-topic.

Protocol: r8 is labelled on main 5bd6c22 before anyone's round-8 change. From round 8 on r7, r6 and every earlier
draw are dev sets; r8 is held out: do not open its texts or its labels' notes while changing code, only run the
scoring commands (`audit_events.py --draw r8`, `audit_story.py --r8`) at the end.

ECB+ DEV flags draw of round 11 ("ecbdev", `audit_story.py --ecbdev`): real multi-outlet coverage of one happening
where outlets may give one fact two values, to measure the story flags (conflict / precision / status) on real
text. Fixed (in code, committed) before any ecbdev text or flag output was seen, from word counts alone.

Population: the 8 DEV topics of the standard split (`splits.json`; never train, never the held-back test topics),
as `training/ecbplus.subtopic_dirs(data, "dev")` lists their sub-topic folders (the reader
bench_events_ecbplus.py uses): topic order of splits.json (2, 5, 12, 18, 21, 23, 34, 35), `ecb` before `ecbplus`.
A document is eligible when its stored `.txt` has at least `ECBDEV_MIN_WORDS` (120) words (`str.split` on the
file's text); a sub-topic's eligible documents are sorted by document number (`<topic>_<n>ecb...`).

- draw (`ECBDEV_SEED = 223`): one `rng = random.Random(223)` for the whole draw; for each dev sub-topic in the
  order above with at least 3 eligible documents: `rng.sample(eligible, 3)` is story `ecbdev:<sub-topic>:0`; if
  the sub-topic has at least 6 eligible documents, `rng.sample(rest, 3)` over the eligible documents not in story
  0 (same order) is story `ecbdev:<sub-topic>:1`, disjoint from it.
- files: each drawn document's `.txt` is written as `<doc>.txt` under training/runs/ecbdev/ (gitignored; ECB+ text
  is never committed) and given to `compare` as it is, so a document's id is its file stem (`12_3ecbplus`).

By counts alone (before the draw): eligible documents per dev sub-topic 2ecb 10, 2ecbplus 10, 5ecb 13,
5ecbplus 5, 12ecb 17, 12ecbplus 10, 18ecb 13, 18ecbplus 11, 21ecb 10, 21ecbplus 10, 23ecb 0, 23ecbplus 10, 34ecb 1,
34ecbplus 10, 35ecb 7, 35ecbplus 10: 14 sub-topics have a story (23ecb and 34ecb none), 13 of them a second one
(5ecbplus not): 27 stories, 81 documents. The bar stays at 120 words (the brief's; enough stories).

Protocol: ECB+ dev is a DEV set (bench_events_ecbplus.py measures the events layer's CoNLL figure on it). The ecbdev labels (`benchmarks/audits/story_ecbdev.jsonl`, flags only, as r10f) and the
missed real discrepancies (`story_ecbdev_missed.jsonl`) are dev labels from their commit on: fit on them only with
leave-one-sub-topic-out (or leave-one-topic-out) figures.

Round 55's held-out real-coverage draw ("r55", `audit_story.py --r55`): BASIL is exhausted, FNC-1 has no pair of
bodies left and the ECB+ test topics (36-45) are held back by the maintainers (not in ../shared/data), so r55 is the
ECB+ TRAIN sub-topics that no story draw used (r6, r7, r8 story draws; ecbdev is dev topics only), with only
documents no draw read (every r6, r7 and r8 events document left out). Fixed (in code, committed) before any r55
text or output was seen, from gold.json sentence counts alone.

- pool: the sorted train sub-topics in no r6, r7 or r8 story draw with at least 3 `eligible` documents (`MIN_BODY`)
  that are in no r6, r7 or r8 events draw (by counts: 20 sub-topics).
- draw (`R55_STORY = (5505, 10)`): `rng = random.Random(5505)`; `rng.sample(pool, 10)`; then, for each drawn
  sub-topic in draw order, `rng.sample(its unread eligible documents, 3)` with the same generator: 10 stories
  `ecb55:<sub-topic>` of three `.txt` files each, given to `compare` as they are (a document's id is its file stem).

Caveat (as r6-r8): ECB+ train gold mentions trained some models (the same-happening test, the events layer's trigger,
coreference and happening heads), so the texts are unseen by people, not by every model. Protocol: the draw is
labelled on c892856 (round 54's final src) by the round-55 audit engineer: the selection committed first, then the
hand-read list of real discrepancies (`benchmarks/audits/story_r55_truth.jsonl`) committed before any output, then
one run and every conflict / precision / status flag labelled (`story_r55.jsonl`). Held out: never add it to
story_draws.sh; do not open its texts or labels' reasons while changing code.

Round 56's held-out real-coverage draw ("r56", `audit_story.py --r56`): fixed (in code, committed) before any r56
text or output was seen, from gold.json sentence counts alone. No eligible train sub-topic is in no draw at all:
every train sub-topic with 3 eligible documents was either a story of r6, r7, r8 or r55, or gave one document to an
r6, r7 or r8 events draw (22ecb, 24ecb and 26ecb, in no draw, have no eligible document). The first tier the brief
names is therefore empty, and r56 takes the next one: the sub-topics that were NEVER A STORY, with only documents no
draw read (each of them gave exactly one document to an events draw, left out here).

- pool (`r56_pool`): the sorted train sub-topics in no r6, r7, r8 or r55 story draw with at least 3 `eligible`
  documents (`MIN_BODY`) that no r6, r7 or r8 events draw read: the 10 of r55's pool that r55 did not draw
  (3ecbplus, 4ecb, 7ecb, 7ecbplus, 8ecb, 9ecbplus, 10ecb, 20ecbplus, 22ecbplus, 30ecbplus, by counts).
- draw (`R56_STORY = (5606, 10)`): `rng = random.Random(5606)`; `rng.sample(pool, 10)` (all ten, in a random
  order); then, for each drawn sub-topic in draw order, `rng.sample(its unread eligible documents, 3)` with the same
  generator: 10 stories `ecb56:<sub-topic>` of three `.txt` files each, given to `compare` as they are.

Caveat (as r6-r8, r55): ECB+ train gold mentions trained some models, so the texts are unseen by people, not by every
model; and each sub-topic's event was met by one events-draw reader through one other document (the event, not
these texts). Protocol: labelled on 3c02289 (round 55's final src) by the round-56 audit engineer: the selection
committed first, then the hand-read list (`benchmarks/audits/story_r56_truth.jsonl`) committed before any output,
then one run and every conflict / precision / status flag labelled (`story_r56.jsonl`). Held out: never add it to
story_draws.sh; do not open its texts or labels' reasons while changing code.
"""

from __future__ import annotations

import json
import random
import re
import sys
from functools import cache
from pathlib import Path

from basil import BASIL, r5_events_draw, r5_story_draw, triplet_ids, used_before_r5

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
from ecbplus import subtopic_dirs  # noqa: E402  (the ECB+ reader bench_events_ecbplus.py uses)

ECBPLUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus"
R6_STORY = (81, 8)
R6_EVENTS = (83, 8)
R7_STORY = (91, 10)
R7_EVENTS = (93, 8)
R8_STORY = (101, 7)
R8_EVENTS = (103, 6)
MIN_BODY = 5  # sentences that are not `line_like`
DOCS_PER_STORY = 3
# the round-11 DEV flags draw ("ecbdev"; rule in the module docstring)
ECBDEV_SEED = 223
ECBDEV_MIN_WORDS = 120  # words (`str.split`) of a document's stored `.txt`
ECBDEV_SECOND_AT = 2 * DOCS_PER_STORY  # eligible documents a sub-topic needs for a second, disjoint story
ECBDEV_RUNS = Path(__file__).resolve().parents[1] / "training" / "runs" / "ecbdev"
# the round-55 held-out real-coverage draw ("r55"; rule in the module docstring)
R55_STORY = (5505, 10)
# the round-56 held-out real-coverage draw ("r56"; rule in the module docstring)
R56_STORY = (5606, 10)
_DOC = re.compile(r"^(\d+)_(\d+)(ecb|ecbplus)$")


@cache
def _gold(topic: int, ecb: Path) -> dict:
    return json.loads((ecb / str(topic) / "gold.json").read_text("utf-8"))


def train_topics(ecb: Path = ECBPLUS) -> list[int]:
    """The 25 train topics of the standard split, by `split_cybulska_vossen` in each topic's gold.json."""
    topics = sorted(int(p.name) for p in ecb.iterdir() if p.is_dir() and p.name.isdigit())
    return [t for t in topics if _gold(t, ecb)["split_cybulska_vossen"] == "train"]


def _sub_key(sub: str) -> tuple[int, int]:
    m = re.fullmatch(r"(\d+)(ecb|ecbplus)", sub)
    assert m, sub
    return int(m.group(1)), m.group(2) == "ecbplus"


def _doc_key(doc: str) -> int:
    m = _DOC.fullmatch(doc)
    assert m, doc
    return int(m.group(2))


def subtopics(ecb: Path = ECBPLUS) -> list[str]:
    """Every train sub-topic (`<topic>ecb`, `<topic>ecbplus`), sorted by (topic, half)."""
    return sorted((f"{t}{h}" for t in train_topics(ecb) for h in ("ecb", "ecbplus")), key=_sub_key)


def eligible(sub: str, ecb: Path = ECBPLUS) -> list[str]:
    """The sub-topic's documents with at least MIN_BODY sentences that are not `line_like`, by document number."""
    topic = _sub_key(sub)[0]
    docs = _gold(topic, ecb)["documents"]
    return sorted((d for d, v in docs.items() if v["subtopic"] == sub
                   and sum(not s["line_like"] for s in v["sentences"]) >= MIN_BODY), key=_doc_key)


def doc_path(doc: str, ecb: Path = ECBPLUS) -> Path:
    m = _DOC.fullmatch(doc)
    assert m, doc
    return ecb / m.group(1) / f"{m.group(1)}{m.group(3)}" / f"{doc}.txt"


def used_before_r6(basil: Path = BASIL) -> set[str]:
    """Every BASIL triplet id of a draw labelled before round 6: every earlier draw and both round-5 draws."""
    return used_before_r5(basil) | set(r5_events_draw(basil)) | set(r5_story_draw(basil))


def r6_basil(basil: Path = BASIL) -> list[str]:
    """The BASIL triplets in no earlier draw, sorted (all of them: 3)."""
    used = used_before_r6(basil)
    return [t for t in triplet_ids(basil) if t not in used]


def _story_subtopics(used: set[str], rule: tuple[int, int], ecb: Path) -> dict[str, list[str]]:
    """Sub-topic -> its 3 drawn documents (draw order): ``rule`` = (seed, n) sub-topics with at least 3 eligible
    documents not in ``used``, then 3 documents of each with the same generator (the rule of every ECB+ story draw)."""
    rng = random.Random(rule[0])
    pool = [s for s in subtopics(ecb) if s not in used and len(eligible(s, ecb)) >= DOCS_PER_STORY]
    chosen = rng.sample(pool, rule[1])
    return {s: rng.sample(eligible(s, ecb), DOCS_PER_STORY) for s in chosen}


def _events_documents(taken: set[str], rule: tuple[int, int], ecb: Path) -> list[str]:
    """``rule`` = (seed, k) sub-topics with an eligible document not in ``taken``, one document of each (draw order):
    the rule of every ECB+ events draw."""
    rng = random.Random(rule[0])
    pool = [s for s in subtopics(ecb) if s not in taken and eligible(s, ecb)]
    chosen = rng.sample(pool, rule[1])
    return [rng.choice(eligible(s, ecb)) for s in chosen]


def r6_ecb_story_draw(ecb: Path = ECBPLUS) -> dict[str, list[str]]:
    """Sub-topic -> its 3 drawn documents (draw order), by the rule in the module docstring."""
    return _story_subtopics(set(), R6_STORY, ecb)


def r6_story_draw(ecb: Path = ECBPLUS, basil: Path = BASIL) -> dict[str, list[Path]]:
    """The 11 r6 stories: `ecb:<sub-topic>` (3 ECB+ `.txt` files) and `basil:<triplet>` (3 BASIL `.json` files,
    turned into records by the audit)."""
    out = {f"ecb:{s}": [doc_path(d, ecb) for d in docs] for s, docs in r6_ecb_story_draw(ecb).items()}
    for t in r6_basil(basil):
        out[f"basil:{t}"] = sorted(basil.glob(f"*/{t}_*.json"))
    return out


def r6_events_draw(ecb: Path = ECBPLUS) -> list[str]:
    """The 8 r6 events documents (draw order), one per train sub-topic not in the story draw."""
    return _events_documents(set(r6_ecb_story_draw(ecb)), R6_EVENTS, ecb)


def subtopic_of(doc: str) -> str:
    """A document's sub-topic: `12_3ecbplus` -> `12ecbplus`."""
    m = _DOC.fullmatch(doc)
    assert m, doc
    return f"{m.group(1)}{m.group(3)}"


def used_before_r7(ecb: Path = ECBPLUS) -> set[str]:
    """Every train sub-topic of a draw labelled before round 7: the r6 story and r6 events draws."""
    return set(r6_ecb_story_draw(ecb)) | {subtopic_of(d) for d in r6_events_draw(ecb)}


def r7_ecb_story_draw(ecb: Path = ECBPLUS) -> dict[str, list[str]]:
    """Sub-topic -> its 3 drawn documents (draw order), by the r7 rule in the module docstring."""
    return _story_subtopics(used_before_r7(ecb), R7_STORY, ecb)


def r7_story_draw(ecb: Path = ECBPLUS) -> dict[str, list[Path]]:
    """The 10 r7 stories: `ecb:<sub-topic>` -> its 3 ECB+ `.txt` files (no BASIL part: none is left)."""
    return {f"ecb:{s}": [doc_path(d, ecb) for d in docs] for s, docs in r7_ecb_story_draw(ecb).items()}


def r7_events_draw(ecb: Path = ECBPLUS) -> list[str]:
    """The 8 r7 events documents (draw order), one per train sub-topic in no r6 draw and not in the r7 story
    draw."""
    return _events_documents(used_before_r7(ecb) | set(r7_ecb_story_draw(ecb)), R7_EVENTS, ecb)


def used_before_r8(ecb: Path = ECBPLUS) -> set[str]:
    """Every train sub-topic of a draw labelled before round 8: the r6 and r7 story and events draws."""
    return used_before_r7(ecb) | set(r7_ecb_story_draw(ecb)) | {subtopic_of(d) for d in r7_events_draw(ecb)}


def r8_ecb_story_draw(ecb: Path = ECBPLUS) -> dict[str, list[str]]:
    """Sub-topic -> its 3 drawn documents (draw order), by the r8 rule in the module docstring."""
    return _story_subtopics(used_before_r8(ecb), R8_STORY, ecb)


def r8_story_draw(ecb: Path = ECBPLUS) -> dict[str, list[Path]]:
    """The 7 r8 stories: `ecb:<sub-topic>` -> its 3 ECB+ `.txt` files."""
    return {f"ecb:{s}": [doc_path(d, ecb) for d in docs] for s, docs in r8_ecb_story_draw(ecb).items()}


def r8_events_draw(ecb: Path = ECBPLUS) -> list[str]:
    """The 6 r8 events documents (draw order), one per train sub-topic in no r6 or r7 draw and not in the r8
    story draw."""
    return _events_documents(used_before_r8(ecb) | set(r8_ecb_story_draw(ecb)), R8_EVENTS, ecb)


def ecbdev_eligible(ecb: Path = ECBPLUS) -> dict[str, list[Path]]:
    """Dev sub-topic -> its `.txt` files with at least ECBDEV_MIN_WORDS words, by document number; sub-topics in
    the reader's order (splits.json topic order, `ecb` before `ecbplus`)."""
    out = {}
    for folder in subtopic_dirs(ecb.parent, "dev"):
        docs = [p for p in folder.glob("*.txt") if _DOC.fullmatch(p.stem)
                and len(p.read_text("utf-8").split()) >= ECBDEV_MIN_WORDS]
        out[folder.name] = sorted(docs, key=lambda p: _doc_key(p.stem))
    return out


def ecbdev_draw_ids(ecb: Path = ECBPLUS) -> dict[str, list[str]]:
    """Story id (`ecbdev:<sub-topic>:0`, `:1`) -> its 3 document ids (draw order), by the ecbdev rule in the module
    docstring."""
    rng = random.Random(ECBDEV_SEED)
    out: dict[str, list[str]] = {}
    for sub, paths in ecbdev_eligible(ecb).items():
        docs = [p.stem for p in paths]
        if len(docs) < DOCS_PER_STORY:
            continue
        first = rng.sample(docs, DOCS_PER_STORY)
        out[f"ecbdev:{sub}:0"] = first
        if len(docs) >= ECBDEV_SECOND_AT:
            out[f"ecbdev:{sub}:1"] = rng.sample([d for d in docs if d not in first], DOCS_PER_STORY)
    return out


def ecbdev_story_draw(ecb: Path = ECBPLUS, runs: Path = ECBDEV_RUNS) -> dict[str, list[Path]]:
    """The ecbdev stories: story id -> its 3 `.txt` files, copied as they are under `runs` (gitignored), so a
    document's id is its file stem."""
    runs.mkdir(parents=True, exist_ok=True)
    out: dict[str, list[Path]] = {}
    for story, docs in ecbdev_draw_ids(ecb).items():
        out[story] = []
        for d in docs:
            dst = runs / f"{d}.txt"
            dst.write_text(doc_path(d, ecb).read_text("utf-8"), encoding="utf-8")
            out[story].append(dst)
    return out


def used_by_r8_events(ecb: Path = ECBPLUS) -> set[str]:
    """Every document of the r6, r7 and r8 events draws (read by people in those audits)."""
    return set(r6_events_draw(ecb)) | set(r7_events_draw(ecb)) | set(r8_events_draw(ecb))


def r55_pool(ecb: Path = ECBPLUS) -> dict[str, list[str]]:
    """Sub-topic -> its unread eligible documents (by document number), for the train sub-topics in no r6, r7 or r8
    story draw that have at least 3 of them, sorted as `subtopics`."""
    stories = set(r6_ecb_story_draw(ecb)) | set(r7_ecb_story_draw(ecb)) | set(r8_ecb_story_draw(ecb))
    read = used_by_r8_events(ecb)
    pool = {s: [d for d in eligible(s, ecb) if d not in read] for s in subtopics(ecb) if s not in stories}
    return {s: docs for s, docs in pool.items() if len(docs) >= DOCS_PER_STORY}


def _seeded_story_draw(pool: dict[str, list[str]], rule: tuple[int, int]) -> dict[str, list[str]]:
    """Sub-topic -> its 3 drawn documents (draw order): ``rule`` = (seed, stories) draws the sub-topics from ``pool``,
    then each one's documents, from one seeded generator (the r55 and r56 rules)."""
    rng = random.Random(rule[0])
    chosen = rng.sample(list(pool), rule[1])
    return {s: rng.sample(pool[s], DOCS_PER_STORY) for s in chosen}


def r55_ecb_story_draw(ecb: Path = ECBPLUS) -> dict[str, list[str]]:
    """Sub-topic -> its 3 drawn documents (draw order), by the r55 rule in the module docstring."""
    return _seeded_story_draw(r55_pool(ecb), R55_STORY)


def r55_story_draw(ecb: Path = ECBPLUS) -> dict[str, list[Path]]:
    """The 10 r55 stories: `ecb55:<sub-topic>` -> its 3 ECB+ `.txt` files."""
    return {f"ecb55:{s}": [doc_path(d, ecb) for d in docs] for s, docs in r55_ecb_story_draw(ecb).items()}


def r56_pool(ecb: Path = ECBPLUS) -> dict[str, list[str]]:
    """Sub-topic -> its unread eligible documents (by document number), for the train sub-topics in no r6, r7, r8 or
    r55 story draw that have at least 3 of them, sorted as `subtopics`."""
    taken = set(r55_ecb_story_draw(ecb))
    return {s: docs for s, docs in r55_pool(ecb).items() if s not in taken}


def r56_ecb_story_draw(ecb: Path = ECBPLUS) -> dict[str, list[str]]:
    """Sub-topic -> its 3 drawn documents (draw order), by the r56 rule in the module docstring."""
    return _seeded_story_draw(r56_pool(ecb), R56_STORY)


def r56_story_draw(ecb: Path = ECBPLUS) -> dict[str, list[Path]]:
    """The 10 r56 stories: `ecb56:<sub-topic>` -> its 3 ECB+ `.txt` files."""
    return {f"ecb56:{s}": [doc_path(d, ecb) for d in docs] for s, docs in r56_ecb_story_draw(ecb).items()}


__all__ = ["R56_STORY", "r56_ecb_story_draw", "r56_pool", "r56_story_draw", "R55_STORY", "r55_ecb_story_draw", "r55_pool", "r55_story_draw", "used_by_r8_events", "ECBDEV_MIN_WORDS", "ECBDEV_SEED", "ecbdev_draw_ids", "ecbdev_eligible", "ecbdev_story_draw", "R6_EVENTS", "R6_STORY", "R7_EVENTS", "R7_STORY", "R8_EVENTS", "R8_STORY", "doc_path", "eligible",
           "r6_basil", "r6_ecb_story_draw", "r6_events_draw", "r6_story_draw", "r7_ecb_story_draw", "r7_events_draw",
           "r7_story_draw", "r8_ecb_story_draw", "r8_events_draw", "r8_story_draw", "subtopic_of", "subtopics",
           "train_topics", "used_before_r6", "used_before_r7", "used_before_r8"]
