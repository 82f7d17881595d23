"""Is this page an article at all? A section front, a cookie-consent wall, a list of links, a login, paywall or
error page gets the genre ``not_article`` instead of a genre.

Three transparent rules over the page's lines (thresholds and cue phrases in ``data/pageform.json``):
- ``too_short``: fewer than ``min_words`` words;
- otherwise a page with more than ``max_paragraphs`` paragraphs (lines of at least ``paragraph_min_words`` words
  holding more than one sentence) is an article: section fronts, consent walls and link lists have none; so is
  a page of at least ``body_prose_words`` words of prose making ``body_prose_share`` of it;
- ``listing``: many lines, and either little prose (lines of at least ``prose_min_words`` words that end like a
  sentence) or mostly bare lines that do not end like a sentence (headlines, menu items, bylines, time stamps);
- ``boilerplate``: several consent / login / subscription / error / navigation cues, dense for the page's size.
An article that quotes a cookie notice, or reports on consent rules at length, has the paragraphs to pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsprism.common.data_files import load_json

_WORD = re.compile(r"\w+(?:['’\-]\w+)*")
_SENTENCE_END = re.compile(r"[.!?…][\"”’»)\]]*\s*$")
_SENT_BREAK = re.compile(r"[.!?…][\"”’»)\]]*\s+[\"“„«(]?[^\W\d_]")  # a sentence ends and another begins


@dataclass(frozen=True)
class PageConfig:
    min_words: int
    prose_min_words: int
    prose_words_min: int
    prose_share_min: float
    paragraph_min_words: int
    max_paragraphs: int
    body_prose_words: int
    body_prose_share: float
    listing_min_lines: int
    listing_bare_share: float
    boilerplate_min_hits: int
    boilerplate_density: float
    rule_precision: dict[str, float]
    cues: re.Pattern[str]
    timestamp: re.Pattern[str]


@lru_cache(maxsize=1)
def page_config() -> PageConfig:
    raw = dict(load_json("newsprism.genre", "data/pageform.json"))  # a copy: the loaded object is shared
    cues = sorted((c.lower() for c in raw.pop("cues")), key=len, reverse=True)
    raw.pop("_about", None)
    return PageConfig(cues=re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in cues) + r")(?!\w)"),
                      timestamp=re.compile(raw.pop("timestamp"), re.IGNORECASE), **raw)


@dataclass(frozen=True)
class PageForm:
    """What the rules look at, for one page."""

    words: int
    lines: int
    prose_words: int
    bare_share: float
    paragraphs: int
    cue_hits: int

    @property
    def prose_share(self) -> float:
        return self.prose_words / max(1, self.words)

    @property
    def cue_density(self) -> float:
        return self.cue_hits / max(1, self.words)


def page_form(text: str, cfg: PageConfig | None = None) -> PageForm:
    cfg = cfg or page_config()
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    counts = [len(_WORD.findall(ln)) for ln in lines]
    prose = sum(n for ln, n in zip(lines, counts, strict=True)
                if n >= cfg.prose_min_words and _SENTENCE_END.search(ln))
    low = text.lower()
    hits = len(cfg.cues.findall(low)) + len(cfg.timestamp.findall(low))
    bare = sum(not _SENTENCE_END.search(ln) for ln in lines[1:])  # the title line does not count
    paras = sum(n >= cfg.paragraph_min_words and len(_SENT_BREAK.findall(ln)) >= 1
                for ln, n in zip(lines, counts, strict=True))
    return PageForm(words=sum(counts), lines=len(lines), prose_words=prose, bare_share=bare / max(1, len(lines) - 1),
                    paragraphs=paras, cue_hits=hits)


def not_article_rule(text: str, cfg: PageConfig | None = None) -> tuple[str | None, PageForm]:
    """The first rule that says the page is not an article (``None`` for an article), and the page's form."""
    cfg = cfg or page_config()
    f = page_form(text, cfg)
    if f.words < cfg.min_words:
        return "too_short", f
    if f.paragraphs > cfg.max_paragraphs:  # an article body: paragraphs of more than one sentence
        return None, f
    if f.prose_words >= cfg.body_prose_words and f.prose_share >= cfg.body_prose_share:  # or mostly prose
        return None, f
    little_prose = f.prose_words < cfg.prose_words_min or f.prose_share < cfg.prose_share_min
    if f.lines >= cfg.listing_min_lines and (little_prose or f.bare_share >= cfg.listing_bare_share):
        return "listing", f
    if f.cue_hits >= cfg.boilerplate_min_hits and f.cue_density >= cfg.boilerplate_density:
        return "boilerplate", f
    return None, f


def rule_confidence(rule: str, cfg: PageConfig | None = None) -> float:
    return (cfg or page_config()).rule_precision.get(rule, 0.5)
