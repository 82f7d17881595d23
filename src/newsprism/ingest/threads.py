"""Reader-comment threads as people paste them: authors, times and reply structure among interface lines.

A comment section copied from a news site, a forum or a social network mixes three kinds of lines: who wrote
(an author line, often with a handle or a time next to it), what they wrote, and the site's interface
("Reply", "Like · 3", "2 hours ago", "Load more replies", vote counts, badges). This module drops the
interface, keeps each comment's author, its time when one is given and, where indentation, "level N" lines,
"Replying to @x" markers or a leading "@x" show it, which earlier comment it answers.

How authors are found. Every line is first typed by the patterns in ``data/thread.json`` (interface, time,
handle, reply marker, "level N", an author line with its own time such as ``Ana Ruiz · 2h``, or content).
Content lines are then split into authors and comment text by a small dynamic programme: every comment is an
author line followed by at least one text line, and the split with the highest total author evidence wins.
Evidence for an author line: a time or handle right after it (an "anchor"), interface lines or a blank line
right before it (the end of the previous comment), and a name-like shape (few words, no final punctuation, no
function words). When the section has no cues at all and the declared count matches, author and comment
lines simply alternate (the layout ``compose_text`` writes).

Nothing here is fitted to data: the weights are small integers that rank the cues (an anchor beats a
boundary, which beats a name-like shape), named below.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from newsprism.model.document import NoteKind

# Author evidence (see the module docstring): ranks, not fitted values.
W_META = 12.0  # an author line that carries its own time or "says:"
W_ANCHOR = 5.0  # followed by a time (then text) or by a handle
W_BOUNDARY = 2.5  # right after interface lines that end a comment
W_BLANK = 1.0  # right after a blank line, in a thread whose comments are separated by blank lines
W_NAME = 1.0  # name-like shape
W_WORDY = -1.5  # short, but holds a function word ("so true", "not this again")
W_IMPOSSIBLE = -20.0  # too long or ends like a sentence
W_UNCUED = -2.0  # in a thread with cues, a name-like line without any cue is more likely text
TAB = 4
MAX_NAME_CHARS, MAX_NAME_WORDS = 50, 5
MAX_TIME_CHARS = 48
LINES_PER_COMMENT = 6  # reading cap: lines read per comment allowed (interface lines included)

_SEP = r"\s*(?:[·•|‧∙⋅]|\s-\s|—)\s*"


@dataclass
class Line:
    start: int
    end: int
    text: str  # stripped
    indent: int
    kind: str = "content"  # content | ui | time | handle | reply | level | meta | blank
    author: str | None = None  # meta lines: the author part
    author_start: int = 0
    author_end: int = 0
    time: str | None = None  # meta / time / ui-with-time lines: the time text
    target: str | None = None  # reply lines: whom they answer
    level: int | None = None


@dataclass
class ParsedComment:
    """One comment: offsets are into the text given to :func:`parse_thread`."""

    author: str
    author_start: int | None
    author_end: int | None
    start: int
    end: int
    posted: str | None = None
    parent: int | None = None
    depth: int = 0
    handle: str | None = None


@dataclass
class ThreadParse:
    comments: list[ParsedComment] = field(default_factory=list)
    dropped_lines: int = 0  # interface lines left out
    notes: list[tuple[NoteKind, str]] = field(default_factory=list)  # (kind, message) for Document.notes


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    raw = resources.files("newsprism.ingest").joinpath("data/thread.json").read_text("utf-8")
    data = json.loads(raw)
    words = sorted(data["ui"], key=len, reverse=True)
    counts = sorted(data["ui_count_words"], key=len, reverse=True)
    times = "|".join(f"(?:{t})" for t in data["time"])
    prefixes = "|".join(sorted((re.escape(p) for p in data["time_prefixes"]), key=len, reverse=True))
    ui_word = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    count = (r"[+-]?\d[\d,.]*\s*[kmb]?\+?(?:\s+(?:" + "|".join(re.escape(c) for c in counts) + r"))?"
             r"|(?:" + "|".join(re.escape(c) for c in counts) + r")\s*[(:]?\s*\d[\d,.]*[kmb]?\)?")
    time = rf"(?:(?:{prefixes})\s*:?\s+)?(?:{times})"
    symbols = r"[\W_]{1,6}"  # "·", "...", "▲", "↑ 12 ↓" leftovers
    token = rf"(?:{ui_word}|{count}|{time}|{symbols})"
    return {
        "ui_token": re.compile(rf"(?:{ui_word}|{count}|{symbols})", re.I),
        "ui_line": re.compile(rf"{token}(?:(?:{_SEP}|:?\s+){token})*", re.I),
        "ui_pattern": re.compile("|".join(f"(?:{p})" for p in data["ui_patterns"]), re.I),
        "time_in": re.compile(rf"(?<!\w)(?:{times})(?!\w)", re.I),
        "time": re.compile(time, re.I),
        "time_tail": re.compile(rf"(?P<head>.*?)(?:{_SEP}|\s+)(?:{prefixes}\s+)?(?P<time>(?:{times})(?:\s+ago)?)"
                                rf"(?:(?:{_SEP}|\s+)(?:{ui_word}|{count}))*\s*$", re.I),
        # Every word that can occur in an interface or time line: a line with any other word is content, and
        # the (slower) full patterns are not tried on it.
        "vocab": frozenset(w for phrase in [*data["ui"], *data["ui_count_words"], *data["time_prefixes"],
                                            *data["time_words"]] for w in _words(phrase)),
        "function": frozenset(w.lower() for w in data["function_words"]),
        "particles": frozenset(w.lower() for w in data["name_particles"]),
    }


_HANDLE = re.compile(r"@[\w.]{1,40}(?:@[\w.-]{1,60})?")
_BADGE = re.compile(r"(?:1st|2nd|3rd\+?|\d+th)(?:\s+degree)?|top\s+\d+%\s+commenter|level\s+\d+", re.I)
_LEVEL = re.compile(r"level\s+(\d{1,2})", re.I)
_REPLY = re.compile(r"(?:replying\s+to|in\s+reply\s+to|reply\s+to|replied\s+to|responding\s+to|re:)\s*"
                    r"(?P<target>@?[\w.\- ]{1,40}?)\s*(?::|and\s+\d+\s+others?)?\s*$", re.I)
_SAYS_VERBS = frozenset({"says", "writes", "replied", "commented", "responded"})
_QUOTE = re.compile(r"(?:quote\s*(?:from)?:?\s*)?(?P<target>@?[\w.\- ]{1,40}?)\s+(?:said|wrote)\s*:?(?:\s+.{0,40})?", re.I)
_QUOTE_END = re.compile(r"click\s+to\s+(?:expand|shrink)\.*|…?\s*expand\s+quote|end\s+quote", re.I)
_SAYS = re.compile(r"(?P<name>.{1,50}?)\s+(?:says|said|wrote|writes|replied|commented|responded)\s*:?\s*$", re.I)
_POSTED_BY = re.compile(r"(?:posted|submitted|comment)\s+by\s+(?P<name>(?:u/)?[\w.\- ]{1,40}?)"
                        r"(?:\s+(?P<time>(?:on|at)\s+.+|\d.+|a\s.+|an\s.+|yesterday.*|just now))?\s*$", re.I)
_REDDIT_OLD = re.compile(r"\[[-–+]\]\s*(?P<name>\S{1,40})(?P<rest>.*)$")
_EDITED = re.compile(r"\s*[(\[]?\bedited\b[)\]]?\s*", re.I)
_TREE = re.compile(r"^(?:[↳└├│>|]\s*)+")
_TRUNCATED = re.compile(r"(?:\s*(?:…|\.\.\.)\s*|\s+)(?:see|show|read)\s+more\s*$", re.I)
_WORD = re.compile(r"[\w'’.-]+")


def _full(p: re.Pattern[str], s: str) -> bool:
    return p.fullmatch(s) is not None


def _words(s: str) -> list[str]:
    """Lower-cased words of ``s``; tokens that start with a digit ("14", "5h", "1.2k") are left out."""
    return [w for w in re.findall(r"[\w'’.]+", s.lower()) if not w[0].isdigit() and w[0] != "_"]


def _only_vocab(s: str) -> bool:
    vocab = _lexicon()["vocab"]
    return all(w.rstrip(".") in vocab for w in _words(s))


def name_shape(text: str) -> float:
    """How much ``text`` looks like a user name (W_NAME, W_WORDY or W_IMPOSSIBLE)."""
    lex = _lexicon()
    s = _TREE.sub("", text).strip()
    words = s.split()
    if not words or len(s) > MAX_NAME_CHARS or len(words) > MAX_NAME_WORDS or s[-1] in ".!?,;:\"”)":
        return W_IMPOSSIBLE
    if len(words) == 1:
        return W_NAME
    low = [w.lower().strip("'’\".,") for w in words]
    if any(w in lex["function"] and w not in lex["particles"] for w in low):
        return W_WORDY
    # A multi-word name is mostly capitalised words or user-name tokens (digits, underscores, dots).
    named = sum(1 for w in words if w[:1].isupper() or re.search(r"[\d_.@]", w) or w.lower() in lex["particles"])
    return W_NAME if named >= len(words) - 1 else W_WORDY / 2


def _classify(line: Line) -> None:
    lex = _lexicon()
    s = line.text
    if m := _LEVEL.fullmatch(s):
        line.kind, line.level = "level", int(m.group(1))
        return
    bare = _EDITED.sub(" ", s).lstrip("·•| ").strip()
    if len(bare) <= MAX_TIME_CHARS and _full(lex["time"], bare):
        line.kind, line.time = "time", bare
        return
    if _full(_HANDLE, s):
        line.kind = "handle"
        return
    if m := _REPLY.fullmatch(s):
        line.kind, line.target = "reply", m.group("target").strip().lstrip("@")
        return
    if _QUOTE_END.fullmatch(s):
        line.kind = "quote_end"
        return
    if s[-1:] == ":" or " said" in s or " wrote" in s:
        if (m := _QUOTE.fullmatch(s)) and name_shape(m.group("target")) > 0:
            line.kind, line.target = "quote_head", m.group("target").strip().lstrip("@")
            return
    if len(s) <= 80 and (_full(lex["ui_pattern"], s) or (_only_vocab(s) and _full(lex["ui_line"], s))):
        line.kind = "ui"
        # A footer such as "Like · Reply · 2h" keeps its time for the comment above it.
        if m := lex["time_in"].search(s):
            line.time = m.group()
        return
    _meta(line)


def _set_author(line: Line, start: int, end: int, time: str | None) -> None:
    name = line.text[start:end]
    if tree := _TREE.match(name):
        start, name = start + tree.end(), name[tree.end() :]
    lead = len(name) - len(name.lstrip())
    name = name.strip().strip("·•|-—:").strip()
    if not name or name_shape(name) <= W_IMPOSSIBLE:
        return
    idx = line.text.find(name, start + lead)
    line.kind, line.time, line.author = "meta", time, name
    line.author_start, line.author_end = line.start + idx, line.start + idx + len(name)


def _meta(line: Line) -> None:
    """Author lines that carry their own cue: "Ana Ruiz · 2h", "Posted by u/x 5 hr. ago", "Ana says:"."""
    lex = _lexicon()
    s = line.text
    if m := _POSTED_BY.fullmatch(s):
        _set_author(line, m.start("name"), m.end("name"), m.group("time"))
        return
    if s.startswith("[") and (m := _REDDIT_OLD.fullmatch(s)):
        rest = m.group("rest").strip()
        if not rest or _full(lex["ui_line"], rest) or _full(lex["time"], rest):
            tm = lex["time_tail"].fullmatch(s)
            _set_author(line, m.start("name"), m.end("name"), tm.group("time") if tm else None)
        return
    tail = s.split()[-1].lower().rstrip(".:")
    if tail in _SAYS_VERBS and (m := _SAYS.fullmatch(s)):
        _set_author(line, m.start("name"), m.end("name"), None)
        return
    words = _words(s)
    if len(s) <= 90 and (tail[:1].isdigit() or (words and words[-1].rstrip(".") in lex["vocab"])) \
            and (m := lex["time_tail"].fullmatch(s)):
        _name_parts(line, m.group("head"), m.group("time"))
    elif len(s) <= 70 and re.search(_SEP, s):
        # "Nadia Ferro • 2nd", "Ana Ruiz | Verified": a name with badges but no time.
        _name_parts(line, s, None, need_badge=True)


def _name_parts(line: Line, head: str, time: str | None, need_badge: bool = False) -> None:
    """The author in ``head`` (the line up to its time): the first of its separated parts, when the others are
    interface, badges or a handle ("Ana Ruiz @anaruiz · 2h", "Ana Ruiz | Verified"). A name followed by a
    second name after a wide gap ("Ines Marr  Bruno Casal · 2h") replies to the second."""
    lex = _lexicon()
    parts = [p for p in re.split(_SEP, head) if p.strip()]
    if not parts or (need_badge and len(parts) < 2):
        return
    if not all(_full(lex["ui_line"], p.strip()) or _full(_HANDLE, p.strip()) or _full(_BADGE, p.strip())
               for p in parts[1:]):
        return
    first = parts[0]
    offset = head.find(first)
    names = re.split(r"\s{2,}|\s+[▸►→]\s+", first.strip())
    if len(names) == 2 and all(name_shape(n) > 0 for n in names):
        line.target = names[1]
        first = names[0]
        offset = head.find(first, offset)
    h = _HANDLE.search(first)
    _set_author(line, offset, offset + (h.start() if h and h.start() > 0 else len(first.rstrip())), time)


def split_lines(text: str, start: int, end: int) -> list[Line]:
    out: list[Line] = []
    pos = start
    for raw in text[start:end].split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            indent = len(raw[:lead].expandtabs(TAB))
            out.append(Line(pos + lead, pos + lead + len(stripped), stripped, indent))
        else:
            out.append(Line(pos, pos, "", 0, kind="blank"))
        pos += len(raw) + 1
    return out


def _mark_quotes(lines: list[Line]) -> None:
    """"Ana said:" (or "wrote:") followed by an end marker ("Click to expand...") quotes Ana's comment: the
    lines between are not this comment's text, and the comment replies to Ana. Without an end marker the line
    is an author header ("Ana wrote:" then her comment)."""
    for k, ln in enumerate(lines):
        if ln.kind != "quote_head":
            continue
        end = next((j for j in range(k + 1, min(len(lines), k + 40)) if lines[j].kind in ("quote_end", "quote_head")),
                   None)
        if end is not None and lines[end].kind == "quote_end":
            ln.kind = "reply"
            for q in lines[k + 1 : end]:
                if q.kind == "content":
                    q.kind = "quote"
        else:
            m = _QUOTE.fullmatch(ln.text)
            ln.kind = "content"
            if m:
                _set_author(ln, m.start("target"), m.end("target"), None)


def _handles_as_authors(lines: list[Line]) -> None:
    """A handle line right under a name ("Ana Ruiz" then "@anaruiz") is that author's handle; anywhere else
    (a video site's "@anaruiz" then "3 days ago") it is the author line itself."""
    prev: Line | None = None
    for ln in lines:
        if ln.kind == "blank":
            continue
        if ln.kind == "handle" and not (prev is not None and prev.kind == "content" and name_shape(prev.text) > 0
                                        and not prev.text.startswith("@")):
            ln.kind = "content"
        prev = ln


def _author_scores(lines: list[Line], items: list[int]) -> list[float]:
    """Evidence that each content (or meta) line is an author line."""
    cued_threads = sum(1 for i in items if lines[i].kind == "meta" or _anchored(lines, i))
    has_blank_gaps = any(ln.kind == "blank" for ln in lines)
    scores = []
    for k, i in enumerate(items):
        ln = lines[i]
        if ln.kind == "meta":
            scores.append(W_META)
            continue
        s = name_shape(ln.text)
        anchored = _anchored(lines, i)
        boundary = _after(lines, i, {"ui", "level"}) or k == 0
        if anchored:
            s += W_ANCHOR
        if boundary:
            s += W_BOUNDARY
        if has_blank_gaps and _after(lines, i, {"blank"}):
            s += W_BLANK
        if cued_threads >= 2 and not (anchored or boundary):
            s += W_UNCUED
        scores.append(s)
    return scores


def _after(lines: list[Line], i: int, kinds: set[str]) -> bool:
    """Whether the nearest non-blank line before ``i`` (or a blank line, if asked) is one of ``kinds``."""
    j = i - 1
    while j >= 0 and lines[j].kind == "blank" and "blank" not in kinds:
        j -= 1
    return j >= 0 and lines[j].kind in kinds


def _anchored(lines: list[Line], i: int) -> bool:
    """A time or handle right after the line (badges and blank lines between are fine) and then more
    content: the header of a comment, not the last line of one whose footer carries the time."""
    j = i + 1
    seen_cue = False
    while j < len(lines) and (lines[j].kind in ("blank", "handle", "time", "reply")
                              or (lines[j].kind == "ui" and not lines[j].time and not seen_cue)):
        if lines[j].kind == "handle":
            return True
        if lines[j].kind in ("time", "reply"):
            seen_cue = True
        j += 1
    return seen_cue and j < len(lines) and lines[j].kind in ("content", "meta")


def _choose_authors(scores: list[float], forced_alternation: bool) -> list[bool]:
    """The author/text split with the highest total author score: item 0 is an author, and every author is
    followed by at least one text line (``scores`` are per content item, in order)."""
    n = len(scores)
    if forced_alternation:
        return [k % 2 == 0 for k in range(n)]
    neg = float("-inf")
    # best[k][s]: best score of items k.. given state s (0: previous item was an author, text needed; 1: free)
    best = [[neg, neg] for _ in range(n + 1)]
    take = [[False, False] for _ in range(n + 1)]
    best[n][1] = 0.0
    for k in range(n - 1, -1, -1):
        best[k][0] = best[k + 1][1]  # must be text
        as_text, as_author = best[k + 1][1], scores[k] + best[k + 1][0]
        best[k][1], take[k][1] = (as_author, True) if as_author > as_text else (as_text, False)
    out, state = [], 1
    for k in range(n):
        is_author = k == 0 or (state == 1 and take[k][1])
        out.append(is_author)
        state = 0 if is_author else 1
    return out


def parse_thread(text: str, start: int, end: int, declared: int | None = None,
                 max_comments: int | None = None) -> ThreadParse:
    """Comments in ``text[start:end]`` (the lines after the section header). With ``max_comments``, only the
    first ``LINES_PER_COMMENT * max_comments`` lines are read (a resource cap, noted when it cuts)."""
    result = ThreadParse()
    lines = split_lines(text, start, end)
    if max_comments is not None and len(lines) > LINES_PER_COMMENT * max_comments + 16:
        lines = lines[: LINES_PER_COMMENT * max_comments + 16]
        result.notes.append(("capped", f"comment section read up to offset {lines[-1].end} only "
                                       f"({LINES_PER_COMMENT} lines per comment of max_comments)"))
    for ln in lines:
        if ln.kind != "blank":
            _classify(ln)
    _handles_as_authors(lines)
    _mark_quotes(lines)
    items = [i for i, ln in enumerate(lines) if ln.kind in ("content", "meta")]
    result.dropped_lines = sum(1 for ln in lines if ln.kind in ("ui", "time", "handle", "level"))
    if not items:
        return result
    cueless = all(lines[i].kind == "content" for i in items) and result.dropped_lines == 0
    forced = cueless and declared is not None and len(items) == 2 * declared
    is_author = _choose_authors(_author_scores(lines, items), forced)
    if is_author[-1]:
        result.notes.append(("dropped", f"comment section: trailing line without a comment dropped at offset "
                                        f"{lines[items[-1]].start}"))
    groups: list[list[int]] = []
    for k, i in enumerate(items):
        if is_author[k]:
            groups.append([i])
        elif groups:
            groups[-1].append(i)
    bounds = [g[0] for g in groups] + [len(lines)]
    records = []
    for g, nxt in zip(groups, bounds[1:], strict=True):
        c = _build(lines, g, nxt)
        if c is not None:
            records.append((c, g, nxt))
    _link_replies(records, lines)
    result.comments = [c for c, _, _ in records]
    if declared is not None and declared != len(result.comments):
        result.notes.append(("inconsistent", f"comment section declares {declared} comments but "
                                             f"{len(result.comments)} were found"))
    return result


def _build(lines: list[Line], group: list[int], stop: int) -> ParsedComment | None:
    head = lines[group[0]]
    body = group[1:]
    if head.kind == "meta":
        a_start, a_end, author = head.author_start, head.author_end, head.author or ""
    else:
        tree = _TREE.match(head.text)
        cut = tree.end() if tree else 0
        author = head.text[cut:].strip()
        a_start = head.start + head.text.index(author, cut) if author else head.start
        a_end = a_start + len(author)
    # Lines between the author and a time line below it are the author's byline ("Port manager at X"), when
    # the comment text follows the time.
    times = [j for j in range(group[0] + 1, stop) if lines[j].kind == "time"]
    if times and body and body[0] < times[0] < body[-1]:
        body = [j for j in body if j > times[0]]
    if not body:
        return None
    first, last = lines[body[0]], lines[body[-1]]
    s, e = first.start, last.end
    m = _TRUNCATED.search(last.text)
    if m and m.start() > 0:
        e = last.start + m.start()
    posted = head.time
    handle = None
    for j in range(group[0] + 1, stop):
        ln = lines[j]
        if ln.kind == "handle" and handle is None and j < body[0]:
            handle = ln.text.lstrip("@").split("@")[0]
        if ln.time and posted is None:
            posted = ln.time
    return ParsedComment(author=author, author_start=a_start, author_end=a_end, start=s, end=e,
                         posted=normalize_time(posted), handle=handle)


def _link_replies(records: list[tuple[ParsedComment, list[int], int]], lines: list[Line]) -> None:
    """Parent and depth of each comment from "Replying to" markers, "level N" lines, tree marks or
    indentation, or an opening "@name" / "Full Name" that names an earlier commenter."""
    comments = [c for c, _, _ in records]
    indents = {v: i for i, v in enumerate(sorted({lines[g[0]].indent for _, g, _ in records}))}
    latest: dict[str, int] = {}  # author or handle key -> index of that person's latest comment so far
    for k, (c, g, nxt) in enumerate(records):
        head = lines[g[0]]
        j = g[0] - 1
        while j >= 0 and lines[j].kind not in ("content", "meta", "level"):
            j -= 1
        level = lines[j].level if j >= 0 and lines[j].kind == "level" else None
        target = head.target or next((lines[j].target for j in range(g[0], nxt) if lines[j].kind == "reply"), None)
        if target is None:
            target = _addressed(lines[g[1]].text, latest)
        p = latest.get(_key(target)) if target else None
        if p is not None:
            c.parent, c.depth = p, comments[p].depth + 1
        else:
            if level is not None:
                c.depth = max(0, level - 1)
            elif tree := _TREE.match(head.text):
                c.depth = len(re.findall(r"[↳└├>]", tree.group()))
            elif len(indents) > 1:
                c.depth = indents[head.indent]
            if c.depth > 0:
                c.parent = next((j for j in range(k - 1, -1, -1) if comments[j].depth < c.depth), None)
                c.depth = 0 if c.parent is None else comments[c.parent].depth + 1
        for name in (c.author, c.handle):
            if name and _key(name):
                latest[_key(name)] = k


def _addressed(text: str, latest: dict[str, int]) -> str | None:
    """The earlier commenter a comment opens by addressing: "@name ...", "@Full Name ..." or "Full Name ..."
    (a name of two to four capitalised words, as feeds insert it)."""
    at = text.startswith("@")
    if not at and not text[:1].isupper():
        return None
    words = text.lstrip("@").split(maxsplit=4)
    for n in (4, 3, 2, 1):
        lead = " ".join(words[:n]).rstrip(",:")
        if len(words) > n - 1 and (n > 1 or at) and _key(lead) in latest:
            return lead
    if at and (m := re.match(r"@([\w.]{2,40})", text)):
        return m.group(1)
    return None


_NON_WORD = re.compile(r"\W+")


def _key(name: str) -> str:
    return _NON_WORD.sub("", name.lower().removeprefix("u/"))


def normalize_time(value: str | None) -> str | None:
    """An absolute time as ISO 8601 (date, or date and minute); a relative one ("2 hours ago") as given."""
    if not value:
        return None
    value = value.strip()
    if not re.search(r"\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", value, re.I):
        return value
    try:
        import dateparser

        t = dateparser.parse(value, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first",
                                                                 "REQUIRE_PARTS": ["day", "month", "year"]})
    except Exception:  # dateparser raises assorted errors on odd input; keep the text as given
        t = None
    if t is None:
        return value
    has_clock = re.search(r"\d{1,2}[:.]\d{2}", value) is not None
    return t.strftime("%Y-%m-%dT%H:%M") if has_clock else t.date().isoformat()
