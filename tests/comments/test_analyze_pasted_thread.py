"""What a user gets for an article with its comment section pasted as the site shows it (interface lines,
indented replies): ``newsprism analyze`` writes schema-valid JSON with the reply tree, each comment's stance and
civility and the thread's arguments, and ``newsprism report`` shows the same in the HTML report. The story, the
outlet, the people and the comments are all invented here."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest
from typer.testing import CliRunner

from newsprism import schema
from newsprism.cli.app import app

pytestmark = pytest.mark.slow
runner = CliRunner()

ARTICLE = """\
Council Approves Night Bus Line to Harbour District
Orlin Bay, Maravia – The Orlin Bay city council approved a night bus line between the old town and the harbour district on March 4, 2026.
The line will run every 20 minutes from midnight to five in the morning and costs the city 1.4 million a year.
Councillor Ana Vrell said night-shift workers at the port had asked for the service for years.
Comments (6)
Sort by: Newest
Teodor Maas
2 hours ago
Great news for everyone who works nights at the port. I fully support this line.
Reply · 12 · Like
    Hella Brandt
    1 hour ago
    Agreed, my brother walks home from the docks at 3am. This is long overdue.
    Reply · 3
Juno Pell
3 hours ago
1.4 million a year for empty buses at four in the morning is a waste of our taxes.
Reply · 9 · Like
    Rafe Ostrow
    2 hours ago
    Exactly, a terrible decision by the council. They should reverse it.
    Reply
    Kit Lander
    2 hours ago
    Rafe Ostrow you are a brainless idiot, shut up.
    Reply
Mina Solberg
5 hours ago
Does anyone know where the harbour stop will be?
Reply
Load more replies
"""

AUTHORS = ["Teodor Maas", "Hella Brandt", "Juno Pell", "Rafe Ostrow", "Kit Lander", "Mina Solberg"]
# Kit Lander's reply sits beside Rafe Ostrow's but opens with his name: it answers him.
PARENTS = [None, 0, None, 2, 3, None]
DEPTHS = [0, 1, 0, 1, 2, 0]
TIMES = ["2 hours ago", "1 hour ago", "3 hours ago", "2 hours ago", "2 hours ago", "5 hours ago"]
INTERFACE = ("Reply", "Like", "Load more", "Sort by", "hours ago")


@pytest.fixture(scope="module")
def analyzed(tmp_path_factory):
    d = tmp_path_factory.mktemp("nightbus")
    src = d / "nightbus.txt"
    src.write_text(ARTICLE, "utf-8")
    out = d / "out.json"
    res = runner.invoke(app, ["analyze", str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text("utf-8"))
    html = d / "report.html"
    res = runner.invoke(app, ["report", str(out), "-o", str(html)])
    assert res.exit_code == 0, res.output
    return data, html.read_text("utf-8")


def test_json_is_schema_valid_with_the_reply_tree(analyzed):
    data, _ = analyzed
    schema.validate(data)
    (doc,) = data["documents"]
    comments = doc["comments"]
    assert [c["author"] for c in comments] == AUTHORS
    assert [c["parent"] for c in comments] == PARENTS
    assert [c["depth"] for c in comments] == DEPTHS
    assert [c["posted"] for c in comments] == TIMES
    for c in comments:
        text = doc["text"][c["start"] : c["end"]]
        assert text == c["text"] and not any(x in text for x in INTERFACE), text


def test_stance_and_civility_per_comment(analyzed):
    data, _ = analyzed
    c = data["documents"][0]["comments"]
    assert c[0]["stance"] == "favor" and c[1]["stance"] == "favor"
    assert c[2]["stance"] == "against" and c[3]["stance"] == "against"
    assert c[5]["stance"] == "neutral"  # a plain question
    assert c[4]["toxic"] and not any(c[i]["toxic"] for i in (0, 1, 2, 3, 5))  # the insult, not the criticism
    civ = data["documents"][0]["thread"]["civility"]
    assert civ["toxic_count"] == 1 and [t["comment"] for t in civ["toxic_comments"]] == [4]


def test_arguments_are_quoted_comment_sentences(analyzed):
    data, _ = analyzed
    doc = data["documents"][0]
    args = doc["thread"]["arguments"]
    assert {"favor", "against"} <= {a["stance"] for a in args}
    for a in args:
        span = a["label_span"]
        assert doc["text"][span["start"] : span["end"]] == a["label"] == span["text"]
        assert a["label_author"] == doc["comments"][span["comment"]]["author"]
        assert span["comment"] in a["comments"] and a["size"] == len(a["comments"])
        assert all(doc["comments"][i]["stance"] == a["stance"] for i in a["comments"])


def test_html_report_shows_tree_stance_civility_and_arguments(analyzed):
    data, html = analyzed
    text = unescape(re.sub(r"<[^>]+>", " ", html))
    text = re.sub(r"\s+", " ", text)
    for name in AUTHORS:
        assert name in text
    # Replies are indented and point to the comment they answer.
    assert "reply to #1 (Teodor Maas)" in text and "reply to #3 (Juno Pell)" in text
    assert "reply to #4 (Rafe Ostrow)" in text
    assert len(re.findall(r'class="comment d1', html)) == 2 and len(re.findall(r'class="comment d2', html)) == 1
    assert "toxic_count 1" in text and "toxic" in text
    for a in data["documents"][0]["thread"]["arguments"]:
        assert a["label"] in text and a["label_author"] in text
    assert "Reply · 12" not in text and "Load more replies" not in text
