"""benchmarks/audit_events.py: which labelled draws the fits read (``DEV_DRAWS``) and which none does (``HELD_OUT``),
with the label files each reads (a later file's line wins)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_audit_events_every_listed_label_file_exists_and_no_draw_is_both_fitted_and_held_out(audit_events):
    for name, (_select, files) in audit_events.DEV_DRAWS.items():
        for f in files:
            assert (ROOT / "benchmarks" / "audits" / f).is_file(), f"{name}: {f}"
    assert not set(audit_events.HELD_OUT) & set(audit_events.DEV_DRAWS)
    for name, (_select, own, _final) in audit_events.HELD_OUT.items():
        assert own.is_file(), name


def test_audit_events_r16_to_r20_are_dev_draws_and_r15_is_in_no_fit(audit_events):
    dev = audit_events.DEV_DRAWS
    # the freeze's re-judged lines win; round 37's label of an event new on its candidate (events_evt37.jsonl) follows
    assert dev["r16"][1] == ["events_r16.jsonl", "events_r16_final.jsonl", "events_evt37.jsonl"]
    assert dev["r17"][1][-1] == "events_r17.jsonl"  # the first reader's labels win
    # r18 joins in round 19 with its own file; a _final file of its freeze, were one written, would follow and win
    assert dev["r18"][1] == ["events_r18.jsonl"]
    assert not (ROOT / "benchmarks" / "audits" / "events_r18_final.jsonl").exists()
    # r19 joins in round 20: its own file, then the round-19 freeze's re-judged or new lines (they win); the blind second
    # reader's file is in no list
    assert dev["r19"][1] == ["events_r19.jsonl", "events_r19_final.jsonl"]
    assert all("events_r19_second.jsonl" not in files for _select, files in dev.values())
    # r20 joins in round 21 with its own file (no event new or changed on its freeze, so no _final file; were one
    # written, it would follow and win); the blind second reader's file is in no list
    assert dev["r20"][1] == ["events_r20.jsonl"]
    assert not (ROOT / "benchmarks" / "audits" / "events_r20_final.jsonl").exists()
    assert all("events_r20_second.jsonl" not in files for _select, files in dev.values())
    assert "r15" in audit_events.HELD_OUT  # r15 in no fit
    assert not {"r19", "r20"} & set(audit_events.HELD_OUT)


def test_audit_events_r17_scores_the_first_readers_label_where_both_readers_labelled(audit_events):
    audits = ROOT / "benchmarks" / "audits"
    first, _ = audit_events.load_labels(audits / "events_r17.jsonl")
    both, _ = audit_events.load_labels(*[audits / f for f in audit_events.DEV_DRAWS["r17"][1]])
    assert first and set(first) <= set(both)
    assert all(both[k]["label"] == first[k]["label"] and both[k]["note"] == first[k]["note"] for k in first)
