"""The FNC-1 audit draws r9 to r22 (benchmarks/fnc_draw.py): the eligibility rule on a tiny invented CSV, and on
the real data (when present) draws that repeat themselves and whose parts share no headline and no body."""

import csv
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _fnc_draw():
    spec = importlib.util.spec_from_file_location("fnc_draw", ROOT / "benchmarks" / "fnc_draw.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["fnc_draw"] = mod  # its dataclass looks its module up there
    spec.loader.exec_module(mod)
    return mod


def _words(n: int, lead: str = "w") -> str:
    return " ".join(f"{lead}{i}" for i in range(n))


def _write(root: Path, bodies: dict[int, str], stances: list[tuple[str, int, str]]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    with open(root / "bodies.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Body ID", "articleBody"])
        w.writerows(bodies.items())
    with open(root / "stances.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Headline", "Body ID", "Stance"])
        w.writerows(stances)
    return root


def test_eligibility_keeps_reporting_bodies_of_the_right_length_once(tmp_path):
    mod = _fnc_draw()
    bodies = {
        10: _words(200, "a"),
        2: _words(200, "b"),
        30: "  " + _words(200, "b").replace(" ", "\n  ", 3) + " and a different end",  # near copy of 2
        4: _words(149, "c"),  # too short
        5: _words(1201, "d"),  # too long
        6: _words(150, "e"),  # the shortest allowed
        7: _words(300, "f"),
    }
    stances = [("Claim B", 10, "agree"), ("Claim B", 2, "discuss"), ("Claim B", 30, "agree"),
               ("Claim B", 4, "agree"), ("Claim B", 5, "discuss"), ("Claim B", 6, "agree"),
               ("Claim B", 7, "disagree"), ("Claim A", 7, "unrelated"), ("Claim A", 30, "agree")]
    root = _write(tmp_path / "fnc1", bodies, stances)
    el = mod.eligible_by_headline(root)
    # 30 is a copy of 2 for Claim B (2 kept: the lower id), and Claim A keeps it: no other body of Claim A
    assert el == {"Claim A": [30], "Claim B": [2, 6, 10]}
    assert list(el) == sorted(el)


def test_story_and_events_draws_of_a_tiny_set_are_apart(tmp_path, monkeypatch):
    mod = _fnc_draw()
    bodies = {i: _words(160, f"x{i}_") for i in range(1, 41)}
    stances = [(f"Claim {h:02d}", b, "agree") for h in range(10) for b in range(4 * h + 1, 4 * h + 5)]
    stances += [("Claim 00", 5, "discuss")]  # a body shared with Claim 01
    root = _write(tmp_path / "fnc1", bodies, stances)
    monkeypatch.setattr(mod, "R9_STORY", (111, 3))
    monkeypatch.setattr(mod, "R9_EVENTS", (113, 4))
    story = mod.r9_fnc_story_draw(root)
    events = mod.r9_fnc_events_draw(root)
    assert story == mod.r9_fnc_story_draw(root) and events == mod.r9_fnc_events_draw(root)
    assert len(story) == 3 and all(len(set(v)) == 3 for v in story.values())
    assert len(events) == 4 and len({h for h, _ in events}) == 4
    assert not {h for h, _ in events} & set(story)
    assert not {b for _, b in events} & {b for v in story.values() for b in v}
    files = mod.r9_story_draw(root, tmp_path / "runs")
    assert list(files) == ["fnc:0", "fnc:1", "fnc:2"]
    assert all(p.read_text("utf-8").strip() == bodies[int(p.stem.split("_")[1])] for v in files.values() for p in v)


def _clear_caches(mod):
    """Forget every cached read and pool of the module (`load`, `_prefix`, `eligible_by_headline`, the `r*_pool`s), so
    a second draw is computed afresh from the CSVs."""
    for name in dir(mod):
        fn = getattr(mod, name)
        if callable(fn) and hasattr(fn, "cache_clear"):
            fn.cache_clear()


@pytest.fixture(scope="module")
def real():
    mod = _fnc_draw()
    if not mod.FNC1.is_dir():
        pytest.skip("../shared/data/agreement/fnc1 is not present on this machine")
    return mod


def test_the_r9_draw_repeats_and_its_parts_share_nothing(real):
    story = real.r9_fnc_story_draw()
    events = real.r9_fnc_events_draw()
    assert len(story) == 8 and all(len(set(v)) == 3 for v in story.values())
    assert len(events) == 6 and len({h for h, _ in events}) == 6
    assert not {h for h, _ in events} & set(story)
    assert not {b for _, b in events} & {b for v in story.values() for b in v}
    real.eligible_by_headline.cache_clear()
    real.load.cache_clear()
    assert real.r9_fnc_story_draw() == story and real.r9_fnc_events_draw() == events


def _tiny_fnc1(tmp_path, headlines):
    """A tiny FNC-1 under ``tmp_path/fnc1``: ``headlines`` claims of four agreeing bodies each, the last body a near
    copy of the first (which any draw may take), one body shared by the first two claims and one by the last and the
    first."""
    last = 4 * headlines
    bodies = {i: _words(160, f"x{i}_") for i in range(1, last + 1)}
    bodies[last] = bodies[1] + " with a different end"
    width = len(str(headlines - 1))
    stances = [(f"Claim {h:0{width}d}", b, "agree") for h in range(headlines) for b in range(4 * h + 1, 4 * h + 5)]
    stances += [(f"Claim {0:0{width}d}", 5, "discuss"), (f"Claim {headlines - 1:0{width}d}", 1, "agree")]
    return _write(tmp_path / "fnc1", bodies, stances)


def _r10_sizes(mod, monkeypatch):
    monkeypatch.setattr(mod, "R9_STORY", (111, 3))
    monkeypatch.setattr(mod, "R9_EVENTS", (113, 4))
    monkeypatch.setattr(mod, "R10_STORY", (211, 3))
    monkeypatch.setattr(mod, "R10_EVENTS", (213, 4))


def _assert_r10_apart(mod, root):
    r9_heads, r9_bodies = mod.r9_used(root)
    story = mod.r10_fnc_story_draw(root)
    events = mod.r10_fnc_events_draw(root)
    story_bodies = {b for v in story.values() for b in v}
    assert all(len(set(v)) == mod.DOCS_PER_STORY for v in story.values())
    assert len({h for h, _ in events}) == len(events)
    assert not (set(story) | {h for h, _ in events}) & r9_heads
    assert not (story_bodies | {b for _, b in events}) & r9_bodies
    assert not {h for h, _ in events} & set(story)
    assert not {b for _, b in events} & story_bodies
    return story, events


def test_r10_draws_of_a_tiny_set_repeat_and_leave_r9_and_each_other_apart(tmp_path, monkeypatch):
    mod = _fnc_draw()
    _r10_sizes(mod, monkeypatch)
    bodies = {i: _words(160, f"x{i}_") for i in range(1, 81)}
    stances = [(f"Claim {h:02d}", b, "agree") for h in range(20) for b in range(4 * h + 1, 4 * h + 5)]
    stances += [("Claim 00", 5, "discuss")]  # a body shared with Claim 01
    root = _write(tmp_path / "fnc1", bodies, stances)
    story, events = _assert_r10_apart(mod, root)
    assert len(story) == 3 and len(events) == 4
    assert story == mod.r10_fnc_story_draw(root) and events == mod.r10_fnc_events_draw(root)
    assert story != mod.r9_fnc_story_draw(root)
    files = mod.r10_story_draw(root, tmp_path / "runs")
    assert list(files) == ["fnc10:0", "fnc10:1", "fnc10:2"]
    assert all(p.parent == tmp_path / "runs" for v in files.values() for p in v)
    assert [int(p.stem.split("_")[1]) for p in mod.r10_events_draw(root, tmp_path / "runs")] == [b for _, b in events]


def test_the_r10_draw_repeats_and_shares_nothing_with_r9_or_itself(real):
    story, events = _assert_r10_apart(real, real.FNC1)
    assert len(story) == 8 and len(events) == 6
    real.eligible_by_headline.cache_clear()
    real.load.cache_clear()
    assert real.r10_fnc_story_draw() == story and real.r10_fnc_events_draw() == events


def test_r10_pool_leaves_out_r9_headlines_bodies_and_copies_of_r9_bodies(tmp_path, monkeypatch):
    mod = _fnc_draw()
    bodies = {i: _words(160, f"x{i}_") for i in range(1, 7)}
    bodies[7] = bodies[1] + " with a different end"  # a near copy of the r9 body 1 under another id
    stances = [("Claim A", 1, "agree"), ("Claim A", 2, "agree"), ("Claim B", 1, "agree"), ("Claim B", 3, "agree"),
               ("Claim B", 7, "discuss"), ("Claim C", 4, "agree"), ("Claim C", 7, "agree"), ("Claim D", 1, "agree")]
    root = _write(tmp_path / "fnc1", bodies, stances)
    monkeypatch.setattr(mod, "r9_used", lambda _root: ({"Claim A"}, {1}))
    assert mod.eligible_by_headline(root)["Claim C"] == [4, 7]
    # Claim A is r9's; body 1 is r9's and 7 repeats its text; Claim D had only body 1
    assert mod.r10_pool(root) == {"Claim B": [3], "Claim C": [4]}


def _assert_r10f_apart(mod, root):
    r9_heads, r9_bodies = mod.r9_used(root)
    r10_heads, r10_bodies = mod.r10_used(root)
    flags = mod.r10f_fnc_story_draw(root)
    flag_bodies = {b for v in flags.values() for b in v}
    assert all(len(set(v)) == mod.DOCS_PER_STORY for v in flags.values())
    assert not set(flags) & (r9_heads | r10_heads)
    assert not flag_bodies & (r9_bodies | r10_bodies)
    data = mod.load(root)
    used_prefixes = {mod._prefix(data.bodies[b]) for b in r9_bodies | r10_bodies}
    assert not {mod._prefix(data.bodies[b]) for b in flag_bodies} & used_prefixes
    return flags


def test_r10f_draw_of_a_tiny_set_repeats_and_leaves_r9_and_r10_apart(tmp_path, monkeypatch):
    mod = _fnc_draw()
    _r10_sizes(mod, monkeypatch)
    monkeypatch.setattr(mod, "R10_FLAGS", (215, 4))
    bodies = {i: _words(160, f"x{i}_") for i in range(1, 121)}
    bodies[120] = bodies[1] + " with a different end"  # a near copy of a body any draw may take
    stances = [(f"Claim {h:02d}", b, "agree") for h in range(30) for b in range(4 * h + 1, 4 * h + 5)]
    stances += [("Claim 00", 5, "discuss"), ("Claim 29", 1, "agree")]  # shared bodies across headlines
    root = _write(tmp_path / "fnc1", bodies, stances)
    flags = _assert_r10f_apart(mod, root)
    assert len(flags) == 4
    assert flags == mod.r10f_fnc_story_draw(root)
    files = mod.r10f_story_draw(root, tmp_path / "runs")
    assert list(files) == ["fnc10f:0", "fnc10f:1", "fnc10f:2", "fnc10f:3"]
    assert all(p.parent == tmp_path / "runs" for v in files.values() for p in v)


def test_r10f_pool_leaves_out_r10_headlines_bodies_and_copies_of_r10_bodies(tmp_path, monkeypatch):
    mod = _fnc_draw()
    bodies = {i: _words(160, f"x{i}_") for i in range(1, 8)}
    bodies[7] = bodies[2] + " with a different end"  # a near copy of the r10 body 2 under another id
    stances = [("Claim A", 1, "agree"), ("Claim B", 2, "agree"), ("Claim B", 3, "agree"), ("Claim C", 4, "agree"),
               ("Claim C", 7, "agree"), ("Claim D", 5, "agree"), ("Claim D", 2, "agree"), ("Claim E", 6, "agree")]
    root = _write(tmp_path / "fnc1", bodies, stances)
    monkeypatch.setattr(mod, "r9_used", lambda _root: ({"Claim A"}, {1}))
    monkeypatch.setattr(mod, "r10_used", lambda _root: ({"Claim B"}, {2}))
    # Claim A is r9's, Claim B r10's; body 2 is r10's and 7 repeats its text
    assert mod.r10f_pool(root) == {"Claim C": [4], "Claim D": [5], "Claim E": [6]}


def test_the_r10f_draw_repeats_and_shares_nothing_with_r9_or_r10(real):
    flags = _assert_r10f_apart(real, real.FNC1)
    assert len(flags) == 16
    real.eligible_by_headline.cache_clear()
    real.load.cache_clear()
    assert real.r10f_fnc_story_draw() == flags


def _assert_r11_apart(mod, root):
    used_heads, used_bodies = set(), set()
    for used in (mod.r9_used, mod.r10_used, mod.r10f_used):
        heads, bodies = used(root)
        used_heads |= heads
        used_bodies |= bodies
    story = mod.r11_fnc_story_draw(root)
    events = mod.r11_fnc_events_draw(root)
    story_bodies = {b for v in story.values() for b in v}
    drawn_bodies = story_bodies | {b for _, b in events}
    assert all(len(set(v)) == mod.DOCS_PER_STORY for v in story.values())
    assert len({h for h, _ in events}) == len(events)
    assert not (set(story) | {h for h, _ in events}) & used_heads
    assert not drawn_bodies & used_bodies
    data = mod.load(root)
    used_prefixes = {mod._prefix(data.bodies[b]) for b in used_bodies}
    assert not {mod._prefix(data.bodies[b]) for b in drawn_bodies} & used_prefixes
    assert not {h for h, _ in events} & set(story)
    assert not {b for _, b in events} & story_bodies
    return story, events


def test_r11_draws_of_a_tiny_set_repeat_and_leave_r9_r10_r10f_and_each_other_apart(tmp_path, monkeypatch):
    mod = _fnc_draw()
    _r10_sizes(mod, monkeypatch)
    monkeypatch.setattr(mod, "R10_FLAGS", (215, 4))
    monkeypatch.setattr(mod, "R11_STORY", (217, 3))
    monkeypatch.setattr(mod, "R11_EVENTS", (219, 4))
    root = _tiny_fnc1(tmp_path, 40)
    story, events = _assert_r11_apart(mod, root)
    assert len(story) == 3 and len(events) == 4
    assert story == mod.r11_fnc_story_draw(root) and events == mod.r11_fnc_events_draw(root)
    files = mod.r11_story_draw(root, tmp_path / "runs")
    assert list(files) == ["fnc11:0", "fnc11:1", "fnc11:2"]
    assert all(p.parent == tmp_path / "runs" for v in files.values() for p in v)
    assert [int(p.stem.split("_")[1]) for p in mod.r11_events_draw(root, tmp_path / "runs")] == [b for _, b in events]


def test_r11_pool_leaves_out_r10f_headlines_bodies_and_copies_of_r10f_bodies(tmp_path, monkeypatch):
    mod = _fnc_draw()
    bodies = {i: _words(160, f"x{i}_") for i in range(1, 9)}
    bodies[8] = bodies[3] + " with a different end"  # a near copy of the r10f body 3 under another id
    stances = [("Claim A", 1, "agree"), ("Claim B", 2, "agree"), ("Claim C", 3, "agree"), ("Claim D", 4, "agree"),
               ("Claim D", 8, "agree"), ("Claim E", 5, "agree"), ("Claim E", 3, "agree"), ("Claim F", 6, "agree")]
    root = _write(tmp_path / "fnc1", bodies, stances)
    monkeypatch.setattr(mod, "r9_used", lambda _root: ({"Claim A"}, {1}))
    monkeypatch.setattr(mod, "r10_used", lambda _root: ({"Claim B"}, {2}))
    monkeypatch.setattr(mod, "r10f_fnc_story_draw", lambda _root: {"Claim C": [3]})
    # Claim A is r9's, Claim B r10's, Claim C r10f's; body 3 is r10f's and 8 repeats its text
    assert mod.r11_pool(root) == {"Claim D": [4], "Claim E": [5], "Claim F": [6]}


def test_the_r11_draw_repeats_and_shares_nothing_with_r9_r10_r10f_or_itself(real):
    story, events = _assert_r11_apart(real, real.FNC1)
    assert len(story) == 8 and len(events) == 6
    real.eligible_by_headline.cache_clear()
    real.load.cache_clear()
    assert real.r11_fnc_story_draw() == story and real.r11_fnc_events_draw() == events


def _assert_r11f_apart(mod, root):
    used_heads, used_bodies = set(), set()
    for used in (mod.r9_used, mod.r10_used, mod.r10f_used, mod.r11_used):
        heads, bodies = used(root)
        used_heads |= heads
        used_bodies |= bodies
    flags = mod.r11f_fnc_story_draw(root)
    flag_bodies = {b for v in flags.values() for b in v}
    assert all(len(set(v)) == mod.DOCS_PER_STORY for v in flags.values())
    assert not set(flags) & used_heads
    assert not flag_bodies & used_bodies
    data = mod.load(root)
    used_prefixes = {mod._prefix(data.bodies[b]) for b in used_bodies}
    assert not {mod._prefix(data.bodies[b]) for b in flag_bodies} & used_prefixes
    return flags


def test_r11f_draw_of_a_tiny_set_repeats_and_leaves_r9_r10_r10f_and_r11_apart(tmp_path, monkeypatch):
    mod = _fnc_draw()
    _r10_sizes(mod, monkeypatch)
    monkeypatch.setattr(mod, "R10_FLAGS", (215, 4))
    monkeypatch.setattr(mod, "R11_STORY", (217, 3))
    monkeypatch.setattr(mod, "R11_EVENTS", (219, 4))
    monkeypatch.setattr(mod, "R11_FLAGS", (221, 4))
    bodies = {i: _words(160, f"x{i}_") for i in range(1, 201)}
    bodies[200] = bodies[1] + " with a different end"  # a near copy of a body any draw may take
    stances = [(f"Claim {h:02d}", b, "agree") for h in range(50) for b in range(4 * h + 1, 4 * h + 5)]
    stances += [("Claim 00", 5, "discuss"), ("Claim 49", 1, "agree")]  # shared bodies across headlines
    root = _write(tmp_path / "fnc1", bodies, stances)
    flags = _assert_r11f_apart(mod, root)
    assert len(flags) == 4
    assert flags == mod.r11f_fnc_story_draw(root)
    files = mod.r11f_story_draw(root, tmp_path / "runs")
    assert list(files) == ["fnc11f:0", "fnc11f:1", "fnc11f:2", "fnc11f:3"]
    assert all(p.parent == tmp_path / "runs" for v in files.values() for p in v)


def test_r11f_pool_leaves_out_r11_headlines_bodies_and_copies_of_r11_bodies(tmp_path, monkeypatch):
    mod = _fnc_draw()
    bodies = {i: _words(160, f"x{i}_") for i in range(1, 10)}
    bodies[9] = bodies[4] + " with a different end"  # a near copy of the r11 body 4 under another id
    stances = [("Claim A", 1, "agree"), ("Claim B", 2, "agree"), ("Claim C", 3, "agree"), ("Claim D", 4, "agree"),
               ("Claim E", 5, "agree"), ("Claim E", 9, "agree"), ("Claim F", 6, "agree"), ("Claim F", 4, "agree"),
               ("Claim G", 7, "agree")]
    root = _write(tmp_path / "fnc1", bodies, stances)
    monkeypatch.setattr(mod, "r9_used", lambda _root: ({"Claim A"}, {1}))
    monkeypatch.setattr(mod, "r10_used", lambda _root: ({"Claim B"}, {2}))
    monkeypatch.setattr(mod, "r10f_fnc_story_draw", lambda _root: {"Claim C": [3]})
    monkeypatch.setattr(mod, "r11_used", lambda _root: ({"Claim D"}, {4}))
    # Claims A-D are r9's, r10's, r10f's and r11's; body 4 is r11's and 9 repeats its text
    assert mod.r11f_pool(root) == {"Claim E": [5], "Claim F": [6], "Claim G": [7]}


def test_the_r11f_draw_repeats_and_shares_nothing_with_r9_r10_r10f_or_r11(real):
    flags = _assert_r11f_apart(real, real.FNC1)
    assert len(flags) == 16
    real.eligible_by_headline.cache_clear()
    real.load.cache_clear()
    assert real.r11f_fnc_story_draw() == flags


def _r12_sizes(mod, monkeypatch):
    _r10_sizes(mod, monkeypatch)
    monkeypatch.setattr(mod, "R10_FLAGS", (215, 4))
    monkeypatch.setattr(mod, "R11_STORY", (217, 3))
    monkeypatch.setattr(mod, "R11_EVENTS", (219, 4))
    monkeypatch.setattr(mod, "R11_FLAGS", (221, 4))
    monkeypatch.setattr(mod, "R12_STORY", (227, 3))
    monkeypatch.setattr(mod, "R12_EVENTS", (229, 4))
    monkeypatch.setattr(mod, "R12_FLAGS", (231, 4))


def _assert_draws_apart(mod, root, earlier, story, events, flags, docs=None):
    """A round's story, events and flags draws share no headline, body or body copy with the `earlier` draws (their
    `*_used` functions) nor with each other; each story has `docs` bodies (`DOCS_PER_STORY` unless given)."""
    used_heads, used_bodies = set(), set()
    for used in earlier:
        heads, bodies = used(root)
        used_heads |= heads
        used_bodies |= bodies
    story_bodies = {b for v in story.values() for b in v}
    flag_bodies = {b for v in flags.values() for b in v}
    event_bodies = {b for _, b in events}
    drawn_heads = set(story) | {h for h, _ in events} | set(flags)
    assert all(len(set(v)) == (docs or mod.DOCS_PER_STORY) for v in (*story.values(), *flags.values()))
    assert len({h for h, _ in events}) == len(events)
    assert len(drawn_heads) == len(story) + len(events) + len(flags)  # the three parts share no headline
    assert not drawn_heads & used_heads
    assert not (story_bodies | event_bodies | flag_bodies) & used_bodies
    assert not event_bodies & story_bodies and not flag_bodies & (story_bodies | event_bodies)
    data = mod.load(root)
    used_prefixes = {mod._prefix(data.bodies[b]) for b in used_bodies}
    story_prefixes = {mod._prefix(data.bodies[b]) for b in story_bodies | event_bodies}
    assert not {mod._prefix(data.bodies[b]) for b in story_bodies | event_bodies | flag_bodies} & used_prefixes
    assert not {mod._prefix(data.bodies[b]) for b in flag_bodies} & story_prefixes
    return story, events, flags


def _assert_r12_apart(mod, root):
    """r12's story, events and flags draws share no headline, body or body copy with r9 to r11f nor with each other."""
    return _assert_draws_apart(mod, root, (mod.r9_used, mod.r10_used, mod.r10f_used, mod.r11_used, mod.r11f_used),
                               mod.r12_fnc_story_draw(root), mod.r12_fnc_events_draw(root),
                               mod.r12f_fnc_story_draw(root))


def test_r12_draws_of_a_tiny_set_repeat_and_leave_r9_to_r11f_and_each_other_apart(tmp_path, monkeypatch):
    mod = _fnc_draw()
    _r12_sizes(mod, monkeypatch)
    root = _tiny_fnc1(tmp_path, 80)
    story, events, flags = _assert_r12_apart(mod, root)
    assert len(story) == 3 and len(events) == 4 and len(flags) == 4
    assert (story, events, flags) == (mod.r12_fnc_story_draw(root), mod.r12_fnc_events_draw(root),
                                      mod.r12f_fnc_story_draw(root))
    files = mod.r12_story_draw(root, tmp_path / "runs")
    assert list(files) == ["fnc12:0", "fnc12:1", "fnc12:2"]
    assert all(p.parent == tmp_path / "runs" for v in files.values() for p in v)
    assert [int(p.stem.split("_")[1]) for p in mod.r12_events_draw(root, tmp_path / "runs")] == [b for _, b in events]
    flag_files = mod.r12f_story_draw(root, tmp_path / "runsf")
    assert list(flag_files) == ["fnc12f:0", "fnc12f:1", "fnc12f:2", "fnc12f:3"]
    assert [[int(p.stem.split("_")[1]) for p in v] for v in flag_files.values()] == list(flags.values())


def test_r12_pools_leave_out_r11f_then_r12_headlines_bodies_and_copies_of_their_bodies(tmp_path, monkeypatch):
    mod = _fnc_draw()
    bodies = {i: _words(160, f"x{i}_") for i in range(1, 12)}
    bodies[10] = bodies[5] + " with a different end"  # a near copy of the r11f body 5 under another id
    bodies[11] = bodies[6] + " with a different end"  # a near copy of the r12 body 6 under another id
    stances = [("Claim A", 1, "agree"), ("Claim B", 2, "agree"), ("Claim C", 3, "agree"), ("Claim D", 4, "agree"),
               ("Claim E", 5, "agree"), ("Claim F", 6, "agree"), ("Claim G", 7, "agree"), ("Claim G", 10, "agree"),
               ("Claim H", 8, "agree"), ("Claim H", 11, "agree"), ("Claim I", 9, "agree"), ("Claim I", 6, "agree")]
    root = _write(tmp_path / "fnc1", bodies, stances)
    monkeypatch.setattr(mod, "r9_used", lambda _root: ({"Claim A"}, {1}))
    monkeypatch.setattr(mod, "r10_used", lambda _root: ({"Claim B"}, {2}))
    monkeypatch.setattr(mod, "r10f_fnc_story_draw", lambda _root: {"Claim C": [3]})
    monkeypatch.setattr(mod, "r11_used", lambda _root: ({"Claim D"}, {4}))
    monkeypatch.setattr(mod, "r11f_fnc_story_draw", lambda _root: {"Claim E": [5]})
    # Claims A-E are r9's to r11f's; body 5 is r11f's and 10 repeats its text
    assert mod.r12_pool(root) == {"Claim F": [6], "Claim G": [7], "Claim H": [8, 11], "Claim I": [6, 9]}
    monkeypatch.setattr(mod, "r12_used", lambda _root: ({"Claim F"}, {6}))
    # Claim F is r12's; body 6 is r12's and 11 repeats its text
    assert mod.r12f_pool(root) == {"Claim G": [7], "Claim H": [8], "Claim I": [9]}


def test_the_r12_draws_repeat_and_share_nothing_with_r9_to_r11f_or_each_other(real):
    story, events, flags = _assert_r12_apart(real, real.FNC1)
    assert len(story) == 8 and len(events) == 6 and len(flags) == 16
    real.eligible_by_headline.cache_clear()
    real.load.cache_clear()
    assert (real.r12_fnc_story_draw(), real.r12_fnc_events_draw(), real.r12f_fnc_story_draw()) == (story, events,
                                                                                                     flags)


def _r14_sizes(mod, monkeypatch):
    _r12_sizes(mod, monkeypatch)
    monkeypatch.setattr(mod, "R14_STORY", (241, 3))
    monkeypatch.setattr(mod, "R14_EVENTS", (243, 4))
    monkeypatch.setattr(mod, "R14_FLAGS", (245, 4))


def _assert_r14_apart(mod, root):
    """r14's story, events and flags draws share no headline, body or body copy with r9 to r12f nor with each other."""
    earlier = (mod.r9_used, mod.r10_used, mod.r10f_used, mod.r11_used, mod.r11f_used, mod.r12_used, mod.r12f_used)
    return _assert_draws_apart(mod, root, earlier, mod.r14_fnc_story_draw(root), mod.r14_fnc_events_draw(root),
                               mod.r14f_fnc_story_draw(root))


def test_r14_draws_of_a_tiny_set_repeat_and_leave_r9_to_r12f_and_each_other_apart(tmp_path, monkeypatch):
    mod = _fnc_draw()
    _r14_sizes(mod, monkeypatch)
    root = _tiny_fnc1(tmp_path, 120)
    story, events, flags = _assert_r14_apart(mod, root)
    assert len(story) == 3 and len(events) == 4 and len(flags) == 4
    assert (story, events, flags) == (mod.r14_fnc_story_draw(root), mod.r14_fnc_events_draw(root),
                                      mod.r14f_fnc_story_draw(root))
    files = mod.r14_story_draw(root, tmp_path / "runs")
    assert list(files) == ["fnc14:0", "fnc14:1", "fnc14:2"]
    assert all(p.parent == tmp_path / "runs" for v in files.values() for p in v)
    assert [int(p.stem.split("_")[1]) for p in mod.r14_events_draw(root, tmp_path / "runs")] == [b for _, b in events]
    flag_files = mod.r14f_story_draw(root, tmp_path / "runsf")
    assert list(flag_files) == ["fnc14f:0", "fnc14f:1", "fnc14f:2", "fnc14f:3"]
    assert [[int(p.stem.split("_")[1]) for p in v] for v in flag_files.values()] == list(flags.values())


def test_r14_pools_leave_out_r12f_then_r14_headlines_bodies_and_copies_of_their_bodies(tmp_path, monkeypatch):
    mod = _fnc_draw()
    bodies = {i: _words(160, f"x{i}_") for i in range(1, 8)}
    bodies[6] = bodies[1] + " with a different end"  # a near copy of the r12f body 1 under another id
    bodies[7] = bodies[2] + " with a different end"  # a near copy of the r14 body 2 under another id
    stances = [("Claim A", 1, "agree"), ("Claim B", 2, "agree"), ("Claim C", 3, "agree"), ("Claim C", 6, "agree"),
               ("Claim D", 4, "agree"), ("Claim D", 7, "agree"), ("Claim E", 5, "agree"), ("Claim E", 2, "agree")]
    root = _write(tmp_path / "fnc1", bodies, stances)
    monkeypatch.setattr(mod, "r12f_pool", mod.eligible_by_headline)  # r9 to r12 drew nothing here
    monkeypatch.setattr(mod, "r12f_fnc_story_draw", lambda _root: {"Claim A": [1]})
    # Claim A is r12f's; body 1 is r12f's and 6 repeats its text
    assert mod.r14_pool(root) == {"Claim B": [2], "Claim C": [3], "Claim D": [4, 7], "Claim E": [2, 5]}
    monkeypatch.setattr(mod, "r14_used", lambda _root: ({"Claim B"}, {2}))
    # Claim B is r14's; body 2 is r14's and 7 repeats its text
    assert mod.r14f_pool(root) == {"Claim C": [3], "Claim D": [4], "Claim E": [5]}


def test_the_r14_draws_repeat_and_share_nothing_with_r9_to_r12f_or_each_other(real):
    story, events, flags = _assert_r14_apart(real, real.FNC1)
    assert len(story) == 8 and len(events) == 6 and len(flags) == 13
    _clear_caches(real)
    assert (real.r14_fnc_story_draw(), real.r14_fnc_events_draw(), real.r14f_fnc_story_draw()) == (story, events,
                                                                                                     flags)


def _r15_sizes(mod, monkeypatch):
    _r14_sizes(mod, monkeypatch)
    monkeypatch.setattr(mod, "R15_STORY", (253, 3))
    monkeypatch.setattr(mod, "R15_EVENTS", (251, 4))


def _assert_r15_apart(mod, root):
    """r15's story and events draws share no headline, body or body copy with r9 to r14f nor with each other, and its
    stories have 2 bodies each."""
    earlier = (mod.r9_used, mod.r10_used, mod.r10f_used, mod.r11_used, mod.r11f_used, mod.r12_used, mod.r12f_used,
               mod.r14_used, mod.r14f_used)
    story, events, _ = _assert_draws_apart(mod, root, earlier, mod.r15_fnc_story_draw(root),
                                           mod.r15_fnc_events_draw(root), {}, docs=mod.R15_DOCS_PER_STORY)
    return story, events


def _assert_body_files(files, events_files, prefix, story, events):
    """The drawn bodies' `.txt` files: stories `<prefix>:0`.. in draw order holding their bodies, then the events."""
    assert list(files) == [f"{prefix}:{i}" for i in range(len(story))]
    assert [[int(p.stem.split("_")[1]) for p in v] for v in files.values()] == list(story.values())
    assert [int(p.stem.split("_")[1]) for p in events_files] == [b for _, b in events]


def test_r15_draws_of_a_tiny_set_repeat_and_leave_r9_to_r14f_and_each_other_apart(tmp_path, monkeypatch):
    mod = _fnc_draw()
    _r15_sizes(mod, monkeypatch)
    root = _tiny_fnc1(tmp_path, 150)
    story, events = _assert_r15_apart(mod, root)
    assert len(story) == 3 and len(events) == 4
    assert (story, events) == (mod.r15_fnc_story_draw(root), mod.r15_fnc_events_draw(root))
    _assert_body_files(mod.r15_story_draw(root, tmp_path / "runs"), mod.r15_events_draw(root, tmp_path / "runs"),
                       "fnc15", story, events)


def test_r15_pool_leaves_out_r14f_headlines_bodies_and_copies_of_their_bodies(tmp_path, monkeypatch):
    mod = _fnc_draw()
    bodies = {i: _words(160, f"x{i}_") for i in range(1, 7)}
    bodies[6] = bodies[1] + " with a different end"  # a near copy of the r14f body 1 under another id
    stances = [("Claim A", 1, "agree"), ("Claim B", 2, "agree"), ("Claim B", 6, "agree"), ("Claim C", 3, "agree"),
               ("Claim C", 1, "agree"), ("Claim D", 4, "agree"), ("Claim D", 5, "agree")]
    root = _write(tmp_path / "fnc1", bodies, stances)
    monkeypatch.setattr(mod, "r14f_pool", mod.eligible_by_headline)  # r9 to r14 drew nothing here
    monkeypatch.setattr(mod, "r14f_fnc_story_draw", lambda _root: {"Claim A": [1]})
    # Claim A is r14f's; body 1 is r14f's and 6 repeats its text
    assert mod.r15_pool(root) == {"Claim B": [2], "Claim C": [3], "Claim D": [4, 5]}
    # only Claim D has 2 bodies left: the one story a 1-story draw can take, both its bodies
    monkeypatch.setattr(mod, "R15_STORY", (253, 1))
    monkeypatch.setattr(mod, "R15_EVENTS", (251, 2))
    story = mod.r15_fnc_story_draw(root)
    assert list(story) == ["Claim D"] and sorted(story["Claim D"]) == [4, 5]
    assert sorted(mod.r15_fnc_events_draw(root)) == [("Claim B", 2), ("Claim C", 3)]


def test_the_r15_draws_repeat_and_share_nothing_with_r9_to_r14f_or_each_other(real):
    story, events = _assert_r15_apart(real, real.FNC1)
    assert len(story) == 6 and len(events) == 6
    _clear_caches(real)
    assert (real.r15_fnc_story_draw(), real.r15_fnc_events_draw()) == (story, events)


def _r16_sizes(mod, monkeypatch):
    _r15_sizes(mod, monkeypatch)
    monkeypatch.setattr(mod, "R16_STORY", (263, 3))
    monkeypatch.setattr(mod, "R16_EVENTS", (261, 4))


def _assert_long_draw_apart(mod, root, draw: str, earlier: tuple[str, ...]):
    """A draw of r16's form (``draw`` "r16", "r17" or "r18"): its story and events draws share no headline, body or body copy
    with the ``earlier`` draws nor with each other, its stories have `R<n>_DOCS_PER_STORY` bodies each, its events
    bodies `R<n>_LONG_WORDS` words or more, and no body is drawn twice."""
    big = draw.upper()
    story, events, _ = _assert_draws_apart(mod, root, tuple(getattr(mod, f"{e}_used") for e in earlier),
                                           getattr(mod, f"{draw}_fnc_story_draw")(root),
                                           getattr(mod, f"{draw}_fnc_events_draw")(root), {},
                                           docs=getattr(mod, f"{big}_DOCS_PER_STORY"))
    assert all(len(mod.load(root).bodies[b].split()) >= getattr(mod, f"{big}_LONG_WORDS") for _, b in events)
    assert len({b for _, b in events}) == len(events)  # a body shared by two headlines is drawn once
    return story, events


_BEFORE_R16 = ("r9", "r10", "r10f", "r11", "r11f", "r12", "r12f", "r14", "r14f", "r15")


def _assert_r16_apart(mod, root):
    return _assert_long_draw_apart(mod, root, "r16", _BEFORE_R16)


def test_r16_draws_of_a_tiny_set_repeat_and_leave_r9_to_r15_and_each_other_apart(tmp_path, monkeypatch):
    mod = _fnc_draw()
    _r16_sizes(mod, monkeypatch)
    monkeypatch.setattr(mod, "R16_LONG_WORDS", 160)  # the tiny set's bodies have 160 words
    root = _tiny_fnc1(tmp_path, 180)
    story, events = _assert_r16_apart(mod, root)
    assert len(story) == 3 and len(events) == 4
    assert (story, events) == (mod.r16_fnc_story_draw(root), mod.r16_fnc_events_draw(root))
    _assert_body_files(mod.r16_story_draw(root, tmp_path / "runs"), mod.r16_events_draw(root, tmp_path / "runs"),
                       "fnc16", story, events)


def test_r16_pool_leaves_out_r15_and_its_events_take_only_long_bodies(tmp_path, monkeypatch):
    mod = _fnc_draw()
    bodies = {i: _words(160, f"x{i}_") for i in range(1, 8)}
    bodies[6] = bodies[1] + " with a different end"  # a near copy of the r15 body 1 under another id
    bodies[3] = _words(300, "x3_")  # the only long bodies: 3 and 7
    bodies[7] = _words(250, "x7_")
    stances = [("Claim A", 1, "agree"), ("Claim B", 2, "agree"), ("Claim B", 6, "agree"), ("Claim C", 3, "agree"),
               ("Claim C", 1, "agree"), ("Claim D", 4, "agree"), ("Claim D", 5, "agree"), ("Claim E", 7, "agree")]
    root = _write(tmp_path / "fnc1", bodies, stances)
    monkeypatch.setattr(mod, "r15_pool", mod.eligible_by_headline)  # r9 to r14f drew nothing here
    monkeypatch.setattr(mod, "r15_used", lambda _root: ({"Claim A"}, {1}))
    # Claim A is r15's; body 1 is r15's and 6 repeats its text
    assert mod.r16_pool(root) == {"Claim B": [2], "Claim C": [3], "Claim D": [4, 5], "Claim E": [7]}
    # only Claim D has 2 bodies: the one story; the events take the long bodies only (3 and 7, not 2)
    monkeypatch.setattr(mod, "R16_STORY", (263, 1))
    monkeypatch.setattr(mod, "R16_EVENTS", (261, 2))
    story = mod.r16_fnc_story_draw(root)
    assert list(story) == ["Claim D"] and sorted(story["Claim D"]) == [4, 5]
    assert sorted(mod.r16_fnc_events_draw(root)) == [("Claim C", 3), ("Claim E", 7)]
    monkeypatch.setattr(mod, "R16_EVENTS", (261, 3))
    with pytest.raises(ValueError):  # 3 long-bodied headlines are not there: the draw fails, it does not fall back
        mod.r16_fnc_events_draw(root)


def test_the_r16_draws_repeat_and_share_nothing_with_r9_to_r15_or_each_other(real):
    story, events = _assert_r16_apart(real, real.FNC1)
    assert len(story) == 6 and len(events) == 8
    _clear_caches(real)
    assert (real.r16_fnc_story_draw(), real.r16_fnc_events_draw()) == (story, events)


def _r17_sizes(mod, monkeypatch):
    _r16_sizes(mod, monkeypatch)
    monkeypatch.setattr(mod, "R17_STORY", (1713, 3))
    monkeypatch.setattr(mod, "R17_EVENTS", (1711, 4))


def _assert_r17_apart(mod, root):
    return _assert_long_draw_apart(mod, root, "r17", (*_BEFORE_R16, "r16"))


def test_r17_draws_of_a_tiny_set_repeat_and_leave_r9_to_r16_and_each_other_apart(tmp_path, monkeypatch):
    mod = _fnc_draw()
    _r17_sizes(mod, monkeypatch)
    monkeypatch.setattr(mod, "R16_LONG_WORDS", 160)  # the tiny set's bodies have 160 words
    monkeypatch.setattr(mod, "R17_LONG_WORDS", 160)
    root = _tiny_fnc1(tmp_path, 210)
    story, events = _assert_r17_apart(mod, root)
    assert len(story) == 3 and len(events) == 4
    assert (story, events) == (mod.r17_fnc_story_draw(root), mod.r17_fnc_events_draw(root))
    _assert_body_files(mod.r17_story_draw(root, tmp_path / "runs"), mod.r17_events_draw(root, tmp_path / "runs"),
                       "fnc17", story, events)


def test_r17_pool_leaves_out_r16_and_its_events_take_distinct_long_bodies(tmp_path, monkeypatch):
    mod = _fnc_draw()
    bodies = {i: _words(160, f"x{i}_") for i in range(1, 8)}
    bodies[6] = bodies[1] + " with a different end"  # a near copy of the r16 body 1 under another id
    bodies[3] = _words(300, "x3_")  # the only long bodies: 3 and 7
    bodies[7] = _words(250, "x7_")
    stances = [("Claim A", 1, "agree"), ("Claim B", 2, "agree"), ("Claim B", 6, "agree"), ("Claim C", 3, "agree"),
               ("Claim C", 1, "agree"), ("Claim D", 4, "agree"), ("Claim D", 5, "agree"), ("Claim E", 7, "agree"),
               ("Claim F", 7, "discuss")]  # body 7 is Claim E's and Claim F's
    root = _write(tmp_path / "fnc1", bodies, stances)
    monkeypatch.setattr(mod, "r16_pool", mod.eligible_by_headline)  # r9 to r15 drew nothing here
    monkeypatch.setattr(mod, "r16_used", lambda _root: ({"Claim A"}, {1}))
    # Claim A is r16's; body 1 is r16's and 6 repeats its text
    assert mod.r17_pool(root) == {"Claim B": [2], "Claim C": [3], "Claim D": [4, 5], "Claim E": [7], "Claim F": [7]}
    # only Claim D has 2 bodies: the one story; the events take the long bodies only (3 and 7, not 2), each once
    monkeypatch.setattr(mod, "R17_STORY", (1713, 1))
    monkeypatch.setattr(mod, "R17_EVENTS", (1711, 2))
    story = mod.r17_fnc_story_draw(root)
    assert list(story) == ["Claim D"] and sorted(story["Claim D"]) == [4, 5]
    events = mod.r17_fnc_events_draw(root)
    assert sorted(b for _, b in events) == [3, 7]
    monkeypatch.setattr(mod, "R17_EVENTS", (1711, 3))
    with pytest.raises(ValueError):  # 3 long-bodied headlines but 2 distinct long bodies: no fall-back
        mod.r17_fnc_events_draw(root)


def test_the_r17_draws_repeat_and_share_nothing_with_r9_to_r16_or_each_other(real):
    story, events = _assert_r17_apart(real, real.FNC1)
    assert len(story) == 6 and len(events) == 8
    _clear_caches(real)
    assert (real.r17_fnc_story_draw(), real.r17_fnc_events_draw()) == (story, events)


def _r18_sizes(mod, monkeypatch):
    _r17_sizes(mod, monkeypatch)
    monkeypatch.setattr(mod, "R18_STORY", (1813, 3))
    monkeypatch.setattr(mod, "R18_EVENTS", (1811, 4))


def _assert_r18_apart(mod, root):
    story, events = _assert_long_draw_apart(mod, root, "r18", (*_BEFORE_R16, "r16", "r17"))
    data = mod.load(root)
    story_bodies = [b for v in story.values() for b in v]
    assert len({mod._prefix(data.bodies[b]) for b in story_bodies}) == len(story_bodies)  # no body twice in stories
    return story, events


def test_r18_draws_of_a_tiny_set_repeat_and_leave_r9_to_r17_and_each_other_apart(tmp_path, monkeypatch):
    mod = _fnc_draw()
    _r18_sizes(mod, monkeypatch)
    monkeypatch.setattr(mod, "R16_LONG_WORDS", 160)  # the tiny set's bodies have 160 words
    monkeypatch.setattr(mod, "R17_LONG_WORDS", 160)
    monkeypatch.setattr(mod, "R18_LONG_WORDS", 160)
    root = _tiny_fnc1(tmp_path, 240)
    story, events = _assert_r18_apart(mod, root)
    assert len(story) == 3 and len(events) == 4
    assert (story, events) == (mod.r18_fnc_story_draw(root), mod.r18_fnc_events_draw(root))
    _assert_body_files(mod.r18_story_draw(root, tmp_path / "runs"), mod.r18_events_draw(root, tmp_path / "runs"),
                       "fnc18", story, events)


def test_r18_pool_leaves_out_r17_and_its_stories_and_events_take_distinct_bodies(tmp_path, monkeypatch):
    mod = _fnc_draw()
    bodies = {i: _words(160, f"x{i}_") for i in range(1, 10)}
    bodies[6] = bodies[1] + " with a different end"  # a near copy of the r17 body 1 under another id
    bodies[3] = _words(300, "x3_")  # the only long bodies: 3 and 7
    bodies[7] = _words(250, "x7_")
    stances = [("Claim A", 1, "agree"), ("Claim B", 2, "agree"), ("Claim B", 6, "agree"), ("Claim C", 3, "agree"),
               ("Claim C", 1, "agree"), ("Claim D", 4, "agree"), ("Claim D", 5, "agree"), ("Claim E", 7, "agree"),
               ("Claim F", 7, "discuss"),  # body 7 is Claim E's and Claim F's
               ("Claim G", 4, "agree"), ("Claim G", 5, "discuss"),  # Claim G words Claim D's claim over its bodies
               ("Claim H", 8, "agree"), ("Claim H", 9, "agree")]
    root = _write(tmp_path / "fnc1", bodies, stances)
    monkeypatch.setattr(mod, "r17_pool", mod.eligible_by_headline)  # r9 to r16 drew nothing here
    monkeypatch.setattr(mod, "r17_used", lambda _root: ({"Claim A"}, {1}))
    # Claim A is r17's; body 1 is r17's and 6 repeats its text
    assert mod.r18_pool(root) == {"Claim B": [2], "Claim C": [3], "Claim D": [4, 5], "Claim E": [7], "Claim F": [7],
                                  "Claim G": [4, 5], "Claim H": [8, 9]}
    # Claims D, G and H have 2 bodies, but D and G share theirs: 2 distinct stories, the bodies 4/5 once
    monkeypatch.setattr(mod, "R18_STORY", (1813, 2))
    monkeypatch.setattr(mod, "R18_EVENTS", (1811, 2))
    story = mod.r18_fnc_story_draw(root)
    assert len(story) == 2 and "Claim H" in story and sorted(b for v in story.values() for b in v) == [4, 5, 8, 9]
    # the events take the long bodies only (3 and 7, not 2), each once
    assert sorted(b for _, b in mod.r18_fnc_events_draw(root)) == [3, 7]
    monkeypatch.setattr(mod, "R18_EVENTS", (1811, 3))
    with pytest.raises(ValueError):  # 3 long-bodied headlines but 2 distinct long bodies: no fall-back
        mod.r18_fnc_events_draw(root)
    monkeypatch.setattr(mod, "R18_STORY", (1813, 3))
    with pytest.raises(ValueError):  # 3 two-body headlines but 2 distinct pairs of bodies: no fall-back
        mod.r18_fnc_story_draw(root)


def test_the_r18_draws_repeat_and_share_nothing_with_r9_to_r17_or_each_other(real):
    story, events = _assert_r18_apart(real, real.FNC1)
    assert len(story) == 4 and len(events) == 8
    _clear_caches(real)
    assert (real.r18_fnc_story_draw(), real.r18_fnc_events_draw()) == (story, events)


_BEFORE_R19 = (*_BEFORE_R16, "r16", "r17", "r18")
_BEFORE_R20 = (*_BEFORE_R19, "r19")
_BEFORE_R21 = (*_BEFORE_R20, "r20")
_BEFORE_R22 = (*_BEFORE_R21, "r21")


def _assert_events_draw_apart(mod, root, n):
    """rn, an events draw only (r19 to r22): `Rn_EVENTS` distinct bodies of at least `Rn_LONG_WORDS` words, one per
    headline, sharing no headline, body or body copy with any draw before it (`_BEFORE_Rn`)."""
    before = {19: _BEFORE_R19, 20: _BEFORE_R20, 21: _BEFORE_R21, 22: _BEFORE_R22}[n]
    _, events, _ = _assert_draws_apart(mod, root, tuple(getattr(mod, f"{e}_used") for e in before), {},
                                       getattr(mod, f"r{n}_fnc_events_draw")(root), {})
    data = mod.load(root)
    assert all(len(data.bodies[b].split()) >= getattr(mod, f"R{n}_LONG_WORDS") for _, b in events)
    assert len({mod._prefix(data.bodies[b]) for _, b in events}) == len(events)  # no body (or copy) twice
    return events


# the events-only draws r19 to r22: their seeds, and the tiny set's headline count each was tested on
_EVENTS_ONLY_DRAWS = {19: (1911, 270), 20: (2011, 280), 21: (2111, 300), 22: (2213, 300)}


@pytest.mark.parametrize("n", sorted(_EVENTS_ONLY_DRAWS))
def test_events_only_draw_of_a_tiny_set_repeats_and_leaves_every_earlier_draw_apart(n, tmp_path, monkeypatch):
    mod = _fnc_draw()
    _r18_sizes(mod, monkeypatch)
    for k in range(19, n + 1):
        monkeypatch.setattr(mod, f"R{k}_EVENTS", (_EVENTS_ONLY_DRAWS[k][0], 4))
    for k in range(16, n + 1):
        monkeypatch.setattr(mod, f"R{k}_LONG_WORDS", 160)  # the tiny set's bodies have 160 words
    root = _tiny_fnc1(tmp_path, _EVENTS_ONLY_DRAWS[n][1])
    events = _assert_events_draw_apart(mod, root, n)
    assert len(events) == 4 and events == getattr(mod, f"r{n}_fnc_events_draw")(root)
    draw = getattr(mod, f"r{n}_events_draw")
    _assert_body_files({}, draw(root, tmp_path / "runs"), f"fnc{n}", {}, events)
    assert all(p.parent == tmp_path / "runs" for p in draw(root, tmp_path / "runs"))


def test_r19_pools_leave_out_r18_and_the_story_count_admits_disagree_bodies(tmp_path, monkeypatch):
    mod = _fnc_draw()
    bodies = {i: _words(160, f"x{i}_") for i in range(1, 12)}
    bodies[6] = bodies[1] + " with a different end"  # a near copy of the r18 body 1 under another id
    bodies[3] = _words(300, "x3_")  # the only long bodies: 3 and 7
    bodies[7] = _words(250, "x7_")
    stances = [("Claim A", 1, "agree"), ("Claim B", 2, "agree"), ("Claim B", 6, "agree"), ("Claim C", 3, "agree"),
               ("Claim C", 1, "agree"), ("Claim D", 4, "agree"), ("Claim D", 5, "disagree"), ("Claim E", 7, "agree"),
               ("Claim F", 7, "discuss"),  # body 7 is Claim E's and Claim F's
               ("Claim G", 4, "disagree"), ("Claim G", 5, "agree"),  # Claim G words Claim D's claim, stances swapped
               ("Claim H", 8, "agree"), ("Claim H", 9, "disagree"), ("Claim I", 10, "unrelated"),
               ("Claim I", 11, "disagree")]
    root = _write(tmp_path / "fnc1", bodies, stances)
    monkeypatch.setattr(mod, "r18_pool", mod.eligible_by_headline)  # r9 to r17 drew nothing here
    monkeypatch.setattr(mod, "r18_used", lambda _root: ({"Claim A"}, {1}))
    monkeypatch.setattr(mod, "_used_r9_to_r18", lambda _root: ({"Claim A"}, {1}))
    # Claim A is r18's; body 1 is r18's and 6 repeats its text; disagree bodies count for no events draw
    assert mod.r19_pool(root) == {"Claim B": [2], "Claim C": [3], "Claim D": [4], "Claim E": [7], "Claim F": [7],
                                  "Claim G": [5], "Claim H": [8]}
    # with disagree bodies: Claims D, G and H have 2 bodies, but D and G share theirs: 2 distinct stories
    story = mod.r19_story_pool(root)
    assert story == {"Claim B": [2], "Claim C": [3], "Claim D": [4, 5], "Claim E": [7], "Claim F": [7],
                     "Claim G": [4, 5], "Claim H": [8, 9], "Claim I": [11]}
    assert mod._distinct_pairs(story, mod.R19_DOCS_PER_STORY, root) == 2
    counts = mod.count_r19(root)
    assert (counts["headlines_with_2_eligible"], counts["with_disagree_headlines_with_2_eligible"],
            counts["with_disagree_distinct_2_body_sets"]) == (0, 3, 2)
    # the events take the long agree/discuss bodies only (3 and 7, not 2), each once
    monkeypatch.setattr(mod, "R19_EVENTS", (1911, 2))
    assert sorted(b for _, b in mod.r19_fnc_events_draw(root)) == [3, 7]
    monkeypatch.setattr(mod, "R19_EVENTS", (1911, 3))
    with pytest.raises(ValueError):  # 3 long-bodied headlines but 2 distinct long bodies: no fall-back
        mod.r19_fnc_events_draw(root)


def test_the_r19_draw_repeats_shares_nothing_with_r9_to_r18_and_keeps_its_counts(real):
    events = _assert_events_draw_apart(real, real.FNC1, 19)
    assert len(events) == 8
    # the counts the rule was fixed from (module docstring): no agree/discuss pair left, 3 distinct stories with
    # disagree bodies admitted (under the floor of 4: no story draw)
    counts = real.count_r19()
    assert {k: counts[k] for k in ("r18_headlines", "r18_bodies", "headlines_with_1_eligible",
                                   "headlines_with_2_eligible", "eligible_bodies", "long_headlines_with_1_eligible",
                                   "long_eligible_bodies", "with_disagree_headlines_with_1_eligible",
                                   "with_disagree_headlines_with_2_eligible", "with_disagree_headlines_with_3_eligible",
                                   "with_disagree_eligible_bodies", "with_disagree_distinct_2_body_sets")} == {
        "r18_headlines": 12, "r18_bodies": 16, "headlines_with_1_eligible": 77, "headlines_with_2_eligible": 0,
        "eligible_bodies": 41, "long_headlines_with_1_eligible": 50, "long_eligible_bodies": 29,
        "with_disagree_headlines_with_1_eligible": 92, "with_disagree_headlines_with_2_eligible": 4,
        "with_disagree_headlines_with_3_eligible": 0, "with_disagree_eligible_bodies": 43,
        "with_disagree_distinct_2_body_sets": 3}
    _clear_caches(real)
    assert real.r19_fnc_events_draw() == events


def _pools_after(mod, tmp_path, monkeypatch, n):
    """Round n's pools on a small invented set where round n-1 drew Claim A with body 1 (and nothing earlier):
    the pool, the story pool with `disagree` bodies admitted and the counts, checked; returns (root, counts)."""
    bodies = {i: _words(160, f"x{i}_") for i in range(1, 12)}
    bodies[6] = bodies[1] + " with a different end"  # a near copy of the previous draw's body 1 under another id
    bodies[3] = _words(300, "x3_")  # the only long bodies: 3 and 7
    bodies[7] = _words(250, "x7_")
    stances = [("Claim A", 1, "agree"), ("Claim B", 2, "agree"), ("Claim B", 6, "agree"), ("Claim C", 3, "agree"),
               ("Claim C", 1, "disagree"), ("Claim D", 4, "agree"), ("Claim D", 5, "disagree"), ("Claim E", 7, "agree"),
               ("Claim F", 7, "discuss"),  # body 7 is Claim E's and Claim F's
               ("Claim G", 4, "disagree"), ("Claim G", 5, "agree"),  # Claim G words Claim D's claim, stances swapped
               ("Claim H", 8, "agree"), ("Claim H", 9, "disagree"), ("Claim I", 10, "unrelated"),
               ("Claim I", 11, "disagree")]
    root = _write(tmp_path / "fnc1", bodies, stances)
    monkeypatch.setattr(mod, f"r{n - 1}_pool", mod.eligible_by_headline)  # r9 to r(n-2) drew nothing here
    monkeypatch.setattr(mod, f"r{n - 1}_used", lambda _root: ({"Claim A"}, {1}))
    monkeypatch.setattr(mod, f"_used_r9_to_r{n - 2}", lambda _root: (set(), set()))
    # Claim A is r(n-1)'s; body 1 is r(n-1)'s and 6 repeats its text (so Claim C's disagree body 1 is out of the
    # story count too); disagree bodies count for no events draw
    assert getattr(mod, f"r{n}_pool")(root) == {"Claim B": [2], "Claim C": [3], "Claim D": [4], "Claim E": [7],
                                               "Claim F": [7], "Claim G": [5], "Claim H": [8]}
    # with disagree bodies: Claims D, G and H have 2 bodies, but D and G share theirs: 2 distinct stories
    assert getattr(mod, f"r{n}_story_pool")(root) == {"Claim B": [2], "Claim C": [3], "Claim D": [4, 5],
                                                     "Claim E": [7], "Claim F": [7], "Claim G": [4, 5],
                                                     "Claim H": [8, 9], "Claim I": [11]}
    counts = getattr(mod, f"count_r{n}")(root)
    assert (counts[f"r{n - 1}_headlines"], counts[f"r{n - 1}_bodies"], counts["headlines_with_2_eligible"],
            counts["with_disagree_headlines_with_2_eligible"], counts["with_disagree_distinct_2_body_sets"]) == (
        1, 1, 0, 3, 2)
    return root, counts


def test_r20_pools_leave_out_r19_and_the_story_count_admits_disagree_bodies(tmp_path, monkeypatch):
    mod = _fnc_draw()
    root, counts = _pools_after(mod, tmp_path, monkeypatch, 20)
    # the events take the long agree/discuss bodies only (3 and 7, not 2), each once
    monkeypatch.setattr(mod, "R20_EVENTS", (2011, 2))
    assert sorted(b for _, b in mod.r20_fnc_events_draw(root)) == [3, 7]
    monkeypatch.setattr(mod, "R20_EVENTS", (2011, 3))
    with pytest.raises(ValueError):  # 3 long-bodied headlines but 2 distinct long bodies: no fall-back
        mod.r20_fnc_events_draw(root)


def test_the_r20_draw_repeats_shares_nothing_with_r9_to_r19_and_keeps_its_counts(real):
    events = _assert_events_draw_apart(real, real.FNC1, 20)
    assert len(events) == 8
    # the counts the rule was fixed from (module docstring): no agree/discuss pair left, 2 distinct stories with
    # disagree bodies admitted (under the floor of 4: no story draw), 21 long bodies (8 can be drawn)
    counts = real.count_r20()
    assert {k: counts[k] for k in ("r19_headlines", "r19_bodies", "headlines_with_1_eligible",
                                   "headlines_with_2_eligible", "eligible_bodies", "long_headlines_with_1_eligible",
                                   "long_eligible_bodies", "with_disagree_headlines_with_1_eligible",
                                   "with_disagree_headlines_with_2_eligible", "with_disagree_headlines_with_3_eligible",
                                   "with_disagree_eligible_bodies", "with_disagree_distinct_2_body_sets")} == {
        "r19_headlines": 8, "r19_bodies": 8, "headlines_with_1_eligible": 55, "headlines_with_2_eligible": 0,
        "eligible_bodies": 33, "long_headlines_with_1_eligible": 28, "long_eligible_bodies": 21,
        "with_disagree_headlines_with_1_eligible": 66, "with_disagree_headlines_with_2_eligible": 2,
        "with_disagree_headlines_with_3_eligible": 0, "with_disagree_eligible_bodies": 35,
        "with_disagree_distinct_2_body_sets": 2}
    _clear_caches(real)
    assert real.r20_fnc_events_draw() == events


def test_r21_pools_leave_out_r20_and_the_story_count_admits_disagree_bodies(tmp_path, monkeypatch):
    mod = _fnc_draw()
    root, counts = _pools_after(mod, tmp_path, monkeypatch, 21)
    # the events take the long agree/discuss bodies only (3 and 7, not 2), each once
    monkeypatch.setattr(mod, "R21_EVENTS", (2111, 2))
    assert sorted(b for _, b in mod.r21_fnc_events_draw(root)) == [3, 7]
    monkeypatch.setattr(mod, "R21_EVENTS", (2111, 3))
    with pytest.raises(ValueError):  # 3 long-bodied headlines but 2 distinct long bodies: no fall-back
        mod.r21_fnc_events_draw(root)


def test_the_r21_draw_repeats_shares_nothing_with_r9_to_r20_and_keeps_its_counts(real):
    events = _assert_events_draw_apart(real, real.FNC1, 21)
    assert len(events) == 8
    # the counts the rule was fixed from (module docstring): no agree/discuss pair left, 1 distinct story with
    # disagree bodies admitted (under the floor of 4: no story draw), 13 long bodies (8 can be drawn)
    counts = real.count_r21()
    assert {k: counts[k] for k in ("r20_headlines", "r20_bodies", "headlines_with_1_eligible",
                                   "headlines_with_2_eligible", "eligible_bodies", "long_headlines_with_1_eligible",
                                   "long_eligible_bodies", "with_disagree_headlines_with_1_eligible",
                                   "with_disagree_headlines_with_2_eligible", "with_disagree_headlines_with_3_eligible",
                                   "with_disagree_eligible_bodies", "with_disagree_distinct_2_body_sets")} == {
        "r20_headlines": 8, "r20_bodies": 8, "headlines_with_1_eligible": 42, "headlines_with_2_eligible": 0,
        "eligible_bodies": 25, "long_headlines_with_1_eligible": 15, "long_eligible_bodies": 13,
        "with_disagree_headlines_with_1_eligible": 51, "with_disagree_headlines_with_2_eligible": 1,
        "with_disagree_headlines_with_3_eligible": 0, "with_disagree_eligible_bodies": 27,
        "with_disagree_distinct_2_body_sets": 1}
    _clear_caches(real)
    assert real.r21_fnc_events_draw() == events


def test_r22_pools_leave_out_r21_and_the_draw_takes_every_long_body_left(tmp_path, monkeypatch):
    mod = _fnc_draw()
    root, counts = _pools_after(mod, tmp_path, monkeypatch, 22)
    # 3 long-bodied headlines but 2 distinct long bodies (7 is two headlines'): the most a draw can take
    assert (counts["long_headlines_with_1_eligible"], counts["long_eligible_bodies"],
            counts["long_distinct_bodies"]) == (3, 2, 2)
    # the events take every long agree/discuss body left (3 and 7, not 2), each once
    monkeypatch.setattr(mod, "R22_EVENTS", (2213, counts["long_distinct_bodies"]))
    assert sorted(b for _, b in mod.r22_fnc_events_draw(root)) == [3, 7]
    monkeypatch.setattr(mod, "R22_EVENTS", (2213, 3))
    with pytest.raises(ValueError):  # no third distinct long body: no fall-back
        mod.r22_fnc_events_draw(root)


def test_the_r22_draw_repeats_shares_nothing_with_r9_to_r21_and_takes_every_long_body_left(real):
    events = _assert_events_draw_apart(real, real.FNC1, 22)
    assert len(events) == 5
    # the counts the rule was fixed from (module docstring): no agree/discuss pair left, no distinct story with
    # disagree bodies admitted (no story draw), 5 long bodies of 5 distinct texts (all 5 drawn)
    counts = real.count_r22()
    assert {k: counts[k] for k in ("r21_headlines", "r21_bodies", "headlines_with_1_eligible",
                                   "headlines_with_2_eligible", "eligible_bodies", "long_headlines_with_1_eligible",
                                   "long_eligible_bodies", "long_distinct_bodies",
                                   "with_disagree_headlines_with_1_eligible",
                                   "with_disagree_headlines_with_2_eligible", "with_disagree_headlines_with_3_eligible",
                                   "with_disagree_eligible_bodies", "with_disagree_distinct_2_body_sets")} == {
        "r21_headlines": 8, "r21_bodies": 8, "headlines_with_1_eligible": 32, "headlines_with_2_eligible": 0,
        "eligible_bodies": 17, "long_headlines_with_1_eligible": 5, "long_eligible_bodies": 5,
        "long_distinct_bodies": 5, "with_disagree_headlines_with_1_eligible": 38,
        "with_disagree_headlines_with_2_eligible": 0, "with_disagree_headlines_with_3_eligible": 0,
        "with_disagree_eligible_bodies": 18, "with_disagree_distinct_2_body_sets": 0}
    assert real.R22_EVENTS[1] == counts["long_distinct_bodies"]
    long_pool = real._long(real.r22_pool(), real.FNC1, real.R22_LONG_WORDS)
    assert sorted(b for _, b in events) == sorted({b for v in long_pool.values() for b in v})  # every one left
    _clear_caches(real)
    assert real.r22_fnc_events_draw() == events
