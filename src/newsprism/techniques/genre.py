"""Document genre (SemEval-2023 Task 3 subtask 1: reporting | opinion | satire).

A small logistic regression over three kinds of document features, all cheap on CPU:
- style: how much of the text is quoted, reporting verbs, datelines, first/second person and questions in the
  author's own (unquoted) words, modal verbs, numbers, sentence and paragraph lengths, title shape;
- the shared MiniLM sentence encoder (``newsprism.encoder``), mean- and max-pooled over the sentences;
- hashed word uni/bigrams (TF, log-scaled, L2-normalized), so no vocabulary has to be shipped (optional: the
  shipped config in ``data/genre.npz`` names the blocks it uses).

The weights live in ``data/genre.npz`` (plain arrays, no pickle), written by ``training/train_genre.py``.
"""

from __future__ import annotations

import json
import re
import threading
import zlib
from functools import cache
from pathlib import Path

import numpy as np

from newsprism.common.data_files import data_path, read_npz
from newsprism.errors import ModelError

GENRES = ["reporting", "opinion", "satire"]
_LOCK = threading.Lock()

_QUOTE = re.compile(r"“[^”\n]{1,600}”|\"[^\"\n]{1,600}\"|‘[^’\n]{3,300}’(?!\w)")
_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’)\]]*|$)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d[\d,.]*")
_DATELINE = re.compile(
    r"^\s*\(?[A-Z][A-Za-z.'’]+(?:[ ,]+[A-Z][A-Za-z.'’]+){0,4}\)?\s*(?:\([A-Za-z. ]+\)\s*)?[-–—:]\s+\S")
_WIRE = re.compile(r"\((?:AP|Reuters|AFP|CNN|UPI|Xinhua|Bloomberg|IANS|PTI|dpa)\)|\b(?:Reuters|Associated Press|AFP)\b")
_DAYS = re.compile(r"\b(?:on |last |this )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")

# Small hand-written word lists (ours; not taken from any lexicon set).
_REPORT_VERBS = set(
    "said says told tell tells according stated states announced announces added adds reported reports "
    "confirmed confirms noted notes explained explains claimed claims warned warns asked asks replied "
    "declined insisted insists acknowledged acknowledges wrote writes spokesman spokeswoman spokesperson "
    "statement statements interview briefing".split())
_FIRST_SG = set("i me my mine myself i'm i've i'd i'll".split())
_FIRST_PL = set("we us our ours ourselves we're we've we'll we'd".split())
_SECOND = set("you your yours yourself yourselves you're you've you'll you'd".split())
_MODALS = set("should must ought shouldn't mustn't needs need cannot can't won't would".split())
_HEDGES = set("perhaps maybe probably possibly seems seem apparently arguably likely suppose guess "
              "think believe suspect doubt clearly obviously surely simply really actually".split())
_EVAL = set("outrageous absurd ridiculous disgraceful shameful disaster insane stupid idiotic pathetic "
            "corrupt evil liars lie lies lying hypocrisy hypocrite hypocrites radical extremist extremists "
            "leftist leftists liberal liberals globalist globalists elite elites tyranny fascist fascists "
            "communist socialist propaganda traitor traitors treason sick crazy joke hoax fraud scam "
            "great terrible horrible wonderful amazing incredible awful".split())
_INSTITUTIONS = set("police officials official ministry minister government spokesman agency court "
                    "prosecutors authorities department committee president senator governor".split())

STYLE_NAMES = [
    "log_words", "log_paras", "mean_sent_len", "sd_sent_len", "mean_para_words", "quote_char_share",
    "quotes_per_sent", "report_verbs_rate", "said_rate", "according_to_rate", "report_in_sents", "dateline",
    "wire", "weekday_rate", "first_sg_rate", "first_pl_rate", "second_rate", "question_rate", "exclaim_rate",
    "modal_rate", "hedge_rate", "eval_rate", "institution_rate", "digit_rate", "cap_word_rate", "mr_ms_rate",
    "title_question", "title_colon", "title_quote", "title_words", "title_exclaim", "long_word_rate",
    "paren_rate", "dash_rate", "ellipsis_rate", "url_rate", "first_para_words", "quote_para_share",
]


def split_title_body(text: str) -> tuple[str, str]:
    """First non-empty line is the title (SemEval layout); the rest is the body."""
    text = text.strip()
    head, _, rest = text.partition("\n")
    return head.strip(), rest.strip()


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT.findall(text) if len(s.strip()) > 1]


def _rate(words: list[str], vocab: set[str]) -> float:
    return sum(w in vocab for w in words) / max(1, len(words))


def style_features(text: str) -> np.ndarray:
    title, body = split_title_body(text)
    body = body or title
    paras = [p for p in body.split("\n") if p.strip()]
    sents = sentences(body) or [body]
    words = [w.lower() for w in _WORD.findall(body)]
    nw = max(1, len(words))
    quotes = _QUOTE.findall(body)
    qchars = sum(len(q) for q in quotes)
    unquoted = _QUOTE.sub(" ", body)
    uw = [w.lower() for w in _WORD.findall(unquoted)]
    usents = sentences(unquoted) or [unquoted]
    raw_words = _WORD.findall(body)
    slen = np.array([len(_WORD.findall(s)) for s in sents], np.float32)
    first = paras[0] if paras else body
    said = sum(w in ("said", "says", "told") for w in words)
    f = [
        np.log1p(nw), np.log1p(len(paras)), float(slen.mean()), float(slen.std()), nw / max(1, len(paras)),
        qchars / max(1, len(body)), len(quotes) / len(sents), _rate(words, _REPORT_VERBS), said / nw,
        body.lower().count("according to") / len(sents),
        sum(any(w in _REPORT_VERBS for w in _WORD.findall(s.lower())) for s in sents) / len(sents),
        float(bool(_DATELINE.match(first))), float(bool(_WIRE.search(body[:400]))), len(_DAYS.findall(body)) / nw,
        _rate(uw, _FIRST_SG), _rate(uw, _FIRST_PL), _rate(uw, _SECOND),
        sum(s.rstrip("\"”’)] ").endswith("?") for s in usents) / len(usents),
        sum(s.rstrip("\"”’)] ").endswith("!") for s in usents) / len(usents),
        _rate(uw, _MODALS), _rate(uw, _HEDGES), _rate(uw, _EVAL), _rate(words, _INSTITUTIONS),
        sum(w[0].isdigit() for w in words) / nw,
        sum(w[0].isupper() for w in raw_words) / nw,
        len(re.findall(r"\b(?:Mr|Ms|Mrs|Dr)\.", body)) / nw,
        float("?" in title), float(":" in title), float(bool(re.search(r"[\"“”‘’']", title))),
        np.log1p(len(_WORD.findall(title))), float("!" in title),
        sum(len(w) >= 9 for w in words) / nw, body.count("(") / nw, len(re.findall(r"\s[-–—]\s", body)) / nw,
        (body.count("…") + body.count("...")) / nw, len(re.findall(r"https?://|www\.", body)) / nw,
        np.log1p(len(_WORD.findall(first))),
        sum(bool(_QUOTE.search(p)) for p in paras) / max(1, len(paras)),
    ]
    return np.asarray(f, np.float32)


def hashed_ngrams(text: str, dim: int) -> np.ndarray:
    """Log-scaled counts of lower-cased word unigrams and bigrams hashed (crc32) into ``dim`` buckets, L2-normed."""
    words = [w.lower() for w in _WORD.findall(text)]
    words = ["0" if w[0].isdigit() else w for w in words]
    v = np.zeros(dim, np.float32)
    for g in words + [a + " " + b for a, b in zip(words, words[1:], strict=False)]:
        v[zlib.crc32(g.encode()) % dim] += 1.0
    v = np.log1p(v)
    n = np.linalg.norm(v)
    return v / n if n else v


def embed_features(texts: list[str], encoder=None, max_sents: int = 80) -> np.ndarray:
    """Title embedding, mean and max of the body's sentence embeddings (first ``max_sents`` sentences)."""
    if encoder is None:
        from newsprism.encoder import get_encoder

        encoder = get_encoder()
    chunks, owner = [], []
    for i, t in enumerate(texts):
        title, body = split_title_body(t)
        ss = [s for s in sentences(body) if len(s) > 10][:max_sents] or [body or title or "."]
        chunks.append(title or ss[0])
        owner.append((i, 0))
        for s in ss:
            chunks.append(s)
            owner.append((i, 1))
    emb = encoder.embed(chunks)
    out = np.zeros((len(texts), 3 * emb.shape[1]), np.float32)
    per: dict[int, list[np.ndarray]] = {}
    for (i, kind), e in zip(owner, emb, strict=True):
        if kind == 0:
            out[i, : emb.shape[1]] = e
        else:
            per.setdefault(i, []).append(e)
    for i, es in per.items():
        m = np.stack(es)
        out[i, emb.shape[1] : 2 * emb.shape[1]] = m.mean(0)
        out[i, 2 * emb.shape[1] :] = m.max(0)
    return out


class GenreModel:
    """Loads ``data/genre.npz`` and predicts a genre with its scores for raw article texts (title on line 1)."""

    def __init__(self, path: str | Path | None = None) -> None:
        path = Path(path) if path else data_path("newsprism.techniques", "data/genre.npz")
        if not path.is_file():
            raise ModelError(f"genre model not found at {path}")
        try:
            z = read_npz(path)
            self.cfg = json.loads(str(z["config"]))
            self.blocks = {k: (z[f"{k}_mean"], z[f"{k}_scale"], z[f"{k}_coef"]) for k in self.cfg["blocks"]}
            self.intercept = z["intercept"]
            self.class_weights = z["class_weights"]
        except (ModelError, ValueError, KeyError) as exc:  # a truncated or foreign file
            raise ModelError(f"cannot load genre model {path.name}: {exc.__class__.__name__}: {exc}") from exc

    def features(self, texts: list[str], encoder=None) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        if "style" in self.cfg["blocks"]:
            out["style"] = np.stack([style_features(t) for t in texts])
        if "emb" in self.cfg["blocks"]:
            out["emb"] = embed_features(texts, encoder)
        if "ngram" in self.cfg["blocks"]:
            out["ngram"] = np.stack([hashed_ngrams(t, self.cfg["ngram_dim"]) for t in texts])
        return out

    def proba(self, feats: dict[str, np.ndarray]) -> np.ndarray:
        z = np.tile(self.intercept, (len(next(iter(feats.values()))), 1)).astype(np.float64)
        for k, (mu, sd, w) in self.blocks.items():
            z += ((feats[k] - mu) / sd) @ w.T
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(1, keepdims=True)

    def predict(self, texts: list[str], encoder=None) -> list[tuple[str, dict[str, float]]]:
        if not texts:
            return []
        p = self.proba(self.features(texts, encoder))
        labels = np.argmax(p * self.class_weights, axis=1)
        return [(GENRES[int(k)], {g: round(float(p[i, j]), 3) for j, g in enumerate(GENRES)})
                for i, k in enumerate(labels)]


@cache
def _load() -> GenreModel:
    return GenreModel()


def get_genre_model() -> GenreModel:
    with _LOCK:
        return _load()
