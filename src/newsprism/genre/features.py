"""Genre features that describe the form of an article, not its topic or outlet.

Everything here runs the same at training time (``training/train_genre.py``) and at inference, so the two cannot
drift. Three kinds of signal:

- ``style_features``: how the text is written. Quoted share, attribution ("said", "according to" and their
  equivalents in French, German, Italian, Polish and Russian), datelines, weekdays; and, in the author's own
  (unquoted) words: first and second person, hedges, modal verbs, evaluative words, intensifiers, negation,
  sentence-initial conjunctions, questions, exclamations; title shape. The word lists are ours
  (``data/style_words.json``), small and per language, so that the labelled articles in five other languages
  teach the same features as the English ones. Rates are square-rooted so that rare cues are not drowned.
- ``sentence_embeddings``: the shared MiniLM pass (``newsprism.encoder``) over the title and the body
  sentences. It is the one place the genre head asks for embeddings; the pipeline's shared encoder state
  replaces it.
- ``pool_embeddings``: title vector, mean and max over body sentences; ``quoted_flags`` marks the sentences that
  hold quoted words, which the voice probes (``model.voice_features``) leave out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from newsprism.common.data_files import load_json

LANGS = ("en", "fr", "de", "it", "pl", "ru")

_WORD = re.compile(r"\w+(?:['’\-]\w+)*")
_SENT = re.compile(r"[^.!?\n]+(?:[.!?…]+[\"”’»“)\]]*|$)")
# Quoted passages in the conventions of the six languages: “…”, „…“ / „…”, «…», "…", ‚…‘ and ‘…’.
_QUOTE = re.compile(r"“[^”“\n]{1,800}[”“]|„[^“”\n]{1,800}[“”]|«[^»\n]{1,800}»|\"[^\"\n]{1,800}\"|‚[^‘\n]{3,400}‘"
                    r"|(?<!\w)‘[^’\n]{3,400}’(?!\w)")
_QUOTE_OPEN = tuple("“„«\"‚‘")
_UP = "A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁ"
# "GENEVA -", "FERGUSON, Mo. --", "MOSKAU (dpa) -", "Roma, 12 maggio -", "(AP) —": capitalised place words, an
# optional date and agency, then a dash or colon.
_DATELINE = re.compile(rf"^\s*(?:\(?[{_UP}][\w.'’]*(?:[ ,/]+[{_UP}][\w.'’]*){{0,3}}\)?,?\s*)?"
                       r"(?:\d{1,2}\.?\s*\w+\.?\s*)?(?:\([^)\n]{1,40}\)\s*)?[-–—:]{1,2}\s+\S")
_TRAIL = "\"”’»“)] "


@dataclass(frozen=True)
class _Lists:
    """Word lists of one language: single words as sets, phrases (and elisions such as "j'") as one regex each."""

    words: dict[str, frozenset[str]]
    phrases: dict[str, re.Pattern[str] | None]
    agency: re.Pattern[str]
    conj_start: frozenset[str]

    def count(self, cat: str, tokens: Counter[str], lowered: str) -> int:
        n = sum(tokens[w] for w in self.words[cat] if w in tokens)
        pat = self.phrases[cat]
        return n + (len(pat.findall(lowered)) if pat is not None else 0)


def _phrase_pattern(phrases: list[str]) -> re.Pattern[str] | None:
    alts = []
    for w in sorted(phrases, key=len, reverse=True):
        left = "" if w.startswith("~") else r"(?<!\w)"
        w = w.lstrip("~")
        right = "" if w.endswith("'") else r"(?!\w)"
        alts.append(left + re.escape(w) + right)
    return re.compile("|".join(alts)) if alts else None


def _norm(text: str) -> str:
    return text.lower().replace("’", "'")


def _tokens(lowered: str) -> Counter[str]:
    """Lower-cased word counts; a possessive ("today's") also counts as its base word."""
    toks = _WORD.findall(lowered)
    c = Counter(toks)
    c.update(t[:-2] for t in toks if t.endswith("'s"))
    return c


def _word_data() -> dict:
    return load_json("newsprism.genre", "data/style_words.json")


@lru_cache(maxsize=8)
def word_lists(lang: str | None) -> _Lists:
    data = _word_data()
    d = data[lang] if lang in LANGS else data["en"]
    words, phrases = {}, {}
    for cat, entries in d.items():
        norm = [_norm(e) for e in entries]
        words[cat] = frozenset(e for e in norm if _WORD.fullmatch(e))
        phrases[cat] = _phrase_pattern([e for e in norm if not _WORD.fullmatch(e)])
    agency = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in data["agencies"]) + r")(?!\w)")
    return _Lists(words=words, phrases=phrases, agency=agency, conj_start=words["conj_start"])


# Paragraph layout. Half the style features read paragraphs (their number, sentences per paragraph, quoted or
# quote-led paragraphs, the first paragraph's length), and a body pasted without its paragraph breaks (one long
# line) lies outside everything the model was trained on: on 30 BASIL news reports, flattening the body turned 6
# into "opinion" and 3 into "uncertain". Such a body is cut back into paragraphs of the training articles' median
# length. Both values are statistics of the training articles (`training/genre_data.load_all`, 1,807 articles,
# 26,870 paragraphs): a median of 2.5 sentences per paragraph (reporting 2.3, opinion 2.7), and 11 sentences,
# which 99% of their paragraphs do not exceed; only 9 training bodies are one paragraph of 5 sentences or more.
PARAGRAPH_SENTENCES = 2.5
MAX_PARAGRAPH_SENTENCES = 11
MIN_FLAT_BODY_SENTENCES = 5


def split_title_body(text: str) -> tuple[str, list[str]]:
    """First non-empty line is the title; every other non-empty line is a paragraph (the SemEval layout)."""
    lines = [ln.strip() for ln in text.strip().splitlines()]
    lines = [ln for ln in lines if ln]
    if not lines:
        return "", []
    return lines[0], lines[1:]


def relayout(paras: list[str]) -> list[str]:
    """``paras`` with every paragraph that has lost its layout (the whole body in one paragraph of at least
    ``MIN_FLAT_BODY_SENTENCES`` sentences, or a paragraph longer than ``MAX_PARAGRAPH_SENTENCES``) cut into runs
    of two or three sentences, ``PARAGRAPH_SENTENCES`` on average."""
    out: list[str] = []
    for p in paras:
        sents = sentences(p)
        n = len(sents)
        if n > MAX_PARAGRAPH_SENTENCES or (len(paras) == 1 and n >= MIN_FLAT_BODY_SENTENCES):
            cuts = sorted({round(k * PARAGRAPH_SENTENCES) for k in range(1, int(n / PARAGRAPH_SENTENCES) + 1)} | {n})
            prev = 0
            for c in cuts:
                if c > prev:
                    out.append(" ".join(sents[prev:c]))
                    prev = c
        else:
            out.append(p)
    return out


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT.findall(text) if len(s.strip()) > 1]


def _ends(s: str, mark: str) -> bool:
    return s.rstrip(_TRAIL).endswith(mark)


STYLE_NAMES = [
    "log_words", "log_paras", "mean_sent_len", "sd_sent_len", "sents_per_para", "type_token", "long_word_rate",
    "digit_rate", "cap_word_rate", "allcaps_rate",
    "quote_char_share", "quotes_per_sent", "quote_para_share", "para_starts_quote",
    "attrib_per_sent", "attrib_sent_share", "attrib_lead", "dateline", "agency", "time_per_sent",
    "first_sg", "first_pl", "second", "hedge", "modal", "eval", "intens", "neg", "conj_start_share",
    "opinion_phrase", "satire_cue",
    "question_share", "exclaim_share", "ellipsis_rate", "paren_rate", "dash_rate", "colon_rate",
    "question_last", "title_question", "title_exclaim", "title_colon", "title_quote", "title_words",
    "title_person", "first_para_words",
]
# Features that are shares or rates get a square root (rare cues stay visible; see module docstring).
_SQRT = {n for n in STYLE_NAMES if not n.startswith(("log_", "title_", "mean_", "sd_", "sents_", "type_",
                                                       "dateline", "agency", "first_para", "question_last"))}


def style_features(text: str, lang: str | None = "en") -> np.ndarray:
    """The style vector of one article (title on the first line), in ``STYLE_NAMES`` order."""
    wl = word_lists(lang)
    title, paras = split_title_body(text)
    paras = relayout(paras)
    if not paras:
        paras = [title] if title else [""]
    body = "\n".join(paras)
    quotes = list(_QUOTE.finditer(body))
    qchars = sum(m.end() - m.start() for m in quotes)
    unquoted = _QUOTE.sub(" ", body)
    low_u, low_b = _norm(unquoted), _norm(body)
    tok_u, tok_b = _tokens(low_u), _tokens(low_b)
    words = _WORD.findall(body)
    uwords = _WORD.findall(unquoted)
    nw, nu = max(1, len(words)), max(1, len(uwords))
    sents = sentences(body) or [body]
    usents = sentences(unquoted) or [unquoted]
    ns, nus = len(sents), len(usents)
    slen = np.array([len(_WORD.findall(s)) for s in sents], np.float32)
    para_sents = [len(sentences(p)) or 1 for p in paras]
    first_words = [_WORD.findall(_norm(s[:30]))[:1] for s in usents]
    lead = _norm("\n".join(paras[:2]))
    n_attr_sents = 0
    for s in sents:
        ls = _norm(s)
        n_attr_sents += wl.count("attrib", _tokens(ls), ls) > 0
    t_low = _norm(title)
    t_tok = _tokens(t_low)
    lw = _WORD.findall(low_b)[:400]

    def rate(cat: str) -> float:
        return wl.count(cat, tok_u, low_u) / nu

    f = {
        "log_words": np.log1p(len(words)), "log_paras": np.log1p(len(paras)),
        "mean_sent_len": float(slen.mean()), "sd_sent_len": float(slen.std()),
        "sents_per_para": float(np.mean(para_sents)),
        "type_token": len(set(lw)) / max(1, len(lw)),
        "long_word_rate": sum(len(w) >= 9 for w in words) / nw,
        "digit_rate": sum(any(c.isdigit() for c in w) for w in words) / nw,
        "cap_word_rate": _cap_rate(sents),
        "allcaps_rate": sum(len(w) >= 4 and w.isupper() and w.isalpha() for w in uwords) / nu,
        "quote_char_share": qchars / max(1, len(body)), "quotes_per_sent": len(quotes) / ns,
        "quote_para_share": sum(bool(_QUOTE.search(p)) for p in paras) / len(paras),
        "para_starts_quote": sum(p.startswith(_QUOTE_OPEN) for p in paras) / len(paras),
        "attrib_per_sent": wl.count("attrib", tok_b, low_b) / ns, "attrib_sent_share": n_attr_sents / ns,
        "attrib_lead": min(3, wl.count("attrib", _tokens(lead), lead)) / 3,
        "dateline": float(bool(_DATELINE.match(paras[0][:120]))),
        "agency": float(bool(wl.agency.search(paras[0][:300] + "\n" + paras[-1][-300:]))),
        "time_per_sent": wl.count("time", tok_b, low_b) / ns,
        "first_sg": rate("first_sg"), "first_pl": rate("first_pl"), "second": rate("second"),
        "hedge": rate("hedge"), "modal": rate("modal"), "eval": rate("eval"), "intens": rate("intens"),
        "neg": rate("neg"),
        "conj_start_share": sum(bool(fw) and fw[0] in wl.conj_start for fw in first_words) / nus,
        "opinion_phrase": wl.count("opinion_phrase", tok_u, low_u) / nus,
        "satire_cue": wl.count("satire_cue", tok_u, low_u) / nus,
        "question_share": sum(_ends(s, "?") for s in usents) / nus,
        "exclaim_share": sum(_ends(s, "!") for s in usents) / nus,
        "ellipsis_rate": (unquoted.count("…") + unquoted.count("...")) / nu,
        "paren_rate": unquoted.count("(") / nu, "dash_rate": len(re.findall(r"\s[-–—]\s", unquoted)) / nu,
        "colon_rate": unquoted.count(":") / nu,
        "question_last": float(_ends(paras[-1], "?")),
        "title_question": float("?" in title), "title_exclaim": float("!" in title),
        "title_colon": float(":" in title), "title_quote": float(bool(re.search(r"[\"“”„«»‘']", title))),
        "title_words": np.log1p(len(_WORD.findall(title))),
        "title_person": float(sum(wl.count(c, t_tok, t_low) for c in ("first_sg", "first_pl", "second")) > 0),
        "first_para_words": np.log1p(len(_WORD.findall(paras[0]))),
    }
    return np.array([np.sqrt(f[n]) if n in _SQRT else f[n] for n in STYLE_NAMES], np.float32)


def _cap_rate(sents: list[str]) -> float:
    """Share of words, not first in their sentence, that start with a capital (names, institutions)."""
    caps = total = 0
    for s in sents:
        ws = _WORD.findall(s)[1:]
        total += len(ws)
        caps += sum(w[0].isupper() for w in ws)
    return caps / max(1, total)


MAX_SENTS = 80


def embedding_units(text: str, max_sents: int = MAX_SENTS) -> tuple[str, list[str]]:
    """The title and the body sentences (at most ``max_sents``, of more than 10 characters) that get embedded."""
    title, paras = split_title_body(text)
    ss = [s for p in paras for s in sentences(p) if len(s) > 10][:max_sents]
    return title, ss


_QUOTE_MARK = re.compile(r"[\"“”„«»‚]")


def quoted_flags(sents: list[str]) -> np.ndarray:
    """Which sentences hold a quotation mark (quoted or attributed words, not the author's own voice)."""
    return np.array([bool(_QUOTE_MARK.search(s)) for s in sents], bool)


def sentence_embeddings(texts: list[str], encoder=None) -> list[tuple[np.ndarray, np.ndarray, list[str]]]:
    """(title vector, body sentence vectors, body sentences) per text, from the shared MiniLM encoder in one
    batched call.

    The one place the genre head computes embeddings: when the pipeline's shared encoder state exists, the
    component passes its vectors to ``pool_embeddings`` instead of calling this.
    """
    if encoder is None:
        from newsprism.encoder import get_encoder

        encoder = get_encoder()
    chunks: list[str] = []
    spans = []
    for t in texts:
        title, ss = embedding_units(t)
        ss = ss or [title or "."]
        spans.append((len(chunks), ss))
        chunks.append(title or ss[0])
        chunks.extend(ss)
    emb = encoder.embed(chunks)
    return [(emb[a], emb[a + 1 : a + 1 + len(ss)], ss) for a, ss in spans]


def pool_embeddings(title_vec: np.ndarray, sent_vecs: np.ndarray) -> np.ndarray:
    """Title vector, then mean and max over the body sentence vectors (3 x 384)."""
    if len(sent_vecs) == 0:
        sent_vecs = title_vec[None, :]
    return np.concatenate([title_vec, sent_vecs.mean(0), sent_vecs.max(0)]).astype(np.float32)
