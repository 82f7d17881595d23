"""`newsprism export semeval` on invented articles: row formats, line numbering, non-overlapping SI spans."""

from pathlib import Path

import pytest

ARTICLES = {
    "101": "Harbour tax sparks anger in Port Elsin\n\nThe council voted on Tuesday to raise the harbour tax.\n\n"
           "Critics called the plan a \"sham\" and a disgraceful cash grab by corrupt officials.\n"
           "This shameless, reckless council will destroy every family business in town!\n",
    "102": "Ferry timetable changes\n\nThe ferry to Vessa will leave at 9:15 from March.\n\n\n"
           "The operator said the change follows a survey of passengers.\n",
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("arts")
    for k, v in ARTICLES.items():
        (d / f"article{k}.txt").write_text(v, encoding="utf-8")
    (d / "notes.txt").write_text("not an article")
    return d


def _rows(p: Path) -> list[list[str]]:
    return [r.split("\t") for r in p.read_text(encoding="utf-8").splitlines()]


@pytest.mark.slow
def test_st3_one_row_per_nonempty_line(folder, tmp_path):
    from newsprism.cli.export import export_semeval
    from newsprism.techniques.model import labels

    out = tmp_path / "st3.txt"
    export_semeval("st3", folder, out)
    rows = _rows(out)
    got = {(r[0], int(r[1])) for r in rows}
    want = {(k, i + 1) for k, v in ARTICLES.items() for i, line in enumerate(v.split("\n")) if line.strip()}
    assert got == want and len(rows) == len(want)
    names = set(labels()["techniques"])
    assert all(len(r) == 3 and (not r[2] or set(r[2].split(",")) <= names) for r in rows)


@pytest.mark.slow
def test_si_spans_valid_and_disjoint(folder, tmp_path):
    from newsprism.cli.export import export_semeval

    out = tmp_path / "si.txt"
    export_semeval("si", folder, out)
    by_art: dict[str, list[tuple[int, int]]] = {}
    for art, s, e in _rows(out):
        assert art in ARTICLES
        by_art.setdefault(art, []).append((int(s), int(e)))
    for art, spans in by_art.items():
        spans.sort()
        assert all(0 <= s < e <= len(ARTICLES[art]) for s, e in spans)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


@pytest.mark.slow
def test_st1_st2_one_row_per_article(folder, tmp_path):
    from newsprism.cli.export import export_semeval
    from newsprism.techniques.model import labels

    lab = labels()
    for task in ("st1", "st2"):
        out = tmp_path / f"{task}.txt"
        export_semeval(task, folder, out)
        rows = _rows(out)
        assert sorted(r[0] for r in rows) == sorted(ARTICLES)
        for r in rows:
            allowed = lab["genres"] if task == "st1" else lab["frames"]
            assert r[1] and set(r[1].split(",")) <= set(allowed)


def test_unknown_task_and_empty_folder_are_errors(tmp_path):
    from newsprism.cli.export import export_semeval
    from newsprism.errors import NewsprismError

    with pytest.raises(NewsprismError):
        export_semeval("st9", tmp_path, tmp_path / "x.txt")
    with pytest.raises(NewsprismError):
        export_semeval("si", tmp_path, tmp_path / "x.txt")
