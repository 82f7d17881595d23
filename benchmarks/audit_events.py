"""Precision audit of the events layer on BASIL articles nobody tuned on (issue 11, item 1).

    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py            # re-run and score the stored labels
    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --dump out/audit   # listings to label by hand

Selection (fixed before any output was seen): the 100 BASIL triplet ids, sorted, then
`random.Random(20261201).sample(ids, 10)`; from each drawn triplet the article file `<triplet>_1.json`.
Each article becomes one JSON record (`id` = `<year>/<file stem>`, `title`, `text` = the body paragraphs, one
per line, sentences joined by a space, `outlet`, `published`), and `newsprism analyze --no-story --format
jsonl` runs on the ten records, exactly as a user would run it.

The labels (`benchmarks/audits/events_basil.jsonl`) hold no article text: each event line is keyed by
article, event id, trigger offsets and the trigger word, with a label, the gold status and a short note in
the labeller's own words. Lines of kind `missed` give the offsets of clear happenings no event covers.
Labels match current events by (article, trigger_start, trigger_end, trigger); an event without a label is
counted as unlabelled, so drift of the pipeline shows up instead of being scored silently.

After a change of the pipeline, ``--labels A B`` reads the audit's labels and then re-judged lines for the events
whose arguments, mentions or trigger changed (B replaces A's line for the same event); an event labelled
``correct`` or ``wrong_status`` is scored by its current status against the gold one (the label says it is a
real happening with acceptable arguments; whether its status is right is read, not stored). ``--labelled-only``
scores the articles that have labels (a partial audit of a fresh draw).

    # held-out: 5 articles of the seed-7 draw (the first five not in the seed-20261201 set)
    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --seed 7 --labelled-only \
        --labels benchmarks/audits/events_basil_heldout.jsonl benchmarks/audits/events_basil_heldout_after.jsonl
    # second held-out: 5 articles of the seed-13 draw (the first five in neither earlier draw), labelled from
    # main's output (b9c428c) before the second round of changes
    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --seed 13 --labelled-only \
        --labels benchmarks/audits/events_basil_heldout2.jsonl benchmarks/audits/events_basil_heldout2_after.jsonl

Fresh held-out draw of round 3 (``--draw fresh``), fixed before any output was seen and labelled on main b59ac43
before anyone's round-3 change: `basil.fresh_draw(41, 8)` (the sorted triplet ids in no earlier events or story
draw, `random.Random(41).sample(rest, 8)`), sorted; the i-th triplet gives its article `<triplet>_{i % 3 + 1}.json`
(rotating _1/_2/_3 to vary the outlets). Labels: `benchmarks/audits/events_basil_fresh.jsonl` (the default there).

    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --draw fresh

Held-out draw of round 4 (``--draw r4``), fixed before any output was seen and labelled on main db68039 before
anyone's round-4 change (the round-3 fresh draw is a dev set from then on): `basil.r4_events_draw()` (the sorted
triplet ids in no earlier draw, round-3 fresh draws included, `random.Random(61).sample(rest, 8)`), sorted; the
i-th triplet gives its article `<triplet>_{i % 3 + 1}.json` as in the fresh draw. Labels (same format, cause
codes and guide as the fresh draw): `benchmarks/audits/events_basil_r4.jsonl` (the default there). It was the
held-out set of round 4 (only scored while code changed); from round 5 on it is a dev set, like every earlier draw.

    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --draw r4

Held-out draw of round 5 (``--draw r5``), fixed before any output was seen and labelled on main bc0bc07 before
anyone's round-5 change (the r4 draw and every earlier one are dev sets from round 5 on): `basil.r5_events_draw()`
(the sorted triplet ids in no earlier draw, both r4 draws included, `random.Random(71).sample(rest, 8)`), sorted;
the i-th triplet gives its article `<triplet>_{i % 3 + 1}.json` as in the fresh and r4 draws. Labels (same format,
cause codes and guide as the r4 draw): `benchmarks/audits/events_basil_r5.jsonl` (the default there). Do not open
its articles or its labels' notes while changing code: only score it.

    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --draw r5

It was the held-out set of round 5; from round 6 on it is a dev set, like every earlier draw.

Held-out draw of round 6 (``--draw r6``), fixed before any output was seen and labelled on main 7f310d0 before
anyone's round-6 change (r5 and every earlier draw are dev sets from round 6 on). Only 3 BASIL triplets are in no
earlier draw, so r6 comes from ECB+ TRAIN sub-topics: `ecb_draw.r6_events_draw()` (`random.Random(83)`: 8 train
sub-topics not in the r6 story draw, one document each with at least 5 body sentences; rule in
`benchmarks/ecb_draw.py`), in draw order. The `.txt` files go to `newsprism analyze FILE... --no-story --format
jsonl` as a user would give them, so an article's id is its file stem (`30_4ecb`). Labels (same format, cause
codes and guide as the r5 draw): `benchmarks/audits/events_r6.jsonl` (the default there). Do not open its texts
or its labels' notes while changing code: only score it, at the end.

    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --draw r6

It was the held-out set of round 6; from round 7 on it is a dev set, like every earlier draw.

Held-out draw of round 7 (``--draw r7``), fixed before any output was seen and labelled on main b8e942d before
anyone's round-7 change (r6 and every earlier draw are dev sets from round 7 on): `ecb_draw.r7_events_draw()`
(`random.Random(93)`: 8 ECB+ train sub-topics in none of the r6 story, r6 events and r7 story draws, one document
each with at least 5 body sentences; rule in `benchmarks/ecb_draw.py`), in draw order, run as r6 (`.txt` files,
id = file stem). Labels (same format, cause codes and guide as the r6 draw): `benchmarks/audits/events_r7.jsonl`
(the default there). Do not open its texts or its labels' notes while changing code: only score it, at the end.

    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --draw r7

It was the held-out set of round 7; from round 8 on it is a dev set, like every earlier draw.

Held-out draw of round 8 (``--draw r8``), fixed before any output was seen and labelled on main 5bd6c22 before
anyone's round-8 change (r7 and every earlier draw are dev sets from round 8 on): `ecb_draw.r8_events_draw()`
(`random.Random(103)`: 6 ECB+ train sub-topics in none of the r6, r7 and r8 story draws and the r6 and r7 events
draws, one document each with at least 5 body sentences; rule in `benchmarks/ecb_draw.py`), in draw order, run
as r7 (`.txt` files, id = file stem). Labels (same format, cause codes and guide as the r7 draw):
`benchmarks/audits/events_r8.jsonl`, then `benchmarks/audits/events_r8_final.jsonl` (the default there): the
events re-judged or new on the round-8 code freeze (21690b3; arguments, status or mentions changed since 5bd6c22),
whose lines replace the originals'.

    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --draw r8

It was the held-out set of round 8; from round 9 on it is a dev set, like every earlier draw (`DEV_DRAWS`).

Held-out draw of round 9 (``--draw r9``), fixed before any output was seen and labelled on main 636c753 before
anyone's round-9 change (r8 and every earlier draw are dev sets from round 9 on). ECB+ train and BASIL are
exhausted, so r9 comes from FNC-1 news bodies: `fnc_draw.r9_events_draw()` (`random.Random(113)`: 6 headlines in
no r9 story draw, one `agree`/`discuss` body of 150-1,200 words each, not in the story draw; rule in
`benchmarks/fnc_draw.py`), in draw order, each body written as `training/runs/r9/fnc_<Body ID>.txt` (no title) and
run as r8 (`.txt` files, id = file stem). Labels (same format, cause codes and guide as the r8 draw, plus the rule
for rumour reports below): `benchmarks/audits/events_r9.jsonl`, then `benchmarks/audits/events_r9_final.jsonl`
(the default there): the events re-judged or new on the round-9 code freeze (9fbbb43; trigger, arguments, status or
mentions changed since 636c753), whose lines replace the originals' (none: on 9fbbb43 all 41 events have the same
trigger span, arguments, status, place and mentions as on 636c753), and on the round-10 freeze (3ffafb1: one
event whose status changed, re-judged). It was the held-out set of round 9; from round 10 on it is a dev set.

    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --draw r9

Rumour reports (r9's FNC-1 bodies often report claims: "X reportedly did Y", "according to Z"): the status
(occurred / planned / ongoing / denied / hypothetical) is judged as what the text asserts of the happening,
whoever asserts it; who asserts it is the attribution, a separate field the status does not carry. "X reportedly
killed Y", "Z says X killed Y" -> occurred; "X reportedly plans to" -> planned; "X denied killing Y" -> denied;
"X may have", "if X" -> hypothetical. `wrong_status` says the status itself is wrong, never only that
"reportedly" was dropped.

Held-out draw of round 10 (``--draw r10``), fixed before any output was seen and labelled on main 928dc27 before
anyone's round-10 change (r9 and every earlier draw are dev sets from round 10 on): `fnc_draw.r10_events_draw()`
(`random.Random(213)`: 6 FNC-1 headlines in neither r9 nor the r10 story draw, one `agree`/`discuss` body of
150-1,200 words each, in no r9 draw and not in the r10 story draw; rule in `benchmarks/fnc_draw.py`), in draw order,
each body written as `training/runs/r10/fnc_<Body ID>.txt` (no title) and run as r9. Labels (same format, cause
codes and guide as r9, the rumour-report rule above included): `benchmarks/audits/events_r10.jsonl` (the default
there), then `benchmarks/audits/events_r10_final.jsonl` (the events re-judged or new on the round-10 code freeze
3ffafb1, whose lines replace the originals'). Do not open its texts or its
labels' notes while changing code: only the lead scores it, at the end.

    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --draw r10

It was the held-out set of round 10; from round 11 on it is a dev set, like every earlier draw.

Held-out draw of round 11 (``--draw r11``), fixed before any output was seen and labelled on main 12f1d90 before
anyone's round-11 change (r10 and every earlier draw are dev sets from round 11 on): `fnc_draw.r11_events_draw()`
(`random.Random(219)`: 6 FNC-1 headlines in none of r9, r10, r10f and the r11 story draw, one `agree`/`discuss`
body of 150-1,200 words each, in no r9, r10 or r10f draw (nor a copy of one) and not in the r11 story draw; rule in
`benchmarks/fnc_draw.py`), in draw order, each body written as `training/runs/r11/fnc_<Body ID>.txt` (no title) and
run as r10. Labels (same format, cause codes and guide as r10, the rumour-report rule above included):
`benchmarks/audits/events_r11.jsonl` (the default there), then `benchmarks/audits/events_r11_final.jsonl` (the
events re-judged or new on the round-11 code freeze, whose lines replace the originals'; read when it exists). Do
not open its texts or its labels' notes while changing code: only the lead scores it, at the end.

    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --draw r11

Held-out draw of round 12 (``--draw r12``), fixed before any output was seen and labelled on main 7bde51b before
anyone's round-12 change (r11 and every earlier draw are dev sets from round 12 on): `fnc_draw.r12_events_draw()`
(`random.Random(229)`: 6 FNC-1 headlines in none of r9, r10, r10f, r11, r11f and the r12 story draw, one
`agree`/`discuss` body of 150-1,200 words each, in no r9 to r11f draw (nor a copy of one) and not in the r12 story
draw; rule in `benchmarks/fnc_draw.py`), in draw order, each body written as `training/runs/r12/fnc_<Body ID>.txt`
(no title) and run as r11. Labels (same format, cause codes and guide as r11, the rumour-report rule above included):
`benchmarks/audits/events_r12.jsonl` (the default there), then `benchmarks/audits/events_r12_final.jsonl` (the
events re-judged or new on the round-12 code freeze, whose lines replace the originals'; read when it exists). Do
not open its texts or its labels' notes while changing code: only the lead scores it, at the end.

    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --draw r12

Held-out draw of round 14 (``--draw r14``), fixed before any output was seen and labelled on main 0d5d0fe (rounds 12-13
merged) before anyone's round-14 change (r12 and every earlier draw are dev sets from round 14 on):
`fnc_draw.r14_events_draw()` (`random.Random(243)`: 6 FNC-1 headlines in none of r9 to r12f and the r14 story draw,
one `agree`/`discuss` body of 150-1,200 words each, in no r9 to r12f draw (nor a copy of one) and not in the r14 story
draw; rule in `benchmarks/fnc_draw.py`), in draw order, each body written as `training/runs/r14/fnc_<Body ID>.txt`
(no title) and run as r12. Labels (same format, cause codes and guide as r12, the rumour-report rule above included):
`benchmarks/audits/events_r14.jsonl` (the default there), then `benchmarks/audits/events_r14_final.jsonl` (the
events re-judged or new on the round-14 code freeze, whose lines replace the originals'; read when it exists). Do
not open its texts or its labels' notes while changing code: only the lead scores it, at the end.

    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --draw r14

Held-out draw of round 15 (``--draw r15``), fixed before any output was seen and labelled on main 3427d1f (round 14
merged) before anyone's round-15 change (r14 and every earlier draw are dev sets from round 15 on):
`fnc_draw.r15_events_draw()` (`random.Random(251)`: 6 FNC-1 headlines in none of r9 to r14f and the r15 story draw,
one `agree`/`discuss` body of 150-1,200 words each, in no r9 to r14f draw (nor a copy of one) and not in the r15 story
draw; rule in `benchmarks/fnc_draw.py`), in draw order, each body written as `training/runs/r15/fnc_<Body ID>.txt`
(no title) and run as r14. Labels (same format, cause codes and guide as r14, the rumour-report rule above included):
`benchmarks/audits/events_r15.jsonl` (the default there), then `benchmarks/audits/events_r15_final.jsonl` (the
events re-judged or new on the round-15 code freeze, whose lines replace the originals'; read when it exists). Do
not open its texts or its labels' notes while changing code: only the lead scores it, at the end.

    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --draw r15

It was the held-out set of round 15 and is a dev draw from round 16 on, but it is in no fit: round 16 measured r15
joining the fits (steps 6-8 refitted) and did not ship it (benchmarks/events.md, round 16), so it stays in
``HELD_OUT`` (scored with its own label files, fitted by no script).

Held-out draw of round 16 (``--draw r16``), fixed before any output was seen and labelled on main 3dc0990 (rounds
14-15 merged) before anyone's round-16 change (r15 and every earlier draw are dev sets from round 16 on):
`fnc_draw.r16_events_draw()` (`random.Random(261)`: 8 FNC-1 headlines in none of r9 to r15 and the r16 story draw,
one `agree`/`discuss` body of 250-1,200 words each (the eligibility's 150-1,200, and at least 250: longer bodies, more
events a body), in no r9 to r15 draw (nor a copy of one) and not in the r16 story draw; rule in
`benchmarks/fnc_draw.py`), in draw order, each body written as `training/runs/r16/fnc_<Body ID>.txt` (no title) and
run as r15. Labels (same format, cause codes and guide as r15, the rumour-report rule above included):
`benchmarks/audits/events_r16.jsonl` (the default there), then `benchmarks/audits/events_r16_final.jsonl` (the
events re-judged or new on the round-16 code freeze, whose lines replace the originals'; read when it exists). Do
not open its texts or its labels' notes while changing code: only the lead scores it, at the end.

    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --draw r16

It was the held-out set of round 16; it is a dev draw from round 17 on and in ``DEV_DRAWS`` (fitted by steps 6-8 of
``training/build_event_models.sh``) from round 18 on, with both its label files, and from round 37 on with
``events_evt37.jsonl`` after them (the one event new on round 37's candidate, read and labelled there).

Held-out draw of round 17 (``--draw r17``), fixed before any output was seen and labelled on main 8c7afce (round 16
merged) before anyone's round-17 change (r16 and every earlier draw are dev sets from round 17 on):
`fnc_draw.r17_events_draw()` (`random.Random(1711)`: 8 FNC-1 headlines in none of r9 to r16 and the r17 story draw,
one `agree`/`discuss` body of 250-1,200 words each (as r16), in no r9 to r16 draw (nor a copy of one) and not in the
r17 story draw; rule in `benchmarks/fnc_draw.py`), in draw order, each body written as
`training/runs/r17/fnc_<Body ID>.txt` (no title) and run as r16. Labels (same format, cause codes and guide as r16,
the rumour-report rule above included): `benchmarks/audits/events_r17.jsonl` (the default there), then
`benchmarks/audits/events_r17_final.jsonl` (the events re-judged or new on the round-17 code freeze, whose lines
replace the originals'; read when it exists). Do not open its texts or its labels' notes while changing code: only
the lead scores it, at the end.

    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --draw r17

It was the held-out set of round 17; from round 18 on it is a dev draw in ``DEV_DRAWS`` (fitted by steps 6-8). A
second reader labelled the same 63 events blind (``events_r17_second.jsonl``, benchmarks/events.md "Round 17: second
reader of r17 events"); the first reader's labels win: ``DEV_DRAWS`` reads the second reader's file first and
``events_r17.jsonl`` after it, so the first reader's line replaces the second's for every event both labelled (all
63 at labelling), and the second reader's lines count only for an event the first never labelled (none so far).
No ``events_r17_final.jsonl`` was written: the round-17 freeze stated the same 63 events.

Held-out draw of round 18 (``--draw r18``), fixed before any output was seen and labelled on main 7108d64 (round 17
merged) before anyone's round-18 change (r17 and every earlier draw are dev sets from round 18 on):
`fnc_draw.r18_events_draw()` (`random.Random(1811)`: 8 FNC-1 headlines in none of r9 to r17 and the r18 story draw,
one `agree`/`discuss` body of 250-1,200 words each (as r17), 8 distinct bodies, in no r9 to r17 draw (nor a copy of
one) and not in the r18 story draw; rule in `benchmarks/fnc_draw.py`), in draw order, each body written as
`training/runs/r18/fnc_<Body ID>.txt` (no title) and run as r17. Labels (same format, cause codes and guide as r17,
the rumour-report rule above included): `benchmarks/audits/events_r18.jsonl` (the default there), then
`benchmarks/audits/events_r18_final.jsonl` (the events re-judged or new on the round-18 code freeze, whose lines
replace the originals'; read when it exists). Do not open its texts or its labels' notes while changing code: only
the lead scores it, at the end.

    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --draw r18

It was the held-out set of round 18; from round 19 on it is a dev draw in ``DEV_DRAWS`` (fitted by steps 6-8), read
with ``events_r18.jsonl`` only: the round-18 freeze (73e67cd) stated no event without a label, so no
``events_r18_final.jsonl`` was written (if one is written, it goes after it in the list and its lines win).

Held-out draw of round 19 (``--draw r19``), fixed before any output was seen and labelled on main 5d6a496 (round 18
merged) before anyone's round-19 change (r18 and every earlier draw are dev sets from round 19 on):
`fnc_draw.r19_events_draw()` (`random.Random(1911)`: 8 FNC-1 headlines in none of r9 to r18, one `agree`/`discuss`
body of 250-1,200 words each (as r18), 8 distinct bodies, in no r9 to r18 draw (nor a copy of one); r19 has no story
draw: 3 distinct two-body stories were left even with `disagree` bodies admitted, under the brief's floor of 4; rule
in `benchmarks/fnc_draw.py`), in draw order, each body written as `training/runs/r19/fnc_<Body ID>.txt` (no title)
and run as r18. Labels (same format, cause codes and guide as r18, the rumour-report rule above included):
`benchmarks/audits/events_r19.jsonl` (the default there), then `benchmarks/audits/events_r19_final.jsonl` (the
events re-judged or new on the round-19 code freeze, whose lines replace the originals'; read when it exists). Do
not open its texts or its labels' notes while changing code: only the lead scores it, at the end.

    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --draw r19

It was the held-out set of round 19; from round 20 on it is a dev draw in ``DEV_DRAWS`` (fitted by steps 6-8), read
with ``events_r19.jsonl`` and then ``events_r19_final.jsonl`` (the event new on the round-19 freeze 4a44380; its lines
win). A second reader labelled the 61 base events blind (``events_r19_second.jsonl``, benchmarks/events.md "Round 19:
second reader of r19 events"); that file is in no list: the first reader's labels are the draw's labels.

Held-out draw of round 20 (``--draw r20``), fixed before any output was seen and labelled on main f6b61bd (round 19
merged) before anyone's round-20 change (r19 and every earlier draw are dev sets from round 20 on):
`fnc_draw.r20_events_draw()` (`random.Random(2011)`: 8 FNC-1 headlines in none of r9 to r19, one `agree`/`discuss`
body of 250-1,200 words each (as r19), 8 distinct bodies, in no r9 to r19 draw (nor a copy of one); r20 has no story
draw: FNC-1 has no two-body story left (2 distinct ones even with `disagree` bodies admitted, under the floor of 4);
rule in `benchmarks/fnc_draw.py`), in draw order, each body written as `training/runs/r20/fnc_<Body ID>.txt` (no
title) and run as r19. Labels (same format, cause codes and guide as r19, the rumour-report rule above included):
`benchmarks/audits/events_r20.jsonl` (the default there), then `benchmarks/audits/events_r20_final.jsonl` (the
events re-judged or new on the round-20 code freeze, whose lines replace the originals'; read when it exists). Do
not open its texts or its labels' notes while changing code: only the lead scores it, at the end. A second reader
labelled its 30 events blind (``events_r20_second.jsonl``, benchmarks/events.md "Round 20: second reader of r20
events"); that file is in no list (score it with ``--labels``): the first reader's labels are the draw's labels.

    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --draw r20

It was the held-out set of round 20; from round 21 on it is a dev draw in ``DEV_DRAWS``, read with ``events_r20.jsonl``
only: the round-20 freeze (9f78768) stated no event new or changed, so no ``events_r20_final.jsonl`` was written (if
one is written, it goes after it in the list and its lines win). ``events_r20_second.jsonl`` (the blind second
reader's) stays in no list: the first reader's labels are the draw's labels.

Held-out draw of round 21 (``--draw r21``), fixed before any output was seen and labelled on main 83ec837 (round 20
merged) before anyone's round-21 change (r20 and every earlier draw are dev sets from round 21 on):
`fnc_draw.r21_events_draw()` (`random.Random(2111)`: 8 FNC-1 headlines in none of r9 to r20, one `agree`/`discuss`
body of 250-1,200 words each (as r20), 8 distinct bodies, in no r9 to r20 draw (nor a copy of one); r21 has no story
draw: FNC-1 has no two-body story left (1 distinct one even with `disagree` bodies admitted, under the floor of 4);
rule in `benchmarks/fnc_draw.py`), in draw order, each body written as `training/runs/r21/fnc_<Body ID>.txt` (no
title) and run as r20. Labels (same format, cause codes and guide as r20, the rumour-report rule above included):
`benchmarks/audits/events_r21.jsonl` (the default there), then `benchmarks/audits/events_r21_final.jsonl` (the
events re-judged or new on the round-21 code freeze, whose lines replace the originals'; read when it exists). Do
not open its texts or its labels' notes while changing code: only the lead scores it, at the end.

    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --draw r21

The round-21 freeze (51420fa) stated the same 35 events as 83ec837, every field equal, so no event needed a label and
no ``events_r21_final.jsonl`` was written (if one is written, it is read after ``events_r21.jsonl`` and its lines win).
``events_r21_second.jsonl`` (the blind second reader's) is in no list (score it with ``--labels``).

Held-out draw of round 22 (``--draw r22``), fixed before any output was seen and labelled on main 51420fa (round 21
merged) before anyone's round-22 change (r21 and every earlier draw are dev sets from round 22 on):
`fnc_draw.r22_events_draw()` (`random.Random(2213)`: 5 FNC-1 headlines in none of r9 to r21, one `agree`/`discuss`
body of 250-1,200 words each (as r21), 5 distinct bodies, in no r9 to r21 draw (nor a copy of one): every such body
left, the brief's rule when 5 to 8 are left; r22 has no story draw: FNC-1 has no two-body story left (none even with
`disagree` bodies admitted); rule in `benchmarks/fnc_draw.py`), in draw order, each body written as
`training/runs/r22/fnc_<Body ID>.txt` (no title) and run as r21. Labels (same format, cause codes and guide as r21,
the rumour-report rule above included): `benchmarks/audits/events_r22.jsonl` (the default there), then
`benchmarks/audits/events_r22_final.jsonl` (the events re-judged or new on the round-22 code freeze, whose lines
replace the originals'; read when it exists). Do not open its texts or its labels' notes while changing code: only
the lead scores it, at the end.

    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --draw r22

Held-out draw of round 30 (``--draw r30``), fixed before any output was seen and labelled on main a61f42e (no events
draw since r22: ECB+ train, BASIL and FNC-1 bodies are used up) before anyone's round-30 change (r22 and every earlier
draw are dev sets from round 30 on): `semeval_draw.r30_events_draw()` (`random.Random(3011)`: 8 SemEval-2023 English
training articles labelled `reporting` in train-labels-subtask-1.txt, body 250-1,200 words, sorted by file name; text
never read by the events layer; rule in `benchmarks/semeval_draw.py`), in draw order, each file written as it is (its
first line is its title) as `training/runs/r30/article<id>.txt` and run as r22 (`.txt` files, id = file stem). Labels
(same format, cause codes and guide as r22, the rumour-report rule above included): `benchmarks/audits/events_r30.jsonl`
(the default there), then `benchmarks/audits/events_r30_final.jsonl` (the events re-judged or new on the round-30 code
freeze, whose lines replace the originals'; read when it exists). Do not open its texts or its labels' notes while
changing code: only the lead scores it, at the end.

    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --draw r30

Two precisions, both honest, for two readers: ``precision`` is over every stated event (the JSON keeps them all,
and the story layer reads them all); ``shown_by_default`` is over the events the HTML report, the Markdown and the
web app show first (``Event.confidence`` at or above the events' bar of the src under test,
``newsprism.events.shown.shown_at``, 0.5; before round 20 the flags' ``confident_at``, also 0.5; the others sit
behind "show more"; ``shown_at_half`` keeps the 0.5 figure of rounds 7-19 should the bar move),
with ``correct_kept``, the share of the correct events that are shown first. ``Event.confidence`` is learned on
these draws' labels (``training/train_event_confidence.py``): on a development draw ``shown_by_default`` is an
in-sample figure; its leave-one-draw-out figure is in ``training/runs/confidence_cv.json``.

``--dev-draws DIR`` scores every development draw (``DEV_DRAWS``, each with its label files) from ``DIR/<draw>.jsonl``
(run and saved there first when missing), per draw and pooled, with the labelled causes of the wrong stated events:

    PYTHONPATH=src .venv/bin/python benchmarks/audit_events.py --dev-draws out/audit/dev

``--min-confidence X`` scores only the events at or above X (what a confidence floor would state);
``confidence_floor_grid`` in the output gives precision and the share of correct events kept on a 0.05 grid.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from basil import BASIL, fresh_draw, r4_events_draw, r5_events_draw, rate, to_record, triplet_ids
from ecb_draw import doc_path, r6_events_draw, r7_events_draw, r8_events_draw
from figures import emit
from fnc_draw import (
    r9_events_draw,
    r10_events_draw,
    r11_events_draw,
    r12_events_draw,
    r14_events_draw,
    r15_events_draw,
    r16_events_draw,
    r17_events_draw,
    r18_events_draw,
    r19_events_draw,
    r20_events_draw,
    r21_events_draw,
    r22_events_draw,
)
from semeval_draw import r30_events_draw

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LABELS = HERE / "audits" / "events_basil.jsonl"
# the dev draws' label files are listed in DEV_DRAWS below (one list a draw)
R15_LABELS = HERE / "audits" / "events_r15.jsonl"  # held out in round 15, labelled on main 3427d1f
# its events re-judged or new on the round-15 code freeze (written then; read when it exists)
R15_FINAL_LABELS = HERE / "audits" / "events_r15_final.jsonl"
R21_LABELS = HERE / "audits" / "events_r21.jsonl"  # held out in round 21, labelled on main 83ec837
# its events re-judged or new on the round-21 code freeze (written then; read when it exists)
R21_FINAL_LABELS = HERE / "audits" / "events_r21_final.jsonl"
R22_LABELS = HERE / "audits" / "events_r22.jsonl"  # held out in round 22, labelled on main 51420fa
# its events re-judged or new on the round-22 code freeze (written then; read when it exists)
R22_FINAL_LABELS = HERE / "audits" / "events_r22_final.jsonl"
R30_LABELS = HERE / "audits" / "events_r30.jsonl"  # held out in round 30, labelled on main a61f42e
# its events re-judged or new on the round-30 code freeze (written then; read when it exists)
R30_FINAL_LABELS = HERE / "audits" / "events_r30_final.jsonl"
FRESH_SEED = 41
FRESH_N = 8
SEED = 20261201
N_ARTICLES = 10
LABEL_KINDS = ("correct", "duplicate", "fragment", "wrong_status", "wrong_args")
TOP_K = (3, 5, 10)
def _shown_at() -> float:
    """The events' bar of the src under test (``newsprism.events.shown``); a src from before round 20 has none of
    its own: there the events followed the flags' ``confident_at`` (0.5)."""
    try:
        from newsprism.events.shown import shown_at
    except ImportError:
        from newsprism.report.flags import confident_at as shown_at
    return shown_at()


SHOWN_AT = _shown_at()  # events under it sit behind "show more" in every report


def select(basil: Path = BASIL, seed: int = SEED) -> list[Path]:
    """The audited article files, by the fixed rule in the module docstring."""
    chosen = sorted(random.Random(seed).sample(triplet_ids(basil), N_ARTICLES))
    return [next(basil.glob(f"*/{t}_1.json")) for t in chosen]


def select_fresh(basil: Path = BASIL) -> list[Path]:
    """The round-3 fresh draw (module docstring): 8 triplets in no earlier draw, article _1/_2/_3 in turn."""
    return _rotating(fresh_draw(FRESH_SEED, FRESH_N, basil), basil)


def select_r4(basil: Path = BASIL) -> list[Path]:
    """The round-4 held-out draw (module docstring): 8 triplets in no earlier draw, article _1/_2/_3 in turn."""
    return _rotating(r4_events_draw(basil), basil)


def select_r5(basil: Path = BASIL) -> list[Path]:
    """The round-5 held-out draw (module docstring): 8 triplets in no earlier draw, article _1/_2/_3 in turn."""
    return _rotating(r5_events_draw(basil), basil)


def select_r6() -> list[Path]:
    """The round-6 held-out draw (module docstring): 8 ECB+ train documents, one per sub-topic, as `.txt` files."""
    return [doc_path(d) for d in r6_events_draw()]


def select_r7() -> list[Path]:
    """The round-7 held-out draw (module docstring): 8 ECB+ train documents, one per sub-topic, as `.txt` files."""
    return [doc_path(d) for d in r7_events_draw()]


def select_r8() -> list[Path]:
    """The round-8 draw (module docstring; dev from round 9 on): 6 ECB+ train documents, one per sub-topic, as `.txt` files."""
    return [doc_path(d) for d in r8_events_draw()]


def select_r9() -> list[Path]:
    """The round-9 held-out draw (module docstring): 6 FNC-1 bodies, one per headline, as `.txt` files."""
    return r9_events_draw()


def select_r10() -> list[Path]:
    """The round-10 held-out draw (module docstring): 6 FNC-1 bodies, one per headline, as `.txt` files."""
    return r10_events_draw()


def select_r11() -> list[Path]:
    """The round-11 held-out draw (module docstring): 6 FNC-1 bodies, one per headline, as `.txt` files."""
    return r11_events_draw()


def select_r12() -> list[Path]:
    """The round-12 held-out draw (module docstring): 6 FNC-1 bodies, one per headline, as `.txt` files."""
    return r12_events_draw()


def select_r14() -> list[Path]:
    """The round-14 held-out draw (module docstring): 6 FNC-1 bodies, one per headline, as `.txt` files."""
    return r14_events_draw()


def select_r15() -> list[Path]:
    """The round-15 held-out draw (module docstring): 6 FNC-1 bodies, one per headline, as `.txt` files."""
    return r15_events_draw()


def select_r16() -> list[Path]:
    """The round-16 held-out draw (module docstring): 8 FNC-1 bodies, one per headline, as `.txt` files."""
    return r16_events_draw()


def select_r17() -> list[Path]:
    """The round-17 held-out draw (module docstring): 8 FNC-1 bodies, one per headline, as `.txt` files."""
    return r17_events_draw()


def select_r18() -> list[Path]:
    """The round-18 held-out draw (module docstring): 8 FNC-1 bodies, one per headline, as `.txt` files."""
    return r18_events_draw()


def select_r19() -> list[Path]:
    """The round-19 held-out draw (module docstring): 8 FNC-1 bodies, one per headline, as `.txt` files."""
    return r19_events_draw()


def select_r20() -> list[Path]:
    """The round-20 held-out draw (module docstring): 8 FNC-1 bodies, one per headline, as `.txt` files."""
    return r20_events_draw()


def select_r21() -> list[Path]:
    """The round-21 held-out draw (module docstring): 8 FNC-1 bodies, one per headline, as `.txt` files."""
    return r21_events_draw()


def select_r22() -> list[Path]:
    """The round-22 held-out draw (module docstring): 5 FNC-1 bodies, one per headline, as `.txt` files."""
    return r22_events_draw()


def select_r30() -> list[Path]:
    """The round-30 held-out draw (module docstring): 8 SemEval-2023 reporting articles, as `.txt` files."""
    return r30_events_draw()


# the labelled draws in no fit (not in DEV_DRAWS) -> (their bodies, their own label file, the file of their code
# freeze's re-judged or new events, read when it exists; --import-worksheet writes the last file read): r15 (a dev
# draw in no fit, module docstring); the round's held-out draw is registered here by its labeller: r21 (held out in
# round 21; a dev draw from round 22 on, in no fit until a fitting engineer moves it to DEV_DRAWS), r22 (held out
# in round 22) and r30 (held out in round 30)
HELD_OUT: dict[str, tuple[Callable[[], list[Path]], Path, Path]] = {
    "r15": (select_r15, R15_LABELS, R15_FINAL_LABELS),
    "r21": (select_r21, R21_LABELS, R21_FINAL_LABELS),
    "r22": (select_r22, R22_LABELS, R22_FINAL_LABELS),
    "r30": (select_r30, R30_LABELS, R30_FINAL_LABELS),
}


# The dev draws (every draw labelled before round 10: r9, held out in round 9, is a dev draw from round 10 on, as r8
# was from round 9 on; the round-10 draw is held out) and their label files, one list for every script that fits on them:
# a later file's line replaces an earlier one for the same event.
DEV_DRAWS: dict[str, tuple[Callable[[], list[Path]], list[str]]] = {
    "dev": (lambda: select(seed=SEED),
            ["events_basil.jsonl", "events_basil_dev_after.jsonl", "events_basil_dev_eventargs.jsonl",
             "events_basil_dev_r5events.jsonl", "events_basil_dev_r6events.jsonl", "events_basil_dev_r8eventargs.jsonl",
             "events_basil_dev_eventargsr10.jsonl"]),
    "seed7": (lambda: select(seed=7),
              ["events_basil_heldout.jsonl", "events_basil_heldout_after.jsonl", "events_basil_heldout_eventargs.jsonl",
               "events_basil_heldout_r8eventargs.jsonl", "events_basil_heldout_eventargsr10.jsonl"]),
    "seed13": (lambda: select(seed=13),
               ["events_basil_heldout2.jsonl", "events_basil_heldout2_after.jsonl",
                "events_basil_heldout2_eventargs.jsonl", "events_basil_heldout2_r8eventargs.jsonl",
                "events_basil_heldout2_eventargsr10.jsonl", "events_basil_heldout2_eventsr13.jsonl"]),
    "fresh": (select_fresh, ["events_basil_fresh.jsonl", "events_basil_fresh_eventargs.jsonl",
                             "events_basil_fresh_r6events.jsonl", "events_basil_fresh_r8eventargs.jsonl",
                             "events_basil_fresh_eventargsr10.jsonl"]),
    "r4": (select_r4, ["events_basil_r4.jsonl", "events_basil_r4_eventargs.jsonl", "events_basil_r4_r8eventargs.jsonl"]),
    "r5": (select_r5, ["events_basil_r5.jsonl", "events_basil_r5_events.jsonl", "events_basil_r5_r6events.jsonl",
                       "events_basil_r5_r8eventargs.jsonl", "events_basil_r5_eventargsr10.jsonl"]),
    "r6": (select_r6, ["events_r6.jsonl", "events_r6_events.jsonl", "events_r6_r8eventargs.jsonl",
                       "events_r6_eventargsr10.jsonl", "events_r6_eventsr12.jsonl"]),
    "r7": (select_r7, ["events_r7.jsonl", "events_r7_r8eventargs.jsonl", "events_r7_eventsr10.jsonl",
                       "events_r7_eventsr11.jsonl"]),
    "r8": (select_r8, ["events_r8.jsonl", "events_r8_final.jsonl", "events_r8_eventargsr10.jsonl"]),
    # r9 (held out in round 9) is a dev draw from round 10 on; labels the events engineer writes for the events a
    # round-10 change newly states are in events_r9_eventsr10.jsonl (round 14: events_r9_eventsr14.jsonl)
    "r9": (select_r9, ["events_r9.jsonl", "events_r9_final.jsonl", "events_r9_eventsr10.jsonl",
                       "events_r9_eventsr14.jsonl"]),
    # r10 (held out in round 10) is a dev draw from round 11 on; the events engineer's re-judged or new lines of
    # round 11 are in events_r10_eventsr11.jsonl
    "r10": (select_r10, ["events_r10.jsonl", "events_r10_final.jsonl", "events_r10_eventsr11.jsonl"]),
    # r11 (held out in round 11) is a dev draw from round 12 on; the events engineer's re-judged or new lines of
    # round 12 are in events_r11_eventsr12.jsonl
    "r11": (select_r11, ["events_r11.jsonl", "events_r11_final.jsonl", "events_r11_eventsr12.jsonl"]),
    # r12 (held out in rounds 12 and 13; labelled on 7bde51b, every c86c77c event matched by a label) is a dev draw
    # from round 14 on (no _final file: the round-12 and round-13 freezes stated no event without a label); the events
    # engineer's re-judged lines of round 14 are in events_r12_eventsr14.jsonl
    "r12": (select_r12, ["events_r12.jsonl", "events_r12_eventsr14.jsonl"]),
    # r14 (held out in round 14; labelled on 0d5d0fe, re-judged on the 0d9a810 freeze in events_r14_final.jsonl) is a
    # dev draw from round 15 on, fitted by steps 6-8 since the round-15 refit
    "r14": (select_r14, ["events_r14.jsonl", "events_r14_final.jsonl"]),
    # r16 (held out in round 16; labelled on 3dc0990, re-judged on the round-16 freeze in events_r16_final.jsonl) is a
    # dev draw from round 17 on, in DEV_DRAWS and fitted by steps 6-8 from round 18 on; events_evt37.jsonl labels the
    # event new on round 37's candidate (benchmarks/events.md, "Round 37")
    "r16": (select_r16, ["events_r16.jsonl", "events_r16_final.jsonl", "events_evt37.jsonl"]),
    # r17 (held out in round 17; labelled on 8c7afce, no event new or changed on the aab66f4 freeze) is a dev draw
    # from round 18 on; the blind second reader's file first, so the first reader's labels win (module docstring)
    "r17": (select_r17, ["events_r17_second.jsonl", "events_r17.jsonl"]),
    # r18 (held out in round 18; labelled on 7108d64, no unlabelled event on the 73e67cd freeze, so no
    # events_r18_final.jsonl: were one written, it would follow and win) is a dev draw from round 19 on, fitted by steps 6-8
    "r18": (select_r18, ["events_r18.jsonl"]),
    # r19 (held out in round 19; labelled on 5d6a496, one event new on the 4a44380 freeze in events_r19_final.jsonl,
    # whose lines win) is a dev draw from round 20 on, fitted by steps 6-8; events_r19_second.jsonl (the blind second
    # reader's) is in no list
    "r19": (select_r19, ["events_r19.jsonl", "events_r19_final.jsonl"]),
    # r20 (held out in round 20; labelled on f6b61bd, no event new or changed on the 9f78768 freeze, so no
    # events_r20_final.jsonl: were one written, it would follow and win) is a dev draw from round 21 on;
    # events_r20_second.jsonl (the blind second reader's) is in no list
    "r20": (select_r20, ["events_r20.jsonl"]),
}


def _rotating(triplets: list[str], basil: Path) -> list[Path]:
    return [next(basil.glob(f"*/{t}_{i % 3 + 1}.json")) for i, t in enumerate(sorted(triplets))]


def analyze(paths: list[Path]) -> list[dict]:
    """Run `newsprism analyze` (the CLI, a separate process) on the records; return the documents."""
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        if all(p.suffix == ".txt" for p in paths):  # plain-text files (ECB+): given as they are, id = file stem
            inputs = [str(p) for p in paths]
        else:  # BASIL JSON: one record per article
            src.write_text("".join(json.dumps(to_record(p)) + "\n" for p in paths), encoding="utf-8")
            inputs = [str(src)]
        cmd = [sys.executable, "-m", "newsprism", "analyze", *inputs, "--no-story", "--format", "jsonl",
               "-o", str(dst)]
        subprocess.run(cmd, check=True)
        lines = [json.loads(line) for line in dst.read_text("utf-8").splitlines() if line.strip()]
        return [x["document"] for x in lines if "document" in x]  # a last `story` line is skipped


def dump(docs: list[dict], out: Path) -> None:
    """Listings to label by hand: article text and each event in context (written outside the repository)."""
    out.mkdir(parents=True, exist_ok=True)
    for d in docs:
        text = d["text"]
        lines = [f"# {d['id']}  published {d.get('published')}  outlet {d.get('outlet')}", "", text, "",
                 "# events"]
        for e in d.get("events", []):
            s, t = e["trigger_start"], e["trigger_end"]
            ctx = text[max(0, s - 120):s] + "[[" + text[s:t] + "]]" + text[t:t + 80]
            lines.append(f"\n{e['id']} @{s}-{t} trig={e['trigger']!r} type={e['type']} status={e['status']} "
                         f"({e.get('status_confidence')}) conf={e.get('confidence')} actor={e.get('actor')!r} "
                         f"target={e.get('target')!r} date={e.get('date')} attr={e.get('attributed_to')!r} "
                         f"mentions={[(m['start'], m['text']) for m in e.get('mentions', [])]}")
            lines.append("   " + ctx.replace("\n", " / "))
        (out / (d["id"].replace("/", "__") + ".txt")).write_text("\n".join(lines) + "\n", encoding="utf-8")


def load_labels(path: Path = LABELS, *more: Path) -> tuple[dict, list[dict]]:
    """Labels keyed by (article, start, end, trigger) and the missed happenings; a later file's line replaces an
    earlier one for the same key (a re-judged event after a change of the pipeline)."""
    labels: dict = {}
    missed: list[dict] = []
    for p in (path, *more):
        lab, mis = _load_one(p)
        labels.update(lab)
        keys = {(m["article"], m["start"], m["end"]) for m in missed}
        missed += [m for m in mis if (m["article"], m["start"], m["end"]) not in keys]
    return labels, missed


def _load_one(path: Path) -> tuple[dict, list[dict]]:
    labels, missed = {}, []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        if r.get("kind") == "missed":
            missed.append(r)
        else:
            labels[(r["article"], r["start"], r["end"], r["trigger"])] = r
    return labels, missed


def import_worksheet(sheet: Path, docs: list[dict]) -> list[dict]:
    """Turn a labelling worksheet (kept outside the repository) into label lines that hold no article text.

    Worksheet lines: `@ ARTICLE` starts an article; `eN LABEL GOLD_STATUS CAUSE | note` labels event eN of
    the current analysis (`-` for no gold status or no cause); `M PHRASE | note` names a missed happening by
    a phrase of the text, stored only as its character offsets (first occurrence; `PHRASE#2` for the second).
    """
    by_id = {d["id"]: d for d in docs}
    rows: list[dict] = []
    art = None
    for raw in sheet.read_text("utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@ "):
            art = line[2:].strip()
            continue
        head, _, note = line.partition(" | ")
        doc = by_id[art]
        if head.startswith("M "):
            phrase, _, nth = head[2:].partition("#")
            at = -1
            for _ in range(int(nth or 1)):
                at = doc["text"].find(phrase, at + 1)
            if at < 0:
                raise ValueError(f"{art}: missed phrase not found: {phrase!r}")
            rows.append({"kind": "missed", "article": art, "start": at, "end": at + len(phrase), "note": note})
            continue
        eid, label, gold, cause = head.split()
        if label not in LABEL_KINDS:
            raise ValueError(f"{art} {eid}: unknown label {label!r}")
        ev = next(e for e in doc["events"] if e["id"] == eid)
        rows.append({"kind": "event", "article": art, "event": eid, "trigger": ev["trigger"],
                     "start": ev["trigger_start"], "end": ev["trigger_end"], "label": label,
                     "gold_status": None if gold == "-" else gold, "cause": None if cause == "-" else cause,
                     "note": note, "at_labelling": {"status": ev["status"], "confidence": ev.get("confidence")}})
    return rows


def score(docs: list[dict], labels: dict, missed: list[dict]) -> dict:
    rows, unlabelled = [], []
    seen = set()
    rejudged = 0
    for d in docs:
        for e in d.get("events", []):
            key = (d["id"], e["trigger_start"], e["trigger_end"], e["trigger"])
            lab = labels.get(key)
            if lab is None:
                unlabelled.append(f"{d['id']} {e['id']} {e['trigger']!r}@{e['trigger_start']}")
                continue
            seen.add(key)
            label = lab["label"]
            if label in ("correct", "wrong_status") and lab.get("gold_status"):
                # both say: a real happening, its first event, arguments acceptable; whether it is correct now
                # is whether its current status is the gold one (a changed status re-judges itself)
                label = "correct" if e["status"] == lab["gold_status"] else "wrong_status"
                rejudged += label != lab["label"]
            rows.append({"article": d["id"], "label": label, "confidence": e.get("confidence") or 0.0,
                         "status": e["status"], "gold_status": lab.get("gold_status"), "cause": lab.get("cause")})
    stated = len(rows)
    counts = Counter(r["label"] for r in rows)
    out: dict = {"articles": len(docs), "events_now": stated + len(unlabelled), "labelled_matched": stated,
                 "unlabelled": len(unlabelled), "stale_labels": len(set(labels) - seen),
                 "status_rejudged": rejudged,
                 "counts": {k: counts.get(k, 0) for k in LABEL_KINDS},
                 "precision": rate(counts["correct"], stated),
                 "duplicate_rate": rate(counts["duplicate"], stated),
                 "fragment_rate": rate(counts["fragment"], stated),
                 # a real, not yet stated happening, whatever its status and arguments
                 "real_happening_rate": rate(counts["correct"] + counts["wrong_status"] + counts["wrong_args"], stated),
                 "causes": dict(Counter(f"{r['label']}:{r['cause']}" for r in rows if r["cause"]).most_common())}
    # Does ranking by confidence help? Top k per article, pooled; and precision above confidence cut-offs.
    by_art: dict[str, list[dict]] = {}
    for r in rows:
        by_art.setdefault(r["article"], []).append(r)
    topk = {}
    for k in TOP_K:
        top = [r for rs in by_art.values() for r in sorted(rs, key=lambda r: -r["confidence"])[:k]]
        topk[str(k)] = {"n": len(top), "precision": rate(sum(r["label"] == "correct" for r in top), len(top))}
    out["top_k_by_confidence"] = topk
    cuts = {}
    for c in (0.3, 0.5, 0.7, 0.8, 0.9):
        sel = [r for r in rows if r["confidence"] >= c]
        cuts[f">={c}"] = {"n": len(sel), "precision": rate(sum(r["label"] == "correct" for r in sel), len(sel))}
    out["precision_by_confidence"] = cuts
    # What a reader sees first: the reports show events at or above SHOWN_AT (the events' bar) and put the others
    # behind "show more". "precision" above is over every stated event (what the JSON holds).
    shown = [r for r in rows if r["confidence"] >= SHOWN_AT]
    good_shown = sum(r["label"] == "correct" for r in shown)
    out["shown_by_default"] = {"at": SHOWN_AT, "n": len(shown), "correct": good_shown,
                               "precision": rate(good_shown, len(shown)),
                               "correct_kept": rate(good_shown, counts["correct"]),
                               "behind_show_more": stated - len(shown)}
    half = [r for r in rows if r["confidence"] >= 0.5]  # the bar of rounds 7-19, for comparison with their figures
    good_half = sum(r["label"] == "correct" for r in half)
    out["shown_at_half"] = {"n": len(half), "correct": good_half, "precision": rate(good_half, len(half))}
    # A confidence floor: precision of the events kept, and the share of the correct events kept, on a grid
    n_correct = counts["correct"]
    grid = {}
    for step in range(0, 20):
        c = round(0.05 * step, 2)
        sel = [r for r in rows if r["confidence"] >= c]
        good = sum(r["label"] == "correct" for r in sel)
        grid[f"{c:.2f}"] = {"n": len(sel), "precision": rate(good, len(sel)), "correct_kept": rate(good, n_correct)}
    out["confidence_floor_grid"] = grid
    pos = [r["confidence"] for r in rows if r["label"] == "correct"]
    neg = [r["confidence"] for r in rows if r["label"] != "correct"]
    pairs = len(pos) * len(neg)
    auc = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / pairs if pairs else None
    out["confidence_auc_correct_vs_not"] = round(auc, 3) if auc is not None else None
    # Status: every labelled event that is a real happening carries a gold status.
    real = [r for r in rows if r["gold_status"]]
    out["status"] = {"n": len(real), "accuracy": rate(sum(r["status"] == r["gold_status"] for r in real), len(real)),
                     "confusion_gold_to_pred": dict(Counter(f"{r['gold_status']}->{r['status']}" for r in real
                                                            if r["status"] != r["gold_status"]))}
    # Rough recall: distinct happenings stated correctly vs those plus clear happenings no event covers.
    arts = {d["id"] for d in docs}
    miss = [m for m in missed if m["article"] in arts]
    out["rough_recall"] = {"correct": counts["correct"], "missed": len(miss),
                           "recall": rate(counts["correct"], counts["correct"] + len(miss))}
    out["per_article"] = {a: {"stated": len(rs), "correct": sum(r["label"] == "correct" for r in rs)}
                          for a, rs in sorted(by_art.items())}
    out["unlabelled_events"] = unlabelled
    return out


def score_dev_draws(saved: Path, draws: list[str] | None = None) -> dict:
    """Every dev draw (``DEV_DRAWS``) scored with its label files (the newest re-judged line wins), from
    ``saved/<draw>.jsonl`` (run and saved there first when missing), then pooled: stated, precision, shown by
    default, and the labelled causes of the wrong stated events over all draws, most frequent first."""
    per: dict[str, dict] = {}
    for name in draws or list(DEV_DRAWS):
        select_draw, files = DEV_DRAWS[name]
        path = saved / f"{name}.jsonl"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("".join(json.dumps(d) + "\n" for d in analyze(select_draw())), encoding="utf-8")
        docs = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
        labels, missed = load_labels(*[HERE / "audits" / f for f in files])
        have = {k[0] for k in labels}  # seed7 and seed13 are partial audits: their labelled articles only
        per[name] = score([d for d in docs if d["id"] in have], labels, missed)
    counts = Counter({k: sum(r["counts"][k] for r in per.values()) for k in LABEL_KINDS})
    stated = sum(counts.values())
    shown_n = sum(r["shown_by_default"]["n"] for r in per.values())
    shown_good = sum(r["shown_by_default"]["correct"] for r in per.values())
    causes: Counter = Counter()
    for r in per.values():
        causes.update({k: v for k, v in r["causes"].items() if not k.startswith("correct:")})
    return {"draws": {name: {"stated": r["labelled_matched"], "unlabelled": r["unlabelled"],
                             "precision": r["precision"], "shown_by_default": r["shown_by_default"],
                             "status_accuracy": r["status"]["accuracy"]} for name, r in per.items()},
            "pooled": {"stated": stated, "unlabelled": sum(r["unlabelled"] for r in per.values()),
                       "counts": dict(counts), "precision": rate(counts["correct"], stated),
                       "shown_by_default": {"n": shown_n, "precision": rate(shown_good, shown_n),
                                            "correct_kept": rate(shown_good, counts["correct"])},
                       "wrong_causes": dict(causes.most_common())}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dump", type=Path, help="write per-article listings for labelling here (not the repo)")
    ap.add_argument("--docs", type=Path, help="score this saved `analyze` JSONL instead of re-running")
    ap.add_argument("--save", type=Path, help="save the analyze output (JSONL) here")
    ap.add_argument("--out", type=Path, help="write the figures as JSON here")
    ap.add_argument("--seed", type=int, default=SEED,
                    help="draw another 10 articles (a fresh audit after fixes; they start unlabelled)")
    ap.add_argument("--import-worksheet", type=Path, help="write the stored labels from this worksheet")
    ap.add_argument("--draw", choices=("seed", "fresh", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11",
                                       "r12", "r14", "r15", "r16", "r17", "r18", "r19", "r20",
                                       "r21", "r22", "r30"),
                    default="seed",
                    help="fresh: the round-3 draw (seed 41, 8 articles; dev from round 4 on); r4: the round-4 "
                         "draw (seed 61, 8 articles; dev from round 5 on); r5: the round-5 draw (seed 71, 8 articles; "
                         "dev from round 6 on); r6: the round-6 draw (8 ECB+ train documents, seed 83; dev from "
                         "round 7 on); r7: the round-7 draw (8 ECB+ train documents, seed 93; dev from round 8 on); "
                         "r8: the round-8 draw (6 ECB+ train documents, seed 103; dev from round 9 on); "
                         "r9: the round-9 draw (6 FNC-1 bodies, seed 113; dev from round 10 on); "
                         "r10: the round-10 draw (6 FNC-1 bodies, seed 213; dev from round 11 on); "
                         "r11: the round-11 held-out draw (6 FNC-1 bodies, seed 219; dev from round 12 on); "
                         "r12: the round-12 held-out draw (6 FNC-1 bodies, seed 229); "
                         "r14: the round-14 held-out draw (6 FNC-1 bodies, seed 243); "
                         "r15: the round-15 held-out draw (6 FNC-1 bodies, seed 251; dev from round 16 on); "
                         "r16: the round-16 held-out draw (8 FNC-1 bodies of 250 words or more, seed 261; dev from "
                         "round 17 on, fitted from round 18 on); "
                         "r17: the round-17 held-out draw (8 FNC-1 bodies of 250 words or more, seed 1711; dev and "
                         "fitted from round 18 on); "
                         "r18: the round-18 held-out draw (8 FNC-1 bodies of 250 words or more, seed 1811); "
                         "r19: the round-19 held-out draw (8 FNC-1 bodies of 250 words or more, seed 1911; dev and "
                         "fitted from round 20 on); "
                         "r20: the round-20 held-out draw (8 FNC-1 bodies of 250 words or more, seed 2011; dev from "
                         "round 21 on); "
                         "r21: the round-21 held-out draw (8 FNC-1 bodies of 250 words or more, seed 2111; dev from "
                         "round 22 on); "
                         "r22: the round-22 held-out draw (5 FNC-1 bodies of 250 words or more, seed 2213); "
                         "r30: the round-30 held-out draw (8 SemEval-2023 reporting articles of 250-1,200 words, "
                         "seed 3011); "
                         "instead of --seed's 10")
    ap.add_argument("--labels", type=Path, nargs="+",
                    help="label files; a later file's line replaces an earlier one for the same event "
                         "(default: a dev draw's files as DEV_DRAWS lists them, every re-judged file included; a draw "
                         "in HELD_OUT (r15 and r21, in no fit; r22, held out in round 22; r30, held out in round 30): its own file, e.g. "
                         "events_r22.jsonl, then its _final file, e.g. events_r22_final.jsonl, when it exists); "
                         "--import-worksheet "
                         "writes the last one")
    ap.add_argument("--min-confidence", type=float,
                    help="score only the events at or above this confidence (what a floor would state)")
    ap.add_argument("--labelled-only", action="store_true",
                    help="score only the articles that have labels (a partial audit of a draw)")
    ap.add_argument("--dev-draws", type=Path, metavar="DIR",
                    help="score every dev draw (DEV_DRAWS) from DIR/<draw>.jsonl (run and saved there when missing) "
                         "and pool them, with the labelled causes of the wrong stated events")
    args = ap.parse_args()
    if args.dev_draws:
        emit(score_dev_draws(args.dev_draws), args.out)
        return
    dev = "dev" if args.draw == "seed" and args.seed == SEED else args.draw if args.draw in DEV_DRAWS else None
    if dev is not None:
        select_draw, files = DEV_DRAWS[dev]
        paths = select_draw()
        if args.labels is None:
            # a dev draw is scored with the label files the fits and --dev-draws read (DEV_DRAWS: one list a draw)
            args.labels = [HERE / "audits" / f for f in files]
    else:
        held = HELD_OUT.get(args.draw)
        paths = held[0]() if held else select(seed=args.seed)
        if args.labels is None:
            # a held-out draw: its own file, then the _final file of its round's freeze once written
            # (--import-worksheet writes the last file); another seed's draw starts unlabelled
            args.labels = [held[1], *[p for p in held[2:] if p.exists()]] if held else [LABELS]
    if args.docs:
        docs = [json.loads(x) for x in args.docs.read_text("utf-8").splitlines() if x.strip()]
    else:
        docs = analyze(paths)
    if args.save:
        args.save.parent.mkdir(parents=True, exist_ok=True)
        args.save.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    if args.dump:
        dump(docs, args.dump)
        print(f"listings for {len(docs)} articles in {args.dump}")
        return
    if args.import_worksheet:
        rows = import_worksheet(args.import_worksheet, docs)
        target = args.labels[-1]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{len(rows)} label lines written to {target}")
    labels, missed = load_labels(*args.labels)
    if args.labelled_only:
        # a partial audit (e.g. 5 held-out articles of a fresh draw): score the articles that have labels
        have = {k[0] for k in labels}
        docs = [d for d in docs if d["id"] in have]
    if args.min_confidence is not None:
        for d in docs:
            d["events"] = [e for e in d.get("events", []) if (e.get("confidence") or 0.0) >= args.min_confidence]
    res = score(docs, labels, missed)
    emit(res, args.out)


if __name__ == "__main__":
    main()
