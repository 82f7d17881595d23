"""From parsed documents to event mentions with status, participants and story-wide event ids.

``doc_mentions`` finds one document's trigger mentions (``mentions``), reads their participants
(``participants``) and status (``status``); ``story_clusters`` gives every mention of a story a story-wide
event id (``coref``). Mentions of one id within one document are one Event of that document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from newsprism.events.coref import PairInput, cluster_mentions
from newsprism.events.mentions import Mention, SentenceUnit, encode_sentences, find_mentions
from newsprism.events.participants import mention_args
from newsprism.events.status import STATUSES, features, get_status_model
from newsprism.model import Document

if TYPE_CHECKING:
    from newsprism.encoder.document import EncodedDocument


@dataclass
class DocMentions:
    doc: Document
    units: list[SentenceUnit]
    mentions: list[Mention] = field(default_factory=list)


def doc_mentions(doc: Document, parsed: Sequence[Any], encoded: EncodedDocument | None = None) -> DocMentions:
    """Trigger mentions of one document (title, headings and body), each with participants and status, from
    its parsed pieces ((paragraph, offset, spaCy Doc), the run state's ``spacy``) and its encoder pass (the run
    state's ``encoded``)."""
    units = encode_sentences(parsed, doc.text, encoded)
    ms = find_mentions(doc.id, units)
    if ms:
        model = get_status_model()
        X = np.stack([features(m.token, m.state) for m in ms])
        P = model.proba(X)
        for m, p in zip(ms, P, strict=True):
            m.status_probs = p
            m.status = STATUSES[int(p.argmax())]
            m.args = mention_args(m.token, units[m.sentence], doc)
    return DocMentions(doc, units, ms)


def story_clusters(docs: Sequence[DocMentions], threshold: float | None = None) -> list[list[int]]:
    """For each document, a story-wide event index per mention (0, 1, ...; first mentioned first)."""
    flat = [(k, m) for k, d in enumerate(docs) for m in d.mentions]
    inputs = [PairInput(m.doc, m.lemma, m.text, m.pos, m.sentence, m.state, docs[k].units[m.sentence].embedding,
                        m.args, m.score) for k, m in flat]
    labels = cluster_mentions(inputs, threshold=threshold)
    out: list[list[int]] = [[] for _ in docs]
    for (k, _m), c in zip(flat, labels, strict=True):
        out[k].append(c)
    return out
