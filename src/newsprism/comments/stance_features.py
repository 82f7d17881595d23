"""Target-conditioned stance features over the shared encoder's embeddings, shared by training
(``training/comments/train_stance.py``) and run time so the two cannot drift apart.

The target is an input, not a class: for a comment embedding ``c`` and a target embedding ``t`` the head sees

* the pair ``[c, t, c*t, |c-t|]``;
* the target stated as claims: ``c``'s cosine with "I support {target}.", "I oppose {target}." and other
  templates (the same target in favor and against wordings), their favor-minus-against differences, and those
  differences scaled by how much the comment is about the target (``cos(c, t)``);
* approval in general: ``c``'s cosine with prototype approving, disapproving and neutral reactions
  (``data/anchors.json``);
* lexical cues: VADER sentiment, stance cue phrases, negation, contrast, hedges, sarcasm markers, questions,
  exclamations, length, and VADER scaled by ``cos(c, t)`` (positive words about the target, not about
  something else).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newsprism.comments.features import WORD_RE, count_cues, load_lexicon, sentiments

FAVOR_TEMPLATES = ("I support {}.", "{} is good.", "I am in favor of {}.", "I agree with {}.", "{} is right.",
                   "I welcome {}.")
AGAINST_TEMPLATES = ("I oppose {}.", "{} is bad.", "I am against {}.", "I disagree with {}.", "{} is wrong.",
                     "I condemn {}.")
N_TEMPLATES = len(FAVOR_TEMPLATES)
PROTOTYPE_LABELS = ("favor", "against", "neutral")
CUES = ("favor", "against", "negation", "contrast", "hedge", "sarcasm", "meta")
N_LEXICAL = 4 + len(CUES) + 4 + 4  # VADER, cues, ?/!/ends-with-?/length, VADER x cos


def template_texts(target: str) -> list[str]:
    """The target in favor and against wordings: what a comment that takes a side would be close to."""
    t = " ".join(target.split())
    return [tpl.format(t) for tpl in (*FAVOR_TEMPLATES, *AGAINST_TEMPLATES)]


def prototype_texts() -> dict[str, list[str]]:
    anchors = load_lexicon("anchors.json")
    return {lab: list(anchors[lab]) for lab in PROTOTYPE_LABELS}


def prototype_matrix(embed) -> np.ndarray:
    """(3, dim) unit mean embeddings of the approving, disapproving and neutral prototype reactions, with
    ``embed`` the encoder's embedding function."""
    rows = [embed(texts).mean(axis=0) for texts in prototype_texts().values()]
    m = np.stack(rows).astype(np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def lexical(texts: Sequence[str], cos: np.ndarray) -> np.ndarray:
    sent = sentiments(texts)
    out = np.zeros((len(texts), N_LEXICAL), dtype=np.float32)
    for i, text in enumerate(texts):
        out[i, 0:4] = sent[i]
        for k, key in enumerate(CUES):
            out[i, 4 + k] = np.log1p(count_cues(text, key))
        j = 4 + len(CUES)
        out[i, j] = float("?" in text)
        out[i, j + 1] = float("!" in text)
        out[i, j + 2] = float(text.rstrip().endswith("?"))
        out[i, j + 3] = np.log(max(1, len(WORD_RE.findall(text)))) / 5.0
    out[:, -4:] = sent * cos[:, None]
    return out


def approval_features(texts: Sequence[str], c: np.ndarray, t: np.ndarray, templates: np.ndarray,
                      protos: np.ndarray) -> np.ndarray:
    """The compact, target-conditioned block (no raw embeddings): template similarities and their
    differences, prototype similarities, ``cos(c, t)`` and the lexical cues.

    ``c``: (n, d) comment embeddings; ``t``: (n, d) target embeddings; ``templates``: (n, 2*N_TEMPLATES, d)
    embeddings of :func:`template_texts` of each row's target; ``protos``: (3, d) from
    :func:`prototype_matrix`.
    """
    cos = np.sum(c * t, axis=1)
    sims = np.einsum("nd,nkd->nk", c, templates)
    diff = sims[:, :N_TEMPLATES] - sims[:, N_TEMPLATES:]
    proto = c @ protos.T
    block = np.hstack([sims, diff, diff.mean(axis=1, keepdims=True), diff * cos[:, None], proto,
                       (proto[:, 0] - proto[:, 1])[:, None], cos[:, None]])
    return np.hstack([block, lexical(texts, cos)]).astype(np.float32)


def stance_features(texts: Sequence[str], c: np.ndarray, t: np.ndarray, templates: np.ndarray,
                    protos: np.ndarray) -> np.ndarray:
    """Rows of ``[c, t, c*t, |c-t|, approval_features]`` for the any-target stance head."""
    return np.hstack([c, t, c * t, np.abs(c - t), approval_features(texts, c, t, templates, protos)]).astype(np.float32)


def story_features(texts: Sequence[str], c: np.ndarray, t: np.ndarray, templates: np.ndarray,
                   protos: np.ndarray) -> np.ndarray:
    """Rows of ``[c, approval_features]`` for the story head (a comment toward its story's headline)."""
    return np.hstack([c, approval_features(texts, c, t, templates, protos)]).astype(np.float32)
