"""The FNC-1 hand-audit draws of rounds 9 to 22 (the one way the r9, r10, r10f, r11, r11f, r12, r12f, r14, r14f,
r15, r16, r17, r18, r19, r20, r21 and r22 audits draw their texts, and the one FNC-1 reader).

Round 9's held-out audit ("r9"): ECB+ train and BASIL are exhausted by the draws of rounds 1-8, so r9 comes from
FNC-1 (../shared/data/agreement/fnc1, read at run time, never copied: `bodies.csv` = Body ID, articleBody;
`stances.csv` = Headline, Body ID, Stance). Each headline is one claim that several real news bodies from
different outlets cover: a multi-outlet story. Fixed (in code, committed) before any r9 text or output was seen;
the counts below come from the CSVs' counts alone.

Population: a body is eligible for a headline when
- its stance toward that headline is `agree` or `discuss` (it reports the claim, not `disagree` or `unrelated`);
- it has `MIN_WORDS`-`MAX_WORDS` words (150-1,200, `str.split` on the body);
- it is not a near copy of a body already kept for that headline: bodies are taken in Body ID order (as
  integers) and a body whose first `COPY_PREFIX` (200) characters after whitespace normalisation (runs of
  whitespace -> one space, stripped) equal those of a kept body is left out (the lowest ID is kept).
Headlines are sorted as strings, body ids as integers.

- story draw (`R9_STORY = (111, 8)`): `rng = random.Random(111)`; `rng.sample(pool, 8)` over the sorted
  headlines with at least 3 eligible bodies; then, for each drawn headline in draw order, `rng.sample(ids, 3)`
  over its sorted eligible ids with the same generator. Each gives a story `fnc:<index>` (index = the headline's
  place in the draw, 0-7) of three bodies.
- events draw (`R9_EVENTS = (113, 6)`): `rng = random.Random(113)`; `rng.sample(pool, 6)` over the sorted
  headlines not in the story draw that have at least one eligible body not in the story draw; then, for each
  drawn headline in draw order, `rng.choice(ids)` over those sorted ids with the same generator: 6 bodies, one
  per headline.

By counts alone (`python benchmarks/fnc_draw.py`, `count()`, before the draw): 542 bodies, 889 headlines; 430
bodies are eligible for some headline, 759 headlines have at least one eligible body and 409 at least three, so
both draws keep the brief's counts (8 stories, 6 events bodies). Bodies are shared between headlines (several
headlines word one claim), hence "bodies not in the story draw" for the events draw.

Documents have no title: each body goes to newsprism as the text of a `.txt` file `fnc_<Body ID>.txt` (written
under training/runs/r9/, gitignored; FNC-1 text is never committed), as a user would give it (`newsprism analyze
FILE...`, `newsprism compare FILE...`), so a document's id is its file stem. The story-agreement stage
(story/agreement.py) was fitted on FNC-1 stances (benchmarks/bench_story.py fnc --fit); that stage's output is
not audited.

Protocol: r9 is labelled on main 636c753 before anyone's round-9 change. From round 9 on r8 and every earlier draw
are dev sets; r9 is held out: do not open its texts or its labels' notes while changing code, only run the scoring
commands (`audit_events.py --draw r9`, `audit_story.py --r9`) at the end. FNC-1 bodies are no dev data.

Round 10's held-out audit ("r10"), fixed (in code, committed) before any r10 text or output was seen, from counts
alone; r9 is a dev draw from round 10 on. Same population and eligibility as r9, minus r9:
- out: every headline of r9 (story and events draws: 14) and every body of r9 (any draw: 29), and any body whose
  normalised `COPY_PREFIX` equals an r9 body's (0 such bodies by count; so that r10 repeats no r9 text under
  another Body ID); a headline is eligible only through its eligible bodies not used in r9 (`r10_pool()`).
- story draw (`R10_STORY = (211, 8)`): as r9's story draw on that pool: `rng = random.Random(211)`;
  `rng.sample(pool, 8)` over the sorted headlines of the pool with at least 3 eligible bodies, then for each
  drawn headline in draw order `rng.sample(ids, 3)` over its sorted pool ids with the same generator; story id
  `fnc10:<index>` (0-7).
- events draw (`R10_EVENTS = (213, 6)`): as r9's events draw: `rng = random.Random(213)`; `rng.sample(pool, 6)`
  over the sorted pool headlines not in r10's story draw that have at least one pool body not in r10's story
  draw; then `rng.choice(ids)` over those sorted ids per drawn headline, in draw order (6 bodies).
Bodies are written as `fnc_<Body ID>.txt` under training/runs/r10/ (gitignored).

By counts alone (`python benchmarks/fnc_draw.py`, `count_r10()`, before the draw): after the exclusions 728
headlines have at least one eligible body and 361 at least three, so both draws keep the brief's counts (8
stories, 6 events bodies).

Protocol: r10 is labelled on main 928dc27 before anyone's round-10 change, by the audit engineer only; nobody else
opens its texts, outputs or labels; it is scored by the lead at the end (`audit_events.py --draw r10`,
`audit_story.py --r10`). FNC-1 bodies other than r9's are no dev data.

Round 10's flags-only held-out draw ("r10f"): r10's story draw has no flag shown by default and 4 less certain,
so the shown-flag precision target is unmeasured on held-out text; r10f is a larger story draw whose flags alone
are audited (no consensus or unique items: `audit_story.py --r10f`). Fixed (in code, committed) before any r10f
text or output was seen, from counts alone. Same population and eligibility as r10, minus r10:
- out: every headline of r10 (story and events draws: 14) and every body of r10 (any draw: 30), and any body whose
  normalised `COPY_PREFIX` equals an r10 body's, on top of r10's own exclusion of r9 (`r10f_pool()`); so r10f
  shares no headline and no body text with r9 or r10.
- story draw (`R10_FLAGS = (215, 16)`): as r10's story draw on that pool: `rng = random.Random(215)`;
  `rng.sample(pool, 16)` over the sorted headlines of the pool with at least 3 eligible bodies, then for each
  drawn headline in draw order `rng.sample(ids, 3)` over its sorted pool ids with the same generator; story id
  `fnc10f:<index>` (0-15); bodies written as `fnc_<Body ID>.txt` under training/runs/r10f/ (gitignored).

By counts alone (`python benchmarks/fnc_draw.py`, `count_r10f()`, before the draw): after the exclusions 696
headlines have at least one eligible body and 309 at least three (369 eligible bodies), so the draw keeps the
brief's count (16 stories).

Protocol: as r10 (labelled on main 928dc27 by the audit engineer only; nobody else opens its texts, outputs or
labels; the lead scores it at the end, `audit_story.py --r10f`).

Round 11's held-out audit ("r11"), fixed (in code, committed) before any r11 text or output was seen, from counts
alone; r10 and r10f are dev draws from round 11 on. Same population and eligibility as r10f, minus r10f:
- out: every headline of r10f (16) and every body of r10f (48 drawn, 46 distinct: the draw repeats bodies shared
  between headlines), and any body whose normalised `COPY_PREFIX` equals an r10f body's, on top of r10f's own
  exclusion of r9 and r10 (`r11_pool()`); so r11 shares no headline and no body text with r9, r10 or r10f.
- story draw (`R11_STORY = (217, 8)`): as r10's story draw on that pool: `rng = random.Random(217)`;
  `rng.sample(pool, 8)` over the sorted headlines of the pool with at least 3 eligible bodies, then for each drawn
  headline in draw order `rng.sample(ids, 3)` over its sorted pool ids with the same generator; story id
  `fnc11:<index>` (0-7).
- events draw (`R11_EVENTS = (219, 6)`): as r10's events draw: `rng = random.Random(219)`; `rng.sample(pool, 6)`
  over the sorted pool headlines not in r11's story draw that have at least one pool body not in r11's story
  draw; then `rng.choice(ids)` over those sorted ids per drawn headline, in draw order (6 bodies).
Bodies are written as `fnc_<Body ID>.txt` under training/runs/r11/ (gitignored).

By counts alone (`python benchmarks/fnc_draw.py`, `count_r11()`, before the draw): after the exclusions 614
headlines have at least one eligible body and 233 at least three (321 eligible bodies), so both draws keep the
brief's counts (8 stories, 6 events bodies).

Protocol: r11 is labelled on main 12f1d90 before anyone's round-11 change, by the audit engineer only; nobody else
opens its texts, outputs or labels; the lead scores it at the end (`audit_events.py --draw r11`,
`audit_story.py --r11`). FNC-1 bodies other than those of r9, r10 and r10f are no dev data.

Round 11's flags-only held-out draw ("r11f"), made as r10f was for r10: r11's story draw has no flag shown by
default, so the shown-flag precision target is again unmeasured on held-out text; r11f is a larger story draw whose
flags alone are audited (`audit_story.py --r11f`). Fixed (in code, committed) before any r11f text or output was
seen, from counts alone. Same population and eligibility as r11, minus r11:
- out: every headline of r11 (story and events draws: 14) and every body of r11 (any draw: 30), and any body whose
  normalised `COPY_PREFIX` equals an r11 body's, on top of r11's own exclusion of r9, r10 and r10f
  (`r11f_pool()`); so r11f shares no headline and no body text with r9, r10, r10f or r11.
- story draw (`R11_FLAGS = (221, 16)`): as r11's story draw on that pool: `rng = random.Random(221)`;
  `rng.sample(pool, 16)` over the sorted headlines of the pool with at least 3 eligible bodies, then for each
  drawn headline in draw order `rng.sample(ids, 3)` over its sorted pool ids with the same generator; story id
  `fnc11f:<index>` (0-15); bodies written as `fnc_<Body ID>.txt` under training/runs/r11f/ (gitignored).

By counts alone (`python benchmarks/fnc_draw.py`, `count_r11f()`, before the draw): after the exclusions 568
headlines have at least one eligible body and 190 at least three (290 eligible bodies), so the draw keeps the
brief's count (16 stories).

Protocol: as r11 (labelled on main 12f1d90 by the audit engineer only; nobody else opens its texts, outputs or
labels; the lead scores it at the end, `audit_story.py --r11f`).

Round 12's held-out audits ("r12" and "r12f"), fixed (in code, committed) before any r12 or r12f text or output was
seen, from counts alone; r11 and r11f are dev draws from round 12 on. Same population and eligibility as r11f, minus
r11f:
- out: every headline of r11f (16) and every body of r11f (48 drawn, 43 distinct), and any body whose normalised
  `COPY_PREFIX` equals an r11f body's, on top of r11f's own exclusion of r9, r10, r10f and r11 (`r12_pool()`); so r12
  shares no headline and no body text with r9, r10, r10f, r11 or r11f.
- story draw (`R12_STORY = (227, 8)`): as r11's story draw on that pool: `rng = random.Random(227)`;
  `rng.sample(pool, 8)` over the sorted headlines of the pool with at least 3 eligible bodies, then for each drawn
  headline in draw order `rng.sample(ids, 3)` over its sorted pool ids with the same generator; story id
  `fnc12:<index>` (0-7).
- events draw (`R12_EVENTS = (229, 6)`): as r11's events draw: `rng = random.Random(229)`; `rng.sample(pool, 6)`
  over the sorted pool headlines not in r12's story draw that have at least one pool body not in r12's story draw;
  then `rng.choice(ids)` over those sorted ids per drawn headline, in draw order (6 bodies).
- flags-only story draw ("r12f", `R12_FLAGS = (231, 16)`), as r11f was drawn after r11: out go also every headline
  of r12 (story and events draws: 14) and every body of r12 (any draw) and any body whose normalised `COPY_PREFIX`
  equals an r12 body's (`r12f_pool()`); then as r11f's draw on that pool: `rng = random.Random(231)`;
  `rng.sample(pool, 16)` over the sorted headlines of the pool with at least 3 eligible bodies, then
  `rng.sample(ids, 3)` per drawn headline in draw order with the same generator; story id `fnc12f:<index>` (0-15).
  Its flags alone are audited (`audit_story.py --r12f`).
Bodies are written as `fnc_<Body ID>.txt` under training/runs/r12/ and training/runs/r12f/ (gitignored).

By counts alone (`python benchmarks/fnc_draw.py`, `count_r12()` and `count_r12f()`, before the draws): r11f took 16
headlines and 43 distinct bodies; after the exclusions 507 headlines have at least one eligible body and 120 at least
three (245 eligible bodies), so r12 keeps the brief's counts (8 stories, 6 events bodies); after r12's 14 headlines
and 29 bodies are out too, 446 headlines have at least one eligible body and 79 at least three (215 eligible
bodies), so r12f keeps its 16 stories.

Protocol: r12 is labelled on main 7bde51b before anyone's round-12 change, by the audit engineer only; r12f by a
second audit engineer ("auditf") on the same commit (not done in round 12: r12f was labelled in round 13 on main
91cf189, round 12's changes merged); nobody else opens their texts, outputs or labels; the lead
scores them at the end (`audit_events.py --draw r12`, `audit_story.py --r12`, `audit_story.py --r12f`). FNC-1 bodies
other than those of r9, r10, r10f, r11 and r11f are no dev data.

Round 14's held-out audits ("r14" and "r14f"), fixed (in code, committed) before any r14 or r14f text or output was
seen, from counts alone; r12 and r12f are dev draws from round 14 on (round 13 drew no FNC-1 audit). Same population
and eligibility as r12f, minus r12f:
- out: every headline of r12f (16) and every body of r12f (48 drawn, 41 distinct), and any body whose normalised
  `COPY_PREFIX` equals an r12f body's, on top of r12f's own exclusion of r9 to r12 (`r14_pool()`); so r14 shares no
  headline and no body text with r9, r10, r10f, r11, r11f, r12 or r12f.
- story draw (`R14_STORY = (241, 8)`): as r12's story draw on that pool: `rng = random.Random(241)`;
  `rng.sample(pool, 8)` over the sorted headlines of the pool with at least 3 eligible bodies, then for each drawn
  headline in draw order `rng.sample(ids, 3)` over its sorted pool ids with the same generator; story id
  `fnc14:<index>` (0-7).
- events draw (`R14_EVENTS = (243, 6)`): as r12's events draw: `rng = random.Random(243)`; `rng.sample(pool, 6)`
  over the sorted pool headlines not in r14's story draw that have at least one pool body not in r14's story draw;
  then `rng.choice(ids)` over those sorted ids per drawn headline, in draw order (6 bodies).
- flags-only story draw ("r14f", `R14_FLAGS = (245, 13)`), as r12f was drawn after r12: out go also every headline
  of r14 (story and events draws: 14) and every body of r14 (any draw) and any body whose normalised `COPY_PREFIX`
  equals an r14 body's (`r14f_pool()`); then as r12f's draw on that pool: `rng = random.Random(245)`;
  `rng.sample(pool, 13)` over the sorted headlines of the pool with at least 3 eligible bodies, then
  `rng.sample(ids, 3)` per drawn headline in draw order with the same generator; story id `fnc14f:<index>` (0-12).
  Its flags alone are audited (`audit_story.py --r14f`). The brief asked for 16 stories; only 13 headlines qualify
  (count below), so the count was lowered to 13 before the draw: r14f takes every qualifying headline, in the
  generator's order, and its seed only orders them and picks their bodies.
Bodies are written as `fnc_<Body ID>.txt` under training/runs/r14/ and training/runs/r14f/ (gitignored).

By counts alone (`python benchmarks/fnc_draw.py`, `count_r14()` and `count_r14f()`, before the draws): r12f took 16
headlines and 41 distinct bodies; after the exclusions 386 headlines have at least one eligible body and 29 at least
three (173 eligible bodies), so r14 keeps the brief's counts (8 stories, 6 events bodies); after r14's 14 headlines
and 26 distinct bodies are out too, 325 headlines have at least one eligible body and 13 at least three (147
eligible bodies), so r14f has 13 stories, not the brief's 16.

Protocol: r14 is labelled on main 0d5d0fe (rounds 12-13 merged) before anyone's round-14 change, by the audit
engineer only; r14f by a second audit engineer ("auditf") on the same commit; nobody else opens their texts, outputs
or labels; the lead scores them at the end (`audit_events.py --draw r14`, `audit_story.py --r14`,
`audit_story.py --r14f`). FNC-1 bodies other than those of r9 to r12f are no dev data.

Round 15's held-out audit ("r15"), fixed (in code, committed) before any r15 text or output was seen, from counts
alone; r14 and r14f are dev draws from round 15 on. Same population and eligibility as r14f, minus r14f:
- out: every headline of r14f (13) and every body of r14f (39 drawn, 31 distinct), and any body whose normalised
  `COPY_PREFIX` equals an r14f body's, on top of r14f's own exclusion of r9 to r14 (`r15_pool()`); so r15 shares no
  headline and no body text with r9, r10, r10f, r11, r11f, r12, r12f, r14 or r14f.
- story draw (`R15_STORY = (253, 6)`): no headline of that pool has 3 eligible bodies left (count below), so r15's
  stories are groups of `R15_DOCS_PER_STORY` (2) bodies: `rng = random.Random(253)`; `rng.sample(pool, 6)` over the
  sorted headlines of the pool with at least 2 eligible bodies, then for each drawn headline in draw order
  `rng.sample(ids, 2)` over its sorted pool ids with the same generator; story id `fnc15:<index>` (0-5).
- events draw (`R15_EVENTS = (251, 6)`): as r14's events draw: `rng = random.Random(251)`; `rng.sample(pool, 6)`
  over the sorted pool headlines not in r15's story draw that have at least one pool body not in r15's story draw;
  then `rng.choice(ids)` over those sorted ids per drawn headline, in draw order (6 bodies).
Bodies are written as `fnc_<Body ID>.txt` under training/runs/r15/ (gitignored).

By counts alone (`python benchmarks/fnc_draw.py`, `count_r15()`, before the draws): r14f took 13 headlines and 31
distinct bodies; after the exclusions 280 headlines have at least one eligible body, 65 at least two and none three
(116 eligible bodies), so the events draw keeps the brief's 6 bodies and the story draw its 6 stories, of 2 bodies
each (the brief allowed groups of 2 or more; no 3-body group is left).

Protocol: r15 is labelled on main 3427d1f (round 14 merged) before anyone's round-15 change, by the audit engineer
only; nobody else opens its texts, outputs or labels; the lead scores it at the end (`audit_events.py --draw r15`,
`audit_story.py --r15`). FNC-1 bodies other than those of r9 to r14f are no dev data.

Round 16's held-out audit ("r16"), fixed (in code, committed) before any r16 text or output was seen, from counts
alone; r15 is a dev draw from round 16 on. Same population and eligibility as r15, minus r15:
- out: every headline of r15 (story and events draws: 12) and every body of r15 (any draw: 18), and any body whose
  normalised `COPY_PREFIX` equals an r15 body's, on top of r15's own exclusion of r9 to r14f (`r16_pool()`); so r16
  shares no headline and no body text with r9, r10, r10f, r11, r11f, r12, r12f, r14, r14f or r15.
- story draw (`R16_STORY = (263, 6)`): as r15's, groups of `R16_DOCS_PER_STORY` (2) bodies (no headline of the pool
  has 3 eligible bodies left, count below): `rng = random.Random(263)`; `rng.sample(pool, 6)` over the sorted
  headlines of the pool with at least 2 eligible bodies, then for each drawn headline in draw order
  `rng.sample(ids, 2)` over its sorted pool ids with the same generator; story id `fnc16:<index>` (0-5).
- events draw (`R16_EVENTS = (261, 8)`): 8 bodies, not 6 (r15's 6 short bodies gave +-12 points), each of at least
  `R16_LONG_WORDS` (250) words (`str.split`, as the eligibility's word count): as r15's events draw on the pool's
  bodies of at least 250 words (`_long()`): `rng = random.Random(261)`; `rng.sample(pool, 8)` over the sorted pool
  headlines not in r16's story draw that have at least one such body not in r16's story draw; then `rng.choice(ids)`
  over those sorted ids per drawn headline, in draw order (8 bodies).
Bodies are written as `fnc_<Body ID>.txt` under training/runs/r16/ (gitignored).

By counts alone (`python benchmarks/fnc_draw.py`, `count_r16()`, before the draws): r15 took 12 headlines and 18
distinct bodies; after the exclusions 209 headlines have at least one eligible body, 33 at least two and none three
(98 eligible bodies); of those bodies 73 have at least 250 words, on 161 headlines. So the story draw keeps the
brief's 6 stories, of 2 bodies each (the brief allowed groups of 2 or more; no 3-body group is left), and the events
draw its 8 bodies, all of at least 250 words (the brief's preference, which the counts allow: at most 6 of the 161
headlines go to the story draw). These choices were made from the counts above only.

Protocol: r16 is labelled on main 3dc0990 (rounds 14-15 merged) before anyone's round-16 change, by the audit
engineer only; nobody else opens its texts, outputs or labels; the lead scores it at the end (`audit_events.py --draw
r16`, `audit_story.py --r16`). FNC-1 bodies other than those of r9 to r15 are no dev data.

Round 17's held-out audit ("r17"), fixed (in code, committed) before any r17 text or output was seen, from counts
alone; r16 is a dev draw from round 17 on. Same population and eligibility as r16, minus r16:
- out: every headline of r16 (story and events draws: 14) and every body of r16 (any draw: 20), and any body whose
  normalised `COPY_PREFIX` equals an r16 body's, on top of r16's own exclusion of r9 to r15 (`r17_pool()`); so r17
  shares no headline and no body text with r9, r10, r10f, r11, r11f, r12, r12f, r14, r14f, r15 or r16.
- story draw (`R17_STORY = (1713, 6)`): as r16's, groups of `R17_DOCS_PER_STORY` (2) bodies (no headline of the pool
  has 3 eligible bodies left, count below): `rng = random.Random(1713)`; `rng.sample(pool, 6)` over the sorted
  headlines of the pool with at least 2 eligible bodies, then for each drawn headline in draw order
  `rng.sample(ids, 2)` over its sorted pool ids with the same generator; story id `fnc17:<index>` (0-5).
- events draw (`R17_EVENTS = (1711, 8)`): 8 distinct bodies of at least `R17_LONG_WORDS` (250) words (`_long()`),
  one per headline (`_distinct_events_draw()`): `rng = random.Random(1711)`; `rng.sample(heads, len(heads))` orders
  the sorted pool headlines not in r17's story draw that have at least one such body not in r17's story draw; each in
  turn gives `rng.choice(ids)` over its sorted such ids whose normalised `COPY_PREFIX` is no body's already chosen (a
  headline with none is passed over), until 8 bodies. r16's rule (`rng.sample(pool, 8)`, then `rng.choice` per
  headline) was run first with this seed and drew one body twice, for two headlines that share it (ids and word
  counts only, no text seen): 7 distinct bodies, not the brief's 8; so the rule was changed, before any text or
  output was seen, to draw a body (or a copy of it) once. The first rule's draw was not used.
Bodies are written as `fnc_<Body ID>.txt` under training/runs/r17/ (gitignored).

By counts alone (`python benchmarks/fnc_draw.py`, `count_r17()`, before the draws): r16 took 14 headlines and 20
distinct bodies; after the exclusions 160 headlines have at least one eligible body, 16 at least two and none three
(78 eligible bodies); of those bodies 57 have at least 250 words, on 121 headlines. So the story draw keeps the
brief's 6 stories, of 2 bodies each (the brief asked for up to 6 claims x 2 bodies, and for events only if fewer
than 4 were possible: 16 headlines qualify), and the events draw its 8 bodies of at least 250 words (at most 6 of
the 121 headlines go to the story draw). These choices were made from the counts above only. Every pool function is
cached (`functools.cache`, as `load`): each draw's pool is the previous one's minus a draw made on it, so without the
cache the chain of earlier pools is recomputed a few times per round and the cost grows about fourfold a round
(`r16_pool()` alone took 100 s on the 2-core box, loaded, before the cache; under 1 s with it).

Protocol: r17 is labelled on main 8c7afce (round 16 merged) before anyone's round-17 change, by the r17 engineer
only; nobody else opens its texts, outputs or labels; the lead scores it at the end (`audit_events.py --draw r17`,
`audit_story.py --r17`). FNC-1 bodies other than those of r9 to r16 are no dev data.

Round 18's held-out audit ("r18"), fixed (in code, committed) before any r18 text or output was seen, from counts and
body ids alone; r17 is a dev draw from round 18 on. Same population and eligibility as r17, minus r17:
- out: every headline of r17 (story and events draws: 14) and every body of r17 (any draw: 20), and any body whose
  normalised `COPY_PREFIX` equals an r17 body's, on top of r17's own exclusion of r9 to r16 (`r18_pool()`); so r18
  shares no headline and no body text with r9, r10, r10f, r11, r11f, r12, r12f, r14, r14f, r15, r16 or r17.
- story draw (`R18_STORY = (1813, 4)`): groups of `R18_DOCS_PER_STORY` (2) bodies, as r17's, of distinct bodies
  (`_distinct_story_draw()`): `rng = random.Random(1813)`; `rng.sample(heads, len(heads))` orders the sorted
  headlines of the pool with at least 2 eligible bodies; each in turn gives `rng.sample(ids, 2)` over its sorted
  pool ids whose normalised `COPY_PREFIX` is no body's already chosen (a headline with fewer than 2 such ids is
  passed over), until 4 stories; story id `fnc18:<index>` (0-3).
- events draw (`R18_EVENTS = (1811, 8)`): as r17's (`_distinct_events_draw()`): 8 distinct bodies of at least
  `R18_LONG_WORDS` (250) words, one per headline: `rng = random.Random(1811)`; `rng.sample(heads, len(heads))`
  orders the sorted pool headlines not in r18's story draw that have at least one such body not in r18's story
  draw; each in turn gives `rng.choice(ids)` over its sorted such ids whose normalised `COPY_PREFIX` is no body's
  already chosen, until 8 bodies.
Bodies are written as `fnc_<Body ID>.txt` under training/runs/r18/ (gitignored).

By counts alone (`python benchmarks/fnc_draw.py`, `count_r18()`, before the draws): r17 took 14 headlines and 20
distinct bodies; after the exclusions 112 headlines have at least one eligible body, 5 at least two and none three
(57 eligible bodies); of those bodies 40 have at least 250 words, on 75 headlines. The brief asked for up to 6
claims x 2 bodies, and for an events-only draw if fewer than 4 claims were possible. The 5 two-body headlines were
then listed by body ids only (no headline or body text read): two of them word one claim over the same two bodies,
so only 4 distinct stories exist (8 distinct bodies); r17's story rule (`rng.sample` of 5 headlines, then
`rng.sample` of each one's ids) would give that pair of bodies twice, as two stories. So the story draw is 4 stories
of 2 distinct bodies each, by `_distinct_story_draw` (4 >= the brief's floor of 4: a story draw is kept); its seed
only orders the 5 headlines (which of the two that share bodies gives the story) and each story's 2 bodies (every
qualifying headline has exactly 2). The events draw keeps its 8 bodies of at least 250 words (at most 5 of the 75
headlines go to, or lose their bodies to, the story draw). These choices were made from the counts and ids above
only, before any draw was run.

Protocol: r18 is labelled on main 7108d64 (round 17 merged) before anyone's round-18 change, by the r18 engineer
only; nobody else opens its texts, outputs or labels; the lead scores it at the end (`audit_events.py --draw r18`,
`audit_story.py --r18`). FNC-1 bodies other than those of r9 to r17 are no dev data.

Round 19's held-out audit ("r19"), fixed (in code, committed) before any r19 text or output was seen, from counts and
body ids alone; r18 is a dev draw from round 19 on. Same population and eligibility as r18, minus r18:
- out: every headline of r18 (story and events draws: 12) and every body of r18 (any draw: 16), and any body whose
  normalised `COPY_PREFIX` equals an r18 body's, on top of r18's own exclusion of r9 to r17 (`r19_pool()`); so r19
  shares no headline and no body text with r9, r10, r10f, r11, r11f, r12, r12f, r14, r14f, r15, r16, r17 or r18.
- events draw (`R19_EVENTS = (1911, 8)`): as r18's (`_distinct_events_draw()`): 8 distinct bodies of at least
  `R19_LONG_WORDS` (250) words, one per headline: `rng = random.Random(1911)`; `rng.sample(heads, len(heads))`
  orders the sorted pool headlines that have at least one such body; each in turn gives `rng.choice(ids)` over its
  sorted such ids whose normalised `COPY_PREFIX` is no body's already chosen, until 8 bodies.
- no story draw. After r18 no headline of the pool has 2 `agree`/`discuss` bodies left (count below), so r18's story
  population is empty. The brief asked for the count with `disagree` bodies admitted too (`R19_STORY_STANCES`,
  `r19_story_pool()`: same word limits and copy rule, every headline and body of r9 to r18 and their copies out):
  a body that disputes a headline's claim still covers the same story, and a pair of reports where one disputes
  what the other asserts is where real conflicts are, which the agree/discuss-only draws rarely held. The brief's
  rule: a story draw of up to 6 claims x 2 bodies if at least 4 such claims are left, events only if fewer. By
  counts and body ids alone, 4 headlines have 2 such bodies (none 3), but two of them word one claim over the same
  two bodies (one `agree`, one `disagree`, with the stances swapped between the two headlines), so 3 distinct
  stories exist (`with_disagree_distinct_2_body_sets`), under the floor of 4 (r18 counted its floor the same way:
  in distinct stories). So r19 is an events draw only; the seed 1913 the brief suggested for a story draw is unused.
Bodies are written as `fnc_<Body ID>.txt` under training/runs/r19/ (gitignored).

By counts alone (`python benchmarks/fnc_draw.py`, `count_r19()`, before the draw): r18 took 12 headlines and 16
distinct bodies; after the exclusions 77 headlines have at least one eligible (`agree`/`discuss`) body, none two
(41 eligible bodies); of those bodies 29 have at least 250 words, on 50 headlines, so the events draw keeps its 8
bodies of at least 250 words. With `disagree` bodies admitted: 92 headlines with at least one body, 4 with two, none
with three (43 bodies), 3 distinct two-body stories. These choices were made from the counts and ids above only,
before the draw was run.

Protocol: r19 is labelled on main 5d6a496 (round 18 merged) before anyone's round-19 change, by the r19 engineer
only; nobody else opens its texts, outputs or labels; the lead scores it at the end (`audit_events.py --draw r19`).
FNC-1 bodies other than those of r9 to r18 are no dev data.

Round 20's held-out audit ("r20"), fixed (in code, committed) before any r20 text or output was seen, from counts and
body ids alone; r19 is a dev draw from round 20 on. Same population and eligibility as r19, minus r19:
- out: every headline of r19 (8) and every body of r19 (8), and any body whose normalised `COPY_PREFIX` equals an r19
  body's, on top of r19's own exclusion of r9 to r18 (`r20_pool()`); so r20 shares no headline and no body text with
  r9, r10, r10f, r11, r11f, r12, r12f, r14, r14f, r15, r16, r17, r18 or r19.
- events draw (`R20_EVENTS = (2011, 8)`): as r19's (`_distinct_events_draw()`): 8 distinct bodies of at least
  `R20_LONG_WORDS` (250) words, one per headline: `rng = random.Random(2011)`; `rng.sample(heads, len(heads))`
  orders the sorted pool headlines that have at least one such body; each in turn gives `rng.choice(ids)` over its
  sorted such ids whose normalised `COPY_PREFIX` is no body's already chosen, until 8 bodies.
- no story draw: FNC-1 has no two-body story left. Round 19 counted the headlines left with two eligible bodies even
  with `disagree` bodies admitted: 3 distinct stories, under the floor of 4, and r19 (an events draw) took none of
  them. The count re-done after r19 by counts and body ids alone (`r20_story_pool()`: `agree`, `discuss` or
  `disagree` bodies, same word limits and copy rule, every headline and body of r9 to r19 and their copies out):
  2 headlines have 2 such bodies (one `agree` or `discuss` and one `disagree` each), none 3, 2 distinct two-body
  stories (`with_disagree_distinct_2_body_sets`); the third of r19's count (two headlines over the same two
  bodies) lost one of its bodies to r19's events draw (by body ids). 2 is under the floor of 4, so r20 is an events draw only; the seed 2013 the brief suggested for a
  story draw is unused.
Bodies are written as `fnc_<Body ID>.txt` under training/runs/r20/ (gitignored).

By counts alone (`python benchmarks/fnc_draw.py`, `count_r20()`, before the draw): r19 took 8 headlines and 8
distinct bodies; after the exclusions 55 headlines have at least one eligible (`agree`/`discuss`) body, none two
(33 eligible bodies); of those bodies 21 have at least 250 words, on 28 headlines, so the events draw keeps its 8
bodies of at least 250 words (the brief's fall-back, what is left if fewer than 8, at least 5, is not needed). With
`disagree` bodies admitted: 66 headlines with at least one body, 2 with two, none with three (35 bodies), 2 distinct
two-body stories. These choices were made from the counts and ids above only, before the draw was run.

Protocol: r20 is labelled on main f6b61bd (round 19 merged) before anyone's round-20 change, by the r20 engineer
only; nobody else opens its texts, outputs or labels; the lead scores it at the end (`audit_events.py --draw r20`).
FNC-1 bodies other than those of r9 to r19 are no dev data.

Round 21's held-out audit ("r21"), fixed (in code, committed) before any r21 text or output was seen, from counts and
body ids alone; r20 is a dev draw from round 21 on. Same population and eligibility as r20, minus r20:
- out: every headline of r20 (8) and every body of r20 (8), and any body whose normalised `COPY_PREFIX` equals an r20
  body's, on top of r20's own exclusion of r9 to r19 (`r21_pool()`); so r21 shares no headline and no body text with
  r9, r10, r10f, r11, r11f, r12, r12f, r14, r14f, r15, r16, r17, r18, r19 or r20.
- events draw (`R21_EVENTS = (2111, 8)`): as r20's (`_distinct_events_draw()`): 8 distinct bodies of at least
  `R21_LONG_WORDS` (250) words, one per headline: `rng = random.Random(2111)`; `rng.sample(heads, len(heads))`
  orders the sorted pool headlines that have at least one such body; each in turn gives `rng.choice(ids)` over its
  sorted such ids whose normalised `COPY_PREFIX` is no body's already chosen, until 8 bodies.
- no story draw: FNC-1 has no two-body story left. Round 20 re-counted the distinct stories left with two eligible
  bodies even with `disagree` bodies admitted: 2, under the floor of 4, and r20 (an events draw) took none as a
  story. The count re-done after r20 by counts and body ids alone (`r21_story_pool()`: `agree`, `discuss` or
  `disagree` bodies, same word limits and copy rule, every headline and body of r9 to r20 and their copies out):
  1 headline has 2 such bodies (one `discuss`, one `disagree`), none 3, 1 distinct two-body story
  (`with_disagree_distinct_2_body_sets`); the other of r20's two lost its headline and both its bodies to r20's
  events draw (by headline membership and body ids). 1 is under the floor of 4, so r21 is an events draw only; the
  seed 2113 the brief suggested for a story draw is unused.
Bodies are written as `fnc_<Body ID>.txt` under training/runs/r21/ (gitignored).

By counts alone (`python benchmarks/fnc_draw.py`, `count_r21()`, before the draw): r20 took 8 headlines and 8
distinct bodies; after the exclusions 42 headlines have at least one eligible (`agree`/`discuss`) body, none two
(25 eligible bodies); of those bodies 13 have at least 250 words (13 distinct normalised prefixes), on 15 headlines,
so the events draw keeps its 8 bodies of at least 250 words (the brief's fall-back, what is left if fewer than 8, at
least 5, is not needed; after r21 at most 5 long bodies are left, so a round-22 draw of this kind has to take what is
left). With `disagree` bodies admitted: 51 headlines with at least one body, 1 with two, none with three (27 bodies),
1 distinct two-body story. These choices were made from the counts and ids above only, before the draw was run.

Protocol: r21 is labelled on main 83ec837 (round 20 merged) before anyone's round-21 change, by the r21 engineer
only; nobody else opens its texts, outputs or labels; the lead scores it at the end (`audit_events.py --draw r21`).
FNC-1 bodies other than those of r9 to r20 are no dev data.

Round 22's held-out audit ("r22"), fixed (in code, committed) before any r22 text or output was seen, from counts and
body ids alone; r21 is a dev draw from round 22 on. Same population and eligibility as r21, minus r21:
- out: every headline of r21 (8) and every body of r21 (8), and any body whose normalised `COPY_PREFIX` equals an r21
  body's, on top of r21's own exclusion of r9 to r20 (`r22_pool()`); so r22 shares no headline and no body text with
  r9, r10, r10f, r11, r11f, r12, r12f, r14, r14f, r15, r16, r17, r18, r19, r20 or r21.
- events draw (`R22_EVENTS = (2213, 5)`): as r21's (`_distinct_events_draw()`), distinct bodies of at least
  `R22_LONG_WORDS` (250) words, one per headline: `rng = random.Random(2213)`; `rng.sample(heads, len(heads))`
  orders the sorted pool headlines that have at least one such body; each in turn gives `rng.choice(ids)` over its
  sorted such ids whose normalised `COPY_PREFIX` is no body's already chosen, until 5 bodies. The brief: take every
  long body left if 5 to 8 are left (8 at most). By count 5 are left (5 distinct normalised prefixes, on 5
  headlines, one each), so r22 takes all 5 and the seed only orders them.
- no story draw: FNC-1 has no two-body story left. Round 21 counted 1 distinct two-body story with `disagree` bodies
  admitted (under the floor of 4) and took none as a story. The count re-done after r21 by counts and body ids alone
  (`r22_story_pool()`: `agree`, `discuss` or `disagree` bodies, same word limits and copy rule, every headline and
  body of r9 to r21 and their copies out): no headline has 2 such bodies, 0 distinct two-body stories
  (`with_disagree_distinct_2_body_sets`); r21's one pair lost its `discuss` body to r21's events draw. So r22 is an
  events draw only, and no story seed is used.
Bodies are written as `fnc_<Body ID>.txt` under training/runs/r22/ (gitignored).

By counts alone (`python benchmarks/fnc_draw.py`, `count_r22()`, before the draw): r21 took 8 headlines and 8
distinct bodies; after the exclusions 32 headlines have at least one eligible (`agree`/`discuss`) body, none two
(17 eligible bodies); of those bodies 5 have at least 250 words (5 distinct normalised prefixes,
`long_distinct_bodies`), on 5 headlines, as round 21 foresaw (13 long bodies, 8 taken), so the events draw takes
those 5 (the brief's rule: every long body left when 5-8 are left). With `disagree` bodies admitted: 38 headlines
with at least one body, none with two (18 bodies), 0 distinct two-body stories. After r22 no body of 250 words or
more is left in the pool: a later FNC-1 events draw of this kind has none to take. These choices were made from the
counts and ids above only, before the draw was run.

Protocol: r22 is labelled on main 51420fa (round 21 merged) before anyone's round-22 change, by the r22 engineer
only; nobody else opens its texts, outputs or labels; the lead scores it at the end (`audit_events.py --draw r22`).
FNC-1 bodies other than those of r9 to r21 are no dev data.
"""

from __future__ import annotations

import csv
import random
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

FNC1 = Path(__file__).resolve().parents[2] / "shared" / "data" / "agreement" / "fnc1"
RUNS = Path(__file__).resolve().parents[1] / "training" / "runs" / "r9"
RUNS_R10 = RUNS.parent / "r10"
RUNS_R10F = RUNS.parent / "r10f"
RUNS_R11 = RUNS.parent / "r11"
RUNS_R11F = RUNS.parent / "r11f"
RUNS_R12 = RUNS.parent / "r12"
RUNS_R12F = RUNS.parent / "r12f"
RUNS_R14 = RUNS.parent / "r14"
RUNS_R14F = RUNS.parent / "r14f"
RUNS_R15 = RUNS.parent / "r15"
RUNS_R16 = RUNS.parent / "r16"
RUNS_R17 = RUNS.parent / "r17"
RUNS_R18 = RUNS.parent / "r18"
RUNS_R19 = RUNS.parent / "r19"
RUNS_R20 = RUNS.parent / "r20"
RUNS_R21 = RUNS.parent / "r21"
RUNS_R22 = RUNS.parent / "r22"
R9_STORY = (111, 8)
R9_EVENTS = (113, 6)
R10_STORY = (211, 8)
R10_EVENTS = (213, 6)
R10_FLAGS = (215, 16)  # the r10f flags-only story draw (seed, stories)
R11_STORY = (217, 8)
R11_EVENTS = (219, 6)
R11_FLAGS = (221, 16)  # the r11f flags-only story draw (seed, stories)
R12_STORY = (227, 8)
R12_EVENTS = (229, 6)
R12_FLAGS = (231, 16)  # the r12f flags-only story draw (seed, stories)
R14_STORY = (241, 8)
R14_EVENTS = (243, 6)
R14_FLAGS = (245, 13)  # the r14f flags-only story draw (seed, stories): 13, not 16, qualify (module docstring)
R15_STORY = (253, 6)
R15_EVENTS = (251, 6)
R15_DOCS_PER_STORY = 2  # r15's stories have 2 bodies: no headline has 3 left after r14f (module docstring)
R16_STORY = (263, 6)
R16_EVENTS = (261, 8)
R16_DOCS_PER_STORY = 2  # r16's stories have 2 bodies: no headline has 3 left after r15 (module docstring)
R16_LONG_WORDS = 250  # r16's events bodies have at least this many words (module docstring)
R17_STORY = (1713, 6)
R17_EVENTS = (1711, 8)
R17_DOCS_PER_STORY = 2  # r17's stories have 2 bodies, as r16's (module docstring)
R17_LONG_WORDS = 250  # r17's events bodies have at least this many words, as r16's (module docstring)
R18_STORY = (1813, 4)  # 4, not 6: only 4 distinct pairs of bodies are left on 2-body headlines (module docstring)
R18_EVENTS = (1811, 8)
R18_DOCS_PER_STORY = 2  # r18's stories have 2 bodies, as r17's (module docstring)
R18_LONG_WORDS = 250  # r18's events bodies have at least this many words, as r17's (module docstring)
R19_EVENTS = (1911, 8)  # r19 is an events draw only: 3 distinct 2-body stories are left, under 4 (docstring)
R19_DOCS_PER_STORY = 2  # the story size r19's story count was made for, as r18's (module docstring)
R19_LONG_WORDS = 250  # r19's events bodies have at least this many words, as r18's (module docstring)
R19_STORY_STANCES = ("agree", "discuss", "disagree")  # r19's story bodies may also dispute the claim (docstring)
R20_EVENTS = (2011, 8)  # r20 is an events draw only, as r19: no two-body story is left (module docstring)
R20_DOCS_PER_STORY = 2  # the story size r20's story count was made for, as r19's (module docstring)
R20_LONG_WORDS = 250  # r20's events bodies have at least this many words, as r19's (module docstring)
R21_EVENTS = (2111, 8)  # r21 is an events draw only, as r20: no two-body story is left (module docstring)
R21_DOCS_PER_STORY = 2  # the story size r21's story count was made for, as r20's (module docstring)
R21_LONG_WORDS = 250  # r21's events bodies have at least this many words, as r20's (module docstring)
R22_EVENTS = (2213, 5)  # r22 is an events draw only, as r21: every long body left (module docstring)
R22_DOCS_PER_STORY = 2  # the story size r22's story count was made for, as r21's (module docstring)
R22_LONG_WORDS = 250  # r22's events bodies have at least this many words, as r21's (module docstring)
REPORTING_STANCES = ("agree", "discuss")
MIN_WORDS = 150
MAX_WORDS = 1200
COPY_PREFIX = 200  # characters after whitespace normalisation that make two bodies of a headline one
DOCS_PER_STORY = 3


@dataclass(frozen=True)
class Fnc1:
    """FNC-1 as read from its two CSVs: body text by Body ID, and (headline, Body ID, stance) rows."""

    bodies: dict[int, str]
    stances: list[tuple[str, int, str]]


@cache
def load(root: Path = FNC1) -> Fnc1:
    """FNC-1's two CSVs (bench_story.py reads them inside its feature function, keyed by string ids)."""
    csv.field_size_limit(10 ** 9)
    with open(root / "bodies.csv", encoding="utf-8", newline="") as f:
        bodies = {int(r["Body ID"]): r["articleBody"] for r in csv.DictReader(f)}
    with open(root / "stances.csv", encoding="utf-8", newline="") as f:
        stances = [(r["Headline"], int(r["Body ID"]), r["Stance"]) for r in csv.DictReader(f)]
    return Fnc1(bodies, stances)


@cache
def _prefix(text: str) -> str:
    """A body's normalised first `COPY_PREFIX` characters (cached: every pool of a later draw recomputes the chain
    of earlier pools, and so the prefixes of the same bodies, many times over)."""
    return re.sub(r"\s+", " ", text).strip()[:COPY_PREFIX]


@cache
def eligible_by_headline(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its eligible body ids (sorted as integers), by the rule in the module docstring; headlines
    without an eligible body are left out; sorted by headline."""
    return _eligible(root, REPORTING_STANCES)


@cache
def _eligible(root: Path, stances: tuple[str, ...]) -> dict[str, list[int]]:
    """`eligible_by_headline` with the bodies of these `stances` (r19's story draw also admits `disagree`)."""
    data = load(root)
    ids: dict[str, set[int]] = {}
    for head, bid, stance in data.stances:
        n = len(data.bodies[bid].split())
        if stance in stances and MIN_WORDS <= n <= MAX_WORDS:
            ids.setdefault(head, set()).add(bid)
    out: dict[str, list[int]] = {}
    for head in sorted(ids):
        kept: list[int] = []
        seen: set[str] = set()
        for bid in sorted(ids[head]):
            p = _prefix(data.bodies[bid])
            if p not in seen:
                seen.add(p)
                kept.append(bid)
        out[head] = kept
    return out


def count(root: Path = FNC1) -> dict[str, int]:
    """The counts the rule was fixed from (no text read beyond word counts and prefixes)."""
    data = load(root)
    el = eligible_by_headline(root)
    return {"bodies": len(data.bodies), "headlines": len({h for h, _, _ in data.stances}), **_pool_counts(el)}


def _story_draw(pool: dict[str, list[int]], rule: tuple[int, int], docs: int = DOCS_PER_STORY) -> dict[str, list[int]]:
    """Every story draw's rule: `rule` = (seed, stories); `rng.sample` of the sorted headlines with at least `docs`
    ids (`DOCS_PER_STORY` but in r15), then `rng.sample(ids, docs)` per drawn headline with the same generator."""
    rng = random.Random(rule[0])
    chosen = rng.sample([h for h in pool if len(pool[h]) >= docs], rule[1])
    return {h: rng.sample(pool[h], docs) for h in chosen}


def _events_candidates(pool: dict[str, list[int]], story: dict[str, list[int]]) -> dict[str, list[int]]:
    """The headlines an events draw takes from: those not in `story`, each with its ids not in `story`."""
    taken = {b for v in story.values() for b in v}
    return {h: [b for b in v if b not in taken] for h, v in pool.items() if h not in story}


def _events_draw(pool: dict[str, list[int]], story: dict[str, list[int]],
                 rule: tuple[int, int]) -> list[tuple[str, int]]:
    """Every events draw's rule: `rule` = (seed, bodies); headlines not in `story` with a body not in `story`,
    `rng.sample` of them, then `rng.choice` of each one's remaining ids with the same generator."""
    rest = _events_candidates(pool, story)
    rng = random.Random(rule[0])
    chosen = rng.sample([h for h, v in rest.items() if v], rule[1])
    return [(h, rng.choice(rest[h])) for h in chosen]


def _distinct_events_draw(pool: dict[str, list[int]], story: dict[str, list[int]], rule: tuple[int, int],
                          root: Path) -> list[tuple[str, int]]:
    """r17's events draw rule: `rule` = (seed, bodies); the headlines not in `story` with a body not in `story`, in
    the order of `rng.sample(heads, len(heads))`; each in turn gives `rng.choice` of its ids whose normalised prefix is
    no body's already chosen (a body shared by two headlines, or its copy, is drawn once), until `rule[1]` bodies;
    a headline with no such id is passed over. Fewer than `rule[1]` bodies raise `ValueError` (no fall-back)."""
    data = load(root)
    rest = _events_candidates(pool, story)
    heads = [h for h, v in rest.items() if v]
    rng = random.Random(rule[0])
    out: list[tuple[str, int]] = []
    seen: set[str] = set()
    for h in rng.sample(heads, len(heads)):
        ids = [b for b in rest[h] if _prefix(data.bodies[b]) not in seen]
        if ids:
            b = rng.choice(ids)
            out.append((h, b))
            seen.add(_prefix(data.bodies[b]))
            if len(out) == rule[1]:
                return out
    raise ValueError(f"only {len(out)} distinct events bodies, not {rule[1]}")


def _distinct_story_draw(pool: dict[str, list[int]], rule: tuple[int, int], docs: int,
                         root: Path) -> dict[str, list[int]]:
    """r18's story draw rule: `rule` = (seed, stories); the sorted headlines with at least `docs` ids, in the order of
    `rng.sample(heads, len(heads))`; each in turn gives `rng.sample` of `docs` of its ids whose normalised prefix is no
    body's already chosen (two headlines that word one claim over the same bodies give one story, not two), until
    `rule[1]` stories; a headline with fewer than `docs` such ids is passed over. Fewer than `rule[1]` stories raise
    `ValueError` (no fall-back)."""
    data = load(root)
    heads = [h for h in pool if len(pool[h]) >= docs]
    rng = random.Random(rule[0])
    out: dict[str, list[int]] = {}
    seen: set[str] = set()
    for h in rng.sample(heads, len(heads)):
        ids = [b for b in pool[h] if _prefix(data.bodies[b]) not in seen]
        if len(ids) >= docs:
            out[h] = rng.sample(ids, docs)
            seen.update(_prefix(data.bodies[b]) for b in out[h])
            if len(out) == rule[1]:
                return out
    raise ValueError(f"only {len(out)} stories of {docs} distinct bodies, not {rule[1]}")


def _pool_counts(pool: dict[str, list[int]]) -> dict[str, int]:
    """The counts a draw's rule is fixed from: headlines with one, two and `DOCS_PER_STORY` ids, eligible bodies."""
    return {"headlines_with_1_eligible": len(pool),
            "headlines_with_2_eligible": sum(len(v) >= 2 for v in pool.values()),
            "headlines_with_3_eligible": sum(len(v) >= DOCS_PER_STORY for v in pool.values()),
            "eligible_bodies": len({b for v in pool.values() for b in v})}


def r9_fnc_story_draw(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its 3 drawn body ids (draw order), by the r9 rule in the module docstring."""
    return _story_draw(eligible_by_headline(root), R9_STORY)


def r9_fnc_events_draw(root: Path = FNC1) -> list[tuple[str, int]]:
    """The 6 r9 events (headline, body id) pairs (draw order), one per headline in no story draw, bodies in no
    story draw."""
    return _events_draw(eligible_by_headline(root), r9_fnc_story_draw(root), R9_EVENTS)


def r9_used(root: Path = FNC1) -> tuple[set[str], set[int]]:
    """The headlines and body ids of r9 (story and events draws), which r10 leaves out."""
    return _used(r9_fnc_story_draw(root), r9_fnc_events_draw(root))


def _used(story: dict[str, list[int]], events: list[tuple[str, int]]) -> tuple[set[str], set[int]]:
    """The headlines and body ids a draw's story and events parts take (what a later draw leaves out)."""
    return (set(story) | {h for h, _ in events},
            {b for v in story.values() for b in v} | {b for _, b in events})


def _pool_without(pool: dict[str, list[int]], used: tuple[set[str], set[int]], root: Path) -> dict[str, list[int]]:
    """`pool` with the used headlines, the used bodies and every body whose normalised prefix is a used body's left
    out; headlines with no body left are dropped; order kept (sorted by headline)."""
    data = load(root)
    heads, bodies = used
    used_prefixes = {_prefix(data.bodies[b]) for b in bodies}
    out: dict[str, list[int]] = {}
    for head, ids in pool.items():
        kept = [b for b in ids if b not in bodies and _prefix(data.bodies[b]) not in used_prefixes]
        if head not in heads and kept:
            out[head] = kept
    return out


@cache
def r10_pool(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its eligible body ids with r9 left out (module docstring): no r9 headline, no r9 body and no body
    whose normalised prefix is an r9 body's; headlines with no such body are left out; sorted by headline."""
    return _pool_without(eligible_by_headline(root), r9_used(root), root)


def count_r10(root: Path = FNC1) -> dict[str, int]:
    """The counts the r10 rule was fixed from (no text read beyond word counts and prefixes)."""
    heads, bodies = r9_used(root)
    return {"r9_headlines": len(heads), "r9_bodies": len(bodies), **_pool_counts(r10_pool(root))}


def r10_fnc_story_draw(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its 3 drawn body ids (draw order), by the r10 rule in the module docstring."""
    return _story_draw(r10_pool(root), R10_STORY)


def r10_fnc_events_draw(root: Path = FNC1) -> list[tuple[str, int]]:
    """The 6 r10 events (headline, body id) pairs (draw order): headlines and bodies in neither r9 nor r10's story
    draw."""
    return _events_draw(r10_pool(root), r10_fnc_story_draw(root), R10_EVENTS)


def r10_used(root: Path = FNC1) -> tuple[set[str], set[int]]:
    """The headlines and body ids of r10 (story and events draws), which r10f leaves out (besides r9's)."""
    return _used(r10_fnc_story_draw(root), r10_fnc_events_draw(root))


@cache
def r10f_pool(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its eligible body ids in neither r9 nor r10 (module docstring): `r10_pool` with r10's headlines,
    bodies and copies of its bodies left out."""
    return _pool_without(r10_pool(root), r10_used(root), root)


def count_r10f(root: Path = FNC1) -> dict[str, int]:
    """The counts the r10f rule was fixed from (no text read beyond word counts and prefixes)."""
    heads, bodies = r10_used(root)
    return {"r10_headlines": len(heads), "r10_bodies": len(bodies), **_pool_counts(r10f_pool(root))}


def r10f_fnc_story_draw(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its 3 drawn body ids (draw order), by the r10f rule in the module docstring."""
    return _story_draw(r10f_pool(root), R10_FLAGS)


def r10f_used(root: Path = FNC1) -> tuple[set[str], set[int]]:
    """The headlines and body ids of r10f (a story draw only), which r11 leaves out (besides r9's and r10's)."""
    return _used(r10f_fnc_story_draw(root), [])


@cache
def r11_pool(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its eligible body ids in none of r9, r10 and r10f (module docstring): `r10f_pool` with r10f's
    headlines, bodies and copies of its bodies left out."""
    return _pool_without(r10f_pool(root), r10f_used(root), root)


def count_r11(root: Path = FNC1) -> dict[str, int]:
    """The counts the r11 rule was fixed from (no text read beyond word counts and prefixes)."""
    heads, bodies = r10f_used(root)
    return {"r10f_headlines": len(heads), "r10f_bodies": len(bodies), **_pool_counts(r11_pool(root))}


def r11_fnc_story_draw(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its 3 drawn body ids (draw order), by the r11 rule in the module docstring."""
    return _story_draw(r11_pool(root), R11_STORY)


def r11_fnc_events_draw(root: Path = FNC1) -> list[tuple[str, int]]:
    """The 6 r11 events (headline, body id) pairs (draw order): headlines and bodies in none of r9, r10, r10f and
    r11's story draw."""
    return _events_draw(r11_pool(root), r11_fnc_story_draw(root), R11_EVENTS)


def r11_used(root: Path = FNC1) -> tuple[set[str], set[int]]:
    """The headlines and body ids of r11 (story and events draws), which r11f leaves out (besides r9's, r10's and
    r10f's)."""
    return _used(r11_fnc_story_draw(root), r11_fnc_events_draw(root))


@cache
def r11f_pool(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its eligible body ids in none of r9, r10, r10f and r11 (module docstring): `r11_pool` with r11's
    headlines, bodies and copies of its bodies left out."""
    return _pool_without(r11_pool(root), r11_used(root), root)


def count_r11f(root: Path = FNC1) -> dict[str, int]:
    """The counts the r11f rule was fixed from (no text read beyond word counts and prefixes)."""
    heads, bodies = r11_used(root)
    return {"r11_headlines": len(heads), "r11_bodies": len(bodies), **_pool_counts(r11f_pool(root))}


def r11f_fnc_story_draw(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its 3 drawn body ids (draw order), by the r11f rule in the module docstring."""
    return _story_draw(r11f_pool(root), R11_FLAGS)


def r11f_used(root: Path = FNC1) -> tuple[set[str], set[int]]:
    """The headlines and body ids of r11f (a story draw only), which r12 leaves out (besides those of r9 to r11)."""
    return _used(r11f_fnc_story_draw(root), [])


@cache
def r12_pool(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its eligible body ids in none of r9, r10, r10f, r11 and r11f (module docstring): `r11f_pool` with
    r11f's headlines, bodies and copies of its bodies left out."""
    return _pool_without(r11f_pool(root), r11f_used(root), root)


def count_r12(root: Path = FNC1) -> dict[str, int]:
    """The counts the r12 rule was fixed from (no text read beyond word counts and prefixes)."""
    heads, bodies = r11f_used(root)
    return {"r11f_headlines": len(heads), "r11f_bodies": len(bodies), **_pool_counts(r12_pool(root))}


def r12_fnc_story_draw(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its 3 drawn body ids (draw order), by the r12 rule in the module docstring."""
    return _story_draw(r12_pool(root), R12_STORY)


def r12_fnc_events_draw(root: Path = FNC1) -> list[tuple[str, int]]:
    """The 6 r12 events (headline, body id) pairs (draw order): headlines and bodies in none of r9 to r11f and
    r12's story draw."""
    return _events_draw(r12_pool(root), r12_fnc_story_draw(root), R12_EVENTS)


def r12_used(root: Path = FNC1) -> tuple[set[str], set[int]]:
    """The headlines and body ids of r12 (story and events draws), which r12f leaves out (besides those of r9 to
    r11f)."""
    return _used(r12_fnc_story_draw(root), r12_fnc_events_draw(root))


@cache
def r12f_pool(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its eligible body ids in none of r9 to r11f and r12 (module docstring): `r12_pool` with r12's
    headlines, bodies and copies of its bodies left out."""
    return _pool_without(r12_pool(root), r12_used(root), root)


def count_r12f(root: Path = FNC1) -> dict[str, int]:
    """The counts the r12f rule was fixed from (no text read beyond word counts and prefixes)."""
    heads, bodies = r12_used(root)
    return {"r12_headlines": len(heads), "r12_bodies": len(bodies), **_pool_counts(r12f_pool(root))}


def r12f_fnc_story_draw(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its 3 drawn body ids (draw order), by the r12f rule in the module docstring."""
    return _story_draw(r12f_pool(root), R12_FLAGS)


def r12f_used(root: Path = FNC1) -> tuple[set[str], set[int]]:
    """The headlines and body ids of r12f (a story draw only), which r14 leaves out (besides those of r9 to r12)."""
    return _used(r12f_fnc_story_draw(root), [])


def _counts_after(name: str, used: tuple[set[str], set[int]], pool: dict[str, list[int]]) -> dict[str, int]:
    """The counts a later draw's rule is fixed from: what the draw `name` took (`used`), and the `pool` left."""
    heads, bodies = used
    return {f"{name}_headlines": len(heads), f"{name}_bodies": len(bodies), **_pool_counts(pool)}


@cache
def r14_pool(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its eligible body ids in none of r9 to r12f (module docstring): `r12f_pool` with r12f's headlines,
    bodies and copies of its bodies left out."""
    return _pool_without(r12f_pool(root), r12f_used(root), root)


def count_r14(root: Path = FNC1) -> dict[str, int]:
    """The counts the r14 rule was fixed from (no text read beyond word counts and prefixes)."""
    return _counts_after("r12f", r12f_used(root), r14_pool(root))


def r14_fnc_story_draw(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its 3 drawn body ids (draw order), by the r14 rule in the module docstring."""
    return _story_draw(r14_pool(root), R14_STORY)


def r14_fnc_events_draw(root: Path = FNC1) -> list[tuple[str, int]]:
    """The 6 r14 events (headline, body id) pairs (draw order): headlines and bodies in none of r9 to r12f and
    r14's story draw."""
    return _events_draw(r14_pool(root), r14_fnc_story_draw(root), R14_EVENTS)


def r14_used(root: Path = FNC1) -> tuple[set[str], set[int]]:
    """The headlines and body ids of r14 (story and events draws), which r14f leaves out (besides those of r9 to
    r12f)."""
    return _used(r14_fnc_story_draw(root), r14_fnc_events_draw(root))


@cache
def r14f_pool(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its eligible body ids in none of r9 to r12f and r14 (module docstring): `r14_pool` with r14's
    headlines, bodies and copies of its bodies left out."""
    return _pool_without(r14_pool(root), r14_used(root), root)


def count_r14f(root: Path = FNC1) -> dict[str, int]:
    """The counts the r14f rule was fixed from (no text read beyond word counts and prefixes)."""
    return _counts_after("r14", r14_used(root), r14f_pool(root))


def r14f_fnc_story_draw(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its 3 drawn body ids (draw order), by the r14f rule in the module docstring."""
    return _story_draw(r14f_pool(root), R14_FLAGS)


def r14f_used(root: Path = FNC1) -> tuple[set[str], set[int]]:
    """The headlines and body ids of r14f (a story draw only), which r15 leaves out (besides those of r9 to r14)."""
    return _used(r14f_fnc_story_draw(root), [])


@cache
def r15_pool(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its eligible body ids in none of r9 to r14f (module docstring): `r14f_pool` with r14f's headlines,
    bodies and copies of its bodies left out."""
    return _pool_without(r14f_pool(root), r14f_used(root), root)


def count_r15(root: Path = FNC1) -> dict[str, int]:
    """The counts the r15 rule was fixed from (no text read beyond word counts and prefixes)."""
    return _counts_after("r14f", r14f_used(root), r15_pool(root))


def r15_fnc_story_draw(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its 2 drawn body ids (draw order), by the r15 rule in the module docstring."""
    return _story_draw(r15_pool(root), R15_STORY, R15_DOCS_PER_STORY)


def r15_fnc_events_draw(root: Path = FNC1) -> list[tuple[str, int]]:
    """The 6 r15 events (headline, body id) pairs (draw order): headlines and bodies in none of r9 to r14f and
    r15's story draw."""
    return _events_draw(r15_pool(root), r15_fnc_story_draw(root), R15_EVENTS)


def r15_used(root: Path = FNC1) -> tuple[set[str], set[int]]:
    """The headlines and body ids of r15 (story and events draws), which r16 leaves out (besides those of r9 to
    r14f)."""
    return _used(r15_fnc_story_draw(root), r15_fnc_events_draw(root))


@cache
def r16_pool(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its eligible body ids in none of r9 to r15 (module docstring): `r15_pool` with r15's headlines,
    bodies and copies of its bodies left out."""
    return _pool_without(r15_pool(root), r15_used(root), root)


def _long(pool: dict[str, list[int]], root: Path, words: int | None = None) -> dict[str, list[int]]:
    """`pool` with only its bodies of at least `words` words (`str.split`; `R16_LONG_WORDS` when not given, read at
    call time); headlines with none dropped."""
    data = load(root)
    least = R16_LONG_WORDS if words is None else words
    long_ids = {h: [b for b in v if len(data.bodies[b].split()) >= least] for h, v in pool.items()}
    return {h: v for h, v in long_ids.items() if v}


def count_r16(root: Path = FNC1) -> dict[str, int]:
    """The counts the r16 rule was fixed from (no text read beyond word counts and prefixes): the pool's, and those
    of its bodies of at least `R16_LONG_WORDS` words."""
    pool = r16_pool(root)
    return {**_counts_after("r15", r15_used(root), pool),
            **{f"long_{k}": v for k, v in _pool_counts(_long(pool, root)).items()}}


def r16_fnc_story_draw(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its 2 drawn body ids (draw order), by the r16 rule in the module docstring."""
    return _story_draw(r16_pool(root), R16_STORY, R16_DOCS_PER_STORY)


def r16_fnc_events_draw(root: Path = FNC1) -> list[tuple[str, int]]:
    """The 8 r16 events (headline, body id) pairs (draw order): headlines and bodies in none of r9 to r15 and r16's
    story draw, bodies of at least `R16_LONG_WORDS` words."""
    return _events_draw(_long(r16_pool(root), root), r16_fnc_story_draw(root), R16_EVENTS)


def r16_used(root: Path = FNC1) -> tuple[set[str], set[int]]:
    """The headlines and body ids of r16 (story and events draws), which r17 leaves out (besides those of r9 to
    r15)."""
    return _used(r16_fnc_story_draw(root), r16_fnc_events_draw(root))


@cache
def r17_pool(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its eligible body ids in none of r9 to r16 (module docstring): `r16_pool` with r16's headlines,
    bodies and copies of its bodies left out."""
    return _pool_without(r16_pool(root), r16_used(root), root)


def count_r17(root: Path = FNC1) -> dict[str, int]:
    """The counts the r17 rule was fixed from (no text read beyond word counts and prefixes): the pool's, and those
    of its bodies of at least `R17_LONG_WORDS` words."""
    pool = r17_pool(root)
    return {**_counts_after("r16", r16_used(root), pool),
            **{f"long_{k}": v for k, v in _pool_counts(_long(pool, root, R17_LONG_WORDS)).items()}}


def r17_fnc_story_draw(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its 2 drawn body ids (draw order), by the r17 rule in the module docstring."""
    return _story_draw(r17_pool(root), R17_STORY, R17_DOCS_PER_STORY)


def r17_fnc_events_draw(root: Path = FNC1) -> list[tuple[str, int]]:
    """The 8 r17 events (headline, body id) pairs (draw order): headlines and bodies in none of r9 to r16 and r17's
    story draw, bodies of at least `R17_LONG_WORDS` words, 8 distinct bodies (`_distinct_events_draw`)."""
    return _distinct_events_draw(_long(r17_pool(root), root, R17_LONG_WORDS), r17_fnc_story_draw(root), R17_EVENTS,
                                 root)


def r17_used(root: Path = FNC1) -> tuple[set[str], set[int]]:
    """The headlines and body ids of r17 (story and events draws), which r18 leaves out (besides those of r9 to
    r16)."""
    return _used(r17_fnc_story_draw(root), r17_fnc_events_draw(root))


@cache
def r18_pool(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its eligible body ids in none of r9 to r17 (module docstring): `r17_pool` with r17's headlines,
    bodies and copies of its bodies left out."""
    return _pool_without(r17_pool(root), r17_used(root), root)


def count_r18(root: Path = FNC1) -> dict[str, int]:
    """The counts the r18 rule was fixed from (no text read beyond word counts and prefixes): the pool's, and those
    of its bodies of at least `R18_LONG_WORDS` words."""
    pool = r18_pool(root)
    return {**_counts_after("r17", r17_used(root), pool),
            **{f"long_{k}": v for k, v in _pool_counts(_long(pool, root, R18_LONG_WORDS)).items()}}


def r18_fnc_story_draw(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its 2 drawn body ids (draw order), by the r18 rule in the module docstring: stories of distinct
    bodies (`_distinct_story_draw`)."""
    return _distinct_story_draw(r18_pool(root), R18_STORY, R18_DOCS_PER_STORY, root)


def r18_fnc_events_draw(root: Path = FNC1) -> list[tuple[str, int]]:
    """The 8 r18 events (headline, body id) pairs (draw order): headlines and bodies in none of r9 to r17 and r18's
    story draw, bodies of at least `R18_LONG_WORDS` words, 8 distinct bodies (`_distinct_events_draw`)."""
    return _distinct_events_draw(_long(r18_pool(root), root, R18_LONG_WORDS), r18_fnc_story_draw(root), R18_EVENTS,
                                 root)


def r18_used(root: Path = FNC1) -> tuple[set[str], set[int]]:
    """The headlines and body ids of r18 (story and events draws), which a later draw leaves out (besides those of r9
    to r17)."""
    return _used(r18_fnc_story_draw(root), r18_fnc_events_draw(root))


@cache
def r19_pool(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its eligible (`agree`/`discuss`) body ids in none of r9 to r18 (module docstring): `r18_pool`
    with r18's headlines, bodies and copies of its bodies left out."""
    return _pool_without(r18_pool(root), r18_used(root), root)


def _used_r9_to_r18(root: Path) -> tuple[set[str], set[int]]:
    """Every headline and body id of the draws r9 to r18 (story, events and flags-only draws)."""
    parts = [r9_used(root), r10_used(root), r10f_used(root), r11_used(root), r11f_used(root), r12_used(root),
             r12f_used(root), r14_used(root), r14f_used(root), r15_used(root), r16_used(root), r17_used(root),
             r18_used(root)]
    return set().union(*(h for h, _ in parts)), set().union(*(b for _, b in parts))


@cache
def r19_story_pool(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its r19 story-eligible body ids (module docstring): `agree`, `discuss` or `disagree`, 150-1,200
    words, copies within a headline once; no headline and no body of r9 to r18, nor a copy of one of their bodies."""
    return _pool_without(_eligible(root, R19_STORY_STANCES), _used_r9_to_r18(root), root)


def _distinct_pairs(pool: dict[str, list[int]], docs: int, root: Path) -> int:
    """How many distinct sets of body texts (normalised prefixes) the headlines with at least `docs` ids have when
    they have exactly `docs` (a count from ids and prefixes only, no text read)."""
    data = load(root)
    sets = {frozenset(_prefix(data.bodies[b]) for b in v) for v in pool.values() if len(v) == docs}
    return len(sets)


def count_r19(root: Path = FNC1) -> dict[str, int]:
    """The counts the r19 rule was fixed from (no text read beyond word counts and prefixes): the pool's, those of
    its bodies of at least `R19_LONG_WORDS` words, and those of the story pool that admits `disagree` bodies."""
    pool = r19_pool(root)
    story = r19_story_pool(root)
    return {**_counts_after("r18", r18_used(root), pool),
            **{f"long_{k}": v for k, v in _pool_counts(_long(pool, root, R19_LONG_WORDS)).items()},
            **{f"with_disagree_{k}": v for k, v in _pool_counts(story).items()},
            "with_disagree_distinct_2_body_sets": _distinct_pairs(story, R19_DOCS_PER_STORY, root)}


def r19_fnc_events_draw(root: Path = FNC1) -> list[tuple[str, int]]:
    """The 8 r19 events (headline, body id) pairs (draw order): `agree`/`discuss` bodies of at least
    `R19_LONG_WORDS` words, headlines and bodies (and copies of bodies) in none of r9 to r18, 8 distinct bodies
    (`_distinct_events_draw`; r19 has no story draw)."""
    return _distinct_events_draw(_long(r19_pool(root), root, R19_LONG_WORDS), {}, R19_EVENTS, root)


def r19_used(root: Path = FNC1) -> tuple[set[str], set[int]]:
    """The headlines and body ids of r19 (an events draw only), which a later draw leaves out (besides those of r9
    to r18)."""
    return _used({}, r19_fnc_events_draw(root))


@cache
def r20_pool(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its eligible (`agree`/`discuss`) body ids in none of r9 to r19 (module docstring): `r19_pool`
    with r19's headlines, bodies and copies of its bodies left out."""
    return _pool_without(r19_pool(root), r19_used(root), root)


def _used_r9_to_r19(root: Path) -> tuple[set[str], set[int]]:
    """Every headline and body id of the draws r9 to r19 (story, events and flags-only draws)."""
    heads, bodies = _used_r9_to_r18(root)
    r19_heads, r19_bodies = r19_used(root)
    return heads | r19_heads, bodies | r19_bodies


@cache
def r20_story_pool(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its story-eligible body ids after r19 (module docstring): `agree`, `discuss` or `disagree`
    (`R19_STORY_STANCES`), 150-1,200 words, copies within a headline once; no headline and no body of r9 to r19, nor
    a copy of one of their bodies."""
    return _pool_without(_eligible(root, R19_STORY_STANCES), _used_r9_to_r19(root), root)


def count_r20(root: Path = FNC1) -> dict[str, int]:
    """The counts the r20 rule was fixed from (no text read beyond word counts and prefixes): the pool's, those of
    its bodies of at least `R20_LONG_WORDS` words, and those of the story pool that admits `disagree` bodies."""
    pool = r20_pool(root)
    story = r20_story_pool(root)
    return {**_counts_after("r19", r19_used(root), pool),
            **{f"long_{k}": v for k, v in _pool_counts(_long(pool, root, R20_LONG_WORDS)).items()},
            **{f"with_disagree_{k}": v for k, v in _pool_counts(story).items()},
            "with_disagree_distinct_2_body_sets": _distinct_pairs(story, R20_DOCS_PER_STORY, root)}


def r20_fnc_events_draw(root: Path = FNC1) -> list[tuple[str, int]]:
    """The 8 r20 events (headline, body id) pairs (draw order): `agree`/`discuss` bodies of at least
    `R20_LONG_WORDS` words, headlines and bodies (and copies of bodies) in none of r9 to r19, 8 distinct bodies
    (`_distinct_events_draw`; r20 has no story draw)."""
    return _distinct_events_draw(_long(r20_pool(root), root, R20_LONG_WORDS), {}, R20_EVENTS, root)


def r20_used(root: Path = FNC1) -> tuple[set[str], set[int]]:
    """The headlines and body ids of r20 (an events draw only), which a later draw leaves out (besides those of r9
    to r19)."""
    return _used({}, r20_fnc_events_draw(root))


@cache
def r21_pool(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its eligible (`agree`/`discuss`) body ids in none of r9 to r20 (module docstring): `r20_pool`
    with r20's headlines, bodies and copies of its bodies left out."""
    return _pool_without(r20_pool(root), r20_used(root), root)


def _used_r9_to_r20(root: Path) -> tuple[set[str], set[int]]:
    """Every headline and body id of the draws r9 to r20 (story, events and flags-only draws)."""
    heads, bodies = _used_r9_to_r19(root)
    r20_heads, r20_bodies = r20_used(root)
    return heads | r20_heads, bodies | r20_bodies


@cache
def r21_story_pool(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its story-eligible body ids after r20 (module docstring): `agree`, `discuss` or `disagree`
    (`R19_STORY_STANCES`), 150-1,200 words, copies within a headline once; no headline and no body of r9 to r20, nor
    a copy of one of their bodies."""
    return _pool_without(_eligible(root, R19_STORY_STANCES), _used_r9_to_r20(root), root)


def count_r21(root: Path = FNC1) -> dict[str, int]:
    """The counts the r21 rule was fixed from (no text read beyond word counts and prefixes): the pool's, those of
    its bodies of at least `R21_LONG_WORDS` words, and those of the story pool that admits `disagree` bodies."""
    pool = r21_pool(root)
    story = r21_story_pool(root)
    return {**_counts_after("r20", r20_used(root), pool),
            **{f"long_{k}": v for k, v in _pool_counts(_long(pool, root, R21_LONG_WORDS)).items()},
            **{f"with_disagree_{k}": v for k, v in _pool_counts(story).items()},
            "with_disagree_distinct_2_body_sets": _distinct_pairs(story, R21_DOCS_PER_STORY, root)}


def r21_fnc_events_draw(root: Path = FNC1) -> list[tuple[str, int]]:
    """The 8 r21 events (headline, body id) pairs (draw order): `agree`/`discuss` bodies of at least
    `R21_LONG_WORDS` words, headlines and bodies (and copies of bodies) in none of r9 to r20, 8 distinct bodies
    (`_distinct_events_draw`; r21 has no story draw)."""
    return _distinct_events_draw(_long(r21_pool(root), root, R21_LONG_WORDS), {}, R21_EVENTS, root)


def r21_used(root: Path = FNC1) -> tuple[set[str], set[int]]:
    """The headlines and body ids of r21 (an events draw only), which a later draw leaves out (besides those of r9
    to r20)."""
    return _used({}, r21_fnc_events_draw(root))


@cache
def r22_pool(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its eligible (`agree`/`discuss`) body ids in none of r9 to r21 (module docstring): `r21_pool`
    with r21's headlines, bodies and copies of its bodies left out."""
    return _pool_without(r21_pool(root), r21_used(root), root)


def _used_r9_to_r21(root: Path) -> tuple[set[str], set[int]]:
    """Every headline and body id of the draws r9 to r21 (story, events and flags-only draws)."""
    heads, bodies = _used_r9_to_r20(root)
    r21_heads, r21_bodies = r21_used(root)
    return heads | r21_heads, bodies | r21_bodies


@cache
def r22_story_pool(root: Path = FNC1) -> dict[str, list[int]]:
    """Headline -> its story-eligible body ids after r21 (module docstring): `agree`, `discuss` or `disagree`
    (`R19_STORY_STANCES`), 150-1,200 words, copies within a headline once; no headline and no body of r9 to r21, nor
    a copy of one of their bodies."""
    return _pool_without(_eligible(root, R19_STORY_STANCES), _used_r9_to_r21(root), root)


def _distinct_long(pool: dict[str, list[int]], root: Path) -> int:
    """How many distinct body texts (normalised prefixes) the bodies of `pool` have (a count from ids and prefixes
    only, no text read): the most distinct bodies an events draw on `pool` can take."""
    data = load(root)
    return len({_prefix(data.bodies[b]) for v in pool.values() for b in v})


def count_r22(root: Path = FNC1) -> dict[str, int]:
    """The counts the r22 rule was fixed from (no text read beyond word counts and prefixes): the pool's, those of
    its bodies of at least `R22_LONG_WORDS` words (and their distinct prefixes), and those of the story pool that
    admits `disagree` bodies."""
    pool = r22_pool(root)
    story = r22_story_pool(root)
    long_pool = _long(pool, root, R22_LONG_WORDS)
    return {**_counts_after("r21", r21_used(root), pool),
            **{f"long_{k}": v for k, v in _pool_counts(long_pool).items()},
            "long_distinct_bodies": _distinct_long(long_pool, root),
            **{f"with_disagree_{k}": v for k, v in _pool_counts(story).items()},
            "with_disagree_distinct_2_body_sets": _distinct_pairs(story, R22_DOCS_PER_STORY, root)}


def r22_fnc_events_draw(root: Path = FNC1) -> list[tuple[str, int]]:
    """The r22 events (headline, body id) pairs (draw order; `R22_EVENTS[1]` of them, every long body left):
    `agree`/`discuss` bodies of at least `R22_LONG_WORDS` words, headlines and bodies (and copies of bodies) in none
    of r9 to r21, distinct bodies (`_distinct_events_draw`; r22 has no story draw)."""
    return _distinct_events_draw(_long(r22_pool(root), root, R22_LONG_WORDS), {}, R22_EVENTS, root)


def r22_used(root: Path = FNC1) -> tuple[set[str], set[int]]:
    """The headlines and body ids of r22 (an events draw only), which a later draw leaves out (besides those of r9
    to r21)."""
    return _used({}, r22_fnc_events_draw(root))


def body_file(bid: int, root: Path = FNC1, runs: Path = RUNS) -> Path:
    """The body as a `.txt` file under `runs` (training/runs/r9 or r10, gitignored), written once:
    `fnc_<Body ID>.txt`."""
    p = runs / f"fnc_{bid}.txt"
    if not p.exists():
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(load(root).bodies[bid].strip() + "\n", encoding="utf-8")
    return p


def _story_files(draw: dict[str, list[int]], story_id: str, root: Path, runs: Path) -> dict[str, list[Path]]:
    """Every story draw's files: `<story_id>:<index>` (the headline's place in the draw) -> its bodies as `.txt`
    files under `runs` (draw order)."""
    return {f"{story_id}:{i}": [body_file(b, root, runs) for b in ids] for i, ids in enumerate(draw.values())}


def _events_files(draw: list[tuple[str, int]], root: Path, runs: Path) -> list[Path]:
    """Every events draw's files: its bodies as `.txt` files under `runs` (draw order)."""
    return [body_file(b, root, runs) for _, b in draw]


def r9_story_draw(root: Path = FNC1, runs: Path = RUNS) -> dict[str, list[Path]]:
    """The 8 r9 stories: `fnc:<index>` -> its 3 body `.txt` files (draw order)."""
    return _story_files(r9_fnc_story_draw(root), "fnc", root, runs)


def r9_events_draw(root: Path = FNC1, runs: Path = RUNS) -> list[Path]:
    """The 6 r9 events bodies as `.txt` files (draw order)."""
    return _events_files(r9_fnc_events_draw(root), root, runs)


def r10_story_draw(root: Path = FNC1, runs: Path = RUNS_R10) -> dict[str, list[Path]]:
    """The 8 r10 stories: `fnc10:<index>` -> its 3 body `.txt` files (draw order)."""
    return _story_files(r10_fnc_story_draw(root), "fnc10", root, runs)


def r10_events_draw(root: Path = FNC1, runs: Path = RUNS_R10) -> list[Path]:
    """The 6 r10 events bodies as `.txt` files (draw order)."""
    return _events_files(r10_fnc_events_draw(root), root, runs)


def r10f_story_draw(root: Path = FNC1, runs: Path = RUNS_R10F) -> dict[str, list[Path]]:
    """The 16 r10f stories: `fnc10f:<index>` -> its 3 body `.txt` files (draw order)."""
    return _story_files(r10f_fnc_story_draw(root), "fnc10f", root, runs)


def r11_story_draw(root: Path = FNC1, runs: Path = RUNS_R11) -> dict[str, list[Path]]:
    """The 8 r11 stories: `fnc11:<index>` -> its 3 body `.txt` files (draw order)."""
    return _story_files(r11_fnc_story_draw(root), "fnc11", root, runs)


def r11_events_draw(root: Path = FNC1, runs: Path = RUNS_R11) -> list[Path]:
    """The 6 r11 events bodies as `.txt` files (draw order)."""
    return _events_files(r11_fnc_events_draw(root), root, runs)


def r11f_story_draw(root: Path = FNC1, runs: Path = RUNS_R11F) -> dict[str, list[Path]]:
    """The 16 r11f stories: `fnc11f:<index>` -> its 3 body `.txt` files (draw order)."""
    return _story_files(r11f_fnc_story_draw(root), "fnc11f", root, runs)


def r12_story_draw(root: Path = FNC1, runs: Path = RUNS_R12) -> dict[str, list[Path]]:
    """The 8 r12 stories: `fnc12:<index>` -> its 3 body `.txt` files (draw order)."""
    return _story_files(r12_fnc_story_draw(root), "fnc12", root, runs)


def r12_events_draw(root: Path = FNC1, runs: Path = RUNS_R12) -> list[Path]:
    """The 6 r12 events bodies as `.txt` files (draw order)."""
    return _events_files(r12_fnc_events_draw(root), root, runs)


def r12f_story_draw(root: Path = FNC1, runs: Path = RUNS_R12F) -> dict[str, list[Path]]:
    """The 16 r12f stories: `fnc12f:<index>` -> its 3 body `.txt` files (draw order)."""
    return _story_files(r12f_fnc_story_draw(root), "fnc12f", root, runs)


def r14_story_draw(root: Path = FNC1, runs: Path = RUNS_R14) -> dict[str, list[Path]]:
    """The 8 r14 stories: `fnc14:<index>` -> its 3 body `.txt` files (draw order)."""
    return _story_files(r14_fnc_story_draw(root), "fnc14", root, runs)


def r14_events_draw(root: Path = FNC1, runs: Path = RUNS_R14) -> list[Path]:
    """The 6 r14 events bodies as `.txt` files (draw order)."""
    return _events_files(r14_fnc_events_draw(root), root, runs)


def r14f_story_draw(root: Path = FNC1, runs: Path = RUNS_R14F) -> dict[str, list[Path]]:
    """The 13 r14f stories: `fnc14f:<index>` -> its 3 body `.txt` files (draw order)."""
    return _story_files(r14f_fnc_story_draw(root), "fnc14f", root, runs)


def r15_story_draw(root: Path = FNC1, runs: Path = RUNS_R15) -> dict[str, list[Path]]:
    """The 6 r15 stories: `fnc15:<index>` -> its 2 body `.txt` files (draw order)."""
    return _story_files(r15_fnc_story_draw(root), "fnc15", root, runs)


def r15_events_draw(root: Path = FNC1, runs: Path = RUNS_R15) -> list[Path]:
    """The 6 r15 events bodies as `.txt` files (draw order)."""
    return _events_files(r15_fnc_events_draw(root), root, runs)


def r16_story_draw(root: Path = FNC1, runs: Path = RUNS_R16) -> dict[str, list[Path]]:
    """The 6 r16 stories: `fnc16:<index>` -> its 2 body `.txt` files (draw order)."""
    return _story_files(r16_fnc_story_draw(root), "fnc16", root, runs)


def r16_events_draw(root: Path = FNC1, runs: Path = RUNS_R16) -> list[Path]:
    """The 8 r16 events bodies as `.txt` files (draw order)."""
    return _events_files(r16_fnc_events_draw(root), root, runs)


def r17_story_draw(root: Path = FNC1, runs: Path = RUNS_R17) -> dict[str, list[Path]]:
    """The 6 r17 stories: `fnc17:<index>` -> its 2 body `.txt` files (draw order)."""
    return _story_files(r17_fnc_story_draw(root), "fnc17", root, runs)


def r17_events_draw(root: Path = FNC1, runs: Path = RUNS_R17) -> list[Path]:
    """The 8 r17 events bodies as `.txt` files (draw order)."""
    return _events_files(r17_fnc_events_draw(root), root, runs)


def r18_story_draw(root: Path = FNC1, runs: Path = RUNS_R18) -> dict[str, list[Path]]:
    """The 4 r18 stories: `fnc18:<index>` -> its 2 body `.txt` files (draw order)."""
    return _story_files(r18_fnc_story_draw(root), "fnc18", root, runs)


def r18_events_draw(root: Path = FNC1, runs: Path = RUNS_R18) -> list[Path]:
    """The 8 r18 events bodies as `.txt` files (draw order)."""
    return _events_files(r18_fnc_events_draw(root), root, runs)


def r19_events_draw(root: Path = FNC1, runs: Path = RUNS_R19) -> list[Path]:
    """The 8 r19 events bodies as `.txt` files (draw order)."""
    return _events_files(r19_fnc_events_draw(root), root, runs)


def r20_events_draw(root: Path = FNC1, runs: Path = RUNS_R20) -> list[Path]:
    """The 8 r20 events bodies as `.txt` files (draw order)."""
    return _events_files(r20_fnc_events_draw(root), root, runs)


def r21_events_draw(root: Path = FNC1, runs: Path = RUNS_R21) -> list[Path]:
    """The 8 r21 events bodies as `.txt` files (draw order)."""
    return _events_files(r21_fnc_events_draw(root), root, runs)


def r22_events_draw(root: Path = FNC1, runs: Path = RUNS_R22) -> list[Path]:
    """The r22 events bodies as `.txt` files (draw order)."""
    return _events_files(r22_fnc_events_draw(root), root, runs)


__all__ = ["FNC1", "Fnc1", "R10_EVENTS", "R10_FLAGS", "R10_STORY", "R11_EVENTS", "R11_FLAGS", "R11_STORY", "R12_EVENTS",
           "R12_FLAGS", "R12_STORY", "R14_EVENTS", "R14_FLAGS", "R14_STORY", "R15_DOCS_PER_STORY", "R15_EVENTS", "R15_STORY", "R16_DOCS_PER_STORY", "R16_EVENTS", "R16_LONG_WORDS", "R16_STORY", "R17_DOCS_PER_STORY", "R17_EVENTS", "R17_LONG_WORDS", "R17_STORY", "R18_DOCS_PER_STORY", "R18_EVENTS",
           "R18_LONG_WORDS", "R18_STORY", "R19_DOCS_PER_STORY", "R19_EVENTS", "R19_LONG_WORDS", "R19_STORY_STANCES", "R20_DOCS_PER_STORY", "R20_EVENTS",
           "R20_LONG_WORDS", "R21_DOCS_PER_STORY", "R21_EVENTS", "R21_LONG_WORDS", "R22_DOCS_PER_STORY", "R22_EVENTS",
           "R22_LONG_WORDS", "R9_EVENTS", "R9_STORY", "RUNS_R10",
           "RUNS_R10F", "RUNS_R11", "RUNS_R11F", "RUNS_R12", "RUNS_R12F", "RUNS_R14", "RUNS_R14F", "RUNS_R15", "RUNS_R16", "RUNS_R17", "RUNS_R18", "RUNS_R19", "RUNS_R20", "RUNS_R21", "RUNS_R22", "body_file", "count",
           "count_r10", "count_r10f", "count_r11", "count_r11f", "count_r12", "count_r12f", "count_r14", "count_r14f", "count_r15", "count_r16", "count_r17", "count_r18", "count_r19", "count_r20", "count_r21", "count_r22",
           "eligible_by_headline", "load", "r10_events_draw", "r10_fnc_events_draw", "r10_fnc_story_draw", "r10_pool",
           "r10_story_draw", "r10_used", "r10f_fnc_story_draw", "r10f_pool", "r10f_story_draw", "r10f_used",
           "r11_events_draw", "r11_fnc_events_draw", "r11_fnc_story_draw", "r11_pool", "r11_story_draw", "r11_used",
           "r11f_fnc_story_draw", "r11f_pool", "r11f_story_draw", "r11f_used", "r12_events_draw", "r12_fnc_events_draw",
           "r12_fnc_story_draw", "r12_pool", "r12_story_draw", "r12_used", "r12f_fnc_story_draw", "r12f_pool",
           "r12f_story_draw", "r12f_used", "r14_events_draw", "r14_fnc_events_draw", "r14_fnc_story_draw", "r14_pool",
           "r14_story_draw", "r14_used", "r14f_fnc_story_draw", "r14f_pool", "r14f_story_draw", "r14f_used", "r15_events_draw",
           "r15_fnc_events_draw", "r15_fnc_story_draw", "r15_pool", "r15_story_draw", "r15_used", "r16_events_draw",
           "r16_fnc_events_draw", "r16_fnc_story_draw", "r16_pool", "r16_story_draw", "r16_used", "r17_events_draw",
           "r17_fnc_events_draw", "r17_fnc_story_draw", "r17_pool", "r17_story_draw", "r17_used", "r18_events_draw",
           "r18_fnc_events_draw", "r18_fnc_story_draw", "r18_pool", "r18_story_draw", "r18_used", "r19_events_draw",
           "r19_fnc_events_draw", "r19_pool", "r19_story_pool", "r19_used", "r20_events_draw",
           "r20_fnc_events_draw", "r20_pool", "r20_story_pool", "r20_used", "r21_events_draw",
           "r21_fnc_events_draw", "r21_pool", "r21_story_pool", "r21_used", "r22_events_draw",
           "r22_fnc_events_draw", "r22_pool", "r22_story_pool", "r22_used", "r9_events_draw",
           "r9_fnc_events_draw", "r9_fnc_story_draw", "r9_story_draw", "r9_used"]


if __name__ == "__main__":
    print(count())
    print(count_r10())
    print(count_r10f())
    print(count_r11())
    print(count_r11f())
    print(count_r12())
    print(count_r12f())
    print(count_r14())
    print(count_r14f())
    print(count_r15())
    print(count_r16())
    print(count_r17())
    print(count_r18())
    print(count_r19())
    print(count_r20())
    print(count_r21())
    print(count_r22())
