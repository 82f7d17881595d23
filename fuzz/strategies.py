"""Hypothesis strategies for hostile newsprism inputs, shared by ``tests/reliability/`` and ``fuzz/``.

Text is drawn from an alphabet that mixes ordinary letters with the characters that break naive text code:
zero-width and bidi controls, combining marks, Unicode line separators, astral characters, CR/LF variants.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

HOSTILE_CHARS = (
    "\u200b\u200c\u200d\u2060\ufeff"  # zero-width
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"  # bidi controls
    "\u0301\u0308\u0327\u20dd\u0489\u1ab0"  # combining marks
    "\u00a0\u2028\u2029\u0085\x0b\x0c\r\t"  # odd spaces and line separators
    "\U0001f600\U0001f1fa\U0001f1e6\U00010348\u4e2d\u0627\u05d0\ufffd"  # astral, CJK, RTL, replacement
    "<>&\"'`;:{}[]\\/"
)
WORDS = ["President", "Tomas", "Varkel", "visited", "Port", "Vell", "on", "March", "3,", "2026.", "The", "council",
         "said", "12", "accords", "more", "than", "40", "several", "dozen", "Maravia", "–", "—", "-", "Comments",
         "By", "Published", "yesterday", "last", "Tuesday", "1990s", "2026-2028", "reply", "comment"]

# Lone surrogates (category Cs) cannot come from UTF-8 bytes but do come from "\ud800" JSON escapes and from
# callers' Python strings; tests encode with "surrogatepass" to keep them.
hostile_text = st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(HOSTILE_CHARS)
                       | st.characters(categories=["Cs"]), max_size=80)
ENC = ("utf-8", "surrogatepass")
word = st.sampled_from(WORDS) | hostile_text.filter(lambda s: len(s) < 20)
line = st.lists(word, min_size=1, max_size=25).map(" ".join)
newline = st.sampled_from(["\n", "\r\n", "\r", "\n\n", " \n\t", "\n\u2028", "\n\u200b\n"])
meta_line = st.sampled_from(["Published", "Updated", "- 3 min read", "By Jane Roe", "Share", "Photo: x"])
author = st.sampled_from(["anna_k", "Bob", "x", "\u202eevil", "Dr. Who", "<b>me</b>", "12"]) | hostile_text


@st.composite
def articles(draw: st.DrawFn) -> str:
    """A plain-text article in the copy-paste layout, often with an "N Comments" section."""
    parts = [draw(line)]
    parts += draw(st.lists(meta_line | line, max_size=3))
    parts += draw(st.lists(line, max_size=6))
    if draw(st.booleans()):
        pairs = draw(st.lists(st.tuples(author, line), max_size=8))
        declared = draw(st.sampled_from([len(pairs), len(pairs) + 1, 0, 10**6]))
        parts.append(f"{declared:,} {draw(st.sampled_from(['Comments', 'comments', 'Replies', 'responses']))}")
        for a, c in pairs:
            parts += [a, c] + draw(st.lists(line, max_size=1))
    seps = draw(st.lists(newline, min_size=len(parts), max_size=len(parts)))
    return "".join(p + s for p, s in zip(parts, seps, strict=True))


TAGS = ["div", "p", "span", "article", "section", "h1", "h2", "a", "b", "script", "style", "table", "td", "ul",
        "li", "time", "br", "img", "iframe", "svg", "math", "template", "noscript", "textarea", "main", "header"]
CLASSES = ["comment", "comments", "reply", "comment-author", "comment-body", "author", "content", "text",
           "user-name", "message", "fn", "article-body", ""]
ENTITIES = ["&amp;", "&lt;", "&#0;", "&#x110000;", "&#xD800;", "&nbsp;", "&lol;", "&#128512;", "&", "<!--", "-->",
            "]]>", "<![CDATA[x]]>"]


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    def render(tag: str, cls: str, kids: list[str], close: bool) -> str:
        attr = f' class="{cls}"' if cls else ""
        return f"<{tag}{attr}>{''.join(kids)}" + (f"</{tag}>" if close else "")

    return st.builds(render, st.sampled_from(TAGS), st.sampled_from(CLASSES), st.lists(children, max_size=5),
                     st.booleans() | st.just(True))


html_node = st.recursive(line | st.sampled_from(ENTITIES), _element, max_leaves=40)


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    head = draw(st.sampled_from(["", "<!doctype html>", '<?xml version="1.0"?>',
                                 '<!DOCTYPE html [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>']))
    title = draw(st.none() | line)
    body = "".join(draw(st.lists(html_node, min_size=1, max_size=6)))
    article = "".join(f"<p>{draw(line)}</p>" for _ in range(draw(st.integers(0, 4))))
    t = f"<title>{title}</title>" if title is not None else ""
    return f"{head}<html><head>{t}</head><body><article>{article}</article>{body}</body></html>"


json_scalar = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | hostile_text
json_value = st.recursive(json_scalar, lambda c: st.lists(c, max_size=4) | st.dictionaries(hostile_text, c,
                                                                                           max_size=4),
                          max_leaves=15)


@st.composite
def records(draw: st.DrawFn) -> Any:
    """Mostly record-shaped JSON objects with wrongly typed fields; sometimes any JSON value."""
    if draw(st.integers(0, 9)) == 0:
        return draw(json_value)
    rec: dict[str, Any] = {}
    for key in ("id", "url", "outlet", "title", "published", "author", "place"):
        if draw(st.booleans()):
            rec[key] = draw(line | json_value)
    rec["text"] = draw(articles() | line | json_value)
    if draw(st.booleans()):
        comment = st.fixed_dictionaries({"author": author | json_value, "text": line | json_value,
                                         "posted": st.none() | line | json_value})
        rec["comments"] = draw(st.lists(comment | json_value, max_size=6) | json_value)
    if draw(st.booleans()):
        rec[draw(hostile_text)] = draw(json_value)
    return rec


@st.composite
def json_files(draw: st.DrawFn) -> tuple[bytes, str]:
    """(file bytes, suffix) for .json (one record or a list) and .jsonl (with broken lines mixed in)."""
    if draw(st.booleans()):
        value = draw(records() | st.lists(records(), max_size=4))
        return json.dumps(value, ensure_ascii=draw(st.booleans())).encode(*ENC), ".json"
    lines = draw(st.lists(records().map(json.dumps) | line | st.just("{\"text\": "), min_size=1, max_size=5))
    return "\n".join(lines).encode(*ENC), ".jsonl"


date_phrase = st.lists(st.sampled_from([
    "on", "the", "evening", "of", "early", "mid-", "late", "since", "March", "Nov.", "sept", "3", "3rd", "31st",
    "2026", "1987", "2026-2028", "2026/27", "1990s", "199s", "last", "next", "Tuesday", "week", "month", "year",
    "ago", "later", "two", "several", "days", "today", "yesterday", "tomorrow", "noon", "0", "00", "9999", "-",
    "/", ",", "2026-02-30", "12/31/2026", "31.12.2026", "in", "decade", "century", "Q3", "fiscal",
]) | hostile_text, min_size=1, max_size=7).map(" ".join)
base_date = st.none() | st.dates().map(lambda d: d.isoformat()) | hostile_text | st.just("2026-02-30")
