"""The story audit's flags-only mode (benchmarks/audit_story.py, `--r10f`, `--r11f`): every conflict / precision /
status flag is judged, shown or less certain, and no consensus or unique item is sampled or scored; the full mode
still samples the first five of each list kind per story."""


def _flag(fid: str, kind: str, confidence: float, start: int) -> dict:
    return {"id": fid, "kind": kind, "slot": "when", "confidence": confidence,
            "sides": [{"document": "fnc_1", "start": start, "end": start + 5},
                      {"document": "fnc_2", "start": start, "end": start + 5}]}


def _results() -> dict[str, dict]:
    found = [_flag("c1", "conflict", 0.8, 0), _flag("s1", "status", 0.3, 10)]
    found += [_flag(f"k{i}", "consensus", 0.9 - i / 100, 100 + 10 * i) for i in range(7)]
    found += [_flag(f"u{i}", "unique", 0.7 - i / 100, 300 + 10 * i) for i in range(6)]
    return {"fnc10f:0": {"story": {"discrepancies": found}}}


def _label(story: str, flag: dict, label: str, cause: str | None) -> dict:
    return {"story": story, "id": flag["id"], "kind": flag["kind"], "slot": flag["slot"],
            "sides": [[s["document"], s["start"], s["end"]] for s in flag["sides"]], "label": label, "cause": cause}


def test_flags_only_judges_every_flag_and_no_list_item(audit_story):
    results = _results()
    found = results["fnc10f:0"]["story"]["discrepancies"]
    rows = [_label("fnc10f:0", found[0], "right", None),
            _label("fnc10f:0", found[1], "wrong", "status_misread")]
    labels = {audit_story.label_key(r): r for r in rows}
    groups = [g for g, _ in audit_story.audited(found, 0.5, lists=False)]
    assert groups == ["shown", "less_certain"]
    out = audit_story.score(results, labels, lists=False)
    assert "consensus" not in out and "unique" not in out
    assert out["shown"]["audited"] == 1 and out["shown"]["precision"] == 1.0
    assert out["less_certain"]["precision"] == 0.0
    assert out["less_certain"]["wrong_causes"] == {"status_misread": 1}
    assert out["stale_labels"] == 0


def test_full_mode_still_samples_five_of_each_list_kind(audit_story):
    results = _results()
    out = audit_story.score(results, {}, lists=True)
    assert out["consensus"]["audited"] == 5 and out["unique"]["audited"] == 5
    assert out["consensus"]["unlabelled"] == 5 and out["shown"]["unlabelled"] == 1
