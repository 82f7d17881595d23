import csv

import pytest

from newsprism.cli.export import stance_cli  # noqa: F401 - the command module imports cleanly
from newsprism.comments.stance_export import export_stance
from newsprism.errors import IngestError


@pytest.mark.slow
def test_export_reads_latin1_and_writes_semeval_labels(tmp_path):
    src = tmp_path / "in.csv"
    rows = [["Tweet", "Target", "Stance"],
            ["Le café du sommet était excellent, bravo aux négociateurs!", "trade summit", "FAVOR"],
            ["This summit is a disgrace and a waste of money.", "trade summit", "AGAINST"],
            ["The weather in Velmora was mild today.", "trade summit", "NONE"]]
    with open(src, "w", encoding="latin-1", newline="") as fh:
        csv.writer(fh).writerows(rows)
    out = tmp_path / "pred.csv"
    assert export_stance(src, out) == 3
    with open(out, encoding="utf-8", newline="") as fh:
        got = list(csv.DictReader(fh))
    assert [r["Tweet"] for r in got] == [r[0] for r in rows[1:]]
    assert all(r["Stance"] in {"FAVOR", "AGAINST", "NONE"} for r in got)
    assert got[1]["Stance"] == "AGAINST"


def test_export_missing_column_is_an_input_error(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("Text,Target\nhello,world\n", encoding="utf-8")
    with pytest.raises(IngestError, match="Tweet"):
        export_stance(src, tmp_path / "out.csv")
