"""The SemEval-2023 held-out events draw of round 30 (``r30``; how `audit_events.py --draw r30` draws its texts).

ECB+ train, BASIL and the FNC-1 bodies are used up by the events draws of rounds 1-22. The SemEval-2023 task 3
English training articles (../shared/data/semeval2023-en/train-articles-subtask-1, read at run time, never copied
into the repository; genre labels in train-labels-subtask-1.txt: `<id>\\t<reporting|opinion|satire>`) were never
read by the events layer, its fits or its labels: unseen text for it. Fixed (in code, committed) before any r30 text
or output was seen; the counts below come from the files' word counts alone.

Population: the articles labelled `reporting` in train-labels-subtask-1.txt whose body (the file less its first line,
the article's title in that folder's format: title, blank line, body) has `MIN_WORDS`-`MAX_WORDS` words (250-1,200,
`str.split`); file names (`article<id>.txt`) sorted as strings. By counts alone (`count()`, before the draw): 433
articles, 41 `reporting`, 31 eligible, so the draw keeps the brief's 8.

Draw (`R30_EVENTS = (3011, 8)`): `random.Random(3011).sample(eligible, 8)`, in draw order. Each drawn file is
written as it is (its first line, the title, included: the file's first line is its title, so nothing is added
or taken away) to training/runs/r30/<stem>.txt (gitignored) and given to `newsprism analyze FILE... --no-story
--format jsonl` as the earlier `.txt` draws are, so a document's id is its file stem (`article<id>`).

    PYTHONPATH=src .venv/bin/python benchmarks/semeval_draw.py    # the counts (no text, no output of newsprism)
"""

from __future__ import annotations

import random
from pathlib import Path

SEMEVAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "semeval2023-en"
ARTICLES = SEMEVAL / "train-articles-subtask-1"
GENRES = SEMEVAL / "train-labels-subtask-1.txt"
RUNS_R30 = Path(__file__).resolve().parents[1] / "training" / "runs" / "r30"
MIN_WORDS = 250
MAX_WORDS = 1200
R30_EVENTS = (3011, 8)


def genres(path: Path = GENRES) -> dict[str, str]:
    """Article id -> its genre label (reporting / opinion / satire)."""
    out = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            aid, genre = line.split("\t")
            out[aid.strip()] = genre.strip()
    return out


def body_words(path: Path) -> int:
    """Words of the body: the file less its first line (the title)."""
    text = path.read_text("utf-8")
    return len(text.split("\n", 1)[1].split()) if "\n" in text else 0


def eligible(root: Path = ARTICLES, labels: Path = GENRES) -> list[Path]:
    """The `reporting` articles with a body of 250-1,200 words, sorted by file name."""
    g = genres(labels)
    keep = [p for p in root.glob("article*.txt")
            if g.get(p.stem.removeprefix("article")) == "reporting" and MIN_WORDS <= body_words(p) <= MAX_WORDS]
    return sorted(keep, key=lambda p: p.name)


def r30_semeval_draw(root: Path = ARTICLES, labels: Path = GENRES) -> list[Path]:
    """The 8 drawn source files (draw order)."""
    seed, n = R30_EVENTS
    return random.Random(seed).sample(eligible(root, labels), n)


def r30_events_draw(root: Path = ARTICLES, labels: Path = GENRES, runs: Path = RUNS_R30) -> list[Path]:
    """The r30 events articles as `.txt` files under `runs` (draw order), each written once, as it is."""
    out = []
    for src in r30_semeval_draw(root, labels):
        p = runs / f"{src.stem}.txt"
        if not p.exists():
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(src.read_bytes())
        out.append(p)
    return out


def count(root: Path = ARTICLES, labels: Path = GENRES) -> dict:
    """The population's counts (no text)."""
    g = genres(labels)
    rep = [p for p in root.glob("article*.txt") if g.get(p.stem.removeprefix("article")) == "reporting"]
    return {"articles": len(list(root.glob("article*.txt"))), "reporting": len(rep),
            "eligible": len(eligible(root, labels)), "draw": R30_EVENTS[1]}


__all__ = ["ARTICLES", "GENRES", "MAX_WORDS", "MIN_WORDS", "R30_EVENTS", "RUNS_R30", "SEMEVAL", "body_words", "count",
           "eligible", "genres", "r30_events_draw", "r30_semeval_draw"]


if __name__ == "__main__":
    print(count())
