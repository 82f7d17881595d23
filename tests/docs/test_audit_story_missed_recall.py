"""The story audit's recall on hand-read real discrepancies (benchmarks/audit_story.py, `missed_recall`): a row is
found only when one conflict / precision / status flag covers both its sides (same document, overlapping
characters), shown only when that flag is at or above the bar; a consensus item over both sides is a false
agreement. Synthetic outputs and rows only (no article text)."""


def _flag(fid: str, kind: str, confidence: float, *sides: tuple[str, int, int]) -> dict:
    return {"id": fid, "kind": kind, "slot": "count", "confidence": confidence,
            "sides": [{"document": d, "start": a, "end": b} for d, a, b in sides]}


def _row(story: str, kind: str, grade: str, first: tuple[str, int, int], second: tuple[str, int, int]) -> dict:
    return {"story": story, "kind": kind, "grade": grade, "sides": [list(first), list(second)],
            "values": ["12", "14"], "reason": "-", "flags_touching": []}


def _results() -> dict[str, dict]:
    story_a = [
        _flag("c_shown", "conflict", 0.8, ("a1", 100, 110), ("a2", 200, 215)),  # covers row 0: shown
        _flag("s_low", "status", 0.3, ("a1", 300, 340), ("a2", 395, 420)),  # covers row 1 below the bar
        _flag("c_one", "conflict", 0.9, ("a1", 500, 520), ("a3", 0, 10)),  # row 2's first side only
        _flag("c_touch", "precision", 0.9, ("a1", 600, 610), ("a2", 710, 720)),  # ends where row 3 starts
        _flag("k_both", "consensus", 0.7, ("a1", 505, 515), ("a2", 650, 660)),  # an agreement over row 2
        _flag("u_both", "unique", 0.9, ("a1", 610, 620), ("a2", 700, 710)),  # a unique item never finds a row
    ]
    return {"ecb:1ecb": {"story": {"discrepancies": story_a}},
            "basil:x": {"story": {"discrepancies": [_flag("c_b", "conflict", 0.49, ("b1", 0, 5), ("b2", 9, 20))]}}}


def _rows() -> list[dict]:
    return [_row("ecb:1ecb", "count", "clear", ("a1", 105, 108), ("a2", 190, 201)),
            _row("ecb:1ecb", "date", "clear", ("a1", 330, 350), ("a2", 380, 400)),
            _row("ecb:1ecb", "count", "soft", ("a1", 510, 512), ("a2", 640, 655)),
            _row("ecb:1ecb", "money", "soft", ("a1", 610, 620), ("a2", 700, 710)),
            _row("basil:x", "count", "clear", ("b1", 2, 3), ("b2", 19, 30)),
            _row("ecb:not_run", "count", "clear", ("z1", 0, 1), ("z2", 0, 1))]


def test_found_needs_both_sides_and_shown_needs_the_bar(audit_story):
    out = audit_story.missed_recall(_results(), _rows())
    assert (out["n"], out["found_any"], out["shown"]) == (5, 3, 1)
    assert out["recall_any"] == 0.6 and out["recall_shown"] == 0.2
    assert out["rows_without_story"] == 1  # a story the run lacks is in no rate
    assert out["one_side_only"] == 1  # row 2: the right fact set against another document's span
    found = {(f["story"], f["kind"], f["grade"]): (f["shown"], [b["id"] for b in f["by"]]) for f in out["found"]}
    assert found == {("ecb:1ecb", "count", "clear"): (True, ["c_shown"]),
                     ("ecb:1ecb", "date", "clear"): (False, ["s_low"]),
                     ("basil:x", "count", "clear"): (False, ["c_b"])}


def test_tallies_by_grade_kind_and_part(audit_story):
    out = audit_story.missed_recall(_results(), _rows())
    assert out["by_grade"]["clear"] == {"n": 3, "found_any": 3, "shown": 1, "recall_any": 1.0, "recall_shown": 0.333}
    assert out["by_grade"]["soft"]["found_any"] == 0 and out["by_grade"]["soft"]["n"] == 2
    assert out["by_kind"]["count"]["n"] == 3 and out["by_kind"]["count"]["found_any"] == 2
    assert out["by_kind"]["money"]["found_any"] == 0
    assert out["by_part"]["basil"] == {"n": 1, "found_any": 1, "shown": 0, "recall_any": 1.0, "recall_shown": 0.0}
    assert out["by_part"]["ecb"]["n"] == 4


def test_half_open_ranges_and_list_items(audit_story):
    results = _results()
    out = audit_story.missed_recall(results, _rows())
    # c_touch ends at 610 / 720 where row 3 is [610, 620) / [700, 710): no shared character, so not found; the
    # unique item over both sides does not count either
    assert not any(f["kind"] == "money" for f in out["found"])
    assert out["false_agreement"] == [{"story": "ecb:1ecb", "values": ["12", "14"], "grade": "soft", "id": "k_both",
                                       "slot": "count", "confidence": 0.7}]


def test_one_flag_side_cannot_stand_for_both_row_sides(audit_story):
    row = _row("ecb:2ecb", "count", "clear", ("d1", 0, 10), ("d1", 20, 30))  # both sides in one document
    wide = _flag("c_wide", "conflict", 0.9, ("d1", 0, 40), ("d2", 0, 5))
    assert not audit_story.covers_both(wide, row)
    two = _flag("c_two", "conflict", 0.9, ("d1", 0, 12), ("d1", 25, 26))
    assert audit_story.covers_both(two, row)


def test_every_draw_with_a_missed_file_is_scored(audit_story):
    # r55's and r56's hand-read truth lists (written before any output, rounds 55 and 56) are scored as missed lists
    assert set(audit_story.MISSED) == {"ecbdev", "r6", "r7", "r8", "r12", "r14", "r15", "r16", "r17",
                                         "r18", "r55", "r56"}
    assert all(p.exists() for p in audit_story.MISSED.values())
