"""A language the models do not cover: detected, said so in every output, only the language-independent layers
run (layout, dates, figures, comments' structure), and no English-only layer says anything about it."""

from __future__ import annotations

import json

import pytest

from newsprism.ingest import from_text
from newsprism.ingest.language import detect

# Our own short article (invented places and people), in Russian, with two reader comments.
RUSSIAN = """Маравия и Кестория подписали двенадцать соглашений
Порт-Велл, 3 марта 2026 года – Президент Кестории Томас Варкель завершил двухдневный визит в Маравию. Стороны подписали 12 соглашений о рыболовстве, таможне и энергетике.
Объём сделок оценивают в 4,5 млрд €, а товарооборот вырос на 7,5 %. Варкеля сопровождала делегация из 40 предпринимателей. В четверг канцлер Инес Дорров назвала визит историческим.
Следующая встреча лидеров состоится в июне 2026 года, сообщила пресс-служба.
2 Comments
морской_волк
Хорошие новости для рыбаков.
Анна
Посмотрим, что будет с таможней.
"""


def test_language_is_detected_and_unsupported_text_is_marked_at_ingest():
    doc = from_text(RUSSIAN, "ru.txt")
    assert (doc.language, doc.language_supported) == ("ru", False)
    assert [n.kind for n in doc.notes] == ["unsupported"] and "Russian" in doc.notes[0].message
    assert [c.author for c in doc.comments] == ["морской_волк", "Анна"]  # comments' structure is kept
    english = from_text("Bridge Opens\nThe new bridge over the Tessa river opened to traffic on Monday.\n", "en.txt")
    assert (english.language, english.language_supported, english.notes) == ("en", True, [])
    assert detect("Bridge opens").supported  # too short to tell, Latin script: not refused


@pytest.mark.slow
def test_a_russian_article_gets_a_language_note_and_no_english_only_output(tmp_path):
    from typer.testing import CliRunner

    from newsprism.cli.app import app

    src = tmp_path / "ru.txt"
    src.write_text(RUSSIAN, encoding="utf-8")
    out = tmp_path / "ru.json"
    res = CliRunner().invoke(app, ["analyze", str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    (doc,) = json.loads(out.read_text("utf-8"))["documents"]
    assert doc["language"] == "ru" and doc["language_supported"] is False
    for layer in ("entities", "actors", "events", "techniques", "frames", "sentences"):
        assert doc[layer] == [], layer
    # figures need no grammar: money with a currency sign and a percentage, read with Russian number rules;
    # the counts ("12 соглашений", "40 предпринимателей") need words, so they are left out
    figures = {(c["kind"], c["quantity"]["value"], c["quantity"]["unit"]) for c in doc["claims"]}
    assert figures == {("quantity", 4.5e9, "EUR"), ("percentage", 7.5, None)}
    for c in doc["claims"]:
        assert doc["text"][c["evidence"]["start"]:c["evidence"]["end"]] == c["evidence"]["text"]
        assert doc["text"][c["start"]:c["end"]] == c["text"] and c["evidence"]["text"] in c["text"]
    assert doc["genre"] is None and doc["technique_summary"] is None
    assert all(c["stance"] is None and c["toxicity"] is None for c in doc["comments"])
    kinds = {n["kind"]: n["message"] for n in doc["notes"]}
    assert "Russian" in kinds["unsupported"] and "entities" in kinds["skipped"]
    # the language-independent dates layer ran, anchored only where the text says so
    by_text = {d["text"]: d["iso"] for d in doc["dates"]}
    assert by_text.get("3 марта 2026 года") == "2026-03-03"
    md = CliRunner().invoke(app, ["analyze", str(src), "--format", "md"])
    assert md.exit_code == 0 and "which newsprism's models do not cover" in md.output
    html = tmp_path / "ru.html"
    assert CliRunner().invoke(app, ["report", str(out), "-o", str(html)]).exit_code == 0
    assert "which newsprism&#39;s models do not cover" in html.read_text("utf-8")
